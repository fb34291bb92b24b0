/*
 * test-names.c - unit test of the port and protocol names pcapcat prints
 * without -n: they must be the services database's first entry for each
 * port, which is what getservbyport(3) answers and what tcpdump prints.
 */
#include <arpa/inet.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>

#include "../../src/names.h"

int
main(void)
{
	struct names *nm = names_new();
	int failures = 0, named = 0;

	if (nm == NULL)
		return 1;
	for (unsigned port = 0; port < 65536; port++) {
		static const char *const protos[] = { "tcp", "udp" };
		for (int k = 0; k < 2; k++) {
			struct servent *sv = getservbyport(htons(port),
			    protos[k]);
			const char *got = k == 0 ?
			    names_tcpport(nm, (uint16_t)port) :
			    names_udpport(nm, (uint16_t)port);
			if (sv != NULL)
				named++;
			if ((sv == NULL) != (got == NULL) ||
			    (sv != NULL && strcmp(sv->s_name, got) != 0)) {
				fprintf(stderr, "%s port %u: got %s, want %s\n",
				    protos[k], port, got ? got : "(none)",
				    sv ? sv->s_name : "(none)");
				failures++;
			}
		}
	}
	{
		struct protoent *pe = getprotobynumber(6);
		const char *got = names_proto(nm, 6);
		if ((pe == NULL) != (got == NULL) ||
		    (pe != NULL && strcmp(pe->p_name, got) != 0)) {
			fprintf(stderr, "protocol 6: got %s\n", got ? got : "-");
			failures++;
		}
	}
	names_free(nm);
	if (named == 0)
		fprintf(stderr, "test-names: no services database here; "
		    "only the absence of names was checked\n");
	return failures != 0;
}
