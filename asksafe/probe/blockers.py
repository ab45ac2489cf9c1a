"""From the network's outputs and the structural findings to an Assessment: scores, blockers, spans, questions.

>>> assessment = assemble(item, segment_outputs, findings, ms=3.1, subtypes=net.subtypes, blocker_floor=0.35,
...                       should_ask=lambda p, blockers: p >= 0.5 and bool(blockers))
"""

from __future__ import annotations

from collections.abc import Callable

from asksafe import checks, questions
from asksafe.probe.network import TYPES
from asksafe.probe.segments import _Segment
from asksafe.spans import phrase_span
from asksafe.types import Assessment, DetectedBlocker, Finding, Span

__all__ = ["assemble", "token_span"]


def assemble(it: dict, mine: list[tuple[_Segment, dict]], findings: list[Finding], ms: float, *,
             subtypes: list[str], blocker_floor: float, should_ask: Callable[[float, list[DetectedBlocker]], bool]
             ) -> Assessment:
    """One item's Assessment from its segments' outputs (``{"p", "p_type", "p_sub", "span"}``) and findings."""
    text, context, source = it["text"], it["context"], it["source"]
    seg, best = max(mine, key=lambda sr: sr[1]["p"])
    p_model = best["p"]
    strong = max((f.strength for f in findings if f.strength >= 0.7), default=0.0)
    p = max(p_model, strong)
    p_type = dict(zip(TYPES, best["p_type"]))
    blockers: list[DetectedBlocker] = []
    for f in findings:
        src = source if f.source == "text" else f"{source}:context"
        body = text if f.source == "text" else (context or "")
        blockers.append(DetectedBlocker(
            # strong structural evidence outranks the model's own (vaguer) blocker
            key=f.key, type=f.type, subtype=f.subtype,
            score=round(max(p, f.strength) if f.strength >= 0.7 else f.strength * max(p, 0.5), 4),
            span=Span(start=f.start, end=f.end, text=body[f.start:f.end], source=src),
            reason=f.reason, question=questions.write(f), options=f.options))
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
        f = Finding(btype, sub, term, start, end, "text", p_model)
        overlap = any(b.span and b.span.source == source and b.span.start < end and start < b.span.end
                      for b in blockers)
        # a blocker with nothing to quote and no known topic would only ask "which detail?": drop it
        if not overlap and not questions.already_answered(f, context) and not questions.says_nothing(f):
            blockers.append(DetectedBlocker(
                key=f"{btype}:{sub}:{_slug(text[start:end])}", type=btype, subtype=sub,
                score=round(p_model * 0.8, 4), span=Span(start=start, end=end, text=text[start:end], source=source),
                reason=f"model: {btype} ({p_type[btype]:.2f}), subtype {sub}", question=questions.write(f)))
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


