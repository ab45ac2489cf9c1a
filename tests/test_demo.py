"""The main job: `asksafe demo` with the local SmolLM2 agent, asking in the terminal."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.slow
def test_demo_asks_then_answers_with_the_clarification():
    task = "Write a Python function that sorts a list of numbers ascending, and make the output descending."
    env = {**os.environ, "ASKSAFE_LOG": "off", "COLUMNS": "120"}
    proc = subprocess.run(
        [sys.executable, "-m", "asksafe.cli", "demo", "--task", task, "--max-questions", "1"],
        input="ascending\n", capture_output=True, text=True, env=env, timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "asksafe needs an answer" in proc.stderr  # the question panel
    assert "ascending" in proc.stderr.lower() and "descending" in proc.stderr.lower()
    assert "1 question(s) asked" in proc.stderr
    assert "agent's answer" in proc.stdout
    assert len(proc.stdout.split("agent's answer", 1)[1].strip()) > 20  # the model wrote something


@pytest.mark.slow
def test_local_agent_sees_the_answer_in_its_prompt():
    from asksafe.agents import render_prompt
    from asksafe.local_llm import LocalLLM, local_agent

    prompt = render_prompt("Name a colour.", ["Q: Which colour?\nA: Say exactly the word blue."])
    assert "Say exactly the word blue." in prompt
    out = local_agent(max_new_tokens=12)("Name a colour.", ["Q: Which colour?\nA: Say exactly the word blue."])
    assert isinstance(out.result, str) and out.result
    text, logprobs = LocalLLM.shared().generate([{"role": "user", "content": "Say hi"}], max_new_tokens=4)
    assert 0 < len(logprobs) <= 4 and all(lp <= 0 for lp in logprobs)
