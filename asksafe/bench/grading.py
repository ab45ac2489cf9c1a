"""Hidden checks: does an agent's final answer solve the task?

Coding: the answer (Python source) is written to ``solution.py`` beside the
task's hidden test, which runs in a subprocess with a time limit.
SQL: the answer runs against the task's SQLite database; the result set must
equal the reference's (order-insensitive unless the task says ``ordered``).
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from pathlib import Path

from asksafe.bench.tasks import Task

CODE_TIME_LIMIT_S = 10.0
SQL_TIME_LIMIT_S = 10.0

_db_lock = threading.Lock()


def extract_code(answer: str) -> str:
    """Take the code out of a model's answer (a fenced block if there is one)."""
    m = re.search(r"```(?:python|py|sql)?\s*\n(.*?)```", answer, re.S | re.I)
    return (m.group(1) if m else answer).strip()


def grade(task: Task, answer: str | None) -> bool:
    if not answer or not isinstance(answer, str):
        return False
    if task.kind == "coding":
        return grade_coding(task, answer)
    return grade_sql(task, answer)


def grade_coding(task: Task, answer: str) -> bool:
    code = extract_code(answer)
    with tempfile.TemporaryDirectory(prefix="asksafe-grade-") as tmp:
        Path(tmp, "solution.py").write_text(code, encoding="utf-8")
        Path(tmp, "hidden_test.py").write_text(task.hidden_test or "", encoding="utf-8")
        env = {"PATH": os.environ.get("PATH", ""), "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}
        try:
            proc = subprocess.run(
                [sys.executable, "-E", "-s", "hidden_test.py"], cwd=tmp, env=env,
                capture_output=True, timeout=CODE_TIME_LIMIT_S,
            )
        except subprocess.TimeoutExpired:
            return False
        return proc.returncode == 0


def database_path(name: str) -> Path:
    """Build (once, deterministically) and return the path of a suite database."""
    from asksafe.suite import databases  # the suite's own builder

    cache = Path(os.environ.get("ASKSAFE_CACHE", Path(tempfile.gettempdir()) / "asksafe-cache"))
    digest = hashlib.sha256(Path(databases.__file__).read_bytes()).hexdigest()[:12]
    path = cache / f"db-{digest}" / f"{name}.sqlite"
    with _db_lock:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            tmp.unlink(missing_ok=True)
            databases.build(name, tmp)
            os.replace(tmp, path)
    return path


def run_sql(task: Task, sql: str) -> list[tuple] | None:
    """Rows of ``sql`` on the task's database (read-only), or None if it fails."""
    path = database_path(task.database or "")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    timer = threading.Timer(SQL_TIME_LIMIT_S, con.interrupt)
    timer.start()
    try:
        return [tuple(r) for r in con.execute(sql).fetchall()]
    except sqlite3.Error:
        return None
    finally:
        timer.cancel()
        con.close()


def _normalise(rows: list[tuple]) -> list[tuple]:
    return [tuple(round(v, 4) if isinstance(v, float) else v for v in r) for r in rows]


def grade_sql(task: Task, answer: str) -> bool:
    got = run_sql(task, extract_code(answer))
    if got is None:
        return False
    want = run_sql(task, task.reference_solution({b.id for b in task.blockers}))
    if want is None:
        raise RuntimeError(f"task {task.id}: the reference SQL fails")
    got, want = _normalise(got), _normalise(want)
    return got == want if task.ordered else Counter(got) == Counter(want)
