/*
 * print-chdlc.c - Cisco HDLC (DLT_C_HDLC; the framing of RFC 1547 4.3.1:
 * address 0x0f unicast or 0x8f broadcast, control, then an ethertype)
 * and Cisco's SLARP keepalives and address requests, as tcpdump 4.99
 * print-chdlc.c prints them.
 */
#include "print.h"

#define CHDLC_HDRLEN		4
#define CHDLC_TYPE_SLARP	0x8035
#define ETHERTYPE_IP		0x0800
#define ETHERTYPE_IPV6		0x86dd
#define ETHERTYPE_MPLS		0x8847
#define ETHERTYPE_MPLS_MULTI	0x8848
#define ETHERTYPE_ISO		0xfefe

#define NLPID_CLNP	0x81
#define NLPID_ESIS	0x82
#define NLPID_ISIS	0x83

#define SLARP_MIN_LEN	14
#define SLARP_MAX_LEN	18

static const struct tok chdlc_cast_values[] = {
	{ 0x0f, "unicast" },
	{ 0x8f, "bcast" },
	{ 0, NULL }
};

/* tcpdump's print_unknown_data(): a hex dump, cut to the capture. */
static void
unknown_data(struct ctx *c, struct span s, size_t off, const char *ident,
    unsigned len)
{
	struct out *o = c->out;
	size_t avail;

	if (off > (size_t)(s.end - s.p)) {
		out_str(o, ident);
		out_str(o, "Dissector error: print_unknown_data called with "
		    "pointer past end of packet");
		return;
	}
	avail = span_avail(s, off);
	if (avail < len)
		len = (unsigned)avail;
	for (unsigned i = 0; i < len; i++) {
		if (i % 16 == 0) {
			out_str(o, ident);
			out_str(o, "0x");
			out_hex(o, i, 4);
			out_str(o, ": ");
		}
		if (i % 2 == 0)
			out_char(o, ' ');
		out_hex8(o, s.p[off + i]);
	}
}

/* SLARP: a request, a reply with address and mask, or a keepalive. */
static void
slarp_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	uint32_t code;
	size_t cp = 0;		/* tcpdump's cursor for the -vv dump */

	c->proto = "chdlc_slarp";
	out_str(o, "SLARP (length: ");
	out_u32(o, length);
	out_str(o, "), ");
	if (length < SLARP_MIN_LEN || !span_has(s, 0, SLARP_MIN_LEN)) {
		print_trunc(c);
		return;
	}
	code = get_be32(c, s, 0);
	switch (code) {
	case 0:
		/* address and mask are zero in requests */
		out_str(o, "request");
		break;
	case 1:
		out_str(o, "reply ");
		out_ipv4(o, s.p + 4);
		out_char(o, '/');
		out_ipv4(o, s.p + 8);
		break;
	case 2:
		/* the 14 bytes were checked above */
		out_str(o, "keepalive: mineseen=0x");
		out_hex(o, get_be32(c, s, 4), 8);
		out_str(o, ", yourseen=0x");
		out_hex(o, get_be32(c, s, 8), 8);
		out_str(o, ", reliability=0x");
		out_hex(o, get_be16(c, s, 12), 4);
		if (length >= SLARP_MAX_LEN) {
			/* the optional uptime, in milliseconds */
			uint32_t sec = get_be32(c, s, SLARP_MIN_LEN) / 1000;
			uint32_t min = sec / 60, hrs, days;

			/* tcpdump moves its cursor past the fixed part */
			cp = SLARP_MIN_LEN;
			sec -= min * 60;
			hrs = min / 60;
			min -= hrs * 60;
			days = hrs / 24;
			hrs -= days * 24;
			out_str(o, ", link uptime=");
			out_u32(o, days);
			out_char(o, 'd');
			out_u32(o, hrs);
			out_char(o, 'h');
			out_u32(o, min);
			out_char(o, 'm');
			out_u32(o, sec);
			out_char(o, 's');
		}
		break;
	default:
		out_str(o, "0x");
		out_hex(o, code, 2);
		out_str(o, " unknown");
		if (c->opt.vflag <= 1)
			unknown_data(c, s, 4, "\n\t", length - 4);
		break;
	}
	if (SLARP_MAX_LEN < length && c->opt.vflag) {
		out_str(o, ", (trailing junk: ");
		out_u32(o, length - SLARP_MAX_LEN);
		out_str(o, " bytes)");
	}
	if (c->opt.vflag > 1)
		unknown_data(c, s, cp + 4, "\n\t", length - 4);
}

/* tcpdump's chdlc_print(): returns the header length. */
unsigned
chdlc_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	const struct ethertype *et;
	unsigned proto, caplen = (unsigned)span_avail(s, 0);

	c->proto = "chdlc";
	if (length < CHDLC_HDRLEN)
		goto trunc;
	proto = get_be16(c, s, 2);
	if (c->opt.eflag) {
		unsigned cast = s.p[0];
		const char *name = tok_find(chdlc_cast_values, cast);

		if (name != NULL)
			out_str(o, name);
		else {
			out_str(o, "0x");
			out_hex8(o, (uint8_t)cast);
		}
		out_str(o, ", ethertype ");
		out_str(o, ethertype_name((uint16_t)proto, "Unknown"));
		out_str(o, " (0x");
		out_hex(o, proto, 4);
		out_str(o, "), length ");
		out_u32(o, length);
		out_str(o, ": ");
	}
	length -= CHDLC_HDRLEN;
	s = span_rest(s, CHDLC_HDRLEN);

	switch (proto) {
	case ETHERTYPE_IP:
		ip_print(c, s, length);
		break;
	case ETHERTYPE_IPV6:
		ip6_print(c, s, length);
		break;
	case CHDLC_TYPE_SLARP:
		slarp_print(c, s, length);
		break;
	case ETHERTYPE_ISO:
		/* a pad byte may precede the NLPID: look for one after it */
		if (length < 2)
			goto trunc;
		{
			unsigned nlpid = get_u8(c, s, 1);

			if (nlpid == NLPID_CLNP || nlpid == NLPID_ESIS ||
			    nlpid == NLPID_ISIS)
				isoclns_print(c, span_rest(s, 1), length - 1);
			else
				isoclns_print(c, s, length);
		}
		break;
	case ETHERTYPE_MPLS:
	case ETHERTYPE_MPLS_MULTI:
		/* MPLS: whatever the ethertype table has */
		et = ethertype_find((uint16_t)proto);
		if (et != NULL && et->print != NULL) {
			et->print(c, s, length);
			break;
		}
		/* FALLTHROUGH */
	default:
		if (!c->opt.eflag) {
			out_str(o, "unknown CHDLC protocol (0x");
			out_hex(o, proto, 4);
			out_char(o, ')');
		}
		break;
	}
	return CHDLC_HDRLEN;
trunc:
	/* the whole capture counts as header: -x dumps nothing */
	print_trunc(c);
	return caplen;
}

/* DLT_C_HDLC. */
unsigned
chdlc_if_print(struct ctx *c, struct span s, unsigned length)
{
	return chdlc_print(c, s, length);
}
