#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check_install_layout.sh BUILD_DIR [FILES...]: `cmake --install` into a scratch DESTDIR with
# prefix /usr puts FILES (relative to the prefix) in place, the polkit policy names the installed
# portier-cli, and the installed desktop file still validates.
# shellcheck source=tests/meta/meta_common.sh
source "$(dirname "$0")/meta_common.sh"
require_tool desktop-file-validate desktop-file-utils
build=$1
shift
stage=$(mktemp -d -t portier-install.XXXXXX)
trap 'rm -rf "$stage"' EXIT
DESTDIR="$stage" cmake --install "$build" --prefix /usr >"$stage.log" 2>&1 ||
    fail "cmake --install failed: $(cat "$stage.log")"
rm -f "$stage.log"
for f in "$@"; do
    [[ -e "$stage/usr/$f" ]] || fail "not installed: /usr/$f"
    echo "ok: /usr/$f"
done
policy="$stage/usr/share/polkit-1/actions/org.portier.Portier.policy"
grep -q '>/usr/bin/portier-cli</annotate>' "$policy" ||
    fail "the installed policy does not name /usr/bin/portier-cli: $(grep exec.path "$policy")"
installed_desktop="$stage/usr/share/applications/org.portier.Portier.desktop"
if ! out=$(desktop-file-validate "$installed_desktop" 2>&1) || [[ -n $out ]]; then
    fail "installed desktop file: $out"
fi
echo "ok: install layout"
