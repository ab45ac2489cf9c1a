"""The picture a question is about, shown with the question: web inbox (real Chromium) and Slack."""

from __future__ import annotations

import io
import os
import threading
import time

import numpy as np
import pytest

pytest.importorskip("cv2")
pytest.importorskip("fastapi")
from channel_support import MarkerProbe  # noqa: E402
from PIL import Image  # noqa: E402

from asksafe.inbox import Inbox  # noqa: E402
from asksafe.suite.visual.agent import answer_image  # noqa: E402
from asksafe.suite.visual.degrade import degrade  # noqa: E402
from asksafe.suite.visual.scenes import make_scene  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ANA = "tok-ana-0123456789abcdef"
SEED = 424243


def reading_agent(task: str, context: list[str], images: list[np.ndarray]) -> str:
    return answer_image(task, images[-1])


@pytest.fixture
def photo_inbox(tmp_path):
    box = Inbox.open(str(tmp_path / "runs.sqlite"), agent=reading_agent, probe=MarkerProbe(), question_timeout=3600)
    yield box
    box.close()


@pytest.fixture(scope="module")
def cut_receipt():
    scene = make_scene("receipt", SEED)
    buf = io.BytesIO()
    Image.fromarray(degrade(scene, "crop", SEED)[-1]).save(buf, format="JPEG", quality=92)
    return scene, buf.getvalue()


def test_the_inbox_keeps_the_thumbnail_with_the_question(photo_inbox, cut_receipt):
    scene, jpeg = cut_receipt
    out = photo_inbox.start(scene.task, thread_id="receipt", images=[jpeg])
    q = out.next_question
    assert q is not None and q.text.startswith("The bottom of the receipt is cut off")
    assert q.images and q.images[0].startswith("data:image/png;base64,")
    thumb = Image.open(io.BytesIO(__import__("base64").b64decode(q.images[0].split(",", 1)[1])))
    assert max(thumb.size) <= 320
    assert photo_inbox.pending()[0].images == q.images  # read back from the database
    with pytest.raises(Exception, match="corrupt or truncated"):
        photo_inbox.start(scene.task, thread_id="bad", images=[jpeg[: len(jpeg) // 3]])
    assert [r.thread_id for r in photo_inbox.runs()] == ["receipt"]  # the bad picture started no run


@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="needs Debian's chromium (.ci/install_system.sh)")
def test_the_web_inbox_shows_the_picture_in_a_real_browser(photo_inbox, cut_receipt):
    import socket

    import uvicorn
    from playwright.sync_api import sync_playwright

    from asksafe.adapters.web import create_app

    scene, jpeg = cut_receipt
    photo_inbox.start(scene.task, thread_id="receipt", images=[jpeg])
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(photo_inbox, {ANA: "ana"}), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    base = f"http://127.0.0.1:{port}"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page()
                blocked: list[str] = []
                page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)
                page.goto(f"{base}/?token={ANA}")
                page.click("#signin")
                page.wait_for_url(f"{base}/")
                card = page.locator("#pending .q", has_text="cut off")
                img = card.locator("img.thumb")
                assert img.count() == 1
                img.wait_for(state="visible")
                # decoded and drawn by the browser (a CSP block or a bad data URL leaves naturalWidth 0)
                w, h = img.evaluate("i => [i.naturalWidth, i.naturalHeight]")
                assert 0 < w <= 320 and 0 < h <= 320
                assert img.bounding_box()["width"] > 50
                assert blocked == []
                card.locator("textarea[name=text]").fill("I can't retake it, sorry")
                card.locator("button.send").click()
                page.wait_for_selector("#flash")
                assert page.locator("#pending .q").count() == 0
            finally:
                browser.close()
    finally:
        server.should_exit = True
        thread.join(10)


def test_slack_uploads_the_picture_into_the_questions_thread(photo_inbox, cut_receipt):
    pytest.importorskip("slack_sdk")
    from slack_fake import BOT_TOKEN, SIGNING_SECRET, FakeSlack
    from slack_sdk import WebClient

    from asksafe.adapters.slack import SlackChannel

    scene, jpeg = cut_receipt
    photo_inbox.start(scene.task, thread_id="receipt", images=[jpeg])
    with FakeSlack() as fake:
        slack = SlackChannel(photo_inbox, channel="C0Q", signing_secret=SIGNING_SECRET,
                             client=WebClient(token=BOT_TOKEN, base_url=fake.base_url), allowed_users=["U0ANA"],
                             process_before_response=True)
        [qid] = slack.post_pending()
        [msg] = fake.of("chat.postMessage")
        assert "cut off" in msg["text"]
        [done] = fake.of("files.completeUploadExternal")
        assert done["channel_id"] == "C0Q" and done["thread_ts"]
        [data] = fake.uploads.values()
        assert data.startswith(b"\x89PNG")
