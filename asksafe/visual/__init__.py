"""Images: can this picture support an answer to this task, and if not, which retake to ask for.

>>> from asksafe.visual import VisualProbe
>>> va = VisualProbe().assess(["receipt.jpg"], "What is the total on this receipt?")
>>> va.should_ask, va.question
(True, 'The bottom of the receipt is cut off — could you retake it with the total visible?')

Needs the ``vision`` extra (OpenCV, scikit-image, Pillow, pytesseract); see docs/images.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from asksafe.visual.assessment import VisualAssessment, VisualSignal

if TYPE_CHECKING:
    from asksafe.visual.images import load_image, thumbnail_data_url
    from asksafe.visual.probe import VisualProbe

__all__ = ["VisualAssessment", "VisualProbe", "VisualSignal", "load_image", "thumbnail_data_url"]


def __getattr__(name: str) -> Any:
    # OpenCV and Pillow load on first use
    if name == "VisualProbe":
        from asksafe.visual.probe import VisualProbe

        return VisualProbe
    if name in ("load_image", "thumbnail_data_url"):
        from asksafe.visual import images

        return getattr(images, name)
    raise AttributeError(f"module 'asksafe.visual' has no attribute {name!r}")
