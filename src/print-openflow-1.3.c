/*
 * print-openflow-1.3.c - OpenFlow 1.3 (wire version 0x04) message bodies,
 * as tcpdump 4.99 print-openflow-1.3.c decodes them with -v: the message
 * type names and length constraints, and the bodies of the fixed-size
 * messages, HELLO elements, ERROR and EXPERIMENTER.  Like tcpdump, it
 * leaves PACKET_IN, FLOW_MOD, MULTIPART and the rest to be done.
 *
 * As in 4.99, a malformed HELLO element prints only " (invalid)" (later
 * tcpdump adds a "[bitmap length ...]" note).
 *
 * [OF13] OpenFlow Switch Specification 1.3.5, sections cited below.
 */
#include "openflow.h"

#define OFPT_MAX	29u	/* OFPT_METER_MOD */

static const struct tok ofp_capabilities_bm[] = {
	{ 1u << 0, "FLOW_STATS" },
	{ 1u << 1, "TABLE_STATS" },
	{ 1u << 2, "PORT_STATS" },
	{ 1u << 3, "GROUP_STATS" },
	{ 1u << 5, "IP_REASM" },
	{ 1u << 6, "QUEUE_STATS" },
	{ 1u << 8, "PORT_BLOCKED" },
	{ 0, NULL }
};
#define OFPCAP_U	(~(0x0fu | 1u << 5 | 1u << 6 | 1u << 8))

static const struct tok ofp_config_str[] = {
	{ 0, "FRAG_NORMAL" },
	{ 1, "FRAG_DROP" },
	{ 2, "FRAG_REASM" },
	{ 0, NULL }
};

static const struct tok ofptt_str[] = {
	{ 0xfe, "MAX" },
	{ 0xff, "ALL" },
	{ 0, NULL }
};

static const struct tok ofpcml_str[] = {
	{ 0xffe5, "MAX" },
	{ 0xffff, "NO_BUFFER" },
	{ 0, NULL }
};

static const struct tok ofppc_bm[] = {
	{ 1u << 0, "PORT_DOWN" },
	{ 1u << 2, "NO_RECV" },
	{ 1u << 5, "NO_FWD" },
	{ 1u << 6, "NO_PACKET_IN" },
	{ 0, NULL }
};
#define OFPPC_U	(~(1u << 0 | 1u << 2 | 1u << 5 | 1u << 6))

static const struct tok ofpps_bm[] = {
	{ 1u << 0, "LINK_DOWN" },
	{ 1u << 1, "BLOCKED" },
	{ 1u << 2, "LIVE" },
	{ 0, NULL }
};
#define OFPPS_U	(~7u)

static const struct tok ofppf_bm[] = {
	{ 1u << 0, "10MB_HD" },
	{ 1u << 1, "10MB_FD" },
	{ 1u << 2, "100MB_HD" },
	{ 1u << 3, "100MB_FD" },
	{ 1u << 4, "1GB_HD" },
	{ 1u << 5, "1GB_FD" },
	{ 1u << 6, "10GB_FD" },
	{ 1u << 7, "40GB_FD" },
	{ 1u << 8, "100GB_FD" },
	{ 1u << 9, "1TB_FD" },
	{ 1u << 10, "OTHER" },
	{ 1u << 11, "COPPER" },
	{ 1u << 12, "FIBER" },
	{ 1u << 13, "AUTONEG" },
	{ 1u << 14, "PAUSE" },
	{ 1u << 15, "PAUSE_ASYM" },
	{ 0, NULL }
};
#define OFPPF_U	(~0xffffu)

#define OFPHET_VERSIONBITMAP	1u
static const struct tok ofphet_str[] = {
	{ OFPHET_VERSIONBITMAP, "VERSIONBITMAP" },
	{ 0, NULL }
};

static const struct tok ofpp_str[] = {
	{ 0xffffff00, "MAX" },
	{ 0xfffffff8, "IN_PORT" },
	{ 0xfffffff9, "TABLE" },
	{ 0xfffffffa, "NORMAL" },
	{ 0xfffffffb, "FLOOD" },
	{ 0xfffffffc, "ALL" },
	{ 0xfffffffd, "CONTROLLER" },
	{ 0xfffffffe, "LOCAL" },
	{ 0xffffffff, "ANY" },
	{ 0, NULL }
};

static const struct tok ofpcr_str[] = {
	{ 0, "NOCHANGE" },
	{ 1, "EQUAL" },
	{ 2, "MASTER" },
	{ 3, "SLAVE" },
	{ 0, NULL }
};

/* Bit n-1 of a version bitmap stands for wire version n. */
static const struct tok ofverbm_str[] = {
	{ 1u << 0, "1.0" },
	{ 1u << 1, "1.1" },
	{ 1u << 2, "1.2" },
	{ 1u << 3, "1.3" },
	{ 1u << 4, "1.4" },
	{ 1u << 5, "1.5" },
	{ 0, NULL }
};
#define OF_BIT_VER_U	(~0x3fu)

/* SET_ASYNC masks: bit n stands for reason n. */
static const struct tok async_ofpr_bm[] = {
	{ 1u << 0, "NO_MATCH" },
	{ 1u << 1, "ACTION" },
	{ 1u << 2, "INVALID_TTL" },
	{ 0, NULL }
};
#define ASYNC_OFPR_U	(~7u)

static const struct tok ofppr_str[] = {
	{ 0, "ADD" },
	{ 1, "DELETE" },
	{ 2, "MODIFY" },
	{ 0, NULL }
};

static const struct tok async_ofppr_bm[] = {
	{ 1u << 0, "ADD" },
	{ 1u << 1, "DELETE" },
	{ 1u << 2, "MODIFY" },
	{ 0, NULL }
};
#define ASYNC_OFPPR_U	(~7u)

#define OFPET_EXPERIMENTER	0xffffu
static const struct tok ofpet_str[] = {
	{ 0, "HELLO_FAILED" },
	{ 1, "BAD_REQUEST" },
	{ 2, "BAD_ACTION" },
	{ 3, "BAD_INSTRUCTION" },
	{ 4, "BAD_MATCH" },
	{ 5, "FLOW_MOD_FAILED" },
	{ 6, "GROUP_MOD_FAILED" },
	{ 7, "PORT_MOD_FAILED" },
	{ 8, "TABLE_MOD_FAILED" },
	{ 9, "QUEUE_OP_FAILED" },
	{ 10, "SWITCH_CONFIG_FAILED" },
	{ 11, "ROLE_REQUEST_FAILED" },
	{ 12, "METER_MOD_FAILED" },
	{ 13, "TABLE_FEATURES_FAILED" },
	{ OFPET_EXPERIMENTER, "EXPERIMENTER" },
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
	{ 2, "BAD_MULTIPART" },
	{ 3, "BAD_EXPERIMENTER" },
	{ 4, "BAD_EXP_TYPE" },
	{ 5, "EPERM" },
	{ 6, "BAD_LEN" },
	{ 7, "BUFFER_EMPTY" },
	{ 8, "BUFFER_UNKNOWN" },
	{ 9, "BAD_TABLE_ID" },
	{ 10, "IS_SLAVE" },
	{ 11, "BAD_PORT" },
	{ 12, "BAD_PACKET" },
	{ 13, "MULTIPART_BUFFER_OVERFLOW" },
	{ 0, NULL }
};

static const struct tok ofpbac_str[] = {
	{ 0, "BAD_TYPE" },
	{ 1, "BAD_LEN" },
	{ 2, "BAD_EXPERIMENTER" },
	{ 3, "BAD_EXP_TYPE" },
	{ 4, "BAD_OUT_PORT" },
	{ 5, "BAD_ARGUMENT" },
	{ 6, "EPERM" },
	{ 7, "TOO_MANY" },
	{ 8, "BAD_QUEUE" },
	{ 9, "BAD_OUT_GROUP" },
	{ 10, "MATCH_INCONSISTENT" },
	{ 11, "UNSUPPORTED_ORDER" },
	{ 12, "BAD_TAG" },
	{ 13, "BAD_SET_TYPE" },
	{ 14, "BAD_SET_LEN" },
	{ 15, "BAD_SET_ARGUMENT" },
	{ 0, NULL }
};

static const struct tok ofpbic_str[] = {
	{ 0, "UNKNOWN_INST" },
	{ 1, "UNSUP_INST" },
	{ 2, "BAD_TABLE_ID" },
	{ 3, "UNSUP_METADATA" },
	{ 4, "UNSUP_METADATA_MASK" },
	{ 5, "BAD_EXPERIMENTER" },
	{ 6, "BAD_EXP_TYPE" },
	{ 7, "BAD_LEN" },
	{ 8, "EPERM" },
	{ 0, NULL }
};

static const struct tok ofpbmc_str[] = {
	{ 0, "BAD_TYPE" },
	{ 1, "BAD_LEN" },
	{ 2, "BAD_TAG" },
	{ 3, "BAD_DL_ADDR_MASK" },
	{ 4, "BAD_NW_ADDR_MASK" },
	{ 5, "BAD_WILDCARDS" },
	{ 6, "BAD_FIELD" },
	{ 7, "BAD_VALUE" },
	{ 8, "BAD_MASK" },
	{ 9, "BAD_PREREQ" },
	{ 10, "DUP_FIELD" },
	{ 11, "EPERM" },
	{ 0, NULL }
};

static const struct tok ofpfmfc_str[] = {
	{ 0, "UNKNOWN" },
	{ 1, "TABLE_FULL" },
	{ 2, "BAD_TABLE_ID" },
	{ 3, "OVERLAP" },
	{ 4, "EPERM" },
	{ 5, "BAD_TIMEOUT" },
	{ 6, "BAD_COMMAND" },
	{ 7, "BAD_FLAGS" },
	{ 0, NULL }
};

static const struct tok ofpgmfc_str[] = {
	{ 0, "GROUP_EXISTS" },
	{ 1, "INVALID_GROUP" },
	{ 2, "WEIGHT_UNSUPPORTED" },
	{ 3, "OUT_OF_GROUPS" },
	{ 4, "OUT_OF_BUCKETS" },
	{ 5, "CHAINING_UNSUPPORTED" },
	{ 6, "WATCH_UNSUPPORTED" },
	{ 7, "LOOP" },
	{ 8, "UNKNOWN_GROUP" },
	{ 9, "CHAINED_GROUP" },
	{ 10, "BAD_TYPE" },
	{ 11, "BAD_COMMAND" },
	{ 12, "BAD_BUCKET" },
	{ 13, "BAD_MATCH" },
	{ 14, "EPERM" },
	{ 0, NULL }
};

static const struct tok ofppmfc_str[] = {
	{ 0, "BAD_PORT" },
	{ 1, "BAD_HW_ADDR" },
	{ 2, "BAD_CONFIG" },
	{ 3, "BAD_ADVERTISE" },
	{ 4, "EPERM" },
	{ 0, NULL }
};

static const struct tok ofptmfc_str[] = {
	{ 0, "BAD_TABLE" },
	{ 1, "BAD_CONFIG" },
	{ 2, "EPERM" },
	{ 0, NULL }
};

static const struct tok ofpqofc_str[] = {
	{ 0, "BAD_PORT" },
	{ 1, "BAD_QUEUE" },
	{ 2, "EPERM" },
	{ 0, NULL }
};

static const struct tok ofpscfc_str[] = {
	{ 0, "BAD_FLAGS" },
	{ 1, "BAD_LEN" },
	{ 2, "EPERM" },
	{ 0, NULL }
};

static const struct tok ofprrfc_str[] = {
	{ 0, "STALE" },
	{ 1, "UNSUP" },
	{ 2, "BAD_ROLE" },
	{ 0, NULL }
};

static const struct tok ofpmmfc_str[] = {
	{ 0, "UNKNOWN" },
	{ 1, "METER_EXISTS" },
	{ 2, "INVALID_METER" },
	{ 3, "UNKNOWN_METER" },
	{ 4, "BAD_COMMAND" },
	{ 5, "BAD_FLAGS" },
	{ 6, "BAD_RATE" },
	{ 7, "BAD_BURST" },
	{ 8, "BAD_BAND" },
	{ 9, "BAD_BAND_VALUE" },
	{ 10, "OUT_OF_METERS" },
	{ 11, "OUT_OF_BANDS" },
	{ 0, NULL }
};

static const struct tok ofptffc_str[] = {
	{ 0, "BAD_TABLE" },
	{ 1, "BAD_METADATA" },
	{ 2, "BAD_TYPE" },
	{ 3, "BAD_LEN" },
	{ 4, "BAD_ARGUMENT" },
	{ 5, "EPERM" },
	{ 0, NULL }
};

/* The codes of each error type, by type (EXPERIMENTER defines none). */
static const struct tok *const ofpet_codes[] = {
	ofphfc_str, ofpbrc_str, ofpbac_str, ofpbic_str, ofpbmc_str,
	ofpfmfc_str, ofpgmfc_str, ofppmfc_str, ofptmfc_str, ofpqofc_str,
	ofpscfc_str, ofprrfc_str, ofpmmfc_str, ofptffc_str,
};

/* Body lengths (fixed or minimal) beyond the 8-byte header. */
#define OF_ERROR_MSG_MINLEN			(12u - OF_HEADER_FIXLEN)
#define OF_FEATURES_REPLY_FIXLEN		(32u - OF_HEADER_FIXLEN)
#define OF_PORT_MOD_FIXLEN			(40u - OF_HEADER_FIXLEN)
#define OF_SWITCH_CONFIG_MSG_FIXLEN		(12u - OF_HEADER_FIXLEN)
#define OF_TABLE_MOD_FIXLEN			(16u - OF_HEADER_FIXLEN)
#define OF_QUEUE_GET_CONFIG_REQUEST_FIXLEN	(16u - OF_HEADER_FIXLEN)
#define OF_ROLE_MSG_FIXLEN			(24u - OF_HEADER_FIXLEN)
#define OF_ASYNC_MSG_FIXLEN			(32u - OF_HEADER_FIXLEN)
#define OF_PORT_STATUS_FIXLEN			(80u - OF_HEADER_FIXLEN)
#define OF_EXPERIMENTER_MSG_MINLEN		(16u - OF_HEADER_FIXLEN)

#define OF_HELLO_ELEM_MINSIZE	4u
#define OFP_MAX_PORT_NAME_LEN	16u

/* A name from t, or fmt_prefix, the value in hex of width w, and ")". */
static void
tok_or_hex(struct out *o, const struct tok *t, unsigned v,
    const char *fmt_prefix, unsigned w)
{
	const char *s = tok_find(t, v);

	if (s != NULL)
		out_str(o, s);
	else {
		out_str(o, fmt_prefix);
		out_hex(o, v, w);
		out_char(o, ')');
	}
}

/* A 32-bit field as "NAME 0x%08x" and its bitmap. */
static void
bitmap_field(struct ctx *c, struct span s, size_t cp, const char *label,
    const struct tok *t, uint32_t u)
{
	uint32_t v = get_be32(c, s, cp);

	out_str(c->out, label);
	of_hex32(c->out, v);
	of_bitmap_print(c->out, t, v, u);
}

/* [OF13] 7.2.1: a port's description, 64 bytes. */
static void
of13_port_print(struct ctx *c, struct span s, size_t cp)
{
	struct out *o = c->out;
	uint32_t v;

	of_port_print(c, "\n\t  port_no ", ofpp_str, get_be32(c, s, cp));
	cp += 4 + 4;			/* port_no, pad */
	of_etheraddr(c, ", hw_addr ", s, cp);
	cp += 6 + 2;			/* hw_addr, pad2 */
	out_str(o, ", name '");
	of_printjnp(c, s, cp, OFP_MAX_PORT_NAME_LEN);
	out_char(o, '\'');
	cp += OFP_MAX_PORT_NAME_LEN;

	if (c->opt.vflag < 2) {
		of_tcheck(c, s, cp, 32);
		return;
	}
	bitmap_field(c, s, cp, "\n\t   config ", ofppc_bm, OFPPC_U);
	bitmap_field(c, s, cp + 4, "\n\t   state ", ofpps_bm, OFPPS_U);
	bitmap_field(c, s, cp + 8, "\n\t   curr ", ofppf_bm, OFPPF_U);
	bitmap_field(c, s, cp + 12, "\n\t   advertised ", ofppf_bm, OFPPF_U);
	bitmap_field(c, s, cp + 16, "\n\t   supported ", ofppf_bm, OFPPF_U);
	bitmap_field(c, s, cp + 20, "\n\t   peer ", ofppf_bm, OFPPF_U);
	v = get_be32(c, s, cp + 24);
	out_str(o, "\n\t   curr_speed ");
	out_u32(o, v);
	out_str(o, "kbps");
	v = get_be32(c, s, cp + 28);
	out_str(o, "\n\t   max_speed ");
	out_u32(o, v);
	out_str(o, "kbps");
}

/* [OF13] 7.3.1 */
static void
of13_features_reply_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	struct out *o = c->out;
	uint64_t dpid;
	uint32_t v;

	(void)len;
	dpid = get_be64(c, s, cp);
	out_str(o, "\n\t dpid 0x");
	out_hex(o, dpid, 16);
	v = get_be32(c, s, cp + 8);
	out_str(o, ", n_buffers ");
	out_u32(o, v);
	v = get_u8(c, s, cp + 12);
	out_str(o, ", n_tables ");
	out_u32(o, v);
	v = get_u8(c, s, cp + 13);
	out_str(o, ", auxiliary_id ");
	out_u32(o, v);
	bitmap_field(c, s, cp + 16, "\n\t capabilities ", ofp_capabilities_bm,
	    OFPCAP_U);
	of_tcheck(c, s, cp + 20, 4);	/* reserved */
}

/* [OF13] 7.3.2 */
static void
of13_switch_config_msg_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	struct out *o = c->out;
	uint16_t flags;

	(void)len;
	flags = get_be16(c, s, cp);
	out_str(o, "\n\t flags ");
	tok_or_hex(o, ofp_config_str, flags, "invalid (0x", 4);
	of_port_print(c, ", miss_send_len ", ofpcml_str,
	    get_be16(c, s, cp + 2));
}

/* [OF13] 7.3.3 */
static void
of13_table_mod_print(struct ctx *c, struct span s, size_t cp, unsigned len)
{
	struct out *o = c->out;
	uint32_t config;

	(void)len;
	of_port_print(c, "\n\t table_id ", ofptt_str, get_u8(c, s, cp));
	config = get_be32(c, s, cp + 4);
	out_str(o, ", config ");
	of_hex32(o, config);
}

/* [OF13] 7.3.9 */
static void
of13_role_msg_print(struct ctx *c, struct span s, size_t cp, unsigned len)
{
	struct out *o = c->out;
	uint32_t role;
	uint64_t gen;

	(void)len;
	role = get_be32(c, s, cp);
	out_str(o, "\n\t role ");
	tok_or_hex(o, ofpcr_str, role, "invalid (0x", 8);
	gen = get_be64(c, s, cp + 8);
	out_str(o, ", generation_id 0x");
	out_hex(o, gen, 16);
}

/* [OF13] 7.3.10: the master/equal mask, then the slave mask, of each. */
static void
of13_async_msg_print(struct ctx *c, struct span s, size_t cp, unsigned len)
{
	(void)len;
	bitmap_field(c, s, cp, "\n\t packet_in_mask[EM] ", async_ofpr_bm,
	    ASYNC_OFPR_U);
	bitmap_field(c, s, cp + 4, "\n\t packet_in_mask[S] ", async_ofpr_bm,
	    ASYNC_OFPR_U);
	bitmap_field(c, s, cp + 8, "\n\t port_status_mask[EM] ",
	    async_ofppr_bm, ASYNC_OFPPR_U);
	bitmap_field(c, s, cp + 12, "\n\t port_status_mask[S] ",
	    async_ofppr_bm, ASYNC_OFPPR_U);
	/* tcpdump names the flow-removed reasons after the port reasons */
	bitmap_field(c, s, cp + 16, "\n\t flow_removed_mask[EM] ",
	    async_ofppr_bm, ASYNC_OFPPR_U);
	bitmap_field(c, s, cp + 20, "\n\t flow_removed_mask[S] ",
	    async_ofppr_bm, ASYNC_OFPPR_U);
}

/* [OF13] 7.3.4.3 */
static void
of13_port_mod_print(struct ctx *c, struct span s, size_t cp, unsigned len)
{
	(void)len;
	of_port_print(c, "\n\t port_no ", ofpp_str, get_be32(c, s, cp));
	of_etheraddr(c, ", hw_addr ", s, cp + 8);
	bitmap_field(c, s, cp + 16, "\n\t  config ", ofppc_bm, OFPPC_U);
	bitmap_field(c, s, cp + 20, "\n\t  mask ", ofppc_bm, OFPPC_U);
	bitmap_field(c, s, cp + 24, "\n\t  advertise ", ofppf_bm, OFPPF_U);
	of_tcheck(c, s, cp + 28, 4);	/* pad3 */
}

/* [OF13] 7.4.3 */
static void
of13_port_status_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	const char *r = tok_find(ofppr_str, get_u8(c, s, cp));

	(void)len;
	out_str(c->out, "\n\t reason ");
	/* tcpdump's format for an unknown reason lacks its '%' */
	out_str(c->out, r != NULL ? r : "invalid (0x02x)");
	of13_port_print(c, s, cp + 8);
}

/* [OF13] 7.5.1: HELLO elements; only a single version bitmap is known. */
static void
of13_hello_elements_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	struct out *o = c->out;

	while (len) {
		uint16_t type, bmlen;

		if (len < OF_HELLO_ELEM_MINSIZE)
			goto invalid;
		type = get_be16(c, s, cp);
		out_str(o, "\n\t type ");
		tok_or_hex(o, ofphet_str, type, "unknown (0x", 4);
		bmlen = get_be16(c, s, cp + 2);
		cp += 4, len -= 4;
		out_str(o, ", length ");
		out_u32(o, bmlen);
		if (bmlen < OF_HELLO_ELEM_MINSIZE ||
		    bmlen > OF_HELLO_ELEM_MINSIZE + len)
			goto invalid;
		if (type == OFPHET_VERSIONBITMAP &&
		    bmlen == OF_HELLO_ELEM_MINSIZE + 4) {
			uint32_t bitmap = get_be32(c, s, cp);
			out_str(o, ", bitmap ");
			of_hex32(o, bitmap);
			of_bitmap_print(o, ofverbm_str, bitmap, OF_BIT_VER_U);
		} else {
			if (type == OFPHET_VERSIONBITMAP)
				out_str(o, " (bogus)");
			of_tcheck(c, s, cp, bmlen - OF_HELLO_ELEM_MINSIZE);
		}
		cp += bmlen - OF_HELLO_ELEM_MINSIZE;
		len -= bmlen - OF_HELLO_ELEM_MINSIZE;
	}
	return;

invalid:
	print_invalid(c);
	of_tcheck(c, s, cp, len);
}

/* [OF13] 7.5.4 */
static void
of13_experimenter_message_print(struct ctx *c, struct span s, size_t cp,
    unsigned len)
{
	struct out *o = c->out;
	uint32_t experimenter = get_be32(c, s, cp), v;

	out_str(o, "\n\t experimenter ");
	of_hex32(o, experimenter);
	out_str(o, " (");
	out_str(o, of_vendor_name(experimenter));
	out_char(o, ')');
	v = get_be32(c, s, cp + 4);
	out_str(o, ", exp_type ");
	of_hex32(o, v);
	of_data_print(c, s, cp + 8, len - 8);
}

/* [OF13] 7.3.6 */
static void
of13_queue_get_config_request_print(struct ctx *c, struct span s,
    size_t cp, unsigned len)
{
	(void)len;
	of_port_print(c, "\n\t port ", ofpp_str, get_be32(c, s, cp));
	of_tcheck(c, s, cp + 4, 4);	/* pad */
}

/* [OF13] 7.4.4 */
static void
of13_error_print(struct ctx *c, struct span s, size_t cp, unsigned len)
{
	struct out *o = c->out;
	uint16_t type = get_be16(c, s, cp), code;
	const struct tok *codes = NULL;

	out_str(o, "\n\t type ");
	tok_or_hex(o, ofpet_str, type, "invalid (0x", 4);
	code = get_be16(c, s, cp + 2);
	if (type < sizeof(ofpet_codes) / sizeof(ofpet_codes[0]))
		codes = ofpet_codes[type];
	out_str(o, ", code ");
	if (codes != NULL)
		tok_or_hex(o, codes, code, "invalid (0x", 4);
	else {
		out_str(o, "invalid (0x");
		out_hex(o, code, 4);
		out_char(o, ')');
	}
	of_data_print(c, s, cp + 4, len - 4);
}

/* By type: name, decoder and body length constraint (tcpdump's table). */
static const struct of_msgtypeinfo of13_msgtypeinfo[OFPT_MAX + 1] = {
	{ "HELLO", of13_hello_elements_print, REQ_MINLEN, 0 },
	{ "ERROR", of13_error_print, REQ_MINLEN, OF_ERROR_MSG_MINLEN },
	{ "ECHO_REQUEST", of_data_print, REQ_MINLEN, 0 },
	{ "ECHO_REPLY", of_data_print, REQ_MINLEN, 0 },
	{ "EXPERIMENTER", of13_experimenter_message_print, REQ_MINLEN,
	    OF_EXPERIMENTER_MSG_MINLEN },
	{ "FEATURES_REQUEST", NULL, REQ_FIXLEN, 0 },
	{ "FEATURES_REPLY", of13_features_reply_print, REQ_FIXLEN,
	    OF_FEATURES_REPLY_FIXLEN },
	{ "GET_CONFIG_REQUEST", NULL, REQ_FIXLEN, 0 },
	{ "GET_CONFIG_REPLY", of13_switch_config_msg_print, REQ_FIXLEN,
	    OF_SWITCH_CONFIG_MSG_FIXLEN },
	{ "SET_CONFIG", of13_switch_config_msg_print, REQ_FIXLEN,
	    OF_SWITCH_CONFIG_MSG_FIXLEN },
	{ "PACKET_IN", NULL, REQ_NONE, 0 },
	{ "FLOW_REMOVED", NULL, REQ_NONE, 0 },
	{ "PORT_STATUS", of13_port_status_print, REQ_FIXLEN,
	    OF_PORT_STATUS_FIXLEN },
	{ "PACKET_OUT", NULL, REQ_NONE, 0 },
	{ "FLOW_MOD", NULL, REQ_NONE, 0 },
	{ "GROUP_MOD", NULL, REQ_NONE, 0 },
	{ "PORT_MOD", of13_port_mod_print, REQ_FIXLEN, OF_PORT_MOD_FIXLEN },
	{ "TABLE_MOD", of13_table_mod_print, REQ_FIXLEN, OF_TABLE_MOD_FIXLEN },
	{ "MULTIPART_REQUEST", NULL, REQ_NONE, 0 },
	{ "MULTIPART_REPLY", NULL, REQ_NONE, 0 },
	{ "BARRIER_REQUEST", NULL, REQ_FIXLEN, 0 },
	{ "BARRIER_REPLY", NULL, REQ_FIXLEN, 0 },
	{ "QUEUE_GET_CONFIG_REQUEST", of13_queue_get_config_request_print,
	    REQ_FIXLEN, OF_QUEUE_GET_CONFIG_REQUEST_FIXLEN },
	{ "QUEUE_GET_CONFIG_REPLY", NULL, REQ_NONE, 0 },
	{ "ROLE_REQUEST", of13_role_msg_print, REQ_FIXLEN, OF_ROLE_MSG_FIXLEN },
	{ "ROLE_REPLY", of13_role_msg_print, REQ_FIXLEN, OF_ROLE_MSG_FIXLEN },
	{ "GET_ASYNC_REQUEST", NULL, REQ_FIXLEN, 0 },
	{ "GET_ASYNC_REPLY", of13_async_msg_print, REQ_FIXLEN,
	    OF_ASYNC_MSG_FIXLEN },
	{ "SET_ASYNC", of13_async_msg_print, REQ_FIXLEN, OF_ASYNC_MSG_FIXLEN },
	{ "METER_MOD", NULL, REQ_NONE, 0 },
};

const struct of_msgtypeinfo *
of13_identify_msgtype(uint8_t type)
{
	return type <= OFPT_MAX ? &of13_msgtypeinfo[type] : NULL;
}
