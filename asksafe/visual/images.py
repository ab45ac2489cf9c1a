"""Image inputs: paths, bytes, PIL images or numpy arrays, read into one RGB ``uint8`` array.

>>> from asksafe.visual.images import load_image
>>> rgb = load_image("receipt.jpg")          # or bytes, a PIL.Image, an (H, W[, C]) array
>>> rgb.shape, rgb.dtype
((1200, 900, 3), dtype('uint8'))

Size limits (docs/images.md): an image over :data:`MAX_PIXELS` (150 megapixels) is refused with
:class:`~asksafe.errors.ImageTooLargeError` from its header, before anything is decoded, so a
decompression bomb costs nothing; anything larger than :data:`WORK_PIXELS` (4 megapixels) is
downscaled on load (JPEGs are decoded straight at a reduced scale), and every measurement reports
sizes in the original image's pixels.
"""

from __future__ import annotations

import base64
import io
import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

import numpy as np

from asksafe.errors import ImageTooLargeError, InvalidImageError

MAX_PIXELS = 150_000_000
"""Refuse to decode images with more pixels than this (Pillow's own bomb guard stops at ~179 MP)."""
WORK_PIXELS = 4_000_000
"""Images are downscaled on load to at most this many pixels."""
MAX_BYTES = 200 * 1024 * 1024

ImageInput = Union[str, os.PathLike, bytes, bytearray, memoryview, "np.ndarray", Any]
"""A path, encoded bytes (PNG/JPEG/WebP/...), a ``data:`` URL, a PIL image, or an (H, W[, C]) array."""


@dataclass
class LoadedImage:
    """One image ready for measurement: RGB ``uint8`` pixels and the scale it was read at."""

    rgb: np.ndarray
    original_size: tuple[int, int]  # (width, height) before any downscale
    scale: float  # working pixels per original pixel (1.0 when not downscaled)
    source: str  # "path" | "bytes" | "pil" | "array"
    format: str | None = None  # the encoded format (PNG, JPEG, ...) when read from a file or bytes
    raw: bytes | None = None  # the encoded bytes, when read from a file or bytes


def load_image(image: ImageInput) -> np.ndarray:
    """The image's pixels as an (H, W, 3) RGB ``uint8`` array (downscaled past WORK_PIXELS)."""
    return read_image(image).rgb


def read_image(image: ImageInput) -> LoadedImage:
    """Read any supported image input; raise InvalidImageError / ImageTooLargeError on bad input."""
    if isinstance(image, LoadedImage):
        return image
    if isinstance(image, (str, os.PathLike)):
        text = os.fspath(image)
        if isinstance(text, str) and text.startswith("data:image/"):
            return _from_bytes(_data_url_bytes(text), "bytes")
        path = Path(text)
        if not path.is_file():
            raise InvalidImageError(f"image file not found: {text!r}")
        if path.stat().st_size > MAX_BYTES:
            raise ImageTooLargeError(f"image file {text!r} is {path.stat().st_size} bytes (limit {MAX_BYTES})")
        return _from_bytes(path.read_bytes(), "path", name=text)
    if isinstance(image, (bytes, bytearray, memoryview)):
        data = bytes(image)
        if len(data) > MAX_BYTES:
            raise ImageTooLargeError(f"image bytes are {len(data)} long (limit {MAX_BYTES})")
        return _from_bytes(data, "bytes")
    if isinstance(image, np.ndarray):
        return _from_array(image)
    try:
        from PIL import Image
    except ImportError as exc:  # pragma: no cover - vision extra missing
        raise InvalidImageError("reading images needs the vision extra: pip install 'asksafe[vision]'") from exc
    if isinstance(image, Image.Image):
        _check_size(image.size, "PIL image")
        return _from_pil(image, "pil")
    raise InvalidImageError(
        f"unsupported image input of type {type(image).__name__}: give a path, bytes, a PIL image or a numpy array"
    )


def _data_url_bytes(url: str) -> bytes:
    head, _, payload = url.partition(",")
    if ";base64" not in head:
        raise InvalidImageError("a data: image URL must be base64-encoded")
    try:
        return base64.b64decode(payload, validate=True)
    except ValueError as exc:
        raise InvalidImageError("the data: image URL is not valid base64") from exc


def _check_size(size: tuple[int, int], what: str) -> None:
    w, h = size
    if w <= 0 or h <= 0:
        raise InvalidImageError(f"{what} has no pixels ({w}x{h})")
    if w * h > MAX_PIXELS:
        raise ImageTooLargeError(
            f"{what} is {w}x{h} = {w * h / 1e6:.0f} megapixels; asksafe decodes at most {MAX_PIXELS / 1e6:.0f}"
        )


def _from_bytes(data: bytes, source: str, name: str = "image bytes") -> LoadedImage:
    from PIL import Image, UnidentifiedImageError

    if not data:
        raise InvalidImageError(f"{name} is empty")
    try:
        with warnings.catch_warnings():
            # our own limit (checked next, from the header) replaces Pillow's warning band
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
            _check_size(im.size, name)
            original = im.size
            if im.format == "JPEG" and im.size[0] * im.size[1] > WORK_PIXELS:
                # decode straight at 1/2, 1/4 or 1/8 scale: a 100 MP JPEG never lands in memory whole
                f = (im.size[0] * im.size[1] / WORK_PIXELS) ** 0.5
                im.draft("RGB", (int(im.size[0] / f), int(im.size[1] / f)))
            im.load()
    except Image.DecompressionBombError as exc:
        raise ImageTooLargeError(f"{name}: {exc}") from exc
    except ImageTooLargeError:
        raise
    except UnidentifiedImageError as exc:
        raise InvalidImageError(f"{name} is not an image format asksafe can read (PNG, JPEG, WebP, BMP, TIFF, GIF)") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise InvalidImageError(f"{name} is corrupt or truncated: {exc}") from exc
    loaded = _from_pil(im, source)
    loaded.original_size = original
    loaded.scale = loaded.rgb.shape[1] / original[0]
    loaded.format, loaded.raw = im.format, data
    return loaded


def _from_pil(im: Any, source: str) -> LoadedImage:
    from PIL import Image

    original = im.size
    try:
        if getattr(im, "n_frames", 1) > 1:
            im.seek(0)
        if im.mode in ("RGBA", "LA", "P", "PA") and ("A" in im.mode or "transparency" in im.info):
            im = im.convert("RGBA")
            bg = Image.new("RGBA", im.size, (255, 255, 255, 255))
            im = Image.alpha_composite(bg, im)
        rgb_im = im.convert("RGB")
    except (OSError, ValueError) as exc:
        raise InvalidImageError(f"image could not be decoded: {exc}") from exc
    w, h = rgb_im.size
    if w * h > WORK_PIXELS:
        f = (w * h / WORK_PIXELS) ** 0.5
        rgb_im = rgb_im.reduce(max(1, int(f))) if f >= 2 else rgb_im
        if rgb_im.size[0] * rgb_im.size[1] > WORK_PIXELS:
            rgb_im = rgb_im.resize((int(w / f), int(h / f)), Image.Resampling.BOX)
    rgb = np.asarray(rgb_im, dtype=np.uint8)
    return LoadedImage(rgb=rgb, original_size=original, scale=rgb.shape[1] / original[0], source=source)


def _from_array(arr: np.ndarray) -> LoadedImage:
    if arr.ndim == 3 and arr.shape[2] == 1:
        arr = arr[:, :, 0]
    if arr.ndim not in (2, 3) or (arr.ndim == 3 and arr.shape[2] not in (3, 4)):
        raise InvalidImageError(f"an image array must be (H, W), (H, W, 3) or (H, W, 4); got shape {arr.shape}")
    h, w = arr.shape[:2]
    _check_size((w, h), "image array")
    if arr.dtype != np.uint8:
        if np.issubdtype(arr.dtype, np.floating):
            if not np.isfinite(arr).all():
                raise InvalidImageError("image array holds NaN or infinite values")
            arr = np.clip(arr * 255.0 if arr.max() <= 1.0 else arr, 0, 255).astype(np.uint8)
        elif np.issubdtype(arr.dtype, np.integer) or arr.dtype == bool:
            top = 65535 if arr.max() > 255 else 255
            arr = (arr.astype(np.float32) * (255.0 / top)).astype(np.uint8) if top != 255 else arr.astype(np.uint8)
        else:
            raise InvalidImageError(f"unsupported image array dtype {arr.dtype}")
    if arr.ndim == 2:
        arr = np.repeat(arr[:, :, None], 3, axis=2)
    elif arr.shape[2] == 4:
        alpha = arr[:, :, 3:4].astype(np.float32) / 255.0
        arr = (arr[:, :, :3] * alpha + 255.0 * (1 - alpha)).astype(np.uint8)
    if w * h > WORK_PIXELS:
        import cv2

        f = (w * h / WORK_PIXELS) ** 0.5
        arr = cv2.resize(arr, (int(w / f), int(h / f)), interpolation=cv2.INTER_AREA)
    arr = np.ascontiguousarray(arr)
    return LoadedImage(rgb=arr, original_size=(w, h), scale=arr.shape[1] / w, source="array")


def encode_png(image: ImageInput, max_side: int | None = None) -> bytes:
    """PNG bytes of an image, optionally shrunk to ``max_side`` (thumbnails for the channels)."""
    from PIL import Image

    rgb = load_image(image)
    im = Image.fromarray(rgb)
    if max_side and max(im.size) > max_side:
        im.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    im.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def thumbnail_data_url(image: ImageInput, max_side: int = 320) -> str:
    """A ``data:image/png;base64,...`` thumbnail, small enough to embed in a page or a message."""
    return "data:image/png;base64," + base64.b64encode(encode_png(image, max_side)).decode("ascii")
