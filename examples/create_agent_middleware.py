"""asksafe as LangChain v1 middleware, next to LangChain's own tool approvals.

    python examples/create_agent_middleware.py                  # answer in this terminal
    python examples/create_agent_middleware.py --auto           # scripted answers (also without a terminal)
    python examples/create_agent_middleware.py --model smollm2  # or module:factory, provider:model

``AskSafeMiddleware`` probes the request before the model's first call and each
tool result after it; it suspends with a question (an ``interrupt`` whose value
has ``"question"``). ``HumanInTheLoopMiddleware`` suspends for approval of
``run_sql`` (a value with ``"action_requests"``). Both resume with ``Command(resume=...)``.
By default the model is scripted, so this runs offline in seconds, with no keys.
"""

from __future__ import annotations

import argparse
import sys

from langchain.agents import create_agent
from langchain.agents.middleware import HumanInTheLoopMiddleware
from langchain_core.messages import AIMessage, ToolMessage
from langchain_core.tools import tool
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command

import asksafe
from asksafe.adapters import AskSafeMiddleware
from asksafe.chat_models import ScriptedChatModel, load_chat_model


@tool
def read_schema() -> str:
    """Read the schema of the orders database."""
    return "orders(id int pk, revenue_gross numeric, revenue_net numeric, created_at timestamp)"


@tool
def run_sql(query: str) -> str:
    """Run a SQL query on the orders database."""
    return "month | total\n2024-01 | 1200.50\n2024-02 | 980.00"


def scripted_model() -> ScriptedChatModel:
    """Stands in for a real model: reads the schema, runs one query, then answers."""

    def step(messages):
        tools_run = [m.name for m in messages if isinstance(m, ToolMessage)]
        if "read_schema" not in tools_run:
            return AIMessage("", tool_calls=[{"name": "read_schema", "args": {}, "id": "call-schema"}])
        if "run_sql" not in tools_run:
            told = " ".join(str(m.content) for m in messages if m.type == "human").lower()
            column = "revenue_net" if "net" in told else "revenue_gross"
            query = f"SELECT date_trunc('month', created_at), sum({column}) FROM orders GROUP BY 1"
            return AIMessage("", tool_calls=[{"name": "run_sql", "args": {"query": query}, "id": "call-sql"}])
        return "Monthly totals: January 1200.50, February 980.00."

    return ScriptedChatModel(script=[step])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--auto", action="store_true", help="scripted answers and approvals")
    parser.add_argument("--model", help="smollm2, module:factory or provider:model (default: scripted)")
    parser.add_argument("--probe", help="a probe folder (default: the shipped probe)")
    args = parser.parse_args()
    auto = args.auto or not sys.stdin.isatty()

    model = load_chat_model(args.model) if args.model else scripted_model()
    probe = asksafe.Probe.load(args.probe) if args.probe else None
    agent = create_agent(
        model,
        tools=[read_schema, run_sql],
        checkpointer=InMemorySaver(),  # interrupts need one; use a SQLite/Postgres saver to survive restarts
        middleware=[AskSafeMiddleware(probe=probe, policy="cautious", max_questions=2),
                    HumanInTheLoopMiddleware(interrupt_on={"run_sql": True})],
    )
    config = {"configurable": {"thread_id": "create-agent-demo"}}
    out = agent.invoke({"messages": [("user", "Total revenue per month, please.")]}, config)
    while out.get("__interrupt__"):
        value = out["__interrupt__"][0].value
        if "question" in value:  # asksafe asks
            question = value["question"]["text"]
            answer = "Net revenue (revenue_net)." if auto else input(f"{question}\n> ")
            print(f"asked:    {question}\nanswered: {answer}")
            out = agent.invoke(Command(resume=answer), config)
        else:  # LangChain's tool approval
            request = value["action_requests"][0]
            ok = auto or input(f"run {request['name']}({request['args']})? [y/n] ").strip().lower().startswith("y")
            print(f"approval: {request['name']} {'approved' if ok else 'rejected'}")
            decision = {"type": "approve"} if ok else {"type": "reject", "message": "Not approved."}
            out = agent.invoke(Command(resume={"decisions": [decision]}), config)
    for m in out["messages"]:
        if m.type == "tool":
            print(f"tool:     {m.name} -> {str(m.content).splitlines()[0]}")
    print(f"result:   {out['messages'][-1].content}")


if __name__ == "__main__":
    main()
