"""Checkpoints are read strictly: a row written into the database cannot run code when the run is read back."""

from __future__ import annotations

import sqlite3

import ormsgpack
from channel_support import MarkerProbe, logging_agent

import asksafe
from asksafe.store import sqlite_checkpointer
from langgraph.checkpoint.serde.jsonplus import EXT_CONSTRUCTOR_SINGLE_ARG

CONFIG = {"configurable": {"thread_id": "t1"}}


def _poison(db: str, marker: str) -> None:
    """Rewrite the latest checkpoint so one value is 'construct os.mkdir(marker)' (what an attacker with
    write access to the database, or a confused migration, could store)."""
    conn = sqlite3.connect(db)
    ckpt_id, type_, blob = conn.execute(
        "SELECT checkpoint_id, type, checkpoint FROM checkpoints ORDER BY checkpoint_id DESC LIMIT 1").fetchone()
    assert type_ == "msgpack"
    data = ormsgpack.unpackb(blob, ext_hook=lambda code, b: ormsgpack.Ext(code, b),
                             option=ormsgpack.OPT_NON_STR_KEYS)
    evil = ormsgpack.Ext(EXT_CONSTRUCTOR_SINGLE_ARG, ormsgpack.packb(["os", "mkdir", marker]))
    data["channel_values"]["result"] = evil
    conn.execute("UPDATE checkpoints SET checkpoint = ? WHERE checkpoint_id = ?",
                 (ormsgpack.packb(data, option=ormsgpack.OPT_NON_STR_KEYS), ckpt_id))
    conn.commit()
    conn.close()


def test_a_poisoned_checkpoint_does_not_run_code_when_read(tmp_path, monkeypatch):
    monkeypatch.delenv("LANGGRAPH_STRICT_MSGPACK", raising=False)
    db = str(tmp_path / "runs.sqlite")
    graph = asksafe.wrap(logging_agent, channel=None, probe=MarkerProbe(), checkpointer=db)
    out = graph.invoke({"task": "Paint the fence [ask:color]"}, CONFIG)
    assert out["__interrupt__"]
    marker = tmp_path / "pwned"
    _poison(db, str(marker))
    fresh = asksafe.wrap(logging_agent, channel=None, probe=MarkerProbe(), checkpointer=db)
    fresh.get_state(CONFIG)
    assert not marker.exists(), "reading a checkpoint constructed os.mkdir from the database"


def test_asksafe_state_round_trips_under_the_strict_serializer(tmp_path):
    from langgraph.types import Command

    saver = sqlite_checkpointer(tmp_path / "runs.sqlite")
    assert saver.serde._allowed_msgpack_modules is None  # strict: only langgraph's safe types
    graph = asksafe.wrap(logging_agent, channel=None, probe=MarkerProbe(), checkpointer=saver)
    graph.invoke({"task": "Paint the fence [ask:color]", "context": ["a fence"]}, CONFIG)
    out = graph.invoke(Command(resume={"text": "blue", "responder": "ana"}), CONFIG)
    assert out["status"] == "done" and out["answers"][0]["text"] == "blue" and "blue" in out["result"]
    again = asksafe.wrap(logging_agent, channel=None, probe=MarkerProbe(),
                         checkpointer=sqlite_checkpointer(tmp_path / "runs.sqlite")).get_state(CONFIG)
    assert again.values["answers"] == out["answers"] and again.values["decisions"] == out["decisions"]
