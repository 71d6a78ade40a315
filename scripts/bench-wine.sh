#!/usr/bin/env bash
# The Windows build's footprint and latency under Wine 8, as the README
# reports them: the idle daemon's memory, threads and CPU over a quiet
# period (300 s unless SECONDS_IDLE says otherwise), the time from
# `sitbreak.exe break` to the card's window mapped (5 runs), and the
# installer's size. Needs the release programs and dist/ from
# scripts/package.sh, Xvfb, openbox, xdotool and Wine (scripts/test.sh
# installs them). Memory is the Linux process that runs sitbreak.exe, so
# it includes Wine's own libraries; "private" is what no other process
# shares.
set -euo pipefail
cd "$(dirname "$0")/.."
idle_for="${SECONDS_IDLE:-300}"
exes="$(realpath target/x86_64-pc-windows-gnu/release)"
work="$(mktemp -d)"
export WINEPREFIX="$work/prefix" WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml,winemenubuilder.exe="
wine=/usr/lib/wine/wine64
server=/usr/lib/wine/wineserver64
[ -x "$server" ] || server=/usr/lib/wine/wineserver
display=":$((500 + RANDOM % 400))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
export DISPLAY="$display"
sleep 1
openbox >/dev/null 2>&1 &
wm=$!
cleanup() {
  "$server" -k 2>/dev/null || true
  kill "$wm" "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$WINEPREFIX"
"$server" -p </dev/null >/dev/null 2>&1
"$wine" wineboot --init >/dev/null 2>&1
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  scripts/wine/bcryptprimitives.c scripts/wine/bcryptprimitives.def -ladvapi32

sitbreak() { "$wine" "$exes/sitbreak.exe" "$@" >"$work/out" 2>&1 </dev/null; }
"$wine" "$exes/sitbreak.exe" --hidden >"$work/daemon.log" 2>&1 </dev/null &
for _ in $(seq 100); do sitbreak status && break; sleep 0.2; done
pid=$(pgrep -f 'sitbreak.exe --hidden' | head -1)

echo "== time from \`sitbreak.exe break\` to the card mapped (ms)"
for run in 1 2 3 4 5; do
  start=$(date +%s%N)
  sitbreak break
  until xdotool search --onlyvisible --name '^Sitbreak$' >/dev/null 2>&1; do sleep 0.02; done
  echo "run $run: $(( ($(date +%s%N) - start) / 1000000 ))"
  sitbreak skip
  while xdotool search --onlyvisible --name '^Sitbreak$' >/dev/null 2>&1; do sleep 0.05; done
done

ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
echo "== the idle daemon over ${idle_for} s (pid $pid)"
sleep 5
before=$(ticks)
sleep "$idle_for"
after=$(ticks)
hz=$(getconf CLK_TCK)
awk -v t=$((after - before)) -v hz="$hz" -v s="$idle_for" \
  'BEGIN { printf "CPU: %.4f %% (%d ticks in %d s)\n", 100 * t / hz / s, t, s }'
grep -E '^(Rss|Pss|Private_Clean|Private_Dirty):' "/proc/$pid/smaps_rollup"
grep -E '^Threads:' "/proc/$pid/status"
echo "== the installer"
ls -l dist/sitbreak-*-setup.exe dist/sitbreak-*-windows-x86_64.zip | awk '{print $5, $9}'
