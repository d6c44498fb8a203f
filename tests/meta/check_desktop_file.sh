#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check_desktop_file.sh FILE: desktop-file-validate, errors, warnings and hints all fail.
# shellcheck source=tests/meta/meta_common.sh
source "$(dirname "$0")/meta_common.sh"
require_tool desktop-file-validate desktop-file-utils
[[ -f $1 ]] || fail "$1 does not exist"
out=$(desktop-file-validate "$1" 2>&1) || fail "desktop-file-validate rejected $1: $out"
[[ -z $out ]] || fail "desktop-file-validate reported issues in $1: $out"
echo "$1: valid"
