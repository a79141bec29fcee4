#!/bin/sh
# run-all.sh BIN UNITBIN - run the unit tests, then the CLI tests, and print
# one closing line "tests: N passed, N failed" over all suites.
set -u
BIN=$1
UNIT=$2
fail=0
pass=0

count() { # parse "... N passed, N failed" from a suite's last line
	line=$(tail -n 1 "$1")
	p=$(echo "$line" | sed -n 's/.* \([0-9][0-9]*\) passed.*/\1/p')
	f=$(echo "$line" | sed -n 's/.* \([0-9][0-9]*\) failed.*/\1/p')
	pass=$((pass + ${p:-0}))
	fail=$((fail + ${f:-1}))
}

out=$(mktemp)
"$UNIT" >"$out" 2>&1; rc=$?
cat "$out"; count "$out"
[ $rc -ne 0 ] && [ "${f:-0}" = 0 ] && fail=$((fail + 1))

for t in tests/cli/*.sh; do
	[ -f "$t" ] || continue
	sh "$t" "$BIN" >"$out" 2>&1; rc=$?
	cat "$out"; count "$out"
	[ $rc -ne 0 ] && [ "${f:-0}" = 0 ] && fail=$((fail + 1))
done

# libFuzzer smoke: every target for ENT_FUZZ_SMOKE seconds (set by `make check`)
if [ "${ENT_FUZZ_SMOKE:-0}" != 0 ]; then
	sh scripts/fuzz.sh "$ENT_FUZZ_SMOKE" >"$out" 2>&1; rc=$?
	cat "$out"; count "$out"
	[ $rc -ne 0 ] && [ "${f:-0}" = 0 ] && fail=$((fail + 1))
fi
rm -f "$out"
echo "tests: $pass passed, $fail failed"
[ $fail -eq 0 ]
