"""The acceptance suite (`asksafe bench --quick`) with the shipped probe: the floors we reach.

A regression in judgment (probe, policy, question writer, judge) fails here.
Measured when these floors were set (quick subset, 40 tasks): oracle Ask-F1 0.99,
policy:cautious 0.17-0.20, policy:balanced 0.04, always-ask 0.00.
"""

from __future__ import annotations

import json

import pytest

from asksafe.bench.runner import run_bench


@pytest.fixture(scope="module")
def quick(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench") / "quick.json"
    html = out.with_suffix(".html")
    res = run_bench(None, quick=True, json_path=out, html_path=html, agent=None,
                    policies=["cautious", "balanced", "conformal"], progress=False)
    assert out.exists() and html.exists()
    rows = json.loads(out.read_text())["rows"]
    assert not json.loads(out.read_text())["skipped"], "the policies must run (is the probe shipped?)"
    return res, {r["strategy"]: r for r in rows}


def test_the_baselines_bracket_the_range(quick):
    _, rows = quick
    assert rows["oracle"]["ask_f1"] >= 0.95
    assert rows["never-ask"]["recall"] == 0.0
    assert rows["always-ask"]["false_alarm_rate"] == 1.0
    for r in rows.values():
        assert r["pass_rate"]["full_info"] == 1.0  # the reference solver isolates judgment


def test_asksafe_beats_always_ask_and_never_ask(quick):
    _, rows = quick
    cautious = rows["policy:cautious"]
    assert cautious["ask_f1"] > rows["always-ask"]["ask_f1"]
    assert cautious["ask_f1"] >= 0.10 and cautious["recall"] > 0.0
    assert cautious["pass_rate"]["ask"] > rows["never-ask"]["pass_rate"]["ask"]
    assert cautious["false_alarm_rate"] < rows["always-ask"]["false_alarm_rate"]


def test_balanced_asks_rarely_on_control_tasks(quick):
    _, rows = quick
    assert rows["policy:balanced"]["false_alarm_rate"] <= 0.25
