/*
 * print-arp.c - ARP (RFC 826), RARP (RFC 903), inverse ARP (RFC 2390) and
 * ATM ARP (RFC 2225), as tcpdump 4.99 print-arp.c arp_print() prints them.
 *
 * The fixed header is 8 bytes; the four addresses follow with the lengths
 * it gives: sender hardware, sender protocol, target hardware, target
 * protocol.  tcpdump checks that the last of them was captured before it
 * prints anything, so a short packet prints only " [|arp]".
 */
#include "print.h"

#define ARP_HDRLEN		8
#define ATMARP_HDRLEN		12

#define ARPHRD_ETHER		1
#define ARPHRD_IEEE802		6
#define ARPHRD_ARCNET		7
#define ARPHRD_FRELAY		15
#define ARPHRD_ATM2225		19
#define ARPHRD_STRIP		23
#define ARPHRD_IEEE1394		24
#define ARPHRD_INFINIBAND	32

#define ARPOP_REQUEST		1
#define ARPOP_REPLY		2
#define ARPOP_REVREQUEST	3
#define ARPOP_REVREPLY		4
#define ARPOP_INVREQUEST	8
#define ARPOP_INVREPLY		9
#define ARPOP_NAK		10	/* ATM ARP only */

#define ETHERTYPE_IP		0x0800
#define ETHERTYPE_TRAIL		0x1000

#define ATMARP_LEN_MASK		0x3f	/* the type/length octets' length */

static const struct tok arpop_values[] = {
	{ ARPOP_REQUEST, "Request" },
	{ ARPOP_REPLY, "Reply" },
	{ ARPOP_REVREQUEST, "Reverse Request" },
	{ ARPOP_REVREPLY, "Reverse Reply" },
	{ ARPOP_INVREQUEST, "Inverse Request" },
	{ ARPOP_INVREPLY, "Inverse Reply" },
	{ ARPOP_NAK, "NACK Reply" },
	{ 0, NULL }
};

static const struct tok arphrd_values[] = {
	{ ARPHRD_ETHER, "Ethernet" },
	{ ARPHRD_IEEE802, "TokenRing" },
	{ ARPHRD_ARCNET, "ArcNet" },
	{ ARPHRD_FRELAY, "FrameRelay" },
	{ ARPHRD_STRIP, "Strip" },
	{ ARPHRD_IEEE1394, "IEEE 1394" },
	{ ARPHRD_ATM2225, "ATM" },
	{ ARPHRD_INFINIBAND, "InfiniBand" },
	{ 0, NULL }
};

/* How tcpdump's linkaddr_string() shows a hardware address. */
enum linkaddr { LINKADDR_ETHER, LINKADDR_FRELAY, LINKADDR_ATM };

/* Offsets of the four addresses of an ARP packet. */
struct arp_addrs {
	unsigned	 hln, pln;
	size_t		 sha, spa, tha, tpa;
};

/*
 * A Q.922 address (ITU-T Q.922 annex A, 2 to 4 bytes, the EA bit ending
 * it) as "DLCI n" (tcpdump print-fr.c q922_string()): too few bytes for
 * what the EA bits promise print "<Truncated>", an address longer than 4
 * bytes or one ending at its first byte "<Invalid DLCI>".
 */
static void
q922_print(struct out *o, const uint8_t *p, unsigned len)
{
	uint32_t dlci;

	if (len < 1)
		goto truncated;
	if (p[0] & 1)
		goto invalid;
	if (len < 2)
		goto truncated;
	dlci = (uint32_t)(p[0] & 0xfc) << 2 | (p[1] & 0xf0) >> 4;
	if (!(p[1] & 1)) {
		p += 2;
		len -= 2;
		if (len < 1)
			goto truncated;
		if (!(p[0] & 1)) {
			/* a 4-byte address has one more DLCI byte */
			dlci = dlci << 7 | p[0] >> 1;
			p++;
			len--;
		}
		if (len < 1)
			goto truncated;
		if (!(p[0] & 1))
			goto invalid;
		dlci = dlci << 6 | p[0] >> 2;
	}
	out_str(o, "DLCI ");
	out_u32(o, dlci);
	return;
truncated:
	out_str(o, "<Truncated>");
	return;
invalid:
	out_str(o, "<Invalid DLCI>");
}

/* tcpdump's linkaddr_string(): the bytes, already checked, at p. */
static void
linkaddr_print(struct out *o, const uint8_t *p, unsigned len,
    enum linkaddr type)
{
	if (len == 0) {
		out_str(o, "<empty>");
		return;
	}
	if (type == LINKADDR_ETHER && len == 6) {
		out_mac(o, p);
		return;
	}
	if (type == LINKADDR_FRELAY) {
		q922_print(o, p, len);
		return;
	}
	out_hex8(o, p[0]);
	for (unsigned i = 1; i < len; i++) {
		out_char(o, ':');
		out_hex8(o, p[i]);
	}
}

/*
 * A protocol address tcpdump knows how to show: IPv4 (or the old trailer
 * encapsulation's) of 4 bytes; wrong_len names what is wrong otherwise.
 */
static void
paddr_print(struct out *o, const uint8_t *p, uint16_t pro, unsigned len,
    const char *wrong_len)
{
	if (pro != ETHERTYPE_IP && pro != ETHERTYPE_TRAIL)
		out_str(o, "<wrong proto type>");
	else if (len != 4)
		out_str(o, wrong_len);
	else
		out_ipv4(o, p);
}

static int
is_ip(uint16_t pro)
{
	return pro == ETHERTYPE_IP || pro == ETHERTYPE_TRAIL;
}

/* The hardware type, by name when tcpdump knows it. */
static void
arp_hrd_print(struct out *o, uint16_t hrd)
{
	const char *name = tok_find(arphrd_values, hrd);

	if (name != NULL)
		out_str(o, name);
	else {
		out_str(o, "Unknown Hardware (");
		out_u32(o, hrd);
		out_char(o, ')');
	}
}

static void
arp_proto_print(struct out *o, uint16_t pro)
{
	const char *name = ethertype_name(pro, NULL);

	if (name != NULL)
		out_str(o, name);
	else {
		out_str(o, "Unknown Protocol (0x");
		out_hex(o, pro, 4);
		out_char(o, ')');
	}
}

/* The operation; under -v it follows the types after a comma. */
static void
arp_op_print(struct ctx *c, uint16_t op)
{
	struct out *o = c->out;
	const char *name = tok_find(arpop_values, op);

	if (c->opt.vflag)
		out_str(o, ", ");
	if (name != NULL)
		out_str(o, name);
	else {
		out_str(o, "Unknown (");
		out_u32(o, op);
		out_char(o, ')');
	}
	out_char(o, ' ');
}

/* ND_DEFAULTPRINT of the whole capture: tcpdump prints it even under -x. */
static void
arp_dump(struct ctx *c, struct span s)
{
	print_hex_ascii(c, s.p, span_avail(s, 0), 0);
}

/* An ATM number and its subaddress (RFC 2225 section 8.7). */
static void
atmarp_addr_print(struct out *o, struct span s, size_t ha, unsigned ha_len,
    size_t sa, unsigned sa_len)
{
	if (ha_len == 0) {
		out_str(o, "<No address>");
		return;
	}
	linkaddr_print(o, s.p + ha, ha_len, LINKADDR_ATM);
	if (sa_len != 0) {
		out_char(o, ',');
		linkaddr_print(o, s.p + sa, sa_len, LINKADDR_ATM);
	}
}

/*
 * RFC 2225: type/length octets for the ATM numbers and subaddresses
 * instead of one hardware length, so the layout is worked out apart.
 */
static void
atmarp_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	uint16_t hrd, pro, op;
	unsigned shl, ssl, spl, thl, tsl, tpl;
	size_t sha, ssa, spa, tha, tsa, tpa;

	span_need(c, s, 0, ATMARP_HDRLEN);
	hrd = get_be16(c, s, 0);
	pro = get_be16(c, s, 2);
	shl = get_u8(c, s, 4) & ATMARP_LEN_MASK;
	ssl = get_u8(c, s, 5) & ATMARP_LEN_MASK;
	op = get_be16(c, s, 6);
	spl = get_u8(c, s, 8);
	thl = get_u8(c, s, 9) & ATMARP_LEN_MASK;
	tsl = get_u8(c, s, 10) & ATMARP_LEN_MASK;
	tpl = get_u8(c, s, 11);
	sha = ATMARP_HDRLEN;
	ssa = sha + shl;
	spa = ssa + ssl;
	tha = spa + spl;
	tsa = tha + thl;
	tpa = tsa + tsl;
	span_need(c, s, tpa, tpl);

	if (!c->opt.eflag)
		out_str(o, "ARP, ");
	if (!is_ip(pro) || spl != 4 || tpl != 4 || c->opt.vflag) {
		arp_hrd_print(o, hrd);
		out_str(o, ", ");
		arp_proto_print(o, pro);
		out_str(o, " (len ");
		out_u32(o, spl);
		out_char(o, '/');
		out_u32(o, tpl);
		out_char(o, ')');
		/* the address formats are unknown: stop at the types */
		if (!c->opt.vflag)
			goto out;
	}
	arp_op_print(c, op);

	switch (op) {
	case ARPOP_REQUEST:
		out_str(o, "who-has ");
		paddr_print(o, s.p + tpa, pro, tpl, "<wrong tplen>");
		if (thl != 0) {
			out_str(o, " (");
			atmarp_addr_print(o, s, tha, thl, tsa, tsl);
			out_char(o, ')');
		}
		out_str(o, " tell ");
		paddr_print(o, s.p + spa, pro, spl, "<wrong splen>");
		break;
	case ARPOP_REPLY:
		paddr_print(o, s.p + spa, pro, spl, "<wrong splen>");
		out_str(o, " is-at ");
		atmarp_addr_print(o, s, sha, shl, ssa, ssl);
		break;
	case ARPOP_INVREQUEST:
		out_str(o, "who-is ");
		atmarp_addr_print(o, s, tha, thl, tsa, tsl);
		out_str(o, " tell ");
		atmarp_addr_print(o, s, sha, shl, ssa, ssl);
		break;
	case ARPOP_INVREPLY:
		atmarp_addr_print(o, s, sha, shl, ssa, ssl);
		out_str(o, "at ");
		paddr_print(o, s.p + spa, pro, spl, "<wrong splen>");
		break;
	case ARPOP_NAK:
		out_str(o, "for ");
		paddr_print(o, s.p + spa, pro, spl, "<wrong splen>");
		break;
	default:
		arp_dump(c, s);
		return;
	}
out:
	out_str(o, ", length ");
	out_u32(o, length);
}

static int
is_nonzero(const uint8_t *p, unsigned len)
{
	for (unsigned i = 0; i < len; i++)
		if (p[i] != 0)
			return 1;
	return 0;
}

void
arp_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	uint16_t hrd, pro, op;
	enum linkaddr lt;
	struct arp_addrs a;

	c->proto = "arp";
	span_need(c, s, 0, ARP_HDRLEN);
	hrd = get_be16(c, s, 0);
	pro = get_be16(c, s, 2);
	op = get_be16(c, s, 6);
	if (hrd == ARPHRD_ATM2225) {
		atmarp_print(c, s, length);
		return;
	}
	/* Frame Relay ARP (RFC 2390) has DLCIs for hardware addresses */
	lt = hrd == ARPHRD_FRELAY ? LINKADDR_FRELAY : LINKADDR_ETHER;
	a.hln = get_u8(c, s, 4);
	a.pln = get_u8(c, s, 5);
	a.sha = ARP_HDRLEN;
	a.spa = a.sha + a.hln;
	a.tha = a.spa + a.pln;
	a.tpa = a.tha + a.hln;
	span_need(c, s, a.tpa, a.pln);

	if (!c->opt.eflag)
		out_str(o, "ARP, ");
	if (!is_ip(pro) || a.pln != 4 || a.hln == 0 || c->opt.vflag) {
		arp_hrd_print(o, hrd);
		out_str(o, " (len ");
		out_u32(o, a.hln);
		out_str(o, "), ");
		arp_proto_print(o, pro);
		out_str(o, " (len ");
		out_u32(o, a.pln);
		out_char(o, ')');
		/* the address formats are unknown: stop at the types */
		if (!c->opt.vflag)
			goto out;
	}
	arp_op_print(c, op);

	switch (op) {
	case ARPOP_REQUEST:
		out_str(o, "who-has ");
		paddr_print(o, s.p + a.tpa, pro, a.pln, "<wrong len>");
		/* the target's hardware address only when it is known */
		if (is_nonzero(s.p + a.tha, a.hln)) {
			out_str(o, " (");
			linkaddr_print(o, s.p + a.tha, a.hln, lt);
			out_char(o, ')');
		}
		out_str(o, " tell ");
		paddr_print(o, s.p + a.spa, pro, a.pln, "<wrong len>");
		break;
	case ARPOP_REPLY:
		paddr_print(o, s.p + a.spa, pro, a.pln, "<wrong len>");
		out_str(o, " is-at ");
		linkaddr_print(o, s.p + a.sha, a.hln, lt);
		break;
	case ARPOP_REVREQUEST:
	case ARPOP_INVREQUEST:
		out_str(o, "who-is ");
		linkaddr_print(o, s.p + a.tha, a.hln, lt);
		out_str(o, " tell ");
		linkaddr_print(o, s.p + a.sha, a.hln, lt);
		break;
	case ARPOP_REVREPLY:
		linkaddr_print(o, s.p + a.tha, a.hln, lt);
		out_str(o, " at ");
		paddr_print(o, s.p + a.tpa, pro, a.pln, "<wrong len>");
		break;
	case ARPOP_INVREPLY:
		linkaddr_print(o, s.p + a.sha, a.hln, lt);
		out_str(o, " at ");
		paddr_print(o, s.p + a.spa, pro, a.pln, "<wrong len>");
		break;
	default:
		arp_dump(c, s);
		return;
	}
out:
	out_str(o, ", length ");
	out_u32(o, length);
}
