/*
 * print-isakmp.h - what the ISAKMP printer remembers between packets:
 * tcpdump's ring of the initiator cookies of exchanges seen opening, with
 * their addresses, so that later lines can say " I" or " R".
 */
#ifndef PCAPCAT_PRINT_ISAKMP_H
#define PCAPCAT_PRINT_ISAKMP_H

#include <stdint.h>

#define ISAKMP_INITIATORS	20	/* tcpdump's MAXINITIATORS */

struct isakmp_state {
	struct {
		uint8_t	 ck[8];
		int	 ver;		/* 4, 6, or 0: unused */
		uint8_t	 iaddr[16], raddr[16];
	} cookie[ISAKMP_INITIATORS];
	unsigned	 next;
};

#endif
