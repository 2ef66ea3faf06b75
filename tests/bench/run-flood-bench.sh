#!/bin/sh
# SPDX-FileCopyrightText: 2026 ChannelDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Hostile-traffic benchmark (issue 18, findings 1 and 4): `channeldesk serve` on loopback with a
# throw-away data directory, flooded by tests/bench/flood-client.py with large unsigned bodies (all
# but their last 64 KiB sent, then held) from one address and from four (127.0.0.1-4), first with
# the default caps on unverified body memory, then at their smallest (what the flood costs besides
# the bodies) and raised to 1024 MiB (what it takes without a cap that bites); then slow-header (slowloris) connections. Each run prints one
# JSON line: the server's RSS idle, at its peak (VmHWM) and while the bodies are held, how the
# connections ended (HTTP status or "closed"), and a signed delivery sent during the flood.
# Usage: tests/bench/run-flood-bench.sh [BUILD_DIR]   (default build/dev)
set -eu
build=${1:-build/dev}
bin="$build/src/app/channeldesk"
client="$(dirname "$0")/flood-client.py"
data=$(mktemp -d)
port=${CHANNELDESK_BENCH_PORT:-18646}
phone=106540352242922
secret=0123456789abcdef0123456789abcdef
server=
trap 'kill "$server" 2>/dev/null || true; rm -rf "$data"' EXIT

cat >"$data/answers.json" <<JSON
{"messaging-whatsapp": {"name": "bench", "public_base_url": "https://bench.example.com",
 "phone_number_id": "$phone", "access_token": "EAA_BENCHMARK_TOKEN_NOT_REAL_000000000000000",
 "verify_token": "bench-verify-token-0000000000", "app_secret": "$secret"}}
JSON
"$bin" setup --answers "$data/answers.json" --no-keychain --data-dir "$data/state" >/dev/null
export CHANNELDESK_SECRET_BENCH_APP_SECRET=$secret CHANNELDESK_SECRET_BENCH_VERIFY_TOKEN=bench-verify-token-0000000000

# $1 total MiB, $2 per-address MiB (settings.ini; empty: the defaults)
start_server() {
    settings="$data/state/settings.ini"
    sed -i '/^unverifiedBody/d' "$settings" 2>/dev/null || true
    if [ -n "$1" ]; then
        grep -q '^\[receiver\]' "$settings" 2>/dev/null || printf '[receiver]\n' >>"$settings"
        sed -i "/^\[receiver\]/a unverifiedBodyMiB=$1\nunverifiedBodyPerAddressMiB=$2" "$settings"
    fi
    rm -f "$data/serve.log" # a new one: the last run's "Listening on" must not count
    "$bin" serve --no-api --listen "127.0.0.1:$port" --data-dir "$data/state" 2>"$data/serve.log" &
    server=$!
    for _ in $(seq 100); do
        grep -q "Listening on" "$data/serve.log" 2>/dev/null && return
        sleep 0.1
    done
    echo "serve did not start:" >&2
    cat "$data/serve.log" >&2
    exit 1
}
stop_server() {
    kill -TERM "$server"
    wait "$server" || true
    server=
}
run() {
    python3 "$client" "$@" --port "$port" --pid "$server" --phone "$phone" --secret "$secret"
}

# The smallest caps show what the flood costs besides the bodies (connection buffers, rejections).
for caps in "default" "4 4" "1024 1024"; do
    if [ "$caps" = default ]; then
        echo "== default caps (64 MiB in all, 16 MiB per address)"
        total= ; per=
    else
        total=${caps% *}; per=${caps#* }
        echo "== caps $total MiB in all, $per MiB per address"
    fi
    start_server "$total" "$per"
    run bodies --connections 256 --mib 3 --addresses 1
    stop_server
    start_server "$total" "$per"
    run bodies --connections 1024 --mib 3 --addresses 4
    stop_server
done

echo "== slowloris, default settings (headers due within 5 s)"
start_server "" ""
run slowloris --connections 1000 --addresses 4 --hold 30
stop_server
