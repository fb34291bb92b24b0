/*
 * print-rx.c - Rx, the RPC of AFS over UDP ports 7000-7009, as tcpdump
 * 4.99's print-rx.c prints it: the Rx header ("rx data", "rx ack", and
 * at -v the sequence numbers, at -vv the call and the flags), then for the
 * first packet of a call the service, the operation and its arguments, and
 * for the first packet of a reply the operation of the call it answers,
 * which only a table of remembered calls can tell (print-rx.h).
 *
 * tcpdump decodes each operation's arguments with a switch of macro calls;
 * here each operation has a row with its name and a short description of
 * its arguments (see args_print()), so the services are tables.
 */
#include <string.h>
#include <time.h>

#include "print.h"
#include "print-rx.h"

#define RX_HDRLEN	28	/* sizeof(struct rx_header) */

/* Rx header offsets */
#define RXH_CID		4
#define RXH_CALL	8
#define RXH_SEQ		12
#define RXH_SERIAL	16
#define RXH_TYPE	20
#define RXH_FLAGS	21
#define RXH_SECINDEX	23
#define RXH_SERVICE	26

#define RX_DATA		1
#define RX_ACK		2
#define RX_ABORT	4

#define RX_CLIENT_INITIATED	1

static const struct tok rx_types[] = {
	{ 1, "data" }, { 2, "ack" }, { 3, "busy" }, { 4, "abort" },
	{ 5, "ackall" }, { 6, "challenge" }, { 7, "response" },
	{ 8, "debug" }, { 9, "params" }, { 13, "version" },
	{ 0, NULL },
};

/* Flags, in tcpdump's order; some only mean something in one type. */
static const struct {
	uint8_t		 flag;
	uint8_t		 type;		/* 0: any */
	const char	*name;
} rx_flags[] = {
	{ 1,	0,	"client-init" },
	{ 2,	0,	"req-ack" },
	{ 4,	0,	"last-pckt" },
	{ 8,	0,	"more-pckts" },
	{ 16,	0,	"free-pckt" },
	{ 32,	RX_ACK,	"slow-start" },
	{ 32,	RX_DATA, "jumbogram" },
};

static const struct tok rx_ack_reasons[] = {
	{ 1, "ack requested" }, { 2, "duplicate packet" },
	{ 3, "out of sequence" }, { 4, "exceeds window" },
	{ 5, "no buffer space" }, { 6, "ping" }, { 7, "ping response" },
	{ 8, "delay" }, { 9, "idle" },
	{ 0, NULL },
};

/* The file server's abort codes; -100 is compared as unsigned (sic). */
static const struct tok afs_fs_errors[] = {
	{ 101, "salvage volume" }, { 102, "no such vnode" },
	{ 103, "no such volume" }, { 104, "volume exist" },
	{ 105, "no service" }, { 106, "volume offline" },
	{ 107, "voline online" }, { 108, "diskfull" },
	{ 109, "diskquota exceeded" }, { 110, "volume busy" },
	{ 111, "volume moved" }, { 112, "AFS IO error" },
	{ 0xffffff9c, "restarting fileserver" },
	{ 0, NULL },
};

static const char *const voltype[] = { "read-write", "read-only", "backup" };

/*
 * An operation: its number, its name, and what its call and its reply
 * carry, in the little language of args_print():
 *
 *   word	printed as " word"
 *   %u %d %U	an unsigned, signed, 64-bit unsigned number
 *   %D		a date (local time)
 *   %F		a file id "fid volume/vnode/unique"
 *   %A		a StoreStatus record
 *   %V		a Ubik version "epoch.counter"
 *   %I		an AFS UUID
 *   %E		a destination server "server h:p:f"
 *   %s %p %l	a counted string of at most 256, 64, 65 bytes
 *   %L		a 65-character name stored one character per word
 *   %T		a volume type, printed only when it is known
 *   %X		an ACL
 *   %B %N %M	lists of file ids, of numbers, of 64-character names
 *   %C %R %O	lists of callbacks, of servers, of volumes
 *   %Q		opaque bytes, skipped
 *   %K		a word, read and ignored
 *   %G		the syncsite flag of a Ubik beacon
 *   %Y %Z %W	VLDB entries with 8 servers, 13 servers, 13 server UUIDs
 *
 * A NULL description prints nothing more.
 */
struct rx_op {
	uint32_t	 op;
	const char	*name;
	const char	*call;
	const char	*reply;
};

/* fsint/afsint.xg (tcpdump's fs_req and fs_print/fs_reply_print) */
static const struct rx_op fs_ops[] = {
	{ 130, "fetch-data", "%F offset %u length %u", NULL },
	{ 131, "fetch-acl", "%F", "%X" },
	{ 132, "fetch-status", "%F", NULL },
	{ 133, "store-data", "%F %A offset %u length %u flen %u", NULL },
	{ 134, "store-acl", "%F %X", NULL },
	{ 135, "store-status", "%F %A", NULL },
	{ 136, "remove-file", "%F %s", NULL },
	{ 137, "create-file", "%F %s %A", "new %F" },
	{ 138, "rename", "old %F %s new %F %s", NULL },
	{ 139, "symlink", "%F %s link to %s", NULL },
	{ 140, "link", "%F %s link to %F", NULL },
	{ 141, "makedir", "%F %s %A", "new %F" },
	{ 142, "rmdir", "%F %s", NULL },
	{ 143, "oldsetlock", "%F", NULL },
	{ 144, "oldextlock", "%F", NULL },
	{ 145, "oldrellock", "%F", NULL },
	{ 146, "get-stats", NULL, NULL },
	{ 147, "give-cbs", NULL, NULL },
	{ 148, "get-vlinfo", "%s", NULL },
	{ 149, "get-vlstats", "volid %u", NULL },
	{ 150, "set-vlstats", "volid %u", NULL },
	{ 151, "get-rootvl", NULL, "root volume %s" },
	{ 152, "check-token", NULL, NULL },
	{ 153, "get-time", NULL, "%D" },
	{ 154, "nget-vlinfo", "volname %s", NULL },
	{ 155, "bulk-stat", "%B", NULL },
	{ 156, "setlock", "%F", NULL },
	{ 157, "extlock", "%F", NULL },
	{ 158, "rellock", "%F", NULL },
	{ 159, "xstat-ver", NULL, NULL },
	{ 160, "get-xstat", NULL, NULL },
	{ 161, "dfs-lookup", NULL, NULL },
	{ 162, "dfs-flushcps", NULL, NULL },
	{ 163, "dfs-symlink", NULL, NULL },
	{ 220, "residency", NULL, NULL },
	{ 65536, "inline-bulk-status", "%B", NULL },
	{ 65537, "fetch-data-64", "%F offset %U length %U", NULL },
	{ 65538, "store-data-64", "%F %A offset %U length %U flen %U", NULL },
	{ 65539, "give-up-all-cbs", NULL, NULL },
	{ 65540, "get-caps", NULL, NULL },
	{ 65541, "cb-rx-conn-addr", "addr %u", NULL },
	{ 0, NULL, NULL, NULL },
};

/* fsint/afscbint.xg */
static const struct rx_op cb_ops[] = {
	{ 204, "callback", "%C", NULL },
	{ 205, "initcb", NULL, NULL },
	{ 206, "probe", NULL, NULL },
	{ 207, "getlock", NULL, NULL },
	{ 208, "getce", NULL, NULL },
	{ 209, "xstatver", NULL, NULL },
	{ 210, "getxstat", NULL, NULL },
	{ 211, "initcb2", NULL, NULL },
	{ 212, "whoareyou", NULL, NULL },
	{ 213, "initcb3", NULL, "%I" },
	{ 214, "probeuuid", "afsuuid %I", NULL },
	{ 215, "getsrvprefs", NULL, NULL },
	{ 216, "getcellservdb", NULL, NULL },
	{ 217, "getlocalcell", NULL, NULL },
	{ 218, "getcacheconf", NULL, NULL },
	{ 65536, "getce64", NULL, NULL },
	{ 65537, "getcellbynum", NULL, NULL },
	{ 65538, "tellmeaboutyourself", NULL, NULL },
	{ 0, NULL, NULL, NULL },
};

/* ptserver/ptint.xg */
static const struct rx_op pt_ops[] = {
	{ 500, "new-user", "%p id %d oldid %d", NULL },
	{ 501, "where-is-it", "id %d", NULL },
	{ 502, "dump-entry", "pos %d", NULL },
	{ 503, "add-to-group", "uid %d gid %d", NULL },
	{ 504, "name-to-id", "%M", "ids: %N" },
	{ 505, "id-to-name", "ids: %N", "%M" },
	{ 506, "delete", "id %d", NULL },
	{ 507, "remove-from-group", "uid %d gid %d", NULL },
	{ 508, "get-cps", "id %d", "%N" },
	{ 509, "new-entry", "%p flag %d oid %d", NULL },
	{ 510, "list-max", NULL, "maxuid %d maxgid %d" },
	{ 511, "set-max", "id %d gflag %d", NULL },
	{ 512, "list-entry", "id %d", NULL },
	{ 513, "change-entry", "id %d %p oldid %d newid %d", NULL },
	{ 514, "list-elements", "id %d", "%N" },
	{ 515, "same-mbr-of", "uid %d gid %d", NULL },
	{ 516, "set-fld-sentry", NULL, NULL },
	{ 517, "list-owned", "id %d", "%N" },
	{ 518, "get-cps2", "id %d", "%N" },
	{ 519, "get-host-cps", "id %d", "%N" },
	{ 520, "update-entry", "id %d %p", NULL },
	{ 521, "list-entries", NULL, NULL },
	{ 530, "list-super-groups", "id %d", NULL },
	{ 0, NULL, NULL, NULL },
};

/* vlserver/vldbint.xg */
static const struct rx_op vldb_ops[] = {
	{ 501, "create-entry", "%L", NULL },
	{ 502, "delete-entry", "volid %d %T", NULL },
	{ 503, "get-entry-by-id", "volid %d %T", "%Y" },
	{ 504, "get-entry-by-name", "%l", "%Y" },
	{ 505, "get-new-volume-id", "bump %d", "newvol %u" },
	{ 506, "replace-entry", "volid %d %T %L", NULL },
	{ 507, "update-entry", "volid %d %T", NULL },
	{ 508, "setlock", "volid %d %T", NULL },
	{ 509, "releaselock", "volid %d %T", NULL },
	{ 510, "list-entry", "index %d", "count %d nextindex %d %Y" },
	{ 511, "list-attrib", NULL, NULL },
	{ 512, "linked-list", NULL, NULL },
	{ 513, "get-stats", NULL, NULL },
	{ 514, "probe", NULL, NULL },
	{ 515, "get-addrs", NULL, NULL },
	{ 516, "change-addr", NULL, NULL },
	{ 517, "create-entry-n", "%L", NULL },
	{ 518, "get-entry-by-id-n", "volid %d %T", "%Z" },
	{ 519, "get-entry-by-name-n", "%l", "%Z" },
	{ 520, "replace-entry-n", "volid %d %T %L", NULL },
	{ 521, "list-entry-n", "index %d", "count %d nextindex %d %Z" },
	{ 522, "list-attrib-n", NULL, NULL },
	{ 523, "linked-list-n", NULL, NULL },
	{ 524, "update-entry-by-name", "%l", NULL },
	{ 525, "create-entry-u", NULL, NULL },
	{ 526, "get-entry-by-id-u", NULL, "%W" },
	{ 527, "get-entry-by-name-u", "%l", "%W" },
	{ 528, "replace-entry-u", NULL, NULL },
	{ 529, "list-entry-u", NULL, "count %d nextindex %d %Z" },
	{ 530, "list-attrib-u", NULL, NULL },
	{ 531, "linked-list-u", NULL, NULL },
	{ 532, "regaddr", NULL, NULL },
	{ 533, "get-addrs-u", NULL, NULL },
	{ 534, "list-attrib-n2", NULL, NULL },
	{ 0, NULL, NULL, NULL },
};

/* kauth/kauth.rg: replies are not decoded */
static const struct rx_op kauth_ops[] = {
	{ 1, "auth-old", "principal %p %p", NULL },
	{ 21, "authenticate", "principal %p %p", NULL },
	{ 22, "authenticate-v2", "principal %p %p", NULL },
	{ 2, "change-pw", "principal %p %p", NULL },
	{ 3, "get-ticket-old", "kvno %d domain %p %Q principal %p %p", NULL },
	{ 23, "get-ticket", "kvno %d domain %p %Q principal %p %p", NULL },
	{ 4, "set-pw", "principal %p %p kvno %d", NULL },
	{ 5, "set-fields", "principal %p %p", NULL },
	{ 6, "create-user", "principal %p %p", NULL },
	{ 7, "delete-user", "principal %p %p", NULL },
	{ 8, "get-entry", "principal %p %p", NULL },
	{ 9, "list-entry", NULL, NULL },
	{ 10, "get-stats", NULL, NULL },
	{ 11, "debug", NULL, NULL },
	{ 12, "get-pw", "name %p", NULL },
	{ 13, "get-random-key", NULL, NULL },
	{ 14, "unlock", "principal %p %p", NULL },
	{ 15, "lock-status", "principal %p %p", NULL },
	{ 0, NULL, NULL, NULL },
};

#define VOL_STATUS	"volid %u nextuniq %u type %u parentid %u clone %u " \
	"backup %u restore %u maxquota %u minquota %u owner %u create %D " \
	"access %D update %D expire %D backup %D copy %D"

/* volser/volint.xg */
static const struct rx_op vol_ops[] = {
	{ 100, "create-volume", "partition %u name %s type %u parent %u",
	    "volid %u trans %u" },
	{ 101, "delete-volume", "trans %u", NULL },
	{ 102, "restore", "totrans %u flags %u", NULL },
	{ 103, "forward", "fromtrans %u fromdate %D %E desttrans %d", NULL },
	{ 104, "end-trans", "trans %u", "%u" },
	{ 105, "clone", "trans %u purgevol %u newtype %u newname %s",
	    "newvol %u" },
	{ 106, "set-flags", "trans %u flags %u", NULL },
	{ 107, "get-flags", "trans %u", "%u" },
	{ 108, "trans-create", "vol %u partition %u flags %u", "trans %u" },
	{ 109, "dump", "fromtrans %u fromdate %D", NULL },
	{ 110, "get-nth-volume", "index %u", "volume %u partition %u" },
	{ 111, "set-forwarding", "tid %u newsite %u", NULL },
	{ 112, "get-name", "tid", "%s" },
	{ 113, "get-status", "tid", VOL_STATUS },
	{ 114, "sig-restore", "name %s type %u pid %u cloneid %u", NULL },
	{ 115, "list-partitions", NULL, NULL },
	{ 116, "list-volumes", "partition %u flags %u", "%O" },
	{ 117, "set-id-types",
	    "tid %u name %s type %u pid %u clone %u backup %u", NULL },
	{ 118, "monitor", NULL, NULL },
	{ 119, "partition-info", "name %s", NULL },
	{ 120, "reclone", "tid %u", NULL },
	{ 121, "list-one-volume", "partid %u volid %u", "%O" },
	{ 122, "nuke", "partid %u volid %u", NULL },
	{ 123, "set-date", "tid %u date %D", NULL },
	{ 124, "x-list-volumes", "partid %u volid %u", NULL },
	{ 125, "x-list-one-volume", "partid %u volid %u", NULL },
	{ 126, "set-info", "tid %u", NULL },
	{ 127, "x-list-partitions", NULL, NULL },
	{ 128, "forward-multiple", "fromtrans %u fromdate %D %R", NULL },
	{ 65536, "convert-ro", "partid %u volid %u", NULL },
	{ 65537, "get-size", NULL, NULL },
	{ 65538, "dump-v2", "fromtrans %u fromdate %D flags %u", NULL },
	/* tcpdump decodes "get-size" under a mistyped number (sic) */
	{ 655537, NULL, "fromtrans %u fromdate %D", NULL },
	{ 0, NULL, NULL, NULL },
};

/* bozo/bosint.xg: replies are not decoded */
static const struct rx_op bos_ops[] = {
	{ 80, "create-bnode", "type %s instance %s", NULL },
	{ 81, "delete-bnode", "%s", NULL },
	{ 82, "set-status", "%s status %d", NULL },
	{ 83, "get-status", "%s", NULL },
	{ 84, "enumerate-instance", "%d", NULL },
	{ 85, "get-instance-info", "%s", NULL },
	{ 86, "get-instance-parm", "%s num %d", NULL },
	{ 87, "add-superuser", "%s", NULL },
	{ 88, "delete-superuser", "%s", NULL },
	{ 89, "list-superusers", "%d", NULL },
	{ 90, "list-keys", "%d", NULL },
	{ 91, "add-key", "%d", NULL },
	{ 92, "delete-key", "%d", NULL },
	{ 93, "set-cell-name", "%s", NULL },
	{ 94, "get-cell-name", NULL, NULL },
	{ 95, "get-cell-host", "%d", NULL },
	{ 96, "add-cell-host", "%s", NULL },
	{ 97, "delete-cell-host", "%s", NULL },
	{ 98, "set-t-status", "%s status %d", NULL },
	{ 99, "shutdown-all", NULL, NULL },
	{ 100, "restart-all", NULL, NULL },
	{ 101, "startup-all", NULL, NULL },
	{ 102, "set-noauth-flag", NULL, NULL },
	{ 103, "re-bozo", NULL, NULL },
	{ 104, "restart", "%s", NULL },
	{ 105, "start-bozo-install", "%s size %d flags %d date %d", NULL },
	{ 106, "uninstall", "%s", NULL },
	{ 107, "get-dates", NULL, NULL },
	{ 108, "exec", "%s", NULL },
	{ 109, "prune", NULL, NULL },
	{ 110, "set-restart-time", NULL, NULL },
	{ 111, "get-restart-time", NULL, NULL },
	{ 112, "start-bozo-log", "%s", NULL },
	{ 113, "wait-all", NULL, NULL },
	{ 114, "get-instance-strings", "%s", NULL },
	{ 115, "get-restricted", NULL, NULL },
	{ 116, "set-restricted", NULL, NULL },
	{ 0, NULL, NULL, NULL },
};

/* ubik/ubik_int.xg, spoken by the replicated database servers */
static const struct rx_op ubik_ops[] = {
	{ 10000, "vote-beacon", "%G votestart %D dbversion %V tid %V",
	    "vote no" },
	{ 10001, "vote-debug-old", NULL, NULL },
	{ 10002, "vote-sdebug-old", NULL, NULL },
	{ 10003, "vote-getsyncsite", "site %u", NULL },
	{ 10004, "vote-debug", NULL, NULL },
	{ 10005, "vote-sdebug", NULL, NULL },
	{ 10006, "vote-xdebug", NULL, NULL },
	{ 10007, "vote-xsdebug", NULL, NULL },
	{ 20000, "disk-begin", "tid %V", NULL },
	{ 20001, "disk-commit", "tid %V", NULL },
	{ 20002, "disk-lock", "tid %V file %d pos %d length %d %K", NULL },
	{ 20003, "disk-write", "tid %V file %d pos %d", NULL },
	{ 20004, "disk-getversion", NULL, "dbversion %V" },
	{ 20005, "disk-getfile", "file %d", NULL },
	{ 20006, "disk-sendfile", "file %d length %d dbversion %V", NULL },
	{ 20007, "disk-abort", "tid %V", NULL },
	{ 20008, "disk-releaselocks", "tid %V", NULL },
	{ 20009, "disk-truncate", "tid %V file %d length %d", NULL },
	/* 20010 and 20012 are decoded as tcpdump does, off by one (sic) */
	{ 20010, "disk-probe", "tid %V", NULL },
	{ 20011, "disk-writev", NULL, NULL },
	{ 20012, "disk-interfaceaddr",
	    "tid %V oldversion %V newversion %V", NULL },
	{ 20013, "disk-setversion", NULL, NULL },
	{ 0, NULL, NULL, NULL },
};

/* How a service's replies that are not data are printed. */
enum rx_err { ERR_CODE, ERR_FS };

/* A service by its server's UDP port (tcpdump's *_RX_PORT). */
struct rx_service {
	uint16_t	 port;
	const char	*name;		/* also its " [|name]" */
	const struct rx_op *ops;
	int		 ubik;		/* speaks Ubik too */
	int		 reply_short;	/* replies need > 28 bytes, not >= */
	enum rx_err	 err;
};

static const struct rx_service rx_services[] = {
	{ 7000, "fs", fs_ops, 0, 1, ERR_FS },
	{ 7001, "cb", cb_ops, 0, 1, ERR_CODE },
	{ 7002, "pt", pt_ops, 1, 0, ERR_CODE },
	{ 7003, "vldb", vldb_ops, 1, 0, ERR_CODE },
	{ 7004, "kauth", kauth_ops, 1, 1, ERR_CODE },
	{ 7005, "vol", vol_ops, 0, 1, ERR_CODE },
	{ 7007, "bos", bos_ops, 0, 1, ERR_CODE },
	{ 0, NULL, NULL, 0, 0, ERR_CODE },
};

static const struct rx_service rx_ubik = {
	0, "ubik", ubik_ops, 0, 0, ERR_CODE
};

/* A reader over the Rx packet; getters jump out at the capture's end. */
struct rxr {
	struct ctx	*c;
	struct span	 s;
	size_t		 off;
};

static uint32_t
r_u32(struct rxr *r)
{
	uint32_t v = get_be32(r->c, r->s, r->off);

	r->off += 4;
	return v;
}

/* tcpdump's ND_TCHECK_LEN with a "trunc" label: 0 or -1, never jumps. */
static int
r_check(struct rxr *r, size_t n)
{
	return span_has(r->s, r->off, n) ? 0 : -1;
}

static void
out_int(struct out *o, uint32_t v)
{
	out_i64(o, (int32_t)v);
}

/* UINTOUT and INTOUT: read, then print " %u" or " %d". */
static void
uint_print(struct rxr *r)
{
	uint32_t v = r_u32(r);

	out_char(r->c->out, ' ');
	out_u32(r->c->out, v);
}

static void
int_print(struct rxr *r)
{
	uint32_t v = r_u32(r);

	out_char(r->c->out, ' ');
	out_int(r->c->out, v);
}

/* DATEOUT: " %Y/%m/%d %H:%M:%S" in local time. */
static void
date_print(struct rxr *r)
{
	struct out *o = r->c->out;
	time_t t = (time_t)(int32_t)r_u32(r);
	struct tm tm;

	if (localtime_r(&t, &tm) == NULL)
		memset(&tm, 0, sizeof(tm));
	out_char(o, ' ');
	out_i64(o, (int64_t)tm.tm_year + 1900);
	out_char(o, '/');
	out_u32_pad(o, (uint32_t)tm.tm_mon + 1, 2, '0');
	out_char(o, '/');
	out_u32_pad(o, (uint32_t)tm.tm_mday, 2, '0');
	out_char(o, ' ');
	out_u32_pad(o, (uint32_t)tm.tm_hour, 2, '0');
	out_char(o, ':');
	out_u32_pad(o, (uint32_t)tm.tm_min, 2, '0');
	out_char(o, ':');
	out_u32_pad(o, (uint32_t)tm.tm_sec, 2, '0');
}

/* FIDOUT */
static int
fid_print(struct rxr *r)
{
	struct out *o = r->c->out;

	if (r_check(r, 12) < 0)
		return -1;
	out_str(o, " fid ");
	out_u32(o, r_u32(r));
	out_char(o, '/');
	out_u32(o, r_u32(r));
	out_char(o, '/');
	out_u32(o, r_u32(r));
	return 0;
}

/*
 * STROUT: a counted string, padded to a word.  Longer than max, or cut
 * by the capture, it ends the arguments (tcpdump's nd_printn() prints
 * what there is first).
 */
static int
str_print(struct rxr *r, uint32_t max)
{
	struct out *o = r->c->out;
	uint32_t n = r_u32(r);

	if (n > max)
		return -1;
	out_str(o, " \"");
	for (uint32_t k = 0; k < n; k++) {
		if (!span_has(r->s, r->off + k, 1))
			return -1;
		out_safe_char(o, get_u8(r->c, r->s, r->off + k));
	}
	out_char(o, '"');
	r->off += (n + 3) / 4 * 4;
	return 0;
}

/*
 * VECOUT: a name of max characters stored one per 32-bit word (the low
 * byte), printed up to its first NUL.
 */
static int
vec_print(struct rxr *r, unsigned max)
{
	struct out *o = r->c->out;
	int done = 0;

	if (r_check(r, (size_t)max * 4) < 0)
		return -1;
	out_str(o, " \"");
	for (unsigned k = 0; k < max; k++) {
		uint8_t ch = (uint8_t)r_u32(r);
		if (ch == 0)
			done = 1;
		if (!done)
			out_safe_char(o, ch);
	}
	out_char(o, '"');
	return 0;
}

/* STOREATTROUT: the fields the mask says are set. */
static int
storeattr_print(struct rxr *r)
{
	struct out *o = r->c->out;
	uint32_t mask, v;

	if (r_check(r, 24) < 0)
		return -1;
	mask = r_u32(r);
	if (mask)
		out_str(o, " StoreStatus");
	if (mask & 1) {
		out_str(o, " date");
		date_print(r);
	} else
		r->off += 4;
	v = r_u32(r);
	if (mask & 2) {
		out_str(o, " owner ");
		out_u32(o, v);
	}
	v = r_u32(r);
	if (mask & 4) {
		out_str(o, " group ");
		out_u32(o, v);
	}
	v = r_u32(r);
	if (mask & 8) {
		char d[5];
		int i = 4;
		/* "%o" of the permission bits */
		v &= 07777;
		do
			d[--i] = (char)('0' + (v & 7));
		while ((v >>= 3) != 0);
		out_str(o, " mode ");
		out_mem(o, d + i, (size_t)(4 - i));
	}
	v = r_u32(r);
	if (mask & 16) {
		out_str(o, " segsize ");
		out_u32(o, v);
	}
	if (mask & 1024)
		out_str(o, " fsync");
	return 0;
}

/* UBIK_VERSIONOUT */
static int
ubikversion_print(struct rxr *r)
{
	struct out *o = r->c->out;

	if (r_check(r, 8) < 0)
		return -1;
	out_char(o, ' ');
	out_u32(o, r_u32(r));
	out_char(o, '.');
	out_u32(o, r_u32(r));
	return 0;
}

/* AFSUUIDOUT: " %08x%04x%04x" and eight "%02x" of low bytes. */
static int
afsuuid_print(struct rxr *r)
{
	struct out *o = r->c->out;

	if (r_check(r, 44) < 0)
		return -1;
	out_char(o, ' ');
	out_hex(o, r_u32(r), 8);
	out_hex(o, r_u32(r), 4);
	out_hex(o, r_u32(r), 4);
	for (int k = 0; k < 8; k++)
		out_hex8(o, (uint8_t)r_u32(r));
	return 0;
}

/* DESTSERVEROUT */
static int
destserver_print(struct rxr *r)
{
	struct out *o = r->c->out;

	if (r_check(r, 12) < 0)
		return -1;
	out_str(o, " server ");
	out_u32(o, r_u32(r));
	out_char(o, ':');
	out_u32(o, r_u32(r));
	out_char(o, ':');
	out_u32(o, r_u32(r));
	return 0;
}

static int
is_space(char ch)
{
	return ch == ' ' || (ch >= '\t' && ch <= '\r');
}

/* sscanf's "%d": white space, a sign, digits; 0 when there are none. */
static size_t
scan_int(const char *s, size_t i, size_t n, int *v)
{
	int neg = 0;
	size_t start;
	uint32_t acc = 0;

	while (i < n && is_space(s[i]))
		i++;
	if (i < n && (s[i] == '-' || s[i] == '+'))
		neg = s[i++] == '-';
	start = i;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		acc = acc * 10 + (uint32_t)(s[i++] - '0');
	if (i == start)
		return 0;
	*v = (int)(neg ? 0u - acc : acc);
	return i;
}

static size_t
scan_space(const char *s, size_t i, size_t n)
{
	while (i < n && is_space(s[i]))
		i++;
	return i;
}

/* The rights of an ACL entry, in the order of the "fs" command. */
static void
aclbits_print(struct out *o, int acl)
{
	static const struct {
		int	 bit;
		char	 ch;
	} bits[] = {
		{ 1, 'r' }, { 8, 'l' }, { 4, 'i' }, { 16, 'd' }, { 2, 'w' },
		{ 32, 'k' }, { 64, 'a' },
	};

	for (size_t k = 0; k < sizeof(bits) / sizeof(bits[0]); k++)
		if (acl & bits[k].bit)
			out_char(o, bits[k].ch);
}

/*
 * One "user rights" line of an ACL, as sscanf("%1024s %d\n%n") reads it;
 * returns the index after it, 0 when it does not parse.
 */
static size_t
acl_entry_print(struct out *o, const char *s, size_t i, size_t n,
    const char *open)
{
	size_t u, j;
	int acl;

	u = scan_space(s, i, n);
	for (j = u; j < n && j - u < 1024 && !is_space(s[j]); j++)
		;
	if (j == u)
		return 0;
	if ((i = scan_int(s, scan_space(s, j, n), n, &acl)) == 0)
		return 0;
	out_str(o, open);
	for (; u < j; u++)
		out_safe_char(o, (uint8_t)s[u]);
	out_char(o, ' ');
	aclbits_print(o, acl);
	out_char(o, '}');
	return scan_space(s, i, n);
}

/*
 * An ACL, a counted string of "npos nneg\n" then "user rights\n" lines
 * (tcpdump's acl_print(), which reads it with sscanf() after copying at
 * most 1024 bytes of it, up to a NUL).
 */
static int
acl_print(struct rxr *r)
{
	struct out *o = r->c->out;
	uint32_t len = r_u32(r);
	const char *s;
	size_t n, i;
	int pos, neg;

	if (r_check(r, len) < 0)
		return -1;
	s = (const char *)get_bytes(r->c, r->s, r->off, len);
	n = strnlen(s, len > 1024 ? 1024 : len);
	if ((i = scan_int(s, 0, n, &pos)) == 0 ||
	    (i = scan_int(s, scan_space(s, i, n), n, &neg)) == 0)
		return 0;
	i = scan_space(s, i, n);
	for (int k = 0; k < pos; k++)
		if ((i = acl_entry_print(o, s, i, n, " +{")) == 0)
			return 0;
	for (int k = 0; k < neg; k++)
		if ((i = acl_entry_print(o, s, i, n, " -{")) == 0)
			return 0;
	return 0;
}

/* " <none!>" after an empty list */
static void
none_print(struct out *o, uint32_t count)
{
	if (count == 0)
		out_str(o, " <none!>");
}

/* VLDB entries: name, servers, partitions, volumes (vldb_reply_print) */
static int
vldb_entry_print(struct rxr *r, unsigned nsrv, int uuids)
{
	struct out *o = r->c->out;
	uint32_t nservers, j;

	if (vec_print(r, 65) < 0)
		return -1;
	if (nsrv == 8) {
		/* the old entry has a word here that tcpdump skips */
		if (r_check(r, 4) < 0)
			return -1;
		r->off += 4;
	}
	out_str(o, " numservers");
	nservers = r_u32(r);
	out_char(o, ' ');
	out_u32(o, nservers);
	out_str(o, " servers");
	for (unsigned i = 0; i < nsrv; i++) {
		if (uuids && i < nservers) {
			out_str(o, " afsuuid");
			if (afsuuid_print(r) < 0)
				return -1;
			continue;
		}
		if (r_check(r, uuids ? 44 : 4) < 0)
			return -1;
		if (i < nservers) {
			out_char(o, ' ');
			out_ipv4(o, get_bytes(r->c, r->s, r->off, 4));
		}
		r->off += uuids ? 44 : 4;
	}
	if (uuids) {
		if (r_check(r, 4 * 13) < 0)
			return -1;
		r->off += 4 * 13;
	}
	out_str(o, " partitions");
	for (unsigned i = 0; i < nsrv; i++) {
		j = r_u32(r);
		if (i < nservers && j <= 26) {
			out_char(o, ' ');
			out_char(o, (char)('a' + j));
		} else if (i < nservers) {
			out_char(o, ' ');
			out_u32(o, j);
		}
	}
	if (r_check(r, (size_t)nsrv * 4) < 0)
		return -1;
	r->off += (size_t)nsrv * 4;
	out_str(o, " rwvol");
	uint_print(r);
	out_str(o, " rovol");
	uint_print(r);
	out_str(o, " backup");
	uint_print(r);
	return 0;
}

/* The list codes: a count, then count items. */
static int
list_print(struct rxr *r, char code)
{
	struct out *o = r->c->out;
	uint32_t n = r_u32(r), i;

	switch (code) {
	case 'B':	/* file ids, comma-separated */
	case 'R':	/* destination servers, likewise */
		for (i = 0; i < n; i++) {
			if ((code == 'B' ? fid_print(r) :
			    destserver_print(r)) < 0)
				return -1;
			if (i != n - 1)
				out_char(o, ',');
		}
		none_print(o, n);
		break;
	case 'N':	/* numbers */
		for (i = 0; i < n; i++)
			int_print(r);
		none_print(o, n);
		break;
	case 'M':	/* names, one character per word */
		for (i = 0; i < n; i++)
			if (vec_print(r, 64) < 0)
				return -1;
		none_print(o, n);
		break;
	case 'C':	/* callbacks: file ids, then their promises */
		for (i = 0; i < n; i++) {
			if (fid_print(r) < 0)
				return -1;
			if (i != n - 1)
				out_char(o, ',');
		}
		none_print(o, n);
		n = r_u32(r);
		if (n != 0)
			out_char(o, ';');
		for (i = 0; i < n; i++) {
			out_str(o, " ver");
			int_print(r);
			out_str(o, " expires");
			date_print(r);
			/* the type is read; tcpdump does not print it */
			(void)r_u32(r);
		}
		break;
	case 'O':	/* volumes: name, id, and an unprinted type */
		for (i = 0; i < n; i++) {
			out_str(o, " name");
			if (vec_print(r, 32) < 0)
				return -1;
			out_str(o, " volid");
			uint_print(r);
			out_str(o, " type");
			r->off += 4 * 21;
			if (i != n - 1)
				out_char(o, ',');
		}
		none_print(o, n);
		break;
	}
	return 0;
}

/* One %-code of an argument description; -1 ends the arguments. */
static int
arg_print(struct rxr *r, char code)
{
	struct out *o = r->c->out;
	uint32_t v;

	switch (code) {
	case 'u':
		uint_print(r);
		return 0;
	case 'd':
		int_print(r);
		return 0;
	case 'U': {
		uint64_t w = get_be64(r->c, r->s, r->off);
		r->off += 8;
		out_char(o, ' ');
		out_u64(o, w);
		return 0;
	}
	case 'D':
		date_print(r);
		return 0;
	case 'F':
		return fid_print(r);
	case 'A':
		return storeattr_print(r);
	case 'V':
		return ubikversion_print(r);
	case 'I':
		return afsuuid_print(r);
	case 'E':
		return destserver_print(r);
	case 's':
		return str_print(r, 256);
	case 'p':
		return str_print(r, 64);
	case 'l':
		return str_print(r, 65);
	case 'L':
		return vec_print(r, 65);
	case 'T':
		v = r_u32(r);
		if (v <= 2) {
			out_str(o, " type ");
			out_str(o, voltype[v]);
		}
		return 0;
	case 'X':
		return acl_print(r);
	case 'Q':
		v = r_u32(r);
		if (r_check(r, v) < 0)
			return -1;
		r->off += v;
		return 0;
	case 'K':
		(void)r_u32(r);
		return 0;
	case 'G':
		out_str(o, r_u32(r) ? " syncsite yes" : " syncsite no");
		return 0;
	case 'Y':
		return vldb_entry_print(r, 8, 0);
	case 'Z':
		return vldb_entry_print(r, 13, 0);
	case 'W':
		return vldb_entry_print(r, 13, 1);
	default:
		return list_print(r, code);
	}
}

/* Print an argument description (see struct rx_op); -1 when cut short. */
static int
args_print(struct rxr *r, const char *desc)
{
	struct out *o = r->c->out;
	const char *p = desc, *e;

	if (desc == NULL)
		return 0;
	while (*p != '\0') {
		e = strchr(p, ' ');
		if (e == NULL)
			e = p + strlen(p);
		if (p[0] == '%') {
			if (arg_print(r, p[1]) < 0)
				return -1;
		} else {
			out_char(o, ' ');
			out_mem(o, p, (size_t)(e - p));
		}
		p = *e == ' ' ? e + 1 : e;
	}
	return 0;
}

static const struct rx_op *
op_find(const struct rx_op *ops, uint32_t op)
{
	for (; ops->name != NULL || ops->call != NULL; ops++)
		if (ops->op == op)
			return ops;
	return NULL;
}

static void
op_name_print(struct out *o, const struct rx_op *op, uint32_t opcode)
{
	if (op != NULL && op->name != NULL)
		out_str(o, op->name);
	else {
		out_str(o, "op#");
		out_u32(o, opcode);
	}
}

static void
trunc_label(struct out *o, const char *name)
{
	out_str(o, " [|");
	out_str(o, name);
	out_char(o, ']');
}

static int
is_ubik(uint32_t op)
{
	return (op >= 10000 && op <= 10007) || (op >= 20000 && op <= 20013);
}

/* A call: " svc call op args" (tcpdump's fs_print() and siblings). */
static void
call_print(struct rxr *r, const struct rx_service *svc, unsigned length)
{
	struct out *o = r->c->out;
	const struct rx_op *op;
	uint32_t opcode;

	if (length <= RX_HDRLEN)
		return;
	opcode = get_be32(r->c, r->s, RX_HDRLEN);
	out_char(o, ' ');
	out_str(o, svc->name);
	if (svc->ubik && is_ubik(opcode))
		svc = &rx_ubik;
	if (svc == &rx_ubik)
		out_str(o, " ubik");
	out_str(o, " call ");
	op = op_find(svc->ops, opcode);
	op_name_print(o, op, opcode);
	r->off = RX_HDRLEN + 4;
	if (op != NULL && args_print(r, op->call) < 0)
		trunc_label(o, svc->name);
}

/* A reply to a remembered call (tcpdump's fs_reply_print() and others). */
static void
reply_print(struct rxr *r, const struct rx_service *svc, unsigned length,
    uint32_t opcode)
{
	struct out *o = r->c->out;
	const struct rx_op *op;
	uint8_t type;
	int rc = 0;

	if (length < RX_HDRLEN || (length == RX_HDRLEN && svc->reply_short))
		return;
	out_char(o, ' ');
	out_str(o, svc->name);
	if (svc->ubik && is_ubik(opcode)) {
		svc = &rx_ubik;
		out_str(o, " ubik");
	}
	out_str(o, " reply ");
	op = op_find(svc->ops, opcode);
	op_name_print(o, op, opcode);
	type = get_u8(r->c, r->s, RXH_TYPE);
	r->off = RX_HDRLEN;
	if (type == RX_DATA)
		rc = op != NULL ? args_print(r, op->reply) : 0;
	else if (svc->err == ERR_FS) {
		if (type == RX_ABORT) {
			uint32_t err = r_u32(r);
			const char *s = tok_find(afs_fs_errors, err);
			out_str(o, " error ");
			if (s != NULL)
				out_str(o, s);
			else {
				out_char(o, '#');
				out_int(o, err);
			}
		} else {
			out_str(o, " strange fs reply of type ");
			out_u32(o, type);
		}
	} else if (svc == &rx_ubik && opcode == 10000) {
		/* a yes vote comes back as an abort, go figure */
		out_str(o, " vote yes until");
		date_print(r);
	} else {
		out_str(o, " errcode");
		int_print(r);
	}
	if (rc < 0)
		trunc_label(o, svc->name);
}

static const struct rx_service *
service_find(unsigned port)
{
	for (const struct rx_service *s = rx_services; s->name != NULL; s++)
		if (s->port == port)
			return s;
	return NULL;
}

/* IP header bytes 12-15 (dst 0) or 16-19: tcpdump reads them as IPv4. */
static uint32_t
ip_word(struct ctx *c, const struct ipinfo *ip, int dst)
{
	return get_be32(c, ip->iph, dst ? 16 : 12);
}

/* Remember a call (tcpdump's rx_cache_insert()). */
static void
cache_insert(struct ctx *c, struct span s, const struct ipinfo *ip,
    uint16_t dport)
{
	struct rxstate *st = &c->rx;
	struct rx_call *e;

	if (!span_has(s, RX_HDRLEN, 4) || ip == NULL)
		return;
	e = &st->cache[st->next];
	if (++st->next >= RX_CACHE_SIZE)
		st->next = 0;
	e->callnum = get_be32(c, s, RXH_CALL);
	e->client = ip_word(c, ip, 0);
	e->server = ip_word(c, ip, 1);
	e->dport = dport;
	e->service = get_be16(c, s, RXH_SERVICE);
	e->opcode = get_be32(c, s, RX_HDRLEN);
}

/*
 * The call a reply answers (tcpdump's rx_cache_find()): the search starts
 * where the last one succeeded.  Empty slots are zeros and can match, as
 * in tcpdump.
 */
static int
cache_find(struct ctx *c, struct span s, const struct ipinfo *ip,
    uint16_t sport, uint32_t *opcode)
{
	struct rxstate *st = &c->rx;
	uint32_t clip, sip, callnum;
	uint16_t service;
	unsigned i;

	if (ip == NULL)
		return 0;
	clip = ip_word(c, ip, 1);
	sip = ip_word(c, ip, 0);
	callnum = get_be32(c, s, RXH_CALL);
	service = get_be16(c, s, RXH_SERVICE);
	i = st->hint;
	do {
		const struct rx_call *e = &st->cache[i];
		if (e->callnum == callnum && e->client == clip &&
		    e->server == sip && e->service == service &&
		    e->dport == sport) {
			st->hint = i;
			*opcode = e->opcode;
			return 1;
		}
		if (++i >= RX_CACHE_SIZE)
			i = 0;
	} while (i != st->hint);
	return 0;
}

/*
 * The acknowledged (want 1) or not acknowledged (want 0) packets of an
 * ack, with runs collapsed to "a-b".
 */
static void
ack_ranges(struct out *o, const uint8_t *acks, unsigned n, uint32_t first,
    uint8_t want, const char *label)
{
	int start = -2, last = -2, i;

	for (i = 0; i < (int)n; i++) {
		if (acks[i] == want) {
			if (last == -2) {
				out_str(o, label);
				out_u32(o, first + (uint32_t)i);
				start = i;
			} else if (last != i - 1) {
				out_char(o, ',');
				out_u32(o, first + (uint32_t)i);
				start = i;
			}
			last = i;
		} else if (last == i - 1 && start != last) {
			out_char(o, '-');
			out_u32(o, first + (uint32_t)i - 1);
		}
	}
	if (last == i - 1 && start != last) {
		out_char(o, '-');
		out_u32(o, first + (uint32_t)i - 1);
	}
}

/* An ack packet (tcpdump's rx_ack_print()). */
static void
ack_print(struct ctx *c, struct span s, unsigned length)
{
	static const char *const extra[] = {
		" ifmtu ", " maxmtu ", " rwind ", " maxpackets ",
	};
	struct out *o = c->out;
	size_t off = RX_HDRLEN;
	uint32_t first;
	uint8_t nacks;

	if (length < RX_HDRLEN)
		return;
	if (!span_has(s, off, 18)) {
		out_str(o, " [|ack]");
		return;
	}
	if (c->opt.vflag > 2) {
		out_str(o, " bufspace ");
		out_u32(o, get_be16(c, s, off));
		out_str(o, " maxskew ");
		out_u32(o, get_be16(c, s, off + 2));
	}
	first = get_be32(c, s, off + 4);
	out_str(o, " first ");
	out_u32(o, first);
	out_str(o, " serial ");
	out_u32(o, get_be32(c, s, off + 12));
	out_str(o, " reason ");
	out_tok(o, rx_ack_reasons, get_u8(c, s, off + 16), "#");
	nacks = get_u8(c, s, off + 17);
	off += 18;
	if (nacks != 0) {
		if (!span_has(s, off, nacks)) {
			out_str(o, " [|ack]");
			return;
		}
		const uint8_t *acks = get_bytes(c, s, off, nacks);
		ack_ranges(o, acks, nacks, first, 1, " acked ");
		ack_ranges(o, acks, nacks, first, 0, " nacked ");
		off += nacks;
	}
	off += 3;	/* padding */
	/* optional trailing fields, printed while there are 4 bytes */
	if (c->opt.vflag > 1)
		for (size_t k = 0; k < sizeof(extra) / sizeof(extra[0]); k++) {
			if (!span_has(s, off, 4))
				return;
			out_str(o, extra[k]);
			out_u32(o, get_be32(c, s, off));
			off += 4;
		}
}

void
rx_udp_note(struct ctx *c, unsigned sport, unsigned dport,
    const struct ipinfo *ip)
{
	c->rx.sport = (uint16_t)sport;
	c->rx.dport = (uint16_t)dport;
	c->rx.ip = ip;
}

void
rx_print(struct ctx *c, struct span s, unsigned length)
{
	struct out *o = c->out;
	uint16_t sport = c->rx.sport, dport = c->rx.dport;
	const struct ipinfo *ip = c->rx.ip;
	const struct rx_service *svc;
	struct rxr r = { c, s, 0 };
	uint8_t type, flags;
	uint32_t opcode;

	c->proto = "rx";
	if (!span_has(s, 0, RX_HDRLEN)) {
		out_str(o, " [|rx] (");
		out_u32(o, length);
		out_char(o, ')');
		return;
	}
	type = get_u8(c, s, RXH_TYPE);
	out_str(o, " rx ");
	out_tok(o, rx_types, type, "type ");
	flags = get_u8(c, s, RXH_FLAGS);
	if (c->opt.vflag) {
		if (c->opt.vflag > 1) {
			out_str(o, " cid ");
			out_hex(o, get_be32(c, s, RXH_CID), 8);
			out_str(o, " call# ");
			out_u32(o, get_be32(c, s, RXH_CALL));
		}
		out_str(o, " seq ");
		out_u32(o, get_be32(c, s, RXH_SEQ));
		out_str(o, " ser ");
		out_u32(o, get_be32(c, s, RXH_SERIAL));
		if (c->opt.vflag > 2) {
			out_str(o, " secindex ");
			out_u32(o, get_u8(c, s, RXH_SECINDEX));
			out_str(o, " serviceid ");
			out_u32(o, get_be16(c, s, RXH_SERVICE));
		}
		if (c->opt.vflag > 1) {
			const char *sep = " ";
			for (size_t k = 0; k < sizeof(rx_flags) /
			    sizeof(rx_flags[0]); k++)
				if ((flags & rx_flags[k].flag) &&
				    (rx_flags[k].type == 0 ||
				    rx_flags[k].type == type)) {
					out_str(o, sep);
					out_char(o, '<');
					out_str(o, rx_flags[k].name);
					out_char(o, '>');
					sep = ",";
				}
		}
	}

	/*
	 * Only the first packet of a call or of its reply carries the
	 * operation; a call is remembered whatever its port, a reply is
	 * known by its source port.
	 */
	if (type == RX_DATA && get_be32(c, s, RXH_SEQ) == 1 &&
	    (flags & RX_CLIENT_INITIATED)) {
		cache_insert(c, s, ip, dport);
		if ((svc = service_find(dport)) != NULL)
			call_print(&r, svc, length);
	} else if (((type == RX_DATA && get_be32(c, s, RXH_SEQ) == 1) ||
	    type == RX_ABORT) && !(flags & RX_CLIENT_INITIATED) &&
	    cache_find(c, s, ip, sport, &opcode)) {
		if ((svc = service_find(sport)) != NULL)
			reply_print(&r, svc, length, opcode);
	} else if (type == RX_ACK)
		ack_print(c, s, length);
	out_str(o, " (");
	out_u32(o, length);
	out_char(o, ')');
}
