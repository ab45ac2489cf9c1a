"""The vocabulary of asksafe, in one place: the models, the protocols, and the constants.

Every other module builds on these names. They are pydantic models because
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
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum
from typing import Any, Literal, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "BLOCKER_TYPES",
    "MAX_ANSWER_CHARS",
    "MAX_TASK_CHARS",
    "TIMEOUT",
    "AgentResult",
    "AgentStep",
    "Answer",
    "Assessment",
    "Blocker",
    "BlockerType",
    "BlockerTypeName",
    "Channel",
    "Decision",
    "DetectedBlocker",
    "Finding",
    "Policy",
    "ProbeLike",
    "Question",
    "Span",
    "utcnow",
]

BlockerTypeName = Literal["missing", "ambiguous", "contradictory"]
"""A blocker type as a plain string (JSON, model outputs); :class:`BlockerType` is the enum."""

BLOCKER_TYPES: tuple[str, ...] = ("missing", "ambiguous", "contradictory")
"""The three kinds of blocker, in the order of the probe's type head."""

TIMEOUT = {"timeout": True}
"""Resume value that tells a suspended run its question expired: ``Command(resume=asksafe.TIMEOUT)``."""


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
    """What a policy decided for one probe result; ``question`` is the text actually asked, once written.

    ``threshold``: the bar the policy compared ``p_blocker`` with (None for a
    policy without one). ``propensity``: the probability the policy had of
    taking this action: 1.0 for a deterministic policy; with exploration
    (:class:`~asksafe.policies.ExploringPolicy`) ``1 - rate`` for the default
    action and ``rate`` for the flipped one (``explored=True``).
    """

    action: Literal["act", "ask"]
    reason: str
    p_blocker: float
    policy: str
    blocker_key: str | None = None
    question: str | None = None
    source: str = "task"
    threshold: float | None = None
    propensity: float = 1.0
    explored: bool = False


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
    images: list[str] = Field(default_factory=list)  # data: URL thumbnails of the picture asked about


class Answer(BaseModel):
    """A human's answer to one question. The text is data: never executed."""

    question_id: str
    text: str
    responder: str = "unknown"
    channel: str = "unknown"
    answered_at: datetime = Field(default_factory=utcnow)
    verdict: Literal["needed", "not_needed"] | None = None  # the responder's verdict on the question itself
    images: list[str] = Field(default_factory=list)  # data: URLs of new pictures (a retake) sent with the answer


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


@dataclass
class Finding:
    """A blocker a structural check found without the model (:mod:`asksafe.checks`), or the model's own.

    >>> Finding("ambiguous", "column", "revenue", 6, 13, "text", 0.9, ["revenue_gross", "revenue_net"]).key
    'ambiguous:column:revenue'
    """

    type: str  # missing | ambiguous | contradictory
    subtype: str
    term: str  # the uncertain thing, short ("revenue", "recent", "top")
    start: int
    end: int
    source: str  # "text" or "context"
    strength: float  # 0..1: how sure the check is, on its own
    options: list[str] = field(default_factory=list)
    reason: str = ""
    question: str = ""  # written by whoever found it (a frame's slot); else asksafe.questions writes one
    slot: str = ""  # "frame.slot" for a frame's unfilled slot (asksafe.frames)

    @property
    def key(self) -> str:
        if self.slot:
            return f"{self.type}:slot:{self.slot}"
        return f"{self.type}:{self.subtype}:{self.term.lower()}"


# ── protocols: what a user may plug in ──────────────────────────────────────

AgentStep = Callable[[str, list[str]], AgentResult]
"""One agent step as ``wrap`` calls it: ``(task, context) -> AgentResult`` (see :mod:`asksafe.agents`)."""


@runtime_checkable
class Channel(Protocol):
    """Anything with a ``name`` and ``ask``: returns the human's Answer, or raises ChannelTimeout / ChannelError.

    >>> class Echo:
    ...     name = "echo"
    ...     def ask(self, question, *, timeout=None):
    ...         return Answer(question_id=question.id, text="yes", channel=self.name)

    Channels that cannot block (Slack, the web inbox) are not passed to ``wrap``: the graph
    suspends on a LangGraph ``interrupt`` and the channel resumes it with ``Command(resume=answer)``.
    """

    name: str

    def ask(self, question: Question, *, timeout: float | None = None) -> Answer: ...


@runtime_checkable
class Policy(Protocol):
    """Decides for one assessment, given the blockers not yet asked about.

    >>> policy.decide(assessment, candidates, asked=0, budget=3)
    Decision(action='ask', reason='p_blocker 0.91 >= 0.52', ...)
    """

    name: str

    def decide(
        self, assessment: Assessment, candidates: list[DetectedBlocker], *, asked: int, budget: int
    ) -> Decision: ...


@runtime_checkable
class ProbeLike(Protocol):
    """What ``wrap`` and the middleware need of a probe (:class:`~asksafe.probe.Probe`, a MicroBatcher,
    a cascade, a caching or signal probe): assessments for a batch, and the calibration presets read.

    >>> probe.assess_many([{"text": "Delete the old files", "context": None, "source": "task"}])
    [Assessment(p_blocker=0.93, ...)]
    """

    calibration: dict[str, Any]

    def assess(self, text: str, context: str | None = None) -> Assessment: ...

    def assess_many(self, items: list[Any]) -> list[Assessment]: ...
