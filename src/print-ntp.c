/*
 * print-ntp.c - the Network Time Protocol (RFC 1119 v2, RFC 1305 v3,
 * RFC 5905 v4) and its mode 6 control messages
 * (draft-ietf-ntp-mode-6-cmds), as tcpdump 4.99.3 print-ntp.c and ntp.c
 * print them: version, mode and length by default; from -v the header,
 * the four time stamps with their UTC dates, and the key id and digest.
 */
#include <time.h>

#include "print.h"

#define NTP_TIMEMSG_MINLEN	48u	/* the header, without key or MAC */
#define NTP_CTRLMSG_MINLEN	12u

#define MODE_CONTROL	6
#define STRATUM_UNSPEC	0
#define STRATUM_PRIMARY	1
#define INFO_QUERY	62	/* "implementation dependent" (ntp.h) */
#define INFO_REPLY	63

/* Seconds from 1900-01-01 (NTP's era 0) to 1970-01-01. */
#define JAN_1970	2208988800u

static const struct tok ntp_mode_values[] = {
	{ 0, "unspecified" },
	{ 1, "symmetric active" },
	{ 2, "symmetric passive" },
	{ 3, "Client" },
	{ 4, "Server" },
	{ 5, "Broadcast" },
	{ 6, "Control Message" },
	{ 7, "Reserved" },
	{ 0, NULL },
};

/* The leap indicator, unshifted: tcpdump prints the masked byte. */
static const struct tok ntp_leapind_values[] = {
	{ 0x00, "" },
	{ 0x40, "+1s" },
	{ 0x80, "-1s" },
	{ 0xc0, "clock unsynchronized" },
	{ 0, NULL },
};

/* Offsets in the time message (RFC 5905 figure 8). */
#define NTP_STRATUM	1
#define NTP_POLL	2
#define NTP_PRECISION	3
#define NTP_ROOT_DELAY	4
#define NTP_ROOT_DISP	8
#define NTP_REFID	12
#define NTP_REF_TS	16
#define NTP_ORG_TS	24
#define NTP_REC_TS	32
#define NTP_XMT_TS	40
#define NTP_KEY_ID	48
#define NTP_DIGEST	52

/*
 * A fraction of 2^32 as nanoseconds, in double precision as tcpdump
 * computes it, so that the last digit is the same.
 */
static uint32_t
ntp_frac_ns(uint32_t frac)
{
	double ff = (double)frac / 4294967296.0;

	return (uint32_t)(ff * 1000000000.0);
}

/*
 * tcpdump ntp.c p_ntp_time(): seconds.nanoseconds, then the UTC date of a
 * non-zero time, ISO 8601 ("%Y-%m-%dT%H:%M:%SZ" of gmtime()).
 */
static void
ntp_time_print(struct ctx *c, struct span s, size_t off)
{
	struct out *o = c->out;
	uint32_t secs = get_be32(c, s, off);
	uint32_t frac = get_be32(c, s, off + 4);
	time_t t;
	struct tm tm;

	out_u32(o, secs);
	out_char(o, '.');
	out_u32_fixed(o, ntp_frac_ns(frac), 9);
	if (secs == 0)
		return;
	t = (time_t)((int64_t)secs - JAN_1970);
	if (gmtime_r(&t, &tm) == NULL) {
		out_str(o, " (unrepresentable)");
		return;
	}
	out_str(o, " (");
	out_u32_fixed(o, (uint32_t)(tm.tm_year + 1900), 4);
	out_char(o, '-');
	out_u32_fixed(o, (uint32_t)tm.tm_mon + 1, 2);
	out_char(o, '-');
	out_u32_fixed(o, (uint32_t)tm.tm_mday, 2);
	out_char(o, 'T');
	out_u32_fixed(o, (uint32_t)tm.tm_hour, 2);
	out_char(o, ':');
	out_u32_fixed(o, (uint32_t)tm.tm_min, 2);
	out_char(o, ':');
	out_u32_fixed(o, (uint32_t)tm.tm_sec, 2);
	out_str(o, "Z)");
}

/*
 * tcpdump p_ntp_delta(): the time at off minus the time at ooff, signed;
 * the time itself when the origin is zero.
 */
static void
ntp_delta_print(struct ctx *c, struct span s, size_t ooff, size_t off)
{
	uint32_t u = get_be32(c, s, off), uf = get_be32(c, s, off + 4);
	uint32_t ou = get_be32(c, s, ooff), ouf = get_be32(c, s, ooff + 4);
	uint32_t i, f;
	int neg;

	if (ou == 0 && ouf == 0) {
		ntp_time_print(c, s, off);
		return;
	}
	if (u > ou) {
		neg = 0;
		i = u - ou;
		f = uf - ouf;
		if (ouf > uf)	/* borrow */
			i--;
	} else if (u < ou) {
		neg = 1;
		i = ou - u;
		f = ouf - uf;
		if (uf > ouf)
			i--;
	} else {
		i = 0;
		neg = !(uf > ouf);
		f = neg ? ouf - uf : uf - ouf;
	}
	out_char(c->out, neg ? '-' : '+');
	out_u32(c->out, i);
	out_char(c->out, '.');
	out_u32_fixed(c->out, ntp_frac_ns(f), 9);
}

/* tcpdump p_sfix(): a 16.16 fixed-point number, to the microsecond. */
static void
ntp_sfix_print(struct ctx *c, struct span s, size_t off)
{
	uint16_t i = get_be16(c, s, off), f = get_be16(c, s, off + 2);
	double ff = f / 65536.0;

	out_u32(c->out, i);
	out_char(c->out, '.');
	out_u32_fixed(c->out, (uint32_t)(int)(ff * 1000000.0), 6);
}

/* tcpdump p_poll(): the poll interval, a power of two, in seconds. */
static void
ntp_poll_print(struct out *o, int p)
{
	if (p <= -32 || p >= 32)
		return;
	if (p >= 0) {
		out_str(o, " (");
		out_u32(o, 1u << p);
	} else {
		out_str(o, " (1/");
		out_u32(o, 1u << -p);
	}
	out_str(o, "s)");
}

static void
ntp_timemsg_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	unsigned stratum;
	int8_t poll, precision;
	const char *name;

	if (length < NTP_TIMEMSG_MINLEN) {
		print_invalid(c);
		span_need(c, s, 0, length);
		return;
	}
	stratum = get_u8(c, s, NTP_STRATUM);
	out_str(o, ", Stratum ");
	out_u32(o, stratum);
	out_str(o, " (");
	name = stratum == STRATUM_UNSPEC ? "unspecified" :
	    stratum == STRATUM_PRIMARY ? "primary reference" :
	    stratum <= 15 ? "secondary reference" : "reserved";
	out_str(o, name);
	out_char(o, ')');
	poll = (int8_t)get_u8(c, s, NTP_POLL);
	out_str(o, ", poll ");
	out_i64(o, poll);
	ntp_poll_print(o, poll);
	precision = (int8_t)get_u8(c, s, NTP_PRECISION);
	out_str(o, ", precision ");
	out_i64(o, precision);

	span_need(c, s, NTP_ROOT_DELAY, 4);
	out_str(o, "\n\tRoot Delay: ");
	ntp_sfix_print(c, s, NTP_ROOT_DELAY);
	span_need(c, s, NTP_ROOT_DISP, 4);
	out_str(o, ", Root dispersion: ");
	ntp_sfix_print(c, s, NTP_ROOT_DISP);
	span_need(c, s, NTP_REFID, 4);
	out_str(o, ", Reference-ID: ");
	/* what the reference id holds depends on the stratum */
	switch (stratum) {
	case STRATUM_UNSPEC:
		out_str(o, "(unspec)");
		break;
	case STRATUM_PRIMARY:	/* four characters naming the clock */
		for (size_t k = 0; k < 4; k++)
			out_safe_char(o, s.p[NTP_REFID + k]);
		break;
	case INFO_QUERY:
	case INFO_REPLY:
		ipaddr_print(c, s.p + NTP_REFID);
		out_str(o, stratum == INFO_QUERY ? " INFO_QUERY" :
		    " INFO_REPLY");
		return;
	default:
		out_str(o, "0x");
		out_hex(o, get_be32(c, s, NTP_REFID), 8);
		break;
	}

	span_need(c, s, NTP_REF_TS, 8);
	out_str(o, "\n\t  Reference Timestamp:  ");
	ntp_time_print(c, s, NTP_REF_TS);
	span_need(c, s, NTP_ORG_TS, 8);
	out_str(o, "\n\t  Originator Timestamp: ");
	ntp_time_print(c, s, NTP_ORG_TS);
	span_need(c, s, NTP_REC_TS, 8);
	out_str(o, "\n\t  Receive Timestamp:    ");
	ntp_time_print(c, s, NTP_REC_TS);
	span_need(c, s, NTP_XMT_TS, 8);
	out_str(o, "\n\t  Transmit Timestamp:   ");
	ntp_time_print(c, s, NTP_XMT_TS);
	out_str(o, "\n\t    Originator - Receive Timestamp:  ");
	ntp_delta_print(c, s, NTP_ORG_TS, NTP_REC_TS);
	out_str(o, "\n\t    Originator - Transmit Timestamp: ");
	ntp_delta_print(c, s, NTP_ORG_TS, NTP_XMT_TS);

	/*
	 * tcpdump 4.99.3 knows no extension fields: a key id alone (a
	 * crypto-NAK), a key id with an MD5 or a SHA-1 digest, or a count.
	 */
	if (length == NTP_TIMEMSG_MINLEN + 4 ||
	    length == NTP_TIMEMSG_MINLEN + 4 + 16 ||
	    length == NTP_TIMEMSG_MINLEN + 4 + 20) {
		unsigned words = (length - NTP_TIMEMSG_MINLEN - 4) / 4;

		uint32_t key = get_be32(c, s, NTP_KEY_ID);

		out_str(o, "\n\tKey id: ");
		out_u32(o, key);
		if (words == 0)
			return;
		span_need(c, s, NTP_DIGEST, words * 4);
		out_str(o, "\n\tAuthentication: ");
		for (unsigned k = 0; k < words; k++)
			out_hex(o, get_be32(c, s, NTP_DIGEST + 4 * k), 8);
	} else if (length > NTP_TIMEMSG_MINLEN) {
		out_str(o, "\n\t(");
		out_u32(o, length - NTP_TIMEMSG_MINLEN);
		out_str(o, " more bytes after the header)");
	}
}

static void
ntp_control_print(struct ctx *c, struct span s, unsigned length)
{
	static const struct {
		uint8_t		 off;
		const char	*label;
		int		 hex;	/* "%#hx": 0 alone, else 0x... */
	} fields[] = {
		{ 2, "\tSequence=", 0 },
		{ 4, ", Status=", 1 },
		{ 6, ", Assoc.=", 0 },
		{ 8, ", Offset=", 0 },
		{ 10, ", Count=", 0 },
	};
	struct out *o = c->out;
	unsigned control, count;

	if (length < NTP_CTRLMSG_MINLEN) {
		print_invalid(c);
		span_need(c, s, 0, length);
		return;
	}
	control = get_u8(c, s, 1);
	out_str(o, control & 0x80 ? ", Response" : ", Request");
	out_str(o, control & 0x40 ? ", Error" : ", OK");
	out_str(o, control & 0x20 ? ", More" : ", Last");
	out_str(o, ", OpCode=");
	out_u32(o, control & 0x1f);
	out_char(o, '\n');
	for (size_t k = 0; k < sizeof(fields) / sizeof(fields[0]); k++) {
		uint16_t v = get_be16(c, s, fields[k].off);

		out_str(o, fields[k].label);
		if (fields[k].hex && v != 0) {
			out_str(o, "0x");
			out_hex(o, v, 1);
		} else
			out_u32(o, v);
	}
	count = get_be16(c, s, 10);
	if (NTP_CTRLMSG_MINLEN + count > length) {
		print_invalid(c);
		span_need(c, s, 0, length);
		return;
	}
	if (count != 0) {
		if (!span_has(s, NTP_CTRLMSG_MINLEN, count)) {
			print_trunc(c);
			return;
		}
		out_str(o, "\n\tTO-BE-DONE: data not interpreted");
	}
}

void
ntp_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	unsigned status, mode;

	c->proto = "ntp";
	status = get_u8(c, s, 0);
	mode = status & 0x07;
	out_str(o, "NTPv");
	out_u32(o, (status & 0x38) >> 3);
	out_str(o, ", ");
	/* three bits: every mode has a name */
	out_str(o, tok_find(ntp_mode_values, mode));
	out_str(o, ", length ");
	out_u32(o, length);
	if (!c->opt.vflag)
		return;
	out_str(o, "\n\tLeap indicator: ");
	out_str(o, tok_find(ntp_leapind_values, status & 0xc0));
	out_str(o, " (");
	out_u32(o, status & 0xc0);
	out_char(o, ')');
	if (mode == MODE_CONTROL)
		ntp_control_print(c, s, length);
	else if (mode < MODE_CONTROL)
		ntp_timemsg_print(c, s, length);
	/* mode 7 (private) is not decoded */
}
