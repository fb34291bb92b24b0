/*
 * print-vqp.c - Cisco VLAN Query Protocol (VQP, UDP 1589), which has no
 * RFC: an 8-byte header (version, message type, error code, item count,
 * sequence) and type-length-value items (tcpdump print-vqp.c vqp_print()).
 */
#include "print.h"

#define VQP_HDRLEN	8
#define VQP_TLV_HDRLEN	6

static const struct tok vqp_msg_types[] = {
	{ 1, "Request, Join Port" },
	{ 2, "Response, VLAN" },
	{ 3, "Request, Reconfirm" },
	{ 4, "Response, Reconfirm" },
	{ 0, NULL },
};

static const struct tok vqp_error_codes[] = {
	{ 0, "No error" },
	{ 3, "Access denied" },
	{ 4, "Shutdown port" },
	{ 5, "Wrong VTP domain" },
	{ 0, NULL },
};

enum {
	OBJ_IP_ADDRESS = 0x0c01,
	OBJ_PORT_NAME = 0x0c02,
	OBJ_VLAN_NAME = 0x0c03,
	OBJ_VTP_DOMAIN = 0x0c04,
	OBJ_ETHERNET_PKT = 0x0c05,
	OBJ_MAC_NULL = 0x0c06,
	OBJ_MAC_ADDRESS = 0x0c08,
};

static const struct tok vqp_obj_names[] = {
	{ OBJ_IP_ADDRESS, "Client IP Address" },
	{ OBJ_PORT_NAME, "Port Name" },
	{ OBJ_VLAN_NAME, "VLAN Name" },
	{ OBJ_VTP_DOMAIN, "VTP Domain" },
	{ OBJ_ETHERNET_PKT, "Ethernet Packet" },
	{ OBJ_MAC_NULL, "MAC Null" },
	{ OBJ_MAC_ADDRESS, "MAC Address" },
	{ 0, NULL },
};

/* tcpdump's tok2str() with "unknown (%u)". */
static void
name_or_unknown(struct out *o, const struct tok *t, unsigned v)
{
	const char *s = tok_find(t, v);

	if (s != NULL)
		out_str(o, s);
	else {
		out_str(o, "unknown (");
		out_u32(o, v);
		out_char(o, ')');
	}
}

static void
err_name(struct out *o, unsigned v)
{
	const char *s = tok_find(vqp_error_codes, v);

	out_str(o, s != NULL ? s : "unknown");
}

/* tcpdump's nd_printzp(): up to a NUL, made printable (all captured). */
static void
printzp(struct out *o, const uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n && p[i] != '\0'; i++) {
		uint8_t ch = p[i];

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

/* tcpdump's print_unknown_data() with the indent "\n\t    ". */
static void
unknown_data(struct out *o, const uint8_t *p, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (i % 16 == 0) {
			out_str(o, "\n\t    0x");
			out_hex(o, i, 4);
			out_str(o, ": ");
		}
		if (i % 2 == 0)
			out_char(o, ' ');
		out_hex8(o, p[i]);
	}
}

void
vqp_print(struct ctx *c, struct span s, unsigned len)
{
	struct out *o = c->out;
	unsigned version, msg, err, nitems, tlen;
	size_t off;

	c->proto = "vqp";
	span_need(c, s, 0, VQP_HDRLEN);
	if (len < VQP_HDRLEN) {
		print_trunc(c);
		return;
	}
	version = s.p[0];
	msg = s.p[1];
	err = s.p[2];
	if (version != 1) {
		out_str(o, "VQP version ");
		out_u32(o, version);
		out_str(o, " packet not supported");
		return;
	}
	if (!c->opt.vflag) {
		/* the short form has no comma after the version */
		out_str(o, "VQPv1 ");
		name_or_unknown(o, vqp_msg_types, msg);
		out_str(o, " Message, error-code ");
		/* tcpdump's default here is a bare "unknown": the code follows */
		err_name(o, err);
		out_str(o, " (");
		out_u32(o, err);
		out_str(o, "), length ");
		out_u32(o, len);
		return;
	}
	nitems = s.p[3];
	out_str(o, "\n\tVQPv1, ");
	name_or_unknown(o, vqp_msg_types, msg);
	out_str(o, " Message, error-code ");
	err_name(o, err);
	out_str(o, " (");
	out_u32(o, err);
	out_str(o, "), seq 0x");
	out_hex(o, get_be32(c, s, 4), 8);
	out_str(o, ", items ");
	out_u32(o, nitems);
	out_str(o, ", length ");
	out_u32(o, len);

	off = VQP_HDRLEN;
	tlen = len - VQP_HDRLEN;
	while (nitems != 0 && tlen != 0) {
		uint32_t type;
		unsigned olen;
		const char *name;

		span_need(c, s, off, VQP_TLV_HDRLEN);
		if (tlen < VQP_TLV_HDRLEN) {
			print_trunc(c);
			return;
		}
		type = get_be32(c, s, off);
		olen = get_be16(c, s, off + 4);
		off += VQP_TLV_HDRLEN;
		tlen -= VQP_TLV_HDRLEN;
		name = tok_find(vqp_obj_names, type);
		out_str(o, "\n\t  ");
		out_str(o, name != NULL ? name : "Unknown");
		out_str(o, " Object (0x");
		out_hex(o, type, 8);
		out_str(o, "), length ");
		out_u32(o, olen);
		out_str(o, ", value: ");
		if (type == 0 || olen == 0)
			return;
		/* tcpdump checks the capture before the declared length */
		span_need(c, s, off, olen);
		if (olen > tlen) {
			print_trunc(c);
			return;
		}
		switch (type) {
		case OBJ_IP_ADDRESS:
			if (olen != 4) {
				print_trunc(c);
				return;
			}
			ipaddr_print(c, s.p + off);
			out_str(o, " (0x");
			out_hex(o, get_be32(c, s, off), 8);
			out_char(o, ')');
			break;
		case OBJ_PORT_NAME:
		case OBJ_VLAN_NAME:
		case OBJ_VTP_DOMAIN:
		case OBJ_ETHERNET_PKT:
			printzp(o, s.p + off, olen);
			break;
		case OBJ_MAC_ADDRESS:
		case OBJ_MAC_NULL:
			if (olen != 6) {
				print_trunc(c);
				return;
			}
			etheraddr_print(c, s.p + off);
			break;
		default:
			if (c->opt.vflag <= 1)
				unknown_data(o, s.p + off, olen);
			break;
		}
		off += olen;
		tlen -= olen;
		nitems--;
	}
}
