/*
 * print-nfs.c - NFS version 2 (RFC 1094) and version 3 (RFC 1813) over
 * Sun RPC (RFC 5531), on UDP and TCP port 2049, as tcpdump 4.99's
 * print-nfs.c prints it: "NFS request xid N LEN proc args" for a call and
 * "NFS reply xid N reply ok LEN proc results" for its reply.
 *
 * A reply does not name its procedure: the printer remembers recent calls
 * in a ring (print-nfs.h, tcpdump's xid_map) and finds the call a reply
 * answers by its xid and addresses.  File handles are decoded with the
 * heuristics of tcpdump's parsenfsfh.c (which server OS made them).
 *
 * Like tcpdump's parsers, the ones here return where the next item starts,
 * or NFS_FAIL when the packet ends or is malformed; the caller then prints
 * " [|nfs]" unless a status was printed instead (tcpdump's nfserr).  A
 * getter that runs out of bytes jumps straight to the driver, as tcpdump's
 * GET_ macros do, with the same " [|nfs]".
 */
#include <string.h>

#include "print.h"
#include "print-nfs.h"

#define NFS_PORT	2049
#define NFS_FAIL	((size_t)-1)

/* RPC message offsets (RFC 5531 section 9) */
#define RM_XID		0
#define RM_DIRECTION	4
#define CB_VERS		16
#define CB_PROC		20
#define CB_CRED		24
#define RP_STAT		8
#define RJ_STAT		12

#define SUNRPC_CALL	0
#define SUNRPC_REPLY	1

#define NFS_VER3	3

/* tcpdump's generic procedure numbers: NFSv3's, and NOOP for v2 leftovers */
enum {
	NFSPROC_NULL, NFSPROC_GETATTR, NFSPROC_SETATTR, NFSPROC_LOOKUP,
	NFSPROC_ACCESS, NFSPROC_READLINK, NFSPROC_READ, NFSPROC_WRITE,
	NFSPROC_CREATE, NFSPROC_MKDIR, NFSPROC_SYMLINK, NFSPROC_MKNOD,
	NFSPROC_REMOVE, NFSPROC_RMDIR, NFSPROC_RENAME, NFSPROC_LINK,
	NFSPROC_READDIR, NFSPROC_READDIRPLUS, NFSPROC_FSSTAT, NFSPROC_FSINFO,
	NFSPROC_PATHCONF, NFSPROC_COMMIT,
	NFSPROC_NOOP = 25,
	NFS_NPROCS = 26
};

/* NFSv2 procedure numbers (RFC 1094 2.2) mapped to the ones above. */
static const uint8_t nfsv2_procid[NFS_NPROCS] = {
	NFSPROC_NULL, NFSPROC_GETATTR, NFSPROC_SETATTR,
	NFSPROC_NOOP,		/* ROOT */
	NFSPROC_LOOKUP, NFSPROC_READLINK, NFSPROC_READ,
	NFSPROC_NOOP,		/* WRITECACHE */
	NFSPROC_WRITE, NFSPROC_CREATE, NFSPROC_REMOVE, NFSPROC_RENAME,
	NFSPROC_LINK, NFSPROC_SYMLINK, NFSPROC_MKDIR, NFSPROC_RMDIR,
	NFSPROC_READDIR, NFSPROC_FSSTAT,
	NFSPROC_NOOP, NFSPROC_NOOP, NFSPROC_NOOP, NFSPROC_NOOP,
	NFSPROC_NOOP, NFSPROC_NOOP, NFSPROC_NOOP, NFSPROC_NOOP,
};

static const struct tok nfsproc_str[] = {
	{ NFSPROC_NOOP, "nop" }, { NFSPROC_NULL, "null" },
	{ NFSPROC_GETATTR, "getattr" }, { NFSPROC_SETATTR, "setattr" },
	{ NFSPROC_LOOKUP, "lookup" }, { NFSPROC_ACCESS, "access" },
	{ NFSPROC_READLINK, "readlink" }, { NFSPROC_READ, "read" },
	{ NFSPROC_WRITE, "write" }, { NFSPROC_CREATE, "create" },
	{ NFSPROC_MKDIR, "mkdir" }, { NFSPROC_SYMLINK, "symlink" },
	{ NFSPROC_MKNOD, "mknod" }, { NFSPROC_REMOVE, "remove" },
	{ NFSPROC_RMDIR, "rmdir" }, { NFSPROC_RENAME, "rename" },
	{ NFSPROC_LINK, "link" }, { NFSPROC_READDIR, "readdir" },
	{ NFSPROC_READDIRPLUS, "readdirplus" }, { NFSPROC_FSSTAT, "fsstat" },
	{ NFSPROC_FSINFO, "fsinfo" }, { NFSPROC_PATHCONF, "pathconf" },
	{ NFSPROC_COMMIT, "commit" },
	{ 0, NULL },
};

/*
 * NFS status values: the RFCs' and some FreeBSD errno values, with
 * FreeBSD's messages (tcpdump's status2str[]).
 */
static const struct tok status2str[] = {
	{ 1, "Operation not permitted" }, { 2, "No such file or directory" },
	{ 5, "Input/output error" }, { 6, "Device not configured" },
	{ 11, "Resource deadlock avoided" }, { 12, "Cannot allocate memory" },
	{ 13, "Permission denied" }, { 17, "File exists" },
	{ 18, "Cross-device link" },
	{ 19, "Operation not supported by device" },
	{ 20, "Not a directory" }, { 21, "Is a directory" },
	{ 22, "Invalid argument" }, { 26, "Text file busy" },
	{ 27, "File too large" }, { 28, "No space left on device" },
	{ 30, "Read-only file system" }, { 31, "Too many links" },
	{ 45, "Operation not supported" },
	{ 62, "Too many levels of symbolic links" },
	{ 63, "File name too long" }, { 66, "Directory not empty" },
	{ 69, "Disc quota exceeded" }, { 70, "Stale NFS file handle" },
	{ 71, "Too many levels of remote in path" },
	{ 99, "Write cache flushed to disk" },
	{ 10001, "Illegal NFS file handle" },
	{ 10002, "Update synchronization mismatch" },
	{ 10003, "READDIR/READDIRPLUS cookie is stale" },
	{ 10004, "Operation not supported" },
	{ 10005, "Buffer or request is too small" },
	{ 10006, "Unspecified error on server" },
	{ 10007, "Object of that type not supported" },
	{ 10008, "Request couldn't be completed in time" },
	{ 0, NULL },
};

static const struct tok nfsv3_writemodes[] = {
	{ 0, "unstable" }, { 1, "datasync" }, { 2, "filesync" },
	{ 0, NULL },
};

/* ftype3; tcpdump has no name for NFSOCK (6) */
#define NFBLK	3
#define NFCHR	4
static const struct tok type2str[] = {
	{ 0, "NON" }, { 1, "REG" }, { 2, "DIR" }, { NFBLK, "BLK" },
	{ NFCHR, "CHR" }, { 5, "LNK" }, { 7, "FIFO" },
	{ 0, NULL },
};

static const struct tok sunrpc_auth_str[] = {
	{ 0, "OK" },
	{ 1, "Bogus Credentials (seal broken)" },
	{ 2, "Rejected Credentials (client should begin new session)" },
	{ 3, "Bogus Verifier (seal broken)" },
	{ 4, "Verifier expired or was replayed" },
	{ 5, "Credentials are too weak" },
	{ 6, "Bogus response verifier" },
	{ 7, "Unknown failure" },
	{ 0, NULL },
};

static const struct tok sunrpc_str[] = {
	{ 1, "PROG_UNAVAIL" }, { 2, "PROG_MISMATCH" }, { 3, "PROC_UNAVAIL" },
	{ 4, "GARBAGE_ARGS" }, { 5, "SYSTEM_ERR" },
	{ 0, NULL },
};

/* ACCESS3 bits (RFC 1813 3.3.4), in the order tcpdump names them */
#define NFSV3ACCESS_FULL	0x3f
static const char *const access_names[] = {
	"NFS_ACCESS_READ", "NFS_ACCESS_LOOKUP", "NFS_ACCESS_MODIFY",
	"NFS_ACCESS_EXTEND", "NFS_ACCESS_DELETE", "NFS_ACCESS_EXECUTE",
};

/* Sizes of the fixed XDR structures (tcpdump's nfs.h NFSX_*) */
#define NFSX_V2FH	32
#define NFSX_V2FATTR	68
#define NFSX_V3FATTR	84
#define NFSX_V2STATFS	20
#define NFSX_V3STATFS	52
#define NFSX_V3FSINFO	48
#define NFSX_V3PATHCONF	24
#define NFSX_V3FHMAX	64

/* What one message's parsers share. */
struct nfsr {
	struct ctx	*c;
	struct span	 s;		/* the RPC message from its xid */
	int		 nfserr;	/* a status was printed: no " [|nfs]" */
};

static uint32_t
w32(struct nfsr *r, size_t off)
{
	return get_be32(r->c, r->s, off);
}

static uint64_t
w64(struct nfsr *r, size_t off)
{
	return get_be64(r->c, r->s, off);
}

/* tcpdump's roundup2(): in 32 bits, so a length near 2^32 wraps to 0. */
static uint32_t
roundup4(uint32_t len)
{
	return (len + 3u) & ~3u;
}

/* (len + 8 + 3) / 4 words, in bytes: the skip over an opaque_auth. */
static size_t
auth_skip(uint32_t len)
{
	return ((size_t)len + 11) / 4 * 4;
}

static void
out_oct(struct out *o, uint32_t v)
{
	char tmp[12];
	int i = sizeof(tmp);

	do {
		tmp[--i] = (char)('0' + (v & 7));
		v >>= 3;
	} while (v != 0);
	out_mem(o, tmp + i, sizeof(tmp) - (size_t)i);
}

/* "%u.%06u" */
static void
out_time(struct out *o, uint32_t sec, uint32_t frac)
{
	out_u32(o, sec);
	out_char(o, '.');
	out_u32_pad(o, frac, 6, '0');
}

/* tcpdump's tok2str() with its NULL format, "#%d". */
static void
out_tok_signed(struct out *o, const struct tok *t, uint32_t v)
{
	const char *s = tok_find(t, v);

	if (s != NULL)
		out_str(o, s);
	else {
		out_char(o, '#');
		out_i64(o, (int32_t)v);
	}
}

/*
 * File handles (tcpdump's parsenfsfh.c Parse_fh()): a decision tree on
 * the first bytes guesses the server OS, which says where the device
 * numbers and the inode number are.  Only the kinds the tree can reach
 * are here.
 */
enum fhtype {
	FHT_UNKNOWN, FHT_AUSPEX, FHT_DECOSF, FHT_IRIX4, FHT_SUNOS4,
	FHT_ULTRIX, FHT_VMSUCX, FHT_SUNOS5, FHT_HPUX9, FHT_BSD44
};

/* VMS UCX: a code byte, printable characters, then NULs. */
static int
is_ucx(const uint8_t *f, unsigned words)
{
	int seen_null = 0;

	if (words < 28 / 4)
		return 0;
	for (unsigned i = 1; i < 14; i++) {
		if (f[i] >= 0x20 && f[i] <= 0x7e) {
			if (seen_null)
				return 0;
		} else if (f[i] == 0)
			seen_null = 1;
		else
			return 0;
	}
	return 1;
}

static enum fhtype
fh_guess(const uint8_t *f, unsigned words)
{
	if (words < 16 / 4)
		return FHT_UNKNOWN;
	if (f[0] == 0 && f[1] == 0) {
		/* rules out Ultrix, IRIX5, SunOS 5 */
		if (f[2] == 0 && f[3] == 0)
			return FHT_AUSPEX;
		if (f[4] != 0 && f[5] == 0 && f[8] == 12 && f[9] == 0)
			return FHT_DECOSF;
		if (f[4] == 0 && f[5] == 8 && f[6] == 0 && f[7] == 0)
			return FHT_IRIX4;
		return FHT_SUNOS4;
	}
	if (f[2] == 0 && f[3] == 0) {
		if (f[6] == 0 && f[7] == 0)
			return FHT_BSD44;
		if (words >= 24 / 4 && f[21] == 0 && f[23] == 0)
			return FHT_ULTRIX;
		return f[9] == 10 ? FHT_SUNOS5 : FHT_UNKNOWN;
	}
	if (f[8] == 12 && f[9] == 0)
		return FHT_DECOSF;
	if (f[8] == 0 && f[9] == 10)
		return f[4] == 0 && f[5] == 0 && f[6] == 0 && f[7] == 0 ?
		    FHT_HPUX9 : FHT_SUNOS5;
	return is_ucx(f, words) ? FHT_VMSUCX : FHT_UNKNOWN;
}

static uint32_t
be32p(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	    (uint32_t)p[2] << 8 | p[3];
}

static uint32_t
le32p(const uint8_t *p)
{
	return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[1] << 8 | p[0];
}

/*
 * tcpdump's nfs_printfh(): " fh MAJOR,MINOR/INODE", or for a handle of
 * no known kind " fh Unknown/" and its first 32 bytes in hex, or for VMS
 * the device name.  The caller has checked that all words are captured.
 */
static void
nfs_printfh(struct nfsr *r, size_t off, unsigned words)
{
	struct out *o = r->c->out;
	const uint8_t *f = r->s.p + off;
	uint32_t major = 0, minor = 0, ino = 0, t;
	enum fhtype type = fh_guess(f, words);

	switch (type) {
	case FHT_AUSPEX:
		minor = f[7];
		major = f[6];
		ino = be32p(f + 12);
		break;
	case FHT_BSD44:
		minor = f[0];
		major = f[1];
		ino = le32p(f + 12);
		break;
	case FHT_DECOSF:
		t = le32p(f);
		minor = t & 0xfffff;
		major = (t >> 20) & 0xfff;
		ino = le32p(f + 12);
		break;
	case FHT_IRIX4:
		minor = f[3];
		major = f[2];
		ino = be32p(f + 8);
		break;
	case FHT_SUNOS4:
		minor = f[3];
		major = f[2];
		ino = be32p(f + 12);
		break;
	case FHT_SUNOS5:
		major = ((uint32_t)f[0] << 8 | f[1]) >> 2 & 0x3fff;
		minor = ((uint32_t)f[1] << 16 | (uint32_t)f[2] << 8 | f[3]) &
		    0x3ffff;
		ino = be32p(f + 12);
		break;
	case FHT_ULTRIX:
		minor = f[0];
		major = f[1];
		ino = le32p(f + 4);
		break;
	case FHT_HPUX9:
		major = f[0];
		minor = (uint32_t)f[1] << 16 | (uint32_t)f[2] << 8 | f[3];
		ino = be32p(f + 12);
		break;
	case FHT_VMSUCX: {
		/*
		 * The device name from byte 1, at most one character per
		 * word of handle (tcpdump copies that many with strncpy()),
		 * up to a NUL or a space, printed as it is ("%s").
		 */
		unsigned n = words < NFSX_V3FHMAX ? words : NFSX_V3FHMAX, k;

		for (k = 0; k < n && f[1 + k] != 0 && f[1 + k] != ' '; k++)
			;
		out_str(o, " fh ");
		out_mem(o, f + 1, k);
		out_char(o, '/');
		/* VMS file id: RVN, FidHi, FidLo */
		out_u32(o, (uint32_t)f[26] << 24 | (uint32_t)f[27] << 16 |
		    (uint32_t)f[23] << 8 | f[22]);
		return;
	}
	case FHT_UNKNOWN: {
		/*
		 * tcpdump keeps 32 bytes in hex, upper case, and names the
		 * server "Unknown", cut like a VMS name to a character per
		 * word of handle
		 */
		static const char hex[] = "0123456789ABCDEF";
		unsigned n = words * 4 < 32 ? words * 4 : 32;

		out_str(o, " fh ");
		out_mem(o, "Unknown", words < 7 ? words : 7);
		out_char(o, '/');
		for (unsigned i = 0; i < n; i++) {
			out_char(o, hex[f[i] >> 4]);
			out_char(o, hex[f[i] & 15]);
		}
		return;
	}
	}
	out_str(o, " fh ");
	out_u32(o, major);
	out_char(o, ',');
	out_u32(o, minor);
	out_char(o, '/');
	out_u32(o, ino);
}

/*
 * The first word after the credentials and the verifier of a call
 * (tcpdump 4.99's parsereq(); its later "[credentials length]" check is
 * not in 4.99.3).  Lengths are tcpdump's: u_int, rounded in 32 bits.
 */
static size_t
parsereq(struct nfsr *r, uint32_t length)
{
	size_t dp = CB_CRED;
	uint32_t len, rounded;

	if (length < 8)
		return NFS_FAIL;
	len = w32(r, dp + 4);
	rounded = roundup4(len);
	if (!span_has(r->s, dp + 8, rounded))
		return NFS_FAIL;
	if (8 + (uint64_t)rounded > length)
		return NFS_FAIL;
	dp += auth_skip(len);
	length -= 8 + rounded;
	if (length < 8)
		return NFS_FAIL;
	len = w32(r, dp + 4);
	rounded = roundup4(len);
	if (!span_has(r->s, dp + 8, rounded))
		return NFS_FAIL;
	if (8 + (uint64_t)rounded >= length)
		return NFS_FAIL;
	return dp + auth_skip(len);
}

/* A file handle: v2's 32 bytes, or v3's counted one. */
static size_t
parsefh(struct nfsr *r, size_t dp, int v3)
{
	unsigned words;

	if (v3) {
		words = w32(r, dp) / 4;
		dp += 4;
	} else
		words = NFSX_V2FH / 4;
	if (!span_has(r->s, dp, (size_t)words * 4))
		return NFS_FAIL;
	nfs_printfh(r, dp, words);
	return dp + (size_t)words * 4;
}

/* A file name in quotes (tcpdump's parsefn()). */
static size_t
parsefn(struct nfsr *r, size_t dp)
{
	struct out *o = r->c->out;
	uint32_t len = w32(r, dp), rounded;

	dp += 4;
	if (len > UINT32_MAX - 3) {
		out_str(o, "[cannot pad to 32-bit boundaries]");
		print_invalid(r->c);
		return NFS_FAIL;
	}
	rounded = roundup4(len);
	if (!span_has(r->s, dp, rounded))
		return NFS_FAIL;
	out_char(o, '"');
	for (uint32_t i = 0; i < len; i++)
		out_safe_char(o, r->s.p[dp + i]);
	out_char(o, '"');
	return dp + rounded;
}

static size_t
parsefhn(struct nfsr *r, size_t dp, int v3)
{
	dp = parsefh(r, dp, v3);
	if (dp == NFS_FAIL)
		return NFS_FAIL;
	out_char(r->c->out, ' ');
	return parsefn(r, dp);
}

/* sattr3 (RFC 1813 2.5): each field only when its "set" word says so. */
struct sattr3 {
	uint32_t	 modeset, mode, uidset, uid, gidset, gid;
	uint32_t	 atimetype, atime[2], mtimetype, mtime[2];
};

#define SET_TO_CLIENT_TIME	2

static size_t
parse_sattr3(struct nfsr *r, size_t dp, struct sattr3 *sa)
{
	uint32_t sizeset;

	if ((sa->modeset = w32(r, dp)) != 0)
		sa->mode = w32(r, dp += 4);
	if ((sa->uidset = w32(r, dp += 4)) != 0)
		sa->uid = w32(r, dp += 4);
	if ((sa->gidset = w32(r, dp += 4)) != 0)
		sa->gid = w32(r, dp += 4);
	/* the size is skipped, as a word (tcpdump reads 4 of its 8 bytes) */
	if ((sizeset = w32(r, dp += 4)) != 0)
		(void)w32(r, dp += 4);
	if ((sa->atimetype = w32(r, dp += 4)) == SET_TO_CLIENT_TIME) {
		sa->atime[0] = w32(r, dp += 4);
		sa->atime[1] = w32(r, dp += 4);
	}
	if ((sa->mtimetype = w32(r, dp += 4)) == SET_TO_CLIENT_TIME) {
		sa->mtime[0] = w32(r, dp += 4);
		sa->mtime[1] = w32(r, dp += 4);
	}
	return dp + 4;
}

static void
print_sattr3(struct out *o, const struct sattr3 *sa, int verbose)
{
	if (sa->modeset) {
		out_str(o, " mode ");
		out_oct(o, sa->mode);
	}
	if (sa->uidset) {
		out_str(o, " uid ");
		out_u32(o, sa->uid);
	}
	if (sa->gidset) {
		out_str(o, " gid ");
		out_u32(o, sa->gid);
	}
	if (verbose > 1) {
		if (sa->atimetype == SET_TO_CLIENT_TIME) {
			out_str(o, " atime ");
			out_time(o, sa->atime[0], sa->atime[1]);
		}
		if (sa->mtimetype == SET_TO_CLIENT_TIME) {
			out_str(o, " mtime ");
			out_time(o, sa->mtime[0], sa->mtime[1]);
		}
	}
}

/* " N bytes @ OFFSET" with a 64-bit offset, signed or not. */
static void
out_bytes_at64(struct out *o, uint32_t count, uint64_t offset, int sign)
{
	out_char(o, ' ');
	out_u32(o, count);
	out_str(o, " bytes @ ");
	if (sign)
		out_i64(o, (int64_t)offset);
	else
		out_u64(o, offset);
}

/* Remember a call (tcpdump's xid_map_enter()). */
static void
xid_map_enter(struct ctx *c, struct span s, const struct ipinfo *ip)
{
	struct nfsstate *st = &c->nfs;
	struct nfs_call *e;
	unsigned alen = ip->ver == 6 ? 16 : 4;

	e = &st->map[st->next];
	if (++st->next >= NFS_XIDMAP_SIZE)
		st->next = 0;
	e->xid = get_be32(c, s, RM_XID);
	e->ipver = (uint8_t)ip->ver;
	memcpy(e->client, get_bytes(c, ip->iph, ip->ver == 6 ? 8 : 12, alen),
	    alen);
	memcpy(e->server, get_bytes(c, ip->iph, ip->ver == 6 ? 24 : 16, alen),
	    alen);
	e->proc = get_be32(c, s, CB_PROC);
	e->vers = get_be32(c, s, CB_VERS);
}

/*
 * The call a reply answers (tcpdump's xid_map_find()): the same xid from
 * the call's server to its client; the search starts where the last one
 * succeeded.
 */
static int
xid_map_find(struct ctx *c, struct span s, const struct ipinfo *ip,
    uint32_t *proc, uint32_t *vers)
{
	struct nfsstate *st = &c->nfs;
	unsigned alen = ip->ver == 6 ? 16 : 4, i;
	uint32_t xid = get_be32(c, s, RM_XID);
	const uint8_t *src = get_bytes(c, ip->iph, ip->ver == 6 ? 8 : 12, alen);
	const uint8_t *dst = get_bytes(c, ip->iph, ip->ver == 6 ? 24 : 16,
	    alen);

	i = st->hint;
	do {
		const struct nfs_call *e = &st->map[i];
		if (e->ipver == ip->ver && e->xid == xid &&
		    memcmp(src, e->server, alen) == 0 &&
		    memcmp(dst, e->client, alen) == 0) {
			st->hint = i;
			*proc = e->proc;
			*vers = e->vers;
			return 1;
		}
		if (++i >= NFS_XIDMAP_SIZE)
			i = 0;
	} while (i != st->hint);
	return 0;
}

/* tcpdump's nfsreq_noaddr_print(): a call, after "NFS request xid N ". */
static void
nfsreq_print(struct ctx *c, struct span s, uint32_t length,
    const struct ipinfo *ip)
{
	struct out *o = c->out;
	struct nfsr r = { c, s, 0 };
	struct sattr3 sa;
	uint32_t proc, a, b, type;
	uint64_t off;
	size_t dp;
	int v3;

	c->proto = "nfs";
	out_u32(o, length);
	if (!span_has(s, CB_PROC, 4))
		goto trunc;
	xid_map_enter(c, s, ip);

	v3 = get_be32(c, s, CB_VERS) == NFS_VER3;
	proc = get_be32(c, s, CB_PROC);
	if (!v3 && proc < NFS_NPROCS)
		proc = nfsv2_procid[proc];
	out_char(o, ' ');
	out_tok(o, nfsproc_str, proc, "proc-");

	switch (proc) {
	case NFSPROC_GETATTR:
	case NFSPROC_SETATTR:
	case NFSPROC_READLINK:
	case NFSPROC_FSSTAT:
	case NFSPROC_FSINFO:
	case NFSPROC_PATHCONF:
		if ((dp = parsereq(&r, length)) == NFS_FAIL ||
		    parsefh(&r, dp, v3) == NFS_FAIL)
			goto trunc;
		break;

	case NFSPROC_LOOKUP:
	case NFSPROC_CREATE:
	case NFSPROC_MKDIR:
	case NFSPROC_REMOVE:
	case NFSPROC_RMDIR:
		if ((dp = parsereq(&r, length)) == NFS_FAIL ||
		    parsefhn(&r, dp, v3) == NFS_FAIL)
			goto trunc;
		break;

	case NFSPROC_ACCESS:
		if ((dp = parsereq(&r, length)) == NFS_FAIL ||
		    (dp = parsefh(&r, dp, v3)) == NFS_FAIL)
			goto trunc;
		a = w32(&r, dp);
		if (a & ~(uint32_t)NFSV3ACCESS_FULL) {
			/* bits tcpdump has no name for: the number */
			out_char(o, ' ');
			out_hex(o, a, 4);
		} else if (a == NFSV3ACCESS_FULL)
			out_str(o, " NFS_ACCESS_FULL");
		else {
			char sep = ' ';
			for (unsigned k = 0; k < 6; k++)
				if (a & 1u << k) {
					out_char(o, sep);
					out_str(o, access_names[k]);
					sep = '|';
				}
		}
		break;

	case NFSPROC_READ:
		if ((dp = parsereq(&r, length)) == NFS_FAIL ||
		    (dp = parsefh(&r, dp, v3)) == NFS_FAIL)
			goto trunc;
		if (v3) {
			a = w32(&r, dp + 8);
			out_bytes_at64(o, a, w64(&r, dp), 0);
		} else {
			a = w32(&r, dp + 4);
			b = w32(&r, dp);
			out_char(o, ' ');
			out_u32(o, a);
			out_str(o, " bytes @ ");
			out_u32(o, b);
		}
		break;

	case NFSPROC_WRITE:
		if ((dp = parsereq(&r, length)) == NFS_FAIL ||
		    (dp = parsefh(&r, dp, v3)) == NFS_FAIL)
			goto trunc;
		if (v3) {
			/* offset, count, stable, data length */
			a = w32(&r, dp + 16);
			b = w32(&r, dp + 8);
			off = w64(&r, dp);
			out_char(o, ' ');
			out_u32(o, a);
			out_str(o, " (");
			out_u32(o, b);
			out_str(o, ") bytes @ ");
			out_u64(o, off);
			if (c->opt.vflag) {
				a = w32(&r, dp + 12);
				out_str(o, " <");
				out_tok_signed(o, nfsv3_writemodes, a);
				out_char(o, '>');
			}
		} else {
			/* beginoffset, offset, totalcount, data length */
			uint32_t v[4];
			for (unsigned k = 0; k < 4; k++)
				v[k] = w32(&r, dp + 4 * k);
			out_char(o, ' ');
			out_u32(o, v[3]);
			out_str(o, " (");
			out_u32(o, v[2]);
			out_str(o, ") bytes @ ");
			out_u32(o, v[1]);
			out_str(o, " (");
			out_u32(o, v[0]);
			out_char(o, ')');
		}
		break;

	case NFSPROC_SYMLINK:
		if ((dp = parsereq(&r, length)) == NFS_FAIL ||
		    (dp = parsefhn(&r, dp, v3)) == NFS_FAIL)
			goto trunc;
		out_str(o, " ->");
		if (v3)
			dp = parse_sattr3(&r, dp, &sa);
		if (parsefn(&r, dp) == NFS_FAIL)
			goto trunc;
		if (v3 && c->opt.vflag)
			print_sattr3(o, &sa, c->opt.vflag);
		break;

	case NFSPROC_MKNOD:
		if ((dp = parsereq(&r, length)) == NFS_FAIL ||
		    (dp = parsefhn(&r, dp, v3)) == NFS_FAIL)
			goto trunc;
		type = w32(&r, dp);
		dp = parse_sattr3(&r, dp + 4, &sa);
		out_char(o, ' ');
		out_tok(o, type2str, type, "unk-ft ");
		if (c->opt.vflag && (type == NFCHR || type == NFBLK)) {
			a = w32(&r, dp);
			b = w32(&r, dp + 4);
			out_char(o, ' ');
			out_u32(o, a);
			out_char(o, '/');
			out_u32(o, b);
		}
		if (c->opt.vflag)
			print_sattr3(o, &sa, c->opt.vflag);
		break;

	case NFSPROC_RENAME:
		if ((dp = parsereq(&r, length)) == NFS_FAIL ||
		    (dp = parsefhn(&r, dp, v3)) == NFS_FAIL)
			goto trunc;
		out_str(o, " ->");
		if (parsefhn(&r, dp, v3) == NFS_FAIL)
			goto trunc;
		break;

	case NFSPROC_LINK:
		if ((dp = parsereq(&r, length)) == NFS_FAIL ||
		    (dp = parsefh(&r, dp, v3)) == NFS_FAIL)
			goto trunc;
		out_str(o, " ->");
		if (parsefhn(&r, dp, v3) == NFS_FAIL)
			goto trunc;
		break;

	case NFSPROC_READDIR:
		if ((dp = parsereq(&r, length)) == NFS_FAIL ||
		    (dp = parsefh(&r, dp, v3)) == NFS_FAIL)
			goto trunc;
		if (v3) {
			/* cookie, verifier, count; the cookie as signed */
			a = w32(&r, dp + 16);
			out_bytes_at64(o, a, w64(&r, dp), 1);
			if (c->opt.vflag) {
				a = w32(&r, dp + 8);
				b = w32(&r, dp + 12);
				out_str(o, " verf ");
				out_hex(o, a, 8);
				out_hex(o, b, 8);
			}
		} else {
			a = w32(&r, dp + 4);
			b = w32(&r, dp);
			out_char(o, ' ');
			out_u32(o, a);
			out_str(o, " bytes @ ");
			out_u32(o, b);
		}
		break;

	case NFSPROC_READDIRPLUS:
		if ((dp = parsereq(&r, length)) == NFS_FAIL ||
		    (dp = parsefh(&r, dp, v3)) == NFS_FAIL)
			goto trunc;
		/* cookie, verifier, dircount, maxcount */
		a = w32(&r, dp + 16);
		out_bytes_at64(o, a, w64(&r, dp), 1);
		if (c->opt.vflag) {
			uint32_t max = w32(&r, dp + 20);
			a = w32(&r, dp + 8);
			b = w32(&r, dp + 12);
			out_str(o, " max ");
			out_u32(o, max);
			out_str(o, " verf ");
			out_hex(o, a, 8);
			out_hex(o, b, 8);
		}
		break;

	case NFSPROC_COMMIT:
		if ((dp = parsereq(&r, length)) == NFS_FAIL ||
		    (dp = parsefh(&r, dp, v3)) == NFS_FAIL)
			goto trunc;
		a = w32(&r, dp + 8);
		out_bytes_at64(o, a, w64(&r, dp), 0);
		break;

	default:
		break;
	}
	return;
trunc:
	print_trunc(c);
}

/*
 * Replies.  Each parser below returns the offset after what it read, or
 * NFS_FAIL for tcpdump's "goto trunc".
 */

/* Past the verifier and an accept status of SUCCESS (parserep()). */
static size_t
parserep(struct nfsr *r, uint32_t length)
{
	size_t dp = RP_STAT + 4;
	uint32_t len = w32(r, dp + 4), astat;

	if (len >= length)
		return NFS_FAIL;
	dp += auth_skip(len);
	astat = w32(r, dp);
	if (astat != 0) {
		out_char(r->c->out, ' ');
		out_tok(r->c->out, sunrpc_str, astat, "ar_stat ");
		r->nfserr = 1;
		return NFS_FAIL;
	}
	return dp + 4;
}

static size_t
parsestatus(struct nfsr *r, size_t dp, uint32_t *er)
{
	uint32_t errnum = w32(r, dp);

	*er = errnum;
	if (errnum != 0) {
		/* tcpdump skips this under -q, which never gets here */
		if (!r->c->opt.qflag) {
			out_str(r->c->out, " ERROR: ");
			out_tok(r->c->out, status2str, errnum, "unk ");
		}
		r->nfserr = 1;
	}
	return dp + 4;
}

/* fattr (RFC 1094 2.3.5, RFC 1813 2.6) */
static size_t
parsefattr(struct nfsr *r, size_t dp, int verbose, int v3)
{
	struct out *o = r->c->out;

	if (!span_has(r->s, dp + 16, 4))
		return NFS_FAIL;
	if (verbose) {
		uint32_t type = w32(r, dp), mode = w32(r, dp + 4);
		uint32_t uid = w32(r, dp + 12), gid = w32(r, dp + 16);
		uint64_t size;

		out_char(o, ' ');
		out_tok(o, type2str, type, "unk-ft ");
		if (tok_find(type2str, type) == NULL)
			out_char(o, ' ');	/* tcpdump's "unk-ft %u " */
		out_char(o, ' ');
		out_oct(o, mode);
		/* signed: -2 has long been "nobody" */
		out_str(o, " ids ");
		out_i64(o, (int32_t)uid);
		out_char(o, '/');
		out_i64(o, (int32_t)gid);
		/* a second ND_PRINT in tcpdump: the above shows if this is cut */
		size = v3 ? w64(r, dp + 20) : w32(r, dp + 20);
		out_str(o, " sz ");
		out_u64(o, size);
	}
	if (verbose > 1) {
		if (v3) {
			if (!span_has(r->s, dp + 76, 8))
				return NFS_FAIL;
			out_str(o, " nlink ");
			out_u32(o, w32(r, dp + 8));
			out_str(o, " rdev ");
			out_u32(o, w32(r, dp + 36));
			out_char(o, '/');
			out_u32(o, w32(r, dp + 40));
			out_str(o, " fsid ");
			out_hex(o, w64(r, dp + 44), 0);
			out_str(o, " fileid ");
			out_hex(o, w64(r, dp + 52), 0);
			out_str(o, " a/m/ctime ");
			out_time(o, w32(r, dp + 60), w32(r, dp + 64));
			out_char(o, ' ');
			out_time(o, w32(r, dp + 68), w32(r, dp + 72));
			out_char(o, ' ');
			out_time(o, w32(r, dp + 76), w32(r, dp + 80));
		} else {
			if (!span_has(r->s, dp + 60, 8))
				return NFS_FAIL;
			out_str(o, " nlink ");
			out_u32(o, w32(r, dp + 8));
			out_str(o, " rdev 0x");
			out_hex(o, w32(r, dp + 28), 0);
			out_str(o, " fsid 0x");
			out_hex(o, w32(r, dp + 36), 0);
			out_str(o, " nodeid 0x");
			out_hex(o, w32(r, dp + 40), 0);
			out_str(o, " a/m/ctime ");
			out_time(o, w32(r, dp + 44), w32(r, dp + 48));
			out_char(o, ' ');
			out_time(o, w32(r, dp + 52), w32(r, dp + 56));
			out_char(o, ' ');
			out_time(o, w32(r, dp + 60), w32(r, dp + 64));
		}
	}
	return dp + (v3 ? NFSX_V3FATTR : NFSX_V2FATTR);
}

static int
parseattrstat(struct nfsr *r, size_t dp, int verbose, int v3)
{
	uint32_t er;

	dp = parsestatus(r, dp, &er);
	if (er)
		return 1;
	return parsefattr(r, dp, verbose, v3) != NFS_FAIL;
}

static int
parsediropres(struct nfsr *r, size_t dp)
{
	uint32_t er;

	dp = parsestatus(r, dp, &er);
	if (er)
		return 1;
	if ((dp = parsefh(r, dp, 0)) == NFS_FAIL)
		return 0;
	return parsefattr(r, dp, r->c->opt.vflag, 0) != NFS_FAIL;
}

/* wcc_attr: size, mtime, ctime */
static size_t
parse_wcc_attr(struct nfsr *r, size_t dp)
{
	struct out *o = r->c->out;
	uint32_t t[4];

	out_str(o, " sz ");
	out_u64(o, w64(r, dp));
	for (unsigned k = 0; k < 4; k++)
		t[k] = w32(r, dp + 8 + 4 * k);
	out_str(o, " mtime ");
	out_time(o, t[0], t[1]);
	out_str(o, " ctime ");
	out_time(o, t[2], t[3]);
	return dp + 24;
}

/* pre_op_attr: printed only from -vv */
static size_t
parse_pre_op_attr(struct nfsr *r, size_t dp, int verbose)
{
	if (!w32(r, dp))
		return dp + 4;
	dp += 4;
	if (!span_has(r->s, dp, 24))
		return NFS_FAIL;
	if (verbose > 1)
		return parse_wcc_attr(r, dp);
	return dp + 24;
}

/* post_op_attr: printed from -v */
static size_t
parse_post_op_attr(struct nfsr *r, size_t dp, int verbose)
{
	if (!w32(r, dp))
		return dp + 4;
	dp += 4;
	if (verbose)
		return parsefattr(r, dp, verbose, 1);
	return dp + NFSX_V3FATTR;
}

static size_t
parse_wcc_data(struct nfsr *r, size_t dp, int verbose)
{
	if (verbose > 1)
		out_str(r->c->out, " PRE:");
	if ((dp = parse_pre_op_attr(r, dp, verbose)) == NFS_FAIL)
		return NFS_FAIL;
	if (verbose)
		out_str(r->c->out, " POST:");
	return parse_post_op_attr(r, dp, verbose);
}

static size_t
parsecreateopres(struct nfsr *r, size_t dp, int verbose)
{
	uint32_t er;

	dp = parsestatus(r, dp, &er);
	if (er)
		return parse_wcc_data(r, dp, verbose);
	if (!w32(r, dp))
		return dp + 4;
	if ((dp = parsefh(r, dp + 4, 1)) == NFS_FAIL)
		return NFS_FAIL;
	if (verbose) {
		if ((dp = parse_post_op_attr(r, dp, verbose)) == NFS_FAIL)
			return NFS_FAIL;
		if (r->c->opt.vflag > 1) {
			out_str(r->c->out, " dir attr:");
			dp = parse_wcc_data(r, dp, verbose);
		}
	}
	return dp;
}

static size_t
parsewccres(struct nfsr *r, size_t dp, int verbose)
{
	uint32_t er;

	dp = parsestatus(r, dp, &er);
	return parse_wcc_data(r, dp, verbose);
}

static size_t
parsev3rddirres(struct nfsr *r, size_t dp, int verbose)
{
	uint32_t er, a, b;

	dp = parsestatus(r, dp, &er);
	if (r->c->opt.vflag)
		out_str(r->c->out, " POST:");
	if ((dp = parse_post_op_attr(r, dp, verbose)) == NFS_FAIL)
		return NFS_FAIL;
	if (er)
		return dp;
	if (r->c->opt.vflag) {
		a = w32(r, dp);
		b = w32(r, dp + 4);
		out_str(r->c->out, " verf ");
		out_hex(r->c->out, a, 8);
		out_hex(r->c->out, b, 8);
		dp += 8;
	}
	return dp;
}

static int
parselinkres(struct nfsr *r, size_t dp, int v3)
{
	uint32_t er;

	dp = parsestatus(r, dp, &er);
	if (er)
		return 1;
	if (v3 && (dp = parse_post_op_attr(r, dp, r->c->opt.vflag)) ==
	    NFS_FAIL)
		return 0;
	out_char(r->c->out, ' ');
	return parsefn(r, dp) != NFS_FAIL;
}

static int
parsestatfs(struct nfsr *r, size_t dp, int v3)
{
	struct out *o = r->c->out;
	uint32_t er;

	dp = parsestatus(r, dp, &er);
	if (!v3 && er)
		return 1;
	if (r->c->opt.qflag)
		return 1;
	if (v3) {
		if (r->c->opt.vflag)
			out_str(o, " POST:");
		if ((dp = parse_post_op_attr(r, dp, r->c->opt.vflag)) ==
		    NFS_FAIL)
			return 0;
	}
	if (!span_has(r->s, dp, v3 ? NFSX_V3STATFS : NFSX_V2STATFS))
		return 0;
	if (v3) {
		out_str(o, " tbytes ");
		out_u64(o, w64(r, dp));
		out_str(o, " fbytes ");
		out_u64(o, w64(r, dp + 8));
		out_str(o, " abytes ");
		out_u64(o, w64(r, dp + 16));
		if (r->c->opt.vflag) {
			out_str(o, " tfiles ");
			out_u64(o, w64(r, dp + 24));
			out_str(o, " ffiles ");
			out_u64(o, w64(r, dp + 32));
			out_str(o, " afiles ");
			out_u64(o, w64(r, dp + 40));
			out_str(o, " invar ");
			out_u32(o, w32(r, dp + 48));
		}
	} else {
		static const char *const names[] = {
			" tsize ", " bsize ", " blocks ", " bfree ", " bavail "
		};
		for (unsigned k = 0; k < 5; k++) {
			out_str(o, names[k]);
			out_u32(o, w32(r, dp + 4 * k));
		}
	}
	return 1;
}

static int
parserddires(struct nfsr *r, size_t dp)
{
	struct out *o = r->c->out;
	uint32_t er, a, b;

	dp = parsestatus(r, dp, &er);
	if (er)
		return 1;
	if (r->c->opt.qflag)
		return 1;
	a = w32(r, dp);
	b = w32(r, dp + 4);
	out_str(o, " offset 0x");
	out_hex(o, a, 0);
	out_str(o, " size ");
	out_u32(o, b);
	out_char(o, ' ');
	if (w32(r, dp + 8) != 0)
		out_str(o, " eof");
	return 1;
}

static int
parsefsinfo(struct nfsr *r, size_t dp)
{
	struct out *o = r->c->out;
	static const struct {
		const char	*name;
		unsigned	 off;
	} f[] = {
		{ " rtmax ", 0 }, { " rtpref ", 4 }, { " wtmax ", 12 },
		{ " wtpref ", 16 }, { " dtpref ", 24 },
	};
	uint32_t er;

	dp = parsestatus(r, dp, &er);
	if (r->c->opt.vflag)
		out_str(o, " POST:");
	if ((dp = parse_post_op_attr(r, dp, r->c->opt.vflag)) == NFS_FAIL)
		return 0;
	if (er)
		return 1;
	if (!span_has(r->s, dp, NFSX_V3FSINFO))
		return 0;
	for (unsigned k = 0; k < 5; k++) {
		out_str(o, f[k].name);
		out_u32(o, w32(r, dp + f[k].off));
	}
	if (r->c->opt.vflag) {
		out_str(o, " rtmult ");
		out_u32(o, w32(r, dp + 8));
		out_str(o, " wtmult ");
		out_u32(o, w32(r, dp + 20));
		out_str(o, " maxfsz ");
		out_u64(o, w64(r, dp + 28));
		out_str(o, " delta ");
		out_time(o, w32(r, dp + 36), w32(r, dp + 40));
		out_char(o, ' ');
	}
	return 1;
}

static int
parsepathconf(struct nfsr *r, size_t dp)
{
	struct out *o = r->c->out;
	static const char *const flags[] = {
		"notrunc", "chownres", "igncase", "keepcase"
	};
	uint32_t er;

	dp = parsestatus(r, dp, &er);
	if (r->c->opt.vflag)
		out_str(o, " POST:");
	if ((dp = parse_post_op_attr(r, dp, r->c->opt.vflag)) == NFS_FAIL)
		return 0;
	if (er)
		return 1;
	if (!span_has(r->s, dp, NFSX_V3PATHCONF))
		return 0;
	out_str(o, " linkmax ");
	out_u32(o, w32(r, dp));
	out_str(o, " namemax ");
	out_u32(o, w32(r, dp + 4));
	for (unsigned k = 0; k < 4; k++) {
		out_char(o, ' ');
		if (w32(r, dp + 8 + 4 * k))
			out_str(o, flags[k]);
	}
	return 1;
}

/* tcpdump's interp_reply(): the results of the call a reply answers. */
static void
interp_reply(struct nfsr *r, uint32_t proc, uint32_t vers, uint32_t length)
{
	struct ctx *c = r->c;
	struct out *o = c->out;
	int v3 = vers == NFS_VER3, vflag = c->opt.vflag;
	uint32_t er;
	uint64_t verf;
	size_t dp;

	if (!v3 && proc < NFS_NPROCS)
		proc = nfsv2_procid[proc];
	out_char(o, ' ');
	out_tok(o, nfsproc_str, proc, "proc-");

	/* every procedure tcpdump decodes starts with the RPC results */
	switch (proc) {
	case NFSPROC_GETATTR: case NFSPROC_SETATTR: case NFSPROC_LOOKUP:
	case NFSPROC_ACCESS: case NFSPROC_READLINK: case NFSPROC_READ:
	case NFSPROC_WRITE: case NFSPROC_CREATE: case NFSPROC_MKDIR:
	case NFSPROC_SYMLINK: case NFSPROC_MKNOD: case NFSPROC_REMOVE:
	case NFSPROC_RMDIR: case NFSPROC_RENAME: case NFSPROC_LINK:
	case NFSPROC_READDIR: case NFSPROC_READDIRPLUS: case NFSPROC_FSSTAT:
	case NFSPROC_FSINFO: case NFSPROC_PATHCONF: case NFSPROC_COMMIT:
		if ((dp = parserep(r, length)) == NFS_FAIL)
			goto trunc;
		break;
	default:
		return;
	}

	switch (proc) {
	case NFSPROC_GETATTR:
		if (!parseattrstat(r, dp, !c->opt.qflag, v3))
			goto trunc;
		break;

	case NFSPROC_SETATTR:
		if (v3) {
			if (parsewccres(r, dp, vflag) == NFS_FAIL)
				goto trunc;
		} else if (!parseattrstat(r, dp, !c->opt.qflag, 0))
			goto trunc;
		break;

	case NFSPROC_LOOKUP:
		if (!v3) {
			if (!parsediropres(r, dp))
				goto trunc;
			break;
		}
		dp = parsestatus(r, dp, &er);
		if (!er) {
			if ((dp = parsefh(r, dp, v3)) == NFS_FAIL ||
			    (dp = parse_post_op_attr(r, dp, vflag)) ==
			    NFS_FAIL)
				goto trunc;
		}
		if (vflag > 1) {
			out_str(o, " post dattr:");
			if (parse_post_op_attr(r, dp, vflag) == NFS_FAIL)
				goto trunc;
		}
		break;

	case NFSPROC_ACCESS:
		dp = parsestatus(r, dp, &er);
		if (vflag)
			out_str(o, " attr:");
		if ((dp = parse_post_op_attr(r, dp, vflag)) == NFS_FAIL)
			goto trunc;
		if (!er) {
			uint32_t a = w32(r, dp);
			out_str(o, " c ");
			out_hex(o, a, 4);
		}
		break;

	case NFSPROC_READLINK:
		if (!parselinkres(r, dp, v3))
			goto trunc;
		break;

	case NFSPROC_READ:
		if (!v3) {
			if (!parseattrstat(r, dp, vflag, 0))
				goto trunc;
			break;
		}
		dp = parsestatus(r, dp, &er);
		if ((dp = parse_post_op_attr(r, dp, vflag)) == NFS_FAIL)
			goto trunc;
		if (!er && vflag) {
			uint32_t n = w32(r, dp);
			out_char(o, ' ');
			out_u32(o, n);
			out_str(o, " bytes");
			if (w32(r, dp + 4))
				out_str(o, " EOF");
		}
		break;

	case NFSPROC_WRITE:
		if (!v3) {
			if (!parseattrstat(r, dp, vflag, v3))
				goto trunc;
			break;
		}
		dp = parsestatus(r, dp, &er);
		if ((dp = parse_wcc_data(r, dp, vflag)) == NFS_FAIL)
			goto trunc;
		if (!er && vflag) {
			uint32_t n = w32(r, dp);
			out_char(o, ' ');
			out_u32(o, n);
			out_str(o, " bytes");
			if (vflag > 1) {
				uint32_t m = w32(r, dp + 4);
				out_str(o, " <");
				out_tok_signed(o, nfsv3_writemodes, m);
				out_char(o, '>');
				/* the write verifier, as one 64-bit number */
				verf = w64(r, dp + 8);
				out_str(o, " verf ");
				out_hex(o, verf, 0);
			}
		}
		break;

	case NFSPROC_CREATE:
	case NFSPROC_MKDIR:
		if (v3) {
			if (parsecreateopres(r, dp, vflag) == NFS_FAIL)
				goto trunc;
		} else if (!parsediropres(r, dp))
			goto trunc;
		break;

	case NFSPROC_SYMLINK:
		if (v3) {
			if (parsecreateopres(r, dp, vflag) == NFS_FAIL)
				goto trunc;
		} else
			(void)parsestatus(r, dp, &er);
		break;

	case NFSPROC_MKNOD:
		if (parsecreateopres(r, dp, vflag) == NFS_FAIL)
			goto trunc;
		break;

	case NFSPROC_REMOVE:
	case NFSPROC_RMDIR:
		if (v3) {
			if (parsewccres(r, dp, vflag) == NFS_FAIL)
				goto trunc;
		} else
			(void)parsestatus(r, dp, &er);
		break;

	case NFSPROC_RENAME:
		if (!v3) {
			(void)parsestatus(r, dp, &er);
			break;
		}
		dp = parsestatus(r, dp, &er);
		if (vflag) {
			out_str(o, " from:");
			if ((dp = parse_wcc_data(r, dp, vflag)) == NFS_FAIL)
				goto trunc;
			out_str(o, " to:");
			if (parse_wcc_data(r, dp, vflag) == NFS_FAIL)
				goto trunc;
		}
		break;

	case NFSPROC_LINK:
		if (!v3) {
			(void)parsestatus(r, dp, &er);
			break;
		}
		dp = parsestatus(r, dp, &er);
		if (vflag) {
			out_str(o, " file POST:");
			if ((dp = parse_post_op_attr(r, dp, vflag)) ==
			    NFS_FAIL)
				goto trunc;
			out_str(o, " dir:");
			if (parse_wcc_data(r, dp, vflag) == NFS_FAIL)
				goto trunc;
		}
		break;

	case NFSPROC_READDIR:
		if (v3) {
			if (parsev3rddirres(r, dp, vflag) == NFS_FAIL)
				goto trunc;
		} else if (!parserddires(r, dp))
			goto trunc;
		break;

	case NFSPROC_READDIRPLUS:
		if (parsev3rddirres(r, dp, vflag) == NFS_FAIL)
			goto trunc;
		break;

	case NFSPROC_FSSTAT:
		if (!parsestatfs(r, dp, v3))
			goto trunc;
		break;

	case NFSPROC_FSINFO:
		if (!parsefsinfo(r, dp))
			goto trunc;
		break;

	case NFSPROC_PATHCONF:
		if (!parsepathconf(r, dp))
			goto trunc;
		break;

	case NFSPROC_COMMIT:
		if ((dp = parsewccres(r, dp, vflag)) == NFS_FAIL)
			goto trunc;
		if (vflag > 1) {
			verf = w64(r, dp);
			out_str(o, " verf ");
			out_hex(o, verf, 0);
		}
		break;
	}
	return;
trunc:
	if (!r->nfserr)
		print_trunc(c);
}

/* tcpdump's nfsreply_noaddr_print(): after "NFS reply xid N ". */
static void
nfsreply_print(struct ctx *c, struct span s, uint32_t length,
    const struct ipinfo *ip)
{
	struct out *o = c->out;
	struct nfsr r = { c, s, 0 };
	uint32_t stat, proc, vers, a, b;

	c->proto = "nfs";
	if (!span_has(s, RP_STAT, 4)) {
		print_trunc(c);
		return;
	}
	stat = get_be32(c, s, RP_STAT);
	switch (stat) {
	case 0:		/* MSG_ACCEPTED */
		out_str(o, "reply ok ");
		out_u32(o, length);
		if (xid_map_find(c, s, ip, &proc, &vers))
			interp_reply(&r, proc, vers, length);
		break;
	case 1:		/* MSG_DENIED */
		out_str(o, "reply ERR ");
		out_u32(o, length);
		out_str(o, ": ");
		if (!span_has(s, RJ_STAT, 4)) {
			print_trunc(c);
			return;
		}
		switch (get_be32(c, s, RJ_STAT)) {
		case 0:		/* RPC_MISMATCH */
			if (!span_has(s, RJ_STAT + 8, 4)) {
				print_trunc(c);
				return;
			}
			a = get_be32(c, s, RJ_STAT + 4);
			b = get_be32(c, s, RJ_STAT + 8);
			out_str(o, "RPC Version mismatch (");
			out_u32(o, a);
			out_char(o, '-');
			out_u32(o, b);
			out_char(o, ')');
			break;
		case 1:		/* AUTH_ERROR */
			if (!span_has(s, RJ_STAT + 4, 4)) {
				print_trunc(c);
				return;
			}
			out_str(o, "Auth ");
			out_tok(o, sunrpc_auth_str, get_be32(c, s, RJ_STAT + 4),
			    "Invalid failure code ");
			break;
		default:
			out_str(o, "Unknown reason for rejecting rpc message ");
			out_u32(o, get_be32(c, s, RJ_STAT));
			break;
		}
		break;
	default:
		out_str(o, "reply Unknown rpc response code=");
		out_u32(o, stat);
		out_char(o, ' ');
		out_u32(o, length);
		break;
	}
}

/*
 * The RPC direction decides: a call to port 2049 or a reply from it is
 * NFS; anything else is left to the caller.  1 when printed.
 */
static int
nfs_rpc_print(struct ctx *c, struct span rp, uint32_t length,
    unsigned sport, unsigned dport, const struct ipinfo *ip,
    const char *lead)
{
	struct out *o = c->out;
	uint32_t dir;

	if (!span_has(rp, RM_DIRECTION, 4))
		return 0;
	dir = get_be32(c, rp, RM_DIRECTION);
	if (dport == NFS_PORT && dir == SUNRPC_CALL) {
		out_str(o, lead);
		out_str(o, "NFS request xid ");
		out_u32(o, get_be32(c, rp, RM_XID));
		out_char(o, ' ');
		nfsreq_print(c, rp, length, ip);
		return 1;
	}
	if (sport == NFS_PORT && dir == SUNRPC_REPLY) {
		out_str(o, lead);
		out_str(o, "NFS reply xid ");
		out_u32(o, get_be32(c, rp, RM_XID));
		out_char(o, ' ');
		nfsreply_print(c, rp, length, ip);
		return 1;
	}
	return 0;
}

/*
 * UDP: tcpdump's udp_print() looks at the RPC direction word before its
 * port chain (and before the checksum), whatever the other port.
 */
int
nfs_udp_print(struct ctx *c, struct span s, unsigned length, unsigned sport,
    unsigned dport, const struct ipinfo *ip)
{
	return nfs_rpc_print(c, s, length, sport, dport, ip, "");
}

void
nfs_tcp_note(struct ctx *c, unsigned sport, unsigned dport,
    const struct ipinfo *ip)
{
	c->nfs.sport = (uint16_t)sport;
	c->nfs.dport = (uint16_t)dport;
	c->nfs.ip = ip;
}

/*
 * TCP, the last of tcp_print()'s port tests: a record mark (RFC 5531
 * section 11) whose fragment length, capped at what the segment holds, is
 * the message length; the message itself is read up to the capture's end.
 */
void
nfs_tcp_print(struct ctx *c, struct span s, unsigned length)
{
	uint32_t fraglen;

	if (c->nfs.ip == NULL || length < 4 || !span_has(s, 0, 4))
		return;
	fraglen = get_be32(c, s, 0) & 0x7fffffff;
	if (fraglen > length - 4)
		fraglen = length - 4;
	(void)nfs_rpc_print(c, span_rest(s, 4), fraglen, c->nfs.sport,
	    c->nfs.dport, c->nfs.ip, ": ");
}
