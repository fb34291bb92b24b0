/*
 * print-icmp6.c - ICMPv6 (RFC 4443): echo, the error messages, neighbour
 * discovery (RFC 4861) with its options, MLD v1/v2 (RFC 2710, RFC 3810),
 * router renumbering (RFC 2894), node information (RFC 4620), mobile IPv6
 * discovery (RFC 6275) and RPL control messages (RFC 6550).
 *
 * Follows tcpdump 4.99.3 print-icmp6.c icmp6_print() and its helpers.  As
 * there, the errors name only the quoted datagram's addresses (and, for an
 * unreachable port, its upper-layer port); the datagram itself is not
 * printed.
 */
#include "print.h"

#define ICMP6_HDRLEN	8

/* Message types (RFC 4443 2.1 and the documents above). */
#define ICMP6_DST_UNREACH		1
#define ICMP6_PACKET_TOO_BIG		2
#define ICMP6_TIME_EXCEEDED		3
#define ICMP6_PARAM_PROB		4
#define ICMP6_ECHO_REQUEST		128
#define ICMP6_ECHO_REPLY		129
#define MLD_LISTENER_QUERY		130
#define MLD_LISTENER_REPORT		131
#define MLD_LISTENER_DONE		132
#define ND_ROUTER_SOLICIT		133
#define ND_ROUTER_ADVERT		134
#define ND_NEIGHBOR_SOLICIT		135
#define ND_NEIGHBOR_ADVERT		136
#define ND_REDIRECT			137
#define ICMP6_ROUTER_RENUMBERING	138
#define ICMP6_NI_QUERY			139
#define ICMP6_NI_REPLY			140
#define IND_SOLICIT			141
#define IND_ADVERT			142
#define MLDV2_LISTENER_REPORT		143
#define ICMP6_HADISCOV_REQUEST		144
#define ICMP6_HADISCOV_REPLY		145
#define ICMP6_MOBILEPREFIX_SOLICIT	146
#define ICMP6_MOBILEPREFIX_ADVERT	147
#define ND_RPL_MESSAGE			155
#define MLD_MTRACE_RESP			200
#define MLD_MTRACE			201

#define MLD_MINLEN	24
#define MLDV2_MINLEN	28

/*
 * tcpdump's icmp6_type_values[]: 139 and 140 are named by their first
 * entry there, the KAME "who-are-you" names.
 */
static const struct tok icmp6_type_values[] = {
	{ ICMP6_DST_UNREACH, "destination unreachable" },
	{ ICMP6_PACKET_TOO_BIG, "packet too big" },
	{ ICMP6_TIME_EXCEEDED, "time exceeded in-transit" },
	{ ICMP6_PARAM_PROB, "parameter problem" },
	{ ICMP6_ECHO_REQUEST, "echo request" },
	{ ICMP6_ECHO_REPLY, "echo reply" },
	{ MLD_LISTENER_QUERY, "multicast listener query" },
	{ MLD_LISTENER_REPORT, "multicast listener report" },
	{ MLD_LISTENER_DONE, "multicast listener done" },
	{ ND_ROUTER_SOLICIT, "router solicitation" },
	{ ND_ROUTER_ADVERT, "router advertisement" },
	{ ND_NEIGHBOR_SOLICIT, "neighbor solicitation" },
	{ ND_NEIGHBOR_ADVERT, "neighbor advertisement" },
	{ ND_REDIRECT, "redirect" },
	{ ICMP6_ROUTER_RENUMBERING, "router renumbering" },
	{ IND_SOLICIT, "inverse neighbor solicitation" },
	{ IND_ADVERT, "inverse neighbor advertisement" },
	{ MLDV2_LISTENER_REPORT, "multicast listener report v2" },
	{ ICMP6_HADISCOV_REQUEST, "ha discovery request" },
	{ ICMP6_HADISCOV_REPLY, "ha discovery reply" },
	{ ICMP6_MOBILEPREFIX_SOLICIT, "mobile router solicitation" },
	{ ICMP6_MOBILEPREFIX_ADVERT, "mobile router advertisement" },
	{ ICMP6_NI_QUERY, "who-are-you request" },
	{ ICMP6_NI_REPLY, "who-are-you reply" },
	{ MLD_MTRACE, "mtrace message" },
	{ MLD_MTRACE_RESP, "mtrace response" },
	{ ND_RPL_MESSAGE, "RPL" },
	{ 0, NULL }
};

/* Destination unreachable codes (RFC 4443 3.1); the odd space is tcpdump's. */
static const struct tok icmp6_dst_unreach_code_values[] = {
	{ 0, "unreachable route" },
	{ 1, " unreachable prohibited" },
	{ 2, "beyond scope" },
	{ 3, "unreachable address" },
	{ 4, "unreachable port" },
	{ 0, NULL }
};

/* Parameter problem codes (RFC 4443 3.4, RFC 7112). */
static const struct tok icmp6_param_prob_values[] = {
	{ 0, ", erroneous - octet " },
	{ 1, ", next header - octet " },
	{ 2, ", option - octet " },
	{ 3, ", incomplete header chain - octet " },
	{ 0, NULL }
};

static const struct tok icmp6_opt_pi_flag_values[] = {
	{ 0x80, "onlink" },
	{ 0x40, "auto" },
	{ 0x20, "router" },
	{ 0, NULL }
};

/* RA flags (RFC 4861, RFC 6275, RFC 8781). */
static const struct tok icmp6_opt_ra_flag_values[] = {
	{ 0x80, "managed" },
	{ 0x40, "other stateful" },
	{ 0x20, "home agent" },
	{ 0x02, "ipv6 only" },
	{ 0, NULL }
};

static const struct tok icmp6_nd_na_flag_values[] = {
	{ 0x80000000, "router" },
	{ 0x40000000, "solicited" },
	{ 0x20000000, "override" },
	{ 0, NULL }
};

/* Neighbour discovery option types (RFC 4861 4.6, RFC 8106, RFC 4191). */
#define ND_OPT_SOURCE_LINKADDR		1
#define ND_OPT_TARGET_LINKADDR		2
#define ND_OPT_PREFIX_INFORMATION	3
#define ND_OPT_REDIRECTED_HEADER	4
#define ND_OPT_MTU			5
#define ND_OPT_ADVINTERVAL		7
#define ND_OPT_HOMEAGENT_INFO		8
#define ND_OPT_ROUTE_INFO		24
#define ND_OPT_RDNSS			25
#define ND_OPT_DNSSL			31

static const struct tok icmp6_opt_values[] = {
	{ ND_OPT_SOURCE_LINKADDR, "source link-address" },
	{ ND_OPT_TARGET_LINKADDR, "destination link-address" },
	{ ND_OPT_PREFIX_INFORMATION, "prefix info" },
	{ ND_OPT_REDIRECTED_HEADER, "redirected header" },
	{ ND_OPT_MTU, "mtu" },
	{ ND_OPT_RDNSS, "rdnss" },
	{ ND_OPT_DNSSL, "dnssl" },
	{ ND_OPT_ADVINTERVAL, "advertisement interval" },
	{ ND_OPT_HOMEAGENT_INFO, "homeagent information" },
	{ ND_OPT_ROUTE_INFO, "route info" },
	{ 0, NULL }
};

/* MLDv2 multicast address record types (RFC 3810 5.2.12). */
static const struct tok mldv2report2str[] = {
	{ 1, "is_in" },
	{ 2, "is_ex" },
	{ 3, "to_in" },
	{ 4, "to_ex" },
	{ 5, "allow" },
	{ 6, "block" },
	{ 0, NULL }
};

/* RPL (RFC 6550 6.3.1, 6.7). */
static const struct tok rpl_mop_values[] = {
	{ 0, "nonstoring" },
	{ 1, "storing" },
	{ 2, "nonstoring-multicast" },
	{ 3, "storing-multicast" },
	{ 0, NULL }
};

static const struct tok rpl_subopt_values[] = {
	{ 0, "pad1" },
	{ 1, "padN" },
	{ 2, "metrics" },
	{ 3, "routinginfo" },
	{ 4, "config" },
	{ 5, "rpltarget" },
	{ 6, "transitinfo" },
	{ 8, "destprefix" },
	{ 9, "rpltargetdesc" },
	{ 0, NULL }
};

/* The router preference of an RA or route information option (RFC 4191). */
static const char *
get_rtpref(unsigned v)
{
	static const char *const rtpref_str[] = {
		"medium", "high", "rsv", "low"
	};

	return rtpref_str[(v & 0x18) >> 3];
}

static void
out_lifetime(struct out *o, uint32_t v)
{
	if (v == 0xffffffffu)
		out_str(o, "infinity");
	else {
		out_u32(o, v);
		out_char(o, 's');
	}
}

static void
out_hex4(struct out *o, unsigned v)
{
	out_str(o, "0x");
	out_hex(o, v, 4);
}

/*
 * tcpdump's hex_print_with_offset() with a caller's indent: len bytes at
 * off, 16 a line; a byte not captured ends the packet.
 */
static void
hex_ident(struct ctx *c, struct span s, size_t off, size_t len,
    const char *ident)
{
	struct out *o = c->out;
	size_t i;

	for (i = 0; i + 1 < len; i += 2) {
		if (i % 16 == 0) {
			out_str(o, ident);
			out_str(o, "0x");
			out_hex(o, i, 4);
			out_str(o, ": ");
		}
		out_char(o, ' ');
		out_hex8(o, get_u8(c, s, off + i));
		out_hex8(o, get_u8(c, s, off + i + 1));
	}
	if (len & 1) {
		if (i % 16 == 0) {
			out_str(o, ident);
			out_str(o, "0x");
			out_hex(o, i, 4);
			out_str(o, ": ");
		}
		out_char(o, ' ');
		out_hex8(o, get_u8(c, s, off + i));
	}
}

/* tcpdump's print_unknown_data(): as much of len as was captured. */
static void
unknown_data(struct ctx *c, struct span s, size_t off, const char *ident,
    size_t len)
{
	size_t have = (size_t)(s.end - s.p);

	if (off > have) {
		out_str(c->out, ident);
		out_str(c->out, "Dissector error: print_unknown_data called "
		    "with pointer past end of packet");
		return;
	}
	if (have - off < len)
		len = have - off;
	hex_ident(c, s, off, len, ident);
}


/*
 * Neighbour discovery options from off, resid bytes of them (tcpdump
 * icmp6_opt_print()): -1 when one is cut short, for a " [|icmp6]".
 */
static int
icmp6_opt_print(struct ctx *c, struct span s, size_t start, int resid)
{
	struct out *o = c->out;
	size_t have = (size_t)(s.end - s.p), cp = start;

	while (cp < have) {
		unsigned type, olen;
		size_t bytes;

		if (!span_has(s, cp + 1, 1))
			return -1;
		if (resid <= 0)
			return 0;
		type = s.p[cp];
		olen = s.p[cp + 1];
		bytes = (size_t)olen << 3;
		if (olen == 0 || cp + bytes > have)
			return -1;

		out_str(o, "\n\t  ");
		out_str(o, tok_find(icmp6_opt_values, type) != NULL ?
		    tok_find(icmp6_opt_values, type) : "unknown");
		out_str(o, " option (");
		out_u32(o, type);
		out_str(o, "), length ");
		out_u32(o, (uint32_t)bytes);
		out_str(o, " (");
		out_u32(o, olen);
		out_str(o, "): ");

		switch (type) {
		case ND_OPT_SOURCE_LINKADDR:
		case ND_OPT_TARGET_LINKADDR:
			for (size_t k = 0; k < bytes - 2; k++) {
				if (k > 0)
					out_char(o, ':');
				out_hex8(o, get_u8(c, s, cp + 2 + k));
			}
			break;
		case ND_OPT_PREFIX_INFORMATION:
			/* one printf in tcpdump: every field read first */
			span_need(c, s, cp + 16, 16);
			ip6addr_print(c, s.p + cp + 16);
			out_char(o, '/');
			out_u32(o, get_u8(c, s, cp + 2));
			if (olen != 4)
				out_str(o, "badlen");
			out_str(o, ", Flags [");
			out_bittok(o, icmp6_opt_pi_flag_values, "none",
			    get_u8(c, s, cp + 3), ", ");
			out_str(o, "], valid time ");
			out_lifetime(o, get_be32(c, s, cp + 4));
			out_str(o, ", pref. time ");
			out_lifetime(o, get_be32(c, s, cp + 8));
			break;
		case ND_OPT_REDIRECTED_HEADER:
			/* tcpdump dumps from the first option on */
			unknown_data(c, s, start, "\n\t    ", bytes);
			break;
		case ND_OPT_MTU:
			out_char(o, ' ');
			out_u32(o, get_be32(c, s, cp + 4));
			if (olen != 1)
				out_str(o, "bad option length");
			break;
		case ND_OPT_RDNSS:
			out_str(o, " lifetime ");
			out_u32(o, get_be32(c, s, cp + 4));
			out_str(o, "s,");
			for (unsigned k = 0; k < (olen - 1) / 2; k++) {
				const uint8_t *a = get_bytes(c, s,
				    cp + 8 + 16 * k, 16);

				out_str(o, " addr: ");
				ip6addr_print(c, a);
			}
			break;
		case ND_OPT_DNSSL: {
			size_t domp = cp + 8;

			out_str(o, " lifetime ");
			out_u32(o, get_be32(c, s, cp + 4));
			out_str(o, "s, domain(s):");
			while (domp < cp + bytes && get_u8(c, s, domp) != 0) {
				size_t next;

				out_char(o, ' ');
				/* tcpdump's fqdn_print(), shared with DNS */
				next = dns_name_print(c, s, domp, start);
				if (next == (size_t)-1)
					return -1;
				domp = next;
			}
			break;
		}
		case ND_OPT_ADVINTERVAL:
			out_char(o, ' ');
			out_u32(o, get_be32(c, s, cp + 4));
			out_str(o, "ms");
			break;
		case ND_OPT_HOMEAGENT_INFO:
			out_str(o, " preference ");
			out_u32(o, get_be16(c, s, cp + 4));
			out_str(o, ", lifetime ");
			out_u32(o, get_be16(c, s, cp + 6));
			break;
		case ND_OPT_ROUTE_INFO: {
			uint8_t prefix[16] = { 0 };

			if (!span_has(s, cp + 4, 4))
				return -1;
			/* RFC 4191 2.3: 0, 8 or 16 bytes of prefix */
			if (olen > 3)
				return -1;
			for (unsigned k = 0; k < (olen - 1) * 8u; k++)
				prefix[k] = get_u8(c, s, cp + 8 + k);
			out_char(o, ' ');
			ip6addr_print(c, prefix);
			out_char(o, '/');
			out_u32(o, get_u8(c, s, cp + 2));
			out_str(o, ", pref=");
			out_str(o, get_rtpref(get_u8(c, s, cp + 3)));
			out_str(o, ", lifetime=");
			out_lifetime(o, get_be32(c, s, cp + 4));
			break;
		}
		default:
			if (c->opt.vflag <= 1) {
				unknown_data(c, s, cp + 2, "\n\t  ", bytes - 2);
				return 0;
			}
			break;
		}
		/* -vv adds the option's bytes */
		if (c->opt.vflag > 1)
			unknown_data(c, s, cp + 2, "\n\t    ", bytes - 2);
		cp += bytes;
		resid -= (int)bytes;
	}
	return 0;
}

/* MLDv1 (RFC 2710 3): nothing at all when the message is cut short. */
static void
mld6_print(struct ctx *c, struct span s)
{
	if (!span_has(s, 0, MLD_MINLEN))
		return;
	out_str(c->out, "max resp delay: ");
	out_u32(c->out, get_be16(c, s, 4));
	out_str(c->out, " addr: ");
	ip6addr_print(c, get_bytes(c, s, 8, 16));
}

/* An MLDv2 report (RFC 3810 5.2). */
static void
mldv2_report_print(struct ctx *c, struct span s, unsigned len)
{
	struct out *o = c->out;
	unsigned group, nsrcs, ngroups;
	const uint8_t *gaddr;

	if (len < 8) {
		out_str(o, " [invalid len ");
		out_u32(o, len);
		out_char(o, ']');
		return;
	}
	ngroups = get_be16(c, s, 6);
	out_str(o, ", ");
	out_u32(o, ngroups);
	out_str(o, " group record(s)");
	if (!c->opt.vflag)
		return;
	group = 8;
	for (unsigned i = 0; i < ngroups; i++) {
		/* type, aux length, source count, group address */
		if (len < group + 20) {
			out_str(o, " [invalid number of groups]");
			return;
		}
		gaddr = get_bytes(c, s, group + 4, 16);
		out_str(o, " [gaddr ");
		ip6addr_print(c, gaddr);
		out_char(o, ' ');
		out_tok(o, mldv2report2str, get_u8(c, s, group),
		    " [v2-report-#");
		if (tok_find(mldv2report2str, get_u8(c, s, group)) == NULL)
			out_char(o, ']');
		nsrcs = get_be16(c, s, group + 2);
		if ((uint64_t)len < group + 20 + (uint64_t)nsrcs * 16) {
			out_str(o, " [invalid number of sources ");
			out_u32(o, nsrcs);
			out_char(o, ']');
			return;
		}
		if (c->opt.vflag == 1) {
			out_str(o, ", ");
			out_u32(o, nsrcs);
			out_str(o, " source(s)");
		} else {
			out_str(o, " {");
			for (unsigned j = 0; j < nsrcs; j++) {
				const uint8_t *a = get_bytes(c, s,
				    group + 20 + 16 * j, 16);

				out_char(o, ' ');
				ip6addr_print(c, a);
			}
			out_str(o, " }");
		}
		group += 20 + nsrcs * 16;
		out_char(o, ']');
	}
}

/* An MLDv2 query (RFC 3810 5.1). */
static void
mldv2_query_print(struct ctx *c, struct span s, unsigned len)
{
	struct out *o = c->out;
	unsigned mrc, mrt, nsrcs;
	const uint8_t *gaddr;

	if (len < MLDV2_MINLEN) {
		out_str(o, " [invalid len ");
		out_u32(o, len);
		out_char(o, ']');
		return;
	}
	/* 5.1.3: a floating-point Maximum Response Code from 32768 on */
	mrc = get_be16(c, s, 4);
	if (mrc < 32768)
		mrt = mrc;
	else
		mrt = ((mrc & 0x0fff) | 0x1000) << (((mrc & 0x7000) >> 12) + 3);
	if (c->opt.vflag) {
		out_str(o, " [max resp delay=");
		out_u32(o, mrt);
		out_char(o, ']');
	}
	gaddr = get_bytes(c, s, 8, 16);
	out_str(o, " [gaddr ");
	ip6addr_print(c, gaddr);
	if (c->opt.vflag) {
		unsigned flags, qqic;

		if (get_u8(c, s, 24) & 0x08)
			out_str(o, " sflag");
		flags = get_u8(c, s, 24);
		if (flags & 0x07) {
			out_str(o, " robustness=");
			out_u32(o, flags & 0x07);
		}
		/* 5.1.9: QQIC is floating-point from 128 on */
		qqic = get_u8(c, s, 25);
		out_str(o, " qqi=");
		out_u32(o, qqic < 128 ? qqic :
		    ((qqic & 0x0f) | 0x10) << (((qqic & 0x70) >> 4) + 3));
	}
	nsrcs = get_be16(c, s, 26);
	if (nsrcs > 0) {
		if ((uint64_t)len < MLDV2_MINLEN + (uint64_t)nsrcs * 16)
			out_str(o, " [invalid number of sources]");
		else if (c->opt.vflag > 1) {
			out_str(o, " {");
			for (unsigned i = 0; i < nsrcs; i++) {
				const uint8_t *a = get_bytes(c, s,
				    28 + 16 * i, 16);

				out_char(o, ' ');
				ip6addr_print(c, a);
			}
			out_str(o, " }");
		} else {
			out_str(o, ", ");
			out_u32(o, nsrcs);
			out_str(o, " source(s)");
		}
	}
	out_char(o, ']');
}

/*
 * The upper-layer header inside a quoted datagram, past its extension
 * headers (tcpdump get_upperlayer()): its offset with *prot set, or 0
 * when there is none or it was not captured.
 */
static size_t
get_upperlayer(struct span s, size_t ip6, unsigned *prot)
{
	size_t have = (size_t)(s.end - s.p), off = ip6, hlen = 40;
	unsigned nh;

	if (!span_has(s, ip6 + 6, 1))
		return 0;
	nh = s.p[ip6 + 6];
	while (off < have) {
		off += hlen;
		switch (nh) {
		case 6:		/* TCP */
		case 17:	/* UDP */
			if (!span_has(s, off + 2, 2))
				return 0;
			*prot = nh;
			return off;
		case 0:		/* hop-by-hop options */
		case 60:	/* destination options */
		case 43:	/* routing */
			if (!span_has(s, off + 1, 1))
				return 0;
			nh = s.p[off];
			hlen = (s.p[off + 1] + 1u) << 3;
			break;
		case 44:	/* fragment: only a first one has the header */
			if (!span_has(s, off + 2, 2))
				return 0;
			if ((((unsigned)s.p[off + 2] << 8 | s.p[off + 3]) &
			    0xfff8) != 0)
				return 0;
			nh = s.p[off];
			hlen = 8;
			break;
		case 51:	/* AH (RFC 4302 2.2): length in 4-byte units */
			if (!span_has(s, off + 1, 1))
				return 0;
			nh = s.p[off];
			hlen = (s.p[off + 1] + 2u) << 2;
			break;
		default:
			*prot = nh;
			return 0;
		}
	}
	return 0;
}

/* A KAME-style name in a node information message (dnsname_print()). */
static void
dnsname_print(struct ctx *c, struct span s, size_t cp)
{
	struct out *o = c->out;
	size_t ep = (size_t)(s.end - s.p);

	out_str(o, ", \"");
	while (cp < ep) {
		size_t i = get_u8(c, s, cp++);

		if (i != 0) {
			if (i > ep - cp) {
				out_str(o, "???");
				break;
			}
			while (i-- > 0 && cp < ep)
				out_safe_char(o, get_u8(c, s, cp++));
			if (cp + 1 < ep && get_u8(c, s, cp) != 0)
				out_char(o, '.');
		} else {
			if (cp == ep)
				out_char(o, '.');	/* FQDN */
			else if (cp + 1 == ep && get_u8(c, s, cp) == 0)
				;			/* truncated */
			else
				out_str(o, "???");	/* invalid */
			break;
		}
	}
	out_char(o, '"');
}

/* The name of a node information message: Pascal string or DNS labels. */
static void
ni_name_print(struct ctx *c, struct span s, size_t cp)
{
	size_t ep = (size_t)(s.end - s.p);

	if (get_u8(c, s, cp) == ep - cp - 1) {
		/* icmp-name-lookup-03 */
		if (c->opt.vflag)
			out_str(c->out, ", 03 draft");
		cp++;
		out_str(c->out, ", \"");
		while (cp < ep)
			out_safe_char(c->out, get_u8(c, s, cp++));
		out_char(c->out, '"');
	} else
		dnsname_print(c, s, cp);
}

/* Node address flags (RFC 4620 6.3), letters in tcpdump's order. */
static void
ni_addr_flags(struct out *o, unsigned f, int truncate)
{
	out_str(o, " [");
	if (f & 0x0040)
		out_char(o, 'a');
	if (f & 0x0020)
		out_char(o, 'G');
	if (f & 0x0010)
		out_char(o, 'S');
	if (f & 0x0008)
		out_char(o, 'L');
	if (f & 0x0004)
		out_char(o, 'C');
	if (f & 0x0002)
		out_char(o, 'A');
	if (truncate && (f & 0x0001))
		out_char(o, 'T');
	out_char(o, ']');
}

#define NI_HDRLEN	16	/* ICMPv6 header and nonce */

/* Node information query and reply (tcpdump icmp6_nodeinfo_print()). */
static void
icmp6_nodeinfo_print(struct ctx *c, struct span s, unsigned icmp6len)
{
	struct out *o = c->out;
	size_t siz = (size_t)(s.end - s.p);
	unsigned qtype, flags, code;
	int needcomma = 0;

	if (get_u8(c, s, 0) == ICMP6_NI_QUERY) {
		if (siz == ICMP6_HDRLEN + 4) {
			/* KAME who-are-you */
			out_str(o, " who-are-you request");
			return;
		}
		out_str(o, " node information query");
		if (!span_has(s, 0, NI_HDRLEN)) {
			/* tcpdump's ND_TCHECK: " [|icmp6]", then the length */
			print_trunc(c);
			return;
		}
		out_str(o, " (");
		qtype = get_be16(c, s, 4);
		flags = get_be16(c, s, 6);
		switch (qtype) {
		case 0:
			out_str(o, "noop");
			break;
		case 1:
			out_str(o, "supported qtypes");
			if (flags)
				out_str(o, (flags & 1) ? " [C]" : " []");
			break;
		case 2:
			out_str(o, "DNS name");
			break;
		case 3:
			out_str(o, "node addresses");
			if (flags)
				ni_addr_flags(o, flags, 0);
			break;
		default:
			out_str(o, "unknown");
			break;
		}
		if (qtype == 0 || qtype == 1) {
			if (siz != NI_HDRLEN && c->opt.vflag)
				out_str(o, ", invalid len");
			out_char(o, ')');
			return;
		}
		if (siz == NI_HDRLEN) {
			/* icmp-name-lookup-03 */
			out_str(o, ", 03 draft)");
			return;
		}
		switch (get_u8(c, s, 1)) {
		case 0:		/* subject is an IPv6 address */
			if (!span_has(s, 0, NI_HDRLEN + 16))
				break;
			if (siz != NI_HDRLEN + 16) {
				if (c->opt.vflag)
					out_str(o, ", invalid subject len");
				break;
			}
			out_str(o, ", subject=");
			ip6addr_print(c, s.p + NI_HDRLEN);
			break;
		case 1:		/* subject is a DNS name */
			out_str(o, ", subject=DNS name");
			ni_name_print(c, s, NI_HDRLEN);
			break;
		case 2:		/* subject is an IPv4 address */
			if (!span_has(s, 0, NI_HDRLEN + 4))
				break;
			if (siz != NI_HDRLEN + 4) {
				if (c->opt.vflag)
					out_str(o, ", invalid subject len");
				break;
			}
			out_str(o, ", subject=");
			ipaddr_print(c, s.p + NI_HDRLEN);
			break;
		default:
			out_str(o, ", unknown subject");
			break;
		}
		out_char(o, ')');
		return;
	}

	/* ICMP6_NI_REPLY */
	if (icmp6len > siz) {
		print_trunc(c);
		return;
	}
	if (!span_has(s, 0, NI_HDRLEN)) {
			/* tcpdump's ND_TCHECK: " [|icmp6]", then the length */
			print_trunc(c);
			return;
		}
	out_str(o, " node information reply (");
	code = get_u8(c, s, 1);
	switch (code) {
	case 0:		/* success */
		if (c->opt.vflag) {
			out_str(o, "success");
			needcomma = 1;
		}
		break;
	case 1:		/* refused */
	case 2:		/* unknown qtype */
		out_str(o, code == 1 ? "refused" : "unknown");
		needcomma = 1;
		if (siz != NI_HDRLEN && c->opt.vflag)
			out_str(o, ", invalid length");
		break;
	}
	if (code != 0) {
		out_char(o, ')');
		return;
	}
	if (needcomma)
		out_str(o, ", ");
	qtype = get_be16(c, s, 4);
	flags = get_be16(c, s, 6);
	switch (qtype) {
	case 0:
		out_str(o, "noop");
		if (siz != NI_HDRLEN && c->opt.vflag)
			out_str(o, ", invalid length");
		break;
	case 1:
		out_str(o, "supported qtypes");
		if (flags)
			out_str(o, (flags & 1) ? " [C]" : " []");
		break;
	case 2:
		out_str(o, "DNS name");
		ni_name_print(c, s, NI_HDRLEN + 4);
		if (flags & 1) {
			out_str(o, " [TTL=");
			out_u32(o, get_be32(c, s, NI_HDRLEN));
			out_char(o, ']');
		}
		break;
	case 3:
		out_str(o, "node addresses");
		/* a TTL and an address each */
		for (size_t i = NI_HDRLEN; i + 20 <= siz; i += 20) {
			if (!span_has(s, i, 20)) {
			/* tcpdump's ND_TCHECK: " [|icmp6]", then the length */
			print_trunc(c);
			return;
		}
			out_char(o, ' ');
			ip6addr_print(c, s.p + i + 4);
			out_char(o, '(');
			out_u32(o, get_be32(c, s, i));
			out_char(o, ')');
		}
		if (flags)
			ni_addr_flags(o, flags, 1);
		break;
	default:
		out_str(o, "unknown");
		break;
	}
	out_char(o, ')');
}

/* Router renumbering (RFC 2894; tcpdump icmp6_rrenum_print()). */
static void
icmp6_rrenum_print(struct ctx *c, struct span s)
{
	struct out *o = c->out;
	unsigned code, flags, n;
	size_t cp = 16;		/* past the router renumbering header */

	span_need(c, s, 12, 4);
	code = get_u8(c, s, 1);
	switch (code) {
	case 0:
		out_str(o, ", command");
		break;
	case 1:
		out_str(o, ", result");
		break;
	case 255:
		out_str(o, ", sequence number reset");
		break;
	default:
		out_str(o, ", code-#");
		out_u32(o, code);
		break;
	}
	out_str(o, ", seq=");
	out_u32(o, get_be32(c, s, 4));

	if (c->opt.vflag) {
		uint32_t rsvd = get_be32(c, s, 12);

		flags = get_u8(c, s, 9);
		out_char(o, '[');
		if (flags) {
			/* test, result requested, all, site-specific, done */
			static const char letters[] = "TRASP";
			for (int k = 0; k < 5; k++)
				if (flags & (0x80 >> k))
					out_char(o, letters[k]);
			out_char(o, ',');
		}
		out_str(o, "seg=");
		out_u32(o, get_u8(c, s, 8));
		out_str(o, ",maxdelay=");
		out_u32(o, get_be16(c, s, 10));
		if (rsvd) {
			out_str(o, "rsvd=0x");
			out_hex(o, rsvd, 0);
		}
		out_char(o, ']');
	}

	if (code != 0)
		return;

	/* the match-prefix part (RFC 2894 3.1) */
	span_need(c, s, cp + 8, 16);
	out_str(o, c->opt.vflag > 1 ? "\n\t" : " ");
	out_str(o, "match(");
	switch (get_u8(c, s, cp)) {
	case 1:
		out_str(o, "add");
		break;
	case 2:
		out_str(o, "change");
		break;
	case 3:
		out_str(o, "setglobal");
		break;
	default:
		out_char(o, '#');
		out_u32(o, get_u8(c, s, cp));
		break;
	}
	if (c->opt.vflag) {
		out_str(o, ",ord=");
		out_u32(o, get_u8(c, s, cp + 2));
		out_str(o, ",min=");
		out_u32(o, get_u8(c, s, cp + 4));
		out_str(o, ",max=");
		out_u32(o, get_u8(c, s, cp + 5));
	}
	/* tcpdump formats the prefixes here with addrtostr6(): no names */
	out_char(o, ',');
	out_ipv6(o, s.p + cp + 8);
	out_char(o, '/');
	out_u32(o, get_u8(c, s, cp + 3));
	out_char(o, ')');

	n = get_u8(c, s, cp + 1) - 3u;
	if (n % 4) {
		print_trunc(c);
		return;
	}
	cp += 24;
	/* the use-prefix parts (RFC 2894 3.2), 32 bytes each */
	for (n /= 4; n > 0; n--, cp += 32) {
		uint32_t t;

		span_need(c, s, cp + 16, 16);
		out_str(o, c->opt.vflag > 1 ? "\n\t" : " ");
		out_str(o, "use(");
		flags = get_u8(c, s, cp + 12);
		if (flags) {
			if (flags & 0x80)
				out_char(o, 'V');
			if (flags & 0x40)
				out_char(o, 'P');
			out_char(o, ',');
		}
		if (c->opt.vflag) {
			out_str(o, "mask=0x");
			out_hex(o, get_u8(c, s, cp + 2), 0);
			out_str(o, ",raflags=0x");
			out_hex(o, get_u8(c, s, cp + 3), 0);
			t = get_be32(c, s, cp + 4);
			out_str(o, ",vltime=");
			if (t == 0xffffffffu)
				out_str(o, "infty");
			else
				out_u32(o, t);
			t = get_be32(c, s, cp + 8);
			out_str(o, ",pltime=");
			if (t == 0xffffffffu)
				out_str(o, "infty");
			else
				out_u32(o, t);
			out_char(o, ',');
		}
		out_ipv6(o, s.p + cp + 16);
		out_char(o, '/');
		out_u32(o, get_u8(c, s, cp));
		out_char(o, '/');
		out_u32(o, get_u8(c, s, cp + 1));
		out_char(o, ')');
	}
}

/* RPL options (tcpdump rpl_printopts()): 0, or -1 when cut short. */
static int
rpl_printopts(struct ctx *c, struct span s, size_t off, unsigned length)
{
	struct out *o = c->out;

	while (length != 0) {
		unsigned type = get_u8(c, s, off), optlen;

		if (type == 0) {
			optlen = 1;
			out_str(o, " opt:pad1");
		} else {
			if (length < 2)
				return -1;
			optlen = get_u8(c, s, off + 1) + 2u;
			out_str(o, " opt:");
			out_tok(o, rpl_subopt_values, type, "subopt:");
			out_str(o, " len:");
			out_u32(o, optlen);
			out_char(o, ' ');
			if (!span_has(s, off, optlen) || length < optlen)
				return -1;
			if (c->opt.vflag > 2)
				hex_ident(c, s, off + 2, optlen - 2, " ");
		}
		off += optlen;
		length -= optlen;
	}
	return 0;
}

#define RPL_DIO_LEN	24

/* A DODAG Information Object (RFC 6550 6.3.1). */
static void
rpl_dio_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	unsigned mopprf;

	if (length < RPL_DIO_LEN) {
		out_str(o, " [length ");
		out_u32(o, length);
		out_str(o, " < 24]");
		print_invalid(c);
		return;
	}
	/* one printf in tcpdump: every field read first */
	span_need(c, s, 0, RPL_DIO_LEN);
	mopprf = get_u8(c, s, 4);
	out_str(o, " [dagid:");
	ip6addr_print(c, s.p + 8);
	out_str(o, ",seq:");
	out_u32(o, get_u8(c, s, 5));
	out_str(o, ",instance:");
	out_u32(o, get_u8(c, s, 0));
	out_str(o, ",rank:");
	out_u32(o, get_be16(c, s, 2));
	out_char(o, ',');
	if (mopprf & 0x80)
		out_str(o, "grounded,");
	out_str(o, "mop:");
	out_tok(o, rpl_mop_values, (mopprf >> 3) & 7, "mop");
	out_str(o, ",prf:");
	out_u32(o, mopprf & 7);
	out_char(o, ']');
	if (c->opt.vflag > 1 &&
	    rpl_printopts(c, s, RPL_DIO_LEN, length - RPL_DIO_LEN) < 0)
		print_trunc(c);
}

/*
 * A Destination Advertisement Object or its acknowledgement (RFC 6550
 * 6.4.1, 6.5.1): the DODAGID is there only with the D flag.
 */
static void
rpl_dao_print(struct ctx *c, struct span s, unsigned length, int ack)
{
	struct out *o = c->out;
	unsigned flags, dflag;
	size_t off = 4;
	int have_dagid;

	if (!span_has(s, 0, ack ? 4 : 20)) {
		print_trunc(c);
		return;
	}
	if (length < 4) {
		out_str(o, ack ? " [|dao-length too short]" :
		    " [|length too short]");
		return;
	}
	length -= 4;
	flags = get_u8(c, s, 1);
	dflag = ack ? 0x80 : 0x40;
	have_dagid = (flags & dflag) != 0;
	if (have_dagid) {
		if (!span_has(s, 4, 16)) {
			print_trunc(c);
			return;
		}
		if (length < 16) {
			out_str(o, ack ? " [|dao-length too short]" :
			    " [|length too short]");
			return;
		}
		off += 16;
		length -= 16;
	}
	out_str(o, " [dagid:");
	if (have_dagid)
		ip6addr_print(c, s.p + 4);
	else
		out_str(o, "<elided>");
	out_str(o, ",seq:");
	out_u32(o, get_u8(c, s, ack ? 2 : 3));
	out_str(o, ",instance:");
	out_u32(o, get_u8(c, s, 0));
	if (ack) {
		out_str(o, ",status:");
		out_u32(o, get_u8(c, s, 3));
	} else {
		if (flags & 0x80)
			out_str(o, ",acK");
		if (have_dagid)
			out_str(o, ",Dagid");
		out_char(o, ',');
		out_hex8(o, (uint8_t)flags);
	}
	out_char(o, ']');
	if (c->opt.vflag > 1 && rpl_printopts(c, s, off, length) < 0)
		print_trunc(c);
}

/* RPL control messages (RFC 6550 6); s starts at the message base. */
static void
rpl_print(struct ctx *c, unsigned code, struct span s, unsigned length)
{
	struct out *o = c->out;

	if (code & 0x80) {
		/* secured messages are not decoded */
		out_str(o, ", (SEC) [worktodo]");
		return;
	}
	out_str(o, ", (CLR)");
	switch (code) {
	case 0:
		out_str(o, "DODAG Information Solicitation");
		break;
	case 1:
		out_str(o, "DODAG Information Object");
		if (c->opt.vflag)
			rpl_dio_print(c, s, length);
		break;
	case 2:
		out_str(o, "Destination Advertisement Object");
		if (c->opt.vflag)
			rpl_dao_print(c, s, length, 0);
		break;
	case 3:
		out_str(o, "Destination Advertisement Object Ack");
		if (c->opt.vflag)
			rpl_dao_print(c, s, length, 1);
		break;
	default:
		out_str(o, "RPL message, unknown code ");
		out_u32(o, code);
		break;
	}
}

/* The quoted datagram's destination (24) or source (8) address. */
static const uint8_t *
oip_addr(struct ctx *c, struct span s, unsigned off)
{
	return get_bytes(c, s, ICMP6_HDRLEN + off, 16);
}

void
icmp6_print(struct ctx *c, struct span s, unsigned length,
    const struct ipinfo *ip)
{
	struct out *o = c->out;
	unsigned type, code;
	const char *name;

	c->proto = "icmp6";
	if (length == 0) {
		out_str(o, "ICMP6, length 0");
		print_invalid(c);
		return;
	}

	/* the sum covers the whole message, so it needs all of it */
	if (c->opt.vflag && !ip->fragmented && span_has(s, 0, length)) {
		uint16_t sum = nextproto6_cksum(ip, s.p, length, length, 58);
		uint16_t icmp_sum = get_be16(c, s, 2);

		if (sum != 0) {
			out_str(o, "[bad icmp6 cksum ");
			out_hex4(o, icmp_sum);
			out_str(o, " -> ");
			out_hex4(o, in_cksum_shouldbe(icmp_sum, sum));
			out_str(o, "!] ");
		} else
			out_str(o, "[icmp6 sum ok] ");
	}

	type = get_u8(c, s, 0);
	out_str(o, "ICMP6, ");
	name = tok_find(icmp6_type_values, type);
	if (name != NULL)
		out_str(o, name);
	else {
		out_str(o, "unknown icmp6 type (");
		out_u32(o, type);
		out_char(o, ')');
	}

	/* the -v printers give the length here, before their details */
	if (c->opt.vflag && (type == ND_ROUTER_SOLICIT ||
	    type == ND_ROUTER_ADVERT || type == ND_NEIGHBOR_ADVERT ||
	    type == ND_NEIGHBOR_SOLICIT || type == ND_REDIRECT ||
	    type == ICMP6_HADISCOV_REPLY ||
	    type == ICMP6_MOBILEPREFIX_ADVERT)) {
		out_str(o, ", length ");
		out_u32(o, length);
	}

	code = get_u8(c, s, 1);
	switch (type) {
	case ICMP6_DST_UNREACH:
		out_str(o, ", ");
		out_tok(o, icmp6_dst_unreach_code_values, code,
		    "unknown unreach code (");
		if (tok_find(icmp6_dst_unreach_code_values, code) == NULL)
			out_char(o, ')');
		switch (code) {
		case 0:		/* no route */
		case 1:		/* administratively prohibited */
		case 3: {	/* address unreachable */
			const uint8_t *dst = oip_addr(c, s, 24);

			out_char(o, ' ');
			ip6addr_print(c, dst);
			break;
		}
		case 2: {	/* beyond scope of source address */
			const uint8_t *dst = oip_addr(c, s, 24);
			const uint8_t *src = oip_addr(c, s, 8);

			out_char(o, ' ');
			ip6addr_print(c, dst);
			out_str(o, ", source address ");
			ip6addr_print(c, src);
			break;
		}
		case 4: {	/* port unreachable */
			unsigned prot = 0;
			size_t ul = get_upperlayer(s, ICMP6_HDRLEN, &prot);

			const uint8_t *dst;
			unsigned dport;

			if (ul == 0) {
				print_trunc(c);
				return;
			}
			dport = get_be16(c, s, ul + 2);
			dst = oip_addr(c, s, 24);
			out_str(o, ", ");
			ip6addr_print(c, dst);
			out_str(o, prot == 6 ? " tcp port " : " udp port ");
			out_u32(o, dport);
			break;
		}
		default:
			if (c->opt.vflag <= 1) {
				unknown_data(c, s, 0, "\n\t", length);
				return;
			}
			break;
		}
		break;
	case ICMP6_PACKET_TOO_BIG: {
		uint32_t mtu = get_be32(c, s, 4);

		out_str(o, ", mtu ");
		out_u32(o, mtu);
		break;
	}
	case ICMP6_TIME_EXCEEDED:
		switch (code) {
		case 0: {	/* hop limit exceeded in transit */
			const uint8_t *dst = oip_addr(c, s, 24);

			out_str(o, " for ");
			ip6addr_print(c, dst);
			break;
		}
		case 1:
			out_str(o, " (reassembly)");
			break;
		default:
			out_str(o, ", unknown code (");
			out_u32(o, code);
			out_char(o, ')');
			break;
		}
		break;
	case ICMP6_PARAM_PROB:
		if (!span_has(s, ICMP6_HDRLEN + 24, 16)) {
			print_trunc(c);
			return;
		}
		if (tok_find(icmp6_param_prob_values, code) != NULL) {
			out_str(o, tok_find(icmp6_param_prob_values, code));
			out_u32(o, get_be32(c, s, 4));
		} else {
			out_str(o, ", code-#");
			out_u32(o, code);
		}
		break;
	case ICMP6_ECHO_REQUEST:
	case ICMP6_ECHO_REPLY:
		span_need(c, s, 4, 4);
		out_str(o, ", id ");
		out_u32(o, get_be16(c, s, 4));
		out_str(o, ", seq ");
		out_u32(o, get_be16(c, s, 6));
		break;
	case MLD_LISTENER_QUERY:
		/* the length tells MLDv1 (RFC 2710) from MLDv2 */
		if (length == MLD_MINLEN)
			mld6_print(c, s);
		else if (length >= MLDV2_MINLEN) {
			out_str(o, " v2");
			mldv2_query_print(c, s, length);
		} else {
			out_str(o, " unknown-version (len ");
			out_u32(o, length);
			out_str(o, ") ");
		}
		break;
	case MLD_LISTENER_REPORT:
	case MLD_LISTENER_DONE:
		mld6_print(c, s);
		break;
	case ND_ROUTER_SOLICIT:
		if (c->opt.vflag &&
		    icmp6_opt_print(c, s, 8, (int)(length - 8)) < 0)
			goto trunc;
		break;
	case ND_ROUTER_ADVERT:
		if (c->opt.vflag) {
			unsigned flags;

			/* one printf in tcpdump: every field read first */
			span_need(c, s, 4, 12);
			flags = get_u8(c, s, 5);
			out_str(o, "\n\thop limit ");
			out_u32(o, get_u8(c, s, 4));
			out_str(o, ", Flags [");
			out_bittok(o, icmp6_opt_ra_flag_values, "none", flags,
			    ", ");
			out_str(o, "], pref ");
			out_str(o, get_rtpref(flags));
			out_str(o, ", router lifetime ");
			out_u32(o, get_be16(c, s, 6));
			out_str(o, "s, reachable time ");
			out_u32(o, get_be32(c, s, 8));
			out_str(o, "ms, retrans timer ");
			out_u32(o, get_be32(c, s, 12));
			out_str(o, "ms");
			if (icmp6_opt_print(c, s, 16, (int)(length - 16)) < 0)
				goto trunc;
		}
		break;
	case ND_NEIGHBOR_SOLICIT:
		span_need(c, s, 8, 16);
		out_str(o, ", who has ");
		ip6addr_print(c, s.p + 8);
		if (c->opt.vflag &&
		    icmp6_opt_print(c, s, 24, (int)(length - 24)) < 0)
			goto trunc;
		break;
	case ND_NEIGHBOR_ADVERT:
		span_need(c, s, 8, 16);
		out_str(o, ", tgt is ");
		ip6addr_print(c, s.p + 8);
		if (c->opt.vflag) {
			uint32_t flags = get_be32(c, s, 4);

			out_str(o, ", Flags [");
			out_bittok(o, icmp6_nd_na_flag_values, "none", flags,
			    ", ");
			out_char(o, ']');
			if (icmp6_opt_print(c, s, 24, (int)(length - 24)) < 0)
				goto trunc;
		}
		break;
	case ND_REDIRECT:
		span_need(c, s, 24, 16);
		out_str(o, ", ");
		ip6addr_print(c, s.p + 24);
		span_need(c, s, 8, 16);
		out_str(o, " to ");
		ip6addr_print(c, s.p + 8);
		if (c->opt.vflag &&
		    icmp6_opt_print(c, s, 40, (int)(length - 40)) < 0)
			goto trunc;
		break;
	case ICMP6_ROUTER_RENUMBERING:
		icmp6_rrenum_print(c, s);
		break;
	case ICMP6_NI_QUERY:
	case ICMP6_NI_REPLY:
		icmp6_nodeinfo_print(c, s, length);
		break;
	case IND_SOLICIT:
	case IND_ADVERT:
		break;
	case MLDV2_LISTENER_REPORT:
		mldv2_report_print(c, s, length);
		break;
	case ICMP6_MOBILEPREFIX_SOLICIT:
	case ICMP6_HADISCOV_REQUEST: {
		unsigned id = get_be16(c, s, 4);

		out_str(o, ", id ");
		out_hex4(o, id);
		break;
	}
	case ICMP6_HADISCOV_REPLY:
		if (c->opt.vflag) {
			unsigned id = get_be16(c, s, 4);

			out_str(o, ", id ");
			out_hex4(o, id);
			/* the home agents, to the ICMPv6 length */
			for (size_t p = ICMP6_HDRLEN; p < length; p += 16) {
				const uint8_t *a = get_bytes(c, s, p, 16);

				out_str(o, ", ");
				ip6addr_print(c, a);
			}
		}
		break;
	case ICMP6_MOBILEPREFIX_ADVERT:
		if (c->opt.vflag) {
			unsigned flags, id = get_be16(c, s, 4);

			out_str(o, ", id ");
			out_hex4(o, id);
			flags = get_be16(c, s, 6);
			if (flags & 0xc000)
				out_char(o, ' ');
			if (flags & 0x8000)	/* managed address config */
				out_char(o, 'M');
			if (flags & 0x4000)	/* other stateful config */
				out_char(o, 'O');
			if (icmp6_opt_print(c, s, 8, (int)(length - 8)) < 0)
				goto trunc;
		}
		break;
	case ND_RPL_MESSAGE:
		/* the RPL base follows the type, code and checksum */
		rpl_print(c, code, span_rest(s, 4), length - 4);
		break;
	default:
		out_str(o, ", length ");
		out_u32(o, length);
		if (c->opt.vflag <= 1)
			unknown_data(c, s, 0, "\n\t", length);
		return;
	}
	if (!c->opt.vflag) {
		out_str(o, ", length ");
		out_u32(o, length);
	}
	return;
trunc:
	print_trunc(c);
}
