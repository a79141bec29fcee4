#!/bin/sh
# fuzz.sh [SECONDS [TARGET...]] - build the libFuzzer targets of tests/fuzz
# with clang (ASan + UBSan) in build/fuzz and run each for SECONDS (default
# 60), up to one target per CPU at a time.
#
# Each target starts from its seed corpus tests/fuzz/corpus/TARGET (which
# also holds the inputs of crashes found and fixed, so they are re-run every
# time) and its dictionary (tests/fuzz/TARGET.dict, or words.dict for the text
# targets).  Inputs the
# fuzzer finds go to build/fuzz/corpus/TARGET, never into the source tree;
# a crashing input is saved as build/fuzz/artifacts/TARGET-crash-...
#
# Prints one line per target with its executions and time, then the closing
# line "fuzz: N passed, N failed"; exits 1 when a target crashed.
set -u
SECONDS_EACH=${1:-60}
[ $# -gt 0 ] && shift
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 1
OUT=build/fuzz
CC_FUZZ=${CC_FUZZ:-clang}
# the pkg-config packages the library links with, as the Makefile lists them
PKGS=$(sed -n 's/^PKGS [:+]= *//p' Makefile | tr '\n' ' ')

if [ $# -gt 0 ]; then
	TARGETS=$*
else
	TARGETS=$(for f in tests/fuzz/fuzz_*.c; do basename "$f" .c | sed 's/^fuzz_//'; done)
fi

# ---- build: the library with fuzzer-no-link, each harness with fuzzer --------
# (a clean environment: this script may run under `make check`, whose
# command-line variables would otherwise reach the inner make)
if ! env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make --no-print-directory -s -j"$(nproc 2>/dev/null || echo 1)" BUILD=$OUT/lib \
	CC="$CC_FUZZ" SANITIZER=fuzzer-no-link,address,undefined $OUT/lib/libentente.a >&2; then
	echo "fuzz: cannot build the library with $CC_FUZZ (see above)" >&2
	echo "fuzz: 0 passed, 1 failed"
	exit 1
fi
FLAGS="-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -g -O1 -fno-omit-frame-pointer \
-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Wall -Wextra -Werror \
-Iinclude -Isrc -Itests/fuzz"
for t in $TARGETS; do
	src=tests/fuzz/fuzz_$t.c
	bin=$OUT/fuzz_$t
	if [ ! -f "$src" ]; then
		echo "fuzz: no target $t ($src)" >&2
		echo "fuzz: 0 passed, 1 failed"
		exit 1
	fi
	if [ ! -x "$bin" ] || [ -n "$(find "$src" tests/fuzz/fuzz_common.h $OUT/lib/libentente.a \
		-newer "$bin" 2>/dev/null)" ]; then
		# shellcheck disable=SC2086
		$CC_FUZZ $FLAGS $(pkg-config --cflags $PKGS) -o "$bin" "$src" \
			$OUT/lib/libentente.a $(pkg-config --libs $PKGS) -lm -lpthread || {
			echo "fuzz: cannot build $t" >&2
			echo "fuzz: 0 passed, 1 failed"
			exit 1
		}
	fi
done

# ---- run ------------------------------------------------------------------------
JOBS=$(nproc 2>/dev/null || echo 1)
mkdir -p $OUT/artifacts $OUT/logs
export ENTENTE_DATA="$ROOT/data"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

run_one() { # run_one TARGET: fuzz it; the log is $OUT/logs/TARGET.log
	t=$1
	mkdir -p "$OUT/corpus/$t"
	case $t in
	html | jsonl) dict=-dict=tests/fuzz/$t.dict ;;
	utf8) dict= ;;
	*) dict=-dict=tests/fuzz/words.dict ;; # the text targets
	esac
	# shellcheck disable=SC2086
	"$OUT/fuzz_$t" -max_total_time="$SECONDS_EACH" -timeout=20 -rss_limit_mb=2048 \
		-max_len=16384 -print_final_stats=1 $dict \
		-artifact_prefix="$OUT/artifacts/$t-" "$OUT/corpus/$t" "tests/fuzz/corpus/$t" \
		>"$OUT/logs/$t.log" 2>&1
	echo $? >"$OUT/logs/$t.rc"
}

running=0
for t in $TARGETS; do
	rm -f "$OUT/logs/$t.rc"
	run_one "$t" &
	running=$((running + 1))
	if [ "$running" -ge "$JOBS" ]; then
		wait
		running=0
	fi
done
wait

pass=0
fail=0
for t in $TARGETS; do
	log=$OUT/logs/$t.log
	rc=$(cat "$OUT/logs/$t.rc" 2>/dev/null || echo 1)
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
	cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | sed 's/cov: //')
	if [ "$rc" = 0 ]; then
		pass=$((pass + 1))
		echo "ok - fuzz $t: ${execs:-?} executions in ${secs:-?} s, coverage ${cov:-?} edges"
	else
		fail=$((fail + 1))
		echo "not ok - fuzz $t crashed (exit $rc); log $log, input $OUT/artifacts/$t-*"
		grep -E 'ERROR|SUMMARY|runtime error|#[0-9]+ 0x' "$log" | head -n 20 | sed 's/^/#   /'
	fi
done
echo "fuzz: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
