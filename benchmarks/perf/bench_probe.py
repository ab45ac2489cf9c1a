"""Probe performance: network ceilings, decision latency, batched throughput, an LLM baseline, memory.

    python benchmarks/perf/bench_probe.py [--quick] [--json out.json] [--probe DIR] [--threads N]
                                          [--ref GITREF] [--onnx FILE | --no-onnx] [--no-llm]

Everything is measured in one run on the same inputs, because the CPU is shared
and absolute numbers drift: compare the ratios, which are taken against
baselines measured in the same run, interleaved, repeated, medians.

Inputs come from ``training/corpus/validation.jsonl`` by length (tokens of text +
context, as the encoder sees them): short <= 64, medium 96-192 (~128), long >= 256
(texts and contexts of several items joined, so the 256-token window is full).

Backends, each a probe and its ``MicroBatcher``:

- ``onnx-fp32``: what ``Probe.load()`` gives on CPU when onnxruntime is installed
  (the default; its scores match torch within 1e-4, checked at load and below);
- ``torch``: ``Probe.load(backend="torch")``;
- ``onnx-int8``: opt-in (``asksafe.probe.onnx.use_onnx``), exported on the fly
  unless ``--onnx``; faster, but it changes some decisions (agreement below);
- ``ref``: with ``--ref GITREF``, the probe and batcher code of that commit (torch),
  loaded beside this one, for before/after in the same run.

Ceilings: the raw network forward on pre-tokenized, length-sorted inputs at fixed
batch sizes and with the probe's own length chunking: MiniLM alone for torch (the
"encoder ceiling"), the whole exported graph for ONNX (it cannot be split).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("ASKSAFE_LOG", "off")

import torch  # noqa: E402

from asksafe.batching import MicroBatcher  # noqa: E402
from asksafe.probe import MAX_TOKENS, Probe, model_dir  # noqa: E402
from asksafe.probe.segments import _CPU_COST, _length_chunks  # noqa: E402
from asksafe.train import binary_metrics  # noqa: E402
from asksafe.training_data import load_corpus  # noqa: E402

LLM_PROMPT = ("Does this request need a clarifying question before acting? Answer yes or no.\n\n"
              "Request: {text}\n{context}")
TARGET_P50_MS, TARGET_P99_MS, TARGET_CEILING = 10.0, 30.0, 0.9
SCHEDULES = ("b1", "b8", "b32", "b128", "chunked")
REPO = Path(__file__).resolve().parents[2]


def rss_mb() -> float:
    """Peak resident memory of this process so far, MB."""
    try:  # VmHWM starts afresh at exec; ru_maxrss would carry over the parent's peak into --memory-child
        status = Path("/proc/self/status").read_text()
        return int(re.search(r"^VmHWM:\s+(\d+) kB", status, re.M).group(1)) / 1024
    except (OSError, AttributeError):
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


# ------------------------------------------------------------------ the code before (--ref)

def load_ref(ref: str) -> tuple[type, type, str]:
    """``Probe`` and ``MicroBatcher`` as they were at git ``ref``, importable beside today's (as ``asksafe_ref``)."""
    sha = subprocess.run(["git", "rev-parse", "--short", ref], cwd=REPO, check=True, capture_output=True,
                         text=True).stdout.strip()
    # the whole package as it was, subpackages and data (frames) included, and policies/ as asksafe_ref.policies
    names = subprocess.run(["git", "ls-tree", "-r", "--name-only", ref, "asksafe/", "policies/"], cwd=REPO,
                           check=True, capture_output=True, text=True).stdout.split()
    root = Path(tempfile.mkdtemp(prefix="asksafe-ref-")) / "asksafe_ref"
    root.mkdir()
    for name in names:
        rel = Path(name).relative_to("asksafe") if name.startswith("asksafe/") else Path(name)
        if rel.parts[0] in ("model", "corpus"):
            continue  # weights come from the probe folder passed to load(); the corpus is not needed
        dest = root / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        blob = subprocess.run(["git", "show", f"{ref}:{name}"], cwd=REPO, check=True, capture_output=True).stdout
        if name.endswith(".py"):
            src = re.sub(r"^(\s*)(from|import) asksafe\b", r"\1\2 asksafe_ref", blob.decode(), flags=re.M)
            dest.write_text("" if name == "asksafe/__init__.py" else src)
        else:
            dest.write_bytes(blob)
    sys.path.insert(0, str(root.parent))
    from asksafe_ref.batching import MicroBatcher as RefBatcher  # type: ignore[import-not-found]
    from asksafe_ref.probe import Probe as RefProbe  # type: ignore[import-not-found]

    return RefProbe, RefBatcher, sha


# ------------------------------------------------------------------ (a) network ceilings

def _schedule(probe: Probe, items: list[dict], sched: str) -> list[list[int]]:
    """Item indices per forward pass: fixed sizes over the length-sorted items, or the probe's own chunking."""
    lens = [len(probe.tokenizer(it["text"], it["context"] or None, truncation="only_second" if it["context"] else True,
                                max_length=MAX_TOKENS)["input_ids"]) for it in items]
    order = sorted(range(len(items)), key=lambda i: lens[i])
    if sched == "chunked":
        return [[order[j] for j in c] for c in _length_chunks([lens[i] for i in order],
                                                               int(probe.config.get("batch_size", 32)), _CPU_COST)]
    bs = int(sched[1:])
    return [order[lo: lo + bs] for lo in range(0, len(order), bs)]


@torch.inference_mode()
def ceiling(probe: Probe, items: list[dict], scheds: tuple[str, ...], reps: int, encoder_only: bool) -> dict:
    """Items/s of the raw network (no tokenizing, heads post-processing, checks or questions)."""
    net = probe.net.encoder if encoder_only else probe.net
    out = {}
    for sched in scheds:
        batches = []
        for idx in _schedule(probe, items, sched):
            ctxs = [items[i]["context"] or "" for i in idx]
            enc = probe.tokenizer([items[i]["text"] for i in idx], ctxs if any(ctxs) else None, padding=True,
                                  truncation="only_second" if any(ctxs) else True, max_length=MAX_TOKENS,
                                  return_tensors="pt" if encoder_only or probe.backend == "torch" else "np")
            batches.append({k: enc[k] for k in ("input_ids", "attention_mask", "token_type_ids")})
        net(**batches[0])  # warm
        rates = []
        for _ in range(reps):
            t0 = time.perf_counter()
            for b in batches:
                net(**b)
            if probe.device.startswith("cuda"):
                torch.cuda.synchronize()
            rates.append(len(items) / (time.perf_counter() - t0))
        out[sched] = statistics.median(rates)
    return out


# ------------------------------------------------------------------ (b) latency at concurrency 1

def latency(probes: dict[str, object], items: list[dict], rounds: int) -> dict[str, dict]:
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
    return {k: {"p50_ms": statistics.median(v), "p99_ms": pct(v, 0.99), "mean_ms": statistics.mean(v), "n": len(v)}
            for k, v in ms.items()}


def stages(probe: Probe, items: list[dict], rounds: int) -> dict[str, float]:
    """Median ms of each stage of one ``assess`` (prepare split into tokens and checks; forward; finish)."""
    from asksafe import checks, questions
    from asksafe.probe.segments import normalise_item as _item

    t: dict[str, list[float]] = {k: [] for k in ("tokenize+segment", "checks", "network", "finish", "total")}
    for _ in range(rounds):
        for it in items:
            a = time.perf_counter()
            job = probe.prepare([it])
            b = time.perf_counter()
            norm = _item(it)
            [f for f in checks.find(norm["text"], norm["context"])
             if not questions.already_answered(f, norm["context"])]
            c = time.perf_counter()
            outs = probe.forward(job)
            d = time.perf_counter()
            probe.finish(job, outs)
            e = time.perf_counter()
            t["checks"].append(c - b)
            t["tokenize+segment"].append(max((b - a) - (c - b), 0.0))  # prepare also runs the checks
            t["network"].append(d - c)
            t["finish"].append(e - d)
            t["total"].append((b - a) + (e - c))
    return {k: statistics.median(v) * 1000 for k, v in t.items()}


# ------------------------------------------------------------------ (c) throughput through MicroBatcher

def throughput(batcher_cls: type, probe: object, items: list[dict], concurrency: int, seconds: float,
               max_batch: int) -> dict:
    """``concurrency`` threads call ``batcher.assess`` in a loop for ``seconds``; completed items/s."""
    b = batcher_cls(probe, max_batch=max_batch, max_wait_ms=2)
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

def _llm_score(llm, text: str, context: str | None) -> tuple[float, float]:
    msg = [{"role": "user", "content": LLM_PROMPT.format(text=text, context=f"Context: {context}" if context else "")}]
    t1 = time.perf_counter()
    out, lps = llm.generate(msg, max_new_tokens=2)
    sec = time.perf_counter() - t1
    ans = out.strip().lower()
    conf = float(torch.tensor(lps[0]).exp()) if lps else 0.5
    # P(yes) from the first token: its own probability when it says yes, the rest when it says no
    return (conf if ans.startswith("yes") else 1 - conf if ans.startswith("no") else 0.5), sec


def llm_baseline(sample: list, by_bucket: dict[str, list[dict]], max_seconds: float) -> dict:
    from asksafe.local_llm import LocalLLM

    t0 = time.perf_counter()
    llm = LocalLLM.shared()
    load_s = time.perf_counter() - t0
    rates = {}
    for name, items in by_bucket.items():
        secs = [_llm_score(llm, it["text"], it["context"])[1] for it in items]
        rates[name] = len(secs) / sum(secs)
    scores, labels, secs = [], [], []
    for e in sample:
        s, sec = _llm_score(llm, e.text, e.context)
        scores.append(s)
        secs.append(sec)
        labels.append(e.label)
        if sum(secs) > max_seconds:
            break
    return {"n": len(scores), "decisions_per_s": len(secs) / sum(secs), "load_s": load_s,
            "decisions_per_s_by_bucket": rates, "metrics": binary_metrics(scores, labels, 0.5),
            "answered_yes_or_no": sum(s != 0.5 for s in scores)}


# ------------------------------------------------------------------ (e) memory, one fresh process per backend

def memory_child(backend: str, probe_dir: str | None) -> dict:
    """Peak RSS of a process that loads one backend and serves short items (alone and batched)."""
    rss0 = rss_mb()
    t0 = time.perf_counter()
    probe = Probe.load(probe_dir, backend="onnx" if backend == "onnx-fp32" else backend)
    load_s = time.perf_counter() - t0
    rss_load = rss_mb()
    items = buckets(probe.tokenizer, 64)["short"]
    for it in items:
        probe.assess(it["text"], context=it["context"])
    throughput(MicroBatcher, probe, items, 64, 2.0, 64)
    return {"backend": probe.backend, "load_s": load_s, "start_mb": rss0, "after_load_mb": rss_load,
            "peak_mb": rss_mb()}


def memory(backends: list[str], probe_dir: str | None, threads: int) -> dict:
    out = {}
    for b in backends:
        cmd = [sys.executable, __file__, "--memory-child", b, "--threads", str(threads)]
        if probe_dir:
            cmd += ["--probe", probe_dir]
        try:
            res = subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=True)
            out[b] = json.loads(res.stdout.strip().splitlines()[-1])
        except Exception as exc:
            log(f"memory of {b} skipped: {exc!r}")
    return out


# ------------------------------------------------------------------ agreement with torch

def agreement(ref: object, other: object, items: list[dict]) -> dict:
    ra = [x for i in range(0, len(items), 64) for x in ref.assess_many(items[i: i + 64])]
    oa = [x for i in range(0, len(items), 64) for x in other.assess_many(items[i: i + 64])]
    n = len(items)
    return {"n": n, "should_ask": sum(x.should_ask == y.should_ask for x, y in zip(ra, oa)) / n,
            "blockers": sum([b.key for b in x.blockers] == [b.key for b in y.blockers] for x, y in zip(ra, oa)) / n,
            "questions": sum(x.questions == y.questions for x, y in zip(ra, oa)) / n,
            "max_abs_dp": max(abs(x.p_blocker - y.p_blocker) for x, y in zip(ra, oa)),
            "scores": ([x.p_blocker for x in ra], [x.p_blocker for x in oa])}


# ------------------------------------------------------------------ main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer items and repeats (~8 min with the LLM)")
    ap.add_argument("--json", type=Path, help="write all numbers here")
    ap.add_argument("--probe", help="trained probe dir (default: the shipped one, else /tmp/probe-smoke)")
    ap.add_argument("--threads", type=int, default=0, help="torch threads (default: torch's own choice)")
    ap.add_argument("--ref", help="also run the probe and batcher code of this git ref (e.g. HEAD), before/after")
    ap.add_argument("--onnx", help="an exported probe.int8.onnx (default: export one now)")
    ap.add_argument("--no-onnx", action="store_true", help="no int8 backend")
    ap.add_argument("--no-llm", action="store_true")
    ap.add_argument("--no-memory", action="store_true", help="skip the fresh-process memory runs")
    ap.add_argument("--llm-items", type=int, default=0, help="LLM baseline sample size (default 60, quick 24)")
    ap.add_argument("--memory-child", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.threads:
        torch.set_num_threads(a.threads)
    if a.memory_child:
        print(json.dumps(memory_child(a.memory_child, a.probe)))
        return 0
    q = a.quick
    n_items = 40 if q else 100
    rounds = 1 if q else 2
    reps = 2 if q else 4
    tp_seconds = 3.0 if q else 6.0
    tp_repeats = 1 if q else 2
    concurrencies = [1, 8, 64, 256]
    max_batch = 64

    rss0 = rss_mb()
    try:
        torch_probe = Probe.load(a.probe, backend="torch")
        probe_dir = a.probe
    except Exception:
        torch_probe, probe_dir = Probe.load("/tmp/probe-smoke", backend="torch"), "/tmp/probe-smoke"
    rss_probe = rss_mb()
    probes: dict[str, object] = {}
    batchers: dict[str, type] = {}
    if a.ref:
        try:
            RefProbe, RefBatcher, sha = load_ref(a.ref)
            probes[f"ref {sha}"] = RefProbe.load(probe_dir or str(model_dir()))  # same weights, older code
            batchers[f"ref {sha}"] = RefBatcher
        except Exception as exc:
            log(f"--ref {a.ref} skipped: {exc!r}")
    probes["torch"] = torch_probe
    default = Probe.load(probe_dir, backend="auto")
    if default.backend != "torch":
        probes[default.backend] = default
    else:
        log("onnxruntime missing (or its export differs): the default backend is torch")
    default_name = default.backend
    if not a.no_onnx:
        try:
            from asksafe.probe.onnx import export, use_onnx

            onnx_path = a.onnx or str(export(torch_probe, tempfile.mkdtemp(prefix="asksafe-onnx-"))["int8"])
            twin = Probe(torch_probe.net, torch_probe.tokenizer, torch_probe.config, torch_probe.calibration,
                         device=torch_probe.device)
            probes["onnx-int8"] = use_onnx(twin, onnx_path)
        except Exception as exc:  # onnxruntime missing: no int8
            log(f"onnx-int8 backend skipped: {exc!r}")
    for name in probes:
        batchers.setdefault(name, MicroBatcher)
    rss_backends = rss_mb()
    log(f"probe={probe_dir or 'shipped'} threads={torch.get_num_threads()} backends={list(probes)} "
        f"default={default_name}")

    data = buckets(torch_probe.tokenizer, n_items)
    toks = {k: window_tokens(torch_probe.tokenizer, v) for k, v in data.items()}
    # the probe reads a text over 192 tokens in overlapping segments, where the ceiling truncates it
    segs = {k: len(torch_probe.prepare(v).segs) / len(v) for k, v in data.items()}
    res: dict = {"config": {"probe": probe_dir or "shipped", "quick": q, "threads": torch.get_num_threads(),
                            "cpus": os.cpu_count(), "load_avg_start": os.getloadavg(), "default": default_name,
                            "backends": list(probes), "n_items": {k: len(v) for k, v in data.items()},
                            "mean_tokens": toks, "segments_per_item": segs},
                 "ceiling": {}, "latency": {}, "stages": {}, "throughput": {}}
    # each backend's ceiling network: MiniLM alone for torch (and the ref), the whole graph for ONNX
    ceiling_of = {name: ("torch", True) if name.startswith("ref") or name == "torch" else (name, False)
                  for name in probes}

    # (a) + (c), bucket by bucket: ceilings and batchers alternate, so drift hits both alike
    for name, items in data.items():
        res["ceiling"][name] = {}
        res["throughput"][name] = {b: {} for b in probes}
        for r in range(tp_repeats):
            log(f"[{name}] ceilings ({r + 1}/{tp_repeats})")
            for net in dict.fromkeys(n for n, _ in ceiling_of.values()):
                got = ceiling(probes[net], items, SCHEDULES, reps, encoder_only=(net == "torch"))
                for s, v in got.items():
                    res["ceiling"][name].setdefault(net, {}).setdefault(s, []).append(v)
            for c in concurrencies:
                log(f"[{name}] throughput c={c} ({r + 1}/{tp_repeats})")
                for backend, p in probes.items():
                    got = throughput(batchers[backend], p, items, c, tp_seconds, max_batch)
                    for k, v in got.items():
                        res["throughput"][name][backend].setdefault(c, {}).setdefault(k, []).append(v)
        res["ceiling"][name] = {net: {s: statistics.median(v) for s, v in per.items()}
                                for net, per in res["ceiling"][name].items()}
        res["throughput"][name] = {b: {c: {k: statistics.median(v) for k, v in per.items()} for c, per in pc.items()}
                                   for b, pc in res["throughput"][name].items()}

    # (b)
    for name, items in data.items():
        log(f"[{name}] latency")
        res["latency"][name] = latency(probes, items[: (30 if q else 60)], rounds)
    log("[short] stages")
    res["stages"] = {b: stages(p, data["short"][:30], 2 if q else 4) for b, p in probes.items()
                     if isinstance(p, Probe)}

    # agreement of every backend with the reference path (the --ref code, else torch), on decisions
    val = load_corpus("validation")[: (200 if q else None)]
    its = [{"text": e.text, "context": e.context} for e in val]
    base = next((b for b in probes if b.startswith("ref")), "torch")
    res["agreement"] = {"baseline": base, "with": {}}
    for backend, p in probes.items():
        if backend == base:
            continue
        log(f"agreement {base} vs {backend}")
        ag = agreement(probes[base], p, its)
        st, so = ag.pop("scores")
        ag["metrics_baseline"] = binary_metrics(st, [e.label for e in val], torch_probe.calibration["thresholds"]["balanced"])
        ag["metrics"] = binary_metrics(so, [e.label for e in val], torch_probe.calibration["thresholds"]["balanced"])
        res["agreement"]["with"][backend] = ag
    rss_bench = rss_mb()

    # (d) the LLM baseline vs the probe, same sample; and its rate on each bucket
    if not a.no_llm:
        val = load_corpus("validation")
        rng = random.Random(1)
        pos, neg = [e for e in val if e.label == 1], [e for e in val if e.label == 0]
        k = a.llm_items or (24 if q else 60)
        sample = rng.sample(pos, k // 2) + rng.sample(neg, k - k // 2)
        rng.shuffle(sample)
        per_bucket = {name: items[: (6 if q else 12)] for name, items in data.items()}
        log(f"LLM baseline on {len(sample)} items (+{sum(map(len, per_bucket.values()))} for rates by length)")
        try:
            llm = llm_baseline(sample, per_bucket, max_seconds=90 if q else 170)
            sample = sample[: llm["n"]]
            out = {}
            for backend, p in probes.items():
                t0 = time.perf_counter()
                sc = [p.assess(e.text, context=e.context).p_blocker for e in sample]
                out[backend] = {"decisions_per_s": len(sample) / (time.perf_counter() - t0),
                                "metrics": binary_metrics(sc, [e.label for e in sample], torch_probe.calibration["thresholds"]["balanced"])}
            res["llm"] = {"smollm2": llm, "probe": out}
        except Exception as exc:
            log(f"LLM baseline skipped: {exc!r}")
    res["memory_mb"] = {"start": rss0, "after_torch_probe": rss_probe, "after_all_backends": rss_backends,
                        "after_probe_bench": rss_bench, "peak_with_llm": rss_mb()}
    if not a.no_memory:
        log("memory: one fresh process per backend")
        res["memory_per_backend"] = memory([b for b in ("torch", "onnx-fp32") if b == "torch" or b in probes],
                                           probe_dir, torch.get_num_threads())
    res["config"]["load_avg_end"] = os.getloadavg()
    report(res)
    if a.json:
        a.json.write_text(json.dumps(res, indent=1, default=str))
    return 0


# ------------------------------------------------------------------ report

def _best(res: dict, bucket: str, net: str) -> float:
    return max(res["ceiling"][bucket][net].values())


def _ceiling_net(backend: str) -> str:
    return "torch" if backend.startswith("ref") or backend == "torch" else backend


def report(res: dict) -> None:
    cfg = res["config"]
    backends = cfg["backends"]
    default = cfg["default"]
    sat = lambda row: max(row[c]["items_per_s"] for c in (64, 256))  # noqa: E731
    print(f"\nprobe={cfg['probe']} threads={cfg['threads']} cpus={cfg['cpus']} default backend={default} "
          f"load avg {cfg['load_avg_start'][0]:.1f} -> {cfg['load_avg_end'][0]:.1f}")

    print("\n(a) raw network forward, pre-tokenized, length-sorted, items/s "
          "(torch: MiniLM alone = the encoder ceiling; onnx: the whole graph)")
    print(f"{'bucket':8} {'tokens':>6} {'network':10} " + " ".join(f"{s:>8}" for s in SCHEDULES) + f" {'best':>8}")
    for name, per in res["ceiling"].items():
        for net, c in per.items():
            print(f"{name:8} {cfg['mean_tokens'][name]:6.0f} {net:10} " + " ".join(f"{c[s]:8.1f}" for s in SCHEDULES)
                  + f" {max(c.values()):8.1f}")

    print("\n(b) decision latency, probe.assess at concurrency 1, ms (interleaved)")
    print(f"{'bucket':8} " + " ".join(f"{b[:12] + ' p50':>16} {'p99':>6}" for b in backends))
    for name, lat in res["latency"].items():
        print(f"{name:8} " + " ".join(f"{lat[b]['p50_ms']:16.1f} {lat[b]['p99_ms']:6.1f}" for b in backends))
    if res.get("stages"):
        print("\n    where one short assess spends its time, median ms")
        keys = list(next(iter(res["stages"].values())))
        print(f"    {'backend':12} " + " ".join(f"{k:>16}" for k in keys))
        for b, st in res["stages"].items():
            print(f"    {b[:12]:12} " + " ".join(f"{st[k]:16.3f}" for k in keys))

    print("\n(c) throughput through MicroBatcher (max_batch 64), items/s and ratio to the ceiling of the "
          "backend's own network (torch encoder for torch)")
    print(f"{'bucket':8} {'backend':12} {'ceiling':>8} " + " ".join(f"{'c' + str(c):>14}" for c in (1, 8, 64, 256))
          + f" {'x enc':>6}")
    for name, per in res["throughput"].items():
        enc = _best(res, name, "torch")
        for b in backends:
            best = _best(res, name, _ceiling_net(b))
            row = per[b]
            print(f"{name:8} {b[:12]:12} {best:8.1f} " + " ".join(
                f"{row[c]['items_per_s']:7.1f} ({row[c]['items_per_s'] / best:4.2f}x)" for c in (1, 8, 64, 256))
                + f" {sat(row) / enc:6.2f}")

    if res.get("agreement"):
        base = res["agreement"]["baseline"]
        print(f"\nagreement with {base} on {next(iter(res['agreement']['with'].values()), {}).get('n', 0)} "
              f"validation items (share of items alike; p_blocker is rounded to 4 decimals)")
        for b, ag in res["agreement"]["with"].items():
            print(f"  {b:12} should_ask {ag['should_ask']:.4f}, blockers {ag['blockers']:.4f}, questions "
                  f"{ag['questions']:.4f}, max |dp| {ag['max_abs_dp']:.4f}; F1 {ag['metrics_baseline']['f1_ask']:.3f} "
                  f"-> {ag['metrics']['f1_ask']:.3f}, AUROC {ag['metrics_baseline']['auroc']:.3f} -> "
                  f"{ag['metrics']['auroc']:.3f}")

    llm = res.get("llm")
    if llm:
        s = llm["smollm2"]
        m = s["metrics"]
        print(f"\n(d) LLM baseline (SmolLM2-135M, yes/no prompt) vs probe on the same {s['n']} validation items")
        print(f"{'who':16} {'dec/s':>8} {'x LLM':>8} {'F1':>6} {'AUROC':>6} {'false alarm':>11}")
        print(f"{'smollm2':16} {s['decisions_per_s']:8.2f} {1:8.1f} {m['f1_ask']:6.3f} {m['auroc']:6.3f} "
              f"{m['false_alarm_rate']:11.3f}")
        for b, v in llm["probe"].items():
            pm = v["metrics"]
            print(f"{'probe ' + b[:10]:16} {v['decisions_per_s']:8.2f} "
                  f"{v['decisions_per_s'] / s['decisions_per_s']:8.1f} "
                  f"{pm['f1_ask']:6.3f} {pm['auroc']:6.3f} {pm['false_alarm_rate']:11.3f}")
        print(f"(concurrency 1; LLM load {s['load_s']:.0f} s not counted. A sample this small says little about "
              "judgment, and P(yes) >= 0.5 is close to 'always ask' for SmolLM2: judgment_vs_llm.py compares "
              "the two on whole held-out sets, the LLM also at a calibrated threshold)")

    ref = next((b for b in backends if b.startswith("ref")), None)
    print(f"\n(s) summary by input length, default backend ({default}){'; ref = ' + ref if ref else ''}")
    head = (f"{'bucket':8} {'tokens':>6} {'seg/it':>6} {'p50 ms':>7} {'p99 ms':>7} {'sat it/s':>9} {'x own ceil':>10} "
            f"{'per seg':>7} {'x enc ceil':>10}")
    if ref:
        head += f" {'p50 x ref':>9} {'sat x ref':>9}"
    if llm:
        head += f" {'c1 x LLM':>9} {'sat x LLM':>9}"
    print(head)
    for name in res["throughput"]:
        lat, row = res["latency"][name][default], res["throughput"][name][default]
        seg = cfg["segments_per_item"][name]
        own = sat(row) / _best(res, name, _ceiling_net(default))
        line = (f"{name:8} {cfg['mean_tokens'][name]:6.0f} {seg:6.2f} {lat['p50_ms']:7.1f} {lat['p99_ms']:7.1f} "
                f"{sat(row):9.1f} {own:10.2f} {own * seg:7.2f} {sat(row) / _best(res, name, 'torch'):10.2f}")
        if ref:
            line += (f" {res['latency'][name][ref]['p50_ms'] / lat['p50_ms']:9.2f}"
                     f" {sat(row) / sat(res['throughput'][name][ref]):9.2f}")
        if llm:
            rate = llm["smollm2"]["decisions_per_s_by_bucket"][name]
            line += f" {1000 / lat['mean_ms'] / rate:9.1f} {sat(row) / rate:9.1f}"
        print(line)
    print(f"sat = best of c64/c256; 'per seg' counts segments, as the ceiling runs one (truncated) window per item; "
          f"x LLM: decisions/s over SmolLM2's on the same bucket")
    print(f"targets: short p50 <= {TARGET_P50_MS:.0f} ms, p99 <= {TARGET_P99_MS:.0f} ms; "
          f"saturation >= {TARGET_CEILING}x the ceiling")

    mem = res["memory_mb"]
    print("\n(e) peak RSS of this process, MB: " + ", ".join(f"{k} {v:.0f}" for k, v in mem.items()))
    for b, m in res.get("memory_per_backend", {}).items():
        print(f"    fresh process, {b:10}: load {m['load_s']:.1f} s, RSS after load {m['after_load_mb']:.0f} MB, "
              f"peak serving {m['peak_mb']:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
