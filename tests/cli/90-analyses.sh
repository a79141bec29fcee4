#!/bin/sh
# 90-analyses.sh BIN - the analysis commands (register, timeline, dependence,
# pivot) through the real binary: help, usage errors and exit codes on an
# invented document, then the done-when checks of issue 4 on the seed
# article (read from ../shared, never copied; skipped with a reason when
# absent).  Last line: "analyses: N passed, N failed".
set -u
BIN=${1:?usage: tests/cli/90-analyses.sh BIN}
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${ENTENTE_SHARED:-$ROOT/../shared}
SEED=$SHARED/corpus/seed/azerbaijan-pakistan-2025.txt

T=$(mktemp -d "${TMPDIR:-/tmp}/entente-an.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT INT TERM
unset ENTENTE_DB
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok - $1"; }
not_ok() {
	fail=$((fail + 1))
	echo "not ok - $1"
	if [ -s "$T/err" ]; then sed 's/^/#   stderr: /' "$T/err" | head -n 5; fi
}
# expect NAME CODE COMMAND...: COMMAND exits with CODE (stdout in $T/out)
expect() {
	name=$1 code=$2
	shift 2
	"$@" >"$T/out" 2>"$T/err"
	rc=$?
	if [ "$rc" = "$code" ]; then ok "$name"; else not_ok "$name (exit $rc, wanted $code)"; fi
}
has() { grep -q -- "$1" "$T/$2"; }

# ---- help and usage (no store needed) ----------------------------------------
for c in register timeline dependence pivot; do
	expect "$c --help" 0 "$BIN" "$c" --help
	if has "usage: entente" out; then ok "$c --help prints usage"; else not_ok "$c --help prints usage"; fi
done
DB=$T/inv.db
expect "timeline with one code is a usage error" 2 "$BIN" --db "$DB" timeline PAK
expect "timeline with the same code twice" 2 "$BIN" --db "$DB" timeline PAK pak
expect "pivot needs CODE:CODE" 2 "$BIN" --db "$DB" pivot IND-ARM PAK:AZE
expect "unknown --format" 2 "$BIN" --db "$DB" register --format xml
expect "unknown --measure" 2 "$BIN" --db "$DB" dependence --measure weight AZE
expect "reversed --compare window" 2 "$BIN" --db "$DB" dependence --compare 2020-2010:2021-2022 AZE
expect "a store that does not exist" 3 "$BIN" --db "$T/none.db" register

# ---- an invented document -----------------------------------------------------
printf '%s\n' \
	'Israel delivered 10 Harop drones to Azerbaijan in 2016.' \
	'In 2021 Turkey signed a $300 million deal to supply Azerbaijan with Bayraktar TB2 drones.' \
	>"$T/inv.txt"
"$BIN" --db "$DB" ingest "$T/inv.txt" >/dev/null 2>"$T/err" || not_ok "ingest invented document"
expect "register on the invented store" 0 "$BIN" --db "$DB" register --format json
python3 - "$T/out" <<'PY' >"$T/py" 2>&1 && ok "register json: both invented deals, oldest first" || { cat "$T/py"; not_ok "register json: both invented deals, oldest first"; }
import json, sys
d = json.load(open(sys.argv[1]))
rows = d["rows"]
assert d["analysis"] == "register", d
years = [r["year"] for r in rows]
assert years == sorted(years) and 2016 in years and 2021 in years, years
r21 = [r for r in rows if r["year"] == 2021][0]
assert r21["suppliers"] == ["TUR"] and r21["recipient"] == "AZE" and r21["value"]["usd"] == 3e8, r21
assert r21["fact_ids"] == [r21["fact_id"]]
PY
expect "dependence --compare" 0 "$BIN" --db "$DB" dependence --compare 2010-2019:2020-2025 --format json AZE
python3 - "$T/out" <<'PY' >"$T/py" 2>&1 && ok "dependence --compare: ISR 100% -> 0%, TUR 0% -> 100%" || { cat "$T/py"; not_ok "dependence --compare: ISR 100% -> 0%, TUR 0% -> 100%"; }
import json, sys
d = json.load(open(sys.argv[1]))
ch = {c["supplier"]: c for c in d["compare"]["changes"]}
assert abs(ch["ISR"]["change_pp"] + 100) < 1e-9 and abs(ch["TUR"]["change_pp"] - 100) < 1e-9, ch
assert d["compare"]["before"]["hhi"]["count"] == 10000 and d["compare"]["after"]["hhi"]["count"] == 10000
assert d["compare"]["hhi_change"] == 0
PY
expect "dependence --measure tiv without SIPRI data" 1 "$BIN" --db "$DB" dependence --measure tiv AZE
if has "SIPRI" err; then ok "tiv error names SIPRI"; else not_ok "tiv error names SIPRI"; fi
expect "pivot with no shared facts" 0 "$BIN" --db "$DB" pivot --format csv NZL:FJI ISR:AZE
if has "no data" out && has "^Aspect,NZL-FJI,ISR-AZE" out; then ok "pivot csv says no data"; else not_ok "pivot csv says no data"; fi

# ---- SIPRI TIV shares (an invented trade register in SIPRI's export layout) -------
TDB=$T/tiv.db
{
	printf 'Invented transfers for the analyses test.\n'
	for i in 2 3 4 5 6 7 8 9; do printf 'Line %s.\n' "$i"; done
	printf '\nData generated: 2025-01-15\n'
	printf '%s\n' 'Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons'
	printf 'Azerbaijan,Turkiye,2019,,6,,Falcon-Q,armed UAV,6,,2020,New,,5,30,30\n'
	printf 'Azerbaijan,Israel,2015,,3,,Shield-7,SAM system,3,,2017,New,,30,90,90\n'
} >"$T/sipri.csv"
if "$BIN" --db "$TDB" import sipri "$T/sipri.csv" >/dev/null 2>"$T/err"; then
	expect "dependence --measure tiv" 0 "$BIN" --db "$TDB" dependence --measure tiv --format json AZE
	# TIV 90 + 30: ISR 75 %, TUR 25 %, HHI 75^2 + 25^2 = 6250
	python3 - "$T/out" <<'PY' >"$T/py" 2>&1 && ok "tiv shares and HHI" || { cat "$T/py"; not_ok "tiv shares and HHI"; }
import json, sys
w = json.load(open(sys.argv[1]))["window"]
s = {x["supplier"]: x for x in w["suppliers"]}
assert w["suppliers"][0]["supplier"] == "ISR", w
assert abs(s["ISR"]["tiv_share"] - 0.75) < 1e-9 and abs(s["TUR"]["tiv_share"] - 0.25) < 1e-9, s
assert abs(w["hhi"]["tiv"] - 6250) < 1e-6 and abs(w["total_tiv"] - 120) < 1e-9, w
PY
else
	echo "analyses: import sipri unavailable; TIV checks skipped"
fi

# ---- the seed article -----------------------------------------------------------
if [ ! -f "$SEED" ]; then
	echo "analyses: seed $SEED not found; seed checks skipped"
else
	S=$T/seed.db
	"$BIN" --db "$S" ingest "$SEED" >/dev/null 2>"$T/err" || not_ok "ingest the seed"
	for c in "register" "timeline PAK AZE" "dependence AZE" "pivot IND:ARM PAK:AZE"; do
		for f in table md csv json; do
			# shellcheck disable=SC2086
			expect "seed: $c --format $f" 0 "$BIN" --db "$S" $c --format $f
		done
	done
	"$BIN" --db "$S" register --format json >"$T/reg.json" 2>"$T/err"
	"$BIN" --db "$S" timeline PAK AZE --format json >"$T/tl.json" 2>>"$T/err"
	"$BIN" --db "$S" dependence AZE --format json >"$T/dep.json" 2>>"$T/err"
	"$BIN" --db "$S" pivot IND:ARM PAK:AZE --format json >"$T/pv.json" 2>>"$T/err"
	python3 - "$T" "$BIN" "$S" <<'PY' >"$T/py" 2>&1
import json, subprocess, sys
T, BIN, S = sys.argv[1:4]
passed = failed = 0
def check(name, ok):
    global passed, failed
    print(("ok - seed: " if ok else "not ok - seed: ") + name)
    if ok: passed += 1
    else: failed += 1
reg = json.load(open(T + "/reg.json"))["rows"]
def deal(sup, rec, year):
    return [r for r in reg if sup in r["suppliers"] and r["recipient"] == rec and r["year"] == year]
def usd(r):
    return (r["value"] or {}).get("usd")
check("register: 2016 PAK->AZE ~$30 million", any(usd(r) == 3e7 for r in deal("PAK", "AZE", 2016)))
check("register: 2022 PAK->AZE", len(deal("PAK", "AZE", 2022)) == 1)
check("register: 2025 PAK->AZE $2 billion", any(usd(r) == 2e9 for r in deal("PAK", "AZE", 2025)))
check("register: 2023 IND->ARM $250 million", any(usd(r) == 2.5e8 for r in deal("IND", "ARM", 2023)))
years = [r["year"] for r in reg if r["year"]]
check("register: oldest first", years == sorted(years))
ids = sorted({i for r in reg for i in r["fact_ids"]})
check("register: every row traceable with show",
      ids and all(subprocess.run([BIN, "--db", S, "show", str(i)], capture_output=True).returncode == 0 for i in ids))
tl = json.load(open(T + "/tl.json"))["rows"]
dated = [r["year"] for r in tl if r["year"]]
uniq = [y for i, y in enumerate(dated) if i == 0 or dated[i - 1] != y]
check("timeline PAK AZE: 2016, 2020, 2022, 2023, 2025 in order", uniq == [2016, 2020, 2022, 2023, 2025])
seen_null = False
ok_order = True
for r in tl:
    if r["year"] is None: seen_null = True
    elif seen_null: ok_order = False
check("timeline: undated rows after dated ones", ok_order)
check("timeline: every row has a fact id", all(len(r["fact_ids"]) == 1 for r in tl))
types = {r["type"] for r in tl}
check("timeline: deals, stances and exercises", {"deal", "stance", "exercise"} <= types)
dep = json.load(open(T + "/dep.json"))["window"]
sup = [s["supplier"] for s in dep["suppliers"]]
check("dependence AZE: TUR, PAK, ISR, RUS", {"TUR", "PAK", "ISR", "RUS"} <= set(sup))
hhi = sum((100 * s["count_share"]) ** 2 for s in dep["suppliers"])
check("dependence: HHI is the sum of squared shares", abs(hhi - dep["hhi"]["count"]) < 1e-6)
check("dependence: count shares sum to 1", abs(sum(s["count_share"] for s in dep["suppliers"]) - 1) < 1e-9)
pv = json.load(open(T + "/pv.json"))
rows = {r["aspect"]: r["cells"] for r in pv["rows"]}
for a in ("Most recent major deal", "Military exercises", "Key suppliers"):
    check("pivot: %s filled for both pairs" % a,
          a in rows and all(not c["no_data"] and c["fact_ids"] for c in rows[a]))
rd = rows.get("Most recent major deal", [{"text": ""}, {"text": ""}])
check("pivot: IND-ARM recent deal is the 2023 $250 million one", "2023" in rd[0]["text"] and "$250.0 m" in rd[0]["text"])
check("pivot: PAK-AZE recent deal is the 2025 $2 billion one", "2025" in rd[1]["text"] and "$2.00 bn" in rd[1]["text"])
ks = rows.get("Key suppliers", [{"text": ""}, {"text": ""}])
check("pivot: key suppliers IND for IND-ARM, PAK for PAK-AZE", ks[0]["text"].startswith("IND") and ks[1]["text"].startswith("PAK"))
check("pivot: empty cells say no data", all((c["text"] == "no data") == c["no_data"] for cs in rows.values() for c in cs))
print("seed-counts %d %d" % (passed, failed))
PY
	cat "$T/py" | grep -v '^seed-counts'
	p=$(sed -n 's/^seed-counts \([0-9]*\) \([0-9]*\)$/\1/p' "$T/py")
	f=$(sed -n 's/^seed-counts \([0-9]*\) \([0-9]*\)$/\2/p' "$T/py")
	pass=$((pass + ${p:-0}))
	fail=$((fail + ${f:-1}))
fi
echo "analyses: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
