#!/usr/bin/python3
"""Generate the pcapng test captures in tests/captures/ (ng-*.pcapng).

Run with /usr/bin/python3 from anywhere; it needs only the standard library
and the gzip and zstd programs.  Every block is written with struct.pack, so
the byte order, each field and each fault are under control, and every run
writes the same bytes.  Each capture also gets a .gz (gzip -n -9) and a .zst
(zstd -19 -q) copy, which pcapcat must read to the same output.

Readable by tcpdump (pcapcat must print the same bytes):
  ng-le               little-endian, one Ethernet interface, EPBs
  ng-be               the same packets, big-endian
  ng-v12              SHB version 1.2 (libpcap takes 1.0 and 1.2)
  ng-empty            SHB and IDB, no packets
  ng-sections         three sections, each with its own IDBs (same type)
  ng-blocks           every block type: SHB, IDB with options, NRB, ISB,
                      EPB with options, SPB, obsolete PB, DSB, custom blocks
                      (both kinds) and an unknown type, all between packets
  ng-spb              SPBs longer than the snaplen (cut), EPB caplen < len
  ng-tsresol          one interface per if_tsresol kind: 10^-0, 10^-3,
                      10^-6 (default and explicit), 10^-9, 2^-10, 2^-20,
                      2^-30, 2^-32
  ng-tsresol-fine     10^-12, 10^-19, 2^-40, 2^-63 (small seconds: the
                      ticks must fit in 64 bits); 2^-40 and 2^-63 overflow
                      libpcap's nanosecond arithmetic
  ng-tsoffset         if_tsoffset, positive and negative, with if_fcslen
  ng-many             2000 packets (for the corrupt compressed copies)
Refused by tcpdump, read by pcapcat (deliberately; see reader-pcapng.c):
  ng-multilink        interfaces of different link types (EN10MB, RAW,
                      NULL, LINUX_SLL)
  ng-snaplens         interfaces with different snapshot lengths
  ng-mixed-order      a little-endian section, then a big-endian one
Faults (tcpdump and pcapcat both stop, with the same message):
  ng-bad-short        a block of length 8 (< 12) after two packets
  ng-bad-notmult4     a block of length 30
  ng-bad-trailer      header length != trailer length
  ng-bad-toolong      a block of 32 MiB (> 16 MiB cap)
  ng-bad-cut          file cut inside a block's body
  ng-bad-cut-header   file cut inside a block's header
  ng-bad-unknown-if   an EPB on interface 5 of 1
  ng-bad-spb-noif     an SPB in a new section before its IDB
  ng-bad-magic        not an SHB where the SHB must be
  ng-bad-bom          an SHB with a bad byte-order magic first
  ng-bad-bom-later    a later SHB with a bad byte-order magic
  ng-bad-version      SHB version 2.0
  ng-bad-major-later  a later SHB with major version 2
  ng-bad-shb-len      a first SHB of 2 MiB (> 1 MiB)
  ng-bad-shb-cut      a first SHB cut short
  ng-bad-noidb        no IDB at all
  ng-bad-pkt-first    a packet block before any IDB
  ng-bad-caplen       caplen bigger than the snaplen
  ng-bad-epb-short    an EPB whose caplen runs past its block
  ng-bad-idb-short    an IDB of 4 body bytes
  ng-bad-tsresol      if_tsresol 2^-64
  ng-bad-tsresol-len  if_tsresol of length 2
  ng-bad-tsresol-two  two if_tsresol options
Corrupt compressed copies (pcapcat prints the packets before the fault,
then an error with the compressed offset, exit 1):
  ng-many-corrupt.pcapng.gz   a byte flipped 3/4 into the stream
  ng-many-cut.pcapng.gz       cut 3/4 into the stream
  ng-many-corrupt.pcapng.zst  a byte flipped 3/4 into the stream
  ng-many-cut.pcapng.zst      cut 3/4 into the stream
"""

import os
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "captures")
BASE = 1678795200           # 2023-03-14 12:00:00 UTC

LT_NULL, LT_EN10MB, LT_RAW, LT_SLL = 0, 1, 101, 113
BT_SHB, BT_IDB, BT_PB, BT_SPB, BT_NRB, BT_ISB, BT_EPB, BT_DSB = (
    0x0A0D0D0A, 1, 2, 3, 4, 5, 6, 10)


def pad4(b):
    return b + b"\0" * (-len(b) % 4)


# --- packets -------------------------------------------------------------

def cksum(b):
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack("!%dH" % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


def ipv4_udp(n, sport=40000, dport=9):
    payload = b"pcapcat %d " % n + bytes(range(32))
    src, dst = bytes([192, 0, 2, 1 + n % 200]), bytes([198, 51, 100, 7])
    udp = struct.pack("!HHHH", sport + n % 1000, dport, 8 + len(payload), 0)
    pseudo = src + dst + struct.pack("!BBH", 0, 17, len(udp) + len(payload))
    c = cksum(pseudo + udp + payload) or 0xffff
    udp = udp[:6] + struct.pack("!H", c)
    hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(udp) + len(payload),
                      n & 0xffff, 0x4000, 64, 17, 0, src, dst)
    hdr = hdr[:10] + struct.pack("!H", cksum(hdr)) + hdr[12:]
    return hdr + udp + payload


def frame(lt, n):
    ip = ipv4_udp(n)
    if lt == LT_EN10MB:
        return (b"\x02\x00\x00\x00\x00\x02" + b"\x02\x00\x00\x00\x00\x01" +
                b"\x08\x00" + ip)
    if lt == LT_RAW:
        return ip
    if lt == LT_NULL:
        return struct.pack("<I", 2) + ip
    if lt == LT_SLL:
        return (struct.pack("!HHH", 0, 1, 6) + b"\x02\x00\x00\x00\x00\x01" +
                b"\0\0" + struct.pack("!H", 0x0800) + ip)
    raise ValueError(lt)


# --- blocks --------------------------------------------------------------

class W:
    """Blocks in one byte order ('<' or '>')."""

    def __init__(self, e="<"):
        self.e = e

    def p(self, fmt, *a):
        return struct.pack(self.e + fmt, *a)

    def block(self, btype, body, total=None, trailer=None):
        body = pad4(body)
        if total is None:
            total = 12 + len(body)
        if trailer is None:
            trailer = total
        return self.p("II", btype, total) + body + self.p("I", trailer)

    def opts(self, options):
        if not options:
            return b""
        b = b"".join(self.p("HH", c, len(v)) + pad4(v) for c, v in options)
        return b + self.p("HH", 0, 0)

    def shb(self, major=1, minor=0, options=(), magic=0x1A2B3C4D):
        return self.block(BT_SHB, self.p("IHHq", magic, major, minor, -1) +
                          self.opts(list(options)))

    def idb(self, lt, snaplen=65535, options=()):
        return self.block(BT_IDB, self.p("HHI", lt, 0, snaplen) +
                          self.opts(list(options)))

    def epb(self, ifid, t, data, wirelen=None, options=()):
        wirelen = len(data) if wirelen is None else wirelen
        return self.block(BT_EPB, self.p("IIIII", ifid, t >> 32,
                                         t & 0xffffffff, len(data), wirelen) +
                          pad4(data) + self.opts(list(options)))

    def spb(self, data, wirelen):
        return self.block(BT_SPB, self.p("I", wirelen) + pad4(data))

    def pb(self, ifid, t, data):
        return self.block(BT_PB, self.p("HHIIII", ifid, 0, t >> 32,
                                        t & 0xffffffff, len(data),
                                        len(data)) + pad4(data))

    def isb(self, ifid, t):
        return self.block(BT_ISB, self.p("III", ifid, t >> 32,
                                         t & 0xffffffff) +
                          self.opts([(4, self.p("Q", 1234)),
                                     (5, self.p("Q", 0))]))

    def nrb(self):
        rec = pad4(bytes([192, 0, 2, 1]) + b"host.example\0")
        return self.block(BT_NRB, self.p("HH", 1, 4 + 13) + rec +
                          self.p("HH", 0, 0))

    def dsb(self):
        secret = b"CLIENT_RANDOM 00 11\n"
        return self.block(BT_DSB, self.p("II", 0x544c534b, len(secret)) +
                          pad4(secret))

    def custom(self, btype):
        return self.block(btype, self.p("I", 32473) + b"pcapcat custom\0\0")


def tsresol(v):
    return (9, bytes([v]))


def tsoffset(w, v):
    return (14, w.p("q", v))


def us(sec, usec):
    return sec * 1000000 + usec


# --- the captures ----------------------------------------------------------

def basic(w, n=4, lt=LT_EN10MB, ifid=0, start=0):
    return b"".join(w.epb(ifid, us(BASE + i, 1000 * i + 7), frame(lt, start + i))
                    for i in range(n))


def captures():
    le, be = W("<"), W(">")
    c = {}
    c["ng-le"] = le.shb() + le.idb(LT_EN10MB) + basic(le)
    c["ng-be"] = be.shb() + be.idb(LT_EN10MB) + basic(be)
    c["ng-v12"] = le.shb(1, 2) + le.idb(LT_EN10MB) + basic(le, 2)
    c["ng-empty"] = le.shb() + le.idb(LT_EN10MB, 262144)
    c["ng-sections"] = (
        le.shb() + le.idb(LT_EN10MB) + basic(le, 2) +
        le.shb() + le.idb(LT_EN10MB) + le.idb(LT_EN10MB) +
        basic(le, 2, ifid=1, start=10) + basic(le, 1, start=20) +
        le.shb(options=[(1, b"third section")]) + le.idb(LT_EN10MB) +
        basic(le, 2, start=30))
    c["ng-blocks"] = (
        le.shb(options=[(1, b"comment"), (2, b"hardware"), (3, b"os"),
                        (4, b"gen-pcapng.py")]) +
        le.nrb() +
        le.idb(LT_EN10MB, 65535, [(2, b"eth0"), (3, b"test interface"),
                                  (1, b"a comment"), (12, b"Linux"),
                                  tsresol(6)]) +
        le.custom(0x00000BAD) + basic(le, 1) + le.isb(0, us(BASE, 5)) +
        le.epb(0, us(BASE + 1, 2), frame(LT_EN10MB, 1),
               options=[(1, b"packet comment"), (2, le.p("I", 1))]) +
        le.spb(frame(LT_EN10MB, 2), len(frame(LT_EN10MB, 2))) +
        le.pb(0, us(BASE + 3, 4), frame(LT_EN10MB, 3)) +
        le.dsb() + le.custom(0x40000BAD) +
        le.block(0x12345678, b"unknown block type") +
        le.block(0x80000001, b"local use") +
        basic(le, 1, start=4))
    f = frame(LT_EN10MB, 5)
    c["ng-spb"] = (le.shb() + le.idb(LT_EN10MB, 40) +
                   le.spb(f[:40], len(f)) + le.spb(f[:20], 20) +
                   le.epb(0, us(BASE, 1), f[:40], len(f)))
    # one interface per resolution; the ticks are BASE s + a fraction
    res = [(0, 10, 1, False), (3, 10, 10**3, False), (None, 10, 10**6, False),
           (6, 10, 10**6, False), (9, 10, 10**9, False),
           (0x80 | 10, 2, 2**10, True), (0x80 | 20, 2, 2**20, True),
           (0x80 | 30, 2, 2**30, True), (0x80 | 32, 2, 2**32, True)]

    def resfile(rows, sec):
        b = le.shb()
        for v, _, _, _ in rows:
            b += le.idb(LT_EN10MB, 65535, [] if v is None else [tsresol(v)])
        n = 0
        for i, (v, _, units, _) in enumerate(rows):
            s = min(sec, (2**64 - units) // units)   # ticks fit 64 bits
            for frac in (0, units // 3, units - 1, units // 2 + 1):
                t = s * units + min(frac, units - 1)
                b += le.epb(i, t, frame(LT_EN10MB, n))
                n += 1
        return b
    c["ng-tsresol"] = resfile(res, BASE)
    c["ng-tsresol-fine"] = resfile(
        [(12, 10, 10**12, False), (19, 10, 10**19, False),
         (0x80 | 40, 2, 2**40, True), (0x80 | 63, 2, 2**63, True)], 1)
    c["ng-tsoffset"] = (
        le.shb() +
        le.idb(LT_EN10MB, 65535, [tsoffset(le, BASE), (13, b"\x04")]) +
        le.idb(LT_EN10MB, 65535, [tsoffset(le, -1000), tsresol(9)]) +
        le.epb(0, us(5, 250), frame(LT_EN10MB, 0)) +
        le.epb(1, (BASE + 7000) * 10**9 + 123456789, frame(LT_EN10MB, 1)) +
        le.spb(frame(LT_EN10MB, 2), len(frame(LT_EN10MB, 2))))
    c["ng-many"] = (le.shb() + le.idb(LT_EN10MB) +
                    b"".join(le.epb(0, us(BASE + i // 10, 1000 * (i % 1000)),
                                    frame(LT_EN10MB, i)) for i in range(2000)))
    c["ng-multilink"] = (
        le.shb() + le.idb(LT_EN10MB) + le.idb(LT_RAW) + le.idb(LT_NULL) +
        le.idb(LT_SLL) +
        b"".join(le.epb(i % 4, us(BASE + i, 0),
                        frame([LT_EN10MB, LT_RAW, LT_NULL, LT_SLL][i % 4], i))
                 for i in range(8)))
    c["ng-snaplens"] = (le.shb() + le.idb(LT_EN10MB, 65535) +
                        le.idb(LT_EN10MB, 128) + basic(le, 2) +
                        basic(le, 2, ifid=1, start=2))
    c["ng-mixed-order"] = (le.shb() + le.idb(LT_EN10MB) + basic(le, 2) +
                           be.shb() + be.idb(LT_EN10MB) +
                           basic(be, 2, start=2))

    good = le.shb() + le.idb(LT_EN10MB) + basic(le, 2)
    c["ng-bad-short"] = good + le.p("II", BT_EPB, 8) + basic(le, 1)
    c["ng-bad-notmult4"] = good + le.p("II", BT_EPB, 30) + b"\0" * 22
    c["ng-bad-trailer"] = good + le.block(BT_NRB, b"\0" * 8, trailer=24)
    c["ng-bad-toolong"] = good + le.p("II", BT_EPB, 32 << 20) + b"\0" * 64
    c["ng-bad-cut"] = good + basic(le, 1, start=2)[:-20]
    c["ng-bad-cut-header"] = good + le.p("I", BT_EPB)
    c["ng-bad-unknown-if"] = good + le.epb(5, us(BASE, 0), frame(1, 9))
    c["ng-bad-spb-noif"] = (good + le.shb() +
                            le.spb(frame(1, 3), len(frame(1, 3))))
    c["ng-bad-magic"] = le.block(BT_IDB, le.p("HHI", 1, 0, 65535)) + good
    c["ng-bad-bom"] = le.shb(magic=0x1A2B3C4E) + good[28:]
    c["ng-bad-bom-later"] = good + le.shb(magic=0x11223344) + good[28:]
    c["ng-bad-version"] = le.shb(2, 0) + good[28:]
    c["ng-bad-major-later"] = good + le.shb(2, 0) + good[28:]
    c["ng-bad-shb-len"] = (le.p("II", BT_SHB, 2 << 20) +
                           le.p("IHHq", 0x1A2B3C4D, 1, 0, -1) + good[28:])
    c["ng-bad-shb-cut"] = le.shb(options=[(1, b"x" * 64)])[:40]
    c["ng-bad-noidb"] = le.shb() + le.nrb()
    c["ng-bad-pkt-first"] = le.shb() + basic(le, 1) + le.idb(1) + basic(le, 1)
    c["ng-bad-caplen"] = (le.shb() + le.idb(LT_EN10MB, 64) +
                          le.epb(0, us(BASE, 0), frame(1, 0)[:64]) +
                          le.epb(0, us(BASE, 1), frame(1, 1)))
    c["ng-bad-epb-short"] = good + le.block(
        BT_EPB, le.p("IIIII", 0, 0, 0, 200, 200) + b"\0" * 40)
    c["ng-bad-idb-short"] = le.shb() + le.block(BT_IDB, le.p("HH", 1, 0))
    c["ng-bad-tsresol"] = (le.shb() +
                           le.idb(LT_EN10MB, 65535, [tsresol(0x80 | 64)]) +
                           basic(le, 1))
    c["ng-bad-tsresol-len"] = (le.shb() +
                               le.idb(LT_EN10MB, 65535, [(9, b"\x06\x06")]) +
                               basic(le, 1))
    c["ng-bad-tsresol-two"] = (le.shb() +
                               le.idb(LT_EN10MB, 65535,
                                      [tsresol(6), tsresol(9)]) +
                               basic(le, 1))
    return c


def compress(path):
    for prog, ext in ((["gzip", "-n", "-9", "-c"], ".gz"),
                      (["zstd", "-19", "-q", "-c"], ".zst")):
        with open(path, "rb") as i, open(path + ext, "wb") as o:
            subprocess.run(prog, stdin=i, stdout=o, check=True)


def damaged(name):
    """A byte flipped 3/4 into the stream, and a copy cut there.

    3/4, not 1/2: zstd decodes whole blocks of up to 128 KiB, so the fault
    must lie in a later block for good packets to come out before it."""
    for ext in (".gz", ".zst"):
        with open(os.path.join(OUT, name + ".pcapng" + ext), "rb") as f:
            z = f.read()
        bad = bytearray(z)
        bad[len(z) * 3 // 4] ^= 0x55
        with open(os.path.join(OUT, name + "-corrupt.pcapng" + ext),
                  "wb") as f:
            f.write(bytes(bad))
        with open(os.path.join(OUT, name + "-cut.pcapng" + ext), "wb") as f:
            f.write(z[:len(z) * 3 // 4])


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, data in sorted(captures().items()):
        path = os.path.join(OUT, name + ".pcapng")
        with open(path, "wb") as f:
            f.write(data)
        compress(path)
    damaged("ng-many")
    return 0


if __name__ == "__main__":
    sys.exit(main())
