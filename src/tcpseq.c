/*
 * tcpseq.c - the bounded table of TCP initial sequence numbers; see tcpseq.h.
 */
#include <stdlib.h>
#include <string.h>

#include "tcpseq.h"

/*
 * A table of n empty slots and their tags.  Written, not calloc()ed: a
 * fresh page read first maps the shared zero page, and the first write to
 * it then takes a second fault to copy it (half of a run's page faults,
 * before).
 */
static int
table_new(struct tcpseq *t, uint32_t n)
{
	struct tcpseq_entry *slot = malloc((size_t)n * sizeof(*slot));
	uint8_t *tag = malloc(n);

	if (slot == NULL || tag == NULL) {
		free(slot);
		free(tag);
		return -1;
	}
	memset(slot, 0, (size_t)n * sizeof(*slot));
	memset(tag, 0, n);
	t->slot = slot;
	t->tag = tag;
	t->size = n;
	t->live = 0;
	return 0;
}

/* A slot's tag: 0 when empty, else 7 bits of the hash the index lacks. */
static uint8_t
tag_of(uint32_t h)
{
	return (uint8_t)(h >> 24) | 1;
}

int
tcpseq_init(struct tcpseq *t)
{
	if (table_new(t, TCPSEQ_FIRST) != 0)
		return -1;
	t->clock = 0;
	return 0;
}

void
tcpseq_free(struct tcpseq *t)
{
	free(t->slot);
	free(t->tag);
	t->slot = NULL;
	t->tag = NULL;
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

/*
 * The slot for key k in its probe window: the one holding it (*found 1),
 * else the first empty one, else the one used longest ago among the first
 * TCPSEQ_EVICT (*found 0).  Slots are never emptied (an entry is only
 * replaced), so the first empty slot ends the search; the tags, a byte a
 * slot, keep it to one or two cache lines until a key matches.
 */
static struct tcpseq_entry *
table_probe(const struct tcpseq *t, const struct tcpseq_key *k, uint32_t h,
    int *found)
{
	struct tcpseq_entry *victim;
	uint32_t mask = t->size - 1;
	uint8_t tag = tag_of(h);

	*found = 0;
	for (unsigned i = 0; i < TCPSEQ_PROBE; i++) {
		uint32_t at = (h + i) & mask;

		if (t->tag[at] == 0)
			return &t->slot[at];
		if (t->tag[at] == tag && key_eq(&t->slot[at].key, k)) {
			*found = 1;
			return &t->slot[at];
		}
	}
	victim = &t->slot[h & mask];
	for (unsigned i = 1; i < TCPSEQ_EVICT; i++) {
		struct tcpseq_entry *e = &t->slot[(h + i) & mask];

		if (e->used < victim->used)
			victim = e;
	}
	return victim;
}

/* Put entry e in the slot to, which table_probe() gave for it. */
static void
table_put(struct tcpseq *t, struct tcpseq_entry *to,
    const struct tcpseq_entry *e, uint32_t h)
{
	if (t->tag[to - t->slot] == 0)
		t->live++;
	t->tag[to - t->slot] = tag_of(h);
	*to = *e;
}

/*
 * Twice the slots, every entry put in again.  The entries wait in a
 * packed copy (at most half the slots) while the old table is freed and
 * the new one made, so the peak is that copy and the new table, not both
 * tables.  Unchanged when memory runs out for the copy; kept at its old
 * size, or emptied, when it runs out after.
 */
static void
table_grow(struct tcpseq *t)
{
	struct tcpseq_entry *keep, *to;
	uint32_t n = t->size, m = 0;
	int found;

	if ((keep = malloc((size_t)t->live * sizeof(*keep))) == NULL)
		return;
	for (uint32_t i = 0; i < n; i++)
		if (t->tag[i] != 0)
			keep[m++] = t->slot[i];
	tcpseq_free(t);
	if (table_new(t, n * 2) != 0 && table_new(t, n) != 0) {
		t->size = 0;
		free(keep);
		return;
	}
	for (uint32_t i = 0; i < m; i++) {
		uint32_t h = key_hash(&keep[i].key);

		to = table_probe(t, &keep[i].key, h, &found);
		/* a full window (hardly, at a quarter full): keep the newer */
		if (t->tag[to - t->slot] == 0 || to->used < keep[i].used)
			table_put(t, to, &keep[i], h);
	}
	free(keep);
}

struct tcpseq_entry *
tcpseq_get(struct tcpseq *t, const struct tcpseq_key *k, int *found)
{
	uint32_t h = key_hash(k);
	struct tcpseq_entry *e;

	/* no table (memory ran out as it grew): no relative numbers */
	if (t->size == 0) {
		memset(&t->none, 0, sizeof(t->none));
		*found = 0;
		return &t->none;
	}
	/* a clock that wraps starts the ages again: all but this use look
	 * equally old, which only makes the next evictions arbitrary */
	if (++t->clock == 0) {
		for (uint32_t i = 0; i < t->size; i++)
			if (t->slot[i].used != 0)
				t->slot[i].used = 1;
		t->clock = 2;
	}
	e = table_probe(t, k, h, found);
	if (*found) {
		e->used = t->clock;
		return e;
	}
	/* more than half taken, or a full window: grow while it may */
	while ((t->live >= t->size / 2 || t->tag[e - t->slot] != 0) &&
	    t->size < TCPSEQ_SLOTS) {
		uint32_t size = t->size;

		table_grow(t);
		if (t->size == 0)
			return tcpseq_get(t, k, found);
		if (t->size == size)
			break;		/* out of memory: evict instead */
		e = table_probe(t, k, h, found);
	}
	{
		struct tcpseq_entry n;

		n.key = *k;
		n.used = t->clock;
		n.seq = n.ack = 0;
		table_put(t, e, &n, h);
	}
	return e;
}
