"""The runner and the report on a few suite tasks, with the three baseline strategies."""

from pathlib import Path

import pytest

from asksafe.bench import report
from asksafe.bench.runner import (
    BASELINES, Strategy, quick_subset, reference_agent, run_bench, run_suite, summarise_outcomes,
)
from asksafe.bench.tasks import load_suite

SOME = ("coding-000", "coding-003", "coding-006", "coding-002")  # coding-002 is a control task


@pytest.fixture(scope="module")
def results():
    tasks = [t for t in load_suite() if t.id in SOME]
    strategies = [Strategy(n) for n in BASELINES]
    rows, _ = summarise_outcomes(run_suite(tasks, strategies=strategies), strategies)
    return {r.strategy: r for r in rows}


def test_oracle_finds_every_blocker_and_never_ask_none(results):
    assert results["oracle"].ask_f1 == 1.0
    assert results["never-ask"].recall == 0.0 and results["never-ask"].questions_per_task == 0
    assert results["always-ask"].precision == 0.0 and results["always-ask"].false_alarm_rate == 1.0


def test_full_info_passes_everything_with_the_reference_solver(results):
    for row in results.values():
        assert row.pass_rate["full_info"] == 1.0
    assert results["oracle"].pass_rate["ask"] == 1.0 and results["oracle"].recovery_ratio == 1.0
    assert results["never-ask"].pass_rate["ask"] == results["never-ask"].pass_rate["baseline"]


def test_reference_agent_reports_observations_and_uses_answers():
    task = next(t for t in load_suite() if t.id == "coding-000")
    agent = reference_agent(task)
    guess = agent(task.task, [])
    assert guess.observations == task.observations
    informed = agent(task.task, [b.resolution for b in task.blockers])
    assert informed.result == task.reference_solution({b.id for b in task.blockers}) != guess.result


def test_quick_subset_is_fixed_and_stratified():
    tasks = load_suite()
    a, b = quick_subset(tasks), quick_subset(tasks)
    assert [t.id for t in a] == [t.id for t in b]
    assert len(a) == min(len(tasks), 40)

    def stratum(t):
        return (t.kind, "control" if not t.blockers else f"{t.blockers[0].type}/{t.blockers[0].surfaces}")

    whole, picked = {stratum(t) for t in tasks}, [stratum(t) for t in a]
    # every stratum of the suite is represented, and none takes much more than its share
    assert set(picked) == whole
    for s in whole:
        share = sum(stratum(t) == s for t in tasks) / len(tasks)
        assert picked.count(s) <= max(2, round(40 * share) + 1), s


def test_html_report_is_self_contained_with_plots(tmp_path: Path):
    suite = tmp_path / "suite"
    (suite / "coding").mkdir(parents=True)
    (suite / "sql").mkdir()
    src = next(p for p in (Path(__file__).parents[1] / "benchmarks/suite/coding").glob("000_*.yaml"))
    (suite / "coding" / src.name).write_text(src.read_text())
    res = run_bench(suite, quick=False, json_path=tmp_path / "r.json", html_path=tmp_path / "r.html",
                    agent=None, policies=[], progress=False)
    assert [r["strategy"] for r in res["rows"]] == list(BASELINES)
    # a sweep would come from policies; add a hand-made one to draw the threshold plot
    res["sweep"] = [{"threshold": t, "ask_f1": f, "precision": f, "recall": f, "pass_rate": f,
                     "questions_per_task": 1.0} for t, f in ((0.2, 0.4), (0.5, 0.6), (0.8, 0.3))]
    page = report.write_html(res, tmp_path / "r2.html").read_text()
    from asksafe.bench.learning import html_section

    learning = html_section()  # the learning benchmark's section and plot, when its results are in the checkout
    assert learning in page
    assert page.count("data:image/png;base64,") == 3 + learning.count("data:image/png;base64,")
    assert "Ask-F1 against threshold" in page and "Recall by blocker type" in page
    assert (tmp_path / "r.json").exists() and "<table>" in (tmp_path / "r.html").read_text()
