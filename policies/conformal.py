"""A threshold with a coverage guarantee, in the style of KnowNo (Ren et al. 2023).

Given the probe's scores on calibration items that *do* have a blocker, the
threshold is the conformal quantile such that, on exchangeable data, at most
``alpha`` of tasks with a blocker score below it (go unasked).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from asksafe.errors import ConfigError
from asksafe.types import Assessment, Decision, DetectedBlocker
from asksafe.policies.base import gate


def conformal_threshold(positive_scores: Sequence[float], alpha: float) -> float:
    """The largest t with P(score < t | blocker) <= alpha, finite-sample corrected.

    >>> conformal_threshold([0.2, 0.4, 0.6, 0.8, 0.9], alpha=0.2)
    0.2
    """
    if not 0 < alpha < 1:
        raise ConfigError(f"alpha must be in (0, 1), got {alpha!r}")
    scores = sorted(positive_scores)
    n = len(scores)
    if n == 0:
        raise ConfigError("conformal calibration needs scores of items with a blocker")
    k = math.floor(alpha * (n + 1))  # how many positives may fall below the threshold
    if k < 1:
        return 0.0  # too few calibration items for this alpha: ask always
    return scores[k - 1] if k <= n else 1.0


@dataclass
class ConformalPolicy:
    """>>> ConformalPolicy.calibrate(scores_of_blocked_items, alpha=0.1)"""

    threshold: float
    alpha: float = 0.1
    n_calibration: int = 0
    name: str = "conformal"
    _meta: dict = field(default_factory=dict, repr=False)

    @classmethod
    def calibrate(cls, positive_scores: Sequence[float], alpha: float = 0.1) -> "ConformalPolicy":
        return cls(threshold=conformal_threshold(positive_scores, alpha), alpha=alpha,
                   n_calibration=len(positive_scores))

    def decide(self, assessment: Assessment, candidates: list[DetectedBlocker], *, asked: int,
               budget: int) -> Decision:
        # ">=" so that items scoring exactly the threshold are asked
        return gate(self.name, assessment, candidates, asked=asked, budget=budget,
                    threshold=self.threshold, blocker_threshold=0.0)
