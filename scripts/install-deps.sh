#!/bin/sh
# install-deps.sh - install the Debian packages entente needs to build and test.
# Idempotent: does nothing when everything is present.  As root it runs
# apt-get; otherwise it prints the exact command to run.
set -eu

PKGS="build-essential pkg-config clang libclang-rt-14-dev libsqlite3-dev sqlite3 \
libxml2-dev libjansson-dev libssl-dev iso-codes python3 valgrind time"
# graphviz layout library (network drawings) and a headless browser (report test)
PKGS="$PKGS libgraphviz-dev chromium"
# zip archives (GDELT event exports)
PKGS="$PKGS libzip-dev"

missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "entente: installing missing packages:$missing" >&2
if [ "$(id -u)" = 0 ]; then
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $missing >/dev/null
elif command -v sudo >/dev/null 2>&1; then
	# shellcheck disable=SC2086
	sudo apt-get update -qq && sudo apt-get install -y -qq --no-install-recommends $missing
else
	echo "entente: please run as root:  apt-get install -y$missing" >&2
	exit 1
fi
