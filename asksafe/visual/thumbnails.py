"""Thumbnails of the picture a question is about, kept beside the inbox's questions.

One row per image in ``asksafe_question_images`` (SQLite or Postgres, created with the inbox's
tables), so the web inbox and Slack can show the picture with the question.

>>> save(db, "q1", ["data:image/png;base64,..."])
>>> load(db, "q1")
['data:image/png;base64,...']
"""

from __future__ import annotations

import base64
from typing import Any

TABLE = """CREATE TABLE IF NOT EXISTS asksafe_question_images (
        question_id TEXT NOT NULL, position INTEGER NOT NULL, data_url TEXT NOT NULL,
        PRIMARY KEY (question_id, position))"""
MAX_THUMB_CHARS = 400_000  # a 320-pixel PNG is far smaller; anything bigger is not a thumbnail


def save(db: Any, question_id: str, images: list[str] | None) -> None:
    """Store a question's thumbnails (data: URLs) once; a second call for the same question changes nothing."""
    for i, url in enumerate(images or []):
        if isinstance(url, str) and url.startswith("data:image/") and len(url) <= MAX_THUMB_CHARS:
            db.execute("INSERT INTO asksafe_question_images (question_id, position, data_url) VALUES (?, ?, ?)"
                       " ON CONFLICT (question_id, position) DO NOTHING", (question_id, i, url))


def load(db: Any, question_id: str) -> list[str]:
    rows = db.rows("SELECT data_url FROM asksafe_question_images WHERE question_id = ? ORDER BY position",
                  (question_id,))
    return [r["data_url"] for r in rows]


def png_bytes(data_url: str) -> tuple[bytes, str]:
    """The decoded bytes of a data: URL and a file name for them (Slack uploads a file)."""
    head, _, b64 = data_url.partition(",")
    ext = head[5:].split(";")[0].split("/")[-1] or "png"
    return base64.b64decode(b64), f"asksafe-question.{ext}"
