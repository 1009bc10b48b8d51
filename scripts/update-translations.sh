#!/usr/bin/env bash
# Refreshes the .ts files from the sources. New strings arrive unfinished in
# channelstation_zh_CN.ts: translate them (Qt Linguist, or by hand) before landing;
# the test suite fails while any is left. The English file carries plural forms only.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
cd "$root"
"$lupdate" -locations relative -no-obsolete core ui app -ts resources/translations/channelstation_zh_CN.ts
"$lupdate" -locations relative -no-obsolete -pluralonly core ui app -ts resources/translations/channelstation_en.ts
