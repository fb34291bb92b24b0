/*
 * reader.h - capture files in, records out.
 *
 * The reader knows nothing of protocols.  It reads the file in large blocks
 * through a byte source (plain file, pipe, later decompressors), asks each
 * format probe in turn whether the file is theirs (libpcap: savefile.c
 * check_headers[]), and then yields records with every header field already
 * in host byte order.  It never seeks, so "-" and pipes work.
 *
 * Memory is bounded: the input buffer grows only to the largest record the
 * format allows (READER_MAX_RECORD), never with the size of the file.
 *
 * Under the formats lies the byte source (source.c): read(2) on the file,
 * or a gzip (zlib) or zstd (libzstd) decompressor over it, chosen by the
 * file's first bytes, never by its name.  All offsets are 64-bit.
 */
#ifndef PCAPCAT_READER_H
#define PCAPCAT_READER_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define READER_BLOCK		(256u << 10)	/* one read(2) */
#define READER_MAX_RECORD	(16u << 20)	/* largest pcapng block we take */

/* One packet as the file holds it. */
struct record {
	int64_t		 sec;		/* seconds since the epoch, UTC */
	uint32_t	 frac;		/* fraction of a second ... */
	int		 nano;		/* ... in ns when 1, else in us */
	uint32_t	 caplen;	/* bytes in data */
	uint32_t	 len;		/* bytes on the wire */
	int		 linktype;	/* the DLT the bytes begin with */
	const uint8_t	*data;
};

struct reader;

/* A file format: probe() looks at the first four bytes. */
struct format {
	const char	*name;
	/* 1: mine and the header is good; 0: not mine; -1: mine but broken */
	int		(*probe)(struct reader *, const uint8_t magic[4]);
	/* 1: a record; 0: clean end of file; -1: error in r->err */
	int		(*next)(struct reader *, struct record *);
};

struct reader {
	const char	*name;		/* as the user gave it ("-" for stdin) */
	int		 fd;
	uint8_t		*buf;
	size_t		 cap, pos, fill;
	uint64_t	 base;		/* file offset of buf[0] */
	int		 eof;
	int		 rerrno;	/* errno of a failed read(2), or 0 */
	const struct format *fmt;

	/* the byte source (source.c) */
	const char	*zname;		/* "gzip", "zstd", or NULL: plain */
	void		*zstate;	/* the decompressor's */
	uint64_t	 rawoff;	/* bytes read from fd so far */
	char		 zerr[160];	/* a decompression fault, else "" */
	uint64_t	 zerroff;	/* compressed offset of that fault */

	char		 err[256];	/* libpcap's wording of the fault */
	char		 where[128];	/* where in the file it lies */
	uint64_t	 nrecords;	/* records returned so far */

	/* what the file header says, for "reading from file ..." */
	int		 linktype;	/* DLT */
	uint32_t	 snaplen;	/* adjusted as libpcap adjusts it */

	/* classic pcap */
	int		 swapped;
	int		 nsec;
	int		 lengths_swapped;	/* 0 no, 1 yes, 2 maybe (2.3) */
	unsigned	 hdrsize;		/* 16, or 24 (Kuznetzov) */
	uint32_t	 maxcaplen;		/* max_snaplen_for_dlt(linktype) */
	uint8_t		*scratch;		/* caplen > snaplen cut copies */

	/* pcapng (reader-pcapng.c) */
	void		*ng;
	/*
	 * The caller may set this after reader_open() when the user asked
	 * for nanoseconds: pcapng time stamps are then scaled exactly as
	 * libpcap's nanosecond precision does.  Left 0, they are scaled as
	 * its microsecond precision does, in ns wherever that is exact.
	 * (They differ only where libpcap's arithmetic overflows: binary
	 * resolutions finer than 2^-34 s.)
	 */
	int		 want_nano;
};

int		 reader_open(struct reader *, const char *path);
int		 reader_next(struct reader *, struct record *);
void		 reader_close(struct reader *);
uint64_t	 reader_offset(const struct reader *);

/* For the format modules. */
size_t		 reader_refill(struct reader *, size_t n);

/*
 * Make n bytes available at reader_peek(); returns how many are, which is
 * less than n only at end of input or on a read error (r->rerrno).  Inline:
 * it is asked twice per record, and nearly always has them.
 */
static inline size_t
reader_need(struct reader *r, size_t n)
{
	if (r->fill - r->pos >= n)
		return n;
	return reader_refill(r, n);
}

static inline const uint8_t *
reader_peek(struct reader *r)
{
	return r->buf + r->pos;
}

static inline void
reader_skip(struct reader *r, size_t n)
{
	r->pos += n;
}

void		 reader_fail(struct reader *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));
uint32_t	 max_snaplen_for_dlt(int dlt);
int		 linktype_to_dlt(int linktype);

extern const struct format format_pcap;
extern const struct format format_pcapng;
void		 pcapng_free(struct reader *);

/* source.c: the bytes under the formats. */
ssize_t		 source_read(struct reader *, uint8_t *, size_t);
int		 source_probe(struct reader *);
void		 source_free(struct reader *);

#endif
