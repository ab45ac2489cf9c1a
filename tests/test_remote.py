"""RemoteProbe when the service is down, slow or wrong: a named error, or the configured fallback.

The real service (Ray Serve) is tested in test_serve.py; here a loopback stdlib HTTP
server plays a service that answers ``/info`` and then dies, hangs or talks nonsense.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import asksafe
from asksafe.errors import ConfigError, InvalidTaskError, ProbeUnavailableError
from asksafe.remote import ProbeInfo, RemoteProbe
from asksafe.types import Answer

SCHEMA = "CREATE TABLE orders (id INTEGER, customer_id INTEGER, revenue_gross REAL, revenue_net REAL)"
TASK = "What was the total revenue in 2024?"


class Instant:
    name = "instant"

    def __init__(self):
        self.questions: list[str] = []

    def ask(self, question, timeout=None):
        self.questions.append(question.text)
        return Answer(question_id=question.id, text="Net revenue.", responder="test")


def agent(task, context):
    return "SELECT sum(revenue_net) FROM orders"


def dead_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"  # closed when we leave: nothing listens there


class FakeService:
    """Answers /info like the real service; /assess per ``mode``: 'hang', 'garbage', 'error'."""

    def __init__(self, probe, mode: str):
        info = ProbeInfo(calibration=probe.calibration, backend=probe.backend).model_dump_json()

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def _send(self, code: int, body: bytes):
                self.send_response(code)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                self._send(200, info.encode())

            def do_POST(self):
                self.rfile.read(int(self.headers["content-length"]))
                if mode == "hang":
                    time.sleep(3)
                    return self._send(200, b"{}")
                if mode == "garbage":
                    return self._send(200, json.dumps({"assessments": [{"nonsense": 1}]}).encode())
                self._send(500, b'{"detail": "replica died"}')

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def test_a_service_that_dies_after_wrap_fails_the_run_with_a_named_error(probe):
    svc = FakeService(probe, "error")
    remote = RemoteProbe(svc.url, timeout=5)
    graph = asksafe.wrap(agent, channel=Instant(), probe=remote)  # reads the calibration from the live service
    svc.stop()

    with pytest.raises(ProbeUnavailableError, match="unavailable .*ConnectError.*asksafe serve-probe") as err:
        graph.invoke({"task": TASK, "context": SCHEMA})
    assert svc.url in str(err.value)


@pytest.mark.parametrize("mode,why", [("hang", "ReadTimeout"), ("garbage", "not an assessment"),
                                      ("error", "HTTP 500")])
def test_a_slow_or_broken_service_is_named_too(probe, mode, why):
    svc = FakeService(probe, mode)
    try:
        remote = RemoteProbe(svc.url, timeout=0.5)
        with pytest.raises(ProbeUnavailableError, match=why):
            remote.assess(TASK, context=SCHEMA)
    finally:
        svc.stop()


def test_down_at_start_without_fallback_is_the_same_error():
    with pytest.raises(ProbeUnavailableError, match="unavailable"):
        asksafe.wrap(agent, channel=Instant(), probe=RemoteProbe(dead_url(), timeout=2))


def test_fallback_local_runs_on_the_in_process_probe(probe):
    remote = RemoteProbe(dead_url(), timeout=2, fallback="local")
    human = Instant()
    out = asksafe.wrap(agent, channel=human, probe=remote).invoke({"task": TASK, "context": SCHEMA})
    mine = asksafe.wrap(agent, channel=Instant(), probe=probe).invoke({"task": TASK, "context": SCHEMA})

    assert out["status"] == "done" and human.questions
    assert [d["action"] for d in out["decisions"]] == [d["action"] for d in mine["decisions"]]
    assert [q["text"] for q in out["questions"]] == [q["text"] for q in mine["questions"]]
    assert remote.calibration == probe.calibration


def test_fallback_to_a_given_probe_also_under_asyncio(probe):
    import asyncio

    svc = FakeService(probe, "error")
    try:
        remote = RemoteProbe(svc.url, timeout=2, fallback=probe)
        direct = probe.assess(TASK, context=SCHEMA)
        got = asyncio.run(remote.aassess(TASK, context=SCHEMA))
        assert remote.assess(TASK, context=SCHEMA).p_blocker == got.p_blocker == direct.p_blocker
    finally:
        svc.stop()


def test_bad_input_and_bad_options_are_refused_before_any_request():
    remote = RemoteProbe(dead_url(), timeout=2)  # nothing listens: a request would be ProbeUnavailableError
    with pytest.raises(InvalidTaskError):
        remote.assess("   ")
    with pytest.raises(InvalidTaskError):
        remote.assess_many([{"text": "Total revenue", "context": 42}])
    assert remote.assess_many([]) == []
    for bad in ({"url": "localhost:8000"}, {"url": "http://x", "timeout": 0}, {"url": "http://x", "fallback": "cloud"}):
        with pytest.raises(ConfigError):
            RemoteProbe(bad.pop("url"), **bad)
