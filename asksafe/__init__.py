"""asksafe: teach AI agents to know when to ask.

The flow of one request::

    task ─► Probe.assess ─► policy.decide ─┬─► act: the wrapped agent runs
                                           └─► ask: Question ─► channel ─► Answer ─► context

>>> import asksafe
>>> from asksafe.adapters import CLIChannel
>>> guarded = asksafe.wrap(my_agent, channel=CLIChannel())
>>> out = guarded.invoke({"task": "Write a function that returns the top items of a list"},
...                      {"configurable": {"thread_id": "t1"}})
>>> out["result"], out["questions"], out["answers"], out["decisions"]

Public API: :func:`wrap`, :class:`Probe`, :class:`ChatPhraser`, the vocabulary (:class:`Blocker`,
:class:`Assessment`, :class:`Decision`, :class:`Question`, :class:`Answer`,
:class:`AgentResult`), the errors, and :data:`TIMEOUT`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from asksafe.errors import (
    AgentError,
    AlreadyAnsweredError,
    AskSafeError,
    ChannelError,
    ChannelTimeout,
    ConfigError,
    DuplicateFeedbackError,
    FeedbackError,
    ForgedRequestError,
    ImageTooLargeError,
    InvalidAnswerError,
    InvalidFeedbackError,
    InvalidImageError,
    InvalidTaskError,
    LateAnswerError,
    LateFeedbackError,
    ModelNotAvailableError,
    ProbeUnavailableError,
    UnknownQuestionError,
    UnknownRunError,
)
from asksafe.types import (
    AgentResult,
    Answer,
    Assessment,
    Blocker,
    BlockerType,
    Decision,
    DetectedBlocker,
    Question,
    Span,
)

if TYPE_CHECKING:
    from asksafe.graph import TIMEOUT, wrap
    from asksafe.phrasing import ChatPhraser
    from asksafe.probe import Probe
    from asksafe.remote import RemoteProbe

__version__ = "0.1.0"

__all__ = [
    "TIMEOUT",
    "AgentError",
    "AgentResult",
    "AlreadyAnsweredError",
    "Answer",
    "AskSafeError",
    "Assessment",
    "Blocker",
    "BlockerType",
    "ChannelError",
    "ChannelTimeout",
    "ChatPhraser",
    "ConfigError",
    "Decision",
    "DetectedBlocker",
    "DuplicateFeedbackError",
    "FeedbackError",
    "ForgedRequestError",
    "ImageTooLargeError",
    "InvalidAnswerError",
    "InvalidFeedbackError",
    "InvalidImageError",
    "InvalidTaskError",
    "LateAnswerError",
    "LateFeedbackError",
    "ModelNotAvailableError",
    "Probe",
    "ProbeUnavailableError",
    "Question",
    "RemoteProbe",
    "Span",
    "UnknownQuestionError",
    "UnknownRunError",
    "wrap",
]


def __getattr__(name: str) -> Any:
    # torch, transformers and langgraph load on first use, not on `import asksafe`
    if name in ("wrap", "TIMEOUT"):
        from asksafe import graph

        return getattr(graph, name)
    if name == "ChatPhraser":
        from asksafe.phrasing import ChatPhraser

        return ChatPhraser
    if name == "Probe":
        from asksafe.probe import Probe

        return Probe
    if name == "RemoteProbe":
        from asksafe.remote import RemoteProbe

        return RemoteProbe
    raise AttributeError(f"module 'asksafe' has no attribute {name!r}")
