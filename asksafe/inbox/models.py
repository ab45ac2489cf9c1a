"""What the inbox shows channels and callers: questions, answer results, audit rows, runs."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

__all__ = ["AnswerResult", "AuditEntry", "InboxQuestion", "QuestionStatus", "RunInfo", "RunStatus"]

QuestionStatus = Literal["pending", "answered", "expired"]
RunStatus = Literal["running", "waiting", "done", "stopped", "failed"]


class InboxQuestion(BaseModel):
    """One question as channels show it: the question, where it came from, and its state."""

    id: str
    thread_id: str
    text: str
    blocker_key: str
    blocker_type: str
    options: list[str] = Field(default_factory=list)
    context_excerpt: str = ""
    task_excerpt: str = ""
    images: list[str] = Field(default_factory=list)  # data: URL thumbnails of the picture asked about
    asked_at: datetime
    deadline: datetime | None = None
    age_seconds: float = 0.0
    status: QuestionStatus = "pending"
    answer: str | None = None
    responder: str | None = None
    channel: str | None = None
    answered_at: datetime | None = None
    resumed_at: datetime | None = None
    outcome: str | None = None


class AnswerResult(BaseModel):
    """What an answer did: the run resumed (or was queued for a worker) and where it is now."""

    question_id: str
    thread_id: str
    resumed: bool
    run_status: RunStatus
    decision: str = ""
    next_question: InboxQuestion | None = None
    result_excerpt: str | None = None


class AuditEntry(BaseModel):
    """One audit row: who did what, when, through which channel, and what it unblocked."""

    id: int
    at: datetime
    event: Literal["asked", "answered", "refused", "expired", "resumed", "failed", "done", "verdict", "outcome"]
    question_id: str | None = None
    thread_id: str | None = None
    actor: str | None = None
    channel: str | None = None
    question: str | None = None
    answer: str | None = None
    decision: str | None = None
    detail: str | None = None


class RunInfo(BaseModel):
    thread_id: str
    task_excerpt: str
    status: RunStatus
    started_at: datetime
    updated_at: datetime
    result_excerpt: str | None = None
