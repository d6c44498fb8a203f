#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# installer/setup.sh [--deps-only] [PRESET]
#
# Makes a Debian 12 machine ready to build, run and test Portier, then configures and builds
# the CMake preset PRESET (default: dev; see CMakePresets.json) incrementally.
# Idempotent: on a ready machine it does no apt work at all (packages are checked with
# dpkg-query first) and the build is an incremental ninja run.
# Runs as root, or as a user with sudo (asked for only when a package is missing).
#
# Environment: PORTIER_BUILD_JOBS=N passes --parallel N to the build (default: ninja's choice).
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Debian 12 packages, one group per purpose. Add to the group your code needs.
packages=(
    # toolchain and build
    build-essential cmake ninja-build pkg-config git
    clang libclang-rt-14-dev # the fuzz preset (libFuzzer) and clang builds
    # Qt 6.4 (Core, Gui, Widgets, Network, Concurrent, DBus, Test), Linguist, SVG icon plugins
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n # Qt's own strings (qtbase_*.qm) in the user's language
    libqt6svg6 libgl-dev qtkeychain-qt6-dev
    # libraries the backends use
    libkrb5-dev libldap-dev libarchive-dev libre2-dev libini-config-dev
    # ZooKeeper: the system C client (fallback), and what installer/deps/build-zookeeper-client.sh
    # needs to build the SASL-enabled one from Debian's source package (DESIGN.md, Decisions 2)
    libzookeeper-mt-dev libsasl2-dev libsasl2-modules-gssapi-mit dpkg-dev
    # real servers and oracles for the integration tests (MIT KDC, kadmin.local, klist, kinit)
    krb5-kdc krb5-admin-server krb5-user
    # ZooKeeper 3.8 server (Java), zkCli.sh and the zookeeper-jute jar; gnome-keyring for QtKeychain
    zookeeper default-jre-headless gnome-keyring dbus
    # UI tests and README screenshots under Xvfb
    xvfb xauth imagemagick xdotool fonts-dejavu-core
    # tests/meta: format, desktop file, AppStream, polkit policy and shell script checks
    clang-format clazy desktop-file-utils appstream libxml2-utils shellcheck
)

say() { printf '[setup] %s\n' "$*"; }
die() {
    printf '[setup] error: %s\n' "$*" >&2
    exit 1
}

usage() {
    sed -n '4,12s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

deps_only=0
preset=dev
while (($#)); do
    case "$1" in
    --deps-only) deps_only=1 ;;
    -h | --help)
        usage
        exit 0
        ;;
    -*) die "unknown option '$1' (see installer/setup.sh --help)" ;;
    *) preset=$1 ;;
    esac
    shift
done

if [[ -r /etc/os-release ]]; then
    # shellcheck disable=SC1091
    . /etc/os-release
    if [[ "${ID:-}" != debian || "${VERSION_ID:-}" != 12 ]]; then
        say "warning: this script targets Debian 12; this is ${PRETTY_NAME:-an unknown system}"
    fi
fi

# Packages whose status is not "installed" ("ii"). One dpkg-query call; unknown names are
# reported as missing too.
missing_packages() {
    local status
    status=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${packages[@]}" 2>/dev/null || true)
    local p
    for p in "${packages[@]}"; do
        if ! grep -qE "^${p//+/\\+}(:[a-z0-9]+)? ii" <<<"$status"; then
            printf '%s\n' "$p"
        fi
    done
}

# Runs "$@" with its output appended to the log file $1; on failure shows the log's end and exits.
run_logged() {
    local log=$1
    shift
    if ! "$@" >>"$log" 2>&1; then
        tail -n 40 "$log" >&2
        die "'$*' failed; the whole output is in $log"
    fi
}

# Runs "$@" as root: directly when we are root, else through sudo. Without either, explain.
as_root() {
    if ((EUID == 0)); then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        if ! sudo -n true 2>/dev/null && [[ ! -t 0 ]]; then
            die "installing packages needs root, and sudo wants a password but there is no terminal. Run: sudo installer/setup.sh"
        fi
        sudo "$@"
    else
        die "installing packages needs root. Run this script as root (su -c installer/setup.sh), or install sudo."
    fi
}

install_packages() {
    local -a missing=("$@")
    say "installing ${#missing[@]} Debian package(s): ${missing[*]}"

    # krb5-config asks for the machine's default realm and KDCs. Portier's tests never use the
    # machine's Kerberos (fixtures set KRB5_CONFIG), so keep any existing /etc/krb5.conf and add
    # nothing to it; with these answers apt never prompts, whatever the debconf frontend.
    as_root debconf-set-selections <<'EOF'
krb5-config krb5-config/read_conf boolean true
krb5-config krb5-config/add_servers boolean false
EOF

    # Installing krb5-kdc / krb5-admin-server must not start or wait for services: the tests
    # run their own KDC. A policy-rc.d that denies every start is put in place only when the
    # machine has none, and removed again afterwards.
    local policy=/usr/sbin/policy-rc.d added_policy=0
    if [[ ! -e $policy ]]; then
        as_root sh -c "printf '#!/bin/sh\n# installer/setup.sh: no service starts during package installation\nexit 101\n' > $policy && chmod 755 $policy"
        added_policy=1
        # shellcheck disable=SC2064 # expand now: the trap must remove exactly this file
        trap "as_root rm -f $policy" EXIT
    fi

    local -a apt=(env DEBIAN_FRONTEND=noninteractive apt-get -q -y
        -o DPkg::Lock::Timeout=600
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
    local log
    log=$(mktemp -t portier-setup-apt.XXXXXX.log)
    say "apt-get update (log: $log)"
    run_logged "$log" as_root "${apt[@]}" update
    say "apt-get install; a fresh machine takes several minutes (log: $log)"
    run_logged "$log" as_root "${apt[@]}" install --no-install-recommends "${missing[@]}"
    rm -f "$log"

    if ((added_policy)); then
        as_root rm -f "$policy"
        trap - EXIT
    fi
}

start=$SECONDS
mapfile -t missing < <(missing_packages)
if ((${#missing[@]})); then
    install_packages "${missing[@]}"
    mapfile -t still_missing < <(missing_packages)
    ((${#still_missing[@]} == 0)) || die "still not installed after apt-get: ${still_missing[*]}"
else
    say "all ${#packages[@]} Debian packages are installed; no apt work needed"
fi

# The SASL-enabled ZooKeeper C client, into build/deps/zookeeper (skipped when current).
# PORTIER_ZOOKEEPER_SASL=0 skips it: CMake then uses the system libzookeeper-mt.
if [[ "${PORTIER_ZOOKEEPER_SASL:-1}" != 0 ]]; then
    "$repo_root/installer/deps/build-zookeeper-client.sh"
fi

if ((deps_only)); then
    say "done in $((SECONDS - start)) s (--deps-only: not building)"
    exit 0
fi

cd "$repo_root"
grep -q "\"name\": *\"$preset\"" CMakePresets.json ||
    die "no preset '$preset' in CMakePresets.json (try dev, ci, asan or fuzz)"

build_args=()
if [[ -n "${PORTIER_BUILD_JOBS:-}" ]]; then
    build_args+=(--parallel "$PORTIER_BUILD_JOBS")
fi

say "configuring preset '$preset' (build/$preset)"
configure_log=$(mktemp -t portier-setup-configure.XXXXXX.log)
run_logged "$configure_log" cmake --preset "$preset"
rm -f "$configure_log"
say "building preset '$preset'"
cmake --build --preset "$preset" "${build_args[@]}"
say "done in $((SECONDS - start)) s"
