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

uint16_t
nextproto6_cksum(const struct ipinfo *ip, const uint8_t *data, unsigned len,
    unsigned covlen, uint8_t proto)
{
	uint8_t ph[40];
	const uint8_t *h = ip->iph.p;
	struct cksum_vec vec[2];

	for (int k = 0; k < 32; k++)
		ph[k] = h[8 + k];
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
