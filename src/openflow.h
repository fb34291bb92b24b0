/*
 * openflow.h - what the OpenFlow printers share (tcpdump 4.99 openflow.h):
 * the common header's length, the per-version message type tables and the
 * helpers for data blocks, bitmaps, vendor names and fixed-size strings.
 *
 * A printer sees the TCP payload as one span s and walks it with an
 * offset cp and a remaining declared length len, as tcpdump walks its
 * cp and len.  cp may run past the captured bytes (tcpdump steps over
 * padding without checking it); the next read or check then leaves the
 * packet with " [|openflow]", as tcpdump's does.
 */
#ifndef PCAPCAT_OPENFLOW_H
#define PCAPCAT_OPENFLOW_H

#include "print.h"

#define OF_HEADER_FIXLEN	8u

#define OF_VER_1_0	0x01u
#define OF_VER_1_3	0x04u

/* A message body's decoder: the body is at cp, len bytes long. */
typedef void (*of_decoder)(struct ctx *, struct span, size_t cp,
    unsigned len);

/* How the body length is checked before any decoding (tcpdump REQ_*). */
enum of_req { REQ_NONE, REQ_MINLEN, REQ_FIXLEN };

struct of_msgtypeinfo {
	const char	*name;
	of_decoder	 decoder;	/* NULL: nothing beyond the header */
	enum of_req	 req_what;
	unsigned	 req_value;
};

const struct of_msgtypeinfo	*of10_identify_msgtype(uint8_t type);
const struct of_msgtypeinfo	*of13_identify_msgtype(uint8_t type);

/* print-openflow.c */
const char	*of_vendor_name(uint32_t vendor);
void	of_bitmap_print(struct out *, const struct tok *, uint32_t v,
	    uint32_t unassigned);
void	of_data_print(struct ctx *, struct span, size_t cp, unsigned len);
void	of_printjnp(struct ctx *, struct span, size_t cp, unsigned n);
void	of_printn(struct ctx *, struct span, size_t cp, unsigned n);
void	of_port_print(struct ctx *, const char *label, const struct tok *,
	    uint32_t port);
void	of_etheraddr(struct ctx *, const char *label, struct span, size_t cp);
void	of_ipaddr(struct ctx *, const char *label, struct span, size_t cp);

/* "0x" and v in 8 hex digits (tcpdump "0x%08x"). */
static inline void
of_hex32(struct out *o, uint32_t v)
{
	out_str(o, "0x");
	out_hex(o, v, 8);
}

/* tcpdump's ND_TCHECK_LEN(cp, n): the n bytes at cp must be captured. */
static inline void
of_tcheck(struct ctx *c, struct span s, size_t cp, size_t n)
{
	span_need(c, s, cp, n);
}

#endif
