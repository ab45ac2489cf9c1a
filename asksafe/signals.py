"""Logprob signals: how unsure the agent's own first answer was, added to the probe's score.

>>> feats = features(logprobs)                       # token logprobs of the agent's first answer
>>> feats.mean_p, feats.min_p, feats.first_surprisal, feats.frac_low
>>> combiner = Combiner.load()                        # asksafe/model/signals.json
>>> combiner.p(0.42, feats)                           # the escalation probability; p_blocker when feats is None
>>> probe = SignalProbe(Probe.load(), combiner, logprobs=smollm2_logprobs())
>>> graph = asksafe.wrap(local_agent(), channel=CLIChannel(), probe=probe)

The combiner is a small logistic regression on top of the probe's logit,
``logit(p) = logit(p_blocker) + b + w · standardised(features)``: the probe's
score is an offset, so its calibrated thresholds keep their meaning, and with
no logprobs (or uninformative ones) it returns ``p_blocker`` unchanged.
Fit it with ``python -m asksafe.signals fit`` on the training corpus.
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from asksafe.errors import ConfigError, ModelNotAvailableError
from asksafe.events import log
from asksafe.types import Assessment

FIRST_TOKENS = 8
LOW_P = 0.5
FEATURES = ("mean_p", "min_p", "first_surprisal", "frac_low")

LogprobSource = Callable[[str, str | None], Sequence[float] | None]


@dataclass(frozen=True)
class LogprobFeatures:
    """Confidence of one generated answer, from its chosen tokens' log-probabilities."""

    mean_p: float  # mean token probability
    min_p: float  # the least likely token's probability
    first_surprisal: float  # mean -logprob of the first tokens: an entropy proxy where the answer starts
    frac_low: float  # fraction of tokens with probability below LOW_P
    n_tokens: int

    def vector(self) -> list[float]:
        return [getattr(self, f) for f in FEATURES]


def features(logprobs: Sequence[float] | None, first: int = FIRST_TOKENS, low: float = LOW_P) -> LogprobFeatures | None:
    """Features of one answer's token logprobs; None when there are none.

    >>> features([-0.01, -2.3, -0.2]).min_p
    0.1002...
    """
    if not logprobs:
        return None
    lps = [float(x) for x in logprobs if x is not None and math.isfinite(float(x))]
    if not lps:
        return None
    ps = [math.exp(min(lp, 0.0)) for lp in lps]
    head = lps[:first]
    return LogprobFeatures(mean_p=sum(ps) / len(ps), min_p=min(ps), first_surprisal=-sum(head) / len(head),
                           frac_low=sum(p < low for p in ps) / len(ps), n_tokens=len(lps))


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


class CombinerWeights(BaseModel):
    """What ``signals.json`` holds."""

    features: list[str] = Field(default_factory=lambda: list(FEATURES))
    mean: list[float]
    std: list[float]
    weights: list[float]
    bias: float
    l2: float = 1.0
    trained_on: str = ""
    report: dict[str, Any] = Field(default_factory=dict)


def default_path() -> Path:
    return Path(str(resources.files("asksafe") / "model" / "signals.json"))


class Combiner:
    """The escalation combiner: the probe's ``p_blocker`` plus logprob features -> p(ask)."""

    def __init__(self, w: CombinerWeights) -> None:
        if not (len(w.features) == len(w.mean) == len(w.std) == len(w.weights)):
            raise ConfigError("signals weights: features, mean, std and weights must have the same length")
        unknown = set(w.features) - set(FEATURES)
        if unknown:
            raise ConfigError(f"signals weights name unknown features {sorted(unknown)}")
        self.w = w

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Combiner":
        p = Path(path) if path else default_path()
        if not p.exists():
            raise ModelNotAvailableError(f"no signals combiner at {p}: run `python -m asksafe.signals fit`")
        try:
            return cls(CombinerWeights.model_validate_json(p.read_text()))
        except ValueError as exc:
            raise ConfigError(f"{p} is not a signals combiner: {exc}") from exc

    def save(self, path: str | Path | None = None) -> Path:
        p = Path(path) if path else default_path()
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(self.w.model_dump_json(indent=2) + "\n")
        return p

    def adjustment(self, feats: LogprobFeatures | None) -> float:
        """What the logprobs add to the probe's logit (0 without them)."""
        if feats is None:
            return 0.0
        x = [getattr(feats, f) for f in self.w.features]
        return self.w.bias + sum(wi * (xi - m) / s for wi, xi, m, s in zip(self.w.weights, x, self.w.mean, self.w.std))

    def p(self, p_blocker: float, feats: LogprobFeatures | None) -> float:
        """p(ask); exactly ``p_blocker`` when there are no logprobs (text only)."""
        if feats is None:
            return float(p_blocker)
        return _sigmoid(_logit(p_blocker) + self.adjustment(feats))


# --- fitting (numpy only) ------------------------------------------------------------------------------


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


# --- the probe wrapper --------------------------------------------------------------------------------


class SignalProbe:
    """A probe whose ``p_blocker`` also reflects the agent's own uncertainty; same interface as :class:`Probe`.

    ``logprobs(text, context)`` returns the token logprobs of the agent's
    first answer (or None); it is asked only for items whose ``source`` is in
    ``sources`` (default: the task itself). Everything else is text only.
    """

    def __init__(self, probe: Any, combiner: Combiner | None = None, *, logprobs: LogprobSource | None = None,
                 sources: Sequence[str] = ("task",)) -> None:
        if not callable(getattr(probe, "assess_many", None)):
            raise ConfigError(f"probe {probe!r} has no assess_many(items) method")
        self.probe = probe
        self.combiner = combiner or Combiner.load()
        self.logprobs = logprobs
        self.sources = tuple(sources)
        self.calibration = getattr(probe, "calibration", {}) or {}
        self.threshold = float(getattr(probe, "threshold", self.calibration.get("thresholds", {}).get("balanced", 0.5)))
        self.with_logprobs = self.text_only = 0

    def assess(self, text: str, context: str | None = None, domain: str | None = None,
               logprobs: Sequence[float] | None = None) -> Assessment:
        """One text; pass ``logprobs`` when you already have the agent's answer."""
        item = {"text": text, "context": context, "domain": domain}
        if logprobs is not None:
            item["logprobs"] = list(logprobs)
        return self.assess_many([item])[0]

    def assess_many(self, items: list[Any]) -> list[Assessment]:
        norm = [x if isinstance(x, dict) else {"text": str(x)} for x in items]
        plain = [{k: v for k, v in it.items() if k != "logprobs"} for it in norm]
        out = []
        for it, a in zip(norm, self.probe.assess_many(plain)):
            lps = it.get("logprobs")
            if lps is None and self.logprobs is not None and it.get("source", "task") in self.sources:
                ctx = it.get("context")
                lps = self.logprobs(it["text"], "\n".join(ctx) if isinstance(ctx, list) else ctx)
            feats = features(lps)
            if feats is None:
                self.text_only += 1
                out.append(a)
                continue
            self.with_logprobs += 1
            p = self.combiner.p(a.p_blocker, feats)
            log.info("signals", source=a.source, p_blocker=a.p_blocker, p_combined=round(p, 4),
                     mean_p=round(feats.mean_p, 3), min_p=round(feats.min_p, 3))
            out.append(a.model_copy(update={"p_blocker": round(p, 4),
                                            "should_ask": p >= self.threshold and bool(a.blockers)}))
        return out

    def __getattr__(self, name: str) -> Any:  # everything else is the wrapped probe's
        return getattr(self.probe, name)


def _prompt(text: str, context: str | None) -> list[dict]:
    from asksafe.local_llm import SYSTEM

    user = f"{text}\n\nContext:\n{context}" if context else text
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]


def smollm2_logprobs(max_new_tokens: int = 12) -> LogprobSource:
    """The local SmolLM2 agent's first-answer logprobs for a task (cached per text)."""
    cache: dict[str, list[float]] = {}
    lock = threading.Lock()

    def source(text: str, context: str | None) -> list[float]:
        from asksafe.local_llm import LocalLLM

        key = hashlib.sha1(f"{text}\x1f{context or ''}".encode("utf-8", "replace")).hexdigest()
        with lock:
            if key in cache:
                return cache[key]
        _, lps = LocalLLM.shared().generate(_prompt(text, context), max_new_tokens=max_new_tokens)
        with lock:
            cache[key] = lps
        return lps

    return source


# --- training data and the suite comparison (python -m asksafe.signals ...) --------------------------


def _train_items(n: int, seed: int = 13) -> list[dict]:
    """``n`` training-corpus items, half with a blocker, a fixed random draw (never the validation set)."""
    import random

    path = Path(str(resources.files("asksafe") / "corpus" / "train.jsonl"))
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
    comb = fit(p, f, y, l2=l2, trained_on=f"{len(rows)} items of asksafe/corpus/train.jsonl ({data.name})")
    comb.w.report = {
        "items": len(rows), "positives": sum(y), "folds": folds,
        "auc_probe": round(_auc(p, y), 4), "auc_combined_cv": round(_auc(combined, y), 4),
        "auc_logprobs_only_cv": round(_auc(alone, y), 4),
        "note": "the probe was trained on the training corpus: auc_probe is in-sample, so it overstates the probe",
    }
    return comb


def compare_on_suite(combiner: Combiner, probe: Any, max_new_tokens: int = 12, policy: str = "balanced",
                     full: bool = False, limit: int | None = None) -> dict[str, Any]:
    """Ask-F1 on the suite, probe alone vs probe + the local agent's logprobs."""
    import time

    from asksafe.bench.runner import CachingProbe, Strategy, quick_subset, run_suite, summarise_outcomes
    from asksafe.bench.tasks import load_suite

    tasks = load_suite() if full else quick_subset(load_suite())
    tasks = tasks[:limit] if limit else tasks
    strategy = [Strategy(f"policy:{policy}", policy=policy)]
    base = CachingProbe(probe)
    out: dict[str, Any] = {"tasks": len(tasks), "policy": policy}
    for name, pr in (("text_only", base), ("with_logprobs", SignalProbe(base, combiner,
                                                                         logprobs=smollm2_logprobs(max_new_tokens)))):
        t0 = time.perf_counter()
        m = summarise_outcomes(run_suite(tasks, strategies=strategy, probe=CachingProbe(pr)), strategy)[0][0]
        out[name] = {"ask_f1": round(m.ask_f1, 4), "precision": round(m.precision, 4), "recall": round(m.recall, 4),
                     "questions_per_task": round(m.questions_per_task, 3), "false_alarm_rate": m.false_alarm_rate,
                     "seconds": round(time.perf_counter() - t0, 1)}
        if isinstance(pr, SignalProbe):
            out[name]["items_with_logprobs"] = pr.with_logprobs
    return out


def _main() -> None:
    import argparse

    from asksafe.events import configure

    parser = argparse.ArgumentParser(description="Fit and measure the logprob signals combiner.")
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
    c = sub.add_parser("compare", help="Ask-F1 on the suite with and without the local agent's logprobs")
    c.add_argument("--probe")
    c.add_argument("--signals", type=Path)
    c.add_argument("--max-new-tokens", type=int, default=12)
    c.add_argument("--full", action="store_true")
    c.add_argument("--tasks", type=int, help="only the first N tasks of the selection")
    args = parser.parse_args()
    configure("off")
    if args.cmd == "generate":
        generate(args.n, args.out, args.max_new_tokens)
        return
    from asksafe.probe import Probe

    probe = Probe.load(args.probe)
    if args.cmd == "fit":
        comb = fit_file(args.data, probe, l2=args.l2)
        print(json.dumps({"weights": dict(zip(comb.w.features, comb.w.weights)), "bias": comb.w.bias,
                          **comb.w.report}, indent=2))
        print("wrote", comb.save(args.out))
    else:
        print(json.dumps(compare_on_suite(Combiner.load(args.signals), probe, args.max_new_tokens, full=args.full,
                                          limit=args.tasks),
                         indent=2))


if __name__ == "__main__":
    _main()
