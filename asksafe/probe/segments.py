"""From items to forward batches: input checks, overlapping segments of long texts, tokens, and
length-aware batching (a cost model of padding vs calls).

Long texts are read in overlapping segments of at most ``SEGMENT_TOKENS`` tokens (never truncated
silently); a text without context is never batched with one that has context.

>>> normalise_item("Delete the old files")["source"]
'task'
>>> _length_chunks([8, 9, 10, 60, 64], 32)
[[0, 1, 2], [3, 4]]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from asksafe.errors import InvalidTaskError
from asksafe.unicode import check_unicode

SEGMENT_TOKENS = 192  # text tokens per segment; the rest of the 256 window holds context
SEGMENT_STRIDE = 144
MAX_TOKENS = 256

__all__ = ["MAX_TOKENS", "SEGMENT_STRIDE", "SEGMENT_TOKENS", "Tokens", "fits_one_segment", "length_batches",
           "normalise_item", "segment"]


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


class Tokens:
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


def segment(i: int, text: str, context: str | None, offs: list | None) -> list[_Segment]:
    """The segments of item ``i``: the whole text when it fits, else overlapping windows (``offs``: its token offsets)."""
    if offs is None or len(offs) <= SEGMENT_TOKENS:
        return [_Segment(i, 0, text, context)]
    segs = []
    for s in range(0, len(offs), SEGMENT_STRIDE):
        e = min(s + SEGMENT_TOKENS, len(offs))
        a, b = offs[s][0], offs[e - 1][1]
        segs.append(_Segment(i, a, text[a:b], context))
        if e == len(offs):
            break
    return segs


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


def fits_one_segment(text: str) -> bool:
    # an ASCII character is at most one token, so a short ASCII text needs no tokenizing to know it fits
    return len(text) <= SEGMENT_TOKENS and text.isascii()


def normalise_item(x: Any) -> dict:
    """An item to assess as ``{"text", "context", "source"}``; InvalidTaskError when unusable."""
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
    check_unicode(text, "'text'")  # a lone surrogate would be a TypeError deep in the tokenizer
    if context:
        check_unicode(context, "'context'")
    return {"text": text, "context": context or None, "source": x.get("source", "task")}


_item = normalise_item  # the name batching and benchmarks used
_Tokens = Tokens
_fits_one_segment = fits_one_segment
