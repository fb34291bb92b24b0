/*
 * print-udp.c - UDP (RFC 768) headers, lengths and checksums, and the
 * port table that leads to application printers (tcpdump print-udp.c
 * udp_print(); its long chain of port tests is a table here).
 */
#include "print.h"

#define UDP_HDRLEN	8

/* Application printers by port; they register here as they are written. */
static const struct port_printer udp_ports[] = {
	/*
	 * tcpdump 4.99.3 tests DNS first and multicast DNS second, before
	 * BOOTP, TFTP, NTP and syslog (checked against /usr/bin/tcpdump with
	 * crafted packets; later versions move mDNS down the chain)
	 */
	{ 53, dns_print },		/* DNS */
	{ 5353, mdns_print },		/* multicast DNS */
	/* tcpdump: next after DNS and mDNS, in this order, before Kerberos */
	{ 67, bootp_print },		/* BOOTP/DHCP server */
	{ 68, bootp_print },		/* BOOTP/DHCP client */
	{ 69, tftp_print },		/* TFTP */
	/* tcpdump: after TFTP, before NTP */
	{ 88, krb_print },		/* Kerberos */
	/* tcpdump: after Kerberos, before NetBIOS, SNMP, PTP and ISAKMP */
	{ 123, ntp_print },		/* NTP */
	/* tcpdump: ISAKMP, then NAT-T, before syslog */
	{ 500, isakmp_print },		/* ISAKMP */
	{ 4500, isakmp_rfc3948_print },	/* IKE and ESP over UDP (NAT-T) */
	/* tcpdump: after ISAKMP (500), before RIP */
	{ 514, syslog_print },		/* syslog */
	/*
	 * tcpdump: OLSR after AODV, then LMP, then Kerberos' second port,
	 * all before Zephyr and Rx
	 */
	{ 698, olsr_print },		/* OLSR */
	{ 750, krb_print },		/* Kerberos IV */
	/* tcpdump: Zephyr's server and client ports, before Rx */
	{ 2103, zephyr_print },		/* Zephyr server */
	{ 2104, zephyr_print },		/* Zephyr client */
	/*
	 * tcpdump: Rx (AFS) is the range 7000-7009, tested after Zephyr and
	 * before RIPng; its printer also needs rx_udp_note()
	 */
	{ 7000, rx_print }, { 7001, rx_print }, { 7002, rx_print },
	{ 7003, rx_print }, { 7004, rx_print }, { 7005, rx_print },
	{ 7006, rx_print }, { 7007, rx_print }, { 7008, rx_print },
	{ 7009, rx_print },
	/* tcpdump: after RIPng and DHCPv6, before the whiteboard and RADIUS */
	{ 5359, ahcp_print },		/* AHCP */
	{ 6696, babel_print },		/* Babel */
	{ 6697, babel_print },		/* Babel, the old port */
	{ 8231, hncp_print },		/* HNCP */
	/* tcpdump: the whiteboard by destination only, after HNCP */
	{ 4567, wb_print },		/* LBL whiteboard */
	/*
	 * tcpdump 4.99.3 tests the BCM-LI source port after MPLS LSP ping
	 * and before BFD: it wins over sFlow, OTV and VXLAN (checked
	 * against /usr/bin/tcpdump with crafted packets)
	 */
	{ 49152, bcm_li_print },	/* Broadcom LI shim, source only */
	/* tcpdump 4.99.3: BFD by destination port only, before VQP */
	{ 3784, bfd_print },		/* BFD control */
	{ 4784, bfd_print },		/* BFD multihop */
	{ 6784, bfd_print },		/* BFD on LAG members */
	{ 3785, bfd_print },		/* BFD echo */
	/* tcpdump: after LMP, before sFlow */
	{ 1589, vqp_print },		/* Cisco VQP */
	/* tcpdump: after VQP, before LWAPP and SIP */
	{ 6343, sflow_print },		/* sFlow */
	/* tcpdump: after SIP; 8472 is OTV there, VXLAN to Linux */
	{ 8472, otv_print },		/* OTV */
	{ 4789, vxlan_print },		/* VXLAN */
	/* tcpdump: SOME/IP last of the port tests */
	{ 30490, someip_print },	/* SOME/IP */
	{ 0, NULL },
};

/*
 * The printers tcpdump picks by one of the two ports only; the others
 * match either (its IS_SRC_OR_DST_PORT()).
 */
enum { SRC_PORT_ONLY = 1, DST_PORT_ONLY };
static const struct {
	net_printer	 print;
	int		 which;
} udp_one_port[] = {
	{ bcm_li_print, SRC_PORT_ONLY },	/* sport == BCM_LI_PORT */
	{ bfd_print, DST_PORT_ONLY },		/* dport == BFD_*_PORT */
	{ wb_print, DST_PORT_ONLY },		/* dport == WB_PORT */
	{ NULL, 0 },
};

void
udp_ports_mark(struct portbits *b)
{
	for (const struct port_printer *p = udp_ports; p->print != NULL; p++)
		portbits_set(b, p->port);
}

static int
udp_port_match(const struct port_printer *p, unsigned sport, unsigned dport)
{
	int which = 0;

	for (size_t k = 0; udp_one_port[k].print != NULL; k++)
		if (udp_one_port[k].print == p->print)
			which = udp_one_port[k].which;
	return (p->port == sport && which != DST_PORT_ONLY) ||
	    (p->port == dport && which != SRC_PORT_ONLY);
}

/* tcpdump udpipaddr_print(): sport < 0 when the ports are unknown. */
static void
udpipaddr_print(struct ctx *c, const struct ipinfo *ip, int sport, int dport)
{
	struct out *o = c->out;

	if (get_u8(c, ip->iph, ip->ver == 6 ? 6 : 9) == 17) {
		if (sport < 0)
			out_ipaddr_pair(c, ip, ": ");
		else
			out_ipaddr_ports(c, ip, (uint16_t)sport,
			    (uint16_t)dport, udpport_print);
	} else if (sport >= 0) {
		udpport_print(c, (uint16_t)sport);
		out_str(o, " > ");
		udpport_print(c, (uint16_t)dport);
		out_str(o, ": ");
	}
}

static void
udp_length_print(struct ctx *c, unsigned ulen, unsigned length,
    int fragmented)
{
	struct out *o = c->out;

	if (ulen > length && !fragmented) {
		out_str(o, "UDP, bad length ");
		out_u32(o, ulen);
		out_str(o, " > ");
		out_u32(o, length);
	} else {
		out_str(o, "UDP, length ");
		out_u32(o, ulen);
	}
}

static void
udp_cksum_print(struct ctx *c, struct span s, unsigned length,
    const struct ipinfo *ip)
{
	struct out *o = c->out;
	uint16_t udp_sum, sum;

	/* tcpdump checks IPv4 UDP sums only from -vv; IPv6 from -v */
	if (ip->ver == 4 && c->opt.vflag > 1) {
		udp_sum = get_be16(c, s, 6);
		if (udp_sum == 0) {
			out_str(o, "[no cksum] ");
			return;
		}
		if (!span_has(s, UDP_HDRLEN, length))
			return;
		sum = nextproto4_cksum(ip, s.p, length + UDP_HDRLEN,
		    length + UDP_HDRLEN, 17);
	} else if (ip->ver == 6) {
		if (!span_has(s, UDP_HDRLEN, length))
			return;
		sum = nextproto6_cksum(ip, s.p, length + UDP_HDRLEN,
		    length + UDP_HDRLEN, 17);
		udp_sum = get_be16(c, s, 6);
	} else
		return;
	if (sum != 0) {
		out_str(o, "[bad udp cksum 0x");
		out_hex(o, udp_sum, 4);
		out_str(o, " -> 0x");
		out_hex(o, in_cksum_shouldbe(udp_sum, sum), 4);
		out_str(o, "!] ");
	} else
		out_str(o, "[udp sum ok] ");
}

void
udp_print(struct ctx *c, struct span s, unsigned length,
    const struct ipinfo *ip)
{
	struct out *o = c->out;
	unsigned sport, dport, ulen;

	/* a header cut by the capture ends in " [|udp]" (tcpdump 4.99.3) */
	c->proto = "udp";
	if (!span_has(s, 2, 2)) {
		udpipaddr_print(c, ip, -1, -1);
		print_trunc(c);
		return;
	}
	sport = get_be16(c, s, 0);
	dport = get_be16(c, s, 2);
	if (length < UDP_HDRLEN) {
		udpipaddr_print(c, ip, (int)sport, (int)dport);
		out_str(o, "truncated-udp ");
		out_u32(o, length);
		return;
	}
	if (!span_has(s, 4, 2)) {
		udpipaddr_print(c, ip, (int)sport, (int)dport);
		print_trunc(c);
		return;
	}
	ulen = get_be16(c, s, 4);
	/* RFC 2675 jumbograms: a zero length means the IPv6 one */
	if (ulen == 0 && length > 65535)
		ulen = length;
	if (ulen < UDP_HDRLEN) {
		udpipaddr_print(c, ip, (int)sport, (int)dport);
		out_str(o, "truncated-udplength ");
		out_u32(o, ulen);
		return;
	}
	ulen -= UDP_HDRLEN;
	length -= UDP_HDRLEN;
	if (ulen < length)
		length = ulen;
	if (!span_has(s, 0, UDP_HDRLEN)) {
		udpipaddr_print(c, ip, (int)sport, (int)dport);
		print_trunc(c);
		return;
	}
	udpipaddr_print(c, ip, (int)sport, (int)dport);
	/* tcpdump: NFS by the RPC direction, before the checksum and ports */
	if (!c->opt.qflag && nfs_udp_print(c, span_rest(s, UDP_HDRLEN),
	    length, sport, dport, ip))
		return;
	if (c->opt.vflag && !c->opt.Kflag && !ip->fragmented)
		udp_cksum_print(c, s, length, ip);
	if (!c->opt.qflag) {
		rx_udp_note(c, sport, dport, ip);
		for (const struct port_printer *p = udp_ports;
		    p->print != NULL && (port_has_printer(&c->udp_ports,
		    (uint16_t)sport) || port_has_printer(&c->udp_ports,
		    (uint16_t)dport)); p++)
			if (udp_port_match(p, sport, dport)) {
				p->print(c, span_rest(s, UDP_HDRLEN), length);
				return;
			}
	}
	udp_length_print(c, ulen, length, ip->fragmented);
}
