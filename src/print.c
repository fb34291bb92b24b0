/*
 * print.c - the per-packet driver: record checks, the time stamp, the
 * truncation exit, and the -x/-X/-A dumps (tcpdump: print.c
 * pretty_print_packet(), util-print.c ts_print(), print-ascii.c).
 */
#include <stdint.h>
#include <string.h>
#include <time.h>

#include "extract.h"
#include "linktype.h"
#include "print.h"
#include "reader.h"
#include "tcpseq.h"

void
portbits_set(struct portbits *b, uint16_t port)
{
	b->bit[port >> 3] |= (uint8_t)(1u << (port & 7));
}

/*
 * Mark the ports that have a printer, so that a packet between two ports
 * nobody decodes skips the ordered walk of the port tables.
 */
void
print_init(struct ctx *c)
{
	memset(&c->tcp_ports, 0, sizeof(c->tcp_ports));
	memset(&c->udp_ports, 0, sizeof(c->udp_ports));
	tcp_ports_mark(&c->tcp_ports);
	udp_ports_mark(&c->udp_ports);
}

_Noreturn void
trunc_jump(struct ctx *c)
{
	longjmp(c->trunc, 1);
}

/* tcpdump's nd_print_trunc(): " [|proto]". */
void
print_trunc(struct ctx *c)
{
	out_str(c->out, " [|");
	out_str(c->out, c->proto);
	out_char(c->out, ']');
}

/* tcpdump's nd_print_invalid(). */
void
print_invalid(struct ctx *c)
{
	out_str(c->out, " (invalid)");
}

/*
 * Local time for t: the UTC offset is worked out with localtime_r() once
 * per 15-minute block (every zone's changes fall on such a boundary), so
 * there is no time-zone work, and no stat of /etc/localtime, per packet.
 */
static long
local_offset(struct ctx *c, int64_t t)
{
	int64_t block = t >= 0 ? t / 900 : (t - 899) / 900;

	if (!c->tz.valid || block != c->tz.block) {
		time_t tt = (time_t)t;
		struct tm tm;

		c->tz.block = block;
		c->tz.valid = 1;
		c->tz.gmtoff = localtime_r(&tt, &tm) != NULL ?
		    tm.tm_gmtoff : 0;
	}
	return c->tz.gmtoff;
}

/* Days since 1970-01-01 to a civil date (H. Hinnant's algorithm). */
static void
civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d)
{
	int64_t era, yy;
	unsigned doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	yy = (int64_t)yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yy + (*m <= 2);
}

static void
put_frac(struct ctx *c, uint32_t frac)
{
	unsigned width = c->opt.nano ? 9 : 6;

	out_char(c->out, '.');
	/* "%06u": a fraction out of range (a bad file) prints in full */
	if (frac < (c->opt.nano ? 1000000000u : 1000000u))
		out_u32_fixed(c->out, frac, width);
	else
		out_u32(c->out, frac);
}

static void
put_hms(struct ctx *c, int64_t secs)
{
	struct out *o = c->out;

	if (secs < 360000)
		out_u32_fixed(o, (uint32_t)(secs / 3600), 2);
	else
		out_u64(o, (uint64_t)secs / 3600);
	out_char(o, ':');
	out_u32_fixed(o, (uint32_t)(secs % 3600 / 60), 2);
	out_char(o, ':');
	out_u32_fixed(o, (uint32_t)(secs % 60), 2);
}

/* " HH:MM:SS.frac" for -ttt and -ttttt: a - sign when time went back. */
static void
put_delta(struct ctx *c, int64_t s1, uint32_t f1, int64_t s0, uint32_t f0)
{
	uint32_t unit = c->opt.nano ? 1000000000u : 1000000u;
	int neg = 0;
	int64_t ds;
	uint32_t df;

	if (s1 < s0 || (s1 == s0 && f1 < f0)) {
		int64_t ts = s1;
		uint32_t tf = f1;
		s1 = s0; f1 = f0; s0 = ts; f0 = tf;
		neg = 1;
	}
	ds = s1 - s0;
	if (f1 >= f0)
		df = f1 - f0;
	else {
		df = f1 + unit - f0;
		ds--;
	}
	out_char(c->out, neg ? '-' : ' ');
	/* tcpdump's delta is a 32-bit time: longer ones do not convert */
	if (ds > INT32_MAX) {
		out_str(c->out, "[Error converting time]");
		return;
	}
	/* tcpdump formats a delta as a time of day: whole days drop */
	put_hms(c, ds % 86400);
	put_frac(c, df);
}

/* Keep what was printed since start as the text for second t. */
static void
remember_prefix(struct ctx *c, int64_t t, size_t start)
{
	size_t n = c->out->len - start;

	/* a flush in between would have moved the text: then do not keep */
	if (c->out->len < start || n > sizeof(c->ts.text)) {
		c->ts.tflag = 0;
		return;
	}
	memcpy(c->ts.text, c->out->buf + start, n);
	c->ts.len = n;
	c->ts.sec = t;
	c->ts.tflag = c->opt.tflag + 1;
}

/* tcpdump's ts_print(), for the -t flags. */
static void
print_time(struct ctx *c, const struct record *r, uint32_t frac)
{
	struct out *o = c->out;
	int64_t t = r->sec;

	/*
	 * tcpdump cannot print a time before the epoch as a date or as
	 * seconds (util-print.c ts_date_hmsfrac_format(), ts_unix_print())
	 */
	if (t < 0 && (c->opt.tflag == 0 || c->opt.tflag == 2 ||
	    c->opt.tflag == 4)) {
		out_str(o, "[Error converting time] ");
		return;
	}
	/* the text before the fraction changes once a second at most */
	if ((c->opt.tflag == 0 || c->opt.tflag == 4) && c->ts.tflag ==
	    c->opt.tflag + 1 && c->ts.sec == t) {
		if (!c->opt.nano && frac < 1000000u) {
			/* the common case, in place: "%s.%06u " */
			char *p = out_begin(o, sizeof(c->ts.text) + 16);

			memcpy(p, c->ts.text, sizeof(c->ts.text));
			p += c->ts.len;
			*p = '.';
			p = put_u32_fixed6(p + 1, frac);
			out_end(o, put_char(p, ' '));
			return;
		}
		out_slot(o, c->ts.text, sizeof(c->ts.text), c->ts.len);
		put_frac(c, frac);
		out_char(o, ' ');
		return;
	}
	switch (c->opt.tflag) {
	case 0: {	/* local time of day */
		int64_t l = t + local_offset(c, t);
		int64_t s = l % 86400;
		size_t start = o->len;
		if (s < 0)
			s += 86400;
		put_hms(c, s);
		remember_prefix(c, t, start);
		put_frac(c, frac);
		out_char(o, ' ');
		break;
	}
	case 1:		/* -t: none */
		break;
	case 2:		/* -tt: seconds since the epoch, as tcpdump's
			 * unsigned 32-bit "%u" prints them */
		out_u32(o, (uint32_t)t);
		put_frac(c, frac);
		out_char(o, ' ');
		break;
	case 3:		/* -ttt: since the previous packet */
	case 5:		/* -ttttt: since the first packet */
		/*
		 * tcpdump takes a zero reference for "none yet", so a packet
		 * at the epoch itself leaves the reference unset
		 */
		if (c->first_sec == 0 && c->first_frac == 0) {
			c->first_sec = t;
			c->first_frac = frac;
		}
		if (c->prev_sec == 0 && c->prev_frac == 0) {
			c->prev_sec = t;
			c->prev_frac = frac;
		}
		if (c->opt.tflag == 3)
			put_delta(c, t, frac, c->prev_sec, c->prev_frac);
		else
			put_delta(c, t, frac, c->first_sec, c->first_frac);
		out_char(o, ' ');
		c->prev_sec = t;
		c->prev_frac = frac;
		break;
	case 4: {	/* -tttt: local date and time */
		int64_t l = t + local_offset(c, t);
		int64_t days = l >= 0 ? l / 86400 : (l - 86399) / 86400;
		int64_t s = l - days * 86400, y;
		unsigned m, d;
		size_t start = o->len;

		civil_from_days(days, &y, &m, &d);
		out_i64(o, y);
		out_char(o, '-');
		out_u32_pad(o, m, 2, '0');
		out_char(o, '-');
		out_u32_pad(o, d, 2, '0');
		out_char(o, ' ');
		put_hms(c, s);
		remember_prefix(c, t, start);
		put_frac(c, frac);
		out_char(o, ' ');
		break;
	}
	}
}

static int
is_graph(uint8_t ch)
{
	return ch > 0x20 && ch <= 0x7e;
}

/* tcpdump's hex_print_with_offset(): -x. */
void
print_hex(struct ctx *c, const uint8_t *p, size_t len, uint32_t oset)
{
	struct out *o = c->out;
	size_t i;

	for (i = 0; i + 1 < len; i += 2) {
		if (i % 16 == 0) {
			out_str(o, "\n\t0x");
			out_hex(o, oset + i, 4);
			out_str(o, ": ");
		}
		out_char(o, ' ');
		out_hex8(o, p[i]);
		out_hex8(o, p[i + 1]);
	}
	if (len & 1) {
		if (i % 16 == 0) {
			out_str(o, "\n\t0x");
			out_hex(o, oset + i, 4);
			out_str(o, ": ");
		}
		out_char(o, ' ');
		out_hex8(o, p[i]);
	}
}

/* tcpdump's hex_and_ascii_print_with_offset(): -X and the default dump. */
void
print_hex_ascii(struct ctx *c, const uint8_t *p, size_t len, uint32_t oset)
{
	struct out *o = c->out;

	for (size_t i = 0; i < len; i += 16) {
		size_t n = len - i < 16 ? len - i : 16;
		char hex[41], asc[17];
		size_t h = 0;

		for (size_t k = 0; k < n; k++) {
			static const char hx[] = "0123456789abcdef";
			if (k % 2 == 0)
				hex[h++] = ' ';
			hex[h++] = hx[p[i + k] >> 4];
			hex[h++] = hx[p[i + k] & 15];
			asc[k] = is_graph(p[i + k]) ? (char)p[i + k] : '.';
		}
		while (h < 40)
			hex[h++] = ' ';
		out_str(o, "\n\t0x");
		out_hex(o, oset + i, 4);
		out_str(o, ": ");
		out_mem(o, hex, 40);
		out_str(o, "  ");
		out_mem(o, asc, n);
	}
}

/* tcpdump's ascii_print(): -A. */
static void
print_ascii(struct ctx *c, const uint8_t *p, size_t len)
{
	struct out *o = c->out;

	out_char(o, '\n');
	for (size_t i = 0; i < len; i++) {
		uint8_t ch = p[i];
		if (ch == '\r') {
			/* a CR is dropped before LF and at the very end */
			if (len - i - 1 > 1 && p[i + 1] != '\n')
				out_char(o, '.');
		} else if (!is_graph(ch) && ch != '\t' && ch != ' ' &&
		    ch != '\n')
			out_char(o, '.');
		else
			out_char(o, (char)ch);
	}
}

/* The default dump of a payload no printer decodes (ND_DEFAULTPRINT). */
void
print_default(struct ctx *c, struct span s)
{
	if (!c->opt.suppress_default_print)
		print_hex_ascii(c, s.p, (size_t)(s.end - s.p), 0);
}

static void
invalid_field(struct out *o, int *any)
{
	out_str(o, *any ? "," : "[Invalid header:");
	*any = 1;
}

void
print_packet(struct ctx *c, const struct record *r, uint64_t number)
{
	struct out *o = c->out;
	volatile unsigned hdrlen = 0;
	uint32_t frac = r->frac;
	int bad = 0;

	if (c->opt.number) {
		out_u32_pad(o, (uint32_t)number, 5, ' ');
		out_str(o, "  ");
	}
	/* tcpdump print.c: records it will not hand to a printer */
	if (r->caplen == 0) {
		out_str(o, "[Invalid header: caplen==0");
		bad = 1;
	}
	if (r->len == 0) {
		invalid_field(o, &bad);
		out_str(o, " len==0");
	} else if (r->len < r->caplen) {
		invalid_field(o, &bad);
		out_str(o, " len(");
		out_u32(o, r->len);
		out_str(o, ") < caplen(");
		out_u32(o, r->caplen);
		out_char(o, ')');
	}
	if (r->caplen > MAXIMUM_SNAPLEN) {
		invalid_field(o, &bad);
		out_str(o, " caplen(");
		out_u32(o, r->caplen);
		out_str(o, ") > 262144");
	}
	if (r->len > MAXIMUM_SNAPLEN) {
		invalid_field(o, &bad);
		out_str(o, " len(");
		out_u32(o, r->len);
		out_str(o, ") > 262144");
	}
	if (bad) {
		out_str(o, "]\n");
		out_line_done(o);
		return;
	}

	/* the file's precision to the printed one (libpcap scales) */
	if (r->nano && !c->opt.nano)
		frac /= 1000;
	else if (!r->nano && c->opt.nano)
		frac = (uint32_t)((uint64_t)frac * 1000);	/* as "%u" would */
	print_time(c, r, frac);

	c->proto = "";
	if (setjmp(c->trunc) == 0) {
		struct span s = span_make(r->data, r->caplen);
		if (c->lt_dlt != r->linktype) {
			c->lt = linktype_find(r->linktype);
			c->lt_dlt = r->linktype;
		}
		hdrlen = linktype_print(c, c->lt, s, r->len);
	} else {
		/*
		 * A getter ran out of bytes: the dumps show the whole packet
		 * (tcpdump: ndo_ll_hdr_len = 0 on ND_TRUNCATED).  Printers
		 * that test first and return, as tcpdump's ND_TCHECK does,
		 * keep their link header out of the dump.
		 */
		print_trunc(c);
		hdrlen = 0;
	}

	if (c->opt.Xflag) {
		if (c->opt.Xflag > 1)
			print_hex_ascii(c, r->data, r->caplen, 0);
		else if (r->caplen > hdrlen)
			print_hex_ascii(c, r->data + hdrlen,
			    r->caplen - hdrlen, 0);
	} else if (c->opt.xflag) {
		if (c->opt.xflag > 1)
			print_hex(c, r->data, r->caplen, 0);
		else if (r->caplen > hdrlen)
			print_hex(c, r->data + hdrlen, r->caplen - hdrlen, 0);
	} else if (c->opt.Aflag) {
		if (c->opt.Aflag > 1)
			print_ascii(c, r->data, r->caplen);
		else if (r->caplen > hdrlen)
			print_ascii(c, r->data + hdrlen, r->caplen - hdrlen);
	}
	out_char(o, '\n');
	out_line_done(o);
}
