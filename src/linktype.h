/*
 * linktype.h - one row per link type: libpcap's name and description (for
 * "reading from file ..., link-type NAME (DESCRIPTION)") and the printer.
 */
#ifndef PCAPCAT_LINKTYPE_H
#define PCAPCAT_LINKTYPE_H

#include "pcapcat.h"

struct linktype {
	int		 dlt;
	const char	*name;		/* pcap_datalink_val_to_name() */
	const char	*description;	/* ..._to_description() */
	link_printer	 print;
};

struct span;

/* The row for dlt, or NULL when libpcap has no name for it. */
const struct linktype	*linktype_find(int dlt);
/* Print a packet of that link type; NULL or no printer dumps it in hex. */
unsigned		 linktype_print(struct ctx *, const struct linktype *,
			    struct span, unsigned length);

#endif
