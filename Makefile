# pcapcat - plain `make` builds ./pcapcat; `make check` runs the tests.
# configure (from configure.ac) writes config.mk for installs and optional
# libraries; without it the defaults below apply.

-include config.mk

CC	?= cc
CFLAGS	?= -O2 -g
WARN	 = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
	   -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
PREFIX	?= /usr/local
BINDIR	?= $(PREFIX)/bin
MANDIR	?= $(PREFIX)/share/man

LIB_SRCS = src/reader.c src/reader-pcap.c src/out.c src/print.c \
	   src/linktype.c src/tcpseq.c src/util.c src/in_cksum.c \
	   src/print-ether.c src/print-ip.c src/print-ip-demux.c \
	   src/print-tcp.c src/print-udp.c src/print-null.c src/print-sll.c \
	   src/print-txt.c src/print-mptcp.c \
	   src/names.c src/addrtoname.c
LIB_SRCS += src/print-icmp.c src/print-arp.c
LIB_SRCS += src/print-llc.c src/print-stp.c
LIB_SRCS += src/print-ip6.c src/print-icmp6.c
LIB_SRCS += src/print-babel.c src/print-ahcp.c src/print-hncp.c
LIB_SRCS += src/print-openflow.c src/print-openflow-1.0.c \
	    src/print-openflow-1.3.c
LIB_SRCS += src/print-bcm-li.c src/print-vxlan.c src/print-loopback.c \
	    src/print-sflow.c src/print-pptp.c src/print-gre.c
LIB_SRCS += src/print-rx.c src/print-pppoe.c src/print-ppp.c src/print-chdlc.c
LIB_SRCS += src/print-bootp.c src/print-ntp.c src/print-ssh.c \
	    src/print-syslog.c src/print-tftp.c
LIB_SRCS += src/print-domain.c
LIB_SRCS += src/print-sl.c src/print-pgm.c src/print-olsr.c src/print-bfd.c \
	    src/print-krb.c src/print-bgp.c
LIB_SRCS += src/print-isoclns.c src/print-geonet.c src/print-macsec.c
LIB_SRCS += src/print-nfs.c
LIB_SRCS += src/print-isakmp.c src/print-vqp.c src/print-someip.c \
	    src/print-zephyr.c src/print-wb.c src/print-rpki-rtr.c
LIB_OBJS = $(LIB_SRCS:.c=.o)
HDRS	 = $(wildcard src/*.h)

# The reader: pcapng, and gzip/zstd input where zlib/libzstd are found.
# config.mk may set HAVE_ZLIB and HAVE_ZSTD (1 or 0); else the compiler is
# asked for the header.
LIB_SRCS += src/reader-pcapng.c src/source.c
ifndef HAVE_ZLIB
HAVE_ZLIB := $(shell printf '\043include <zlib.h>\n' | \
	$(CC) $(CPPFLAGS) -E -x c - >/dev/null 2>&1 && echo 1 || echo 0)
endif
ifndef HAVE_ZSTD
HAVE_ZSTD := $(shell printf '\043include <zstd.h>\n' | \
	$(CC) $(CPPFLAGS) -E -x c - >/dev/null 2>&1 && echo 1 || echo 0)
endif
SOURCE_DEFS :=
ifeq ($(HAVE_ZLIB),1)
SOURCE_DEFS += -DHAVE_ZLIB
endif
ifeq ($(HAVE_ZSTD),1)
SOURCE_DEFS += -DHAVE_ZSTD
endif
# source.c loads libz.so.1 and libzstd.so.1 when a compressed file needs
# them (dlopen: in libc since glibc 2.34, in libdl before).
LIBS += -ldl
src/source.o: override CPPFLAGS += $(SOURCE_DEFS)

all: pcapcat

pcapcat: src/main.o libpcapcat.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ src/main.o libpcapcat.a $(LIBS)

libpcapcat.a: $(LIB_OBJS)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJS)

src/%.o: src/%.c $(HDRS)
	$(CC) $(WARN) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

clean:
	rm -f pcapcat libpcapcat.a src/*.o $(UNIT) pcapcat-asan $(FUZZ)

.PHONY: all clean

# --- tests -------------------------------------------------------------
UNIT	 = tests/unit/test-out tests/unit/test-reader tests/unit/test-names \
	   tests/unit/test-tcpseq

tests/unit/test-%: tests/unit/test-%.c libpcapcat.a $(HDRS)
	$(CC) $(WARN) $(CPPFLAGS) $(CFLAGS) -o $@ $< libpcapcat.a $(LIBS)

check: pcapcat $(UNIT)
	UNIT_TESTS="$(UNIT)" sh tests/run.sh ./pcapcat

# --- install -----------------------------------------------------------
install: pcapcat
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1
	cp pcapcat $(DESTDIR)$(BINDIR)/pcapcat
	cp man/pcapcat.1 $(DESTDIR)$(MANDIR)/man1/pcapcat.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/pcapcat $(DESTDIR)$(MANDIR)/man1/pcapcat.1

.PHONY: check install uninstall

# --- hardening (sanitizers, valgrind, fuzzing) ---------------------------
SAN_CC	 ?= $(CC)
SAN_FLAGS = -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined \
	    -fno-sanitize-recover=undefined
SHARED	 ?= ../shared/corpus/tcpdump

pcapcat-asan: src/main.c $(LIB_SRCS) $(HDRS)
	$(SAN_CC) $(WARN) $(CPPFLAGS) $(SOURCE_DEFS) $(SAN_FLAGS) -o $@ src/main.c \
	    $(LIB_SRCS) $(LIBS)

# The whole suite with a sanitizer build, then the shared corpus if present.
check-sanitize: pcapcat-asan
	ASAN_OPTIONS=exitcode=99:detect_leaks=1 \
	UBSAN_OPTIONS=halt_on_error=1:exitcode=99:print_stacktrace=1 \
	    sh tests/run.sh ./pcapcat-asan
	@if [ -d "$(SHARED)" ]; then \
	    sh tests/sanitize-corpus.sh ./pcapcat-asan "$(SHARED)"; \
	else echo "no $(SHARED): corpus sweep skipped"; fi

check-valgrind: pcapcat
	sh tests/run.sh tests/valgrind.sh

FUZZ_CC	 ?= clang
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined \
	     -fno-sanitize-recover=undefined
FUZZ_SECONDS ?= 60
FUZZ	 = fuzz/fuzz-reader fuzz/fuzz-print

fuzz/fuzz-%: fuzz/fuzz-%.c $(LIB_SRCS) $(HDRS)
	$(FUZZ_CC) -std=c11 -D_GNU_SOURCE $(CPPFLAGS) $(SOURCE_DEFS) $(FUZZ_FLAGS) -o $@ $< \
	    $(LIB_SRCS) $(LIBS)

# Build the targets and run each for FUZZ_SECONDS, seeded with the test
# captures (and the shared corpus when it is there).
fuzz: $(FUZZ)
	mkdir -p fuzz/corpus-reader fuzz/corpus-print
	cp tests/captures/* fuzz/corpus-reader/
	@if [ -d "$(SHARED)" ]; then cp $(SHARED)/*.pcap* fuzz/corpus-reader/; fi
	/usr/bin/python3 fuzz/seeds.py fuzz/corpus-print tests/captures/*.pcap \
	    $$(ls $(SHARED)/*.pcap 2>/dev/null)
	fuzz/fuzz-reader -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	    -timeout=10 -rss_limit_mb=2048 fuzz/corpus-reader
	fuzz/fuzz-print -max_total_time=$(FUZZ_SECONDS) -max_len=4096 \
	    -timeout=10 -rss_limit_mb=2048 fuzz/corpus-print

.PHONY: check-sanitize check-valgrind fuzz

# --- benchmark against tcpdump (bench/README.md; BENCH_QUICK=1 for a short run)
bench: pcapcat
	bash bench/run.sh

.PHONY: bench
