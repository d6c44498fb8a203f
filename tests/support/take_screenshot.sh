#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the README screenshot of the Kerberos pane: builds portier and the screenshot session
# tool, starts a real MIT KDC with a few tickets (tests/ui/screenshot_session.cpp), runs the
# console under Xvfb in that environment and captures the screen with ImageMagick's import.
#
#   tests/support/take_screenshot.sh [OUTPUT.png]
#
# With xdotool installed, a second picture (OUTPUT-evidence.png, e.g. kerberos-evidence.png
# beside kerberos-pane.png) shows the evidence view after a kinit with a wrong password, typed
# into the Get Ticket dialog as a person would.
#
# Needs: xvfb (xvfb-run), imagemagick (import), krb5-kdc, krb5-user, and a build toolchain;
# xdotool for the second picture.
# BUILD_DIR overrides the build directory (default build/screenshot, a Release build).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${BUILD_DIR:-$root/build/screenshot}"
output="$(realpath -m "${1:-$root/docs/screenshots/kerberos-pane.png}")"
settle="${SCREENSHOT_SETTLE_SECONDS:-5}"

for tool in xvfb-run import cmake; do
    command -v "$tool" >/dev/null || { echo "take_screenshot.sh: $tool is missing" >&2; exit 2; }
done

if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "$build" --target portier portier_screenshot_session

mkdir -p "$(dirname "$output")"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT

# Inside the session: a fresh settings directory (no remembered geometry), the window filling
# the virtual screen, a few seconds for the first listing to arrive, then the capture.
capture='
    "$PORTIER" -qwindowgeometry 1400x900+0+0 &
    pid=$!
    sleep "$SETTLE"
    import -window root "$OUTPUT"
    if command -v xdotool >/dev/null; then
        window=$(xdotool search --name "^Portier\$" | head -n 1)
        xdotool windowfocus "$window"
        sleep 0.5
        xdotool key ctrl+t
        sleep 1.5
        xdotool type --delay 30 "not-the-password"
        xdotool key Return
        sleep 3
        import -window root "$EVIDENCE"
    fi
    kill "$pid"
    wait "$pid" || true
'
evidence="${output%.png}"
evidence="${evidence%-pane}-evidence.png"
XDG_CONFIG_HOME="$home" PORTIER="$build/app/portier" OUTPUT="$output" EVIDENCE="$evidence" \
    SETTLE="$settle" \
    LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1400x900x24" \
    "$build/tests/ui/portier_screenshot_session" -- bash -c "$capture"

echo "Screenshot written to $output"
if [[ -f "$evidence" ]]; then
    echo "Screenshot written to $evidence"
fi
