/*
 * source.c - the bytes under the formats: the file itself, or a gzip (zlib)
 * or zstd (libzstd) decompressor over it.
 *
 * Compression is recognised by the file's first bytes (gzip 1f 8b, zstd
 * 28 b5 2f fd), never by its name, so "-" and pipes work as files do.  The
 * decompressors stream: the compressed input goes through one buffer of
 * READER_BLOCK bytes, the output straight into the reader's buffer, and
 * nothing seeks.  Their own memory is bounded too: zlib's window is 32 KiB,
 * and zstd frames asking for a window above 2^27 bytes are refused (libzstd's
 * default limit, set here explicitly).
 *
 * A fault in the compressed data is reported only when the formats run out
 * of good bytes: every record decompressed before it is returned first.
 * The formats then see a read error (EBADMSG); reader.c rewrites it with
 * the text kept in r->zerr and the compressed offset in r->zerroff.
 *
 * Built with HAVE_ZLIB and/or HAVE_ZSTD; without one, such a file gets an
 * error naming the library it needs.  The libraries are loaded (dlopen) by
 * their Linux sonames only when a compressed file turns up: mapping and
 * relocating them at every start cost a quarter of a millisecond, a tenth
 * of the time pcapcat takes over a 10 MB capture.  Their functions are
 * reached through a table kept with the decompressor, not a global.
 */
#define _FILE_OFFSET_BITS 64

#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifdef HAVE_ZLIB
#include <zlib.h>
#endif
#ifdef HAVE_ZSTD
#include <zstd.h>
#endif

#include "reader.h"

#define ZSTD_WINDOWLOG_CAP	27	/* 128 MiB, libzstd's default limit */

/* read(2) on the file, counting the bytes for compressed offsets */
static ssize_t
raw_read(struct reader *r, uint8_t *p, size_t n)
{
	ssize_t got;

	do
		got = read(r->fd, p, n);
	while (got < 0 && errno == EINTR);
	if (got > 0)
		r->rawoff += (uint64_t)got;
	return got;
}

/*
 * What every decompressor shares: its compressed input buffer and how a
 * fault is handed on after the good bytes before it.
 */
#ifdef HAVE_ZLIB
#define ZLIB_SONAME	"libz.so.1"
struct zlib_fns {
	int		(*inflateInit2_)(z_streamp, int, const char *, int);
	int		(*inflate)(z_streamp, int);
	int		(*inflateEnd)(z_streamp);
	int		(*inflateReset)(z_streamp);
};
#endif
#ifdef HAVE_ZSTD
#define ZSTD_SONAME	"libzstd.so.1"
struct zstd_fns {
	ZSTD_DStream	*(*createDStream)(void);
	size_t		(*freeDStream)(ZSTD_DStream *);
	size_t		(*DCtx_setParameter)(ZSTD_DCtx *, ZSTD_dParameter, int);
	size_t		(*decompressStream)(ZSTD_DStream *, ZSTD_outBuffer *,
			    ZSTD_inBuffer *);
	unsigned	(*isError)(size_t);
	const char	*(*getErrorName)(size_t);
	size_t		(*DStreamOutSize)(void);
};
#endif

struct zsrc {
	ssize_t		(*read)(struct reader *, struct zsrc *, uint8_t *,
			    size_t);
	void		(*free)(struct zsrc *);
	uint8_t		*in;		/* READER_BLOCK bytes */
	size_t		 inlen;		/* valid bytes in in[] */
	size_t		 inpos;		/* consumed bytes of in[] */
	int		 ineof;		/* read(2) said end of file */
	int		 inerrno;	/* read(2) failed with this */
	int		 failed;	/* r->zerr set, report at next read */
	void		*lib;		/* dlopen() handle */
#ifdef HAVE_ZLIB
	struct zlib_fns	 zl;
	z_stream	 z;
	int		 zinit;		/* inflateInit2() done */
	int		 member_end;	/* a gzip member ended at inpos */
#endif
#ifdef HAVE_ZSTD
	struct zstd_fns	 zd;
	ZSTD_DStream	*zs;
	size_t		 zlast;		/* 0: between frames */
#endif
};

#if defined(HAVE_ZLIB) || defined(HAVE_ZSTD)
/*
 * Load soname and fill fns from names (NULL-terminated, in the table's
 * order, every entry a function pointer).  0, or -1 with r->err set.
 */
static int
zlib_load(struct reader *r, struct zsrc *s, const char *soname,
    const char *const *names, void **fns)
{
	const char *why;

	if ((s->lib = dlopen(soname, RTLD_NOW | RTLD_LOCAL)) == NULL) {
		why = dlerror();
		goto fail;
	}
	for (size_t k = 0; names[k] != NULL; k++) {
		void *f = dlsym(s->lib, names[k]);

		if (f == NULL) {
			why = dlerror();
			goto fail;
		}
		memcpy(&fns[k], &f, sizeof(f));
	}
	return 0;
fail:
	reader_fail(r, "%s is %s-compressed, and %s, which reading it "
	    "needs, could not be loaded: %s", r->name, r->zname, soname,
	    why != NULL ? why : "unknown error");
	return -1;
}
#endif

#if defined(HAVE_ZLIB) || defined(HAVE_ZSTD)
/* Refill the compressed input when it is used up; -1 on a read error. */
static int
zfill(struct reader *r, struct zsrc *s)
{
	ssize_t got;

	if (s->inpos < s->inlen || s->ineof)
		return 0;
	if (s->inerrno != 0) {
		errno = s->inerrno;
		return -1;
	}
	got = raw_read(r, s->in, READER_BLOCK);
	if (got < 0)
		return -1;
	s->inlen = (size_t)got;
	s->inpos = 0;
	if (got == 0)
		s->ineof = 1;
	return 0;
}

/* Record a fault in the compressed data at the current input position. */
static void
zfail(struct reader *r, struct zsrc *s, const char *what)
{
	snprintf(r->zerr, sizeof(r->zerr), "%s: %s", r->zname, what);
	r->zerroff = r->rawoff - (uint64_t)(s->inlen - s->inpos);
	s->failed = 1;
}
#endif

#ifdef HAVE_ZLIB
static ssize_t
gz_read(struct reader *r, struct zsrc *s, uint8_t *out, size_t n)
{
	z_stream *z = &s->z;
	size_t want = n > UINT_MAX ? UINT_MAX : n;
	int rc;

	z->next_out = out;
	z->avail_out = (uInt)want;
	while (z->avail_out == want) {
		if (zfill(r, s) < 0)
			return -1;
		if (s->member_end) {
			/* after a member: end of file, or another member */
			if (s->inpos == s->inlen)
				return 0;
			if (s->in[s->inpos] != 0x1f) {
				zfail(r, s, "trailing garbage after "
				    "compressed data");
				break;
			}
			if (s->zl.inflateReset(z) != Z_OK) {
				zfail(r, s, "cannot restart the decompressor");
				break;
			}
			s->member_end = 0;
		}
		if (s->inpos == s->inlen) {
			zfail(r, s, "unexpected end of compressed data");
			break;
		}
		z->next_in = s->in + s->inpos;
		z->avail_in = (uInt)(s->inlen - s->inpos);
		rc = s->zl.inflate(z, Z_NO_FLUSH);
		s->inpos = s->inlen - z->avail_in;
		if (rc == Z_STREAM_END)
			s->member_end = 1;
		else if (rc == Z_MEM_ERROR) {
			zfail(r, s, "out of memory");
			break;
		} else if (rc != Z_OK && rc != Z_BUF_ERROR) {
			zfail(r, s, z->msg != NULL ? z->msg :
			    "invalid compressed data");
			break;
		}
	}
	if (z->avail_out == want && s->failed) {
		errno = EBADMSG;
		return -1;
	}
	return (ssize_t)(want - z->avail_out);
}

static void
gz_free(struct zsrc *s)
{
	if (s->zinit)
		s->zl.inflateEnd(&s->z);
}
#endif

#ifdef HAVE_ZSTD
static ssize_t
zstd_read(struct reader *r, struct zsrc *s, uint8_t *out, size_t n)
{
	/*
	 * At most a block's worth per call: libzstd leaves ob.pos alone when
	 * a call fails, so what that call decoded before the fault is lost;
	 * small calls lose no more than the block with the fault in it.
	 */
	size_t most = s->zd.DStreamOutSize();	/* a block */
	ZSTD_outBuffer ob = { out, n < most ? n : most, 0 };

	while (ob.pos == 0) {
		ZSTD_inBuffer ib;
		size_t rc;

		int drained;

		if (zfill(r, s) < 0)
			return -1;
		drained = s->inpos == s->inlen;
		/* input all used, the last frame whole and flushed: the end */
		if (drained && s->zlast == 0)
			return 0;
		ib.src = s->in;
		ib.size = s->inlen;
		ib.pos = s->inpos;
		rc = s->zd.decompressStream(s->zs, &ob, &ib);
		s->inpos = ib.pos;
		if (s->zd.isError(rc)) {
			/*
			 * libzstd does not say how far it got into the
			 * input of a failed call: the offset is where that
			 * call began, before the fault.
			 */
			zfail(r, s, s->zd.getErrorName(rc));
			break;
		}
		s->zlast = rc;
		/* nothing came of what was held back: the input stops short */
		if (ob.pos == 0 && drained) {
			zfail(r, s, "unexpected end of compressed data");
			break;
		}
	}
	if (ob.pos == 0 && s->failed) {
		errno = EBADMSG;
		return -1;
	}
	return (ssize_t)ob.pos;
}

static void
zstd_free(struct zsrc *s)
{
	if (s->zs != NULL)
		s->zd.freeDStream(s->zs);
}
#endif

/* The decompressor's own end, then its buffer and library. */
static void
zsrc_free(struct zsrc *s)
{
	if (s->free != NULL && s->lib != NULL)
		s->free(s);
	if (s->lib != NULL)
		dlclose(s->lib);
	free(s->in);
	free(s);
}

ssize_t
source_read(struct reader *r, uint8_t *p, size_t n)
{
	struct zsrc *s = r->zstate;

	if (s == NULL)
		return raw_read(r, p, n);
	if (s->failed) {
		errno = EBADMSG;
		return -1;
	}
	return s->read(r, s, p, n);
}

/*
 * Look at the first bytes (r->buf holds at least 4, read raw): when they
 * begin a compressed stream, put a decompressor under the reader and hand
 * it those bytes as its first input.  1: switched; 0: not compressed; -1:
 * compressed, but not readable here (r->err says why).
 */
int
source_probe(struct reader *r)
{
	const uint8_t *m = reader_peek(r);
	struct zsrc *s;
	size_t have;

	if (m[0] == 0x1f && m[1] == 0x8b)
		r->zname = "gzip";
	else if (m[0] == 0x28 && m[1] == 0xb5 && m[2] == 0x2f && m[3] == 0xfd)
		r->zname = "zstd";
	else
		return 0;
#ifndef HAVE_ZLIB
	if (m[0] == 0x1f) {
		reader_fail(r, "%s is gzip-compressed, and this pcapcat was "
		    "built without zlib, which reading it needs", r->name);
		return -1;
	}
#endif
#ifndef HAVE_ZSTD
	if (m[0] == 0x28) {
		reader_fail(r, "%s is zstd-compressed, and this pcapcat was "
		    "built without libzstd, which reading it needs", r->name);
		return -1;
	}
#endif
	have = r->fill - r->pos;
	if ((s = calloc(1, sizeof(*s))) == NULL ||
	    (s->in = malloc(READER_BLOCK)) == NULL || have > READER_BLOCK) {
		if (s != NULL)
			free(s->in);
		free(s);
		reader_fail(r, "out of memory");
		return -1;
	}
	memcpy(s->in, m, have);
	s->inlen = have;
	s->ineof = r->eof && r->rerrno == 0;
	s->inerrno = r->rerrno;
#ifdef HAVE_ZLIB
	if (m[0] == 0x1f) {
		static const char *const names[] = { "inflateInit2_",
		    "inflate", "inflateEnd", "inflateReset", NULL };

		s->read = gz_read;
		s->free = gz_free;
		if (zlib_load(r, s, ZLIB_SONAME, names, (void **)&s->zl) != 0)
			goto fail;
		/* 16 + MAX_WBITS: a gzip header and trailer, not zlib's */
		if (s->zl.inflateInit2_(&s->z, 16 + MAX_WBITS, ZLIB_VERSION,
		    (int)sizeof(z_stream)) != Z_OK) {
			reader_fail(r, "out of memory");
			goto fail;
		}
		s->zinit = 1;
	}
#endif
#ifdef HAVE_ZSTD
	if (m[0] == 0x28) {
		static const char *const names[] = { "ZSTD_createDStream",
		    "ZSTD_freeDStream", "ZSTD_DCtx_setParameter",
		    "ZSTD_decompressStream", "ZSTD_isError",
		    "ZSTD_getErrorName", "ZSTD_DStreamOutSize", NULL };

		s->zlast = 1;	/* inside a frame until one ends */
		s->read = zstd_read;
		s->free = zstd_free;
		if (zlib_load(r, s, ZSTD_SONAME, names, (void **)&s->zd) != 0)
			goto fail;
		if ((s->zs = s->zd.createDStream()) == NULL ||
		    s->zd.isError(s->zd.DCtx_setParameter(s->zs,
		    ZSTD_d_windowLogMax, ZSTD_WINDOWLOG_CAP))) {
			reader_fail(r, "out of memory");
			goto fail;
		}
	}
#endif
	/* The reader starts over, on the decompressed bytes. */
	r->zstate = s;
	r->pos = r->fill = 0;
	r->base = 0;
	r->eof = 0;
	r->rerrno = 0;
	return 1;
#if defined(HAVE_ZLIB) || defined(HAVE_ZSTD)
fail:
	zsrc_free(s);
	return -1;
#endif
}

void
source_free(struct reader *r)
{
	if (r->zstate == NULL)
		return;
	zsrc_free(r->zstate);
	r->zstate = NULL;
}
