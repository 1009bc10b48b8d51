#!/usr/bin/env bash
# README's second command: install what is missing, build with warnings as
# errors, and run every test headless through CTest. Non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${CS_BUILD_DIR:-$root/build}"

"$root/scripts/setup.sh"
"$root/scripts/build.sh" -DCS_WERROR=ON -DCS_BUILD_TESTS=ON

export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
