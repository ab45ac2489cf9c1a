"""AUROC with average ranks for ties: the one implementation the corpus scripts and training share."""

from __future__ import annotations

from collections.abc import Sequence


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
