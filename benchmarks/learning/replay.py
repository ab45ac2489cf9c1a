"""Deployment replay on the acceptance suite (issue 11): learn from the suite's own feedback.

Protocol:

1. The suite's tasks are split by a stable hash of the task id into a feedback half and a test half
   (the same split for every seed).
2. Feedback half: each task runs through ``asksafe.wrap(reference_agent(task), channel=SimulatedHuman(task),
   probe=<shipped probe>, policy="balanced", feedback=<temp SQLite db>, explore=0.2, explore_seed=seed)``
   with its own thread id. Every question the simulated human answered ``"irrelevant question"`` gets the
   verdict ``not_needed`` (an answered one counts as needed: the export does that); the hidden tests grade
   the result and ``report_outcome(thread_id, passed)`` records it.
3. ``asksafe.learn`` on the exported records (the shipped probe as base) writes a probe to a temp folder;
   a ``NoImprovementError`` (the update is worse on its own held-out feedback) is reported as ``refused``.
4. Test half: ``run_suite`` with ``policy:balanced`` and the shipped probe (once: it does not depend on the
   seed) and with the learned probe (per seed). Ask-F1, precision, recall, ask-mode pass rate and false
   alarms on controls, before vs after.

Nothing is tuned on the test half. Writes ``replay_results.json`` (``--quick``: ``replay_results_quick.json``).

    nice -n 10 .venv/bin/python benchmarks/learning/replay.py --quick --seeds 1
    nice -n 10 .venv/bin/python benchmarks/learning/replay.py            # full suite, 3 seeds
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
METRICS = ("ask_f1", "precision", "recall", "pass_rate_ask", "false_alarm_rate", "questions_per_task")


def half_of(task_id: str) -> str:
    """``feedback`` or ``test``: a stable hash of the task id."""
    return "feedback" if int(hashlib.sha256(task_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def run_feedback(tasks: list, probe: Any, db: Path, seed: int, explore: float) -> dict:
    """Run the wrapped reference agent on ``tasks`` with exploration; record verdicts and outcomes in ``db``."""
    from asksafe.bench.agents import reference_agent
    from asksafe.bench.grading import grade
    from asksafe.bench.judge import Judge
    from asksafe.bench.simulated import IRRELEVANT, SimulatedHuman
    from asksafe.feedback import FeedbackStore
    from asksafe.graph import wrap

    judge = Judge()
    judge.index_many(tasks)
    store = FeedbackStore(str(db))
    counts = {"tasks": len(tasks), "runs": 0, "errors": 0, "asked": 0, "not_needed": 0, "passed": 0}
    try:
        for task in tasks:
            tid = f"replay-s{seed}:{task.id}"
            human = SimulatedHuman(task, judge=judge, max_answers=3)
            try:
                graph = wrap(reference_agent(task), channel=human, probe=probe, policy="balanced",
                             feedback=store, explore=explore, explore_seed=f"{seed}:{task.id}", max_questions=3)
                out = graph.invoke({"task": task.task, "context": []}, {"configurable": {"thread_id": tid}})
                result = out.get("result")
                passed = isinstance(result, str) and grade(task, result)
            except Exception as exc:  # an agent's failure is a failed task, as in run_suite
                print(f"  {task.id}: {type(exc).__name__}: {exc}", file=sys.stderr)
                counts["errors"] += 1
                passed = False
            decisions = store.decisions(tid)
            if not decisions:
                continue
            counts["runs"] += 1
            for d in decisions:
                if d.action == "ask" and d.question_id:
                    counts["asked"] += 1
                    if d.answer is not None and d.answer.strip() == IRRELEVANT:
                        store.verdict(d.question_id, "not_needed", responder="simulated-human", channel="replay")
                        counts["not_needed"] += 1
            store.report_outcome(tid, bool(passed), reporter="hidden-tests")
            counts["passed"] += bool(passed)
    finally:
        store.close()
    return counts


def suite_metrics(tasks: list, probe: Any) -> dict:
    from asksafe.bench.runner import Strategy, run_suite, summarise_outcomes

    strategy = Strategy("policy:balanced", policy="balanced")
    outs = run_suite(tasks, strategies=[strategy], probe=probe)
    row = summarise_outcomes(outs, [strategy])[0][0]
    return {"ask_f1": row.ask_f1, "precision": row.precision, "recall": row.recall,
            "pass_rate_ask": row.pass_rate.get("ask"), "pass_rate_baseline": row.pass_rate.get("baseline"),
            "pass_rate_full_info": row.pass_rate.get("full_info"), "false_alarm_rate": row.false_alarm_rate,
            "questions_per_task": row.questions_per_task, "errors": row.errors}


def _mean(xs: list) -> float | None:
    xs = [x for x in xs if x is not None]
    return round(statistics.fmean(xs), 4) if xs else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="only the suite's quick subset (40 tasks)")
    ap.add_argument("--explore", type=float, default=0.2)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)

    from asksafe.bench.runner import CachingProbe, quick_subset
    from asksafe.bench.tasks import load_suite
    from asksafe.errors import NoImprovementError
    from asksafe.events import configure
    from asksafe.feedback import export_records
    from asksafe.learn import LearnConfig, learn, parse_record
    from asksafe.probe import Probe

    configure("off")
    t0 = time.time()
    tasks = load_suite()
    if args.quick:
        tasks = quick_subset(tasks)
    fb_tasks = [t for t in tasks if half_of(t.id) == "feedback"]
    test_tasks = [t for t in tasks if half_of(t.id) == "test"]
    print(f"{len(tasks)} tasks: feedback half {len(fb_tasks)}, test half {len(test_tasks)} "
          f"({sum(not t.blockers for t in test_tasks)} controls)", flush=True)

    base = CachingProbe(Probe.load())
    before = suite_metrics(test_tasks, base)
    print(f"before: {json.dumps({k: before[k] for k in METRICS})}", flush=True)

    runs = []
    for seed in range(args.seeds):
        with tempfile.TemporaryDirectory(prefix="asksafe-replay-") as tmp:
            db = Path(tmp) / "feedback.sqlite"
            ts = time.time()
            counts = run_feedback(fb_tasks, base, db, seed, args.explore)
            records = [parse_record(r) for r in export_records(str(db))]
            run: dict[str, Any] = {"seed": seed, "feedback": counts, "records": len(records),
                                   "feedback_seconds": round(time.time() - ts, 1)}
            print(f"seed {seed}: feedback {counts}, {len(records)} records", flush=True)
            try:
                report = learn(records, Path(tmp) / "probe", cfg=LearnConfig(seed=seed), source="suite replay")
            except NoImprovementError as exc:
                run.update(status="refused", why=str(exc))
                print(f"seed {seed}: refused: {exc}", flush=True)
                runs.append(run)
                continue
            run.update(status="learned", learn={k: report[k] for k in ("records", "held_out_check", "thresholds",
                                                                      "thresholds_recalibrated", "seconds")})
            learned = CachingProbe(Probe.load(Path(tmp) / "probe"))
            run["after"] = suite_metrics(test_tasks, learned)
            print(f"seed {seed}: after: {json.dumps({k: run['after'][k] for k in METRICS})}", flush=True)
            runs.append(run)

    learned_runs = [r for r in runs if r["status"] == "learned"]
    summary = {"before": {k: before[k] for k in METRICS},
               "after_mean": {k: _mean([r["after"][k] for r in learned_runs]) for k in METRICS} if learned_runs else None,
               "seeds_learned": len(learned_runs), "seeds_refused": len(runs) - len(learned_runs)}
    results = {"quick": args.quick, "tasks": len(tasks), "feedback_tasks": len(fb_tasks),
               "test_tasks": len(test_tasks), "test_controls": sum(not t.blockers for t in test_tasks),
               "explore": args.explore, "policy": "balanced", "seeds": args.seeds,
               "before": before, "runs": runs, "summary": summary, "seconds": round(time.time() - t0, 1)}
    out = args.out or HERE / ("replay_results_quick.json" if args.quick else "replay_results.json")
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(summary, indent=2))
    print(f"wrote {out} ({results['seconds']} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
