#!/bin/sh
# mkgolden.sh - regenerate every golden file in tests/golden/ from tcpdump.
#
#     sh tests/mkgolden.sh
#
# Needs tcpdump (the goldens come from tcpdump 4.99.3 / libpcap 1.10.3 as
# shipped in Debian 12; another version may print differently, so check
# "git diff tests/golden" after running it).  Set TCPDUMP to use another
# binary.  The captures must exist: run /usr/bin/python3 tests/gen.py first.
# Goldens of the cases is_own() names (compressed captures, and those in
# tests/own-goldens.txt) are pcapcat's own: they are kept as they are,
# unless PCAPCAT=./pcapcat is set, which rewrites them from pcapcat's
# output - review "git diff tests/golden" after that.

set -f
cd "$(dirname "$0")/.." || exit 2
. tests/caselib.sh

TCPDUMP=${TCPDUMP:-tcpdump}
TIMEOUT=
if ! command -v "$TCPDUMP" >/dev/null 2>&1; then
	echo "mkgolden.sh: $TCPDUMP not found; it is needed to make goldens" >&2
	exit 2
fi
set +f
if [ -z "$(ls "$CAPDIR"/*.pcap 2>/dev/null)" ]; then
	echo "mkgolden.sh: no captures; run /usr/bin/python3 tests/gen.py" >&2
	exit 2
fi
mkdir -p "$GOLDDIR"
set -f

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mkgolden.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

list_cases >"$tmp/cases"
n=0
while read -r mode name flags; do
	if [ ! -f "$(cap_path "$name")" ]; then
		echo "mkgolden.sh: no capture $(cap_path "$name")" >&2
		exit 2
	fi
	id=$(case_id "$mode" "$name" $flags)
	if grep -qx "$id" "$tmp/done" 2>/dev/null; then
		echo "mkgolden.sh: case $id is listed twice" >&2
		exit 2
	fi
	echo "$id" >>"$tmp/done"
	if is_own "$id"; then
		# pcapcat's own golden: rewritten only with PCAPCAT set
		if [ -n "$PCAPCAT" ]; then
			run_case "$PCAPCAT" "$GOLDDIR/$id" "$mode" "$name" $flags
			norm_err pcapcat "$name" <"$GOLDDIR/$id.rawerr" \
			    >"$GOLDDIR/$id.err"
			rm -f "$GOLDDIR/$id.rawerr"
		fi
		continue
	fi
	run_case "$TCPDUMP" "$GOLDDIR/$id" "$mode" "$name" $flags
	norm_err tcpdump "$name" <"$GOLDDIR/$id.rawerr" >"$GOLDDIR/$id.err"
	rm -f "$GOLDDIR/$id.rawerr"
	n=$((n + 1))
done <"$tmp/cases"
echo "mkgolden.sh: wrote $n cases to $GOLDDIR"
