"""Out-of-generator check: real photographs shipped inside installed packages, never trained or tuned on.

    nice -n 10 .venv/bin/python benchmarks/visual/out_of_generator.py [--json oog.json] [--suite suite.json]

Images: scikit-image's bundled photographs (skimage/data: astronaut, camera, chelsea, coffee, coins,
rocket, motorcycle, hubble deep field, retina, immunohistochemistry, horse, page, text),
matplotlib's sample photos (grace_hopper.jpg, the Minduka pack) and scikit-learn's (china.jpg,
flower.jpg). Tasks: read the text (page, text: Tesseract), count the coins (OpenCV), name the main
colour (the others: OpenCV). There is no hand-made ground truth: the reference answer is what the
same agent reads from the untouched original, so "correct" means "supports the same answer".

Shown to the probe: clear controls = real recaptures (JPEG re-compression at quality 55-90 and/or
resizing to 55-90%), three per image; degraded = each of the suite's operators (blur, dark, bright,
glare, crop, occlusion, rotation, downscale) plus a heavy recapture (JPEG quality 4-8 after a 12-20%
resize, counted as ``downscale``). A valid suggestion brings a fresh clear recapture of the original.
Reported: the suite's numbers (reward vs oracle, over-asking on clear, degraded accuracy vs
never-ask), for information; no target.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import time
from pathlib import Path

import numpy as np

TEXT_TASKS = {"page": "Read the text on this page.", "text": "Read the text written in this picture."}
COUNT_TASKS = {"coins": "How many coins are in the picture?"}
COLOUR_TASK = "What is the main colour of the object in this photo?"
DEGRADATIONS = ("blur", "dark", "bright", "glare", "crop", "occlusion", "rotation", "downscale", "recapture")


def sources() -> list[tuple[str, np.ndarray]]:
    import matplotlib
    import skimage.data as sd
    from PIL import Image

    out = []
    for name in ("astronaut", "camera", "chelsea", "coffee", "coins", "rocket", "motorcycle_left",
                 "hubble_deep_field", "retina", "immunohistochemistry", "horse", "page", "text"):
        fn = getattr(sd, name, None)
        if fn is None:
            continue
        try:
            img = np.asarray(fn())
        except Exception:  # an image that would need a download: skipped, never fetched
            continue
        if img.dtype == bool:
            img = (~img * 255).astype(np.uint8) if name == "horse" else (img * 255).astype(np.uint8)
        out.append((name, img))
    mpl = Path(matplotlib.get_data_path()) / "sample_data"
    for p in (mpl / "grace_hopper.jpg", mpl / "Minduka_Present_Blue_Pack.png"):
        if p.exists():
            out.append((p.stem, np.asarray(Image.open(p).convert("RGB"))))
    try:
        from sklearn.datasets import load_sample_images

        for fname, img in zip(load_sample_images().filenames, load_sample_images().images):
            out.append((Path(fname).stem, np.asarray(img)))
    except Exception:
        pass
    return [(n, _rgb(i)) for n, i in out]


def _rgb(img: np.ndarray) -> np.ndarray:
    if img.ndim == 2:
        img = np.repeat(img[:, :, None], 3, axis=2)
    if img.shape[2] == 4:
        img = img[:, :, :3]
    if img.dtype != np.uint8:
        img = (255 * (img.astype(np.float32) / max(float(img.max()), 1e-6))).astype(np.uint8)
    return np.ascontiguousarray(img)


def task_of(name: str) -> str:
    return TEXT_TASKS.get(name) or COUNT_TASKS.get(name) or COLOUR_TASK


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]{3,}", text.lower())}


def agent(name: str, rgb: np.ndarray) -> object:
    import cv2

    if name in TEXT_TASKS:
        import pytesseract

        return _words(pytesseract.image_to_string(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), config="--psm 6"))
    if name in COUNT_TASKS:
        g = cv2.GaussianBlur(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), (0, 0), 2)
        _, b = cv2.threshold(g, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        n, _, st, _ = cv2.connectedComponentsWithStats(b)
        big = st[1:, cv2.CC_STAT_AREA] > 0.002 * b.size
        return int(big.sum())
    hsv = cv2.cvtColor(cv2.resize(rgb, (160, 160)), cv2.COLOR_RGB2HSV)
    h, s, v = hsv[:, :, 0].ravel(), hsv[:, :, 1].ravel(), hsv[:, :, 2].ravel()
    coloured = (s > 60) & (v > 50)
    if coloured.mean() < 0.1:
        return "dark" if np.median(v) < 60 else ("white" if np.median(v) > 190 else "grey")
    names = np.array(["red", "orange", "yellow", "green", "cyan", "blue", "purple", "red"])
    edges = np.array([0, 10, 22, 35, 85, 100, 130, 160, 181])
    idx = np.clip(np.searchsorted(edges, h[coloured], side="right") - 1, 0, 7)
    return str(names[np.bincount(idx, minlength=8).argmax()])


def same(name: str, a: object, ref: object) -> bool:
    if name in TEXT_TASKS:
        a, ref = set(a), set(ref)  # type: ignore[arg-type]
        if not ref:
            return not a
        p = len(a & ref) / max(len(a), 1)
        r = len(a & ref) / len(ref)
        return (2 * p * r / max(p + r, 1e-9)) >= 0.7
    return a == ref


def recapture(rgb: np.ndarray, rng: random.Random, heavy: bool = False) -> np.ndarray:
    import cv2
    from PIL import Image

    out = rgb
    h, w = rgb.shape[:2]
    if heavy or rng.random() < 0.7:
        f = rng.uniform(0.12, 0.2) if heavy else rng.uniform(0.55, 0.9)
        out = cv2.resize(out, (max(8, int(w * f)), max(8, int(h * f))), interpolation=cv2.INTER_AREA)
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=rng.randint(4, 8) if heavy else rng.randint(55, 90))
    return np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))


def roi_of(name: str, rgb: np.ndarray) -> tuple[int, int, int, int]:
    h, w = rgb.shape[:2]
    return (w // 4, h // 4, 3 * w // 4, 3 * h // 4)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", default=None)
    ap.add_argument("--suite", default=None, help="a suite JSON (asksafe bench --visual --json) to print beside")
    ap.add_argument("--clear-per-image", type=int, default=3)
    args = ap.parse_args()

    from asksafe.bench.visual import VisualSample, checks, summarise
    from asksafe.events import configure
    from asksafe.suite.visual import degrade as D
    from asksafe.visual import VisualProbe

    configure("off")
    probe = VisualProbe()
    fixes = dict(D.FIXES, recapture=D.FIXES["downscale"])
    samples: list[VisualSample] = []
    per: dict[str, dict[str, int]] = {}
    t0 = time.time()
    for si, (name, rgb) in enumerate(sources()):
        task = task_of(name)
        ref = agent(name, rgb)
        rng = random.Random(f"oog:{name}")
        roi = roi_of(name, rgb)
        shown_list = [(None, recapture(rgb, rng)) for _ in range(args.clear_per_image)]
        for d in DEGRADATIONS:
            if d == "recapture":
                img = recapture(rgb, rng, heavy=True)
            elif d in ("glare", "crop", "occlusion"):
                img = getattr(D, d)(rgb, roi, rng)
            else:
                img = getattr(D, d)(rgb, rng)
            shown_list.append((d, np.ascontiguousarray(img)))
        for k, (d, img) in enumerate(shown_list):
            s = VisualSample(len(samples), "oog:" + name, k, task, str(ref), d)
            va = probe.assess(img, task)
            s.asked, s.signal, s.intervention, s.question = va.should_ask, va.signal, va.intervention, va.question
            s.valid = bool(d and va.intervention in fixes[d])
            ans = agent(name, img)
            s.shown_answer, s.shown_correct = str(ans), same(name, ans, ref)
            if d:
                retake = recapture(rgb, random.Random(f"retake:{name}:{k}"))
                r = agent(name, retake)
                s.retake_answer, s.retake_correct = str(r), same(name, r, ref)
            samples.append(s)
            row = per.setdefault(d or "clear", {"n": 0, "asked": 0, "valid": 0, "agent_ok": 0})
            row["n"] += 1
            row["asked"] += s.asked
            row["valid"] += s.valid
            row["agent_ok"] += s.shown_correct
    summary = summarise(samples)
    res = {"images": len({s.kind for s in samples}), "samples": len(samples), "seconds": time.time() - t0,
           "strategies": {k: v for k, v in summary.items() if not k.startswith("_")}, "counts": summary["_counts"],
           "checks": checks(summary), "by_degradation": per,
           "clear_asks": [(s.kind, s.signal) for s in samples if not s.degradation and s.asked]}
    print(f"out-of-generator: {res['images']} real images, {res['samples']} samples, {res['seconds']:.0f} s")
    for k, v in res["checks"].items():
        line = f"  {k:34s} {v['value']:.3f}"
        if args.suite:
            suite = json.loads(Path(args.suite).read_text())["checks"][k]["value"]
            line += f"   (suite: {suite:.3f}, target {v['target']})"
        print(line)
    for name, row in res["strategies"].items():
        print(f"  {name:10s} reward {row['reward']:.3f} acc {row['accuracy']:.3f} acc_degraded "
              f"{row['accuracy_degraded']:.3f} over_ask_clear {row['over_ask_clear']:.3f}")
    for d, row in per.items():
        print(f"  {d:10s} n {row['n']:3d} asked {row['asked']:3d} valid {row['valid']:3d} agent_ok {row['agent_ok']:3d}")
    print("  clear pictures asked about:", res["clear_asks"])
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
