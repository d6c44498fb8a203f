#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check_polkit_policy.sh FILE: well-formed, valid against polkit's DTD, and granting exactly
# what DESIGN.md asks: portier-cli through pkexec, with administrator authentication.
# shellcheck source=tests/meta/meta_common.sh
source "$(dirname "$0")/meta_common.sh"
require_tool xmllint libxml2-utils
policy=$1
[[ -f $policy ]] || fail "$policy does not exist"
xmllint --noout "$policy" || fail "$policy is not well-formed XML"

# The DTD ships with polkitd; without it, check the elements the DTD requires ourselves.
dtd=/usr/share/polkit-1/policyconfig-1.dtd
if [[ -f $dtd ]]; then
    xmllint --noout --dtdvalid "$dtd" "$policy" || fail "$policy does not follow $dtd"
    echo "ok: valid against $dtd"
else
    echo "note: $dtd is not installed (package polkitd); checking the required elements only"
    for xpath in /policyconfig/action/description /policyconfig/action/message \
        /policyconfig/action/defaults; do
        [[ $(xmllint --xpath "count($xpath)" "$policy") -ge 1 ]] || fail "$policy lacks $xpath"
    done
fi

path=$(xmllint --xpath 'string(//annotate[@key="org.freedesktop.policykit.exec.path"])' "$policy")
[[ $path == */portier-cli ]] || fail "exec.path is '$path', expected the portier-cli binary"
for setting in allow_any allow_inactive allow_active; do
    value=$(xmllint --xpath "string(//defaults/$setting)" "$policy")
    [[ $value == auth_admin || $value == auth_admin_keep ]] ||
        fail "$setting is '$value': privileged collection must ask for administrator authentication"
done
echo "ok: $policy runs $path after administrator authentication"
