"""The vocabulary of asksafe, in one place.

Every other module builds on these models. They are pydantic models because
they cross boundaries (graph state, JSON output, channels, the benchmark);
inside the graph they travel as plain dicts (``model_dump(mode="json")``) so any
LangGraph checkpointer can persist them.

>>> b = Blocker(id="tie", type="ambiguous", description="Tie-breaking is unstated",
...             resolution="Break ties by the earliest index.")
>>> Decision(action="ask", reason="p_blocker 0.91 >= 0.50", p_blocker=0.91, policy="threshold")
Decision(action='ask', ...)
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class BlockerType(str, Enum):
    """What kind of information is wrong: absent, open to several readings, or in conflict."""

    MISSING = "missing"
    AMBIGUOUS = "ambiguous"
    CONTRADICTORY = "contradictory"


class Blocker(BaseModel):
    """A known blocker of a task (benchmark registries, simulated humans).

    >>> Blocker(id="rev", type="ambiguous", description="'revenue' may be gross or net",
    ...         resolution="Revenue means net revenue (after refunds).",
    ...         example_questions=["Does 'revenue' mean gross or net?"])
    """

    model_config = ConfigDict(use_enum_values=True)

    id: str
    type: BlockerType
    subtype: str = ""
    description: str
    resolution: str
    example_questions: list[str] = Field(default_factory=list)


class Span(BaseModel):
    """Where a detected blocker sits: character offsets into ``source``."""

    start: int
    end: int
    text: str
    source: str = "task"  # "task" or "observation:<n>"


class DetectedBlocker(BaseModel):
    """A blocker the probe believes is present in a text.

    ``key`` is stable for the same uncertain thing, so a run never asks twice
    about it (e.g. ``"ambiguous:revenue"``).
    """

    model_config = ConfigDict(use_enum_values=True)

    key: str
    type: BlockerType
    score: float
    span: Span | None = None
    subtype: str = ""
    reason: str = ""
    question: str
    options: list[str] = Field(default_factory=list)


class Assessment(BaseModel):
    """What the probe says about one text.

    >>> a = probe.assess("Write a function that returns the top items of a list")
    >>> a.should_ask, round(a.p_blocker, 2), a.questions[0]
    (True, 0.87, 'How many items should it return: a fixed number, or a k given by the caller?')
    """

    model_config = ConfigDict(use_enum_values=True)

    p_blocker: float
    should_ask: bool
    blockers: list[DetectedBlocker] = Field(default_factory=list)
    questions: list[str] = Field(default_factory=list)
    p_type: dict[str, float] = Field(default_factory=dict)
    source: str = "task"
    segments: int = 1
    latency_ms: float = 0.0


class Decision(BaseModel):
    """What a policy decided for one probe result."""

    action: Literal["act", "ask"]
    reason: str
    p_blocker: float
    policy: str
    blocker_key: str | None = None
    question: str | None = None
    source: str = "task"


class Question(BaseModel):
    """One question sent to a human. ``options`` are suggested answers, when known."""

    model_config = ConfigDict(use_enum_values=True)

    id: str = Field(default_factory=lambda: uuid.uuid4().hex[:12])
    text: str
    blocker_key: str
    blocker_type: BlockerType
    options: list[str] = Field(default_factory=list)
    context_excerpt: str = ""
    thread_id: str | None = None
    asked_at: datetime = Field(default_factory=utcnow)
    deadline: datetime | None = None


class Answer(BaseModel):
    """A human's answer to one question. The text is data: never executed."""

    question_id: str
    text: str
    responder: str = "unknown"
    channel: str = "unknown"
    answered_at: datetime = Field(default_factory=utcnow)


@dataclass
class AgentResult:
    """What an agent step returns: its result and what it observed on the way.

    A plain function may return just the result; observations (a schema it
    read, a file's content, a tool's output) are probed again by the wrapper.
    """

    result: Any
    observations: list[str] = field(default_factory=list)


MAX_ANSWER_CHARS = 4_000
MAX_TASK_CHARS = 200_000
