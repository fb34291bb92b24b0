/*
 * addrtoname.c - addresses, ports and protocol numbers as tcpdump prints
 * them: numbers with -n, and without it the names names.c finds
 * (tcpdump addrtoname.c ipaddr_string(), tcpport_string(),
 * etheraddr_string(), netdb_protoname()).
 */
#include "names.h"
#include "print.h"

/*
 * tcpdump oui.c oui_values[], in its order (0x0080c2 is named twice: the
 * first wins), shared by the MAC printer and SNAP.
 */
const struct tok oui_values[] = {
	{ 0x000000, "Ethernet" },
	{ 0x00000c, "Cisco" },
	{ 0x00005e, "IANA" },
	{ 0x000081, "Nortel Networks SONMP" },
	{ 0x0000f8, "Cisco bridged" },
	{ 0x0080c2, "Ethernet bridged" },
	{ 0x00a03e, "ATM Forum" },
	{ 0x00e02f, "DOCSIS Spanning Tree" },
	{ 0x080007, "Appletalk" },
	{ 0x009069, "Juniper" },
	{ 0x080009, "Hewlett-Packard" },
	{ 0x0080c2, "IEEE 802.1 Private" },
	{ 0x00120f, "IEEE 802.3 Private" },
	{ 0x0012bb, "ANSI/TIA" },
	{ 0x001b21, "DCBX" },
	{ 0x002320, "Nicira Networks" },
	{ 0x5c16c7, "Big Switch Networks" },
	{ 0xb0d2f5, "Vello Systems" },
	{ 0x002481, "HP" },
	{ 0x0004ea, "HP-Labs" },
	{ 0x748771, "Infoblox Inc" },
	{ 0xa42305, "Open Networking Lab" },
	{ 0x00049f, "Freescale" },
	{ 0x0015ad, "Netronome" },
	{ 0x001018, "Broadcom" },
	{ 0x00e004, "PMC-Sierra" },
	{ 0xd0f0db, "Ericsson" },
	{ 0, NULL }
};

void
ipaddr_print(struct ctx *c, const uint8_t *a)
{
	const char *name;

	if (c->names != NULL && (name = names_host(c->names, 0, a)) != NULL)
		out_str(c->out, name);
	else
		out_ipv4(c->out, a);
}

void
ip6addr_print(struct ctx *c, const uint8_t *a)
{
	const char *name;

	if (c->names != NULL && (name = names_host(c->names, 1, a)) != NULL)
		out_str(c->out, name);
	else
		out_ipv6(c->out, a);
}

/* Without -n tcpdump names the maker: "00:00:0c:01:02:03 (oui Cisco)". */
void
etheraddr_print(struct ctx *c, const uint8_t *a)
{
	out_mac(c->out, a);
	if (c->names != NULL) {
		const char *oui = tok_find(oui_values, (unsigned)a[0] << 16 |
		    (unsigned)a[1] << 8 | a[2]);
		out_str(c->out, " (oui ");
		out_str(c->out, oui != NULL ? oui : "Unknown");
		out_char(c->out, ')');
	}
}

void
tcpport_print(struct ctx *c, uint16_t port)
{
	const char *name;

	if (c->names != NULL && (name = names_tcpport(c->names, port)) != NULL)
		out_str(c->out, name);
	else
		out_u32(c->out, port);
}

void
udpport_print(struct ctx *c, uint16_t port)
{
	const char *name;

	if (c->names != NULL && (name = names_udpport(c->names, port)) != NULL)
		out_str(c->out, name);
	else
		out_u32(c->out, port);
}

/* " NAME" or " ip-proto-N" (tcpdump's netdb_protoname() fallback). */
void
ipproto_print(struct ctx *c, uint8_t proto)
{
	const char *name;

	out_char(c->out, ' ');
	if (c->names != NULL && (name = names_proto(c->names, proto)) != NULL)
		out_str(c->out, name);
	else {
		out_str(c->out, "ip-proto-");
		out_u32(c->out, proto);
	}
}
