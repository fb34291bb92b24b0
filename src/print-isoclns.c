/*
 * print-isoclns.c - the OSI network layer: the NLPID dispatch, CLNP
 * (ISO 8473), ES-IS (ISO 9542) and IS-IS (ISO 10589, RFC 1195 and the
 * RFCs extending its TLVs), as tcpdump 4.99 print-isoclns.c prints them.
 *
 * Reached by LLC SAP 0xfe (the NLPID is the first byte after the LLC
 * header), by ethertype 0xfefe (one pad byte, then the NLPID) and by the
 * BSD loopback family 7.  The PDU handed to each printer starts at its
 * NLPID, because every OSI header counts its length indicator from there.
 *
 * Truncation follows tcpdump closely, since it decides what -x dumps: a
 * fetch of missing bytes jumps to the driver (" [|proto]" with the whole
 * packet dumped), while tcpdump's ND_TCHECK ... goto trunc paths print the
 * marker here and return normally (span_has() below).
 */
#include "print.h"

#define SYSTEM_ID_LEN	6
#define NODE_ID_LEN	7
#define LSP_ID_LEN	8
#define ISONSAP_MAX_LEN	20

/* NLPIDs (ISO/TR 9577; tcpdump nlpid.h) */
#define NLPID_NULLNS	0x00
#define NLPID_Q933	0x08
#define NLPID_CLNP	0x81
#define NLPID_ESIS	0x82
#define NLPID_ISIS	0x83
#define NLPID_IP6	0x8e
#define NLPID_IP	0xcc
#define NLPID_PPP	0xcf

static const struct tok nlpid_values[] = {
	{ NLPID_NULLNS, "NULL" },
	{ NLPID_Q933, "Q.933" },
	{ 0x09, "LMI" },
	{ 0x80, "SNAP" },
	{ NLPID_CLNP, "CLNP" },
	{ NLPID_ESIS, "ES-IS" },
	{ NLPID_ISIS, "IS-IS" },
	{ 0x84, "CONS" },
	{ 0x85, "IDRP" },
	{ 0xc1, "ISIS_SPB" },
	{ 0xb1, "FRF.15" },
	{ NLPID_IP, "IPv4" },
	{ NLPID_PPP, "PPP" },
	{ 0x8a, "X25 ES-IS" },
	{ NLPID_IP6, "IPv6" },
	{ 0, NULL }
};

/* ---- helpers shared by the three protocols ---- */

static void
out_tok_fmt(struct out *o, const struct tok *t, unsigned v, const char *pre,
    const char *post)
{
	const char *s = t != NULL ? tok_find(t, v) : NULL;

	if (s != NULL)
		out_str(o, s);
	else {
		out_str(o, pre);
		out_u32(o, v);
		out_str(o, post);
	}
}

/*
 * An NSAP as tcpdump's isonsap_string() writes it: pairs of hex digits,
 * a dot after the first byte and then after every second one.  The bytes
 * must be captured (GET_ISONSAP_STRING jumps otherwise).
 */
static void
nsap_print(struct ctx *c, struct span s, size_t off, unsigned len)
{
	struct out *o = c->out;
	const uint8_t *p = get_bytes(c, s, off, len);

	if (len < 1 || len > ISONSAP_MAX_LEN) {
		out_str(o, "isonsap_string: illegal length");
		return;
	}
	for (unsigned k = 0; k < len; k++) {
		out_hex8(o, p[k]);
		if ((k & 1) == 0 && k + 1 < len)
			out_char(o, '.');
	}
}

/* tcpdump's isis_print_id(): "xxxx.xxxx.xxxx[.nn[-ff]]". */
static void
isis_id_print(struct ctx *c, struct span s, size_t off, unsigned id_len)
{
	struct out *o = c->out;
	const uint8_t *p = get_bytes(c, s, off, id_len);
	unsigned sysid_len = id_len < SYSTEM_ID_LEN ? id_len : SYSTEM_ID_LEN;

	for (unsigned i = 1; i <= sysid_len; i++) {
		out_hex8(o, p[i - 1]);
		if (i == 2 || i == 4)
			out_char(o, '.');
	}
	if (id_len >= NODE_ID_LEN) {
		out_char(o, '.');
		out_hex8(o, p[SYSTEM_ID_LEN]);
	}
	if (id_len == LSP_ID_LEN) {
		out_char(o, '-');
		out_hex8(o, p[NODE_ID_LEN]);
	}
}

/*
 * tcpdump's print_unknown_data(): a hex dump after ident, cut to what was
 * captured; 0 when off is already past the capture.
 */
static int
unknown_data(struct ctx *c, struct span s, size_t off, const char *ident,
    unsigned len)
{
	struct out *o = c->out;
	size_t avail;
	const uint8_t *p;
	unsigned i;

	if (off > (size_t)(s.end - s.p)) {
		out_str(o, ident);
		out_str(o, "Dissector error: print_unknown_data called with "
		    "pointer past end of packet");
		return 0;
	}
	avail = span_avail(s, off);
	if (avail < len)
		len = (unsigned)avail;
	p = s.p + off;
	for (i = 0; i + 1 < len; i += 2) {
		if (i % 16 == 0) {
			out_str(o, ident);
			out_str(o, "0x");
			out_hex(o, i, 4);
			out_str(o, ": ");
		}
		out_char(o, ' ');
		out_hex8(o, p[i]);
		out_hex8(o, p[i + 1]);
	}
	if (len & 1) {
		if (i % 16 == 0) {
			out_str(o, ident);
			out_str(o, "0x");
			out_hex(o, i, 4);
			out_str(o, ": ");
		}
		out_char(o, ' ');
		out_hex8(o, p[i]);
	}
	return 1;
}

/* The ISO 8473 Fletcher checksum (tcpdump checksum.c create_osi_cksum()). */
static uint16_t
osi_cksum(const uint8_t *p, int cksum_off, int length)
{
	uint32_t c0 = 0, c1 = 0, mul;
	int x, y;

	for (int i = 0; i < length; i++) {
		/* the checksum field counts as zero */
		if (i != cksum_off && i != cksum_off + 1)
			c0 += p[i];
		c1 += c0;
	}
	c0 %= 255;
	c1 %= 255;
	mul = (uint32_t)(length - cksum_off) * c0;
	x = (int)(mul - c0 - c1);
	y = (int)(c1 - mul - 1);
	if (y >= 0)
		y++;
	if (x < 0)
		x--;
	x %= 255;
	y %= 255;
	if (x == 0)
		x = 255;
	if (y == 0)
		y = 255;
	/* unsigned: x may be negative, and shifting it left is undefined */
	return (uint16_t)(((unsigned)x << 8) | ((unsigned)y & 0xff));
}

/* tcpdump's osi_print_cksum(): verified only when all of it was captured. */
static void
osi_cksum_print(struct ctx *c, struct span s, size_t off, uint16_t cksum,
    int cksum_off, unsigned length)
{
	struct out *o = c->out;
	struct span p = span_rest(s, off);
	uint16_t calc;

	if (cksum == 0 || cksum_off < 0 || off > (size_t)(s.end - s.p) ||
	    !span_has(p, (size_t)cksum_off, 2) || (unsigned)cksum_off > length ||
	    !span_has(p, 0, length)) {
		out_str(o, " (unverified)");
		return;
	}
	calc = osi_cksum(p.p, cksum_off, (int)length);
	if (calc == cksum)
		out_str(o, " (correct)");
	else {
		out_str(o, " (incorrect should be 0x");
		out_hex(o, calc, 4);
		out_char(o, ')');
	}
}

/* ---- CLNP ---- */

#define CLNP_HDR_LEN		9
#define CLNP_SEG_LEN		6
#define CLNP_PDU_ER		1
#define CLNP_PDU_DT		28
#define CLNP_PDU_MD		29
#define CLNP_PDU_ERQ		30
#define CLNP_PDU_ERP		31
#define CLNP_SEGMENT_PART	0x80

#define CLNP_OPT_DISCARD_REASON	193
#define CLNP_OPT_QOS		195
#define CLNP_OPT_SECURITY	197
#define CLNP_OPT_SOURCE_ROUTING	200
#define CLNP_OPT_ROUTE_RECORD	203
#define CLNP_OPT_PADDING	204
#define CLNP_OPT_PRIORITY	205

static const struct tok clnp_pdu_values[] = {
	{ CLNP_PDU_ER, "Error Report" },
	{ CLNP_PDU_MD, "MD" },
	{ CLNP_PDU_DT, "Data" },
	{ CLNP_PDU_ERQ, "Echo Request" },
	{ CLNP_PDU_ERP, "Echo Response" },
	{ 0, NULL }
};

static const struct tok clnp_flag_values[] = {
	{ 0x80, "Segmentation permitted" },
	{ 0x40, "more Segments" },
	{ 0x20, "request Error Report" },
	{ 0, NULL }
};

static const struct tok clnp_option_values[] = {
	{ CLNP_OPT_DISCARD_REASON, "Discard Reason" },
	{ CLNP_OPT_PRIORITY, "Priority" },
	{ CLNP_OPT_QOS, "QoS Maintenance" },
	{ CLNP_OPT_SECURITY, "Security" },
	{ CLNP_OPT_SOURCE_ROUTING, "Source Routing" },
	{ CLNP_OPT_ROUTE_RECORD, "Route Recording" },
	{ CLNP_OPT_PADDING, "Padding" },
	{ 0, NULL }
};

static const struct tok rfd_class_values[] = {
	{ 0x0, "General" },
	{ 0x8, "Address" },
	{ 0x9, "Source Routeing" },
	{ 0xa, "Lifetime" },
	{ 0xb, "PDU Discarded" },
	{ 0xc, "Reassembly" },
	{ 0, NULL }
};

static const struct tok rfd_general_values[] = {
	{ 0x0, "Reason not specified" },
	{ 0x1, "Protocol procedure error" },
	{ 0x2, "Incorrect checksum" },
	{ 0x3, "PDU discarded due to congestion" },
	{ 0x4, "Header syntax error (cannot be parsed)" },
	{ 0x5, "Segmentation needed but not permitted" },
	{ 0x6, "Incomplete PDU received" },
	{ 0x7, "Duplicate option" },
	{ 0, NULL }
};

static const struct tok rfd_address_values[] = {
	{ 0x0, "Destination address unreachable" },
	{ 0x1, "Destination address unknown" },
	{ 0, NULL }
};

static const struct tok rfd_source_routeing_values[] = {
	{ 0x0, "Unspecified source routeing error" },
	{ 0x1, "Syntax error in source routeing field" },
	{ 0x2, "Unknown address in source routeing field" },
	{ 0x3, "Path not acceptable" },
	{ 0, NULL }
};

static const struct tok rfd_lifetime_values[] = {
	{ 0x0, "Lifetime expired while data unit in transit" },
	{ 0x1, "Lifetime expired during reassembly" },
	{ 0, NULL }
};

static const struct tok rfd_pdu_discard_values[] = {
	{ 0x0, "Unsupported option not specified" },
	{ 0x1, "Unsupported protocol version" },
	{ 0x2, "Unsupported security option" },
	{ 0x3, "Unsupported source routeing option" },
	{ 0x4, "Unsupported recording of route option" },
	{ 0, NULL }
};

static const struct tok rfd_reassembly_values[] = {
	{ 0x0, "Reassembly interference" },
	{ 0, NULL }
};

/* The reason names of each of the 16 error classes (NULL: none). */
static const struct tok *const rfd_error_class[16] = {
	rfd_general_values, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	rfd_address_values, rfd_source_routeing_values, rfd_lifetime_values,
	rfd_pdu_discard_values, rfd_reassembly_values, NULL, NULL, NULL
};

static const struct tok clnp_option_scope_values[] = {
	{ 0x40, "Source Address Specific" },
	{ 0x80, "Destination Address Specific" },
	{ 0xc0, "Globally unique" },
	{ 0, NULL }
};

static const struct tok clnp_option_sr_rr_values[] = {
	{ 0x0, "partial" },
	{ 0x1, "complete" },
	{ 0, NULL }
};

static const struct tok clnp_option_qos_global_values[] = {
	{ 0x20, "reserved" },
	{ 0x10, "sequencing vs. delay" },
	{ 0x08, "congested" },
	{ 0x04, "delay vs. cost" },
	{ 0x02, "error vs. delay" },
	{ 0x01, "error vs. cost" },
	{ 0, NULL }
};

static void
out_name(struct out *o, const struct tok *t, unsigned v, const char *unknown)
{
	const char *s = t != NULL ? tok_find(t, v) : NULL;

	out_str(o, s != NULL ? s : unknown);
}

/*
 * One CLNP option's value (tcpdump checks the whole option is captured
 * first).  0: the option was malformed and the PDU ends here.
 */
static int
clnp_option_print(struct ctx *c, struct span s, size_t off, unsigned op,
    unsigned tlen)
{
	struct out *o = c->out;
	unsigned v;

	switch (op) {
	case CLNP_OPT_ROUTE_RECORD:	/* the two share a format */
	case CLNP_OPT_SOURCE_ROUTING: {
		unsigned nsap_off;

		if (tlen < 2) {
			out_str(o, ", bad opt len");
			return 0;
		}
		out_name(o, clnp_option_sr_rr_values, get_u8(c, s, off),
		    "Unknown");
		out_str(o, op == CLNP_OPT_SOURCE_ROUTING ? " source routing" :
		    " recording of route in progress");
		nsap_off = get_u8(c, s, off + 1);
		if (nsap_off == 0) {
			out_str(o, " Bad NSAP offset (0)");
			break;
		}
		nsap_off -= 1;
		if (nsap_off > tlen) {
			out_str(o, " Bad NSAP offset (past end of option)");
			break;
		}
		off += nsap_off;
		tlen -= nsap_off;
		while (tlen > 0) {
			unsigned alen = get_u8(c, s, off);
			if (tlen < alen + 1) {
				out_str(o, "\n\t    NSAP address goes past end "
				    "of option");
				break;
			}
			if (alen > 0) {
				out_str(o, "\n\t    NSAP address (length ");
				out_u32(o, alen);
				out_str(o, "): ");
				nsap_print(c, s, off + 1, alen);
			}
			/* tcpdump does not step past the address (a
			 * bug it has): the same one repeats until the
			 * length runs out */
			tlen -= alen + 1;
		}
		break;
	}
	case CLNP_OPT_PRIORITY:
		if (tlen < 1) {
			out_str(o, ", bad opt len");
			return 0;
		}
		out_str(o, "0x");
		out_hex(o, get_u8(c, s, off) & 0x0f, 1);
		break;
	case CLNP_OPT_QOS:
		if (tlen < 1) {
			out_str(o, ", bad opt len");
			return 0;
		}
		v = get_u8(c, s, off);
		out_str(o, "\n\t    Format Code: ");
		out_name(o, clnp_option_scope_values, v & 0xc0, "Reserved");
		if ((v & 0xc0) == 0xc0) {
			out_str(o, "\n\t    QoS Flags [");
			out_bittok(o, clnp_option_qos_global_values, "none",
			    v & 0x3f, ", ");
			out_char(o, ']');
		}
		break;
	case CLNP_OPT_SECURITY:
		if (tlen < 2) {
			out_str(o, ", bad opt len");
			return 0;
		}
		v = get_u8(c, s, off);
		out_str(o, "\n\t    Format Code: ");
		out_name(o, clnp_option_scope_values, v & 0xc0, "Reserved");
		out_str(o, ", Security-Level ");
		out_u32(o, get_u8(c, s, off + 1));
		break;
	case CLNP_OPT_DISCARD_REASON: {
		unsigned major, minor;

		if (tlen < 1) {
			out_str(o, ", bad opt len");
			return 0;
		}
		v = get_u8(c, s, off);
		major = v >> 4;
		minor = v & 0x0f;
		out_str(o, "\n\t    Class: ");
		out_name(o, rfd_class_values, major, "Unknown");
		out_str(o, " Error (0x");
		out_hex(o, major, 1);
		out_str(o, "), ");
		out_name(o, rfd_error_class[major], minor, "Unknown");
		out_str(o, " (0x");
		out_hex(o, minor, 1);
		out_char(o, ')');
		break;
	}
	case CLNP_OPT_PADDING:
		out_str(o, "padding data");
		break;
	default:
		unknown_data(c, s, off, "\n\t  ", tlen);
		break;
	}
	return 1;
}

/* tcpdump's clnp_print(): 0 when the caller should dump the PDU. */
static int
clnp_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	unsigned li, rem, dst_len, src_len, type, flags;
	size_t off, dst_off, src_off;

	c->proto = "clnp";
	if (!span_has(s, 0, CLNP_HDR_LEN))
		goto trunc;
	li = get_u8(c, s, 1);
	rem = li;
	if (!c->opt.eflag)
		out_str(o, "CLNP");

	if (get_u8(c, s, 2) != 1) {
		out_str(o, "version ");
		out_u32(o, get_u8(c, s, 2));
		out_str(o, " packet not supported");
		return 0;
	}
	if (li > length) {
		out_str(o, " length indicator(");
		out_u32(o, li);
		out_str(o, ") > PDU size (");
		out_u32(o, length);
		out_str(o, ")!");
		return 0;
	}
	if (li < CLNP_HDR_LEN) {
		static const char hx[] = "0123456789ABCDEF";

		out_str(o, " length indicator ");
		out_u32(o, li);
		out_str(o, " < min PDU size:");
		for (size_t k = 0; k < span_avail(s, 0); k++) {
			out_char(o, hx[s.p[k] >> 4]);
			out_char(o, hx[s.p[k] & 15]);
		}
		return 0;
	}
	type = get_u8(c, s, 4) & 0x1f;
	flags = get_u8(c, s, 4) & 0xe0;
	off = CLNP_HDR_LEN;
	rem -= CLNP_HDR_LEN;

	if (rem < 1)
		goto short_li;
	dst_len = get_u8(c, s, off);
	off++;
	rem--;
	if (rem < dst_len)
		goto short_li;
	if (!span_has(s, off, dst_len))
		goto trunc;
	dst_off = off;
	off += dst_len;
	rem -= dst_len;

	if (rem < 1)
		goto short_li;
	src_len = get_u8(c, s, off);
	off++;
	rem--;
	if (rem < src_len)
		goto short_li;
	if (!span_has(s, off, src_len))
		goto trunc;
	src_off = off;
	off += src_len;
	rem -= src_len;

	if (c->opt.vflag < 1) {
		out_str(o, c->opt.eflag ? "" : ", ");
		nsap_print(c, s, src_off, src_len);
		out_str(o, " > ");
		nsap_print(c, s, dst_off, dst_len);
		out_str(o, ", ");
		out_tok_fmt(o, clnp_pdu_values, type, "unknown (", ")");
		out_str(o, ", length ");
		out_u32(o, length);
		return 1;
	}
	out_str(o, c->opt.eflag ? "" : ", ");
	out_str(o, "length ");
	out_u32(o, length);

	{
		uint8_t lifetime = get_u8(c, s, 3);
		uint16_t cksum = get_be16(c, s, 7);

		out_str(o, "\n\t");
		out_tok_fmt(o, clnp_pdu_values, type, "unknown (", ")");
		out_str(o, " PDU, hlen: ");
		out_u32(o, li);
		out_str(o, ", v: 1, lifetime: ");
		out_u32(o, lifetime / 2);
		out_char(o, '.');
		out_u32(o, (lifetime % 2) * 5);
		out_str(o, "s, Segment PDU length: ");
		out_u32(o, get_be16(c, s, 5));
		out_str(o, ", checksum: 0x");
		out_hex(o, cksum, 4);
		osi_cksum_print(c, s, 0, cksum, 7, li);
	}
	out_str(o, "\n\tFlags [");
	out_bittok(o, clnp_flag_values, "none", flags, ", ");
	out_char(o, ']');

	out_str(o, "\n\tsource address (length ");
	out_u32(o, src_len);
	out_str(o, "): ");
	nsap_print(c, s, src_off, src_len);
	out_str(o, "\n\tdest   address (length ");
	out_u32(o, dst_len);
	out_str(o, "): ");
	nsap_print(c, s, dst_off, dst_len);

	if (flags & CLNP_SEGMENT_PART) {
		if (rem < CLNP_SEG_LEN) {
			out_str(o, "li < size of fixed part of CLNP header, "
			    "addresses, and segment part");
			return 0;
		}
		if (!span_has(s, off, CLNP_SEG_LEN))
			goto trunc;
		out_str(o, "\n\tData Unit ID: 0x");
		out_hex(o, get_be16(c, s, off), 4);
		out_str(o, ", Segment Offset: ");
		out_u32(o, get_be16(c, s, off + 2));
		out_str(o, ", Total PDU Length: ");
		out_u32(o, get_be16(c, s, off + 4));
		off += CLNP_SEG_LEN;
		rem -= CLNP_SEG_LEN;
	}

	while (rem != 0) {
		unsigned op, opli;

		if (rem < 2) {
			out_str(o, ", bad opts/li");
			return 0;
		}
		op = get_u8(c, s, off);
		opli = get_u8(c, s, off + 1);
		off += 2;
		rem -= 2;
		if (opli > rem) {
			out_str(o, ", opt (");
			out_u32(o, op);
			out_str(o, ") too long");
			return 0;
		}
		if (!span_has(s, off, opli))
			goto trunc;
		rem -= opli;
		out_str(o, "\n\t  ");
		out_name(o, clnp_option_values, op, "Unknown");
		out_str(o, " Option #");
		out_u32(o, op);
		out_str(o, ", length ");
		out_u32(o, opli);
		out_str(o, ", value: ");
		if (!clnp_option_print(c, s, off, op, opli))
			return 0;
		if (c->opt.vflag > 1)
			unknown_data(c, s, off, "\n\t  ", opli);
		off += opli;
	}

	switch (type) {
	case CLNP_PDU_ER:
	case CLNP_PDU_ERP:
		/* the data part of an error report is the offending PDU */
		if (get_u8(c, s, off) == NLPID_CLNP) {
			out_str(o, "\n\t-----original packet-----\n\t");
			clnp_print(c, span_rest(s, off), length - li);
			break;
		}
		/* FALLTHROUGH */
	default:
		if (length > off) {
			out_str(o, "\n\t  undecoded non-header data, length ");
			out_u32(o, length - li);
			unknown_data(c, s, off, "\n\t  ",
			    length - (unsigned)off);
		}
		break;
	}
	return 1;
short_li:
	out_str(o, "li < size of fixed part of CLNP header and addresses");
	return 0;
trunc:
	print_trunc(c);
	return 1;
}

/* ---- ES-IS ---- */

#define ESIS_HDR_LEN		9
#define ESIS_PDU_REDIRECT	6
#define ESIS_PDU_ESH		2
#define ESIS_PDU_ISH		4
#define ESIS_OPT_PROTOCOLS	129
#define ESIS_OPT_ES_CONF_TIME	198

static const struct tok esis_pdu_values[] = {
	{ ESIS_PDU_REDIRECT, "redirect" },
	{ ESIS_PDU_ESH, "ESH" },
	{ ESIS_PDU_ISH, "ISH" },
	{ 0, NULL }
};

static const struct tok esis_option_values[] = {
	{ ESIS_OPT_PROTOCOLS, "Protocols supported" },
	{ 195, "QoS Maintenance" },
	{ 197, "Security" },
	{ ESIS_OPT_ES_CONF_TIME, "ES Configuration Time" },
	{ 205, "Priority" },
	{ 225, "Addressk Mask" },	/* sic, as tcpdump spells it */
	{ 226, "SNPA Mask" },
	{ 0, NULL }
};

/* A length byte and that many bytes at *off; 0 when li runs short. */
static int
esis_field(struct ctx *c, struct span s, size_t *off, unsigned *li,
    unsigned *len, int *trunc)
{
	if (!span_has(s, *off, 1)) {
		*trunc = 1;
		return 0;
	}
	if (*li < 1)
		return 0;
	*len = get_u8(c, s, *off);
	(*off)++;
	(*li)--;
	if (!span_has(s, *off, *len)) {
		*trunc = 1;
		return 0;
	}
	if (*li < *len)
		return 0;
	return 1;
}

static void
esis_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	unsigned li, version, type, len = 0;
	size_t off;
	int trunc = 0;

	c->proto = "esis";
	if (!c->opt.eflag)
		out_str(o, "ES-IS");
	if (length <= 2) {
		out_str(o, c->opt.qflag ? "bad pkt!" : "no header at all!");
		return;
	}
	if (!span_has(s, 0, ESIS_HDR_LEN))
		goto trunc;
	li = get_u8(c, s, 1);
	if (get_u8(c, s, 0) != NLPID_ESIS) {
		out_str(o, " nlpid 0x");
		out_hex8(o, get_u8(c, s, 0));
		out_str(o, " packet not supported");
		return;
	}
	version = get_u8(c, s, 2);
	if (version != 1) {
		out_str(o, " version ");
		out_u32(o, version);
		out_str(o, " packet not supported");
		return;
	}
	if (li > length) {
		out_str(o, " length indicator(");
		out_u32(o, li);
		out_str(o, ") > PDU size (");
		out_u32(o, length);
		out_str(o, ")!");
		return;
	}
	if (li < ESIS_HDR_LEN + 2) {
		static const char hx[] = "0123456789ABCDEF";

		out_str(o, " length indicator ");
		out_u32(o, li);
		out_str(o, " < min PDU size:");
		for (size_t k = 0; k < span_avail(s, 0); k++) {
			out_char(o, hx[s.p[k] >> 4]);
			out_char(o, hx[s.p[k] & 15]);
		}
		return;
	}
	type = get_u8(c, s, 4) & 0x1f;
	if (c->opt.vflag < 1) {
		out_str(o, c->opt.eflag ? "" : ", ");
		out_tok_fmt(o, esis_pdu_values, type, "unknown type (", ")");
		out_str(o, ", length ");
		out_u32(o, length);
		return;
	}
	out_str(o, c->opt.eflag ? "" : ", ");
	out_str(o, "length ");
	out_u32(o, length);
	out_str(o, "\n\t");
	out_tok_fmt(o, esis_pdu_values, type, "unknown type: ", "");
	out_str(o, " (");
	out_u32(o, type);
	out_str(o, "), v: ");
	out_u32(o, version);
	out_str(o, ", checksum: 0x");
	out_hex(o, get_be16(c, s, 7), 4);
	osi_cksum_print(c, s, 0, get_be16(c, s, 7), 7, li);
	out_str(o, ", holding time: ");
	out_u32(o, get_be16(c, s, 5));
	out_str(o, "s, length indicator: ");
	out_u32(o, li);
	if (c->opt.vflag > 1)
		unknown_data(c, s, 0, "\n\t", ESIS_HDR_LEN);
	off = ESIS_HDR_LEN;
	li -= ESIS_HDR_LEN;

	switch (type) {
	case ESIS_PDU_REDIRECT: {
		size_t dst_off, snpa_off, net_off;
		unsigned dstl, snpal, netal;

		if (!esis_field(c, s, &off, &li, &dstl, &trunc))
			goto bad_redirect;
		dst_off = off;
		off += dstl;
		li -= dstl;
		out_str(o, "\n\t  ");
		nsap_print(c, s, dst_off, dstl);
		if (!esis_field(c, s, &off, &li, &snpal, &trunc))
			goto bad_redirect;
		snpa_off = off;
		off += snpal;
		li -= snpal;
		/* tcpdump leaves li alone after the NET's length byte */
		if (!span_has(s, off, 1))
			goto trunc;
		if (li < 1)
			goto bad_redirect;
		netal = get_u8(c, s, off);
		off++;
		if (!span_has(s, off, netal))
			goto trunc;
		if (li < netal)
			goto bad_redirect;
		net_off = off;
		off += netal;
		li -= netal;
		out_str(o, "\n\t  SNPA (length: ");
		out_u32(o, snpal);
		out_str(o, "): ");
		if (snpal == 6)
			etheraddr_print(c, get_bytes(c, s, snpa_off, 6));
		else {
			/* tcpdump's linkaddr_string(): "xx:xx", empty
			 * for no bytes */
			const uint8_t *a = get_bytes(c, s, snpa_off, snpal);
			for (unsigned k = 0; k < snpal; k++) {
				if (k > 0)
					out_char(o, ':');
				out_hex8(o, a[k]);
			}
		}
		if (netal != 0) {
			out_str(o, "\n\t  NET (length: ");
			out_u32(o, netal);
			out_str(o, ") ");
			nsap_print(c, s, net_off, netal);
		}
		break;
bad_redirect:
		if (trunc)
			goto trunc;
		out_str(o, ", bad redirect/li");
		return;
	}
	case ESIS_PDU_ESH: {
		unsigned n;

		if (!span_has(s, off, 1))
			goto trunc;
		if (li < 1)
			goto bad_esh;
		n = get_u8(c, s, off);
		off++;
		li--;
		out_str(o, "\n\t  Number of Source Addresses: ");
		out_u32(o, n);
		while (n > 0) {
			if (!esis_field(c, s, &off, &li, &len, &trunc))
				goto bad_esh;
			out_str(o, "\n\t  NET (length: ");
			out_u32(o, len);
			out_str(o, "): ");
			nsap_print(c, s, off, len);
			off += len;
			li -= len;
			n--;
		}
		break;
bad_esh:
		if (trunc)
			goto trunc;
		out_str(o, ", bad esh/li");
		return;
	}
	case ESIS_PDU_ISH:
		if (!esis_field(c, s, &off, &li, &len, &trunc)) {
			if (trunc)
				goto trunc;
			out_str(o, ", bad ish/li");
			return;
		}
		out_str(o, "\n\t  NET (length: ");
		out_u32(o, len);
		out_str(o, "): ");
		nsap_print(c, s, off, len);
		off += len;
		li -= len;
		break;
	default:
		if (c->opt.vflag <= 1 && span_has(s, off, 1))
			unknown_data(c, s, off, "\n\t  ",
			    (unsigned)span_avail(s, off));
		return;
	}

	while (li != 0) {
		unsigned op, opli;
		size_t t;

		if (li < 2) {
			out_str(o, ", bad opts/li");
			return;
		}
		op = get_u8(c, s, off);
		opli = get_u8(c, s, off + 1);
		off += 2;
		li -= 2;
		if (opli > li) {
			out_str(o, ", opt (");
			out_u32(o, op);
			out_str(o, ") too long");
			return;
		}
		li -= opli;
		t = off;
		out_str(o, "\n\t  ");
		out_name(o, esis_option_values, op, "Unknown");
		out_str(o, " Option #");
		out_u32(o, op);
		out_str(o, ", length ");
		out_u32(o, opli);
		out_str(o, ", value: ");
		switch (op) {
		case ESIS_OPT_ES_CONF_TIME:
			if (opli == 2) {
				if (!span_has(s, off, 2))
					goto trunc;
				out_u32(o, get_be16(c, s, t));
				out_char(o, 's');
			} else
				out_str(o, "(bad length)");
			break;
		case ESIS_OPT_PROTOCOLS:
			for (unsigned n = opli; n > 0; n--, t++) {
				uint8_t id = get_u8(c, s, t);
				out_name(o, nlpid_values, id, "unknown");
				out_str(o, " (0x");
				out_hex8(o, id);
				out_char(o, ')');
				if (n > 1)
					out_str(o, ", ");
			}
			break;
		default:
			unknown_data(c, s, t, "\n\t  ", opli);
			break;
		}
		if (c->opt.vflag > 1)
			unknown_data(c, s, off, "\n\t  ", opli);
		off += opli;
	}
	return;
trunc:
	print_trunc(c);
}

/* ---- IS-IS ---- */

#define ISIS_COMMON_LEN		8
#define ISIS_IIH_LAN_LEN	19
#define ISIS_IIH_PTP_LEN	12
#define ISIS_LSP_LEN		19
#define ISIS_CSNP_LEN		25
#define ISIS_PSNP_LEN		9

#define ISIS_PDU_L1_LAN_IIH	15
#define ISIS_PDU_L2_LAN_IIH	16
#define ISIS_PDU_PTP_IIH	17
#define ISIS_PDU_L1_LSP		18
#define ISIS_PDU_L2_LSP		20
#define ISIS_PDU_L1_CSNP	24
#define ISIS_PDU_L2_CSNP	25
#define ISIS_PDU_L1_PSNP	26
#define ISIS_PDU_L2_PSNP	27

static const struct tok isis_pdu_values[] = {
	{ ISIS_PDU_L1_LAN_IIH, "L1 Lan IIH" },
	{ ISIS_PDU_L2_LAN_IIH, "L2 Lan IIH" },
	{ ISIS_PDU_PTP_IIH, "p2p IIH" },
	{ ISIS_PDU_L1_LSP, "L1 LSP" },
	{ ISIS_PDU_L2_LSP, "L2 LSP" },
	{ ISIS_PDU_L1_CSNP, "L1 CSNP" },
	{ ISIS_PDU_L2_CSNP, "L2 CSNP" },
	{ ISIS_PDU_L1_PSNP, "L1 PSNP" },
	{ ISIS_PDU_L2_PSNP, "L2 PSNP" },
	{ 0, NULL }
};

static const struct tok isis_iih_circuit_type_values[] = {
	{ 1, "Level 1 only" },
	{ 2, "Level 2 only" },
	{ 3, "Level 1, Level 2" },
	{ 0, NULL }
};

static const struct tok isis_lsp_istype_values[] = {
	{ 0, "Unused 0x0 (invalid)" },
	{ 1, "L1 IS" },
	{ 2, "Unused 0x2 (invalid)" },
	{ 3, "L2 IS" },
	{ 0, NULL }
};

static void
circuit_type_print(struct out *o, unsigned v)
{
	const char *s = tok_find(isis_iih_circuit_type_values, v);

	if (s != NULL)
		out_str(o, s);
	else {
		out_str(o, "unknown circuit type 0x");
		out_hex8(o, (uint8_t)v);
	}
}

#define ISIS_TLV_AREA_ADDR	1
#define ISIS_TLV_ISNEIGH	6
#define ISIS_TLV_INSTANCE_ID	7
#define ISIS_TLV_PADDING	8
#define ISIS_TLV_LSP		9
#define ISIS_TLV_CHECKSUM	12
#define ISIS_TLV_LSP_BUFSIZE	14
#define ISIS_TLV_PROTOCOLS	129
#define ISIS_TLV_IPADDR		132
#define ISIS_TLV_TE_ROUTER_ID	134
#define ISIS_TLV_HOSTNAME	137
#define ISIS_TLV_RESTART	211
#define ISIS_TLV_IP6ADDR	232
#define ISIS_TLV_PTP_ADJ	240
#define ISIS_TLV_IIH_SEQNR	241

static const struct tok isis_tlv_values[] = {
	{ 1, "Area address(es)" },
	{ 2, "IS Reachability" },
	{ 3, "ES Neighbor(s)" },
	{ 4, "Partition DIS" },
	{ 5, "Prefix Neighbors" },
	{ 6, "IS Neighbor(s)" },
	{ 7, "Instance Identifier" },
	{ 8, "Padding" },
	{ 9, "LSP entries" },
	{ 10, "Authentication" },
	{ 12, "Checksum" },
	{ 13, "Purge Originator Identifier" },
	{ 14, "LSP Buffersize" },
	{ 22, "Extended IS Reachability" },
	{ 24, "IS Alias ID" },
	{ 42, "DECnet Phase IV" },
	{ 66, "Lucent Proprietary" },
	{ 128, "IPv4 Internal Reachability" },
	{ 129, "Protocols supported" },
	{ 130, "IPv4 External Reachability" },
	{ 131, "Inter-Domain Information Type" },
	{ 132, "IPv4 Interface address(es)" },
	{ 133, "IPv4 authentication (deprecated)" },
	{ 134, "Traffic Engineering Router ID" },
	{ 135, "Extended IPv4 Reachability" },
	{ 138, "Shared Risk Link Group" },
	{ 143, "Multi-Topology-Aware Port Capability" },
	{ 144, "Multi-Topology Capability" },
	{ 176, "Nortel Proprietary" },
	{ 177, "Nortel Proprietary" },
	{ 137, "Hostname" },
	{ 211, "Restart Signaling" },
	{ 222, "Multi Topology IS Reachability" },
	{ 229, "Multi Topology" },
	{ 232, "IPv6 Interface address(es)" },
	{ 235, "Multi-Topology IPv4 Reachability" },
	{ 236, "IPv6 reachability" },
	{ 237, "Multi-Topology IP6 Reachability" },
	{ 240, "Point-to-point Adjacency State" },
	{ 241, "Hello PDU Sequence Number" },
	{ 242, "IS-IS Router Capability" },
	{ 250, "Vendor Private" },
	{ 0, NULL }
};

static const struct tok isis_restart_flag_values[] = {
	{ 0x1, "Restart Request" },
	{ 0x2, "Restart Acknowledgement" },
	{ 0x4, "Suppress adjacency advertisement" },
	{ 0, NULL }
};

static const struct tok isis_ptp_adjacency_values[] = {
	{ 0, "Up" },
	{ 1, "Initializing" },
	{ 2, "Down" },
	{ 0, NULL }
};

/* tcpdump's nd_printjnp(): a counted string, unprintables escaped. */
static void
printjnp(struct ctx *c, struct span s, size_t off, unsigned len)
{
	struct out *o = c->out;

	for (unsigned k = 0; k < len; k++) {
		uint8_t ch = get_u8(c, s, off + k);
		if (ch & 0x80) {
			out_str(o, "M-");
			ch &= 0x7f;
		}
		if (ch < 0x20 || ch == 0x7f) {
			out_char(o, '^');
			out_char(o, (char)(ch ^ 0x40));
		} else
			out_char(o, (char)ch);
	}
}

/*
 * One TLV's value at off, tlen bytes (all of them within the PDU length;
 * tcpdump checks the capture as it goes).  0: the value was cut short
 * (tcpdump's tlv_trunc: just go on); -1: a tcpdump "goto trunc".
 */
static int
isis_tlv_print(struct ctx *c, struct span s, size_t off, unsigned type,
    unsigned tlen, unsigned length)
{
	struct out *o = c->out;
	size_t t = off;

	switch (type) {
	case ISIS_TLV_AREA_ADDR:
		while (tlen != 0) {
			unsigned alen = get_u8(c, s, t);
			t++;
			tlen--;
			if (tlen < alen)
				return 0;
			out_str(o, "\n\t      Area address (length: ");
			out_u32(o, alen);
			out_str(o, "): ");
			nsap_print(c, s, t, alen);
			t += alen;
			tlen -= alen;
		}
		break;
	case ISIS_TLV_ISNEIGH:
		while (tlen != 0) {
			if (tlen < 6)
				return 0;
			if (!span_has(s, t, 6))
				return -1;
			out_str(o, "\n\t      SNPA: ");
			isis_id_print(c, s, t, 6);
			t += 6;
			tlen -= 6;
		}
		break;
	case ISIS_TLV_INSTANCE_ID: {
		unsigned n;

		if (tlen < 4)
			return 0;
		n = (tlen - 2) / 2;
		{
			uint16_t iid = get_be16(c, s, t);
			out_str(o, "\n\t      Instance ID: ");
			out_u32(o, iid);
		}
		out_str(o, ", ITIDs(");
		out_u32(o, n);
		out_str(o, n ? "): " : ") ");
		t += 2;
		for (unsigned i = 0; i < n; i++) {
			out_u32(o, get_be16(c, s, t));
			if (i + 1 < n)
				out_str(o, ", ");
			t += 2;
		}
		break;
	}
	case ISIS_TLV_PADDING:
		break;
	case ISIS_TLV_LSP:
		while (tlen != 0) {
			if (tlen < 16)
				return 0;
			if (!span_has(s, t + 2 + LSP_ID_LEN - 1, 1))
				return -1;
			out_str(o, "\n\t      lsp-id: ");
			isis_id_print(c, s, t + 2, LSP_ID_LEN);
			{
				uint32_t seq = get_be32(c, s, t + 10);
				out_str(o, ", seq: 0x");
				out_hex(o, seq, 8);
			}
			{
				uint16_t lt = get_be16(c, s, t);
				out_str(o, ", lifetime: ");
				out_u32_pad(o, lt, 5, ' ');
			}
			{
				uint16_t ck = get_be16(c, s, t + 14);
				out_str(o, "s, chksum: 0x");
				out_hex(o, ck, 4);
			}
			t += 16;
			tlen -= 16;
		}
		break;
	case ISIS_TLV_CHECKSUM: {
		uint16_t ck;

		if (tlen < 2)
			break;
		if (!span_has(s, t, 2))
			return -1;
		ck = get_be16(c, s, t);
		out_str(o, "\n\t      checksum: 0x");
		out_hex(o, ck, 4);
		out_char(o, ' ');
		osi_cksum_print(c, s, 0, ck, (int)t, length);
		break;
	}
	case ISIS_TLV_LSP_BUFSIZE:
		if (tlen < 2)
			break;
		{
			uint16_t v = get_be16(c, s, t);
			out_str(o, "\n\t      LSP Buffersize: ");
			out_u32(o, v);
		}
		break;
	case ISIS_TLV_PROTOCOLS:
		out_str(o, "\n\t      NLPID(s): ");
		for (; tlen != 0; tlen--, t++) {
			uint8_t id = get_u8(c, s, t);
			out_name(o, nlpid_values, id, "unknown");
			out_str(o, " (0x");
			out_hex8(o, id);
			out_char(o, ')');
			if (tlen > 1)
				out_str(o, ", ");
		}
		break;
	case ISIS_TLV_IPADDR:
		while (tlen != 0) {
			if (tlen < 4)
				return 0;
			{
				const uint8_t *a = get_bytes(c, s, t, 4);
				out_str(o, "\n\t      IPv4 interface address: ");
				ipaddr_print(c, a);
			}
			t += 4;
			tlen -= 4;
		}
		break;
	case ISIS_TLV_IP6ADDR:
		while (tlen != 0) {
			if (tlen < 16)
				return 0;
			{
				const uint8_t *a = get_bytes(c, s, t, 16);
				out_str(o, "\n\t      IPv6 interface address: ");
				ip6addr_print(c, a);
			}
			t += 16;
			tlen -= 16;
		}
		break;
	case ISIS_TLV_TE_ROUTER_ID:
		if (tlen < 4)
			return 0;
		{
			/* tcpdump reads it from the TLV header (a bug) */
			const uint8_t *a = get_bytes(c, s, off - 2, 4);
			out_str(o, "\n\t      Traffic Engineering Router ID: ");
			ipaddr_print(c, a);
		}
		break;
	case ISIS_TLV_HOSTNAME:
		out_str(o, "\n\t      Hostname: ");
		printjnp(c, s, t, tlen);
		break;
	case ISIS_TLV_RESTART:
		if (tlen < 1)
			break;
		if (!span_has(s, t, 1))
			return -1;
		out_str(o, "\n\t      Flags [");
		out_bittok(o, isis_restart_flag_values, "none",
		    get_u8(c, s, t), ", ");
		out_char(o, ']');
		t++;
		tlen--;
		if (tlen == 0 || tlen < 2)
			break;
		if (!span_has(s, t, 2))
			return -1;
		out_str(o, ", Remaining holding time ");
		out_u32(o, get_be16(c, s, t));
		out_char(o, 's');
		t += 2;
		tlen -= 2;
		if (tlen == SYSTEM_ID_LEN) {
			if (!span_has(s, t, SYSTEM_ID_LEN))
				return -1;
			out_str(o, ", for ");
			isis_id_print(c, s, t, SYSTEM_ID_LEN);
		}
		break;
	case ISIS_TLV_PTP_ADJ:
		if (tlen >= 1) {
			uint8_t st = get_u8(c, s, t);
			out_str(o, "\n\t      Adjacency State: ");
			out_name(o, isis_ptp_adjacency_values, st, "unknown");
			out_str(o, " (");
			out_u32(o, st);
			out_char(o, ')');
			tlen--;
		}
		/* the fields sit at fixed offsets whatever came before */
		if (tlen > 4) {
			uint32_t v = get_be32(c, s, t + 1);
			out_str(o, "\n\t      Extended Local circuit-ID: 0x");
			out_hex(o, v, 8);
			tlen -= 4;
		}
		if (tlen >= SYSTEM_ID_LEN) {
			if (!span_has(s, t + 5, SYSTEM_ID_LEN))
				return -1;
			out_str(o, "\n\t      Neighbor System-ID: ");
			isis_id_print(c, s, t + 5, SYSTEM_ID_LEN);
			tlen -= SYSTEM_ID_LEN;
		}
		if (tlen >= 4) {
			uint32_t v = get_be32(c, s, t + 11);
			out_str(o, "\n\t      Neighbor Extended Local "
			    "circuit-ID: 0x");
			out_hex(o, v, 8);
		}
		break;
	case ISIS_TLV_IIH_SEQNR:
		if (tlen < 4)
			break;
		{
			uint32_t v = get_be32(c, s, t);
			out_str(o, "\n\t      Sequence number: ");
			out_u32(o, v);
		}
		break;
	case 2:		/* IS Reachability: the virtual flag first */
	case 10:	/* Authentication: its type first */
	case 13:	/* Purge Originator: the count first */
		if (tlen < 1)
			return 0;
		goto undecoded;
	case 143:	/* MT port capability, MT capability: an MTID */
	case 144:
		if (tlen < 2)
			return 0;
		goto undecoded;
	default:
	undecoded:
		/*
		 * Not decoded (yet, for the TLVs tcpdump does decode:
		 * reachability, authentication, router capability and
		 * the like): the value in hex, unless -vv dumps it anyway.
		 */
		if (c->opt.vflag <= 1 &&
		    !unknown_data(c, s, off, "\n\t\t", tlen))
			return -2;
		break;
	}
	return 1;
}

/* The TLVs after the PDU header (tcpdump isis_print()'s last loop). */
static int
isis_tlvs_print(struct ctx *c, struct span s, size_t off,
    unsigned packet_len, unsigned length)
{
	struct out *o = c->out;

	while (packet_len > 0) {
		unsigned type, len;
		int r;

		if (!span_has(s, off, 2) || packet_len < 2)
			goto trunc;
		type = get_u8(c, s, off);
		len = get_u8(c, s, off + 1);
		off += 2;
		packet_len -= 2;
		out_str(o, "\n\t    ");
		out_name(o, isis_tlv_values, type, "unknown");
		out_str(o, " TLV #");
		out_u32(o, type);
		out_str(o, ", length: ");
		out_u32(o, len);
		if (packet_len < len)
			goto trunc;
		r = isis_tlv_print(c, s, off, type, len, length);
		if (r == -1)
			goto trunc;
		if (r == -2)
			return 0;
		if (c->opt.vflag > 1 &&
		    !unknown_data(c, s, off, "\n\t      ", len))
			return 0;
		off += len;
		packet_len -= len;
	}
	if (packet_len != 0) {
		out_str(o, "\n\t      ");
		out_u32(o, packet_len);
		out_str(o, " straggler bytes");
	}
	return 1;
trunc:
	print_trunc(c);
	return 1;
}

/*
 * tcpdump's isis_print(): 0 when the caller should dump the PDU.
 * s starts at the NLPID; the PDU-specific header follows the common one.
 */
static int
isis_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	unsigned version, id_len_field, pdu_version, fixed_len, max_area_field;
	unsigned max_area, pdu_type, packet_len = length, pdu_len, hdr;
	const size_t h = ISIS_COMMON_LEN;

	c->proto = "isis";
	if (!span_has(s, 0, ISIS_COMMON_LEN) || length < ISIS_COMMON_LEN)
		goto trunc;
	if (!c->opt.eflag)
		out_str(o, "IS-IS");

	version = get_u8(c, s, 2);
	if (version != 1) {
		out_str(o, "version ");
		out_u32(o, version);
		out_str(o, " packet not supported");
		return 0;
	}
	id_len_field = get_u8(c, s, 3);
	if (id_len_field != SYSTEM_ID_LEN && id_len_field != 0) {
		out_str(o, "system ID length of ");
		out_u32(o, id_len_field);
		out_str(o, " is not supported");
		return 0;
	}
	pdu_version = get_u8(c, s, 5);
	if (pdu_version != 1) {
		out_str(o, "version ");
		out_u32(o, pdu_version);
		out_str(o, " packet not supported");
		return 0;
	}
	fixed_len = get_u8(c, s, 1);
	if (length < fixed_len) {
		out_str(o, "fixed header length ");
		out_u32(o, fixed_len);
		out_str(o, " > packet length ");
		out_u32(o, length);
		return 0;
	}
	if (fixed_len < ISIS_COMMON_LEN) {
		out_str(o, "fixed header length ");
		out_u32(o, fixed_len);
		out_str(o, " < minimum header size 8");
		return 0;
	}
	max_area_field = get_u8(c, s, 7);
	if (max_area_field == 255) {
		out_str(o, "bad packet -- 255 areas");
		return 0;
	}
	/* 0 stands for the default of 3 areas; an ID length of 0 for 6 */
	max_area = max_area_field == 0 ? 3 : max_area_field;
	pdu_type = get_u8(c, s, 4);

	if (c->opt.vflag == 0) {
		out_str(o, c->opt.eflag ? "" : ", ");
		out_tok_fmt(o, isis_pdu_values, pdu_type, "unknown PDU-Type ",
		    "");
	} else {
		out_str(o, c->opt.eflag ? "" : ", ");
		out_str(o, "length ");
		out_u32(o, length);
		out_str(o, "\n\t");
		out_tok_fmt(o, isis_pdu_values, pdu_type, "unknown, type ", "");
		out_str(o, ", hlen: ");
		out_u32(o, fixed_len);
		out_str(o, ", v: ");
		out_u32(o, version);
		out_str(o, ", pdu-v: ");
		out_u32(o, pdu_version);
		out_str(o, ", sys-id-len: 6 (");
		out_u32(o, id_len_field);
		out_str(o, "), max-area: ");
		out_u32(o, max_area);
		out_str(o, " (");
		out_u32(o, max_area_field);
		out_char(o, ')');
		if (c->opt.vflag > 1 && !unknown_data(c, s, 0, "\n\t", 8))
			return 0;
	}

	switch (pdu_type) {
	case ISIS_PDU_L1_LAN_IIH:
	case ISIS_PDU_L2_LAN_IIH:
		hdr = ISIS_IIH_LAN_LEN;
		if (fixed_len != ISIS_COMMON_LEN + hdr)
			goto bogus;
		if (!span_has(s, h, hdr) || length < ISIS_COMMON_LEN + hdr)
			goto trunc;
		if (c->opt.vflag == 0) {
			out_str(o, ", src-id ");
			isis_id_print(c, s, h + 1, SYSTEM_ID_LEN);
			out_str(o, ", lan-id ");
			isis_id_print(c, s, h + 12, NODE_ID_LEN);
			out_str(o, ", prio ");
			out_u32(o, get_u8(c, s, h + 11));
			out_str(o, ", length ");
			out_u32(o, length);
			return 1;
		}
		pdu_len = get_be16(c, s, h + 9);
		if (packet_len > pdu_len) {
			packet_len = pdu_len;
			length = pdu_len;
		}
		out_str(o, "\n\t  source-id: ");
		isis_id_print(c, s, h + 1, SYSTEM_ID_LEN);
		out_str(o, ",  holding time: ");
		out_u32(o, get_be16(c, s, h + 7));
		out_str(o, "s, Flags: [");
		circuit_type_print(o, get_u8(c, s, h));
		out_str(o, "]\n\t  lan-id:    ");
		isis_id_print(c, s, h + 12, NODE_ID_LEN);
		out_str(o, ", Priority: ");
		out_u32(o, get_u8(c, s, h + 11) & 0x7f);
		out_str(o, ", PDU length: ");
		out_u32(o, pdu_len);
		break;
	case ISIS_PDU_PTP_IIH:
		hdr = ISIS_IIH_PTP_LEN;
		if (fixed_len != ISIS_COMMON_LEN + hdr)
			goto bogus;
		if (!span_has(s, h, hdr) || length < ISIS_COMMON_LEN + hdr)
			goto trunc;
		if (c->opt.vflag == 0) {
			out_str(o, ", src-id ");
			isis_id_print(c, s, h + 1, SYSTEM_ID_LEN);
			out_str(o, ", length ");
			out_u32(o, length);
			return 1;
		}
		pdu_len = get_be16(c, s, h + 9);
		if (packet_len > pdu_len) {
			packet_len = pdu_len;
			length = pdu_len;
		}
		out_str(o, "\n\t  source-id: ");
		isis_id_print(c, s, h + 1, SYSTEM_ID_LEN);
		out_str(o, ", holding time: ");
		out_u32(o, get_be16(c, s, h + 7));
		out_str(o, "s, Flags: [");
		circuit_type_print(o, get_u8(c, s, h));
		out_str(o, "]\n\t  circuit-id: 0x");
		out_hex8(o, get_u8(c, s, h + 11));
		out_str(o, ", PDU length: ");
		out_u32(o, pdu_len);
		break;
	case ISIS_PDU_L1_LSP:
	case ISIS_PDU_L2_LSP: {
		unsigned tb;
		uint16_t cksum;

		hdr = ISIS_LSP_LEN;
		if (fixed_len != ISIS_COMMON_LEN + hdr) {
			/* tcpdump names the LSP header's size alone here */
			out_str(o, ", bogus fixed header length ");
			out_u32(o, fixed_len);
			out_str(o, " should be ");
			out_u32(o, hdr);
			return 0;
		}
		if (!span_has(s, h, hdr) || length < ISIS_COMMON_LEN + hdr)
			goto trunc;
		if (c->opt.vflag == 0) {
			out_str(o, ", lsp-id ");
			isis_id_print(c, s, h + 4, LSP_ID_LEN);
			out_str(o, ", seq 0x");
			out_hex(o, get_be32(c, s, h + 12), 8);
			out_str(o, ", lifetime ");
			out_u32_pad(o, get_be16(c, s, h + 2), 5, ' ');
			out_str(o, "s, length ");
			out_u32(o, length);
			return 1;
		}
		pdu_len = get_be16(c, s, h);
		if (packet_len > pdu_len) {
			packet_len = pdu_len;
			length = pdu_len;
		}
		cksum = get_be16(c, s, h + 16);
		out_str(o, "\n\t  lsp-id: ");
		isis_id_print(c, s, h + 4, LSP_ID_LEN);
		out_str(o, ", seq: 0x");
		out_hex(o, get_be32(c, s, h + 12), 8);
		out_str(o, ", lifetime: ");
		out_u32_pad(o, get_be16(c, s, h + 2), 5, ' ');
		out_str(o, "s\n\t  chksum: 0x");
		out_hex(o, cksum, 4);
		/* the checksum covers the PDU from the LSP ID on */
		osi_cksum_print(c, s, h + 4, cksum, 12, length - 12);
		tb = get_u8(c, s, h + 18);
		out_str(o, ", PDU length: ");
		out_u32(o, pdu_len);
		out_str(o, ", Flags: [ ");
		if (tb & 0x04)
			out_str(o, "Overload bit set, ");
		if (tb & 0x78) {
			if (tb & 0x08)
				out_str(o, "default ");
			if (tb & 0x10)
				out_str(o, "delay ");
			if (tb & 0x20)
				out_str(o, "expense ");
			if (tb & 0x40)
				out_str(o, "error ");
			out_str(o, "ATT bit set, ");
		}
		if (tb & 0x80)
			out_str(o, "P bit set, ");
		out_str(o, tok_find(isis_lsp_istype_values, tb & 3));
		out_str(o, " ]");
		break;
	}
	case ISIS_PDU_L1_CSNP:
	case ISIS_PDU_L2_CSNP:
		hdr = ISIS_CSNP_LEN;
		if (fixed_len != ISIS_COMMON_LEN + hdr)
			goto bogus;
		if (!span_has(s, h, hdr) || length < ISIS_COMMON_LEN + hdr)
			goto trunc;
		if (c->opt.vflag == 0) {
			out_str(o, ", src-id ");
			isis_id_print(c, s, h + 2, NODE_ID_LEN);
			out_str(o, ", length ");
			out_u32(o, length);
			return 1;
		}
		pdu_len = get_be16(c, s, h);
		if (packet_len > pdu_len) {
			packet_len = pdu_len;
			length = pdu_len;
		}
		out_str(o, "\n\t  source-id:    ");
		isis_id_print(c, s, h + 2, NODE_ID_LEN);
		out_str(o, ", PDU length: ");
		out_u32(o, pdu_len);
		out_str(o, "\n\t  start lsp-id: ");
		isis_id_print(c, s, h + 9, LSP_ID_LEN);
		out_str(o, "\n\t  end lsp-id:   ");
		isis_id_print(c, s, h + 17, LSP_ID_LEN);
		break;
	case ISIS_PDU_L1_PSNP:
	case ISIS_PDU_L2_PSNP:
		hdr = ISIS_PSNP_LEN;
		if (fixed_len != ISIS_COMMON_LEN + hdr) {
			out_str(o, "- bogus fixed header length ");
			out_u32(o, fixed_len);
			out_str(o, " should be ");
			out_u32(o, ISIS_COMMON_LEN + hdr);
			return 0;
		}
		if (!span_has(s, h, hdr) || length < ISIS_COMMON_LEN + hdr)
			goto trunc;
		if (c->opt.vflag == 0) {
			out_str(o, ", src-id ");
			isis_id_print(c, s, h + 2, NODE_ID_LEN);
			out_str(o, ", length ");
			out_u32(o, length);
			return 1;
		}
		pdu_len = get_be16(c, s, h);
		if (packet_len > pdu_len) {
			packet_len = pdu_len;
			length = pdu_len;
		}
		out_str(o, "\n\t  source-id:    ");
		isis_id_print(c, s, h + 2, NODE_ID_LEN);
		out_str(o, ", PDU length: ");
		out_u32(o, pdu_len);
		break;
	default:
		if (c->opt.vflag == 0) {
			out_str(o, ", length ");
			out_u32(o, length);
			return 1;
		}
		(void)unknown_data(c, s, h, "\n\t  ", length);
		return 0;
	}
	if (c->opt.vflag > 1 && !unknown_data(c, s, h, "\n\t  ", hdr))
		return 0;
	/* tcpdump: INVALID_OR_DECREMENT - a PDU length under the header
	 * is invalid */
	if (packet_len < ISIS_COMMON_LEN + hdr) {
		out_str(o, " [packet length ");
		out_u32(o, packet_len);
		out_str(o, " < ");
		out_u32(o, ISIS_COMMON_LEN + hdr);
		out_char(o, ']');
		print_invalid(c);
		return 1;
	}
	packet_len -= ISIS_COMMON_LEN + hdr;
	return isis_tlvs_print(c, s, ISIS_COMMON_LEN + hdr, packet_len,
	    length);
bogus:
	out_str(o, ", bogus fixed header length ");
	out_u32(o, fixed_len);
	out_str(o, " should be ");
	out_u32(o, ISIS_COMMON_LEN + hdr);
	return 0;
trunc:
	print_trunc(c);
	return 1;
}

/* ---- the NLPID dispatch ---- */

void
isoclns_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	uint8_t nlpid;

	c->proto = "isoclns";
	nlpid = get_u8(c, s, 0);
	if (c->opt.eflag) {
		out_str(o, "OSI NLPID ");
		out_name(o, nlpid_values, nlpid, "Unknown");
		out_str(o, " (0x");
		out_hex8(o, nlpid);
		out_str(o, "): ");
	}
	switch (nlpid) {
	case NLPID_CLNP:
		if (!clnp_print(c, s, length))
			unknown_data(c, s, 0, "\n\t", length);
		return;
	case NLPID_ESIS:
		esis_print(c, s, length);
		return;
	case NLPID_ISIS:
		if (!isis_print(c, s, length))
			unknown_data(c, s, 0, "\n\t", length);
		return;
	case NLPID_NULLNS:
		out_str(o, c->opt.eflag ? "" : ", ");
		out_str(o, "length: ");
		out_u32(o, length);
		return;
	case NLPID_IP:
		ip_print(c, span_rest(s, 1), length - 1);
		return;
	case NLPID_IP6:
		ip6_print(c, span_rest(s, 1), length - 1);
		return;
	case NLPID_PPP:
		(void)ppp_print(c, span_rest(s, 1), length - 1);
		return;
	}
	/*
	 * Q.933 (tcpdump q933_print()) has no printer here yet: it gets the
	 * unknown-NLPID summary.
	 */
	if (!c->opt.eflag) {
		out_str(o, "OSI NLPID 0x");
		out_hex8(o, nlpid);
		out_str(o, " unknown");
	}
	out_str(o, c->opt.eflag ? "" : ", ");
	out_str(o, "length: ");
	out_u32(o, length);
	if (length > 1)
		unknown_data(c, s, 0, "\n\t", length);
}

/*
 * Ethertype 0xfefe: one byte before the NLPID, which tcpdump skips
 * unread ("this is a hack" in its ethertype_print()).
 */
void
isoclns_ether_print(struct ctx *c, struct span s, unsigned length)
{
	if (length == 0 || span_avail(s, 0) == 0) {
		c->proto = "isoclns";
		print_trunc(c);
		return;
	}
	isoclns_print(c, span_rest(s, 1), length - 1);
}
