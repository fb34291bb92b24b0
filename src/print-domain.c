/*
 * print-domain.c - the Domain Name System: RFC 1034/1035 messages, names
 * and their compression, over UDP and over TCP with its two-byte length
 * prefix (RFC 1035 4.2.2); multicast DNS (RFC 6762: the QU and cache-flush
 * bits of the class); bit-string labels (RFC 2673); EDNS(0) (RFC 6891) and
 * its options: client subnet (RFC 7871), cookies (RFC 7873), keepalive
 * (RFC 7828), expire (RFC 7314), padding (RFC 7830), chain (RFC 7901),
 * key tag (RFC 8145), DAU/DHU/N3U (RFC 6975); SOA, MX, SRV (RFC 2782),
 * A6 (RFC 2874), URI (RFC 7553) and TSIG (RFC 8945) data.
 *
 * As tcpdump 4.99.3 prints them (print-domain.c domain_print() with its
 * over_tcp and is_mdns variants; nameser.h for the tables).  Offsets
 * below count from the first byte of the DNS header; tcpdump's pointer
 * comparisons against ndo_snapend are comparisons against the span's
 * length, and its "return NULL" is DNS_NONE.  Where tcpdump reads with a
 * GET_ macro the getters here jump out with " [|domain]"; where it tests
 * first (ND_TTEST) and returns, span_has() does the same, since which of
 * the two happens decides what -x dumps.
 */
#include <string.h>

#include "print.h"

#define DNS_HDRLEN	12
#define MAXCDNAME	255	/* RFC 1035: the longest name printed */
#define DNS_NONE	((size_t)-1)	/* tcpdump's NULL */

/* nameser.h */
#define T_A		1
#define T_NS		2
#define T_CNAME		5
#define T_SOA		6
#define T_PTR		12
#define T_MX		15
#define T_TXT		16
#define T_AAAA		28
#define T_SRV		33
#define T_A6		38
#define T_DNAME		39
#define T_OPT		41
#define T_TSIG		250
#define T_URI		256
#define C_IN		1
#define C_QU		0x8000	/* mDNS: unicast response wanted */
#define C_CACHE_FLUSH	0x8000	/* mDNS: the record replaces the cache */
#define IQUERY		1

#define E_NSID		3
#define E_DAU		5
#define E_DHU		6
#define E_N3U		7
#define E_ECS		8
#define E_EXPIRE	9
#define E_COOKIE	10
#define E_KEEPALIVE	11
#define E_PADDING	12
#define E_CHAIN		13
#define E_KEYTAG	14

/* The label kinds in the top two bits of a length byte (RFC 6891 6.2). */
#define TYPE_MASK	0xc0
#define TYPE_INDIR	0xc0
#define TYPE_RESERVED	0x80
#define TYPE_EDNS0	0x40
#define EDNS0_ELT_BITLABEL 0x01

struct dns {
	struct ctx	*c;
	struct span	 s;	/* the message: header to end of capture */
	size_t		 have;	/* its captured length (ndo_snapend) */
	int		 mdns;
};

static const char *const ns_ops[16] = {
	"", " inv_q", " stat", " op3", " notify", " update", " op6", " op7",
	" op8", " updateA", " updateD", " updateDA",
	" updateM", " updateMA", " zoneInit", " zoneRef",
};

/* Extended codes up to 23; tcpdump's table lacks two spaces. */
static const char *const ns_resp[24] = {
	"", " FormErr", " ServFail", " NXDomain",
	" NotImp", " Refused", " YXDomain", " YXRRSet",
	" NXRRSet", " NotAuth", " NotZone", " Resp11",
	" Resp12", " Resp13", " Resp14", " NoChange",
	" BadVers", "Resp17", " Resp18", " Resp19",
	" Resp20", "Resp21", " Resp22", " BadCookie",
};

/*
 * tcpdump 4.99.3's ns_type2str[]: later versions name more (NSEC3, SVCB,
 * CAA...), this one numbers them, and calls 104 "UNSPECA".
 */
static const struct tok ns_type2str[] = {
	{ 1, "A" }, { 2, "NS" }, { 3, "MD" }, { 4, "MF" }, { 5, "CNAME" },
	{ 6, "SOA" }, { 7, "MB" }, { 8, "MG" }, { 9, "MR" }, { 10, "NULL" },
	{ 11, "WKS" }, { 12, "PTR" }, { 13, "HINFO" }, { 14, "MINFO" },
	{ 15, "MX" }, { 16, "TXT" }, { 17, "RP" }, { 18, "AFSDB" },
	{ 19, "X25" }, { 20, "ISDN" }, { 21, "RT" }, { 22, "NSAP" },
	{ 23, "NSAP_PTR" }, { 24, "SIG" }, { 25, "KEY" }, { 26, "PX" },
	{ 27, "GPOS" }, { 28, "AAAA" }, { 29, "LOC" }, { 30, "NXT" },
	{ 31, "EID" }, { 32, "NIMLOC" }, { 33, "SRV" }, { 34, "ATMA" },
	{ 35, "NAPTR" }, { 36, "KX" }, { 37, "CERT" }, { 38, "A6" },
	{ 39, "DNAME" }, { 40, "SINK" }, { 41, "OPT" }, { 42, "APL" },
	{ 43, "DS" }, { 44, "SSHFP" }, { 45, "IPSECKEY" }, { 46, "RRSIG" },
	{ 47, "NSEC" }, { 48, "DNSKEY" }, { 99, "SPF" }, { 100, "UINFO" },
	{ 101, "UID" }, { 102, "GID" }, { 103, "UNSPEC" }, { 104, "UNSPECA" },
	{ 249, "TKEY" }, { 250, "TSIG" }, { 251, "IXFR" }, { 252, "AXFR" },
	{ 253, "MAILB" }, { 254, "MAILA" }, { 255, "ANY" }, { 256, "URI" },
	{ 0, NULL },
};

static const struct tok ns_class2str[] = {
	{ 1, "IN" }, { 3, "CHAOS" }, { 4, "HS" }, { 255, "ANY" },
	{ 0, NULL },
};

static const struct tok edns_opt2str[] = {
	{ 1, "LLQ" }, { 2, "UL" }, { 3, "NSID" }, { 5, "DAU" }, { 6, "DHU" },
	{ 7, "N3U" }, { 8, "ECS" }, { 9, "EXPIRE" }, { 10, "COOKIE" },
	{ 11, "KEEPALIVE" }, { 12, "PADDING" }, { 13, "CHAIN" },
	{ 14, "KEY-TAG" }, { 16, "CLIENT-TAG" }, { 17, "SERVER-TAG" },
	{ 0, NULL },
};

/* DNSSEC algorithms; tcpdump names DSA (3) "DS". */
static const struct tok dau_alg2str[] = {
	{ 0, "DELETE" }, { 1, "RSAMD5" }, { 2, "DH" }, { 3, "DS" },
	{ 5, "RSASHA1" }, { 6, "DSA-NSEC3-SHA1" },
	{ 7, "RSASHA1-NSEC3-SHA1" }, { 8, "RSASHA256" }, { 10, "RSASHA512" },
	{ 12, "ECC-GOST" }, { 13, "ECDSAP256SHA256" },
	{ 14, "ECDSAP384SHA384" }, { 15, "ED25519" }, { 16, "ED448" },
	{ 252, "INDIRECT" }, { 253, "PRIVATEDNS" }, { 254, "PRIVATEOID" },
	{ 0, NULL },
};

static const struct tok dhu_alg2str[] = {
	{ 1, "SHA-1" }, { 2, "SHA-256" }, { 3, "GOST_R_34.11-94" },
	{ 4, "SHA-384" },
	{ 0, NULL },
};

static const struct tok n3u_alg2str[] = {
	{ 1, "SHA-1" },
	{ 0, NULL },
};

/*
 * tcpdump's nd_printn(): n characters at off, or as many as were
 * captured; 1 when the capture ended first.
 */
static int
printn(struct out *o, struct span s, size_t off, uint32_t n)
{
	size_t have = (size_t)(s.end - s.p);

	for (; n > 0 && off < have; n--, off++)
		out_safe_char(o, s.p[off]);
	return n != 0;
}

/* tcpdump's unsigned_relts_print(): 1d2h3m4s. */
static void
relts_print(struct out *o, uint32_t secs)
{
	static const char units[] = "ywdhms";
	static const uint32_t len[] = { 31536000, 604800, 86400, 3600, 60, 1 };

	if (secs == 0) {
		out_str(o, "0s");
		return;
	}
	for (size_t k = 0; secs > 0; k++)
		if (secs >= len[k]) {
			out_u32(o, secs / len[k]);
			out_char(o, units[k]);
			secs %= len[k];
		}
}

/* Skip a name without printing it (tcpdump ns_nskip()). */
static size_t
ns_nskip(const struct dns *d, size_t cp)
{
	unsigned i;

	if (!span_has(d->s, cp, 1))
		return DNS_NONE;
	i = d->s.p[cp++];
	while (i != 0) {
		switch (i & TYPE_MASK) {
		case TYPE_INDIR:
			/* the pointer's second byte is not looked at */
			return cp + 1;
		case TYPE_EDNS0: {
			unsigned bitlen;

			if ((i & ~TYPE_MASK) != EDNS0_ELT_BITLABEL)
				return DNS_NONE;
			if (!span_has(d->s, cp, 1))
				return DNS_NONE;
			bitlen = d->s.p[cp] != 0 ? d->s.p[cp] : 256;
			cp += 1 + (bitlen + 7) / 8;
			break;
		}
		case TYPE_RESERVED:
			return DNS_NONE;
		default:
			cp += i;
			break;
		}
		if (!span_has(d->s, cp, 1))
			return DNS_NONE;
		i = d->s.p[cp++];
	}
	return cp;
}

/*
 * The length of the label at off with its kind's extra bytes, -1 when it
 * cannot be read; unknown kinds are named as tcpdump's labellen() does.
 */
static int
label_len(struct ctx *c, struct span s, size_t off)
{
	unsigned i, bitlen;

	if (!span_has(s, off, 1))
		return -1;
	i = s.p[off];
	switch (i & TYPE_MASK) {
	case TYPE_EDNS0:
		if ((i & ~TYPE_MASK) != EDNS0_ELT_BITLABEL) {
			out_str(c->out, "<ELT ");
			out_u32(c->out, i & ~TYPE_MASK);
			out_char(c->out, '>');
			return -1;
		}
		if (!span_has(s, off + 1, 1))
			return -1;
		bitlen = s.p[off + 1] != 0 ? s.p[off + 1] : 256;
		return (int)((bitlen + 7) / 8 + 1);
	case TYPE_RESERVED:
		out_str(c->out, "<BAD LABEL TYPE>");
		return -1;
	default:
		return (int)i;
	}
}

/*
 * A bit-string label (RFC 2673) as "\[x<hex>/<bits>]", its count byte at
 * off (tcpdump blabel_print(); its bytes are read with GET_, so a cut
 * label leaves the packet).
 */
static void
blabel_print(struct ctx *c, struct span s, size_t off)
{
	struct out *o = c->out;
	unsigned bitlen = get_u8(c, s, off), b;
	size_t p, lim;

	if (bitlen == 0)
		bitlen = 256;
	lim = off + 1 + (bitlen + 3) / 4;
	out_str(o, "\\[x");
	for (p = off + 1, b = bitlen; p < lim && b > 7; b -= 8, p++)
		out_hex8(o, get_u8(c, s, p));
	if (b > 4)
		out_hex8(o, (uint8_t)(get_u8(c, s, p) & (0xff << (8 - b))));
	else if (b > 0)
		out_hex(o, ((get_u8(c, s, p) >> 4) & 0x0f) & (0x0f << (4 - b)),
		    1);
	out_char(o, '/');
	out_u32(o, bitlen);
	out_char(o, ']');
}

/*
 * Print the name at off, its compression pointers counted from base
 * (tcpdump fqdn_print()): the offset just past the name where it lies
 * (not where its pointers led), or DNS_NONE.  Pointers must move
 * backwards, each before the last, as BIND requires: that is tcpdump's
 * loop protection ("<BAD PTR>").  Past MAXCDNAME characters the name is
 * read to its end but no longer printed.  base may lie after off (the
 * EDNS chain option): tcpdump's unsigned difference is kept.
 */
size_t
dns_name_print(struct ctx *c, struct span s, size_t off, size_t base)
{
	struct out *o = c->out;
	size_t have = (size_t)(s.end - s.p), rp = DNS_NONE;
	uint32_t max_offset, offset, name_chars = 0;
	unsigned i;
	int compress = 0, l;

	if ((l = label_len(c, s, off)) < 0)
		return DNS_NONE;
	max_offset = (uint32_t)(off - base);
	i = s.p[off++];
	/*
	 * A pointer sets rp in the loop; one in the last captured byte never
	 * enters it, and tcpdump then returns its initial NULL.
	 */
	if ((i & TYPE_MASK) != TYPE_INDIR)
		rp = off + (size_t)l;
	if (i == 0) {
		out_char(o, '.');
		return rp;
	}
	while (i != 0 && off < have) {
		switch (i & TYPE_MASK) {
		case TYPE_INDIR:
			if (!compress) {
				rp = off + 1;
				compress = 1;
			}
			if (!span_has(s, off, 1))
				return DNS_NONE;
			offset = ((i << 8) | s.p[off]) & 0x3fff;
			if (offset >= max_offset) {
				out_str(o, "<BAD PTR>");
				return DNS_NONE;
			}
			max_offset = offset;
			off = base + offset;
			if (!span_has(s, off, 1))
				return DNS_NONE;
			i = s.p[off];
			if ((l = label_len(c, s, off)) < 0)
				return DNS_NONE;
			off++;
			continue;
		case TYPE_EDNS0:
			/* label_len() let only bit-string labels through */
			blabel_print(c, s, off);
			break;
		case TYPE_RESERVED:
			out_str(o, "<BAD LABEL TYPE>");
			return DNS_NONE;
		default:
			if (name_chars + (uint32_t)l <= MAXCDNAME) {
				if (printn(o, s, off, (uint32_t)l))
					return DNS_NONE;
			} else if (name_chars < MAXCDNAME) {
				if (printn(o, s, off, MAXCDNAME - name_chars))
					return DNS_NONE;
			}
			name_chars += (uint32_t)l;
			break;
		}
		off += (size_t)l;
		if (name_chars <= MAXCDNAME)
			out_char(o, '.');
		name_chars++;
		if (!span_has(s, off, 1))
			return DNS_NONE;
		i = s.p[off];
		if ((l = label_len(c, s, off)) < 0)
			return DNS_NONE;
		off++;
		if (!compress)
			rp += (size_t)l + 1;
	}
	if (name_chars > MAXCDNAME)
		out_str(o, "<DOMAIN NAME TOO LONG>");
	return rp;
}

/* A <character-string> (tcpdump ns_cprint()). */
static size_t
ns_cprint(const struct dns *d, size_t cp)
{
	unsigned n;

	if (!span_has(d->s, cp, 1))
		return DNS_NONE;
	n = d->s.p[cp++];
	if (printn(d->c->out, d->s, cp, n))
		return DNS_NONE;
	return cp + n;
}

/* EDNS client subnet: family, source and scope prefix lengths, address. */
static void
eopt_ecs_print(struct ctx *c, struct span s, size_t cp, unsigned data_len)
{
	struct out *o = c->out;
	unsigned family, addr_bits, src_len, scope_len;
	uint8_t padded[16];

	if (data_len < 4) {
		print_invalid(c);
		return;
	}
	family = get_be16(c, s, cp);
	src_len = get_u8(c, s, cp + 2);
	scope_len = get_u8(c, s, cp + 3);
	if (family == 1)
		addr_bits = 32;
	else if (family == 2)
		addr_bits = 128;
	else {
		print_invalid(c);
		return;
	}
	if (data_len - 4 > addr_bits / 8 || src_len > addr_bits ||
	    scope_len > addr_bits || (src_len + 7) / 8 != data_len - 4) {
		print_invalid(c);
		return;
	}
	/* the address is sent cut to its prefix: pad it with zeros */
	memset(padded, 0, sizeof(padded));
	memcpy(padded, get_bytes(c, s, cp + 4, data_len - 4), data_len - 4);
	if (family == 1)
		out_ipv4(o, padded);
	else
		out_ipv6(o, padded);
	out_char(o, '/');
	out_u32(o, src_len);
	out_char(o, '/');
	out_u32(o, scope_len);
}

/* Bytes at cp as names from tab, space-separated (DAU, DHU, N3U). */
static void
eopt_algs_print(struct ctx *c, struct span s, size_t cp, unsigned data_len,
    const struct tok *tab)
{
	for (unsigned i = 0; i < data_len; i++) {
		if (i > 0)
			out_char(c->out, ' ');
		out_tok(c->out, tab, get_u8(c, s, cp + i), "Alg_");
	}
}

/* One EDNS option (tcpdump eopt_print()): the offset after it. */
static size_t
eopt_print(const struct dns *d, size_t cp)
{
	struct ctx *c = d->c;
	struct out *o = c->out;
	struct span s = d->s;
	unsigned opt, data_len, i;

	if (!span_has(s, cp, 2))
		return DNS_NONE;
	opt = get_be16(c, s, cp);
	cp += 2;
	out_tok(o, edns_opt2str, opt, "Opt");
	if (!span_has(s, cp, 2))
		return DNS_NONE;
	data_len = get_be16(c, s, cp);
	cp += 2;
	if (!span_has(s, cp, data_len))
		return DNS_NONE;
	if (data_len == 0)
		return cp;
	out_char(o, ' ');
	switch (opt) {
	case E_ECS:
		eopt_ecs_print(c, s, cp, data_len);
		break;
	case E_COOKIE:
		/* a client cookie of 8 bytes, then a server one of 8 to 32 */
		if (data_len < 8 || (data_len > 8 && data_len < 16) ||
		    data_len > 40)
			print_invalid(c);
		else
			for (i = 0; i < data_len; i++) {
				if (i == 8)
					out_char(o, ' ');
				out_hex8(o, get_u8(c, s, cp + i));
			}
		break;
	case E_KEEPALIVE:
		if (data_len != 2)
			print_invalid(c);
		else {
			/* in units of 100 ms; tcpdump's "%0.1f sec" */
			unsigned v = get_be16(c, s, cp);
			out_u32(o, v / 10);
			out_char(o, '.');
			out_u32(o, v % 10);
			out_str(o, " sec");
		}
		break;
	case E_EXPIRE:
		if (data_len != 4)
			print_invalid(c);
		else {
			out_u32(o, get_be32(c, s, cp));
			out_str(o, " sec");
		}
		break;
	case E_PADDING:
		out_char(o, '(');
		out_u32(o, data_len);
		out_char(o, ')');
		break;
	case E_KEYTAG:
		if (data_len % 2 != 0)
			print_invalid(c);
		else
			for (i = 0; i < data_len; i += 2) {
				if (i > 0)
					out_char(o, ' ');
				out_u32(o, get_be16(c, s, cp + i));
			}
		break;
	case E_DAU:
		eopt_algs_print(c, s, cp, data_len, dau_alg2str);
		break;
	case E_DHU:
		eopt_algs_print(c, s, cp, data_len, dhu_alg2str);
		break;
	case E_N3U:
		eopt_algs_print(c, s, cp, data_len, n3u_alg2str);
		break;
	case E_CHAIN:
		/* tcpdump counts its pointers from the option's end */
		(void)dns_name_print(c, s, cp, cp + data_len);
		break;
	case E_NSID:	/* an opaque byte string, as the default */
	default:
		for (i = 0; i < data_len; i++)
			out_hex8(o, get_u8(c, s, cp + i));
		break;
	}
	return cp + data_len;
}

/* A question (tcpdump ns_qprint()). */
static size_t
ns_qprint(const struct dns *d, size_t cp)
{
	struct ctx *c = d->c;
	struct out *o = c->out;
	size_t np = cp;
	unsigned i, class;

	cp = ns_nskip(d, cp);
	if (cp == DNS_NONE || !span_has(d->s, cp, 4))
		return DNS_NONE;
	out_char(o, ' ');
	out_tok(o, ns_type2str, get_be16(c, d->s, cp), "Type");
	i = get_be16(c, d->s, cp + 2);
	class = d->mdns ? i & ~C_QU : i;
	if (class != C_IN) {
		out_char(o, ' ');
		out_tok(o, ns_class2str, class, "(Class ");
		if (tok_find(ns_class2str, class) == NULL)
			out_char(o, ')');
	}
	if (d->mdns)
		out_str(o, i & C_QU ? " (QU)" : " (QM)");
	out_str(o, "? ");
	cp = dns_name_print(c, d->s, np, 0);
	return cp != DNS_NONE ? cp + 4 : DNS_NONE;
}

/* The data of a resource record of type typ, len bytes at cp. */
static int
rdata_print(const struct dns *d, size_t cp, unsigned typ, unsigned len,
    unsigned class, unsigned opt_flags, size_t rp)
{
	struct ctx *c = d->c;
	struct out *o = c->out;
	struct span s = d->s;

	switch (typ) {
	case T_A:
		if (!span_has(s, cp, 4))
			return -1;
		out_char(o, ' ');
		out_ipv4(o, s.p + cp);
		break;
	case T_NS:
	case T_CNAME:
	case T_PTR:
	case T_DNAME:
		out_char(o, ' ');
		if (dns_name_print(c, s, cp, 0) == DNS_NONE)
			return -1;
		break;
	case T_SOA:
		if (!c->opt.vflag)
			break;
		out_char(o, ' ');
		if ((cp = dns_name_print(c, s, cp, 0)) == DNS_NONE)
			return -1;
		out_char(o, ' ');
		if ((cp = dns_name_print(c, s, cp, 0)) == DNS_NONE)
			return -1;
		if (!span_has(s, cp, 5 * 4))
			return -1;
		for (int k = 0; k < 5; k++) {
			out_char(o, ' ');
			out_u32(o, get_be32(c, s, cp + 4 * (size_t)k));
		}
		break;
	case T_MX:
		out_char(o, ' ');
		if (!span_has(s, cp, 2))
			return -1;
		if (dns_name_print(c, s, cp + 2, 0) == DNS_NONE)
			return -1;
		out_char(o, ' ');
		out_u32(o, get_be16(c, s, cp));
		break;
	case T_TXT:
		while (cp < rp) {
			out_str(o, " \"");
			if ((cp = ns_cprint(d, cp)) == DNS_NONE)
				return -1;
			out_char(o, '"');
		}
		break;
	case T_SRV:
		out_char(o, ' ');
		if (!span_has(s, cp, 6))
			return -1;
		if (dns_name_print(c, s, cp + 6, 0) == DNS_NONE)
			return -1;
		/* port, then priority and weight */
		out_char(o, ':');
		out_u32(o, get_be16(c, s, cp + 4));
		out_char(o, ' ');
		out_u32(o, get_be16(c, s, cp));
		out_char(o, ' ');
		out_u32(o, get_be16(c, s, cp + 2));
		break;
	case T_AAAA:
		if (!span_has(s, cp, 16))
			return -1;
		out_char(o, ' ');
		out_ipv6(o, s.p + cp);
		break;
	case T_A6: {
		/* a prefix length, the address bits after it, a prefix name */
		uint8_t a[16];
		unsigned pbit, pbyte;

		if (!span_has(s, cp, 1))
			return -1;
		pbit = s.p[cp];
		pbyte = (pbit & ~7u) / 8;
		if (pbit > 128) {
			out_char(o, ' ');
			out_u32(o, pbit);
			out_str(o, "(bad plen)");
			break;
		} else if (pbit < 128) {
			memset(a, 0, sizeof(a));
			memcpy(a + pbyte, get_bytes(c, s, cp + 1, 16 - pbyte),
			    16 - pbyte);
			out_char(o, ' ');
			out_u32(o, pbit);
			out_char(o, ' ');
			out_ipv6(o, a);
		}
		if (pbit > 0) {
			out_char(o, ' ');
			if (dns_name_print(c, s, cp + 1 + 16 - pbyte, 0) ==
			    DNS_NONE)
				return -1;
		}
		break;
	}
	case T_URI:
		if (!span_has(s, cp, len))
			return -1;
		out_char(o, ' ');
		out_u32(o, get_be16(c, s, cp));
		out_char(o, ' ');
		out_u32(o, get_be16(c, s, cp + 2));
		out_char(o, ' ');
		/* tcpdump's len - 4 wraps when len < 4: up to the capture end */
		if (printn(o, s, cp + 4, (uint32_t)len - 4))
			return -1;
		break;
	case T_OPT:
		out_str(o, " UDPsize=");
		out_u32(o, class);
		if (opt_flags & 0x8000)
			out_str(o, " DO");
		if (cp < rp) {
			out_str(o, " [");
			while (cp < rp) {
				if ((cp = eopt_print(d, cp)) == DNS_NONE)
					return -1;
				if (cp < rp)
					out_char(o, ',');
			}
			out_char(o, ']');
		}
		break;
	case T_TSIG:
		if (!c->opt.vflag)
			break;
		out_char(o, ' ');
		if ((cp = dns_name_print(c, s, cp, 0)) == DNS_NONE)
			return -1;
		cp += 6;	/* the time signed */
		if (!span_has(s, cp, 2))
			return -1;
		out_str(o, " fudge=");
		out_u32(o, get_be16(c, s, cp));
		cp += 2;
		if (!span_has(s, cp, 2))
			return -1;
		out_str(o, " maclen=");
		out_u32(o, get_be16(c, s, cp));
		cp += 2 + (size_t)get_be16(c, s, cp);
		if (!span_has(s, cp, 2))
			return -1;
		out_str(o, " origid=");
		out_u32(o, get_be16(c, s, cp));
		cp += 2;
		if (!span_has(s, cp, 2))
			return -1;
		out_str(o, " error=");
		out_u32(o, get_be16(c, s, cp));
		cp += 2;
		if (!span_has(s, cp, 2))
			return -1;
		out_str(o, " otherlen=");
		out_u32(o, get_be16(c, s, cp));
		break;
	}
	return 0;
}

/*
 * A resource record (tcpdump ns_rprint()): the offset after its data, or
 * DNS_NONE; a name that cannot be skipped, or a cut fixed part, gives the
 * end of the capture, which ends the section quietly, as in tcpdump.
 */
static size_t
ns_rprint(const struct dns *d, size_t cp)
{
	struct ctx *c = d->c;
	struct out *o = c->out;
	struct span s = d->s;
	unsigned i, typ, class, len, opt_flags = 0;
	size_t rp;

	if (c->opt.vflag) {
		out_char(o, ' ');
		if ((cp = dns_name_print(c, s, cp, 0)) == DNS_NONE)
			return DNS_NONE;
	} else
		cp = ns_nskip(d, cp);
	if (cp == DNS_NONE || !span_has(s, cp, 10))
		return d->have;

	typ = get_be16(c, s, cp);
	i = get_be16(c, s, cp + 2);
	cp += 4;
	class = d->mdns ? i & ~C_CACHE_FLUSH : i;
	/* an OPT record's class is its UDP payload size */
	if (class != C_IN && typ != T_OPT) {
		out_char(o, ' ');
		out_tok(o, ns_class2str, class, "(Class ");
		if (tok_find(ns_class2str, class) == NULL)
			out_char(o, ')');
	}
	if (d->mdns && (i & C_CACHE_FLUSH))
		out_str(o, " (Cache flush)");
	if (typ == T_OPT) {
		/* the TTL holds the extended rcode, version and flags */
		opt_flags = get_be16(c, s, cp + 2);
	} else if (c->opt.vflag > 2) {
		out_str(o, " [");
		relts_print(o, get_be32(c, s, cp));
		out_char(o, ']');
	}
	cp += 4;
	len = get_be16(c, s, cp);
	cp += 2;
	rp = cp + len;
	out_char(o, ' ');
	out_tok(o, ns_type2str, typ, "Type");
	if (rp > d->have)
		return DNS_NONE;
	if (rdata_print(d, cp, typ, len, class, opt_flags, rp) < 0)
		return DNS_NONE;
	return rp;
}

/*
 * The extended rcode: the upper eight bits sit in the TTL of the first
 * OPT record, which tcpdump looks for before printing (RFC 6891 6.1.3).
 */
static unsigned
ext_rcode(const struct dns *d, unsigned qd, unsigned an, unsigned ns,
    unsigned ar, unsigned rcode)
{
	struct span s = d->s;
	size_t cp = DNS_HDRLEN;
	unsigned i;

	for (i = 0; i < qd; i++) {
		if ((cp = ns_nskip(d, cp)) == DNS_NONE)
			return rcode;
		cp += 4;
		if (cp >= d->have)
			return rcode;
	}
	for (i = 0; i < an + ns; i++) {
		if ((cp = ns_nskip(d, cp)) == DNS_NONE)
			return rcode;
		cp += 8;
		if (cp + 2 > d->have)
			return rcode;
		cp += 2 + (size_t)get_be16(d->c, s, cp);
		if (cp >= d->have)
			return rcode;
	}
	for (i = 0; i < ar; i++) {
		unsigned type;

		if ((cp = ns_nskip(d, cp)) == DNS_NONE)
			return rcode;
		if (cp + 2 > d->have)
			return rcode;
		type = get_be16(d->c, s, cp);
		cp += 4;
		if (cp + 1 > d->have)
			return rcode;
		if (type == T_OPT)
			return rcode | (unsigned)get_u8(d->c, s, cp) << 4;
		cp += 4;
		if (cp + 2 > d->have)
			return rcode;
		cp += 2 + (size_t)get_be16(d->c, s, cp);
		if (cp >= d->have)
			return rcode;
	}
	return rcode;
}

/*
 * A section of n records after prefix (" ns:", " ar:" or nothing), each
 * after a comma; 0 when one was cut short.  The first is printed even at
 * the end of the capture, the others only before it, as in tcpdump.
 */
static int
section_print(const struct dns *d, size_t *cpp, unsigned n,
    const char *prefix, int first_anyway)
{
	size_t cp = *cpp;

	if (n != 0 && (first_anyway || cp < d->have)) {
		out_str(d->c->out, prefix);
		if ((cp = ns_rprint(d, cp)) == DNS_NONE)
			return 0;
		n--;
		while (cp < d->have && n != 0) {
			out_char(d->c->out, ',');
			if ((cp = ns_rprint(d, cp)) == DNS_NONE)
				return 0;
			n--;
		}
	}
	*cpp = cp;
	return n == 0;
}

static void
out_count(struct out *o, unsigned n, const char *suffix)
{
	out_str(o, " [");
	out_u32(o, n);
	out_str(o, suffix);
}

static void
domain_print(struct ctx *c, struct span s, unsigned length, int over_tcp,
    int is_mdns)
{
	struct out *o = c->out;
	struct dns d;
	unsigned flags, rcode, qd, an, ns, ar, i;
	size_t cp;

	c->proto = "domain";
	if (over_tcp) {
		/* RFC 1035 4.2.2: a length prefix, then the message */
		if (length < 2) {
			out_str(o, " [DNS over TCP: length ");
			out_u32(o, length);
			out_str(o, " < 2]");
			print_invalid(c);
			return;
		}
		length -= 2;
		if (get_be16(c, s, 0) != length) {
			out_str(o, " [prefix length(");
			out_u32(o, get_be16(c, s, 0));
			out_str(o, ") != length(");
			out_u32(o, length);
			out_str(o, ")]");
			print_invalid(c);
			return;
		}
		s = span_rest(s, 2);
		out_char(o, ' ');
	}
	if (length < DNS_HDRLEN) {
		out_str(o, "domain [length ");
		out_u32(o, length);
		out_str(o, " < 12]");
		print_invalid(c);
		return;
	}
	if (!span_has(s, 0, DNS_HDRLEN)) {
		print_trunc(c);
		return;
	}
	d.c = c;
	d.s = s;
	d.have = (size_t)(s.end - s.p);
	d.mdns = is_mdns;
	flags = get_be16(c, s, 2);
	qd = get_be16(c, s, 4);
	an = get_be16(c, s, 6);
	ns = get_be16(c, s, 8);
	ar = get_be16(c, s, 10);
	cp = DNS_HDRLEN;

	if (flags & 0x8000) {
		/* a response */
		rcode = ext_rcode(&d, qd, an, ns, ar, flags & 0x000f);
		out_u32(o, get_be16(c, s, 0));
		out_str(o, ns_ops[(flags >> 11) & 0xf]);
		if (rcode < 24)
			out_str(o, ns_resp[rcode]);
		else {
			out_str(o, " Resp");
			out_u32(o, rcode & 0xfff);
		}
		if (flags & 0x0400)
			out_char(o, '*');
		if (!(flags & 0x0080))
			out_char(o, '-');
		if (flags & 0x0200)
			out_char(o, '|');
		if (flags & 0x0020)
			out_char(o, '$');
		if (qd != 1)
			out_count(o, qd, "q]");
		/* questions are printed from -vv, but always counted */
		for (i = 0; i < qd; i++) {
			if (i != 0)
				out_char(o, ',');
			if (c->opt.vflag > 1) {
				out_str(o, " q:");
				if ((cp = ns_qprint(&d, cp)) == DNS_NONE)
					goto trunc;
			} else {
				if ((cp = ns_nskip(&d, cp)) == DNS_NONE)
					goto trunc;
				cp += 4;
			}
		}
		out_char(o, ' ');
		out_u32(o, an);
		out_char(o, '/');
		out_u32(o, ns);
		out_char(o, '/');
		out_u32(o, ar);
		if (!section_print(&d, &cp, an, "", 1))
			goto trunc;
		if (c->opt.vflag > 1) {
			if (!section_print(&d, &cp, ns, " ns:", 0) ||
			    !section_print(&d, &cp, ar, " ar:", 0))
				goto trunc;
		}
	} else {
		/* a query */
		out_u32(o, get_be16(c, s, 0));
		out_str(o, ns_ops[(flags >> 11) & 0xf]);
		if (flags & 0x0100)
			out_char(o, '+');
		if (flags & 0x0010)
			out_char(o, '%');
		/* bits a query should not have: AA TC RA Z AD and rcode */
		if (flags & 0x6cf) {
			out_str(o, " [b2&3=0x");
			out_hex(o, flags, 0);
			out_char(o, ']');
		}
		if (((flags >> 11) & 0xf) == IQUERY) {
			/* an inverse query asks with one answer */
			if (qd)
				out_count(o, qd, "q]");
			if (an != 1)
				out_count(o, an, "a]");
		} else {
			if (an)
				out_count(o, an, "a]");
			if (qd != 1)
				out_count(o, qd, "q]");
		}
		if (ns)
			out_count(o, ns, "n]");
		if (ar)
			out_count(o, ar, "au]");
		if (qd) {
			if ((cp = ns_qprint(&d, cp)) == DNS_NONE)
				goto trunc;
			qd--;
			while (cp < d.have && qd) {
				if ((cp = ns_qprint(&d, cp)) == DNS_NONE)
					goto trunc;
				qd--;
			}
		}
		if (qd)
			goto trunc;
		if (c->opt.vflag > 1) {
			if (!section_print(&d, &cp, an, "", 1) ||
			    !section_print(&d, &cp, ns, " ns:", 0) ||
			    !section_print(&d, &cp, ar, " ar:", 0))
				goto trunc;
		}
	}
	out_str(o, " (");
	out_u32(o, length);
	out_char(o, ')');
	return;
trunc:
	print_trunc(c);
}

/* DNS over UDP, port 53. */
void
dns_print(struct ctx *c, struct span s, unsigned length)
{
	domain_print(c, s, length, 0, 0);
}

/* Multicast DNS, port 5353. */
void
mdns_print(struct ctx *c, struct span s, unsigned length)
{
	domain_print(c, s, length, 0, 1);
}

/* DNS over TCP, port 53: each segment one length-prefixed message. */
void
dns_tcp_print(struct ctx *c, struct span s, unsigned length)
{
	domain_print(c, s, length, 1, 0);
}
