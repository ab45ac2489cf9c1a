"""Suspend a run on a question in one process; resume it from another with the answer.

    python examples/suspend_resume.py start  --db runs.sqlite                 # prints the question, exits
    python examples/suspend_resume.py resume --db runs.sqlite --answer "..."  # another process finishes it
    python examples/suspend_resume.py demo                                    # both, in two subprocesses

With ``channel=None`` the wrapped agent suspends on a LangGraph ``interrupt``;
the run's state lives in the SQLite file, so a web handler, a Slack callback or
a cron job can resume it later with ``Command(resume=answer)``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from langgraph.types import Command

import asksafe

TASK = "Write a function that returns the top items of a list of (name, score) pairs."
THREAD = "suspend-resume-demo"


def agent(task: str, context: list[str]) -> str:
    told = " ".join(context).lower()
    limit = "k" if "parameter" in told else "5"
    return f"def top_items(pairs{', k' if limit == 'k' else ''}):\n    return sorted(pairs, key=lambda p: -p[1])[:{limit}]"


def graph(db: str, probe: str | None):
    return asksafe.wrap(agent, channel=None, checkpointer=db, policy="cautious", max_questions=1,
                        probe=asksafe.Probe.load(probe) if probe else None)


def start(db: str, probe: str | None) -> None:
    out = graph(db, probe).invoke({"task": TASK}, {"configurable": {"thread_id": THREAD}})
    if "__interrupt__" in out:
        q = out["__interrupt__"][0].value["question"]
        print(json.dumps({"suspended": True, "thread_id": THREAD, "question": q["text"]}))
    else:
        print(json.dumps({"suspended": False, "result": out["result"]}))


def resume(db: str, answer: str, probe: str | None) -> None:
    g = graph(db, probe)
    config = {"configurable": {"thread_id": THREAD}}
    if not g.get_state(config).next:
        print(json.dumps({"resumed": False, "why": "nothing is waiting on this thread"}))
        return
    out = g.invoke(Command(resume=answer), config)
    print(json.dumps({"resumed": True, "status": out["status"], "answers": [a["text"] for a in out["answers"]],
                      "result": out["result"]}))


def demo(probe: str | None) -> None:
    with tempfile.TemporaryDirectory() as d:
        db = str(Path(d) / "runs.sqlite")
        extra = ["--probe", probe] if probe else []
        me = [sys.executable, __file__]
        first = subprocess.run([*me, "start", "--db", db, *extra], capture_output=True, text=True, check=True)
        print("process 1:", first.stdout.strip())
        second = subprocess.run([*me, "resume", "--db", db, "--answer", "Return the top k; k is a parameter.", *extra],
                                capture_output=True, text=True, check=True)
        print("process 2:", second.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["start", "resume", "demo"], nargs="?", default="demo")
    parser.add_argument("--db", default="runs.sqlite", help="the SQLite checkpoint file")
    parser.add_argument("--answer", default="", help="the human's answer (resume)")
    parser.add_argument("--probe", help="a probe folder (default: the shipped probe)")
    args = parser.parse_args()
    if args.command == "start":
        start(args.db, args.probe)
    elif args.command == "resume":
        resume(args.db, args.answer, args.probe)
    else:
        demo(args.probe)


if __name__ == "__main__":
    main()
