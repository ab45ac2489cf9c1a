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


def test_the_local_agent_gets_answers_as_facts_not_a_transcript():
    from asksafe.local_llm import agent_prompt

    prompt = agent_prompt("Send the quarterly report to the team by Friday",
                          ["Q: Which team should get it?\nA: The sales team", "schema: orders(id)"])
    assert "Q:" not in prompt and "A:" not in prompt
    assert "Details you gave: The sales team." in prompt and "- schema: orders(id)" in prompt


def test_trim_reply_cuts_echoes_repeats_and_a_cut_off_sentence():
    from asksafe.local_llm import trim_reply

    echoed = "I sent the Q3 report to sales.\nQ: Which team should get it?\nA: The sales team\nQ: Which team"
    assert trim_reply(echoed) == "I sent the Q3 report to sales."
    looped = "Here is the plan.\nSend the report.\nSend the report.\nSend the report."
    assert trim_reply(looped) == "Here is the plan.\nSend the report."
    cut = "I will send the Q3 report to the sales team on Friday. Then I will confirm that every member"
    assert trim_reply(cut, truncated=True) == "I will send the Q3 report to the sales team on Friday."
    assert trim_reply(cut, truncated=False) == cut
