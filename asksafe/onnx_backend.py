"""Optional ONNX Runtime backend for the probe: the same network, int8-quantised, for CPU.

The export is reproducible from a trained probe (``benchmarks/perf/export_onnx.py``
runs :func:`export`); :class:`OnnxNet` has the call signature of
:class:`asksafe.probe.ProbeNet` and returns the same four tensors, so it replaces
``probe.net`` and nothing else changes. Not the default: ``onnxruntime`` is an
optional dependency, and the torch network stays the reference.

>>> export(Probe.load(), "/tmp/probe-onnx")               # writes probe.onnx and probe.int8.onnx
>>> probe = use_onnx(Probe.load(), "/tmp/probe-onnx/probe.int8.onnx")
>>> probe.assess("Total revenue per month").should_ask
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch

from asksafe.errors import ModelNotAvailableError

INPUTS = ("input_ids", "attention_mask", "token_type_ids")
OUTPUTS = ("ask", "type", "subtype", "span")


def export(probe: Any, out_dir: str | Path, quantize: bool = True, opset: int = 17) -> dict[str, Path]:
    """Write ``probe.onnx`` (fp32) and, with ``quantize``, ``probe.int8.onnx`` (dynamic int8 weights)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    net = probe.net.float().cpu().eval()
    cfg = net.encoder.config
    saved_attn = getattr(cfg, "_attn_implementation", None)
    cfg._attn_implementation = "eager"  # traces to plain MatMul/Softmax, which ORT fuses and quantises well
    enc = probe.tokenizer(["Total revenue per month", "Send the report to the team soon."],
                          ["orders(id, revenue_gross, revenue_net)", ""], padding=True, return_tensors="pt")
    args = tuple(enc[k] for k in INPUTS)
    fp32 = out / "probe.onnx"
    axes = {k: {0: "batch", 1: "tokens"} for k in INPUTS}
    axes.update({"ask": {0: "batch"}, "type": {0: "batch"}, "subtype": {0: "batch"},
                 "span": {0: "batch", 1: "tokens"}})
    try:
        with torch.inference_mode():
            torch.onnx.export(net, args, str(fp32), input_names=list(INPUTS), output_names=list(OUTPUTS),
                              dynamic_axes=axes, opset_version=opset, do_constant_folding=True, dynamo=False)
    finally:
        cfg._attn_implementation = saved_attn
    paths = {"fp32": fp32}
    if quantize:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        int8 = out / "probe.int8.onnx"
        quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8)
        paths["int8"] = int8
    (out / "subtypes.txt").write_text("\n".join(net.subtypes) + "\n")
    return paths


class OnnxNet:
    """``ProbeNet``'s interface over an ONNX Runtime session (CPU)."""

    def __init__(self, path: str | Path, subtypes: list[str], threads: int | None = None):
        try:
            import onnxruntime as ort
        except ImportError as exc:
            raise ModelNotAvailableError("the ONNX backend needs onnxruntime: pip install onnxruntime") from exc
        if not Path(path).exists():
            raise ModelNotAvailableError(f"no ONNX probe at {path}: run benchmarks/perf/export_onnx.py")
        opts = ort.SessionOptions()
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.intra_op_num_threads = threads or torch.get_num_threads()
        opts.inter_op_num_threads = 1
        # no busy-waiting: on a shared CPU spinning threads steal the cores the other threads need
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in self.session.get_inputs()}
        self.subtypes = list(subtypes)

    def __call__(self, input_ids, attention_mask, token_type_ids=None):
        feed = {"input_ids": input_ids, "attention_mask": attention_mask,
                "token_type_ids": token_type_ids if token_type_ids is not None else torch.zeros_like(input_ids)}
        feed = {k: v.cpu().numpy() for k, v in feed.items() if k in self._inputs}
        return tuple(torch.from_numpy(o) for o in self.session.run(list(OUTPUTS), feed))

    # what Probe.__init__ calls on a torch network
    def eval(self) -> "OnnxNet":
        return self

    def to(self, device: Any) -> "OnnxNet":
        return self


def use_onnx(probe: Any, path: str | Path, threads: int | None = None) -> Any:
    """Swap ``probe``'s torch network for the ONNX one (CPU only; a CUDA probe is returned unchanged)."""
    if str(probe.device).startswith("cuda"):
        return probe
    probe.net = OnnxNet(path, probe.net.subtypes, threads=threads)
    return probe
