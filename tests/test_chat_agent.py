"""chat_agent: any LangChain chat model as a tool-using agent that ``asksafe.wrap`` accepts."""

from __future__ import annotations

import sys
import types

import pytest
from langchain_core.messages import AIMessage, ToolMessage
from langchain_core.tools import tool

import asksafe
from asksafe.bench.agents import bench_factory
from asksafe.chat_agent import chat_agent
from asksafe.chat_models import ScriptedChatModel, load_factory
from asksafe.errors import ConfigError
from asksafe.types import AgentResult, Answer, Assessment, DetectedBlocker, Span

SCHEMA = "orders(id int, amount_gross numeric, amount_net numeric, created_at date)"


@tool
def read_schema() -> str:
    """Read the database schema."""
    return SCHEMA


def sql_writer(messages) -> AIMessage | str:
    """A scripted model: read the schema first, then answer with what the conversation says."""
    if not any(isinstance(m, ToolMessage) or "Output of read_schema" in str(m.content) for m in messages):
        return AIMessage("", tool_calls=[{"name": "read_schema", "args": {}, "id": "c1"}])
    net = any("amount_net." in str(m.content) for m in messages)
    return f"SELECT sum({'amount_net' if net else 'amount_gross'}) FROM orders"


class WordProbe:
    """Flags 'amount_gross' wherever it appears (the real probe is tested elsewhere)."""

    calibration = {"thresholds": {"cautious": 0.3, "balanced": 0.5, "autonomous": 0.8}}

    def assess_many(self, items):
        out = []
        for it in items:
            text = it["text"] if isinstance(it, dict) else it
            hit = "amount_gross" in text
            blockers = [DetectedBlocker(key="ambiguous:amount", type="ambiguous", score=0.9,
                                        question="Should the total use amount_gross or amount_net?",
                                        span=Span(start=0, end=5, text=text[:5], source=it.get("source", "task")))
                        ] if hit else []
            out.append(Assessment(p_blocker=0.9 if hit else 0.05, should_ask=hit, blockers=blockers,
                                  source=it.get("source", "task")))
        return out


class Recorder:
    name = "recorder"

    def __init__(self, reply: str) -> None:
        self.reply, self.questions = reply, []

    def ask(self, question, *, timeout=None):
        self.questions.append(question.text)
        return Answer(question_id=question.id, text=self.reply, channel=self.name)


def test_native_tool_calls_become_observations():
    agent = chat_agent(ScriptedChatModel(script=[sql_writer]), tools=[read_schema])
    out = agent("Total revenue", [])
    assert isinstance(out, AgentResult) and agent.mode == "native"
    assert out.observations == [SCHEMA] and out.result == "SELECT sum(amount_gross) FROM orders"


def test_models_without_tool_calling_use_the_text_protocol():
    model = ScriptedChatModel(script=['CALL read_schema {}', sql_writer])
    agent = chat_agent(model, tools=[read_schema], tool_mode="text")
    out = agent("Total revenue", ["Use amount_net."])
    assert out.observations == [SCHEMA] and out.result == "SELECT sum(amount_net) FROM orders"
    assert "CALL <tool name>" in model.seen[0][0].content  # the tools are described in the system prompt


def test_wrap_probes_tool_outputs_and_reruns_with_the_answer():
    human = Recorder("Use amount_net.")
    graph = asksafe.wrap(chat_agent(ScriptedChatModel(script=[sql_writer]), tools=[read_schema]),
                         channel=human, probe=WordProbe())
    out = graph.invoke({"task": "Total revenue per month"}, {"configurable": {"thread_id": "t"}})
    assert human.questions == ["Should the total use amount_gross or amount_net?"]
    assert out["result"] == "SELECT sum(amount_net) FROM orders" and out["observations"] == [SCHEMA]


def test_load_factory_names_a_model_on_the_command_line(monkeypatch):
    model = ScriptedChatModel(script=["hi"])
    monkeypatch.setitem(sys.modules, "my_models", types.SimpleNamespace(model=model, make=lambda: model))
    assert load_factory("my_models:model")() is model
    assert load_factory("my_models:make")() is model
    assert callable(load_factory("smollm2"))  # nothing loads until it is called
    with pytest.raises(ConfigError):
        load_factory("no-colon")
    with pytest.raises(ConfigError):
        load_factory("no_such_module_xyz:thing")()


def test_bench_factory_reads_the_task_observations_first():
    from asksafe.bench.tasks import load_suite

    task = next(t for t in load_suite() if t.observations)
    agent = bench_factory(ScriptedChatModel(script=["answer"]))(task)
    out = agent(task.task, [])
    assert out.observations == ["\n".join(task.observations)] and out.result == "answer"


def test_bad_arguments_are_named():
    with pytest.raises(ConfigError):
        chat_agent("gpt-4o")
    with pytest.raises(ConfigError):
        chat_agent(ScriptedChatModel(script=["x"]), tools=[read_schema], tool_mode="sometimes")


@pytest.fixture(scope="session")
def smollm2():
    from asksafe.local_llm import LocalLLM, SmolLM2Chat

    LocalLLM.shared()  # load once per test session
    return SmolLM2Chat(max_new_tokens=8)


@pytest.mark.slow
def test_smollm2_chat_as_a_wrapped_agent(smollm2):
    agent = chat_agent(smollm2, tools=[read_schema])  # no native tool calling: the text protocol
    assert agent.mode == "text"
    graph = asksafe.wrap(agent, channel=Recorder("-"), policy="never", probe=WordProbe())
    out = graph.invoke({"task": "Say hello."}, {"configurable": {"thread_id": "s"}})
    assert isinstance(out["result"], str) and out["status"] == "done"
    assert agent.last_logprobs and all(lp <= 0.0 for lp in agent.last_logprobs)
