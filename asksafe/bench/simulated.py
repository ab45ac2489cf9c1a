"""A simulated human for the benchmark: answers only questions that hit a known blocker.

It implements the channel protocol (``name``, ``ask``). A question the judge
matches to a blocker gets that blocker's ``resolution``; anything else gets
exactly ``"irrelevant question"``. After ``max_answers`` answered questions it
answers every further question with ``"irrelevant question"`` too (it does not
raise: a run that over-asks keeps going and pays for it in precision).

>>> human = SimulatedHuman(task)
>>> human.ask(Question(text="Is a higher score better?", blocker_key="k", blocker_type="ambiguous")).text
'Best means the highest score.'
>>> human.ask(Question(text="Can you clarify?", blocker_key="k", blocker_type="missing")).text
'irrelevant question'
>>> [(r.question, r.blocker_id) for r in human.log]
[('Is a higher score better?', 'best_means'), ('Can you clarify?', None)]
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

from asksafe.bench.judge import Judge
from asksafe.bench.tasks import RegistryBlocker, Task
from asksafe.types import Answer, Question

IRRELEVANT = "irrelevant question"

_shared_judge: Judge | None = None
_shared_lock = threading.Lock()


def default_judge() -> Judge:
    """One offline judge per process (its embedding caches are shared by every human)."""
    global _shared_judge
    with _shared_lock:
        if _shared_judge is None:
            _shared_judge = Judge()
        return _shared_judge


@dataclass
class AskRecord:
    """One question put to the simulated human and what the judge made of it."""

    question: str
    blocker_id: str | None
    reason: str
    about: str | None
    answer: str
    answered: bool  # False once the budget of answers is spent


class SimulatedHuman:
    """A channel that knows a task's blockers and answers like a terse, honest human.

    ``task_or_blockers`` is a :class:`~asksafe.bench.tasks.Task`, or a list of
    blockers (then a throwaway task is made around them).
    """

    name = "simulated"

    def __init__(self, task_or_blockers: Task | Sequence[RegistryBlocker], judge: Judge | None = None,
                 max_answers: int = 3) -> None:
        self.task = task_or_blockers if isinstance(task_or_blockers, Task) else _task_from(task_or_blockers)
        self.judge = judge or default_judge()
        self.max_answers = max_answers
        self.log: list[AskRecord] = []
        self._lock = threading.Lock()

    @property
    def answered(self) -> int:
        return sum(r.answered for r in self.log)

    @property
    def matched(self) -> list[str | None]:
        """The judge's blocker id for every question asked, in order (None: no match)."""
        return [r.blocker_id for r in self.log]

    def ask(self, question: Question | str, *, timeout: float | None = None) -> Answer:
        """Answer one question (``timeout`` is accepted and ignored: the answer is immediate)."""
        text = question.text if isinstance(question, Question) else str(question)
        qid = question.id if isinstance(question, Question) else "q"
        with self._lock:
            # what this human already told the asker: a re-ask is judged against it
            told = [r.answer for r in self.log if r.blocker_id is not None]
            verdict = self.judge.verdict(text, self.task, told)
            budget_left = self.answered < self.max_answers
            by_id = {b.id: b for b in self.task.blockers}
            if verdict.blocker_id is not None and budget_left:
                reply, answered = by_id[verdict.blocker_id].resolution, True
            else:
                reply, answered = IRRELEVANT, False
            self.log.append(AskRecord(text, verdict.blocker_id, verdict.reason, verdict.about, reply, answered))
        return Answer(question_id=qid, text=reply, responder="simulated-human", channel=self.name)


def _task_from(blockers: Sequence[RegistryBlocker]) -> Task:
    bs = [b if isinstance(b, RegistryBlocker) else RegistryBlocker.model_validate(
        {"default": "", "resolved": "", **b.model_dump()}) for b in blockers]
    solution = " ".join("{{" + b.id + "}}" for b in bs) or "pass"
    return Task(id="adhoc-" + "-".join(b.id for b in bs), kind="coding", title="ad hoc", task="(ad hoc)",
                blockers=bs, solution=solution, entry_point="f", hidden_test="pass")
