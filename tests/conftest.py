"""Shared fixtures: the shipped probe, loaded once per test session."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("ASKSAFE_LOG", "off")


@pytest.fixture(scope="session")
def probe():
    from asksafe import Probe

    return Probe.load()


@pytest.fixture
def config(request):
    return {"configurable": {"thread_id": request.node.name}}


@pytest.fixture
def agent_log(tmp_path, monkeypatch):
    """Where the channel tests' logging agent records its calls."""
    path = tmp_path / "agent.jsonl"
    monkeypatch.setenv("ASKSAFE_TEST_AGENT_LOG", str(path))
    return path


@pytest.fixture
def inbox(tmp_path, agent_log):
    """An Inbox over a fresh SQLite file, wrapping the channel tests' agent and marker probe."""
    from channel_support import make_inbox

    box = make_inbox(str(tmp_path / "runs.sqlite"))
    yield box
    box.close()
