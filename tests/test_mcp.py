"""`asksafe mcp`: the official MCP SDK's client, over stdio and streamable HTTP, against the real server.

Every server here is a subprocess (`python -m asksafe.cli mcp ...`) on a fresh
SQLite inbox; answers come through the web inbox's API (adapters/web.py) in
this process, on the same file. Holds and waits are short to keep this fast.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import subprocess
import sys
import time
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

pytest.importorskip("mcp")
pytest.importorskip("fastapi")
import httpx  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from mcp import ClientSession, StdioServerParameters  # noqa: E402
from mcp.client.stdio import stdio_client  # noqa: E402
from mcp.client.streamable_http import streamable_http_client  # noqa: E402

from asksafe.adapters.web import create_app  # noqa: E402
from asksafe.inbox import Inbox  # noqa: E402

TOKEN = "tok-mcp-0123456789abcdef"
WEB = "tok-web-0123456789abcdef"
ENV = {**os.environ, "ASKSAFE_LOG": "off"}
TOOLS = {"assess", "ask_human", "get_answer", "list_pending"}


def _cmd(db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "asksafe.cli", "mcp", "--db", str(db), *extra]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class HttpServer:
    """`asksafe mcp --transport http` as a subprocess."""

    def __init__(self, db: Path, *extra: str, port: int | None = None):
        self.db, self.extra, self.port = db, extra, port or _free_port()
        self.url = f"http://127.0.0.1:{self.port}/mcp"
        self.proc: subprocess.Popen | None = None

    def start(self, stdin=subprocess.DEVNULL) -> HttpServer:
        self.proc = subprocess.Popen(
            _cmd(self.db, "--transport", "http", "--port", str(self.port), "--token", f"tester={TOKEN}", *self.extra),
            env=ENV, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        end = time.monotonic() + 90
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                raise AssertionError(f"the server exited: {self.proc.stderr.read()[-3000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.2)
        raise AssertionError("the server did not start listening in 90 s")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    @asynccontextmanager
    async def client(self, token: str = TOKEN):
        http = httpx.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=httpx.Timeout(30, read=120))
        async with http, streamable_http_client(self.url, http_client=http) as (read, write, _), \
                ClientSession(read, write) as session:
            await session.initialize()
            yield session


@asynccontextmanager
async def stdio_session(db: Path, *extra: str):
    params = StdioServerParameters(command=sys.executable, args=_cmd(db, *extra)[1:], env=ENV)
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        yield session


class WebInbox:
    """A responder on the web inbox's API: bearer token, the page's CSRF token, the answer form."""

    def __init__(self, db: Path):
        self.inbox = Inbox(str(db))
        self.web = TestClient(create_app(self.inbox, [f"ana={WEB}"]), follow_redirects=False)
        self.auth = {"Authorization": f"Bearer {WEB}"}
        self.csrf = ""

    def page(self) -> str:
        r = self.web.get("/", headers=self.auth)
        assert r.status_code == 200
        found = re.search(r'name="csrf" value="([0-9a-f]+)"', r.text)  # bound to the bearer token
        self.csrf = found.group(1) if found else self.csrf  # no form when nothing is pending: keep the last
        return r.text

    def answer(self, question_id: str, text: str) -> int:
        self.page()
        return self.web.post(f"/questions/{question_id}/answer", data={"text": text, "csrf": self.csrf},
                             headers={**self.auth, "Origin": "http://testserver"}).status_code


async def call(session: ClientSession, tool: str, **args) -> dict:
    res = await session.call_tool(tool, args)
    assert not res.isError, res.content[0].text
    return res.structuredContent


async def error_of(session: ClientSession, tool: str, **args) -> str:
    res = await session.call_tool(tool, args)
    assert res.isError, res.structuredContent
    return res.content[0].text


async def settled(session: ClientSession, qid: str, wait_s: float = 1.0, tries: int = 60) -> dict:
    """Poll as an agent does: get_answer(wait_s) until the question is no longer pending (bounded)."""
    for _ in range(tries):
        got = await call(session, "get_answer", question_id=qid, wait_s=wait_s)
        if got["status"] != "pending":
            break
    return got


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 240))


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "runs.sqlite"


# ── every tool, over both transports ────────────────────────────────────────


def test_stdio_client_calls_every_tool_and_bad_arguments_are_clear_errors(db):
    async def go():
        async with stdio_session(db, "--hold", "0.5") as s:
            assert {t.name for t in (await s.list_tools()).tools} == TOOLS
            a = await call(s, "assess", task="Email the report to the team")
            assert set(a) >= {"should_ask", "p_blocker", "blockers", "questions", "decision", "policy"}
            assert a["policy"] == "balanced" and 0 <= a["p_blocker"] <= 1
            assert a["should_ask"] == (a["decision"] == "ask")

            t0 = time.monotonic()
            asked = await call(s, "ask_human", question="Which team mailing list should get the report?",
                               options=["ops@example.com", "all@example.com"], context="report.pdf, weekly")
            assert asked["status"] == "pending" and 0.4 < time.monotonic() - t0 < 10  # held, then pending
            qid = asked["question_id"]
            [p] = (await call(s, "list_pending"))["questions"]
            assert p["question_id"] == qid
            assert (await call(s, "get_answer", question_id=qid))["status"] == "pending"

            assert WebInbox(db).answer(qid, "ops@example.com") == 303
            got = await call(s, "get_answer", question_id=qid, wait_s=0.5)
            assert (got["status"], got["answer"], got["responder"], got["channel"]) == (
                "answered", "ops@example.com", "ana", "web")
            assert (await call(s, "list_pending"))["questions"] == []

            # bad arguments: MCP errors that say what is wrong; the server keeps serving
            assert "question" in await error_of(s, "ask_human") and "Field required" in await error_of(s, "ask_human")
            big = await error_of(s, "ask_human", question="x" * 1_000_000)
            assert "1,000,000 characters; the limit is 2,000" in big and len(big) < 500
            assert "no question 'no-such-id'" in await error_of(s, "get_answer", question_id="no-such-id")
            assert "'timeout_s' must be a positive number of seconds, got -5" in await error_of(
                s, "ask_human", question="Which port?", timeout_s=-5)
            assert "'wait_s' must be >= 0" in await error_of(s, "get_answer", question_id=qid, wait_s=-1)
            assert "'task' is empty" in await error_of(s, "assess", task="  ")
            assert (await call(s, "get_answer", question_id=qid))["answer"] == "ops@example.com"

    run(go())
    audit = Inbox(str(db)).audit()
    asked = next(a for a in audit if a.event == "asked")
    assert asked.channel == "mcp" and asked.actor.startswith("mcp ") and asked.detail.startswith("mcp session ")
    assert [a.event for a in audit] == ["asked", "answered", "resumed"]  # one answer, handed over once


def test_http_client_calls_every_tool_and_a_held_question_is_answered_on_the_web(db):
    server = HttpServer(db, "--hold", "1").start()
    web = WebInbox(db)

    async def go():
        async with server.client() as s:
            assert {t.name for t in (await s.list_tools()).tools} == TOOLS
            a = await call(s, "assess", task="Delete the old rows", context="table events(id, created_at)")
            assert a["decision"] in ("act", "ask") and isinstance(a["blockers"], list)

            t0 = time.monotonic()
            asked = await call(s, "ask_human", question="How old is an old row: 30 or 90 days?", timeout_s=60)
            assert asked["status"] == "pending" and time.monotonic() - t0 >= 0.9  # held past --hold, then pending
            qid = asked["question_id"]
            assert [q["question_id"] for q in (await call(s, "list_pending"))["questions"]] == [qid]
            assert "How old is an old row" in web.page()  # the web inbox shows it

            async def human():
                await asyncio.sleep(0.5)
                return await asyncio.to_thread(web.answer, qid, "90 days")

            got, status = await asyncio.gather(settled(s, qid), human())
            assert status == 303 and (got["status"], got["answer"]) == ("answered", "90 days")

    try:
        run(go())
    finally:
        server.stop()
    rows = [a for a in Inbox(str(db)).audit() if a.event == "asked"]
    assert "(token tester)" in rows[0].actor  # which client asked: its bearer token's name


# ── durability ──────────────────────────────────────────────────────────────


def test_a_pending_question_survives_sigkill_and_is_answered_once_after_restart(db):
    port = _free_port()
    first = HttpServer(db, "--hold", "0.3", port=port).start()

    async def ask():
        async with first.client() as s:
            return (await call(s, "ask_human", question="Which branch should the fix go to?"))["question_id"]

    try:
        qid = run(ask())
    finally:
        first.kill()  # SIGKILL: no shutdown code runs
    assert first.proc.returncode == -signal.SIGKILL

    second = HttpServer(db, "--hold", "0.3", port=port).start()
    web = WebInbox(db)

    async def collect():
        async with second.client() as s:  # a new MCP session on the restarted server
            assert (await call(s, "get_answer", question_id=qid))["status"] == "pending"
            assert web.answer(qid, "release-2.1") == 303
            assert web.answer(qid, "main") == 409  # a second answer is refused
            got = await call(s, "get_answer", question_id=qid, wait_s=1)
            again = await call(s, "get_answer", question_id=qid)
            return got, again

    try:
        got, again = run(collect())
    finally:
        second.stop()
    assert (got["status"], got["answer"]) == ("answered", "release-2.1") and again == got
    events = [(a.event, a.question_id) for a in Inbox(str(db)).audit()]
    assert events == [("asked", qid), ("answered", qid), ("refused", qid), ("resumed", qid)]


def test_two_clients_at_once_and_twenty_concurrent_polls_lose_and_duplicate_nothing(db):
    server = HttpServer(db, "--hold", "0.5").start()
    web = WebInbox(db)

    async def go():
        async with server.client() as a, server.client() as b:
            qa, qb = await asyncio.gather(
                call(a, "ask_human", question="Which database should the migration run on?"),
                call(b, "ask_human", question="What is the retention period for the logs?"))
            assert qa["status"] == qb["status"] == "pending" and qa["question_id"] != qb["question_id"]
            ids = {"a": qa["question_id"], "b": qb["question_id"]}
            polls = [settled(a if i % 2 else b, ids["a" if i % 4 < 2 else "b"], wait_s=0.5) for i in range(20)]

            async def humans():
                await asyncio.sleep(0.5)
                return await asyncio.gather(
                    asyncio.to_thread(web.answer, ids["a"], "staging"),
                    asyncio.to_thread(web.answer, ids["b"], "30 days"),
                    asyncio.to_thread(web.answer, ids["a"], "production"))  # racing a second answer

            *results, codes = await asyncio.gather(*polls, humans())
            return ids, results, codes

    try:
        ids, results, codes = run(go())
    finally:
        server.stop()
    assert sorted(codes) == [303, 303, 409]
    want = {ids["a"]: "staging" if codes[0] == 303 else "production", ids["b"]: "30 days"}
    assert len(results) == 20 and all(r["status"] == "answered" for r in results)
    assert all(r["answer"] == want[r["question_id"]] for r in results)  # every poll got its own question's answer
    assert sorted(r["question_id"] for r in results) == sorted([ids["a"]] * 10 + [ids["b"]] * 10)
    audit = Inbox(str(db)).audit()
    for qid in ids.values():
        assert [a.event for a in audit if a.question_id == qid].count("answered") == 1
        assert [a.event for a in audit if a.question_id == qid].count("resumed") == 1  # handed over once
    sessions = {a.detail for a in audit if a.event == "asked"}
    assert len(sessions) == 2  # two MCP sessions, each on record


# ── per-session semantics: duplicates, budget, deadlines ────────────────────


def test_a_same_question_in_a_session_reuses_the_answer_and_the_budget_holds(db):
    async def go():
        async with stdio_session(db, "--hold", "0.2", "--max-questions", "2") as s:
            first = await call(s, "ask_human", question="Which color should the button be?")
            qid = first["question_id"]
            again = await call(s, "ask_human", question="What colour should the button be?")
            assert (again["status"], again["question_id"], again["deduplicated_from"]) == ("pending", qid, qid)
            assert WebInbox(db).answer(qid, "green") == 303
            dup = await call(s, "ask_human", question="What color should the button be?", options=["green", "red"])
            assert (dup["status"], dup["answer"], dup["deduplicated_from"]) == ("answered", "green", qid)
            other = await call(s, "ask_human", question="Which font size should the label use?")
            assert other["status"] == "pending" and other["question_id"] != qid
            over = await call(s, "ask_human", question="Should the dialog close on Escape?")
            assert over["status"] == "over_budget" and "budget" in over["instruction"]
        async with stdio_session(db, "--hold", "0.2", "--max-questions", "2") as s2:  # a new session
            fresh = await call(s2, "ask_human", question="What colour should the button be?")
            assert fresh["deduplicated_from"] is None and fresh["question_id"] != qid

    run(go())
    assert len([a for a in Inbox(str(db)).audit() if a.event == "asked"]) == 3


def test_a_question_past_its_deadline_expires_with_the_fallback(db):
    web = WebInbox(db)

    async def go():
        async with stdio_session(db, "--hold", "0.2", "--on-timeout", "stop") as s:
            asked = await call(s, "ask_human", question="May I drop the staging table?", timeout_s=1)
            assert "May I drop the staging table?" in web.page()
            await asyncio.sleep(1.2)
            got = await call(s, "get_answer", question_id=asked["question_id"])
            assert (got["status"], got["fallback"]) == ("expired", "stop") and "Do not proceed" in got["instruction"]
            assert web.answer(asked["question_id"], "yes") == 409  # too late: refused, changes nothing
            assert (await call(s, "get_answer", question_id=asked["question_id"]))["status"] == "expired"

    run(go())


def test_the_cli_channel_asks_on_the_servers_terminal(db):
    server = HttpServer(db, "--hold", "10", "--channel", "cli").start(stdin=subprocess.PIPE)

    async def go():
        async with server.client() as s:
            async def type_answer():
                await asyncio.sleep(1.0)
                server.proc.stdin.write("2\n")  # picks the second option, as CLIChannel does
                server.proc.stdin.flush()

            got, _ = await asyncio.gather(
                call(s, "ask_human", question="Which size should the thumbnail be?", options=["small", "large"]),
                type_answer())
            return got

    try:
        got = run(go())
    finally:
        server.stop()
    assert (got["status"], got["answer"], got["channel"]) == ("answered", "large", "cli")


# ── HTTP security ───────────────────────────────────────────────────────────


def test_http_without_the_token_with_a_foreign_origin_or_host_or_too_big_is_refused(db):
    server = HttpServer(db, "--max-request-bytes", "65536").start()
    init = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
            "params": {"protocolVersion": "2025-06-18", "capabilities": {},
                       "clientInfo": {"name": "probe", "version": "0"}}}
    base = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}
    good = {**base, "Authorization": f"Bearer {TOKEN}"}
    try:
        with httpx.Client(timeout=10) as h:
            assert h.post(server.url, json=init, headers=base).status_code == 401
            r = h.post(server.url, json=init, headers={**base, "Authorization": "Bearer tok-wrong-0123456789abcd"})
            assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
            assert h.get(server.url, headers=base).status_code == 401
            r = h.post(server.url, json=init, headers={**good, "Origin": "http://evil.example"})
            assert r.status_code == 403  # DNS rebinding: a page on another origin
            r = h.post(server.url, json=init, headers={**good, "Host": f"evil.example:{server.port}"})
            assert r.status_code == 421
            r = h.post(server.url, content=b'{"x": "' + b"a" * 100_000 + b'"}', headers=good)
            assert r.status_code == 413
            ok = h.post(server.url, json=init, headers=good)  # and the server still serves the right caller
            assert ok.status_code == 200 and "mcp-session-id" in ok.headers
        assert server.proc.poll() is None
    finally:
        server.stop()


def test_http_needs_a_token_and_binds_to_loopback(db):
    env = {k: v for k, v in ENV.items() if k != "ASKSAFE_MCP_TOKEN"}
    r = subprocess.run(_cmd(db, "--transport", "http"), env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "needs a bearer token" in r.stderr
    r = subprocess.run(_cmd(db, "--transport", "http", "--host", "0.0.0.0", "--token", f"t={TOKEN}"), env=env,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "binds to 127.0.0.1 unless" in r.stderr
    r = subprocess.run(_cmd(db, "--transport", "http", "--token", "t=short"), env=env, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 2 and "token #1 is not NAME=TOKEN" in r.stderr


def test_token_parsing_never_echoes_a_token_and_refuses_duplicates():
    from asksafe.adapters.mcp import parse_tokens
    from asksafe.errors import ConfigError

    assert parse_tokens(["laptop=tok-laptop-0123456789", "tok-bare-0123456789abcd"]) == {
        "tok-laptop-0123456789": "laptop", "tok-bare-0123456789abcd": "token-…abcd"}
    secret = "c2VjcmV0LXRva2VuLWJhc2U2NA=="  # a bare base64 token containing '='
    with pytest.raises(ConfigError, match="token #1 is not NAME=TOKEN") as exc:
        parse_tokens([secret])
    assert "c2VjcmV0" not in str(exc.value)
    with pytest.raises(ConfigError, match="given twice"):
        parse_tokens(["a=tok-same-0123456789ab", "b=tok-same-0123456789ab"])
    with pytest.raises(ConfigError, match="two tokens are named 'a'"):
        parse_tokens(["a=tok-one-0123456789abc", "a=tok-two-0123456789abc"])


# ── Slack: the question is posted, a button click answers it ────────────────


def test_the_slack_channel_posts_the_question_and_a_click_answers_it(tmp_path):
    pytest.importorskip("slack_bolt")
    from mcp.shared.memory import create_connected_server_and_client_session
    from slack_fake import BOT_TOKEN, SIGNING_SECRET, FakeSlack, button_click, signed
    from slack_sdk import WebClient

    from asksafe.adapters.mcp import MCPSettings, create_server, slack_notifier
    from asksafe.adapters.slack import SlackChannel

    inbox = Inbox(str(tmp_path / "runs.sqlite"))
    with FakeSlack() as fake:
        slack = SlackChannel(inbox, channel="C0ASK", signing_secret=SIGNING_SECRET, allowed_users=["U0ANA"],
                             client=WebClient(token=BOT_TOKEN, base_url=fake.base_url), process_before_response=True)
        server = create_server(inbox, MCPSettings(hold_s=30), channel="slack", notify=slack_notifier(slack))

        async def go():
            async with create_connected_server_and_client_session(server) as s:  # the SDK's in-memory transport
                async def click():
                    while not fake.of("chat.postMessage"):
                        await asyncio.sleep(0.05)
                    [msg] = fake.of("chat.postMessage")
                    qid = msg["blocks"][-2]["block_id"].split(":", 1)[1]
                    body, ctype = button_click(qid, 0, user="U0ANA", channel="C0ASK", message_ts="1700000001.000100")
                    return await asyncio.to_thread(slack.app.dispatch, signed(body, content_type=ctype))

                got, resp = await asyncio.gather(
                    call(s, "ask_human", question="Which region should the backup go to?",
                         options=["eu-west-1", "us-east-1"]), click())
                return got, resp

        got, resp = run(go())
    assert resp.status == 200
    assert (got["status"], got["answer"], got["responder"], got["channel"]) == ("answered", "eu-west-1", "U0ANA",
                                                                                 "slack")
    [msg] = fake.of("chat.postMessage")
    assert "Which region should the backup go to?" in msg["text"]


# ── --suite: any MCP agent scored on the acceptance suite ───────────────────


def test_suite_mode_serves_the_simulated_human_and_scores_the_agent(db):
    from asksafe.bench.tasks import load_suite

    tasks = {t.id: t for t in load_suite() if t.id in ("coding-000", "coding-002")}
    top_k = tasks["coding-000"]
    tie = next(b for b in top_k.blockers if b.id == "tie_break")
    best = next(b for b in top_k.blockers if b.id == "best_means")

    async def go():
        async with stdio_session(db, "--suite", "--suite-tasks", "coding-000,coding-002") as s:
            assert {t.name for t in (await s.list_tools()).tools} == TOOLS | {"next_task", "submit", "score"}
            assert "no task under way" in await error_of(s, "submit", answer="x")
            t = await call(s, "next_task")
            assert (t["task_id"], t["number"], t["of"]) == ("coding-000", 1, 2) and "top_k" in t["task"]
            a1 = await call(s, "ask_human", question=tie.example_questions[0])
            a2 = await call(s, "ask_human", question="Does best-scoring mean the highest score or the lowest one?")
            a3 = await call(s, "ask_human", question="What is the weather like today?")
            assert (a1["answer"], a2["answer"], a3["answer"]) == (tie.resolution, best.resolution, "irrelevant question")
            assert (await call(s, "get_answer", question_id=a1["question_id"]))["answer"] == tie.resolution
            assert "no question" in await error_of(s, "get_answer", question_id="nope")
            done = await call(s, "submit", answer=top_k.reference_solution({"tie_break", "best_means"}))
            assert done["passed"] and done["matched_blockers"] == ["best_means", "tie_break"]
            assert (done["questions"], done["task_ask_f1"]) == (3, 0.8)  # precision 2/3, recall 1
            t2 = await call(s, "next_task")
            assert t2["task_id"] == "coding-002"
            control = await call(s, "submit", answer="def nothing(:\n")  # a syntax error fails the hidden test
            assert not control["passed"] and control["task_ask_f1"] is None
            assert (await call(s, "next_task"))["done"]
            return await call(s, "score")

    score = run(go())
    assert (score["tasks"], score["pass_rate"], score["questions"]) == (2, 0.5, 3)
    assert (score["ask_f1"], score["precision"], score["recall"], score["false_alarm_rate"]) == (0.8, 0.6667, 1.0, 0.0)
