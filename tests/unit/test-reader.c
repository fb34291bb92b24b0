/*
 * test-reader.c - unit tests of the capture reader: pcap files built in
 * memory, written to a temporary file, read back; every header field must
 * come out in host order, and every damaged file must fail with libpcap's
 * wording after the good records.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../src/reader.h"

static int failures;

#define EXPECT(cond) do {						\
	if (!(cond)) {							\
		fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, #cond); \
		failures++;						\
	}								\
} while (0)

struct buf {
	uint8_t	 b[4096];
	size_t	 n;
	int	 be;
};

static void
put32(struct buf *b, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		b->b[b->n++] = (uint8_t)(b->be ? v >> (24 - 8 * i) : v >> (8 * i));
}

static void
put16(struct buf *b, uint16_t v)
{
	for (int i = 0; i < 2; i++)
		b->b[b->n++] = (uint8_t)(b->be ? v >> (8 - 8 * i) : v >> (8 * i));
}

static void
file_header(struct buf *b, uint32_t magic, uint16_t major, uint16_t minor,
    uint32_t snaplen, uint32_t linktype)
{
	put32(b, magic);
	put16(b, major);
	put16(b, minor);
	put32(b, 0);
	put32(b, 0);
	put32(b, snaplen);
	put32(b, linktype);
}

static void
record(struct buf *b, uint32_t sec, uint32_t frac, uint32_t caplen,
    uint32_t len, size_t have)
{
	put32(b, sec);
	put32(b, frac);
	put32(b, caplen);
	put32(b, len);
	for (size_t i = 0; i < have; i++)
		b->b[b->n++] = (uint8_t)i;
}

/* Open b as a file; the reader reads it like any capture. */
static int
open_buf(struct reader *r, const struct buf *b, char *path)
{
	int fd;

	strcpy(path, "/tmp/test-reader.XXXXXX");
	fd = mkstemp(path);
	if (fd < 0 || write(fd, b->b, b->n) != (ssize_t)b->n)
		return -1;
	close(fd);
	return reader_open(r, path);
}

static void
test_good(int be, uint32_t magic)
{
	struct buf b = { .n = 0, .be = be };
	struct reader r;
	struct record rec;
	char path[64];

	file_header(&b, magic, 2, 4, 65535, 1 | 0x10000000u);
	record(&b, 1678795200, 123456, 60, 60, 60);
	record(&b, 1678795201, 999999, 10, 1514, 10);
	EXPECT(open_buf(&r, &b, path) == 0);
	EXPECT(r.linktype == 1);	/* FCS bits above the low 28 dropped */
	EXPECT(r.snaplen == 65535);
	EXPECT(reader_next(&r, &rec) == 1);
	EXPECT(rec.sec == 1678795200 && rec.frac == 123456);
	EXPECT(rec.nano == (magic == 0xa1b23c4d));
	EXPECT(rec.caplen == 60 && rec.len == 60 && rec.data[59] == 59);
	EXPECT(reader_next(&r, &rec) == 1);
	EXPECT(rec.caplen == 10 && rec.len == 1514 && rec.data[9] == 9);
	EXPECT(reader_next(&r, &rec) == 0);
	reader_close(&r);
	unlink(path);
}

static void
test_bad(const struct buf *b, int open_rc, int good, const char *msg)
{
	struct reader r;
	struct record rec;
	char path[64];
	int rc, n = 0;

	rc = open_buf(&r, b, path);
	EXPECT(rc == open_rc);
	if (rc == 0) {
		while ((rc = reader_next(&r, &rec)) == 1)
			n++;
		EXPECT(rc == -1);
		EXPECT(n == good);
	}
	if (strncmp(r.err, msg, strlen(msg)) != 0) {
		fprintf(stderr, "got \"%s\", want \"%s\"\n", r.err, msg);
		failures++;
	}
	reader_close(&r);
	unlink(path);
}

static void
test_faults(void)
{
	struct buf b = { .n = 0, .be = 0 };

	memcpy(b.b, "hello, world\n", 13);
	b.n = 13;
	test_bad(&b, -1, 0, "unknown file format");

	b.n = 0;
	test_bad(&b, -1, 0, "truncated dump file; tried to read 4 file "
	    "header bytes, only got 0");

	file_header(&b, 0xa1b2c3d4, 2, 4, 65535, 1);
	b.n = 10;
	test_bad(&b, -1, 0, "truncated dump file; tried to read 24 file "
	    "header bytes, only got 6");

	b.n = 0;
	file_header(&b, 0xa1b2c3d4, 1, 0, 65535, 1);
	test_bad(&b, -1, 0, "archaic pcap savefile format");

	b.n = 0;
	file_header(&b, 0xa1b2c3d4, 3, 0, 65535, 1);
	test_bad(&b, -1, 0, "unsupported pcap savefile version 3.0");

	b.n = 0;
	file_header(&b, 0xa1b2c3d4, 2, 4, 65535, 1);
	record(&b, 1, 0, 20, 20, 20);
	b.b[b.n++] = 1;
	b.b[b.n++] = 2;
	test_bad(&b, 0, 1, "truncated dump file; tried to read 16 header "
	    "bytes, only got 2");

	b.n = 0;
	file_header(&b, 0xa1b2c3d4, 2, 4, 65535, 1);
	record(&b, 1, 0, 500, 500, 30);
	test_bad(&b, 0, 0, "truncated dump file; tried to read 500 captured "
	    "bytes, only got 30");

	b.n = 0;
	file_header(&b, 0xa1b2c3d4, 2, 4, 65535, 1);
	record(&b, 1, 0, 0x7fffffff, 0x7fffffff, 0);
	test_bad(&b, 0, 0, "invalid packet capture length 2147483647, "
	    "bigger than snaplen of 65535");
}

/* caplen above the snaplen: cut to it, the rest skipped (libpcap). */
static void
test_cut_to_snaplen(void)
{
	struct buf b = { .n = 0, .be = 0 };
	struct reader r;
	struct record rec;
	char path[64];

	file_header(&b, 0xa1b2c3d4, 2, 4, 20, 1);
	record(&b, 1, 0, 50, 50, 50);
	record(&b, 2, 0, 5, 5, 5);
	EXPECT(open_buf(&r, &b, path) == 0);
	EXPECT(reader_next(&r, &rec) == 1 && rec.caplen == 20 &&
	    rec.len == 50);
	EXPECT(reader_next(&r, &rec) == 1 && rec.sec == 2 && rec.caplen == 5);
	EXPECT(reader_next(&r, &rec) == 0);
	reader_close(&r);
	unlink(path);
}

int
main(void)
{
	test_good(0, 0xa1b2c3d4);
	test_good(1, 0xa1b2c3d4);
	test_good(0, 0xa1b23c4d);
	test_good(1, 0xa1b23c4d);
	test_faults();
	test_cut_to_snaplen();
	if (failures != 0)
		fprintf(stderr, "test-reader: %d failures\n", failures);
	return failures != 0;
}
