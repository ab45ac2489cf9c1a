"""The inbox's tables (SQLite or Postgres) and the one time format its SQL compares."""

from __future__ import annotations

from datetime import datetime

from asksafe.types import utcnow
from asksafe.visual.thumbnails import TABLE as THUMBNAILS

__all__ = ["SCHEMA", "iso", "parse_time"]


def iso(t: datetime) -> str:
    # one fixed format so ISO strings compare in time order in SQL
    return t.astimezone(utcnow().tzinfo).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_time(t: str | None) -> datetime | None:
    if not t:
        return None
    return datetime.fromisoformat(t.replace("Z", "+00:00"))


SCHEMA = [
    """CREATE TABLE IF NOT EXISTS asksafe_runs (
        thread_id TEXT PRIMARY KEY, task TEXT NOT NULL, context TEXT NOT NULL, status TEXT NOT NULL,
        lease_owner TEXT, lease_until TEXT, started_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        result TEXT, error TEXT)""",
    """CREATE TABLE IF NOT EXISTS asksafe_questions (
        id TEXT PRIMARY KEY, thread_id TEXT NOT NULL, text TEXT NOT NULL, blocker_key TEXT NOT NULL,
        blocker_type TEXT NOT NULL, options TEXT NOT NULL, context_excerpt TEXT NOT NULL,
        task_excerpt TEXT NOT NULL, asked_at TEXT NOT NULL, deadline TEXT, status TEXT NOT NULL,
        answer TEXT, responder TEXT, channel TEXT, answered_at TEXT, resumed_at TEXT, outcome TEXT,
        resumes INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX IF NOT EXISTS asksafe_questions_status ON asksafe_questions (status, asked_at)",
    """CREATE TABLE IF NOT EXISTS asksafe_audit (
        id {serial}, at TEXT NOT NULL, event TEXT NOT NULL, question_id TEXT, thread_id TEXT,
        actor TEXT, channel TEXT, question TEXT, answer TEXT, decision TEXT, detail TEXT)""",
    "CREATE TABLE IF NOT EXISTS asksafe_seen (key TEXT PRIMARY KEY, at TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS asksafe_deliveries (
        channel TEXT NOT NULL, question_id TEXT NOT NULL, ref TEXT, at TEXT NOT NULL,
        PRIMARY KEY (channel, question_id))""",
    "CREATE INDEX IF NOT EXISTS asksafe_deliveries_ref ON asksafe_deliveries (channel, ref)",
    THUMBNAILS,
]
