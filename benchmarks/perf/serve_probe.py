"""The probe through Ray Serve vs in process, one run: decisions/s and their ratio, 1 and 2 replicas.

    python benchmarks/perf/serve_probe.py [--items 256] [--concurrency 64] [--repeats 2] [--json out.json]

Needs ``asksafe[serve]``. Starts a local Ray (all CPUs of this machine) on loopback,
deploys ``asksafe serve-probe``'s deployment with 1 replica, then with 2, and on the
same validation items (text + context), interleaved and repeated (medians), measures:

- ``in-process assess_many``: the plain probe, all items in one call (the ceiling);
- ``in-process shared x C``: C threads calling ``assess`` on the default batched probe
  (what concurrent ``wrap`` runs share);
- ``serve N replica(s) x C`` (each replica reserving 1/N of Ray's CPUs, its network on as
  many threads): C threads, each a ``RemoteProbe.assess`` per item (one HTTP
  request per decision, as concurrent agents send them), through Serve's ``@serve.batch``.

The client runs on the same machine as Ray and competes with the replicas for its
cores; on a small shared machine read the ratios, not the absolute numbers. Also: one
request at a time (p50 latency), and whether Serve's decisions equal the in-process ones.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("ASKSAFE_LOG", "off")
os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx  # noqa: E402

from asksafe.batching import shared_probe  # noqa: E402
from asksafe.remote import RemoteProbe  # noqa: E402
from concurrency import threads  # noqa: E402
from texts import validation_items  # noqa: E402


def one_call(probe, items: list[dict]) -> tuple[float, list]:
    t0 = time.perf_counter()
    out = probe.assess_many(items)
    return time.perf_counter() - t0, out


def lone_ms(fn: Callable[[dict], object], items: list[dict]) -> float:
    ms = []
    for it in items:
        t0 = time.perf_counter()
        fn(it)
        ms.append((time.perf_counter() - t0) * 1000)
    return statistics.median(ms)


def same(a, b) -> bool:
    return a.should_ask == b.should_ask and [x.key for x in a.blockers] == [x.key for x in b.blockers]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=256)
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--max-batch-size", type=int, default=64)
    ap.add_argument("--batch-wait-ms", type=float, default=2.0)
    ap.add_argument("--replicas", default="1,2", help="replica counts to measure, in order")
    ap.add_argument("--lone", type=int, default=30)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)

    import ray
    from ray import serve

    from asksafe.adapters.serve import APP_NAME, deployment

    items = validation_items(a.items)
    n = a.concurrency
    shared = shared_probe()
    plain = shared.probe
    base = plain.assess_many(items)  # warm-up and the reference decisions
    t0 = time.perf_counter()
    ray.init(include_dashboard=False, log_to_driver=False, _node_ip_address="127.0.0.1")
    port = free_port()
    serve.start(http_options={"host": "127.0.0.1", "port": port})
    url = f"http://127.0.0.1:{port}"
    print(f"{len(items)} items, concurrency {n}, backend {plain.backend}, cpus {os.cpu_count()}, "
          f"ray {ray.cluster_resources().get('CPU')} CPU / {ray.cluster_resources().get('GPU', 0)} GPU, "
          f"load avg {os.getloadavg()[0]:.1f}; ray up in {time.perf_counter() - t0:.0f} s", flush=True)

    inproc: dict[str, Callable[[], tuple[float, list]]] = {
        "in-process assess_many": lambda: one_call(plain, items),
        f"in-process shared x{n}": lambda: threads(lambda it: shared.assess(it["text"], it["context"]), items, n),
    }
    secs: dict[str, list[float]] = {}
    agree: dict[str, int] = {}
    lone: dict[str, float] = {"in-process": lone_ms(lambda it: plain.assess(it["text"], it["context"]),
                                                    items[: a.lone])}
    for replicas in (int(r) for r in a.replicas.split(",")):
        t0 = time.perf_counter()
        # the default: the machine's cores split between the replicas (a replica's network runs on as many threads)
        cpus = float(ray.cluster_resources().get("CPU") or 1) / replicas
        app = deployment(replicas=replicas, max_batch_size=a.max_batch_size, batch_wait_ms=a.batch_wait_ms)
        serve.delete(APP_NAME)  # the old replicas first: the new ones need their CPUs
        serve.run(app, name=APP_NAME, route_prefix="/")
        remote = RemoteProbe(url, timeout=300)
        remote.assess_many(items[:8])  # warm the replicas and the connection pool
        name = f"serve {replicas} replica{'s' if replicas > 1 else ''} x{n}"
        threads_per = [httpx.get(f"{url}/healthz").json()["threads"] for _ in range(4 * replicas)]
        print(f"deployed {replicas} replica(s) of {cpus:g} CPU in {time.perf_counter() - t0:.0f} s "
              f"(network threads per replica seen: {sorted(set(threads_per))})", flush=True)
        modes = {**inproc, name: lambda: threads(lambda it: remote.assess(it["text"], it["context"]), items, n)}
        for r in range(a.repeats):
            for m, fn in modes.items():
                s, out = fn()
                secs.setdefault(m, []).append(s)
                print(f"  [{r + 1}/{a.repeats}] {m:32} {len(items) / s:8.1f} decisions/s", flush=True)
                if m == name and r == 0:
                    agree[name] = sum(same(x, y) for x, y in zip(out, base))
        lone[f"serve {replicas}"] = lone_ms(lambda it: remote.assess(it["text"], it["context"]), items[: a.lone])
        remote.close()
    serve.shutdown()
    ray.shutdown()

    rate = {m: len(items) / statistics.median(v) for m, v in secs.items()}
    ref = rate["in-process assess_many"]
    res = {"items": len(items), "concurrency": n, "backend": plain.backend, "cpus": os.cpu_count(),
           "load_avg_end": os.getloadavg(), "decisions_per_s": rate,
           "ratio_to_assess_many": {m: v / ref for m, v in rate.items()},
           "ratio_to_shared": {m: v / rate[f"in-process shared x{n}"] for m, v in rate.items()},
           "same_decisions": agree, "lone_p50_ms": lone}
    print(f"\ndecisions/s (median of {a.repeats}) on the same {len(items)} items; ratios to in-process assess_many "
          f"and to the in-process shared batcher at the same concurrency:")
    for m, v in rate.items():
        print(f"  {m:32} {v:8.1f}  {res['ratio_to_assess_many'][m]:5.2f}x  {res['ratio_to_shared'][m]:5.2f}x")
    for m, k in agree.items():
        print(f"  {m}: same should_ask and blockers as in process on {k}/{len(items)}")
    print("one request at a time, p50 ms: " + ", ".join(f"{k} {v:.1f}" for k, v in lone.items()))
    if a.json:
        a.json.write_text(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
