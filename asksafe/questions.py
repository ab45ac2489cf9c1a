"""The question writer: one detected blocker in, one specific, answerable question out.

Rules it keeps: name the uncertain thing; offer the options when they are
known; one topic per question; never ask what the context already answers.

>>> write(Finding("ambiguous", "column_choice", "revenue", 0, 7, "text", 0.9,
...               options=["revenue_gross", "revenue_net"]))
"Does 'revenue' mean `revenue_gross` or `revenue_net`?"
"""

from __future__ import annotations

import re

from asksafe.checks import Finding
from asksafe.spans import DETERMINERS


def _or(options: list[str], code: bool = False) -> str:
    opts = [f"`{o}`" if code else o for o in options]
    if len(opts) <= 1:
        return "".join(opts)
    return ", ".join(opts[:-1]) + " or " + opts[-1]


def _clip(text: str, words: int = 8) -> str:
    parts = text.strip().strip(".,;:").split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


# Subtypes the model knows (from its training corpus), as the thing to ask about.
SUBTYPE_TOPIC = {
    "output_format": "which output format you want (for example JSON, CSV or plain text)",
    "format": "which format you want",
    "tie_breaking": "how ties should be ordered",
    "rounding": "how results should be rounded",
    "unit": "which unit should be used",
    "units": "which unit should be used",
    "period": "which time period this should cover",
    "date_range": "which date range this should cover",
    "deadline": "by when this must be done",
    "timezone": "which time zone to use",
    "recipient": "who this should go to",
    "audience": "who the audience is",
    "threshold": "what threshold should be used",
    "limit": "how many results you want",
    "top_n": "how many results you want",
    "count": "how many you want",
    "length": "how long it should be",
    "tone": "which tone it should have",
    "language": "which language it should be in",
    "error_handling": "what should happen on invalid input",
    "boundary": "whether the boundary values are included",
    "sort_order": "in which order the results should be sorted",
    "ordering": "in which order the results should be sorted",
    "scope": "what exactly is in scope",
    "environment": "which environment this applies to",
    "target": "which target system this applies to",
    "version": "which version to use",
    "currency": "which currency to use",
    "status_filter": "which statuses should count",
    "null_handling": "how missing (NULL) values should be treated",
    "entity_identity": "which one you mean",
    "column_choice": "which column this refers to",
    "location": "which location you mean",
    "budget": "what budget applies",
    "frequency": "how often this should run",
    "destination": "where the result should be saved or sent",
}


_WHICH_DETERMINERS = DETERMINERS - {"a", "an"}  # "which pharmacy?" fits "the pharmacy", not "a pharmacy"


# words that say only that something is unclear: quoting them back explains nothing
_FILLERS = frozenset("""somehow something somewhere someone anything stuff things thing properly correctly nicely
    appropriately accordingly suitably reasonably right well good fine etc whatever somewhat""".split())
_ORDER_WORDS = re.compile(r"\b(sort|sorted|sorting|order|ordered|ordering|rank|ranked|ranking|arrange|arranged)\b", re.I)
_FORMAT_WORDS = re.compile(r"\b(format|formatted|json|csv|output as|print|display|render|table|report)\b", re.I)


def _near(text: str | None, f: Finding, width: int = 30) -> str:
    return text[max(0, f.start - width): f.end + width] if text else ""


def agree(f: Finding, text: str | None) -> Finding:
    """The finding with its topic and term made to fit the words around it.

    "sorted somehow" is about the order, not the output format; 'somehow' itself names nothing.
    """
    near = _near(text, f)
    sub, term = f.subtype, f.term
    if sub in ("output_format", "format") and _ORDER_WORDS.search(near) and not _FORMAT_WORDS.search(near):
        sub = "sort_order"
    words = [w.lower() for w in re.findall(r"[A-Za-z']+", term)]
    if words and all(w in _FILLERS or not checks_is_content(w) for w in words):
        term = ""
    if term and sub in _TOPICAL and not _topic_words(sub, term):
        term = ""  # "which period ... for 'revenue'?": the span is not what the question is about
    if sub == f.subtype and term == f.term:
        return f
    return Finding(f.type, sub, term, f.start, f.end, f.source, f.strength, list(f.options), f.reason,
                   f.question, f.slot)


# topics whose question explains a quoted span only when the span speaks of that topic
_TOPICAL = frozenset({"period", "date_range", "deadline", "timezone", "rounding", "unit", "units", "currency",
                      "output_format", "format", "sort_order", "ordering", "tie_breaking", "frequency", "top_n",
                      "limit", "count", "language", "tone", "length"})
_TOPIC_WORDS = re.compile(
    r"\b(\d+|day|days|week|weeks|month|months|quarter|year|years|daily|weekly|monthly|yearly|soon|asap|recent\w*|"
    r"latest|today|tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|deadline|period|"
    r"time|zone|utc|round\w*|decimal\w*|unit\w*|currenc\w*|format\w*|json|csv|sort\w*|order\w*|rank\w*|ties?|"
    r"often|regularly|top|best|most|few|many|several|some|language|tone|long|short|brief|length)\b", re.I)


def _topic_words(sub: str, term: str) -> bool:
    return bool(_TOPIC_WORDS.search(term))


def checks_is_content(word: str) -> bool:
    from asksafe.checks import is_content

    return is_content(word)


def write(f: Finding, text: str | None = None) -> str:
    """The question for one finding (structural check, frame slot or model-detected blocker).

    ``text``: the request the finding's offsets point into, so the question fits its words.
    """
    if f.question:
        return f.question
    f = agree(f, text)
    term, opts = f.term, f.options
    st = f.subtype
    if st == "sort_order" and not term:
        return "In which order should they be sorted: largest first (descending) or smallest first (ascending)?"
    if st == "column_choice" and len(opts) >= 2:
        return f"Does '{term}' mean {_or(opts, code=True)}?"
    if st == "conflicting_examples" and len(opts) >= 2:
        return f"The examples disagree: should {term} return {opts[0]} or {opts[1]}?"
    if st == "conflicting_requirements" and len(opts) >= 2:
        return f"The request asks for both '{opts[0]}' and '{opts[1]}': which one is right?"
    if term.strip():  # templates that quote the term
        if st == "period" and opts:
            return f"What period does '{term}' mean: {_or(opts)}?"
        if st == "top_n":
            return f"How many items should '{term}' return: a fixed number (such as {_or(['5', '10'])}) or a count the caller passes?"
        if st == "threshold":
            return f"What threshold makes something '{term}' here (a number and its unit)?"
        if st == "definition":
            return f"How do you define '{term}' here (which exact rule decides it)?"
        if st == "frequency":
            return f"How often should it run ('{term}' is not specific): {_or(opts or ['hourly', 'daily', 'weekly'])}?"
        if st == "vague_operation":
            return f"What exactly should '{term}' do to the data (which transformations)?"
        if st == "deadline":
            return f"By when exactly does this need to happen ('{term}' is not a date)?"
    if st == "tie_breaking":
        return f"When two items are equal, which should come first: {_or(opts)}?" if opts else \
            "When two items are equal, which should come first?"
    if st == "rounding":
        return "How should the computed numbers be rounded (for example to 2 decimal places, or not at all)?"
    if st == "timezone":
        return "Which time zone should day boundaries use (for example UTC or local time)?"
    if st == "currency" and opts:
        return f"Amounts come in several currencies: should I {opts[0]} or {opts[1]}?"
    # model-detected blockers: name the span and the kind of thing that is unclear
    topic = SUBTYPE_TOPIC.get(st)
    span = _clip(term)
    if not span:  # no quotable span: ask about the kind of thing that is unclear
        if f.type == "contradictory":
            return "Two parts of the request conflict: which instruction should I follow?"
        return f"Could you tell me {topic}?" if topic else "Which detail of the request should I pin down first?"
    if f.type == "contradictory":
        return f"Part of the request conflicts with another part around '{span}': which one should I follow?"
    if f.type == "ambiguous":
        if opts:
            return f"Does '{span}' mean {_or(opts)}?"
        det, _, rest = span.partition(" ")
        if det.lower() in _WHICH_DETERMINERS and rest and len(rest.split()) <= 4:
            return f"Which {rest} do you mean?"  # "the pharmacy" -> "Which pharmacy do you mean?"
        if topic:
            return f"Could you say {topic} for '{span}'?"
        return f"What exactly do you mean by '{_phrase(text, f) or span}'?"
    if topic:
        return f"The request doesn't say {topic}; what should it be?"
    return f"How exactly should I read '{_phrase(text, f) or span}' (the request leaves it open)?"


_BREAK = re.compile(r"[.,;:!?()\[\]{}\n\"`]")


def _phrase(text: str | None, f: Finding, each_side: int = 3) -> str:
    """The span with up to ``each_side`` words around it in its clause: 'differ' -> 'when the amounts differ'.

    A bare word rarely says what is unclear; the words around it do.
    """
    if not text or f.end <= f.start or f.end > len(text) or text[f.start:f.end].strip() != f.term.strip():
        return ""
    left, right = text[:f.start], text[f.end:]
    lcut = max((m.end() for m in _BREAK.finditer(left)), default=0)
    rm = _BREAK.search(right)
    lwords = left[lcut:].split()[-each_side:]
    rwords = right[: rm.start() if rm else len(right)].split()[:each_side]
    words = [*lwords, text[f.start:f.end].strip(), *rwords]
    return " ".join(words) if len(words) > 1 else ""


def says_nothing(f: Finding) -> bool:
    """True when the question for ``f`` could name neither a span nor a topic (it would ask "which detail?")."""
    return not _clip(f.term) and f.type != "contradictory" and f.subtype not in SUBTYPE_TOPIC and not f.options


def already_answered(f: Finding, context: str | None) -> bool:
    """True when the context already settles this finding (see :mod:`asksafe.settled`, the one check)."""
    from asksafe.settled import settled_by

    return settled_by(f.subtype, f.term, context, f.options, contradictory=f.type == "contradictory")
