/*
 * print-mptcp.c - Multipath TCP options (RFC 6824, RFC 8684), as tcpdump
 * 4.99 print-mptcp.c prints them inside "options [...]": the option's
 * length, its subtype's name, then the subtype's fields.  A subtype whose
 * length does not fit its form makes tcpdump print "[bad opt]".
 */
#include "print.h"

#define TH_SYN	0x02
#define TH_ACK	0x10

/* 1: printed; 0: malformed (the caller prints "[bad opt]"). */
typedef int (*mptcp_printer)(struct ctx *, struct span, unsigned len,
    unsigned flags);

static void
hex64(struct ctx *c, struct span s, size_t off)
{
	out_str(c->out, "0x");
	out_hex(c->out, get_be64(c, s, off), 0);
}

static int
mp_capable_print(struct ctx *c, struct span s, unsigned len, unsigned flags)
{
	unsigned version;

	if (!((len == 12 || len == 4) && (flags & TH_SYN)) &&
	    !((len == 20 || len == 22) &&
	    (flags & (TH_SYN | TH_ACK)) == TH_ACK))
		return 0;
	version = get_u8(c, s, 2) & 0xf;
	if (version > 1) {
		out_str(c->out, " Unknown Version (");
		out_u32(c->out, version);
		out_char(c->out, ')');
		return 1;
	}
	out_str(c->out, " v");
	out_u32(c->out, version);
	if (get_u8(c, s, 3) & 0x80)
		out_str(c->out, " csum");
	if (len == 12 || len >= 20) {
		out_str(c->out, " {");
		hex64(c, s, 4);
		if (len >= 20) {
			out_char(c->out, ',');
			hex64(c, s, 12);
		}
		out_char(c->out, '}');
	}
	return 1;
}

static int
mp_join_print(struct ctx *c, struct span s, unsigned len, unsigned flags)
{
	struct out *o = c->out;

	if (!(len == 12 && (flags & TH_SYN)) &&
	    !(len == 16 && (flags & (TH_SYN | TH_ACK)) == (TH_SYN | TH_ACK)) &&
	    !(len == 24 && (flags & TH_ACK)))
		return 0;
	if (len != 24) {
		if (get_u8(c, s, 2) & 1)
			out_str(o, " backup");
		out_str(o, " id ");
		out_u32(o, get_u8(c, s, 3));
	}
	switch (len) {
	case 12:	/* SYN */
		out_str(o, " token 0x");
		out_hex(o, get_be32(c, s, 4), 0);
		out_str(o, " nonce 0x");
		out_hex(o, get_be32(c, s, 8), 0);
		break;
	case 16:	/* SYN/ACK */
		out_str(o, " hmac ");
		hex64(c, s, 4);
		out_str(o, " nonce 0x");
		out_hex(o, get_be32(c, s, 12), 0);
		break;
	case 24:	/* ACK: the whole 160-bit HMAC */
		out_str(o, " hmac 0x");
		for (unsigned i = 0; i < 20; i++)
			out_hex8(o, get_u8(c, s, 4 + i));
		break;
	}
	return 1;
}

/* A 4- or 8-byte number at *off, as the flag bit says; 0 if not there. */
static int
dss_number(struct ctx *c, struct span s, unsigned *off, unsigned *left,
    int wide)
{
	unsigned n = wide ? 8 : 4;

	if (*left < n)
		return 0;
	if (wide)
		out_u64(c->out, get_be64(c, s, *off));
	else
		out_u32(c->out, get_be32(c, s, *off));
	*off += n;
	*left -= n;
	return 1;
}

static int
mp_dss_print(struct ctx *c, struct span s, unsigned len, unsigned flags)
{
	struct out *o = c->out;
	unsigned f, off = 4, left;

	if (len < 4 || (flags & TH_SYN))
		return 0;
	f = get_u8(c, s, 3);
	if (f & 0x10)
		out_str(o, " fin");
	left = len - 4;
	if (f & 0x01) {		/* A: data ack, 8 bytes when a */
		out_str(o, " ack ");
		if (!dss_number(c, s, &off, &left, f & 0x02))
			return 0;
	}
	if (f & 0x04) {		/* M: mapping, 8-byte DSN when m */
		out_str(o, " seq ");
		if (!dss_number(c, s, &off, &left, f & 0x08))
			return 0;
		if (left < 4)
			return 0;
		out_str(o, " subseq ");
		out_u32(o, get_be32(c, s, off));
		off += 4;
		left -= 4;
		if (left < 2)
			return 0;
		out_str(o, " len ");
		out_u32(o, get_be16(c, s, off));
		off += 2;
		left -= 2;
		/* the checksum is there only when it was negotiated */
		if (left >= 2) {
			out_str(o, " csum 0x");
			out_hex(o, get_be16(c, s, off), 0);
			left -= 2;
		}
	}
	return left == 0;
}

static const struct tok mptcp_addr_subecho_bits[] = {
	{ 0x6, "v0-ip6" },
	{ 0x4, "v0-ip4" },
	{ 0x1, "v1-echo" },
	{ 0x0, "v1" },
	{ 0, NULL }
};

static int
add_addr_print(struct ctx *c, struct span s, unsigned len, unsigned flags)
{
	struct out *o = c->out;
	const char *name;

	(void)flags;
	if (!(len == 8 || len == 10 || len == 16 || len == 18 || len == 20 ||
	    len == 22 || len == 28 || len == 30))
		return 0;
	name = tok_find(mptcp_addr_subecho_bits, get_u8(c, s, 2) & 0xf);
	out_char(o, ' ');
	out_str(o, name != NULL ? name : "[bad version/echo]");
	out_str(o, " id ");
	out_u32(o, get_u8(c, s, 3));
	if (len <= 18) {
		out_char(o, ' ');
		ipaddr_print(c, get_bytes(c, s, 4, 4));
		if (len == 10 || len == 18) {
			out_char(o, ':');
			out_u32(o, get_be16(c, s, 8));
		}
		if (len == 16) {
			out_str(o, " hmac ");
			hex64(c, s, 8);
		}
		if (len == 18) {
			out_str(o, " hmac ");
			hex64(c, s, 10);
		}
	} else {
		out_char(o, ' ');
		ip6addr_print(c, get_bytes(c, s, 4, 16));
		if (len == 22 || len == 30) {
			out_char(o, ':');
			out_u32(o, get_be16(c, s, 20));
		}
		if (len == 28) {
			out_str(o, " hmac ");
			hex64(c, s, 20);
		}
		if (len == 30) {
			out_str(o, " hmac ");
			hex64(c, s, 22);
		}
	}
	return 1;
}

static int
remove_addr_print(struct ctx *c, struct span s, unsigned len, unsigned flags)
{
	(void)flags;
	if (len < 4)
		return 0;
	out_str(c->out, " id");
	for (unsigned i = 3; i < len; i++) {
		out_char(c->out, ' ');
		out_u32(c->out, get_u8(c, s, i));
	}
	return 1;
}

static int
mp_prio_print(struct ctx *c, struct span s, unsigned len, unsigned flags)
{
	(void)flags;
	if (len != 3 && len != 4)
		return 0;
	out_str(c->out, (get_u8(c, s, 2) & 1) ? " backup" : " non-backup");
	if (len == 4) {
		out_str(c->out, " id ");
		out_u32(c->out, get_u8(c, s, 3));
	}
	return 1;
}

static int
mp_fail_print(struct ctx *c, struct span s, unsigned len, unsigned flags)
{
	(void)flags;
	if (len != 12)
		return 0;
	out_str(c->out, " seq ");
	out_u64(c->out, get_be64(c, s, 4));
	return 1;
}

static int
mp_fast_close_print(struct ctx *c, struct span s, unsigned len,
    unsigned flags)
{
	(void)flags;
	if (len != 12)
		return 0;
	out_str(c->out, " key ");
	hex64(c, s, 4);
	return 1;
}

static int
mp_unknown_print(struct ctx *c, struct span s, unsigned len, unsigned flags)
{
	(void)c;
	(void)s;
	(void)len;
	(void)flags;
	return 1;
}

static const struct {
	const char	*name;
	mptcp_printer	 print;
} mptcp_options[] = {
	{ "capable", mp_capable_print },
	{ "join", mp_join_print },
	{ "dss", mp_dss_print },
	{ "add-addr", add_addr_print },
	{ "rem-addr", remove_addr_print },
	{ "prio", mp_prio_print },
	{ "fail", mp_fail_print },
	{ "fast-close", mp_fast_close_print },
	{ "unknown", mp_unknown_print },
};

/* s: the option from its kind byte on, cut to its length. */
int
mptcp_print(struct ctx *c, struct span s, unsigned len, unsigned flags)
{
	unsigned subtype;

	/* tcpdump leaves its protocol name at "mptcp" after this */
	c->proto = "mptcp";
	if (len < 3)
		return 0;
	subtype = get_u8(c, s, 2) >> 4;
	if (subtype > 8)
		subtype = 8;
	out_char(c->out, ' ');
	out_u32(c->out, len);
	out_char(c->out, ' ');
	out_str(c->out, mptcp_options[subtype].name);
	return mptcp_options[subtype].print(c, s, len, flags);
}
