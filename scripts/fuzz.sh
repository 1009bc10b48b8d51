#!/usr/bin/env bash
# Fuzzes the spreadsheet readers and value parsers with libFuzzer under
# AddressSanitizer and UndefinedBehaviorSanitizer.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET ...]     targets: csv xlsx values (default all)
# Builds core and the fuzz targets with clang into build-fuzz/ (CS_FUZZ_BUILD_DIR),
# grows a working corpus there from the committed seeds (tests/fuzz/corpus/), and
# prints executions and coverage per target. A crash, hang (over 25 s for one
# input) or allocation over 1 GB is saved under build-fuzz/findings/TARGET/ and the
# script exits non-zero: copy the input into tests/fuzz/regressions/TARGET/, where
# the regular suite replays it, and fix the reader.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${CS_FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${1:-60}"
shift || true
targets=("$@")
((${#targets[@]})) || targets=(csv xlsx values)

"$root/scripts/setup.sh" clang libclang-rt-14-dev
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCS_FUZZ=ON -DCS_BUILD_TESTS=OFF "${launcher[@]}"
fi
cmake --build "$build" --parallel "$(nproc)"

declare -A max_len=([csv]=16384 [xlsx]=65536 [values]=256)
status=0
report="$build/fuzz-report.txt"
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  findings="$build/findings/$target"
  mkdir -p "$corpus" "$findings"
  log="$build/fuzz-$target.log"
  echo "fuzz_$target: ${seconds} s ..."
  # The working corpus first: new inputs go there; the committed seeds stay as they are.
  set +e
  (cd "$findings" && "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=25 \
    -rss_limit_mb=2048 -malloc_limit_mb=1024 -max_len="${max_len[$target]}" -print_final_stats=1 \
    -artifact_prefix="$findings/" "$corpus" "$root/tests/fuzz/corpus/$target" >"$log" 2>&1)
  code=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  cov=$(grep -o 'cov: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo '?')
  features=$(grep -o 'ft: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo '?')
  line="$(date -u +%FT%TZ) fuzz_$target ${seconds}s executions=$runs coverage_edges=$cov features=$features corpus=$(ls "$corpus" | wc -l) exit=$code"
  echo "$line" | tee -a "$report"
  if ((code != 0)); then
    echo "  finding: see $log and $findings" >&2
    status=1
  fi
done
exit $status
