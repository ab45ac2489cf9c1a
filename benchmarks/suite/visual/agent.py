"""The visual suite's wrapped agent: reads the image it is given and answers the task.

Real tools, no knowledge of the generator's ground truth: Tesseract OCR (through pytesseract) for
text and readings, OpenCV colour segmentation and contour shapes for colours and counts.

>>> answer_image("What is the total on this receipt?", rgb)
'23.45'
"""

from __future__ import annotations

import re

import numpy as np

_COLOUR_HUES = {"red": (0, 10, 170, 180), "yellow": (20, 35), "green": (40, 85), "blue": (100, 130)}


def _ocr(gray: np.ndarray, psm: int = 6) -> str:
    import pytesseract

    return pytesseract.image_to_string(gray, config=f"--psm {psm}")


def _gray_for_ocr(rgb: np.ndarray, invert: bool = False) -> np.ndarray:
    import cv2

    g = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    if invert:
        g = 255 - g
    return g


def _read_display(rgb: np.ndarray) -> str:
    """A lit display: keep the bright ink, black on white, one line of digits."""
    import pytesseract

    ink = rgb.max(axis=2) > 200
    ys, xs = np.nonzero(ink)
    if len(ys) < 20:
        return ""
    y0, y1, x0, x1 = ys.min(), ys.max(), xs.min(), xs.max()
    crop = np.where(ink[max(0, y0 - 20): y1 + 20, max(0, x0 - 20): x1 + 20], 0, 255).astype(np.uint8)
    return pytesseract.image_to_string(crop, config="--psm 7 -c tessedit_char_whitelist=0123456789.")


def read_text(rgb: np.ndarray, task: str) -> str:
    """Tesseract's reading of the image (a lit display is read as one line of digits)."""
    if re.search(r"\b(display|meter|reading|scale)\b", task, re.I):
        return _read_display(rgb)
    return _ocr(_gray_for_ocr(rgb), psm=6)


def answer_text(task: str, text: str) -> str:
    t = task.lower()
    up = text.upper()
    if "total" in t:
        m = re.search(r"TOTAL[^0-9]{0,12}(\d{1,3}[.,]\d{2})", up)
        return m.group(1).replace(",", ".") if m else ""
    if "reference" in t:
        m = re.search(r"\b([A-Z]{2})\s?-\s?(\d{5})\b", up)
        return f"{m.group(1)}-{m.group(2)}" if m else ""
    if "date" in t:
        m = re.search(r"(\d{4})\s?-\s?(\d{2})\s?-\s?(\d{2})", text)
        return "-".join(m.groups()) if m else ""
    if "lot" in t:
        m = re.search(r"LOT\s*[:.]?\s*(\d{4}[A-Z])", up.replace("O", "0").replace("L0T", "LOT"))
        return m.group(1) if m else ""
    if re.search(r"\b(display|meter|reading|scale)\b", t):
        m = re.findall(r"\d{2,4}\.\d", text)
        return m[-1] if m else ""
    return text.strip()


def _shapes(rgb: np.ndarray) -> list[tuple[str, str]]:
    """(colour, shape) of every saturated blob in the picture."""
    import cv2

    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    found: list[tuple[str, str]] = []
    sat = (hsv[:, :, 1] > 110) & (hsv[:, :, 2] > 70)
    for name, rng in _COLOUR_HUES.items():
        hue = hsv[:, :, 0]
        m = (hue >= rng[0]) & (hue <= rng[1])
        if len(rng) == 4:
            m |= (hue >= rng[2]) & (hue <= rng[3])
        mask = ((m & sat) * 255).astype(np.uint8)
        mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
        contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for c in contours:
            area = cv2.contourArea(c)
            if area < 300:
                continue
            peri = cv2.arcLength(c, True)
            approx = cv2.approxPolyDP(c, 0.04 * peri, True)
            circ = 4 * np.pi * area / (peri * peri + 1e-9)
            if len(approx) == 3:
                shape = "triangle"
            elif len(approx) == 4 and circ < 0.85:
                shape = "square"
            else:
                shape = "circle" if circ > 0.8 else ("square" if len(approx) == 4 else "circle")
            found.append((name, shape))
    return found


def answer_visual(task: str, rgb: np.ndarray) -> str:
    t = task.lower()
    shapes = _shapes(rgb)
    m = re.search(r"how many (\w+) (circle|square|triangle)s", t)
    if m:
        return str(sum(1 for c, s in shapes if c == m.group(1) and s == m.group(2)))
    if "colour" in t or "color" in t:
        tri = [c for c, s in shapes if s == "triangle"]
        return tri[0] if len(tri) == 1 else ""
    return ""


def answer_image(task: str, rgb: np.ndarray) -> str:
    """The agent's answer for one image (the last frame of a sequence)."""
    if re.search(r"how many|colou?r", task, re.I):
        return answer_visual(task, rgb)
    return answer_text(task, read_text(rgb, task))
