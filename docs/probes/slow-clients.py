#!/usr/bin/env python3
"""Slow-client probe: N connections to a local shop that dribble one byte every few seconds, while /actuator/health
is timed once a second. Bounded in connections, time and target (loopback only); it stops by itself.

    python3 docs/probes/slow-clients.py --port 5000 --mode body --clients 220 --interval 4 --seconds 40 [--reconnect]

Modes: "headers" sends the request line and then one header byte at a time; "body" sends complete headers of a POST
with Content-Length 4000 and then one body byte at a time; "chunked" does the same with a chunked body.
"""
import argparse
import socket
import statistics
import threading
import time

HOSTS = {"localhost", "127.0.0.1", "::1"}


def slow_clients(host, port, mode, interval, deadline, reconnect, stats):
    while time.monotonic() < deadline:
        slow_client(host, port, mode, interval, deadline, stats)
        if not reconnect:
            return
        time.sleep(interval)


def slow_client(host, port, mode, interval, deadline, stats):
    try:
        sock = socket.create_connection((host, port), timeout=5)
    except OSError:
        stats["refused"] += 1
        time.sleep(interval)
        return
    stats["connected"] += 1
    sock.settimeout(0.2)
    if mode == "headers":
        head, drip = b"GET /api/orders?userId=3fa85f64-5717-4562-b3fc-2c963f66afa6 HTTP/1.1\r\nHost: localhost\r\n", b"X"
    elif mode == "body":
        head = (b"POST /api/orders HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                b"Content-Length: 4000\r\n\r\n")
        drip = b" "
    else:
        head = (b"POST /api/orders HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                b"Transfer-Encoding: chunked\r\n\r\n")
        drip = b"1\r\n \r\n"
    try:
        sock.sendall(head)
        while time.monotonic() < deadline:
            try:
                answer = sock.recv(1024)
                if answer == b"":
                    stats["closed by server"] += 1
                    return
                status = "answered " + answer[9:12].decode("ascii", "replace")
                stats[status] = stats.get(status, 0) + 1
                return
            except socket.timeout:
                pass
            time.sleep(interval)
            sock.sendall(drip)
        stats["still open at the end"] += 1
    except OSError:
        stats["closed by server"] += 1
    finally:
        sock.close()


def health(host, port):
    start = time.monotonic()
    try:
        with socket.create_connection((host, port), timeout=30) as sock:
            sock.settimeout(30)
            sock.sendall(b"GET /actuator/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            answer = sock.recv(64)
            ok = answer.startswith(b"HTTP/1.1 200")
    except OSError:
        ok = False
    return time.monotonic() - start, ok


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="localhost")
    parser.add_argument("--port", type=int, default=5000)
    parser.add_argument("--mode", choices=["headers", "body", "chunked"], default="body")
    parser.add_argument("--clients", type=int, default=220)
    parser.add_argument("--interval", type=float, default=4.0)
    parser.add_argument("--seconds", type=float, default=40.0)
    parser.add_argument("--reconnect", action="store_true", help="each client starts again when it was answered")
    args = parser.parse_args()
    if args.host not in HOSTS or not 0 < args.clients <= 1000 or not 0 < args.seconds <= 120:
        raise SystemExit("loopback only, at most 1000 clients and 120 seconds")
    stats = {"connected": 0, "refused": 0, "closed by server": 0, "still open at the end": 0}
    deadline = time.monotonic() + args.seconds
    threads = [threading.Thread(target=slow_clients, daemon=True,
                                args=(args.host, args.port, args.mode, args.interval, deadline, args.reconnect, stats))
               for _ in range(args.clients)]
    for thread in threads:
        thread.start()
    time.sleep(1)
    latencies, failures = [], 0
    while time.monotonic() < deadline - 1:
        took, ok = health(args.host, args.port)
        latencies.append(took)
        failures += 0 if ok else 1
        time.sleep(max(0.0, 1 - took))
    for thread in threads:
        thread.join(timeout=args.interval + 2)
    print(f"mode={args.mode} clients={args.clients} interval={args.interval}s seconds={args.seconds} "
          f"reconnect={args.reconnect}: {stats}")
    print(f"health: {len(latencies)} calls, {failures} not 200, median {statistics.median(latencies) * 1000:.0f} ms, "
          f"max {max(latencies) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
