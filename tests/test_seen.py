"""Options from what the agent has seen: result rows, flag columns, files, signatures, contacts."""

from asksafe import seen
from asksafe.checks import check_filters

STATUS = """sqlite> SELECT status, COUNT(*) FROM orders GROUP BY status;
status|COUNT(*)
cancelled|549
delivered|2884
refunded|352"""
CUSTOMERS = "CREATE TABLE customers (id INTEGER, name TEXT, is_test INTEGER, deleted_at TEXT);"


def test_values_flags_files_signatures_contacts():
    assert seen.column_values(STATUS) == {"status": ["cancelled", "delivered", "refunded"]}
    assert seen.flag_columns(CUSTOMERS) == {"deleted_at": "deleted rows", "is_test": "test accounts"}
    assert seen.files("$ ls\nreport_q3.pdf  notes.txt  src/app.py") == ["report_q3.pdf", "notes.txt", "src/app.py"]
    assert seen.signatures("def top_k(items, k=3) -> list:\n    pass") == ["top_k(items, k=3)"]
    assert seen.contacts("Team: ana@example.com, bo@example.org") == ["ana@example.com", "bo@example.org"]


def test_a_status_column_with_excluding_states_is_a_question_with_its_values():
    [f] = check_filters(STATUS, "What was the total revenue in March?")
    assert f.subtype == "status_filter" and "cancelled, delivered, refunded" in f.question
    assert not check_filters(STATUS, "Total revenue in March from delivered orders")  # the request names one
    assert not check_filters(STATUS, "Total revenue in March, every status included")


def test_flag_columns_are_asked_unless_the_request_names_them():
    qs = {f.term: f.question for f in check_filters(CUSTOMERS, "How many customers signed up in 2024?")}
    assert qs == {"deleted_at": "Should deleted rows (deleted_at) be left out?",
                  "is_test": "Should test accounts (is_test) be left out?"}
    assert [f.term for f in check_filters(CUSTOMERS, "How many customers, excluding test accounts?")] == ["deleted_at"]
