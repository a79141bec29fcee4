#!/bin/sh
# run.sh [BIN] - benchmark `entente import gdelt` against DuckDB (node,
# @duckdb/node-api), the sqlite3 CLI and `wc -l` on a synthetic 1 GB GDELT
# 2.0 export.  Needs scripts/bench-deps.sh (hyperfine, node/npm) and, once,
# `npm ci` in bench/gdelt.  Prints the median of RUNS runs (default 3) per
# tool, throughputs (MB/s), ratios and peak memory (max RSS).
#
#   BENCH_DIR   where the data file and stores go (default /tmp/entente-gdelt-bench)
#   BENCH_MB    size of the generated file in MB (default 1000)
#   THREADS     threads for entente and DuckDB (default 2)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BIN=${1:-$ROOT/build/release/entente}
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/entente-gdelt-bench}
MB=${BENCH_MB:-1000}
RUNS=${RUNS:-3}
THREADS=${THREADS:-2}
CAMEO=$ROOT/../shared/data/gdelt/cameoCodes.json
DATA=$DIR/events-${MB}MB.tsv
mkdir -p "$DIR"
[ -s "$DATA" ] || python3 "$HERE/gen.py" "$CAMEO" "$DATA" "$MB"
[ -d "$HERE/node_modules/@duckdb/node-api" ] || (cd "$HERE" && npm ci --no-audit --no-fund)
BYTES=$(wc -c <"$DATA")

# the sqlite3 script: .import into a 61-column table, then the same GROUP BY
cols=$(i=0; while [ $i -lt 61 ]; do printf 'c%d%s' $i "$([ $i -lt 60 ] && echo ,)"; i=$((i + 1)); done)
cat >"$DIR/sqlite.sql" <<SQL
CREATE TABLE ev($cols);
.mode tabs
.import $DATA ev
CREATE TABLE agg AS SELECT c7, c17, c2, c28, c29, count(*) AS events, sum(c31), sum(c32),
  sum(c33), sum(c30), avg(c30), avg(c34) FROM ev GROUP BY 1, 2, 3, 4, 5;
SELECT count(*), sum(events) FROM agg;
SQL

# a correctness check first: all three tools find the same aggregates
rm -f "$DIR"/bench.db*
"$BIN" --db "$DIR/bench.db" import gdelt --threads "$THREADS" "$DATA"
sqlite3 "$DIR/bench.db" "SELECT 'entente: ' || count(*) || ' aggregates, ' || sum(events) || ' events' FROM gdelt_aggregates"
(cd "$HERE" && node duck.mjs "$DATA" "$THREADS")
cat "$DATA" >/dev/null # warm the page cache

MEM=$DIR/mem
rm -f "$MEM".*
T="/usr/bin/time -f %M -a -o"
hyperfine --runs "$RUNS" --warmup 1 --export-json "$DIR/hyperfine.json" \
	-n entente --prepare "rm -f $DIR/bench.db $DIR/bench.db-wal $DIR/bench.db-shm" \
	"$T $MEM.entente $BIN --db $DIR/bench.db import gdelt --threads $THREADS $DATA" \
	-n duckdb --prepare true "cd $HERE && $T $MEM.duckdb node duck.mjs $DATA $THREADS" \
	-n sqlite3 --prepare true "$T $MEM.sqlite3 sqlite3 :memory: <$DIR/sqlite.sql" \
	-n wc-l --prepare true "$T $MEM.wc-l wc -l $DATA"

python3 - "$DIR/hyperfine.json" "$BYTES" "$MEM" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))["results"]
size = int(sys.argv[2])
print("\nfile: %.0f MB; median of %d runs; peak memory = max RSS" % (size / 1e6, len(res[0]["times"])))
print("%-8s %9s %9s %11s %11s" % ("tool", "median s", "MB/s", "cpu s", "peak MB"))
names = ["entente", "duckdb", "sqlite3", "wc-l"]
t, cpu = {}, {}
for n, r in zip(names, res):
    t[n] = r["median"]
    cpu[n] = r["user"] + r["system"]
    peak = max(int(x) for x in open(sys.argv[3] + "." + n).read().split())
    print("%-8s %9.3f %9.0f %11.2f %11.1f" % (n, r["median"], size / 1e6 / r["median"], cpu[n], peak / 1024))
print("(cpu s = mean user + system time)")
print("\nentente vs duckdb : %.2fx faster (wall), %.2fx less CPU" % (t["duckdb"] / t["entente"], cpu["duckdb"] / cpu["entente"]))
print("entente vs sqlite3: %.2fx faster (wall)" % (t["sqlite3"] / t["entente"]))
print("entente / wc -l   : %.2fx the time of wc -l" % (t["entente"] / t["wc-l"]))
with open("/proc/loadavg") as f:
    print("load average after the run: %s" % " ".join(f.read().split()[:3]))
PY
