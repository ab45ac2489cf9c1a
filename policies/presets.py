"""Policies by name: ``"cautious"``, ``"balanced"``, ``"autonomous"``, ``"conformal"``, ``"never"``, ``"always"``.

Preset thresholds are not hand-picked: they come from the probe's calibration,
computed on held-out validation data when the probe was trained
(``asksafe/model/calibration.json``).

- cautious: the threshold that keeps recall of blocked items >= 95%
- balanced: the best F1 of the ask class with a false-alarm rate <= 10%
- autonomous: a false-alarm rate <= 3%
"""

from __future__ import annotations

from typing import Any

from asksafe.errors import ConfigError
from asksafe.policies.base import Policy
from asksafe.policies.budgeted import BudgetedPolicy
from asksafe.policies.conformal import ConformalPolicy
from asksafe.policies.threshold import ThresholdPolicy

PRESETS = ("cautious", "balanced", "autonomous", "budgeted", "conformal", "never", "always")


def get_policy(spec: str | Policy, calibration: dict[str, Any] | None = None) -> Policy:
    """A policy from a name (thresholds from ``calibration``) or a policy object as is.

    >>> get_policy("balanced", probe.calibration)
    ThresholdPolicy(threshold=0.52, ...)
    """
    if not isinstance(spec, str):
        if isinstance(spec, Policy):
            return spec
        raise ConfigError(f"policy must be a name or have .name and .decide(); got {type(spec).__name__}")
    cal = calibration or {}
    thresholds = cal.get("thresholds", {})

    def t(name: str) -> float:
        if name not in thresholds:
            raise ConfigError(f"the probe's calibration has no '{name}' threshold; retrain with `asksafe train`")
        return float(thresholds[name])

    name = spec.strip().lower()
    if name in ("cautious", "balanced", "autonomous"):
        return ThresholdPolicy(threshold=t(name), name=name)
    if name == "budgeted":
        return BudgetedPolicy(threshold=t("cautious"), step=(t("autonomous") - t("cautious")) / 2, name=name)
    if name.startswith("conformal"):
        alpha = float(name.split(":", 1)[1]) if ":" in name else 0.1
        scores = cal.get("positive_scores")
        if not scores:
            raise ConfigError("conformal policy needs calibration scores; retrain with `asksafe train`")
        p = ConformalPolicy.calibrate(scores, alpha=alpha)
        p.name = name
        return p
    if name == "never":
        return ThresholdPolicy(threshold=1.0, blocker_threshold=2.0, name="never")
    if name == "always":
        return ThresholdPolicy(threshold=0.0, name="always")
    raise ConfigError(f"unknown policy {spec!r}; choose one of {', '.join(PRESETS)} or pass a Policy object")
