"""Texts for the perf benchmarks: the project's held-out validation items (text + context), in file order."""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def validation_files() -> list[Path]:
    """``validation*.jsonl`` wherever the corpus lives (``asksafe/corpus/`` or ``training/``)."""
    found = [p for p in sorted(REPO.glob("**/validation*.jsonl"))
             if not any(part.startswith(".") or part in ("node_modules", "build") for part in p.relative_to(REPO).parts)]
    if not found:
        raise FileNotFoundError(f"no validation*.jsonl under {REPO}")
    return found


def validation_items(n: int | None = None) -> list[dict]:
    """Up to ``n`` probe items ``{"text", "context"}`` from the validation sets."""
    out: list[dict] = []
    for path in validation_files():
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    r = json.loads(line)
                    out.append({"text": r["text"], "context": r.get("context")})
                    if n is not None and len(out) >= n:
                        return out
    return out
