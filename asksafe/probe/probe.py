"""The :class:`Probe`: loads the shipped network (torch or ONNX Runtime) and assesses texts in three stages.

>>> probe = Probe.load()                        # offline, from installed packages
>>> a = probe.assess("Total revenue per month", context="orders(id, revenue_gross, revenue_net)")
>>> a.p_blocker, a.questions[0]
(0.97, "Does 'revenue' mean `revenue_gross` or `revenue_net`?")

``assess_many`` runs :meth:`Probe.prepare` (segments, tokens, structural checks), :meth:`Probe.forward`
(the network) and :meth:`Probe.finish` (blockers, questions), which :class:`asksafe.batching.MicroBatcher`
overlaps.
"""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch

from asksafe import planning
from asksafe.errors import ConfigError, ModelNotAvailableError
from asksafe.probe.blockers import assemble, token_span
from asksafe.probe.network import ProbeNet, build_net, load_tokenizer, model_dir
from asksafe.probe.segments import (
    _CPU_COST,
    _GPU_COST,
    MAX_TOKENS,
    Tokens,
    _Batch,
    _length_chunks,
    _Segment,
    fits_one_segment,
    length_batches,
    normalise_item,
    segment,
)
from asksafe.policies import ThresholdPolicy, get_policy
from asksafe.types import Assessment, Policy

__all__ = ["Job", "Probe"]


@dataclass
class Job:
    """``assess_many`` between its stages: made by ``prepare``, run by ``forward``, read by ``finish``."""

    items: list[dict]
    segs: list[_Segment]
    batches: list[_Batch]
    findings: list[list[planning.Candidate]]  # checks' and frames' candidates per item, settled ones dropped
    t0: float = field(default_factory=time.perf_counter)
    ms: float = 0.0  # prepare + forward, for the whole job


class Probe:
    """Scores texts for blockers. Thread-safe; ``assess_many`` runs its items in batches of similar length."""

    def __init__(self, net: ProbeNet, tokenizer: Any, config: dict, calibration: dict | None = None,
                 device: str | None = None, policy: Policy | None = None):
        self.net = net.eval()
        self.tokenizer = tokenizer
        self.config = config
        self.calibration = calibration or {}
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        if self.device.startswith("cuda"):
            self.net = self.net.half()
        self.net.to(self.device)
        thresholds = self.calibration.get("thresholds", {})
        # The probe reports; policies decide. ``Assessment.should_ask`` is what ``policy`` (default: the
        # balanced preset from this probe's calibration) would decide for a first question.
        self.policy = policy if policy is not None else (
            get_policy("balanced", self.calibration) if "balanced" in thresholds
            else ThresholdPolicy(0.5, name="balanced"))
        # A detection floor, not a decision: the model names its own blocker (span, type, question) from
        # the lowest score any preset policy asks at, so that a cautious policy asking at p=0.35 asks the
        # model's question, not only a weak rule's.
        self.blocker_floor = min(0.5, float(min(thresholds.values(), default=0.5)))
        self.temperature = float(self.calibration.get("temperature", 1.0))
        self.backend = "torch"  # or what asksafe.probe.onnx swapped in
        self._lock = threading.Lock()
        self._tokens = Tokens(tokenizer) if getattr(tokenizer, "is_fast", False) else None

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, path: str | Path | None = None, device: str | None = None, backend: str | None = None) -> "Probe":
        """The shipped probe, or one written by ``asksafe learn --out DIR`` / ``asksafe train --out DIR``
        (``path``, else ``$ASKSAFE_PROBE``).

        ``backend``: ``"auto"`` (default, or ``$ASKSAFE_PROBE_BACKEND``): ONNX Runtime fp32 on CPU when
        it is installed and matches torch within 1e-4, else torch; ``"torch"``; ``"onnx"`` (fp32, or an error).
        """
        from safetensors.torch import load_file

        backend = (backend or os.environ.get("ASKSAFE_PROBE_BACKEND") or "auto").lower()
        if backend not in ("auto", "torch", "onnx"):
            raise ConfigError(f"unknown probe backend {backend!r}: use 'auto', 'torch' or 'onnx'")

        # no path: $ASKSAFE_PROBE (a folder written by `asksafe learn` or `asksafe train --out`), else the shipped one
        d = Path(path) if path else Path(os.environ.get("ASKSAFE_PROBE") or model_dir())
        cfg_file, weights = d / "config.json", d / "probe.safetensors"
        if not weights.exists():
            raise ModelNotAvailableError(f"no trained probe at {d}: run `asksafe train` to build it")
        config = json.loads(cfg_file.read_text())
        calibration = json.loads((d / "calibration.json").read_text()) if (d / "calibration.json").exists() else {}
        device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        onnx = backend != "torch" and not device.startswith("cuda")
        if onnx:  # an export checked on an earlier load needs no torch network at all
            from asksafe.probe.onnx import load_fp32

            try:
                tok = load_tokenizer()
                fast = load_fp32(weights, config, tok, float(calibration.get("temperature", 1.0)))
            except ModelNotAvailableError:
                if backend == "onnx":
                    raise
                fast, onnx = None, False  # auto without onnxruntime: torch it is
            if fast is not None:
                probe = cls(fast, tok, config, calibration, device=device)
                probe.backend = "onnx-fp32"
                return probe
        net, tok = build_net(config)
        state = {k: v.float() for k, v in load_file(str(weights)).items()}
        missing = [k for k in state if k not in net.state_dict()]
        if missing:
            raise ModelNotAvailableError(f"{weights} does not fit this probe ({missing[:3]}…)")
        net.load_state_dict(state, strict=False)
        probe = cls(net, tok, config, calibration, device=device)
        if onnx:
            from asksafe.probe.onnx import use_fp32

            try:
                use_fp32(probe, weights)  # export (or redo) and check against this torch network
            except Exception:
                if backend == "onnx":
                    raise
                # auto: the export failed or its scores differ — torch it is
        return probe

    @property
    def forward_releases_gil(self) -> bool:
        """True when :meth:`forward` lets go of the GIL for each whole network call (ONNX Runtime), so
        Python work can run beside it; eager torch takes the GIL back after every op."""
        return callable(getattr(self.net, "run", None))

    # ------------------------------------------------------------------ scoring
    def _segments(self, i: int, text: str, context: str | None, offs: list | None = None) -> list[_Segment]:
        if fits_one_segment(text):
            return [_Segment(i, 0, text, context)]
        return segment(i, text, context, offs if offs is not None else self._offsets([text])[0])

    def _offsets(self, texts: list[str]) -> list[list[tuple[int, int]]]:
        if self._tokens:
            return self._tokens.offsets(texts)
        return self.tokenizer(texts, add_special_tokens=False, return_offsets_mapping=True)["offset_mapping"]

    def _encode(self, segs: list[_Segment]) -> list[_Batch]:
        """Segments tokenized and cut into forward batches of similar length (little padding)."""
        if not segs:
            return []
        bs = int(self.config.get("batch_size", 32))
        if self._tokens is None:
            return self._encode_slow(segs, bs)
        out = []
        # a text without context is never batched with an empty one (an extra [SEP] changes its score)
        for has_ctx in (False, True):
            group = [k for k, s in enumerate(segs) if bool(s.context) == has_ctx]
            if not group:
                continue
            encs = self._tokens.encode([segs[k].text for k in group],
                                       [segs[k].context or "" for k in group] if has_ctx else None)
            order = sorted(range(len(group)), key=lambda j: len(encs[j].ids))
            cost = _GPU_COST if self.device.startswith("cuda") else _CPU_COST
            for chunk in _length_chunks([len(encs[j].ids) for j in order], bs, cost):
                sel = [encs[order[j]] for j in chunk]
                # offsets and sequence ids of the real tokens only: _best_span never reads padding
                out.append(_Batch([group[order[j]] for j in chunk], self._tokens.pad(sel),
                                  [e.offsets for e in sel], [e.sequence_ids for e in sel]))
        return out

    def _encode_slow(self, segs: list[_Segment], bs: int) -> list[_Batch]:
        """The same through the transformers call, for a tokenizer without a fast (Rust) backend."""
        out = []
        for idx in length_batches([(bool(s.context), len(s.text) + len(s.context or "")) for s in segs], bs):
            ctxs = [segs[k].context or "" for k in idx]
            with self._lock:  # the transformers wrapper reconfigures its tokenizer on every call
                enc = self.tokenizer([segs[k].text for k in idx], ctxs if any(ctxs) else None,
                                     truncation="only_second" if any(ctxs) else True, max_length=MAX_TOKENS,
                                     padding=True, return_tensors="np", return_offsets_mapping=True)
            offsets = enc.pop("offset_mapping").tolist()
            seq_ids = [enc.sequence_ids(j) for j in range(len(idx))]
            out.append(_Batch(idx, {k: np.asarray(v, dtype=np.int64) for k, v in enc.items()}, offsets, seq_ids))
        return out

    def prepare(self, items: list[Any]) -> Job:
        """Stage 1 of ``assess_many``, no model: items checked, segmented, tokenized; structural findings."""
        t0 = time.perf_counter()
        norm = [normalise_item(x) for x in items]
        # texts that may need segmenting are tokenized in one call, not one call each
        long = [i for i, it in enumerate(norm) if not fits_one_segment(it["text"])]
        offs = dict(zip(long, self._offsets([norm[i]["text"] for i in long]))) if len(long) > 1 else {}
        segs = [s for i, it in enumerate(norm) for s in self._segments(i, it["text"], it["context"], offs.get(i))]
        findings = [planning.structural(it["text"], it["context"]) for it in norm]
        return Job(norm, segs, self._encode(segs), findings, t0)

    def forward(self, job: Job) -> list[tuple]:
        """Stage 2: the network on each batch of ``job``; its four raw outputs per batch, on the CPU.

        Nothing else: in a MicroBatcher this thread shares the GIL with Python stages, and each
        call that lets go of the GIL (every torch op does) can wait a switch interval to get it back.
        """
        outs = []
        run = getattr(self.net, "run", None)  # ONNX Runtime: numpy in, numpy out, one call per batch
        with self._lock:
            if run is not None:
                outs = [run(b.feed) for b in job.batches]
            else:
                with torch.inference_mode():
                    for b in job.batches:
                        feed = {k: torch.from_numpy(v).to(self.device) for k, v in b.feed.items()}
                        outs.append(tuple(o.float().cpu() for o in self.net(**feed)))
        job.ms = (time.perf_counter() - job.t0) * 1000
        return outs

    def finish(self, job: Job, outs: list[tuple]) -> list[Assessment]:
        """Stage 3: blockers, spans and questions from the network's outputs and the structural findings."""
        raw = self._raw(job, outs)
        by_item: list[list[tuple[_Segment, dict]]] = [[] for _ in job.items]
        for s, r in zip(job.segs, raw):
            by_item[s.item].append((s, r))
        ms = job.ms / max(len(job.items), 1)
        return [assemble(it, mine, found, ms, subtypes=self.net.subtypes, blocker_floor=self.blocker_floor,
                         should_ask=self._should_ask) for it, mine, found in zip(job.items, by_item, job.findings)]

    def _should_ask(self, p: float, blockers: list) -> bool:
        # wrap and the middleware ask their own policy; this fills the Assessment's convenience field
        first = Assessment(p_blocker=p, should_ask=False, blockers=blockers)
        return self.policy.decide(first, blockers, asked=0, budget=1).action == "ask"

    def _raw(self, job: Job, outs: list[tuple]) -> list[dict]:
        out: list[dict] = [{}] * len(job.segs)
        for b, (ask, typ, sub, span) in zip(job.batches, outs):
            ask, typ, sub, span = (torch.as_tensor(x).float() for x in (ask, typ, sub, span))
            # plain lists: indexing a tensor element by element costs microseconds per token
            p, pt, ps = (torch.sigmoid(ask / self.temperature).tolist(), torch.softmax(typ, -1).tolist(),
                         torch.softmax(sub, -1).tolist())
            span = span.tolist()
            for j, k in enumerate(b.idx):
                out[k] = {"p": p[j], "p_type": pt[j], "p_sub": ps[j],
                          "span": token_span(span[j], b.offsets[j], b.seq_ids[j], job.segs[k].text)}
        return out

    def assess(self, text: str, context: str | None = None) -> Assessment:
        """One text (and its context): ``should_ask``, ``p_blocker``, blockers, questions."""
        return self.assess_many([{"text": text, "context": context}])[0]

    def assess_many(self, items: list[Any]) -> list[Assessment]:
        """A batch: each item a string or ``{"text", "context", "source"}``."""
        job = self.prepare(items)
        return self.finish(job, self.forward(job))
