#!/bin/sh
# 10-cli.sh BIN - command-line tests: run the real `entente` binary in a
# temporary directory and check exit codes, messages and what the store
# holds.  The last line is "cli: N passed, N failed"; exit 1 if any failed.
#
# Extraction quality is tested elsewhere: these checks rely only on a
# document about an arms deal yielding at least one fact, and otherwise on
# the counts printed by `entente stats`.
set -u

. "$(dirname "$0")/common.shlib"
cli_setup cli 120 "$@"

# ---- inputs ---------------------------------------------------------------
cat >deal.txt <<'TXT'
Norway Orders Coastal Radars From Germany
Published: 2022-04-02

OSLO - Norway signed a $120 million contract with Germany in 2022 for six coastal
surveillance radars, the Norwegian defence ministry said on Saturday. Germany will
deliver the first radars next year.
TXT
cat >second.txt <<'TXT'
Poland Buys Artillery From South Korea
Published: 2022-08-27

WARSAW - Poland signed a $300 million contract with South Korea in 2022 for
self-propelled howitzers and ammunition, officials said.
TXT
cat >piped.txt <<'TXT'
Chile Receives Helicopters From Brazil
Published: 2023-01-15

SANTIAGO - Brazil delivered 4 helicopters to Chile in 2023 under a contract signed
in 2021, the Chilean air force said.
TXT
printf '{"url":"https://example.org/a","title":"A","published":"2021-05-01","text":"Spain signed a $80 million contract with Morocco in 2021 for patrol boats."}\n{"url":"https://example.org/b","title":"B","published":"2021-06-01","text":"Greece and France held exercise Blue Wave 2021 in the Aegean Sea."}\n' >briefs.jsonl
: >empty.txt
printf 'ELF\000\001\002\003\000\000\000binary\000data\000\377\376' >blob.bin
printf 'Turkey sold drones to Qatar in 2020 \303\050 for $10 million.\n' >badutf8.txt

# ---- program-level --------------------------------------------------------
run --help
check "--help exits 0" rc_is 0
check "--help lists the commands" sh -c 'grep -q ingest "$1" && grep -q facts "$1" && grep -q show "$1"' sh "$T/out"
check "--help lists the exit codes" out_has "usage error"
run --version
check "--version exits 0 and prints the version" sh -c '[ "$0" -eq 0 ] && grep -q "^entente [0-9]" "$1"' "$rc" "$T/out"
run frobnicate
check "unknown command exits 2" rc_is 2
check "unknown command is named on stderr" err_has "entente: .*frobnicate"
run --no-such-option facts
check "unknown global option exits 2" rc_is 2
"$BIN" >"$T/out" 2>"$T/err"
rc=$?
check "no command exits 2" rc_is 2
for c in ingest facts show stats; do
	run "$c" --help
	check "$c --help exits 0" rc_is 0
	check "$c --help prints usage" out_has "usage: entente.* $c"
	check "$c --help lists exit codes" out_has "Exit codes"
done
run facts --help
check "facts --help lists its options" sh -c 'grep -q -- --type "$1" && grep -q -- --from "$1" && grep -q -- --format "$1"' sh "$T/out"
run help show
check "help COMMAND prints that command's usage" sh -c '[ "$0" -eq 0 ] && grep -q "usage: entente.* show" "$1"' "$rc" "$T/out"

# ---- read commands before anything is stored -------------------------------
run facts
check "facts on a missing store exits 3" rc_is 3
check "no store file was created by facts" test ! -e "$DB"

# ---- ingest -----------------------------------------------------------------
run ingest
check "ingest without paths exits 2" rc_is 2
run ingest --format pdf deal.txt
check "ingest --format pdf exits 2" rc_is 2
run ingest --bogus deal.txt
check "ingest unknown option exits 2" rc_is 2

run ingest deal.txt
check "ingest of a text sample exits 0" rc_is 0
check "ingest prints a summary" err_has "ingested 1 document (0 already present, 0 skipped)"
check "ingest prints nothing on stdout" test ! -s "$T/out"
docs1=$(count documents)
facts1=$(count facts)
ev1=$(count evidence)
check "stats counts one document" eq "$docs1" 1
check "a document about a deal yields at least one fact" gt "$facts1" 0
check "stats counts evidence" gt "$ev1" 0
"$BIN" --db "$DB" stats >"$T/stats1" 2>"$T/err"
rc=$?
check "stats exits 0" rc_is 0
check "stats lists facts per type" grep -q "^deal: *[0-9]" "$T/stats1"

run ingest deal.txt
check "re-ingest exits 0" rc_is 0
check "re-ingest says already ingested" err_has "entente: deal.txt: already ingested"
check "re-ingest summary counts it as present" err_has "ingested 0 documents (1 already present, 0 skipped)"
"$BIN" --db "$DB" stats >"$T/stats2" 2>/dev/null
check "re-ingest leaves stats unchanged" cmp -s "$T/stats1" "$T/stats2"

run ingest empty.txt
check "empty file exits 1" rc_is 1
check "empty file is named in the message" err_has "entente: empty.txt"
check "empty file stores nothing" eq "$(count documents)" 1

run ingest blob.bin
check "binary file exits 1" rc_is 1
check "binary file is named in the message" err_has "entente: blob.bin"
check "binary file stores nothing" eq "$(count documents)" 1

run ingest badutf8.txt
check "invalid UTF-8 exits 1" rc_is 1
check "invalid UTF-8 message names the file and a byte offset" err_has "badutf8.txt.*byte"
check "invalid UTF-8 stores nothing" eq "$(count documents)" 1
check "invalid UTF-8 adds no fact" eq "$(count facts)" "$facts1"

run ingest no-such-file.txt
check "missing file exits 1" rc_is 1
check "missing file is named" err_has "no-such-file.txt"

run ingest empty.txt second.txt
check "batch with a bad and a good file exits 1" rc_is 1
check "batch reports the bad file" err_has "empty.txt"
check "batch summary counts one stored and one skipped" err_has "ingested 1 document (0 already present, 1 skipped)"
check "batch stores the good file" eq "$(count documents)" 2

run ingest --quiet deal.txt
check "ingest --quiet exits 0" rc_is 0
check "ingest --quiet prints no summary" sh -c '! grep -q "^entente: ingested" "$1"' sh "$T/err"

docs=$(count documents)
cat piped.txt | "$BIN" --db "$DB" ingest - >"$T/out" 2>"$T/err"
rc=$?
check "stdin ingest exits 0" rc_is 0
check "stdin ingest stores a document" eq "$(count documents)" $((docs + 1))
cat piped.txt | "$BIN" --db "$DB" ingest - >"$T/out" 2>"$T/err"
rc=$?
check "stdin re-ingest says already ingested" sh -c '[ "$0" -eq 0 ] && grep -q "already ingested" "$1"' "$rc" "$T/err"

docs=$(count documents)
run ingest briefs.jsonl
check "JSON lines ingest exits 0" rc_is 0
check "JSON lines ingest stores one document per line" eq "$(count documents)" $((docs + 2))

sub=$T/dir
mkdir -p "$sub/inner"
cp deal.txt "$sub/inner/copy.txt"
printf '\000\001' >"$sub/zz-bad.txt"
docs=$(count documents)
run ingest "$sub"
check "directory with a duplicate and a bad file exits 1" rc_is 1
check "directory walk finds the nested duplicate" err_has "copy.txt: already ingested"
check "directory walk stores nothing new" eq "$(count documents)" "$docs"

if [ -d "$ROOT/examples" ]; then
	run --db "$T/examples.db" ingest "$ROOT/examples"
	check "ingest examples/ exits 0" rc_is 0
	check "ingest examples/ stores every sample" gt "$("$BIN" --db "$T/examples.db" stats | sed -n 's/^documents: *//p')" 6
fi

ENTENTE_DB=$T/env.db "$BIN" ingest deal.txt >"$T/out" 2>"$T/err"
rc=$?
check "ENTENTE_DB selects the store" sh -c '[ "$0" -eq 0 ] && [ -f "$1" ]' "$rc" "$T/env.db"

# ---- facts ------------------------------------------------------------------
run facts
check "facts exits 0" rc_is 0
check "facts prints a table header" out_has "^ID *| TYPE *| WHO"
run facts --format jsonl
check "facts --format jsonl exits 0" rc_is 0
cp "$T/out" "$T/facts.jsonl"
check "facts --format jsonl prints one line per fact" eq "$(wc -l <"$T/facts.jsonl" | tr -d ' ')" "$(count facts)"
check "every jsonl line is a JSON object with the contract fields" python3 -c '
import json, sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(line)
    assert isinstance(o, dict)
    for k in ("id", "type", "confidence", "sources", "evidence"):
        assert k in o, k
    assert isinstance(o["id"], str) and o["id"].isdigit()
    for e in o["evidence"]:
        for k in ("doc", "source", "start", "end", "quote", "rule"):
            assert k in e, k
    n += 1
assert n > 0
' "$T/facts.jsonl"
run facts --format csv
check "facts --format csv exits 0" rc_is 0
check "facts --format csv parses with the right columns" python3 -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
assert rows[0][:3] == ["id", "type", "actors"] and rows[0][-1] == "first_quote", rows[0]
assert len(rows) > 1
assert all(len(r) == len(rows[0]) for r in rows)
' "$T/out"
run facts --type deal --format jsonl
check "facts --type deal exits 0" rc_is 0
check "facts --type deal lists only deals" python3 -c '
import json, sys
for line in open(sys.argv[1]):
    assert json.loads(line)["type"] == "deal"
' "$T/out"
run facts --from abc
check "facts --from abc exits 2" rc_is 2
check "facts --from abc names the value" err_has "abc"
run facts --to 20x5
check "facts --to 20x5 exits 2" rc_is 2
run facts --from 2025 --to 2020
check "facts --from after --to exits 2" rc_is 2
run facts --type treaty
check "facts --type treaty exits 2" rc_is 2
run facts --format xml
check "facts --format xml exits 2" rc_is 2
run facts --from
check "facts --from without a value exits 2" rc_is 2
run facts extra
check "facts with a stray argument exits 2" rc_is 2
run facts --actor 'A;B'
check "facts --actor with a bad code exits 2" rc_is 2
run facts --from 1900 --to 1901 --format jsonl
check "facts filtered to years without facts prints nothing" sh -c '[ "$0" -eq 0 ] && [ ! -s "$1" ]' "$rc" "$T/out"
run facts --actor nor --format jsonl
check "facts --actor accepts lower case" rc_is 0

# ---- show -------------------------------------------------------------------
id=$(python3 -c '
import json, sys
for line in open(sys.argv[1]):
    o = json.loads(line)
    if o["evidence"]:
        print(o["id"]); break
' "$T/facts.jsonl")
quote=$(python3 -c '
import json, sys
for line in open(sys.argv[1]):
    o = json.loads(line)
    if o["evidence"]:
        print(o["evidence"][0]["quote"].split("\n")[0][:30]); break
' "$T/facts.jsonl")
run show "$id"
check "show of a listed id exits 0" rc_is 0
check "show prints the fact header" out_has "^fact $id: "
check "show prints the quote" grep -qF -- "$quote" "$T/out"
check "show prints the rule and byte span" sh -c 'grep -q "bytes [0-9]*-[0-9]*, rule " "$1"' sh "$T/out"
run show 999999
check "show 999999 exits 1" rc_is 1
check "show 999999 says no fact" err_has "no fact with id 999999"
run show abc
check "show abc exits 2" rc_is 2
run show
check "show without an id exits 2" rc_is 2

cli_finish
