# caselib.sh - the list of test cases, shared by tests/run.sh and
# tests/mkgolden.sh (POSIX sh; sourced, not run).  Both are run from the
# repository root.
#
# A case is one run of a program over one capture:
#     PROG -n FLAGS -r tests/captures/NAME.pcap        (file case)
#     PROG -n FLAGS -r - < tests/captures/NAME.pcap    (stdin case)
# with TZ=UTC and LC_ALL=C.  Its results are kept as
#     tests/golden/ID.out   standard output, byte for byte
#     tests/golden/ID.err   standard error, normalised (see norm_err)
#     tests/golden/ID.rc    exit status
# where ID is NAME, then ".stdin" for a stdin case, then "." and a tag made
# of FLAGS without dashes and blanks when there are flags ("-c 3" -> "c3").

CAPDIR=tests/captures
GOLDDIR=tests/golden
CASEFILE=tests/cases.txt
# Cases whose goldens are pcapcat's own, reviewed by hand, because tcpdump
# cannot read the capture (compressed files, pcapng files whose interfaces
# differ in link type): mkgolden.sh keeps them, run.sh compares no live run.
OWNFILE=tests/own-goldens.txt

# cap_path NAME: the capture's path.  NAME is the file name, without
# ".pcap" for classic captures.
cap_path() {
	if [ -f "$CAPDIR/$1.pcap" ]; then
		printf '%s\n' "$CAPDIR/$1.pcap"
	else
		printf '%s\n' "$CAPDIR/$1"
	fi
}

# is_own ID: succeed when ID's golden is pcapcat's own.
is_own() {
	case $1 in
	*.gz|*.gz.*|*.zst|*.zst.*) return 0 ;;
	esac
	[ -f "$OWNFILE" ] && grep -qx "$1" "$OWNFILE"
}

# list_cases: print one line "MODE NAME FLAGS..." per case, MODE being
# "file" or "stdin": first the default (no extra flags) case of every
# capture, in name order, then the lines of tests/cases.txt.  A "#" at the
# start of a line or after a blank starts a comment ("-#" is a flag).
list_cases() {
	LC_ALL=C ls "$CAPDIR" | sed -n -e 's/^\(.*\)\.pcap$/file \1/p' \
	    -e 's/^\(.*\.pcapng\)$/file \1/p' \
	    -e 's/^\(.*\.\(gz\|zst\)\)$/file \1/p'
	sed -e 's/^#.*//' -e 's/[	 ]#.*//' -e 's/[	 ][	 ]*/ /g' -e 's/^ //' -e 's/ $//' \
	    -e '/^$/d' "$CASEFILE" |
	while read -r _n _f; do
		case $_n in
		'<'*)	printf 'stdin %s %s\n' "${_n#<}" "$_f" ;;
		*)	printf 'file %s %s\n' "$_n" "$_f" ;;
		esac
	done
}

# case_id MODE NAME FLAGS...: print the case's ID.
case_id() {
	_m=$1 _n=$2
	shift 2
	_id=$_n
	[ "$_m" = stdin ] && _id=$_id.stdin
	_t=$(printf '%s' "$*" | tr -d ' -')
	[ -n "$_t" ] && _id=$_id.$_t
	printf '%s\n' "$_id"
}

# run_case PROG OUTBASE MODE NAME FLAGS...: run PROG on the case and leave
# OUTBASE.out, OUTBASE.rawerr and OUTBASE.rc.  Uses $TIMEOUT (a command
# prefix such as "timeout 20", may be empty).
run_case() {
	_prog=$1 _ob=$2 _m=$3 _n=$4
	shift 4
	_p=$(cap_path "$_n")
	# "+names" as the first flag: run without -n (names looked up)
	_nflag=-n
	if [ "$1" = "+names" ]; then
		_nflag=
		shift
	fi
	if [ "$_m" = stdin ]; then
		TZ=UTC LC_ALL=C $TIMEOUT "$_prog" $_nflag "$@" -r - \
		    <"$_p" >"$_ob.out" 2>"$_ob.rawerr"
	else
		TZ=UTC LC_ALL=C $TIMEOUT "$_prog" $_nflag "$@" -r "$_p" \
		    </dev/null >"$_ob.out" 2>"$_ob.rawerr"
	fi
	echo $? >"$_ob.rc"
}

# norm_err PROGNAME NAME <raw >normalised: make standard error comparable:
# a leading "PROGNAME: " becomes "PROG: ", "pcap_loop: " goes, and the
# capture's path becomes "FILE".
norm_err() {
	sed -e "s/^$1: /PROG: /" -e 's/pcap_loop: //' \
	    -e "s|$(cap_path "$2")|FILE|g"
}
