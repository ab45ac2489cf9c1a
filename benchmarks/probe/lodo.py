"""Leave-one-dataset-out: train the probe without a dataset, test on it.

    python benchmarks/probe/lodo.py [--epochs 2] [--json lodo.json]

For every training source (the project's corpus and each shared public set),
a probe is trained on all the others and scored on the held-out one. Every
probe is also scored on the separately written validation set (never trained
on), and a length-only scorer is reported beside each number, since text
length alone separates some of these sets.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from asksafe.probe import Probe
from asksafe.train import (TrainConfig, auroc, binary_metrics, calibrate_thresholds, fit, length_scores,
                           probe_scores, split_by_group, training_set)
from asksafe.training_data import load_corpus, load_shared

HOLD_OUT = ("corpus-train", "ask_mind", "triagesql", "ambiqt", "in3")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path("../shared/datasets"))
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--only", nargs="*", default=list(HOLD_OUT))
    args = ap.parse_args()
    shared = load_shared(args.shared)
    sets = {"corpus-train": load_corpus("train"), **shared}
    val = load_corpus("validation")
    calib, report = split_by_group(val)
    rows = []
    for held in args.only:
        t0 = time.time()
        train_ex, used = training_set(args.shared, exclude=(held,))
        net, tok, cfg = fit(train_ex, TrainConfig(epochs=args.epochs))
        probe = Probe(net, tok, cfg, {}, device="cpu")
        th = calibrate_thresholds(probe_scores(probe, calib), [e.label for e in calib])["balanced"]
        test = sets[held]
        ys = [e.label for e in test]
        s = probe_scores(probe, test)
        m = binary_metrics(s, ys, th)
        vs = probe_scores(probe, report)
        vm = binary_metrics(vs, [e.label for e in report], th)
        row = {"held_out": held, "trained_on": used, "n": len(test), "positives": sum(ys),
               "auroc": m["auroc"], "f1_ask": m["f1_ask"], "balanced_accuracy": m["balanced_accuracy"],
               "false_alarm_rate": m["false_alarm_rate"], "recall": m["recall"],
               "length_only_auroc": round(auroc(length_scores(test), ys), 4),
               "validation_auroc": vm["auroc"], "validation_f1": vm["f1_ask"],
               "validation_false_alarm": vm["false_alarm_rate"], "threshold": th,
               "seconds": round(time.time() - t0)}
        rows.append(row)
        print(json.dumps(row), flush=True)
    hdr = "| held out | n | AUROC | F1 ask | bal. acc | false alarms | recall | length-only AUROC | validation AUROC / F1 / FA |"
    print("\n" + hdr + "\n|" + "---|" * 9)
    for r in rows:
        print(f"| {r['held_out']} | {r['n']} | {r['auroc']} | {r['f1_ask']} | {r['balanced_accuracy']} | "
              f"{r['false_alarm_rate']} | {r['recall']} | {r['length_only_auroc']} | "
              f"{r['validation_auroc']} / {r['validation_f1']} / {r['validation_false_alarm']} |")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
