"""The interface every human channel implements (CLI, Slack, web inbox, simulated).

A channel is any object with a ``name`` and an ``ask`` method. It returns the
human's :class:`~asksafe.types.Answer`, or raises
:class:`~asksafe.errors.ChannelTimeout` when ``timeout`` seconds pass without one,
or :class:`~asksafe.errors.ChannelError` when it cannot deliver.

>>> class Echo:
...     name = "echo"
...     def ask(self, question, *, timeout=None):
...         return Answer(question_id=question.id, text="yes", channel=self.name)

Channels that cannot block (Slack, the web inbox) are not passed to ``wrap``:
the graph then suspends on a LangGraph ``interrupt`` and the channel resumes it
later with ``Command(resume=answer)``.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from asksafe.types import Answer, Question


@runtime_checkable
class Channel(Protocol):
    name: str

    def ask(self, question: Question, *, timeout: float | None = None) -> Answer: ...
