"""Spend a question budget carefully: each question asked raises the bar for the next."""

from __future__ import annotations

from dataclasses import dataclass

from asksafe.types import Assessment, Decision, DetectedBlocker
from asksafe.policies.base import gate


@dataclass
class BudgetedPolicy:
    """The k-th question (k from 0) needs ``p >= threshold + step * k``.

    >>> BudgetedPolicy(threshold=0.5, step=0.15).decide(assessment, cands, asked=1, budget=3)
    """

    threshold: float = 0.5
    step: float = 0.15
    blocker_threshold: float = 0.0
    name: str = "budgeted"

    def decide(self, assessment: Assessment, candidates: list[DetectedBlocker], *, asked: int,
               budget: int) -> Decision:
        bar = min(0.99, self.threshold + self.step * asked)
        return gate(self.name, assessment, candidates, asked=asked, budget=budget, threshold=bar,
                    blocker_threshold=self.blocker_threshold)
