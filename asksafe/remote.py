"""``RemoteProbe``: the probe behind an HTTP service, with the probe's own interface.

The service is ``asksafe serve-probe`` (a Ray Serve deployment with dynamic
batching, :mod:`asksafe.adapters.serve`); this client is plain HTTP, so the
process that runs the agents needs neither Ray nor a model in memory.

>>> probe = RemoteProbe("http://127.0.0.1:8000", timeout=10)
>>> graph = asksafe.wrap(agent, channel=CLIChannel(), probe=probe)         # or AskSafeMiddleware(probe=probe)
>>> probe.assess("Total revenue per month", context="orders(revenue_gross, revenue_net)").should_ask
True

When the service cannot be reached (refused, timed out, an HTTP error, a reply
that is not an assessment) the call raises :class:`~asksafe.errors.ProbeUnavailableError`
and the wrapped run fails with it; with ``fallback="local"`` (the process-wide
in-process probe) or ``fallback=some_probe`` it logs ``probe_fallback`` and
asks that probe instead. Bad input is refused here, before any request, with
the :class:`~asksafe.errors.InvalidTaskError` the probe itself raises.

Wire format (pydantic, below): ``POST /assess`` ``{"items": [ProbeItem]}`` ->
``{"assessments": [Assessment]}``; ``GET /info`` -> :class:`ProbeInfo`.
"""

from __future__ import annotations

import asyncio
import weakref
from typing import Any

import httpx
from pydantic import BaseModel, ValidationError

from asksafe.errors import ConfigError, InvalidTaskError, ProbeUnavailableError
from asksafe.events import log
from asksafe.types import Assessment


class ProbeItem(BaseModel):
    """One text to assess, as the probe takes it."""

    text: str
    context: str | None = None
    domain: str | None = None
    source: str = "task"


class AssessRequest(BaseModel):
    items: list[ProbeItem]


class AssessResponse(BaseModel):
    assessments: list[Assessment]


class ProbeInfo(BaseModel):
    """What the service's probe is: its calibration (thresholds per policy, for the caller's policy) and backend."""

    calibration: dict[str, Any]
    backend: str
    device: str = "cpu"


class RemoteProbe:
    """The probe at ``url`` (``asksafe serve-probe``); ``fallback``: None, ``"local"`` or a probe."""

    def __init__(self, url: str, *, timeout: float = 30.0, fallback: Any = None):
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise ConfigError(f"RemoteProbe needs an http(s) URL, got {url!r}")
        if timeout is None or timeout <= 0:
            raise ConfigError(f"timeout must be positive seconds, got {timeout!r}")
        if fallback not in (None, "local") and not callable(getattr(fallback, "assess_many", None)):
            raise ConfigError(f"fallback must be None, 'local' or a probe with assess_many, got {fallback!r}")
        self.url = url.rstrip("/")
        self.timeout = float(timeout)
        self.fallback = fallback
        self._client = httpx.Client(base_url=self.url, timeout=self.timeout)  # pooled, thread-safe
        self._aclients: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # one per event loop
        self._info: ProbeInfo | None = None

    # ------------------------------------------------------------------ the probe's interface
    @property
    def calibration(self) -> dict:
        info = self.info()
        return info.calibration if info is not None else self._local().calibration

    def info(self) -> ProbeInfo | None:
        """The service's :class:`ProbeInfo` (asked once); None when it is down and a fallback is set."""
        if self._info is None:
            try:
                r = self._client.get("/info")
                r.raise_for_status()
                self._info = ProbeInfo.model_validate_json(r.content)
            except (httpx.HTTPError, ValidationError) as exc:
                self._unavailable(_why(exc))
                return None
        return self._info

    def assess(self, text: str, context: str | None = None, domain: str | None = None) -> Assessment:
        return self.assess_many([{"text": text, "context": context, "domain": domain}])[0]

    def assess_many(self, items: list[Any]) -> list[Assessment]:
        body = _request(items)
        if body is None:
            return []
        try:
            got = _reply(self._client.post("/assess", content=body, headers=_JSON), len(items))
        except (httpx.HTTPError, ValidationError, _BadReply) as exc:
            return self._fall_back(items, _why(exc))
        return got

    async def aassess(self, text: str, context: str | None = None, domain: str | None = None) -> Assessment:
        return (await self.aassess_many([{"text": text, "context": context, "domain": domain}]))[0]

    async def aassess_many(self, items: list[Any]) -> list[Assessment]:
        body = _request(items)
        if body is None:
            return []
        try:
            got = _reply(await self._aclient().post("/assess", content=body, headers=_JSON), len(items))
        except (httpx.HTTPError, ValidationError, _BadReply) as exc:
            fb = self._fallback_probe(_why(exc))
            many = getattr(fb, "aassess_many", None)
            return await many(items) if callable(many) else await asyncio.to_thread(fb.assess_many, items)
        return got

    def close(self) -> None:
        self._client.close()

    # ------------------------------------------------------------------ helpers
    def _aclient(self) -> httpx.AsyncClient:
        loop = asyncio.get_running_loop()
        client = self._aclients.get(loop)
        if client is None:
            client = self._aclients[loop] = httpx.AsyncClient(base_url=self.url, timeout=self.timeout)
        return client

    def _fall_back(self, items: list[Any], why: str) -> list[Assessment]:
        return self._fallback_probe(why).assess_many(items)

    def _fallback_probe(self, why: str) -> Any:
        self._unavailable(why)
        log.warning("probe_fallback", url=self.url, reason=why)
        return self._local()

    def _unavailable(self, why: str) -> None:
        if self.fallback is None:
            raise ProbeUnavailableError(
                f"the probe service at {self.url} is unavailable ({why}): start it with `asksafe serve-probe`, "
                "or pass RemoteProbe(url, fallback='local') to use an in-process probe meanwhile")

    def _local(self) -> Any:
        if self.fallback == "local":
            from asksafe.batching import shared_probe

            return shared_probe()
        if self.fallback is None:
            self._unavailable("no fallback")
        return self.fallback


_JSON = {"content-type": "application/json"}


class _BadReply(Exception):
    pass


def _request(items: list[Any]) -> bytes | None:
    """The request body; every item checked first, as the probe checks it (InvalidTaskError)."""
    from asksafe.probe.segments import normalise_item

    if not isinstance(items, list):
        raise InvalidTaskError(f"assess_many takes a list of items, got {type(items).__name__}")
    if not items:
        return None
    return AssessRequest(items=[ProbeItem(**normalise_item(x)) for x in items]).model_dump_json().encode()


def _reply(r: httpx.Response, n: int) -> list[Assessment]:
    if r.status_code == 422:  # the service refused an item this client let through: the caller's mistake
        raise InvalidTaskError(f"the probe service refused the input: {r.text[:300]}")
    r.raise_for_status()
    got = AssessResponse.model_validate_json(r.content).assessments
    if len(got) != n:
        raise _BadReply(f"{len(got)} assessments for {n} items")
    return got


def _why(exc: BaseException) -> str:
    if isinstance(exc, httpx.HTTPStatusError):
        return f"HTTP {exc.response.status_code}: {exc.response.text[:200]}"
    if isinstance(exc, ValidationError):
        return "its reply is not an assessment"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
