"""From the network's outputs and the structural findings to an Assessment: scores, blockers, spans, questions.

>>> assessment = assemble(item, segment_outputs, findings, ms=3.1, subtypes=net.subtypes, blocker_floor=0.35,
...                       should_ask=lambda p, blockers: p >= 0.5 and bool(blockers))
"""

from __future__ import annotations

from collections.abc import Callable

from asksafe import checks, planning, questions, settled
from asksafe.probe.network import TYPES
from asksafe.probe.segments import _Segment
from asksafe.spans import phrase_span
from asksafe.types import Assessment, DetectedBlocker, Finding, Span

__all__ = ["assemble", "token_span"]


def assemble(it: dict, mine: list[tuple[_Segment, dict]], findings: list[planning.Candidate], ms: float, *,
             subtypes: list[str], blocker_floor: float, should_ask: Callable[[float, list[DetectedBlocker]], bool]
             ) -> Assessment:
    """One item's Assessment from its segments' outputs (``{"p", "p_type", "p_sub", "span"}``) and findings."""
    text, context, source = it["text"], it["context"], it["source"]
    seg, best = max(mine, key=lambda sr: sr[1]["p"])
    p_model = best["p"]
    strong = max((c.finding.strength for c in findings if c.finding.strength >= 0.7), default=0.0)
    p = max(p_model, strong)
    p_type = dict(zip(TYPES, best["p_type"]))
    model = None
    if best["span"] and p_model >= blocker_floor:
        # the model's own blocker: its span, type and subtype
        s0, s1 = best["span"]
        start, end = seg.start + s0, seg.start + s1
        btype = max(p_type, key=p_type.get)
        subs = subtypes
        sub = subs[max(range(len(subs)), key=lambda k: best["p_sub"][k])] if subs else ""
        term = text[start:end]
        if not checks.is_content(term):
            term = ""  # a span on "of" or "the" says nothing: ask about the subtype alone
        model = questions.agree(Finding(btype, sub, term, start, end, "text", p_model,
                                        reason=f"model: {btype} ({p_type[btype]:.2f}), subtype {sub}"), text)
        # a blocker with nothing to quote and no known topic would only ask "which detail?": drop it
        if questions.says_nothing(model) or settled.is_settled(model, context, semantic=False):
            model = None
    # one candidate per span or topic, best expected value first (asksafe.planning)
    blockers: list[DetectedBlocker] = []
    for c in planning.prune(planning.merge([*findings, *([planning.from_model(model)] if model else [])])):
        f = c.finding
        src = source if f.source == "text" else f"{source}:context"
        body = text if f.source == "text" else (context or "")
        if c.origin == "model":
            key, score = f"{f.type}:{f.subtype}:{_slug(body[f.start:f.end])}", p_model * 0.8 * c.impact
        else:  # strong structural evidence outranks the model's own (vaguer) blocker
            score = (max(p, f.strength) if f.strength >= 0.7 else f.strength * max(p, 0.5)) * c.impact
            key = f.key
        blockers.append(DetectedBlocker(
            key=key, type=f.type, subtype=f.subtype, score=round(min(score, 1.0), 4),
            span=Span(start=f.start, end=f.end, text=body[f.start:f.end], source=src),
            reason=f.reason, question=questions.write(f, body), options=f.options))
    blockers.sort(key=lambda b: -b.score)
    should = should_ask(p, blockers)
    return Assessment(p_blocker=round(p, 4), should_ask=should, blockers=blockers,
                      questions=[b.question for b in blockers], p_type={k: round(v, 4) for k, v in p_type.items()},
                      source=source, segments=len(mine), latency_ms=round(ms, 3))


def token_span(scores: list[float], offsets: list, seq_ids: list, text: str) -> tuple[int, int] | None:
    """The phrase the span head points at (see :mod:`asksafe.spans`), else the raw token run."""
    return phrase_span(scores, offsets, seq_ids, text) or _best_span(scores, offsets, seq_ids, text)


def _best_span(scores: list[float], offsets: list, seq_ids: list, text: str) -> tuple[int, int] | None:
    """Char span of the highest-scoring run of text tokens (at most 8 tokens around the peak)."""
    cand = [k for k, s in enumerate(seq_ids) if s == 0]
    if not cand:
        return None
    peak = max(cand, key=lambda k: float(scores[k]))
    lo = hi = peak
    while lo - 1 in cand and float(scores[lo - 1]) > 0 and peak - lo < 4:
        lo -= 1
    while hi + 1 in cand and float(scores[hi + 1]) > 0 and hi - peak < 4:
        hi += 1
    a, b = int(offsets[lo][0]), int(offsets[hi][1])
    # widen to whole words
    while a > 0 and text[a - 1].isalnum():
        a -= 1
    while b < len(text) and text[b].isalnum():
        b += 1
    return (a, b) if b > a else None


def _slug(s: str) -> str:
    return "-".join(s.lower().split())[:40]


