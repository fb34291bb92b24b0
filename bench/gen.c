/*
 * gen.c - writes a deterministic, realistic classic pcap capture for the
 * pcapcat benchmark (bench/run.sh).  Little-endian, microsecond time
 * stamps, Ethernet, snapshot length 262144.
 *
 *   gen -o FILE [-m everyday|manyhosts] [-b SIZE] [-c CONNS]
 *       [-a public|10net] [-p neutral|real] [-s SEED]
 *
 * everyday   mixed traffic until the file holds SIZE bytes (e.g. 40M,
 *            400M; K/M/G are powers of 1000): TCP over IPv4 and IPv6 with
 *            3-way handshakes, MSS/SACK/window-scale/time-stamp options,
 *            HTTP-like text requests and responses, opaque binary
 *            (TLS-like) transfers both ways, delayed ACKs, occasional
 *            losses with SACK blocks and retransmissions, FIN/RST closes
 *            and refused connections; DNS queries and responses over UDP;
 *            ICMP and ICMPv6 echo; ARP requests and replies; UDP flows over
 *            IPv6 and IPv4.
 * manyhosts  CONNS (default 300000) SYN / SYN-ACK / ACK exchanges, each
 *            from a distinct IPv4 source address (public addresses from
 *            the whole space, or with -a 10net all in 10.0.0.0/8) to one
 *            of 4 servers, 64 in flight at a time.
 *
 * -p neutral (the default) puts the services on ports tcpdump does not
 * decode (HTTP 8000, TLS-like 8443, DNS 5300, UDP flows 7777); -p real uses
 * 80, 443, 53 and 443, where tcpdump prints HTTP and DNS details.
 *
 * Every checksum and length is right; frames shorter than 60 bytes are
 * padded with zeros as they are on the wire.  The same arguments always
 * give the same bytes, and a smaller SIZE gives a prefix of a larger one.
 * A summary line (key=value ...) goes to standard output.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- random numbers (xorshift64, seeded through splitmix64) ---------- */

static uint64_t rs;

static void seed_rng(uint64_t s)
{
	uint64_t z = s + 0x9E3779B97F4A7C15ull;
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	rs = z ^ (z >> 31);
	if (rs == 0)
		rs = 1;
}

static uint64_t rnd64(void)
{
	rs ^= rs << 13;
	rs ^= rs >> 7;
	rs ^= rs << 17;
	return rs;
}

static uint32_t rnd32(void) { return (uint32_t)(rnd64() >> 32); }

/* uniform in [0, n) */
static uint32_t rndn(uint32_t n)
{
	return (uint32_t)(((uint64_t)rnd32() * n) >> 32);
}

/* true with probability per/10000 */
static int chance(uint32_t per10k) { return rndn(10000) < per10k; }

/* roughly log-uniform in [lo, hi] */
static uint64_t logu(uint64_t lo, uint64_t hi)
{
	int blo = 63 - __builtin_clzll(lo), bhi = 63 - __builtin_clzll(hi);
	int b = blo + (int)rndn((uint32_t)(bhi - blo + 1));
	uint64_t v = (1ull << b) + rnd64() % (1ull << b);
	if (v < lo)
		v = lo;
	if (v > hi)
		v = hi;
	return v;
}

/* ---- byte helpers ------------------------------------------------------ */

static void be16(uint8_t *p, uint32_t v) { p[0] = (uint8_t)(v >> 8); p[1] = (uint8_t)v; }
static void be32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)(v >> 24); p[1] = (uint8_t)(v >> 16);
	p[2] = (uint8_t)(v >> 8); p[3] = (uint8_t)v;
}
static void le16(uint8_t *p, uint32_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }
static void le32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16); p[3] = (uint8_t)(v >> 24);
}

static uint32_t sum16(uint32_t s, const uint8_t *p, size_t n)
{
	while (n > 1) {
		s += (uint32_t)p[0] << 8 | p[1];
		p += 2;
		n -= 2;
	}
	if (n)
		s += (uint32_t)p[0] << 8;
	return s;
}

static uint16_t fold(uint32_t s)
{
	while (s >> 16)
		s = (s & 0xffff) + (s >> 16);
	return (uint16_t)~s;
}

/* ---- output ------------------------------------------------------------ */

static FILE *out;
static uint64_t out_bytes, npkts, now_us, gap_us = 400;
static uint64_t n_tcp4, n_tcp6, n_udp4, n_udp6, n_dns, n_icmp, n_icmp6, n_arp;
static uint64_t n_sess_tcp, n_sess_dns, n_sess_icmp, n_sess_arp, n_sess_udp;

static void die(const char *m)
{
	fprintf(stderr, "gen: %s\n", m);
	exit(2);
}

static void tick(void) { now_us += 1 + rndn((uint32_t)gap_us); }

/* p must have room for 60 bytes: short frames get the Ethernet padding */
static void write_pkt(uint8_t *p, size_t len)
{
	uint8_t h[16];
	if (len < 60) {
		memset(p + len, 0, 60 - len);
		len = 60;
	}
	le32(h, (uint32_t)(now_us / 1000000));
	le32(h + 4, (uint32_t)(now_us % 1000000));
	le32(h + 8, (uint32_t)len);
	le32(h + 12, (uint32_t)len);
	if (fwrite(h, 1, 16, out) != 16 || fwrite(p, 1, len, out) != len)
		die("write failed");
	out_bytes += 16 + len;
	npkts++;
}

/* ---- hosts ------------------------------------------------------------- */

struct host {
	int v6, local, winstyle;	/* winstyle: no time stamps, wscale 8 */
	uint8_t mac[6];
	uint8_t a[16];			/* IPv4 in a[0..3] */
	uint16_t ipid, eport;
	uint8_t ttl;
	uint32_t tsoff;
};

#define NLOCAL4 400
#define NREMOTE4 3000
#define NLOCAL6 150
#define NREMOTE6 800
static struct host local4[NLOCAL4], remote4[NREMOTE4];
static struct host local6[NLOCAL6], remote6[NREMOTE6];
static struct host gw4, gw6;
static const uint8_t gw_mac[6] = {0x00, 0x1a, 0x8c, 0x3f, 0x12, 0x01};
static const uint8_t bcast[6] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff};

static void host_common(struct host *h, int v6, int local)
{
	static const uint8_t ouis[][3] = {
		{0x3c, 0x22, 0xfb}, {0xa4, 0x83, 0xe7}, {0xf0, 0x18, 0x98},
		{0x00, 0x50, 0x56}, {0xdc, 0xa6, 0x32}, {0x8c, 0x16, 0x45},
		{0x00, 0x1b, 0x21}, {0x52, 0x54, 0x00},
	};
	const uint8_t *o = ouis[rndn(8)];
	h->v6 = v6;
	h->local = local;
	h->mac[0] = o[0]; h->mac[1] = o[1]; h->mac[2] = o[2];
	h->mac[3] = (uint8_t)rnd32(); h->mac[4] = (uint8_t)rnd32();
	h->mac[5] = (uint8_t)rnd32();
	h->ipid = (uint16_t)rnd32();
	h->ttl = local ? 64 : (uint8_t)(40 + rndn(80));
	h->tsoff = rnd32();
	h->winstyle = chance(2500);
	h->eport = (uint16_t)(h->winstyle ? 49152 + rndn(16384)
					  : 32768 + rndn(28232));
}

static uint16_t next_eport(struct host *h)
{
	uint16_t p = h->eport++;
	if (h->winstyle ? h->eport == 0 : h->eport > 60999)
		h->eport = h->winstyle ? 49152 : 32768;
	return p;
}

static void set4(struct host *h, uint32_t a) { be32(h->a, a); }

static void make_remote6(struct host *h)
{
	static const uint16_t g0[] = {0x2a00, 0x2a03, 0x2606, 0x2001, 0x2620,
				      0x2400, 0x2a02, 0x2600, 0x2404, 0x2c0f};
	uint16_t g[8];
	g[0] = g0[rndn(10)];
	g[1] = (uint16_t)rndn(0x10000);
	g[2] = (uint16_t)(chance(3000) ? 0 : rndn(0x10000));
	g[3] = (uint16_t)(chance(4000) ? rndn(0x1000) : rndn(0x10000));
	if (chance(5000)) {		/* ::xxxx style */
		g[4] = g[5] = g[6] = 0;
		g[7] = (uint16_t)(1 + rndn(0x2fff));
	} else if (chance(2000)) {	/* a zero run in the middle */
		g[4] = (uint16_t)rndn(0x10000);
		g[5] = g[6] = 0;
		g[7] = (uint16_t)(1 + rndn(0xff));
	} else {
		for (int i = 4; i < 8; i++)
			g[i] = (uint16_t)rndn(0x10000);
	}
	for (int i = 0; i < 8; i++)
		be16(h->a + 2 * i, g[i]);
}

static void make_hosts(void)
{
	int i;
	host_common(&gw4, 0, 1);
	memcpy(gw4.mac, gw_mac, 6);
	set4(&gw4, 0xc0a80101);				/* 192.168.1.1 */
	host_common(&gw6, 1, 1);
	memcpy(gw6.mac, gw_mac, 6);
	be16(gw6.a, 0x2001); be16(gw6.a + 2, 0x0db8); be16(gw6.a + 4, 1);
	gw6.a[15] = 1;					/* 2001:db8:1::1 */
	for (i = 0; i < NLOCAL4; i++) {
		host_common(&local4[i], 0, 1);
		if (i < 240)
			set4(&local4[i], 0xc0a80100 + 10 + (uint32_t)i);
		else
			set4(&local4[i], 0x0a140000 + ((uint32_t)(i - 240) * 97 + 2) % 65534);
	}
	for (i = 0; i < NREMOTE4; i++) {
		uint32_t a;
		host_common(&remote4[i], 0, 0);
		do {
			a = rnd32();
		} while ((a >> 24) == 0 || (a >> 24) == 10 || (a >> 24) == 127 ||
			 (a >> 24) >= 224 || (a >> 16) == 0xc0a8 ||
			 (a >> 16) == 0xa9fe || (a >> 20) == 0xac1 ||
			 (a >> 22) == (100u << 2 | 1) || (a & 0xff) == 0 ||
			 (a & 0xff) == 255);
		set4(&remote4[i], a);
	}
	for (i = 0; i < NLOCAL6; i++) {
		struct host *h = &local6[i];
		host_common(h, 1, 1);
		memcpy(h->mac, local4[i].mac, 6);	/* dual-stacked */
		h->winstyle = local4[i].winstyle;
		h->eport = local4[i].eport ^ 0x1000;
		if (!h->winstyle && h->eport > 60999)
			h->eport = 40000;
		if (h->winstyle && h->eport < 49152)
			h->eport = 50000;
		be16(h->a, 0x2001); be16(h->a + 2, 0x0db8); be16(h->a + 4, 1);
		if (i % 3 == 0) {			/* EUI-64 */
			h->a[8] = h->mac[0] ^ 2; h->a[9] = h->mac[1];
			h->a[10] = h->mac[2]; h->a[11] = 0xff; h->a[12] = 0xfe;
			h->a[13] = h->mac[3]; h->a[14] = h->mac[4];
			h->a[15] = h->mac[5];
		} else if (i % 3 == 1) {		/* privacy address */
			for (int k = 8; k < 16; k++)
				h->a[k] = (uint8_t)rnd32();
		} else {				/* DHCPv6 ::1xx */
			be16(h->a + 14, 0x100 + (uint32_t)i);
		}
	}
	for (i = 0; i < NREMOTE6; i++) {
		host_common(&remote6[i], 1, 0);
		make_remote6(&remote6[i]);
	}
}

/*
 * Ethernet and IP headers for l4len bytes of protocol proto from s to d;
 * returns the offset of the layer-4 header.
 */
static size_t put_l3(uint8_t *p, struct host *s, struct host *d,
		     uint8_t proto, size_t l4len, int df)
{
	memcpy(p, d->local ? d->mac : gw_mac, 6);
	memcpy(p + 6, s->local ? s->mac : gw_mac, 6);
	if (s->v6) {
		uint32_t flow = ((uint32_t)(s->a[15] ^ d->a[15]) << 12 ^ proto) & 0xfffff;
		be16(p + 12, 0x86dd);
		be32(p + 14, 6u << 28 | flow);
		be16(p + 18, (uint32_t)l4len);
		p[20] = proto;
		p[21] = s->ttl;
		memcpy(p + 22, s->a, 16);
		memcpy(p + 38, d->a, 16);
		return 54;
	}
	be16(p + 12, 0x0800);
	p[14] = 0x45;
	p[15] = 0;
	be16(p + 16, (uint32_t)(20 + l4len));
	be16(p + 18, s->ipid++);
	be16(p + 20, df ? 0x4000 : 0);
	p[22] = s->ttl;
	p[23] = proto;
	be16(p + 24, 0);
	memcpy(p + 26, s->a, 4);
	memcpy(p + 30, d->a, 4);
	be16(p + 24, fold(sum16(0, p + 14, 20)));
	return 34;
}

/* layer-4 checksum with the pseudo header; csum_at is relative to l4 */
static void l4_csum(uint8_t *p, size_t l4, size_t l4len, int v6,
		    uint8_t proto, size_t csum_at)
{
	uint32_t s;
	uint16_t c;
	be16(p + l4 + csum_at, 0);
	if (v6) {
		s = sum16(0, p + 22, 32);
		s += (uint32_t)(l4len >> 16) + (uint32_t)(l4len & 0xffff) + proto;
	} else {
		s = sum16(0, p + 26, 8);
		s += (uint32_t)l4len + proto;
	}
	s = sum16(s, p + l4, l4len);
	c = fold(s);
	if (c == 0 && proto == 17)
		c = 0xffff;
	be16(p + l4 + csum_at, c);
}

static uint8_t pkt[2048];

/* ---- payload pools ----------------------------------------------------- */

#define POOLSZ (4u << 20)
static uint8_t *textpool, *binpool;

static void make_pools(void)
{
	static const char *words[] = {
		"the", "of", "and", "network", "packet", "server", "client",
		"request", "response", "<div class=\"item\">", "</div>",
		"<a href=\"/docs/index.html\">", "</a>", "data", "stream",
		"latency", "window", "capture", "{\"id\":", "\"name\":",
		"\"value\":", "},", "function", "return", "var", "=", ";",
		"<span>", "</span>", "color:", "#336699;", "margin:", "0",
		"auto;", "Lorem", "ipsum", "dolor", "sit", "amet,", "consectetur",
		"adipiscing", "elit", "sed", "do", "eiusmod", "tempor", "2023",
		"GMT", "utf-8", "application/json", "true", "false", "null",
	};
	size_t nw = sizeof words / sizeof words[0], n = 0, cap = POOLSZ + 4096;
	textpool = malloc(cap);
	binpool = malloc(cap);
	if (!textpool || !binpool)
		die("out of memory");
	while (n < cap - 64) {
		if (rndn(12) == 0) {
			memcpy(textpool + n, "\n<p>", 4);
			n += 4;
		}
		const char *w = words[rndn((uint32_t)nw)];
		size_t l = strlen(w);
		memcpy(textpool + n, w, l);
		n += l;
		textpool[n++] = ' ';
	}
	memset(textpool + n, ' ', cap - n);
	for (n = 0; n + 8 <= cap; n += 8) {
		uint64_t v = rnd64();
		memcpy(binpool + n, &v, 8);
	}
}

/* a message: a header (text or record header) and then a body */
struct msg {
	uint8_t hdr[1024];
	uint32_t hdr_len, hdr_off, pos;
	uint64_t body_left;
	int bin;
};

static uint64_t msg_left(const struct msg *m)
{
	return m->hdr_len - m->hdr_off + m->body_left;
}

static const uint8_t *msg_pool(const struct msg *m)
{
	return m->bin ? binpool : textpool;
}

static uint32_t msg_fill(struct msg *m, uint8_t *buf, uint32_t max)
{
	uint32_t n = 0, k;
	if (m->hdr_off < m->hdr_len) {
		k = m->hdr_len - m->hdr_off;
		if (k > max)
			k = max;
		memcpy(buf, m->hdr + m->hdr_off, k);
		m->hdr_off += k;
		n = k;
	}
	if (n < max && m->body_left) {
		k = max - n;
		if (k > m->body_left)
			k = (uint32_t)m->body_left;
		memcpy(buf + n, msg_pool(m) + m->pos, k);
		m->pos += k;
		if (m->pos >= POOLSZ)
			m->pos = rndn(POOLSZ);
		m->body_left -= k;
		n += k;
	}
	return n;
}

static void msg_set(struct msg *m, const char *hdr, size_t hlen,
		    uint64_t body, int bin)
{
	if (hlen > sizeof m->hdr)
		hlen = sizeof m->hdr;
	memcpy(m->hdr, hdr, hlen);
	m->hdr_len = (uint32_t)hlen;
	m->hdr_off = 0;
	m->body_left = body;
	m->bin = bin;
	m->pos = rndn(POOLSZ);
}

/* ---- ports ------------------------------------------------------------- */

static int real_ports;
static uint16_t port_http, port_tls, port_dns, port_udp;

/* ---- TCP --------------------------------------------------------------- */

#define F_FIN 0x01
#define F_SYN 0x02
#define F_RST 0x04
#define F_PSH 0x08
#define F_ACK 0x10

struct side {
	struct host *h;
	uint16_t port, win;
	uint32_t nxt;		/* next sequence number to send */
	uint32_t rcv;		/* next sequence number expected from the peer */
	uint32_t ts_last;	/* last TS val sent */
	struct msg m;
};

enum { T_SYN, T_SYNACK, T_ACK, T_REQ, T_RESP, T_CLOSE, T_REFUSED, T_DONE };

struct tcp {
	struct side sd[2];	/* 0 client, 1 server */
	int bin, ts, mss, st, reqs, nreq, since_ack, refuse, synrtx;
};

static uint8_t seg[2048];

static void tcp_send(struct tcp *t, int dir, uint8_t flags, uint32_t seq,
		     uint32_t ack, const uint8_t *data, uint32_t dlen,
		     const uint32_t *sack, int nsack)
{
	struct side *me = &t->sd[dir], *peer = &t->sd[!dir];
	uint8_t opt[40];
	int ol = 0, v6 = me->h->v6;
	uint32_t win = me->win;
	size_t l4len, off;
	uint8_t *th;

	tick();
	if (flags & F_SYN) {
		uint32_t mss = v6 ? 1440 : 1460;
		opt[ol++] = 2; opt[ol++] = 4;
		be16(opt + ol, mss); ol += 2;
		if (t->ts) {
			uint32_t v = me->h->tsoff + (uint32_t)(now_us / 1000);
			opt[ol++] = 4; opt[ol++] = 2;
			opt[ol++] = 8; opt[ol++] = 10;
			be32(opt + ol, v); ol += 4;
			be32(opt + ol, (flags & F_ACK) ? peer->ts_last : 0); ol += 4;
			me->ts_last = v;
			opt[ol++] = 1;
			opt[ol++] = 3; opt[ol++] = 3; opt[ol++] = 7;
		} else {
			opt[ol++] = 1;
			opt[ol++] = 3; opt[ol++] = 3; opt[ol++] = 8;
			opt[ol++] = 1; opt[ol++] = 1;
			opt[ol++] = 4; opt[ol++] = 2;
		}
		win = dir == 0 ? 64240 : (t->ts ? 65160 : 65535);
	} else if (!(flags & F_RST)) {
		if (t->ts) {
			uint32_t v = me->h->tsoff + (uint32_t)(now_us / 1000);
			opt[ol++] = 1; opt[ol++] = 1;
			opt[ol++] = 8; opt[ol++] = 10;
			be32(opt + ol, v); ol += 4;
			be32(opt + ol, peer->ts_last); ol += 4;
			me->ts_last = v;
		}
		if (nsack) {
			opt[ol++] = 1; opt[ol++] = 1;
			opt[ol++] = 5; opt[ol++] = (uint8_t)(2 + 8 * nsack);
			for (int i = 0; i < nsack; i++) {
				be32(opt + ol, sack[2 * i]); ol += 4;
				be32(opt + ol, sack[2 * i + 1]); ol += 4;
			}
		}
	} else {
		win = 0;
	}
	l4len = 20 + (size_t)ol + dlen;
	off = put_l3(pkt, me->h, peer->h, 6, l4len, 1);
	th = pkt + off;
	be16(th, me->port);
	be16(th + 2, peer->port);
	be32(th + 4, seq);
	be32(th + 8, (flags & F_ACK) ? ack : 0);
	th[12] = (uint8_t)(((20 + ol) / 4) << 4);
	th[13] = flags;
	be16(th + 14, win);
	be16(th + 16, 0);
	be16(th + 18, 0);
	memcpy(th + 20, opt, (size_t)ol);
	if (dlen)
		memcpy(th + 20 + ol, data, dlen);
	l4_csum(pkt, off, l4len, v6, 6, 16);
	write_pkt(pkt, off + l4len);
	if (v6)
		n_tcp6++;
	else
		n_tcp4++;
	if (chance(300))
		me->win = (uint16_t)(me->win + rndn(64) - 24);
}

/* a pure ACK from side dir */
static void tcp_ack(struct tcp *t, int dir)
{
	tcp_send(t, dir, F_ACK, t->sd[dir].nxt, t->sd[dir].rcv, NULL, 0, NULL, 0);
}

/*
 * Send up to maxsegs segments of side dir's message; the peer ACKs every
 * second segment and (if ack_end) the end of the message.  Now and then a
 * segment is lost: the peer sends duplicate ACKs with a SACK block and the
 * segment is sent again.  Returns 1 when the message is all sent.
 */
static int xfer(struct tcp *t, int dir, int maxsegs, int ack_end)
{
	struct side *me = &t->sd[dir], *peer = &t->sd[!dir];
	struct msg *m = &me->m;
	uint32_t mss = (uint32_t)t->mss;
	for (int i = 0; i < maxsegs && msg_left(m); i++) {
		if (m->hdr_off >= m->hdr_len && m->body_left > 3 * mss &&
		    chance(40)) {
			uint32_t lpos = m->pos, lseq = me->nxt, n, s1, blk[2];
			n = msg_fill(m, seg, mss);	/* lost on the way */
			me->nxt += n;
			s1 = me->nxt;
			for (int j = 0; j < 2; j++) {
				uint32_t k = msg_fill(m, seg, mss);
				tcp_send(t, dir, F_ACK, me->nxt, me->rcv, seg, k, NULL, 0);
				me->nxt += k;
			}
			blk[0] = s1;
			blk[1] = me->nxt;
			for (int j = 0; j < 2; j++)
				tcp_send(t, !dir, F_ACK, peer->nxt, peer->rcv,
					 NULL, 0, blk, 1);
			memcpy(seg, msg_pool(m) + lpos, n);
			tcp_send(t, dir, F_ACK, lseq, me->rcv, seg, n, NULL, 0);
			peer->rcv = me->nxt;
			tcp_ack(t, !dir);
			t->since_ack = 0;
			continue;
		}
		uint32_t n = msg_fill(m, seg, mss);
		int last = msg_left(m) == 0;
		tcp_send(t, dir, (uint8_t)(F_ACK | (last ? F_PSH : 0)), me->nxt,
			 me->rcv, seg, n, NULL, 0);
		me->nxt += n;
		peer->rcv = me->nxt;
		if (++t->since_ack >= 2 || (last && ack_end)) {
			tcp_ack(t, !dir);
			t->since_ack = 0;
		}
	}
	return msg_left(&me->m) == 0;
}

static const char *hostnames[] = {
	"www.example.com", "api.example.org", "cdn.wikipedia.org",
	"static.github.com", "assets.cloudflare.net", "img.akamaiedge.net",
	"storage.googleapis.com", "s3.amazonaws.com", "deb.debian.org",
	"www.kernel.org", "download.mozilla.net", "edge-01.fastly.net",
	"login.office365.com", "updates.apple.com", "archive.ubuntu.com",
	"registry.npmjs.org", "files.pypi.org", "fonts.gstatic.com",
	"ad.doubleclick.net", "a.slack-edge.com",
};
#define NHOSTNAMES (sizeof hostnames / sizeof hostnames[0])

static void http_request(struct tcp *t)
{
	char h[1024];
	int n, post = chance(1000);
	uint64_t body = post ? logu(100, 40000) : 0;
	static const char *paths[] = {
		"/", "/index.html", "/api/v1/items/%u", "/static/js/app.%x.js",
		"/images/photo-%u.jpg", "/favicon.ico", "/search?q=pcap&page=%u",
		"/v2/library/debian/manifests/%u",
	};
	char path[96];
	snprintf(path, sizeof path, paths[rndn(8)], rnd32() % 100000);
	if (post)
		n = snprintf(h, sizeof h,
			     "POST %s HTTP/1.1\r\nHost: %s\r\n"
			     "User-Agent: python-requests/2.31.0\r\n"
			     "Accept-Encoding: gzip, deflate\r\nAccept: */*\r\n"
			     "Connection: keep-alive\r\n"
			     "Content-Type: application/x-www-form-urlencoded\r\n"
			     "Content-Length: %llu\r\n\r\n",
			     path, hostnames[rndn(NHOSTNAMES)],
			     (unsigned long long)body);
	else
		n = snprintf(h, sizeof h,
			     "GET %s HTTP/1.1\r\nHost: %s\r\n"
			     "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:119.0) "
			     "Gecko/20100101 Firefox/119.0\r\n"
			     "Accept: text/html,application/xhtml+xml,"
			     "application/xml;q=0.9,*/*;q=0.8\r\n"
			     "Accept-Language: en-US,en;q=0.5\r\n"
			     "Accept-Encoding: gzip, deflate\r\n"
			     "Connection: keep-alive\r\n\r\n",
			     path, hostnames[rndn(NHOSTNAMES)]);
	msg_set(&t->sd[0].m, h, (size_t)n, body, 0);
}

static void http_response(struct tcp *t)
{
	char h[1024], date[64];
	time_t now = (time_t)(now_us / 1000000);
	struct tm tm;
	uint32_t r = rndn(100);
	uint64_t body;
	int bin = 0, n;
	const char *status, *ctype;
	gmtime_r(&now, &tm);
	strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", &tm);
	if (r < 10) {
		status = "304 Not Modified";
		ctype = NULL;
		body = 0;
	} else if (r < 15) {
		status = "404 Not Found";
		ctype = "text/html";
		body = 150 + rndn(300);
	} else if (r < 70) {
		status = "200 OK";
		ctype = chance(5000) ? "text/html; charset=utf-8" : "application/json";
		body = logu(200, 150000);
	} else {
		status = "200 OK";
		ctype = chance(5000) ? "image/jpeg" : "application/octet-stream";
		body = logu(1000, 2000000);
		bin = 1;
	}
	if (ctype)
		n = snprintf(h, sizeof h,
			     "HTTP/1.1 %s\r\nDate: %s\r\nServer: nginx/1.24.0\r\n"
			     "Content-Type: %s\r\nContent-Length: %llu\r\n"
			     "Connection: keep-alive\r\n"
			     "Cache-Control: max-age=3600\r\n\r\n",
			     status, date, ctype, (unsigned long long)body);
	else
		n = snprintf(h, sizeof h,
			     "HTTP/1.1 %s\r\nDate: %s\r\nServer: nginx/1.24.0\r\n"
			     "ETag: \"%08x-%04x\"\r\nConnection: keep-alive\r\n\r\n",
			     status, date, rnd32(), rnd32() & 0xffff);
	msg_set(&t->sd[1].m, h, (size_t)n, body, bin);
}

/* TLS-like opaque exchange: a 5-byte record header and random bytes */
static void tls_msg(struct tcp *t, int dir)
{
	uint8_t h[5];
	uint64_t len;
	if (t->nreq == 0)
		len = dir == 0 ? 512 : 2000 + rndn(3000);
	else
		len = dir == 0 ? logu(100, 30000) : logu(200, 3000000);
	h[0] = t->nreq == 0 ? 0x16 : 0x17;
	h[1] = 3;
	h[2] = t->nreq == 0 && dir == 0 ? 1 : 3;
	be16(h + 3, (uint32_t)(len > 16384 ? 16384 : len));
	msg_set(&t->sd[dir].m, (const char *)h, 5, len, 1);
}

static void tcp_new(struct tcp *t, struct host *c, struct host *s,
		    uint16_t sport, int bin)
{
	memset(t, 0, sizeof *t);
	t->sd[0].h = c;
	t->sd[1].h = s;
	t->sd[0].port = next_eport(c);
	t->sd[1].port = sport;
	t->sd[0].nxt = rnd32();
	t->sd[1].nxt = rnd32();
	t->ts = !c->winstyle;
	t->mss = (c->v6 ? 1440 : 1460) - (t->ts ? 12 : 0);
	t->sd[0].win = (uint16_t)(t->ts ? 501 + rndn(12) : 1026 + rndn(8) * 4);
	t->sd[1].win = (uint16_t)(t->ts ? 509 + rndn(40) : 8212);
	t->bin = bin;
	t->reqs = bin ? 2 + (int)rndn(5) : 1 + (chance(3000) ? (int)rndn(6) : 0);
	t->refuse = chance(300);
	t->synrtx = chance(100);
	t->st = T_SYN;
	n_sess_tcp++;
}

static void tcp_next_req(struct tcp *t)
{
	if (t->bin)
		tls_msg(t, 0);
	else
		http_request(t);
}

/* one step of a TCP session; returns 0 when it is over */
static int tcp_step(struct tcp *t)
{
	struct side *c = &t->sd[0], *s = &t->sd[1];
	switch (t->st) {
	case T_SYN:
		tcp_send(t, 0, F_SYN, c->nxt, 0, NULL, 0, NULL, 0);
		if (t->synrtx) {
			t->synrtx = 0;
			return 1;
		}
		c->nxt++;
		t->st = t->refuse ? T_REFUSED : T_SYNACK;
		return 1;
	case T_REFUSED:
		tcp_send(t, 1, F_RST | F_ACK, 0, c->nxt, NULL, 0, NULL, 0);
		return 0;
	case T_SYNACK:
		s->rcv = c->nxt;
		tcp_send(t, 1, F_SYN | F_ACK, s->nxt, s->rcv, NULL, 0, NULL, 0);
		s->nxt++;
		c->rcv = s->nxt;
		t->st = T_ACK;
		return 1;
	case T_ACK:
		tcp_ack(t, 0);
		tcp_next_req(t);
		t->st = T_REQ;
		return 1;
	case T_REQ:
		if (xfer(t, 0, 4, t->bin || chance(3000))) {
			if (t->bin)
				tls_msg(t, 1);
			else
				http_response(t);
			t->st = T_RESP;
		}
		return 1;
	case T_RESP:
		if (xfer(t, 1, 4, 1)) {
			t->nreq++;
			if (t->nreq < t->reqs) {
				tcp_next_req(t);
				t->st = T_REQ;
			} else {
				t->st = T_CLOSE;
			}
		}
		return 1;
	case T_CLOSE: {
		uint32_t r = rndn(10);
		if (r < 8) {
			int a = r < 6 ? 0 : 1;	/* who closes first */
			struct side *x = &t->sd[a], *y = &t->sd[!a];
			tcp_send(t, a, F_FIN | F_ACK, x->nxt, x->rcv, NULL, 0, NULL, 0);
			x->nxt++;
			y->rcv = x->nxt;
			tcp_send(t, !a, F_FIN | F_ACK, y->nxt, y->rcv, NULL, 0, NULL, 0);
			y->nxt++;
			x->rcv = y->nxt;
			tcp_ack(t, a);
		} else if (r == 8) {
			tcp_send(t, 0, F_RST | F_ACK, c->nxt, c->rcv, NULL, 0, NULL, 0);
		}
		return 0;			/* r == 9: left open */
	}
	}
	return 0;
}

/* ---- UDP, DNS ---------------------------------------------------------- */

static void udp_send(struct host *s, struct host *d, uint16_t sp, uint16_t dp,
		     const uint8_t *data, size_t dlen)
{
	size_t l4len = 8 + dlen, off;
	tick();
	off = put_l3(pkt, s, d, 17, l4len, 1);
	be16(pkt + off, sp);
	be16(pkt + off + 2, dp);
	be16(pkt + off + 4, (uint32_t)l4len);
	memcpy(pkt + off + 8, data, dlen);
	l4_csum(pkt, off, l4len, s->v6, 17, 6);
	write_pkt(pkt, off + l4len);
	if (s->v6)
		n_udp6++;
	else
		n_udp4++;
}

static size_t dns_name(uint8_t *p, const char *name)
{
	size_t n = 0;
	while (*name) {
		const char *dot = strchr(name, '.');
		size_t l = dot ? (size_t)(dot - name) : strlen(name);
		p[n++] = (uint8_t)l;
		memcpy(p + n, name, l);
		n += l;
		name += l;
		if (*name == '.')
			name++;
	}
	p[n++] = 0;
	return n;
}

struct dns {
	struct host *c, *s;
	uint16_t cport, id, qtype;
	int st, both;
	char name[128];
};

static uint8_t dnsbuf[1500];

static size_t dns_question(struct dns *d, uint8_t *p)
{
	size_t n = 12;
	n += dns_name(p + n, d->name);
	be16(p + n, d->qtype);
	be16(p + n + 2, 1);
	return n + 4;
}

static size_t dns_opt(uint8_t *p)
{
	p[0] = 0;
	be16(p + 1, 41);
	be16(p + 3, 1232);
	be32(p + 5, 0);
	be16(p + 9, 0);
	return 11;
}

static void dns_query(struct dns *d)
{
	size_t n;
	be16(dnsbuf, d->id);
	be16(dnsbuf + 2, 0x0100);
	be16(dnsbuf + 4, 1);
	be16(dnsbuf + 6, 0);
	be16(dnsbuf + 8, 0);
	be16(dnsbuf + 10, 1);
	n = dns_question(d, dnsbuf);
	n += dns_opt(dnsbuf + n);
	udp_send(d->c, d->s, d->cport, port_dns, dnsbuf, n);
	n_dns++;
}

static void dns_answer(struct dns *d)
{
	size_t n, rdlen = d->qtype == 28 ? 16 : 4;
	uint16_t an = 0, owner = 0xc00c;
	int nx = chance(400);
	be16(dnsbuf, d->id);
	be16(dnsbuf + 2, nx ? 0x8183 : 0x8180);
	be16(dnsbuf + 4, 1);
	be16(dnsbuf + 8, 0);
	be16(dnsbuf + 10, 1);
	n = dns_question(d, dnsbuf);
	if (!nx) {
		if (chance(3000)) {	/* a CNAME first */
			char target[160];
			size_t l;
			snprintf(target, sizeof target, "%s.cdn-%u.edgekey.net",
				 d->name, rndn(100));
			be16(dnsbuf + n, 0xc00c);
			be16(dnsbuf + n + 2, 5);
			be16(dnsbuf + n + 4, 1);
			be32(dnsbuf + n + 6, 60 + rndn(3600));
			l = dns_name(dnsbuf + n + 12, target);
			be16(dnsbuf + n + 10, (uint32_t)l);
			owner = (uint16_t)(0xc000 | (n + 12));
			n += 12 + l;
			an++;
		}
		int k = 1 + (int)rndn(4);
		for (int i = 0; i < k; i++) {
			be16(dnsbuf + n, owner);
			be16(dnsbuf + n + 2, d->qtype);
			be16(dnsbuf + n + 4, 1);
			be32(dnsbuf + n + 6, 30 + rndn(300));
			be16(dnsbuf + n + 10, (uint32_t)rdlen);
			if (rdlen == 4)
				memcpy(dnsbuf + n + 12, remote4[rndn(NREMOTE4)].a, 4);
			else
				memcpy(dnsbuf + n + 12, remote6[rndn(NREMOTE6)].a, 16);
			n += 12 + rdlen;
			an++;
		}
	}
	be16(dnsbuf + 6, an);
	n += dns_opt(dnsbuf + n);
	udp_send(d->s, d->c, port_dns, d->cport, dnsbuf, n);
	n_dns++;
}

static void dns_new(struct dns *d)
{
	int v6 = chance(2000);
	d->c = v6 ? &local6[rndn(NLOCAL6)] : &local4[rndn(NLOCAL4)];
	d->s = v6 ? &gw6 : (chance(7000) ? &gw4 : &remote4[rndn(16)]);
	d->cport = (uint16_t)(32768 + rndn(28232));
	d->id = (uint16_t)rnd32();
	d->qtype = 1;
	d->both = chance(4000);
	if (chance(2000))
		snprintf(d->name, sizeof d->name, "%s", hostnames[rndn(NHOSTNAMES)]);
	else
		snprintf(d->name, sizeof d->name, "h%u.%s", rndn(5000),
			 hostnames[rndn(NHOSTNAMES)]);
	d->st = 0;
	n_sess_dns++;
}

static int dns_step(struct dns *d)
{
	switch (d->st++) {
	case 0:
		dns_query(d);
		return 1;
	case 1:
		dns_answer(d);
		if (!d->both)
			return 0;
		d->id = (uint16_t)rnd32();
		d->qtype = 28;
		return 1;
	case 2:
		dns_query(d);
		return 1;
	default:
		dns_answer(d);
		return 0;
	}
}

/* generic UDP flow: datagrams both ways */
struct uflow {
	struct host *c, *s;
	uint16_t cport;
	int left, up;
};

static void uflow_new(struct uflow *u)
{
	int v6 = chance(7000);
	u->c = v6 ? &local6[rndn(NLOCAL6)] : &local4[rndn(NLOCAL4)];
	u->s = v6 ? &remote6[rndn(NREMOTE6)] : &remote4[rndn(NREMOTE4)];
	u->cport = (uint16_t)(32768 + rndn(28232));
	u->left = 4 + (int)rndn(60);
	u->up = chance(3000);
	n_sess_udp++;
}

static int uflow_step(struct uflow *u)
{
	int k = 1 + (int)rndn(3);
	for (int i = 0; i < k && u->left > 0; i++, u->left--) {
		int toserver = chance(u->up ? 7000 : 3000);
		size_t len = chance(5000) ? 20 + rndn(180) : 1200 + rndn(150);
		memcpy(seg, binpool + rndn(POOLSZ), len);
		seg[0] = (uint8_t)(0x40 | (seg[0] & 0x3f));
		if (toserver)
			udp_send(u->c, u->s, u->cport, port_udp, seg, len);
		else
			udp_send(u->s, u->c, port_udp, u->cport, seg, len);
	}
	return u->left > 0;
}

/* ---- ICMP echo --------------------------------------------------------- */

struct ping {
	struct host *a, *b;
	uint16_t id, seq;
	int left, st, lost;
};

static void ping_new(struct ping *p)
{
	int v6 = chance(3000);
	p->a = v6 ? &local6[rndn(NLOCAL6)] : &local4[rndn(NLOCAL4)];
	p->b = v6 ? &remote6[rndn(NREMOTE6)] : &remote4[rndn(NREMOTE4)];
	p->id = (uint16_t)rnd32();
	p->seq = 1;
	p->left = 1 + (int)rndn(4);
	p->st = 0;
	p->lost = chance(500);
	n_sess_icmp++;
}

static void icmp_send(struct host *s, struct host *d, int reply,
		      uint16_t id, uint16_t sq)
{
	size_t l4len = 64, off;
	uint8_t *ic;
	tick();
	off = put_l3(pkt, s, d, s->v6 ? 58 : 1, l4len, 1);
	ic = pkt + off;
	if (s->v6)
		ic[0] = reply ? 129 : 128;
	else
		ic[0] = reply ? 0 : 8;
	ic[1] = 0;
	be16(ic + 2, 0);
	be16(ic + 4, id);
	be16(ic + 6, sq);
	le32(ic + 8, (uint32_t)(now_us / 1000000));
	le32(ic + 12, 0);
	le32(ic + 16, (uint32_t)(now_us % 1000000));
	le32(ic + 20, 0);
	for (int i = 24; i < 64; i++)
		ic[i] = (uint8_t)(i - 8);
	if (s->v6) {
		l4_csum(pkt, off, l4len, 1, 58, 2);
		n_icmp6++;
	} else {
		be16(ic + 2, fold(sum16(0, ic, l4len)));
		n_icmp++;
	}
	write_pkt(pkt, off + l4len);
}

static int ping_step(struct ping *p)
{
	if (p->st == 0) {
		icmp_send(p->a, p->b, 0, p->id, p->seq);
		p->st = 1;
		if (p->lost) {
			p->lost = 0;
			p->st = 0;
			p->seq++;
		}
		return 1;
	}
	icmp_send(p->b, p->a, 1, p->id, p->seq);
	p->st = 0;
	p->seq++;
	return --p->left > 0;
}

/* ---- ARP --------------------------------------------------------------- */

struct arp {
	struct host *a, *b;
	int st;
};

static void arp_new(struct arp *r)
{
	r->a = &local4[rndn(240)];
	r->b = chance(5000) ? &gw4 : &local4[rndn(240)];
	if (r->b == r->a)
		r->b = &gw4;
	r->st = 0;
	n_sess_arp++;
}

static void arp_send(struct host *s, struct host *d, int reply)
{
	uint8_t *a = pkt + 14;
	tick();
	memcpy(pkt, reply ? d->mac : bcast, 6);
	memcpy(pkt + 6, s->mac, 6);
	be16(pkt + 12, 0x0806);
	be16(a, 1);
	be16(a + 2, 0x0800);
	a[4] = 6;
	a[5] = 4;
	be16(a + 6, reply ? 2 : 1);
	memcpy(a + 8, s->mac, 6);
	memcpy(a + 14, s->a, 4);
	if (reply)
		memcpy(a + 18, d->mac, 6);
	else
		memset(a + 18, 0, 6);
	memcpy(a + 24, d->a, 4);
	write_pkt(pkt, 42);
	n_arp++;
}

static int arp_step(struct arp *r)
{
	if (r->st++ == 0) {
		arp_send(r->a, r->b, 0);
		return !chance(1000);
	}
	arp_send(r->b, r->a, 1);
	return 0;
}

/* ---- everyday mode ----------------------------------------------------- */

enum { S_TCP, S_DNS, S_PING, S_ARP, S_UDP };

struct sess {
	int kind;
	union {
		struct tcp t;
		struct dns d;
		struct ping p;
		struct arp a;
		struct uflow u;
	} u;
};

#define NACTIVE 48

static void sess_new(struct sess *s)
{
	uint32_t r = rndn(100);
	if (r < 52) {
		int v6 = r >= 40, bin = r >= 25 && r < 40 ? 1 : (v6 && r >= 46);
		struct host *c = v6 ? &local6[rndn(NLOCAL6)] : &local4[rndn(NLOCAL4)];
		struct host *sv = v6 ? &remote6[rndn(NREMOTE6)]
				     : &remote4[rndn(NREMOTE4)];
		s->kind = S_TCP;
		tcp_new(&s->u.t, c, sv, bin ? port_tls : port_http, bin);
	} else if (r < 80) {
		s->kind = S_DNS;
		dns_new(&s->u.d);
	} else if (r < 87) {
		s->kind = S_PING;
		ping_new(&s->u.p);
	} else if (r < 92) {
		s->kind = S_ARP;
		arp_new(&s->u.a);
	} else {
		s->kind = S_UDP;
		uflow_new(&s->u.u);
	}
}

static int sess_step(struct sess *s)
{
	switch (s->kind) {
	case S_TCP: return tcp_step(&s->u.t);
	case S_DNS: return dns_step(&s->u.d);
	case S_PING: return ping_step(&s->u.p);
	case S_ARP: return arp_step(&s->u.a);
	default: return uflow_step(&s->u.u);
	}
}

static void everyday(uint64_t target)
{
	static struct sess act[NACTIVE];
	gap_us = 400;
	for (int i = 0; i < NACTIVE; i++)
		sess_new(&act[i]);
	while (out_bytes < target) {
		struct sess *s = &act[rndn(NACTIVE)];
		if (!sess_step(s))
			sess_new(s);
	}
}

/* ---- many-hosts mode --------------------------------------------------- */

/*
 * The n-th distinct source address.  By default public unicast addresses
 * from all over the space (x -> x * odd + c, then xorshift, is a bijection
 * on 32 bits, so no address repeats); with -a 10net all sources are in
 * 10.0.0.0/8, which tcpdump's address cache (hashed on the low 12 bits of
 * the address as stored, i.e. on the first octet and a half) handles in
 * quadratic time: minutes for 300000 sources.
 */
static int src_10net;

static uint32_t many_src(uint32_t *ctr)
{
	for (;;) {
		uint32_t x = ++*ctr, a;
		if (src_10net)
			return 0x0a000000 | ((x * 2654435761u) & 0xffffff);
		x = x * 2654435761u + 0x6b43a9b5u;
		x ^= x >> 16;
		a = x;
		if ((a >> 24) == 0 || (a >> 24) == 10 || (a >> 24) == 127 ||
		    (a >> 24) >= 224 || (a >> 16) == 0xc0a8 ||
		    (a >> 20) == 0xac1 || (a & 0xff) == 0 || (a & 0xff) == 255)
			continue;
		return a;
	}
}

static void manyhosts(uint64_t conns)
{
	uint32_t ctr = 0;
	enum { W = 64, NSERV = 4 };
	static struct tcp fl[W];
	static struct host cl[W], sv[NSERV];
	int st[W], live = 0;
	uint64_t started = 0;

	gap_us = 60;
	for (int i = 0; i < NSERV; i++) {
		host_common(&sv[i], 0, 1);
		sv[i].winstyle = 0;
		set4(&sv[i], 0xc0a80a0a + (uint32_t)i);	/* 192.168.10.10.. */
	}
	for (int i = 0; i < W; i++)
		st[i] = -1;
	for (;;) {
		for (int i = 0; i < W && started < conns; i++) {
			if (st[i] >= 0)
				continue;
			host_common(&cl[i], 0, 0);
			set4(&cl[i], many_src(&ctr));
			tcp_new(&fl[i], &cl[i], &sv[rndn(NSERV)], port_http, 0);
			fl[i].refuse = 0;
			fl[i].synrtx = 0;
			st[i] = 0;
			started++;
			live++;
		}
		if (live == 0)
			break;
		int i = (int)rndn(W);
		if (st[i] < 0)
			continue;
		tcp_step(&fl[i]);
		if (++st[i] == 3) {
			st[i] = -1;
			live--;
		}
	}
}

/* ---- main -------------------------------------------------------------- */

static uint64_t parse_size(const char *s)
{
	char *end;
	uint64_t v = strtoull(s, &end, 10);
	switch (*end) {
	case 'k': case 'K': v *= 1000; break;
	case 'm': case 'M': v *= 1000000; break;
	case 'g': case 'G': v *= 1000000000; break;
	case 0: break;
	default: die("bad size");
	}
	return v;
}

static void usage(void)
{
	fprintf(stderr, "usage: gen -o FILE [-m everyday|manyhosts] [-b SIZE] "
		"[-c CONNS] [-a public|10net] [-p neutral|real] [-s SEED]\n");
	exit(2);
}

int main(int argc, char **argv)
{
	const char *file = NULL, *mode = "everyday";
	uint64_t size = 40000000, conns = 300000, seed = 1;
	uint8_t gh[24];
	static char obuf[1 << 20];

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (a[0] != '-' || !a[1] || a[2] || !v)
			usage();
		switch (a[1]) {
		case 'o': file = v; break;
		case 'm': mode = v; break;
		case 'b': size = parse_size(v); break;
		case 'c': conns = parse_size(v); break;
		case 's': seed = strtoull(v, NULL, 10); break;
		case 'a':
			if (!strcmp(v, "10net"))
				src_10net = 1;
			else if (strcmp(v, "public"))
				usage();
			break;
		case 'p':
			if (!strcmp(v, "real"))
				real_ports = 1;
			else if (strcmp(v, "neutral"))
				usage();
			break;
		default: usage();
		}
		i++;
	}
	if (!file || (strcmp(mode, "everyday") && strcmp(mode, "manyhosts")))
		usage();
	port_http = real_ports ? 80 : 8000;
	port_tls = real_ports ? 443 : 8443;
	port_dns = real_ports ? 53 : 5300;
	port_udp = real_ports ? 443 : 7777;

	out = fopen(file, "wb");
	if (!out)
		die("cannot open output");
	setvbuf(out, obuf, _IOFBF, sizeof obuf);
	le32(gh, 0xa1b2c3d4);
	le16(gh + 4, 2);
	le16(gh + 6, 4);
	le32(gh + 8, 0);
	le32(gh + 12, 0);
	le32(gh + 16, 262144);
	le32(gh + 20, 1);
	if (fwrite(gh, 1, 24, out) != 24)
		die("write failed");
	out_bytes = 24;

	seed_rng(seed);
	now_us = 1700000000ull * 1000000 + 123456;	/* 2023-11-14 22:13:20 UTC */
	make_hosts();
	make_pools();
	if (!strcmp(mode, "everyday"))
		everyday(size);
	else
		manyhosts(conns);
	if (fclose(out) != 0)
		die("write failed");

	printf("mode=%s ports=%s seed=%llu packets=%llu bytes=%llu "
	       "tcp4=%llu tcp6=%llu udp4=%llu udp6=%llu dns=%llu icmp=%llu "
	       "icmp6=%llu arp=%llu tcp_conns=%llu dns_sessions=%llu "
	       "pings=%llu arps=%llu udp_flows=%llu seconds=%llu\n",
	       mode, real_ports ? "real" : "neutral", (unsigned long long)seed,
	       (unsigned long long)npkts, (unsigned long long)out_bytes,
	       (unsigned long long)n_tcp4, (unsigned long long)n_tcp6,
	       (unsigned long long)n_udp4, (unsigned long long)n_udp6,
	       (unsigned long long)n_dns, (unsigned long long)n_icmp,
	       (unsigned long long)n_icmp6, (unsigned long long)n_arp,
	       (unsigned long long)n_sess_tcp, (unsigned long long)n_sess_dns,
	       (unsigned long long)n_sess_icmp, (unsigned long long)n_sess_arp,
	       (unsigned long long)n_sess_udp,
	       (unsigned long long)(now_us / 1000000 - 1700000000ull));
	return 0;
}
