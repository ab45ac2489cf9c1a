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
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import torch
from torch import nn

from asksafe import checks, questions
from asksafe.errors import InvalidTaskError, ModelNotAvailableError
from asksafe.models import minilm_path, quiet_transformers
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


@dataclass
class _Segment:
    item: int
    start: int  # char offset of the segment in its text
    text: str
    context: str | None


class Probe:
    """Scores texts for blockers. Thread-safe; ``assess_many`` is one forward pass."""

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
        self.threshold = float(self.calibration.get("thresholds", {}).get("balanced", 0.5))
        self.temperature = float(self.calibration.get("temperature", 1.0))
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, path: str | Path | None = None, device: str | None = None) -> "Probe":
        """The shipped probe (or one trained by ``asksafe train --out PATH``)."""
        from safetensors.torch import load_file

        d = Path(path) if path else model_dir()
        cfg_file, weights = d / "config.json", d / "probe.safetensors"
        if not weights.exists():
            raise ModelNotAvailableError(f"no trained probe at {d}: run `asksafe train` to build it")
        config = json.loads(cfg_file.read_text())
        calibration = json.loads((d / "calibration.json").read_text()) if (d / "calibration.json").exists() else {}
        net, tok = build_net(config)
        state = {k: v.float() for k, v in load_file(str(weights)).items()}
        missing = [k for k in state if k not in net.state_dict()]
        if missing:
            raise ModelNotAvailableError(f"{weights} does not fit this probe ({missing[:3]}…)")
        net.load_state_dict(state, strict=False)
        return cls(net, tok, config, calibration, device=device)

    # ------------------------------------------------------------------ scoring
    def _segments(self, i: int, text: str, context: str | None, offs: list | None = None) -> list[_Segment]:
        if _fits_one_segment(text):
            return [_Segment(i, 0, text, context)]
        if offs is None:
            offs = self.tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)["offset_mapping"]
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

    @torch.inference_mode()
    def forward_segments(self, segs: list[_Segment]) -> list[dict]:
        """Raw model outputs per segment, batched in length order (less padding)."""
        if not segs:
            return []
        out: list[dict] = [{}] * len(segs)
        bs = int(self.config.get("batch_size", 32))
        for idx in length_batches([(bool(s.context), len(s.text) + len(s.context or "")) for s in segs], bs):
            texts = [segs[k].text for k in idx]
            ctxs = [segs[k].context or "" for k in idx]
            enc = self.tokenizer(texts, ctxs if any(ctxs) else None, truncation="only_second" if any(ctxs) else True,
                                 max_length=MAX_TOKENS, padding=True, return_tensors="pt",
                                 return_offsets_mapping=True)
            offsets = enc.pop("offset_mapping")
            seq_ids = [enc.sequence_ids(j) for j in range(len(idx))]
            enc = {k: v.to(self.device) for k, v in enc.items()}
            ask, typ, sub, span = self.net(**enc)
            p = torch.sigmoid(ask.float() / self.temperature).cpu()
            pt = torch.softmax(typ.float(), -1).cpu()
            ps = torch.softmax(sub.float(), -1).cpu()
            # plain lists: indexing a tensor element by element costs microseconds per token
            p, pt, ps = p.tolist(), pt.tolist(), ps.tolist()
            span, offsets = span.float().cpu().tolist(), offsets.tolist()
            for j, k in enumerate(idx):
                out[k] = {"p": p[j], "p_type": pt[j], "p_sub": ps[j],
                          "span": _best_span(span[j], offsets[j], seq_ids[j], segs[k].text)}
        return out

    def assess(self, text: str, context: str | None = None, domain: str | None = None) -> Assessment:
        """One text (and its context): ``should_ask``, ``p_blocker``, blockers, questions."""
        return self.assess_many([{"text": text, "context": context, "domain": domain}])[0]

    def assess_many(self, items: list[Any]) -> list[Assessment]:
        """A batch: each item a string or ``{"text", "context", "domain", "source"}``."""
        t0 = time.perf_counter()
        norm = [_item(x) for x in items]
        # texts that may need segmenting are tokenized in one call, not one call each
        long = [i for i, it in enumerate(norm) if not _fits_one_segment(it["text"])]
        offs: dict[int, list] = {}
        if len(long) > 1:
            enc = self.tokenizer([norm[i]["text"] for i in long], add_special_tokens=False,
                                 return_offsets_mapping=True)
            offs = dict(zip(long, enc["offset_mapping"]))
        segs = [s for i, it in enumerate(norm) for s in self._segments(i, it["text"], it["context"], offs.get(i))]
        with self._lock:
            raw = self.forward_segments(segs)
        ms = (time.perf_counter() - t0) * 1000
        by_item: list[list[tuple[_Segment, dict]]] = [[] for _ in norm]
        for s, r in zip(segs, raw):
            by_item[s.item].append((s, r))
        return [self._combine(it, mine, ms / max(len(norm), 1)) for it, mine in zip(norm, by_item)]

    def _combine(self, it: dict, mine: list[tuple[_Segment, dict]], ms: float) -> Assessment:
        text, context, source = it["text"], it["context"], it["source"]
        seg, best = max(mine, key=lambda sr: sr[1]["p"])
        p_model = best["p"]
        findings = [f for f in checks.find(text, context) if not questions.already_answered(f, context)]
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
        if best["span"] and p_model >= 0.5:
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
            if not overlap and not questions.already_answered(f, context):
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


def _slug(s: str) -> str:
    return "-".join(s.lower().split())[:40]


def _fits_one_segment(text: str) -> bool:
    # an ASCII character is at most one token, so a short ASCII text needs no tokenizing to know it fits
    return len(text) <= SEGMENT_TOKENS and text.isascii()


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
