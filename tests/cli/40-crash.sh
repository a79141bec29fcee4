#!/bin/sh
# 40-crash.sh BIN - crash safety: an ingest of thousands of small documents
# is killed with SIGKILL at several random points.  After each kill the
# database must pass PRAGMA integrity_check and foreign_key_check, and every
# stored document must have exactly the evidence rows an uninterrupted run
# gives it (nothing half-written); no fact may lack evidence.  Re-running the
# same ingest to completion must then give exactly the facts (`facts
# --format jsonl`, byte for byte) and `stats` of an uninterrupted run.
#
# The documents are generated sentences ("France delivered 9 drones to
# Egypt in 2002. ...") naming real states; ENT_CRASH_DOCS sets how many
# (default 10000), ENT_CRASH_SEED the random seed of the kill times.
# The last line is "crash: N passed, N failed".
set -u

BIN=${1:?usage: tests/cli/40-crash.sh BIN}
case $BIN in
/*) ;;
*) BIN=$(pwd)/$BIN ;;
esac
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
NDOCS=${ENT_CRASH_DOCS:-10000}
SEED=${ENT_CRASH_SEED:-$$}
KILLS=5

# A kill is about the process, not the disk: a RAM disk (when there is one)
# keeps the per-document fsync from dominating the run time.
base=${TMPDIR:-/tmp}
if [ -d /dev/shm ] && [ -w /dev/shm ]; then base=/dev/shm; fi
T=$(mktemp -d "$base/entente-crash.XXXXXX") || exit 1
pid=
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$T"' EXIT INT TERM
cd "$T" || exit 1
unset ENTENTE_DB

pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok - $1"; }
not_ok() { fail=$((fail + 1)); echo "not ok - $1"; }
check() {
	name=$1
	shift
	if "$@"; then ok "$name"; else not_ok "$name"; fi
}
eq() { [ "$1" = "$2" ]; }
q() { sqlite3 -batch "$@" 2>&1; } # q DB SQL: one query through the sqlite3 shell

python3 - "$T/docs" 0 "$NDOCS" <<'PY'
import os, sys
out, start, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
C = ["France", "Germany", "Italy", "Spain", "Poland", "Turkey", "Israel", "India",
     "Pakistan", "China", "Russia", "Brazil", "Chile", "Peru", "Egypt", "Morocco",
     "Algeria", "Nigeria", "Kenya", "Ethiopia", "Indonesia", "Vietnam", "Japan",
     "Australia", "Canada", "Mexico", "Colombia", "Argentina", "Greece", "Norway",
     "Sweden", "Finland", "Romania", "Hungary", "Serbia", "Qatar", "Oman", "Jordan",
     "Thailand", "Malaysia"]
W = ["drones", "helicopters", "tanks", "frigates", "radars", "howitzers",
     "patrol boats", "missiles", "armoured vehicles", "transport aircraft"]
V = ["delivered", "sold", "supplied"]
os.makedirs(out, exist_ok=True)
n = len(C)
for i in range(start, start + count):
    a, b = C[i % n], C[(i // n + 1 + i) % n]
    if b == a:
        b = C[(i + 1) % n]
    c, d = C[(i * 3 + 5) % n], C[(i * 11 + 2) % n]
    if c == d:
        d = C[(i * 11 + 3) % n]
    year = 1995 + i % 29
    with open(os.path.join(out, "doc-%05d.txt" % i), "w") as f:
        f.write("Report %d on %s and %s\nPublished: %d-%02d-%02d\n\n"
                "%s %s %d %s to %s in %d. %s and %s held a joint naval exercise in %d.\n"
                % (i, a, b, year + 1, i % 12 + 1, i % 28 + 1, a, V[i % 3], 2 + i % 40,
                   W[i % len(W)], b, year, c, d, year))
PY

# ---- the uninterrupted run (the reference) -----------------------------------
t0=$(date +%s.%N)
"$BIN" --db full.db ingest -q docs 2>full.err
rc=$?
t1=$(date +%s.%N)
check "uninterrupted ingest of $NDOCS documents exits 0" eq "$rc" 0
check "uninterrupted ingest stores every document" eq "$(q full.db 'SELECT count(*) FROM documents')" "$NDOCS"
check "every generated document yields evidence" \
	eq "$(q full.db 'SELECT count(*) FROM documents d WHERE NOT EXISTS
		(SELECT 1 FROM evidence e WHERE e.document_id = d.id)')" 0
"$BIN" --db full.db facts --format jsonl >full.jsonl 2>/dev/null
"$BIN" --db full.db stats >full.stats 2>/dev/null
dur=$(echo "$t0 $t1" | awk '{ printf "%.2f", $2 - $1 }')
echo "# uninterrupted run: $dur s, $(wc -l <full.jsonl | tr -d ' ') facts"

# ---- when the first batch lands ----------------------------------------------
# A probe ingest is watched until its first document is visible (ingest
# commits in batches of up to 200 ms, after loading the gazetteer), then
# killed: kills before that moment find nothing committed, and how long it
# takes depends on the machine and its load, not on the run's length.
"$BIN" --db probe.db ingest -q docs 2>/dev/null &
pid=$!
p0=$(date +%s.%N)
first=
while kill -0 "$pid" 2>/dev/null; do
	n=$(q probe.db 'SELECT count(*) FROM documents' 2>/dev/null)
	if [ "${n:-0}" -gt 0 ] 2>/dev/null; then
		first=$(date +%s.%N)
		break
	fi
	sleep 0.05
done
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
pid=
if [ -n "$first" ]; then
	tfirst=$(echo "$p0 $first" | awk '{ printf "%.2f", $2 - $1 }')
else
	tfirst=$(echo "$dur" | awk '{ printf "%.2f", $1 * 0.08 }')
fi
echo "# first documents visible after $tfirst s"

# ---- killed runs -------------------------------------------------------------
# Kill times: that moment plus random fractions (seeded) of the
# uninterrupted run's duration, a thirtieth to a seventh of it, so that
# each kill lands after a first commit and the five together leave most of
# the documents to the resumed run.
delays=$(awk -v s="$SEED" -v d="$dur" -v f="$tfirst" -v n="$KILLS" 'BEGIN {
	srand(s); for (i = 0; i < n; i++) printf "%.2f ", f + d * (0.03 + 0.11 * rand()) }')
echo "# seed $SEED, kill after: $delays(seconds)"
mid=0
k=0
for delay in $delays; do
	k=$((k + 1))
	"$BIN" --db crash.db ingest -q docs 2>/dev/null &
	pid=$!
	sleep "$delay"
	killed=no
	kill -9 "$pid" 2>/dev/null && killed=yes
	wait "$pid" 2>/dev/null
	pid=
	n=$(q crash.db 'SELECT count(*) FROM documents')
	echo "# kill $k after $delay s: killed=$killed, $n documents stored"
	if [ "$killed" = yes ] && [ "$n" -gt 0 ] 2>/dev/null && [ "$n" -lt "$NDOCS" ]; then
		mid=$((mid + 1))
	fi
	check "kill $k: integrity_check is ok" eq "$(q crash.db 'PRAGMA integrity_check')" ok
	check "kill $k: foreign_key_check finds nothing" eq "$(q crash.db 'PRAGMA foreign_key_check')" ""
	check "kill $k: no fact without evidence" \
		eq "$(q crash.db 'SELECT count(*) FROM facts f WHERE NOT EXISTS
			(SELECT 1 FROM evidence e WHERE e.fact_id = f.id)')" 0
	# each stored document has exactly its evidence of the uninterrupted run
	check "kill $k: every stored document has all its evidence" \
		eq "$(q crash.db "ATTACH 'full.db' AS ref;
			WITH c AS (SELECT d.sha256 AS h, count(e.id) AS n FROM main.documents d
				LEFT JOIN main.evidence e ON e.document_id = d.id GROUP BY d.id),
			r AS (SELECT d.sha256 AS h, count(e.id) AS n FROM ref.documents d
				LEFT JOIN ref.evidence e ON e.document_id = d.id GROUP BY d.id)
			SELECT count(*) FROM c LEFT JOIN r ON r.h = c.h
			WHERE r.n IS NULL OR r.n != c.n")" 0
done
check "at least 3 of the $KILLS kills landed in the middle of the batch" [ "$mid" -ge 3 ]

# ---- resume ------------------------------------------------------------------
"$BIN" --db crash.db ingest -q docs 2>resume.err
rc=$?
check "re-running the killed ingest exits 0" eq "$rc" 0
check "the resumed store has every document" eq "$(q crash.db 'SELECT count(*) FROM documents')" "$NDOCS"
check "after resuming, integrity_check is ok" eq "$(q crash.db 'PRAGMA integrity_check')" ok
"$BIN" --db crash.db facts --format jsonl >crash.jsonl 2>/dev/null
"$BIN" --db crash.db stats >crash.stats 2>/dev/null
check "resumed facts equal the uninterrupted run's ($(wc -l <full.jsonl | tr -d ' ') facts, byte for byte)" \
	cmp -s full.jsonl crash.jsonl
check "resumed stats equal the uninterrupted run's" cmp -s full.stats crash.stats
if ! cmp -s full.stats crash.stats; then diff full.stats crash.stats | sed 's/^/#   /'; fi

echo "crash: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
