"""Crash test: workers die (SIGKILL) with runs waiting or mid-resume; a new worker loses and repeats nothing."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from channel_support import agent_calls, make_inbox

pytest.importorskip("fastapi")
pytest.importorskip("slack_bolt")
from fastapi.testclient import TestClient  # noqa: E402
from slack_fake import BOT_TOKEN, SIGNING_SECRET, FakeSlack, button_click, signed, thread_reply  # noqa: E402
from slack_sdk import WebClient  # noqa: E402

from asksafe.adapters.slack import SlackChannel  # noqa: E402
from asksafe.adapters.web import create_app  # noqa: E402
from asksafe.inbox import Inbox  # noqa: E402
from asksafe.types import utcnow  # noqa: E402

HERE = Path(__file__).parent
TOKEN = "tok-crash-0123456789abcdef"
N = 6


def _spawn(args: list[str], env: dict, expect: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, str(HERE / "channel_support.py"), *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline().strip()
    assert line == expect, f"worker said {line!r}"
    return proc


def _kill(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL


def test_killed_workers_lose_nothing_and_resume_every_run_once(tmp_path, monkeypatch, capsys):
    db = str(tmp_path / "runs.sqlite")
    log_path = tmp_path / "agent.jsonl"
    monkeypatch.setenv("ASKSAFE_TEST_AGENT_LOG", str(log_path))
    env = {**os.environ, "ASKSAFE_LOG": "off", "PYTHONPATH": str(HERE), "ASKSAFE_TEST_AGENT_HANG": "1"}

    # 1. a worker starts N runs that wait on questions, then dies
    _kill(_spawn([db, str(N), "run"], env, "READY"))
    assert len(Inbox(db).pending()) == N and agent_calls(log_path) == []

    # 2. a run whose worker dies mid-resume: the answer is recorded, the agent hangs, SIGKILL
    setup = make_inbox(db)
    setup.start("stuck: paint the fence [ask:color] [hang]", thread_id="stuck")
    stuck_q = next(q for q in setup.pending() if q.thread_id == "stuck")
    setup.close()
    victim = _spawn(["answer", db, stuck_q.id], env, "ANSWERING")
    while len(agent_calls(log_path)) < 1:  # wait until the agent is running inside the victim
        assert victim.poll() is None
        time.sleep(0.05)
    _kill(victim)

    # 3. a new worker takes over: Slack and the web inbox answer the N waiting questions
    inbox = make_inbox(db)
    with FakeSlack() as fake:
        slack = SlackChannel(inbox, channel="C0Q", signing_secret=SIGNING_SECRET, allowed_users=["U0ANA"],
                             client=WebClient(token=BOT_TOKEN, base_url=fake.base_url), process_before_response=True)
        assert len(slack.post_pending()) == N
        web = TestClient(create_app(inbox, {TOKEN: "bo"}), follow_redirects=False,
                         headers={"Origin": "http://testserver"})
        assert web.post("/login", data={"token": TOKEN}).status_code == 303
        csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', web.get("/").text).group(1)
        pending = sorted(inbox.pending(), key=lambda q: q.thread_id)
        assert [q.thread_id for q in pending] == [f"run-{i}" for i in range(N)]
        ts_of = {q.id: inbox.delivery_ref("slack", q.id).split(":")[1] for q in pending}
        refused = 0
        for i, q in enumerate(pending):
            if i % 3 == 0:  # Slack button
                body, ctype = button_click(q.id, 1, user="U0ANA", channel="C0Q", message_ts=ts_of[q.id],
                                           action_ts=f"1700009{i}.1")
                assert slack.app.dispatch(signed(body, content_type=ctype)).status == 200
            elif i % 3 == 1:  # Slack thread reply
                body, ctype = thread_reply(f"blue {i}", user="U0ANA", channel="C0Q", thread_ts=ts_of[q.id],
                                           event_id=f"Ev{i}")
                assert slack.app.dispatch(signed(body, content_type=ctype)).status == 200
            else:  # web inbox
                assert web.post(f"/questions/{q.id}/answer", data={"text": f"blue {i}", "csrf": csrf}).status_code == 303
            # and a duplicate through the other channel, which must change nothing
            r = web.post(f"/questions/{q.id}/answer", data={"text": "dup", "csrf": csrf})
            refused += r.status_code == 409
        assert refused == N
        assert len(fake.of("chat.update")) == 4  # the Slack-answered messages show who answered

    # 4. the dead resume's lease runs out; the worker finishes that run from its checkpoint
    assert inbox.work() == []  # lease still held by the dead worker: nothing to take over yet
    [finished] = inbox.work(now=utcnow() + timedelta(seconds=61))
    assert finished.thread_id == "stuck" and finished.run_status == "done"
    assert inbox.work(now=utcnow() + timedelta(seconds=120)) == []

    # count: every run resumed once, none lost, none duplicated
    runs = {r.thread_id: r for r in inbox.runs()}
    states = {t: inbox.graph.get_state({"configurable": {"thread_id": t}}).values for t in runs}
    calls = agent_calls(log_path)
    per_run: dict[str, int] = {}
    for c in calls:
        per_run[c["task"].split(":")[0]] = per_run.get(c["task"].split(":")[0], 0) + 1
    started = len(runs)
    resumed = sum(1 for t, s in states.items() if s["status"] == "done" and len(s["answers"]) == 1)
    lost = sum(1 for r in runs.values() if r.status != "done") + len(inbox.pending())
    duplicated = sum(1 for s in states.values() if len(s["answers"]) > 1)
    answers_applied = {t: len(s["answers"]) for t, s in states.items()}
    counts = {"runs_started": started, "resumed_once": resumed, "lost": lost, "duplicated_answers": duplicated,
              "duplicate_answers_refused": refused, "agent_calls": per_run}
    with capsys.disabled():
        print("\ncrash test:", json.dumps(counts))
    assert started == N + 1 and resumed == N + 1 and lost == 0 and duplicated == 0
    assert all(v == 1 for v in answers_applied.values())
    assert all(per_run[f"run-{i}"] == 1 for i in range(N))
    # the run killed mid-act re-ran its agent step once from the checkpoint (at-least-once for the agent)
    assert per_run["stuck"] == 2 and states["stuck"]["answers"][0]["text"] == "green"
