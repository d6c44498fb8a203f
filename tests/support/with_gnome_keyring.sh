#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command (a keychain test) against a private, unlocked GNOME Keyring:
#
#   dbus-run-session -- tests/support/with_gnome_keyring.sh COMMAND [ARGS...]
#
# HOME and the XDG directories point into a fresh temporary directory, which is removed
# afterwards, so the user's own keyring is never read or written. The script refuses to run on a
# bus where a Secret Service already answers (i.e. the desktop session's bus instead of the
# private one dbus-run-session starts). The keyring's password is "test" unless
# PORTIER_KEYRING_PASSWORD says otherwise; the command sees PORTIER_PRIVATE_KEYRING_HOME.
set -eu

if [ $# -lt 1 ]; then
    echo "usage: dbus-run-session -- $0 COMMAND [ARGS...]" >&2
    exit 2
fi
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "$0: no D-Bus session bus; run this under dbus-run-session" >&2
    exit 2
fi
for tool in dbus-send dbus-update-activation-environment gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool is not installed (packages dbus-bin, gnome-keyring)" >&2
        exit 2
    fi
done

name_has_owner() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q 'boolean true'
}

if name_has_owner org.freedesktop.secrets; then
    echo "$0: a Secret Service already runs on this bus ($DBUS_SESSION_BUS_ADDRESS);" \
        "refusing to touch it. Run this under dbus-run-session." >&2
    exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/portier-keyring.XXXXXX")
daemon=
# shellcheck disable=SC2317 # run from the EXIT trap
cleanup() {
    if [ -n "$daemon" ]; then
        kill "$daemon" 2>/dev/null || true
        wait "$daemon" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export HOME="$tmp/home"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$tmp" "$XDG_RUNTIME_DIR"
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
# Anything the private bus starts on demand gets the same private directories (no --systemd: the
# user's systemd manager is left alone).
dbus-update-activation-environment HOME XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME \
    XDG_RUNTIME_DIR

# --unlock reads the password from stdin and creates the login keyring with it.
printf '%s' "${PORTIER_KEYRING_PASSWORD:-test}" |
    gnome-keyring-daemon --foreground --unlock --components=secrets \
        >"$tmp/keyring.env" 2>"$tmp/keyring.log" &
daemon=$!

# Wait until the daemon owns the Secret Service name (readiness, not a timing assertion).
tries=0
until name_has_owner org.freedesktop.secrets; do
    tries=$((tries + 1))
    if [ "$tries" -gt 300 ] || ! kill -0 "$daemon" 2>/dev/null; then
        echo "$0: gnome-keyring-daemon did not register org.freedesktop.secrets:" >&2
        cat "$tmp/keyring.log" >&2
        exit 1
    fi
    sleep 0.1
done

export PORTIER_PRIVATE_KEYRING_HOME="$HOME"
status=0
"$@" || status=$?
exit "$status"
