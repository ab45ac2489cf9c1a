"""Plan the questions of one text: every candidate blocker, duplicates merged, best first.

Candidates come from three places: the probe's own heads (a span, a type, a
subtype), the structural checks (:mod:`asksafe.checks`) and the request frames
(:mod:`asksafe.frames`). Two candidates are the same gap when their spans
overlap or they ask about the same topic (:func:`asksafe.settled.family`);
the one worth more stays. A candidate is worth its expected value: the chance
it is a real gap times how much the result depends on it (``IMPACT``). What the
context already settles (:mod:`asksafe.settled`) is dropped.

>>> [c.finding.slot or c.finding.subtype for c in plan("Delete the old files")]
['files.criterion', 'files.location']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from asksafe import checks, frames, settled
from asksafe.checks import Finding

# How much a wrong guess on this topic costs the result (0..1); not tuned on any benchmark.
IMPACT: dict[str, float] = {
    "column_choice": 0.9, "conflicting_examples": 0.95, "conflicting_requirements": 0.9, "currency": 0.85,
    "definition": 0.8, "threshold": 0.75, "top_n": 0.8, "period": 0.7, "deadline": 0.6, "vague_operation": 0.7,
    "frequency": 0.5, "tie_breaking": 0.45, "rounding": 0.35, "timezone": 0.35, "output_format": 0.4,
    "format": 0.4, "recipient": 0.8, "entity_identity": 0.8, "scope": 0.7, "status_filter": 0.85,
    "row_filter": 0.8,
}
DEFAULT_IMPACT = 0.6


@dataclass
class Candidate:
    """One possible question: the finding, how likely it is a real gap, how much the result depends on it."""

    finding: Finding
    p_gap: float
    impact: float
    origin: str  # "check" | "frame" | "model"

    @property
    def value(self) -> float:
        return self.p_gap * self.impact

    @property
    def topic(self) -> str:
        f = self.finding
        return settled.family(f.subtype) or f.slot or f"{f.subtype}:{f.term.lower()}"


def candidates(text: str, context: str | None, found: Sequence[Finding] | None = None,
               model: Finding | None = None) -> list[Candidate]:
    """Every candidate, unmerged: the checks' ``found`` (run here when None), the frames, the model's blocker."""
    out = [Candidate(f, f.strength, IMPACT.get(f.subtype, DEFAULT_IMPACT), "check")
           for f in (checks.find(text, context) if found is None else found)]
    for f in frames.find(text, context):
        s = frames.slot(f.slot)
        weight = s.weight if s else DEFAULT_IMPACT
        out.append(Candidate(f, f.strength / weight if weight else f.strength, weight, "frame"))
    if model is not None:
        out.append(Candidate(model, model.strength, IMPACT.get(model.subtype, DEFAULT_IMPACT), "model"))
    return out


def structural(text: str, context: str | None) -> list[Candidate]:
    """The checks' and frames' candidates for ``text`` that the context does not already settle (no model)."""
    return [c for c in candidates(text, context)
            if not context or not settled.is_settled(c.finding, context, semantic=False)]


def from_model(f: Finding) -> Candidate:
    """The probe's own blocker (``strength``: its probability) as a candidate."""
    return Candidate(f, f.strength, IMPACT.get(f.subtype, DEFAULT_IMPACT), "model")


def _overlaps(a: Finding, b: Finding) -> bool:
    if a.source != b.source or a.end <= a.start or b.end <= b.start:
        return False
    return a.start < b.end and b.start < a.end


def merge(cands: Sequence[Candidate]) -> list[Candidate]:
    """Best first; a candidate on the span or topic of a better one is dropped.

    A frame's slot and a check on the same span ask about different things ("which folder" vs
    "older than what" both sit on "Delete the old files"), so span overlap only merges candidates
    of the same origin kind or topic; the same topic always merges.
    """
    kept: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-c.value, c.origin != "frame")):
        dup = None
        for i, k in enumerate(kept):
            same_topic = c.topic == k.topic
            # a slot merges on its span only with the model's blocker (a check there asks something else)
            slot_pair = bool(c.finding.slot or k.finding.slot)
            same_span = _overlaps(c.finding, k.finding) and (not slot_pair or "model" in (c.origin, k.origin))
            if same_topic or same_span:
                dup = i
                break
        if dup is None:
            kept.append(c)
        elif kept[dup].origin == "model" and c.origin != "model":
            # the same gap: the frame's or check's question is the more specific one; keep the higher value
            kept[dup] = Candidate(c.finding, kept[dup].p_gap, kept[dup].impact, c.origin)
    return kept


KEEP_RATIO = 0.4
"""A candidate worth less than this share of the best one is not worth a human's attention."""


def prune(ranked: Sequence[Candidate]) -> list[Candidate]:
    """Drop candidates worth much less than the best; with a frame's slot in play, also the model's
    blockers whose topic no template knows (they would ask "what exactly should 'X' be?")."""
    if not ranked:
        return []
    top = ranked[0].value
    has_slot = any(c.finding.slot for c in ranked)
    out = []
    for c in ranked:
        if c.value < KEEP_RATIO * top:
            continue
        if has_slot and c.origin == "model" and settled.family(c.finding.subtype) is None \
                and c.finding.subtype not in IMPACT:
            continue
        out.append(c)
    return out


def plan(text: str, context: str | None = None, found: Sequence[Finding] | None = None,
         model: Finding | None = None) -> list[Candidate]:
    """The questions worth asking about ``text``, best first, none the context already settles."""
    merged = merge(candidates(text, context, found, model))
    if not context:
        return merged
    return [c for c in merged if not settled.is_settled(c.finding, context, semantic=False)]
