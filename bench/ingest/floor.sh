#!/bin/sh
# bench/ingest/floor.sh - the least time any ingest into entente's SQLite
# store can take on a benchmark corpus: the time to write the rows that
# ingest leaves in the database, copied in one transaction from a finished
# database into an empty one (no reading, no extraction, no merging), side
# by side with `grep -F` over the corpus the database came from.
#
# usage: sh bench/ingest/floor.sh [SIZE]   (after run.sh has built
#                                           BENCH_DIR/corpus-SIZE and
#                                           BENCH_DIR/bench-SIZE.db; SIZE
#                                           defaults to 20)
#
# Three copies, each into a fresh database:
#   schema    the schema as ingest has it (indexes, triggers keeping the
#             derived tables row by row, as outside a batch);
#   lookup    the same tables and indexes, only the triggers of the tables
#             the merge looks candidates up in (fact_codes, fact_suppliers);
#   rows      the tables without any index or trigger (raw rows only).
# hyperfine runs them alternately with grep; BENCH_RUNS runs (default 5).
set -eu

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
SIZE=${1:-20}
RUNS=${BENCH_RUNS:-5}
WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/entente-bench}
BUILD=${BENCH_BUILD:-build/bench}
BIN=$ROOT/$BUILD/entente
SRC=$WORK/bench-$SIZE.db
CORPUS=$WORK/corpus-$SIZE
DICT=$WORK/dict.txt

for f in "$SRC" "$CORPUS" "$DICT" "$BIN"; do
	if [ ! -e "$f" ]; then
		echo "floor.sh: $f is missing: run bench/ingest/run.sh first" >&2
		exit 2
	fi
done

F=$WORK/floor
rm -rf "$F"
mkdir -p "$F/empty"
# an empty store at the current schema
"$BIN" --db "$F/schema.db" ingest --quiet "$F/empty"
cp "$F/schema.db" "$F/lookup.db"
cp "$F/schema.db" "$F/rows.db"
sqlite3 "$F/lookup.db" "SELECT 'DROP TRIGGER ' || name || ';' FROM sqlite_master
	WHERE type = 'trigger' AND name NOT LIKE 'fact_codes%' AND name NOT LIKE 'fact_suppliers%'
	AND name <> 'tie_fact_del'" | sqlite3 "$F/lookup.db"
sqlite3 "$F/rows.db" "SELECT 'DROP ' || type || ' ' || name || ';' FROM sqlite_master
	WHERE type IN ('trigger', 'index') AND sql IS NOT NULL" | sqlite3 "$F/rows.db"

# what ingest writes (the derived tables are filled by the triggers that
# are kept)
COPY=$F/copy.sql
{
	echo "ATTACH '$SRC' AS o; BEGIN;"
	for t in documents facts fact_actors deal_items fact_domains evidence contradictions; do
		echo "INSERT INTO main.$t SELECT * FROM o.$t;"
	done
	echo "COMMIT;"
} >"$COPY"

say() { echo "$*" | tee -a "$WORK/summary.txt"; }
say "floor: $(sqlite3 "$SRC" "SELECT (SELECT COUNT(*) FROM documents) || ' documents, ' ||
	(SELECT COUNT(*) FROM facts) || ' facts, ' || (SELECT COUNT(*) FROM evidence) ||
	' evidence rows'") copied from $(basename "$SRC")"
for kind in schema lookup rows; do
	hyperfine --runs "$RUNS" --output=pipe --style basic \
		--export-json "$F/$kind.json" \
		--prepare "cp '$F/$kind.db' '$F/run.db'; rm -f '$F/run.db-wal' '$F/run.db-shm'" \
		-n "copy ($kind)" "sqlite3 '$F/run.db' <'$COPY'" \
		--prepare true \
		-n grep "LC_ALL=C grep -r -F -o -i -f '$DICT' '$CORPUS'" >/dev/null
	python3 - "$F/$kind.json" "$kind" <<'EOF' | tee -a "$WORK/summary.txt"
import json, statistics, sys
r = {x["command"]: statistics.median(x["times"]) for x in json.load(open(sys.argv[1]))["results"]}
copy = [v for k, v in r.items() if k.startswith("copy")][0]
print("floor: copy %-8s median %6.3f s   grep %6.3f s   grep/copy %.2f"
      % ("(" + sys.argv[2] + ")", copy, r["grep"], r["grep"] / copy))
EOF
done
