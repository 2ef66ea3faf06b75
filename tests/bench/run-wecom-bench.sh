#!/bin/sh
# SPDX-FileCopyrightText: 2026 ChannelDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# WeCom receiver benchmark: `channeldesk serve` on loopback with a Cloud API channel and a WeCom
# app. channeldesk-bench-webhook sends, in turn, Meta's signed POSTs and WeCom's encrypted,
# signed callbacks as fast as 32 and 128 connections go (each acknowledged after the journal's
# durable commit), then WeCom callbacks at a fixed 1,000/s for the latency. Prints the rates side
# by side, so the WeCom figure reads against the Cloud API receiver's on the same machine and disk.
# Usage: tests/bench/run-wecom-bench.sh [BUILD_DIR]   (default build/test)
set -eu
build=${1:-build/test}
bin="$build/src/app/channeldesk"
load="$build/tests/bench/channeldesk-bench-webhook"
data=$(mktemp -d)
port=${CHANNELDESK_BENCH_PORT:-18646}
trap 'kill "$server" 2>/dev/null || true; rm -rf "$data"' EXIT

secret=0123456789abcdef0123456789abcdef
token=benchToken1
key=jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C
corp=wwbe0c4b0e0c4b0e0c
cat >"$data/answers.json" <<JSON
{"messaging-whatsapp": {"name": "bench", "public_base_url": "https://bench.example.com",
 "phone_number_id": "106540352242922", "access_token": "EAA_BENCHMARK_TOKEN_NOT_REAL_000000000000000",
 "verify_token": "bench-verify-token-0000000000", "app_secret": "$secret"},
 "messaging-wecom": {"name": "wecom", "corp_id": "$corp", "agent_id": "1000002",
 "corp_secret": "benchSecret0123456789abcdefghijklmnopqrstuv", "token": "$token",
 "encoding_aes_key": "$key", "public_base_url": "https://bench.example.com", "allow_all_users": true}}
JSON
"$bin" setup --answers "$data/answers.json" --no-keychain --data-dir "$data/state" >/dev/null
export CHANNELDESK_SECRET_BENCH_APP_SECRET=$secret CHANNELDESK_SECRET_BENCH_VERIFY_TOKEN=bench-verify-token-0000000000
export CHANNELDESK_SECRET_WECOM_TOKEN=$token CHANNELDESK_SECRET_WECOM_ENCODING_AES_KEY=$key
export CHANNELDESK_SECRET_WECOM_CORP_SECRET=benchSecret0123456789abcdefghijklmnopqrstuv
wecom="--wecom-channel wecom --wecom-token $token --wecom-key $key --wecom-corp $corp"

"$bin" serve --no-api --listen "127.0.0.1:$port" --data-dir "$data/state" 2>"$data/serve.log" &
server=$!
for _ in $(seq 50); do
    # shellcheck disable=SC2086
    if "$load" --port "$port" $wecom --connections 1 --seconds 0.05 >/dev/null 2>&1; then
        break
    fi
    sleep 0.1
done

for connections in 32 128; do
    echo "== Cloud API POSTs, maximum ($connections connections, 10 s)"
    "$load" --port "$port" --phone-number-id 106540352242922 --app-secret "$secret" --connections "$connections" --seconds 10
    echo "== WeCom callbacks, maximum ($connections connections, 10 s)"
    # shellcheck disable=SC2086
    "$load" --port "$port" $wecom --connections "$connections" --seconds 10
done
echo "== WeCom callbacks at a fixed 1000/s (32 connections, 10 s)"
# shellcheck disable=SC2086
"$load" --port "$port" $wecom --connections 32 --seconds 10 --rate 1000
"$load" --port "$port" --catch-up
echo "== server peak RSS"
grep VmHWM "/proc/$server/status"
kill -TERM "$server"
wait "$server" || true
echo "== stored WeCom messages"
"$bin" log --data-dir "$data/state" --channel wecom --json | wc -l
