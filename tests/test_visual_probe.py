"""The visual probe on generated clear and degraded images, one signal at a time, and on bad input."""

from __future__ import annotations

import io

import numpy as np
import pytest

pytest.importorskip("cv2")
from PIL import Image  # noqa: E402

from asksafe.errors import ImageTooLargeError, InvalidImageError, InvalidTaskError  # noqa: E402
from asksafe.suite.visual.degrade import FIXES, degrade, mild  # noqa: E402
from asksafe.suite.visual.scenes import make_scene  # noqa: E402
from asksafe.visual import VisualProbe  # noqa: E402
from asksafe.visual.images import load_image, read_image, thumbnail_data_url  # noqa: E402

SEED = 424242  # outside both the suite's and the calibration's seeds


@pytest.fixture(scope="module")
def probe() -> VisualProbe:
    return VisualProbe()


def _png(rgb: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format="PNG")
    return buf.getvalue()


@pytest.mark.parametrize("kind", ["receipt", "document", "label", "display", "objects"])
def test_clear_images_are_not_asked_about(probe, kind):
    asked = []
    for i in range(3):
        scene = make_scene(kind, SEED + i)
        va = probe.assess(mild(scene, SEED + i), scene.task, sequence=len(scene.frames) > 1)
        asked.append(va.signal)
    assert asked == [None, None, None]


@pytest.mark.parametrize(
    ("kind", "degradation", "signal"),
    [
        ("receipt", "crop", "cut"),
        ("receipt", "glare", "glare"),
        ("document", "dark", "dark"),
        ("label", "bright", "bright"),
        ("label", "occlusion", "occlusion"),
        ("document", "rotation", "rotation"),
        ("objects", "blur", "blur"),
        ("receipt", "downscale", "resolution"),
        ("display", "unfinished", "unfinished"),
    ],
)
def test_each_degradation_draws_its_own_intervention(probe, kind, degradation, signal):
    hits = 0
    for i in range(3):
        scene = make_scene(kind, SEED + i)
        va = probe.assess(degrade(scene, degradation, SEED + i), scene.task, sequence=len(scene.frames) > 1)
        assert va.should_ask, (degradation, va.signals)
        assert va.intervention in FIXES[degradation]
        hits += va.signal == signal
    assert hits >= 2


def test_the_question_names_the_failure_and_the_task():
    scene = make_scene("receipt", SEED + 1)
    va = VisualProbe().assess(degrade(scene, "crop", SEED + 1), scene.task)
    assert va.signal == "cut"
    assert scene.task == "What is the total on this receipt?"
    assert va.question == "The bottom of the receipt is cut off — could you retake it with the total visible?"
    dark = VisualProbe().assess(degrade(scene, "dark", SEED + 1), scene.task)
    assert "too dark" in dark.question and "the total" in dark.question


def test_inputs_of_every_kind_read_the_same(tmp_path):
    rgb = make_scene("label", SEED).image
    path = tmp_path / "label.png"
    path.write_bytes(_png(rgb))
    for given in (str(path), path, _png(rgb), Image.fromarray(rgb), rgb, rgb.astype(np.float32) / 255.0):
        assert np.abs(load_image(given).astype(int) - rgb.astype(int)).max() <= 1
    assert thumbnail_data_url(rgb, 64).startswith("data:image/png;base64,")


def test_bad_inputs_raise_named_errors(tmp_path, probe):
    data = _png(make_scene("receipt", SEED).image)
    with pytest.raises(InvalidImageError, match="corrupt or truncated"):
        load_image(data[: len(data) // 2])
    with pytest.raises(InvalidImageError, match="not an image format"):
        load_image(b"%PDF-1.4 this is not a picture" * 10)
    with pytest.raises(InvalidImageError, match="not found"):
        load_image(tmp_path / "missing.png")
    with pytest.raises(InvalidImageError, match="unsupported image input"):
        load_image({"url": "x"})
    with pytest.raises(InvalidImageError, match="shape"):
        load_image(np.zeros((4, 4, 7), np.uint8))
    with pytest.raises(InvalidTaskError):
        probe.assess(data, "")
    with pytest.raises(InvalidImageError):
        probe.assess([], "What is the total?")


def test_a_100_megapixel_image_is_downscaled_and_a_bomb_refused(tmp_path, probe):
    big = Image.new("L", (12500, 8000), 235)  # 100 MP
    path = tmp_path / "big.jpg"
    big.save(path, quality=70)
    loaded = read_image(path)
    assert loaded.original_size == (12500, 8000)
    assert loaded.rgb.shape[0] * loaded.rgb.shape[1] <= 4_000_000
    va = probe.assess(path, "What does the sign say?")
    assert va.latency_ms < 30_000
    bomb = tmp_path / "bomb.png"
    Image.new("1", (20000, 10000)).save(bomb)  # 200 MP, a few kilobytes on disk
    with pytest.raises(ImageTooLargeError):
        load_image(bomb)


def test_ocr_confidence_flags_unreadable_text():
    pytest.importorskip("pytesseract")
    import shutil

    if shutil.which("tesseract") is None:
        pytest.fail("tesseract-ocr is not installed (.ci/install_system.sh installs it)")
    scene = make_scene("document", SEED)
    probe = VisualProbe(ocr=True, thresholds={"blur": 0.0, "resolution": 0.0})  # leave it to the OCR
    clear = probe.assess(scene.image, scene.task)
    blurred = probe.assess(degrade(scene, "blur", SEED), scene.task)
    ocr_clear = next(s for s in clear.signals if s.name == "ocr")
    assert not ocr_clear.triggered and ocr_clear.value > 70
    assert blurred.signal == "ocr" and blurred.intervention == "retake"
