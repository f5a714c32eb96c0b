#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png from a real X window (Xvfb) with /work/shared/tools/xshot.
# Usage: tests/ui/screenshots.sh [BUILD_DIR]   (default: build-ui next to this repository's root)
# The first shot starts from an empty data folder (the first run writes and imports the demo
# archive); the others reuse that folder. Look at every PNG after running it.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build-ui}
app=$build/bin/proofdesk
xshot=${XSHOT:-/work/shared/tools/xshot}
out=$root/docs/screenshots
data=$(mktemp -d /tmp/proofdesk-shots-XXXXXX)
config=$(mktemp -d /tmp/proofdesk-shots-config-XXXXXX)
mkdir -p "$out"
export PROOFDESK_DATA=$data/data XDG_CONFIG_HOME=$config QT_LOGGING_RULES="proofdesk.*.debug=false"

shot() { # name seconds [keys [app options…]]
  local name=$1 wait=$2 keys=${3:-}
  shift $(( $# < 3 ? $# : 3 ))
  XSHOT_KEYS=$keys "$xshot" "$data/$name.png" "$wait" "$app" "$@" >/dev/null 2>&1
  # Small files for the repository: 1200 px wide, 8-bit palette.
  convert "$data/$name.png" -resize 1200x -colors 256 "PNG8:$out/$name.png"
  echo "$out/$name.png"
}

shot first-run 4                       # the progress dialog while the demo archive is written
# Let the first run finish (writing and importing 2,000 communications), then quit.
QT_QPA_PLATFORM=offscreen timeout 180 "$app" >"$data/first-run.log" 2>&1 & pid=$!
for _ in $(seq 1 180); do grep -q "window shown" "$data/first-run.log" && break; sleep 1; done
kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true

shot search-email 3 "ctrl+f type:garcia Escape Down"
shot pdf-letter 3 "ctrl+f type:channel:print Escape Down"
shot query-error 3 "ctrl+f type:garcia space type:(channel:print Escape"
shot template-history 3 "ctrl+f type:type:statement Escape Down ctrl+t"
shot dark-review 4 "ctrl+f type:garcia Escape Down" --theme dark
shot dark-compliance 8 "ctrl+shift+c" --theme dark
LANGUAGE=de LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 shot german 3 "ctrl+f type:schroder Escape Down"
rm -rf "$data" "$config"
