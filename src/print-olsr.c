/*
 * print-olsr.c - Optimized Link State Routing (RFC 3626) over UDP 698,
 * with olsr.org's link-quality and smart-gateway extensions, as tcpdump
 * 4.99.3 print-olsr.c olsr_print() prints it: "OLSRv4" or "OLSRv6" by
 * the IP version (udp_print() leaves the IP header in c->rx.ip), the
 * sequence number and length, and with -v every message.
 *
 * The checks tcpdump makes here all end the packet with " [|olsr]" and a
 * dump of the whole frame: the getters' jump.
 */
#include "print.h"

#define OLSR_HELLO_MSG		1
#define OLSR_TC_MSG		2
#define OLSR_MID_MSG		3
#define OLSR_HNA_MSG		4
#define OLSR_POWERINFO_MSG	128
#define OLSR_NAMESERVICE_MSG	130
#define OLSR_HELLO_LQ_MSG	201
#define OLSR_TC_LQ_MSG		202

static const struct tok olsr_msg_values[] = {
	{ OLSR_HELLO_MSG, "Hello" },
	{ OLSR_TC_MSG, "TC" },
	{ OLSR_MID_MSG, "MID" },
	{ OLSR_HNA_MSG, "HNA" },
	{ OLSR_POWERINFO_MSG, "Powerinfo" },
	{ OLSR_NAMESERVICE_MSG, "Nameservice" },
	{ OLSR_HELLO_LQ_MSG, "Hello-LQ" },
	{ OLSR_TC_LQ_MSG, "TC-LQ" },
	{ 0, NULL }
};

static const struct tok olsr_link_type_values[] = {
	{ 0, "Unspecified" },
	{ 1, "Asymmetric" },
	{ 2, "Symmetric" },
	{ 3, "Lost" },
	{ 0, NULL }
};

static const struct tok olsr_neighbor_type_values[] = {
	{ 0, "Not-Neighbor" },
	{ 1, "Symmetric" },
	{ 2, "Symmetric-MPR" },
	{ 0, NULL }
};

/* olsr.org smart-gateway flags, in the HNA netmask's second byte */
static const struct {
	uint8_t		 bit;
	const char	*name;
} sgw_flags[] = {
	{ 0x01, " LINKSPEED" },
	{ 0x02, " IPV4" },
	{ 0x04, " IPV4-NAT" },
	{ 0x08, " IPV6" },
	{ 0x10, " IPv6-PREFIX" },
};

static void
tok_unknown(struct out *o, const struct tok *t, unsigned v)
{
	const char *s = tok_find(t, v);

	out_str(o, s != NULL ? s : "Unknown");
}

/*
 * tcpdump's ME_TO_DOUBLE() printed "%.3f": 0.0625 * (1 + a/16) * 2^b is
 * (16 + a) * 2^b / 256 exactly, so the thousandths are an integer
 * division, rounded half to even as printf rounds an exact tie.
 */
static void
out_vtime(struct out *o, unsigned me)
{
	uint64_t n = (uint64_t)(16 + (me >> 4)) << (me & 0x0f);
	uint64_t q = n * 125 / 32, r = n * 125 % 32;

	if (r > 16 || (r == 16 && (q & 1)))
		q++;
	out_u64(o, q / 1000);
	out_char(o, '.');
	out_u32_fixed(o, (uint32_t)(q % 1000), 3);
}

/*
 * A link quality byte as tcpdump's "%.2f%%" of byte / 2.55: the double
 * is formed as tcpdump forms it and rounded to hundredths by comparing
 * it with the midpoint, which is exact for these small values.
 */
static void
out_lq(struct out *o, unsigned lq)
{
	double v = (double)lq / 2.55;
	uint64_t k = (uint64_t)(v * 100.0);

	/* k is within one of the true floor; settle it exactly */
	while (k > 0 && (double)k / 100.0 > v)
		k--;
	while ((double)(k + 1) / 100.0 <= v)
		k++;
	{
		/* v - k/100 against 1/200, scaled to avoid the division */
		double d = v * 200.0 - (double)k * 2.0;
		if (d > 1.0 || (d == 1.0 && (k & 1)))
			k++;
	}
	out_u64(o, k / 100);
	out_char(o, '.');
	out_u32_fixed(o, (uint32_t)(k % 100), 2);
	out_char(o, '%');
}

static void
out_addr(struct ctx *c, struct span s, size_t off, int v6)
{
	if (v6)
		ip6addr_print(c, get_bytes(c, s, off, 16));
	else
		ipaddr_print(c, get_bytes(c, s, off, 4));
}

/* tcpdump's print_unknown_data() with hex_print() */
static void
unknown_data(struct ctx *c, struct span s, size_t off, const char *ident,
    size_t len)
{
	struct out *o = c->out;
	size_t have = span_avail(s, 0), i;

	if (off > have) {
		out_str(o, ident);
		out_str(o, "Dissector error: print_unknown_data called with "
		    "pointer past end of packet");
		return;
	}
	if (have - off < len)
		len = have - off;
	for (i = 0; i < len; i++) {
		if (i % 16 == 0) {
			out_str(o, ident);
			out_str(o, "0x");
			out_hex(o, i, 4);
			out_str(o, ": ");
		}
		if (i % 2 == 0)
			out_char(o, ' ');
		out_hex8(o, s.p[off + i]);
	}
}

/* A plain neighbour list, four to a line. */
static void
neighbor_print(struct ctx *c, struct span s, size_t off, unsigned len)
{
	struct out *o = c->out;

	out_str(o, "\n\t      neighbor\n\t\t");
	/* tcpdump never advances its counter: a space after every one */
	for (; len >= 4; off += 4, len -= 4) {
		ipaddr_print(c, get_bytes(c, s, off, 4));
		out_char(o, ' ');
	}
}

static void
lq_neighbor_print(struct ctx *c, struct span s, size_t off, unsigned len,
    int v6)
{
	struct out *o = c->out;
	unsigned sz = v6 ? 20 : 8, alen = v6 ? 16 : 4;

	for (; len >= sz; off += sz, len -= sz) {
		span_need(c, s, off, sz);
		out_str(o, "\n\t      neighbor ");
		out_addr(c, s, off, v6);
		out_str(o, ", link-quality ");
		out_lq(o, s.p[off + alen]);
		out_str(o, ", neighbor-link-quality ");
		out_lq(o, s.p[off + alen + 1]);
	}
}

/* tcpdump mask2plen(): the prefix length, or -1 printed as unsigned */
static uint32_t
mask2plen(uint32_t mask)
{
	for (int len = 32; len >= 0; len--)
		if ((len == 0 ? 0 : 0xffffffffu << (32 - len)) == mask)
			return (uint32_t)len;
	return 0xffffffffu;
}

/* tcpdump mask62plen() */
static uint32_t
mask62plen(const uint8_t *m)
{
	uint32_t cidr = 0;

	for (int i = 0; i < 16; i++) {
		int bits;

		if (m[i] == 0xff) {
			cidr += 8;
			continue;
		}
		if (m[i] == 0)
			break;
		for (bits = 0; bits < 8 && (m[i] << bits & 0x80); bits++)
			;
		if ((uint8_t)(m[i] << bits) != 0)
			return 0xffffffffu;
		cidr += (uint32_t)bits;
		break;
	}
	return cidr;
}

/* olsr.org's speed encoding: 5 bits of mantissa, 3 of decimal exponent */
static uint32_t
gw_speed(uint8_t v)
{
	uint32_t speed;

	if (v == 0)
		return 0;
	if (v == 0xff)
		return 320000000;
	speed = (uint32_t)(v >> 3) + 1;
	for (unsigned e = v & 7; e != 0; e--)
		speed *= 10;
	return speed;
}

static void
hna_print(struct ctx *c, struct span s, size_t off, unsigned tlen, int v6)
{
	struct out *o = c->out;
	unsigned sz = v6 ? 32 : 8, col = 0;

	out_str(o, "\n\t  Advertised networks (total ");
	out_u32(o, tlen / sz);
	out_char(o, ')');
	for (; tlen >= sz; off += sz, tlen -= sz) {
		const uint8_t *p = get_bytes(c, s, off, sz);

		if (v6) {
			/* tcpdump's counter stays at 0 */
			out_str(o, "\n\t    #0: ");
			ip6addr_print(c, p);
			out_char(o, '/');
			out_u32(o, mask62plen(p + 16));
			continue;
		}
		out_str(o, col == 0 ? "\n\t    " : ", ");
		if (!p[0] && !p[1] && !p[2] && !p[3] && !p[4] && p[5]) {
			int ls = p[5] & 0x01;

			out_str(o, "Smart-Gateway:");
			for (size_t k = 0; k < sizeof(sgw_flags) /
			    sizeof(sgw_flags[0]); k++)
				if (p[5] & sgw_flags[k].bit)
					out_str(o, sgw_flags[k].name);
			out_char(o, ' ');
			out_u32(o, ls ? gw_speed(p[6]) : 0);
			out_char(o, '/');
			out_u32(o, ls ? gw_speed(p[7]) : 0);
		} else {
			ipaddr_print(c, p);
			out_char(o, '/');
			out_u32(o, mask2plen((uint32_t)p[4] << 24 |
			    (uint32_t)p[5] << 16 | (uint32_t)p[6] << 8 | p[7]));
		}
		col = (col + 1) % 4;
	}
}

static void
nameservice_print(struct ctx *c, struct span s, size_t off, unsigned tlen,
    int v6)
{
	struct out *o = c->out;
	unsigned entries, asz = v6 ? 16 : 4;

	if (tlen < 4)
		trunc_jump(c);
	entries = get_be16(c, s, off + 2);
	out_str(o, "\n\t  Version ");
	out_u32(o, get_be16(c, s, off));
	out_str(o, ", Entries ");
	out_u32(o, entries);
	if (entries == 0 || entries * (4 + asz) > tlen) {
		out_str(o, " (invalid)");
		return;
	}
	off += 4;
	tlen -= 4;
	for (unsigned i = 0; i < entries; i++) {
		unsigned type, len, pad;

		if (tlen < 4)
			break;
		type = get_be16(c, s, off);
		len = get_be16(c, s, off + 2);
		off += 4;
		tlen -= 4;
		out_str(o, "\n\t    #");
		out_u32(o, i);
		out_str(o, ": type ");
		/* "%#06x": no 0x for zero */
		if (type == 0)
			out_str(o, "000000");
		else {
			out_str(o, "0x");
			out_hex(o, type, 4);
		}
		out_str(o, ", length ");
		out_u32(o, len);
		if (len == 0 || asz + len > tlen) {
			out_str(o, " (invalid)");
			break;
		}
		pad = len % 4 ? 4 - len % 4 : 0;
		if (tlen < asz + len + pad)
			trunc_jump(c);
		span_need(c, s, off, asz + len + pad);
		out_str(o, ", address ");
		out_addr(c, s, off, v6);
		out_str(o, ", name \"");
		for (unsigned k = 0; k < len; k++) {
			uint8_t ch = s.p[off + asz + k];
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
		out_char(o, '"');
		off += asz + len + pad;
		tlen -= asz + len + pad;
	}
}

static void
hello_print(struct ctx *c, struct span s, size_t off, unsigned tlen,
    unsigned type, int v6)
{
	struct out *o = c->out;

	if (tlen < 4)
		trunc_jump(c);
	span_need(c, s, off, 4);
	out_str(o, "\n\t  hello-time ");
	out_vtime(o, s.p[off + 2]);
	out_str(o, "s, MPR willingness ");
	out_u32(o, s.p[off + 3]);
	off += 4;
	tlen -= 4;
	while (tlen >= 4) {
		unsigned code, hlen;
		int valid;

		span_need(c, s, off, 4);
		code = s.p[off];
		hlen = get_be16(c, s, off + 2);
		valid = hlen <= tlen && hlen >= 4;
		out_str(o, "\n\t    link-type ");
		tok_unknown(o, olsr_link_type_values, code & 3);
		out_str(o, ", neighbor-type ");
		tok_unknown(o, olsr_neighbor_type_values, code >> 2);
		out_str(o, ", len ");
		out_u32(o, hlen);
		if (!valid) {
			out_str(o, " (invalid)");
			break;
		}
		off += 4;
		tlen -= 4;
		hlen -= 4;
		span_need(c, s, off, hlen);
		if (type == OLSR_HELLO_MSG)
			neighbor_print(c, s, off, hlen);
		else
			lq_neighbor_print(c, s, off, hlen, v6);
		off += hlen;
		tlen -= hlen;
	}
}

void
olsr_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	int v6 = c->rx.ip != NULL && c->rx.ip->ver == 6;
	unsigned hsz = v6 ? 24 : 12, plen;
	size_t off;

	c->proto = "olsr";
	out_str(o, v6 ? "OLSRv6" : "OLSRv4");
	if (length < 4)
		trunc_jump(c);
	span_need(c, s, 0, 4);
	plen = get_be16(c, s, 0);
	if (plen < length)
		length = plen;
	out_str(o, ", seq 0x");
	out_hex(o, get_be16(c, s, 2), 4);
	out_str(o, ", length ");
	out_u32(o, length);
	if (!c->opt.vflag)
		return;

	for (off = 4; off < length;) {
		unsigned type, mlen, tlen;
		size_t data;
		int valid;

		span_need(c, s, off, hsz);
		type = s.p[off];
		mlen = get_be16(c, s, off + 2);
		valid = mlen >= hsz && mlen <= length;
		/* tcpdump's guard against looping on an empty message */
		if (type == 0 || mlen == 0)
			return;
		out_str(o, "\n\t");
		tok_unknown(o, olsr_msg_values, type);
		out_str(o, " Message (0x");
		out_hex8(o, (uint8_t)type);
		out_str(o, "), originator ");
		out_addr(c, s, off + 4, v6);
		out_str(o, ", ttl ");
		out_u32(o, s.p[off + hsz - 4]);
		out_str(o, ", hop ");
		out_u32(o, s.p[off + hsz - 3]);
		out_str(o, "\n\t  vtime ");
		out_vtime(o, s.p[off + 1]);
		out_str(o, "s, msg-seq 0x");
		out_hex(o, get_be16(c, s, off + hsz - 2), 4);
		out_str(o, ", length ");
		out_u32(o, mlen);
		if (!valid) {
			out_str(o, " (invalid)");
			return;
		}
		tlen = mlen - hsz;
		data = off + hsz;

		switch (type) {
		case OLSR_HELLO_MSG:
		case OLSR_HELLO_LQ_MSG:
			hello_print(c, s, data, tlen, type, v6);
			break;
		case OLSR_TC_MSG:
		case OLSR_TC_LQ_MSG:
			if (tlen < 4)
				trunc_jump(c);
			span_need(c, s, data, 4);
			out_str(o, "\n\t    advertised neighbor seq 0x");
			out_hex(o, get_be16(c, s, data), 4);
			if (type == OLSR_TC_MSG)
				neighbor_print(c, s, data + 4, tlen - 4);
			else
				lq_neighbor_print(c, s, data + 4, tlen - 4,
				    v6);
			break;
		case OLSR_MID_MSG: {
			unsigned asz = v6 ? 16 : 4;

			for (; tlen >= asz; data += asz, tlen -= asz) {
				span_need(c, s, data, asz);
				out_str(o, "\n\t  interface address ");
				out_addr(c, s, data, v6);
			}
			break;
		}
		case OLSR_HNA_MSG:
			hna_print(c, s, data, tlen, v6);
			break;
		case OLSR_NAMESERVICE_MSG:
			nameservice_print(c, s, data, tlen, v6);
			break;
		default:
			unknown_data(c, s, data, "\n\t    ", tlen);
			break;
		}
		off += mlen;
	}
}
