/*
 * print-wb.c - the LBL whiteboard "wb" (no RFC; McCanne's SRM framework,
 * SIGCOMM '95), UDP destination port 4567 (tcpdump print-wb.c wb_print()).
 * All fields are big-endian 32-bit words unless noted.
 */
#include "print.h"

#define WB_HDRLEN	12	/* source, time stamp, version, type, flags */
#define PAGEID_LEN	8	/* session id (an IPv4 address), page */
#define DOP_LEN		16	/* a page, start and end sequence numbers */
#define DOPHDR_LEN	8	/* time stamp, body length, flags, type */
#define PGSTATE_LEN	16	/* slot, page, nid (16 bits), reserved */
#define ID_LEN		(4 + PAGEID_LEN + PGSTATE_LEN)

enum { PT_DRAWOP = 0, PT_ID, PT_RREQ, PT_RREP, PT_KILL, PT_PREQ,
    PT_PREP = 7 };
enum { DT_SKIP = 14, DT_HOLE = 15 };

static const struct tok dop_names[] = {
	{ 2, "RECT" }, { 3, "LINE" }, { 4, "ML" }, { 5, "DEL" },
	{ 6, "XFORM" }, { 7, "ELL" }, { 8, "CHAR" }, { 9, "STR" },
	{ 10, "NOP" }, { 11, "PSCODE" }, { 12, "PSCOMP" }, { 13, "REF" },
	{ DT_SKIP, "SKIP" }, { DT_HOLE, "HOLE" },
	{ 0, NULL },
};

/* "sid:uid" of the page at off. */
static void
page_print(struct ctx *c, struct span s, size_t off)
{
	ipaddr_print(c, get_bytes(c, s, off, 4));
	out_char(c->out, ':');
	out_u32(c->out, get_be32(c, s, off + 4));
}

/* tcpdump's nd_printjnp(): up to n bytes or a NUL, made printable. */
static void
printjnp(struct ctx *c, struct span s, size_t off, size_t n)
{
	struct out *o = c->out;

	for (size_t i = 0; i < n; i++) {
		uint8_t ch = get_u8(c, s, off + i);

		if (ch == '\0')
			break;
		if (ch & 0x80) {
			out_str(o, "M-");
			ch &= 0x7f;
		}
		if (ch < 0x20 || ch == 0x7f) {
			out_char(o, '^');
			out_char(o, (char)(ch ^ 0x40));
		} else
			out_char(o, (char)ch);
	}
}

static int
wb_id(struct ctx *c, struct span s, unsigned len)
{
	struct out *o = c->out;
	unsigned nid;
	size_t off;
	char sep = '<';

	out_str(o, " wb-id:");
	if (len < ID_LEN)
		return -1;
	len -= ID_LEN;
	/* the fields of the line are all read before it is printed */
	span_need(c, s, 0, 24);
	out_char(o, ' ');
	out_u32(o, get_be32(c, s, 12));		/* the page state's slot */
	out_char(o, '/');
	page_print(c, s, 16);
	out_str(o, " (max ");
	out_u32(o, get_be32(c, s, 0));
	out_char(o, '/');
	page_print(c, s, 4);
	out_str(o, ") ");
	span_need(c, s, 0, ID_LEN);
	nid = get_be16(c, s, 24);
	if (len < 8u * nid)
		return -1;
	len -= 8u * nid;
	off = ID_LEN;
	for (unsigned i = 0; i < nid; i++, off += 8) {
		span_need(c, s, off, 8);
		out_char(o, sep);
		ipaddr_print(c, s.p + off);
		out_char(o, ':');
		out_u32(o, get_be32(c, s, off + 4));
		sep = ',';
	}
	out_str(o, "> \"");
	printjnp(c, s, off, len);
	out_char(o, '"');
	return 0;
}

static int
wb_rreq(struct ctx *c, struct span s, unsigned len)
{
	struct out *o = c->out;

	out_str(o, " wb-rreq:");
	if (len < 20)
		return -1;
	span_need(c, s, 0, 20);
	out_str(o, " please repair ");
	ipaddr_print(c, s.p);
	out_char(o, ' ');
	page_print(c, s, 4);
	out_char(o, '<');
	out_u32(o, get_be32(c, s, 12));
	out_char(o, ':');
	out_u32(o, get_be32(c, s, 16));
	out_char(o, '>');
	return 0;
}

static int
wb_preq(struct ctx *c, struct span s, unsigned len)
{
	struct out *o = c->out;

	out_str(o, " wb-preq:");
	if (len < 16)
		return -1;
	span_need(c, s, 0, 12);
	out_str(o, " need ");
	out_u32(o, get_be32(c, s, 8));
	out_char(o, '/');
	page_print(c, s, 0);
	span_need(c, s, 0, 16);
	return 0;
}

static int
wb_prep(struct ctx *c, struct span s, unsigned len)
{
	struct out *o = c->out;
	uint32_t n;
	size_t off = 4;

	out_str(o, " wb-prep:");
	if (len < 4)
		return -1;
	for (n = get_be32(c, s, 0); n != 0; n--) {
		unsigned nio;
		char sep = '<';

		span_need(c, s, off, 12);
		out_char(o, ' ');
		out_u32(o, get_be32(c, s, off));
		out_char(o, '/');
		page_print(c, s, off + 4);
		span_need(c, s, off, PGSTATE_LEN);
		/* tcpdump reads one byte of the 16-bit count: the high one */
		nio = s.p[off + 12];
		off += PGSTATE_LEN;
		for (unsigned i = 0; i < nio; i++, off += 8) {
			span_need(c, s, off, 8);
			out_char(o, sep);
			ipaddr_print(c, s.p + off);
			out_char(o, ':');
			out_u32(o, get_be32(c, s, off + 4));
			sep = ',';
		}
		out_char(o, '>');
	}
	return 0;
}

/* The drawing operations after the page at dop, sequence ss to es. */
static void
wb_dops(struct ctx *c, struct span s, size_t dop, uint32_t ss, uint32_t es)
{
	struct out *o = c->out;
	size_t dh = dop + DOP_LEN;

	out_str(o, " <");
	/*
	 * with es = 0xffffffff this only ends when the capture does, as in
	 * tcpdump: every op moves dh on by 8 bytes or more
	 */
	for (; ss <= es; ++ss) {
		unsigned t = get_u8(c, s, dh + 7);
		const char *name = tok_find(dop_names, t);

		out_char(o, ' ');
		if (name != NULL)
			out_str(o, name);
		else {
			out_str(o, "dop-");
			out_u32(o, t);
			out_char(o, '!');
		}
		if (t == DT_SKIP || t == DT_HOLE) {
			uint32_t ts = get_be32(c, s, dh);

			out_u32(o, ts - ss + 1);
			if (ss > ts || ts > es) {
				out_str(o, "[|]");
				if (ts < ss)
					return;
			}
			ss = ts;
		}
		/* the next op starts on a 4-byte boundary */
		dh += ((size_t)get_be16(c, s, dh + 4) + DOPHDR_LEN + 3) &
		    ~(size_t)3;
	}
	out_str(o, " >");
}

static int
wb_rrep(struct ctx *c, struct span s, unsigned len)
{
	struct out *o = c->out;

	out_str(o, " wb-rrep:");
	if (len < 4 + DOP_LEN)
		return -1;
	span_need(c, s, 0, 4 + DOP_LEN);
	out_str(o, " for ");
	ipaddr_print(c, s.p);
	out_char(o, ' ');
	page_print(c, s, 4);
	out_char(o, '<');
	out_u32(o, get_be32(c, s, 12));
	out_char(o, ':');
	out_u32(o, get_be32(c, s, 16));
	out_char(o, '>');
	if (c->opt.vflag)
		wb_dops(c, s, 4, get_be32(c, s, 12), get_be32(c, s, 16));
	return 0;
}

static int
wb_drawop(struct ctx *c, struct span s, unsigned len)
{
	struct out *o = c->out;

	out_str(o, " wb-dop:");
	if (len < DOP_LEN)
		return -1;
	span_need(c, s, 0, DOP_LEN);
	out_char(o, ' ');
	page_print(c, s, 0);
	out_char(o, '<');
	out_u32(o, get_be32(c, s, 8));
	out_char(o, ':');
	out_u32(o, get_be32(c, s, 12));
	out_char(o, '>');
	if (c->opt.vflag)
		wb_dops(c, s, 0, get_be32(c, s, 8), get_be32(c, s, 12));
	return 0;
}

void
wb_print(struct ctx *c, struct span s, unsigned len)
{
	struct out *o = c->out;
	struct span body;
	unsigned type;
	int r;

	c->proto = "wb";
	if (len < WB_HDRLEN) {
		print_invalid(c);
		return;
	}
	span_need(c, s, 0, WB_HDRLEN);
	len -= WB_HDRLEN;
	if (s.p[11] != 0)
		out_char(o, '*');
	type = s.p[10];
	body = span_rest(s, WB_HDRLEN);
	switch (type) {
	case PT_KILL:
		out_str(o, " wb-kill");
		return;
	case PT_ID:
		r = wb_id(c, body, len);
		break;
	case PT_RREQ:
		r = wb_rreq(c, body, len);
		break;
	case PT_RREP:
		r = wb_rrep(c, body, len);
		break;
	case PT_DRAWOP:
		r = wb_drawop(c, body, len);
		break;
	case PT_PREQ:
		r = wb_preq(c, body, len);
		break;
	case PT_PREP:
		r = wb_prep(c, body, len);
		break;
	default:
		out_str(o, " wb-");
		out_u32(o, type);
		out_char(o, '!');
		r = -1;
		break;
	}
	if (r < 0)
		print_invalid(c);
}
