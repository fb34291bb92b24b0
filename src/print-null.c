/*
 * print-null.c - BSD loopback (DLT_NULL, a host-order family word) and
 * OpenBSD loopback (DLT_LOOP, a network-order one), as tcpdump
 * print-null.c prints them.
 */
#include "print.h"

#define NULL_HDRLEN	4

/* BSD address families that carry IP (socket.h on the BSDs, macOS). */
static const struct tok bsd_af_values[] = {
	{ 2, "IPv4" },
	{ 6, "NS" },
	{ 7, "ISO" },
	{ 16, "Appletalk" },
	{ 23, "IPX" },
	{ 24, "IPv6" },		/* NetBSD, OpenBSD, BSD/OS */
	{ 28, "IPv6" },		/* FreeBSD, DragonFly */
	{ 30, "IPv6" },		/* macOS */
	{ 0, NULL }
};

/* tcpdump null_hdr_print(): "AF IPv4 (2), length N: " */
static void
null_hdr_print(struct ctx *c, uint32_t family, unsigned length)
{
	struct out *o = c->out;
	const char *name = tok_find(bsd_af_values, family);

	if (!c->opt.qflag) {
		out_str(o, "AF ");
		out_str(o, name != NULL ? name : "Unknown");
		out_str(o, " (");
		out_u32(o, family);
		out_char(o, ')');
	} else if (name != NULL)
		out_str(o, name);
	else {
		out_str(o, "Unknown AF ");
		out_u32(o, family);
	}
	out_str(o, ", length ");
	out_u32(o, length);
	out_str(o, ": ");
}

static unsigned
family_print(struct ctx *c, struct span s, unsigned length, uint32_t family)
{
	unsigned caplen = (unsigned)(s.end - s.p);

	if (caplen < NULL_HDRLEN) {
		/* tcpdump's getter jumps: the -x dump shows the whole packet */
		c->proto = "null";
		print_trunc(c);
		return 0;
	}
	if (c->opt.eflag)
		null_hdr_print(c, family, length);
	s = span_rest(s, NULL_HDRLEN);
	length -= NULL_HDRLEN;
	switch (family) {
	case 2:
		ip_print(c, s, length);
		break;
	case 7:		/* ISO: an NLPID first */
		isoclns_print(c, s, length);
		break;
	case 24:
	case 28:
	case 30:
		ip6_print(c, s, length);
		break;
	default:
		if (!c->opt.eflag)
			null_hdr_print(c, family, length + NULL_HDRLEN);
		print_default(c, s);
		break;
	}
	return NULL_HDRLEN;
}

unsigned
null_if_print(struct ctx *c, struct span s, unsigned length)
{
	uint32_t family;

	if (!span_has(s, 0, NULL_HDRLEN))
		return family_print(c, s, length, 0);
	/*
	 * The family is in the byte order of the machine that captured;
	 * a value with its low half zero was written the other way round
	 * (tcpdump: SWAPLONG when (family & 0xFFFF0000) != 0).
	 */
	family = get_le32(c, s, 0);
	if ((family & 0xffff0000u) != 0)
		family = __builtin_bswap32(family);
	return family_print(c, s, length, family);
}

unsigned
loop_if_print(struct ctx *c, struct span s, unsigned length)
{
	uint32_t family = 0;

	if (span_has(s, 0, NULL_HDRLEN))
		family = get_be32(c, s, 0);
	return family_print(c, s, length, family);
}

/* DLT_RAW, DLT_IPV4, DLT_IPV6: the version nibble says IPv4 or IPv6 (tcpdump raw_if_print). */
unsigned
raw_if_print(struct ctx *c, struct span s, unsigned length)
{
	if (c->opt.eflag)
		out_str(c->out, "ip: ");
	c->proto = "ipn";
	if (length < 1) {
		out_str(c->out, "truncated-ip ");
		out_u32(c->out, length);
		return 0;
	}
	switch (get_u8(c, s, 0) & 0xf0) {
	case 0x40:
		ip_print(c, s, length);
		break;
	case 0x60:
		ip6_print(c, s, length);
		break;
	default:
		out_str(c->out, "unknown ip ");
		out_u32(c->out, (get_u8(c, s, 0) & 0xf0) >> 4);
		break;
	}
	return 0;
}
