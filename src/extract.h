/*
 * extract.h - the only way printers touch packet bytes.
 *
 * A span is a window {p, end} onto captured bytes.  Printers receive spans
 * by value and read them only through the getters below, which check the
 * offset against the span's end and, when the bytes are not there, jump back
 * to the per-packet driver (print.c) through the context's jump buffer.  The
 * driver then prints tcpdump's " [|proto]" marker, with the protocol name the
 * printer set before its first read (tcpdump: extract.h GET_* macros and
 * nd_trunc_longjmp()).
 *
 * Narrowing a span (span_sub, span_cut) replaces tcpdump's nd_push_snaplen():
 * nothing is allocated, so a jump leaks nothing.
 */
#ifndef PCAPCAT_EXTRACT_H
#define PCAPCAT_EXTRACT_H

#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>

#include "pcapcat.h"

struct span {
	const uint8_t	*p;	/* first byte */
	const uint8_t	*end;	/* one past the last captured byte */
};

static inline struct span
span_make(const uint8_t *p, size_t len)
{
	struct span s = { p, p + len };
	return s;
}

/* Bytes captured from offset off on (0 when off is beyond the end). */
static inline size_t
span_avail(struct span s, size_t off)
{
	size_t n = (size_t)(s.end - s.p);
	return off < n ? n - off : 0;
}

/* Are n bytes at off captured?  Never jumps. */
static inline int
span_has(struct span s, size_t off, size_t n)
{
	size_t have = (size_t)(s.end - s.p);
	return off <= have && n <= have - off;
}

/* Leave the packet: the bytes a printer asked for were not captured. */
_Noreturn void trunc_jump(struct ctx *);

static inline void
span_need(struct ctx *c, struct span s, size_t off, size_t n)
{
	if (!span_has(s, off, n))
		trunc_jump(c);
}

static inline uint8_t
get_u8(struct ctx *c, struct span s, size_t off)
{
	span_need(c, s, off, 1);
	return s.p[off];
}

static inline uint16_t
get_be16(struct ctx *c, struct span s, size_t off)
{
	span_need(c, s, off, 2);
	return (uint16_t)(s.p[off] << 8 | s.p[off + 1]);
}

static inline uint16_t
get_le16(struct ctx *c, struct span s, size_t off)
{
	span_need(c, s, off, 2);
	return (uint16_t)(s.p[off + 1] << 8 | s.p[off]);
}

static inline uint32_t
get_be24(struct ctx *c, struct span s, size_t off)
{
	span_need(c, s, off, 3);
	return (uint32_t)s.p[off] << 16 | (uint32_t)s.p[off + 1] << 8 |
	    s.p[off + 2];
}

static inline uint32_t
get_be32(struct ctx *c, struct span s, size_t off)
{
	span_need(c, s, off, 4);
	return (uint32_t)s.p[off] << 24 | (uint32_t)s.p[off + 1] << 16 |
	    (uint32_t)s.p[off + 2] << 8 | s.p[off + 3];
}

static inline uint32_t
get_le32(struct ctx *c, struct span s, size_t off)
{
	span_need(c, s, off, 4);
	return (uint32_t)s.p[off + 3] << 24 | (uint32_t)s.p[off + 2] << 16 |
	    (uint32_t)s.p[off + 1] << 8 | s.p[off];
}

static inline uint64_t
get_be64(struct ctx *c, struct span s, size_t off)
{
	return (uint64_t)get_be32(c, s, off) << 32 | get_be32(c, s, off + 4);
}

/* A pointer to n checked bytes at off, for addresses and copies. */
static inline const uint8_t *
get_bytes(struct ctx *c, struct span s, size_t off, size_t n)
{
	span_need(c, s, off, n);
	return s.p + off;
}

/* The span from off on; jumps if off itself is beyond the capture. */
static inline struct span
span_from(struct ctx *c, struct span s, size_t off)
{
	span_need(c, s, off, 0);
	s.p += off;
	return s;
}

/* The span from off on, empty rather than jumping when off is beyond. */
static inline struct span
span_rest(struct span s, size_t off)
{
	size_t n = (size_t)(s.end - s.p);
	s.p += off < n ? off : n;
	return s;
}

/* Cut the span to at most len bytes (tcpdump's nd_push_snaplen). */
static inline struct span
span_cut(struct span s, size_t len)
{
	if ((size_t)(s.end - s.p) > len)
		s.end = s.p + len;
	return s;
}

#endif
