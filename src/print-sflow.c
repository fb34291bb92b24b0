/*
 * print-sflow.c - sFlow version 5 datagrams (sflow.org sflow_version_5.txt,
 * UDP port 6343): the agent header and, with -v, the flow and counter
 * samples and the records tcpdump decodes (tcpdump print-sflow.c
 * sflow_print()).
 *
 * tcpdump's quirks are kept, since they show in its output: a counter
 * record's enterprise is its format shifted by 20 bits (12 for a flow
 * record), and the record printers check their size against what is
 * left of the whole datagram, not against the record's own length.
 */
#include "print.h"

#define DGRAM_V4_LEN		28	/* the header with an IPv4 agent */
#define DGRAM_V6_LEN		40	/* ... with an IPv6 agent */
#define SAMPLE_HDR_LEN		8
#define RECORD_HDR_LEN		8
#define FLOW_SAMPLE_LEN		32
#define XFLOW_SAMPLE_LEN	44
#define COUNTER_SAMPLE_LEN	12
#define XCOUNTER_SAMPLE_LEN	16

enum {
	FLOW_SAMPLE = 1,
	COUNTER_SAMPLE = 2,
	EXPANDED_FLOW_SAMPLE = 3,
	EXPANDED_COUNTER_SAMPLE = 4,
};

static const struct tok sample_names[] = {
	{ FLOW_SAMPLE, "flow sample" },
	{ COUNTER_SAMPLE, "counter sample" },
	{ EXPANDED_FLOW_SAMPLE, "expanded flow sample" },
	{ EXPANDED_COUNTER_SAMPLE, "expanded counter sample" },
	{ 0, NULL }
};

static const struct tok flow_type_names[] = {
	{ 1, "Raw packet" },
	{ 2, "Ethernet frame" },
	{ 3, "IPv4 Data" },
	{ 4, "IPv6 Data" },
	{ 1001, "Extended Switch data" },
	{ 1002, "Extended Router data" },
	{ 1003, "Extended Gateway data" },
	{ 1004, "Extended User data" },
	{ 1005, "Extended URL data" },
	{ 1006, "Extended MPLS data" },
	{ 1007, "Extended NAT data" },
	{ 1008, "Extended MPLS tunnel" },
	{ 1009, "Extended MPLS VC" },
	{ 1010, "Extended MPLS FEC" },
	{ 1011, "Extended MPLS LVP FEC" },
	{ 1012, "Extended VLAN Tunnel" },
	{ 0, NULL }
};

static const struct tok raw_protocol_names[] = {
	{ 1, "Ethernet" },
	{ 11, "IPv4" },
	{ 12, "IPv6" },
	{ 0, NULL }
};

static const struct tok counter_type_names[] = {
	{ 1, "Generic counter" },
	{ 2, "Ethernet counter" },
	{ 3, "Token ring counter" },
	{ 4, "100 BaseVG counter" },
	{ 5, "Vlan counter" },
	{ 1001, "Processor counter" },
	{ 0, NULL }
};

static const struct tok direction_names[] = {
	{ 0, "unknown" },
	{ 1, "full-duplex" },
	{ 2, "half-duplex" },
	{ 3, "in" },
	{ 4, "out" },
	{ 0, NULL }
};

/*
 * A record body is a list of fields: a label printed before the value
 * (with its leading separator), and the value's width, 4 or 8 bytes.
 * A label of NULL marks the end.
 */
struct field {
	const char	*label;
	unsigned	 width;
};

/*
 * The fields, in wire order, from off on.  tcpdump prints a line with one
 * ND_PRINT, so a line is checked whole before any of it is printed.
 */
static void
fields_print(struct ctx *c, struct span s, size_t off, const struct field *f)
{
	struct out *o = c->out;

	for (; f->label != NULL; f++) {
		if (f->label[0] == '\n') {
			const struct field *g = f;
			size_t n = 0;
			do
				n += g++->width;
			while (g->label != NULL && g->label[0] != '\n');
			span_need(c, s, off, n);
		}
		out_str(o, f->label);
		if (f->width == 8) {
			out_u64(o, get_be64(c, s, off));
			off += 8;
		} else {
			out_u32(o, get_be32(c, s, off));
			off += 4;
		}
	}
}

static const char *
tok_or(const struct tok *t, unsigned v, const char *unknown)
{
	const char *name = tok_find(t, v);

	return name != NULL ? name : unknown;
}

/*
 * tcpdump's print_unknown_data(): a hex dump of len bytes, or of what was
 * captured of them, each line led by ident.
 */
static void
unknown_data_print(struct ctx *c, struct span s, size_t off,
    const char *ident, unsigned len)
{
	struct out *o = c->out;
	size_t n = len, i;

	if (!span_has(s, off, 0)) {
		out_str(o, ident);
		out_str(o, "Dissector error: print_unknown_data called with "
		    "pointer past end of packet");
		return;
	}
	if (span_avail(s, off) < n)
		n = span_avail(s, off);
	for (i = 0; i < n; i++) {
		if (i % 16 == 0) {
			out_str(o, ident);
			out_str(o, "0x");
			out_hex(o, i, 4);
			out_str(o, ": ");
		}
		if (i % 2 == 0)
			out_char(o, ' ');
		out_hex8(o, get_u8(c, s, off + i));
	}
}

/* Counter records (sFlow v5 section 5, "counter_data"). */

static const struct field generic_counter[] = {
	{ "\n\t      In octets ", 8 },
	{ ", unicast pkts ", 4 },
	{ ", multicast pkts ", 4 },
	{ ", broadcast pkts ", 4 },
	{ ", discards ", 4 },
	{ "\n\t      In errors ", 4 },
	{ ", unknown protos ", 4 },
	{ "\n\t      Out octets ", 8 },
	{ ", unicast pkts ", 4 },
	{ ", multicast pkts ", 4 },
	{ ", broadcast pkts ", 4 },
	{ ", discards ", 4 },
	{ "\n\t      Out errors ", 4 },
	{ ", promisc mode ", 4 },
	{ NULL, 0 }
};

static void
counter_generic_print(struct ctx *c, struct span s, size_t off)
{
	struct out *o = c->out;
	uint32_t dir, status;

	span_need(c, s, off, 20);
	dir = get_be32(c, s, off + 16);
	out_str(o, "\n\t      ifindex ");
	out_u32(o, get_be32(c, s, off));
	out_str(o, ", iftype ");
	out_u32(o, get_be32(c, s, off + 4));
	out_str(o, ", ifspeed ");
	out_u64(o, get_be64(c, s, off + 8));
	out_str(o, ", ifdirection ");
	out_u32(o, dir);
	out_str(o, " (");
	out_str(o, tok_or(direction_names, dir, "Unknown"));
	out_char(o, ')');
	status = get_be32(c, s, off + 20);
	out_str(o, "\n\t      ifstatus ");
	out_u32(o, status);
	out_str(o, ", adminstatus: ");
	out_str(o, status & 1 ? "up" : "down");
	out_str(o, ", operstatus: ");
	out_str(o, (status >> 1) & 1 ? "up" : "down");
	fields_print(c, s, off + 24, generic_counter);
}

static const struct field ethernet_counter[] = {
	{ "\n\t      align errors ", 4 },
	{ ", fcs errors ", 4 },
	{ ", single collision ", 4 },
	{ ", multiple collision ", 4 },
	{ ", test error ", 4 },
	{ "\n\t      deferred ", 4 },
	{ ", late collision ", 4 },
	{ ", excessive collision ", 4 },
	{ ", mac trans error ", 4 },
	{ "\n\t      carrier error ", 4 },
	{ ", frames too long ", 4 },
	{ ", mac receive errors ", 4 },
	{ ", symbol errors ", 4 },
	{ NULL, 0 }
};

static const struct field basevg_counter[] = {
	{ "\n\t      in high prio frames ", 4 },
	{ ", in high prio octets ", 8 },
	{ "\n\t      in norm prio frames ", 4 },
	{ ", in norm prio octets ", 8 },
	{ "\n\t      in ipm errors ", 4 },
	{ ", oversized ", 4 },
	{ ", in data errors ", 4 },
	{ ", null addressed frames ", 4 },
	{ "\n\t      out high prio frames ", 4 },
	{ ", out high prio octets ", 8 },
	{ ", trans into frames ", 4 },
	{ "\n\t      in hc high prio octets ", 8 },
	{ ", in hc norm prio octets ", 8 },
	{ ", out hc high prio octets ", 8 },
	{ NULL, 0 }
};

static const struct field vlan_counter[] = {
	{ "\n\t      vlan_id ", 4 },
	{ ", octets ", 8 },
	{ ", unicast_pkt ", 4 },
	{ ", multicast_pkt ", 4 },
	{ ", broadcast_pkt ", 4 },
	{ ", discards ", 4 },
	{ NULL, 0 }
};

/* tcpdump labels both memory figures "total_mem" */
static const struct field processor_counter[] = {
	{ "\n\t      5sec ", 4 },
	{ ", 1min ", 4 },
	{ ", 5min ", 4 },
	{ ", total_mem ", 8 },
	{ ", total_mem ", 8 },
	{ NULL, 0 }
};

/*
 * The counter record printers by type: the size tcpdump wants left in
 * the datagram, and the fields (generic has its own printer).  Token
 * ring records print nothing.
 */
static const struct counter_printer {
	unsigned		 type;
	unsigned		 size;
	const struct field	*fields;
} counter_printers[] = {
	{ 1, 88, NULL },
	{ 2, 52, ethernet_counter },
	{ 3, 0, NULL },
	{ 4, 80, basevg_counter },
	{ 5, 28, vlan_counter },
	{ 1001, 28, processor_counter },
	{ 0, 0, NULL }
};

/* 0 when fine, 1 when the datagram is malformed (tcpdump: invalid). */
static int
counter_records_print(struct ctx *c, struct span s, size_t off, unsigned tlen,
    uint32_t nrecords)
{
	struct out *o = c->out;

	for (; nrecords > 0; nrecords--) {
		uint32_t format, type, enterprise, rlen;
		const struct counter_printer *p;

		if (tlen < RECORD_HDR_LEN)
			return 1;
		format = get_be32(c, s, off);
		type = format & 0x0fff;
		enterprise = format >> 20;
		rlen = get_be32(c, s, off + 4);
		out_str(o, "\n\t    enterprise ");
		out_u32(o, enterprise);
		out_str(o, ", ");
		out_str(o, enterprise == 0 ?
		    tok_or(counter_type_names, type, "Unknown") : "Unknown");
		out_str(o, " (");
		out_u32(o, type);
		out_str(o, ") length ");
		out_u32(o, rlen);
		off += RECORD_HDR_LEN;
		tlen -= RECORD_HDR_LEN;
		if (tlen < rlen)
			return 1;
		if (enterprise == 0) {
			for (p = counter_printers; p->type != 0; p++)
				if (p->type == type)
					break;
			if (p->type == 0) {
				if (c->opt.vflag <= 1)
					unknown_data_print(c, s, off, "\n\t\t",
					    rlen);
			} else if (tlen < p->size)
				return 1;
			else if (p->type == 1)
				counter_generic_print(c, s, off);
			else if (p->fields != NULL)
				fields_print(c, s, off, p->fields);
		}
		off += rlen;
		tlen -= rlen;
	}
	return 0;
}

/* A counter sample, or with expanded, its sFlow v5 expanded form. */
static int
counter_sample_print(struct ctx *c, struct span s, size_t off, unsigned tlen,
    int expanded)
{
	struct out *o = c->out;
	unsigned hlen = expanded ? XCOUNTER_SAMPLE_LEN : COUNTER_SAMPLE_LEN;
	uint32_t nrecords;

	if (tlen < hlen)
		return 1;
	nrecords = get_be32(c, s, off + hlen - 4);
	out_str(o, " seqnum ");
	out_u32(o, get_be32(c, s, off));
	out_str(o, ", type ");
	if (expanded) {
		out_u32(o, get_be32(c, s, off + 4));
		out_str(o, ", idx ");
		out_u32(o, get_be32(c, s, off + 8));
	} else {
		/* a one-byte source type and a three-byte index */
		out_u32(o, get_u8(c, s, off + 4));
		out_str(o, ", idx ");
		out_u32(o, get_be24(c, s, off + 5));
	}
	out_str(o, ", records ");
	out_u32(o, nrecords);
	return counter_records_print(c, s, off + hlen, tlen - hlen, nrecords);
}

/* Flow records (sFlow v5 section 5, "flow_data"). */

static const struct field switch_data[] = {
	{ "\n\t      src vlan ", 4 },
	{ ", src pri ", 4 },
	{ ", dst vlan ", 4 },
	{ ", dst pri ", 4 },
	{ NULL, 0 }
};

static void
raw_packet_print(struct ctx *c, struct span s, size_t off)
{
	struct out *o = c->out;
	uint32_t proto;

	span_need(c, s, off, 16);
	proto = get_be32(c, s, off);
	out_str(o, "\n\t      protocol ");
	out_str(o, tok_or(raw_protocol_names, proto, "Unknown"));
	out_str(o, " (");
	out_u32(o, proto);
	out_str(o, "), length ");
	out_u32(o, get_be32(c, s, off + 4));
	out_str(o, ", stripped bytes ");
	out_u32(o, get_be32(c, s, off + 8));
	out_str(o, ", header_size ");
	out_u32(o, get_be32(c, s, off + 12));
}

static void
ethernet_frame_print(struct ctx *c, struct span s, size_t off)
{
	struct out *o = c->out;

	/* the length, then two 8-byte MAC fields tcpdump skips, the type */
	span_need(c, s, off, 24);
	out_str(o, "\n\t      frame len ");
	out_u32(o, get_be32(c, s, off));
	out_str(o, ", type ");
	out_u32(o, get_be32(c, s, off + 20));
}

static int
flow_records_print(struct ctx *c, struct span s, size_t off, unsigned tlen,
    uint32_t nrecords)
{
	struct out *o = c->out;

	for (; nrecords > 0; nrecords--) {
		uint32_t format, type, enterprise, rlen;

		if (tlen < RECORD_HDR_LEN)
			return 1;
		format = get_be32(c, s, off);
		type = format & 0x0fff;
		enterprise = format >> 12;
		rlen = get_be32(c, s, off + 4);
		out_str(o, "\n\t    enterprise ");
		out_u32(o, enterprise);
		out_char(o, ' ');
		out_str(o, enterprise == 0 ?
		    tok_or(flow_type_names, type, "Unknown") : "Unknown");
		out_str(o, " (");
		out_u32(o, type);
		out_str(o, ") length ");
		out_u32(o, rlen);
		off += RECORD_HDR_LEN;
		tlen -= RECORD_HDR_LEN;
		if (tlen < rlen)
			return 1;
		if (enterprise == 0) {
			switch (type) {
			case 1:
				if (tlen < 16)
					return 1;
				raw_packet_print(c, s, off);
				break;
			case 2:
				if (tlen < 24)
					return 1;
				ethernet_frame_print(c, s, off);
				break;
			case 1001:
				if (tlen < 16)
					return 1;
				fields_print(c, s, off, switch_data);
				break;
			default:
				/* the other named types have no decoder */
				if (tok_find(flow_type_names, type) == NULL &&
				    c->opt.vflag <= 1)
					unknown_data_print(c, s, off, "\n\t\t",
					    rlen);
				break;
			}
		}
		off += rlen;
		tlen -= rlen;
	}
	return 0;
}

static int
flow_sample_print(struct ctx *c, struct span s, size_t off, unsigned tlen,
    int expanded)
{
	struct out *o = c->out;
	unsigned hlen = expanded ? XFLOW_SAMPLE_LEN : FLOW_SAMPLE_LEN;
	uint32_t nrecords;

	if (tlen < hlen)
		return 1;
	nrecords = get_be32(c, s, off + hlen - 4);
	out_str(o, " seqnum ");
	out_u32(o, get_be32(c, s, off));
	out_str(o, ", type ");
	if (expanded) {
		out_u32(o, get_be32(c, s, off + 4));
		out_str(o, ", idx ");
		out_u32(o, get_be32(c, s, off + 8));
	} else {
		out_u32(o, get_u8(c, s, off + 4));
		out_str(o, ", idx ");
		out_u32(o, get_be24(c, s, off + 5));
	}
	out_str(o, ", rate ");
	out_u32(o, get_be32(c, s, off + 12 - (expanded ? 0 : 4)));
	out_str(o, ", pool ");
	out_u32(o, get_be32(c, s, off + 16 - (expanded ? 0 : 4)));
	out_str(o, ", drops ");
	out_u32(o, get_be32(c, s, off + 20 - (expanded ? 0 : 4)));
	if (!expanded) {
		out_str(o, ", input ");
		out_u32(o, get_be32(c, s, off + 20));
		out_str(o, " output ");
		out_u32(o, get_be32(c, s, off + 24));
		out_char(o, ' ');
	} else
		out_str(o, ", ");
	out_str(o, "records ");
	out_u32(o, nrecords);
	return flow_records_print(c, s, off + hlen, tlen - hlen, nrecords);
}

static void
agent_print(struct ctx *c, struct span s, int v4)
{
	if (v4)
		ipaddr_print(c, get_bytes(c, s, 8, 4));
	else
		ip6addr_print(c, get_bytes(c, s, 8, 16));
}

void
sflow_print(struct ctx *c, struct span s, unsigned len)
{
	struct out *o = c->out;
	uint32_t ipver, version, nsamples;
	unsigned hlen, tlen;
	size_t off;
	int v4;

	c->proto = "sflow";
	ipver = get_be32(c, s, 4);
	if ((len < DGRAM_V4_LEN && ipver == 1) ||
	    (len < DGRAM_V6_LEN && ipver == 2)) {
		/* tcpdump names the IPv4 size whatever the agent */
		out_str(o, "sFlowv");
		out_u32(o, get_be32(c, s, 0));
		out_str(o, " [length ");
		out_u32(o, len);
		out_str(o, " < 28]");
		print_invalid(c);
		return;
	}
	span_need(c, s, 0, DGRAM_V4_LEN);
	version = get_be32(c, s, 0);
	if (version != 5) {
		out_str(o, "sFlow version ");
		out_u32(o, version);
		out_str(o, " packet not supported");
		return;
	}
	/* an agent type other than 1 is taken as IPv6 */
	v4 = ipver == 1;
	hlen = v4 ? DGRAM_V4_LEN : DGRAM_V6_LEN;
	/*
	 * tcpdump reads a line's fields before it prints any of them: the
	 * sample count is the last, so fetching it first checks them all
	 * (the short line lies within the 28 bytes checked above)
	 */
	nsamples = c->opt.vflag < 1 ? 0 : get_be32(c, s, hlen - 4);
	out_str(o, "sFlowv");
	out_u32(o, version);
	out_str(o, v4 ? ", IPv4 agent " : ", IPv6 agent ");
	agent_print(c, s, v4);
	out_str(o, ", agent-id ");
	out_u32(o, get_be32(c, s, hlen - 16));
	if (c->opt.vflag < 1) {
		out_str(o, ", length ");
		out_u32(o, len);
		return;
	}
	out_str(o, ", seqnum ");
	out_u32(o, get_be32(c, s, hlen - 12));
	out_str(o, ", uptime ");
	out_u32(o, get_be32(c, s, hlen - 8));
	out_str(o, ", samples ");
	out_u32(o, nsamples);
	out_str(o, ", length ");
	out_u32(o, len);
	off = 0;
	tlen = len;
	if (tlen < hlen)
		goto invalid;
	off = hlen;
	tlen -= hlen;

	while (nsamples > 0 && tlen > 0) {
		uint32_t type = get_be32(c, s, off) & 0x0fff;
		uint32_t slen = get_be32(c, s, off + 4);
		int bad = 0;

		if (tlen < SAMPLE_HDR_LEN)
			goto invalid;
		off += SAMPLE_HDR_LEN;
		tlen -= SAMPLE_HDR_LEN;
		out_str(o, "\n\t");
		out_str(o, tok_or(sample_names, type, "Unknown"));
		out_str(o, " (");
		out_u32(o, type);
		out_str(o, "), length ");
		out_u32(o, slen);
		out_char(o, ',');
		if (type == 0 || slen == 0)
			return;
		if (tlen < slen)
			goto invalid;
		/* the whole sample must have been captured */
		span_need(c, s, off, slen);
		switch (type) {
		case FLOW_SAMPLE:
			bad = flow_sample_print(c, s, off, tlen, 0);
			break;
		case COUNTER_SAMPLE:
			bad = counter_sample_print(c, s, off, tlen, 0);
			break;
		case EXPANDED_FLOW_SAMPLE:
			bad = flow_sample_print(c, s, off, tlen, 1);
			break;
		case EXPANDED_COUNTER_SAMPLE:
			bad = counter_sample_print(c, s, off, tlen, 1);
			break;
		default:
			if (c->opt.vflag <= 1)
				unknown_data_print(c, s, off, "\n\t    ", slen);
			break;
		}
		if (bad)
			goto invalid;
		off += slen;
		tlen -= slen;
		nsamples--;
	}
	return;
invalid:
	print_invalid(c);
	span_need(c, s, off, tlen);
}
