"""Ask-F1 and friends on hand-made outcomes."""

from asksafe.bench.metrics import BlockerRef, TaskOutcome, ask_counts, reward, summarise, task_ask_f1

BEST = BlockerRef("best", "ambiguous", "upfront")
TIE = BlockerRef("tie", "contradictory", "exploration")


def outcome(questions, matched, blockers, passed=False, mode="ask", task_id="t"):
    return TaskOutcome(task_id=task_id, strategy="s", mode=mode, passed=passed,
                       questions=questions, matched=matched, blockers=blockers)


def test_asking_twice_about_one_blocker_lowers_precision_and_adds_no_recall():
    o = outcome(["Higher is better?", "Is a larger score better?"], ["best", "best"], [BEST, TIE])
    c = ask_counts([o])
    assert (c.questions, c.matched, c.blockers) == (2, 1, 2)
    assert c.precision == 0.5 and c.recall == 0.5 and c.f1 == 0.5


def test_ask_f1_is_pooled_over_tasks_not_averaged():
    a = outcome(["q1"], ["best"], [BEST], task_id="a")  # P 1, R 1
    b = outcome(["q1", "q2", "q3"], [None, None, "tie"], [TIE, BEST], task_id="b")  # P 1/3, R 1/2
    c = ask_counts([a, b])
    assert (c.questions, c.matched, c.blockers) == (4, 2, 3)
    assert abs(c.f1 - 2 * (2 / 4) * (2 / 3) / (2 / 4 + 2 / 3)) < 1e-9
    assert task_ask_f1(a) == 1.0


def test_no_questions_means_zero_f1_and_controls_count_false_alarms():
    silent = outcome([], [], [BEST], task_id="a")
    control_asked = outcome(["Any requirements?"], [None], [], task_id="c1", passed=True)
    control_quiet = outcome([], [], [], task_id="c2", passed=True)
    m = summarise("s", [silent, control_asked, control_quiet])
    assert m.ask_f1 == 0.0 and m.recall == 0.0
    assert m.false_alarm_rate == 0.5
    assert task_ask_f1(control_quiet) is None
    assert m.questions_per_task == 1 / 3


def test_recall_split_by_type_and_surface_recovery_and_reward():
    ask = [outcome(["q"], ["tie"], [BEST, TIE], passed=False, task_id="a"),
           outcome([], [], [BEST], passed=True, task_id="b")]
    full = [outcome([], [], [BEST, TIE], passed=True, mode="full_info", task_id="a"),
            outcome([], [], [BEST], passed=True, mode="full_info", task_id="b")]
    base = [outcome([], [], [BEST, TIE], mode="baseline", task_id="a"),
            outcome([], [], [BEST], mode="baseline", task_id="b")]
    m = summarise("s", ask, base, full)
    assert m.recall_by_type == {"missing": None, "ambiguous": 0.0, "contradictory": 1.0}
    assert m.recall_by_surface == {"upfront": 0.0, "exploration": 1.0}
    assert m.pass_rate == {"baseline": 0.0, "full_info": 1.0, "ask": 0.5}
    assert m.recovery_ratio == 0.5
    # 0.5 for a matched question without a correct answer, 1 for a correct answer
    assert [reward(o) for o in ask] == [0.5, 1.0] and m.reward == 0.75
