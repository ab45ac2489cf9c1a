"""How long `asksafe learn` takes on 1,000 records, against a baseline step measured in the same run.

The baseline step is the shipped probe scoring the same 1,000 records once (`Probe.assess_many`),
so the ratio says how many "scoring passes" a learn costs, whatever the machine's load.
Records: 1,000 TriageSQL items as fully labelled feedback (question + schema, one group each).

    nice -n 10 .venv/bin/python benchmarks/learning/timing.py [--layers 1]    # writes benchmarks/learning/timing[_layers1].json
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

import torch

from asksafe.learn import FeedbackRecord, LearnConfig, learn, load_base
from asksafe.train import probe_scores
from asksafe.training_data import triagesql

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("ASKSAFE_SHARED_DATASETS", "/work/shared/datasets"))


def main() -> int:
    layers = int(sys.argv[sys.argv.index("--layers") + 1]) if "--layers" in sys.argv else 0
    torch.set_num_threads(2)
    rows = triagesql(SHARED)
    random.Random(7).shuffle(rows)
    rows = rows[:1000]
    records = [FeedbackRecord(text=e.text, context=e.context, verdict="needed" if e.label else "not_needed",
                              group=f"ts-{i}") for i, e in enumerate(rows)]
    t0 = time.time()
    probe = load_base(None)
    load_s = time.time() - t0
    t0 = time.time()
    probe_scores(probe, rows)
    baseline_s = time.time() - t0
    del probe
    with tempfile.TemporaryDirectory() as d:
        t0 = time.time()
        report = learn(records, out=Path(d) / "probe", cfg=LearnConfig(trainable_layers=layers))
        learn_s = time.time() - t0
    out = {"records": len(records), "trainable_layers": layers, "learn_seconds": round(learn_s, 1), "baseline_score_seconds": round(baseline_s, 1),
           "base_load_seconds": round(load_s, 1), "ratio_learn_to_baseline": round(learn_s / baseline_s, 2),
           "cpu_count": os.cpu_count(), "torch_threads": torch.get_num_threads(),
           "loadavg_end": os.getloadavg(), "held_out": report["held_out_check"]}
    (HERE / ("timing.json" if not layers else f"timing_layers{layers}.json")).write_text(json.dumps(out, indent=1))
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
