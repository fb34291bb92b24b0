/*
 * tcpseq.h - per-connection initial sequence numbers, for tcpdump's
 * relative sequence numbers (print-tcp.c tcp_seq_hash).
 *
 * tcpdump keeps every connection it has seen in chained lists that only
 * grow.  pcapcat keeps them in one open-addressing table that starts at
 * TCPSEQ_FIRST slots and doubles while more than half are taken (or a
 * key's window is full), up to TCPSEQ_SLOTS: memory is flat whatever the
 * number of connections, and a capture with few of them touches few pages.
 * A key lives in one of TCPSEQ_PROBE slots from its hash (linear probing,
 * a tag byte a slot keeping the search to a cache line or two).  Only in
 * a full-sized table, when all of a key's window is taken by others, is
 * the entry used longest ago among its first TCPSEQ_EVICT slots replaced:
 * a capture must have thousands of connections alive at once for that to
 * happen, and then that connection's next segment prints absolute numbers
 * and starts it anew, where tcpdump would go on with relative ones.
 */
#ifndef PCAPCAT_TCPSEQ_H
#define PCAPCAT_TCPSEQ_H

#include <stdint.h>

#define TCPSEQ_FIRST	(1u << 8)
#define TCPSEQ_SLOTS	(1u << 14)
#define TCPSEQ_PROBE	32	/* slots a key may be in */
#define TCPSEQ_EVICT	8	/* slots a full window evicts from */

/* The key as tcpdump's struct tha: addresses in a fixed order, ports. */
struct tcpseq_key {
	uint8_t		 src[16];
	uint8_t		 dst[16];
	uint32_t	 port;
	uint8_t		 v6;
};

struct tcpseq_entry {
	struct tcpseq_key key;
	uint32_t	 seq;
	uint32_t	 ack;
	uint32_t	 used;		/* 0: empty; else the last use */
};

struct tcpseq {
	struct tcpseq_entry *slot;
	uint8_t		*tag;		/* a byte a slot (table_probe()) */
	uint32_t	 size;		/* slots, a power of two */
	uint32_t	 live;		/* slots taken */
	struct tcpseq_entry none;	/* handed out when there is no table */
	uint32_t	 clock;
};

int	tcpseq_init(struct tcpseq *);
void	tcpseq_free(struct tcpseq *);
/* The entry for key; *found tells whether it was there before. */
struct tcpseq_entry *tcpseq_get(struct tcpseq *, const struct tcpseq_key *,
	    int *found);

#endif
