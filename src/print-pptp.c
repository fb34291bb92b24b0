/*
 * print-pptp.c - the Point-to-Point Tunneling Protocol's control messages
 * on TCP port 1723 (RFC 2637 section 2): the common header, then each
 * message's fields as NAME(value) (tcpdump print-pptp.c pptp_print()).
 * The GRE packets that carry the PPP frames are print-gre.c's.
 */
#include "print.h"

#define PPTP_HDRLEN		12
#define PPTP_MAGIC_COOKIE	0x1a2b3c4du

enum {
	SCCRQ = 1, SCCRP, StopCCRQ, StopCCRP, ECHORQ, ECHORP, OCRQ, OCRP,
	ICRQ, ICRP, ICCN, CCRQ, CDN, WEN, SLI, NMSGTYPES
};

/* Indexed by the control message type; 0 is not in RFC 2637. */
static const char *const msgtype_names[NMSGTYPES] = {
	"NOT_DEFINED", "SCCRQ", "SCCRP", "StopCCRQ", "StopCCRP", "ECHORQ",
	"ECHORP", "OCRQ", "OCRP", "ICRQ", "ICRP", "ICCN", "CCRQ", "CDN",
	"WEN", "SLI"
};

/* How a field prints. */
enum kind {
	END,
	U8,		/* " LABEL(%u)" for each width */
	U16,
	U32,
	X32,		/* " LABEL(0x%08x)" */
	VERSION,	/* version.revision */
	RESULT,		/* the code, and with -v its meaning */
	ERRCODE,
	REASON,
	FRAMING_CAP,	/* capability bits as letters */
	BEARER_CAP,
	BEARER_TYPE,	/* a letter for the value */
	FRAMING_TYPE,
	RESERVED8,	/* printed only when not zero */
	RESERVED16,
	TEXT64,		/* a NUL-padded text field */
	TEXT128,
	NUMBER64,	/* a phone number: its length is the field at +len */
};

struct field {
	uint8_t		 kind;
	uint8_t		 off;	/* from the end of the common header */
	const char	*label;
	uint8_t		 len;	/* NUMBER64: where its length is */
};
#define F(kind, off, label)	{ kind, off, label, 0 }
#define N(off, label, len)	{ NUMBER64, off, label, len }

/* Each message's fields in wire order (RFC 2637 sections 2.1-2.16). */
static const struct field sccrq[] = {
	F(VERSION, 0, "PROTO_VER"), F(RESERVED16, 2, NULL),
	F(FRAMING_CAP, 4, NULL), F(BEARER_CAP, 8, NULL),
	F(U16, 12, "MAX_CHAN"), F(U16, 14, "FIRM_REV"),
	F(TEXT64, 16, "HOSTNAME"), F(TEXT64, 80, "VENDOR"), F(END, 0, NULL)
};
static const struct field sccrp[] = {
	F(VERSION, 0, "PROTO_VER"), F(RESULT, 2, NULL), F(ERRCODE, 3, NULL),
	F(FRAMING_CAP, 4, NULL), F(BEARER_CAP, 8, NULL),
	F(U16, 12, "MAX_CHAN"), F(U16, 14, "FIRM_REV"),
	F(TEXT64, 16, "HOSTNAME"), F(TEXT64, 80, "VENDOR"), F(END, 0, NULL)
};
static const struct field stopccrq[] = {
	F(REASON, 0, NULL), F(RESERVED8, 1, NULL), F(RESERVED16, 2, NULL),
	F(END, 0, NULL)
};
static const struct field stopccrp[] = {
	F(RESULT, 0, NULL), F(ERRCODE, 1, NULL), F(RESERVED16, 2, NULL),
	F(END, 0, NULL)
};
static const struct field echorq[] = {
	F(U32, 0, "ID"), F(END, 0, NULL)
};
static const struct field echorp[] = {
	F(U32, 0, "ID"), F(RESULT, 4, NULL), F(ERRCODE, 5, NULL),
	F(RESERVED16, 6, NULL), F(END, 0, NULL)
};
static const struct field ocrq[] = {
	F(U16, 0, "CALL_ID"), F(U16, 2, "CALL_SER_NUM"),
	F(U32, 4, "MIN_BPS"), F(U32, 8, "MAX_BPS"),
	F(BEARER_TYPE, 12, NULL), F(FRAMING_TYPE, 16, NULL),
	F(U16, 20, "RECV_WIN"), F(U16, 22, "PROC_DELAY"),
	F(U16, 24, "PHONE_NO_LEN"), F(RESERVED16, 26, NULL),
	N(28, "PHONE_NO", 24), F(TEXT64, 92, "SUB_ADDR"), F(END, 0, NULL)
};
static const struct field ocrp[] = {
	F(U16, 0, "CALL_ID"), F(U16, 2, "PEER_CALL_ID"),
	F(RESULT, 4, NULL), F(ERRCODE, 5, NULL), F(U16, 6, "CAUSE_CODE"),
	F(U32, 8, "CONN_SPEED"), F(U16, 12, "RECV_WIN"),
	F(U16, 14, "PROC_DELAY"), F(U32, 16, "PHY_CHAN_ID"), F(END, 0, NULL)
};
static const struct field icrq[] = {
	F(U16, 0, "CALL_ID"), F(U16, 2, "CALL_SER_NUM"),
	F(BEARER_TYPE, 4, NULL), F(U32, 8, "PHY_CHAN_ID"),
	F(U16, 12, "DIALED_NO_LEN"), F(U16, 14, "DIALING_NO_LEN"),
	N(16, "DIALED_NO", 12),
	N(80, "DIALING_NO", 14),
	F(TEXT64, 144, "SUB_ADDR"), F(END, 0, NULL)
};
static const struct field icrp[] = {
	F(U16, 0, "CALL_ID"), F(U16, 2, "PEER_CALL_ID"),
	F(RESULT, 4, NULL), F(ERRCODE, 5, NULL), F(U16, 6, "RECV_WIN"),
	F(U16, 8, "PROC_DELAY"), F(RESERVED16, 10, NULL), F(END, 0, NULL)
};
static const struct field iccn[] = {
	F(U16, 0, "PEER_CALL_ID"), F(RESERVED16, 2, NULL),
	F(U32, 4, "CONN_SPEED"), F(U16, 8, "RECV_WIN"),
	F(U16, 10, "PROC_DELAY"), F(FRAMING_TYPE, 12, NULL), F(END, 0, NULL)
};
static const struct field ccrq[] = {
	F(U16, 0, "CALL_ID"), F(RESERVED16, 2, NULL), F(END, 0, NULL)
};
static const struct field cdn[] = {
	F(U16, 0, "CALL_ID"), F(RESULT, 2, NULL), F(ERRCODE, 3, NULL),
	F(U16, 4, "CAUSE_CODE"), F(RESERVED16, 6, NULL),
	F(TEXT128, 8, "CALL_STATS"), F(END, 0, NULL)
};
static const struct field wen[] = {
	F(U16, 0, "PEER_CALL_ID"), F(RESERVED16, 2, NULL),
	F(U32, 4, "CRC_ERR"), F(U32, 8, "FRAMING_ERR"),
	F(U32, 12, "HARDWARE_OVERRUN"), F(U32, 16, "BUFFER_OVERRUN"),
	F(U32, 20, "TIMEOUT_ERR"), F(U32, 24, "ALIGN_ERR"), F(END, 0, NULL)
};
static const struct field sli[] = {
	F(U16, 0, "PEER_CALL_ID"), F(RESERVED16, 2, NULL),
	F(X32, 4, "SEND_ACCM"), F(X32, 8, "RECV_ACCM"), F(END, 0, NULL)
};

static const struct field *const messages[NMSGTYPES] = {
	NULL, sccrq, sccrp, stopccrq, stopccrp, echorq, echorp, ocrq, ocrp,
	icrq, icrp, iccn, ccrq, cdn, wen, sli
};

/* The meanings -v gives a result code, by message (RFC 2637). */
static const struct tok sccrp_results[] = {
	{ 1, "Successful channel establishment" },
	{ 2, "General error" },
	{ 3, "Command channel already exists" },
	{ 4, "Requester is not authorized to establish a command channel" },
	{ 5, "The protocol version of the requester is not supported" },
	{ 0, NULL }
};
static const struct tok echorp_results[] = {
	{ 1, "OK" }, { 2, "General Error" }, { 0, NULL }
};
static const struct tok ocrp_results[] = {
	{ 1, "Connected" }, { 2, "General Error" }, { 3, "No Carrier" },
	{ 4, "Busy" }, { 5, "No Dial Tone" }, { 6, "Time-out" },
	{ 7, "Do Not Accept" }, { 0, NULL }
};
static const struct tok icrp_results[] = {
	{ 1, "Connect" }, { 2, "General Error" }, { 3, "Do Not Accept" },
	{ 0, NULL }
};
static const struct tok cdn_results[] = {
	{ 1, "Lost Carrier" }, { 2, "General Error" }, { 3, "Admin Shutdown" },
	{ 4, "Request" }, { 0, NULL }
};

/* tcpdump uses the Echo-Reply meanings for Stop-Control-Connection-Reply */
static const struct tok *const result_names[NMSGTYPES] = {
	[SCCRP] = sccrp_results, [StopCCRP] = echorp_results,
	[ECHORP] = echorp_results, [OCRP] = ocrp_results,
	[ICRP] = icrp_results, [CDN] = cdn_results,
};

static const struct tok errcode_names[] = {
	{ 0, "None" }, { 1, "Not-Connected" }, { 2, "Bad-Format" },
	{ 3, "Bad-Value" }, { 4, "No-Resource" }, { 5, "Bad-Call-ID" },
	{ 6, "PAC-Error" }, { 0, NULL }
};

static const struct tok reason_names[] = {
	{ 1, "None" }, { 2, "Stop-Protocol" }, { 3, "Stop-Local-Shutdown" },
	{ 0, NULL }
};

static const struct tok bearer_type_names[] = {
	{ 1, "A" }, { 2, "D" }, { 3, "Any" }, { 0, NULL }
};

static const struct tok framing_type_names[] = {
	{ 1, "A" }, { 2, "S" }, { 3, "E" }, { 0, NULL }
};

static const char *
name_or_query(const struct tok *t, unsigned v)
{
	const char *s = tok_find(t, v);

	return s != NULL ? s : "?";
}

static void
label_open(struct out *o, const char *label)
{
	out_char(o, ' ');
	out_str(o, label);
	out_char(o, '(');
}

/* " LABEL(value" then, with -v, ":meaning"; the caller closes it. */
static void
coded_print(struct ctx *c, const char *label, unsigned v,
    const struct tok *meanings)
{
	label_open(c->out, label);
	out_u32(c->out, v);
	if (c->opt.vflag && meanings != NULL) {
		out_char(c->out, ':');
		out_str(c->out, name_or_query(meanings, v));
	}
	out_char(c->out, ')');
}

static void
reserved_print(struct out *o, unsigned v)
{
	if (v != 0) {
		out_str(o, " [ERROR: reserved=");
		out_u32(o, v);
		out_str(o, " must be zero]");
	}
}

/*
 * A NUL-padded text field as tcpdump's nd_printjnp() prints it: byte by
 * byte up to the first NUL, so a capture that ends inside the field
 * shows what there is of it before " [|pptp]".
 */
static void
text_print(struct ctx *c, struct span s, size_t off, size_t size,
    const char *label)
{
	label_open(c->out, label);
	for (size_t n = 0; n < size; n++) {
		uint8_t ch = get_u8(c, s, off + n);
		if (ch == '\0')
			break;
		out_safe_char(c->out, ch);
	}
	out_char(c->out, ')');
}

static void
message_print(struct ctx *c, struct span s, const struct field *f,
    unsigned type)
{
	struct out *o = c->out;

	for (; f->kind != END; f++) {
		size_t off = f->off;
		uint32_t v;

		switch (f->kind) {
		case U8:
			v = get_u8(c, s, off);
			goto number;
		case U16:
			v = get_be16(c, s, off);
			goto number;
		case U32:
			v = get_be32(c, s, off);
		number:
			label_open(o, f->label);
			out_u32(o, v);
			out_char(o, ')');
			break;
		case X32:
			v = get_be32(c, s, off);
			label_open(o, f->label);
			out_str(o, "0x");
			out_hex(o, v, 8);
			out_char(o, ')');
			break;
		case VERSION:
			v = get_be16(c, s, off);
			label_open(o, f->label);
			out_u32(o, v >> 8);
			out_char(o, '.');
			out_u32(o, v & 0xff);
			out_char(o, ')');
			break;
		case RESULT:
			coded_print(c, "RESULT_CODE", get_u8(c, s, off),
			    result_names[type]);
			break;
		case ERRCODE:
			coded_print(c, "ERR_CODE", get_u8(c, s, off),
			    errcode_names);
			break;
		case REASON:
			coded_print(c, "REASON", get_u8(c, s, off),
			    reason_names);
			break;
		case FRAMING_CAP:
			/* tcpdump prints the label before it reads */
			out_str(o, " FRAME_CAP(");
			v = get_be32(c, s, off);
			if (v & 1)
				out_char(o, 'A');	/* asynchronous */
			if (v & 2)
				out_char(o, 'S');	/* synchronous */
			out_char(o, ')');
			break;
		case BEARER_CAP:
			v = get_be32(c, s, off);
			out_str(o, " BEARER_CAP(");
			if (v & 2)
				out_char(o, 'D');	/* digital */
			if (v & 1)
				out_char(o, 'A');	/* analog */
			out_char(o, ')');
			break;
		case BEARER_TYPE:
			v = get_be32(c, s, off);
			out_str(o, " BEARER_TYPE(");
			out_str(o, name_or_query(bearer_type_names, v));
			out_char(o, ')');
			break;
		case FRAMING_TYPE:
			v = get_be32(c, s, off);
			out_str(o, " FRAME_TYPE(");
			out_str(o, name_or_query(framing_type_names, v));
			out_char(o, ')');
			break;
		case RESERVED8:
			reserved_print(o, get_u8(c, s, off));
			break;
		case RESERVED16:
			reserved_print(o, get_be16(c, s, off));
			break;
		case NUMBER64:
			/* at most the length its length field gives */
			v = get_be16(c, s, f->len);
			text_print(c, s, off, v < 64 ? v : 64, f->label);
			break;
		case TEXT64:
		case TEXT128:
			text_print(c, s, off, f->kind == TEXT64 ? 64 : 128,
			    f->label);
			break;
		}
	}
}

void
pptp_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	uint32_t cookie;
	uint16_t type;

	(void)length;	/* tcpdump reads what the message type implies */
	c->proto = "pptp";
	out_str(o, ": pptp");
	if (c->opt.vflag) {
		uint16_t msg_type, hlen = get_be16(c, s, 0);
		out_str(o, " Length=");
		out_u32(o, hlen);
		msg_type = get_be16(c, s, 2);
		out_str(o, msg_type == 1 ? " CTRL-MSG" : msg_type == 2 ?
		    " MGMT-MSG" : " UNKNOWN-MSG-TYPE");
	}
	cookie = get_be32(c, s, 4);
	if (cookie != PPTP_MAGIC_COOKIE) {
		out_str(o, " UNEXPECTED Magic-Cookie!!(");
		out_hex(o, cookie, 8);
		out_char(o, ')');
	}
	if (c->opt.vflag || cookie != PPTP_MAGIC_COOKIE) {
		out_str(o, " Magic-Cookie=");
		out_hex(o, cookie, 8);
	}
	type = get_be16(c, s, 8);
	if (type < NMSGTYPES) {
		out_str(o, " CTRL_MSGTYPE=");
		out_str(o, msgtype_names[type]);
	} else {
		out_str(o, " UNKNOWN_CTRL_MSGTYPE(");
		out_u32(o, type);
		out_char(o, ')');
	}
	reserved_print(o, get_be16(c, s, 10));
	if (type < NMSGTYPES && messages[type] != NULL)
		message_print(c, span_rest(s, PPTP_HDRLEN), messages[type],
		    type);
}
