"""Slack: pending questions posted as Block Kit messages, answered by a button or a thread reply.

Each question also carries a "Did not need asking" button: it records the verdict
``not_needed`` (for ``asksafe learn``) and lets the run go on (:meth:`Inbox.verdict`).

>>> from asksafe.adapters import SlackChannel
>>> slack = SlackChannel(inbox, token=os.environ["SLACK_BOT_TOKEN"],
...                      signing_secret=os.environ["SLACK_SIGNING_SECRET"],
...                      channel="C0123456789", allowed_users=["U024BE7LH"])
>>> slack.post_pending()          # post every pending question not yet posted
>>> slack.app                     # a slack_bolt App: HTTP Events API + interactivity
>>> slack.serve(port=3000)        # uvicorn on 127.0.0.1; or slack.serve(socket_mode_token="xapp-…")

Security: over HTTP the endpoint runs under uvicorn (``asgi_app()``; loopback
by default, request deadline, keep-alive timeout, see
:mod:`asksafe.adapters.http`); a body over ``max_body`` is refused from its
Content-Length before it is read, and the signature is checked on the raw body
before bolt parses it (bolt checks it again; requests whose timestamp is more
than 5 minutes off are refused). Slack's retries are de-duplicated by event id
across processes (through the inbox), and an event is marked handled only when
its handler succeeded, so Slack's retry after our 500 is processed;
only allow-listed users (or members of allow-listed user groups) can answer,
and answers are length-capped data that go through :meth:`Inbox.answer`
(exactly once). Needs ``asksafe[slack]`` (slack_sdk, slack_bolt).
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from asksafe.errors import (
    AlreadyAnsweredError,
    ChannelError,
    ConfigError,
    FeedbackError,
    InvalidAnswerError,
    LateAnswerError,
    UnknownQuestionError,
)
from asksafe.events import log
from asksafe.inbox import AnswerResult, Inbox, InboxQuestion

CHANNEL_NAME = "slack"
ACTION_PREFIX = "asksafe_option_"
NOT_NEEDED_ACTION = "asksafe_not_needed"
_ACTION_RE = re.compile(rf"^{ACTION_PREFIX}\d+$")
_GROUP_TTL_S = 300.0
MAX_SLACK_BODY = 256 * 1024  # Slack's interaction payloads are a few KB; events are capped far below this


def _mrkdwn_escape(text: str) -> str:
    # Slack parses <…> as links/mentions (<!channel>); & < > must be escaped in mrkdwn
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _when(t: datetime | None) -> str:
    return t.strftime("%Y-%m-%d %H:%M UTC") if t else "none"


def question_blocks(q: InboxQuestion) -> list[dict]:
    """The Block Kit message for one pending question: text, context, one button per option."""
    blocks: list[dict] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": f"*asksafe needs an answer*\n{_mrkdwn_escape(q.text)}"}},
        {"type": "context", "elements": [
            {"type": "mrkdwn", "text": f"task: {_mrkdwn_escape(_clip(q.task_excerpt, 200))}"},
            {"type": "mrkdwn", "text": f"run `{_mrkdwn_escape(q.thread_id)}` · question `{q.id}` · "
                                       f"deadline {_when(q.deadline)}"},
        ]},
    ]
    if q.context_excerpt:
        blocks[1]["elements"].insert(1, {"type": "mrkdwn", "text": f"about: “{_mrkdwn_escape(_clip(q.context_excerpt, 150))}”"})
    blocks.append({"type": "actions", "block_id": f"asksafe:{q.id}", "elements": [
        *({"type": "button", "action_id": f"{ACTION_PREFIX}{i}", "value": f"{q.id}:{i}",
           "text": {"type": "plain_text", "text": _clip(opt, 75)}}
          for i, opt in enumerate(q.options[:20])),
        {"type": "button", "action_id": NOT_NEEDED_ACTION, "value": q.id,
         "text": {"type": "plain_text", "text": "Did not need asking"}},
    ]})
    blocks.append({"type": "context", "elements": [
        {"type": "mrkdwn", "text": "Pick an option, or answer in this thread (the first reply counts)."}]})
    return blocks


def answered_blocks(q: InboxQuestion) -> list[dict]:
    """The message after the question closed: who answered, when, and what."""
    if q.status == "expired":
        outcome = f"⌛ expired at {_when(q.answered_at)}: the run's fallback applied"
        answer = None
    else:
        who = f"<@{q.responder}>" if q.responder and re.fullmatch(r"[UW][A-Z0-9]+", q.responder) else _mrkdwn_escape(q.responder or "?")
        outcome = f"✅ answered by {who} via {_mrkdwn_escape(q.channel or '?')} at {_when(q.answered_at)}"
        answer = q.answer or ""
    blocks: list[dict] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": f"*asksafe question*\n{_mrkdwn_escape(q.text)}"}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": outcome}]},
    ]
    if answer is not None:
        # plain_text: the answer is shown as typed, never parsed as mentions or links
        blocks.insert(1, {"type": "section", "text": {"type": "plain_text", "text": _clip(answer, 2900)}})
    return blocks


class SlackChannel:
    """Posts the inbox's pending questions to Slack and turns clicks and thread replies into answers.

    ``channel``: a channel id (``C…``) or a user id (``U…``, a DM).
    ``allowed_users`` / ``allowed_groups``: Slack user ids and user-group ids
    (``S…``) whose members may answer; both empty means nobody can (a config error).
    ``client``: a ``slack_sdk.WebClient`` (give ``base_url=`` to point it elsewhere).
    """

    name = CHANNEL_NAME

    def __init__(self, inbox: Inbox, *, channel: str, signing_secret: str | None = None, token: str | None = None,
                 allowed_users: Iterable[str] = (), allowed_groups: Iterable[str] = (), client: Any = None,
                 process_before_response: bool = False, logger: logging.Logger | None = None):
        try:
            from slack_bolt import App
            from slack_sdk import WebClient
        except ImportError as exc:
            raise ConfigError("the Slack channel needs the extra: pip install 'asksafe[slack]'") from exc
        signing_secret = signing_secret or os.environ.get("SLACK_SIGNING_SECRET")
        token = token or os.environ.get("SLACK_BOT_TOKEN")
        if not signing_secret:
            raise ConfigError("Slack needs the app's signing secret (signing_secret=… or $SLACK_SIGNING_SECRET)")
        if client is None:
            if not token:
                raise ConfigError("Slack needs a bot token (token=… or $SLACK_BOT_TOKEN)")
            client = WebClient(token=token)
        if not channel:
            raise ConfigError("Slack needs a channel id (C…) or a user id (U…) to post questions to")
        self.allowed_users = {u.strip() for u in allowed_users if u and u.strip()}
        self.allowed_groups = {g.strip() for g in allowed_groups if g and g.strip()}
        if not self.allowed_users and not self.allowed_groups:
            raise ConfigError("Slack needs an allow-list: allowed_users=[…] and/or allowed_groups=[…] "
                              "($ASKSAFE_SLACK_ALLOWED_USERS / $ASKSAFE_SLACK_ALLOWED_GROUPS)")
        self.inbox = inbox
        self._signing_secret = signing_secret
        self.channel = channel
        self.client = client
        self._group_cache: tuple[float, set[str]] | None = None
        self.app = App(signing_secret=signing_secret, client=client, token=client.token,
                       process_before_response=process_before_response,
                       logger=logger or logging.getLogger("asksafe.slack"))
        self._register(self.app)

    # ── outbound ────────────────────────────────────────────────────────────

    def post_pending(self) -> list[str]:
        """Post every pending question not yet posted (by any process); the ids posted now."""
        from slack_sdk.errors import SlackApiError

        posted = []
        for q in self.inbox.undelivered(self.name):
            if not self.inbox.claim_delivery(self.name, q.id):
                continue  # another process is posting it
            try:
                resp = self.client.chat_postMessage(channel=self.channel, text=f"asksafe needs an answer: {q.text}",
                                                    blocks=question_blocks(q), unfurl_links=False, unfurl_media=False)
            except SlackApiError as exc:
                self.inbox.drop_delivery(self.name, q.id)
                raise ChannelError(f"Slack refused to post question {q.id}: {exc.response.get('error')}") from exc
            except Exception as exc:
                self.inbox.drop_delivery(self.name, q.id)
                raise ChannelError(f"cannot reach Slack to post question {q.id}: {exc}") from exc
            self.inbox.record_delivery(self.name, q.id, f"{resp['channel']}:{resp['ts']}")
            log.info("slack_post", question_id=q.id, channel=resp["channel"], ts=resp["ts"])
            if q.images:
                self._post_thumbnails(q, resp["channel"], resp["ts"])
            posted.append(q.id)
        return posted

    def _post_thumbnails(self, q: InboxQuestion, channel: str, ts: str) -> None:
        """The picture a question is about, uploaded into the question's thread (Slack shows files, not data URLs)."""
        from asksafe.visual.thumbnails import png_bytes

        for url in q.images:
            content, filename = png_bytes(url)
            try:
                self.client.files_upload_v2(channel=channel, thread_ts=ts, content=content, filename=filename,
                                            title="The picture this question is about")
            except Exception as exc:  # the question is posted; a missing thumbnail must not lose it
                log.warning("slack_thumbnail", question_id=q.id, ok=False, error=repr(exc))

    def refresh(self, question_id: str) -> None:
        """Update a posted question's message to show who answered (or that it expired)."""
        ref = self.inbox.delivery_ref(self.name, question_id)
        if not ref:
            return
        channel, _, ts = ref.partition(":")
        q = self.inbox.question(question_id)
        self.client.chat_update(channel=channel, ts=ts, text=f"asksafe question: {q.text}", blocks=answered_blocks(q))

    # ── inbound ─────────────────────────────────────────────────────────────

    def is_allowed(self, user_id: str) -> bool:
        if user_id in self.allowed_users:
            return True
        if not self.allowed_groups:
            return False
        now = time.monotonic()
        if self._group_cache is None or now - self._group_cache[0] > _GROUP_TTL_S:
            members: set[str] = set()
            for g in sorted(self.allowed_groups):
                resp = self.client.usergroups_users_list(usergroup=g)
                members.update(resp.get("users") or [])
            self._group_cache = (now, members)
        return user_id in self._group_cache[1]

    def _answer(self, question_id: str, text: str, user_id: str) -> tuple[AnswerResult | None, str | None]:
        """Answer through the inbox; (result, None) or (None, a message for the user)."""
        try:
            result = self.inbox.answer(question_id, text, responder=user_id, channel=self.name)
        except (AlreadyAnsweredError, LateAnswerError, InvalidAnswerError, UnknownQuestionError) as exc:
            if isinstance(exc, LateAnswerError):
                self._safe_refresh(question_id)
            return None, str(exc)
        self._safe_refresh(question_id)
        return result, None

    def _safe_refresh(self, question_id: str) -> None:
        try:
            self.refresh(question_id)
        except Exception as exc:  # the answer is recorded; a stale message is cosmetic
            log.warning("slack_update", question_id=question_id, ok=False, error=repr(exc))

    def _tell(self, channel: str, user: str, text: str, thread_ts: str | None = None) -> None:
        try:
            self.client.chat_postEphemeral(channel=channel, user=user, text=text, thread_ts=thread_ts)
        except Exception as exc:
            log.warning("slack_notice", ok=False, error=repr(exc))

    def _register(self, app: Any) -> None:
        from slack_bolt import BoltResponse

        inbox = self.inbox

        @app.middleware
        def drop_retries(body: dict, next: Any, request: Any, context: Any) -> Any:  # noqa: A002 - bolt's name
            # Slack re-sends an event when it did not see a 200 in 3 s; handle each event id once,
            # across every process that shares the inbox
            key = None
            if body.get("type") == "event_callback" and body.get("event_id"):
                key = f"slack:event:{body['event_id']}"
            elif body.get("type") == "block_actions":
                acts = body.get("actions") or [{}]
                key = f"slack:action:{(body.get('user') or {}).get('id')}:{acts[0].get('action_ts')}"
            if key and not inbox.first_time(key):
                retry = request.headers.get("x-slack-retry-num", ["0"])[0]
                log.info("slack_inbound", outcome="duplicate", key=key, retry=retry)
                return BoltResponse(status=200, body="")
            context["asksafe_seen_key"] = key  # the listener forgets it if handling fails (see _handled)
            return next()

        @app.action(_ACTION_RE)
        def on_button(ack: Any, body: dict, action: dict, context: Any) -> None:
            ack()
            with self._handled(context):
                self._on_button(body, action)

        @app.action(NOT_NEEDED_ACTION)
        def on_not_needed(ack: Any, body: dict, action: dict) -> None:
            ack()
            user = (body.get("user") or {}).get("id", "")
            channel = (body.get("channel") or {}).get("id", "")
            qid = str(action.get("value", ""))
            if not self.is_allowed(user):
                log.warning("slack_inbound", outcome="refused", reason="user not allowed", user=user, question_id=qid)
                self._tell(channel, user, "You are not on this asksafe inbox's allow-list; your verdict was not used.")
                return
            try:
                inbox.verdict(qid, "not_needed", responder=user, channel=self.name)
            except (FeedbackError, UnknownQuestionError) as exc:
                self._tell(channel, user, str(exc))
                return
            self._safe_refresh(qid)

        @app.event("message")
        def on_message(event: dict, context: Any) -> None:
            with self._handled(context):
                self._on_message(event)

    @contextmanager
    def _handled(self, context: Any) -> Iterator[None]:
        """Mark the event seen only once it was handled: on failure forget it, so Slack's retry is processed."""
        try:
            yield
        except BaseException as exc:
            key = context.get("asksafe_seen_key")
            if key:
                self.inbox.forget(key)
            log.warning("slack_inbound", outcome="failed", key=key, error=repr(exc))
            raise

    def _on_button(self, body: dict, action: dict) -> None:
        inbox = self.inbox
        user = (body.get("user") or {}).get("id", "")
        channel = (body.get("channel") or {}).get("id", "")
        qid, _, idx = str(action.get("value", "")).rpartition(":")
        if not (idx.isascii() and idx.isdigit()):  # "-1" would pick the last option
            log.warning("slack_inbound", outcome="refused", reason="bad option index", user=user, question_id=qid)
            self._tell(channel, user, "That button is not one of this question's options; nothing was answered.")
            return
        if not self.is_allowed(user):
            log.warning("slack_inbound", outcome="refused", reason="user not allowed", user=user, question_id=qid)
            self._tell(channel, user, "You are not on this asksafe inbox's allow-list; your answer was not used.")
            return
        try:
            q = inbox.question(qid)
            option = q.options[int(idx)]  # the option text comes from the stored question, not the payload
        except UnknownQuestionError:
            self._tell(channel, user, "That question is unknown to this inbox.")
            return
        except IndexError:
            self._tell(channel, user, "That button is not one of this question's options; nothing was answered.")
            return
        _, problem = self._answer(qid, option, user)
        if problem:
            self._tell(channel, user, problem)

    def _on_message(self, event: dict) -> None:
        inbox = self.inbox
        thread_ts, ts = event.get("thread_ts"), event.get("ts")
        if not thread_ts or thread_ts == ts or event.get("subtype") or event.get("bot_id"):
            return  # not a human's reply in a thread
        channel, user = event.get("channel", ""), event.get("user", "")
        qid = inbox.question_for_ref(self.name, f"{channel}:{thread_ts}")
        if qid is None:
            return  # a thread that is not one of our questions
        if not self.is_allowed(user):
            log.warning("slack_inbound", outcome="refused", reason="user not allowed", user=user, question_id=qid)
            self._tell(channel, user, "You are not on this asksafe inbox's allow-list; your answer was not used.",
                       thread_ts)
            return
        _, problem = self._answer(qid, str(event.get("text") or ""), user)
        if problem:
            self._tell(channel, user, problem, thread_ts)

    def asgi_app(self, *, path: str = "/slack/events", max_body: int = MAX_SLACK_BODY) -> Any:
        """The Events API / interactivity endpoint as an ASGI app (run it with :meth:`serve` or any ASGI server).

        Refuses, before bolt parses anything: another path or method (404/405), a body over ``max_body``
        (413, from Content-Length, before reading), a missing or wrong signature (401). A valid request
        is dispatched to the bolt app in a worker thread, so a slow answer never blocks the server.
        """
        from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
        from slack_sdk.signature import SignatureVerifier
        from starlette.concurrency import run_in_threadpool
        from starlette.requests import Request
        from starlette.responses import PlainTextResponse

        from asksafe.adapters.http import BodyLimit, BodyTooLarge, content_length, read_body

        verifier = SignatureVerifier(self._signing_secret)

        async def endpoint(scope: Any, receive: Any, send: Any) -> None:
            if scope["type"] != "http":
                return
            if scope["path"] != path:
                await PlainTextResponse("not found\n", 404)(scope, receive, send)
                return
            if scope["method"] != "POST":
                await PlainTextResponse("method not allowed\n", 405)(scope, receive, send)
                return
            headers = Request(scope).headers
            if content_length(scope) is None or not headers.get("x-slack-signature") or \
                    not headers.get("x-slack-request-timestamp"):
                log.warning("slack_inbound", outcome="refused", reason="unsigned or no Content-Length")
                await PlainTextResponse("unauthorized\n", 401, headers={"connection": "close"})(scope, receive, send)
                return
            try:
                body = await read_body(receive, max_body)
            except BodyTooLarge:
                await PlainTextResponse("request body too large\n", 413,
                                        headers={"connection": "close"})(scope, receive, send)
                return
            if not verifier.is_valid_request(body, {k: v for k, v in headers.items()}):
                log.warning("slack_inbound", outcome="refused", reason="bad signature")
                await PlainTextResponse("unauthorized\n", 401)(scope, receive, send)
                return
            bolt_resp = await run_in_threadpool(self.app.dispatch, to_bolt_request(Request(scope), body))
            await to_starlette_response(bolt_resp)(scope, receive, send)

        return BodyLimit(endpoint, max_body)

    def http_server(self, *, host: str = "127.0.0.1", port: int = 3000, limits: Any = None) -> Any:
        """A ``uvicorn.Server`` for :meth:`asgi_app` with the limits of :class:`asksafe.adapters.http.HttpLimits`."""
        import uvicorn

        from asksafe.adapters.http import HttpLimits, uvicorn_config

        limits = limits or HttpLimits(max_body=MAX_SLACK_BODY)
        return uvicorn.Server(uvicorn_config(self.asgi_app(max_body=limits.max_body), host=host, port=port,
                                             limits=limits))

    def serve(self, port: int = 3000, *, host: str = "127.0.0.1", socket_mode_token: str | None = None,
              limits: Any = None) -> None:
        """Serve Slack's requests: HTTP on ``host:port`` (path ``/slack/events``) under uvicorn, or Socket Mode
        with an ``xapp-`` token. Behind a TLS proxy, keep ``host`` on loopback and let the proxy face Slack."""
        token = socket_mode_token or os.environ.get("SLACK_APP_TOKEN")
        if token:
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            SocketModeHandler(self.app, token).start()
        else:
            self.http_server(host=host, port=port, limits=limits).run()


def slack_from_env(inbox: Inbox, **kwargs: Any) -> SlackChannel:
    """A SlackChannel configured from ``$SLACK_BOT_TOKEN``, ``$SLACK_SIGNING_SECRET``,
    ``$ASKSAFE_SLACK_CHANNEL``, ``$ASKSAFE_SLACK_ALLOWED_USERS`` and ``$ASKSAFE_SLACK_ALLOWED_GROUPS``
    (comma-separated ids)."""

    def ids(name: str) -> list[str]:
        return [x.strip() for x in os.environ.get(name, "").split(",") if x.strip()]

    kwargs.setdefault("channel", os.environ.get("ASKSAFE_SLACK_CHANNEL", ""))
    kwargs.setdefault("allowed_users", ids("ASKSAFE_SLACK_ALLOWED_USERS"))
    kwargs.setdefault("allowed_groups", ids("ASKSAFE_SLACK_ALLOWED_GROUPS"))
    return SlackChannel(inbox, **kwargs)
