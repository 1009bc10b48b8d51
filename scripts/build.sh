#!/usr/bin/env bash
# Configures and builds the workstation into build/ (Release). ccache is used
# when present, never required. Extra arguments go to the CMake configure step.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${CS_BUILD_DIR:-$root/build}"

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" "$@"
elif (($# > 0)); then
  cmake "$build" "$@"
fi
cmake --build "$build" --parallel "$(nproc)"
