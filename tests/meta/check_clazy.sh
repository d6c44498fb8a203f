#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check_clazy.sh SOURCE_DIR BUILD_DIR: clazy's level 0 and level 1 checks (the Qt-specific
# mistakes: detaching range loops, missing references, old-style connects, ...) on every tracked
# .cpp of the product, using the build's compile_commands.json. Any clazy warning fails.
# shellcheck source=tests/meta/meta_common.sh
source "$(dirname "$0")/meta_common.sh"
require_tool clazy-standalone clazy
require_tool git git
src=$1
build=$2
[[ -f $build/compile_commands.json ]] || fail "$build/compile_commands.json is missing (CMAKE_EXPORT_COMPILE_COMMANDS)"
mapfile -t files < <(git -C "$src" ls-files 'backends/*.cpp' 'models/*.cpp' 'ui/*.cpp' 'app/*.cpp')
((${#files[@]} > 0)) || fail "no sources found under $src"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
for f in "${files[@]}"; do
    # A file clang cannot compile (a -Werror warning clazy's clang knows and GCC does not) is
    # reported like a warning, and the remaining files are still checked: one run shows all.
    if ! clazy-standalone -p "$build" --checks=level0,level1 "$src/$f" >"$log" 2>&1; then
        cat "$log"
        echo "FAIL: clazy could not analyse $f"
        status=1
    elif grep -E 'warning: .*\[-Wclazy-' "$log"; then
        status=1
    fi
done
((status == 0)) || fail "clazy reports the problems above; fix them (see https://github.com/KDE/clazy)"
echo "ok: clazy level0+level1 clean on ${#files[@]} files"
