"""asksafe.wrap end to end: the graph asks before acting, and only then."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
import time

import pytest
from langchain_core.runnables import RunnableLambda
from langgraph.graph import END, START, StateGraph
from langgraph.types import Command
from typing_extensions import TypedDict

import asksafe
from asksafe import AgentResult, Answer, Blocker
from asksafe.adapters import CLIChannel
from asksafe.errors import AgentError, ChannelError, ConfigError, InvalidTaskError

SCHEMA = "CREATE TABLE orders (id INTEGER, customer_id INTEGER, revenue_gross REAL, revenue_net REAL, created_at TEXT)"
REVENUE_TASK = "For each customer_id, return the sum of revenue over all their orders."
REVENUE = Blocker(id="revenue", type="ambiguous", description="'revenue' may be gross or net revenue",
                  resolution="Use net revenue: the revenue_net column.",
                  example_questions=["Does revenue mean gross or net?", "Should I use revenue_gross or revenue_net?",
                                     "Which revenue column should be summed?"])
CLEAR_TASK = "Write a Python function add(a: int, b: int) -> int that returns the sum a + b."


class Human:
    """A plain test channel: answers a question that names a known topic with its answer, anything else
    with "irrelevant question", and keeps what it was asked (``asked``) and which topics matched."""

    name = "test"

    def __init__(self, answers: dict[str, str] | None = None) -> None:
        self.answers, self.asked, self.matched = dict(answers or {}), [], []

    def ask(self, question, *, timeout=None):
        self.asked.append(question.text)
        topic = next((t for t in self.answers if t in question.text.lower()), None)
        self.matched.append(topic)
        return Answer(question_id=question.id, text=self.answers.get(topic, "irrelevant question"), channel=self.name)


def knows_revenue() -> Human:
    return Human({"revenue": REVENUE.resolution})


def echo_agent(task: str, context: list[str]) -> AgentResult:
    uses_net = any("revenue_net" in c for c in context if c.startswith("Q:"))
    column = "revenue_net" if uses_net else "revenue_gross"
    return AgentResult(result=f"SELECT customer_id, SUM({column}) FROM orders GROUP BY customer_id")


def test_a_blocked_task_is_asked_and_the_answer_reaches_the_agent(probe, config):
    seen: list[list[str]] = []

    def agent(task, context):
        seen.append(context)
        return echo_agent(task, context)

    human = knows_revenue()
    graph = asksafe.wrap(agent, channel=human, probe=probe)
    out = graph.invoke({"task": REVENUE_TASK, "context": SCHEMA}, config)

    assert out["status"] == "done"
    assert len(out["questions"]) == 1
    assert "revenue" in out["questions"][0]["text"].lower()
    assert human.matched == ["revenue"]
    assert out["answers"][0]["text"] == REVENUE.resolution
    assert any(REVENUE.resolution in c for c in seen[0])  # the agent saw the answer
    assert "revenue_net" in out["result"]  # and acted on it
    assert [d["action"] for d in out["decisions"]][0] == "ask"


def test_a_clear_task_runs_without_a_question(probe, config):
    calls = []
    graph = asksafe.wrap(lambda t, c: calls.append(t) or "def add(a, b):\n    return a + b",
                         channel=Human(), probe=probe)
    out = graph.invoke({"task": CLEAR_TASK}, config)
    assert out["questions"] == []
    assert out["decisions"][0]["action"] == "act"
    assert calls == [CLEAR_TASK]
    assert out["result"].startswith("def add")


def test_the_budget_holds_across_the_run_and_no_blocker_is_asked_twice(probe, config):
    task = ("Summarise recent revenue per customer for the top customers, and email it to the team soon.")
    obs = SCHEMA + "\n-- amounts are in USD and EUR"

    def agent(task, context):
        return AgentResult(result="draft", observations=[obs, obs])  # the same observation twice

    asked: list[str] = []

    class Recorder:
        name = "recorder"

        def ask(self, q, *, timeout=None):
            asked.append(q.blocker_key)
            return Answer(question_id=q.id, text="no preference", channel=self.name)

    out = asksafe.wrap(agent, channel=Recorder(), probe=probe, policy="cautious", max_questions=2).invoke(
        {"task": task}, config)
    assert len(out["questions"]) == 2 == len(asked)
    assert len(set(asked)) == len(asked)
    out = asksafe.wrap(agent, channel=Recorder(), probe=probe, policy="cautious", max_questions=0).invoke(
        {"task": task}, {"configurable": {"thread_id": "zero"}})
    assert out["questions"] == []
    assert out["decisions"][0]["reason"].startswith("question budget spent")


def test_an_observation_is_probed_again_and_asked_about(probe, config):
    """The task looks clear; the schema the agent reads shows two candidate columns."""
    calls: list[list[str]] = []

    def agent(task, context):
        calls.append(list(context))
        return AgentResult(result=echo_agent(task, context).result, observations=[SCHEMA])

    human = knows_revenue()
    out = asksafe.wrap(agent, channel=human, probe=probe).invoke({"task": REVENUE_TASK}, config)
    assert len(calls) == 2  # acted, read the schema, asked, acted again with the answer
    keys = [q["blocker_key"] for q in out["questions"]]
    assert "ambiguous:column_choice:revenue" in keys  # asked about what the schema revealed
    assert "revenue" in human.matched
    assert "revenue_net" in out["result"]


def test_async_agents_and_ainvoke(probe, config):
    async def agent(task, context):
        await asyncio.sleep(0)
        return echo_agent(task, context)

    graph = asksafe.wrap(agent, channel=knows_revenue(), probe=probe, checkpointer=None)
    out = asyncio.run(graph.ainvoke({"task": REVENUE_TASK, "context": [SCHEMA]}, config))
    assert "revenue_net" in out["result"]


def test_wraps_a_langgraph_graph_and_a_runnable(probe, config):
    class S(TypedDict, total=False):
        task: str
        context: list[str]
        result: str

    inner = StateGraph(S)
    inner.add_node("solve", lambda s: {"result": echo_agent(s["task"], s.get("context", [])).result})
    inner.add_edge(START, "solve")
    inner.add_edge("solve", END)
    out = asksafe.wrap(inner.compile(), channel=knows_revenue(), probe=probe).invoke(
        {"task": REVENUE_TASK, "context": SCHEMA}, config)
    assert "revenue_net" in out["result"]

    runnable = RunnableLambda(lambda prompt: "net" if "revenue_net" in prompt else "gross")
    out = asksafe.wrap(runnable, channel=knows_revenue(), probe=probe).invoke(
        {"task": REVENUE_TASK, "context": SCHEMA}, {"configurable": {"thread_id": "r"}})
    assert out["result"] == "net"


def test_the_wrapped_graph_works_as_a_subgraph(probe):
    guarded = asksafe.wrap(echo_agent, channel=knows_revenue(), probe=probe)

    class Outer(TypedDict, total=False):
        task: str
        context: list[str]
        result: str

    outer = StateGraph(Outer)
    outer.add_node("guarded", guarded)
    outer.add_edge(START, "guarded")
    outer.add_edge("guarded", END)
    out = outer.compile().invoke({"task": REVENUE_TASK, "context": [SCHEMA]})
    assert "revenue_net" in out["result"]


SUSPEND = textwrap.dedent('''
    import sys, json
    import asksafe
    from langgraph.types import Command
    from asksafe import AgentResult

    def agent(task, context):
        return AgentResult(result="net" if any("revenue_net" in c for c in context) else "gross")

    graph = asksafe.wrap(agent, channel=None, checkpointer=sys.argv[1])
    config = {"configurable": {"thread_id": "job-7"}}
    if sys.argv[2] == "start":
        out = graph.invoke({"task": sys.argv[3], "context": sys.argv[4]}, config)
        print(json.dumps(out["__interrupt__"][0].value["question"]))
    else:
        out = graph.invoke(Command(resume={"text": sys.argv[3], "responder": "ana"}), config)
        print(json.dumps({"result": out["result"], "status": out["status"], "answers": out["answers"]}))
''')


def test_suspended_run_resumes_from_a_new_process(tmp_path):
    import json

    script = tmp_path / "job.py"
    script.write_text(SUSPEND)
    db = str(tmp_path / "runs.sqlite")
    env = {**os.environ, "ASKSAFE_LOG": "off"}
    first = subprocess.run([sys.executable, str(script), db, "start", REVENUE_TASK, SCHEMA],
                           capture_output=True, text=True, env=env, timeout=300)
    assert first.returncode == 0, first.stderr[-2000:]
    question = json.loads(first.stdout.strip().splitlines()[-1])
    assert "revenue" in question["text"].lower()
    second = subprocess.run([sys.executable, str(script), db, "resume", "Use revenue_net."],
                            capture_output=True, text=True, env=env, timeout=300)
    assert second.returncode == 0, second.stderr[-2000:]
    done = json.loads(second.stdout.strip().splitlines()[-1])
    assert done["result"] == "net" and done["status"] == "done"
    assert done["answers"][0]["responder"] == "ana"


def _never_answering_terminal():
    r, w = os.pipe()  # nothing is ever written: a human who never answers
    return os.fdopen(r), w


@pytest.mark.parametrize("fallback", ["assume", "stop"])
def test_a_question_that_times_out_applies_the_fallback(probe, config, fallback):
    stdin, w = _never_answering_terminal()
    calls = []
    try:
        graph = asksafe.wrap(lambda t, c: calls.append(c) or "ran", channel=CLIChannel(stdin=stdin), probe=probe,
                             question_timeout=0.2, on_timeout=fallback)
        out = graph.invoke({"task": REVENUE_TASK, "context": SCHEMA}, config)
    finally:
        os.close(w)
        stdin.close()
    assert len(out["questions"]) >= 1 and out["answers"] == []
    if fallback == "assume":
        assert out["status"] == "done" and out["result"] == "ran"
        assert out["assumptions"] and "No answer" in out["assumptions"][0]
        assert out["assumptions"][0] in calls[0]  # the agent is told what was assumed
    else:
        assert out["status"] == "stopped" and calls == [] and out["result"] is None


def test_suspended_timeout_and_late_answers(probe, tmp_path):
    graph = asksafe.wrap(echo_agent, channel=None, probe=probe, checkpointer=str(tmp_path / "r.sqlite"),
                         question_timeout=0.05, max_questions=1)
    cfg = {"configurable": {"thread_id": "late"}}
    graph.invoke({"task": REVENUE_TASK, "context": SCHEMA}, cfg)
    time.sleep(0.1)
    out = graph.invoke(Command(resume="Use revenue_net."), cfg)
    assert out["late_answers"] and out["late_answers"][0]["refused"].startswith("answer arrived after")
    assert out["answers"] == [] and out["assumptions"]
    assert "revenue_gross" in out["result"]  # the late answer did not reach the agent

    cfg = {"configurable": {"thread_id": "expired"}}
    graph.invoke({"task": REVENUE_TASK, "context": SCHEMA}, cfg)
    out = graph.invoke(Command(resume=asksafe.TIMEOUT), cfg)
    assert out["assumptions"] and out["status"] == "done"


@pytest.mark.parametrize("bad,needle", [
    ({"task": ""}, "empty"),
    ({"task": "   "}, "empty"),
    ({"task": "x" * 1_000_000}, "characters"),
    ({"task": 42}, "must be a string"),
    ({"task": "Sum revenue", "context": {"schema": 1}}, "context"),
    ({"task": "Sum revenue", "context": [1, 2]}, "context"),
])
def test_bad_input_gets_a_clear_error(probe, config, bad, needle):
    graph = asksafe.wrap(echo_agent, channel=Human(), probe=probe)
    with pytest.raises(InvalidTaskError, match=needle):
        graph.invoke(bad, config)


def test_bad_configuration_gets_a_clear_error(probe):
    with pytest.raises(ConfigError, match="unknown policy"):
        asksafe.wrap(echo_agent, channel=None, probe=probe, policy="yolo")
    with pytest.raises(ConfigError, match="on_timeout"):
        asksafe.wrap(echo_agent, channel=None, probe=probe, on_timeout="retry")
    with pytest.raises(ConfigError, match="question_timeout"):
        asksafe.wrap(echo_agent, channel=None, probe=probe, question_timeout=-1)
    with pytest.raises(ConfigError, match="ask"):
        asksafe.wrap(echo_agent, channel=object(), probe=probe)
    with pytest.raises(TypeError, match="cannot wrap"):
        asksafe.wrap(42, channel=None, probe=probe)


def test_an_agent_that_raises_loses_no_state(probe, tmp_path):
    state = {"fail": True}

    def flaky(task, context):
        if state["fail"]:
            raise RuntimeError("model server down")
        return echo_agent(task, context)

    graph = asksafe.wrap(flaky, channel=knows_revenue(), probe=probe, checkpointer=str(tmp_path / "c.sqlite"))
    cfg = {"configurable": {"thread_id": "flaky"}}
    with pytest.raises(AgentError, match="model server down"):
        graph.invoke({"task": REVENUE_TASK, "context": SCHEMA}, cfg)
    saved = graph.get_state(cfg).values
    assert saved["answers"][0]["text"] == REVENUE.resolution  # the human's answer is kept
    state["fail"] = False
    out = graph.invoke(None, cfg)  # retry from the checkpoint: no second question
    assert "revenue_net" in out["result"] and len(out["questions"]) == 1


def test_a_failing_channel_raises_and_the_retry_asks_again(probe, tmp_path):
    class Down:
        name = "down"
        up = False

        def ask(self, q, *, timeout=None):
            if not self.up:
                raise ConnectionError("slack unreachable")
            return Answer(question_id=q.id, text=REVENUE.resolution, channel=self.name)

    channel = Down()
    graph = asksafe.wrap(echo_agent, channel=channel, probe=probe, checkpointer=str(tmp_path / "d.sqlite"))
    cfg = {"configurable": {"thread_id": "down"}}
    with pytest.raises(ChannelError, match="slack unreachable"):
        graph.invoke({"task": REVENUE_TASK, "context": SCHEMA}, cfg)
    channel.up = True
    out = graph.invoke(None, cfg)
    assert "revenue_net" in out["result"] and len(out["questions"]) == 1
