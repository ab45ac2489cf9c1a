"""`asksafe mcp --suite`: score any MCP agent on the acceptance suite, one task at a time.

The same ``ask_human`` / ``get_answer`` / ``list_pending`` / ``assess`` tools as
the real server, so an agent built for it runs unchanged; here the suite's
:class:`~asksafe.bench.simulated.SimulatedHuman` answers at once (the
blocker's resolution for a question the judge matches, ``"irrelevant question"``
otherwise, at most ``max_answers`` answers per task). Three more tools drive
the run:

- ``next_task()``: the next task's text and observations (the agent's work starts);
- ``submit(answer)``: the final answer (Python source or SQL), graded by the
  task's hidden check; the task's questions are judged against its blockers;
- ``score()``: pass rate, Ask-F1, question precision, blocker recall and the
  false-alarm rate on controls, pooled over the tasks submitted so far.

>>> server = create_suite_server(load_suite())
>>> server.run("stdio")
"""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from asksafe.adapters.mcp import AnswerOut, AssessOut, MCPSettings, PendingOut, assess_with
from asksafe.bench.simulated import SimulatedHuman
from asksafe.bench.grading import grade
from asksafe.bench.metrics import BlockerRef, TaskOutcome, ask_counts, false_alarm_rate, pass_rate, task_ask_f1
from asksafe.bench.tasks import Task
from asksafe.errors import InvalidQuestionError, InvalidTaskError, UnknownQuestionError
from asksafe.inbox.inbox import MAX_QUESTION_CHARS

try:
    import anyio
    from mcp.server.fastmcp import FastMCP
    from mcp.server.fastmcp.exceptions import ToolError
except ImportError as _exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("the MCP server needs the extra: pip install 'asksafe[mcp]'") from _exc

STRATEGY = "mcp-agent"


class TaskOut(BaseModel):
    done: bool = False
    task_id: str | None = None
    kind: str | None = None
    title: str | None = None
    task: str | None = None
    observations: list[str] = []
    number: int = 0
    of: int = 0
    instruction: str = ""


class SubmitOut(BaseModel):
    task_id: str
    passed: bool
    questions: int
    matched_blockers: list[str]
    blockers: int
    task_ask_f1: float | None


class ScoreOut(BaseModel):
    tasks: int
    of: int
    pass_rate: float | None
    ask_f1: float
    precision: float
    recall: float
    questions: int
    false_alarm_rate: float | None


@dataclass
class _Run:
    task: Task
    human: SimulatedHuman
    answers: dict[str, AnswerOut] = field(default_factory=dict)
    started: float = field(default_factory=time.monotonic)


class SuiteSession:
    """The suite's state: the task under way, its simulated human, and the outcomes so far."""

    def __init__(self, tasks: list[Task], *, max_answers: int = 3, judge: Any = None,
                 settings: MCPSettings | None = None, probe: Any = None):
        if not tasks:
            raise InvalidTaskError("the suite has no tasks")
        self.tasks = list(tasks)
        self.max_answers = max_answers
        self.judge = judge
        self.settings = settings or MCPSettings()
        self.outcomes: list[TaskOutcome] = []
        self.current: _Run | None = None
        self._next = 0
        self._probe = probe
        self._policy: Any = None
        self._lock = threading.RLock()

    def next_task(self) -> TaskOut:
        with self._lock:
            if self.current is not None:  # moving on without submitting: the task fails, its questions count
                self._finish(None)
            if self._next >= len(self.tasks):
                return TaskOut(done=True, of=len(self.tasks), instruction="The suite is done: call score().")
            task = self.tasks[self._next]
            self._next += 1
            human = SimulatedHuman(task, judge=self.judge, max_answers=self.max_answers) if self.judge else \
                SimulatedHuman(task, max_answers=self.max_answers)
            self.current = _Run(task, human)
            return TaskOut(task_id=task.id, kind=task.kind, title=task.title, task=task.task,
                           observations=list(task.observations), number=self._next, of=len(self.tasks),
                           instruction=("Solve the task. Ask the human (ask_human) only what you need. Submit "
                                        "Python source" if task.kind == "coding" else
                                        "Solve the task. Ask the human (ask_human) only what you need. Submit one "
                                        "SQLite query") + " with submit(answer).")

    def _need_run(self) -> _Run:
        if self.current is None:
            raise InvalidTaskError("no task under way: call next_task() first")
        return self.current

    def ask(self, question: str) -> AnswerOut:
        if not isinstance(question, str) or not question.strip():
            raise InvalidQuestionError("'question' is empty: write the one question the human should answer")
        if len(question) > MAX_QUESTION_CHARS:
            raise InvalidQuestionError(f"the question has {len(question):,} characters; the limit is "
                                       f"{MAX_QUESTION_CHARS:,}")
        with self._lock:
            run = self._need_run()
            qid = uuid.uuid4().hex
            ans = run.human.ask(question.strip())
            out = AnswerOut(status="answered", question_id=qid, question=question.strip(), answer=ans.text,
                            responder=ans.responder, channel=ans.channel)
            run.answers[qid] = out
            return out

    def answer(self, question_id: str) -> AnswerOut:
        with self._lock:
            run = self._need_run()
            if question_id not in run.answers:
                raise UnknownQuestionError(f"no question {str(question_id)[:64]!r} in the current task")
            return run.answers[question_id]

    def submit(self, answer: str) -> SubmitOut:
        if not isinstance(answer, str) or not answer.strip():
            raise InvalidTaskError("'answer' is empty: submit the code or the SQL query")
        with self._lock:
            return self._finish(answer)

    def _finish(self, answer: str | None) -> SubmitOut:
        run = self._need_run()
        self.current = None
        task = run.task
        o = TaskOutcome(task_id=task.id, strategy=STRATEGY, mode="ask", passed=bool(answer) and grade(task, answer),
                        questions=[r.question for r in run.human.log], matched=run.human.matched,
                        blockers=[BlockerRef(b.id, str(b.type), b.surfaces) for b in task.blockers], kind=task.kind,
                        seconds=time.monotonic() - run.started)
        self.outcomes.append(o)
        f1 = task_ask_f1(o)
        return SubmitOut(task_id=task.id, passed=o.passed, questions=len(o.questions), matched_blockers=sorted(o.hit),
                         blockers=len(o.blockers), task_ask_f1=round(f1, 4) if f1 is not None else None)

    def score(self) -> ScoreOut:
        with self._lock:
            c = ask_counts(self.outcomes)
            pr = pass_rate(self.outcomes)
            fa = false_alarm_rate(self.outcomes)
            return ScoreOut(tasks=len(self.outcomes), of=len(self.tasks), pass_rate=pr, ask_f1=round(c.f1, 4),
                            precision=round(c.precision, 4), recall=round(c.recall, 4), questions=c.questions,
                            false_alarm_rate=fa)

    def assess(self, task: str, context: str | None) -> AssessOut:
        with self._lock:
            asked = len(self.current.human.log) if self.current else 0
        return assess_with(self, task, context, asked)


def _err(exc: Exception) -> ToolError:
    return ToolError(f"{type(exc).__name__}: {exc}")


_USER = (InvalidQuestionError, InvalidTaskError, UnknownQuestionError)


SUITE_INSTRUCTIONS = (
    "Benchmark mode. Call next_task() to get a task; solve it, asking the human (ask_human) only what you "
    "need; submit(answer) your code or SQL; repeat until next_task() says done; score() reports.")


def create_suite_server(tasks: list[Task], *, max_answers: int = 3, judge: Any = None,
                        settings: MCPSettings | None = None, probe: Any = None, server: FastMCP | None = None) -> FastMCP:
    """An MCP server that runs ``tasks`` one at a time with the simulated human behind ``ask_human``."""
    suite = SuiteSession(tasks, max_answers=max_answers, judge=judge, settings=settings, probe=probe)
    server = server or FastMCP("asksafe-suite", instructions=SUITE_INSTRUCTIONS, log_level="WARNING")
    server._asksafe_suite = suite  # type: ignore[attr-defined]

    async def in_thread(fn: Any, *args: Any) -> Any:
        try:
            return await anyio.to_thread.run_sync(fn, *args)
        except _USER as exc:
            raise _err(exc) from exc

    @server.tool(structured_output=True)
    async def next_task() -> TaskOut:
        """The next task of the suite (moving on without submit() fails the current one)."""
        return await in_thread(suite.next_task)

    @server.tool(structured_output=True)
    async def ask_human(question: str, options: list[str] | None = None, context: str | None = None,
                        timeout_s: float | None = None) -> AnswerOut:
        """Ask the (simulated) human one question about the current task; answered at once."""
        if timeout_s is not None and timeout_s <= 0:
            raise ToolError(f"InvalidQuestionError: 'timeout_s' must be a positive number of seconds, got {timeout_s}")
        return await in_thread(suite.ask, question)

    @server.tool(structured_output=True)
    async def get_answer(question_id: str, wait_s: float = 0.0) -> AnswerOut:
        """The answer to a question asked in the current task."""
        if wait_s < 0:
            raise ToolError(f"InvalidQuestionError: 'wait_s' must be >= 0 seconds, got {wait_s}")
        return await in_thread(suite.answer, question_id)

    @server.tool(structured_output=True)
    async def list_pending() -> PendingOut:
        """Always empty here: the simulated human answers at once."""
        return PendingOut(questions=[])

    @server.tool(structured_output=True)
    async def assess(task: str, context: str | None = None) -> AssessOut:
        """asksafe's probe on a task (as in the real server)."""
        return await in_thread(suite.assess, task, context)

    @server.tool(structured_output=True)
    async def submit(answer: str) -> SubmitOut:
        """Submit the final answer to the current task (Python source or one SQL query); it is graded."""
        return await in_thread(suite.submit, answer)

    @server.tool(structured_output=True)
    async def score() -> ScoreOut:
        """Pass rate and Ask-F1 (question precision, blocker recall) over the tasks submitted so far."""
        return await in_thread(suite.score)

    return server


def serve_suite(tasks: list[Task], settings: MCPSettings | None = None, *, transport: str = "stdio",
                host: str = "127.0.0.1", port: int = 8766, tokens: Any = None, allowed_hosts: Any = (),
                allowed_origins: Any = (), allow_remote: bool = False, max_request_bytes: int = 256 * 1024,
                max_answers: int = 3) -> None:
    """What `asksafe mcp --suite` runs: the suite server on stdio or HTTP (same security as the real one)."""
    from asksafe.adapters.mcp import check_http, new_fastmcp, run_server

    token_map = check_http(transport, host, tokens, allow_remote, max_request_bytes)
    server = create_suite_server(tasks, max_answers=max_answers, settings=settings,
                                 server=new_fastmcp("asksafe-suite", SUITE_INSTRUCTIONS, host=host, port=port,
                                                    allowed_hosts=allowed_hosts, allowed_origins=allowed_origins,
                                                    max_request_bytes=max_request_bytes))
    run_server(server, transport, host=host, port=port, tokens=token_map)


def select_tasks(spec: str = "all") -> list[Task]:
    """``"all"``, ``"quick"`` (the stratified 40 of ``asksafe bench --quick``) or task ids, comma-separated."""
    from asksafe.bench.runner import quick_subset
    from asksafe.bench.tasks import load_suite

    tasks = load_suite()
    spec = (spec or "all").strip()
    if spec == "all":
        return tasks
    if spec == "quick":
        return quick_subset(tasks)
    by_id = {t.id: t for t in tasks}
    wanted = [s.strip() for s in spec.split(",") if s.strip()]
    unknown = [w for w in wanted if w not in by_id]
    if unknown:
        raise InvalidTaskError(f"unknown suite task(s): {', '.join(unknown[:5])}; ids look like "
                               f"{', '.join(list(by_id)[:3])}")
    return [by_id[w] for w in wanted]
