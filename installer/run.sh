#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# installer/run.sh [ARGS...]
#
# Makes the machine ready and the dev build current (installer/setup.sh dev), then starts the
# Portier console from build/dev, passing ARGS through.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$repo_root/installer/setup.sh" dev

app="$repo_root/build/dev/app/portier"
if [[ ! -x $app ]]; then
    printf '[run] error: %s was not built; see the build output above\n' "$app" >&2
    exit 1
fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    printf '[run] warning: no DISPLAY or WAYLAND_DISPLAY; on a machine without a desktop use\n' >&2
    printf '[run]          xvfb-run installer/run.sh, or portier-cli (build/dev/app/portier-cli)\n' >&2
fi
exec "$app" "$@"
