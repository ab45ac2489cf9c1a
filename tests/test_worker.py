"""`asksafe worker`: several processes on one database resume every answered run exactly once; a SIGKILLed
worker's step is taken over only after its lease truly runs out; SIGTERM finishes the step in hand."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from channel_support import agent_calls, make_inbox

from asksafe.inbox import Inbox
from asksafe.inbox.tables import parse_time
from asksafe.types import utcnow

HERE = Path(__file__).parent
N = 50


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _spawn(db: str, *, lease: float, health_port: int | None = None, env: dict | None = None) -> subprocess.Popen:
    args = [sys.executable, "-m", "asksafe.cli", "worker", "--db", db, "--agent", "channel_support:logging_agent",
            "--probe-factory", "channel_support:MarkerProbe", "--question-timeout", "3600", "--lease", str(lease),
            "--poll", "0.2"]
    if health_port:
        args += ["--health-port", str(health_port)]
    return subprocess.Popen(args, env={**os.environ, "ASKSAFE_LOG": "off", "PYTHONPATH": str(HERE), **(env or {})},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _health(port: int) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def _wait(cond, timeout: float, what: str, procs=()) -> None:
    end = time.monotonic() + timeout
    while not cond():
        for p in procs:
            assert p.poll() is None, f"worker exited early: {p.stderr.read().decode()[-2000:]}"
        assert time.monotonic() < end, f"timed out waiting for {what}"
        time.sleep(0.1)


def _answered_runs(db: str, n: int, prefix: str, extra: str = "") -> list[str]:
    """``n`` runs waiting on a question, then answered through a record-only inbox (a web/Slack front end)."""
    box = make_inbox(db)
    for i in range(n):
        box.start(f"{prefix}-{i}: paint the fence [ask:color]{extra}", thread_id=f"{prefix}-{i}")
    box.close()
    front = Inbox(db)
    for q in front.pending():
        assert front.answer(q.id, f"blue for {q.thread_id}", responder="ana", channel="web").resumed is False
    front.close()
    return [f"{prefix}-{i}" for i in range(n)]


def _lease_until(db: str, thread_id: str):
    box = Inbox(db)
    row = box._db.one("SELECT lease_owner, lease_until FROM asksafe_runs WHERE thread_id = ?", (thread_id,))
    box.close()
    return row["lease_owner"], parse_time(row["lease_until"]) if row["lease_until"] else None


def test_a_killed_workers_step_is_taken_over_only_after_its_lease_runs_out(tmp_path, agent_log, monkeypatch):
    monkeypatch.delenv("ASKSAFE_TEST_AGENT_HANG", raising=False)
    db = str(tmp_path / "runs.sqlite")
    [thread] = _answered_runs(db, 1, "stuck", " [hang]")
    first = _spawn(db, lease=600, env={"ASKSAFE_TEST_AGENT_HANG": "1"})  # a 10-minute lease
    try:
        _wait(lambda: len(agent_calls(agent_log)) == 1, 90, "the first worker to start the step", [first])
        second = make_inbox(db, lease_seconds=600)
        for _ in range(10):  # while the first is alive (and renewing), nothing to take over
            assert second.work() == []
            time.sleep(0.1)
        owner, until = _lease_until(db, thread)
        assert owner and owner != second.worker_id and until > utcnow() + timedelta(seconds=500)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(30)
    assert first.returncode == -signal.SIGKILL
    owner, until = _lease_until(db, thread)
    assert second.work() == [] and second.work(now=until - timedelta(seconds=1)) == []  # still the dead one's
    assert len(agent_calls(agent_log)) == 1
    [done] = second.work(now=until + timedelta(seconds=1))  # the lease truly ran out
    assert done.thread_id == thread and done.run_status == "done"
    state = second.graph.get_state({"configurable": {"thread_id": thread}}).values
    assert len(state["answers"]) == 1 and state["answers"][0]["text"] == f"blue for {thread}"
    assert len(agent_calls(agent_log)) == 2  # the killed step ran again once (at-least-once for the agent)
    assert second.work(now=until + timedelta(seconds=5)) == []


def _several_workers_resume_every_run_once(db: str, agent_log: Path, capsys) -> None:
    threads = _answered_runs(db, N, "run")
    ports = [_free_port(), _free_port()]
    workers = [_spawn(db, lease=30, health_port=p) for p in ports]
    try:
        box = Inbox(db)
        _wait(lambda: all(r.status == "done" for r in box.runs()), 180, "all runs done", workers)
        health = [_health(p) for p in ports]
        assert all(code == 200 and h["status"] == "ok" for code, h in health), health
        for w in workers:
            w.send_signal(signal.SIGTERM)
        codes = [w.wait(60) for w in workers]
    finally:
        for w in workers:
            if w.poll() is None:
                w.kill()
    assert codes == [0, 0]
    view = make_inbox(db)
    states = {t: view.graph.get_state({"configurable": {"thread_id": t}}).values for t in threads}
    calls = Counter(c["task"].split(":")[0] for c in agent_calls(agent_log))
    resumed_events = Counter(e.thread_id for e in view.audit(limit=10_000) if e.event == "resumed")
    lost = sum(1 for s in states.values() if s.get("status") != "done" or not s.get("answers"))
    duplicated = sum(1 for s in states.values() if len(s.get("answers", [])) > 1)
    per_worker = [h["resumed"] for _, h in health]
    with capsys.disabled():
        print(f"\nworkers: runs={N} lost={lost} duplicated={duplicated} resumed_by_worker={per_worker} "
              f"agent_calls={sum(calls.values())}")
    assert lost == 0 and duplicated == 0 and sum(per_worker) == N
    assert all(calls[t] == 1 for t in threads) and all(resumed_events[t] == 1 for t in threads)
    assert all(s["answers"][0]["text"] == f"blue for {t}" for t, s in states.items())
    assert all(r.status == "done" for r in view.runs())
    assert view.pending() == []


def test_two_workers_on_sqlite_resume_50_runs_once_each(tmp_path, agent_log, capsys):
    _several_workers_resume_every_run_once(str(tmp_path / "runs.sqlite"), agent_log, capsys)


def test_sigterm_finishes_the_step_in_hand_and_releases_the_lease(tmp_path, agent_log):
    db = str(tmp_path / "runs.sqlite")
    [thread] = _answered_runs(db, 1, "slow", " [slow]")
    port = _free_port()
    worker = _spawn(db, lease=30, health_port=port, env={"ASKSAFE_TEST_AGENT_SLOW": "2"})
    try:
        _wait(lambda: len(agent_calls(agent_log)) == 1, 90, "the step to start", [worker])
        worker.send_signal(signal.SIGTERM)
        assert worker.wait(60) == 0, worker.stderr.read().decode()[-2000:]
    finally:
        if worker.poll() is None:
            worker.kill()
    box = Inbox(db)
    [run] = box.runs()
    assert run.status == "done" and _lease_until(db, thread) == (None, None)
    assert len(agent_calls(agent_log)) == 1


def test_worker_needs_a_real_agent_spec(tmp_path):
    from typer.testing import CliRunner

    from asksafe.cli import app

    r = CliRunner().invoke(app, ["worker", "--db", str(tmp_path / "w.sqlite"), "--agent", "nosuchmodule:agent"])
    assert r.exit_code == 2 and "cannot import 'nosuchmodule'" in r.output and "Traceback" not in r.output


try:  # the Postgres fixtures (a throwaway cluster, tests/pg_server.sh)
    from test_inbox_postgres import HAVE_PG, pg_server, pg_url  # noqa: F401
except (ImportError, pytest.skip.Exception):
    HAVE_PG = False


@pytest.mark.skipif(not HAVE_PG, reason="needs psycopg and PostgreSQL server binaries (.ci/install_system.sh)")
def test_two_workers_on_postgres_resume_50_runs_once_each(pg_url, agent_log, capsys):  # noqa: F811
    _several_workers_resume_every_run_once(pg_url, agent_log, capsys)
