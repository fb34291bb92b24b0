/*
 * print-ssh.c - the SSH identification string (RFC 4253 section 4.2), as
 * tcpdump 4.99.3 print-ssh.c prints it: ": SSH: " and the line up to its
 * CR LF or LF, when a segment starts with "SSH-" and the line is printable
 * ASCII ending within the segment; nothing for the encrypted rest.
 */
#include "print.h"

void
ssh_print(struct ctx *c, struct span s, unsigned length)
{
	static const char magic[] = "SSH-";
	size_t idx;

	c->proto = "ssh";
	/* byte by byte, as tcpdump: a capture cut in "SSH-" is truncated */
	for (idx = 0; idx < sizeof(magic) - 1; idx++)
		if (get_u8(c, s, idx) != (uint8_t)magic[idx])
			return;
	for (; idx < length; idx++) {
		uint8_t ch = get_u8(c, s, idx);

		if (ch == '\n')
			break;
		if (ch == '\r') {
			/* CR LF ends the line; a CR alone makes it binary */
			if (idx + 1 >= length || get_u8(c, s, idx + 1) != '\n')
				return;
			break;
		}
		if (ch < 0x20 || ch > 0x7e)
			return;
	}
	if (idx >= length)
		return;		/* no line end in this segment */
	out_str(c->out, ": SSH: ");
	out_mem(c->out, s.p, idx);
}
