"""ONNX Runtime backend for the probe: the same network, fp32 (exact) or int8 (approximate), for CPU.

The export is reproducible from a trained probe (``benchmarks/perf/export_onnx.py``
runs :func:`export`); :class:`OnnxNet` has the call signature of
:class:`asksafe.probe.ProbeNet` and returns the same four outputs, so it replaces
``probe.net`` and nothing else changes. The torch network stays the reference.

fp32 is what ``Probe.load()`` uses on CPU when ``onnxruntime`` is installed
(:func:`use_fp32`): exported once per probe into a cache folder, and used only
after its outputs match torch's within ``TOLERANCE`` (else the probe stays on
torch). int8 is opt-in: about 2x faster again, but it changes some decisions.

>>> export(Probe.load(backend="torch"), "/tmp/probe-onnx")   # writes probe.onnx and probe.int8.onnx
>>> probe = use_onnx(Probe.load(backend="torch"), "/tmp/probe-onnx/probe.int8.onnx")
>>> probe.assess("Total revenue per month").should_ask
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import torch

from asksafe.errors import ModelNotAvailableError

INPUTS = ("input_ids", "attention_mask", "token_type_ids")
OUTPUTS = ("ask", "type", "subtype", "span")
TOLERANCE = 1e-4  # largest difference to torch's scores the fp32 backend may have
_EXPORT_FORMAT = "1"  # bump when export() changes the graph it writes
KEEP_EXPORTS = 4  # the cache keeps this many exports (~90 MB each), the most recently used
# inputs the fp32 export is checked on: with and without context, short and long, padded batches
_CHECK_TEXTS = [
    ("What was the total revenue in 2024?", "CREATE TABLE orders (id INTEGER, revenue_gross REAL, revenue_net REAL)"),
    ("Send the report to the team soon.", None),
    ("Write top_k(items) returning the best items, sorted by score, ties broken by name.", None),
    ("Kill the stuck job.", "Running jobs: etl-nightly (7h12m), reindex-products (6h40m), thumbnails (0h05m)"),
    ("Deploy it.", None),
    (" ".join(["Read each record, validate the id field and append it to the output list."] * 12), None),
]


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
        with torch.inference_mode(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer warnings about HF's shape checks: the graph is checked below
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
        """Torch tensors or numpy arrays in; torch tensors (sharing ONNX Runtime's buffers) out."""
        feed = {"input_ids": input_ids, "attention_mask": attention_mask,
                "token_type_ids": token_type_ids if token_type_ids is not None else np.zeros_like(input_ids)}
        feed = {k: v.cpu().numpy() if isinstance(v, torch.Tensor) else v for k, v in feed.items() if k in self._inputs}
        return tuple(torch.from_numpy(o) for o in self.session.run(list(OUTPUTS), feed))

    def run(self, feed: dict[str, np.ndarray]) -> list[np.ndarray]:
        """The four outputs for int64 numpy inputs: one ONNX Runtime call, the GIL released throughout."""
        return self.session.run(list(OUTPUTS), {k: v for k, v in feed.items() if k in self._inputs})

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
    probe.backend = "onnx-int8" if "int8" in Path(path).name else "onnx"
    return probe


def use_fp32(probe: Any, weights: str | Path, cache_dir: str | Path | None = None,
             threads: int | None = None) -> Any:
    """Run ``probe`` on an fp32 ONNX export of its own network, if it matches torch within ``TOLERANCE``.

    The export is cached per weights file (``cache_dir``, default ``$ASKSAFE_CACHE_DIR`` or
    ``~/.cache/asksafe``) beside torch's outputs on a few check inputs, so a later load can
    skip torch (:func:`load_fp32`). Raises :class:`ModelNotAvailableError` (and leaves
    ``probe`` on torch) when onnxruntime is missing, the export fails, or the outputs differ.

    >>> use_fp32(Probe.load(backend="torch"), model_dir() / "probe.safetensors").backend
    'onnx-fp32'
    """
    if str(probe.device).startswith("cuda"):
        return probe
    _need_onnxruntime()
    where = Path(cache_dir) if cache_dir else _cache_dir()
    want = check_outputs(probe.tokenizer, probe.temperature, probe.net)
    onnx_net, diff = None, float("inf")
    for fresh in (False, True):  # a cached export that no longer matches (say, a new MiniLM) is redone once
        path = _cached_export(probe, Path(weights), where, fresh=fresh)
        try:
            onnx_net = OnnxNet(path, probe.net.subtypes, threads=threads)
        except Exception as exc:
            if fresh:
                raise ModelNotAvailableError(f"ONNX Runtime cannot load the export at {path}: {exc}") from exc
            continue  # a damaged cached file: export again
        finally:
            if path.parent != where:  # exported to a temporary folder: the session holds the model now
                shutil.rmtree(path.parent, ignore_errors=True)
        diff = _difference(want, check_outputs(probe.tokenizer, probe.temperature, onnx_net))
        if diff <= TOLERANCE:
            break
    else:
        raise ModelNotAvailableError(f"the ONNX export of {weights} differs from torch by {diff:.2e} > {TOLERANCE}")
    if path.parent == where:
        _write_atomic(_checks_file(path), json.dumps(want).encode())
    probe.net = onnx_net
    probe.backend = "onnx-fp32"
    return probe


def load_fp32(weights: str | Path, config: dict, tokenizer: Any, temperature: float,
              cache_dir: str | Path | None = None, threads: int | None = None) -> "OnnxNet | None":
    """The cached fp32 export of a probe, without building its torch network; None when there is none.

    It is used only if it still gives the torch outputs recorded when it was exported
    (within ``TOLERANCE``), so a changed model or runtime falls back to :func:`use_fp32`.
    """
    _need_onnxruntime()
    path = (Path(cache_dir) if cache_dir else _cache_dir()) / _export_name(Path(weights), config)
    recorded = _checks_file(path)
    if not (path.exists() and recorded.exists()):
        return None
    try:
        want = json.loads(recorded.read_text())
        net = OnnxNet(path, config["subtypes"], threads=threads)
        if _difference(want, check_outputs(tokenizer, temperature, net)) <= TOLERANCE:
            os.utime(path)  # recently used: kept when the cache is pruned
            return net
    except Exception:  # a damaged cache entry: use_fp32 redoes it
        return None
    return None


@torch.inference_mode()
def check_outputs(tokenizer: Any, temperature: float, net: Any) -> list[list[float]]:
    """A network's scores on the check inputs (p, type and subtype probabilities, span scores), flattened."""
    out = []
    for pairs in ([t for t in _CHECK_TEXTS if t[1]], [t for t in _CHECK_TEXTS if not t[1]]):
        ctxs = [c for _, c in pairs] if pairs[0][1] else None
        enc = tokenizer([t for t, _ in pairs], ctxs, padding=True, return_tensors="pt",
                        truncation="only_second" if ctxs else True, max_length=256)
        ask, typ, sub, span = (o.float() for o in net(**{k: enc[k] for k in INPUTS}))
        for x in (torch.sigmoid(ask / temperature), torch.softmax(typ, -1), torch.softmax(sub, -1),
                  span * enc["attention_mask"]):
            out.append(x.flatten().tolist())
    return out


def _difference(a: list[list[float]], b: list[list[float]]) -> float:
    if [len(x) for x in a] != [len(y) for y in b]:
        return float("inf")
    return max((abs(x - y) for xs, ys in zip(a, b) for x, y in zip(xs, ys)), default=float("inf"))


def _need_onnxruntime() -> None:
    try:
        import onnxruntime  # noqa: F401
    except ImportError as exc:
        raise ModelNotAvailableError("the ONNX backend needs onnxruntime: pip install onnxruntime") from exc


def _cache_dir() -> Path:
    base = os.environ.get("ASKSAFE_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "asksafe")
    return Path(base)


def _export_name(weights: Path, config: dict) -> str:
    """Names the export after everything it depends on: the probe's weights, the base MiniLM, the exporter."""
    import transformers

    from asksafe.model_files import minilm_path

    h = hashlib.sha256(weights.read_bytes())
    base = [(f.name, f.stat().st_size, f.stat().st_mtime_ns) for f in sorted(minilm_path().glob("*.safetensors"))]
    h.update(repr((sorted(config.items()), base, torch.__version__, transformers.__version__,
                   _EXPORT_FORMAT)).encode())
    return f"probe-{h.hexdigest()[:20]}.onnx"


def _checks_file(path: Path) -> Path:
    return path.with_suffix(".torch-outputs.json")


def _write_atomic(path: Path, data: bytes) -> None:
    try:
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only cache: the next load checks against torch again


def _cached_export(probe: Any, weights: Path, cache_dir: Path, fresh: bool = False) -> Path:
    path = cache_dir / _export_name(weights, probe.config)
    if path.exists() and not fresh:
        return path
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".export-", dir=cache_dir))
    except OSError:  # no writable cache: export for this process only
        tmp = Path(tempfile.mkdtemp(prefix="asksafe-onnx-"))
        export(probe, tmp, quantize=False)
        return tmp / "probe.onnx"
    try:
        export(probe, tmp, quantize=False)
        _checks_file(path).unlink(missing_ok=True)  # recorded for the export this one replaces
        os.replace(tmp / "probe.onnx", path)  # atomic: a concurrent load sees all of it or nothing
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    _prune(cache_dir)
    return path


def _prune(cache_dir: Path) -> None:
    """Every trained probe gets its own export: keep the ``KEEP_EXPORTS`` most recently used."""
    try:
        old = sorted(cache_dir.glob("probe-*.onnx"), key=lambda f: f.stat().st_mtime, reverse=True)[KEEP_EXPORTS:]
        for f in old:
            f.unlink(missing_ok=True)
            _checks_file(f).unlink(missing_ok=True)
    except OSError:
        pass  # another process pruned first
