/*
 * tcpseq.h - per-connection initial sequence numbers, for tcpdump's
 * relative sequence numbers (print-tcp.c tcp_seq_hash).
 *
 * tcpdump keeps every connection it has seen in chained lists that only
 * grow.  pcapcat keeps them in one open-addressing table of TCPSEQ_SLOTS
 * entries, allocated once: memory is flat whatever the number of
 * connections.  A lookup probes TCPSEQ_PROBE neighbouring slots; when all
 * are taken by other connections, the one used longest ago is replaced.
 * Only a capture with more than TCPSEQ_SLOTS connections alive at once can
 * see a difference from tcpdump (an evicted connection's next segment
 * prints absolute numbers and starts it anew).
 */
#ifndef PCAPCAT_TCPSEQ_H
#define PCAPCAT_TCPSEQ_H

#include <stdint.h>

#define TCPSEQ_SLOTS	(1u << 14)
#define TCPSEQ_PROBE	8

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
	uint32_t	 clock;
};

int	tcpseq_init(struct tcpseq *);
void	tcpseq_free(struct tcpseq *);
/* The entry for key; *found tells whether it was there before. */
struct tcpseq_entry *tcpseq_get(struct tcpseq *, const struct tcpseq_key *,
	    int *found);

#endif
