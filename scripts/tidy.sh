#!/usr/bin/env bash
# Runs clang-tidy (the committed .clang-tidy) on every source file of core/;
# non-zero on any finding. Uses the compile commands of the Release build
# (build/, or CS_BUILD_DIR), configuring it first when needed.
#   scripts/tidy.sh [FILE ...]     default: every core/*.cpp
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${CS_BUILD_DIR:-$root/build}"

"$root/scripts/setup.sh" clang-tidy
if [[ ! -f "$build/compile_commands.json" ]]; then
  CS_BUILD_DIR="$build" "$root/scripts/build.sh" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
fi

files=("$@")
((${#files[@]})) || mapfile -t files < <(cd "$root" && find core -name '*.cpp' | sort)
cd "$root"
# gcc's flags that clang does not know are not findings; moc output is not ours.
printf '%s\n' "${files[@]}" | xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet \
  --extra-arg=-Wno-unknown-warning-option --extra-arg=-Wno-ignored-optimization-argument
echo "clang-tidy: ${#files[@]} files of core/ clean"
