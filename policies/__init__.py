"""Escalation policies: probe scores in, ``act`` or ``ask`` out.

>>> from asksafe.policies import get_policy, ThresholdPolicy
>>> policy = get_policy("balanced", probe.calibration)   # or ThresholdPolicy(threshold=0.6)
"""

from asksafe.policies.base import Policy
from asksafe.policies.budgeted import BudgetedPolicy
from asksafe.policies.conformal import ConformalPolicy, conformal_threshold
from asksafe.policies.cost import CostSensitivePolicy
from asksafe.policies.exploring import DEFAULT_BAND, ExploringPolicy
from asksafe.policies.presets import PRESETS, get_policy
from asksafe.policies.threshold import ThresholdPolicy

__all__ = [
    "BudgetedPolicy",
    "ConformalPolicy",
    "CostSensitivePolicy",
    "DEFAULT_BAND",
    "ExploringPolicy",
    "PRESETS",
    "Policy",
    "ThresholdPolicy",
    "conformal_threshold",
    "get_policy",
]
