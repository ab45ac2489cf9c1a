"""ChatPhraser: a chat model may phrase the question; the template stands whenever the reply fails a check."""

from __future__ import annotations

import time

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel, GenericFakeChatModel
from langchain_core.messages import AIMessage
from langgraph.types import Command

import asksafe
from asksafe import AgentResult, Answer, ChatPhraser, DetectedBlocker, Span
from asksafe.errors import ConfigError
from asksafe.phrasing import check_phrasing, clean_reply

SCHEMA = "CREATE TABLE orders (id INTEGER, customer_id INTEGER, revenue_gross REAL, revenue_net REAL, created_at TEXT)"
REVENUE_TASK = "Give me the total revenue for each customer."
REVENUE = DetectedBlocker(
    key="ambiguous:column_choice:revenue", type="ambiguous", subtype="column_choice", score=0.9,
    span=Span(start=14, end=21, text="revenue"), options=["revenue_gross", "revenue_net"],
    question="Does 'revenue' mean `revenue_gross` or `revenue_net`?")
RECENT_TASK = "Summarise recent revenue per customer."
RECENT = DetectedBlocker(
    key="ambiguous:period:recent", type="ambiguous", subtype="period", score=0.6,
    span=Span(start=10, end=16, text="recent"), options=["the last 7 days", "the last 30 days"],
    question="What period does 'recent' mean: the last 7 days or the last 30 days?")
GOOD = "Should the total revenue per customer use revenue_gross or revenue_net?"


def fake(*replies: str) -> FakeListChatModel:
    return FakeListChatModel(responses=list(replies))


class FailingModel(FakeListChatModel):
    def _call(self, *args, **kwargs) -> str:
        raise RuntimeError("provider outage")


# ---------------------------------------------------------------- the checks, one reply at a time


def test_a_good_reply_is_asked():
    phraser = ChatPhraser(fake(GOOD))
    assert phraser.phrase(REVENUE, REVENUE_TASK, [SCHEMA]) == GOOD
    assert phraser.stats.phrased == 1 and phraser.stats.fallback == 0


def test_wrappers_and_prefixes_are_stripped():
    model = GenericFakeChatModel(messages=iter([AIMessage(f'Sure, here is the question:\n\n**Question:** "{GOOD}"')]))
    assert ChatPhraser(model).phrase(REVENUE, REVENUE_TASK, SCHEMA) == GOOD
    assert clean_reply(AIMessage(f"> Rewritten question: `{GOOD}`")) == GOOD
    assert clean_reply(REVENUE.question) == REVENUE.question  # inline code stays


@pytest.mark.parametrize("reply, reason", [
    ("", "empty"),
    ("Does revenue mean revenue_gross? Or revenue_net?", "two_questions"),
    ("Which revenue column, revenue_gross or revenue_net? And which period?", "two_questions"),
    ("Revenue means revenue_net.", "not_a_question"),
    ("I will use revenue_net. Does revenue mean revenue_gross or revenue_net?", "several_sentences"),
    ("Should revenue be revenue_gross or revenue_net, and also which customers count?", "two_topics"),
    ("Which column should I use?", "missing_span"),
    ("Should 'revenue_gross' or 'revenue_net' be used?", "missing_span"),  # the options alone don't name 'revenue'
    ("Does 'revenue' mean the gross amount or the net amount?", "missing_options"),
    ("Should revenue be revenue_net?", "missing_options"),
    ("Could you please tell me, considering everything about this particular customer report and all of its many "
     "details, whether revenue should be taken from revenue_gross or from revenue_net in the end?", "too_long"),
])
def test_a_failing_reply_keeps_the_template_and_says_why(reply, reason):
    phraser = ChatPhraser(fake(reply))
    assert phraser.phrase(REVENUE, REVENUE_TASK, [SCHEMA]) == REVENUE.question
    assert phraser.stats.phrased == 0 and dict(phraser.stats.fallbacks) == {reason: 1}


def test_a_reply_that_brings_in_what_the_context_answers_keeps_the_template():
    context = ["Q: Which currency should amounts use?\nA: Convert everything to EUR."]
    reply = "Which currency period does 'recent' mean: the last 7 days or the last 30 days?"
    phraser = ChatPhraser(fake(reply))
    assert phraser.phrase(RECENT, RECENT_TASK, context) == RECENT.question
    assert phraser.stats.fallbacks["answered_in_context"] == 1
    # the same kind of reply is fine when the context says nothing about it
    ok = "Which window does 'recent' mean: the last 7 days or the last 30 days?"
    assert ChatPhraser(fake(ok)).phrase(RECENT, RECENT_TASK, context) == ok
    assert check_phrasing(ok, RECENT, RECENT_TASK, "\n".join(context)) is None


def test_a_model_error_keeps_the_template():
    phraser = ChatPhraser(FailingModel(responses=["unused"]))
    assert phraser.phrase(REVENUE, REVENUE_TASK, None) == REVENUE.question
    assert dict(phraser.stats.fallbacks) == {"error": 1}


def test_a_slow_model_is_cut_off_at_timeout_s():
    phraser = ChatPhraser(FakeListChatModel(responses=[GOOD], sleep=3.0), timeout_s=0.3)
    t0 = time.perf_counter()
    assert phraser.phrase(REVENUE, REVENUE_TASK, None) == REVENUE.question
    assert time.perf_counter() - t0 < 1.5
    assert dict(phraser.stats.fallbacks) == {"timeout": 1}


def test_the_prompt_carries_the_task_span_options_and_template():
    messages = ChatPhraser(fake(GOOD)).prompt(REVENUE, REVENUE_TASK)
    assert [role for role, _ in messages] == ["system", "human", "ai", "human"]  # one worked example first
    assert "one question only" in messages[0][1]
    body = messages[-1][1]
    for part in (REVENUE_TASK, '"revenue"', "revenue_gross; revenue_net", REVENUE.question, "ambiguous"):
        assert part in body


def test_bad_arguments_are_named():
    with pytest.raises(ConfigError):
        ChatPhraser("gpt-4o")
    with pytest.raises(ConfigError):
        ChatPhraser(fake(GOOD), timeout_s=0)
    with pytest.raises(ConfigError):
        asksafe.wrap(lambda t, c: "x", channel=None, probe=object(), question_model="gpt-4o")


# ---------------------------------------------------------------- inside wrap


class Recorder:
    name = "recorder"

    def __init__(self, answer: str) -> None:
        self.answer, self.asked = answer, []

    def ask(self, q, *, timeout=None):
        self.asked.append(q.text)
        return Answer(question_id=q.id, text=self.answer, channel=self.name)


def revenue_agent(seen: list[list[str]]):
    def agent(task: str, context: list[str]) -> AgentResult:
        seen.append(list(context))
        net = any("revenue_net" in c for c in context if c.startswith("Q:"))
        return AgentResult(result=f"SELECT customer_id, SUM({'revenue_net' if net else 'revenue_gross'}) "
                                  "FROM orders GROUP BY customer_id")
    return agent


def test_wrap_asks_the_phrased_question_and_the_answer_reaches_the_agent(probe, config):
    seen: list[list[str]] = []
    human = Recorder("Use net revenue: the revenue_net column.")
    phraser = ChatPhraser(fake(GOOD))
    graph = asksafe.wrap(revenue_agent(seen), channel=human, probe=probe, question_model=phraser)
    out = graph.invoke({"task": REVENUE_TASK, "context": SCHEMA}, config)

    assert human.asked == [GOOD]
    assert out["questions"][0]["text"] == GOOD and out["questions"][0]["options"] == REVENUE.options
    assert any("Use net revenue" in c for c in seen[0])
    assert "revenue_net" in out["result"]
    assert phraser.stats.phrased == 1


def test_wrap_takes_a_bare_chat_model_and_keeps_the_template_when_it_fails(probe, config):
    human = Recorder("Use net revenue: the revenue_net column.")
    graph = asksafe.wrap(revenue_agent([]), channel=human, probe=probe, question_model=fake("Revenue is gross."))
    out = graph.invoke({"task": REVENUE_TASK, "context": SCHEMA}, config)
    assert human.asked == [REVENUE.question]
    assert "revenue_net" in out["result"]


def test_a_suspended_run_carries_the_phrased_question(probe, config):
    graph = asksafe.wrap(revenue_agent([]), channel=None, probe=probe, question_model=fake(GOOD))
    out = graph.invoke({"task": REVENUE_TASK, "context": SCHEMA}, config)
    assert out["__interrupt__"][0].value["question"]["text"] == GOOD
    out = graph.invoke(Command(resume="revenue_net"), config)
    assert out["questions"][0]["text"] == GOOD and "revenue_net" in out["result"]


# ---------------------------------------------------------------- the local model


@pytest.mark.slow
def test_smollm2_phrases_or_the_template_stands(capsys):
    from asksafe.local_llm import LocalLLM, SmolLM2Chat

    LocalLLM.shared()  # load once, outside the timed calls
    timeout = 30.0
    phraser = ChatPhraser(SmolLM2Chat(max_new_tokens=48), timeout_s=timeout)
    for blocker, task in [(REVENUE, REVENUE_TASK), (RECENT, RECENT_TASK)]:
        t0 = time.perf_counter()
        text = phraser.phrase(blocker, task, [SCHEMA])
        took = time.perf_counter() - t0
        with capsys.disabled():
            print(f"\nSmolLM2 [{blocker.key}] {took:.1f}s: {text!r}")
        assert took < timeout + 5
        if text != blocker.question:
            assert text.endswith("?") and text.count("?") == 1
            assert all(o.lower() in text.lower() for o in blocker.options)
    with capsys.disabled():
        print(f"phrased {phraser.stats.phrased}, kept the template {dict(phraser.stats.fallbacks)}")
    assert phraser.stats.calls == 2 == phraser.stats.phrased + phraser.stats.fallback
