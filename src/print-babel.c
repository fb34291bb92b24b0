/*
 * print-babel.c - the Babel routing protocol (RFC 6126, RFC 8966; HMAC
 * RFC 7298/8967, source-specific routing draft-boutier-babel-source-
 * specific), as tcpdump 4.99.3 print-babel.c prints it: "babel 2 (bodylen)",
 * then one short word per TLV, or with -v one line per TLV with its fields.
 * Bytes after the body are a trailer ("|" or "----") read the same way.
 *
 * tcpdump tests every TLV against the captured bytes before reading its
 * body, and a short TLV ends the packet in " [|babel]" by return, not by a
 * jump; a TLV that overruns the body or the UDP payload is " (invalid)".
 * So the getters inside a TLV never run out: the checks come first, as
 * there.  Only the type byte is read with a jumping getter, as tcpdump's
 * GET_U_1() does it.
 */
#include <string.h>

#include "print.h"

#define BABEL_MAGIC	42

enum { TLV_OK = 0, TLV_TRUNC = -1, TLV_INVALID = -2 };

/* TLV types (RFC 8966 section 4.6, RFC 8967, the source-specific draft) */
enum {
	MSG_PAD1 = 0, MSG_PADN, MSG_ACK_REQ, MSG_ACK, MSG_HELLO, MSG_IHU,
	MSG_ROUTER_ID, MSG_NH, MSG_UPDATE, MSG_ROUTE_REQUEST,
	MSG_SEQNO_REQUEST, MSG_TSPC, MSG_HMAC, MSG_UPDATE_SRC_SPECIFIC,
	MSG_REQUEST_SRC_SPECIFIC, MSG_MH_REQUEST_SRC_SPECIFIC, MSG_MAC,
	MSG_PC, MSG_CHALLENGE_REQUEST, MSG_CHALLENGE_REPLY
};

/* sub-TLV types (RFC 8966 section 4.7) */
enum { SUB_PAD1 = 0, SUB_PADN, SUB_DIVERSITY, SUB_TIMESTAMP };
#define SUB_MANDATORY	0x80

static const struct tok diversity_str[] = {
	{ 0, "reserved" },
	{ 255, "all" },
	{ 0, NULL }
};

/* ::ffff:0:0/96, the form an IPv4 prefix takes inside the printer */
static const uint8_t v4mapped[16] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 0, 0
};

/*
 * One run over TLVs: the body or the trailer.  The "default prefixes" an
 * Update with the prefix flag sets, which later Updates may omit bytes of
 * (RFC 8966 section 4.6.9), live for the run, as in tcpdump.
 */
struct run {
	struct ctx	*c;
	struct span	 s;		/* the Babel packet, to the capture end */
	size_t		 m;		/* offset of the TLV's type byte */
	unsigned	 len;		/* its body length */
	uint8_t		 type;
	uint8_t		 v4_prefix[16];
	uint8_t		 v6_prefix[16];
};

static uint8_t
u8at(struct run *r, size_t off)
{
	return get_u8(r->c, r->s, r->m + off);
}

static uint16_t
be16at(struct run *r, size_t off)
{
	return get_be16(r->c, r->s, r->m + off);
}

static uint32_t
be32at(struct run *r, size_t off)
{
	return get_be32(r->c, r->s, r->m + off);
}

/* tcpdump format_interval(): centiseconds; zero is flagged. */
static void
interval_print(struct out *o, uint16_t i)
{
	if (i == 0) {
		out_str(o, "0.0s (bogus)");
		return;
	}
	out_u32(o, i / 100u);
	out_char(o, '.');
	out_u32_pad(o, i % 100u, 2, '0');
	out_char(o, 's');
}

static void
interval_update_print(struct out *o, uint16_t i)
{
	if (i == 0xffff)
		out_str(o, "infinity");
	else
		interval_print(o, i);
}

/* tcpdump format_timestamp(): microseconds. */
static void
timestamp_print(struct out *o, uint32_t t)
{
	out_u32(o, t / 1000000u);
	out_char(o, '.');
	out_u32_pad(o, t % 1000000u, 6, '0');
	out_char(o, 's');
}

/* tcpdump format_id(): a router id, eight colon-separated hex bytes. */
static void
id_print(struct run *r, size_t off)
{
	for (unsigned k = 0; k < 8; k++) {
		if (k > 0)
			out_char(r->c->out, ':');
		out_hex8(r->c->out, u8at(r, off + k));
	}
}

/*
 * tcpdump format_prefix(): plen is a byte there, so an IPv4 length plus 96
 * wraps, and the IPv4 form is used only when the wrapped length is >= 96.
 */
static void
prefix_print(struct ctx *c, const uint8_t *p, uint8_t plen)
{
	if (plen >= 96 && memcmp(p, v4mapped, 12) == 0) {
		ipaddr_print(c, p + 12);
		out_char(c->out, '/');
		out_u32(c->out, plen - 96u);
	} else {
		ip6addr_print(c, p);
		out_char(c->out, '/');
		out_u32(c->out, plen);
	}
}

static void
address_print(struct ctx *c, const uint8_t *p)
{
	if (memcmp(p, v4mapped, 12) == 0)
		ipaddr_print(c, p + 12);
	else
		ip6addr_print(c, p);
}

/*
 * tcpdump network_prefix(): rebuild the prefix of address encoding ae
 * (RFC 8966 section 4.1.3) from the bytes at off (len of them left in the
 * TLV), the first omitted bytes taken from dp.  plen < 0 means a whole
 * address.  Returns the bytes used at off, or -1 on a bad encoding.
 */
static int
network_prefix(struct run *r, int ae, int plen, unsigned omitted, size_t off,
    const uint8_t *dp, unsigned len, uint8_t out[16])
{
	unsigned pb;
	int used = 0;

	if (plen >= 0)
		pb = ((unsigned)plen + 7) / 8;
	else
		pb = ae == 1 ? 4 : 16;
	if (pb > 16)
		return -1;
	memset(out, 0, 16);
	switch (ae) {
	case 0:		/* wildcard */
		break;
	case 1:		/* IPv4 */
		if (omitted > 4 || pb > 4 || (pb > omitted && len < pb - omitted))
			return -1;
		memcpy(out, v4mapped, 12);
		if (omitted) {
			if (dp == NULL)
				return -1;
			memcpy(out, dp, 12 + omitted);
		}
		if (pb > omitted) {
			memcpy(out + 12 + omitted,
			    get_bytes(r->c, r->s, r->m + off, pb - omitted),
			    pb - omitted);
			used = (int)(pb - omitted);
		}
		break;
	case 2:		/* IPv6 */
		if (omitted > 16 || (pb > omitted && len < pb - omitted))
			return -1;
		if (omitted) {
			if (dp == NULL)
				return -1;
			memcpy(out, dp, omitted);
		}
		if (pb > omitted) {
			memcpy(out + omitted,
			    get_bytes(r->c, r->s, r->m + off, pb - omitted),
			    pb - omitted);
			used = (int)(pb - omitted);
		}
		break;
	case 3:		/* link-local IPv6: fe80::/64 and the low 8 bytes */
		if (pb > 8 && len < pb - 8)
			return -1;
		out[0] = 0xfe;
		out[1] = 0x80;
		if (pb > 8) {
			memcpy(out + 8, get_bytes(r->c, r->s, r->m + off, pb - 8),
			    pb - 8);
			used = (int)(pb - 8);
		}
		break;
	default:	/* tcpdump 4.99.3 knows no AE 4 (v4-via-v6) */
		return -1;
	}
	return used;
}

static int
network_address(struct run *r, int ae, size_t off, unsigned len,
    uint8_t out[16])
{
	return network_prefix(r, ae, -1, 0, off, NULL, len, out);
}

/*
 * tcpdump subtlvs_print(): the sub-TLVs from off to end (offsets in the
 * TLV).  A malformed one ends them with " (invalid)", and the TLV list
 * goes on.
 */
static void
subtlvs_print(struct run *r, size_t off, size_t end)
{
	struct out *o = r->c->out;

	while (off < end) {
		uint8_t subtype = u8at(r, off++), sublen;

		if (subtype == SUB_PAD1) {
			out_str(o, " sub-pad1");
			continue;
		}
		if (subtype & SUB_MANDATORY)
			out_str(o, " (M)");
		if (off == end)
			goto invalid;
		sublen = u8at(r, off++);
		if (off + sublen > end)
			goto invalid;
		switch (subtype) {
		case SUB_PADN:
			out_str(o, " sub-padn");
			off += sublen;
			break;
		case SUB_DIVERSITY:
			out_str(o, " sub-diversity");
			if (sublen == 0) {
				out_str(o, " empty");
				break;
			}
			for (unsigned k = 0; k < sublen; k++) {
				out_char(o, k == 0 ? ' ' : '-');
				out_tok(o, diversity_str, u8at(r, off++), "");
			}
			if (r->type != MSG_UPDATE &&
			    r->type != MSG_UPDATE_SRC_SPECIFIC)
				out_str(o, " (bogus)");
			break;
		case SUB_TIMESTAMP:
			out_str(o, " sub-timestamp");
			if (r->type == MSG_HELLO) {
				if (sublen < 4)
					goto invalid;
				out_char(o, ' ');
				timestamp_print(o, be32at(r, off));
			} else if (r->type == MSG_IHU) {
				if (sublen < 8)
					goto invalid;
				out_char(o, ' ');
				timestamp_print(o, be32at(r, off));
				out_char(o, '|');
				timestamp_print(o, be32at(r, off + 4));
			} else
				out_str(o, " (bogus)");
			off += sublen;
			break;
		default:
			out_str(o, " sub-unknown-0x");
			out_hex8(o, subtype);
			off += sublen;
			break;
		}
	}
	return;
invalid:
	print_invalid(r->c);
}

/*
 * The -v form of each TLV.  Offsets are from the type byte, so the body
 * starts at 2.  Each returns TLV_OK or TLV_INVALID.
 */
typedef int (*tlv_printer)(struct run *);

static int
padn_print(struct run *r)
{
	out_str(r->c->out, "\n\tPad ");
	out_u32(r->c->out, r->len + 2);
	return TLV_OK;
}

static int
ack_req_print(struct run *r)
{
	struct out *o = r->c->out;

	out_str(o, "\n\tAcknowledgment Request ");
	if (r->len < 6)
		return TLV_INVALID;
	out_hex(o, be16at(r, 4), 4);
	out_char(o, ' ');
	interval_print(o, be16at(r, 6));
	return TLV_OK;
}

static int
ack_print(struct run *r)
{
	out_str(r->c->out, "\n\tAcknowledgment ");
	if (r->len < 2)
		return TLV_INVALID;
	out_hex(r->c->out, be16at(r, 2), 4);
	return TLV_OK;
}

static int
hello_print(struct run *r)
{
	struct out *o = r->c->out;
	uint16_t interval;

	out_str(o, "\n\tHello ");
	if (r->len < 6)
		return TLV_INVALID;
	if (be16at(r, 2) & 0x8000)
		out_str(o, "(Unicast) ");
	out_str(o, "seqno ");
	out_u32(o, be16at(r, 4));
	out_char(o, ' ');
	interval = be16at(r, 6);
	if (interval != 0) {
		out_str(o, "interval ");
		interval_print(o, interval);
	} else
		out_str(o, "unscheduled");
	if (r->len > 6)
		subtlvs_print(r, 8, 2 + r->len);
	return TLV_OK;
}

static int
ihu_print(struct run *r)
{
	struct out *o = r->c->out;
	uint8_t addr[16], ae;
	uint16_t rxcost, interval;
	int rc;

	out_str(o, "\n\tIHU ");
	if (r->len < 6)
		return TLV_INVALID;
	rxcost = be16at(r, 4);
	interval = be16at(r, 6);
	ae = u8at(r, 2);
	rc = network_address(r, ae, 8, r->len - 6, addr);
	if (rc < 0) {
		/* tcpdump marks a bad address as cut off, and goes on */
		print_trunc(r->c);
		return TLV_OK;
	}
	if (ae == 0)
		out_str(o, "any");
	else
		address_print(r->c, addr);
	out_str(o, " rxcost ");
	out_u32(o, rxcost);
	out_str(o, " interval ");
	interval_print(o, interval);
	if ((unsigned)rc < r->len - 6)
		subtlvs_print(r, 8 + (size_t)rc, 2 + r->len);
	return TLV_OK;
}

static int
router_id_print(struct run *r)
{
	out_str(r->c->out, "\n\tRouter Id");
	if (r->len < 10)
		return TLV_INVALID;
	out_char(r->c->out, ' ');
	id_print(r, 4);
	return TLV_OK;
}

static int
nh_print(struct run *r)
{
	uint8_t nh[16], ae;

	out_str(r->c->out, "\n\tNext Hop");
	if (r->len < 2)
		return TLV_INVALID;
	ae = u8at(r, 2);
	if (network_address(r, ae, 4, r->len - 2, nh) < 0)
		return TLV_INVALID;
	out_char(r->c->out, ' ');
	if (ae == 0)
		out_str(r->c->out, "invalid AE 0");
	else
		address_print(r->c, nh);
	return TLV_OK;
}

/* The Update flags: 0x80 sets the default prefix, 0x40 the router id. */
static void
update_flags_print(struct run *r)
{
	uint8_t flags = u8at(r, 3);

	if (flags & 0x80)
		out_str(r->c->out, "/prefix");
	if (flags & 0x40)
		out_str(r->c->out, "/id");
	if (flags & 0x3f)
		out_str(r->c->out, "/unknown");
}

static int
update_print(struct run *r)
{
	struct out *o = r->c->out;
	uint8_t prefix[16], ae, plen;
	uint16_t interval, seqno, metric;
	int rc;

	out_str(o, "\n\tUpdate");
	if (r->len < 10)
		return TLV_INVALID;
	ae = u8at(r, 2);
	plen = (uint8_t)(u8at(r, 4) + (ae == 1 ? 96 : 0));
	rc = network_prefix(r, ae, u8at(r, 4), u8at(r, 5), 12,
	    ae == 1 ? r->v4_prefix : r->v6_prefix, r->len - 10, prefix);
	if (rc < 0)
		return TLV_INVALID;
	interval = be16at(r, 6);
	seqno = be16at(r, 8);
	metric = be16at(r, 10);
	update_flags_print(r);
	out_char(o, ' ');
	if (ae == 0)
		out_str(o, "any");
	else
		prefix_print(r->c, prefix, plen);
	out_str(o, " metric ");
	out_u32(o, metric);
	out_str(o, " seqno ");
	out_u32(o, seqno);
	out_str(o, " interval ");
	interval_update_print(o, interval);
	if (u8at(r, 3) & 0x80)
		memcpy(ae == 1 ? r->v4_prefix : r->v6_prefix, prefix, 16);
	if ((unsigned)rc < r->len - 10)
		subtlvs_print(r, 12 + (size_t)rc, 2 + r->len);
	return TLV_OK;
}

static int
route_request_print(struct run *r)
{
	uint8_t prefix[16], ae, plen;

	out_str(r->c->out, "\n\tRoute Request ");
	if (r->len < 2)
		return TLV_INVALID;
	ae = u8at(r, 2);
	plen = (uint8_t)(u8at(r, 3) + (ae == 1 ? 96 : 0));
	if (network_prefix(r, ae, u8at(r, 3), 0, 4, NULL, r->len - 2,
	    prefix) < 0)
		return TLV_INVALID;
	out_str(r->c->out, "for ");
	if (ae == 0)
		out_str(r->c->out, "any");
	else
		prefix_print(r->c, prefix, plen);
	return TLV_OK;
}

static int
seqno_request_print(struct run *r)
{
	struct out *o = r->c->out;
	uint8_t prefix[16], ae, plen;
	uint16_t seqno;

	out_str(o, "\n\tSeqno Request ");
	if (r->len < 14)
		return TLV_INVALID;
	ae = u8at(r, 2);
	seqno = be16at(r, 4);
	if (network_prefix(r, ae, u8at(r, 3), 0, 16, NULL, r->len - 14,
	    prefix) < 0)
		return TLV_INVALID;
	plen = (uint8_t)(u8at(r, 3) + (ae == 1 ? 96 : 0));
	out_char(o, '(');
	out_u32(o, u8at(r, 6));
	out_str(o, " hops) for ");
	if (ae == 0)
		out_str(o, "invalid AE 0");
	else
		prefix_print(r->c, prefix, plen);
	out_str(o, " seqno ");
	out_u32(o, seqno);
	out_str(o, " id ");
	id_print(r, 8);
	return TLV_OK;
}

static int
tspc_print(struct run *r)
{
	struct out *o = r->c->out;

	out_str(o, "\n\tTS/PC ");
	if (r->len < 6)
		return TLV_INVALID;
	out_str(o, "timestamp ");
	out_u32(o, be32at(r, 4));
	out_str(o, " packetcounter ");
	out_u32(o, be16at(r, 2));
	return TLV_OK;
}

static int
hmac_print(struct run *r)
{
	static const char upper[] = "0123456789ABCDEF";
	struct out *o = r->c->out;

	out_str(o, "\n\tHMAC ");
	if (r->len < 18)
		return TLV_INVALID;
	out_str(o, "key-id ");
	out_u32(o, be16at(r, 2));
	out_str(o, " digest-");
	out_u32(o, r->len - 2);
	out_char(o, ' ');
	/* tcpdump prints the digest in upper case ("%02X") */
	for (unsigned k = 0; k < r->len - 2; k++) {
		uint8_t b = u8at(r, 4 + k);
		out_char(o, upper[b >> 4]);
		out_char(o, upper[b & 15]);
	}
	return TLV_OK;
}

static int
ss_update_print(struct run *r)
{
	struct out *o = r->c->out;
	uint8_t prefix[16], src_prefix[16], ae, plen, src_plen, omitted;
	uint16_t interval, seqno, metric;
	unsigned parsed = 10;
	int rc;

	out_str(o, "\n\tSS-Update");
	if (r->len < 10)
		return TLV_INVALID;
	ae = u8at(r, 2);
	src_plen = u8at(r, 3);
	plen = u8at(r, 4);
	omitted = u8at(r, 5);
	interval = be16at(r, 6);
	seqno = be16at(r, 8);
	metric = be16at(r, 10);
	rc = network_prefix(r, ae, plen, omitted, 2 + parsed,
	    ae == 1 ? r->v4_prefix : r->v6_prefix, r->len - parsed, prefix);
	if (rc < 0)
		return TLV_INVALID;
	if (ae == 1)
		plen = (uint8_t)(plen + 96);
	parsed += (unsigned)rc;
	rc = network_prefix(r, ae, src_plen, 0, 2 + parsed, NULL,
	    r->len - parsed, src_prefix);
	if (rc < 0)
		return TLV_INVALID;
	if (ae == 1)
		src_plen = (uint8_t)(src_plen + 96);
	parsed += (unsigned)rc;
	out_char(o, ' ');
	prefix_print(r->c, prefix, plen);
	out_str(o, " from ");
	prefix_print(r->c, src_prefix, src_plen);
	out_str(o, " metric ");
	out_u32(o, metric);
	out_str(o, " seqno ");
	out_u32(o, seqno);
	out_str(o, " interval ");
	interval_update_print(o, interval);
	if (parsed < r->len)
		subtlvs_print(r, 2 + parsed, 2 + r->len);
	return TLV_OK;
}

/*
 * The prefix and source prefix of the source-specific requests, from
 * off; 0 or TLV_INVALID.
 */
static int
ss_prefixes(struct run *r, uint8_t ae, uint8_t *plen, uint8_t *src_plen,
    unsigned parsed, uint8_t prefix[16], uint8_t src_prefix[16])
{
	int rc;

	rc = network_prefix(r, ae, *plen, 0, 2 + parsed, NULL,
	    r->len - parsed, prefix);
	if (rc < 0)
		return TLV_INVALID;
	if (ae == 1)
		*plen = (uint8_t)(*plen + 96);
	parsed += (unsigned)rc;
	rc = network_prefix(r, ae, *src_plen, 0, 2 + parsed, NULL,
	    r->len - parsed, src_prefix);
	if (rc < 0)
		return TLV_INVALID;
	if (ae == 1)
		*src_plen = (uint8_t)(*src_plen + 96);
	return TLV_OK;
}

static int
ss_request_print(struct run *r)
{
	struct out *o = r->c->out;
	uint8_t prefix[16], src_prefix[16], ae, plen, src_plen;

	out_str(o, "\n\tSS-Request ");
	if (r->len < 3)
		return TLV_INVALID;
	ae = u8at(r, 2);
	plen = u8at(r, 3);
	src_plen = u8at(r, 4);
	if (ss_prefixes(r, ae, &plen, &src_plen, 3, prefix, src_prefix) < 0)
		return TLV_INVALID;
	if (ae == 0) {
		out_str(o, "for any");
		return TLV_OK;
	}
	out_str(o, "for (");
	prefix_print(r->c, prefix, plen);
	out_str(o, ", ");
	prefix_print(r->c, src_prefix, src_plen);
	out_char(o, ')');
	return TLV_OK;
}

static int
ss_mh_request_print(struct run *r)
{
	struct out *o = r->c->out;
	uint8_t prefix[16], src_prefix[16], ae, plen, src_plen, hopc;
	uint16_t seqno;

	out_str(o, "\n\tSS-MH-Request ");
	if (r->len < 14)
		return TLV_INVALID;
	ae = u8at(r, 2);
	plen = u8at(r, 3);
	seqno = be16at(r, 4);
	hopc = u8at(r, 6);
	src_plen = u8at(r, 7);
	if (ss_prefixes(r, ae, &plen, &src_plen, 14, prefix, src_prefix) < 0)
		return TLV_INVALID;
	out_char(o, '(');
	out_u32(o, hopc);
	out_str(o, " hops) for (");
	prefix_print(r->c, prefix, plen);
	out_str(o, ", ");
	prefix_print(r->c, src_prefix, src_plen);
	out_str(o, ") seqno ");
	out_u32(o, seqno);
	out_str(o, " id ");
	id_print(r, 8);
	return TLV_OK;
}

static int
mac_print(struct run *r)
{
	out_str(r->c->out, "\n\tMAC len ");
	out_u32(r->c->out, r->len);
	return TLV_OK;
}

static int
pc_print(struct run *r)
{
	struct out *o = r->c->out;

	out_str(o, "\n\tPC");
	if (r->len < 4)
		return TLV_INVALID;
	out_str(o, " value ");
	out_u32(o, be32at(r, 2));
	out_str(o, " index len ");
	out_u32(o, r->len - 4);
	return TLV_OK;
}

/* RFC 8967: a nonce is at most 192 bytes. */
static int
challenge_print(struct run *r)
{
	out_str(r->c->out, r->type == MSG_CHALLENGE_REQUEST ?
	    "\n\tChallenge Request" : "\n\tChallenge Reply");
	if (r->len > 192)
		return TLV_INVALID;
	out_str(r->c->out, " len ");
	out_u32(r->c->out, r->len);
	return TLV_OK;
}

struct tlv_kind {
	const char	*terse;		/* the word printed without -v */
	tlv_printer	 verbose;
};

/* By type; Pad1 has no length and Update a terse form, both done apart. */
static const struct tlv_kind tlv_kinds[] = {
	[MSG_PADN] =			{ " padN", padn_print },
	[MSG_ACK_REQ] =			{ " ack-req", ack_req_print },
	[MSG_ACK] =			{ " ack", ack_print },
	[MSG_HELLO] =			{ " hello", hello_print },
	[MSG_IHU] =			{ " ihu", ihu_print },
	[MSG_ROUTER_ID] =		{ " router-id", router_id_print },
	[MSG_NH] =			{ " nh", nh_print },
	[MSG_UPDATE] =			{ " update", update_print },
	[MSG_ROUTE_REQUEST] =		{ " route-request",
					  route_request_print },
	[MSG_SEQNO_REQUEST] =		{ " seqno-request",
					  seqno_request_print },
	[MSG_TSPC] =			{ " tspc", tspc_print },
	[MSG_HMAC] =			{ " hmac", hmac_print },
	[MSG_UPDATE_SRC_SPECIFIC] =	{ " ss-update", ss_update_print },
	[MSG_REQUEST_SRC_SPECIFIC] =	{ " ss-request", ss_request_print },
	[MSG_MH_REQUEST_SRC_SPECIFIC] =	{ " ss-mh-request",
					  ss_mh_request_print },
	[MSG_MAC] =			{ " mac", mac_print },
	[MSG_PC] =			{ " pc", pc_print },
	[MSG_CHALLENGE_REQUEST] =	{ " challenge_request",
					  challenge_print },
	[MSG_CHALLENGE_REPLY] =		{ " challenge_reply",
					  challenge_print },
};

/*
 * tcpdump babel_print_v2_tlvs(): the TLVs in tlvs_length bytes at off,
 * of which remaining are in the UDP payload.
 */
static int
tlvs_print(struct ctx *c, struct span s, size_t off, unsigned tlvs_length,
    unsigned remaining)
{
	struct out *o = c->out;
	struct run r;
	unsigned i = 0;

	r.c = c;
	r.s = s;
	memcpy(r.v4_prefix, v4mapped, 16);
	memset(r.v6_prefix, 0, 16);
	while (i < tlvs_length) {
		const struct tlv_kind *k = NULL;

		r.m = off + i;
		if (i + 1 > tlvs_length || i + 1 > remaining)
			return TLV_INVALID;
		/* tcpdump reads the type with a jumping getter */
		r.type = get_u8(c, s, r.m);
		if (r.type == MSG_PAD1) {
			out_str(o, c->opt.vflag ? "\n\tPad 1" : " pad1");
			i++;
			continue;
		}
		if (i + 2 > tlvs_length || i + 2 > remaining)
			return TLV_INVALID;
		if (!span_has(s, r.m, 2))
			return TLV_TRUNC;
		r.len = s.p[r.m + 1];
		if (i + 2 + r.len > tlvs_length || i + 2 + r.len > remaining)
			return TLV_INVALID;
		if (!span_has(s, r.m, 2 + r.len))
			return TLV_TRUNC;

		if (r.type < sizeof(tlv_kinds) / sizeof(tlv_kinds[0]))
			k = &tlv_kinds[r.type];
		if (k == NULL || k->terse == NULL) {
			if (!c->opt.vflag)
				out_str(o, " unknown");
			else {
				out_str(o, "\n\tUnknown message type ");
				out_u32(o, r.type);
			}
		} else if (c->opt.vflag) {
			if (k->verbose(&r) == TLV_INVALID)
				return TLV_INVALID;
		} else {
			out_str(o, k->terse);
			if (r.type == MSG_UPDATE) {
				if (r.len < 10)
					return TLV_INVALID;
				update_flags_print(&r);
			}
		}
		i += r.len + 2;
	}
	return TLV_OK;
}

/* tcpdump babel_print_v2(): the header's body length, body, trailer. */
static void
babel_v2_print(struct ctx *c, struct span s, unsigned length)
{
	unsigned bodylen;
	int ret;

	if (length < 4)
		goto invalid;
	bodylen = get_be16(c, s, 2);
	out_str(c->out, " (");
	out_u32(c->out, bodylen);
	out_char(c->out, ')');
	length -= 4;
	if (length < bodylen)
		goto invalid;
	ret = tlvs_print(c, s, 4, bodylen, length);
	if (ret != TLV_OK)
		goto bad;
	length -= bodylen;
	if (length != 0) {
		out_str(c->out, c->opt.vflag ? "\n\t----" : " |");
		ret = tlvs_print(c, s, 4 + bodylen, length, length);
		if (ret != TLV_OK)
			goto bad;
	}
	return;
bad:
	if (ret == TLV_TRUNC) {
		print_trunc(c);
		return;
	}
invalid:
	print_invalid(c);
}

void
babel_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;

	c->proto = "babel";
	out_str(o, "babel");
	if (!span_has(s, 0, 4)) {
		print_trunc(c);
		return;
	}
	if (s.p[0] != BABEL_MAGIC) {
		out_str(o, " invalid header");
		return;
	}
	out_char(o, ' ');
	out_u32(o, s.p[1]);
	if (s.p[1] == 2)
		babel_v2_print(c, s, length);
	else
		out_str(o, " unknown version");
}
