"""Turn whatever agent a user has into one call: ``(task, context) -> AgentResult``.

``wrap`` picks the adapter by the agent's kind:

- a function or async function ``(task, context) -> result`` (with an ``images``
  parameter it also gets the run's pictures as RGB arrays); it may return an
  :class:`~asksafe.types.AgentResult` (or a dict with ``result`` and
  ``observations``) to report what it observed along the way;
- a LangGraph compiled graph (its input gets ``messages`` when it has them,
  otherwise ``task`` and ``context``);
- a LangChain ``Runnable`` (a chat model, a chain): invoked with one prompt.

>>> step = as_agent(lambda task, context: task.upper())
>>> step("hi", []).result
'HI'
"""

from __future__ import annotations

import asyncio
import inspect
import threading
from typing import Any

from asksafe.types import AgentResult, AgentStep


def render_prompt(task: str, context: list[str]) -> str:
    """The task with everything learned so far, as one prompt."""
    if not context:
        return task
    notes = "\n".join(f"- {c}" for c in context)
    return f"{task}\n\nClarifications and observations:\n{notes}"


def _coerce(out: Any) -> AgentResult:
    if isinstance(out, AgentResult):
        return out
    if isinstance(out, dict) and "result" in out and set(out) <= {"result", "observations"}:
        return AgentResult(result=out["result"], observations=[str(o) for o in out.get("observations") or []])
    return AgentResult(result=out)


def _run_coroutine(coro: Any) -> Any:
    """Run a coroutine from sync code, even when this thread already has a loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = asyncio.run(coro)
        except BaseException as exc:  # re-raised in the caller's thread
            box["error"] = exc

    t = threading.Thread(target=target, daemon=True)
    t.start()
    t.join()
    if "error" in box:
        raise box["error"]
    return box["value"]


def _message_text(msg: Any) -> Any:
    content = getattr(msg, "content", msg)
    if isinstance(content, list):  # content blocks
        return "".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
    return content


def _takes_images(fn: Any) -> bool:
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return "images" in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())


def _user_message(prompt: str, images: list[str] | None) -> Any:
    """The prompt as a user message, with the run's images as standard image content blocks."""
    if not images:
        return ("user", prompt)
    from langchain_core.messages import HumanMessage

    from asksafe.visual.flow import image_blocks

    return HumanMessage(content=[{"type": "text", "text": prompt}, *image_blocks(images)])


def _graph_agent(graph: Any) -> AgentStep:
    channels = set(getattr(graph, "input_channels", None) or [])
    if isinstance(getattr(graph, "input_channels", None), str):
        channels = {graph.input_channels}
    has_messages = "messages" in channels or "messages" in getattr(graph, "channels", {})

    def step(task: str, context: list[str], images: list[str] | None = None) -> AgentResult:
        if has_messages:
            out = graph.invoke({"messages": [_user_message(render_prompt(task, context), images)]})
            msgs = out.get("messages") or []
            observations = [str(_message_text(m)) for m in msgs if getattr(m, "type", "") == "tool"]
            return AgentResult(result=_message_text(msgs[-1]) if msgs else out, observations=observations)
        out = graph.invoke({"task": task, "context": context, **({"images": images} if images else {})})
        if isinstance(out, dict) and "result" in out:
            return AgentResult(result=out["result"], observations=[str(o) for o in out.get("observations") or []])
        return AgentResult(result=out)

    return step


def _runnable_agent(runnable: Any) -> AgentStep:
    def step(task: str, context: list[str], images: list[str] | None = None) -> AgentResult:
        prompt = render_prompt(task, context)
        return _coerce(_message_text(runnable.invoke([_user_message(prompt, images)] if images else prompt)))

    return step


def as_agent(agent: Any) -> AgentStep:
    """The adapter ``wrap`` uses for ``agent``; raises TypeError for anything else."""
    from langchain_core.runnables import Runnable
    from langgraph.pregel import Pregel

    if isinstance(agent, Pregel):
        return _graph_agent(agent)
    if isinstance(agent, Runnable):
        return _runnable_agent(agent)
    if callable(agent):
        is_async = inspect.iscoroutinefunction(agent) or inspect.iscoroutinefunction(getattr(agent, "__call__", None))
        takes_images = _takes_images(agent)

        def step(task: str, context: list[str], images: list[str] | None = None) -> AgentResult:
            if images and takes_images:  # RGB arrays, after any retake replaced the picture
                from asksafe.visual.flow import decode_images

                out = agent(task, list(context), images=decode_images(images))
            else:
                out = agent(task, list(context))
            if is_async or inspect.isawaitable(out):
                out = _run_coroutine(out)
            return _coerce(out)

        return step
    raise TypeError(
        f"cannot wrap {type(agent).__name__}: pass a function (task, context) -> result, "
        "a LangGraph compiled graph or a LangChain Runnable"
    )
