#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check_shell_scripts.sh SOURCE_DIR: shellcheck on every shell script git knows of (installer/,
# .ci/run, tests/): errors and warnings fail.
# shellcheck source=tests/meta/meta_common.sh
source "$(dirname "$0")/meta_common.sh"
require_tool shellcheck shellcheck
require_tool git git
src=$1
mapfile -t scripts < <(git -C "$src" ls-files --cached --others --exclude-standard -- '*.sh' '.ci/run')
((${#scripts[@]} > 0)) || fail "git lists no shell scripts in $src"
cd "$src" || fail "cannot enter $src"
existing=()
for s in "${scripts[@]}"; do
    [[ -f $s ]] && existing+=("$s")
done
# Errors and warnings fail; info and style notes (often deliberate, e.g. SC2016 for a script
# passed to bash -c) are printed by a second, non-failing pass.
shellcheck --severity=warning --external-sources --source-path=SCRIPTDIR "${existing[@]}" ||
    fail "shellcheck found problems"
shellcheck --external-sources --source-path=SCRIPTDIR "${existing[@]}" || true
echo "ok: shellcheck passed on ${existing[*]}"
