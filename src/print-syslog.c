/*
 * print-syslog.c - BSD syslog over UDP (RFC 3164, RFC 5424's PRI), as
 * tcpdump 4.99.3 print-syslog.c prints it: facility and severity from the
 * "<PRI>" by default; from -v the message too, and from -vv a hex dump.
 */
#include "print.h"

#define SYSLOG_MAX_DIGITS	3	/* of the priority */

static const struct tok syslog_severity_values[] = {
	{ 0, "emergency" },
	{ 1, "alert" },
	{ 2, "critical" },
	{ 3, "error" },
	{ 4, "warning" },
	{ 5, "notice" },
	{ 6, "info" },
	{ 7, "debug" },
	{ 0, NULL },
};

static const struct tok syslog_facility_values[] = {
	{ 0, "kernel" },
	{ 1, "user" },
	{ 2, "mail" },
	{ 3, "daemon" },
	{ 4, "auth" },
	{ 5, "syslog" },
	{ 6, "lpr" },
	{ 7, "news" },
	{ 8, "uucp" },
	{ 9, "cron" },
	{ 10, "authpriv" },
	{ 11, "ftp" },
	{ 12, "ntp" },
	{ 13, "security" },
	{ 14, "console" },
	{ 15, "cron" },
	{ 16, "local0" },
	{ 17, "local1" },
	{ 18, "local2" },
	{ 19, "local3" },
	{ 20, "local4" },
	{ 21, "local5" },
	{ 22, "local6" },
	{ 23, "local7" },
	{ 0, NULL },
};

/* tcpdump's tok2str() with "unknown (%u)". */
static void
name_print(struct out *o, const struct tok *t, unsigned v)
{
	const char *s = tok_find(t, v);

	if (s != NULL)
		out_str(o, s);
	else {
		out_str(o, "unknown (");
		out_u32(o, v);
		out_char(o, ')');
	}
}

void
syslog_print(struct ctx *c, struct span s, unsigned len)
{
	struct out *o = c->out;
	unsigned off = 0, pri = 0, facility, severity;

	c->proto = "syslog";
	/* the decimal priority within < > gives facility and severity */
	if (get_u8(c, s, off) != '<') {
		print_invalid(c);
		return;
	}
	off++;
	while (off <= SYSLOG_MAX_DIGITS && get_u8(c, s, off) >= '0' &&
	    get_u8(c, s, off) <= '9') {
		pri = pri * 10 + (unsigned)(s.p[off] - '0');
		off++;
	}
	if (get_u8(c, s, off) != '>') {
		print_invalid(c);
		return;
	}
	off++;
	facility = (pri & 0x03f8) >> 3;
	severity = pri & 0x0007;

	if (!c->opt.vflag) {
		out_str(o, "SYSLOG ");
		name_print(o, syslog_facility_values, facility);
		out_char(o, '.');
		name_print(o, syslog_severity_values, severity);
		out_str(o, ", length: ");
		out_u32(o, len);
		return;
	}
	out_str(o, "SYSLOG, length: ");
	out_u32(o, len);
	out_str(o, "\n\tFacility ");
	name_print(o, syslog_facility_values, facility);
	out_str(o, " (");
	out_u32(o, facility);
	out_str(o, "), Severity ");
	name_print(o, syslog_severity_values, severity);
	out_str(o, " (");
	out_u32(o, severity);
	out_str(o, ")\n\tMsg: ");
	/* the whole message, control characters and NULs made visible */
	for (; off < len; off++)
		out_safe_char(o, get_u8(c, s, off));

	if (c->opt.vflag > 1) {
		/* tcpdump's print_unknown_data(): what was captured of len */
		size_t n = span_avail(s, 0) < len ? span_avail(s, 0) : len;

		for (size_t i = 0; i < n; i++) {
			if (i % 16 == 0) {
				out_str(o, "\n\t0x");
				out_hex(o, i, 4);
				out_str(o, ": ");
			}
			if (i % 2 == 0)
				out_char(o, ' ');
			out_hex8(o, s.p[i]);
		}
	}
}
