"""Shared pieces for the channel tests: a marker-word test probe, a logging agent, an inbox.

The probe is the only test double (it stands in for the trained model): a task
containing ``[ask:color]`` has a "missing" blocker about ``color``; each marker
is one question, asked in turn. Everything else (graph, checkpointer, inbox,
Slack SDK, FastAPI, browser) is real.

Run as a script it is a worker process: ``python channel_support.py DB N PREFIX``
starts N runs that each wait on a question, prints ``READY``, and then sleeps;
``python channel_support.py answer DB QID`` answers a question whose agent then
hangs (with ``ASKSAFE_TEST_AGENT_HANG=1``). The crash test SIGKILLs both.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path

from asksafe.inbox import Inbox
from asksafe.types import Assessment, DetectedBlocker, Span

MARKER = re.compile(r"\[ask:(\w+)\]")
CALIBRATION = {"thresholds": {"balanced": 0.5, "cautious": 0.3, "autonomous": 0.8}}
OPTIONS = {"color": ["red", "blue"], "size": ["small", "large"]}


class MarkerProbe:
    """Deterministic stand-in for the trained probe: one blocker per ``[ask:word]`` marker."""

    calibration = CALIBRATION

    def assess_many(self, items: list[dict]) -> list[Assessment]:
        out = []
        for item in items:
            text = item["text"]
            blockers = [
                DetectedBlocker(key=f"missing:{m.group(1)}", type="missing", score=0.9 - 0.01 * n,
                                span=Span(start=m.start(), end=m.end(), text=m.group(0), source=item["source"]),
                                question=f"Which {m.group(1)} should it use?", options=OPTIONS.get(m.group(1), []))
                for n, m in enumerate(MARKER.finditer(text))
            ]
            out.append(Assessment(p_blocker=0.9 if blockers else 0.1, should_ask=bool(blockers),
                                  blockers=blockers, source=item["source"]))
        return out


def logging_agent(task: str, context: list[str]) -> str:
    """Returns what it was told; appends one JSON line per call to $ASKSAFE_TEST_AGENT_LOG."""
    path = os.environ.get("ASKSAFE_TEST_AGENT_LOG")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"task": task, "context": context, "pid": os.getpid()}) + "\n")
    if os.environ.get("ASKSAFE_TEST_AGENT_SLOW") and "[slow]" in task:
        time.sleep(float(os.environ["ASKSAFE_TEST_AGENT_SLOW"]))  # a step that takes a while (shutdown tests)
    if os.environ.get("ASKSAFE_TEST_AGENT_HANG") and "[hang]" in task:
        while True:  # a worker stuck mid-resume; the crash test kills it here
            time.sleep(1)
    return f"done: {task} | " + " / ".join(context)


def agent_calls(path: str | Path) -> list[dict]:
    p = Path(path)
    if not p.exists():
        return []
    return [json.loads(line) for line in p.read_text().splitlines() if line.strip()]


def make_inbox(db: str, **wrap_kwargs) -> Inbox:
    wrap_kwargs.setdefault("question_timeout", 3600)
    return Inbox.open(db, agent=logging_agent, probe=MarkerProbe(), **wrap_kwargs)


def _worker(db: str, n: int, prefix: str) -> None:
    inbox = make_inbox(db)
    for i in range(n):
        inbox.start(f"{prefix}-{i}: paint the fence [ask:color]", thread_id=f"{prefix}-{i}")
    print("READY", flush=True)
    while True:  # the test kills this process
        time.sleep(1)


def _answer_and_hang(db: str, question_id: str) -> None:
    inbox = make_inbox(db, lease_seconds=60)
    print("ANSWERING", flush=True)
    inbox.answer(question_id, "green", responder="ana", channel="web")  # the agent hangs inside


if __name__ == "__main__":
    if sys.argv[1] == "answer":
        _answer_and_hang(sys.argv[2], sys.argv[3])
    else:
        _worker(sys.argv[1], int(sys.argv[2]), sys.argv[3])
