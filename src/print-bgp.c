/*
 * print-bgp.c - BGP-4 (RFC 4271) over TCP 179, as tcpdump 4.99.3
 * print-bgp.c bgp_print() prints it: ": BGP" on the TCP line, and with -v
 * every message found by its marker (16 bytes of 0xff) in the segment:
 * the message header line, NOTIFICATION codes with the RFC 8203/9003
 * shutdown communication, and what UPDATE prints before its attributes.
 *
 * Not yet decoded here (they print their header line only): the OPEN
 * parameters and capabilities, UPDATE's withdrawn routes, path
 * attributes and NLRI, and ROUTE-REFRESH.
 */
#include "print.h"

#define BGP_MARKER_LEN		16
#define BGP_SIZE		19	/* marker, length, type */
#define BGP_NOTIFICATION_SIZE	21	/* and the two codes */

enum {
	BGPTYPE_OPEN = 1, BGPTYPE_UPDATE = 2, BGPTYPE_NOTIFICATION = 3,
	BGPTYPE_KEEPALIVE = 4, BGPTYPE_ROUTE_REFRESH = 5,
};

static const struct tok bgp_msg_values[] = {
	{ BGPTYPE_OPEN, "Open" },
	{ BGPTYPE_UPDATE, "Update" },
	{ BGPTYPE_NOTIFICATION, "Notification" },
	{ BGPTYPE_KEEPALIVE, "Keepalive" },
	{ BGPTYPE_ROUTE_REFRESH, "Route Refresh" },
	{ 0, NULL }
};

enum {
	NOTIFY_MSG = 1, NOTIFY_OPEN, NOTIFY_UPDATE, NOTIFY_HOLDTIME,
	NOTIFY_FSM, NOTIFY_CEASE, NOTIFY_CAP,
};

static const struct tok bgp_notify_major_values[] = {
	{ NOTIFY_MSG, "Message Header Error" },
	{ NOTIFY_OPEN, "OPEN Message Error" },
	{ NOTIFY_UPDATE, "UPDATE Message Error" },
	{ NOTIFY_HOLDTIME, "Hold Timer Expired" },
	{ NOTIFY_FSM, "Finite State Machine Error" },
	{ NOTIFY_CEASE, "Cease" },
	{ NOTIFY_CAP, "Capability Message Error" },
	{ 0, NULL }
};

static const struct tok bgp_notify_minor_msg_values[] = {
	{ 1, "Connection Not Synchronized" },
	{ 2, "Bad Message Length" },
	{ 3, "Bad Message Type" },
	{ 0, NULL }
};

static const struct tok bgp_notify_minor_open_values[] = {
	{ 1, "Unsupported Version Number" },
	{ 2, "Bad Peer AS" },
	{ 3, "Bad BGP Identifier" },
	{ 4, "Unsupported Optional Parameter" },
	{ 5, "Authentication Failure" },
	{ 6, "Unacceptable Hold Time" },
	{ 7, "Capability Message Error" },
	{ 0, NULL }
};

static const struct tok bgp_notify_minor_update_values[] = {
	{ 1, "Malformed Attribute List" },
	{ 2, "Unrecognized Well-known Attribute" },
	{ 3, "Missing Well-known Attribute" },
	{ 4, "Attribute Flags Error" },
	{ 5, "Attribute Length Error" },
	{ 6, "Invalid ORIGIN Attribute" },
	{ 7, "AS Routing Loop" },
	{ 8, "Invalid NEXT_HOP Attribute" },
	{ 9, "Optional Attribute Error" },
	{ 10, "Invalid Network Field" },
	{ 11, "Malformed AS_PATH" },
	{ 0, NULL }
};

static const struct tok bgp_notify_minor_fsm_values[] = {
	{ 0, "Unspecified Error" },
	{ 1, "In OpenSent State" },
	{ 2, "In OpenConfirm State" },
	{ 3, "In Established State" },
	{ 0, NULL }
};

#define CEASE_MAXPRFX	1
#define CEASE_SHUT	2
#define CEASE_RESET	4
#define CEASE_SHUT_LEN	255	/* RFC 9003's longest communication */

static const struct tok bgp_notify_minor_cease_values[] = {
	{ CEASE_MAXPRFX, "Maximum Number of Prefixes Reached" },
	{ CEASE_SHUT, "Administrative Shutdown" },
	{ 3, "Peer Unconfigured" },
	{ CEASE_RESET, "Administrative Reset" },
	{ 5, "Connection Rejected" },
	{ 6, "Other Configuration Change" },
	{ 7, "Connection Collision Resolution" },
	{ 8, "Out of Resources" },
	{ 9, "Hard Reset" },
	{ 0, NULL }
};

static const struct tok bgp_notify_minor_cap_values[] = {
	{ 1, "Invalid Action Value" },
	{ 2, "Invalid Capability Length" },
	{ 3, "Malformed Capability Value" },
	{ 4, "Unsupported Capability Code" },
	{ 0, NULL }
};

/* The subcode table of each error code that names its subcodes. */
static const struct {
	uint8_t			 major;
	const struct tok	*minor;
} bgp_notify_minors[] = {
	{ NOTIFY_MSG, bgp_notify_minor_msg_values },
	{ NOTIFY_OPEN, bgp_notify_minor_open_values },
	{ NOTIFY_UPDATE, bgp_notify_minor_update_values },
	{ NOTIFY_FSM, bgp_notify_minor_fsm_values },
	{ NOTIFY_CEASE, bgp_notify_minor_cease_values },
	{ NOTIFY_CAP, bgp_notify_minor_cap_values },
};

static const struct tok af_values[] = {
	{ 1, "IPv4" },
	{ 2, "IPv6" },
	{ 25, "Layer-2 VPN" },
	{ 0, NULL }
};

static const struct tok bgp_safi_values[] = {
	{ 1, "Unicast" },
	{ 2, "Multicast" },
	{ 3, "labeled Unicast+Multicast" },
	{ 4, "labeled Unicast" },
	{ 65, "VPLS" },
	{ 70, "EVPN" },
	{ 128, "labeled VPN Unicast" },
	{ 129, "labeled VPN Multicast" },
	{ 0, NULL }
};

static void
tok_default(struct out *o, const struct tok *t, unsigned v, const char *dflt)
{
	const char *s = tok_find(t, v);

	out_str(o, s != NULL ? s : dflt);
}

/* tcpdump hex_print(): ident, then the offset, then groups of two bytes */
static void
hex_ident(struct ctx *c, struct span s, size_t off, size_t len,
    const char *ident)
{
	struct out *o = c->out;

	span_need(c, s, off, len);
	for (size_t i = 0; i < len; i++) {
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

static void
bgp_notification_print(struct ctx *c, struct span m, unsigned length)
{
	struct out *o = c->out;
	unsigned major, minor;

	span_need(c, m, 0, BGP_NOTIFICATION_SIZE);
	if (length < BGP_NOTIFICATION_SIZE)
		return;
	major = m.p[19];
	minor = m.p[20];
	out_str(o, ", ");
	tok_default(o, bgp_notify_major_values, major, "Unknown Error");
	out_str(o, " (");
	out_u32(o, major);
	out_char(o, ')');
	for (size_t k = 0; k < sizeof(bgp_notify_minors) /
	    sizeof(bgp_notify_minors[0]); k++) {
		if (bgp_notify_minors[k].major != major)
			continue;
		out_str(o, ", subcode ");
		tok_default(o, bgp_notify_minors[k].minor, minor, "Unknown");
		out_str(o, " (");
		out_u32(o, minor);
		out_char(o, ')');
	}
	if (major != NOTIFY_CEASE)
		return;
	if (minor == CEASE_MAXPRFX && length >= BGP_NOTIFICATION_SIZE + 7) {
		unsigned afi, safi;
		uint32_t max;

		span_need(c, m, BGP_NOTIFICATION_SIZE, 7);
		afi = get_be16(c, m, 21);
		safi = m.p[23];
		max = get_be32(c, m, 24);
		out_str(o, ", AFI ");
		tok_default(o, af_values, afi, "Unknown");
		out_str(o, " (");
		out_u32(o, afi);
		out_str(o, "), SAFI ");
		tok_default(o, bgp_safi_values, safi, "Unknown");
		out_str(o, " (");
		out_u32(o, safi);
		out_str(o, "), Max Prefixes: ");
		out_u32(o, max);
	}
	/* RFC 8203: a communication for people, after a length byte */
	if ((minor == CEASE_SHUT || minor == CEASE_RESET) &&
	    length >= BGP_NOTIFICATION_SIZE + 1) {
		unsigned clen = get_u8(c, m, BGP_NOTIFICATION_SIZE), rest = 0;

		if (clen > CEASE_SHUT_LEN ||
		    clen > length - (BGP_NOTIFICATION_SIZE + 1))
			out_str(o, ", invalid Shutdown Communication length");
		else if (clen == 0) {
			out_str(o, ", empty Shutdown Communication");
			rest = 1;
		} else {
			span_need(c, m, BGP_NOTIFICATION_SIZE + 1, clen);
			out_str(o, ", Shutdown Communication (length: ");
			out_u32(o, clen);
			out_str(o, "): \"");
			for (unsigned i = 0; i < clen; i++)
				out_safe_char(o, m.p[BGP_NOTIFICATION_SIZE + 1 + i]);
			out_char(o, '"');
			rest = clen + 1;
		}
		if (length > rest + BGP_NOTIFICATION_SIZE) {
			unsigned n = length - (rest + BGP_NOTIFICATION_SIZE);

			out_str(o, ", Data: (length: ");
			out_u32(o, n);
			out_char(o, ')');
			hex_ident(c, m, BGP_NOTIFICATION_SIZE + rest, n,
			    "\n\t\t");
		}
	}
}

/*
 * UPDATE: tcpdump's checks before the withdrawn routes; a message too
 * short for their length ends the BGP output with " [|bgp]" but keeps
 * the packet (its local trunc label).
 */
static void
bgp_update_print(struct ctx *c, struct span m, unsigned length)
{
	if (!span_has(m, BGP_SIZE, 2) || length - BGP_SIZE < 2)
		print_trunc(c);
}

/* One message; 0 when tcpdump stops printing the segment. */
static int
bgp_pdu_print(struct ctx *c, struct span m, unsigned length)
{
	struct out *o = c->out;
	unsigned type = get_u8(c, m, 18);

	out_str(o, "\n\t");
	tok_default(o, bgp_msg_values, type, "Unknown");
	out_str(o, " Message (");
	out_u32(o, type);
	out_str(o, "), length: ");
	out_u32(o, length);
	switch (type) {
	case BGPTYPE_OPEN:
	case BGPTYPE_ROUTE_REFRESH:
	case BGPTYPE_KEEPALIVE:
		break;
	case BGPTYPE_UPDATE:
		bgp_update_print(c, m, length);
		break;
	case BGPTYPE_NOTIFICATION:
		bgp_notification_print(c, m, length);
		break;
	default:
		if (!span_has(m, 0, length)) {
			print_trunc(c);
			return 0;
		}
		out_str(o, "\n\t  no Message ");
		out_u32(o, type);
		out_str(o, " decoder");
		hex_ident(c, m, 0, length, "\n\t  ");
		break;
	}
	return 1;
}

void
bgp_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	size_t p = 0, start = 0;

	(void)length;
	c->proto = "bgp";
	out_str(o, ": BGP");
	if (!c->opt.vflag)
		return;
	/* look for each message's marker, as tcpdump does */
	while (span_has(s, p, 1)) {
		unsigned hlen, k;

		if (s.p[p] != 0xff) {
			p++;
			continue;
		}
		if (!span_has(s, p, BGP_MARKER_LEN))
			break;
		for (k = 0; k < BGP_MARKER_LEN && s.p[p + k] == 0xff; k++)
			;
		if (k < BGP_MARKER_LEN) {
			p++;
			continue;
		}
		if (!span_has(s, p, BGP_SIZE)) {
			print_trunc(c);
			return;
		}
		if (start != p)
			print_trunc(c);
		hlen = get_be16(c, s, p + 16);
		if (hlen < BGP_SIZE) {
			out_str(o, "\n[|BGP Bogus header length ");
			out_u32(o, hlen);
			out_str(o, " < 19]");
			break;
		}
		if (span_has(s, p, hlen)) {
			if (!bgp_pdu_print(c, span_cut(span_rest(s, p), hlen),
			    hlen))
				return;
			p += hlen;
			start = p;
		} else {
			out_str(o, "\n[|BGP ");
			tok_default(o, bgp_msg_values, s.p[p + 18],
			    "Unknown Message Type");
			out_char(o, ']');
			break;
		}
	}
}
