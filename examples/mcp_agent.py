"""A LangChain agent that uses asksafe's MCP tools: assess, ask a human, get the answer, finish.

    python examples/mcp_agent.py           # open the printed web inbox URL and answer there
    python examples/mcp_agent.py --auto    # a scripted person answers through the web inbox's API

The agent talks to `asksafe mcp` (a subprocess, over stdio) through
``langchain-mcp-adapters``, exactly as it would to any MCP server. The question
lands in the inbox (SQLite); the web inbox (``asksafe.adapters.web``, served
here on 127.0.0.1) shows it and takes the answer; the agent picks it up with
``get_answer``. The model is scripted (``ScriptedChatModel``), so this runs
offline in seconds with no keys; swap in any chat model that calls tools.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import secrets
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from langchain.agents import create_agent
from langchain_core.messages import AIMessage, ToolMessage
from langchain_mcp_adapters.client import MultiServerMCPClient

from asksafe.adapters.web import create_app
from asksafe.chat_models import ScriptedChatModel
from asksafe.inbox import Inbox

TASK = "Email the weekly report to the team"


def tool_json(message: ToolMessage) -> dict:
    """The JSON a tool returned (MCP tools return it as text content)."""
    content = message.content
    text = content if isinstance(content, str) else "".join(
        part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
    return json.loads(text)


def scripted_model() -> ScriptedChatModel:
    """Stands in for a real model: assess first, ask if told to, wait for the answer, then act on it."""

    def call(name: str, **args) -> AIMessage:
        return AIMessage("", tool_calls=[{"name": name, "args": args, "id": f"call-{name}-{time.monotonic_ns()}"}])

    def step(messages):
        results = [m for m in messages if isinstance(m, ToolMessage)]
        if not results:
            return call("assess", task=TASK)
        last = tool_json(results[-1])
        if results[-1].name == "assess":
            if not last["should_ask"]:
                return f"Sent the weekly report (nothing to ask: p_blocker {last['p_blocker']:.2f})."
            question = last["questions"][0] if last["questions"] else "Who exactly should get the report?"
            return call("ask_human", question=question, context=TASK, timeout_s=600)
        if last["status"] == "pending":
            return call("get_answer", question_id=last["question_id"], wait_s=2)
        if last["status"] == "answered":
            return f"Sent the weekly report to {last['answer']} (answered by {last['responder']} via {last['channel']})."
        return f"Did not send the report: {last.get('instruction') or last['status']}"

    return ScriptedChatModel(script=[step])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_web_inbox(db: str, token: str, port: int) -> uvicorn.Server:
    """The web inbox on 127.0.0.1 (what `asksafe inbox --db DB` serves), in a thread of this process."""
    server = uvicorn.Server(uvicorn.Config(create_app(Inbox(db), [f"ana={token}"]), host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server


def scripted_person(base: str, token: str, stop: threading.Event) -> None:
    """Answers the first pending question through the web inbox's HTTP API: bearer token, CSRF, form post."""
    auth = {"Authorization": f"Bearer {token}", "Origin": base}  # the inbox refuses a POST from another origin
    with httpx.Client(base_url=base, headers=auth, follow_redirects=False, timeout=10) as web:
        while not stop.wait(0.3):
            page = web.get("/").text
            found = re.search(r'data-question-id="([0-9a-f]+)".*?name="csrf" value="([0-9a-f]+)"', page, re.S)
            if found:
                qid, csrf = found.groups()
                stop.wait(1.5)  # a person takes a moment: longer than the server's --hold, so the agent polls
                r = web.post(f"/questions/{qid}/answer", data={"text": "ops-team@example.com", "csrf": csrf})
                print(f"person: answered {qid[:8]} on the web inbox ({r.status_code})")
                return


async def run_agent(db: str, probe: str | None = None) -> str:
    client = MultiServerMCPClient({"asksafe": {
        "transport": "stdio", "command": sys.executable,
        "args": ["-m", "asksafe.cli", "mcp", "--db", db, "--hold", "1", *(["--probe", probe] if probe else [])],
        "env": {**os.environ, "ASKSAFE_LOG": os.environ.get("ASKSAFE_LOG", "off")},
    }})
    tools = await client.get_tools()
    print("tools:", ", ".join(sorted(t.name for t in tools)))
    agent = create_agent(scripted_model(), tools=tools)
    out = await agent.ainvoke({"messages": [("user", TASK)]}, {"recursion_limit": 40})
    for m in out["messages"]:
        if isinstance(m, ToolMessage):
            got = tool_json(m)
            print(f"  {m.name} -> " + ", ".join(f"{k}={got[k]!r}" for k in ("should_ask", "status", "answer")
                                                if got.get(k) is not None))
    return str(out["messages"][-1].content)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--auto", action="store_true", help="a scripted person answers on the web inbox")
    parser.add_argument("--db", help="the inbox database (default: a temporary file)")
    parser.add_argument("--probe", help="a probe folder (default: the shipped probe)")
    args = parser.parse_args()
    auto = args.auto or not sys.stdin.isatty()
    db = args.db or str(Path(tempfile.mkdtemp(prefix="asksafe-mcp-")) / "runs.sqlite")
    token, port = secrets.token_urlsafe(24), free_port()
    web = start_web_inbox(db, token, port)
    base = f"http://127.0.0.1:{port}"
    stop = threading.Event()
    if auto:
        threading.Thread(target=scripted_person, args=(base, token, stop), daemon=True).start()
    else:
        print(f"Answer the agent's question at {base}/?token={token}")
    try:
        print("result:", asyncio.run(run_agent(db, args.probe)))
    finally:
        stop.set()
        web.should_exit = True


if __name__ == "__main__":
    main()
