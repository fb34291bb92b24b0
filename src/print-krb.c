/*
 * print-krb.c - Kerberos over UDP 88 and 750, as tcpdump 4.99.3
 * print-krb.c krb_print() prints it: the protocol version, and for
 * version 4 (Athena Technical Plan E.2.1, appendix I) the byte order, the
 * message type and the principal names; version 5 (RFC 4120, ASN.1) is
 * only named "v5".
 *
 * The names are NUL-terminated strings read up to the end of the capture:
 * one that runs into it prints " [|krb]" and ends the Kerberos output
 * without ending the packet (tcpdump's local trunc label).
 */
#include "print.h"

/* the message type, without the byte-order bit */
#define AUTH_MSG_KDC_REQUEST	(1 << 1)
#define AUTH_MSG_KDC_REPLY	(2 << 1)
#define AUTH_MSG_APPL_REQUEST	(3 << 1)
#define AUTH_MSG_ERR_REPLY	(5 << 1)

static const struct tok krb4_types[] = {
	{ 1 << 1, "KDC_REQUEST" },
	{ 2 << 1, "KDC_REPLY" },
	{ 3 << 1, "APPL_REQUEST" },
	{ 4 << 1, "APPL_REQUEST_MUTUAL" },
	{ 5 << 1, "ERR_REPLY" },
	{ 6 << 1, "PRIVATE" },
	{ 7 << 1, "SAFE" },
	{ 8 << 1, "APPL_ERR" },
	{ 63 << 1, "DIE" },
	{ 0, NULL }
};

static const struct tok krb4_errors[] = {
	{ 0, "OK" },
	{ 1, "NAME_EXP" },
	{ 2, "SERVICE_EXP" },
	{ 3, "AUTH_EXP" },
	{ 4, "PKT_VER" },
	{ 5, "NAME_MAST_KEY_VER" },
	{ 6, "SERV_MAST_KEY_VER" },
	{ 7, "BYTE_ORDER" },
	{ 8, "PRINCIPAL_UNKNOWN" },
	{ 9, "PRINCIPAL_NOT_UNIQUE" },
	{ 10, "NULL_KEY" },
	{ 0, NULL }
};

/* tcpdump's tok2str() with a NULL format: the name or "#N". */
static void
tok_hash(struct out *o, const struct tok *t, unsigned v)
{
	const char *s = tok_find(t, v);

	if (s != NULL)
		out_str(o, s);
	else {
		out_char(o, '#');
		out_u32(o, v);
	}
}

/*
 * A NUL-terminated string at *off: the offset after its NUL, or 0 when
 * the capture ends first (tcpdump's c_print() returning NULL).
 */
static int
c_print(struct ctx *c, struct span s, size_t *off)
{
	while (span_has(s, *off, 1)) {
		uint8_t ch = s.p[(*off)++];
		if (ch == '\0')
			return 1;
		out_safe_char(c->out, ch);
	}
	return 0;
}

/* name.instance@realm after the two header bytes */
static int
krb4_print_hdr(struct ctx *c, struct span s, size_t *off)
{
	*off = 2;
	if (!c_print(c, s, off))
		return 0;
	out_char(c->out, '.');
	if (!c_print(c, s, off))
		return 0;
	out_char(c->out, '@');
	return c_print(c, s, off);
}

static uint16_t
krb_u16(struct ctx *c, struct span s, size_t off, int le)
{
	return le ? get_le16(c, s, off) : get_be16(c, s, off);
}

static void
krb4_print(struct ctx *c, struct span s)
{
	struct out *o = c->out;
	uint8_t tb = get_u8(c, s, 1);
	unsigned type = tb & 0xfe;
	int le = tb & 1;
	size_t off = 0;
	unsigned ttl;	/* a value read before it is printed */

	out_str(o, le ? " le " : " be ");
	tok_hash(o, krb4_types, type);
	out_str(o, ": ");
	switch (type) {
	case AUTH_MSG_KDC_REQUEST:
		if (!krb4_print_hdr(c, s, &off))
			goto trunc;
		off += 4;	/* ctime */
		ttl = get_u8(c, s, off);
		out_char(o, ' ');
		out_u32(o, ttl * 5u);
		out_str(o, "min ");
		off++;
		if (!c_print(c, s, &off))
			goto trunc;
		out_char(o, '.');
		if (!c_print(c, s, &off))
			goto trunc;
		break;
	case AUTH_MSG_APPL_REQUEST:
		/* each value is read before its text, as ND_PRINT does */
		ttl = get_u8(c, s, 2);
		off = 3;
		out_char(o, 'v');
		out_u32(o, ttl);
		out_char(o, ' ');
		if (!c_print(c, s, &off))
			goto trunc;
		ttl = get_u8(c, s, off++);
		out_str(o, " (");
		out_u32(o, ttl);
		ttl = get_u8(c, s, off);
		out_str(o, ") (");
		out_u32(o, ttl);
		out_char(o, ')');
		break;
	case AUTH_MSG_KDC_REPLY:
		if (!krb4_print_hdr(c, s, &off))
			goto trunc;
		off += 10;	/* time stamp, n, expiry, key version */
		ttl = krb_u16(c, s, off, le);
		out_str(o, " (");
		out_u32(o, ttl);
		out_char(o, ')');
		break;
	case AUTH_MSG_ERR_REPLY:
		if (!krb4_print_hdr(c, s, &off))
			goto trunc;
		off += 4;	/* time stamp */
		ttl = krb_u16(c, s, off, le);
		out_char(o, ' ');
		tok_hash(o, krb4_errors, ttl);
		out_char(o, ' ');
		off += 4;
		if (!c_print(c, s, &off))
			goto trunc;
		break;
	default:
		out_str(o, "(unknown)");
		break;
	}
	return;
trunc:
	print_trunc(c);
}

void
krb_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	unsigned pvno;

	(void)length;
	c->proto = "krb";
	pvno = get_u8(c, s, 0);
	switch (pvno) {
	case 1:
	case 2:
	case 3:
	case 4:
		out_str(o, " v");
		out_u32(o, pvno);
		if (pvno == 4)
			krb4_print(c, s);
		break;
	case 106:
	case 107:
		out_str(o, " v5");
		break;
	}
}
