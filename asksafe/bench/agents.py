"""Agents for the acceptance suite: the deterministic reference solver, a factory named on the command
line (``asksafe bench --agent module:callable``), and chat-model agents
(``asksafe bench --agent asksafe.bench.agents:smollm2_agent``).

>>> agent = reference_agent(task)          # (task text, context) -> AgentResult
>>> factory = bench_factory(model)         # (bench task) -> agent, for run_bench / `asksafe bench --agent`
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from asksafe.errors import ConfigError
from asksafe.types import AgentResult

if TYPE_CHECKING:
    from asksafe.bench.tasks import Task
    from asksafe.chat_agent import ChatAgent

__all__ = ["AgentFactory", "AgentFn", "bench_factory", "from_env", "load_agent_factory", "reference_agent",
           "smollm2_agent"]

AgentFn = Callable[[str, list[str]], Any]
AgentFactory = Callable[["Task"], AgentFn]


def reference_agent(task: Task) -> Callable[[str, list[str]], AgentResult]:
    """The deterministic reference solver as an agent: it uses the resolutions found in its context.

    >>> agent = reference_agent(task)
    >>> agent(task.task, [b.resolution for b in task.blockers]).result == task.reference_solution(
    ...     {b.id for b in task.blockers})
    True
    """

    def agent(task_text: str, context: list[str]) -> AgentResult:
        # exploring shows the task's observations; the graph probes each one once
        return AgentResult(result=task.reference_solution(task.resolved_in(context)),
                           observations=list(task.observations))

    agent.__name__ = f"reference_agent_{task.id}"
    return agent


def load_agent_factory(spec: str | None) -> AgentFactory:
    """``"module:callable"`` -> a factory ``(task) -> agent``; None gives :func:`reference_agent`."""
    if not spec:
        return reference_agent
    if ":" not in spec:
        raise ConfigError(f"--agent must look like 'module:callable', got {spec!r}")
    mod_name, attr = spec.split(":", 1)
    try:
        obj = getattr(importlib.import_module(mod_name), attr)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"cannot load agent factory {spec!r}: {exc}") from exc
    if not callable(obj):
        raise ConfigError(f"agent factory {spec!r} is not callable")
    return obj




def bench_factory(model: Any, *, system: str | None = None, max_steps: int = 3) -> Callable[[Any], ChatAgent]:
    """``(bench task) -> agent`` for ``run_suite`` / ``run_bench``: the model with one tool per task.

    The tool, ``inspect_task``, returns what exploring the task shows (its
    schema, files); the agent runs it first so the wrapper can probe it.
    """
    from langchain_core.tools import StructuredTool

    from asksafe.chat_agent import ChatAgent

    def factory(task: Any) -> ChatAgent:
        observations = list(getattr(task, "observations", []) or [])
        if not observations:
            return ChatAgent(model, (), system=system, max_steps=max_steps)

        def inspect_task() -> str:
            return "\n".join(observations)

        tool = StructuredTool.from_function(inspect_task, name="inspect_task",
                                            description="Show the schema, files or data this task is about.")
        return ChatAgent(model, [tool], system=system, max_steps=max_steps, prefetch=["inspect_task"])

    return factory


def smollm2_agent(task: Any) -> ChatAgent:
    """``asksafe bench --agent asksafe.bench.agents:smollm2_agent``: the local model as a chat agent."""
    from asksafe.local_llm import SmolLM2Chat  # type: ignore[attr-defined]

    return bench_factory(SmolLM2Chat(max_new_tokens=int(os.environ.get("ASKSAFE_MAX_NEW_TOKENS", "160"))))(task)


def from_env(task: Any) -> ChatAgent:
    """``ASKSAFE_MODEL=module:factory asksafe bench --agent asksafe.bench.agents:from_env``."""
    spec = os.environ.get("ASKSAFE_MODEL")
    if not spec:
        raise ConfigError("set ASKSAFE_MODEL to 'module:factory', 'provider:model' or 'smollm2'")
    from asksafe.chat_models import _cached_model

    return bench_factory(_cached_model(spec))(task)
