/*
 * fuzz-print.c - libFuzzer target for the printers: one packet under one
 * link type and one set of output flags.
 *
 * Input: byte 0 picks the link type, byte 1 the flags, the rest is the
 * packet.  libFuzzer hands the bytes in a buffer of exactly their size, so
 * AddressSanitizer stops any read past the captured bytes at once.
 */
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "../src/pcapcat.h"
#include "../src/print.h"
#include "../src/reader.h"
#include "../src/tcpseq.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Link types with a printer, and some without (they dump in hex). */
static const int dlts[] = { 1, 0, 12, 108, 113, 228, 229, 276, 9, 105,
    127, 147 };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct out out;
	static struct tcpseq seq;
	static int ready;
	struct record r;
	struct ctx c;
	uint8_t f;

	if (!ready) {
		if (out_init(&out, open("/dev/null", O_WRONLY)) != 0 ||
		    tcpseq_init(&seq) != 0)
			return 0;
		ready = 1;
	}
	if (size < 2)
		return 0;
	memset(&c, 0, sizeof(c));
	c.out = &out;
	c.tcpseq = &seq;
	c.lt_dlt = -1;
	print_init(&c);
	f = data[1];
	c.opt.eflag = f & 1;
	c.opt.vflag = (f >> 1) & 3;
	c.opt.qflag = (f >> 3) & 1;
	c.opt.Sflag = (f >> 4) & 1;
	switch (f >> 5) {
	case 1: c.opt.xflag = 1; break;
	case 2: c.opt.Xflag = 2; break;
	case 3: c.opt.Aflag = 1; break;
	case 4: c.opt.tflag = 3; break;
	case 5: c.opt.nano = 1; c.opt.number = 1; break;
	default: break;
	}
	c.opt.suppress_default_print = c.opt.xflag || c.opt.Xflag ||
	    c.opt.qflag;
	memset(&r, 0, sizeof(r));
	r.sec = 1678795200;
	r.frac = 123456;
	r.linktype = dlts[data[0] % (sizeof(dlts) / sizeof(dlts[0]))];
	r.caplen = (uint32_t)(size - 2);
	/* sometimes the wire length is longer than what was captured */
	r.len = r.caplen + ((data[0] & 0x80) ? 1000 : 0);
	r.data = data + 2;
	print_packet(&c, &r, 1);
	out.len = 0;
	return 0;
}
