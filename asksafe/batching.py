"""Dynamic micro-batching: concurrent ``assess`` calls share one forward pass.

Many wrapped agents in one process (threads or asyncio tasks) call the probe at
once; a worker collects what arrives within ``max_wait_ms`` (up to
``max_batch`` items), runs them as one batch (sorted by length inside the
probe, so padding stays small) and hands each caller its own result. A bad
input fails only its own call. When calls come one at a time (the last batch
held a single item) it does not wait for company, so a lone caller pays no
``max_wait_ms``.

When the probe's network lets go of the GIL for a whole call (ONNX Runtime,
the default on CPU), the work is a three-stage pipeline, one thread each, so
the network never waits for Python: while batch *k* runs through the network,
batch *k+1* is tokenized and checked (:meth:`Probe.prepare`) and batch *k-1*
becomes blockers and questions (:meth:`Probe.finish`). At most one prepared
batch waits for the network, so items arriving meanwhile join the next batch
instead of queueing behind a stale one. Eager torch takes the GIL back after
every op, and Python running beside it slows it down more than the overlap
gains, so with torch one thread runs the stages in turn.

>>> batched = MicroBatcher(Probe.load(), max_batch=64, max_wait_ms=2)
>>> graph = asksafe.wrap(agent, channel=..., probe=batched)     # same interface as Probe
>>> batched.assess("Total revenue per month")                     # thread-safe
>>> await batched.aassess("Total revenue per month")              # asyncio

``wrap`` and ``AskSafeMiddleware`` use one such batcher by default, shared by
the whole process (:func:`shared_probe`), so concurrent runs share forward
passes without any wiring; pass ``probe=Probe.load()`` to opt out.
"""

from __future__ import annotations

import asyncio
import os
import queue
import threading
import time
from concurrent.futures import Future
from typing import Any

from asksafe.errors import AskSafeError
from asksafe.probe import Probe
from asksafe.probe.segments import normalise_item as _item
from asksafe.types import Assessment

_STOP = object()
_Group = list[tuple[dict, Future]]


class MicroBatcher:
    def __init__(self, probe: Probe, max_batch: int = 64, max_wait_ms: float = 2.0):
        if max_batch < 1 or max_wait_ms < 0:
            raise ValueError("max_batch must be >= 1 and max_wait_ms >= 0")
        self.probe = probe
        self._pipelined = bool(getattr(probe, "forward_releases_gil", False)) and all(
            callable(getattr(probe, m, None)) for m in ("prepare", "forward", "finish"))
        self.max_batch = max_batch
        self.max_wait = max_wait_ms / 1000.0
        self._q: queue.Queue = queue.Queue()
        self._ready: queue.Queue = queue.Queue(maxsize=1)  # prepared, waiting for the network
        self._done: queue.Queue = queue.Queue()  # through the network, waiting for finish
        self._closed = False
        self.batches = 0  # how many forward passes served how many items
        self.items = 0
        self._last_size = 1
        self._worker = threading.Thread(target=self._run, name="asksafe-batcher", daemon=True)
        self._stages = [threading.Thread(target=f, name=f"asksafe-batcher-{f.__name__.strip('_')}", daemon=True)
                        for f in (self._forward_loop, self._finish_loop)] if self._pipelined else []
        for t in (self._worker, *self._stages):
            t.start()

    # the Probe interface, so a batcher can stand in for a probe anywhere
    @property
    def calibration(self) -> dict:
        return self.probe.calibration

    def submit(self, text: Any, context: Any = None) -> Future:
        """Queue one item; the future resolves to its Assessment (or its own exception)."""
        if self._closed:
            raise AskSafeError("this MicroBatcher is closed")
        item = _item(text if isinstance(text, dict) else {"text": text, "context": context})
        fut: Future = Future()
        self._q.put((item, fut))
        return fut

    def assess(self, text: Any, context: Any = None) -> Assessment:
        return self.submit(text, context).result()

    def assess_many(self, items: list[Any]) -> list[Assessment]:
        futs = self._submit_all(items)
        return [f.result() for f in futs]

    async def aassess(self, text: Any, context: Any = None) -> Assessment:
        return await asyncio.wrap_future(self.submit(text, context))

    async def aassess_many(self, items: list[Any]) -> list[Assessment]:
        """``assess_many`` for asyncio: awaits without holding the event loop (or a thread)."""
        futs = self._submit_all(items)
        return list(await asyncio.gather(*(asyncio.wrap_future(f) for f in futs)))

    def _submit_all(self, items: list[Any]) -> list[Future]:
        # every item is checked before any is queued: a bad one fails the call as probe.assess_many does
        norm = [_item(x) for x in items]
        return [self.submit(x) for x in norm]

    def close(self) -> None:
        """Serve what is queued, then stop the worker threads."""
        self._closed = True
        self._q.put(_STOP)
        for t in (self._worker, *self._stages):
            t.join(timeout=5)

    def __enter__(self) -> "MicroBatcher":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __getattr__(self, name: str) -> Any:
        # anything else a Probe has (backend, device, config, ...) is the wrapped probe's
        if name == "probe":
            raise AttributeError(name)
        return getattr(self.probe, name)

    # ------------------------------------------------------------------ stage 1: collect (and prepare)
    def _run(self) -> None:
        try:
            while True:
                first = self._q.get()
                if first is _STOP:
                    return
                batch = [first]
                deadline = time.perf_counter() + self.max_wait
                stop = False
                while len(batch) < self.max_batch:
                    try:
                        nxt = self._q.get_nowait()  # what is queued already
                    except queue.Empty:
                        remaining = deadline - time.perf_counter()
                        # the last batch was a lone item: calls come one at a time, and waiting for
                        # company would only add max_wait to each (a busier spell queues items anyway)
                        if remaining <= 0 or self._last_size <= 1:
                            break
                        try:
                            nxt = self._q.get(timeout=remaining)
                        except queue.Empty:
                            break
                    if nxt is _STOP:
                        stop = True
                        break
                    batch.append(nxt)
                self._last_size = len(batch)
                self._serve(batch)
                if stop:
                    return
        finally:
            if self._pipelined:
                self._ready.put(_STOP)

    def _serve(self, batch: _Group) -> None:
        live = [(it, f) for it, f in batch if f.set_running_or_notify_cancel()]
        if not live:
            return
        self.batches += 1
        self.items += len(live)
        # Items with and without context go in separate calls: the probe pairs every text of a
        # mixed tokenizer call with a context (an empty one adds a [SEP]), so a caller's score
        # would depend on who shared its batch. Apart, each gets what probe.assess gives it.
        for group in ([x for x in live if x[0]["context"]], [x for x in live if not x[0]["context"]]):
            if not group:
                continue
            if not self._pipelined:  # all stages here, one after the other
                self._whole(group)
                continue
            try:
                job = self.probe.prepare([it for it, _ in group])
            except Exception:
                self._one_by_one(group)
                continue
            self._ready.put((job, group))

    # ------------------------------------------------------------------ stage 2: the network
    def _forward_loop(self) -> None:
        try:
            while (got := self._ready.get()) is not _STOP:
                job, group = got
                try:
                    outs = self.probe.forward(job)
                except Exception:
                    self._one_by_one(group)
                    continue
                self._done.put((job, group, outs))
        finally:
            self._done.put(_STOP)

    # ------------------------------------------------------------------ stage 3: blockers and questions
    def _finish_loop(self) -> None:
        while (got := self._done.get()) is not _STOP:
            job, group, outs = got
            try:
                results = self.probe.finish(job, outs)
            except Exception:
                self._one_by_one(group)
                continue
            for (_, f), r in zip(group, results):
                f.set_result(r)

    def _whole(self, group: _Group) -> None:
        try:
            results = self.probe.assess_many([it for it, _ in group])
        except Exception:
            self._one_by_one(group)
            return
        for (_, f), r in zip(group, results):
            f.set_result(r)

    def _one_by_one(self, group: _Group) -> None:
        """A batch failed: run its items alone, so one bad item fails only its own call."""
        for it, f in group:
            try:
                f.set_result(self.probe.assess_many([it])[0])
            except Exception as exc:
                f.set_exception(exc)


_shared: MicroBatcher | None = None
_shared_pid = 0
_shared_lock = threading.Lock()


def shared_probe() -> MicroBatcher:
    """The process-wide default probe: the shipped probe behind one :class:`MicroBatcher`.

    Loaded on first use; every ``wrap`` and ``AskSafeMiddleware`` built without ``probe=``
    shares it, so concurrent runs (threads or asyncio tasks) share forward passes. A lone
    caller does not wait for company (see :class:`MicroBatcher`).

    >>> shared_probe() is shared_probe()
    True
    """
    global _shared, _shared_pid
    with _shared_lock:
        # a forked child inherits the batcher but not its threads: it gets its own
        if _shared is None or _shared._closed or _shared_pid != os.getpid():
            _shared, _shared_pid = MicroBatcher(Probe.load(), max_batch=64, max_wait_ms=2.0), os.getpid()
        return _shared
