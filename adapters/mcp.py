"""asksafe as an MCP server: any MCP agent can ask "should I ask?" and ask a human, durably.

>>> from asksafe.adapters.mcp import MCPSettings, create_server, serve
>>> server = create_server(Inbox("runs.sqlite"), MCPSettings(hold_s=50))   # an mcp FastMCP server
>>> serve("runs.sqlite", MCPSettings(), transport="stdio")                  # what `asksafe mcp` runs

Tools (typed input and output schemas):

- ``assess(task, context?)``: the probe's assessment under the configured policy;
- ``ask_human(question, options?, context?, timeout_s?)``: the question goes into
  the :class:`~asksafe.inbox.Inbox` as a *bare* question (no wrapped run behind
  it), where the web inbox, Slack and the terminal show and answer it. The call
  is held at most ``hold_s`` seconds, then returns ``status="pending"`` with the
  ``question_id`` to poll;
- ``get_answer(question_id, wait_s?)``: answered / pending / expired (with the
  ``on_timeout`` fallback);
- ``list_pending()``: the session's questions still waiting.

Per MCP session: a question semantically equal (MiniLM cosine >= ``dedup_threshold``)
to one the session already asked returns that question's answer (or its pending
id) instead of asking again, and at most ``max_questions`` questions are asked.
The HTTP transport binds to 127.0.0.1, requires a bearer token, checks Host and
Origin (DNS rebinding) and caps request bodies. Needs ``asksafe[mcp]``.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
import queue
import re
import sys
import threading
import time
import uuid
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from asksafe.errors import (
    AlreadyAnsweredError,
    ChannelTimeout,
    ConfigError,
    InvalidQuestionError,
    InvalidTaskError,
    LateAnswerError,
    UnknownQuestionError,
)
from asksafe.events import log
from asksafe.inbox import Inbox, InboxQuestion
from asksafe.types import MAX_TASK_CHARS, Question, utcnow

try:
    import anyio
    from mcp.server.fastmcp import Context, FastMCP
    from mcp.server.fastmcp.exceptions import ToolError
    from mcp.server.transport_security import TransportSecuritySettings
except ImportError as _exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("the MCP server needs the extra: pip install 'asksafe[mcp]'") from _exc

TOKEN_ENV = "ASKSAFE_MCP_TOKEN"
MIN_TOKEN_CHARS = 16
THREAD_PREFIX = "mcp-"
VIA = "mcp"
_POLL_S = 0.2
MAX_SESSIONS_KEPT = 4096

ChannelName = Literal["inbox", "cli", "slack"]

FALLBACK_TEXT = {
    "assume": "No human answered before the deadline. Proceed on your best assumption, and state that "
              "assumption in your result.",
    "stop": "No human answered before the deadline. Do not proceed with the part that needed this answer; "
            "stop and report that it is blocked on this question.",
}


@dataclass
class MCPSettings:
    """How the server behaves; ``asksafe mcp`` options map one to one."""

    hold_s: float = 50.0
    """The longest a tool call is held open waiting for a human (below common client timeouts of 60 s)."""
    question_timeout_s: float = 3600.0
    """A question's deadline when ``ask_human`` gives no ``timeout_s``; then the fallback applies."""
    max_timeout_s: float = 7 * 24 * 3600.0
    on_timeout: Literal["assume", "stop"] = "assume"
    max_questions: int = 5
    """Questions one MCP session may ask (semantic duplicates do not count)."""
    dedup_threshold: float = 0.85
    """MiniLM cosine at or above which two questions of one session are the same question."""
    policy: str = "balanced"
    probe_path: str | None = None
    max_context_chars: int = 4_000


# ── boundary models (the tools' output schemas) ─────────────────────────────


class BlockerOut(BaseModel):
    type: str = Field(description="missing | ambiguous | contradictory")
    subtype: str = ""
    span: str | None = Field(None, description="the text that causes the blocker")
    score: float
    question: str | None = None


class AssessOut(BaseModel):
    """The probe's assessment of a task, and the policy's decision."""

    should_ask: bool
    p_blocker: float
    blockers: list[BlockerOut]
    questions: list[str]
    decision: Literal["act", "ask"]
    reason: str
    policy: str


class AnswerOut(BaseModel):
    """Where a question stands; ``answer`` is set when ``status == "answered"``."""

    status: Literal["answered", "pending", "expired", "over_budget"]
    question_id: str | None = None
    question: str | None = None
    answer: str | None = None
    responder: str | None = None
    channel: str | None = None
    answered_at: datetime | None = None
    deadline: datetime | None = None
    deduplicated_from: str | None = Field(None, description="set when an earlier question of this session "
                                                             "was the same question; its answer is reused")
    fallback: Literal["assume", "stop"] | None = None
    instruction: str | None = Field(None, description="what to do now")


class PendingOut(BaseModel):
    questions: list[AnswerOut]


_probe_lock = threading.Lock()


def assess_with(holder: Any, task: str, context: str | None, asked: int) -> AssessOut:
    """The probe's assessment and the policy's decision; ``holder`` keeps the loaded probe and policy
    (``_probe``, ``_policy``, ``settings``), loaded on first use."""
    if not isinstance(task, str) or not task.strip():
        raise InvalidTaskError("'task' is empty: give the request the agent is about to act on")
    if len(task) > MAX_TASK_CHARS or (context and len(context) > MAX_TASK_CHARS):
        raise InvalidTaskError(f"'task' and 'context' are limited to {MAX_TASK_CHARS:,} characters each")
    with _probe_lock:
        if holder._probe is None:
            from asksafe.probe import Probe

            holder._probe = Probe.load(holder.settings.probe_path)
        if holder._policy is None:
            from asksafe.policies import get_policy

            holder._policy = get_policy(holder.settings.policy, getattr(holder._probe, "calibration", None))
    a = holder._probe.assess(task, context=context or None)
    d = holder._policy.decide(a, list(a.blockers), asked=asked, budget=holder.settings.max_questions)
    blockers = [BlockerOut(type=str(b.type), subtype=b.subtype, span=b.span.text if b.span else None,
                           score=round(float(b.score), 4), question=b.question) for b in a.blockers]
    return AssessOut(should_ask=d.action == "ask", p_blocker=round(float(a.p_blocker), 4), blockers=blockers,
                     questions=list(a.questions), decision=d.action, reason=d.reason, policy=d.policy)


# ── per-session state ───────────────────────────────────────────────────────


@dataclass
class _Session:
    key: str
    client: str
    asked: list[tuple[str, str]] = field(default_factory=list)  # (question_id, text to compare)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def thread_id(self) -> str:
        return f"{THREAD_PREFIX}{self.key}"


class AskSafeMCP:
    """The tools' logic, transport-free: the inbox, the probe, and per-session state.

    Blocking work (SQLite, the probe, MiniLM) runs in worker threads, so one
    held ``ask_human`` never stalls the other sessions.
    """

    def __init__(self, inbox: Inbox, settings: MCPSettings | None = None, *, channel: ChannelName = "inbox",
                 probe: Any = None, encoder: Any = None, notify: Any = None):
        self.inbox = inbox
        self.settings = settings or MCPSettings()
        s = self.settings
        if not 0 < s.hold_s <= 600:
            raise ConfigError(f"hold must be between 0 and 600 seconds, got {s.hold_s}")
        if s.question_timeout_s <= 0 or s.max_timeout_s < s.question_timeout_s:
            raise ConfigError("the question timeout must be positive and at most the largest timeout")
        if s.max_questions < 0:
            raise ConfigError(f"max_questions must be >= 0, got {s.max_questions}")
        if not 0 < s.dedup_threshold <= 1:
            raise ConfigError(f"dedup_threshold must be in (0, 1], got {s.dedup_threshold}")
        if s.on_timeout not in FALLBACK_TEXT:
            raise ConfigError(f"on_timeout must be 'assume' or 'stop', got {s.on_timeout!r}")
        self.channel = channel
        self._probe = probe
        self._policy: Any = None
        self._encoder = encoder
        self._vectors: dict[str, Any] = {}
        self._load_lock = threading.Lock()
        self._sessions: dict[str, _Session] = {}
        self._local_ids: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self._sessions_lock = threading.Lock()
        self._notify = notify  # called with each new question (Slack post, terminal prompt)

    # ── sessions ───────────────────────────────────────────────────────────

    def session(self, ctx: Context | None) -> _Session:
        """This call's MCP session: the ``Mcp-Session-Id`` over HTTP, the connection over stdio."""
        key, client = None, "unknown client"
        if ctx is not None:
            rc = ctx.request_context
            req = getattr(rc, "request", None)
            headers = getattr(req, "headers", None)
            if headers is not None:
                key = headers.get("mcp-session-id")
            if not key:
                with self._sessions_lock:
                    key = self._local_ids.setdefault(rc.session, uuid.uuid4().hex)
            params = getattr(rc.session, "client_params", None)
            info = getattr(params, "clientInfo", None)
            if info is not None:
                client = f"{info.name} {info.version}".strip()[:80]
            token_name = getattr(getattr(req, "state", None), "asksafe_token_name", None) if req is not None else None
            if token_name:
                client = f"{client} (token {token_name})"
        key = (key or "local")[:64]
        with self._sessions_lock:
            if key not in self._sessions:
                if len(self._sessions) >= MAX_SESSIONS_KEPT:  # forget the oldest session's memory, not its questions
                    self._sessions.pop(next(iter(self._sessions)))
                self._sessions[key] = _Session(key=key, client=client)
            return self._sessions[key]

    # ── assess ─────────────────────────────────────────────────────────────

    def assess(self, task: str, context: str | None, session: _Session) -> AssessOut:
        out = assess_with(self, task, context, len(session.asked))
        log.info("mcp_assess", session=session.key, p_blocker=out.p_blocker, decision=out.decision)
        return out

    # ── ask, answer ────────────────────────────────────────────────────────

    def _encode(self, texts: list[str]) -> Any:
        with self._load_lock:
            if self._encoder is None:
                from asksafe.model_files import sentence_encoder

                self._encoder = sentence_encoder()
        return self._encoder.encode(texts, normalize_embeddings=True, convert_to_numpy=True,
                                    show_progress_bar=False)

    def _same_as(self, text: str, session: _Session) -> str | None:
        """The id of an earlier question of this session that asks the same thing (answered or pending)."""
        earlier = []
        for qid, prev in session.asked:
            q = self.inbox.question(qid)
            if q.status in ("answered", "pending"):
                earlier.append((qid, prev))
        if not earlier:
            return None  # nothing to compare with: MiniLM is not even loaded
        todo = [t for t in {text, *(p for _, p in earlier)} if t not in self._vectors]
        if len(self._vectors) + len(todo) > 50_000:  # a bounded cache: recomputing is cheap
            self._vectors.clear()
            todo = list({text, *(p for _, p in earlier)})
        if todo:
            for t, v in zip(todo, self._encode(todo)):
                self._vectors[t] = v
        me = self._vectors[text]
        best_id, best = None, -1.0
        for qid, prev in earlier:
            sim = float(me @ self._vectors[prev])
            if sim > best:
                best_id, best = qid, sim
        log.info("mcp_dedup", session=session.key, best=round(best, 3), threshold=self.settings.dedup_threshold)
        return best_id if best >= self.settings.dedup_threshold else None

    def ask(self, question: str, options: list[str] | None, context: str | None, timeout_s: float | None,
            session: _Session) -> AnswerOut:
        """Put the question in the inbox (or reuse an earlier one); does not wait."""
        s = self.settings
        if not isinstance(question, str) or not question.strip():
            raise InvalidQuestionError("'question' is empty: write the one question the human should answer")
        if timeout_s is not None:
            if not isinstance(timeout_s, (int, float)) or timeout_s <= 0:
                raise InvalidQuestionError(f"'timeout_s' must be a positive number of seconds, got {timeout_s!r}")
            if timeout_s > s.max_timeout_s:
                raise InvalidQuestionError(f"'timeout_s' is at most {s.max_timeout_s:g} seconds, got {timeout_s:g}")
        if context is not None and len(context) > s.max_context_chars:
            raise InvalidQuestionError(f"'context' has {len(context):,} characters; the limit is "
                                       f"{s.max_context_chars:,}: quote only what the human needs")
        opts = list(options or [])
        with session.lock:  # one session's asks in order: duplicates and the budget are decided one at a time
            compare = " ".join(question.split())  # the question alone: options word the same question differently
            same = self._same_as(compare, session) if session.asked else None
            if same is not None:
                out = self.view(self.inbox.question(same))
                out.deduplicated_from = same
                log.info("mcp_ask", session=session.key, outcome="duplicate", question_id=same)
                return out
            if len(session.asked) >= s.max_questions:
                log.info("mcp_ask", session=session.key, outcome="over_budget", asked=len(session.asked))
                return AnswerOut(status="over_budget", question=question.strip(),
                                 instruction=f"This session has asked its {s.max_questions} questions (the "
                                             "budget). Proceed on your best assumption and state it.")
            q = self.inbox.ask(question, asked_by=session.client, thread_id=session.thread_id, options=opts,
                               context=context or "", about=f"asked by {session.client} over MCP",
                               timeout=timeout_s or s.question_timeout_s, via=VIA,
                               detail=f"mcp session {session.key}")
            session.asked.append((q.id, compare))
        if self._notify is not None:
            try:
                self._notify(q)
            except Exception as exc:  # the question is stored: a web inbox can still answer it
                log.error("mcp_notify", question_id=q.id, error=repr(exc))
        return self.view(q)

    def current(self, question_id: str, session: _Session | None = None) -> AnswerOut:
        """The question's state now; past its deadline it expires here (the fallback applies, once)."""
        if not isinstance(question_id, str) or not question_id.strip():
            raise UnknownQuestionError("'question_id' is empty: pass the id ask_human returned")
        q = self.inbox.question(question_id.strip()[:64])
        if q.status == "pending" and q.deadline is not None and utcnow() >= q.deadline:
            self.inbox.expire_due()
            q = self.inbox.question(q.id)
        if q.status != "pending" and session is not None:
            self.inbox.collect(q.id, by=session.client, via=VIA)
        return self.view(q)

    def view(self, q: InboxQuestion) -> AnswerOut:
        out = AnswerOut(status=q.status, question_id=q.id, question=q.text, deadline=q.deadline)
        if q.status == "answered":
            out.answer, out.responder, out.channel, out.answered_at = q.answer, q.responder, q.channel, q.answered_at
        elif q.status == "expired":
            out.fallback = self.settings.on_timeout
            out.instruction = FALLBACK_TEXT[self.settings.on_timeout]
        else:
            out.instruction = ("No answer yet. Call get_answer with this question_id (wait_s up to "
                               f"{self.settings.hold_s:g}) to wait for it.")
        return out

    async def wait(self, question_id: str, wait_s: float, session: _Session) -> AnswerOut:
        """Poll until the question is answered or expired, or ``wait_s`` passes."""
        end = time.monotonic() + max(0.0, wait_s)
        while True:
            out = await anyio.to_thread.run_sync(self.current, question_id, session)
            left = end - time.monotonic()
            if out.status != "pending" or left <= 0:
                return out
            await anyio.sleep(min(_POLL_S, left))

    def pending(self, session: _Session) -> PendingOut:
        mine = {qid for qid, _ in session.asked}
        self.inbox.expire_due()
        qs = [q for q in self.inbox.pending() if q.id in mine or q.thread_id == session.thread_id]
        return PendingOut(questions=[self.view(q) for q in qs])


def _tool_error(exc: Exception) -> ToolError:
    return ToolError(f"{type(exc).__name__}: {exc}")


_USER_ERRORS = (InvalidQuestionError, InvalidTaskError, UnknownQuestionError, ConfigError)


def new_fastmcp(name: str, instructions: str, *, host: str = "127.0.0.1", port: int = 8766,
                allowed_hosts: Iterable[str] = (), allowed_origins: Iterable[str] = (),
                max_request_bytes: int = 256 * 1024) -> FastMCP:
    """A FastMCP server whose HTTP transport checks Host and Origin always (not only on loopback) and caps bodies."""
    security = TransportSecuritySettings(
        enable_dns_rebinding_protection=True,
        allowed_hosts=[f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}", *allowed_hosts],
        allowed_origins=list(allowed_origins))
    return FastMCP(name, instructions=instructions, host=host, port=port, transport_security=security,
                   max_request_body_size=max_request_bytes, session_idle_timeout=3600.0, max_sessions=256,
                   log_level="WARNING")


def create_server(inbox: Inbox, settings: MCPSettings | None = None, *, channel: ChannelName = "inbox",
                  probe: Any = None, notify: Any = None, host: str = "127.0.0.1", port: int = 8766,
                  allowed_hosts: Iterable[str] = (), allowed_origins: Iterable[str] = (),
                  max_request_bytes: int = 256 * 1024) -> FastMCP:
    """The MCP server (the official SDK's ``FastMCP``) with asksafe's four tools.

    ``host``, ``port``, ``allowed_*`` and ``max_request_bytes`` matter only for
    the HTTP transport (see :func:`http_app`, which adds the bearer token).
    """
    core = AskSafeMCP(inbox, settings, channel=channel, probe=probe, notify=notify)
    hold = core.settings.hold_s
    server = new_fastmcp(
        "asksafe", instructions=(
            "Before acting on a task, call assess(task, context) to learn whether it has a blocker "
            "(missing, ambiguous or contradictory information). If it should ask, call ask_human with one "
            "specific question. If ask_human returns status 'pending', call get_answer(question_id, wait_s) "
            "until it is 'answered' or 'expired' (then follow its instruction)."),
        host=host, port=port, allowed_hosts=allowed_hosts, allowed_origins=allowed_origins,
        max_request_bytes=max_request_bytes)
    server._asksafe = core  # type: ignore[attr-defined]  # for tests and serve()

    @server.tool(structured_output=True)
    async def assess(task: str, ctx: Context, context: str | None = None) -> AssessOut:
        """Should the agent ask before acting on `task`? Returns should_ask, p_blocker, the blockers
        (type, span) and candidate questions, decided by asksafe's local probe and policy."""
        session = core.session(ctx)
        try:
            return await anyio.to_thread.run_sync(core.assess, task, context, session)
        except _USER_ERRORS as exc:
            raise _tool_error(exc) from exc

    @server.tool(structured_output=True)
    async def ask_human(question: str, ctx: Context, options: list[str] | None = None, context: str | None = None,
                        timeout_s: float | None = None) -> AnswerOut:
        """Ask a human one question and wait (up to the server's hold time) for the answer.
        `options`: suggested answers; `context`: what the human needs to know (short);
        `timeout_s`: seconds until the question expires and the fallback applies.
        Returns status 'answered' with the answer, or 'pending' with a question_id for get_answer."""
        session = core.session(ctx)
        try:
            first = await anyio.to_thread.run_sync(core.ask, question, options, context, timeout_s, session)
        except _USER_ERRORS as exc:
            raise _tool_error(exc) from exc
        if first.status != "pending" or first.question_id is None:
            return first
        out = await core.wait(first.question_id, min(hold, timeout_s or hold), session)
        out.deduplicated_from = first.deduplicated_from
        return out

    @server.tool(structured_output=True)
    async def get_answer(question_id: str, ctx: Context, wait_s: float = 0.0) -> AnswerOut:
        """The answer to a question ask_human returned as pending: 'answered', 'pending' or 'expired'.
        `wait_s`: wait up to this many seconds for an answer (capped at the server's hold time)."""
        session = core.session(ctx)
        if not isinstance(wait_s, (int, float)) or wait_s < 0:
            raise ToolError(f"InvalidQuestionError: 'wait_s' must be >= 0 seconds, got {wait_s!r}")
        try:  # a longer wait is held for the hold time only (client timeouts); the caller polls again
            return await core.wait(question_id, min(float(wait_s), hold), session)
        except _USER_ERRORS as exc:
            raise _tool_error(exc) from exc

    @server.tool(structured_output=True)
    async def list_pending(ctx: Context) -> PendingOut:
        """This session's questions still waiting for a human answer."""
        session = core.session(ctx)
        return await anyio.to_thread.run_sync(core.pending, session)

    return server


# ── HTTP: bearer token in front of the SDK's transport ──────────────────────


_NAME_RE = re.compile(r"[A-Za-z0-9._@+-]{1,64}")


def parse_tokens(tokens: Mapping[str, str] | Iterable[str] | None) -> dict[str, str]:
    """``{token: name}`` from ``["name=token", ...]``, bare tokens, or ``$ASKSAFE_MCP_TOKEN`` (comma-separated).

    Parsed as the web inbox parses its tokens: a malformed entry is named by its position, never echoed
    (a bare token may contain "="), and a token or a name given twice is refused.
    """
    if tokens is None or (not isinstance(tokens, Mapping) and not list(tokens)):
        tokens = [t for t in os.environ.get(TOKEN_ENV, "").split(",") if t.strip()]
    pairs: list[tuple[str, str]] = []
    if isinstance(tokens, Mapping):
        pairs = [(str(t), str(n)) for t, n in tokens.items()]
    else:
        for n, item in enumerate(tokens, 1):
            name, sep, tok = str(item).strip().partition("=")
            if not sep:
                tok, name = name, f"token-…{name[-4:]}"
            elif not _NAME_RE.fullmatch(name.strip()) or len(tok.strip()) < MIN_TOKEN_CHARS:
                raise ConfigError(f"token #{n} is not NAME=TOKEN (NAME: letters, digits, . _ @ + -; TOKEN: at least "
                                  f"{MIN_TOKEN_CHARS} characters); a bare token must not contain '=' (not shown)")
            pairs.append((tok.strip(), name.strip()))
    out: dict[str, str] = {}
    for n, (tok, name) in enumerate(pairs, 1):
        if len(tok) < MIN_TOKEN_CHARS:
            raise ConfigError(f"MCP tokens need at least {MIN_TOKEN_CHARS} characters (token #{n} has {len(tok)}); "
                              "make one with: python -c 'import secrets; print(secrets.token_urlsafe(24))'")
        name = name or "client"
        if tok in out:
            raise ConfigError(f"token #{n} is given twice; each client needs its own token")
        if name in out.values():
            raise ConfigError(f"two tokens are named {name!r}; give each client one name (the audit log shows it)")
        out[tok] = name
    if not out:
        raise ConfigError(f"the HTTP transport needs a bearer token: --token NAME=TOKEN or ${TOKEN_ENV}=TOKEN "
                          "(make one with: python -c 'import secrets; print(secrets.token_urlsafe(24))')")
    return out


class BearerAuth:
    """ASGI middleware: every HTTP request needs ``Authorization: Bearer <token>`` (constant-time compare)."""

    def __init__(self, app: Any, tokens: Mapping[str, str]):
        self.app = app
        self._tokens = [(t.encode(), n) for t, n in tokens.items()]

    def _who(self, header: str) -> str | None:
        if header[:7].lower() != "bearer ":
            return None
        given = header[7:].strip().encode()
        found = None
        for tok, name in self._tokens:  # compare with every token: no early exit to time
            if hmac.compare_digest(tok, given):
                found = name
        return found

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            from starlette.datastructures import Headers
            from starlette.responses import PlainTextResponse

            who = self._who(Headers(scope=scope).get("authorization", ""))
            if who is None:
                log.warning("mcp_auth", outcome="refused", path=scope.get("path"))
                resp = PlainTextResponse("401 unauthorized: send Authorization: Bearer <token>\n", status_code=401,
                                         headers={"WWW-Authenticate": 'Bearer realm="asksafe-mcp"'})
                await resp(scope, receive, send)
                return
            scope.setdefault("state", {})["asksafe_token_name"] = who
        await self.app(scope, receive, send)


def http_app(server: FastMCP, tokens: Mapping[str, str] | Iterable[str] | None) -> Any:
    """The streamable-HTTP ASGI app at ``/mcp``, behind the bearer token."""
    return BearerAuth(server.streamable_http_app(), parse_tokens(tokens))


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


# ── channels in this process: Slack, the terminal ───────────────────────────


class _TerminalAsker:
    """Asks each new question on a terminal, one at a time, and answers it through the inbox."""

    def __init__(self, inbox: Inbox, stdin: Any):
        from rich.console import Console

        from asksafe.adapters.terminal import CLIChannel

        self.inbox = inbox
        self.cli = CLIChannel(stdin=stdin, console=Console(stderr=True))
        self.todo: queue.Queue[InboxQuestion] = queue.Queue()
        threading.Thread(target=self._loop, name="asksafe-mcp-terminal", daemon=True).start()

    def __call__(self, q: InboxQuestion) -> None:
        self.todo.put(q)

    def _loop(self) -> None:
        while True:
            q = self.todo.get()
            if self.inbox.question(q.id).status != "pending":
                continue
            left = (q.deadline - utcnow()).total_seconds() if q.deadline else None
            question = Question(id=q.id, text=q.text, blocker_key="mcp", blocker_type="missing", options=q.options,
                                context_excerpt=q.context_excerpt)
            try:
                ans = self.cli.ask(question, timeout=left)
                self.inbox.answer(q.id, ans.text, responder=ans.responder, channel="cli")
            except ChannelTimeout:
                continue  # the deadline's fallback applies; the web inbox may still answer before it
            except (AlreadyAnsweredError, LateAnswerError) as exc:
                self.cli.console.print(f"[dim]{exc}[/dim]")
            except Exception as exc:  # keep asking the next ones
                log.error("mcp_terminal", question_id=q.id, error=repr(exc))


def slack_notifier(slack: Any) -> Any:
    """``notify`` for :func:`create_server`: post each new question with a
    :class:`~asksafe.adapters.slack.SlackChannel` (which posts every pending question once)."""

    def post(q: InboxQuestion) -> None:
        slack.post_pending()

    return post


def _slack_from_env(inbox: Inbox, port: int) -> Any:
    from asksafe.adapters.slack import slack_from_env

    slack = slack_from_env(inbox)
    threading.Thread(target=slack.serve, kwargs={"port": port}, name="asksafe-mcp-slack", daemon=True).start()
    slack.post_pending()  # what was pending before this start
    return slack_notifier(slack)


# ── serving (what `asksafe mcp` runs) ───────────────────────────────────────


def check_http(transport: str, host: str, tokens: Iterable[str] | None, allow_remote: bool,
               max_request_bytes: int) -> dict[str, str]:
    """Refuse an unsafe HTTP set-up before anything starts; the bearer tokens (none for stdio)."""
    if transport not in ("stdio", "http"):
        raise ConfigError(f"transport must be 'stdio' or 'http', got {transport!r}")
    if transport == "http" and not _is_loopback(host) and not allow_remote:
        raise ConfigError(f"refusing to listen on {host}: the MCP server binds to 127.0.0.1 unless you pass "
                          "--allow-remote (and --allowed-host for the name clients use)")
    if max_request_bytes < 1024:
        raise ConfigError(f"max_request_bytes must be at least 1024, got {max_request_bytes}")
    return parse_tokens(tokens) if transport == "http" else {}


def run_server(server: FastMCP, transport: str, *, host: str, port: int, tokens: Mapping[str, str]) -> None:
    """Run ``server`` on stdio, or on streamable HTTP behind the bearer token."""
    log.info("mcp_serve", server=server.name, transport=transport, pid=os.getpid(),
             **({"url": f"http://{host}:{port}/mcp"} if transport == "http" else {}))
    if transport == "stdio":
        server.run("stdio")
        return
    import uvicorn

    from asksafe.adapters.http import HttpLimits, uvicorn_config

    # the channels' HTTP hardening (request deadline, header and connection limits); the SDK caps bodies itself
    limits = HttpLimits(max_body=server.settings.max_request_body_size, request_timeout=30.0, keep_alive=30.0)
    config = uvicorn_config(http_app(server, tokens), host=host, port=port, limits=limits)
    config.lifespan = "on"  # the SDK's session manager lives in the app's lifespan
    uvicorn.Server(config).run()


def serve(db: str, settings: MCPSettings | None = None, *, transport: Literal["stdio", "http"] = "stdio",
          channel: ChannelName = "inbox", host: str = "127.0.0.1", port: int = 8766,
          tokens: Iterable[str] | None = None, allowed_hosts: Iterable[str] = (),
          allowed_origins: Iterable[str] = (), allow_remote: bool = False,
          max_request_bytes: int = 256 * 1024, slack_port: int = 3000) -> None:
    """Serve the MCP tools over stdio or streamable HTTP on the inbox in ``db``."""
    if channel not in ("inbox", "cli", "slack"):
        raise ConfigError(f"channel must be inbox, cli or slack, got {channel!r}")
    token_map = check_http(transport, host, tokens, allow_remote, max_request_bytes)
    inbox = Inbox(db)
    notify = None
    if channel == "cli":
        if transport == "stdio":  # stdin carries the protocol: ask on the controlling terminal
            try:
                tty = open("/dev/tty", encoding="utf-8")  # noqa: SIM115 - lives as long as the server
            except OSError as exc:
                raise ConfigError("--channel cli over stdio needs a terminal (/dev/tty) to ask on; use "
                                  "--transport http, or --channel inbox with `asksafe inbox`") from exc
            notify = _TerminalAsker(inbox, tty)
        else:
            notify = _TerminalAsker(inbox, sys.stdin)
    elif channel == "slack":
        notify = _slack_from_env(inbox, slack_port)
    server = create_server(inbox, settings, channel=channel, notify=notify, host=host, port=port,
                           allowed_hosts=allowed_hosts, allowed_origins=allowed_origins,
                           max_request_bytes=max_request_bytes)
    try:
        run_server(server, transport, host=host, port=port, tokens=token_map)
    finally:
        inbox.close()
