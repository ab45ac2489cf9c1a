"""Tesseract's own confidence in what it reads (Debian's ``tesseract-ocr`` through ``pytesseract``).

>>> ocr_confidence(rgb)      # mean word confidence, 0-100; 0 when no word is found
87.5
"""

from __future__ import annotations

import numpy as np

from asksafe.errors import ModelNotAvailableError


def ocr_confidence(rgb: np.ndarray, light_text: bool = False) -> float:
    """Mean confidence of the words Tesseract finds (0 when it finds none)."""
    import cv2

    try:
        import pytesseract
    except ImportError as exc:  # pragma: no cover - vision extra missing
        raise ModelNotAvailableError("OCR needs the vision extra: pip install 'asksafe[vision]'") from exc
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    if light_text:
        grey = 255 - grey
    try:
        data = pytesseract.image_to_data(grey, config="--psm 11", output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractNotFoundError as exc:
        raise ModelNotAvailableError("Tesseract is not installed (Debian: apt-get install tesseract-ocr)") from exc
    confs = [float(c) for c, t in zip(data["conf"], data["text"]) if str(t).strip() and float(c) >= 0]
    return float(np.mean(confs)) if confs else 0.0
