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


def write(f: Finding) -> str:
    """The question for one finding (structural check or model-detected blocker)."""
    term, opts = f.term, f.options
    st = f.subtype
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
        return f"Could you say {topic} for '{span}'?" if topic else f"What exactly do you mean by '{span}'?"
    if topic:
        return f"The request doesn't say {topic}; what should it be?"
    return f"The request leaves '{span}' open: what exactly should it be?"


def says_nothing(f: Finding) -> bool:
    """True when the question for ``f`` could name neither a span nor a topic (it would ask "which detail?")."""
    return not _clip(f.term) and f.type != "contradictory" and f.subtype not in SUBTYPE_TOPIC and not f.options


_ANSWER_LINE = re.compile(r"^(A:|Answer:|Clarification:)", re.I | re.M)


def already_answered(f: Finding, context: str | None) -> bool:
    """True when the context already settles this finding (an option chosen, the term defined)."""
    if not context:
        return False
    low = context.lower()
    term = f.term.lower()
    # an earlier question in this run already named the term, and got an answer
    for q_line in re.findall(r"^Q:(.*)$", context, re.M):
        if term and term in q_line.lower():
            return True
    if any(o and re.search(rf"(?<!\w){re.escape(o.lower())}(?!\w)", low) for o in f.options) and (
        _ANSWER_LINE.search(context) or f.subtype in ("column_choice", "currency")
    ) and f.type != "contradictory":
        # an earlier answer (or the context) names one of the options
        answered = [o for o in f.options if re.search(rf"(?<!\w){re.escape(o.lower())}(?!\w)", low)]
        return len(answered) == 1 or bool(_ANSWER_LINE.search(context))
    return bool(re.search(rf"\b{re.escape(term)}\b[^.\n]{{0,30}}\b(means|meaning|refers to|is defined as|should be)", low))
