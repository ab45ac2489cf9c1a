"""Labelled examples for the probe: the project's own corpus and the shared public sets.

Every source becomes :class:`Example` rows (text, context, label, type, subtype,
span). Only training reads ``../shared/datasets``; the product never does.

>>> train = load_corpus("train"); shared = load_shared(Path("../shared/datasets"))
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from asksafe.errors import ModelNotAvailableError


@dataclass
class Example:
    text: str
    label: int
    dataset: str
    context: str | None = None
    type: str | None = None
    subtype: str = ""
    span: tuple[int, int] | None = None  # into text
    group: str = ""
    question: str | None = None
    domain: str = ""
    options: list[str] = field(default_factory=list)


def corpus_dir() -> Path:
    """``training/corpus/`` of a source checkout: the corpus is not in the wheel."""
    d = Path(__file__).resolve().parent.parent / "training" / "corpus"
    if not d.is_dir():
        raise ModelNotAvailableError(
            "the training corpus is not installed: it lives in training/corpus/ of a source checkout "
            "(clone the repository and run `make train` there); the wheel carries only the shipped probe")
    return d


def corpus_path(split: str) -> Path:
    return corpus_dir() / f"{split}.jsonl"


def load_corpus(split: str, path: Path | None = None) -> list[Example]:
    """The project's own corpus: ``train`` or ``validation`` (written by training/corpus/build_*.py)."""
    p = path or corpus_path(split)
    out = []
    with open(p, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            r = json.loads(line)
            span = tuple(r["span"]) if r.get("span") and r.get("span_in", "text") == "text" else None
            out.append(Example(text=r["text"], context=r.get("context"), label=int(r["label"]),
                               dataset=f"corpus-{split}", type=r.get("type"), subtype=r.get("subtype") or "",
                               span=span, group=str(r.get("group", r.get("id", ""))), question=r.get("question"),
                               domain=r.get("domain", ""), options=list(r.get("options") or [])))
    return out


# ------------------------------------------------------------------ shared public sets

_PREFIX = re.compile(r"^Please answer the following multiple-choice questions[^\n]*\n+", re.S)
_FORMAT_LINE = re.compile(r"\n*Format your response[^\n]*$", re.S)


def _strip_ask_mind(q: str) -> str:
    # The shared instruction prefix and the trailing "Format your response" line leak the label.
    return _FORMAT_LINE.sub("", _PREFIX.sub("", q)).strip()


def ask_mind(root: Path) -> list[Example]:
    out = []
    seen = set()
    for i, line in enumerate(open(root / "askbench" / "ask_mind.jsonl", encoding="utf-8")):
        r = json.loads(line)
        ori, deg = _strip_ask_mind(r["ori_question"]), _strip_ask_mind(r["degraded_question"])
        if ori == deg or (ori, deg) in seen:
            continue  # unmodified rows, and pairs identical once stripped
        seen.add((ori, deg))
        pts = r.get("required_points") or []
        out.append(Example(ori, 0, "ask_mind", group=f"am-{i}", domain="qa"))
        out.append(Example(deg, 1, "ask_mind", type="missing", subtype="missing_detail", group=f"am-{i}",
                           question=(f"Could you give the {pts[0][0].lower()}{pts[0][1:]}?" if pts else None),
                           domain="qa"))
    return out


def in3(root: Path) -> list[Example]:
    out = []
    for line in open(root / "askbench" / "in3_interaction.jsonl", encoding="utf-8"):
        r = json.loads(line)
        md = r.get("missing_details") or []
        q = md[0].get("inquiry") if md else None
        out.append(Example(r["task"], int(bool(r["vague"])), "in3", type="missing" if r["vague"] else None,
                           subtype="missing_detail" if r["vague"] else "", question=q, domain="general",
                           options=list(md[0].get("options") or []) if md else []))
    return out


def _schema_text(tables: dict) -> str:
    return "\n".join(f"{t}({', '.join(cols)})" for t, cols in tables.items())


def triagesql(root: Path) -> list[Example]:
    kinds = {"answerable": (0, None), "ambiguous": (1, "ambiguous"), "lack data": (1, "missing")}
    out = []
    for r in json.load(open(root / "triagesql" / "test.json", encoding="utf-8")):
        if r["type"] not in kinds:
            continue  # small talk / not answerable by SQL: not a clarification decision
        label, typ = kinds[r["type"]]
        out.append(Example(r["question"], label, "triagesql", context=_schema_text(r["tables"]), type=typ,
                           subtype={"ambiguous": "column_choice", "missing": "missing_data"}.get(typ or "", ""),
                           domain="sql"))
    return out


def ambiqt(root: Path) -> list[Example]:
    out = []
    for name in ("tbl-agg-validation.json", "tbl-split-validation.json"):
        for r in json.load(open(root / "ambiqt" / name, encoding="utf-8")):
            schema = r["schema_without_content"].replace(" | ", "\n")
            out.append(Example(r["question"], 1, "ambiqt", context=schema, type="ambiguous",
                               subtype="column_choice", domain="sql"))
    return out


SHARED = {"ask_mind": ask_mind, "in3": in3, "triagesql": triagesql, "ambiqt": ambiqt}


def load_shared(root: Path) -> dict[str, list[Example]]:
    """Each shared public set as examples, keyed by name."""
    return {name: fn(root) for name, fn in SHARED.items()}
