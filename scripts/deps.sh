#!/bin/sh
# Checks that the Debian packages syda's build, tests and demo need are
# installed. As root it installs the missing ones with apt-get; otherwise it
# prints the exact apt-get line to run and fails.
#
#   scripts/deps.sh            packages for make, make test, make demo
#   scripts/deps.sh bench      ... plus what make bench needs
#   scripts/deps.sh valgrind   ... plus valgrind
set -eu

pkgs="gcc make libc6-dev libsqlite3-dev sqlite3 libcurl4-openssl-dev tcl libsqlite3-tcl python3 python3-sqlalchemy"
for extra in "$@"; do
  case "$extra" in
    bench) pkgs="$pkgs time" ;;
    valgrind) pkgs="$pkgs valgrind" ;;
    *) echo "deps.sh: unknown group '$extra' (known: bench, valgrind)" >&2; exit 2 ;;
  esac
done

missing=""
for p in $pkgs; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in
    *"install ok installed"*) ;;
    *) missing="$missing $p" ;;
  esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
  echo "deps.sh: installing:$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >&2
  exit 0
fi
echo "deps.sh: missing Debian packages:$missing" >&2
echo "deps.sh: install them with:" >&2
echo "  sudo apt-get install -y --no-install-recommends$missing" >&2
exit 1
