/*
 * print-openflow-1.0.c - OpenFlow 1.0 (wire version 0x01) message bodies,
 * as tcpdump 4.99 print-openflow-1.0.c decodes them: with -v the bodies,
 * with -vv also port details, port statistics, queue properties and data
 * in hex, and with -vvv the Ethernet frame inside PACKET_IN and
 * PACKET_OUT, printed with the verbosity lowered by 3.  Big Switch
 * Networks vendor messages and actions are partly decoded, as tcpdump
 * does after oftest and Loxigen.
 *
 * A structure whose length does not fit prints " (invalid)" and the rest
 * of the enclosing list is skipped (but must be captured); a field value
 * out of its range prints " (bogus)" and decoding goes on.
 *
 * This is 4.99's form, which later tcpdump changed: no "[len < n]" notes
 * before " (invalid)", and PACKET_OUT does not print its actions_len.
 * Every field is read before its label is printed, so a truncated field
 * leaves no dangling label before " [|openflow]".
 *
 * [OF10] OpenFlow Switch Specification 1.0.0, sections cited below.
 */
#include "openflow.h"

#define OFPT_MAX	0x15u	/* OFPT_QUEUE_GET_CONFIG_REPLY */

static const struct tok ofppc_bm[] = {
	{ 1u << 0, "PORT_DOWN" },
	{ 1u << 1, "NO_STP" },
	{ 1u << 2, "NO_RECV" },
	{ 1u << 3, "NO_RECV_STP" },
	{ 1u << 4, "NO_FLOOD" },
	{ 1u << 5, "NO_FWD" },
	{ 1u << 6, "NO_PACKET_IN" },
	{ 0, NULL }
};
#define OFPPC_U	(~0x7fu)

/*
 * The port state mixes a 1-bit bitmap (LINK_DOWN) in the low octet and a
 * 2-bit STP code point in the next one.
 */
#define OFPPS_LINK_DOWN	(1u << 0)
#define OFPPS_STP_MASK	(3u << 8)
static const struct tok ofpps_stp_str[] = {
	{ 0u << 8, "STP_LISTEN" },
	{ 1u << 8, "STP_LEARN" },
	{ 2u << 8, "STP_FORWARD" },
	{ 3u << 8, "STP_BLOCK" },
	{ 0, NULL }
};
#define OFPPS_U	(~(OFPPS_LINK_DOWN | OFPPS_STP_MASK))

#define OFPP_CONTROLLER	0xfffdu
static const struct tok ofpp_str[] = {
	{ 0xff00, "MAX" },
	{ 0xfff8, "IN_PORT" },
	{ 0xfff9, "TABLE" },
	{ 0xfffa, "NORMAL" },
	{ 0xfffb, "FLOOD" },
	{ 0xfffc, "ALL" },
	{ OFPP_CONTROLLER, "CONTROLLER" },
	{ 0xfffe, "LOCAL" },
	{ 0xffff, "NONE" },
	{ 0, NULL }
};

static const struct tok ofppf_bm[] = {
	{ 1u << 0, "10MB_HD" },
	{ 1u << 1, "10MB_FD" },
	{ 1u << 2, "100MB_HD" },
	{ 1u << 3, "100MB_FD" },
	{ 1u << 4, "1GB_HD" },
	{ 1u << 5, "1GB_FD" },
	{ 1u << 6, "10GB_FD" },
	{ 1u << 7, "COPPER" },
	{ 1u << 8, "FIBER" },
	{ 1u << 9, "AUTONEG" },
	{ 1u << 10, "PAUSE" },
	{ 1u << 11, "PAUSE_ASYM" },
	{ 0, NULL }
};
#define OFPPF_U	(~0xfffu)

#define OFPQT_NONE	0x0000u
#define OFPQT_MIN_RATE	0x0001u
static const struct tok ofpqt_str[] = {
	{ OFPQT_NONE, "NONE" },
	{ OFPQT_MIN_RATE, "MIN_RATE" },
	{ 0, NULL }
};

/* Match wildcards; bits 8-13 and 14-19 are the nw_src/nw_dst widths. */
#define OFPFW_IN_PORT		(1u << 0)
#define OFPFW_DL_VLAN		(1u << 1)
#define OFPFW_DL_SRC		(1u << 2)
#define OFPFW_DL_DST		(1u << 3)
#define OFPFW_DL_TYPE		(1u << 4)
#define OFPFW_NW_PROTO		(1u << 5)
#define OFPFW_TP_SRC		(1u << 6)
#define OFPFW_TP_DST		(1u << 7)
#define OFPFW_NW_SRC_SHIFT	8
#define OFPFW_NW_DST_SHIFT	14
#define OFPFW_NW_BITS_MASK	0x3fu
#define OFPFW_DL_VLAN_PCP	(1u << 20)
#define OFPFW_NW_TOS		(1u << 21)
#define OFPFW_ALL		((1u << 22) - 1)
static const struct tok ofpfw_bm[] = {
	{ OFPFW_IN_PORT, "IN_PORT" },
	{ OFPFW_DL_VLAN, "DL_VLAN" },
	{ OFPFW_DL_SRC, "DL_SRC" },
	{ OFPFW_DL_DST, "DL_DST" },
	{ OFPFW_DL_TYPE, "DL_TYPE" },
	{ OFPFW_NW_PROTO, "NW_PROTO" },
	{ OFPFW_TP_SRC, "TP_SRC" },
	{ OFPFW_TP_DST, "TP_DST" },
	{ OFPFW_DL_VLAN_PCP, "DL_VLAN_PCP" },
	{ OFPFW_NW_TOS, "NW_TOS" },
	{ 0, NULL }
};
/* The address width bits are not names, but not bogus either. */
#define OFPFW_U	(~OFPFW_ALL)

#define OFPAT_OUTPUT		0x0000u
#define OFPAT_SET_VLAN_VID	0x0001u
#define OFPAT_SET_VLAN_PCP	0x0002u
#define OFPAT_STRIP_VLAN	0x0003u
#define OFPAT_SET_DL_SRC	0x0004u
#define OFPAT_SET_DL_DST	0x0005u
#define OFPAT_SET_NW_SRC	0x0006u
#define OFPAT_SET_NW_DST	0x0007u
#define OFPAT_SET_NW_TOS	0x0008u
#define OFPAT_SET_TP_SRC	0x0009u
#define OFPAT_SET_TP_DST	0x000au
#define OFPAT_ENQUEUE		0x000bu
#define OFPAT_VENDOR		0xffffu
static const struct tok ofpat_str[] = {
	{ OFPAT_OUTPUT, "OUTPUT" },
	{ OFPAT_SET_VLAN_VID, "SET_VLAN_VID" },
	{ OFPAT_SET_VLAN_PCP, "SET_VLAN_PCP" },
	{ OFPAT_STRIP_VLAN, "STRIP_VLAN" },
	{ OFPAT_SET_DL_SRC, "SET_DL_SRC" },
	{ OFPAT_SET_DL_DST, "SET_DL_DST" },
	{ OFPAT_SET_NW_SRC, "SET_NW_SRC" },
	{ OFPAT_SET_NW_DST, "SET_NW_DST" },
	{ OFPAT_SET_NW_TOS, "SET_NW_TOS" },
	{ OFPAT_SET_TP_SRC, "SET_TP_SRC" },
	{ OFPAT_SET_TP_DST, "SET_TP_DST" },
	{ OFPAT_ENQUEUE, "ENQUEUE" },
	{ OFPAT_VENDOR, "VENDOR" },
	{ 0, NULL }
};

/* The supported actions of FEATURES_REPLY: bit n for action type n. */
static const struct tok ofpat_bm[] = {
	{ 1u << OFPAT_OUTPUT, "OUTPUT" },
	{ 1u << OFPAT_SET_VLAN_VID, "SET_VLAN_VID" },
	{ 1u << OFPAT_SET_VLAN_PCP, "SET_VLAN_PCP" },
	{ 1u << OFPAT_STRIP_VLAN, "STRIP_VLAN" },
	{ 1u << OFPAT_SET_DL_SRC, "SET_DL_SRC" },
	{ 1u << OFPAT_SET_DL_DST, "SET_DL_DST" },
	{ 1u << OFPAT_SET_NW_SRC, "SET_NW_SRC" },
	{ 1u << OFPAT_SET_NW_DST, "SET_NW_DST" },
	{ 1u << OFPAT_SET_NW_TOS, "SET_NW_TOS" },
	{ 1u << OFPAT_SET_TP_SRC, "SET_TP_SRC" },
	{ 1u << OFPAT_SET_TP_DST, "SET_TP_DST" },
	{ 1u << OFPAT_ENQUEUE, "ENQUEUE" },
	{ 0, NULL }
};
#define OFPAT_U	(~0xfffu)

/* RESERVED is named but, as in tcpdump, counts as bogus. */
static const struct tok ofp_capabilities_bm[] = {
	{ 1u << 0, "FLOW_STATS" },
	{ 1u << 1, "TABLE_STATS" },
	{ 1u << 2, "PORT_STATS" },
	{ 1u << 3, "STP" },
	{ 1u << 4, "RESERVED" },
	{ 1u << 5, "IP_REASM" },
	{ 1u << 6, "QUEUE_STATS" },
	{ 1u << 7, "ARP_MATCH_IP" },
	{ 0, NULL }
};
#define OFPCAP_U	(~0xefu)

static const struct tok ofp_config_str[] = {
	{ 0, "FRAG_NORMAL" },
	{ 1, "FRAG_DROP" },
	{ 2, "FRAG_REASM" },
	{ 0, NULL }
};

#define OFPFC_ADD		0x0000u
#define OFPFC_MODIFY		0x0001u
#define OFPFC_MODIFY_STRICT	0x0002u
#define OFPFC_DELETE		0x0003u
#define OFPFC_DELETE_STRICT	0x0004u
static const struct tok ofpfc_str[] = {
	{ OFPFC_ADD, "ADD" },
	{ OFPFC_MODIFY, "MODIFY" },
	{ OFPFC_MODIFY_STRICT, "MODIFY_STRICT" },
	{ OFPFC_DELETE, "DELETE" },
	{ OFPFC_DELETE_STRICT, "DELETE_STRICT" },
	{ 0, NULL }
};

/* A buffer ID: NONE, or "0x%08x" (tcpdump tok2str(bufferid_str)). */
static void
bufferid_print(struct out *o, uint32_t id)
{
	if (id == 0xffffffff)
		out_str(o, "NONE");
	else
		of_hex32(o, id);
}

static const struct tok ofpff_bm[] = {
	{ 1u << 0, "SEND_FLOW_REM" },
	{ 1u << 1, "CHECK_OVERLAP" },
	{ 1u << 2, "EMERG" },
	{ 0, NULL }
};
#define OFPFF_U	(~7u)

#define OFPST_DESC	0x0000u
#define OFPST_FLOW	0x0001u
#define OFPST_AGGREGATE	0x0002u
#define OFPST_TABLE	0x0003u
#define OFPST_PORT	0x0004u
#define OFPST_QUEUE	0x0005u
#define OFPST_VENDOR	0xffffu
static const struct tok ofpst_str[] = {
	{ OFPST_DESC, "DESC" },
	{ OFPST_FLOW, "FLOW" },
	{ OFPST_AGGREGATE, "AGGREGATE" },
	{ OFPST_TABLE, "TABLE" },
	{ OFPST_PORT, "PORT" },
	{ OFPST_QUEUE, "QUEUE" },
	{ OFPST_VENDOR, "VENDOR" },
	{ 0, NULL }
};

static const struct tok tableid_str[] = {
	{ 0xfe, "EMERG" },
	{ 0xff, "ALL" },
	{ 0, NULL }
};

static const struct tok ofpq_str[] = {
	{ 0xffffffff, "ALL" },
	{ 0, NULL }
};

static const struct tok ofpsf_reply_bm[] = {
	{ 1u << 0, "MORE" },
	{ 0, NULL }
};
#define OFPSF_REPLY_U	(~1u)

static const struct tok ofpr_str[] = {
	{ 0, "NO_MATCH" },
	{ 1, "ACTION" },
	{ 0, NULL }
};

static const struct tok ofprr_str[] = {
	{ 0, "IDLE_TIMEOUT" },
	{ 1, "HARD_TIMEOUT" },
	{ 2, "DELETE" },
	{ 0, NULL }
};

static const struct tok ofppr_str[] = {
	{ 0, "ADD" },
	{ 1, "DELETE" },
	{ 2, "MODIFY" },
	{ 0, NULL }
};

static const struct tok ofpet_str[] = {
	{ 0, "HELLO_FAILED" },
	{ 1, "BAD_REQUEST" },
	{ 2, "BAD_ACTION" },
	{ 3, "FLOW_MOD_FAILED" },
	{ 4, "PORT_MOD_FAILED" },
	{ 5, "QUEUE_OP_FAILED" },
	{ 0, NULL }
};

static const struct tok ofphfc_str[] = {
	{ 0, "INCOMPATIBLE" },
	{ 1, "EPERM" },
	{ 0, NULL }
};

static const struct tok ofpbrc_str[] = {
	{ 0, "BAD_VERSION" },
	{ 1, "BAD_TYPE" },
	{ 2, "BAD_STAT" },
	{ 3, "BAD_VENDOR" },
	{ 4, "BAD_SUBTYPE" },
	{ 5, "EPERM" },
	{ 6, "BAD_LEN" },
	{ 7, "BUFFER_EMPTY" },
	{ 8, "BUFFER_UNKNOWN" },
	{ 0, NULL }
};

static const struct tok ofpbac_str[] = {
	{ 0, "BAD_TYPE" },
	{ 1, "BAD_LEN" },
	{ 2, "BAD_VENDOR" },
	{ 3, "BAD_VENDOR_TYPE" },
	{ 4, "BAD_OUT_PORT" },
	{ 5, "BAD_ARGUMENT" },
	{ 6, "EPERM" },
	{ 7, "TOO_MANY" },
	{ 8, "BAD_QUEUE" },
	{ 0, NULL }
};

static const struct tok ofpfmfc_str[] = {
	{ 0, "ALL_TABLES_FULL" },
	{ 1, "OVERLAP" },
	{ 2, "EPERM" },
	{ 3, "BAD_EMERG_TIMEOUT" },
	{ 4, "BAD_COMMAND" },
	{ 5, "UNSUPPORTED" },
	{ 0, NULL }
};

static const struct tok ofppmfc_str[] = {
	{ 0, "BAD_PORT" },
	{ 1, "BAD_HW_ADDR" },
	{ 0, NULL }
};

static const struct tok ofpqofc_str[] = {
	{ 0, "BAD_PORT" },
	{ 1, "BAD_QUEUE" },
	{ 2, "EPERM" },
	{ 0, NULL }
};

/* The codes of each error type, by type. */
static const struct tok *const ofpet_codes[] = {
	ofphfc_str, ofpbrc_str, ofpbac_str, ofpfmfc_str, ofppmfc_str,
	ofpqofc_str,
};

/* Body lengths (fixed or minimal) beyond the 8-byte header. */
#define OF_SWITCH_CONFIG_FIXLEN			(12u - OF_HEADER_FIXLEN)
#define OF_FEATURES_REPLY_MINLEN		(32u - OF_HEADER_FIXLEN)
#define OF_PORT_STATUS_FIXLEN			(64u - OF_HEADER_FIXLEN)
#define OF_PORT_MOD_FIXLEN			(32u - OF_HEADER_FIXLEN)
#define OF_PACKET_IN_MINLEN			(20u - OF_HEADER_FIXLEN)
#define OF_PACKET_OUT_MINLEN			(16u - OF_HEADER_FIXLEN)
#define OF_FLOW_MOD_MINLEN			(72u - OF_HEADER_FIXLEN)
#define OF_FLOW_REMOVED_FIXLEN			(88u - OF_HEADER_FIXLEN)
#define OF_ERROR_MSG_MINLEN			(12u - OF_HEADER_FIXLEN)
#define OF_STATS_REQUEST_MINLEN			(12u - OF_HEADER_FIXLEN)
#define OF_STATS_REPLY_MINLEN			(12u - OF_HEADER_FIXLEN)
#define OF_VENDOR_MINLEN			(12u - OF_HEADER_FIXLEN)
#define OF_QUEUE_GET_CONFIG_REQUEST_FIXLEN	(12u - OF_HEADER_FIXLEN)
#define OF_QUEUE_GET_CONFIG_REPLY_MINLEN	(16u - OF_HEADER_FIXLEN)

/* Lengths (fixed or minimal) of structures inside the bodies. */
#define OF_PHY_PORT_FIXLEN		48u
#define OF_ACTION_MINLEN		8u
#define OF_MATCH_FIXLEN			40u
#define OF_DESC_STATS_REPLY_FIXLEN	1056u
#define OF_FLOW_STATS_REQUEST_FIXLEN	44u
#define OF_FLOW_STATS_REPLY_MINLEN	88u
#define OF_AGGREGATE_STATS_REPLY_FIXLEN	24u
#define OF_TABLE_STATS_REPLY_FIXLEN	64u
#define OF_PORT_STATS_REQUEST_FIXLEN	8u
#define OF_PORT_STATS_REPLY_FIXLEN	104u
#define OF_QUEUE_PROP_MINLEN		8u
#define OF_QUEUE_PROP_MIN_RATE_FIXLEN	16u
#define OF_PACKET_QUEUE_MINLEN		8u
#define OF_QUEUE_STATS_REQUEST_FIXLEN	8u
#define OF_QUEUE_STATS_REPLY_FIXLEN	32u

#define OFP_MAX_TABLE_NAME_LEN	32u
#define OFP_MAX_PORT_NAME_LEN	16u
#define DESC_STR_LEN		256u
#define SERIAL_NUM_LEN		32u
#define OFP_VLAN_NONE		0xffffu

#define OUI_BSN			0x5c16c7u

/* Big Switch Networks vendor message subtypes. */
#define BSN_SET_IP_MASK			0
#define BSN_GET_IP_MASK_REQUEST		1
#define BSN_GET_IP_MASK_REPLY		2
#define BSN_SET_MIRRORING		3
#define BSN_GET_MIRRORING_REQUEST	4
#define BSN_GET_MIRRORING_REPLY		5
#define BSN_SHELL_COMMAND		6
#define BSN_SHELL_OUTPUT		7
#define BSN_SHELL_STATUS		8
#define BSN_GET_INTERFACES_REQUEST	9
#define BSN_GET_L2_TABLE_REQUEST	13
#define BSN_VIRTUAL_PORT_REMOVE_REQUEST	17
#define BSN_BW_ENABLE_GET_REQUEST	19
#define BSN_BW_CLEAR_DATA_REQUEST	21
#define BSN_HYBRID_GET_REQUEST		27
static const struct tok bsn_subtype_str[] = {
	{ BSN_SET_IP_MASK, "SET_IP_MASK" },
	{ BSN_GET_IP_MASK_REQUEST, "GET_IP_MASK_REQUEST" },
	{ BSN_GET_IP_MASK_REPLY, "GET_IP_MASK_REPLY" },
	{ BSN_SET_MIRRORING, "SET_MIRRORING" },
	{ BSN_GET_MIRRORING_REQUEST, "GET_MIRRORING_REQUEST" },
	{ BSN_GET_MIRRORING_REPLY, "GET_MIRRORING_REPLY" },
	{ BSN_SHELL_COMMAND, "SHELL_COMMAND" },
	{ BSN_SHELL_OUTPUT, "SHELL_OUTPUT" },
	{ BSN_SHELL_STATUS, "SHELL_STATUS" },
	{ BSN_GET_INTERFACES_REQUEST, "GET_INTERFACES_REQUEST" },
	{ 10, "GET_INTERFACES_REPLY" },
	{ 11, "SET_PKTIN_SUPPRESSION_REQUEST" },
	{ 12, "SET_L2_TABLE_REQUEST" },
	{ BSN_GET_L2_TABLE_REQUEST, "GET_L2_TABLE_REQUEST" },
	{ 14, "GET_L2_TABLE_REPLY" },
	{ 15, "VIRTUAL_PORT_CREATE_REQUEST" },
	{ 16, "VIRTUAL_PORT_CREATE_REPLY" },
	{ BSN_VIRTUAL_PORT_REMOVE_REQUEST, "VIRTUAL_PORT_REMOVE_REQUEST" },
	{ 18, "BW_ENABLE_SET_REQUEST" },
	{ BSN_BW_ENABLE_GET_REQUEST, "BW_ENABLE_GET_REQUEST" },
	{ 20, "BW_ENABLE_GET_REPLY" },
	{ BSN_BW_CLEAR_DATA_REQUEST, "BW_CLEAR_DATA_REQUEST" },
	{ 22, "BW_CLEAR_DATA_REPLY" },
	{ 23, "BW_ENABLE_SET_REPLY" },
	{ 24, "SET_L2_TABLE_REPLY" },
	{ 25, "SET_PKTIN_SUPPRESSION_REPLY" },
	{ 26, "VIRTUAL_PORT_REMOVE_REPLY" },
	{ BSN_HYBRID_GET_REQUEST, "HYBRID_GET_REQUEST" },
	{ 28, "HYBRID_GET_REPLY" },
	{ 31, "PDU_TX_REQUEST" },
	{ 32, "PDU_TX_REPLY" },
	{ 33, "PDU_RX_REQUEST" },
	{ 34, "PDU_RX_REPLY" },
	{ 35, "PDU_RX_TIMEOUT" },
	{ 0, NULL }
};

#define BSN_ACTION_MIRROR	1
static const struct tok bsn_action_subtype_str[] = {
	{ BSN_ACTION_MIRROR, "MIRROR" },
	{ 2, "SET_TUNNEL_DST" },
	{ 4, "CHECKSUM" },
	{ 0, NULL }
};

static const struct tok bsn_mirror_copy_stage_str[] = {
	{ 0, "INGRESS" },
	{ 1, "EGRESS" },
	{ 0, NULL }
};

static const struct tok bsn_onoff_str[] = {
	{ 0, "OFF" },
	{ 1, "ON" },
	{ 0, NULL }
};

/* label, then a name from t, or prefix, v in w hex digits and ")". */
static void
tok_or_hex(struct out *o, const char *label, const struct tok *t,
    unsigned v, const char *prefix, unsigned w)
{
	const char *s = tok_find(t, v);

	out_str(o, label);
	if (s != NULL)
		out_str(o, s);
	else {
		out_str(o, prefix);
		out_hex(o, v, w);
		out_char(o, ')');
	}
}

/* label and a decimal number. */
static void
u_field(struct out *o, const char *label, uint64_t v)
{
	out_str(o, label);
	out_u64(o, v);
}

/* label and a 32-bit bitmap, "0x%08x" and its names. */
static void
bitmap32(struct ctx *c, const char *label, struct span s, size_t cp,
    const struct tok *t, uint32_t u)
{
	uint32_t v = get_be32(c, s, cp);

	out_str(c->out, label);
	of_hex32(c->out, v);
	of_bitmap_print(c->out, t, v, u);
}

/* A VLAN ID: NONE, or the number, bogus outside 1..4094. */
static void
vlan_print(struct out *o, uint16_t vid)
{
	if (vid == OFP_VLAN_NONE) {
		out_str(o, "NONE");
		return;
	}
	out_u32(o, vid);
	if (!(vid > 0 && vid < 0x0fff))
		out_str(o, " (bogus)");
}

static void
pcp_print(struct out *o, uint8_t pcp)
{
	out_u32(o, pcp);
	if (pcp > 7)
		out_str(o, " (bogus)");
}

/* The structure is malformed: say so, and skip what is left of it. */
static void
invalid(struct ctx *c, struct span s, size_t cp, unsigned len)
{
	print_invalid(c);
	of_tcheck(c, s, cp, len);
}

/* A Big Switch Networks vendor message (after its vendor ID). */
static void
of10_bsn_message_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	struct out *o = c->out;
	uint32_t subtype, v;

	if (len < 4) {
		invalid(c, s, cp, len);
		return;
	}
	subtype = get_be32(c, s, cp);
	cp += 4, len -= 4;
	tok_or_hex(o, "\n\t subtype ", bsn_subtype_str, subtype,
	    "unknown (0x", 8);
	switch (subtype) {
	case BSN_GET_IP_MASK_REQUEST:	/* index, pad[7] */
		if (len != 8)
			break;
		u_field(o, ", index ", get_u8(c, s, cp));
		of_tcheck(c, s, cp + 1, 7);
		return;
	case BSN_SET_IP_MASK:		/* index, pad[3], mask */
	case BSN_GET_IP_MASK_REPLY:
		if (len != 8)
			break;
		u_field(o, ", index ", get_u8(c, s, cp));
		of_ipaddr(c, ", mask ", s, cp + 4);
		return;
	case BSN_SET_MIRRORING:		/* report_mirror_ports, pad[3] */
	case BSN_GET_MIRRORING_REQUEST:
	case BSN_GET_MIRRORING_REPLY:
		if (len != 4)
			break;
		v = get_u8(c, s, cp);
		out_str(o, ", report_mirror_ports ");
		if (tok_find(bsn_onoff_str, v) != NULL)
			out_str(o, tok_find(bsn_onoff_str, v));
		else {
			out_str(o, "bogus (");
			out_u32(o, v);
			out_char(o, ')');
		}
		of_tcheck(c, s, cp + 1, 3);
		return;
	case BSN_GET_INTERFACES_REQUEST:	/* the subtype only */
	case BSN_GET_L2_TABLE_REQUEST:
	case BSN_BW_ENABLE_GET_REQUEST:
	case BSN_BW_CLEAR_DATA_REQUEST:
	case BSN_HYBRID_GET_REQUEST:
		if (len != 0)
			break;
		return;
	case BSN_VIRTUAL_PORT_REMOVE_REQUEST:	/* vport_no */
		if (len != 4)
			break;
		u_field(o, ", vport_no ", get_be32(c, s, cp));
		return;
	case BSN_SHELL_COMMAND:		/* service, then text */
		if (len < 4)
			break;
		u_field(o, ", service ", get_be32(c, s, cp));
		cp += 4, len -= 4;
		/* FALLTHROUGH */
	case BSN_SHELL_OUTPUT:		/* text */
		out_str(o, ", data '");
		of_printn(c, s, cp, len);
		out_char(o, '\'');
		return;
	case BSN_SHELL_STATUS:		/* status */
		if (len != 4)
			break;
		v = get_be32(c, s, cp);
		out_str(o, ", status ");
		of_hex32(o, v);
		return;
	default:
		of_tcheck(c, s, cp, len);
		return;
	}
	invalid(c, s, cp, len);
}

/* A Big Switch Networks vendor action (after its vendor ID). */
static void
of10_bsn_actions_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	struct out *o = c->out;
	uint32_t subtype, vlan_tag;
	uint8_t stage;

	if (len < 4) {
		invalid(c, s, cp, len);
		return;
	}
	subtype = get_be32(c, s, cp);
	cp += 4, len -= 4;
	tok_or_hex(o, "\n\t  subtype ", bsn_action_subtype_str, subtype,
	    "unknown (0x", 8);
	if (subtype != BSN_ACTION_MIRROR) {
		of_tcheck(c, s, cp, len);
		return;
	}
	/* dest_port, vlan_tag, copy_stage, pad[3] */
	if (len != 12) {
		invalid(c, s, cp, len);
		return;
	}
	u_field(o, ", dest_port ", get_be32(c, s, cp));
	vlan_tag = get_be32(c, s, cp + 4);
	switch (vlan_tag >> 16) {
	case 0:
		out_str(o, ", vlan_tag none");
		break;
	case 0x8100:	/* tcpdump's ieee8021q_tci_string() */
		out_str(o, ", vlan_tag 802.1Q (vlan ");
		out_u32(o, vlan_tag & 0xfff);
		out_str(o, ", p ");
		out_u32(o, (vlan_tag >> 13) & 7);
		if (vlan_tag & 0x1000)
			out_str(o, ", DEI");
		out_char(o, ')');
		break;
	default:
		out_str(o, ", vlan_tag unknown (0x");
		out_hex(o, vlan_tag >> 16, 4);
		out_char(o, ')');
	}
	stage = get_u8(c, s, cp + 8);
	out_str(o, ", copy_stage ");
	if (tok_find(bsn_mirror_copy_stage_str, stage) != NULL)
		out_str(o, tok_find(bsn_mirror_copy_stage_str, stage));
	else {
		out_str(o, "unknown (");
		out_u32(o, stage);
		out_char(o, ')');
	}
	of_tcheck(c, s, cp + 9, 3);
}

/* ", vendor 0x%08x (NAME)"; the vendor ID is read at cp. */
static uint32_t
vendor_print(struct ctx *c, struct span s, size_t cp)
{
	uint32_t vendor = get_be32(c, s, cp);

	out_str(c->out, ", vendor ");
	of_hex32(c->out, vendor);
	out_str(c->out, " (");
	out_str(c->out, of_vendor_name(vendor));
	out_char(c->out, ')');
	return vendor;
}

static void
of10_vendor_action_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	uint32_t vendor;

	if (len < 4) {
		invalid(c, s, cp, len);
		return;
	}
	vendor = vendor_print(c, s, cp);
	if (vendor == OUI_BSN)
		of10_bsn_actions_print(c, s, cp + 4, len - 4);
	else
		of_data_print(c, s, cp + 4, len - 4);
}

/* [OF10] 5.5.4: the length check was made on the message. */
static void
of10_vendor_message_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	uint32_t vendor = vendor_print(c, s, cp);

	if (vendor == OUI_BSN)
		of10_bsn_message_print(c, s, cp + 4, len - 4);
	else
		of_data_print(c, s, cp + 4, len - 4);
}

/* A vendor ID, which is mandatory, then optional data. */
static void
of10_vendor_data_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	if (len < 4) {
		invalid(c, s, cp, len);
		return;
	}
	vendor_print(c, s, cp);
	of_data_print(c, s, cp + 4, len - 4);
}

/*
 * The Ethernet frame of PACKET_IN and PACKET_OUT: its size, and with
 * -vvv the frame itself, cut to its length (more messages may follow in
 * the segment) and printed with the verbosity lowered by 3.  As in
 * tcpdump, a truncated frame leaves the packet with the verbosity still
 * lowered.
 */
static void
of10_packet_data_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	if (len == 0)
		return;
	out_str(c->out, "\n\t data (");
	out_u32(c->out, len);
	out_str(c->out, " octets)");
	if (c->opt.vflag < 3) {
		of_tcheck(c, s, cp, len);
		return;
	}
	c->opt.vflag -= 3;
	out_str(c->out, ", frame decoding below\n");
	ether_if_print(c, span_cut(span_rest(s, cp), len), len);
	c->opt.vflag += 3;
}

/* [OF10] 5.2.1: a port's description, 48 bytes. */
static void
of10_phy_port_print(struct ctx *c, struct span s, size_t cp)
{
	struct out *o = c->out;
	uint32_t state;

	of_port_print(c, "\n\t  port_no ", ofpp_str, get_be16(c, s, cp));
	of_etheraddr(c, ", hw_addr ", s, cp + 2);
	cp += 8;
	out_str(o, ", name '");
	of_printjnp(c, s, cp, OFP_MAX_PORT_NAME_LEN);
	out_char(o, '\'');
	cp += OFP_MAX_PORT_NAME_LEN;

	if (c->opt.vflag < 2) {
		of_tcheck(c, s, cp, 24);
		return;
	}
	bitmap32(c, "\n\t   config ", s, cp, ofppc_bm, OFPPC_U);
	state = get_be32(c, s, cp + 4);
	out_str(o, "\n\t   state ");
	of_hex32(o, state);
	out_str(o, " (");
	out_str(o, tok_find(ofpps_stp_str, state & OFPPS_STP_MASK));
	if (state & OFPPS_LINK_DOWN)
		out_str(o, ", LINK_DOWN");
	out_char(o, ')');
	if (state & OFPPS_U)
		out_str(o, " (bogus)");
	bitmap32(c, "\n\t   curr ", s, cp + 8, ofppf_bm, OFPPF_U);
	bitmap32(c, "\n\t   advertised ", s, cp + 12, ofppf_bm, OFPPF_U);
	bitmap32(c, "\n\t   supported ", s, cp + 16, ofppf_bm, OFPPF_U);
	bitmap32(c, "\n\t   peer ", s, cp + 20, ofppf_bm, OFPPF_U);
}

/* [OF10] 5.2.2: the properties of a queue. */
static void
of10_queue_props_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	struct out *o = c->out;

	while (len) {
		uint16_t property, plen;
		int skip = 0;

		if (len < OF_QUEUE_PROP_MINLEN)
			goto invalid;
		property = get_be16(c, s, cp);
		tok_or_hex(o, "\n\t   property ", ofpqt_str, property,
		    "invalid (0x", 4);
		plen = get_be16(c, s, cp + 2);
		cp += 4, len -= 4;
		u_field(o, ", len ", plen);
		if (plen < OF_QUEUE_PROP_MINLEN || plen > len + 4)
			goto invalid;
		of_tcheck(c, s, cp, 4);		/* pad */
		cp += 4, len -= 4;
		if (property == OFPQT_NONE)
			skip = plen != OF_QUEUE_PROP_MINLEN;
		else if (property == OFPQT_MIN_RATE)
			skip = plen != OF_QUEUE_PROP_MIN_RATE_FIXLEN;
		else
			skip = -1;
		if (skip > 0)
			out_str(o, " (bogus)");
		if (skip) {
			of_tcheck(c, s, cp, plen - OF_QUEUE_PROP_MINLEN);
			cp += plen - OF_QUEUE_PROP_MINLEN;
			len -= plen - OF_QUEUE_PROP_MINLEN;
			continue;
		}
		if (property == OFPQT_MIN_RATE) {	/* rate, pad[6] */
			uint16_t rate = get_be16(c, s, cp);
			cp += 2, len -= 2;
			if (rate > 1000)
				out_str(o, ", rate disabled");
			else {
				out_str(o, ", rate ");
				out_u32(o, rate / 10);
				out_char(o, '.');
				out_u32(o, rate % 10);
				out_char(o, '%');
			}
			of_tcheck(c, s, cp, 6);
			cp += 6, len -= 6;
		}
	}
	return;

invalid:
	invalid(c, s, cp, len);
}

/* ibid: the queues of a port. */
static void
of10_queues_print(struct ctx *c, struct span s, size_t cp, unsigned len)
{
	struct out *o = c->out;

	while (len) {
		uint16_t desclen;

		if (len < OF_PACKET_QUEUE_MINLEN)
			goto invalid;
		u_field(o, "\n\t  queue_id ", get_be32(c, s, cp));
		desclen = get_be16(c, s, cp + 4);
		cp += 6, len -= 6;
		u_field(o, ", len ", desclen);
		if (desclen < OF_PACKET_QUEUE_MINLEN || desclen > len + 6)
			goto invalid;
		of_tcheck(c, s, cp, 2);		/* pad */
		cp += 2, len -= 2;
		if (c->opt.vflag >= 2)
			of10_queue_props_print(c, s, cp,
			    desclen - OF_PACKET_QUEUE_MINLEN);
		else
			of_tcheck(c, s, cp, desclen - OF_PACKET_QUEUE_MINLEN);
		cp += desclen - OF_PACKET_QUEUE_MINLEN;
		len -= desclen - OF_PACKET_QUEUE_MINLEN;
	}
	return;

invalid:
	invalid(c, s, cp, len);
}

/*
 * [OF10] 5.2.3: a flow match, 40 bytes; only the fields not wildcarded
 * are printed, each after pfx.  tcpdump reads every field (so checks its
 * bounds) whether it prints it or not, up to nw_proto.
 */
static void
of10_match_print(struct ctx *c, const char *pfx, struct span s, size_t cp)
{
	struct out *o = c->out;
	uint32_t wildcards = get_be32(c, s, cp);
	uint16_t dl_type;
	uint8_t nw_proto;
	unsigned nw_bits;
	int ip_icmp;

	if (wildcards & OFPFW_U) {
		out_str(o, pfx);
		out_str(o, "wildcards ");
		of_hex32(o, wildcards);
		out_str(o, " (bogus)");
	}
	if (!(wildcards & OFPFW_IN_PORT)) {
		uint16_t port = get_be16(c, s, cp + 4);
		out_str(o, pfx);
		of_port_print(c, "match in_port ", ofpp_str, port);
	}
	if (!(wildcards & OFPFW_DL_SRC)) {
		const uint8_t *a = get_bytes(c, s, cp + 6, 6);
		out_str(o, pfx);
		out_str(o, "match dl_src ");
		etheraddr_print(c, a);
	}
	if (!(wildcards & OFPFW_DL_DST)) {
		const uint8_t *a = get_bytes(c, s, cp + 12, 6);
		out_str(o, pfx);
		out_str(o, "match dl_dst ");
		etheraddr_print(c, a);
	}
	if (!(wildcards & OFPFW_DL_VLAN)) {
		uint16_t vid = get_be16(c, s, cp + 18);
		out_str(o, pfx);
		out_str(o, "match dl_vlan ");
		vlan_print(o, vid);
	}
	if (!(wildcards & OFPFW_DL_VLAN_PCP)) {
		uint8_t pcp = get_u8(c, s, cp + 20);
		out_str(o, pfx);
		out_str(o, "match dl_vlan_pcp ");
		pcp_print(o, pcp);
	}
	dl_type = get_be16(c, s, cp + 22);
	if (!(wildcards & OFPFW_DL_TYPE)) {
		out_str(o, pfx);
		out_str(o, "match dl_type 0x");
		out_hex(o, dl_type, 4);
	}
	if (!(wildcards & OFPFW_NW_TOS)) {
		uint8_t tos = get_u8(c, s, cp + 24);
		out_str(o, pfx);
		out_str(o, "match nw_tos 0x");
		out_hex8(o, tos);
	}
	nw_proto = get_u8(c, s, cp + 25);
	if (!(wildcards & OFPFW_NW_PROTO)) {
		out_str(o, pfx);
		out_str(o, !(wildcards & OFPFW_DL_TYPE) && dl_type == 0x0806 ?
		    "match arp_opcode " : "match nw_proto ");
		out_u32(o, nw_proto);
	}
	nw_bits = (wildcards >> OFPFW_NW_SRC_SHIFT) & OFPFW_NW_BITS_MASK;
	if (nw_bits < 32) {
		const uint8_t *a = get_bytes(c, s, cp + 28, 4);
		out_str(o, pfx);
		out_str(o, "match nw_src ");
		ipaddr_print(c, a);
		out_char(o, '/');
		out_u32(o, 32 - nw_bits);
	}
	nw_bits = (wildcards >> OFPFW_NW_DST_SHIFT) & OFPFW_NW_BITS_MASK;
	if (nw_bits < 32) {
		const uint8_t *a = get_bytes(c, s, cp + 32, 4);
		out_str(o, pfx);
		out_str(o, "match nw_dst ");
		ipaddr_print(c, a);
		out_char(o, '/');
		out_u32(o, 32 - nw_bits);
	}
	/* ICMP type and code ride in the transport port fields */
	ip_icmp = !(wildcards & OFPFW_DL_TYPE) && dl_type == 0x0800 &&
	    !(wildcards & OFPFW_NW_PROTO) && nw_proto == 1;
	if (!(wildcards & OFPFW_TP_SRC)) {
		uint16_t v = get_be16(c, s, cp + 36);
		out_str(o, pfx);
		out_str(o, ip_icmp ? "match icmp_type " : "match tp_src ");
		out_u32(o, v);
	}
	if (!(wildcards & OFPFW_TP_DST)) {
		uint16_t v = get_be16(c, s, cp + 38);
		out_str(o, pfx);
		out_str(o, ip_icmp ? "match icmp_code " : "match tp_dst ");
		out_u32(o, v);
	} else
		of_tcheck(c, s, cp + 38, 2);
}

/* The action's length for its type: 0 when any multiple of 8 will do. */
static unsigned
action_fixlen(uint16_t type, int *known)
{
	*known = 1;
	switch (type) {
	case OFPAT_OUTPUT:
	case OFPAT_SET_VLAN_VID:
	case OFPAT_SET_VLAN_PCP:
	case OFPAT_STRIP_VLAN:
	case OFPAT_SET_NW_SRC:
	case OFPAT_SET_NW_DST:
	case OFPAT_SET_NW_TOS:
	case OFPAT_SET_TP_SRC:
	case OFPAT_SET_TP_DST:
		return 8;
	case OFPAT_SET_DL_SRC:
	case OFPAT_SET_DL_DST:
	case OFPAT_ENQUEUE:
		return 16;
	case OFPAT_VENDOR:
		return 0;
	}
	*known = 0;
	return 0;
}

/* [OF10] 5.2.4: a list of actions, each after pfx. */
static void
of10_actions_print(struct ctx *c, const char *pfx, struct span s, size_t cp,
    unsigned len)
{
	struct out *o = c->out;

	while (len) {
		uint16_t type, alen, port;
		unsigned fixlen;
		int known, bogus;

		if (len < OF_ACTION_MINLEN)
			goto invalid;
		type = get_be16(c, s, cp);
		out_str(o, pfx);
		tok_or_hex(o, "action type ", ofpat_str, type,
		    "invalid (0x", 4);
		alen = get_be16(c, s, cp + 2);
		cp += 4, len -= 4;
		u_field(o, ", len ", alen);
		/* a length over- or underrun fails the rest of the list */
		if (alen < OF_ACTION_MINLEN || alen > len + 4)
			goto invalid;
		fixlen = action_fixlen(type, &known);
		bogus = known && (fixlen ? alen != fixlen : alen % 8 != 0);
		if (bogus)
			out_str(o, " (bogus)");
		if (bogus || !known) {
			of_tcheck(c, s, cp, alen - 4u);
			cp += alen - 4u, len -= alen - 4u;
			continue;
		}
		switch (type) {
		case OFPAT_OUTPUT:		/* port, max_len */
			port = get_be16(c, s, cp);
			of_port_print(c, ", port ", ofpp_str, port);
			if (port == OFPP_CONTROLLER)
				u_field(o, ", max_len ", get_be16(c, s, cp + 2));
			else
				of_tcheck(c, s, cp + 2, 2);
			break;
		case OFPAT_SET_VLAN_VID:	/* vlan_vid, pad[2] */
			port = get_be16(c, s, cp);
			out_str(o, ", vlan_vid ");
			vlan_print(o, port);
			of_tcheck(c, s, cp + 2, 2);
			break;
		case OFPAT_SET_VLAN_PCP:	/* vlan_pcp, pad[3] */
			port = get_u8(c, s, cp);
			out_str(o, ", vlan_pcp ");
			pcp_print(o, (uint8_t)port);
			of_tcheck(c, s, cp + 1, 3);
			break;
		case OFPAT_SET_DL_SRC:		/* dl_addr, pad[6] */
		case OFPAT_SET_DL_DST:
			of_etheraddr(c, ", dl_addr ", s, cp);
			of_tcheck(c, s, cp + 6, 6);
			break;
		case OFPAT_SET_NW_SRC:		/* nw_addr */
		case OFPAT_SET_NW_DST:
			of_ipaddr(c, ", nw_addr ", s, cp);
			break;
		case OFPAT_SET_NW_TOS:		/* nw_tos, pad[3] */
			port = get_u8(c, s, cp);
			out_str(o, ", nw_tos 0x");
			out_hex8(o, (uint8_t)port);
			of_tcheck(c, s, cp + 1, 3);
			break;
		case OFPAT_SET_TP_SRC:		/* tp_port, pad[2] */
		case OFPAT_SET_TP_DST:
			u_field(o, ", tp_port ", get_be16(c, s, cp));
			of_tcheck(c, s, cp + 2, 2);
			break;
		case OFPAT_ENQUEUE:		/* port, pad[6], queue_id */
			of_port_print(c, ", port ", ofpp_str,
			    get_be16(c, s, cp));
			of_port_print(c, ", queue_id ", ofpq_str,
			    get_be32(c, s, cp + 8));
			break;
		case OFPAT_VENDOR:
			of10_vendor_action_print(c, s, cp, alen - 4u);
			break;
		case OFPAT_STRIP_VLAN:		/* pad[4] */
			of_tcheck(c, s, cp, 4);
			break;
		}
		cp += alen - 4u, len -= alen - 4u;
	}
	return;

invalid:
	invalid(c, s, cp, len);
}

/* [OF10] 5.3.1 */
static void
of10_features_reply_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	struct out *o = c->out;
	uint64_t dpid = get_be64(c, s, cp);

	out_str(o, "\n\t dpid 0x");
	out_hex(o, dpid, 16);
	u_field(o, ", n_buffers ", get_be32(c, s, cp + 8));
	u_field(o, ", n_tables ", get_u8(c, s, cp + 12));
	bitmap32(c, "\n\t capabilities ", s, cp + 16, ofp_capabilities_bm,
	    OFPCAP_U);
	bitmap32(c, "\n\t actions ", s, cp + 20, ofpat_bm, OFPAT_U);
	cp += 24, len -= 24;
	while (len) {
		if (len < OF_PHY_PORT_FIXLEN) {
			invalid(c, s, cp, len);
			return;
		}
		of10_phy_port_print(c, s, cp);
		cp += OF_PHY_PORT_FIXLEN, len -= OF_PHY_PORT_FIXLEN;
	}
}

/* [OF10] 5.3.2 */
static void
of10_switch_config_msg_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	(void)len;
	tok_or_hex(c->out, "\n\t flags ", ofp_config_str, get_be16(c, s, cp),
	    "invalid (0x", 4);
	u_field(c->out, ", miss_send_len ", get_be16(c, s, cp + 2));
}

/* label and a 16-bit field, only when it is not zero. */
static void
nonzero16(struct ctx *c, const char *label, struct span s, size_t cp)
{
	uint16_t v = get_be16(c, s, cp);

	if (v)
		u_field(c->out, label, v);
}

/* [OF10] 5.3.3 */
static void
of10_flow_mod_print(struct ctx *c, struct span s, size_t cp, unsigned len)
{
	struct out *o = c->out;
	uint64_t cookie;
	uint16_t command, flags;

	of10_match_print(c, "\n\t ", s, cp);
	cp += OF_MATCH_FIXLEN, len -= OF_MATCH_FIXLEN;
	cookie = get_be64(c, s, cp);
	out_str(o, "\n\t cookie 0x");
	out_hex(o, cookie, 16);
	command = get_be16(c, s, cp + 8);
	tok_or_hex(o, ", command ", ofpfc_str, command, "invalid (0x", 4);
	nonzero16(c, ", idle_timeout ", s, cp + 10);
	nonzero16(c, ", hard_timeout ", s, cp + 12);
	nonzero16(c, ", priority ", s, cp + 14);
	if (command == OFPFC_ADD || command == OFPFC_MODIFY ||
	    command == OFPFC_MODIFY_STRICT) {
		uint32_t id = get_be32(c, s, cp + 16);
		out_str(o, ", buffer_id ");
		bufferid_print(o, id);
	}
	if (command == OFPFC_DELETE || command == OFPFC_DELETE_STRICT)
		of_port_print(c, ", out_port ", ofpp_str,
		    get_be16(c, s, cp + 20));
	flags = get_be16(c, s, cp + 22);
	out_str(o, ", flags 0x");
	out_hex(o, flags, 4);
	of_bitmap_print(o, ofpff_bm, flags, OFPFF_U);
	cp += 24, len -= 24;
	of10_actions_print(c, "\n\t ", s, cp, len);
}

/* ibid */
static void
of10_port_mod_print(struct ctx *c, struct span s, size_t cp, unsigned len)
{
	(void)len;
	of_port_print(c, "\n\t port_no ", ofpp_str, get_be16(c, s, cp));
	of_etheraddr(c, ", hw_addr ", s, cp + 2);
	bitmap32(c, "\n\t config ", s, cp + 8, ofppc_bm, OFPPC_U);
	bitmap32(c, "\n\t mask ", s, cp + 12, ofppc_bm, OFPPC_U);
	bitmap32(c, "\n\t advertise ", s, cp + 16, ofppf_bm, OFPPF_U);
	of_tcheck(c, s, cp + 20, 4);	/* pad */
}

/* [OF10] 5.3.4 */
static void
of10_queue_get_config_request_print(struct ctx *c, struct span s,
    size_t cp, unsigned len)
{
	(void)len;
	of_port_print(c, "\n\t port ", ofpp_str, get_be16(c, s, cp));
	of_tcheck(c, s, cp + 2, 2);	/* pad */
}

/* ibid */
static void
of10_queue_get_config_reply_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	of_port_print(c, "\n\t port ", ofpp_str, get_be16(c, s, cp));
	of_tcheck(c, s, cp + 2, 6);	/* pad */
	of10_queues_print(c, s, cp + 8, len - 8);
}

/* [OF10] 5.3.5: a request's body is one of fixed lengths by type. */
static void
of10_stats_request_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	struct out *o = c->out;
	uint16_t type = get_be16(c, s, cp), flags;

	tok_or_hex(o, "\n\t type ", ofpst_str, type, "invalid (0x", 4);
	flags = get_be16(c, s, cp + 2);
	out_str(o, ", flags 0x");
	out_hex(o, flags, 4);
	if (flags)
		out_str(o, " (bogus)");
	cp += 4, len -= 4;
	switch (type) {
	case OFPST_DESC:
	case OFPST_TABLE:
		if (len)
			goto invalid;
		return;
	case OFPST_FLOW:
	case OFPST_AGGREGATE:
		if (len != OF_FLOW_STATS_REQUEST_FIXLEN)
			goto invalid;
		of10_match_print(c, "\n\t ", s, cp);
		of_port_print(c, "\n\t table_id ", tableid_str,
		    get_u8(c, s, cp + 40));
		of_port_print(c, ", out_port ", ofpp_str,
		    get_be16(c, s, cp + 42));
		return;
	case OFPST_PORT:
		if (len != OF_PORT_STATS_REQUEST_FIXLEN)
			goto invalid;
		of_port_print(c, "\n\t port_no ", ofpp_str,
		    get_be16(c, s, cp));
		of_tcheck(c, s, cp + 2, 6);
		return;
	case OFPST_QUEUE:
		if (len != OF_QUEUE_STATS_REQUEST_FIXLEN)
			goto invalid;
		of_port_print(c, "\n\t port_no ", ofpp_str,
		    get_be16(c, s, cp));
		of_port_print(c, ", queue_id ", ofpq_str,
		    get_be32(c, s, cp + 4));
		return;
	case OFPST_VENDOR:
		of10_vendor_data_print(c, s, cp, len);
		return;
	}
	return;

invalid:
	invalid(c, s, cp, len);
}

/* A fixed-size, NUL-padded string field after label. */
static void
str_field(struct ctx *c, const char *label, struct span s, size_t cp,
    unsigned n)
{
	out_str(c->out, label);
	of_printjnp(c, s, cp, n);
	out_char(c->out, '\'');
}

/* ibid */
static void
of10_desc_stats_reply_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	if (len != OF_DESC_STATS_REPLY_FIXLEN) {
		invalid(c, s, cp, len);
		return;
	}
	str_field(c, "\n\t  mfr_desc '", s, cp, DESC_STR_LEN);
	str_field(c, "\n\t  hw_desc '", s, cp + 256, DESC_STR_LEN);
	str_field(c, "\n\t  sw_desc '", s, cp + 512, DESC_STR_LEN);
	str_field(c, "\n\t  serial_num '", s, cp + 768, SERIAL_NUM_LEN);
	str_field(c, "\n\t  dp_desc '", s, cp + 800, DESC_STR_LEN);
}

/* label and a 64-bit counter. */
static void
u64_field(struct ctx *c, const char *label, struct span s, size_t cp)
{
	u_field(c->out, label, get_be64(c, s, cp));
}

/* ibid */
static void
of10_flow_stats_reply_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	struct out *o = c->out;

	while (len) {
		uint16_t entry_len;
		uint64_t cookie;

		if (len < OF_FLOW_STATS_REPLY_MINLEN)
			goto invalid;
		entry_len = get_be16(c, s, cp);
		u_field(o, "\n\t length ", entry_len);
		if (entry_len < OF_FLOW_STATS_REPLY_MINLEN || entry_len > len)
			goto invalid;
		of_port_print(c, ", table_id ", tableid_str,
		    get_u8(c, s, cp + 2));
		of10_match_print(c, "\n\t  ", s, cp + 4);
		cp += 44, len -= 44;
		u_field(o, "\n\t  duration_sec ", get_be32(c, s, cp));
		u_field(o, ", duration_nsec ", get_be32(c, s, cp + 4));
		u_field(o, ", priority ", get_be16(c, s, cp + 8));
		u_field(o, ", idle_timeout ", get_be16(c, s, cp + 10));
		u_field(o, ", hard_timeout ", get_be16(c, s, cp + 12));
		cookie = get_be64(c, s, cp + 20);
		out_str(o, ", cookie 0x");
		out_hex(o, cookie, 16);
		u64_field(c, ", packet_count ", s, cp + 28);
		u64_field(c, ", byte_count ", s, cp + 36);
		cp += 44, len -= 44;
		of10_actions_print(c, "\n\t  ", s, cp,
		    entry_len - OF_FLOW_STATS_REPLY_MINLEN);
		cp += entry_len - OF_FLOW_STATS_REPLY_MINLEN;
		len -= entry_len - OF_FLOW_STATS_REPLY_MINLEN;
	}
	return;

invalid:
	invalid(c, s, cp, len);
}

/* ibid */
static void
of10_aggregate_stats_reply_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	if (len != OF_AGGREGATE_STATS_REPLY_FIXLEN) {
		invalid(c, s, cp, len);
		return;
	}
	u64_field(c, "\n\t packet_count ", s, cp);
	u64_field(c, ", byte_count ", s, cp + 8);
	u_field(c->out, ", flow_count ", get_be32(c, s, cp + 16));
	of_tcheck(c, s, cp + 20, 4);	/* pad */
}

/* ibid */
static void
of10_table_stats_reply_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	while (len) {
		if (len < OF_TABLE_STATS_REPLY_FIXLEN) {
			invalid(c, s, cp, len);
			return;
		}
		of_port_print(c, "\n\t table_id ", tableid_str,
		    get_u8(c, s, cp));
		str_field(c, ", name '", s, cp + 4, OFP_MAX_TABLE_NAME_LEN);
		cp += 36;
		bitmap32(c, "\n\t  wildcards ", s, cp, ofpfw_bm, OFPFW_U);
		u_field(c->out, "\n\t  max_entries ", get_be32(c, s, cp + 4));
		u_field(c->out, ", active_count ", get_be32(c, s, cp + 8));
		u64_field(c, ", lookup_count ", s, cp + 12);
		u64_field(c, ", matched_count ", s, cp + 20);
		cp += 28;
		len -= OF_TABLE_STATS_REPLY_FIXLEN;
	}
}

/* ibid: the counters of a port, printed only with -vv. */
static const char *const port_counters[] = {
	", rx_packets ", ", tx_packets ", ", rx_bytes ", ", tx_bytes ",
	", rx_dropped ", ", tx_dropped ", ", rx_errors ", ", tx_errors ",
	", rx_frame_err ", ", rx_over_err ", ", rx_crc_err ", ", collisions ",
};

static void
of10_port_stats_reply_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	while (len) {
		if (len < OF_PORT_STATS_REPLY_FIXLEN) {
			invalid(c, s, cp, len);
			return;
		}
		of_port_print(c, "\n\t  port_no ", ofpp_str,
		    get_be16(c, s, cp));
		if (c->opt.vflag < 2)
			of_tcheck(c, s, cp + 2, OF_PORT_STATS_REPLY_FIXLEN - 2);
		else
			for (unsigned i = 0; i < 12; i++)
				u64_field(c, port_counters[i], s, cp + 8 + 8 * i);
		cp += OF_PORT_STATS_REPLY_FIXLEN;
		len -= OF_PORT_STATS_REPLY_FIXLEN;
	}
}

/* ibid */
static void
of10_queue_stats_reply_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	while (len) {
		if (len < OF_QUEUE_STATS_REPLY_FIXLEN) {
			invalid(c, s, cp, len);
			return;
		}
		of_port_print(c, "\n\t  port_no ", ofpp_str,
		    get_be16(c, s, cp));
		u_field(c->out, ", queue_id ", get_be32(c, s, cp + 4));
		u64_field(c, ", tx_bytes ", s, cp + 8);
		u64_field(c, ", tx_packets ", s, cp + 16);
		u64_field(c, ", tx_errors ", s, cp + 24);
		cp += OF_QUEUE_STATS_REPLY_FIXLEN;
		len -= OF_QUEUE_STATS_REPLY_FIXLEN;
	}
}

/* ibid: the type-specific bodies of replies, by type. */
static const struct {
	uint16_t	 type;
	of_decoder	 print;
} of10_stats_replies[] = {
	{ OFPST_DESC, of10_desc_stats_reply_print },
	{ OFPST_FLOW, of10_flow_stats_reply_print },
	{ OFPST_AGGREGATE, of10_aggregate_stats_reply_print },
	{ OFPST_TABLE, of10_table_stats_reply_print },
	{ OFPST_PORT, of10_port_stats_reply_print },
	{ OFPST_QUEUE, of10_queue_stats_reply_print },
	{ OFPST_VENDOR, of10_vendor_data_print },
};

static void
of10_stats_reply_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	struct out *o = c->out;
	uint16_t type = get_be16(c, s, cp), flags;

	tok_or_hex(o, "\n\t type ", ofpst_str, type, "invalid (0x", 4);
	flags = get_be16(c, s, cp + 2);
	out_str(o, ", flags 0x");
	out_hex(o, flags, 4);
	of_bitmap_print(o, ofpsf_reply_bm, flags, OFPSF_REPLY_U);
	cp += 4, len -= 4;
	if (c->opt.vflag > 0)
		for (size_t i = 0; i < sizeof(of10_stats_replies) /
		    sizeof(of10_stats_replies[0]); i++)
			if (of10_stats_replies[i].type == type) {
				of10_stats_replies[i].print(c, s, cp, len);
				return;
			}
	of_tcheck(c, s, cp, len);
}

/* [OF10] 5.3.6 */
static void
of10_packet_out_print(struct ctx *c, struct span s, size_t cp, unsigned len)
{
	struct out *o = c->out;
	uint32_t buffer_id = get_be32(c, s, cp);
	uint16_t actions_len;

	out_str(o, "\n\t buffer_id ");
	of_hex32(o, buffer_id);
	of_port_print(c, ", in_port ", ofpp_str, get_be16(c, s, cp + 4));
	actions_len = get_be16(c, s, cp + 6);
	cp += 8, len -= 8;
	if (actions_len > len) {
		invalid(c, s, cp, len);
		return;
	}
	of10_actions_print(c, "\n\t ", s, cp, actions_len);
	of10_packet_data_print(c, s, cp + actions_len, len - actions_len);
}

/* [OF10] 5.4.1 */
static void
of10_packet_in_print(struct ctx *c, struct span s, size_t cp, unsigned len)
{
	struct out *o = c->out;
	uint32_t buffer_id = get_be32(c, s, cp);

	out_str(o, "\n\t buffer_id ");
	bufferid_print(o, buffer_id);
	u_field(o, ", total_len ", get_be16(c, s, cp + 4));
	of_port_print(c, ", in_port ", ofpp_str, get_be16(c, s, cp + 6));
	tok_or_hex(o, ", reason ", ofpr_str, get_u8(c, s, cp + 8),
	    "invalid (0x", 2);
	of_tcheck(c, s, cp + 9, 1);	/* pad */
	of10_packet_data_print(c, s, cp + 10, len - 10);
}

/* [OF10] 5.4.2 */
static void
of10_flow_removed_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	struct out *o = c->out;
	uint64_t cookie;

	(void)len;
	of10_match_print(c, "\n\t ", s, cp);
	cp += OF_MATCH_FIXLEN;
	cookie = get_be64(c, s, cp);
	out_str(o, "\n\t cookie 0x");
	out_hex(o, cookie, 16);
	nonzero16(c, ", priority ", s, cp + 8);
	tok_or_hex(o, ", reason ", ofprr_str, get_u8(c, s, cp + 10),
	    "unknown (0x", 2);
	u_field(o, ", duration_sec ", get_be32(c, s, cp + 12));
	u_field(o, ", duration_nsec ", get_be32(c, s, cp + 16));
	nonzero16(c, ", idle_timeout ", s, cp + 20);
	u64_field(c, ", packet_count ", s, cp + 24);
	u64_field(c, ", byte_count ", s, cp + 32);
}

/* [OF10] 5.4.3 */
static void
of10_port_status_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	(void)len;
	tok_or_hex(c->out, "\n\t reason ", ofppr_str, get_u8(c, s, cp),
	    "invalid (0x", 2);
	of10_phy_port_print(c, s, cp + 8);
}

/* [OF10] 5.4.4 */
static void
of10_error_print(struct ctx *c, struct span s, size_t cp, unsigned len)
{
	struct out *o = c->out;
	uint16_t type = get_be16(c, s, cp), code;

	tok_or_hex(o, "\n\t type ", ofpet_str, type, "invalid (0x", 4);
	code = get_be16(c, s, cp + 2);
	if (type < sizeof(ofpet_codes) / sizeof(ofpet_codes[0]))
		tok_or_hex(o, ", code ", ofpet_codes[type], code,
		    "invalid (0x", 4);
	else {
		out_str(o, ", code invalid (0x");
		out_hex(o, code, 4);
		out_char(o, ')');
	}
	of_data_print(c, s, cp + 4, len - 4);
}

/* By type: name, decoder and body length constraint (tcpdump's table). */
static const struct of_msgtypeinfo of10_msgtypeinfo[OFPT_MAX + 1] = {
	{ "HELLO", of_data_print, REQ_MINLEN, 0 },
	{ "ERROR", of10_error_print, REQ_MINLEN, OF_ERROR_MSG_MINLEN },
	{ "ECHO_REQUEST", of_data_print, REQ_MINLEN, 0 },
	{ "ECHO_REPLY", of_data_print, REQ_MINLEN, 0 },
	{ "VENDOR", of10_vendor_message_print, REQ_MINLEN, OF_VENDOR_MINLEN },
	{ "FEATURES_REQUEST", NULL, REQ_FIXLEN, 0 },
	{ "FEATURES_REPLY", of10_features_reply_print, REQ_MINLEN,
	    OF_FEATURES_REPLY_MINLEN },
	{ "GET_CONFIG_REQUEST", NULL, REQ_FIXLEN, 0 },
	{ "GET_CONFIG_REPLY", of10_switch_config_msg_print, REQ_FIXLEN,
	    OF_SWITCH_CONFIG_FIXLEN },
	{ "SET_CONFIG", of10_switch_config_msg_print, REQ_FIXLEN,
	    OF_SWITCH_CONFIG_FIXLEN },
	/* the minimum leaves out the 2 bytes of pad the spec counts */
	{ "PACKET_IN", of10_packet_in_print, REQ_MINLEN,
	    OF_PACKET_IN_MINLEN - 2 },
	{ "FLOW_REMOVED", of10_flow_removed_print, REQ_FIXLEN,
	    OF_FLOW_REMOVED_FIXLEN },
	{ "PORT_STATUS", of10_port_status_print, REQ_FIXLEN,
	    OF_PORT_STATUS_FIXLEN },
	{ "PACKET_OUT", of10_packet_out_print, REQ_MINLEN,
	    OF_PACKET_OUT_MINLEN },
	{ "FLOW_MOD", of10_flow_mod_print, REQ_MINLEN, OF_FLOW_MOD_MINLEN },
	{ "PORT_MOD", of10_port_mod_print, REQ_FIXLEN, OF_PORT_MOD_FIXLEN },
	{ "STATS_REQUEST", of10_stats_request_print, REQ_MINLEN,
	    OF_STATS_REQUEST_MINLEN },
	{ "STATS_REPLY", of10_stats_reply_print, REQ_MINLEN,
	    OF_STATS_REPLY_MINLEN },
	{ "BARRIER_REQUEST", NULL, REQ_FIXLEN, 0 },
	{ "BARRIER_REPLY", NULL, REQ_FIXLEN, 0 },
	{ "QUEUE_GET_CONFIG_REQUEST", of10_queue_get_config_request_print,
	    REQ_FIXLEN, OF_QUEUE_GET_CONFIG_REQUEST_FIXLEN },
	{ "QUEUE_GET_CONFIG_REPLY", of10_queue_get_config_reply_print,
	    REQ_MINLEN, OF_QUEUE_GET_CONFIG_REPLY_MINLEN },
};

const struct of_msgtypeinfo *
of10_identify_msgtype(uint8_t type)
{
	return type <= OFPT_MAX ? &of10_msgtypeinfo[type] : NULL;
}
