"""Resume a suspended run exactly once, from any process: a compare-and-set on (thread, question).

>>> from asksafe.resume import resume_once
>>> out = resume_once(graph, {"configurable": {"thread_id": "run-42"}}, {"text": "ops@example.com", "responder": "ana"})

Two processes that both call ``graph.invoke(Command(resume=...))`` on one
thread would both "succeed": one answer is silently dropped and the agent runs
twice. ``resume_once`` first claims the question the run waits on with one
atomic ``INSERT … ON CONFLICT DO NOTHING`` in the checkpointer's database
(SQLite file or Postgres); the winner resumes, every other caller gets
:class:`~asksafe.errors.AlreadyAnsweredError` and changes nothing. (The
:class:`~asksafe.inbox.Inbox` does the same for its questions.)
"""

from __future__ import annotations

from typing import Any

from asksafe.ask import pending_question
from asksafe.db import Database
from asksafe.errors import AlreadyAnsweredError, ConfigError
from asksafe.events import log
from asksafe.types import utcnow

__all__ = ["resume_once"]

_SCHEMA = ["""CREATE TABLE IF NOT EXISTS asksafe_resumes (
    thread_id TEXT NOT NULL, question_id TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (thread_id, question_id))"""]


def _checkpointer_db(graph: Any) -> str:
    """The SQLite file or Postgres URL behind the graph's checkpointer."""
    saver = getattr(graph, "checkpointer", None)
    conn = getattr(saver, "conn", None)
    if conn is not None and hasattr(conn, "info") and hasattr(conn.info, "dsn"):  # psycopg
        dsn = conn.info.dsn
        return dsn if dsn.startswith(("postgresql://", "postgres://")) else f"postgresql:///?{dsn.replace(' ', '&')}"
    if conn is not None:
        try:
            for _, name, path in conn.execute("PRAGMA database_list").fetchall():
                if name == "main" and path:
                    return str(path)
        except Exception:
            pass
    raise ConfigError("resume_once needs a durable checkpointer (a SQLite file or Postgres): "
                      "wrap(..., checkpointer='runs.sqlite'), or pass db=")


def resume_once(graph: Any, config: dict, value: Any, *, db: str | None = None) -> dict:
    """Resume the run in ``config`` with ``value`` if no one else resumed its current question.

    Returns the run's output (as ``graph.invoke``); raises :class:`AlreadyAnsweredError` when the run waits
    on no question or another caller claimed this one first.
    """
    from langgraph.types import Command

    thread_id = str((config.get("configurable") or {}).get("thread_id") or "")
    if not thread_id:
        raise ConfigError("resume_once needs config={'configurable': {'thread_id': ...}}")
    question = pending_question(graph.get_state(config))
    if question is None:
        raise AlreadyAnsweredError(f"run {thread_id!r} is not waiting on a question (answered or finished already)")
    store = Database(db or _checkpointer_db(graph), _SCHEMA, what="checkpoint database")
    try:
        won = store.execute("INSERT INTO asksafe_resumes (thread_id, question_id, at) VALUES (?, ?, ?)"
                            " ON CONFLICT (thread_id, question_id) DO NOTHING",
                            (thread_id, str(question.get("id")), utcnow().isoformat())) == 1
    finally:
        store.close()
    if not won:
        log.info("resume", thread_id=thread_id, question_id=question.get("id"), outcome="already answered")
        raise AlreadyAnsweredError(f"question {question.get('id')} of run {thread_id!r} was already answered by "
                                   "another resume; this answer changed nothing")
    return graph.invoke(Command(resume=value), config)
