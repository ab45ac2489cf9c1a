"""Visual probe latency on 1-megapixel images, against baselines measured in the same run.

    nice -n 10 .venv/bin/python benchmarks/perf/bench_visual.py [--reps 40] [--json out.json]

The CPU is shared, so absolute milliseconds drift; each repetition times, interleaved on the same
image, (a) ``VisualProbe().assess`` without OCR, (b) the classic one-line blur check (variance of
the Laplacian of the grey image) as a floor, (c) decoding the same image from JPEG bytes, and
(d) Tesseract on it (``ocr_confidence``, what ``VisualProbe(ocr=True)`` adds for a text task).
Reported: p50/p90 of each, and the probe's cost as a ratio of the decode and of the Laplacian floor.
Also the probe's CPU time per call (``time.thread_time``, OpenCV held to one thread with
``--threads 1``, the default): on a box shared with other jobs, wall time counts the waits for a core,
CPU time does not, so it is the closer estimate of the latency on an idle core.
Images: five generated scenes (receipt, document, label, display, objects) resized to 1155x866.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import time

import numpy as np


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=40)
    ap.add_argument("--ocr-reps", type=int, default=5)
    ap.add_argument("--json", default=None)
    ap.add_argument("--threads", type=int, default=1, help="cv2.setNumThreads (0 = OpenCV's default)")
    args = ap.parse_args()

    import cv2
    from PIL import Image

    from asksafe.events import configure
    from asksafe.suite.visual.scenes import KINDS, make_scene
    from asksafe.visual import VisualProbe
    from asksafe.visual.images import load_image
    from asksafe.visual.ocr import ocr_confidence

    configure("off")
    if args.threads:
        cv2.setNumThreads(args.threads)
    probe = VisualProbe()
    cases = []
    for kind in KINDS:
        s = make_scene(kind, 7)
        img = cv2.resize(s.image, (866, 1155), interpolation=cv2.INTER_LINEAR)  # 1.0 MP
        buf = io.BytesIO()
        Image.fromarray(img).save(buf, format="JPEG", quality=90)
        cases.append((kind, s.task, img, buf.getvalue()))
    for _, task, img, _ in cases:  # warm-up
        probe.assess(img, task)
    t_probe, t_lap, t_dec, t_ocr, c_probe, c_dec = [], [], [], [], [], []
    for r in range(args.reps):
        for _, task, img, jpeg in cases:
            t, c = time.perf_counter(), time.thread_time()
            probe.assess(img, task)
            t_probe.append(time.perf_counter() - t)
            c_probe.append(time.thread_time() - c)
            t = time.perf_counter()
            cv2.Laplacian(cv2.cvtColor(img, cv2.COLOR_RGB2GRAY), cv2.CV_64F).var()
            t_lap.append(time.perf_counter() - t)
            t, c = time.perf_counter(), time.thread_time()
            load_image(jpeg)
            t_dec.append(time.perf_counter() - t)
            c_dec.append(time.thread_time() - c)
    for r in range(args.ocr_reps):
        for kind, task, img, _ in cases:
            if kind == "objects":
                continue
            t = time.perf_counter()
            ocr_confidence(img, light_text=kind == "display")
            t_ocr.append(time.perf_counter() - t)

    def q(xs, p):
        return float(np.percentile(np.asarray(xs) * 1000.0, p))

    res = {
        "image": "1155x866 (1.0 MP), 5 generated scenes",
        "cpus": os.cpu_count(),
        "probe_ms": {"p50": q(t_probe, 50), "p90": q(t_probe, 90)},
        "probe_cpu_ms": {"p50": q(c_probe, 50), "p90": q(c_probe, 90)},
        "jpeg_decode_cpu_ms": {"p50": q(c_dec, 50), "p90": q(c_dec, 90)},
        "opencv_threads": cv2.getNumThreads(),
        "laplacian_var_ms": {"p50": q(t_lap, 50), "p90": q(t_lap, 90)},
        "jpeg_decode_ms": {"p50": q(t_dec, 50), "p90": q(t_dec, 90)},
        "ocr_ms": {"p50": q(t_ocr, 50), "p90": q(t_ocr, 90)},
        "probe_over_decode": q(t_probe, 50) / q(t_dec, 50),
        "probe_over_laplacian": q(t_probe, 50) / q(t_lap, 50),
        "ocr_over_probe": q(t_ocr, 50) / q(t_probe, 50),
        "reps": args.reps,
    }
    for k in ("probe_ms", "probe_cpu_ms", "laplacian_var_ms", "jpeg_decode_ms", "jpeg_decode_cpu_ms", "ocr_ms"):
        print(f"{k:18s} p50 {res[k]['p50']:8.2f}  p90 {res[k]['p90']:8.2f}")
    print(f"probe / JPEG decode {res['probe_over_decode']:.2f}x   probe / Laplacian-variance {res['probe_over_laplacian']:.1f}x"
          f"   OCR / probe {res['ocr_over_probe']:.1f}x")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(res, fh, indent=2)


if __name__ == "__main__":
    main()
