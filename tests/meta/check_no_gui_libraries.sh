#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check_no_gui_libraries.sh BINARY: portier-cli loads Qt Core but never Qt Gui or Widgets, so it
# runs on a server without display libraries (DESIGN.md).
# shellcheck source=tests/meta/meta_common.sh
source "$(dirname "$0")/meta_common.sh"
require_tool ldd libc-bin
binary=$1
[[ -x $binary ]] || fail "$binary is not built"
libs=$(ldd "$binary") || fail "ldd $binary failed: $libs"
grep -q 'libQt6Core\.so' <<<"$libs" || fail "ldd shows no libQt6Core for $binary: $libs"
if grep -E 'libQt6(Gui|Widgets|OpenGL)' <<<"$libs"; then
    fail "$binary links the Qt libraries above; link only portier_backends and Qt Core"
fi
grep -i 'qt6' <<<"$libs"
echo "ok: no Qt Gui or Widgets in $binary"
