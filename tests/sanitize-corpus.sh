#!/bin/sh
# sanitize-corpus.sh PCAPCAT DIR - run a sanitizer build of pcapcat over
# every capture in DIR under several flag sets; fail on any sanitizer
# report (exit status 99, see ASAN_OPTIONS/UBSAN_OPTIONS below), crash or
# hang.  Bad captures may make pcapcat exit 1: that is an answer, not a
# failure.

PCAPCAT=$1
DIR=$2
ASAN_OPTIONS=exitcode=99:detect_leaks=1
UBSAN_OPTIONS=halt_on_error=1:exitcode=99:print_stacktrace=1
export ASAN_OPTIONS UBSAN_OPTIONS
runs=0
bad=0
for f in "$DIR"/*.pcap "$DIR"/*.pcapng "$DIR"/*.cap; do
	[ -f "$f" ] || continue
	for flags in "-v" "-e -x" "-vvv -X" "-q -A"; do
		runs=$((runs + 1))
		timeout 30 "$PCAPCAT" -n $flags -r "$f" >/dev/null 2>"${TMPDIR:-/tmp}/san.$$"
		rc=$?
		if [ $rc -eq 99 ] || [ $rc -ge 124 ]; then
			bad=$((bad + 1))
			echo "FAIL $f ($flags): exit $rc"
			head -n 12 "${TMPDIR:-/tmp}/san.$$" | sed 's/^/    /'
		fi
	done
done
rm -f "${TMPDIR:-/tmp}/san.$$"
echo "sanitizer sweep: $runs runs, $bad failed"
[ $bad -eq 0 ]
