/*
 * tcpseq.c - the bounded table of TCP initial sequence numbers; see tcpseq.h.
 */
#include <stdlib.h>
#include <string.h>

#include "tcpseq.h"

int
tcpseq_init(struct tcpseq *t)
{
	t->slot = calloc(TCPSEQ_SLOTS, sizeof(*t->slot));
	t->clock = 0;
	return t->slot == NULL ? -1 : 0;
}

void
tcpseq_free(struct tcpseq *t)
{
	free(t->slot);
	t->slot = NULL;
}

/* A multiply-xorshift mix of the key's words (addresses, ports). */
static uint32_t
key_hash(const struct tcpseq_key *k)
{
	uint64_t h = k->port * 0x9e3779b97f4a7c15ull ^ k->v6;
	uint32_t w[8];
	int n = k->v6 ? 8 : 2;

	/* an IPv4 key's addresses are the first word of each (the rest 0) */
	memcpy(w, k->src, 4);
	memcpy(w + 1, k->dst, 4);
	if (k->v6) {
		memcpy(w, k->src, 16);
		memcpy(w + 4, k->dst, 16);
	}
	for (int i = 0; i < n; i++) {
		h ^= w[i];
		h *= 0xff51afd7ed558ccdull;
		h ^= h >> 32;
	}
	return (uint32_t)h;
}

static int
key_eq(const struct tcpseq_key *a, const struct tcpseq_key *b)
{
	return a->port == b->port && a->v6 == b->v6 &&
	    memcmp(a->src, b->src, 16) == 0 && memcmp(a->dst, b->dst, 16) == 0;
}

struct tcpseq_entry *
tcpseq_get(struct tcpseq *t, const struct tcpseq_key *k, int *found)
{
	uint32_t h = key_hash(k);
	struct tcpseq_entry *victim = NULL;

	/* a clock that wraps starts the ages again: all but this use look
	 * equally old, which only makes the next evictions arbitrary */
	if (++t->clock == 0) {
		for (uint32_t i = 0; i < TCPSEQ_SLOTS; i++)
			if (t->slot[i].used != 0)
				t->slot[i].used = 1;
		t->clock = 2;
	}
	for (unsigned i = 0; i < TCPSEQ_PROBE; i++) {
		struct tcpseq_entry *e =
		    &t->slot[(h + i) & (TCPSEQ_SLOTS - 1)];
		if (e->used != 0 && key_eq(&e->key, k)) {
			e->used = t->clock;
			*found = 1;
			return e;
		}
		if (victim == NULL || (victim->used != 0 &&
		    (e->used == 0 || e->used < victim->used)))
			victim = e;
	}
	victim->key = *k;
	victim->used = t->clock;
	victim->seq = victim->ack = 0;
	*found = 0;
	return victim;
}
