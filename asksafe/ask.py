"""The ask step, written once: decide → write the question → ask (channel or interrupt) → answer or fallback.

``wrap`` (:mod:`asksafe.graph`) and the LangChain middleware
(:mod:`asksafe.adapters.middleware`) both call an :class:`AskStep`; neither
repeats its rules.

>>> step = AskStep(policy=get_policy("balanced", probe.calibration), channel=None, max_questions=3)
>>> assessment = step.speaker(assessments, candidates)          # which text speaks for this step
>>> decision = step.decide(assessment, candidates, asked=0)
>>> if decision.action == "ask":
...     q = step.question(blocker, task, context)
...     got = step.receive(q)                                      # interrupts when channel is None
...     got.answer or step.fallback(q, got.why)
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from langgraph.types import interrupt

from asksafe.errors import ChannelError, ChannelTimeout, ConfigError, InvalidTaskError
from asksafe.events import log
from asksafe.types import (
    MAX_ANSWER_CHARS,
    Answer,
    Assessment,
    Channel,
    Decision,
    DetectedBlocker,
    Policy,
    Question,
    utcnow,
)

__all__ = ["AskStep", "Fallback", "Received", "answer_from_resume", "check_options", "clarification",
           "pending_question"]



def check_options(channel: Any, max_questions: Any, question_timeout: Any, on_timeout: Any,
                  question_model: Any = None) -> None:
    """Raise ConfigError for options ``wrap`` and the middleware cannot use."""
    if channel is not None and not callable(getattr(channel, "ask", None)):
        raise ConfigError(f"channel {channel!r} has no ask(question, timeout=...) method")
    if question_model is not None and not (callable(getattr(question_model, "invoke", None))
                                           or callable(getattr(question_model, "phrase", None))):
        raise ConfigError(f"question_model {question_model!r} is neither a LangChain chat model (no invoke) "
                          "nor a ChatPhraser")
    if not isinstance(max_questions, int) or max_questions < 0:
        raise ConfigError(f"max_questions must be a non-negative int, got {max_questions!r}")
    if question_timeout is not None and question_timeout <= 0:
        raise ConfigError(f"question_timeout must be positive seconds, got {question_timeout!r}")
    if on_timeout not in ("assume", "stop"):
        raise ConfigError(f"on_timeout must be 'assume' or 'stop', got {on_timeout!r}")


def answer_from_resume(value: Any, question: dict) -> Answer | None:
    """A resume value as an Answer; None means 'the question timed out'."""
    if isinstance(value, dict) and value.get("timeout"):
        return None
    if isinstance(value, Answer):
        ans = value
    elif isinstance(value, dict):
        fields = {"question_id": question["id"], "text": str(value.get("text", "")),
                  "responder": str(value.get("responder", "unknown")), "channel": str(value.get("channel", "resume"))}
        if value.get("answered_at"):  # answered in time, resumed later (a record-only inbox, a crash)
            fields["answered_at"] = value["answered_at"]
        if value.get("images"):  # a retake: paths, bytes, PIL images or arrays, kept as data: URLs
            from asksafe.visual.flow import to_state_images

            fields["images"] = to_state_images(value["images"])
        ans = Answer.model_validate(fields)
    elif isinstance(value, str):
        ans = Answer(question_id=question["id"], text=value, channel="resume")
    else:
        raise InvalidTaskError(f"resume with a string, a dict with 'text', or an Answer; got {type(value).__name__}")
    return ans.model_copy(update={"text": ans.text[:MAX_ANSWER_CHARS]})


@dataclass
class Received:
    """What came back for one question: an answer, or why none counts (and a refused late answer)."""

    answer: Answer | None
    why: str = ""
    late: dict | None = None  # a late answer, refused, kept for the record


@dataclass
class Fallback:
    """What a question without an answer leads to: stop the run, or proceed on a stated assumption."""

    stop: bool
    assumption: str = ""


class AskStep:
    """One run's asking rules: its policy, channel (``None``: suspend on an interrupt), budget and fallback."""

    def __init__(self, *, policy: Policy, channel: Channel | None, max_questions: int = 3,
                 question_timeout: float | None = None, on_timeout: Literal["assume", "stop"] = "assume",
                 phraser: Any = None, integration: str = "graph", recorder: Any = None) -> None:
        self.policy = policy
        self.recorder = recorder  # asksafe.feedback.FeedbackRecorder, or None: nothing is stored
        self.channel = channel
        self.channel_name = getattr(channel, "name", "interrupt") if channel is not None else "interrupt"
        self.max_questions = max_questions
        self.question_timeout = question_timeout
        self.on_timeout = on_timeout
        self.phraser = phraser
        self.integration = integration

    # ── deciding ────────────────────────────────────────────────────────────
    @staticmethod
    def speaker(assessments: list[Assessment], candidates: list[DetectedBlocker]) -> Assessment:
        """The assessment that speaks for this step: the one holding the strongest unasked blocker."""
        by_source = {a.source: a for a in assessments}
        top = candidates[0] if candidates else None
        source = top.span.source.removesuffix(":context") if top and top.span else None
        return by_source.get(source or "", assessments[-1])

    @staticmethod
    def unsettled(candidates: list[DetectedBlocker], context: list[str]) -> list[DetectedBlocker]:
        """The candidates no earlier answer or the context already settles (:mod:`asksafe.settled`)."""
        from asksafe.settled import is_settled

        return [b for b in candidates if not is_settled(b, context)] if context else list(candidates)

    def decide(self, assessment: Assessment, candidates: list[DetectedBlocker], *, asked: int) -> Decision:
        decision = self.policy.decide(assessment, candidates, asked=asked, budget=self.max_questions)
        log.info("decision", action=decision.action, reason=decision.reason, policy=decision.policy,
                 p_blocker=round(decision.p_blocker, 4), blocker=decision.blocker_key, integration=self.integration)
        return decision

    def record(self, run_id: str, seq: int, decision: Decision, text: str, context: str | None,
               q: dict | None = None) -> None:
        """Store the decision (the ``seq``-th of run ``run_id``) for ``asksafe learn``, when feedback is on."""
        if self.recorder is not None:
            self.recorder.decision(run_id, seq, decision, text, context, question_id=q["id"] if q else None,
                                   question=q["text"] if q else None)

    # ── asking ──────────────────────────────────────────────────────────────
    def question(self, blocker: DetectedBlocker, task: str, context: list[str], *, stable: bool = False) -> dict:
        """The question for ``blocker``, as a JSON dict; ``stable`` ids survive a hook that runs again on resume."""
        deadline = utcnow() + timedelta(seconds=self.question_timeout) if self.question_timeout else None
        excerpt = blocker.span.text if blocker.span else task[:200]
        text = self.phraser.phrase(blocker, task, context) if self.phraser else blocker.question
        q = Question(text=text, blocker_key=blocker.key, blocker_type=blocker.type, options=blocker.options,
                     context_excerpt=excerpt[:300], deadline=deadline).model_dump(mode="json")
        if stable:
            q["id"] = hashlib.sha1(f"{blocker.key}\x1f{excerpt}".encode("utf-8", "replace")).hexdigest()[:12]
        log.info("question", question_id=q["id"], text=q["text"], blocker=q["blocker_key"],
                 channel=self.channel_name, deadline=q.get("deadline"), integration=self.integration)
        return q

    def receive(self, q: dict) -> Received:
        """Ask ``q`` through the channel, or suspend on an interrupt until a resume brings the answer."""
        got = self._receive(q)
        if self.recorder is not None:  # the answer (or its absence) goes with the stored decision
            self.recorder.answer(q, got.answer.model_dump(mode="json") if got.answer else None)
        return got

    def _receive(self, q: dict) -> Received:
        t0 = time.perf_counter()
        if self.channel is None:
            answer = answer_from_resume(interrupt({"question": q, "thread_id_hint": "resume with "
                                                   "Command(resume=answer)"}), q)
            deadline = datetime.fromisoformat(q["deadline"]) if q.get("deadline") else None
            if answer is not None and deadline is not None and answer.answered_at > deadline:
                log.info("answer", question_id=q["id"], outcome="late", responder=answer.responder)
                late = {**answer.model_dump(mode="json"), "refused": "answer arrived after the deadline"}
                return Received(None, "the answer arrived after the deadline", late)
        else:
            try:
                answer = self.channel.ask(Question.model_validate(q), timeout=self.question_timeout)
            except ChannelTimeout:
                answer = None
            except ChannelError:
                raise
            except Exception as exc:  # a channel's own bug or outage: name it, keep the state
                raise ChannelError(f"channel {self.channel_name!r} failed to ask {q['text']!r}: {exc}") from exc
        if answer is None:
            why = f"no answer within {self.question_timeout} s" if self.question_timeout else "timed out"
            return Received(None, why)
        answer = answer.model_copy(update={"text": answer.text[:MAX_ANSWER_CHARS].strip()})
        log.info("answer", question_id=q["id"], responder=answer.responder, channel=answer.channel,
                 chars=len(answer.text), latency_ms=round((time.perf_counter() - t0) * 1000, 2),
                 integration=self.integration)
        return Received(answer)

    def fallback(self, q: dict, why: str) -> Fallback:
        """``on_timeout`` applied to an unanswered question."""
        if self.on_timeout == "stop":
            log.info("answer", question_id=q["id"], outcome="stopped", reason=why)
            return Fallback(stop=True)
        assumption = (f"No answer to “{q['text']}” ({why}); proceeding on the assumption: "
                      + (q["options"][0] if q.get("options") else "the most common reading of the task") + ".")
        log.info("answer", question_id=q["id"], outcome="assumed", reason=why, assumption=assumption)
        return Fallback(stop=False, assumption=assumption)


def pending_question(snapshot: Any) -> dict | None:
    """The question a suspended run waits on, read from its state snapshot (None when it waits on none).

    The ask step interrupts with ``{"question": {...}}``; the Inbox and ``resume_once`` read it back here.
    """
    for intr in getattr(snapshot, "interrupts", ()) or ():
        value = getattr(intr, "value", None)
        if isinstance(value, dict) and isinstance(value.get("question"), dict):
            return value["question"]
    return None


def clarification(q: dict, answer_text: str) -> str:
    """How an answer joins the agent's context."""
    return f"Q: {q['text']}\nA: {answer_text}"
