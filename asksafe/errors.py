"""Errors a user can cause, each with a name and a message that says what to do."""

from __future__ import annotations


class AskSafeError(Exception):
    """Base class of every error asksafe raises on purpose."""


class InvalidTaskError(AskSafeError, ValueError):
    """The task or its context cannot be used (empty, too large, wrong type)."""


class ConfigError(AskSafeError, ValueError):
    """A configuration value is malformed (unknown policy, bad timeout, bad file)."""


class ChannelError(AskSafeError):
    """A human channel failed to deliver a question or return an answer.

    The run's state is checkpointed before the question is sent, so invoking
    the graph again with the same thread_id retries the question.
    """


class ChannelTimeout(ChannelError):
    """No answer arrived before the question's deadline."""


class LateAnswerError(AskSafeError):
    """An answer arrived after its question's deadline; the fallback already applied."""


class AgentError(AskSafeError):
    """The wrapped agent raised. The original exception is chained as ``__cause__``."""


class ForgedRequestError(AskSafeError):
    """An inbound request failed authentication (bad signature, stale timestamp, bad token)."""


class ModelNotAvailableError(AskSafeError):
    """A shipped model cannot be found (a package is missing from the install)."""


class AlreadyAnsweredError(LateAnswerError):
    """The question was already answered (or expired); this answer changed nothing."""


class UnknownQuestionError(AskSafeError, LookupError):
    """No question with that id exists in this inbox."""


class InvalidAnswerError(AskSafeError, ValueError):
    """An answer cannot be used as given (empty, too long, wrong type)."""


class UnknownRunError(AskSafeError, LookupError):
    """No run with that id has recorded a decision (or started) in this database."""


class FeedbackError(AskSafeError):
    """Feedback (a verdict on a question, a run's outcome) that cannot be recorded as given."""


class InvalidFeedbackError(FeedbackError, ValueError):
    """A verdict or outcome value that is not one of the allowed ones."""


class DuplicateFeedbackError(FeedbackError):
    """Feedback was already recorded with a different value; the first one stands.

    Recording the same value again is not an error (it changes nothing).
    """


class LateFeedbackError(FeedbackError):
    """A verdict on a question that expired unanswered: nobody saw it in time, so there is nothing to judge."""


class InvalidQuestionError(AskSafeError, ValueError):
    """A question cannot be asked as given (empty, too long, bad options, bad timeout)."""


class InvalidImageError(AskSafeError, ValueError):
    """An image cannot be read (corrupt or truncated file, unsupported format, wrong type or shape)."""


class ImageTooLargeError(InvalidImageError):
    """An image is larger than asksafe will decode (``asksafe.visual.images.MAX_PIXELS``).

    Images up to that size are decoded and downscaled (see docs/images.md); larger ones are refused
    before decoding, so a decompression bomb costs nothing.
    """


class LearnError(AskSafeError):
    """``asksafe learn`` cannot produce a probe from this input (see the subclasses)."""


class FeedbackFormatError(LearnError, ValueError):
    """A feedback file has malformed records (``--strict``), or cannot be read at all."""


class NothingToLearnError(LearnError, ValueError):
    """No feedback record carries a usable label (a verdict, or an action with its result)."""


class BaseProbeError(LearnError):
    """The base probe to learn from is missing or cannot be read."""


class FeedbackSourceError(LearnError):
    """A feedback database lacks the decision / verdict (audit) tables, or cannot be opened."""


class OutputExistsError(LearnError, FileExistsError):
    """The output folder (or the shipped probe) exists; pass ``--force`` to replace it."""


class NoImprovementError(LearnError):
    """The learned probe is worse than its base on the held-out feedback; nothing was written."""


class ProbeUnavailableError(AskSafeError):
    """The probe service (``RemoteProbe``) cannot be reached or answered wrongly, and no fallback is set."""
