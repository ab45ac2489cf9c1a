"""The learning loop end to end, as a deployment runs it: real graph and Inbox with the shipped probe,
answers through the web inbox, "did not need asking" through Slack (the real slack_sdk client against
the local fake), outcomes through `asksafe feedback`, the export, `asksafe.learn`, and the learned probe
loaded back — its decisions move the right way on the fed requests and on paraphrases of them."""

from __future__ import annotations

import json
import re

from fastapi.testclient import TestClient
from slack_fake import BOT_TOKEN, SIGNING_SECRET, FakeSlack, click, signed
from slack_sdk import WebClient
from typer.testing import CliRunner

from asksafe.adapters import SlackChannel
from asksafe.adapters.web import create_app
from asksafe.cli import app
from asksafe.inbox import Inbox
from asksafe.learn import LearnConfig, learn, read_jsonl
from asksafe.policies import ThresholdPolicy

TENANTS = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Wonka", "Tyrell", "Cyberdyne",
           "Soylent", "Oscorp", "Vandelay", "Massive"]
NEEDS = "Run the nightly sync for the {t} tenant"  # production or staging? the team always has to say
CLEAR = "Run the nightly sync for tenant id {n} in region eu-west-1"
TOKEN = "tok-ana-0123456789abcdef"
FAST = LearnConfig(seed=3, replay=32, epochs=8, min_steps=40)


def test_feedback_from_people_teaches_the_probe_this_deployment(tmp_path, probe, monkeypatch):
    db = str(tmp_path / "runs.sqlite")
    # a cautious deployment: it asks whenever the probe names a blocker, so the people's verdicts carry the signal
    box = Inbox.open(db, agent=lambda task, context: "synced", probe=probe, policy=ThresholdPolicy(0.0),
                     question_timeout=3600)
    runs = {f"needs-{i}": NEEDS.format(t=t) for i, t in enumerate(TENANTS)}
    runs.update({f"clear-{i}": CLEAR.format(n=4100 + i) for i in range(len(TENANTS))})
    web = TestClient(create_app(box, [f"ana={TOKEN}"]), follow_redirects=False,
                     headers={"Origin": "http://testserver"})
    assert web.post("/login", data={"token": TOKEN}).status_code == 303
    cli = CliRunner()
    through = {"web": 0, "slack": 0, "outcome": 0}

    with FakeSlack() as fake:
        slack = SlackChannel(box, channel="C0Q", signing_secret=SIGNING_SECRET, allowed_users=["U0ANA"],
                             client=WebClient(token=BOT_TOKEN, base_url=fake.base_url), process_before_response=True)
        for run, task in runs.items():
            q = box.start(task, thread_id=run).next_question
            if q is None:  # it acted: the run's owner reports how that went
                args = ["feedback", run, "--db", db, "--outcome", "ok" if run.startswith("clear") else "fail"]
                if run.startswith("needs"):
                    args += ["--should-have-asked", "Production or staging?"]
                assert cli.invoke(app, args, env={"ASKSAFE_LOG": "off"}).exit_code == 0
                through["outcome"] += 1
            elif run.startswith("needs"):  # a needed question: answered in the web inbox
                csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', web.get("/").text).group(1)
                r = web.post(f"/questions/{q.id}/answer", data={"text": "Production.", "csrf": csrf})
                assert r.status_code == 303
                through["web"] += 1
            else:  # an unneeded one: "Did not need asking" on Slack, signed and allow-listed
                assert q.id in slack.post_pending()
                msg = next(m for m in fake.of("chat.postMessage") if q.id in json.dumps(m["blocks"]))
                actions = next(b for b in msg["blocks"] if b["type"] == "actions")
                button = next(e for e in actions["elements"] if e["text"]["text"] == "Did not need asking")
                ts = box.delivery_ref("slack", q.id).split(":")[1]
                body, ctype = click(button, actions["block_id"], user="U0ANA", channel="C0Q", message_ts=ts,
                                    action_ts=f"17000{len(fake.of('chat.update'))}.1")
                assert slack.app.dispatch(signed(body, content_type=ctype)).status == 200
                through["slack"] += 1
    assert all(r.status == "done" for r in box.runs()) and box.pending() == []
    assert through["web"] > 0 and through["slack"] > 0  # the loop went through the people (measured: 14 / 14)

    # the export is the documented record shape, one record per decision, every run labelled
    out_file = tmp_path / "feedback.jsonl"
    assert cli.invoke(app, ["feedback", "--db", db, "--export", str(out_file)], env={"ASKSAFE_LOG": "off"}).exit_code == 0
    fed = read_jsonl(out_file)
    assert not fed.problems and {r.group for r in fed.records} == set(runs)
    labels = {r.group: r.verdict for r in fed.records if r.verdict}
    labels.update({r.group: r.outcome for r in fed.records if r.outcome and r.group not in labels})
    assert len(labels) == len(runs)
    box.close()

    report = learn(fed.records, out=tmp_path / "ours-v1", cfg=FAST, source="test")
    assert report["after"]["auroc"] >= report["before"]["auroc"]
    from asksafe.probe import Probe

    monkeypatch.setenv("ASKSAFE_PROBE_BACKEND", "torch")
    new = Probe.load(tmp_path / "ours-v1")

    def gap(p, asks, acts):
        mean = lambda texts: sum(a.p_blocker for a in p.assess_many(texts)) / len(texts)  # noqa: E731
        return mean(asks) - mean(acts)

    fed_needs, fed_clear = [NEEDS.format(t=t) for t in TENANTS[:6]], [CLEAR.format(n=4100 + i) for i in range(6)]
    para_needs = ["Please kick off the nightly sync for the Contoso tenant",
                  "Can you start tonight's sync job for the Northwind tenant?"]
    para_clear = ["Please kick off the nightly sync for tenant id 9312 in region us-east-2",
                  "Start tonight's sync job for tenant id 5120 in region eu-west-1"]
    for needs, clear in ((fed_needs, fed_clear), (para_needs, para_clear)):
        assert gap(new, needs, clear) > gap(probe, needs, clear) + 0.1, (gap(probe, needs, clear), gap(new, needs, clear))
        assert gap(new, needs, clear) > 0
