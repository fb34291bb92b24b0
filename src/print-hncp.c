/*
 * print-hncp.c - the Home Networking Control Protocol (RFC 7788) and the
 * DNCP TLVs it is built on (RFC 7787), as tcpdump 4.99.3 print-hncp.c
 * prints them: "hncp (length)", then the TLVs.
 *
 * TLVs nest.  Without -v the top level is one line of TLV names ("Node
 * state, Peer (x2)"); each -v opens one more level into a line per TLV
 * with its fields, and the level below it is again a line of names; -vvv
 * opens every level (tcpdump is_in_line()).
 *
 * tcpdump checks each TLV against the captured bytes before reading it,
 * and a short one ends only its own level with " [|hncp]": the level above
 * goes on.  So truncation here is a test and a return, never a jump; the
 * checks are against the capture's end, not the enclosing TLV's, as there.
 * DHCPv4-Data and DHCPv6-Data carry DHCP options (RFC 2132, RFC 8415), of
 * which tcpdump decodes the server lists and domain search lists.
 */
#include <string.h>

#include "print.h"

/* RFC 7787 */
#define DNCP_REQUEST_NETWORK_STATE	1
#define DNCP_REQUEST_NODE_STATE		2
#define DNCP_NODE_ENDPOINT		3
#define DNCP_NETWORK_STATE		4
#define DNCP_NODE_STATE			5
#define DNCP_PEER			8
#define DNCP_KEEP_ALIVE_INTERVAL	9
#define DNCP_TRUST_VERDICT		10

/* RFC 7788, with the DHCP numbers of its Errata ID 5113 */
#define HNCP_HNCP_VERSION		32
#define HNCP_EXTERNAL_CONNECTION	33
#define HNCP_DELEGATED_PREFIX		34
#define HNCP_ASSIGNED_PREFIX		35
#define HNCP_NODE_ADDRESS		36
#define HNCP_DHCPV4_DATA		37
#define HNCP_DHCPV6_DATA		38
#define HNCP_DNS_DELEGATED_ZONE		39
#define HNCP_DOMAIN_NAME		40
#define HNCP_NODE_NAME			41
#define HNCP_MANAGED_PSK		42
#define HNCP_PREFIX_POLICY		43

/* Undefined types are named by their range (values above 16 bits). */
#define RANGE_DNCP_RESERVED		0x10000
#define RANGE_HNCP_UNASSIGNED		0x10001
#define RANGE_DNCP_PRIVATE_USE		0x10002
#define RANGE_DNCP_FUTURE_USE		0x10003

static const struct tok type_values[] = {
	{ DNCP_REQUEST_NETWORK_STATE,	"Request network state" },
	{ DNCP_REQUEST_NODE_STATE,	"Request node state" },
	{ DNCP_NODE_ENDPOINT,		"Node endpoint" },
	{ DNCP_NETWORK_STATE,		"Network state" },
	{ DNCP_NODE_STATE,		"Node state" },
	{ DNCP_PEER,			"Peer" },
	{ DNCP_KEEP_ALIVE_INTERVAL,	"Keep-alive interval" },
	{ DNCP_TRUST_VERDICT,		"Trust-Verdict" },
	{ HNCP_HNCP_VERSION,		"HNCP-Version" },
	{ HNCP_EXTERNAL_CONNECTION,	"External-Connection" },
	{ HNCP_DELEGATED_PREFIX,	"Delegated-Prefix" },
	{ HNCP_PREFIX_POLICY,		"Prefix-Policy" },
	{ HNCP_DHCPV4_DATA,		"DHCPv4-Data" },
	{ HNCP_DHCPV6_DATA,		"DHCPv6-Data" },
	{ HNCP_ASSIGNED_PREFIX,		"Assigned-Prefix" },
	{ HNCP_NODE_ADDRESS,		"Node-Address" },
	{ HNCP_DNS_DELEGATED_ZONE,	"DNS-Delegated-Zone" },
	{ HNCP_DOMAIN_NAME,		"Domain-Name" },
	{ HNCP_NODE_NAME,		"Node-Name" },
	{ HNCP_MANAGED_PSK,		"Managed-PSK" },
	{ RANGE_DNCP_RESERVED,		"Reserved" },
	{ RANGE_HNCP_UNASSIGNED,	"Unassigned" },
	{ RANGE_DNCP_PRIVATE_USE,	"Private use" },
	{ RANGE_DNCP_FUTURE_USE,	"Future use" },
	{ 0, NULL }
};

/* The DHCP options tcpdump decodes in DHCPv4-Data and DHCPv6-Data. */
#define DH4OPT_DNS_SERVERS	6	/* RFC 2132 */
#define DH4OPT_NTP_SERVERS	42	/* RFC 2132 */
#define DH4OPT_DOMAIN_SEARCH	119	/* RFC 3397 */
#define DH6OPT_DNS_SERVERS	23	/* RFC 3646 */
#define DH6OPT_DOMAIN_LIST	24	/* RFC 3646 */
#define DH6OPT_SNTP_SERVERS	31	/* RFC 4075 */

static const struct tok dh4opt_str[] = {
	{ DH4OPT_DNS_SERVERS, "DNS-server" },
	{ DH4OPT_NTP_SERVERS, "NTP-server" },
	{ DH4OPT_DOMAIN_SEARCH, "DNS-search" },
	{ 0, NULL }
};

static const struct tok dh6opt_str[] = {
	{ DH6OPT_DNS_SERVERS, "DNS-server" },
	{ DH6OPT_DOMAIN_LIST, "DNS-search-list" },
	{ DH6OPT_SNTP_SERVERS, "SNTP-servers" },
	{ 0, NULL }
};

static const uint8_t v4mapped_head[12] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff
};

#define MAXCDNAME	255	/* RFC 1035: the longest domain name */

static void hncp_rec(struct ctx *, struct span, size_t off, unsigned length,
    int indent);

static unsigned
roundup4(unsigned n)
{
	return (n + 3) & ~3u;
}

static void
indent_print(struct out *o, int indent)
{
	out_char(o, '\n');
	for (int t = indent; t > 0; t--)
		out_char(o, '\t');
}

/* tcpdump tok2str() with a default that has no number in it. */
static void
tok_or_print(struct out *o, const struct tok *t, unsigned v, const char *dflt)
{
	const char *name = tok_find(t, v);

	out_str(o, name != NULL ? name : dflt);
}

/* tcpdump's nd_printjnp(): up to n bytes, stopping at a NUL. */
static void
printjnp(struct ctx *c, struct span s, size_t off, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		uint8_t ch = get_u8(c, s, off + k);
		if (ch == 0)
			break;
		out_safe_char(c->out, ch);
	}
}

/* tcpdump format_nid(): a 4-byte node id. */
static void
nid_print(struct ctx *c, struct span s, size_t off)
{
	for (unsigned k = 0; k < 4; k++) {
		if (k > 0)
			out_char(c->out, ':');
		out_hex8(c->out, get_u8(c, s, off + k));
	}
}

/* tcpdump format_256(): 32 bytes in hex. */
static void
hex256_print(struct ctx *c, struct span s, size_t off)
{
	for (unsigned k = 0; k < 32; k++)
		out_hex8(c->out, get_u8(c, s, off + k));
}

/* tcpdump format_interval(): milliseconds as seconds. */
static void
interval_print(struct out *o, uint32_t n)
{
	out_u32(o, n / 1000);
	out_char(o, '.');
	out_u32_pad(o, n % 1000, 3, '0');
	out_char(o, 's');
}

/* tcpdump format_ip6addr(): an IPv4-mapped address prints as IPv4. */
static void
ip6addr_or_v4_print(struct ctx *c, struct span s, size_t off)
{
	const uint8_t *a = get_bytes(c, s, off, 16);

	if (memcmp(a, v4mapped_head, 12) == 0)
		ipaddr_print(c, a + 12);
	else
		ip6addr_print(c, a);
}

/*
 * tcpdump print_prefix(): a prefix length byte and the bytes it needs,
 * IPv4 when the length is 96 or more and an IPv4-mapped head follows.
 * Returns the bytes used, -1 for a length too large, -3 for a prefix that
 * overruns max_length; prints only on success.
 */
static int
prefix_print(struct ctx *c, struct span s, size_t off, unsigned max_length)
{
	uint8_t addr[16];
	unsigned plen, plenbytes;

	if (get_u8(c, s, off) >= 96 && max_length >= 13 &&
	    memcmp(get_bytes(c, s, off + 1, 12), v4mapped_head, 12) == 0) {
		plen = get_u8(c, s, off) - 96u;
		if (plen > 32)
			return -1;
		max_length -= 1;
		plenbytes = (plen + 7) / 8;
		if (max_length < plenbytes + 12)
			return -3;
		memset(addr, 0, 4);
		memcpy(addr, get_bytes(c, s, off + 13, plenbytes), plenbytes);
		if (plen % 8)
			addr[plenbytes - 1] &= (uint8_t)(0xff00 >> (plen % 8));
		ipaddr_print(c, addr);
		out_char(c->out, '/');
		out_u32(c->out, plen);
		return (int)(plenbytes + 13);
	}
	/* tcpdump print-bgp.c decode_prefix6() */
	if (max_length < 1)
		return -3;
	plen = get_u8(c, s, off);
	if (plen > 128)
		return -1;
	max_length -= 1;
	plenbytes = (plen + 7) / 8;
	if (!span_has(s, off + 1, plenbytes))
		return -2;
	if (max_length < plenbytes)
		return -3;
	memset(addr, 0, 16);
	memcpy(addr, s.p + off + 1, plenbytes);
	if (plen % 8)
		addr[plenbytes - 1] &= (uint8_t)(0xff00 >> (plen % 8));
	ip6addr_print(c, addr);
	out_char(c->out, '/');
	out_u32(c->out, plen);
	return (int)(1 + plenbytes);
}

/*
 * tcpdump print_dns_label(): uncompressed labels joined by dots; the
 * length used, or -1 (after "[|DNS]") when the name does not end inside
 * max_length.
 */
static int
dns_label_print(struct ctx *c, struct span s, size_t off,
    unsigned max_length)
{
	unsigned length = 0;

	while (length < max_length) {
		unsigned lab = get_u8(c, s, off + length);

		length++;
		if (lab == 0)
			return (int)length;
		if (length > 1)
			out_char(c->out, '.');
		if (length + lab > max_length) {
			printjnp(c, s, off + length, max_length - length);
			break;
		}
		printjnp(c, s, off + length, lab);
		length += lab;
	}
	out_str(c->out, "[|DNS]");
	return -1;
}

/* DNS label types (RFC 1035 section 4.1.4, RFC 2673 bit labels) */
#define TYPE_MASK	0xc0
#define TYPE_LABEL	0x00
#define TYPE_EDNS0	0x40
#define TYPE_RESERVED	0x80
#define TYPE_INDIR	0xc0
#define ELT_BITLABEL	0x01

/* tcpdump labellen(); -1 when not printable (after a note for some). */
static long
labellen(struct ctx *c, struct span s, size_t cp)
{
	unsigned i, bitlen;

	if (!span_has(s, cp, 1))
		return -1;
	i = s.p[cp];
	switch (i & TYPE_MASK) {
	case TYPE_EDNS0:
		if ((i & ~TYPE_MASK) != ELT_BITLABEL) {
			out_str(c->out, "<ELT ");
			out_u32(c->out, i & ~TYPE_MASK);
			out_char(c->out, '>');
			return -1;
		}
		if (!span_has(s, cp + 1, 1))
			return -1;
		bitlen = s.p[cp + 1] ? s.p[cp + 1] : 256;
		return (long)((bitlen + 7) / 8 + 1);
	case TYPE_INDIR:
	case TYPE_LABEL:
		return (long)i;
	default:
		out_str(c->out, "<BAD LABEL TYPE>");
		return -1;
	}
}

/* tcpdump blabel_print(): an RFC 2673 bit label as "\[x.../bits]". */
static int
blabel_print(struct ctx *c, struct span s, size_t cp)
{
	struct out *o = c->out;
	unsigned bitlen, slen, b;
	size_t bitp, lim;

	if (!span_has(s, cp, 1))
		return 0;
	bitlen = s.p[cp] ? s.p[cp] : 256;
	slen = (bitlen + 3) / 4;
	lim = cp + 1 + slen;
	out_str(o, "\\[x");
	for (bitp = cp + 1, b = bitlen; bitp < lim && b > 7; b -= 8, bitp++)
		out_hex8(o, get_u8(c, s, bitp));
	if (b > 4)
		out_hex8(o, get_u8(c, s, bitp) & (uint8_t)(0xff << (8 - b)));
	else if (b > 0)
		out_hex(o, ((get_u8(c, s, bitp) >> 4) & 0x0f) &
		    (0x0f << (4 - b)), 1);
	out_char(o, '/');
	out_u32(o, bitlen);
	out_char(o, ']');
	return 1;
}

/* tcpdump nd_printn() up to the capture's end; 1 when cut short. */
static int
printn(struct ctx *c, struct span s, size_t off, unsigned n)
{
	for (; n > 0 && span_has(s, off, 1); n--, off++)
		out_safe_char(c->out, s.p[off]);
	return n != 0;
}

/*
 * A DNS name as tcpdump print-domain.c fqdn_print() prints it, with its
 * compression pointers taken from bp.  (HNCP passes the end of the DHCP
 * option as bp, so a pointer there leads forward; so it does here.)
 * Returns the offset after the name, or 0 when it cannot be printed.
 */
static size_t
fqdn_print(struct ctx *c, struct span s, size_t cp, size_t bp)
{
	struct out *o = c->out;
	size_t rp = 0;
	unsigned i, name_chars = 0;
	uint32_t offset, max_offset;
	long l;
	int compress = 0;

	if ((l = labellen(c, s, cp)) < 0)
		return 0;
	/* a pointer must move backwards: tcpdump's unsigned distance */
	max_offset = (uint32_t)(cp - bp);
	i = s.p[cp++];
	if ((i & TYPE_MASK) != TYPE_INDIR)
		rp = cp + (size_t)l;
	if (i == 0) {
		out_char(o, '.');
		return rp;
	}
	while (i && span_has(s, cp, 1)) {
		switch (i & TYPE_MASK) {
		case TYPE_INDIR:
			if (!compress) {
				rp = cp + 1;
				compress = 1;
			}
			offset = ((i << 8) | s.p[cp]) & 0x3fff;
			if (offset >= max_offset) {
				out_str(o, "<BAD PTR>");
				return 0;
			}
			max_offset = offset;
			cp = bp + offset;
			if ((l = labellen(c, s, cp)) < 0)
				return 0;
			i = s.p[cp++];
			continue;
		case TYPE_EDNS0:
			if ((i & ~TYPE_MASK) != ELT_BITLABEL) {
				out_str(o, "<ELT ");
				out_u32(o, i & ~TYPE_MASK);
				out_char(o, '>');
				return 0;
			}
			if (!blabel_print(c, s, cp))
				return 0;
			break;
		case TYPE_RESERVED:
			out_str(o, "<BAD LABEL TYPE>");
			return 0;
		default:
			if (name_chars + (unsigned)l <= MAXCDNAME) {
				if (printn(c, s, cp, (unsigned)l))
					return 0;
			} else if (name_chars < MAXCDNAME) {
				if (printn(c, s, cp, MAXCDNAME - name_chars))
					return 0;
			}
			name_chars += (unsigned)l;
			break;
		}
		cp += (size_t)l;
		if (name_chars <= MAXCDNAME)
			out_char(o, '.');
		name_chars++;
		if ((l = labellen(c, s, cp)) < 0)
			return 0;
		i = s.p[cp++];
		if (!compress)
			rp += (size_t)l + 1;
	}
	if (name_chars > MAXCDNAME)
		out_str(o, "<DOMAIN NAME TOO LONG>");
	return rp;
}

/* A run of names to the end of an option, each after a blank; -1 if bad. */
static int
names_print(struct ctx *c, struct span s, size_t off, size_t end)
{
	while (off < end) {
		out_char(c->out, ' ');
		if ((off = fqdn_print(c, s, off, end)) == 0)
			return -1;
	}
	return 0;
}

/* tcpdump dhcpv4_print(): RFC 2132 options, one a line; -1 if bad. */
static int
dhcpv4_print(struct ctx *c, struct span s, size_t off, unsigned length,
    int indent)
{
	struct out *o = c->out;
	unsigned i = 0;

	while (i < length) {
		size_t v = off + i + 2;
		unsigned type, optlen;

		if (i + 2 > length)
			return -1;
		type = get_u8(c, s, off + i);
		optlen = get_u8(c, s, off + i + 1);
		indent_print(o, indent);
		tok_or_print(o, dh4opt_str, type, "Unknown");
		out_str(o, " (");
		out_u32(o, optlen + 2);
		out_char(o, ')');
		if (i + 2 + optlen > length)
			return -1;
		switch (type) {
		case DH4OPT_DNS_SERVERS:
		case DH4OPT_NTP_SERVERS:
			if (optlen < 4 || optlen % 4 != 0)
				return -1;
			for (unsigned t = 0; t < optlen; t += 4) {
				out_char(o, ' ');
				ipaddr_print(c, get_bytes(c, s, v + t, 4));
			}
			break;
		case DH4OPT_DOMAIN_SEARCH:
			if (names_print(c, s, v, v + optlen) < 0)
				return -1;
			break;
		}
		i += 2 + optlen;
	}
	return 0;
}

/* tcpdump dhcpv6_print(): RFC 8415 options, one a line; -1 if bad. */
static int
dhcpv6_print(struct ctx *c, struct span s, size_t off, unsigned length,
    int indent)
{
	struct out *o = c->out;
	unsigned i = 0;

	while (i < length) {
		size_t v = off + i + 4;
		unsigned type, optlen;

		if (i + 4 > length)
			return -1;
		type = get_be16(c, s, off + i);
		optlen = get_be16(c, s, off + i + 2);
		indent_print(o, indent);
		tok_or_print(o, dh6opt_str, type, "Unknown");
		out_str(o, " (");
		out_u32(o, optlen + 4);
		out_char(o, ')');
		if (i + 4 + optlen > length)
			return -1;
		switch (type) {
		case DH6OPT_DNS_SERVERS:
		case DH6OPT_SNTP_SERVERS:
			if (optlen % 16 != 0) {
				/* tcpdump says so here and again above */
				print_invalid(c);
				return -1;
			}
			for (unsigned t = 0; t < optlen; t += 16) {
				out_char(o, ' ');
				ip6addr_print(c, get_bytes(c, s, v + t, 16));
			}
			break;
		case DH6OPT_DOMAIN_LIST:
			if (names_print(c, s, v, v + optlen) < 0)
				return -1;
			break;
		}
		i += 4 + optlen;
	}
	return 0;
}

/*
 * The fields of one TLV, with -v.  v is the value's offset, len its length.
 * A TLV printer returns 0, or -1 when the whole level is to end in
 * " (invalid)" (tcpdump's goto invalid, which only DHCPv4-Data takes).
 */
struct tlv {
	struct ctx	*c;
	struct span	 s;
	size_t		 v;
	unsigned	 len;
	int		 indent;
};

typedef int (*tlv_printer)(const struct tlv *);

static int
invalid(const struct tlv *t)
{
	print_invalid(t->c);
	return 0;
}

static int
req_network_state_print(const struct tlv *t)
{
	if (t->len != 0)
		print_invalid(t->c);
	return 0;
}

static int
req_node_state_print(const struct tlv *t)
{
	if (t->len != 4)
		return invalid(t);
	out_str(t->c->out, " NID: ");
	nid_print(t->c, t->s, t->v);
	return 0;
}

static int
node_endpoint_print(const struct tlv *t)
{
	struct out *o = t->c->out;

	if (t->len != 8)
		return invalid(t);
	out_str(o, " NID: ");
	nid_print(t->c, t->s, t->v);
	out_str(o, " EPID: ");
	out_hex(o, get_be32(t->c, t->s, t->v + 4), 8);
	return 0;
}

static int
network_state_print(const struct tlv *t)
{
	if (t->len != 8)
		return invalid(t);
	out_str(t->c->out, " hash: ");
	out_hex(t->c->out, get_be64(t->c, t->s, t->v), 16);
	return 0;
}

static int
node_state_print(const struct tlv *t)
{
	struct out *o = t->c->out;

	if (t->len < 20)
		return invalid(t);
	out_str(o, " NID: ");
	nid_print(t->c, t->s, t->v);
	out_str(o, " seqno: ");
	out_u32(o, get_be32(t->c, t->s, t->v + 4));
	out_char(o, ' ');
	interval_print(o, get_be32(t->c, t->s, t->v + 8));
	out_str(o, " hash: ");
	out_hex(o, get_be64(t->c, t->s, t->v + 12), 16);
	hncp_rec(t->c, t->s, t->v + 20, t->len - 20, t->indent + 1);
	return 0;
}

static int
peer_print(const struct tlv *t)
{
	struct out *o = t->c->out;

	if (t->len != 12)
		return invalid(t);
	out_str(o, " Peer-NID: ");
	nid_print(t->c, t->s, t->v);
	out_str(o, " Peer-EPID: ");
	out_hex(o, get_be32(t->c, t->s, t->v + 4), 8);
	out_str(o, " Local-EPID: ");
	out_hex(o, get_be32(t->c, t->s, t->v + 8), 8);
	return 0;
}

static int
keep_alive_print(const struct tlv *t)
{
	struct out *o = t->c->out;

	if (t->len < 8)
		return invalid(t);
	out_str(o, " EPID: ");
	out_hex(o, get_be32(t->c, t->s, t->v), 8);
	out_str(o, " Interval: ");
	interval_print(o, get_be32(t->c, t->s, t->v + 4));
	return 0;
}

static int
trust_verdict_print(const struct tlv *t)
{
	struct out *o = t->c->out;

	if (t->len <= 36)
		return invalid(t);
	out_str(o, " Verdict: ");
	out_u32(o, get_u8(t->c, t->s, t->v));
	out_str(o, " Fingerprint: ");
	hex256_print(t->c, t->s, t->v + 4);
	out_str(o, " Common Name: ");
	printjnp(t->c, t->s, t->v + 36, t->len - 36);
	return 0;
}

static int
hncp_version_print(const struct tlv *t)
{
	struct out *o = t->c->out;
	unsigned cap;

	if (t->len < 5)
		return invalid(t);
	cap = get_be16(t->c, t->s, t->v + 2);
	out_str(o, " M: ");
	out_u32(o, cap >> 12 & 0xf);
	out_str(o, " P: ");
	out_u32(o, cap >> 8 & 0xf);
	out_str(o, " H: ");
	out_u32(o, cap >> 4 & 0xf);
	out_str(o, " L: ");
	out_u32(o, cap & 0xf);
	out_str(o, " User-agent: ");
	printjnp(t->c, t->s, t->v + 4, t->len - 4);
	return 0;
}

static int
external_connection_print(const struct tlv *t)
{
	hncp_rec(t->c, t->s, t->v, t->len, t->indent + 1);
	return 0;
}

/* The TLVs nested after a field of used bytes, rounded up to 4. */
static void
nested_after(const struct tlv *t, unsigned used)
{
	used = roundup4(used);
	if (t->len >= used)
		hncp_rec(t->c, t->s, t->v + used, t->len - used, t->indent + 1);
}

static int
delegated_prefix_print(const struct tlv *t)
{
	struct out *o = t->c->out;
	int l;

	if (t->len < 9 ||
	    t->len < 9 + (get_u8(t->c, t->s, t->v + 8) + 7u) / 8)
		return invalid(t);
	out_str(o, " VLSO: ");
	interval_print(o, get_be32(t->c, t->s, t->v));
	out_str(o, " PLSO: ");
	interval_print(o, get_be32(t->c, t->s, t->v + 4));
	out_str(o, " Prefix: ");
	l = prefix_print(t->c, t->s, t->v + 8, t->len - 8);
	if (l == -1) {
		out_str(o, "(length is invalid)");
		return 0;
	}
	if (l < 0)
		return invalid(t);
	nested_after(t, 8 + (unsigned)l);
	return 0;
}

static int
prefix_policy_print(const struct tlv *t)
{
	struct out *o = t->c->out;
	unsigned policy;
	int l;

	if (t->len < 1)
		return invalid(t);
	policy = get_u8(t->c, t->s, t->v);
	out_str(o, " type: ");
	if (policy == 0) {
		if (t->len != 1)
			return invalid(t);
		out_str(o, "Internet connectivity");
	} else if (policy <= 128) {
		/* the policy byte is the prefix length */
		out_str(o, "Dest-Prefix: ");
		l = prefix_print(t->c, t->s, t->v, t->len);
		if (l == -1)
			out_str(o, "(length is invalid)");
		else if (l < 0)
			return invalid(t);
	} else if (policy == 129) {
		out_str(o, "DNS domain: ");
		dns_label_print(t->c, t->s, t->v + 1, t->len - 1);
	} else if (policy == 130) {
		out_str(o, "Opaque UTF-8: ");
		printjnp(t->c, t->s, t->v + 1, t->len - 1);
	} else if (policy == 131) {
		if (t->len != 1)
			return invalid(t);
		out_str(o, "Restrictive assignment");
	} else {
		out_str(o, "Unknown (");
		out_u32(o, policy);
		out_char(o, ')');
	}
	return 0;
}

static int
dhcpv4_data_print(const struct tlv *t)
{
	if (t->len == 0)
		return invalid(t);
	/* a bad option ends the level, not just the TLV (tcpdump) */
	if (dhcpv4_print(t->c, t->s, t->v, t->len, t->indent + 1) != 0)
		return -1;
	return 0;
}

static int
dhcpv6_data_print(const struct tlv *t)
{
	if (t->len == 0)
		return invalid(t);
	if (dhcpv6_print(t->c, t->s, t->v, t->len, t->indent + 1) != 0)
		return invalid(t);
	return 0;
}

static int
assigned_prefix_print(const struct tlv *t)
{
	struct out *o = t->c->out;
	int l;

	if (t->len < 6 ||
	    t->len < 6 + (get_u8(t->c, t->s, t->v + 5) + 7u) / 8)
		return invalid(t);
	out_str(o, " EPID: ");
	out_hex(o, get_be32(t->c, t->s, t->v), 8);
	out_str(o, " Prty: ");
	out_u32(o, get_u8(t->c, t->s, t->v + 4) & 0xf);
	out_str(o, " Prefix: ");
	if ((l = prefix_print(t->c, t->s, t->v + 5, t->len - 5)) < 0)
		return invalid(t);
	nested_after(t, 5 + (unsigned)l);
	return 0;
}

static int
node_address_print(const struct tlv *t)
{
	struct out *o = t->c->out;

	if (t->len < 20)
		return invalid(t);
	out_str(o, " EPID: ");
	out_hex(o, get_be32(t->c, t->s, t->v), 8);
	out_str(o, " IP Address: ");
	ip6addr_or_v4_print(t->c, t->s, t->v + 4);
	hncp_rec(t->c, t->s, t->v + 20, t->len - 20, t->indent + 1);
	return 0;
}

static int
dns_delegated_zone_print(const struct tlv *t)
{
	struct out *o = t->c->out;
	unsigned flags;
	int l;

	if (t->len < 17)
		return invalid(t);
	out_str(o, " IP-Address: ");
	ip6addr_or_v4_print(t->c, t->s, t->v);
	flags = get_u8(t->c, t->s, t->v + 16);
	out_char(o, ' ');
	out_char(o, flags & 4 ? 'l' : '-');
	out_char(o, flags & 2 ? 'b' : '-');
	out_char(o, flags & 1 ? 's' : '-');
	out_char(o, ' ');
	l = dns_label_print(t->c, t->s, t->v + 17, t->len - 17);
	if (l < 0)
		return invalid(t);
	nested_after(t, 17 + (unsigned)l);
	return 0;
}

static int
domain_name_print(const struct tlv *t)
{
	if (t->len == 0)
		return invalid(t);
	out_str(t->c->out, " Domain: ");
	dns_label_print(t->c, t->s, t->v, t->len);
	return 0;
}

static int
node_name_print(const struct tlv *t)
{
	struct out *o = t->c->out;
	unsigned l;

	if (t->len < 17)
		return invalid(t);
	l = get_u8(t->c, t->s, t->v + 16);
	if (t->len < 17 + l)
		return invalid(t);
	out_str(o, " IP-Address: ");
	ip6addr_or_v4_print(t->c, t->s, t->v);
	out_str(o, " Name: ");
	if (l < 64) {
		out_char(o, '"');
		printjnp(t->c, t->s, t->v + 17, l);
		out_char(o, '"');
	} else
		print_invalid(t->c);
	nested_after(t, 17 + l);
	return 0;
}

static int
managed_psk_print(const struct tlv *t)
{
	if (t->len < 32)
		return invalid(t);
	out_str(t->c->out, " PSK: ");
	hex256_print(t->c, t->s, t->v);
	hncp_rec(t->c, t->s, t->v + 32, t->len - 32, t->indent + 1);
	return 0;
}

struct tlv_kind {
	unsigned	 type;
	tlv_printer	 print;
};

/* The defined types; the ranges print their name and type only. */
static const struct tlv_kind tlv_kinds[] = {
	{ DNCP_REQUEST_NETWORK_STATE,	req_network_state_print },
	{ DNCP_REQUEST_NODE_STATE,	req_node_state_print },
	{ DNCP_NODE_ENDPOINT,		node_endpoint_print },
	{ DNCP_NETWORK_STATE,		network_state_print },
	{ DNCP_NODE_STATE,		node_state_print },
	{ DNCP_PEER,			peer_print },
	{ DNCP_KEEP_ALIVE_INTERVAL,	keep_alive_print },
	{ DNCP_TRUST_VERDICT,		trust_verdict_print },
	{ HNCP_HNCP_VERSION,		hncp_version_print },
	{ HNCP_EXTERNAL_CONNECTION,	external_connection_print },
	{ HNCP_DELEGATED_PREFIX,	delegated_prefix_print },
	{ HNCP_PREFIX_POLICY,		prefix_policy_print },
	{ HNCP_DHCPV4_DATA,		dhcpv4_data_print },
	{ HNCP_DHCPV6_DATA,		dhcpv6_data_print },
	{ HNCP_ASSIGNED_PREFIX,		assigned_prefix_print },
	{ HNCP_NODE_ADDRESS,		node_address_print },
	{ HNCP_DNS_DELEGATED_ZONE,	dns_delegated_zone_print },
	{ HNCP_DOMAIN_NAME,		domain_name_print },
	{ HNCP_NODE_NAME,		node_name_print },
	{ HNCP_MANAGED_PSK,		managed_psk_print },
	{ 0, NULL }
};

/* The type itself when defined, else the range it falls in. */
static unsigned
type_mask_of(unsigned type)
{
	for (const struct tlv_kind *k = tlv_kinds; k->print != NULL; k++)
		if (k->type == type)
			return type;
	if (type == 0)
		return RANGE_DNCP_RESERVED;
	if (type >= 44 && type <= 511)
		return RANGE_HNCP_UNASSIGNED;
	if (type >= 768 && type <= 1023)
		return RANGE_DNCP_PRIVATE_USE;
	return RANGE_DNCP_FUTURE_USE;	/* also 6 and 7 */
}

static tlv_printer
printer_of(unsigned type_mask)
{
	for (const struct tlv_kind *k = tlv_kinds; k->print != NULL; k++)
		if (k->type == type_mask)
			return k->print;
	return NULL;
}

/* tcpdump is_in_line(): this level is a line of names. */
static int
is_in_line(struct ctx *c, int indent)
{
	return indent - 1 >= c->opt.vflag && c->opt.vflag < 3;
}

/* tcpdump print_type_in_line(): a name, and a repeat count. */
static void
type_in_line_print(struct ctx *c, unsigned type_mask, int count, int indent,
    int *first_one)
{
	struct out *o = c->out;

	if (count <= 0)
		return;
	if (*first_one) {
		*first_one = 0;
		if (indent > 1)
			indent_print(o, indent);
		else
			out_char(o, ' ');
	} else
		out_str(o, ", ");
	tok_or_print(o, type_values, type_mask, "Easter Egg");
	if (count > 1) {
		out_str(o, " (x");
		out_u32(o, (uint32_t)count);
		out_char(o, ')');
	}
}

/* tcpdump hncp_print_rec(): the TLVs in length bytes at off. */
static void
hncp_rec(struct ctx *c, struct span s, size_t off, unsigned length,
    int indent)
{
	struct out *o = c->out;
	const int in_line = is_in_line(c, indent);
	unsigned last_type_mask = 0xffffffffu;
	int last_type_count = -1, first_one = 1;
	unsigned i = 0;

	while (i < length) {
		size_t tlv = off + i;
		unsigned type, bodylen, type_mask;
		struct tlv t;

		if (!in_line)
			indent_print(o, indent);
		if (!span_has(s, tlv, 4))
			goto trunc;
		if (i + 4 > length)
			goto invalid;
		type = get_be16(c, s, tlv);
		bodylen = get_be16(c, s, tlv + 2);
		if (!span_has(s, tlv + 4, bodylen))
			goto trunc;
		if (i + bodylen + 4 > length)
			goto invalid;
		type_mask = type_mask_of(type);

		if (in_line) {
			if (last_type_mask == type_mask)
				last_type_count++;
			else {
				type_in_line_print(c, last_type_mask,
				    last_type_count, indent, &first_one);
				last_type_mask = type_mask;
				last_type_count = 1;
			}
		} else {
			tlv_printer print = printer_of(type_mask);

			tok_or_print(o, type_values, type_mask,
			    "Easter Egg (42)");
			if (type_mask > 0xffff) {
				out_str(o, ": type=");
				out_u32(o, type);
			}
			out_str(o, " (");
			out_u32(o, bodylen + 4);
			out_char(o, ')');
			if (print != NULL) {
				t.c = c;
				t.s = s;
				t.v = tlv + 4;
				t.len = bodylen;
				t.indent = indent;
				if (print(&t) < 0)
					goto invalid;
			}
		}
		i += 4 + roundup4(bodylen);
	}
	type_in_line_print(c, last_type_mask, last_type_count, indent,
	    &first_one);
	return;
trunc:
	print_trunc(c);
	return;
invalid:
	print_invalid(c);
}

void
hncp_print(struct ctx *c, struct span s, unsigned length)
{
	c->proto = "hncp";
	out_str(c->out, "hncp (");
	out_u32(c->out, length);
	out_char(c->out, ')');
	hncp_rec(c, s, 0, length, 1);
}
