/*
 * print-loopback.c - the Ethernet Configuration Testing Protocol,
 * ethertype 0x9000 ("Loopback"; DEC/Intel/Xerox Ethernet spec v2.0
 * section 8, archived at web.archive.org .../people/jhawk/ctp.pdf).
 * A little-endian skip count, then messages: a function code and its
 * fields (tcpdump print-loopback.c loopback_print()).
 */
#include "print.h"

#define LOOPBACK_REPLY		1
#define LOOPBACK_FWDDATA	2
#define MAC_LEN			6

static const struct tok function_names[] = {
	{ LOOPBACK_REPLY, "Reply" },
	{ LOOPBACK_FWDDATA, "Forward Data" },
	{ 0, NULL }
};

/*
 * tcpdump's ND_TCHECK_LEN after " (invalid)" or the data: the rest of the
 * message must have been captured, or the packet ends in " [|loopback]".
 */
static void
rest_print(struct ctx *c, struct span s, size_t off, unsigned len)
{
	span_need(c, s, off, len);
}

/* The first message after the skipped bytes. */
static void
message_print(struct ctx *c, struct span s, unsigned len)
{
	struct out *o = c->out;
	uint16_t function, receipt;
	const uint8_t *mac;
	const char *name;

	if (len < 2)
		goto invalid;
	function = get_le16(c, s, 0);
	len -= 2;
	name = tok_find(function_names, function);
	out_str(o, ", ");
	if (name != NULL)
		out_str(o, name);
	else {
		out_str(o, " invalid (");
		out_u32(o, function);
		out_char(o, ')');
	}
	switch (function) {
	case LOOPBACK_REPLY:
		if (len < 2)
			goto invalid_at2;
		/* fetched before printing: tcpdump's ND_PRINT does so */
		receipt = get_le16(c, s, 2);
		out_str(o, ", receipt number ");
		out_u32(o, receipt);
		len -= 2;
		out_str(o, ", data (");
		out_u32(o, len);
		out_str(o, " octets)");
		rest_print(c, s, 4, len);
		return;
	case LOOPBACK_FWDDATA:
		if (len < MAC_LEN)
			goto invalid_at2;
		mac = get_bytes(c, s, 2, MAC_LEN);
		out_str(o, ", forwarding address ");
		etheraddr_print(c, mac);
		len -= MAC_LEN;
		out_str(o, ", data (");
		out_u32(o, len);
		out_str(o, " octets)");
		rest_print(c, s, 2 + MAC_LEN, len);
		return;
	default:
		rest_print(c, s, 2, len);
		return;
	}
invalid:
	print_invalid(c);
	rest_print(c, s, 0, len);
	return;
invalid_at2:
	print_invalid(c);
	rest_print(c, s, 2, len);
}

void
loopback_print(struct ctx *c, struct span s, unsigned len)
{
	struct out *o = c->out;
	uint16_t skip;

	c->proto = "loopback";
	out_str(o, "Loopback");
	if (len < 2) {
		print_invalid(c);
		rest_print(c, s, 0, len);
		return;
	}
	skip = get_le16(c, s, 0);
	len -= 2;
	out_str(o, ", skipCount ");
	out_u32(o, skip);
	/* the count should be a multiple of 8, the size of a message */
	if (skip % 8)
		out_str(o, " (bogus)");
	if (skip > len) {
		print_invalid(c);
		rest_print(c, s, 2, len);
		return;
	}
	span_need(c, s, 2, skip);
	message_print(c, span_rest(s, 2 + (size_t)skip), len - skip);
}
