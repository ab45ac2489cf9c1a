"""Benchmark metrics: Ask-F1, pass rates, recovery, false alarms, reward.

Question precision = distinct blockers matched / questions asked; blocker
recall = distinct blockers matched / blockers; Ask-F1 is their harmonic mean,
pooled over tasks (sums first, then the ratio). Asking twice about one blocker
adds a question and no blocker, so it lowers precision and adds no recall.

>>> o = TaskOutcome(task_id="t1", strategy="oracle", mode="ask", passed=True,
...                 questions=["Is higher better?", "Higher is better?"], matched=["best", "best"],
...                 blockers=[BlockerRef("best", "ambiguous", "upfront")])
>>> ask_counts([o]).f1  # precision 1/2, recall 1/1
0.666...
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel, Field

from asksafe.types import BLOCKER_TYPES

MODES = ("baseline", "full_info", "ask")
SURFACES = ("upfront", "exploration")


@dataclass(frozen=True)
class BlockerRef:
    id: str
    type: str
    surfaces: str = "upfront"


@dataclass
class TaskOutcome:
    """What one strategy did on one task in one mode."""

    task_id: str
    strategy: str
    mode: str
    passed: bool
    questions: list[str] = field(default_factory=list)
    matched: list[str | None] = field(default_factory=list)  # judge's blocker id per question
    blockers: list[BlockerRef] = field(default_factory=list)
    kind: str = "coding"
    error: str | None = None
    seconds: float = 0.0

    @property
    def hit(self) -> set[str]:
        """Distinct blockers some question matched."""
        ids = {b.id for b in self.blockers}
        return {m for m in self.matched if m is not None and m in ids}

    @property
    def is_control(self) -> bool:
        return not self.blockers


@dataclass
class AskCounts:
    questions: int
    matched: int  # distinct (task, blocker) pairs hit
    blockers: int

    @property
    def precision(self) -> float:
        return self.matched / self.questions if self.questions else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.blockers if self.blockers else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def ask_counts(outcomes: Iterable[TaskOutcome]) -> AskCounts:
    """Pooled counts over tasks (controls add their questions, and no blockers)."""
    q = m = b = 0
    for o in outcomes:
        q += len(o.questions)
        m += len(o.hit)
        b += len(o.blockers)
    return AskCounts(q, m, b)


def task_ask_f1(o: TaskOutcome) -> float | None:
    """Ask-F1 of one task; None for a control task (no blockers)."""
    return None if o.is_control else ask_counts([o]).f1


def recall_by(outcomes: Iterable[TaskOutcome], attr: str, values: Sequence[str]) -> dict[str, float | None]:
    """Blocker recall split by a blocker attribute (``type`` or ``surfaces``); None when there are none."""
    hit = {v: 0 for v in values}
    total = {v: 0 for v in values}
    for o in outcomes:
        h = o.hit
        for b in o.blockers:
            key = getattr(b, attr)
            total[key] = total.get(key, 0) + 1
            hit[key] = hit.get(key, 0) + (b.id in h)
    return {k: (hit[k] / total[k] if total[k] else None) for k in total}


def reward(o: TaskOutcome) -> float:
    """Help-seeking reward: 1 for a correct final answer, 0.5 for a matched question without one, else 0."""
    if o.passed:
        return 1.0
    return 0.5 if o.hit else 0.0


def pass_rate(outcomes: Sequence[TaskOutcome]) -> float | None:
    return sum(o.passed for o in outcomes) / len(outcomes) if outcomes else None


def false_alarm_rate(outcomes: Sequence[TaskOutcome]) -> float | None:
    """Share of control tasks (no blocker) where at least one question was asked."""
    controls = [o for o in outcomes if o.is_control]
    return sum(bool(o.questions) for o in controls) / len(controls) if controls else None


class StrategyMetrics(BaseModel):
    """One row of the results table (one strategy or policy)."""

    strategy: str
    tasks: int
    ask_f1: float
    precision: float
    recall: float
    mean_task_ask_f1: float | None
    pass_rate: dict[str, float | None] = Field(default_factory=dict)  # mode -> rate
    recovery_ratio: float | None
    questions_per_task: float
    false_alarm_rate: float | None
    recall_by_type: dict[str, float | None]
    recall_by_surface: dict[str, float | None]
    reward: float
    errors: int = 0


def summarise(strategy: str, ask: Sequence[TaskOutcome], baseline: Sequence[TaskOutcome] = (),
              full_info: Sequence[TaskOutcome] = ()) -> StrategyMetrics:
    """Metrics of one strategy from its ask-mode outcomes (and the shared baseline/full-info runs).

    >>> summarise("never-ask", ask=[...], baseline=[...], full_info=[...]).recall
    0.0
    """
    c = ask_counts(ask)
    per_task = [f for f in (task_ask_f1(o) for o in ask) if f is not None]
    rates = {"baseline": pass_rate(baseline), "full_info": pass_rate(full_info), "ask": pass_rate(ask)}
    full, asked = rates["full_info"], rates["ask"]
    return StrategyMetrics(
        strategy=strategy,
        tasks=len(ask),
        ask_f1=c.f1,
        precision=c.precision,
        recall=c.recall,
        mean_task_ask_f1=sum(per_task) / len(per_task) if per_task else None,
        pass_rate=rates,
        recovery_ratio=(asked / full) if (asked is not None and full) else None,
        questions_per_task=c.questions / len(ask) if ask else 0.0,
        false_alarm_rate=false_alarm_rate(ask),
        recall_by_type=recall_by(ask, "type", BLOCKER_TYPES),
        recall_by_surface=recall_by(ask, "surfaces", SURFACES),
        reward=sum(reward(o) for o in ask) / len(ask) if ask else 0.0,
        errors=sum(o.error is not None for o in ask),
    )
