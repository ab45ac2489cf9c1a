"""MicroBatcher: concurrent callers share forward passes, and each gets its own answer."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

import asksafe
from asksafe import AgentResult, Blocker
from asksafe.adapters import SimulatedHuman
from asksafe.batching import MicroBatcher
from asksafe.errors import AskSafeError, InvalidTaskError

SCHEMA = "CREATE TABLE orders (id INTEGER, customer_id INTEGER, revenue_gross REAL, revenue_net REAL, created_at TEXT)"
ITEMS = [
    ("What was the total revenue in 2024?", SCHEMA),
    ("Write a Python function add(a: int, b: int) -> int that returns a + b.", None),
    ("Send the report to the team soon.", None),
    ("Show me recent orders.", SCHEMA),
    ("Write top_k(items) returning the best items.", None),
    ("Kill the stuck job.", "Running jobs: etl-nightly (7h12m), reindex-products (6h40m), thumbnails (0h05m)"),
    ("Rename the column created_at to created_on in the orders table.", SCHEMA),
    ("# spec: slug('Hello World') -> 'hello-world'\n# docs: slug('Hello World') -> 'hello_world'",
     "Write slug(text) that turns a title into a URL slug."),
]


@pytest.fixture(scope="module")
def expected(probe):
    """What the probe says about each item on its own."""
    return [probe.assess(text, context=ctx) for text, ctx in ITEMS]


@pytest.fixture
def batcher(probe):
    b = MicroBatcher(probe, max_batch=16, max_wait_ms=20)
    yield b
    b.close()


def same(a, b) -> bool:
    return abs(a.p_blocker - b.p_blocker) <= 2e-3 and [x.key for x in a.blockers] == [x.key for x in b.blockers]


def test_concurrent_threads_share_forward_passes_and_get_their_own_results(batcher, expected):
    calls = [k % len(ITEMS) for k in range(64)]
    with ThreadPoolExecutor(max_workers=32) as pool:
        results = list(pool.map(lambda k: batcher.assess(ITEMS[k][0], context=ITEMS[k][1]), calls))

    assert batcher.items == len(calls)
    assert batcher.batches < batcher.items  # coalesced
    for k, r in zip(calls, results):
        assert same(r, expected[k]), ITEMS[k][0]


def test_asyncio_callers_are_batched_too(batcher, expected):
    async def main():
        return await asyncio.gather(*(batcher.aassess(text, context=ctx) for text, ctx in ITEMS * 4))

    results = asyncio.run(main())

    assert batcher.batches < batcher.items == len(ITEMS) * 4
    for k, r in enumerate(results):
        assert same(r, expected[k % len(ITEMS)])


def test_a_bad_input_fails_only_its_own_call(batcher, expected):
    def call(k):
        if k == 3:
            return batcher.assess("   ")  # empty text
        if k == 5:
            return batcher.assess("Total revenue per month", context=42)  # not a string
        return batcher.assess(ITEMS[k][0], context=ITEMS[k][1])

    with ThreadPoolExecutor(max_workers=len(ITEMS)) as pool:
        futures = [pool.submit(call, k) for k in range(len(ITEMS))]

    for k, f in enumerate(futures):
        if k in (3, 5):
            with pytest.raises(InvalidTaskError):
                f.result()
        else:
            assert same(f.result(), expected[k])


def test_assess_many_through_the_batcher_is_the_same_as_one_by_one(batcher, expected):
    results = batcher.assess_many([{"text": t, "context": c} for t, c in ITEMS])
    assert all(same(r, e) for r, e in zip(results, expected))


def test_close_is_clean_and_final(probe):
    b = MicroBatcher(probe, max_batch=4, max_wait_ms=1)
    futures = [b.submit(text, context=ctx) for text, ctx in ITEMS]
    b.close()

    assert all(f.done() and f.exception() is None for f in futures)  # queued work is served first
    assert not b._worker.is_alive()
    with pytest.raises(AskSafeError):
        b.assess("Total revenue per month")
    with MicroBatcher(probe) as ctx_managed:
        ctx_managed.assess("Total revenue per month")
    assert not ctx_managed._worker.is_alive()


def test_a_batcher_stands_in_for_the_probe_in_wrap(probe, batcher, config):
    assert batcher.calibration == probe.calibration and batcher.threshold == probe.threshold
    revenue = Blocker(id="revenue", type="ambiguous", description="'revenue' may be gross or net revenue",
                      resolution="Use net revenue: the revenue_net column.",
                      example_questions=["Does revenue mean gross or net?"])

    def agent(task, context):
        return AgentResult(result="SELECT customer_id, SUM(revenue_net) FROM orders GROUP BY customer_id")

    def run(p):
        graph = asksafe.wrap(agent, channel=SimulatedHuman([revenue]), probe=p)
        out = graph.invoke({"task": "Give me the total revenue for each customer.", "context": SCHEMA}, config)
        return out["status"], [d["action"] for d in out["decisions"]], [q["text"] for q in out["questions"]]

    assert run(batcher) == run(probe)
    assert batcher.items >= 1
