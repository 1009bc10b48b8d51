#!/usr/bin/env bash
# README's second command: install what is missing, build with warnings as
# errors, and run every test headless through CTest. Non-zero on any failure.
#   scripts/test.sh              the Release build in build/
#   scripts/test.sh --sanitize   the same suite built with AddressSanitizer and
#                                UndefinedBehaviorSanitizer in build-sanitize/
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

sanitize=0
for arg in "$@"; do
  case "$arg" in
    --sanitize) sanitize=1 ;;
    *) echo "usage: scripts/test.sh [--sanitize]" >&2; exit 2 ;;
  esac
done

"$root/scripts/setup.sh"
if ((sanitize)); then
  export CS_BUILD_DIR="${CS_BUILD_DIR:-$root/build-sanitize}"
  "$root/scripts/build.sh" -DCS_WERROR=ON -DCS_BUILD_TESTS=ON -DCS_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
  # Any report fails the test that caused it. Leaks inside Qt's and the system's
  # own libraries (fonts, plugins loaded once) are listed in lsan.supp; ours are not.
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
  export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
else
  export CS_BUILD_DIR="${CS_BUILD_DIR:-$root/build}"
  "$root/scripts/build.sh" -DCS_WERROR=ON -DCS_BUILD_TESTS=ON
fi

export QT_QPA_PLATFORM=offscreen
cd "$CS_BUILD_DIR"
ctest --output-on-failure --parallel "$(nproc)" --timeout 900
