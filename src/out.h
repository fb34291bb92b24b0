/*
 * out.h - the output buffer every printer writes into.
 *
 * One buffer per program run.  Printers append bytes; the driver calls
 * out_line_done() after each packet, which writes the buffer out in one
 * large write(2) once it holds more than OUT_FLUSH_AT bytes (or at once
 * under -l/-U).  Nothing here allocates after out_init(), and nothing here
 * calls printf on the hot path: numbers and addresses are formatted by hand.
 *
 * Invariants: len < cap; a single append may be larger than the free space
 * (a hex dump of a 256 KiB packet), in which case the buffer is written out
 * first, mid-line, which changes nothing in what the reader sees.
 * A write error is remembered in err (an errno value) and every later flush
 * is a no-op; the caller reports it once, at the end.
 */
#ifndef PCAPCAT_OUT_H
#define PCAPCAT_OUT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define OUT_CAP		(256u << 10)
#define OUT_FLUSH_AT	(OUT_CAP - (64u << 10))

/* The text of a recently printed IPv6 address (out_ipv6's cache). */
#define OUT_V6_SLOTS	64	/* a power of 2 */
struct out_v6 {
	uint8_t	 addr[16];
	char	 text[47];	/* at most 39 ("ffff:...:ffff"), room to spare */
	uint8_t	 len;		/* 0: empty */
};

struct out {
	char	*buf;
	size_t	 len;
	size_t	 cap;
	int	 fd;
	int	 err;		/* errno of the first failed write, or 0 */
	int	 eager;		/* flush after every packet (-l, -U) */
	struct out_v6 v6[OUT_V6_SLOTS];	/* hosts repeat: direct-mapped */
};

int	out_init(struct out *, int fd);
void	out_free(struct out *);
int	out_flush(struct out *);
void	out_spill(struct out *, const void *, size_t);
void	out_fmt(struct out *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));

/* Append n bytes; the fast path is a memcpy. */
static inline void
out_mem(struct out *o, const void *p, size_t n)
{
	if (n < o->cap - o->len) {
		memcpy(o->buf + o->len, p, n);
		o->len += n;
	} else
		out_spill(o, p, n);
}

static inline void
out_str(struct out *o, const char *s)
{
	out_mem(o, s, strlen(s));
}

static inline void
out_char(struct out *o, char ch)
{
	if (o->len + 1 >= o->cap)
		out_flush(o);
	o->buf[o->len++] = ch;
}

/*
 * Room for n more bytes at the end of the buffer (n < OUT_CAP / 2): the
 * fast path of the formatters below, which write in place.
 */
static inline char *
out_room(struct out *o, size_t n)
{
	if (o->cap - o->len <= n)
		out_flush(o);
	return o->buf + o->len;
}

/*
 * Text kept zero-padded in a slot of `size` bytes (a constant): copied
 * whole, which is one or two moves, then cut to its length n < size.
 */
#define out_slot(o, slot, size, n) do {					\
	struct out *o_ = (o);						\
	memcpy(out_room(o_, (size)), (slot), (size));			\
	o_->len += (n);							\
} while (0)

/*
 * Writing in place, for a hot stretch of a line whose length is bounded:
 * p = out_begin(o, n) reserves n bytes (n < OUT_CAP / 2), the put_*()
 * helpers write at p and return the new end, out_end(o, p) keeps them.
 * The length lives in a register meanwhile, not reloaded after each byte.
 */
static inline char *
out_begin(struct out *o, size_t n)
{
	return out_room(o, n);
}

static inline void
out_end(struct out *o, char *p)
{
	o->len = (size_t)(p - o->buf);
}

char	*put_u32(char *, uint32_t);		/* decimal, at most 10 bytes */
char	*put_ipv4(char *, const uint8_t *);	/* at most 15 bytes, writes 19 */
char	*put_u32_fixed6(char *, uint32_t);	/* "%06u" of v < 10^6 */
char	*put_ipv6(struct out *, char *, const uint8_t *);	/* room: 48 */

static inline char *
put_char(char *p, char ch)
{
	*p = ch;
	return p + 1;
}

/* A string literal, without its NUL. */
#define put_lit(p, s)	((char *)memcpy((p), (s), sizeof(s) - 1) + sizeof(s) - 1)

static inline void
out_line_done(struct out *o)
{
	if (o->len >= OUT_FLUSH_AT || o->eager)
		out_flush(o);
}

void	out_u64(struct out *, uint64_t);
void	out_u32(struct out *, uint32_t);
void	out_i64(struct out *, int64_t);
void	out_u32_pad(struct out *, uint32_t, unsigned width, char fill);
void	out_u32_fixed(struct out *, uint32_t, unsigned width);	/* width <= 10 */
void	out_hex(struct out *, uint64_t, unsigned width);	/* lower case */
void	out_hex8(struct out *, uint8_t);			/* "%02x" */
void	out_ipv4(struct out *, const uint8_t *);
void	out_ipv6(struct out *, const uint8_t *);
void	out_mac(struct out *, const uint8_t *);

#endif
