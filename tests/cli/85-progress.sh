#!/bin/sh
# 85-progress.sh BIN - `entente ingest` draws a progress bar on a terminal and
# never anywhere else.
#
# Writes N small distinct documents (10,000 unless ENT_PROGRESS_DOCS says
# otherwise), ingests them with stderr on a pseudo-terminal (util-linux
# `script`) and checks that bar lines ("\r[####  ] N docs, X MB") appear and
# that the last one is full and counts every document; then ingests them
# again into fresh stores with stderr to a file and to a pipe, and with
# --quiet on the terminal, and checks that no bar ('\r', '[#') is written;
# and that a batch of fewer than 20 documents draws none.
set -u
BIN=$1
N=${ENT_PROGRESS_DOCS:-10000}
case "$BIN" in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL progress: $*"; }

if ! command -v script >/dev/null 2>&1; then
	echo "progress: util-linux script not found; skipped"
	echo "progress: 0 passed, 0 failed"
	exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/docs" "$tmp/few"
# Tiny distinct texts (no actors: the test is about the bar, not extraction).
awk -v n="$N" -v dir="$tmp/docs" 'BEGIN {
	for (i = 0; i < n; i++) {
		f = sprintf("%s/note%05d.txt", dir, i)
		printf "Note %d: the committee met on day %d and agreed on item %d.\n",
			i, i % 365, i * 7 > f
		close(f)
	}
}'
cp "$tmp"/docs/note0000[0-4].txt "$tmp/few/"

# on_tty OUT ARGS...: run entente with stdin, stdout and stderr on a new pty;
# everything it writes lands in OUT.
on_tty() {
	out=$1
	shift
	cmd="'$BIN'"
	for a in "$@"; do
		cmd="$cmd '$a'"
	done
	SHELL=/bin/sh script -qec "$cmd" /dev/null </dev/null >"$out" 2>&1
}
has_cr() { LC_ALL=C tr -d -c '\r' <"$1" | LC_ALL=C grep -q .; }
# a carriage return that starts a bar (a terminal also shows '\n' as "\r\n")
cr_bar() { LC_ALL=C tr '\r' '\001' <"$1" | LC_ALL=C grep -q "$(printf '\001')\\["; }
bars() { LC_ALL=C tr '\r' '\n' <"$1" | LC_ALL=C grep -c '^\[[# ]*\] [0-9][0-9]* docs, ' || true; }

# 1. on a terminal
on_tty "$tmp/tty.out" --db "$tmp/a.db" ingest "$tmp/docs"
rc=$?
[ $rc -eq 0 ] && ok || bad "ingest on a pty exited $rc"
nb=$(bars "$tmp/tty.out")
[ "$nb" -ge 1 ] && ok || bad "no progress bar on a terminal"
cr_bar "$tmp/tty.out" && ok || bad "the bar is not redrawn in place (no carriage return)"
last=$(LC_ALL=C tr '\r' '\n' <"$tmp/tty.out" | LC_ALL=C grep '^\[[# ]*\] [0-9]' | tail -n 1)
case "$last" in
"[####################] $N docs, "*) ok ;;
*) bad "last bar is not full with $N docs: '$last'" ;;
esac
LC_ALL=C grep -q "ingested $N documents" "$tmp/tty.out" && ok ||
	bad "no summary of $N documents on the terminal"
# the summary starts on its own line, after the bar
LC_ALL=C tr '\r' '\n' <"$tmp/tty.out" | LC_ALL=C grep -q '^entente: ingested' && ok ||
	bad "summary shares a line with the bar"

# 2. stderr to a file: no bar
"$BIN" --db "$tmp/b.db" ingest "$tmp/docs" 2>"$tmp/file.err"
rc=$?
[ $rc -eq 0 ] && ok || bad "ingest with stderr to a file exited $rc"
has_cr "$tmp/file.err" && bad "carriage return written to a file" || ok
LC_ALL=C grep -q '\[#\|\[ *\] [0-9]' "$tmp/file.err" && bad "bar written to a file" || ok
LC_ALL=C grep -q "ingested $N documents" "$tmp/file.err" && ok ||
	bad "no summary when stderr is a file"

# 3. stderr to a pipe: no bar
"$BIN" --db "$tmp/c.db" ingest "$tmp/docs" 2>&1 | cat >"$tmp/pipe.err"
has_cr "$tmp/pipe.err" && bad "carriage return written to a pipe" || ok
LC_ALL=C grep -q '\[#\|\[ *\] [0-9]' "$tmp/pipe.err" && bad "bar written to a pipe" || ok
LC_ALL=C grep -q "ingested $N documents" "$tmp/pipe.err" && ok ||
	bad "no summary when stderr is a pipe"

# 4. --quiet on a terminal: no bar, no summary
on_tty "$tmp/quiet.out" --db "$tmp/d.db" ingest --quiet "$tmp/docs"
[ "$(bars "$tmp/quiet.out")" -eq 0 ] && ok || bad "bar drawn with --quiet"
LC_ALL=C grep -q "ingested" "$tmp/quiet.out" && bad "summary printed with --quiet" || ok

# 5. a handful of documents on a terminal: no bar (it starts at the 20th)
on_tty "$tmp/few.out" --db "$tmp/e.db" ingest "$tmp/few"
[ "$(bars "$tmp/few.out")" -eq 0 ] && ok || bad "bar drawn for 5 documents"
LC_ALL=C grep -q "ingested 5 documents" "$tmp/few.out" && ok || bad "no summary for 5 documents"

echo "progress: $pass passed, $fail failed"
[ $fail -eq 0 ]
