#!/bin/sh
# 70-sipri.sh BIN - `entente import sipri`: invented registers written here
# (Latin-1 with a preamble, a record broken across two lines, an unmapped
# name), re-import, releases; then, when ../shared is present, the real
# 2025 and 2024 registers: zero unmapped names, as many records as the file
# has record starts (counted by python), and Azerbaijan's all-years TIV
# shares against sums python computes from the CSV.
# The last line is "sipri: N passed, N failed"; exit 1 if any failed.
set -u

. "$(dirname "$0")/common.shlib"
cli_setup sipri 300 "$@"
SHARED=$ROOT/../shared/data/sipri

# ---- invented registers ------------------------------------------------------
HEADER='Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons'
write_register() { # FILE DATE TIV: Latin-1, 11-line preamble, one record split
	{
		printf 'Invented transfers for a test.\n'
		for i in 2 3 4 5 6 7 8 9; do printf 'Note %s.\n' "$i"; done
		printf '\nData generated: %s\n' "$2"
		printf '%s\n' "$HEADER"
		printf 'Azerbaijan,Turkiye,2020,?,12,?,Kestrel-X,armed UAV,10,?,2021; 2022,New,$30 m deal,2.5,30,%s\n' "$3"
		printf 'Azerbaijan,Israel,2016,,4,,Hawkeye-9,SAM system,4,,2018,New,Part of $1.2 b deal,50,200,200\n'
		printf 'Azerbaijan,Sweden,2010,,5,,Sk\344r-5,patrol boat,5,,2011,New,lent for a\nyear,3,15,15\n'
		printf 'Hezbollah (Lebanon)*,Iran,2006,?,100,?,Zilzal-9,MRL,100,?,2006,New,,0.1,10,10\n'
	} >"$1"
}
write_register old.csv '02 Jan 2030 09:00:00 AM' 25
write_register new.csv '05 Jun 2031 09:00:00 AM' 30
{
	printf '%s\n' "$HEADER"
	printf 'Azerbaijan,Turkiye,2020,,1,,X-1,UAV,1,,2021,New,,1,1,1\n'
	printf 'Azerbaijan,Atlantis,2020,,1,,X-2,UAV,1,,2021,New,,1,1,1\n'
} >unmapped.csv

run import --help
check "import --help exits 0" rc_is 0
check "import --help lists sipri" out_has "sipri"
run import sipri --help
check "import sipri --help exits 0 and lists exit codes" sh -c '[ "$0" -eq 0 ] && grep -q "Exit codes" "$1"' "$rc" "$T/out"
run import
check "import without a source exits 2" rc_is 2
run import nosuch x.csv
check "unknown source exits 2" rc_is 2
run import sipri
check "import sipri without FILE exits 2" rc_is 2
run import sipri old.csv --from 2020
check "--from without --shares exits 2" rc_is 2

run import sipri unmapped.csv
check "an unmapped name exits 1" rc_is 1
check "the message names the name, the file and the line" err_has "unmapped.csv:3:.*Atlantis"
n=$(count facts)
check "nothing of the failed file is stored" [ "${n:-0}" = 0 ]

run import sipri old.csv
check "a Latin-1 register imports" rc_is 0
check "it reports release and records" out_has "release 2030-01-02: 4 records, 4 deal facts"
check "stats counts 4 facts" [ "$(count facts)" = 4 ]
run facts --format jsonl
check "the split record is one fact with its whole quote" sh -c 'grep -c "lent for a\\\\nyear" "$1" | grep -q "^1$"' sh "$T/out"
check "the Latin-1 designation is UTF-8 in the store" out_has "Sk$(printf '\303\244')r-5"
check "evidence names the rule sipri.record" out_has '"rule":"sipri.record"'
check "the non-state recipient has a derived code" out_has '"recipient":"NS[0-9A-F]\{8\}"'

run import sipri old.csv
check "re-import exits 0" rc_is 0
check "re-import reports already imported" out_has "already imported"
check "re-import adds no fact" [ "$(count facts)" = 4 ]

run import sipri --shares AZE
check "--shares prints Israel first" sh -c 'sed -n 2p "$1" | grep -q "^ISR"' sh "$T/out"
check "--shares: TUR has 25 of 240" out_has "TUR  *25.00  *10.42%"

run import sipri new.csv
check "a newer release imports" sh -c '[ "$0" -eq 0 ] && grep -q "4 deal facts" "$1"' "$rc" "$T/out"
check "superseded facts are gone" [ "$(count facts)" = 4 ]
run import sipri --shares AZE
check "the newer release is current" out_has "TUR  *30.00"
run import sipri --shares AZE --release 2030-01-02
check "the older release stays queryable" out_has "TUR  *25.00"
run import sipri --shares AZE --from 2021 --to 2021
check "a window spreads TIV over delivery years" out_has "TUR  *15.00 *100.00%"
run import sipri --shares AZE --release 1999-01-01
check "an unknown release exits 1" rc_is 1
run import sipri --releases
check "--releases lists both" sh -c 'grep -q "2030-01-02.*superseded" "$1" && grep -q "2031-06-05.*current" "$1"' sh "$T/out"

# ---- the real registers ------------------------------------------------------
REAL=$SHARED/trade-register-2025-03-13.csv
OLDREAL=$SHARED/trade-register-2024-10-13.csv
if [ ! -r "$REAL" ] || ! command -v python3 >/dev/null 2>&1; then
	echo "# skip: real SIPRI register or python3 missing ($REAL)"
else
	DB=$T/real.db
	start=$(date +%s)
	run import sipri "$REAL"
	end=$(date +%s)
	echo "# import of the 2025 register took about $((end - start)) s"
	check "the real 2025 register imports (no unmapped name)" rc_is 0
	# record starts: recipient, supplier, a four-digit year of order
	expected=$(python3 -c 'import re,sys
n=0
for l in open(sys.argv[1],encoding="latin-1").read().split("\n")[12:]:
    n+=bool(re.match(r"[^,]+,[^,]+,\d{4},",l))
print(n)' "$REAL")
	check "records reported = record starts in the file ($expected)" out_has ": $expected records, $expected deal facts"
	check "stats counts them as facts" [ "$(count facts)" = "$expected" ]

	run import sipri --shares AZE
	cp "$T/out" "$T/shares"
	# Azerbaijan's suppliers: sums of the delivered-TIV column per supplier,
	# from well-formed lines only (no joining), and their shares.
	python3 - "$REAL" "$T/shares" >"$T/cmp" 2>&1 <<'PY'
import sys, collections
tiv = collections.Counter()
for line in open(sys.argv[1], encoding="latin-1").read().split("\n"):
    f = line.rstrip("\r").split(",")
    if len(f) == 16 and f[0] == "Azerbaijan" and f[15]:
        tiv[f[1]] += float(f[15])
total = sum(tiv.values())
want = sorted((100 * v / total for v in tiv.values()), reverse=True)
got = []
for line in open(sys.argv[2]).read().splitlines()[1:]:
    w = line.split()
    if w[0] != "total":
        got.append(float(w[2].rstrip("%")))
bad = len(got) != len(want) or any(abs(a - b) > 0.1 for a, b in zip(got, want))
rus = 100 * tiv["Russia"] / total
line = [l for l in open(sys.argv[2]).read().splitlines() if l.startswith("RUS ")]
if not line or abs(float(line[0].split()[2].rstrip("%")) - rus) > 0.1:
    bad = True
print("want", [round(x, 2) for x in want])
print("got ", got)
sys.exit(1 if bad else 0)
PY
	py=$?
	if [ $py -ne 0 ]; then sed 's/^/#   /' "$T/cmp"; fi
	check "Azerbaijan's all-years TIV shares match the CSV's sums (0.1 pp)" [ $py -eq 0 ]

	if [ -r "$OLDREAL" ]; then
		run import sipri "$OLDREAL"
		check "the older 2024 register imports" sh -c '[ "$0" -eq 0 ] && grep -q "newer release is current" "$1"' "$rc" "$T/out"
		check "it adds no facts" [ "$(count facts)" = "$expected" ]
		run import sipri --shares AZE --release 2024-10-13
		check "the 2024 release is queryable by name" sh -c '[ "$0" -eq 0 ] && grep -q "^RUS" "$1"' "$rc" "$T/out"
	fi
fi

cli_finish
