"""Request frames: YAML data, unfilled required slots become questions, users add their own."""

import pytest

from asksafe import frames
from asksafe.errors import ConfigError


def slots(text, context=None):
    return {f.slot: f.question for f in frames.find(text, context)}


def test_every_shipped_frame_loads_by_name():
    names = {f.name for f in frames.load_frames()}
    assert names >= {"travel", "meetings", "messages", "files", "deployments", "payments", "data", "code"}
    assert frames.frame("travel").slots[0].name == "origin"
    with pytest.raises(ConfigError, match="no frame named"):
        frames.frame("nope")


@pytest.mark.parametrize("text, expected", [
    ("Book me a flight to Paris next week", {"travel.origin", "travel.date", "travel.trip_type"}),
    ("Delete the old files", {"files.criterion", "files.location"}),
    ("Send the quarterly report to the team by Friday", {"messages.recipient", "messages.item"}),
    ("Deploy the new version", {"deployments.environment"}),
    ("Refund the customer", {"payments.which", "payments.amount"}),
    ("Schedule a meeting next week", {"meetings.attendees", "meetings.time"}),
])
def test_unfilled_required_slots(text, expected):
    got = {k for k, f in ((f.slot, f) for f in frames.find(text)) if frames.slot(k).required}
    assert got == expected


@pytest.mark.parametrize("text, filled", [
    ("Book me a one-way flight from Berlin to Paris on Tuesday", {"travel.origin", "travel.date", "travel.trip_type"}),
    ("Delete files older than 30 days in ~/Downloads", {"files.criterion", "files.location"}),
    ("Email the Q3 report to alice@example.com", {"messages.recipient", "messages.item"}),
    ("Deploy v2.3.1 to staging now", {"deployments.environment", "deployments.version", "deployments.window"}),
    ("Refund order #4412 in full", {"payments.which", "payments.amount"}),
])
def test_what_the_words_say_fills_the_slot(text, filled):
    assert not filled & set(slots(text))


def test_the_context_fills_slots_too():
    assert "travel.origin" in slots("Book me a flight to Paris on Friday")
    assert "travel.origin" not in slots("Book me a flight to Paris on Friday", "Home airport: BER, from Berlin")


def test_questions_use_the_requests_words():
    q = slots("Book me a flight to Paris next week")
    assert q["travel.date"] == "Which day next week do you want to travel?"
    assert slots("Book me a hotel in Rome")["travel.date"] == "Which day do you want to travel?"
    assert slots("Delete the large files")["files.criterion"].startswith("How large must a file be")
    assert slots("Send the quarterly report to the team")["messages.recipient"].startswith("Which team")


def test_a_user_frame_from_yaml(tmp_path):
    (tmp_path / "lab.yaml").write_text(
        "name: lab\nwhen: ['\\brun the assay\\b']\nslots:\n"
        "  - name: sample\n    question: 'Which sample should I run it on?'\n    filled: ['\\bsample\\s+\\w+']\n")
    found = frames.find("Please run the assay", frames=frames.load_frames([tmp_path]))
    assert [f.question for f in found] == ["Which sample should I run it on?"]
    assert found[0].key == "missing:slot:lab.sample"
    assert not frames.find("Please run the assay on sample B7", frames=frames.load_frames([tmp_path]))


@pytest.mark.parametrize("text, error", [
    ("name: x\nslots: []\n", "needs 'name', 'when'"),
    ("name: x\nwhen: ['(']\nslots:\n  - name: a\n    question: q?\n", "bad regex"),
    ("name: x\nwhen: ['a']\nslots:\n  - name: a\n", "needs 'name' and 'question'"),
])
def test_a_malformed_frame_is_a_named_error(tmp_path, text, error):
    f = tmp_path / "bad.yaml"
    f.write_text(text)
    with pytest.raises(ConfigError, match=error):
        frames.load_frame(f)
