#!/usr/bin/env bash
# The portable library beyond Linux: its lints and unit tests built for
# Windows (x86_64-pc-windows-gnu, MinGW-w64) and run under Wine, and a type
# check for macOS (aarch64-apple-darwin), which cannot be linked here.
# Called by scripts/test.sh, after the Debian packages (MinGW-w64, Wine)
# are installed. Says NOT RUN, with the reason, when a target cannot be
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
  echo "== cargo clippy --lib --target $windows (the library and its unit tests)"
  cargo clippy --lib --target "$windows" --quiet -- -D warnings
  cargo clippy --lib --profile test --target "$windows" --quiet -- -D warnings
  echo "== cargo test --lib --target $windows, under Wine (scripts/wine-run.sh)"
  cargo test --lib --target "$windows" --quiet
else
  echo "== NOTE: NOT RUN: the Rust target $windows could not be installed, so the library was not built or tested for Windows"
fi

if grep -qx "$macos" <<<"$installed"; then
  echo "== cargo check --lib --target $macos (type-checked only: no Apple linker here)"
  cargo check --lib --target "$macos" --quiet
else
  echo "== NOTE: NOT RUN: the Rust target $macos could not be installed, so the library was not checked for macOS"
fi
