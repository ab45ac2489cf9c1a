"""Training, on a small slice: the pipeline `asksafe train` runs, end to end, to a loadable probe."""

from __future__ import annotations

import json

from asksafe import Probe
from asksafe.train import (TrainConfig, binary_metrics, calibrate_thresholds, fit, probe_scores, save,
                           split_by_group)
from asksafe.training_data import load_corpus


def test_a_probe_trained_on_a_slice_saves_loads_and_assesses(tmp_path):
    train = load_corpus("handwritten_code")[:160]
    net, tok, config = fit(train, TrainConfig(epochs=2))
    save(net, config, tmp_path)
    calib, report = split_by_group(load_corpus("validation")[:120])
    probe = Probe(net, tok, config, device="cpu")
    scores = probe_scores(probe, calib)
    thresholds = calibrate_thresholds(scores, [e.label for e in calib])
    assert thresholds["cautious"] <= thresholds["balanced"] <= thresholds["autonomous"]
    (tmp_path / "calibration.json").write_text(json.dumps({"thresholds": thresholds}))

    loaded = Probe.load(tmp_path)
    assert loaded.policy.name == "balanced" and loaded.policy.threshold == thresholds["balanced"]
    a, b = probe.assess("Sum the revenue per month"), loaded.assess("Sum the revenue per month")
    assert abs(a.p_blocker - b.p_blocker) < 2e-2  # fp16 weights on disk
    m = binary_metrics(probe_scores(loaded, report), [e.label for e in report], thresholds["balanced"])
    assert m["n"] == len(report) and m["threshold"] == thresholds["balanced"]


def test_a_short_fit_learns_its_slice():
    # the fast frozen-encoder recipe (training/ablate.py's trainable_layers=0): heads only, features once.
    # Two epochs of the shipped recipe on 160 items do not move it (in-sample AUROC 0.53, measured), so
    # learning is checked here, where it must show: it separates the items it was fitted on.
    train = load_corpus("handwritten_code")[:160]
    net, tok, config = fit(train, TrainConfig(epochs=20, trainable_layers=0, lr_heads=6e-3))
    probe = Probe(net, tok, config, device="cpu")
    labels = [e.label for e in train[:80]]
    assert 0 < sum(labels) < len(labels)
    seen = binary_metrics(probe_scores(probe, train[:80]), labels, 0.5)
    assert seen["auroc"] >= 0.85, seen


def test_the_shipped_model_card_names_its_data_and_metrics():
    from asksafe.probe import model_dir

    card = (model_dir() / "MODEL_CARD.md").read_text()
    for needle in ("corpus-train", "corpus-handwritten_code", "AUROC", "false-alarm rate", "length-only AUROC"):
        assert needle in card
    cal = json.loads((model_dir() / "calibration.json").read_text())
    assert set(cal["thresholds"]) == {"cautious", "balanced", "autonomous"} and cal["positive_scores"]


def test_pair_loss_pushes_the_degraded_twin_above_the_complete_one():
    import torch

    from asksafe.train import _batches, _pair_loss

    items = [{"group": "g1", "label": 0.0}, {"group": "g1", "label": 1.0}, {"group": "g2", "label": 1.0}]
    right = _pair_loss(torch.tensor([-2.0, 2.0, 0.0]), items)   # degraded scores higher: small loss
    wrong = _pair_loss(torch.tensor([2.0, -2.0, 0.0]), items)
    assert right < 0.05 < 4.0 < wrong
    # batches keep a group's items together
    feats = [{"h": torch.zeros(n, 2), "group": g} for n, g in [(3, "a"), (9, "b"), (4, "a"), (8, "b"), (5, "c")]]
    for b in _batches(feats, size=2, by_group=True):
        assert len({feats[i]["group"] for i in b}) == 1
