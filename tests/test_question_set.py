"""The separately written question set (benchmarks/questions): its files, and the scorer on a few items."""

from __future__ import annotations

import json
import runpy
import sys
from collections import Counter
from pathlib import Path

import pytest

QSET = Path(__file__).resolve().parents[1] / "benchmarks" / "questions"
DOMAINS = {"travel", "meetings", "email", "files", "deploy", "payments", "data", "code", "sql", "general"}


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (QSET / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def built() -> dict:
    """The build script's data, as it would write it (nothing is written here)."""
    return runpy.run_path(str(QSET / "build_requests.py"))


def test_files_are_what_the_script_writes(built):
    assert _rows("requests") == built["REQUESTS"]
    assert _rows("settled") == built["SETTLED"]
    built["check"](built["REQUESTS"])
    built["check"](built["SETTLED"], settled_file=True)


def test_requests_schema_and_counts():
    rows = _rows("requests")
    assert len(rows) >= 300
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["domain"] for r in rows} == DOMAINS
    per_domain = Counter(r["domain"] for r in rows)
    assert min(per_domain.values()) >= 25, per_domain  # roughly balanced
    blocked = [r for r in rows if r["blocked"]]
    assert 0.55 <= len(blocked) / len(rows) <= 0.75  # about two in three
    for r in rows:
        assert set(r) == {"id", "domain", "text", "context", "blocked", "blockers"}
        assert r["context"] is None or r["context"].strip()
        assert r["blocked"] == bool(r["blockers"]) and len(r["blockers"]) <= 3
        for b in r["blockers"]:
            assert set(b) == {"id", "type", "description", "resolution", "example_questions"}
            assert b["type"] in {"missing", "ambiguous", "contradictory"}
            assert 2 <= len(b["example_questions"]) <= 4
            assert all(q.rstrip().endswith("?") for q in b["example_questions"])
    assert {b["type"] for r in blocked for b in r["blockers"]} == {"missing", "ambiguous", "contradictory"}
    # controls include hard ones whose open-looking words the context settles
    assert sum(1 for r in rows if not r["blocked"] and r["context"]) >= 40


def test_settled_schema_and_counts():
    rows = _rows("settled")
    assert len(rows) >= 60
    for r in rows:
        assert r["context"] and r["settled"]
        assert len(r["settled"]) == len(r["settled_questions"])
        assert all(qs and all(q.endswith("?") for q in qs) for qs in r["settled_questions"])
    open_gap = [r for r in rows if r["blockers"]]
    assert 10 <= len(open_gap) < len(rows)  # some settle one gap and leave another open


@pytest.fixture(scope="module")
def judge():
    from asksafe.bench.judge import Judge

    return Judge()


def test_settled_rule_tells_a_re_ask_from_the_open_gap(judge):
    sys.path.insert(0, str(QSET))
    try:
        from score import make_task, targets_settled
    finally:
        sys.path.remove(str(QSET))
    row = next(r for r in _rows("settled") if r["id"] == "settled-code-001")  # "the 3 largest, descending"
    task = make_task(row)
    re_ask = judge.verdict("How many items should the function return?", task, [])
    assert targets_settled(re_ask, judge.thresholds) == "settled_0"
    open_gap = judge.verdict("How should items with equal values be ordered?", task, [])
    assert targets_settled(open_gap, judge.thresholds) is None
    assert open_gap.blocker_id == "ties"


def test_score_runs_on_a_few_items(probe, judge):
    sys.path.insert(0, str(QSET))
    try:
        from score import score
    finally:
        sys.path.remove(str(QSET))
    report = score(limit=5, probe=probe, judge=judge)
    assert set(report["files"]) == {"requests", "settled"}
    req = report["files"]["requests"]["all"]
    assert req["items"] == 5 and req["blocked"] + req["controls"] == 5 and req["errors"] == 0
    for key in ("ask_rate_blocked", "ask_rate_controls", "hit_at_1", "precision", "recall"):
        assert req[key] is None or 0.0 <= req[key] <= 1.0
    asked = [a for item in report["items"] for a in item["asked"]]
    # every question the graph asked was answered and judged
    assert all(a["question"].strip() and a["reason"] and a["answer"] for a in asked)
    assert sum(len(i["asked"]) for i in report["items"]) == (
        req["questions_blocked"] + req["questions_controls"]
        + report["files"]["settled"]["all"]["questions_blocked"]
        + report["files"]["settled"]["all"]["questions_controls"])


def test_audit_labels_name_real_blockers():
    rows = {r["id"]: r for f in ("requests", "settled") for r in _rows(f)}
    audit = _rows("audit_baseline") + _rows("audit_after")
    assert len(audit) >= 150
    for a in audit:
        row = rows[a["id"]]
        allowed = {b["id"] for b in row["blockers"]} | {f"settled_{i}" for i in range(len(row.get("settled", [])))}
        assert a["author"] in allowed | {None, "stated"}, a
        assert a["question"].strip()
