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
Fit it with ``python -m training.fit_signals fit`` (a source checkout) on the training corpus;
``python benchmarks/probe/signals_suite.py`` measures it on the suite.
"""

from __future__ import annotations

import hashlib
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
            raise ModelNotAvailableError(f"no signals combiner at {p}: run `python -m training.fit_signals fit` in a source checkout")
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
        # ``should_ask`` on a combined score: what the balanced preset would decide (wrap asks its own policy)
        self.threshold = float(self.calibration.get("thresholds", {}).get("balanced", 0.5))
        self.with_logprobs = self.text_only = 0

    def assess(self, text: str, context: str | None = None, logprobs: Sequence[float] | None = None) -> Assessment:
        """One text; pass ``logprobs`` when you already have the agent's answer."""
        item: dict[str, Any] = {"text": text, "context": context}
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
