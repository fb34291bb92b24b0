/*
 * print-bootp.c - BOOTP (RFC 951) and DHCPv4 (RFC 2131) with the vendor
 * extensions of RFC 1048/1497/2132 and their successors, as tcpdump 4.99.3
 * print-bootp.c prints them: one line by default, the fixed fields and
 * every option from -v, PAD and END options from -vvv.
 */
#include <string.h>

#include "print.h"

#define BOOTPREQUEST	1
#define BOOTPREPLY	2

/* Offsets in the fixed part (RFC 951 section 3). */
#define BP_OP		0
#define BP_HTYPE	1
#define BP_HLEN		2
#define BP_HOPS		3
#define BP_XID		4
#define BP_SECS		8
#define BP_FLAGS	10
#define BP_CIADDR	12
#define BP_YIADDR	16
#define BP_SIADDR	20
#define BP_GIADDR	24
#define BP_CHADDR	28
#define BP_SNAME	44
#define BP_SNAME_LEN	64
#define BP_FILE		108
#define BP_FILE_LEN	128
#define BP_VEND		236

#define TAG_PAD			0
#define TAG_NETBIOS_NODE	46
#define TAG_OPT_OVERLOAD	52
#define TAG_DHCP_MESSAGE	53
#define TAG_PARM_REQUEST	55
#define TAG_CLIENT_ID		61
#define TAG_USER_CLASS		77
#define TAG_CLIENT_FQDN		81
#define TAG_AGENT_CIRCUIT	82
#define TAG_CLASSLESS_STATIC_RT	121
#define TAG_CLASSLESS_STA_RT_MS	249
#define TAG_END			255

static const struct tok bootp_op_values[] = {
	{ BOOTPREQUEST, "Request" },
	{ BOOTPREPLY, "Reply" },
	{ 0, NULL },
};

static const struct tok bootp_flag_values[] = {
	{ 0x8000, "Broadcast" },
	{ 0, NULL },
};

/*
 * The options tcpdump 4.99.3 names (its tag2str[]), by tag, with the way
 * it prints their data:
 *   i  IPv4 addresses          p  pairs of IPv4 addresses
 *   l  unsigned 32-bit words   L  signed 32-bit words
 *   s  unsigned 16-bit words   b  bytes in decimal, '.' between
 *   x  bytes in hex, ':'       a  a string
 *   B  booleans (Y/N)          $  an option with its own printer
 *   ' ' (PAD, END, DHCP-Message) bytes, as 'b'
 * Unnamed tags print as "Unknown", their data as b, s or l by length.
 */
struct bootp_tag {
	char		 fmt;
	const char	*name;
};

static const struct bootp_tag bootp_tags[256] = {
	[0] = { ' ', "PAD" },
	[1] = { 'i', "Subnet-Mask" },
	[2] = { 'L', "Time-Zone" },
	[3] = { 'i', "Default-Gateway" },
	[4] = { 'i', "Time-Server" },
	[5] = { 'i', "IEN-Name-Server" },
	[6] = { 'i', "Domain-Name-Server" },
	[7] = { 'i', "LOG" },
	[8] = { 'i', "CS" },
	[9] = { 'i', "LPR-Server" },
	[10] = { 'i', "IM" },
	[11] = { 'i', "RL" },
	[12] = { 'a', "Hostname" },
	[13] = { 's', "BS" },
	[14] = { 'a', "DP" },
	[15] = { 'a', "Domain-Name" },
	[16] = { 'i', "SS" },
	[17] = { 'a', "RP" },
	[18] = { 'a', "EP" },
	[19] = { 'B', "IPF" },
	[20] = { 'B', "SRT" },
	[21] = { 'p', "PF" },
	[22] = { 's', "RSZ" },
	[23] = { 'b', "TTL" },
	[24] = { 'l', "MTU-Timeout" },
	[25] = { 's', "MTU-Table" },
	[26] = { 's', "MTU" },
	[27] = { 'B', "LSN" },
	[28] = { 'i', "BR" },
	[29] = { 'B', "MD" },
	[30] = { 'B', "MS" },
	[31] = { 'B', "Router-Discovery" },
	[32] = { 'i', "RSA" },
	[33] = { 'p', "Static-Route" },
	[34] = { 'B', "UT" },
	[35] = { 'l', "AT" },
	[36] = { 'B', "IE" },
	[37] = { 'b', "TT" },
	[38] = { 'l', "KI" },
	[39] = { 'B', "KG" },
	[40] = { 'a', "YD" },
	[41] = { 'i', "YS" },
	[42] = { 'i', "NTP" },
	[43] = { 'b', "Vendor-Option" },
	[44] = { 'i', "Netbios-Name-Server" },
	[45] = { 'i', "WDD" },
	[46] = { '$', "Netbios-Node" },
	[47] = { 'a', "Netbios-Scope" },
	[48] = { 'i', "XFS" },
	[49] = { 'i', "XDM" },
	[50] = { 'i', "Requested-IP" },
	[51] = { 'l', "Lease-Time" },
	[52] = { '$', "OO" },
	[53] = { ' ', "DHCP-Message" },
	[54] = { 'i', "Server-ID" },
	[55] = { 'b', "Parameter-Request" },
	[56] = { 'a', "MSG" },
	[57] = { 's', "MSZ" },
	[58] = { 'l', "RN" },
	[59] = { 'l', "RB" },
	[60] = { 'a', "Vendor-Class" },
	[61] = { '$', "Client-ID" },
	[64] = { 's', "N+D" },
	[65] = { 'i', "N+S" },
	[66] = { 'a', "TFTP" },
	[67] = { 'a', "BF" },
	[68] = { 'i', "MH" },
	[69] = { 'i', "SMTP" },
	[70] = { 'i', "POP3" },
	[71] = { 'i', "NNTP" },
	[72] = { 'i', "WWW" },
	[73] = { 'i', "FG" },
	[74] = { 'i', "IRC" },
	[75] = { 'i', "STS" },
	[76] = { 'i', "STDA" },
	[77] = { '$', "User-Class" },
	[78] = { 'b', "SLP-DA" },
	[79] = { 'b', "SLP-SCOPE" },
	[80] = { 'a', "SLP-NA" },
	[81] = { '$', "FQDN" },
	[82] = { '$', "Agent-Information" },
	[83] = { 'b', "ARMT" },
	[88] = { 'a', "TZSTR" },
	[89] = { 'b', "FQDNS" },
	[90] = { 'b', "AUTH" },
	[91] = { 'L', "Last-Transaction-Time" },
	[92] = { 'i', "Associated-IP" },
	[93] = { 's', "ARCH" },
	[94] = { 'b', "NDI" },
	[95] = { 'a', "LDAP" },
	[97] = { 'b', "GUID" },
	[98] = { 'a', "UAP" },
	[100] = { 'a', "POSIX-TZ" },
	[101] = { 'a', "TZ-Name" },
	[112] = { 'i', "NI" },
	[113] = { 'a', "NITAG" },
	[114] = { 'a', "URL" },
	[116] = { 'B', "NOAUTO" },
	[117] = { 's', "NSSEARCH" },
	[118] = { 'i', "SUBNET" },
	[121] = { '$', "Classless-Static-Route" },
	[150] = { 'i', "TFTP-Server-Address" },
	[161] = { 'a', "MUD-URL" },
	[249] = { '$', "Classless-Static-Route-Microsoft" },
	[255] = { ' ', "END" },
};

static const struct tok dhcp_msg_values[] = {
	{ 1, "Discover" },
	{ 2, "Offer" },
	{ 3, "Request" },
	{ 4, "Decline" },
	{ 5, "ACK" },
	{ 6, "NACK" },
	{ 7, "Release" },
	{ 8, "Inform" },
	{ 10, "LeaseQuery" },		/* RFC 4388 */
	{ 11, "LeaseUnassigned" },
	{ 12, "LeaseUnknown" },
	{ 13, "LeaseActive" },
	{ 0, NULL },
};

/* Option 52, RFC 2132 section 9.3. */
static const struct tok oo2str[] = {
	{ 1, "file" },
	{ 2, "sname" },
	{ 3, "file+sname" },
	{ 0, NULL },
};

/* Option 46, RFC 2132 section 8.7. */
static const struct tok nbo2str[] = {
	{ 0x1, "b-node" },
	{ 0x2, "p-node" },
	{ 0x4, "m-node" },
	{ 0x8, "h-node" },
	{ 0, NULL },
};

/* ARP hardware types, for the Client-ID option. */
static const struct tok arp2str[] = {
	{ 0x1, "ether" },
	{ 0x6, "ieee802" },
	{ 0x7, "arcnet" },
	{ 0xf, "frelay" },
	{ 0x17, "strip" },
	{ 0x18, "ieee1394" },
	{ 0, NULL },
};

/* Relay agent sub-options, RFC 3046 and RFC 3993. */
static const struct tok agent_suboption_values[] = {
	{ 1, "Circuit-ID" },
	{ 2, "Remote-ID" },
	{ 6, "Subscriber-ID" },
	{ 0, NULL },
};

/* The client FQDN flag bits (RFC 4702), printed as letters, no gaps. */
static const struct tok fqdn_flags[] = {
	{ 0x01, "S" },
	{ 0x02, "O" },
	{ 0x04, "E" },
	{ 0x08, "N" },
	{ 0, NULL },
};

/*
 * tcpdump's nd_printn() up to the capture's end: n characters at off;
 * 1 when the capture ended first.
 */
static int
print_n(struct ctx *c, struct span s, size_t off, size_t n)
{
	for (; n > 0; n--, off++) {
		if (!span_has(s, off, 1))
			return 1;
		out_safe_char(c->out, s.p[off]);
	}
	return 0;
}

/*
 * tcpdump's nd_printztn(): a NUL-terminated string of at most n bytes;
 * the bytes used with the NUL, or 0 when no NUL came before n bytes or the
 * capture's end.
 */
static size_t
print_ztn(struct ctx *c, struct span s, size_t off, size_t n)
{
	size_t used = 0;

	for (;;) {
		uint8_t ch;

		if (n == 0 || !span_has(s, off, 1))
			return 0;
		ch = s.p[off++];
		used++;
		n--;
		if (ch == '\0')
			return used;
		out_safe_char(c->out, ch);
	}
}

/* tcpdump's print_unknown_data() with hex_print(): a hex dump, indented. */
static void
unknown_data(struct ctx *c, struct span s, size_t off, const char *ident,
    size_t len)
{
	struct out *o = c->out;
	size_t have = span_avail(s, 0), i;

	if (off > have) {
		out_str(o, ident);
		out_str(o, "Dissector error: print_unknown_data called with "
		    "pointer past end of packet");
		return;
	}
	if (have - off < len)
		len = have - off;
	for (i = 0; i < len; i++) {
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

/* tcpdump's tok2str(): the name, or fmt_prefix then the number. */
static void
out_tok_or(struct out *o, const struct tok *t, unsigned v, const char *pre,
    const char *post)
{
	const char *name = tok_find(t, v);

	if (name != NULL)
		out_str(o, name);
	else {
		out_str(o, pre);
		out_u32(o, v);
		out_str(o, post);
	}
}

/* Option 82 (RFC 3046): sub-options, the known ones as text. */
static void
agent_print(struct ctx *c, struct span s, size_t off, unsigned len)
{
	struct out *o = c->out;

	while (len >= 2) {
		unsigned subopt = get_u8(c, s, off);
		unsigned sublen = get_u8(c, s, off + 1);
		const char *name = tok_find(agent_suboption_values, subopt);

		off += 2;
		len -= 2;
		out_str(o, "\n\t      ");
		out_str(o, name != NULL ? name : "Unknown");
		out_str(o, " SubOption ");
		out_u32(o, subopt);
		out_str(o, ", length ");
		out_u32(o, sublen);
		if (sublen > len) {
			out_str(o, ": length goes past end of option");
			return;
		}
		out_str(o, ": ");
		if (name != NULL) {
			if (print_n(c, s, off, sublen))
				trunc_jump(c);
		} else
			unknown_data(c, s, off, "\n\t\t", sublen);
		len -= sublen;
		off += sublen;
	}
	if (len != 0) {
		out_str(o, "\n\t  trailing data length ");
		out_u32(o, len);
	}
}

/* Options 121 and 249 (RFC 3442): destination/width:router. */
static void
classless_route_print(struct ctx *c, struct span s, size_t off, unsigned len)
{
	struct out *o = c->out;
	int first = 1;

	if (len < 5) {
		out_str(o, "[ERROR: length < 5 bytes]");
		return;
	}
	while (len > 0) {
		unsigned width = get_u8(c, s, off), octets;
		const uint8_t *router;

		if (!first)
			out_char(o, ',');
		off++;
		len--;
		if (width > 32) {
			out_str(o, "[ERROR: Mask width (");
			out_u32(o, width);
			out_str(o, ") > 32]");
			return;
		}
		octets = (width + 7) / 8;
		if (len < octets + 4) {
			out_str(o, "[ERROR: Remaining length (");
			out_u32(o, len);
			out_str(o, ") < ");
			out_u32(o, octets + 4);
			out_str(o, " bytes]");
			return;
		}
		out_char(o, '(');
		if (width == 0)
			out_str(o, "default");
		else {
			for (unsigned i = 0; i < 4; i++) {
				if (i > 0)
					out_char(o, '.');
				if (i < octets)
					out_u32(o, get_u8(c, s, off++));
				else
					out_char(o, '0');
			}
			out_char(o, '/');
			out_u32(o, width);
		}
		router = get_bytes(c, s, off, 4);
		out_char(o, ':');
		ipaddr_print(c, router);
		out_char(o, ')');
		off += 4;
		len -= octets + 4;
		first = 0;
	}
}

/* Option 77 (RFC 3004): counted strings. */
static void
user_class_print(struct ctx *c, struct span s, size_t off, unsigned len)
{
	struct out *o = c->out;
	unsigned n = 1;

	if (len < 2) {
		out_str(o, "[ERROR: length < 2 bytes]");
		return;
	}
	while (len > 0) {
		unsigned sublen = get_u8(c, s, off);

		off++;
		len--;
		out_str(o, "\n\t      instance#");
		out_u32(o, n);
		out_str(o, ": ");
		if (sublen == 0) {
			out_str(o, "[ERROR: suboption length must be non-zero]");
			return;
		}
		if (len < sublen) {
			out_str(o, "[ERROR: invalid option]");
			return;
		}
		out_char(o, '"');
		if (print_n(c, s, off, sublen)) {
			out_char(o, '"');
			trunc_jump(c);
		}
		out_str(o, "\", length ");
		out_u32(o, sublen);
		n++;
		len -= sublen;
		off += sublen;
	}
}

/*
 * The options tcpdump prints with code of their own ('$'); returns what
 * is left of len for the "trailing data" note.
 */
static unsigned
special_print(struct ctx *c, struct span s, size_t off, unsigned tag,
    unsigned len)
{
	struct out *o = c->out;
	unsigned v;

	switch (tag) {
	case TAG_NETBIOS_NODE:
	case TAG_OPT_OVERLOAD:
		if (len < 1) {
			out_str(o, "[ERROR: length < 1 bytes]");
			return 0;
		}
		v = get_u8(c, s, off);
		/* tok2str() with no format: "#" and the number */
		out_tok_or(o, tag == TAG_NETBIOS_NODE ? nbo2str : oo2str, v,
		    "#", "");
		return len - 1;
	case TAG_CLIENT_FQDN:
		if (len < 3) {
			out_str(o, "[ERROR: length < 3 bytes]");
			return 0;
		}
		v = get_u8(c, s, off);
		if (v & 0xf0) {
			out_str(o, "[ERROR: MBZ nibble 0x");
			out_hex(o, (v & 0xf0) >> 4, 1);
			out_str(o, " != 0] ");
		}
		if (v & 0x0f) {
			out_char(o, '[');
			for (const struct tok *t = fqdn_flags; t->s != NULL; t++)
				if (v & t->v)
					out_str(o, t->s);
			out_str(o, "] ");
		}
		if (get_u8(c, s, off + 1) || get_u8(c, s, off + 2)) {
			out_u32(o, get_u8(c, s, off + 1));
			out_char(o, '/');
			out_u32(o, get_u8(c, s, off + 2));
			out_char(o, ' ');
		}
		out_char(o, '"');
		if (print_n(c, s, off + 3, len - 3)) {
			out_char(o, '"');
			trunc_jump(c);
		}
		out_char(o, '"');
		return 0;
	case TAG_CLIENT_ID:
		if (len < 1) {
			out_str(o, "[ERROR: length < 1 bytes]");
			return 0;
		}
		v = get_u8(c, s, off);
		if (v == 0) {
			out_char(o, '"');
			if (print_n(c, s, off + 1, len - 1)) {
				out_char(o, '"');
				trunc_jump(c);
			}
			out_char(o, '"');
			return 0;
		}
		out_tok_or(o, arp2str, v, "hardware-type ", ",");
		out_char(o, ' ');
		for (unsigned i = 1; i < len; i++) {
			if (i > 1)
				out_char(o, ':');
			out_hex8(o, get_u8(c, s, off + i));
		}
		return 0;
	case TAG_AGENT_CIRCUIT:
		agent_print(c, s, off, len);
		return 0;
	case TAG_CLASSLESS_STATIC_RT:
	case TAG_CLASSLESS_STA_RT_MS:
		classless_route_print(c, s, off, len);
		return 0;
	case TAG_USER_CLASS:
		user_class_print(c, s, off, len);
		return 0;
	default:
		out_str(o, "[unknown special tag ");
		out_u32(o, tag);
		out_str(o, ", size ");
		out_u32(o, len);
		out_char(o, ']');
		return 0;
	}
}

/* Option 55: the requested tags by name, four a line. */
static void
parm_request_print(struct ctx *c, struct span s, size_t off, unsigned len)
{
	struct out *o = c->out;

	for (unsigned i = 0; i < len; i++) {
		unsigned t = get_u8(c, s, off + i);
		const char *name = bootp_tags[t].name;

		out_str(o, i % 4 == 0 ? "\n\t      " : ", ");
		out_str(o, name != NULL ? name : "Unknown");
		out_str(o, " (");
		out_u32(o, t);
		out_char(o, ')');
	}
}

/*
 * The data of one option in the fixed formats; returns what is left of
 * len (a trailing part shorter than one item).
 */
static unsigned
data_print(struct ctx *c, struct span s, size_t off, char fmt, unsigned len)
{
	struct out *o = c->out;
	int first = 1;

	switch (fmt) {
	case 'a':
		out_char(o, '"');
		if (print_n(c, s, off, len)) {
			out_char(o, '"');
			trunc_jump(c);
		}
		out_char(o, '"');
		return 0;
	case 'i':
	case 'l':
	case 'L':
		for (; len >= 4; len -= 4, off += 4, first = 0) {
			uint32_t v = get_be32(c, s, off);
			if (!first)
				out_char(o, ',');
			if (fmt == 'i')
				ipaddr_print(c, s.p + off);
			else if (fmt == 'L')
				out_i64(o, (int32_t)v);
			else
				out_u32(o, v);
		}
		return len;
	case 'p':
		for (; len >= 8; len -= 8, off += 8, first = 0) {
			if (!first)
				out_char(o, ',');
			out_char(o, '(');
			ipaddr_print(c, get_bytes(c, s, off, 4));
			out_char(o, ':');
			ipaddr_print(c, get_bytes(c, s, off + 4, 4));
			out_char(o, ')');
		}
		return len;
	case 's':
		for (; len >= 2; len -= 2, off += 2, first = 0) {
			uint16_t v = get_be16(c, s, off);
			if (!first)
				out_char(o, ',');
			out_u32(o, v);
		}
		return len;
	case 'B':
		for (; len > 0; len--, off++, first = 0) {
			uint8_t v = get_u8(c, s, off);
			if (!first)
				out_char(o, ',');
			if (v <= 1)
				out_char(o, v ? 'Y' : 'N');
			else {
				out_u32(o, v);
				out_char(o, '?');
			}
		}
		return 0;
	default:	/* 'b', 'x' and ' ' */
		for (; len > 0; len--, off++, first = 0) {
			uint8_t v = get_u8(c, s, off);
			if (!first)
				out_char(o, fmt == 'x' ? ':' : '.');
			if (fmt == 'x')
				out_hex8(o, v);
			else
				out_u32(o, v);
		}
		return 0;
	}
}

/* The RFC 1048 vendor area at off: the magic cookie, then the options. */
static void
rfc1048_print(struct ctx *c, struct span s, size_t off)
{
	struct out *o = c->out;

	out_str(o, "\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x");
	out_hex(o, get_be32(c, s, off), 8);
	off += 4;

	/* up to the end of the capture, as tcpdump: not the UDP length */
	while (span_has(s, off, 1)) {
		unsigned tag = s.p[off++], len = 0, left;
		char fmt = bootp_tags[tag].fmt;
		const char *name = bootp_tags[tag].name;

		if ((tag == TAG_PAD || tag == TAG_END) && c->opt.vflag < 3) {
			if (tag == TAG_END)
				return;
			continue;
		}
		if (name == NULL) {
			name = "Unknown";
			fmt = '?';
		}
		if (tag != TAG_PAD && tag != TAG_END)
			len = get_u8(c, s, off++);
		out_str(o, "\n\t    ");
		out_str(o, name);
		out_str(o, " (");
		out_u32(o, tag);
		out_str(o, "), length ");
		out_u32(o, len);
		if (len > 0)
			out_str(o, ": ");
		if (tag == TAG_PAD) {
			/* -vvv: a run of PADs is one line */
			unsigned n = 1;
			while (span_has(s, off, 1) && s.p[off] == TAG_PAD) {
				off++;
				n++;
			}
			if (n > 1) {
				out_str(o, ", occurs ");
				out_u32(o, n);
			}
		}
		if (!span_has(s, off, len)) {
			print_trunc(c);
			return;
		}
		if (tag == TAG_DHCP_MESSAGE && len == 1) {
			out_tok_or(o, dhcp_msg_values, s.p[off], "Unknown (",
			    ")");
			off++;
			continue;
		}
		if (tag == TAG_PARM_REQUEST) {
			parm_request_print(c, s, off, len);
			off += len;
			continue;
		}
		if (fmt == '?')
			fmt = (len & 1) ? 'b' : (len & 2) ? 's' : 'l';
		if (fmt == '$')
			left = special_print(c, s, off, tag, len);
		else
			left = data_print(c, s, off, fmt, len);
		off += len;
		if (left != 0) {
			out_str(o, "\n\t  trailing data length ");
			out_u32(o, left);
		}
	}
}

/* The CMU vendor area (magic "CMU\0"): its non-zero addresses. */
static void
cmu_print(struct ctx *c, struct span s, size_t off)
{
	static const struct {
		uint8_t		 off;
		const char	*name;
	} addrs[] = {
		{ 12, "DG" }, { 8, NULL }, { 16, "NS1" }, { 20, "NS2" },
		{ 24, "IEN1" }, { 28, "IEN2" }, { 32, "TS1" }, { 36, "TS2" },
	};
	struct out *o = c->out;
	uint8_t flags;

	out_str(o, " vend-cmu");
	if (!span_has(s, off + 4, 4)) {
		print_trunc(c);
		return;
	}
	/* v_flags is 32 bits; tcpdump tests the first byte */
	flags = s.p[off + 4];
	if (flags & ~1u) {
		out_str(o, " F:0x");
		out_hex(o, flags, 1);
	}
	for (size_t i = 0; i < sizeof(addrs) / sizeof(addrs[0]); i++) {
		size_t a = off + addrs[i].off;
		if (!span_has(s, a, 4)) {
			print_trunc(c);
			return;
		}
		if (get_be32(c, s, a) == 0)
			continue;
		out_char(o, ' ');
		/* the subnet mask is "SM*" when flag 1 says it is unset */
		out_str(o, addrs[i].name != NULL ? addrs[i].name :
		    (flags & 1) ? "SM" : "SM*");
		out_char(o, ':');
		ipaddr_print(c, s.p + a);
	}
}

/* A NUL-terminated name field (sname or file), if it is not empty. */
static int
name_field_print(struct ctx *c, struct span s, const char *label, size_t off,
    size_t size)
{
	struct out *o = c->out;

	if (get_u8(c, s, off) == 0)
		return 1;
	out_str(o, label);
	if (print_ztn(c, s, off, size) == 0) {
		/* cut off, or no NUL in the field: tcpdump 4.99.3 says trunc */
		out_char(o, '"');
		print_trunc(c);
		return 0;
	}
	out_char(o, '"');
	return 1;
}

void
bootp_print(struct ctx *c, struct span s, unsigned length)
{
	static const struct {
		uint8_t		 off;
		const char	*label;
	} addrs[] = {
		{ BP_CIADDR, "\n\t  Client-IP " },
		{ BP_YIADDR, "\n\t  Your-IP " },
		{ BP_SIADDR, "\n\t  Server-IP " },
		{ BP_GIADDR, "\n\t  Gateway-IP " },
	};
	static const uint8_t vm_rfc1048[4] = { 99, 130, 83, 99 };
	static const uint8_t vm_cmu[4] = { 'C', 'M', 'U', 0 };
	struct out *o = c->out;
	unsigned op, htype, hlen, flags;
	uint32_t v;

	c->proto = "bootp";
	op = get_u8(c, s, BP_OP);
	out_str(o, "BOOTP/DHCP, ");
	if (tok_find(bootp_op_values, op) != NULL)
		out_str(o, tok_find(bootp_op_values, op));
	else {
		out_str(o, "unknown (0x");
		out_hex8(o, (uint8_t)op);
		out_char(o, ')');
	}
	htype = get_u8(c, s, BP_HTYPE);
	hlen = get_u8(c, s, BP_HLEN);
	/* as ND_PRINT(): the getters run before anything is printed */
	if (htype == 1 && hlen == 6 && op == BOOTPREQUEST) {
		const uint8_t *mac = get_bytes(c, s, BP_CHADDR, 6);
		out_str(o, " from ");
		etheraddr_print(c, mac);
	}
	out_str(o, ", length ");
	out_u32(o, length);
	if (!c->opt.vflag)
		return;

	if (!span_has(s, BP_SECS, 2)) {
		print_trunc(c);
		return;
	}
	if (htype != 1) {
		out_str(o, ", htype ");
		out_u32(o, htype);
	}
	if (htype != 1 || hlen != 6) {
		out_str(o, ", hlen ");
		out_u32(o, hlen);
	}
	if ((v = get_u8(c, s, BP_HOPS)) != 0) {
		out_str(o, ", hops ");
		out_u32(o, v);
	}
	if ((v = get_be32(c, s, BP_XID)) != 0) {
		out_str(o, ", xid 0x");
		out_hex(o, v, 1);
	}
	if ((v = get_be16(c, s, BP_SECS)) != 0) {
		out_str(o, ", secs ");
		out_u32(o, v);
	}
	flags = get_be16(c, s, BP_FLAGS);
	out_str(o, ", Flags [");
	out_bittok(o, bootp_flag_values, "none", flags, ", ");
	out_char(o, ']');
	if (c->opt.vflag > 1) {
		out_str(o, " (0x");
		out_hex(o, flags, 4);
		out_char(o, ')');
	}

	for (size_t i = 0; i < sizeof(addrs) / sizeof(addrs[0]); i++)
		if (get_be32(c, s, addrs[i].off) != 0) {
			out_str(o, addrs[i].label);
			ipaddr_print(c, s.p + addrs[i].off);
		}
	if (htype == 1 && hlen == 6) {
		const uint8_t *mac = get_bytes(c, s, BP_CHADDR, 6);
		out_str(o, "\n\t  Client-Ethernet-Address ");
		etheraddr_print(c, mac);
	}
	if (!name_field_print(c, s, "\n\t  sname \"", BP_SNAME, BP_SNAME_LEN) ||
	    !name_field_print(c, s, "\n\t  file \"", BP_FILE, BP_FILE_LEN))
		return;

	if (!span_has(s, BP_VEND, 4)) {
		print_trunc(c);
		return;
	}
	if (memcmp(s.p + BP_VEND, vm_rfc1048, 4) == 0)
		rfc1048_print(c, s, BP_VEND);
	else if (memcmp(s.p + BP_VEND, vm_cmu, 4) == 0)
		cmu_print(c, s, BP_VEND);
	else if ((v = get_be32(c, s, BP_VEND)) != 0) {
		out_str(o, "\n\t  Vendor-#0x");
		out_hex(o, v, 1);
	}
}
