/*
 * print-gre.c - Generic Routing Encapsulation, IP protocol 47: version 0
 * (RFC 1701, RFC 1702, RFC 2784/2890) with its optional checksum, key,
 * sequence number and source routes, and version 1, PPTP's enhanced GRE
 * (RFC 2637 section 4.1), then the tunnelled packet by its ethertype
 * (tcpdump print-gre.c gre_print()).
 *
 * tcpdump checks each field with ND_TCHECK before it reads it and, when
 * the capture or the length falls short, prints " [|gre]" and returns;
 * so does this printer (the -x dump then leaves the link header out).
 */
#include "print.h"

#define GRE_CP		0x8000	/* checksum present */
#define GRE_RP		0x4000	/* routing present */
#define GRE_KP		0x2000	/* key present */
#define GRE_SP		0x1000	/* sequence number present */
#define GRE_sP		0x0800	/* strict source route */
#define GRE_AP		0x0080	/* acknowledgment number present (v1) */
#define GRE_VERS_MASK	0x0007

#define GRESRE_IP	0x0800	/* source route entry address families */
#define GRESRE_ASN	0xfffe

#define ETHERTYPE_IP	0x0800
#define ETHERTYPE_IPV6	0x86dd
#define ETHERTYPE_TEB	0x6558	/* transparent Ethernet bridging */
#define ETHERTYPE_PPP	0x880b

static const struct tok flag_names[] = {
	{ GRE_CP, "checksum present" },
	{ GRE_RP, "routing present" },
	{ GRE_KP, "key present" },
	{ GRE_SP, "sequence# present" },
	{ GRE_sP, "source routing present" },
	{ GRE_AP, "ack present" },
	{ 0, NULL }
};

/* A field cursor: where the next field is, and the length left. */
struct cur {
	struct span	 s;
	size_t		 off;
	unsigned	 len;
};

/* tcpdump's ND_TCHECK_n plus its length test: 0 means " [|gre]". */
static int
have(const struct cur *k, unsigned n)
{
	return span_has(k->s, k->off, n) && k->len >= n;
}

static void
skip(struct cur *k, unsigned n)
{
	k->off += n;
	k->len -= n;
}

static void
flags_print(struct ctx *c, uint16_t flags)
{
	if (c->opt.vflag) {
		out_str(c->out, ", Flags [");
		out_bittok(c->out, flag_names, "none", flags, ", ");
		out_char(c->out, ']');
	}
}

static void
hex_field(struct out *o, const char *label, uint32_t v)
{
	out_str(o, label);
	out_hex(o, v, 0);
}

static void
dec_field(struct out *o, const char *label, uint32_t v)
{
	out_str(o, label);
	out_u32(o, v);
}

/*
 * An IPv4 source route entry (RFC 1702): the addresses, the one at the
 * offset starred.  0 when cut short.
 */
static int
sre_ip_print(struct ctx *c, struct cur k, uint8_t sreoff, uint8_t srelen)
{
	struct out *o = c->out;
	unsigned at = 0;

	if (sreoff & 3)
		dec_field(o, ", badoffset=", sreoff);
	else if (srelen & 3)
		dec_field(o, ", badlength=", srelen);
	else if (sreoff >= srelen) {
		dec_field(o, ", badoff/len=", sreoff);
		dec_field(o, "/", srelen);
	} else {
		for (; srelen != 0; srelen -= 4, at += 4) {
			if (!have(&k, 4))
				return 0;
			out_str(o, at == sreoff ? " *" : " ");
			out_ipv4(o, get_bytes(c, k.s, k.off, 4));
			skip(&k, 4);
		}
	}
	return 1;
}

/* An autonomous system source route entry (RFC 1701). */
static int
sre_asn_print(struct ctx *c, struct cur k, uint8_t sreoff, uint8_t srelen)
{
	struct out *o = c->out;
	unsigned at = 0;

	if (sreoff & 1)
		dec_field(o, ", badoffset=", sreoff);
	else if (srelen & 1)
		dec_field(o, ", badlength=", srelen);
	else if (sreoff >= srelen) {
		dec_field(o, ", badoff/len=", sreoff);
		dec_field(o, "/", srelen);
	} else {
		for (; srelen != 0; srelen -= 2, at += 2) {
			if (!have(&k, 2))
				return 0;
			out_str(o, at == sreoff ? " *" : " ");
			out_hex(o, get_be16(c, k.s, k.off), 0);
			skip(&k, 2);
		}
	}
	return 1;
}

static int
sre_print(struct ctx *c, uint16_t af, uint8_t sreoff, uint8_t srelen,
    struct cur k)
{
	struct out *o = c->out;
	int ok = 1;

	switch (af) {
	case GRESRE_IP:
		out_str(o, ", (rtaf=ip");
		ok = sre_ip_print(c, k, sreoff, srelen);
		out_char(o, ')');
		break;
	case GRESRE_ASN:
		out_str(o, ", (rtaf=asn");
		ok = sre_asn_print(c, k, sreoff, srelen);
		out_char(o, ')');
		break;
	default:
		hex_field(o, ", (rtaf=0x", af);
		out_char(o, ')');
		break;
	}
	return ok;
}

/* -e names the protocol; then the total length, and the separator. */
static void
trailer_print(struct ctx *c, uint16_t prot, unsigned length)
{
	struct out *o = c->out;

	if (c->opt.eflag) {
		out_str(o, ", proto ");
		out_str(o, ethertype_name(prot, "unknown"));
		out_str(o, " (0x");
		out_hex(o, prot, 4);
		out_char(o, ')');
	}
	dec_field(o, ", length ", length);
	/* -v puts the payload on a line of its own */
	out_str(o, c->opt.vflag < 1 ? ": " : "\n\t");
}

static void
unknown_proto_print(struct ctx *c, uint16_t prot)
{
	hex_field(c->out, "gre-proto-0x", prot);
}

/*
 * tcpdump hands IPv4, IPv6, MPLS, IPX, AppleTalk, OSI (0x00fe) and
 * bridged Ethernet on; the rest is only named.  Those without a printer
 * here go to the ethertype table, which may have one.
 */
static void
payload_print(struct ctx *c, uint16_t prot, struct span s, unsigned len)
{
	const struct ethertype *et;

	switch (prot) {
	case ETHERTYPE_IP:
		ip_print(c, s, len);
		return;
	case ETHERTYPE_IPV6:
		ip6_print(c, s, len);
		return;
	case ETHERTYPE_TEB:
		ether_if_print(c, s, len);
		return;
	case 0x8847:	/* MPLS unicast */
	case 0x8137:	/* IPX */
	case 0x809b:	/* AppleTalk */
	case 0x00fe:	/* OSI over GRE */
		et = ethertype_find(prot);
		if (et != NULL && et->print != NULL)
			et->print(c, s, len);
		return;
	default:
		unknown_proto_print(c, prot);
		return;
	}
}

static void
gre_v0_print(struct ctx *c, struct cur k, unsigned length)
{
	struct out *o = c->out;
	uint16_t flags, prot;

	flags = get_be16(c, k.s, k.off);
	flags_print(c, flags);
	skip(&k, 2);
	if (!have(&k, 2))
		goto trunc;
	prot = get_be16(c, k.s, k.off);
	skip(&k, 2);

	if (flags & (GRE_CP | GRE_RP)) {
		if (!have(&k, 2))
			goto trunc;
		if (c->opt.vflag)
			hex_field(o, ", sum 0x", get_be16(c, k.s, k.off));
		skip(&k, 2);
		if (!have(&k, 2))
			goto trunc;
		hex_field(o, ", off 0x", get_be16(c, k.s, k.off));
		skip(&k, 2);
	}
	if (flags & GRE_KP) {
		if (!have(&k, 4))
			goto trunc;
		hex_field(o, ", key=0x", get_be32(c, k.s, k.off));
		skip(&k, 4);
	}
	if (flags & GRE_SP) {
		if (!have(&k, 4))
			goto trunc;
		dec_field(o, ", seq ", get_be32(c, k.s, k.off));
		skip(&k, 4);
	}
	if (flags & GRE_RP) {
		/* source route entries up to a null one (RFC 1701) */
		for (;;) {
			uint16_t af;
			uint8_t sreoff, srelen;

			if (!have(&k, 4))
				goto trunc;
			af = get_be16(c, k.s, k.off);
			sreoff = get_u8(c, k.s, k.off + 2);
			srelen = get_u8(c, k.s, k.off + 3);
			skip(&k, 4);
			if (af == 0 && srelen == 0)
				break;
			if (!sre_print(c, af, sreoff, srelen, k))
				goto trunc;
			if (k.len < srelen)
				goto trunc;
			skip(&k, srelen);
		}
	}
	trailer_print(c, prot, length);
	payload_print(c, prot, span_rest(k.s, k.off), k.len);
	return;
trunc:
	print_trunc(c);
}

static void
gre_v1_print(struct ctx *c, struct cur k, unsigned length)
{
	struct out *o = c->out;
	uint16_t flags, prot;

	flags = get_be16(c, k.s, k.off);
	skip(&k, 2);
	flags_print(c, flags);
	if (!have(&k, 2))
		goto trunc;
	prot = get_be16(c, k.s, k.off);
	skip(&k, 2);

	/* the key field holds the payload length and the call ID */
	if (flags & GRE_KP) {
		if (!have(&k, 4))
			goto trunc;
		dec_field(o, ", call ", get_be32(c, k.s, k.off) & 0xffff);
		skip(&k, 4);
	}
	if (flags & GRE_SP) {
		if (!have(&k, 4))
			goto trunc;
		dec_field(o, ", seq ", get_be32(c, k.s, k.off));
		skip(&k, 4);
	}
	if (flags & GRE_AP) {
		if (!have(&k, 4))
			goto trunc;
		dec_field(o, ", ack ", get_be32(c, k.s, k.off));
		skip(&k, 4);
	}
	/* without a sequence number the packet is a bare acknowledgment */
	if ((flags & GRE_SP) == 0) {
		out_str(o, ", no-payload");
		if (c->opt.eflag) {
			out_str(o, ", proto ");
			out_str(o, ethertype_name(prot, "unknown"));
			out_str(o, " (0x");
			out_hex(o, prot, 4);
			out_char(o, ')');
		}
		dec_field(o, ", length ", length);
		return;
	}
	trailer_print(c, prot, length);
	if (prot == ETHERTYPE_PPP)
		/* GREv1 (PPTP) carries PPP: tcpdump calls ppp_print() */
		(void)ppp_print(c, span_rest(k.s, k.off), k.len);
	else
		unknown_proto_print(c, prot);
	return;
trunc:
	print_trunc(c);
}

void
gre_print(struct ctx *c, struct span s, unsigned length,
    const struct ipinfo *ip)
{
	struct cur k = { s, 0, length };
	unsigned vers;

	(void)ip;
	c->proto = "gre";
	if (!have(&k, 2)) {
		print_trunc(c);
		return;
	}
	vers = get_be16(c, s, 0) & GRE_VERS_MASK;
	out_str(c->out, "GREv");
	out_u32(c->out, vers);
	switch (vers) {
	case 0:
		gre_v0_print(c, k, length);
		break;
	case 1:
		gre_v1_print(c, k, length);
		break;
	default:
		out_str(c->out, " ERROR: unknown-version");
		break;
	}
}
