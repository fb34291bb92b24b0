/*
 * util.c - value-to-name tables (tcpdump's tok2str and bittok2str, but
 * writing into the output buffer instead of a rotating static buffer).
 */
#include <stddef.h>

#include "print.h"

const char *
tok_find(const struct tok *t, unsigned v)
{
	for (; t->s != NULL; t++)
		if (t->v == v)
			return t->s;
	return NULL;
}

/* The name, or unknown_fmt_prefix followed by the number. */
void
out_tok(struct out *o, const struct tok *t, unsigned v,
    const char *unknown_fmt_prefix)
{
	const char *s = tok_find(t, v);

	if (s != NULL)
		out_str(o, s);
	else {
		out_str(o, unknown_fmt_prefix);
		out_u32(o, v);
	}
}

/*
 * tcpdump's bittok2str_internal(): the names of the bits set in v, in table
 * order, joined by sep; none when v has no bit of the table; bits outside
 * the table print as "#0x..".
 */
void
out_bittok(struct out *o, const struct tok *t, const char *none, unsigned v,
    const char *sep)
{
	const char *s = "";
	unsigned rest = v;
	int any = 0;

	for (; t->s != NULL; t++) {
		unsigned tv = t->v;
		if (tv != 0 && (v & tv) == tv) {
			out_str(o, s);
			out_str(o, t->s);
			s = sep;
			rest &= ~tv;
			any = 1;
		}
	}
	(void)rest;
	if (!any)
		out_str(o, none);
}

/*
 * tcpdump's fn_print_char(): a byte as a reader can see it, "M-" for the
 * high bit and "^" before a control character (DEL is "^?").
 */
void
out_safe_char(struct out *o, uint8_t ch)
{
	if (ch & 0x80) {
		out_str(o, "M-");
		ch &= 0x7f;
	}
	if (ch < 0x20 || ch == 0x7f) {
		out_char(o, '^');
		ch ^= 0x40;
	}
	out_char(o, (char)ch);
}
