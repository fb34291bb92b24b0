/*
 * print-ahcp.c - the Ad-Hoc Configuration Protocol (draft-chroboczek-ahcp-00,
 * and ahcpd 0.53's encoding), as tcpdump 4.99.3 print-ahcp.c prints it:
 * "AHCP Version 1"; with -v the header's fields and the message type and
 * length; with -vv one line per option.
 *
 * tcpdump builds this printer with ND_LONGJMP_FROM_TCHECK, so where it
 * checks the captured bytes, a short capture jumps out with " [|ahcp]":
 * that is span_need() here.  A malformed field prints " (invalid)" and
 * then checks that the rest of the field was captured.
 */
#include "print.h"

#define AHCP_MAGIC		43
#define AHCP_VERSION_1		1
#define AHCP1_HEADER_FIX_LEN	24
#define AHCP1_BODY_MIN_LEN	4

static const struct tok ahcp1_msg_str[] = {
	{ 0, "Discover" },
	{ 1, "Offer" },
	{ 2, "Request" },
	{ 3, "Ack" },
	{ 4, "Nack" },
	{ 5, "Release" },
	{ 0, NULL }
};

enum {
	OPT_PAD = 0, OPT_MANDATORY, OPT_ORIGIN_TIME, OPT_EXPIRES,
	OPT_MY_IPV6_ADDRESS, OPT_MY_IPV4_ADDRESS, OPT_IPV6_PREFIX,
	OPT_IPV4_PREFIX, OPT_IPV6_ADDRESS, OPT_IPV4_ADDRESS,
	OPT_IPV6_PREFIX_DELEGATION, OPT_IPV4_PREFIX_DELEGATION,
	OPT_NAME_SERVER, OPT_NTP_SERVER
};

/* An option's value printer; len is the value's length. */
typedef void (*opt_printer)(struct ctx *, struct span, size_t off,
    unsigned len);

/* The invalid tail of a field: " (invalid)", then the capture check. */
static void
ahcp_invalid(struct ctx *c, struct span s, size_t off, unsigned len)
{
	print_invalid(c);
	span_need(c, s, off, len);
}

/*
 * "%Y-%m-%d %H:%M:%S UTC" of gmtime(), worked out here: days to a civil
 * date (the proleptic Gregorian calendar, H. Hinnant's days_from_civil
 * inverse), which needs no time-zone work per packet.
 */
static void
utc_print(struct out *o, uint32_t t)
{
	uint64_t days = t / 86400u, secs = t % 86400u;
	uint64_t z = days + 719468u, era = z / 146097u;
	uint64_t doe = z - era * 146097u;
	uint64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	uint64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	uint64_t mp = (5 * doy + 2) / 153;
	uint32_t d = (uint32_t)(doy - (153 * mp + 2) / 5 + 1);
	uint32_t m = (uint32_t)(mp < 10 ? mp + 3 : mp - 9);
	uint32_t y = (uint32_t)(yoe + era * 400 + (m <= 2));

	out_u32_pad(o, y, 4, '0');
	out_char(o, '-');
	out_u32_pad(o, m, 2, '0');
	out_char(o, '-');
	out_u32_pad(o, d, 2, '0');
	out_char(o, ' ');
	out_u32_pad(o, (uint32_t)(secs / 3600), 2, '0');
	out_char(o, ':');
	out_u32_pad(o, (uint32_t)(secs / 60 % 60), 2, '0');
	out_char(o, ':');
	out_u32_pad(o, (uint32_t)(secs % 60), 2, '0');
	out_str(o, " UTC");
}

static void
time_print(struct ctx *c, struct span s, size_t off, unsigned len)
{
	uint32_t t;

	if (len != 4) {
		ahcp_invalid(c, s, off, len);
		return;
	}
	t = get_be32(c, s, off);
	out_str(c->out, ": ");
	utc_print(c->out, t);
}

static void
seconds_print(struct ctx *c, struct span s, size_t off, unsigned len)
{
	uint32_t secs;

	if (len != 4) {
		ahcp_invalid(c, s, off, len);
		return;
	}
	secs = get_be32(c, s, off);
	out_str(c->out, ": ");
	out_u32(c->out, secs);
	out_char(c->out, 's');
}

/*
 * A list of addresses or prefixes: items of size bytes (16 or 4 for the
 * address, one more for a prefix length), joined by ", ".
 */
static void
list_print(struct ctx *c, struct span s, size_t off, unsigned len,
    unsigned alen, int prefix)
{
	unsigned size = alen + (prefix ? 1 : 0);
	const char *sep = ": ";
	const uint8_t *a;

	while (len) {
		if (len < size) {
			ahcp_invalid(c, s, off, len);
			return;
		}
		/* the whole item is read before anything of it is printed */
		a = get_bytes(c, s, off, size);
		out_str(c->out, sep);
		if (alen == 16)
			ip6addr_print(c, a);
		else
			ipaddr_print(c, a);
		if (prefix) {
			out_char(c->out, '/');
			out_u32(c->out, a[alen]);
		}
		off += size;
		len -= size;
		sep = ", ";
	}
}

static void
ipv6_addresses_print(struct ctx *c, struct span s, size_t off, unsigned len)
{
	list_print(c, s, off, len, 16, 0);
}

static void
ipv4_addresses_print(struct ctx *c, struct span s, size_t off, unsigned len)
{
	list_print(c, s, off, len, 4, 0);
}

static void
ipv6_prefixes_print(struct ctx *c, struct span s, size_t off, unsigned len)
{
	list_print(c, s, off, len, 16, 1);
}

static void
ipv4_prefixes_print(struct ctx *c, struct span s, size_t off, unsigned len)
{
	list_print(c, s, off, len, 4, 1);
}

struct ahcp_opt {
	const char	*name;
	opt_printer	 print;		/* NULL: " (Length n)" */
};

/* By option number; tcpdump has no decoder for IPv4 Prefix (7). */
static const struct ahcp_opt ahcp1_opts[] = {
	[OPT_PAD] =			{ "Pad", NULL },
	[OPT_MANDATORY] =		{ "Mandatory", NULL },
	[OPT_ORIGIN_TIME] =		{ "Origin Time", time_print },
	[OPT_EXPIRES] =			{ "Expires", seconds_print },
	[OPT_MY_IPV6_ADDRESS] =		{ "My-IPv6-Address",
					  ipv6_addresses_print },
	[OPT_MY_IPV4_ADDRESS] =		{ "My-IPv4-Address",
					  ipv4_addresses_print },
	[OPT_IPV6_PREFIX] =		{ "IPv6 Prefix", ipv6_prefixes_print },
	[OPT_IPV4_PREFIX] =		{ "IPv4 Prefix", NULL },
	[OPT_IPV6_ADDRESS] =		{ "IPv6 Address",
					  ipv6_addresses_print },
	[OPT_IPV4_ADDRESS] =		{ "IPv4 Address",
					  ipv4_addresses_print },
	[OPT_IPV6_PREFIX_DELEGATION] =	{ "IPv6 Prefix Delegation",
					  ipv6_prefixes_print },
	[OPT_IPV4_PREFIX_DELEGATION] =	{ "IPv4 Prefix Delegation",
					  ipv4_prefixes_print },
	[OPT_NAME_SERVER] =		{ "Name Server", ipv6_addresses_print },
	[OPT_NTP_SERVER] =		{ "NTP Server", ipv6_addresses_print },
};
#define AHCP1_NOPTS	(sizeof(ahcp1_opts) / sizeof(ahcp1_opts[0]))

/* tcpdump ahcp1_options_print(): the options in the body's length. */
static void
options_print(struct ctx *c, struct span s, size_t off, unsigned len)
{
	struct out *o = c->out;

	while (len) {
		unsigned no = get_u8(c, s, off), olen;

		off++;
		len--;
		out_str(o, "\n\t ");
		if (no < AHCP1_NOPTS)
			out_str(o, ahcp1_opts[no].name);
		else {
			out_str(o, "Unknown-");
			out_u32(o, no);
		}
		/* Pad and Mandatory are a lone byte */
		if (no == OPT_PAD || no == OPT_MANDATORY)
			continue;
		if (!len)
			goto invalid;
		olen = get_u8(c, s, off);
		off++;
		len--;
		if (olen > len)
			goto invalid;
		if (no < AHCP1_NOPTS && ahcp1_opts[no].print != NULL)
			ahcp1_opts[no].print(c, s, off, olen);
		else {
			out_str(o, " (Length ");
			out_u32(o, olen);
			out_char(o, ')');
			span_need(c, s, off, olen);
		}
		off += olen;
		len -= olen;
	}
	return;
invalid:
	ahcp_invalid(c, s, off, len);
}

/* tcpdump ahcp1_body_print(): type, MBZ, length, then the options. */
static void
body_print(struct ctx *c, struct span s, size_t off, unsigned len)
{
	struct out *o = c->out;
	unsigned type, mbz, body_len;

	if (len < AHCP1_BODY_MIN_LEN)
		goto invalid;
	type = get_u8(c, s, off);
	mbz = get_u8(c, s, off + 1);
	body_len = get_be16(c, s, off + 2);
	off += 4;
	len -= 4;
	if (c->opt.vflag) {
		out_str(o, "\n\t");
		out_tok(o, ahcp1_msg_str, type, "Unknown-");
		if (mbz != 0) {
			out_str(o, ", MBZ ");
			out_u32(o, mbz);
		}
		out_str(o, ", Length ");
		out_u32(o, body_len);
	}
	if (body_len > len)
		goto invalid;
	/* the body's own length, not the UDP one: extra bytes are ignored */
	if (c->opt.vflag >= 2)
		options_print(c, s, off, body_len);
	else
		span_need(c, s, off, body_len);
	return;
invalid:
	ahcp_invalid(c, s, off, len);
}

/* label, then an 8-byte id as tcpdump's linkaddr_string() shows it. */
static void
id_print(struct ctx *c, struct span s, const char *label, size_t off)
{
	const uint8_t *id = get_bytes(c, s, off, 8);

	out_str(c->out, label);
	for (unsigned k = 0; k < 8; k++) {
		if (k > 0)
			out_char(c->out, ':');
		out_hex8(c->out, id[k]);
	}
}

void
ahcp_print(struct ctx *c, struct span s, unsigned len)
{
	struct out *o = c->out;
	size_t off = 0;
	unsigned version;

	c->proto = "ahcp";
	out_str(o, "AHCP");
	if (len < 2)
		goto invalid;
	if (get_u8(c, s, 0) != AHCP_MAGIC)
		goto invalid;
	version = get_u8(c, s, 1);
	off = 2;
	len -= 2;
	if (version != AHCP_VERSION_1) {
		out_str(o, " Version ");
		out_u32(o, version);
		out_str(o, " (unknown)");
		span_need(c, s, off, len);
		return;
	}
	out_str(o, " Version 1");
	if (len < AHCP1_HEADER_FIX_LEN - 2)
		goto invalid;
	if (!c->opt.vflag)
		span_need(c, s, off, AHCP1_HEADER_FIX_LEN - 2);
	else {
		/* each field is read before its label is printed */
		uint32_t v = get_u8(c, s, off);
		out_str(o, "\n\tHopcount ");
		out_u32(o, v);
		v = get_u8(c, s, off + 1);
		out_str(o, ", Original Hopcount ");
		out_u32(o, v);
		v = get_be32(c, s, off + 2);
		out_str(o, ", Nonce 0x");
		out_hex(o, v, 8);
		id_print(c, s, ", Source Id ", off + 6);
		id_print(c, s, ", Destination Id ", off + 14);
	}
	off += AHCP1_HEADER_FIX_LEN - 2;
	len -= AHCP1_HEADER_FIX_LEN - 2;
	body_print(c, s, off, len);
	return;
invalid:
	ahcp_invalid(c, s, off, len);
}
