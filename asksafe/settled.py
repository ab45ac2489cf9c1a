"""Is it already settled? The one check every question passes before it is asked.

A blocker is settled when the context (what the user gave, every earlier
answer) already decides it: an option is chosen, the term is defined, an
earlier question asked about the same thing (in other words), or an answer
settles its topic ("Return the 3 largest, in descending order." settles how
many and in which order, though it names neither 'top' nor 'sort').

Three layers, cheapest first: the words (options, definitions, an earlier
question quoting the term), topic cues in the answers (numbers for a count,
"descending" for an order, a date for a deadline, ...), and meaning: MiniLM
similarity of the new question to each earlier question, and to each sentence
of the context (a stated fact). The model loads only when there is an earlier
answer or a long enough context to compare with.

>>> settled_by("top_n", "top", ["Q: Which format do you want?\\nA: Return the 3 largest, in descending order."])
True
>>> is_settled(blocker, context)          # a DetectedBlocker or a checks.Finding
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|hundred|"
                 "a dozen|a few|a couple|all|every|single|both")
_DAY = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
_MONTH = (r"jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|"
          r"nov(ember)?|dec(ember)?")
_DATE = (rf"\b({_DAY})\b|\b({_MONTH})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+({_MONTH})\b|\b\d{{4}}-\d{{2}}(-\d{{2}})?\b|"
         r"\b\d{1,2}/\d{1,2}(/\d{2,4})?\b|\b(today|tomorrow|tonight|end of (the )?(day|week|month|quarter)|eod|eow|"
         r"noon|midnight|\d{1,2}(:\d{2})?\s*(am|pm)|q[1-4])\b")

# topic family -> (subtypes it covers, what in an answer settles it)
_FAMILIES: dict[str, tuple[frozenset[str], str]] = {
    "count": (frozenset({"top_n", "limit", "count", "number", "how_many"}),
              rf"\b\d+\b|\b({_NUMBER_WORDS})\b|\b(k|n)\b|\bcaller\b|\bparameter\b"),
    "order": (frozenset({"sort_order", "ordering", "order", "sort"}),
              r"\b(ascending|descending|asc|desc|increasing|decreasing|reverse|alphabetical(ly)?|chronological(ly)?|"
              r"(largest|smallest|highest|lowest|biggest|newest|oldest|latest|earliest|most recent|best|worst)"
              r"( \w+)? first|sorted by|order by|in order of|biggest|largest|highest|smallest|lowest)\b"),
    "ties": (frozenset({"tie_breaking", "ties", "tie_break"}),
             r"\b(ties?|tied|equal|same (score|value|count)|stable|input order|original order|first seen|"
             r"alphabetical(ly)?|either (one|order)|doesn'?t matter|any order)\b"),
    "format": (frozenset({"output_format", "format"}),
               r"\b(json|csv|tsv|plain text|markdown|html|pdf|xlsx|excel|yaml|table|list|dict|dictionary|tuples?|"
               r"strings?|a report|bullet points|one per line)\b"),
    "rounding": (frozenset({"rounding", "precision"}),
                 r"\b(round\w*|decimals?|places|integer|whole numbers?|cents?|truncat\w*|floor|ceil\w*|"
                 r"significant|exact)\b"),
    "timezone": (frozenset({"timezone", "time_zone"}),
                 r"\b(utc|gmt|local time|time ?zone|[a-z]+/[a-z_]+|[a-z]{2,4}t|[+-]\d\d:?\d\d)\b"),
    "when": (frozenset({"deadline", "period", "date_range", "date", "when", "schedule", "day"}),
             _DATE + r"|\b(calendar|rolling|trailing|last \d+ days|past \d+ days|this (week|month|quarter|year)|"
             r"(previous|last|next) (week|month|quarter|year))\b"),
    "who": (frozenset({"recipient", "audience", "attendees", "assignee", "owner", "contact"}),
            r"[\w.+-]+@[\w-]+\.[\w.]+|#[\w-]+|@\w+|\b(team|everyone|all of|channel|list|group|managers?|"
            r"leads?|only (me|us)|just (me|us))\b"),
    "currency": (frozenset({"currency"}), r"\b(usd|eur|gbp|jpy|chf|cad|aud|dollars?|euros?|pounds?|convert\w*|"
                                          r"separately|each currency|per currency)\b"),
    "threshold": (frozenset({"threshold", "limit_value", "length", "length_limit"}),
                  rf"\b\d+(\.\d+)?\s*(%|percent|days?|hours?|minutes?|ms|seconds?|kb|mb|gb|chars?|characters?|"
                  rf"words?|items?|rows?|times|[a-z]+)?\b|\b({_NUMBER_WORDS})\b|\bno (limit|threshold)\b"),
    "unit": (frozenset({"unit", "units"}), r"\b(seconds?|minutes?|hours?|days?|ms|kg|lbs?|km|miles?|meters?|"
                                           r"celsius|fahrenheit|bytes?|kb|mb|gb|cents?|dollars?|percent)\b"),
}
_FAMILY_OF = {st: fam for fam, (sts, _) in _FAMILIES.items() for st in sts}
_FAMILY_RE = {fam: re.compile(rx, re.I) for fam, (_, rx) in _FAMILIES.items()}

_ANSWER = re.compile(r"^(?:A|Answer|Clarification)\s*:\s*(.*)$", re.I | re.M)
_QUESTION = re.compile(r"^Q\s*:\s*(.*)$", re.M)
_DEFINED = r"\b(means|meaning|refers to|is defined as|should be|stands for|=)"
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
_CLAUSE = re.compile(r",?\s+(?:and|but)\s+|\s*;\s*", re.I)


def family(subtype: str) -> str | None:
    """The topic family of a blocker subtype ("top_n" -> "count"); frame slots name theirs after ':'."""
    st = subtype.split(":")[-1] if subtype.startswith("slot:") else subtype
    return _FAMILY_OF.get(st) or _FAMILY_OF.get(st.rsplit(".", 1)[-1])


def _as_text(context: str | Sequence[str] | None) -> str:
    if not context:
        return ""
    return context if isinstance(context, str) else "\n".join(c for c in context if isinstance(c, str))


def answers_in(context: str | Sequence[str] | None) -> list[str]:
    """The human's earlier answers ("A: ..." lines of the run's Q/A records)."""
    return [a.strip() for a in _ANSWER.findall(_as_text(context)) if a.strip()]


def questions_in(context: str | Sequence[str] | None) -> list[str]:
    """The questions already asked ("Q: ..." lines)."""
    return [q.strip() for q in _QUESTION.findall(_as_text(context)) if q.strip()]


def settled_by(subtype: str, term: str, context: str | Sequence[str] | None, options: Sequence[str] = (),
               *, contradictory: bool = False, cues: Sequence[str] = ()) -> bool:
    """The rule layer: True when the words of the context settle it (no model).

    ``cues``: extra regexes that settle this blocker when an answer matches one (a frame slot's).
    """
    text = _as_text(context)
    if not text:
        return False
    low = text.lower()
    t = term.strip().lower()
    answers = answers_in(text)
    asked = questions_in(text)
    # an earlier question quoted the same term (and was answered or assumed)
    if t and any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", q.lower()) for q in asked):
        return True
    if not contradictory and options:
        named = [o for o in options if o and re.search(rf"(?<!\w){re.escape(o.lower())}(?!\w)", low)]
        # one option named in the context, or any option named in an answer
        if len(named) == 1 or (named and any(re.search(rf"(?<!\w){re.escape(o.lower())}(?!\w)", a.lower())
                                             for o in named for a in answers)):
            return True
    if t and re.search(rf"(?<!\w){re.escape(t)}(?!\w)[^.\n]{{0,30}}{_DEFINED}", low):
        return True  # the term is defined
    if contradictory or not answers:
        return False
    fam = family(subtype)
    if fam and any(_FAMILY_RE[fam].search(a) for a in answers):
        return True
    return any(re.search(c, a, re.I) for c in cues for a in answers)


# --- meaning -------------------------------------------------------------------

SAME_QUESTION = 0.80
"""An earlier question this similar (cosine, MiniLM) asks the same thing."""
STATED = 0.72
"""A context sentence this similar to the question states its answer."""


@dataclass
class _Vectors:
    encoder: Any = None
    cache: dict[str, np.ndarray] | None = None


_vectors = _Vectors()
_lock = threading.Lock()


def _embed(texts: list[str]) -> np.ndarray:
    with _lock:
        if _vectors.encoder is None:
            from asksafe.model_files import sentence_encoder

            _vectors.encoder, _vectors.cache = sentence_encoder(), {}
        cache = _vectors.cache
        assert cache is not None
        todo = [t for t in dict.fromkeys(texts) if t not in cache]
        if todo:
            vecs = _vectors.encoder.encode(todo, normalize_embeddings=True, convert_to_numpy=True,
                                           show_progress_bar=False, batch_size=32)
            if len(cache) > 20_000:
                cache.clear()
            for t, v in zip(todo, vecs):
                cache[t] = np.asarray(v, dtype=np.float32)
        return np.stack([cache[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)


def settled_in_meaning(question: str, context: str | Sequence[str] | None) -> bool:
    """The meaning layer: an earlier question asks the same, or a context sentence states the answer."""
    text = _as_text(context)
    q = question.strip()
    if not text or not q:
        return False
    asked = questions_in(text)
    body = _QUESTION.sub("", text)
    sents = []
    for s in _SENTENCE.split(body):
        s = s.strip()
        m = _ANSWER.match(s)
        s = m.group(1).strip() if m else s  # an answer states a fact as much as the context does
        if not s or s.endswith("?"):
            continue
        # a sentence that states two things is compared clause by clause too
        for part in dict.fromkeys([s, *_CLAUSE.split(s)]):
            if len(part.split()) >= 3:
                sents.append(part.strip())
    if not asked and not sents:
        return False
    vecs = _embed([q, *asked, *sents[:200]])
    sims = vecs[1:] @ vecs[0]
    if asked and float(sims[: len(asked)].max()) >= SAME_QUESTION:
        return True
    return bool(sents) and float(sims[len(asked):].max()) >= STATED


def _slot_of(key: str) -> str:
    return key.split(":slot:", 1)[1] if ":slot:" in key else ""


def slot_cues(slot: str) -> list[str]:
    """The patterns that fill a frame's slot ("travel.origin"): an answer matching one settles it."""
    if not slot:
        return []
    from asksafe.frames import slot as find_slot

    s = find_slot(slot)
    return [p.pattern for p in s.filled] if s else []


def is_settled(blocker: Any, context: str | Sequence[str] | None, *, semantic: bool | None = None,
               cues: Sequence[str] = ()) -> bool:
    """True when ``context`` already settles ``blocker`` (a DetectedBlocker or a checks.Finding).

    ``semantic``: compare meanings too (MiniLM). Default: only when the context holds an earlier
    question or answer, so a first probe with a plain context stays model-free and fast.
    """
    text = _as_text(context)
    if not text:
        return False
    subtype = getattr(blocker, "subtype", "") or ""
    btype = getattr(blocker, "type", "")
    btype = getattr(btype, "value", btype)
    term = getattr(blocker, "term", None)
    if term is None:
        span = getattr(blocker, "span", None)
        term = span.text if span is not None else ""
    options = list(getattr(blocker, "options", []) or [])
    if not cues:
        cues = slot_cues(getattr(blocker, "slot", "") or _slot_of(getattr(blocker, "key", "") or ""))
    if settled_by(subtype, term, text, options, contradictory=btype == "contradictory", cues=cues):
        return True
    if semantic is None:
        semantic = bool(_QUESTION.search(text) or _ANSWER.search(text))
    question = getattr(blocker, "question", "") or ""
    return bool(semantic and question and settled_in_meaning(question, text))
