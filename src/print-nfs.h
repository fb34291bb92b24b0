/*
 * print-nfs.h - the state the NFS printer (print-nfs.c) keeps in struct ctx.
 *
 * An RPC reply (RFC 5531) carries only the xid of its call, not the
 * procedure, so, like tcpdump's xid_map_enter()/xid_map_find(), the printer
 * remembers the last NFS_XIDMAP_SIZE calls it saw (xid, client, server,
 * procedure, version) in a ring and looks each reply up by xid and the
 * addresses reversed.  The ring is a fixed array: it is zeroed with the
 * context (ipver 0 matches nothing) and never grows.
 */
#ifndef PCAPCAT_PRINT_NFS_H
#define PCAPCAT_PRINT_NFS_H

#include <stdint.h>

struct ipinfo;

/* tcpdump's XIDMAPSIZE */
#define NFS_XIDMAP_SIZE	64

struct nfs_call {
	uint32_t	 xid;		/* as it is on the wire */
	uint32_t	 proc;
	uint32_t	 vers;
	uint8_t		 ipver;		/* 4 or 6; 0: an empty slot */
	uint8_t		 client[16];	/* the call's source address */
	uint8_t		 server[16];	/* its destination */
};

struct nfsstate {
	struct nfs_call	 map[NFS_XIDMAP_SIZE];
	unsigned	 next;		/* the slot the next call goes to */
	unsigned	 hint;		/* where the last search succeeded */
	/* the segment tcp_print() is dispatching (nfs_tcp_note()) */
	const struct ipinfo *ip;
	uint16_t	 sport, dport;
};

#endif
