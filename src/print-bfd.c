/*
 * print-bfd.c - Bidirectional Forwarding Detection: version 0
 * (draft-ietf-bfd-base-01) and version 1 (RFC 5880) control packets over
 * UDP (RFC 5881 single hop 3784, RFC 5883 multihop 4784, RFC 7130 LAG
 * 6784) and echo packets (3785), as tcpdump 4.99.3 print-bfd.c
 * bfd_print() prints them.  tcpdump picks BFD by the destination port
 * alone and tells the kinds apart by it; udp_print() leaves that port in
 * c->rx.dport (rx_udp_note()).
 */
#include "print.h"

#define BFD_CONTROL_PORT	3784
#define BFD_ECHO_PORT		3785
#define BFD_MULTIHOP_PORT	4784
#define BFD_LAG_PORT		6784

#define BFD_HDRLEN		24
#define BFD_FLAG_AUTH		0x04

static const struct tok bfd_diag_values[] = {
	{ 0, "No Diagnostic" },
	{ 1, "Control Detection Time Expired" },
	{ 2, "Echo Function Failed" },
	{ 3, "Neighbor Signaled Session Down" },
	{ 4, "Forwarding Plane Reset" },
	{ 5, "Path Down" },
	{ 6, "Concatenated Path Down" },
	{ 7, "Administratively Down" },
	{ 8, "Reverse Concatenated Path Down" },
	{ 0, NULL }
};

static const struct tok bfd_port_values[] = {
	{ BFD_CONTROL_PORT, "Control" },
	{ BFD_MULTIHOP_PORT, "Multihop" },
	{ BFD_LAG_PORT, "LAG" },
	{ 0, NULL }
};

static const struct tok bfd_v0_flag_values[] = {
	{ 0x80, "I Hear You" },
	{ 0x40, "Demand" },
	{ 0x20, "Poll" },
	{ 0x10, "Final" },
	{ 0x08, "Control Plane Independent" },
	{ BFD_FLAG_AUTH, "Authentication Present" },
	{ 0x02, "Reserved" },
	{ 0x01, "Reserved" },
	{ 0, NULL }
};

static const struct tok bfd_v1_flag_values[] = {
	{ 0x20, "Poll" },
	{ 0x10, "Final" },
	{ 0x08, "Control Plane Independent" },
	{ BFD_FLAG_AUTH, "Authentication Present" },
	{ 0x02, "Demand" },
	{ 0x01, "Multipoint" },
	{ 0, NULL }
};

static const struct tok bfd_v1_state_values[] = {
	{ 0, "AdminDown" },
	{ 1, "Down" },
	{ 2, "Init" },
	{ 3, "Up" },
	{ 0, NULL }
};

/* RFC 5880 6.7: the authentication types and their section lengths. */
enum { AUTH_PASSWORD = 1, AUTH_MD5, AUTH_MET_MD5, AUTH_SHA1, AUTH_MET_SHA1 };

static const struct tok bfd_auth_values[] = {
	{ AUTH_PASSWORD, "Simple Password" },
	{ AUTH_MD5, "Keyed MD5" },
	{ AUTH_MET_MD5, "Meticulous Keyed MD5" },
	{ AUTH_SHA1, "Keyed SHA1" },
	{ AUTH_MET_SHA1, "Meticulous Keyed SHA1" },
	{ 0, NULL }
};

/* tcpdump's tok2str() with an "unknown (%u)" style default. */
static void
tok_or(struct out *o, const struct tok *t, unsigned v, const char *unknown,
    int with_num)
{
	const char *s = tok_find(t, v);

	if (s != NULL)
		out_str(o, s);
	else {
		out_str(o, unknown);
		if (with_num) {
			out_str(o, " (");
			out_u32(o, v);
			out_char(o, ')');
		}
	}
}

/* tcpdump print_unknown_data() with hex_print() and ident "\n\t". */
static void
unknown_data(struct ctx *c, struct span s, unsigned len)
{
	size_t have = span_avail(s, 0);

	print_hex(c, s.p, len < have ? len : have, 0);
}

static void
digest_print(struct ctx *c, struct span s, size_t off, unsigned len,
    unsigned field_len, const char *what)
{
	struct out *o = c->out;

	if (len != field_len) {
		out_str(o, "[invalid length ");
		out_u32(o, len);
		out_char(o, ']');
		return;
	}
	out_str(o, ", Sequence Number: 0x");
	out_hex(o, get_be32(c, s, off + 4), 8);
	span_need(c, s, off + 8, field_len - 8);
	out_str(o, what);
	for (size_t i = 0; i < field_len - 8; i++)
		out_hex8(o, s.p[off + 8 + i]);
}

static void
auth_print(struct ctx *c, struct span s)
{
	struct out *o = c->out;
	size_t off = BFD_HDRLEN;
	unsigned type, len;

	span_need(c, s, off, 4);
	type = get_u8(c, s, off);
	len = get_u8(c, s, off + 1);
	out_str(o, "\n\tAuthentication: ");
	tok_or(o, bfd_auth_values, type, "Unknown", 0);
	out_str(o, " (");
	out_u32(o, type);
	out_str(o, "), length: ");
	out_u32(o, len);
	out_str(o, "\n\t  Auth Key ID: ");
	out_u32(o, get_u8(c, s, off + 2));
	switch (type) {
	case AUTH_PASSWORD:
		/* 3 header bytes and a password of 1 to 16 */
		if (len < 4 || len > 19) {
			out_str(o, "[invalid length ");
			out_u32(o, len);
			out_char(o, ']');
			break;
		}
		out_str(o, ", Password: ");
		/* tcpdump nd_printjn(): every byte, made safe */
		for (size_t i = 0; i < len - 3; i++) {
			uint8_t ch = get_u8(c, s, off + 3 + i);
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
		break;
	case AUTH_MD5:
	case AUTH_MET_MD5:
		digest_print(c, s, off, len, 24, "\n\t  Digest: ");
		break;
	case AUTH_SHA1:
	case AUTH_MET_SHA1:
		digest_print(c, s, off, len, 28, "\n\t  Hash: ");
		break;
	}
}

static void
bfd_control_body(struct ctx *c, struct span s)
{
	struct out *o = c->out;
	unsigned mult = get_u8(c, s, 2);
	uint32_t tx = get_be32(c, s, 12);

	out_str(o, "\n\tDetection Timer Multiplier: ");
	out_u32(o, mult);
	out_str(o, " (");
	out_u32(o, mult * tx / 1000);
	out_str(o, " ms Detection time), BFD Length: ");
	out_u32(o, get_u8(c, s, 3));
	out_str(o, "\n\tMy Discriminator: 0x");
	out_hex(o, get_be32(c, s, 4), 8);
	out_str(o, ", Your Discriminator: 0x");
	out_hex(o, get_be32(c, s, 8), 8);
	out_str(o, "\n\t  Desired min Tx Interval:    ");
	out_u32_pad(o, tx / 1000, 4, ' ');
	out_str(o, " ms\n\t  Required min Rx Interval:   ");
	out_u32_pad(o, get_be32(c, s, 16) / 1000, 4, ' ');
	out_str(o, " ms\n\t  Required min Echo Interval: ");
	out_u32_pad(o, get_be32(c, s, 20) / 1000, 4, ' ');
	out_str(o, " ms");
	if (get_u8(c, s, 1) & BFD_FLAG_AUTH)
		auth_print(c, s);
}

void
bfd_print(struct ctx *c, struct span s, unsigned len)
{
	struct out *o = c->out;
	unsigned port = c->rx.dport;
	unsigned vd, version, flags;

	c->proto = "bfd";
	if (port == BFD_ECHO_PORT) {
		out_str(o, "BFD, Echo, length: ");
		out_u32(o, len);
		if (c->opt.vflag)
			unknown_data(c, s, len);
		return;
	}
	span_need(c, s, 0, BFD_HDRLEN);
	vd = get_u8(c, s, 0);
	version = vd >> 5;
	flags = get_u8(c, s, 1);
	switch (version) {
	case 0:
		if (!c->opt.vflag) {
			out_str(o, "BFDv0, Control, Flags: [");
			out_bittok(o, bfd_v0_flag_values, "none", flags, ", ");
			out_str(o, "], length: ");
			out_u32(o, len);
			return;
		}
		out_str(o, "BFDv0, length: ");
		out_u32(o, len);
		out_str(o, "\n\tControl, Flags: [");
		out_bittok(o, bfd_v0_flag_values, "none", flags, ", ");
		break;
	case 1:
		if (!c->opt.vflag)
			out_str(o, "BFDv1, ");
		else {
			out_str(o, "BFDv1, length: ");
			out_u32(o, len);
			out_str(o, "\n\t");
		}
		tok_or(o, bfd_port_values, port, "unknown", 1);
		out_str(o, ", State ");
		tok_or(o, bfd_v1_state_values, flags >> 6, "unknown", 1);
		out_str(o, ", Flags: [");
		out_bittok(o, bfd_v1_flag_values, "none", flags & 0x3f, ", ");
		if (!c->opt.vflag) {
			out_str(o, "], length: ");
			out_u32(o, len);
			return;
		}
		break;
	default:
		out_str(o, "BFDv");
		out_u32(o, version);
		out_str(o, ", Control, length: ");
		out_u32(o, len);
		if (c->opt.vflag)
			unknown_data(c, s, len);
		return;
	}
	out_str(o, "], Diagnostic: ");
	tok_or(o, bfd_diag_values, vd & 0x1f, "unknown", 0);
	out_str(o, " (0x");
	out_hex8(o, (uint8_t)(vd & 0x1f));
	out_char(o, ')');
	bfd_control_body(c, s);
}
