"""Request frames: what a kind of request needs before an agent can act on it, as data.

A frame (``asksafe/frames/<name>.yaml``) says which requests it fits (``when``
regexes), and lists *slots*: the facts such a request needs ("from where",
"which day", "one way or return" for a flight). A slot is filled when one of
its ``filled`` patterns matches the task or the context (``'@date'`` stands
for any date or weekday); an unfilled *required* slot is a missing-information
blocker with the slot's own question. Questions may name what the request
said: ``{when}`` is the ``when`` capture ("next week"), ``{item_noun}`` the
``item`` capture without its determiner ("quarterly report").

Users add frames by passing their own YAML files or folders
(``load_frames(extra=[...])``) in the same format.

>>> [f.question for f in find("Book me a flight to Paris next week")]
['Which city or airport are you leaving from?', 'Which day next week do you want to travel?', ...]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from asksafe.checks import Finding
from asksafe.errors import ConfigError

DATE = (r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b|"
        r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(jan|feb|mar|"
        r"apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}(-\d{2})?\b|\b\d{1,2}/\d{1,2}(/\d{2,4})?\b|"
        r"\b(today|tomorrow|tmrw|tmr|tonight|this (morning|afternoon|evening)|\d{1,2}(:\d{2})?\s*(am|pm))\b")
DETERMINERS = ("the", "our", "my", "that", "this", "your", "their", "a", "an")
REQUIRED_P = 0.8
"""How likely an unfilled required slot is a real gap (the frame fits; nothing in the words fills it)."""
OPTIONAL_P = 0.35


@dataclass(frozen=True)
class Slot:
    name: str
    question: str
    family: str = ""
    required: bool = True
    weight: float = 0.7  # how much the result depends on it
    filled: tuple[re.Pattern, ...] = ()
    only_if: re.Pattern | None = None
    need: str | None = None  # a capture that must match for the slot to apply
    about: str | None = None  # the capture whose words the slot is about (its span), when not ``need``
    question_plain: str | None = None
    question_by: dict[str, str] = field(default_factory=dict)  # need's value -> question
    options: tuple[str, ...] = ()

    def fills(self, text: str) -> bool:
        return any(p.search(text) for p in self.filled)


@dataclass(frozen=True)
class Frame:
    name: str
    description: str
    when: tuple[re.Pattern, ...]
    slots: tuple[Slot, ...]
    capture: dict[str, re.Pattern] = field(default_factory=dict)

    def fits(self, text: str) -> bool:
        return any(p.search(text) for p in self.when)


def _rx(pattern: str, where: str) -> re.Pattern:
    try:
        return re.compile(DATE if pattern == "@date" else pattern, re.I)
    except re.error as exc:
        raise ConfigError(f"frame {where}: bad regex {pattern!r}: {exc}") from exc


def parse_frame(data: dict, source: str = "<frame>") -> Frame:
    """A frame from its YAML data; ConfigError naming the file and field when it is malformed."""
    if not isinstance(data, dict) or not data.get("name") or not data.get("when") or not data.get("slots"):
        raise ConfigError(f"{source}: a frame needs 'name', 'when' (regexes) and 'slots'")
    name = str(data["name"])
    slots = []
    for i, s in enumerate(data["slots"]):
        where = f"{source} slot {i}"
        if not isinstance(s, dict) or not s.get("name") or not s.get("question"):
            raise ConfigError(f"{where}: a slot needs 'name' and 'question'")
        slots.append(Slot(
            name=str(s["name"]), question=str(s["question"]), family=str(s.get("family", s["name"])),
            required=bool(s.get("required", True)), weight=float(s.get("weight", 0.7)),
            filled=tuple(_rx(p, where) for p in s.get("filled", [])),
            only_if=_rx(s["only_if"], where) if s.get("only_if") else None, need=s.get("need"),
            question_plain=s.get("question_plain"), about=s.get("about"), question_by={str(k).lower(): str(v) for k, v in
                                                                (s.get("question_by") or {}).items()},
            options=tuple(str(o) for o in s.get("options", []))))
    return Frame(name=name, description=str(data.get("description", name)),
                 when=tuple(_rx(p, source) for p in data["when"]), slots=tuple(slots),
                 capture={k: _rx(v, source) for k, v in (data.get("capture") or {}).items()})


def _frame_files(extra: Sequence[str | Path] = ()) -> list[Path]:
    files = sorted(Path(str(p)) for p in resources.files("asksafe.frames").iterdir() if str(p).endswith(".yaml"))
    for e in extra:
        p = Path(e)
        files += sorted(p.glob("*.yaml")) if p.is_dir() else [p]
    return files


def load_frame(path: str | Path) -> Frame:
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read frame {p}: {exc}") from exc
    return parse_frame(data, str(p))


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> tuple[Frame, ...]:
    frames: dict[str, Frame] = {}
    for f in _frame_files(extra):
        fr = load_frame(f)
        frames[fr.name] = fr  # a user's frame of the same name replaces the shipped one
    return tuple(frames.values())


def load_frames(extra: Iterable[str | Path] = ()) -> list[Frame]:
    """The shipped frames, plus ``extra`` YAML files or folders."""
    return list(_load(tuple(str(e) for e in extra)))


def frame(name: str) -> Frame:
    """One shipped frame by name ("travel", "meetings", "messages", "files", "deployments", "payments", ...)."""
    for f in load_frames():
        if f.name == name:
            return f
    raise ConfigError(f"no frame named {name!r}; shipped: {', '.join(f.name for f in load_frames())}")


def slot(key: str) -> Slot | None:
    """A slot by ``"frame.slot"``."""
    fname, _, sname = key.partition(".")
    for f in load_frames():
        if f.name == fname:
            return next((s for s in f.slots if s.name == sname), None)
    return None


def _strip_det(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in DETERMINERS:
        words.pop(0)
    return " ".join(words)


def _question(s: Slot, caps: dict[str, str]) -> str | None:
    if s.need and s.question_by:
        q = s.question_by.get(caps.get(s.need, "").lower())
        if q:
            return q
    values = {**caps, **{f"{k}_noun": _strip_det(v) for k, v in caps.items()}}
    names = re.findall(r"\{(\w+)\}", s.question)
    if all(values.get(n) for n in names):
        return s.question.format(**values)
    if s.question_plain:
        return s.question_plain
    return None if names else s.question


def find(text: str, context: str | None = None, frames: Sequence[Frame] | None = None) -> list[Finding]:
    """The unfilled slots of every frame that fits ``text``, as missing-information findings.

    ``strength`` is the slot's expected value: the chance it is a real gap times its weight.
    """
    ctx = context or ""
    both = f"{text}\n{ctx}"
    out: list[Finding] = []
    for fr in frames if frames is not None else load_frames():
        m = next((p.search(text) for p in fr.when if p.search(text)), None)
        if m is None:
            continue
        caps: dict[str, str] = {}
        spans: dict[str, tuple[int, int]] = {}
        for k, rx in fr.capture.items():
            cm = rx.search(text)
            if cm:
                caps[k] = " ".join((cm.groupdict().get(k) or cm.group(0)).split())
                spans[k] = cm.span(k) if cm.groupdict().get(k) else cm.span()
        for s in fr.slots:
            if s.only_if is not None and not s.only_if.search(text):
                continue
            if s.need and s.need not in caps:
                continue
            if s.fills(both):
                continue
            q = _question(s, caps)
            if not q:
                continue
            on = s.need or s.about or ""
            start, end = spans.get(on, m.span())
            p = REQUIRED_P if s.required else OPTIONAL_P
            out.append(Finding("missing", s.family, caps.get(on, ""), start, end, "text",
                               round(p * s.weight, 4), options=list(s.options),
                               reason=f"frame {fr.name}: '{s.name}' is not given", question=q,
                               slot=f"{fr.name}.{s.name}"))
    return out
