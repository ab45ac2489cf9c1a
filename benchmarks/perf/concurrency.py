"""Shared by the perf benchmarks: run one call per item from ``n`` threads, items taken in order."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor


def threads(fn: Callable[[dict], object], items: list[dict], n: int) -> tuple[float, list]:
    """Seconds for all items and the results in item order; each of ``n`` threads takes the next item."""
    out: list = [None] * len(items)
    nxt = iter(range(len(items)))
    lock = threading.Lock()

    def worker():
        while True:
            with lock:
                k = next(nxt, None)
            if k is None:
                return
            out[k] = fn(items[k])

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=n) as pool:
        for f in [pool.submit(worker) for _ in range(n)]:
            f.result()
    return time.perf_counter() - t0, out
