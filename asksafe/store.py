"""Durable state: the SQLite checkpointer that keeps suspended runs across processes.

>>> graph = asksafe.wrap(agent, channel=None, checkpointer="runs.sqlite")

langgraph's ``SqliteSaver`` is synchronous; :class:`SqliteCheckpointer` adds
the async methods (run in a worker thread) so ``ainvoke`` works on the same
file. Postgres users pass langgraph's ``PostgresSaver`` instead.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from langgraph.checkpoint.sqlite import SqliteSaver

from asksafe.errors import ConfigError


class SqliteCheckpointer(SqliteSaver):
    """``SqliteSaver`` whose async methods run the sync ones off the event loop."""

    async def aget_tuple(self, config):  # type: ignore[override]
        return await asyncio.to_thread(self.get_tuple, config)

    async def alist(self, config, *, filter=None, before=None, limit=None) -> AsyncIterator[Any]:  # type: ignore[override]
        items = await asyncio.to_thread(lambda: list(self.list(config, filter=filter, before=before, limit=limit)))
        for item in items:
            yield item

    async def aput(self, config, checkpoint, metadata, new_versions):  # type: ignore[override]
        return await asyncio.to_thread(self.put, config, checkpoint, metadata, new_versions)

    async def aput_writes(self, config, writes: Sequence, task_id: str, task_path: str = "") -> None:  # type: ignore[override]
        await asyncio.to_thread(self.put_writes, config, writes, task_id, task_path)

    async def adelete_thread(self, thread_id: str) -> None:  # type: ignore[override]
        await asyncio.to_thread(self.delete_thread, thread_id)

    async def aget_delta_channel_history(self, *, config, channels):  # type: ignore[override]
        return await asyncio.to_thread(lambda: self.get_delta_channel_history(config=config, channels=channels))


def sqlite_checkpointer(path: str | Path) -> SqliteCheckpointer:
    """A checkpointer on a SQLite file, created if needed (WAL, safe across processes)."""
    p = Path(path).expanduser()
    if p.exists() and p.is_dir():
        raise ConfigError(f"checkpointer path {p} is a directory; give a file path such as runs.sqlite")
    p.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(p), check_same_thread=False, timeout=30)
        conn.execute("PRAGMA journal_mode=WAL")
    except sqlite3.DatabaseError as exc:
        raise ConfigError(f"cannot open {p} as a SQLite checkpoint store: {exc}") from exc
    saver = SqliteCheckpointer(conn)
    saver.setup()
    return saver


def is_postgres_url(db: str) -> bool:
    """True for ``postgresql://…`` / ``postgres://…`` connection strings."""
    return isinstance(db, str) and db.startswith(("postgresql://", "postgres://"))


def postgres_checkpointer(dsn: str) -> Any:
    """langgraph's ``PostgresSaver`` on ``dsn`` (``asksafe[postgres]``), tables created if needed.

    >>> graph = asksafe.wrap(agent, channel=None, checkpointer=postgres_checkpointer("postgresql://…"))
    """
    try:
        import psycopg
        from langgraph.checkpoint.postgres import PostgresSaver
        from psycopg.rows import dict_row
    except ImportError as exc:
        raise ConfigError("Postgres needs the extra: pip install 'asksafe[postgres]'") from exc
    try:
        conn = psycopg.connect(dsn, autocommit=True, prepare_threshold=0, row_factory=dict_row)
    except psycopg.Error as exc:
        raise ConfigError(f"cannot connect to Postgres: {exc}") from exc
    saver = PostgresSaver(conn)
    with postgres_setup_lock(conn):  # concurrent first-time setup() races on its migrations table
        saver.setup()
    return saver


@contextmanager
def postgres_setup_lock(conn: Any) -> Iterator[None]:
    """Hold a session-level advisory lock while creating tables, so workers starting together take turns.

    Polls ``pg_try_advisory_lock`` instead of blocking in ``pg_advisory_lock``: the saver's migrations
    run ``CREATE INDEX CONCURRENTLY``, which waits for every open transaction, a blocked lock call included.
    """
    import time

    for _ in range(6000):  # ~10 minutes
        row = conn.execute("SELECT pg_try_advisory_lock(%s)", (_SETUP_LOCK,)).fetchone()
        got = row[0] if isinstance(row, tuple) else next(iter(row.values()))
        if got:
            break
        time.sleep(0.1)
    else:
        raise ConfigError("timed out waiting for another process to finish creating the Postgres tables")
    try:
        yield
    finally:
        conn.execute("SELECT pg_advisory_unlock(%s)", (_SETUP_LOCK,))


_SETUP_LOCK = 0x61736B73616665  # "asksafe"
