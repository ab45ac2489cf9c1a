"""asksafe learn: the reward and inverse-propensity arithmetic, bad input, the refusal to ship a
regression, and a small update end to end (learn, load, the decision moves the right way)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from typer.testing import CliRunner

from asksafe.cli import app
from asksafe.errors import (
    BaseProbeError,
    FeedbackFormatError,
    FeedbackSourceError,
    NoImprovementError,
    NothingToLearnError,
    OutputExistsError,
)
from asksafe.learn import (
    FeedbackRecord,
    LearnConfig,
    RewardWeights,
    Target,
    group_of,
    ips_weight,
    learn,
    normalize_bandit,
    read_audit,
    read_jsonl,
    record_target,
    split_groups,
    weak_span,
)


def rec(**kw) -> FeedbackRecord:
    return FeedbackRecord(**{"text": "Run the export", **kw})


# ------------------------------------------------------------------ arithmetic

def test_ips_weight_is_clipped_inverse_propensity():
    assert ips_weight(None) == 1.0
    assert ips_weight(1.0) == 1.0
    assert ips_weight(0.5) == 2.0
    assert ips_weight(0.2, clip=10) == pytest.approx(5.0)
    assert ips_weight(0.05, clip=10) == 10.0  # 20 clipped
    assert ips_weight(0.05, clip=50) == pytest.approx(20.0)
    for bad in (0.0, -0.1, 1.5):
        with pytest.raises(ValueError):
            ips_weight(bad)
    with pytest.raises(ValueError):
        ips_weight(0.5, clip=0.5)


def test_shaped_reward_advantages():
    w = RewardWeights()
    assert (w.correct_act, w.needed_question, w.unneeded_question, w.wrong_guess) == (1.0, 0.7, -0.3, 0.0)
    assert w.advantage("ask", True) == pytest.approx(0.7)  # needed question vs wrong guess
    assert w.advantage("ask", False) == pytest.approx(-1.3)  # spam vs correct act
    assert w.advantage("act", False) == pytest.approx(1.3)
    assert w.advantage("act", True) == pytest.approx(-0.7)
    with pytest.raises(ValueError):
        RewardWeights(needed_question=-1.0)  # asking would never be best


def test_record_targets():
    assert record_target(rec(verdict="needed")) == Target(1, 1.0, "labelled")
    assert record_target(rec(verdict="not_needed")) == Target(0, 1.0, "labelled")
    # bandit: |advantage| x clipped 1/propensity
    t = record_target(rec(action="ask", verdict="needed", propensity=0.1))
    assert (t.label, t.kind) == (1, "bandit") and t.weight == pytest.approx(0.7 * 10)
    t = record_target(rec(action="ask", verdict="not_needed", propensity=0.5))
    assert t.label == 0 and t.weight == pytest.approx(1.3 * 2)
    t = record_target(rec(action="act", outcome="success", propensity=0.9))
    assert t.label == 0 and t.weight == pytest.approx(1.3 / 0.9)
    t = record_target(rec(action="act", outcome="failure", propensity=0.02), clip=5)
    assert t.label == 1 and t.weight == pytest.approx(0.7 * 5)
    # an answered question without a verdict counts as needed; a "should have asked" verdict wins
    assert record_target(rec(action="ask", answer="the EU one")).label == 1
    assert record_target(rec(action="act", outcome="success", verdict="needed")).label == 1
    # no label at all
    assert record_target(rec()) is None
    assert record_target(rec(action="act")) is None
    assert record_target(rec(action="ask")) is None
    # configurable rewards change the weight
    w = RewardWeights(unneeded_question=-1.0)
    assert record_target(rec(action="ask", verdict="not_needed"), w).weight == pytest.approx(2.0)


def test_bandit_weights_normalized_to_mean_one_labelled_untouched():
    ts = [Target(1, 7.0, "bandit"), Target(0, 1.0, "bandit"), Target(1, 1.0, "labelled")]
    out = normalize_bandit(ts)
    assert [t.weight for t in out] == pytest.approx([1.75, 0.25, 1.0])
    assert [t.label for t in out] == [1, 0, 1]


def test_split_keeps_groups_whole_and_is_deterministic():
    groups = [f"run-{i // 3}" for i in range(60)]  # 20 runs of 3 records
    labels = [int(i % 3 == 0 and i < 30) for i in range(60)]
    held = split_groups(groups, labels, 0.25, seed=5)
    assert held == split_groups(groups, labels, 0.25, seed=5)
    assert 3 <= len(held) <= 7
    assert any(labels[i] for i, g in enumerate(groups) if g in held)  # both kinds of group held out
    assert any(not labels[i] for i, g in enumerate(groups) if g in held)
    with pytest.raises(NothingToLearnError):
        split_groups(["a", "a"], [1, 0], 0.25, seed=1)
    assert group_of(rec()) == group_of(rec()) != group_of(rec(text="other"))
    assert group_of(rec(group="run-7")) == "run-7"


def test_weak_span_from_the_question():
    text = "Email the churn report to the regional leads"
    a, b = weak_span(text, "Which regional leads: EMEA or all of them?")
    assert text[a:b] == "regional"
    assert weak_span(text, "Which one?") is None
    assert weak_span(text, None) is None


# ------------------------------------------------------------------ bad input

CONTRACT = {"text": "Total revenue per month", "context": "orders(id, revenue_gross, revenue_net)",
            "verdict": "needed", "action": "ask", "outcome": None, "propensity": 0.95,
            "question": "Gross or net revenue?", "answer": "net", "group": "run-1"}


def test_jsonl_contract_and_malformed_lines(tmp_path):
    f = tmp_path / "fb.jsonl"
    f.write_text("\n".join([json.dumps(CONTRACT), "{not json", json.dumps({"text": "x", "verdict": "maybe"}),
                            "", json.dumps({"text": "y", "action": "act", "propensity": 0}), json.dumps([1]),
                            json.dumps({"text": "Deploy it", "verdict": "not_needed"})]) + "\n")
    fb = read_jsonl(f)
    assert [r.text for r in fb.records] == ["Total revenue per month", "Deploy it"]
    assert fb.records[0].model_dump() == CONTRACT
    assert [n for n, _ in fb.problems] == [2, 3, 5, 6]
    assert "not JSON" in fb.problems[0][1] and "verdict" in fb.problems[1][1] and "propensity" in fb.problems[2][1]
    with pytest.raises(FeedbackFormatError, match="line 2"):
        read_jsonl(f, strict=True)
    with pytest.raises(FeedbackFormatError, match="cannot read"):
        read_jsonl(tmp_path / "missing.jsonl")


def test_nothing_to_learn(tmp_path):
    with pytest.raises(NothingToLearnError, match="nothing to learn from: 0 usable records"):
        learn([rec(), rec(action="act")], out=tmp_path / "p")
    assert not (tmp_path / "p").exists()


def labelled(n: int = 8) -> list[FeedbackRecord]:
    return [rec(text=f"task {i}", verdict="needed" if i % 2 else "not_needed", group=f"g{i}") for i in range(n)]


def test_missing_and_corrupt_base(tmp_path):
    with pytest.raises(BaseProbeError, match="no probe at"):
        learn(labelled(), out=tmp_path / "p", base=tmp_path / "nowhere")
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "config.json").write_text('{"subtypes": ["other"], "trainable_layers": 3}')
    (bad / "probe.safetensors").write_bytes(b"\x00garbage" * 10)
    with pytest.raises(BaseProbeError, match="cannot be read"):
        learn(labelled(), out=tmp_path / "p", base=bad)
    assert not (tmp_path / "p").exists()


def test_never_overwrites_out_or_shipped_probe_without_force(tmp_path):
    from asksafe.probe import model_dir

    out = tmp_path / "p"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    with pytest.raises(OutputExistsError, match="--force"):
        learn(labelled(), out=out)
    assert (out / "keep.txt").read_text() == "mine"
    with pytest.raises(OutputExistsError, match="shipped probe"):
        learn(labelled(), out=model_dir())


def test_database_without_feedback_tables(tmp_path):
    import sqlite3

    db = tmp_path / "other.sqlite"
    sqlite3.connect(db).execute("create table unrelated (x int)").connection.commit()
    with pytest.raises(FeedbackSourceError, match="no feedback tables"):
        read_audit(db)
    assert [r[0] for r in sqlite3.connect(db).execute("select name from sqlite_master")] == ["unrelated"]  # untouched
    (tmp_path / "junk.sqlite").write_bytes(b"not a database at all" * 50)
    with pytest.raises(FeedbackSourceError):
        read_audit(tmp_path / "junk.sqlite")
    with pytest.raises(FeedbackSourceError, match="no database"):
        read_audit(tmp_path / "missing.sqlite")


def test_audit_records_from_the_feedback_store(tmp_path):
    from asksafe.feedback import FeedbackStore
    from asksafe.types import Decision

    db = tmp_path / "runs.sqlite"
    with FeedbackStore(str(db)) as store:
        ask = Decision(action="ask", reason="p high", p_blocker=0.9, policy="balanced", threshold=0.8, propensity=0.95)
        act = Decision(action="act", reason="p low", p_blocker=0.2, policy="balanced", threshold=0.8, propensity=0.05,
                       explored=True)
        store.record_decision("run-1", 0, ask, "Email the report to the leads", question_id="q1",
                              question="Which leads?")
        store.record_answer("q1", "the EU ones", responder="ana")
        store.record_decision("run-2", 0, ask, "Deploy to production", question_id="q2", question="Which region?")
        store.record_answer("q2", None)  # expired unanswered: no label
        store.record_decision("run-3", 0, act, "Sum revenue per month")
        store.report_outcome("run-3", success=False, should_have_asked="Gross or net?")
    fb = read_audit(db)
    assert [r.group for r in fb.records] == ["run-1", "run-2", "run-3"] and not fb.problems
    t = [record_target(r) for r in fb.records]
    assert t[0].label == 1 and t[0].weight == pytest.approx(0.7 / 0.95)
    assert t[1] is None
    assert t[2].label == 1 and t[2].weight == pytest.approx(0.7 * 10)  # explored act, 1/0.05 clipped at 10


def test_cli_errors_are_one_line(tmp_path):
    runner = CliRunner()
    f = tmp_path / "fb.jsonl"
    f.write_text(json.dumps({"text": "x"}) + "\n{oops\n")
    r = runner.invoke(app, ["learn", "--from-jsonl", str(f), "--out", str(tmp_path / "p")])
    assert r.exit_code == 2
    assert "line 2" in r.output and "nothing to learn from: 0 usable records" in r.output
    r = runner.invoke(app, ["learn", "--from-jsonl", str(f), "--strict", "--out", str(tmp_path / "p")])
    assert r.exit_code == 2 and "--strict" in r.output
    r = runner.invoke(app, ["learn", "--out", str(tmp_path / "p")])
    assert r.exit_code == 2 and "either --from-jsonl" in r.output


# ------------------------------------------------------------------ learning (a few dozen records)

# A team whose "nightly sync" requests always need to say which tenant: the shipped probe does not know that.
TENANTS = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Wonka", "Tyrell", "Cyberdyne",
           "Soylent", "Oscorp", "Vandelay", "Massive", "Pied Piper", "Aperture", "Gringotts", "Monarch"]
ASK = "Run the nightly sync for the {t} tenant"
ACT = "Run the nightly sync for tenant id {n} in region eu-west-1"


def domain(flip_train_of: set[str] | None = None) -> list[FeedbackRecord]:
    out = []
    for i, t in enumerate(TENANTS):
        g = f"run-{i}"
        for text, needed in ((ASK.format(t=t), True), (ACT.format(n=4100 + i), False)):
            if flip_train_of is not None and g not in flip_train_of:
                needed = not needed  # the training side lies; the held-out side tells the truth
            out.append(FeedbackRecord(text=text, verdict="needed" if needed else "not_needed", group=g,
                                      question=f"Which {t} tenant: production or staging?" if needed else None))
    return out


FAST = LearnConfig(seed=3, replay=32, epochs=8, min_steps=40, min_calibration_per_class=1)  # a tiny slice recalibrates


@pytest.fixture(scope="module")
def learned(tmp_path_factory):
    out = tmp_path_factory.mktemp("learn") / "acme-v1"
    report = learn(domain(), out=out, cfg=FAST, source="test")
    return out, report


def test_learned_probe_is_written_versioned_and_loads(learned, monkeypatch):
    import asksafe
    from asksafe.probe import Probe

    out, report = learned
    assert {p.name for p in out.iterdir()} >= {"probe.safetensors", "config.json", "calibration.json",
                                               "MODEL_CARD.md", "learn.json", "replay.jsonl"}
    assert not list(out.parent.glob(".*tmp*"))
    config = json.loads((out / "config.json").read_text())
    assert config["version"] == 1 and config["lineage"][0]["base"] == "shipped"
    card = (out / "MODEL_CARD.md").read_text()
    assert "usable | 36" in card and "needed_question" in card and "| auroc |" in card
    assert report["records"]["usable"] == 36 and report["records"]["held_out"] > 0
    assert report["after"]["auroc"] >= report["before"]["auroc"]
    assert math.isclose(json.loads((out / "calibration.json").read_text())["thresholds"]["balanced"],
                        report["thresholds"]["balanced"])

    monkeypatch.setenv("ASKSAFE_PROBE_BACKEND", "torch")
    p = Probe.load(out)
    assert p.config["version"] == 1
    monkeypatch.setenv("ASKSAFE_PROBE", str(out))
    assert Probe.load().config["version"] == 1
    graph = asksafe.wrap(lambda task, ctx: "done", channel=None, probe=str(out))
    assert graph is not None


def test_decision_moves_the_right_way_on_fed_items_and_paraphrases(learned, probe, monkeypatch):
    from asksafe.probe import Probe

    monkeypatch.setenv("ASKSAFE_PROBE_BACKEND", "torch")
    new = Probe.load(learned[0])
    fed_ask = [ASK.format(t=t) for t in TENANTS[:6]]
    fed_act = [ACT.format(n=4100 + i) for i in range(6)]
    para_ask = ["Please kick off the nightly sync for the Contoso tenant",
                "Can you start tonight's sync job for the Northwind tenant?",
                "Trigger the nightly tenant sync for Fabrikam"]
    para_act = ["Please kick off the nightly sync for tenant id 9312 in region us-east-2",
                "Start tonight's sync job for tenant id 5120 in region eu-west-1",
                "Trigger the nightly sync, tenant id 7781, region ap-south-1"]

    def mean(pr, texts):
        return sum(a.p_blocker for a in pr.assess_many(texts)) / len(texts)

    for asks, acts in ((fed_ask, fed_act), (para_ask, para_act)):
        gap_before = mean(probe, asks) - mean(probe, acts)
        gap_after = mean(new, asks) - mean(new, acts)
        assert gap_after > gap_before + 0.2, (gap_before, gap_after)
        assert mean(new, asks) > mean(new, acts)
    # and the policy's threshold (recalibrated on the held-out feedback) falls between them on the fed items
    balanced = new.calibration["thresholds"]["balanced"]
    assert min(a.p_blocker for a in new.assess_many(fed_ask)) >= balanced > max(a.p_blocker for a in new.assess_many(fed_act))


def test_a_held_out_slice_too_small_to_calibrate_keeps_the_base_thresholds(tmp_path):
    from asksafe.probe import model_dir

    shipped = json.loads((model_dir() / "calibration.json").read_text())["thresholds"]
    report = learn(domain(), out=tmp_path / "v1", cfg=LearnConfig(seed=3, replay=32, epochs=1, min_steps=1),
                   source="test")
    assert report["records"]["held_out"] < 40 and not report["thresholds_recalibrated"]
    assert report["thresholds"] == shipped
    assert "base thresholds kept" in json.loads((tmp_path / "v1" / "calibration.json").read_text())["calibrated_on"]


def test_refuses_to_ship_a_regression(tmp_path):
    recs = domain()
    from asksafe.learn import record_target as rt

    held = split_groups([group_of(r) for r in recs], [rt(r).label for r in recs], FAST.held_out, FAST.seed)
    bad = domain(flip_train_of=held)  # training labels inverted, held-out ones true
    out = tmp_path / "bad-v1"
    with pytest.raises(NoImprovementError, match=r"auroc base [0-9.]+, new [0-9.]+"):
        learn(bad, out=out, cfg=FAST)
    assert not out.exists() and not list(tmp_path.glob(".*"))


def test_bench_html_section_reads_the_learning_results(tmp_path):
    from asksafe.bench.learning import html_section

    assert html_section(tmp_path / "none.json") == ""
    f = tmp_path / "results.json"
    f.write_text(json.dumps({"seeds": 1, "forgetting_base": {"validation": 0.8},
                             "summary": {"triagesql": {"labelled:500": {"auroc": 0.81, "f1_ask": 0.7,
                                                                        "false_alarm_rate": 0.1, "lr_auroc": 0.6,
                                                                        "refused": 0, "runs": 1,
                                                                        "forgetting": {"validation": 0.79}}}}}))
    page = html_section(f)
    assert "<td>triagesql</td><td>labelled</td><td>500</td><td>0.81</td>" in page and "0.79" in page
