"""The inbox: start runs that must ask, answer them exactly once, expire them, audit them."""

from __future__ import annotations

import multiprocessing as mp
from datetime import timedelta

import pytest
from channel_support import agent_calls, make_inbox

from asksafe.errors import (
    AlreadyAnsweredError,
    ConfigError,
    InvalidAnswerError,
    LateAnswerError,
    UnknownQuestionError,
)
from asksafe.inbox import Inbox, print_audit
from asksafe.types import MAX_ANSWER_CHARS, utcnow


def test_a_run_that_must_ask_waits_and_resumes_on_the_answer(inbox, agent_log):
    started = inbox.start("Paint the fence [ask:color]", thread_id="t1")
    assert started.run_status == "waiting" and started.next_question is not None
    [q] = inbox.pending()
    assert q.text == "Which color should it use?" and q.options == ["red", "blue"]
    assert q.task_excerpt.startswith("Paint the fence") and q.deadline is not None and q.thread_id == "t1"
    assert agent_calls(agent_log) == []  # the agent has not guessed

    res = inbox.answer(q.id, "blue", responder="ana", channel="test")
    assert res.resumed and res.run_status == "done" and "blue" in res.result_excerpt
    assert inbox.pending() == []
    [h] = inbox.history()
    assert (h.status, h.answer, h.responder, h.channel) == ("answered", "blue", "ana", "test")
    [call] = agent_calls(agent_log)
    assert call["context"] == ["Q: Which color should it use?\nA: blue"]


def test_a_clear_task_finishes_without_a_question(inbox):
    res = inbox.start("Paint the fence white", thread_id="t1")
    assert res.run_status == "done" and inbox.pending() == []


def test_questions_come_one_at_a_time_newest_first(inbox):
    inbox.start("Paint the fence [ask:color] [ask:size]", thread_id="t1")
    inbox.start("Paint the shed [ask:color]", thread_id="t2")
    first = inbox.pending()
    assert [q.thread_id for q in first] == ["t2", "t1"]
    res = inbox.answer(first[1].id, "red", responder="ana", channel="test")
    assert res.run_status == "waiting" and res.next_question.text == "Which size should it use?"
    assert [q.thread_id for q in inbox.pending()] == ["t1", "t2"]


def test_a_second_answer_is_refused_and_changes_nothing(inbox, agent_log):
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = inbox.pending()
    inbox.answer(q.id, "red", responder="ana", channel="slack")
    with pytest.raises(AlreadyAnsweredError, match="already answered by ana via slack"):
        inbox.answer(q.id, "blue", responder="bo", channel="web")
    assert inbox.question(q.id).answer == "red"
    assert len(agent_calls(agent_log)) == 1
    assert [a.event for a in inbox.audit()] == ["asked", "answered", "done", "resumed", "refused"]


def test_answers_are_data_capped_and_validated(inbox):
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = inbox.pending()
    with pytest.raises(InvalidAnswerError, match="limit"):
        inbox.answer(q.id, "x" * (MAX_ANSWER_CHARS + 1), responder="ana", channel="test")
    with pytest.raises(InvalidAnswerError, match="empty"):
        inbox.answer(q.id, "   ", responder="ana", channel="test")
    with pytest.raises(UnknownQuestionError):
        inbox.answer("'; DROP TABLE asksafe_questions; --", "red", responder="ana", channel="test")
    hostile = "red'); DELETE FROM asksafe_questions; -- $(rm -rf /) {{7*7}}"
    res = inbox.answer(q.id, hostile, responder="ana", channel="test")
    assert res.run_status == "done" and inbox.question(q.id).answer == hostile


def test_expiry_applies_the_fallback_once_and_a_late_answer_is_refused(inbox, agent_log):
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = inbox.pending()
    later = q.deadline + timedelta(seconds=1)
    assert inbox.expire_due(now=q.deadline - timedelta(seconds=1)) == []
    [res] = inbox.expire_due(now=later)
    assert res.resumed and res.run_status == "done"
    assert inbox.expire_due(now=later) == []  # once
    [call] = agent_calls(agent_log)
    assert "No answer to" in call["context"][0] and "red" in call["context"][0]  # the stated assumption
    with pytest.raises(LateAnswerError, match="expired .* fallback applied; this answer changed nothing"):
        inbox.answer(q.id, "blue", responder="ana", channel="web", now=later)
    assert len(agent_calls(agent_log)) == 1 and inbox.question(q.id).status == "expired"


def test_an_answer_after_the_deadline_is_refused_and_the_fallback_applies(inbox, agent_log):
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = inbox.pending()
    with pytest.raises(LateAnswerError, match="deadline passed"):
        inbox.answer(q.id, "blue", responder="ana", channel="web", now=q.deadline + timedelta(seconds=5))
    [call] = agent_calls(agent_log)
    assert "blue" not in " ".join(call["context"])
    state = inbox.graph.get_state({"configurable": {"thread_id": "t1"}}).values
    assert state["late_answers"][0]["text"] == "blue" and state["assumptions"]
    assert [a.event for a in inbox.audit()][-4:] == ["refused", "expired", "done", "resumed"]


def test_on_timeout_stop_ends_the_run(tmp_path, agent_log):
    box = make_inbox(str(tmp_path / "r.sqlite"), on_timeout="stop")
    box.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = box.pending()
    [res] = box.expire_due(now=q.deadline)
    assert res.run_status == "stopped" and agent_calls(agent_log) == []


def test_a_record_only_inbox_stores_answers_and_a_worker_resumes_them(tmp_path, agent_log):
    db = str(tmp_path / "runs.sqlite")
    worker = make_inbox(db)
    worker.start("Paint the fence [ask:color]", thread_id="t1")
    front = Inbox(db)  # what `asksafe inbox` serves: no agent in this process
    [q] = front.pending()
    res = front.answer(q.id, "red", responder="ana", channel="web")
    assert not res.resumed and agent_calls(agent_log) == []
    with pytest.raises(AlreadyAnsweredError):
        front.answer(q.id, "blue", responder="bo", channel="web")
    [done] = worker.work()
    assert done.run_status == "done" and worker.work() == []
    assert len(agent_calls(agent_log)) == 1
    with pytest.raises(ConfigError, match="record-only"):
        front.start("x", thread_id="t2")


def test_the_audit_says_who_when_where_what_and_what_it_unblocked(inbox, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "300")
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = inbox.pending()
    inbox.answer(q.id, "[bold]red[/bold]", responder="ana", channel="web")
    resumed = next(a for a in inbox.audit() if a.event == "resumed")
    assert (resumed.actor, resumed.channel, resumed.question, resumed.answer) == (
        "ana", "web", q.text, "[bold]red[/bold]")
    assert resumed.decision.startswith("act:") and resumed.at is not None
    print_audit(inbox.db, 10, as_json=True)
    assert '"event":"resumed"' in capsys.readouterr().out
    print_audit(inbox.db, 10, as_json=False)
    assert "[bold]red[/bold]" in capsys.readouterr().out  # printed as data, not markup


def _race(db: str, qid: str, who: str, barrier, results) -> None:
    box = make_inbox(db)
    barrier.wait()
    try:
        box.answer(qid, f"answer from {who}", responder=who, channel="test")
        results.put((who, "won"))
    except AlreadyAnsweredError:
        results.put((who, "refused"))


def test_two_processes_answering_at_once_resume_the_run_once(tmp_path, agent_log):
    db = str(tmp_path / "runs.sqlite")
    box = make_inbox(db)
    box.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = box.pending()
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(4), ctx.Queue()
    procs = [ctx.Process(target=_race, args=(db, q.id, f"p{i}", barrier, results)) for i in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    outcomes = sorted(results.get(timeout=5)[1] for _ in procs)
    assert outcomes == ["refused", "refused", "refused", "won"]
    assert len(agent_calls(agent_log)) == 1
    assert box.question(q.id).status == "answered"
