#!/usr/bin/env bash
# Every tr() string in the sources must have a finished Chinese translation:
# lupdate runs on a copy of the shipped .ts, and any unfinished entry fails.
set -euo pipefail
root=$1
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/resources/translations/channelstation_zh_CN.ts" "$work/zh_CN.ts"
"$lupdate" -silent -locations none -no-obsolete "$root/core" "$root/ui" "$root/app" -ts "$work/zh_CN.ts"
unfinished=$(grep -c 'type="unfinished"' "$work/zh_CN.ts" || true)
if [[ "$unfinished" -gt 0 ]]; then
  echo "$unfinished string(s) lack a Chinese translation (run scripts/update-translations.sh, then translate):"
  grep -B3 'type="unfinished"' "$work/zh_CN.ts" | grep '<source>' | head -40
  exit 1
fi
echo "all strings translated"
