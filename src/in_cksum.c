/*
 * in_cksum.c - the Internet checksum (RFC 1071) and the pseudo-header sums
 * of TCP and UDP over IPv4 (RFC 793) and IPv6 (RFC 8200 section 8.1).
 */
#include "print.h"

uint16_t
in_cksum(const struct cksum_vec *vec, int n)
{
	uint64_t sum = 0;
	int odd = 0;

	for (int k = 0; k < n; k++) {
		const uint8_t *p = vec[k].ptr;
		size_t len = vec[k].len;

		for (size_t i = 0; i < len; i++) {
			/* byte position counts across vectors */
			sum += odd ? p[i] : (uint32_t)p[i] << 8;
			odd ^= 1;
		}
	}
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return (uint16_t)~sum;
}

/*
 * What the checksum field should have held (tcpdump in_cksum_shouldbe()):
 * the field plus the sum computed over everything, one's complement.
 */
uint16_t
in_cksum_shouldbe(uint16_t sum, uint16_t computed_sum)
{
	uint32_t shouldbe;

	shouldbe = sum;
	shouldbe += computed_sum;
	shouldbe = (shouldbe & 0xFFFF) + (shouldbe >> 16);
	shouldbe = (shouldbe & 0xFFFF) + (shouldbe >> 16);
	return (uint16_t)shouldbe;
}

uint16_t
nextproto4_cksum(const struct ipinfo *ip, const uint8_t *data, unsigned len,
    unsigned covlen, uint8_t proto)
{
	uint8_t ph[12];
	const uint8_t *h = ip->iph.p;
	struct cksum_vec vec[2];

	/* the source, and the final destination of a source route */
	for (int k = 0; k < 4; k++) {
		ph[k] = h[12 + k];
		ph[4 + k] = h[16 + k];
	}
	{
		unsigned hlen = (h[0] & 0xf) * 4u, i = 20;
		while (i < hlen && h + i < ip->iph.end) {
			uint8_t code = h[i];
			unsigned olen;
			if (code == 0)
				break;
			if (code == 1) {
				i++;
				continue;
			}
			if (h + i + 1 >= ip->iph.end)
				break;
			olen = h[i + 1];
			if (olen < 2 || i + olen > hlen ||
			    h + i + olen > ip->iph.end)
				break;
			/* tcpdump ip_finddst(): the route's last hop */
			if ((code == 131 || code == 137) && olen >= 7) {
				const uint8_t *last = h + i + olen - 4;
				for (int k = 0; k < 4; k++)
					ph[4 + k] = last[k];
			}
			i += olen;
		}
	}
	ph[8] = 0;
	ph[9] = proto;
	ph[10] = (uint8_t)(len >> 8);
	ph[11] = (uint8_t)len;
	vec[0].ptr = ph;
	vec[0].len = sizeof(ph);
	vec[1].ptr = data;
	vec[1].len = covlen;
	return in_cksum(vec, 2);
}

/*
 * The destination of the IPv6 pseudo-header: the last address of a routing
 * header when one comes before the upper layer, else the header's own
 * (RFC 8200 section 8.1; tcpdump print-ip6.c ip6_finddst()).  Only the
 * first routing header counts, and the walk stops, keeping what it has,
 * at anything not captured.
 */
static const uint8_t *
ip6_finddst(const struct ipinfo *ip)
{
	const uint8_t *h = ip->iph.p;
	const uint8_t *dst = h + 24;
	size_t have = (size_t)(ip->iph.end - h), off = 0, advance = 40;
	unsigned nh = h[6];

	while (off < have) {
		off += advance;
		switch (nh) {
		case 0:		/* hop-by-hop options */
		case 60:	/* destination options */
		case 62:	/* mobility (old) */
		case 135:	/* mobility */
			if (off + 2 > have)
				return dst;
			advance = (h[off + 1] + 1u) << 3;
			nh = h[off];
			break;
		case 44:	/* fragment */
			if (off + 1 > have)
				return dst;
			advance = 8;
			nh = h[off];
			break;
		case 43: {	/* routing */
			unsigned len, type;

			if (off + 4 > have)
				return dst;
			len = h[off + 1];
			type = h[off + 2];
			if ((type == 0 || type == 2) && len % 2 == 0) {
				/* type 0 and 2: the last address listed */
				for (unsigned i = 0; i < len / 2; i++) {
					if (off + 8 + 16 * (i + 1) > have)
						break;
					dst = h + off + 8 + 16 * i;
				}
			} else if (type == 4 && len % 2 == 0) {
				/* SRH (RFC 8754): segments[0] is the last */
				if (off + 8 + 16 <= have)
					dst = h + off + 8;
			}
			return dst;
		}
		default:
			return dst;
		}
	}
	return dst;
}

uint16_t
nextproto6_cksum(const struct ipinfo *ip, const uint8_t *data, unsigned len,
    unsigned covlen, uint8_t proto)
{
	uint8_t ph[40];
	const uint8_t *h = ip->iph.p, *dst = ip6_finddst(ip);
	struct cksum_vec vec[2];

	for (int k = 0; k < 16; k++) {
		ph[k] = h[8 + k];
		ph[16 + k] = dst[k];
	}
	ph[32] = (uint8_t)(len >> 24);
	ph[33] = (uint8_t)(len >> 16);
	ph[34] = (uint8_t)(len >> 8);
	ph[35] = (uint8_t)len;
	ph[36] = ph[37] = ph[38] = 0;
	ph[39] = proto;
	vec[0].ptr = ph;
	vec[0].len = sizeof(ph);
	vec[1].ptr = data;
	vec[1].len = covlen;
	return in_cksum(vec, 2);
}
