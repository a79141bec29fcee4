#!/bin/sh
# 95-report.sh BIN - network, arms-race, conflicts and report on the real
# binary: after ingesting only the seed article, `network --triangles` ranks
# AZE-PAK-TUR first; the JSON outputs parse; two invented statements of one
# deal with different values are listed by `conflicts` with both quotes; the
# HTML report is self-contained and, opened in headless Chromium, has its
# charts (svg ids) and tables in the DOM; a screenshot is taken.
#
# Chromium is required (scripts/install-deps.sh installs it): without it the
# test FAILS, it does not skip.  Set ENTENTE_SCREENSHOT=FILE to keep the
# screenshot (docs/report.png is made that way).
set -u
BIN=$1
SHARED=${ENTENTE_SHARED:-../shared}
SEED=$SHARED/corpus/seed/azerbaijan-pakistan-2025.txt
case "$BIN" in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL report: $1"; }
check() { # check NAME COMMAND...
	name=$1
	shift
	if "$@"; then ok; else bad "$name"; fi
}
E() { "$BIN" --db "$tmp/s.db" "$@"; }

if [ ! -f "$SEED" ]; then
	echo "FAIL report: seed article $SEED not found"
	echo "report: 0 passed, 1 failed"
	exit 1
fi
E ingest "$SEED" 2>/dev/null || bad "ingest the seed"

# --- network -------------------------------------------------------------------
E network --triangles >"$tmp/tri" 2>&1
check "triangles: AZE-PAK-TUR ranked first" \
	sh -c "sed -n 3p '$tmp/tri' | grep -q '^1 *| AZE-PAK-TUR '"
E network --balance >"$tmp/bal" 2>&1
check "balance prints a ratio" grep -q '^balance ratio: [01]\.[0-9]\{4\} (' "$tmp/bal"
E network --blocs >"$tmp/blocs" 2>&1
check "blocs: AZE and PAK in one bloc, ARM and IND in another" python3 - "$tmp/blocs" <<'PY'
import sys
blocs = [set(l.split(":", 1)[1].split()) for l in open(sys.argv[1]) if l.startswith("bloc ")]
a = [b for b in blocs if {"AZE", "PAK", "TUR"} <= b]
r = [b for b in blocs if {"ARM", "IND"} <= b]
sys.exit(0 if a and r and a[0] is not r[0] else 1)
PY
E network --format json >"$tmp/net.json" 2>&1
check "network json parses, first triangle AZE-PAK-TUR" python3 - "$tmp/net.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
t = d["triangles"][0]
assert sorted(t["nodes"]) == ["AZE", "PAK", "TUR"], t
assert d["balance"]["triads"] >= d["balance"]["balanced"]
assert any(e["a"] == "ARM" and e["b"] == "AZE" and e["sign"] == -1 for e in d["edges"])
assert "groups" in d["blocs"]
PY
E network --format dot >"$tmp/net.dot" 2>&1
check "dot output" grep -q '^graph entente {' "$tmp/net.dot"
E network --format svg --focus AZE >"$tmp/net.svg" 2>&1
check "svg output laid out by graphviz" grep -q '<svg id="network"' "$tmp/net.svg"
E network --format svg --focus XXX >/dev/null 2>&1
check "unknown focus exits 1" test $? -eq 1
E network --format pdf >/dev/null 2>&1
check "unknown format exits 2" test $? -eq 2

# --- arms race ------------------------------------------------------------------
E arms-race --format json >"$tmp/race.json" 2>&1
check "arms-race json: ARM-AZE dyad with AZE's imports" python3 - "$tmp/race.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
dy = [x for x in d["dyads"] if {x["a"], x["b"]} == {"ARM", "AZE"}]
assert dy, d
aze = [s for s in dy[0]["sides"] if s["code"] == "AZE"][0]
years = [y["year"] for y in aze["years"]]
assert years == sorted(years) and 2016 in years and 2025 in years, years
PY
E arms-race >"$tmp/race" 2>&1
check "arms-race table" grep -q '^ARM vs AZE' "$tmp/race"

# --- conflicts (invented statements) --------------------------------------------
printf 'Pakistan delivered trainer aircraft to Azerbaijan in 2016 under a $30 million contract.\n' >"$tmp/c1.txt"
printf 'Azerbaijan received trainer aircraft from Pakistan in 2016 in a deal worth $45 million.\n' >"$tmp/c2.txt"
"$BIN" --db "$tmp/c.db" ingest "$tmp/c1.txt" "$tmp/c2.txt" 2>/dev/null
"$BIN" --db "$tmp/c.db" conflicts --format json >"$tmp/conf.json" 2>&1
check "conflicts: value contradiction with both quotes" python3 - "$tmp/conf.json" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
assert len(rows) == 1, rows
r = rows[0]
assert r["attribute"] == "value"
assert "$30 million" in r["a"]["quote"] and "$45 million" in r["b"]["quote"], r
PY
E conflicts >"$tmp/conf" 2>&1
check "conflicts on the seed: none" grep -q 'no contradictions recorded' "$tmp/conf"

# --- help ---------------------------------------------------------------------------
for c in network arms-race conflicts report; do
	"$BIN" "$c" --help >"$tmp/h" 2>&1
	check "$c --help" grep -q "^usage: entente .*$c" "$tmp/h"
done

# --- report ---------------------------------------------------------------------------
E report AZE --format md -o "$tmp/aze.md" 2>&1
check "markdown report sections" sh -c "grep -q '^## Suppliers and shares' '$tmp/aze.md' &&
	grep -q '^## Timeline' '$tmp/aze.md' && grep -q '^## Deal register' '$tmp/aze.md' &&
	grep -q '^## Network neighbourhood' '$tmp/aze.md' && grep -q '^## Arms race' '$tmp/aze.md' &&
	grep -q '^| PAK -> AZE | USD 2.00 bn | 2025 |' '$tmp/aze.md' &&
	grep -q '^| PAK | 3 | 1 | 2030.0 m | 100.0% | 57.1% |' '$tmp/aze.md'"
E report ZZZ >/dev/null 2>&1
check "report on an unknown actor exits 1" test $? -eq 1
E report AZE --format html -o "$tmp/aze.html" 2>&1
check "html report: no scripts, no external resources" python3 - "$tmp/aze.html" <<'PY'
import re, sys
h = open(sys.argv[1]).read()
assert "<script" not in h.lower()
assert not re.search(r'(src|href)\s*=\s*["\']?(https?:)?//', h, re.I), "external resource"
assert not re.search(r'@import|url\(', h), "CSS import"
PY

CHROMIUM=""
for c in chromium chromium-browser; do
	if command -v "$c" >/dev/null 2>&1; then
		CHROMIUM=$c
		break
	fi
done
if [ -z "$CHROMIUM" ]; then
	bad "chromium not installed (run scripts/install-deps.sh); the browser test cannot run"
else
	run_chromium() { # run_chromium PROFILE ARGS...
		prof=$1
		shift
		timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic \
			--no-first-run --disable-background-networking --disable-component-update \
			--disable-sync --user-data-dir="$tmp/$prof" "$@" 2>>"$tmp/chromium.log"
	}
	run_chromium p1 --dump-dom "file://$tmp/aze.html" >"$tmp/dom.html"
	check "chromium dumps the DOM" test -s "$tmp/dom.html"
	check "DOM has the charts and tables" python3 - "$tmp/dom.html" <<'PY'
import re, sys
d = open(sys.argv[1]).read()
for i in ("chart-suppliers", "chart-timeline", "chart-network"):
    assert re.search(r'<svg[^>]*\bid="%s"' % i, d), i
for i in ("table-suppliers", "table-timeline", "table-register", "table-network",
          "table-armsrace"):
    assert re.search(r'<table[^>]*\bid="%s"' % i, d), i
assert d.count('class="bar"') >= 3          # one bar per supplier
assert d.count('class="event"') == 5        # 2016 2020 2022 2023 2025
assert 'node_PAK' in d and 'node_TUR' in d  # graphviz nodes of the neighbourhood
PY
	run_chromium p2 --window-size=1200,2700 --screenshot="$tmp/report.png" \
		"file://$tmp/aze.html" >/dev/null
	check "chromium screenshot is a PNG" python3 - "$tmp/report.png" <<'PY'
import sys
b = open(sys.argv[1], "rb").read()
assert b[:8] == b"\x89PNG\r\n\x1a\n" and len(b) > 20000, len(b)
PY
	if [ -n "${ENTENTE_SCREENSHOT:-}" ] && [ -f "$tmp/report.png" ]; then
		cp "$tmp/report.png" "$ENTENTE_SCREENSHOT"
	fi
fi

echo "report: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
