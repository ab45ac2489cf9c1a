"""The visual suite's runner on a handful of samples: real agent, real probe, the documented reward."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("cv2")
pytest.importorskip("pytesseract")

from asksafe.bench.visual import REWARD_VALID_SUGGESTION, plan, run_visual_bench  # noqa: E402


def test_plan_is_deterministic_and_half_clear():
    a, b = plan(40), plan(40)
    assert a == b
    assert sum(d is None for *_, d in a) == 20
    assert {k for _, k, _, _ in a} == {"receipt", "document", "label", "display", "objects"}


def test_a_small_run_scores_the_four_strategies(tmp_path):
    out = tmp_path / "v.json"
    res = run_visual_bench(size=10, json_path=out, html_path=tmp_path / "v.html", progress=False)
    assert json.loads(out.read_text())["samples"] == 10
    assert "Visual suite" in (tmp_path / "v.html").read_text()
    from asksafe.bench.report import _visual_section  # the section `asksafe bench --with-visual` adds

    assert "<h2>Visual suite</h2>" in _visual_section({"visual": res}) and _visual_section({}) == ""
    rows = res["outcomes"]
    s = res["strategies"]
    # the reward, recomputed from the facts of each sample as docs/images.md defines it
    expected = sum((1.0 if r["shown_correct"] else 0.0) if not r["asked"] else
                   (REWARD_VALID_SUGGESTION if r["valid"] and r["retake_correct"] else 0.0) for r in rows) / 10
    assert s["asksafe"]["reward"] == pytest.approx(expected)
    assert s["never-ask"]["over_ask_clear"] == 0 and s["always-ask"]["over_ask_clear"] == 1
    assert s["oracle"]["reward"] >= max(s["never-ask"]["reward"], s["always-ask"]["reward"])
    # the five degraded samples are blurred: the agent misreads most, asksafe asks and the retake reads
    assert s["asksafe"]["accuracy_degraded"] > s["never-ask"]["accuracy_degraded"]
    assert s["asksafe"]["over_ask_clear"] == 0
