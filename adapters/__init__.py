"""Adapters: human channels (and the agent adapters ``wrap`` picks for you).

>>> from asksafe.adapters import CLIChannel, SimulatedHuman, as_agent

Optional channels load only when their extra is installed:
``SlackChannel`` (``asksafe[slack]``), the web inbox (``asksafe[web]``) and the MCP server
(``create_mcp_server``, ``asksafe[mcp]``).
"""

from __future__ import annotations

from typing import Any

from asksafe.agents import as_agent
from asksafe.adapters.terminal import CLIChannel

__all__ = ["CLIChannel", "SimulatedHuman", "as_agent"]

_LAZY = {
    "SimulatedHuman": ("asksafe.bench.simulated", "SimulatedHuman"),  # a benchmark part; kept here for old imports
    "SlackChannel": ("asksafe.adapters.slack", "SlackChannel"),
    "create_inbox_app": ("asksafe.adapters.web", "create_app"),
    "serve_inbox": ("asksafe.adapters.web", "serve_inbox"),
    "AskSafeMiddleware": ("asksafe.adapters.middleware", "AskSafeMiddleware"),
    "create_mcp_server": ("asksafe.adapters.mcp", "create_server"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'asksafe.adapters' has no attribute {name!r}")
