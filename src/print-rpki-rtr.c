/*
 * print-rpki-rtr.c - the RPKI to Router protocol (RFC 6810), TCP port 323
 * (tcpdump print-rpki-rtr.c rpki_rtr_print()).  Without -v tcpdump only
 * names it, after tcp_print()'s "length N": ", RPKI-RTR".
 */
#include "print.h"

#define PDU_HDRLEN	8

enum {
	SERIAL_NOTIFY = 0, SERIAL_QUERY = 1, RESET_QUERY = 2,
	CACHE_RESPONSE = 3, IPV4_PREFIX = 4, IPV6_PREFIX = 6,
	END_OF_DATA = 7, CACHE_RESET = 8, ERROR_REPORT = 10,
};

static const struct tok pdu_names[] = {
	{ SERIAL_NOTIFY, "Serial Notify" },
	{ SERIAL_QUERY, "Serial Query" },
	{ RESET_QUERY, "Reset Query" },
	{ CACHE_RESPONSE, "Cache Response" },
	{ IPV4_PREFIX, "IPV4 Prefix" },
	{ IPV6_PREFIX, "IPV6 Prefix" },
	{ END_OF_DATA, "End of Data" },
	{ CACHE_RESET, "Cache Reset" },
	{ ERROR_REPORT, "Error Report" },
	{ 0, NULL },
};

static const struct tok error_codes[] = {
	{ 0, "Corrupt Data" },
	{ 1, "Internal Error" },
	{ 2, "No Data Available" },
	{ 3, "Invalid Request" },
	{ 4, "Unsupported Protocol Version" },
	{ 5, "Unsupported PDU Type" },
	{ 6, "Withdrawal of Unknown Record" },
	{ 7, "Duplicate Announcement Received" },
	{ 0, NULL },
};

/* tcpdump's indent_string(): a newline, a tab per 8, a space per rest. */
static void
indent(struct out *o, unsigned n)
{
	out_char(o, '\n');
	for (; n >= 8; n -= 8)
		out_char(o, '\t');
	for (; n != 0; n--)
		out_char(o, ' ');
}

static void
name_or(struct out *o, const struct tok *t, unsigned v)
{
	const char *s = tok_find(t, v);

	out_str(o, s != NULL ? s : "Unknown");
}

/* tcpdump's nd_printjn(): n bytes, made printable. */
static void
printjn(struct ctx *c, struct span s, size_t off, size_t n)
{
	struct out *o = c->out;

	for (size_t i = 0; i < n; i++) {
		uint8_t ch = get_u8(c, s, off + i);

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

/* tcpdump's print_unknown_data() with the indent "\n\t  ". */
static void
unknown_data(struct out *o, struct span s, size_t len)
{
	size_t have = span_avail(s, 0);

	if (len > have)
		len = have;
	for (size_t i = 0; i < len; i++) {
		if (i % 16 == 0) {
			out_str(o, "\n\t  0x");
			out_hex(o, i, 4);
			out_str(o, ": ");
		}
		if (i % 2 == 0)
			out_char(o, ' ');
		out_hex8(o, s.p[i]);
	}
}

static unsigned pdu_print(struct ctx *, struct span, unsigned len,
    int recurse, unsigned ind);

/* tcpdump's "invalid" exit: the mark, then the whole rest must be there. */
static unsigned
pdu_invalid(struct ctx *c, struct span s, unsigned len)
{
	print_invalid(c);
	span_need(c, s, 0, len);
	return len;
}

static unsigned
error_report(struct ctx *c, struct span s, unsigned pdu_len, int recurse,
    unsigned ind)
{
	struct out *o = c->out;
	unsigned tlen = PDU_HDRLEN, enc_len, text_len, code;

	if (pdu_len < tlen + 4)
		return 0;
	enc_len = get_be32(c, s, PDU_HDRLEN);
	tlen += 4;
	code = get_be16(c, s, 2);
	indent(o, ind + 2);
	out_str(o, "Error code: ");
	name_or(o, error_codes, code);
	out_str(o, " (");
	out_u32(o, code);
	out_str(o, "), Encapsulated PDU length: ");
	out_u32(o, enc_len);
	if (enc_len != 0) {
		/* decode only the two outermost layers, as tcpdump does */
		if (pdu_len < tlen + enc_len)
			return 0;
		if (!recurse)
			span_need(c, s, 0, tlen + enc_len);
		else {
			indent(o, ind + 4);
			out_str(o, "-----encapsulated PDU-----");
			pdu_print(c, span_rest(s, tlen), enc_len, 0, ind + 2);
		}
		tlen += enc_len;
	}
	if (pdu_len < tlen + 4)
		return 0;
	text_len = get_be32(c, s, tlen);
	tlen += 4;
	if (text_len != 0) {
		if (pdu_len < tlen + text_len)
			return 0;
		indent(o, ind + 2);
		out_str(o, "Error text: ");
		printjn(c, s, tlen, text_len);
	}
	return 1;
}

static unsigned
pdu_print(struct ctx *c, struct span s, unsigned len, int recurse,
    unsigned ind)
{
	struct out *o = c->out;
	unsigned ver, type, pdu_len;
	int hexdump = 0;

	if (len < PDU_HDRLEN) {
		out_char(o, '(');
		out_u32(o, len);
		out_str(o, " bytes is too few to decode)");
		return pdu_invalid(c, s, len);
	}
	ver = get_u8(c, s, 0);
	if (ver != 0) {
		/* no way to find the next PDU of an unknown version */
		indent(o, 8);
		out_str(o, "RPKI-RTRv");
		out_u32(o, ver);
		out_str(o, " (unknown)");
		return len;
	}
	type = get_u8(c, s, 1);
	pdu_len = get_be32(c, s, 4);
	indent(o, 8);
	out_str(o, "RPKI-RTRv0, ");
	name_or(o, pdu_names, type);
	out_str(o, " PDU (");
	out_u32(o, type);
	out_str(o, "), length: ");
	out_u32(o, pdu_len);
	if (pdu_len < PDU_HDRLEN || pdu_len > len)
		return pdu_invalid(c, s, len);

	switch (type) {
	case SERIAL_NOTIFY:
	case SERIAL_QUERY:
	case END_OF_DATA:
		if (pdu_len != PDU_HDRLEN + 4)
			return pdu_invalid(c, s, len);
		/* tcpdump reads every field before it prints the line */
		span_need(c, s, 0, pdu_len);
		indent(o, ind + 2);
		out_str(o, "Session ID: 0x");
		out_hex(o, get_be16(c, s, 2), 4);
		out_str(o, ", Serial: ");
		out_u32(o, get_be32(c, s, PDU_HDRLEN));
		break;
	case RESET_QUERY:
	case CACHE_RESET:
		if (pdu_len != PDU_HDRLEN)
			return pdu_invalid(c, s, len);
		break;
	case CACHE_RESPONSE:
		if (pdu_len != PDU_HDRLEN)
			return pdu_invalid(c, s, len);
		span_need(c, s, 2, 2);
		indent(o, ind + 2);
		out_str(o, "Session ID: 0x");
		out_hex(o, get_be16(c, s, 2), 4);
		break;
	case IPV4_PREFIX:
	case IPV6_PREFIX: {
		unsigned alen = type == IPV4_PREFIX ? 4 : 16;

		if (pdu_len != PDU_HDRLEN + 4 + alen + 4)
			return pdu_invalid(c, s, len);
		span_need(c, s, 0, pdu_len);
		indent(o, ind + 2);
		out_str(o, type == IPV4_PREFIX ? "IPv4 Prefix " :
		    "IPv6 Prefix ");
		if (alen == 4)
			ipaddr_print(c, get_bytes(c, s, 12, 4));
		else
			ip6addr_print(c, get_bytes(c, s, 12, 16));
		out_char(o, '/');
		out_u32(o, get_u8(c, s, 9));
		out_char(o, '-');
		out_u32(o, get_u8(c, s, 10));
		out_str(o, ", origin-as ");
		out_u32(o, get_be32(c, s, 12 + alen));
		out_str(o, ", flags 0x");
		out_hex(o, get_u8(c, s, 8), 2);
		break;
	}
	case ERROR_REPORT:
		if (!error_report(c, s, pdu_len, recurse, ind))
			return pdu_invalid(c, s, len);
		break;
	default:
		span_need(c, s, 0, pdu_len);
		hexdump = 1;
		break;
	}
	if (c->opt.vflag > 1 || (c->opt.vflag && hexdump))
		unknown_data(o, s, pdu_len);
	return pdu_len;
}

void
rpki_rtr_print(struct ctx *c, struct span s, unsigned len)
{
	c->proto = "rpki_rtr";
	if (!c->opt.vflag) {
		out_str(c->out, ", RPKI-RTR");
		return;
	}
	while (len != 0) {
		unsigned n = pdu_print(c, s, len, 1, 8);

		len -= n;
		s = span_rest(s, n);
	}
}
