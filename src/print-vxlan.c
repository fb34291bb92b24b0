/*
 * print-vxlan.c - Ethernet over UDP with an 8-byte header: VXLAN (RFC 7348,
 * UDP port 4789) and Cisco's OTV (draft-hasmit-otv-04, UDP port 8472,
 * which Linux also uses for VXLAN: tcpdump 4.99 names that port OTV).
 * Both headers are a flags byte with the I bit (0x08: the identifier is
 * valid), a 24-bit identifier and a reserved byte or two; the Ethernet
 * frame follows (tcpdump print-vxlan.c vxlan_print(), print-otv.c
 * otv_print()).
 */
#include "print.h"

#define OVERLAY_HDRLEN	8
#define FLAG_I		0x08	/* the identifier is valid */

/*
 * The inner frame, on a line of its own (the caller ends the header with
 * the newline): tcpdump's ether_print(), which knows the bytes captured
 * past the header and the length it was told.
 */
static void
inner_frame_print(struct ctx *c, struct span s, unsigned len)
{
	ether_if_print(c, span_rest(s, OVERLAY_HDRLEN), len - OVERLAY_HDRLEN);
}

/*
 * Both print field by field, each fetched just before it is printed, so
 * a short capture ends after the last whole field (tcpdump 4.99.3).
 */
void
vxlan_print(struct ctx *c, struct span s, unsigned len)
{
	struct out *o = c->out;
	uint8_t flags;
	uint32_t vni;

	c->proto = "vxlan";
	out_str(o, "VXLAN");
	if (len < OVERLAY_HDRLEN) {
		print_invalid(c);
		return;
	}
	flags = get_u8(c, s, 0);
	/* the I bit's name, or "invalid" without it (bittok2str_nosep) */
	out_str(o, (flags & FLAG_I) ? ", flags [I] (0x" :
	    ", flags [invalid] (0x");
	out_hex8(o, flags);
	out_str(o, "), ");
	vni = get_be24(c, s, 4);
	out_str(o, "vni ");
	out_u32(o, vni);
	out_char(o, '\n');
	span_need(c, s, 7, 1);		/* the second reserved byte */
	inner_frame_print(c, s, len);
}

void
otv_print(struct ctx *c, struct span s, unsigned len)
{
	struct out *o = c->out;
	uint8_t flags;
	uint32_t id;

	c->proto = "otv";
	out_str(o, "OTV, ");
	if (len < OVERLAY_HDRLEN) {
		out_str(o, "[length ");
		out_u32(o, len);
		out_str(o, " < 8]");
		print_invalid(c);
		span_need(c, s, 0, len);
		return;
	}
	flags = get_u8(c, s, 0);
	out_str(o, (flags & FLAG_I) ? "flags [I] (0x" : "flags [.] (0x");
	out_hex8(o, flags);
	out_str(o, "), ");
	id = get_be24(c, s, 1);
	out_str(o, "overlay ");
	out_u32(o, id);
	out_str(o, ", ");
	id = get_be24(c, s, 4);
	out_str(o, "instance ");
	out_u32(o, id);
	out_char(o, '\n');
	span_need(c, s, 7, 1);		/* the reserved byte */
	inner_frame_print(c, s, len);
}
