"""One way to open a database, for the checkpointer and the Inbox alike: a SQLite file or a Postgres URL.

>>> db = Database("runs.sqlite", schema=["CREATE TABLE IF NOT EXISTS t (id {serial}, x TEXT)"])
>>> db.execute("INSERT INTO t (x) VALUES (?)", ("a",))
1
>>> conn = open_sqlite("runs.sqlite")            # a plain sqlite3 connection, WAL, for langgraph's saver

Statements are written with ``?`` placeholders; Postgres gets ``%s``. Every
statement runs in autocommit: each UPDATE that claims a row is atomic on its
own, which is all the inbox needs.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from asksafe.errors import ConfigError

__all__ = ["Database", "is_postgres_url", "open_postgres", "open_sqlite", "postgres_setup_lock"]


def is_postgres_url(db: str) -> bool:
    """True for ``postgresql://…`` / ``postgres://…`` connection strings."""
    return isinstance(db, str) and db.startswith(("postgresql://", "postgres://"))


def open_sqlite(path: str, *, what: str = "database") -> sqlite3.Connection:
    """A connection to a SQLite file (created if needed), WAL, shared across threads."""
    path = os.path.expanduser(str(path))
    if os.path.isdir(path):
        raise ConfigError(f"{what} path {path} is a directory; give a file such as runs.sqlite")
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    try:
        conn = sqlite3.connect(path, check_same_thread=False, timeout=30, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA busy_timeout=30000")
    except sqlite3.DatabaseError as exc:
        raise ConfigError(f"cannot open {path} as a {what}: {exc}") from exc
    return conn


def open_postgres(url: str, *, what: str = "database", **kwargs: Any) -> Any:
    """A psycopg connection in autocommit (``asksafe[postgres]``)."""
    try:
        import psycopg
    except ImportError as exc:
        raise ConfigError("Postgres needs the extra: pip install 'asksafe[postgres]'") from exc
    try:
        return psycopg.connect(url, autocommit=True, **kwargs)
    except psycopg.Error as exc:
        raise ConfigError(f"cannot connect to the {what}: {exc}") from exc


def _open_existing_sqlite(path: str, tables: Sequence[str], what: str) -> sqlite3.Connection:
    """An existing SQLite file holding ``tables``, checked before anything is written (no file, no table,
    no WAL switch otherwise)."""
    from urllib.parse import quote

    path = os.path.expanduser(str(path))
    if os.path.isdir(path):
        raise ConfigError(f"{what} path {path} is a directory; give a file such as runs.sqlite")
    if not os.path.exists(path):
        raise ConfigError(f"no {what} at {path}; check --db (a worker or Inbox.open creates it)")
    try:
        conn = sqlite3.connect(f"file:{quote(os.path.abspath(path))}?mode=rw", uri=True, check_same_thread=False,
                               timeout=30, isolation_level=None)
        found = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise ConfigError(f"{path} is not an asksafe {what} ({exc}); it was left unchanged") from exc
    if not set(tables) <= found:
        conn.close()
        raise ConfigError(f"{path} is not an asksafe {what} (no asksafe tables); it was left unchanged")
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA busy_timeout=30000")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise ConfigError(f"cannot open {path} as a {what}: {exc}") from exc
    return conn


class Database:
    """One connection (SQLite file or Postgres), parameterised statements only; ``schema`` is created
    if missing (``{serial}`` becomes the dialect's auto-increment key)."""

    def __init__(self, db: str, schema: Sequence[str] = (), *, what: str = "inbox database",
                 existing: Sequence[str] = ()):
        """``existing``: tables that must already be there (nothing is created or changed otherwise:
        a typo'd path or another application's database is refused untouched)."""
        self.url = db
        self.postgres = is_postgres_url(db)
        self._lock = threading.RLock()
        if self.postgres:
            self._conn: Any = open_postgres(db, what=what)
            if existing:
                missing = [t for t in existing
                           if not self._conn.execute("SELECT to_regclass(%s) IS NOT NULL", (t,)).fetchone()[0]]
                if missing:
                    self._conn.close()
                    raise ConfigError(f"that Postgres database is not an asksafe {what} (no {missing[0]} table); "
                                      "check --db, or start a worker there first")
        elif existing:
            self._conn = _open_existing_sqlite(db, existing, what)
        else:
            self._conn = open_sqlite(db, what=what)
        self.create(schema)

    def create(self, schema: Sequence[str]) -> None:
        """Run ``CREATE … IF NOT EXISTS`` statements (``{serial}``: the dialect's auto-increment key)."""
        if not schema:
            return
        if self.postgres:
            with postgres_setup_lock(self._conn):  # CREATE … IF NOT EXISTS races between processes
                for stmt in schema:
                    self.execute(stmt.replace("{serial}", "BIGSERIAL PRIMARY KEY"))
        else:
            for stmt in schema:
                self.execute(stmt.replace("{serial}", "INTEGER PRIMARY KEY AUTOINCREMENT"))

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.postgres else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; the number of rows it changed."""
        with self._lock:
            cur = self._conn.execute(self._sql(sql), tuple(params))
            return cur.rowcount

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            cur = self._conn.execute(self._sql(sql), tuple(params))
            names = [d[0] for d in cur.description]
            return [dict(zip(names, r)) for r in cur.fetchall()]

    def one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def close(self) -> None:
        with self._lock:
            self._conn.close()


@contextmanager
def postgres_setup_lock(conn: Any) -> Iterator[None]:
    """Hold a session-level advisory lock while creating tables, so workers starting together take turns.

    Polls ``pg_try_advisory_lock`` instead of blocking in ``pg_advisory_lock``: the saver's migrations
    run ``CREATE INDEX CONCURRENTLY``, which waits for every open transaction, a blocked lock call included.
    """
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
