"""Measurements of one image (and of a frame sequence): the numbers the visual probe's signals read.

Each function takes the analysis image (grey ``float32`` at most ``ANALYSIS_SIDE`` pixels on its long
side) and returns plain numbers; :func:`measure` runs them all.

>>> m = measure(rgb_frames, text_task=True)
>>> round(m.sharpness, 3), m.char_height_px, m.cut_sides
(0.183, 14.0, [])
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

ANALYSIS_SIDE = 640
"""Images are measured at most this many pixels on the long side (sizes are reported in originals)."""


@dataclass
class Measurements:
    """Everything the signals read, for one image (the last frame of a sequence)."""

    width: int  # original pixels
    height: int
    p1: float = 0.0  # grey-level percentiles, 0..255
    p1_min_channel: float = 0.0  # 1st percentile of min(R, G, B): over-exposure lifts every channel
    p99: float = 0.0
    mean: float = 0.0
    sharpness: float = 0.0  # strongest second derivatives over contrast; low = blurred
    glare_frac: float = 0.0  # largest saturated blob with a bright halo, as a fraction of the frame
    glare_box: tuple[float, float, float, float] | None = None  # relative x0, y0, x1, y1
    char_height_px: float | None = None  # median text character height, original pixels
    text_components: int = 0
    cut_sides: list[str] = field(default_factory=list)  # frame sides the subject runs into
    cut_score: float = 0.0  # edge crossings on the worst side
    occluder_frac: float = 0.0  # largest flat, textless, solid foreign blob, fraction of the frame
    occluder_box: tuple[float, float, float, float] | None = None
    text_angle: float | None = None  # dominant text-line angle in degrees, (-90, 90]
    frame_change: float | None = None  # fraction of pixels still changing between the last two frames


def _analysis_rgb(rgb: np.ndarray) -> tuple[np.ndarray, float]:
    import cv2

    h, w = rgb.shape[:2]
    f = min(1.0, ANALYSIS_SIDE / max(h, w))
    if f < 1.0:
        # halve with a box filter while more than 2x too big, then one bilinear step: cheap and alias-free
        while max(rgb.shape[:2]) * f * 2 <= max(h, w) * 1.0 and max(rgb.shape[:2]) >= 2 * ANALYSIS_SIDE:
            rgb = cv2.resize(rgb, (rgb.shape[1] // 2, rgb.shape[0] // 2), interpolation=cv2.INTER_AREA)
        rgb = cv2.resize(rgb, (max(1, round(w * f)), max(1, round(h * f))), interpolation=cv2.INTER_LINEAR)
    return rgb, f


def _analysis_grey(rgb: np.ndarray) -> tuple[np.ndarray, float]:
    import cv2

    small, f = _analysis_rgb(rgb)
    return cv2.cvtColor(small, cv2.COLOR_RGB2GRAY), f


def _exposure(grey: np.ndarray, m: Measurements) -> None:
    hist = np.bincount(grey.ravel(), minlength=256).astype(np.float64)
    cdf = np.cumsum(hist) / hist.sum()
    m.p1 = float(np.searchsorted(cdf, 0.01))
    m.p99 = float(np.searchsorted(cdf, 0.99))
    m.mean = float((hist * np.arange(256)).sum() / hist.sum())


def _sharpness(smooth: np.ndarray, m: Measurements) -> None:
    """The crispest second derivatives over contrast, in the least sharp of four directions.

    Motion blur smears one direction only, so the minimum over directions catches it; the top 0.05%
    of pixels are the crispest edges present, whatever the content's density.
    """
    import cv2

    xx = cv2.Sobel(smooth, cv2.CV_32F, 2, 0, ksize=3)
    yy = cv2.Sobel(smooth, cv2.CV_32F, 0, 2, ksize=3)
    xy = cv2.Sobel(smooth, cv2.CV_32F, 1, 1, ksize=3)
    k = max(50, xx.size // 2000)
    contrast = max(m.p99 - m.p1, 8.0)

    def crisp(d: np.ndarray) -> float:
        a = np.abs(d).ravel()
        return float(np.partition(a, a.size - k)[a.size - k:].mean())

    directions = [crisp(xx), crisp(yy), crisp(0.5 * (xx + yy) + xy), crisp(0.5 * (xx + yy) - xy)]
    m.sharpness = float(min(directions) / contrast)


def _glare(grey: np.ndarray, rgb_small: np.ndarray, m: Measurements) -> None:
    import cv2

    r, g, b = cv2.split(rgb_small)
    sat = (cv2.min(cv2.min(r, g), b) >= 250).astype(np.uint8)
    if sat.sum() < 0.002 * sat.size:
        return
    n, labels, stats, _ = cv2.connectedComponentsWithStats(sat, connectivity=8)
    best = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    area = stats[best, cv2.CC_STAT_AREA]
    if area > 0.6 * sat.size:  # the whole frame is white: over-exposure, not a reflection
        return
    comp = (labels == best).astype(np.uint8)
    cnts, _ = cv2.findContours(comp, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    cv2.drawContours(comp, cnts, -1, 1, thickness=-1)  # text holes in clipped paper are not its halo
    ring = cv2.dilate(comp, np.ones((9, 9), np.uint8)) - comp
    ring_vals = grey[ring > 0]
    # a reflection fades into bright surroundings; white paper ends at a darker table
    halo = float(np.median(ring_vals)) if ring_vals.size else 0.0
    x, y, w, h = stats[best, :4]
    H, W = grey.shape
    if halo >= 200:
        m.glare_frac = float(area / sat.size)
        m.glare_box = (x / W, y / H, (x + w) / W, (y + h) / H)


def _text(smooth: np.ndarray, m: Measurements, scale: float, dark_on_light: bool) -> np.ndarray:
    """Character-like stroke components; sets the median character height. Returns the ink mask."""
    import cv2

    k = cv2.getStructuringElement(cv2.MORPH_RECT, (15, 15))
    op = cv2.MORPH_BLACKHAT if dark_on_light else cv2.MORPH_TOPHAT
    hat = cv2.morphologyEx(smooth.astype(np.uint8), op, k)
    thr = max(12.0, 0.25 * (m.p99 - m.p1))
    ink = (hat > thr).astype(np.uint8)
    n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if n <= 1:
        return ink
    hs = stats[1:, cv2.CC_STAT_HEIGHT].astype(np.float32)
    ws = stats[1:, cv2.CC_STAT_WIDTH].astype(np.float32)
    area = stats[1:, cv2.CC_STAT_AREA].astype(np.float32)
    charlike = (hs >= 2) & (hs <= 80) & (ws <= 2.5 * hs + 3) & (area >= 3)
    if charlike.sum() >= 4:
        m.text_components = int(charlike.sum())
        m.char_height_px = float(np.median(hs[charlike]) / scale)
    return ink


def _text_angle(ink: np.ndarray, m: Measurements, scale: float) -> None:
    import cv2

    if m.char_height_px is None or m.text_components < 6:
        return
    ch = max(2, int(m.char_height_px * scale))
    r = max(1, int(0.35 * ch))
    lines = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * r + 1, 2 * r + 1)))
    cnts, _ = cv2.findContours(lines, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    angles, weights = [], []
    for c in cnts:
        if cv2.contourArea(c) < 4 * ch * ch:
            continue
        (_, _), (bw, bh), ang = cv2.minAreaRect(c)
        long_, short = max(bw, bh), max(min(bw, bh), 1.0)
        if long_ / short < 2.5:
            continue
        a = ang if bw >= bh else ang - 90.0  # direction of the long side
        a = (a + 90.0) % 180.0 - 90.0
        angles.append(a)
        weights.append(long_)
    if len(angles) >= 2:
        order = np.argsort(angles)
        a, w = np.asarray(angles)[order], np.asarray(weights)[order]
        c = np.cumsum(w)
        m.text_angle = float(a[np.searchsorted(c, c[-1] / 2)])


def _cut(smooth: np.ndarray, m: Measurements) -> None:
    """Strong edges that run into the frame: the subject continues outside the picture."""
    import cv2

    contrast = max(m.p99 - m.p1, 8.0)
    gx = cv2.Sobel(smooth, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(smooth, cv2.CV_32F, 0, 1, ksize=3)
    band = 3
    thr = 0.8 * contrast  # a Sobel response of a step of about a fifth of the contrast
    sides = {
        "top": np.abs(gx[1:1 + band, :]),
        "bottom": np.abs(gx[-1 - band:-1, :]),
        "left": np.abs(gy[:, 1:1 + band]).T,
        "right": np.abs(gy[:, -1 - band:-1]).T,
    }
    scores = {}
    for side, g in sides.items():
        hit = (g > thr).any(axis=0).astype(np.uint8)
        # count separate crossings, not pixels: a crossing is a run of edge columns
        runs = int(np.count_nonzero(np.diff(np.concatenate([[0], hit, [0]])) == 1))
        scores[side] = runs
    m.cut_score = float(max(scores.values()))
    m.cut_sides = [s for s, v in sorted(scores.items(), key=lambda kv: -kv[1]) if v > 0]
    m.__dict__["_cut_runs"] = scores


def _occluder(smooth: np.ndarray, rgb_small: np.ndarray, m: Measurements) -> None:
    import cv2

    # occluders are big: look at half resolution (a 5x5 window here spans 10x10 analysis pixels)
    f = cv2.resize(smooth, (smooth.shape[1] // 2, smooth.shape[0] // 2), interpolation=cv2.INTER_AREA)
    rgb_small = cv2.resize(rgb_small, (f.shape[1], f.shape[0]), interpolation=cv2.INTER_AREA)
    mu = cv2.blur(f, (5, 5))
    var = cv2.blur(f * f, (5, 5)) - mu * mu
    flat = (var < 6.0).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(flat, connectivity=4)
    H, W = flat.shape
    total = H * W
    hsv_s = None
    best = 0.0
    for i in range(1, n):
        x, y, w, h, area = stats[i]
        if area < 0.012 * total or area > 0.30 * total:
            continue
        if x <= 1 or y <= 1 or x + w >= W - 1 or y + h >= H - 1:
            continue  # background runs into the frame; an occluder sits on the subject
        comp = (labels[y:y + h, x:x + w] == i).astype(np.uint8)
        filled = comp.copy()
        cnts, _ = cv2.findContours(comp, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        cv2.drawContours(filled, cnts, -1, 1, thickness=-1)
        holes = 1.0 - area / max(filled.sum(), 1)
        hull = cv2.convexHull(np.vstack(cnts))
        solidity = filled.sum() / max(cv2.contourArea(hull), 1.0)
        if holes > 0.03 or solidity < 0.85:
            continue  # text inside (a label, a page) or a ring (a frame, a bezel)
        if hsv_s is None:
            hsv_s = cv2.cvtColor(rgb_small, cv2.COLOR_RGB2HSV)[:, :, 1]
        sat = float(np.median(hsv_s[y:y + h, x:x + w][comp > 0]))
        if sat > 150:
            continue  # a vivid primary: one of the objects in the scene, not something over it
        if _same_surface(labels == i, flat, rgb_small):
            continue  # blank paper between lines of text, not a thing lying on it
        if area / total > best:
            best = area / total
            m.occluder_box = (x / W, y / H, (x + w) / W, (y + h) / H)
    m.occluder_frac = float(best)


def _same_surface(mask: np.ndarray, flat: np.ndarray, rgb: np.ndarray) -> bool:
    """Whether the flat surface around a blob has the blob's own colour (the blob is that surface)."""
    import cv2

    m8 = mask.astype(np.uint8)
    ring = (cv2.dilate(m8, np.ones((17, 17), np.uint8)) > 0) & ~(cv2.dilate(m8, np.ones((5, 5), np.uint8)) > 0)
    ring &= flat > 0
    if ring.sum() < 20:
        return False
    own = np.median(rgb[mask > 0].reshape(-1, 3), axis=0).astype(np.float32)
    around = rgb[ring].reshape(-1, 3).astype(np.float32)
    close = np.sqrt(((around - own) ** 2).sum(axis=1)) < 25.0
    return bool(close.mean() > 0.3)


def frame_change(prev: np.ndarray, last: np.ndarray) -> float:
    """Fraction of pixels that still change between the last two frames (0 = settled)."""
    import cv2

    a, _ = _analysis_grey(prev)
    b, _ = _analysis_grey(last)
    if a.shape != b.shape:
        return 1.0
    a = cv2.GaussianBlur(a, (0, 0), 1.0).astype(np.int16)
    b = cv2.GaussianBlur(b, (0, 0), 1.0).astype(np.int16)
    return float(np.count_nonzero(np.abs(a - b) > 25) / a.size)


def measure(frames: list[np.ndarray], original_size: tuple[int, int], dark_on_light: bool | None = None,
            text_task: bool = True, scale_to_original: float = 1.0) -> Measurements:
    """All measurements of the last frame (and the change from the frame before it)."""
    import cv2

    small, f = _analysis_rgb(frames[-1])
    grey = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
    scale = f * scale_to_original  # analysis pixels per original pixel
    m = Measurements(width=original_size[0], height=original_size[1])
    _exposure(grey, m)
    r, g, b = cv2.split(small)
    lowest = cv2.min(cv2.min(r, g), b)
    m.p1_min_channel = float(np.searchsorted(np.cumsum(np.bincount(lowest.ravel(), minlength=256)) / lowest.size, 0.01))
    smooth = cv2.GaussianBlur(grey, (0, 0), 1.0).astype(np.float32)
    _sharpness(smooth, m)
    _glare(grey, small, m)
    if dark_on_light is None:
        dark_on_light = m.mean >= 90
    ink = _text(smooth, m, scale, dark_on_light)
    if text_task:
        _text_angle(ink, m, scale)
    _cut(smooth, m)
    _occluder(smooth, small, m)
    if len(frames) >= 2:
        m.frame_change = frame_change(frames[-2], frames[-1])
    return m
