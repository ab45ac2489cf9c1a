"""Structural checks (asksafe.checks): blockers found without the model, each with the text that causes it."""

from __future__ import annotations

import pytest

from asksafe.checks import find, is_content

SCHEMA = "CREATE TABLE orders (id INTEGER, customer_id INTEGER, revenue_gross REAL, revenue_net REAL, created_at TEXT)"


def subtypes(text: str, context: str | None = None) -> list[str]:
    return [f.subtype for f in find(text, context)]


def test_a_term_matching_two_columns_is_an_ambiguous_column_choice_with_both_as_options():
    (f,) = [f for f in find("Total revenue per customer", SCHEMA) if f.subtype == "column_choice"]
    assert (f.type, f.term, f.source) == ("ambiguous", "revenue", "text")
    assert "Total revenue per customer"[f.start:f.end] == "revenue"
    assert set(f.options) == {"revenue_gross", "revenue_net"} and f.strength >= 0.7


def test_naming_one_column_or_having_no_schema_raises_no_column_question():
    assert "column_choice" not in subtypes("Total revenue_net per customer", SCHEMA)
    assert "column_choice" not in subtypes("Total revenue per customer")


def test_two_results_for_one_call_are_contradictory_examples():
    spec = "Write slug(s). Examples:\n  slug('A B') == 'a-b'\n  slug('A B') == 'a_b'\n"
    (f,) = [f for f in find(spec) if f.subtype == "conflicting_examples"]
    assert f.type == "contradictory" and f.strength >= 0.9
    assert len(f.options) == 2 and f.options[0] != f.options[1]
    assert "conflicting_examples" not in subtypes("Write slug(s). Examples:\n  slug('A B') == 'a-b'\n  slug('C') == 'c'\n")


def test_opposite_requirements_conflict_unless_one_is_negated():
    assert "conflicting_requirements" in subtypes("Sort ascending. The report lists rows in descending order.")
    assert "conflicting_requirements" not in subtypes("Sort ascending, not descending.")
    assert "conflicting_requirements" not in subtypes("Sort ascending.")


@pytest.mark.parametrize("text, subtype", [
    ("Show me the recent orders.", "period"),
    ("Email the active users.", "definition"),
    ("List the large invoices.", "threshold"),
    ("Finish it soon.", "deadline"),
])
def test_a_vague_term_without_a_threshold_is_flagged(text, subtype):
    assert subtype in subtypes(text)


@pytest.mark.parametrize("text", [
    "Show me the orders from the last 7 days.",
    "List invoices larger than $500.",
    "Email the users who are active (logged in within 30 days).",
    "Finish it by Friday noon.",
])
def test_a_vague_term_with_its_threshold_stated_is_not(text):
    assert not {"period", "threshold", "definition", "deadline"} & set(subtypes(text))


def test_a_relative_period_is_flagged_unless_its_kind_is_stated():
    (f,) = [f for f in find("Revenue for last month") if f.subtype == "period"]
    assert f.term == "last month" and any("calendar" in o for o in f.options)
    assert "period" not in subtypes("Revenue for last month (calendar month)")


def test_unstated_ties_rounding_and_time_zone_are_weak_findings_that_a_statement_removes():
    weak = find("Rank customers by average order value per day")
    assert {"tie_breaking", "rounding", "timezone"} <= {f.subtype for f in weak}
    assert all(f.strength < 0.5 for f in weak if f.subtype in ("tie_breaking", "rounding", "timezone"))
    stated = "Rank customers by average order value per day (UTC), rounded to 2 decimals, ties by id"
    assert not {"tie_breaking", "rounding", "timezone"} & set(subtypes(stated))


def test_several_currencies_in_what_was_read_make_a_money_total_ambiguous():
    ctx = "payments(id, amount, currency) -- currency is one of USD, EUR"
    assert "currency" in subtypes("What is the total amount paid?", ctx)
    assert "currency" not in subtypes("What is the total amount paid, converted to USD?", ctx)
    assert "currency" not in subtypes("What is the total amount paid?", "payments(id, amount) -- all in USD")


def test_findings_come_strongest_first():
    found = find("Rank customers by total revenue for last month", SCHEMA)
    assert [f.strength for f in found] == sorted((f.strength for f in found), reverse=True)
    assert found[0].subtype == "column_choice"


def test_a_span_on_a_stop_word_says_nothing():
    assert is_content("revenue") and is_content("next week")
    assert not is_content("the") and not is_content("of") and not is_content("")
