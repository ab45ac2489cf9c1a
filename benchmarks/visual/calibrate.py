"""Calibrate the visual probe's thresholds on generated images (never on the suite's seeds or any benchmark).

    nice -n 10 .venv/bin/python benchmarks/visual/calibrate.py --per-kind 40 --write

Draws clear controls (with the small imperfections of good photos) and every degradation from seeds
100000+ (the suite uses 0..99999), measures them, and sets each threshold
at the least cost, where a clear image asked about costs ``--fp-cost`` missed degradations, then reports each signal's recall on its own
degradation. ``--write`` stores the thresholds in asksafe/visual/thresholds.json.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from asksafe.suite.visual.degrade import APPLIES, degrade, mild
from asksafe.suite.visual.scenes import KINDS, make_scene
from asksafe.visual.probe import RULES, VisualProbe, features

OUT = Path(__file__).resolve().parents[2] / "asksafe" / "visual" / "thresholds.json"
# which degradation each signal is meant to catch (its recall is reported on these)
TARGET = {"dark": ["dark"], "bright": ["bright"], "glare": ["glare"], "blur": ["blur"],
          "resolution": ["downscale"], "cut": ["crop"], "occlusion": ["occlusion"],
          "rotation": ["rotation"], "unfinished": ["unfinished"]}


# the smallest value that means anything whatever the data say: a single edge crossing the frame can be
# a shadow; a tilt under 10 degrees does not stop reading
FLOORS = {"cut": 1.0, "rotation": 10.0}


def choose(clear: np.ndarray, pos: np.ndarray, direction: str, fp_cost: float, floor: float | None) -> float:
    """The threshold with the least cost (fp_cost x clear trips + missed degradations), midway in its gap."""
    sign = 1.0 if direction == ">" else -1.0
    c, p = sign * clear, sign * pos  # now "fires" always means value > t
    values = np.unique(np.concatenate([c, p]))
    best, best_cost = values[-1], np.inf
    for i, v in enumerate(values):
        cost = fp_cost * (c > v).mean() + ((p <= v).mean() if p.size else 0.0)
        if cost < best_cost - 1e-12:
            nxt = values[i + 1] if i + 1 < len(values) else v
            best, best_cost = (v + nxt) / 2.0, cost
    t = sign * best
    if floor is not None:
        t = max(t, floor) if direction == ">" else min(t, floor)
    return float(t)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-kind", type=int, default=40)
    ap.add_argument("--fp-cost", type=float, default=8.0, help="a clear image asked about costs this many misses")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    t0 = time.time()
    probe = VisualProbe(ocr=False)
    rows = []  # (condition, kind, features)
    for kind in KINDS:
        for i in range(args.per_kind):
            seed = 100000 + i
            scene = make_scene(kind, seed)
            rows.append(("clear", kind, features(probe, mild(scene, seed), scene.task)))
            for d in APPLIES[kind]:
                rows.append((d, kind, features(probe, degrade(scene, d, seed), scene.task)))
    thresholds = {}
    for name, (feat, direction, _) in RULES.items():
        clear = np.array([r[2][feat] for r in rows if r[0] == "clear" and r[2].get(feat) is not None], float)
        pos = np.array([r[2][feat] for r in rows if r[0] in TARGET[name] and r[2].get(feat) is not None], float)
        if clear.size == 0:
            clear = np.array([0.0 if direction == ">" else 1e9])
        t = choose(clear, pos, direction, args.fp_cost, FLOORS.get(name))
        fires = (lambda v: v > t) if direction == ">" else (lambda v: v < t)
        recall = float(fires(pos).mean()) if pos.size else float("nan")
        fp = float(fires(clear).mean())
        thresholds[name] = round(t, 4)
        print(f"{name:11s} {feat:15s} {direction} {t:9.4f}  clear trips {fp:.3f}  recall on {TARGET[name]} {recall:.3f}"
              f"  clear q[0,.5,1]={np.quantile(clear, [0, .5, 1]).round(3).tolist()}"
              f"  pos q[0,.5,1]={np.quantile(pos, [0, .5, 1]).round(3).tolist() if pos.size else None}")
    print(f"{len(rows)} images in {time.time() - t0:.1f}s")
    if args.write:
        OUT.write_text(json.dumps({"thresholds": thresholds, "calibrated_on": {
            "per_kind": args.per_kind, "fp_cost": args.fp_cost, "seeds": "100000+",
            "command": "benchmarks/visual/calibrate.py --per-kind %d --write" % args.per_kind}}, indent=2) + "\n")
        print("wrote", OUT)


if __name__ == "__main__":
    main()
