"""Serving the channels over HTTP: uvicorn with timeouts, a body limit and loopback by default.

>>> from asksafe.adapters.http import serve_asgi, HttpLimits
>>> serve_asgi(app, host="127.0.0.1", port=8765, limits=HttpLimits(max_body=64 * 1024))

What it guards against (each one measured in ``tests/test_http_limits.py``):

- a connection that sends part of a request and then nothing: closed after
  ``request_timeout`` seconds (uvicorn only times out idle keep-alive
  connections, not a request that never finishes);
- an oversized body: refused with 413 from its ``Content-Length`` before a byte
  of it is read, and a chunked body is cut off once it passes ``max_body``;
- headers larger than ``max_header`` bytes (h11's limit): 400;
- too many connections at once (``max_connections``): 503 for the extra ones.

Needs uvicorn (``asksafe[web]`` or ``asksafe[slack]``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

DEFAULT_HOST = "127.0.0.1"


@dataclass(frozen=True)
class HttpLimits:
    """Limits for one HTTP front end; the defaults suit a Slack endpoint or an answer form."""

    max_body: int = 64 * 1024  # an answer is at most 4,000 characters; Slack payloads are a few KB
    request_timeout: float = 10.0  # seconds to receive a whole request (headers and body)
    keep_alive: float = 5.0  # seconds an idle keep-alive connection stays open
    max_header: int = 16 * 1024
    max_connections: int = 1000


class BodyTooLarge(Exception):
    """Raised inside ``receive`` when a body without a Content-Length passes the limit."""


async def _plain(send: Send, status: int, text: str, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    body = f"{status} {text}\n".encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close"), *(headers or [])]})
    await send({"type": "http.response.body", "body": body})


def content_length(scope: Scope) -> int | None:
    """The request's Content-Length (None when absent); -1 when it is not a number."""
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            return int(value) if value.isdigit() else -1
    return None


class BodyLimit:
    """ASGI middleware: refuse a body over ``max_body`` bytes before reading it (413)."""

    def __init__(self, app: ASGIApp, max_body: int):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = content_length(scope)
        if length is not None and (length < 0 or length > self.max_body):
            await _plain(send, 413, f"request body too large (limit {self.max_body} bytes)")
            return
        seen = 0
        started = refused = False

        async def limited() -> Message:
            nonlocal seen, started, refused
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_body:
                    if not started:  # answer now: the app may turn the error into its own 400
                        started = refused = True
                        await _plain(send, 413, f"request body too large (limit {self.max_body} bytes)")
                    raise BodyTooLarge(f"request body passed {self.max_body} bytes")
            return msg

        async def tracked(msg: Message) -> None:
            nonlocal started
            if refused:
                return  # the 413 is already out; drop what the app says after the cut
            started = started or msg["type"] == "http.response.start"
            await send(msg)

        try:
            await self.app(scope, limited, tracked)
        except BodyTooLarge:
            pass


async def read_body(receive: Receive, max_body: int) -> bytes:
    """The whole body, at most ``max_body`` bytes (:class:`BodyTooLarge` past it)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        msg = await receive()
        if msg["type"] == "http.disconnect":
            raise BodyTooLarge("client disconnected")
        chunk = msg.get("body", b"")
        size += len(chunk)
        if size > max_body:
            raise BodyTooLarge(f"request body passed {max_body} bytes")
        chunks.append(chunk)
        if not msg.get("more_body"):
            return b"".join(chunks)


def _replay(body: bytes) -> Receive:
    """A ``receive`` that hands the app a body already read (and checked)."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.Event().wait()  # then wait for a disconnect that never matters
        return {"type": "http.disconnect"}

    return receive


def _protocol_class(request_timeout: float) -> type:
    """uvicorn's h11 protocol with a deadline for receiving each whole request."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class GuardedH11Protocol(H11Protocol):
        _deadline: asyncio.TimerHandle | None = None

        def _arm(self) -> None:
            self._disarm()
            self._deadline = self.loop.call_later(request_timeout, self._too_slow)

        def _disarm(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
                self._deadline = None

        def _too_slow(self) -> None:
            self._deadline = None
            if not self.transport.is_closing() and self.conn.their_state is not h11.DONE:
                self.transport.close()  # a partial request that stopped: free the connection

        def connection_made(self, transport: Any) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def data_received(self, data: bytes) -> None:
            if self._deadline is None and self.conn.their_state is h11.IDLE:
                self._arm()  # the first bytes of the next request on a kept-alive connection
            super().data_received(data)
            if self.conn.their_state is h11.DONE:
                self._disarm()  # received in full: the app's own time is not limited here

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

    return GuardedH11Protocol


def uvicorn_config(app: ASGIApp, *, host: str = DEFAULT_HOST, port: int = 0,
                   limits: HttpLimits = HttpLimits(), **kwargs: Any) -> Any:
    """A ``uvicorn.Config`` with the limits applied (h11, request deadline, keep-alive, connections)."""
    import uvicorn

    return uvicorn.Config(BodyLimit(app, limits.max_body), host=host, port=port, http=_protocol_class(
        limits.request_timeout), timeout_keep_alive=int(max(1, limits.keep_alive)),
        h11_max_incomplete_event_size=limits.max_header, limit_concurrency=limits.max_connections,
        log_level=kwargs.pop("log_level", "warning"), lifespan="off", ws="none", **kwargs)


def serve_asgi(app: ASGIApp, *, host: str = DEFAULT_HOST, port: int = 8765, limits: HttpLimits = HttpLimits(),
               **kwargs: Any) -> None:
    """Run ``app`` under uvicorn with the limits (blocks until SIGINT/SIGTERM)."""
    import uvicorn

    uvicorn.Server(uvicorn_config(app, host=host, port=port, limits=limits, **kwargs)).run()
