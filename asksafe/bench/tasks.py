"""Benchmark tasks: what the agent is given, what a human knows, how it is checked.

One task per YAML file under ``benchmarks/suite/{coding,sql}/`` (installed as
``asksafe.suite``). A task's ``solution`` is a template: each ``{{blocker_id}}``
placeholder is filled with the blocker's ``resolved`` value when the human's
resolution is known, and with its ``default`` (the stated guess) otherwise.
That template is the deterministic reference solver.

>>> task = load_suite()[0]
>>> task.reference_solution(resolved={b.id for b in task.blockers})  # full info
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, Field, model_validator

from asksafe.types import Blocker

_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z0-9_\-]+)\s*\}\}")


class RegistryBlocker(Blocker):
    """A blocker in a task's registry, with the two values the solver can use."""

    surfaces: Literal["upfront", "exploration"] = "upfront"
    default: str  # what a guessing agent uses; must fail the hidden test
    resolved: str  # what the human's resolution implies; passes it


class Task(BaseModel):
    id: str
    kind: Literal["coding", "sql"]
    title: str
    task: str
    observations: list[str] = Field(default_factory=list)
    blockers: list[RegistryBlocker] = Field(default_factory=list)
    solution: str
    # coding
    entry_point: str | None = None
    hidden_test: str | None = None
    # sql
    database: str | None = None
    ordered: bool = False

    @model_validator(mode="after")
    def _check(self) -> "Task":
        ids = [b.id for b in self.blockers]
        if len(ids) != len(set(ids)):
            raise ValueError(f"task {self.id}: duplicate blocker ids {ids}")
        if len(self.blockers) > 5:
            raise ValueError(f"task {self.id}: at most 5 blockers")
        used = set(_PLACEHOLDER.findall(self.solution))
        if used != set(ids):
            raise ValueError(f"task {self.id}: solution placeholders {sorted(used)} != blockers {sorted(ids)}")
        if self.kind == "coding" and not (self.entry_point and self.hidden_test):
            raise ValueError(f"task {self.id}: coding tasks need entry_point and hidden_test")
        if self.kind == "sql" and not self.database:
            raise ValueError(f"task {self.id}: sql tasks need database")
        return self

    def reference_solution(self, resolved: set[str] | None = None) -> str:
        """The solver's output given the ids of blockers whose resolution it knows."""
        known = resolved or set()
        by_id = {b.id: b for b in self.blockers}

        def fill(m: re.Match[str]) -> str:
            b = by_id[m.group(1)]
            return b.resolved if b.id in known else b.default

        return _PLACEHOLDER.sub(fill, self.solution)

    def resolved_in(self, context: list[str]) -> set[str]:
        """Ids of blockers whose resolution text appears in the context."""
        joined = "\n".join(context)
        return {b.id for b in self.blockers if b.resolution.strip() in joined}


def suite_dir() -> Path:
    """The installed default suite (``benchmarks/suite`` in a checkout)."""
    return Path(str(resources.files("asksafe.suite")))


def load_task(path: Path) -> Task:
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    try:
        return Task.model_validate(data)
    except Exception as exc:  # pydantic's message names the field; add the file
        raise ValueError(f"{path}: {exc}") from exc


def load_suite(path: Path | str | None = None, kinds: tuple[str, ...] = ("coding", "sql")) -> list[Task]:
    root = Path(path) if path else suite_dir()
    tasks: list[Task] = []
    for kind in kinds:
        for f in sorted((root / kind).glob("*.yaml")):
            tasks.append(load_task(f))
    return tasks
