"""Slack over HTTP under uvicorn: loopback by default, timeouts, size and signature before parsing;
an event is marked seen only once handled; option indexes are what was offered."""

from __future__ import annotations

import hashlib
import hmac
import inspect
import socket
import threading
import time

import pytest
from channel_support import agent_calls

pytest.importorskip("slack_bolt")
from slack_fake import BOT_TOKEN, SIGNING_SECRET, FakeSlack, button_click, signed, thread_reply  # noqa: E402
from slack_sdk import WebClient  # noqa: E402

from asksafe.adapters import SlackChannel  # noqa: E402

CH, ANA = "C0QUESTIONS", "U0ANA"


@pytest.fixture
def fake():
    with FakeSlack() as f:
        yield f


@pytest.fixture
def slack(inbox, fake):
    return SlackChannel(inbox, channel=CH, signing_secret=SIGNING_SECRET, allowed_users=[ANA],
                        client=WebClient(token=BOT_TOKEN, base_url=fake.base_url), process_before_response=True)


@pytest.fixture
def served(slack):
    """``slack.http_server()`` (what ``serve()`` runs) on a free loopback port, in a thread."""
    server = slack.http_server(port=0)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield port
    server.should_exit = True
    thread.join(10)


def _post(port: int, body: str, ctype: str, *, sign: bool = True, secret: str = SIGNING_SECRET,
          timeout: float = 5.0) -> bytes:
    ts = str(int(time.time()))
    head = f"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
    if sign:
        sig = "v0=" + hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
        head += f"X-Slack-Request-Timestamp: {ts}\r\nX-Slack-Signature: {sig}\r\n"
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall((head + "Connection: close\r\n\r\n" + body).encode())
        got = b""
        while chunk := s.recv(65536):
            got += chunk
        return got


def test_serve_binds_loopback_by_default():
    assert inspect.signature(SlackChannel.serve).parameters["host"].default == "127.0.0.1"


def test_an_idle_connection_does_not_stop_the_endpoint_and_a_valid_click_is_served(served, inbox, slack, fake):
    inbox.start("Paint the fence [ask:color]", thread_id="fence")
    [qid] = slack.post_pending()
    idle = [socket.create_connection(("127.0.0.1", served)) for _ in range(3)]
    idle[0].sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\n")  # a partial request, then nothing
    try:
        body, ctype = button_click(qid, 1, user=ANA, channel=CH, message_ts="1700000001.000100")
        got = _post(served, body, ctype)
        assert got.startswith(b"HTTP/1.1 200"), got[:200]
        assert inbox.question(qid).answer == "blue"
    finally:
        for s in idle:
            s.close()


def test_a_huge_unsigned_body_is_refused_before_it_is_read(served, inbox, slack):
    inbox.start("Paint the fence [ask:color]", thread_id="fence")
    head = (b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 52428800\r\n\r\n")
    t0 = time.perf_counter()
    with socket.create_connection(("127.0.0.1", served), timeout=5) as s:
        s.sendall(head + b"{" + b" " * 65536)
        got = s.recv(65536)
    assert got.startswith(b"HTTP/1.1 413"), got[:200]
    assert time.perf_counter() - t0 < 3 and inbox.pending()


def test_the_signature_is_verified_before_bolt_parses_anything(served, inbox, slack, monkeypatch):
    inbox.start("Paint the fence [ask:color]", thread_id="fence")
    [qid] = slack.post_pending()
    dispatched = []
    real = slack.app.dispatch
    monkeypatch.setattr(slack.app, "dispatch", lambda req: dispatched.append(req) or real(req))
    body, ctype = button_click(qid, 0, user=ANA, channel=CH, message_ts="1700000001.000100")
    for kwargs in ({"sign": False}, {"secret": "not-the-signing-secret"}):
        got = _post(served, body, ctype, **kwargs)
        assert got.startswith(b"HTTP/1.1 401"), got[:200]
    assert _post(served, "payload=%7Bnot json", "application/x-www-form-urlencoded",
                 secret="wrong").startswith(b"HTTP/1.1 401")
    assert dispatched == [] and inbox.question(qid).status == "pending"
    assert _post(served, body, ctype).startswith(b"HTTP/1.1 200") and len(dispatched) == 1


def test_a_retry_after_our_500_is_processed(inbox, slack, fake, agent_log, monkeypatch):
    inbox.start("Paint the fence [ask:color]", thread_id="fence")
    [qid] = slack.post_pending()
    real = inbox.answer
    failures = []

    def flaky(*args, **kwargs):  # the database is briefly unavailable for the first delivery
        if not failures:
            failures.append(1)
            raise ConnectionError("inbox database unavailable")
        return real(*args, **kwargs)

    monkeypatch.setattr(inbox, "answer", flaky)
    body, ctype = thread_reply("red", user=ANA, channel=CH, thread_ts="1700000001.000100", event_id="EvFlaky")
    first = slack.app.dispatch(signed(body, content_type=ctype))
    assert first.status >= 500 and inbox.question(qid).status == "pending"
    retry = slack.app.dispatch(signed(body, content_type=ctype, retry_num=1))
    assert retry.status == 200 and inbox.question(qid).answer == "red"
    assert slack.app.dispatch(signed(body, content_type=ctype, retry_num=2)).status == 200  # handled: dropped
    assert len(agent_calls(agent_log)) == 1 and len(fake.of("chat.update")) == 1


def test_option_index_minus_one_is_refused(inbox, slack, fake):
    inbox.start("Paint the fence [ask:color]", thread_id="fence")
    [qid] = slack.post_pending()
    body, ctype = button_click(qid, 0, user=ANA, channel=CH, message_ts="1700000001.000100")
    body = body.replace("%3A0", "%3A-1")  # the value is "<qid>:-1" (a forged, correctly signed click)
    assert slack.app.dispatch(signed(body, content_type=ctype)).status == 200
    assert inbox.question(qid).status == "pending"
    assert "not one of" in fake.of("chat.postEphemeral")[0]["text"]
