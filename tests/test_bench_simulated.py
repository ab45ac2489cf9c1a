"""The simulated human answers resolutions, or exactly 'irrelevant question'."""

import pytest

from asksafe.bench.simulated import IRRELEVANT, SimulatedHuman
from asksafe.bench.tasks import load_suite
from asksafe.channels import Channel
from asksafe.types import Question


def q(text):
    return Question(text=text, blocker_key="k", blocker_type="ambiguous")


@pytest.fixture(scope="module")
def task():
    return next(t for t in load_suite() if t.id == "coding-000")


def test_is_a_channel_that_answers_with_the_resolution(task):
    human = SimulatedHuman(task)
    assert isinstance(human, Channel)
    ans = human.ask(q("Is a higher score better, or a lower one?"))
    assert ans.text == "Best means the highest score." and ans.channel == "simulated"
    assert human.ask(q("Can you clarify?")).text == IRRELEVANT
    assert human.matched == ["best_means", None]


def test_stops_answering_after_the_budget(task):
    human = SimulatedHuman(task.blockers, max_answers=1)
    assert human.ask(q("If two items tie, which one goes first?")).text.startswith("Break ties")
    assert human.ask(q("Is a higher score better, or a lower one?")).text == IRRELEVANT
    assert [(r.blocker_id, r.answered) for r in human.log] == [("tie_break", True), ("best_means", False)]


def test_a_re_ask_is_not_answered_twice(task):
    human = SimulatedHuman(task)
    human.ask(q("Is a higher score better, or a lower one?"))
    assert human.ask(q("Does best mean the highest score?")).text == IRRELEVANT
    assert human.log[-1].about == "best_means" and human.log[-1].reason == "already_stated"
