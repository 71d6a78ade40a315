#!/bin/sh
# Installs Sitbreak under a prefix: both programs, the menu entry, icons,
# AppStream metainfo, man pages and shell completions.
#
#   ./install.sh                      into ~/.local, for you alone
#   ./install.sh --prefix /usr/local  for everyone (as root)
#   ./install.sh --uninstall [--prefix DIR]
#
# Run from a release tarball, it installs what is beside it. Run from a
# source checkout, it first builds (cargo build --release) and makes the
# data files (scripts/package.sh --files). Uninstalling removes only the
# files it installs: your settings and history stay.
set -eu

prefix="$HOME/.local"
uninstall=false
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }
              prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    --uninstall) uninstall=true; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown argument \"$1\" (see --help)" >&2; exit 2 ;;
  esac
done
case "$prefix" in
  /*) ;;
  *) prefix="$(pwd)/$prefix" ;;
esac

here=$(cd "$(dirname "$0")" && pwd)
if [ -x "$here/bin/sitbreak" ] && [ -d "$here/share" ]; then
  bin="$here/bin"
  share="$here/share"
  doc=""
elif [ -f "$here/Cargo.toml" ]; then
  bin="${CARGO_TARGET_DIR:-$here/target}/release"
  share="$here/target/package-files/share"
  doc="$here/target/package-files/doc"
  if ! $uninstall || [ ! -d "$share" ]; then
    "$here/scripts/package.sh" --files
  fi
else
  echo "install.sh: found neither a release (bin/, share/) nor a source checkout beside $0" >&2
  exit 2
fi

# Every file, as "MODE SOURCE DESTINATION".
manifest() {
  for program in sitbreak sitbreak-window; do
    echo "755 $bin/$program $prefix/bin/$program"
  done
  (cd "$share" && find . -type f | sed 's|^\./||' | sort) | while read -r f; do
    echo "644 $share/$f $prefix/share/$f"
  done
  if [ -n "$doc" ]; then
    (cd "$doc" && find . -type f | sed 's|^\./||' | sort) | while read -r f; do
      echo "644 $doc/$f $prefix/share/doc/sitbreak/$f"
    done
  fi
}

refresh_caches() {
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$prefix/share/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$prefix/share/icons/hicolor" || true
  fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
  fi
}

if $uninstall; then
  manifest | while read -r mode src dest; do
    rm -f "$dest"
    rmdir -p "$(dirname "$dest")" 2>/dev/null || true
  done
  refresh_caches
  echo "Removed Sitbreak from $prefix. Your settings and history are where they were."
  exit 0
fi

manifest | while read -r mode src dest; do
  # install unlinks the old file first, so a running daemon keeps its
  # binary and the next window starts from the new one.
  install -D -m "$mode" "$src" "$dest"
done
# The menu entry names the program by path when it is not in /usr, since a
# session's PATH often lacks ~/.local/bin.
if [ "$prefix" != "/usr" ]; then
  sed -i "s|^Exec=sitbreak|Exec=\"$prefix/bin/sitbreak\"|" "$prefix/share/applications/sitbreak.desktop"
fi
refresh_caches
echo "Installed Sitbreak in $prefix. Start it from your applications menu, or run $prefix/bin/sitbreak."
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "Note: $prefix/bin is not in your PATH; add it to run \"sitbreak\" by name." ;;
esac
