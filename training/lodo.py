"""Leave-one-dataset-out: train the probe without a source, test on it.

    python -m training.lodo [--shared ../shared/datasets] [--json lodo.json]

Sources: the project's own corpus parts (templated ``train``, and every
hand-written set) and the shared public sets. For each source held out, the
probe's heads are trained on all the *own* sources except it, then scored on
the held-out source and on the separately written validation set. The shared sets are never trained on by the shipped recipe, so
they are held out in every row; the last row trains on everything including
them (the ``--with-shared`` recipe) for comparison. The encoder is frozen here
(a fast proxy: the shipped probe also fine-tunes MiniLM's top three layers, ~20 min
per row; ``ablate.py '[{"exclude": [...]}]'`` runs that recipe), so its features are
computed once and reused by every row. Numbers are the model's
own score (no structural checks); a length-only scorer is reported beside each.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import torch

from asksafe.probe import build_net
from asksafe.train import (TrainConfig, _collate, _subtype_vocab, _top_forward, auroc, binary_metrics,
                           calibrate_thresholds, featurize, fit_top, length_scores, split_by_group)
from training.train import OWN_SOURCES
from asksafe.training_data import load_corpus, load_shared


@torch.no_grad()
def model_scores(net, feats: list[dict], subtypes: list[str], trainable_layers: int = 0) -> list[float]:
    """The model's ask probability for precomputed features (the top ``trainable_layers`` run here)."""
    out: list[float] = []
    for i in range(0, len(feats), 128):
        d = _collate(feats[i: i + 128], subtypes)
        out += torch.sigmoid(_top_forward(net, d, trainable_layers)[0]).tolist()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path("../shared/datasets"))
    ap.add_argument("--epochs", type=int, default=8)  # the frozen-encoder recipe's (the shipped one uses 3)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    t0 = time.time()
    sources = {f"corpus-{s}": load_corpus(s) for s in OWN_SOURCES}
    shared = load_shared(args.shared) if args.shared.exists() else {}
    val = load_corpus("validation")
    calib, report = split_by_group(val)
    net, tok = build_net({"subtypes": ["other"]})
    feats = {name: featurize(net, tok, ex, 0) for name, ex in {**sources, **shared, "calib": calib, "report": report}.items()}
    print(f"features computed in {time.time() - t0:.0f} s", flush=True)
    rows = []
    plans = [(name, [s for s in sources if s != name]) for name in sources]
    plans += [(name, list(sources)) for name in shared]
    plans.append(("(all, with shared)", list(sources) + list(shared)))
    for held, train_on in plans:
        examples = [e for s in train_on for e in (sources.get(s) or shared[s])]
        cfg = TrainConfig(epochs=args.epochs, trainable_layers=0)
        subtypes = _subtype_vocab(examples, cfg.max_subtypes)
        config = {"subtypes": subtypes, "trainable_layers": 0, "batch_size": 32}
        net, _ = build_net(config)
        fit_top(net, config, [f for s in train_on for f in feats[s]], cfg)
        th = calibrate_thresholds(model_scores(net, feats["calib"], subtypes), [e.label for e in calib])["balanced"]
        vs = model_scores(net, feats["report"], subtypes)
        vm = binary_metrics(vs, [e.label for e in report], th)
        row = {"held_out": held, "trained_on": train_on, "validation_auroc": vm["auroc"],
               "validation_f1": vm["f1_ask"], "validation_false_alarm": vm["false_alarm_rate"],
               "validation_balanced_accuracy": vm["balanced_accuracy"], "threshold": th}
        test = (sources.get(held) or shared.get(held)) if held in feats else None
        if test:
            ys = [e.label for e in test]
            m = binary_metrics(model_scores(net, feats[held], subtypes), ys, th)
            row.update({"n": len(test), "positives": sum(ys), "auroc": m["auroc"], "f1_ask": m["f1_ask"],
                        "balanced_accuracy": m["balanced_accuracy"], "false_alarm_rate": m["false_alarm_rate"],
                        "recall": m["recall"], "length_only_auroc": round(auroc(length_scores(test), ys), 4)})
        rows.append(row)
        print(json.dumps(row), flush=True)
    print("\n| held out | n | AUROC | F1 ask | bal. acc | false alarms | recall | length-only AUROC | "
          "validation AUROC / F1 / false alarms |\n|" + "---|" * 9)
    for r in rows:
        print(f"| {r['held_out']} | {r.get('n', '-')} | {r.get('auroc', '-')} | {r.get('f1_ask', '-')} | "
              f"{r.get('balanced_accuracy', '-')} | {r.get('false_alarm_rate', '-')} | {r.get('recall', '-')} | "
              f"{r.get('length_only_auroc', '-')} | {r['validation_auroc']} / {r['validation_f1']} / "
              f"{r['validation_false_alarm']} |")
    print(f"\n{time.time() - t0:.0f} s")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
