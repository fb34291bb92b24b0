/*
 * print.h - the printers and the tables that dispatch to them.
 *
 * A packet flows down a chain of small dispatchers, as in tcpdump's
 * netdissect: link type (linktype.c) -> ethertype (print-ether.c) ->
 * IP protocol (print-ip-demux.c) -> port.  Every printer takes the context
 * and a span by value, and reads only through extract.h.
 */
#ifndef PCAPCAT_PRINT_H
#define PCAPCAT_PRINT_H

#include <stddef.h>
#include <stdint.h>

#include "extract.h"
#include "pcapcat.h"

struct record;

/* print.c */
void	print_init(struct ctx *);	/* once, before the first packet */
void	print_packet(struct ctx *, const struct record *, uint64_t number);
void	print_trunc(struct ctx *);
void	print_invalid(struct ctx *);
void	print_default(struct ctx *, struct span);
void	print_hex(struct ctx *, const uint8_t *, size_t, uint32_t oset);
void	print_hex_ascii(struct ctx *, const uint8_t *, size_t, uint32_t oset);

/* Link-layer printers (linktype.c's table). */
unsigned	ether_if_print(struct ctx *, struct span, unsigned);
unsigned	null_if_print(struct ctx *, struct span, unsigned);
unsigned	loop_if_print(struct ctx *, struct span, unsigned);
unsigned	raw_if_print(struct ctx *, struct span, unsigned);
unsigned	sll_if_print(struct ctx *, struct span, unsigned);
unsigned	sll2_if_print(struct ctx *, struct span, unsigned);

/*
 * Network-layer printers, reached by ethertype.  They return 0 when they
 * did not print (tcpdump's ethertype_print() then dumps the payload).
 */
typedef void (*net_printer)(struct ctx *, struct span, unsigned length);

struct ethertype {
	uint16_t	 type;
	const char	*name;		/* tcpdump's ethertype_values[] */
	net_printer	 print;
};
const struct ethertype	*ethertype_find(uint16_t);
const char		*ethertype_name(uint16_t, const char *unknown);
/* tcpdump print-ether.c ethertype_print(): 1 when a printer took it. */
int	ethertype_print(struct ctx *, uint16_t type, struct span, unsigned len,
	    const uint8_t *src, const uint8_t *dst);
/*
 * print-llc.c: an 802.2 LLC header and what follows (tcpdump llc_print()),
 * and a SNAP header (snap_print()).  llc_print returns the LLC+SNAP header
 * length when it printed the payload, its negation when the caller should
 * dump it; snap_print returns 0 for the caller to dump.  src and dst are
 * MAC addresses, or NULL where the link has none.
 */
int	llc_print(struct ctx *, struct span, unsigned length,
	    const uint8_t *src, const uint8_t *dst);
int	snap_print(struct ctx *, struct span, unsigned length,
	    const uint8_t *src, const uint8_t *dst, unsigned bridge_pad);
/* print-stp.c: 802.1D/w/s/aq BPDUs (tcpdump stp_print()). */
void	stp_print(struct ctx *, struct span, unsigned length);

/*
 * Link-tier shims and OSI.  isoclns_print() takes the NLPID on (tcpdump
 * print-isoclns.c), isoclns_ether_print() after ethertype 0xfefe's pad
 * byte; geonet_print() is the ethertype table's entry and
 * geonet_src_print() the one that names the frame's source MAC.
 * macsec_print() reads a SecTAG for ether_if_print(): <0 go on with the
 * inner type (s, length, hdrlen moved past it), 0 encrypted (dump s),
 * >0 stop and return that.
 */
void	isoclns_print(struct ctx *, struct span, unsigned length);
void	isoclns_ether_print(struct ctx *, struct span, unsigned length);
void	geonet_print(struct ctx *, struct span, unsigned length);
void	geonet_src_print(struct ctx *, struct span, unsigned length,
	    const uint8_t *src);
int	macsec_print(struct ctx *, struct span *, unsigned *lengthp,
	    unsigned *hdrlenp, const uint8_t *src, const uint8_t *dst);

void	ip_print(struct ctx *, struct span, unsigned length);
void	pppoe_print(struct ctx *, struct span, unsigned length);
/*
 * print-ppp.c: a PPP frame from its address field (tcpdump ppp_print(),
 * returns the header length); ppp_ether_print() is ethertype 0x880b's
 * entry (": " first); the PPP link types.  print-chdlc.c: Cisco HDLC.
 */
unsigned	ppp_print(struct ctx *, struct span, unsigned length);
void	ppp_ether_print(struct ctx *, struct span, unsigned length);
unsigned	ppp_if_print(struct ctx *, struct span, unsigned);
unsigned	ppp_hdlc_if_print(struct ctx *, struct span, unsigned);
unsigned	ppp_bsdos_if_print(struct ctx *, struct span, unsigned);
unsigned	chdlc_print(struct ctx *, struct span, unsigned length);
unsigned	chdlc_if_print(struct ctx *, struct span, unsigned);
void	ip6_print(struct ctx *, struct span, unsigned length);
void	arp_print(struct ctx *, struct span, unsigned length);

/* What a transport printer needs of the IP header it came in. */
struct ipinfo {
	struct span	 iph;		/* the IPv4 or IPv6 header */
	int		 ver;		/* 4 or 6 */
	int		 fragmented;	/* more fragments follow (IPv4 MF) */
	uint8_t		 ttl;
	uint8_t		 nh;		/* the protocol number */
};

typedef void (*ipproto_printer)(struct ctx *, struct span, unsigned length,
    const struct ipinfo *);

void	tcp_ports_mark(struct portbits *);
void	udp_ports_mark(struct portbits *);
void	portbits_set(struct portbits *, uint16_t);

/* "src > dst" then sep; the source or destination address then "." */
void	out_ipaddr_pair(struct ctx *, const struct ipinfo *, const char *sep);
void	out_ipaddr_port(struct ctx *, const struct ipinfo *, int dst);
void	out_ipaddr_ports(struct ctx *, const struct ipinfo *, uint16_t sport,
	    uint16_t dport, void (*)(struct ctx *, uint16_t));

/* An application printer reached by a TCP or UDP port. */
struct port_printer {
	uint16_t	 port;
	net_printer	 print;
};

/* print-ip-demux.c: tcpdump's ip_demux_print(). */
void	ip_demux_print(struct ctx *, struct span, unsigned length,
	    const struct ipinfo *);
const char	*ipproto_name(uint8_t);

void	tcp_print(struct ctx *, struct span, unsigned, const struct ipinfo *);
void	udp_print(struct ctx *, struct span, unsigned, const struct ipinfo *);
void	icmp_print(struct ctx *, struct span, unsigned, const struct ipinfo *);
void	icmp6_print(struct ctx *, struct span, unsigned, const struct ipinfo *);

/* Addresses, ports and protocols, names without -n (addrtoname.c). */
void	ipaddr_print(struct ctx *, const uint8_t *);
void	ip6addr_print(struct ctx *, const uint8_t *);
void	etheraddr_print(struct ctx *, const uint8_t *);
void	tcpport_print(struct ctx *, uint16_t);
void	udpport_print(struct ctx *, uint16_t);
void	ipproto_print(struct ctx *, uint8_t);

/* print-mptcp.c: one MPTCP option; 0 when malformed. */
int	mptcp_print(struct ctx *, struct span, unsigned len, unsigned flags);

/* Text protocols (print-txt.c). */
void	http_print(struct ctx *, struct span, unsigned);
void	rtsp_print(struct ctx *, struct span, unsigned);
void	ftp_print(struct ctx *, struct span, unsigned);
void	smtp_print(struct ctx *, struct span, unsigned);
void	whois_print(struct ctx *, struct span, unsigned);
void	sip_print(struct ctx *, struct span, unsigned);

/*
 * print-domain.c: DNS over UDP and TCP, multicast DNS; dns_name_print()
 * prints a name at off, its pointers counted from base (tcpdump
 * fqdn_print()): the offset after it, or (size_t)-1.
 */
void	dns_print(struct ctx *, struct span, unsigned);
void	mdns_print(struct ctx *, struct span, unsigned);
void	dns_tcp_print(struct ctx *, struct span, unsigned);
size_t	dns_name_print(struct ctx *, struct span, size_t off, size_t base);

/* print-rx.c: AFS Rx; udp_print() notes the ports and the IP header first. */
void	rx_udp_note(struct ctx *, unsigned sport, unsigned dport,
	    const struct ipinfo *);
void	rx_print(struct ctx *, struct span, unsigned);

/*
 * print-nfs.c: NFS over Sun RPC.  udp_print() asks nfs_udp_print() first
 * (1: printed); tcp_print() notes the ports and the IP header for
 * nfs_tcp_print(), the last row of its port table.
 */
int	nfs_udp_print(struct ctx *, struct span, unsigned length,
	    unsigned sport, unsigned dport, const struct ipinfo *);
void	nfs_tcp_note(struct ctx *, unsigned sport, unsigned dport,
	    const struct ipinfo *);
void	nfs_tcp_print(struct ctx *, struct span, unsigned);

/* print-openflow.c: OpenFlow 1.0 and 1.3 over TCP (tcpdump openflow_print()). */
void	openflow_print(struct ctx *, struct span, unsigned);

/* Routing and home-network configuration over UDP. */
void	babel_print(struct ctx *, struct span, unsigned);
void	ahcp_print(struct ctx *, struct span, unsigned);
void	hncp_print(struct ctx *, struct span, unsigned);

/* Everyday services over UDP and TCP. */
void	bootp_print(struct ctx *, struct span, unsigned);
void	ntp_print(struct ctx *, struct span, unsigned);
void	ssh_print(struct ctx *, struct span, unsigned);
void	syslog_print(struct ctx *, struct span, unsigned);
void	tftp_print(struct ctx *, struct span, unsigned);

/* Tunnels and shims reached by port, ethertype or IP protocol. */
void	bcm_li_print(struct ctx *, struct span, unsigned);
void	vxlan_print(struct ctx *, struct span, unsigned);
void	otv_print(struct ctx *, struct span, unsigned);
void	loopback_print(struct ctx *, struct span, unsigned);
void	sflow_print(struct ctx *, struct span, unsigned);
void	pptp_print(struct ctx *, struct span, unsigned);
void	gre_print(struct ctx *, struct span, unsigned, const struct ipinfo *);

/* Link types, transports and routing (print-sl.c, print-pgm.c, ...). */
unsigned	sl_if_print(struct ctx *, struct span, unsigned);
unsigned	sl_bsdos_if_print(struct ctx *, struct span, unsigned);
void	pgm_print(struct ctx *, struct span, unsigned, const struct ipinfo *);
void	olsr_print(struct ctx *, struct span, unsigned);	/* c->rx.ip */
void	bfd_print(struct ctx *, struct span, unsigned);	/* c->rx.dport */
void	krb_print(struct ctx *, struct span, unsigned);
void	bgp_print(struct ctx *, struct span, unsigned);

/* Small printers by port: ISAKMP (500) and NAT-T (4500), VQP, SOME/IP,
 * Zephyr, the LBL whiteboard (UDP), RPKI-RTR (TCP). */
void	isakmp_print(struct ctx *, struct span, unsigned);
void	isakmp_rfc3948_print(struct ctx *, struct span, unsigned);
void	vqp_print(struct ctx *, struct span, unsigned);
void	someip_print(struct ctx *, struct span, unsigned);
void	zephyr_print(struct ctx *, struct span, unsigned);
void	wb_print(struct ctx *, struct span, unsigned);
void	rpki_rtr_print(struct ctx *, struct span, unsigned);

/* Checksums (in_cksum.c). */
struct cksum_vec {
	const uint8_t	*ptr;
	size_t		 len;
};
uint16_t	in_cksum(const struct cksum_vec *, int n);
uint16_t	in_cksum_shouldbe(uint16_t sum, uint16_t computed);
uint16_t	nextproto4_cksum(const struct ipinfo *, const uint8_t *data,
		    unsigned len, unsigned covlen, uint8_t proto);
uint16_t	nextproto6_cksum(const struct ipinfo *, const uint8_t *data,
		    unsigned len, unsigned covlen, uint8_t proto);

/* Small shared formatters (tcpdump's tok2str and friends). */
struct tok {
	unsigned	 v;
	const char	*s;
};
/* tcpdump's OUI names (addrtoname.c), for MACs and SNAP headers. */
extern const struct tok oui_values[];
const char	*tok_find(const struct tok *, unsigned v);
void		 out_tok(struct out *, const struct tok *, unsigned v,
		    const char *unknown_fmt_prefix);
void		 out_bittok(struct out *, const struct tok *, const char *none,
		    unsigned v, const char *sep);
void		 out_safe_char(struct out *, uint8_t);	/* fn_print_char */

#endif
