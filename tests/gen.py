#!/usr/bin/python3
"""Generate the deterministic test captures in tests/captures/.

Run from anywhere with /usr/bin/python3 (needs Debian's python3-scapy):

    /usr/bin/python3 tests/gen.py

Every run writes the same bytes: timestamps are fixed (starting at
2023-03-14 12:00:00 UTC), addresses are fixed, and every header field that
scapy would otherwise pick (IP id, checksums, ports, sequence numbers) is
either set explicitly or computed deterministically.  Pcap files are written
with struct.pack by this script, not by scapy, so we control the byte order,
the magic, the snaplen and can produce damaged files.
"""

import os
import struct
import sys

from scapy.all import (  # noqa: F401
    ARP, Dot1AD, Dot1Q, Ether, ICMP, IP, IPOption, IPv6, IPv6ExtHdrDestOpt,
    IPv6ExtHdrFragment, IPv6ExtHdrHopByHop, ICMPv6EchoReply,
    ICMPv6EchoRequest, ICMPv6ND_NA, ICMPv6ND_NS, ICMPv6NDOptDstLLAddr,
    ICMPv6NDOptSrcLLAddr, LLC, Raw, SNAP, TCP, UDP, conf,
)

conf.verb = 0

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "captures")

T0 = 1678795200  # 2023-03-14 12:00:00 UTC

MAC_A = "02:00:00:00:00:0a"
MAC_B = "02:00:00:00:00:0b"
MAC_C = "02:00:00:00:00:0c"
BCAST = "ff:ff:ff:ff:ff:ff"

IP_A = "192.0.2.1"
IP_B = "198.51.100.2"
IP_C = "203.0.113.3"
IP_D = "10.1.2.3"

IP6_A = "2001:db8::1"
IP6_B = "2001:db8::2"

LINKTYPE_ETHERNET = 1


# --------------------------------------------------------------------------
# pcap writing
# --------------------------------------------------------------------------

class Rec:
    """One pcap record.  caplen/origlen default to len(data)."""

    def __init__(self, sec, frac, data, caplen=None, origlen=None):
        self.sec = sec
        self.frac = frac
        self.data = bytes(data)
        self.caplen = len(self.data) if caplen is None else caplen
        self.origlen = len(self.data) if origlen is None else origlen


def file_header(endian="<", nano=False, major=2, minor=4, snaplen=262144,
                linktype=LINKTYPE_ETHERNET, thiszone=0, sigfigs=0):
    magic = 0xa1b23c4d if nano else 0xa1b2c3d4
    return struct.pack(endian + "IHHiIII", magic, major, minor, thiszone,
                       sigfigs, snaplen, linktype)


def rec_bytes(r, endian="<"):
    return struct.pack(endian + "IIII", r.sec, r.frac, r.caplen,
                       r.origlen) + r.data


def write(name, data):
    path = os.path.join(OUT, name + ".pcap")
    with open(path, "wb") as f:
        f.write(data)


def write_pcap(name, recs, endian="<", nano=False, snaplen=262144,
               linktype=LINKTYPE_ETHERNET, tail=b"", **hdr):
    out = bytearray(file_header(endian, nano, snaplen=snaplen,
                                linktype=linktype, **hdr))
    for r in recs:
        out += rec_bytes(r, endian)
    out += tail
    write(name, bytes(out))


def timed(pkts, start=0, step_us=1000, nano=False):
    """Turn a list of packets (scapy or bytes) into Recs with fixed times.

    Timestamps start at T0 + start seconds and advance by step_us
    microseconds; an odd 123 us offset makes the fractional part visible.
    """
    recs = []
    for i, p in enumerate(pkts):
        us = start * 1000000 + 123 + i * step_us
        sec = T0 + us // 1000000
        frac = us % 1000000
        if nano:
            frac = frac * 1000 + (i * 337) % 1000
        recs.append(Rec(sec, frac, bytes(p)))
    return recs


def eth(src=MAC_A, dst=MAC_B):
    return Ether(src=src, dst=dst)


def ip4(src=IP_A, dst=IP_B, **kw):
    kw.setdefault("id", 0x1234)
    kw.setdefault("ttl", 64)
    return IP(src=src, dst=dst, **kw)


def tcp(sport=40000, dport=7000, **kw):
    kw.setdefault("seq", 1000)
    kw.setdefault("ack", 0)
    kw.setdefault("window", 65535)
    return TCP(sport=sport, dport=dport, **kw)


# --------------------------------------------------------------------------
# captures
# --------------------------------------------------------------------------

def gen_tcp_flags():
    # flags written with tcpdump's letters: F S R P U W(CWR) E(ECE) and
    # "." for ACK; "none" means no flag at all.
    bits = {"F": 0x01, "S": 0x02, "R": 0x04, "P": 0x08, ".": 0x10,
            "U": 0x20, "E": 0x40, "W": 0x80}
    flagsets = [
        "S", "S.", ".", "P.", "F", "F.", "R", "R.", "U", "U.", "E", "W",
        "none", "SE", "SEW", "S.E", "FPU", "FSRPU.", "FSRPU.EW", "EW",
        "P.E", "RP", "FR", "FS", "PU", "SR", "FP.", "W.", "E.",
    ]
    pkts = []
    for i, fl in enumerate(flagsets):
        val = sum(bits[c] for c in fl if c in bits)
        ack = 5000 + i if "." in fl else 0
        urg = 7 if "U" in fl else 0
        payload = b"x" * (i % 4)
        p = (eth() / ip4(id=0x100 + i) /
             tcp(sport=40000 + i, flags=val, seq=1000 + i, ack=ack,
                 urgptr=urg) / Raw(payload))
        pkts.append(p)
    # a TCP segment with the reserved bits set and the ack flag clear but a
    # nonzero ack field, a zero window and a nonzero urgent ptr without URG
    raw = bytearray(bytes(eth() / ip4(id=0x200) /
                          tcp(flags="S", window=0, urgptr=9, ack=77)))
    raw[14 + 20 + 12] |= 0x0e  # reserved bits
    pkts.append(fix_tcp_csum(bytes(raw)))
    # also data offset < 5 (bad header length)
    raw = bytearray(bytes(eth() / ip4(id=0x201) / tcp(flags="PA", ack=9)))
    raw[14 + 20 + 12] = 0x40
    pkts.append(bytes(raw))
    write_pcap("tcp-flags", timed(pkts))


def fix_tcp_csum(frame):
    """Recompute the TCP checksum of an Ethernet/IPv4/TCP frame."""
    p = Ether(frame)
    del p[TCP].chksum
    return bytes(p)


def gen_tcp_options():
    opts = [
        [("MSS", 1460)],
        [("NOP", None), ("NOP", None), ("EOL", None)],
        [("WScale", 7)],
        [("SAckOK", b"")],
        [("MSS", 1460), ("NOP", None), ("WScale", 7), ("SAckOK", b""),
         ("Timestamp", (123456, 0))],
        [("NOP", None), ("NOP", None), ("SAck", (1100, 1200))],
        [("NOP", None), ("NOP", None), ("SAck", (1100, 1200, 1300, 1400))],
        [("NOP", None), ("NOP", None),
         ("SAck", (1100, 1200, 1300, 1400, 1500, 1600))],
        [("NOP", None), ("NOP", None),
         ("SAck", (1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800))],
        [("NOP", None), ("NOP", None), ("Timestamp", (4294967295, 42))],
        [(19, b"\x01" * 16)],                       # md5
        [(34, b"")],                                # TFO cookie request
        [(34, b"\xaa\xbb\xcc\xdd\x11\x22\x33\x44")],  # TFO cookie
        [(28, b"\x80\x3c")],                        # user timeout
        [(28, b"\x00\x0a")],                        # user timeout (seconds)
        [(30, b"\x00\x81\x01\x02\x03\x04\x05\x06\x07\x08")],  # mptcp capable
        [(30, b"\x20\x00")],                        # mptcp dss
        [(99, b"\xde\xad\xbe\xef")],                # unknown kind with data
        [(254, b"\xf9\x89\x00\x01")],               # experimental
        [(5, b"\x00\x00\x04\x4c")],                 # sack with partial block
    ]
    pkts = []
    for i, o in enumerate(opts):
        p = (eth() / ip4(id=0x300 + i) /
             tcp(flags="SA" if i % 2 else "A", seq=1000 + i, ack=2000,
                 options=o))
        pkts.append(p)
    # raw option bytes that scapy will not build: bad lengths
    bad = [
        b"\x02\x03\x05\xb4",            # mss with len 3
        b"\x03\x04\x07\x00",            # wscale len 4
        b"\x08\x0c" + b"\x00" * 10,     # TS len 12 (should be 10)
        b"\x05\x07" + b"\x00" * 5 + b"\x00",  # sack len 7
        b"\x02\x00\x00\x00",            # option length 0
        b"\x02\x01\x00\x00",            # option length 1
        b"\x04\x03\x00\x00",            # sackOK len 3
        b"\x63\x28\x00\x00",            # unknown kind, len runs past header
        b"\x13\x04\x00\x00",            # md5 with short len
        b"\x01\x01\x01\x02",            # nops then truncated option
    ]
    for i, ob in enumerate(bad):
        pkts.append(raw_tcp_with_options(ob, 0x400 + i))
    write_pcap("tcp-options", timed(pkts))


def raw_tcp_with_options(optbytes, ipid, flags="A", payload=b""):
    assert len(optbytes) % 4 == 0
    t = tcp(flags=flags, seq=3000, ack=4000)
    t.dataofs = 5 + len(optbytes) // 4
    base = bytes(t)
    seg = base[:20] + optbytes + payload
    ip = ip4(id=ipid, proto=6) / Raw(seg)
    return fix_tcp_csum(bytes(eth() / ip))


def conn(cli, srv, cport, sport, isn_c, isn_s, exchanges, ipid_base,
         win=64240, mss=True):
    """Build the packets of one TCP connection.

    exchanges: list of ("c"|"s", nbytes) data segments after the handshake.
    Returns a list of (direction, packet).
    """
    out = []
    c_ip = dict(src=cli, dst=srv)
    s_ip = dict(src=srv, dst=cli)
    cseq, sseq = isn_c, isn_s
    ipid = [ipid_base]

    def mk(side, flags, seq, ack, data=b"", options=None):
        ipid[0] += 1
        kw = c_ip if side == "c" else s_ip
        mac = (MAC_A, MAC_B) if side == "c" else (MAC_B, MAC_A)
        sp, dp = (cport, sport) if side == "c" else (sport, cport)
        t = TCP(sport=sp, dport=dp, flags=flags, seq=seq & 0xffffffff,
                ack=ack & 0xffffffff, window=win,
                options=options or [])
        p = Ether(src=mac[0], dst=mac[1]) / ip4(id=ipid[0] & 0xffff,
                                                 **kw) / t
        if data:
            p = p / Raw(data)
        out.append(p)

    synopt = [("MSS", 1460)] if mss else []
    mk("c", "S", cseq, 0, options=synopt)
    mk("s", "SA", sseq, cseq + 1, options=synopt)
    cseq += 1
    sseq += 1
    mk("c", "A", cseq, sseq)
    for side, n in exchanges:
        data = bytes((ord("a") + (k % 26)) for k in range(n))
        if side == "c":
            mk("c", "PA", cseq, sseq, data)
            cseq += n
            mk("s", "A", sseq, cseq)
        else:
            mk("s", "PA", sseq, cseq, data)
            sseq += n
            mk("c", "A", cseq, sseq)
    mk("c", "FA", cseq, sseq)
    cseq += 1
    mk("s", "FA", sseq, cseq)
    sseq += 1
    mk("c", "A", cseq, sseq)
    return out


def interleave(*lists):
    out = []
    idx = [0] * len(lists)
    k = 0
    while any(idx[i] < len(lists[i]) for i in range(len(lists))):
        i = k % len(lists)
        if idx[i] < len(lists[i]):
            out.append(lists[i][idx[i]])
            idx[i] += 1
        k += 1
    return out


def gen_tcp_conns():
    c1 = conn(IP_A, IP_B, 40001, 7001, 100000, 900000,
              [("c", 40), ("s", 120), ("s", 30)], 0x1000)
    c2 = conn(IP_C, IP_B, 40002, 2222, 3000000000, 12345,
              [("c", 21), ("s", 33), ("c", 48)], 0x2000)
    c3 = conn(IP_A, IP_D, 40003, 443, 77, 4000000000,
              [("s", 10), ("c", 5)], 0x3000)
    # sequence numbers wrap around 2^32 in both directions
    c4 = conn(IP_D, IP_C, 40004, 9090, 0xffffffd0, 0xfffffff0,
              [("c", 40), ("s", 30), ("c", 40), ("s", 16)], 0x4000)
    pkts = interleave(c1, c2, c3) + c4
    write_pcap("tcp-conns", timed(pkts))


def snaplen_traffic():
    p = []
    p.append(eth() / ip4(id=0x501) /
             tcp(flags="S", options=[("MSS", 1460), ("SAckOK", b""),
                                     ("Timestamp", (1000, 0)), ("NOP", None),
                                     ("WScale", 7)]))
    p.append(eth(MAC_B, MAC_A) / ip4(IP_B, IP_A, id=0x502) /
             tcp(7000, 40000, flags="SA", seq=5000, ack=1001,
                 options=[("MSS", 1400), ("SAckOK", b""),
                          ("Timestamp", (2000, 1000)), ("NOP", None),
                          ("WScale", 6)]))
    p.append(eth() / ip4(id=0x503) /
             tcp(flags="A", seq=1001, ack=5001,
                 options=[("NOP", None), ("NOP", None),
                          ("Timestamp", (1001, 2000))]))
    p.append(eth() / ip4(id=0x504) /
             tcp(flags="PA", seq=1001, ack=5001,
                 options=[("NOP", None), ("NOP", None),
                          ("Timestamp", (1002, 2000))]) /
             Raw(b"GET / HTTP/1.0\r\n\r\n"))
    p.append(eth(MAC_B, MAC_A) / ip4(IP_B, IP_A, id=0x505) /
             tcp(7000, 40000, flags="A", seq=5001, ack=1019,
                 options=[("NOP", None), ("NOP", None),
                          ("SAck", (900, 950, 960, 990))]))
    p.append(eth(MAC_B, MAC_A) / ip4(IP_B, IP_A, id=0x506) /
             tcp(7000, 40000, flags="PA", seq=5001, ack=1019) /
             Raw(b"HTTP/1.0 200 OK\r\n" + b"z" * 60))
    p.append(eth() / ip4(id=0x507) / UDP(sport=6000, dport=9999) /
             Raw(b"u" * 40))
    p.append(eth() / ip4(id=0x508) / ICMP(type=8, id=7, seq=1) /
             Raw(b"p" * 32))
    p.append(eth() / ip4(id=0x509) / tcp(flags="FA", seq=1019, ack=5078))
    return p


def gen_snaplens():
    pkts = snaplen_traffic()
    for snap in (54, 60, 70, 80):
        recs = []
        for r in timed(pkts):
            full = r.data
            recs.append(Rec(r.sec, r.frac, full[:snap],
                            caplen=min(snap, len(full)),
                            origlen=len(full)))
        write_pcap("snaplen-%d" % snap, recs, snaplen=snap)


def gen_ip_options():
    opts = [
        [IPOption(b"\x01\x01\x01\x00")],                  # NOP NOP NOP EOL
        [IPOption(b"\x00\x00\x00\x00")],                  # EOL only
        # record route, 3 slots, pointer 8 (one filled)
        [IPOption(b"\x07\x0f\x08" + bytes([10, 0, 0, 1]) + b"\x00" * 8),
         IPOption(b"\x00")],
        # timestamp only (flag 0), two slots, one filled
        [IPOption(b"\x44\x0c\x09\x00" + struct.pack(">II", 5000, 0))],
        # timestamp with addresses (flag 1)
        [IPOption(b"\x44\x14\x0d\x01" +
                  bytes([10, 0, 0, 1]) + struct.pack(">I", 6000) +
                  bytes([10, 0, 0, 2]) + struct.pack(">I", 0))],
        # LSRR
        [IPOption(b"\x83\x0b\x04" + bytes([10, 0, 0, 9]) +
                  bytes([10, 0, 0, 10])), IPOption(b"\x00")],
        # SSRR
        [IPOption(b"\x89\x07\x04" + bytes([10, 0, 0, 9])),
         IPOption(b"\x00")],
        # router alert
        [IPOption(b"\x94\x04\x00\x00")],
        # unknown option 0x9e with data
        [IPOption(b"\x9e\x06\x01\x02\x03\x04"), IPOption(b"\x01\x00")],
        # bad length 1
        [IPOption(b"\x07\x01\x00\x00")],
        # security (130) option
        [IPOption(b"\x82\x0b" + b"\x00" * 9), IPOption(b"\x00")],
    ]
    pkts = []
    for i, o in enumerate(opts):
        if i % 3 == 0:
            l4 = tcp(flags="S", seq=1000 + i)
        elif i % 3 == 1:
            l4 = UDP(sport=5000 + i, dport=9053) / Raw(b"q" * 12)
        else:
            l4 = ICMP(type=8, id=0x77, seq=i) / Raw(b"d" * 16)
        pkts.append(eth() / ip4(id=0x600 + i, options=o) / l4)
    write_pcap("ip-options", timed(pkts))


def gen_ip_frags():
    pkts = []
    # UDP datagram in three fragments
    whole = bytes(UDP(sport=5001, dport=7777) / Raw(bytes(range(256)) * 2))
    pieces = [(0, whole[:200], 1), (200 // 8 * 8, whole[200:400], 1),
              (400, whole[400:], 0)]
    for off, data, mf in pieces:
        pkts.append(eth() / ip4(id=0xabcd, proto=17, frag=off // 8,
                                flags="MF" if mf else 0) / Raw(data))
    # TCP first fragment then the rest
    seg = bytes(tcp(flags="PA", seq=11111, ack=22222) / Raw(b"T" * 100))
    pkts.append(eth() / ip4(id=0xbeef, proto=6, flags="MF") / Raw(seg[:48]))
    pkts.append(eth() / ip4(id=0xbeef, proto=6, frag=6) / Raw(seg[48:]))
    # DF set on a normal TCP and UDP packet
    pkts.append(eth() / ip4(id=0x700, flags="DF") /
                tcp(flags="S", seq=1))
    pkts.append(eth() / ip4(id=0x701, flags="DF") /
                UDP(sport=1234, dport=4321) / Raw(b"x" * 20))
    # DF and MF both set (odd but legal to print)
    pkts.append(eth() / ip4(id=0x702, flags="DF+MF", proto=17) /
                Raw(b"y" * 16))
    # ICMP fragments (out of order: last first)
    icmp = bytes(ICMP(type=8, id=1, seq=1) / Raw(b"i" * 60))
    pkts.append(eth() / ip4(id=0x703, proto=1, frag=4) / Raw(icmp[32:]))
    pkts.append(eth() / ip4(id=0x703, proto=1, flags="MF") / Raw(icmp[:32]))
    # first fragment too short to hold the TCP header
    pkts.append(eth() / ip4(id=0x704, proto=6, flags="MF") / Raw(seg[:8]))
    # reserved (evil) bit
    pkts.append(eth() / ip4(id=0x705, flags="evil") /
                UDP(sport=1, dport=2) / Raw(b"e"))
    write_pcap("ip-frags", timed(pkts))


def gen_vlan():
    pkts = []
    pkts.append(eth() / Dot1Q(vlan=100) / ip4(id=0x801) /
                tcp(flags="S"))
    pkts.append(eth(MAC_B, MAC_A) / Dot1Q(vlan=100, prio=5) /
                ip4(IP_B, IP_A, id=0x802) /
                tcp(7000, 40000, flags="SA", seq=7000, ack=1001))
    pkts.append(eth() / Dot1Q(vlan=4094, id=1) / ip4(id=0x803) /
                tcp(flags="PA", seq=1001, ack=7001) / Raw(b"hello"))
    # QinQ: 802.1ad outer, 802.1Q inner
    pkts.append(eth() / Dot1AD(vlan=200) / Dot1Q(vlan=300) /
                ip4(id=0x804) / tcp(flags="A", seq=1006, ack=7001))
    # QinQ with 0x8100 outer twice
    pkts.append(eth() / Dot1Q(vlan=10) / Dot1Q(vlan=20) /
                ip4(id=0x805) / tcp(flags="FA", seq=1006, ack=7001))
    # VLAN carrying UDP and ARP
    pkts.append(eth() / Dot1Q(vlan=7) / ip4(id=0x806) /
                UDP(sport=6800, dport=6700) / Raw(b"\x00" * 8))
    pkts.append(eth(MAC_A, BCAST) / Dot1Q(vlan=7) /
                ARP(op=1, hwsrc=MAC_A, psrc=IP_A, pdst=IP_B))
    # VLAN 0 (priority tagged)
    pkts.append(eth() / Dot1Q(vlan=0, prio=3) / ip4(id=0x807) /
                tcp(flags="R", seq=1))
    write_pcap("vlan", timed(pkts))


def gen_udp():
    pkts = []
    for i, (sp, dp, n) in enumerate([(40000, 9999, 0), (40001, 9999, 1),
                                     (12345, 54321, 100), (7, 7, 64),
                                     (50000, 33434, 12), (0, 0, 4)]):
        pkts.append(eth() / ip4(id=0x900 + i) / UDP(sport=sp, dport=dp) /
                    Raw(b"u" * n))
    # bad UDP length (bigger than IP payload) and smaller than header
    raw = bytearray(bytes(eth() / ip4(id=0x910) /
                          UDP(sport=1111, dport=2222) / Raw(b"abcd")))
    raw[14 + 20 + 4:14 + 20 + 6] = struct.pack(">H", 200)
    pkts.append(bytes(raw))
    raw = bytearray(bytes(eth() / ip4(id=0x911) /
                          UDP(sport=1111, dport=2222) / Raw(b"abcd")))
    raw[14 + 20 + 4:14 + 20 + 6] = struct.pack(">H", 4)
    pkts.append(bytes(raw))
    # IP total length shorter than the frame (ethernet padding)
    pkts.append(eth() / ip4(id=0x912) / UDP(sport=3000, dport=4000) /
                Raw(b"p") / Raw(b"\x00" * 0))
    # UDP in a truncated IP packet (ip len > frame)
    raw = bytearray(bytes(eth() / ip4(id=0x913) /
                          UDP(sport=3001, dport=4001) / Raw(b"z" * 10)))
    raw[14 + 2:14 + 4] = struct.pack(">H", 80)
    pkts.append(bytes(raw))
    write_pcap("udp", timed(pkts))


def gen_icmp():
    pkts = []
    pkts.append(eth() / ip4(id=0xa01) / ICMP(type=8, id=0x1f, seq=1) /
                Raw(b"0123456789abcdef" * 3))
    pkts.append(eth(MAC_B, MAC_A) / ip4(IP_B, IP_A, id=0xa02) /
                ICMP(type=0, id=0x1f, seq=1) / Raw(b"0123456789abcdef" * 3))
    inner_udp = (ip4(IP_A, IP_B, id=0xa0f) / UDP(sport=40000, dport=33434) /
                 Raw(b"probe-probe"))
    pkts.append(eth(MAC_B, MAC_A) / ip4(IP_B, IP_A, id=0xa03) /
                ICMP(type=3, code=3) / Raw(bytes(inner_udp)))
    pkts.append(eth(MAC_B, MAC_A) / ip4(IP_B, IP_A, id=0xa04) /
                ICMP(type=3, code=1) / Raw(bytes(inner_udp)[:28]))
    inner_tcp = ip4(IP_A, IP_B, id=0xa10) / tcp(flags="S", seq=55)
    pkts.append(eth(MAC_B, MAC_A) / ip4(IP_B, IP_A, id=0xa05) /
                ICMP(type=3, code=4, nexthopmtu=1400) /
                Raw(bytes(inner_tcp)[:28]))
    pkts.append(eth(MAC_B, MAC_A) / ip4(IP_B, IP_A, id=0xa06) /
                ICMP(type=3, code=13) / Raw(bytes(inner_tcp)[:28]))
    pkts.append(eth(MAC_C, MAC_A) / ip4(IP_C, IP_A, id=0xa07) /
                ICMP(type=11, code=0) / Raw(bytes(inner_udp)[:28]))
    pkts.append(eth(MAC_C, MAC_A) / ip4(IP_C, IP_A, id=0xa08) /
                ICMP(type=11, code=1) / Raw(bytes(inner_udp)[:28]))
    pkts.append(eth(MAC_C, MAC_A) / ip4(IP_C, IP_A, id=0xa09) /
                ICMP(type=5, code=1, gw=IP_D) / Raw(bytes(inner_tcp)[:28]))
    pkts.append(eth(MAC_C, MAC_A) / ip4(IP_C, IP_A, id=0xa0a) /
                ICMP(type=12, code=0, ptr=20) / Raw(bytes(inner_tcp)[:28]))
    pkts.append(eth() / ip4(id=0xa0b) /
                ICMP(type=13, id=5, seq=6, ts_ori=1000, ts_rx=0, ts_tx=0))
    pkts.append(eth(MAC_B, MAC_A) / ip4(IP_B, IP_A, id=0xa0c) /
                ICMP(type=14, id=5, seq=6, ts_ori=1000, ts_rx=1100,
                     ts_tx=1200))
    pkts.append(eth() / ip4(id=0xa0d) / ICMP(type=17, id=9, seq=9) /
                Raw(b"\x00" * 4))
    pkts.append(eth() / ip4(id=0xa0e) / ICMP(type=42, code=3) /
                Raw(b"\x00" * 8))
    # echo request with a bad checksum
    raw = bytearray(bytes(eth() / ip4(id=0xa11) /
                          ICMP(type=8, id=2, seq=2) / Raw(b"bad")))
    raw[14 + 20 + 2] ^= 0xff
    pkts.append(bytes(raw))
    # source quench and router advert/solicit
    pkts.append(eth() / ip4(id=0xa12) / ICMP(type=4) /
                Raw(bytes(inner_udp)[:28]))
    pkts.append(eth() / ip4(id=0xa13) / ICMP(type=10))
    write_pcap("icmp", timed(pkts))


def gen_arp():
    pkts = []
    pkts.append(Ether(src=MAC_A, dst=BCAST) /
                ARP(op=1, hwsrc=MAC_A, psrc=IP_A, pdst=IP_B))
    pkts.append(Ether(src=MAC_B, dst=MAC_A) /
                ARP(op=2, hwsrc=MAC_B, psrc=IP_B, hwdst=MAC_A, pdst=IP_A))
    # gratuitous ARP
    pkts.append(Ether(src=MAC_C, dst=BCAST) /
                ARP(op=1, hwsrc=MAC_C, psrc=IP_C, pdst=IP_C))
    # RARP request / reply
    pkts.append(Ether(src=MAC_C, dst=BCAST, type=0x8035) /
                ARP(op=3, hwsrc=MAC_C, hwdst=MAC_C))
    pkts.append(Ether(src=MAC_B, dst=MAC_C, type=0x8035) /
                ARP(op=4, hwsrc=MAC_B, psrc=IP_B, hwdst=MAC_C, pdst=IP_C))
    # request with non-zero target hw address, padded to 60 bytes
    p = bytes(Ether(src=MAC_A, dst=BCAST) /
              ARP(op=1, hwsrc=MAC_A, psrc=IP_A, hwdst=MAC_B, pdst=IP_D))
    pkts.append(p + b"\x00" * (60 - len(p)))
    # unknown op, and a truncated ARP
    pkts.append(Ether(src=MAC_A, dst=BCAST) /
                ARP(op=9, hwsrc=MAC_A, psrc=IP_A, pdst=IP_B))
    pkts.append(bytes(Ether(src=MAC_A, dst=BCAST) /
                      ARP(op=1, hwsrc=MAC_A, psrc=IP_A, pdst=IP_B))[:30])
    write_pcap("arp", timed(pkts))


def gen_ipv6():
    pkts = []
    e = Ether(src=MAC_A, dst=MAC_B)
    er = Ether(src=MAC_B, dst=MAC_A)
    pkts.append(e / IPv6(src=IP6_A, dst=IP6_B) /
                tcp(flags="S", options=[("MSS", 1440)]))
    pkts.append(er / IPv6(src=IP6_B, dst=IP6_A) /
                tcp(7000, 40000, flags="SA", seq=9000, ack=1001,
                    options=[("MSS", 1440)]))
    pkts.append(e / IPv6(src=IP6_A, dst=IP6_B) /
                tcp(flags="PA", seq=1001, ack=9001) / Raw(b"six" * 5))
    pkts.append(e / IPv6(src=IP6_A, dst=IP6_B, hlim=1, fl=0x12345) /
                UDP(sport=6000, dport=6000) / Raw(b"m" * 20))
    pkts.append(e / IPv6(src=IP6_A, dst=IP6_B) /
                ICMPv6EchoRequest(id=0x42, seq=1, data=b"ping6"))
    pkts.append(er / IPv6(src=IP6_B, dst=IP6_A) /
                ICMPv6EchoReply(id=0x42, seq=1, data=b"ping6"))
    pkts.append(Ether(src=MAC_A, dst="33:33:ff:00:00:02") /
                IPv6(src=IP6_A, dst="ff02::1:ff00:2", hlim=255) /
                ICMPv6ND_NS(tgt=IP6_B) / ICMPv6NDOptSrcLLAddr(lladdr=MAC_A))
    pkts.append(er / IPv6(src=IP6_B, dst=IP6_A, hlim=255) /
                ICMPv6ND_NA(tgt=IP6_B, R=0, S=1, O=1) /
                ICMPv6NDOptDstLLAddr(lladdr=MAC_B))
    # extension headers
    pkts.append(e / IPv6(src=IP6_A, dst=IP6_B) / IPv6ExtHdrHopByHop() /
                UDP(sport=1000, dport=2000) / Raw(b"hbh"))
    pkts.append(e / IPv6(src=IP6_A, dst=IP6_B) / IPv6ExtHdrDestOpt() /
                tcp(flags="A", seq=1016, ack=9001))
    pkts.append(e / IPv6(src=IP6_A, dst=IP6_B) /
                IPv6ExtHdrFragment(id=0x1234, m=1, offset=0) /
                UDP(sport=1000, dport=2000) / Raw(b"f" * 16))
    pkts.append(e / IPv6(src="fe80::1", dst="ff02::2", hlim=255, nh=59))
    write_pcap("ipv6", timed(pkts))


def gen_llc():
    pkts = []
    # 802.3 + LLC with SAPs that tcpdump only names, in each frame format
    for sap, ctrl in [(0x12, 0x03), (0x7e, 0x03), (0x12, 0xaf), (0x12, 0xe3),
                      (0x12, 0x00), (0x12, 0x01), (0x13, 0x03)]:
        pkts.append(Ether(src=MAC_A, dst=MAC_B) /
                    LLC(dsap=sap, ssap=sap, ctrl=ctrl) / Raw(b"\x01\x02\x03\x04"))
    # 802.3 + LLC + SNAP carrying IPv4/UDP
    pkts.append(Ether(src=MAC_A, dst=MAC_B) / LLC(dsap=0xaa, ssap=0xaa,
                                                  ctrl=3) /
                SNAP(OUI=0, code=0x0800) / ip4(id=0xb01) /
                UDP(sport=1, dport=2) / Raw(b"snap"))
    # SNAP with an unknown OUI
    pkts.append(Ether(src=MAC_A, dst=MAC_B) / LLC(dsap=0xaa, ssap=0xaa,
                                                  ctrl=3) /
                SNAP(OUI=0x123456, code=0x4321) / Raw(b"\x00" * 20))
    # ethertypes tcpdump does not decode (unknown, and named only)
    for i, et in enumerate([0x88b5, 0x1234, 0x0600, 0x6004]):
        pkts.append(Ether(src=MAC_C, dst=MAC_B, type=et) /
                    Raw(bytes(range(i, i + 46))))
    # IPv4 ethertype with a non-IPv4 version nibble
    pkts.append(Ether(src=MAC_A, dst=MAC_B, type=0x0800) /
                Raw(b"\x65" + b"\x00" * 45))
    # runt frame (shorter than an ethernet header)
    pkts.append(b"\x02\x00\x00\x00\x00\x0b\x02\x00")
    write_pcap("llc", timed(pkts))


def gen_links():
    """The link types pcapcat decodes besides Ethernet, one file each: the
    same small TCP/UDP/ICMP exchange inside every link header, plus each
    header cut short and an unknown payload type."""
    inner4 = [ip4() / tcp(flags="S", seq=1000, options=[("MSS", 1460)]),
              ip4() / UDP(sport=5000, dport=6000) / Raw(b"x" * 12),
              ip4() / ICMP(type=8, id=7, seq=1) / Raw(b"ping")]
    inner6 = [IPv6(src="2001:db8::1", dst="2001:db8::2") /
              tcp(flags="S", seq=1000)]
    all_ip = [bytes(p) for p in inner4 + inner6]

    def sll(proto, pkttype=0, halen=6):
        return struct.pack(">HHH8sH", pkttype, 1, halen,
                           bytes.fromhex("020000000a00") + b"\0\0", proto)

    def sll2(proto, pkttype=0, ifindex=1):
        return struct.pack(">HHIHBB8s", proto, 0, ifindex, 1, pkttype, 6,
                           bytes.fromhex("020000000a00") + b"\0\0")

    def etype(p):
        return 0x86DD if p[0] >> 4 == 6 else 0x0800

    # Linux cooked v1: every packet type, VLAN, an unknown protocol, cut
    pkts = [sll(etype(p), pkttype=k % 5) + p for k, p in enumerate(all_ip)]
    pkts.append(sll(0x8100) + struct.pack(">HH", 5, 0x0800) + all_ip[0])
    pkts.append(sll(0x1234) + b"\x01\x02\x03\x04")
    pkts.append(sll(0x0800)[:10])
    write_pcap("link-sll", timed(pkts), linktype=113)
    # Linux cooked v2
    pkts = [sll2(etype(p), pkttype=k % 5) + p for k, p in enumerate(all_ip)]
    pkts.append(sll2(0x0800)[:12])
    write_pcap("link-sll2", timed(pkts), linktype=276)
    # BSD loopback: the family in both byte orders; OpenBSD loopback
    pkts = [struct.pack("<I", 2) + p for p in all_ip[:3]]
    pkts += [struct.pack(">I", 2) + all_ip[0], struct.pack("<I", 24) +
             all_ip[3], struct.pack("<I", 30) + all_ip[3],
             struct.pack("<I", 99) + b"abcd", b"\x02\x00"]
    write_pcap("link-null", timed(pkts), linktype=0)
    pkts = [struct.pack(">I", 2) + p for p in all_ip[:3]]
    pkts += [struct.pack(">I", 24) + all_ip[3], struct.pack(">I", 77) +
             b"abcd"]
    write_pcap("link-loop", timed(pkts), linktype=108)
    # raw IP under both link-type numbers, and the IPv4/IPv6 ones
    write_pcap("link-raw101", timed(all_ip + [b"\x50\x00"]), linktype=101)
    write_pcap("link-raw12", timed(all_ip), linktype=12)
    write_pcap("link-ipv4", timed(all_ip[:3]), linktype=228)
    write_pcap("link-ipv6", timed(all_ip[3:]), linktype=229)
    # a link type pcapcat does not decode: tcpdump's hex dump
    write_pcap("link-unknown", timed([b"\x00\x01\x02\x03" + all_ip[0]]),
               linktype=147)


def gen_pppoe():
    """PPPoE (RFC 2516): discovery with text and binary tags, a session
    carrying IPv4, IPv6 and LCP, and a cut header."""
    def pppoe(code, sid, payload, ver_type=0x11):
        return struct.pack(">BBHH", ver_type, code, sid, len(payload)) + \
            payload

    def tag(t, v):
        return struct.pack(">HH", t, len(v)) + v
    disc = tag(0x0101, b"") + tag(0x0103, b"\x01\x02\x03\x04") + \
        tag(0x0102, b"access-1") + tag(0x0000, b"")
    ip = bytes(ip4() / UDP(sport=5000, dport=6000) / Raw(b"p" * 8))
    ip6 = bytes(IPv6(src="2001:db8::1", dst="2001:db8::2") /
                UDP(sport=5000, dport=6000))
    frames = [eth() / Raw(pppoe(0x09, 0, disc)),
              eth() / Raw(pppoe(0x07, 0, disc)),
              eth() / Raw(pppoe(0xa7, 0x1234, b"")),
              eth() / Raw(pppoe(0x00, 0x1234, b"\x00\x21" + ip)),
              eth() / Raw(pppoe(0x00, 0x1234, b"\x00\x57" + ip6)),
              eth() / Raw(pppoe(0x00, 0x1234, b"\x21" + ip, ver_type=0x22)),
              eth() / Raw(b"\x11\x00")]
    for f in frames[:3]:
        f.type = 0x8863
    for f in frames[3:]:
        f.type = 0x8864
    write_pcap("pppoe", timed(frames))


def gen_names():
    """For the runs without -n: loopback addresses (named in /etc/hosts
    everywhere), ports with service names in TCP and UDP, a protocol
    number with a name, and MACs whose OUIs tcpdump names."""
    lo = dict(src="127.0.0.1", dst="127.0.0.1")
    pkts = [Ether(src="00:00:0c:01:02:03", dst="00:00:00:00:00:01") /
            IP(id=1, **lo) / TCP(sport=1023, dport=7, flags="S", seq=1,
                                 window=1024),
            eth() / IP(id=2, **lo) / UDP(sport=9, dport=13) / Raw(b"n" * 4),
            eth() / IP(id=3, frag=100, proto=17, **lo) / Raw(b"f" * 8),
            eth() / IP(id=4, proto=99, **lo) / Raw(b"x" * 4)]
    write_pcap("names", timed(pkts))


def gen_fuzz_findings():
    """Packets the fuzzers found faults with, kept as regressions (run
    under the sanitizers by make check-sanitize)."""
    # fuzz-print, IS-IS LSP at -vvv: the Fletcher checksum's "should be"
    # shifted a negative int left (undefined behaviour)
    isis = bytes.fromhex(
        "0180c200001502060a0efff18100c02e01f2fefe03831b01001401000001ef04"
        "ac01920168000100000000000bc074030104034900020e020592016800010000"
        "0000000bc074030104034900020e0205d48102cc8e8604c0a800018404c0a800"
        "018909766d782d31382d7231a50222000a808080019201680002023f80808001"
        "9201680003023f8080800192016800040216b80192016800020200000a510604"
        "0a000c01040800000180000000000b204cee6b284cee6b284cee6b284cee6b28"
        "4cee6b284cee6b284cee6b284cee6b280a044cee6b2809044cee6b2803040000"
        "0000200b30000192016800020000120192016800030200003f5106040a000d01"
        "040800000182000000000b204cee6b284cee6b284cee6b284cee6b284cee6b28"
        "4cee6b284cee6b284cee6b280a044cee6b2809044cee6b28030400000000200b"
        "3000019201680003000010165c0192016800040200003f5106040a000e010408"
        "00000183000000000b204cee6b284cee6b284cee6b284cee6b284cee6b284cee"
        "2f6b284cee6b284cee6b280a044cee6b2809044cee6b28030400000000200b30"
        "00019201680004000011803c0a8080800a000c00ffffff003f8080800a000d00"
        "ffffff003f8080800a000e00ffffff003f808080ac100b00ffffff003f808080"
        "c0a80001ffffffff8729000000003f18acf1f40000003f20c0a80001f208c0a8"
        "000103130100"
    )
    write_pcap("fuzz-isoclns-cksum", [Rec(T0, 123456, isis)])


def gen_tunnels_icmp6():
    """Tunnels (IPv4 in IPv4, IPv6 in IPv4, IPv4 in IPv6, GRE) and the
    ICMPv6 messages beyond echo and neighbour discovery: router
    solicitation and advertisement with options, redirect, MLDv1 and v2,
    errors quoting a datagram, and an unknown type."""
    from scapy.layers.inet6 import (ICMPv6ND_RS, ICMPv6ND_RA,
                                    ICMPv6NDOptSrcLLAddr, ICMPv6NDOptMTU,
                                    ICMPv6NDOptPrefixInfo, ICMPv6ND_Redirect,
                                    ICMPv6MLQuery, ICMPv6MLReport,
                                    ICMPv6MLQuery2, ICMPv6MLReport2,
                                    ICMPv6MLDMultAddrRec, ICMPv6DestUnreach,
                                    ICMPv6TimeExceeded, ICMPv6ParamProblem,
                                    ICMPv6PacketTooBig)
    from scapy.layers.l2 import GRE
    a6 = dict(src="fe80::1", dst="ff02::1")
    inner6 = IPv6(src="2001:db8::1", dst="2001:db8::2") / UDP(
        sport=5000, dport=6000) / Raw(b"q" * 8)
    pkts = [
        eth() / ip4() / IP(src="10.9.9.1", dst="10.9.9.2") /
        tcp(flags="S", seq=5),
        eth() / ip4() / IPv6(src="2001:db8::1", dst="2001:db8::2") /
        UDP(sport=5000, dport=6000),
        eth() / IPv6(src="2001:db8::1", dst="2001:db8::2") /
        IP(src="10.9.9.1", dst="10.9.9.2") / UDP(sport=5000, dport=6000),
        eth() / ip4() / GRE() / IP(src="10.9.9.1", dst="10.9.9.2") /
        UDP(sport=5000, dport=6000),
        eth() / IPv6(hlim=255, **a6) / ICMPv6ND_RS() /
        ICMPv6NDOptSrcLLAddr(lladdr="02:00:00:00:00:0a"),
        eth() / IPv6(hlim=255, **a6) / ICMPv6ND_RA(routerlifetime=1800) /
        ICMPv6NDOptSrcLLAddr(lladdr="02:00:00:00:00:0a") /
        ICMPv6NDOptMTU(mtu=1500) /
        ICMPv6NDOptPrefixInfo(prefix="2001:db8::", prefixlen=64),
        eth() / IPv6(hlim=255, **a6) / ICMPv6ND_Redirect(
            tgt="fe80::2", dst="2001:db8::9"),
        eth() / IPv6(hlim=1, **a6) / ICMPv6MLQuery(),
        eth() / IPv6(hlim=1, **a6) / ICMPv6MLReport(mladdr="ff02::fb"),
        eth() / IPv6(hlim=1, **a6) / ICMPv6MLQuery2(),
        eth() / IPv6(hlim=1, **a6) / ICMPv6MLReport2(records=[
            ICMPv6MLDMultAddrRec(dst="ff02::fb")]),
        eth() / IPv6(src="2001:db8::9", dst="2001:db8::1") /
        ICMPv6DestUnreach(code=4) / inner6,
        eth() / IPv6(src="2001:db8::9", dst="2001:db8::1") /
        ICMPv6TimeExceeded() / inner6,
        eth() / IPv6(src="2001:db8::9", dst="2001:db8::1") /
        ICMPv6ParamProblem(ptr=6) / inner6,
        eth() / IPv6(src="2001:db8::9", dst="2001:db8::1") /
        ICMPv6PacketTooBig(mtu=1280) / inner6,
        eth() / IPv6(src="2001:db8::9", dst="2001:db8::1",
                     nh=58) / Raw(b"\xc8\x00\x00\x00abcd"),
    ]
    write_pcap("tunnels-icmp6", timed(pkts))


def gen_edges():
    """The remaining forms issue 3 names: ARP over non-Ethernet hardware,
    IPv4 headers with a bad version, header length or total length,
    IPv6 routing headers (types 0 and 2), an ICMP router advertisement."""
    from scapy.layers.inet6 import IPv6ExtHdrRouting
    arp_tr = struct.pack(">HHBBH", 6, 0x0800, 6, 4, 1) + \
        bytes.fromhex("020000000a00c0000201") + b"\0" * 6 + \
        bytes.fromhex("c6336402")
    arp_fr = struct.pack(">HHBBH", 15, 0x0800, 2, 4, 2) + \
        bytes.fromhex("0401c0000201") + bytes.fromhex("0402c6336402")
    good = bytes(ip4() / UDP(sport=5000, dport=6000) / Raw(b"e" * 4))
    badver = bytes([0x55]) + good[1:]
    badhl = bytes([0x44]) + good[1:]
    badlen = good[:2] + struct.pack(">H", 12) + good[4:]
    longer = good[:2] + struct.pack(">H", 200) + good[4:]
    rt0 = IPv6(src="2001:db8::1", dst="2001:db8::2") / IPv6ExtHdrRouting(
        type=0, addresses=["2001:db8::7", "2001:db8::8"], segleft=2) / \
        UDP(sport=5000, dport=6000)
    rt2 = IPv6(src="2001:db8::1", dst="2001:db8::2") / IPv6ExtHdrRouting(
        type=2, addresses=["2001:db8::9"], segleft=1) / \
        UDP(sport=5000, dport=6000)
    ra = ip4() / ICMP(type=9, code=0) / Raw(
        struct.pack(">BBH", 2, 2, 1800) +
        bytes.fromhex("c0000201") + struct.pack(">I", 0) +
        bytes.fromhex("c0000202") + struct.pack(">i", -1))
    frames = [eth() / Raw(arp_tr), eth() / Raw(arp_fr),
              eth() / Raw(badver), eth() / Raw(badhl), eth() / Raw(badlen),
              eth() / Raw(longer), eth() / rt0, eth() / rt2, eth() / ra]
    frames[0].type = frames[1].type = 0x0806
    for f in frames[2:6]:
        f.type = 0x0800
    write_pcap("edges", timed(frames))


def gen_times():
    """Time stamps at the edges: the epoch itself (tcpdump takes a zero
    reference for none), time going backwards (negative deltas), a day
    and more between packets, and seconds past 2^31 (a signed 32-bit
    field in pcap: tcpdump cannot convert them)."""
    p = bytes(ip4() / UDP(sport=5000, dport=6000) / Raw(b"t" * 4))
    recs = [Rec(s, us, p) for s, us in ((0, 0), (5, 10), (0, 0), (7, 0),
                                        (3, 999999), (90000 + 3, 1),
                                        (T0, 5), (0x80000000, 0),
                                        (0xfffffff0, 7), (T0 + 1, 0))]
    write_pcap("times", recs, linktype=101)


def gen_bigendian():
    pkts = interleave(conn(IP_A, IP_B, 41000, 2525, 5555, 6666,
                           [("s", 20), ("c", 30)], 0xc00))
    write_pcap("bigendian", timed(pkts), endian=">")


def gen_nanosecond():
    pkts = conn(IP_C, IP_D, 42000, 8443, 123456789, 987654321,
                [("c", 17), ("s", 64)], 0xd00)
    write_pcap("nanosecond", timed(pkts, step_us=333, nano=True),
               nano=True)


def small_tcp(n=3):
    pkts = conn(IP_A, IP_B, 43000, 7000, 1, 2, [("c", 5)], 0xe00)[:n]
    return timed(pkts)


def gen_bad():
    write("not-a-capture", b"This is not a pcap file, just some text.\n"
          b"tcpdump should refuse it.\n")
    write("empty", b"")
    write("short-header", file_header()[:10])
    write_pcap("bad-version-1", small_tcp(), major=1, minor=0)
    write_pcap("bad-version-3", small_tcp(), major=3, minor=0)

    recs = small_tcp()
    write_pcap("cut-in-record-header", recs,
               tail=struct.pack("<IIII", T0 + 9, 0, 60, 60)[:7])
    write_pcap("cut-in-data", recs,
               tail=struct.pack("<IIII", T0 + 9, 0, 500, 500) +
               bytes(range(30)))

    r = small_tcp()
    r.insert(1, Rec(T0 + 1, 5, b"", caplen=0, origlen=0))
    write_pcap("caplen-zero", r)

    r = small_tcp()
    r[1] = Rec(r[1].sec, r[1].frac, r[1].data, origlen=20)
    write_pcap("len-lt-caplen", r)

    r = small_tcp(2)
    write_pcap("huge-caplen", r,
               tail=struct.pack("<IIII", T0 + 9, 0, 0x7fffffff, 0x7fffffff) +
               b"\x00" * 64)

    # caplen larger than the file snaplen (but not huge)
    r = small_tcp(2)
    write_pcap("caplen-gt-snaplen", r, snaplen=40)

    write_pcap("snaplen-zero", small_tcp(), snaplen=0)

    # file header only, no packets
    write("header-only", file_header())


def main():
    os.makedirs(OUT, exist_ok=True)
    # start clean so a renamed or dropped capture does not linger
    for old in os.listdir(OUT):
        if old.endswith(".pcap"):
            os.remove(os.path.join(OUT, old))
    for fn in (gen_tcp_flags, gen_tcp_options, gen_tcp_conns, gen_snaplens,
               gen_ip_options, gen_ip_frags, gen_vlan, gen_udp, gen_icmp,
               gen_arp, gen_ipv6, gen_llc, gen_links, gen_pppoe, gen_names, gen_fuzz_findings, gen_tunnels_icmp6, gen_edges, gen_times, gen_bigendian,
               gen_nanosecond,
               gen_bad):
        fn()
    compress_copies()
    return 0


def compress_copies():
    """A gzip and a zstd copy of one classic capture: pcapcat must print
    them as it prints the plain file (tests/own-goldens.txt)."""
    import subprocess
    src = os.path.join(OUT, "tcp-conns.pcap")
    for ext, cmd in ((".gz", ["gzip", "-n", "-9", "-c", src]),
                     (".zst", ["zstd", "-q", "-19", "-c", src])):
        with open(src + ext, "wb") as f:
            subprocess.run(cmd, stdout=f, check=True)


if __name__ == "__main__":
    sys.exit(main())
