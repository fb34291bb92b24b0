/*
 * out.c - the output buffer: by-hand formatting of numbers and addresses,
 * and large writes.  See out.h for the invariants.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE	/* F_SETPIPE_SZ (Linux); without it, nothing changes */
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "out.h"

static const char hexdigits[] = "0123456789abcdef";

int
out_init(struct out *o, int fd)
{
#ifdef F_SETPIPE_SZ
	/*
	 * A pipe as large as one of our writes: the reader drains one while
	 * we format the next, instead of both waiting on 64 KiB at a time.
	 * Not a pipe, or not allowed: nothing changes.
	 */
	(void)fcntl(fd, F_SETPIPE_SZ, (int)OUT_CAP);
#endif
	memset(o, 0, sizeof(*o));
	o->buf = malloc(OUT_CAP);
	if (o->buf == NULL)
		return -1;
	o->cap = OUT_CAP;
	o->fd = fd;
	return 0;
}

void
out_free(struct out *o)
{
	free(o->buf);
	o->buf = NULL;
}

/* Write everything buffered; on failure remember errno and drop the data. */
int
out_flush(struct out *o)
{
	size_t off = 0;

	while (off < o->len && o->err == 0) {
		ssize_t n = write(o->fd, o->buf + off, o->len - off);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			o->err = errno;
			break;
		}
		off += (size_t)n;
	}
	o->len = 0;
	return o->err == 0 ? 0 : -1;
}

/* The slow path of out_mem(): the bytes do not fit in the free space. */
void
out_spill(struct out *o, const void *p, size_t n)
{
	const char *s = p;

	while (n > 0) {
		size_t room;

		if (o->len + 1 >= o->cap)
			out_flush(o);
		room = o->cap - o->len - 1;
		if (room > n)
			room = n;
		memcpy(o->buf + o->len, s, room);
		o->len += room;
		s += room;
		n -= room;
	}
}

/* For rare, cold messages only: never on a per-packet path. */
void
out_fmt(struct out *o, const char *fmt, ...)
{
	char tmp[1024];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof(tmp))
		n = sizeof(tmp) - 1;
	out_mem(o, tmp, (size_t)n);
}

/* "00" .. "99": two digits per division. */
static const char digit_pairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233"
    "34353637383940414243444546474849505152535455565758596061626364656667"
    "6869707172737475767778798081828384858687888990919293949596979899";

/* Decimal digits of v, right-aligned at end; returns the first. */
static char *
fmt_u64(char *end, uint64_t v)
{
	char *p = end;

	while (v >= 100) {
		unsigned r = (unsigned)(v % 100);
		v /= 100;
		p -= 2;
		memcpy(p, digit_pairs + 2 * r, 2);
	}
	if (v >= 10) {
		p -= 2;
		memcpy(p, digit_pairs + 2 * v, 2);
	} else
		*--p = (char)('0' + v);
	return p;
}

void
out_u64(struct out *o, uint64_t v)
{
	char tmp[20], *p = fmt_u64(tmp + sizeof(tmp), v);

	out_mem(o, p, (size_t)(tmp + sizeof(tmp) - p));
}

/*
 * Decimal text of a u32 at d, returning its end (put_u32 below).  The ranges are split so
 * that the digit pairs come from independent divisions by constants (each
 * a multiply and a shift) rather than from one chain of them: the numbers
 * on a TCP line are mostly 5 or 10 digits long.
 */
static inline char *
put2(char *d, unsigned x)
{
	memcpy(d, digit_pairs + 2 * x, 2);
	return d + 2;
}

static inline char *
put1or2(char *d, unsigned x)
{
	if (x < 10) {
		*d = (char)('0' + x);
		return d + 1;
	}
	return put2(d, x);
}

static inline char *
put4(char *d, unsigned x)
{
	put2(d, x / 100);
	return put2(d + 2, x % 100);
}

char *
put_u32(char *d, uint32_t v)
{
	unsigned h, l;

	if (v < 100)
		return put1or2(d, v);
	if (v < 10000)
		return put2(put1or2(d, v / 100), v % 100);
	if (v < 1000000) {
		h = v / 10000;
		l = v % 10000;
		return put4(put1or2(d, h), l);
	}
	if (v < 100000000) {
		h = v / 1000000;
		l = v % 1000000;
		d = put2(put1or2(d, h), l / 10000);
		return put4(d, l % 10000);
	}
	h = v / 100000000;
	l = v % 100000000;
	d = put4(put1or2(d, h), l / 10000);
	return put4(d, l % 10000);
}

void
out_u32(struct out *o, uint32_t v)
{
	char *d = out_room(o, 10);

	o->len += (size_t)(put_u32(d, v) - d);
}

char *
put_u32_fixed6(char *d, uint32_t v)
{
	return put4(put2(d, v / 10000), v % 10000);
}

/* Exactly width digits of v (v < 10^width), zero-filled: "%0*u". */
void
out_u32_fixed(struct out *o, uint32_t v, unsigned width)
{
	char *d = out_room(o, 10);

	switch (width) {
	case 6:		/* microseconds */
		put_u32_fixed6(d, v);
		break;
	case 9:		/* nanoseconds */
		*d = (char)('0' + v / 100000000);
		v %= 100000000;
		put4(put4(d + 1, v / 10000), v % 10000);
		break;
	default: {
		char *p = d + width;

		while (p - d >= 2) {
			p -= 2;
			memcpy(p, digit_pairs + 2 * (v % 100), 2);
			v /= 100;
		}
		if (p > d)
			*d = (char)('0' + v % 10);
		break;
	}
	}
	o->len += width;
}

void
out_i64(struct out *o, int64_t v)
{
	if (v < 0) {
		out_char(o, '-');
		out_u64(o, (uint64_t)0 - (uint64_t)v);
	} else
		out_u64(o, (uint64_t)v);
}

/* "%0*u" (fill '0') or "%*u" (fill ' '). */
void
out_u32_pad(struct out *o, uint32_t v, unsigned width, char fill)
{
	char tmp[32], *end = tmp + sizeof(tmp), *p;

	if (width > 20)
		width = 20;
	p = fmt_u64(end, v);
	while ((unsigned)(end - p) < width)
		*--p = fill;
	out_mem(o, p, (size_t)(end - p));
}

/* "%0*x" with width as the minimum number of digits. */
void
out_hex(struct out *o, uint64_t v, unsigned width)
{
	char tmp[16];
	int i = sizeof(tmp);

	if (width > 16)
		width = 16;
	do {
		tmp[--i] = hexdigits[v & 15];
		v >>= 4;
	} while (v != 0);
	while (sizeof(tmp) - (size_t)i < width)
		tmp[--i] = '0';
	out_mem(o, tmp + i, sizeof(tmp) - (size_t)i);
}

void
out_hex8(struct out *o, uint8_t v)
{
	char tmp[2] = { hexdigits[v >> 4], hexdigits[v & 15] };

	out_mem(o, tmp, 2);
}

/* "0" .. "255" padded to 4 bytes, and each one's length in the last. */
static const char octet_text[256][4] = {
#define OCTET1(n)	{ '0' + (n), 0, 0, 1 }
#define OCTET2(n)	{ '0' + (n) / 10, '0' + (n) % 10, 0, 2 }
#define OCTET3(n)	{ '0' + (n) / 100, '0' + (n) / 10 % 10, '0' + (n) % 10, 3 }
#define ROW10(f, n)	f(n), f(n + 1), f(n + 2), f(n + 3), f(n + 4), \
			f(n + 5), f(n + 6), f(n + 7), f(n + 8), f(n + 9)
	ROW10(OCTET1, 0),
	ROW10(OCTET2, 10), ROW10(OCTET2, 20), ROW10(OCTET2, 30),
	ROW10(OCTET2, 40), ROW10(OCTET2, 50), ROW10(OCTET2, 60),
	ROW10(OCTET2, 70), ROW10(OCTET2, 80), ROW10(OCTET2, 90),
	ROW10(OCTET3, 100), ROW10(OCTET3, 110), ROW10(OCTET3, 120),
	ROW10(OCTET3, 130), ROW10(OCTET3, 140), ROW10(OCTET3, 150),
	ROW10(OCTET3, 160), ROW10(OCTET3, 170), ROW10(OCTET3, 180),
	ROW10(OCTET3, 190), ROW10(OCTET3, 200), ROW10(OCTET3, 210),
	ROW10(OCTET3, 220), ROW10(OCTET3, 230), ROW10(OCTET3, 240),
	OCTET3(250), OCTET3(251), OCTET3(252), OCTET3(253), OCTET3(254),
	OCTET3(255)
#undef ROW10
#undef OCTET3
#undef OCTET2
#undef OCTET1
};

/* Dotted quad: each octet's text copied whole (4 bytes), then cut. */
char *
put_ipv4(char *d, const uint8_t *a)
{
	memcpy(d, octet_text[a[0]], 4);
	d += octet_text[a[0]][3];
	for (int k = 1; k < 4; k++) {
		*d = '.';
		memcpy(d + 1, octet_text[a[k]], 4);
		d += 1 + octet_text[a[k]][3];
	}
	return d;
}

void
out_ipv4(struct out *o, const uint8_t *a)
{
	out_end(o, put_ipv4(out_room(o, 20), a));
}

/*
 * RFC 5952 text, as inet_ntop(3) writes it (which is what tcpdump prints):
 * the longest run of two or more zero groups becomes "::", the first such
 * run on a tie; IPv4-mapped and IPv4-compatible forms end in dotted quad.
 */
static size_t fmt_ipv6(char *, const uint8_t *);

/*
 * Formatting an IPv6 address is dear; a cache of the texts, direct-mapped
 * on a hash of the address, answers most calls.  The text is copied whole
 * (its slot's 47 bytes) and cut: p must have 48 bytes of room.
 */
char *
put_ipv6(struct out *o, char *p, const uint8_t *a)
{
	struct out_v6 *e;
	uint64_t w[2], h;

	memcpy(w, a, 16);
	h = (w[0] ^ w[1]) * 0x9e3779b97f4a7c15ull;
	e = &o->v6[(h >> 32) & (OUT_V6_SLOTS - 1)];
	if (e->len == 0 || memcmp(e->addr, a, 16) != 0) {
		memcpy(e->addr, a, 16);
		e->len = (uint8_t)fmt_ipv6(e->text, a);
	}
	memcpy(p, e->text, sizeof(e->text));
	return p + e->len;
}

void
out_ipv6(struct out *o, const uint8_t *a)
{
	out_end(o, put_ipv6(o, out_room(o, 48), a));
}

static size_t
fmt_ipv6(char *tmp, const uint8_t *a)
{
	size_t n = 0;
	unsigned g[8];
	int best = -1, bestlen = 0;

	for (int k = 0; k < 8; k++)
		g[k] = (unsigned)a[2 * k] << 8 | a[2 * k + 1];
	for (int k = 0; k < 8;) {
		int run = 0;
		while (k + run < 8 && g[k + run] == 0)
			run++;
		if (run > bestlen) {
			best = k;
			bestlen = run;
		}
		k += run > 0 ? run : 1;
	}
	if (bestlen < 2)
		best = -1;
	for (int k = 0; k < 8; k++) {
		if (k == best) {
			tmp[n++] = ':';
			if (k + bestlen == 8)
				tmp[n++] = ':';
			k += bestlen - 1;
			continue;
		}
		if (k > 0)
			tmp[n++] = ':';
		/* ::ffff:a.b.c.d and ::a.b.c.d, as glibc's inet_ntop prints */
		if (k == 6 && best == 0 &&
		    (bestlen == 6 || (bestlen == 5 && g[5] == 0xffff))) {
			char q[16];
			int m = 0;
			for (int j = 12; j < 16; j++) {
				unsigned v = a[j];
				if (j > 12)
					q[m++] = '.';
				if (v >= 100)
					q[m++] = (char)('0' + v / 100);
				if (v >= 10)
					q[m++] = (char)('0' + v / 10 % 10);
				q[m++] = (char)('0' + v % 10);
			}
			memcpy(tmp + n, q, (size_t)m);
			n += (size_t)m;
			break;
		}
		{
			unsigned v = g[k];
			int started = 0;
			for (int sh = 12; sh >= 0; sh -= 4) {
				unsigned d = (v >> sh) & 15;
				if (d != 0 || started || sh == 0) {
					tmp[n++] = hexdigits[d];
					started = 1;
				}
			}
		}
	}
	return n;
}

void
out_mac(struct out *o, const uint8_t *a)
{
	char tmp[17];

	for (int k = 0; k < 6; k++) {
		tmp[3 * k] = hexdigits[a[k] >> 4];
		tmp[3 * k + 1] = hexdigits[a[k] & 15];
		if (k < 5)
			tmp[3 * k + 2] = ':';
	}
	out_mem(o, tmp, sizeof(tmp));
}
