"""Policies: probe scores in, act or ask out; thresholds come from calibration."""

from __future__ import annotations

import pytest

from asksafe.errors import ConfigError
from asksafe.policies import (BudgetedPolicy, ConformalPolicy, CostSensitivePolicy, ThresholdPolicy,
                              conformal_threshold, get_policy)
from asksafe.types import Assessment, DetectedBlocker

CAL = {"thresholds": {"cautious": 0.2, "balanced": 0.5, "autonomous": 0.8},
       "positive_scores": [0.1, 0.3, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99]}


def blocker(key="ambiguous:x", score=0.9):
    return DetectedBlocker(key=key, type="ambiguous", score=score, question=f"Which {key}?")


def assessment(p):
    return Assessment(p_blocker=p, should_ask=p >= 0.5, blockers=[blocker()])


def test_threshold_asks_at_and_above_the_threshold():
    pol = ThresholdPolicy(threshold=0.5)
    assert pol.decide(assessment(0.5), [blocker()], asked=0, budget=3).action == "ask"
    assert pol.decide(assessment(0.49), [blocker()], asked=0, budget=3).action == "act"


def test_the_highest_scoring_unasked_blocker_is_chosen():
    d = ThresholdPolicy(0.5).decide(assessment(0.9), [blocker("a", 0.3), blocker("b", 0.8)], asked=0, budget=3)
    assert d.blocker_key == "b" and d.question is None  # the ask step writes the question, not the policy


def test_no_candidates_or_no_budget_means_act():
    pol = ThresholdPolicy(0.1)
    assert pol.decide(assessment(0.9), [], asked=0, budget=3).reason.endswith("no unasked blocker")
    assert pol.decide(assessment(0.9), [blocker()], asked=3, budget=3).reason.startswith("question budget spent")


def test_budgeted_raises_the_bar_with_each_question():
    pol = BudgetedPolicy(threshold=0.5, step=0.2)
    assert pol.decide(assessment(0.6), [blocker()], asked=0, budget=3).action == "ask"
    assert pol.decide(assessment(0.6), [blocker()], asked=1, budget=3).action == "act"
    assert pol.decide(assessment(0.95), [blocker()], asked=2, budget=3).action == "ask"


def test_cost_sensitive_threshold_is_the_break_even_probability():
    assert CostSensitivePolicy(cost_ask=1, cost_wrong=4).threshold == pytest.approx(0.2)
    with pytest.raises(ConfigError):
        CostSensitivePolicy(cost_ask=0)


def test_conformal_threshold_bounds_the_unasked_fraction():
    scores = CAL["positive_scores"]
    t = conformal_threshold(scores, alpha=0.2)  # floor(0.2 * 11) = 2 -> 2nd smallest
    assert t == 0.3
    assert sum(s < t for s in scores) / len(scores) <= 0.2
    assert conformal_threshold(scores, alpha=0.05) == 0.0  # too few items to promise more: always ask
    with pytest.raises(ConfigError):
        conformal_threshold([], 0.1)
    with pytest.raises(ConfigError):
        conformal_threshold(scores, 1.5)


def test_presets_by_name_use_the_calibration():
    assert get_policy("balanced", CAL).threshold == 0.5
    assert get_policy("cautious", CAL).threshold == 0.2
    assert get_policy("autonomous", CAL).threshold == 0.8
    assert isinstance(get_policy("conformal:0.2", CAL), ConformalPolicy)
    assert get_policy("never", CAL).decide(assessment(1.0), [blocker()], asked=0, budget=3).action == "act"
    custom = ThresholdPolicy(0.7)
    assert get_policy(custom, CAL) is custom


def test_bad_policy_specs_are_named():
    with pytest.raises(ConfigError, match="unknown policy"):
        get_policy("reckless", CAL)
    with pytest.raises(ConfigError, match="calibration"):
        get_policy("balanced", {})
    with pytest.raises(ConfigError):
        ThresholdPolicy(threshold=2)
    with pytest.raises(ConfigError):
        get_policy(object(), CAL)
