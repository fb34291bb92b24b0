/*
 * print-bcm-li.c - the Broadcom lawful-intercept shim: a 4-byte header
 * that a Broadcom switch puts in front of the copy of an intercepted
 * packet it sends over UDP (tcpdump print-bcm-li.c bcm_li_print(); the
 * layout is Broadcom's, there is no RFC).
 *
 *   3 bits direction | 4 bits packet type | 3 bits subtype | 22 bits LI-ID
 *
 * With -v tcpdump goes on into the copied packet, which the packet type
 * says is Ethernet, IPv4 or IPv6, or leaves "undecided" (then the first
 * nibble decides).
 */
#include "print.h"

#define BCM_LI_SHIM_LEN	4

enum {
	PKT_UNDECIDED = 4,
	PKT_IPV4 = 5,
	PKT_IPV6 = 6,
	PKT_ETHERNET = 7,
};

static const struct tok direction_names[] = {
	{ 1, "unused" },
	{ 2, "egress" },
	{ 3, "ingress" },
	{ 0, NULL }
};

static const struct tok pkt_type_names[] = {
	{ PKT_UNDECIDED, "undecided" },
	{ PKT_IPV4, "ipv4" },
	{ PKT_IPV6, "ipv6" },
	{ PKT_ETHERNET, "ethernet" },
	{ 0, NULL }
};

static const struct tok pkt_subtype_names[] = {
	{ 1, "single VLAN tag" },
	{ 2, "double VLAN tag" },
	{ 3, "untagged" },
	{ 0, NULL }
};

static const char *
name_or_unknown(const struct tok *t, unsigned v)
{
	const char *s = tok_find(t, v);

	return s != NULL ? s : "unknown";
}

void
bcm_li_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	uint32_t shim;
	unsigned pkt_type;
	struct span inner;

	c->proto = "bcm_li";
	if (length < BCM_LI_SHIM_LEN) {
		out_str(o, " (length ");
		out_u32(o, length);
		out_str(o, " < 4)");
		print_invalid(c);
		return;
	}
	shim = get_be32(c, s, 0);
	pkt_type = (shim >> 25) & 0xf;
	length -= BCM_LI_SHIM_LEN;
	inner = span_rest(s, BCM_LI_SHIM_LEN);

	/* -v sets the shim on a line of its own, and what follows too */
	if (c->opt.vflag)
		out_str(o, "\n    ");
	out_str(o, "BCM-LI-SHIM: direction ");
	out_str(o, name_or_unknown(direction_names, (shim >> 29) & 0x7));
	out_str(o, ", pkt-type ");
	out_str(o, name_or_unknown(pkt_type_names, pkt_type));
	out_str(o, ", pkt-subtype ");
	out_str(o, name_or_unknown(pkt_subtype_names, (shim >> 22) & 0x7));
	out_str(o, ", li-id ");
	out_u32(o, shim & 0x3fffff);
	if (!c->opt.vflag) {
		/* tcpdump still wants the whole payload captured */
		span_need(c, inner, 0, length);
		return;
	}
	out_str(o, "\n    ");

	switch (pkt_type) {
	case PKT_ETHERNET:
		ether_if_print(c, inner, length);
		break;
	case PKT_IPV4:
		ip_print(c, inner, length);
		break;
	case PKT_IPV6:
		ip6_print(c, inner, length);
		break;
	case PKT_UNDECIDED:
		switch (get_u8(c, inner, 0) >> 4) {
		case 4:
			ip_print(c, inner, length);
			break;
		case 6:
			ip6_print(c, inner, length);
			break;
		default:
			out_str(o, "unknown payload");
			break;
		}
		break;
	default:
		print_invalid(c);
		break;
	}
}
