/*
 * main.c - options (getopt_long) and the read-print loop.
 *
 * pcapcat reads one capture and prints each packet as `tcpdump -n -r`
 * prints it.  Everything per packet goes into one output buffer that is
 * written in large blocks; stderr gets tcpdump's "reading from file" line
 * and, on a bad file, one message after every good packet was printed.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "linktype.h"
#include "names.h"
#include "pcapcat.h"
#include "print.h"
#include "reader.h"
#include "tcpseq.h"

enum {
	OPT_VERSION = 256,
	OPT_MICRO,
	OPT_NANO,
	OPT_TSPREC,
};

static const struct option longopts[] = {
	{ "count", required_argument, NULL, 'c' },
	{ "help", no_argument, NULL, 'h' },
	{ "micro", no_argument, NULL, OPT_MICRO },
	{ "nano", no_argument, NULL, OPT_NANO },
	{ "number", no_argument, NULL, '#' },
	{ "time-stamp-precision", required_argument, NULL, OPT_TSPREC },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ NULL, 0, NULL, 0 }
};

static void
usage(FILE *f)
{
	fprintf(f,
	    "pcapcat version " PCAPCAT_VERSION "\n"
	    "Usage: pcapcat [-AehKlnqStUvxX#] [-c count] [-r file] "
	    "[-s snaplen]\n"
	    "\t\t[--micro] [--nano] [--number] "
	    "[--time-stamp-precision precision]\n"
	    "\t\t[--help] [--version]\n");
}

static void
fatal(const char *fmt, const char *arg)
{
	fprintf(stderr, "pcapcat: ");
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	exit(1);
}

/* A count for -c or -s: a positive int, as tcpdump takes it. */
static long
parse_count(const char *s, const char *what)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v <= 0 || v > INT_MAX)
		fatal(what, s);
	return v;
}

int
main(int argc, char *argv[])
{
	struct out out;
	struct tcpseq seq;
	struct reader rd;
	struct record rec;
	struct ctx c;
	const struct linktype *lt;
	const char *file = NULL;
	long count = 0;
	uint64_t n = 0;
	int ch, rc, status = 0;

	memset(&c, 0, sizeof(c));
	c.lt_dlt = -1;
	while ((ch = getopt_long(argc, argv, "#AKSUXc:ehlnqr:s:tvx", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case '#':
			c.opt.number = 1;
			break;
		case 'A':
			c.opt.Aflag++;
			break;
		case 'K':
			c.opt.Kflag = 1;
			break;
		case 'S':
			c.opt.Sflag = 1;
			break;
		case 'U':
		case 'l':
			out.eager = 1;	/* set again after out_init */
			c.opt.eager = 1;
			break;
		case 'X':
			c.opt.Xflag++;
			break;
		case 'c':
			count = parse_count(optarg, "invalid packet count %s");
			break;
		case 'e':
			c.opt.eflag = 1;
			break;
		case 'h':
			usage(stdout);
			return 0;
		case 'n':
			c.opt.nflag = 1;
			break;
		case 'q':
			c.opt.qflag++;
			break;
		case 'r':
			file = optarg;
			break;
		case 's':
			/* reading a file, tcpdump takes -s and changes nothing */
			(void)parse_count(optarg, "invalid snaplen %s");
			break;
		case 't':
			c.opt.tflag++;
			break;
		case 'v':
			c.opt.vflag++;
			break;
		case 'x':
			c.opt.xflag++;
			break;
		case OPT_MICRO:
			c.opt.nano = 0;
			break;
		case OPT_NANO:
			c.opt.nano = 1;
			break;
		case OPT_TSPREC:
			if (strcmp(optarg, "micro") == 0)
				c.opt.nano = 0;
			else if (strcmp(optarg, "nano") == 0)
				c.opt.nano = 1;
			else
				fatal("unsupported time stamp precision %s",
				    optarg);
			break;
		case OPT_VERSION:
			printf("pcapcat version " PCAPCAT_VERSION "\n");
			return 0;
		default:
			usage(stderr);
			return 1;
		}
	}
	if (optind < argc) {
		/* filter expressions are not supported yet */
		fprintf(stderr, "pcapcat: filter expressions are not "
		    "supported: %s\n", argv[optind]);
		return 1;
	}
	if (file == NULL) {
		fprintf(stderr, "pcapcat: no capture to read: use -r file "
		    "(or -r - for standard input)\n");
		usage(stderr);
		return 1;
	}
	if (c.opt.tflag > 5)
		c.opt.tflag = 5;
	/*
	 * tcpdump: no hex dump of undecoded payloads under -x/-X or -q; -A
	 * leaves it (the ASCII dump then follows it)
	 */
	c.opt.suppress_default_print = c.opt.xflag || c.opt.Xflag ||
	    c.opt.qflag;
	/* tzset() once: localtime_r() then never looks at the zone again */
	tzset();

	if (reader_open(&rd, file) != 0) {
		if (rd.where[0] != '\0')
			fprintf(stderr, "pcapcat: %s (%s: %s)\n", rd.err,
			    file, rd.where);
		else
			fprintf(stderr, "pcapcat: %s\n", rd.err);
		reader_close(&rd);
		return 1;
	}
	if (out_init(&out, STDOUT_FILENO) != 0 || tcpseq_init(&seq) != 0) {
		fprintf(stderr, "pcapcat: out of memory\n");
		return 1;
	}
	out.eager = c.opt.eager;
	/* pcapng resolutions finer than ns round as libpcap's do for it */
	rd.want_nano = c.opt.nano;
	c.out = &out;
	c.tcpseq = &seq;
	print_init(&c);
	/* without -n, names as tcpdump prints them (names.h) */
	if (!c.opt.nflag && (c.names = names_new()) == NULL) {
		fprintf(stderr, "pcapcat: out of memory\n");
		return 1;
	}

	lt = linktype_find(rd.linktype);
	if (lt == NULL || lt->name == NULL)
		fprintf(stderr, "reading from file %s, link-type %u, "
		    "snapshot length %u\n", file, (unsigned)rd.linktype,
		    rd.snaplen);
	else
		fprintf(stderr, "reading from file %s, link-type %s (%s), "
		    "snapshot length %u\n", file, lt->name, lt->description,
		    rd.snaplen);
	/* tcpdump: a v2 cooked capture names interfaces by this machine's
	 * index table, so it warns */
	if (rd.linktype == 276)
		fprintf(stderr, "Warning: interface names might be incorrect\n");

	while ((count == 0 || (long)n < count) &&
	    (rc = reader_next(&rd, &rec)) == 1) {
		n++;
		print_packet(&c, &rec, n);
	}
	if ((count == 0 || (long)n < count) && rc < 0) {
		out_flush(&out);
		fprintf(stderr, "pcapcat: %s (%s: %s)\n", rd.err, file,
		    rd.where);
		status = 1;
	}
	out_flush(&out);
	if (out.err != 0) {
		fprintf(stderr, "pcapcat: error writing standard output: "
		    "%s\n", strerror(out.err));
		status = 1;
	}
	reader_close(&rd);
	tcpseq_free(&seq);
	names_free(c.names);
	out_free(&out);
	return status;
}
