#!/bin/sh
# 50-concurrent.sh BIN - concurrent writers: several `entente ingest`
# processes on one SQLite file at once, over disjoint and overlapping sets
# of documents (the same texts under other paths), first on a file none of
# them has created yet, then on an existing store.  Every process must exit
# 0 without "database is locked" (or any store error), and the store must
# end with the document, fact and evidence counts of a serial run of the
# same documents, and pass PRAGMA integrity_check.
#
# ENT_CONCURRENT_DOCS sets the number of documents (default 600).
# The last line is "concurrent: N passed, N failed".
set -u

BIN=${1:?usage: tests/cli/50-concurrent.sh BIN}
case $BIN in
/*) ;;
*) BIN=$(pwd)/$BIN ;;
esac
N=${ENT_CONCURRENT_DOCS:-600}

base=${TMPDIR:-/tmp}
if [ -d /dev/shm ] && [ -w /dev/shm ]; then base=/dev/shm; fi
T=$(mktemp -d "$base/entente-concurrent.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT INT TERM
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
q() { sqlite3 -batch "$@" 2>&1; }
counts() { q "$1" 'SELECT (SELECT count(*) FROM documents) || " documents, " ||
	(SELECT count(*) FROM facts) || " facts, " || (SELECT count(*) FROM evidence) || " evidence"'; }

# gen DIR FIRST COUNT: documents FIRST .. FIRST+COUNT-1 (the same index gives
# the same text whatever the directory)
gen() {
	python3 - "$@" <<'PY'
import os, sys
out, start, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
C = ["France", "Germany", "Italy", "Spain", "Poland", "Turkey", "Israel", "India",
     "Pakistan", "China", "Russia", "Brazil", "Chile", "Peru", "Egypt", "Morocco",
     "Algeria", "Nigeria", "Kenya", "Indonesia", "Vietnam", "Japan", "Australia",
     "Canada", "Mexico", "Greece", "Norway", "Sweden", "Qatar", "Jordan"]
W = ["drones", "helicopters", "tanks", "frigates", "radars", "howitzers", "missiles"]
os.makedirs(out, exist_ok=True)
n = len(C)
for i in range(start, start + count):
    a, b = C[i % n], C[(i * 7 + 3) % n]
    if b == a:
        b = C[(i + 1) % n]
    c, d = C[(i * 5 + 1) % n], C[(i * 13 + 4) % n]
    if c == d:
        d = C[(i + 2) % n]
    year = 1990 + i % 33
    with open(os.path.join(out, "d%05d.txt" % i), "w") as f:
        f.write("Bulletin %d\n\n%s supplied %d %s to %s in %d. "
                "%s and %s held a joint air exercise in %d.\n"
                % (i, a, 3 + i % 30, W[i % len(W)], b, year, c, d, year))
PY
}

# ---- inputs: four overlapping sets, then three more over new documents ------
q1=$((N / 4))
gen all 0 "$N"
gen s1 0 $((2 * q1))                   # first half
gen s2 $((2 * q1)) $((N - 2 * q1))     # second half (disjoint from s1)
gen s3 "$q1" $((2 * q1))               # the middle: overlaps both
gen s4 0 "$N"                          # everything, other paths
M=$((N / 2))
gen more "$N" "$M"
gen m1 "$N" $((M / 2))
gen m2 $((N + M / 4)) $((M / 2))       # overlaps m1
gen m3 $((N + M / 2)) $((M - M / 2))

"$BIN" --db serial.db ingest -q all >/dev/null 2>&1
serial1=$(counts serial.db)
"$BIN" --db serial.db ingest -q more >/dev/null 2>&1
serial2=$(counts serial.db)
echo "# serial run: $serial1; then $serial2"
check "the serial run stores every document" eq "$(q serial.db 'SELECT count(*) FROM documents')" $((N + M))

# run_all ROUND DIR...: one ingest process per DIR, all at once, on conc.db
run_all() {
	round=$1
	shift
	i=0
	pids=
	for d in "$@"; do
		i=$((i + 1))
		"$BIN" --db conc.db ingest -q "$d" >/dev/null 2>"$round-$i.err" &
		pids="$pids $!"
	done
	i=0
	for p in $pids; do
		i=$((i + 1))
		wait "$p"
		echo $? >"$round-$i.rc"
	done
}

# ---- round 1: four writers race to create and fill a new store ----------------
run_all r1 s1 s2 s3 s4
for i in 1 2 3 4; do
	check "round 1 writer $i exits 0" eq "$(cat r1-$i.rc)" 0
done
check "round 1: no writer saw a locked database or store error" \
	sh -c '! grep -Eiq "locked|busy|cannot store|store error" r1-*.err'
grep -Ei "locked|busy|cannot store" r1-*.err | head -n 5 | sed 's/^/#   /'
check "round 1: counts equal the serial run ($serial1)" eq "$(counts conc.db)" "$serial1"
check "round 1: integrity_check is ok" eq "$(q conc.db 'PRAGMA integrity_check')" ok

# ---- round 2: three writers add overlapping new documents to it ----------------
run_all r2 m1 m2 m3
for i in 1 2 3; do
	check "round 2 writer $i exits 0" eq "$(cat r2-$i.rc)" 0
done
check "round 2: no writer saw a locked database or store error" \
	sh -c '! grep -Eiq "locked|busy|cannot store|store error" r2-*.err'
check "round 2: counts equal the serial run ($serial2)" eq "$(counts conc.db)" "$serial2"
check "round 2: integrity_check is ok" eq "$(q conc.db 'PRAGMA integrity_check')" ok
check "round 2: no document stored twice" \
	eq "$(q conc.db 'SELECT count(*) - count(DISTINCT sha256) FROM documents')" 0

echo "concurrent: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
