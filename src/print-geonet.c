/*
 * print-geonet.c - ETSI GeoNetworking (ETSI TS 102 636-4-1, the common
 * header and long position vector) and the BTP header after it (ETSI TS
 * 102 636-5-1), as tcpdump 4.99 print-geonet.c geonet_print() prints them
 * for ethertypes 0x0707 (the old value) and 0x8947.
 *
 * One line: the frame's source MAC, the common header's fields, the
 * GN_ADDR and position of the sender, then the BTP ports and the
 * ITS PDU header when the next header is BTP.  -v adds a dump of the rest.
 */
#include "print.h"

#define GN_COMMON_LEN	36	/* basic + common header + long position vector */
#define GN_ADDR_LEN	8

static const struct tok msg_type_values[] = {
	{ 0, "CAM" },
	{ 1, "DENM" },
	{ 101, "TPEGM" },
	{ 102, "TSPDM" },
	{ 103, "VPM" },
	{ 104, "SRM" },
	{ 105, "SLAM" },
	{ 106, "ecoCAM" },
	{ 107, "ITM" },
	{ 150, "SA" },
	{ 0, NULL }
};

static const char *const next_hdr_names[4] = {
	"Any", "BTP-A", "BTP-B", "IPv6"
};

/*
 * Header type and subtype: their name, and the length of the extended
 * header after the common one, -1 where tcpdump does not know it (then
 * nothing after the position vector is decoded).
 */
struct gn_hdr_type {
	uint8_t		 type, subtype;
	const char	*name;
	int		 ext_len;
};

static const struct gn_hdr_type gn_hdr_types[] = {
	{ 3, 0, "GeoAnycastCircle", -1 },
	{ 3, 1, "GeoAnycastRect", -1 },
	{ 3, 2, "GeoAnycastElipse", -1 },
	{ 4, 0, "GeoBroadcastCircle", -1 },
	{ 4, 1, "GeoBroadcastRect", -1 },
	{ 4, 2, "GeoBroadcastElipse", -1 },
	{ 5, 0, "TopoScopeBcast-SH", 0 },
	{ 5, 1, "TopoScopeBcast-MH", 68 - 36 },
	{ 6, 0, "LocService-Request", -1 },
	{ 6, 1, "LocService-Reply", -1 },
};

static void
gn_hdr_type_find(unsigned type, unsigned subtype, const char **name,
    int *ext_len)
{
	/* types 0-2 have one name whatever the subtype */
	static const char *const plain[3] = { "Any", "Beacon", "GeoUnicast" };

	*name = "Unknown";
	*ext_len = -1;
	if (type < 3) {
		*name = plain[type];
		*ext_len = type < 2 ? 0 : -1;
		return;
	}
	for (size_t k = 0; k < sizeof(gn_hdr_types) / sizeof(gn_hdr_types[0]);
	    k++) {
		const struct gn_hdr_type *h = &gn_hdr_types[k];
		if (h->type == type && h->subtype == subtype) {
			*name = h->name;
			*ext_len = h->ext_len;
			return;
		}
	}
}

void
geonet_src_print(struct ctx *c, struct span s, unsigned length,
    const uint8_t *src)
{
	struct out *o = c->out;
	unsigned version, next_hdr, hdr_type, hdr_subtype, payload_length;
	unsigned hop_limit;
	const char *type_name;
	int ext_len;

	c->proto = "geonet";
	out_str(o, "GeoNet ");
	if (src != NULL) {
		out_str(o, "src:");
		etheraddr_print(c, src);
	}
	out_str(o, "; ");

	if (length < GN_COMMON_LEN) {
		out_str(o, " (common header length ");
		out_u32(o, length);
		out_str(o, " < 36)");
		print_invalid(c);
		return;
	}
	/* tcpdump reads the fixed fields before it prints any of them */
	version = get_u8(c, s, 0) >> 4;
	next_hdr = get_u8(c, s, 0) & 0x0f;
	hdr_type = get_u8(c, s, 1) >> 4;
	hdr_subtype = get_u8(c, s, 1) & 0x0f;
	payload_length = get_be16(c, s, 4);
	hop_limit = get_u8(c, s, 7);
	gn_hdr_type_find(hdr_type, hdr_subtype, &type_name, &ext_len);

	out_str(o, "v:");
	out_u32(o, version);
	out_str(o, " NH:");
	out_u32(o, next_hdr);
	out_char(o, '-');
	out_str(o, next_hdr < 4 ? next_hdr_names[next_hdr] : "Unknown");
	out_str(o, " HT:");
	out_u32(o, hdr_type);
	out_char(o, '-');
	out_u32(o, hdr_subtype);
	out_char(o, '-');
	out_str(o, type_name);
	out_str(o, " HopLim:");
	out_u32(o, hop_limit);
	out_str(o, " Payload:");
	out_u32(o, payload_length);
	out_char(o, ' ');

	/* the long position vector: GN_ADDR as a link address, lat, lon;
	 * each printed piece is whole before the next is fetched */
	{
		const uint8_t *a = get_bytes(c, s, 8, GN_ADDR_LEN);
		uint32_t v;

		out_str(o, "GN_ADDR:");
		for (int k = 0; k < GN_ADDR_LEN; k++) {
			if (k > 0)
				out_char(o, ':');
			out_hex8(o, a[k]);
		}
		out_char(o, ' ');
		v = get_be32(c, s, 8 + 12);
		out_str(o, "lat:");
		out_u32(o, v);
		out_char(o, ' ');
		v = get_be32(c, s, 8 + 16);
		out_str(o, "lon:");
		out_u32(o, v);
	}

	span_need(c, s, 0, GN_COMMON_LEN);
	s = span_rest(s, GN_COMMON_LEN);
	length -= GN_COMMON_LEN;

	if (ext_len >= 0) {
		if (length < (unsigned)ext_len) {
			out_str(o, " (header size ");
			out_u32(o, (unsigned)ext_len);
			out_str(o, " > ");
			out_u32(o, length);
			out_char(o, ')');
			print_invalid(c);
			return;
		}
		span_need(c, s, 0, (size_t)ext_len);
		s = span_rest(s, (size_t)ext_len);
		length -= (unsigned)ext_len;
		if (next_hdr == 1 || next_hdr == 2) {
			/* BTP-A and BTP-B: destination and source ports */
			if (length < 4) {
				out_str(o, " (BTP length ");
				out_u32(o, length);
				out_str(o, " < 4)");
				print_invalid(c);
				return;
			}
			out_str(o, "; BTP Dst:");
			out_u32(o, get_be16(c, s, 0));
			out_str(o, " Src:");
			out_u32(o, get_be16(c, s, 2));
			s = span_rest(s, 4);
			length -= 4;
			if (length >= 2) {
				/* an ItsPduHeader is assumed */
				unsigned t;
				const char *tn;

				out_str(o, "; ItsPduHeader v:");
				out_u32(o, get_u8(c, s, 0));
				t = get_u8(c, s, 1);
				out_str(o, " t:");
				out_u32(o, t);
				out_char(o, '-');
				tn = tok_find(msg_type_values, t);
				if (tn != NULL)
					out_str(o, tn);
				else {
					out_str(o, "unknown (");
					out_u32(o, t);
					out_char(o, ')');
				}
			}
		}
	}
	if (c->opt.vflag)
		print_default(c, span_cut(s, length));
}

void
geonet_print(struct ctx *c, struct span s, unsigned length)
{
	geonet_src_print(c, s, length, NULL);
}
