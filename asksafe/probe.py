"""The probe: does this text have a blocker, of which type, where, and what to ask.

A fine-tuned all-MiniLM-L6-v2 reads the text paired with its context and gives
the probability of a blocker, its type and subtype, and which tokens cause it;
structural checks (:mod:`asksafe.checks`) add what needs no model; the question
writer (:mod:`asksafe.questions`) turns each blocker into one question.

>>> probe = Probe.load()                        # offline, from installed packages
>>> a = probe.assess("Total revenue per month", context="orders(id, revenue_gross, revenue_net)")
>>> a.should_ask, a.questions[0]
(True, "Does 'revenue' mean `revenue_gross` or `revenue_net`?")

Long texts are read in overlapping segments of at most ``SEGMENT_TOKENS``
tokens (never truncated silently); the score is the maximum over segments and
each blocker keeps the span of the segment it came from.

On CPU, ``Probe.load()`` runs the network on ONNX Runtime (fp32) when
``onnxruntime`` is installed and its scores match torch's within 1e-4
(:mod:`asksafe.onnx_backend`), else on torch; ``backend="torch"`` (or
``ASKSAFE_PROBE_BACKEND=torch``) keeps torch. ``assess_many`` runs in three
stages, :meth:`Probe.prepare` (segments, tokens, structural checks),
:meth:`Probe.forward` (the network) and :meth:`Probe.finish` (blockers,
questions), which :class:`asksafe.batching.MicroBatcher` overlaps.
"""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from asksafe import checks, questions
from asksafe.errors import ConfigError, InvalidTaskError, ModelNotAvailableError
from asksafe.models import minilm_path, quiet_transformers
from asksafe.spans import phrase_span
from asksafe.types import Assessment, DetectedBlocker, Span

SEGMENT_TOKENS = 192  # text tokens per segment; the rest of the 256 window holds context
SEGMENT_STRIDE = 144
MAX_TOKENS = 256
TYPES = ("missing", "ambiguous", "contradictory")


class ProbeNet(nn.Module):
    """MiniLM encoder + four small heads: ask?, type, subtype, and a per-token span score."""

    def __init__(self, encoder: nn.Module, subtypes: list[str], hidden_mlp: int = 256):
        super().__init__()
        self.encoder = encoder
        hidden = encoder.config.hidden_size
        # attention pooling beside mean pooling: one token ("revenue", "ASAP") can carry the signal
        self.pool_att = nn.Linear(hidden, 1)
        self.mlp = nn.Sequential(nn.Linear(2 * hidden, hidden_mlp), nn.GELU(), nn.Dropout(0.1))
        self.ask_head = nn.Linear(hidden_mlp, 1)
        self.type_head = nn.Linear(hidden_mlp, len(TYPES))
        self.subtype_head = nn.Linear(hidden_mlp, len(subtypes))
        self.span_head = nn.Linear(hidden, 1)
        self.subtypes = list(subtypes)

    def forward(self, input_ids, attention_mask, token_type_ids=None):
        h = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                         token_type_ids=token_type_ids).last_hidden_state
        return self.heads(h, attention_mask)

    def heads(self, h, attention_mask):
        m = attention_mask.unsqueeze(-1).to(h.dtype)
        mean = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
        scores = self.pool_att(h).masked_fill(m == 0, torch.finfo(h.dtype).min)
        att = (torch.softmax(scores.float(), dim=1).to(h.dtype) * h).sum(1)
        z = self.mlp(torch.cat([mean, att], dim=-1))
        return (self.ask_head(z).squeeze(-1), self.type_head(z), self.subtype_head(z),
                self.span_head(h).squeeze(-1))


def model_dir() -> Path:
    return Path(str(resources.files("asksafe") / "model"))


def trainable_prefixes(n_layers: int) -> tuple[str, ...]:
    """Parameters the training fine-tunes (and the package ships): the top layers and the heads."""
    return tuple(f"encoder.encoder.layer.{i}." for i in range(6 - n_layers, 6)) + (
        "pool_att.", "mlp.", "ask_head.", "type_head.", "subtype_head.", "span_head.")


def build_net(config: dict) -> tuple[ProbeNet, Any]:
    from transformers import AutoModel, AutoTokenizer

    quiet_transformers()
    base = minilm_path()
    if not base.exists():
        raise ModelNotAvailableError(f"MiniLM not found at {base}")
    tokenizer = AutoTokenizer.from_pretrained(str(base))
    encoder = AutoModel.from_pretrained(str(base))
    return ProbeNet(encoder, config["subtypes"]), tokenizer


def _tokenizer() -> Any:
    from transformers import AutoTokenizer

    quiet_transformers()
    base = minilm_path()
    if not base.exists():
        raise ModelNotAvailableError(f"MiniLM not found at {base}")
    return AutoTokenizer.from_pretrained(str(base))


@dataclass
class _Segment:
    item: int
    start: int  # char offset of the segment in its text
    text: str
    context: str | None


@dataclass
class _Batch:
    """One forward pass: segments of similar length, tokenized."""

    idx: list[int]  # positions in the job's segments
    feed: dict[str, np.ndarray]
    offsets: list[list[tuple[int, int]]]
    seq_ids: list[list[int | None]]


@dataclass
class Job:
    """``assess_many`` between its stages: made by ``prepare``, run by ``forward``, read by ``finish``."""

    items: list[dict]
    segs: list[_Segment]
    batches: list[_Batch]
    findings: list[list[checks.Finding]]  # structural findings per item, already-answered ones dropped
    t0: float = field(default_factory=time.perf_counter)
    ms: float = 0.0  # prepare + forward, for the whole job


class _Tokens:
    """The model's fast tokenizer, set up once and called directly.

    The transformers wrapper re-applies truncation and padding to the Rust
    tokenizer and builds a BatchEncoding on every call (~0.2 ms for one short
    text); these copies are configured once, give the same ids and offsets, and
    are never reconfigured, so threads can share them. Padding is done here, per
    forward batch, once the lengths are known (see :func:`_length_chunks`).
    """

    def __init__(self, tokenizer: Any):
        from tokenizers import Tokenizer

        spec = tokenizer.backend_tokenizer.to_str()
        self.single, self.pair, self.plain = (Tokenizer.from_str(spec) for _ in range(3))
        self.single.enable_truncation(MAX_TOKENS, strategy="longest_first", direction=tokenizer.truncation_side)
        self.pair.enable_truncation(MAX_TOKENS, strategy="only_second", direction=tokenizer.truncation_side)
        self.plain.no_truncation()
        for t in (self.single, self.pair, self.plain):
            t.no_padding()
        self.pad_id, self.pad_type_id = tokenizer.pad_token_id or 0, tokenizer.pad_token_type_id or 0
        self.pad_left = tokenizer.padding_side == "left"

    def encode(self, texts: list[str], ctxs: list[str] | None) -> list[Any]:
        """Truncated to ``MAX_TOKENS`` like the transformers call, not padded."""
        return self.pair.encode_batch(list(zip(texts, ctxs))) if ctxs else self.single.encode_batch(texts)

    def pad(self, encs: list[Any]) -> dict[str, np.ndarray]:
        """The model's inputs for ``encs``, padded to the longest (as ``padding=True`` does)."""
        n, width = len(encs), max(len(e.ids) for e in encs)
        ids = np.full((n, width), self.pad_id, dtype=np.int64)
        mask = np.zeros((n, width), dtype=np.int64)
        types = np.full((n, width), self.pad_type_id, dtype=np.int64)
        for r, e in enumerate(encs):
            cols = slice(width - len(e.ids), width) if self.pad_left else slice(0, len(e.ids))
            ids[r, cols], mask[r, cols], types[r, cols] = e.ids, e.attention_mask, e.type_ids
        return {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}

    def offsets(self, texts: list[str]) -> list[list[tuple[int, int]]]:
        return [e.offsets for e in self.plain.encode_batch(texts, add_special_tokens=False)]


class Probe:
    """Scores texts for blockers. Thread-safe; ``assess_many`` runs its items in batches of similar length."""

    def __init__(self, net: ProbeNet, tokenizer: Any, config: dict, calibration: dict | None = None,
                 device: str | None = None):
        self.net = net.eval()
        self.tokenizer = tokenizer
        self.config = config
        self.calibration = calibration or {}
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        if self.device.startswith("cuda"):
            self.net = self.net.half()
        self.net.to(self.device)
        thresholds = self.calibration.get("thresholds", {})
        self.threshold = float(thresholds.get("balanced", 0.5))
        # the model names its own blocker from the lowest score any preset policy asks at, so that a
        # cautious policy asking at p=0.35 asks the model's question, not only a weak rule's
        self.blocker_floor = min(0.5, float(min(thresholds.values(), default=0.5)))
        self.temperature = float(self.calibration.get("temperature", 1.0))
        self.backend = "torch"  # or what asksafe.onnx_backend swapped in
        self._lock = threading.Lock()
        self._tokens = _Tokens(tokenizer) if getattr(tokenizer, "is_fast", False) else None

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, path: str | Path | None = None, device: str | None = None, backend: str | None = None) -> "Probe":
        """The shipped probe (or one trained by ``asksafe train --out PATH``).

        ``backend``: ``"auto"`` (default, or ``$ASKSAFE_PROBE_BACKEND``): ONNX Runtime fp32 on CPU when
        it is installed and matches torch within 1e-4, else torch; ``"torch"``; ``"onnx"`` (fp32, or an error).
        """
        from safetensors.torch import load_file

        backend = (backend or os.environ.get("ASKSAFE_PROBE_BACKEND") or "auto").lower()
        if backend not in ("auto", "torch", "onnx"):
            raise ConfigError(f"unknown probe backend {backend!r}: use 'auto', 'torch' or 'onnx'")

        d = Path(path) if path else model_dir()
        cfg_file, weights = d / "config.json", d / "probe.safetensors"
        if not weights.exists():
            raise ModelNotAvailableError(f"no trained probe at {d}: run `asksafe train` to build it")
        config = json.loads(cfg_file.read_text())
        calibration = json.loads((d / "calibration.json").read_text()) if (d / "calibration.json").exists() else {}
        device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        onnx = backend != "torch" and not device.startswith("cuda")
        if onnx:  # an export checked on an earlier load needs no torch network at all
            from asksafe.onnx_backend import load_fp32

            try:
                tok = _tokenizer()
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
            from asksafe.onnx_backend import use_fp32

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
        if _fits_one_segment(text):
            return [_Segment(i, 0, text, context)]
        if offs is None:
            offs = self._offsets([text])[0]
        if len(offs) <= SEGMENT_TOKENS:
            return [_Segment(i, 0, text, context)]
        segs = []
        for s in range(0, len(offs), SEGMENT_STRIDE):
            e = min(s + SEGMENT_TOKENS, len(offs))
            a, b = offs[s][0], offs[e - 1][1]
            segs.append(_Segment(i, a, text[a:b], context))
            if e == len(offs):
                break
        return segs

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
        norm = [_item(x) for x in items]
        # texts that may need segmenting are tokenized in one call, not one call each
        long = [i for i, it in enumerate(norm) if not _fits_one_segment(it["text"])]
        offs = dict(zip(long, self._offsets([norm[i]["text"] for i in long]))) if len(long) > 1 else {}
        segs = [s for i, it in enumerate(norm) for s in self._segments(i, it["text"], it["context"], offs.get(i))]
        findings = [[f for f in checks.find(it["text"], it["context"])
                     if not questions.already_answered(f, it["context"])] for it in norm]
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
        return [self._combine(it, mine, found, ms) for it, mine, found in zip(job.items, by_item, job.findings)]

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
                          "span": _span(span[j], b.offsets[j], b.seq_ids[j], job.segs[k].text)}
        return out

    def assess(self, text: str, context: str | None = None, domain: str | None = None) -> Assessment:
        """One text (and its context): ``should_ask``, ``p_blocker``, blockers, questions."""
        return self.assess_many([{"text": text, "context": context, "domain": domain}])[0]

    def assess_many(self, items: list[Any]) -> list[Assessment]:
        """A batch: each item a string or ``{"text", "context", "domain", "source"}``."""
        job = self.prepare(items)
        return self.finish(job, self.forward(job))

    def _combine(self, it: dict, mine: list[tuple[_Segment, dict]], findings: list[checks.Finding],
                 ms: float) -> Assessment:
        text, context, source = it["text"], it["context"], it["source"]
        seg, best = max(mine, key=lambda sr: sr[1]["p"])
        p_model = best["p"]
        strong = max((f.strength for f in findings if f.strength >= 0.7), default=0.0)
        p = max(p_model, strong)
        p_type = dict(zip(TYPES, best["p_type"]))
        blockers: list[DetectedBlocker] = []
        for f in findings:
            src = source if f.source == "text" else f"{source}:context"
            body = text if f.source == "text" else (context or "")
            blockers.append(DetectedBlocker(
                # strong structural evidence outranks the model's own (vaguer) blocker
                key=f.key, type=f.type, subtype=f.subtype,
                score=round(max(p, f.strength) if f.strength >= 0.7 else f.strength * max(p, 0.5), 4),
                span=Span(start=f.start, end=f.end, text=body[f.start:f.end], source=src),
                reason=f.reason, question=questions.write(f), options=f.options))
        if best["span"] and p_model >= self.blocker_floor:
            # the model's own blocker: its span, type and subtype
            s0, s1 = best["span"]
            start, end = seg.start + s0, seg.start + s1
            btype = max(p_type, key=p_type.get)
            subs = self.net.subtypes
            sub = subs[max(range(len(subs)), key=lambda k: best["p_sub"][k])] if subs else ""
            term = text[start:end]
            if not checks.is_content(term):
                term = ""  # a span on "of" or "the" says nothing: ask about the subtype alone
            f = checks.Finding(btype, sub, term, start, end, "text", p_model)
            overlap = any(b.span and b.span.source == source and b.span.start < end and start < b.span.end
                          for b in blockers)
            # a blocker with nothing to quote and no known topic would only ask "which detail?": drop it
            if not overlap and not questions.already_answered(f, context) and not questions.says_nothing(f):
                blockers.append(DetectedBlocker(
                    key=f"{btype}:{sub}:{_slug(text[start:end])}", type=btype, subtype=sub,
                    score=round(p_model * 0.8, 4), span=Span(start=start, end=end, text=text[start:end], source=source),
                    reason=f"model: {btype} ({p_type[btype]:.2f}), subtype {sub}", question=questions.write(f)))
        blockers.sort(key=lambda b: -b.score)
        should = p >= self.threshold and bool(blockers)
        return Assessment(p_blocker=round(p, 4), should_ask=should, blockers=blockers,
                          questions=[b.question for b in blockers], p_type={k: round(v, 4) for k, v in p_type.items()},
                          source=source, segments=len(mine), latency_ms=round(ms, 3))


def length_batches(keys: list[tuple[bool, int]], size: int) -> list[list[int]]:
    """Indices in batches of similar length, never mixing items with and without context.

    A text without context must not be paired with an empty one (an extra [SEP]
    changes its score), so each batch is all pairs or all single texts.
    """
    batches: list[list[int]] = []
    for has_ctx in (False, True):
        group = sorted((i for i, k in enumerate(keys) if k[0] == has_ctx), key=lambda i: keys[i][1])
        batches.extend(group[lo: lo + size] for lo in range(0, len(group), size))
    return batches


# What a forward pass costs on CPU, in padded tokens, fitted on MiniLM for torch and ONNX Runtime
# alike (benchmarks/perf): a fixed part per call worth ~16 tokens; each padded token's share, with
# attention growing with the padded length; and a slowdown once a batch's activations outgrow the
# caches. Small batches of similar length beat big padded ones. On a GPU a call is what costs.
_CPU_COST = {"call": 16.0, "attention": 2300.0, "cache": 20000.0}
_GPU_COST = {"call": 4096.0, "attention": 2300.0, "cache": float("inf")}


def _length_chunks(lengths: list[int], size: int, cost: dict[str, float] = _CPU_COST) -> list[list[int]]:
    """Cut ascending ``lengths`` into runs of at most ``size`` that cost least to run, padding included.

    >>> _length_chunks([8, 9, 10, 60, 64], 32)
    [[0, 1, 2], [3, 4]]
    """
    call, attention, cache = cost["call"], cost["attention"], cost["cache"]
    n = len(lengths)
    best = [0.0] + [float("inf")] * n  # best[j]: cheapest way to run the first j
    cut = [0] * (n + 1)
    for j in range(1, n + 1):
        width = lengths[j - 1]  # ascending: the last of a run is its longest
        per_item = width * (1.0 + width / attention)
        for i in range(max(0, j - size), j):
            k = j - i
            c = best[i] + call + k * per_item * (1.0 + k * width / cache)
            if c < best[j]:
                best[j], cut[j] = c, i
    chunks, j = [], n
    while j > 0:
        chunks.append(list(range(cut[j], j)))
        j = cut[j]
    return chunks[::-1]


def _slug(s: str) -> str:
    return "-".join(s.lower().split())[:40]


def _fits_one_segment(text: str) -> bool:
    # an ASCII character is at most one token, so a short ASCII text needs no tokenizing to know it fits
    return len(text) <= SEGMENT_TOKENS and text.isascii()


def _span(scores: list[float], offsets: list, seq_ids: list, text: str) -> tuple[int, int] | None:
    """The phrase the span head points at (see :mod:`asksafe.spans`), else the raw token run."""
    return phrase_span(scores, offsets, seq_ids, text) or _best_span(scores, offsets, seq_ids, text)


def _best_span(scores: list[float], offsets: list, seq_ids: list, text: str) -> tuple[int, int] | None:
    """Char span of the highest-scoring run of text tokens (at most 8 tokens around the peak)."""
    cand = [k for k, s in enumerate(seq_ids) if s == 0]
    if not cand:
        return None
    peak = max(cand, key=lambda k: float(scores[k]))
    lo = hi = peak
    while lo - 1 in cand and float(scores[lo - 1]) > 0 and peak - lo < 4:
        lo -= 1
    while hi + 1 in cand and float(scores[hi + 1]) > 0 and hi - peak < 4:
        hi += 1
    a, b = int(offsets[lo][0]), int(offsets[hi][1])
    # widen to whole words
    while a > 0 and text[a - 1].isalnum():
        a -= 1
    while b < len(text) and text[b].isalnum():
        b += 1
    return (a, b) if b > a else None


def _item(x: Any) -> dict:
    if isinstance(x, str):
        x = {"text": x}
    if not isinstance(x, dict):
        raise InvalidTaskError(f"assess takes a string or a dict with 'text'; got {type(x).__name__}")
    text, context = x.get("text"), x.get("context")
    if not isinstance(text, str) or not text.strip():
        raise InvalidTaskError("nothing to assess: 'text' must be a non-empty string")
    if context is not None and not isinstance(context, str):
        if isinstance(context, list) and all(isinstance(c, str) for c in context):
            context = "\n".join(context)
        else:
            raise InvalidTaskError(f"'context' must be a string or a list of strings, got {type(context).__name__}")
    return {"text": text, "context": context or None, "domain": x.get("domain"), "source": x.get("source", "task")}
