/*
 * print-sll.c - Linux "cooked" captures, v1 (16-byte header) and v2
 * (20-byte header), as tcpdump print-sll.c prints them.
 */
#include <net/if.h>
#include <string.h>

#include "print.h"

#define SLL_HDR_LEN		16
#define SLL2_HDR_LEN		20
#define MAX_ETHERNET_LENGTH_VAL	1500
#define LINUX_SLL_P_802_3	0x0001
#define LINUX_SLL_P_802_2	0x0004

static const struct tok sll_pkttype_values[] = {
	{ 0, "In" },
	{ 1, "B" },
	{ 2, "M" },
	{ 3, "P" },
	{ 4, "Out" },
	{ 0, NULL }
};

/* "%3s " (v1) or "%-3s " (v2) of the packet type. */
static void
pkttype_print(struct out *o, unsigned type, int left)
{
	const char *s = tok_find(sll_pkttype_values, type);
	size_t n;

	if (s == NULL)
		s = "?";
	n = strlen(s);
	if (!left)
		for (; n < 3; n++)
			out_char(o, ' ');
	out_str(o, s);
	if (left)
		for (; n < 3; n++)
			out_char(o, ' ');
	out_char(o, ' ');
}

/* The header's address, protocol and length (tcpdump sll_print()). */
static void
sll_tail_print(struct ctx *c, unsigned halen, const uint8_t *addr,
    uint16_t proto, unsigned length)
{
	struct out *o = c->out;

	if (halen == 6) {
		etheraddr_print(c, addr);
		out_char(o, ' ');
	}
	if (!c->opt.qflag) {
		if (proto <= MAX_ETHERNET_LENGTH_VAL) {
			if (proto == LINUX_SLL_P_802_3)
				out_str(o, "802.3");
			else if (proto == LINUX_SLL_P_802_2)
				out_str(o, "802.2");
			else {
				out_str(o, "ethertype Unknown (0x");
				out_hex(o, proto, 4);
				out_char(o, ')');
			}
		} else {
			out_str(o, "ethertype ");
			out_str(o, ethertype_name(proto, "Unknown"));
			out_str(o, " (0x");
			out_hex(o, proto, 4);
			out_char(o, ')');
		}
		/* tcpdump 4.99.3 prints the length only without -q */
		out_str(o, ", length ");
		out_u32(o, length);
		out_str(o, ": ");
	}
}

/*
 * What follows the header: shared by v1 and v2.  hdr_print prints the
 * header where tcpdump does for a payload it cannot decode.
 */
static unsigned
sll_payload(struct ctx *c, struct span s, unsigned length, unsigned hdrlen,
    uint16_t proto, void (*hdr_print)(struct ctx *, struct span, unsigned),
    struct span hdr)
{
	unsigned orig = length + hdrlen;

	for (;;) {
		if (proto <= MAX_ETHERNET_LENGTH_VAL) {
			/*
			 * 802.2: LLC, which has no MAC addresses to name
			 * here.  What it or tcpdump cannot decode (802.3
			 * IPX is not decoded yet) is dumped with no header
			 * line, as tcpdump 4.99 sll_print() does.
			 */
			if (proto == LINUX_SLL_P_802_2) {
				int llc = llc_print(c, s, length, NULL, NULL);
				if (llc >= 0)
					return hdrlen + (unsigned)llc;
			}
			print_default(c, s);
			return hdrlen;
		}
		if (proto == 0x8100) {
			if (span_avail(s, 0) < 4) {
				c->proto = "vlan";
				print_trunc(c);
				return hdrlen + (unsigned)span_avail(s, 0);
			}
			if (c->opt.eflag) {
				uint16_t tci = get_be16(c, s, 0);
				out_str(c->out, "vlan ");
				out_u32(c->out, tci & 0xfff);
				out_str(c->out, ", p ");
				out_u32(c->out, tci >> 13);
				if (tci & 0x1000)
					out_str(c->out, ", DEI");
				out_str(c->out, ", ");
			}
			proto = get_be16(c, s, 2);
			/* tcpdump names the inner type even without -e */
			if (!c->opt.qflag && proto > MAX_ETHERNET_LENGTH_VAL) {
				out_str(c->out, "ethertype ");
				out_str(c->out, ethertype_name(proto, "Unknown"));
				out_str(c->out, ", ");
			}
			s = span_rest(s, 4);
			length -= 4;
			hdrlen += 4;
			continue;
		}
		if (ethertype_print(c, proto, s, length, NULL, NULL) == 0) {
			if (!c->opt.eflag)
				hdr_print(c, hdr, orig);
			print_default(c, s);
		}
		return hdrlen;
	}
}

static void
sll_hdr_print(struct ctx *c, struct span h, unsigned length)
{
	c->proto = "sll";
	pkttype_print(c->out, get_be16(c, h, 0), 0);
	sll_tail_print(c, get_be16(c, h, 4), get_bytes(c, h, 6, 8),
	    get_be16(c, h, 14), length);
}

unsigned
sll_if_print(struct ctx *c, struct span s, unsigned length)
{
	unsigned caplen = (unsigned)span_avail(s, 0);
	struct span hdr = s;

	c->proto = "sll";
	if (caplen < SLL_HDR_LEN) {
		/* as tcpdump's jump: the -x dump shows the whole packet */
		print_trunc(c);
		return 0;
	}
	if (c->opt.eflag)
		sll_hdr_print(c, hdr, length);
	return sll_payload(c, span_rest(s, SLL_HDR_LEN), length - SLL_HDR_LEN,
	    SLL_HDR_LEN, get_be16(c, s, 14), sll_hdr_print, hdr);
}

static void
sll2_hdr_print(struct ctx *c, struct span h, unsigned length)
{
	c->proto = "sll2";
	out_str(c->out, "ifindex ");
	out_u32(c->out, get_be32(c, h, 4));
	out_char(c->out, ' ');
	sll_tail_print(c, get_u8(c, h, 11), get_bytes(c, h, 12, 8),
	    get_be16(c, h, 0), length);
}

unsigned
sll2_if_print(struct ctx *c, struct span s, unsigned length)
{
	unsigned caplen = (unsigned)span_avail(s, 0);
	char ifname[IF_NAMESIZE + 1];
	uint32_t ifindex;
	size_t n;

	c->proto = "sll2";
	if (caplen < SLL2_HDR_LEN) {
		print_trunc(c);
		return 0;
	}
	/* tcpdump names the interface as this machine knows the index */
	ifindex = get_be32(c, s, 4);
	if (if_indextoname(ifindex, ifname) == NULL)
		strcpy(ifname, "?");
	out_str(c->out, ifname);
	for (n = strlen(ifname); n < 5; n++)
		out_char(c->out, ' ');
	out_char(c->out, ' ');
	pkttype_print(c->out, get_u8(c, s, 10), 1);
	if (c->opt.eflag)
		sll2_hdr_print(c, s, length);
	return sll_payload(c, span_rest(s, SLL2_HDR_LEN),
	    length - SLL2_HDR_LEN, SLL2_HDR_LEN, get_be16(c, s, 0),
	    sll2_hdr_print, s);
}
