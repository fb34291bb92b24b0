/*
 * print-openflow.c - OpenFlow over TCP ports 6633 and 6653, as tcpdump
 * 4.99 print-openflow.c prints it: ": OpenFlow", then for every message
 * in the segment "\n\tversion V, type T, length N, xid X", and, with -v,
 * the body as the version's printer decodes it (print-openflow-1.0.c,
 * print-openflow-1.3.c).  Also the helpers both versions share.
 */
#include "openflow.h"

/* tcpdump openflow.c ofver_str[]. */
static const struct tok ofver_str[] = {
	{ 0x01, "1.0" },
	{ 0x02, "1.1" },
	{ 0x03, "1.2" },
	{ 0x04, "1.3" },
	{ 0x05, "1.4" },
	{ 0x06, "1.5" },
	{ 0, NULL }
};

/* ONF experimenter IDs: an ID with a non-zero top octet is not an OUI. */
static const struct tok onf_exp_str[] = {
	{ 0x4f4e4600, "ONF Extensions" },
	{ 0xff000001, "Budapest University of Technology and Economics" },
	{ 0xff000002, "NoviFlow" },
	{ 0xff000003, "L3+ Extensions, Vendor Neutral" },
	{ 0xff000004, "L4-L7 Extensions" },
	{ 0xff000005, "Wireless and Mobility Extensions" },
	{ 0xff000006, "Forwarding Abstractions Extensions" },
	{ 0xff000007, "Optical Transport Extensions" },
	{ 0xff000008, "Network Benchmarking Lab, NCTU" },
	{ 0xff000009, "Mobile Packet Core Extensions" },
	{ 0xff00000a, "MPLS-TP OpenFlow Extensions for SPTN" },
	{ 0, NULL }
};

/* tcpdump of_vendor_name(): an OUI's name (print.h), or an ONF ID's. */
const char *
of_vendor_name(uint32_t vendor)
{
	const char *s = tok_find((vendor & 0xff000000) == 0 ? oui_values :
	    onf_exp_str, vendor);

	return s != NULL ? s : "unknown";
}

/*
 * tcpdump of_bitmap_print(): the names of the assigned bits set, then
 * " (bogus)" when any unassigned bit is set.
 */
void
of_bitmap_print(struct out *o, const struct tok *t, uint32_t v, uint32_t u)
{
	if (v & ~u) {
		out_str(o, " (");
		out_bittok(o, t, "", v, ", ");
		out_char(o, ')');
	}
	if (v & u)
		out_str(o, " (bogus)");
}

/*
 * label, then a number or its name in t (tcpdump tok2str(t, "%u", v)).
 * Labels come after the read, as tcpdump's ND_PRINT(label, GET(...)).
 */
void
of_port_print(struct ctx *c, const char *label, const struct tok *t,
    uint32_t port)
{
	const char *s = tok_find(t, port);

	out_str(c->out, label);
	if (s != NULL)
		out_str(c->out, s);
	else
		out_u32(c->out, port);
}

void
of_etheraddr(struct ctx *c, const char *label, struct span s, size_t cp)
{
	const uint8_t *a = get_bytes(c, s, cp, 6);

	out_str(c->out, label);
	etheraddr_print(c, a);
}

void
of_ipaddr(struct ctx *c, const char *label, struct span s, size_t cp)
{
	const uint8_t *a = get_bytes(c, s, cp, 4);

	out_str(c->out, label);
	ipaddr_print(c, a);
}

/* tcpdump's nd_printjnp(): up to n characters, stopping at a NUL. */
void
of_printjnp(struct ctx *c, struct span s, size_t cp, unsigned n)
{
	for (; n > 0; n--, cp++) {
		uint8_t ch = get_u8(c, s, cp);
		if (ch == '\0')
			break;
		out_safe_char(c->out, ch);
	}
}

/* tcpdump's nd_printn() with no end: exactly n characters. */
void
of_printn(struct ctx *c, struct span s, size_t cp, unsigned n)
{
	for (; n > 0; n--, cp++)
		out_safe_char(c->out, get_u8(c, s, cp));
}

/*
 * tcpdump's hex_and_ascii_print(ndo, "\n\t  ", ...): the captured part,
 * then, when the data is cut short, the truncation exit.
 */
static void
hex_ascii_print(struct ctx *c, struct span s, size_t cp, unsigned len)
{
	static const char hx[] = "0123456789abcdef";
	struct out *o = c->out;
	size_t avail = span_avail(s, cp);
	size_t n = len < avail ? len : avail;
	const uint8_t *p = s.p + (n ? cp : 0);

	for (size_t i = 0; i < n; i += 16) {
		size_t k, m = n - i < 16 ? n - i : 16;
		char hex[40], asc[16];
		size_t h = 0;

		for (k = 0; k < m; k++) {
			uint8_t ch = p[i + k];
			if (k % 2 == 0)
				hex[h++] = ' ';
			hex[h++] = hx[ch >> 4];
			hex[h++] = hx[ch & 15];
			asc[k] = ch > 0x20 && ch <= 0x7e ? (char)ch : '.';
		}
		while (h < 40)
			hex[h++] = ' ';
		out_str(o, "\n\t  0x");
		out_hex(o, i, 4);
		out_str(o, ": ");
		out_mem(o, hex, 40);
		out_str(o, "  ");
		out_mem(o, asc, m);
	}
	if (n < len)
		trunc_jump(c);
}

/* tcpdump of_data_print(): the size, and with -vv the bytes. */
void
of_data_print(struct ctx *c, struct span s, size_t cp, unsigned len)
{
	if (len == 0)
		return;
	out_str(c->out, "\n\t data (");
	out_u32(c->out, len);
	out_str(c->out, " octets)");
	if (c->opt.vflag >= 2)
		hex_ascii_print(c, s, cp, len);
	else
		of_tcheck(c, s, cp, len);
}

/*
 * tcpdump of_message_print(): the body's length is checked against the
 * type's constraint, and decoded only with -v; what is not decoded must
 * still be captured.
 */
static void
of_message_print(struct ctx *c, struct span s, size_t cp, unsigned len,
    const struct of_msgtypeinfo *mti)
{
	if (mti != NULL) {
		if ((mti->req_what == REQ_FIXLEN && len != mti->req_value) ||
		    (mti->req_what == REQ_MINLEN && len < mti->req_value))
			print_invalid(c);
		else if (c->opt.vflag && mti->decoder != NULL) {
			mti->decoder(c, s, cp, len);
			return;
		}
	}
	of_tcheck(c, s, cp, len);
}

/*
 * tcpdump openflow_print(): the messages of one TCP segment, which is
 * presumed to begin on a message boundary.  A message may run past the
 * segment's end: its body is decoded as far as it goes, and the loop
 * stops there.
 */
void
openflow_print(struct ctx *c, struct span s, unsigned len)
{
	struct out *o = c->out;
	size_t cp = 0;

	c->proto = "openflow";
	out_str(o, ": OpenFlow");
	while (len) {
		const struct of_msgtypeinfo *mti;
		const char *name;
		uint8_t version, type;
		uint16_t length;
		uint32_t xid;

		version = get_u8(c, s, cp);
		cp++, len--;
		out_str(o, "\n\tversion ");
		if ((name = tok_find(ofver_str, version)) != NULL)
			out_str(o, name);
		else {
			out_str(o, "unknown (0x");
			out_hex8(o, version);
			out_char(o, ')');
		}
		if (len < 1)
			goto partial_header;
		type = get_u8(c, s, cp);
		cp++, len--;
		mti = version == OF_VER_1_0 ? of10_identify_msgtype(type) :
		    version == OF_VER_1_3 ? of13_identify_msgtype(type) : NULL;
		if (mti != NULL && mti->name != NULL) {
			out_str(o, ", type ");
			out_str(o, mti->name);
		} else {
			out_str(o, ", type unknown (0x");
			out_hex8(o, type);
			out_char(o, ')');
		}
		if (len < 2)
			goto partial_header;
		length = get_be16(c, s, cp);
		cp += 2, len -= 2;
		out_str(o, ", length ");
		out_u32(o, length);
		if (length < OF_HEADER_FIXLEN)
			out_str(o, " (too short!)");
		if (len < 4)
			goto partial_header;
		xid = get_be32(c, s, cp);
		out_str(o, ", xid ");
		of_hex32(o, xid);
		cp += 4, len -= 4;

		/* a length below the header's fails the rest of the segment */
		if (length < OF_HEADER_FIXLEN) {
			print_invalid(c);
			of_tcheck(c, s, cp, len);
			return;
		}
		of_message_print(c, s, cp, length - OF_HEADER_FIXLEN, mti);
		if (length - OF_HEADER_FIXLEN > len)
			break;
		cp += length - OF_HEADER_FIXLEN;
		len -= length - OF_HEADER_FIXLEN;
	}
	return;

partial_header:
	out_str(o, " (end of TCP payload)");
	of_tcheck(c, s, cp, len);
}
