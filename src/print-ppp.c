/*
 * print-ppp.c - the Point-to-Point Protocol (RFC 1661) as tcpdump 4.99
 * print-ppp.c prints it: the PPP header (address, control, protocol with
 * or without field compression), the control protocols' packets (LCP
 * RFC 1661, IPCP RFC 1332/1877, IP6CP RFC 5072, CCP RFC 1962 with its
 * BSD-Compress RFC 1977, MVRCA RFC 1975 and Deflate RFC 1979 options,
 * BACP RFC 2125), LCP Identification/Time-Remaining (RFC 1570),
 * multilink (RFC 1990), PAP (RFC 1334), CHAP (RFC 1994), and
 * HDLC-like framing with octet escapes (RFC 1662).  Link types: DLT_PPP,
 * DLT_PPP_SERIAL and DLT_PPP_BSDOS.
 */
#include "print.h"

#define PPP_HDRLEN	4
#define PPP_ADDRESS	0xff
#define PPP_CONTROL	0x03

#define PPP_IP		0x0021
#define PPP_OSI		0x0023
#define PPP_IPX		0x002b
#define PPP_VJC		0x002d
#define PPP_VJNC	0x002f
#define PPP_ML		0x003d
#define PPP_IPV6	0x0057
#define PPP_COMP	0x00fd
#define PPP_MPLS_UCAST	0x0281
#define PPP_MPLS_MCAST	0x0283
#define PPP_IPCP	0x8021
#define PPP_OSICP	0x8023
#define PPP_IPV6CP	0x8057
#define PPP_CCP		0x80fd
#define PPP_MPLSCP	0x8281
#define PPP_LCP		0xc021
#define PPP_PAP		0xc023
#define PPP_LQM		0xc025
#define PPP_SPAP	0xc027
#define PPP_BACP	0xc02b
#define PPP_BAP		0xc02d
#define PPP_SPAP_OLD	0xc123
#define PPP_CHAP	0xc223
#define PPP_EAP		0xc227

#define ETHERTYPE_IP	0x0800
#define ETHERTYPE_IPV6	0x86dd
#define ETHERTYPE_IPX	0x8137
#define ETHERTYPE_MPLS	0x8847

#define CHDLC_UNICAST	0x0f
#define CHDLC_BCAST	0x8f

/* tcpdump's ppptype2str[], the protocol names (IANA ppp-numbers). */
static const struct tok ppptype2str[] = {
	{ PPP_IP, "IP" },
	{ PPP_OSI, "OSI" },
	{ 0x0025, "NS" },
	{ 0x0027, "DECNET" },
	{ 0x0029, "APPLE" },
	{ PPP_IPX, "IPX" },
	{ PPP_VJC, "VJC IP" },
	{ PPP_VJNC, "VJNC IP" },
	{ 0x0031, "BRPDU" },
	{ 0x0033, "STII" },
	{ 0x0035, "VINES" },
	{ PPP_MPLS_UCAST, "MPLS" },
	{ PPP_MPLS_MCAST, "MPLS" },
	{ PPP_COMP, "Compressed" },
	{ PPP_ML, "MLPPP" },
	{ PPP_IPV6, "IP6" },
	{ 0x0201, "HELLO" },
	{ 0x0231, "LUXCOM" },
	{ 0x0233, "SNS" },
	{ PPP_IPCP, "IPCP" },
	{ PPP_OSICP, "OSICP" },
	{ 0x8025, "NSCP" },
	{ 0x8027, "DECNETCP" },
	{ 0x8029, "APPLECP" },
	{ 0x802b, "IPXCP" },
	{ 0x8033, "STIICP" },
	{ 0x8035, "VINESCP" },
	{ PPP_IPV6CP, "IP6CP" },
	{ PPP_MPLSCP, "MPLSCP" },
	{ PPP_LCP, "LCP" },
	{ PPP_PAP, "PAP" },
	{ PPP_LQM, "LQM" },
	{ PPP_CHAP, "CHAP" },
	{ PPP_EAP, "EAP" },
	{ PPP_SPAP, "SPAP" },
	{ PPP_SPAP_OLD, "Old-SPAP" },
	{ PPP_BACP, "BACP" },
	{ PPP_BAP, "BAP" },
	{ 0xc03d, "MLPPP-CP" },
	{ PPP_CCP, "CCP" },
	{ 0, NULL }
};

/* Control protocol codes (RFC 1661 5, RFC 1570, RFC 1962, RFC 2153). */
enum {
	CP_VEXT, CP_CONF_REQ, CP_CONF_ACK, CP_CONF_NAK, CP_CONF_REJ,
	CP_TERM_REQ, CP_TERM_ACK, CP_CODE_REJ, CP_PROT_REJ, CP_ECHO_REQ,
	CP_ECHO_RPL, CP_DISC_REQ, CP_ID, CP_TIME_REM
};

static const struct tok cpcodes[] = {
	{ 0, "Vendor-Extension" },
	{ 1, "Conf-Request" },
	{ 2, "Conf-Ack" },
	{ 3, "Conf-Nack" },
	{ 4, "Conf-Reject" },
	{ 5, "Term-Request" },
	{ 6, "Term-Ack" },
	{ 7, "Code-Reject" },
	{ 8, "Prot-Reject" },
	{ 9, "Echo-Request" },
	{ 10, "Echo-Reply" },
	{ 11, "Disc-Req" },
	{ 12, "Ident" },
	{ 13, "Time-Rem" },
	{ 14, "Reset-Req" },
	{ 15, "Reset-Ack" },
	{ 0, NULL }
};

/* LCP options, indexed by type: tcpdump's lcpconfopts[]. */
static const char *const lcpconfopts[] = {
	"Vend-Ext", "MRU", "ACCM", "Auth-Prot", "Qual-Prot", "Magic-Num",
	"deprecated(6)", "PFC", "ACFC", "FCS-Alt", "SDP", "Num-Mode",
	"deprecated(12)", "Call-Back", "deprecated(14)", "deprecated(15)",
	"deprecated(16)", "MRRU", "12-Bit seq #", "End-Disc", "Proprietary",
	"DCE-Id", "MP+", "Link-Disc", "LCP-Auth-Opt", "COBS",
	"Prefix-elision", "Multilink-header-Form", "I18N",
	"SDL-over-SONET/SDH", "PPP-Muxing",
};
#define NUM_LCPOPTS	(sizeof(lcpconfopts) / sizeof(lcpconfopts[0]))

enum {
	LCPOPT_VEXT = 0, LCPOPT_MRU = 1, LCPOPT_ACCM = 2, LCPOPT_AP = 3,
	LCPOPT_QP = 4, LCPOPT_MN = 5, LCPOPT_PFC = 7, LCPOPT_ACFC = 8,
	LCPOPT_CBACK = 13, LCPOPT_MLMRRU = 17, LCPOPT_MLED = 19,
	LCPOPT_LD = 23
};

static const struct tok ccpconfopts_values[] = {
	{ 0, "OUI" },
	{ 1, "Pred-1" },
	{ 2, "Pred-2" },
	{ 3, "Puddle" },
	{ 16, "HP-PPC" },
	{ 17, "Stac-LZS" },
	{ 18, "MPPC" },
	{ 19, "Gand-FZA" },
	{ 20, "V.42bis" },
	{ 21, "BSD-Comp" },
	{ 23, "LZS-DCP" },
	{ 24, "MVRCA" },
	{ 25, "DEC" },
	{ 26, "Deflate" },
	{ 255, "Reserved" },
	{ 0, NULL }
};
#define CCPOPT_BSDCOMP	21
#define CCPOPT_MVRCA	24
#define CCPOPT_DEFLATE	26

static const struct tok bacconfopts_values[] = {
	{ 1, "Favored-Peer" },
	{ 0, NULL }
};

#define IPCPOPT_2ADDR		1
#define IPCPOPT_IPCOMP		2
#define IPCPOPT_IPCOMP_HDRCOMP	0x61	/* RFC 3544 */
#define IPCPOPT_IPCOMP_MINLEN	14

static const struct tok ipcpopt_values[] = {
	{ 1, "IP-Addrs" },
	{ 2, "IP-Comp" },
	{ 3, "IP-Addr" },
	{ 4, "Home-Addr" },
	{ 129, "Pri-DNS" },
	{ 130, "Pri-NBNS" },
	{ 131, "Sec-DNS" },
	{ 132, "Sec-NBNS" },
	{ 0, NULL }
};

static const struct tok ipcpopt_compproto_values[] = {
	{ PPP_VJC, "VJ-Comp" },
	{ IPCPOPT_IPCOMP_HDRCOMP, "IP Header Compression" },
	{ 0, NULL }
};

static const struct tok ipcpopt_compproto_subopt_values[] = {
	{ 1, "RTP-Compression" },
	{ 2, "Enhanced RTP-Compression" },
	{ 0, NULL }
};

static const struct tok ip6cpopt_values[] = {
	{ 1, "Interface-ID" },
	{ 0, NULL }
};

static const struct tok authalg_values[] = {
	{ 5, "MD5" },
	{ 128, "MS-CHAPv1" },
	{ 129, "MS-CHAPv2" },
	{ 0, NULL }
};

static const struct tok ppp_callback_values[] = {
	{ 0, "UserAuth" },
	{ 1, "DialString" },
	{ 2, "LocalID" },
	{ 3, "E.164" },
	{ 4, "X.500" },
	{ 6, "CBCP" },
	{ 0, NULL }
};

/* Multilink endpoint discriminator classes (RFC 1990 5.1.3). */
static const struct tok medclass_values[] = {
	{ 0, "Null" },
	{ 1, "Local" },
	{ 4, "Magic-Num-Block" },
	{ 5, "PSNDN" },
	{ 0, NULL }
};

static const struct tok chapcode_values[] = {
	{ 1, "Challenge" },
	{ 2, "Response" },
	{ 3, "Success" },
	{ 4, "Fail" },
	{ 0, NULL }
};

static const struct tok papcode_values[] = {
	{ 1, "Auth-Req" },
	{ 2, "Auth-ACK" },
	{ 3, "Auth-NACK" },
	{ 0, NULL }
};

static const struct tok ppp_ml_flag_values[] = {
	{ 0x80, "begin" },
	{ 0x40, "end" },
	{ 0, NULL }
};

static void handle_ppp(struct ctx *, unsigned proto, struct span,
    unsigned length, unsigned back);

/* tcpdump's tok2str() with a "...(0x%04x)"-style fallback. */
static void
out_tok_hex(struct out *o, const struct tok *t, unsigned v, const char *pre,
    unsigned width, const char *post)
{
	const char *s = tok_find(t, v);

	if (s != NULL) {
		out_str(o, s);
		return;
	}
	out_str(o, pre);
	out_hex(o, v, width);
	out_str(o, post);
}

static void
out_name(struct out *o, const struct tok *t, unsigned v, const char *unknown)
{
	const char *s = tok_find(t, v);

	out_str(o, s != NULL ? s : unknown);
}

/* " (0x%02x), length %u" after an option's name */
static void
opt_head(struct out *o, unsigned opt, unsigned len)
{
	out_str(o, " Option (0x");
	out_hex(o, opt, 2);
	out_str(o, "), length ");
	out_u32(o, len);
}

/*
 * tcpdump's print_unknown_data(): a hex dump after ident, cut to what was
 * captured; a dissector error when off is already past the capture.
 */
static void
unknown_data(struct ctx *c, struct span s, size_t off, const char *ident,
    unsigned len)
{
	struct out *o = c->out;
	size_t avail;
	unsigned i;

	if (off > (size_t)(s.end - s.p)) {
		out_str(o, ident);
		out_str(o, "Dissector error: print_unknown_data called with "
		    "pointer past end of packet");
		return;
	}
	avail = span_avail(s, off);
	if (avail < len)
		len = (unsigned)avail;
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

/* tcpdump's nd_printjn(): n characters, all of which must be captured. */
static void
printjn(struct ctx *c, struct span s, size_t off, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		out_safe_char(c->out, get_u8(c, s, off + i));
}

static void
bogus(struct out *o, const char *rel, unsigned n)
{
	out_str(o, " (length bogus, should be ");
	out_str(o, rel);
	out_char(o, ' ');
	out_u32(o, n);
	out_char(o, ')');
}

static void
magic_num(struct out *o, const char *pre, uint32_t v)
{
	out_str(o, pre);
	out_str(o, "Magic-Num 0x");
	out_hex(o, v, 8);
}

/*
 * The option printers take the span at the option and the control
 * packet's length (tcpdump passes that, not what is left of it); they
 * return the option's length, or 0 to stop the walk.
 */
static unsigned
lcp_option(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	unsigned opt, len, v;

	if (length < 2)
		return 0;
	if (!span_has(s, 0, 2)) {
		out_str(o, "[|lcp]");
		return 0;
	}
	opt = s.p[0];
	len = s.p[1];
	if (length < len)
		return 0;
	if (len < 2 || opt >= NUM_LCPOPTS) {
		if (opt < NUM_LCPOPTS) {
			out_str(o, "\n\t  ");
			out_str(o, lcpconfopts[opt]);
			opt_head(o, opt, len);
			bogus(o, ">=", 2);
		} else {
			out_str(o, "\n\tunknown LCP option 0x");
			out_hex(o, opt, 2);
		}
		return len < 2 ? 0 : len;
	}
	out_str(o, "\n\t  ");
	out_str(o, lcpconfopts[opt]);
	opt_head(o, opt, len);

	switch (opt) {
	case LCPOPT_VEXT:
		if (len < 6) {
			bogus(o, ">=", 6);
			return len;
		}
		v = get_be24(c, s, 2);
		out_str(o, ": Vendor: ");
		out_name(o, oui_values, v, "Unknown");
		out_str(o, " (");
		out_u32(o, v);
		out_char(o, ')');
		break;
	case LCPOPT_MRU:
	case LCPOPT_MLMRRU:
		if (len != 4) {
			bogus(o, "=", 4);
			return opt == LCPOPT_MRU ? len : 0;
		}
		v = get_be16(c, s, 2);
		out_str(o, ": ");
		out_u32(o, v);
		break;
	case LCPOPT_ACCM:
		if (len != 6) {
			bogus(o, "=", 6);
			return len;
		}
		v = get_be32(c, s, 2);
		out_str(o, ": 0x");
		out_hex(o, v, 8);
		break;
	case LCPOPT_AP:
		if (len < 4) {
			bogus(o, ">=", 4);
			return len;
		}
		v = get_be16(c, s, 2);
		out_str(o, ": ");
		/* tcpdump's format lacks its '%': the text prints as is */
		out_name(o, ppptype2str, v, "Unknown Auth Proto (0x04x)");
		switch (v) {
		case PPP_CHAP:
			v = get_u8(c, s, 4);
			out_str(o, ", ");
			out_tok(o, authalg_values, v, "Unknown Auth Alg ");
			break;
		case PPP_PAP:
		case PPP_EAP:
		case PPP_SPAP:
		case PPP_SPAP_OLD:
			break;
		default:
			unknown_data(c, s, 0, "\n\t", len);
		}
		break;
	case LCPOPT_QP:
		if (len < 4) {
			bogus(o, ">=", 4);
			return 0;
		}
		out_str(o, get_be16(c, s, 2) == PPP_LQM ? ": LQR" :
		    ": unknown");
		break;
	case LCPOPT_MN:
		if (len != 6) {
			bogus(o, "=", 6);
			return 0;
		}
		v = get_be32(c, s, 2);
		out_str(o, ": 0x");
		out_hex(o, v, 8);
		break;
	case LCPOPT_PFC:
	case LCPOPT_ACFC:
		break;
	case LCPOPT_LD:
		if (len != 4) {
			bogus(o, "=", 4);
			return 0;
		}
		v = get_be16(c, s, 2);
		out_str(o, ": 0x");
		out_hex(o, v, 4);
		break;
	case LCPOPT_CBACK:
		if (len < 3) {
			bogus(o, ">=", 3);
			return 0;
		}
		/*
		 * 4.99 prints ": " on its own, then ": Callback ..." once
		 * the operation byte is fetched
		 */
		out_str(o, ": ");
		v = get_u8(c, s, 2);
		out_str(o, ": Callback Operation ");
		out_name(o, ppp_callback_values, v, "Unknown");
		out_str(o, " (");
		out_u32(o, v);
		out_char(o, ')');
		break;
	case LCPOPT_MLED:
		if (len < 3) {
			bogus(o, ">=", 3);
			return 0;
		}
		v = get_u8(c, s, 2);
		if (v == 2) {			/* IPv4 */
			if (len != 7) {
				bogus(o, "=", 7);
				return 0;
			}
			(void)get_bytes(c, s, 3, 4);
			out_str(o, ": IPv4 ");
			out_ipv4(o, s.p + 3);
		} else if (v == 3) {		/* IEEE 802.1 MAC */
			if (len != 9) {
				bogus(o, "=", 9);
				return 0;
			}
			(void)get_bytes(c, s, 3, 6);
			out_str(o, ": MAC ");
			out_mac(o, s.p + 3);
		} else if (tok_find(medclass_values, v) != NULL) {
			out_str(o, ": ");
			out_str(o, tok_find(medclass_values, v));
		} else {
			out_str(o, ": Unknown class ");
			out_u32(o, v);
		}
		break;
	default:
		/* dumped here unless -vv dumps every option below */
		if (c->opt.vflag < 2)
			unknown_data(c, s, 2, "\n\t    ", len - 2);
		break;
	}
	if (c->opt.vflag > 1)
		unknown_data(c, s, 2, "\n\t    ", len - 2);
	return len;
}

/*
 * The head shared by the IPCP, IP6CP, CCP and BACP option printers:
 * 0 to stop (after printing what tcpdump prints), else the length.
 */
static unsigned
opt_start(struct ctx *c, struct span s, unsigned length,
    const struct tok *names, const char *unknown, const char *proto)
{
	struct out *o = c->out;
	unsigned opt, len;

	if (length < 2)
		return 0;
	if (!span_has(s, 0, 2)) {
		out_str(o, "[|");
		out_str(o, proto);
		out_char(o, ']');
		return 0;
	}
	opt = s.p[0];
	len = s.p[1];
	if (length < len)
		return 0;
	out_str(o, "\n\t  ");
	out_name(o, names, opt, unknown);
	opt_head(o, opt, len);
	if (len < 2) {
		bogus(o, ">=", 2);
		return 0;
	}
	return len;
}

/* -vv dumps every option's value; -v only the unknown ones */
static void
opt_dump(struct ctx *c, struct span s, unsigned len, int known)
{
	if (!known && c->opt.vflag < 2)
		unknown_data(c, s, 2, "\n\t    ", len - 2);
	if (c->opt.vflag > 1)
		unknown_data(c, s, 2, "\n\t    ", len - 2);
}

static unsigned
ipcp_option(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	unsigned opt, len, proto;

	len = opt_start(c, s, length, ipcpopt_values, "unknown", "ipcp");
	if (len == 0)
		return 0;
	opt = s.p[0];
	switch (opt) {
	case IPCPOPT_2ADDR:		/* deprecated */
		if (len != 10) {
			bogus(o, "=", 10);
			return len;
		}
		(void)get_bytes(c, s, 2, 8);	/* both, before printing */
		out_str(o, ": src ");
		out_ipv4(o, s.p + 2);
		out_str(o, ", dst ");
		out_ipv4(o, s.p + 6);
		break;
	case IPCPOPT_IPCOMP:
		if (len < 4) {
			bogus(o, ">=", 4);
			return 0;
		}
		proto = get_be16(c, s, 2);
		out_str(o, ": ");
		out_name(o, ipcpopt_compproto_values, proto, "Unknown");
		out_str(o, " (0x");
		out_hex(o, proto, 2);
		out_str(o, "):");
		if (proto != IPCPOPT_IPCOMP_HDRCOMP)
			break;
		if (len < IPCPOPT_IPCOMP_MINLEN) {
			bogus(o, ">=", IPCPOPT_IPCOMP_MINLEN);
			return 0;
		}
		if (!span_has(s, 2, IPCPOPT_IPCOMP_MINLEN)) {
			out_str(o, "[|ipcp]");
			return 0;
		}
		out_str(o, "\n\t    TCP Space ");
		out_u32(o, get_be16(c, s, 4));
		out_str(o, ", non-TCP Space ");
		out_u32(o, get_be16(c, s, 6));
		out_str(o, ", maxPeriod ");
		out_u32(o, get_be16(c, s, 8));
		out_str(o, ", maxTime ");
		out_u32(o, get_be16(c, s, 10));
		out_str(o, ", maxHdr ");
		out_u32(o, get_be16(c, s, 12));
		if (len > IPCPOPT_IPCOMP_MINLEN) {
			/*
			 * tcpdump moves its pointer to the suboptions, so
			 * the -vv dump below starts 14 bytes on
			 */
			unsigned total = len - IPCPOPT_IPCOMP_MINLEN;
			size_t off = IPCPOPT_IPCOMP_MINLEN;

			out_str(o, "\n\t      Suboptions, length ");
			out_u32(o, total);
			while (total >= 2) {
				unsigned so, sl;

				if (!span_has(s, off, 2)) {
					out_str(o, "[|ipcp]");
					return 0;
				}
				so = s.p[off];
				sl = s.p[off + 1];
				if (so == 0 || sl == 0)
					break;
				out_str(o, "\n\t\t");
				out_name(o, ipcpopt_compproto_subopt_values,
				    so, "Unknown");
				out_str(o, " Suboption #");
				out_u32(o, so);
				out_str(o, ", length ");
				out_u32(o, sl);
				if (total < sl) {
					out_str(o, " [remaining suboptions "
					    "length ");
					out_u32(o, total);
					out_str(o, " < ");
					out_u32(o, sl);
					out_char(o, ']');
					print_invalid(c);
					break;
				}
				total -= sl;
				off += sl;
			}
			s = span_rest(s, off);
		}
		break;
	case 3:			/* IP-Addr and the others of its shape */
	case 4:
	case 129:
	case 130:
	case 131:
	case 132:
		if (len != 6) {
			bogus(o, "=", 6);
			return 0;
		}
		(void)get_bytes(c, s, 2, 4);
		out_str(o, ": ");
		out_ipv4(o, s.p + 2);
		break;
	default:
		if (c->opt.vflag < 2)
			unknown_data(c, s, 2, "\n\t    ", len - 2);
		break;
	}
	/* 4.99.3 dumps what was captured (later versions check first) */
	if (c->opt.vflag > 1)
		unknown_data(c, s, 2, "\n\t    ", len - 2);
	return len;
}

static unsigned
ip6cp_option(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	unsigned len;

	len = opt_start(c, s, length, ip6cpopt_values, "unknown", "ip6cp");
	if (len == 0)
		return 0;
	if (s.p[0] == 1) {		/* Interface-ID */
		if (len != 10) {
			bogus(o, "=", 10);
			return len;
		}
		if (!span_has(s, 2, 8)) {
			out_str(o, "[|ip6cp]");
			return 0;
		}
		for (unsigned i = 0; i < 4; i++) {
			out_str(o, i == 0 ? ": " : ":");
			out_hex(o, get_be16(c, s, 2 + 2 * i), 4);
		}
		opt_dump(c, s, len, 1);
	} else
		opt_dump(c, s, len, 0);
	return len;
}

static unsigned
ccp_option(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	unsigned len, b, b2;

	len = opt_start(c, s, length, ccpconfopts_values, "Unknown", "ccp");
	if (len == 0)
		return 0;
	switch (s.p[0]) {
	case CCPOPT_BSDCOMP:
		if (len < 3) {
			bogus(o, ">=", 3);
			return len;
		}
		b = get_u8(c, s, 2);
		out_str(o, ": Version: ");
		out_u32(o, b >> 5);
		out_str(o, ", Dictionary Bits: ");
		out_u32(o, b & 0x1f);
		break;
	case CCPOPT_MVRCA:
		if (len < 4) {
			bogus(o, ">=", 4);
			return len;
		}
		/* one ND_PRINT: nothing prints unless both are there */
		b = get_u8(c, s, 2);
		b2 = get_u8(c, s, 3);
		out_str(o, ": Features: ");
		out_u32(o, (b & 0xc0) >> 6);
		out_str(o, ", PxP: ");
		out_str(o, b & 0x20 ? "Enabled" : "Disabled");
		out_str(o, ", History: ");
		out_u32(o, b & 0x1f);
		out_str(o, ", #CTX-ID: ");
		out_u32(o, b2);
		break;
	case CCPOPT_DEFLATE:
		if (len < 4) {
			bogus(o, ">=", 4);
			return len;
		}
		b = get_u8(c, s, 2);
		b2 = get_u8(c, s, 3);
		out_str(o, ": Window: ");
		out_u32(o, (b & 0xf0) >> 4);
		out_str(o, "K, Method: ");
		out_str(o, (b & 0x0f) == 8 ? "zlib" : "unknown");
		out_str(o, " (0x");
		out_hex(o, b & 0x0f, 0);
		out_str(o, "), MBZ: ");
		out_u32(o, (b2 & 0xfc) >> 2);
		out_str(o, ", CHK: ");
		out_u32(o, b2 & 0x03);
		break;
	default:
		opt_dump(c, s, len, 0);
		return len;
	}
	opt_dump(c, s, len, 1);
	return len;
}

static unsigned
bacp_option(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	unsigned len;

	len = opt_start(c, s, length, bacconfopts_values, "Unknown", "bacp");
	if (len == 0)
		return 0;
	if (s.p[0] == 1) {		/* Favored-Peer */
		if (len != 6) {
			bogus(o, "=", 6);
			return len;
		}
		magic_num(o, ": ", get_be32(c, s, 2));
		opt_dump(c, s, len, 1);
	} else
		opt_dump(c, s, len, 0);
	return len;
}

typedef unsigned (*option_printer)(struct ctx *, struct span, unsigned);

static const struct {
	unsigned	 proto;
	option_printer	 print;
} option_printers[] = {
	{ PPP_LCP, lcp_option },
	{ PPP_IPCP, ipcp_option },
	{ PPP_IPV6CP, ip6cp_option },
	{ PPP_CCP, ccp_option },
	{ PPP_BACP, bacp_option },
};

/*
 * tcpdump's handle_ctrl_proto(): LCP, IPCP, CCP and the others share
 * RFC 1661's packet format, code, identifier, length and data.  back is
 * how many bytes before s were captured: -vv dumps the packet from the
 * protocol field on, two bytes before s.
 */
static void
handle_ctrl_proto(struct ctx *c, unsigned proto, struct span s,
    unsigned length, unsigned back)
{
	struct out *o = c->out;
	const char *typestr = tok_find(ppptype2str, proto);
	struct span from_proto = s;
	unsigned code, len;
	size_t pre = back < 2 ? back : 2;

	from_proto.p -= pre;
	if (typestr != NULL)
		out_str(o, typestr);
	else {
		out_str(o, "unknown ctrl-proto (0x");
		out_hex(o, proto, 4);
		out_char(o, ')');
	}
	out_str(o, ", ");
	if (length < 4 || !span_has(s, 0, 2))
		goto trunc;
	code = s.p[0];
	out_name(o, cpcodes, code, "Unknown Opcode");
	out_str(o, " (0x");
	out_hex(o, code, 2);
	out_str(o, "), id ");
	out_u32(o, s.p[1]);
	out_str(o, ", length ");
	out_u32(o, length + 2);
	if (!c->opt.vflag)
		return;

	len = get_be16(c, s, 2);
	if (len < 4) {
		out_str(o, "\n\tencoded length ");
		out_u32(o, len);
		out_str(o, " (< 4))");
		return;
	}
	if (len > length) {
		out_str(o, "\n\tencoded length ");
		out_u32(o, len);
		out_str(o, " (> packet length ");
		out_u32(o, length);
		out_str(o, "))");
		return;
	}
	length = len;
	out_str(o, "\n\tencoded length ");
	out_u32(o, len);
	out_str(o, " (=Option(s) length ");
	out_u32(o, len - 4);
	out_char(o, ')');
	if (length == 4)
		return;		/* a Configure-Request with no options */
	if (c->opt.vflag > 1)
		unknown_data(c, from_proto, 0, "\n\t", 6);

	switch (code) {
	case CP_VEXT:
		if (length < 11)
			break;
		magic_num(o, "\n\t  ", get_be32(c, s, 4));
		{
			unsigned oui = get_be24(c, s, 8);

			out_str(o, " Vendor: ");
			out_name(o, oui_values, oui, "Unknown");
			out_str(o, " (");
			out_u32(o, oui);
			out_char(o, ')');
		}
		break;
	case CP_CONF_REQ:
	case CP_CONF_ACK:
	case CP_CONF_NAK:
	case CP_CONF_REJ: {
		option_printer pf = NULL;
		unsigned tlen = len - 4, adv;
		size_t off = 4;

		for (size_t k = 0; k < sizeof(option_printers) /
		    sizeof(option_printers[0]); k++)
			if (option_printers[k].proto == proto)
				pf = option_printers[k].print;
		if (pf == NULL)
			break;	/* no option printer: nothing at all */
		do {
			adv = pf(c, span_rest(s, off), len);
			if (adv == 0)
				break;
			if (tlen < adv) {
				out_str(o, " [remaining options length ");
				out_u32(o, tlen);
				out_str(o, " < ");
				out_u32(o, adv);
				out_char(o, ']');
				print_invalid(c);
				break;
			}
			tlen -= adv;
			off += adv;
		} while (tlen != 0);
		break;
	}
	case CP_TERM_REQ:
	case CP_TERM_ACK:
	case CP_CODE_REJ:
		break;
	case CP_PROT_REJ:
		if (length < 6)
			break;
		{
			unsigned rp = get_be16(c, s, 4);

			out_str(o, "\n\t  Rejected ");
			out_name(o, ppptype2str, rp, "unknown");
			out_str(o, " Protocol (0x");
			out_hex(o, rp, 4);
			out_char(o, ')');
		}
		if (len > 6) {
			out_str(o, "\n\t  Rejected Packet");
			unknown_data(c, s, 6, "\n\t    ", len - 2);
		}
		break;
	case CP_ECHO_REQ:
	case CP_ECHO_RPL:
	case CP_DISC_REQ:
		if (length < 8)
			break;
		magic_num(o, "\n\t  ", get_be32(c, s, 4));
		if (len > 8) {
			out_str(o, "\n\t  -----trailing data-----");
			if (!span_has(s, 8, len - 8))
				goto trunc;
			unknown_data(c, s, 8, "\n\t  ", len - 8);
		}
		break;
	case CP_ID:
		if (length < 8)
			break;
		magic_num(o, "\n\t  ", get_be32(c, s, 4));
		if (len > 8) {
			/*
			 * tcpdump's nd_printn() of len - 4 bytes (4 more
			 * than the message), stopping where the capture
			 * ends, which then counts as truncation
			 */
			unsigned n = len - 4, i;

			out_str(o, "\n\t  Message\n\t    ");
			for (i = 0; i < n && span_has(s, 8 + i, 1); i++)
				out_safe_char(o, s.p[8 + i]);
			if (i < n)
				goto trunc;
		}
		break;
	case CP_TIME_REM:
		if (length < 12)
			break;
		magic_num(o, "\n\t  ", get_be32(c, s, 4));
		{
			uint32_t secs = get_be32(c, s, 8);

			out_str(o, ", Seconds-Remaining ");
			out_u32(o, secs);
			out_char(o, 's');
		}
		break;
	default:
		/* only -v gets here: -vv dumped the packet above */
		if (c->opt.vflag <= 1)
			unknown_data(c, from_proto, 0, "\n\t  ", length + 2);
		break;
	}
	return;
trunc:
	out_str(o, "[|");
	out_str(o, typestr != NULL ? typestr : "unknown ctrl-proto");
	out_char(o, ']');
}

/* Multilink PPP (RFC 1990): the short sequence number format only. */
static void
handle_mlppp(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;

	if (!c->opt.eflag)
		out_str(o, "MLPPP, ");
	if (length < 2 || !span_has(s, 0, 2)) {
		out_str(o, "[|mlppp]");
		return;
	}
	out_str(o, "seq 0x");
	out_hex(o, get_be16(c, s, 0) & 0x0fff, 3);
	out_str(o, ", Flags [");
	out_bittok(o, ppp_ml_flag_values, "none", s.p[0] & 0xc0, ", ");
	out_str(o, "], length ");
	out_u32(o, length);
}

/* The start shared by CHAP and PAP: 0 when it printed a truncation. */
static int
auth_head(struct ctx *c, struct span s, unsigned length, const char *name,
    const char *lname, const struct tok *codes, unsigned *codep,
    unsigned *lenp)
{
	struct out *o = c->out;
	unsigned id;

	if (length < 4) {
		/* "[|chap 0x%02x]" prints nothing if the code is not there */
		uint8_t code = length >= 1 ? get_u8(c, s, 0) : 0;

		out_str(o, "[|");
		out_str(o, lname);
		if (length >= 1) {
			out_str(o, " 0x");
			out_hex8(o, code);
		}
		out_char(o, ']');
		return 0;
	}
	*codep = get_u8(c, s, 0);
	out_str(o, name);
	out_str(o, ", ");
	out_name(o, codes, *codep, "unknown");
	out_str(o, " (0x");
	out_hex8(o, (uint8_t)*codep);
	out_char(o, ')');
	id = get_u8(c, s, 1);	/* fetched before ", id " prints */
	out_str(o, ", id ");
	out_u32(o, id);
	*lenp = get_be16(c, s, 2);
	return 1;
}

/*
 * CHAP (RFC 1994): the fields common to MD5, MS-CHAPv1 and v2.  Sizes
 * come from the packet unchecked against its length, as in tcpdump: a
 * bad one reads to the end of the capture.
 */
static void
handle_chap(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	unsigned code, len, vsize;

	if (!auth_head(c, s, length, "CHAP", "chap", chapcode_values, &code,
	    &len))
		return;
	switch (code) {
	case 1:		/* Challenge */
	case 2:		/* Response */
		if (length - 4 < 1)
			return;
		vsize = get_u8(c, s, 4);
		if (length - 5 < vsize)
			return;
		out_str(o, ", Value ");
		for (unsigned i = 0; i < vsize; i++)
			out_hex8(o, get_u8(c, s, 5 + i));
		out_str(o, ", Name ");
		printjn(c, s, 5 + vsize, len - (5 + vsize));
		break;
	case 3:		/* Success */
	case 4:		/* Failure */
		out_str(o, ", Msg ");
		printjn(c, s, 4, len - 4);
		break;
	}
}

/* PAP (RFC 1334). */
static void
handle_pap(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	unsigned code, len, n;
	size_t off = 4;

	if (!auth_head(c, s, length, "PAP", "pap", papcode_values, &code,
	    &len))
		return;
	if (len > length) {
		out_str(o, ", length ");
		out_u32(o, len);
		out_str(o, " > packet size");
		return;
	}
	length = len;
	if (length < 4) {
		out_str(o, ", length ");
		out_u32(o, length);
		out_str(o, " < PAP header length");
		return;
	}
	switch (code) {
	case 1:		/* Authenticate-Request: 6 octets at least */
		if (len < 6)
			goto trunc;
		if (length - off < 1)
			return;
		n = get_u8(c, s, off++);
		if (length - off < n)
			return;
		out_str(o, ", Peer ");
		printjn(c, s, off, n);
		off += n;
		if (length - off < 1)
			return;
		n = get_u8(c, s, off++);
		if (length - off < n)
			return;
		out_str(o, ", Name ");
		printjn(c, s, off, n);
		break;
	case 2:		/* Ack and Nak: 5 octets at least (RFC 1334 2.2.2) */
	case 3:
		if (len < 5)
			goto trunc;
		if (length - off < 1)
			return;
		n = get_u8(c, s, off++);
		if (length - off < n)
			return;
		out_str(o, ", Msg ");
		printjn(c, s, off, n);
		break;
	}
	return;
trunc:
	out_str(o, "[|pap]");
}

/*
 * RFC 1662 HDLC-like framing with octet escapes (0x7d, then the octet
 * xor 0x20), reached when a "protocol" begins with the flag byte 0x7e.
 * tcpdump un-escapes the captured bytes into a buffer and dissects that;
 * here the buffer is on the stack, sized by the capture, so nothing is
 * allocated and nested frames each get their own.  A getter that runs
 * out jumps to the driver exactly as tcpdump's does from its pushed
 * buffer.
 */
static void
ppp_hdlc(struct ctx *c, struct span s, unsigned length)
{
	size_t caplen = span_avail(s, 0), n = 0;
	unsigned proto;
	struct span b;

	if (caplen == 0 || length == 0)
		return;
	{
		uint8_t buf[caplen];

		for (size_t i = 0; i < caplen; i++) {
			uint8_t ch = s.p[i];

			if (ch == 0x7d) {
				if (i + 1 >= caplen)
					break;
				ch = s.p[++i] ^ 0x20;
			}
			buf[n++] = ch;
		}
		b = span_make(buf, n);
		length = (unsigned)n;
		/* first guess: a one-octet (compressed) protocol */
		if (length < 1)
			goto trunc;
		switch (b.p[0]) {
		case PPP_IP:
			ip_print(c, span_rest(b, 1), length - 1);
			return;
		case PPP_IPV6:
			ip6_print(c, span_rest(b, 1), length - 1);
			return;
		}
		if (length < 2)
			goto trunc;
		proto = get_be16(c, b, 0);
		if (proto == (PPP_ADDRESS << 8 | PPP_CONTROL)) {
			/* address and control, then the protocol */
			if (length < 4)
				goto trunc;
			proto = get_be16(c, b, 2);
			if ((proto & 0xff00) == 0x7e00)
				goto invalid;
			handle_ppp(c, proto, span_rest(b, 4), length - 4, 4);
		} else {
			if ((proto & 0xff00) == 0x7e00)
				goto invalid;
			handle_ppp(c, proto, span_rest(b, 2), length - 2, 2);
		}
		return;
	invalid:
		out_str(c->out, "(protocol 0x");
		out_hex(c->out, proto, 4);
		out_str(c->out, " invalid)");
		return;
	}
trunc:
	print_trunc(c);
}

/*
 * tcpdump's handle_ppp(): what the protocol field names.  back is how
 * many captured bytes precede s (the header before the payload).
 */
static void
handle_ppp(struct ctx *c, unsigned proto, struct span s, unsigned length,
    unsigned back)
{
	struct out *o = c->out;
	const struct ethertype *et;

	if ((proto & 0xff00) == 0x7e00) {
		/* the flag byte: HDLC framing from the byte before on */
		struct span h = s;

		if (back == 0)
			return;
		h.p--;
		ppp_hdlc(c, h, length);
		return;
	}
	switch (proto) {
	case PPP_LCP:
	case PPP_IPCP:
	case PPP_OSICP:
	case PPP_MPLSCP:
	case PPP_IPV6CP:
	case PPP_CCP:
	case PPP_BACP:
		handle_ctrl_proto(c, proto, s, length, back);
		return;
	case PPP_ML:
		handle_mlppp(c, s, length);
		return;
	case PPP_CHAP:
		handle_chap(c, s, length);
		return;
	case PPP_PAP:
		handle_pap(c, s, length);
		return;
	case PPP_BAP:
		return;		/* tcpdump's handle_bap() prints nothing */
	case ETHERTYPE_IP:
	case PPP_VJNC:
	case PPP_IP:
		ip_print(c, s, length);
		return;
	case ETHERTYPE_IPV6:
	case PPP_IPV6:
		ip6_print(c, s, length);
		return;
	case PPP_OSI:
		isoclns_print(c, s, length);
		return;
	case PPP_COMP:
		out_str(o, "compressed PPP data");
		return;
	case ETHERTYPE_IPX:
	case PPP_IPX:
		/* IPX and MPLS: whatever the ethertype table has */
		et = ethertype_find(ETHERTYPE_IPX);
		if (et != NULL && et->print != NULL) {
			et->print(c, s, length);
			return;
		}
		break;
	case PPP_MPLS_UCAST:
	case PPP_MPLS_MCAST:
		et = ethertype_find(ETHERTYPE_MPLS);
		if (et != NULL && et->print != NULL) {
			et->print(c, s, length);
			return;
		}
		break;
	}
	out_tok_hex(o, ppptype2str, proto, "unknown PPP protocol (0x", 4,
	    ")");
	out_char(o, ' ');
	unknown_data(c, s, 0, "\n\t", length);
}

/*
 * tcpdump's ppp_print(): s at the address and control fields, if any
 * (pppd's direction marks 0x00/0x01 stand in for the address), then the
 * protocol, one octet when compressed (RFC 1661 6.5).  Returns the
 * header length.
 */
unsigned
ppp_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	unsigned olen = length, hdr_len = 0, proto, hdr;

	c->proto = "ppp";
	if (length < 2)
		goto trunc;
	hdr = get_be16(c, s, 0);
	if (hdr == 0x0003 || hdr == 0x0103 || hdr == 0xff03) {
		if (c->opt.eflag && hdr != 0xff03)
			out_str(o, hdr == 0x0003 ? "In  " : "Out ");
		s = span_rest(s, 2);
		length -= 2;
		hdr_len += 2;
	}
	if (length < 2)
		goto trunc;
	if (get_u8(c, s, 0) % 2) {
		proto = s.p[0];
		s = span_rest(s, 1);
		length--;
		hdr_len++;
	} else {
		proto = get_be16(c, s, 0);
		s = span_rest(s, 2);
		length -= 2;
		hdr_len += 2;
	}
	if (c->opt.eflag) {
		const char *name = tok_find(ppptype2str, proto);

		out_str(o, name != NULL ? name : "unknown");
		out_str(o, " (0x");
		out_hex(o, proto, 4);
		out_str(o, "), length ");
		out_u32(o, olen);
		if (name == NULL)
			return hdr_len;
		out_str(o, ": ");
	}
	handle_ppp(c, proto, s, length, hdr_len);
	return hdr_len;
trunc:
	print_trunc(c);
	return 0;
}

/* Ethertype 0x880b (tcpdump ethertype_print()): ": " and the frame. */
void
ppp_ether_print(struct ctx *c, struct span s, unsigned length)
{
	if (length == 0)
		return;
	out_str(c->out, ": ");
	(void)ppp_print(c, s, length);
}

/*
 * DLT_PPP: the frame from its address field on.  tcpdump counts a
 * 4-byte link header whatever ppp_print() found (-x starts after it).
 */
unsigned
ppp_if_print(struct ctx *c, struct span s, unsigned length)
{
	c->proto = "ppp";
	if (!span_has(s, 0, PPP_HDRLEN)) {
		print_trunc(c);
		return (unsigned)span_avail(s, 0);
	}
	(void)ppp_print(c, s, length);
	return PPP_HDRLEN;
}

/*
 * DLT_PPP_SERIAL: RFC 1662 PPP in HDLC-like framing, or Cisco HDLC
 * (RFC 1547 4.3.1) when the address is 0x0f or 0x8f; the address and
 * control are not checked further.
 */
unsigned
ppp_hdlc_if_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	size_t caplen = span_avail(s, 0);
	unsigned addr, proto;

	c->proto = "ppp_hdlc";
	if (caplen < 2) {
		print_trunc(c);
		return (unsigned)caplen;
	}
	addr = s.p[0];
	if (addr == CHDLC_UNICAST || addr == CHDLC_BCAST)
		return chdlc_if_print(c, s, length);
	if (caplen < 4) {
		print_trunc(c);
		return (unsigned)caplen;
	}
	if (c->opt.eflag) {
		out_hex8(o, s.p[0]);
		out_char(o, ' ');
		out_hex8(o, s.p[1]);
		out_char(o, ' ');
		out_u32(o, length);
		out_char(o, ' ');
	}
	if (addr != PPP_ADDRESS) {
		/* NetBSD reads the next two octets as an ethertype */
		out_str(o, "unknown addr ");
		out_hex8(o, s.p[2]);
		out_str(o, "; ctrl ");
		out_hex8(o, s.p[3]);
		return 2;
	}
	proto = get_be16(c, s, 2);
	out_tok_hex(o, ppptype2str, proto, "unknown PPP protocol (0x", 4,
	    ")");
	out_str(o, ": ");
	handle_ppp(c, proto, span_rest(s, 4), length - 4, 4);
	return 4;
}

/*
 * DLT_PPP_BSDOS: tcpdump decodes it only when built on BSD/OS; elsewhere
 * (Debian's build) its printer prints nothing and claims no header.
 */
unsigned
ppp_bsdos_if_print(struct ctx *c, struct span s, unsigned length)
{
	(void)c;
	(void)s;
	(void)length;
	return 0;
}
