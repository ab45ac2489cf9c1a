"""Fine-tuning the probe: MiniLM's top layers and the heads, on labelled examples.

The runtime half of training, shared by ``asksafe train`` (the recipe and corpus live in the
top-level ``training/`` folder of a source checkout) and ``asksafe learn`` (from feedback).

>>> net, tok, config = fit(examples, TrainConfig(epochs=1))
>>> save(net, config, Path("my-probe"))
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from asksafe.metrics import auroc, binary_metrics, calibrate_thresholds  # re-exported: older imports
from asksafe.probe import MAX_TOKENS, TYPES, Probe, ProbeNet, build_net, length_batches, trainable_prefixes
from asksafe.training_data import Example

__all__ = ["TrainConfig", "auroc", "binary_metrics", "calibrate_thresholds", "featurize", "fit", "fit_top",
           "length_scores", "probe_scores", "save", "seed_everything", "split_by_group"]


@dataclass
class TrainConfig:
    seed: int = 13
    epochs: int = 3
    batch_size: int = 32
    lr_encoder: float = 4e-5
    lr_heads: float = 1e-3
    # The top 3 of MiniLM's 6 layers are fine-tuned with the heads (the bottom 3 stay frozen and run
    # once per example). Calibration-half AUROC (training/ablate.py, the only half used to
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
    warmup_steps: int = 50


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
        # per-example loss weight on the ask head (asksafe learn: reward advantage x inverse propensity)
        "weight": torch.tensor([float(it.get("weight", 1.0)) for it in items]),
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
    warm = max(1, cfg.warmup_steps)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / warm) * max(0.05, 1 - s / total))
    ce = nn.CrossEntropyLoss(ignore_index=-100)
    net.train()
    for _ in range(cfg.epochs):
        rng.shuffle(batches)
        for b in batches:
            data = _collate([feats[i] for i in b], subtypes)
            ask, typ, sub, span = _top_forward(net, data, cfg.trainable_layers)
            w = data["weight"]  # all 1.0 in `asksafe train`: the weighted mean is the plain mean
            per_ask = nn.functional.binary_cross_entropy_with_logits(ask, data["label"], reduction="none")
            loss = (per_ask * w).sum() / w.sum().clamp(min=1e-8)
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
