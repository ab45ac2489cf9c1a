"""Ask when the expected cost of guessing wrong exceeds the cost of interrupting a human."""

from __future__ import annotations

from dataclasses import dataclass

from asksafe.errors import ConfigError
from asksafe.types import Assessment, Decision, DetectedBlocker
from asksafe.policies.base import gate


@dataclass
class CostSensitivePolicy:
    """Ask iff ``p * cost_wrong > (1 - p) * cost_ask``, i.e. ``p > cost_ask / (cost_ask + cost_wrong)``.

    Valid when the probe is calibrated (its probabilities are frequencies).

    >>> CostSensitivePolicy(cost_ask=1, cost_wrong=4).threshold
    0.2
    """

    cost_ask: float = 1.0
    cost_wrong: float = 3.0
    name: str = "cost"

    def __post_init__(self) -> None:
        if self.cost_ask <= 0 or self.cost_wrong <= 0:
            raise ConfigError("cost_ask and cost_wrong must be positive")

    @property
    def threshold(self) -> float:
        return self.cost_ask / (self.cost_ask + self.cost_wrong)

    def decide(self, assessment: Assessment, candidates: list[DetectedBlocker], *, asked: int,
               budget: int) -> Decision:
        return gate(self.name, assessment, candidates, asked=asked, budget=budget,
                    threshold=self.threshold, blocker_threshold=0.0)
