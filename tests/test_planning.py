"""Planning and the question templates: one question per gap, best first, in the request's words."""

import re

import pytest

from asksafe import planning
from asksafe.checks import Finding, find
from asksafe.questions import write


def test_plan_merges_duplicates_and_ranks_by_value():
    plan = planning.plan("Book me a flight to Paris next week")
    slots = [c.finding.slot for c in plan]
    assert slots[:2] == ["travel.origin", "travel.date"]
    assert len({c.topic for c in plan}) == len(plan)  # one candidate per topic
    assert [c.value for c in plan] == sorted((c.value for c in plan), reverse=True)


def test_a_model_blocker_on_a_slots_topic_takes_the_slots_question():
    model = Finding("ambiguous", "period", "next week", 27, 36, "text", 0.9)
    plan = planning.merge([*planning.candidates("Book me a flight to Paris next week", None),
                           planning.from_model(model)])
    when = [c for c in plan if c.topic == "when"]
    assert len(when) == 1 and when[0].finding.question == "Which day next week do you want to travel?"


def test_plan_drops_what_an_answer_settled():
    text = "Write a function that returns the top items of a list, sorted somehow."
    before = {c.finding.slot for c in planning.plan(text)}
    assert {"code.count", "code.order"} <= before
    after = {c.finding.slot for c in planning.plan(text, "Q: How many?\nA: Return the 3 largest, in descending order.")}
    assert not {"code.count", "code.order"} & after


def test_prune_keeps_what_is_worth_asking():
    text = "Write a function that returns the top items of a list, sorted somehow."
    kept = planning.prune(planning.plan(text))
    assert "code.errors" not in {c.finding.slot for c in kept}


TEXTS = {
    "next": "Book me a flight to Paris next week",
    "this": "Summarise the tickets from this week",
    "last": "Summarise the tickets from last week",
    "sort": "Return the results sorted somehow",
    "format": "Export the results somehow as a file",
}


@pytest.mark.parametrize("key, forbidden", [
    ("next", r"previous|trailing"),   # "next week" is ahead: never offer the previous week
    ("this", r"previous|trailing"),
    ("sort", r"format|JSON|CSV"),      # sorting is about order, not format
])
def test_templates_agree_with_the_words(key, forbidden):
    text = TEXTS[key]
    qs = [write(f, text) for f in find(text)] + [c.finding.question or write(c.finding, text)
                                                 for c in planning.plan(text)]
    qs.append(write(Finding("ambiguous", "output_format", "somehow", text.find("somehow"),
                            text.find("somehow") + 7, "text", 0.8), text) if "somehow" in text else "")
    assert not any(re.search(forbidden, q) for q in qs if q), qs


def test_last_week_still_offers_calendar_or_rolling():
    qs = [write(f, TEXTS["last"]) for f in find(TEXTS["last"])]
    assert any("calendar week" in q and "trailing week" in q for q in qs)


def test_a_format_question_stays_a_format_question():
    text = TEXTS["format"]
    f = Finding("ambiguous", "output_format", "file", text.find("file"), text.find("file") + 4, "text", 0.8)
    assert "format" in write(f, text)


@pytest.mark.parametrize("subtype, term, text", [
    ("output_format", "somehow", "Return the results sorted somehow"),
    ("period", "revenue", "Total revenue per month"),
    ("scope", "the", "Delete the files"),
    ("deadline", "properly", "Do it properly"),
])
def test_no_question_quotes_a_span_it_does_not_explain(subtype, term, text):
    start = text.find(term)
    q = write(Finding("ambiguous", subtype, term, start, start + len(term), "text", 0.8), text)
    assert f"'{term}'" not in q, q
