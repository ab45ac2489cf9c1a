"""Question quality on the separately written validation sets: does the first question target the blocker?

    python benchmarks/probe/question_hits.py [--probe DIR] [--set validation|validation_b] [--half report|calib|all]
                                         [--at cautious|balanced] [--examples N] [--json FILE] [--every]

For every label-1 item the probe flags (``p_blocker`` at or above the
``balanced`` threshold, or the one ``--at`` names, and at least one blocker; with ``--every``, every label-1
item with a blocker, so that the writer is judged on more items), the questions are taken in the
order the policy would ask them, and the suite's judge decides whether each
asks about the item's labelled blocker (its hand-written question and span
stand in for the registry's description and example question). Reported:
hit@1 (the first question matches), hit@3 (one of the first three does), the
judge's rejection reasons for first questions that miss, and N example
questions next to the gold ones. Thresholds come from the probe's calibration;
nothing here is fitted to these items.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

from dataclasses import replace

from asksafe.bench.judge import DEFAULT_THRESHOLDS, Judge
from asksafe.bench.tasks import RegistryBlocker, Task
from asksafe.probe import Probe
from asksafe.train import split_by_group
from asksafe.training_data import load_corpus


def _task(e) -> Task:
    span = ""
    if e.span:
        src = e.text if getattr(e, "span_in", "text") != "context" else (e.context or "")
        span = src[e.span[0]: e.span[1]]
    blocker = RegistryBlocker.model_construct(
        id="gold", type=e.type or "missing", subtype=e.subtype, description=f"{e.question} {span}".strip(),
        resolution="(unknown)", example_questions=[e.question], surfaces="upfront", default="\x00", resolved="\x00")
    return Task.model_construct(id=e.group or "item", kind="coding", title="", task=e.text,
                                observations=[], blockers=[blocker], solution="")


def evaluate(probe: Probe, examples: list, judge: Judge, show: int = 10, every: bool = False,
             at: str = "balanced") -> dict:
    items = [e for e in examples if e.label == 1 and e.question]
    assessed = probe.assess_many([{"text": e.text, "context": e.context} for e in items])
    threshold = probe.calibration.get("thresholds", {}).get(at, 0.5)
    flagged = hit1 = hit3 = 0
    reasons: collections.Counter = collections.Counter()
    by_origin: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])  # origin -> [asked first, hits]
    shown: list[dict] = []
    for e, a in zip(items, assessed):
        if not a.blockers or not (a.p_blocker >= threshold or every):
            continue
        flagged += 1
        ctx = [e.context] if e.context else []
        verdicts = [judge.verdict(b.question, _task(e), ctx) for b in a.blockers[:3]]
        first = verdicts[0]
        hit1 += first.blocker_id is not None
        hit3 += any(v.blocker_id is not None for v in verdicts)
        if first.blocker_id is None:
            reasons[first.reason] += 1
        top = a.blockers[0]
        origin = "model" if top.reason.startswith("model") else f"check:{top.subtype}"
        by_origin[origin][0] += 1
        by_origin[origin][1] += first.blocker_id is not None
        if len(shown) < show:
            shown.append({"task": e.text[:160], "gold": e.question, "asked": a.blockers[0].question,
                          "match": first.blocker_id is not None, "reason": first.reason})
    return {"label1_items": len(items), "flagged": flagged,
            "hit_at_1": round(hit1 / flagged, 4) if flagged else 0.0,
            "hit_at_3": round(hit3 / flagged, 4) if flagged else 0.0,
            "first_miss_reasons": dict(reasons),
            "first_question_origin": {k: {"asked": v[0], "hits": v[1]} for k, v in sorted(by_origin.items())},
            "examples": shown}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--probe", type=Path, default=None)
    ap.add_argument("--set", default="validation")
    ap.add_argument("--half", choices=("report", "calib", "all"), default="report")
    ap.add_argument("--examples", type=int, default=10)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--at", choices=("cautious", "balanced", "autonomous"), default="balanced",
                    help="the calibrated threshold an item must reach to count as flagged")
    ap.add_argument("--every", action="store_true",
                    help="judge the first question of every label-1 item with a blocker, flagged or not")
    args = ap.parse_args()
    examples = load_corpus(args.set)
    if args.set == "validation" and args.half != "all":
        calib, report = split_by_group(examples)
        examples = report if args.half == "report" else calib
    # the items carry no resolution text, so the judge's "already answered by the context" check is off
    judge = Judge(replace(DEFAULT_THRESHOLDS, resolution_known=9.0))
    res = evaluate(Probe.load(args.probe), examples, judge, show=args.examples, every=args.every, at=args.at)
    print(json.dumps({k: v for k, v in res.items() if k != "examples"}, indent=1))
    for x in res["examples"]:
        print(f"- [{'hit' if x['match'] else x['reason']}] {x['task']!r}\n    asked: {x['asked']}\n    gold:  {x['gold']}")
    if args.json:
        args.json.write_text(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
