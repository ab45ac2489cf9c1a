"""A fake Slack Web API on loopback, and signed requests into a bolt app.

The real ``slack_sdk.WebClient`` talks to :class:`FakeSlack` through
``base_url=``; every call is recorded. :func:`signed` builds a request the way
Slack does (``v0`` HMAC-SHA256 of ``v0:{timestamp}:{body}`` with the signing secret).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode

SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
BOT_TOKEN = "xoxb-test-token"


class FakeSlack:
    """Records Web API calls; ``chat.postMessage`` answers with a fresh ``ts`` per message."""

    def __init__(self, usergroups: dict[str, list[str]] | None = None):
        self.calls: list[tuple[str, dict]] = []
        self.uploads: dict[str, bytes] = {}  # file id -> the bytes uploaded
        self.usergroups = usergroups or {}
        self._lock = threading.Lock()
        self._ts = 1700000000
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):
                method = self.path.rsplit("/", 1)[-1]
                if self.path.startswith("/upload/"):  # files_upload_v2 sends the file's bytes here
                    with fake._lock:
                        fake.uploads[method] = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                    self.send_response(200)
                    self.send_header("Content-Length", "2")
                    self.end_headers()
                    self.wfile.write(b"OK")
                    return
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                if "json" in (self.headers.get("Content-Type") or ""):
                    args = json.loads(raw or "{}")
                else:
                    args = {k: v[0] for k, v in parse_qs(raw).items()}
                for key in ("blocks",):
                    if isinstance(args.get(key), str):
                        args[key] = json.loads(args[key])
                out = fake.handle(method, args, self.headers.get("Authorization", ""))
                body = json.dumps(out).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/api/"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def handle(self, method: str, args: dict, auth: str) -> dict:
        if auth != f"Bearer {BOT_TOKEN}":
            return {"ok": False, "error": "invalid_auth"}
        with self._lock:
            self.calls.append((method, args))
            if method == "auth.test":
                return {"ok": True, "user_id": "UBOT", "bot_id": "BBOT", "team_id": "T1", "user": "asksafe"}
            if method == "chat.postMessage":
                self._ts += 1
                channel = args["channel"]
                return {"ok": True, "channel": "D0DM" if channel.startswith("U") else channel,
                        "ts": f"{self._ts}.000100", "message": {"text": args.get("text")}}
            if method == "chat.update":
                return {"ok": True, "channel": args["channel"], "ts": args["ts"]}
            if method == "chat.postEphemeral":
                return {"ok": True, "message_ts": f"{self._ts}.000200"}
            if method == "files.getUploadURLExternal":
                file_id = f"F{len(self.uploads) + len(self.of_unlocked('files.getUploadURLExternal'))}"
                return {"ok": True, "upload_url": f"{self.base_url.removesuffix('api/')}upload/{file_id}",
                        "file_id": file_id}
            if method == "files.completeUploadExternal":
                files = args.get("files")
                files = json.loads(files) if isinstance(files, str) else files
                return {"ok": True, "files": [{"id": f["id"], "title": f.get("title")} for f in files]}
            if method == "usergroups.users.list":
                return {"ok": True, "users": self.usergroups.get(args.get("usergroup"), [])}
            return {"ok": False, "error": "unknown_method"}

    def of_unlocked(self, method: str) -> list[dict]:
        return [a for m, a in self.calls if m == method]

    def of(self, method: str) -> list[dict]:
        with self._lock:
            return [a for m, a in self.calls if m == method]

    def __enter__(self) -> FakeSlack:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def signed(body: str, *, content_type: str, secret: str = SIGNING_SECRET, timestamp: int | None = None,
           retry_num: int | None = None):
    """A BoltRequest signed like Slack signs it."""
    from slack_bolt import BoltRequest

    ts = str(int(time.time()) if timestamp is None else timestamp)
    sig = "v0=" + hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    headers = {"content-type": [content_type], "x-slack-request-timestamp": [ts], "x-slack-signature": [sig]}
    if retry_num is not None:
        headers["x-slack-retry-num"] = [str(retry_num)]
        headers["x-slack-retry-reason"] = ["http_timeout"]
    return BoltRequest(body=body, headers=headers)


def button_click(question_id: str, index: int, *, user: str, channel: str, message_ts: str,
                 action_ts: str = "1700000999.1") -> tuple[str, str]:
    payload = {
        "type": "block_actions", "team": {"id": "T1"}, "api_app_id": "A1", "token": "legacy",
        "user": {"id": user, "team_id": "T1"}, "channel": {"id": channel},
        "container": {"type": "message", "message_ts": message_ts, "channel_id": channel},
        "message": {"ts": message_ts}, "trigger_id": "1.2.3",
        "actions": [{"type": "button", "action_id": f"asksafe_option_{index}", "block_id": f"asksafe:{question_id}",
                     "value": f"{question_id}:{index}", "action_ts": action_ts}],
    }
    return urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded"


def click(button: dict, block_id: str, *, user: str, channel: str, message_ts: str,
          action_ts: str = "1700000999.2") -> tuple[str, str]:
    """A click on ``button`` (a button element as posted in the message's blocks)."""
    payload = {
        "type": "block_actions", "team": {"id": "T1"}, "api_app_id": "A1", "token": "legacy",
        "user": {"id": user, "team_id": "T1"}, "channel": {"id": channel},
        "container": {"type": "message", "message_ts": message_ts, "channel_id": channel},
        "message": {"ts": message_ts}, "trigger_id": "1.2.3",
        "actions": [{"type": "button", "action_id": button["action_id"], "block_id": block_id,
                     "value": button["value"], "action_ts": action_ts}],
    }
    return urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded"


def thread_reply(text: str, *, user: str, channel: str, thread_ts: str, event_id: str,
                 ts: str = "1700000500.000300") -> tuple[str, str]:
    body = {
        "token": "legacy", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
        "event_id": event_id, "event_time": int(time.time()), "authorizations": [{"user_id": "UBOT", "team_id": "T1"}],
        "event": {"type": "message", "channel": channel, "user": user, "text": text, "ts": ts,
                  "thread_ts": thread_ts, "channel_type": "channel"},
    }
    return json.dumps(body), "application/json"
