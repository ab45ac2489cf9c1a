"""The rule threshold-like policies share. The :class:`~asksafe.types.Policy` protocol lives in :mod:`asksafe.types`."""

from __future__ import annotations

from asksafe.types import Assessment, Decision, DetectedBlocker, Policy

__all__ = ["Policy", "act", "ask", "gate"]


def act(policy: str, assessment: Assessment, reason: str, threshold: float | None = None) -> Decision:
    return Decision(action="act", reason=reason, p_blocker=assessment.p_blocker, policy=policy,
                    source=assessment.source, threshold=threshold)


def ask(policy: str, assessment: Assessment, blocker: DetectedBlocker, reason: str,
        threshold: float | None = None) -> Decision:
    return Decision(action="ask", reason=reason, p_blocker=assessment.p_blocker, policy=policy,
                    blocker_key=blocker.key, source=assessment.source, threshold=threshold)


def gate(policy: str, assessment: Assessment, candidates: list[DetectedBlocker], *, asked: int,
         budget: int, threshold: float, blocker_threshold: float) -> Decision:
    """The rule every threshold-like policy shares, with its own thresholds."""
    p = assessment.p_blocker
    if asked >= budget:
        return act(policy, assessment, f"question budget spent ({asked}/{budget})", threshold)
    if p < threshold:
        return act(policy, assessment, f"p_blocker {p:.2f} < {threshold:.2f}", threshold)
    ranked = sorted((b for b in candidates if b.score >= blocker_threshold), key=lambda b: -b.score)
    if not ranked:
        return act(policy, assessment, f"p_blocker {p:.2f} >= {threshold:.2f} but no unasked blocker", threshold)
    return ask(policy, assessment, ranked[0], f"p_blocker {p:.2f} >= {threshold:.2f}", threshold)
