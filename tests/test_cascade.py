"""CascadeProbe: only the probe's uncertain decisions go to the user's chat model."""

from __future__ import annotations

import pytest
from langchain_core.runnables import RunnableLambda

import asksafe
from asksafe.cascade import CascadeProbe, CascadeVerdict, parse_verdict
from asksafe.chat_models import ScriptedChatModel
from asksafe.errors import ConfigError
from asksafe.types import Answer, Assessment, DetectedBlocker, Span

CAL = {"thresholds": {"cautious": 0.3, "balanced": 0.5, "autonomous": 0.8}}


class FixedProbe:
    """p_blocker by text, and one probe blocker for every text."""

    calibration = CAL
    threshold = 0.5

    def __init__(self, scores: dict[str, float]) -> None:
        self.scores = scores

    def assess_many(self, items):
        out = []
        for it in items:
            text = it["text"] if isinstance(it, dict) else it
            p = self.scores[text]
            b = DetectedBlocker(key="missing:x", type="missing", score=p, question="What exactly do you mean?",
                                span=Span(start=0, end=4, text=text[:4], source="task"))
            out.append(Assessment(p_blocker=p, should_ask=p >= 0.5, blockers=[b], questions=[b.question]))
        return out


def test_only_the_uncertain_band_is_referred():
    model = ScriptedChatModel(script=['{"ask": false, "why": "clear enough"}'])
    probe = CascadeProbe(FixedProbe({"sure no": 0.05, "unsure": 0.55, "sure yes": 0.95}), model, structured=False)
    assert (probe.low, probe.high) == pytest.approx((0.4, 0.6))  # 0.1 either side of the balanced threshold
    low, mid, high = probe.assess_many(["sure no", "unsure", "sure yes"])
    assert model.calls == 1 and probe.stats.referred == 1 and probe.stats.fraction_referred == pytest.approx(1 / 3)
    assert (low.p_blocker, high.p_blocker) == (0.05, 0.95)
    assert mid.p_blocker < 0.4 and not mid.should_ask  # the model said act
    probe.assess("unsure")
    assert model.calls == 1  # the same text is referred once


def test_an_ask_verdict_puts_the_model_question_first():
    model = ScriptedChatModel(script=['```json\n{"ask": true, "type": "ambiguous", '
                                      '"question": "Does revenue mean gross or net?", "why": "two columns"}\n```'])
    a = CascadeProbe(FixedProbe({"Total revenue": 0.45}), model, structured=False).assess("Total revenue")
    assert a.p_blocker > 0.6 and a.should_ask
    assert a.questions == ["Does revenue mean gross or net?", "What exactly do you mean?"]
    assert a.blockers[0].type == "ambiguous"


def test_structured_output_when_the_model_supports_it():
    class Structured(ScriptedChatModel):
        def with_structured_output(self, schema, **kwargs):
            return RunnableLambda(lambda prompt: schema(ask=True, question="Which month range?", why="no dates"))

    model = Structured(script=["never used"])
    a = CascadeProbe(FixedProbe({"Sales report": 0.6}), model).assess("Sales report")
    assert a.questions[0] == "Which month range?" and model.calls == 0


def test_unparseable_replies_leave_the_probe_score():
    probe = CascadeProbe(FixedProbe({"t": 0.6}), ScriptedChatModel(script=["hmm, hard to say"]))
    assert probe.assess("t").p_blocker == 0.6 and probe.stats.unparsed == 1


@pytest.mark.parametrize("reply, ask", [
    ('{"ask": true, "question": "Which one?"}', True), ('{"ask": "no"}', False), ("Yes. Which column?", True),
    ("No, it is clear.", False), ("nothing useful", None),
])
def test_parse_verdict_reads_json_or_plain_yes_no(reply, ask):
    v = parse_verdict(reply)
    assert (v.ask if v else None) == ask
    assert parse_verdict(CascadeVerdict(ask=True)).ask


def test_wrap_asks_the_question_the_model_wrote():
    class Recorder:
        name = "recorder"
        questions: list[str] = []

        def ask(self, question, *, timeout=None):
            self.questions.append(question.text)
            return Answer(question_id=question.id, text="Net.", channel=self.name)

    human = Recorder()
    model = ScriptedChatModel(script=['{"ask": true, "question": "Does revenue mean gross or net?"}'])
    probe = CascadeProbe(FixedProbe({"Total revenue per month": 0.45}), model)
    out = asksafe.wrap(lambda task, ctx: "SELECT ...", channel=human, probe=probe, max_questions=1).invoke(
        {"task": "Total revenue per month"}, {"configurable": {"thread_id": "c"}})
    assert human.questions == ["Does revenue mean gross or net?"] and out["answers"][0]["text"] == "Net."


def test_a_bad_band_is_named():
    with pytest.raises(ConfigError):
        CascadeProbe(FixedProbe({}), ScriptedChatModel(script=["x"]), low=0.9, high=0.2)
    with pytest.raises(ConfigError):
        CascadeProbe(FixedProbe({}), "gpt-4o")


@pytest.mark.slow
def test_smollm2_as_the_cascade_model():
    from asksafe.local_llm import LocalLLM, SmolLM2Chat

    LocalLLM.shared()
    probe = CascadeProbe(FixedProbe({"Return the top items of a list.": 0.5}), SmolLM2Chat(max_new_tokens=32))
    a = probe.assess("Return the top items of a list.")  # no tool calling: the text protocol
    assert probe.stats.referred == 1 and isinstance(a, Assessment)
    # SmolLM2's verdict moved the score out of the uncertain band, or, unparsed, left it where the probe put it
    assert (a.p_blocker == 0.5) == (probe.stats.unparsed == 1)
    assert a.p_blocker == 0.5 or not probe.low <= a.p_blocker <= probe.high
