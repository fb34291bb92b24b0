#!/usr/bin/env bash
# bench/run.sh - pcapcat against tcpdump on generated captures (`make bench`).
# See bench/README.md.  Environment: BENCH_QUICK=1 (small and fast),
# BENCH_RUNS (timed runs per program and setting, default 3, quick 1),
# BENCH_PORTS=neutral|real (default neutral), BENCH_SEED (default 1),
# PCAPCAT (default ./pcapcat), TCPDUMP (default tcpdump).
set -u
export LC_ALL=C
cd "$(dirname "$0")/.." || exit 2

DATA=bench/data
PCAPCAT=${PCAPCAT:-./pcapcat}
TCPDUMP=${TCPDUMP:-tcpdump}
PORTS=${BENCH_PORTS:-neutral}
SEED=${BENCH_SEED:-1}
QUICK=${BENCH_QUICK:-0}
if [ "$QUICK" = 1 ]; then RUNS=${BENCH_RUNS:-1}; else RUNS=${BENCH_RUNS:-3}; fi
mkdir -p "$DATA"
RESULTS=$DATA/results.md
ORIG_TZ_SET=${TZ+set}

say() { printf '%s\n' "$*" >&2; }

[ -x "$PCAPCAT" ] || { say "bench: $PCAPCAT not built (run make)"; exit 2; }
command -v "$TCPDUMP" >/dev/null || { say "bench: $TCPDUMP not found"; exit 2; }
if [ ! -x /usr/bin/time ]; then
	say "bench: /usr/bin/time missing, installing the time package"
	apt-get install -y time >/dev/null 2>&1 ||
	    { apt-get update >/dev/null 2>&1 && apt-get install -y time >/dev/null 2>&1; }
fi
HAVE_TIME=0; [ -x /usr/bin/time ] && HAVE_TIME=1

# --- the generator and the captures (in bench/data) ----------------------
GEN=$DATA/gen
if [ ! -x "$GEN" ] || [ bench/gen.c -nt "$GEN" ]; then
	say "bench: building $GEN"
	${CC:-cc} -O2 -o "$GEN" bench/gen.c || exit 2
fi
GENSUM=$(cksum < bench/gen.c | cut -d' ' -f1)

# capture NAME GEN-ARGS...: make bench/data/NAME.pcap afresh (NAME.info
# holds gen's summary).  Made on every run, not kept from an earlier one:
# a file whose page-cache pages the machine reclaimed and read back in
# (this VM pages out cache left unused for a minute) copies out of the
# cache up to a third slower than one just written, for both programs, and
# the figures would depend on the machine's history.  It takes seconds.
capture() {
	local name=$1; shift
	local f=$DATA/$name.pcap info=$DATA/$name.info stamp="gen=$GENSUM args=$*"
	say "bench: generating $f ($*)"
	local t0=${EPOCHREALTIME/./}
	{ echo "$stamp"; "$GEN" -o "$f.tmp" "$@"; } > "$info.tmp" || exit 2
	mv "$f.tmp" "$f" && mv "$info.tmp" "$info"
	say "bench:   $(( (${EPOCHREALTIME/./} - t0) / 1000 )) ms"
}

info_get() { sed -n 2p "$DATA/$1.info" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

if [ "$QUICK" = 1 ]; then
	EVERY="every-10M"
	capture every-10M -m everyday -b 10M -p "$PORTS" -s "$SEED"
	capture many-30k -m manyhosts -c 30000 -p "$PORTS" -s "$SEED"
	MANY=many-30k
else
	EVERY="every-40M every-400M"
	capture every-40M -m everyday -b 40M -p "$PORTS" -s "$SEED"
	capture every-400M -m everyday -b 400M -p "$PORTS" -s "$SEED"
	capture many-300k -m manyhosts -c 300000 -p "$PORTS" -s "$SEED"
	MANY=many-300k
fi
ALL="$EVERY $MANY"

# --- identity check and peak RSS (TZ=UTC) --------------------------------
declare -A SAME RSS_T RSS_P NDIFF
rss_of() { sed -n 's/.*Maximum resident set size (kbytes): //p' "$1"; }

for c in $ALL; do
	f=$DATA/$c.pcap
	cat "$f" > /dev/null		# into the page cache
	say "bench: identity check on $c"
	for p in tcpdump pcapcat; do
		if [ $p = tcpdump ]; then cmd=$TCPDUMP; else cmd=$PCAPCAT; fi
		if [ $HAVE_TIME = 1 ]; then
			TZ=UTC /usr/bin/time -v -o "$DATA/time.$p" "$cmd" -n -r "$f" \
			    > "$DATA/out.$p" 2> "$DATA/err.$p"
			echo $? > "$DATA/rc.$p"
		else
			TZ=UTC "$cmd" -n -r "$f" > "$DATA/out.$p" 2> "$DATA/err.$p"
			echo $? > "$DATA/rc.$p"
		fi
	done
	if [ $HAVE_TIME = 1 ]; then
		RSS_T[$c]=$(rss_of "$DATA/time.tcpdump")
		RSS_P[$c]=$(rss_of "$DATA/time.pcapcat")
	else
		RSS_T[$c]=; RSS_P[$c]=
	fi
	sed "s|^tcpdump: ||" "$DATA/err.tcpdump" > "$DATA/err.t"
	sed "s|^pcapcat: ||" "$DATA/err.pcapcat" > "$DATA/err.p"
	if cmp -s "$DATA/out.tcpdump" "$DATA/out.pcapcat" &&
	   cmp -s "$DATA/rc.tcpdump" "$DATA/rc.pcapcat" &&
	   cmp -s "$DATA/err.t" "$DATA/err.p"; then
		SAME[$c]=yes; NDIFF[$c]=0
	else
		n=$(paste -d '\n' "$DATA/out.tcpdump" "$DATA/out.pcapcat" |
		    awk 'NR % 2 { x = $0; next } x != $0 { n++ } END { print n + 0 }')
		lt=$(wc -l < "$DATA/out.tcpdump"); lp=$(wc -l < "$DATA/out.pcapcat")
		SAME[$c]=no; NDIFF[$c]=$n
		{
			echo "### $c: $n differing lines (tcpdump $lt lines, pcapcat $lp lines)"
			echo '```'
			paste -d '\n' "$DATA/out.tcpdump" "$DATA/out.pcapcat" |
			    awk 'NR % 2 { x = $0; next }
				 x != $0 && k < 5 { k++; print "line " NR / 2 ":";
				     print "  tcpdump: " x; print "  pcapcat: " $0 }'
			cmp -s "$DATA/rc.tcpdump" "$DATA/rc.pcapcat" ||
			    echo "exit status: tcpdump $(cat "$DATA/rc.tcpdump"), pcapcat $(cat "$DATA/rc.pcapcat")"
			cmp -s "$DATA/err.t" "$DATA/err.p" ||
			    { echo "stderr: tcpdump: $(head -c 300 "$DATA/err.tcpdump")";
			      echo "stderr: pcapcat: $(head -c 300 "$DATA/err.pcapcat")"; }
			echo '```'
		} >> "$DATA/diffs.tmp"
	fi
	rm -f "$DATA"/out.* "$DATA"/err.* "$DATA"/rc.* "$DATA"/time.*
done

# --- timing --------------------------------------------------------------
# one_run PROG FILE OUT(null|pipe) [ARGS...]: wall microseconds on stdout
one_run() {
	local cmd=$1 f=$2 o=$3 t0 t1
	shift 3
	if [ "$o" = null ]; then
		t0=${EPOCHREALTIME/./}
		"$cmd" -n "$@" -r "$f" > /dev/null 2>&1
		t1=${EPOCHREALTIME/./}
	else
		t0=${EPOCHREALTIME/./}
		"$cmd" -n "$@" -r "$f" 2> /dev/null | cat > /dev/null
		t1=${EPOCHREALTIME/./}
	fi
	echo $((t1 - t0))
}

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
	if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# settings CAPTURE: "TZ OUT" pairs timed on it (no pipe on many hosts:
# tcpdump takes long there)
settings() {
	case $1 in
	many-*)	echo "unset:null UTC:null" ;;
	*)	echo "unset:null unset:pipe UTC:null UTC:pipe" ;;
	esac
}

# reps CAPTURE: timings per round.  A capture that pcapcat reads in a few
# milliseconds is timed 5 times a round: one scheduling hiccup of a
# shared machine is then a smaller part of its median.
reps() {
	case $1 in many-*) echo 1; return ;; esac
	if [ "$(info_get $1 bytes)" -lt 100000000 ]; then echo 5; else echo 1; fi
}

# Rounds: each round times every capture and setting once, tcpdump then
# pcapcat, so a machine that speeds up or slows down during the benchmark
# (a shared virtual machine does) weighs on every figure alike.  Each round
# also times `pcapcat -c 1` on each capture (TZ=UTC, /dev/null): starting
# the process, opening the file and printing one packet, which the cost
# per packet below leaves out.
declare -A RUN_T RUN_P RUN_S MED_T MED_P MED_S
for c in $ALL; do cat "$DATA/$c.pcap" > /dev/null; done
for ((r = 0; r < RUNS; r++)); do
	for c in $ALL; do
		f=$DATA/$c.pcap
		say "bench: round $((r + 1))/$RUNS: $c"
		for ((k = 0; k < $(reps $c); k++)); do
			for st in $(settings $c); do
				tz=${st%%:*}; o=${st#*:}
				if [ $tz = unset ]; then unset TZ; else export TZ=UTC; fi
				RUN_T[$c,$tz,$o]+=" $(one_run "$TCPDUMP" "$f" $o)"
				RUN_P[$c,$tz,$o]+=" $(one_run "$PCAPCAT" "$f" $o)"
			done
			export TZ=UTC
			RUN_S[$c]+=" $(one_run "$PCAPCAT" "$f" null -c 1)"
		done
	done
done
ROWS=()
for c in $ALL; do
	for st in $(settings $c); do
		tz=${st%%:*}; o=${st#*:}
		MED_T[$c,$tz,$o]=$(median ${RUN_T[$c,$tz,$o]})
		MED_P[$c,$tz,$o]=$(median ${RUN_P[$c,$tz,$o]})
		ROWS+=("$c $tz $o ${MED_T[$c,$tz,$o]} ${MED_P[$c,$tz,$o]}")
	done
	MED_S[$c]=$(median ${RUN_S[$c]})
done
if [ "$ORIG_TZ_SET" != set ]; then unset TZ; fi

# --- the table -----------------------------------------------------------
secs() { awk -v u="$1" 'BEGIN { printf "%.3f", u / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
nspp() { awk -v u="$1" -v n="$2" 'BEGIN { if (n > 0) printf "%.0f", u * 1000 / n; else print "n/a" }'; }
net_nspp() {	# net_nspp CAPTURE: pcapcat ns/packet net of its start-up
	awk -v u="${MED_P[$1,UTC,null]}" -v s="${MED_S[$1]}" \
	    -v n="$(info_get $1 packets)" 'BEGIN {
		if (n > 1 && u > s) printf "%.0f", (u - s) * 1000 / (n - 1); else print "n/a" }'; }
mib() { if [ -n "$1" ]; then awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; else echo n/a; fi; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {
	if (v == "n/a" || v == "") { print "n/a"; exit }
	ok = (op == ">=") ? (v + 0 >= t + 0) : (v + 0 <= t + 0); print ok ? "PASS" : "FAIL" }'; }

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)
rev=$(git rev-parse --short HEAD 2>/dev/null)
[ -n "$(git status --porcelain -- src Makefile 2>/dev/null)" ] && rev="$rev+local changes"
{
echo "## pcapcat benchmark"
echo
echo "machine: $(nproc) CPUs, ${cpu:-unknown CPU}, $(uname -sr); $($TCPDUMP --version 2>&1 | head -n1); pcapcat $rev"
if [ "$PORTS" = real ]; then
	echo "ports: real (HTTP 80, TLS-like 443, DNS 53, UDP 443) - both decode HTTP and DNS here"
else
	echo "ports: neutral (HTTP-like 8000, TLS-like 8443, DNS 5300, UDP 7777) - not decoded by tcpdump"
fi
q=""; [ "$QUICK" = 1 ] && q="; BENCH_QUICK=1"
echo "runs: $RUNS rounds, each timing every capture and setting (tcpdump, then pcapcat; captures under 100 MB 5 times a round); medians of wall time; seed $SEED$q"
echo
echo "| capture | MB | packets | output identical (TZ=UTC) | tcpdump peak RSS MiB | pcapcat peak RSS MiB | tcpdump ns/pkt | pcapcat ns/pkt | pcapcat start-up ms | pcapcat ns/pkt after start-up |"
echo "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|"
for c in $ALL; do
	n=$(info_get $c packets); b=$(info_get $c bytes)
	same=${SAME[$c]}; [ "$same" = no ] && same="NO (${NDIFF[$c]} lines differ)"
	echo "| $c | $(awk -v b="$b" 'BEGIN { printf "%.1f", b / 1e6 }') | $n | $same | $(mib "${RSS_T[$c]}") | $(mib "${RSS_P[$c]}") | $(nspp "${MED_T[$c,UTC,null]}" "$n") | $(nspp "${MED_P[$c,UTC,null]}" "$n") | $(awk -v u="${MED_S[$c]}" 'BEGIN { printf "%.2f", u / 1000 }') | $(net_nspp $c) |"
done
echo
echo "ns/pkt: median wall time with TZ=UTC, output to /dev/null, divided by the packets."
echo "start-up: median wall time of \`pcapcat -n -c 1 -r F\` (process start, file open, one packet);"
echo "after start-up: (wall time - start-up) / (packets - 1), the cost the flatness targets compare."
echo
echo "| capture | TZ | output | tcpdump s | pcapcat s | tcpdump/pcapcat |"
echo "|---|---|---|---:|---:|---:|"
for row in "${ROWS[@]}"; do
	set -- $row
	o=/dev/null; [ "$3" = pipe ] && o='\| cat'
	echo "| $1 | $2 | $o | $(secs "$4") | $(secs "$5") | $(ratio "$4" "$5")x |"
done
echo
# targets
min_ratio() {	# min_ratio TZ: the smallest ratio over everyday captures and outputs
	local tz=$1 c o m=""
	for c in $EVERY; do for o in null pipe; do
		r=$(ratio "${MED_T[$c,$tz,$o]}" "${MED_P[$c,$tz,$o]}")
		if [ -z "$m" ] || awk -v a="$r" -v b="$m" 'BEGIN { exit !(a < b) }'; then m=$r; fi
	done; done
	echo "$m"
}
max_rss=""
for c in $ALL; do
	v=${RSS_P[$c]}
	[ -n "$v" ] && { [ -z "$max_rss" ] || [ "$v" -gt "$max_rss" ]; } && max_rss=$v
done
big=${EVERY##* }; small=${EVERY%% *}
ns_big=$(net_nspp $big)
ns_small=$(net_nspp $small)
ns_many=$(net_nspp $MANY)
r_unset=$(min_ratio unset); r_utc=$(min_ratio UTC)
r_many=$(ratio "$ns_many" "$ns_big"); r_size=$(ratio "$ns_big" "$ns_small")
echo "| target (issue 5) | measured | result |"
echo "|---|---:|---|"
echo "| wall time tcpdump/pcapcat >= 10x, TZ unset, everyday (worst of $EVERY, /dev/null and pipe) | ${r_unset}x | $(verdict "$r_unset" '>=' 10) |"
echo "| wall time tcpdump/pcapcat >= 5x, TZ=UTC, everyday (worst of $EVERY, /dev/null and pipe) | ${r_utc}x | $(verdict "$r_utc" '>=' 5) |"
echo "| pcapcat peak RSS <= 4 MiB (largest over all captures) | $(mib "$max_rss") MiB | $(verdict "$(mib "$max_rss")" '<=' 4) |"
echo "| pcapcat ns/pkt after start-up, $MANY <= 2x $big | $ns_many / $ns_big = ${r_many}x | $(verdict "$r_many" '<=' 2) |"
if [ "$big" != "$small" ]; then
	echo "| pcapcat ns/pkt after start-up, $big about $small (within 1.25x) | $ns_big / $ns_small = ${r_size}x | $(awk -v r="$r_size" 'BEGIN { print (r <= 1.25 && r >= 0.8) ? "PASS" : "FAIL" }') |"
fi
if [ -s "$DATA/diffs.tmp" ]; then
	echo
	echo "### output differences (first lines)"
	echo
	cat "$DATA/diffs.tmp"
fi
} > "$RESULTS"
rm -f "$DATA/diffs.tmp"
echo
cat "$RESULTS"
echo
echo "(also in $RESULTS)"
