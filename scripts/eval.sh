#!/bin/sh
# eval.sh BIN - score extraction with ../shared/tools/score-extraction on the
# seed article, on the project's own fixture articles (tests/fixtures/extract)
# and, when their texts have been saved, the dev articles
# (.eval/dev/NNN.txt, git-ignored; see .eval/README.md).
set -u
BIN=$1
SHARED=${ENTENTE_SHARED:-../shared}
SCORER=$SHARED/tools/score-extraction
[ -x "$SCORER" ] || { echo "eval: $SCORER not found" >&2; exit 1; }
echo "== seed ($SHARED/corpus/seed)"
"$SCORER" --entente "$BIN" "$SHARED/corpus/seed" "$SHARED/corpus/seed/gold" || exit 1
echo "== fixtures (tests/fixtures/extract, written for the project)"
"$SCORER" --entente "$BIN" tests/fixtures/extract tests/fixtures/extract/gold || exit 1
DEV=${ENTENTE_DEV_TEXTS:-.eval/dev}
if ls "$DEV"/*.txt >/dev/null 2>&1; then
	echo "== dev ($DEV, gold $SHARED/corpus/dev/gold)"
	"$SCORER" --entente "$BIN" "$DEV" "$SHARED/corpus/dev/gold" || exit 1
else
	echo "== dev: no texts in $DEV (see .eval/README.md); skipped"
fi
