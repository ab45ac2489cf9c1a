"""Write ``audit_baseline.jsonl``: the set's author reads the questions asksafe asked on main and labels them.

    python benchmarks/questions/score.py --json base.json        # on the commit being audited
    python benchmarks/questions/build_audit.py base.json         # rewrites audit_baseline.jsonl
    python benchmarks/questions/build_audit.py after.json after   # rewrites audit_after.jsonl (017f15a)

The labels measure the *judge* on this set (``score.py --audit``): does it match
the questions a reader would match? They are evaluation data like the set itself,
never used to fit the judge or the writer.

The author's rule: a question targets a blocker when a reader knows which open point
it asks about and can answer it directly: it names the open dimension (which day,
which airport, how many, what threshold) or offers the real options. A question that
only repeats a term back ("What exactly do you mean by 'X'?", "The request leaves
'X' open: what exactly should it be?"), or whose options contradict the words
("'next week': the previous calendar week or the trailing week?"), targets none.
For ``settled.jsonl`` the label is the settled point it re-asks (``settled_<i>``),
a gold blocker, ``"stated"`` (something else the context already says) or none.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
AUDITED_COMMIT = "8111de3"

# requests.jsonl: the first question on every flagged blocked item -> the gold blocker it targets (None: none)
FIRST: dict[str, str | None] = {
    "travel-001": None, "travel-003": None, "travel-008": "venue", "travel-013": None, "travel-016": None,
    "travel-019": "offsite", "travel-022": None, "travel-024": None, "travel-029": None, "travel-031": None,
    "meetings-001": None, "meetings-003": None, "meetings-011": None, "meetings-013": None,
    "meetings-016": "client", "meetings-019": None, "meetings-021": None, "meetings-023": None,
    "meetings-026": "vendor", "meetings-027": None,
    "email-001": None, "email-004": None, "email-011": None, "email-016": None, "email-020": None,
    "email-030": None,
    "files-001": None, "files-005": None, "files-007": None, "files-011": None, "files-014": None,
    "files-020": None, "files-026": None, "files-028": "which_pdf",
    "deploy-007": None, "deploy-014": None, "deploy-017": "order", "deploy-019": None, "deploy-024": "target",
    "deploy-027": None,
    "payments-001": None, "payments-003": "which", "payments-007": None, "payments-013": None,
    "payments-014": "shipping", "payments-018": None, "payments-028": None, "payments-029": None,
    "data-001": None, "data-003": "period", "data-005": None, "data-007": None, "data-012": None,
    "data-013": None, "data-017": None, "data-019": None, "data-022": None, "data-024": None,
    "data-025": "period", "data-027": None,
    "code-001": None, "code-004": None, "code-007": None, "code-014": None, "code-016": None, "code-018": None,
    "code-023": None, "code-025": None,
    "sql-001": "n", "sql-013": None, "sql-015": None, "sql-019": "churn", "sql-027": "late",
    "general-007": None, "general-009": None, "general-011": None, "general-013": None, "general-014": None,
    "general-019": None,
}
# settled.jsonl: every question asked, in order
SETTLED: dict[str, list[str | None]] = {
    "settled-code-001": ["settled_1", "settled_0", "ties"],
    "settled-data-008": ["settled_1"],
    "settled-travel-007": ["settled_0"],
    "settled-meetings-001": [None, None],
    "settled-meetings-003": ["settled_2"],
    "settled-meetings-004": [None],
    "settled-meetings-007": ["stated", "soon"],
    "settled-email-001": ["settled_0"],
    "settled-email-007": [None],
    "settled-files-004": [None],
    "settled-deploy-001": ["settled_1"],
    "settled-deploy-005": [None],
    "settled-payments-002": ["settled_0"],
    "settled-payments-004": [None],
    "settled-general-003": ["settled_0"],
    "settled-general-004": [None],
}


# The same reading of the questions main asked after the new question writer landed (017f15a).
AFTER_COMMIT = "017f15a"
FIRST_AFTER: dict[str, str | None] = {
    "travel-001": "origin", "travel-003": "dates", "travel-008": "venue", "travel-013": None, "travel-016": None,
    "travel-019": "offsite", "travel-022": None, "travel-024": None, "travel-029": None, "travel-031": None,
    "meetings-001": None, "meetings-003": None, "meetings-011": None, "meetings-013": None,
    "meetings-016": "client", "meetings-019": None, "meetings-021": "interviewers", "meetings-023": None,
    "meetings-026": None, "meetings-027": None,
    "email-001": None, "email-004": None, "email-011": None, "email-016": None, "email-020": None,
    "email-030": None,
    "files-001": "old", "files-005": None, "files-007": None, "files-011": None, "files-014": "scope",
    "files-020": None, "files-026": None, "files-028": "which_pdf",
    "deploy-007": None, "deploy-014": None, "deploy-019": None, "deploy-024": "target", "deploy-027": None,
    "payments-001": "who", "payments-003": "which", "payments-007": None, "payments-013": None,
    "payments-014": None, "payments-018": None, "payments-028": None, "payments-029": None,
    "data-001": None, "data-003": "definition", "data-005": "definition", "data-007": "how_many",
    "data-012": "metric", "data-013": None, "data-017": None, "data-019": None, "data-022": None,
    "data-024": None, "data-025": "period", "data-027": "active",
    "code-001": "how_many", "code-004": "order", "code-007": None, "code-014": None, "code-016": None,
    "code-025": None,
    "sql-001": "n", "sql-013": None, "sql-015": None, "sql-019": "churn", "sql-027": "late",
    "general-007": None, "general-009": None, "general-011": None, "general-013": None, "general-014": None,
    "general-019": None,
}
SETTLED_AFTER: dict[str, list[str | None]] = {
    "settled-code-001": ["ties"],
    "settled-data-004": ["period"],
    "settled-travel-007": ["settled_0"],
    "settled-meetings-001": ["day"],
    "settled-meetings-003": ["settled_2"],
    "settled-meetings-004": [None],
    "settled-meetings-007": ["stated", "soon"],
    "settled-email-001": ["settled_1"],
    "settled-email-007": [None],
    "settled-files-004": ["scope"],
    "settled-deploy-005": [None],
    "settled-payments-002": [None],
    "settled-payments-004": [None, "settled_0"],
    "settled-general-003": ["settled_0"],
    "settled-general-004": [None],
}


def main(score_json: Path, which: str = "baseline") -> None:
    global FIRST, SETTLED, AUDITED_COMMIT
    if which == "after":
        FIRST, SETTLED, AUDITED_COMMIT = FIRST_AFTER, SETTLED_AFTER, AFTER_COMMIT
    report = json.loads(score_json.read_text(encoding="utf-8"))
    out: list[dict] = []
    for item in report["items"]:
        if item["file"] == "requests" and item["gold"] and item["asked"]:
            a = item["asked"][0]
            out.append({"file": "requests", "id": item["id"], "position": 0, "question": a["question"],
                        "author": FIRST[item["id"]], "judge": a["blocker_id"] or a["settled"]})
        elif item["file"] == "settled" and item["asked"]:
            labels = SETTLED[item["id"]]
            assert len(labels) == len(item["asked"]), item["id"]
            for i, (a, lab) in enumerate(zip(item["asked"], labels)):
                out.append({"file": "settled", "id": item["id"], "position": i, "question": a["question"],
                            "author": lab, "judge": a["blocker_id"] or a["settled"]})
    missing = set(FIRST) - {r["id"] for r in out if r["file"] == "requests"}
    if missing:
        raise SystemExit(f"labelled items not in this report (another commit?): {sorted(missing)}")
    with (HERE / f"audit_{which}.jsonl").open("w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps({"commit": AUDITED_COMMIT, **r}, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} labelled questions to audit_{which}.jsonl")


if __name__ == "__main__":
    main(Path(sys.argv[1]), *sys.argv[2:3])
