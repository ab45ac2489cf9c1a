"""The web inbox refuses before it reads: auth, Origin, size; forged values are 4xx, never 500."""

from __future__ import annotations

import re
import socket
import threading
import time

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from asksafe.adapters.web import create_app, parse_tokens  # noqa: E402
from asksafe.cli import app as cli_app  # noqa: E402
from asksafe.errors import ConfigError  # noqa: E402

ANA = "tok-ana-0123456789abcdef"
ORIGIN = {"Origin": "http://testserver"}


@pytest.fixture
def client(inbox):
    return TestClient(create_app(inbox, [f"ana={ANA}"]), follow_redirects=False, headers=ORIGIN)


def _session(client: TestClient) -> str:
    assert client.post("/login", data={"token": ANA}).status_code == 303
    return re.search(r'name="csrf" value="([0-9a-f]+)"', client.get("/").text).group(1)


@pytest.fixture
def live(inbox):
    """The app under plain uvicorn (as a user would run create_app) on loopback."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(inbox, [f"ana={ANA}"]), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    yield port
    server.should_exit = True
    thread.join(10)


def _raw(port: int, head: bytes, body: bytes = b"", wait: float = 3.0) -> bytes:
    """Send a request head (and the start of a body), then read what comes back within ``wait`` s."""
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as s:
        s.sendall(head + body)
        got = b""
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                got += chunk
                if b"\r\n\r\n" in got:
                    break
        except TimeoutError:
            pass
        return got


# ── item 2: auth and size before the body ──────────────────────────────────


def test_an_unauthenticated_huge_multipart_post_is_refused_before_its_body_is_read(live, inbox):
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = inbox.pending()
    head = (f"POST /questions/{q.id}/answer HTTP/1.1\r\nHost: 127.0.0.1:{live}\r\n"
            "Content-Type: multipart/form-data; boundary=XX\r\nContent-Length: 314572800\r\n\r\n").encode()
    t0 = time.perf_counter()
    got = _raw(live, head, b"--XX\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n" + b"x" * 65536)
    assert got.startswith(b"HTTP/1.1 401"), got[:200]  # answered while 300 MB were still unsent
    assert time.perf_counter() - t0 < 2.5
    assert inbox.pending()


def test_an_authenticated_oversized_or_multipart_post_is_refused_before_reading(live, inbox):
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = inbox.pending()
    base = (f"POST /questions/{q.id}/answer HTTP/1.1\r\nHost: 127.0.0.1:{live}\r\nOrigin: http://127.0.0.1:{live}\r\n"
            f"Authorization: Bearer {ANA}\r\n")
    got = _raw(live, (base + "Content-Type: application/x-www-form-urlencoded\r\n"
                      "Content-Length: 314572800\r\n\r\n").encode(), b"text=" + b"x" * 65536)
    assert got.startswith(b"HTTP/1.1 413"), got[:200]
    got = _raw(live, (base + "Content-Type: multipart/form-data; boundary=XX\r\nContent-Length: 1000\r\n\r\n").encode())
    assert got.startswith(b"HTTP/1.1 415"), got[:200]
    assert inbox.pending()


def test_a_chunked_body_past_the_limit_is_cut_off(client, inbox):
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = inbox.pending()
    csrf = _session(client)

    def chunks():
        yield f"csrf={csrf}&text=".encode()
        for _ in range(40):
            yield b"y" * 4096

    r = client.post(f"/questions/{q.id}/answer", content=chunks(),
                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413 and inbox.pending()


# ── Low items ──────────────────────────────────────────────────────────────


def test_non_ascii_cookie_or_csrf_values_are_4xx_not_500(client, inbox):
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = inbox.pending()
    for cookie in ("é.1.2.ü", "a.²³.c.d", "x" * 10 + "ï"):
        raw = f"asksafe_session={cookie}".encode()  # sent as UTF-8 bytes, as a hostile client may
        assert client.get("/", headers={"Cookie": raw}).status_code == 401
    _session(client)
    r = client.post(f"/questions/{q.id}/answer", data={"text": "red", "csrf": "ü" * 64})
    assert r.status_code == 403 and inbox.pending()


def test_a_get_with_a_token_does_not_sign_in_and_a_cross_site_login_post_is_refused(client):
    r = client.get("/", params={"token": ANA})
    assert r.status_code == 200 and "set-cookie" not in r.headers and "Sign in as ana" in r.text
    for headers in ({"Origin": "https://evil.example"}, {"Origin": "null"}):
        evil = TestClient(client.app, follow_redirects=False, headers=headers)
        r = evil.post("/login", data={"token": ANA})
        assert r.status_code == 403 and "set-cookie" not in r.headers
    bare = TestClient(client.app, follow_redirects=False)  # no Origin at all
    assert bare.post("/login", data={"token": ANA}).status_code == 403
    assert client.post("/login", data={"token": "tok-wrong-0123456789abcdef"}).status_code == 401
    assert client.post("/login", data={"token": ANA}).status_code == 303


def test_the_origin_must_match_scheme_host_and_port_and_must_be_present(client, inbox):
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = inbox.pending()
    csrf = _session(client)
    url = f"/questions/{q.id}/answer"
    for origin in ("https://testserver", "http://testserver:8080", "http://testserver.evil.example",
                   "http://evil.example"):
        assert client.post(url, data={"text": "red", "csrf": csrf}, headers={"Origin": origin}).status_code == 403
    no_origin = TestClient(client.app, follow_redirects=False, cookies=client.cookies)
    assert no_origin.post(url, data={"text": "red", "csrf": csrf}).status_code == 403
    assert inbox.pending()
    assert client.post(url, data={"text": "red", "csrf": csrf},
                       headers={"Origin": "http://testserver:80"}).status_code == 303


def test_secure_cookies_option(inbox):
    c = TestClient(create_app(inbox, [f"ana={ANA}"], secure_cookies=True), follow_redirects=False,
                   base_url="https://testserver", headers={"Origin": "https://testserver"})
    r = c.post("/login", data={"token": ANA})
    assert r.status_code == 303 and "Secure" in r.headers["set-cookie"]
    assert "--secure-cookies" in CliRunner().invoke(cli_app, ["inbox", "--help"]).output


def test_the_option_field_accepts_only_offered_options(client, inbox):
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = inbox.pending()
    csrf = _session(client)
    r = client.post(f"/questions/{q.id}/answer", data={"option": "rm -rf / please", "csrf": csrf})
    assert r.status_code == 400 and "not one this question offers" in r.text and inbox.pending()
    assert client.post(f"/questions/{q.id}/answer", data={"option": "blue", "csrf": csrf}).status_code == 303
    assert inbox.question(q.id).answer == "blue"


def test_a_bare_token_with_equals_is_refused_without_echoing_it_and_duplicates_are_refused():
    secret = "c2VjcmV0LXRva2VuLWZvci1hbmE="  # base64, ends with '='
    with pytest.raises(ConfigError) as exc:
        parse_tokens([secret])
    assert "c2VjcmV0" not in str(exc.value) and "token #1" in str(exc.value)
    with pytest.raises(ConfigError, match="named 'ana'"):
        parse_tokens(["ana=tok-ana-0123456789abcdef", "ana=tok-ana2-0123456789abcdef"])
    with pytest.raises(ConfigError, match="given twice"):
        parse_tokens(["ana=tok-ana-0123456789abcdef", "bo=tok-ana-0123456789abcdef"])
    assert parse_tokens(["ana=abc=def-0123456789abcdef"]) == {"abc=def-0123456789abcdef": "ana"}


def test_an_idle_partial_request_is_closed_after_the_request_timeout(inbox):
    import uvicorn

    from asksafe.adapters.http import HttpLimits, uvicorn_config

    server = uvicorn.Server(uvicorn_config(create_app(inbox, [f"ana={ANA}"]), port=0,
                                           limits=HttpLimits(request_timeout=1.0)))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        for partial in (b"GET / HTTP/1.1\r\nHost: x\r\n", b"POST /login HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n"
                        b"Content-Type: application/x-www-form-urlencoded\r\nOrigin: http://x\r\n\r\ntoken="):
            with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
                s.sendall(partial)
                t0 = time.perf_counter()
                got = s.recv(65536)  # b"" when the server closes the connection
                assert got == b"" and time.perf_counter() - t0 < 3.0, got[:100]
        with socket.create_connection(("127.0.0.1", port), timeout=5) as s:  # a whole request is still served
            s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            assert s.recv(65536).startswith(b"HTTP/1.1 401")
    finally:
        server.should_exit = True
        thread.join(10)
