"""Structured events: one per probe, decision, question, answer and agent step.

Events go to stderr (stdout stays clean for results), as JSON lines when stdout
is not a terminal and as readable lines when it is. ``ASKSAFE_LOG=json|console|off``
overrides the choice.

>>> from asksafe.events import log
>>> log.info("decision", action="ask", p_blocker=0.91, latency_ms=3.2)
"""

from __future__ import annotations

import logging
import os
import sys

import structlog

_configured = False
_logger: structlog.typing.FilteringBoundLogger | None = None


def configure(mode: str | None = None) -> None:
    """(Re)configure event output; called once on first use. Leaves the user's structlog set-up alone."""
    global _configured
    mode = (mode or os.environ.get("ASKSAFE_LOG") or ("console" if sys.stdout.isatty() else "json")).lower()
    if mode in ("off", "none", "0"):
        level = logging.CRITICAL
        renderer: structlog.types.Processor = structlog.processors.JSONRenderer()
    elif mode == "console":
        level = logging.INFO
        renderer = structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())
    else:
        level = logging.INFO
        renderer = structlog.processors.JSONRenderer()
    global _logger
    _logger = structlog.wrap_logger(
        structlog.PrintLogger(file=sys.stderr),
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        logger_name="asksafe",
    )
    _configured = True


class _Lazy:
    """Configures structlog on first use, so importing asksafe changes nothing."""

    def __getattr__(self, name: str):
        if not _configured:
            configure()
        return getattr(_logger, name)


log = _Lazy()
