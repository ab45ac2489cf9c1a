"""``asksafe worker``: the long-running process that holds the graph and keeps the inbox moving.

    asksafe worker --db postgresql://…/asksafe --agent myapp.agents:agent [--health-port 8770]

Every ``poll`` seconds it makes one :meth:`Inbox.work` pass: expire questions
past their deadline (the run's ``on_timeout`` fallback applies once), resume
runs whose question was answered (through the web inbox, Slack, or any
record-only ``Inbox``), and finish runs a dead worker left once that worker's
lease has truly run out (a live worker renews its lease while a step runs).
Several workers can share one database (Postgres for several hosts): a run is
taken under an atomic lease, so each is resumed by exactly one of them.

SIGTERM / SIGINT: the run in hand is finished (its lease released), no new
one is taken, and the process exits 0. ``--health-port``: ``GET /healthz`` on
127.0.0.1 answers 200 with the last pass's time and counts while passes
succeed, 503 when the last pass failed or is overdue, or while stopping.

>>> Worker(Inbox.open(db, agent=my_agent), poll=1.0, health_port=8770).run()
"""

from __future__ import annotations

import importlib
import json
import signal
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from asksafe.errors import ConfigError
from asksafe.events import log

__all__ = ["Worker", "import_object"]


def import_object(spec: str, what: str) -> Any:
    """``"package.module:attr"`` → the object; a ConfigError saying what is wrong otherwise."""
    module, sep, attr = spec.partition(":")
    if not sep or not module or not attr:
        raise ConfigError(f"{what} must look like package.module:name, got {spec!r}")
    try:
        obj: Any = importlib.import_module(module)
    except ImportError as exc:
        raise ConfigError(f"cannot import {module!r} for {what}: {exc}") from exc
    for part in attr.split("."):
        if not hasattr(obj, part):
            raise ConfigError(f"{module!r} has no {attr!r} ({what})")
        obj = getattr(obj, part)
    return obj


@dataclass
class _Health:
    started: float = field(default_factory=time.time)
    last_pass: float | None = None
    last_error: str | None = None
    passes: int = 0
    resumed: int = 0
    stopping: bool = False


class Worker:
    """Runs :meth:`Inbox.work` every ``poll`` seconds until SIGTERM/SIGINT (or :meth:`stop`)."""

    def __init__(self, inbox: Any, *, poll: float = 1.0, health_port: int | None = None,
                 health_host: str = "127.0.0.1"):
        if inbox.graph is None:
            raise ConfigError("a worker needs an inbox with a graph: Inbox.open(db, agent=...)")
        if poll <= 0:
            raise ConfigError(f"poll must be positive, got {poll!r}")
        self.inbox = inbox
        self.poll = float(poll)
        self.health = _Health()
        self._stop = threading.Event()
        self._http: ThreadingHTTPServer | None = None
        if health_port is not None:
            self._http = ThreadingHTTPServer((health_host, health_port), self._handler())
            self._http.daemon_threads = True

    @property
    def health_port(self) -> int | None:
        return self._http.server_address[1] if self._http else None

    def stop(self, *_: Any) -> None:
        """Finish the run in hand, take no new one, and return from :meth:`run`."""
        if not self._stop.is_set():
            log.info("worker", step="stopping", worker=self.inbox.worker_id)
        self.health.stopping = True
        self._stop.set()

    def run(self) -> None:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, self.stop)
            signal.signal(signal.SIGINT, self.stop)
        if self._http is not None:
            threading.Thread(target=self._http.serve_forever, name="asksafe-health", daemon=True).start()
        log.info("worker", step="start", worker=self.inbox.worker_id, poll_s=self.poll, health_port=self.health_port)
        try:
            while not self._stop.is_set():
                self.work_once()
                self._stop.wait(self.poll)
        finally:
            if self._http is not None:
                self._http.shutdown()
                self._http.server_close()
            self.inbox.close()
            log.info("worker", step="stopped", worker=self.inbox.worker_id, passes=self.health.passes,
                     resumed=self.health.resumed)

    def work_once(self) -> int:
        """One pass; the number of runs resumed. Errors are logged (and in the audit log), never fatal."""
        t0 = time.perf_counter()
        try:
            done = self.inbox.work(should_stop=self._stop.is_set)
        except Exception as exc:
            self.health.last_error = f"{type(exc).__name__}: {exc}"[:300]
            log.error("worker", step="pass", ok=False, error=self.health.last_error, worker=self.inbox.worker_id)
            return 0
        self.health.last_error = None
        self.health.last_pass = time.time()
        self.health.passes += 1
        self.health.resumed += len(done)
        if done:
            log.info("worker", step="pass", ok=True, resumed=len(done), worker=self.inbox.worker_id,
                     latency_ms=round((time.perf_counter() - t0) * 1000, 2))
        return len(done)

    def _status(self) -> tuple[int, dict]:
        h = self.health
        overdue = h.last_pass is None or time.time() - h.last_pass > max(30.0, 10 * self.poll) + \
            self.inbox.lease_seconds
        ok = not h.stopping and h.last_error is None and not (overdue and h.passes)
        body = {"status": "ok" if ok else ("stopping" if h.stopping else "failing"), "worker": self.inbox.worker_id,
                "passes": h.passes, "resumed": h.resumed, "last_pass": h.last_pass, "last_error": h.last_error,
                "uptime_s": round(time.time() - h.started, 1)}
        return (200 if ok else 503), body

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        worker = self

        class Health(BaseHTTPRequestHandler):
            timeout = 5  # an idle or partial request does not hold a thread

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                if self.path.split("?")[0] != "/healthz":
                    self.send_error(404)
                    return
                status, body = worker._status()
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:  # events go through structlog, not stderr lines
                pass

        return Health
