#!/bin/sh
# run.sh - run pcapcat over the test captures and compare with tcpdump.
#
#     tests/run.sh ./pcapcat               (from the repository root)
#
# For every case (each capture with no extra flags, plus tests/cases.txt)
# it runs  TZ=UTC LC_ALL=C PCAPCAT -n FLAGS -r tests/captures/NAME.pcap
# (or "-r -" with the capture on standard input) and checks, against
# tests/golden/ID.{out,err,rc}:
#   - standard output: byte for byte;
#   - exit status: exactly;
#   - standard error, normalised ("pcapcat: " -> "PROG: ", "pcap_loop: "
#     dropped, the capture's path -> "FILE"): the same number of lines, and
#     each line begins with the golden line (pcapcat may add where in the
#     file the fault is, such as " (packet 3, offset 120)").
# If tcpdump is on PATH, each case is also compared the same way with what
# tcpdump prints now (cases "live:ID").  Each program named in $UNIT_TESTS
# (blank separated) is run too and passes if it exits 0 (cases "unit:PATH").
# One FAIL line per failed case, with the first differing lines, and last
# the line "N passed, M failed"; the exit status is 1 if any case failed.
#
# Environment: UNIT_TESTS as above; VERBOSE=1 also prints "ok ID" lines;
# RUN_TIMEOUT seconds per run (default 20; used when timeout(1) exists).

set -f

if [ $# -ne 1 ]; then
	echo "usage: tests/run.sh PCAPCAT_BINARY" >&2
	exit 2
fi
PCAPCAT=$1
origdir=$(pwd)
# Make a relative program path survive the cd to the repository root.
case $PCAPCAT in
/*) ;;
*/*) PCAPCAT=$(pwd)/$PCAPCAT ;;
esac
if ! command -v "$PCAPCAT" >/dev/null 2>&1; then
	echo "run.sh: $PCAPCAT: no such program" >&2
	exit 2
fi
cd "$(dirname "$0")/.." || exit 2
if [ ! -f tests/cases.txt ] || [ ! -d tests/golden ]; then
	echo "run.sh: tests/cases.txt or tests/golden missing" >&2
	exit 2
fi
. tests/caselib.sh

TIMEOUT=
if command -v timeout >/dev/null 2>&1; then
	TIMEOUT="timeout ${RUN_TIMEOUT:-20}"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/pcapcat-tests.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

pass=0
fail=0

ok() {
	pass=$((pass + 1))
	[ -n "$VERBOSE" ] && echo "ok $1"
	return 0
}

# indent: the first few lines of standard input, indented.
indent() {
	head -n "${1:-6}" | sed 's/^/    /'
}

# err_prefix_check EXPECTED ACTUAL: succeed when ACTUAL has as many lines
# as EXPECTED and each line of ACTUAL begins with the line of EXPECTED;
# otherwise print the first offending pair.
err_prefix_check() {
	awk -v gf="$1" '
	{
		if ((getline gl < gf) <= 0) {
			printf "line %d: expected no more lines, got \"%s\"\n", \
			    FNR, $0
			bad = 1
			exit 1
		}
		if (substr($0, 1, length(gl)) != gl) {
			printf "line %d: expected \"%s\"...\n", FNR, gl
			printf "line %d:      got \"%s\"\n", FNR, $0
			bad = 1
			exit 1
		}
	}
	END {
		if (bad)
			exit 1
		if ((getline gl < gf) > 0) {
			printf "line %d: expected \"%s\", got no more lines\n", \
			    NR + 1, gl
			exit 1
		}
	}' "$2"
}

# check ID EXPBASE ACTBASE: compare an actual result with an expected one.
check() {
	_id=$1 _e=$2 _a=$3 _why=
	if ! cmp -s "$_e.out" "$_a.out"; then
		_why="stdout differs"
	fi
	if ! err_prefix_check "$_e.err" "$_a.err" >"$tmp/errdiff"; then
		_why="${_why:+$_why, }stderr differs"
	fi
	_erc=$(cat "$_e.rc") _arc=$(cat "$_a.rc")
	if [ "$_erc" != "$_arc" ]; then
		_why="${_why:+$_why, }exit status $_arc, expected $_erc"
		[ "$_arc" = 124 ] && [ -n "$TIMEOUT" ] && _why="$_why (timeout?)"
	fi
	if [ -z "$_why" ]; then
		ok "$_id"
		return 0
	fi
	fail=$((fail + 1))
	echo "FAIL $_id: $_why"
	case $_why in
	*stdout*)
		diff "$_e.out" "$_a.out" | indent 8 ;;
	esac
	case $_why in
	*stderr*)
		indent 4 <"$tmp/errdiff" ;;
	esac
	return 1
}

list_cases >"$tmp/cases"

if command -v tcpdump >/dev/null 2>&1; then
	live=1
else
	live=
	echo "tcpdump not installed: skipped live comparison"
fi

while read -r mode name flags; do
	id=$(case_id "$mode" "$name" $flags)
	if [ ! -f "$(cap_path "$name")" ]; then
		fail=$((fail + 1))
		echo "FAIL $id: no capture $(cap_path "$name")" \
		    "(run /usr/bin/python3 tests/gen.py)"
		continue
	fi
	case " $flags " in
	*" +names "*)
		# names come from this machine's databases (netbase)
		if [ ! -r /etc/services ] || [ ! -r /etc/protocols ]; then
			echo "no /etc/services or /etc/protocols: skipped $id"
			continue
		fi ;;
	esac
	act=$tmp/act
	run_case "$PCAPCAT" "$act" "$mode" "$name" $flags
	norm_err pcapcat "$name" <"$act.rawerr" >"$act.err"

	if [ -f "$GOLDDIR/$id.rc" ]; then
		check "$id" "$GOLDDIR/$id" "$act"
	else
		fail=$((fail + 1))
		echo "FAIL $id: no golden $GOLDDIR/$id.rc (run sh tests/mkgolden.sh)"
	fi

	if [ -n "$live" ] && ! is_own "$id"; then
		exp=$tmp/live
		run_case tcpdump "$exp" "$mode" "$name" $flags
		norm_err tcpdump "$name" <"$exp.rawerr" >"$exp.err"
		check "live:$id" "$exp" "$act"
	fi
done <"$tmp/cases"

# The output side: a full disk, a reader that stops early, -c on a pipe
# that never ends.  Each is one case.
out_case() {
	_id=$1 _want=$2
	shift 2
	if [ "$_want" = "$*" ]; then
		ok "$_id"
	else
		fail=$((fail + 1))
		echo "FAIL $_id: got \"$*\", expected \"$_want\""
	fi
}
cap=$CAPDIR/tcp-conns.pcap
if [ -w /dev/full ]; then
	TZ=UTC "$PCAPCAT" -n -r "$cap" >/dev/full 2>"$tmp/full.err"
	rc=$?
	out_case "output:dev-full" "1 yes" "$rc" \
	    "$(grep -q '^pcapcat: error writing standard output: ' \
	    "$tmp/full.err" && echo yes || echo no)"
fi
# a reader that leaves: the writer ends quietly (SIGPIPE, as tcpdump)
( TZ=UTC "$PCAPCAT" -n -r "$cap" 2>"$tmp/pipe.err"; echo $? >"$tmp/pipe.rc" ) |
    head -n 1 >/dev/null
out_case "output:early-reader" "quiet" \
    "$(grep -v '^reading from file' "$tmp/pipe.err" | grep -q . && echo noisy ||
    echo quiet)"
# -c stops at once: the rest of the input is never waited for
mkfifo "$tmp/fifo"
( cat "$cap"; sleep 30 ) >"$tmp/fifo" &
feeder=$!
start=$(date +%s)
TZ=UTC $TIMEOUT "$PCAPCAT" -n -c 2 -r - <"$tmp/fifo" >"$tmp/c.out" 2>/dev/null
rc=$?
took=$(( $(date +%s) - start ))
kill $feeder 2>/dev/null
out_case "output:count-stops" "0 2 fast" "$rc" "$(wc -l <"$tmp/c.out" |
    tr -d ' ')" "$([ $took -lt 10 ] && echo fast || echo slow)"

for t in $UNIT_TESTS; do
	tp=$t
	case $t in
	/*) ;;
	*) [ -e "$origdir/$t" ] && tp=$origdir/$t ;;
	esac
	if [ -f "$tp" ]; then
		$TIMEOUT "$tp" </dev/null >"$tmp/unit.log" 2>&1
		rc=$?
	else
		echo "no such file" >"$tmp/unit.log"
		rc=127
	fi
	if [ "$rc" -eq 0 ]; then
		ok "unit:$t"
	else
		fail=$((fail + 1))
		echo "FAIL unit:$t: exit status $rc"
		tail -n 6 "$tmp/unit.log" | sed 's/^/    /'
	fi
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
