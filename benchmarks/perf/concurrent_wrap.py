"""64 concurrent ``wrap`` runs vs one ``assess_many``: do concurrent runs share batches by default?

    python benchmarks/perf/concurrent_wrap.py [--items 512] [--concurrency 64] [--repeats 3] [--json out.json]

Every mode decides the same items (validation texts with their contexts), in one
process, interleaved and repeated (medians), so the ratios hold on a shared CPU:

- ``assess_many``: the baseline, the plain probe on all items in one call;
- ``wrap threads`` / ``wrap asyncio``: ``--concurrency`` workers, each running one
  ``wrap`` graph per item (``invoke`` in threads, ``ainvoke`` as asyncio tasks), on the
  default probe (``asksafe.batching.shared_probe``, what ``wrap`` loads without ``probe=``);
  one probe decision per run; the whole run is timed, graph included;
- ``... plain Probe``: the same runs on ``Probe.load()`` without batching (before);
- ``assess threads plain``: the probe alone, called item by item from the threads (the issue's 0.68x);
- ``graph alone``: the wrap runs (threads, asyncio) on a probe that looks precomputed answers
  up: what the graph costs without the network (decisions/s can't beat it).

Then the lone caller: one run at a time, default probe vs plain probe (per-run p50),
and whether every run decided as ``assess_many`` did (should_ask, blocker keys, p_blocker).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("ASKSAFE_LOG", "off")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import asksafe  # noqa: E402
from asksafe.batching import shared_probe  # noqa: E402
from asksafe.types import Answer, Assessment  # noqa: E402
from concurrency import threads  # noqa: E402
from texts import validation_items  # noqa: E402


class InstantHuman:
    """Answers every question at once, so a run never waits on a person."""

    name = "instant"

    def ask(self, question, timeout=None):
        return Answer(question_id=question.id, text="Use the most common reading.", responder="bench")


class LookupProbe:
    """Precomputed assessments by (text, context): the graph's own cost, without the network."""

    def __init__(self, items: list[dict], found: list[Assessment], calibration: dict):
        self.table = {(it["text"], it["context"]): a for it, a in zip(items, found)}
        self.calibration = calibration

    def assess_many(self, items):
        return [self.table[(it["text"], it["context"])] for it in items]


def agent(task, context):
    return "done"


def run_input(it: dict) -> dict:
    return {"task": it["text"], "context": [it["context"]] if it["context"] else []}


def tasks(graph, items: list[dict], n: int) -> tuple[float, list]:
    async def main():
        out: list = [None] * len(items)
        nxt = iter(range(len(items)))

        async def worker():
            for k in nxt:  # one shared iterator: each task takes the next item
                out[k] = await graph.ainvoke(run_input(items[k]))

        await asyncio.gather(*(worker() for _ in range(n)))
        return out

    t0 = time.perf_counter()
    out = asyncio.run(main())
    return time.perf_counter() - t0, out


def one_call(probe, items: list[dict]) -> tuple[float, list]:
    t0 = time.perf_counter()
    probe.assess_many(items)
    return time.perf_counter() - t0, []


def first_assessment(run_out: dict) -> dict:
    return run_out["assessments"][0]


def agreement(base: list[Assessment], got: list[dict]) -> dict:
    ask = sum(b.should_ask == g["should_ask"] for b, g in zip(base, got))
    keys = sum([x.key for x in b.blockers] == [x["key"] for x in g["blockers"]] for b, g in zip(base, got))
    dp = max(abs(b.p_blocker - g["p_blocker"]) for b, g in zip(base, got))
    return {"n": len(base), "should_ask_same": ask, "blocker_keys_same": keys, "max_abs_dp": dp}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=512)
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--lone", type=int, default=60, help="items for the lone-caller latency")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)
    items = validation_items(a.items)
    n = a.concurrency

    shared = shared_probe()  # what wrap() loads without probe=
    plain = shared.probe  # the same weights and backend, unbatched
    print(f"{len(items)} items, concurrency {n}, backend {plain.backend}, cpus {os.cpu_count()}, "
          f"load avg {os.getloadavg()[0]:.1f}", flush=True)
    base = plain.assess_many(items)  # warm-up, and the reference decisions
    lookup = LookupProbe(items, base, plain.calibration)
    g_default = asksafe.wrap(agent, channel=InstantHuman())
    g_plain = asksafe.wrap(agent, channel=InstantHuman(), probe=plain)
    g_lookup = asksafe.wrap(agent, channel=InstantHuman(), probe=lookup)
    assert g_default is not None and shared is shared_probe()

    modes: dict[str, Callable[[], tuple[float, list]]] = {
        "assess_many": lambda: one_call(plain, items),
        "wrap threads, default": lambda: threads(lambda it: g_default.invoke(run_input(it)), items, n),
        "wrap asyncio, default": lambda: tasks(g_default, items, n),
        "wrap threads, plain Probe": lambda: threads(lambda it: g_plain.invoke(run_input(it)), items, n),
        "wrap asyncio, plain Probe": lambda: tasks(g_plain, items, n),
        "assess threads, plain Probe": lambda: threads(lambda it: plain.assess(it["text"], it["context"]), items, n),
        "graph alone, threads": lambda: threads(lambda it: g_lookup.invoke(run_input(it)), items, n),
        "graph alone, asyncio": lambda: tasks(g_lookup, items, n),
    }
    secs: dict[str, list[float]] = {m: [] for m in modes}
    agree: dict[str, dict] = {}
    b0, i0 = shared.batches, shared.items
    for r in range(a.repeats):
        for m, fn in modes.items():
            s, out = fn()
            secs[m].append(s)
            print(f"  [{r + 1}/{a.repeats}] {m:30} {len(items) / s:8.1f} decisions/s", flush=True)
            if r == 0 and m.startswith("wrap"):
                agree[m] = agreement(base, [first_assessment(o) for o in out])
    mean_batch = (shared.items - i0) / max(shared.batches - b0, 1)

    # the lone caller: one run at a time, interleaved
    lone = {"default": [], "plain Probe": []}
    for it in items[: a.lone]:
        for name, g in (("default", g_default), ("plain Probe", g_plain)):
            t0 = time.perf_counter()
            g.invoke(run_input(it))
            lone[name].append((time.perf_counter() - t0) * 1000)

    rate = {m: len(items) / statistics.median(v) for m, v in secs.items()}
    res = {"items": len(items), "concurrency": n, "backend": plain.backend, "cpus": os.cpu_count(),
           "load_avg_end": os.getloadavg(), "decisions_per_s": rate,
           "ratio_to_assess_many": {m: r / rate["assess_many"] for m, r in rate.items()},
           "mean_batch_default": mean_batch, "agreement": agree,
           "lone_run_ms": {k: {"p50": statistics.median(v), "p90": sorted(v)[int(0.9 * (len(v) - 1))]}
                           for k, v in lone.items()}}
    print(f"\ndecisions/s (median of {a.repeats}), ratio to assess_many on the same {len(items)} items:")
    for m in modes:
        print(f"  {m:30} {rate[m]:8.1f}  {res['ratio_to_assess_many'][m]:5.2f}x")
    print(f"default probe: {mean_batch:.1f} items per forward pass over the concurrent runs")
    for m, ag in agree.items():
        print(f"  {m:30} same should_ask {ag['should_ask_same']}/{ag['n']}, same blockers "
              f"{ag['blocker_keys_same']}/{ag['n']}, max |dp| {ag['max_abs_dp']:.4f}")
    print("lone run, one at a time, ms: " + ", ".join(
        f"{k} p50 {v['p50']:.1f} p90 {v['p90']:.1f}" for k, v in res["lone_run_ms"].items()))
    if a.json:
        a.json.write_text(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
