#!/bin/sh
# eval-holdout.sh BIN [DIR] - score extraction on every private holdout set
# (DIR, default .eval/holdout: one folder per set with NNN.txt and gold/;
# git-ignored, see .eval/README.md) with ../shared/tools/score-extraction,
# one line per set, then the pooled figures (true positives, predictions
# and gold summed over the sets).  `make eval-holdout` runs it.
set -u
BIN=$1
DIR=${2:-.eval/holdout}
SHARED=${ENTENTE_SHARED:-../shared}
SCORER=$SHARED/tools/score-extraction
[ -x "$SCORER" ] || { echo "eval-holdout: $SCORER not found" >&2; exit 1; }
[ -x "$BIN" ] || { echo "eval-holdout: $BIN is not an executable" >&2; exit 1; }
if ! ls -d "$DIR"/*/gold >/dev/null 2>&1; then
	echo "eval-holdout: no sets in $DIR (see .eval/README.md); skipped"
	exit 0
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM
for gold in "$DIR"/*/gold; do
	set_dir=${gold%/gold}
	name=$(basename "$set_dir")
	if ! "$SCORER" --entente "$BIN" "$set_dir" "$gold" --json >"$TMP/$name.json" 2>"$TMP/$name.err"; then
		echo "eval-holdout: set $name: the scorer failed:" >&2
		cat "$TMP/$name.err" >&2
		exit 1
	fi
done
python3 - "$TMP" <<'EOF'
import json, os, sys
d = sys.argv[1]
kinds = ("deal", "exercise", "stance")
tot = {k: [0, 0, 0] for k in kinds}
def f1(tp, pred, gold):
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
print("set  docs  " + "  ".join("%-23s" % (k + " F1 (tp/pred/gold)") for k in kinds))
for name in sorted(f[:-5] for f in os.listdir(d) if f.endswith(".json")):
    j = json.load(open(os.path.join(d, name + ".json")))
    cells = []
    for k in kinds:
        s = j[k]
        for i, key in enumerate(("tp", "pred", "gold")):
            tot[k][i] += s[key]
        cells.append("%-23s" % ("%.3f (%d/%d/%d)" % (s["f1"], s["tp"], s["pred"], s["gold"])))
    print("%-4s %4d  %s" % (name, j["documents"], "  ".join(cells)))
print("pooled:")
for k in kinds:
    p, r, f = f1(*tot[k])
    print("  %-8s P %.3f  R %.3f  F1 %.3f  (tp %d, predicted %d, gold %d)" % (k, p, r, f, *tot[k]))
EOF
