"""The inbox: suspended runs, their pending questions, answered exactly once, and an audit log.

>>> inbox = Inbox.open("runs.sqlite", agent=my_agent, question_timeout=3600)
>>> inbox.start("Write top_k(items)", thread_id="t1")          # runs until it must ask
>>> q = inbox.pending()[0]
>>> inbox.answer(q.id, "k is given by the caller", responder="ana", channel="web")

Modules: :mod:`~asksafe.inbox.models` (what channels see), :mod:`~asksafe.inbox.tables` (the SQL
tables), :mod:`~asksafe.inbox.inbox` (the :class:`Inbox`: runs, answers, leases, audit rows),
:mod:`~asksafe.inbox.audit` (printing the audit log). Connections come from :mod:`asksafe.db`.
"""

from asksafe.inbox.audit import print_audit
from asksafe.inbox.inbox import DEFAULT_LEASE_SECONDS, Inbox
from asksafe.inbox.models import AnswerResult, AuditEntry, InboxQuestion, QuestionStatus, RunInfo, RunStatus

__all__ = ["DEFAULT_LEASE_SECONDS", "AnswerResult", "AuditEntry", "Inbox", "InboxQuestion", "QuestionStatus",
           "RunInfo", "RunStatus", "print_audit"]
