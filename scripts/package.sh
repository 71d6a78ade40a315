#!/usr/bin/env bash
# Builds Sitbreak's packages into dist/ from a checkout:
#   sitbreak_VERSION-1_ARCH.deb, sitbreak-VERSION-1.ARCH.rpm, and
#   sitbreak-VERSION-ARCH-linux.tar.gz (both binaries, the same data files and
#   install.sh); for Windows (cross-built with MinGW-w64),
#   sitbreak-VERSION-setup.exe (a per-user NSIS installer, made with
#   makensis from assets/windows/sitbreak.nsi), the portable
#   sitbreak-VERSION-windows-x86_64.zip, and winget's manifests for them in
#   dist/winget/; with their SHA256SUMS.
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

windows=x86_64-pc-windows-gnu
echo "== cargo build --release --target $windows (sitbreak.exe, sitbreak-window.exe)"
cargo build --release --bins --target "$windows" --quiet
name="sitbreak-$version-windows-x86_64"
stage="target/$name"
rm -rf "$stage"
mkdir -p "$stage"
cp "${CARGO_TARGET_DIR:-target}/$windows/release/sitbreak.exe" \
   "${CARGO_TARGET_DIR:-target}/$windows/release/sitbreak-window.exe" \
   assets/windows/sitbreak.ico README.md LICENSE-MIT LICENSE-APACHE "$stage/"
echo "== the Windows installer"
setup="sitbreak-$version-setup.exe"
makensis -V2 -DVERSION="$version" -DSOURCE="$(realpath "$stage")" \
  -DOUT="$(realpath dist)/$setup" assets/windows/sitbreak.nsi
echo "== the portable zip"
(cd target && python3 -m zipfile -c "../dist/$name.zip" "$name")
echo "== winget's manifests"
./scripts/winget-manifests.sh "$version" "dist/$setup" "dist/winget"
(cd dist && sha256sum -- *.deb *.rpm *.tar.gz *.exe *.zip > SHA256SUMS)
ls -l dist
