"""Feedback: every decision, every verdict on a question, every run's outcome, in the Inbox's database.

This is what ``asksafe learn`` reads. Three tables sit beside the Inbox's audit
log (same SQLite file or Postgres database, same connection layer):
``asksafe_decisions``, ``asksafe_verdicts`` and ``asksafe_outcomes``.

>>> graph = asksafe.wrap(agent, channel=CLIChannel(), feedback="runs.sqlite")   # record every decision
>>> inbox = Inbox.open("runs.sqlite", agent=agent)       # Inbox-managed runs record theirs automatically
>>> inbox.verdict(question_id, "not_needed", responder="ana")
>>> report_outcome("runs.sqlite", "job-42", success=False, should_have_asked="Which currency?")
>>> for record in export_records("runs.sqlite"): ...  # the JSONL shape `asksafe learn` accepts

Recording is idempotent: the same decision, verdict or outcome recorded twice is
stored once; a *different* second value raises :class:`DuplicateFeedbackError`
and the first stands. The record format is documented in ``docs/feedback.md``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from asksafe.errors import (
    ConfigError,
    DuplicateFeedbackError,
    InvalidFeedbackError,
    LateFeedbackError,
    UnknownQuestionError,
    UnknownRunError,
)
from asksafe.events import log
from asksafe.db import Database as _Db
from asksafe.inbox.inbox import MAX_NAME_CHARS
from asksafe.inbox.tables import SCHEMA as _INBOX_SCHEMA
from asksafe.inbox.tables import iso as _iso
from asksafe.inbox.tables import parse_time as _parse
from asksafe.types import MAX_ANSWER_CHARS, Decision, utcnow

VerdictValue = Literal["needed", "not_needed"]
VERDICTS: tuple[str, ...] = ("needed", "not_needed")
NOT_NEEDED_ANSWER = "No answer needed: this did not need asking. Proceed with the most sensible reading of the task."
"""What a run waiting on a question is told when its responder marks the question "did not need asking"."""

Redactor = Callable[[str], str]

_SCHEMA = [
    """CREATE TABLE IF NOT EXISTS asksafe_decisions (
        id {serial}, run_id TEXT NOT NULL, seq INTEGER NOT NULL, at TEXT NOT NULL, source TEXT NOT NULL,
        text TEXT NOT NULL, context TEXT, p_blocker DOUBLE PRECISION NOT NULL, threshold DOUBLE PRECISION,
        action TEXT NOT NULL, propensity DOUBLE PRECISION NOT NULL, explored INTEGER NOT NULL DEFAULT 0,
        policy TEXT NOT NULL, reason TEXT NOT NULL, blocker_key TEXT, question_id TEXT, question TEXT,
        answer TEXT, answer_status TEXT, responder TEXT, answered_at TEXT, UNIQUE (run_id, seq))""",
    "CREATE INDEX IF NOT EXISTS asksafe_decisions_question ON asksafe_decisions (question_id)",
    """CREATE TABLE IF NOT EXISTS asksafe_verdicts (
        question_id TEXT PRIMARY KEY, run_id TEXT, verdict TEXT NOT NULL, responder TEXT NOT NULL,
        channel TEXT, note TEXT, at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS asksafe_outcomes (
        run_id TEXT PRIMARY KEY, success INTEGER NOT NULL, should_have_asked TEXT, reporter TEXT,
        at TEXT NOT NULL)""",
]


# ── boundary models ─────────────────────────────────────────────────────────


class DecisionRecord(BaseModel):
    """One stored decision: what was probed, what the policy did, how likely that was, what came of it."""

    id: int
    run_id: str
    seq: int
    at: datetime
    source: str
    text: str
    context: str | None = None
    p_blocker: float
    threshold: float | None = None
    action: Literal["act", "ask"]
    propensity: float
    explored: bool = False
    policy: str
    reason: str
    blocker_key: str | None = None
    question_id: str | None = None
    question: str | None = None
    answer: str | None = None
    answer_status: Literal["answered", "expired"] | None = None
    responder: str | None = None


class Verdict(BaseModel):
    """A responder's verdict on one question."""

    question_id: str
    run_id: str | None = None
    verdict: VerdictValue
    responder: str
    channel: str | None = None
    note: str | None = None
    at: datetime


class Outcome(BaseModel):
    """How a run ended, as reported after the fact, and what it should have asked (if anything)."""

    run_id: str
    success: bool
    should_have_asked: str | None = None
    reporter: str | None = None
    at: datetime


class FeedbackRecord(BaseModel):
    """One line of the JSONL export, the shape ``asksafe learn --from-jsonl`` reads (docs/feedback.md).

    A record with ``text`` and ``verdict`` only is fully labelled.
    """

    text: str
    context: str | None = None
    verdict: VerdictValue | None = None
    action: Literal["ask", "act"] | None = None
    outcome: Literal["success", "failure"] | None = None
    propensity: float | None = None
    question: str | None = None
    answer: str | None = None
    group: str | None = None


# ── the store ───────────────────────────────────────────────────────────────


def _name(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidFeedbackError(f"{what} must be a non-empty string")
    return value.strip()[:MAX_NAME_CHARS]


def _note(value: Any, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidFeedbackError(f"{what} must be text, got {type(value).__name__}")
    value = value.strip()
    if len(value) > MAX_ANSWER_CHARS:
        raise InvalidFeedbackError(f"{what} has {len(value):,} characters; the limit is {MAX_ANSWER_CHARS:,}")
    return value or None


class FeedbackStore:
    """Decisions, verdicts and outcomes in an Inbox database (a SQLite path or a ``postgresql://`` URL).

    >>> store = FeedbackStore("runs.sqlite")
    >>> store.verdict("3f2a…", "not_needed", responder="ana")
    >>> store.report_outcome("job-42", success=True)
    >>> list(store.records())
    """

    def __init__(self, db: str | _Db):
        if isinstance(db, _Db):
            self._db, self._owned = db, False
        elif isinstance(db, str | Path) and str(db).strip():
            self._db, self._owned = _Db(str(db), _INBOX_SCHEMA), True
        else:
            raise ConfigError("the feedback store needs a database: a SQLite file path or a postgresql:// URL")
        self.url = self._db.url
        self._db.create(_SCHEMA)

    @classmethod
    def of(cls, spec: FeedbackStore | str | Path | None) -> FeedbackStore | None:
        """A store from what ``wrap(feedback=...)`` was given: a store, a path/URL, or None."""
        if spec is None or isinstance(spec, FeedbackStore):
            return spec
        if isinstance(spec, str | Path):
            return cls(str(spec))
        raise ConfigError(f"feedback must be a FeedbackStore, a SQLite path or a postgresql:// URL; got {spec!r}")

    def close(self) -> None:
        if self._owned:
            self._db.close()

    def __enter__(self) -> FeedbackStore:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # ── recording ───────────────────────────────────────────────────────────

    def record_decision(self, run_id: str, seq: int, decision: Decision, text: str, context: str | None = None,
                        question_id: str | None = None, question: str | None = None,
                        at: datetime | None = None) -> bool:
        """Store one decision (``seq``: its index in the run); False when it was stored already."""
        return self._db.execute(
            "INSERT INTO asksafe_decisions (run_id, seq, at, source, text, context, p_blocker, threshold, action,"
            " propensity, explored, policy, reason, blocker_key, question_id, question)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, seq) DO NOTHING",
            (run_id, int(seq), _iso(at or utcnow()), decision.source, text, context or None,
             float(decision.p_blocker), decision.threshold, decision.action, float(decision.propensity),
             int(decision.explored), decision.policy, decision.reason, decision.blocker_key, question_id,
             question if question is not None else decision.question)) == 1

    def record_answer(self, question_id: str, answer: str | None, *, responder: str | None = None,
                      at: datetime | None = None) -> None:
        """Note on the asking decision that its question was answered (``answer=None``: it expired unanswered)."""
        status = "answered" if answer is not None else "expired"
        self._db.execute(
            "UPDATE asksafe_decisions SET answer = ?, answer_status = ?, responder = ?, answered_at = ?"
            " WHERE question_id = ? AND answer_status IS NULL",
            (answer, status, responder, _iso(at or utcnow()), question_id))

    def verdict(self, question_id: str, verdict: str, *, responder: str, note: str | None = None,
                channel: str | None = None, now: datetime | None = None) -> Verdict:
        """Record whether a question was needed. Same verdict again: no change; a different one raises.

        Raises :class:`InvalidFeedbackError`, :class:`UnknownQuestionError`, :class:`LateFeedbackError`
        (the question expired unanswered) or :class:`DuplicateFeedbackError`.
        """
        if verdict not in VERDICTS:
            raise InvalidFeedbackError(f"a verdict is 'needed' or 'not_needed', got {verdict!r}")
        responder = _name(responder, "responder")
        channel = _name(channel, "channel") if channel is not None else None
        note = _note(note, "the note")
        now = now or utcnow()
        found = self._question(question_id, now)
        if found["status"] == "expired":
            raise LateFeedbackError(f"question {question_id} expired unanswered ({found['why']}); "
                                    "a verdict on it is not recorded")
        self._db.execute(
            "INSERT INTO asksafe_verdicts (question_id, run_id, verdict, responder, channel, note, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (question_id) DO NOTHING",
            (question_id, found["run_id"], verdict, responder, channel, note, _iso(now)))
        stored = self.verdict_of(question_id)
        assert stored is not None
        if stored.verdict != verdict:
            raise DuplicateFeedbackError(
                f"question {question_id} already has the verdict {stored.verdict!r} from {stored.responder} at "
                f"{_iso(stored.at)}; {verdict!r} was not recorded")
        log.info("feedback_verdict", question_id=question_id, run_id=found["run_id"], verdict=verdict,
                 responder=responder, channel=channel)
        return stored

    def report_outcome(self, run_id: str, success: bool, should_have_asked: str | None = None, *,
                       reporter: str | None = None, now: datetime | None = None) -> Outcome:
        """Record how run ``run_id`` ended, and optionally what it should have asked.

        Same outcome again: no change (a ``should_have_asked`` may be added to an outcome that had none).
        Raises :class:`InvalidFeedbackError`, :class:`UnknownRunError` or :class:`DuplicateFeedbackError`.
        """
        if not isinstance(success, bool):
            raise InvalidFeedbackError(f"success must be True or False, got {success!r}")
        should_have_asked = _note(should_have_asked, "should_have_asked")
        reporter = _name(reporter, "reporter") if reporter is not None else None
        if not isinstance(run_id, str) or not run_id:
            raise UnknownRunError("a run id is required")
        if not self._run_exists(run_id):
            raise UnknownRunError(f"no run {run_id[:64]!r} in {self._where()}: it recorded no decision")
        now = now or utcnow()
        self._db.execute(
            "INSERT INTO asksafe_outcomes (run_id, success, should_have_asked, reporter, at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (run_id) DO NOTHING", (run_id, int(success), should_have_asked, reporter, _iso(now)))
        if should_have_asked is not None:  # adding what it should have asked to the same outcome is not a conflict
            self._db.execute("UPDATE asksafe_outcomes SET should_have_asked = ? WHERE run_id = ? AND success = ?"
                             " AND should_have_asked IS NULL", (should_have_asked, run_id, int(success)))
        stored = self.outcome(run_id)
        assert stored is not None
        if stored.success != success or (should_have_asked is not None
                                         and stored.should_have_asked != should_have_asked):
            said = "ok" if stored.success else "fail"
            extra = f", should have asked {stored.should_have_asked!r}" if stored.should_have_asked else ""
            raise DuplicateFeedbackError(f"run {run_id} already has the outcome {said}{extra} (at {_iso(stored.at)});"
                                         " the new report was not recorded")
        log.info("feedback_outcome", run_id=run_id, success=success, should_have_asked=bool(should_have_asked))
        return stored

    # ── reading ─────────────────────────────────────────────────────────────

    def decisions(self, run_id: str | None = None) -> list[DecisionRecord]:
        """Stored decisions, in the order they were made (one run's, or all)."""
        if run_id is None:
            rows = self._db.rows("SELECT * FROM asksafe_decisions ORDER BY id")
        else:
            rows = self._db.rows("SELECT * FROM asksafe_decisions WHERE run_id = ? ORDER BY seq", (run_id,))
        return [self._decision(r) for r in rows]

    def verdict_of(self, question_id: str) -> Verdict | None:
        r = self._db.one("SELECT * FROM asksafe_verdicts WHERE question_id = ?", (question_id,))
        return Verdict(**{**r, "at": _parse(r["at"])}) if r else None

    def outcome(self, run_id: str) -> Outcome | None:
        r = self._db.one("SELECT * FROM asksafe_outcomes WHERE run_id = ?", (run_id,))
        return Outcome(**{**r, "success": bool(r["success"]), "at": _parse(r["at"])}) if r else None

    def records(self, batch: int = 500) -> Iterator[dict]:
        """One export record per decision (docs/feedback.md), in the order decisions were made.

        - an ask decision: ``question``/``answer`` as asked and answered; ``verdict`` the explicit one,
          else ``"needed"`` if answered, else null; ``outcome`` null;
        - an act decision: ``outcome`` from the run's reported outcome; if the run reported
          ``should_have_asked``, its first act decision gets ``verdict="needed"`` and that text as ``question``.
        """
        first_act = {r["run_id"]: r["seq"] for r in self._db.rows(
            "SELECT run_id, MIN(seq) AS seq FROM asksafe_decisions WHERE action = 'act' GROUP BY run_id")}
        last = 0
        while True:
            rows = self._db.rows(
                "SELECT d.*, v.verdict AS v_verdict, q.status AS q_status, q.answer AS q_answer,"
                " o.success AS o_success, o.should_have_asked AS o_should"
                " FROM asksafe_decisions d"
                " LEFT JOIN asksafe_verdicts v ON v.question_id = d.question_id"
                " LEFT JOIN asksafe_questions q ON q.id = d.question_id"
                " LEFT JOIN asksafe_outcomes o ON o.run_id = d.run_id"
                " WHERE d.id > ? ORDER BY d.id LIMIT ?", (last, int(batch)))
            if not rows:
                return
            for r in rows:
                last = r["id"]
                yield _export(r, first_act.get(r["run_id"]))

    def export(self, path: str | Path) -> int:
        """Write :meth:`records` as JSON lines to ``path``; the number of records written."""
        n = 0
        target = Path(path)
        tmp = target.with_name(target.name + ".partial")
        try:
            with tmp.open("w", encoding="utf-8") as fh:
                for rec in self.records():
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    n += 1
        except OSError as exc:
            raise ConfigError(f"cannot write {target}: {exc}") from exc
        tmp.replace(target)
        return n

    # ── internals ───────────────────────────────────────────────────────────

    def _where(self) -> str:
        return "this database" if self._db.postgres else repr(self.url)

    def _run_exists(self, run_id: str) -> bool:
        return (self._db.one("SELECT 1 AS x FROM asksafe_decisions WHERE run_id = ? LIMIT 1", (run_id,)) is not None
                or self._db.one("SELECT 1 AS x FROM asksafe_runs WHERE thread_id = ?", (run_id,)) is not None)

    def _question(self, question_id: str, now: datetime) -> dict:
        """Where a question stands: run id and 'pending' | 'answered' | 'expired' (from the inbox or the decisions)."""
        if not isinstance(question_id, str) or not question_id:
            raise UnknownQuestionError("a question id is required")
        q = self._db.one("SELECT thread_id, status, deadline, answered_at FROM asksafe_questions WHERE id = ?",
                         (question_id,))
        if q is not None:
            deadline = _parse(q["deadline"])
            if q["status"] == "expired":
                return {"run_id": q["thread_id"], "status": "expired", "why": f"at {q['answered_at']}"}
            if q["status"] == "pending" and deadline is not None and now >= deadline:
                return {"run_id": q["thread_id"], "status": "expired", "why": f"its deadline passed at {_iso(deadline)}"}
            return {"run_id": q["thread_id"], "status": q["status"]}
        d = self._db.one("SELECT run_id, answer_status, answered_at FROM asksafe_decisions WHERE question_id = ?"
                         " ORDER BY id LIMIT 1", (question_id,))
        if d is None:
            raise UnknownQuestionError(f"no question {question_id[:64]!r} in {self._where()}")
        if d["answer_status"] == "expired":
            return {"run_id": d["run_id"], "status": "expired", "why": f"at {d['answered_at']}"}
        return {"run_id": d["run_id"], "status": d["answer_status"] or "pending"}

    @staticmethod
    def _decision(r: dict) -> DecisionRecord:
        return DecisionRecord(**{**r, "at": _parse(r["at"]), "explored": bool(r["explored"])})


def _export(r: dict, first_act_seq: int | None) -> dict:
    rec = {"text": r["text"], "context": r["context"] or None, "verdict": None, "action": r["action"],
           "outcome": None, "propensity": float(r["propensity"]), "question": None, "answer": None,
           "group": r["run_id"]}
    if r["action"] == "ask":
        answer = r["answer"] if r["answer"] is not None else r["q_answer"]
        answered = r["answer_status"] == "answered" or r["q_status"] == "answered"
        verdict = r["v_verdict"] or ("needed" if answered else None)
        if verdict == "not_needed" and answer == NOT_NEEDED_ANSWER:
            answer = None  # the stock reply that let the run go on is not an answer
        rec.update(question=r["question"], answer=answer if answered else None, verdict=verdict)
    else:
        if r["o_success"] is not None:
            rec["outcome"] = "success" if r["o_success"] else "failure"
        if r["o_should"] and r["seq"] == first_act_seq:
            rec.update(verdict="needed", question=r["o_should"])
    return rec


# ── what the graph and the middleware call ──────────────────────────────────


@dataclass
class FeedbackRecorder:
    """The graph's and the middleware's hook into a :class:`FeedbackStore`, with the user's ``redact``.

    A failure to record is logged (event ``feedback_record``, ``ok=False``) and never fails the run.
    """

    store: FeedbackStore
    redact: Redactor | None = None

    def decision(self, run_id: str, seq: int, decision: Decision, text: str, context: str | None,
                 question_id: str | None = None, question: str | None = None) -> None:
        try:
            if self.redact is not None:
                text = self.redact(text)
                context = self.redact(context) if context else context
                if not isinstance(text, str) or not (context is None or isinstance(context, str)):
                    raise TypeError("redact must return a string")
            self.store.record_decision(run_id, seq, decision, text, context, question_id=question_id,
                                       question=question)
        except Exception as exc:  # feedback is for learning later; the run goes on
            log.error("feedback_record", ok=False, run_id=run_id, what="decision", error=repr(exc))

    def answer(self, question: dict, answer: dict | None) -> None:
        """``answer``: the answer as stored in the run (a dict), or None when the question went unanswered."""
        try:
            if answer is None:
                self.store.record_answer(question["id"], None)
                return
            at = answer.get("answered_at")
            self.store.record_answer(question["id"], str(answer.get("text", "")), responder=answer.get("responder"),
                                     at=_parse(at) if isinstance(at, str) else at)
            if answer.get("verdict") in VERDICTS:
                self.store.verdict(question["id"], answer["verdict"], responder=str(answer.get("responder") or
                                                                                   "unknown"),
                                   channel=str(answer.get("channel") or "unknown"))
        except Exception as exc:
            log.error("feedback_record", ok=False, question_id=question.get("id"), what="answer", error=repr(exc))


def recorder(feedback: FeedbackStore | str | Path | None, redact: Redactor | None = None) -> FeedbackRecorder | None:
    """The recorder for ``wrap(feedback=..., redact=...)``; None when nothing is to be recorded."""
    if redact is not None and not callable(redact):
        raise ConfigError(f"redact must be a function str -> str, got {redact!r}")
    store = FeedbackStore.of(feedback)
    return FeedbackRecorder(store, redact) if store is not None else None


def run_id_of(config: Any) -> str | None:
    """The thread id of a LangGraph config (a run's id in the feedback store), if any."""
    if isinstance(config, dict):
        tid = (config.get("configurable") or {}).get("thread_id")
        return str(tid) if tid is not None else None
    return None


# ── module-level helpers (and the CLI's) ────────────────────────────────────


def report_outcome(db: str | FeedbackStore, run_id: str, success: bool, should_have_asked: str | None = None,
                   *, reporter: str | None = None) -> Outcome:
    """Record a run's outcome in the database ``db``.

    >>> report_outcome("runs.sqlite", "job-42", success=False, should_have_asked="Which currency?")
    """
    store = db if isinstance(db, FeedbackStore) else FeedbackStore(db)
    try:
        return store.report_outcome(run_id, success, should_have_asked, reporter=reporter)
    finally:
        if store is not db:
            store.close()


def export_records(db: str | FeedbackStore) -> Iterator[dict]:
    """One JSONL record per stored decision (docs/feedback.md).

    >>> for rec in export_records("runs.sqlite"):
    ...     print(rec["text"], rec["action"], rec["verdict"], rec["propensity"])
    """
    store = db if isinstance(db, FeedbackStore) else FeedbackStore(db)
    try:
        yield from store.records()
    finally:
        if store is not db:
            store.close()
