/*
 * print-macsec.c - the MACsec security tag (IEEE 802.1AE-2006 clause 9,
 * SecTAG), as tcpdump 4.99 print-macsec.c macsec_print() prints it from
 * inside ether_common_print(), before the VLAN tags are looked at.
 *
 * The SecTAG follows the ethertype 0x88e5: TCI/AN, short length, a 32-bit
 * packet number and, when the SC bit is set, a 64-bit secure channel
 * identifier.  An encrypted payload (E or C set) cannot be decoded and is
 * dumped by the caller; otherwise the 16-byte ICV at the end of the frame is
 * taken off and the caller goes on with the inner length/type field.
 */
#include "print.h"

#define MACSEC_ICV_LEN		16	/* the default cipher suite's ICV */
#define MACSEC_TCI_VERSION	0x80
#define MACSEC_TCI_ES		0x40	/* end station */
#define MACSEC_TCI_SC		0x20	/* SCI present */
#define MACSEC_TCI_SCB		0x10	/* EPON single copy broadcast */
#define MACSEC_TCI_E		0x08	/* encrypted */
#define MACSEC_TCI_C		0x04	/* changed text */
#define MACSEC_AN_MASK		0x03
#define MACSEC_TCI_FLAGS	0x7c
#define MACSEC_TCI_CONFID	(MACSEC_TCI_E | MACSEC_TCI_C)
#define MACSEC_SL_MASK		0x3f
#define SECTAG_LEN_NOSCI	6
#define SECTAG_LEN_SCI		14

/* tcpdump's order: the flags print as one word with no separator. */
static const struct tok macsec_flag_values[] = {
	{ MACSEC_TCI_E, "E" },
	{ MACSEC_TCI_C, "C" },
	{ MACSEC_TCI_ES, "S" },
	{ MACSEC_TCI_SCB, "B" },
	{ MACSEC_TCI_SC, "I" },
	{ 0, NULL }
};

/* "an N, pn N, flags X[, sl N][, sci %016x], " */
static void
macsec_header_print(struct ctx *c, struct span s, unsigned short_length)
{
	struct out *o = c->out;
	uint8_t tci = get_u8(c, s, 0);
	uint32_t pn = get_be32(c, s, 2);

	out_str(o, "an ");
	out_u32(o, tci & MACSEC_AN_MASK);
	out_str(o, ", pn ");
	out_u32(o, pn);
	out_str(o, ", flags ");
	out_bittok(o, macsec_flag_values, "none", tci & MACSEC_TCI_FLAGS, "");
	if (short_length != 0) {
		out_str(o, ", sl ");
		out_u32(o, short_length);
	}
	if (tci & MACSEC_TCI_SC) {
		out_str(o, ", sci ");
		out_hex(o, get_be64(c, s, 6), 16);
	}
	out_str(o, ", ");
}

int
macsec_print(struct ctx *c, struct span *sp, unsigned *lengthp,
    unsigned *hdrlenp, const uint8_t *src, const uint8_t *dst)
{
	struct span s = *sp;
	unsigned caplen = (unsigned)span_avail(s, 0), length = *lengthp;
	unsigned hdrlen = *hdrlenp, sectag_len, short_length;
	const char *save = c->proto;
	uint8_t tci;

	c->proto = "macsec";
	/* short headers end the frame with the marker, as tcpdump does */
	if (caplen < SECTAG_LEN_NOSCI || length < SECTAG_LEN_NOSCI)
		goto trunc;
	tci = get_u8(c, s, 0);
	if (tci & MACSEC_TCI_SC) {
		sectag_len = SECTAG_LEN_SCI;
		if (caplen < SECTAG_LEN_SCI || length < SECTAG_LEN_SCI)
			goto trunc;
	} else
		sectag_len = SECTAG_LEN_NOSCI;

	if ((get_u8(c, s, 1) & ~MACSEC_SL_MASK) != 0 ||
	    (tci & MACSEC_TCI_VERSION)) {
		print_invalid(c);
		c->proto = save;
		return (int)(hdrlen + caplen);
	}
	short_length = get_u8(c, s, 1) & MACSEC_SL_MASK;
	if (c->opt.eflag)
		macsec_header_print(c, s, short_length);

	*sp = span_rest(s, sectag_len);
	*hdrlenp += sectag_len;
	*lengthp -= sectag_len;
	caplen -= sectag_len;

	if (tci & MACSEC_TCI_CONFID) {
		/* encrypted: say what it is if -e did not already */
		if (!c->opt.eflag) {
			if (src != NULL && dst != NULL) {
				etheraddr_print(c, src);
				out_str(c->out, " > ");
				etheraddr_print(c, dst);
				out_char(c->out, ' ');
			}
			out_str(c->out, "802.1AE MACsec, ");
			macsec_header_print(c, s, short_length);
		}
		c->proto = save;
		return 0;
	}

	/* the ICV at the end of the frame is not payload */
	if (*lengthp < MACSEC_ICV_LEN || caplen < MACSEC_ICV_LEN)
		goto trunc;
	*lengthp -= MACSEC_ICV_LEN;
	caplen -= MACSEC_ICV_LEN;
	if (short_length != 0) {
		/* a short length names the secure data's length itself */
		if (short_length > *lengthp || short_length > caplen)
			goto trunc;
		if (*lengthp > short_length)
			*lengthp = short_length;
		if (caplen > short_length)
			caplen = short_length;
	}
	*sp = span_cut(*sp, caplen);
	c->proto = save;
	return -1;
trunc:
	print_trunc(c);
	c->proto = save;
	return (int)(hdrlen + caplen);
}
