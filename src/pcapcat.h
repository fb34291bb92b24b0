/*
 * pcapcat.h - the context every printer receives, and the printer types.
 *
 * One struct ctx per run holds the options, the output buffer, the state
 * that outlives a packet (TCP sequence numbers, the time-stamp cache) and the
 * per-packet truncation exit.  There are no mutable globals: everything a
 * printer may change lives here.
 */
#ifndef PCAPCAT_H
#define PCAPCAT_H

#include <setjmp.h>
#include <stdint.h>

#include "out.h"

#define PCAPCAT_VERSION	"0.1"

/* tcpdump's MAXIMUM_SNAPLEN (netdissect.h): larger records are invalid. */
#define MAXIMUM_SNAPLEN	262144u

struct span;
struct tcpseq;
struct names;
struct linktype;

/* Output options, named after tcpdump's flags. */
struct opts {
	int	 eflag;		/* -e: link-level header */
	int	 vflag;		/* -v, -vv, -vvv */
	int	 qflag;		/* -q: quiet */
	int	 Sflag;		/* -S: absolute TCP sequence numbers */
	int	 tflag;		/* -t count: 0 default, 1 none, 2..5 */
	int	 xflag;		/* -x, -xx */
	int	 Xflag;		/* -X, -XX */
	int	 Aflag;		/* -A, -AA */
	int	 Kflag;		/* -K: do not verify checksums */
	int	 nflag;		/* -n (always on: pcapcat prints numbers) */
	int	 number;	/* -#: packet numbers */
	int	 nano;		/* print nanoseconds */
	int	 suppress_default_print;	/* -x/-X/-A given */
	int	 eager;		/* -l, -U: write after each packet */
};

/* The time-stamp cache: local time worked out once per 15-minute block. */
struct tzcache {
	int64_t	 block;		/* UTC seconds / 900 of the cached block */
	long	 gmtoff;	/* its offset from UTC in seconds */
	int	 valid;
};

/* The time stamp's text up to the fraction, for the last second printed. */
struct tscache {
	int64_t	 sec;
	int	 tflag;		/* the format it was made for; 0: none yet */
	size_t	 len;
	char	 text[40];
};

#include "print-rx.h"	/* struct rxstate */
#include "print-isakmp.h"	/* struct isakmp_state */
#include "print-nfs.h"	/* struct nfsstate */

/* One bit per port that has an application printer (print_init()). */
struct portbits {
	uint8_t	 bit[65536 / 8];
};

static inline int
port_has_printer(const struct portbits *b, uint16_t port)
{
	return b->bit[port >> 3] >> (port & 7) & 1;
}

struct ctx {
	struct opts	 opt;
	struct rxstate	 rx;		/* print-rx.c: the calls replies answer */
	struct isakmp_state isakmp;	/* print-isakmp.c's cookie ring */
	struct nfsstate	 nfs;		/* print-nfs.c: the calls replies answer */
	struct out	*out;
	const char	*proto;		/* name for " [|proto]" */
	jmp_buf		 trunc;		/* where getters jump on a short read */
	struct tcpseq	*tcpseq;
	struct names	*names;		/* NULL with -n: numbers only */
	struct tzcache	 tz;
	struct tscache	 ts;
	struct portbits	 tcp_ports;	/* filled by print_init() */
	struct portbits	 udp_ports;
	const struct linktype *lt;	/* row of the last link type seen */
	int		 lt_dlt;		/* its DLT, or -1 */
	int64_t		 first_sec, prev_sec;	/* for -ttt and -ttttt */
	uint32_t	 first_frac, prev_frac;
};

/* A link-layer printer: the whole packet; returns the header length. */
typedef unsigned (*link_printer)(struct ctx *, struct span, unsigned length);

#endif
