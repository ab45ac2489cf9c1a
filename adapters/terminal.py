"""Ask in the terminal: the question, its options, and a prompt for the answer.

>>> graph = asksafe.wrap(agent, channel=CLIChannel())

Ctrl-D, or an empty answer, means "no answer": the run's ``on_timeout``
fallback applies (proceed on a stated assumption, or stop), as it does when
``timeout`` seconds pass without an answer.

Typing ``!n`` (:data:`NOT_NEEDED_KEY`) marks the question "did not need asking":
the run goes on (told to proceed with the most sensible reading) and, with
``wrap(..., feedback=...)``, the verdict ``not_needed`` is recorded for ``asksafe learn``.
"""

from __future__ import annotations

import os
import select
import sys
from typing import IO

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel

from asksafe.errors import ChannelTimeout
from asksafe.feedback import NOT_NEEDED_ANSWER
from asksafe.types import MAX_ANSWER_CHARS, Answer, Question

NOT_NEEDED_KEY = "!n"
"""Type this instead of an answer to say the question did not need asking."""


class CLIChannel:
    name = "cli"

    def __init__(self, stdin: IO[str] | None = None, console: Console | None = None,
                 responder: str | None = None):
        self.stdin = stdin or sys.stdin
        self.console = console or Console(stderr=True)
        self.responder = responder or os.environ.get("USER", "terminal")

    def ask(self, question: Question, *, timeout: float | None = None) -> Answer:
        # question text, options and context are data: shown as typed, never parsed as Rich markup
        body = escape(question.text)
        if question.options:
            body += "\n" + "\n".join(f"  {i}. {escape(o)}" for i, o in enumerate(question.options, 1))
            body += "\n[dim](type a number to pick an option, or your own answer)[/dim]"
        body += f"\n[dim](type {NOT_NEEDED_KEY} if this did not need asking)[/dim]"
        if question.context_excerpt:
            body += f"\n[dim]about: “{escape(question.context_excerpt[:120])}”[/dim]"
        self.console.print(Panel(body, title="asksafe needs an answer", border_style="yellow"))
        self.console.print("> ", end="")
        line = self._readline(timeout)
        text = (line or "").strip()[:MAX_ANSWER_CHARS]
        if not text:
            raise ChannelTimeout("no answer given (empty input or end of input)")
        if text.lower() == NOT_NEEDED_KEY:
            return Answer(question_id=question.id, text=NOT_NEEDED_ANSWER, responder=self.responder,
                          channel=self.name, verdict="not_needed")
        if text.isdigit() and question.options and 1 <= int(text) <= len(question.options):
            text = question.options[int(text) - 1]
        return Answer(question_id=question.id, text=text, responder=self.responder, channel=self.name)

    def _readline(self, timeout: float | None) -> str | None:
        try:
            if timeout is not None and hasattr(self.stdin, "fileno"):
                try:
                    ready, _, _ = select.select([self.stdin], [], [], timeout)
                except (OSError, ValueError):  # not a real file (StringIO): read directly
                    ready = [self.stdin]
                if not ready:
                    self.console.print()
                    raise ChannelTimeout(f"no answer within {timeout} s")
            line = self.stdin.readline()
            return line if line else None  # "" means end of input (Ctrl-D)
        except (EOFError, KeyboardInterrupt):
            return None
