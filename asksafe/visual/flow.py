"""Images through the flow: the retake loop that ``wrap``'s graph and the middleware share.

A run's images travel as ``data:`` URLs (serialisable, so a checkpointer keeps them across a
suspend); the visual probe looks at them before the agent does; when it finds a failure the user
is asked for the intervention, and an answer that brings a new picture replaces the degraded one.

>>> looked = look(step, VisualProbe(), "What is the total on this receipt?", to_state_images([photo]),
...               asked=0, asked_keys=[])
>>> looked.questions[0]["text"], len(looked.images)
('The bottom of the receipt is cut off — could you retake it with the total visible?', 1)
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from typing import Any

from asksafe.errors import InvalidImageError
from asksafe.events import log

MAX_IMAGES = 16
THUMB_SIDE = 320
_KEEP_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp", "GIF": "image/gif"}


def to_state_images(images: Any) -> list[str]:
    """Any supported image inputs as ``data:`` URLs (the encoded file kept when it needs no downscale)."""
    from asksafe.visual.images import encode_png, read_image

    if images is None:
        return []
    items = list(images) if isinstance(images, (list, tuple)) else [images]
    if len(items) > MAX_IMAGES:
        raise InvalidImageError(f"{len(items)} images given (limit {MAX_IMAGES}): send the ones the task needs")
    out = []
    for item in items:
        if isinstance(item, str) and item.startswith("data:image/"):
            read_image(item)  # validate now: a bad image fails the run's start, not its agent
            out.append(item)
            continue
        loaded = read_image(item)
        mime = _KEEP_FORMATS.get(loaded.format or "")
        if loaded.raw is not None and mime and loaded.scale == 1.0:
            out.append(f"data:{mime};base64," + base64.b64encode(loaded.raw).decode("ascii"))
        else:
            out.append("data:image/png;base64," + base64.b64encode(encode_png(loaded)).decode("ascii"))
    return out


def decode_images(urls: list[str]) -> list[Any]:
    """The RGB arrays of state images (what a function agent receives as ``images=``)."""
    from asksafe.visual.images import load_image

    return [load_image(u) for u in urls]


def _digest(url: str) -> str:
    return hashlib.sha1(url.encode("ascii", "replace")).hexdigest()[:10]


def images_of_message(msg: Any) -> list[str]:
    """``data:`` URLs of the image content blocks in a LangChain message (v1 and OpenAI-style blocks)."""
    content = getattr(msg, "content", msg)
    if not isinstance(content, list):
        return []
    found = []
    for block in content:
        if not isinstance(block, dict):
            continue
        kind = block.get("type")
        if kind == "image":
            b64 = block.get("base64") or (block.get("data") if block.get("source_type") == "base64" else None)
            if b64:
                found.append(f"data:{block.get('mime_type') or 'image/png'};base64,{b64}")
            elif isinstance(block.get("url"), str) and block["url"].startswith("data:image/"):
                found.append(block["url"])
        elif kind == "image_url":
            url = block.get("image_url")
            url = url.get("url") if isinstance(url, dict) else url
            if isinstance(url, str) and url.startswith("data:image/"):
                found.append(url)
    return found


def image_blocks(urls: list[str]) -> list[dict]:
    """LangChain standard image content blocks for state images."""
    blocks = []
    for u in urls:
        head, _, b64 = u.partition(",")
        blocks.append({"type": "image", "base64": b64, "mime_type": head[5:].split(";")[0]})
    return blocks


@dataclass
class Looked:
    """What the retake loop did: the images the agent will see, and the questions and answers on the way."""

    images: list[str]
    questions: list[dict] = field(default_factory=list)
    answers: list[dict] = field(default_factory=list)
    decisions: list[dict] = field(default_factory=list)
    asked_keys: list[str] = field(default_factory=list)
    clarifications: list[str] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)
    assessments: list[dict] = field(default_factory=list)
    stopped: bool = False


def visual_question(va: Any, key: str, image: str, deadline: Any = None) -> dict:
    """The question dict (as the channels and interrupts carry it) for a visual assessment."""
    from asksafe.types import Question
    from asksafe.visual.images import thumbnail_data_url
    from asksafe.visual.interventions import INTERVENTIONS

    q = Question(text=va.question, blocker_key=key, blocker_type="missing",
                 context_excerpt=f"{va.signal}: {INTERVENTIONS.get(va.intervention, va.intervention)}",
                 deadline=deadline, images=[thumbnail_data_url(image, THUMB_SIDE)]).model_dump(mode="json")
    q["id"] = hashlib.sha1(key.encode()).hexdigest()[:12]  # stable: a resumed node rebuilds the same question
    return q


def look(step: Any, vprobe: Any, task: str, images: list[str], *, asked: int, asked_keys: list[str],
         sequence: bool = False) -> Looked:
    """Assess the images; while one fails and the budget allows, ask for its intervention.

    ``step`` is the run's :class:`~asksafe.ask.AskStep` (channel or interrupt, timeout, fallback).
    An answer with images replaces the failing image (all frames, for a sequence) and is assessed
    again; an answer without one is kept as a clarification and the agent goes ahead.
    """
    from datetime import timedelta

    from asksafe.ask import clarification
    from asksafe.types import Decision, utcnow

    out = Looked(images=list(images))
    keys = list(asked_keys)
    while out.images:
        va = vprobe.assess(decode_images(out.images), task, sequence=sequence)
        out.assessments.append(va.model_dump(mode="json"))
        if not va.should_ask:
            break
        index = 0 if sequence else (va.image_index or 0)
        key = f"visual:{va.signal}:{_digest(out.images[-1] if sequence else out.images[index])}"
        if key in keys or asked + len(out.questions) >= step.max_questions:
            break  # asked about this very picture already, or out of budget: the agent goes ahead
        deadline = utcnow() + timedelta(seconds=step.question_timeout) if step.question_timeout else None
        q = visual_question(va, key, out.images[-1] if sequence else out.images[index], deadline)
        decision = Decision(action="ask", reason=f"visual probe: {va.signal}", p_blocker=1.0, policy="visual",
                            blocker_key=key, question=q["text"], source="image")
        log.info("question", question_id=q["id"], text=q["text"], blocker=key, channel=step.channel_name,
                 integration=step.integration)
        out.questions.append(q)
        out.decisions.append(decision.model_dump(mode="json"))
        keys.append(key)
        out.asked_keys.append(key)
        got = step.receive(q)
        if got.answer is None:
            fb = step.fallback(q, got.why)
            out.stopped = fb.stop
            if not fb.stop:
                out.assumptions.append(fb.assumption)
            break
        out.answers.append(got.answer.model_dump(mode="json"))
        if got.answer.text:
            out.clarifications.append(clarification(q, got.answer.text))
        new = list(getattr(got.answer, "images", None) or [])
        if not new:
            break
        if sequence or len(new) > 1:
            out.images = new
        else:
            out.images = [*out.images[:index], new[0], *out.images[index + 1:]]
    return out


def looks_at_messages(middleware: Any, new_messages: list[Any], state: dict) -> dict | None:
    """The retake loop for the newest human message with image blocks (``AskSafeMiddleware``'s part).

    Returns None when nothing was asked; otherwise the questions, answers, decisions and asked keys
    to add, the content of the clarification message (text, and the retake's image blocks), and a
    stop line when the fallback stops the run.
    """
    humans = [m for m in new_messages if getattr(m, "type", "") == "human" and images_of_message(m)]
    if not humans:
        return None
    msg = humans[-1]
    content = msg.content
    task = "".join(b.get("text", "") for b in content if isinstance(b, dict) and b.get("type") == "text").strip()
    if not task:
        from asksafe.errors import InvalidTaskError

        raise InvalidTaskError("a message with an image needs text too: say what should be read or judged from it")
    if middleware.visual_probe is None:
        from asksafe.visual import VisualProbe

        middleware.visual_probe = VisualProbe()
    images = images_of_message(msg)
    got = look(middleware.step, middleware.visual_probe, task, images,
               asked=len(state.get("asksafe_questions") or []), asked_keys=list(state.get("asksafe_asked_keys") or []))
    if not got.questions:
        return None
    notes = [*got.clarifications, *got.assumptions]
    text = "Clarification:\n" + "\n".join(notes) if notes else ""
    if got.images != images:
        body: Any = [{"type": "text", "text": (text + "\n" if text else "") + "The new picture replaces the earlier one."},
                     *image_blocks(got.images)]
    else:
        body = text
    last = got.questions[-1]
    stop = f"Stopped: no answer to “{last['text']}”." if got.stopped else ""
    return {"questions": got.questions, "answers": got.answers, "decisions": got.decisions,
            "asked_keys": got.asked_keys, "content": body, "stop": stop, "id": last["id"]}
