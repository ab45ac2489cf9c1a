"""Deterministic scenes for the visual suite: documents, receipts, labels, digit displays, object scenes.

Every scene is drawn from a seed (``random.Random(seed)``), so the suite, the calibration set and the
tests regenerate the same pixels anywhere. Fonts are the DejaVu faces matplotlib ships.

>>> s = make_scene("receipt", seed=7)
>>> s.task, s.answer, s.frames[0].shape
('What is the total on this receipt?', '23.45', (640, 480, 3))
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

KINDS = ("receipt", "document", "label", "display", "objects")
COLOURS = {"red": (205, 40, 35), "green": (40, 160, 60), "blue": (40, 70, 200), "yellow": (235, 200, 30)}
SHAPES = ("circle", "square", "triangle")
H, W = 640, 480


@dataclass
class Scene:
    """One clear scene: its frames (one image, or a sequence for displays), the task and its answer."""

    kind: str
    task: str
    answer: str
    frames: list[np.ndarray]
    roi: tuple[int, int, int, int]  # x0, y0, x1, y1 of the part the answer is read from
    paper: tuple[int, int, int, int]  # the subject's box (paper, label, display, or the shapes' hull)
    seed: int
    meta: dict = field(default_factory=dict)

    @property
    def image(self) -> np.ndarray:
        return self.frames[-1]


@lru_cache(maxsize=64)
def font(name: str, size: int):
    import matplotlib
    from PIL import ImageFont

    return ImageFont.truetype(str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name), size)


def _background(rng: random.Random, h: int = H, w: int = W) -> np.ndarray:
    """A table top: a base colour, a soft lighting gradient and fine noise."""
    base = np.array([rng.randint(70, 140), rng.randint(60, 120), rng.randint(50, 110)], np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    grad = 1.0 + 0.12 * ((xx / w) * rng.uniform(-1, 1) + (yy / h) * rng.uniform(-1, 1))
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    img = base[None, None, :] * grad[:, :, None] + nrng.normal(0, 4, (h, w, 1))
    return np.clip(img, 0, 255).astype(np.uint8)


def _money(rng: random.Random) -> str:
    return f"{rng.randint(1, 39)}.{rng.randint(0, 99):02d}"


def _receipt(rng: random.Random):
    from PIL import Image, ImageDraw

    img = Image.fromarray(_background(rng))
    d = ImageDraw.Draw(img)
    pw, ph = rng.randint(250, 300), rng.randint(430, 500)
    x0, y0 = (W - pw) // 2 + rng.randint(-30, 30), (H - ph) // 2 + rng.randint(-20, 20)
    paper = rng.randint(232, 246)
    d.rectangle([x0, y0, x0 + pw, y0 + ph], fill=(paper, paper, paper - rng.randint(0, 6)))
    f, fb = font("DejaVuSansMono.ttf", rng.randint(17, 20)), font("DejaVuSansMono-Bold.ttf", rng.randint(20, 23))
    shop = rng.choice(["CORNER CAFE", "FRESH MARKET", "CITY BAKERY", "GREEN GROCER", "BOOK NOOK"])
    d.text((x0 + 20, y0 + 18), shop, font=fb, fill=(25, 25, 25))
    items = rng.sample(["COFFEE", "BREAD", "MILK", "APPLES", "TEA", "PASTA", "RICE", "JAM", "SOAP", "EGGS"], rng.randint(4, 6))
    y = y0 + 70
    cents = 0
    for it in items:
        price = _money(rng)
        cents += int(price.replace(".", ""))
        d.text((x0 + 20, y), it, font=f, fill=(30, 30, 30))
        d.text((x0 + pw - 20 - d.textlength(price, font=f), y), price, font=f, fill=(30, 30, 30))
        y += 30
    total = f"{cents // 100}.{cents % 100:02d}"
    ty = y0 + ph - 60
    d.line([x0 + 15, ty - 12, x0 + pw - 15, ty - 12], fill=(60, 60, 60), width=2)
    d.text((x0 + 20, ty), "TOTAL", font=fb, fill=(15, 15, 15))
    d.text((x0 + pw - 20 - d.textlength(total, font=fb), ty), total, font=fb, fill=(15, 15, 15))
    task = rng.choice(["What is the total on this receipt?", "How much was the total on the receipt?",
                       "Read the total amount from this receipt."])
    return np.asarray(img), task, total, (x0, ty - 4, x0 + pw, ty + 30), (x0, y0, x0 + pw, y0 + ph), {"detail": "total"}


def _document(rng: random.Random):
    from PIL import Image, ImageDraw

    img = Image.fromarray(_background(rng))
    d = ImageDraw.Draw(img)
    pw, ph = rng.randint(380, 420), rng.randint(500, 560)
    x0, y0 = (W - pw) // 2 + rng.randint(-15, 15), (H - ph) // 2 + rng.randint(-15, 15)
    paper = rng.randint(234, 247)
    d.rectangle([x0, y0, x0 + pw, y0 + ph], fill=(paper, paper - rng.randint(0, 4), paper - rng.randint(0, 8)))
    f, fb = font("DejaVuSans.ttf", rng.randint(16, 18)), font("DejaVuSans-Bold.ttf", rng.randint(24, 28))
    d.text((x0 + 25, y0 + 20), rng.choice(["INVOICE", "STATEMENT", "ORDER"]), font=fb, fill=(20, 20, 20))
    number = f"{rng.choice('ABKMPRST')}{rng.choice('ABKMPRST')}-{rng.randint(10000, 99999)}"
    date = f"{rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    which = rng.choice(["number", "date"])
    lines = [("Reference: " + number, "number"), ("Date: " + date, "date")]
    rng.shuffle(lines)
    filler = ["Thank you for your order.", "Payment due in 30 days.", "Goods remain our property",
              "until paid in full.", "Questions? Call our office.", "Please quote the reference."]
    y = y0 + 80
    roi = (0, 0, 0, 0)
    body = [lines[0], ("", ""), *[(t, "") for t in rng.sample(filler, 2)], lines[1], *[(t, "") for t in rng.sample(filler, 3)]]
    rng.shuffle(body)
    for text, tag in body:
        if text:
            d.text((x0 + 25, y), text, font=f, fill=(30, 30, 30))
        if tag == which:
            roi = (x0 + 20, y - 4, x0 + pw - 20, y + 26)
        y += rng.randint(34, 44)
    if which == "number":
        task, answer = rng.choice(["What is the reference number on this document?",
                                   "Which reference number does the document give?"]), number
    else:
        task, answer = rng.choice(["What date is on this document?", "Read the date from the document."]), date
    return np.asarray(img), task, answer, roi, (x0, y0, x0 + pw, y0 + ph), {"detail": "reference number" if which == "number" else "date"}


def _label(rng: random.Random):
    from PIL import Image, ImageDraw

    img = Image.fromarray(_background(rng))
    d = ImageDraw.Draw(img)
    box = tuple(rng.randint(90, 200) for _ in range(3))
    bx0, by0 = rng.randint(30, 60), rng.randint(60, 110)
    d.rectangle([bx0, by0, W - bx0, H - by0], fill=box)
    lw, lh = rng.randint(230, 270), rng.randint(180, 220)  # narrower than the box it is stuck on
    x0, y0 = (W - lw) // 2 + rng.randint(-20, 20), (H - lh) // 2 + rng.randint(-40, 40)
    d.rectangle([x0, y0, x0 + lw, y0 + lh], fill=(245, 245, 240), outline=(40, 40, 40), width=2)
    f, fb = font("DejaVuSans.ttf", 18), font("DejaVuSans-Bold.ttf", rng.randint(24, 28))
    lot = f"{rng.randint(1000, 9999)}{rng.choice('ABCDEFHK')}"
    d.text((x0 + 18, y0 + 15), rng.choice(["OLIVE OIL", "WHOLE OATS", "SEA SALT", "HONEY", "LENTILS"]), font=fb, fill=(20, 20, 20))
    d.text((x0 + 18, y0 + 60), f"Net wt {rng.randint(2, 9)}00 g", font=f, fill=(40, 40, 40))
    ly = y0 + lh - 60
    d.text((x0 + 18, ly), f"LOT {lot}", font=fb, fill=(10, 10, 10))
    task = rng.choice(["What is the lot number on the label?", "Read the LOT code printed on the label."])
    return np.asarray(img), task, lot, (x0 + 10, ly - 4, x0 + lw - 10, ly + 34), (x0, y0, x0 + lw, y0 + lh), {"detail": "lot number"}


def _display_frame(rng_state: dict, value: str) -> np.ndarray:
    from PIL import Image, ImageDraw

    img = Image.fromarray(rng_state["bg"].copy())
    d = ImageDraw.Draw(img)
    x0, y0, x1, y1 = rng_state["box"]
    d.rectangle([x0 - 14, y0 - 14, x1 + 14, y1 + 14], fill=(60, 60, 66))
    d.rectangle([x0, y0, x1, y1], fill=(18, 22, 20))
    fd = font("DejaVuSansMono-Bold.ttf", rng_state["size"])
    tw = d.textlength(value, font=fd)
    d.text(((x0 + x1 - tw) / 2, y0 + (y1 - y0 - rng_state["size"]) / 2 - 4), value, font=fd, fill=rng_state["ink"])
    return np.asarray(img)


def _display(rng: random.Random):
    bg = _background(rng)
    dw, dh = rng.randint(300, 360), rng.randint(110, 140)
    x0, y0 = (W - dw) // 2 + rng.randint(-20, 20), (H - dh) // 2 + rng.randint(-60, 60)
    state = {"bg": bg, "box": (x0, y0, x0 + dw, y0 + dh), "size": rng.randint(56, 66),
             "ink": rng.choice([(90, 255, 120), (255, 90, 70), (250, 250, 250)])}
    final = rng.randint(1000, 9899)
    seq = [final - rng.randint(200, 900), final - rng.randint(20, 150), final - rng.randint(1, 9), final, final]
    frames = [_display_frame(state, f"{v / 10:.1f}") for v in seq]
    unfinished = [_display_frame(state, f"{v / 10:.1f}") for v in (seq[0], seq[1], seq[1] + rng.randint(3, 9), seq[2])]
    task = rng.choice(["What is the final reading on the scale's display?", "What number does the meter show once it settles?"])
    box = (x0 - 14, y0 - 14, x0 + dw + 14, y0 + dh + 14)
    return frames, task, f"{final / 10:.1f}", (x0, y0, x0 + dw, y0 + dh), box, {"detail": "reading", "unfinished": unfinished}


def _objects(rng: random.Random):
    import cv2

    bgc = np.array([rng.randint(200, 235), rng.randint(200, 235), rng.randint(195, 230)], np.float32)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    img = np.clip(bgc[None, None, :] + nrng.normal(0, 3, (H, W, 1)), 0, 255).astype(np.uint8)
    placed: list[tuple[int, int, int, str, str]] = []
    n = rng.randint(4, 8)
    tries = 0
    while len(placed) < n and tries < 400:
        tries += 1
        r = rng.randint(26, 38)
        cx, cy = rng.randint(60, W - 60), rng.randint(60, H - 60)
        if any((cx - p[0]) ** 2 + (cy - p[1]) ** 2 < (r + p[2] + 14) ** 2 for p in placed):
            continue
        placed.append((cx, cy, r, rng.choice(SHAPES), rng.choice(list(COLOURS))))
    if sum(p[3] == "triangle" for p in placed) != 1:  # exactly one triangle, for the colour question
        tri = [i for i, p in enumerate(placed) if p[3] == "triangle"]
        for i in tri[1:]:
            placed[i] = (*placed[i][:3], "circle", placed[i][4])
        if not tri:
            placed[0] = (*placed[0][:3], "triangle", placed[0][4])
    for cx, cy, r, shape, col in placed:
        c = tuple(int(v) for v in COLOURS[col])
        if shape == "circle":
            cv2.circle(img, (cx, cy), r, c, -1, lineType=cv2.LINE_AA)
        elif shape == "square":
            cv2.rectangle(img, (cx - r, cy - r), (cx + r, cy + r), c, -1)
        else:
            pts = np.array([[cx, cy - r], [cx - r, cy + int(0.8 * r)], [cx + r, cy + int(0.8 * r)]], np.int32)
            cv2.fillPoly(img, [pts], c, lineType=cv2.LINE_AA)
    xs = [p[0] for p in placed]
    ys = [p[1] for p in placed]
    hull = (min(xs) - 40, min(ys) - 40, max(xs) + 40, max(ys) + 40)
    if rng.random() < 0.5:
        col = rng.choice(list(COLOURS))
        shape = rng.choice(["circle", "square"])
        count = sum(p[3] == shape and p[4] == col for p in placed)
        task, answer = f"How many {col} {shape}s are in the picture?", str(count)
        targets = [p for p in placed if p[3] == shape and p[4] == col] or placed
        detail = f"{col} {shape}s"
    else:
        tri = next(p for p in placed if p[3] == "triangle")
        task, answer, targets, detail = "What colour is the triangle?", tri[4], [tri], "triangle"
    tx = [p[0] for p in targets]
    ty = [p[1] for p in targets]
    rr = max(p[2] for p in targets)
    roi = (min(tx) - rr, min(ty) - rr, max(tx) + rr, max(ty) + rr)
    return img, task, answer, roi, hull, {"detail": detail, "shapes": placed}


def make_scene(kind: str, seed: int) -> Scene:
    """The clear scene of one kind for one seed."""
    rng = random.Random(f"{kind}:{seed}")
    if kind == "display":
        frames, task, answer, roi, box, meta = _display(rng)
        return Scene(kind, task, answer, frames, roi, box, seed, meta)
    maker = {"receipt": _receipt, "document": _document, "label": _label, "objects": _objects}[kind]
    img, task, answer, roi, box, meta = maker(rng)
    return Scene(kind, task, answer, [np.ascontiguousarray(img)], roi, box, seed, meta)
