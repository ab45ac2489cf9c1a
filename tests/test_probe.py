"""The probe: blockers, their spans and questions; long inputs; batches; bad input."""

from __future__ import annotations

import pytest

from asksafe.errors import InvalidTaskError

SCHEMA = "CREATE TABLE orders (id INTEGER, revenue_gross REAL, revenue_net REAL, created_at TEXT)"


def test_a_term_matching_two_columns_is_an_ambiguity_with_options(probe):
    a = probe.assess("What was the total revenue in 2024?", context=SCHEMA)
    assert a.should_ask and a.p_blocker >= probe.threshold
    top = a.blockers[0]
    assert top.type == "ambiguous" and top.subtype == "column_choice"
    assert top.span.text == "revenue" and top.options == ["revenue_gross", "revenue_net"]
    assert a.questions[0] == "Does 'revenue' mean `revenue_gross` or `revenue_net`?"


def test_an_answer_in_the_context_settles_the_blocker(probe):
    ctx = SCHEMA + "\nQ: Does 'revenue' mean `revenue_gross` or `revenue_net`?\nA: Use revenue_net."
    a = probe.assess("What was the total revenue in 2024?", context=ctx)
    assert all(b.subtype != "column_choice" for b in a.blockers)


def test_examples_that_disagree_are_a_contradiction(probe):
    obs = "# spec: slug('Hello World') -> 'hello-world'\n# docs: slug('Hello World') -> 'hello_world'"
    a = probe.assess(obs, context="Write slug(text) that turns a title into a URL slug.")
    kinds = {(b.type, b.subtype) for b in a.blockers}
    assert ("contradictory", "conflicting_examples") in kinds
    q = next(b.question for b in a.blockers if b.subtype == "conflicting_examples")
    assert "'hello-world'" in q and "'hello_world'" in q and q.endswith("?")


def test_long_text_is_read_in_segments_and_spans_point_into_the_original(probe):
    filler = " ".join(f"Step {i}: read the record, validate the id field, and append it to the output list."
                      for i in range(80))
    tail = " Finally, sort the results ascending by date, newest first, and also descending by date."
    text = filler + tail
    a = probe.assess(text)
    assert a.segments > 1  # nothing silently truncated
    contra = [b for b in a.blockers if b.type == "contradictory"]
    assert contra and contra[0].span.start > len(filler)
    assert text[contra[0].span.start:contra[0].span.end] == contra[0].span.text


def test_assess_many_is_the_same_as_one_by_one(probe):
    items = [{"text": "What was the total revenue in 2024?", "context": SCHEMA},
             "Write a Python function add(a: int, b: int) -> int that returns a + b.",
             "Send the report to the team soon."]
    batch = probe.assess_many(items)
    single = [probe.assess(i) if isinstance(i, str) else probe.assess(i["text"], i["context"]) for i in items]
    for b, s in zip(batch, single):
        assert b.p_blocker == pytest.approx(s.p_blocker, abs=2e-3)
        assert [x.key for x in b.blockers] == [x.key for x in s.blockers]


def test_every_question_is_one_specific_question(probe):
    for text in ["Show me recent orders.", "Write top_k(items) returning the best items.",
                 "Compute the average order value per week."]:
        for q in probe.assess(text).questions:
            assert q.endswith("?") and q.count("?") == 1
            assert q.lower() not in ("can you clarify?", "could you clarify?")


@pytest.mark.parametrize("bad", ["", "   ", None, 12])
def test_nothing_to_assess_is_an_error(probe, bad):
    with pytest.raises(InvalidTaskError):
        probe.assess(bad)


def test_context_must_be_text(probe):
    with pytest.raises(InvalidTaskError, match="context"):
        probe.assess("Sum the revenue", context={"schema": SCHEMA})
