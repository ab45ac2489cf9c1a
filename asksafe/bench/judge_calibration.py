"""Calibrate the judge's thresholds on labelled pairs; report held-out accuracy.

    python -m asksafe.bench.judge_calibration [PAIRS.jsonl] [SUITE_DIR]

Sweeps the thresholds on the ``train`` split, picks the most accurate set
whose precision is at least ``MIN_PRECISION`` (a judge that over-matches
inflates every Ask-F1), and scores it on the held-out ``test`` split.

>>> pairs = load_pairs()
>>> evaluate(Judge(), pairs, tasks_by_id(load_suite())).accuracy
0.9...
"""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from pydantic import BaseModel, Field

from asksafe.bench.judge import Judge, JudgeThresholds
from asksafe.bench.tasks import Task, load_suite, suite_dir


class JudgePair(BaseModel):
    """One labelled row of ``pairs.jsonl``."""

    question: str
    task_id: str
    blocker_id: str | None
    match: bool
    kind: str
    split: str = "train"
    expected_: str | None = Field(default=None, alias="expected")
    context: list[str] = Field(default_factory=list)
    holdout_example: int | None = None

    @property
    def expected(self) -> str | None:
        """What the judge should return."""
        return self.blocker_id if self.match else self.expected_


@dataclass
class JudgeScore:
    n: int
    accuracy: float
    precision: float
    recall: float
    by_kind: dict[str, float]

    def line(self) -> str:
        return f"n={self.n} accuracy={self.accuracy:.3f} precision={self.precision:.3f} recall={self.recall:.3f}"


def pairs_path() -> Path:
    return suite_dir() / "judge" / "pairs.jsonl"


def load_pairs(path: Path | None = None) -> list[JudgePair]:
    with open(path or pairs_path(), encoding="utf-8") as fh:
        return [JudgePair.model_validate_json(line) for line in fh if line.strip()]


def tasks_by_id(tasks: Iterable[Task]) -> dict[str, Task]:
    return {t.id: t for t in tasks}


def predict(judge: Judge, pair: JudgePair, task: Task) -> str | None:
    excl = (pair.blocker_id, pair.holdout_example) if pair.holdout_example is not None and pair.blocker_id else None
    return judge.verdict(pair.question, task, pair.context, exclude_example=excl).blocker_id


def evaluate(judge: Judge, pairs: Sequence[JudgePair], tasks: dict[str, Task]) -> JudgeScore:
    """Accuracy (prediction == expected), and precision/recall of the matches it returns."""
    pairs = [p for p in pairs if p.task_id in tasks]
    judge.prime([p.question for p in pairs])
    tp = fp = fn = ok = 0
    kind_ok: dict[str, list[int]] = {}
    for p in pairs:
        got, want = predict(judge, p, tasks[p.task_id]), p.expected
        good = got == want
        ok += good
        kind_ok.setdefault(p.kind, []).append(int(good))
        if got is not None and good:
            tp += 1
        if got is not None and not good:
            fp += 1
        if want is not None and not good:
            fn += 1
    n = len(pairs)
    return JudgeScore(
        n=n, accuracy=ok / max(n, 1), precision=tp / max(tp + fp, 1), recall=tp / max(tp + fn, 1),
        by_kind={k: sum(v) / len(v) for k, v in sorted(kind_ok.items())},
    )


WEIGHTS = [(1.0, 0.0, 0.0), (0.7, 0.3, 0.0), (0.6, 0.2, 0.2), (0.5, 0.25, 0.25), (0.4, 0.3, 0.3), (0.8, 0.0, 0.2)]
MIN_SCORES = [round(0.30 + 0.025 * i, 3) for i in range(17)]
MARGINS = [0.0, 0.02, 0.05]
MIN_PRECISION = 0.90
CONJ = [(cm, co) for cm in (0.25, 0.30, 0.35, 0.40) for co in (0.10, 0.15, 0.20, 0.25)]
STATED = [(0.05, 0.7), (0.1, 0.7), (0.15, 0.75), (0.2, 0.8), (9.0, 9.0)]


def calibrate(pairs: Sequence[JudgePair], tasks: dict[str, Task], base: Judge | None = None) -> tuple[JudgeThresholds, JudgeScore]:
    """Grid-search the thresholds on ``pairs`` (the train split)."""
    judge = base or Judge()
    best: tuple[tuple[float, ...], JudgeThresholds, JudgeScore] | None = None
    # the score weights and cut first (stated check off), then the stated check
    for (wm, wa, wd), ms, mg in itertools.product(WEIGHTS, MIN_SCORES, MARGINS):
        th = JudgeThresholds(min_score=ms, margin=mg, w_max=wm, w_mean=wa, w_desc=wd,
                             stated_margin=9.0, stated_min=9.0)
        s = evaluate(judge.with_thresholds(th), pairs, tasks)
        key = (float(s.precision >= MIN_PRECISION), s.accuracy, s.precision)
        if best is None or key > best[0]:
            best = (key, th, s)
    assert best is not None
    for (sm, smin), rk, pm in itertools.product(STATED, [0.8, 0.85, 0.9], [0.2, 0.25, 0.3, 0.35]):
        th = replace(best[1], stated_margin=sm, stated_min=smin, resolution_known=rk, part_min=pm)
        s = evaluate(judge.with_thresholds(th), pairs, tasks)
        key = (float(s.precision >= MIN_PRECISION), s.accuracy, s.precision)
        if key > best[0]:
            best = (key, th, s)
    for cm, co in CONJ:  # "A and B" joins: how well a conjunct must match another blocker, or fail this one
        th = replace(best[1], conj_min=cm, conj_other=co)
        s = evaluate(judge.with_thresholds(th), pairs, tasks)
        key = (float(s.precision >= MIN_PRECISION), s.accuracy, s.precision)
        if key > best[0]:
            best = (key, th, s)
    return best[1], best[2]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    pairs = load_pairs(Path(argv[0]) if argv else None)
    tasks = tasks_by_id(load_suite(argv[1] if len(argv) > 1 else None))
    train = [p for p in pairs if p.split == "train"]
    test = [p for p in pairs if p.split == "test"]
    judge = Judge()
    print("current defaults, train:", evaluate(judge, train, tasks).line())
    print("current defaults, test: ", evaluate(judge, test, tasks).line())
    th, s = calibrate(train, tasks, judge)
    print("calibrated:", json.dumps(asdict(th)))
    print("train:", s.line())
    held = evaluate(judge.with_thresholds(th), test, tasks)
    print("test: ", held.line())
    print("test by kind:", json.dumps({k: round(v, 3) for k, v in held.by_kind.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
