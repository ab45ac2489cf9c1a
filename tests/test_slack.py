"""Slack: post questions with the real WebClient, answer by button or thread, refuse forgeries."""

from __future__ import annotations

import time

import pytest
from channel_support import agent_calls

pytest.importorskip("slack_bolt")
from slack_fake import BOT_TOKEN, SIGNING_SECRET, FakeSlack, button_click, signed, thread_reply  # noqa: E402
from slack_sdk import WebClient  # noqa: E402

from asksafe.adapters import SlackChannel  # noqa: E402
from asksafe.errors import ConfigError  # noqa: E402

CH = "C0QUESTIONS"
ANA, EVE, GUS = "U0ANA", "U0EVE", "U0GUS"


@pytest.fixture
def fake():
    with FakeSlack(usergroups={"S0ONCALL": [GUS]}) as f:
        yield f


@pytest.fixture
def slack(inbox, fake):
    client = WebClient(token=BOT_TOKEN, base_url=fake.base_url)
    return SlackChannel(inbox, channel=CH, signing_secret=SIGNING_SECRET, client=client, allowed_users=[ANA],
                        allowed_groups=["S0ONCALL"], process_before_response=True)


def _posted(inbox, slack, fake):
    inbox.start("Paint the fence <!channel> [ask:color]", thread_id="fence")
    [qid] = slack.post_pending()
    [msg] = fake.of("chat.postMessage")
    return qid, msg


def test_a_pending_question_is_posted_once_as_block_kit(inbox, slack, fake):
    qid, msg = _posted(inbox, slack, fake)
    assert msg["channel"] == CH and "Which color should it use?" in msg["text"]
    kinds = [b["type"] for b in msg["blocks"]]
    assert kinds == ["section", "context", "actions", "context"]
    buttons = msg["blocks"][2]["elements"]
    assert [b["text"]["text"] for b in buttons] == ["red", "blue", "Did not need asking"]
    assert buttons[0]["value"] == f"{qid}:0" and buttons[2]["value"] == qid
    context = " ".join(e["text"] for e in msg["blocks"][1]["elements"])
    assert "fence" in context and qid in context and "deadline" in context
    assert "&lt;!channel&gt;" in context and "<!channel>" not in context  # no mention injection
    assert "answer in this thread" in msg["blocks"][3]["elements"][0]["text"]
    assert slack.post_pending() == [] and len(fake.of("chat.postMessage")) == 1  # once


def test_a_button_click_answers_and_updates_the_message(inbox, slack, fake, agent_log):
    qid, msg = _posted(inbox, slack, fake)
    body, ctype = button_click(qid, 1, user=ANA, channel=CH, message_ts="1700000001.000100")
    resp = slack.app.dispatch(signed(body, content_type=ctype))
    assert resp.status == 200
    q = inbox.question(qid)
    assert (q.status, q.answer, q.responder, q.channel) == ("answered", "blue", ANA, "slack")
    [upd] = fake.of("chat.update")
    assert upd["ts"] == "1700000001.000100" and upd["channel"] == CH
    shown = str(upd["blocks"])
    assert f"<@{ANA}>" in shown and "blue" in shown and "actions" not in [b["type"] for b in upd["blocks"]]
    assert inbox.runs()[0].status == "done" and len(agent_calls(agent_log)) == 1


def test_the_first_thread_reply_answers_and_a_second_changes_nothing(inbox, slack, fake, agent_log):
    qid, _ = _posted(inbox, slack, fake)
    body, ctype = thread_reply("teal, not red", user=ANA, channel=CH, thread_ts="1700000001.000100", event_id="Ev1")
    assert slack.app.dispatch(signed(body, content_type=ctype)).status == 200
    assert inbox.question(qid).answer == "teal, not red"
    body, ctype = thread_reply("actually red", user=GUS, channel=CH, thread_ts="1700000001.000100", event_id="Ev2",
                               ts="1700000600.000400")
    assert slack.app.dispatch(signed(body, content_type=ctype)).status == 200
    assert inbox.question(qid).answer == "teal, not red" and len(agent_calls(agent_log)) == 1
    [notice] = fake.of("chat.postEphemeral")
    assert notice["user"] == GUS and "already answered by U0ANA via slack" in notice["text"]


def test_a_member_of_an_allowed_group_may_answer(inbox, slack, fake):
    qid, _ = _posted(inbox, slack, fake)
    body, ctype = button_click(qid, 0, user=GUS, channel=CH, message_ts="1700000001.000100")
    slack.app.dispatch(signed(body, content_type=ctype))
    assert inbox.question(qid).responder == GUS


def test_a_forged_signature_is_refused(inbox, slack, fake):
    qid, _ = _posted(inbox, slack, fake)
    body, ctype = button_click(qid, 0, user=ANA, channel=CH, message_ts="1700000001.000100")
    resp = slack.app.dispatch(signed(body, content_type=ctype, secret="not-the-signing-secret"))
    assert resp.status == 401
    # a correctly signed request whose body was changed afterwards (option 0 -> option 1)
    from slack_bolt import BoltRequest

    genuine = signed(body, content_type=ctype)
    tampered = BoltRequest(body=body.replace("%3A0", "%3A1"), headers=genuine.headers)
    assert slack.app.dispatch(tampered).status == 401
    unsigned = BoltRequest(body=body, headers={"content-type": [ctype]})
    assert slack.app.dispatch(unsigned).status == 401
    assert inbox.question(qid).status == "pending" and fake.of("chat.update") == []


def test_a_replayed_old_timestamp_is_refused(inbox, slack, fake):
    qid, _ = _posted(inbox, slack, fake)
    body, ctype = thread_reply("red", user=ANA, channel=CH, thread_ts="1700000001.000100", event_id="EvOld")
    resp = slack.app.dispatch(signed(body, content_type=ctype, timestamp=int(time.time()) - 6 * 60))
    assert resp.status == 401 and inbox.question(qid).status == "pending"


def test_a_duplicate_retry_is_handled_once(inbox, slack, fake, agent_log):
    qid, _ = _posted(inbox, slack, fake)
    body, ctype = thread_reply("red", user=ANA, channel=CH, thread_ts="1700000001.000100", event_id="EvSame")
    assert slack.app.dispatch(signed(body, content_type=ctype)).status == 200
    for n in (1, 2):
        assert slack.app.dispatch(signed(body, content_type=ctype, retry_num=n)).status == 200
    assert len(fake.of("chat.update")) == 1 and fake.of("chat.postEphemeral") == []
    assert len(agent_calls(agent_log)) == 1 and inbox.question(qid).answer == "red"


def test_a_user_not_on_the_allow_list_cannot_answer(inbox, slack, fake, agent_log):
    qid, _ = _posted(inbox, slack, fake)
    body, ctype = button_click(qid, 0, user=EVE, channel=CH, message_ts="1700000001.000100")
    slack.app.dispatch(signed(body, content_type=ctype))
    body, ctype = thread_reply("red", user=EVE, channel=CH, thread_ts="1700000001.000100", event_id="EvEve")
    slack.app.dispatch(signed(body, content_type=ctype))
    assert inbox.question(qid).status == "pending" and agent_calls(agent_log) == []
    notices = fake.of("chat.postEphemeral")
    assert len(notices) == 2 and all("allow-list" in n["text"] and n["user"] == EVE for n in notices)


def test_an_overlong_reply_is_refused_with_a_notice(inbox, slack, fake):
    qid, _ = _posted(inbox, slack, fake)
    body, ctype = thread_reply("x" * 5000, user=ANA, channel=CH, thread_ts="1700000001.000100", event_id="EvLong")
    slack.app.dispatch(signed(body, content_type=ctype))
    assert inbox.question(qid).status == "pending"
    assert "limit" in fake.of("chat.postEphemeral")[0]["text"]


def test_questions_go_to_a_dm_when_the_channel_is_a_user(inbox, fake):
    dm = SlackChannel(inbox, channel=ANA, signing_secret=SIGNING_SECRET, allowed_users=[ANA],
                      client=WebClient(token=BOT_TOKEN, base_url=fake.base_url), process_before_response=True)
    inbox.start("Paint the fence [ask:color]", thread_id="fence")
    [qid] = dm.post_pending()
    assert inbox.delivery_ref("slack", qid) == "D0DM:1700000001.000100"


def test_an_allow_list_is_required(inbox, fake):
    with pytest.raises(ConfigError, match="allow-list"):
        SlackChannel(inbox, channel=CH, signing_secret=SIGNING_SECRET,
                     client=WebClient(token=BOT_TOKEN, base_url=fake.base_url))
