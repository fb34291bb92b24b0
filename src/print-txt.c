/*
 * print-txt.c - text protocols carried over TCP or UDP: HTTP (RFC 9112),
 * FTP (RFC 959), SMTP (RFC 5321), RTSP (RFC 7826), WHOIS (RFC 3912) and
 * SIP (RFC 3261), as tcpdump's util-print.c txtproto_print() prints them:
 * the protocol's name, then the first line of a request or a response,
 * or, with -v, every line.
 */
#include <string.h>

#include "print.h"

#define MAX_TOKEN		128
#define RESP_CODE_SECOND_TOKEN	1

static int
is_print(uint8_t ch)
{
	return ch >= 0x20 && ch <= 0x7e;
}

/*
 * The token at idx (up to white space) into tok; returns the index of
 * the next token on the line, or 0 when there is no token, it is not
 * printable ASCII, or it is cut off by the capture (tcpdump fetch_token()).
 */
static size_t
fetch_token(struct span s, size_t idx, size_t len, char *tok, size_t toksize)
{
	size_t n = 0;

	for (; idx < len; idx++) {
		uint8_t ch;
		if (!span_has(s, idx, 1))
			return 0;
		ch = s.p[idx];
		if (ch & 0x80)
			return 0;
		if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n')
			break;
		if (!is_print(ch))
			return 0;
		if (n + 2 > toksize)
			return 0;
		tok[n++] = (char)ch;
	}
	if (n == 0)
		return 0;
	tok[n] = '\0';
	/* skip the blanks after it, up to the end of the line */
	for (; idx < len && span_has(s, idx, 1); idx++) {
		uint8_t ch = s.p[idx];
		if (ch == '\r' || ch == '\n' || !is_print(ch) ||
		    (ch != ' ' && ch != '\t'))
			break;
	}
	return idx;
}

/*
 * Print prefix and the line at idx without its end; returns the index
 * after the line end, or 0 when the line is binary, ends in a bare CR, or
 * has no end in the payload (then it is printed as cut off: tcpdump
 * print_txt_line()).
 */
static size_t
print_txt_line(struct ctx *c, const char *prefix, struct span s, size_t idx,
    size_t len)
{
	size_t start = idx, linelen;

	while (idx < len) {
		uint8_t ch = get_u8(c, s, idx);
		if (ch == '\n') {
			linelen = idx - start;
			idx++;
			goto print;
		} else if (ch == '\r') {
			if (idx + 1 >= len)
				return 0;
			if (get_u8(c, s, idx + 1) == '\n') {
				linelen = idx - start;
				idx += 2;
				goto print;
			}
			return 0;
		} else if (!is_print(ch) && ch != '\t')
			return 0;
		idx++;
	}
	out_str(c->out, prefix);
	out_mem(c->out, s.p + start, idx - start);
	print_trunc(c);
	return 0;
print:
	out_str(c->out, prefix);
	out_mem(c->out, s.p + start, linelen);
	return idx;
}

static int
token_is_cmd(const char *tok, const char *const *cmds)
{
	for (; *cmds != NULL; cmds++)
		if (strcasecmp(tok, *cmds) == 0)
			return 1;
	return 0;
}

static void
txtproto_print(struct ctx *c, struct span s, unsigned len,
    const char *const *cmds, int flags, const char *caps)
{
	struct out *o = c->out;
	int print_this = 0;

	if (cmds != NULL) {
		/* a request name, or a three-digit response code */
		char tok[MAX_TOKEN + 1];
		size_t idx = fetch_token(s, 0, len, tok, sizeof(tok));

		if (idx != 0) {
			if (token_is_cmd(tok, cmds))
				print_this = 1;
			if (flags & RESP_CODE_SECOND_TOKEN)
				idx = fetch_token(s, idx, len, tok,
				    sizeof(tok));
			if (idx != 0 && tok[0] >= '0' && tok[0] <= '9' &&
			    tok[1] >= '0' && tok[1] <= '9' &&
			    tok[2] >= '0' && tok[2] <= '9' && tok[3] == '\0')
				print_this = 1;
		}
	} else
		print_this = 1;

	out_str(o, caps);
	if (c->opt.vflag) {
		size_t idx = 0, eol;
		out_str(o, ", length: ");
		out_u32(o, len);
		while (idx < len &&
		    (eol = print_txt_line(c, "\n\t", s, idx, len)) != 0)
			idx = eol;
	} else if (print_this)
		print_txt_line(c, ": ", s, 0, len);
}

static const char *const httpcmds[] = {
	"GET", "PUT", "COPY", "HEAD", "LOCK", "MOVE", "POLL", "POST",
	"BCOPY", "BMOVE", "MKCOL", "TRACE", "LABEL", "MERGE", "DELETE",
	"SEARCH", "UNLOCK", "REPORT", "UPDATE", "NOTIFY", "BDELETE",
	"CONNECT", "OPTIONS", "CHECKIN", "PROPFIND", "CHECKOUT", "CCM_POST",
	"SUBSCRIBE", "PROPPATCH", "BPROPFIND", "BPROPPATCH", "UNCHECKOUT",
	"MKACTIVITY", "MKWORKSPACE", "UNSUBSCRIBE", "RPC_CONNECT",
	"VERSION-CONTROL", "BASELINE-CONTROL", NULL
};

static const char *const rtspcmds[] = {
	"OPTIONS", "DESCRIBE", "ANNOUNCE", "SETUP", "PLAY", "PAUSE",
	"TEARDOWN", "GET_PARAMETER", "SET_PARAMETER", "REDIRECT", "RECORD",
	NULL
};

static const char *const sipcmds[] = {
	"ACK", "BYE", "CANCEL", "DO", "INFO", "INVITE", "MESSAGE", "NOTIFY",
	"OPTIONS", "PRACK", "QAUTH", "REFER", "REGISTER", "SPRACK",
	"SUBSCRIBE", "UPDATE", "PUBLISH", NULL
};

/* TCP callers: tcpdump's tcp_print() writes ": " before these. */
void
http_print(struct ctx *c, struct span s, unsigned len)
{
	c->proto = "http";
	out_str(c->out, ": ");
	txtproto_print(c, s, len, httpcmds, RESP_CODE_SECOND_TOKEN, "HTTP");
}

void
rtsp_print(struct ctx *c, struct span s, unsigned len)
{
	c->proto = "rtsp";
	out_str(c->out, ": ");
	txtproto_print(c, s, len, rtspcmds, RESP_CODE_SECOND_TOKEN, "RTSP");
}

void
ftp_print(struct ctx *c, struct span s, unsigned len)
{
	c->proto = "ftp";
	out_str(c->out, ": ");
	txtproto_print(c, s, len, NULL, 0, "FTP");
}

void
smtp_print(struct ctx *c, struct span s, unsigned len)
{
	c->proto = "smtp";
	out_str(c->out, ": ");
	txtproto_print(c, s, len, NULL, 0, "SMTP");
}

void
whois_print(struct ctx *c, struct span s, unsigned len)
{
	c->proto = "whois";
	out_str(c->out, ": ");
	txtproto_print(c, s, len, NULL, 0, "WHOIS");
}

/* UDP: tcpdump's udp_print() calls sip_print() with no ": " of its own. */
void
sip_print(struct ctx *c, struct span s, unsigned len)
{
	c->proto = "sip";
	txtproto_print(c, s, len, sipcmds, 0, "SIP");
}
