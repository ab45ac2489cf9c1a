"""The one settledness check: answers in other words still settle what they decide."""

import pytest

from asksafe.checks import Finding
from asksafe.settled import is_settled, settled_by, settled_in_meaning
from asksafe.types import DetectedBlocker, Span


def qa(q: str, a: str) -> str:
    return f"Q: {q}\nA: {a}"


FORMAT_Q = "In which order should they be sorted: largest first (descending) or smallest first (ascending)?"


@pytest.mark.parametrize("answer", [
    "Return the 3 largest, in descending order.",
    "Give me five of them, biggest first.",
    "Ten items please.",
    "The caller passes k.",
    "just the top three, highest score first",
])
def test_a_count_is_settled_by_paraphrased_answers(answer):
    ctx = [qa("Which output format do you want?", answer)]
    assert settled_by("top_n", "top", ctx)


@pytest.mark.parametrize("answer", [
    "Return the 3 largest, in descending order.",
    "Biggest first.",
    "Sort them from highest to lowest.",
    "Ascending, please.",
])
def test_an_order_is_settled_by_paraphrased_answers(answer):
    assert settled_by("sort_order", "", [qa("How many items?", answer)])


@pytest.mark.parametrize("subtype, answer", [
    ("tie_breaking", "If two are equal keep the original order."),
    ("deadline", "This Friday, Dec 4."),
    ("period", "The calendar month of November."),
    ("timezone", "Use UTC everywhere."),
    ("rounding", "Two decimal places."),
    ("recipient", "Send it to sales@example.com."),
    ("currency", "Convert everything to EUR."),
])
def test_topic_answers_settle_their_topic(subtype, answer):
    assert settled_by(subtype, "", [qa("Something earlier?", answer)])


@pytest.mark.parametrize("subtype, answer", [
    ("top_n", "Descending order, please."),  # an order is not a count
    ("tie_breaking", "Return the 3 largest."),
    ("timezone", "Two decimal places."),
])
def test_an_answer_on_another_topic_settles_nothing(subtype, answer):
    assert not settled_by(subtype, "", [qa("Something earlier?", answer)])


def test_options_definitions_and_earlier_questions():
    f = Finding("ambiguous", "column_choice", "revenue", 0, 7, "text", 0.9, options=["revenue_gross", "revenue_net"])
    assert is_settled(f, [qa("Does 'revenue' mean gross or net?", "Net.")])  # the term was asked about
    assert is_settled(f, [qa("Which column?", "Use revenue_net.")])  # an option named in an answer
    assert is_settled(f, "Note: revenue means revenue_net here.")  # defined in the context
    assert not is_settled(f, "orders(id, revenue_gross, revenue_net)")  # a schema alone settles nothing
    assert not is_settled(f, None)


def test_a_frame_slot_is_settled_by_its_own_patterns():
    b = DetectedBlocker(key="missing:slot:travel.origin", type="missing", subtype="origin", score=0.8,
                        question="Which city or airport are you leaving from?")
    assert is_settled(b, [qa("When do you travel?", "Tuesday, flying from Berlin.")])
    assert not is_settled(b, [qa("When do you travel?", "Tuesday morning.")], semantic=False)


def test_meaning_catches_a_reworded_question_and_a_stated_fact():
    asked = [qa("Which weekday should a week start on?", "Monday.")]
    assert settled_in_meaning("On which day does the week begin?", asked)
    assert not settled_in_meaning("How should ties be ordered?", asked)
    stated = "Weeks start on Monday and the report covers the whole of November."
    assert settled_in_meaning("On which weekday do weeks start?", stated)


def test_detected_blocker_with_its_span():
    b = DetectedBlocker(key="ambiguous:period:recent", type="ambiguous", subtype="period", score=0.7,
                        span=Span(start=0, end=6, text="recent", source="task"),
                        question="What period does 'recent' mean?")
    assert is_settled(b, [qa("What period does 'recent' mean?", "Last 30 days.")])
    assert not is_settled(b, [qa("Which column?", "revenue_net")], semantic=False)


def test_an_answer_in_other_words_settles_a_question_by_meaning():
    ctx = [qa("Which day do you want to travel?", "Weeks for us start on Monday.")]
    assert settled_in_meaning("On which weekday should weeks start?", ctx)
    assert not settled_in_meaning("Which city or airport are you leaving from?", ctx)


@pytest.mark.parametrize("answer", ["Return the 3 largest, in descending order.", "Give me five of them, biggest first."])
def test_wrap_never_asks_what_an_answer_settled(probe, config, answer):
    """The issue's run: an answer about count and order; the next question is about neither."""
    from langgraph.types import Command

    import asksafe

    graph = asksafe.wrap(lambda task, context: "done", channel=None, probe=probe, policy="balanced")
    graph.invoke({"task": "Write a function that returns the top items of a list, sorted somehow."}, config)
    asked = [graph.get_state(config).tasks[0].interrupts[0].value["question"]]
    graph.invoke(Command(resume=answer), config)
    state = graph.get_state(config)
    if state.next:
        asked.append(state.tasks[0].interrupts[0].value["question"])
    first, later = asked[0]["text"], [q["text"] for q in asked[1:]]
    assert "how many" in first.lower() or "order" in first.lower()
    assert not any("how many" in q.lower() or "sorted" in q.lower() for q in later), later
