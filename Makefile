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
	   src/print-stubs.c
LIB_OBJS = $(LIB_SRCS:.c=.o)
HDRS	 = $(wildcard src/*.h)

all: pcapcat

pcapcat: src/main.o libpcapcat.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ src/main.o libpcapcat.a $(LIBS)

libpcapcat.a: $(LIB_OBJS)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJS)

src/%.o: src/%.c $(HDRS)
	$(CC) $(WARN) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

clean:
	rm -f pcapcat libpcapcat.a src/*.o $(UNIT)

.PHONY: all clean

# --- tests -------------------------------------------------------------
UNIT	 = tests/unit/test-out tests/unit/test-reader

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
