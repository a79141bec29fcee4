#!/bin/sh
# 30-hostile.sh BIN - hostile and malformed input, end to end.  Each bad
# input is ingested in one batch with a good document: the run must exit 1,
# print a message that names the bad input, store nothing of it (checked in
# the database with sqlite3), and still store the good document.  Inputs
# that are odd but valid (numbers that overflow, ragged pipe tables, a 100 MB
# line) must be stored without a crash, within time and memory, with valid
# JSON facts.  (Empty and binary files and a simple invalid-UTF-8 case are in
# 10-cli.sh; decoder details in tests/unit/test_ingest_*.c.)
#
# ENT_HOSTILE_BIG=0 skips the 100 MB inputs (scripts/valgrind.sh does).
# The last line is "hostile: N passed, N failed".
set -u

. "$(dirname "$0")/common.shlib"
cli_setup hostile 300 "$@"
BIG=${ENT_HOSTILE_BIG:-1}
DB=$T/h.db
err_has() { grep -qF -- "$1" "$T/err"; }
# docs_from NAME: stored documents whose source is NAME
docs_from() { q "SELECT count(*) FROM documents WHERE source = '$1'"; }
# lines_from NAME: stored documents from the lines of JSON-lines file NAME
lines_from() { q "SELECT count(*) FROM documents WHERE source GLOB '$1:[0-9]*'"; }
# facts_valid: every fact prints as JSON with finite numbers and in-range spans
facts_valid() {
	"$BIN" --db "$DB" facts --format jsonl >"$T/facts.jsonl" 2>/dev/null &&
		python3 -c '
import json, math, sys
def bad(x): raise ValueError("non-finite number " + x)
for line in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(line, parse_constant=bad)
    v = o.get("value")
    if v:
        assert math.isfinite(v["amount"]) and v["amount"] > 0, v
    for it in o.get("items", []):
        q = it.get("quantity")
        assert q is None or 0 < q < 2**63, it
    for e in o["evidence"]:
        assert 0 <= e["start"] <= e["end"], e
        assert len(e["quote"].encode()) == e["end"] - e["start"], e
' "$T/facts.jsonl"
}

# good NAME: a good document of its own (one deal), different per call
n_good=0
good() {
	n_good=$((n_good + 1))
	printf 'Report %d\n\nSpain delivered %d patrol boats to Morocco in 2021.\n' \
		"$n_good" "$n_good" >"$1"
}
# batch CASE BAD...: ingest BAD... and a good document; the common checks
batch() {
	c=$1
	shift
	good "good-$c.txt"
	before=$(q 'SELECT count(*) FROM documents')
	run ingest "$@" "good-$c.txt"
	check "$c: exits 1" rc_is 1
	check "$c: the good document of the batch is stored" eq "$(docs_from "good-$c.txt")" 1
	check "$c: only the good document is stored" \
		eq "$(q 'SELECT count(*) FROM documents')" $((before + 1))
}

good setup.txt
run ingest setup.txt
check "setup: a good document is stored" rc_is 0

# ---- invalid and overlong UTF-8 ------------------------------------------------
printf 'Turkey sold 4 drones to Qatar in 2020 \300\257 for $10 million.\n' >overlong.txt
printf 'Chile bought 2 radars from Israel in 2019. \364\220\200\200\n' >beyond.txt
printf 'India ordered 6 jets from France in 2018 \355\240\200.\n' >surrogate.txt
printf 'Egypt ordered 3 frigates from Italy in 2020 \342\202' >truncated.txt
batch utf8 overlong.txt beyond.txt surrogate.txt truncated.txt
check "overlong UTF-8: message names the file and byte" err_has "entente: overlong.txt: invalid UTF-8 at byte 38"
check "code point past U+10FFFF: message names the file and byte" err_has "entente: beyond.txt: invalid UTF-8 at byte 43"
check "surrogate: message names the file" err_has "entente: surrogate.txt: invalid UTF-8 at byte"
check "truncated sequence at the end: message names the file" err_has "entente: truncated.txt: invalid UTF-8 at byte 44"
check "invalid UTF-8: nothing stored" eq "$(q "SELECT count(*) FROM documents WHERE source IN
	('overlong.txt', 'beyond.txt', 'surrogate.txt', 'truncated.txt')")" 0

# ---- NUL bytes ---------------------------------------------------------------------
printf 'Brazil delivered 4 helicopters to Chile\000 in 2020.\n' >nul.txt
printf '{"text":"Peru bought 2 tanks from Russia in 2015.","title":"x\\u0000y"}\n{"text":"Oman bought 3 radars from Italy in 2016 \\u0000 NUL."}\n' >nul.jsonl
batch nul nul.txt nul.jsonl
check "NUL in a text file: message names it" err_has "entente: nul.txt: binary file"
check "NUL bytes: nothing of nul.txt stored" eq "$(docs_from nul.txt)" 0
check "NUL escaped in a JSON line: the line is rejected, naming file and line" err_has "entente: nul.jsonl:2:"
check "NUL escaped in a JSON line (text or title): neither line is stored" eq "$(lines_from nul.jsonl)" 0

# ---- JSON lines that are not objects or lack text -----------------------------------
{
	printf '[1, 2, 3]\n'
	printf '"a string"\n'
	printf '{"title":"no text here","url":"https://example.org/x"}\n'
	printf '{"text":42}\n'
	printf '{"text":"Greece bought 5 howitzers from Germany in 2017."\n'
	printf '{"text":"Kenya bought 7 drones from Turkey in 2022.","published":"2022-02-02"}\n'
	printf 'null\n'
} >shapes.jsonl
good good-jsonl.txt
before=$(q 'SELECT count(*) FROM documents')
run ingest shapes.jsonl good-jsonl.txt
check "jsonl: exits 1" rc_is 1
check "jsonl: an array line is named with its line" err_has "entente: shapes.jsonl:1: not a JSON object"
check "jsonl: a string line is named" err_has "entente: shapes.jsonl:2: not a JSON object"
check "jsonl: a line without text is named" err_has "entente: shapes.jsonl:3: no string \"text\" field"
check "jsonl: a non-string text is named" err_has "entente: shapes.jsonl:4: "
check "jsonl: a truncated object is named" err_has "entente: shapes.jsonl:5: "
check "jsonl: a null line is named" err_has "entente: shapes.jsonl:7: "
check "jsonl: the good line and the good file are stored, nothing else" \
	eq "$(q 'SELECT count(*) FROM documents')" $((before + 2))
check "jsonl: the stored line is line 6" eq "$(q "SELECT group_concat(line) FROM documents WHERE source GLOB 'shapes.jsonl:*'")" 6
check "jsonl: summary counts six skipped" err_has "ingested 2 documents (0 already present, 6 skipped)"

# ---- 10,000-deep nested HTML ------------------------------------------------------
python3 -c '
import sys
sys.stdout.write("<html><body>" + "<div>" * 10000 + "<p>Qatar bought 24 jets from France in 2015.</p>" + "</div>" * 10000 + "</body></html>\n")
' >deep.html
batch deep-html deep.html
check "deep HTML: message names the file and says why" err_has "entente: deep.html: HTML nested too deeply"
check "deep HTML: nothing stored" eq "$(docs_from deep.html)" 0

# ---- numbers that overflow ------------------------------------------------------------
cat >overflow.txt <<'TXT'
Budget Lines
Published: 2021-06-01

Egypt signed a $99999999999999999999 billion contract with France in 2021 for jets.
India ordered 99999999999999999999999 tanks from Russia in 2019.
Peru bought 4 radars from Spain in 2020 for 1e999 dollars and 1.7976931348623157e308 euros.
Chile signed a USD 18446744073709551616 trillion deal with Israel in 2018.
TXT
before=$(q 'SELECT count(*) FROM documents')
run ingest overflow.txt
check "overflowing numbers: exits 0" rc_is 0
check "overflowing numbers: the document is stored" eq "$(docs_from overflow.txt)" 1
check "overflowing numbers: facts are valid JSON with finite values and sane quantities" facts_valid

# ---- pipe table with ragged rows ---------------------------------------------------------
cat >ragged.txt <<'TXT'
Transfers
Published: 2022-01-01

Year | Supplier | Recipient | Item | Value |
---|---|---|---|---|
2019 | France |
2020 | Italy | Egypt | 2 frigates | EUR 1.2 billion | extra | cells | here |
| | | | | | | | | | | |
2021
|||
2018 | Germany | Greece | 4 submarines | $1 billion |
TXT
run ingest ragged.txt
check "ragged table: exits 0" rc_is 0
check "ragged table: the document is stored" eq "$(docs_from ragged.txt)" 1
check "ragged table: the full rows still give facts" \
	eq "$(q "SELECT count(DISTINCT e.fact_id) > 0 FROM evidence e JOIN documents d ON d.id = e.document_id WHERE d.source = 'ragged.txt'")" 1
check "ragged table: facts are valid" facts_valid

# ---- path names with spaces and non-ASCII ---------------------------------------------------
dir="$T/reports 2021/über – Ärger"
mkdir -p "$dir"
printf 'Norway delivered 3 radars to Poland in 2022.\n' >"$dir/Bericht Nr. 1 – Ñandú.txt"
printf 'bad \377 byte\n' >"$dir/schlecht – ü.txt"
run ingest "$T/reports 2021"
check "odd path names: exits 1 (one bad file)" rc_is 1
check "odd path names: the bad file is named in full" err_has "entente: $dir/schlecht – ü.txt: invalid UTF-8 at byte 4"
check "odd path names: the good file is stored under its full name" \
	eq "$(q "SELECT count(*) FROM documents WHERE source = '$dir/Bericht Nr. 1 – Ñandú.txt'")" 1
check "odd path names: its facts cite it" \
	eq "$("$BIN" --db "$DB" facts --format jsonl | grep -c "Bericht Nr. 1 – Ñandú.txt")" 1

# ---- a directory with unreadable entries ------------------------------------------------------
mkdir -p unread
printf 'Jordan bought 6 helicopters from Italy in 2019.\n' >unread/good-unread.txt
ln -s no-such-target unread/dangling.txt
ln -s loop.txt unread/loop.txt
printf 'Sweden sold 2 radars to Finland in 2017.\n' >unread/secret.txt
chmod 000 unread/secret.txt
run ingest unread
check "unreadable entries: exits 1" rc_is 1
check "unreadable entries: a dangling symlink is named" err_has "entente: unread/dangling.txt: cannot read"
check "unreadable entries: a symlink loop is named" err_has "entente: unread/loop.txt: cannot read"
check "unreadable entries: the readable file is stored" eq "$(docs_from unread/good-unread.txt)" 1
if [ "$(id -u)" = 0 ]; then
	echo "skip - unreadable entries: a mode-000 file is still readable by root (not counted)"
else
	check "unreadable entries: a mode-000 file is named" err_has "entente: unread/secret.txt: cannot read"
	check "unreadable entries: nothing of it is stored" eq "$(docs_from unread/secret.txt)" 0
fi
chmod 644 unread/secret.txt

# ---- a 100 MB single line -------------------------------------------------------------------------
if [ "$BIG" = 0 ]; then
	echo "skip - 100 MB line (ENT_HOSTILE_BIG=0; not counted)"
else
	# 100 MiB without a line break, like a minified blob: long runs of
	# letters, digits and UTF-8 with a space every few hundred bytes, then a
	# fact at its very end.  (Natural prose costs more per byte, one token
	# per ~6 bytes; docs/internals/RELIABILITY.md has those figures.)
	python3 -c '
import sys
w = (b"Qm9yZGVyIHBhdHJvbA" * 11 + b"\xc3\xa9\xc3\xb1 ") * 16
n = 100 * 1024 * 1024
tail = b" Norway sold 9 radars to Chile in 2016."
out = sys.stdout.buffer
left = n - len(tail)
while left > 0:
    out.write(w[:left]); left -= min(left, len(w))
out.write(tail)
' >big.txt
	# the same line as the only line of a JSON-lines file, not valid JSON
	{ printf '{"text":"'; head -c 50000000 big.txt | tr -d '"\\'; printf '\n'; printf '{"text":"Oman bought 5 jets from Italy in 2011."}\n'; } >big.jsonl
	TV=
	[ -x /usr/bin/time ] && TV="/usr/bin/time -v -o $T/time.txt"
	good good-big.txt
	before=$(q 'SELECT count(*) FROM documents')
	start=$(date +%s)
	$TO $TV "$BIN" --db "$DB" ingest big.txt big.jsonl good-big.txt >"$T/out" 2>"$T/err"
	rc=$?
	secs=$(($(date +%s) - start))
	check "100 MB line: exits 1 (the JSON line is bad)" rc_is 1
	check "100 MB line: the unterminated JSON line is named" err_has "entente: big.jsonl:1: "
	check "100 MB line: the text file, the good JSON line and the good file are stored" \
		eq "$(q 'SELECT count(*) FROM documents')" $((before + 3))
	check "100 MB line: the text is stored whole" eq "$(q "SELECT bytes FROM documents WHERE source = 'big.txt'")" 104857600
	check "100 MB line: the fact at its end is found" \
		eq "$(q "SELECT count(*) FROM evidence e JOIN documents d ON d.id = e.document_id WHERE d.source = 'big.txt'")" 1
	check "100 MB line: done within 240 s (took $secs s)" [ "$secs" -le 240 ]
	if [ -n "$TV" ]; then
		kb=$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$T/time.txt")
		echo "# 100 MB line: peak RSS ${kb:-?} kB, $secs s"
		# bounded by the largest document: a few times its size (ASan builds
		# have shadow memory and a quarantine on top)
		check "100 MB line: peak memory below 2.5 GB (${kb:-?} kB)" [ "${kb:-99999999}" -lt 2500000 ]
	fi
	rm -f big.txt big.jsonl
fi

cli_finish
