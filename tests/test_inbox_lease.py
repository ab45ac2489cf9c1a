"""Leases: a run whose step outlives the lease is renewed by its worker, never started a second time;
two answers racing on one question or two direct resumes on one thread: exactly one wins."""

from __future__ import annotations

import json
import os
import threading
import time

import pytest
from channel_support import MarkerProbe, agent_calls, logging_agent

import asksafe
from asksafe.errors import AlreadyAnsweredError
from asksafe.inbox import Inbox


def slow_agent(task: str, context: list[str]) -> str:
    out = logging_agent(task, context)
    if "[slow]" in task:
        time.sleep(float(os.environ.get("ASKSAFE_TEST_SLOW_S", "3")))
    return out


def test_a_step_longer_than_the_lease_is_renewed_and_never_started_twice(tmp_path, agent_log, monkeypatch):
    monkeypatch.setenv("ASKSAFE_TEST_SLOW_S", "3")
    db = str(tmp_path / "runs.sqlite")
    first = Inbox.open(db, agent=slow_agent, probe=MarkerProbe(), lease_seconds=1.0, question_timeout=3600)
    other = Inbox.open(db, agent=slow_agent, probe=MarkerProbe(), lease_seconds=1.0, question_timeout=3600)
    runner = threading.Thread(target=first.start, args=("Paint the fence [slow]",), kwargs={"thread_id": "slow"})
    runner.start()
    while not agent_calls(agent_log):
        time.sleep(0.02)
    while runner.is_alive():  # the other worker polls all along, well past the 1 s lease
        other.work()
        time.sleep(0.1)
    runner.join()
    assert len(agent_calls(agent_log)) == 1
    assert [r.status for r in first.runs()] == ["done"]
    events = [e.event for e in first.audit()]
    assert events.count("done") == 1 and "failed" not in events


def test_two_racing_answers_one_wins_and_the_agent_runs_once(tmp_path, agent_log):
    db = str(tmp_path / "runs.sqlite")
    a = Inbox.open(db, agent=logging_agent, probe=MarkerProbe(), question_timeout=3600)
    b = Inbox.open(db, agent=logging_agent, probe=MarkerProbe(), question_timeout=3600)
    a.start("Paint the fence [ask:color]", thread_id="fence")
    [q] = a.pending()
    results, errors = [], []
    barrier = threading.Barrier(2)

    def answer(box: Inbox, text: str) -> None:
        barrier.wait()
        try:
            results.append(box.answer(q.id, text, responder="ana", channel="web"))
        except AlreadyAnsweredError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=answer, args=(box, t)) for box, t in ((a, "red"), (b, "blue"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 1 and len(errors) == 1
    state = a.graph.get_state({"configurable": {"thread_id": "fence"}}).values
    assert len(state["answers"]) == 1 and len(agent_calls(agent_log)) == 1


def test_two_direct_resumes_on_one_thread_exactly_one_wins(tmp_path, agent_log):
    from asksafe.resume import resume_once

    db = str(tmp_path / "runs.sqlite")
    graphs = [asksafe.wrap(logging_agent, channel=None, probe=MarkerProbe(), checkpointer=db) for _ in range(2)]
    config = {"configurable": {"thread_id": "run-42"}}
    graphs[0].invoke({"task": "Email the report [ask:color]"}, config)
    outcomes: list = []
    barrier = threading.Barrier(2)

    def resume(graph, text: str) -> None:
        barrier.wait()
        try:
            outcomes.append(resume_once(graph, config, {"text": text, "responder": "ana"}))
        except AlreadyAnsweredError as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=resume, args=(g, t)) for g, t in zip(graphs, ("red", "blue"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    won = [o for o in outcomes if isinstance(o, dict)]
    lost = [o for o in outcomes if isinstance(o, AlreadyAnsweredError)]
    assert len(won) == 1 and len(lost) == 1, outcomes
    state = graphs[0].get_state(config).values
    assert len(state["answers"]) == 1 and state["answers"][0]["text"] == won[0]["answers"][0]["text"]
    assert len(agent_calls(agent_log)) == 1
    with pytest.raises(AlreadyAnsweredError):
        resume_once(graphs[1], config, "green")
    assert json.dumps(state["answers"])  # plain data
