#!/usr/bin/env bash
# The whole test suite: formatting, lints, and every test, including the
# end-to-end tests that run the real binary in a headless desktop.
#
# On Debian/Ubuntu it first installs the packages those desktop tests need
# when any is missing (Xvfb, D-Bus, python3-dbusmock, a StatusNotifierItem
# host, xdotool, ImageMagick, AT-SPI, and the desktops of the matrix:
# openbox, xfwm4, mutter, sway, weston, KWin, GNOME Shell, a PipeWire sound
# server with pactl/parec and speech-dispatcher with espeak-ng, and the package
# checkers lintian, desktop-file-validate, appstreamcli and rpm, plus the
# .deb's run-time libraries, and MinGW-w64 and Wine for the Windows build),
# with apt-get (via sudo when not root).
# Usage: ./scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# The tests read Sitbreak's English: whatever this machine's language,
# they run in English (a test that wants another language sets it).
export LANG=C.UTF-8
unset LANGUAGE LC_ALL LC_MESSAGES

packages=(xvfb dbus dbus-x11 systemd python3-dbusmock haskell-status-notifier-item-utils
          haskell-gtk-sni-tray-utils xdotool x11-utils imagemagick mesa-vulkan-drivers
          openbox xfwm4 mutter xterm sway wtype weston kwin-wayland libglib2.0-bin
          gnome-shell gjs gnome-shell-extension-appindicator x11-xserver-utils
          python3-pyatspi at-spi2-core procps
          pipewire pipewire-pulse wireplumber pulseaudio-utils
          speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
          lintian desktop-file-utils appstream rpm man-db
          gcc-mingw-w64-x86-64 wine64 nsis fonts-droid-fallback
          libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxcursor1 libxi6
          libxrender1 libegl1 libgl1 libwayland-client0 libwayland-egl1)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing Debian packages the desktop tests need: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  # Another apt-get or an unattended upgrade may hold dpkg's or apt's lock:
  # wait for it, up to 10 minutes, rather than fail at once. apt-get install
  # waits by itself (DPkg::Lock::Timeout); apt-get update does not, so it
  # is tried again while its lock is held.
  for try in $(seq 120); do
    if out=$($sudo apt-get update -qq 2>&1); then break; fi
    if ! grep -q "Could not get lock" <<<"$out" || [ "$try" -eq 120 ]; then
      echo "$out" >&2
      exit 1
    fi
    [ "$try" -eq 1 ] && echo "== waiting up to 10 minutes for another package manager to release apt's lock"
    sleep 5
  done
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Each desktop test makes its own runtime folder; this one is for the rest
# (the Vulkan loader used by snapshot tests complains without one).
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR}" ]; then
  XDG_RUNTIME_DIR=$(mktemp -d)
  chmod 700 "$XDG_RUNTIME_DIR"
  export XDG_RUNTIME_DIR
fi

echo "== cargo fmt --check"
cargo fmt --check
echo "== cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets --quiet -- -D warnings
./scripts/test-windows.sh
echo "== scripts/package.sh (the release build and the packages the package tests install)"
./scripts/package.sh
if [ "$(id -u)" -ne 0 ]; then
  echo "== NOTE: NOT RUN: installing, upgrading and removing the .deb needs root; the packages' contents are still checked"
fi
# The articles are other people's text, so they are not in this repository;
# where a copy sits beside it (or SITBREAK_SEEDS names one), every quote in
# the catalog is looked up in its article.
seeds="${SITBREAK_SEEDS:-../shared/seeds}"
if [ -d "$seeds" ]; then
  echo "== sitbreak check-routines --sources $seeds (every quote against its article)"
  ./target/release/sitbreak check-routines --sources "$seeds"
elif [ -n "${SITBREAK_SEEDS:-}" ]; then
  echo "SITBREAK_SEEDS=$SITBREAK_SEEDS names no folder" >&2
  exit 1
else
  echo "== NOTE: NOT RUN: $seeds is missing, so the quotes were not checked against their articles"
fi
echo "== cargo test"
cargo test --quiet
