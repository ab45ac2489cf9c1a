"""Scores of a binary ask/act judgment, shared by training, learning and the benchmarks (stdlib only).

>>> auroc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])
0.75
>>> calibrate_thresholds(scores, labels)            # the presets' thresholds
{'cautious': 0.31, 'balanced': 0.52, 'autonomous': 0.77}
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["auroc", "binary_metrics", "calibrate_thresholds"]


def auroc(scores: Sequence[float], labels: Sequence[int]) -> float:
    """Probability that a random positive scores above a random negative (ties count half).

    >>> auroc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])
    0.75
    """
    pairs = sorted(zip(scores, labels), key=lambda p: p[0])
    n1 = sum(1 for _, y in pairs if y == 1)
    n0 = len(pairs) - n1
    if n1 == 0 or n0 == 0:
        return float("nan")
    rank_sum = 0.0
    i = 0
    while i < len(pairs):
        j = i
        while j + 1 < len(pairs) and pairs[j + 1][0] == pairs[i][0]:
            j += 1
        avg = (i + j) / 2.0 + 1
        rank_sum += avg * sum(1 for k in range(i, j + 1) if pairs[k][1] == 1)
        i = j + 1
    return (rank_sum - n1 * (n1 + 1) / 2) / (n1 * n0)


def binary_metrics(scores: list[float], labels: list[int], threshold: float) -> dict:
    pred = [s >= threshold for s in scores]
    tp = sum(p and y == 1 for p, y in zip(pred, labels))
    fp = sum(p and y == 0 for p, y in zip(pred, labels))
    fn = sum((not p) and y == 1 for p, y in zip(pred, labels))
    tn = sum((not p) and y == 0 for p, y in zip(pred, labels))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    fpr = fp / (fp + tn) if fp + tn else 0.0
    tnr = 1 - fpr
    return {"n": len(labels), "auroc": round(auroc(scores, labels), 4), "f1_ask": round(f1, 4),
            "precision": round(prec, 4), "recall": round(rec, 4), "false_alarm_rate": round(fpr, 4),
            "balanced_accuracy": round((rec + tnr) / 2, 4), "threshold": round(threshold, 4)}


def calibrate_thresholds(scores: list[float], labels: list[int]) -> dict:
    """cautious: recall >= 95%; balanced: best F1 with <= 10% false alarms; autonomous: <= 3% false alarms."""
    cands = sorted(set(round(s, 4) for s in scores)) + [1.0]

    def m(t: float) -> dict:
        return binary_metrics(scores, labels, t)

    cautious = max((t for t in cands if m(t)["recall"] >= 0.95), default=cands[0])
    ok = [t for t in cands if m(t)["false_alarm_rate"] <= 0.10]
    balanced = max(ok, key=lambda t: (m(t)["f1_ask"], -t)) if ok else cands[-1]
    auto = min((t for t in cands if m(t)["false_alarm_rate"] <= 0.03), default=cands[-1])
    return {"cautious": min(cautious, balanced), "balanced": balanced, "autonomous": max(auto, balanced)}
