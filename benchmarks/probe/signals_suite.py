"""Ask-F1 on the suite, the probe alone vs the probe + the local agent's logprobs (asksafe.signals).

    python benchmarks/probe/signals_suite.py [--probe DIR] [--signals FILE] [--full] [--tasks N]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from asksafe.signals import Combiner, SignalProbe, smollm2_logprobs


def compare_on_suite(combiner: Combiner, probe: Any, max_new_tokens: int = 12, policy: str = "balanced",
                     full: bool = False, limit: int | None = None) -> dict[str, Any]:
    """Ask-F1 on the suite, probe alone vs probe + the local agent's logprobs."""
    import time

    from asksafe.bench.runner import CachingProbe, Strategy, quick_subset, run_suite, summarise_outcomes
    from asksafe.bench.tasks import load_suite

    tasks = load_suite() if full else quick_subset(load_suite())
    tasks = tasks[:limit] if limit else tasks
    strategy = [Strategy(f"policy:{policy}", policy=policy)]
    base = CachingProbe(probe)
    out: dict[str, Any] = {"tasks": len(tasks), "policy": policy}
    for name, pr in (("text_only", base), ("with_logprobs", SignalProbe(base, combiner,
                                                                         logprobs=smollm2_logprobs(max_new_tokens)))):
        t0 = time.perf_counter()
        m = summarise_outcomes(run_suite(tasks, strategies=strategy, probe=CachingProbe(pr)), strategy)[0][0]
        out[name] = {"ask_f1": round(m.ask_f1, 4), "precision": round(m.precision, 4), "recall": round(m.recall, 4),
                     "questions_per_task": round(m.questions_per_task, 3), "false_alarm_rate": m.false_alarm_rate,
                     "seconds": round(time.perf_counter() - t0, 1)}
        if isinstance(pr, SignalProbe):
            out[name]["items_with_logprobs"] = pr.with_logprobs
    return out


def _main() -> None:
    parser = argparse.ArgumentParser(description="Ask-F1 on the suite with and without the local agent's logprobs.")
    parser.add_argument("--probe")
    parser.add_argument("--signals", type=Path)
    parser.add_argument("--max-new-tokens", type=int, default=12)
    parser.add_argument("--full", action="store_true")
    parser.add_argument("--tasks", type=int, help="only the first N tasks of the selection")
    args = parser.parse_args()

    from asksafe.events import configure
    from asksafe.probe import Probe

    configure("off")
    print(json.dumps(compare_on_suite(Combiner.load(args.signals), Probe.load(args.probe), args.max_new_tokens,
                                      full=args.full, limit=args.tasks), indent=2))


if __name__ == "__main__":
    _main()
