/*
 * print-isakmp.c - ISAKMP/IKEv1 (RFC 2408, 2409) and IKEv2 (RFC 7296) over
 * UDP 500, and UDP encapsulation for NAT traversal on 4500 (RFC 3948)
 * (tcpdump print-isakmp.c isakmp_print(), isakmp_rfc3948_print()).
 *
 * Printed so far: the header line, as tcpdump prints it at every -v level,
 * and the NAT-T shim.  The payload list that -v adds is not decoded yet.
 */
#include <string.h>

#include "print.h"
#include "print-isakmp.h"

#define ISAKMP_HDRLEN	28	/* cookies, np, version, type, flags, id, len */

#define FLAG_E	0x01	/* IKEv1: encrypted */
#define FLAG_C	0x02	/* IKEv1: commit */
#define FLAG_I	0x08	/* IKEv2: initiator */
#define FLAG_V	0x10	/* IKEv2: higher version */
#define FLAG_R	0x20	/* IKEv2: response */

/* tcpdump's etypestr[]: IKEv1 then IKEv2 exchange types; "#n" for others. */
static const struct tok etypes[] = {
	{ 0, "none" }, { 1, "base" }, { 2, "ident" }, { 3, "auth" },
	{ 4, "agg" }, { 5, "inf" },
	{ 32, "oakley-quick" }, { 33, "oakley-newgroup" },
	{ 34, "ikev2_init" }, { 35, "ikev2_auth" }, { 36, "child_sa" },
	{ 37, "inf2" },
	{ 0, NULL },
};

/*
 * tcpdump's cookie cache (struct isakmp_state in print-isakmp.h, kept in
 * the context): it starts zero-filled, so an all-zero cookie is "found" in
 * an empty slot, and nothing resets it, as in tcpdump.
 */

static int
cookie_find(struct ctx *c, const uint8_t *ck)
{
	for (int i = 0; i < ISAKMP_INITIATORS; i++)
		if (memcmp(ck, c->isakmp.cookie[i].ck, 8) == 0)
			return i;
	return -1;
}

/* The IP source and destination, and their length (0: no IP header). */
static size_t
ip_addrs(struct ctx *c, const struct ipinfo *ip, const uint8_t **src,
    const uint8_t **dst)
{
	if (ip == NULL)
		return 0;
	if (ip->ver == 4) {
		*src = get_bytes(c, ip->iph, 12, 4);
		*dst = get_bytes(c, ip->iph, 16, 4);
		return 4;
	}
	if (ip->ver == 6) {
		*src = get_bytes(c, ip->iph, 8, 16);
		*dst = get_bytes(c, ip->iph, 24, 16);
		return 16;
	}
	return 0;
}

static void
cookie_record(struct ctx *c, const uint8_t *ck, const struct ipinfo *ip)
{
	const uint8_t *src, *dst;
	size_t alen;

	if (cookie_find(c, ck) >= 0)
		return;
	alen = ip_addrs(c, ip, &src, &dst);
	if (alen == 0)
		return;
	c->isakmp.cookie[c->isakmp.next].ver = alen == 4 ? 4 : 6;
	memcpy(c->isakmp.cookie[c->isakmp.next].iaddr, src, alen);
	memcpy(c->isakmp.cookie[c->isakmp.next].raddr, dst, alen);
	memcpy(c->isakmp.cookie[c->isakmp.next].ck, ck, 8);
	c->isakmp.next = (c->isakmp.next + 1) % ISAKMP_INITIATORS;
}

/* Does this packet come from the slot's initiator (or its responder)? */
static int
cookie_side(struct ctx *c, int i, const struct ipinfo *ip, int initiator)
{
	const uint8_t *src, *dst;
	size_t alen = ip_addrs(c, ip, &src, &dst);

	if (alen == 0 || c->isakmp.cookie[i].ver != (alen == 4 ? 4 : 6))
		return 0;
	return memcmp(src, initiator ? c->isakmp.cookie[i].iaddr : c->isakmp.cookie[i].raddr,
	    alen) == 0;
}

static void
etype_print(struct out *o, unsigned t)
{
	const char *s = tok_find(etypes, t);

	out_char(o, ' ');
	if (s != NULL)
		out_str(o, s);
	else {
		out_char(o, '#');
		out_u32(o, t);
	}
}

static void
ikev1_print(struct ctx *c, struct span s, const struct ipinfo *ip)
{
	struct out *o = c->out;
	const uint8_t *h = s.p;
	unsigned flags = h[19];
	int i;

	out_str(o, get_be32(c, s, 20) == 0 ? " phase 1" : " phase 2/others");
	i = cookie_find(c, h);
	if (i < 0) {
		static const uint8_t zero[8];

		if (memcmp(h + 8, zero, 8) == 0) {
			/* the exchange's first packet */
			out_str(o, " I");
			if (ip != NULL)
				cookie_record(c, h, ip);
		} else
			out_str(o, " ?");
	} else if (cookie_side(c, i, ip, 1))
		out_str(o, " I");
	else if (cookie_side(c, i, ip, 0))
		out_str(o, " R");
	else
		out_str(o, " ?");
	etype_print(o, h[18]);
	if (flags) {
		out_char(o, '[');
		if (flags & FLAG_E)
			out_char(o, 'E');
		if (flags & FLAG_C)
			out_char(o, 'C');
		out_char(o, ']');
	}
}

static void
ikev2_print(struct ctx *c, struct span s)
{
	struct out *o = c->out;
	const uint8_t *h = s.p;
	unsigned flags = h[19];

	/* tcpdump leaves a space after "child_sa" before the type's own */
	out_str(o, get_be32(c, s, 20) == 0 ? " parent_sa" : " child_sa ");
	etype_print(o, h[18]);
	if (flags) {
		out_char(o, '[');
		if (flags & FLAG_I)
			out_char(o, 'I');
		if (flags & FLAG_V)
			out_char(o, 'V');
		if (flags & FLAG_R)
			out_char(o, 'R');
		out_char(o, ']');
	}
}

static void
isakmp_print_ip(struct ctx *c, struct span s, unsigned length,
    const struct ipinfo *ip)
{
	struct out *o = c->out;
	unsigned major, minor;

	(void)length;
	c->proto = "isakmp";
	if (!span_has(s, 0, ISAKMP_HDRLEN)) {
		print_trunc(c);
		return;
	}
	out_str(o, "isakmp");
	major = s.p[17] >> 4;
	minor = s.p[17] & 0x0f;
	if (c->opt.vflag) {
		out_char(o, ' ');
		out_u32(o, major);
		out_char(o, '.');
		out_u32(o, minor);
		out_str(o, " msgid ");
		for (int i = 20; i < 24; i++)
			out_hex8(o, s.p[i]);
	}
	if (c->opt.vflag > 1) {
		out_str(o, " cookie ");
		for (int i = 0; i < 8; i++)
			out_hex8(o, s.p[i]);
		out_str(o, "->");
		for (int i = 8; i < 16; i++)
			out_hex8(o, s.p[i]);
	}
	out_char(o, ':');
	if (major == 1)
		ikev1_print(c, s, ip);
	else if (major == 2)
		ikev2_print(c, s);
	/* XXX -v: the payload list and the length check are not done yet */
}

void
isakmp_print(struct ctx *c, struct span s, unsigned length)
{
	isakmp_print_ip(c, s, length, c->rx.ip);
}

/* tcpdump esp_print() without keys: the SPI, the sequence, the length. */
static void
esp_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;

	c->proto = "esp";
	/* tcpdump wants more than the 8-byte header captured */
	if (!span_has(s, 0, 9)) {
		print_trunc(c);
		return;
	}
	out_str(o, "ESP(spi=0x");
	out_hex(o, get_be32(c, s, 0), 8);
	out_str(o, ",seq=0x");
	out_hex(o, get_be32(c, s, 4), 1);
	out_str(o, "), length ");
	out_u32(o, length);
}

void
isakmp_rfc3948_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;

	c->proto = "isakmp_rfc3948";
	if (length == 1 && get_u8(c, s, 0) == 0xff) {
		out_str(o, "isakmp-nat-keep-alive");
		return;
	}
	if (length < 4) {
		print_trunc(c);
		return;
	}
	/* a zero non-ESP marker: IKE follows (RFC 3948 section 2.2) */
	if (get_u8(c, s, 0) == 0 && get_u8(c, s, 1) == 0 &&
	    get_u8(c, s, 2) == 0 && get_u8(c, s, 3) == 0) {
		out_str(o, "NONESP-encap: ");
		isakmp_print(c, span_rest(s, 4), length - 4);
		return;
	}
	out_str(o, "UDP-encap: ");
	esp_print(c, s, length);
}
