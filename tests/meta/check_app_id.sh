#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check_app_id.sh SOURCE_DIR APP_ID: one reverse-DNS application id everywhere (STYLE.md): the
# .desktop file name and its Icon, the AppStream <id> and <launchable>, the icon file, the
# polkit action id.
# shellcheck source=tests/meta/meta_common.sh
source "$(dirname "$0")/meta_common.sh"
require_tool xmllint libxml2-utils
src=$1
id=$2
desktop="$src/resources/$id.desktop"
metainfo="$src/resources/$id.metainfo.xml"
icon="$src/resources/icons/$id.svg"
policy="$src/installer/$id.policy"
for f in "$desktop" "$metainfo" "$icon" "$policy"; do
    [[ -f $f ]] || fail "$f does not exist (application id $id)"
done

expect() { # expect WHAT ACTUAL EXPECTED
    [[ $2 == "$3" ]] || fail "$1 is '$2', expected '$3'"
    echo "ok: $1 = $2"
}
expect "Icon= in $desktop" "$(sed -n 's/^Icon=//p' "$desktop")" "$id"
expect "<id> in $metainfo" "$(xmllint --xpath 'string(/component/id)' "$metainfo")" "$id"
expect "<launchable> in $metainfo" \
    "$(xmllint --xpath 'string(/component/launchable[@type="desktop-id"])' "$metainfo")" "$id.desktop"
action=$(xmllint --xpath 'string(/policyconfig/action/@id)' "$policy")
[[ $action == "$id".* ]] || fail "polkit action id '$action' does not start with '$id.'"
echo "ok: polkit action $action"
