"""The span the probe quotes back is a content phrase, and the question names it."""

import re

from asksafe.checks import Finding
from asksafe.questions import write
from asksafe.spans import phrase_span


def _words(text):
    offsets = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    return offsets, [0] * len(offsets)


def test_peak_on_a_function_word_moves_to_the_content_word_beside_it():
    text = "restart all the stuck jobs now"
    offsets, seq = _words(text)
    # the head's single best token is "all"; the phrase must not be "all"
    span = phrase_span([0.1, 3.0, 0.2, 1.5, 1.2, -1.0], offsets, seq, text)
    assert text[span[0]:span[1]] == "the stuck jobs"


def test_phrase_stops_at_punctuation_and_ignores_context_tokens():
    text = "Email the report, then archive it"
    offsets, seq = _words(text)
    seq[-1] = 1  # a context token: never part of the span
    span = phrase_span([-1, 0.5, 2.0, 1.8, -1, 9.0], offsets, seq, text)
    assert text[span[0]:span[1]] == "the report"


def test_nothing_quotable_gives_none():
    text = "do it for me"
    offsets, seq = _words(text)
    assert phrase_span([1.0, 2.0, 0.5, 0.1], offsets, seq, text) is None


def test_ambiguous_referent_question_asks_which_one():
    f = Finding("ambiguous", "referent", "the pharmacy", 10, 22, "text", 0.8)
    assert write(f) == "Which pharmacy do you mean?"
    g = Finding("ambiguous", "other", "leaking", 0, 7, "text", 0.8)
    assert write(g) == "What exactly do you mean by 'leaking'?"


def test_a_blocker_with_no_span_and_no_topic_says_nothing():
    from asksafe.questions import says_nothing

    assert says_nothing(Finding("missing", "other", "", 0, 0, "text", 0.9))
    assert not says_nothing(Finding("missing", "period", "", 0, 0, "text", 0.9))  # a known topic
    assert not says_nothing(Finding("missing", "other", "the invoice", 0, 11, "text", 0.9))
    assert not says_nothing(Finding("contradictory", "other", "", 0, 0, "text", 0.9))


def test_a_subtype_template_never_quotes_an_empty_term():
    for sub in ("threshold", "definition", "top_n", "frequency", "vague_operation", "deadline", "period"):
        q = write(Finding("ambiguous", sub, "", 0, 0, "text", 0.8, options=["a", "b"] if sub == "period" else []))
        assert "''" not in q and q.endswith("?"), (sub, q)
