/*
 * print-ip6.c - IPv6 (RFC 8200): the fixed header, the -v details, the
 * extension-header chain and the hand-off to the upper protocol.
 *
 * Follows tcpdump 4.99.3: print-ip6.c ip6_print() for the header and the
 * chain walk, print-ip6opts.c for hop-by-hop and destination options,
 * print-rt6.c for routing headers (type 0, 2 and 4/SRH) and print-frag6.c
 * for the fragment header.  Mobility headers (RFC 6275) are not walked
 * here: like every non-extension next header they go to ip_demux_print().
 */
#include "print.h"

#define IP6_HDRLEN	40
#define IP6_FRAGLEN	8
#define IP6F_OFF_MASK	0xfff8	/* offset bits of the fragment header */

/* Next-header values this file walks (RFC 8200 section 4.1). */
#define NH_HOPOPTS	0
#define NH_TCP		6
#define NH_UDP		17
#define NH_DCCP		33
#define NH_ROUTING	43
#define NH_FRAGMENT	44
#define NH_SCTP		132
#define NH_DSTOPTS	60

/* Option types (RFC 8200 4.2, RFC 2711, RFC 2675, RFC 6275 6.3). */
#define OPT_PAD1		0x00
#define OPT_PADN		0x01
#define OPT_RTALERT		0x05
#define OPT_JUMBO		0xc2
#define OPT_HOME_ADDRESS	0xc9
#define OPT_MINLEN		2
#define OPT_RTALERT_LEN		4
#define OPT_JUMBO_LEN		6
#define OPT_HOMEADDR_MINLEN	18

/* Routing types (RFC 8200 4.4, RFC 6275 6.4, RFC 8754). */
#define RT_TYPE_0	0
#define RT_TYPE_2	2
#define RT_TYPE_4	4

static void
out_hex02(struct out *o, unsigned v)
{
	out_str(o, "0x");
	out_hex(o, v, 2);
}

/*
 * The sub-options of a Home Address option (tcpdump ip6_sopt_print()):
 * -1 when one runs past the option.
 */
static int
sopt_print(struct ctx *c, struct span s, unsigned len)
{
	struct out *o = c->out;
	unsigned i, optlen, type;

	for (i = 0; i < len; i += optlen) {
		type = get_u8(c, s, i);
		if (type == OPT_PAD1)
			optlen = 1;
		else if (i + 1 < len)
			optlen = get_u8(c, s, i + 1) + 2u;
		else
			return -1;
		if (i + optlen > len)
			return -1;
		switch (type) {
		case OPT_PAD1:
			out_str(o, ", pad1");
			break;
		case OPT_PADN:
			if (len - i < OPT_MINLEN) {
				out_str(o, ", padn: trunc");
				return -1;
			}
			out_str(o, ", padn");
			break;
		default:
			if (len - i < OPT_MINLEN) {
				out_str(o, ", sopt_type ");
				out_u32(o, type);
				out_str(o, ": trunc)");
				return -1;
			}
			out_str(o, ", sopt_type ");
			out_hex02(o, type);
			out_str(o, ": len=");
			out_u32(o, get_u8(c, s, i + 1));
			break;
		}
	}
	return 0;
}

/* "(name: trunc)" for an option cut by the end of its header. */
static int
opt_trunc(struct out *o, const char *name)
{
	out_char(o, '(');
	out_str(o, name);
	out_str(o, ": trunc)");
	return -1;
}

static int
opt_badlen(struct out *o, const char *name, unsigned len)
{
	out_char(o, '(');
	out_str(o, name);
	out_str(o, ": invalid len ");
	out_u32(o, len);
	out_char(o, ')');
	return -1;
}

/*
 * The options of a hop-by-hop or destination options header (tcpdump
 * ip6_opt_process()).  Every option is walked even without -v, because a
 * Jumbo Payload option (RFC 2675) changes the datagram length; it counts
 * only in a hop-by-hop header (payload_len != NULL) whose IPv6 payload
 * length is 0.  Returns -1 when an option is malformed.
 */
static int
opt_process(struct ctx *c, struct span s, unsigned len, int *found_jumbop,
    uint32_t *payload_len)
{
	struct out *o = c->out;
	int v = c->opt.vflag, found_jumbo = 0;
	unsigned i, optlen, type;
	uint32_t jumbolen;

	if (len == 0)
		return 0;
	for (i = 0; i < len; i += optlen) {
		type = get_u8(c, s, i);
		if (type == OPT_PAD1)
			optlen = 1;
		else if (i + 1 < len)
			optlen = get_u8(c, s, i + 1) + 2u;
		else
			return -1;
		if (i + optlen > len)
			return -1;

		switch (type) {
		case OPT_PAD1:
			if (v)
				out_str(o, "(pad1)");
			break;
		case OPT_PADN:
			if (len - i < OPT_MINLEN)
				return opt_trunc(o, "padn");
			if (v)
				out_str(o, "(padn)");
			break;
		case OPT_RTALERT:
			if (len - i < OPT_RTALERT_LEN)
				return opt_trunc(o, "rtalert");
			if (get_u8(c, s, i + 1) != OPT_RTALERT_LEN - 2)
				return opt_badlen(o, "rtalert",
				    get_u8(c, s, i + 1));
			if (v) {
				out_str(o, "(rtalert: 0x");
				out_hex(o, get_be16(c, s, i + 2), 4);
				out_str(o, ") ");
			}
			break;
		case OPT_JUMBO:
			if (len - i < OPT_JUMBO_LEN)
				return opt_trunc(o, "jumbo");
			if (get_u8(c, s, i + 1) != OPT_JUMBO_LEN - 2)
				return opt_badlen(o, "jumbo",
				    get_u8(c, s, i + 1));
			jumbolen = get_be32(c, s, i + 2);
			if (found_jumbo) {
				/* only the first one counts */
				if (v) {
					out_str(o, "(jumbo: ");
					out_u32(o, jumbolen);
					out_str(o, " - already seen) ");
				}
				break;
			}
			found_jumbo = 1;
			if (payload_len == NULL) {
				if (v) {
					out_str(o, "(jumbo: ");
					out_u32(o, jumbolen);
					out_str(o, " - not a hop-by-hop "
					    "option) ");
				}
			} else if (*payload_len != 0) {
				/* RFC 2675: the IPv6 length must be 0 */
				if (v) {
					out_str(o, "(jumbo: ");
					out_u32(o, jumbolen);
					out_str(o, " - payload len != 0) ");
				}
			} else if (jumbolen < 65536) {
				if (v) {
					out_str(o, "(jumbo: ");
					out_u32(o, jumbolen);
					out_str(o, " - < 65536) ");
				}
			} else {
				*found_jumbop = 1;
				*payload_len = jumbolen;
				if (v) {
					out_str(o, "(jumbo: ");
					out_u32(o, jumbolen);
					out_str(o, ") ");
				}
			}
			break;
		case OPT_HOME_ADDRESS:
			if (len - i < OPT_HOMEADDR_MINLEN)
				return opt_trunc(o, "homeaddr");
			if (get_u8(c, s, i + 1) < OPT_HOMEADDR_MINLEN - 2)
				return opt_badlen(o, "homeaddr",
				    get_u8(c, s, i + 1));
			if (v) {
				const uint8_t *a = get_bytes(c, s, i + 2, 16);

				out_str(o, "(homeaddr: ");
				ip6addr_print(c, a);
				if (get_u8(c, s, i + 1) >
				    OPT_HOMEADDR_MINLEN - 2 &&
				    sopt_print(c, span_rest(s, i +
				    OPT_HOMEADDR_MINLEN),
				    optlen - OPT_HOMEADDR_MINLEN) == -1)
					return -1;
				out_char(o, ')');
			}
			break;
		default:
			if (len - i < OPT_MINLEN) {
				out_str(o, "(type ");
				out_u32(o, type);
				out_str(o, ": trunc)");
				return -1;
			}
			if (v) {
				out_str(o, "(opt_type ");
				out_hex02(o, type);
				out_str(o, ": len=");
				out_u32(o, get_u8(c, s, i + 1));
				out_char(o, ')');
			}
			break;
		}
	}
	if (v)
		out_char(o, ' ');
	return 0;
}

/*
 * A hop-by-hop (hbh) or destination options header: its length, or -1
 * when it is cut short or malformed.  The whole header must have been
 * captured before its name is printed; destination options are walked
 * only under -v (no Jumbo Payload can count there).
 */
static int
opthdr_print(struct ctx *c, struct span s, int hbh, int *found_jumbo,
    uint32_t *payload_len)
{
	unsigned hlen;

	c->proto = hbh ? "hbhopt" : "dstopt";
	hlen = (get_u8(c, s, 1) + 1u) << 3;
	if (!span_has(s, 0, hlen)) {
		print_trunc(c);
		return -1;
	}
	out_str(c->out, hbh ? "HBH " : "DSTOPT ");
	if ((hbh || c->opt.vflag) &&
	    opt_process(c, span_rest(s, 2), hlen - 2,
	    hbh ? found_jumbo : NULL, hbh ? payload_len : NULL) == -1) {
		print_trunc(c);
		return -1;
	}
	return (int)hlen;
}

/* " (invalid length N) (invalid)": an odd routing header length. */
static int
rt6_badlen(struct ctx *c, unsigned len)
{
	out_str(c->out, " (invalid length ");
	out_u32(c->out, len);
	out_char(c->out, ')');
	print_invalid(c);
	return -1;
}

/* The addresses of a type 0/2 route or an SRH segment list. */
static void
rt6_addrs(struct ctx *c, struct span s, unsigned off, unsigned n)
{
	for (unsigned i = 0; i < n; i++) {
		const uint8_t *a = get_bytes(c, s, off + 16 * i, 16);

		out_str(c->out, ", [");
		out_u32(c->out, i);
		out_char(c->out, ']');
		ip6addr_print(c, a);
	}
}

/* A routing header (tcpdump rt6_print()): its length or -1. */
static int
rt6_print(struct ctx *c, struct span s)
{
	struct out *o = c->out;
	unsigned len, type, segleft;

	c->proto = "rt6";
	out_str(o, "RT6");
	len = get_u8(c, s, 1);
	out_str(o, " (len=");
	out_u32(o, len);
	type = get_u8(c, s, 2);
	out_str(o, ", type=");
	out_u32(o, type);
	if (type == RT_TYPE_0)	/* RFC 5095 */
		out_str(o, " [Deprecated]");
	segleft = get_u8(c, s, 3);
	out_str(o, ", segleft=");
	out_u32(o, segleft);

	switch (type) {
	case RT_TYPE_0:
	case RT_TYPE_2: {
		uint32_t rsv = get_be32(c, s, 4);

		if (rsv != 0 || c->opt.vflag) {
			out_str(o, ", rsv=0x");
			out_hex(o, rsv, 0);
		}
		if (len % 2 == 1)
			return rt6_badlen(c, len);
		rt6_addrs(c, s, 8, len / 2);
		break;
	}
	case RT_TYPE_4: {
		/* each field is read before its text is printed */
		uint8_t last = get_u8(c, s, 4), flags;
		uint16_t tag;

		out_str(o, ", last-entry=");
		out_u32(o, last);
		flags = get_u8(c, s, 5);
		if (flags != 0 || c->opt.vflag) {
			out_str(o, ", flags=0x");
			out_hex(o, flags, 0);
		}
		tag = get_be16(c, s, 6);
		out_str(o, ", tag=");
		out_hex(o, tag, 0);
		if (len % 2 == 1)
			return rt6_badlen(c, len);
		rt6_addrs(c, s, 8, len / 2);
		break;
	}
	default:
		out_str(o, " (unknown type)");
		print_invalid(c);
		return -1;
	}
	out_str(o, ") ");
	return (int)((len + 1) << 3);
}

/*
 * A fragment header (tcpdump frag6_print()): 8, or -1 for a non-first
 * fragment, which is not decoded further.  off is the header's offset in
 * the datagram; the fragment's length comes from the IPv6 payload length
 * and wraps like tcpdump's size_t when the header lies beyond it.
 */
static int
frag6_print(struct ctx *c, struct span ip6, unsigned off)
{
	struct out *o = c->out;
	struct span s = span_rest(ip6, off);
	uint64_t flen;
	unsigned foff;

	c->proto = "frag6";
	flen = (uint64_t)IP6_HDRLEN + get_be16(c, ip6, 4) - off - IP6_FRAGLEN;
	if (c->opt.vflag) {
		uint32_t ident = get_be32(c, s, 4);

		foff = get_be16(c, s, 2) & IP6F_OFF_MASK;
		out_str(o, "frag (0x");
		out_hex(o, ident, 8);
		out_char(o, ':');
	} else {
		foff = get_be16(c, s, 2) & IP6F_OFF_MASK;
		out_str(o, "frag (");
	}
	out_u32(o, foff);
	out_char(o, '|');
	out_u64(o, flen);
	out_char(o, ')');
	if (foff != 0)
		return -1;
	out_char(o, ' ');
	return IP6_FRAGLEN;
}

static void
invalid_msg(struct ctx *c, const char *msg)
{
	out_str(c->out, msg);
	print_invalid(c);
}

void
ip6_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	struct span whole = s;
	unsigned len, off, total, advance_u;
	uint32_t payload_len;
	int advance, fragmented = 0;
	int found_ext = 0, found_jumbo = 0, found_hbh = 0;
	uint8_t nh, ph;

	c->proto = "ip6";
	/* tcpdump's ND_TCHECK_SIZE: " [|ip6]" and back, not a jump */
	if (!span_has(s, 0, IP6_HDRLEN)) {
		print_trunc(c);
		return;
	}
	if (length < IP6_HDRLEN) {
		out_str(o, "truncated-ip6 ");
		out_u32(o, length);
		return;
	}
	if (!c->opt.eflag)
		out_str(o, "IP6 ");
	if (get_u8(c, s, 0) >> 4 != 6) {
		out_str(o, "version error: ");
		out_u32(o, get_u8(c, s, 0) >> 4);
		out_str(o, " != 6");
		return;
	}

	payload_len = get_be16(c, s, 4);
	/*
	 * A zero payload length announces a Jumbo Payload option (RFC 2675):
	 * until one is found the datagram runs to the end of the frame.
	 */
	if (payload_len != 0) {
		len = payload_len + IP6_HDRLEN;
		if (length < len) {
			out_str(o, "truncated-ip6 - ");
			out_u32(o, len - length);
			out_str(o, " bytes missing!");
		}
	} else
		len = length + IP6_HDRLEN;

	ph = 255;
	nh = get_u8(c, s, 6);
	if (c->opt.vflag) {
		uint32_t flow = get_be32(c, s, 0);
		const char *name = ipproto_name(nh);

		out_char(o, '(');
		if (flow & 0x0ff00000) {	/* traffic class */
			out_str(o, "class 0x");
			out_hex(o, (flow & 0x0ff00000) >> 20, 2);
			out_str(o, ", ");
		}
		if (flow & 0x000fffff) {
			out_str(o, "flowlabel 0x");
			out_hex(o, flow & 0x000fffff, 5);
			out_str(o, ", ");
		}
		out_str(o, "hlim ");
		out_u32(o, get_u8(c, s, 7));
		out_str(o, ", next-header ");
		out_str(o, name != NULL ? name : "unknown");
		out_str(o, " (");
		out_u32(o, nh);
		out_str(o, ") payload length: ");
		out_u32(o, payload_len);
		out_str(o, ") ");
	}

	/* the capture ends where the datagram does */
	s = span_cut(whole, len);

	off = 0;
	advance = IP6_HDRLEN;
	total = 0;
	while (off < (unsigned)(s.end - s.p) && advance > 0) {
		struct span h;

		advance_u = (unsigned)advance;
		if (len < advance_u)
			goto trunc;
		off += advance_u;
		len -= advance_u;
		total += advance_u;

		/* TCP, UDP, DCCP and SCTP print the addresses with ports */
		if (off == IP6_HDRLEN && nh != NH_TCP && nh != NH_UDP &&
		    nh != NH_DCCP && nh != NH_SCTP) {
			ip6addr_print(c, s.p + 8);
			out_str(o, " > ");
			ip6addr_print(c, s.p + 24);
			out_str(o, ": ");
		}

		h = span_rest(s, off);
		switch (nh) {
		case NH_HOPOPTS:
			/* RFC 8200 4.1: once, and right after the header */
			if (found_hbh) {
				invalid_msg(c, "[The Hop-by-Hop Options "
				    "header was already found]");
				return;
			}
			if (ph != 255) {
				invalid_msg(c, "[The Hop-by-Hop Options "
				    "header don't follow the IPv6 header]");
				return;
			}
			advance = opthdr_print(c, h, 1, &found_jumbo,
			    &payload_len);
			if (payload_len == 0 && !found_jumbo) {
				invalid_msg(c, "[No valid Jumbo Payload "
				    "Hop-by-Hop option found]");
				return;
			}
			if (advance < 0)
				return;
			found_ext = found_hbh = 1;
			nh = get_u8(c, h, 0);
			break;
		case NH_DSTOPTS:
			advance = opthdr_print(c, h, 0, NULL, NULL);
			if (advance < 0)
				return;
			found_ext = 1;
			nh = get_u8(c, h, 0);
			break;
		case NH_FRAGMENT:
			advance = frag6_print(c, s, off);
			/* nothing more when no byte follows the header */
			if (advance < 0 ||
			    !span_has(s, off + (unsigned)advance, 1))
				return;
			found_ext = 1;
			nh = get_u8(c, h, 0);
			fragmented = 1;
			break;
		case NH_ROUTING:
			span_need(c, h, 0, 1);
			advance = rt6_print(c, h);
			if (advance < 0)
				return;
			found_ext = 1;
			nh = get_u8(c, h, 0);
			break;
		default: {
			struct ipinfo info;

			if (found_jumbo) {
				/* the Jumbo Payload length, from the header */
				len = payload_len + IP6_HDRLEN;
				if (len < total)
					goto trunc;
				if (length < len) {
					out_str(o, "truncated-ip6 - ");
					out_u32(o, len - length);
					out_str(o, " bytes missing!");
				}
				s = span_cut(whole, len);
				len -= total;
			} else if (payload_len == 0) {
				/* no payload, so no room for an extension */
				if (found_ext)
					goto trunc;
				len = IP6_HDRLEN;
				s = span_cut(whole, len);
				len -= total;
			}
			info.iph = s;
			info.ver = 6;
			info.fragmented = fragmented;
			info.ttl = get_u8(c, s, 7);
			info.nh = nh;
			ip_demux_print(c, span_rest(s, off), len, &info);
			return;
		}
		}
		ph = nh;
		c->proto = "ip6";
	}
	return;
trunc:
	print_trunc(c);
}
