"""Logprob signals: features, the combiner (and its shipped weights), SignalProbe."""

from __future__ import annotations

import json
import math
import random

import pytest

import asksafe
from asksafe.errors import ConfigError, ModelNotAvailableError
from asksafe.signals import Combiner, CombinerWeights, SignalProbe, default_path, features
from training.fit_signals import fit
from asksafe.types import Answer, Assessment, DetectedBlocker, Span


def test_features_of_token_logprobs():
    f = features([math.log(0.9), math.log(0.2), math.log(0.6)])
    assert f.mean_p == pytest.approx((0.9 + 0.2 + 0.6) / 3) and f.min_p == pytest.approx(0.2)
    assert f.frac_low == pytest.approx(1 / 3) and f.n_tokens == 3
    assert f.first_surprisal == pytest.approx(-(math.log(0.9) + math.log(0.2) + math.log(0.6)) / 3)
    assert features([]) is None and features(None) is None


def _flat() -> Combiner:
    return Combiner(CombinerWeights(mean=[0.5] * 4, std=[1.0] * 4, weights=[0.0] * 4, bias=0.0))


def test_without_logprobs_the_combiner_is_the_probe():
    assert _flat().p(0.37, None) == 0.37
    assert _flat().p(0.37, features([-0.1, -0.2])) == pytest.approx(0.37, abs=1e-6)


def test_fit_learns_that_an_unsure_answer_means_a_blocker():
    rng = random.Random(0)
    ps, fs, ys = [], [], []
    for _ in range(400):
        y = rng.random() < 0.5
        conf = rng.uniform(0.2, 0.6) if y else rng.uniform(0.5, 0.95)  # unsure answers on blocked tasks
        fs.append(features([math.log(conf)] * 6))
        ps.append(0.5)  # a probe that knows nothing
        ys.append(int(y))
    c = fit(ps, fs, ys)
    assert c.p(0.5, features([math.log(0.3)] * 6)) > 0.7 > 0.3 > c.p(0.5, features([math.log(0.9)] * 6))


def test_weights_round_trip_and_bad_files_are_named(tmp_path):
    path = _flat().save(tmp_path / "signals.json")
    assert Combiner.load(path).w == _flat().w
    (tmp_path / "bad.json").write_text(json.dumps({"mean": [0.0], "std": [1.0], "weights": [], "bias": 0}))
    with pytest.raises(ConfigError):
        Combiner.load(tmp_path / "bad.json")
    with pytest.raises(ModelNotAvailableError):
        Combiner.load(tmp_path / "missing.json")


def test_the_shipped_combiner_loads():
    c = Combiner.load()
    assert default_path().exists() and c.w.report["items"] > 0
    # the shipped weights were fit (not left at zero): the answer's confidence moves the score; without
    # logprobs the probe's score is returned unchanged
    unsure, sure = c.p(0.5, features([math.log(0.2)] * 6)), c.p(0.5, features([math.log(0.98)] * 6))
    assert unsure != sure and c.p(0.5, None) == pytest.approx(0.5)


class OneBlockerProbe:
    calibration = {"thresholds": {"cautious": 0.3, "balanced": 0.5, "autonomous": 0.8}}
    threshold = 0.5

    def assess_many(self, items):
        b = DetectedBlocker(key="missing:k", type="missing", score=0.45, question="How many items?",
                            span=Span(start=0, end=3, text="top", source="task"))
        return [Assessment(p_blocker=0.45, should_ask=False, blockers=[b], questions=[b.question],
                           source=(it.get("source", "task") if isinstance(it, dict) else "task")) for it in items]


def test_signal_probe_raises_the_score_of_an_unsure_agent_and_plugs_into_wrap():
    unsure = Combiner(CombinerWeights(mean=[0.5, 0.5, 1.0, 0.5], std=[0.1] * 4, weights=[-1.0, 0, 0, 0], bias=0.0))
    calls = []

    def logprobs(text, context):
        calls.append(text)
        return [math.log(0.2)] * 5

    probe = SignalProbe(OneBlockerProbe(), unsure, logprobs=logprobs)
    a = probe.assess("Return the top items")
    assert a.p_blocker > 0.9 and a.should_ask and calls == ["Return the top items"]
    assert probe.assess("x", logprobs=[math.log(0.9)] * 5).p_blocker < 0.45  # logprobs given: no call
    assert SignalProbe(OneBlockerProbe(), unsure).assess("x").p_blocker == 0.45  # none: text only

    class Yes:
        name = "yes"

        def ask(self, question, *, timeout=None):
            return Answer(question_id=question.id, text="5", channel="yes")

    out = asksafe.wrap(lambda task, ctx: "ok", channel=Yes(), probe=probe).invoke(
        {"task": "Return the top items"}, {"configurable": {"thread_id": "s"}})
    assert [q["text"] for q in out["questions"]] == ["How many items?"]


@pytest.mark.slow
def test_smollm2_logprobs_feed_the_shipped_combiner():
    from asksafe.local_llm import LocalLLM
    from asksafe.signals import smollm2_logprobs

    LocalLLM.shared()
    source = smollm2_logprobs(max_new_tokens=6)
    lps = source("Return the top items of a list.", None)
    assert lps and all(lp <= 0.0 for lp in lps)
    assert source("Return the top items of a list.", None) is lps  # cached
    probe = SignalProbe(OneBlockerProbe(), Combiner.load(), logprobs=source)
    assert 0.0 <= probe.assess("Return the top items of a list.").p_blocker <= 1.0 and probe.with_logprobs == 1
