/*
 * print-tftp.c - the Trivial File Transfer Protocol (RFC 1350, options
 * RFC 2347), as tcpdump 4.99.3 print-tftp.c prints it: the opcode, then
 * the file name and mode, the options, the block number or the error.
 */
#include "print.h"

#define RRQ		1
#define WRQ		2
#define DATA		3
#define ACK		4
#define TFTP_ERROR	5
#define OACK		6

static const struct tok op2str[] = {
	{ RRQ, "RRQ" },
	{ WRQ, "WRQ" },
	{ DATA, "DATA" },
	{ ACK, "ACK" },
	{ TFTP_ERROR, "ERROR" },
	{ OACK, "OACK" },
	{ 0, NULL },
};

static const struct tok err2str[] = {
	{ 0, "EUNDEF" },
	{ 1, "ENOTFOUND" },
	{ 2, "EACCESS" },
	{ 3, "ENOSPACE" },
	{ 4, "EBADOP" },
	{ 5, "EBADID" },
	{ 6, "EEXISTS" },
	{ 7, "ENOUSER" },
	{ 0, NULL },
};

/*
 * tcpdump's nd_printztn(): a NUL-terminated string of at most n bytes;
 * the bytes used with the NUL, or 0 when no NUL came before n bytes or the
 * capture's end.
 */
static size_t
print_ztn(struct ctx *c, struct span s, size_t off, size_t n)
{
	size_t used = 0;

	for (;;) {
		uint8_t ch;

		if (n == 0 || !span_has(s, off, 1))
			return 0;
		ch = s.p[off++];
		used++;
		n--;
		if (ch == '\0')
			return used;
		out_safe_char(c->out, ch);
	}
}

/*
 * NUL-terminated strings up to len, a blank before each non-empty one
 * (RFC 2347 options, name and value alike); 0 when one is cut off.
 */
static int
options_print(struct ctx *c, struct span s, size_t off, unsigned len)
{
	while (len != 0) {
		size_t used;

		if (get_u8(c, s, off) != '\0')
			out_char(c->out, ' ');
		if ((used = print_ztn(c, s, off, len)) == 0)
			return 0;
		off += used;
		len -= (unsigned)used;
	}
	return 1;
}

void
tftp_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	unsigned opcode, v;
	size_t off = 2, used;
	const char *name;

	c->proto = "tftp";
	out_str(o, "TFTP, length ");
	out_u32(o, length);
	if (length < 2)
		goto trunc;
	opcode = get_be16(c, s, 0);
	out_str(o, ", ");
	if ((name = tok_find(op2str, opcode)) == NULL) {
		out_str(o, "tftp-#");
		out_u32(o, opcode);
		return;		/* a bogus opcode ends the line */
	}
	out_str(o, name);
	length -= 2;

	switch (opcode) {
	case RRQ:
	case WRQ:
		if (length == 0)
			goto trunc;
		out_str(o, " \"");
		used = print_ztn(c, s, off, length);
		out_char(o, '"');
		if (used == 0)
			goto trunc;
		off += used;
		length -= (unsigned)used;
		/* the mode */
		if (length == 0)
			goto trunc;
		out_char(o, ' ');
		if ((used = print_ztn(c, s, off, length)) == 0)
			goto trunc;
		off += used;
		length -= (unsigned)used;
		if (!options_print(c, s, off, length))
			goto trunc;
		break;
	case OACK:
		if (!options_print(c, s, off, length))
			goto trunc;
		break;
	case ACK:
	case DATA:
		if (length < 2)
			goto trunc;	/* no block number */
		v = get_be16(c, s, off);
		out_str(o, " block ");
		out_u32(o, v);
		break;
	case TFTP_ERROR:
		if (length < 2)
			goto trunc;	/* no error code */
		v = get_be16(c, s, off);
		out_char(o, ' ');
		if ((name = tok_find(err2str, v)) != NULL)
			out_str(o, name);
		else {
			/* tcpdump's format opens a quote it never closes */
			out_str(o, "tftp-err-#");
			out_u32(o, v);
			out_str(o, " \"");
		}
		off += 2;
		length -= 2;
		if (length == 0)
			goto trunc;	/* no error message */
		out_str(o, " \"");
		used = print_ztn(c, s, off, length);
		out_char(o, '"');
		if (used == 0)
			goto trunc;
		break;
	}
	return;
trunc:
	print_trunc(c);
}
