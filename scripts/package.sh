#!/usr/bin/env bash
# Builds Sitbreak's packages into dist/ from a checkout:
#   sitbreak_VERSION-1_ARCH.deb, sitbreak-VERSION-1.ARCH.rpm, and
#   sitbreak-VERSION-ARCH-linux.tar.gz (both binaries, the same data files and
#   install.sh), with their SHA256SUMS.
# The files besides the binaries (desktop entry, icons, AppStream metainfo,
# man pages, completions, changelogs) are made by examples/package_files.rs
# into target/package-files. cargo-deb and cargo-generate-rpm are installed
# with cargo when missing. The release build is reused when up to date.
# Usage: ./scripts/package.sh            the packages
#        ./scripts/package.sh --files    only target/package-files (install.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
arch=$(uname -m)
# Always here, where Cargo.toml's package metadata names them.
files=target/package-files
release="${CARGO_TARGET_DIR:-target}/release"

echo "== cargo build --release (sitbreak, sitbreak-window)"
cargo build --release --bins --quiet
echo "== the package files, into $files"
rm -rf "$files"
cargo run --quiet --example package_files -- "$files"
gzip -9n "$files"/share/man/man1/*.1
[ "${1:-}" = "--files" ] && exit 0

# Pinned, so a package is made the same way on every machine.
cargo deb --version >/dev/null 2>&1 || cargo install --locked --quiet cargo-deb@3.8.0
cargo generate-rpm --version >/dev/null 2>&1 || cargo install --locked --quiet cargo-generate-rpm@0.21.1

rm -rf dist
mkdir -p dist
echo "== the .deb"
cargo deb --no-build --quiet --output dist/
echo "== the .rpm"
cargo generate-rpm --output dist/
echo "== the tarball"
name="sitbreak-$version-$arch-linux"
stage="target/$name"
rm -rf "$stage"
mkdir -p "$stage/bin" "$stage/share/doc/sitbreak"
cp "$release/sitbreak" "$release/sitbreak-window" "$stage/bin/"
cp -r "$files/share/." "$stage/share/"
cp "$files"/doc/* "$stage/share/doc/sitbreak/"
cp install.sh "$stage/"
tar -C target --owner=0 --group=0 -czf "dist/$name.tar.gz" "$name"
(cd dist && sha256sum -- * > SHA256SUMS)
ls -l dist
