"""Probe performance: encoder ceiling, decision latency, batched throughput, an LLM baseline, memory.

    python benchmarks/perf/bench_probe.py [--quick] [--json out.json] [--probe DIR] [--threads N]
                                          [--onnx FILE | --no-onnx] [--no-llm]

Everything is measured in one run on the same inputs, because the CPU is shared
and absolute numbers drift: compare the ratios, which are taken against
baselines measured in the same run, interleaved, repeated, medians.

Inputs come from ``asksafe/corpus/validation.jsonl`` by length (tokens of text +
context, as the encoder sees them): short <= 64, medium 96-192 (~128), long >= 256
(texts and contexts of several items joined, so the 256-token window is full).

Backends: ``torch`` (the default probe) and, when onnxruntime is installed,
``onnx-int8`` (``asksafe.onnx_backend``, exported on the fly unless ``--onnx``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("ASKSAFE_LOG", "off")

import torch  # noqa: E402

from asksafe.batching import MicroBatcher  # noqa: E402
from asksafe.probe import MAX_TOKENS, Probe  # noqa: E402
from asksafe.train import binary_metrics  # noqa: E402
from asksafe.training_data import load_corpus  # noqa: E402

LLM_PROMPT = ("Does this request need a clarifying question before acting? Answer yes or no.\n\n"
              "Request: {text}\n{context}")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def pct(v: list[float], q: float) -> float:
    v = sorted(v)
    return v[min(len(v) - 1, int(round(q * (len(v) - 1))))]


def log(*a) -> None:
    print(*a, file=sys.stderr, flush=True)


# ------------------------------------------------------------------ inputs

def buckets(tokenizer, n: int, seed: int = 0) -> dict[str, list[dict]]:
    rows = load_corpus("validation")
    ntok = lambda t, c: len(tokenizer(t, c or None)["input_ids"])  # noqa: E731
    sized = [(ntok(e.text, e.context), e) for e in rows]
    rng = random.Random(seed)
    short = [{"text": e.text, "context": e.context} for L, e in sized if L <= 64]
    medium = [{"text": e.text, "context": e.context} for L, e in sized if 96 <= L <= 192]
    rng.shuffle(short)
    rng.shuffle(medium)
    # long: join several items' texts (<= ~150 tokens) and contexts until the pair fills the window
    long: list[dict] = []
    pool = [e for _, e in sized]
    while len(long) < n:
        rng.shuffle(pool)
        text, ctx, k = "", "", 0
        while len(tokenizer(text)["input_ids"]) < 150 and k < len(pool):
            text = (text + " " + pool[k].text).strip()
            k += 1
        for e in pool[k:]:
            if e.context:
                ctx = (ctx + "\n" + e.context).strip()
            if ntok(text, ctx) >= 300:
                break
        long.append({"text": text, "context": ctx})
    return {"short": short[:n], "medium": medium[:n], "long": long[:n]}


def window_tokens(tokenizer, items: list[dict]) -> float:
    return statistics.mean(len(tokenizer(it["text"], it["context"] or None, truncation="only_second" if
                                         it["context"] else True, max_length=MAX_TOKENS)["input_ids"]) for it in items)


# ------------------------------------------------------------------ (a) the raw encoder ceiling

@torch.inference_mode()
def encoder_ceiling(probe: Probe, items: list[dict], batch_sizes: list[int], reps: int, shuffle: bool = False) -> dict:
    """Items/s of MiniLM alone (no heads, no tokenizing, no checks): the ceiling for the probe."""
    enc = probe.net.encoder if hasattr(probe.net, "encoder") else None
    tok = probe.tokenizer
    order = list(items) if shuffle else sorted(items, key=lambda it: len(it["text"]) + len(it["context"] or ""))
    out = {}
    for bs in batch_sizes:
        batches = []
        for lo in range(0, len(order), bs):
            chunk = order[lo: lo + bs]
            ctxs = [it["context"] or "" for it in chunk]
            batches.append(tok([it["text"] for it in chunk], ctxs if any(ctxs) else None, padding=True,
                               truncation="only_second" if any(ctxs) else True, max_length=MAX_TOKENS,
                               return_tensors="pt").to(probe.device))
        enc(**batches[0])  # warm
        rates = []
        for _ in range(reps):
            t0 = time.perf_counter()
            for b in batches:
                enc(**b)
            if probe.device.startswith("cuda"):
                torch.cuda.synchronize()
            rates.append(len(order) / (time.perf_counter() - t0))
        out[bs] = statistics.median(rates)
    return out


# ------------------------------------------------------------------ (b) latency at concurrency 1

def latency(probes: dict[str, Probe], items: list[dict], rounds: int) -> dict[str, dict]:
    """probe.assess one call at a time; the backends take turns item by item (interleaved)."""
    ms: dict[str, list[float]] = {k: [] for k in probes}
    for p in probes.values():
        for it in items[:3]:
            p.assess(it["text"], context=it["context"])
    for _ in range(rounds):
        for it in items:
            for name, p in probes.items():
                t0 = time.perf_counter()
                p.assess(it["text"], context=it["context"])
                ms[name].append((time.perf_counter() - t0) * 1000)
    return {k: {"p50_ms": statistics.median(v), "p99_ms": pct(v, 0.99), "n": len(v)} for k, v in ms.items()}


# ------------------------------------------------------------------ (c) throughput through MicroBatcher

def throughput(probe: Probe, items: list[dict], concurrency: int, seconds: float, max_batch: int) -> dict:
    """``concurrency`` threads call ``batcher.assess`` in a loop for ``seconds``; completed items/s."""
    b = MicroBatcher(probe, max_batch=max_batch, max_wait_ms=2)
    b.assess(items[0]["text"], context=items[0]["context"])
    stop = time.perf_counter() + seconds
    done = [0] * concurrency
    start = threading.Barrier(concurrency + 1)

    def caller(k: int) -> None:
        # every caller finishes the call it has in flight at the deadline, and it counts:
        # with slow batches a hard cut-off would count nothing at all
        start.wait()
        j = k
        while time.perf_counter() < stop:
            it = items[j % len(items)]
            b.assess(it["text"], context=it["context"])
            done[k] += 1
            j += concurrency

    threads = [threading.Thread(target=caller, args=(k,), daemon=True) for k in range(concurrency)]
    for t in threads:
        t.start()
    b0, i0 = b.batches, b.items
    start.wait()
    t0 = time.perf_counter()
    for t in threads:
        t.join()
    el = time.perf_counter() - t0
    mean_batch = (b.items - i0) / max(b.batches - b0, 1)
    b.close()
    return {"items_per_s": sum(done) / el, "mean_batch": mean_batch}


# ------------------------------------------------------------------ (d) the LLM baseline

def llm_baseline(sample: list, max_seconds: float) -> dict:
    from asksafe.local_llm import LocalLLM

    t0 = time.perf_counter()
    llm = LocalLLM.shared()
    load_s = time.perf_counter() - t0
    scores, labels, secs = [], [], []
    for e in sample:
        msg = [{"role": "user", "content": LLM_PROMPT.format(text=e.text, context=f"Context: {e.context}"
                                                            if e.context else "")}]
        t1 = time.perf_counter()
        text, lps = llm.generate(msg, max_new_tokens=2)
        secs.append(time.perf_counter() - t1)
        ans = text.strip().lower()
        conf = float(torch.tensor(lps[0]).exp()) if lps else 0.5
        # P(yes) from the first token: its own probability when it says yes, the rest when it says no
        scores.append(conf if ans.startswith("yes") else 1 - conf if ans.startswith("no") else 0.5)
        labels.append(e.label)
        if sum(secs) > max_seconds:
            break
    return {"n": len(scores), "decisions_per_s": len(secs) / sum(secs), "load_s": load_s,
            "metrics": binary_metrics(scores, labels, 0.5),
            "answered_yes_or_no": sum(s != 0.5 for s in scores)}


# ------------------------------------------------------------------ main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer items and repeats (~4 min)")
    ap.add_argument("--json", type=Path, help="write all numbers here")
    ap.add_argument("--probe", help="trained probe dir (default: the shipped one, else /tmp/probe-smoke)")
    ap.add_argument("--threads", type=int, default=0, help="torch threads (default: torch's own choice)")
    ap.add_argument("--onnx", help="an exported probe.int8.onnx (default: export one now)")
    ap.add_argument("--no-onnx", action="store_true")
    ap.add_argument("--no-llm", action="store_true")
    ap.add_argument("--llm-items", type=int, default=0, help="LLM baseline sample size (default 60, quick 24)")
    a = ap.parse_args(argv)
    q = a.quick
    if a.threads:
        torch.set_num_threads(a.threads)
    n_items = 40 if q else 100
    rounds = 1 if q else 2
    reps = 3 if q else 5
    tp_seconds = 3.0 if q else 6.0
    concurrencies = [1, 8, 64, 256]
    batch_sizes = [1, 8, 32, 128]
    max_batch = 64

    rss0 = rss_mb()
    try:
        probe = Probe.load(a.probe)
        probe_dir = a.probe or "shipped"
    except Exception:
        probe, probe_dir = Probe.load("/tmp/probe-smoke"), "/tmp/probe-smoke"
    rss_probe = rss_mb()
    probes = {"torch": probe}
    onnx_path = None
    if not a.no_onnx:
        try:
            from asksafe.onnx_backend import export, use_onnx

            onnx_path = a.onnx
            if not onnx_path:
                onnx_path = str(export(probe, tempfile.mkdtemp(prefix="asksafe-onnx-"))["int8"])
            twin = Probe(probe.net, probe.tokenizer, probe.config, probe.calibration, device=probe.device)
            probes["onnx-int8"] = use_onnx(twin, onnx_path)
        except Exception as exc:  # onnxruntime missing: torch only
            log(f"onnx backend skipped: {exc!r}")
    rss_onnx = rss_mb()
    log(f"probe={probe_dir} threads={torch.get_num_threads()} backends={list(probes)}")

    data = buckets(probe.tokenizer, n_items)
    toks = {k: window_tokens(probe.tokenizer, v) for k, v in data.items()}
    res: dict = {"config": {"probe": probe_dir, "quick": q, "threads": torch.get_num_threads(),
                            "cpus": os.cpu_count(), "load_avg_start": os.getloadavg(), "onnx": onnx_path,
                            "n_items": {k: len(v) for k, v in data.items()}, "mean_tokens": toks},
                 "ceiling": {}, "ceiling_random_order": {}, "latency": {}, "throughput": {}}

    # (a) + (c), bucket by bucket: the ceiling and the batcher alternate, so drift hits both alike
    for name, items in data.items():
        log(f"[{name}] encoder ceiling")
        res["ceiling"][name] = encoder_ceiling(probe, items, batch_sizes, reps)
        res["ceiling_random_order"][name] = encoder_ceiling(probe, items, [64], reps, shuffle=True)
        res["ceiling_random_order"][name]["sorted_64"] = encoder_ceiling(probe, items, [64], reps)[64]
        res["throughput"][name] = {}
        for backend, p in probes.items():
            res["throughput"][name][backend] = {}
            for c in concurrencies:
                log(f"[{name}] throughput {backend} c={c}")
                res["throughput"][name][backend][c] = throughput(p, items, c, tp_seconds, max_batch)
        res["ceiling"][name]["again_best"] = max(encoder_ceiling(probe, items, [32, 128], 1).values())

    # (b)
    for name, items in data.items():
        log(f"[{name}] latency")
        res["latency"][name] = latency(probes, items[: (30 if q else 60)], rounds)

    # agreement of the ONNX backend with torch, on decisions, over the validation set
    if "onnx-int8" in probes:
        log("agreement torch vs onnx-int8")
        val = load_corpus("validation")[: (200 if q else None)]
        its = [{"text": e.text, "context": e.context} for e in val]
        ta = [x for i in range(0, len(its), 64) for x in probes["torch"].assess_many(its[i: i + 64])]
        oa = [x for i in range(0, len(its), 64) for x in probes["onnx-int8"].assess_many(its[i: i + 64])]
        res["onnx_agreement"] = {
            "n": len(its),
            "should_ask": sum(x.should_ask == y.should_ask for x, y in zip(ta, oa)) / len(its),
            "top_blocker_key": sum([b.key for b in x.blockers[:1]] == [b.key for b in y.blockers[:1]]
                                   for x, y in zip(ta, oa)) / len(its),
            "max_abs_dp": max(abs(x.p_blocker - y.p_blocker) for x, y in zip(ta, oa)),
            "metrics_torch": binary_metrics([x.p_blocker for x in ta], [e.label for e in val], probe.threshold),
            "metrics_onnx": binary_metrics([x.p_blocker for x in oa], [e.label for e in val], probe.threshold),
        }
    rss_bench = rss_mb()

    # (d) the LLM baseline vs the probe, same sample
    if not a.no_llm:
        val = load_corpus("validation")
        rng = random.Random(1)
        pos, neg = [e for e in val if e.label == 1], [e for e in val if e.label == 0]
        k = a.llm_items or (24 if q else 60)
        sample = rng.sample(pos, k // 2) + rng.sample(neg, k - k // 2)
        rng.shuffle(sample)
        log(f"LLM baseline on {len(sample)} items")
        try:
            llm = llm_baseline(sample, max_seconds=90 if q else 170)
            sample = sample[: llm["n"]]
            out = {}
            for backend, p in probes.items():
                t0 = time.perf_counter()
                sc = [p.assess(e.text, context=e.context).p_blocker for e in sample]
                out[backend] = {"decisions_per_s": len(sample) / (time.perf_counter() - t0),
                                "metrics": binary_metrics(sc, [e.label for e in sample], probe.threshold)}
            res["llm"] = {"smollm2": llm, "probe": out}
        except Exception as exc:
            log(f"LLM baseline skipped: {exc!r}")
    res["memory_mb"] = {"start": rss0, "after_probe_load": rss_probe, "after_onnx": rss_onnx,
                        "after_probe_bench": rss_bench, "peak_with_llm": rss_mb()}
    res["config"]["load_avg_end"] = os.getloadavg()
    report(res)
    if a.json:
        a.json.write_text(json.dumps(res, indent=1, default=str))
    return 0


def report(res: dict) -> None:
    backends = list(next(iter(res["throughput"].values())))
    cfg = res["config"]
    print(f"\nprobe={cfg['probe']} threads={cfg['threads']} cpus={cfg['cpus']} "
          f"load avg {cfg['load_avg_start'][0]:.1f} -> {cfg['load_avg_end'][0]:.1f}")
    print("\n(a) raw encoder (MiniLM forward, length-sorted), items/s")
    print(f"{'bucket':8} {'tokens':>6} " + " ".join(f"{'b' + str(b):>8}" for b in (1, 8, 32, 128))
          + f" {'b64 rand':>9} {'b64 sort':>9} {'sort/rand':>9}")
    for name, c in res["ceiling"].items():
        r = res["ceiling_random_order"][name]
        print(f"{name:8} {cfg['mean_tokens'][name]:6.0f} " + " ".join(f"{c[b]:8.1f}" for b in (1, 8, 32, 128))
              + f" {r[64]:9.1f} {r['sorted_64']:9.1f} {r['sorted_64'] / r[64]:9.2f}")
    print("\n(b) decision latency, probe.assess at concurrency 1, ms")
    print(f"{'bucket':8} " + " ".join(f"{b + ' p50':>14} {b + ' p99':>14}" for b in backends))
    for name, lat in res["latency"].items():
        print(f"{name:8} " + " ".join(f"{lat[b]['p50_ms']:14.1f} {lat[b]['p99_ms']:14.1f}" for b in backends))
    print("\n(c) throughput through MicroBatcher (max_batch 64), items/s and ratio to the encoder's best")
    print(f"{'bucket':8} {'backend':10} {'ceiling':>8} " + " ".join(f"{'c' + str(c):>14}" for c in (1, 8, 64, 256)))
    for name, per in res["throughput"].items():
        best = max(v for k, v in res["ceiling"][name].items())
        for b in backends:
            row = per[b]
            print(f"{name:8} {b:10} {best:8.1f} " + " ".join(
                f"{row[c]['items_per_s']:7.1f} ({row[c]['items_per_s'] / best:4.2f}x)" for c in (1, 8, 64, 256)))
    if "onnx_agreement" in res:
        ag = res["onnx_agreement"]
        print(f"\nonnx-int8 vs torch on {ag['n']} validation items: should_ask agreement {ag['should_ask']:.4f}, "
              f"top blocker {ag['top_blocker_key']:.4f}, max |dp| {ag['max_abs_dp']:.4f}; "
              f"F1 {ag['metrics_torch']['f1_ask']:.3f} -> {ag['metrics_onnx']['f1_ask']:.3f}, "
              f"AUROC {ag['metrics_torch']['auroc']:.3f} -> {ag['metrics_onnx']['auroc']:.3f}")
    if "llm" in res:
        llm = res["llm"]["smollm2"]
        m = llm["metrics"]
        print(f"\n(d) LLM baseline (SmolLM2-135M, yes/no prompt) vs probe on the same {llm['n']} validation items")
        print(f"{'who':12} {'dec/s':>8} {'x LLM':>8} {'F1':>6} {'AUROC':>6} {'false alarm':>11}")
        print(f"{'smollm2':12} {llm['decisions_per_s']:8.2f} {1:8.1f} {m['f1_ask']:6.3f} {m['auroc']:6.3f} "
              f"{m['false_alarm_rate']:11.3f}")
        for b, v in res["llm"]["probe"].items():
            pm = v["metrics"]
            print(f"{'probe ' + b:12} {v['decisions_per_s']:8.2f} {v['decisions_per_s'] / llm['decisions_per_s']:8.1f} "
                  f"{pm['f1_ask']:6.3f} {pm['auroc']:6.3f} {pm['false_alarm_rate']:11.3f}")
        print(f"(concurrency 1; with the batcher at saturation the probe's rate is the (c) numbers; "
              f"LLM load {llm['load_s']:.0f} s not counted)")
    mem = res["memory_mb"]
    print("\n(e) peak RSS, MB: " + ", ".join(f"{k} {v:.0f}" for k, v in mem.items()))


if __name__ == "__main__":
    sys.exit(main())
