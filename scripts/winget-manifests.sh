#!/usr/bin/env bash
# Writes winget's manifests (schema 1.6) for a Sitbreak release, ready to
# submit to microsoft/winget-pkgs: the installer's hash is the built one,
# its address the release's on GitHub.
# Usage: scripts/winget-manifests.sh VERSION SETUP.exe OUT_DIR
set -euo pipefail
version="$1"
setup="$2"
out="$3/manifests/s/Sitbreak/Sitbreak/$version"
sha=$(sha256sum "$setup" | cut -d' ' -f1 | tr a-f A-F)
url="https://github.com/sitbreak/sitbreak/releases/download/v$version/$(basename "$setup")"
mkdir -p "$out"
cat > "$out/Sitbreak.Sitbreak.yaml" <<YAML
PackageIdentifier: Sitbreak.Sitbreak
PackageVersion: $version
DefaultLocale: en-US
ManifestType: version
ManifestVersion: 1.6.0
YAML
cat > "$out/Sitbreak.Sitbreak.installer.yaml" <<YAML
PackageIdentifier: Sitbreak.Sitbreak
PackageVersion: $version
InstallerType: nullsoft
Scope: user
InstallModes:
  - interactive
  - silent
UpgradeBehavior: install
Installers:
  - Architecture: x64
    InstallerUrl: $url
    InstallerSha256: $sha
ManifestType: installer
ManifestVersion: 1.6.0
YAML
cat > "$out/Sitbreak.Sitbreak.locale.en-US.yaml" <<YAML
PackageIdentifier: Sitbreak.Sitbreak
PackageVersion: $version
PackageLocale: en-US
Publisher: Sitbreak developers
PackageName: Sitbreak
License: MIT OR Apache-2.0
ShortDescription: Stand up every 30 minutes and stretch, guided by short routines.
Description: Sitbreak sits in the notification area, reminds you to stand up every 30 minutes and guides you through a short stretch routine, a different one each break, with an animated figure and a countdown for every hold.
PackageUrl: https://github.com/sitbreak/sitbreak
Tags:
  - break-reminder
  - stretching
  - health
ManifestType: defaultLocale
ManifestVersion: 1.6.0
YAML
