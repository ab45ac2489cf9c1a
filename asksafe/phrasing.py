"""Phrasing: your chat model rewrites the template question; strict checks keep it honest.

>>> from asksafe.phrasing import ChatPhraser
>>> phraser = ChatPhraser(model)                      # model: any LangChain chat model
>>> phraser.phrase(blocker, "Total revenue per customer", context=["orders(revenue_gross, revenue_net)"])
'Should the total revenue per customer use revenue_gross or revenue_net?'
>>> phraser.stats.phrased, phraser.stats.fallbacks    # e.g. (1, Counter())
>>> graph = asksafe.wrap(agent, channel=CLIChannel(), question_model=model)

The offline template question (``blocker.question``, from :mod:`asksafe.questions`)
is the answer whenever the model's reply fails a check: the model erred or took
longer than ``timeout_s``; the reply is empty, not one question ending in "?",
longer than ``max_words`` (or the template, when that is longer), asks two things
at once, drops the span's key words or any option the template listed, or brings
in something the context already answers.
"""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any

from asksafe.checks import is_content
from asksafe.errors import ConfigError
from asksafe.events import log
from asksafe.settled import settled_by
from asksafe.types import DetectedBlocker

SYSTEM = ("You rewrite clarifying questions to a user so they read naturally. Never answer them. "
          "Keep the unclear thing and every option. Reply with one question only.")

REQUEST = """Task: {task}
Unclear ({type}): {span}
{options}Rewrite: {template}"""

# one worked example: small models otherwise answer the question instead of rewriting it
EXAMPLE = (REQUEST.format(task="Email the sales report to the team soon.", type="missing", span='"soon"',
                          options="Options: today; by the end of the week\n",
                          template="By when exactly does this need to happen ('soon' is not a date)?"),
           "Should 'soon' mean today or by the end of the week?")

# a second question glued on: "..., and which format?" / "Also, ..."
_JOINED = re.compile(
    r"\band (also|what|which|how|when|where|who|whom|whether|why|should|shall|do|does|did|is|are|can|could|would|"
    r"will|by when|in which)\b|\balso\b|\bas well as\b|\badditionally\b|\bsecondly\b", re.I)
_PREFIX = re.compile(r"^\s*(?:rewritten question|new question|question|q|answer|a)\s*[:\-–]\s*", re.I)
_PREAMBLE = re.compile(r"^(?:sure|here|okay|ok|certainly|of course)\b.*:\s*$", re.I)
_QUOTED = re.compile(r"'([^']{2,60})'|\"([^\"]{2,60})\"|“([^”]{2,60})”|`([^`]{1,60})`")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_']*")
_ABBREV = re.compile(r"\b(e\.g|i\.e|etc|vs|approx|no|nr|cf|dr|mr|ms|mrs)\.", re.I)


@dataclass
class PhraserStats:
    calls: int = 0
    phrased: int = 0  # replies that passed every check and were asked
    fallbacks: Counter = field(default_factory=Counter)  # reason -> how often the template was kept
    model_ms: list[float] = field(default_factory=list)

    @property
    def fallback(self) -> int:
        return sum(self.fallbacks.values())


def clean_reply(reply: Any) -> str:
    """The reply's text without quotes, "Question:" prefixes, preambles or markdown emphasis."""
    content = getattr(reply, "content", reply)
    if isinstance(content, list):  # content blocks: keep the text ones
        content = " ".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
    text = str(content or "").strip()
    text = re.sub(r"^```\w*\s*|\s*```$", "", text)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    while len(lines) > 1 and _PREAMBLE.match(lines[0]):  # "Sure, here is the question:"
        lines.pop(0)
    text = "\n".join(lines)
    for _ in range(3):  # prefixes and wrappers nest: **Question:** "…"
        before = text
        text = re.sub(r"^\s*(?:#+|[-*>]|\d+[.)])\s+", "", text)
        text = text.replace("**", "").replace("__", "")
        text = _PREFIX.sub("", text).strip()
        if len(text) >= 2 and text[0] in "\"'“‘" and text[-1] in "\"'”’":
            text = text[1:-1].strip()
        if len(text) >= 2 and text[0] == text[-1] == "`" and text.count("`") == 2:
            text = text[1:-1].strip()
        if text == before:
            break
    return text


def _low(text: str) -> str:
    return text.replace("`", "").lower()


def _mentions(text: str, phrase: str) -> bool:
    """True when ``phrase`` occurs in ``text`` as whole words (case and backticks ignored)."""
    phrase = " ".join(_low(phrase).split())
    return bool(phrase) and re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", " ".join(_low(text).split())) is not None


def _mentions_word(text: str, word: str) -> bool:
    """Like :func:`_mentions`, also accepting another number of the word ("customer" for "customers")."""
    stem = word.lower()
    if len(stem) > 4 and stem.endswith("s"):
        stem = stem[:-1]
    # a whole word: 'revenue' is not named by `revenue_net` alone
    return re.search(rf"(?<![\w]){re.escape(stem)}(?:s|es)?(?![\w])", _low(text)) is not None


def _key_words(span: str) -> list[str]:
    return [w for w in _WORD.findall(span) if is_content(w)]


def _sentences(text: str) -> int:
    body = _ABBREV.sub(lambda m: m.group(0)[:-1], text)
    body = re.sub(r"(?<=\d)\.(?=\d)", "", body)  # 2.5
    return len([s for s in re.split(r"(?<=[.!?])\s+|\n+", body.strip()) if s.strip()])


def check_phrasing(text: str, blocker: DetectedBlocker, task: str, context: str | None, *,
                   max_words: int = 30) -> str | None:
    """Why the phrased ``text`` cannot replace ``blocker.question``; None when it can.

    >>> check_phrasing("Which column should I use?", blocker, task, None)  # blocker: 'revenue'
    'missing_span'
    """
    template = blocker.question
    if not text:
        return "empty"
    if text.count("?") > 1:
        return "two_questions"
    if not text.endswith("?"):
        return "not_a_question"
    if _sentences(text) > 1:
        return "several_sentences"
    # the options must all fit, so a template longer than max_words sets the limit
    if len(text.split()) > max(max_words, len(template.split())):
        return "too_long"
    if len(_JOINED.findall(text)) > len(_JOINED.findall(template)):
        return "two_topics"
    span = blocker.span.text if blocker.span else ""
    keys = [w for w in _key_words(span) if _mentions_word(template, w)]
    if keys and not any(_mentions_word(text, w) for w in keys):
        return "missing_span"
    if any(not _mentions(text, o) for o in blocker.options if _mentions(template, o)):
        return "missing_options"
    if context and _asks_answered(text, blocker, task, context):
        return "answered_in_context"
    return None


def _asks_answered(text: str, blocker: DetectedBlocker, task: str, context: str) -> bool:
    """True when the rewrite names something the template did not and the context already settles.

    Words the user wrote in the task are fair to repeat; only what the model
    quotes as the unclear thing, or adds from elsewhere, is checked.
    """
    template, seen = blocker.question, set()
    quoted = [next(g for g in m.groups() if g) for m in _QUOTED.finditer(text)]
    added = [w for w in _key_words(text) if len(w) >= 4 and not _mentions_word(task, w)]
    for term in [*quoted, *added]:
        t = term.strip().lower()
        if not t or t in seen or _mentions(template, t) or any(_mentions(o, t) for o in blocker.options):
            continue
        seen.add(t)
        if settled_by(blocker.subtype, t, context):
            return True
    return False


class ChatPhraser:
    """Phrases each blocker's question with a chat model, or keeps the template.

    - ``model``: any LangChain chat model (anything with ``invoke``);
    - ``timeout_s``: how long one call may take before the template is asked instead;
    - ``max_words``: the longest acceptable question (or the template's length, if longer).
    """

    def __init__(self, model: Any, *, timeout_s: float = 10.0, max_words: int = 30) -> None:
        if not callable(getattr(model, "invoke", None)):
            raise ConfigError(f"question model {model!r} is not a LangChain chat model (no invoke)")
        if not isinstance(timeout_s, int | float) or timeout_s <= 0:
            raise ConfigError(f"timeout_s must be positive seconds, got {timeout_s!r}")
        if not isinstance(max_words, int) or max_words < 5:
            raise ConfigError(f"max_words must be an int >= 5, got {max_words!r}")
        self.model = model
        self.timeout_s = float(timeout_s)
        self.max_words = max_words
        self.stats = PhraserStats()
        self._lock = threading.Lock()

    def prompt(self, blocker: DetectedBlocker, task: str) -> list[tuple[str, str]]:
        """The messages sent to the model for one blocker: instructions, one worked example, the request."""
        span = blocker.span.text if blocker.span else ""
        request = REQUEST.format(
            task=" ".join(task.split())[:500], type=blocker.type, span=f'"{span[:200]}"' if span else "(none)",
            options=f"Options: {'; '.join(blocker.options)}\n" if blocker.options else "", template=blocker.question)
        return [("system", SYSTEM), ("human", EXAMPLE[0]), ("ai", EXAMPLE[1]), ("human", request)]

    def _invoke(self, messages: list[tuple[str, str]]) -> Any:
        """The model's reply, or raise; a daemon thread, so a hung model never blocks the run or exit."""
        fut: Future = Future()

        def call() -> None:
            try:
                fut.set_result(self.model.invoke(messages))
            except BaseException as exc:  # noqa: BLE001  the caller decides; nothing may escape a thread
                fut.set_exception(exc)

        threading.Thread(target=call, name="asksafe-phrase", daemon=True).start()
        return fut.result(timeout=self.timeout_s)

    def phrase(self, blocker: DetectedBlocker, task: str, context: list[str] | str | None = None) -> str:
        """One question for ``blocker``: the model's rewrite when it passes every check, else the template."""
        ctx = "\n".join(context) if isinstance(context, list) else context
        t0 = time.perf_counter()
        text, reason = "", None
        try:
            text = clean_reply(self._invoke(self.prompt(blocker, task)))
        except FutureTimeout:
            reason = "timeout"
        except Exception as exc:  # a provider outage or bug: the template still works
            reason = "error"
            log.warning("phrase_error", blocker=blocker.key, error=repr(exc)[:300])
        if reason is None:
            reason = check_phrasing(text, blocker, task, ctx, max_words=self.max_words)
        ms = (time.perf_counter() - t0) * 1000
        with self._lock:
            self.stats.calls += 1
            self.stats.model_ms.append(ms)
            if reason is None:
                self.stats.phrased += 1
            else:
                self.stats.fallbacks[reason] += 1
        log.info("phrase", outcome="phrased" if reason is None else "fallback", reason=reason, blocker=blocker.key,
                 latency_ms=round(ms, 2), text=text[:300] if reason is None else None,
                 rejected=text[:300] if reason and text else None)
        return blocker.question if reason is not None else text


def as_phraser(question_model: Any) -> ChatPhraser | None:
    """A :class:`ChatPhraser` from what ``wrap(question_model=...)`` got: a phraser, a chat model or None."""
    if question_model is None or isinstance(question_model, ChatPhraser):
        return question_model
    if callable(getattr(question_model, "phrase", None)):  # a phraser of the user's own
        return question_model
    return ChatPhraser(question_model)
