"""Ask when the probe's blocker probability reaches a calibrated threshold."""

from __future__ import annotations

from dataclasses import dataclass

from asksafe.types import Assessment, Decision, DetectedBlocker
from asksafe.policies.base import gate


@dataclass
class ThresholdPolicy:
    """>>> ThresholdPolicy(threshold=0.5).decide(assessment, candidates, asked=0, budget=3)"""

    threshold: float = 0.5
    blocker_threshold: float = 0.0
    name: str = "threshold"

    def __post_init__(self) -> None:
        if not 0.0 <= self.threshold <= 1.0:
            from asksafe.errors import ConfigError

            raise ConfigError(f"threshold must be in [0, 1], got {self.threshold!r}")

    def decide(self, assessment: Assessment, candidates: list[DetectedBlocker], *, asked: int,
               budget: int) -> Decision:
        return gate(self.name, assessment, candidates, asked=asked, budget=budget,
                    threshold=self.threshold, blocker_threshold=self.blocker_threshold)
