/*
 * print-pppoe.c - PPP over Ethernet (RFC 2516), discovery and session
 * stages, as tcpdump 4.99 print-pppoe.c prints them; a session's PPP
 * frame goes to print-ppp.c's ppp_print().
 */
#include "print.h"

#define PPPOE_HDRLEN	6
#define MAXTAGPRINT	80

static const struct tok pppoecode2str[] = {
	{ 0x09, "PADI" },
	{ 0x07, "PADO" },
	{ 0x19, "PADR" },
	{ 0x65, "PADS" },
	{ 0xa7, "PADT" },
	{ 0, "" },		/* session data */
	{ 0, NULL }
};

static const struct tok pppoetag2str[] = {
	{ 0x0000, "EOL" },
	{ 0x0101, "Service-Name" },
	{ 0x0102, "AC-Name" },
	{ 0x0103, "Host-Uniq" },
	{ 0x0104, "AC-Cookie" },
	{ 0x0105, "Vendor-Specific" },
	{ 0x0110, "Relay-Session-ID" },
	{ 0x0120, "PPP-Max-Payload" },
	{ 0x0201, "Service-Name-Error" },
	{ 0x0202, "AC-System-Error" },
	{ 0x0203, "Generic-Error" },
	{ 0, NULL }
};

static void
hex_upper(struct out *o, uint8_t v)
{
	static const char hx[] = "0123456789ABCDEF";
	char t[2] = { hx[v >> 4], hx[v & 15] };

	out_mem(o, t, 2);
}

void
pppoe_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	unsigned ver, type, code, sid, plen;
	const char *name;

	c->proto = "pppoe";
	if (length < PPPOE_HDRLEN) {
		out_str(o, " (length ");
		out_u32(o, length);
		out_str(o, " < 6)");
		print_invalid(c);
		return;
	}
	length -= PPPOE_HDRLEN;
	/* tcpdump's ND_TCHECK here longjmps: -x then dumps the whole frame */
	span_need(c, s, 0, PPPOE_HDRLEN);
	ver = get_u8(c, s, 0) >> 4;
	type = get_u8(c, s, 0) & 0xf;
	code = get_u8(c, s, 1);
	sid = get_be16(c, s, 2);
	plen = get_be16(c, s, 4);
	if (ver != 1) {
		out_str(o, " [ver ");
		out_u32(o, ver);
		out_char(o, ']');
	}
	if (type != 1) {
		out_str(o, " [type ");
		out_u32(o, type);
		out_char(o, ']');
	}
	out_str(o, "PPPoE ");
	name = tok_find(pppoecode2str, code);
	if (name != NULL)
		out_str(o, name);
	else {
		out_str(o, "PAD-");
		out_hex(o, code, 0);
	}
	if (code == 0x09 && plen > 1484 - PPPOE_HDRLEN) {
		out_str(o, " [len ");
		out_u32(o, plen);
		out_str(o, "!]");
	}
	if (plen > length) {
		out_str(o, " [len ");
		out_u32(o, plen);
		out_str(o, " > ");
		out_u32(o, length);
		out_str(o, "!]");
		plen = length;
	}
	if (sid) {
		out_str(o, " [ses 0x");
		out_hex(o, sid, 0);
		out_char(o, ']');
	}
	s = span_rest(s, PPPOE_HDRLEN);
	if (code == 0) {
		/* session data: a PPP frame */
		out_char(o, ' ');
		(void)ppp_print(c, s, plen);
		return;
	}
	/* discovery: tags, each type, length, value (RFC 2516 5) */
	{
		unsigned off = 0, tag = 0xffff;

		while (tag != 0 && off < plen) {
			unsigned tlen;
			const char *tname;

			tag = get_be16(c, s, off);
			tlen = get_be16(c, s, off + 2);
			off += 4;
			tname = tok_find(pppoetag2str, tag);
			/* tcpdump checks the value before printing the tag */
			span_need(c, s, off, tlen);
			out_str(o, " [");
			if (tname != NULL)
				out_str(o, tname);
			else {
				out_str(o, "TAG-0x");
				out_hex(o, tag, 0);
			}
			if (tlen != 0) {
				unsigned ascii = 0, garbage = 0, n;

				n = tlen < MAXTAGPRINT - 1 ? tlen :
				    MAXTAGPRINT - 1;
				for (unsigned i = 0; i < n; i++) {
					uint8_t ch = s.p[off + i];
					if (ch >= 0x20 && ch <= 0x7e)
						ascii++;
					else
						garbage++;
				}
				if (ascii > garbage) {
					out_str(o, " \"");
					for (unsigned i = 0; i < n; i++) {
						uint8_t ch = s.p[off + i];
						out_char(o, ch >= 0x20 &&
						    ch <= 0x7e ? (char)ch : '.');
					}
					out_char(o, '"');
				} else {
					out_str(o, " 0x");
					for (unsigned i = 0; i < tlen; i++)
						hex_upper(o, s.p[off + i]);
				}
			}
			out_char(o, ']');
			off += tlen;
		}
	}
}
