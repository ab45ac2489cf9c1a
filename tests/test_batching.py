"""MicroBatcher: concurrent callers share forward passes, and each gets its own answer."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

import asksafe
from asksafe import AgentResult, Blocker
from asksafe.bench.simulated import SimulatedHuman
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
    assert batcher.calibration == probe.calibration
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


class _Staged:
    """A probe whose stages can be watched and made to fail."""

    def __init__(self, probe, fail_forward_above: int = 0, poison: str = "", pipelined: bool = True):
        self.probe, self.fail_forward_above, self.poison = probe, fail_forward_above, poison
        self.forward_releases_gil = pipelined  # the three stages in three threads, or one after another
        self.calibration = probe.calibration
        self.prepared: list[int] = []

    def prepare(self, items):
        self.prepared.append(len(items))
        return self.probe.prepare(items)

    def forward(self, job):
        if self.fail_forward_above and len(job.items) > self.fail_forward_above:
            raise RuntimeError("out of memory")
        return self.probe.forward(job)

    def finish(self, job, outs):
        if self.poison and any(it["text"] == self.poison for it in job.items):
            raise RuntimeError("cannot write a question")
        return self.probe.finish(job, outs)

    def assess_many(self, items):
        job = self.prepare(items)
        return self.finish(job, self.forward(job))


@pytest.mark.parametrize("pipelined", [True, False])
def test_batches_never_exceed_max_batch(probe, expected, pipelined):
    watched = _Staged(probe, pipelined=pipelined)
    with MicroBatcher(watched, max_batch=3, max_wait_ms=20) as b:
        with ThreadPoolExecutor(max_workers=16) as pool:
            results = list(pool.map(lambda k: b.assess(ITEMS[k % len(ITEMS)][0], context=ITEMS[k % len(ITEMS)][1]),
                                    range(24)))
    assert max(watched.prepared) <= 3 and sum(watched.prepared) == 24
    assert all(same(r, expected[k % len(ITEMS)]) for k, r in enumerate(results))


@pytest.mark.parametrize("pipelined", [True, False])
def test_a_failing_forward_pass_falls_back_to_one_by_one(probe, expected, pipelined):
    with MicroBatcher(_Staged(probe, fail_forward_above=1, pipelined=pipelined), max_batch=16, max_wait_ms=20) as b:
        with ThreadPoolExecutor(max_workers=len(ITEMS)) as pool:
            results = list(pool.map(lambda it: b.assess(it[0], context=it[1]), ITEMS))
        assert b.batches < b.items  # they were batched, then served alone
    assert all(same(r, e) for r, e in zip(results, expected))


@pytest.mark.parametrize("pipelined", [True, False])
def test_an_item_that_fails_after_the_network_fails_only_its_own_call(probe, expected, pipelined):
    with MicroBatcher(_Staged(probe, poison="boom", pipelined=pipelined), max_batch=16, max_wait_ms=20) as b:
        with ThreadPoolExecutor(max_workers=len(ITEMS) + 1) as pool:
            futures = [pool.submit(b.assess, t, c) for t, c in ITEMS] + [pool.submit(b.assess, "boom")]
    with pytest.raises(RuntimeError, match="question"):
        futures[-1].result()
    assert all(same(f.result(), e) for f, e in zip(futures, expected))


def test_a_probe_with_assess_many_only_is_batched_whole(probe, expected):
    class Plain:
        calibration = probe.calibration

        def __init__(self):
            self.calls = 0

        def assess_many(self, items):
            self.calls += 1
            return probe.assess_many(items)

    plain = Plain()
    with MicroBatcher(plain, max_batch=16, max_wait_ms=20) as b:
        with ThreadPoolExecutor(max_workers=len(ITEMS)) as pool:
            results = list(pool.map(lambda it: b.assess(it[0], context=it[1]), ITEMS))
    assert plain.calls < len(ITEMS)
    assert all(same(r, e) for r, e in zip(results, expected))


def test_the_stages_overlap_only_when_the_network_lets_go_of_the_gil(probe):
    from asksafe import Probe

    with MicroBatcher(Probe.load(backend="torch")) as eager:
        assert not eager._stages  # eager torch: one thread runs prepare, forward and finish in turn
    with MicroBatcher(_Staged(probe, pipelined=True)) as piped:
        assert len(piped._stages) == 2
    assert not piped._worker.is_alive() and not any(t.is_alive() for t in piped._stages)


def test_a_lone_caller_does_not_wait_for_company(probe, expected):
    import time

    with MicroBatcher(probe, max_batch=16, max_wait_ms=1000) as b:
        t0 = time.perf_counter()
        results = [b.assess(text, context=ctx) for text, ctx in ITEMS[:3]]
        elapsed = time.perf_counter() - t0
    assert elapsed < 2.0  # waiting for company would take at least 3 x 1 s
    assert all(same(r, e) for r, e in zip(results, expected))


# ---------------------------------------------------------------------- the default probe is a shared batcher
def _instant_human():
    from asksafe.types import Answer

    class Instant:
        name = "instant"

        def ask(self, question, timeout=None):
            return Answer(question_id=question.id, text="Use the most common reading.", responder="test")

    return Instant()


def _first(out) -> tuple:
    a = out["assessments"][0]
    return a["should_ask"], [b["key"] for b in a["blockers"]], a["p_blocker"]


def test_wrap_without_a_probe_shares_one_batched_probe_across_threads(expected):
    from asksafe.batching import shared_probe

    graphs = [asksafe.wrap(lambda t, c: "done", channel=_instant_human()) for _ in range(2)]
    shared = shared_probe()
    b0, i0 = shared.batches, shared.items
    calls = [k % len(ITEMS) for k in range(32)]

    def run(k):
        text, ctx = ITEMS[calls[k]]
        return _first(graphs[k % 2].invoke({"task": text, "context": ctx or []}))

    with ThreadPoolExecutor(max_workers=32) as pool:
        got = list(pool.map(run, range(len(calls))))

    assert shared.items - i0 == len(calls)  # every run's decision went through the one shared batcher
    assert shared.batches - b0 < len(calls)  # and concurrent runs shared forward passes
    for k, (ask, keys, p) in zip(calls, got):
        e = expected[k]
        assert (ask, keys) == (e.should_ask, [b.key for b in e.blockers]) and abs(p - e.p_blocker) <= 2e-3


def test_wrap_ainvoke_awaits_the_shared_probe_so_asyncio_runs_are_batched(expected):
    from asksafe.batching import shared_probe

    graph = asksafe.wrap(lambda t, c: "done", channel=_instant_human())
    shared = shared_probe()
    b0, i0 = shared.batches, shared.items

    async def main():
        return await asyncio.gather(*(graph.ainvoke({"task": t, "context": c or []}) for t, c in ITEMS * 3))

    got = [_first(o) for o in asyncio.run(main())]

    assert shared.items - i0 == len(ITEMS) * 3
    assert shared.batches - b0 < len(ITEMS) * 3
    for k, (ask, keys, p) in enumerate(got):
        e = expected[k % len(ITEMS)]
        assert (ask, keys) == (e.should_ask, [b.key for b in e.blockers]) and abs(p - e.p_blocker) <= 2e-3


def test_the_shared_probe_stands_in_for_a_probe(probe):
    from asksafe.batching import shared_probe

    shared = shared_probe()
    assert shared is shared_probe()
    assert shared.calibration == probe.calibration and shared.backend == probe.backend


def test_aassess_many_checks_every_item_before_queueing_any(batcher, expected):
    async def main(items):
        return await batcher.aassess_many(items)

    before = batcher.items
    with pytest.raises(InvalidTaskError):
        asyncio.run(main([{"text": ITEMS[0][0], "context": ITEMS[0][1]}, {"text": ""}]))
    results = asyncio.run(main([{"text": t, "context": c} for t, c in ITEMS]))
    assert batcher.items - before == len(ITEMS)  # the failed call queued nothing
    assert all(same(r, e) for r, e in zip(results, expected))


def test_wrap_ainvoke_awaits_a_probes_aassess_many(probe):
    n = 12  # more than the event loop's default thread pool holds on a small machine

    class Gathering:
        calibration = probe.calibration

        def __init__(self):
            self.inside = self.peak = 0

        def assess_many(self, items):
            raise AssertionError("ainvoke must await aassess_many")

        async def aassess_many(self, items):
            self.inside += 1
            self.peak = max(self.peak, self.inside)
            for _ in range(200):  # wait (up to 2 s) until every run is inside the probe
                if self.peak >= n:
                    break
                await asyncio.sleep(0.01)
            self.inside -= 1
            return probe.assess_many(items)

    gathering = Gathering()
    graph = asksafe.wrap(lambda t, c: "done", channel=_instant_human(), probe=gathering)

    async def main():
        return await asyncio.gather(*(graph.ainvoke({"task": f"Write add(a, b) number {k}"}) for k in range(n)))

    outs = asyncio.run(main())
    assert gathering.peak == n and all(o["status"] == "done" for o in outs)

