#!/usr/bin/env bash
# Runs a Windows program under Wine, as cargo's runner for the
# x86_64-pc-windows-gnu target: `wine-run.sh PROGRAM.exe [ARGS...]`.
#
# Each run gets a private Wine prefix (WINEPREFIX, unless the caller gives
# one) that is removed afterwards, and only that prefix's wineserver is
# stopped. Debian 12's Wine 8 lacks bcryptprimitives.dll, which Rust's
# standard library imports, so a small stand-in is built once (see
# scripts/wine/bcryptprimitives.c) and put beside the program. Real
# Windows 10 and 11 have the DLL; this is for Wine only.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
program="$1"
shift
wine=/usr/lib/wine/wine64
[ -x "$wine" ] || wine="$(command -v wine64)"
wineserver="$(dirname "$(readlink -f "$wine")")/wineserver"
[ -x "$wineserver" ] || wineserver=wineserver

dll="$(dirname "$program")/bcryptprimitives.dll"
if [ ! -f "$dll" ]; then
  x86_64-w64-mingw32-gcc -shared -O2 -o "$dll.tmp" \
    "$here/wine/bcryptprimitives.c" "$here/wine/bcryptprimitives.def" -ladvapi32
  mv "$dll.tmp" "$dll"
fi

own_prefix=""
if [ -z "${WINEPREFIX:-}" ]; then
  own_prefix="$(mktemp -d)"
  export WINEPREFIX="$own_prefix/prefix"
fi
export WINEDEBUG="${WINEDEBUG:--all}"
# No Mono or Gecko installer prompts when the prefix is made.
export WINEDLLOVERRIDES="${WINEDLLOVERRIDES:-mscoree,mshtml=}"
status=0
"$wine" "$program" "$@" || status=$?
"$wineserver" -k 2>/dev/null || true
if [ -n "$own_prefix" ]; then
  "$wineserver" -w 2>/dev/null || true
  rm -rf "$own_prefix"
fi
exit "$status"
