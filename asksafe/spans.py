"""Which words of a text the probe's span head points at, as a phrase worth quoting back.

The span head scores every token. Its single highest token is often a function
word ("all", "are", "in") next to the real culprit, so the span is chosen over
*words*: a word's score is its best token's, only content words can be the
peak, and the phrase grows over neighbouring content words the head also
marks (at most three each side), keeping a determiner or possessive just
before it ("the pharmacy", "my sis") so that the question can say which one.

>>> text = "Pick up the prescription from the pharmacy after work"
>>> offsets = [(m.start(), m.end()) for m in __import__("re").finditer(r"\\S+", text)]
>>> scores = [-2, -2, -2, 0.5, -1, 0.2, 2.0, -1, -3]
>>> text[slice(*phrase_span(scores, offsets, [0] * 9, text))]
'the pharmacy'
"""

from __future__ import annotations

import re

from asksafe.checks import _STOP

DETERMINERS = frozenset("the my our your his her their this that these those a an".split())
# words that never make a useful quote on their own (pronouns, auxiliaries, contractions, fillers)
_FUNCTION = _STOP | frozenset(
    """him hers its ours yours theirs myself yourself itself whoever whatever i'll i'm i've i'd it's don't
    doesn't didn't can't won't isn't aren't wasn't we're you're they're let's please pls thanks hey hi hello
    just really very also still yet already now today again back up out off down want need needs like know
    think sure okay ok via etc""".split())
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9_'\-]*")


def is_quotable(word: str) -> bool:
    w = word.lower()
    return (len(w) >= 3 or w.isdigit()) and w not in _FUNCTION


def phrase_span(scores: list[float], offsets: list, seq_ids: list, text: str) -> tuple[int, int] | None:
    """Char span of the best-scoring content phrase of ``text`` (tokens with sequence id 0), or None."""
    tok = [(float(scores[k]), int(offsets[k][0]), int(offsets[k][1]))
           for k, s in enumerate(seq_ids) if s == 0 and offsets[k][1] > offsets[k][0]]
    if not tok:
        return None
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    if not words:
        return None
    best = [float("-inf")] * len(words)
    w = 0
    for score, a, b in tok:  # tokens come in text order
        while w < len(words) and words[w][1] <= a:
            w += 1
        if w == len(words):
            break
        if words[w][0] < b:
            best[w] = max(best[w], score)
    cands = [i for i, (_, _, s) in enumerate(words) if best[i] > float("-inf") and is_quotable(s)]
    if not cands:
        return None
    peak = max(cands, key=lambda i: best[i])
    lo = hi = peak
    while lo - 1 >= 0 and peak - lo < 3 and best[lo - 1] > 0 and is_quotable(words[lo - 1][2]) \
            and _adjacent(text, words[lo - 1], words[lo]):
        lo -= 1
    while hi + 1 < len(words) and hi - peak < 3 and best[hi + 1] > 0 and is_quotable(words[hi + 1][2]) \
            and _adjacent(text, words[hi], words[hi + 1]):
        hi += 1
    if lo - 1 >= 0 and words[lo - 1][2].lower() in DETERMINERS and _adjacent(text, words[lo - 1], words[lo]):
        lo -= 1
    return words[lo][0], words[hi][1]


def _adjacent(text: str, left: tuple, right: tuple) -> bool:
    """Only spaces between two words (no punctuation or line break splits the phrase)."""
    gap = text[left[1]: right[0]]
    return gap.strip() == "" and "\n" not in gap
