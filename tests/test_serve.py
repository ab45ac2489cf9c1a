"""`asksafe serve-probe` (Ray Serve, a local Ray on loopback), through RemoteProbe: the same decisions as in process."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from langchain.agents import create_agent

import asksafe
from asksafe.adapters import AskSafeMiddleware
from asksafe.chat_agent import ScriptedChatModel
from asksafe.remote import RemoteProbe
from asksafe.types import Answer

REPO = Path(__file__).resolve().parents[1]
SCHEMA = "CREATE TABLE orders (id INTEGER, customer_id INTEGER, revenue_gross REAL, revenue_net REAL)"


def validation_items(n: int) -> list[dict]:
    files = [p for p in sorted(REPO.glob("**/validation*.jsonl")) if ".venv" not in p.parts]
    assert files, "the validation sets (validation*.jsonl) are part of the checkout"
    rows = [json.loads(line) for p in files for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{"text": r["text"], "context": r.get("context")} for r in rows[:n]]


@pytest.fixture(scope="module")
def service():
    """`asksafe serve-probe` in its own process: a local Ray (2 CPUs), one replica, HTTP on a free loopback port.

    About 20-40 s to start on 2 cores; SIGTERM stops it cleanly (Serve, then the Ray it started).
    """
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    cli = Path(sys.executable).with_name("asksafe")
    proc = subprocess.Popen([str(cli), "serve-probe", "--port", str(port), "--max-batch-size", "32",
                             "--batch-wait-ms", "5"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "RAY_USAGE_STATS_ENABLED": "0"})
    deadline = time.monotonic() + 240
    try:
        while True:
            assert proc.poll() is None, f"serve-probe exited early:\n{proc.stdout.read()[-3000:]}"
            assert time.monotonic() < deadline, "serve-probe did not answer /info within 240 s"
            try:
                if httpx.get(f"{url}/info", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(1)
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            rc = proc.wait(timeout=90)
        except subprocess.TimeoutExpired:
            proc.kill()
            rc = proc.wait()
    assert rc == 0, f"serve-probe did not stop cleanly on SIGTERM (rc {rc}):\n{proc.stdout.read()[-3000:]}"


class Instant:
    name = "instant"

    def ask(self, question, timeout=None):
        return Answer(question_id=question.id, text="Net revenue.", responder="test")


def key(a) -> tuple:
    return a.should_ask, [b.key for b in a.blockers], a.questions, a.source


def test_remote_decisions_equal_the_in_process_probe_on_500_texts(service, probe):
    items = validation_items(500)
    assert len(items) == 500
    local = probe.assess_many(items)
    remote = RemoteProbe(service, timeout=120)
    chunks = [items[k:k + 25] for k in range(0, len(items), 25)]
    with ThreadPoolExecutor(max_workers=8) as pool:  # concurrent requests: Serve batches across them
        got = [a for part in pool.map(remote.assess_many, chunks) for a in part]

    assert [key(a) for a in got] == [key(a) for a in local]
    assert max(abs(a.p_blocker - b.p_blocker) for a, b in zip(got, local)) <= 2e-3
    health = httpx.get(f"{service}/healthz").json()
    assert health["items"] >= 500 and health["batches"] < health["items"]  # Serve's batches held several items


def test_info_and_refusals(service, probe):
    remote = RemoteProbe(service)
    assert remote.calibration == probe.calibration
    assert remote.info().backend == probe.backend
    refused = httpx.post(f"{service}/assess", json={"items": [{"text": "   "}]})
    assert refused.status_code == 422 and "nothing to assess" in refused.text


def test_wrap_and_the_middleware_run_on_the_service(service, probe):
    remote = RemoteProbe(service)
    task = {"task": "What was the total revenue in 2024?", "context": SCHEMA}

    def run(p, asyncio_=False):
        graph = asksafe.wrap(lambda t, c: "SELECT 1", channel=Instant(), probe=p)
        out = asyncio.run(graph.ainvoke(task)) if asyncio_ else graph.invoke(task)
        return [d["action"] for d in out["decisions"]], [q["text"] for q in out["questions"]]

    expected = run(probe)
    assert expected[1]  # the revenue question: there is something to compare
    assert run(remote) == expected
    assert run(remote, asyncio_=True) == expected

    def middleware_questions(p):
        agent = create_agent(ScriptedChatModel(script=["done"]), tools=[],
                             middleware=[AskSafeMiddleware(probe=p, channel=Instant())])
        out = agent.invoke({"messages": [("user", f"{task['task']}\n{SCHEMA}")]})
        return [q["text"] for q in out["asksafe_questions"]]

    assert middleware_questions(remote) == middleware_questions(probe)


def test_asyncio_callers_share_the_service(service, probe):
    items = validation_items(40)
    remote = RemoteProbe(service)

    async def main():
        return await asyncio.gather(*(remote.aassess(it["text"], it["context"]) for it in items))

    assert [key(a) for a in asyncio.run(main())] == [key(a) for a in probe.assess_many(items)]
