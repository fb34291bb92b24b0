/*
 * print-icmp.c - ICMP for IPv4 (RFC 792), with router discovery (RFC 1256),
 * path MTU discovery (RFC 1191) and multi-part extensions (RFC 4884, MPLS
 * label stacks of RFC 4950), as tcpdump 4.99 print-icmp.c icmp_print()
 * prints them.
 *
 * tcpdump composes the whole description into a buffer before it prints
 * "ICMP ...", so a message cut short prints no partial text, only the
 * " [|icmp]" marker.  Here each describer reads everything it needs into
 * locals first and writes only once every read has succeeded.
 */
#include "print.h"

#define ICMP_HDRLEN		8	/* type, code, sum, 4 bytes of rest */
#define ICMP_ERR_IP		8	/* where an error quotes the datagram */
#define ICMP_EXT_OFFSET		136	/* RFC 4884: 8 + 128 bytes of datagram */
#define ICMP_EXT_NEED		141	/* tcpdump's sizeof (struct icmp_ext_t) */
#define ICMP_EXT_VERSION	2
#define ICMP_EXT_OBJHDR		4

#define ICMP_ECHOREPLY		0
#define ICMP_UNREACH		3
#define ICMP_SOURCEQUENCH	4
#define ICMP_REDIRECT		5
#define ICMP_ECHO		8
#define ICMP_ROUTERADVERT	9
#define ICMP_ROUTERSOLICIT	10
#define ICMP_TIMXCEED		11
#define ICMP_PARAMPROB		12
#define ICMP_TSTAMP		13
#define ICMP_TSTAMPREPLY	14
#define ICMP_IREQ		15
#define ICMP_IREQREPLY		16
#define ICMP_MASKREQ		17
#define ICMP_MASKREPLY		18

#define ICMP_UNREACH_PROTOCOL	2
#define ICMP_UNREACH_PORT	3
#define ICMP_UNREACH_NEEDFRAG	4

/* Types with no fields to show: tcpdump's icmp2str[] fallback. */
static const struct tok icmp_type_names[] = {
	{ ICMP_ECHOREPLY, "echo reply" },
	{ ICMP_SOURCEQUENCH, "source quench" },
	{ ICMP_ECHO, "echo request" },
	{ ICMP_ROUTERSOLICIT, "router solicitation" },
	{ ICMP_TSTAMP, "time stamp request" },
	{ ICMP_TSTAMPREPLY, "time stamp reply" },
	{ ICMP_IREQ, "information request" },
	{ ICMP_IREQREPLY, "information reply" },
	{ ICMP_MASKREQ, "address mask request" },
	{ 0, NULL }
};

/*
 * Destination unreachable codes (RFC 792, RFC 1122, RFC 1812): the text
 * around the quoted destination address.  Protocol, port and need-to-frag
 * (codes 2-4) carry more and have their own code below.
 */
static const struct {
	uint8_t		 code;
	const char	*before;
	const char	*after;
} unreach_text[] = {
	{ 0, "net ", " unreachable" },
	{ 1, "host ", " unreachable" },
	{ 5, "", " unreachable - source route failed" },
	{ 6, "net ", " unreachable - unknown" },
	{ 7, "host ", " unreachable - unknown" },
	{ 8, "", " unreachable - source host isolated" },
	{ 9, "net ", " unreachable - admin prohibited" },
	{ 10, "host ", " unreachable - admin prohibited" },
	{ 11, "net ", " unreachable - tos prohibited" },
	{ 12, "host ", " unreachable - tos prohibited" },
	{ 13, "host ", " unreachable - admin prohibited filter" },
	{ 14, "host ", " unreachable - host precedence violation" },
	{ 15, "host ", " unreachable - precedence cutoff" },
};

/* Redirect codes (RFC 792): "redirect[-tos] DST to net|host GW". */
static const struct {
	const char	*what;
	const char	*to;
} redirect_text[] = {
	{ "redirect ", " to net " },
	{ "redirect ", " to host " },
	{ "redirect-tos ", " to net " },
	{ "redirect-tos ", " to host " },
};

/* RFC 4884 object classes, named as tcpdump 4.99 names them. */
static const struct tok icmp_ext_obj_names[] = {
	{ 1, "MPLS Stack Entry" },
	{ 2, "Interface Identification" },
	{ 0, NULL }
};

static void
icmp_head(struct out *o)
{
	out_str(o, "ICMP ");
}

/* A time stamp in milliseconds since midnight UT as HH:MM:SS.mmm. */
static void
icmp_tstamp(struct out *o, uint32_t ms)
{
	uint32_t sec = ms / 1000, min = sec / 60, hrs = min / 60;

	out_u32_pad(o, hrs, 2, '0');
	out_char(o, ':');
	out_u32_pad(o, min - hrs * 60, 2, '0');
	out_char(o, ':');
	out_u32_pad(o, sec - min * 60, 2, '0');
	out_char(o, '.');
	out_u32_pad(o, ms % 1000, 3, '0');
}

static void
icmp_echo(struct ctx *c, struct span s, uint8_t type, uint8_t code)
{
	uint16_t id = get_be16(c, s, 4), seq = get_be16(c, s, 6);
	struct out *o = c->out;

	(void)code;
	icmp_head(o);
	out_str(o, type == ICMP_ECHO ? "echo request" : "echo reply");
	out_str(o, ", id ");
	out_u32(o, id);
	out_str(o, ", seq ");
	out_u32(o, seq);
}

static void
icmp_unreach(struct ctx *c, struct span s, uint8_t type, uint8_t code)
{
	struct out *o = c->out;
	const uint8_t *dst;

	(void)type;
	switch (code) {
	case ICMP_UNREACH_PROTOCOL: {
		uint8_t proto;

		dst = get_bytes(c, s, ICMP_ERR_IP + 16, 4);
		proto = get_u8(c, s, ICMP_ERR_IP + 9);
		icmp_head(o);
		out_ipv4(o, dst);
		out_str(o, " protocol ");
		out_u32(o, proto);
		out_str(o, " unreachable");
		return;
	}
	case ICMP_UNREACH_PORT: {
		/* the port is the quoted transport header's second field */
		unsigned hlen = (get_u8(c, s, ICMP_ERR_IP) & 0xf) * 4u;
		uint16_t dport = get_be16(c, s, ICMP_ERR_IP + hlen + 2);
		uint8_t proto = get_u8(c, s, ICMP_ERR_IP + 9);

		dst = get_bytes(c, s, ICMP_ERR_IP + 16, 4);
		icmp_head(o);
		out_ipv4(o, dst);
		if (proto == 6)
			out_str(o, " tcp port ");
		else if (proto == 17)
			out_str(o, " udp port ");
		else {
			out_str(o, " protocol ");
			out_u32(o, proto);
			out_str(o, " port ");
		}
		out_u32(o, dport);
		out_str(o, " unreachable");
		return;
	}
	case ICMP_UNREACH_NEEDFRAG: {
		/* RFC 1191: the next-hop MTU in the low half of "unused" */
		uint16_t mtu = get_be16(c, s, 6);

		dst = get_bytes(c, s, ICMP_ERR_IP + 16, 4);
		icmp_head(o);
		out_ipv4(o, dst);
		out_str(o, " unreachable - need to frag");
		if (mtu != 0) {
			out_str(o, " (mtu ");
			out_u32(o, mtu);
			out_char(o, ')');
		}
		return;
	}
	}
	dst = get_bytes(c, s, ICMP_ERR_IP + 16, 4);
	icmp_head(o);
	for (size_t k = 0; k < sizeof(unreach_text) / sizeof(unreach_text[0]);
	    k++) {
		if (unreach_text[k].code == code) {
			out_str(o, unreach_text[k].before);
			out_ipv4(o, dst);
			out_str(o, unreach_text[k].after);
			return;
		}
	}
	out_ipv4(o, dst);
	out_str(o, " unreachable - #");
	out_u32(o, code);
}

static void
icmp_redirect(struct ctx *c, struct span s, uint8_t type, uint8_t code)
{
	const uint8_t *dst = get_bytes(c, s, ICMP_ERR_IP + 16, 4);
	const uint8_t *gw = get_bytes(c, s, 4, 4);
	struct out *o = c->out;

	(void)type;
	icmp_head(o);
	if (code < sizeof(redirect_text) / sizeof(redirect_text[0])) {
		out_str(o, redirect_text[code].what);
		out_ipv4(o, dst);
		out_str(o, redirect_text[code].to);
	} else {
		out_str(o, "redirect-#");
		out_u32(o, code);
		out_char(o, ' ');
		out_ipv4(o, dst);
		out_str(o, " to ");
	}
	out_ipv4(o, gw);
}

/* RFC 1256 router advertisement: lifetime, then {address preference}s. */
static void
icmp_routeradvert(struct ctx *c, struct span s, uint8_t type, uint8_t code)
{
	struct out *o = c->out;
	unsigned num, size, lifetime;

	(void)type;
	(void)code;
	span_need(c, s, 4, 4);
	num = get_u8(c, s, 4);
	size = get_u8(c, s, 5);
	lifetime = get_be16(c, s, 6);
	/* tcpdump lists entries only for the standard size of 2 words */
	if (size == 2)
		span_need(c, s, ICMP_HDRLEN, num * 8u);
	icmp_head(o);
	out_str(o, "router advertisement lifetime ");
	if (lifetime < 60)
		out_u32(o, lifetime);
	else if (lifetime < 60 * 60) {
		out_u32(o, lifetime / 60);
		out_char(o, ':');
		out_u32_pad(o, lifetime % 60, 2, '0');
	} else {
		out_u32(o, lifetime / 3600);
		out_char(o, ':');
		out_u32_pad(o, lifetime % 3600 / 60, 2, '0');
		out_char(o, ':');
		out_u32_pad(o, lifetime % 60, 2, '0');
	}
	out_char(o, ' ');
	out_u32(o, num);
	out_char(o, ':');
	if (size != 2) {
		out_str(o, " [size ");
		out_u32(o, size);
		out_char(o, ']');
		return;
	}
	for (unsigned k = 0; k < num; k++) {
		size_t off = ICMP_HDRLEN + k * 8u;

		out_str(o, " {");
		out_ipv4(o, get_bytes(c, s, off, 4));
		out_char(o, ' ');
		out_u32(o, get_be32(c, s, off + 4));
		out_char(o, '}');
	}
}

static void
icmp_timxceed(struct ctx *c, struct span s, uint8_t type, uint8_t code)
{
	struct out *o = c->out;

	(void)type;
	/* tcpdump checks the quoted destination though it prints none */
	span_need(c, s, ICMP_ERR_IP + 16, 4);
	icmp_head(o);
	if (code == 0)
		out_str(o, "time exceeded in-transit");
	else if (code == 1)
		out_str(o, "ip reassembly time exceeded");
	else {
		out_str(o, "time exceeded-#");
		out_u32(o, code);
	}
}

static void
icmp_paramprob(struct ctx *c, struct span s, uint8_t type, uint8_t code)
{
	struct out *o = c->out;

	(void)type;
	if (code != 0) {
		icmp_head(o);
		out_str(o, "parameter problem - code ");
		out_u32(o, code);
	} else {
		uint8_t ptr = get_u8(c, s, 4);

		icmp_head(o);
		out_str(o, "parameter problem - octet ");
		out_u32(o, ptr);
	}
}

static void
icmp_maskreply(struct ctx *c, struct span s, uint8_t type, uint8_t code)
{
	uint32_t mask = get_be32(c, s, 8);
	struct out *o = c->out;

	(void)type;
	(void)code;
	icmp_head(o);
	out_str(o, "address mask is 0x");
	out_hex(o, mask, 8);
}

static void
icmp_tstampreq(struct ctx *c, struct span s, uint8_t type, uint8_t code)
{
	uint16_t id = get_be16(c, s, 4), seq = get_be16(c, s, 6);
	struct out *o = c->out;

	(void)type;
	(void)code;
	icmp_head(o);
	out_str(o, "time stamp query id ");
	out_u32(o, id);
	out_str(o, " seq ");
	out_u32(o, seq);
}

static void
icmp_tstampreply(struct ctx *c, struct span s, uint8_t type, uint8_t code)
{
	struct out *o = c->out;

	(void)type;
	(void)code;
	span_need(c, s, 4, 16);
	icmp_head(o);
	out_str(o, "time stamp reply id ");
	out_u32(o, get_be16(c, s, 4));
	out_str(o, " seq ");
	out_u32(o, get_be16(c, s, 6));
	out_str(o, ": org ");
	icmp_tstamp(o, get_be32(c, s, 8));
	out_str(o, ", recv ");
	icmp_tstamp(o, get_be32(c, s, 12));
	out_str(o, ", xmit ");
	icmp_tstamp(o, get_be32(c, s, 16));
}

typedef void (*icmp_describer)(struct ctx *, struct span, uint8_t type,
    uint8_t code);

static const struct {
	uint8_t		 type;
	icmp_describer	 describe;
} icmp_describers[] = {
	{ ICMP_ECHOREPLY, icmp_echo },
	{ ICMP_UNREACH, icmp_unreach },
	{ ICMP_REDIRECT, icmp_redirect },
	{ ICMP_ECHO, icmp_echo },
	{ ICMP_ROUTERADVERT, icmp_routeradvert },
	{ ICMP_TIMXCEED, icmp_timxceed },
	{ ICMP_PARAMPROB, icmp_paramprob },
	{ ICMP_TSTAMP, icmp_tstampreq },
	{ ICMP_TSTAMPREPLY, icmp_tstampreply },
	{ ICMP_MASKREPLY, icmp_maskreply },
};

/* Errors quote the offending datagram (RFC 792), shown under -v. */
static int
icmp_is_error(uint8_t type)
{
	return type == ICMP_UNREACH || type == ICMP_SOURCEQUENCH ||
	    type == ICMP_REDIRECT || type == ICMP_TIMXCEED ||
	    type == ICMP_PARAMPROB;
}

/* The errors RFC 4884 lets carry extension objects. */
static int
icmp_has_ext(uint8_t type)
{
	return type == ICMP_UNREACH || type == ICMP_TIMXCEED ||
	    type == ICMP_PARAMPROB;
}

/*
 * tcpdump's print_unknown_data(): a hex dump of what was captured of the
 * len bytes at off, each 16-byte row on a new line after ident.
 */
static void
icmp_hex(struct ctx *c, struct span s, size_t off, size_t len,
    const char *ident)
{
	struct out *o = c->out;
	size_t n = span_avail(s, off);

	if (!span_has(s, off, 0)) {
		out_str(o, ident);
		out_str(o, "Dissector error: print_unknown_data called with "
		    "pointer past end of packet");
		return;
	}
	if (n > len)
		n = len;
	for (size_t i = 0; i < n; i++) {
		if (i % 16 == 0) {
			out_str(o, ident);
			out_str(o, "0x");
			out_hex(o, i, 4);
			out_str(o, ": ");
		}
		if (i % 2 == 0)
			out_char(o, ' ');
		out_hex8(o, s.p[off + i]);
	}
}

/* RFC 4884 extension structure 128 bytes into the message. */
static void
icmp_ext_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	struct cksum_vec vec;
	unsigned hlen, version;
	size_t obj;

	span_need(c, s, 0, ICMP_EXT_NEED);
	/*
	 * Without a length field (pre-RFC 4884 senders), only a valid
	 * checksum says an extension is there at all.
	 */
	if (get_u8(c, s, 5) == 0 &&
	    span_has(s, ICMP_EXT_OFFSET, length - ICMP_EXT_OFFSET)) {
		vec.ptr = s.p + ICMP_EXT_OFFSET;
		vec.len = length - ICMP_EXT_OFFSET;
		if (in_cksum(&vec, 1) != 0)
			return;
	}
	version = get_u8(c, s, ICMP_EXT_OFFSET) >> 4;
	out_str(o, "\n\tICMP Multi-Part extension v");
	out_u32(o, version);
	if (version != ICMP_EXT_VERSION) {
		out_str(o, " packet not supported");
		return;
	}
	hlen = length - ICMP_EXT_OFFSET;
	if (span_has(s, ICMP_EXT_OFFSET, hlen)) {
		vec.ptr = s.p + ICMP_EXT_OFFSET;
		vec.len = hlen;
		out_str(o, ", checksum 0x");
		out_hex(o, get_be16(c, s, ICMP_EXT_OFFSET + 2), 4);
		out_str(o, in_cksum(&vec, 1) != 0 ? " (incorrect)" :
		    " (correct)");
		out_str(o, ", length ");
		out_u32(o, hlen);
	}
	hlen -= 4;
	obj = ICMP_EXT_OFFSET + 4;
	while (hlen > ICMP_EXT_OBJHDR) {
		unsigned obj_len, class_num, ctype;
		const char *name;

		span_need(c, s, obj, ICMP_EXT_OBJHDR);
		obj_len = get_be16(c, s, obj);
		class_num = get_u8(c, s, obj + 2);
		ctype = get_u8(c, s, obj + 3);
		obj += ICMP_EXT_OBJHDR;
		name = tok_find(icmp_ext_obj_names, class_num);
		out_str(o, "\n\t  ");
		out_str(o, name != NULL ? name : "unknown");
		out_str(o, " Object (");
		out_u32(o, class_num);
		out_str(o, "), Class-Type: ");
		out_u32(o, ctype);
		out_str(o, ", length ");
		out_u32(o, obj_len);
		hlen -= ICMP_EXT_OBJHDR;
		/* a zero class or a short length would loop for ever */
		if (class_num == 0 || obj_len < ICMP_EXT_OBJHDR)
			return;
		obj_len -= ICMP_EXT_OBJHDR;
		if (class_num == 1 && ctype == 1) {
			/* RFC 4950: one label stack entry (RFC 3032) */
			uint32_t entry = get_be32(c, s, obj);

			out_str(o, "\n\t    label ");
			out_u32(o, entry >> 12);
			out_str(o, ", tc ");
			out_u32(o, (entry >> 9) & 7);
			if (entry & 0x100)
				out_str(o, ", [S]");
			out_str(o, ", ttl ");
			out_u32(o, entry & 0xff);
		} else
			icmp_hex(c, s, obj, obj_len, "\n\t    ");
		if (hlen < obj_len)
			break;
		hlen -= obj_len;
		obj += obj_len;
	}
}

void
icmp_print(struct ctx *c, struct span s, unsigned length,
    const struct ipinfo *ip)
{
	struct out *o = c->out;
	uint8_t type, code;
	size_t k;

	c->proto = "icmp";
	type = get_u8(c, s, 0);
	code = get_u8(c, s, 1);
	for (k = 0; k < sizeof(icmp_describers) / sizeof(icmp_describers[0]);
	    k++)
		if (icmp_describers[k].type == type)
			break;
	if (k < sizeof(icmp_describers) / sizeof(icmp_describers[0]))
		icmp_describers[k].describe(c, s, type, code);
	else {
		icmp_head(o);
		out_tok(o, icmp_type_names, type, "type-#");
	}
	out_str(o, ", length ");
	out_u32(o, length);

	/* a fragment's sum covers bytes that are not here */
	if (c->opt.vflag && !ip->fragmented && span_has(s, 0, length)) {
		struct cksum_vec vec = { s.p, length };
		uint16_t sum = in_cksum(&vec, 1);

		if (sum != 0) {
			uint16_t icmp_sum = get_be16(c, s, 2);

			out_str(o, " (wrong icmp cksum ");
			out_hex(o, icmp_sum, 0);
			out_str(o, " (->");
			out_hex(o, in_cksum_shouldbe(icmp_sum, sum), 0);
			out_str(o, ")!)");
		}
	}
	if (c->opt.vflag && icmp_is_error(type)) {
		struct span inner;
		unsigned ip_len;

		out_str(o, "\n\t");
		ip_len = get_be16(c, s, ICMP_ERR_IP + 2);
		/* the quoted datagram ends where its own length says */
		inner = span_cut(span_rest(s, ICMP_ERR_IP), ip_len);
		/*
		 * tcpdump cuts its snapshot end to the quoted length and
		 * then reads that length again: under 4 bytes it is cut
		 * off, and the packet ends as truncated ICMP.
		 */
		if (ip_len < 4)
			trunc_jump(c);
		if (span_has(inner, 0, 1) && inner.p[0] >> 4 == 4 &&
		    !span_has(inner, 0, 20)) {
			/*
			 * tcpdump's ip_print() meets a short IPv4 header
			 * with ND_TCHECK_SIZE, which prints " [|ip]" and
			 * returns rather than ending the packet, so the
			 * extension check below still runs.
			 */
			if (!c->opt.eflag)
				out_str(o, "IP ");
			c->proto = "ip";
			print_trunc(c);
		} else
			ip_print(c, inner, ip_len);
		c->proto = "icmp";
	}
	if (c->opt.vflag && length > ICMP_EXT_OFFSET && icmp_has_ext(type))
		icmp_ext_print(c, s, length);
}
