/*
 * print-tcp.c - TCP (RFC 9293) headers, options and relative sequence
 * numbers, as tcpdump 4.99 print-tcp.c tcp_print() prints them.
 */
#include <string.h>

#include "print.h"
#include "tcpseq.h"

#define TCP_HDRLEN	20

#define TH_FIN		0x01
#define TH_SYN		0x02
#define TH_RST		0x04
#define TH_PUSH		0x08
#define TH_ACK		0x10
#define TH_URG		0x20
#define TH_ECNECHO	0x40
#define TH_CWR		0x80

#define TCPOPT_EOL		0
#define TCPOPT_NOP		1
#define TCPOPT_MAXSEG		2
#define TCPOPT_WSCALE		3
#define TCPOPT_SACKOK		4
#define TCPOPT_SACK		5
#define TCPOPT_ECHO		6
#define TCPOPT_ECHOREPLY	7
#define TCPOPT_TIMESTAMP	8
#define TCPOPT_CC		11
#define TCPOPT_CCNEW		12
#define TCPOPT_CCECHO		13
#define TCPOPT_SIGNATURE	19
#define TCPOPT_SCPS		20
#define TCPOPT_UTO		28
#define TCPOPT_TCPAO		29
#define TCPOPT_MPTCP		30
#define TCPOPT_FASTOPEN		34
#define TCPOPT_EXPERIMENT2	254

#define TCP_SIGLEN		16
#define MAX_RST_DATA_LEN	30

/*
 * tcpdump's tcp_option_values[], indexed by kind: each name padded to 12
 * bytes for out_slot(), len its length + 1 (0: unknown, "unknown-N").
 */
#define TCPOPT_NAME(s)	{ s, sizeof(s) }
static const struct {
	char		 name[12];
	uint8_t		 len;
} tcp_option_names[256] = {
	[TCPOPT_EOL] = TCPOPT_NAME("eol"),
	[TCPOPT_NOP] = TCPOPT_NAME("nop"),
	[TCPOPT_MAXSEG] = TCPOPT_NAME("mss"),
	[TCPOPT_WSCALE] = TCPOPT_NAME("wscale"),
	[TCPOPT_SACKOK] = TCPOPT_NAME("sackOK"),
	[TCPOPT_SACK] = TCPOPT_NAME("sack"),
	[TCPOPT_ECHO] = TCPOPT_NAME("echo"),
	[TCPOPT_ECHOREPLY] = TCPOPT_NAME("echoreply"),
	[TCPOPT_TIMESTAMP] = TCPOPT_NAME("TS"),
	[TCPOPT_CC] = TCPOPT_NAME("cc"),
	[TCPOPT_CCNEW] = TCPOPT_NAME("ccnew"),
	[TCPOPT_CCECHO] = TCPOPT_NAME(""),
	[TCPOPT_SIGNATURE] = TCPOPT_NAME("md5"),
	[TCPOPT_SCPS] = TCPOPT_NAME("scps"),
	[TCPOPT_UTO] = TCPOPT_NAME("uto"),
	[TCPOPT_TCPAO] = TCPOPT_NAME("tcp-ao"),
	[TCPOPT_MPTCP] = TCPOPT_NAME("mptcp"),
	[TCPOPT_FASTOPEN] = TCPOPT_NAME("tfo"),
	[TCPOPT_EXPERIMENT2] = TCPOPT_NAME("exp"),
};
#undef TCPOPT_NAME

/* -v on a RST with data: RFC 1122 4.2.2.12 lets it carry text. */
static void
print_tcp_rst_data(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;

	out_str(o, span_has(s, 0, length) ? " [RST" : " [!RST");
	if (length > MAX_RST_DATA_LEN) {
		length = MAX_RST_DATA_LEN;
		out_char(o, '+');
	}
	out_char(o, ' ');
	for (unsigned i = 0; i < length && span_has(s, i, 1); i++)
		out_safe_char(o, s.p[i]);
	out_char(o, ']');
}

/* RFC 7413 TCP Fast Open, as kind 34 or as experiment 0xf989. */
static void
print_tcp_fastopen_option(struct ctx *c, struct span cp, unsigned datalen,
    int exp)
{
	struct out *o = c->out;

	if (exp)
		out_str(o, "tfo");
	if (datalen == 0)
		out_str(o, " cookiereq");
	else if (datalen % 2 != 0 || datalen < 4 || datalen > 16)
		print_invalid(c);
	else {
		out_str(o, " cookie ");
		for (unsigned i = 0; i < datalen; i++)
			out_hex8(o, get_u8(c, cp, i));
	}
}

/* A port tcpdump decodes and pcapcat does not yet: nothing printed. */
static void
not_yet(struct ctx *c, struct span s, unsigned length)
{
	(void)c;
	(void)s;
	(void)length;
}

/*
 * In tcpdump's order, which decides when the two ports name different
 * protocols.
 */
static const struct port_printer tcp_ports[] = {
	{ 23, not_yet },	/* telnet */
	{ 25, smtp_print },
	{ 43, whois_print },
	{ 179, bgp_print },
	{ 1723, pptp_print },
	{ 6379, not_yet },	/* redis */
	{ 22, ssh_print },
	{ 10288, not_yet },	/* beep */
	{ 6633, openflow_print },
	{ 6653, openflow_print },
	{ 21, ftp_print },
	{ 80, http_print },
	{ 8080, http_print },
	{ 554, rtsp_print },
	{ 8554, rtsp_print },
	{ 53, dns_tcp_print },
	{ 639, not_yet },	/* msdp */
	{ 323, rpki_rtr_print },
	{ 646, not_yet },	/* ldp */
	{ 2049, nfs_tcp_print },	/* last: needs nfs_tcp_note() */
	{ 0, NULL },
};

void
tcp_ports_mark(struct portbits *b)
{
	for (const struct port_printer *p = tcp_ports; p->print != NULL; p++)
		portbits_set(b, p->port);
}

static void
tcp_port_print(struct ctx *c, struct span s, unsigned length, uint16_t sport,
    uint16_t dport)
{
	if (!port_has_printer(&c->tcp_ports, sport) &&
	    !port_has_printer(&c->tcp_ports, dport))
		return;
	for (const struct port_printer *p = tcp_ports; p->print != NULL; p++)
		if (p->port == sport || p->port == dport) {
			p->print(c, s, length);
			return;
		}
}

void
tcp_print(struct ctx *c, struct span s, unsigned length,
    const struct ipinfo *ip)
{
	struct out *o = c->out;
	unsigned hlen, flags;
	uint16_t sport, dport, win, urp;
	uint32_t seq, ack, thseq = 0, thack = 0;
	int rev = 0;
	char ch = '\0';

	c->proto = "tcp";
	if (!span_has(s, 2, 2)) {
		out_ipaddr_pair(c, ip, ":");
		print_trunc(c);
		return;
	}
	sport = get_be16(c, s, 0);
	dport = get_be16(c, s, 2);
	/* addresses only when TCP follows the IP header directly */
	if (get_u8(c, ip->iph, ip->ver == 4 ? 9 : 6) == 6)
		out_ipaddr_ports(c, ip, sport, dport, tcpport_print);
	else {
		tcpport_print(c, sport);
		out_str(o, " > ");
		tcpport_print(c, dport);
		out_str(o, ": ");
	}

	/* tcpdump's ND_TCHECK_SIZE: its own trunc label, not a jump */
	if (!span_has(s, 0, TCP_HDRLEN))
		goto trunc;
	hlen = (get_u8(c, s, 12) >> 4) * 4u;
	if (hlen < TCP_HDRLEN) {
		out_str(o, " tcp ");
		out_u32(o, length - hlen);
		out_str(o, " [bad hdr length ");
		out_u32(o, hlen);
		out_str(o, " - too short, < 20]");
		return;
	}
	seq = get_be32(c, s, 4);
	ack = get_be32(c, s, 8);
	win = get_be16(c, s, 14);
	urp = get_be16(c, s, 18);

	if (c->opt.qflag) {
		out_str(o, "tcp ");
		out_u32(o, length - hlen);
		if (hlen > length) {
			out_str(o, " [bad hdr length ");
			out_u32(o, hlen);
			out_str(o, " - too long, > ");
			out_u32(o, length);
			out_char(o, ']');
		}
		return;
	}

	flags = get_u8(c, s, 13);
	{
		/*
		 * tcpdump's tcp_flag_values[] is in bit order, one letter
		 * a bit: F S R P . U E W
		 */
		char *p = put_lit(out_begin(o, 32), "Flags [");

		if (flags == 0)
			p = put_lit(p, "none");
		else {
			*p = 'F';
			p += flags & TH_FIN ? 1 : 0;
			*p = 'S';
			p += flags & TH_SYN ? 1 : 0;
			*p = 'R';
			p += flags & TH_RST ? 1 : 0;
			*p = 'P';
			p += flags & TH_PUSH ? 1 : 0;
			*p = '.';
			p += flags & TH_ACK ? 1 : 0;
			*p = 'U';
			p += flags & TH_URG ? 1 : 0;
			*p = 'E';
			p += flags & TH_ECNECHO ? 1 : 0;
			*p = 'W';
			p += flags & TH_CWR ? 1 : 0;
		}
		out_end(o, put_char(p, ']'));
	}

	if (!c->opt.Sflag && (flags & TH_ACK)) {
		/*
		 * tcpdump keys a conversation by (lower port first) its
		 * addresses and ports, so both directions share one entry,
		 * and (re)starts it on a SYN or when it is first seen.
		 */
		struct tcpseq_key k;
		struct tcpseq_entry *th;
		const uint8_t *src, *dst;
		int found;

		/* fixed-size copies: a variable length costs a rep movsb */
		if (ip->ver == 6) {
			src = get_bytes(c, ip->iph, 8, 32);
			dst = src + 16;
			rev = sport > dport || (sport == dport &&
			    memcmp(src, dst, 16) > 0);
			memcpy(k.src, rev ? dst : src, 16);
			memcpy(k.dst, rev ? src : dst, 16);
		} else {
			src = get_bytes(c, ip->iph, 12, 8);
			dst = src + 4;
			rev = sport > dport || (sport == dport &&
			    memcmp(src, dst, 4) > 0);
			memset(k.src, 0, sizeof(k.src));
			memset(k.dst, 0, sizeof(k.dst));
			memcpy(k.src, rev ? dst : src, 4);
			memcpy(k.dst, rev ? src : dst, 4);
		}
		k.v6 = ip->ver == 6;
		k.port = rev ? (uint32_t)dport << 16 | sport :
		    (uint32_t)sport << 16 | dport;
		th = tcpseq_get(c->tcpseq, &k, &found);
		if (!found || (flags & TH_SYN)) {
			if (rev) {
				th->ack = seq;
				th->seq = ack - 1;
			} else {
				th->seq = seq;
				th->ack = ack - 1;
			}
		} else {
			if (rev) {
				seq -= th->ack;
				ack -= th->seq;
			} else {
				seq -= th->seq;
				ack -= th->ack;
			}
		}
		thseq = th->seq;
		thack = th->ack;
	}
	if (hlen > length) {
		out_str(o, " [bad hdr length ");
		out_u32(o, hlen);
		out_str(o, " - too long, > ");
		out_u32(o, length);
		out_char(o, ']');
		return;
	}

	if (c->opt.vflag && !c->opt.Kflag && !ip->fragmented &&
	    span_has(s, 0, length)) {
		uint16_t sum, tcp_sum;

		if (ip->ver == 4)
			sum = nextproto4_cksum(ip, s.p, length, length, 6);
		else
			sum = nextproto6_cksum(ip, s.p, length, length, 6);
		tcp_sum = get_be16(c, s, 16);
		out_str(o, ", cksum 0x");
		out_hex(o, tcp_sum, 4);
		if (sum != 0) {
			out_str(o, " (incorrect -> 0x");
			out_hex(o, in_cksum_shouldbe(tcp_sum, sum), 4);
			out_char(o, ')');
		} else
			out_str(o, " (correct)");
	}

	length -= hlen;
	{
		/* at most ", seq " 10 ":" 10 ", ack " 10 ", win " 5 ", urg " 5 */
		char *p = out_begin(o, 80);

		if (c->opt.vflag > 1 || length > 0 ||
		    (flags & (TH_SYN | TH_FIN | TH_RST))) {
			p = put_u32(put_lit(p, ", seq "), seq);
			if (length > 0)
				p = put_u32(put_char(p, ':'), seq + length);
		}
		if (flags & TH_ACK)
			p = put_u32(put_lit(p, ", ack "), ack);
		p = put_u32(put_lit(p, ", win "), win);
		if (flags & TH_URG)
			p = put_u32(put_lit(p, ", urg "), urp);
		out_end(o, p);
	}

	if (hlen == TCP_HDRLEN + 12 && span_has(s, 0, hlen) &&
	    get_be32(c, s, TCP_HDRLEN) == 0x0101080a) {
		/*
		 * NOP, NOP, time stamp: what Linux puts on every segment
		 * after the handshake.  The loop below prints exactly this
		 * for these 12 bytes; written in one stretch, it costs a
		 * third of the instructions.
		 */
		char *p = put_lit(out_begin(o, 64), ", options [nop,nop,TS val ");

		p = put_u32(p, get_be32(c, s, TCP_HDRLEN + 4));
		p = put_u32(put_lit(p, " ecr "), get_be32(c, s, TCP_HDRLEN + 8));
		out_end(o, put_char(p, ']'));
	} else if (hlen > TCP_HDRLEN) {
		struct span cp = span_rest(s, TCP_HDRLEN);
		unsigned left = hlen - TCP_HDRLEN;

		out_str(o, ", options [");
		while (left > 0) {
			unsigned opt, len, datalen;

			if (ch != '\0')
				out_char(o, ch);
			opt = get_u8(c, cp, 0);
			cp = span_rest(cp, 1);
			if (opt == TCPOPT_EOL || opt == TCPOPT_NOP)
				len = 1;
			else {
				len = get_u8(c, cp, 0);
				cp = span_rest(cp, 1);
				if (len < 2 || len > left)
					goto bad;
				left--;
			}
			left--;
			datalen = 0;

/*
 * Bail if l bytes of data are not left, or were not captured: tcpdump's
 * LENCHECK goes to its own trunc label, which closes with '>', where a
 * getter's jump would not.
 */
#define LENCHECK(l) do {						\
	if ((l) > left)							\
		goto bad;						\
	if (!span_has(cp, 0, (l)))					\
		goto trunc;						\
} while (0)

			if (tcp_option_names[opt].len != 0)
				out_slot(o, tcp_option_names[opt].name,
				    sizeof(tcp_option_names[opt].name),
				    tcp_option_names[opt].len - 1u);
			else {
				out_str(o, "unknown-");
				out_u32(o, opt);
			}
			switch (opt) {
			case TCPOPT_MAXSEG:
				datalen = 2;
				LENCHECK(datalen);
				out_end(o, put_u32(put_char(out_begin(o, 16),
				    ' '), get_be16(c, cp, 0)));
				break;
			case TCPOPT_WSCALE:
				datalen = 1;
				LENCHECK(datalen);
				out_end(o, put_u32(put_char(out_begin(o, 16),
				    ' '), get_u8(c, cp, 0)));
				break;
			case TCPOPT_SACK:
				datalen = len - 2;
				if (datalen % 8 != 0)
					out_str(o, " invalid sack");
				else {
					out_char(o, ' ');
					out_u32(o, datalen / 8);
					out_char(o, ' ');
					for (unsigned i = 0; i < datalen;
					    i += 8) {
						uint32_t sb, se;
						LENCHECK(i + 4);
						sb = get_be32(c, cp, i);
						LENCHECK(i + 8);
						se = get_be32(c, cp, i + 4);
						if (rev) {
							sb -= thseq;
							se -= thseq;
						} else {
							sb -= thack;
							se -= thack;
						}
						out_char(o, '{');
						out_u32(o, sb);
						out_char(o, ':');
						out_u32(o, se);
						out_char(o, '}');
					}
				}
				break;
			case TCPOPT_CC:
			case TCPOPT_CCNEW:
			case TCPOPT_CCECHO:
			case TCPOPT_ECHO:
			case TCPOPT_ECHOREPLY:
				datalen = 4;
				LENCHECK(datalen);
				out_char(o, ' ');
				out_u32(o, get_be32(c, cp, 0));
				break;
			case TCPOPT_TIMESTAMP: {
				char *p;

				datalen = 8;
				LENCHECK(datalen);
				p = put_u32(put_lit(out_begin(o, 32), " val "),
				    get_be32(c, cp, 0));
				p = put_u32(put_lit(p, " ecr "),
				    get_be32(c, cp, 4));
				out_end(o, p);
				break;
			}
			case TCPOPT_SIGNATURE:
				/*
				 * Debian's tcpdump has libcrypto; without
				 * a secret (-M) it says so, then the digest
				 */
				datalen = TCP_SIGLEN;
				LENCHECK(datalen);
				out_str(o, " shared secret not supplied with "
				    "-M, can't check - ");
				for (unsigned i = 0; i < TCP_SIGLEN; i++)
					out_hex8(o, get_u8(c, cp, i));
				break;
			case TCPOPT_SCPS:
				datalen = 2;
				LENCHECK(datalen);
				out_str(o, " cap ");
				out_hex8(o, get_u8(c, cp, 0));
				out_str(o, " id ");
				out_u32(o, get_u8(c, cp, 1));
				break;
			case TCPOPT_TCPAO:
				datalen = len - 2;
				/* RFC 5925 2.2: the length is at least 4 */
				if (datalen < 2)
					print_invalid(c);
				else {
					LENCHECK(1);
					out_str(o, " keyid ");
					out_u32(o, get_u8(c, cp, 0));
					LENCHECK(2);
					out_str(o, " rnextkeyid ");
					out_u32(o, get_u8(c, cp, 1));
					if (datalen > 2) {
						out_str(o, " mac 0x");
						for (unsigned i = 2;
						    i < datalen; i++) {
							LENCHECK(i + 1);
							out_hex8(o,
							    get_u8(c, cp, i));
						}
					}
				}
				break;
			case TCPOPT_EOL:
			case TCPOPT_NOP:
			case TCPOPT_SACKOK:
				break;
			case TCPOPT_UTO: {
				unsigned uto;
				datalen = 2;
				LENCHECK(datalen);
				uto = get_be16(c, cp, 0);
				out_str(o, " 0x");
				out_hex(o, uto, 0);
				/* RFC 5482: granularity bit, minutes */
				if (uto & 1)
					uto = (uto >> 1) * 60;
				else
					uto >>= 1;
				out_char(o, ' ');
				out_u32(o, uto);
				break;
			}
			case TCPOPT_MPTCP:
				datalen = len - 2;
				LENCHECK(datalen);
				if (!mptcp_print(c, span_cut(span_rest(s,
				    (size_t)(cp.p - s.p) - 2), len), len, flags))
					goto bad;
				break;
			case TCPOPT_FASTOPEN:
				datalen = len - 2;
				LENCHECK(datalen);
				out_char(o, ' ');
				print_tcp_fastopen_option(c, cp, datalen, 0);
				break;
			case TCPOPT_EXPERIMENT2: {
				uint16_t magic;
				datalen = len - 2;
				LENCHECK(datalen);
				if (datalen < 2)
					goto bad;
				/* RFC 6994 experiment identifiers */
				magic = get_be16(c, cp, 0);
				out_char(o, '-');
				if (magic == 0xf989)
					print_tcp_fastopen_option(c,
					    span_rest(cp, 2), datalen - 2, 1);
				else
					out_hex(o, magic, 4);
				break;
			}
			default:
				datalen = len - 2;
				if (datalen)
					out_str(o, " 0x");
				for (unsigned i = 0; i < datalen; i++) {
					LENCHECK(i + 1);
					out_hex8(o, get_u8(c, cp, i));
				}
				break;
			}
#undef LENCHECK
			cp = span_rest(cp, datalen);
			left -= datalen;
			datalen++;
			if (opt != TCPOPT_EOL && opt != TCPOPT_NOP)
				datalen++;
			if (datalen != len) {
				out_str(o, "[len ");
				out_u32(o, len);
				out_char(o, ']');
			}
			ch = ',';
			if (opt == TCPOPT_EOL)
				break;
		}
		out_char(o, ']');
	}

	out_str(o, ", length ");
	out_u32(o, length);
	if (length == 0)
		return;

	if (!span_has(s, 0, hlen)) {
		out_str(o, " [remaining caplen(");
		out_u32(o, (unsigned)span_avail(s, 0));
		out_str(o, ") < header length(");
		out_u32(o, hlen);
		out_str(o, ")]");
		trunc_jump(c);
	}
	if ((flags & TH_RST) && c->opt.vflag) {
		print_tcp_rst_data(c, span_rest(s, hlen), length);
		return;
	}
	nfs_tcp_note(c, sport, dport, ip);
	tcp_port_print(c, span_rest(s, hlen), length, sport, dport);
	return;
bad:
	out_str(o, "[bad opt]");
	if (ch != '\0')
		out_char(o, ']');
	return;
trunc:
	print_trunc(c);
	if (ch != '\0')
		out_char(o, '>');
}
