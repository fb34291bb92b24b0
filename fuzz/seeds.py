#!/usr/bin/python3
"""seeds.py OUTDIR CAPTURE... - seed inputs for fuzz-print: every packet of
the given pcap files, prefixed by the link-type index and a flags byte (see
fuzz-print.c).  Link types fuzz-print knows: index into its dlts[] table."""
import os
import struct
import sys

DLTS = [1, 0, 12, 108, 113, 228, 229, 276, 9, 105, 127, 147]


def packets(path):
    with open(path, "rb") as f:
        data = f.read()
    if len(data) < 24:
        return
    magic = data[:4]
    if magic in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1"):
        e = "<"
    elif magic in (b"\xa1\xb2\xc3\xd4", b"\xa1\xb2\x3c\x4d"):
        e = ">"
    else:
        return
    lt = struct.unpack(e + "I", data[20:24])[0] & 0x0FFFFFFF
    lt = {101: 12}.get(lt, lt)
    if lt not in DLTS:
        return
    i = 24
    while i + 16 <= len(data):
        caplen = struct.unpack(e + "I", data[i + 8:i + 12])[0]
        if caplen > 65535 or i + 16 + caplen > len(data):
            return
        yield DLTS.index(lt), data[i + 16:i + 16 + caplen]
        i += 16 + caplen


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    n = 0
    for path in sys.argv[2:]:
        for k, pkt in packets(path):
            for flags in (0, 0x06, 0x21):
                with open(os.path.join(out, "s%06d" % n), "wb") as f:
                    f.write(bytes([k, flags]) + pkt)
                n += 1
                if n > 20000:
                    return


if __name__ == "__main__":
    main()
