#!/bin/sh
# 80-gdelt.sh BIN - `entente import gdelt`: generated 2.0 and 1.0 files,
# plain and zipped, the three real 1.0 rows from ../shared, malformed rows
# reported with their line numbers, a truncated zip, re-imports, usage
# errors.  Reads the store with the sqlite3 CLI.  The last line is
# "gdelt: N passed, N failed"; exit 1 if any failed.
set -u

. "$(dirname "$0")/common.shlib"
cli_setup gdelt 120 "$@"
SHARED=$ROOT/../shared
q() { sqlite3 "$DB" "$1" 2>/dev/null; }

# gen NCOLS N [BADLINE]: N rows (ids 1..N) of NCOLS columns; row i is
# USA->RUS in March 2024, CAMEO 062 (QuadClass 2, Goldstein 6.4) when i is
# even, else RUS->USA 190 (QuadClass 4, -10); NumMentions = i.
gen() {
	awk -v nc="$1" -v n="$2" -v bad="${3:-0}" 'BEGIN {
		OFS = "\t"
		for (i = 1; i <= n; i++) {
			if (i == bad) { print "this", "is", "not", "gdelt"; continue }
			for (c = 0; c < nc; c++) f[c] = ""
			f[0] = i; f[1] = 20240315; f[2] = 202403; f[3] = 2024; f[4] = "2024.2055"
			if (i % 2 == 0) {
				f[7] = "USA"; f[17] = "RUS"; f[26] = "062"; f[27] = "062"; f[28] = "06"
				f[29] = 2; f[30] = "6.4"
			} else {
				f[7] = "RUS"; f[17] = "USA"; f[26] = "190"; f[27] = "190"; f[28] = "19"
				f[29] = 4; f[30] = "-10.0"
			}
			f[25] = 1; f[31] = i; f[32] = 1; f[33] = 1; f[34] = "-1.5"
			if (nc != 57) f[nc - 1] = "https://example.org/story/" i
			line = f[0]
			for (c = 1; c < nc; c++) line = line OFS f[c]
			print line
		}
	}'
}
zipit() { python3 -c 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[2],"w",zipfile.ZIP_DEFLATED); z.write(sys.argv[1],"e.CSV"); z.close()' "$1" "$2"; }

gen 61 1000 >v2.CSV
gen 58 300 >v1.CSV
gen 57 40 >v1old.CSV
gen 61 50 7 >bad.CSV
zipit v1.CSV v1.CSV.zip
gen 61 2000 >big.CSV
zipit big.CSV big.zip
size=$(wc -c <big.zip)
head -c $((size / 2)) big.zip >trunc.zip

# ---- usage ------------------------------------------------------------------
run import gdelt --help
check "import gdelt --help exits 0 with usage" eval 'rc_is 0 && out_has "usage: entente"'
run import gdelt
check "import gdelt without a file exits 2" rc_is 2
run import gdelt --threads 0 v2.CSV
check "import gdelt --threads 0 exits 2" rc_is 2

# ---- 2.0 plain --------------------------------------------------------------
run import gdelt v2.CSV
check "2.0 plain imports (exit 0)" rc_is 0
check "2.0 plain is reported as GDELT 2.0 with 1000 rows" out_has "GDELT 2.0, 1000 rows, 0 malformed"
check "2.0 aggregates: 500 USA->RUS 06/2 events" eq "$(q "SELECT events FROM gdelt_aggregates WHERE actor1='USA' AND actor2='RUS' AND month=202403 AND root='06' AND quad=2")" 500
# NumMentions of the even rows 2..1000 = 2 * (1 + ... + 500) = 250500
check "2.0 aggregates: sum of NumMentions" eq "$(q "SELECT mentions FROM gdelt_aggregates WHERE actor1='USA' AND root='06'")" 250500
check "2.0 aggregates: mean Goldstein of the conflict rows" eq "$(q "SELECT goldstein_mean FROM gdelt_aggregates WHERE actor1='RUS'")" "-10.0"
check "2.0: the 500 CAMEO 062 events kept with SOURCEURL" eq "$(q "SELECT count(*) FROM gdelt_events WHERE source_url LIKE 'https://example.org/story/%'")" 500
run import gdelt v2.CSV
check "re-import changes nothing" eval 'rc_is 0 && out_has "already imported"'
check "re-import: still 1000 events aggregated" eq "$(q "SELECT sum(events) FROM gdelt_aggregates")" 1000

# ---- 1.0 zipped and plain, several files at once -----------------------------
run import gdelt v1.CSV.zip v1old.CSV
check "1.0 zip + 57-column plain import (exit 0)" rc_is 0
check "1.0 zip is reported as GDELT 1.0 (zip)" out_has "GDELT 1.0 (zip), 300 rows"
check "57-column 1.0 file imported" out_has "v1old.CSV: GDELT 1.0, 40 rows"
check "1.0 rows add up" eq "$(q "SELECT sum(events) FROM gdelt_aggregates")" 1340

# ---- the three real rows ----------------------------------------------------
if [ -f "$SHARED/data/gdelt/sample-1.0-export.tsv" ]; then
	run import gdelt "$SHARED/data/gdelt/sample-1.0-export.tsv"
	check "real 1.0 rows import" eval 'rc_is 0 && out_has "GDELT 1.0, 3 rows, 0 malformed"'
	check "real row: 2013-11 farmer event, 5 articles" eq "$(q "SELECT articles FROM gdelt_aggregates WHERE month=201311 AND root='08'")" 5
else
	echo "# ../shared absent: real rows skipped"
fi

# ---- malformed rows, truncated zip -------------------------------------------
run import gdelt bad.CSV
check "malformed row: file still imported (exit 0)" eval 'rc_is 0 && out_has "49 rows, 1 malformed"'
check "malformed row reported with its line number" err_has "bad.CSV:7: malformed row skipped"
run import gdelt trunc.zip v1old.CSV
check "truncated zip: exit 1" rc_is 1
check "truncated zip: the message names the file" err_has "trunc.zip: truncated or damaged zip"
check "truncated zip: the other file is still handled" out_has "v1old.CSV: already imported"
run import gdelt no-such-file.CSV
check "missing file: exit 1 naming it" eval 'rc_is 1 && err_has "no-such-file.CSV"'

# ---- GDELT beside the news facts in the network ------------------------------
# rows A B MONTH CODE QUAD GOLDSTEIN N: N rows of A->B (2.0 layout, own ids)
ID=100000
rows() {
	awk -v a="$1" -v b="$2" -v m="$3" -v code="$4" -v quad="$5" -v g="$6" -v n="$7" \
		-v id="$ID" 'BEGIN {
		OFS = "\t"
		for (i = 1; i <= n; i++) {
			for (c = 0; c < 61; c++) f[c] = ""
			f[0] = id + i; f[1] = m "15"; f[2] = m; f[3] = substr(m, 1, 4); f[4] = "2020.5"
			f[7] = a; f[17] = b; f[26] = code; f[27] = code; f[28] = substr(code, 1, 2)
			f[29] = quad; f[30] = g; f[25] = 1; f[31] = 1; f[32] = 1; f[33] = 1; f[34] = "0"
			f[60] = "https://example.org/n/" (id + i)
			line = f[0]
			for (c = 1; c < 61; c++) line = line OFS f[c]
			print line
		}
	}'
	ID=$((ID + $7))
}
NDB=$T/net.db
{
	rows TUR AZE 202403 042 1 2.0 12   # mean of the pair (2 * 12 + 8 * 8) / 20 = 4.4
	rows AZE TUR 202404 057 1 8.0 8
	rows ARM AZE 202305 190 4 -10.0 15 # -10
	rows AZE EUR 202403 042 1 2.0 30   # a CAMEO region, not a state
	rows PAK TUR 202403 042 1 5.0 5    # under the default minimum of 10 events
} >net.CSV
"$BIN" --db "$NDB" import gdelt net.CSV >/dev/null 2>&1
nrun() { $TO "$BIN" --db "$NDB" network "$@" >"$T/out" 2>"$T/err"; rc=$?; }
nrun
check "network without --gdelt has no GDELT ties" eval 'rc_is 0 && ! out_has "GDELT"'
nrun --gdelt
check "network --gdelt: AZE-TUR weighs 2 x 4.4 / 10" \
	eval 'rc_is 0 && grep -q "^AZE  | TUR  |  +0.88 | GDELT: 20 events, +0.88" "$T/out"'
check "network --gdelt: ARM-AZE weighs 2 x -10 / 10" grep -q "^ARM  | AZE  |     -2 | GDELT: 15 events, -2.00" "$T/out"
check "network --gdelt: regions are not nodes" eval '! out_has "EUR"'
check "network --gdelt: pairs under 10 events are left out" eval '! out_has "PAK"'
nrun --gdelt --gdelt-min 5 --gdelt-scale 1
check "--gdelt-min 5 --gdelt-scale 1: PAK-TUR weighs 0.5" grep -q "^PAK  | TUR  |   +0.5 | GDELT: 5 events" "$T/out"
nrun --gdelt --from 2024
check "--gdelt --from 2024 leaves out the 2023 events" eval 'rc_is 0 && ! out_has "ARM" && out_has "AZE  | TUR"'
nrun --gdelt --format json
check "network --gdelt --format json labels GDELT apart from the facts" \
	eval 'rc_is 0 && out_has "\"facts\":{},\"gdelt\":{\"events\":20,\"weight\":0.88}"'
nrun --gdelt-min 5
check "--gdelt-min without --gdelt is a usage error" rc_is 2
ENTENTE_ISOCODES=$T/nowhere nrun --gdelt
check "--gdelt without iso-codes: exit 1 naming the file" eval 'rc_is 1 && err_has "nowhere/iso_3166-1.json"'

cli_finish
