"""Score asksafe's questions on the separately written question set.

    python benchmarks/questions/score.py [--limit N] [--json FILE] [--policy balanced]
                                         [--max-questions 3] [--only requests|settled] [--examples N]

Every item runs through the shipped product, the way a user runs it:
``asksafe.wrap(agent, channel=human, policy=...)`` with ``Probe.load()``, the
policy built from the probe's calibration, and a do-nothing agent. The channel
is a simulated human who knows the item's gold blockers: the suite's own
:class:`~asksafe.bench.judge.Judge` decides which blocker each question asks
about; a question that matches an unanswered blocker gets that blocker's
``resolution``, anything else gets "irrelevant question" (the suite's
simulated human says the same). The graph keeps asking until the policy says
act or 3 questions are spent.

``requests.jsonl`` (blocked items and controls):

- ask rate on blocked items and on controls (a question on a control is a false alarm);
- hit@1: of the blocked items asksafe asks about, the share whose first question
  matches a gold blocker;
- question precision (distinct gold blockers matched / questions asked) and
  blocker recall (distinct gold blockers matched / gold blockers), pooled over
  blocked items, and Ask-F1; ``precision (all)`` also counts the questions asked
  on controls.

``settled.jsonl`` (the context or earlier answers settle some points):

- questions that target a settled point (should be 0). Rule: each settled point
  is given to the judge as one more blocker (its description, and the questions
  that would re-ask it); a question targets it when that pseudo-blocker is the
  judge's closest, scores at least the judge's ``min_score`` and beats every
  gold blocker by the judge's ``margin``. The judge's rejection rules
  (multi-topic, confirmation, ...) do not excuse it: a rejected question about a
  settled point still spends the human's attention on it.
- hit@1 / recall on the gap left open, where there is one.

Nothing here is fitted to the set: thresholds are the probe's calibration and
the judge's defaults.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
IRRELEVANT = "irrelevant question"
FILES = ("requests", "settled")


def load_rows(name: str, limit: int | None = None) -> list[dict]:
    """The rows of ``{name}.jsonl``; with ``limit``, an even spread of that many (all domains, both kinds)."""
    with (HERE / f"{name}.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    if limit is not None and limit < len(rows):
        step = len(rows) / limit
        rows = [rows[int(i * step)] for i in range(limit)]
    return rows


def make_task(row: dict) -> Any:
    """A suite ``Task`` whose registry is the row's gold blockers plus one pseudo-blocker per settled point."""
    from asksafe.bench.tasks import RegistryBlocker, Task

    blockers = [RegistryBlocker(id=b["id"], type=b["type"], description=b["description"],
                                resolution=b["resolution"], example_questions=b["example_questions"],
                                default="", resolved="") for b in row["blockers"]]
    for i, (desc, qs) in enumerate(zip(row.get("settled", []), row.get("settled_questions", []))):
        blockers.append(RegistryBlocker(id=f"settled_{i}", type="missing", description=desc, resolution=desc,
                                        example_questions=qs, default="", resolved=""))
    solution = " ".join("{{" + b.id + "}}" for b in blockers) or "pass"
    return Task(id=row["id"], kind="coding", title=row["id"], task=row["text"], blockers=blockers,
                solution=solution, entry_point="f", hidden_test="pass")


@dataclass
class Asked:
    question: str
    blocker_id: str | None  # the gold blocker it matched (None: no match or a settled point)
    reason: str  # the judge's reason
    settled: str | None = None  # the settled point it targets, if any
    answer: str = ""


@dataclass
class ItemResult:
    id: str
    domain: str
    file: str
    gold: list[str]
    asked: list[Asked] = field(default_factory=list)
    seconds: float = 0.0
    error: str | None = None

    @property
    def hit(self) -> set[str]:
        return {a.blocker_id for a in self.asked if a.blocker_id is not None}


class ScoringHuman:
    """A channel that answers like the suite's simulated human and records the judge's verdicts."""

    name = "simulated"

    def __init__(self, row: dict, task: Any, judge: Any, max_answers: int) -> None:
        self.row, self.task, self.judge, self.max_answers = row, task, judge, max_answers
        self.gold = {b["id"]: b for b in row["blockers"]}
        self.asked: list[Asked] = []

    def ask(self, question: Any, *, timeout: float | None = None) -> Any:
        from asksafe.types import Answer

        text = getattr(question, "text", str(question))
        told = [a.answer for a in self.asked if a.blocker_id is not None]
        v = self.judge.verdict(text, self.task, told)
        settled = targets_settled(v, self.judge.thresholds)
        bid = v.blocker_id if v.blocker_id in self.gold else None
        answered = sum(a.blocker_id is not None for a in self.asked)
        if bid is not None and bid not in {a.blocker_id for a in self.asked} and answered < self.max_answers:
            reply = self.gold[bid]["resolution"]
        else:
            reply = IRRELEVANT
            bid = None if bid in {a.blocker_id for a in self.asked} else bid
        self.asked.append(Asked(text, bid, v.reason, settled, reply))
        return Answer(question_id=getattr(question, "id", "q"), text=reply, responder="simulated-human",
                      channel=self.name)


def targets_settled(verdict: Any, thresholds: Any) -> str | None:
    """The settled point a question asks about (see the module docstring), or None."""
    scores: dict[str, float] = verdict.scores or {}
    settled = {k: s for k, s in scores.items() if k.startswith("settled_")}
    if not settled:
        return None
    sid, s = max(settled.items(), key=lambda kv: kv[1])
    gold_best = max((v for k, v in scores.items() if not k.startswith("settled_")), default=-1.0)
    if verdict.about == sid and s >= thresholds.min_score and s - gold_best >= thresholds.margin:
        return sid
    return None


def _agent(task: str, context: list[str]) -> str:
    return "done"  # the run is about the questions; the agent's work is not graded here


def run_items(rows: list[dict], file: str, probe: Any, judge: Any, policy: str, max_questions: int,
              progress: bool = True) -> list[ItemResult]:
    import asksafe

    tasks = [make_task(r) for r in rows]
    judge.index_many(tasks)
    out: list[ItemResult] = []
    for n, (row, task) in enumerate(zip(rows, tasks), 1):
        human = ScoringHuman(row, task, judge, max_questions)
        res = ItemResult(row["id"], row["domain"], file, [b["id"] for b in row["blockers"]])
        t0 = time.perf_counter()
        try:
            graph = asksafe.wrap(_agent, channel=human, policy=policy, probe=probe, max_questions=max_questions)
            graph.invoke({"task": row["text"], "context": [row["context"]] if row["context"] else []},
                         {"configurable": {"thread_id": f"{file}:{row['id']}"}})
        except Exception as exc:  # one broken item is reported, not fatal
            res.error = f"{type(exc).__name__}: {exc}"
        res.seconds = time.perf_counter() - t0
        res.asked = human.asked
        out.append(res)
        if progress and n % 50 == 0:
            print(f"  {file}: {n}/{len(rows)}", file=sys.stderr, flush=True)
    return out


# --- metrics ---------------------------------------------------------------------------------------


def _ratio(a: float, b: float) -> float | None:
    return a / b if b else None


def summarise(results: list[ItemResult]) -> dict[str, Any]:
    """The numbers for one group of items (a file, a domain)."""
    blocked = [r for r in results if r.gold]
    controls = [r for r in results if not r.gold]
    flagged = [r for r in blocked if r.asked]
    q_blocked = sum(len(r.asked) for r in blocked)
    q_controls = sum(len(r.asked) for r in controls)
    matched = sum(len(r.hit) for r in blocked)
    n_gold = sum(len(r.gold) for r in blocked)
    p = _ratio(matched, q_blocked)
    rec = _ratio(matched, n_gold)
    f1 = 2 * p * rec / (p + rec) if p and rec else 0.0
    asked = [a for r in results for a in r.asked]
    first_miss = Counter("settled point" if r.asked[0].settled else r.asked[0].reason
                         for r in flagged if r.asked[0].blocker_id is None)
    return {
        "items": len(results), "blocked": len(blocked), "controls": len(controls),
        "ask_rate_blocked": _ratio(len(flagged), len(blocked)),
        "ask_rate_controls": _ratio(sum(bool(r.asked) for r in controls), len(controls)),
        "flagged": len(flagged),
        "hit_at_1": _ratio(sum(r.asked[0].blocker_id is not None for r in flagged), len(flagged)),
        "questions_blocked": q_blocked, "questions_controls": q_controls,
        "questions_per_flagged": _ratio(q_blocked, len(flagged)),
        "precision": p, "recall": rec, "ask_f1": f1,
        "precision_all": _ratio(matched, q_blocked + q_controls),
        "questions_on_settled": sum(a.settled is not None for a in asked),
        "items_asking_settled": sum(any(a.settled for a in r.asked) for r in results),
        "first_question_miss_reasons": dict(first_miss.most_common()),
        "errors": sum(r.error is not None for r in results),
    }


def judge_check(rows: list[dict], judge: Any) -> dict[str, Any]:
    """How well the judge tells this set's blockers apart: each gold example question, left out of its
    own blocker's examples, should still be matched to that blocker (an upper bound for any writer)."""
    ok = total = 0
    reasons: Counter[str] = Counter()
    for row in rows:
        task = make_task(row)
        for b in row["blockers"]:
            for i, q in enumerate(b["example_questions"]):
                v = judge.verdict(q, task, [], exclude_example=(b["id"], i))
                total += 1
                ok += v.blocker_id == b["id"]
                if v.blocker_id != b["id"]:
                    reasons["wrong blocker" if v.blocker_id else v.reason] += 1
    return {"gold_questions": total, "matched_own_blocker": _ratio(ok, total), "misses": dict(reasons.most_common())}


def audit(judge: Any) -> dict[str, Any]:
    """The judge against the author's labels in ``audit_*.jsonl`` (questions asked on main at one commit,
    labelled by the set's author; see build_audit.py). Judged without earlier answers, as a first question is."""
    rows = {json.loads(line)["id"]: json.loads(line) for f in FILES
            for line in (HERE / f"{f}.jsonl").read_text(encoding="utf-8").splitlines()}
    out: dict[str, Any] = {}
    for path in sorted(HERE.glob("audit_*.jsonl")):
        labels = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        tasks = {lab["id"]: make_task(rows[lab["id"]]) for lab in labels}
        judge.index_many(list(tasks.values()))
        res: dict[str, Any] = {"commit": labels[0]["commit"] if labels else None}
        for file in FILES:
            part = [lab for lab in labels if lab["file"] == file]
            if not part:
                continue
            pairs = []
            for lab in part:
                v = judge.verdict(lab["question"], tasks[lab["id"]], [])
                got = v.blocker_id if v.blocker_id and not v.blocker_id.startswith("settled_") else None
                got = targets_settled(v, judge.thresholds) or got
                pairs.append((lab["author"] if lab["author"] != "stated" else None, got))
            both = sum(1 for a, j in pairs if a is not None and a == j)
            res[file] = {"questions": len(pairs), "author_targets": sum(a is not None for a, _ in pairs),
                         "judge_targets": sum(j is not None for _, j in pairs),
                         "agreement": _ratio(sum(a == j for a, j in pairs), len(pairs)),
                         "judge_precision": _ratio(both, sum(j is not None for _, j in pairs)),
                         "judge_recall": _ratio(both, sum(a is not None for a, _ in pairs))}
            if file == "requests":
                res[file]["author_hit_at_1"] = _ratio(res[file]["author_targets"], len(pairs))
                res[file]["judge_hit_at_1"] = _ratio(res[file]["judge_targets"], len(pairs))
        out[path.stem] = res
    return out


def _fmt(x: Any) -> str:
    if x is None:
        return "-"
    return f"{x:.2f}" if isinstance(x, float) else str(x)


def print_tables(report: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    con = Console(width=None if sys.stdout.isatty() else 200)
    for file in FILES:
        part = report["files"].get(file)
        if not part:
            continue
        cols = ["items", "blocked", "controls", "ask_rate_blocked", "ask_rate_controls", "hit_at_1",
                "precision", "recall", "ask_f1", "precision_all", "questions_per_flagged"]
        if file == "settled":
            cols = ["items", "blocked", "ask_rate_blocked", "ask_rate_controls", "hit_at_1", "recall",
                    "questions_blocked", "questions_controls", "questions_on_settled", "items_asking_settled"]
        t = Table(title=f"{file}.jsonl - policy {report['policy']}, up to {report['max_questions']} questions")
        t.add_column("domain")
        for c in cols:
            t.add_column(c.replace("_", " "), justify="right")
        for dom, s in [*sorted(part["by_domain"].items()), ("ALL", part["all"])]:
            t.add_row(dom, *[_fmt(s[c]) for c in cols], style="bold" if dom == "ALL" else None)
        con.print(t)
        reasons = part["all"]["first_question_miss_reasons"]
        if reasons:
            con.print(f"first questions that missed, by the judge's reason: {reasons}")
        jc = part.get("judge_check")
        if jc:
            con.print(f"judge check: {_fmt(jc['matched_own_blocker'])} of {jc['gold_questions']} gold questions "
                      f"matched to their own blocker with that question left out (misses: {jc['misses']})")
    for name, au in (report.get("audit") or {}).items():
        con.print(f"{name} (the author's labels on the questions main asked at {au['commit']}, judged by this judge):")
        for file in FILES:
            if file in au:
                con.print(f"  {file}: " + ", ".join(f"{k} {_fmt(v)}" for k, v in au[file].items()))
    for ex in report.get("examples", []):
        con.print(f"[dim]{ex['id']}[/dim] {ex['text']}\n  asked: {ex['asked']}\n  gold:  {ex['gold']}")
    con.print(f"{report['seconds']:.0f} s")


def examples(rows: list[dict], results: list[ItemResult], n: int) -> list[dict]:
    by_id = {r["id"]: r for r in rows}
    picked = [r for r in results if r.asked][:n]
    return [{"id": r.id, "text": by_id[r.id]["text"],
             "asked": [(a.question, a.blocker_id or a.settled or a.reason) for a in r.asked],
             "gold": [b["example_questions"][0] for b in by_id[r.id]["blockers"]]} for r in picked]


def score(*, policy: str = "balanced", max_questions: int = 3, limit: int | None = None,
          files: tuple[str, ...] = FILES, probe: Any = None, probe_dir: str | None = None,
          judge: Any = None, n_examples: int = 0, with_audit: bool = False) -> dict[str, Any]:
    """Run the set through ``asksafe.wrap`` and return the report (see the module docstring)."""
    from asksafe.bench.judge import Judge
    from asksafe.bench.runner import CachingProbe
    from asksafe.probe import Probe

    t0 = time.perf_counter()
    probe = CachingProbe(probe if probe is not None else Probe.load(probe_dir))
    judge = judge or Judge()
    report: dict[str, Any] = {"policy": policy, "max_questions": max_questions, "limit": limit,
                              "files": {}, "items": []}
    ex: list[dict] = []
    for file in files:
        rows = load_rows(file, limit)
        # one batched probe pass first (the graph's own calls then hit the cache)
        probe.assess_many([{"text": r["text"], "context": r["context"], "source": "task"} for r in rows])
        results = run_items(rows, file, probe, judge, policy, max_questions)
        by_dom: dict[str, list[ItemResult]] = defaultdict(list)
        for r in results:
            by_dom[r.domain].append(r)
        report["files"][file] = {"all": summarise(results),
                                 "by_domain": {d: summarise(rs) for d, rs in by_dom.items()}}
        report["items"] += [asdict(r) for r in results]
        ex += examples(rows, results, n_examples)
        report["files"][file]["judge_check"] = judge_check(rows, judge)
    report["examples"] = ex
    if with_audit:
        report["audit"] = audit(judge)
    report["seconds"] = time.perf_counter() - t0
    return report


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="score an even spread of N items per file")
    ap.add_argument("--json", type=Path, default=None, help="write the report (with every question) here")
    ap.add_argument("--policy", default="balanced")
    ap.add_argument("--max-questions", type=int, default=3)
    ap.add_argument("--only", choices=FILES, default=None)
    ap.add_argument("--examples", type=int, default=0, help="print N items with their questions")
    ap.add_argument("--probe", default=None, help="a probe directory (default: the shipped probe)")
    ap.add_argument("--audit", action="store_true",
                    help="also score the judge against the author's labels in audit_*.jsonl")
    ap.add_argument("--threads", type=int, default=1,  # 0: leave torch's default
                    help="torch threads (1 by default: the judge embeds one question at a time, and on a shared "
                         "2-core machine one thread was 8x faster than two)")
    args = ap.parse_args(argv)
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    os.environ.setdefault("ASKSAFE_LOG", "off")  # one event per probe/decision/question would drown the table
    report = score(policy=args.policy, max_questions=args.max_questions, limit=args.limit,
                   files=(args.only,) if args.only else FILES, probe_dir=args.probe, n_examples=args.examples,
                   with_audit=args.audit)
    print_tables(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"wrote {args.json}")
    return report


if __name__ == "__main__":
    main()
