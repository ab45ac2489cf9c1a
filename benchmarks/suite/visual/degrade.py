"""Degradation operators for the visual suite, each seeded, each with the fix that undoes it.

>>> frames = degrade(scene, "glare", seed=3)      # a new list of frames; the scene is untouched
>>> FIXES["glare"]
frozenset({'glare', 'less_light', 'retake'})

``FIXES`` lists the interventions that count as a *valid* suggestion for each degradation (the
shaped reward's 0.7; see docs/images.md). "retake" is the OCR engine's generic "I can't read it,
retake it closer and in focus", valid for the quality problems a retake fixes, not for framing,
occlusion, rotation or timing.
"""

from __future__ import annotations

import random

import numpy as np

DEGRADATIONS = ("blur", "dark", "bright", "glare", "crop", "occlusion", "rotation", "downscale", "unfinished")
FIXES: dict[str, frozenset[str]] = {
    "blur": frozenset({"steady", "closer", "retake"}),
    "downscale": frozenset({"closer", "steady", "retake"}),
    "dark": frozenset({"light", "retake"}),
    "bright": frozenset({"less_light", "glare", "retake"}),
    "glare": frozenset({"glare", "less_light", "retake"}),
    "crop": frozenset({"reframe"}),
    "occlusion": frozenset({"uncover"}),
    "rotation": frozenset({"rotate"}),
    "unfinished": frozenset({"wait"}),
}
# which degradations make sense for which scene (rotation does not change a count or a colour;
# only a display has a sequence to be unfinished)
APPLIES = {
    "receipt": ("blur", "dark", "bright", "glare", "crop", "occlusion", "rotation", "downscale"),
    "document": ("blur", "dark", "bright", "glare", "crop", "occlusion", "rotation", "downscale"),
    "label": ("blur", "dark", "bright", "glare", "crop", "occlusion", "rotation", "downscale"),
    "display": ("blur", "dark", "glare", "crop", "occlusion", "rotation", "downscale", "unfinished"),
    "objects": ("blur", "dark", "glare", "crop", "occlusion", "downscale"),
}


def _noise(img: np.ndarray, rng: random.Random, sigma: float) -> np.ndarray:
    n = np.random.default_rng(rng.randint(0, 2**31)).normal(0, sigma, img.shape)
    return np.clip(img.astype(np.float32) + n, 0, 255).astype(np.uint8)


def blur(img: np.ndarray, rng: random.Random) -> np.ndarray:
    import cv2

    if rng.random() < 0.5:
        s = rng.uniform(3.0, 6.0)
        return cv2.GaussianBlur(img, (0, 0), s)
    k = rng.randint(19, 31)  # motion blur along a random direction
    kern = np.zeros((k, k), np.float32)
    kern[k // 2, :] = 1.0
    rot = cv2.getRotationMatrix2D((k / 2 - 0.5, k / 2 - 0.5), rng.uniform(0, 180), 1.0)
    kern = cv2.warpAffine(kern, rot, (k, k))
    return cv2.filter2D(img, -1, kern / kern.sum())


def dark(img: np.ndarray, rng: random.Random) -> np.ndarray:
    f = rng.uniform(0.04, 0.09)
    return _noise((img.astype(np.float32) * f), rng, rng.uniform(3.0, 5.0))


def bright(img: np.ndarray, rng: random.Random) -> np.ndarray:
    keep = rng.uniform(0.05, 0.10)  # washed out: everything pushed towards white
    out = 255.0 - (255.0 - img.astype(np.float32)) * keep
    return _noise(out, rng, 4.0)


def glare(img: np.ndarray, roi: tuple[int, int, int, int], rng: random.Random) -> np.ndarray:
    h, w = img.shape[:2]
    cx = (roi[0] + roi[2]) / 2 + rng.uniform(-0.15, 0.15) * (roi[2] - roi[0])
    cy = (roi[1] + roi[3]) / 2
    sx, sy = rng.uniform(60, 110), rng.uniform(35, 60)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    g = np.exp(-(((xx - cx) / sx) ** 2 + ((yy - cy) / sy) ** 2) / 2.0)
    out = img.astype(np.float32) + 255.0 * rng.uniform(1.6, 2.4) * g[:, :, None]
    return np.clip(out, 0, 255).astype(np.uint8)


def crop(img: np.ndarray, roi: tuple[int, int, int, int], rng: random.Random) -> np.ndarray:
    """Cut the frame through the subject so the part the answer is in falls outside."""
    h, w = img.shape[:2]
    x0, y0, x1, y1 = roi
    cy, cx = (y0 + y1) / 2, (x0 + x1) / 2
    # the side of the frame nearest the answer region is the one the cut goes through
    sides = {"bottom": h - cy, "top": cy, "right": w - cx, "left": cx}
    side = min(sides, key=sides.get)
    frac = rng.uniform(0.2, 0.8)
    if side == "bottom":
        return img[: max(8, int(y0 + frac * (y1 - y0) * 0.5)), :]
    if side == "top":
        return img[min(h - 8, int(y1 - frac * (y1 - y0) * 0.5)):, :]
    if side == "right":
        return img[:, : max(8, int(x0 + frac * (x1 - x0) * 0.5))]
    return img[:, min(w - 8, int(x1 - frac * (x1 - x0) * 0.5)):]


def occlusion(img: np.ndarray, roi: tuple[int, int, int, int], rng: random.Random) -> np.ndarray:
    """Cover the answer region with a thumb, a sticky note or a dark object."""
    import cv2

    out = img.copy()
    x0, y0, x1, y1 = roi
    cx, cy = int((x0 + x1) / 2 + rng.uniform(-0.2, 0.2) * (x1 - x0)), int((y0 + y1) / 2)
    kind = rng.choice(["thumb", "note", "object"])
    colour = {"thumb": (rng.randint(190, 225), rng.randint(140, 170), rng.randint(110, 140)),
              "note": rng.choice([(245, 230, 150), (170, 215, 230), (240, 185, 200)]),
              "object": (rng.randint(25, 60),) * 3}[kind]
    rx = max(int((x1 - x0) * rng.uniform(0.45, 0.65)), 40)
    ry = max(int((y1 - y0) * rng.uniform(0.9, 1.4)), 34)
    if kind == "note":
        cv2.rectangle(out, (cx - rx, cy - ry), (cx + rx, cy + ry), colour, -1)
    else:
        cv2.ellipse(out, (cx, cy), (rx, ry), rng.uniform(-20, 20), 0, 360, colour, -1, lineType=cv2.LINE_AA)
    shade = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 2.5, out.shape)
    return np.clip(out.astype(np.float32) + shade, 0, 255).astype(np.uint8)


def rotation(img: np.ndarray, rng: random.Random) -> np.ndarray:
    import cv2

    if rng.random() < 0.5:
        return np.ascontiguousarray(np.rot90(img, rng.choice([1, 3])))
    angle = rng.choice([-1, 1]) * rng.uniform(22, 40)
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 0.8)  # shrunk so the subject stays in frame
    border = tuple(int(v) for v in img[2, 2])
    return cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)


def downscale(img: np.ndarray, rng: random.Random) -> np.ndarray:
    import cv2

    f = rng.uniform(0.14, 0.22)
    h, w = img.shape[:2]
    return cv2.resize(img, (max(8, int(w * f)), max(8, int(h * f))), interpolation=cv2.INTER_AREA)


def degrade(scene, name: str, seed: int) -> list[np.ndarray]:
    """The scene's frames with one degradation applied (the same one to every frame of a sequence)."""
    if name == "unfinished":
        return [f.copy() for f in scene.meta["unfinished"]]
    if name not in DEGRADATIONS:
        raise ValueError(f"unknown degradation {name!r}; known: {', '.join(DEGRADATIONS)}")
    out = []
    for img in scene.frames:
        rng = random.Random(f"{name}:{scene.kind}:{scene.seed}:{seed}")  # same draw for every frame
        if name in ("glare", "crop", "occlusion"):
            res = globals()[name](img, scene.roi, rng)
        else:
            res = globals()[name](img, rng)
        out.append(np.ascontiguousarray(res))
    return out


def mild(scene, seed: int) -> list[np.ndarray]:
    """A clear control with the small imperfections of an ordinary good photo (no answer is lost).

    A sequence gets the same exposure, focus and tilt on every frame, and fresh sensor noise on each.
    """
    import cv2

    rng = random.Random(f"mild:{scene.kind}:{scene.seed}:{seed}")
    gain, offset = rng.uniform(0.85, 1.08), rng.uniform(-10, 10)
    sigma = rng.uniform(0.3, 0.8) if rng.random() < 0.5 else 0.0
    angle = rng.uniform(-3, 3) if rng.random() < 0.5 else 0.0
    noise = rng.uniform(0.5, 2.0)
    out = []
    for frame in scene.frames:
        img = np.clip(frame.astype(np.float32) * gain + offset, 0, 255).astype(np.uint8)
        if sigma:
            img = cv2.GaussianBlur(img, (0, 0), sigma)
        if angle:
            h, w = img.shape[:2]
            m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
            img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        out.append(_noise(img, rng, noise))
    return out
