/*
 * names.c - name lookups for output without -n; see names.h.
 */
#include <sys/socket.h>
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"

struct portname {
	uint16_t	 port;
	char		*name;
};

struct hostname {
	uint8_t		 addr[16];
	uint8_t		 v6;
	uint8_t		 used;
	char		*name;		/* NULL: looked up, has none */
};

struct names {
	struct portname	*tcp, *udp;
	size_t		 ntcp, nudp;
	char		*proto[256];
	uint8_t		 proto_done[256];
	struct hostname	 host[NAMES_HOSTS];
};

static int
by_port(const void *a, const void *b)
{
	const struct portname *x = a, *y = b;

	return (int)x->port - (int)y->port;
}

/* Keep the first entry of each port, as tcpdump's hash chains do. */
static size_t
dedupe(struct portname *v, size_t n)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i++) {
		if (k > 0 && v[k - 1].port == v[i].port) {
			free(v[i].name);
			continue;
		}
		v[k++] = v[i];
	}
	return k;
}

/* A stable sort: insertion order decides between equal ports. */
static void
sort_ports(struct portname *v, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		struct portname t = v[i];
		size_t j = i;
		while (j > 0 && by_port(&v[j - 1], &t) > 0) {
			v[j] = v[j - 1];
			j--;
		}
		v[j] = t;
	}
}

struct names *
names_new(void)
{
	struct names *nm = calloc(1, sizeof(*nm));
	size_t cap_t = 0, cap_u = 0;
	struct servent *sv;

	if (nm == NULL)
		return NULL;
	setservent(1);
	while ((sv = getservent()) != NULL) {
		struct portname **v;
		size_t *n, *cap;

		if (strcmp(sv->s_proto, "tcp") == 0) {
			v = &nm->tcp;
			n = &nm->ntcp;
			cap = &cap_t;
		} else if (strcmp(sv->s_proto, "udp") == 0) {
			v = &nm->udp;
			n = &nm->nudp;
			cap = &cap_u;
		} else
			continue;
		if (*n == *cap) {
			size_t want = *cap ? *cap * 2 : 256;
			struct portname *p = realloc(*v, want * sizeof(**v));
			if (p == NULL)
				break;
			*v = p;
			*cap = want;
		}
		(*v)[*n].port = ntohs((uint16_t)sv->s_port);
		(*v)[*n].name = strdup(sv->s_name);
		if ((*v)[*n].name == NULL)
			break;
		(*n)++;
	}
	endservent();
	sort_ports(nm->tcp, nm->ntcp);
	sort_ports(nm->udp, nm->nudp);
	nm->ntcp = dedupe(nm->tcp, nm->ntcp);
	nm->nudp = dedupe(nm->udp, nm->nudp);
	return nm;
}

void
names_free(struct names *nm)
{
	if (nm == NULL)
		return;
	for (size_t i = 0; i < nm->ntcp; i++)
		free(nm->tcp[i].name);
	for (size_t i = 0; i < nm->nudp; i++)
		free(nm->udp[i].name);
	for (size_t i = 0; i < 256; i++)
		free(nm->proto[i]);
	for (size_t i = 0; i < NAMES_HOSTS; i++)
		free(nm->host[i].name);
	free(nm->tcp);
	free(nm->udp);
	free(nm);
}

static const char *
find_port(const struct portname *v, size_t n, uint16_t port)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid].port == port)
			return v[mid].name;
		if (v[mid].port < port)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const char *
names_tcpport(struct names *nm, uint16_t port)
{
	return find_port(nm->tcp, nm->ntcp, port);
}

const char *
names_udpport(struct names *nm, uint16_t port)
{
	return find_port(nm->udp, nm->nudp, port);
}

/* tcpdump's netdb_protoname(): getprotobynumber(3), remembered. */
const char *
names_proto(struct names *nm, uint8_t p)
{
	if (!nm->proto_done[p]) {
		struct protoent *pe = getprotobynumber(p);
		nm->proto_done[p] = 1;
		if (pe != NULL)
			nm->proto[p] = strdup(pe->p_name);
	}
	return nm->proto[p];
}

const char *
names_host(struct names *nm, int v6, const uint8_t *addr)
{
	size_t alen = v6 ? 16 : 4;
	uint32_t h = 2166136261u;
	struct hostname *e;
	char host[NI_MAXHOST];
	union {
		struct sockaddr_in	 in;
		struct sockaddr_in6	 in6;
	} sa;
	socklen_t salen;

	for (size_t i = 0; i < alen; i++)
		h = (h ^ addr[i]) * 16777619u;
	e = &nm->host[h % NAMES_HOSTS];
	if (e->used && e->v6 == v6 && memcmp(e->addr, addr, alen) == 0)
		return e->name;
	/* a miss: replace what the slot held */
	free(e->name);
	e->name = NULL;
	e->used = 1;
	e->v6 = (uint8_t)v6;
	memset(e->addr, 0, sizeof(e->addr));
	memcpy(e->addr, addr, alen);
	memset(&sa, 0, sizeof(sa));
	if (v6) {
		sa.in6.sin6_family = AF_INET6;
		memcpy(&sa.in6.sin6_addr, addr, 16);
		salen = sizeof(sa.in6);
	} else {
		sa.in.sin_family = AF_INET;
		memcpy(&sa.in.sin_addr, addr, 4);
		salen = sizeof(sa.in);
	}
	if (getnameinfo((struct sockaddr *)&sa, salen, host, sizeof(host),
	    NULL, 0, NI_NAMEREQD) == 0)
		e->name = strdup(host);
	return e->name;
}
