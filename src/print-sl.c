/*
 * print-sl.c - SLIP (RFC 1055) as BPF captures it: a 16-byte pseudo
 * header (direction, then the first 15 bytes of the link-level header,
 * which for Van Jacobson compressed TCP, RFC 1144, is the compressed
 * header) before the IP datagram.  As tcpdump 4.99.3 print-sl.c
 * sl_if_print() (DLT_SLIP) and sl_bsdos_if_print() (DLT_SLIP_BSDOS).
 *
 * tcpdump keeps the last connection number and the data length per
 * direction and connection across packets (its static lastconn and
 * lastlen[][]); pcapcat has no slot for them in struct ctx, so every
 * packet starts from tcpdump's initial values (connection 255, lengths
 * 0), which is what tcpdump prints for a capture's first SLIP packet.
 */
#include "print.h"

#define SLIP_HDRLEN	16
#define SLX_DIR		0	/* 0 in, 1 out */
#define SLX_CHDR	1	/* the compressed header copy */

/* RFC 1144 packet types (the high nibble of the first header byte) */
#define TYPE_IP			0x40
#define TYPE_UNCOMPRESSED_TCP	0x70
#define TYPE_COMPRESSED_TCP	0x80

/* RFC 1144 change mask bits */
#define NEW_C		0x40
#define NEW_I		0x20
#define NEW_S		0x08
#define NEW_A		0x04
#define NEW_W		0x02
#define NEW_U		0x01
#define SPECIALS_MASK	(NEW_S | NEW_A | NEW_W | NEW_U)
#define SPECIAL_I	(NEW_S | NEW_W | NEW_U)		/* echoed interactive */
#define SPECIAL_D	(NEW_S | NEW_A | NEW_W | NEW_U)	/* unidirectional data */

#define IP_MINLEN	20	/* sizeof(struct ip), which tcpdump checks */
#define TCP_MINLEN	20

/*
 * The IP plus TCP header length in 32-bit words, each header checked
 * for its fixed size first as tcpdump's ND_TCHECK_SIZE() does.
 */
static unsigned
iptcp_words(struct ctx *c, struct span ip)
{
	unsigned hl;

	span_need(c, ip, 0, IP_MINLEN);
	hl = get_u8(c, ip, 0) & 0x0f;
	span_need(c, ip, (size_t)hl * 4, TCP_MINLEN);
	return hl + (get_u8(c, ip, (size_t)hl * 4 + 12) >> 4);
}

/* A changed field: one byte, or a zero then two bytes (RFC 1144). */
static size_t
sl_change(struct ctx *c, struct span h, size_t off, const char *what)
{
	unsigned v = get_u8(c, h, off++);

	if (v == 0) {
		v = get_be16(c, h, off);
		off += 2;
	}
	out_char(c->out, ' ');
	out_str(c->out, what);
	out_u32(c->out, v);
	return off;
}

/* The window change is signed: " W+n" or " W-n". */
static size_t
sl_winchange(struct ctx *c, struct span h, size_t off)
{
	int v = get_u8(c, h, off++);

	if (v == 0) {
		v = (int16_t)get_be16(c, h, off);
		off += 2;
	}
	out_str(c->out, v >= 0 ? " W+" : " W");
	out_i64(c->out, v);
	return off;
}

static void
compressed_sl_print(struct ctx *c, struct span h, struct span ip,
    unsigned length)
{
	struct out *o = c->out;
	unsigned flags, conn = 255, last = 0;
	size_t off = 0;

	flags = get_u8(c, h, off++);
	if (flags & NEW_C) {
		conn = get_u8(c, h, off++);
		out_str(o, "ctcp ");
		out_u32(o, conn);
	} else
		out_str(o, "ctcp *");
	off += 2;	/* the TCP checksum */
	switch (flags & SPECIALS_MASK) {
	case SPECIAL_I:
		out_str(o, " *SA+");
		out_u32(o, last);
		break;
	case SPECIAL_D:
		out_str(o, " *S+");
		out_u32(o, last);
		break;
	default:
		if (flags & NEW_U)
			off = sl_change(c, h, off, "U=");
		if (flags & NEW_W)
			off = sl_winchange(c, h, off);
		if (flags & NEW_A)
			off = sl_change(c, h, off, "A+");
		if (flags & NEW_S)
			off = sl_change(c, h, off, "S+");
		break;
	}
	if (flags & NEW_I)
		off = sl_change(c, h, off, "I+");
	/* the data length: what the uncompressed headers leave (wraps) */
	last = length - (iptcp_words(c, ip) << 2);
	out_char(o, ' ');
	out_u32(o, last);
	out_str(o, " (");
	out_u32(o, (uint32_t)off);
	out_char(o, ')');
}

/* -e: the direction and what the pseudo header says of the packet. */
static void
sliplink_print(struct ctx *c, struct span s, struct span ip, unsigned length)
{
	struct out *o = c->out;
	unsigned dir = get_u8(c, s, SLX_DIR), type;

	switch (dir) {
	case 0:
		out_str(o, "I ");
		break;
	case 1:
		out_str(o, "O ");
		break;
	default:
		out_str(o, "Invalid direction ");
		out_u32(o, dir);
		out_char(o, ' ');
		dir = 2;	/* bogus: tcpdump stops here for TCP */
		break;
	}
	type = get_u8(c, s, SLX_CHDR);
	switch (type & 0xf0) {
	case TYPE_IP:
		out_str(o, "ip ");
		out_u32(o, length + SLIP_HDRLEN);
		out_str(o, ": ");
		break;
	case TYPE_UNCOMPRESSED_TCP:
		/* the connection number travels in the IP protocol field */
		out_str(o, "utcp ");
		out_u32(o, get_u8(c, s, SLX_CHDR + 9));
		out_str(o, ": ");
		if (dir < 2)
			(void)iptcp_words(c, ip);	/* tcpdump's lastlen */
		break;
	default:
		if (dir == 2)
			break;
		if (type & TYPE_COMPRESSED_TCP) {
			compressed_sl_print(c, span_rest(s, SLX_CHDR), ip,
			    length);
			out_str(o, ": ");
		} else {
			out_str(o, "slip-");
			out_u32(o, type);
			out_str(o, "!: ");
		}
		break;
	}
}

unsigned
sl_if_print(struct ctx *c, struct span s, unsigned length)
{
	struct span ip;
	unsigned v;

	c->proto = "slip";
	span_need(c, s, 0, SLIP_HDRLEN);
	length -= SLIP_HDRLEN;
	ip = span_rest(s, SLIP_HDRLEN);
	if (c->opt.eflag)
		sliplink_print(c, s, ip, length);
	v = get_u8(c, ip, 0) >> 4;
	switch (v) {
	case 4:
		ip_print(c, ip, length);
		break;
	case 6:
		ip6_print(c, ip, length);
		break;
	default:
		out_str(c->out, "ip v");
		out_u32(c->out, v);
		break;
	}
	return SLIP_HDRLEN;
}

/* BSD/OS SLIP: tcpdump prints no link header (its -e code is #ifdef'd out). */
unsigned
sl_bsdos_if_print(struct ctx *c, struct span s, unsigned length)
{
	c->proto = "slip_bsdos";
	span_need(c, s, 0, SLIP_HDRLEN);
	ip_print(c, span_rest(s, SLIP_HDRLEN), length - SLIP_HDRLEN);
	return SLIP_HDRLEN;
}
