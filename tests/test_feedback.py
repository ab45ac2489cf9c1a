"""Feedback capture: decisions, verdicts and outcomes in the Inbox's database, exported as JSONL."""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import timedelta

import pytest
from channel_support import MarkerProbe, agent_calls, logging_agent, make_inbox
from typer.testing import CliRunner

import asksafe
from asksafe.adapters import CLIChannel
from asksafe.cli import app
from asksafe.errors import (
    DuplicateFeedbackError,
    InvalidFeedbackError,
    LateFeedbackError,
    UnknownQuestionError,
    UnknownRunError,
)
from asksafe.feedback import (
    NOT_NEEDED_ANSWER,
    FeedbackRecord,
    FeedbackStore,
    export_records,
    report_outcome,
)
from asksafe.inbox import Inbox

RECORD_KEYS = {"text", "context", "verdict", "action", "outcome", "propensity", "question", "answer", "group"}


def _records(db) -> list[dict]:
    return list(export_records(str(db)))


def test_inbox_runs_record_every_decision_with_its_propensity(inbox):
    inbox.start("Paint the fence [ask:color]", thread_id="t1", context="the fence is wooden")
    inbox.start("Paint the shed white", thread_id="t2")
    [q] = inbox.pending()
    inbox.answer(q.id, "blue", responder="ana", channel="test")

    d1 = inbox.feedback.decisions("t1")
    assert [(d.action, d.seq) for d in d1] == [("ask", 0), ("act", 1)]
    ask = d1[0]
    assert ask.text == "Paint the fence [ask:color]" and ask.context == "the fence is wooden"
    assert (ask.p_blocker, ask.threshold, ask.propensity, ask.policy) == (0.9, 0.5, 1.0, "balanced")
    assert ask.question_id == q.id and ask.question == "Which color should it use?"
    assert (ask.answer, ask.answer_status, ask.responder) == ("blue", "answered", "ana")
    assert "Q: Which color should it use?\nA: blue" in d1[1].context  # the second decision saw the answer
    [d2] = inbox.feedback.decisions("t2")
    assert (d2.action, d2.p_blocker, d2.question_id, d2.source) == ("act", 0.1, None, "task")


def test_export_yields_the_documented_record_shape(inbox, tmp_path):
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = inbox.pending()
    inbox.answer(q.id, "red", responder="ana", channel="test")
    inbox.start("Paint the shed white", thread_id="t2")
    inbox.report_outcome("t2", success=False, should_have_asked="Which shade of white?")

    recs = _records(inbox.db)
    assert all(set(r) == RECORD_KEYS for r in recs) and len(recs) == 3
    for r in recs:
        FeedbackRecord.model_validate(r)
    assert recs[0] == {"text": "Paint the fence [ask:color]", "context": None, "verdict": "needed", "action": "ask",
                       "outcome": None, "propensity": 1.0, "question": "Which color should it use?",
                       "answer": "red", "group": "t1"}
    assert recs[1]["action"] == "act" and recs[1]["verdict"] is None and recs[1]["outcome"] is None
    assert recs[2] == {"text": "Paint the shed white", "context": None, "verdict": "needed", "action": "act",
                       "outcome": "failure", "propensity": 1.0, "question": "Which shade of white?",
                       "answer": None, "group": "t2"}

    out = tmp_path / "fb.jsonl"
    r = CliRunner().invoke(app, ["feedback", "--db", str(inbox.db), "--export", str(out)])
    assert r.exit_code == 0, r.output
    assert [json.loads(line) for line in out.read_text().splitlines()] == recs


def test_not_needed_on_a_pending_question_lets_the_run_go_on(inbox, agent_log):
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = inbox.pending()
    v = inbox.verdict(q.id, "not_needed", responder="ana", note="any color is fine", channel="web")
    assert (v.verdict, v.responder, v.note, v.run_id) == ("not_needed", "ana", "any color is fine", "t1")
    assert inbox.pending() == [] and inbox.runs()[0].status == "done"
    [call] = agent_calls(agent_log)
    assert NOT_NEEDED_ANSWER in call["context"][0]
    [rec, _] = _records(inbox.db)
    assert (rec["verdict"], rec["answer"], rec["action"]) == ("not_needed", None, "ask")
    assert [a.event for a in inbox.audit()].count("verdict") == 1


def test_a_verdict_after_the_answer_overrides_the_implicit_needed(inbox):
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = inbox.pending()
    inbox.answer(q.id, "red", responder="ana", channel="test")
    assert _records(inbox.db)[0]["verdict"] == "needed"
    inbox.verdict(q.id, "not_needed", responder="bo")
    rec = _records(inbox.db)[0]
    assert (rec["verdict"], rec["answer"]) == ("not_needed", "red")


def test_recording_twice_is_idempotent_and_a_conflict_is_a_named_error(inbox):
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = inbox.pending()
    inbox.answer(q.id, "red", responder="ana", channel="test")
    first = inbox.verdict(q.id, "needed", responder="ana")
    again = inbox.verdict(q.id, "needed", responder="bo")  # same value: no error, no new row
    assert again == first and again.responder == "ana"
    with pytest.raises(DuplicateFeedbackError, match="already has the verdict 'needed' from ana"):
        inbox.verdict(q.id, "not_needed", responder="bo")
    assert inbox.feedback.verdict_of(q.id).verdict == "needed"
    assert [a.event for a in inbox.audit()].count("verdict") == 1

    a = inbox.report_outcome("t1", success=True)
    assert inbox.report_outcome("t1", success=True) == a
    with pytest.raises(DuplicateFeedbackError, match="already has the outcome ok"):
        inbox.report_outcome("t1", success=False)
    # adding what it should have asked to the same outcome is not a conflict; changing it is
    assert inbox.report_outcome("t1", True, "Which shade?").should_have_asked == "Which shade?"
    with pytest.raises(DuplicateFeedbackError):
        inbox.report_outcome("t1", True, "Which brush?")
    with sqlite3.connect(inbox.db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM asksafe_verdicts").fetchone() == (1,)
        assert conn.execute("SELECT COUNT(*) FROM asksafe_outcomes").fetchone() == (1,)


def test_unknown_invalid_and_late_verdicts_raise_named_errors(inbox):
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = inbox.pending()
    with pytest.raises(UnknownQuestionError):
        inbox.verdict("nope", "needed", responder="ana")
    with pytest.raises(InvalidFeedbackError, match="'needed' or 'not_needed'"):
        inbox.verdict(q.id, "meh", responder="ana")
    with pytest.raises(InvalidFeedbackError, match="responder"):
        inbox.verdict(q.id, "needed", responder="  ")
    with pytest.raises(UnknownRunError):
        inbox.report_outcome("no-such-run", success=True)
    with pytest.raises(InvalidFeedbackError, match="True or False"):
        inbox.report_outcome("t1", success="yes")
    # past the deadline (not yet expired by a worker) and after expiry: late
    with pytest.raises(LateFeedbackError, match="deadline passed"):
        inbox.verdict(q.id, "not_needed", responder="ana", now=q.deadline + timedelta(seconds=1))
    inbox.expire_due(now=q.deadline + timedelta(seconds=1))
    with pytest.raises(LateFeedbackError, match="expired unanswered"):
        inbox.verdict(q.id, "not_needed", responder="ana")
    assert inbox.feedback.verdict_of(q.id) is None


def test_outcomes_through_the_cli(inbox, tmp_path):
    inbox.start("Paint the shed white", thread_id="job-42")
    runner = CliRunner()
    r = runner.invoke(app, ["feedback", "job-42", "--db", str(inbox.db), "--outcome", "fail",
                            "--should-have-asked", "Which shade of white?"])
    assert r.exit_code == 0, r.output
    assert "job-42: fail; should have asked: Which shade of white?" in r.output
    assert inbox.feedback.outcome("job-42").success is False
    r = runner.invoke(app, ["feedback", "job-42", "--db", str(inbox.db), "--outcome", "ok"])
    assert r.exit_code == 2 and "already has the outcome fail" in r.output
    r = runner.invoke(app, ["feedback", "nope", "--db", str(inbox.db), "--outcome", "ok"])
    assert r.exit_code == 2 and "no run 'nope'" in r.output
    r = runner.invoke(app, ["feedback", "job-42", "--db", str(inbox.db), "--outcome", "maybe"])
    assert r.exit_code == 2 and "ok or fail" in r.output
    r = runner.invoke(app, ["feedback", "--db", str(tmp_path / "missing.sqlite"), "--export", "x.jsonl"])
    assert r.exit_code == 2 and "no database" in r.output
    assert [a.event for a in inbox.audit()][-1] == "outcome"


def test_module_level_report_outcome_and_a_record_only_inbox(inbox):
    inbox.start("Paint the shed white", thread_id="t1")
    assert report_outcome(inbox.db, "t1", success=True).success is True
    other = Inbox(inbox.db)  # a record-only front end sees the same feedback
    try:
        assert other.feedback.outcome("t1").success is True
    finally:
        other.close()


def test_wrap_with_a_live_channel_records_to_a_path_and_the_cli_key_marks_not_needed(tmp_path):
    db = str(tmp_path / "fb.sqlite")
    stdin = io.StringIO("!n\n")
    graph = asksafe.wrap(logging_agent, channel=CLIChannel(stdin=stdin), probe=MarkerProbe(), feedback=db)
    out = graph.invoke({"task": "Paint the fence [ask:color]"}, {"configurable": {"thread_id": "cli-1"}})
    assert out["status"] == "done" and NOT_NEEDED_ANSWER in out["context"][0]
    with FeedbackStore(db) as store:
        [ask, act] = store.decisions("cli-1")
        assert ask.answer_status == "answered" and store.verdict_of(ask.question_id).verdict == "not_needed"
        assert store.verdict_of(ask.question_id).channel == "cli"
    rec = _records(db)[0]
    assert (rec["verdict"], rec["answer"], rec["group"]) == ("not_needed", None, "cli-1")


def test_nothing_is_stored_by_default_and_a_run_without_thread_gets_its_own_group(tmp_path):
    graph = asksafe.wrap(logging_agent, channel=CLIChannel(stdin=io.StringIO("red\n")), probe=MarkerProbe())
    graph.invoke({"task": "Paint the fence [ask:color]"})
    assert list(tmp_path.iterdir()) == []
    db = str(tmp_path / "fb.sqlite")
    graph = asksafe.wrap(logging_agent, channel=CLIChannel(stdin=io.StringIO("red\nblue\n")), probe=MarkerProbe(),
                         feedback=db)
    graph.invoke({"task": "Paint the fence [ask:color]"})
    graph.invoke({"task": "Paint the shed [ask:color]"})
    groups = [r["group"] for r in _records(db)]
    assert len(groups) == 4 and len(set(groups)) == 2 and groups[0] == groups[1]


def test_redact_scrubs_text_and_context_before_storage(tmp_path):
    db = str(tmp_path / "fb.sqlite")
    box = make_inbox(db, redact=lambda s: s.replace("ana@example.com", "<email>"))
    try:
        box.start("Mail ana@example.com the fence [ask:color]", thread_id="t1", context="cc ana@example.com")
        [d] = box.feedback.decisions("t1")
        assert d.text == "Mail <email> the fence [ask:color]" and d.context == "cc <email>"
    finally:
        box.close()
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT text, context FROM asksafe_decisions").fetchall()
    assert rows == [("Mail <email> the fence [ask:color]", "cc <email>")]
    assert "ana@example.com" not in json.dumps(_records(db))


def test_a_failing_redact_stores_nothing_and_the_run_goes_on(tmp_path):
    db = str(tmp_path / "fb.sqlite")

    def broken(_: str) -> str:
        raise RuntimeError("scrubber down")

    graph = asksafe.wrap(logging_agent, channel=CLIChannel(stdin=io.StringIO("")), probe=MarkerProbe(),
                         feedback=db, redact=broken)
    out = graph.invoke({"task": "Paint the shed white"}, {"configurable": {"thread_id": "r1"}})
    assert out["status"] == "done" and _records(db) == []


def test_a_decision_recorded_twice_is_stored_once(tmp_path):
    from asksafe.types import Decision

    with FeedbackStore(str(tmp_path / "fb.sqlite")) as store:
        d = Decision(action="act", reason="r", p_blocker=0.2, policy="balanced", threshold=0.5)
        assert store.record_decision("run", 0, d, "text") is True
        assert store.record_decision("run", 0, d, "text") is False
        assert len(store.decisions()) == 1


# ── the web inbox and Slack buttons ─────────────────────────────────────────

ANA_TOKEN = "tok-ana-0123456789abcdef"


def test_the_web_inbox_button_marks_a_question_not_needed(inbox, agent_log):
    import re

    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from asksafe.adapters.web import create_app

    client = TestClient(create_app(inbox, [f"ana={ANA_TOKEN}"]), follow_redirects=False,
                        headers={"Origin": "http://testserver"})  # a browser's same-origin form POST
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    inbox.start("Paint the shed [ask:size]", thread_id="t2")
    fence, shed = sorted(inbox.pending(), key=lambda q: q.thread_id)
    url = f"/questions/{fence.id}/verdict"
    assert client.post(url, data={"verdict": "not_needed", "csrf": "x"}).status_code == 401  # no session
    assert client.post("/login", data={"token": ANA_TOKEN}).status_code == 303
    page = client.get("/")
    assert page.text.count("Did not need asking") == 2
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page.text).group(1)
    assert client.post(url, data={"verdict": "not_needed"}).status_code == 403
    assert client.post(url, data={"verdict": "not_needed", "csrf": csrf},
                       headers={"Origin": "https://evil.example"}).status_code == 403
    assert inbox.feedback.verdict_of(fence.id) is None and len(inbox.pending()) == 2

    r = client.post(url, data={"verdict": "not_needed", "csrf": csrf})
    assert r.status_code == 303
    v = inbox.feedback.verdict_of(fence.id)
    assert (v.verdict, v.responder, v.channel) == ("not_needed", "ana", "web")
    assert [q.id for q in inbox.pending()] == [shed.id]  # the fence run went on
    assert client.post(url, data={"verdict": "not_needed", "csrf": csrf}).status_code == 303  # idempotent
    r = client.post(url, data={"verdict": "needed", "csrf": csrf})
    assert r.status_code == 409 and "already has the verdict" in r.text
    assert client.post(url, data={"verdict": "maybe", "csrf": csrf}).status_code == 400
    assert client.post("/questions/nope/verdict", data={"verdict": "needed", "csrf": csrf}).status_code == 404

    # an answered question can be judged afterwards, from the history table
    client.post(f"/questions/{shed.id}/answer", data={"option": "large", "csrf": csrf})
    page = client.get("/").text
    assert f'action="/questions/{shed.id}/verdict"' in page
    client.post(f"/questions/{shed.id}/verdict", data={"verdict": "not_needed", "csrf": csrf})
    page = client.get("/").text
    assert f'action="/questions/{shed.id}/verdict"' not in page and page.count("not needed") >= 2
    by_group = {r["group"]: r for r in _records(inbox.db) if r["action"] == "ask"}
    assert by_group["t1"]["answer"] is None and by_group["t2"]["answer"] == "large"
    assert {g: r["verdict"] for g, r in by_group.items()} == {"t1": "not_needed", "t2": "not_needed"}


def test_the_slack_button_marks_a_question_not_needed(inbox, agent_log):
    pytest.importorskip("slack_bolt")
    from slack_fake import BOT_TOKEN, SIGNING_SECRET, FakeSlack, click, signed
    from slack_sdk import WebClient

    from asksafe.adapters import SlackChannel

    with FakeSlack() as fake:
        slack = SlackChannel(inbox, channel="C0Q", signing_secret=SIGNING_SECRET, allowed_users=["U0ANA"],
                             client=WebClient(token=BOT_TOKEN, base_url=fake.base_url), process_before_response=True)
        inbox.start("Paint the fence [ask:color]", thread_id="t1")
        [qid] = slack.post_pending()
        [msg] = fake.of("chat.postMessage")
        actions = next(b for b in msg["blocks"] if b["type"] == "actions")
        button = next(e for e in actions["elements"] if e["text"]["text"] == "Did not need asking")

        body, ctype = click(button, actions["block_id"], user="U0ANA", channel="C0Q", message_ts="1700000001.000100")
        assert slack.app.dispatch(signed(body, content_type=ctype, secret="forged-secret")).status == 401
        body_eve, _ = click(button, actions["block_id"], user="U0EVE", channel="C0Q", message_ts="1700000001.000100",
                            action_ts="1700000999.3")
        slack.app.dispatch(signed(body_eve, content_type=ctype))
        assert inbox.feedback.verdict_of(qid) is None and inbox.pending()
        assert "allow-list" in fake.of("chat.postEphemeral")[0]["text"]

        assert slack.app.dispatch(signed(body, content_type=ctype)).status == 200
        v = inbox.feedback.verdict_of(qid)
        assert (v.verdict, v.responder, v.channel) == ("not_needed", "U0ANA", "slack")
        assert inbox.pending() == [] and inbox.runs()[0].status == "done"
        [upd] = fake.of("chat.update")
        assert "actions" not in [b["type"] for b in upd["blocks"]]
        rec = _records(inbox.db)[0]
        assert (rec["verdict"], rec["answer"], rec["group"]) == ("not_needed", None, "t1")
