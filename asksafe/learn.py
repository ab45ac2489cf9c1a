"""Learn when to ask from the people a deployment works with: ``asksafe learn``.

Each feedback record (the JSONL shape below, or the rows the Inbox database
records, see ``docs/feedback.md``) becomes a target for the probe's "should ask"
head with a weight; the probe is fine-tuned from its base with
``asksafe.train.fit_top`` (what ``asksafe train`` uses: the heads, and the top
encoder layers if configured) on those targets mixed with a replay sample of the
shipped corpus, recalibrated on a held-out slice of the feedback, and written
only if it is not worse than its base on that slice. See ``docs/learning.md``.

>>> records, problems = read_jsonl(Path("feedback.jsonl"))
>>> report = learn(records, out=Path("probes/acme-v1"))          # NoImprovementError if it got worse
>>> Probe.load("probes/acme-v1")                                   # or wrap(agent, probe="probes/acme-v1")

One record per line::

    {"text": str, "context": str|null, "verdict": "needed"|"not_needed"|null,
     "action": "ask"|"act"|null, "outcome": "success"|"failure"|null,
     "propensity": float|null, "question": str|null, "answer": str|null, "group": str|null}

A record with ``text`` and ``verdict`` and no ``action`` is fully labelled. One with an
``action`` is bandit feedback: only the taken action's result is known, so its
weight is the shaped-reward advantage of the better action times the clipped
inverse propensity (see :func:`record_target`).
"""

from __future__ import annotations

import copy
import hashlib
import json
import math
import os
import random
import re
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from pydantic import ConfigDict, ValidationError, field_validator

from asksafe.errors import (
    BaseProbeError,
    FeedbackFormatError,
    FeedbackSourceError,
    NoImprovementError,
    NothingToLearnError,
    OutputExistsError,
)
from asksafe.feedback import FeedbackRecord as ExportRecord

Progress = Callable[[str, int, int], None]
REPLAY_FILE = "replay.jsonl"


# ------------------------------------------------------------------ the record

class FeedbackRecord(ExportRecord):
    """One decision and what came of it: the export's record shape (:class:`asksafe.feedback.FeedbackRecord`,
    the JSONL contract of ``asksafe learn``), validated for learning; unknown keys are ignored."""

    model_config = ConfigDict(extra="ignore")

    @field_validator("text")
    @classmethod
    def _text(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("text is empty")
        return v

    @field_validator("propensity")
    @classmethod
    def _propensity(cls, v: float | None) -> float | None:
        if v is not None and not (0.0 < v <= 1.0):
            raise ValueError(f"propensity must be in (0, 1], got {v}")
        return v


# ------------------------------------------------------------------ rewards and weights (pure)

@dataclass(frozen=True)
class RewardWeights:
    """The shaped reward (HiL-Bench / ProactiveBench style): a right act beats a needed question,
    which beats a wrong guess, and a question that was not needed costs something."""

    correct_act: float = 1.0  # acted on a task that needed no question (it succeeded)
    needed_question: float = 0.7  # asked, and the question was needed
    unneeded_question: float = -0.3  # asked, and it was not needed (question spam)
    wrong_guess: float = 0.0  # acted on a task that needed a question (it failed)

    def __post_init__(self) -> None:
        if not (self.needed_question > self.wrong_guess and self.correct_act > self.unneeded_question):
            raise ValueError("reward weights must make asking best when a question is needed "
                             "(needed_question > wrong_guess) and acting best when not (correct_act > unneeded_question)")

    def reward(self, action: str, needed: bool) -> float:
        if action == "ask":
            return self.needed_question if needed else self.unneeded_question
        return self.wrong_guess if needed else self.correct_act

    def advantage(self, action: str, needed: bool) -> float:
        """Reward of the taken action minus the other's: > 0 when the taken action was the better one."""
        return self.reward(action, needed) - self.reward("act" if action == "ask" else "ask", needed)


DEFAULT_REWARDS = RewardWeights()
DEFAULT_IPS_CLIP = 10.0


def ips_weight(propensity: float | None, clip: float = DEFAULT_IPS_CLIP) -> float:
    """Clipped inverse propensity: ``min(1 / p, clip)``; no logged propensity counts as p = 1."""
    if clip < 1.0:
        raise ValueError(f"the propensity clip must be >= 1, got {clip}")
    if propensity is None:
        return 1.0
    if not 0.0 < propensity <= 1.0:
        raise ValueError(f"propensity must be in (0, 1], got {propensity}")
    return min(1.0 / propensity, clip)


def was_needed(r: FeedbackRecord) -> bool | None:
    """Whether a question was needed, from what the record says, else ``None`` (no label).

    An explicit verdict wins. Without one: an answered question counts as needed
    (a responder who thought it unneeded marks "not needed"), an act that failed
    as a wrong guess, an act that succeeded as needing nothing.
    """
    if r.verdict is not None:
        return r.verdict == "needed"
    if r.action == "ask" and r.answer and r.answer.strip():
        return True
    if r.action == "act" and r.outcome is not None:
        return r.outcome == "failure"
    return None


@dataclass(frozen=True)
class Target:
    label: int  # 1: should have asked
    weight: float
    kind: Literal["labelled", "bandit"]


def record_target(r: FeedbackRecord, rewards: RewardWeights = DEFAULT_REWARDS,
                  clip: float = DEFAULT_IPS_CLIP) -> Target | None:
    """The "should ask" label of a record and its training weight, or ``None`` when it has no label.

    Fully labelled (no action): weight 1. Bandit (an action was taken): the label is the better
    action under ``rewards`` and the weight ``|advantage(taken)| * min(1/propensity, clip)``, so an
    action the policy rarely takes (explored) counts for more, and a costly mistake more than a
    cheap one.
    """
    needed = was_needed(r)
    if needed is None:
        return None
    if r.action is None:
        return Target(int(needed), 1.0, "labelled")
    w = abs(rewards.advantage(r.action, needed)) * ips_weight(r.propensity, clip)
    return Target(int(needed), w, "bandit")


def normalize_bandit(targets: list[Target]) -> list[Target]:
    """Scale the bandit weights to mean 1 (self-normalized IPS); labelled ones keep weight 1."""
    ws = [t.weight for t in targets if t.kind == "bandit"]
    mean = sum(ws) / len(ws) if ws else 1.0
    if mean <= 0:
        return targets
    return [Target(t.label, t.weight / mean, t.kind) if t.kind == "bandit" else t for t in targets]


def group_of(r: FeedbackRecord) -> str:
    """A record's group (run or task); one without a group is its own, keyed by its text."""
    return r.group or "text:" + hashlib.sha1(f"{r.text}\x00{r.context or ''}".encode()).hexdigest()[:16]


def split_groups(groups: list[str], labels: list[int], held_out: float, seed: int) -> set[str]:
    """The groups held out: ``held_out`` of those with a positive and of those without, by seed.

    One group is never on both sides. At least one group is held out and one kept.
    """
    uniq = sorted(set(groups))
    if len(uniq) < 2:
        raise NothingToLearnError(f"need feedback from at least 2 groups (runs or tasks) to hold one out; got {len(uniq)}")
    pos = {g for g, y in zip(groups, labels) if y == 1}
    rng = random.Random(seed)
    held: set[str] = set()
    for part in (sorted(g for g in uniq if g in pos), sorted(g for g in uniq if g not in pos)):
        rng.shuffle(part)
        held.update(part[: round(len(part) * held_out)])
    if not held:
        held.add(rng.choice(uniq))
    if len(held) == len(uniq):
        held.discard(sorted(held)[0])
    return held


_WORD = re.compile(r"[A-Za-z0-9_]+")


def weak_span(text: str, question: str | None) -> tuple[int, int] | None:
    """The span head's weak target: the longest content word of the question found in the text."""
    if not question:
        return None
    from asksafe.checks import is_content

    qwords = {w.lower() for w in _WORD.findall(question) if is_content(w)}
    best: tuple[int, int] | None = None
    for m in _WORD.finditer(text):
        if m.group().lower() in qwords and (best is None or m.end() - m.start() > best[1] - best[0]):
            best = (m.start(), m.end())
    return best


# ------------------------------------------------------------------ reading feedback

@dataclass
class Feedback:
    """Records read from a source, and the lines that could not be used (``(line, why)``)."""

    records: list[FeedbackRecord]
    problems: list[tuple[int, str]] = field(default_factory=list)
    source: str = ""


def parse_record(row: Any) -> FeedbackRecord:
    if not isinstance(row, dict):
        raise ValueError(f"expected a JSON object, got {type(row).__name__}")
    try:
        return FeedbackRecord.model_validate(row)
    except ValidationError as exc:
        e = exc.errors()[0]
        where = ".".join(str(x) for x in e["loc"]) or "record"
        raise ValueError(f"{where}: {e['msg']}") from None


def read_jsonl(path: Path, strict: bool = False) -> Feedback:
    """Feedback records from a JSONL file; malformed lines are skipped and reported (``strict``: refused)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise FeedbackFormatError(f"cannot read {path}: {exc}") from exc
    fb = Feedback([], [], str(path))
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            fb.records.append(parse_record(json.loads(line)))
        except json.JSONDecodeError as exc:
            fb.problems.append((n, f"not JSON ({exc.msg})"))
        except ValueError as exc:
            fb.problems.append((n, str(exc)))
    if strict and fb.problems:
        raise FeedbackFormatError(f"{path}: {len(fb.problems)} malformed line(s) (--strict): " + describe_problems(fb.problems))
    return fb


def describe_problems(problems: list[tuple[int, str]], limit: int = 5) -> str:
    shown = "; ".join(f"line {n}: {why}" for n, why in problems[:limit])
    return shown + (f"; and {len(problems) - limit} more" if len(problems) > limit else "")


FEEDBACK_TABLES = ("asksafe_decisions", "asksafe_verdicts", "asksafe_outcomes", "asksafe_questions")


def check_feedback_tables(db: str | Path) -> None:
    """Raise :class:`FeedbackSourceError` unless ``db`` holds the feedback tables (read only: nothing is created)."""
    from asksafe.db import Database

    if "://" not in str(db) and not Path(db).is_file():
        raise FeedbackSourceError(f"no database at {db}")
    try:
        conn = Database(str(db), (), what="feedback database")
    except Exception as exc:
        raise FeedbackSourceError(f"cannot open {db} as a feedback database: {exc}") from exc
    try:
        missing = []
        for table in FEEDBACK_TABLES:
            try:
                conn.rows(f"SELECT 1 AS x FROM {table} LIMIT 1")
            except Exception:
                missing.append(table)
    finally:
        conn.close()
    if missing:
        raise FeedbackSourceError(f"{db} has no feedback tables ({', '.join(missing)} missing): record decisions with "
                                  "wrap(..., feedback=DB) or an Inbox, or pass --from-jsonl")


def read_audit(db: str | Path, strict: bool = False) -> Feedback:
    """Feedback records exported from an Inbox database (:func:`asksafe.feedback.export_records`)."""
    from asksafe.feedback import export_records

    check_feedback_tables(db)
    fb = Feedback([], [], str(db))
    try:
        rows = list(export_records(str(db)))
    except Exception as exc:  # sqlite3 / psycopg errors: tables of another shape
        raise FeedbackSourceError(f"cannot read the feedback in {db} ({type(exc).__name__}: {exc})") from exc
    for n, row in enumerate(rows, 1):
        try:
            fb.records.append(parse_record(row))
        except ValueError as exc:
            fb.problems.append((n, str(exc)))
    if strict and fb.problems:
        raise FeedbackFormatError(f"{db}: {len(fb.problems)} malformed record(s) (--strict): " + describe_problems(fb.problems))
    return fb


# ------------------------------------------------------------------ the update

@dataclass
class LearnConfig:
    seed: int = 13
    rewards: RewardWeights = DEFAULT_REWARDS
    ips_clip: float = DEFAULT_IPS_CLIP
    held_out: float = 0.25  # share of groups held out to calibrate and to check the update
    # thresholds are recalibrated only when the held-out slice has this many records of each class; below
    # it the base's thresholds are kept (the suite replay saw 33-37 held-out records with ~12 negatives move
    # the balanced threshold from 0.58 to 0.97 between seeds)
    min_calibration_per_class: int = 20
    epochs: int = 4
    min_steps: int = 60  # small feedback sets get more epochs (up to max_epochs) so the update moves
    max_epochs: int = 20
    replay: int | None = None  # replay items mixed in; default max(replay_min, training records)
    replay_min: int = 256
    # encoder layers fine-tuned beside the heads. 0 (heads only, on the base's whole encoder) keeps
    # 1,000 records inside 5 minutes on 2 cores: every example then costs one forward pass, where each
    # trained layer adds a backward pass per epoch (benchmarks/learning/README.md has the timings)
    trainable_layers: int = 0
    lr_encoder: float = 4e-5
    lr_heads: float = 1e-3
    batch_size: int = 32


def load_base(base: str | Path | None):
    """The probe to start from (torch, CPU, trainable): ``base``, else the shipped one."""
    from asksafe.probe import Probe, model_dir

    d = Path(base) if base else model_dir()
    if not (d / "probe.safetensors").exists() or not (d / "config.json").exists():
        raise BaseProbeError(f"no probe at {d} (needs probe.safetensors and config.json)")
    try:
        return Probe.load(d, device="cpu", backend="torch")
    except Exception as exc:  # safetensors / json / shape errors: a corrupt folder
        raise BaseProbeError(f"the base probe at {d} cannot be read ({type(exc).__name__}: {str(exc)[:160]})") from exc


def load_replay(base: str | Path | None) -> list:
    """The replay sample beside the base's weights (else the shipped one), as training examples."""
    from asksafe.probe import model_dir
    from asksafe.training_data import Example

    for d in ([Path(base)] if base else []) + [model_dir()]:
        p = d / REPLAY_FILE
        if p.exists():
            out = []
            for line in p.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    r = json.loads(line)
                    out.append(Example(text=r["text"], context=r.get("context"), label=int(r["label"]),
                                       dataset="replay", type=r.get("type"), subtype=r.get("subtype") or "",
                                       span=tuple(r["span"]) if r.get("span") else None, group=r.get("group") or ""))
            return out
    return []


def to_examples(records: list[FeedbackRecord], targets: list[Target]) -> list:
    from asksafe.training_data import Example

    return [Example(text=r.text, context=r.context, label=t.label, dataset="feedback",
                    span=weak_span(r.text, r.question) if t.label == 1 else None, group=group_of(r))
            for r, t in zip(records, targets)]


def fit_feedback(net, tok, config: dict, examples: list, weights: list[float], replay: list, cfg: LearnConfig,
                 progress: Progress | None = None, featurizer: Callable[[list], list[dict]] | None = None) -> None:
    """Fine-tune ``net`` in place on weighted feedback ``examples`` mixed with ``replay`` (weight 1)."""
    from asksafe.train import TrainConfig, featurize, fit_top

    layers = min(cfg.trainable_layers, int(config.get("trainable_layers", 3)))  # `save` still writes all of config's
    feat = featurizer or (lambda ex: featurize(net, tok, ex, layers,
                                               progress=(lambda s, n: progress("encode", s, n)) if progress else None))
    n_replay = min(len(replay), cfg.replay if cfg.replay is not None else max(cfg.replay_min, len(examples)))
    mix = random.Random(cfg.seed).sample(replay, n_replay) if n_replay else []
    feats = feat(list(examples) + mix)
    feats = [dict(f, weight=w) for f, w in zip(feats, list(weights) + [1.0] * len(mix))]
    per_epoch = math.ceil(len(feats) / cfg.batch_size)
    epochs = min(cfg.max_epochs, max(cfg.epochs, math.ceil(cfg.min_steps / per_epoch)))
    tc = TrainConfig(seed=cfg.seed, epochs=epochs, batch_size=cfg.batch_size, lr_encoder=cfg.lr_encoder,
                     lr_heads=cfg.lr_heads, trainable_layers=layers,
                     warmup_steps=max(1, min(50, per_epoch * epochs // 10)))
    fit_top(net, config, feats, tc, progress=(lambda s, n: progress("train", s, n)) if progress else None)


def compare(base_scores: list[float], new_scores: list[float], labels: list[int]) -> tuple[str, float, float]:
    """(metric, base, new) on the held-out slice: AUROC when it has both classes, else Brier score (lower is better)."""
    from asksafe.metrics import auroc

    if 0 < sum(labels) < len(labels):
        return "auroc", auroc(base_scores, labels), auroc(new_scores, labels)
    def brier(s): return sum((p - y) ** 2 for p, y in zip(s, labels)) / len(labels)
    return "brier", brier(base_scores), brier(new_scores)


def is_worse(metric: str, base: float, new: float) -> bool:
    return new < base if metric == "auroc" else new > base


def _check_out(out: Path, force: bool) -> None:
    from asksafe.probe import model_dir

    if out.resolve() == model_dir().resolve() and not force:
        raise OutputExistsError(f"{out} is the shipped probe; write elsewhere (or pass --force to replace it)")
    if out.exists() and not force:
        raise OutputExistsError(f"{out} exists; choose a new --out or pass --force to replace it")


def learn(records: Iterable[FeedbackRecord], out: str | Path, base: str | Path | None = None,
          cfg: LearnConfig | None = None, force: bool = False, progress: Progress | None = None,
          source: str = "", problems: int = 0) -> dict:
    """Update the probe from feedback and write it to ``out``; returns the report (also in ``learn.json``).

    Raises :class:`NothingToLearnError` (no usable record), :class:`BaseProbeError`,
    :class:`OutputExistsError` (``out`` exists, no ``force``) and :class:`NoImprovementError`
    (the update is worse than its base on the held-out feedback: nothing is written).
    """
    from asksafe.metrics import binary_metrics, calibrate_thresholds
    from asksafe.train import probe_scores

    cfg = cfg or LearnConfig()
    t0 = time.time()
    out = Path(out)
    records = list(records)
    pairs = [(r, record_target(r, cfg.rewards, cfg.ips_clip)) for r in records]
    usable = [(r, t) for r, t in pairs if t is not None]
    if not usable:
        raise NothingToLearnError(f"nothing to learn from: 0 usable records (of {len(records)} read; "
                                  "each needs a verdict, an answered question, or an act with its outcome)")
    _check_out(out, force)
    recs = [r for r, _ in usable]
    targets = [t for _, t in usable]
    groups = [group_of(r) for r in recs]
    held = split_groups(groups, [t.label for t in targets], cfg.held_out, cfg.seed)
    tr = [i for i, g in enumerate(groups) if g not in held]
    ho = [i for i, g in enumerate(groups) if g in held]
    train_targets = normalize_bandit([targets[i] for i in tr])

    probe = load_base(base)
    base_label = str(Path(base).resolve()) if base else "shipped"
    held_ex = to_examples([recs[i] for i in ho], [targets[i] for i in ho])
    labels = [e.label for e in held_ex]
    base_scores = probe_scores(probe, held_ex)  # before the update: the net is changed in place

    from asksafe.probe import Probe

    net, tok, config = probe.net, probe.tokenizer, copy.deepcopy(probe.config)
    fit_feedback(net, tok, config, to_examples([recs[i] for i in tr], train_targets),
                 [t.weight for t in train_targets], load_replay(base), cfg, progress)
    new = Probe(net, tok, config, {}, device="cpu")
    new_scores = probe_scores(new, held_ex)
    metric, m_base, m_new = compare(base_scores, new_scores, labels)
    base_t = dict(probe.calibration.get("thresholds") or {"cautious": 0.5, "balanced": 0.5, "autonomous": 0.5})
    pos = sum(labels)
    both = min(pos, len(labels) - pos) >= max(1, cfg.min_calibration_per_class)
    thresholds = calibrate_thresholds(new_scores, labels) if both else base_t
    before = binary_metrics(base_scores, labels, base_t["balanced"])
    after = binary_metrics(new_scores, labels, thresholds["balanced"])
    if is_worse(metric, m_base, m_new):
        raise NoImprovementError(
            f"the learned probe is worse than its base on the {len(ho)} held-out records "
            f"({metric} base {m_base:.4f}, new {m_new:.4f}); nothing written")

    kinds = Counter(t.kind for t in targets)
    report = {
        "version": int(config.get("version", 0)) + 1,
        "base": base_label, "source": source, "seed": cfg.seed,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "records": {"read": len(records) + problems, "malformed": problems, "unlabelled": len(records) - len(recs),
                    "usable": len(recs), "labelled": kinds.get("labelled", 0), "bandit": kinds.get("bandit", 0),
                    "positive": sum(t.label for t in targets), "train": len(tr), "held_out": len(ho),
                    "groups_train": len(set(groups)) - len(held), "groups_held_out": len(held)},
        "rewards": asdict(cfg.rewards), "ips_clip": cfg.ips_clip,
        "held_out_check": {"metric": metric, "base": round(m_base, 4), "new": round(m_new, 4)},
        "before": before, "after": after, "thresholds": thresholds,
        "thresholds_recalibrated": both,
        "seconds": round(time.time() - t0, 1),
    }
    config["version"] = report["version"]
    config["lineage"] = [*config.get("lineage", []), {"base": base_label, "records": len(recs),
                                                      "created": report["created"]}]
    calibration = {"thresholds": thresholds,
                   "positive_scores": sorted(round(s, 4) for s, y in zip(new_scores, labels) if y == 1),
                   "calibrated_on": f"held-out feedback, {len(ho)} records in {len(held)} groups"
                                    + ("" if both else f" (fewer than {cfg.min_calibration_per_class} records of a "
                                                        "class: base thresholds kept)")}
    _write(out, force, net, config, calibration, report, base)
    return report


def _write(out: Path, force: bool, net, config: dict, calibration: dict, report: dict, base: str | Path | None) -> None:
    """Everything into a hidden temp folder beside ``out``, then renamed into place."""
    from asksafe.probe import model_dir
    from asksafe.train import save

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.parent / f".{out.name}.tmp-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    try:
        save(net, config, tmp)
        (tmp / "calibration.json").write_text(json.dumps(calibration, indent=1))
        (tmp / "learn.json").write_text(json.dumps(report, indent=1))
        replay = next((d / REPLAY_FILE for d in ([Path(base)] if base else []) + [model_dir()]
                       if (d / REPLAY_FILE).exists()), None)
        if replay:  # a later `learn --base OUT` mixes in the same general sample
            shutil.copyfile(replay, tmp / REPLAY_FILE)
        (tmp / "MODEL_CARD.md").write_text(model_card(report))
        _check_out(out, force)  # again: something may have appeared while training
        if out.exists():
            old = out.parent / f".{out.name}.old-{os.getpid()}"
            os.replace(out, old)
            os.replace(tmp, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def model_card(report: dict) -> str:
    r, b, a, c = report["records"], report["before"], report["after"], report["held_out_check"]
    rows = "\n".join(f"| {k} | {b[k]} | {a[k]} |" for k in ("auroc", "f1_ask", "precision", "recall",
                                                            "false_alarm_rate", "threshold"))
    return f"""# asksafe probe — learned from feedback (version {report['version']})

Written {report['created']} by `asksafe learn` from {report['source'] or 'feedback'}, starting from the
{report['base']} probe (seed {report['seed']}, {report['seconds']} s). Heads (and top MiniLM layers, if configured) fine-tuned
on the feedback mixed with the shipped replay sample; thresholds recalibrated on the held-out slice.

## Feedback
| records | count |
|---|---|
| read | {r['read']} |
| malformed (skipped) | {r['malformed']} |
| without a label | {r['unlabelled']} |
| usable | {r['usable']} (fully labelled {r['labelled']}, bandit {r['bandit']}; should-ask {r['positive']}) |
| trained on | {r['train']} ({r['groups_train']} groups) |
| held out | {r['held_out']} ({r['groups_held_out']} groups) |

Reward weights: {json.dumps(report['rewards'])}; inverse-propensity clip {report['ips_clip']}.

## Held-out feedback, before and after
The update is written only when its {c['metric']} on the held-out slice is not worse than the base's
(base {c['base']}, new {c['new']}). Base at its own `balanced` threshold, new at the recalibrated one
(thresholds {'recalibrated on this slice' if report['thresholds_recalibrated'] else 'kept from the base: too few records of a class to recalibrate'}).

| metric | base | learned |
|---|---|---|
{rows}

Thresholds: {json.dumps(report['thresholds'])}
"""
