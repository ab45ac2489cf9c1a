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
