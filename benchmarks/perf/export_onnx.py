"""Export the trained probe's network to ONNX (fp32 + dynamic int8) for the optional ONNX backend.

    python benchmarks/perf/export_onnx.py [--probe DIR] [--out DIR]

Reproducible: the same probe weights give the same graph; int8 uses onnxruntime's
dynamic quantisation (per-tensor int8 weights, activations quantised at run time).
"""

from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("ASKSAFE_LOG", "off")


def main(argv: list[str] | None = None) -> int:
    from asksafe.probe.onnx import export
    from asksafe.probe import Probe

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--probe", default=None, help="trained probe dir (default: the shipped asksafe/model)")
    ap.add_argument("--out", default="/tmp/asksafe-onnx", help="where to write probe.onnx / probe.int8.onnx")
    ap.add_argument("--no-quantize", action="store_true")
    a = ap.parse_args(argv)
    paths = export(Probe.load(a.probe, device="cpu"), a.out, quantize=not a.no_quantize)
    for kind, p in paths.items():
        print(f"{kind}: {p} ({p.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
