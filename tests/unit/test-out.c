/*
 * test-out.c - unit tests of the output buffer's by-hand formatting,
 * checked against libc's printf and inet_ntop.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../src/out.h"

static int failures;

#define CHECK_STR(o, want) check_str(o, want, __FILE__, __LINE__)

static void
check_str(struct out *o, const char *want, const char *file, int line)
{
	if (o->len != strlen(want) || memcmp(o->buf, want, o->len) != 0) {
		fprintf(stderr, "%s:%d: got \"%.*s\", want \"%s\"\n", file,
		    line, (int)o->len, o->buf, want);
		failures++;
	}
	o->len = 0;
}

static uint32_t
rnd(void)
{
	return (uint32_t)random() ^ ((uint32_t)random() << 16);
}

static void
test_numbers(struct out *o)
{
	char want[64];
	static const uint32_t v[] = { 0, 1, 9, 10, 99, 100, 65535, 65536,
	    999999, 1000000, 4294967295u };

	for (size_t k = 0; k < sizeof(v) / sizeof(v[0]); k++) {
		out_u32(o, v[k]);
		snprintf(want, sizeof(want), "%u", v[k]);
		CHECK_STR(o, want);
		out_u32_pad(o, v[k], 6, '0');
		snprintf(want, sizeof(want), "%06u", v[k]);
		CHECK_STR(o, want);
		out_u32_pad(o, v[k], 5, ' ');
		snprintf(want, sizeof(want), "%5u", v[k]);
		CHECK_STR(o, want);
		out_hex(o, v[k], 4);
		snprintf(want, sizeof(want), "%04x", v[k]);
		CHECK_STR(o, want);
		out_hex(o, v[k], 0);
		snprintf(want, sizeof(want), "%x", v[k]);
		CHECK_STR(o, want);
	}
	/* out_u32 splits by range: every power of ten and its neighbours */
	for (uint64_t p = 1; p <= 10000000000ull; p *= 10)
		for (int64_t d = -1; d <= 1; d++) {
			uint64_t x = p + (uint64_t)d;

			if (x > 4294967295u)
				continue;
			out_u32(o, (uint32_t)x);
			snprintf(want, sizeof(want), "%u", (unsigned)x);
			CHECK_STR(o, want);
		}
	for (int k = 0; k < 100000; k++) {
		uint32_t x = rnd() >> (k % 32);
		unsigned w = 1 + (unsigned)k % 10;

		/* "%0*u" at every width, time stamps' 6 and 9 among them */
		if (w < 10) {
			uint32_t lim = 1;

			for (unsigned i = 0; i < w; i++)
				lim *= 10;
			x %= lim;
		}
		out_u32_fixed(o, x, w);
		snprintf(want, sizeof(want), "%0*u", (int)w, x);
		CHECK_STR(o, want);

		out_u32(o, x);
		snprintf(want, sizeof(want), "%u", x);
		CHECK_STR(o, want);
	}
	out_u64(o, 18446744073709551615ull);
	CHECK_STR(o, "18446744073709551615");
	out_i64(o, -1234567890123ll);
	CHECK_STR(o, "-1234567890123");
	out_hex8(o, 0xa5);
	CHECK_STR(o, "a5");
}

static void
test_addresses(struct out *o)
{
	uint8_t a[16];
	char want[INET6_ADDRSTRLEN];
	static const char *const v6[] = { "::", "::1", "1::", "1:0:0:1::1",
	    "fe80::1:2", "2001:db8:0:0:1:0:0:1", "::ffff:1.2.3.4",
	    "::1.2.3.4", "1:2:3:4:5:6:7:8", "0:0:1::", "1:0:0:2:0:0:0:3" };

	for (int k = 0; k < 20000; k++) {
		uint32_t r = rnd();
		memcpy(a, &r, 4);
		out_ipv4(o, a);
		inet_ntop(AF_INET, a, want, sizeof(want));
		CHECK_STR(o, want);
	}
	/* twice: the second time from out_ipv6's cache */
	for (size_t k = 0; k < 2 * sizeof(v6) / sizeof(v6[0]); k++) {
		inet_pton(AF_INET6, v6[k % (sizeof(v6) / sizeof(v6[0]))], a);
		out_ipv6(o, a);
		inet_ntop(AF_INET6, a, want, sizeof(want));
		CHECK_STR(o, want);
	}
	/* random addresses with runs of zero groups */
	for (int k = 0; k < 50000; k++) {
		for (int i = 0; i < 8; i++) {
			uint32_t r = rnd();
			uint16_t g = (r & 3) == 0 ? (uint16_t)(r >> 8) : 0;
			a[2 * i] = (uint8_t)(g >> 8);
			a[2 * i + 1] = (uint8_t)g;
		}
		out_ipv6(o, a);
		inet_ntop(AF_INET6, a, want, sizeof(want));
		CHECK_STR(o, want);
		out_ipv6(o, a);		/* now cached */
		CHECK_STR(o, want);
	}
	{
		static const uint8_t mac[6] = { 0, 0x1b, 0x2c, 0xa0, 0xff, 9 };
		out_mac(o, mac);
		CHECK_STR(o, "00:1b:2c:a0:ff:09");
	}
}

/* An append larger than the buffer goes out through the fd in order. */
static void
test_spill(void)
{
	struct out o;
	int fds[2];
	char *big = malloc(3 * OUT_CAP), *back = malloc(3 * OUT_CAP + 16);
	size_t got = 0;
	FILE *tmp = tmpfile();

	if (big == NULL || back == NULL || tmp == NULL || pipe(fds) != 0) {
		failures++;
		return;
	}
	close(fds[0]);
	close(fds[1]);
	for (size_t i = 0; i < 3 * OUT_CAP; i++)
		big[i] = (char)('a' + i % 26);
	out_init(&o, fileno(tmp));
	out_str(&o, "x");
	out_mem(&o, big, 3 * OUT_CAP);
	out_char(&o, 'y');
	out_flush(&o);
	rewind(tmp);
	got = fread(back, 1, 3 * OUT_CAP + 16, tmp);
	if (got != 3 * OUT_CAP + 2 || back[0] != 'x' ||
	    memcmp(back + 1, big, 3 * OUT_CAP) != 0 ||
	    back[3 * OUT_CAP + 1] != 'y') {
		fprintf(stderr, "spill: %zu bytes came back wrong\n", got);
		failures++;
	}
	/* a write error is remembered, not lost */
	o.fd = -1;
	out_str(&o, "z");
	if (out_flush(&o) == 0 || o.err == 0) {
		fprintf(stderr, "spill: write error not reported\n");
		failures++;
	}
	out_free(&o);
	fclose(tmp);
	free(big);
	free(back);
}

int
main(void)
{
	struct out o;

	srandom(1);
	if (out_init(&o, -1) != 0)
		return 1;
	test_numbers(&o);
	test_addresses(&o);
	out_free(&o);
	test_spill();
	if (failures != 0)
		fprintf(stderr, "test-out: %d failures\n", failures);
	return failures != 0;
}
