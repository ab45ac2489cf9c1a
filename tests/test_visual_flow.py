"""Images through the flow: a degraded photo draws a retake question; the retake reaches the agent."""

from __future__ import annotations

import io

import numpy as np
import pytest

pytest.importorskip("cv2")
from langgraph.types import Command  # noqa: E402
from PIL import Image  # noqa: E402

import asksafe  # noqa: E402
from asksafe.suite.visual.agent import answer_image  # noqa: E402
from asksafe.suite.visual.degrade import degrade, mild  # noqa: E402
from asksafe.suite.visual.scenes import make_scene  # noqa: E402
from asksafe.visual.flow import image_blocks, to_state_images  # noqa: E402

SEED = 424243  # its task reads "What is the total on this receipt?"


def _jpeg(rgb: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format="JPEG", quality=92)
    return buf.getvalue()


@pytest.fixture(scope="module")
def receipt():
    scene = make_scene("receipt", SEED)
    return scene, degrade(scene, "crop", SEED)[-1], mild(scene, SEED + 1)[-1]


def test_a_cut_off_receipt_is_retaken_before_the_agent_reads_it(probe, tmp_path, receipt):
    scene, cut, clear = receipt
    seen: list[list[np.ndarray]] = []

    def agent(task: str, context: list[str], images: list[np.ndarray]) -> str:
        seen.append(images)
        return answer_image(task, images[-1])

    graph = asksafe.wrap(agent, channel=None, probe=probe, checkpointer=str(tmp_path / "runs.sqlite"))
    config = {"configurable": {"thread_id": "receipt-1"}}
    out = graph.invoke({"task": scene.task, "images": [_jpeg(cut)]}, config)
    q = out["__interrupt__"][0].value["question"]
    assert q["text"] == "The bottom of the receipt is cut off — could you retake it with the total visible?"
    assert q["images"] and q["images"][0].startswith("data:image/png;base64,")
    assert seen == []  # the agent did not guess from the cut-off picture

    out = graph.invoke(Command(resume={"text": "Here is the whole receipt.", "images": [clear]}), config)
    assert "__interrupt__" not in out, out["__interrupt__"]
    assert out["status"] == "done"
    assert out["result"] == scene.answer
    assert len(seen) == 1 and seen[0][0].shape == clear.shape
    assert [x["text"] for x in out["questions"]][:1] == [q["text"]]
    assert out["answers"][0]["images"]  # the retake is on the record
    assert any("Here is the whole receipt." in c for c in out["context"])


def test_a_clear_photo_goes_straight_to_the_agent(probe, receipt):
    scene, _, clear = receipt
    out = asksafe.wrap(lambda task, context, images: answer_image(task, images[0]), channel=None, probe=probe).invoke(
        {"task": scene.task, "images": [clear]}, {"configurable": {"thread_id": "receipt-2"}})
    assert "__interrupt__" not in out and out["result"] == scene.answer
    assert not [q for q in out["questions"] if q["blocker_key"].startswith("visual:")]


def test_bad_images_fail_the_run_with_named_errors(probe):
    graph = asksafe.wrap(lambda task, context: "x", channel=None, probe=probe)
    with pytest.raises(asksafe.InvalidImageError):
        graph.invoke({"task": "What does the label say?", "images": [b"\x89PNG\r\n\x1a\n broken"]},
                     {"configurable": {"thread_id": "bad-1"}})
    with pytest.raises(asksafe.InvalidTaskError):
        graph.invoke({"task": "", "images": [np.zeros((64, 64, 3), np.uint8)]}, {"configurable": {"thread_id": "bad-2"}})


def test_the_middleware_reads_an_image_block_and_asks_for_a_retake(receipt):
    from langchain.agents import create_agent
    from langchain_core.messages import HumanMessage
    from langgraph.checkpoint.memory import InMemorySaver

    from asksafe.adapters import AskSafeMiddleware
    from asksafe.chat_agent import ScriptedChatModel
    from asksafe.visual.flow import images_of_message

    from test_middleware import StubProbe

    scene, cut, clear = receipt

    def read_latest_picture(messages):  # the "model": OCR on the newest image it was shown
        pics = [u for m in messages for u in images_of_message(m)]
        from asksafe.visual.images import load_image

        return answer_image(scene.task, load_image(pics[-1]))

    model = ScriptedChatModel(script=[read_latest_picture])
    agent = create_agent(model, tools=[], checkpointer=InMemorySaver(),
                         middleware=[AskSafeMiddleware(probe=StubProbe({}), max_questions=2)])
    config = {"configurable": {"thread_id": "mw-receipt"}}
    msg = HumanMessage(content=[{"type": "text", "text": scene.task}, *image_blocks(to_state_images([_jpeg(cut)]))])
    out = agent.invoke({"messages": [msg]}, config)
    q = out["__interrupt__"][0].value["question"]
    assert q["text"].startswith("The bottom of the receipt is cut off")
    assert model.calls == 0

    out = agent.invoke(Command(resume={"text": "Retaken.", "images": [clear]}), config)
    assert out["messages"][-1].content == scene.answer
    assert model.calls == 1
    assert out["asksafe_questions"][0]["blocker_key"].startswith("visual:cut:")
