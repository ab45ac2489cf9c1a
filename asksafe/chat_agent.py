"""A minimal tool-using agent from any LangChain chat model, ready for :func:`asksafe.wrap`.

>>> from asksafe.chat_agent import chat_agent
>>> agent = chat_agent(model, tools=[read_schema])      # model: any LangChain chat model
>>> out = agent("Total revenue per month", [])           # (task, context) -> AgentResult
>>> out.result, out.observations                         # final text, every tool output
>>> graph = asksafe.wrap(agent, channel=CLIChannel())

Models with native tool calling (``bind_tools``) use it; models without it
(the local SmolLM2) get the tools described in the prompt and call them with a
line ``CALL <tool> {json args}``. Tool outputs are reported as observations, so
the wrapper probes them for blockers found while exploring.

Naming a model on the command line is :mod:`asksafe.chat_models`; the benchmark's agents
are :mod:`asksafe.bench.agents`.
"""

from __future__ import annotations

import importlib
import json
import re
import threading
from collections.abc import Sequence
from typing import Any, Literal

from asksafe.agents import render_prompt
from asksafe.errors import AgentError, ConfigError
from asksafe.events import log
from asksafe.types import AgentResult

MAX_STEPS = 6
_CALL = re.compile(r"^\s*CALL\s+([A-Za-z_][\w\-]*)\s*(\{.*\})?\s*$", re.MULTILINE)


def _text(msg: Any) -> str:
    content = getattr(msg, "content", msg)
    if isinstance(content, list):
        return "".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
    return str(content or "")


def _as_tools(tools: Sequence[Any]) -> list[Any]:
    from langchain_core.tools import BaseTool, tool

    out = []
    for t in tools:
        if isinstance(t, BaseTool):
            out.append(t)
        elif callable(t):
            out.append(tool(t))  # a plain function with a docstring
        else:
            raise ConfigError(f"tools must be LangChain tools or functions with docstrings, got {type(t).__name__}")
    names = [t.name for t in out]
    if len(names) != len(set(names)):
        raise ConfigError(f"tool names must be unique, got {names}")
    return out


def _text_protocol(tools: list[Any]) -> str:
    lines = ["You can use these tools. To call one, reply with exactly one line:",
             'CALL <tool name> {"arg": "value"}',
             "and nothing else; you will get its output. When you are done, reply with your final answer.",
             "Tools:"]
    for t in tools:
        args = ", ".join(sorted((t.args or {}).keys()))
        lines.append(f"- {t.name}({args}): {t.description.strip().splitlines()[0] if t.description else ''}")
    return "\n".join(lines)


class ChatAgent:
    """``(task, context) -> AgentResult``: the chat model answers, calling tools as it goes.

    ``tool_mode``: ``"auto"`` (native when the model has ``bind_tools``, else
    text), ``"native"``, ``"text"`` or ``"none"``. ``last_logprobs`` holds the
    token logprobs of the model's last reply when it reports them
    (``response_metadata["logprobs"]``), e.g. for :mod:`asksafe.signals`.
    """

    def __init__(self, model: Any, tools: Sequence[Any] = (), *, system: str | None = None,
                 max_steps: int = MAX_STEPS, tool_mode: Literal["auto", "native", "text", "none"] = "auto",
                 prefetch: Sequence[str] = ()) -> None:
        from langchain_core.language_models import BaseChatModel
        from langchain_core.runnables import Runnable

        if not isinstance(model, BaseChatModel | Runnable):
            raise ConfigError(f"model must be a LangChain chat model, got {type(model).__name__}")
        if tool_mode not in ("auto", "native", "text", "none"):
            raise ConfigError(f"tool_mode must be auto, native, text or none; got {tool_mode!r}")
        if not isinstance(max_steps, int) or max_steps < 1:
            raise ConfigError(f"max_steps must be a positive int, got {max_steps!r}")
        self.model = model
        self.tools = _as_tools(tools)
        self.by_name = {t.name: t for t in self.tools}
        unknown = [p for p in prefetch if p not in self.by_name]
        if unknown:
            raise ConfigError(f"prefetch names tools that are not given: {unknown}")
        self.prefetch = list(prefetch)
        self.system = system
        self.max_steps = max_steps
        self.mode = "none" if not self.tools else tool_mode
        self.bound: Any = model
        if self.mode in ("auto", "native"):
            try:
                self.bound = model.bind_tools(self.tools)
                self.mode = "native"
            except NotImplementedError:
                if self.mode == "native":
                    raise ConfigError(f"{type(model).__name__} has no native tool calling; use tool_mode='text'")
                self.mode = "text"
        self.last_logprobs: list[float] | None = None
        self._local = threading.local()

    def _run_tool(self, name: str, args: Any) -> str:
        tool = self.by_name.get(name)
        if tool is None:
            return f"error: no tool named {name!r}; tools: {', '.join(self.by_name)}"
        try:
            return str(tool.invoke(args if isinstance(args, dict) else {}))
        except Exception as exc:  # a tool's failure is an observation the model can react to
            return f"error: {type(exc).__name__}: {exc}"

    def __call__(self, task: str, context: list[str]) -> AgentResult:
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage

        observations: list[str] = []
        system = self.system or ""
        if self.mode == "text":
            system = f"{system}\n\n{_text_protocol(self.tools)}".strip()
        messages: list[Any] = [SystemMessage(system)] if system else []
        prompt = render_prompt(task, context)
        for name in self.prefetch:  # tools the agent always runs first (e.g. read the schema)
            out = self._run_tool(name, {})
            observations.append(out)
            prompt += f"\n\nOutput of {name}:\n{out}"
        messages.append(HumanMessage(prompt))
        reply: Any = None
        for step in range(self.max_steps):
            try:
                reply = self.bound.invoke(messages)
            except Exception as exc:
                raise AgentError(f"the chat model raised {type(exc).__name__}: {exc}") from exc
            if not isinstance(reply, AIMessage):
                reply = AIMessage(content=_text(reply))
            self.last_logprobs = (getattr(reply, "response_metadata", None) or {}).get("logprobs")
            messages.append(reply)
            calls: list[tuple[str, Any, str | None]] = []
            if self.mode == "native":
                calls = [(c["name"], c.get("args") or {}, c.get("id")) for c in reply.tool_calls]
            elif self.mode == "text":
                calls = [(m.group(1), _json_args(m.group(2)), None) for m in _CALL.finditer(_text(reply))][:1]
            if not calls or step == self.max_steps - 1:
                break
            for name, args, call_id in calls:
                out = self._run_tool(name, args)
                observations.append(out)
                log.info("agent_tool", tool=name, chars=len(out), mode=self.mode)
                if self.mode == "native":
                    messages.append(ToolMessage(content=out, tool_call_id=call_id or name, name=name))
                else:
                    messages.append(HumanMessage(f"Output of {name}:\n{out}"))
        result = _text(reply) if reply is not None else ""
        return AgentResult(result=result, observations=observations)


def _json_args(raw: str | None) -> dict:
    if not raw:
        return {}
    try:
        val = json.loads(raw)
    except json.JSONDecodeError:
        return {}
    return val if isinstance(val, dict) else {}


def chat_agent(model: Any, tools: Sequence[Any] = (), **kwargs: Any) -> ChatAgent:
    """A tool-using agent from a LangChain chat model; see :class:`ChatAgent` for the options.

    >>> graph = asksafe.wrap(chat_agent(SmolLM2Chat(max_new_tokens=64)), channel=CLIChannel())
    """
    return ChatAgent(model, tools, **kwargs)


_MOVED = {
    # naming a chat model, and the scripted one for tests and examples: asksafe.chat_models
    "load_factory": "asksafe.chat_models", "load_chat_model": "asksafe.chat_models",
    "ScriptedChatModel": "asksafe.chat_models",
    # agents for the benchmark: asksafe.bench.agents
    "bench_factory": "asksafe.bench.agents", "smollm2_agent": "asksafe.bench.agents",
    "from_env": "asksafe.bench.agents",
}


def __getattr__(name: str) -> Any:
    # the names this module used to hold, kept so `--agent asksafe.chat_agent:smollm2_agent` and old imports work
    if name in _MOVED:
        return getattr(importlib.import_module(_MOVED[name]), name)
    raise AttributeError(f"module 'asksafe.chat_agent' has no attribute {name!r}")
