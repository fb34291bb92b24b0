/* Temporary: printers being written elsewhere. */
#include "print.h"

void
icmp_print(struct ctx *c, struct span s, unsigned length,
    const struct ipinfo *ip)
{
	(void)s; (void)ip;
	out_str(c->out, "ICMP, length ");
	out_u32(c->out, length);
}

void
icmp6_print(struct ctx *c, struct span s, unsigned length,
    const struct ipinfo *ip)
{
	(void)s; (void)ip;
	out_str(c->out, "ICMP6, length ");
	out_u32(c->out, length);
}

void
arp_print(struct ctx *c, struct span s, unsigned length)
{
	(void)s;
	out_str(c->out, "ARP, length ");
	out_u32(c->out, length);
}

void
ip6_print(struct ctx *c, struct span s, unsigned length)
{
	(void)s;
	out_str(c->out, "IP6, length ");
	out_u32(c->out, length);
}
