/*
 * print-llc.c - IEEE 802.2 LLC headers and the SNAP header that may follow
 * them (IEEE 802.2, IEEE 802-2014 clause 9.3 SNAP, RFC 1042), as tcpdump
 * 4.99 print-llc.c llc_print() and snap_print() print them.
 *
 * An LLC header is DSAP, SSAP and a control field of one byte (U frames,
 * both low bits set) or two little-endian bytes (I and S frames).  Known
 * SAPs hand the rest to a printer; anything else gets tcpdump's summary of
 * the LLC header and a hex dump by the caller.
 *
 * Return values follow tcpdump: the length of the LLC (and SNAP) header
 * when the payload was printed, its negation when the caller should dump
 * the payload, so that -x starts its dump after the header either way.
 */
#include "print.h"

/* SAP values (tcpdump llc.h) */
#define LLCSAP_NULL	0x00
#define LLCSAP_8021B_I	0x02
#define LLCSAP_8021B_G	0x03
#define LLCSAP_SNA	0x04
#define LLCSAP_IP	0x06
#define LLCSAP_PROWAYNM	0x0e
#define LLCSAP_8021D	0x42
#define LLCSAP_RS511	0x4e
#define LLCSAP_ISO8208	0x7e
#define LLCSAP_PROWAY	0x8e
#define LLCSAP_SNAP	0xaa
#define LLCSAP_IPX	0xe0
#define LLCSAP_NETBEUI	0xf0
#define LLCSAP_ISONS	0xfe
#define LLCSAP_GLOBAL	0xff

/* Control field bits */
#define LLC_IG		0x01	/* DSAP: group address */
#define LLC_GSAP	0x01	/* SSAP: response */
#define LLC_U_FMT	0x03	/* both low bits: U frame */
#define LLC_S_FMT	0x01	/* low bit alone: S frame, else I frame */
#define LLC_U_POLL	0x10	/* poll/final in a U frame */
#define LLC_IS_POLL	0x0100	/* poll/final in an I or S frame */
#define LLC_UI		0x03
#define LLC_XID		0xaf
#define LLC_XID_FI	0x81	/* XID format identifier: IEEE basic format */

#define LLC_U_CMD(u)	((u) & 0xef)
#define LLC_S_CMD(is)	(((is) >> 2) & 0x03)
#define LLC_IS_NR(is)	(((is) >> 9) & 0x7f)
#define LLC_I_NS(is)	(((is) >> 1) & 0x7f)

/* OUIs a SNAP header may carry (tcpdump oui.h) */
#define OUI_ENCAP_ETHER	0x000000	/* RFC 1042: the PID is an ethertype */
#define OUI_CISCO	0x00000c
#define OUI_CISCO_90	0x0000f8	/* Cisco bridging: also an ethertype */
#define OUI_RFC2684	0x0080c2	/* RFC 2427/2684 bridged frames */
#define OUI_APPLETALK	0x080007

#define ETHERTYPE_ATALK	0x809b

/* PIDs under OUI_CISCO and OUI_RFC2684 (tcpdump llc.h) */
#define PID_CISCO_CDP		0x2000
#define PID_CISCO_VTP		0x2003
#define PID_CISCO_DTP		0x2004
#define PID_CISCO_UDLD		0x0111
#define PID_CISCO_PVST		0x010b
#define PID_CISCO_VLANBRIDGE	0x010c
#define PID_RFC2684_ETH_FCS	0x0001
#define PID_RFC2684_802_4_FCS	0x0002
#define PID_RFC2684_802_5_FCS	0x0003
#define PID_RFC2684_FDDI_FCS	0x0004
#define PID_RFC2684_802_6_FCS	0x0005
#define PID_RFC2684_ETH_NOFCS	0x0007
#define PID_RFC2684_802_4_NOFCS	0x0008
#define PID_RFC2684_802_5_NOFCS	0x0009
#define PID_RFC2684_FDDI_NOFCS	0x000a
#define PID_RFC2684_802_6_NOFCS	0x000b
#define PID_RFC2684_BPDU	0x000e

static const struct tok llc_values[] = {
	{ LLCSAP_NULL, "Null" },
	{ LLCSAP_GLOBAL, "Global" },
	{ LLCSAP_8021B_I, "802.1B I" },
	{ LLCSAP_8021B_G, "802.1B G" },
	{ LLCSAP_IP, "IP" },
	{ LLCSAP_SNA, "SNA" },
	{ LLCSAP_PROWAYNM, "ProWay NM" },
	{ LLCSAP_8021D, "STP" },
	{ LLCSAP_RS511, "RS511" },
	{ LLCSAP_ISO8208, "ISO8208" },
	{ LLCSAP_PROWAY, "ProWay" },
	{ LLCSAP_SNAP, "SNAP" },
	{ LLCSAP_IPX, "IPX" },
	{ LLCSAP_NETBEUI, "NetBeui" },
	{ LLCSAP_ISONS, "OSI" },
	{ 0, NULL }
};

static const struct tok llc_cmd_values[] = {
	{ 0x03, "ui" },
	{ 0xe3, "test" },
	{ 0xaf, "xid" },
	{ 0x63, "ua" },
	{ 0x43, "disc" },
	{ 0x0f, "dm" },
	{ 0x6f, "sabme" },
	{ 0x87, "frmr" },
	{ 0, NULL }
};

/* Command/response bit of the SSAP or'ed with the poll/final bit. */
static const struct tok llc_flag_values[] = {
	{ 0, "Command" },
	{ LLC_GSAP, "Response" },
	{ LLC_U_POLL, "Poll" },
	{ LLC_GSAP | LLC_U_POLL, "Final" },
	{ LLC_IS_POLL, "Poll" },
	{ LLC_GSAP | LLC_IS_POLL, "Final" },
	{ 0, NULL }
};

static const struct tok llc_ig_flag_values[] = {
	{ 0, "Individual" },
	{ LLC_IG, "Group" },
	{ 0, NULL }
};

static const struct tok llc_supervisory_values[] = {
	{ 0, "Receiver Ready" },
	{ 1, "Receiver not Ready" },
	{ 2, "Reject" },
	{ 0, NULL }
};

static const struct tok cisco_values[] = {
	{ PID_CISCO_CDP, "CDP" },
	{ PID_CISCO_VTP, "VTP" },
	{ PID_CISCO_DTP, "DTP" },
	{ PID_CISCO_UDLD, "UDLD" },
	{ PID_CISCO_PVST, "PVST" },
	{ PID_CISCO_VLANBRIDGE, "VLAN Bridge" },
	{ 0, NULL }
};

static const struct tok bridged_values[] = {
	{ PID_RFC2684_ETH_FCS, "Ethernet + FCS" },
	{ PID_RFC2684_ETH_NOFCS, "Ethernet w/o FCS" },
	{ PID_RFC2684_802_4_FCS, "802.4 + FCS" },
	{ PID_RFC2684_802_4_NOFCS, "802.4 w/o FCS" },
	{ PID_RFC2684_802_5_FCS, "Token Ring + FCS" },
	{ PID_RFC2684_802_5_NOFCS, "Token Ring w/o FCS" },
	{ PID_RFC2684_FDDI_FCS, "FDDI + FCS" },
	{ PID_RFC2684_FDDI_NOFCS, "FDDI w/o FCS" },
	{ PID_RFC2684_802_6_FCS, "802.6 + FCS" },
	{ PID_RFC2684_802_6_NOFCS, "802.6 w/o FCS" },
	{ PID_RFC2684_BPDU, "BPDU" },
	{ 0, NULL }
};

/*
 * SAPs whose UI frames tcpdump hands to a printer (both SAPs equal, control
 * UI).  A NULL printer is one pcapcat does not have yet: the frame is then
 * summarised as an unknown SAP, which is all tcpdump would print too if it
 * lacked the printer.  NetBEUI (0xf0, tcpdump netbeui_print() for I and UI
 * frames, only with ENABLE_SMB) is left out for the same reason.
 */
struct sap_printer {
	uint8_t		 sap;
	const char	*eprefix;	/* printed first under -e */
	net_printer	 print;
};

static const struct sap_printer sap_printers[] = {
	{ LLCSAP_8021D, NULL, stp_print },
	{ LLCSAP_IP, NULL, ip_print },		/* RFC 948 IP over 802.3 */
	{ LLCSAP_IPX, "IPX 802.2: ", NULL },	/* tcpdump ipx_print() */
	{ LLCSAP_ISONS, NULL, isoclns_print },
};

/*
 * SNAP protocols by OUI and PID other than the encapsulated ethertypes.
 * NULL: tcpdump decodes it but pcapcat does not yet, so it is printed as an
 * unknown SNAP protocol.
 */
struct snap_proto {
	uint32_t	 oui;
	uint16_t	 pid;
	net_printer	 print;
};

static const struct snap_proto snap_protos[] = {
	{ OUI_CISCO, PID_CISCO_CDP, NULL },		/* cdp_print() */
	{ OUI_CISCO, PID_CISCO_DTP, NULL },		/* dtp_print() */
	{ OUI_CISCO, PID_CISCO_UDLD, NULL },		/* udld_print() */
	{ OUI_CISCO, PID_CISCO_VTP, NULL },		/* vtp_print() */
	{ OUI_CISCO, PID_CISCO_PVST, stp_print },
	{ OUI_CISCO, PID_CISCO_VLANBRIDGE, stp_print },
	{ OUI_RFC2684, PID_RFC2684_802_5_FCS, NULL },	/* token_print() */
	{ OUI_RFC2684, PID_RFC2684_802_5_NOFCS, NULL },
	{ OUI_RFC2684, PID_RFC2684_FDDI_FCS, NULL },	/* fddi_print() */
	{ OUI_RFC2684, PID_RFC2684_FDDI_NOFCS, NULL },
	{ OUI_RFC2684, PID_RFC2684_BPDU, stp_print },
};

static const char *
oui_name(uint32_t oui)
{
	const char *s = tok_find(oui_values, oui);

	return s != NULL ? s : "Unknown";
}

/* The table naming a PID under an OUI (tcpdump oui_to_struct_tok()). */
static const char *
snap_pid_name(uint32_t oui, uint16_t pid)
{
	static const struct tok null_values[] = { { 0, NULL } };
	const struct tok *t;
	const char *s;

	switch (oui) {
	case OUI_ENCAP_ETHER:
	case OUI_CISCO_90:
	case OUI_APPLETALK:
		return ethertype_name(pid, "Unknown");
	case OUI_CISCO:
		t = cisco_values;
		break;
	case OUI_RFC2684:
		t = bridged_values;
		break;
	default:
		t = null_values;
		break;
	}
	s = tok_find(t, pid);
	return s != NULL ? s : "Unknown";
}

static void
out_hex_0x(struct out *o, unsigned v, unsigned width)
{
	out_str(o, "0x");
	out_hex(o, v, width);
}

/* tcpdump's ND_DEFAULTPRINT after a short header: not muted by -x. */
static void
dump_short(struct ctx *c, struct span s)
{
	print_hex_ascii(c, s.p, span_avail(s, 0), 0);
}

int
snap_print(struct ctx *c, struct span s, unsigned length, const uint8_t *src,
    const uint8_t *dst, unsigned bridge_pad)
{
	struct out *o = c->out;
	uint32_t oui;
	uint16_t pid;

	c->proto = "snap";
	if (!span_has(s, 0, 5) || length < 5) {
		print_trunc(c);
		return 1;
	}
	oui = get_be24(c, s, 0);
	pid = get_be16(c, s, 3);
	if (c->opt.eflag) {
		/* the MAC addresses are out already: only the SNAP header */
		out_str(o, "oui ");
		out_str(o, oui_name(oui));
		out_str(o, " (");
		out_hex_0x(o, oui, 6);
		out_str(o, oui == OUI_ENCAP_ETHER ? "), ethertype " : "), pid ");
		out_str(o, snap_pid_name(oui, pid));
		out_str(o, " (");
		out_hex_0x(o, pid, 4);
		out_str(o, "), length ");
		out_u32(o, length - 5);
		out_str(o, ": ");
	}
	s = span_rest(s, 5);
	length -= 5;

	switch (oui) {
	case OUI_APPLETALK:
		/* Apple's own OUI only for AppleTalk data; AARP uses OUI 0 */
		if (pid != ETHERTYPE_ATALK)
			break;
		/* FALLTHROUGH */
	case OUI_ENCAP_ETHER:
	case OUI_CISCO_90:
		if (ethertype_print(c, pid, s, length, src, dst))
			return 1;
		break;
	case OUI_RFC2684:
		if (pid == PID_RFC2684_ETH_FCS || pid == PID_RFC2684_ETH_NOFCS) {
			/* a bridged Ethernet frame after the pad; the FCS,
			 * if any, stays on as tcpdump leaves it */
			if (!span_has(s, 0, bridge_pad)) {
				print_trunc(c);
				return 1;
			}
			ether_if_print(c, span_rest(s, bridge_pad),
			    length - bridge_pad);
			return 1;
		}
		break;
	}
	for (size_t k = 0; k < sizeof(snap_protos) / sizeof(snap_protos[0]);
	    k++) {
		const struct snap_proto *sp = &snap_protos[k];
		if (sp->oui == oui && sp->pid == pid && sp->print != NULL) {
			sp->print(c, s, length);
			return 1;
		}
	}

	if (!c->opt.eflag) {
		/* nobody printed the link-layer addresses: do it here */
		if (src != NULL && dst != NULL) {
			out_mac(o, src);
			out_str(o, " > ");
			out_mac(o, dst);
			out_char(o, ' ');
		}
		if (oui == OUI_ENCAP_ETHER) {
			out_str(o, "SNAP, ethertype ");
		} else {
			out_str(o, "SNAP, oui ");
			out_str(o, oui_name(oui));
			out_str(o, " (");
			out_hex_0x(o, oui, 6);
			out_str(o, "), pid ");
		}
		out_str(o, snap_pid_name(oui, pid));
		out_str(o, " (");
		out_hex_0x(o, pid, 4);
		out_str(o, "), length ");
		out_u32(o, length);
		out_str(o, ": ");
	}
	return 0;
}

/* A SAP's name, or "Unknown DSAP 0x%02x" and the like. */
static void
sap_name_print(struct out *o, uint8_t sap, const char *unknown)
{
	const char *s = tok_find(llc_values, sap);

	if (s != NULL)
		out_str(o, s);
	else {
		out_str(o, unknown);
		out_hex_0x(o, sap, 2);
	}
}

/* "Flags [...]" of the command/response and poll/final bits. */
static void
llc_flags_print(struct out *o, unsigned v)
{
	const char *s = tok_find(llc_flag_values, v);

	out_str(o, ", Flags [");
	out_str(o, s != NULL ? s : "?");
	out_str(o, "], length ");
}

/* The -e summary of the LLC header. */
static void
llc_header_print(struct ctx *c, uint8_t dsap_field, uint8_t ssap_field,
    uint16_t control, int is_u)
{
	struct out *o = c->out;
	uint8_t dsap = dsap_field & ~LLC_IG, ssap = ssap_field & ~LLC_GSAP;
	const char *s;

	out_str(o, "LLC, dsap ");
	s = tok_find(llc_values, dsap);
	out_str(o, s != NULL ? s : "Unknown");
	out_str(o, " (");
	out_hex_0x(o, dsap, 2);
	out_str(o, ") ");
	out_str(o, tok_find(llc_ig_flag_values, dsap_field & LLC_IG));
	out_str(o, ", ssap ");
	s = tok_find(llc_values, ssap);
	out_str(o, s != NULL ? s : "Unknown");
	out_str(o, " (");
	out_hex_0x(o, ssap, 2);
	out_str(o, ") ");
	out_str(o, tok_find(llc_flag_values, ssap_field & LLC_GSAP));
	out_str(o, ", ctrl ");
	out_hex_0x(o, control, is_u ? 2 : 4);
	out_str(o, ": ");
}

int
llc_print(struct ctx *c, struct span s, unsigned length, const uint8_t *src,
    const uint8_t *dst)
{
	struct out *o = c->out;
	unsigned caplen = (unsigned)span_avail(s, 0);
	uint8_t dsap_field, ssap_field, dsap, ssap;
	uint16_t control;
	unsigned hdrlen;
	int is_u;

	c->proto = "llc";
	if (caplen < 3 || length < 3) {
		print_trunc(c);
		dump_short(c, s);
		return (int)(caplen < 3 ? caplen : length);
	}
	dsap_field = get_u8(c, s, 0);
	ssap_field = get_u8(c, s, 1);
	control = get_u8(c, s, 2);
	if ((control & LLC_U_FMT) == LLC_U_FMT) {
		is_u = 1;
		hdrlen = 3;
	} else {
		/* I and S frames: two control bytes, little-endian */
		if (caplen < 4 || length < 4) {
			print_trunc(c);
			dump_short(c, s);
			return (int)(caplen < 4 ? caplen : length);
		}
		control = get_le16(c, s, 2);
		is_u = 0;
		hdrlen = 4;
	}

	/*
	 * DSAP and SSAP both 0xff is Novell's "Ethernet_802.3": IPX straight
	 * after the length, its checksum 0xffff read as two global SAPs.
	 * tcpdump hands it to ipx_print() with no LLC header; pcapcat has
	 * no IPX printer yet, so it gets the summary of an LLC header.
	 */
	dsap = dsap_field & ~LLC_IG;
	ssap = ssap_field & ~LLC_GSAP;
	if (c->opt.eflag)
		llc_header_print(c, dsap_field, ssap_field, control, is_u);

	s = span_rest(s, hdrlen);
	length -= hdrlen;
	caplen -= hdrlen;

	if (ssap == LLCSAP_SNAP && dsap == LLCSAP_SNAP && control == LLC_UI) {
		/* tcpdump: "what *is* the right bridge pad value here?" - 2 */
		if (!snap_print(c, s, length, src, dst, 2))
			return -(int)(hdrlen + 5);
		return (int)(hdrlen + 5);
	}
	if (ssap == dsap && control == LLC_UI) {
		for (size_t k = 0;
		    k < sizeof(sap_printers) / sizeof(sap_printers[0]); k++) {
			const struct sap_printer *sp = &sap_printers[k];
			if (sp->sap != ssap || sp->print == NULL)
				continue;
			if (c->opt.eflag && sp->eprefix != NULL)
				out_str(o, sp->eprefix);
			sp->print(c, s, length);
			return (int)hdrlen;
		}
	}

	if (!c->opt.eflag) {
		/* "src SSAP > dst DSAP ", the SSAP only when it differs */
		if (src != NULL && dst != NULL) {
			out_mac(o, src);
			out_char(o, ' ');
		}
		if (ssap != dsap) {
			sap_name_print(o, ssap, "Unknown SSAP ");
			out_char(o, ' ');
		}
		if ((src != NULL && dst != NULL) || ssap != dsap)
			out_str(o, "> ");
		if (src != NULL && dst != NULL) {
			out_mac(o, dst);
			out_char(o, ' ');
		}
		sap_name_print(o, dsap, "Unknown DSAP ");
		out_char(o, ' ');
	}

	if (is_u) {
		const char *cmd = tok_find(llc_cmd_values, LLC_U_CMD(control));

		out_str(o, "Unnumbered, ");
		if (cmd != NULL)
			out_str(o, cmd);
		else
			out_hex(o, LLC_U_CMD(control), 2);
		llc_flags_print(o, (ssap_field & LLC_GSAP) |
		    (control & LLC_U_POLL));
		out_u32(o, length + hdrlen);

		if ((control & ~LLC_U_POLL) == LLC_XID) {
			/* an XID may be empty (SNA "short form") */
			if (length == 0)
				return (int)hdrlen;
			if (caplen < 1) {
				print_trunc(c);
				return (int)hdrlen;
			}
			if (get_u8(c, s, 0) == LLC_XID_FI) {
				if (caplen < 3 || length < 3) {
					print_trunc(c);
					dump_short(c, s);
				} else {
					out_str(o, ": ");
					out_hex8(o, get_u8(c, s, 1));
					out_char(o, ' ');
					out_hex8(o, get_u8(c, s, 2));
				}
				return (int)hdrlen;
			}
		}
	} else if ((control & LLC_S_FMT) == LLC_S_FMT) {
		const char *cmd = tok_find(llc_supervisory_values,
		    LLC_S_CMD(control));

		out_str(o, "Supervisory, ");
		out_str(o, cmd != NULL ? cmd : "?");
		out_str(o, ", rcv seq ");
		out_u32(o, LLC_IS_NR(control));
		llc_flags_print(o, (ssap_field & LLC_GSAP) |
		    (control & LLC_IS_POLL));
		out_u32(o, length + hdrlen);
		return (int)hdrlen;	/* S frames carry no payload */
	} else {
		out_str(o, "Information, send seq ");
		out_u32(o, LLC_I_NS(control));
		out_str(o, ", rcv seq ");
		out_u32(o, LLC_IS_NR(control));
		llc_flags_print(o, (ssap_field & LLC_GSAP) |
		    (control & LLC_IS_POLL));
		out_u32(o, length + hdrlen);
	}
	return -(int)hdrlen;
}
