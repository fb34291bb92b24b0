/*
 * print-zephyr.c - MIT Project Athena's Zephyr notices (no RFC; "Zephyr
 * protocol", web.mit.edu/zephyr/doc/protocol), UDP ports 2103 and 2104
 * (tcpdump print-zephyr.c zephyr_print()).  A notice is a list of
 * NUL-terminated text fields, numbers among them written in hex.
 */
#include <stdlib.h>
#include <string.h>

#include "print.h"

enum { Z_SERVACK = 5 };

static const struct tok z_types[] = {
	{ 0, "unsafe" }, { 1, "unacked" }, { 2, "acked" }, { 3, "hm-ack" },
	{ 4, "hm-ctl" }, { Z_SERVACK, "serv-ack" }, { 6, "serv-nak" },
	{ 7, "client-ack" }, { 8, "stat" },
	{ 0, NULL },
};

/* The parse position: a field ends at a NUL inside len bytes. */
struct zparse {
	struct span	 s;
	size_t		 off;
	unsigned	 len;
	int		 lose;
};

/*
 * tcpdump's parse_field(): the field at the cursor, or NULL (and lose set)
 * when the length runs out before its NUL; bytes beyond the capture end
 * the packet with " [|zephyr]".  The NUL is in the packet, so the field
 * may be read as a C string.
 */
static const char *
field(struct ctx *c, struct zparse *z)
{
	size_t start = z->off;

	for (;;) {
		if (z->len == 0) {
			z->lose = 1;
			return NULL;
		}
		if (get_u8(c, z->s, z->off) == '\0')
			break;
		z->off++;
		z->len--;
	}
	z->off++;
	z->len--;
	return (const char *)z->s.p + start;
}

/* A number field: tcpdump reads them with strtol(s, 0, 16). */
static int
field_int(struct ctx *c, struct zparse *z)
{
	const char *s = field(c, z);

	return s != NULL ? (int)strtol(s, NULL, 16) : 0;
}

/* tcpdump's fn_print_str(): every byte made printable. */
static void
print_str(struct out *o, const char *s)
{
	for (; *s != '\0'; s++) {
		uint8_t ch = (uint8_t)*s;

		if (ch & 0x80) {
			out_str(o, "M-");
			ch &= 0x7f;
		}
		if (ch < 0x20 || ch == 0x7f) {
			out_char(o, '^');
			out_char(o, (char)(ch ^ 0x40));
		} else
			out_char(o, (char)ch);
	}
}

/* tcpdump prints through a 256-byte buffer: at most 255 characters. */
#define ZBUF	256

static void
print_lower(struct out *o, const char *pre, const char *s)
{
	char buf[ZBUF];
	size_t i;

	for (i = 0; i < ZBUF - 1 && s[i] != '\0'; i++)
		buf[i] = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] + 32) : s[i];
	buf[i] = '\0';
	out_str(o, pre);
	print_str(o, buf);
}

/* tcpdump's z_triple(): "<class,inst,recipient>", "*" for no recipient. */
static void
print_triple(struct out *o, const char *pre, const char *class,
    const char *inst, const char *recip)
{
	char buf[ZBUF];
	size_t n = 0;
	const char *parts[3] = { class, inst, *recip ? recip : "*" };

	buf[n++] = '<';
	for (int k = 0; k < 3; k++) {
		for (const char *p = parts[k]; *p != '\0' && n < ZBUF - 1; p++)
			buf[n++] = *p;
		if (n < ZBUF - 1)
			buf[n++] = k < 2 ? ',' : '>';
	}
	buf[n] = '\0';
	out_str(o, pre);
	print_str(o, buf);
}

static int
is(const char *a, const char *b)
{
	return strcmp(a, b) == 0;
}

/* The CLIENT instance of ZEPHYR_CTL: subscriptions and the like. */
static void
ctl_client(struct ctx *c, struct zparse *z, int kind, const char *opcode)
{
	struct out *o = c->out;

	if (is(opcode, "SUBSCRIBE") || is(opcode, "SUBSCRIBE_NODEFS") ||
	    is(opcode, "UNSUBSCRIBE")) {
		out_char(o, ' ');
		if (!is(opcode, "SUBSCRIBE"))
			out_str(o, "un");
		out_str(o, "sub");
		if (is(opcode, "SUBSCRIBE_NODEFS"))
			out_str(o, "-nodefs");
		if (kind != Z_SERVACK) {
			/* a lost field leaves no length: the rest are NULL */
			const char *cl = field(c, z);
			const char *in = field(c, z);
			const char *re = field(c, z);

			if (!z->lose)
				print_triple(o, " ", cl, in, re);
		}
		return;
	}
	if (is(opcode, "GIMME"))
		out_str(o, " ret");
	else if (is(opcode, "GIMMEDEFS"))
		out_str(o, " gimme-defs");
	else if (is(opcode, "CLEARSUB"))
		out_str(o, " clear-subs");
	else
		print_lower(o, " ", opcode);
}

void
zephyr_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	struct zparse z = { s, 0, length, 0 };
	const char *version, *class, *inst, *opcode, *sender, *recip;
	int kind;

	c->proto = "zephyr";
	version = field(c, &z);
	if (z.lose) {
		print_invalid(c);
		return;
	}
	if (strncmp(version, "ZEPH", 4) != 0)
		return;
	/* every field is parsed, even after one is lost, as tcpdump does */
	(void)field_int(c, &z);			/* numfields */
	kind = field_int(c, &z);
	(void)field(c, &z);			/* uid */
	(void)field_int(c, &z);			/* port */
	(void)field_int(c, &z);			/* auth */
	(void)field_int(c, &z);			/* authlen */
	(void)field(c, &z);			/* authdata */
	class = field(c, &z);
	inst = field(c, &z);
	opcode = field(c, &z);
	sender = field(c, &z);
	recip = field(c, &z);
	(void)field(c, &z);			/* format */
	(void)field_int(c, &z);			/* cksum */
	(void)field_int(c, &z);			/* multi */
	(void)field(c, &z);			/* multi_uid */
	if (z.lose) {
		print_invalid(c);
		return;
	}

	out_str(o, " zephyr");
	if (strncmp(version + 4, "0.2", 3) != 0) {
		out_str(o, " v");
		print_str(o, version + 4);
		return;
	}
	out_char(o, ' ');
	if (tok_find(z_types, (unsigned)kind) != NULL)
		out_str(o, tok_find(z_types, (unsigned)kind));
	else {
		/* tcpdump's "type %d" of the number as an int */
		out_str(o, "type ");
		out_i64(o, kind);
	}
	if (kind == Z_SERVACK) {
		const char *ack = field(c, &z);

		if (!z.lose && !is(ack, "SENT"))
			print_lower(o, "/", ack);
	}
	if (*sender) {
		out_char(o, ' ');
		print_str(o, sender);
	}

	if (is(class, "USER_LOCATE")) {
		if (is(opcode, "USER_HIDE"))
			out_str(o, " hide");
		else if (is(opcode, "USER_UNHIDE"))
			out_str(o, " unhide");
		else {
			out_str(o, " locate ");
			print_str(o, inst);
		}
		return;
	}
	if (is(class, "ZEPHYR_ADMIN")) {
		print_lower(o, " zephyr-admin ", opcode);
		return;
	}
	if (is(class, "ZEPHYR_CTL")) {
		if (is(inst, "CLIENT")) {
			ctl_client(c, &z, kind, opcode);
			return;
		}
		if (is(inst, "HM")) {
			print_lower(o, " ", opcode);
			return;
		}
		if (is(inst, "REALM")) {
			if (is(opcode, "ADD_SUBSCRIBE"))
				out_str(o, " realm add-subs");
			if (is(opcode, "REQ_SUBSCRIBE"))
				out_str(o, " realm req-subs");
			if (is(opcode, "RLM_SUBSCRIBE"))
				out_str(o, " realm rlm-sub");
			if (is(opcode, "RLM_UNSUBSCRIBE"))
				out_str(o, " realm rlm-unsub");
			return;
		}
	}
	if (is(class, "HM_CTL")) {
		print_lower(o, " hm_ctl ", inst);
		print_lower(o, " ", opcode);
		return;
	}
	if (is(class, "HM_STAT") && is(inst, "HMST_CLIENT") &&
	    is(opcode, "GIMMESTATS")) {
		out_str(o, " get-client-stats");
		return;
	}
	if (is(class, "WG_CTL")) {
		print_lower(o, " wg_ctl ", inst);
		print_lower(o, " ", opcode);
		return;
	}
	if (is(class, "LOGIN")) {
		if (is(opcode, "USER_FLUSH")) {
			out_str(o, " flush_locs");
			return;
		}
		if (is(opcode, "NONE") || is(opcode, "OPSTAFF") ||
		    is(opcode, "REALM-VISIBLE") ||
		    is(opcode, "REALM-ANNOUNCED") ||
		    is(opcode, "NET-VISIBLE") || is(opcode, "NET-ANNOUNCED")) {
			print_lower(o, " set-exposure ", opcode);
			return;
		}
	}
	print_triple(o, " to ", class, inst, recip);
	if (*opcode) {
		out_str(o, " op ");
		print_str(o, opcode);
	}
}
