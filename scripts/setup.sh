#!/usr/bin/env bash
# Installs, with apt, whatever Debian 12 packages the workstation needs and the
# machine lacks. Safe to run again: it does nothing when all are present.
# Packages named as arguments are added to the list (the benchmark's tools).
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-charts-dev libqt6sql6-sqlite libqt6opengl6-dev libqt6svg6
  libgl-dev catch2 libquazip1-qt6-dev libxlsxwriter-dev libsqlite3-dev sqlite3
  fonts-wqy-microhei xvfb xauth poppler-utils
  "$@"
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "error: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
