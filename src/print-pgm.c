/*
 * print-pgm.c - Pragmatic General Multicast (RFC 3208), IP protocol 113,
 * as tcpdump 4.99.3 print-pgm.c pgm_print() prints it: the ports with
 * the addresses (after the "src > dst: " ip_print() has already printed,
 * since PGM is not one of the protocols it leaves the addresses to),
 * the header's length, and with -v the global source id, the packet
 * type's fields, the options and the IP payload length.
 *
 * Every check tcpdump makes here ends the packet with " [|pgm]" and a
 * dump of the whole frame, so the getters' jump is what is wanted.
 */
#include "print.h"

#define PGM_HDRLEN	16

enum {
	PGM_SPM = 0x00, PGM_POLL = 0x01, PGM_POLR = 0x02, PGM_ODATA = 0x04,
	PGM_RDATA = 0x05, PGM_NAK = 0x08, PGM_NULLNAK = 0x09, PGM_NCF = 0x0a,
	PGM_ACK = 0x0b, PGM_SPMR = 0x0c,
};

#define PGM_OPT_BIT_PRESENT	0x01
#define PGM_OPT_MASK		0x7f
#define PGM_OPT_END		0x80
#define PGM_MIN_OPT_LEN		4

enum {
	OPT_LENGTH = 0x00, OPT_FRAGMENT = 0x01, OPT_NAK_LIST = 0x02,
	OPT_JOIN = 0x03, OPT_NAK_BO_IVL = 0x04, OPT_NAK_BO_RNG = 0x05,
	OPT_REDIRECT = 0x07, OPT_PARITY_PRM = 0x08, OPT_PARITY_GRP = 0x09,
	OPT_CURR_TGSIZE = 0x0a, OPT_NBR_UNREACH = 0x0b, OPT_PATH_NLA = 0x0c,
	OPT_SYN = 0x0d, OPT_FIN = 0x0e, OPT_RST = 0x0f, OPT_CR = 0x10,
	OPT_CRQST = 0x11, OPT_PGMCC_DATA = 0x12, OPT_PGMCC_FEEDBACK = 0x13,
};

#define AFNUM_IP	1
#define AFNUM_IP6	2

/*
 * Options of a fixed length that print a word or two: their name in
 * tcpdump's "[Bad ... option" text, their length, and what they print.
 * fmt: 0 nothing, 1 " TEXT%u" of the first word, 2 " TEXT%u SECOND%u" of
 * two words.  FRAGMENT's three words are done by hand.
 */
static const struct {
	uint8_t		 type;
	uint8_t		 len;
	uint8_t		 words;
	const char	*name;
	const char	*text;
	const char	*text2;
} pgm_fixed_opts[] = {
	{ OPT_JOIN, 8, 1, "OPT_JOIN", " JOIN ", NULL },
	{ OPT_NAK_BO_IVL, 12, 2, "OPT_NAK_BO_IVL", " BACKOFF ivl ",
	    " ivlseq " },
	{ OPT_NAK_BO_RNG, 12, 2, "OPT_NAK_BO_RNG", " BACKOFF max ", " min " },
	{ OPT_PARITY_PRM, 8, 1, "OPT_PARITY_PRM", " PARITY MAXTGS ", NULL },
	{ OPT_PARITY_GRP, 8, 1, "OPT_PARITY_GRP", " PARITY GROUP ", NULL },
	{ OPT_CURR_TGSIZE, 8, 1, "OPT_CURR_TGSIZE", " PARITY ATGS ", NULL },
	{ OPT_NBR_UNREACH, 4, 0, "OPT_NBR_UNREACH", " NBR_UNREACH", NULL },
	{ OPT_SYN, 4, 0, "OPT_SYN", " SYN", NULL },
	{ OPT_FIN, 4, 0, "OPT_FIN", " FIN", NULL },
	{ OPT_RST, 4, 0, "OPT_RST", " RST", NULL },
	{ OPT_CRQST, 4, 0, "OPT_CRQST", " CRQST", NULL },
};

static void
bad_len(struct out *o, const char *name, const char *rel, unsigned len,
    unsigned want, const char *tail)
{
	out_str(o, "[Bad ");
	out_str(o, name);
	out_str(o, " option, length ");
	out_u32(o, len);
	out_str(o, rel);
	out_u32(o, want);
	out_str(o, tail);
}

/*
 * A network-layer address after its AFI: the address's size, or 0 for an
 * AFI tcpdump does not know (it then prints " (invalid)" and stops).
 */
static size_t
nla_print(struct ctx *c, struct span s, size_t off, unsigned afi)
{
	switch (afi) {
	case AFNUM_IP:
		out_ipv4(c->out, get_bytes(c, s, off, 4));
		return 4;
	case AFNUM_IP6:
		out_ipv6(c->out, get_bytes(c, s, off, 16));
		return 16;
	}
	return 0;
}

static size_t
nla_size(struct ctx *c, struct span s, size_t off, unsigned afi)
{
	size_t n = afi == AFNUM_IP ? 4 : afi == AFNUM_IP6 ? 16 : 0;

	if (n != 0)
		span_need(c, s, off, n);
	return n;
}

/*
 * OPT_REDIRECT and the PGMCC options: a fixed part, an AFI and an
 * address.  Returns -1 to end the packet, -2 when it is invalid, else
 * the bytes the option took from the options' total.
 */
static int
nla_opt(struct ctx *c, struct span s, size_t off, unsigned opt_len,
    unsigned fixed, const char *name, const char *text, int with_word)
{
	struct out *o = c->out;
	uint32_t word = 0;
	unsigned afi;
	size_t n;

	if (opt_len < fixed) {
		bad_len(o, name, " < ", opt_len, fixed, "]");
		return -1;
	}
	off += 2;
	if (with_word) {
		word = get_be32(c, s, off);
		off += 4;
	}
	afi = get_be16(c, s, off);
	off += 4;
	n = afi == AFNUM_IP ? 4 : afi == AFNUM_IP6 ? 16 : 0;
	if (n == 0)
		return -2;
	if (opt_len != fixed + n) {
		bad_len(o, name, " != ", opt_len, fixed,
		    " + address size]");
		return -1;
	}
	span_need(c, s, off, n);
	out_str(o, text);
	if (with_word) {
		out_u32(o, word);
		out_char(o, ' ');
	}
	(void)nla_print(c, s, off, afi);
	return (int)(fixed + n);
}

/* The options after the type's fields; 0 when tcpdump goes on, else 1. */
static int
pgm_opts_print(struct ctx *c, struct span s, size_t *offp)
{
	struct out *o = c->out;
	size_t off = *offp;
	unsigned opt_type, opt_len, opts_len;

	span_need(c, s, off, PGM_MIN_OPT_LEN);
	opt_type = get_u8(c, s, off++);
	if ((opt_type & PGM_OPT_MASK) != OPT_LENGTH) {
		out_str(o, "[First option bad, should be PGM_OPT_LENGTH, is ");
		out_u32(o, opt_type & PGM_OPT_MASK);
		out_char(o, ']');
		return 1;
	}
	opt_len = get_u8(c, s, off++);
	if (opt_len != 4) {
		out_str(o, "[Bad OPT_LENGTH option, length ");
		out_u32(o, opt_len);
		out_str(o, " != 4]");
		return 1;
	}
	opts_len = get_be16(c, s, off);
	off += 2;
	if (opts_len < 4) {
		out_str(o, "[Bad total option length ");
		out_u32(o, opts_len);
		out_str(o, " < 4]");
		return 1;
	}
	out_str(o, " OPTS LEN ");
	out_u32(o, opts_len);
	opts_len -= 4;

	while (opts_len) {
		size_t k;
		int r;

		if (opts_len < PGM_MIN_OPT_LEN) {
			out_str(o, "[Total option length leaves no room for "
			    "final option]");
			return 1;
		}
		opt_type = get_u8(c, s, off++);
		opt_len = get_u8(c, s, off++);
		if (opt_len < PGM_MIN_OPT_LEN) {
			out_str(o, "[Bad option, length ");
			out_u32(o, opt_len);
			out_str(o, " < 4]");
			break;
		}
		if (opts_len < opt_len) {
			out_str(o, "[Total option length leaves no room for "
			    "final option]");
			return 1;
		}
		span_need(c, s, off, opt_len - 2);

		for (k = 0; k < sizeof(pgm_fixed_opts) /
		    sizeof(pgm_fixed_opts[0]); k++)
			if (pgm_fixed_opts[k].type == (opt_type & PGM_OPT_MASK))
				break;
		if (k < sizeof(pgm_fixed_opts) / sizeof(pgm_fixed_opts[0])) {
			if (opt_len != pgm_fixed_opts[k].len) {
				bad_len(o, pgm_fixed_opts[k].name, " != ",
				    opt_len, pgm_fixed_opts[k].len, "]");
				return 1;
			}
			off += 2;
			out_str(o, pgm_fixed_opts[k].text);
			if (pgm_fixed_opts[k].words >= 1) {
				out_u32(o, get_be32(c, s, off));
				off += 4;
			}
			if (pgm_fixed_opts[k].words >= 2) {
				out_str(o, pgm_fixed_opts[k].text2);
				out_u32(o, get_be32(c, s, off));
				off += 4;
			}
			opts_len -= opt_len;
		} else switch (opt_type & PGM_OPT_MASK) {
		case OPT_LENGTH:
			if (opt_len != 4) {
				bad_len(o, "OPT_LENGTH", " != ", opt_len, 4,
				    "]");
				return 1;
			}
			out_str(o, " OPTS LEN (extra?) ");
			out_u32(o, get_be16(c, s, off));
			off += 2;
			opts_len -= 4;
			break;
		case OPT_FRAGMENT:
			if (opt_len != 16) {
				bad_len(o, "OPT_FRAGMENT", " != ", opt_len, 16,
				    "]");
				return 1;
			}
			out_str(o, " FRAG seq ");
			out_u32(o, get_be32(c, s, off + 2));
			out_str(o, " off ");
			out_u32(o, get_be32(c, s, off + 6));
			out_str(o, " len ");
			out_u32(o, get_be32(c, s, off + 10));
			off += 14;
			opts_len -= 16;
			break;
		case OPT_NAK_LIST:
			off += 2;
			opt_len -= 4;
			out_str(o, " NAK LIST");
			while (opt_len) {
				if (opt_len < 4) {
					out_str(o, "[Option length not a "
					    "multiple of 4]");
					return 1;
				}
				out_char(o, ' ');
				out_u32(o, get_be32(c, s, off));
				off += 4;
				opt_len -= 4;
				opts_len -= 4;
			}
			break;
		case OPT_REDIRECT:
			r = nla_opt(c, s, off, opt_len, 8, "OPT_REDIRECT",
			    " REDIRECT ", 0);
			if (r == -2)
				goto invalid;
			if (r < 0)
				return 1;
			off += (size_t)r - 2;
			opts_len -= (unsigned)r;
			break;
		case OPT_PATH_NLA:
			out_str(o, " PATH_NLA [");
			out_u32(o, opt_len);
			out_char(o, ']');
			off += opt_len;	/* as 4.99.3: 2 past the option */
			opts_len -= opt_len;
			break;
		case OPT_CR:
			out_str(o, " CR");
			off += opt_len;	/* as 4.99.3: 2 past the option */
			opts_len -= opt_len;
			break;
		case OPT_PGMCC_DATA:
			r = nla_opt(c, s, off, opt_len, 12, "OPT_PGMCC_DATA",
			    " PGMCC DATA ", 1);
			if (r == -2)
				goto invalid;
			if (r < 0)
				return 1;
			off += (size_t)r - 2;
			opts_len -= (unsigned)r;
			break;
		case OPT_PGMCC_FEEDBACK:
			/* tcpdump's "too short" text names it differently */
			if (opt_len < 12) {
				bad_len(o, "PGM_OPT_PGMCC_FEEDBACK", " < ",
				    opt_len, 12, "]");
				return 1;
			}
			r = nla_opt(c, s, off, opt_len, 12,
			    "OPT_PGMCC_FEEDBACK", " PGMCC FEEDBACK ", 1);
			if (r == -2)
				goto invalid;
			if (r < 0)
				return 1;
			off += (size_t)r - 2;
			opts_len -= (unsigned)r;
			break;
		default:
			out_str(o, " OPT_");
			out_char(o, "0123456789ABCDEF"[opt_type >> 4]);
			out_char(o, "0123456789ABCDEF"[opt_type & 15]);
			out_str(o, " [");
			out_u32(o, opt_len);
			out_str(o, "] ");
			off += opt_len;	/* as 4.99.3: 2 past the option */
			opts_len -= opt_len;
			break;
		}
		if (opt_type & PGM_OPT_END)
			break;
	}
	*offp = off;
	return 0;
invalid:
	print_invalid(c);
	return 1;
}

void
pgm_print(struct ctx *c, struct span s, unsigned length,
    const struct ipinfo *ip)
{
	struct out *o = c->out;
	unsigned type, afi;
	size_t off, n;

	c->proto = "pgm";
	if (!span_has(s, 2, 2)) {
		out_ipaddr_pair(c, ip, ":");
		trunc_jump(c);
	}
	/* the ports with the addresses only when PGM follows IP directly */
	if (get_u8(c, ip->iph, ip->ver == 6 ? 6 : 9) == 113) {
		out_ipaddr_port(c, ip, 0);
		tcpport_print(c, get_be16(c, s, 0));
		out_str(o, " > ");
		out_ipaddr_port(c, ip, 1);
		tcpport_print(c, get_be16(c, s, 2));
	} else {
		tcpport_print(c, get_be16(c, s, 0));
		out_str(o, " > ");
		tcpport_print(c, get_be16(c, s, 2));
	}
	out_str(o, ": ");
	span_need(c, s, 0, PGM_HDRLEN);
	out_str(o, "PGM, length ");
	out_u32(o, get_be16(c, s, 14));
	if (!c->opt.vflag)
		return;

	type = get_u8(c, s, 4);
	out_str(o, " 0x");
	for (size_t k = 8; k < 14; k++)
		out_hex8(o, s.p[k]);
	out_char(o, ' ');
	off = PGM_HDRLEN;
	switch (type) {
	case PGM_SPM:
		span_need(c, s, off, 16);
		afi = get_be16(c, s, off + 12);
		if ((n = nla_size(c, s, off + 16, afi)) == 0)
			goto invalid;
		out_str(o, "SPM seq ");
		out_u32(o, get_be32(c, s, off));
		out_str(o, " trail ");
		out_u32(o, get_be32(c, s, off + 4));
		out_str(o, " lead ");
		out_u32(o, get_be32(c, s, off + 8));
		out_str(o, " nla ");
		(void)nla_print(c, s, off + 16, afi);
		off += 16 + n;
		break;
	case PGM_POLL: {
		size_t nla;
		uint32_t ivl, rnd, mask;

		span_need(c, s, off, 12);
		afi = get_be16(c, s, off + 8);
		nla = off + 12;
		if ((n = nla_size(c, s, nla, afi)) == 0)
			goto invalid;
		ivl = get_be32(c, s, nla + n);
		rnd = get_be32(c, s, nla + n + 4);
		mask = get_be32(c, s, nla + n + 8);
		out_str(o, "POLL seq ");
		out_u32(o, get_be32(c, s, off));
		out_str(o, " round ");
		out_u32(o, get_be16(c, s, off + 4));
		out_str(o, " nla ");
		(void)nla_print(c, s, nla, afi);
		out_str(o, " ivl ");
		out_u32(o, ivl);
		out_str(o, " rnd 0x");
		out_hex(o, rnd, 8);
		out_str(o, " mask 0x");
		out_hex(o, mask, 8);
		off = nla + n + 12;
		break;
	}
	case PGM_POLR:
		span_need(c, s, off, 8);
		out_str(o, "POLR seq ");
		out_u32(o, get_be32(c, s, off));
		out_str(o, " round ");
		out_u32(o, get_be16(c, s, off + 4));
		off += 8;
		break;
	case PGM_ODATA:
	case PGM_RDATA:
	{
		uint32_t trail = get_be32(c, s, off + 4);
		uint32_t seq = get_be32(c, s, off);

		out_str(o, type == PGM_ODATA ? "ODATA trail " : "RDATA trail ");
		out_u32(o, trail);
		out_str(o, " seq ");
		out_u32(o, seq);
	}
		off += 8;
		break;
	case PGM_NAK:
	case PGM_NULLNAK:
	case PGM_NCF: {
		size_t src, grp;
		unsigned gafi;
		size_t gn;

		span_need(c, s, off, 8);
		afi = get_be16(c, s, off + 4);
		src = off + 8;
		if ((n = nla_size(c, s, src, afi)) == 0)
			goto invalid;
		/*
		 * tcpdump skips the group's AFI and reserved field and then
		 * reads the AFI from the group address itself; so does this.
		 */
		grp = src + n + 4;
		gafi = get_be16(c, s, grp);
		if ((gn = nla_size(c, s, grp, gafi)) == 0)
			goto invalid;
		out_str(o, type == PGM_NAK ? "NAK " : type == PGM_NULLNAK ?
		    "NNAK " : "NCF ");
		out_char(o, '(');
		(void)nla_print(c, s, src, afi);
		out_str(o, " -> ");
		(void)nla_print(c, s, grp, gafi);
		out_str(o, "), seq ");
		out_u32(o, get_be32(c, s, off));
		off = grp + gn;
		break;
	}
	case PGM_ACK:
		span_need(c, s, off, 8);
		out_str(o, "ACK seq ");
		out_u32(o, get_be32(c, s, off));
		off += 8;
		break;
	/*
	 * tcpdump 4.99.3 moves its pointer past the header only in the
	 * cases with fields: for these the options are looked for at the
	 * start of the PGM header.
	 */
	case PGM_SPMR:
		out_str(o, "SPMR");
		off = 0;
		break;
	default:
		out_str(o, "UNKNOWN type 0x");
		out_hex8(o, (uint8_t)type);
		off = 0;
		break;
	}
	if ((get_u8(c, s, 5) & PGM_OPT_BIT_PRESENT) &&
	    pgm_opts_print(c, s, &off))
		return;
	out_str(o, " [");
	out_u32(o, length);
	out_char(o, ']');
	return;
invalid:
	print_invalid(c);
}
