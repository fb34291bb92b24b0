/*
 * reader-pcap.c - classic pcap savefiles (pcap-savefile(5)).
 *
 * Both byte orders; microsecond (0xa1b2c3d4), nanosecond (0xa1b23c4d) and
 * Kuznetzov (0xa1b2cd34, 24-byte record headers) magics; versions 2.0-2.4
 * and DG/UX's 543.0.  Every header field is swapped here, once.  The checks
 * and their wording follow libpcap 1.10 sf-pcap.c, so that pcapcat's
 * messages begin exactly as tcpdump's do; pcapcat adds where the fault is.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader.h"

#define MAGIC_USEC	0xa1b2c3d4u
#define MAGIC_NSEC	0xa1b23c4du
#define MAGIC_KUZ	0xa1b2cd34u
#define FILE_HDR_LEN	24u

static uint32_t
rd32(const uint8_t *p, int swapped)
{
	uint32_t v = (uint32_t)p[0] | (uint32_t)p[1] << 8 |
	    (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;

	return swapped ? __builtin_bswap32(v) : v;
}

static uint16_t
rd16(const uint8_t *p, int swapped)
{
	uint16_t v = (uint16_t)(p[0] | p[1] << 8);

	return swapped ? __builtin_bswap16(v) : v;
}

static void
where_record(struct reader *r)
{
	snprintf(r->where, sizeof(r->where), "packet %llu, file offset %llu",
	    (unsigned long long)r->nrecords + 1,
	    (unsigned long long)reader_offset(r));
}

static int
pcap_probe(struct reader *r, const uint8_t m[4])
{
	uint32_t magic = rd32(m, 0);
	const uint8_t *h;
	unsigned major, minor;
	uint32_t snaplen, linktype, max;
	size_t got;

	/* The file is little-endian when the magic reads right that way. */
	if (magic == MAGIC_USEC || magic == MAGIC_NSEC || magic == MAGIC_KUZ)
		r->swapped = 0;
	else {
		magic = __builtin_bswap32(magic);
		if (magic != MAGIC_USEC && magic != MAGIC_NSEC &&
		    magic != MAGIC_KUZ)
			return 0;
		r->swapped = 1;
	}
	/* host order here is little-endian: rd32(...,0) reads LE */
	got = reader_need(r, FILE_HDR_LEN);
	if (got < FILE_HDR_LEN) {
		if (r->rerrno != 0)
			reader_fail(r, "error reading dump file: %s",
			    strerror(r->rerrno));
		else
			reader_fail(r, "truncated dump file; tried to read %u "
			    "file header bytes, only got %zu", FILE_HDR_LEN,
			    got - 4);
		snprintf(r->where, sizeof(r->where), "file header");
		return -1;
	}
	h = reader_peek(r);
	major = rd16(h + 4, r->swapped);
	minor = rd16(h + 6, r->swapped);
	snaplen = rd32(h + 16, r->swapped);
	linktype = rd32(h + 20, r->swapped);
	if (major < 2) {
		reader_fail(r, "archaic pcap savefile format");
		snprintf(r->where, sizeof(r->where), "file header");
		return -1;
	}
	if (!((major == 2 && minor <= 4) || (major == 543 && minor == 0))) {
		reader_fail(r, "unsupported pcap savefile version %u.%u",
		    major, minor);
		snprintf(r->where, sizeof(r->where), "file header");
		return -1;
	}
	r->nsec = magic == MAGIC_NSEC;
	/* libpcap: the link type is the low 28 bits; FCS length above. */
	r->linktype = linktype_to_dlt((int)(linktype & 0x0fffffff));
	/*
	 * libpcap 1.10 pcap_adjust_snapshot(): only a snaplen that is not
	 * positive as a signed int is replaced by the link type's maximum;
	 * a large one stays, and tcpdump prints it as it is.
	 */
	max = max_snaplen_for_dlt(r->linktype);
	r->maxcaplen = max;
	r->snaplen = (int32_t)snaplen <= 0 ? max : snaplen;
	/* Fields were interchanged in 2.3 (sf-pcap.c, lengths_swapped). */
	if (major == 2)
		r->lengths_swapped = minor < 3 ? 1 : minor == 3 ? 2 : 0;
	else
		r->lengths_swapped = 1;
	r->hdrsize = 16;
	if (magic == MAGIC_KUZ) {
		r->hdrsize = 24;
		if (r->linktype == 1)
			r->snaplen += 14;
	}
	reader_skip(r, FILE_HDR_LEN);
	return 1;
}

static int
pcap_next(struct reader *r, struct record *rec)
{
	const uint8_t *h;
	size_t got;
	uint32_t caplen, len, max, stored;

	got = reader_need(r, r->hdrsize);
	if (got < r->hdrsize) {
		if (r->rerrno != 0) {
			reader_fail(r, "error reading dump file: %s",
			    strerror(r->rerrno));
			where_record(r);
			return -1;
		}
		if (got == 0)
			return 0;
		where_record(r);
		reader_fail(r, "truncated dump file; tried to read %u header "
		    "bytes, only got %zu", r->hdrsize, got);
		return -1;
	}
	h = reader_peek(r);
	/* libpcap's record seconds are a signed 32-bit field */
	rec->sec = (int32_t)rd32(h, r->swapped);
	rec->frac = rd32(h + 4, r->swapped);
	rec->nano = r->nsec;
	caplen = rd32(h + 8, r->swapped);
	len = rd32(h + 12, r->swapped);
	if (r->lengths_swapped == 1 ||
	    (r->lengths_swapped == 2 && caplen > len)) {
		uint32_t t = caplen;
		caplen = len;
		len = t;
	}
	stored = caplen;
	max = r->maxcaplen;
	if (caplen > max) {
		where_record(r);
		if (caplen > r->snaplen)
			reader_fail(r, "invalid packet capture length %u, "
			    "bigger than snaplen of %u", caplen, r->snaplen);
		else
			reader_fail(r, "invalid packet capture length %u, "
			    "bigger than maximum of %u", caplen, max);
		return -1;
	}
	rec->len = len;
	rec->linktype = r->linktype;
	if (caplen > r->snaplen) {
		/*
		 * libpcap reads snaplen bytes, discards the rest and reports
		 * caplen as the snaplen (sf-pcap.c, "Solaris 2.3" case).
		 */
		got = reader_need(r, r->hdrsize + caplen);
		if (got < r->hdrsize + caplen) {
			size_t have = got - r->hdrsize;
			where_record(r);
			if (r->rerrno != 0)
				reader_fail(r, "error reading dump file: %s",
				    strerror(r->rerrno));
			else if (have < r->snaplen)
				reader_fail(r, "truncated dump file; tried to "
				    "read %u captured bytes, only got %zu",
				    r->snaplen, have);
			else
				reader_fail(r, "truncated dump file; tried to "
				    "read %u captured bytes, only got %zu",
				    caplen, have);
			return -1;
		}
		caplen = r->snaplen;
	} else {
		got = reader_need(r, r->hdrsize + caplen);
		if (got < r->hdrsize + caplen) {
			where_record(r);
			if (r->rerrno != 0)
				reader_fail(r, "error reading dump file: %s",
				    strerror(r->rerrno));
			else
				reader_fail(r, "truncated dump file; tried to "
				    "read %u captured bytes, only got %zu",
				    caplen, got - r->hdrsize);
			return -1;
		}
	}
	h = reader_peek(r);
	rec->caplen = caplen;
	rec->data = h + r->hdrsize;
	/* the whole stored record, even when caplen was cut to snaplen */
	reader_skip(r, r->hdrsize + (size_t)stored);
	return 1;
}

const struct format format_pcap = {
	"pcap", pcap_probe, pcap_next
};
