#!/usr/bin/env bash
# README's first command: install what is missing, build, create the demo
# workbook on first run (from data/, into the user's data directory) and open
# the workstation on it. Arguments are passed to the application.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

"$root/scripts/setup.sh"
"$root/scripts/build.sh"

app="${CS_BUILD_DIR:-$root/build}/app/channelstation"
datadir="${XDG_DATA_HOME:-$HOME/.local/share}/ChannelStation"
demo="$datadir/demo.cwb"
if [[ ! -f "$demo" ]]; then
  mkdir -p "$datadir"
  "$app" demo --data "$root/data" --db "$demo"
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  cat <<MSG
Built, and the demo workbook is ready: $demo
There is no display to open the window on. On a desktop, run scripts/run.sh again
from a graphical session; on a server, run it under a virtual display:
    xvfb-run -a -s "-screen 0 1600x1000x24" scripts/run.sh
MSG
  exit 0
fi

exec "$app" "$@" "$demo"
