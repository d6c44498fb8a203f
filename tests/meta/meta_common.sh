# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Sourced by the tests/meta checks. A missing tool is a failure, never a skip.
set -euo pipefail

fail() {
    printf 'FAIL: %s\n' "$*" >&2
    exit 1
}

# require_tool COMMAND PACKAGE
require_tool() {
    command -v "$1" >/dev/null 2>&1 ||
        fail "'$1' is not installed (Debian package $2). Run installer/setup.sh to install every tool the tests need."
}
