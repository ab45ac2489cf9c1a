"""Questions that are interventions: what went wrong with the picture, and what the user can do about it.

>>> subject_and_detail("What is the total on this receipt?")
('receipt', 'the total')
>>> question("cut", "What is the total on this receipt?", where="bottom")
'The bottom of the receipt is cut off — could you retake it with the total visible?'
"""

from __future__ import annotations

import re

INTERVENTIONS = {
    "steady": "hold the camera steady and refocus",
    "light": "add light",
    "less_light": "reduce the light (flash off, out of direct sun)",
    "glare": "tilt away from the reflection",
    "closer": "move closer or send a higher-resolution picture",
    "reframe": "reframe so the whole subject is in the picture",
    "uncover": "remove what covers the subject",
    "rotate": "turn the picture upright",
    "wait": "wait until it finishes and send the final frame",
    "retake": "retake it closer, flat and in focus",
}
"""Every intervention the probe can ask for (ProactiveBench's proactive suggestions, in plain words)."""

_SUBJECTS = ("receipt", "invoice", "document", "letter", "page", "form", "label", "sticker", "sign", "screen",
             "screenshot", "display", "meter", "scale", "gauge", "dashboard", "whiteboard", "card", "id card",
             "passport", "ticket", "menu", "package", "box", "bottle", "photo", "picture", "image", "scene")
_DETAIL = [
    re.compile(r"\b(?:what|which)\s+(?:is|are|was|were)\s+the\s+([\w' -]+?)\s+(?:on|in|of|from|printed|shown|written)\b", re.I),
    re.compile(r"\bwhat\s+([\w' -]+?)\s+(?:is|are)\s+(?:on|in|printed|shown|written)\b", re.I),
    re.compile(r"\bread\s+the\s+([\w' -]+?)\s+(?:from|on|off|printed|in)\b", re.I),
    re.compile(r"\bhow\s+many\s+([\w' -]+?)\s+(?:are|is|do|can|were|there)\b", re.I),
    re.compile(r"\bwhat\s+colou?r\s+is\s+the\s+([\w' -]+?)\s*\??$", re.I),
    re.compile(r"\bwhat\s+(number|reading|value|time|date|price)\s+does\b", re.I),
    re.compile(r"\bwhich\s+([\w' -]+?)\s+does\s+the\b", re.I),
]
_DISPLAY_WORDS = re.compile(r"\b(display|screen|meter|scale|gauge|dashboard|reading|readout|lcd|led)\b", re.I)
_TEXT_WORDS = re.compile(
    r"\b(read|text|says?|written|total|amount|price|number|date|code|lot|serial|reference|invoice|name|address|"
    r"reading|display|meter|value|digits?|word|title|label|receipt|document|id|plate)\b", re.I)
_VISUAL_WORDS = re.compile(r"\b(colou?rs?|how many|count|shapes?|circles?|squares?|triangles?|objects?)\b", re.I)


def asks_for_text(task: str) -> bool:
    """Whether answering needs reading text or digits (so text height, rotation and OCR matter)."""
    if _VISUAL_WORDS.search(task) and not re.search(r"\b(read|text|written|says?)\b", task, re.I):
        return False
    return bool(_TEXT_WORDS.search(task))


def dark_on_light(task: str) -> bool | None:
    """False for a lit display (light digits on a dark panel); None lets the image decide."""
    return False if _DISPLAY_WORDS.search(task) else None


def subject_and_detail(task: str) -> tuple[str, str | None]:
    """The thing photographed ('receipt') and what the task wants from it ('the total')."""
    low = task.lower()
    subject = next((s for s in _SUBJECTS if re.search(rf"\b{re.escape(s)}'?s?\b", low)), "picture")
    if subject in ("photo", "image", "scene"):
        subject = "picture"
    detail = None
    for pat in _DETAIL:
        mt = pat.search(task)
        if mt:
            words = mt.group(1).strip().lower()
            words = re.sub(r"\b(this|that|the|a|an)\b", "", words).strip()
            if words and words != subject:
                detail = words if re.match(r"^\w+ (circles|squares|triangles|objects)$", words) or words.endswith("s") and " " in words else f"the {words}"
                if words.endswith("s") and " " in words:
                    detail = f"all the {words}"
                break
    return subject, detail


def _where(box: tuple[float, float, float, float] | None) -> str:
    if box is None:
        return "part of"
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    v = "top" if cy < 0.36 else "bottom" if cy > 0.64 else ""
    h = "left" if cx < 0.36 else "right" if cx > 0.64 else ""
    spot = f"{v} {h}".strip() or "middle"
    return f"the {spot} of"


def question(signal: str, task: str, where: str | None = None, box=None, value: float | None = None) -> str:
    """One specific question for one failed signal, in the task's own terms."""
    subject, detail = subject_and_detail(task)
    the = f"the {subject}"
    need = detail or f"what you asked about"
    if signal == "cut":
        side = where or "edge"
        return f"The {side} of {the} is cut off — could you retake it with {need} visible?"
    if signal == "occlusion":
        return (f"Something is covering {_where(box)} {the} — could you move it out of the way and retake the "
                f"photo so {need} is visible?")
    if signal == "glare":
        return (f"There is a glare spot on {_where(box)} {the} — could you tilt it or turn off the flash and "
                f"retake it so {need} is not washed out?")
    if signal == "dark":
        return f"The photo is too dark to make out {need} — could you turn on a light or move somewhere brighter and retake it?"
    if signal == "bright":
        return (f"The photo is washed out — {the} is too bright to read {need}. Could you retake it with the "
                f"flash off or out of direct light?")
    if signal == "blur":
        return f"The photo of {the} is blurred — could you hold the camera steady and retake it so {need} is sharp?"
    if signal == "resolution":
        size = f" (the text is only about {value:.0f} pixels tall)" if value is not None and value < 30 else ""
        return (f"{the.capitalize()} is too small in the picture to read {need}{size} — could you move closer "
                f"or send a higher-resolution photo?")
    if signal == "rotation":
        turn = f" about {abs(value):.0f}°" if value is not None else ""
        return f"{the.capitalize()} is rotated{turn} — could you retake it upright so {need} can be read?"
    if signal == "unfinished":
        return (f"{the.capitalize()} is still changing in the last frames — could you wait until it settles and "
                f"send the final frame showing {need}?")
    if signal == "ocr":
        return (f"I can't read the text on {the} reliably — could you retake it closer, flat and in focus so "
                f"{need} is legible?")
    return f"Could you retake the photo of {the} so {need} is clearly visible?"
