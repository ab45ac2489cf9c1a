"""AskSafeMiddleware in ``create_agent``: ask before the first model call and after tool results."""

from __future__ import annotations

import os

import pytest
from langchain.agents import create_agent
from langchain.agents.middleware import HumanInTheLoopMiddleware
from langchain_core.messages import AIMessage
from langchain_core.tools import tool
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command

import asksafe
from asksafe.adapters import AskSafeMiddleware
from asksafe.chat_models import ScriptedChatModel
from asksafe.errors import ConfigError
from asksafe.types import Answer, Assessment, DetectedBlocker, Span

CAL = {"thresholds": {"cautious": 0.3, "balanced": 0.5, "autonomous": 0.8}}


class StubProbe:
    """Flags a blocker wherever one of its trigger words appears (the real probe is tested elsewhere)."""

    calibration = CAL

    def __init__(self, triggers: dict[str, str]) -> None:
        self.triggers = triggers  # word -> question
        self.seen: list[dict] = []

    def assess_many(self, items: list[dict]) -> list[Assessment]:
        out = []
        for it in items:
            self.seen.append(it)
            text = it["text"]
            blockers = [DetectedBlocker(key=f"ambiguous:{w}", type="ambiguous", score=0.9, question=q,
                                        span=Span(start=text.index(w), end=text.index(w) + len(w), text=w,
                                                  source=it["source"]))
                        for w, q in self.triggers.items() if w in text]
            p = 0.9 if blockers else 0.05
            out.append(Assessment(p_blocker=p, should_ask=bool(blockers), blockers=blockers,
                                  questions=[b.question for b in blockers], source=it["source"]))
        return out


@tool
def read_schema() -> str:
    """Read the database schema."""
    return "orders(id int, amount_gross numeric, amount_net numeric, created_at date)"


@tool
def run_sql(query: str) -> str:
    """Run a SQL query and return the rows."""
    return "3 rows"


def _schema_then_sql_then_answer() -> ScriptedChatModel:
    return ScriptedChatModel(script=[
        AIMessage("", tool_calls=[{"name": "read_schema", "args": {}, "id": "c1"}]),
        AIMessage("", tool_calls=[{"name": "run_sql", "args": {"query": "SELECT 1"}, "id": "c2"}]),
        "Here is the monthly total.",
    ])


def _config(thread: str = "t1") -> dict:
    return {"configurable": {"thread_id": thread}}


class Recorder:
    name = "recorder"

    def __init__(self, reply: str = "Net revenue.") -> None:
        self.reply = reply
        self.questions: list[str] = []

    def ask(self, question, *, timeout=None) -> Answer:
        self.questions.append(question.text)
        return Answer(question_id=question.id, text=self.reply, channel=self.name)


def test_interrupts_with_the_question_then_resumes_with_the_answer_in_the_conversation():
    probe = StubProbe({"revenue": "Does 'revenue' mean gross or net?"})
    model = ScriptedChatModel(script=["SELECT sum(amount_net) ..."])
    agent = create_agent(model, tools=[], checkpointer=InMemorySaver(), middleware=[AskSafeMiddleware(probe=probe)])

    out = agent.invoke({"messages": [("user", "Total revenue per month")]}, _config())
    question = out["__interrupt__"][0].value["question"]
    assert question["text"] == "Does 'revenue' mean gross or net?" and model.calls == 0

    out = agent.invoke(Command(resume="Net revenue."), _config())
    assert "__interrupt__" not in out
    assert out["messages"][-1].content == "SELECT sum(amount_net) ..."
    clarification = out["messages"][1]
    assert clarification.type == "human" and clarification.name == "asksafe"
    assert "Does 'revenue' mean gross or net?" in clarification.content and "Net revenue." in clarification.content
    assert "Net revenue." in model.seen[0][-1].content  # the model saw the answer
    assert [q["text"] for q in out["asksafe_questions"]] == [question["text"]]


def test_a_live_channel_answers_without_suspending():
    human = Recorder()
    probe = StubProbe({"revenue": "Does 'revenue' mean gross or net?"})
    agent = create_agent(ScriptedChatModel(script=["done"]), tools=[],
                         middleware=[AskSafeMiddleware(probe=probe, channel=human)])
    out = agent.invoke({"messages": [("user", "Total revenue per month")]})
    assert human.questions == ["Does 'revenue' mean gross or net?"]
    assert out["asksafe_answers"][0]["text"] == "Net revenue."


def test_tool_results_are_probed_with_the_request_as_context():
    human = Recorder("Use amount_net.")
    probe = StubProbe({"amount_gross": "Should the total use `amount_gross` or `amount_net`?"})
    agent = create_agent(_schema_then_sql_then_answer(), tools=[read_schema, run_sql],
                         middleware=[AskSafeMiddleware(probe=probe, channel=human)])
    out = agent.invoke({"messages": [("user", "Total per month")]})
    assert human.questions == ["Should the total use `amount_gross` or `amount_net`?"]
    observation = next(i for i in probe.seen if i["source"].startswith("observation:"))
    assert observation["context"].startswith("Total per month") and "amount_gross" in observation["text"]
    kinds = [(m.type, getattr(m, "name", None)) for m in out["messages"]]
    # the clarification comes right after the schema, before the model's next call
    assert kinds.index(("human", "asksafe")) == kinds.index(("tool", "read_schema")) + 1
    assert not any(i["text"].startswith("Clarification") for i in probe.seen)  # never probes its own messages


def test_one_budget_per_thread_and_no_blocker_asked_twice():
    human = Recorder("5")
    probe = StubProbe({"top": "How many items is 'top'?", "best": "Is a higher score better?"})
    agent = create_agent(ScriptedChatModel(script=["ok"]), tools=[], checkpointer=InMemorySaver(),
                         middleware=[AskSafeMiddleware(probe=probe, channel=human, max_questions=2)])
    agent.invoke({"messages": [("user", "Return the top items")]}, _config("a"))
    agent.invoke({"messages": [("user", "Again: the top items, and the best ones")]}, _config("a"))
    agent.invoke({"messages": [("user", "And the best of the best")]}, _config("a"))
    assert human.questions == ["How many items is 'top'?", "Is a higher score better?"]  # budget 2, spent
    agent.invoke({"messages": [("user", "Return the top items")]}, _config("b"))  # a new thread, a new budget
    assert human.questions[-1] == "How many items is 'top'?"


def test_composes_with_human_in_the_loop_tool_approvals():
    probe = StubProbe({"revenue": "Does 'revenue' mean gross or net?",
                       "amount_gross": "Should the total use `amount_gross` or `amount_net`?"})
    agent = create_agent(_schema_then_sql_then_answer(), tools=[read_schema, run_sql], checkpointer=InMemorySaver(),
                         middleware=[AskSafeMiddleware(probe=probe, max_questions=3),
                                     HumanInTheLoopMiddleware(interrupt_on={"run_sql": True})])
    seen: list[str] = []
    out = agent.invoke({"messages": [("user", "Total revenue per month")]}, _config())
    for _ in range(6):
        if not out.get("__interrupt__"):
            break
        value = out["__interrupt__"][0].value
        if "question" in value:
            seen.append("question: " + value["question"]["text"])
            out = agent.invoke(Command(resume="Net; use amount_net."), _config())
        else:
            seen.append("approve: " + value["action_requests"][0]["name"])
            out = agent.invoke(Command(resume={"decisions": [{"type": "approve"}]}), _config())
    assert seen == ["question: Does 'revenue' mean gross or net?",
                    "question: Should the total use `amount_gross` or `amount_net`?",
                    "approve: run_sql"]
    assert out["messages"][-1].content == "Here is the monthly total."
    assert [m.content for m in out["messages"] if m.type == "tool"] == [read_schema.invoke({}), "3 rows"]


def test_timeout_can_stop_the_run_or_proceed_on_an_assumption():
    probe = StubProbe({"revenue": "Does 'revenue' mean gross or net?"})
    model = ScriptedChatModel(script=["done"])
    stopper = create_agent(model, tools=[], checkpointer=InMemorySaver(),
                           middleware=[AskSafeMiddleware(probe=probe, on_timeout="stop")])
    stopper.invoke({"messages": [("user", "Total revenue")]}, _config())
    out = stopper.invoke(Command(resume=asksafe.TIMEOUT), _config())
    assert out["messages"][-1].content.startswith("Stopped: no answer") and model.calls == 0

    assumer = create_agent(model, tools=[], checkpointer=InMemorySaver(),
                           middleware=[AskSafeMiddleware(probe=probe)])
    assumer.invoke({"messages": [("user", "Total revenue")]}, _config())
    out = assumer.invoke(Command(resume=asksafe.TIMEOUT), _config())
    assert "assumption" in out["messages"][1].content and out["messages"][-1].content == "done"


def test_bad_configuration_is_named():
    probe = StubProbe({})
    with pytest.raises(ConfigError):
        AskSafeMiddleware(probe=probe, max_questions=-1)
    with pytest.raises(ConfigError):
        AskSafeMiddleware(probe=probe, channel=object())
    with pytest.raises(ConfigError):
        AskSafeMiddleware(probe=probe, policy="bold")


@pytest.fixture(scope="module")
def real_probe():
    from asksafe.probe import Probe

    return Probe.load(os.environ.get("ASKSAFE_TEST_PROBE") or None)  # the shipped probe


def test_with_the_shipped_probe(real_probe):
    human = Recorder("Return the 5 largest, ties by input order.")
    asking = create_agent(ScriptedChatModel(script=["def top(xs): ..."]), tools=[],
                          middleware=[AskSafeMiddleware(probe=real_probe, channel=human, policy="always",
                                                        max_questions=1)])
    out = asking.invoke({"messages": [("user", "Write a function that returns the top items of a list")]})
    assert len(human.questions) == 1 and human.questions[0].endswith("?")
    assert out["asksafe_decisions"][0]["action"] == "ask"

    silent = create_agent(ScriptedChatModel(script=["def top(xs): ..."]), tools=[],
                          middleware=[AskSafeMiddleware(probe=real_probe, channel=Recorder(), policy="never")])
    out = silent.invoke({"messages": [("user", "Write a function that returns the top items of a list")]})
    assert out["asksafe_questions"] == [] and out["messages"][-1].content == "def top(xs): ..."


def test_async_agents_await_the_probe_together():
    """Under ainvoke the middleware awaits ``aassess_many``: many agents in one event loop reach the probe at once."""
    import asyncio

    n = 6

    class Gathering(StubProbe):
        def __init__(self):
            super().__init__({"revenue": "Does 'revenue' mean gross or net?"})
            self.waiting = 0
            self.peak = 0

        async def aassess_many(self, items):
            self.waiting += 1
            self.peak = max(self.peak, self.waiting)
            for _ in range(200):  # wait (up to 2 s) until every agent is inside the probe
                if self.peak >= n:
                    break
                await asyncio.sleep(0.01)
            self.waiting -= 1
            return self.assess_many(items)

    probe = Gathering()
    human = Recorder()
    middleware = AskSafeMiddleware(probe=probe, channel=human)
    agents = [create_agent(ScriptedChatModel(script=["done"]), tools=[], middleware=[middleware]) for _ in range(n)]

    async def main():
        return await asyncio.gather(*(a.ainvoke({"messages": [("user", f"Total revenue, report {k}")]})
                                      for k, a in enumerate(agents)))

    outs = asyncio.run(main())
    assert probe.peak == n
    assert all(o["asksafe_answers"][0]["text"] == "Net revenue." for o in outs)
    assert human.questions == ["Does 'revenue' mean gross or net?"] * n
