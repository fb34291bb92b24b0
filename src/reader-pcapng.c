/*
 * reader-pcapng.c - pcapng files (draft-ietf-opsawg-pcapng).
 *
 * A file is a sequence of blocks, each "type, total length, body, total
 * length again"; sections begin with a Section Header Block whose byte-order
 * magic fixes the byte order of the blocks that follow.  Interface
 * Description Blocks give each interface of a section its link type,
 * snapshot length and time-stamp resolution and offset; Enhanced, Simple
 * and (obsolete) Packet Blocks carry the packets.  Every other block (name
 * resolution, interface statistics, decryption secrets, custom, unknown) is
 * skipped whole.
 *
 * The checks, their order and their wording follow libpcap 1.10
 * sf-pcapng.c, so pcapcat's messages begin exactly as tcpdump's do; pcapcat
 * adds which block, where.  Every length is checked before it is used: a
 * block is at least 12 bytes, a multiple of 4, no longer than a cap (16 MiB,
 * raised as libpcap raises it for link types with larger packets), with the
 * same length in header and trailer, and nothing inside it is read through
 * a cursor that does not know how many bytes are left.
 *
 * Where pcapcat reads more than libpcap does (each deliberately):
 *  - interfaces may have different link types and snapshot lengths: libpcap
 *    stops with "an interface has a type %u different from the type of the
 *    first interface" (or "... a snapshot length %u different ..."); pcapcat
 *    gives every packet its own interface's link type, and checks its
 *    length against its own interface's snapshot length.  The "reading from
 *    file" line still names the first interface's, as libpcap does.
 *  - sections may change byte order: libpcap reads the next SHB's length in
 *    the old order and stops ("pcapng block size ... > maximum" or "the file
 *    has sections with different byte orders"); pcapcat looks at the new
 *    section's byte-order magic first, as the format intends.
 * On every file libpcap reads, pcapcat returns the same records.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader.h"

#define BT_SHB		0x0A0D0D0Au
#define BT_IDB		0x00000001u
#define BT_PB		0x00000002u	/* obsolete Packet Block */
#define BT_SPB		0x00000003u
#define BT_NRB		0x00000004u
#define BT_ISB		0x00000005u
#define BT_EPB		0x00000006u
#define BT_DSB		0x0000000Au
#define BT_CB_COPY	0x00000BADu
#define BT_CB_NOCOPY	0x40000BADu

#define BYTE_ORDER_MAGIC	0x1A2B3C4Du
#define SHB_INSANE_MAX		(1024u * 1024u)	/* libpcap BT_SHB_INSANE_MAX */
#define SHB_MIN_LEN		28u	/* header, magic, versions, length, trailer */
#define BLOCK_MIN_LEN		12u	/* header and trailer */
#define MAX_INTERFACES		(1u << 20)	/* per section */

/* libpcap MAX_BLOCKSIZE_FOR_SNAPLEN: an EPB of that packet, 128 KiB options */
#define MAX_BLOCK_FOR_SNAPLEN(s) (8u + 20u + (s) + 131072u + 4u)

#define OPT_ENDOFOPT	0
#define IF_TSRESOL	9
#define IF_FCSLEN	13
#define IF_TSOFFSET	14

struct ngif {
	int		 dlt;		/* link type, as a DLT */
	uint32_t	 snaplen;	/* adjusted as libpcap adjusts it */
	uint64_t	 tsresol;	/* time-stamp units per second */
	int		 binary;	/* tsresol is a power of 2 */
	int64_t		 tsoffset;	/* seconds to add */
	int		 fcslen;	/* if_fcslen, or -1 (kept, unused) */
};

struct ng {
	int		 be;		/* this section is big-endian */
	uint32_t	 maxblock;	/* the cap on a block's length */
	struct ngif	*ifs;		/* this section's interfaces */
	uint32_t	 nifs, capifs;
	uint64_t	 nblocks;	/* blocks begun, for messages */
	uint64_t	 blockoff;	/* file offset of the current block */
	uint32_t	 blocktype;	/* its type, once known */
	int		 typeknown;
};

/* What is left of a block's body. */
struct cursor {
	const uint8_t	*p;
	size_t		 left;
	uint32_t	 type;
};

static uint16_t
get16(const uint8_t *p, int be)
{
	return be ? (uint16_t)(p[0] << 8 | p[1]) : (uint16_t)(p[1] << 8 | p[0]);
}

static uint32_t
get32(const uint8_t *p, int be)
{
	if (be)
		return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
		    (uint32_t)p[2] << 8 | p[3];
	return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[1] << 8 | p[0];
}

static uint64_t
get64(const uint8_t *p, int be)
{
	uint64_t hi = get32(p + (be ? 0 : 4), be);
	uint64_t lo = get32(p + (be ? 4 : 0), be);

	return hi << 32 | lo;
}

static const char *
block_name(uint32_t type)
{
	switch (type) {
	case BT_SHB:		return "SHB";
	case BT_IDB:		return "IDB";
	case BT_PB:		return "PB";
	case BT_SPB:		return "SPB";
	case BT_NRB:		return "NRB";
	case BT_ISB:		return "ISB";
	case BT_EPB:		return "EPB";
	case BT_DSB:		return "DSB";
	case BT_CB_COPY:
	case BT_CB_NOCOPY:	return "custom";
	default:		return NULL;
	}
}

/* "block N (EPB), file offset X" for the block being read. */
static void
where_block(struct reader *r, const struct ng *ng)
{
	const char *name = block_name(ng->blocktype);

	if (!ng->typeknown)
		snprintf(r->where, sizeof(r->where), "block %llu, file offset "
		    "%llu", (unsigned long long)ng->nblocks,
		    (unsigned long long)ng->blockoff);
	else if (name != NULL)
		snprintf(r->where, sizeof(r->where), "block %llu (%s), file "
		    "offset %llu", (unsigned long long)ng->nblocks, name,
		    (unsigned long long)ng->blockoff);
	else
		snprintf(r->where, sizeof(r->where), "block %llu (type "
		    "0x%08x), file offset %llu",
		    (unsigned long long)ng->nblocks, ng->blocktype,
		    (unsigned long long)ng->blockoff);
}

static void
read_failed(struct reader *r)
{
	reader_fail(r, "error reading dump file: %s", strerror(r->rerrno));
}

/* libpcap get_from_block_data(): n bytes of the body, or NULL. */
static const uint8_t *
take(struct reader *r, struct cursor *c, size_t n)
{
	const uint8_t *p = c->p;

	if (c->left < n) {
		reader_fail(r, "block of type %u in pcapng dump file is too "
		    "short", c->type);
		return NULL;
	}
	c->p += n;
	c->left -= n;
	return p;
}

/*
 * The next block, whole, into the reader's buffer, with its body at c.
 * 1: a block; 0: clean end of file; -1: error in r->err.
 */
static int
read_block(struct reader *r, struct ng *ng, struct cursor *c)
{
	const uint8_t *h;
	size_t got, n;
	uint32_t type, len, trailer;

	ng->blockoff = reader_offset(r);
	ng->typeknown = 0;
	got = reader_need(r, 8);
	if (got < 8) {
		if (got == 0 && r->rerrno == 0)
			return 0;
		ng->nblocks++;
		if (r->rerrno != 0)
			read_failed(r);
		else
			reader_fail(r, "truncated pcapng dump file; tried to "
			    "read 8 bytes, only got %zu", got);
		where_block(r, ng);
		return -1;
	}
	ng->nblocks++;
	h = reader_peek(r);
	type = get32(h, ng->be);
	ng->blocktype = type;
	ng->typeknown = 1;
	/*
	 * A new section may change the byte order: its byte-order magic,
	 * right after the length, says how to read that length.
	 */
	if (type == BT_SHB && reader_need(r, 12) == 12) {
		h = reader_peek(r);
		if (get32(h + 8, !ng->be) == BYTE_ORDER_MAGIC)
			ng->be = !ng->be;
	}
	h = reader_peek(r);	/* reader_need() may have moved the bytes */
	len = get32(h + 4, ng->be);
	if (len < BLOCK_MIN_LEN) {
		reader_fail(r, "block in pcapng dump file has a length of %u "
		    "< %u", len, BLOCK_MIN_LEN);
		where_block(r, ng);
		return -1;
	}
	if (len % 4 != 0) {
		reader_fail(r, "block in pcapng dump file has a length of %u "
		    "that is not a multiple of 4", len);
		where_block(r, ng);
		return -1;
	}
	if (len > ng->maxblock) {
		reader_fail(r, "pcapng block size %u > maximum %u", len,
		    ng->maxblock);
		where_block(r, ng);
		return -1;
	}
	got = reader_need(r, len);
	if (got < len) {
		if (r->rerrno != 0)
			read_failed(r);
		else
			reader_fail(r, "truncated pcapng dump file; tried to "
			    "read %u bytes, only got %zu", len - 8, got - 8);
		where_block(r, ng);
		return -1;
	}
	h = reader_peek(r);
	trailer = get32(h + len - 4, ng->be);
	if (trailer != len) {
		/* libpcap 1.10 gives no numbers; they follow in where */
		reader_fail(r, "block total length in header and trailer "
		    "don't match");
		where_block(r, ng);
		n = strlen(r->where);
		snprintf(r->where + n, sizeof(r->where) - n, ", header %u, "
		    "trailer %u", len, trailer);
		return -1;
	}
	c->p = h + 8;
	c->left = len - BLOCK_MIN_LEN;
	c->type = type;
	/* The bytes stay put until the next reader_need(). */
	reader_skip(r, len);
	return 1;
}

/* libpcap process_idb_options(): the time-stamp options. */
static int
idb_options(struct reader *r, struct ng *ng, struct cursor *c,
    struct ngif *ifc)
{
	int saw_tsresol = 0, saw_tsoffset = 0;

	while (c->left != 0) {
		const uint8_t *oh, *val;
		unsigned code, olen;

		if ((oh = take(r, c, 4)) == NULL)
			return -1;
		code = get16(oh, ng->be);
		olen = get16(oh + 2, ng->be);
		if ((val = take(r, c, (olen + 3u) & ~3u)) == NULL)
			return -1;
		switch (code) {
		case OPT_ENDOFOPT:
			if (olen != 0) {
				reader_fail(r, "Interface Description Block "
				    "has opt_endofopt option with length %u "
				    "!= 0", olen);
				return -1;
			}
			return 0;
		case IF_TSRESOL:
			if (olen != 1) {
				reader_fail(r, "Interface Description Block "
				    "has if_tsresol option with length %u "
				    "!= 1", olen);
				return -1;
			}
			if (saw_tsresol) {
				reader_fail(r, "Interface Description Block "
				    "has more than one if_tsresol option");
				return -1;
			}
			saw_tsresol = 1;
			if (val[0] & 0x80) {
				unsigned shift = val[0] & 0x7f;

				if (shift > 63) {
					reader_fail(r, "Interface Description "
					    "Block if_tsresol option "
					    "resolution 2^-%u is too high",
					    shift);
					return -1;
				}
				ifc->binary = 1;
				ifc->tsresol = (uint64_t)1 << shift;
			} else {
				if (val[0] > 19) {
					reader_fail(r, "Interface Description "
					    "Block if_tsresol option "
					    "resolution 10^-%u is too high",
					    val[0]);
					return -1;
				}
				ifc->binary = 0;
				ifc->tsresol = 1;
				for (unsigned k = 0; k < val[0]; k++)
					ifc->tsresol *= 10;
			}
			break;
		case IF_TSOFFSET:
			if (olen != 8) {
				reader_fail(r, "Interface Description Block "
				    "has if_tsoffset option with length %u "
				    "!= 8", olen);
				return -1;
			}
			if (saw_tsoffset) {
				reader_fail(r, "Interface Description Block "
				    "has more than one if_tsoffset option");
				return -1;
			}
			saw_tsoffset = 1;
			ifc->tsoffset = (int64_t)get64(val, ng->be);
			break;
		case IF_FCSLEN:
			/*
			 * libpcap does not act on it (the FCS stays at the
			 * end of the packet, and tcpdump prints it as part
			 * of the frame); it is kept for completeness only.
			 */
			if (olen == 1)
				ifc->fcslen = val[0];
			break;
		default:
			break;
		}
	}
	return 0;
}

/* libpcap add_interface(): a new interface for this section. */
static int
add_interface(struct reader *r, struct ng *ng, struct cursor *c)
{
	const uint8_t *b;
	struct ngif *ifc;
	uint32_t max;

	if ((b = take(r, c, 8)) == NULL)
		return -1;
	if (ng->nifs == ng->capifs) {
		uint32_t want = ng->capifs == 0 ? 4 : ng->capifs * 2;
		struct ngif *p;

		if (ng->capifs >= MAX_INTERFACES) {
			reader_fail(r, "more than %u interfaces in the file",
			    MAX_INTERFACES);
			return -1;
		}
		p = realloc(ng->ifs, (size_t)want * sizeof(*p));
		if (p == NULL) {
			reader_fail(r, "out of memory for per-interface "
			    "information (%u interfaces)", ng->nifs + 1);
			return -1;
		}
		ng->ifs = p;
		ng->capifs = want;
	}
	ifc = &ng->ifs[ng->nifs];
	ifc->dlt = linktype_to_dlt(get16(b, ng->be));
	max = max_snaplen_for_dlt(ifc->dlt);
	ifc->snaplen = get32(b + 4, ng->be);
	/* libpcap pcap_adjust_snapshot() */
	if (ifc->snaplen == 0 || ifc->snaplen > max)
		ifc->snaplen = max;
	ifc->tsresol = 1000000;		/* default: microseconds */
	ifc->binary = 0;
	ifc->tsoffset = 0;
	ifc->fcslen = -1;
	if (idb_options(r, ng, c, ifc) != 0)
		return -1;
	ng->nifs++;
	return 0;
}

/* A later Section Header Block: a new section, no interfaces yet. */
static int
new_section(struct reader *r, struct ng *ng, struct cursor *c)
{
	const uint8_t *b;
	uint32_t bom;
	unsigned major;

	if ((b = take(r, c, 16)) == NULL)
		return -1;
	bom = get32(b, ng->be);
	if (bom == __builtin_bswap32(BYTE_ORDER_MAGIC)) {
		/* not reached: read_block() follows the new order */
		reader_fail(r, "the file has sections with different byte "
		    "orders");
		return -1;
	}
	if (bom != BYTE_ORDER_MAGIC) {
		reader_fail(r, "the file has a section with a bad byte order "
		    "magic field");
		return -1;
	}
	major = get16(b + 4, ng->be);
	if (major != 1) {
		reader_fail(r, "unknown pcapng savefile major version number "
		    "%u", major);
		return -1;
	}
	ng->nifs = 0;
	return 0;
}

/*
 * libpcap's time-stamp arithmetic, in 64 bits as it does it (overflow and
 * all), to units of 1/user of a second.
 */
static uint64_t
scale_frac(uint64_t frac, const struct ngif *ifc, uint64_t user)
{
	if (ifc->tsresol == user)
		return frac;
	if (ifc->binary)
		return frac * user / ifc->tsresol;
	if (ifc->tsresol > user)
		return frac / (ifc->tsresol / user);
	return frac * (user / ifc->tsresol);
}

static void
set_time(const struct reader *r, const struct ngif *ifc, uint64_t t,
    struct record *rec)
{
	uint64_t frac = t % ifc->tsresol;
	uint64_t us, ns;

	rec->sec = (int64_t)(t / ifc->tsresol + (uint64_t)ifc->tsoffset);
	ns = scale_frac(frac, ifc, 1000000000u);
	if (r->want_nano) {
		rec->frac = (uint32_t)ns;
		rec->nano = 1;
		return;
	}
	/*
	 * As libpcap's microsecond precision; in ns when that says the same
	 * (always, unless the ns arithmetic overflowed), so --nano keeps the
	 * digits the file has.
	 */
	us = scale_frac(frac, ifc, 1000000u);
	if (ns < 1000000000u && ns / 1000 == us) {
		rec->frac = (uint32_t)ns;
		rec->nano = 1;
	} else {
		rec->frac = (uint32_t)us;
		rec->nano = 0;
	}
}

static int
pcapng_probe(struct reader *r, const uint8_t m[4])
{
	struct ng *ng;
	struct cursor c;
	const uint8_t *h;
	size_t got;
	uint32_t len;
	unsigned major, minor;
	int rc;

	/* 0a 0d 0d 0a reads the same in either byte order */
	if (get32(m, 0) != BT_SHB)
		return 0;
	got = reader_need(r, 12);
	if (got < 12) {
		if (r->rerrno == 0)
			return 0;	/* a short text file, maybe */
		read_failed(r);
		snprintf(r->where, sizeof(r->where), "section header");
		return -1;
	}
	h = reader_peek(r);
	if ((ng = calloc(1, sizeof(*ng))) == NULL) {
		reader_fail(r, "out of memory");
		return -1;
	}
	if (get32(h + 8, 0) == BYTE_ORDER_MAGIC)
		ng->be = 0;
	else if (get32(h + 8, 1) == BYTE_ORDER_MAGIC)
		ng->be = 1;
	else {
		free(ng);
		return 0;
	}
	r->ng = ng;
	ng->maxblock = READER_MAX_RECORD;
	ng->nblocks = 1;
	ng->blocktype = BT_SHB;
	ng->typeknown = 1;
	len = get32(h + 4, ng->be);
	if (len < SHB_MIN_LEN || len > SHB_INSANE_MAX) {
		reader_fail(r, "Section Header Block in pcapng dump file has "
		    "invalid length %u < _%u_ < %u (BT_SHB_INSANE_MAX)",
		    SHB_MIN_LEN, len, SHB_INSANE_MAX);
		where_block(r, ng);
		return -1;
	}
	/* libpcap reads the rest of the first SHB without a trailer check */
	got = reader_need(r, len);
	if (got < len) {
		if (r->rerrno != 0)
			read_failed(r);
		else
			reader_fail(r, "truncated pcapng dump file; tried to "
			    "read %u bytes, only got %zu", len - 12, got - 12);
		where_block(r, ng);
		return -1;
	}
	h = reader_peek(r);
	major = get16(h + 12, ng->be);
	minor = get16(h + 14, ng->be);
	if (!(major == 1 && (minor == 0 || minor == 2))) {
		reader_fail(r, "unsupported pcapng savefile version %u.%u",
		    major, minor);
		where_block(r, ng);
		return -1;
	}
	reader_skip(r, len);

	/* The first interface gives the "reading from file" line. */
	for (;;) {
		rc = read_block(r, ng, &c);
		if (rc == 0) {
			reader_fail(r, "the capture file has no Interface "
			    "Description Blocks");
			snprintf(r->where, sizeof(r->where), "end of file, "
			    "offset %llu",
			    (unsigned long long)reader_offset(r));
			return -1;
		}
		if (rc < 0)
			return -1;
		switch (c.type) {
		case BT_IDB:
			rc = add_interface(r, ng, &c);
			break;
		case BT_SHB:
			rc = new_section(r, ng, &c);
			break;
		case BT_EPB:
		case BT_SPB:
		case BT_PB:
			reader_fail(r, "the capture file has a packet block "
			    "before any Interface Description Blocks");
			rc = -1;
			break;
		default:
			rc = 0;
			break;
		}
		if (rc < 0) {
			where_block(r, ng);
			return -1;
		}
		if (ng->nifs > 0)
			break;
	}
	r->linktype = ng->ifs[0].dlt;
	r->snaplen = ng->ifs[0].snaplen;
	len = MAX_BLOCK_FOR_SNAPLEN(max_snaplen_for_dlt(r->linktype));
	if (len > ng->maxblock)
		ng->maxblock = len;
	return 1;
}

static int
pcapng_next(struct reader *r, struct record *rec)
{
	struct ng *ng = r->ng;
	struct cursor c;
	const struct ngif *ifc;
	const uint8_t *b;
	uint32_t ifid, caplen, len;
	uint64_t t;
	int rc;

	for (;;) {
		rc = read_block(r, ng, &c);
		if (rc <= 0)
			return rc;
		switch (c.type) {
		case BT_EPB:
			if ((b = take(r, &c, 20)) == NULL)
				goto fail;
			ifid = get32(b, ng->be);
			t = (uint64_t)get32(b + 4, ng->be) << 32 |
			    get32(b + 8, ng->be);
			caplen = get32(b + 12, ng->be);
			len = get32(b + 16, ng->be);
			goto found;
		case BT_SPB:
			if ((b = take(r, &c, 4)) == NULL)
				goto fail;
			/* the first interface's; no time stamp; caplen cut */
			ifid = 0;
			t = 0;
			len = get32(b, ng->be);
			caplen = len;
			if (ng->nifs > 0 && caplen > ng->ifs[0].snaplen)
				caplen = ng->ifs[0].snaplen;
			goto found;
		case BT_PB:
			if ((b = take(r, &c, 20)) == NULL)
				goto fail;
			ifid = get16(b, ng->be);
			t = (uint64_t)get32(b + 4, ng->be) << 32 |
			    get32(b + 8, ng->be);
			caplen = get32(b + 12, ng->be);
			len = get32(b + 16, ng->be);
			goto found;
		case BT_IDB:
			/*
			 * libpcap stops at an interface whose link type or
			 * snapshot length differs from the first one's;
			 * pcapcat takes it, and each packet carries its own.
			 */
			if (add_interface(r, ng, &c) != 0)
				goto fail;
			break;
		case BT_SHB:
			if (new_section(r, ng, &c) != 0)
				goto fail;
			break;
		default:
			/* NRB, ISB, DSB, custom, unknown: skipped */
			break;
		}
	}
found:
	if (ifid >= ng->nifs) {
		reader_fail(r, "a packet arrived on interface %u, but there's "
		    "no Interface Description Block for that interface", ifid);
		goto fail;
	}
	ifc = &ng->ifs[ifid];
	if (caplen > ifc->snaplen) {
		reader_fail(r, "invalid packet capture length %u, bigger than "
		    "snaplen of %d", caplen, (int)ifc->snaplen);
		goto fail;
	}
	set_time(r, ifc, t, rec);
	if ((rec->data = take(r, &c, caplen)) == NULL)
		goto fail;
	rec->caplen = caplen;
	rec->len = len;
	rec->linktype = ifc->dlt;
	return 1;
fail:
	where_block(r, ng);
	return -1;
}

void
pcapng_free(struct reader *r)
{
	struct ng *ng = r->ng;

	if (ng == NULL)
		return;
	free(ng->ifs);
	free(ng);
	r->ng = NULL;
}

const struct format format_pcapng = {
	"pcapng", pcapng_probe, pcapng_next
};
