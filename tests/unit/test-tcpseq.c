/*
 * test-tcpseq.c - unit test of the TCP sequence table (src/tcpseq.c).
 *
 * The table starts small and doubles in place while more than half of it
 * is taken; every connection it holds must survive each doubling with its
 * numbers, IPv4 and IPv6 keys must never meet, the table must stop growing
 * at TCPSEQ_SLOTS, and there the connection used longest ago in a full
 * window is the one replaced.
 */
#include <stdio.h>
#include <string.h>

#include "../../src/tcpseq.h"

static struct tcpseq_key
key_of(uint32_t n, int v6)
{
	struct tcpseq_key k;

	memset(&k, 0, sizeof(k));
	k.v6 = (uint8_t)v6;
	/* addresses and ports vary, as they do in a capture */
	k.src[0] = 10;
	memcpy(k.src + 1, &n, 3);
	k.dst[0] = 192;
	k.dst[3] = (uint8_t)(n >> 24);
	if (v6) {
		k.src[15] = 1;
		k.dst[15] = 2;
	}
	k.port = (uint32_t)(1024 + n % 50000) << 16 | 80;
	return k;
}

int
main(void)
{
	struct tcpseq t;
	int failures = 0, found;
	uint32_t n, limit = TCPSEQ_SLOTS / 2;

	if (tcpseq_init(&t) != 0)
		return 1;
	if (t.size != TCPSEQ_FIRST) {
		fprintf(stderr, "starts at %u slots, want %u\n", t.size,
		    TCPSEQ_FIRST);
		failures++;
	}

	/* half the largest table, IPv4 and IPv6 alike: nothing is lost */
	for (n = 0; n < limit; n++) {
		struct tcpseq_key k = key_of(n, (int)(n & 1));
		struct tcpseq_entry *e = tcpseq_get(&t, &k, &found);

		if (found) {
			fprintf(stderr, "key %u found before it was put\n", n);
			failures++;
		}
		e->seq = n * 7u;
		e->ack = n * 13u;
	}
	if (t.size != TCPSEQ_SLOTS || t.live != limit) {
		fprintf(stderr, "after %u keys: %u slots, %u taken\n", limit,
		    t.size, t.live);
		failures++;
	}
	for (n = 0; n < limit && failures < 10; n++) {
		struct tcpseq_key k = key_of(n, (int)(n & 1));
		struct tcpseq_entry *e = tcpseq_get(&t, &k, &found);

		if (!found || e->seq != n * 7u || e->ack != n * 13u) {
			fprintf(stderr, "key %u: found %d seq %u ack %u after "
			    "growing\n", n, found, e->seq, e->ack);
			failures++;
		}
	}
	/* the same addresses and ports as IPv6 are another connection */
	{
		struct tcpseq_key k = key_of(2, 1);

		(void)tcpseq_get(&t, &k, &found);
		if (found) {
			fprintf(stderr, "an IPv6 key matched an IPv4 one\n");
			failures++;
		}
	}

	/* many more than fit: the size stays, the newest are kept */
	for (n = limit; n < 8 * TCPSEQ_SLOTS; n++) {
		struct tcpseq_key k = key_of(n, 0);

		tcpseq_get(&t, &k, &found)->seq = n;
	}
	if (t.size != TCPSEQ_SLOTS || t.live > TCPSEQ_SLOTS) {
		fprintf(stderr, "after %u keys: %u slots, %u taken\n",
		    8 * TCPSEQ_SLOTS, t.size, t.live);
		failures++;
	}
	{
		struct tcpseq_key k = key_of(8 * TCPSEQ_SLOTS - 1, 0);
		struct tcpseq_entry *e = tcpseq_get(&t, &k, &found);

		if (!found || e->seq != 8 * TCPSEQ_SLOTS - 1) {
			fprintf(stderr, "the newest key was not kept\n");
			failures++;
		}
	}
	tcpseq_free(&t);
	return failures != 0;
}
