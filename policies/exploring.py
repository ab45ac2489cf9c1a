"""Exploration: now and then take the other action near the threshold, and say how likely that was.

A deterministic policy never learns what would have happened had it acted
where it asked (or asked where it acted). :class:`ExploringPolicy` wraps any
policy whose decisions carry a ``threshold``: when ``|p_blocker - threshold| <=
band``, it flips the base decision with probability ``rate``, and records the
propensity of what it did (``1 - rate`` for the base action, ``rate`` for the
flipped one), so ``asksafe learn`` can weight the feedback by inverse propensity.

>>> policy = ExploringPolicy(get_policy("balanced", probe.calibration), rate=0.05, seed=7)
>>> d = policy.decide(assessment, candidates, asked=0, budget=3)
>>> d.action, d.propensity, d.explored
('act', 0.95, False)

It flips act → ask only while the question budget has room (``asked < budget``)
and an unasked blocker exists; ask → act is always possible. Outside the band,
or where no flip is possible, the decision is the base's with propensity 1.0.
Thresholds of 0 or 1 (the ``always`` / ``never`` presets) are never explored.

Draws are keyed on the seed, the run (the LangGraph thread id, when deciding
inside a graph) and the decision's inputs (source, p_blocker, the unasked
blockers, questions asked so far), not on a running random stream: a step that
LangGraph runs again after a resume (the middleware's hook) makes the same
choice. Give ``seed`` so that holds across processes too. Outside a thread
(no checkpointer, nothing to resume) each call draws afresh.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field

from asksafe.errors import ConfigError
from asksafe.types import Assessment, Decision, DetectedBlocker, Policy

DEFAULT_BAND = 0.15
"""Exploration happens only where ``|p_blocker - threshold| <= DEFAULT_BAND`` (unless told otherwise)."""


@dataclass
class ExploringPolicy:
    """``base``'s decision, flipped with probability ``rate`` when ``p_blocker`` is within ``band`` of its threshold."""

    base: Policy
    rate: float = 0.05
    band: float = DEFAULT_BAND
    seed: int | str | None = None
    _salt: str = field(default="", init=False, repr=False)
    _calls: int = field(default=0, init=False, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.base, Policy):
            raise ConfigError(f"ExploringPolicy needs a policy with .name and .decide(), got {self.base!r}")
        if not isinstance(self.rate, int | float) or not 0.0 <= self.rate < 1.0:
            raise ConfigError(f"explore must be a probability in [0, 1), got {self.rate!r}")
        if not isinstance(self.band, int | float) or not 0.0 <= self.band <= 1.0:
            raise ConfigError(f"the exploration band must be in [0, 1], got {self.band!r}")
        self._salt = str(self.seed) if self.seed is not None else secrets.token_hex(8)

    @property
    def name(self) -> str:
        return self.base.name

    def draw(self, assessment: Assessment, candidates: list[DetectedBlocker], asked: int) -> float:
        """A uniform number in [0, 1) fixed by the seed, the run and this decision's inputs."""
        keys = ",".join(sorted(b.key for b in candidates))
        raw = (f"{self._salt}\x1f{self._run_key()}\x1f{assessment.source}\x1f{assessment.p_blocker:.6f}"
               f"\x1f{keys}\x1f{asked}")
        digest = hashlib.sha256(raw.encode("utf-8", "replace")).digest()
        return int.from_bytes(digest[:8], "big") / 2**64

    def _run_key(self) -> str:
        try:
            from langgraph.config import get_config

            thread = (get_config().get("configurable") or {}).get("thread_id")
        except (ImportError, RuntimeError):  # not inside a graph
            thread = None
        if thread is not None:
            return f"thread:{thread}"
        self._calls += 1
        return f"call:{self._calls}"

    def decide(self, assessment: Assessment, candidates: list[DetectedBlocker], *, asked: int,
               budget: int) -> Decision:
        d = self.base.decide(assessment, candidates, asked=asked, budget=budget)
        t = d.threshold
        if self.rate <= 0 or t is None or t <= 0.0 or t >= 1.0 or abs(d.p_blocker - t) > self.band:
            return d
        flipped = self._flip(d, candidates, asked=asked, budget=budget)
        if flipped is None:  # nothing else could be done: the base action was certain
            return d
        if self.draw(assessment, candidates, asked) < self.rate:
            return flipped
        return d.model_copy(update={"propensity": 1.0 - self.rate})

    def _flip(self, d: Decision, candidates: list[DetectedBlocker], *, asked: int, budget: int) -> Decision | None:
        why = f"explored (rate {self.rate:g}, |p - t| <= {self.band:g}); the policy said {d.action}: {d.reason}"
        if d.action == "ask":
            return d.model_copy(update={"action": "act", "blocker_key": None, "question": None, "reason": why,
                                        "propensity": self.rate, "explored": True})
        if asked >= budget:
            return None
        floor = float(getattr(self.base, "blocker_threshold", 0.0) or 0.0)
        ranked = sorted((b for b in candidates if b.score >= floor), key=lambda b: -b.score)
        if not ranked:
            return None
        return d.model_copy(update={"action": "ask", "blocker_key": ranked[0].key, "reason": why,
                                    "propensity": self.rate, "explored": True})
