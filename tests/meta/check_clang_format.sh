#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check_clang_format.sh SOURCE_DIR: every .cpp/.h git knows of (tracked, or new and not ignored)
# is formatted as .clang-format says, with clang-format 14 (STYLE.md: clang-format 14 options
# only; other versions format some constructs differently).
# shellcheck source=tests/meta/meta_common.sh
source "$(dirname "$0")/meta_common.sh"
src=$1

tool=clang-format-14
command -v "$tool" >/dev/null 2>&1 || tool=clang-format
require_tool "$tool" clang-format
version=$("$tool" --version)
[[ $version =~ version\ 14\. ]] || fail "need clang-format 14, found: $version. Run installer/setup.sh."
require_tool git git
git -C "$src" rev-parse --is-inside-work-tree >/dev/null 2>&1 ||
    fail "$src is not a git work tree: this check formats the tracked files"

# Tracked files plus new ones not yet added (not ignored): in CI's fresh clone that is exactly
# the tracked files; before a commit it includes the files about to be added.
mapfile -t files < <(git -C "$src" ls-files --cached --others --exclude-standard -- '*.cpp' '*.h')
((${#files[@]} > 0)) || fail "git lists no .cpp/.h files in $src"
unformatted=()
checked=0
for f in "${files[@]}"; do
    [[ -f "$src/$f" ]] || continue # deleted in the work tree, not yet in the index
    checked=$((checked + 1))
    if ! "$tool" --style=file "$src/$f" | cmp -s - "$src/$f"; then
        unformatted+=("$f")
    fi
done
echo "checked $checked files with $version"
if ((${#unformatted[@]})); then
    printf '  not formatted: %s\n' "${unformatted[@]}" >&2
    fail "${#unformatted[@]} file(s) differ from clang-format's output. Fix with: (cd $src && $tool -i ${unformatted[*]})"
fi
