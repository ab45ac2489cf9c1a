"""The asksafe command, as a user runs it."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from asksafe.cli import app

runner = CliRunner()
SCHEMA = "orders(id, revenue_gross, revenue_net, created_at)"


def test_assess_prints_the_verdict_and_the_question():
    r = runner.invoke(app, ["assess", "Total revenue per month", "--context", SCHEMA])
    assert r.exit_code == 0, r.output
    assert "ASK" in r.output and "revenue_gross" in r.output


def test_assess_json():
    r = runner.invoke(app, ["assess", "Total revenue per month", "--context", SCHEMA, "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["should_ask"] is True and data["questions"]


def test_assess_jsonl_writes_one_assessment_per_line(tmp_path, capfd):
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"text": "Total revenue per month", "context": SCHEMA}) + "\n\n"
                 + json.dumps({"text": "Return a + b for two integers a and b."}) + "\n")
    r = runner.invoke(app, ["assess", "--jsonl", str(f)])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    assert len(rows) == 2 and rows[0]["should_ask"] is True


def test_assess_bad_input_exits_with_a_message(tmp_path):
    assert runner.invoke(app, ["assess"]).exit_code == 2
    f = tmp_path / "bad.jsonl"
    f.write_text("{not json}\n")
    r = runner.invoke(app, ["assess", "--jsonl", str(f)])
    assert r.exit_code == 2 and "not JSON" in r.output
    r = runner.invoke(app, ["assess", "   "])
    assert r.exit_code == 2 and ("empty" in r.output.lower() or "non-empty" in r.output)
