"""The web inbox: pending questions across runs, an answer form, the answered history.

>>> from asksafe.adapters.web import create_app, serve
>>> app = create_app(inbox, tokens={"tok_ana_…": "ana"})     # an ASGI app (FastAPI)
>>> serve(inbox, tokens=["ana=tok_ana_…"], host="127.0.0.1", port=8765)

Access needs a token (one per responder or team): ``Authorization: Bearer
<token>``, or open ``/?token=<token>`` once and press "Sign in" (a same-origin
POST, so another site cannot sign you in as someone else), which sets a
signed, HttpOnly, SameSite=Strict session cookie and redirects to a URL
without the token. No valid token: 401, and no page. Every POST is checked
before its body is read (a raw ASGI gate in front of the form parser): the
token or session, the Origin header (scheme, host and port must be this
inbox's; a POST without Origin is refused), the content type (a urlencoded
form) and the body size (``max_body``). Answer forms carry a CSRF token bound
to the session (HMAC of the cookie); the ``option`` field accepts only the
question's offered options. All user text is escaped (Jinja2 autoescape) and
answers go through :meth:`Inbox.answer` (length-capped, exactly once).

Needs ``asksafe[web]`` (fastapi, uvicorn, python-multipart, jinja2).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from asksafe.adapters.http import DEFAULT_HOST, BodyLimit, HttpLimits, Receive, Scope, Send, uvicorn_config
from asksafe.errors import (
    AlreadyAnsweredError,
    ConfigError,
    DuplicateFeedbackError,
    FeedbackError,
    InvalidAnswerError,
    LateAnswerError,
    LateFeedbackError,
    UnknownQuestionError,
)
from asksafe.events import log
from asksafe.inbox import Inbox
from asksafe.types import MAX_ANSWER_CHARS, utcnow

try:
    from fastapi import FastAPI, Form, Request
    from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
    from jinja2 import Environment, FileSystemLoader, select_autoescape
except ImportError as _exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("the web inbox needs the extra: pip install 'asksafe[web]'") from _exc

SESSION_COOKIE = "asksafe_session"
SESSION_MAX_AGE = 12 * 3600
MIN_TOKEN_CHARS = 16
TOKENS_ENV = "ASKSAFE_INBOX_TOKENS"
MAX_FORM_BYTES = 64 * 1024  # an answer is at most 4,000 characters (x 4 bytes, URL-encoded: x 3)
_NAME_RE = re.compile(r"[A-Za-z0-9_.@+-]{1,64}")
_FORM_TYPE = b"application/x-www-form-urlencoded"
SECRET_ENV = "ASKSAFE_INBOX_SECRET"

_TEMPLATES = Path(__file__).parent / "templates"
_HEADERS = {
    # img-src data: only for the thumbnails of pictures a question is about (inline, never fetched)
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
                               "frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",  # "no-referrer" makes browsers send Origin: null
    "Cache-Control": "no-store",
}


@dataclass(frozen=True)
class _Responder:
    name: str
    token_id: str  # sha256 of the token, so sessions die when the token is removed


def parse_tokens(tokens: Mapping[str, str] | Iterable[str] | None) -> dict[str, str]:
    """``{token: responder}`` from a mapping, a list of ``"name=token"`` / bare tokens, or ``$ASKSAFE_INBOX_TOKENS``.

    >>> parse_tokens(["ana=s3cret-token-ana-0001", "s3cret-team-token-0002"])
    {'s3cret-token-ana-0001': 'ana', 's3cret-team-token-0002': 'token-…0002'}
    """
    if tokens is None:
        tokens = [t for t in os.environ.get(TOKENS_ENV, "").split(",") if t.strip()]
    if isinstance(tokens, Mapping):
        pairs = [(str(tok), str(name)) for tok, name in tokens.items()]
    else:
        pairs = []
        for n, item in enumerate(tokens, 1):
            name, sep, tok = str(item).strip().partition("=")
            if not sep:
                tok, name = name, f"token-…{name[-4:]}"
            elif not _NAME_RE.fullmatch(name.strip()) or len(tok.strip()) < MIN_TOKEN_CHARS:
                # never echo it: a bare token may contain "=" (base64), and then this is the secret
                raise ConfigError(f"token #{n} is not NAME=TOKEN (NAME: letters, digits, . _ @ + -; TOKEN: at least "
                                  f"{MIN_TOKEN_CHARS} characters); a bare token must not contain '=' (not shown)")
            pairs.append((tok.strip(), name.strip()))
    out: dict[str, str] = {}
    names: set[str] = set()
    for n, (tok, name) in enumerate(pairs, 1):
        if len(tok) < MIN_TOKEN_CHARS:
            raise ConfigError(f"inbox tokens need at least {MIN_TOKEN_CHARS} characters (got one for {name!r} "
                              f"with {len(tok)}); make one with: python -c 'import secrets; print(secrets.token_urlsafe(24))'")
        name = name or "web"
        if tok in out:
            raise ConfigError(f"token #{n} (for {name!r}) is given twice; each responder needs its own token")
        if name in names:
            raise ConfigError(f"two tokens are named {name!r}; give each responder one name (the audit log shows it)")
        names.add(name)
        out[tok] = name
    if not out:
        raise ConfigError(f"the web inbox needs at least one access token (tokens=… or ${TOKENS_ENV}='ana=<token>')")
    return out


def _age(seconds: float) -> str:
    s = int(seconds)
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m"
    if s < 86400:
        return f"{s // 3600}h {s % 3600 // 60}m"
    return f"{s // 86400}d {s % 86400 // 3600}h"


def _when(t: datetime | None) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S UTC") if t else "none"


def _origin(url: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) of an origin or base URL; None when it is not one."""
    try:
        u = urlsplit(url)
        port = u.port or {"http": 80, "https": 443}.get(u.scheme.lower())
    except ValueError:
        return None
    if not u.scheme or not u.hostname or port is None:
        return None
    return u.scheme.lower(), u.hostname.lower(), port


def create_app(inbox: Inbox, tokens: Mapping[str, str] | Iterable[str] | None = None, *,
               secret: str | bytes | None = None, secure_cookies: bool = False, public_origin: str | None = None,
               max_body: int = MAX_FORM_BYTES) -> FastAPI:
    """The inbox as a FastAPI app. ``tokens``: ``{token: responder}`` or ``["ana=<token>", ...]``.

    ``secret`` signs session cookies and CSRF tokens (``$ASKSAFE_INBOX_SECRET``);
    by default it is derived from the tokens, so every worker process of one
    deployment agrees and removing a token ends its sessions.
    ``secure_cookies=True`` behind HTTPS (the cookie gets ``Secure``).
    ``public_origin``: the URL users open (``https://inbox.example.com``) when a
    proxy sits in front; by default the request's own scheme and Host header.
    """
    by_token = parse_tokens(tokens)
    known = {hashlib.sha256(t.encode()).hexdigest()[:32]: name for t, name in by_token.items()}
    raw_secret = secret or os.environ.get(SECRET_ENV) or "\n".join(sorted(by_token))
    key = hashlib.sha256(b"asksafe-inbox\0" + (raw_secret.encode() if isinstance(raw_secret, str) else raw_secret)).digest()
    env = Environment(loader=FileSystemLoader(str(_TEMPLATES)), autoescape=select_autoescape(default=True))
    env.globals.update(age=_age, when=_when, max_chars=MAX_ANSWER_CHARS)
    app = FastAPI(title="asksafe inbox", docs_url=None, redoc_url=None, openapi_url=None)

    expected_origin = _origin(public_origin) if public_origin else None
    if public_origin and expected_origin is None:
        raise ConfigError(f"public_origin must look like https://inbox.example.com, got {public_origin!r}")

    def sign(payload: str) -> str:
        return hmac.new(key, payload.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()

    def same(a: str, b: str) -> bool:
        # bytes: compare_digest refuses non-ASCII str (a forged cookie would be a 500, not a 401/403)
        return hmac.compare_digest(a.encode("utf-8", "surrogatepass"), b.encode("utf-8", "surrogatepass"))

    def from_token(token: str) -> _Responder | None:
        for tok, name in by_token.items():  # compare every token in constant time
            if same(tok, token):
                return _Responder(name, hashlib.sha256(tok.encode()).hexdigest()[:32])
        return None

    def session_cookie(who: _Responder) -> str:
        payload = f"{who.token_id}.{int(time.time())}.{secrets.token_hex(8)}"
        return f"{payload}.{sign('session:' + payload)}"

    def from_cookie(value: str) -> _Responder | None:
        payload, _, sig = value.rpartition(".")
        parts = payload.split(".")
        if len(parts) != 3 or not same(sign("session:" + payload), sig):
            return None
        token_id, issued, _ = parts
        if token_id not in known or not (issued.isascii() and issued.isdigit()) or \
                time.time() - int(issued) > SESSION_MAX_AGE:
            return None
        return _Responder(known[token_id], token_id)

    def who_is(request: Request) -> tuple[_Responder | None, str]:
        """The responder and the string the CSRF token is bound to."""
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            who = from_token(auth[7:].strip())
            return who, f"bearer:{who.token_id}" if who else ""
        cookie = request.cookies.get(SESSION_COOKIE, "")
        who = from_cookie(cookie) if cookie else None
        return who, f"cookie:{cookie}" if who else ""

    def csrf_for(bound: str) -> str:
        return sign("csrf:" + bound)

    def denied(status: int, text: str) -> Response:
        return PlainTextResponse(f"{status} {text}\n", status_code=status, headers=_HEADERS)

    def page(name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**ctx), status_code=status, headers=_HEADERS)

    def same_origin(request: Request) -> bool:
        """Origin names this inbox: scheme, host and port; a state-changing request without one is refused."""
        origin = request.headers.get("origin")
        if not origin or origin == "null":
            return False
        mine = expected_origin or _origin(f"{request.url.scheme}://{request.headers.get('host', '')}")
        return mine is not None and _origin(origin) == mine

    def gate(request: Request) -> Response | None:
        """Checks every POST before its body is read: who, from where, what type, how big."""
        login = request.url.path == "/login"
        if not login and who_is(request)[0] is None:
            log.warning("inbox_auth", outcome="refused", reason="no valid token", path=request.url.path)
            return denied(401, "unauthorized")
        if not same_origin(request):
            log.warning("inbox_auth", outcome="refused", reason="cross-origin or no Origin", path=request.url.path)
            return denied(403, "cross-origin request refused (the Origin header must name this inbox)")
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower().encode()
        if ctype != _FORM_TYPE:
            return denied(415, "send the form as application/x-www-form-urlencoded")
        return None

    class Gate:
        """Raw ASGI, in front of FastAPI's form parsing: a refused POST's body is never read."""

        def __init__(self, app: Any):
            self.app = app

        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD", "OPTIONS"):
                refused = gate(Request(scope))
                if refused is not None:
                    refused.headers["connection"] = "close"  # the unread body goes with the connection
                    await refused(scope, receive, send)
                    return
            await self.app(scope, receive, send)

    app.add_middleware(BodyLimit, max_body=max_body)
    app.add_middleware(Gate)  # outermost: runs first

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request, token: str | None = None, done: str | None = None) -> Response:
        if token is not None:
            who = from_token(token)
            if who is None:
                log.warning("inbox_auth", outcome="refused", reason="bad token", path="/")
                return denied(401, "unauthorized")
            # no cookie on a GET: a link or an <img> from another site must not sign anyone in
            return page("login.html", who=who.name, token=token)
        who, bound = who_is(request)
        if who is None:
            return denied(401, "unauthorized")
        now = utcnow()
        done_q = None
        if done:
            try:
                done_q = inbox.question(done)
            except UnknownQuestionError:
                done_q = None
        history = inbox.history(now=now, limit=50)
        verdicts = {q.id: v.verdict for q in history if (v := inbox.feedback.verdict_of(q.id)) is not None}
        return page("inbox.html", who=who.name, csrf=csrf_for(bound), pending=inbox.pending(now=now),
                    history=history, verdicts=verdicts, done=done_q, now=now)

    def checked_post(request: Request, csrf: str) -> tuple[_Responder | None, Response | None]:
        """The responder of an authenticated, same-origin POST with a valid CSRF token, or the refusal."""
        who, bound = who_is(request)
        if who is None:
            return None, denied(401, "unauthorized")
        if not same_origin(request):
            log.warning("inbox_auth", outcome="refused", reason="cross-origin post", responder=who.name)
            return None, denied(403, "cross-origin request refused")
        if not csrf or not same(csrf, csrf_for(bound)):
            log.warning("inbox_auth", outcome="refused", reason="bad csrf token", responder=who.name)
            return None, denied(403, "missing or invalid CSRF token; reload the inbox and answer again")
        return who, None

    @app.post("/login")
    def login(token: str = Form("")) -> Response:
        who = from_token(token)
        if who is None:
            log.warning("inbox_auth", outcome="refused", reason="bad token", path="/login")
            return denied(401, "unauthorized")
        resp = RedirectResponse("/", status_code=303, headers=_HEADERS)
        resp.set_cookie(SESSION_COOKIE, session_cookie(who), max_age=SESSION_MAX_AGE, httponly=True,
                        samesite="strict", secure=secure_cookies, path="/")
        log.info("inbox_auth", outcome="session", responder=who.name)
        return resp

    @app.post("/questions/{question_id}/answer")
    def answer(request: Request, question_id: str, csrf: str = Form(""), text: str = Form(""),
               option: str = Form("")) -> Response:
        who, refused = checked_post(request, csrf)
        if who is None:
            return refused
        chosen = option or text
        try:
            if option and option not in inbox.question(question_id).options:
                raise InvalidAnswerError("that option is not one this question offers; pick one of its buttons "
                                         "or write your answer in the text box")
            inbox.answer(question_id, chosen, responder=who.name, channel="web")
        except (AlreadyAnsweredError, LateAnswerError) as exc:
            return page("message.html", 409, title="This question is closed", message=str(exc))
        except InvalidAnswerError as exc:
            return page("message.html", 400, title="Answer not accepted", message=str(exc))
        except UnknownQuestionError as exc:
            return page("message.html", 404, title="No such question", message=str(exc))
        return RedirectResponse(f"/?done={question_id}", status_code=303, headers=_HEADERS)

    @app.post("/questions/{question_id}/verdict")
    def verdict(request: Request, question_id: str, csrf: str = Form(""), verdict: str = Form(""),
                note: str = Form("")) -> Response:
        """"Did not need asking" (``verdict=not_needed``): recorded for ``asksafe learn``; a pending run goes on."""
        who, refused = checked_post(request, csrf)
        if who is None:
            return refused
        try:
            inbox.verdict(question_id, verdict, responder=who.name, note=note or None, channel="web")
        except (DuplicateFeedbackError, LateFeedbackError) as exc:
            return page("message.html", 409, title="Verdict not recorded", message=str(exc))
        except UnknownQuestionError as exc:
            return page("message.html", 404, title="No such question", message=str(exc))
        except FeedbackError as exc:
            return page("message.html", 400, title="Verdict not recorded", message=str(exc))
        return RedirectResponse(f"/?done={question_id}", status_code=303, headers=_HEADERS)

    return app


def serve(inbox: Inbox, tokens: Mapping[str, str] | Iterable[str] | None = None, *, host: str = DEFAULT_HOST,
          port: int = 8765, work_every: float | None = 5.0, limits: HttpLimits | None = None,
          **app_kwargs: Any) -> None:
    """Run the inbox with uvicorn (timeouts, body limit, see :mod:`asksafe.adapters.http`). With a graph, a
    background thread calls ``inbox.work()`` every ``work_every`` seconds (expire due questions, resume answers)."""
    import uvicorn

    limits = limits or HttpLimits(max_body=app_kwargs.get("max_body", MAX_FORM_BYTES))
    app = create_app(inbox, tokens, **app_kwargs)
    stop = threading.Event()
    if inbox.graph is not None and work_every:
        def loop() -> None:
            while not stop.wait(work_every):
                try:
                    inbox.work()
                except Exception as exc:  # keep serving; the error is in the audit log and the events
                    log.error("inbox_work", error=repr(exc))

        threading.Thread(target=loop, name="asksafe-inbox-work", daemon=True).start()
    try:
        uvicorn.Server(uvicorn_config(app, host=host, port=port, limits=limits)).run()
    finally:
        stop.set()


def serve_inbox(db: str, host: str, port: int, tokens: list[str], secure_cookies: bool = False) -> None:
    """For ``asksafe inbox``: serve the inbox stored in ``db`` (SQLite path or postgresql:// URL).

    This process has no agent, so answers are recorded and the worker that
    holds the graph resumes them (``inbox.work()``). ``tokens``: ``["ana=<token>", ...]``;
    empty means ``$ASKSAFE_INBOX_TOKENS``.
    """
    inbox = Inbox(db, create=False)  # a typo or another application's file is refused, untouched
    serve(inbox, tokens or None, host=host, port=port, secure_cookies=secure_cookies)
