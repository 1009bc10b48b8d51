#!/usr/bin/env bash
# Measures settlement: 2,000 partners × 8 quarters read from a workbook and settled
# (goal: under 0.2 s), best of 5, in a Release build. A report: exits 0 when the goal
# is missed (and says MISSED), non-zero only when it cannot measure.
#   scripts/bench-settle.sh [WORKDIR]     (default /tmp/channelstation-bench)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${CS_BUILD_DIR:-$root/build}"
work="${1:-/tmp/channelstation-bench}"
mkdir -p "$work"
"$root/scripts/build.sh" -DCMAKE_BUILD_TYPE=Release -DCS_BUILD_TESTS=ON
"$build/tests/bench_settle" "$root/data" "$work"
