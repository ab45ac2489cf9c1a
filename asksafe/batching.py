"""Dynamic micro-batching: concurrent ``assess`` calls share one forward pass.

Many wrapped agents in one process (threads or asyncio tasks) call the probe at
once; a single worker thread collects what arrives within ``max_wait_ms`` (up
to ``max_batch`` items), runs them as one batch (sorted by length inside the
probe, so padding stays small) and hands each caller its own result. A bad
input fails only its own call.

>>> batched = MicroBatcher(Probe.load(), max_batch=64, max_wait_ms=2)
>>> graph = asksafe.wrap(agent, channel=..., probe=batched)     # same interface as Probe
>>> batched.assess("Total revenue per month")                     # thread-safe
>>> await batched.aassess("Total revenue per month")              # asyncio
"""

from __future__ import annotations

import asyncio
import queue
import threading
import time
from concurrent.futures import Future
from typing import Any

from asksafe.errors import AskSafeError
from asksafe.probe import Probe, _item
from asksafe.types import Assessment

_STOP = object()


class MicroBatcher:
    def __init__(self, probe: Probe, max_batch: int = 64, max_wait_ms: float = 2.0):
        if max_batch < 1 or max_wait_ms < 0:
            raise ValueError("max_batch must be >= 1 and max_wait_ms >= 0")
        self.probe = probe
        self.max_batch = max_batch
        self.max_wait = max_wait_ms / 1000.0
        self._q: queue.Queue = queue.Queue()
        self._closed = False
        self.batches = 0  # how many forward passes served how many items
        self.items = 0
        self._worker = threading.Thread(target=self._run, name="asksafe-batcher", daemon=True)
        self._worker.start()

    # the Probe interface, so a batcher can stand in for a probe anywhere
    @property
    def calibration(self) -> dict:
        return self.probe.calibration

    @property
    def threshold(self) -> float:
        return self.probe.threshold

    def submit(self, text: Any, context: Any = None, domain: str | None = None) -> Future:
        """Queue one item; the future resolves to its Assessment (or its own exception)."""
        if self._closed:
            raise AskSafeError("this MicroBatcher is closed")
        item = _item(text if isinstance(text, dict) else {"text": text, "context": context, "domain": domain})
        fut: Future = Future()
        self._q.put((item, fut))
        return fut

    def assess(self, text: Any, context: Any = None, domain: str | None = None) -> Assessment:
        return self.submit(text, context, domain).result()

    def assess_many(self, items: list[Any]) -> list[Assessment]:
        futs = [self.submit(x) for x in items]
        return [f.result() for f in futs]

    async def aassess(self, text: Any, context: Any = None, domain: str | None = None) -> Assessment:
        return await asyncio.wrap_future(self.submit(text, context, domain))

    def close(self) -> None:
        self._closed = True
        self._q.put(_STOP)
        self._worker.join(timeout=5)

    def __enter__(self) -> "MicroBatcher":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _run(self) -> None:
        while True:
            first = self._q.get()
            if first is _STOP:
                return
            batch = [first]
            deadline = time.perf_counter() + self.max_wait
            stop = False
            while len(batch) < self.max_batch:
                remaining = deadline - time.perf_counter()
                try:
                    nxt = self._q.get(timeout=remaining) if remaining > 0 else self._q.get_nowait()
                except queue.Empty:
                    break
                if nxt is _STOP:
                    stop = True
                    break
                batch.append(nxt)
            self._serve(batch)
            if stop:
                return

    def _serve(self, batch: list[tuple[dict, Future]]) -> None:
        live = [(it, f) for it, f in batch if f.set_running_or_notify_cancel()]
        if not live:
            return
        self.batches += 1
        self.items += len(live)
        # Items with and without context go in separate calls: the probe pairs every text of a
        # mixed tokenizer call with a context (an empty one adds a [SEP]), so a caller's score
        # would depend on who shared its batch. Apart, each gets what probe.assess gives it.
        for group in ([x for x in live if x[0]["context"]], [x for x in live if not x[0]["context"]]):
            if group:
                self._serve_group(group)

    def _serve_group(self, live: list[tuple[dict, Future]]) -> None:
        try:
            results = self.probe.assess_many([it for it, _ in live])
        except Exception:
            # one bad item must not fail the others: fall back to one by one
            for it, f in live:
                try:
                    f.set_result(self.probe.assess_many([it])[0])
                except Exception as exc:
                    f.set_exception(exc)
            return
        for (_, f), r in zip(live, results):
            f.set_result(r)
