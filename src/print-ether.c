/*
 * print-ether.c - Ethernet II and 802.3 frames, 802.1Q/802.1ad tags, and
 * the ethertype dispatch table (IEEE 802.3; tcpdump print-ether.c
 * ether_common_print() and ethertype_print()).
 */
#include <stddef.h>

#include "print.h"

#define ETHER_HDRLEN		14
#define MAX_ETHERNET_LENGTH_VAL	1500
#define ETHERTYPE_JUMBO		0x8870

/* Ordered as tcpdump's ethertype_values[]: the first name of a value wins. */
static const struct ethertype ethertypes[] = {
	{ 0x0800, "IPv4", ip_print },
	{ 0x8847, "MPLS unicast", NULL },
	{ 0x8848, "MPLS multicast", NULL },
	{ 0x86dd, "IPv6", ip6_print },
	{ 0x8100, "802.1Q", NULL },
	{ 0x9100, "802.1Q-9100", NULL },
	{ 0x88a8, "802.1Q-QinQ", NULL },
	{ 0x9200, "802.1Q-9200", NULL },
	{ 0x88e5, "802.1AE MACsec", NULL },
	{ 0x0200, "PUP", NULL },
	{ 0x0806, "ARP", arp_print },
	{ 0x8035, "Reverse ARP", arp_print },
	{ 0x0600, "NS", NULL },
	{ 0x0500, "Sprite", NULL },
	{ 0x1000, "Trail", NULL },
	{ 0x6001, "MOP DL", NULL },
	{ 0x6002, "MOP RC", NULL },
	{ 0x6003, "DN", NULL },
	{ 0x6004, "LAT", NULL },
	{ 0x6007, "SCA", NULL },
	{ 0x6558, "TEB", NULL },
	{ 0x8038, "Lanbridge", NULL },
	{ 0x803c, "DEC DNS", NULL },
	{ 0x803e, "DEC DTS", NULL },
	{ 0x805b, "VEXP", NULL },
	{ 0x805c, "VPROD", NULL },
	{ 0x809b, "Appletalk", NULL },
	{ 0x80f3, "Appletalk ARP", NULL },
	{ 0x8137, "IPX", NULL },
	{ 0x880b, "PPP", ppp_ether_print },
	{ 0x8808, "MPCP", NULL },
	{ 0x8809, "Slow Protocols", NULL },
	{ 0x8863, "PPPoE D", pppoe_print },
	{ 0x8864, "PPPoE S", pppoe_print },
	{ 0x888e, "EAPOL", NULL },
	{ 0x8899, "Realtek protocols", NULL },
	{ 0x886f, "MS NLB heartbeat", NULL },
	{ 0x8870, "Jumbo", NULL },
	{ 0x894f, "NSH", NULL },
	{ 0x9000, "Loopback", loopback_print },
	{ 0xfefe, "OSI", isoclns_ether_print },
	{ 0x00fe, "GRE-OSI", NULL },
	{ 0xabcd, "CFM (old)", NULL },
	{ 0x8902, "CFM", NULL },
	{ 0x893a, "IEEE1905.1", NULL },
	{ 0x88cc, "LLDP", NULL },
	{ 0x88ca, "TIPC", NULL },
	{ 0x0707, "GeoNet (old)", geonet_print },
	{ 0x8947, "GeoNet", geonet_print },
	{ 0x1111, "CALM FAST", NULL },
	{ 0x88a2, "AoE", NULL },
	{ 0x88f7, "PTP", NULL },
	{ 0xd28b, "Arista Vendor Specific Protocol", NULL },
};

const struct ethertype *
ethertype_find(uint16_t type)
{
	for (size_t k = 0; k < sizeof(ethertypes) / sizeof(ethertypes[0]); k++)
		if (ethertypes[k].type == type)
			return &ethertypes[k];
	return NULL;
}

const char *
ethertype_name(uint16_t type, const char *unknown)
{
	const struct ethertype *et = ethertype_find(type);

	return et != NULL ? et->name : unknown;
}

int
ethertype_print(struct ctx *c, uint16_t type, struct span s, unsigned len,
    const uint8_t *src, const uint8_t *dst)
{
	const struct ethertype *et = ethertype_find(type);

	(void)dst;
	if (et == NULL || et->print == NULL)
		return 0;
	if (et->print == geonet_print) {
		/* GeoNet names the frame's source (tcpdump passes src) */
		geonet_src_print(c, s, len, src);
		return 1;
	}
	et->print(c, s, len);
	return 1;
}

/* tcpdump's ether_type_print(). */
static void
ether_type_print(struct ctx *c, uint16_t type)
{
	struct out *o = c->out;

	if (!c->opt.qflag) {
		out_str(o, "ethertype ");
		out_str(o, ethertype_name(type, "Unknown"));
		out_str(o, " (0x");
		out_hex(o, type, 4);
		out_char(o, ')');
	} else {
		const char *name = ethertype_name(type, NULL);
		if (name != NULL)
			out_str(o, name);
		else {
			out_str(o, "Unknown Ethertype (0x");
			out_hex(o, type, 4);
			out_char(o, ')');
		}
	}
}

static void
ether_addresses_print(struct ctx *c, const uint8_t *src, const uint8_t *dst)
{
	etheraddr_print(c, src);
	out_str(c->out, " > ");
	etheraddr_print(c, dst);
	out_str(c->out, ", ");
}

static void
print_length(struct ctx *c, unsigned len)
{
	out_str(c->out, ", length ");
	out_u32(c->out, len);
	out_str(c->out, ": ");
}

/* tcpdump's ieee8021q_tci_string(). */
static void
vlan_tci_print(struct ctx *c, uint16_t tci)
{
	out_str(c->out, "vlan ");
	out_u32(c->out, tci & 0xfff);
	out_str(c->out, ", p ");
	out_u32(c->out, tci >> 13);
	if (tci & 0x1000)
		out_str(c->out, ", DEI");
}

static int
is_vlan_type(uint16_t t)
{
	return t == 0x8100 || t == 0x9100 || t == 0x9200 || t == 0x88a8;
}

/*
 * An LLC payload; llc_print names the addresses itself, and a negative
 * header length asks for the dump (tcpdump ether_common_print()).
 */
static unsigned
ether_llc_print(struct ctx *c, struct span s, unsigned length,
    const uint8_t *src, const uint8_t *dst)
{
	int llc_hdrlen = llc_print(c, s, length, src, dst);

	if (llc_hdrlen < 0) {
		print_default(c, s);
		llc_hdrlen = -llc_hdrlen;
	}
	return (unsigned)llc_hdrlen;
}

unsigned
ether_if_print(struct ctx *c, struct span s, unsigned length)
{
	unsigned caplen = (unsigned)(s.end - s.p);
	unsigned orig_length = length, hdrlen;
	const uint8_t *src, *dst;
	uint16_t length_type;
	int printed_length = 0;

	c->proto = "ether";
	if (caplen < ETHER_HDRLEN) {
		print_trunc(c);
		return caplen;
	}
	if (length < ETHER_HDRLEN) {
		print_trunc(c);
		return length;
	}
	dst = s.p;
	src = s.p + 6;
	if (c->opt.eflag)
		ether_addresses_print(c, src, dst);
	length -= 12;
	caplen -= 12;
	hdrlen = 12;
	s = span_from(c, s, 12);

	length_type = get_be16(c, s, 0);
	length -= 2;
	caplen -= 2;
	hdrlen += 2;
	s = span_from(c, s, 2);

	if (length_type == 0x88e5) {
		/* MACsec comes before the VLAN tags (tcpdump 4.99) */
		int r;

		if (c->opt.eflag) {
			ether_type_print(c, length_type);
			print_length(c, orig_length);
			printed_length = 1;
		}
		r = macsec_print(c, &s, &length, &hdrlen, src, dst);
		if (r == 0) {
			print_default(c, s);	/* encrypted */
			return hdrlen;
		}
		if (r > 0)
			return (unsigned)r;
		caplen = (unsigned)span_avail(s, 0);
		length_type = get_be16(c, s, 0);
		length -= 2;
		caplen -= 2;
		hdrlen += 2;
		s = span_from(c, s, 2);
	}

	while (is_vlan_type(length_type)) {
		if (caplen < 4 || length < 4) {
			c->proto = "vlan";
			print_trunc(c);
			return hdrlen + (caplen < 4 ? caplen : length);
		}
		if (c->opt.eflag) {
			uint16_t tci = get_be16(c, s, 0);
			ether_type_print(c, length_type);
			if (!printed_length) {
				print_length(c, orig_length);
				printed_length = 1;
			} else
				out_str(c->out, ", ");
			vlan_tci_print(c, tci);
			out_str(c->out, ", ");
		}
		length_type = get_be16(c, s, 2);
		s = span_from(c, s, 4);
		length -= 4;
		caplen -= 4;
		hdrlen += 4;
	}

	if (length_type <= MAX_ETHERNET_LENGTH_VAL) {
		/* 802.3: a length, not a type; the payload is LLC.  A
		 * length past the frame's end is not believed (tcpdump) */
		if (length_type < length)
			length = length_type;
		s = span_cut(s, length);
		if (c->opt.eflag) {
			out_str(c->out, "802.3");
			if (!printed_length)
				print_length(c, length);
		}
		hdrlen += ether_llc_print(c, s, length, src, dst);
	} else if (length_type == ETHERTYPE_JUMBO) {
		/* Alteon jumbo frames: LLC follows the type, and -e names
		 * no type (draft-ietf-isis-ext-eth; tcpdump does the same) */
		hdrlen += ether_llc_print(c, s, length, src, dst);
	} else {
		if (c->opt.eflag) {
			ether_type_print(c, length_type);
			if (!printed_length)
				print_length(c, orig_length);
			else
				out_str(c->out, ", ");
		}
		if (ethertype_print(c, length_type, s, length, src, dst) == 0) {
			if (!c->opt.eflag) {
				ether_addresses_print(c, src, dst);
				ether_type_print(c, length_type);
				print_length(c, orig_length);
			}
			print_default(c, s);
		}
	}
	return hdrlen;
}
