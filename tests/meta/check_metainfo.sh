#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check_metainfo.sh FILE: appstreamcli validate --no-net; any issue above "pedantic" fails.
# shellcheck source=tests/meta/meta_common.sh
source "$(dirname "$0")/meta_common.sh"
require_tool appstreamcli appstream
[[ -f $1 ]] || fail "$1 does not exist"
appstreamcli validate --no-net --strict --explain "$1" || fail "appstreamcli rejected $1"
