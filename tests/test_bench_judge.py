"""The judge on coding-000 (top_k): real MiniLM, no mocks."""

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from asksafe.bench.judge import Judge, LLMJudge, parse_blocker_id
from asksafe.bench.judge_calibration import evaluate, load_pairs, tasks_by_id
from asksafe.bench.tasks import load_suite


@pytest.fixture(scope="module")
def judge():
    return Judge()


@pytest.fixture(scope="module")
def task():
    return next(t for t in load_suite() if t.id == "coding-000")


@pytest.mark.parametrize("question, blocker", [
    ("Is a larger score better than a smaller one?", "best_means"),
    ("Are we ranking so that bigger numbers win, or smaller ones like in golf?", "best_means"),
    ("If two items tie, which one goes first?", "tie_break"),
    ("The examples disagree about items with equal scores; which one is right?", "tie_break"),
])
def test_matches_rephrasings(judge, task, question, blocker):
    assert judge.match(question, task, []) == blocker


@pytest.mark.parametrize("question, reason", [
    ("Best means the highest score.", "statement"),
    ("I will sort by score descending", "statement"),
    ("I assume higher is better, right?", "confirmation"),
    ("Can I assume ties keep input order?", "confirmation"),
    ("Higher scores rank first, correct?", "confirmation"),
    ("Can you clarify?", "vague"),
    ("Could you give me more details?", "vague"),
    ("Is there anything else I should know?", "vague"),
    ("Is a higher score better, and also how should ties be ordered?", "multi_topic"),
    ("Is a higher score better? How should ties be ordered?", "multi_topic"),
])
def test_rejects_bad_questions(judge, task, question, reason):
    v = judge.verdict(question, task, [])
    assert v.blocker_id is None and v.reason == reason


def test_rejects_irrelevant_and_already_answered(judge, task):
    assert judge.match("Should I use tabs or spaces for indentation?", task, []) is None
    known = [b.resolution for b in task.blockers if b.id == "best_means"]
    v = judge.verdict("Is a larger score better than a smaller one?", task, known)
    assert (v.blocker_id, v.reason, v.about) == (None, "already_stated", "best_means")


def test_held_out_pairs_score_well(judge):
    pairs = load_pairs()
    assert len(pairs) >= 300
    assert {p.kind for p in pairs} >= {"rephrase", "other_blocker", "statement", "confirmation", "vague",
                                        "multi_topic", "already_stated", "irrelevant"}
    test = [p for p in pairs if p.split == "test"]
    score = evaluate(judge, test, tasks_by_id(load_suite()))
    assert score.accuracy >= 0.85 and score.precision >= 0.85


def test_llm_judge_reads_a_fake_chat_model(task):
    llm = LLMJudge(FakeListChatModel(responses=['```json\n{"blocker_id": "tie_break"}\n```',
                                                '{"blocker_id": null}', "made_up_id"]))
    assert llm.match("How are equal scores ordered?", task, []) == "tie_break"
    assert llm.match("What time zone is the team in?", task, []) is None
    assert llm.match("Is higher better?", task, []) is None  # an id the task does not have
    assert llm.verdict("Can you clarify?", task, []).reason == "vague"  # rules run before the model


def test_parse_blocker_id():
    assert parse_blocker_id("best_means", ["best_means"]) == "best_means"
    assert parse_blocker_id("no idea", ["best_means"]) is None


@pytest.fixture(scope="module")
def slugs():
    return next(t for t in load_suite() if t.id == "coding-004")


@pytest.mark.parametrize("question", [
    "Should I handle unicode and length limits?",  # two blockers joined by "and"
    "How should special characters and long titles be handled?",
    "How should accented letters, long titles be handled?",  # joined by a comma
    "Should accents be stripped and the code formatted with black?",  # a blocker plus another topic
    "Is Unicode OK?",  # terse fishing
    "What about long titles?",
])
def test_rejects_multi_topic_joins_and_fishing(judge, slugs, question):
    v = judge.verdict(question, slugs, [])
    assert v.blocker_id is None and v.reason in ("multi_topic", "fishing"), v


@pytest.mark.parametrize("question, blocker", [
    ("Should accented letters like é be kept in the slug or transliterated to plain ASCII?", "accents"),
    ("Should long slugs be cut to fit 50 characters and end on a whole word?", "max_len"),
    ("How should long titles be handled?", "max_len"),
])
def test_one_topic_with_and_or_still_matches(judge, slugs, question, blocker):
    assert judge.match(question, slugs, []) == blocker


@pytest.mark.parametrize("question", ["For which city?", "On what date is the dinner?", "By when should the meeting happen?",
                                      "Over which period should I count tickets?", "Which column?"])
def test_a_short_question_led_by_a_preposition_is_not_fishing(question):
    from asksafe.bench.judge import is_fishing

    assert not is_fishing(question)


@pytest.mark.parametrize("question", ["Is Unicode OK?", "Unicode?", "Long titles?", "What about long titles?"])
def test_a_bare_topic_is_still_fishing(question):
    from asksafe.bench.judge import is_fishing

    assert is_fishing(question)
