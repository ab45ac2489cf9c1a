"""``AskSafeMiddleware``: ask-before-guessing for ``langchain.agents.create_agent``.

Before each model call it probes what is new in the conversation: the human
request (first call of a turn) and every tool result since the last call (as
an observation, with the request as context). When the policy says ``ask`` it
asks one question, through a live ``channel`` or by suspending on a LangGraph
``interrupt`` (payload ``{"question": {...}}``, like :func:`asksafe.wrap`), and
adds the answer to the conversation as a ``HumanMessage`` ("Clarification: …").

>>> from langchain.agents import create_agent
>>> from langgraph.checkpoint.memory import InMemorySaver
>>> agent = create_agent(model, tools=[run_sql], checkpointer=InMemorySaver(),
...                      middleware=[AskSafeMiddleware(max_questions=2)])
>>> out = agent.invoke({"messages": [("user", "Total revenue per month")]}, config)
>>> out["__interrupt__"][0].value["question"]["text"]
"Does 'revenue' mean gross or net?"
>>> agent.invoke(Command(resume="Net revenue."), config)

One question budget per thread (kept in the agent's state, so a checkpointer
carries it across turns), and no blocker is asked about twice. It composes
with LangChain's ``HumanInTheLoopMiddleware``: that one pauses in
``after_model`` for tool approvals, this one in ``before_model`` for questions.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from collections.abc import Callable
from typing import Annotated, Any, Literal

from langchain.agents.middleware.types import (
    AgentMiddleware,
    AgentState,
    OmitFromInput,
    PrivateStateAttr,
    hook_config,
)
from langchain_core.messages import AIMessage, AnyMessage, HumanMessage
from langchain_core.runnables.config import run_in_executor
from langgraph.config import get_config
from typing_extensions import NotRequired

from asksafe.ask import AskStep, check_options, clarification
from asksafe.errors import ConfigError
from asksafe.events import log
from asksafe.feedback import recorder as feedback_recorder
from asksafe.feedback import run_id_of
from asksafe.phrasing import as_phraser
from asksafe.policies import ExploringPolicy, get_policy
from asksafe.types import Assessment, Channel, Policy
from asksafe.visual.flow import images_of_message

CLARIFICATION_NAME = "asksafe"
"""``name`` of the messages this middleware adds, so it never probes its own clarifications."""


class AskSafeState(AgentState[Any]):
    """What the middleware keeps in the agent's state (per thread with a checkpointer)."""

    asksafe_seen: NotRequired[Annotated[list[str], PrivateStateAttr]]  # message keys already probed
    asksafe_asked_keys: NotRequired[Annotated[list[str], PrivateStateAttr]]
    asksafe_questions: NotRequired[Annotated[list[dict], OmitFromInput]]
    asksafe_answers: NotRequired[Annotated[list[dict], OmitFromInput]]
    asksafe_decisions: NotRequired[Annotated[list[dict], OmitFromInput]]
    asksafe_run_id: NotRequired[Annotated[str, PrivateStateAttr]]  # the feedback group without a thread id


def _text(msg: Any) -> str:
    content = getattr(msg, "content", msg)
    if isinstance(content, list):  # content blocks
        return "".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
    return str(content or "")


def _key(msg: Any) -> str:
    if getattr(msg, "id", None):
        return str(msg.id)
    raw = f"{getattr(msg, 'type', '')}\x1f{_text(msg)}"
    return "sha1:" + hashlib.sha1(raw.encode("utf-8", "replace")).hexdigest()[:16]


def _is_ours(msg: Any) -> bool:
    return getattr(msg, "name", None) == CLARIFICATION_NAME


class AskSafeMiddleware(AgentMiddleware[AskSafeState, Any, Any]):
    """Probe the request and each tool result; ask one precise question when a blocker is found.

    - ``channel``: a live channel (anything with ``ask(question, timeout=)``), or
      ``None`` to suspend on an ``interrupt`` (the agent then needs a checkpointer);
    - ``policy``: a preset name or a policy object, as for :func:`asksafe.wrap`;
    - ``probe``: a :class:`~asksafe.probe.Probe` or anything with ``assess_many``
      and ``calibration`` (default: ``Probe.load()``);
    - ``max_questions``: the budget per thread; ``question_timeout`` and
      ``on_timeout`` (``"assume"`` or ``"stop"``) as for ``wrap``;
    - ``feedback``, ``redact``, ``explore``, ``explore_seed``: as for ``wrap``
      (record decisions for ``asksafe learn``; explore near the threshold). In
      suspend mode across processes, give ``explore_seed``: the hook runs again
      on resume and must make the same choice.
    """

    state_schema = AskSafeState

    def __init__(
        self,
        *,
        channel: Channel | None = None,
        policy: str | Policy = "balanced",
        probe: Any = None,
        max_questions: int = 3,
        question_timeout: float | None = None,
        on_timeout: Literal["assume", "stop"] = "assume",
        probe_tool_results: bool = True,
        question_model: Any = None,
        feedback: Any = None,
        redact: Callable[[str], str] | None = None,
        explore: float = 0.0,
        explore_seed: int | str | None = None,
        visual_probe: Any = None,
    ) -> None:
        super().__init__()
        check_options(channel, max_questions, question_timeout, on_timeout, question_model)
        if probe is None:  # the process-wide batched probe: concurrent agents share forward passes
            from asksafe.batching import shared_probe

            probe = shared_probe()
        if not callable(getattr(probe, "assess_many", None)):
            raise ConfigError(f"probe {probe!r} has no assess_many(items) method")
        self.probe = probe
        chosen = get_policy(policy, getattr(probe, "calibration", None))
        if explore:
            chosen = ExploringPolicy(chosen, rate=explore, seed=explore_seed)
        self.step = AskStep(policy=chosen, channel=channel, max_questions=max_questions,
                            question_timeout=question_timeout, on_timeout=on_timeout,
                            phraser=as_phraser(question_model), integration="middleware",
                            recorder=feedback_recorder(feedback, redact))
        self.policy = self.step.policy
        self.channel = channel
        self.max_questions = max_questions
        self.probe_tool_results = probe_tool_results
        self.visual_probe = visual_probe  # built on the first message with an image (asksafe[vision])

    # ------------------------------------------------------------------ the hook
    @hook_config(can_jump_to=["end"])
    def before_model(self, state: AskSafeState, runtime: Any) -> dict[str, Any] | None:  # type: ignore[override]
        update, items = self._new(state)
        state, retake = self._look(state, update)
        if not items or (retake and retake["stop"]):
            return _with_retake(update, retake)
        t0 = time.perf_counter()
        return _with_retake(self._after_probe(state, update, items, self.probe.assess_many(items), t0), retake)

    async def abefore_model(self, state: AskSafeState, runtime: Any) -> dict[str, Any] | None:  # type: ignore[override]
        # the probe is awaited, so a batching probe serves many agents of one event loop together;
        # a live channel blocks, as HumanInTheLoopMiddleware's interrupt does
        update, items = self._new(state)
        state, retake = self._look(state, update)
        if not items or (retake and retake["stop"]):
            return _with_retake(update, retake)
        t0 = time.perf_counter()
        many = getattr(self.probe, "aassess_many", None)
        found = await many(items) if callable(many) else await run_in_executor(None, self.probe.assess_many, items)
        return _with_retake(self._after_probe(state, update, items, found, t0), retake)

    abefore_model.__can_jump_to__ = ["end"]  # type: ignore[attr-defined]

    def _new(self, state: AskSafeState) -> tuple[dict[str, Any] | None, list[dict]]:
        """What is new since the last call: the state update that marks it seen, and its probe items."""
        messages: list[AnyMessage] = list(state["messages"])
        seen = list(state.get("asksafe_seen") or [])
        seen_set = set(seen)
        new = [(i, m) for i, m in enumerate(messages) if _key(m) not in seen_set]
        if not new:
            return None, []
        return {"asksafe_seen": seen + [_key(m) for _, m in new]}, self._items(messages, new)

    def _after_probe(self, state: AskSafeState, update: dict[str, Any], items: list[dict],
                     assessments: list[Assessment], t0: float) -> dict[str, Any]:
        """The rest of the hook, once the probe has spoken: decide, ask, add the clarifications."""
        ms = (time.perf_counter() - t0) * 1000
        run_id = run_id_of(get_config()) or state.get("asksafe_run_id") or uuid.uuid4().hex
        if self.step.recorder is not None and not run_id_of(get_config()):
            update["asksafe_run_id"] = run_id
        for a in assessments:
            log.info("probe", source=a.source, p_blocker=round(a.p_blocker, 4), should_ask=a.should_ask,
                     blockers=[b.key for b in a.blockers], segments=a.segments, latency_ms=round(ms, 2),
                     integration="middleware")

        asked_keys = list(state.get("asksafe_asked_keys") or [])
        questions = list(state.get("asksafe_questions") or [])
        answers = list(state.get("asksafe_answers") or [])
        decisions = list(state.get("asksafe_decisions") or [])
        cands = sorted((b for a in assessments for b in a.blockers if b.key not in asked_keys),
                       key=lambda b: -b.score)
        request = next((it["text"] for it in items if it["source"] == "task"), items[0]["text"])
        clarifications: list[AnyMessage] = []
        stop: str | None = None
        while True:
            if clarifications:  # never ask what an answer already settled
                cands = self.step.unsettled(cands, [_text(m) for m in clarifications])
            speaker = self.step.speaker(assessments, cands)
            decision = self.step.decide(speaker, cands, asked=len(questions))
            item = next((it for it in items if it["source"] == speaker.source), items[-1])
            context = "\n".join(x for x in [item["context"], *(_text(m) for m in clarifications)] if x) or None
            if decision.action != "ask":
                self.step.record(run_id, len(decisions), decision, item["text"], context)
                decisions.append(decision.model_dump(mode="json"))
                break
            blocker = next(b for b in cands if b.key == decision.blocker_key)
            cands = [b for b in cands if b.key != blocker.key]
            # a stable id: the hook runs again when an interrupt resumes, and must rebuild the same question
            q = self.step.question(blocker, request, [_text(m) for m in clarifications], stable=True)
            decision = decision.model_copy(update={"question": q["text"]})
            self.step.record(run_id, len(decisions), decision, item["text"], context, q)
            decisions.append(decision.model_dump(mode="json"))
            questions.append(q)
            asked_keys.append(blocker.key)
            got = self.step.receive(q)
            if got.answer is None:
                fb = self.step.fallback(q, got.why)
                if fb.stop:
                    stop = f"Stopped: no answer to “{q['text']}” ({got.why})."
                    break
                clarifications.append(HumanMessage(content=f"Clarification: {fb.assumption}", name=CLARIFICATION_NAME,
                                                   id=f"asksafe-{q['id']}"))
                continue
            answers.append(got.answer.model_dump(mode="json"))
            if got.answer.text:
                clarifications.append(HumanMessage(content=f"Clarification:\n{clarification(q, got.answer.text)}",
                                                   name=CLARIFICATION_NAME, id=f"asksafe-{q['id']}"))

        update["asksafe_seen"] = update["asksafe_seen"] + [_key(m) for m in clarifications]
        update.update(asksafe_asked_keys=asked_keys, asksafe_questions=questions, asksafe_answers=answers,
                      asksafe_decisions=decisions)
        if clarifications:
            update["messages"] = clarifications
        if stop is not None:
            stopped = AIMessage(content=stop, name=CLARIFICATION_NAME, id=f"asksafe-stop-{questions[-1]['id']}")
            update["messages"] = [*clarifications, stopped]
            update["asksafe_seen"] = update["asksafe_seen"] + [_key(stopped)]
            update["jump_to"] = "end"
        return update

    # ------------------------------------------------------------------ images
    def _look(self, state: AskSafeState, update: dict[str, Any] | None) -> tuple[Any, dict[str, Any] | None]:
        """The visual probe on a new human message's image blocks; a retake question when one fails.

        Returns the state the text probe should see (questions so far) and what to add to the update.
        """
        if not update:
            return state, None
        from asksafe.visual.flow import looks_at_messages

        seen = set(state.get("asksafe_seen") or [])
        got = looks_at_messages(self, [m for m in state["messages"] if _key(m) not in seen and not _is_ours(m)],
                                state)
        if got is None:
            return state, None
        view = {**state, "asksafe_questions": [*(state.get("asksafe_questions") or []), *got["questions"]],
                "asksafe_asked_keys": [*(state.get("asksafe_asked_keys") or []), *got["asked_keys"]],
                "asksafe_answers": [*(state.get("asksafe_answers") or []), *got["answers"]],
                "asksafe_decisions": [*(state.get("asksafe_decisions") or []), *got["decisions"]]}
        messages = []
        if got["content"]:
            messages.append(HumanMessage(content=got["content"], name=CLARIFICATION_NAME, id=f"asksafe-{got['id']}"))
        if got["stop"]:
            messages.append(AIMessage(content=got["stop"], name=CLARIFICATION_NAME, id=f"asksafe-stop-{got['id']}"))
        update["asksafe_seen"] = update["asksafe_seen"] + [_key(m) for m in messages]
        for k in ("asksafe_questions", "asksafe_asked_keys", "asksafe_answers", "asksafe_decisions"):
            update[k] = view[k]
        return view, {"messages": messages, "stop": bool(got["stop"])}

    # ------------------------------------------------------------------ helpers
    def _items(self, messages: list[AnyMessage], new: list[tuple[int, AnyMessage]]) -> list[dict]:
        """Probe items for the new messages: a human request as the task, a tool result as an observation."""
        items: list[dict] = []
        for i, m in new:
            if _is_ours(m) or not _text(m).strip():
                continue
            earlier = messages[:i]
            if m.type == "human":
                if images_of_message(m):
                    continue  # a request about a picture: the visual probe speaks for it (see asksafe.graph)
                notes = [_text(x) for x in earlier if x.type == "human"]
                items.append({"text": _text(m), "context": "\n".join(notes) or None, "source": "task"})
            elif m.type == "tool" and self.probe_tool_results:
                request = next((_text(x) for x in reversed(earlier) if x.type == "human" and not _is_ours(x)), "")
                notes = [_text(x) for x in earlier if x.type == "human" and _is_ours(x)]
                items.append({"text": _text(m), "context": "\n".join([request, *notes]) or None,
                              "source": f"observation:{i}"})
        return items


def _with_retake(update: dict[str, Any] | None, retake: dict[str, Any] | None) -> dict[str, Any] | None:
    """The hook's update with the retake (its clarification message, or the stop) in front."""
    if not retake or update is None:
        return update
    update["messages"] = [*retake["messages"], *update.get("messages", [])]
    if retake["stop"]:
        update["messages"] = retake["messages"]
        update["jump_to"] = "end"
    return update
