"""The one row format and writer the hand-written corpus scripts share.

A script makes a ``Corpus``, adds items with ``ok`` / ``blocked`` / ``pair`` /
``context_pair``, and calls ``write()``: rows are validated (the span must be
found verbatim, a blocker needs a type and a question ending in "?", no
duplicate (text, context)), written as JSONL next to the script, and summary
counts plus the length-only AUROC are printed.

>>> c = Corpus("demo", Path("/tmp/demo.jsonl"))
>>> c.pair("sql", "count orders placed in 2024", "count recent orders", "ambiguous",
...        "period", "recent", "Which period counts as recent: the last 30 days or this year?")
>>> [r["label"] for r in c.rows]
[0, 1]
"""

from __future__ import annotations

import collections
import json
from collections.abc import Sequence
from pathlib import Path

from training.corpus._stats import auroc

TYPES = ("missing", "ambiguous", "contradictory")
DOMAINS = ("coding", "sql", "data", "ops", "general", "writing")


class Corpus:
    """Rows of one hand-written corpus part; ids are ``{prefix}-{n:06d}``, groups ``{prefix}-g{n:04d}``."""

    def __init__(self, prefix: str, out: Path) -> None:
        self.prefix, self.out = prefix, out
        self.rows: list[dict] = []
        self._groups = 0

    def _group(self) -> str:
        self._groups += 1
        return f"{self.prefix}-g{self._groups:04d}"

    def _row(self, group: str, dom: str, text: str, ctx: str | None, label: int, typ: str | None = None,
             sub: str = "complete", span: str | None = None, q: str | None = None, where: str = "text",
             options: Sequence[str] = ()) -> None:
        if dom not in DOMAINS:
            raise ValueError(f"unknown domain {dom!r} (one of {DOMAINS})")
        if not text or not text.strip():
            raise ValueError("empty text")
        span_pos = None
        if label == 1:
            if typ not in TYPES or not q or not q.strip().endswith("?"):
                raise ValueError(f"a blocker needs a type in {TYPES} and a question ending in '?': {text[:60]!r}")
            if span is not None:
                src = text if where == "text" else ctx
                start = (src or "").find(span)
                if start < 0:
                    raise ValueError(f"span {span!r} not found in the {where}: {(src or '')[:80]!r}")
                span_pos = [start, start + len(span)]
        self.rows.append({
            "id": f"{self.prefix}-{len(self.rows):06d}", "group": group, "domain": dom, "text": text,
            "context": ctx, "label": label, "type": typ if label else None,
            "subtype": sub if label else "complete", "span": span_pos,
            "span_in": where if label else None, "question": q if label else None,
            "options": list(options) if label else [],
        })

    def ok(self, dom: str, text: str, ctx: str | None = None) -> None:
        """A stand-alone complete request (label 0)."""
        self._row(self._group(), dom, text, ctx, 0)

    def blocked(self, dom: str, text: str, typ: str, sub: str, span: str | None, q: str,
                ctx: str | None = None, where: str = "text", options: Sequence[str] = ()) -> None:
        """A stand-alone request with one blocker (label 1); ``span`` is quoted from ``where``."""
        self._row(self._group(), dom, text, ctx, 1, typ, sub, span, q, where, options)

    def pair(self, dom: str, good: str, bad: str, typ: str, sub: str, span: str | None, q: str,
             good_ctx: str | None = None, bad_ctx: str | None = None, where: str = "text",
             options: Sequence[str] = ()) -> None:
        """The same request complete (label 0) and with one blocker (label 1), in one group."""
        g = self._group()
        self._row(g, dom, good, good_ctx, 0)
        self._row(g, dom, bad, bad_ctx, 1, typ, sub, span, q, where, options)

    def context_pair(self, dom: str, text: str, good_ctx: str, bad_ctx: str, typ: str, sub: str,
                     span: str | None, q: str, where: str = "context", options: Sequence[str] = ()) -> None:
        """The same request with a context that settles it (0) and one that blocks it (1)."""
        self.pair(dom, text, text, typ, sub, span, q, good_ctx, bad_ctx, where, options)

    def write(self) -> None:
        """Validate, write ``self.out`` and print the summary."""
        dup = [k for k, c in collections.Counter((r["text"], r["context"]) for r in self.rows).items() if c > 1]
        if dup:
            raise SystemExit(f"duplicate items: {dup[:3]}")
        with self.out.open("w", encoding="utf-8") as fh:
            for r in self.rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        rows = self.rows
        labels = [r["label"] for r in rows]
        pos = [r for r in rows if r["label"] == 1]
        groups = collections.Counter(r["group"] for r in rows)
        paired = sum(1 for r in rows if groups[r["group"]] > 1)
        print(f"wrote {len(rows)} rows to {self.out}")
        print(f"label 1: {len(pos)} ({len(pos) / max(len(rows), 1):.1%}); in pairs: {paired}")
        print("domain:", dict(collections.Counter(r["domain"] for r in rows)))
        print("type:", dict(collections.Counter(r["type"] for r in pos)))
        print("span_in:", dict(collections.Counter(r["span_in"] for r in pos)))
        print(f"length-only AUROC (text): {auroc([len(r['text']) for r in rows], labels):.3f}")
        print("length-only AUROC (text+context): "
              f"{auroc([len(r['text']) + len(r['context'] or '') for r in rows], labels):.3f}")
