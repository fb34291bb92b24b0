/*
 * print-ip-demux.c - from an IP protocol number to its printer, shared by
 * IPv4 and IPv6 (tcpdump print-ip-demux.c ip_demux_print()).
 */
#include <stddef.h>

#include "print.h"

/* tcpdump ipproto.c ipproto_values[]: the names -v prints. */
static const struct tok ipproto_values[] = {
	{ 0, "Options" },
	{ 1, "ICMP" },
	{ 2, "IGMP" },
	{ 4, "IPIP" },
	{ 6, "TCP" },
	{ 8, "EGP" },
	{ 9, "IGRP" },
	{ 17, "UDP" },
	{ 33, "DCCP" },
	{ 41, "IPv6" },
	{ 43, "Routing" },
	{ 44, "Fragment" },
	{ 46, "RSVP" },
	{ 47, "GRE" },
	{ 50, "ESP" },
	{ 51, "AH" },
	{ 55, "Mobile IP" },
	{ 58, "ICMPv6" },
	{ 62, "Mobile IP (old)" },
	{ 88, "EIGRP" },
	{ 89, "OSPF" },
	{ 103, "PIM" },
	{ 108, "Compressed IP" },
	{ 112, "VRRP" },
	{ 113, "PGM" },
	{ 132, "SCTP" },
	{ 135, "Mobility" },
	{ 143, "Ethernet" },
	{ 0, NULL }
};

const char *
ipproto_name(uint8_t p)
{
	return tok_find(ipproto_values, p);
}

static void
v4_in_v6(struct ctx *c, struct span s, unsigned length,
    const struct ipinfo *ip)
{
	(void)ip;
	ip_print(c, s, length);
}

static void
v6_in_ip(struct ctx *c, struct span s, unsigned length,
    const struct ipinfo *ip)
{
	(void)ip;
	ip6_print(c, s, length);
}

static void
icmp_v4_only(struct ctx *c, struct span s, unsigned length,
    const struct ipinfo *ip)
{
	if (ip->ver == 4)
		icmp_print(c, s, length, ip);
	else {
		out_str(c->out, "[ICMP requires IPv4]");
		print_invalid(c);
	}
}

static void
icmp6_v6_only(struct ctx *c, struct span s, unsigned length,
    const struct ipinfo *ip)
{
	if (ip->ver == 6)
		icmp6_print(c, s, length, ip);
	else {
		out_str(c->out, "[ICMPv6 requires IPv6]");
		print_invalid(c);
	}
}

/* RFC 8986 and friends: Ethernet frames straight over IPv6 (proto 143). */
static void
ether_in_ip6(struct ctx *c, struct span s, unsigned length,
    const struct ipinfo *ip)
{
	if (ip->ver == 6)
		(void)ether_if_print(c, s, length);
	else {
		out_str(c->out, "[Ethernet requires IPv6]");
		print_invalid(c);
	}
}

static void
no_next_header(struct ctx *c, struct span s, unsigned length,
    const struct ipinfo *ip)
{
	(void)s;
	(void)length;
	(void)ip;
	out_str(c->out, "no next header");
}

static const struct {
	uint8_t		 proto;
	ipproto_printer	 print;
} ipprotos[] = {
	{ 1, icmp_v4_only },
	{ 4, v4_in_v6 },
	{ 6, tcp_print },
	{ 17, udp_print },
	{ 41, v6_in_ip },
	{ 47, gre_print },
	{ 58, icmp6_v6_only },
	{ 59, no_next_header },
	{ 113, pgm_print },
	{ 143, ether_in_ip6 },
};

void
ip_demux_print(struct ctx *c, struct span s, unsigned length,
    const struct ipinfo *ip)
{
	for (size_t k = 0; k < sizeof(ipprotos) / sizeof(ipprotos[0]); k++) {
		if (ipprotos[k].proto == ip->nh) {
			ipprotos[k].print(c, s, length, ip);
			return;
		}
	}
	/* a protocol pcapcat does not decode: its name or number */
	ipproto_print(c, ip->nh);
	out_char(c->out, ' ');
	out_u32(c->out, length);
}

void
out_ipaddr_pair(struct ctx *c, const struct ipinfo *ip, const char *sep)
{
	if (ip->ver == 6) {
		ip6addr_print(c, get_bytes(c, ip->iph, 8, 16));
		out_str(c->out, " > ");
		ip6addr_print(c, get_bytes(c, ip->iph, 24, 16));
	} else {
		ipaddr_print(c, get_bytes(c, ip->iph, 12, 4));
		out_str(c->out, " > ");
		ipaddr_print(c, get_bytes(c, ip->iph, 16, 4));
	}
	out_str(c->out, sep);
}

/*
 * "SRC.SPORT > DST.DPORT: ", as TCP and UDP print it when they follow the
 * IP header directly; port_print names a port when names are on.  With -n
 * (the common case) the whole prefix is written in place.
 */
void
out_ipaddr_ports(struct ctx *c, const struct ipinfo *ip, uint16_t sport,
    uint16_t dport, void (*port_print)(struct ctx *, uint16_t))
{
	struct out *o = c->out;
	char *p;

	if (c->names != NULL) {
		out_ipaddr_port(c, ip, 0);
		port_print(c, sport);
		out_str(o, " > ");
		out_ipaddr_port(c, ip, 1);
		port_print(c, dport);
		out_str(o, ": ");
		return;
	}
	p = out_begin(o, 128);
	if (ip->ver == 6) {
		const uint8_t *a = get_bytes(c, ip->iph, 8, 32);

		p = put_u32(put_char(put_ipv6(o, p, a), '.'), sport);
		p = put_ipv6(o, put_lit(p, " > "), a + 16);
	} else {
		const uint8_t *a = get_bytes(c, ip->iph, 12, 8);

		p = put_u32(put_char(put_ipv4(p, a), '.'), sport);
		p = put_ipv4(put_lit(p, " > "), a + 4);
	}
	out_end(o, put_lit(put_u32(put_char(p, '.'), dport), ": "));
}

void
out_ipaddr_port(struct ctx *c, const struct ipinfo *ip, int dst)
{
	if (ip->ver == 6)
		ip6addr_print(c, get_bytes(c, ip->iph, dst ? 24 : 8, 16));
	else
		ipaddr_print(c, get_bytes(c, ip->iph, dst ? 16 : 12, 4));
	out_char(c->out, '.');
}
