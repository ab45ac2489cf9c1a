"""Wrap a plain Python function so it asks before it guesses.

    python examples/wrap_function.py          # answer the questions in this terminal
    python examples/wrap_function.py --auto   # a simulated human answers (also when stdin is not a terminal)

The agent is a function ``(task, context) -> result``. asksafe probes the task,
asks about what is missing or ambiguous, and calls the function again with the
answers in ``context``.
"""

from __future__ import annotations

import argparse
import sys

import asksafe
from asksafe.adapters import CLIChannel, SimulatedHuman
from asksafe.bench.tasks import RegistryBlocker

TASK = "Write a function that returns the top items of a list of (name, score) pairs."

# What the (simulated) human knows: the blockers of this task and their answers.
BLOCKERS = [
    RegistryBlocker(id="how_many", type="missing", description="How many items 'top' means is not stated",
                    resolution="Return the top k items, where k is a parameter.",
                    example_questions=["How many items should it return?"], default="5", resolved="k"),
    RegistryBlocker(id="ties", type="missing", description="How to order items with equal scores is not stated",
                    resolution="Break ties by name, alphabetically.",
                    example_questions=["How should ties in score be ordered?"], default="input", resolved="name"),
]


def top_items_agent(task: str, context: list[str]) -> str:
    """A stand-in for your agent: it writes different code depending on what it was told."""
    told = " ".join(context).lower()
    params = "pairs, k" if "k is a parameter" in told else "pairs"
    limit = "k" if "k is a parameter" in told else "5"
    key = "(-p[1], p[0])" if "alphabetically" in told else "-p[1]"
    return f"def top_items({params}):\n    return sorted(pairs, key=lambda p: {key})[:{limit}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--auto", action="store_true", help="a simulated human answers")
    parser.add_argument("--probe", help="a probe folder (default: the shipped probe)")
    args = parser.parse_args()
    auto = args.auto or not sys.stdin.isatty()

    channel = SimulatedHuman(BLOCKERS) if auto else CLIChannel()
    probe = asksafe.Probe.load(args.probe) if args.probe else None
    graph = asksafe.wrap(top_items_agent, channel=channel, probe=probe, policy="cautious", max_questions=2)
    out = graph.invoke({"task": TASK}, {"configurable": {"thread_id": "wrap-function"}})

    for q, a in zip(out["questions"], out["answers"]):
        print(f"asked:    {q['text']}\nanswered: {a['text']}")
    if not out["questions"]:
        print("asked:    nothing (the probe saw no blocker above the policy's threshold)")
    print(f"status:   {out['status']}\nresult:\n{out['result']}")


if __name__ == "__main__":
    main()
