#!/bin/sh
# SPDX-FileCopyrightText: 2026 ChannelDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One-step set-up on Debian 12: installs what is missing, builds, then runs ChannelDesk or the
# whole test suite.   Usage: packaging/debian/dev-setup.sh run|test [channeldesk arguments...]
# `sanitize` builds the core library alone (CHANNELDESK_CORE_ONLY, which proves it needs no
# Widgets) with AddressSanitizer and UndefinedBehaviorSanitizer in build/sanitize and runs the
# core tests there; any finding fails them. .ci/run runs it after `test`.
set -eu

mode=${1:-}
[ $# -gt 0 ] && shift
case "$mode" in
run | test | sanitize) ;;
*)
    echo "usage: $0 run|test|sanitize [arguments for channeldesk]" >&2
    exit 2
    ;;
esac

cd "$(dirname "$0")/../.."

build_packages="cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools qt6-websockets-dev
    qtkeychain-qt6-dev libsecret-1-0 qt6-translations-l10n libqrencode-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libmicrohttpd-dev libssl-dev libsqlite3-dev libsimdjson-dev qt6-image-formats-plugins"
test_packages="dbus gnome-keyring libzbar-dev desktop-file-utils appstream openssl"

packages=$build_packages
[ "$mode" != run ] && packages="$packages $test_packages"

missing=""
for package in $packages; do
    if ! dpkg-query -W -f '${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
if [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    echo "Installing:$missing"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086 # word splitting of the package list is intended
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
fi

build_dir=${CHANNELDESK_BUILD_DIR:-build/$mode}
jobs=$(nproc)
if [ "$mode" = run ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF
    cmake --build "$build_dir" --parallel "$jobs"
    exec "$build_dir/src/app/channeldesk" "$@"
fi

# The test builds keep line tables only (-g1): enough for every backtrace and sanitizer report,
# and each of the ~190 test executables links most of the static core, so full debug info
# (-g) made build/test 17 GB and build/sanitize 11 GB, more than a CI disk may have free.
if [ "$mode" = sanitize ]; then
    # Debug: the sanitizers find the same things at -O0, and it compiles much faster on 2 cores.
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCHANNELDESK_WERROR=ON \
        -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DCHANNELDESK_CORE_ONLY=ON "-DCHANNELDESK_SANITIZERS=address;undefined"
    # Every finding stops the test with a non-zero exit (with -fno-sanitize-recover, see CMakeLists.txt).
    export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
    export LSAN_OPTIONS="suppressions=$PWD/tests/data/sanitizers/lsan.supp:print_suppressions=0"
    set -- -L core
else
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHANNELDESK_WERROR=ON \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG"
    set --
fi
cmake --build "$build_dir" --parallel "$jobs"

# The keychain tests need a real Secret Service: a private D-Bus session with an unlocked
# gnome-keyring and throw-away XDG directories, so the user's own keychain is never touched.
export CHANNELDESK_BUILD_DIR="$build_dir"
exec dbus-run-session -- sh -c '
    export XDG_DATA_HOME="$(mktemp -d)" XDG_RUNTIME_DIR="$(mktemp -d)" XDG_CONFIG_HOME="$(mktemp -d)" XDG_CACHE_HOME="$(mktemp -d)"
    chmod 700 "$XDG_RUNTIME_DIR"
    eval "$(printf channeldesk-tests | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
    ctest --test-dir "$CHANNELDESK_BUILD_DIR" --output-on-failure --timeout 600 "$@"' sh "$@"
