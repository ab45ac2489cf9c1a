"""The judge: which blocker of a task, if any, does a question ask about?

The default :class:`Judge` is offline. It embeds the question with MiniLM and
compares it with each blocker's description and example questions, after rules
that reject what a benchmark must not reward: statements, "I assume X, right?"
confirmations, vague questions, two questions in one, and questions whose
answer the asker already has. Its thresholds were calibrated on the labelled
pairs in ``benchmarks/suite/judge/pairs.jsonl``
(``python -m asksafe.bench.judge_calibration``), not picked by hand.

>>> judge = Judge()
>>> task = load_suite()[0]  # coding-000, "top_k"
>>> judge.match("Is a larger score better than a smaller one?", task, [])
'best_means'
>>> judge.match("Can you clarify?", task, []) is None
True
>>> judge.verdict("I assume higher is better, right?", task, []).reason
'confirmation'

:class:`LLMJudge` asks any LangChain chat model instead (after the same rules).
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from asksafe.bench.tasks import RegistryBlocker, Task

Reason = Literal[
    "match", "statement", "confirmation", "vague", "fishing", "multi_topic", "already_stated", "no_match", "empty",
]
REJECT_REASONS: tuple[str, ...] = ("statement", "confirmation", "vague", "fishing", "multi_topic", "already_stated")


@dataclass(frozen=True)
class JudgeThresholds:
    """The judge's calibrated numbers.

    A blocker's score is ``w_max * max + w_mean * mean`` of the question's cosine
    similarity to the blocker's example questions, plus ``w_desc`` times its
    similarity to the description (``w_max + w_mean + w_desc == 1``).
    """

    min_score: float = 0.50
    """The best blocker's score must reach this to match."""
    margin: float = 0.0
    """...and beat the second best blocker by this much (else the question straddles two)."""
    w_max: float = 0.6
    w_mean: float = 0.2
    w_desc: float = 0.2
    part_min: float = 0.30
    """Each sub-question of "A? B?" must reach this on the matched blocker, else it asks about two things."""
    stated_margin: float = 0.15
    """Reject when a sentence the asker already has is this much closer than any blocker."""
    stated_min: float = 0.75
    """...and that sentence is at least this similar to the question."""
    resolution_known: float = 0.85
    """A context text this similar to a blocker's resolution means it is already answered."""
    conj_min: float = 0.30
    """A conjunct of "A and B" / "A or B" / "A, B" that reaches this on another blocker asks about two blockers."""
    conj_other: float = 0.20
    """A conjunct of "A and B" (2+ content words) below this on the matched blocker (and on every other)
    is another topic: one blocker plus something else."""


# Calibrated on the train split of benchmarks/suite/judge/pairs.jsonl; see
# ``python -m asksafe.bench.judge_calibration`` for the sweep and held-out scores.
# The check "a task sentence answers it better than any blocker" did not help on
# the train split, so it is off (9.0); the resolution-already-known check stays.
DEFAULT_THRESHOLDS = JudgeThresholds(
    min_score=0.375, margin=0.05, w_max=0.4, w_mean=0.3, w_desc=0.3, part_min=0.30,
    stated_margin=9.0, stated_min=9.0, resolution_known=0.85, conj_min=0.25, conj_other=0.20,
)


@dataclass
class Verdict:
    """What the judge decided about one question, and why.

    ``blocker_id`` is the match (None when rejected); ``about`` is the blocker
    the question is closest to even when rejected (e.g. a re-ask is
    ``already_stated`` but about the blocker it repeats).
    """

    blocker_id: str | None
    reason: Reason
    about: str | None = None
    score: float = 0.0
    scores: dict[str, float] = field(default_factory=dict)


# --- rules -------------------------------------------------------------------

_INTERROGATIVES = {
    "what", "which", "how", "when", "where", "who", "whom", "whose", "why", "should", "shall",
    "do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "will", "may",
    "might", "must", "have", "has", "had", "am", "if", "whether",
}
_CONFIRMATION_PATTERNS = [
    # the asker leads with their own plan or belief
    r"^(so,?\s+|ok,?\s+|okay,?\s+)?(i|we)\s*(\'m|am|will|\'ll|would|\'d|shall)?\s*"
    r"(just\s+)?(assum\w*|presum\w*|suppos\w*|guess\w*|think|believe|figure\w*|take it|go with|going to|"
    r"plan\w* to|use|treat|default to|interpret\w*|read)\b",
    r"^(presumably|obviously|surely|clearly|i take it|my assumption|my guess|my plan)\b",
    r"\b(can|may|should|could)\s+(i|we)\s+(safely\s+|just\s+)?(assume|presume|take it)\b",
    r"\b(is it|it\'s|it is)\s+(safe|fine|ok|okay)\s+to\s+assume\b",
    r"\bam i (right|correct) (that|in|to)\b",
    # a statement with a tag asking for approval
    r"[,;:\-]\s*(right|correct|yes|no|ok|okay|agreed|fine|yeah|true|isn\'t it|doesn\'t it|aren\'t they|"
    r"don\'t they|won\'t it|wouldn\'t it|shouldn\'t it|is that (ok|okay|fine|right|correct|alright)|"
    r"(does that|that) (sound|work)s?( (ok|okay|good|fine|right))?|that ok|that fine|makes sense)\s*\?*\s*$",
    r"\b(is that|that\'s|that is|would that be|will that be)\s+(ok|okay|fine|right|correct|alright|acceptable)\s*\?\s*$",
    r"\b(sound|sounds) (good|ok|okay|right|fine)\s*\?\s*$",
]
_CONFIRMATION = [re.compile(p, re.I) for p in _CONFIRMATION_PATTERNS]

_VAGUE_PATTERNS = [
    r"^(can|could|would) you (please\s+)?(clarify|elaborate|explain|be more specific|give (me )?more)\b[^?]*"
    r"(\?|$)",
    r"^(any|are there any|is there any|do you have any)\s+(more|other|additional|further|extra)?\s*"
    r"(details|info|information|requirements|constraints|specifics|notes|context|instructions)",
    r"\banything else\b",
    r"^what (exactly )?do you (mean|want)\s*\??$",
]
_VAGUE = [re.compile(p, re.I) for p in _VAGUE_PATTERNS]

_STOPWORDS = set(
    """a an the this that these those it its it's i me my we our you your they them their he she his her
    to of in on at by for with from into onto about as than then so if or and but not no nor be is are was
    were been being am do does did done have has had having can could would should shall will may might
    must what which how when where who whom whose why there here some any all each every either neither
    other more most less least very just also too only please exactly really actually further
    up down out over under again once same such own both few much many s t d ll re ve m
    """.split()
)
# Words that carry no topic on their own: a question made only of these is vague.
_GENERIC = set(
    """clarify clarification clarifications detail details detailed info information requirement requirements
    anything something everything else know knowing specify specifics specific specification spec specs elaborate
    explain explanation task tasks question questions help want wanted need needs needed expect expected
    expectation expectations mean means meant thing things stuff additional extra context instructions
    instruction notes note constraint constraints tell give say said think understand understanding
    correct correctly right ok okay fine sure work working done handle handled handling should happen
    goal goals intent intended idea ideas aware missing look like supposed kind sort way ways approach
    general overall problem issue issues regarding concern concerns case cases exact precise precisely
    unclear ambiguous part parts aspect aspects point points
    """.split()
)
# Explicit "one more thing" markers: always two questions in one.
_MULTI_PATTERNS = [
    r"\band also\b",
    r"(^|[?.;,]\s*)(also|additionally|plus|besides|separately|secondly|second|another thing|one more thing)\s*[,:]",
    r"\bas well as that\b",
    r"[?.]\s+(and\s+)?also\b",
]
_MULTI = [re.compile(p, re.I) for p in _MULTI_PATTERNS]
_WH = r"(?:what|which|how|when|where|who|why|should|do|does|is|are|can|could|would|will|must)"
# Where a question may hold a second one: after a '?', at ", and <question word>", "; and ...".
_PART_SPLIT = re.compile(
    rf"\?\s+|[,;]\s*and\s+(?={_WH}\b)|;\s+(?={_WH}\b)|\s+and\s+(?=(?:what|which|how|when|where|who|why)\b)",
    re.I,
)
_WORD = re.compile(r"[a-z0-9_]+")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?:;])\s+|\n+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("'", "'"))


def is_question(text: str) -> bool:
    """A question ends with '?' or opens with a question word.

    >>> is_question("Ties are broken by input order."), is_question("Which column holds revenue?")
    (False, True)
    """
    t = text.strip().strip("\"'").strip()
    if not t:
        return False
    if "?" in t:
        return True
    words = _words(t)
    return bool(words) and words[0] in _INTERROGATIVES


def is_confirmation(text: str) -> bool:
    """The asker states an assumption and asks for approval.

    >>> is_confirmation("I assume higher is better, right?")
    True
    """
    t = text.strip().replace("\u2019", "'")
    return any(p.search(t) for p in _CONFIRMATION)


def content_words(text: str) -> list[str]:
    """The words that name a topic: no stopwords, no words like 'clarify' or 'details'."""
    return [w for w in _words(text) if w not in _STOPWORDS and w not in _GENERIC and len(w) > 1]


def is_vague(text: str) -> bool:
    """A question that names no topic ("Can you clarify?", "Any more details?").

    >>> is_vague("Could you give me more details?"), is_vague("Does best mean the highest score?")
    (True, False)
    """
    t = text.strip()
    if not content_words(t):
        return True
    return any(p.search(t) for p in _VAGUE) and len(content_words(t)) <= 1


def is_multi_topic(text: str) -> bool:
    """Two questions in one ("..., and also ...?", "What X? And how Y?").

    >>> is_multi_topic("Is higher better, and also how are ties ordered?")
    True
    """
    return any(p.search(text.strip()) for p in _MULTI)


# Terse fishing: a bare topic with a judgment word, asking neither how nor which ("Is Unicode OK?").
_X = r"(?P<x>[^?,;:]{1,40}?)"
_FISHING_PATTERNS = [
    rf"^(is|are|would|will)\s+{_X}\s+(ok|okay|fine|alright|an issue|a concern|a problem|a thing|relevant|important|"
    r"a big deal|something to (handle|consider|worry about))\s*\?*$",
    rf"^(and\s+)?(what|how)\s+about\s+{_X}\s*\?*$",
    rf"^(should|do|must|shall|can|would)\s+(i|we)\s+(also\s+)?(handle|worry about|care about|consider|think about|"
    rf"deal with|bother with|account for|look at|watch out for)\s+{_X}\s*\?*$",
    rf"^(does|do|will|would)\s+{_X}\s+(matter|make a difference)\s*\?*$",
    rf"^(any\s+)?(thoughts|preferences?|opinions?|notes|guidance)\s+(on|about|regarding)\s+{_X}\s*\?*$",
    rf"^{_X}\s*\?+$",
]
_FISHING = [re.compile(p, re.I) for p in _FISHING_PATTERNS]
_SPECIFIC = re.compile(r"\d|['\"`“‘]|\b(or|than|like|such as|e\.g|instead)\b", re.I)


def is_fishing(text: str) -> bool:
    """A terse question that names a topic but not the decision ("Is Unicode OK?", "What about long titles?").

    >>> is_fishing("Is Unicode OK?"), is_fishing("Should accented letters be kept or transliterated to ASCII?")
    (True, False)
    """
    t = " ".join(text.strip().replace("\u2019", "'").split())
    for p in _FISHING:
        m = p.match(t)
        if not m:
            continue
        x = m.group("x")
        if p.pattern.startswith("^(?P<x>") and any(w in _INTERROGATIVES for w in _words(x)[:2]):
            continue  # "Which column?", "For which city?", "By when?" are (short) questions, not bare topics
        if not _SPECIFIC.search(x) and len([w for w in _words(x) if w not in _STOPWORDS]) <= 3:
            return True
    return False


# Where "A and B" / "A or B" / "A, B and C" may join two topics. Quoted text, "between A and B",
# "and/or", "whether or not" and a leading subordinate clause ("If X, ...") are not joins.
_CONJ = re.compile(r"\s*,\s*(?:and|or)\s+|\s+(?:and|or)\s+|\s*,\s+", re.I)
_QUOTE_SPAN = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”|‘[^’]*’|`[^`]*`|\([^)]*\)")
_SUBORDINATE = re.compile(r"^(if|when|whenever|given|since|because|as|for example|for instance|e\.g|say|assuming|"
                          r"once|after|before|while|unless|where|in|on|at|with|without|by|per)\b", re.I)


def conjuncts(text: str) -> list[tuple[str, str]]:
    """The parts a question joins with "and", "or" or commas, each with the word that joined it ("" first).

    >>> [p for p, _ in conjuncts("How should special characters and long titles be handled?")]
    ['How should special characters', 'long titles be handled?']
    """
    t = text.strip()
    masked = _QUOTE_SPAN.sub(lambda m: "x" * len(m.group(0)), t)
    masked = re.sub(r"\band/or\b|\bwhether or not\b|\bor not\b|\bor so\b|\band so on\b|\bor\s+(?=more|less|fewer|"
                    r"equal|above|below|later|earlier|greater|smaller)\b", lambda m: "x" * len(m.group(0)), masked,
                    flags=re.I)
    out: list[tuple[str, str]] = []
    last, joiner = 0, ""
    for m in _CONJ.finditer(masked):
        left = t[last:m.start()]
        word = m.group(0).strip(" ,").lower() or ","
        if word == "and" and re.search(r"\bbetween\b(?!.*\band\b)", masked[last:m.start()], re.I):
            continue  # "between the first and last event"
        if word == "," and _SUBORDINATE.match(left.strip()):
            continue  # "If a slug is too long, should it be cut?": one question
        out.append((left.strip(), joiner))
        last, joiner = m.end(), word
    out.append((t[last:].strip(), joiner))
    return [(p, j) for p, j in out if p]


def question_parts(text: str) -> list[str]:
    """The sub-questions of a question ("A? B?", "A, and how B?"); one part for most questions.

    >>> question_parts("Is higher better? How are ties ordered?")
    ['Is higher better', 'How are ties ordered?']
    """
    parts = [p.strip() for p in _PART_SPLIT.split(text.strip()) if p and p.strip()]
    return [p for p in parts if is_question(p) or _words(p)[:1] and _words(p)[0] in _INTERROGATIVES] \
        if len(parts) > 1 else [text.strip()]


def sentences(texts: Sequence[str]) -> list[str]:
    out: list[str] = []
    for t in texts:
        out.extend(s.strip() for s in _SENTENCE_SPLIT.split(t) if len(content_words(s)) >= 2)
    return out


# --- embeddings --------------------------------------------------------------


@dataclass
class _TaskIndex:
    ids: list[str]
    examples: list[np.ndarray]  # per blocker: (n_examples, d)
    descriptions: np.ndarray  # (n_blockers, d)
    resolutions: np.ndarray  # (n_blockers, d)
    task_sentences: list[str]
    task_sentence_vecs: np.ndarray  # (n_sentences, d)


class _Embedder:
    """MiniLM with a text -> vector cache; thread-safe."""

    def __init__(self, encoder: Any = None, cache_size: int = 50_000) -> None:
        self._encoder = encoder
        self._cache: dict[str, np.ndarray] = {}
        self._cache_size = cache_size
        self._lock = threading.Lock()

    @property
    def encoder(self) -> Any:
        if self._encoder is None:
            from asksafe.model_files import sentence_encoder

            self._encoder = sentence_encoder()
        return self._encoder

    def many(self, texts: Sequence[str]) -> np.ndarray:
        with self._lock:
            todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
            if todo:
                vecs = self.encoder.encode(
                    todo, batch_size=64, normalize_embeddings=True, convert_to_numpy=True,
                    show_progress_bar=False,
                )
                if len(self._cache) + len(todo) > self._cache_size:
                    self._cache.clear()
                for t, v in zip(todo, vecs):
                    self._cache[t] = np.asarray(v, dtype=np.float32)
            if not texts:
                return np.zeros((0, 384), dtype=np.float32)
            return np.stack([self._cache[t] for t in texts])

    def one(self, text: str) -> np.ndarray:
        return self.many([text])[0]


# --- judges ------------------------------------------------------------------


class Judge:
    """The offline judge (MiniLM + rules). One instance is safe to share across threads.

    >>> Judge().match("Should ties keep the order of the input?", task, [])
    'tie_break'
    """

    name = "minilm"

    def __init__(self, thresholds: JudgeThresholds = DEFAULT_THRESHOLDS, encoder: Any = None) -> None:
        self.thresholds = thresholds
        self._embed = _Embedder(encoder)
        self._index: dict[str, _TaskIndex] = {}
        self._index_lock = threading.Lock()

    def with_thresholds(self, thresholds: JudgeThresholds) -> "Judge":
        """A judge with other thresholds that shares this one's embedding caches."""
        other = Judge(thresholds)
        other._embed = self._embed
        if (thresholds.stated_min <= 1.0) == (self.thresholds.stated_min <= 1.0):  # same index contents
            other._index, other._index_lock = self._index, self._index_lock
        return other

    # public ------------------------------------------------------------------

    def match(self, question: str, task: Task, context: Sequence[str] = ()) -> str | None:
        """The id of the single blocker ``question`` asks about, or None."""
        return self.verdict(question, task, context).blocker_id

    def verdict(self, question: str, task: Task, context: Sequence[str] = (),
                *, exclude_example: tuple[str, int] | None = None) -> Verdict:
        """Like :meth:`match`, with the reason and the scores.

        ``exclude_example=(blocker_id, i)`` hides that blocker's i-th example
        question from the judge (leave-one-out calibration).
        """
        q = (question or "").strip()
        if not q or not task.blockers:
            return Verdict(None, "empty" if not q else "no_match")
        rule = self._rule(q)
        scores = self.scores(q, task, exclude_example=exclude_example)
        best_id, best = max(scores.items(), key=lambda kv: kv[1])
        if rule is not None:
            return Verdict(None, rule, about=best_id, score=best, scores=scores)
        th = self.thresholds
        if best < th.min_score:
            return Verdict(None, "no_match", about=best_id, score=best, scores=scores)
        ranked = sorted(scores.values(), reverse=True)
        if len(ranked) > 1 and ranked[0] - ranked[1] < th.margin:
            return Verdict(None, "no_match", about=best_id, score=best, scores=scores)
        if self._two_topics(q, task, best_id, best, exclude_example) or \
                self._conjoined_topics(q, task, best_id, exclude_example):
            return Verdict(None, "multi_topic", about=best_id, score=best, scores=scores)
        if self._already_known(q, task, best_id, best, context):
            return Verdict(None, "already_stated", about=best_id, score=best, scores=scores)
        return Verdict(best_id, "match", about=best_id, score=best, scores=scores)

    def scores(self, question: str, task: Task,
               *, exclude_example: tuple[str, int] | None = None) -> dict[str, float]:
        """Blocker id -> similarity score of ``question`` (see :class:`JudgeThresholds`)."""
        idx = self.index(task)
        qv = self._embed.one(question)
        th = self.thresholds
        out: dict[str, float] = {}
        for i, bid in enumerate(idx.ids):
            ex = idx.examples[i]
            if exclude_example and exclude_example[0] == bid and len(ex) > 1:
                ex = np.delete(ex, exclude_example[1], axis=0)
            sims = ex @ qv if len(ex) else np.zeros(1, dtype=np.float32)
            desc = float(idx.descriptions[i] @ qv)
            out[bid] = float(th.w_max * sims.max() + th.w_mean * sims.mean() + th.w_desc * desc)
        return out

    def index(self, task: Task) -> _TaskIndex:
        """The cached embeddings of a task's blockers and sentences (built once per task id)."""
        idx = self._index.get(task.id)
        if idx is not None:
            return idx
        with self._index_lock:
            idx = self._index.get(task.id)
            if idx is None:
                idx = self._build_index(task)
                self._index[task.id] = idx
        return idx

    def index_many(self, tasks: Sequence[Task]) -> None:
        """Build the caches of many tasks with one batched forward pass (much faster than one by one)."""
        texts: list[str] = []
        for t in tasks:
            if t.id in self._index:
                continue
            if self.thresholds.stated_min <= 1.0:
                texts += sentences([t.task])
            for b in t.blockers:
                texts += [*b.example_questions, b.description, b.resolution]
        self._embed.many(texts)
        for t in tasks:
            self.index(t)

    def prime(self, texts: Sequence[str]) -> None:
        """Embed many texts, and the parts the rules split them into, in one batch (calibration, bulk runs)."""
        parts = [p for t in texts for p in [*(c for c, _ in conjuncts(t)), *question_parts(t)] if content_words(p)]
        self._embed.many(list(dict.fromkeys([*texts, *parts])))

    # private -----------------------------------------------------------------

    def _build_index(self, task: Task) -> _TaskIndex:
        bs: list[RegistryBlocker] = list(task.blockers)
        examples = [self._embed.many(b.example_questions) if b.example_questions
                    else self._embed.many([b.description]) for b in bs]
        # task sentences serve only the "already stated" sentence check; skip them when it is off
        sents = sentences([task.task]) if self.thresholds.stated_min <= 1.0 else []
        return _TaskIndex(
            ids=[b.id for b in bs],
            examples=examples,
            descriptions=self._embed.many([b.description for b in bs]),
            resolutions=self._embed.many([b.resolution for b in bs]),
            task_sentences=sents,
            task_sentence_vecs=self._embed.many(sents),
        )

    @staticmethod
    def _rule(q: str) -> Reason | None:
        if not is_question(q):
            return "statement"
        if is_confirmation(q):
            return "confirmation"
        if is_vague(q):
            return "vague"
        if is_fishing(q):
            return "fishing"
        if is_multi_topic(q):
            return "multi_topic"
        return None

    def _two_topics(self, q: str, task: Task, best_id: str, best: float,
                    exclude_example: tuple[str, int] | None) -> bool:
        """Sub-questions that ask about different blockers, or one about something else."""
        parts = [p for p in question_parts(q) if content_words(p)]
        if len(parts) < 2:
            return False
        for p in parts:
            s = self.scores(p, task, exclude_example=exclude_example)
            bid, score = max(s.items(), key=lambda kv: kv[1])
            if bid != best_id and score >= self.thresholds.min_score:
                return True
            if s[best_id] < self.thresholds.part_min:
                return True
        return False

    def _conjoined_topics(self, q: str, task: Task, best_id: str,
                          exclude_example: tuple[str, int] | None) -> bool:
        """"A and B" / "A or B" / "A, B": two blockers, or (joined by "and" or a comma) one blocker plus
        another topic. Options of one topic ("kept or transliterated?") match the same blocker and pass."""
        joined = conjuncts(q)
        if sum(bool(content_words(p)) for p, _ in joined) < 2:
            return False
        th = self.thresholds
        seen: set[str] = set()
        for i, (p, before) in enumerate(joined):
            if not content_words(p):
                continue
            after = joined[i + 1][1] if i + 1 < len(joined) else ""
            s = self.scores(p, task, exclude_example=exclude_example)
            bid, score = max(s.items(), key=lambda kv: kv[1])
            if score >= th.conj_min and (bid == best_id or score - s[best_id] >= max(th.margin, 0.05)):
                seen.add(bid)  # (a part as close to the matched blocker is an option of it, not another topic)
            elif {before, after} - {"", "or"} and len(content_words(p)) >= 2 and s[best_id] < th.conj_other:
                return True  # a second topic no blocker is about
        return len(seen) > 1

    def _already_known(self, q: str, task: Task, best_id: str, best: float,
                       context: Sequence[str]) -> bool:
        th = self.thresholds
        idx = self.index(task)
        i = idx.ids.index(best_id)
        if context:
            if best_id in task.resolved_in(list(context)):
                return True
            cvecs = self._embed.many(list(context))
            if float((cvecs @ idx.resolutions[i]).max()) >= th.resolution_known:
                return True
        if th.stated_min > 1.0:  # the sentence check is off (see DEFAULT_THRESHOLDS)
            return False
        # a sentence the asker already has answers it better than any blocker does
        qv = self._embed.one(q)
        vecs = [idx.task_sentence_vecs]
        ctx_sents = sentences(context)
        if ctx_sents:
            vecs.append(self._embed.many(ctx_sents))
        allv = np.concatenate([v for v in vecs if len(v)]) if any(len(v) for v in vecs) else None
        if allv is None:
            return False
        stated = float((allv @ qv).max())
        return stated >= th.stated_min and stated - best >= th.stated_margin


class LLMJudge:
    """A judge that asks a LangChain chat model, after the same rules as :class:`Judge`.

    >>> from langchain_core.language_models.fake_chat_models import FakeListChatModel
    >>> LLMJudge(FakeListChatModel(responses=['{"blocker_id": "tie_break"}'])).match(
    ...     "How are equal scores ordered?", task, [])
    'tie_break'
    """

    name = "llm"

    def __init__(self, chat_model: Any, *, rules: bool = True) -> None:
        self.chat_model = chat_model
        self.rules = rules

    def match(self, question: str, task: Task, context: Sequence[str] = ()) -> str | None:
        return self.verdict(question, task, context).blocker_id

    def verdict(self, question: str, task: Task, context: Sequence[str] = ()) -> Verdict:
        q = (question or "").strip()
        if not q or not task.blockers:
            return Verdict(None, "empty" if not q else "no_match")
        if self.rules:
            rule = Judge._rule(q)
            if rule is not None:
                return Verdict(None, rule)
        from langchain_core.messages import HumanMessage, SystemMessage

        reply = self.chat_model.invoke([SystemMessage(_LLM_SYSTEM), HumanMessage(_llm_prompt(q, task, context))])
        text = reply.content if isinstance(reply.content, str) else json.dumps(reply.content)
        bid = parse_blocker_id(text, [b.id for b in task.blockers])
        return Verdict(bid, "match" if bid else "no_match", about=bid)


_LLM_SYSTEM = (
    "You judge questions an AI agent asks a human about a task. The task has known blockers "
    "(missing, ambiguous or contradictory information). Decide which single blocker the question "
    "asks about. Answer none if the question is vague, asks two things, only seeks confirmation of "
    "an assumption, is not a question, asks about something already stated, or matches no blocker. "
    'Reply with JSON only: {"blocker_id": "<id>"} or {"blocker_id": null}.'
)


def _llm_prompt(question: str, task: Task, context: Sequence[str]) -> str:
    blockers = "\n".join(f"- id: {b.id}\n  type: {b.type}\n  description: {b.description}" for b in task.blockers)
    ctx = "\n".join(f"- {c}" for c in context) or "(none)"
    return f"TASK:\n{task.task}\n\nALREADY KNOWN:\n{ctx}\n\nBLOCKERS:\n{blockers}\n\nQUESTION:\n{question}\n"


def parse_blocker_id(text: str, ids: Sequence[str]) -> str | None:
    """Read a model's reply: JSON ``{"blocker_id": ...}``, or a bare id; anything else is None.

    >>> parse_blocker_id('```json\\n{"blocker_id": "tie_break"}\\n```', ["tie_break"])
    'tie_break'
    """
    m = re.search(r"\{.*\}", text, re.S)
    if m:
        try:
            val = json.loads(m.group(0)).get("blocker_id")
        except (json.JSONDecodeError, AttributeError):
            val = None
        return val if isinstance(val, str) and val in ids else None
    bare = text.strip().strip("`'\". ")
    return bare if bare in ids else None
