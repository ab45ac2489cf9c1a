"""Exploration: the other action near the threshold, at the stated rate, with its propensity logged."""

from __future__ import annotations

import re

import pytest

import asksafe
from asksafe.errors import ConfigError
from asksafe.feedback import FeedbackStore, export_records
from asksafe.policies import DEFAULT_BAND, ExploringPolicy, ThresholdPolicy, get_policy
from asksafe.types import Answer, Assessment, DetectedBlocker, Span

CAL = {"thresholds": {"cautious": 0.3, "balanced": 0.5, "autonomous": 0.8}}


def _assessment(p: float, key: str = "missing:color", source: str = "task") -> tuple[Assessment, list[DetectedBlocker]]:
    b = DetectedBlocker(key=key, type="missing", score=0.8, question="Which color?")
    return Assessment(p_blocker=p, should_ask=p >= 0.5, blockers=[b], source=source), [b]


def test_near_the_threshold_it_flips_at_the_rate_and_logs_both_propensities():
    policy = ExploringPolicy(ThresholdPolicy(threshold=0.5), rate=0.1, seed=11)
    n, flips = 4000, 0
    for i in range(n):
        p = 0.36 + 0.28 * i / n  # all within 0.15 of 0.5: half below (act), half above (ask)
        a, cands = _assessment(p, key=f"missing:k{i}")
        d = policy.decide(a, cands, asked=0, budget=3)
        base = "ask" if p >= 0.5 else "act"
        if d.explored:
            flips += 1
            assert d.action != base and d.propensity == pytest.approx(0.1) and "explored" in d.reason
            assert d.threshold == 0.5 and (d.blocker_key is not None) == (d.action == "ask")
        else:
            assert d.action == base and d.propensity == pytest.approx(0.9)
    # binomial(4000, 0.1): sd ~19, so +-4 sd is 340..460
    assert 340 <= flips <= 460


def test_outside_the_band_or_without_a_possible_flip_the_decision_is_certain():
    policy = ExploringPolicy(ThresholdPolicy(threshold=0.5), rate=0.9, seed=3)
    for p in (0.1, 0.34, 0.66, 0.95):  # |p - t| > 0.15
        a, cands = _assessment(p)
        d = policy.decide(a, cands, asked=0, budget=3)
        assert d.propensity == 1.0 and not d.explored
    a, cands = _assessment(0.45)
    for asked, budget, c in ((3, 3, cands), (0, 0, cands), (0, 3, [])):  # budget spent, or nothing to ask about
        d = policy.decide(a, c, asked=asked, budget=budget)
        assert (d.action, d.propensity, d.explored) == ("act", 1.0, False)
    for name in ("never", "always"):  # thresholds 1 and 0 are never explored
        never = ExploringPolicy(get_policy(name, CAL), rate=0.9, seed=3)
        for p in (0.0, 0.05, 0.9, 1.0):
            a, cands = _assessment(p)
            assert never.decide(a, cands, asked=0, budget=3).propensity == 1.0
    assert DEFAULT_BAND == 0.15


def test_draws_are_reproducible_by_seed_and_replay_the_same_choice():
    def run(seed):
        policy = ExploringPolicy(ThresholdPolicy(threshold=0.5), rate=0.3, seed=seed)
        out = []
        for i in range(200):
            a, c = _assessment(0.45, key=f"missing:k{i}")
            out.append(policy.decide(a, c, asked=0, budget=3).action)
        return out

    assert run(5) == run(5) and run(5) != run(6)


def test_inside_a_graph_a_replayed_step_makes_the_same_choice_and_threads_draw_apart():
    from typing import TypedDict

    from langgraph.checkpoint.memory import InMemorySaver
    from langgraph.graph import END, START, StateGraph

    policy = ExploringPolicy(ThresholdPolicy(threshold=0.5), rate=0.5)  # unseeded

    class S(TypedDict, total=False):
        action: str

    def node(state: S) -> dict:
        a, c = _assessment(0.47)  # the same inputs in every thread
        return {"action": policy.decide(a, c, asked=0, budget=3).action}

    g = StateGraph(S)
    g.add_node("decide", node)
    g.add_edge(START, "decide")
    g.add_edge("decide", END)
    graph = g.compile(checkpointer=InMemorySaver())
    per_thread = [graph.invoke({}, {"configurable": {"thread_id": f"t{i}"}})["action"] for i in range(200)]
    replayed = [graph.invoke({}, {"configurable": {"thread_id": f"t{i}"}})["action"] for i in range(200)]
    assert replayed == per_thread  # a step run again in its thread repeats its choice
    assert 70 <= per_thread.count("act") <= 130  # binomial(200, 0.5): sd ~7


def test_bad_exploration_settings_are_config_errors():
    for rate in (-0.1, 1.0, "lots"):
        with pytest.raises(ConfigError, match="explore"):
            ExploringPolicy(ThresholdPolicy(), rate=rate)
    with pytest.raises(ConfigError, match="band"):
        ExploringPolicy(ThresholdPolicy(), rate=0.1, band=2.0)
    with pytest.raises(ConfigError):
        ExploringPolicy(object(), rate=0.1)


class BandProbe:
    """p_blocker from a ``[p:0.45]`` marker, one blocker per ``[ask:word]`` marker (a stand-in for the trained probe)."""

    calibration = CAL

    def assess_many(self, items: list[dict]) -> list[Assessment]:
        out = []
        for it in items:
            text = it["text"]
            m = re.search(r"\[p:([0-9.]+)\]", text)
            blockers = [DetectedBlocker(key=f"missing:{w.group(1)}", type="missing", score=0.8,
                                        span=Span(start=w.start(), end=w.end(), text=w.group(0), source=it["source"]),
                                        question=f"Which {w.group(1)} should it use?")
                        for w in re.finditer(r"\[ask:(\w+)\]", text)]
            p = float(m.group(1)) if m else 0.05
            out.append(Assessment(p_blocker=p, should_ask=p >= 0.5, blockers=blockers, source=it["source"]))
        return out


class Yes:
    name = "yes"

    def __init__(self) -> None:
        self.asked = 0

    def ask(self, question, *, timeout=None) -> Answer:
        self.asked += 1
        return Answer(question_id=question.id, text="red", responder="ana", channel=self.name)


def test_wrap_explores_and_stores_the_propensities(tmp_path):
    db = str(tmp_path / "fb.sqlite")
    human = Yes()
    graph = asksafe.wrap(lambda task, ctx: "painted", channel=human, probe=BandProbe(), feedback=db,
                         explore=0.2, explore_seed=1, max_questions=1)
    n = 300
    for i in range(n):  # p 0.45 < t 0.5: the policy acts; exploration asks about 20% of the time
        graph.invoke({"task": f"Paint fence {i} [p:0.45] [ask:color]"}, {"configurable": {"thread_id": f"r{i}"}})
    with FeedbackStore(db) as store:
        firsts = [d for d in store.decisions() if d.seq == 0]
    assert len(firsts) == n
    asked = [d for d in firsts if d.action == "ask"]
    assert all(d.explored and d.propensity == pytest.approx(0.2) and d.question for d in asked)
    assert all(not d.explored and d.propensity == pytest.approx(0.8) for d in firsts if d.action == "act")
    assert 30 <= len(asked) <= 90 and human.asked == len(asked)  # binomial(300, 0.2): mean 60, sd ~7
    recs = list(export_records(db))
    assert {round(r["propensity"], 6) for r in recs if r["action"] == "ask"} == {0.2}
    # after its one question the budget is spent: the follow-up act is certain
    follow = [r for r in recs if r["group"] == asked[0].run_id]
    assert [(r["action"], r["propensity"]) for r in follow] == [("ask", pytest.approx(0.2)), ("act", 1.0)]


def test_wrap_without_budget_never_explores_into_a_question(tmp_path):
    db = str(tmp_path / "fb.sqlite")
    human = Yes()
    graph = asksafe.wrap(lambda task, ctx: "painted", channel=human, probe=BandProbe(), feedback=db,
                         explore=0.5, explore_seed=1, max_questions=0)
    for i in range(40):
        graph.invoke({"task": f"Paint fence {i} [p:0.45] [ask:color]"}, {"configurable": {"thread_id": f"r{i}"}})
    assert human.asked == 0
    with FeedbackStore(db) as store:
        assert {(d.action, d.propensity) for d in store.decisions()} == {("act", 1.0)}


def test_the_middleware_records_redacts_and_explores(tmp_path):
    pytest.importorskip("langchain")
    from langchain.agents import create_agent

    from asksafe.adapters import AskSafeMiddleware
    from asksafe.chat_models import ScriptedChatModel

    db = str(tmp_path / "fb.sqlite")
    human = Yes()
    mw = AskSafeMiddleware(probe=BandProbe(), channel=human, feedback=db, redact=lambda s: s.replace("ana", "<n>"),
                           explore=0.999, explore_seed=2)
    agent = create_agent(ScriptedChatModel(script=["done"]), tools=[], middleware=[mw])
    agent.invoke({"messages": [("user", "ana: paint the fence [p:0.55] [ask:color]")]},
                 {"configurable": {"thread_id": "mw-1"}})
    with FeedbackStore(db) as store:
        ds = store.decisions("mw-1")
    # p 0.55 >= 0.5 would ask; exploring at ~1.0 acts instead, with that propensity
    assert [(d.action, d.explored, round(d.propensity, 3)) for d in ds] == [("act", True, 0.999)]
    assert ds[0].text == "<n>: paint the fence [p:0.55] [ask:color]" and human.asked == 0

    mw = AskSafeMiddleware(probe=BandProbe(), channel=human, feedback=db)
    agent = create_agent(ScriptedChatModel(script=["done"]), tools=[], middleware=[mw])
    agent.invoke({"messages": [("user", "paint the shed [p:0.9] [ask:color]")]}, {"configurable": {"thread_id": "mw-2"}})
    recs = [r for r in export_records(db) if r["group"] == "mw-2"]
    assert [(r["action"], r["verdict"], r["answer"], r["propensity"]) for r in recs] == [
        ("ask", "needed", "red", 1.0), ("act", None, None, 1.0)]
    assert "Q: Which color should it use?" in recs[1]["context"]


def test_an_explored_question_survives_the_middlewares_interrupt_and_resume(tmp_path):
    pytest.importorskip("langchain")
    from langchain.agents import create_agent
    from langgraph.checkpoint.memory import InMemorySaver
    from langgraph.types import Command

    from asksafe.adapters import AskSafeMiddleware
    from asksafe.chat_models import ScriptedChatModel

    db = str(tmp_path / "fb.sqlite")
    mw = AskSafeMiddleware(probe=BandProbe(), feedback=db, explore=0.999, explore_seed=4)  # suspends on interrupts
    agent = create_agent(ScriptedChatModel(script=["done"]), tools=[], checkpointer=InMemorySaver(), middleware=[mw])
    config = {"configurable": {"thread_id": "mw-x"}}
    out = agent.invoke({"messages": [("user", "paint the fence [p:0.45] [ask:color]")]}, config)
    question = out["__interrupt__"][0].value["question"]  # p 0.45 < 0.5 would act: this ask was explored
    out = agent.invoke(Command(resume="red"), config)  # the hook runs again and must make the same choice
    assert "__interrupt__" not in out and "red" in out["messages"][1].content
    with FeedbackStore(db) as store:
        ds = store.decisions("mw-x")
    assert [(d.action, d.explored, d.question_id, d.answer) for d in ds][0] == ("ask", True, question["id"], "red")
    assert round(ds[0].propensity, 3) == 0.999 and len(ds) == 2
