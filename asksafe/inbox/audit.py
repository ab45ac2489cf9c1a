"""``asksafe audit``: the inbox's audit log as a table or JSON lines."""

from __future__ import annotations

import sys
from typing import Any

from asksafe.inbox.inbox import Inbox, _excerpt
from asksafe.inbox.tables import iso

__all__ = ["print_audit"]


def print_audit(db: str, limit: int = 50, as_json: bool = False) -> None:
    """Print the last ``limit`` audit rows of the inbox in ``db`` (JSON lines with ``as_json``).

    >>> print_audit("runs.sqlite", 20, as_json=False)
    """
    inbox = Inbox(db, create=False)  # a typo or another application's file is refused, untouched
    try:
        rows = inbox.audit(limit=limit)
    finally:
        inbox.close()
    if as_json:
        for r in rows:
            sys.stdout.write(r.model_dump_json() + "\n")
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=f"asksafe audit ({len(rows)} rows)", show_lines=False)
    for col in ("at", "event", "who", "channel", "question", "answer", "decision"):
        table.add_column(col, overflow="fold")

    def cell(v: Any, n: int = 80) -> str:
        return escape(_excerpt(v, n) or "")  # answers are data: never rendered as markup

    for r in rows:
        table.add_row(iso(r.at)[:19], r.event, cell(r.actor, 30), cell(r.channel, 20), cell(r.question),
                      cell(r.answer), cell(r.decision or r.detail))
    Console().print(table)
