/*
 * reader.c - the byte source under every format, and the probe table.
 *
 * Input is read in READER_BLOCK reads into one buffer; a format asks for
 * the next n contiguous bytes with reader_need() and consumes them with
 * reader_skip().  Bytes already consumed are dropped when the buffer is
 * refilled, so the buffer never holds more than one block plus one record.
 * The bytes come from source.c: the file, or a decompressor over it.
 */
#define _FILE_OFFSET_BITS 64	/* open(2) files over 2 GiB on 32-bit hosts */

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "reader.h"

static const struct format *const formats[] = {
	&format_pcap,
	&format_pcapng,
};

uint64_t
reader_offset(const struct reader *r)
{
	return r->base + r->pos;
}

/* reader_need()'s slow path (reader.h): read more. */
size_t
reader_refill(struct reader *r, size_t n)
{
	if (r->pos > 0) {
		memmove(r->buf, r->buf + r->pos, r->fill - r->pos);
		r->base += r->pos;
		r->fill -= r->pos;
		r->pos = 0;
	}
	if (n > r->cap) {
		size_t want = r->cap;
		uint8_t *p;

		while (want < n)
			want *= 2;
		p = realloc(r->buf, want);
		if (p == NULL)
			return r->fill;
		r->buf = p;
		r->cap = want;
	}
	while (r->fill < n && !r->eof) {
		size_t room = r->cap - r->fill;
		ssize_t got;

		if (room > READER_BLOCK && r->fill >= n)
			room = READER_BLOCK;
		got = source_read(r, r->buf + r->fill, room);
		if (got < 0) {
			r->rerrno = errno;
			r->eof = 1;
			break;
		}
		if (got == 0) {
			r->eof = 1;
			break;
		}
		r->fill += (size_t)got;
	}
	return r->fill < n ? r->fill : n;
}

void
reader_fail(struct reader *r, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(r->err, sizeof(r->err), fmt, ap);
	va_end(ap);
}

/*
 * A format reports a failed read as "error reading dump file: <errno>";
 * when the decompressor failed, say what it found, and where.
 */
static void
reader_zfault(struct reader *r)
{
	size_t n;

	if (r->zerr[0] == '\0' ||
	    strncmp(r->err, "error reading dump file", 23) != 0)
		return;
	snprintf(r->err, sizeof(r->err), "error reading dump file: %s",
	    r->zerr);
	n = strlen(r->where);
	snprintf(r->where + n, sizeof(r->where) - n,
	    "%scompressed offset %llu", n > 0 ? ", " : "",
	    (unsigned long long)r->zerroff);
}

/* The first 4 bytes, or a message as libpcap's savefile.c words it. */
static int
reader_magic(struct reader *r)
{
	size_t got = reader_need(r, 4);

	if (got == 4)
		return 0;
	if (r->rerrno != 0) {
		reader_fail(r, "error reading dump file: %s",
		    strerror(r->rerrno));
		reader_zfault(r);
	} else
		reader_fail(r, "truncated dump file; tried to read 4 "
		    "file header bytes, only got %zu", got);
	return -1;
}

int
reader_open(struct reader *r, const char *path)
{
	const uint8_t *p;
	uint8_t m[4];

	memset(r, 0, sizeof(*r));
	r->name = path;
	r->fd = -1;
	if (strcmp(path, "-") == 0)
		r->fd = STDIN_FILENO;
	else if ((r->fd = open(path, O_RDONLY)) < 0) {
		/* libpcap: pcap_open_offline's fopen() message */
		reader_fail(r, "%s: %s", path, strerror(errno));
		return -1;
	}
	r->cap = READER_BLOCK;
	r->buf = malloc(r->cap);
	if (r->buf == NULL) {
		reader_fail(r, "out of memory");
		return -1;
	}
	if (reader_magic(r) != 0)
		return -1;
	switch (source_probe(r)) {
	case -1:
		return -1;
	case 1:
		if (reader_magic(r) != 0)
			return -1;
		break;
	}
	p = reader_peek(r);
	memcpy(m, p, 4);
	for (size_t k = 0; k < sizeof(formats) / sizeof(formats[0]); k++) {
		uint8_t magic[4];
		int rc;

		memcpy(magic, m, 4);
		rc = formats[k]->probe(r, magic);
		if (rc == 1) {
			r->fmt = formats[k];
			return 0;
		}
		if (rc < 0) {
			reader_zfault(r);
			return -1;
		}
	}
	reader_fail(r, "unknown file format");
	snprintf(r->where, sizeof(r->where), "file offset 0: magic "
	    "%02x %02x %02x %02x is not pcap, pcapng, gzip or zstd", m[0],
	    m[1], m[2], m[3]);
	return -1;
}

int
reader_next(struct reader *r, struct record *rec)
{
	int rc = r->fmt->next(r, rec);

	if (rc == 1)
		r->nrecords++;
	else if (rc < 0)
		reader_zfault(r);
	return rc;
}

void
reader_close(struct reader *r)
{
	pcapng_free(r);
	source_free(r);
	if (r->fd > STDIN_FILENO)
		close(r->fd);
	free(r->buf);
	free(r->scratch);
	r->buf = NULL;
	r->scratch = NULL;
}

/* libpcap pcap-common.c: the sanity limit on a record of a link type. */
uint32_t
max_snaplen_for_dlt(int dlt)
{
	switch (dlt) {
	case 231:	/* DLT_DBUS */
		return 128u * 1024 * 1024;
	case 279:	/* DLT_EBHSCR */
		return 8u * 1024 * 1024;
	case 249:	/* DLT_USBPCAP */
		return 1024u * 1024;
	default:
		return 262144u;
	}
}

/* libpcap pcap-common.c linktype_to_dlt(): file values to DLT values. */
int
linktype_to_dlt(int linktype)
{
	static const struct { int lt, dlt; } map[] = {
		{ 100, 11 },	/* ATM_RFC1483 */
		{ 101, 12 },	/* RAW */
		{ 102, 15 },	/* SLIP_BSDOS */
		{ 103, 16 },	/* PPP_BSDOS */
		{ 104, 104 },	/* C_HDLC */
		{ 106, 106 },	/* ATM_CLIP */
		{ 50, 50 },	/* PPP_HDLC */
		{ 51, 51 },	/* PPP_ETHER */
		{ 117, 117 },	/* PFLOG */
		{ 246, 246 },	/* PFSYNC */
		{ 258, 258 },	/* PKTAP */
	};

	for (size_t k = 0; k < sizeof(map) / sizeof(map[0]); k++)
		if (map[k].lt == linktype)
			return map[k].dlt;
	return linktype;
}
