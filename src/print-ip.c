/*
 * print-ip.c - IPv4 (RFC 791): header checks, -v details, options, and the
 * hand-off to the next protocol (tcpdump print-ip.c ip_print()).
 */
#include "print.h"

#define IP_HDRLEN	20
#define IP_MF		0x2000
#define IP_DF		0x4000
#define IP_RES		0x8000
#define IP_OFFMASK	0x1fff

#define IPOPT_EOL	0
#define IPOPT_NOP	1
#define IPOPT_RR	7
#define IPOPT_TS	68
#define IPOPT_SECURITY	130
#define IPOPT_LSRR	131
#define IPOPT_SSRR	137
#define IPOPT_RA	148
#define IPOPT_RFC1393	82

static const struct tok ip_option_values[] = {
	{ IPOPT_EOL, "EOL" },
	{ IPOPT_NOP, "NOP" },
	{ IPOPT_TS, "timestamp" },
	{ IPOPT_SECURITY, "security" },
	{ IPOPT_RR, "RR" },
	{ IPOPT_SSRR, "SSRR" },
	{ IPOPT_LSRR, "LSRR" },
	{ IPOPT_RA, "RA" },
	{ IPOPT_RFC1393, "traceroute" },
	{ 0, NULL }
};

static const struct tok ip_frag_values[] = {
	{ IP_MF, "+" },
	{ IP_DF, "DF" },
	{ IP_RES, "rsvd" },	/* RFC 3514's evil bit */
	{ 0, NULL }
};

static void
bad_length(struct out *o, unsigned len)
{
	out_str(o, " [bad length ");
	out_u32(o, len);
	out_char(o, ']');
}

/* RR, LSRR, SSRR: the recorded route (tcpdump ip_printroute()). */
static int
ip_printroute(struct ctx *c, struct span opt, unsigned length)
{
	struct out *o = c->out;
	unsigned ptr;

	if (length < 3) {
		bad_length(o, length);
		return 0;
	}
	if ((length + 1) & 3)
		bad_length(o, length);
	ptr = get_u8(c, opt, 2) - 1u;
	if (ptr < 3 || ((ptr + 1) & 3) || ptr > length + 1) {
		out_str(o, " [bad ptr ");
		out_u32(o, get_u8(c, opt, 2));
		out_char(o, ']');
	}
	for (unsigned len = 3; len < length; len += 4) {
		if (!span_has(opt, len, 4))
			return -1;
		out_char(o, ' ');
		out_ipv4(o, opt.p + len);
		if (ptr > len)
			out_char(o, ',');
	}
	return 0;
}

/* The timestamp option (tcpdump ip_printts()). */
static int
ip_printts(struct ctx *c, struct span opt, unsigned length)
{
	struct out *o = c->out;
	unsigned ptr, len, hoplen;
	uint8_t flg;
	const char *type;

	if (length < 4) {
		out_str(o, "[bad length ");
		out_u32(o, length);
		out_char(o, ']');
		return 0;
	}
	out_str(o, " TS{");
	flg = get_u8(c, opt, 3);
	hoplen = (flg & 0xf) != 0 ? 8 : 4;
	if ((length - 4) & (hoplen - 1)) {
		out_str(o, "[bad length ");
		out_u32(o, length);
		out_char(o, ']');
	}
	ptr = get_u8(c, opt, 2) - 1u;
	len = 0;
	if (ptr < 4 || ((ptr - 4) & (hoplen - 1)) || ptr > length + 1) {
		out_str(o, "[bad ptr ");
		out_u32(o, get_u8(c, opt, 2));
		out_char(o, ']');
	}
	switch (flg & 0xf) {
	case 0:
		out_str(o, "TSONLY");
		break;
	case 1:
		out_str(o, "TS+ADDR");
		break;
	case 3:
		out_str(o, "PRESPEC");
		break;
	default:
		out_str(o, "[bad ts type ");
		out_u32(o, flg & 0xf);
		out_char(o, ']');
		goto done;
	}
	type = " ";
	for (len = 4; len < length; len += hoplen) {
		if (ptr == len)
			type = " ^ ";
		if (!span_has(opt, len, hoplen))
			return -1;
		out_str(o, type);
		out_u32(o, get_be32(c, opt, len + hoplen - 4));
		out_char(o, '@');
		if (hoplen == 8)
			out_ipv4(o, opt.p + len);
		type = " ";
	}
done:
	if (ptr == len)
		out_str(o, " ^ ");
	if (flg >> 4) {
		out_str(o, " [");
		out_u32(o, flg >> 4);
		out_str(o, " hops not recorded]} ");
	} else
		out_char(o, '}');
	return 0;
}

/* All options; -1 when one is cut short (tcpdump ip_optprint()). */
static int
ip_optprint(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	const char *sep = "";
	unsigned option_len;

	for (; length > 0; s.p += option_len, length -= option_len) {
		unsigned code;
		const char *name;

		out_str(o, sep);
		sep = ",";
		code = get_u8(c, s, 0);
		name = tok_find(ip_option_values, code);
		if (name != NULL)
			out_str(o, name);
		else {
			out_str(o, "unknown ");
			out_u32(o, code);
		}
		if (code == IPOPT_NOP || code == IPOPT_EOL)
			option_len = 1;
		else {
			option_len = get_u8(c, s, 1);
			if (option_len < 2) {
				bad_length(o, option_len);
				return 0;
			}
		}
		if (option_len > length) {
			bad_length(o, option_len);
			return 0;
		}
		if (!span_has(s, 0, option_len))
			return -1;
		switch (code) {
		case IPOPT_EOL:
			return 0;
		case IPOPT_TS:
			if (ip_printts(c, s, option_len) == -1)
				return -1;
			break;
		case IPOPT_RR:
		case IPOPT_SSRR:
		case IPOPT_LSRR:
			if (ip_printroute(c, s, option_len) == -1)
				return -1;
			break;
		case IPOPT_RA:
			if (option_len < 4) {
				bad_length(o, option_len);
				break;
			}
			if (get_be16(c, s, 2) != 0) {
				out_str(o, " value ");
				out_u32(o, get_be16(c, s, 2));
			}
			break;
		default:
			break;
		}
	}
	return 0;
}

static void
ip_addrs(struct ctx *c, struct span ip, const char *sep)
{
	ipaddr_print(c, get_bytes(c, ip, 12, 4));
	out_str(c->out, " > ");
	ipaddr_print(c, get_bytes(c, ip, 16, 4));
	out_str(c->out, sep);
}

void
ip_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	unsigned hlen, len, off, ver;
	uint8_t proto;
	int truncated = 0;

	c->proto = "ip";
	ver = get_u8(c, s, 0) >> 4;
	if (ver != 4) {
		if (ver == 6)
			out_str(o, "IP6, wrong link-layer encapsulation");
		else {
			out_str(o, "IP");
			out_u32(o, ver);
		}
		print_invalid(c);
		return;
	}
	if (!c->opt.eflag)
		out_str(o, "IP ");
	/* tcpdump's ND_TCHECK_SIZE: " [|ip]" and back, not a jump */
	if (!span_has(s, 0, IP_HDRLEN)) {
		print_trunc(c);
		return;
	}
	if (length < IP_HDRLEN) {
		out_str(o, "truncated-ip ");
		out_u32(o, length);
		return;
	}
	hlen = (get_u8(c, s, 0) & 0xf) * 4u;
	if (hlen < IP_HDRLEN) {
		out_str(o, "bad-hlen ");
		out_u32(o, hlen);
		return;
	}
	len = get_be16(c, s, 2);
	if (length < len) {
		out_str(o, "truncated-ip - ");
		out_u32(o, len - length);
		out_str(o, " bytes missing! ");
	}
	if (len < hlen) {
		out_str(o, "bad-len ");
		out_u32(o, len);
		return;
	}
	/* the capture ends where the datagram does */
	s = span_cut(s, len);
	len -= hlen;
	off = get_be16(c, s, 6);
	proto = get_u8(c, s, 9);

	if (c->opt.vflag) {
		uint8_t tos = get_u8(c, s, 1), ttl;
		static const char *const ecn[] = { "", ",ECT(1)", ",ECT(0)",
		    ",CE" };

		out_str(o, "(tos 0x");
		out_hex(o, tos, 0);
		out_str(o, ecn[tos & 3]);
		ttl = get_u8(c, s, 8);
		if (ttl >= 1) {
			out_str(o, ", ttl ");
			out_u32(o, ttl);
		}
		out_str(o, ", id ");
		out_u32(o, get_be16(c, s, 4));
		out_str(o, ", offset ");
		out_u32(o, (off & IP_OFFMASK) * 8);
		out_str(o, ", flags [");
		out_bittok(o, ip_frag_values, "none",
		    off & (IP_RES | IP_DF | IP_MF), ", ");
		out_str(o, "], proto ");
		{
			const char *n = ipproto_name(proto);
			out_str(o, n != NULL ? n : "unknown");
		}
		out_str(o, " (");
		out_u32(o, proto);
		out_str(o, "), length ");
		out_u32(o, get_be16(c, s, 2));
		if (hlen > IP_HDRLEN) {
			out_str(o, ", options (");
			if (ip_optprint(c, span_rest(s, IP_HDRLEN),
			    hlen - IP_HDRLEN) == -1) {
				out_str(o, " [truncated-option]");
				truncated = 1;
			}
			out_char(o, ')');
		}
		if (!c->opt.Kflag && span_has(s, 0, hlen)) {
			struct cksum_vec vec = { s.p, hlen };
			uint16_t sum = in_cksum(&vec, 1);
			if (sum != 0) {
				uint16_t ip_sum = get_be16(c, s, 10);
				out_str(o, ", bad cksum ");
				out_hex(o, ip_sum, 0);
				out_str(o, " (->");
				out_hex(o, in_cksum_shouldbe(ip_sum, sum), 0);
				out_str(o, ")!");
			}
		}
		out_str(o, ")\n    ");
		if (truncated) {
			ip_addrs(c, s, ": ");
			print_trunc(c);
			return;
		}
	}

	if ((off & IP_OFFMASK) == 0) {
		struct ipinfo info;

		if (proto != 6 && proto != 17 && proto != 132 && proto != 33)
			ip_addrs(c, s, ": ");
		if (!span_has(s, 0, hlen)) {
			out_str(o, " [remaining caplen(");
			out_u32(o, (unsigned)span_avail(s, 0));
			out_str(o, ") < header length(");
			out_u32(o, hlen);
			out_str(o, ")]");
			trunc_jump(c);
		}
		info.iph = s;
		info.ver = 4;
		info.fragmented = (off & IP_MF) != 0;
		info.ttl = get_u8(c, s, 8);
		info.nh = proto;
		ip_demux_print(c, span_rest(s, hlen), len, &info);
	} else {
		if (c->opt.qflag > 1)
			return;
		ip_addrs(c, s, ":");
		ipproto_print(c, proto);
	}
}
