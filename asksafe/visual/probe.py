"""The visual probe: can this picture support an answer to this task, and if not, what should the user do?

>>> from asksafe.visual import VisualProbe
>>> va = VisualProbe().assess("receipt.jpg", "What is the total on this receipt?")
>>> va.should_ask, va.signal, va.question
(True, 'cut', 'The bottom of the receipt is cut off — could you retake it with the total visible?')

Signals, each with its intervention (asksafe.visual.interventions), in the order a question is chosen:
``unfinished`` (a frame sequence still changing), ``dark``, ``bright``, ``resolution`` (text too few
pixels tall, or the whole image tiny), ``glare``, ``occlusion``, ``rotation`` (text tasks), ``cut``
(the subject runs into the frame edge), ``blur``, and ``ocr`` (Tesseract's own word confidence, text tasks, only with ``ocr=True``).
Thresholds come from thresholds.json, calibrated on generated images (benchmarks/visual/calibrate.py).
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from asksafe.errors import InvalidImageError, InvalidTaskError
from asksafe.visual import interventions as iv
from asksafe.visual.assessment import VisualAssessment, VisualSignal
from asksafe.visual.images import ImageInput, read_image
from asksafe.visual.measure import Measurements, measure

# name: (feature, direction, intervention); listed in the order a question is chosen
RULES: dict[str, tuple[str, str, str]] = {
    "unfinished": ("frame_change", ">", "wait"),
    "dark": ("p99", "<", "light"),
    # washed out: even the darkest pixels are light in every channel (a yellow object on white is not)
    "bright": ("p1_min_channel", ">", "less_light"),
    # a picture too small to resolve the detail makes the measurements below unreliable: ask before them
    "resolution": ("detail_px", "<", "closer"),
    "glare": ("glare_frac", ">", "glare"),
    "occlusion": ("occluder_frac", ">", "uncover"),
    # a tilted page also runs out of the frame; turning it is the fix to ask for first
    "rotation": ("abs_text_angle", ">", "rotate"),
    "cut": ("cut_score", ">", "reframe"),
    "blur": ("sharpness", "<", "steady"),
}
OCR_RULE = ("ocr_confidence", "<", "retake")
DEFAULT_OCR_THRESHOLD = 55.0
"""Mean Tesseract word confidence (0-100) under which text counts as unreadable."""
_THRESHOLDS = Path(__file__).with_name("thresholds.json")


@lru_cache(maxsize=1)
def _shipped_thresholds() -> dict[str, float]:
    try:
        return dict(json.loads(_THRESHOLDS.read_text())["thresholds"])
    except FileNotFoundError:
        return {}


def features(probe: "VisualProbe", frames: Sequence[Any], task: str) -> dict[str, float | None]:
    """The scalar each rule reads, for one image or frame sequence (used by calibration too)."""
    loaded = [read_image(f) for f in frames]
    m = probe._measure(loaded, task)
    return _features(m, iv.asks_for_text(task))


def _features(m: Measurements, text_task: bool) -> dict[str, float | None]:
    side_px = min(m.width, m.height) / 16.0
    detail = side_px
    if text_task and m.char_height_px is not None:
        detail = min(side_px, m.char_height_px)
    return {
        "frame_change": m.frame_change,
        "p99": m.p99,
        "p1": m.p1,
        "p1_min_channel": m.p1_min_channel,
        "glare_frac": m.glare_frac,
        "occluder_frac": m.occluder_frac,
        "cut_score": m.cut_score,
        "abs_text_angle": abs(m.text_angle) if (text_task and m.text_angle is not None) else None,
        "sharpness": m.sharpness,
        "detail_px": detail,
    }


class VisualProbe:
    """Scores images for what stops a task from being answered from them; CPU, no model download.

    ``ocr=True`` adds Tesseract's confidence for text tasks (about 0.1-0.5 s an image) when no other
    signal fired; ``thresholds`` overrides calibrated values by signal name.
    """

    def __init__(self, ocr: bool = False, thresholds: dict[str, float] | None = None,
                 ocr_threshold: float = DEFAULT_OCR_THRESHOLD) -> None:
        self.ocr = ocr
        self.thresholds = {**_shipped_thresholds(), **(thresholds or {})}
        self.ocr_threshold = ocr_threshold
        missing = [n for n in RULES if n not in self.thresholds]
        if missing:
            from asksafe.errors import ConfigError

            raise ConfigError(f"visual probe thresholds missing for {missing}; run benchmarks/visual/calibrate.py --write")

    def _measure(self, loaded: list, task: str) -> Measurements:
        last = loaded[-1]
        text_task = iv.asks_for_text(task)
        return measure([x.rgb for x in loaded], last.original_size, dark_on_light=iv.dark_on_light(task),
                       text_task=text_task, scale_to_original=last.scale)

    def assess(self, images: ImageInput | Sequence[ImageInput], task: str, sequence: bool = False) -> VisualAssessment:
        """Assess one image, several separate images, or (``sequence=True``) the frames of one clip."""
        start = time.perf_counter()
        if not isinstance(task, str) or not task.strip():
            raise InvalidTaskError("an image needs a task: say what should be read or judged from it")
        items = list(images) if isinstance(images, (list, tuple)) else [images]
        if not items:
            raise InvalidImageError("no image given")
        loaded = [read_image(x) for x in items]
        groups = [loaded] if sequence else [[x] for x in loaded]
        text_task = iv.asks_for_text(task)
        all_signals: list[VisualSignal] = []
        first: VisualSignal | None = None
        for index, group in enumerate(groups):
            m = self._measure(group, task)
            feats = _features(m, text_task)
            signals = self._signals(m, feats, task, index)
            if self.ocr and text_task and not any(s.triggered for s in signals):
                signals.append(self._ocr_signal(group[-1].rgb, task, index))
            all_signals.extend(signals)
            hit = next((s for s in signals if s.triggered), None)
            if first is None and hit is not None:
                first = hit
        va = VisualAssessment(
            should_ask=first is not None,
            signal=first.name if first else None,
            intervention=first.intervention if first else None,
            question=first.question if first else None,
            image_index=first.image_index if first else None,
            signals=all_signals,
            text_task=text_task,
            latency_ms=(time.perf_counter() - start) * 1000.0,
        )
        from asksafe.events import log

        log.info("visual_assessment", should_ask=va.should_ask, signal=va.signal, images=len(items),
                 sequence=sequence, latency_ms=round(va.latency_ms, 2))
        return va

    def _signals(self, m: Measurements, feats: dict[str, float | None], task: str, index: int) -> list[VisualSignal]:
        out = []
        for name, (feat, direction, intervention) in RULES.items():
            value = feats.get(feat)
            if value is None:
                continue
            t = self.thresholds[name]
            fired = value > t if direction == ">" else value < t
            where, box, shown = None, None, value
            if name == "cut":
                where = m.cut_sides[0] if m.cut_sides else None
            elif name == "occlusion":
                box = m.occluder_box
            elif name == "glare":
                box = m.glare_box
            elif name == "rotation":
                shown = m.text_angle
            elif name == "resolution" and m.char_height_px is not None:
                shown = m.char_height_px
            out.append(VisualSignal(
                name=name, value=float(value), threshold=float(t), triggered=bool(fired), intervention=intervention,
                question=iv.question(name, task, where=where, box=box, value=shown) if fired else None,
                where=where, image_index=index,
            ))
        return out

    def _ocr_signal(self, rgb, task: str, index: int) -> VisualSignal:
        from asksafe.visual.ocr import ocr_confidence

        conf = ocr_confidence(rgb, light_text=iv.dark_on_light(task) is False)
        fired = conf < self.ocr_threshold
        return VisualSignal(name="ocr", value=conf, threshold=self.ocr_threshold, triggered=fired, intervention="retake",
                            question=iv.question("ocr", task) if fired else None, image_index=index)
