"""Load on loopback: do the Slack endpoint and the web inbox keep serving while idle and oversized connections hit them?

    python benchmarks/perf/http_load.py [--requests 200] [--idle 50] [--oversized 20] [--json]

One server process runs both front ends as shipped (``SlackChannel.http_server()`` and the web
inbox under ``asksafe.adapters.http.uvicorn_config``) over one SQLite inbox. This process then:

1. unloaded: sends valid requests to each, one at a time (a signed Slack event; an
   authenticated ``GET /`` of the inbox), and records each latency;
2. loaded: a separate process opens ``--idle`` idle connections to each server (half of them stop mid-header; a closed
   one is reopened at once) and keeps ``--oversized`` unauthenticated uploads of 50 MB running
   against each, then sends the same valid requests again, plus forged ones (bad signature, bad
   token, no token) that must all be refused.

It prints p50/p99 per phase and the loaded/unloaded p99 ratio (the issue's bar: within 2x), the
number of valid requests that failed, and the number of forged requests that were accepted (must
be 0). The two phases alternate ``--rounds`` times (``--requests`` in all per phase and endpoint), so
drift on a shared machine falls on both. Ratios, not absolute times: the CPU is shared. Bounded: a few thousand requests, ~1 minute.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

SIGNING_SECRET = "load-test-signing-secret-0123456789"
TOKEN = "tok-load-0123456789abcdef"
BIG = 50 * 1024 * 1024


# ── the server process ──────────────────────────────────────────────────────


def _serve(db: str) -> None:
    import uvicorn
    from slack_sdk import WebClient

    from asksafe.adapters.http import HttpLimits, uvicorn_config
    from asksafe.adapters.slack import SlackChannel
    from asksafe.adapters.web import create_app
    from asksafe.inbox import Inbox

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))
    from slack_fake import BOT_TOKEN, FakeSlack  # Slack's Web API on loopback (bolt calls auth.test at start)

    fake = FakeSlack().__enter__()
    inbox = Inbox(db)
    slack = SlackChannel(inbox, channel="C0LOAD", signing_secret=SIGNING_SECRET, allowed_users=["U0ANA"],
                         client=WebClient(token=BOT_TOKEN, base_url=fake.base_url), process_before_response=True)
    servers = [slack.http_server(port=0),
               uvicorn.Server(uvicorn_config(create_app(inbox, {TOKEN: "ana"}), port=0, limits=HttpLimits()))]
    threads = [threading.Thread(target=s.run, daemon=True) for s in servers]
    for s in servers:
        s.install_signal_handlers = lambda: None  # type: ignore[method-assign]
    for t in threads:
        t.start()
    while not all(s.started for s in servers):
        time.sleep(0.05)
    ports = [s.servers[0].sockets[0].getsockname()[1] for s in servers]
    print(json.dumps({"slack": ports[0], "web": ports[1]}), flush=True)
    sys.stdin.read()  # until the parent closes our stdin


# ── requests ────────────────────────────────────────────────────────────────


def _request(port: int, raw: bytes, timeout: float = 30.0) -> int:
    """Send one request (Connection: close); its status code (0 when the connection failed)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(raw)
        got = b""
        while b"\r\n" not in got:
            chunk = s.recv(4096)
            if not chunk:
                break
            got += chunk
    try:
        return int(got.split(b" ", 2)[1])
    except (IndexError, ValueError):
        return 0


def _slack_event(n: int, secret: str = SIGNING_SECRET) -> bytes:
    body = json.dumps({"type": "event_callback", "event_id": f"EvLoad{n}-{time.time_ns()}", "team_id": "T1",
                       "api_app_id": "A1", "event": {"type": "message", "channel": "C0LOAD", "user": "U0ANA",
                                                     "text": "not a thread reply", "ts": f"{n}.0001"}})
    ts = str(int(time.time()))
    sig = "v0=" + hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return (f"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nX-Slack-Request-Timestamp: {ts}\r\nX-Slack-Signature: {sig}\r\n"
            f"Connection: close\r\n\r\n{body}").encode()


def _web_get(token: str | None = TOKEN) -> bytes:
    auth = f"Authorization: Bearer {token}\r\n" if token else ""
    return f"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n{auth}Connection: close\r\n\r\n".encode()


def _timed(port: int, raw: bytes, ok: int) -> tuple[float, bool]:
    t0 = time.perf_counter()
    status = _request(port, raw)
    return (time.perf_counter() - t0) * 1000, status == ok


def _pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


# ── load ────────────────────────────────────────────────────────────────────


class _Load:
    """Idle connections (reopened when closed) and oversized unauthenticated uploads, until stopped."""

    def __init__(self, ports: list[int], idle: int, oversized: int):
        self.stop = threading.Event()
        self.uploads_refused = 0
        self.uploads_accepted = 0
        self.threads = [threading.Thread(target=self._idle, args=(p, i), daemon=True)
                        for p in ports for i in range(idle)]
        self.threads += [threading.Thread(target=self._upload, args=(p,), daemon=True)
                         for p in ports for _ in range(oversized)]

    def __enter__(self) -> _Load:
        for t in self.threads:
            t.start()
        time.sleep(1.0)  # let the load build up
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        for t in self.threads:
            t.join(15)

    def _idle(self, port: int, i: int) -> None:
        while not self.stop.is_set():
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                    if i % 2:
                        s.sendall(b"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Partial: ")
                    while not self.stop.is_set():
                        try:
                            if s.recv(1) == b"":
                                break  # closed by the server's deadline: open another
                        except TimeoutError:
                            continue
            except OSError:
                time.sleep(0.05)

    def _upload(self, port: int) -> None:
        chunk = b"x" * 65536
        head = (f"POST /questions/q/answer HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; "
                f"boundary=XX\r\nContent-Length: {BIG}\r\n\r\n").encode()
        while not self.stop.is_set():
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
                    s.sendall(head)
                    s.settimeout(0.2)
                    status = b""
                    for _ in range(BIG // len(chunk)):
                        if self.stop.is_set():
                            break
                        try:
                            status = s.recv(64)
                            break
                        except TimeoutError:
                            pass
                        s.sendall(chunk)
                    if status.startswith(b"HTTP/1.1 4"):
                        self.uploads_refused += 1
                        self.stop.wait(0.5)  # the next oversized upload from this sender
                    elif status.startswith(b"HTTP/1.1 2") or status.startswith(b"HTTP/1.1 3"):
                        self.uploads_accepted += 1
            except OSError:
                self.uploads_refused += 1  # cut off by the server
                time.sleep(0.01)


def _load_process(slack: int, web: int, idle: int, oversized: int) -> None:
    """The load, in its own process (its threads do not compete with the measuring one for the GIL)."""
    with _Load([slack, web], idle, oversized) as load:
        print("LOADED", flush=True)
        sys.stdin.read()
    print(json.dumps({"uploads_refused": load.uploads_refused, "uploads_accepted": load.uploads_accepted}),
          flush=True)


def run(requests: int, idle: int, oversized: int, rounds: int = 5) -> dict:
    """``rounds`` alternations of unloaded and loaded phases (drift on a shared machine hits both alike)."""
    env = {**os.environ, "ASKSAFE_LOG": "off"}
    lat: dict = {(phase, name): [] for phase in ("unloaded", "loaded") for name in ("slack", "web")}
    failed = {"unloaded": 0, "loaded": 0}
    forged: list[int] = []
    uploads = {"uploads_refused": 0, "uploads_accepted": 0}
    with tempfile.TemporaryDirectory() as tmp:
        server = subprocess.Popen([sys.executable, __file__, "--serve", str(Path(tmp) / "load.sqlite")],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                  text=True, env=env)
        try:
            ports = json.loads(server.stdout.readline())
            slack, web = ports["slack"], ports["web"]
            for _ in range(5):  # warm-up
                _request(slack, _slack_event(0))
                _request(web, _web_get())
            per_round = max(1, requests // rounds)
            for r in range(rounds):
                for phase in ("unloaded", "loaded"):
                    loader = None
                    if phase == "loaded":
                        loader = subprocess.Popen([sys.executable, __file__, "--load", f"{slack},{web},{idle},{oversized}"],
                                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
                        assert loader.stdout.readline().strip() == "LOADED"
                    for n in range(per_round):
                        for name, port, raw in (("slack", slack, _slack_event(r * per_round + n)), ("web", web, _web_get())):
                            ms, ok = _timed(port, raw, 200)
                            lat[(phase, name)].append(ms)
                            failed[phase] += not ok
                    if loader is not None:
                        forged += [_request(slack, _slack_event(r, "wrong-secret")),
                                   _request(web, _web_get("tok-wrong-0123456789abc")), _request(web, _web_get(None))]
                        loader.stdin.close()
                        for k, v in json.loads(loader.stdout.readline()).items():
                            uploads[k] += v
                        loader.wait(30)
        finally:
            server.stdin.close()
            server.wait(30)
    out: dict = {"requests": per_round * rounds, "idle": idle, "oversized": oversized,
                 "valid_failed_unloaded": failed["unloaded"], "valid_failed_loaded": failed["loaded"],
                 "forged_accepted": sum(1 for s in forged if 200 <= s < 400) + uploads["uploads_accepted"],
                 "forged_refused": sum(1 for s in forged if s >= 400), "uploads_refused": uploads["uploads_refused"]}
    for name in ("slack", "web"):
        u, l_ = lat[("unloaded", name)], lat[("loaded", name)]
        out[name] = {"unloaded_p50_ms": round(_pct(u, 0.5), 2), "unloaded_p99_ms": round(_pct(u, 0.99), 2),
                     "loaded_p50_ms": round(_pct(l_, 0.5), 2), "loaded_p99_ms": round(_pct(l_, 0.99), 2),
                     "p99_ratio": round(_pct(l_, 0.99) / _pct(u, 0.99), 2)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--serve", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--load", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--rounds", type=int, default=5, help="alternations of unloaded and loaded phases")
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--idle", type=int, default=50)
    ap.add_argument("--oversized", type=int, default=20)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    if a.serve:
        _serve(a.serve)
        return
    if a.load:
        slack, web, idle, oversized = (int(x) for x in a.load.split(","))
        _load_process(slack, web, idle, oversized)
        return
    t0 = time.perf_counter()
    r = run(a.requests, a.idle, a.oversized, a.rounds)
    if a.json:
        print(json.dumps(r))
        return
    print(f"{a.requests} valid requests per endpoint and phase; load: {a.idle} idle connections and "
          f"{a.oversized} oversized unauthenticated uploads per server")
    print("| endpoint | unloaded p50 / p99 ms | loaded p50 / p99 ms | p99 loaded / unloaded |\n|---|---|---|---|")
    for name in ("slack", "web"):
        s = r[name]
        print(f"| {name} | {s['unloaded_p50_ms']} / {s['unloaded_p99_ms']} | {s['loaded_p50_ms']} / "
              f"{s['loaded_p99_ms']} | {s['p99_ratio']}x |")
    print(f"valid requests failed: {r['valid_failed_unloaded']} unloaded, {r['valid_failed_loaded']} loaded; "
          f"forged accepted: {r['forged_accepted']} (refused {r['forged_refused']}); oversized uploads refused: "
          f"{r['uploads_refused']}  ({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
