#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ChannelDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Hostile load for `channeldesk serve` (issue 18): many connections with large unsigned bodies, or
# slow-header (slowloris) connections, while the server's RSS is read from /proc/PID/status and a
# signed delivery checks that Meta still gets through. Used by run-flood-bench.sh.
#
#   flood-client.py bodies    --port P --pid PID --phone ID --secret S --connections N --mib M [--addresses A]
#   flood-client.py slowloris --port P --pid PID --phone ID --secret S --connections N [--addresses A]
import argparse
import hashlib
import hmac
import http.client
import json
import resource
import selectors
import socket
import time

CHUNK = 64 * 1024
# Meta's deliveries and the health probe come from an address of their own: the flood may use up
# its addresses' per-address connection limit (256), which is not what is measured.
OTHER_ADDRESS = "127.0.0.100"


def proc_status(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    return -1


def request(port, method, path, body=None, headers=None):
    """Status and body of one request from OTHER_ADDRESS, or the error's words as the status."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(OTHER_ADDRESS, 0))
    try:
        connection.request(method, path, body=body, headers=headers or {})
        reply = connection.getresponse()
        return reply.status, reply.read()
    except OSError as error:
        return f"{type(error).__name__}: {error}", b""
    finally:
        connection.close()


def health(port):
    status, body = request(port, "GET", "/health")
    return json.loads(body) if status == 200 else {}


def signed_delivery(args, wamid):
    body = json.dumps({"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{
        "field": "messages", "value": {"messaging_product": "whatsapp",
                                       "metadata": {"phone_number_id": args.phone},
                                       "messages": [{"from": "15550001111", "id": wamid, "timestamp": "1767225600",
                                                     "type": "text", "text": {"body": "signed"}}]}}]}]}).encode()
    signature = "sha256=" + hmac.new(args.secret.encode(), body, hashlib.sha256).hexdigest()
    started = time.monotonic()
    status, _ = request(args.port, "POST", f"/webhooks/whatsapp/{args.phone}", body,
                        {"Content-Type": "application/json", "X-Hub-Signature-256": signature})
    return status, (time.monotonic() - started) * 1000


def connect_all(args):
    addresses = [f"127.0.0.{i + 1}" for i in range(args.addresses)]
    conns = []
    for i in range(args.connections):
        sock = socket.socket()
        sock.bind((addresses[i % len(addresses)], 0))
        sock.setblocking(False)
        sock.connect_ex(("127.0.0.1", args.port))
        conns.append({"sock": sock, "sent": 0, "out": b"", "in": b"", "result": None, "opened": time.monotonic()})
    return conns


def outcome(conn):
    if conn["in"]:
        return conn["in"].split(b"\r\n", 1)[0].decode(errors="replace").split(" ")[1]
    return "closed"


def bodies(args):
    size = int(args.mib * 1024 * 1024)
    held = size - CHUNK  # all but the last chunk: the server holds the rest unverified
    conns = connect_all(args)
    headers = (f"POST /webhooks/whatsapp/{args.phone} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
               f"Content-Length: {size}\r\nX-Hub-Signature-256: sha256={'0' * 64}\r\n\r\n").encode()
    selector = selectors.DefaultSelector()
    for conn in conns:
        conn["out"] = headers
        selector.register(conn["sock"], selectors.EVENT_READ | selectors.EVENT_WRITE, conn)
    rss_idle = proc_status(args.pid, "VmRSS")
    peak = rss_idle
    started = time.monotonic()
    phase_end = held

    def pending():
        return [c for c in conns if c["result"] is None and (c["out"] or c["sent"] < phase_end)]

    def run(until):
        nonlocal peak
        deadline = time.monotonic() + until
        while time.monotonic() < deadline:
            waiting = pending()
            if not waiting and phase_end == held:
                break
            if phase_end == size and all(c["result"] is not None for c in conns):
                break
            for key, events in selector.select(timeout=0.05):
                conn = key.data
                if conn["result"] is not None:
                    continue
                try:
                    if events & selectors.EVENT_READ:
                        data = conn["sock"].recv(65536)
                        if not data:
                            raise ConnectionResetError
                        conn["in"] += data
                        if b"\r\n\r\n" in conn["in"]:
                            conn["result"] = outcome(conn)
                            selector.unregister(conn["sock"])
                            conn["sock"].close()
                            continue
                    if events & selectors.EVENT_WRITE:
                        if not conn["out"] and conn["sent"] < phase_end:
                            piece = min(CHUNK, phase_end - conn["sent"])
                            conn["out"] = b"x" * piece
                            conn["sent"] += piece
                        if conn["out"]:
                            written = conn["sock"].send(conn["out"])
                            conn["out"] = conn["out"][written:]
                except (ConnectionError, OSError):
                    conn["result"] = outcome(conn)
                    selector.unregister(conn["sock"])
                    conn["sock"].close()
            peak = max(peak, proc_status(args.pid, "VmRSS"))

    run(120)
    # Holding: let the server read what it will, then measure.
    settle = time.monotonic() + 3
    while time.monotonic() < settle:
        peak = max(peak, proc_status(args.pid, "VmRSS"))
        time.sleep(0.1)
    unverified = health(args.port).get("unverified_body_bytes")
    rss_holding = proc_status(args.pid, "VmRSS")
    flood_seconds = time.monotonic() - started
    signed = signed_delivery(args, "wamid.bench-flood-during")
    phase_end = size
    for conn in conns:
        if conn["result"] is None:
            selector.modify(conn["sock"], selectors.EVENT_READ | selectors.EVENT_WRITE, conn)
    run(60)
    counts = {}
    for conn in conns:
        counts[conn["result"] or "open"] = counts.get(conn["result"] or "open", 0) + 1
    print(json.dumps({
        "connections": args.connections, "addresses": args.addresses, "body_mib": args.mib,
        "rss_idle_mb": round(rss_idle / 1e6, 1), "rss_peak_mb": round(max(peak, proc_status(args.pid, "VmHWM")) / 1e6, 1),
        "rss_holding_mb": round(rss_holding / 1e6, 1),
        "unverified_body_mib": round(unverified / 1048576, 1) if unverified is not None else None,
        "flood_s": round(flood_seconds, 1), "outcomes": counts,
        "signed_during_flood": {"status": signed[0], "ms": round(signed[1], 1)},
        "rss_after_mb": round(proc_status(args.pid, "VmRSS") / 1e6, 1)}))


def slowloris(args):
    conns = connect_all(args)
    selector = selectors.DefaultSelector()
    for conn in conns:
        conn["out"] = f"POST /webhooks/whatsapp/{args.phone} HTTP/1.1\r\n".encode()
        selector.register(conn["sock"], selectors.EVENT_READ | selectors.EVENT_WRITE, conn)
    started = time.monotonic()
    signed = None
    next_trickle = started
    while any(c["result"] is None for c in conns) and time.monotonic() - started < args.hold:
        now = time.monotonic()
        if now >= next_trickle:
            # One more header byte a second from each: steady, never finishing.
            for conn in conns:
                if conn["result"] is None:
                    conn["out"] += b"X"
            next_trickle = now + 1
        if signed is None and now - started > 1:
            signed = signed_delivery(args, "wamid.bench-slowloris")
        for key, events in selector.select(timeout=0.05):
            conn = key.data
            if conn["result"] is not None:
                continue
            try:
                if events & selectors.EVENT_READ:
                    data = conn["sock"].recv(65536)
                    if not data:
                        raise ConnectionResetError
                    conn["in"] += data
                if events & selectors.EVENT_WRITE and conn["out"]:
                    written = conn["sock"].send(conn["out"])
                    conn["out"] = conn["out"][written:]
            except (ConnectionError, OSError):
                conn["result"] = time.monotonic() - conn["opened"]
                selector.unregister(conn["sock"])
                conn["sock"].close()
    held = sorted(c["result"] for c in conns if c["result"] is not None)
    still_open = sum(1 for c in conns if c["result"] is None)
    print(json.dumps({
        "connections": args.connections, "addresses": args.addresses,
        "closed": len(held), "closed_within_1s": sum(1 for h in held if h < 1),
        "still_open_after_s": args.hold if still_open else None, "still_open": still_open,
        "held_s_min": round(held[0], 2) if held else None,
        "held_s_median": round(held[len(held) // 2], 2) if held else None,
        "held_s_max": round(held[-1], 2) if held else None,
        "signed_during": {"status": signed[0], "ms": round(signed[1], 1)} if signed else None,
        "rss_peak_mb": round(proc_status(args.pid, "VmHWM") / 1e6, 1)}))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["bodies", "slowloris"])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--phone", required=True)
    parser.add_argument("--secret", required=True)
    parser.add_argument("--connections", type=int, default=256)
    parser.add_argument("--addresses", type=int, default=1)
    parser.add_argument("--mib", type=float, default=3)
    parser.add_argument("--hold", type=float, default=30, help="slowloris: give up after this many seconds")
    args = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, args.connections + 64)), hard))
    bodies(args) if args.mode == "bodies" else slowloris(args)


if __name__ == "__main__":
    main()
