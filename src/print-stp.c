/*
 * print-stp.c - Spanning Tree BPDUs: STP (IEEE 802.1D), RSTP (802.1w),
 * MSTP (802.1s, now IEEE 802.1Q clause 14) and the SPB extension (802.1aq),
 * as tcpdump 4.99 print-stp.c stp_print() prints them.
 *
 * Reached from LLC SAP 0x42, from SNAP (Cisco PVST+, RFC 2684 BPDUs).
 * Lengths are checked against the length on the wire, as tcpdump does, so a
 * short capture of a long-enough BPDU ends in " [|stp]" while a BPDU too
 * short for its type prints " (invalid)".  Each line's fields are fetched
 * before any of it is printed, because tcpdump formats a whole line with one
 * printf whose arguments are read first.
 */
#include "print.h"

#define STP_PROTO_REGULAR	0x00
#define STP_PROTO_RAPID		0x02
#define STP_PROTO_MSTP		0x03
#define STP_PROTO_SPB		0x04

#define STP_BPDU_TYPE_CONFIG	0x00
#define STP_BPDU_TYPE_RSTP	0x02
#define STP_BPDU_TYPE_TOPO_CHANGE 0x80

/* Offsets in a configuration BPDU (802.1D 9.3.1) */
#define BPDU_PROTO_VERSION	2
#define BPDU_TYPE		3
#define BPDU_FLAGS		4
#define BPDU_ROOT_ID		5
#define BPDU_ROOT_PATH_COST	13
#define BPDU_BRIDGE_ID		17
#define BPDU_PORT_ID		25
#define BPDU_MESSAGE_AGE	27	/* then max age, hello, forward delay */
#define BPDU_V1_LENGTH		35
#define BPDU_LEN		36	/* up to and with the v1 length */

/* Offsets in an MST BPDU (802.1Q 14.6) */
#define MST_VER3_LEN		36
#define MST_CONFIG_NAME		39
#define MST_CONFIG_REV		71
#define MST_CONFIG_DIGEST	73
#define MST_CIST_INT_PATH_COST	89
#define MST_CIST_BRIDGE_ID	93
#define MST_CIST_REMAIN_HOPS	101
#define MST_MSTI		102
#define MST_MIN_LEN		102
#define MST_CONFIG_INFO_LEN	64	/* v3 length before the MSTIs */
#define MSTI_LEN		16
/* Offsets in an MSTI configuration message */
#define MSTI_ROOT_ID		1	/* its top 16 bits carry the MSTI id */
#define MSTI_PATH_COST		9
#define MSTI_BRIDGE_PRIO	13
#define MSTI_PORT_PRIO		14
#define MSTI_REMAIN_HOPS	15

/* Offsets in the SPB (802.1aq 14.6) part, from the v4 length on */
#define SPB_MIN_LEN		87
#define SPB_CONFIG_NAME		3
#define SPB_CONFIG_REV		35
#define SPB_CONFIG_DIGEST	37
#define SPB_AGREEMENT		53
#define SPB_AGREEMENT_FORMAT	55
#define SPB_AGREEMENT_CON	56
#define SPB_AGREEMENT_EDGE	57
#define SPB_AGREEMENT_DIGEST	67

static const struct tok stp_proto_values[] = {
	{ STP_PROTO_REGULAR, "802.1d" },
	{ STP_PROTO_RAPID, "802.1w" },
	{ STP_PROTO_MSTP, "802.1s" },
	{ STP_PROTO_SPB, "802.1aq" },
	{ 0, NULL }
};

static const struct tok stp_bpdu_flag_values[] = {
	{ 0x01, "Topology change" },
	{ 0x02, "Proposal" },
	{ 0x10, "Learn" },
	{ 0x20, "Forward" },
	{ 0x40, "Agreement" },
	{ 0x80, "Topology change ACK" },
	{ 0, NULL }
};

static const struct tok stp_bpdu_type_values[] = {
	{ STP_BPDU_TYPE_CONFIG, "Config" },
	{ STP_BPDU_TYPE_RSTP, "Rapid STP" },
	{ STP_BPDU_TYPE_TOPO_CHANGE, "Topology Change" },
	{ 0, NULL }
};

/* All four values of the two role bits are named. */
static const char *const rstp_port_role[4] = {
	"Unknown", "Alternate", "Root", "Designated"
};

#define PORT_ROLE(flags)	rstp_port_role[((flags) >> 2) & 3]

/* "pppp.aa:bb:cc:dd:ee:ff" of 8 fetched bytes. */
static void
bridge_id_print(struct out *o, const uint8_t *b)
{
	out_hex8(o, b[0]);
	out_hex8(o, b[1]);
	out_char(o, '.');
	for (int k = 2; k < 8; k++) {
		if (k > 2)
			out_char(o, ':');
		out_hex8(o, b[k]);
	}
}

/*
 * "%.2fs" of a time in 1/256 s, as glibc prints the exact float: rounded to
 * the nearest hundredth, a tie (k/256 = x.xx5) to the even digit.
 */
static void
stp_time_print(struct out *o, uint16_t t)
{
	uint32_t v = (uint32_t)t * 100, q = v / 256, r = v % 256;

	if (r > 128 || (r == 128 && (q & 1)))
		q++;
	out_u32(o, q / 100);
	out_char(o, '.');
	out_u32_pad(o, q % 100, 2, '0');
	out_char(o, 's');
}

/* The timers line, shared by all BPDU formats. */
static void
stp_timers_print(struct ctx *c, struct span s)
{
	struct out *o = c->out;
	uint16_t age, max, hello, fwd;

	age = get_be16(c, s, BPDU_MESSAGE_AGE);
	max = get_be16(c, s, BPDU_MESSAGE_AGE + 2);
	hello = get_be16(c, s, BPDU_MESSAGE_AGE + 4);
	fwd = get_be16(c, s, BPDU_MESSAGE_AGE + 6);
	out_str(o, "\n\tmessage-age ");
	stp_time_print(o, age);
	out_str(o, ", max-age ");
	stp_time_print(o, max);
	out_str(o, ", hello-time ");
	stp_time_print(o, hello);
	out_str(o, ", forwarding-delay ");
	stp_time_print(o, fwd);
}

/* tcpdump's nd_printjnp(): up to n bytes, stopping at a NUL. */
static void
stp_name_print(struct ctx *c, struct span s, size_t off, size_t n)
{
	struct out *o = c->out;

	for (size_t k = 0; k < n; k++) {
		uint8_t ch = get_u8(c, s, off + k);
		if (ch == 0)
			break;
		if (ch & 0x80) {
			out_str(o, "M-");
			ch &= 0x7f;
		}
		if (ch < 0x20 || ch == 0x7f) {
			out_char(o, '^');
			ch ^= 0x40;
		}
		out_char(o, (char)ch);
	}
}

static void
stp_flags_print(struct out *o, const char *label, uint8_t flags)
{
	out_str(o, label);
	out_bittok(o, stp_bpdu_flag_values, "none", flags, ", ");
	out_char(o, ']');
}

/* STP and RSTP: the bridge-id line, and under -v timers and root. */
static void
stp_config_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	const uint8_t *id;
	uint8_t flags;
	uint16_t port;
	uint32_t cost;

	flags = get_u8(c, s, BPDU_FLAGS);
	stp_flags_print(o, ", Flags [", flags);

	id = get_bytes(c, s, BPDU_BRIDGE_ID, 8);
	port = get_be16(c, s, BPDU_PORT_ID);
	out_str(o, ", bridge-id ");
	bridge_id_print(o, id);
	out_char(o, '.');
	out_hex(o, port, 4);
	out_str(o, ", length ");
	out_u32(o, length);
	if (!c->opt.vflag)
		return;

	stp_timers_print(c, s);

	id = get_bytes(c, s, BPDU_ROOT_ID, 8);
	cost = get_be32(c, s, BPDU_ROOT_PATH_COST);
	out_str(o, "\n\troot-id ");
	bridge_id_print(o, id);
	out_str(o, ", root-pathcost ");
	out_u32(o, cost);

	/* the port role bits mean something in 802.1w only */
	if (get_u8(c, s, BPDU_PROTO_VERSION) == STP_PROTO_RAPID) {
		out_str(o, ", port-role ");
		out_str(o, PORT_ROLE(flags));
	}
}

/* One MSTI configuration message at off. */
static void
stp_msti_print(struct ctx *c, struct span s, size_t off)
{
	struct out *o = c->out;
	const uint8_t *id;
	uint16_t msti;
	uint8_t flags, bprio, pprio, hops;
	uint32_t cost;

	msti = get_be16(c, s, off + MSTI_ROOT_ID) & 0x0fff;
	flags = get_u8(c, s, off);
	out_str(o, "\n\tMSTI ");
	out_u32(o, msti);
	stp_flags_print(o, ", Flags [", flags);
	out_str(o, ", port-role ");
	out_str(o, PORT_ROLE(flags));

	id = get_bytes(c, s, off + MSTI_ROOT_ID, 8);
	cost = get_be32(c, s, off + MSTI_PATH_COST);
	out_str(o, "\n\t\tMSTI regional-root-id ");
	bridge_id_print(o, id);
	out_str(o, ", pathcost ");
	out_u32(o, cost);

	bprio = get_u8(c, s, off + MSTI_BRIDGE_PRIO);
	pprio = get_u8(c, s, off + MSTI_PORT_PRIO);
	hops = get_u8(c, s, off + MSTI_REMAIN_HOPS);
	out_str(o, "\n\t\tMSTI bridge-prio ");
	out_u32(o, bprio >> 4);
	out_str(o, ", port-prio ");
	out_u32(o, pprio >> 4);
	out_str(o, ", hops ");
	out_u32(o, hops);
}

static void
digest_print(struct ctx *c, struct span s, size_t off, int words)
{
	uint32_t w[5];

	for (int k = 0; k < words; k++)
		w[k] = get_be32(c, s, off + 4 * (size_t)k);
	for (int k = 0; k < words; k++)
		out_hex(c->out, w[k], 8);
}

/* MSTP (and the MSTP part of SPB): CIST, then every MSTI. */
static void
stp_mstp_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	const uint8_t *id;
	uint8_t flags;
	uint16_t v, v3len;
	uint32_t cost;

	flags = get_u8(c, s, BPDU_FLAGS);
	stp_flags_print(o, ", CIST Flags [", flags);
	out_str(o, ", length ");
	out_u32(o, length);
	if (!c->opt.vflag)
		return;

	out_str(o, "\n\tport-role ");
	out_str(o, PORT_ROLE(flags));
	out_str(o, ", ");

	id = get_bytes(c, s, BPDU_ROOT_ID, 8);
	cost = get_be32(c, s, BPDU_ROOT_PATH_COST);
	out_str(o, "CIST root-id ");
	bridge_id_print(o, id);
	out_str(o, ", CIST ext-pathcost ");
	out_u32(o, cost);

	id = get_bytes(c, s, BPDU_BRIDGE_ID, 8);
	out_str(o, "\n\tCIST regional-root-id ");
	bridge_id_print(o, id);
	out_str(o, ", ");

	v = get_be16(c, s, BPDU_PORT_ID);
	out_str(o, "CIST port-id ");
	out_hex(o, v, 4);
	out_char(o, ',');

	stp_timers_print(c, s);

	v3len = get_be16(c, s, MST_VER3_LEN);
	out_str(o, "\n\tv3len ");
	out_u32(o, v3len);
	out_str(o, ", MCID Name ");
	stp_name_print(c, s, MST_CONFIG_NAME, 32);

	v = get_be16(c, s, MST_CONFIG_REV);
	span_need(c, s, MST_CONFIG_DIGEST, 16);
	out_str(o, ", rev ");
	out_u32(o, v);
	out_str(o, ",\n\t\tdigest ");
	digest_print(c, s, MST_CONFIG_DIGEST, 4);
	out_str(o, ", ");

	cost = get_be32(c, s, MST_CIST_INT_PATH_COST);
	out_str(o, "CIST int-root-pathcost ");
	out_u32(o, cost);
	out_char(o, ',');

	id = get_bytes(c, s, MST_CIST_BRIDGE_ID, 8);
	out_str(o, "\n\tCIST bridge-id ");
	bridge_id_print(o, id);
	out_str(o, ", ");

	v = get_u8(c, s, MST_CIST_REMAIN_HOPS);
	out_str(o, "CIST remaining-hops ");
	out_u32(o, v);

	/* the v3 length counts the configuration, then 16 bytes an MSTI */
	if (v3len > MST_CONFIG_INFO_LEN) {
		unsigned left = v3len - MST_CONFIG_INFO_LEN;
		size_t off = MST_MSTI;

		for (; left >= MSTI_LEN; left -= MSTI_LEN, off += MSTI_LEN)
			stp_msti_print(c, s, off);
	}
}

/* The SPB part at off (the v4 length), under -v only. */
static void
stp_spb_print(struct ctx *c, struct span s, size_t off)
{
	struct out *o = c->out;
	uint8_t agr, fmt, con;
	uint16_t v;

	if (!c->opt.vflag)
		return;

	v = get_be16(c, s, off);
	out_str(o, "\n\tv4len ");
	out_u32(o, v);
	out_str(o, ", AUXMCID Name ");
	stp_name_print(c, s, off + SPB_CONFIG_NAME, 32);

	v = get_be16(c, s, off + SPB_CONFIG_REV);
	span_need(c, s, off + SPB_CONFIG_DIGEST, 16);
	out_str(o, ", Rev ");
	out_u32(o, v);
	out_str(o, ",\n\t\tdigest ");
	digest_print(c, s, off + SPB_CONFIG_DIGEST, 4);

	agr = get_u8(c, s, off + SPB_AGREEMENT);
	fmt = get_u8(c, s, off + SPB_AGREEMENT_FORMAT);
	con = get_u8(c, s, off + SPB_AGREEMENT_CON);
	v = get_be16(c, s, off + SPB_AGREEMENT_EDGE);
	span_need(c, s, off + SPB_AGREEMENT_DIGEST, 20);
	out_str(o, "\n\tAgreement num ");
	out_u32(o, agr >> 6);
	out_str(o, ", Discarded Agreement num ");
	out_u32(o, (agr >> 4) & 3);
	out_str(o, ", Agreement valid-flag ");
	out_u32(o, (agr >> 3) & 1);
	out_str(o, ",\n\tRestricted role-flag: ");
	out_u32(o, (agr >> 2) & 1);
	/* tcpdump prints the whole byte as the "cap" half */
	out_str(o, ", Format id ");
	out_u32(o, fmt >> 4);
	out_str(o, " cap ");
	out_u32(o, fmt);
	out_str(o, ", Convention id ");
	out_u32(o, con >> 4);
	out_str(o, " cap ");
	out_u32(o, con);
	out_str(o, ",\n\tEdge count ");
	out_u32(o, v);
	out_str(o, ", Agreement digest ");
	digest_print(c, s, off + SPB_AGREEMENT_DIGEST, 5);
}

void
stp_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	unsigned mstp_len, spb_len;
	uint8_t version, type;
	const char *name;

	c->proto = "stp";
	if (length < 4)
		goto invalid;
	if (get_be16(c, s, 0) != 0) {
		out_str(o, "unknown STP version, length ");
		out_u32(o, length);
		return;
	}

	version = get_u8(c, s, BPDU_PROTO_VERSION);
	out_str(o, "STP ");
	name = tok_find(stp_proto_values, version);
	if (name == NULL) {
		out_str(o, "Unknown STP protocol (0x");
		out_hex(o, version, 2);
		out_char(o, ')');
		return;
	}
	out_str(o, name);

	type = get_u8(c, s, BPDU_TYPE);
	out_str(o, ", ");
	name = tok_find(stp_bpdu_type_values, type);
	if (name != NULL)
		out_str(o, name);
	else {
		out_str(o, "Unknown BPDU Type (0x");
		out_hex(o, type, 2);
		out_char(o, ')');
	}

	switch (type) {
	case STP_BPDU_TYPE_CONFIG:
		/* 802.1D's configuration BPDU has no v1 length byte */
		if (length < BPDU_LEN - 1)
			goto invalid;
		stp_config_print(c, s, length);
		break;
	case STP_BPDU_TYPE_RSTP:
		if (version == STP_PROTO_RAPID) {
			if (length < BPDU_LEN)
				goto invalid;
			stp_config_print(c, s, length);
		} else if (version == STP_PROTO_MSTP ||
		    version == STP_PROTO_SPB) {
			if (length < MST_MIN_LEN)
				goto invalid;
			if (get_u8(c, s, BPDU_V1_LENGTH) != 0)
				goto invalid;
			/* the v3 length does not count its own 2 bytes */
			mstp_len = get_be16(c, s, MST_VER3_LEN) + 2u;
			if (length < BPDU_LEN + mstp_len)
				goto invalid;
			stp_mstp_print(c, s, length);
			if (version == STP_PROTO_SPB) {
				spb_len = get_be16(c, s, MST_VER3_LEN +
				    mstp_len) + 2u;
				if (length < BPDU_LEN + mstp_len + spb_len ||
				    spb_len < SPB_MIN_LEN)
					goto invalid;
				stp_spb_print(c, s, BPDU_LEN + mstp_len);
			}
		}
		break;
	default:
		/* a topology change notification is the 4 bytes alone */
		break;
	}
	return;

invalid:
	print_invalid(c);
}
