"""Wrap a LangGraph graph: a blocker found while exploring (a schema) is asked about too.

    python examples/wrap_langgraph.py          # answer in this terminal
    python examples/wrap_langgraph.py --auto   # scripted answers (also when stdin is not a terminal)

The graph reads a schema, then writes SQL. Its input is ``{"task", "context"}``
and its output ``{"result", "observations"}``; asksafe probes the task, then
each observation (the schema shows two revenue columns), and re-runs the graph
with the answer in ``context``.
"""

from __future__ import annotations

import argparse
import sys
from typing import TypedDict

from langgraph.graph import END, START, StateGraph

import asksafe
from asksafe.adapters import CLIChannel
from asksafe.types import Answer, Question

SCHEMA = ("orders(id int pk, customer_id int, revenue_gross numeric, revenue_net numeric, refunded bool, "
          "created_at timestamp)")


class SqlState(TypedDict, total=False):
    task: str
    context: list[str]
    observations: list[str]
    result: str


def read_schema(state: SqlState) -> dict:
    return {"observations": [SCHEMA]}


def write_sql(state: SqlState) -> dict:
    told = " ".join(state.get("context") or []).lower()
    column = "revenue_net" if "net" in told else "revenue_gross"
    return {"result": f"SELECT date_trunc('month', created_at) AS month, sum({column}) FROM orders GROUP BY 1"}


def build_graph():
    g = StateGraph(SqlState)
    g.add_node("read_schema", read_schema)
    g.add_node("write_sql", write_sql)
    g.add_edge(START, "read_schema")
    g.add_edge("read_schema", "write_sql")
    g.add_edge("write_sql", END)
    return g.compile()


class ScriptedHuman:
    """A channel with canned answers, picked by a keyword of the question."""

    name = "scripted"

    def ask(self, question: Question, *, timeout: float | None = None) -> Answer:
        q = question.text.lower()
        text = "Net revenue (revenue_net), after refunds." if ("revenue" in q or "column" in q) else \
            "Calendar months, UTC."
        return Answer(question_id=question.id, text=text, responder="script", channel=self.name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--auto", action="store_true", help="scripted answers")
    parser.add_argument("--probe", help="a probe folder (default: the shipped probe)")
    args = parser.parse_args()
    auto = args.auto or not sys.stdin.isatty()

    probe = asksafe.Probe.load(args.probe) if args.probe else None
    graph = asksafe.wrap(build_graph(), channel=ScriptedHuman() if auto else CLIChannel(), probe=probe,
                         policy="cautious", max_questions=2)
    out = graph.invoke({"task": "Total revenue per month from the orders table."},
                       {"configurable": {"thread_id": "wrap-langgraph"}})
    for d in out["decisions"]:
        print(f"decision: {d['action']:3} on {d['source']:14} ({d['reason']})")
    for q, a in zip(out["questions"], out["answers"]):
        print(f"asked:    {q['text']}\nanswered: {a['text']}")
    print(f"status:   {out['status']}\nresult:   {out['result']}")


if __name__ == "__main__":
    main()
