/*
 * fuzz-reader.c - libFuzzer target for the capture readers: the input is
 * a whole file, read through the same path as `pcapcat -r`, every record
 * printed (so record-level faults reach the driver too).
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "../src/pcapcat.h"
#include "../src/print.h"
#include "../src/reader.h"
#include "../src/tcpseq.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct out out;
	static struct tcpseq seq;
	static int ready;
	struct reader rd;
	struct record rec;
	struct ctx c;
	char path[64];
	int fd, n = 0;

	if (!ready) {
		if (out_init(&out, open("/dev/null", O_WRONLY)) != 0 ||
		    tcpseq_init(&seq) != 0)
			return 0;
		ready = 1;
	}
	fd = memfd_create("capture", 0);
	if (fd < 0)
		return 0;
	if (write(fd, data, size) != (ssize_t)size) {
		close(fd);
		return 0;
	}
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	memset(&c, 0, sizeof(c));
	c.out = &out;
	c.tcpseq = &seq;
	c.lt_dlt = -1;
	print_init(&c);
	c.opt.vflag = size & 1;
	if (reader_open(&rd, path) == 0) {
		/* bounded, so that a fuzzer's huge file cannot stall it */
		while (n++ < 10000 && reader_next(&rd, &rec) == 1)
			print_packet(&c, &rec, (uint64_t)n);
	}
	reader_close(&rd);
	close(fd);
	out.len = 0;
	return 0;
}
