"""Run the acceptance suite: every strategy on every task, in three modes.

Modes: ``baseline`` (the agent alone, no asking), ``full_info`` (every
blocker's resolution given up front) and ``ask`` (the agent may ask a
:class:`~asksafe.bench.simulated.SimulatedHuman`, at most 3 questions).
Strategies compared in the same run: ``never-ask``, ``always-ask`` (generic
questions), ``oracle`` (each blocker's first example question) and asksafe
policies through the real graph (``policy:<name>``), plus a sweep of
threshold policies for the "Ask-F1 against threshold" plot.

>>> results = run_bench(None, quick=True, json_path=Path("bench.json"), html_path=Path("bench.html"),
...                     agent=None, policies=["balanced"])
>>> [(r["strategy"], round(r["ask_f1"], 2)) for r in results["rows"]]
[('never-ask', 0.0), ('always-ask', 0.0), ('oracle', 1.0), ('policy:balanced', ...)]
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from asksafe.bench.agents import AgentFactory, AgentFn, load_agent_factory, reference_agent
from asksafe.bench.simulated import SimulatedHuman
from asksafe.bench.grading import grade
from asksafe.bench.judge import Judge
from asksafe.bench.metrics import BlockerRef, StrategyMetrics, TaskOutcome, ask_counts, summarise
from asksafe.bench.tasks import Task, load_suite
from asksafe.errors import ConfigError
from asksafe.types import Question

MAX_QUESTIONS = 3
QUICK_SIZE = 40
GENERIC_QUESTIONS = (
    "Are there any requirements I should know about?",
    "Is there anything about this task that is unclear or missing?",
    "Are there any edge cases I should handle in a particular way?",
)
SWEEP_THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
BASELINES = ("never-ask", "always-ask", "oracle")



def _call(agent: AgentFn, task_text: str, context: list[str]) -> Any:
    from asksafe.agents import as_agent

    return as_agent(agent)(task_text, list(context)).result


# --- probe cache (for the policy sweep) --------------------------------------


class CachingProbe:
    """Wraps a probe; ``assess_many`` re-uses assessments of texts it has seen (they are deterministic)."""

    def __init__(self, probe: Any) -> None:
        self.probe = probe
        self.calibration = getattr(probe, "calibration", {})
        self._cache: dict[str, Any] = {}
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    @staticmethod
    def _key(item: Any) -> str:
        d = item if isinstance(item, dict) else {"text": str(item)}
        raw = "\x1f".join(str(d.get(k) or "") for k in ("text", "context", "domain", "source"))
        return hashlib.sha1(raw.encode("utf-8", "replace")).hexdigest()

    def assess_many(self, items: list[Any]) -> list[Any]:
        keys = [self._key(i) for i in items]
        with self._lock:
            todo = [(k, i) for k, i in zip(keys, items) if k not in self._cache]
            self.hits += len(items) - len(todo)
            self.misses += len(todo)
        if todo:
            fresh = self.probe.assess_many([i for _, i in todo])
            with self._lock:
                for (k, _), a in zip(todo, fresh):
                    self._cache[k] = a
        with self._lock:
            return [self._cache[k] for k in keys]

    def assess(self, text: str, context: str | None = None, domain: str | None = None) -> Any:
        return self.assess_many([{"text": text, "context": context, "domain": domain}])[0]

    def __getattr__(self, name: str) -> Any:  # everything else is the real probe's
        return getattr(self.probe, name)


# --- grading cache -----------------------------------------------------------


class _Grader:
    """``grade`` with a cache: a reference-style agent produces few distinct answers per task."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], bool] = {}
        self._lock = threading.Lock()

    def __call__(self, task: Task, answer: Any) -> bool:
        if not isinstance(answer, str):
            return False
        key = (task.id, hashlib.sha1(answer.encode("utf-8", "replace")).hexdigest())
        with self._lock:
            if key in self._cache:
                return self._cache[key]
        ok = grade(task, answer)
        with self._lock:
            self._cache[key] = ok
        return ok


# --- strategies ---------------------------------------------------------------


@dataclass
class Strategy:
    """How the ``ask`` mode is played: a fixed script of questions, or a policy through the graph."""

    name: str
    policy: Any = None  # a policy name or object, for graph strategies
    sweep_threshold: float | None = None

    @property
    def is_graph(self) -> bool:
        return self.policy is not None


def _blockers(task: Task) -> list[BlockerRef]:
    return [BlockerRef(b.id, str(b.type), b.surfaces) for b in task.blockers]


def _scripted_questions(strategy: str, task: Task) -> list[str]:
    if strategy == "never-ask":
        return []
    if strategy == "always-ask":
        return list(GENERIC_QUESTIONS[:MAX_QUESTIONS])
    if strategy == "oracle":
        return [b.example_questions[0] for b in task.blockers if b.example_questions][:MAX_QUESTIONS]
    raise ConfigError(f"unknown strategy {strategy!r}")


@dataclass
class _Ctx:
    factory: AgentFactory
    judge: Judge
    grader: _Grader
    probe: Any = None
    max_questions: int = MAX_QUESTIONS


def _outcome(task: Task, strategy: str, mode: str, answer: Any, grader: _Grader, t0: float,
             human: SimulatedHuman | None = None, error: str | None = None) -> TaskOutcome:
    log = human.log if human else []
    return TaskOutcome(
        task_id=task.id, strategy=strategy, mode=mode, kind=task.kind,
        passed=False if error else grader(task, answer),
        questions=[r.question for r in log], matched=[r.blocker_id for r in log],
        blockers=_blockers(task), error=error, seconds=time.perf_counter() - t0,
    )


def run_mode(task: Task, mode: str, ctx: _Ctx) -> TaskOutcome:
    """``baseline`` or ``full_info``: one agent call, no asking."""
    t0 = time.perf_counter()
    context = [b.resolution for b in task.blockers] if mode == "full_info" else []
    try:
        answer = _call(ctx.factory(task), task.task, context)
    except Exception as exc:  # an agent's failure is a failed task, not a failed run
        return _outcome(task, mode, mode, None, ctx.grader, t0, error=f"{type(exc).__name__}: {exc}")
    return _outcome(task, mode, mode, answer, ctx.grader, t0)


def run_scripted(task: Task, strategy: str, ctx: _Ctx) -> TaskOutcome:
    """A baseline strategy: ask a fixed list of questions, then let the agent act once."""
    t0 = time.perf_counter()
    human = SimulatedHuman(task, judge=ctx.judge, max_answers=ctx.max_questions)
    context: list[str] = []
    for q in _scripted_questions(strategy, task)[: ctx.max_questions]:
        ans = human.ask(Question(text=q, blocker_key="scripted", blocker_type="missing"))
        context.append(f"Q: {q}\nA: {ans.text}")
    try:
        answer = _call(ctx.factory(task), task.task, context)
    except Exception as exc:
        return _outcome(task, strategy, "ask", None, ctx.grader, t0, human, f"{type(exc).__name__}: {exc}")
    return _outcome(task, strategy, "ask", answer, ctx.grader, t0, human)


def run_graph(task: Task, strategy: Strategy, ctx: _Ctx) -> TaskOutcome:
    """An asksafe policy: the agent wrapped by ``asksafe.wrap`` asks the simulated human."""
    from asksafe.graph import wrap  # what ``asksafe.wrap`` re-exports

    t0 = time.perf_counter()
    human = SimulatedHuman(task, judge=ctx.judge, max_answers=ctx.max_questions)
    try:
        graph = wrap(ctx.factory(task), channel=human, policy=strategy.policy, probe=ctx.probe,
                             max_questions=ctx.max_questions)
        out = graph.invoke({"task": task.task, "context": []},
                           {"configurable": {"thread_id": f"{strategy.name}:{task.id}"}})
    except Exception as exc:
        return _outcome(task, strategy.name, "ask", None, ctx.grader, t0, human, f"{type(exc).__name__}: {exc}")
    return _outcome(task, strategy.name, "ask", out.get("result"), ctx.grader, t0, human)


def run_task(task: Task, strategies: Sequence[Strategy], ctx: _Ctx) -> list[TaskOutcome]:
    """Every mode and strategy on one task."""
    outs = [run_mode(task, "baseline", ctx), run_mode(task, "full_info", ctx)]
    for s in strategies:
        outs.append(run_graph(task, s, ctx) if s.is_graph else run_scripted(task, s.name, ctx))
    return outs


# --- suite selection -----------------------------------------------------------


def _h(text: str) -> int:
    return int(hashlib.sha1(text.encode()).hexdigest(), 16)


def quick_subset(tasks: Sequence[Task], size: int = QUICK_SIZE) -> list[Task]:
    """A fixed, stratified subset: kind x (control, or the first blocker's type and surfaces).

    >>> len(quick_subset(load_suite()))
    40
    """
    if len(tasks) <= size:
        return list(tasks)
    strata: dict[tuple, list[Task]] = {}
    for t in tasks:
        b = t.blockers[0] if t.blockers else None
        key = (t.kind, "control" if b is None else f"{b.type}/{b.surfaces}")
        strata.setdefault(key, []).append(t)
    picked: list[Task] = []
    quota = {k: max(1, round(size * len(v) / len(tasks))) for k, v in strata.items()}
    for k in sorted(strata):
        picked += sorted(strata[k], key=lambda t: _h(t.id))[: quota[k]]
    picked = sorted(picked, key=lambda t: _h(t.id))[:size]
    return sorted(picked, key=lambda t: t.id)


# --- results -----------------------------------------------------------------------


class SweepPoint(BaseModel):
    threshold: float
    ask_f1: float
    precision: float
    recall: float
    pass_rate: float | None
    questions_per_task: float


class BenchResults(BaseModel):
    """Everything one run produced; ``run_bench`` returns it as a dict (``model_dump``)."""

    suite: str
    tasks: int
    quick: bool
    agent: str
    judge: dict[str, Any]
    seconds: float
    rows: list[StrategyMetrics]
    sweep: list[SweepPoint] = Field(default_factory=list)
    skipped: dict[str, str] = Field(default_factory=dict)
    outcomes: list[dict[str, Any]] = Field(default_factory=list)


def summarise_outcomes(outcomes: Sequence[TaskOutcome], strategies: Sequence[Strategy]) -> tuple[
        list[StrategyMetrics], list[SweepPoint]]:
    base = [o for o in outcomes if o.mode == "baseline"]
    full = [o for o in outcomes if o.mode == "full_info"]
    rows: list[StrategyMetrics] = []
    sweep: list[SweepPoint] = []
    for s in strategies:
        ask = [o for o in outcomes if o.mode == "ask" and o.strategy == s.name]
        if s.sweep_threshold is None:
            rows.append(summarise(s.name, ask, base, full))
        else:
            c = ask_counts(ask)
            sweep.append(SweepPoint(threshold=s.sweep_threshold, ask_f1=c.f1, precision=c.precision,
                                    recall=c.recall, pass_rate=sum(o.passed for o in ask) / len(ask) if ask else None,
                                    questions_per_task=c.questions / len(ask) if ask else 0.0))
    return rows, sweep


def _load_probe() -> tuple[Any, str | None]:
    try:
        from asksafe.probe import Probe

        return CachingProbe(Probe.load()), None
    except Exception as exc:  # no trained probe yet, or no graph module: policies are skipped
        return None, f"{type(exc).__name__}: {exc}"


def _policy_strategies(policies: Sequence[str] | None, probe: Any, sweep: bool) -> list[Strategy]:
    from asksafe.policies import PRESETS, ThresholdPolicy

    names = list(policies) if policies is not None else [p for p in PRESETS if p not in ("never", "always")]
    out = [Strategy(f"policy:{n}", policy=n) for n in names]
    if sweep:
        out += [Strategy(f"sweep:{t:.2f}", policy=ThresholdPolicy(threshold=t, name=f"threshold@{t:.2f}"),
                         sweep_threshold=t) for t in SWEEP_THRESHOLDS]
    return out


def run_suite(tasks: Sequence[Task], *, strategies: Sequence[Strategy] | None = None,
              factory: AgentFactory = reference_agent, judge: Judge | None = None, probe: Any = None,
              workers: int | None = None, on_task: Callable[[], None] | None = None) -> list[TaskOutcome]:
    """Run ``strategies`` (default: the three baselines) on ``tasks``; the raw outcomes.

    >>> outs = run_suite(load_suite()[:3])
    >>> summarise_outcomes(outs, [Strategy("oracle")])[0][0].ask_f1
    1.0
    """
    strategies = list(strategies) if strategies is not None else [Strategy(n) for n in BASELINES]
    ctx = _Ctx(factory=factory, judge=judge or Judge(), grader=_Grader(), probe=probe)
    # embed every task's blockers and the scripted questions in one batch, before the workers start
    ctx.judge.index_many(tasks)
    ctx.judge.prime([q for t in tasks for s in strategies if not s.is_graph for q in _scripted_questions(s.name, t)])
    workers = workers or min(8, max(2, (os.cpu_count() or 2) * 2))
    outcomes: list[TaskOutcome] = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futs = [pool.submit(run_task, t, strategies, ctx) for t in tasks]
        for f in as_completed(futs):
            outcomes.extend(f.result())
            if on_task:
                on_task()
    order = {t.id: i for i, t in enumerate(tasks)}
    outcomes.sort(key=lambda o: order[o.task_id])
    return outcomes


def run_bench(suite: Path | None, quick: bool, json_path: Path | None, html_path: Path | None,
              agent: str | None, policies: list[str] | None, progress: bool = True) -> dict:
    """Run the benchmark, write the JSON / HTML reports asked for, and return the results as a dict.

    ``policies=None`` runs every preset policy and the threshold sweep;
    ``policies=[]`` runs only the baselines.
    """
    from asksafe.bench import report

    t0 = time.perf_counter()
    if not os.environ.get("ASKSAFE_LOG"):
        # thousands of graph runs: their per-step events would drown the table (ASKSAFE_LOG=json keeps them)
        from asksafe.events import configure

        configure("off")
    tasks = load_suite(suite)
    if not tasks:
        raise ConfigError(f"no tasks found under {suite or 'the installed suite'}")
    if quick:
        tasks = quick_subset(tasks)
    factory = load_agent_factory(agent)
    strategies = [Strategy(n) for n in BASELINES]
    skipped: dict[str, str] = {}
    probe = None
    if policies is None or policies:
        probe, why = _load_probe()
        if probe is None:
            for n in policies or ["presets", "sweep"]:
                skipped[f"policy:{n}"] = why or "no probe"
        else:
            strategies += _policy_strategies(policies, probe, sweep=True)
    judge = Judge()

    if progress:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(TextColumn("[bold]asksafe bench"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), transient=False) as bar:
            job = bar.add_task("tasks", total=len(tasks))
            outcomes = run_suite(tasks, strategies=strategies, factory=factory, judge=judge, probe=probe,
                                 on_task=lambda: bar.advance(job))
    else:
        outcomes = run_suite(tasks, strategies=strategies, factory=factory, judge=judge, probe=probe)

    rows, sweep = summarise_outcomes(outcomes, strategies)
    results = BenchResults(
        suite=str(suite or "installed"), tasks=len(tasks), quick=quick, agent=agent or "reference",
        judge={"name": judge.name, **asdict(judge.thresholds)}, seconds=round(time.perf_counter() - t0, 2),
        rows=rows, sweep=sweep, skipped=skipped,
        outcomes=[{k: v for k, v in asdict(o).items() if k != "blockers"} for o in outcomes],
    ).model_dump(mode="json")
    if json_path:
        report.write_json(results, json_path)
    if html_path:
        report.write_html(results, html_path)
    if progress:
        report.print_table(results)
    return results
