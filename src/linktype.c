/*
 * linktype.c - the link-type table (libpcap pcap.c dlt_choices[] for the
 * names; tcpdump print.c printers[] for the printers).
 */
#include <stddef.h>

#include "extract.h"
#include "linktype.h"
#include "print.h"

/*
 * A link type pcapcat does not decode: tcpdump's unsupported_if_print()
 * says so and dumps the bytes in hex and ASCII, even under -x (and the
 * -x dump, which counts no link header, follows).
 */
static unsigned
unknown_if_print(struct ctx *c, struct span s, unsigned length)
{
	(void)length;
	out_str(c->out, "UNSUPPORTED");
	print_hex_ascii(c, s.p, (size_t)(s.end - s.p), 0);
	return 0;
}

static const struct linktype linktypes[] = {
	{ 0, "NULL", "BSD loopback", null_if_print },
	{ 1, "EN10MB", "Ethernet", ether_if_print },
	{ 6, "IEEE802", "Token ring", NULL },
	{ 7, "ARCNET", "BSD ARCNET", NULL },
	{ 8, "SLIP", "SLIP", sl_if_print },
	{ 9, "PPP", "PPP", ppp_if_print },
	{ 10, "FDDI", "FDDI", NULL },
	{ 11, "ATM_RFC1483", "RFC 1483 LLC-encapsulated ATM", NULL },
	{ 12, "RAW", "Raw IP", raw_if_print },
	{ 15, "SLIP-BSDOS", "BSD/OS SLIP", sl_bsdos_if_print },
	{ 16, "PPP-BSDOS", "BSD/OS PPP", ppp_bsdos_if_print },
	{ 50, "PPP_SERIAL", "PPP over serial", ppp_hdlc_if_print },
	{ 51, "PPP_ETHER", "PPPoE", NULL },
	{ 104, "C_HDLC", "Cisco HDLC", chdlc_if_print },
	{ 105, "IEEE802_11", "802.11", NULL },
	{ 106, "ATM_CLIP", "Linux Classical IP over ATM", NULL },
	{ 107, "FRELAY", "Frame Relay", NULL },
	{ 108, "LOOP", "OpenBSD loopback", loop_if_print },
	{ 113, "LINUX_SLL", "Linux cooked v1", sll_if_print },
	{ 117, "PFLOG", "OpenBSD pflog file", NULL },
	{ 119, "PRISM_HEADER", "802.11 plus Prism header", NULL },
	{ 122, "IP_OVER_FC", "RFC 2625 IP-over-Fibre Channel", NULL },
	{ 123, "SUNATM", "Sun raw ATM", NULL },
	{ 127, "IEEE802_11_RADIO", "802.11 plus radiotap header", NULL },
	{ 129, "ARCNET_LINUX", "Linux ARCNET", NULL },
	{ 137, "JUNIPER_ATM1", "Juniper ATM1 PIC", NULL },
	{ 160, NULL, NULL, NULL },
	{ 164, "JUNIPER_MONITOR", "Juniper Passive Monitor PIC", NULL },
	{ 178, "JUNIPER_ETHER", "Juniper Ethernet", NULL },
	{ 182, "MFR", "FRF.16 Frame Relay", NULL },
	{ 192, "PPI", "Per-Packet Information", NULL },
	{ 195, "IEEE802_15_4", "IEEE 802.15.4 with FCS", NULL },
	{ 226, "IPNET", "Solaris ipnet", NULL },
	{ 228, "IPV4", "Raw IPv4", raw_if_print },
	{ 229, "IPV6", "Raw IPv6", raw_if_print },
	{ 242, "IPOIB", "RFC 4391 IP-over-Infiniband", NULL },
	{ 258, "PKTAP", "Apple DLT_PKTAP", NULL },
	{ 276, "LINUX_SLL2", "Linux cooked v2", sll2_if_print },
	{ 282, "DSA_TAG_BRCM_PREPEND", "Broadcom tag (prepended)", NULL },
	{ 284, "DSA_TAG_DSA", "Marvell DSA", NULL },
	{ 285, "DSA_TAG_EDSA", "Marvell EDSA", NULL },
};

const struct linktype *
linktype_find(int dlt)
{
	for (size_t k = 0; k < sizeof(linktypes) / sizeof(linktypes[0]); k++)
		if (linktypes[k].dlt == dlt)
			return &linktypes[k];
	return NULL;
}

unsigned
linktype_print(struct ctx *c, const struct linktype *lt, struct span s,
    unsigned length)
{
	if (lt == NULL || lt->print == NULL)
		return unknown_if_print(c, s, length);
	return lt->print(c, s, length);
}
