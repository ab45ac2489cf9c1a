"""Bare questions: asked by an outside asker (an MCP client), no run behind them, answered like any other."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from channel_support import agent_calls

from asksafe.errors import AlreadyAnsweredError, InvalidQuestionError, LateAnswerError
from asksafe.inbox import Inbox
from asksafe.inbox.inbox import MAX_QUESTION_CHARS

WEB = "tok-web-0123456789abcdef"


def test_a_bare_question_is_pending_answered_once_and_audited(tmp_path):
    box = Inbox(str(tmp_path / "runs.sqlite"))  # record-only: no graph at all
    q = box.ask("Which region should the backup go to?", asked_by="claude-code 1.0", thread_id="mcp-s1",
                options=["eu-west-1", "us-east-1"], context="backup job nightly", timeout=600, via="mcp",
                detail="mcp session s1")
    assert (q.status, q.thread_id, q.options, q.blocker_type) == ("pending", "mcp-s1", ["eu-west-1", "us-east-1"], "")
    assert [p.id for p in box.pending()] == [q.id] and q.deadline is not None
    assert box.runs() == []  # no run was created: nothing to resume

    res = box.answer(q.id, "eu-west-1", responder="ana", channel="web")
    assert (res.resumed, res.run_status) == (False, "done")
    with pytest.raises(AlreadyAnsweredError, match="already answered by ana via web"):
        box.answer(q.id, "us-east-1", responder="bo", channel="slack")
    assert box.question(q.id).answer == "eu-west-1" and box.pending() == []

    assert box.collect(q.id, by="claude-code 1.0", via="mcp") is True
    assert box.collect(q.id, by="claude-code 1.0", via="mcp") is False  # the hand-over is recorded once
    audit = box.audit()
    assert [a.event for a in audit] == ["asked", "answered", "refused", "resumed"]
    asked = audit[0]
    assert (asked.actor, asked.channel, asked.detail, asked.thread_id) == ("claude-code 1.0", "mcp", "mcp session s1",
                                                                           "mcp-s1")
    assert (audit[-1].answer, audit[-1].decision) == ("eu-west-1", "delivered: answered")


def test_a_bare_question_expires_at_its_deadline_and_a_late_answer_is_refused(tmp_path):
    box = Inbox(str(tmp_path / "runs.sqlite"))
    q = box.ask("Which port?", asked_by="agent", timeout=60)
    assert box.collect(q.id, by="agent") is False  # still pending: nothing to hand over
    [res] = box.expire_due(now=q.deadline + timedelta(seconds=1))
    assert (res.resumed, res.run_status) == (False, "done") and box.question(q.id).status == "expired"
    with pytest.raises(LateAnswerError, match="expired"):
        box.answer(q.id, "8080", responder="ana", channel="web")
    assert box.collect(q.id, by="agent") is True


def test_bad_questions_are_refused_with_a_named_error(tmp_path):
    box = Inbox(str(tmp_path / "runs.sqlite"))
    for kwargs, match in [({"text": "  "}, "empty"),
                          ({"text": "x" * (MAX_QUESTION_CHARS + 1)}, "limit is 2,000"),
                          ({"text": "ok?", "options": ["a", ""]}, "options"),
                          ({"text": "ok?", "timeout": -1}, "positive number of seconds"),
                          ({"text": "ok?", "timeout": float("nan")}, "positive number of seconds")]:
        with pytest.raises(InvalidQuestionError, match=match):
            box.ask(asked_by="agent", **kwargs)
    assert box.pending() == [] and box.audit() == []


def test_a_worker_with_a_graph_leaves_bare_questions_alone(inbox, agent_log):
    run_q = inbox.start("Paint the fence [ask:color]", thread_id="t1").next_question
    bare = inbox.ask("Which region?", asked_by="agent", timeout=3600)
    assert {q.id for q in inbox.pending()} == {run_q.id, bare.id}
    inbox.answer(bare.id, "eu", responder="ana", channel="web")
    assert inbox.work() == []  # nothing to resume, no failure
    assert agent_calls(agent_log) == [] and [r.status for r in inbox.runs()] == ["waiting"]


def test_the_web_inbox_shows_and_answers_a_bare_question(tmp_path):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from asksafe.adapters.web import create_app

    box = Inbox(str(tmp_path / "runs.sqlite"))
    q = box.ask("Which region should the backup go to?", asked_by="claude-code", about="asked by claude-code over MCP",
                options=["eu-west-1", "us-east-1"], timeout=600, via="mcp")
    web = TestClient(create_app(box, [f"ana={WEB}"]), follow_redirects=False)
    auth = {"Authorization": f"Bearer {WEB}"}
    page = web.get("/", headers=auth)
    assert page.status_code == 200 and "Which region should the backup go to?" in page.text
    assert "from: <span class=\"excerpt\">asked by claude-code over MCP" in page.text
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page.text).group(1)
    r = web.post(f"/questions/{q.id}/answer", data={"option": "us-east-1", "csrf": csrf},
                 headers={**auth, "Origin": "http://testserver"})
    assert r.status_code == 303
    assert (box.question(q.id).answer, box.question(q.id).channel) == ("us-east-1", "web")
