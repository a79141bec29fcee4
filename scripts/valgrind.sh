#!/bin/sh
# valgrind.sh BIN UNITBIN - run the unit tests and the end-to-end CLI tests
# under valgrind memcheck (`make valgrind` builds BIN and UNITBIN with -O1 -g
# and no sanitizer in build/valgrind, then calls this).
#
# Every process runs with --leak-check=full; definite and indirect leaks and
# every invalid access count as errors (--error-exitcode), and each process
# writes its own log, which must stay empty.  tests/valgrind.supp holds the
# suppressions for noise inside system libraries (documented there).
# Logs of processes that reported something are kept in build/valgrind/logs.
# The CLI suites run with BIN replaced by a wrapper that starts valgrind;
# 40-crash.sh and 50-concurrent.sh are left out (they test process kills and
# locking, not memory, over thousands of documents) and 30-hostile.sh runs
# without its 100 MB inputs (ENT_HOSTILE_BIG=0).
#
# The last line is "valgrind: N passed, N failed" (one per suite and one for
# the logs); exit 1 when any failed.
set -u
BIN=${1:?usage: scripts/valgrind.sh BIN UNITBIN}
UNIT=${2:?usage: scripts/valgrind.sh BIN UNITBIN}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 1
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac
case $UNIT in /*) ;; *) UNIT=$ROOT/$UNIT ;; esac
command -v valgrind >/dev/null 2>&1 || {
	echo "valgrind: not installed (scripts/install-deps.sh installs it)" >&2
	echo "valgrind: 0 passed, 1 failed"
	exit 1
}

T=$(mktemp -d "${TMPDIR:-/tmp}/entente-valgrind.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT INT TERM
mkdir -p "$T/logs"
VG="valgrind --tool=memcheck --error-exitcode=99 --leak-check=full \
--show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
--suppressions=$ROOT/tests/valgrind.supp --quiet --log-file=$T/logs/vg.%p.log"
export ENTENTE_DATA="$ROOT/data"

# the wrapper the CLI suites run instead of BIN
cat >"$T/entente" <<W
#!/bin/sh
exec $VG "$BIN" "\$@"
W
chmod +x "$T/entente"

pass=0
fail=0
result() { # result NAME RC OUTFILE
	if [ "$2" -eq 0 ]; then
		pass=$((pass + 1))
		echo "ok - valgrind $1: $(tail -n 1 "$3")"
	else
		fail=$((fail + 1))
		echo "not ok - valgrind $1 (exit $2): $(tail -n 1 "$3")"
		grep '^not ok\|FAIL' "$3" | head -n 10 | sed 's/^/#   /'
	fi
}

start=$(date +%s)
# shellcheck disable=SC2086
$VG "$UNIT" >"$T/unit.out" 2>&1
result unit-tests $? "$T/unit.out"

for t in tests/cli/*.sh; do
	case $t in
	*/40-crash.sh | */50-concurrent.sh) continue ;;
	esac
	ENT_HOSTILE_BIG=0 sh "$t" "$T/entente" >"$T/cli.out" 2>&1
	result "$(basename "$t" .sh)" $? "$T/cli.out"
done

nlogs=$(find "$T/logs" -name 'vg.*.log' | wc -l | tr -d ' ')
bad=$(find "$T/logs" -name 'vg.*.log' -size +0 | wc -l | tr -d ' ')
if [ "$bad" -eq 0 ]; then
	pass=$((pass + 1))
	echo "ok - valgrind: $nlogs processes, no memory errors or leaks ($(($(date +%s) - start)) s)"
else
	fail=$((fail + 1))
	mkdir -p build/valgrind/logs
	find "$T/logs" -name 'vg.*.log' -size +0 -exec cp {} build/valgrind/logs/ \;
	echo "not ok - valgrind: $bad of $nlogs processes reported errors or leaks" \
		"(logs in build/valgrind/logs); the first:"
	for f in $(find "$T/logs" -name 'vg.*.log' -size +0 | head -n 3); do
		head -n 40 "$f" | sed 's/^/#   /'
	done
fi
echo "valgrind: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
