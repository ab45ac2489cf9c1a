"""The web inbox: token access, CSRF, escaping, and answering in a real headless Chromium."""

from __future__ import annotations

import os
import re
import socket
import threading
import time

import pytest
from channel_support import agent_calls

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from asksafe.adapters.web import create_app  # noqa: E402
from asksafe.errors import ConfigError  # noqa: E402

ANA = "tok-ana-0123456789abcdef"
SAME_ORIGIN = {"Origin": "http://testserver"}  # what a browser sends with a form POST from the inbox
BO = "tok-bo-0123456789abcdef"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture
def client(inbox):
    return TestClient(create_app(inbox, [f"ana={ANA}", f"bo={BO}"]), follow_redirects=False, headers=SAME_ORIGIN)


def _login(client: TestClient, token: str = ANA) -> str:
    r = client.get("/", params={"token": token})
    assert r.status_code == 200 and "set-cookie" not in r.headers and 'action="/login"' in r.text
    r = client.post("/login", data={"token": token})
    assert r.status_code == 303 and r.headers["location"] == "/"
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    page = client.get("/")
    assert page.status_code == 200
    return re.search(r'name="csrf" value="([0-9a-f]+)"', page.text).group(1)


def test_no_token_or_a_bad_token_gets_401_and_no_page(client, inbox):
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    for r in (client.get("/"), client.get("/", params={"token": "tok-wrong-0123456789abcdef"}),
              client.get("/", headers={"Authorization": "Bearer tok-wrong-0123456789abcdef"}),
              TestClient(client.app, cookies={"asksafe_session": "forged.1.2.deadbeef"}).get("/")):
        assert r.status_code == 401 and "Which color" not in r.text and "<html" not in r.text
    q = inbox.pending()[0]
    r = client.post(f"/questions/{q.id}/answer", data={"text": "red", "csrf": "x"})
    assert r.status_code == 401 and inbox.pending()


def test_weak_or_missing_tokens_are_a_config_error(inbox, monkeypatch):
    monkeypatch.delenv("ASKSAFE_INBOX_TOKENS", raising=False)
    with pytest.raises(ConfigError, match="at least one access token"):
        create_app(inbox, [])
    with pytest.raises(ConfigError, match="at least 16 characters"):
        create_app(inbox, ["ana=short"])


def test_posting_without_or_with_a_bad_csrf_token_is_refused(client, inbox):
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = inbox.pending()
    csrf = _login(client)
    url = f"/questions/{q.id}/answer"
    assert client.post(url, data={"text": "red"}).status_code == 403
    assert client.post(url, data={"text": "red", "csrf": "0" * 64}).status_code == 403
    other = TestClient(client.app, follow_redirects=False, headers=SAME_ORIGIN)
    other_csrf = _login(other, BO)  # a valid token of another session is not this session's
    assert client.post(url, data={"text": "red", "csrf": other_csrf}).status_code == 403
    r = client.post(url, data={"text": "red", "csrf": csrf}, headers={"Origin": "https://evil.example"})
    assert r.status_code == 403
    assert [p.id for p in inbox.pending()] == [q.id]
    r = client.post(url, data={"text": "red", "csrf": csrf})
    assert r.status_code == 303 and inbox.pending() == []


def test_bearer_token_clients_answer_with_their_bound_csrf(client, inbox):
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = inbox.pending()
    auth = {"Authorization": f"Bearer {BO}"}
    page = client.get("/", headers=auth)
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page.text).group(1)
    r = client.post(f"/questions/{q.id}/answer", data={"option": "blue", "csrf": csrf}, headers=auth)
    assert r.status_code == 303
    assert inbox.question(q.id).responder == "bo" and inbox.question(q.id).channel == "web"


def test_user_text_is_escaped(client, inbox):
    inbox.start("<script>alert('task')</script> [ask:color]", thread_id="t1")
    [q] = inbox.pending()
    csrf = _login(client)
    page = client.get("/").text
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#39;task&#39;)&lt;/script&gt;" in page
    client.post(f"/questions/{q.id}/answer", data={"text": "<img src=x onerror=alert(1)>", "csrf": csrf})
    page = client.get("/").text
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "default-src 'none'" in client.get("/").headers["content-security-policy"]


def test_a_second_or_oversized_answer_gets_a_clear_page(client, inbox):
    inbox.start("Paint the fence [ask:color]", thread_id="t1")
    [q] = inbox.pending()
    csrf = _login(client)
    url = f"/questions/{q.id}/answer"
    r = client.post(url, data={"text": "x" * 5000, "csrf": csrf})
    assert r.status_code == 400 and "limit" in r.text
    assert client.post(url, data={"text": "red", "csrf": csrf}).status_code == 303
    r = client.post(url, data={"text": "blue", "csrf": csrf})
    assert r.status_code == 409 and "already answered by ana via web" in r.text
    assert client.post("/questions/nope/answer", data={"text": "x", "csrf": csrf}).status_code == 404


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def live_server(inbox):
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(inbox, {ANA: "ana"}), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="needs Debian's chromium (.ci/install_system.sh)")
def test_answering_in_a_real_browser_resumes_the_run(live_server, inbox, agent_log):
    from playwright.sync_api import sync_playwright

    inbox.start("Paint the fence [ask:color]", thread_id="fence")
    inbox.start("Build the shed [ask:size]", thread_id="shed")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            resp = page.goto(f"{live_server}/")
            assert resp.status == 401
            page.goto(f"{live_server}/?token={ANA}")
            page.click("#signin")  # a same-origin POST sets the session
            page.wait_for_url(f"{live_server}/")
            assert page.url == f"{live_server}/"  # the token left the address bar
            assert page.inner_text("#who") == "ana"
            cards = page.locator("#pending .q")
            assert cards.count() == 2
            assert "Which size" in cards.nth(0).inner_text()  # newest first
            fence = page.locator(".q", has_text="Which color")
            assert "Paint the fence" in fence.inner_text() and "deadline" in fence.inner_text()
            fence.locator("textarea[name=text]").fill("blue, like the sky")
            fence.locator("button.send").click()
            page.wait_for_selector("#flash")
            assert page.locator("#pending .q").count() == 1
            assert "Which color" not in page.inner_text("#pending")
            assert "blue, like the sky" in page.inner_text("#history")
            page.locator(".q", has_text="Which size").get_by_role("button", name="large").click()
            page.wait_for_selector("#empty")
        finally:
            browser.close()
    runs = {r.thread_id: r for r in inbox.runs()}
    assert runs["fence"].status == "done" and "blue, like the sky" in runs["fence"].result_excerpt
    assert runs["shed"].status == "done" and "large" in runs["shed"].result_excerpt
    assert len(agent_calls(agent_log)) == 2
