"""Sanity checks for training/corpus/train.jsonl (stdlib + numpy).

Prints counts by domain / type / label, the AUROC of a length-only scorer,
the AUROC of a scorer built from the 50 most label-correlated single tokens,
and validates spans / questions.  Exit status 1 if a hard check fails.

Usage: python -m training.corpus.check_corpus [path/to/file.jsonl]
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

import numpy as np

from training.corpus._stats import auroc

TOKEN_RE = re.compile(r"[a-z0-9_']+")


def top_token_auroc(texts, labels, k=50, min_df=5):
    docs = [set(TOKEN_RE.findall(t.lower())) for t in texts]
    y = np.asarray(labels, dtype=float)
    vocab = collections.Counter(tok for d in docs for tok in d)
    vocab = [t for t, c in vocab.items() if c >= min_df]
    index = {t: i for i, t in enumerate(vocab)}
    X = np.zeros((len(docs), len(vocab)), dtype=np.float32)
    for r, d in enumerate(docs):
        for t in d:
            if t in index:
                X[r, index[t]] = 1.0
    xm, ym = X.mean(0), y.mean()
    cov = ((X - xm) * (y - ym)[:, None]).mean(0)
    sd = X.std(0) * y.std() + 1e-12
    corr = cov / sd
    top = np.argsort(-np.abs(corr))[:k]
    score = X[:, top] @ np.sign(corr[top])
    return auroc(score, labels), [(vocab[i], round(float(corr[i]), 3))
                                  for i in top[:15]]


def main(path=None):
    path = Path(path or Path(__file__).with_name("train.jsonl"))
    rows = [json.loads(l) for l in path.open(encoding="utf-8")]
    labels = [r["label"] for r in rows]
    errors = []
    print(f"{len(rows)} rows, {len({r['group'] for r in rows})} groups, "
          f"label-1 share {np.mean(labels):.3f}")

    by_dom = collections.Counter((r["domain"], r["label"]) for r in rows)
    print("\nby domain (label0 / label1):")
    for d in sorted({r["domain"] for r in rows}):
        print(f"  {d:8s} {by_dom[(d, 0)]:5d} / {by_dom[(d, 1)]:5d}")
    pos = [r for r in rows if r["label"] == 1]
    types = collections.Counter(r["type"] for r in pos)
    print("\nlabel-1 by type:")
    for t, c in types.most_common():
        print(f"  {t:14s} {c:5d} ({c / len(pos):.1%})")
    sub = collections.Counter(r["subtype"] for r in rows)
    print("\nsubtypes (top 40):", ", ".join(f"{s}={c}" for s, c in
                                           sub.most_common(40)))
    print("context present: label0 %d, label1 %d" % (
        sum(1 for r in rows if r["context"] and not r["label"]),
        sum(1 for r in rows if r["context"] and r["label"])))
    print("span_in:", dict(collections.Counter(r["span_in"] for r in pos)))

    a_len = auroc([len(r["text"]) for r in rows], labels)
    a_tot = auroc([len(r["text"]) + len(r["context"] or "") for r in rows],
                  labels)
    a_tok, toks = top_token_auroc([r["text"] for r in rows], labels)
    print(f"\nlength-only AUROC (text):          {a_len:.3f}")
    print(f"length-only AUROC (text+context):  {a_tot:.3f}")
    print(f"top-50-token AUROC (text, in-sample): {a_tok:.3f}")
    print("  most correlated tokens:", toks)
    if not 0.40 <= a_len <= 0.60:
        errors.append(f"length AUROC {a_len:.3f} outside [0.40, 0.60]")

    ids = collections.Counter(r["id"] for r in rows)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    for r in rows:
        rid = r["id"]
        if r["label"] not in (0, 1):
            errors.append(f"{rid}: bad label")
        if r["span"] is not None:
            src = r["text"] if r["span_in"] == "text" else r["context"]
            s, e = r["span"]
            if src is None or not (0 <= s < e <= len(src)) or \
                    not src[s:e].strip():
                errors.append(f"{rid}: bad span {r['span']} in {r['span_in']}")
        if r["label"] == 1:
            if r["type"] not in ("missing", "ambiguous", "contradictory"):
                errors.append(f"{rid}: label 1 without type")
            if not r["question"] or not r["question"].strip().endswith("?"):
                errors.append(f"{rid}: label 1 without a question")
            if r["question"] and re.search(r"\{\w+\}|\[\[", r["question"]):
                errors.append(f"{rid}: unfilled slot in question")
        else:
            if r["type"] is not None or r["question"] is not None:
                errors.append(f"{rid}: label 0 with type/question")
        for f in ("text", "context"):
            if r[f] and re.search(r"\{\w+(\.\d)?\}|\[\[|\]\]", r[f]):
                errors.append(f"{rid}: unfilled markup in {f}")
    for t in ("missing", "ambiguous", "contradictory"):
        if types[t] / max(1, len(pos)) < 0.20:
            errors.append(f"type {t} below 20% of label-1 items")
    if not 0.45 <= np.mean(labels) <= 0.55:
        errors.append("label-1 share outside [0.45, 0.55]")
    dup = collections.Counter((r["text"], r["context"]) for r in rows)
    ndup = sum(c - 1 for c in dup.values() if c > 1)
    print(f"duplicate (text, context) pairs: {ndup}")
    if errors:
        print(f"\n{len(errors)} problems, first 20:")
        for e in errors[:20]:
            print("  -", e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
