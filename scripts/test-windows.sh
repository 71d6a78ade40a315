#!/usr/bin/env bash
# Sitbreak beyond Linux: the Windows build (x86_64-pc-windows-gnu,
# MinGW-w64) linted, its unit tests run under Wine, and its programs built
# for the Wine tests (tests/wine_test, run by the `cargo test` that
# follows in scripts/test.sh); and a type check of the library for macOS
# (aarch64-apple-darwin), which cannot be linked here. Called by
# scripts/test.sh, after the Debian packages (MinGW-w64, Wine) are
# installed. Says NOT RUN, with the reason, when a target cannot be
# installed.
set -euo pipefail
cd "$(dirname "$0")/.."

windows=x86_64-pc-windows-gnu
macos=aarch64-apple-darwin
for target in "$windows" "$macos"; do
  if ! rustup target list --installed 2>/dev/null | grep -qx "$target"; then
    echo "== rustup target add $target"
    rustup target add "$target" || true
  fi
done
installed="$(rustup target list --installed 2>/dev/null || true)"

if grep -qx "$windows" <<<"$installed"; then
  # The benchmarks measure the Linux programs in Linux desktops, and the
  # integration tests other than tests/wine_test are Linux's: both are
  # empty there, and the benchmarks have no Windows build.
  echo "== cargo clippy --lib --bins --tests --examples --target $windows"
  cargo clippy --lib --bins --tests --examples --target "$windows" --quiet -- -D warnings
  echo "== cargo test --lib --target $windows, under Wine (scripts/wine-run.sh)"
  cargo test --lib --target "$windows" --quiet
  echo "== cargo build --bins --example ask_daemon --target $windows (for tests/wine_test)"
  cargo build --bins --example ask_daemon --target "$windows" --quiet
  # Wine 8 lacks a DLL Rust's standard library imports; the stand-in goes
  # beside the programs (see scripts/wine-run.sh).
  out="target/$windows/debug"
  if [ ! -f "$out/bcryptprimitives.dll" ]; then
    x86_64-w64-mingw32-gcc -shared -O2 -o "$out/bcryptprimitives.dll" \
      scripts/wine/bcryptprimitives.c scripts/wine/bcryptprimitives.def -ladvapi32
  fi
else
  echo "== NOTE: NOT RUN: the Rust target $windows could not be installed, so the library was not built or tested for Windows"
fi

if grep -qx "$macos" <<<"$installed"; then
  echo "== cargo check --lib --target $macos (type-checked only: no Apple linker here)"
  cargo check --lib --target "$macos" --quiet
else
  echo "== NOTE: NOT RUN: the Rust target $macos could not be installed, so the library was not checked for macOS"
fi
