"""Cascade: the probe decides alone when it is sure; your chat model decides when it is not.

>>> from asksafe.cascade import CascadeProbe
>>> probe = CascadeProbe(Probe.load(), model)            # model: any LangChain chat model
>>> graph = asksafe.wrap(agent, channel=CLIChannel(), probe=probe)
>>> probe.stats.referred, probe.stats.assessed           # how often the model was asked

Only assessments whose ``p_blocker`` lies in the uncertain band ``[low, high]``
(by default 0.1 either side of the calibrated ``balanced`` threshold)
are referred, with one short structured call ("does this need a clarifying
question? which one? why?"). The band defaults to the probe's calibrated
``cautious`` and ``autonomous`` thresholds. The model's verdict moves
``p_blocker`` out of the band (above ``high`` to ask, below ``low`` to act),
and its question, when it gives one, becomes the first blocker to ask about.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from asksafe.errors import ConfigError
from asksafe.events import log
from asksafe.types import BLOCKER_TYPES, Assessment, BlockerTypeName, DetectedBlocker, Span

BAND = 0.1  # half-width of the default uncertain band around the balanced threshold

PROMPT = """You check a task for an AI agent before it acts.
Does the task need a clarifying question to the user first (because information is missing,
ambiguous or contradictory), or can it be done correctly as written?

Task:
{text}
{context}
Reply with JSON only: {{"ask": true or false, "type": "missing" | "ambiguous" | "contradictory",
"question": "one short question to the user, or empty", "why": "a few words"}}"""


class CascadeVerdict(BaseModel):
    """The chat model's answer to one referral."""

    ask: bool = Field(description="True when a clarifying question is needed before acting")
    type: BlockerTypeName = "missing"
    question: str = Field(default="", description="One specific question to the user, or empty")
    why: str = Field(default="", description="A few words")


@dataclass
class CascadeStats:
    assessed: int = 0
    referred: int = 0
    asked: int = 0  # referrals the model answered with "ask"
    unparsed: int = 0  # replies that were neither JSON nor a clear yes/no (the probe's score stands)
    model_ms: list[float] = field(default_factory=list)

    @property
    def fraction_referred(self) -> float:
        return self.referred / self.assessed if self.assessed else 0.0


def parse_verdict(reply: Any) -> CascadeVerdict | None:
    """A verdict from a structured reply, a JSON object in text, or a plain yes/no; None if none of these."""
    if isinstance(reply, CascadeVerdict):
        return reply
    if isinstance(reply, dict):
        try:
            return CascadeVerdict.model_validate(reply)
        except ValidationError:
            return None
    text = str(getattr(reply, "content", reply) or "").strip()
    for m in re.finditer(r"\{.*?\}", text, re.DOTALL):
        try:
            data = json.loads(m.group(0))
        except json.JSONDecodeError:
            continue
        if isinstance(data, dict) and "ask" in data:
            if isinstance(data["ask"], str):
                data["ask"] = data["ask"].strip().lower() in ("true", "yes", "1")
            if data.get("type") not in BLOCKER_TYPES:
                data.pop("type", None)
            try:
                return CascadeVerdict.model_validate(data)
            except ValidationError:
                continue
    low = text.lower()
    m = re.search(r'"?ask"?\s*[:=]\s*"?(true|false|yes|no)', low)
    first = re.match(r"\W*(yes|no)\b", low)
    word = m.group(1) if m else first.group(1) if first else None
    if word is None:
        return None
    question = next((s.strip() for s in re.findall(r"[^.?!\n]*\?", text) if len(s.strip()) > 8), "")
    return CascadeVerdict(ask=word in ("true", "yes"), question=question if word in ("true", "yes") else "")


class CascadeProbe:
    """A probe that refers its uncertain decisions to a chat model; same interface as :class:`Probe`.

    - ``low``/``high``: the uncertain band (default: ``BAND`` either side of the
      calibration's ``balanced`` threshold);
    - ``use_model_question``: put the model's question first when it gives one.
    """

    def __init__(self, probe: Any, model: Any, *, low: float | None = None, high: float | None = None,
                 use_model_question: bool = True, structured: bool | None = None) -> None:
        if not callable(getattr(probe, "assess_many", None)):
            raise ConfigError(f"probe {probe!r} has no assess_many(items) method")
        if not callable(getattr(model, "invoke", None)):
            raise ConfigError(f"model {model!r} is not a LangChain chat model (no invoke)")
        self.probe = probe
        self.calibration = getattr(probe, "calibration", {}) or {}
        thresholds = self.calibration.get("thresholds", {})
        # default band: +-BAND around the balanced threshold, where the probe's own decision is least sure
        mid = float(thresholds.get("balanced", 0.5))
        self.low = float(low if low is not None else max(0.0, mid - BAND))
        self.high = float(high if high is not None else min(1.0, mid + BAND))
        if not 0.0 <= self.low <= self.high <= 1.0:
            raise ConfigError(f"the uncertain band must satisfy 0 <= low <= high <= 1, got [{self.low}, {self.high}]")
        self.threshold = float(getattr(probe, "threshold", thresholds.get("balanced", 0.5)))
        self.model = model
        self.use_model_question = use_model_question
        self.stats = CascadeStats()
        self._structured = self._structured_model(model) if structured is not False else None
        self._cache: dict[str, CascadeVerdict | None] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _structured_model(model: Any) -> Any:
        try:
            return model.with_structured_output(CascadeVerdict)
        except (NotImplementedError, AttributeError, TypeError, ValueError):
            return None

    # ------------------------------------------------------------------ the Probe interface
    def assess(self, text: str, context: str | None = None, domain: str | None = None) -> Assessment:
        return self.assess_many([{"text": text, "context": context, "domain": domain}])[0]

    def assess_many(self, items: list[Any]) -> list[Assessment]:
        assessments = self.probe.assess_many(items)
        out = []
        for item, a in zip(items, assessments):
            with self._lock:
                self.stats.assessed += 1
            if self.low <= a.p_blocker <= self.high:
                out.append(self._refer(item, a))
            else:
                out.append(a)
        return out

    def __getattr__(self, name: str) -> Any:  # everything else is the wrapped probe's
        return getattr(self.probe, name)

    # ------------------------------------------------------------------ referral
    def _ask_model(self, text: str, context: str | None) -> CascadeVerdict | None:
        prompt = PROMPT.format(text=text.strip()[:4000],
                               context=f"\nContext:\n{context.strip()[:4000]}\n" if context else "")
        if self._structured is not None:
            try:
                out = self._structured.invoke(prompt)
                verdict = parse_verdict(out) if out is not None else None
            except Exception as exc:  # a provider that refuses the schema
                out, verdict = repr(exc), None
            if verdict is not None:
                return verdict
            # structured output gave nothing usable: ask in text from now on
            log.info("cascade_structured_failed", got=str(out)[:200])
            self._structured = None
        return parse_verdict(self.model.invoke(prompt))

    def _refer(self, item: Any, a: Assessment) -> Assessment:
        d = item if isinstance(item, dict) else {"text": str(item)}
        text, context = str(d.get("text") or ""), d.get("context")
        if isinstance(context, list):
            context = "\n".join(context)
        key = hashlib.sha1(f"{text}\x1f{context or ''}".encode("utf-8", "replace")).hexdigest()
        t0 = time.perf_counter()
        with self._lock:
            cached = key in self._cache
            verdict = self._cache.get(key)
        if not cached:
            verdict = self._ask_model(text, context)
            with self._lock:
                self._cache[key] = verdict
        ms = (time.perf_counter() - t0) * 1000
        with self._lock:
            self.stats.referred += 1
            self.stats.model_ms.append(ms)
            self.stats.asked += bool(verdict and verdict.ask)
            self.stats.unparsed += verdict is None
        log.info("cascade", source=a.source, p_blocker=round(a.p_blocker, 4), verdict=None if verdict is None
                 else ("ask" if verdict.ask else "act"), why=verdict.why if verdict else "", latency_ms=round(ms, 2),
                 cached=cached)
        if verdict is None:
            return a
        if not verdict.ask:
            p = min(a.p_blocker, max(self.low - 1e-3, 0.0))
            return a.model_copy(update={"p_blocker": round(p, 4), "should_ask": False})
        p = max(a.p_blocker, min(self.high + 1e-3, 1.0), self.threshold)
        blockers = list(a.blockers)
        q = verdict.question.strip()
        if self.use_model_question and q.endswith("?") and 8 <= len(q) <= 300:
            top = max((b.score for b in blockers), default=p)
            slug = "-".join(re.findall(r"[a-z0-9]+", q.lower())[:6])
            blockers.insert(0, DetectedBlocker(key=f"{verdict.type}:model:{slug}", type=verdict.type,
                                               score=round(min(1.0, top + 1e-3), 4), reason=f"model: {verdict.why}"[:200],
                                               question=q, span=Span(start=0, end=min(len(text), 120),
                                                                     text=text[:120], source=a.source)))
        return a.model_copy(update={"p_blocker": round(p, 4), "should_ask": bool(blockers), "blockers": blockers,
                                    "questions": [b.question for b in blockers]})
