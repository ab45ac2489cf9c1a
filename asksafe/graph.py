"""``wrap``: an agent inside a LangGraph graph that asks before it guesses.

    task ─► probe ─► decide ─┬─► ask ─► (channel | interrupt) ─► decide ─► …
                ▲            └─► act ─► new observations? ─► probe
                └──────────────────────────────┘

>>> import asksafe
>>> from asksafe.adapters import CLIChannel
>>> graph = asksafe.wrap(my_agent, channel=CLIChannel())
>>> out = graph.invoke({"task": "Write top_k(items)"}, {"configurable": {"thread_id": "t1"}})
>>> out["result"], out["questions"], out["answers"], out["decisions"], out["status"]

With ``channel=None`` the graph suspends on a LangGraph ``interrupt`` carrying
the question; resume it, from any process that shares the checkpointer, with
``graph.invoke(Command(resume="the answer"), config)``.
"""

from __future__ import annotations

import hashlib
import operator
import time
import uuid
from pathlib import Path
from collections.abc import Callable
from typing import Annotated, Any, Literal, TypedDict

from langchain_core.runnables import RunnableLambda
from langchain_core.runnables.config import run_in_executor
from langgraph.config import get_config
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph

from asksafe.agents import as_agent
from asksafe.ask import AskStep, answer_from_resume, check_options, clarification
from asksafe.errors import AgentError, InvalidTaskError
from asksafe.events import log
from asksafe.feedback import recorder as feedback_recorder
from asksafe.feedback import run_id_of
from asksafe.phrasing import as_phraser
from asksafe.policies import ExploringPolicy, get_policy
from asksafe.types import (
    MAX_TASK_CHARS,
    TIMEOUT,
    Assessment,
    Channel,
    DetectedBlocker,
    Policy,
    ProbeLike,
)
from asksafe.unicode import check_unicode

__all__ = ["TIMEOUT", "RunInput", "RunState", "answer_from_resume", "check_options", "wrap"]

MAX_AGENT_STEPS = 6


class RunInput(TypedDict, total=False):
    task: str
    context: list[str] | str
    images: list[Any]  # paths, bytes, PIL images or numpy arrays (asksafe[vision]; see docs/images.md)
    image_sequence: bool  # the images are the frames of one clip, in order


class RunState(TypedDict, total=False):
    run_id: str  # the thread id (or a fresh id without one): the run's group in the feedback store
    task: str
    context: list[str]  # the user's context, then every answer or assumption, in order
    observations: list[str]  # everything the agent reported observing
    probed: int  # how many observations the probe has seen
    assessments: Annotated[list[dict], operator.add]
    candidates: list[dict]  # detected blockers not yet asked about, best first
    decisions: Annotated[list[dict], operator.add]
    pending: dict | None  # the question waiting for an answer
    questions: list[dict]
    answers: list[dict]
    assumptions: list[str]
    late_answers: list[dict]
    asked_keys: list[str]
    needs_act: bool  # new information since the agent last ran
    agent_steps: int
    result: Any
    status: Literal["running", "done", "stopped"]
    images: list[str]  # data: URLs; a retake sent with an answer replaces the picture it fixes
    image_sequence: bool


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()[:10]


def normalise_input(state: dict) -> tuple[str, list[str]]:
    """Validate a run's input; raise InvalidTaskError with what is wrong."""
    task = state.get("task")
    if not isinstance(task, str):
        raise InvalidTaskError(f"'task' must be a string, got {type(task).__name__}")
    if not task.strip():
        raise InvalidTaskError("'task' is empty: say what the agent should do")
    if len(task) > MAX_TASK_CHARS:
        raise InvalidTaskError(
            f"'task' has {len(task):,} characters (limit {MAX_TASK_CHARS:,}): pass long material "
            "(files, logs) as context or through the agent's tools, and keep the task itself short"
        )
    context = state.get("context") or []
    if isinstance(context, str):
        context = [context]
    if not isinstance(context, list) or not all(isinstance(c, str) for c in context):
        raise InvalidTaskError("'context' must be a string or a list of strings")
    total = sum(len(c) for c in context)
    if total > MAX_TASK_CHARS * 5:
        raise InvalidTaskError(f"'context' has {total:,} characters (limit {MAX_TASK_CHARS * 5:,})")
    check_unicode(task, "'task'")
    for c in context:
        check_unicode(c, "'context'")
    return task, list(context)


def wrap(
    agent: Any,
    *,
    channel: Channel | None,
    policy: str | Policy = "balanced",
    probe: ProbeLike | str | Path | None = None,
    checkpointer: Any = None,
    max_questions: int = 3,
    question_timeout: float | None = None,
    on_timeout: Literal["assume", "stop"] = "assume",
    question_model: Any = None,
    visual_probe: Any = None,
    name: str = "asksafe",
    feedback: Any = None,
    redact: Callable[[str], str] | None = None,
    explore: float = 0.0,
    explore_seed: int | str | None = None,
) -> CompiledStateGraph:
    """Wrap ``agent`` so it asks a human before acting on an underspecified task.

    Returns a LangGraph compiled graph: ``invoke``, ``ainvoke``, ``stream``,
    ``get_state`` and ``Command(resume=...)`` work as usual, and it can be a
    node or subgraph of a larger graph.

    - ``channel``: a live channel (``CLIChannel()``, ``SimulatedHuman(...)``, any
      object with ``ask``), or ``None`` to suspend on an interrupt instead.
    - ``probe``: a :class:`Probe`, a probe folder (``asksafe learn --out DIR``), or ``None``
      (``$ASKSAFE_PROBE``, else the shipped probe).
    - ``checkpointer``: a LangGraph checkpointer, a SQLite file path (str), or
      ``None`` (in-memory when suspending is needed; none otherwise).
    - ``question_timeout``: seconds a question may wait; then ``on_timeout``
      applies: ``"assume"`` proceeds and records the assumption, ``"stop"`` ends
      the run with ``status == "stopped"``.
    - ``question_model``: a LangChain chat model (or a ``ChatPhraser``) that
      rewrites each template question; a reply failing the phraser's checks,
      an error or a timeout keeps the template (see :mod:`asksafe.phrasing`).
    - ``feedback``: a :class:`~asksafe.feedback.FeedbackStore`, or a SQLite path /
      ``postgresql://`` URL, where every decision and answer is recorded for
      ``asksafe learn`` (default None: nothing is stored); ``redact``: a function
      ``str -> str`` applied to the text and context before they are stored.
    - ``explore``: with this probability, take the other action when ``p_blocker``
      is within :data:`~asksafe.policies.DEFAULT_BAND` of the threshold (and the
      budget allows the extra question), logging the propensity; ``explore_seed``
      makes the draws reproducible (see :class:`~asksafe.policies.ExploringPolicy`
      and docs/feedback.md).
    - ``visual_probe``: what looks at the run's ``images`` before the agent does
      (default: :class:`~asksafe.visual.VisualProbe`, built on the first run with
      images); a failing picture draws a retake question (docs/images.md).
    """
    step_agent = as_agent(agent)
    check_options(channel, max_questions, question_timeout, on_timeout, question_model)
    phraser = as_phraser(question_model)
    if probe is None:  # the process-wide batched probe: concurrent runs share forward passes
        from asksafe.batching import shared_probe

        probe = shared_probe()
    elif isinstance(probe, str | Path):
        from asksafe.probe import Probe

        probe = Probe.load(probe)
    chosen = get_policy(policy, getattr(probe, "calibration", None))
    if explore:
        chosen = ExploringPolicy(chosen, rate=explore, seed=explore_seed)
    step = AskStep(policy=chosen, channel=channel, max_questions=max_questions, question_timeout=question_timeout,
                   on_timeout=on_timeout, phraser=phraser, recorder=feedback_recorder(feedback, redact))

    looker = {"probe": visual_probe}

    def start(state: RunState) -> dict:
        task, context = normalise_input(state)
        if state.get("images"):
            from asksafe.visual.flow import to_state_images

            return {**started(task, context), "images": to_state_images(state["images"]),
                    "image_sequence": bool(state.get("image_sequence"))}
        return started(task, context)

    def started(task: str, context: list[str]) -> dict:
        return {"run_id": run_id_of(get_config()) or uuid.uuid4().hex, "task": task, "context": context, "observations": [], "probed": 0, "candidates": [],
                "questions": [], "answers": [], "assumptions": [], "late_answers": [], "asked_keys": [],
                "pending": None, "needs_act": True, "agent_steps": 0, "result": None, "status": "running",
                "images": [], "image_sequence": False}

    def look(state: RunState) -> dict:
        """The visual probe on the run's images: ask for a retake before the agent guesses from them."""
        if not state.get("images"):
            return {}
        from asksafe.visual.flow import look as look_at

        if looker["probe"] is None:
            from asksafe.visual import VisualProbe

            looker["probe"] = VisualProbe()
        got = look_at(step, looker["probe"], state["task"], state["images"], asked=len(state["questions"]),
                      asked_keys=state["asked_keys"], sequence=bool(state.get("image_sequence")))
        added = [*got.clarifications, *got.assumptions]
        update: dict = {"images": got.images, "decisions": got.decisions}
        if got.questions:
            update.update(questions=[*state["questions"], *got.questions], asked_keys=[*state["asked_keys"], *got.asked_keys],
                          answers=[*state["answers"], *got.answers], context=[*state["context"], *added],
                          assumptions=[*state["assumptions"], *got.assumptions])
        if got.stopped:
            update["status"] = "stopped"
        return update

    def probe_items(state: RunState) -> list[dict]:
        """The task (first pass) or every observation not yet probed."""
        context = state["context"]
        if state.get("agent_steps", 0) == 0:
            if state.get("images"):
                # the visual probe speaks for a task about pictures: the text probe, trained on text-only
                # requests, reads "this receipt" as missing (p 0.84-0.92 even told a photo is attached)
                return []
            return [{"text": state["task"], "context": "\n".join(context) or None, "source": "task"}]
        new = state["observations"][state["probed"]:]
        return [{"text": obs, "context": "\n".join([state["task"], *context]), "source": f"observation:{i}"}
                for i, obs in enumerate(new, start=state["probed"])]

    def probe_node(state: RunState) -> dict:
        t0 = time.perf_counter()
        items = probe_items(state)
        return probed(state, probe.assess_many(items) if items else [], t0)

    async def aprobe_node(state: RunState) -> dict:
        # under ainvoke the probe is awaited, not run in the event loop's small thread pool, so many
        # runs in one loop reach a batching probe together
        t0 = time.perf_counter()
        items = probe_items(state)
        many = getattr(probe, "aassess_many", None)
        if not items:
            found: list[Assessment] = []
        elif callable(many):
            found = await many(items)
        else:
            found = await run_in_executor(None, probe.assess_many, items)
        return probed(state, found, t0)

    def probed(state: RunState, assessments: list[Assessment], t0: float) -> dict:
        ms = (time.perf_counter() - t0) * 1000
        asked = set(state["asked_keys"])
        cands = [b for a in assessments for b in a.blockers if b.key not in asked]
        cands.sort(key=lambda b: -b.score)
        for a in assessments:
            log.info("probe", source=a.source, p_blocker=round(a.p_blocker, 4), should_ask=a.should_ask,
                     blockers=[b.key for b in a.blockers], segments=a.segments, latency_ms=round(ms, 2))
        return {"assessments": [a.model_dump(mode="json") for a in assessments],
                "candidates": [b.model_dump(mode="json") for b in cands],
                "probed": len(state["observations"])}

    def decide(state: RunState) -> dict:
        if not state["assessments"]:
            return {"pending": None}
        cands = [DetectedBlocker.model_validate(c) for c in state["candidates"]]
        if state["answers"] or state["assumptions"]:  # never ask what an answer already settled
            cands = step.unsettled(cands, state["context"])
        assessments = [Assessment.model_validate(a) for a in state["assessments"]]
        speaker = step.speaker(assessments, cands)
        decision = step.decide(speaker, cands, asked=len(state["questions"]))
        update: dict = {"pending": None}
        if decision.action == "ask":
            blocker = next(b for b in cands if b.key == decision.blocker_key)
            q = step.question(blocker, state["task"], state["context"])
            decision = decision.model_copy(update={"question": q["text"]})
            update["pending"] = q
            update["candidates"] = [c.model_dump(mode="json") for c in cands if c.key != blocker.key]
        update["decisions"] = [decision.model_dump(mode="json")]
        step.record(state.get("run_id") or "unknown", len(state["decisions"]), decision,
                    *_probed_text(state, speaker.source), q=update["pending"])
        return update

    def record_question(state: RunState) -> dict:
        q = dict(state["pending"])
        return {"questions": [*state["questions"], q], "asked_keys": [*state["asked_keys"], q["blocker_key"]]}

    def ask(state: RunState) -> dict:
        q = state["pending"]
        got = step.receive(q)
        if got.answer is None:
            fb = step.fallback(q, got.why)
            update: dict = {"pending": None}
            if fb.stop:
                update["status"] = "stopped"
            else:
                update.update(assumptions=[*state["assumptions"], fb.assumption],
                              context=[*state["context"], fb.assumption], needs_act=True)
            if got.late:
                update["late_answers"] = [*state["late_answers"], got.late]
            return update
        update = {"pending": None, "answers": [*state["answers"], got.answer.model_dump(mode="json")]}
        if got.answer.text:
            update["context"] = [*state["context"], clarification(q, got.answer.text)]
            update["needs_act"] = True
        return update

    def act(state: RunState) -> dict:
        t0 = time.perf_counter()
        try:
            images = state.get("images")
            out = step_agent(state["task"], list(state["context"]), images) if images else \
                step_agent(state["task"], list(state["context"]))
        except Exception as exc:
            log.error("agent_step", ok=False, error=repr(exc))
            raise AgentError(f"the wrapped agent raised {type(exc).__name__}: {exc}") from exc
        seen = {_digest(o) for o in state["observations"]}
        new = [o for o in out.observations if isinstance(o, str) and o.strip() and _digest(o) not in seen]
        log.info("agent_step", ok=True, step=state["agent_steps"] + 1, observations=len(new),
                 latency_ms=round((time.perf_counter() - t0) * 1000, 2))
        return {"result": out.result, "observations": [*state["observations"], *new],
                "agent_steps": state["agent_steps"] + 1, "needs_act": False}

    def finish(state: RunState) -> dict:
        return {"status": "done" if state["status"] == "running" else state["status"]}

    def after_decide(state: RunState) -> str:
        if state.get("pending"):
            return "record_question"
        if state["needs_act"] and state["agent_steps"] < MAX_AGENT_STEPS:
            return "act"
        return "finish"

    def after_ask(state: RunState) -> str:
        return "finish" if state["status"] == "stopped" else "decide"

    def after_act(state: RunState) -> str:
        if state["probed"] < len(state["observations"]) and state["agent_steps"] < MAX_AGENT_STEPS:
            return "probe"
        return "finish"

    g = StateGraph(RunState, input_schema=RunInput)
    g.add_node("start", start)
    g.add_node("look", look)
    g.add_node("probe", RunnableLambda(probe_node, afunc=aprobe_node, name="probe"))
    g.add_node("decide", decide)
    g.add_node("record_question", record_question)
    g.add_node("ask", ask)
    g.add_node("act", act)
    g.add_node("finish", finish)
    g.add_edge(START, "start")
    g.add_edge("start", "look")
    g.add_conditional_edges("look", lambda s: "finish" if s["status"] == "stopped" else "probe", ["probe", "finish"])
    g.add_edge("probe", "decide")
    g.add_conditional_edges("decide", after_decide, ["record_question", "act", "finish"])
    g.add_edge("record_question", "ask")
    g.add_conditional_edges("ask", after_ask, ["decide", "finish"])
    g.add_conditional_edges("act", after_act, ["probe", "finish"])
    g.add_edge("finish", END)
    return g.compile(checkpointer=resolve_checkpointer(checkpointer, suspends=channel is None), name=name)


def _probed_text(state: dict, source: str) -> tuple[str, str | None]:
    """The text a decision was about and its context (with the answers so far)."""
    if source.startswith("observation:"):
        i = int(source.split(":")[1])
        if i < len(state["observations"]):
            return state["observations"][i], "\n".join([state["task"], *state["context"]])
    return state["task"], "\n".join(state["context"]) or None


def resolve_checkpointer(checkpointer: Any, *, suspends: bool) -> Any:
    """A checkpointer object from what the user passed (a path means SQLite)."""
    if checkpointer is None:
        if suspends:
            from langgraph.checkpoint.memory import InMemorySaver

            return InMemorySaver()
        return None
    if isinstance(checkpointer, str | bytes) or hasattr(checkpointer, "__fspath__"):
        from asksafe.store import is_postgres_url, postgres_checkpointer, sqlite_checkpointer

        if is_postgres_url(str(checkpointer)):
            return postgres_checkpointer(str(checkpointer))
        return sqlite_checkpointer(str(checkpointer))
    return checkpointer
