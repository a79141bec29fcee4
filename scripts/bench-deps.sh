#!/bin/sh
# bench-deps.sh - what the benchmarks need beyond `make check`: hyperfine,
# node and npm (DuckDB baseline of bench/gdelt), GNU time for peak memory.
# Not used by make check.  As root it runs apt-get; otherwise it prints the
# command.  Then: (cd bench/gdelt && npm ci).
set -eu
PKGS="hyperfine nodejs time sqlite3 python3"
# bench/ingest: matcher candidates (matcher.c), perf for profiling, bsdutils for script(1)
PKGS="$PKGS libpcre2-dev libvectorscan-dev linux-perf bsdutils"
missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done
command -v npm >/dev/null 2>&1 || missing="$missing npm"
[ -z "$missing" ] && exit 0
echo "entente: bench packages missing:$missing" >&2
if [ "$(id -u)" = 0 ]; then
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
	echo "entente: please run as root:  apt-get install -y$missing" >&2
	exit 1
fi
