"""Every script in ``examples/`` runs, non-interactively, in its own process: none may rot.

A new example is picked up automatically and run with ``--auto`` (and stdin
closed); one that needs other arguments lists them in ``ARGS``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ARGS: dict[str, list[str]] = {
    "suspend_resume.py": ["demo"],
}
EXPECT: dict[str, str] = {  # a line each example prints when it got to the end
    "wrap_function.py": "result:",
    "wrap_langgraph.py": "result:",
    "create_agent_middleware.py": "result:",
    "suspend_resume.py": "process 2:",
    "mcp_agent.py": "result: Sent the weekly report to ops-team@example.com (answered by ana via web)",
}


def _scripts() -> list[Path]:
    return sorted(p for p in EXAMPLES.glob("*.py") if not p.name.startswith("_"))


def test_the_documented_examples_are_there():
    names = {p.name for p in _scripts()}
    assert set(EXPECT) <= names, f"missing examples: {set(EXPECT) - names}"


@pytest.mark.parametrize("script", _scripts(), ids=lambda p: p.name)
def test_example_runs(script: Path, tmp_path: Path):
    args = list(ARGS.get(script.name, ["--auto"]))
    if os.environ.get("ASKSAFE_TEST_PROBE"):  # a probe other than the shipped one, for development
        args += ["--probe", os.environ["ASKSAFE_TEST_PROBE"]]
    env = {**os.environ, "ASKSAFE_LOG": "off"}
    done = subprocess.run([sys.executable, str(script), *args], cwd=tmp_path, env=env, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{script.name} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    if script.name in EXPECT:
        assert EXPECT[script.name] in done.stdout, done.stdout[-2000:]
