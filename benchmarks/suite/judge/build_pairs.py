"""Build ``pairs.jsonl``: labelled (question, task, blocker) pairs for calibrating the judge.

    python benchmarks/suite/judge/build_pairs.py            # rewrite pairs.jsonl from the suite

Rows: ``{"question", "task_id", "blocker_id", "match", "kind", "split", ...}``.
``match`` says whether the judge should return ``blocker_id``. The judge's
expected output is ``blocker_id`` when ``match`` is true, else ``expected``
(a ``other_blocker`` row names the blocker the question is really about) or None.

Kinds:
  rephrase        hand-written rephrasings of a blocker (below, keyed by task and blocker)
  rephrase_loo    a blocker's own example question, judged with that example hidden
                  (``holdout_example``: its index) so it acts as an unseen rephrasing
  other_blocker   a rephrasing of blocker B labelled against blocker A of the same task
  statement       a blocker's resolution or description, said rather than asked
  confirmation    "I assume <resolution>, right?" and other frames
  vague           "Can you clarify?", "Any more details?"
  multi_topic     two questions in one
  multi_conj      two blockers, or one blocker plus another topic, joined by "and", "or" or commas in one
                  clause ("How should special characters and long titles be handled?")
  single_conj     one blocker asked with "and"/"or" inside it (options, a range): must still match
  fishing         a bare topic with a judgment word, not the decision ("Is Unicode OK?", "What about X?")
  already_stated  a re-ask whose answer is in ``context``, or a question the task answers
  irrelevant      questions about nothing the task needs

``split`` is fixed by a hash of the task id: 30% of tasks are held out ("test").
Rows for tasks that do not exist (yet) are skipped, so re-run as tasks land.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parents[2]))

from asksafe.bench.tasks import Task, load_suite  # noqa: E402

# task id -> blocker id -> rephrasings that avoid the example questions' wording
REPHRASE: dict[str, dict[str, list[str]]] = {
    "coding-000": {
        "tie_break": ["If several items share a score, what order do they come out in?",
                      "The spec example and the docs example conflict for equal scores; which one should I follow?"],
        "best_means": ["Are we ranking so that bigger numbers win, or smaller ones like in golf?",
                       "Is a low score good here, as with latency?"],
    },
    "coding-001": {
        "days_unit": ["Callers already send strings like '1d'; do you want days supported?",
                      "The spec allows only h, m and s but I see '2d12h' in use; which one wins?"],
    },
    "coding-003": {
        "extra_cents": ["When the total leaves a remainder, which positions in the list get the additional cent?",
                        "Should the leftover pennies go to the people at the start of the list or at the end?"],
    },
    "coding-004": {
        "accents": ["How should non-ASCII letters such as ü or é be handled in the slug?",
                    "Do you want diacritics stripped, so 'Crème' becomes 'creme'?"],
        "max_len": ["Is there a length limit for slugs, given the database column is only 50 characters?",
                    "How should titles that produce very long slugs be shortened?"],
    },
    "coding-006": {
        "week_start": ["On which weekday does a week begin for the grouping?",
                       "Should the week keys be Mondays or Sundays?"],
        "fill_gaps": ["Should weeks with zero events between the first and last event be included?",
                      "If no events happen in a given week, should that week still show up as a key?"],
    },
    "coding-008": {
        "window_edge": ["Does a call made exactly one period ago still fall inside the window?",
                        "Is the boundary at now minus period inclusive?"],
        "count_rejected": ["Do denied calls count toward max_calls?",
                           "If allow() returns False, is that attempt still recorded in the window?"],
    },
    "coding-010": {
        "dup_key": ["Which field decides that two contacts are the same person?",
                    "Should email matching ignore upper and lower case and extra spaces?"],
        "keep_rule": ["Out of a set of duplicates, which record should survive?",
                      "Should I keep the most recently updated contact among duplicates, or the first one?"],
    },
    "coding-011": {
        "method": ["What kind of normalization is intended: divide by the total, min-max, or z-score?",
                   "Should each value become its share of the sum?"],
        "all_zero": ["What output do you expect if every score is zero?",
                     "How do I handle a list of only zeros, where dividing by the total is impossible?"],
    },
    "coding-013": {
        "day_order": ["Are the shipped dates written with the day first or the month first?",
                      "How should I read a date like 05/06/2024: 5 June or May 6?"],
        "blank": ["What should happen for a shipped cell that is empty?",
                  "Does an empty cell mean not shipped yet, so the function returns None?"],
    },
    "coding-014": {
        "precision": ["To how many decimals should the result be rounded?",
                      "Should the converted value be rounded to a whole number or to tenths?"],
    },
    "coding-015": {
        "first_page": ["Are pages numbered starting at 0 or at 1?",
                       "The frontend requests page 0 while the README says pages start at 1; which convention is correct?"],
        "out_of_range": ["What should paginate do when asked for a page past the end?",
                         "Should requesting a page number larger than total_pages raise ValueError or return no items?"],
    },
}

# task id -> questions whose answer the task text already gives
STATED: dict[str, list[str]] = {
    "coding-000": ["Should the function return the names rather than the (name, score) pairs?",
                   "What arguments does top_k take?"],
    "coding-001": ["Should the function return a whole number of seconds?",
                   "What should happen for input that does not match the format?"],
    "coding-002": ["Where does the minus sign go for negative amounts?",
                   "Should thousands be separated by commas?"],
    "coding-003": ["Do the parts have to add up exactly to the total?",
                   "In what order should the parts be returned?"],
    "coding-004": ["Should apostrophes be removed from the slug?",
                   "Should the slug be lowercase?"],
    "coding-005": ["Should the last chunk be padded?", "What does an empty sequence give?"],
    "coding-006": ["Should the keys be in ascending order?", "What does an empty input return?"],
    "coding-008": ["Are the now values passed to allow ever decreasing?"],
    "coding-010": ["What keys does each contact dict have?"],
    "coding-011": ["Should the normalized values keep the original order?"],
    "coding-013": ["Should surrounding whitespace in the cell be ignored?"],
    "coding-014": ["Which units can the input value be in?"],
    "coding-015": ["What keys should the returned dict contain?"],
}

# task id -> blocker id -> one-topic questions that still use "and"/"or" (options, ranges)
SINGLE_CONJ: dict[str, dict[str, list[str]]] = {
    "coding-000": {"tie_break": ["If two items have equal scores, should input order or alphabetical order decide?"],
                   "best_means": ["Should higher or lower scores rank first?"]},
    "coding-004": {"accents": ["Should letters like é and ü become e and u in the slug, or stay as they are?"],
                   "max_len": ["Should long slugs be cut to fit 50 characters and end on a whole word?"]},
    "coding-006": {"fill_gaps": ["Should weeks between the first and last event that have no events be included?"],
                   "week_start": ["Should a week run Monday to Sunday or Sunday to Saturday?"]},
    "coding-008": {"window_edge": ["Is a call at exactly now minus period inside or outside the window?"]},
    "coding-010": {"dup_key": ["Are two contacts with the same email in different case and spacing duplicates?"]},
    "coding-013": {"day_order": ["Is 05/06/2024 the 5th of June or the 6th of May?"]},
    "coding-015": {"first_page": ["Is the first page numbered 0 or 1?"]},
}
# hand-written two-topic and fishing questions (the examples on coding-004)
MULTI_CONJ_HAND: dict[str, list[str]] = {
    "coding-004": ["Should I handle unicode and length limits?",
                   "How should special characters and long titles be handled?"],
}
FISHING_HAND: dict[str, list[str]] = {"coding-004": ["Is Unicode OK?"]}
# topics no blocker is about, joined to a blocker's topic: "one blocker plus another topic"
OTHER_TOPICS = ["logging", "the indentation style", "code formatting", "the commit message", "test coverage",
                "the variable names", "the docstring wording", "the README"]
CONJ_FRAMES = ["How should {a} and {b} be handled?", "What should I do about {a} and {b}?",
               "How do you want {a}, {b} handled?", "Which rules apply to {a} or {b}?"]
FISHING_FRAMES = ["Is {a} OK?", "What about {a}?", "Should I handle {a}?", "Does {a} matter?",
                  "Any thoughts on {a}?", "Is {a} a concern?"]
_TOPIC_FIX = {"vague term": "the wording", "edge case": "edge cases", "spec vs test": "the tests",
              "status filter": "statuses", "test accounts": "test accounts", "entity identity": "the entity",
              "column choice": "the column", "top n": "the number of results"}


def topic_of(b) -> str:
    """A short noun phrase for a blocker's topic, from its subtype ("length_limit" -> "length limit")."""
    t = (b.subtype or b.id).replace("_", " ").strip()
    return _TOPIC_FIX.get(t, t)


VAGUE = [
    "Can you clarify?", "Could you give me more details?", "Is there anything else I should know?",
    "What exactly do you want?", "Can you clarify the task?", "Are there any other requirements?",
    "Could you elaborate on the requirements?", "Any more information you can share?",
    "What do you mean?", "Can you be more specific about what you need?", "Is there any additional context?",
    "What are the requirements?", "Could you explain the task in more detail?",
    "Is anything unclear that I should ask about?", "How should I approach this?",
]
IRRELEVANT_CODING = [
    "Should I use tabs or spaces for indentation?", "Who will review the pull request?",
    "Should the commit message follow conventional commits?", "What editor does the team use?",
    "When is the deadline for this change?", "Should I write the tests with pytest or unittest?",
    "How many people use this feature?", "What is the name of the git branch I should use?",
    "Do you prefer single or double quotes in Python strings?", "Which CI service runs the test suite?",
]
IRRELEVANT_SQL = [
    "Should SQL keywords be written in uppercase?", "Who maintains this database?",
    "How often is the database backed up?", "Should I alias the tables with short names?",
    "Which SQL client do you use?", "Should I put each clause on its own line?",
    "Is the database hosted in the cloud?", "How large is the database file on disk?",
]
IRRELEVANT_ANY = ["What is your favourite programming language?", "What time zone is the team in?",
                  "How was your weekend?", "Do you want me to open a ticket for this?"]
CONFIRM_FRAMES = [
    "I assume {r}, right?", "I'll go with this: {r}. OK?", "I'm assuming {r}; is that correct?",
    "Can I assume {r}?", "So {r}, correct?", "I plan to make it so that {r}. Sound good?",
]
MULTI_JOINS = ["{a}, and also {b}", "{a}? Also, {b}", "{a}; and {b}", "{a}? And {b}"]


def split_of(task_id: str) -> str:
    return "test" if int(hashlib.sha1(task_id.encode()).hexdigest(), 16) % 10 < 3 else "train"


def _clause(sentence: str) -> str:
    s = sentence.strip().rstrip(".?!")
    return s[:1].lower() + s[1:] if s[:2] != s[:2].upper() else s


def _pick(seq: list[str], key: str, n: int = 1) -> list[str]:
    h = int(hashlib.sha1(key.encode()).hexdigest(), 16)
    return [seq[(h + 7 * i) % len(seq)] for i in range(min(n, len(seq)))]


def rows_for(task: Task) -> list[dict]:
    rows: list[dict] = []

    def add(question: str, kind: str, blocker_id: str | None = None, match: bool = False, **extra) -> None:
        rows.append({"question": question, "task_id": task.id, "blocker_id": blocker_id, "match": match,
                     "kind": kind, **extra})

    hand = REPHRASE.get(task.id, {})
    ids = [b.id for b in task.blockers]
    for b in task.blockers:
        for q in hand.get(b.id, []):
            add(q, "rephrase", b.id, True)
        for i, q in enumerate(b.example_questions):
            add(q, "rephrase_loo", b.id, True, holdout_example=i)
        others = [o for o in ids if o != b.id]
        for q in hand.get(b.id, [])[:1]:
            for o in others[:1]:
                add(q, "other_blocker", o, False, expected=b.id)
        if not hand.get(b.id) and others:  # no hand rephrasing yet: use an example question
            add(b.example_questions[0], "other_blocker", others[0], False, expected=b.id)
        r = _clause(b.resolution)
        add(b.resolution, "statement", about=b.id)
        add(f"I will implement it so that {r}.", "statement", about=b.id)
        for frame in _pick(CONFIRM_FRAMES, task.id + b.id, 2):
            add(frame.format(r=r), "confirmation", about=b.id)
        # a re-ask whose answer the asker already has
        reask = (hand.get(b.id) or b.example_questions)[0]
        add(reask, "already_stated", about=b.id, context=[b.resolution])
    # two topics in one question
    if len(task.blockers) >= 2:
        a, b2 = task.blockers[0], task.blockers[1]
        qa = hand.get(a.id, a.example_questions)[0]
        qb = hand.get(b2.id, b2.example_questions)[-1]
        for j in _pick(MULTI_JOINS, task.id, 2):
            add(j.format(a=qa.rstrip("?"), b=_clause(qb) + "?"), "multi_topic")
    elif task.blockers:
        b = task.blockers[0]
        irr = _pick(IRRELEVANT_CODING if task.kind == "coding" else IRRELEVANT_SQL, task.id)[0]
        add(_pick(MULTI_JOINS, task.id)[0].format(a=b.example_questions[1].rstrip("?"), b=_clause(irr) + "?"),
            "multi_topic")
    # joined by "and"/"or"/commas in one clause: two blockers, or a blocker plus another topic
    topics = list(dict.fromkeys(topic_of(b) for b in task.blockers))
    if len(topics) >= 2:
        for frame in _pick(CONJ_FRAMES, task.id + "conj", 2):
            add(frame.format(a=topics[0], b=topics[1]), "multi_conj")
    if topics:
        other = _pick(OTHER_TOPICS, task.id + "other")[0]
        add(_pick(CONJ_FRAMES, task.id + "conj1")[0].format(a=topics[0], b=other), "multi_conj")
        for frame in _pick(FISHING_FRAMES, task.id + "fish", 2):
            add(frame.format(a=topics[-1]), "fishing")
    for q in MULTI_CONJ_HAND.get(task.id, []):
        add(q, "multi_conj")
    for q in FISHING_HAND.get(task.id, []):
        add(q, "fishing")
    for bid, qs in SINGLE_CONJ.get(task.id, {}).items():
        for q in qs:
            add(q, "single_conj", bid, True)
    for q in _pick(VAGUE, task.id, 2):
        add(q, "vague")
    pool = (IRRELEVANT_CODING if task.kind == "coding" else IRRELEVANT_SQL) + IRRELEVANT_ANY
    for q in _pick(pool, task.id, 2):
        add(q, "irrelevant")
    for q in STATED.get(task.id, []):
        add(q, "already_stated")
    for row in rows:
        row["split"] = split_of(task.id)
    return rows


def main() -> None:
    tasks = load_suite(ROOT.parent)
    rows = [r for t in tasks for r in rows_for(t)]
    out = ROOT / "pairs.jsonl"
    with open(out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds: dict[str, int] = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    test = sum(r["split"] == "test" for r in rows)
    print(f"{len(rows)} pairs from {len(tasks)} tasks ({test} held out): {kinds} -> {out}")


if __name__ == "__main__":
    main()
