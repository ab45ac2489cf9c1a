"""Judgment, probe vs LLM: which one is better at deciding that a task needs a clarifying question?

    python benchmarks/perf/judgment_vs_llm.py [--limit N] [--json out.json] [--no-llm] [--threads N]

bench_probe.py's LLM baseline scores only 24-60 items (it is about speed), so its F1 comparison is
noise. This script scores whole held-out sets, one item at a time:

- ``report``: the half of ``training/corpus/validation.jsonl`` (``split_by_group``) that the
  probe's threshold was *not* calibrated on;
- ``validation_b``: ``training/corpus/validation_b.jsonl``, written separately.

Judges:

- ``probe``: ``Probe.load()`` (the default backend), at its shipped balanced threshold;
- ``probe int8``: the same probe on an int8 ONNX export (``asksafe.probe.onnx.use_onnx``,
  exported on the fly as bench_probe.py does); skipped without onnxruntime;
- ``smollm2 @0.5``: SmolLM2-135M asked bench_probe's ``LLM_PROMPT`` (yes/no), P(yes) read from its
  first token (bench_probe's ``_llm_score``), at 0.5: what it says;
- ``smollm2 @calib``: the same scores at the threshold the probe's own rule picks
  (``calibrate_thresholds(...)["balanced"]``) on the LLM's scores of the *calibration* half, so
  the LLM gets the same tuning the probe got. The LLM therefore also scores the calibration half;
- ``smollm2 says``: its literal first word, "yes" = ask ("no" and anything else = don't). Beside the
  @0.5 row because ``_llm_score`` maps a "no" said with first-token probability p to P(yes) = 1 - p,
  and SmolLM2's first token rarely has p > 0.5: a hesitant "no" lands above 0.5.

For each: n, AUROC, F1 of "ask", precision, recall, balanced accuracy, false-alarm rate and the
share of items it would ask about (``train.binary_metrics``). Decisions/s is the wall time of the
scoring loop (``probe.assess`` / one LLM generation, one item at a time, model load not
counted): indicative only, the CPU is shared; bench_probe.py measures the proper ratios.
A full run (~1,200 LLM items) takes 10-15 minutes; ``--limit 40`` a couple. On a CPU another
process is busy on, use ``--threads 1``: two torch threads fighting for one free core made
SmolLM2 ~15x slower here (0.19 vs 2.7 items/s).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench_probe, when imported from elsewhere

from bench_probe import LLM_PROMPT, _llm_score, log  # noqa: E402  (sets ASKSAFE_LOG=off, imports torch)

from asksafe.probe import Probe  # noqa: E402
from asksafe.train import binary_metrics, calibrate_thresholds, split_by_group  # noqa: E402
from asksafe.training_data import Example, load_corpus  # noqa: E402

COLUMNS = [("n", "n", "{:d}"), ("threshold", "thr", "{:.3f}"), ("auroc", "AUROC", "{:.3f}"),
           ("f1_ask", "F1 (ask)", "{:.3f}"), ("precision", "precision", "{:.3f}"), ("recall", "recall", "{:.3f}"),
           ("balanced_accuracy", "bal. acc", "{:.3f}"), ("false_alarm_rate", "false alarms", "{:.3f}"),
           ("asks", "asks", "{:.3f}")]


# ------------------------------------------------------------------ data

def sets(limit: int) -> dict[str, list[Example]]:
    """calib and report halves of validation, and validation_b; ``limit`` > 0 keeps a seeded sample of each."""
    calib, report = split_by_group(load_corpus("validation"))
    out = {"calib": calib, "report": report, "validation_b": load_corpus("validation_b")}
    if limit:
        rng = random.Random(0)
        out = {k: [v[i] for i in sorted(rng.sample(range(len(v)), min(limit, len(v))))] for k, v in out.items()}
    return out


# ------------------------------------------------------------------ judges

def probes() -> dict[str, Probe]:
    """The default probe and, when onnxruntime is there, its int8 ONNX twin."""
    out = {"probe": Probe.load()}
    log(f"probe: backend {out['probe'].backend}, threshold {out['probe'].threshold}")
    try:
        from asksafe.probe.onnx import export, use_onnx

        twin = Probe.load(backend="torch")
        if twin.device.startswith("cuda"):
            raise RuntimeError("the int8 ONNX backend is CPU only")
        tmp = tempfile.mkdtemp(prefix="asksafe-onnx-")
        try:
            out["probe int8"] = use_onnx(twin, export(twin, tmp)["int8"])  # the session holds the model in memory
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    except ImportError as exc:
        log(f"probe int8 skipped: onnxruntime is missing ({exc}); pip install onnxruntime")
    except Exception as exc:
        log(f"probe int8 skipped: {exc!r}")
    return out


def probe_scores(probe: Probe, rows: list[Example]) -> tuple[list[float], float, int]:
    """p_blocker of each row (one ``assess`` at a time), the loop's seconds, and how often ``should_ask``
    (which also needs a blocker to ask about) differs from ``p_blocker >= threshold``."""
    for e in rows[:3]:
        probe.assess(e.text, context=e.context)  # warm
    t0 = time.perf_counter()
    got = [probe.assess(e.text, context=e.context) for e in rows]
    sec = time.perf_counter() - t0
    return [a.p_blocker for a in got], sec, sum(a.should_ask != (a.p_blocker >= probe.calibration["thresholds"]["balanced"]) for a in got)


class Said:
    """The LLM, keeping what it literally answered (``_llm_score`` returns only P(yes))."""

    def __init__(self, llm) -> None:
        self.llm, self.answers = llm, []

    def generate(self, messages: list[dict], max_new_tokens: int = 2) -> tuple[str, list[float]]:
        out, lps = self.llm.generate(messages, max_new_tokens=max_new_tokens)
        a = out.strip().lower()
        self.answers.append("yes" if a.startswith("yes") else "no" if a.startswith("no") else "other")
        return out, lps


def llm_scores(llm: Said, data: dict[str, list[Example]]) -> dict[str, dict]:
    """P(yes) of every row of every set, with the loop's seconds and the literal answers."""
    total, done, t_all = sum(map(len, data.values())), 0, time.perf_counter()
    out = {}
    for name, rows in data.items():
        first = len(llm.answers)
        scores, t0 = [], time.perf_counter()
        for e in rows:
            scores.append(_llm_score(llm, e.text, e.context)[0])
            done += 1
            if done % 50 == 0:
                rate = done / (time.perf_counter() - t_all)
                log(f"LLM {done}/{total} ({name}), {rate:.2f} items/s, ~{(total - done) / rate / 60:.1f} min left")
        said = llm.answers[first:]
        out[name] = {"scores": scores, "seconds": time.perf_counter() - t0, "answers": said,
                     "said": {k: said.count(k) for k in ("yes", "no", "other")}}
    return out


# ------------------------------------------------------------------ metrics

def metrics(scores: list[float], rows: list[Example], threshold: float) -> dict:
    m = binary_metrics(scores, [e.label for e in rows], threshold)
    m["asks"] = round(sum(s >= threshold for s in scores) / len(scores), 4)
    return m


def run(limit: int, no_llm: bool) -> dict:
    data = sets(limit)
    res: dict = {"config": {"limit": limit, "n": {k: len(v) for k, v in data.items()},
                            "positives": {k: sum(e.label for e in v) for k, v in data.items()},
                            "cpus": os.cpu_count(), "threads": torch.get_num_threads(),
                            "load_avg_start": os.getloadavg(), "prompt": LLM_PROMPT},
                 "rows": {}, "speed": {}}
    judged = {k: data[k] for k in ("report", "validation_b")}
    for name, p in probes().items():
        res["rows"][name] = {}
        items, secs = 0, 0.0
        for s, rows in judged.items():
            log(f"{name} on {s} ({len(rows)} items)")
            scores, sec, differs = probe_scores(p, rows)
            res["rows"][name][s] = {**metrics(scores, rows, p.calibration["thresholds"]["balanced"]), "should_ask_differs": differs}
            items, secs = items + len(rows), secs + sec
        res["speed"][name] = {"backend": p.backend, "items": items, "seconds": secs, "decisions_per_s": items / secs}
    if not no_llm:
        try:
            from asksafe.local_llm import LocalLLM

            t0 = time.perf_counter()
            llm = Said(LocalLLM.shared())
            res["config"]["llm_load_s"] = time.perf_counter() - t0
        except Exception as exc:
            log(f"LLM baseline skipped: {exc!r}")
        else:
            got = llm_scores(llm, data)
            th = calibrate_thresholds(got["calib"]["scores"], [e.label for e in data["calib"]])["balanced"]
            res["llm_calib"] = {"threshold": th, "at_0.5": metrics(got["calib"]["scores"], data["calib"], 0.5),
                                "at_threshold": metrics(got["calib"]["scores"], data["calib"], th)}
            res["llm_said"] = {s: g["said"] for s, g in got.items()}
            res["llm_scores"] = {s: [round(x, 4) for x in g["scores"]] for s, g in got.items()}
            for name, t in (("smollm2 @0.5", 0.5), ("smollm2 @calib", th)):
                res["rows"][name] = {s: metrics(got[s]["scores"], rows, t) for s, rows in judged.items()}
            res["rows"]["smollm2 says"] = {s: metrics([float(a == "yes") for a in got[s]["answers"]], rows, 0.5)
                                           for s, rows in judged.items()}
            items = sum(len(v) for v in data.values())
            secs = sum(g["seconds"] for g in got.values())
            res["speed"]["smollm2"] = {"backend": "transformers (GGUF)", "items": items, "seconds": secs,
                                       "decisions_per_s": items / secs}
    res["config"]["load_avg_end"] = os.getloadavg()
    return res


# ------------------------------------------------------------------ report

def report(res: dict) -> None:
    cfg = res["config"]
    print(f"\n### Judgment: probe vs SmolLM2-135M (yes/no prompt)\n\n"
          f"sets: report = validation half by group not used for calibration ({cfg['n']['report']} items, "
          f"{cfg['positives']['report']} need a question), validation_b ({cfg['n']['validation_b']}, "
          f"{cfg['positives']['validation_b']}); calib half {cfg['n']['calib']}"
          + (f"; --limit {cfg['limit']}" if cfg["limit"] else "") + "\n")
    print("| judge | set | " + " | ".join(h for _, h, _ in COLUMNS) + " |")
    print("|---|---|" + "---:|" * len(COLUMNS))
    for name, per in res["rows"].items():
        for s, m in per.items():
            print(f"| {name} | {s} | " + " | ".join(f.format(m[k]) for k, _, f in COLUMNS) + " |")
    print("\nthr: the probe's shipped threshold; smollm2 @0.5: P(yes) (bench_probe._llm_score) at 0.5; "
          "smollm2 @calib: the probe's rule (calibrate_thresholds 'balanced': best F1 with <= 10% false alarms) "
          "on the LLM's calib-half scores; smollm2 says: its literal first word, yes = ask (AUROC of a yes/no "
          "= balanced accuracy). asks: share of items scored >= thr.")
    print("always asking would score F1 " + ", ".join(
        f"{2 * r / (1 + r):.3f} on {s}" for s in ("report", "validation_b")
        for r in [cfg["positives"][s] / max(cfg["n"][s], 1)]) + " (false alarms 1.000): an F1 near that says little.")
    if "llm_said" in res:
        c = res["llm_calib"]
        print(f"LLM on the calib half: threshold {c['threshold']:.4f}, AUROC {c['at_threshold']['auroc']:.3f}, "
              f"F1 {c['at_0.5']['f1_ask']:.3f} at 0.5 / {c['at_threshold']['f1_ask']:.3f} at the threshold.")
        print("LLM's literal first word: " + "; ".join(
            f"{s} yes {d['yes']}, no {d['no']}, other {d['other']}" for s, d in res["llm_said"].items()))
    for name, per in res["rows"].items():
        diff = {s: m["should_ask_differs"] for s, m in per.items() if m.get("should_ask_differs")}
        if diff:
            print(f"{name}: should_ask (needs a blocker too) differs from p_blocker >= thr on {diff} items")

    sp = res["speed"]
    llm = sp.get("smollm2")
    print("\n| judge | backend | items | seconds | decisions/s |" + (" / LLM (indicative) |" if llm else ""))
    print("|---|---|---:|---:|---:|" + ("---:|" if llm else ""))
    for name, v in sp.items():
        print(f"| {name} | {v['backend']} | {v['items']} | {v['seconds']:.1f} | {v['decisions_per_s']:.2f} |"
              + (f" {v['decisions_per_s'] / llm['decisions_per_s']:.1f} |" if llm else ""))
    print(f"\nindicative only: one item at a time, on a shared CPU ({cfg['cpus']} cpus, {cfg['threads']} torch "
          f"threads, load avg "
          f"{cfg['load_avg_start'][0]:.1f} -> {cfg['load_avg_end'][0]:.1f}), load not counted"
          + (f" (LLM load {cfg['llm_load_s']:.0f} s)" if "llm_load_s" in cfg else "")
          + "; bench_probe.py measures the proper throughput ratios.")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="items per set, a seeded sample (default: all)")
    ap.add_argument("--json", type=Path, help="write all numbers here")
    ap.add_argument("--no-llm", action="store_true", help="the probe only")
    ap.add_argument("--threads", type=int, default=0, help="torch (and ONNX Runtime) threads (default: torch's "
                    "own choice; 1 when another process is busy on the CPU)")
    a = ap.parse_args(argv)
    if a.threads:
        torch.set_num_threads(a.threads)
    res = run(a.limit, a.no_llm)
    report(res)
    if a.json:
        a.json.write_text(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
