#!/bin/sh
# report-png.sh -- render an HTML report to a PNG in headless Chromium, to
# see it as a mail client would (no scripts, no network).
#
#   contrib/report-png.sh demo-out/reports/1/eu.html eu.png [WIDTH]
#
# Needs Debian's chromium package (apt-get install chromium).
set -eu
[ $# -ge 2 ] || { echo "usage: contrib/report-png.sh REPORT.html OUT.png [WIDTH]" >&2; exit 2; }
in=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=$2
width=${3:-860}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "report-png.sh: chromium not found (apt-get install chromium)" >&2; exit 1; }
# --no-sandbox: Chromium refuses to run as root with its sandbox, and the
# page is our own file (no scripts, no external resources; report.sh
# checks that).
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
	--window-size="$width,2400" --screenshot="$out" "file://$in" \
	>/dev/null 2>&1
[ -s "$out" ] || { echo "report-png.sh: chromium wrote no $out" >&2; exit 1; }
echo "$out"
