"""Durable state: the SQLite checkpointer that keeps suspended runs across processes.

>>> graph = asksafe.wrap(agent, channel=None, checkpointer="runs.sqlite")

langgraph's ``SqliteSaver`` is synchronous; :class:`SqliteCheckpointer` adds
the async methods (run in a worker thread) so ``ainvoke`` works on the same
file. Postgres users pass langgraph's ``PostgresSaver`` instead.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

from langgraph.checkpoint.sqlite import SqliteSaver

from asksafe.db import is_postgres_url, open_postgres, open_sqlite, postgres_setup_lock
from asksafe.errors import ConfigError

__all__ = ["SqliteCheckpointer", "is_postgres_url", "postgres_checkpointer", "sqlite_checkpointer"]


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


def strict_serializer() -> Any:
    """langgraph's serializer in strict msgpack mode: only langgraph's known-safe types are rebuilt.

    A checkpoint row can name any importable callable to construct on read (``os.system`` included); the
    permissive default runs it. asksafe's state is plain data (dicts, lists, strings; answers are stored
    as dicts), so it round-trips unchanged, and a foreign type in a row comes back as its raw arguments.
    """
    from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer

    return JsonPlusSerializer(allowed_msgpack_modules=None)


def sqlite_checkpointer(path: str | Path) -> SqliteCheckpointer:
    """A checkpointer on a SQLite file, created if needed (WAL, safe across processes)."""
    # langgraph's saver manages its own transactions: the connection keeps sqlite3's default isolation
    conn = open_sqlite(str(path), what="SQLite checkpoint store")
    conn.isolation_level = ""
    saver = SqliteCheckpointer(conn, serde=strict_serializer())
    saver.setup()
    return saver


def postgres_checkpointer(dsn: str) -> Any:
    """langgraph's ``PostgresSaver`` on ``dsn`` (``asksafe[postgres]``), tables created if needed.

    >>> graph = asksafe.wrap(agent, channel=None, checkpointer=postgres_checkpointer("postgresql://…"))
    """
    try:
        from langgraph.checkpoint.postgres import PostgresSaver
        from psycopg.rows import dict_row
    except ImportError as exc:
        raise ConfigError("Postgres needs the extra: pip install 'asksafe[postgres]'") from exc
    conn = open_postgres(dsn, what="Postgres checkpoint store", prepare_threshold=0, row_factory=dict_row)
    saver = PostgresSaver(conn, serde=strict_serializer())
    with postgres_setup_lock(conn):  # concurrent first-time setup() races on its migrations table
        saver.setup()
    return saver
