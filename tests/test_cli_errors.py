"""User mistakes on the command line: one clear line and rc != 0, no traceback, nothing created or changed."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from asksafe.adapters import CLIChannel
from asksafe.cli import app
from asksafe.errors import InvalidTaskError
from asksafe.types import Question

runner = CliRunner()


class _Ran:
    def __init__(self, r):
        self.returncode = r.exit_code
        self.stderr = r.output.encode()  # stdout and stderr together: no traceback in either
        self.exception = r.exception


def _cli(*args: str, env: dict | None = None) -> _Ran:
    """The command as a user runs it (in process: a fresh interpreter per case costs seconds)."""
    r = runner.invoke(app, list(args), env={"ASKSAFE_LOG": "off", **(env or {})})
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    return _Ran(r)


# ── item 7: lone surrogates / invalid UTF-8 ────────────────────────────────


def test_a_lone_surrogate_in_a_task_is_a_named_error_not_a_tokenizer_crash(probe):
    for bad in ("paint the fence \udcff now", {"text": "ok task", "context": "schema \ud800"}):
        with pytest.raises(InvalidTaskError, match="not valid Unicode"):
            probe.assess_many([bad])


def test_wrap_refuses_a_task_with_a_lone_surrogate_before_the_probe(tmp_path):
    import asksafe
    from channel_support import MarkerProbe

    graph = asksafe.wrap(lambda task, ctx: "ok", channel=None, probe=MarkerProbe())
    with pytest.raises(InvalidTaskError, match="not valid Unicode"):
        graph.invoke({"task": "Paint \udc80 the fence"}, {"configurable": {"thread_id": "s"}})


def test_invalid_utf8_in_argv_gives_one_line_and_rc_2():
    r = subprocess.run([sys.executable, "-m", "asksafe.cli", "assess", b"Paint the fence \xff\xfe".decode(
        "utf-8", "surrogateescape")], capture_output=True, timeout=120, env={**os.environ, "ASKSAFE_LOG": "off"})
    assert r.returncode == 2, r.stderr
    assert b"Traceback" not in r.stderr and b"not valid Unicode" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_jsonl_with_invalid_utf8_or_an_escaped_surrogate_names_the_line(tmp_path):
    f = tmp_path / "bad.jsonl"
    f.write_bytes(b'{"text": "Return a + b."}\n{"text": "Paint \xff the fence"}\n')
    r = runner.invoke(app, ["assess", "--jsonl", str(f)])
    assert r.exit_code == 2 and f"{f}:2" in r.output and "UTF-8" in r.output
    f.write_text('{"text": "Return a + b."}\n{"text": "Paint \\udcff the fence"}\n')
    r = runner.invoke(app, ["assess", "--jsonl", str(f)])
    assert r.exit_code == 2 and f"{f}:2" in r.output and "not valid Unicode" in r.output


# ── item 8: audit / inbox --db never create or change a database ──────────


def _digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_audit_on_a_missing_path_creates_nothing(tmp_path):
    where = tmp_path / "typo" / "runs.sqlite"
    r = _cli("audit", "--db", str(where))
    assert r.returncode == 2 and b"Traceback" not in r.stderr
    assert b"no inbox database" in r.stderr
    assert not (tmp_path / "typo").exists()


def test_inbox_on_a_missing_path_creates_nothing(tmp_path):
    where = tmp_path / "typo" / "runs.sqlite"
    r = _cli("inbox", "--db", str(where), "--token", "ana=tok-ana-0123456789abcdef", "--port", "0")
    assert r.returncode == 2 and b"Traceback" not in r.stderr and b"no inbox database" in r.stderr
    assert not (tmp_path / "typo").exists()


def test_audit_refuses_a_foreign_sqlite_file_and_leaves_it_untouched(tmp_path):
    other = tmp_path / "app.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('ana')")
    conn.commit()
    conn.close()
    before = _digest(other)
    for args in (["audit", "--db", str(other)],
                 ["inbox", "--db", str(other), "--token", "ana=tok-ana-0123456789abcdef", "--port", "0"]):
        r = _cli(*args)
        assert r.returncode == 2 and b"Traceback" not in r.stderr, r.stderr
        assert b"not an asksafe inbox" in r.stderr
    assert _digest(other) == before
    assert not (tmp_path / "app.sqlite-wal").exists()
    conn = sqlite3.connect(other)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["customers"]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_audit_still_reads_a_real_inbox(tmp_path, agent_log):
    from channel_support import make_inbox

    box = make_inbox(str(tmp_path / "runs.sqlite"))
    box.start("Paint the fence [ask:color]", thread_id="t1")
    box.close()
    r = runner.invoke(app, ["audit", "--db", str(tmp_path / "runs.sqlite"), "--json"])
    assert r.exit_code == 0, r.output
    assert [json.loads(line)["event"] for line in r.stdout.splitlines()] == ["asked"]


# ── Low: one-line errors for user mistakes, a traceback only with --debug ──


def test_user_mistakes_are_one_line_and_debug_shows_the_traceback(tmp_path):
    binary = tmp_path / "data.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    notdb = tmp_path / "notes.txt"
    notdb.write_text("hello, not a database\n" * 50)
    cases = [
        ["assess", "--jsonl", str(binary)],
        ["audit", "--db", str(notdb)],
        ["audit", "--db", str(tmp_path)],
        ["inbox", "--db", str(notdb), "--token", "ana=tok-ana-0123456789abcdef"],
    ]
    for args in cases:
        r = _cli(*args)
        assert r.returncode == 2, (args, r.stderr)
        assert b"Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1, (args, r.stderr)
        assert r.stderr.startswith(b"error:"), (args, r.stderr)
    assert _digest(notdb) == hashlib.sha256(b"hello, not a database\n" * 50).hexdigest()
    r = runner.invoke(app, ["--debug", "audit", "--db", str(notdb)])
    assert r.exit_code == 2 and "Traceback" in r.output


def test_inbox_without_a_token_is_one_line(tmp_path, agent_log):
    from channel_support import make_inbox

    make_inbox(str(tmp_path / "runs.sqlite")).close()
    r = _cli("inbox", "--db", str(tmp_path / "runs.sqlite"), env={"ASKSAFE_INBOX_TOKENS": ""})
    assert r.returncode == 2 and b"Traceback" not in r.stderr and b"access token" in r.stderr


# ── Low: Rich markup inside a question is shown as typed ───────────────────


def test_the_terminal_channel_shows_markup_in_a_question_as_typed():
    buf = io.StringIO()
    console = Console(file=buf, width=200, force_terminal=False, color_system=None)
    q = Question(id="q1", text="Use [bold]x[/bold] or [/red] or [link=http://evil]here[/link]?",
                 blocker_key="missing:x", blocker_type="missing", options=["[red]A[/red]", "[dim]B"],
                 context_excerpt="cols [b]a[/b]")
    ans = CLIChannel(stdin=io.StringIO("1\n"), console=console).ask(q)
    shown = buf.getvalue()
    assert "Use [bold]x[/bold] or [/red] or [link=http://evil]here[/link]?" in shown
    assert "[red]A[/red]" in shown and "[dim]B" in shown and "[b]a[/b]" in shown
    assert ans.text == "[red]A[/red]"


@pytest.mark.parametrize("command", ["audit", "inbox"])
def test_a_postgres_url_reaches_postgres_whole(command, tmp_path, monkeypatch):
    # a Path option folded 'postgresql://' into 'postgresql:/', which then read as a missing SQLite file
    monkeypatch.chdir(tmp_path)
    url = "postgresql://nobody@127.0.0.1:1/asksafe"
    extra = ["--token", "ana=tok-ana-0123456789abcdef", "--port", "0"] if command == "inbox" else []
    r = _cli(command, "--db", url, *extra)
    assert r.returncode == 2 and b"Traceback" not in r.stderr
    assert b"cannot connect" in r.stderr and b"no inbox database" not in r.stderr
    assert list(tmp_path.iterdir()) == []  # nothing was created under a folded name
