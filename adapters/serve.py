"""The probe as a Ray Serve deployment: replicas, Serve's dynamic batching, a GPU when Ray has one.

Needs ``pip install 'asksafe[serve]'``. From the shell::

    asksafe serve-probe --replicas 2 --max-batch-size 64 --batch-wait-ms 2 --port 8000

or from Python, on a Ray instance you started (else a local one is started)::

>>> from asksafe.adapters.serve import serve_probe
>>> url = serve_probe(replicas=2, port=8000)          # "http://127.0.0.1:8000"
>>> probe = RemoteProbe(url)                             # asksafe.remote: the probe's interface over HTTP

Each replica loads the probe once; every item of every request goes through
``@serve.batch``, so concurrent callers share forward passes inside a replica, and
Serve spreads requests over the replicas. The HTTP API is the one
:class:`~asksafe.remote.RemoteProbe` speaks: ``POST /assess``, ``GET /info``, ``GET /healthz``.
"""

# no `from __future__ import annotations`: FastAPI reads the request model from the real annotation
import asyncio
import os
from typing import Any

from fastapi import FastAPI, HTTPException
from ray import serve

from asksafe.errors import ConfigError, InvalidTaskError
from asksafe.events import log
from asksafe.remote import AssessRequest, AssessResponse, ProbeInfo
from asksafe.types import Assessment

APP_NAME = "asksafe-probe"
api = FastAPI(title="asksafe probe", docs_url=None, redoc_url=None)


@serve.deployment(name="ProbeServer")
@serve.ingress(api)
class ProbeServer:
    """One replica: the probe, behind Serve's batch queue."""

    def __init__(self, probe_path: str | None = None, max_batch_size: int = 64, batch_wait_ms: float = 2.0):
        from asksafe.probe import Probe

        self.probe = Probe.load(probe_path)
        self._assess_one.set_max_batch_size(max_batch_size)
        self._assess_one.set_batch_wait_timeout_s(batch_wait_ms / 1000.0)
        self.batches = self.items = 0
        log.info("probe_replica", pid=os.getpid(), backend=self.probe.backend, device=self.probe.device,
                 max_batch_size=max_batch_size, batch_wait_ms=batch_wait_ms)

    @api.get("/healthz")
    async def healthz(self) -> dict:
        import torch

        # threads: what the network runs on (Ray sets OMP_NUM_THREADS to the replica's CPUs)
        return {"ok": True, "pid": os.getpid(), "batches": self.batches, "items": self.items,
                "threads": torch.get_num_threads()}

    @api.get("/info")
    async def info(self) -> ProbeInfo:
        return ProbeInfo(calibration=self.probe.calibration, backend=self.probe.backend, device=self.probe.device)

    @api.post("/assess")
    async def assess(self, req: AssessRequest) -> AssessResponse:
        from asksafe.probe.segments import normalise_item

        try:  # checked before any item joins a batch: a bad one fails only its own request
            items = [normalise_item(it.model_dump()) for it in req.items]
        except InvalidTaskError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        return AssessResponse(assessments=list(await asyncio.gather(*(self._assess_one(it) for it in items))))

    @serve.batch(max_batch_size=64, batch_wait_timeout_s=0.002)
    async def _assess_one(self, items: list[dict]) -> list[Assessment]:
        self.batches += 1
        self.items += len(items)
        # the network runs off the event loop, so the next batch fills while this one runs
        return await asyncio.to_thread(self.probe.assess_many, items)


def deployment(*, replicas: int = 1, max_batch_size: int = 64, batch_wait_ms: float = 2.0,
               probe_path: str | None = None, replica_cpus: float | None = None, gpus: float | None = None) -> Any:
    """The bound Serve application.

    ``replica_cpus``: CPUs Ray reserves for each replica, which its network then runs on (Ray sets
    ``OMP_NUM_THREADS``); default: Ray's CPUs shared evenly by the replicas, at most one node's.
    ``gpus`` per replica: default a share of the GPUs Ray sees (at most 1), else none.
    """
    import ray

    if replicas < 1 or max_batch_size < 1 or batch_wait_ms < 0 or (replica_cpus is not None and replica_cpus < 0):
        raise ConfigError("replicas and max_batch_size must be >= 1, batch_wait_ms and replica_cpus >= 0")
    if replica_cpus is None:
        node = max((float(n["Resources"].get("CPU", 0)) for n in ray.nodes() if n.get("Alive")), default=1.0)
        replica_cpus = min(node, float(ray.cluster_resources().get("CPU", 1.0)) / replicas)
    if gpus is None:
        seen = float(ray.cluster_resources().get("GPU", 0.0))
        gpus = min(1.0, seen / replicas) if seen else 0.0
    actor: dict[str, Any] = {"num_cpus": replica_cpus}
    if gpus:
        actor["num_gpus"] = gpus
    return ProbeServer.options(
        num_replicas=replicas, ray_actor_options=actor,
        # a replica must hold a full batch's worth of requests, or Serve's queue never fills a batch
        max_ongoing_requests=max(4 * max_batch_size, 64),
    ).bind(probe_path, max_batch_size, batch_wait_ms)


def serve_probe(*, replicas: int = 1, max_batch_size: int = 64, batch_wait_ms: float = 2.0,
                host: str = "127.0.0.1", port: int = 8000, probe_path: str | None = None,
                replica_cpus: float | None = None, gpus: float | None = None) -> str:
    """Deploy the probe on Serve (starting a local Ray when none is running); its URL."""
    import ray

    if not ray.is_initialized():
        # a service bound to loopback runs on a Ray bound to loopback too
        local = {"_node_ip_address": "127.0.0.1"} if host in ("127.0.0.1", "localhost") else {}
        ray.init(include_dashboard=False, log_to_driver=False, **local)
    app = deployment(replicas=replicas, max_batch_size=max_batch_size, batch_wait_ms=batch_wait_ms,
                     probe_path=probe_path, replica_cpus=replica_cpus, gpus=gpus)
    serve.start(http_options={"host": host, "port": port})
    serve.run(app, name=APP_NAME, route_prefix="/")
    url = f"http://{host}:{port}"
    log.info("probe_service", url=url, replicas=replicas, max_batch_size=max_batch_size, batch_wait_ms=batch_wait_ms,
             gpus_per_replica=gpus or 0)
    return url


def stop() -> None:
    """Remove the deployment and stop Serve (Ray itself keeps running)."""
    serve.shutdown()
