"""The :class:`Inbox`: suspended runs, their pending questions, and who answered what.

Channels that cannot block (Slack, the web inbox) talk to an :class:`Inbox`.
It owns the graph (suspended mode, ``channel=None``) and a small table of
questions plus an append-only audit log, in the same SQLite file as the
checkpoints or in Postgres, so several worker processes share one inbox.

>>> inbox = Inbox.open("runs.sqlite", agent=my_agent, question_timeout=3600)
>>> inbox.start("Write top_k(items)", thread_id="t1")          # runs until it must ask
>>> q = inbox.pending()[0]
>>> inbox.answer(q.id, "k is given by the caller", responder="ana", channel="web")
AnswerResult(question_id=..., run_status='done', ...)

Exactly once: an answer is accepted by one atomic
``UPDATE … WHERE status = 'pending'``; a second answer, or one after the
deadline, raises :class:`~asksafe.errors.AlreadyAnsweredError` /
:class:`~asksafe.errors.LateAnswerError` and changes nothing. Every graph
invocation of a run happens under a lease on the run's row, and a resume
first reads the checkpoint, so a worker that dies mid-resume is finished by
the next one (:meth:`Inbox.work`) without applying the answer twice.

A *bare* question (:meth:`Inbox.ask`) has no run behind it: an outside
asker (an MCP client) waits on it. Its thread has no row in the runs table,
so nothing is resumed: channels show and answer it like any other question,
it expires at its deadline, and the asker reads the answer with
:meth:`Inbox.question` and records the hand-over once with :meth:`Inbox.collect`.

Answer text is data: length-capped, stored with parameterised queries only,
never executed or formatted into a command.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from asksafe.ask import pending_question
from asksafe.db import Database, is_postgres_url
from asksafe.errors import (
    AlreadyAnsweredError,
    ConfigError,
    InvalidAnswerError,
    InvalidQuestionError,
    InvalidTaskError,
    LateAnswerError,
    UnknownQuestionError,
)
from asksafe.events import log
from asksafe.inbox.models import (
    AnswerResult,
    AuditEntry,
    InboxQuestion,
    RunInfo,
    RunStatus,
)
from asksafe.inbox.tables import SCHEMA, iso, parse_time
from asksafe.types import MAX_ANSWER_CHARS, TIMEOUT, utcnow
from asksafe.unicode import check_unicode
from asksafe.visual import thumbnails

__all__ = ["DEFAULT_LEASE_SECONDS", "Inbox"]

TASK_EXCERPT_CHARS = 200
MAX_QUESTION_CHARS = 2_000  # a bare question (Inbox.ask); the probe's own questions are far shorter
MAX_OPTIONS = 20
MAX_NAME_CHARS = 200  # responder and channel names
DEFAULT_LEASE_SECONDS = 300.0


@dataclass
class _Outcome:
    run_status: RunStatus
    decision: str
    next_question: dict | None
    result_excerpt: str | None


def _config(thread_id: str) -> dict:
    return {"configurable": {"thread_id": thread_id}}


def _excerpt(value: Any, n: int = 500) -> str | None:
    if value is None:
        return None
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= n else text[: n - 1] + "…"


def _clean_name(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidAnswerError(f"{what} must be a non-empty string")
    return value.strip()[:MAX_NAME_CHARS]


class Inbox:
    """Pending questions of suspended runs, answered exactly once, with an audit log.

    - ``Inbox(db)``: record-only (a web or Slack front end without the agent):
      answers are stored and a worker holding the graph resumes them (:meth:`work`).
    - ``Inbox(db, graph=graph)`` or :meth:`Inbox.open`: answers resume the run at once.
    """

    def __init__(self, db: str, graph: Any = None, *, lease_seconds: float = DEFAULT_LEASE_SECONDS,
                 max_answer_chars: int = MAX_ANSWER_CHARS, create: bool = True):
        if not isinstance(db, str) or not db.strip():
            raise ConfigError("the inbox needs a database: a SQLite file path or a postgresql:// URL")
        if graph is not None and getattr(graph, "checkpointer", None) is None:
            raise ConfigError("the inbox's graph needs a durable checkpointer: wrap(..., channel=None, "
                              "checkpointer='runs.sqlite')")
        if lease_seconds <= 0:
            raise ConfigError(f"lease_seconds must be positive, got {lease_seconds!r}")
        self.db = db
        self.graph = graph
        self.lease_seconds = float(lease_seconds)
        self.max_answer_chars = min(int(max_answer_chars), MAX_ANSWER_CHARS)
        self.worker_id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        # create=False: only an existing inbox (the CLI's audit/inbox never create or alter a database)
        self._db = Database(db, SCHEMA, what="inbox database",
                            existing=() if create else ("asksafe_runs", "asksafe_questions"))
        self._feedback: Any = None

    @classmethod
    def open(cls, db: str, *, agent: Any, checkpointer: Any = None, lease_seconds: float = DEFAULT_LEASE_SECONDS,
             **wrap_kwargs: Any) -> Inbox:
        """An inbox with its own suspended graph; checkpoints go to ``db`` unless told otherwise.

        >>> Inbox.open("runs.sqlite", agent=my_agent, question_timeout=3600, on_timeout="assume")
        """
        from asksafe.graph import wrap
        from asksafe.store import postgres_checkpointer, sqlite_checkpointer

        if checkpointer is None:
            checkpointer = postgres_checkpointer(db) if is_postgres_url(db) else sqlite_checkpointer(db)
        box = cls(db, lease_seconds=lease_seconds)
        wrap_kwargs.setdefault("feedback", box.feedback)  # the runs' decisions go to this database
        box.graph = wrap(agent, channel=None, checkpointer=checkpointer, **wrap_kwargs)
        return box

    def close(self) -> None:
        self._db.close()

    # ── feedback (asksafe.feedback): verdicts on questions, outcomes of runs ──

    @property
    def feedback(self) -> Any:
        """The :class:`~asksafe.feedback.FeedbackStore` in this inbox's database."""
        if self._feedback is None:
            from asksafe.feedback import FeedbackStore

            self._feedback = FeedbackStore(self._db)
        return self._feedback

    def verdict(self, question_id: str, verdict: str, *, responder: str, note: str | None = None,
                channel: str = "api", now: datetime | None = None) -> Any:
        """Record whether a question was ``"needed"`` or ``"not_needed"``; the stored :class:`Verdict`.

        An answer counts as "needed" unless a "not_needed" verdict is given. "not_needed" on a pending
        question also lets its run go on: it is answered with :data:`~asksafe.feedback.NOT_NEEDED_ANSWER`.
        Raises the errors of :meth:`FeedbackStore.verdict <asksafe.feedback.FeedbackStore.verdict>`.
        """
        from asksafe.feedback import NOT_NEEDED_ANSWER

        before = self.feedback.verdict_of(question_id) if isinstance(question_id, str) and question_id else None
        stored = self.feedback.verdict(question_id, verdict, responder=responder, note=note, channel=channel, now=now)
        row = self._row(question_id) if self._db.one("SELECT 1 AS x FROM asksafe_questions WHERE id = ?",
                                                      (question_id,)) else None
        if before is None:
            self._audit("verdict", row, thread_id=stored.run_id, actor=stored.responder, channel=channel,
                        decision=stored.verdict, detail=stored.note, at=stored.at)
        if stored.verdict == "not_needed" and row is not None and row["status"] == "pending":
            try:
                self.answer(question_id, NOT_NEEDED_ANSWER, responder=stored.responder, channel=channel, now=now)
            except (AlreadyAnsweredError, LateAnswerError):
                pass  # answered (or expired) meanwhile: the verdict stands, the run went on anyway
        return stored

    def report_outcome(self, run_id: str, success: bool, should_have_asked: str | None = None, *,
                       reporter: str | None = None) -> Any:
        """Record how run ``run_id`` (its thread id) ended; see :func:`asksafe.feedback.report_outcome`."""
        before = self.feedback.outcome(run_id) if isinstance(run_id, str) and run_id else None
        stored = self.feedback.report_outcome(run_id, success, should_have_asked, reporter=reporter)
        if before is None or before.should_have_asked != stored.should_have_asked:
            self._audit("outcome", thread_id=run_id, actor=reporter, decision="ok" if stored.success else "fail",
                        detail=f"should have asked: {stored.should_have_asked}" if stored.should_have_asked else None,
                        at=stored.at)
        return stored

    # ── starting and resuming runs ──────────────────────────────────────────

    def start(self, task: str, thread_id: str | None = None, context: list[str] | str | None = None,
              images: list[Any] | None = None) -> AnswerResult:
        """Run ``task`` until it finishes or must ask; a question it asks becomes pending.

        >>> inbox.start("Write top_k(items)", thread_id="t1").next_question.text
        'How many items should it return?'
        """
        graph = self._need_graph()
        if not isinstance(task, str) or not task.strip():
            raise InvalidTaskError("'task' is empty: say what the agent should do")
        thread_id = thread_id or uuid.uuid4().hex
        if isinstance(context, str):
            context = [context]
        check_unicode(task, "'task'")
        for c in context or []:
            if isinstance(c, str):
                check_unicode(c, "'context'")
        if images:  # a bad picture is refused before the run exists
            from asksafe.visual.flow import to_state_images

            images = to_state_images(images)
        now = utcnow()
        inserted = self._db.execute(
            "INSERT INTO asksafe_runs (thread_id, task, context, status, lease_owner, lease_until, started_at,"
            " updated_at) VALUES (?, ?, ?, 'running', ?, ?, ?, ?) ON CONFLICT (thread_id) DO NOTHING",
            (thread_id, task, json.dumps(context or []), self.worker_id, self._lease_until(now), iso(now), iso(now)))
        if inserted != 1:
            raise ConfigError(f"thread_id {thread_id!r} already has a run in this inbox; pick a new thread_id")
        log.info("inbox_run", thread_id=thread_id, step="start", worker=self.worker_id)
        try:
            payload: dict = {"task": task}
            if context:
                payload["context"] = context
            if images:  # validated by the graph's start; kept in its checkpoint, not in the runs table
                payload["images"] = images
            self._invoke(thread_id, payload)
            out = self._settle(thread_id)
        except Exception as exc:
            self._fail(thread_id, exc)
            raise
        finally:
            self._release(thread_id)
        return AnswerResult(question_id="", thread_id=thread_id, resumed=True, run_status=out.run_status,
                            decision=out.decision, result_excerpt=out.result_excerpt,
                            next_question=self._view_by_id(out.next_question["id"]) if out.next_question else None)

    def answer(self, question_id: str, text: str, responder: str, channel: str,
               now: datetime | None = None) -> AnswerResult:
        """Answer a pending question and resume its run, exactly once.

        Raises :class:`UnknownQuestionError`, :class:`InvalidAnswerError`,
        :class:`AlreadyAnsweredError` (answered before: nothing changes) or
        :class:`LateAnswerError` (past the deadline: the fallback applies, once).
        """
        if not isinstance(text, str):
            raise InvalidAnswerError(f"an answer must be text, got {type(text).__name__}")
        text = check_unicode(text.strip(), "the answer", InvalidAnswerError)
        if not text:
            raise InvalidAnswerError("the answer is empty; write an answer or pick an option")
        if len(text) > self.max_answer_chars:
            raise InvalidAnswerError(f"the answer has {len(text):,} characters; the limit is "
                                     f"{self.max_answer_chars:,}")
        responder = _clean_name(responder, "responder")
        channel = _clean_name(channel, "channel")
        now = now or utcnow()
        row = self._row(question_id)
        accepted = self._db.execute(
            "UPDATE asksafe_questions SET status = 'answered', answer = ?, responder = ?, channel = ?,"
            " answered_at = ? WHERE id = ? AND status = 'pending' AND (deadline IS NULL OR deadline > ?)",
            (text, responder, channel, iso(now), question_id, iso(now)))
        if accepted != 1:
            self._refuse(row, text, responder, channel, now)  # raises
        self._audit("answered", row, actor=responder, channel=channel, answer=text, at=now)
        log.info("inbox_answer", question_id=question_id, thread_id=row["thread_id"], responder=responder,
                 channel=channel, chars=len(text))
        return self._resume(question_id, now)

    def ask(self, text: str, *, asked_by: str, thread_id: str | None = None, options: Sequence[str] = (),
            context: str = "", about: str = "", timeout: float | None = None, via: str = "api",
            detail: str | None = None, now: datetime | None = None) -> InboxQuestion:
        """Hold a bare question (no run waits on it); channels show and answer it like any other.

        ``asked_by`` and ``via`` go to the audit log (who asked, through what);
        ``timeout`` seconds set the deadline; ``about`` is the line shown where a
        run's question shows its task.

        >>> q = inbox.ask("Which region should the backup go to?", asked_by="claude-code", via="mcp",
        ...               options=["eu-west-1", "us-east-1"], timeout=3600)
        >>> inbox.question(q.id).status
        'pending'
        """
        if not isinstance(text, str) or not text.strip():
            raise InvalidQuestionError("the question is empty: write the question to ask the human")
        text = text.strip()
        if len(text) > MAX_QUESTION_CHARS:
            raise InvalidQuestionError(f"the question has {len(text):,} characters; the limit is "
                                       f"{MAX_QUESTION_CHARS:,}: ask one short question")
        opts = [o.strip() for o in options if isinstance(o, str) and o.strip()]
        if len(opts) != len(list(options)) or len(opts) > MAX_OPTIONS or any(len(o) > 200 for o in opts):
            raise InvalidQuestionError(f"options must be up to {MAX_OPTIONS} non-empty strings of at most "
                                       "200 characters each")
        if timeout is not None and not (isinstance(timeout, (int, float)) and 0 < timeout < float("inf")):
            raise InvalidQuestionError(f"timeout must be a positive number of seconds, got {timeout!r}")
        asked_by = _clean_name(asked_by, "asked_by")
        now = now or utcnow()
        qid = uuid.uuid4().hex
        thread_id = thread_id or f"bare-{qid[:12]}"
        deadline = iso(now + timedelta(seconds=float(timeout))) if timeout is not None else None
        self._db.execute(
            "INSERT INTO asksafe_questions (id, thread_id, text, blocker_key, blocker_type, options, context_excerpt,"
            " task_excerpt, asked_at, deadline, status) VALUES (?, ?, ?, '', '', ?, ?, ?, ?, ?, 'pending')",
            (qid, thread_id[:MAX_NAME_CHARS], text, json.dumps(opts), str(context or "")[:300],
             str(about or f"asked by {asked_by}")[:TASK_EXCERPT_CHARS], iso(now), deadline))
        row = self._row(qid)
        self._audit("asked", row, at=now, actor=asked_by, channel=_clean_name(via, "via"), detail=detail)
        log.info("inbox_ask", question_id=qid, thread_id=row["thread_id"], asked_by=asked_by, via=via)
        return self._view(row, now)

    def collect(self, question_id: str, *, by: str, via: str = "api", now: datetime | None = None) -> bool:
        """Record, once, that a bare question's asker received its answer (or its expiry).

        True for the call that recorded it; False if it was recorded before or the question is still pending.
        """
        now = now or utcnow()
        won = self._db.execute("UPDATE asksafe_questions SET resumed_at = ?, outcome = 'delivered' WHERE id = ?"
                               " AND status <> 'pending' AND resumed_at IS NULL", (iso(now), question_id)) == 1
        if won:
            row = self._row(question_id)
            self._audit("resumed", row, at=now, actor=_clean_name(by, "by"), channel=_clean_name(via, "via"),
                        answer=row["answer"], decision=f"delivered: {row['status']}")
        return won

    def expire_due(self, now: datetime | None = None) -> list[AnswerResult]:
        """Apply the ``on_timeout`` fallback, once, to every pending question past its deadline."""
        now = now or utcnow()
        due = self._db.rows("SELECT id FROM asksafe_questions WHERE status = 'pending' AND deadline IS NOT NULL"
                            " AND deadline <= ? ORDER BY deadline", (iso(now),))
        results = []
        for r in due:
            if self._expire(r["id"], now, reason="deadline passed"):
                results.append(self._resume(r["id"], now))
        return results

    def work(self, now: datetime | None = None, should_stop: Any = None) -> list[AnswerResult]:
        """One pass of a worker: expire what is due, resume what was answered, finish runs a dead worker left.

        Call it periodically from every process that holds the graph (``serve`` and ``asksafe worker`` do).
        ``should_stop()``: checked before each run is taken, so a shutdown finishes the run in hand only.
        """
        self._need_graph()
        now = now or utcnow()
        results = self.expire_due(now)
        waiting = self._db.rows(
            "SELECT q.id FROM asksafe_questions q JOIN asksafe_runs r ON r.thread_id = q.thread_id"
            " WHERE q.status IN ('answered', 'expired') AND q.resumed_at IS NULL"
            " AND (r.lease_owner IS NULL OR r.lease_until < ?) ORDER BY q.answered_at", (iso(now),))
        for r in waiting:
            if should_stop is not None and should_stop():
                return results
            res = self._resume(r["id"], now)
            if res.resumed:
                results.append(res)
        stale = self._db.rows("SELECT thread_id FROM asksafe_runs WHERE status = 'running'"
                              " AND (lease_owner IS NULL OR lease_until < ?)", (iso(now),))
        for r in stale:
            if should_stop is not None and should_stop():
                return results
            self._recover_run(r["thread_id"], now)
        return results

    # ── reading ─────────────────────────────────────────────────────────────

    def pending(self, now: datetime | None = None, limit: int = 200) -> list[InboxQuestion]:
        """Questions waiting for an answer, newest first."""
        rows = self._db.rows("SELECT * FROM asksafe_questions WHERE status = 'pending'"
                             " ORDER BY asked_at DESC, id LIMIT ?", (int(limit),))
        return [self._view(r, now) for r in rows]

    def history(self, now: datetime | None = None, limit: int = 200) -> list[InboxQuestion]:
        """Answered and expired questions, most recently closed first."""
        rows = self._db.rows("SELECT * FROM asksafe_questions WHERE status <> 'pending'"
                             " ORDER BY COALESCE(answered_at, asked_at) DESC, id LIMIT ?", (int(limit),))
        return [self._view(r, now) for r in rows]

    def question(self, question_id: str, now: datetime | None = None) -> InboxQuestion:
        return self._view(self._row(question_id), now)

    def runs(self) -> list[RunInfo]:
        rows = self._db.rows("SELECT * FROM asksafe_runs ORDER BY started_at DESC, thread_id")
        return [RunInfo(thread_id=r["thread_id"], task_excerpt=r["task"][:TASK_EXCERPT_CHARS], status=r["status"],
                        started_at=parse_time(r["started_at"]), updated_at=parse_time(r["updated_at"]),
                        result_excerpt=r["result"]) for r in rows]

    def audit(self, limit: int = 1000) -> list[AuditEntry]:
        """The audit log, oldest first (the last ``limit`` rows)."""
        rows = self._db.rows("SELECT * FROM asksafe_audit ORDER BY id DESC LIMIT ?", (int(limit),))
        return [AuditEntry(**{**r, "at": parse_time(r["at"])}) for r in reversed(rows)]

    # ── helpers for channels (delivery records, retry de-duplication) ───────

    def first_time(self, key: str) -> bool:
        """True the first time ``key`` is seen by any process sharing this inbox (webhook retries)."""
        return self._db.execute("INSERT INTO asksafe_seen (key, at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
                                (key[:300], iso(utcnow()))) == 1

    def forget(self, key: str) -> None:
        """Undo :meth:`first_time` for ``key``: the event was not handled, so its retry must be."""
        self._db.execute("DELETE FROM asksafe_seen WHERE key = ?", (key[:300],))

    def claim_delivery(self, channel: str, question_id: str) -> bool:
        """Claim the right to post ``question_id`` to ``channel`` (one process posts it, once)."""
        return self._db.execute(
            "INSERT INTO asksafe_deliveries (channel, question_id, ref, at) VALUES (?, ?, NULL, ?)"
            " ON CONFLICT (channel, question_id) DO NOTHING", (channel, question_id, iso(utcnow()))) == 1

    def record_delivery(self, channel: str, question_id: str, ref: str) -> None:
        self._db.execute("UPDATE asksafe_deliveries SET ref = ? WHERE channel = ? AND question_id = ?",
                         (ref, channel, question_id))

    def drop_delivery(self, channel: str, question_id: str) -> None:
        """Forget a claim whose post failed, so the question is posted again later."""
        self._db.execute("DELETE FROM asksafe_deliveries WHERE channel = ? AND question_id = ?",
                         (channel, question_id))

    def delivery_ref(self, channel: str, question_id: str) -> str | None:
        row = self._db.one("SELECT ref FROM asksafe_deliveries WHERE channel = ? AND question_id = ?",
                           (channel, question_id))
        return row["ref"] if row else None

    def question_for_ref(self, channel: str, ref: str) -> str | None:
        row = self._db.one("SELECT question_id FROM asksafe_deliveries WHERE channel = ? AND ref = ?",
                           (channel, ref))
        return row["question_id"] if row else None

    def undelivered(self, channel: str) -> list[InboxQuestion]:
        """Pending questions not yet posted to ``channel``, oldest first."""
        rows = self._db.rows(
            "SELECT q.* FROM asksafe_questions q WHERE q.status = 'pending' AND NOT EXISTS"
            " (SELECT 1 FROM asksafe_deliveries d WHERE d.channel = ? AND d.question_id = q.id)"
            " ORDER BY q.asked_at, q.id", (channel,))
        return [self._view(r) for r in rows]

    # ── internals ───────────────────────────────────────────────────────────

    def _need_graph(self) -> Any:
        if self.graph is None:
            raise ConfigError("this inbox has no graph (record-only); open it with Inbox.open(db, agent=...) "
                              "to start or resume runs")
        return self.graph

    def _lease_until(self, now: datetime) -> str:
        return iso(now + timedelta(seconds=self.lease_seconds))

    def _claim_run(self, thread_id: str, now: datetime) -> bool:
        return self._db.execute(
            "UPDATE asksafe_runs SET lease_owner = ?, lease_until = ?, updated_at = ? WHERE thread_id = ?"
            " AND (lease_owner IS NULL OR lease_until < ?)",
            (self.worker_id, self._lease_until(now), iso(now), thread_id, iso(now))) == 1

    def _renew(self, thread_id: str) -> bool:
        """Push this worker's lease on ``thread_id`` forward; False when it is no longer ours."""
        return self._db.execute("UPDATE asksafe_runs SET lease_until = ? WHERE thread_id = ? AND lease_owner = ?",
                                (self._lease_until(utcnow()), thread_id, self.worker_id)) == 1

    def _invoke(self, thread_id: str, payload: Any) -> Any:
        """``graph.invoke`` under a heartbeat: the lease is renewed every third of ``lease_seconds`` while
        the step runs, so another worker's :meth:`work` never starts it again while this process is alive;
        if this process dies, the lease runs out within ``lease_seconds`` and another worker finishes the run."""
        stop = threading.Event()

        def beat() -> None:
            while not stop.wait(self.lease_seconds / 3):
                try:
                    if not self._renew(thread_id):
                        log.warning("inbox_lease", thread_id=thread_id, worker=self.worker_id, outcome="lost")
                        return
                except Exception as exc:  # a database hiccup: try again at the next beat
                    log.warning("inbox_lease", thread_id=thread_id, worker=self.worker_id, error=repr(exc))

        heart = threading.Thread(target=beat, name=f"asksafe-lease-{thread_id[:16]}", daemon=True)
        heart.start()
        try:
            # "sync": each step's checkpoint is committed before the next step starts, so a worker killed
            # mid-step leaves a checkpoint that names the step to redo (langgraph's default writes it
            # in the background, and a SIGKILL could leave the run's last checkpoint behind its agent step)
            return self._need_graph().invoke(payload, _config(thread_id), durability="sync")
        finally:
            stop.set()
            heart.join()

    def _release(self, thread_id: str) -> None:
        self._db.execute("UPDATE asksafe_runs SET lease_owner = NULL, lease_until = NULL WHERE thread_id = ?"
                         " AND lease_owner = ?", (thread_id, self.worker_id))

    def _row(self, question_id: str) -> dict:
        if not isinstance(question_id, str) or not question_id:
            raise UnknownQuestionError("a question id is required")
        row = self._db.one("SELECT * FROM asksafe_questions WHERE id = ?", (question_id,))
        if row is None:
            raise UnknownQuestionError(f"no question {question_id[:64]!r} in this inbox")
        return row

    def _view(self, r: dict, now: datetime | None = None) -> InboxQuestion:
        asked = parse_time(r["asked_at"])
        return InboxQuestion(
            id=r["id"], thread_id=r["thread_id"], text=r["text"], blocker_key=r["blocker_key"],
            blocker_type=r["blocker_type"], options=json.loads(r["options"] or "[]"),
            context_excerpt=r["context_excerpt"], task_excerpt=r["task_excerpt"], asked_at=asked,
            deadline=parse_time(r["deadline"]), age_seconds=max(0.0, ((now or utcnow()) - asked).total_seconds()),
            status=r["status"], answer=r["answer"], responder=r["responder"], channel=r["channel"],
            answered_at=parse_time(r["answered_at"]), resumed_at=parse_time(r["resumed_at"]), outcome=r["outcome"],
            images=thumbnails.load(self._db, r["id"]))

    def _view_by_id(self, question_id: str) -> InboxQuestion | None:
        row = self._db.one("SELECT * FROM asksafe_questions WHERE id = ?", (question_id,))
        return self._view(row) if row else None

    def _audit(self, event: str, row: dict | None = None, *, at: datetime | None = None, thread_id: str | None = None,
               actor: str | None = None, channel: str | None = None, answer: str | None = None,
               decision: str | None = None, detail: str | None = None) -> None:
        self._db.execute(
            "INSERT INTO asksafe_audit (at, event, question_id, thread_id, actor, channel, question, answer,"
            " decision, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (iso(at or utcnow()), event, row["id"] if row else None,
             row["thread_id"] if row else thread_id, actor, channel, row["text"] if row else None,
             answer, decision, detail))

    def _refuse(self, row: dict, text: str, responder: str, channel: str, now: datetime) -> None:
        """An answer that lost: say why, apply the fallback if the deadline just passed, then raise."""
        deadline = parse_time(row["deadline"])
        if row["status"] == "pending" and deadline is not None and now >= deadline:
            why = f"the deadline passed at {iso(deadline)}; the run's fallback applies and this answer is not used"
            self._audit("refused", row, at=now, actor=responder, channel=channel, answer=text, detail=why)
            log.info("inbox_answer", question_id=row["id"], outcome="late", responder=responder, channel=channel)
            if self._expire(row["id"], now, reason="late answer"):
                # the graph sees the late answer, refuses it itself and applies the fallback
                late = {"text": text, "responder": responder, "channel": channel, "answered_at": iso(now)}
                self._resume(row["id"], now, value=late)
            raise LateAnswerError(f"question {row['id']} is closed: {why}")
        current = self._row(row["id"])
        if current["status"] == "answered":
            why = (f"it was already answered by {current['responder']} via {current['channel']} at "
                   f"{current['answered_at']}; this answer changed nothing")
            err: LateAnswerError = AlreadyAnsweredError(f"question {row['id']} is closed: {why}")
        else:
            why = (f"it expired at {current['deadline'] or current['answered_at']} and the run's fallback applied; "
                   "this answer changed nothing")
            err = LateAnswerError(f"question {row['id']} is closed: {why}")
        self._audit("refused", current, at=now, actor=responder, channel=channel, answer=text, detail=why)
        log.info("inbox_answer", question_id=row["id"], outcome="refused", responder=responder, channel=channel)
        raise err

    def _expire(self, question_id: str, now: datetime, reason: str) -> bool:
        won = self._db.execute("UPDATE asksafe_questions SET status = 'expired', answered_at = ?"
                               " WHERE id = ? AND status = 'pending'", (iso(now), question_id)) == 1
        if won:
            row = self._row(question_id)
            self._audit("expired", row, at=now, actor="asksafe", channel="timeout", detail=reason)
            log.info("inbox_expire", question_id=question_id, thread_id=row["thread_id"], reason=reason)
        return won

    def _resume(self, question_id: str, now: datetime, value: Any = None) -> AnswerResult:
        """Resume the run waiting on ``question_id`` (answered or expired) unless that already happened."""
        row = self._row(question_id)
        thread_id = row["thread_id"]
        if self.graph is None or row["resumed_at"] or not self._claim_run(thread_id, now):
            # record-only inbox, done already, or another worker holds the run: a worker picks it up
            return self._result(row, resumed=False)
        try:
            row = self._row(question_id)  # re-read under the lease
            if row["resumed_at"]:
                return self._result(row, resumed=False)
            snapshot = self.graph.get_state(_config(thread_id))
            live = pending_question(snapshot)
            before = len((snapshot.values or {}).get("decisions", []))
            if live is not None and live.get("id") == question_id:
                if value is None:
                    # a plain dict: checkpointers store it as data (no custom type to deserialize)
                    value = (TIMEOUT if row["status"] == "expired" else
                             {"text": row["answer"], "responder": row["responder"], "channel": row["channel"],
                              "answered_at": row["answered_at"]})
                from langgraph.types import Command

                self._db.execute("UPDATE asksafe_questions SET resumes = resumes + 1 WHERE id = ?", (question_id,))
                self._invoke(thread_id, Command(resume=value))
            elif live is None and snapshot.next:
                # an earlier worker resumed it and died mid-run: carry on from the checkpoint
                self._invoke(thread_id, None)
            out = self._settle(thread_id, decisions_before=before)
            self._db.execute("UPDATE asksafe_questions SET resumed_at = ?, outcome = ? WHERE id = ?"
                             " AND resumed_at IS NULL", (iso(utcnow()), out.decision, question_id))
            row = self._row(question_id)
            self._audit("resumed", row, actor=row["responder"], channel=row["channel"], answer=row["answer"],
                        decision=out.decision, detail=f"run {out.run_status}")
            log.info("inbox_resume", question_id=question_id, thread_id=thread_id, run_status=out.run_status,
                     decision=out.decision, worker=self.worker_id)
            return self._result(row, resumed=True, outcome=out)
        except Exception as exc:
            self._fail(thread_id, exc, row)
            raise
        finally:
            self._release(thread_id)

    def _recover_run(self, thread_id: str, now: datetime) -> None:
        """Finish a run whose worker died while it was running (not while it waited on a question)."""
        if not self._claim_run(thread_id, now):
            return
        try:
            run = self._db.one("SELECT * FROM asksafe_runs WHERE thread_id = ?", (thread_id,))
            snapshot = self.graph.get_state(_config(thread_id))
            if not snapshot.values:  # died before the first checkpoint: start again
                payload: dict = {"task": run["task"]}
                ctx = json.loads(run["context"] or "[]")
                if ctx:
                    payload["context"] = ctx
                self._invoke(thread_id, payload)
            elif pending_question(snapshot) is None and snapshot.next:
                self._invoke(thread_id, None)
            self._settle(thread_id)
            log.info("inbox_run", thread_id=thread_id, step="recovered", worker=self.worker_id)
        except Exception as exc:
            self._fail(thread_id, exc)
            raise
        finally:
            self._release(thread_id)

    def _settle(self, thread_id: str, decisions_before: int = 0) -> _Outcome:
        """Record where a run stands after the graph returned: a new pending question, or finished."""
        snapshot = self.graph.get_state(_config(thread_id))
        values = snapshot.values or {}
        live = pending_question(snapshot)
        decisions = values.get("decisions", [])[decisions_before:]
        summary = "; ".join(f"{d.get('action')}: {d.get('reason')}" for d in decisions)
        now = utcnow()
        if live is not None:
            run = self._db.one("SELECT task FROM asksafe_runs WHERE thread_id = ?", (thread_id,))
            task_excerpt = (run["task"] if run else values.get("task", ""))[:TASK_EXCERPT_CHARS]
            asked_at = parse_time(live.get("asked_at")) or now
            deadline = parse_time(live.get("deadline"))
            new = self._db.execute(
                "INSERT INTO asksafe_questions (id, thread_id, text, blocker_key, blocker_type, options,"
                " context_excerpt, task_excerpt, asked_at, deadline, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                " 'pending') ON CONFLICT (id) DO NOTHING",
                (live["id"], thread_id, str(live.get("text", "")), str(live.get("blocker_key", "")),
                 str(live.get("blocker_type", "")), json.dumps([str(o) for o in live.get("options") or []]),
                 str(live.get("context_excerpt", ""))[:300], task_excerpt, iso(asked_at),
                 iso(deadline) if deadline else None))
            if new:
                thumbnails.save(self._db, live["id"], live.get("images"))
                self._audit("asked", self._row(live["id"]), at=asked_at, actor="asksafe",
                            decision=summary or None)
            self._set_run(thread_id, "waiting", None)
            return _Outcome("waiting", summary or f"ask: {live.get('text')}", live, None)
        status: RunStatus = "stopped" if values.get("status") == "stopped" else "done"
        result = _excerpt(values.get("result"))
        changed = self._set_run(thread_id, status, result)
        if changed:
            self._audit("done", thread_id=thread_id, actor="asksafe", decision=summary or None,
                        detail=f"run {status}")
        return _Outcome(status, summary or f"run {status}", None, result)

    def _set_run(self, thread_id: str, status: RunStatus, result: str | None) -> bool:
        return self._db.execute("UPDATE asksafe_runs SET status = ?, result = ?, updated_at = ? WHERE thread_id = ?"
                                " AND status <> ?", (status, result, iso(utcnow()), thread_id, status)) == 1

    def _fail(self, thread_id: str, exc: BaseException, row: dict | None = None) -> None:
        msg = f"{type(exc).__name__}: {exc}"[:1000]
        self._db.execute("UPDATE asksafe_runs SET status = 'failed', error = ?, updated_at = ? WHERE thread_id = ?",
                         (msg, iso(utcnow()), thread_id))
        self._audit("failed", row, thread_id=thread_id, actor="asksafe", detail=msg)
        log.error("inbox_run", thread_id=thread_id, step="failed", error=msg)

    def _result(self, row: dict, *, resumed: bool, outcome: _Outcome | None = None) -> AnswerResult:
        run = self._db.one("SELECT status, result FROM asksafe_runs WHERE thread_id = ?", (row["thread_id"],))
        # a bare question has no run: nothing waits once it is answered or expired
        bare_status: RunStatus = "waiting" if row["status"] == "pending" else "done"
        status: RunStatus = outcome.run_status if outcome else (run["status"] if run else bare_status)
        nxt = outcome.next_question if outcome else None
        return AnswerResult(question_id=row["id"], thread_id=row["thread_id"], resumed=resumed, run_status=status,
                            decision=outcome.decision if outcome else (row["outcome"] or ""),
                            next_question=self._view_by_id(nxt["id"]) if nxt else None,
                            result_excerpt=outcome.result_excerpt if outcome else (run["result"] if run else None))
