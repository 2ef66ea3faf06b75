#!/bin/sh
# SPDX-FileCopyrightText: 2026 ChannelDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Receiver benchmark: `channeldesk serve` on loopback with a throw-away data directory, fed signed
# deliveries by channeldesk-bench-webhook. Prints maximum acknowledged deliveries/s, how long the
# conversation log then took to catch up with the acknowledgements, latency at a fixed 5,000
# deliveries/s (on a fresh store, once the maximum runs have grown it, and again after a sync), and
# the server's peak RSS.
# Usage: tests/bench/run-receiver-bench.sh [BUILD_DIR]   (default build/test)
set -eu
build=${1:-build/test}
bin="$build/src/app/channeldesk"
load="$build/tests/bench/channeldesk-bench-webhook"
data=$(mktemp -d)
port=${CHANNELDESK_BENCH_PORT:-18645}
trap 'kill "$server" 2>/dev/null || true; rm -rf "$data"' EXIT

secret=0123456789abcdef0123456789abcdef
cat >"$data/answers.json" <<JSON
{"messaging-whatsapp": {"name": "bench", "public_base_url": "https://bench.example.com",
 "phone_number_id": "106540352242922", "access_token": "EAA_BENCHMARK_TOKEN_NOT_REAL_000000000000000",
 "verify_token": "bench-verify-token-0000000000", "app_secret": "$secret"}}
JSON
"$bin" setup --answers "$data/answers.json" --no-keychain --data-dir "$data/state" >/dev/null
export CHANNELDESK_SECRET_BENCH_APP_SECRET=$secret CHANNELDESK_SECRET_BENCH_VERIFY_TOKEN=bench-verify-token-0000000000
start_server() {
    "$bin" serve --no-api --listen "127.0.0.1:$port" --data-dir "$data/state" 2>"$1" &
    server=$!
    for _ in $(seq 50); do
        if "$load" --port "$port" --phone-number-id 106540352242922 --app-secret "$secret" --connections 1 --seconds 0.05 >/dev/null 2>&1; then
            return
        fi
        sleep 0.1
    done
}

# The server's own CPU time (user + system, every thread) since $2, per acknowledged delivery;
# read after the catch-up, so it includes building the store and indexing for search.
cpu_ticks() {
    awk '{print $14 + $15}' "/proc/$1/stat"
}
cpu_per_delivery() {
    awk -v ticks="$(( $(cpu_ticks "$1") - $2 ))" -v hz="$(getconf CLK_TCK)" -v n="$3" \
        'BEGIN {printf "server CPU %.1f s, %.1f us per acknowledged delivery (after the catch-up)\n", ticks / hz, ticks / hz * 1e6 / n}'
}

# Server-side time per request (first byte to response queued), from serve's own log lines.
server_side() {
    grep -o "([0-9.]* ms)" "$1" | tr -d '()ms ' | sort -n |
        awk '{a[NR]=$1} END {printf "server-side ms p50=%s p99=%s p999=%s max=%s\n", a[int(NR*0.5)], a[int(NR*0.99)], a[int(NR*0.999)], a[NR]}'
}

# The journal's group commits (write + fsync) from /health: with n connections in flight a commit
# carries at most n deliveries, so n / mean commit time bounds the rate; prints how close it came.
group_commit() {
    health=$(curl -s "http://127.0.0.1:$port/health")
    field() { echo "$health" | sed -n "s/.*\"$1\":\([0-9.e+-]*\).*/\1/p"; }
    awk -v commits="$(field commits)" -v deliveries="$(field deliveries)" -v mean="$(field mean_ms)" \
        -v p99="$(field p99_ms)" -v max="$(field max_ms)" -v n="$1" -v rate="$2" 'BEGIN {
        bound = mean > 0 ? n * 1000 / mean : 0
        printf "group commit (write + fsync): %d commits, %.1f deliveries each, mean %.2f ms, p99 %.2f ms, max %.2f ms\n", commits, commits ? deliveries / commits : 0, mean, p99, max
        # Parenthesised: a bare ">" in printf arguments is awk output redirection.
        printf "fsync bound at %d connections: %.0f/s; reached %.0f %%\n", n, bound, (bound > 0 ? rate * 100 / bound : 0)
    }'
}

# Open-loop: delivery i is due at i/5000 s and goes out on the first idle connection; latency
# counts from when it was due. 64 connections let a short server stall queue fewer deliveries.
fixed_rate() {
    start_server "$data/$1.log"
    echo "== fixed rate 5000/s (64 connections, 10 s), $2"
    "$load" --port "$port" --phone-number-id 106540352242922 --app-secret "$secret" --connections 64 --seconds 10 --rate 5000
    server_side "$data/$1.log"
    kill -TERM "$server"
    wait "$server" || true
}

fixed_rate rate-fresh "fresh store"

if command -v wrk >/dev/null 2>&1; then
    # wrk (Debian package), a second, independent client for the maximum; its deliveries are
    # signed in advance and its requests formatted once.
    # 256 is the receiver's per-address connection limit.
    for connections in 32 128 256; do
        # Deliveries distinct from every earlier run's, and more than 10 s can send: a repeat is
        # only a duplicate to the store, which costs it far less.
        "$load" --phone-number-id 106540352242922 --app-secret "$secret" --wrk-script "$data/wrk.lua" --count 600000
        start_server "$data/wrk.log"
        echo "== maximum throughput with wrk (1 thread, $connections connections, 10 s, 600 000 distinct deliveries)"
        before=$(cpu_ticks "$server")
        wrk -t1 -c$connections -d10s --latency -s "$data/wrk.lua" "http://127.0.0.1:$port" >"$data/wrk.out"
        grep -E "requests in|Requests/sec|Non-2xx|Socket errors|^ +Latency|^ +(50|99)%" "$data/wrk.out"
        group_commit "$connections" "$(awk '/Requests\/sec/ {print $2}' "$data/wrk.out")"
        "$load" --port "$port" --catch-up
        cpu_per_delivery "$server" "$before" "$(awk '/requests in/ {print $1}' "$data/wrk.out")"
        server_side "$data/wrk.log"
        kill -TERM "$server"
        wait "$server" || true
    done
else
    echo "(wrk not installed: apt-get install wrk for the second throughput figure)"
fi

start_server "$data/max.log"
echo "== maximum throughput with channeldesk-bench-webhook (128 connections, 10 s)"
"$load" --port "$port" --phone-number-id 106540352242922 --app-secret "$secret" --connections 128 --seconds 10
server_side "$data/max.log"
echo "== server peak RSS"
grep VmHWM "/proc/$server/status"
kill -TERM "$server"
wait "$server" || true

fixed_rate rate-grown "store grown by the maximum runs"
# While the kernel still writes the maximum runs' gigabytes back, the journal's fsync waits behind
# that; once they are on disk the same store shows its steady state.
sync
fixed_rate rate-synced "grown store, after a sync"
echo "== stored messages"
"$bin" log --data-dir "$data/state" --json | wc -l
