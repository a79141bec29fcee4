#!/bin/sh
# bench/ingest/run.sh - end-to-end ingest speed against `grep -F`, peak
# memory, matcher comparison and the 10,000-document progress bar.
#
# usage: sh bench/ingest/run.sh          (from the repository root, or via
#                                         `make bench-ingest`)
#
# Environment (all optional):
#   BENCH_SIZES   corpus sizes in MB, smallest first   (default "20 200")
#   BENCH_RUNS    hyperfine runs per command           (default 3)
#   BENCH_DIR     where corpora, databases, results go (default $TMPDIR/entente-bench)
#   BENCH_BUILD   build directory of the -O2 binary    (default build/bench)
#   BENCH_SKIP    words among "matcher single progress" to skip those parts
#
# For each size: a corpus of distinct documents (make-corpus.py), then
# hyperfine runs, in the same session, alternately
#   entente  `entente --db FRESH.db ingest --quiet CORPUS` (the db removed
#            before each run: text in, facts committed to SQLite), under
#            /usr/bin/time -v for its peak memory;
#   grep     `LC_ALL=C grep -r -F -o -i -f DICT CORPUS` (output piped to
#            hyperfine, not /dev/null: GNU grep stops at the first match when
#            its output is /dev/null);
# and prints the medians, MB/s and the ratio entente/grep (summary.py).
# Results are kept in BENCH_DIR/results-<size>.json and summary.txt.
set -eu

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
SIZES=${BENCH_SIZES:-20 200}
RUNS=${BENCH_RUNS:-3}
WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/entente-bench}
BUILD=${BENCH_BUILD:-build/bench}
SKIP=${BENCH_SKIP:-}
BIN=$ROOT/$BUILD/entente
ISO=$(pkg-config --variable=prefix iso-codes)/share/iso-codes/json
HERE=$ROOT/bench/ingest

sh scripts/bench-deps.sh
make --no-print-directory BUILD="$BUILD" all >/dev/null
mkdir -p "$WORK"
SUMMARY=$WORK/summary.txt
: >"$SUMMARY"
say() { echo "$*" | tee -a "$SUMMARY"; }

# The gazetteer's phrases as surface text (see make-dict.py).
DICT=$WORK/dict.txt
python3 "$HERE/make-dict.py" "$ROOT/data" "$ISO" >"$DICT"
say "bench: $(wc -l <"$DICT") phrases in DICT; $(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg)"
say "bench: $(LC_ALL=C grep --version | head -1); $(sqlite3 --version | cut -d' ' -f1 | sed 's/^/sqlite /')"

# make_corpus SIZE DIR: build it once per generator version and size.
make_corpus() {
	stamp=$(cat "$HERE/make-corpus.py" "$ROOT"/examples/* "$ROOT/data/states.tsv" | cksum | cut -d' ' -f1)
	if [ ! -f "$2/.stamp" ] || [ "$(cat "$2/.stamp")" != "$stamp-$1" ]; then
		rm -rf "$2"
		python3 "$HERE/make-corpus.py" --mb "$1" --seed "$1" --isocodes "$ISO" "$ROOT" "$2"
		echo "$stamp-$1" >"$2/.stamp"
	fi
}

for mb in $SIZES; do
	CORPUS=$WORK/corpus-$mb
	DB=$WORK/bench-$mb.db
	TIMES=$WORK/time-$mb.txt
	make_corpus "$mb" "$CORPUS"
	rm -f "$TIMES"
	hyperfine --runs "$RUNS" --output=pipe --style basic \
		--export-json "$WORK/results-$mb.json" \
		--prepare "rm -f '$DB' '$DB-wal' '$DB-shm'" \
		-n entente "/usr/bin/time -v -a -o '$TIMES' '$BIN' --db '$DB' ingest --quiet '$CORPUS'" \
		--prepare true \
		-n grep "LC_ALL=C grep -r -F -o -i -f '$DICT' '$CORPUS'"
	python3 "$HERE/summary.py" "$CORPUS" "$WORK/results-$mb.json" "$TIMES" "$DB" | tee -a "$SUMMARY"
done

case " $SKIP " in *" matcher "*) ;; *)
	# Matchers on the smallest corpus, in memory.
	first=${SIZES%% *}
	cc -std=c11 -D_POSIX_C_SOURCE=200809L -O2 -Wall -Wextra -Werror -Iinclude -Isrc \
		$(pkg-config --cflags libhs libpcre2-8) "$HERE/matcher.c" "$BUILD/libentente.a" \
		$(pkg-config --libs libhs libpcre2-8 sqlite3 libxml-2.0 jansson libcrypto) \
		$(pkg-config --libs libgvc libzip 2>/dev/null) -lm -lpthread -o "$WORK/matcher"
	# PCRE2 is slow: give it the first 2 MB of the corpus.
	find "$WORK/corpus-$first" -type f ! -name '.*' | sort | head -800 >"$WORK/files.txt"
	# shellcheck disable=SC2046
	"$WORK/matcher" "$DICT" "$ROOT/data" "$ISO" $(cat "$WORK/files.txt") | tee -a "$SUMMARY"
	;;
esac

case " $SKIP " in *" single "*) ;; *)
	# One large document (5 MB of the smallest corpus's .txt files joined):
	# the per-document steps must stay near linear in its facts.
	first=${SIZES%% *}
	ONE=$WORK/single
	rm -rf "$ONE" && mkdir -p "$ONE"
	find "$WORK/corpus-$first" -name '*.txt' | sort | xargs cat 2>/dev/null | head -c 5000000 >"$ONE/one.txt"
	hyperfine --runs "$RUNS" --output=pipe --style basic \
		--export-json "$WORK/results-single.json" \
		--prepare "rm -f '$WORK/single.db' '$WORK/single.db-wal' '$WORK/single.db-shm'" \
		-n entente "'$BIN' --db '$WORK/single.db' ingest --quiet '$ONE'" \
		--prepare true \
		-n grep "LC_ALL=C grep -r -F -o -i -f '$DICT' '$ONE'" >/dev/null
	python3 - "$WORK/results-single.json" "$ONE/one.txt" <<'PY' | tee -a "$SUMMARY"
import json, os, statistics, sys
r = {x["command"]: statistics.median(x["times"]) for x in json.load(open(sys.argv[1]))["results"]}
mb = os.path.getsize(sys.argv[2]) / 1e6
print("single: one %.1f MB document: entente median %.2f s, grep %.2f s, ratio %.4f"
      % (mb, r["entente"], r["grep"], r["grep"] / r["entente"]))
PY
	;;
esac

case " $SKIP " in *" progress "*) ;; *)
	# 10,000 tiny documents on a pseudo-terminal: time it and look for the bar.
	P=$WORK/progress
	if [ ! -f "$P/.n10000" ]; then
		rm -rf "$P"
		python3 "$HERE/make-corpus.py" --tiny --docs 10000 --isocodes "$ISO" "$ROOT" "$P"
		touch "$P/.n10000"
	fi
	rm -f "$WORK/p.db" "$WORK/p.db-wal" "$WORK/p.db-shm"
	t0=$(date +%s.%N)
	script -qec "'$BIN' --db '$WORK/p.db' ingest '$P'" /dev/null >"$WORK/progress.tty" 2>&1 || true
	t1=$(date +%s.%N)
	bars=$(tr '\r' '\n' <"$WORK/progress.tty" | grep -c '^\[[# ]*\] [0-9]* docs' || true)
	say "progress: 10000 tiny documents on a pty in $(awk "BEGIN{printf \"%.1f\", $t1 - $t0}") s, $bars bar updates, last: $(tr '\r' '\n' <"$WORK/progress.tty" | grep '^\[' | tail -1)"
	;;
esac
echo "bench: summary in $SUMMARY"
