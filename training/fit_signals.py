"""Fit the logprob-signals combiner (``asksafe/model/signals.json``) on the training corpus.

    python -m training.fit_signals generate --n 240 --out signals-train.jsonl   # SmolLM2's first-answer logprobs
    python -m training.fit_signals fit --data signals-train.jsonl                # writes asksafe/model/signals.json
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from asksafe.errors import ConfigError
from asksafe.signals import Combiner, CombinerWeights, LogprobFeatures, _logit, _prompt, features
from asksafe.training_data import corpus_path

__all__ = ["fit", "fit_file", "generate"]


def fit(p_blocker: Sequence[float], feats: Sequence[LogprobFeatures], labels: Sequence[int], *, l2: float = 1.0,
        iters: int = 50, trained_on: str = "") -> Combiner:
    """Logistic regression with the probe's logit as a fixed offset (Newton's method, L2 on the weights)."""
    import numpy as np

    if not (len(p_blocker) == len(feats) == len(labels)) or not labels:
        raise ConfigError("fit needs as many probe scores, features and labels, and at least one of each")
    X = np.array([f.vector() for f in feats], dtype=float)
    mean, std = X.mean(0), X.std(0)
    std[std < 1e-9] = 1.0
    Z = np.hstack([(X - mean) / std, np.ones((len(X), 1))])
    offset = np.array([_logit(p) for p in p_blocker])
    y = np.array(labels, dtype=float)
    beta = np.zeros(Z.shape[1])
    reg = np.full(Z.shape[1], l2)
    reg[-1] = 1e-6  # the bias is not shrunk
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(offset + Z @ beta)))
        grad = Z.T @ (p - y) + reg * beta
        hess = (Z * (p * (1 - p))[:, None]).T @ Z + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    w = CombinerWeights(mean=mean.tolist(), std=std.tolist(), weights=beta[:-1].tolist(), bias=float(beta[-1]),
                        l2=l2, trained_on=trained_on)
    return Combiner(w)


def _train_items(n: int, seed: int = 13) -> list[dict]:
    """``n`` training-corpus items, half with a blocker, a fixed random draw (never the validation set)."""
    import random

    path = corpus_path("train")
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    rng = random.Random(seed)
    pos = [r for r in rows if r["label"] == 1]
    neg = [r for r in rows if r["label"] == 0]
    rng.shuffle(pos)
    rng.shuffle(neg)
    picked = pos[: n // 2] + neg[: n - n // 2]
    rng.shuffle(picked)
    return picked


def generate(n: int, out: Path, max_new_tokens: int = 12) -> None:
    """SmolLM2's first-answer logprobs for ``n`` training items, appended to a JSONL file (resumable)."""
    import time

    from asksafe.local_llm import LocalLLM

    done = {json.loads(line)["id"] for line in out.read_text().splitlines() if line.strip()} if out.exists() else set()
    llm = LocalLLM.shared()
    t0 = time.perf_counter()
    with out.open("a") as f:
        for i, r in enumerate(_train_items(n)):
            if r["id"] in done:
                continue
            text, lps = llm.generate(_prompt(r["text"], r.get("context")), max_new_tokens=max_new_tokens)
            f.write(json.dumps({"id": r["id"], "label": r["label"], "text": r["text"], "context": r.get("context"),
                                "answer": text, "logprobs": lps}) + "\n")
            f.flush()
            if i % 20 == 0:
                print(f"{i}/{n} items, {time.perf_counter() - t0:.0f} s", flush=True)


def _auc(scores: Sequence[float], labels: Sequence[int]) -> float:
    pos = [s for s, y in zip(scores, labels) if y]
    neg = [s for s, y in zip(scores, labels) if not y]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    return wins / (len(pos) * len(neg))


def fit_file(data: Path, probe: Any, l2: float = 1.0, folds: int = 5) -> Combiner:
    """Fit on a file from :func:`generate`; the report holds cross-validated AUCs on those items."""
    rows = [json.loads(line) for line in data.read_text().splitlines() if line.strip()]
    rows = [r for r in rows if features(r["logprobs"]) is not None]
    assessed = probe.assess_many([{"text": r["text"], "context": r["context"]} for r in rows])
    p = [a.p_blocker for a in assessed]
    f = [features(r["logprobs"]) for r in rows]
    y = [int(r["label"]) for r in rows]
    # k-fold: the combiner's held-out scores against the probe alone, and logprobs alone
    combined = [0.0] * len(rows)
    alone = [0.0] * len(rows)
    for k in range(folds):
        tr = [i for i in range(len(rows)) if i % folds != k]
        te = [i for i in range(len(rows)) if i % folds == k]
        c = fit([p[i] for i in tr], [f[i] for i in tr], [y[i] for i in tr], l2=l2)
        flat = fit([0.5] * len(tr), [f[i] for i in tr], [y[i] for i in tr], l2=l2)
        for i in te:
            combined[i] = c.p(p[i], f[i])
            alone[i] = flat.p(0.5, f[i])
    comb = fit(p, f, y, l2=l2, trained_on=f"{len(rows)} items of training/corpus/train.jsonl ({data.name})")
    comb.w.report = {
        "items": len(rows), "positives": sum(y), "folds": folds,
        "auc_probe": round(_auc(p, y), 4), "auc_combined_cv": round(_auc(combined, y), 4),
        "auc_logprobs_only_cv": round(_auc(alone, y), 4),
        "note": "the probe was trained on the training corpus: auc_probe is in-sample, so it overstates the probe",
    }
    return comb


def _main() -> None:
    import argparse

    from asksafe.events import configure

    parser = argparse.ArgumentParser(description="Fit the logprob signals combiner.")
    sub = parser.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate", help="SmolLM2 first-answer logprobs for training-corpus items")
    g.add_argument("--n", type=int, default=240)
    g.add_argument("--out", type=Path, default=Path("signals-train.jsonl"))
    g.add_argument("--max-new-tokens", type=int, default=12)
    f = sub.add_parser("fit", help="fit the combiner and write asksafe/model/signals.json")
    f.add_argument("--data", type=Path, default=Path("signals-train.jsonl"))
    f.add_argument("--probe")
    f.add_argument("--out", type=Path)
    f.add_argument("--l2", type=float, default=1.0)
    args = parser.parse_args()
    configure("off")
    if args.cmd == "generate":
        generate(args.n, args.out, args.max_new_tokens)
        return
    from asksafe.probe import Probe

    comb = fit_file(args.data, Probe.load(args.probe), l2=args.l2)
    print(json.dumps({"weights": dict(zip(comb.w.features, comb.w.weights)), "bias": comb.w.bias, **comb.w.report},
                     indent=2))
    print("wrote", comb.save(args.out))


if __name__ == "__main__":
    _main()
