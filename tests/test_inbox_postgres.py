"""Postgres: two worker processes share one inbox (checkpoints via langgraph's PostgresSaver).

Starts a throwaway cluster with tests/pg_server.sh (Debian's `postgresql`,
see .ci/install_system.sh); skipped when the server binaries are missing.
"""

from __future__ import annotations

import glob
import json
import multiprocessing as mp
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest
from channel_support import agent_calls, make_inbox

pytest.importorskip("psycopg")
pytest.importorskip("langgraph.checkpoint.postgres")

from asksafe.errors import AlreadyAnsweredError  # noqa: E402

SCRIPT = Path(__file__).with_name("pg_server.sh")
HAVE_PG = bool(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl") or shutil.which("pg_ctl"))
pytestmark = pytest.mark.skipif(not HAVE_PG, reason="needs PostgreSQL server binaries (.ci/install_system.sh)")


@pytest.fixture(scope="module")
def pg_server():
    where = tempfile.mkdtemp(prefix="asksafe-pg-")
    try:
        url = subprocess.run([str(SCRIPT), "start", where], check=True, capture_output=True, text=True,
                             timeout=120).stdout.strip().splitlines()[-1]
        yield url
    finally:
        subprocess.run([str(SCRIPT), "stop", where], capture_output=True, timeout=60)


@pytest.fixture
def pg_url(pg_server):
    import psycopg

    name = f"t_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")  # a fresh database per test (name is ours, not input)
    return pg_server.rsplit("/", 1)[0] + "/" + name


@pytest.fixture
def agent_log(tmp_path, monkeypatch):
    path = tmp_path / "agent.jsonl"
    monkeypatch.setenv("ASKSAFE_TEST_AGENT_LOG", str(path))
    return path


def _worker(url: str, name: str, n_runs: int, barrier, results) -> None:
    """Start n runs, then answer every pending question it sees (its own and the other worker's)."""
    inbox = make_inbox(url)
    for i in range(n_runs):
        inbox.start(f"{name}-{i}: paint the fence [ask:color]", thread_id=f"{name}-{i}")
    barrier.wait(120)  # both workers' questions are pending now
    listed = inbox.pending()
    barrier.wait(120)  # both have listed before either answers
    seen, won, refused = {q.thread_id for q in listed}, 0, 0
    for q in listed:
        try:
            inbox.answer(q.id, f"blue (from {name})", responder=name, channel="test")
            won += 1
        except AlreadyAnsweredError:
            refused += 1
    results.put({"worker": name, "saw": sorted(seen), "won": won, "refused": refused})


def test_two_worker_processes_share_pending_questions_through_postgres(pg_url, agent_log):
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(pg_url, name, 3, barrier, results)) for name in ("w1", "w2")]
    for p in procs:
        p.start()
    out = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    everyone = sorted(f"{w}-{i}" for w in ("w1", "w2") for i in range(3))
    for o in out:  # each worker sees the other's questions too
        assert o["saw"] == everyone
    assert sum(o["won"] for o in out) == 6  # every question answered exactly once
    inbox = make_inbox(pg_url)
    assert inbox.pending() == [] and {r.status for r in inbox.runs()} == {"done"}
    calls = agent_calls(agent_log)
    assert sorted(c["task"].split(":")[0] for c in calls) == everyone  # each run's agent ran once
    print(f"postgres: runs=6 answered={sum(o['won'] for o in out)} refused_duplicates="
          f"{sum(o['refused'] for o in out)} agent_calls={len(calls)}")


def test_a_postgres_inbox_expires_and_refuses_like_sqlite(pg_url, agent_log):
    from asksafe.errors import LateAnswerError

    inbox = make_inbox(pg_url)
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = inbox.pending()
    [res] = inbox.expire_due(now=q.deadline)
    assert res.run_status == "done" and inbox.expire_due(now=q.deadline) == []
    with pytest.raises(LateAnswerError):
        inbox.answer(q.id, "blue", responder="ana", channel="web")
    assert len(agent_calls(agent_log)) == 1
    assert [a.event for a in inbox.audit()] == ["asked", "expired", "done", "resumed", "refused"]


def test_feedback_lives_in_the_postgres_inbox_too(pg_url, agent_log):
    from asksafe.errors import DuplicateFeedbackError
    from asksafe.feedback import export_records

    inbox = make_inbox(pg_url)
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    inbox.start("Paint the shed white", thread_id="t2")
    [q] = inbox.pending()
    inbox.verdict(q.id, "not_needed", responder="ana", channel="web")
    assert inbox.verdict(q.id, "not_needed", responder="ana").responder == "ana"  # idempotent
    with pytest.raises(DuplicateFeedbackError):
        inbox.verdict(q.id, "needed", responder="bo")
    inbox.report_outcome("t2", success=False, should_have_asked="Which white?")
    recs = list(export_records(pg_url))
    assert [(r["group"], r["action"], r["verdict"], r["outcome"], r["propensity"]) for r in recs] == [
        ("t1", "ask", "not_needed", None, 1.0), ("t2", "act", "needed", "failure", 1.0),
        ("t1", "act", None, None, 1.0)]
    assert recs[1]["question"] == "Which white?"
    inbox.close()

    from typer.testing import CliRunner

    from asksafe.cli import app

    out = Path(tempfile.mkdtemp()) / "fb.jsonl"
    r = CliRunner().invoke(app, ["feedback", "--db", pg_url, "--export", str(out)])
    assert r.exit_code == 0, r.output
    assert [json.loads(line) for line in out.read_text().splitlines()] == recs


def test_bare_questions_on_postgres_answered_once_and_collected_once(pg_url):
    from asksafe.inbox import Inbox

    box = Inbox(pg_url)
    q = box.ask("Which region should the backup go to?", asked_by="claude-code", thread_id="mcp-s1",
                options=["eu-west-1", "us-east-1"], timeout=600, via="mcp", detail="mcp session s1")
    assert [p.id for p in box.pending()] == [q.id] and box.runs() == []
    res = box.answer(q.id, "eu-west-1", responder="ana", channel="web")
    assert (res.resumed, res.run_status) == (False, "done")
    with pytest.raises(AlreadyAnsweredError):
        box.answer(q.id, "us-east-1", responder="bo", channel="slack")
    assert box.collect(q.id, by="claude-code", via="mcp") and not box.collect(q.id, by="claude-code", via="mcp")
    assert [a.event for a in box.audit()] == ["asked", "answered", "refused", "resumed"]
    box.close()


def test_asksafe_mcp_keeps_its_questions_in_postgres(pg_url):
    """`asksafe mcp --db postgresql://…` (the URL survives the CLI), a question answered from another process."""
    pytest.importorskip("mcp")
    import asyncio
    import os
    import sys

    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client

    from asksafe.inbox import Inbox

    async def go():
        params = StdioServerParameters(command=sys.executable, env={**os.environ, "ASKSAFE_LOG": "off"},
                                       args=["-m", "asksafe.cli", "mcp", "--db", pg_url, "--hold", "0.2"])
        async with stdio_client(params) as (read, write), ClientSession(read, write) as s:
            await s.initialize()
            asked = (await s.call_tool("ask_human", {"question": "Which schema should the view go in?"}))
            qid = asked.structuredContent["question_id"]
            Inbox(pg_url).answer(qid, "analytics", responder="ana", channel="web")
            got = await s.call_tool("get_answer", {"question_id": qid})
            return got.structuredContent

    got = asyncio.run(asyncio.wait_for(go(), 120))
    assert (got["status"], got["answer"]) == ("answered", "analytics")
