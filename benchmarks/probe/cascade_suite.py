"""Measure the cascade (asksafe.cascade.CascadeProbe) on the acceptance suite: Ask-F1 with the probe alone
and with the cascade, the referral rate and the latency it adds.

    python benchmarks/probe/cascade_suite.py [--model smollm2|module:factory|scripted:ask] [--full] [--tasks N]
"""

from __future__ import annotations

import json
import time
from typing import Any

from asksafe.cascade import CascadeProbe


def evaluate(model: Any, *, probe: Any = None, tasks: Any = None, policy: str = "balanced",
             low: float | None = None, high: float | None = None) -> dict[str, Any]:
    """Ask-F1 on the suite with the probe alone and with the cascade; referral rate and added latency.

    >>> evaluate(SmolLM2Chat(max_new_tokens=48), tasks=quick_subset(load_suite()))
    {'tasks': 40, 'probe_only': {...}, 'cascade': {...}, 'fraction_referred': 0.21, ...}
    """
    from asksafe.bench.runner import CachingProbe, Strategy, quick_subset, run_suite, summarise_outcomes
    from asksafe.bench.tasks import load_suite

    if probe is None:
        from asksafe.probe import Probe

        probe = Probe.load()
    tasks = list(tasks) if tasks is not None else quick_subset(load_suite())
    strategy = [Strategy(f"policy:{policy}", policy=policy)]
    base = CachingProbe(probe)
    results: dict[str, Any] = {"tasks": len(tasks), "policy": policy}
    t0 = time.perf_counter()
    plain = summarise_outcomes(run_suite(tasks, strategies=strategy, probe=base), strategy)[0][0]
    results["probe_only"] = _row(plain, time.perf_counter() - t0, len(tasks))
    cascade = CascadeProbe(base, model, low=low, high=high)
    t0 = time.perf_counter()
    with_model = summarise_outcomes(run_suite(tasks, strategies=strategy, probe=CachingProbe(cascade)), strategy)[0][0]
    results["cascade"] = _row(with_model, time.perf_counter() - t0, len(tasks))
    s = cascade.stats
    ms = sorted(s.model_ms)
    results.update(band=[cascade.low, cascade.high], assessed=s.assessed, referred=s.referred,
                   fraction_referred=round(s.fraction_referred, 4), model_said_ask=s.asked, unparsed=s.unparsed,
                   model_ms_mean=round(sum(ms) / len(ms), 1) if ms else 0.0,
                   model_ms_p50=round(ms[len(ms) // 2], 1) if ms else 0.0,
                   added_s_per_task=round(sum(ms) / 1000 / max(len(tasks), 1), 3))
    return results


def _row(m: Any, seconds: float, n: int) -> dict[str, Any]:
    return {"ask_f1": round(m.ask_f1, 4), "precision": round(m.precision, 4), "recall": round(m.recall, 4),
            "questions_per_task": round(m.questions_per_task, 3), "false_alarm_rate": m.false_alarm_rate,
            "pass_rate_ask": m.pass_rate.get("ask"), "seconds": round(seconds, 1), "s_per_task": round(seconds / n, 3)}


def _main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Measure the cascade on the acceptance suite.")
    parser.add_argument("--model", default="smollm2",
                        help="smollm2, module:factory, provider:model, or scripted:ask / scripted:act (offline)")
    parser.add_argument("--max-new-tokens", type=int, default=48, help="for smollm2")
    parser.add_argument("--probe", help="a probe folder (default: the shipped probe)")
    parser.add_argument("--full", action="store_true", help="the whole suite (default: the quick subset)")
    parser.add_argument("--policy", default="balanced")
    parser.add_argument("--tasks", type=int, help="only the first N tasks of the selection")
    args = parser.parse_args()

    from asksafe.bench.runner import quick_subset
    from asksafe.bench.tasks import load_suite
    from asksafe.chat_models import load_chat_model
    from asksafe.events import configure
    from asksafe.probe import Probe

    configure("off")
    if args.model.startswith("scripted:"):  # offline, no model: a fixed verdict for every referral
        from asksafe.chat_models import ScriptedChatModel  # type: ignore[attr-defined]

        verdict = args.model.split(":", 1)[1] == "ask"
        model = ScriptedChatModel(script=[json.dumps({"ask": verdict, "why": "scripted"})])
    elif args.model in ("smollm2", "local"):
        from asksafe.local_llm import SmolLM2Chat  # type: ignore[attr-defined]

        model = SmolLM2Chat(max_new_tokens=args.max_new_tokens)
    else:
        model = load_chat_model(args.model)
    tasks = load_suite() if args.full else quick_subset(load_suite())
    tasks = tasks[: args.tasks] if args.tasks else tasks
    print(json.dumps(evaluate(model, probe=Probe.load(args.probe), tasks=tasks, policy=args.policy), indent=2))


if __name__ == "__main__":
    _main()
