"""ProactiveBench's own environments (the ``proactivebench`` package), driven by asksafe + an OpenCV agent.

    .venv/bin/pip install --no-deps --ignore-requires-python proactivebench==0.1.1 imagecorruptions==1.1.2
    nice -n 10 .venv/bin/python benchmarks/visual/proactivebench_envs.py [--inc 60 --rod 40] [--json pb.json]

What had to give (found, not guessed):
- proactivebench 0.1.1 declares Python >= 3.12; this project runs 3.11. Its ``environment`` module is
  pure standard library, but three verbose-logging f-strings use 3.12-only quoting
  (``{inspect.getsource(step_0["transform"])}``); they are loaded with ``["transform"]`` rewritten
  to ``['transform']`` and nothing else changed. ``data_utils`` (torch Dataset, qwen-vl-utils) is not
  used: entries are built here in the JSONL entry format its environments read.
- its data lives on a hub this machine cannot reach, so entries are generated: a single coloured
  shape (category circle / square / triangle) on a textured background. ImageNet-C entries are
  corrupted with ``imagecorruptions`` (ProactiveBench's own corruption functions) at severities 5..1,
  one corruption per entry from those that run on current numpy/scikit-image (glass_blur, frost, fog
  and gaussian_blur fail there); reference = the clean image. Occlusion entries (the
  Realistic-Occlusion-Dataset environment) are 7 frames of an occluder sliding across the shape,
  starting fully over it; reference = no occluder.
- ``imagecorruptions`` imports ``pkg_resources`` (gone from setuptools 84) only to locate its frost
  pictures: a two-line stand-in module is registered before importing it.

The "model" answers each state with one of the offered options: asksafe's VisualProbe looks at the
image with the prompt as the task; when it asks, its intervention is mapped to the matching option
(blur -> "Deblur the image.", resolution -> "Increase the resolution.", dark/bright/glare -> "Adjust
the brightness.", occlusion -> "Move the occluding object to the right."); otherwise the OpenCV agent
answers the category. Baselines: never-ask (the agent answers at once) and always-suggest (a correct
suggestion whenever suggestions are allowed, then the agent answers). Reported, as the paper does:
accuracy and the proactive-suggestion (ps) rate, plus asksafe's ps rate on the reference images.
"""

from __future__ import annotations

import argparse
import importlib.resources
import importlib.util
import json
import pathlib
import random
import sys
import tempfile
import time
import types

import numpy as np

CATEGORIES = ["circle", "square", "triangle"]
COLOURS = [(205, 40, 35), (40, 160, 60), (40, 70, 200), (235, 200, 30)]
# corruption -> the option that undoes it (each option holds exactly one of the environment's action keys)
CORRUPTIONS = {
    "defocus_blur": "Deblur the image.", "motion_blur": "Deblur the image.", "zoom_blur": "Deblur the image.",
    "gaussian_noise": "Denoise the image.", "shot_noise": "Denoise the image.", "impulse_noise": "Denoise the image.",
    "brightness": "Adjust the brightness.", "contrast": "Increase the contrast.", "pixelate": "Increase the resolution.",
    "jpeg_compression": "Reduce the JPEG compression.", "saturate": "Adjust the saturation.",
}
INC_OPTIONS = ["Deblur the image.", "Denoise the image.", "Adjust the brightness.", "Increase the contrast.",
               "Increase the resolution.", "Reduce the JPEG compression.", "Adjust the saturation.",
               "I cannot answer without a better image."]
ROD_OPTIONS = ["Move the occluding object to the left.", "Move the occluding object to the right.",
               "I cannot answer this question."]
INTERVENTION_TO_OPTION = {"steady": "Deblur the image.", "closer": "Increase the resolution.",
                          "light": "Adjust the brightness.", "less_light": "Adjust the brightness.",
                          "glare": "Adjust the brightness.", "uncover": "Move the occluding object to the right."}
PROMPT = "What shape is the object in the image?"


def load_environment_module() -> types.ModuleType:
    spec = importlib.util.find_spec("proactivebench")
    if spec is None:
        sys.exit("proactivebench is not installed: pip install --no-deps --ignore-requires-python proactivebench==0.1.1")
    path = pathlib.Path(spec.submodule_search_locations[0]) / "environment.py"
    src = path.read_text().replace('["transform"]', "['transform']")  # 3.12-only quoting in 3 log lines
    mod = types.ModuleType("proactivebench.environment")
    mod.__file__ = str(path)
    exec(compile(src, str(path), "exec"), mod.__dict__)
    return mod


def corrupt_fn():
    if "pkg_resources" not in sys.modules:  # imagecorruptions only uses it to find its frost pictures
        shim = types.ModuleType("pkg_resources")
        shim.resource_filename = lambda pkg, name: str(importlib.resources.files(pkg) / name)
        sys.modules["pkg_resources"] = shim
    from imagecorruptions import corrupt

    return corrupt


def shape_image(rng: random.Random, size: int = 256) -> tuple[np.ndarray, str, tuple[int, int, int]]:
    import cv2

    base = np.array([rng.randint(200, 235)] * 3, np.float32)
    img = np.clip(base + np.random.default_rng(rng.randint(0, 2**31)).normal(0, 3, (size, size, 1)), 0, 255)
    img = img.astype(np.uint8)
    shape = rng.choice(CATEGORIES)
    colour = rng.choice(COLOURS)
    cx, cy, r = size // 2 + rng.randint(-20, 20), size // 2 + rng.randint(-20, 20), rng.randint(50, 70)
    if shape == "circle":
        cv2.circle(img, (cx, cy), r, colour, -1, lineType=cv2.LINE_AA)
    elif shape == "square":
        cv2.rectangle(img, (cx - r, cy - r), (cx + r, cy + r), colour, -1)
    else:
        pts = np.array([[cx, cy - r], [cx - r, cy + int(0.8 * r)], [cx + r, cy + int(0.8 * r)]], np.int32)
        cv2.fillPoly(img, [pts], colour, lineType=cv2.LINE_AA)
    return img, shape, (cx, cy, r)


def agent_category(rgb: np.ndarray) -> str:
    """The OpenCV agent: the shape of the largest saturated blob (the suite's classifier)."""
    import cv2

    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    mask = ((hsv[:, :, 1] > 90) & (hsv[:, :, 2] > 60)).astype(np.uint8) * 255
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    cnts, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not cnts:
        return "circle"  # a guess, like a model that must answer
    c = max(cnts, key=cv2.contourArea)
    area, peri = cv2.contourArea(c), cv2.arcLength(c, True)
    approx = cv2.approxPolyDP(c, 0.04 * peri, True)
    circ = 4 * np.pi * area / (peri * peri + 1e-9)
    if len(approx) == 3:
        return "triangle"
    if len(approx) == 4 and circ < 0.85:
        return "square"
    return "circle" if circ > 0.8 else ("square" if len(approx) == 4 else "triangle")


def build(out: pathlib.Path, n_inc: int, n_rod: int) -> tuple[list[dict], list[dict]]:
    from PIL import Image

    corrupt = corrupt_fn()
    inc, rod = [], []
    names = sorted(CORRUPTIONS)
    for i in range(n_inc):
        rng = random.Random(f"pb-inc:{i}")
        img, shape, _ = shape_image(rng)
        c = names[i % len(names)]
        d = out / "inc" / str(i)
        d.mkdir(parents=True, exist_ok=True)
        Image.fromarray(img).save(d / "0.png")
        for level in range(1, 6):
            Image.fromarray(np.asarray(corrupt(img, corruption_name=c, severity=level), np.uint8)).save(d / f"{level}.png")
        inc.append({"id": i, "image_template": f"inc/{i}/{{level}}.png", "first_image": 5, "num_images": 5,
                    "reference_image": 0, "prompt": PROMPT, "options": INC_OPTIONS, "categories": CATEGORIES,
                    "answer": shape, "quality_answer": CORRUPTIONS[c], "corruption": c})
    for i in range(n_rod):
        import cv2

        rng = random.Random(f"pb-rod:{i}")
        img, shape, (cx, cy, r) = shape_image(rng)
        d = out / "rod" / str(i)
        d.mkdir(parents=True, exist_ok=True)
        Image.fromarray(img).save(d / "ref.png")
        colour = rng.choice([(rng.randint(190, 225), rng.randint(140, 170), rng.randint(110, 140)), (40, 40, 45)])
        for k in range(7):  # the occluder slides across; frame 3 covers the shape
            f = img.copy()
            ox = cx + (k - 3) * int(1.1 * r)
            cv2.ellipse(f, (ox, cy), (int(1.15 * r), int(1.3 * r)), 0, 0, 360, colour, -1, lineType=cv2.LINE_AA)
            Image.fromarray(f).save(d / f"{k}.png")
        rod.append({"id": i, "image_template": f"rod/{i}/{{image}}.png", "first_image": 3, "num_images": 7,
                    "reference_image": "ref", "prompt": PROMPT, "options": ROD_OPTIONS, "categories": CATEGORIES,
                    "answer": shape})
    return inc, rod


def run(env_cls, entries: list[dict], data_dir: str, policy: str, probe, reference: bool = False) -> dict:
    from PIL import Image

    acc = ps = ps_any = 0
    for e in entries:
        env = env_cls(entry=e, data_dir=data_dir, reference=reference)
        suggested = 0
        while not env.stop:
            st = env.get_state()
            rgb = np.asarray(Image.open(st["image_path"]).convert("RGB"))
            offered = st["options"]
            answer = None
            if policy == "always-suggest":  # a valid suggestion every turn but the last, then the agent answers
                correct = [o for o in offered if o in env.correct_options]
                if correct and env._get_correct_options_and_categories()[0] and env.num_turns + 1 < env.max_steps:
                    answer = correct[0]
            elif policy == "asksafe":
                va = probe.assess(rgb, st["prompt"])
                option = INTERVENTION_TO_OPTION.get(va.intervention or "")
                if va.should_ask and option:
                    answer = option if option in offered else "I cannot answer without a better image."
            if answer is None:
                answer = agent_category(rgb)
            else:
                suggested += 1
            env.evaluate_generated_answer(answer)
        stats = env.get_statistics()
        acc += int(stats["correct_prediction"])
        ps += suggested
        ps_any += suggested > 0
    n = max(len(entries), 1)
    return {"accuracy": acc / n, "ps_per_sample": ps / n, "ps_rate": ps_any / n}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--inc", type=int, default=60)
    ap.add_argument("--rod", type=int, default=40)
    ap.add_argument("--json", default=None)
    ap.add_argument("--data-dir", default=None, help="keep the generated entries here (default: a temp folder)")
    args = ap.parse_args()

    from asksafe.events import configure
    from asksafe.visual import VisualProbe

    configure("off")
    E = load_environment_module()
    probe = VisualProbe()
    t0 = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        data = pathlib.Path(args.data_dir or tmp)
        inc, rod = build(data, args.inc, args.rod)
        res: dict = {"entries": {"ImageNet-C": len(inc), "Realistic-Occlusion-Dataset": len(rod)}}
        for env_name, entries in (("ImageNet-C", inc), ("Realistic-Occlusion-Dataset", rod)):
            cls = E.get_environment(env_name)
            row = {p: run(cls, entries, str(data), p, probe) for p in ("never-ask", "always-suggest", "asksafe")}
            row["asksafe_on_reference"] = run(cls, entries, str(data), "asksafe", probe, reference=True)
            row["never_ask_on_reference"] = run(cls, entries, str(data), "never-ask", probe, reference=True)
            na = row["never-ask"]["accuracy"]
            row["checks"] = {
                "asksafe_accuracy_vs_never_ask": {"value": row["asksafe"]["accuracy"] / na if na else float("inf"),
                                                  "target": ">= 2"},
                "asksafe_ps_rate_on_reference": {"value": row["asksafe_on_reference"]["ps_rate"], "target": "<= 0.05"},
            }
            res[env_name] = row
    res["seconds"] = time.time() - t0
    for env_name in ("ImageNet-C", "Realistic-Occlusion-Dataset"):
        row = res[env_name]
        print(f"{env_name}: {res['entries'][env_name]} entries")
        for p in ("never-ask", "always-suggest", "asksafe"):
            r = row[p]
            print(f"  {p:15s} acc {r['accuracy']:.3f}  ps/sample {r['ps_per_sample']:.2f}  ps rate {r['ps_rate']:.3f}")
        ref = row["asksafe_on_reference"]
        print(f"  reference (clean): asksafe acc {ref['accuracy']:.3f} ps rate {ref['ps_rate']:.3f}; "
              f"never-ask acc {row['never_ask_on_reference']['accuracy']:.3f}")
        for k, v in row["checks"].items():
            print(f"  {k}: {v['value']:.3f} (target {v['target']})")
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
