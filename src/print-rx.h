/*
 * print-rx.h - the state the Rx printer (print-rx.c) keeps in struct ctx.
 *
 * An Rx reply does not say which call it answers, so, like tcpdump's
 * rx_cache_insert()/rx_cache_find(), the printer remembers the last
 * RX_CACHE_SIZE requests it saw and looks the reply up by call number,
 * addresses, service and port.  The table is a fixed array: it is zeroed
 * with the context and never grows.
 */
#ifndef PCAPCAT_PRINT_RX_H
#define PCAPCAT_PRINT_RX_H

#include <stdint.h>

struct ipinfo;

/* tcpdump's RX_CACHE_SIZE */
#define RX_CACHE_SIZE	64

struct rx_call {
	uint32_t	 callnum;
	uint32_t	 client;	/* IP header bytes 12-15 of the call */
	uint32_t	 server;	/* bytes 16-19 */
	uint32_t	 opcode;
	uint16_t	 dport;		/* the server's port */
	uint16_t	 service;	/* the Rx service id */
};

struct rxstate {
	struct rx_call	 cache[RX_CACHE_SIZE];
	unsigned	 next;		/* the slot the next call goes to */
	unsigned	 hint;		/* where the last search succeeded */
	/* the datagram udp_print() is dispatching (rx_udp_note()) */
	const struct ipinfo *ip;
	uint16_t	 sport, dport;
};

#endif
