/*
 * print-someip.c - SOME/IP, Scalable service-Oriented MiddlewarE over IP
 * (AUTOSAR FO R19-11 "SOME/IP Protocol Specification"), UDP and TCP port
 * 30490: the 16-byte header only (tcpdump print-someip.c someip_print()).
 */
#include "print.h"

#define SOMEIP_HDRLEN	16

static const struct tok someip_msg_types[] = {
	{ 0x00, "REQUEST" },
	{ 0x01, "REQUEST_NO_RETURN" },
	{ 0x02, "NOTIFICATION" },
	{ 0x80, "RESPONSE" },
	{ 0x81, "ERROR" },
	{ 0x20, "TP_REQUEST" },
	{ 0x21, "TP_REQUEST_NO_RETURN" },
	{ 0x22, "TP_NOTIFICATION" },
	{ 0xa0, "TP_RESPONSE" },
	{ 0xa1, "TP_ERROR" },
	{ 0, NULL },
};

static const struct tok someip_return_codes[] = {
	{ 0x00, "E_OK" },
	{ 0x01, "E_NOT_OK" },
	{ 0x02, "E_UNKNOWN_SERVICE" },
	{ 0x03, "E_UNKNOWN_METHOD" },
	{ 0x04, "E_NOT_READY" },
	{ 0x05, "E_NOT_REACHABLE" },
	{ 0x06, "E_TIMEOUT" },
	{ 0x07, "E_WRONG_PROTOCOL_VERSION" },
	{ 0x08, "E_WRONG_INTERFACE_VERSION" },
	{ 0x09, "E_MALFORMED_MESSAGE" },
	{ 0x0a, "E_WRONG_MESSAGE_TYPE" },
	{ 0x0b, "E_E2E_REPEATED" },
	{ 0x0c, "E_E2E_WRONG_SEQUENCE" },
	{ 0x0d, "E_E2E" },
	{ 0x0e, "E_E2E_NOT_AVAILABLE" },
	{ 0x0f, "E_E2E_NO_NEW_DATA" },
	{ 0, NULL },
};

static void
name_or(struct out *o, const struct tok *t, unsigned v)
{
	const char *s = tok_find(t, v);

	out_str(o, s != NULL ? s : "Unknown");
}

void
someip_print(struct ctx *c, struct span s, unsigned len)
{
	struct out *o = c->out;
	uint32_t msgid, reqid;

	c->proto = "someip";
	/* tcpdump tests the length, not the capture, before reading */
	if (len < SOMEIP_HDRLEN) {
		print_trunc(c);
		return;
	}
	msgid = get_be32(c, s, 0);
	reqid = get_be32(c, s, 8);
	span_need(c, s, 0, SOMEIP_HDRLEN);
	out_str(o, "SOMEIP, service ");
	out_u32(o, msgid >> 16);
	/* the top bit of the method ID marks an event */
	out_str(o, msgid & 0x8000 ? ", event " : ", method ");
	out_u32(o, msgid & 0x7fff);
	out_str(o, ", len ");
	out_u32(o, get_be32(c, s, 4));
	out_str(o, ", client ");
	out_u32(o, reqid >> 16);
	out_str(o, ", session ");
	out_u32(o, reqid & 0xffff);
	out_str(o, ", pver ");
	out_u32(o, s.p[12]);
	out_str(o, ", iver ");
	out_u32(o, s.p[13]);
	out_str(o, ", msgtype ");
	name_or(o, someip_msg_types, s.p[14]);
	out_str(o, ", retcode ");
	name_or(o, someip_return_codes, s.p[15]);
	/* tcpdump ends the line itself: the packet has an empty line after */
	out_char(o, '\n');
}
