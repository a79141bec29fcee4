#!/bin/sh
# demo.sh BIN - ingest examples/ into a fresh demo store and show what came
# out: the fact table, the store counts and the facts per type.
# Run from the repository root (make demo does).  Exits non-zero when a step
# fails.
set -eu

BIN=${1:?usage: scripts/demo.sh BIN}
DB=${DEMO_DB:-build/demo.db}

if [ ! -x "$BIN" ]; then
	echo "demo: $BIN is not an executable (build it with make)" >&2
	exit 1
fi
mkdir -p "$(dirname "$DB")"
rm -f "$DB" "$DB-wal" "$DB-shm" "$DB-journal"

step() { printf '\n== %s\n' "$*"; }

step "entente --db $DB ingest examples/"
"$BIN" --db "$DB" ingest examples/

step "entente --db $DB facts --format table"
"$BIN" --db "$DB" facts --format table

step "entente --db $DB stats"
"$BIN" --db "$DB" stats

step "facts per type"
for t in deal supply exercise stance membership rivalry; do
	out=$("$BIN" --db "$DB" facts --type "$t" --format jsonl)
	n=0
	[ -n "$out" ] && n=$(printf '%s\n' "$out" | wc -l | tr -d ' ')
	printf '  %-11s %s\n' "$t" "$n"
done

all=$("$BIN" --db "$DB" facts --format jsonl)
first=$(printf '%s\n' "$all" | sed -n '1s/^{"id":"\([0-9]*\)".*/\1/p')
if [ -n "$first" ]; then
	step "entente --db $DB show $first"
	"$BIN" --db "$DB" show "$first"
fi
