/*
 * names.h - what tcpdump prints without -n: service names for ports (from
 * getservent(3), first entry of a port winning, as tcpdump's
 * init_servarray()), host names for addresses (reverse lookups, as
 * tcpdump's ipaddr_string() does with gethostbyaddr), protocol names.
 *
 * Memory is bounded: the port tables are built once from the services
 * database; host names live in a fixed cache of NAMES_HOSTS entries,
 * replaced when full.  Lookups of host names can be slow on a machine
 * without a reachable name server, as they are for tcpdump.
 */
#ifndef PCAPCAT_NAMES_H
#define PCAPCAT_NAMES_H

#include <stdint.h>

#define NAMES_HOSTS	4096

struct names;

struct names	*names_new(void);
void		 names_free(struct names *);
/* NULL when the port, protocol or address has no name. */
const char	*names_tcpport(struct names *, uint16_t);
const char	*names_udpport(struct names *, uint16_t);
const char	*names_proto(struct names *, uint8_t);
const char	*names_host(struct names *, int v6, const uint8_t *addr);

#endif
