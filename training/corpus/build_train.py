"""Deterministic generator for the asksafe probe training corpus (train.jsonl).

Stdlib only.  Every seed below is a *contrastive set*: one complete request
(label 0) plus versions of the same request degraded in one specific way
(label 1: missing / ambiguous / contradictory), and optionally label-0 hard
negatives (vague-looking but harmless wording, or detail supplied by context).

Markup used in seed strings:
  ``{name}``      slot, filled from the seed's ``slots`` or from the global pools
  ``{name.1}``    element 1 of a tuple-valued slot
  ``[[ ... ]]``   the span that causes the blocker (in text or in context)

Run:  python -m training.corpus.build_train   (or python build_train.py)
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

SEED = 20240611
OUT = Path(__file__).with_name("train.jsonl")

M, A, C = "missing", "ambiguous", "contradictory"


class V:
    """A degraded (label 1) item."""

    def __init__(self, type_, subtype, text=None, q="", opts=(), ctx=None):
        self.type, self.subtype, self.text, self.q = type_, subtype, text, q
        self.opts, self.ctx = list(opts), ctx


class N:
    """An extra label-0 item (hard negative, or complete thanks to context)."""

    def __init__(self, text=None, ctx=None, subtype="hard_negative"):
        self.text, self.ctx, self.subtype = text, ctx, subtype


SEEDS: list[dict] = []


def S(domain, full, *items, ctx=None, slots=None, n=None):
    SEEDS.append(dict(domain=domain, full=full, items=items, ctx=ctx,
                      slots=slots or {}, n=n))


# --------------------------------------------------------------------------
# global slot pools
# --------------------------------------------------------------------------
G = {
    "person": ["Priya", "Marcus", "Lena", "Tomás", "Aiko", "Jordan", "Fatima",
               "Olu", "Sven", "Mei", "Rahul", "Chloé", "Dmitri", "Grace",
               "Kwame", "Inés", "Noah", "Hana", "Luca", "Zara"],
    "person2": ["Ben", "Sofia", "Omar", "Julia", "Kenji", "Amara", "Felix",
                "Nadia", "Pablo", "Ruth", "Tariq", "Elsa", "Victor", "Yuna"],
    "city": ["Lisbon", "Denver", "Osaka", "Nairobi", "Toronto", "Krakow",
             "Austin", "Melbourne", "Seville", "Montreal", "Bangalore",
             "Edinburgh", "Porto", "Chicago", "Singapore", "Vienna"],
    "city2": ["Berlin", "Boston", "Madrid", "Seattle", "Dublin", "Prague",
              "Atlanta", "Zurich", "Tokyo", "Oslo", "Lyon", "Miami"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "month": ["January", "February", "March", "April", "May", "June", "July",
              "August", "September", "October", "November", "December"],
    "day": [str(d) for d in range(3, 28)],
    "hour": ["9:00", "9:30", "10:00", "11:00", "13:30", "14:00", "15:00",
             "16:30"],
    "company": ["Northwind", "Bluefin Labs", "Acme Freight", "Hollis & Co",
                "Pinecrest", "Quanta Health", "Lumen Retail", "Corvid Systems",
                "Tidewater Bank", "Orbit Logistics"],
    "product": ["the mobile app", "the billing portal", "the analytics "
                "dashboard", "the checkout flow", "the partner API",
                "the onboarding wizard", "the search page"],
    "service": ["payments-api", "auth-service", "search-indexer",
                "notification-worker", "billing-gateway", "user-profile",
                "media-transcoder", "inventory-sync", "report-builder"],
    "env": ["staging", "production", "qa"],
    "region": ["us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2",
               "eu-central-1"],
    "lang": ["Python", "TypeScript", "Go", "Java", "Rust", "Ruby"],
    "n": ["3", "5", "10", "20"],
    "pct": ["70", "75", "80", "85", "90"],
    "team": ["platform", "growth", "data", "mobile", "payments", "support",
             "infra", "design"],
    "tlang": [("Spanish", "es"), ("German", "de"), ("French", "fr"),
              ("Japanese", "ja"), ("Portuguese", "pt"), ("Italian", "it"),
              ("Korean", "ko"), ("Dutch", "nl")],
}

# label-neutral surface wrappers (drawn identically for both labels)
OPENERS = ["", "", "", "", "", "Hi,", "Hey,", "Quick one:", "Hello,",
           "Task:", "Request:", "Morning!", "When you get a chance:",
           "Please handle this:", "Can you help?", "Hi there.", "Next up:",
           "Okay,", "New ticket:", "From the backlog:", "Hey team,",
           "One more thing.", "So,", "Could you do this for me?"]
CLOSERS = ["", "", "", "", "", "Thanks!", "Thanks in advance.", "Cheers.",
           "Appreciate it.", "No rush.", "Ping me when it's done.",
           "Thank you!", "Ta.", "Let me know how it goes.", "ty",
           "Much appreciated.", "Shout if anything breaks.", "Thanks a lot."]

SLOT_RE = re.compile(r"\{(\w+)(?:\.(\d))?\}")
SPAN_RE = re.compile(r"\[\[(.*?)\]\]", re.S)


def fill(s, vals):
    if s is None:
        return None

    def rep(m):
        name, idx = m.group(1), m.group(2)
        if name not in vals:
            return m.group(0)
        v = vals[name]
        if idx is not None:
            return v[int(idx)]
        return v if isinstance(v, str) else v[0]

    return SLOT_RE.sub(rep, s).replace("{{", "{").replace("}}", "}")


def strip_span(s):
    """Remove [[ ]] markers; return (clean, span or None)."""
    if s is None:
        return None, None
    m = SPAN_RE.search(s)
    if not m:
        return s, None
    start = m.start()
    inner = m.group(1)
    clean = s[:m.start()] + inner + s[m.end():]
    clean = SPAN_RE.sub(lambda mm: mm.group(1), clean)
    return clean, [start, start + len(inner)]


def slot_names(seed):
    names = set()
    strings = [seed["full"], seed["ctx"]]
    for it in seed["items"]:
        strings += [it.text, it.ctx] + ([it.q] if isinstance(it, V) else [])
        if isinstance(it, V):
            strings += it.opts
    for s in strings:
        if isinstance(s, str):
            names.update(m.group(1) for m in SLOT_RE.finditer(s))
    return sorted(n for n in names if n in seed["slots"] or n in G)


def pick_values(seed, rng):
    vals = {}
    for name in slot_names(seed):
        pool = seed["slots"].get(name, G.get(name))
        vals[name] = rng.choice(pool)
    return vals


LEADS = [
    ("Write ", ["Write ", "Please write ", "Can you write ", "Could you write ",
                "I need you to write ", "Go ahead and write "]),
    ("Add ", ["Add ", "Please add ", "Can you add ", "We need to add ",
              "Could you add "]),
    ("Create ", ["Create ", "Please create ", "Can you create ", "Set up "]),
    ("Implement ", ["Implement ", "Please implement ", "Can you implement ",
                    "I'd like you to implement "]),
    ("Draft ", ["Draft ", "Please draft ", "Can you draft ", "Help me draft "]),
    ("Find ", ["Find ", "Please find ", "Can you find ", "Look up "]),
    ("Book ", ["Book ", "Please book ", "Can you book ", "Go ahead and book "]),
    ("Schedule ", ["Schedule ", "Please schedule ", "Can you schedule "]),
    ("Deploy ", ["Deploy ", "Please deploy ", "Can you deploy ", "Ship "]),
    ("List ", ["List ", "Show ", "Please list ", "Give me "]),
    ("Translate ", ["Translate ", "Please translate ", "Can you translate "]),
    ("Summarize ", ["Summarize ", "Please summarize ", "Can you summarize ",
                    "Sum up "]),
    ("Send ", ["Send ", "Please send ", "Can you send "]),
    ("Rotate ", ["Rotate ", "Please rotate ", "Can you rotate "]),
    ("Plot ", ["Plot ", "Please plot ", "Can you plot ", "Chart "]),
    ("Compute ", ["Compute ", "Calculate ", "Please compute ", "Work out "]),
]
FILLERS = ["This is for the {team} team.", "Low priority.", "It's for a demo "
           "on {weekday}.", "I'm out tomorrow, so whenever works.",
           "Context: we're tidying things up this sprint.",
           "{person} asked for this.", "Not urgent.",
           "Part of the Q3 cleanup.", "Following up on yesterday's chat.",
           "Sorry for the long message.", "I'll review it after lunch.",
           "This came up in standup.", "Same as usual, I'm on mobile today.",
           "Keep me posted.", "If it takes more than an hour, tell me.",
           "I'm working from {city} this week.", "Nothing fancy needed.",
           "Keep it simple.", "Roughly the same process as before.",
           "Should be quick.", "Just a small thing."]


def lead_variant(text, k):
    for head, alts in LEADS:
        if text.startswith(head):
            return alts[k % len(alts)] + text[len(head):]
    return text


def wrap(text, rng, opener, closer, lower):
    pre = opener + (rng.choice([" ", " ", "\n"]) if opener else "")
    post = (rng.choice([" ", " ", "\n\n"]) + closer) if closer else ""
    if pre and text[:1].isupper() and text[1:2].islower() and rng.random() < .5:
        text = text[:1].lower() + text[1:]
    if lower:
        text = text[:1].lower() + text[1:] if text[:1].isupper() else text
    return pre + text + post, len(pre)


def instances(seed):
    """Instantiations per seed, set per domain so domains end up balanced."""
    return PER_DOMAIN[seed["domain"]]


PER_DOMAIN = {"coding": 8, "sql": 15, "data": 18, "general": 16, "ops": 17,
              "writing": 19}


def build():
    rng = random.Random(SEED)
    groups = []
    for seed in SEEDS:
        seen = set()
        for _ in range(instances(seed)):
            vals = pick_values(seed, rng)
            g = make_group(seed, vals, rng)
            key = g[0]["text"]
            if key in seen:
                continue
            seen.add(key)
            groups.append(g)
    rng.shuffle(groups)
    rebalance(groups, rng)
    rows = []
    for gi, g in enumerate(groups):
        for item in g:
            item["group"] = "g-%04d" % gi
            rows.append(item)
    for i, r in enumerate(rows):
        r["id"] = "train-%06d" % i
    order = ["id", "group", "domain", "text", "context", "label", "type",
             "subtype", "span", "span_in", "question", "options"]
    return [{k: r[k] for k in order} for r in rows]


def make_group(seed, vals, rng):
    opener, closer = rng.choice(OPENERS), rng.choice(CLOSERS)
    lower = rng.random() < 0.08
    lead_k = rng.randrange(12)
    vals = dict(vals)
    for k_ in ("team", "weekday", "person", "city"):
        vals.setdefault(k_, rng.choice(G[k_]))
    filler = fill(rng.choice(FILLERS), vals) if rng.random() < 0.3 else ""
    filler_pos = rng.random() < 0.5
    base_ctx = seed["ctx"]
    items = [("full", seed["full"], base_ctx, None)]
    for it in seed["items"]:
        text = it.text if it.text is not None else seed["full"]
        ctx = it.ctx if it.ctx is not None else base_ctx
        if ctx is False:
            ctx = None
        items.append(("v" if isinstance(it, V) else "n", text, ctx, it))
    out = []
    for kind, text, ctx, it in items:
        if rng.random() < 0.25:  # occasionally re-draw the wrapper per item
            o, c = rng.choice(OPENERS), rng.choice(CLOSERS)
        else:
            o, c = opener, closer
        text = lead_variant(fill(text, vals), lead_k)
        if filler:
            text = filler + " " + text if filler_pos else text + " " + filler
        text, tspan = strip_span(text)
        ctx, cspan = strip_span(fill(ctx, vals))
        text, shift = wrap(text, rng, o, c, lower)
        if tspan:
            tspan = [tspan[0] + shift, tspan[1] + shift]
        row = dict(domain=seed["domain"], text=text, context=ctx, label=0,
                   type=None, subtype=None, span=None, span_in=None,
                   question=None, options=[])
        if kind == "n":
            row["subtype"] = it.subtype
        elif kind == "full":
            row["subtype"] = "complete"
        if kind == "v":
            row.update(label=1, type=it.type, subtype=it.subtype,
                       question=fill(it.q, vals),
                       options=[fill(o_, vals) for o_ in it.opts])
            if cspan:
                row.update(span=cspan, span_in="context")
            elif tspan:
                row.update(span=tspan, span_in="text")
        out.append(row)
    return out


def rebalance(groups, rng, lo=0.47, hi=0.53):
    """Drop surplus label-1 (or label-0 extras) items so the share is in range,
    never removing a group's complete item or its last positive."""
    def share():
        tot = sum(len(g) for g in groups)
        return sum(r["label"] for g in groups for r in g) / tot

    idx = list(range(len(groups)))
    rng.shuffle(idx)
    for gi in idx:
        if share() <= hi:
            break
        g = groups[gi]
        pos = [r for r in g if r["label"] == 1]
        if len(pos) >= 2:
            g.remove(rng.choice(pos))
    for gi in idx:
        if share() >= lo:
            break
        g = groups[gi]
        neg = [r for r in g if r["label"] == 0 and r["subtype"] != "complete"]
        if neg:
            g.remove(neg[0])


def main():
    rows = build()
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows, {len({r['group'] for r in rows})} groups "
          f"-> {OUT}")


# ==========================================================================
# SEEDS
# ==========================================================================

# ---------------------------------------------------------------- coding ---
S("coding",
  "Write a Python function `{fn}(nums)` that returns the index of the largest value in `nums`. If the maximum appears more than once, return the first such index; if `nums` is empty, return -1.",
  V(M, "tie_breaking",
    "Write a Python function `{fn}(nums)` that returns [[the index of the largest value]] in `nums`, a list of ints that often contains repeated values; if `nums` is empty, return -1.",
    "If the maximum value appears more than once, should `{fn}` return the first index or the last one?", ["first index", "last index"]),
  V(M, "edge_case",
    "Write a Python function `{fn}(nums)` that returns the index of the largest value in [[`nums`]], which can be any list of ints, including an empty one. If the maximum appears more than once, return the first such index.",
    "What should `{fn}` do when `nums` is empty: return -1, return None, or raise an exception?", ["return -1", "return None", "raise ValueError"]),
  V(C, "conflicting_examples",
    "Write a Python function `{fn}(nums)` that returns the index of the largest value in `nums`. If the maximum appears more than once, return the first such index, e.g. [[`{fn}([4, 9, 9, 1])` should give 2]]; empty list -> -1.",
    "The rule says ties go to the first index but the example `{fn}([4, 9, 9, 1]) -> 2` picks the last one; which is correct?", ["first index (1)", "last index (2)"]),
  N("Quick little helper, nothing fancy: `{fn}(nums)` returns the index of the largest value in nums; on ties take the first index, and for an empty list return -1."),
  slots={"fn": ["argmax_index", "index_of_max", "max_position", "peak_index", "largest_at", "pos_of_max"]})

S("coding",
  "Add a `--since` flag to our `{tool}` CLI that takes a date in YYYY-MM-DD format and only lists entries created on or after that date (inclusive). Invalid dates should exit with code 2 and print a one-line error.",
  V(A, "vague_term",
    "Add a `--since` flag to our `{tool}` CLI that takes a date in YYYY-MM-DD format and only lists [[recent]] entries. Invalid dates should exit with code 2 and print a one-line error.",
    "Should `--since` keep entries created on or after the given date, or is 'recent' meant to be a fixed window?", ["on or after the date", "fixed window"]),
  V(M, "inclusivity",
    "Add a `--since` flag to our `{tool}` CLI that takes a date in YYYY-MM-DD format and [[filters entries by that date]]. Bad input should make the command exit with code 2 and print a single-line error message.",
    "Should `--since` include entries created exactly on the given date, or only ones strictly after it?", ["inclusive", "exclusive"]),
  V(C, "requirement_conflict",
    "Add a `--since` flag to our `{tool}` CLI that takes a date in YYYY-MM-DD format and only lists entries created on or after that date (inclusive). [[Invalid dates should be ignored silently]] and must exit with code 2.",
    "Should an invalid `--since` date be ignored silently or make the command exit with code 2?", ["ignore silently", "exit with code 2"]),
  slots={"tool": ["logq", "tasks", "jobctl", "notes", "auditlog", "ticketcli"]})

S("coding",
  "Implement `dedupe_emails(rows)` in {lang}: given a list of user records, keep one record per email address, comparing emails case-insensitively, and when duplicates exist keep the record with the most recent `updated_at`.",
  V(M, "tie_breaking",
    "Implement `dedupe_emails(rows)` in {lang}: given a list of user records, keep one record per email address, comparing emails case-insensitively, [[dropping the duplicates]].",
    "When two records share an email, which one should be kept: the most recently updated, the oldest, or the first in the input?", ["most recent updated_at", "oldest", "first in input"]),
  V(A, "vague_term",
    "Implement `dedupe_emails(rows)` in {lang}: given a list of user records, keep one record per email address, treating [[similar]] emails as the same, and keep the record with the most recent `updated_at`.",
    "Which emails count as the same: only case-insensitive matches, or also things like dots and +tags in Gmail addresses?", ["case-insensitive only", "also normalise dots and +tags"]),
  V(M, "language",
    "Implement `dedupe_emails(rows)`: given a list of user records, keep one record per email address, comparing emails case-insensitively, and when duplicates exist keep the record with the most recent `updated_at`.",
    "Which language should `dedupe_emails` be written in?", ["Python", "TypeScript", "Go"], ctx="Repository languages: {lang} (backend), {lang2} (scripts).\n[[Both directories define user record types.]]"),
  N("Implement `dedupe_emails(rows)`: given a list of user records, keep one record per email address, comparing emails case-insensitively, and when duplicates exist keep the record with the most recent `updated_at`.",
    ctx="Repository: single-language {lang} service (src/, tests/). User records are defined in src/models/user.", subtype="context_completes"),
  slots={"lang": ["Python", "TypeScript", "Go", "Java"], "lang2": ["Bash", "Ruby", "Perl"]})

S("coding",
  "Bug: on {product}, clicking 'Save' twice within a second creates two identical drafts. Expected: the second click is ignored while the first request is in flight. Fix it in the `DraftEditor` component and add a test that double-clicks.",
  V(M, "expected_behavior",
    "Bug: on {product}, clicking 'Save' twice within a second creates two identical drafts. [[Please fix it]] in the `DraftEditor` component, and add a test that double-clicks the button quickly.",
    "What should happen on the second click: ignore it while the first save is in flight, or update the existing draft?", ["ignore while in flight", "update the same draft"]),
  V(C, "text_context_conflict",
    "Bug: on {product}, clicking 'Save' twice within a second creates two identical drafts. Expected: the second click is ignored while the first request is in flight. Fix it in the `DraftEditor` component and add a test that double-clicks.",
    "The product spec says repeated saves must create a new version each time, but the ticket says to ignore the second click; which behaviour is wanted?", ["ignore second click", "new version per click"],
    ctx="docs/spec/drafts.md:\n## Saving\n[[Every click on Save must create a new draft version, even if the content is unchanged.]]"),
  N("Bug, probably a quick one: on {product}, hitting 'Save' twice within a second makes two identical drafts. Expected: ignore the second click while the first request is in flight. Fix in `DraftEditor` and add a double-click test."),
  ctx=None)

S("coding",
  "Write a regex that matches UK postcodes like 'SW1A 1AA' and 'M1 1AE'. The space between the two halves is required, letters must be uppercase, and the pattern should match the whole string, not a substring.",
  V(M, "case_rule",
    "Write a regex that matches UK postcodes like 'SW1A 1AA' and 'M1 1AE'. The space between the two halves is required and the pattern should match [[the input]].",
    "Should the regex match only the whole string or also postcodes embedded inside longer text, and should lowercase letters be accepted?", ["whole string, uppercase only", "substring, any case"]),
  V(C, "conflicting_examples",
    "Write a regex that matches UK postcodes like 'SW1A 1AA' and [[ 'm11ae' ]]. The space between the two halves is required, letters must be uppercase, and the pattern should match the whole string.",
    "The example 'm11ae' has no space and lowercase letters, which contradicts the rules; should it match or not?", ["should match", "should not match"]),
  N("Write a regex, roughly anchored like ^...$, that matches UK postcodes such as 'SW1A 1AA' and 'M1 1AE': space required, uppercase letters only, whole-string match."))

S("coding",
  "Refactor `{module}` so that the three copies of the retry loop use one helper, `with_retries(fn, attempts=3, backoff=0.5)`. Keep the public functions' signatures and behaviour unchanged; the existing tests must pass without edits.",
  V(A, "vague_term",
    "[[Clean up]] `{module}` so that the three copies of the retry loop go through one shared helper. Keep the public functions' signatures as they are; the existing tests must pass without edits.",
    "Should the cleanup only merge the retry loops into one helper, or may it also change behaviour such as the number of attempts and backoff?", ["only merge the loops", "behaviour changes allowed"]),
  V(C, "requirement_conflict",
    "Refactor `{module}` so that the three copies of the retry loop use one helper, `with_retries(fn, attempts=3, backoff=0.5)`. Keep behaviour unchanged, but [[make every call retry 5 times]]; the tests must pass without edits.",
    "Should the retry count stay as it is (behaviour unchanged) or become 5 attempts?", ["keep current", "5 attempts"]),
  V(C, "text_context_conflict",
    "Refactor `{module}` so that the three copies of the retry loop use one helper, `with_retries(fn, attempts=3, backoff=0.5)`. Keep the public functions' signatures and behaviour unchanged; the existing tests must pass without edits.",
    "The existing loops use different attempt counts (3, 5 and 2); should the shared helper keep each caller's count, or standardise on 3 as requested?", ["keep per-caller counts", "standardise on 3"],
    ctx="grep -n 'for attempt in range' {module}\n41:    for attempt in range(3):\n88:    [[for attempt in range(5):]]\n131:   for attempt in range(2):"),
  slots={"module": ["src/client/http.py", "billing/sync.py", "ingest/fetcher.py", "app/storage/s3.py"]})

S("coding",
  "Create a REST endpoint `GET /api/{res}` that returns a JSON array of {res}, paginated with `page` and `page_size` query params (default page_size 50, max 200), sorted by `created_at` descending.",
  V(M, "sort_order",
    "Create a REST endpoint `GET /api/{res}` that returns a JSON array of {res}, paginated with `page` and `page_size` query params (default page_size 50, max 200), [[in a stable order]].",
    "What field and direction should `/api/{res}` be sorted by, e.g. `created_at` descending?", ["created_at desc", "created_at asc", "id asc"]),
  V(M, "limit",
    "Create a REST endpoint `GET /api/{res}` that returns a JSON array of {res}, sorted by `created_at` descending, and [[paginated with `page` and `page_size`]] query parameters.",
    "What should the default and maximum `page_size` be for `/api/{res}`?", ["default 50, max 200", "default 20, max 100"]),
  V(A, "polysemous_term",
    "Create a REST endpoint `GET /api/{res}` that returns a JSON array of {res}, paginated with `page` and `page_size` query params (default page_size 50, max 200), sorted by [[date]], newest first.",
    "Which date should `/api/{res}` sort by: `created_at` or `updated_at`?", ["created_at", "updated_at"],
    ctx="model {Res} {{\n  id: uuid\n  [[created_at: timestamp\n  updated_at: timestamp]]\n  owner_id: uuid\n}}"),
  N("Create a REST endpoint `GET /api/{res}` that returns a JSON array of {res}, paginated with `page` and `page_size` query params (default page_size 50, max 200), sorted by date, newest first.",
    ctx="model {Res} {{\n  id: uuid\n  created_at: timestamp\n  owner_id: uuid\n}}\n(no other timestamp fields)", subtype="context_completes"),
  ctx=None,
  slots={"res": ["invoices", "projects", "comments", "shipments", "tickets"], "Res": ["Record"]})

S("coding",
  "Write a function `parse_duration(s)` that converts strings like '1h30m', '45s' or '2h' to a number of seconds (int). Unknown units or empty strings should raise ValueError.",
  V(M, "output_format",
    "Write a function `parse_duration(s)` that converts strings like '1h30m', '45s' or '2h' [[to a duration]]. Unknown units or empty strings should raise ValueError.",
    "What should `parse_duration` return: an int number of seconds, a float, or a `timedelta`?", ["int seconds", "float seconds", "timedelta"]),
  V(C, "conflicting_examples",
    "Write a function `parse_duration(s)` that converts strings like '1h30m', '45s' or '2h' to a number of seconds (int), e.g. [[parse_duration('1h30m') == 90]]. Unknown units or empty strings raise ValueError.",
    "The example gives 90 for '1h30m', which is minutes, not seconds (5400); should the result be in seconds or minutes?", ["seconds (5400)", "minutes (90)"]),
  V(M, "error_handling",
    "Write a function `parse_duration(s)` that converts strings like '1h30m', '45s' or '2h' to a number of seconds (int). The input comes straight from users and [[may contain typos or unknown units]].",
    "What should `parse_duration` do with malformed input or unknown units: raise ValueError, return None, or ignore the bad part?", ["raise ValueError", "return None", "ignore bad part"]))

S("coding",
  "The `{job}` job crashes with `KeyError: 'currency'` when a payload has no currency field. Default missing currency to 'USD', log a warning with the payload id, and add a regression test.",
  V(M, "expected_behavior",
    "The `{job}` job crashes with `KeyError: 'currency'` when a payload has no currency field. [[Handle that case properly]], log a warning with the payload id, and add a regression test.",
    "When a payload has no currency, should the job default it to a specific currency (e.g. 'USD'), skip the payload, or fail it into the dead-letter queue?", ["default to USD", "skip payload", "dead-letter"]),
  V(C, "text_context_conflict",
    "The `{job}` job crashes with `KeyError: 'currency'` when a payload has no currency field. Default missing currency to 'USD', log a warning with the payload id, and add a regression test.",
    "The README says payloads without a currency must be rejected, but the ticket asks to default them to USD; which should the job do?", ["default to USD", "reject payload"],
    ctx="README.md (payload contract):\n- `amount`: integer minor units, required\n- [[`currency`: ISO 4217 code, required; payloads without it MUST be rejected]]"),
  N("The `{job}` job crashes with `KeyError: 'currency'` when a payload lacks currency. Do the usual thing for missing fields, log a warning with the payload id, and add a regression test.",
    ctx="CONTRIBUTING.md: For optional payload fields we always apply the documented default (currency -> 'USD', locale -> 'en-US') and log a warning.", subtype="context_completes"),
  slots={"job": ["invoice_export", "nightly_settlement", "refund_sync", "fx_rollup"]})

S("coding",
  "Write a {lang} function that merges two sorted lists of integers into one sorted list, keeping duplicates, in O(n + m) time without using the built-in sort.",
  V(M, "duplicate_handling",
    "Write a {lang} function that merges two sorted lists of integers into [[one sorted list]] in O(n + m) time, without using the built-in sort; the inputs often share values.",
    "When both lists contain the same value, should the merged list keep both copies or only one?", ["keep duplicates", "deduplicate"]),
  V(A, "vague_term",
    "Write a {lang} function that merges two [[ordered]] lists of integers into one list, keeping duplicates, in O(n + m) time without the built-in sort.",
    "Are the input lists sorted ascending or descending, and which order should the output use?", ["ascending", "descending"]),
  V(C, "requirement_conflict",
    "Write a {lang} function that merges two sorted lists of integers into one sorted list, keeping duplicates, in O(n + m) time. [[Use the built-in sort on the concatenation]] to keep it simple.",
    "Should the merge be a linear O(n + m) merge or a simple built-in sort of the concatenation (O((n+m) log(n+m)))?", ["linear merge", "built-in sort"]))

S("coding",
  "Add input validation to the signup form: the username must be 3–20 characters, letters, digits and underscores only; show the error message under the field, in red, as soon as the field loses focus.",
  V(A, "vague_term",
    "Add input validation to the signup form: the username must be [[a reasonable length]], letters, digits and underscores only; show the error message under the field, in red, when the field loses focus.",
    "What are the minimum and maximum username lengths?", ["3-20", "4-32"]),
  V(M, "timing",
    "Add input validation to the signup form: the username must be 3–20 characters, letters, digits and underscores only, and [[the error message should appear]] under the field in red.",
    "When should the username error appear: on every keystroke, when the field loses focus, or on submit?", ["on keystroke", "on blur", "on submit"]),
  V(C, "requirement_conflict",
    "Add input validation to the signup form: the username must be 3–20 characters, letters, digits and underscores only, [[hyphens allowed]]; show the error under the field, in red, when the field loses focus.",
    "The rule says letters, digits and underscores only; are hyphens allowed in usernames?", ["hyphens allowed", "not allowed"]),
  N("Add input validation to the signup form — something simple is fine: username 3–20 chars, letters/digits/underscores only; red error text under the field when it loses focus."))

S("coding",
  "Write a script that reads `{file}`, sums the `amount` column per `customer_id`, and writes `totals.csv` with columns customer_id,total sorted by total descending. Amounts are in cents; output totals in cents too.",
  V(M, "unit",
    "Write a script that reads `{file}`, sums the [[`amount`]] column per `customer_id`, and writes `totals.csv` with columns customer_id,total sorted by total descending, total formatted with two decimals.",
    "Are the amounts in `{file}` in cents or in whole currency units, and should totals be converted?", ["cents", "currency units"]),
  V(M, "output_format",
    "Write a script that reads `{file}`, sums the `amount` column per `customer_id`, and [[writes the totals out]] sorted by total descending. Amounts are in cents; output totals in cents too.",
    "What file name and format should the totals be written to (e.g. `totals.csv` with customer_id,total)?", ["totals.csv", "JSON", "stdout"]),
  V(C, "text_context_conflict",
    "Write a script that reads `{file}`, sums the `amount` column per `customer_id`, and writes `totals.csv` with columns customer_id,total sorted by total descending. Amounts are in cents; output totals in cents too.",
    "The file has no `amount` column, only `amount_eur` and `amount_usd`; which one should be summed?", ["amount_eur", "amount_usd"],
    ctx="$ head -3 {file}\n[[customer_id,order_id,amount_eur,amount_usd]]\nC-001,7781,1250,1362\nC-002,7782,990,1079"),
  slots={"file": ["orders.csv", "payments_2024.csv", "ledger.csv", "export/charges.csv"]})

S("coding",
  "In `utils/slug.py`, change `slugify` so it transliterates accented letters to ASCII (é -> e), lowercases, replaces runs of non-alphanumerics with a single '-', and strips leading/trailing '-'. Max length 60, cut at a hyphen boundary.",
  V(M, "truncation_rule",
    "In `utils/slug.py`, change `slugify` so it transliterates accented letters to ASCII (é -> e), lowercases, replaces runs of non-alphanumerics with a single '-', and strips leading/trailing '-'. [[Long slugs must be shortened.]]",
    "What maximum slug length should be used, and should truncation cut at a hyphen boundary or mid-word?", ["60, hyphen boundary", "80, hard cut"]),
  V(A, "vague_term",
    "In `utils/slug.py`, change `slugify` so it [[handles special characters]], lowercases, replaces runs of non-alphanumerics with a single '-', and strips leading/trailing '-'. Max length 60, cut at a hyphen boundary.",
    "Should accented letters be transliterated to ASCII (é -> e) or removed entirely?", ["transliterate", "remove"]))

S("coding",
  "Write unit tests for `calculate_discount(total, tier)` covering each tier (bronze 0%, silver 5%, gold 10%), a zero total, and a negative total, which must raise ValueError. Use pytest and parametrize the tier cases.",
  V(C, "text_context_conflict",
    "Write unit tests for `calculate_discount(total, tier)` covering each tier (bronze 0%, silver 5%, gold 10%), a zero total, and a negative total, which must raise ValueError. Use pytest and parametrize the tier cases.",
    "The implementation gives gold 15%, but the request says 10%; should the tests assert 10% (and fail) or 15%?", ["10% (spec)", "15% (current code)"],
    ctx="def calculate_discount(total, tier):\n    if total < 0:\n        raise ValueError('negative total')\n    rates = {'bronze': 0.0, 'silver': 0.05, [['gold': 0.15]]}\n    return round(total * rates[tier], 2)"),
  V(M, "test_framework",
    "Write unit tests for `calculate_discount(total, tier)` covering each tier (bronze 0%, silver 5%, gold 10%), a zero total, and a negative total, which must raise ValueError.",
    "Which test framework should the tests use?", ["pytest", "unittest"],
    ctx="Repo has both tests/unit (unittest-style classes) and tests/new (pytest functions); [[CONTRIBUTING.md does not say which to use for new tests.]]"),
  N("Write unit tests for `calculate_discount(total, tier)` covering each tier, a zero total, and a negative total (which must raise ValueError). Use pytest.",
    ctx="def calculate_discount(total, tier):\n    if total < 0:\n        raise ValueError('negative total')\n    rates = {'bronze': 0.0, 'silver': 0.05, 'gold': 0.10}\n    return round(total * rates[tier], 2)", subtype="context_completes"),
  ctx="def calculate_discount(total, tier):\n    if total < 0:\n        raise ValueError('negative total')\n    rates = {'bronze': 0.0, 'silver': 0.05, 'gold': 0.10}\n    return round(total * rates[tier], 2)")

S("coding",
  "Write `chunk(items, size)` that splits a list into consecutive chunks of exactly `size` elements; the last chunk may be shorter. `size` <= 0 raises ValueError. Return a list of lists.",
  V(M, "edge_case",
    "Write `chunk(items, size)` that splits a list into consecutive chunks of `size` elements [[when the length is not a multiple of size]]. `size` <= 0 raises ValueError. Return a list of lists.",
    "When the list length isn't a multiple of `size`, should the last shorter chunk be kept, dropped, or padded?", ["keep shorter chunk", "drop it", "pad it"]),
  V(C, "conflicting_examples",
    "Write `chunk(items, size)` that splits a list into consecutive chunks of exactly `size` elements; the last chunk may be shorter, e.g. [[chunk([1,2,3,4,5], 2) -> [(1,2),(3,4)]]]. `size` <= 0 raises ValueError.",
    "The example drops the trailing 5, but the rule says the last chunk may be shorter; should `[5]` be kept?", ["keep [5]", "drop it"]))

S("coding",
  "Our {lang} service logs timestamps in local time. Change the logger to emit ISO 8601 timestamps in UTC with millisecond precision, e.g. 2024-03-05T14:07:09.123Z, in every log line.",
  V(M, "time_zone",
    "Our {lang} service logs timestamps inconsistently. Change the logger to emit ISO 8601 timestamps [[with millisecond precision]], e.g. 2024-03-05T14:07:09.123, in every log line.",
    "Which time zone should the log timestamps use: UTC or the server's local time?", ["UTC", "local time"]),
  V(C, "conflicting_examples",
    "Our {lang} service logs timestamps in local time. Change the logger to emit ISO 8601 timestamps in UTC with millisecond precision, e.g. [[2024-03-05T14:07:09+01:00]], in every log line.",
    "The example has a +01:00 offset and no milliseconds, unlike the UTC/millisecond rule; which format is right?", ["UTC with ms (Z)", "local offset, no ms"]))

S("coding",
  "Implement a LRU cache class with `get(key)` and `put(key, value)` in O(1), capacity given in the constructor; when full, `put` evicts the least recently used key, where both `get` and `put` count as a use.",
  V(A, "polysemous_term",
    "Implement a LRU cache class with `get(key)` and `put(key, value)` in O(1), capacity given in the constructor; when full, `put` evicts the least recently [[used]] key.",
    "Does a `get` count as a use for eviction purposes, or only `put`?", ["get and put", "put only"]),
  V(M, "parameter",
    "Implement a LRU cache class with `get(key)` and `put(key, value)` in O(1); when [[full]], `put` evicts the least recently used key, where both `get` and `put` count as a use.",
    "What is the cache capacity, or should it be a constructor parameter?", ["constructor parameter", "fixed size"]),
  N("Implement a simple LRU cache class: `get(key)` and `put(key, value)` in O(1), capacity passed to the constructor; when full, evict the least recently used key (get and put both count as a use)."))

S("coding",
  "Upgrade `{dep}` from {v1} to {v2} in `{manifest}`, fix any deprecation warnings it introduces, and keep the lockfile in sync. Do not upgrade other packages.",
  V(A, "vague_term",
    "Upgrade `{dep}` [[to the latest]] in `{manifest}`, fix any deprecation warnings it introduces, and keep the lockfile in sync. Do not upgrade other packages.",
    "Which version of `{dep}` should we move to: the latest stable major, or the latest patch of the current major ({v1}.x)?", ["latest major", "latest patch of current major"]),
  V(C, "requirement_conflict",
    "Upgrade `{dep}` from {v1} to {v2} in `{manifest}`, fix any deprecation warnings it introduces, and keep the lockfile in sync. [[Refresh all dependencies]] while you're there.",
    "Should only `{dep}` be upgraded, or should all dependencies be refreshed?", ["only {dep}", "all dependencies"]),
  slots={"dep": ["requests", "react-router", "pydantic", "express", "sqlalchemy"], "v1": ["1", "2", "4"], "v2": ["5", "6"], "manifest": ["package.json", "pyproject.toml", "requirements.txt"]}, n=5)

S("coding",
  "Write a function that checks whether a string is a palindrome, ignoring case, spaces and punctuation, so 'A man, a plan, a canal: Panama' returns True. Empty string returns True.",
  V(M, "normalization",
    "Write a function that checks whether a string is [[a palindrome]]; the inputs are full sentences with mixed case and punctuation. Empty string returns True.",
    "Should the palindrome check ignore case, spaces and punctuation, or compare the raw characters?", ["ignore case/spaces/punctuation", "raw characters"]),
  V(C, "conflicting_examples",
    "Write a function that checks whether a string is a palindrome, ignoring case, spaces and punctuation, so [['Race car' returns False]]. Empty string returns True.",
    "Ignoring case and spaces makes 'Race car' a palindrome, but the example says False; which is right?", ["True", "False"]))

S("coding",
  "Add rate limiting to `POST /login`: at most 5 attempts per IP address per 15 minutes; further attempts get HTTP 429 with a `Retry-After` header. Use the existing Redis client.",
  V(M, "threshold",
    "Add rate limiting to `POST /login` [[per IP address]]; attempts over the limit get HTTP 429 with a `Retry-After` header. Use the existing Redis client for the counters.",
    "What limit and window should be used, e.g. 5 attempts per 15 minutes?", ["5 per 15 min", "10 per hour"]),
  V(A, "polysemous_term",
    "Add rate limiting to `POST /login`: at most 5 attempts per [[user]] per 15 minutes; further attempts get HTTP 429 with a `Retry-After` header. Use the existing Redis client.",
    "Should the limit be keyed on the IP address, the submitted username, or both?", ["IP", "username", "both"]),
  V(C, "text_context_conflict",
    "Add rate limiting to `POST /login`: at most 5 attempts per IP address per 15 minutes; further attempts get HTTP 429 with a `Retry-After` header. Use the existing Redis client.",
    "There is no Redis client in the codebase (only Memcached); should I add Redis or use Memcached for the counters?", ["add Redis", "use Memcached"],
    ctx="$ grep -rn 'redis\\|memcache' app/\napp/cache.py:3:[[from pymemcache.client import Client]]\napp/cache.py:9:cache = Client(('cache', 11211))\n(no matches for redis)"),
  N("Add rate limiting to `POST /login` — the usual limits.",
    ctx="docs/security.md: Standard auth limits: 5 attempts per IP per 15 minutes, HTTP 429 with Retry-After. Counters live in Redis via app.cache.redis.", subtype="context_completes"))

S("coding",
  "Convert `{file}` from callbacks to async/await. Keep the exported function names, preserve the error messages, and make sure errors are thrown as rejected promises instead of passed to the callback.",
  V(M, "api_compat",
    "Convert `{file}` from callbacks to async/await. Keep the exported function names and preserve the error messages; [[existing callers still pass callbacks]].",
    "Should the converted functions still accept a callback for existing callers, or should all callers be updated to use promises?", ["keep callback support", "update callers"]),
  V(C, "requirement_conflict",
    "Convert `{file}` from callbacks to async/await. Keep the exported function names and preserve the error messages, [[and keep the callback signature exactly as it is]] for every export.",
    "Converting to async/await changes the signatures; should the exports return promises or keep the callback signature?", ["return promises", "keep callbacks"]),
  slots={"file": ["lib/fs-utils.js", "src/db/queries.js", "server/mailer.js", "lib/cache.js"]})

S("coding",
  "Write a SQL migration that adds a nullable `phone` column (varchar(32)) to `users`, backfills it from `profiles.phone` where present, and can be rolled back by dropping the column.",
  V(M, "rollback",
    "Write a SQL migration that adds a nullable `phone` column (varchar(32)) to `users` and backfills it from `profiles.phone` where present. [[It needs a down step.]]",
    "What should the down migration do: drop the `phone` column, or copy values back to `profiles` first?", ["drop column", "copy back then drop"]),
  V(C, "requirement_conflict",
    "Write a SQL migration that adds a [[NOT NULL]] `phone` column (varchar(32)) to `users`, backfills it from `profiles.phone` where present, and can be rolled back by dropping the column.",
    "Users without a profile phone would violate NOT NULL; should the column be nullable or should missing phones get a default?", ["nullable", "default value"]))

S("coding",
  "The function `format_price(cents)` should return strings like '$1,234.50': dollar sign, thousands separators, always two decimals. Negative values are shown as '-$5.00'.",
  V(M, "format_rule",
    "The function `format_price(cents)` should return strings like '$1,234.50': dollar sign, thousands separators, always two decimals. [[Refunds come in as negative numbers.]]",
    "How should negative amounts be formatted: '-$5.00', '($5.00)', or '$-5.00'?", ["-$5.00", "($5.00)", "$-5.00"]),
  V(C, "conflicting_examples",
    "The function `format_price(cents)` should return strings like '$1,234.50': dollar sign, thousands separators, always two decimals; so [[format_price(500) gives '$500.00']]. Negative values are shown as '-$5.00'.",
    "Is the input in cents (500 -> '$5.00') or in dollars (500 -> '$500.00')?", ["cents", "dollars"]))

S("coding",
  "Please review this PR for correctness only — ignore style. Focus on the new `reconcile()` loop and tell me if it can double-count transfers when two batches overlap.",
  V(A, "scope",
    "Please review this PR. [[Focus on the important stuff]] and tell me whether the new code is ready to merge.",
    "Should the review cover correctness only, or also style, performance and test coverage?", ["correctness only", "everything"]),
  N("Please review this PR, and be a bit pedantic — correctness only, ignore style. Focus on the new `reconcile()` loop: can it double-count transfers when two batches overlap?"))

S("coding",
  "Write a function that rounds a price to the nearest 0.05 using round-half-up (2.025 -> 2.05) and returns a Decimal. Inputs are Decimals.",
  V(M, "rounding_rule",
    "Write a function that [[rounds a price to the nearest 0.05]] and returns a Decimal. Inputs are Decimals, and values exactly halfway between two steps are common.",
    "How should halfway values be rounded: half-up, half-even (banker's), or always down?", ["half-up", "half-even", "down"]),
  V(C, "conflicting_examples",
    "Write a function that rounds a price to the nearest 0.05 using round-half-up ([[2.025 -> 2.00]]) and returns a Decimal. Inputs are Decimals.",
    "Round-half-up gives 2.05 for 2.025, but the example says 2.00; which is intended?", ["2.05 (half-up)", "2.00"]))

S("coding",
  "Make the `/health` endpoint return 200 with `{{\"status\": \"ok\"}}` only if the database ping succeeds within 500 ms; otherwise return 503 with `{{\"status\": \"degraded\"}}`.",
  V(M, "threshold",
    "Make the `/health` endpoint return 200 with `{{\"status\": \"ok\"}}` only if the database ping succeeds [[quickly enough]]; otherwise return 503 with `{{\"status\": \"degraded\"}}`.",
    "What timeout should the database ping have before `/health` reports 503?", ["500 ms", "1 s", "2 s"]),
  V(A, "polysemous_term",
    "Make the `/health` endpoint return 200 with `{{\"status\": \"ok\"}}` only if [[the database]] ping succeeds within 500 ms; otherwise return 503 with `{{\"status\": \"degraded\"}}`.",
    "Which database should the health check ping: the primary, the read replica, or both?", ["primary", "replica", "both"],
    ctx="config/database.yml:\n[[primary: postgres://db-primary:5432/app\nreplica: postgres://db-replica:5432/app\nanalytics: clickhouse://ch:9000/events]]"))

S("coding",
  "fix the flaky test test_checkout_total — it fails about 1 in 20 runs because dict ordering changes the rounding. make the calculation deterministic, don't just retry the test",
  V(C, "requirement_conflict",
    "fix the flaky test test_checkout_total — it fails about 1 in 20 runs because dict ordering changes the rounding. make the calculation deterministic, [[or just mark it @flaky(retries=3)]], either is required",
    "Should I fix the calculation so it's deterministic, or mark the test as flaky with retries?", ["make deterministic", "mark flaky"]),
  V(M, "target",
    "fix [[the flaky test]] — it fails about 1 in 20 runs because dict ordering changes the rounding. make the calculation deterministic, don't just retry the test",
    "Several tests fail intermittently; which one should I fix?", ["test_checkout_total", "test_refund_total"],
    ctx="CI flaky report (last 50 runs):\n[[test_checkout_total 3 failures\ntest_refund_total 2 failures\ntest_tax_rounding 1 failure]]"))

S("coding",
  "Write a bash one-liner that finds all `.log` files under `/var/log/{app}` older than 14 days and deletes them, printing each path before deleting.",
  V(M, "threshold",
    "Write a bash one-liner that finds all [[old]] `.log` files under `/var/log/{app}` and deletes them, printing each path before deleting.",
    "How old should a `.log` file be before it is deleted (e.g. 14 days)?", ["7 days", "14 days", "30 days"]),
  V(C, "requirement_conflict",
    "Write a bash one-liner that finds all `.log` files under `/var/log/{app}` older than 14 days and deletes them, printing each path before deleting; [[it must not delete anything]], just show what it would do.",
    "Should the one-liner actually delete the files or only print what would be deleted (dry run)?", ["delete", "dry run"]),
  slots={"app": ["nginx", "myapp", "worker", "api", "cron"]})

S("coding",
  "Write a {lang} function `top_k_words(text, k)` that returns the k most frequent words, lowercased, as a list of (word, count) pairs sorted by count descending and, for equal counts, alphabetically.",
  V(M, "tie_breaking",
    "Write a {lang} function `top_k_words(text, k)` that returns the k most frequent words, lowercased, as a list of (word, count) pairs [[sorted by count descending]].",
    "How should words with equal counts be ordered: alphabetically, or by first appearance in the text?", ["alphabetically", "first appearance"]),
  V(A, "vague_term",
    "Write a {lang} function `top_k_words(text, k)` that returns the k most frequent [[words]], lowercased, as (word, count) pairs sorted by count descending, then alphabetically; the text has contractions and hyphenated terms.",
    "How should words be tokenised: are \"don't\" and \"well-known\" single words, or split at the apostrophe and hyphen?", ["single words", "split"]),
  V(M, "output_format",
    "Write a {lang} function `top_k_words(text, k)` that finds the k most frequent words, lowercased, and [[returns them]] ordered by count descending and, for equal counts, alphabetically.",
    "Should `top_k_words` return just the words, or (word, count) pairs?", ["words only", "(word, count) pairs"]))

S("coding",
  "Add a dark-mode toggle to the settings page. Store the choice in localStorage under `theme`, default to the OS preference on first visit, and apply it before first paint to avoid a flash.",
  V(M, "default",
    "Add a dark-mode toggle to the settings page. Store the choice in localStorage under `theme`, and apply it before first paint to avoid a flash; [[first-time visitors have no stored choice]].",
    "What should the theme be on a first visit: light, dark, or follow the OS preference?", ["light", "dark", "OS preference"]),
  V(C, "text_context_conflict",
    "Add a dark-mode toggle to the settings page. Store the choice in localStorage under `theme`, default to the OS preference on first visit, and apply it before first paint to avoid a flash.",
    "The design doc says the theme is stored server-side in the user profile, not in localStorage; which storage should I use?", ["localStorage", "user profile"],
    ctx="Design doc, 'Appearance settings' (approved):\n[[Theme preference is saved to the user profile via PATCH /me/settings so it follows the user across devices. Do not use localStorage.]]"))

S("coding",
  "Write a Python function `business_days(start, end)` that counts weekdays between two dates, including both endpoints, excluding Saturdays and Sundays. Holidays can be ignored.",
  V(M, "inclusivity",
    "Write a Python function `business_days(start, end)` that counts weekdays [[between two dates]], excluding Saturdays and Sundays. Holidays can be ignored.",
    "Should `business_days` count both `start` and `end` themselves, only one of them, or neither?", ["both", "start only", "neither"]),
  V(M, "holidays",
    "Write a Python function `business_days(start, end)` that counts [[working days]] between two dates, including both endpoints, for our {country} office.",
    "Should public holidays in {country} be excluded, and if so from which calendar?", ["ignore holidays", "exclude national holidays"]),
  V(C, "conflicting_examples",
    "Write a Python function `business_days(start, end)` that counts weekdays between two dates, including both endpoints, excluding weekends; e.g. [[Monday to Friday of the same week is 4]].",
    "With both endpoints included, Monday to Friday is 5 days, not 4; should the endpoints be included?", ["include both (5)", "exclude one (4)"]),
  slots={"country": ["German", "UK", "French", "Indian", "Brazilian"]})

S("coding",
  "Our `export_pdf` takes 40 s for a 200-page report. Profile it and bring it under 10 s for that report without changing the output; include before/after timings in the PR description.",
  V(A, "vague_term",
    "Our `export_pdf` takes 40 s for a 200-page report. Profile it and make it [[faster]] without changing the output; include before/after timings in the PR description.",
    "What target time should `export_pdf` reach for the 200-page report?", ["under 10 s", "under 20 s"]),
  V(C, "requirement_conflict",
    "Our `export_pdf` takes 40 s for a 200-page report. Profile it and bring it under 10 s for that report, [[dropping embedded fonts if needed]], without changing the output in any way.",
    "Dropping embedded fonts changes the output; is that acceptable to reach the 10 s goal?", ["yes, drop fonts", "no, output must be identical"]))

S("coding",
  "Write a function `normalize_phone(s)` that turns US phone numbers in any common format ('(555) 010-2345', '555.010.2345', '+1 555 010 2345') into E.164 ('+15550102345'). Return None for anything that isn't a valid 10-digit US number.",
  V(M, "output_format",
    "Write a function `normalize_phone(s)` that turns US phone numbers in any common format ('(555) 010-2345', '555.010.2345', '+1 555 010 2345') into [[one canonical format]]. Return None for invalid numbers.",
    "Which canonical format should `normalize_phone` produce, e.g. E.164 '+15550102345' or '555-010-2345'?", ["E.164", "555-010-2345"]),
  V(M, "scope",
    "Write a function `normalize_phone(s)` that turns phone numbers in any common format into E.164 ('+15550102345'). Return None for anything invalid; [[some customers are outside the US]].",
    "Which countries must `normalize_phone` support, and what default country code applies when none is given?", ["US only", "international with default +1"]))

S("coding",
  "Add a `retry` decorator: retry on `ConnectionError` only, up to 4 attempts total, with exponential backoff starting at 200 ms and doubling, re-raising the last exception when attempts run out.",
  V(M, "exception_scope",
    "Add a `retry` decorator that retries [[on failure]], up to 4 attempts total, with exponential backoff starting at 200 ms and doubling, re-raising the last exception when attempts run out.",
    "Which exceptions should trigger a retry: only `ConnectionError`/timeouts, or any exception?", ["ConnectionError only", "any exception"]),
  V(A, "polysemous_term",
    "Add a `retry` decorator: retry on `ConnectionError` only, up to [[4 retries]], with exponential backoff starting at 200 ms and doubling, re-raising the last exception when attempts run out.",
    "Does '4 retries' mean 4 attempts in total or 1 initial call plus 4 retries (5 attempts)?", ["4 total", "5 total"]))

S("coding",
  "Write a Go function that reads a JSON config file from the path in the `APP_CONFIG` environment variable and falls back to `./config.json` when the variable is unset. Return an error, not a panic, when the file is missing.",
  V(M, "fallback",
    "Write a Go function that reads a JSON config file from the path in the `APP_CONFIG` environment variable. [[The variable isn't always set]]. Return an error, not a panic, when the file is missing.",
    "What should happen when `APP_CONFIG` is unset: fall back to a default path such as ./config.json, or return an error?", ["fall back to ./config.json", "return an error"]),
  V(C, "requirement_conflict",
    "Write a Go function that reads a JSON config file from the path in the `APP_CONFIG` environment variable and falls back to `./config.json` when the variable is unset. [[Panic immediately]] when the file is missing, and never panic.",
    "Should a missing config file cause a panic or a returned error?", ["panic", "return error"]))

S("coding",
  "Create a GitHub Actions workflow that runs `npm test` on every pull request against `main`, on Node 18 and 20, and caches `~/.npm` keyed on `package-lock.json`.",
  V(M, "versions",
    "Create a GitHub Actions workflow that runs `npm test` on every pull request against `main`, [[on the Node versions we support]], and caches `~/.npm` keyed on `package-lock.json`.",
    "Which Node versions should the test matrix include?", ["18 and 20", "20 only", "18, 20 and 22"],
    ctx="package.json: {{ \"name\": \"web\", \"scripts\": {{ \"test\": \"jest\" }} }}\n[[(no \"engines\" field, no .nvmrc)]]"),
  N("Create a GitHub Actions workflow that runs `npm test` on every pull request against `main`, on the Node versions we support, and caches `~/.npm` keyed on `package-lock.json`.",
    ctx="package.json: {{ \"name\": \"web\", \"engines\": {{ \"node\": \">=18 <21\" }} }}\n.nvmrc: 20\nSUPPORT.md: we support Node 18 and 20.", subtype="context_completes"))

S("coding",
  "Write a function that validates a password: at least 12 characters, at least one digit, one uppercase letter and one symbol from !@#$%^&*. Return a list of the rules that failed (empty list if valid).",
  V(M, "output_format",
    "Write a function that validates a password: at least 12 characters, at least one digit, one uppercase letter and one symbol from !@#$%^&*. [[It should report the result]] to the signup form.",
    "Should the validator return a boolean, or a list of the specific rules that failed?", ["boolean", "list of failed rules"]),
  V(A, "vague_term",
    "Write a function that validates a password: at least 12 characters, at least one digit, one uppercase letter and one [[special character]]. Return a list of the rules that failed (empty list if valid).",
    "Which characters count as special: only !@#$%^&*, or any non-alphanumeric character including spaces?", ["!@#$%^&* only", "any non-alphanumeric"]),
  V(C, "requirement_conflict",
    "Write a function that validates a password: at least 12 characters, [[at most 10 characters]] for legacy systems, at least one digit, one uppercase letter and one symbol. Return the list of failed rules.",
    "The length rules conflict (at least 12 and at most 10); what are the real minimum and maximum lengths?", ["min 12", "max 10"]))

S("coding",
  "Write a TypeScript type guard `isOrder(x): x is Order` that checks `id` is a non-empty string, `items` is an array and `total` is a finite number. Extra fields are allowed.",
  V(M, "strictness",
    "Write a TypeScript type guard `isOrder(x): x is Order` that checks `id` is a non-empty string, `items` is an array and `total` is a finite number. [[Payloads sometimes carry extra fields]].",
    "Should objects with extra, unknown fields pass the `isOrder` check or be rejected?", ["allow extras", "reject extras"]),
  V(C, "text_context_conflict",
    "Write a TypeScript type guard `isOrder(x): x is Order` that checks `id` is a non-empty string, `items` is an array and `total` is a finite number. Extra fields are allowed.",
    "The `Order` type declares `id` as a number, not a string; should the guard check for a number or a string?", ["number", "string"],
    ctx="// types.ts\nexport interface Order {{\n  [[id: number;]]\n  items: LineItem[];\n  total: number;\n}}"))

S("coding",
  "There's a memory leak in the websocket server: each disconnected client leaves its listener on the `broadcast` emitter. Remove the listener on `close`, and add a test asserting the listener count returns to zero after 100 connect/disconnect cycles.",
  V(M, "expected_behavior",
    "There's a memory leak in the websocket server; memory grows by ~2 MB per hour under normal load. [[Find and fix it]], and add a test that would catch it coming back.",
    "Do you already know the leak's source (e.g. listeners left on `broadcast` after disconnect), or should I investigate first and report before changing code?", ["known source", "investigate first"]),
  N("There's a memory leak somewhere in the websocket server: each disconnected client leaves its listener on the `broadcast` emitter. Remove it on `close` and add a test that the listener count is zero after 100 connect/disconnect cycles."))

S("coding",
  "Write a Python CLI `csv2json` that reads a CSV file given as the first argument and prints a JSON array of objects to stdout, one object per row, keys from the header row, all values as strings.",
  V(M, "type_handling",
    "Write a Python CLI `csv2json` that reads a CSV file given as the first argument and prints a JSON array of objects to stdout, one object per row, keys from the header row; [[numeric columns are common]].",
    "Should numeric-looking values be converted to JSON numbers, or kept as strings?", ["convert to numbers", "keep strings"]),
  V(M, "output_destination",
    "Write a Python CLI `csv2json` that reads a CSV file given as the first argument and [[outputs the JSON]], one object per row, keys from the header row, all values as strings.",
    "Should `csv2json` print to stdout or write a file (and if so, which path)?", ["stdout", "file next to input"]),
  V(C, "requirement_conflict",
    "Write a Python CLI `csv2json` that reads a CSV file given as the first argument and prints a JSON array of objects to stdout, one object per row, keys from the header row, [[as newline-delimited JSON]].",
    "Should the output be one JSON array or newline-delimited JSON (one object per line)?", ["JSON array", "NDJSON"]))

# ------------------------------------------------------------------- sql ---
def shop(rev="one", date="one", status=True, mark=None):
    """Build an e-commerce schema; `mark` puts span markers around a part."""
    def mk(key, s):
        return "[[" + s + "]]" if mark == key else s
    rev_cols = ("revenue_gross numeric, revenue_net numeric" if rev == "two"
                else "total_amount numeric")
    date_cols = ("created_at timestamptz, shipped_at timestamptz" if date == "two"
                 else "created_at timestamptz")
    st = ", status text  -- 'pending','paid','shipped','refunded','cancelled'" if status else ""
    return ("customers(id int pk, name text, email text, country text, signup_date date)\n"
            "orders(id int pk, customer_id int fk, " + mk("date", date_cols) + ", "
            + mk("rev", rev_cols) + ", currency char(3)" + mk("status", st) + ")\n"
            "order_items(order_id int fk, product_id int fk, quantity int, unit_price numeric)\n"
            "products(id int pk, name text, category text, list_price numeric)")

S("sql",
  "Using the schema, what was total revenue per country for orders created in {month} 2024? Return country and revenue, highest first.",
  V(A, "column_choice", None,
    "Should 'revenue' use `revenue_gross` or `revenue_net`?", ["revenue_gross", "revenue_net"],
    ctx=shop(rev="two", mark="rev")),
  V(M, "period",
    "Using the schema, what was [[total revenue per country]] for the monthly board pack? Return country and revenue, highest first.",
    "Which period should the revenue cover (which month and year)?", ["{month} 2024", "year to date"]),
  V(C, "text_context_conflict",
    "Using the schema, what was total revenue per country for orders created in {month} 2024? Return country and revenue, highest first; revenue is the `net_amount` column.",
    "The schema has no `net_amount` column, only `total_amount`; should I use `total_amount`?", ["total_amount", "another table"],
    ctx=shop(mark="rev")),
  N("Using the schema, what was total net revenue per country for orders created in {month} 2024? Return country and revenue, highest first.",
    ctx=shop(rev="two"), subtype="context_completes"),
  ctx=shop(), slots={"month": G["month"]}, n=7)

S("sql",
  "How many orders were shipped in {month} 2024, counted by `shipped_at` in UTC? Exclude cancelled orders.",
  V(A, "column_choice",
    "How many orders were there in [[{month} 2024]], counting in UTC? Exclude cancelled orders.",
    "Should an order count in {month} by its `created_at` or its `shipped_at` date?", ["created_at", "shipped_at"],
    ctx=shop(date="two", mark="date")),
  V(M, "time_zone",
    "How many orders were shipped in {month} 2024, counted by `shipped_at`? Exclude cancelled orders; [[our warehouses are in three time zones]].",
    "Which time zone should define the month boundaries: UTC or a specific local zone?", ["UTC", "warehouse local time"]),
  V(C, "requirement_conflict",
    "How many orders were shipped in {month} 2024, counted by `shipped_at` in UTC? Exclude cancelled orders, [[and include every status]].",
    "Should cancelled orders be excluded, or should every status be included?", ["exclude cancelled", "all statuses"]),
  ctx=shop(date="two"), slots={"month": G["month"]}, n=6)

S("sql",
  "List the {n} customers with the highest lifetime spend (sum of `total_amount` over paid and shipped orders). If two customers tie, order them by customer id ascending. Return id, name and spend.",
  V(M, "tie_breaking",
    "List the {n} customers with the highest lifetime spend (sum of `total_amount` over paid and shipped orders). [[Many customers have identical spend]]. Return id, name and spend.",
    "How should ties in spend be ordered, and should ties at the cutoff extend the list beyond {n}?", ["by id, exactly {n}", "include all tied"]),
  V(A, "vague_term",
    "List the {n} customers with the highest lifetime spend (sum of `total_amount` over [[successful]] orders). If two customers tie, order them by customer id ascending. Return id, name and spend.",
    "Which order statuses count as successful: paid and shipped only, or also pending?", ["paid, shipped", "paid, shipped, pending"],
    ctx=shop(mark="status")),
  V(M, "limit",
    "List [[the customers with the highest lifetime spend]] (sum of `total_amount` over paid and shipped orders). If two customers tie, order them by customer id ascending. Return id, name and spend.",
    "How many customers should the list return?", ["10", "20", "100"]),
  ctx=shop(), slots={"n": ["5", "10", "20", "25", "50"]}, n=5)

S("sql",
  "What share of customers who signed up in 2023 placed at least one paid order within 30 days of `signup_date`? Give one percentage rounded to one decimal.",
  V(A, "vague_term",
    "What share of customers who signed up in 2023 [[converted]]? Give one percentage rounded to one decimal.",
    "What counts as converted: a paid order within 30 days of signup, or any order ever?", ["paid order within 30 days", "any order ever"]),
  V(C, "conflicting_examples",
    "What share of customers who signed up in 2023 placed at least one paid order within 30 days of `signup_date`? Give one percentage rounded to one decimal, [[broken down by month]].",
    "Do you want a single overall percentage or one per signup month?", ["single percentage", "per month"]),
  ctx=shop(), n=3)

S("sql",
  "Write a {dialect} query returning weekly order counts for 2024, where weeks start on Monday (ISO weeks), with zero for weeks without orders.",
  V(M, "week_definition",
    "Write a {dialect} query returning [[weekly order counts]] for 2024, with zero for weeks without orders; the result feeds a US retail dashboard.",
    "Should weeks start on Monday (ISO) or Sunday?", ["Monday (ISO)", "Sunday"]),
  V(M, "dialect",
    "Write a query returning weekly order counts for 2024, where weeks start on Monday (ISO weeks), with zero for weeks without orders.",
    "Which SQL dialect should the query target?", ["PostgreSQL", "BigQuery", "MySQL"],
    ctx=shop() + "\n-- [[replicated nightly to both Postgres (ops) and BigQuery (analytics)]]"),
  V(M, "empty_groups",
    "Write a {dialect} query returning weekly order counts for 2024, where weeks start on Monday (ISO weeks). [[Some weeks have no orders at all.]]",
    "Should weeks without orders appear with a zero count or be omitted?", ["show zero", "omit"]),
  ctx=shop(), slots={"dialect": ["PostgreSQL", "BigQuery", "Snowflake", "MySQL 8"]})

HR = ("employees(id int pk, full_name text, department_id int fk, manager_id int, hire_date date, "
      "termination_date date null, salary_annual numeric, bonus_annual numeric, location text)\n"
      "departments(id int pk, name text, cost_center text)")
HR_M = HR.replace("salary_annual numeric, bonus_annual numeric", "[[salary_annual numeric, bonus_annual numeric]]")

S("sql",
  "Average base salary (`salary_annual`, excluding bonus) by department for employees currently employed (no termination_date), rounded to whole units, sorted by department name.",
  V(A, "column_choice",
    "[[Average pay]] by department for employees currently employed (no termination_date), rounded to whole units, sorted by department name.",
    "Should 'pay' be base salary only or salary plus bonus?", ["salary only", "salary + bonus"], ctx=HR_M),
  V(M, "population",
    "Average base salary (`salary_annual`, excluding bonus) by department, rounded to whole units, sorted by department name, for [[the headcount report]].",
    "Should former employees (with a termination_date) be included in the average?", ["current only", "include former"]),
  V(C, "requirement_conflict",
    "Average base salary (`salary_annual`, [[including bonus]]) by department for current employees, excluding bonuses entirely, rounded to whole units, sorted by department name.",
    "Should bonuses be included in the average or excluded?", ["include bonus", "exclude bonus"]),
  N("Quick one — average base salary (`salary_annual`, no bonus) by department for people still employed, rounded, sorted by department name. Nothing fancy.", subtype="hard_negative"),
  ctx=HR, n=3)

S("sql",
  "List employees in {dept} hired between 2019-01-01 and 2021-12-31 inclusive, with their manager's full name (NULL if none). Order by hire_date.",
  V(M, "period",
    "List employees in {dept} hired [[during the early remote-work years]], with their manager's full name (NULL if none). Order by hire_date.",
    "Which hire-date range should be used (e.g. 2019-01-01 to 2021-12-31)?", ["2019-2021", "2020-2022"]),
  V(A, "polysemous_term",
    "List employees in {dept} hired between 2019-01-01 and 2021-12-31 inclusive, with [[their manager]]. Order by hire_date.",
    "Should the manager be shown by name or by id, and what should appear for employees without a manager?", ["full name, NULL if none", "manager id"]),
  V(C, "text_context_conflict", None,
    "There is no department called '{dept}' in `departments`; which department did you mean?", ["{alt}", "another one"],
    ctx=HR + "\n-- SELECT name FROM departments: [[Engineering, Finance, People Ops, Sales EMEA, Sales NA]]"),
  ctx=HR + "\n-- SELECT name FROM departments: Engineering, Finance, People Ops, Sales, Marketing, Legal",
  slots={"dept": ["Marketing", "Legal"], "alt": ["Sales NA"]})

EV = ("events(event_id uuid, user_id int, event_name text, ts timestamp  -- UTC\n"
      "       , platform text  -- 'ios','android','web', properties json)\n"
      "users(id int pk, created_at timestamp, plan text  -- 'free','pro','team', country text, last_seen_at timestamp)")
EV_M = EV.replace("last_seen_at timestamp", "[[last_seen_at timestamp]]").replace("events(event_id", "events(event_id")

S("sql",
  "How many distinct users triggered at least one `{ev}` event on {platform} in the last 7 full days (UTC, excluding today)? One number.",
  V(A, "vague_term",
    "How many [[active]] users did we have on {platform} in the last 7 full days (UTC, excluding today)? One number.",
    "What makes a user active: any event in `events`, a specific event like `{ev}`, or `last_seen_at` in the window?", ["any event", "{ev} event", "last_seen_at"],
    ctx=EV_M),
  V(M, "period",
    "How many distinct users triggered at least one `{ev}` event on {platform} [[lately]]? One number, counting days in UTC.",
    "Which time window should be used, e.g. the last 7 full days?", ["last 7 days", "last 30 days"]),
  V(C, "requirement_conflict",
    "How many distinct users triggered at least one `{ev}` event on {platform} in the last 7 full days (UTC, excluding today)? [[Include today's partial data too.]] One number.",
    "Should today's partial data be excluded or included?", ["exclude today", "include today"]),
  ctx=EV, slots={"ev": ["checkout_completed", "file_uploaded", "search", "invite_sent", "video_play"], "platform": ["iOS", "Android", "web"]}, n=7)

S("sql",
  "Daily signups for {month} 2024 by plan, using `users.created_at` in UTC, one row per day and plan, including days with zero signups.",
  V(M, "time_zone",
    "Daily signups for {month} 2024 by plan, using `users.created_at`, one row per day and plan, including days with zero signups, [[for the Tokyo and São Paulo teams]].",
    "Which time zone should define a day: UTC, Tokyo, or São Paulo?", ["UTC", "Asia/Tokyo", "America/Sao_Paulo"]),
  V(C, "text_context_conflict",
    "Daily signups for {month} 2024 by plan, using `users.created_at` in UTC, one row per day and plan, including days with zero signups.",
    "The schema note says `created_at` is stored in US/Pacific, not UTC; should I convert to UTC or use it as stored?", ["convert to UTC", "use Pacific"],
    ctx=EV.replace("users(id int pk, created_at timestamp", "users(id int pk, [[created_at timestamp  -- stored in US/Pacific local time]]")),
  ctx=EV, slots={"month": G["month"]}, n=6)

S("sql",
  "Delete duplicate rows from `contacts` where the email matches case-insensitively, keeping the row with the smallest `id` for each email.",
  V(M, "tie_breaking",
    "Delete duplicate rows from `contacts` where the email matches case-insensitively, [[keeping one row per email]].",
    "Which row should be kept for each email: the smallest id, the most recently updated, or the most complete one?", ["smallest id", "latest updated_at", "most complete"]),
  V(A, "vague_term",
    "Delete [[duplicate]] rows from `contacts`, keeping the row with the smallest `id` for each group.",
    "What makes two contacts duplicates: same email (case-insensitive), same phone, or same name and company?", ["same email", "same phone", "same name+company"]),
  ctx="contacts(id serial pk, email text, phone text, full_name text, company text, updated_at timestamptz)", n=3)

S("sql",
  "Increase `list_price` by 10% for every product in the '{cat}' category, rounded to 2 decimals, in a single transaction.",
  V(A, "vague_term",
    "[[Adjust]] `list_price` by 10% for every product in the '{cat}' category, rounded to 2 decimals, in a single transaction.",
    "Should prices go up or down by 10%?", ["increase", "decrease"]),
  V(M, "scope",
    "Increase `list_price` by 10% [[for the products we discussed]], rounded to 2 decimals, in a single transaction.",
    "Which products or category should the 10% increase apply to?", ["'{cat}' category", "all products"]),
  V(C, "text_context_conflict", None,
    "The products table has no '{cat}' category (only {cats}); which category should be updated?", ["{c1}", "{c2}"],
    ctx=shop() + "\n-- SELECT DISTINCT category FROM products: [[{cats}]]"),
  N("Bump `list_price` up by a flat 10% for the usual seasonal category, rounded to 2 decimals, in a single transaction.",
    ctx=shop() + "\n-- ops note: 'the usual seasonal category' = '{cat}' (see pricing runbook)", subtype="context_completes"),
  ctx=shop(), slots={"cat": ["Garden", "Outdoor", "Toys", "Kitchen", "Audio"], "cats": ["Books, Apparel, Electronics"], "c1": ["Books"], "c2": ["Apparel"]})

S("sql",
  "What is the median order value (`total_amount`) in {cur} for paid orders in Q{q} 2024? Only orders with currency '{cur}'.",
  V(M, "currency",
    "What is the median order value (`total_amount`) for paid orders in Q{q} 2024? [[Orders are in several currencies.]]",
    "Should I restrict to one currency (which?) or convert all orders to a common currency?", ["only {cur}", "convert all to {cur}"]),
  V(A, "vague_term",
    "What is the [[typical]] order value (`total_amount`) in {cur} for paid orders in Q{q} 2024? Only orders with currency '{cur}'.",
    "Should 'typical' be the median or the mean order value?", ["median", "mean"]),
  ctx=shop(), slots={"cur": ["EUR", "USD", "GBP"], "q": ["1", "2", "3", "4"]}, n=7)

S("sql",
  "For each product category, total units sold (sum of `quantity`) in 2024 across paid and shipped orders; return the top {n} categories by units.",
  V(A, "polysemous_term",
    "For each product category, total [[sales]] in 2024 across paid and shipped orders; return the top {n} categories.",
    "Should 'sales' be measured in units (sum of quantity) or in revenue (quantity × unit_price)?", ["units", "revenue"]),
  V(C, "requirement_conflict",
    "For each product category, total units sold (sum of `quantity`) in 2024 across paid and shipped orders; return the top {n} categories by units, [[ranked by revenue]].",
    "Should categories be ranked by units sold or by revenue?", ["units", "revenue"]),
  ctx=shop(), slots={"n": ["3", "5", "10"]})

S("sql",
  "Which customers placed an order in 2023 but none in 2024? Return customer id and email, ordered by id.",
  V(A, "vague_term",
    "Which customers have [[churned]]? Return customer id and email, ordered by id.",
    "How should churn be defined: ordered in 2023 but not 2024, or no order in the last N days (which N)?", ["2023 but not 2024", "no order in last 90 days"]),
  V(C, "text_context_conflict",
    "Which customers placed an order in 2023 but none in 2024? Return customer id and email, ordered by id.",
    "The orders table only contains data from 2024-03-01 onward, so 2023 orders can't be seen; is there an archive table to use?", ["use an archive table", "use available data"],
    ctx=shop() + "\n-- [[note: orders was truncated during the 2024 migration; min(created_at) = 2024-03-01]]"),
  ctx=shop(), n=3)

S("sql",
  "Show the average star rating per product for reviews posted in 2024, treating NULL ratings as not rated (exclude them), with the number of rated reviews next to it.",
  V(M, "null_handling",
    "Show the average star rating per product for reviews posted in 2024, with the number of reviews next to it. [[About a fifth of the ratings are NULL.]]",
    "Should NULL ratings be excluded from the average or counted as zero?", ["exclude", "count as 0"]),
  V(C, "conflicting_examples",
    "Show the average star rating per product for reviews posted in 2024, excluding NULL ratings, with the number of rated reviews; e.g. [[ratings 5, NULL, 3 should average to 2.67]].",
    "The example averages 5, NULL, 3 as 2.67 (NULL counted as 0), but you said to exclude NULLs (average 4); which is right?", ["exclude (4.0)", "count as 0 (2.67)"]),
  ctx="reviews(id int pk, product_id int, user_id int, rating smallint null, body text, posted_at timestamptz)", n=3)

S("sql",
  "Give me the {n} most recent orders from customers in {country}, newest first, with order id, created_at and total_amount.",
  V(C, "requirement_conflict",
    "Give me the {n} most recent orders from customers in {country}, newest first, with order id, created_at and total_amount — [[limit it to {m} rows]].",
    "Should the result have {n} rows or {m}?", ["{n}", "{m}"]),
  V(A, "polysemous_term", None,
    "Should '{country}' match `customers.country` (billing) or `shipping_country` on the order?", ["customers.country", "orders.shipping_country"],
    ctx=shop().replace("currency char(3)", "currency char(3), [[shipping_country text]]")),
  N("Pull the {n} latest orders from {country} customers — newest first, order id, created_at and total_amount — nothing more."),
  ctx=shop(), slots={"n": ["5", "10", "25"], "m": ["3", "50", "100"], "country": ["Germany", "Canada", "Japan", "Brazil", "Spain"]})

SUB = ("subscriptions(id int pk, account_id int, plan text, mrr_cents int, started_at date, cancelled_at date null)\n"
       "accounts(id int pk, name text, segment text  -- 'smb','mid','enterprise', owner_email text)")
S("sql",
  "Compute MRR (sum of `mrr_cents` / 100) on the last day of each month of 2024 for subscriptions active that day (started on or before it and not cancelled before it), grouped by segment.",
  V(M, "snapshot_rule",
    "Compute MRR (sum of `mrr_cents` / 100) [[for each month of 2024]], grouped by segment.",
    "Should monthly MRR be a snapshot on the last day of each month, or an average over the month?", ["month-end snapshot", "monthly average"]),
  V(C, "text_context_conflict",
    "Compute MRR (sum of `mrr_cents` / 100) on the last day of each month of 2024 for subscriptions active that day (started on or before it and not cancelled before it), grouped by region.",
    "The accounts table has no region column, only `segment`; should I group by segment instead?", ["segment", "join a region source"],
    ctx=SUB.replace("segment text", "[[segment text]]")),
  ctx=SUB, n=2)

S("sql",
  "Count accounts per plan that were cancelled in {month} 2024 (by `cancelled_at`), excluding accounts that re-subscribed to any plan within 14 days.",
  V(M, "edge_case",
    "Count accounts per plan that were cancelled in {month} 2024 (by `cancelled_at`). [[Some accounts cancel and re-subscribe within days.]]",
    "Should accounts that re-subscribe shortly after cancelling (e.g. within 14 days) still count as cancelled?", ["exclude re-subscribed", "count them"]),
  V(A, "polysemous_term",
    "Count [[customers]] per plan that were cancelled in {month} 2024 (by `cancelled_at`), excluding any that re-subscribed within 14 days.",
    "Should I count accounts or individual subscriptions (an account can have several)?", ["accounts", "subscriptions"]),
  ctx=SUB, slots={"month": G["month"]}, n=5)

S("sql",
  "Write a query for the {team} dashboard: revenue per day for the last 30 days from `daily_revenue`, using the `amount_usd` column, days in UTC.",
  V(A, "column_choice", None,
    "`daily_revenue` has both `amount_usd` and `amount_usd_fx_adjusted`; the request names `amount_usd` but the dashboard spec says FX-adjusted. Which one?", ["amount_usd", "amount_usd_fx_adjusted"],
    ctx="daily_revenue(day date, amount_usd numeric, amount_usd_fx_adjusted numeric)\n[[dashboard spec v2: all revenue tiles use amount_usd_fx_adjusted]]"),
  V(M, "period",
    "Write a query for the {team} dashboard: revenue per day from `daily_revenue`, using the `amount_usd` column, days in UTC, [[for the usual window]].",
    "How many days back should the query cover?", ["last 30 days", "last 90 days"]),
  ctx="daily_revenue(day date, amount_usd numeric, amount_usd_fx_adjusted numeric)", slots={"team": G["team"]}, n=5)

INV = ("warehouses(id int pk, code text, city text)\n"
       "stock(warehouse_id int, sku text, on_hand int, reserved int, updated_at timestamptz)\n"
       "skus(sku text pk, name text, reorder_point int)")
S("sql",
  "List SKUs in warehouse {wh} whose available stock (on_hand minus reserved) is below their reorder_point, sorted by shortfall, largest first.",
  V(A, "polysemous_term",
    "List SKUs in warehouse {wh} whose [[stock]] is below their reorder_point, sorted by shortfall, largest first.",
    "Should stock mean `on_hand` or available stock (`on_hand - reserved`)?", ["on_hand", "on_hand - reserved"]),
  V(M, "threshold",
    "List SKUs in warehouse {wh} whose available stock (on_hand minus reserved) is [[running low]], sorted by shortfall, largest first.",
    "What threshold means 'running low': below `reorder_point`, or a fixed number of units?", ["below reorder_point", "fixed units"]),
  V(C, "text_context_conflict", None,
    "There is no warehouse with code '{wh}'; the codes are {codes}. Which one?", ["{c1}", "{c2}"],
    ctx=INV + "\n-- SELECT code FROM warehouses: [[{codes}]]"),
  ctx=INV + "\n-- SELECT code FROM warehouses: AMS1, {wh}, DAL2, SIN1",
  slots={"wh": ["BER3", "LHR1", "NYC4", "MAD2"], "codes": ["AMS1, DAL2, SIN1"], "c1": ["AMS1"], "c2": ["DAL2"]})

S("sql",
  "Find users whose email domain is '{dom}' and who have never logged in (`last_login_at` IS NULL), and set `status` to 'dormant'. Show me the row count before running the UPDATE.",
  V(C, "requirement_conflict",
    "Find users whose email domain is '{dom}' and who have never logged in (`last_login_at` IS NULL), and set `status` to 'dormant'. [[Run it straight away]], but show me the row count before running the UPDATE.",
    "Should I run the UPDATE immediately, or first show you the row count and wait for confirmation?", ["run now", "show count first"]),
  V(A, "vague_term",
    "Find users whose email domain is '{dom}' and who [[haven't used the product much]], and set `status` to 'dormant'. Show me the row count before running the UPDATE.",
    "What defines low usage: never logged in, or no login in the last N days?", ["never logged in", "no login in 90 days"]),
  ctx="users(id pk, email text, status text, last_login_at timestamptz, created_at timestamptz)",
  slots={"dom": ["example.org", "contoso.com", "old-partner.net", "acme.io"]}, n=4)

# ------------------------------------------------------------------ data ---
def csv(header, *rows):
    return "$ head -%d %s\n" % (len(rows) + 1, "data.csv") + "\n".join((header,) + rows)

SALES = csv("date,store_id,region,units,revenue_eur", "2024-01-02,S01,North,14,310.50", "2024-01-02,S02,South,9,188.00", "2024-01-03,S01,North,11,240.25")
S("data",
  "Load `{f}` with pandas and plot total `revenue_eur` per month as a line chart (x = month, y = EUR), title '{title}', saved to `monthly_revenue.png`.",
  V(M, "output_format",
    "Load `{f}` with pandas and [[show me total `revenue_eur` per month]], titled '{title}', and save the result next to the data.",
    "Should the monthly totals be a chart (which type, e.g. line) or a table, and in which file format?", ["line chart PNG", "bar chart", "CSV table"]),
  V(A, "column_choice",
    "Load `{f}` with pandas and plot total [[sales]] per month as a line chart (x = month, y = total), title '{title}', saved to `monthly_revenue.png`.",
    "Should 'sales' be `units` or `revenue_eur`?", ["units", "revenue_eur"]),
  V(C, "text_context_conflict",
    "Load `{f}` with pandas and plot total `revenue_usd` per month as a line chart (x = month, y = USD), title '{title}', saved to `monthly_revenue.png`.",
    "The file has `revenue_eur`, not `revenue_usd`; should I plot EUR as-is or convert to USD (at which rate)?", ["plot EUR", "convert to USD"],
    ctx=SALES.replace("revenue_eur", "[[revenue_eur]]", 1)),
  ctx=SALES, slots={"f": ["sales_2024.csv", "store_sales.csv", "data/sales.csv"], "title": ["Monthly revenue", "Revenue by month", "2024 revenue trend"]})

LAT = csv("request_id,endpoint,latency_ms,status", "a1,/search,120,200", "a2,/search,98,200", "a3,/checkout,30450,504")
S("data",
  "Remove outliers from `latency_ms` in `{f}` using the IQR rule (drop rows below Q1 - 1.5·IQR or above Q3 + 1.5·IQR), computed per endpoint, then report the p50 and p95 per endpoint.",
  V(A, "vague_term",
    "Remove [[outliers]] from `latency_ms` in `{f}`, then report the p50 and p95 per endpoint.",
    "How should outliers be defined: IQR rule, z-score > 3, or a fixed cutoff like 10 s?", ["IQR rule", "z-score > 3", "fixed cutoff"]),
  V(M, "grouping",
    "Remove outliers from `latency_ms` in `{f}` using the IQR rule (drop rows below Q1 - 1.5·IQR or above Q3 + 1.5·IQR), [[then report the p50 and p95]].",
    "Should the IQR bounds and the percentiles be computed per endpoint or over all requests together?", ["per endpoint", "overall"]),
  V(C, "requirement_conflict",
    "Remove outliers from `latency_ms` in `{f}` using the IQR rule, computed per endpoint, then report the p50 and p95 per endpoint, [[keeping the timeouts (504s) in the data]] even if they are outliers.",
    "Should 504 timeouts be removed as outliers by the IQR rule, or always kept?", ["remove", "keep"]),
  ctx=LAT, slots={"f": ["requests.csv", "latency_log.csv", "api_timings.csv"]})

SURV = csv("respondent,age,income,region,score", "r1,34,52000,EU,7", "r2,,61000,US,9", "r3,45,,EU,")
S("data",
  "In `survey.csv`, fill missing `income` values with the median income of the respondent's region, leave other columns untouched, and write the result to `survey_filled.csv`.",
  V(M, "strategy",
    "In `survey.csv`, [[deal with the missing `income` values]], leave other columns untouched, and write the result to `survey_filled.csv`.",
    "How should missing income be handled: fill with the regional median, the overall mean, or drop those rows?", ["regional median", "overall mean", "drop rows"]),
  V(M, "scope",
    "In `survey.csv`, fill [[missing values]] with the median of the respondent's region and write the result to `survey_filled.csv`.",
    "Which columns should be filled: only `income`, or also `age` and `score`?", ["income only", "all numeric columns"]),
  V(C, "conflicting_examples",
    "In `survey.csv`, fill missing `income` values with the median income of the respondent's region, e.g. [[r3 (EU) gets 56500]], leave other columns untouched, and write `survey_filled.csv`.",
    "With the data shown, the EU median is 52000, but the example gives 56500 (the overall median); which should be used?", ["regional median", "overall median"]),
  ctx=SURV, n=8)

S("data",
  "Scale the numeric features `{cols}` with z-score standardisation fitted on the training split only, then apply the same scaler to the test split.",
  V(A, "polysemous_term",
    "[[Normalize]] the numeric features `{cols}`, fitted on the training split only, then apply the same transform to the test split.",
    "Does 'normalize' mean z-score standardisation or min-max scaling to [0, 1]?", ["z-score", "min-max"]),
  V(C, "requirement_conflict",
    "Scale the numeric features `{cols}` with z-score standardisation [[fitted on the full dataset]], fitted on the training split only, then apply it to the test split.",
    "Should the scaler be fitted on the full dataset or on the training split only?", ["training split", "full dataset"]),
  slots={"cols": ["age, income, tenure", "height, weight", "price, area_m2, rooms", "clicks, sessions"]})

S("data",
  "Split `{f}` into train and test sets, 80/20, stratified by `{y}`, with random_state=42, and print the class balance of each split.",
  V(M, "ratio",
    "Split `{f}` into train and test sets, stratified by `{y}`, with random_state=42, and print [[the class balance]] of each split.",
    "What train/test ratio should be used?", ["80/20", "70/30", "90/10"]),
  V(M, "stratification",
    "Split `{f}` into train and test sets, 80/20, with random_state=42, and print the class balance of each split; [[the positive class is only 3% of rows]].",
    "Should the split be stratified by `{y}` to preserve the class balance?", ["stratify", "plain random"]),
  V(C, "requirement_conflict",
    "Split `{f}` into train and test sets, 80/20, stratified by `{y}`, with random_state=42, [[keeping rows in time order]] (test = last 20%), and print the class balance of each split.",
    "A time-ordered split can't also be stratified; should the test set be the last 20% by time or a stratified random 20%?", ["time-ordered", "stratified random"]),
  slots={"f": ["churn.csv", "fraud_labels.parquet", "leads.csv", "claims.csv"], "y": ["churned", "is_fraud", "converted", "approved"]})

STORES = "sales.csv: date, store_code, units\nstores.csv: store_id, store_code, name, city\n"
S("data",
  "Left-join `sales.csv` to `stores.csv` on `store_code`, keeping every sales row, and add the store `city`; report how many sales rows found no store.",
  V(M, "join_type",
    "Join `sales.csv` to `stores.csv` on `store_code` and add the store `city`; [[some store codes in sales aren't in stores.csv]].",
    "Should sales rows without a matching store be kept (left join) or dropped (inner join)?", ["left join", "inner join"]),
  V(A, "column_choice",
    "Left-join `sales.csv` to `stores.csv` [[on the store]], keeping every sales row, and add the store `city`; report how many sales rows found no store.",
    "Which key should the join use: `store_code`, or `store_id` (sales only has `store_code`)?", ["store_code", "store_id"],
    ctx="sales.csv: date, [[store_code, store_id_legacy]], units\nstores.csv: [[store_id, store_code]], name, city\n"),
  ctx=STORES, n=8)

S("data",
  "Resample the minute-level `{metric}` series in `{f}` to hourly by taking the mean of each hour, label each hour by its start, and plot the result.",
  V(M, "aggregation",
    "Resample the minute-level `{metric}` series in `{f}` to hourly, [[label each hour by its start]], and plot the result.",
    "Which aggregation should each hour use: mean, sum, max, or last value?", ["mean", "sum", "max", "last"]),
  V(C, "requirement_conflict",
    "Resample the minute-level `{metric}` series in `{f}` to hourly by taking the mean of each hour, label each hour by its start, [[and keep the minute resolution]] in the plot.",
    "Should the plot show the hourly means or the original minute-level data?", ["hourly", "minute-level"]),
  slots={"metric": ["cpu_pct", "requests", "temperature_c", "queue_depth"], "f": ["metrics.parquet", "sensor.csv", "host42.csv"]})

TEMP = csv("station,date,temp", "ST1,2024-06-01,71.2", "ST2,2024-06-01,22.5", "ST3,2024-06-01,69.8")
S("data",
  "The `temp` column is in Fahrenheit for all stations; convert it to Celsius rounded to 1 decimal and add it as `temp_c`.",
  V(A, "unit",
    "[[Convert the `temp` column]] to Celsius rounded to 1 decimal and add it as `temp_c`.",
    "ST2's 22.5 looks like it is already in Celsius; is `temp` really in Fahrenheit for every station?", ["all Fahrenheit", "mixed units"],
    ctx=TEMP.replace("ST2,2024-06-01,22.5", "[[ST2,2024-06-01,22.5]]")),
  N("The `temp` column is in Fahrenheit for all stations; convert it to Celsius rounded to 1 decimal and add it as `temp_c`.",
    ctx=csv("station,date,temp", "ST1,2024-06-01,71.2", "ST2,2024-06-01,72.5", "ST3,2024-06-01,69.8"), subtype="context_completes"),
  ctx=TEMP, n=6)

DATES = csv("invoice,issued,amount", "I-1,03/04/2024,120", "I-2,11/04/2024,75", "I-3,04/13/2024,310")
S("data",
  "Parse the `issued` column as MM/DD/YYYY dates, then sum `amount` per calendar month.",
  V(A, "date_format",
    "Parse the [[`issued` column]] as dates, then sum `amount` per calendar month.",
    "Rows like 03/04/2024 could be read either way; are the `issued` dates MM/DD/YYYY or DD/MM/YYYY?", ["MM/DD/YYYY", "DD/MM/YYYY"]),
  V(C, "text_context_conflict",
    "Parse the `issued` column as DD/MM/YYYY dates, then sum `amount` per calendar month.",
    "Row I-3 has 04/13/2024, which is invalid as DD/MM; is the column really DD/MM/YYYY?", ["DD/MM", "MM/DD"],
    ctx=DATES.replace("I-3,04/13/2024", "[[I-3,04/13/2024]]")),
  ctx=DATES, n=6)

S("data",
  "Bin customers by `age` into the groups 18–24, 25–34, 35–44, 45–64 and 65+, then show the count and mean `spend` per group in a table.",
  V(M, "bins",
    "Bin customers by `age` into [[age groups]], then show the count and mean `spend` per group in a table.",
    "Which age bins should be used, e.g. 18–24, 25–34, 35–44, 45–64, 65+?", ["18–24/25–34/35–44/45–64/65+", "10-year bins"]),
  V(C, "requirement_conflict",
    "Bin customers by `age` into the groups 18–24, 25–34, 35–44, 45–64 and 65+, [[using equal-size quintiles]], then show the count and mean `spend` per group in a table.",
    "Should I use the fixed age ranges you listed or equal-size quintiles?", ["fixed ranges", "quintiles"]),
  N("Bin customers by `age` into the usual groups (18–24, 25–34, 35–44, 45–64, 65+) and show a small table with count and mean `spend` per group. Nothing fancy."),
  n=8)

S("data",
  "Build a pivot table from `{f}`: rows = region, columns = month ({y}), values = sum of `units`, with row and column totals.",
  V(M, "aggregation",
    "Build a pivot table from `{f}`: rows = region, columns = month ({y}), [[values = `units`]], with row and column totals.",
    "Should the pivot values be the sum of units, the mean, or a count of rows?", ["sum", "mean", "count"]),
  V(A, "polysemous_term",
    "Build a pivot table from `{f}`: rows = region, columns = [[period]] ({y}), values = sum of `units`, with row and column totals.",
    "Should the columns be months, quarters or weeks?", ["month", "quarter", "week"]),
  ctx=SALES, slots={"f": ["sales_2024.csv", "store_sales.csv"], "y": ["2024", "2023", "H1 2024"]})

S("data",
  "Compute year-over-year growth in total `revenue_eur` for each month of 2024 versus the same month of 2023, as a percentage with one decimal.",
  V(C, "text_context_conflict",
    "Compute year-over-year growth in total `revenue_eur` for each month of 2024 versus the same month of 2023, as a percentage with one decimal.",
    "The file only covers 2024 (first date 2024-01-02), so 2023 is missing; is there another file with 2023 data?", ["provide 2023 file", "use what's there"],
    ctx=SALES + "\n$ tail -1 data.csv\n2024-12-31,S02,South,7,150.00\n[[# min(date)=2024-01-02]]"),
  V(M, "comparison_base",
    "Compute [[growth]] in total `revenue_eur` for each month of 2024, as a percentage with one decimal.",
    "Should growth be year-over-year (vs the same month of 2023) or month-over-month?", ["year-over-year", "month-over-month"]),
  ctx=SALES + "\n(file covers 2023-01-01 to 2024-12-31)", n=8)

S("data",
  "Run a two-sided chi-square test at alpha = 0.05 on whether conversion differs between variants A and B in `ab_test.csv`, and report the p-value and the conversion rate of each variant.",
  V(C, "requirement_conflict",
    "Run a [[one-sided]] chi-square test at alpha = 0.05 on whether conversion differs between variants A and B in either direction in `ab_test.csv`, and report the p-value and each conversion rate.",
    "Should the test be one-sided (B better than A) or two-sided (any difference)?", ["one-sided", "two-sided"]),
  V(M, "significance_level",
    "Run a two-sided chi-square test on whether conversion differs between variants A and B in `ab_test.csv`, report the p-value and the conversion rate of each variant, and [[say whether it's significant]].",
    "Which significance level should decide 'significant': 0.05, 0.01, or something else?", ["0.05", "0.01"]),
  n=8)

S("data",
  "Flag a customer as high-value if their `spend_12m` (trailing 12 months) exceeds {amt} EUR; add a boolean column `high_value` to `customers.parquet`.",
  V(A, "column_choice",
    "Flag a customer as high-value if their [[spend]] exceeds {amt} EUR; add a boolean column `high_value` to `customers.parquet`.",
    "Should 'spend' be `spend_12m` (trailing 12 months) or `spend_lifetime`?", ["spend_12m", "spend_lifetime"],
    ctx="customers.parquet columns: customer_id, [[spend_12m, spend_lifetime]], country, segment"),
  V(M, "threshold",
    "Flag a customer as high-value if their `spend_12m` (trailing 12 months) is [[well above average]]; add a boolean column `high_value` to `customers.parquet`.",
    "What spend threshold defines high-value (a fixed amount, or e.g. the top 10%)?", ["fixed amount", "top 10%"]),
  ctx="customers.parquet columns: customer_id, spend_12m, spend_lifetime, country, segment",
  slots={"amt": ["1,000", "2,500", "5,000", "10,000"]})

S("data",
  "Summarize `tickets.csv` for the support lead: one table with ticket count and median resolution hours per priority, plus a one-paragraph takeaway under 80 words.",
  V(M, "output_format",
    "Summarize `tickets.csv` for the support lead. [[She reads it on her phone between meetings]], so make it useful.",
    "What should the summary contain, e.g. counts and median resolution time per priority, and in what form (table, bullets, paragraph)?", ["table + paragraph", "bullets"]),
  N("Summarize `tickets.csv` for the support lead, the usual way.",
    ctx="Previous summaries (pinned): a table of ticket count and median resolution hours per priority, then a takeaway paragraph under 80 words.", subtype="context_completes"),
  n=8)

S("data",
  "Train a logistic regression on `{f}` to predict `{y}` and report ROC AUC on a held-out 20% test set; use class_weight='balanced' and default regularisation.",
  V(M, "metric",
    "Train a logistic regression on `{f}` to predict `{y}` with class_weight='balanced' and default regularisation, and [[tell me how good it is]] on a held-out 20%.",
    "Which metric should I report: ROC AUC, accuracy, F1, or precision at a threshold?", ["ROC AUC", "accuracy", "F1"]),
  V(C, "requirement_conflict",
    "Train a logistic regression on `{f}` to predict `{y}` and report ROC AUC [[on the training data only]], using a held-out 20% test set; class_weight='balanced'.",
    "Should ROC AUC be reported on the training data or on the held-out test set?", ["test set", "training data"]),
  slots={"f": ["churn.csv", "fraud_labels.parquet", "leads.csv", "claims.csv"], "y": ["churned", "is_fraud", "converted", "approved"]})

S("data",
  "Deduplicate `leads.csv` on lower-cased `email`, keeping the row with the latest `created_at`, and write the result to `leads_dedup.csv`.",
  V(M, "tie_breaking",
    "Deduplicate `leads.csv` on lower-cased `email` and write the result to `leads_dedup.csv`; [[duplicates have different owners and dates]].",
    "Which duplicate should be kept for each email: the latest `created_at`, the earliest, or the one with an owner?", ["latest", "earliest", "has owner"]),
  V(A, "vague_term",
    "Deduplicate `leads.csv` on [[the contact]], keeping the row with the latest `created_at`, and write the result to `leads_dedup.csv`.",
    "Which field identifies a duplicate contact: email, phone, or name plus company?", ["email", "phone", "name + company"]),
  ctx=csv("lead_id,email,phone,name,company,owner,created_at", "1,ana@x.com,555-0101,Ana P,Xco,tom,2024-02-01", "2,ANA@x.com,,Ana P,Xco,,2024-03-09"), n=8)

S("data",
  "Forecast weekly demand for SKU {sku} for the next {h} weeks using the 2022–2024 history in `demand.csv`, and give an 80% prediction interval.",
  V(M, "horizon",
    "Forecast weekly demand for SKU {sku} using the 2022–2024 history in `demand.csv`, [[far enough ahead for planning]], with an 80% prediction interval.",
    "How many weeks ahead should the forecast cover?", ["{h} weeks", "52 weeks"]),
  V(C, "text_context_conflict",
    "Forecast weekly demand for SKU {sku} for the next {h} weeks using the 2022–2024 history in `demand.csv`, and give an 80% prediction interval.",
    "`demand.csv` is monthly, not weekly; should I forecast monthly or try to disaggregate to weeks?", ["monthly", "disaggregate to weekly"],
    ctx="$ head -3 demand.csv\n[[month,sku,units\n2022-01,{sku},1340\n2022-02,{sku},1205]]"),
  ctx="$ head -3 demand.csv\nweek,sku,units\n2022-W01,{sku},311\n2022-W02,{sku},298",
  slots={"sku": ["A-1042", "KX-77", "B-3310", "ZT-09"], "h": ["8", "12", "26"]})

S("data",
  "Compute the correlation between `ad_spend` and `signups` per country using Spearman's rank correlation, and list countries where it exceeds 0.5.",
  V(M, "method",
    "Compute the [[correlation]] between `ad_spend` and `signups` per country, and list countries where it exceeds 0.5; the data has heavy outliers.",
    "Which correlation should be used: Pearson or Spearman?", ["Pearson", "Spearman"]),
  V(C, "requirement_conflict",
    "Compute the correlation between `ad_spend` and `signups` per country using Spearman's rank correlation, and list countries where it exceeds 0.5 [[in absolute value, positive only]].",
    "Should countries with strong negative correlation (below -0.5) be listed too, or only positive ones?", ["positive only", "absolute value"]),
  n=9)

# --------------------------------------------------------------- general ---
S("general",
  "Book a one-way economy flight from {city} to {city2} on {month} {day} for one adult, departing after 9am, max one stop, under $600.",
  V(M, "date",
    "Book a one-way economy flight from {city} to {city2} [[for the conference]] for one adult, departing after 9am, max one stop, under $600.",
    "What date should the flight be on?", ["{month} {day}", "the day before"]),
  V(A, "vague_term",
    "Book a one-way economy flight from {city} to {city2} on {month} {day} for one adult, departing [[in the morning]], max one stop, [[cheap]].",
    "What is the maximum price I should book, and what departure window counts as morning?", ["under $600", "under $400"]),
  V(C, "requirement_conflict",
    "Book a one-way economy flight from {city} to {city2} on {month} {day} for one adult, departing after 9am, [[nonstop only]], max one stop, under $600.",
    "Should the flight be nonstop only, or is one stop acceptable?", ["nonstop only", "one stop OK"]),
  N("Book me a one-way flight, economy is fine, from {city} to {city2} on {month} {day} — one adult, leaving after 9am, at most one stop, anything under $600 works."))

S("general",
  "Schedule a 30-minute call with {person} next {weekday} at {hour} {tz}, add a Google Meet link, and title it 'Contract review'.",
  V(M, "time_zone",
    "Schedule a 30-minute call with {person} next {weekday} at [[{hour}]], add a Google Meet link, and title it 'Contract review'.",
    "Which time zone is {hour} in: yours or {person}'s?", ["my time zone", "{person}'s time zone"],
    ctx="Your calendar: Europe/London. {person}'s profile: [[America/New_York]]."),
  V(M, "duration",
    "Schedule [[a call]] with {person} next {weekday} at {hour} {tz}, add a Google Meet link, and title it 'Contract review'.",
    "How long should the call be?", ["30 minutes", "60 minutes"]),
  V(C, "text_context_conflict",
    "Schedule a 30-minute call with {person} next {weekday} at {hour} {tz}, add a Google Meet link, and title it 'Contract review'.",
    "{person} is out of office next {weekday}; should I pick another day or send the invite anyway?", ["another day", "send anyway"],
    ctx="{person}'s calendar: [[Out of office — all day next {weekday}]]"),
  N("Schedule a call with {person} next {weekday} at {hour}, add a Meet link, title 'Contract review'.",
    ctx="Your calendar and {person}'s are both Europe/Berlin. Default meeting length in your settings: 30 min.", subtype="context_completes"),
  slots={"tz": ["CET", "ET", "PT", "GMT", "IST"]})

S("general",
  "Reorder the printer paper we bought last time — {qty} boxes of the same A4 80gsm brand — from the same supplier, delivered to the office.",
  V(M, "item_identity",
    "Reorder [[the printer paper we usually get]], {qty} boxes, delivered to the office.",
    "Which paper product and supplier should I order?", ["A4 80gsm from the last supplier", "another product"]),
  N("Reorder the printer paper we bought last time, {qty} boxes, delivered to the office.",
    ctx="Order history: 2024-05-02 — Navigator A4 80gsm, 5 boxes, OfficeHub, delivered to 12 King St.", subtype="context_completes"),
  V(A, "ambiguous_reference",
    "Reorder the printer paper we bought last time, {qty} boxes, delivered to [[the office]].",
    "Which office should it be delivered to?", ["{city} office", "{city2} office"],
    ctx="Order history: Navigator A4 80gsm, 5 boxes, OfficeHub.\nSaved addresses: [[{city} office; {city2} office]]"),
  slots={"qty": ["3", "5", "10", "two", "four"]})

S("general",
  "Reply to {person}'s email accepting the invitation to the {event} on {weekday} the {day}th, and say I'll bring the slides.",
  V(A, "ambiguous_reference",
    "Reply to {person}'s email accepting [[the invitation]], and say I'll bring the slides.",
    "{person}'s email invites you to two events; which one should I accept?", ["{event}", "the team dinner"],
    ctx="From {person}: 'Two things: [[would you join the {event} on {weekday}, and the team dinner on Friday?]]'"),
  V(C, "text_context_conflict",
    "Reply to {person}'s email accepting the invitation to the {event} on {weekday} the {day}th, and say I'll bring the slides.",
    "Your calendar already has a conflicting all-day event that {weekday}; accept anyway?", ["accept anyway", "propose another date"],
    ctx="Calendar, {weekday} the {day}th: [[Offsite — all day (you are the organizer)]]"),
  slots={"event": ["product review", "budget workshop", "design crit", "quarterly kickoff"]})

S("general",
  "Summarize the attached article in 3 bullet points, each under 20 words, for a non-technical executive audience.",
  V(M, "length",
    "Summarize the attached article for a non-technical executive audience; [[it goes into a one-page board memo]].",
    "How long should the summary be (e.g. 3 bullets of under 20 words)?", ["3 bullets", "one paragraph"]),
  V(C, "requirement_conflict",
    "Summarize the attached article in 3 bullet points, each under 20 words, for a non-technical executive audience, [[covering all nine findings in detail]].",
    "Three short bullets can't cover nine findings in detail; should I keep to 3 bullets or cover all nine?", ["3 bullets", "all nine findings"]),
  N("Summarize the attached article, roughly 3 bullets, short ones, for non-technical execs."))

S("general",
  "Find a restaurant within a 10-minute walk of our {city} office for {k} people on {weekday} at 7pm, with vegetarian options, under $40 per person, and book it.",
  V(A, "ambiguous_reference",
    "Find a restaurant within a 10-minute walk of [[our office]] for {k} people on {weekday} at 7pm, with vegetarian options, under $40 per person, and book it.",
    "Which office should the restaurant be near?", ["{city}", "{city2}"],
    ctx="Company offices: [[{city} (HQ), {city2} (sales)]]"),
  V(M, "party_size",
    "Find a restaurant within a 10-minute walk of our {city} office [[for the team]] on {weekday} at 7pm, with vegetarian options, under $40 per person, and book it.",
    "How many people should the booking be for?", ["{k}", "whole team"]),
  N("Find a restaurant within a 10-minute walk of our office for {k} people on {weekday} at 7pm, veggie-friendly, under $40 a head, and book it.",
    ctx="Company offices: {city} (only office).", subtype="context_completes"),
  slots={"k": ["4", "6", "8", "12"]})

S("general",
  "Cancel my {sub} subscription effective at the end of the current billing period, and make sure I'm not charged again.",
  V(A, "ambiguous_reference",
    "Cancel [[my subscription]] effective at the end of the current billing period, and make sure I'm not charged again.",
    "You have several subscriptions; which one should be cancelled?", ["{sub}", "all of them"],
    ctx="Active subscriptions: [[{sub} ($12/mo), CloudDrive ($2.99/mo), NewsDaily ($9/mo)]]"),
  V(C, "requirement_conflict",
    "Cancel my {sub} subscription [[immediately]], effective at the end of the current billing period, and make sure I'm not charged again.",
    "Should the cancellation take effect immediately or at the end of the billing period?", ["immediately", "end of period"]),
  ctx="Active subscriptions: {sub} ($12/mo)",
  slots={"sub": ["StreamMax", "FitPlus", "PhotoPro", "MealBox", "LangLearn"]})

S("general",
  "Buy a birthday gift for {person} under $50 — she loves hiking — and ship it to her home address by {month} {day}.",
  V(M, "budget",
    "Buy a birthday gift for {person} — she loves hiking — and ship it to her home address by {month} {day}. [[Don't go overboard.]]",
    "What is the budget for the gift?", ["under $50", "under $100"]),
  V(M, "address",
    "Buy a birthday gift for {person} under $50 — she loves hiking — and ship it [[to her]] by {month} {day}.",
    "I have no postal address on file for {person}; which address should the gift ship to?", ["her home address", "her office"],
    ctx="Contacts: {person} — email only, [[no postal address saved]]."),
  N("Buy a birthday gift for {person}, something small, under $50 (she loves hiking), shipped to her home by {month} {day}."))

S("general",
  "Set a reminder for {weekday} at {hour} to call {person} about the lease renewal.",
  V(M, "time",
    "Set a reminder [[before the weekend]] to call {person} about the lease renewal.",
    "What day and time should the reminder go off?", ["{weekday} {hour}", "Friday morning"]),
  V(A, "ambiguous_reference",
    "Set a reminder for {weekday} at {hour} to call [[{person}]] about the lease renewal.",
    "You have two contacts named {person}; which one should the reminder mention?", ["{person} (landlord)", "{person} (agent)"],
    ctx="Contacts matching '{person}': [[{person} Okafor (landlord), {person} Reyes (letting agent)]]"))

S("general",
  "Transfer {amt} from my checking account ending 4411 to {person}'s savings account today, with the reference 'rent {month}'.",
  V(A, "ambiguous_reference",
    "Transfer {amt} [[from my account]] to {person}'s savings account today, with the reference 'rent {month}'.",
    "Which of your accounts should the money come from?", ["checking ...4411", "savings ...9020"],
    ctx="Your accounts: [[checking ...4411, savings ...9020]]"),
  V(M, "amount",
    "Transfer [[the rent]] from my checking account ending 4411 to {person}'s savings account today, with the reference 'rent {month}'.",
    "How much should I transfer?", ["{amt}", "another amount"]),
  V(C, "conflicting_examples",
    "Transfer {amt} from my checking account ending 4411 to {person}'s savings account today, with the reference 'rent {month}' — [[same as last month's $1,250]].",
    "You wrote {amt} but also 'same as last month's $1,250'; which amount should I send?", ["{amt}", "$1,250"]),
  slots={"amt": ["$1,400", "$980", "€1,100", "£875"]})

S("general",
  "Compare {k} project-management tools for a 10-person design team on price per seat per month, guest access and offline support; give me a table and a one-line recommendation.",
  V(A, "vague_term",
    "Compare {k} project-management tools for a 10-person design team and tell me [[which is best]]; give me a table and a one-line recommendation.",
    "Which criteria matter most for the comparison (e.g. price per seat, guest access, offline support)?", ["price", "features", "integrations"]),
  V(C, "requirement_conflict",
    "Compare {k} project-management tools for a 10-person design team on price per seat, guest access and offline support; give me a table and a one-line recommendation, [[but no table, just prose]].",
    "Do you want the comparison as a table or as prose?", ["table", "prose"]),
  slots={"k": ["three", "four", "five"]})

S("general",
  "Move my {hour} meeting on {weekday} with {person} to the same time on {weekday2} and let {person} know.",
  V(A, "ambiguous_reference",
    "Move [[my {hour} meeting]] to the same time on {weekday2} and let the attendees know.",
    "You have two meetings at {hour}; which one should move?", ["with {person}", "design sync"],
    ctx="{weekday}: {hour} 1:1 with {person}; {weekday}: {hour} design sync\n[[Two events at {hour} this week]]"),
  V(C, "text_context_conflict",
    "Move my {hour} meeting on {weekday} with {person} to the same time on {weekday2} and let {person} know.",
    "{person} is busy at {hour} on {weekday2}; should I still move it, or pick another slot?", ["move anyway", "another slot"],
    ctx="{person}'s calendar, {weekday2}: [[{hour}–17:00 busy (training)]]"),
  slots={"weekday2": ["Thursday", "Friday", "Monday"]})

S("general",
  "Find me a hotel in {city} for {month} {day}–{day2}, two adults, under $180 a night, within 1 km of the convention centre, free cancellation.",
  V(M, "dates",
    "Find me a hotel in {city} [[for the trade fair]], two adults, under $180 a night, within 1 km of the convention centre, free cancellation.",
    "Which check-in and check-out dates should I search for?", ["{month} {day}–{day2}", "other dates"]),
  V(A, "vague_term",
    "Find me a hotel in {city} for {month} {day}–{day2}, two adults, [[reasonably priced]], [[close to]] the convention centre, free cancellation.",
    "What is the nightly budget, and how far from the convention centre is acceptable?", ["under $180, 1 km", "under $250, 3 km"]),
  N("Find me a hotel in {city} for {month} {day}–{day2}, two adults. Nothing fancy, under $180 a night, within 1 km of the convention centre, free cancellation."),
  slots={"day": ["3", "8", "14", "20"], "day2": ["6", "11", "17", "23"]})

S("general",
  "Research the visa requirements for a {nat} citizen travelling to {country} for a 10-day business trip in {month}, and list the documents needed with official sources.",
  V(M, "nationality",
    "Research the visa requirements for [[my colleague]] travelling to {country} for a 10-day business trip in {month}, and list the documents needed with official sources.",
    "What is your colleague's citizenship?", ["{nat}", "other"]),
  V(M, "trip_purpose",
    "Research the visa requirements for a {nat} citizen travelling to {country} for 10 days in {month}, and list the documents needed with official sources; [[they might combine it with a conference talk]].",
    "Is the trip business, tourism, or a paid speaking engagement (which can need a different visa)?", ["business", "tourism", "paid work"]),
  slots={"nat": ["Indian", "Brazilian", "Nigerian", "Canadian", "Turkish"], "country": ["Japan", "the UK", "the US", "Germany", "Australia"]})

S("general",
  "Pay the {util} bill of {amt} due on the {day}th from the joint account, and save the receipt in the 'Bills {year}' folder.",
  V(C, "text_context_conflict",
    "Pay the {util} bill of {amt} due on the {day}th from the joint account, and save the receipt in the 'Bills {year}' folder.",
    "The latest {util} bill shows a different amount than you wrote; which should I pay?", ["{amt}", "the invoiced amount"],
    ctx="Latest {util} invoice: [[amount due $212.48]], due the {day}th."),
  V(M, "amount",
    "Pay the {util} bill due on the {day}th from the joint account, and save the receipt in the 'Bills {year}' folder; [[there's a disputed charge on it]].",
    "Should I pay the full invoiced amount including the disputed charge, or only the undisputed part?", ["full amount", "undisputed part"]),
  slots={"util": ["electricity", "water", "internet", "gas"], "amt": ["$143.20", "$88.00", "$61.75"], "year": ["2024", "2025"]})

S("general",
  "Send the Q{q} slides to {person} and {person2} only, by email, as a PDF, with a two-line note saying feedback is due {weekday}.",
  V(M, "recipient",
    "Send the Q{q} slides [[to the people who asked]], by email, as a PDF, with a two-line note saying feedback is due {weekday}.",
    "Who should receive the slides?", ["{person} and {person2}", "whole team"]),
  V(M, "file_choice",
    "Send [[the slides]] to {person} and {person2} only, by email, as a PDF, with a two-line note saying feedback is due {weekday}.",
    "There are several recent slide files; which deck should I send?", ["Q{q} review", "roadmap"],
    ctx="Recent files: [[Q{q}_review_v3.pptx, Roadmap_2025.pptx, Hiring_plan.pptx]]"),
  V(C, "requirement_conflict",
    "Send the Q{q} slides to {person} and {person2} only, by email, as a PDF, [[and cc the whole department]], with a two-line note saying feedback is due {weekday}.",
    "Should the slides go to {person} and {person2} only, or also to the whole department?", ["only them", "cc department"]),
  slots={"q": ["1", "2", "3", "4"]})

S("general",
  "Plan a 3-day itinerary in {city} for {month}: we like food markets and modern art, prefer walking, and want one free afternoon. Moderate budget is fine.",
  V(M, "trip_length",
    "Plan an itinerary in {city} for {month}: we like food markets and modern art, prefer walking, and want [[one free afternoon]]. Moderate budget is fine.",
    "How many days should the itinerary cover?", ["2 days", "3 days", "5 days"]),
  N("Plan a relaxed 3-day itinerary in {city} for {month}, nothing too packed: food markets, modern art, lots of walking, one free afternoon. Budget is flexible, roughly moderate."))

S("general",
  "Convert this recipe for 4 servings to 10 servings and give the quantities in grams and millilitres.",
  V(M, "target_quantity",
    "Convert this recipe for 4 servings [[for the party]] and give the quantities in grams and millilitres.",
    "How many servings should the recipe be scaled to?", ["10", "20"]),
  V(C, "text_context_conflict",
    "Convert this recipe for 4 servings to 10 servings and give the quantities in grams and millilitres.",
    "The recipe says it serves 6, not 4; should I scale from 6?", ["scale from 6", "scale from 4"],
    ctx="Lemon cake — [[serves 6]]. 2 cups flour, 1 cup sugar, 3 eggs, 1/2 cup milk."),
  ctx="Lemon cake — serves 4. 2 cups flour, 1 cup sugar, 3 eggs, 1/2 cup milk.")

S("general",
  "Find the cheapest 65-inch OLED TV from {brand} available for delivery to {city} before {month} {day}, and add it to my cart but don't check out.",
  V(C, "requirement_conflict",
    "Find the cheapest 65-inch OLED TV from {brand} available for delivery to {city} before {month} {day}, add it to my cart [[and complete the purchase]], but don't check out.",
    "Should I complete the purchase or only add the TV to your cart?", ["buy", "cart only"]),
  V(M, "size",
    "Find the cheapest OLED TV from {brand} available for delivery to {city} before {month} {day}, and add it to my cart but don't check out; [[it goes on the living-room wall]].",
    "What screen size do you want?", ["55-inch", "65-inch", "77-inch"]),
  slots={"brand": ["LG", "Sony", "Panasonic", "Philips"]})

S("general",
  "Unsubscribe me from all {shop} marketing emails but keep order confirmations and shipping notifications.",
  V(A, "scope",
    "Unsubscribe me from [[all {shop} emails]].",
    "Should order confirmations and shipping notifications also stop, or only marketing emails?", ["marketing only", "everything"]),
  N("Get me off all the {shop} marketing junk — but obviously keep order confirmations and shipping notifications."),
  slots={"shop": ["ShopRight", "GearHub", "BookNook", "HomeMart", "TechZone"]})

# ------------------------------------------------------------------- ops ---
S("ops",
  "Deploy {service} version {ver} to {env} in {region} using the canary strategy (10% for 15 minutes, then 100%), and roll back automatically if the 5xx rate exceeds 1%.",
  V(M, "version",
    "Deploy [[{service}]] to {env} in {region} using the canary strategy (10% for 15 minutes, then 100%), and roll back automatically if the 5xx rate exceeds 1%.",
    "Which version of {service} should be deployed?", ["{ver}", "latest main build"],
    ctx="Recent builds of {service}: [[{ver} (tagged), {ver}-rc2, main-7f3a9c1 (untagged)]]"),
  V(A, "ambiguous_reference",
    "Deploy {service} version {ver} to [[prod]] using the canary strategy (10% for 15 minutes, then 100%), and roll back automatically if the 5xx rate exceeds 1%.",
    "Which production cluster should receive the deploy: prod-eu, prod-us, or both?", ["prod-eu", "prod-us", "both"],
    ctx="kubectl config get-contexts: [[prod-eu, prod-us]], staging, qa"),
  V(C, "requirement_conflict",
    "Deploy {service} version {ver} to {env} in {region} [[all at once, with no canary]], using the canary strategy (10% for 15 minutes, then 100%), and roll back automatically if the 5xx rate exceeds 1%.",
    "Should the rollout be all-at-once or a 10% canary first?", ["all at once", "canary"]),
  V(M, "rollback_threshold",
    "Deploy {service} version {ver} to {env} in {region} using the canary strategy (10% for 15 minutes, then 100%), and roll back automatically [[if things look bad]].",
    "Which signal and threshold should trigger an automatic rollback, e.g. 5xx rate above 1%?", ["5xx > 1%", "p99 latency > 1 s"]),
  ctx="Recent builds of {service}: {ver} (tagged)",
  slots={"ver": ["v2.14.0", "v3.1.2", "1.9.7", "v5.0.0-hotfix1", "v0.42.1"]})

S("ops",
  "Rotate the {kind} used by {service} in {env}: create a new one, update the `{secret}` secret, restart the pods, and revoke the old one after 24 hours.",
  V(A, "ambiguous_reference",
    "Rotate [[the API key]] used by {service} in {env}: create a new one, update the secret, restart the pods, and revoke the old one after 24 hours.",
    "{service} uses several API keys; which one should be rotated?", ["Stripe key", "SendGrid key", "internal API key"],
    ctx="Secrets mounted in {service}: [[stripe-api-key, sendgrid-api-key, internal-api-key]]"),
  V(M, "revocation",
    "Rotate the {kind} used by {service} in {env}: create a new one, update the `{secret}` secret, restart the pods, and [[deal with the old one]].",
    "When should the old credential be revoked: immediately, or after a grace period (how long)?", ["immediately", "after 24 hours"]),
  V(C, "requirement_conflict",
    "Rotate the {kind} used by {service} in {env}: create a new one, update the `{secret}` secret, [[without restarting anything]], restart the pods, and revoke the old one after 24 hours.",
    "Should the pods be restarted to pick up the new secret, or must there be no restarts?", ["restart pods", "no restarts"]),
  slots={"kind": ["database password", "signing key", "Stripe API key", "service-account token"], "secret": ["db-credentials", "jwt-signing", "stripe-api-key", "sa-token"]})

S("ops",
  "Scale the {service} deployment in {env} to {k} replicas now, and set the HPA to min {k} / max {k2} at 70% CPU.",
  V(A, "vague_term",
    "Scale the {service} deployment in {env} [[to handle the traffic spike]], and set the HPA at 70% CPU.",
    "How many replicas should {service} run, and what HPA min/max should be set?", ["{k} / {k2}", "double current"]),
  V(C, "text_context_conflict",
    "Scale the {service} deployment in {env} to {k} replicas now, and set the HPA to min {k} / max {k2} at 70% CPU.",
    "The namespace quota only allows 4 replicas' worth of CPU; should I raise the quota or scale to 4?", ["raise quota", "scale to 4"],
    ctx="kubectl describe quota -n {service}: [[limits.cpu 4/4 used... max 4 replicas at 1 CPU each]]"),
  slots={"k": ["6", "8", "10", "12"], "k2": ["20", "24", "30"]})

S("ops",
  "Add a cron job on {host} that runs `/opt/scripts/cleanup.sh` every day at 02:30 UTC and writes output to `/var/log/cleanup.log`.",
  V(M, "time_zone",
    "Add a cron job on {host} that runs `/opt/scripts/cleanup.sh` every day at [[02:30]] and writes output to `/var/log/cleanup.log`.",
    "Which time zone should 02:30 be in: UTC or the server's local time?", ["UTC", "server local"],
    ctx="$ timedatectl | grep 'Time zone'\n[[Time zone: America/Chicago (CDT, -0500)]]"),
  V(A, "vague_term",
    "Add a cron job on {host} that runs `/opt/scripts/cleanup.sh` [[every other day]] at 02:30 UTC and writes output to `/var/log/cleanup.log`.",
    "Does 'every other day' mean every 2 days continuously, or odd/even calendar days (which reset each month)?", ["every 48 hours", "odd days of month"]),
  V(C, "conflicting_examples",
    "Add a cron job on {host} that runs `/opt/scripts/cleanup.sh` every day at 02:30 UTC, i.e. [[`30 2 * * 1-5`]], and writes output to `/var/log/cleanup.log`.",
    "The expression `30 2 * * 1-5` runs on weekdays only; should it run every day or only Monday–Friday?", ["every day", "weekdays"]),
  N("Add a cron job on {host} that runs `/opt/scripts/cleanup.sh` every day at 02:30 and writes output to `/var/log/cleanup.log`.",
    ctx="$ timedatectl | grep 'Time zone'\nTime zone: Etc/UTC (UTC, +0000)", subtype="context_completes"),
  slots={"host": ["batch-01", "ops-util-2", "jobs.internal", "worker-3", "cron-host"]})

S("ops",
  "Set up daily backups of the `{db}` Postgres database to s3://{bucket}/{db}/ at 01:00 UTC with pg_dump, keep 30 daily copies, and alert #{team}-alerts on failure.",
  V(M, "retention",
    "Set up daily backups of the `{db}` Postgres database to s3://{bucket}/{db}/ at 01:00 UTC with pg_dump, [[pruning old copies]], and alert #{team}-alerts on failure.",
    "How many backup copies (or days) should be retained?", ["30 days", "90 days"]),
  V(A, "ambiguous_reference",
    "Set up daily backups of [[the database]] to s3://{bucket}/ at 01:00 UTC with pg_dump, keep 30 daily copies, and alert #{team}-alerts on failure.",
    "Which database should be backed up?", ["{db}", "all of them"],
    ctx="$ psql -l: [[{db}, analytics, auth, metabase]]"),
  V(C, "requirement_conflict",
    "Set up daily backups of the `{db}` Postgres database to s3://{bucket}/{db}/ at 01:00 UTC with pg_dump, keep 30 daily copies [[and never delete anything]], and alert #{team}-alerts on failure.",
    "Should old backups be pruned to 30 copies, or kept forever?", ["keep 30", "keep all"]),
  slots={"db": ["orders", "billing", "crm", "inventory"], "bucket": ["acme-backups", "ops-dumps", "dr-archive"]})

S("ops",
  "Roll back {service} in {env} to the previous release ({prev}) — the {bad} deploy from an hour ago is causing 502s — and post a note in #incidents.",
  V(A, "ambiguous_reference",
    "Roll back [[the last deploy]] in {env} — it's causing 502s — and post a note in #incidents.",
    "Two services were deployed in the last hour; which one should be rolled back?", ["{service}", "the other service"],
    ctx="Deploys to {env} (last 2h): [[{service} {bad} (52 min ago), {service2} v8.2.0 (41 min ago)]]"),
  V(C, "text_context_conflict",
    "Roll back {service} in {env} to the previous release ({prev}) — the {bad} deploy from an hour ago is causing 502s — and post a note in #incidents.",
    "The release before {bad} was a different version than {prev}; which one should I roll back to?", ["{prev}", "the actual previous release"],
    ctx="Release history for {service}: {bad} (current), [[{bad}-rc9 (previous)]], {prev}"),
  slots={"prev": ["v4.3.1", "v2.0.8", "1.17.2"], "bad": ["v4.4.0", "v2.1.0", "1.18.0"], "service2": ["search-indexer", "auth-service", "media-transcoder"]})

S("ops",
  "Open inbound TCP 5432 on the `{sg}` security group to the office IP 203.0.113.{ip}/32 only, with the description 'office psql access', for 7 days.",
  V(M, "source",
    "Open inbound TCP 5432 on the `{sg}` security group [[to the office]], with the description 'office psql access', for 7 days.",
    "What is the office IP address or CIDR range to allow?", ["203.0.113.{ip}/32", "office VPN range"]),
  V(C, "text_context_conflict",
    "Open inbound TCP 5432 on the `{sg}` security group to the office IP 203.0.113.{ip}/32 only, with the description 'office psql access', for 7 days.",
    "Security policy forbids direct database ports from outside the VPN; should I proceed or route through the bastion?", ["proceed with exception", "use the bastion"],
    ctx="SECURITY.md: [[Database ports (5432, 3306) must never be exposed outside the VPN; use bastion-01.]]"),
  V(M, "duration",
    "Open inbound TCP 5432 on the `{sg}` security group to the office IP 203.0.113.{ip}/32 only, with the description 'office psql access', [[temporarily]].",
    "How long should the rule stay open before it is removed?", ["7 days", "24 hours"]),
  slots={"sg": ["db-prod-sg", "rds-analytics", "pg-main-sg"], "ip": ["17", "44", "118", "201"]})

S("ops",
  "Free up at least 50 GB on {host} by deleting rotated logs older than 7 days in /var/log and docker images not used by any container; do not touch /data.",
  V(M, "what_to_delete",
    "Free up at least 50 GB on {host}; [[whatever is safe to remove]], but do not touch /data.",
    "What may be deleted: old rotated logs, unused docker images, or something else?", ["old logs", "docker images", "both"]),
  V(C, "text_context_conflict",
    "Free up at least 50 GB on {host} by deleting rotated logs older than 7 days in /var/log and docker images not used by any container; do not touch /data.",
    "Logs and unused images only add up to about 12 GB; should I stop there or look at /data as well?", ["stop at 12 GB", "include /data"],
    ctx="$ du -sh /var/log/*.gz; docker system df\n[[rotated logs >7d: 4.1G; reclaimable images: 7.9G]]\n/data: 310G"),
  slots={"host": ["db-01", "build-agent-4", "ci-runner-2", "logs-02"]})

S("ops",
  "Renew the TLS certificate for {dom} and www.{dom} with certbot using the DNS challenge, and reload nginx afterwards.",
  V(M, "domains",
    "Renew [[the TLS certificate]] with certbot using the DNS challenge, and reload nginx afterwards.",
    "Which certificate/domains should be renewed?", ["{dom}", "all expiring certs"],
    ctx="$ certbot certificates\n[[{dom} (expires in 9 days), api.{dom} (expires in 11 days), old.{dom} (expired)]]"),
  N("Renew the TLS certificate with certbot using the DNS challenge, and reload nginx afterwards.",
    ctx="$ certbot certificates\n{dom} + www.{dom} (expires in 9 days) — the only certificate on this host", subtype="context_completes"),
  slots={"dom": ["example.com", "shop.example.net", "acme.io", "status.corp.dev"]})

S("ops",
  "Give {person} read-only access to the {db} production database through the `analytics_ro` role, expiring on {month} {day}.",
  V(M, "permission_level",
    "Give {person} [[access]] to the {db} production database, expiring on {month} {day}.",
    "What level of access should {person} get: read-only or read-write?", ["read-only", "read-write"]),
  V(C, "requirement_conflict",
    "Give {person} read-only access to the {db} production database through the `analytics_ro` role, expiring on {month} {day}, [[so they can fix the bad rows]] themselves.",
    "Fixing rows needs write access; should {person} get read-only or read-write access?", ["read-only", "read-write"]),
  V(M, "expiry",
    "Give {person} read-only access to the {db} production database through the `analytics_ro` role, [[for the audit]].",
    "Should the access expire, and if so on what date?", ["{month} {day}", "no expiry"]),
  slots={"db": ["orders", "billing", "crm", "inventory"]})

S("ops",
  "Create an alert that pages the {team} on-call when the 5-minute error rate of {service} exceeds 2% for 10 consecutive minutes.",
  V(M, "threshold",
    "Create an alert that pages the {team} on-call when [[the error rate of {service} is high]].",
    "What error-rate threshold and duration should trigger the page?", ["2% for 10 min", "5% for 5 min"]),
  V(C, "requirement_conflict",
    "Create an alert that pages the {team} on-call when the 5-minute error rate of {service} exceeds 2% for 10 consecutive minutes, [[and make it notify Slack only, never page]].",
    "Should the alert page the on-call or only post to Slack?", ["page", "Slack only"]),
  V(A, "ambiguous_reference",
    "Create an alert that pages [[the on-call]] when the 5-minute error rate of {service} exceeds 2% for 10 consecutive minutes.",
    "Which on-call rotation should be paged?", ["{team} primary", "SRE"],
    ctx="PagerDuty schedules: [[{team}-primary, {team}-secondary, sre-global]]"))

S("ops",
  "Restart the {service} workers in {region} one at a time (rolling), waiting for each to pass its health check, during the 22:00–23:00 UTC window tonight.",
  V(M, "scope",
    "Restart the {service} workers one at a time (rolling), waiting for each to pass its health check, during the 22:00–23:00 UTC window tonight; [[they run in three regions]].",
    "Which region's workers should be restarted, or all of them?", ["{region}", "all regions"]),
  V(C, "requirement_conflict",
    "Restart the {service} workers in {region} [[all at the same time]], one at a time (rolling), waiting for each to pass its health check, during the 22:00–23:00 UTC window tonight.",
    "Should the restart be rolling (one at a time) or all at once?", ["rolling", "all at once"]),
  V(M, "timing",
    "Restart the {service} workers in {region} one at a time (rolling), waiting for each to pass its health check, [[sometime quiet]].",
    "When should the restart happen (e.g. the 22:00–23:00 UTC window tonight)?", ["22:00–23:00 UTC tonight", "now"]))

S("ops",
  "Point `app.{dom}` at the new load balancer `{lb}` with a CNAME, TTL 300, and keep the old record for 48 hours in case we need to roll back.",
  V(A, "ambiguous_reference",
    "Point `app.{dom}` at [[the new load balancer]] with a CNAME, TTL 300, and keep the old record for 48 hours in case we need to roll back.",
    "There are two new load balancers; which one should `app.{dom}` point to?", ["{lb}", "the internal one"],
    ctx="Load balancers created this week: [[{lb} (public), int-{lb} (internal)]]"),
  V(C, "requirement_conflict",
    "Point `app.{dom}` at the new load balancer `{lb}` with a CNAME, TTL 300, and [[delete the old record right away]], keeping it for 48 hours in case we need to roll back.",
    "Should the old DNS record be deleted immediately or kept for 48 hours?", ["delete now", "keep 48 h"]),
  slots={"dom": ["example.com", "acme.io", "corp.dev"], "lb": ["lb-web-7f2", "alb-prod-2", "edge-lb-9"]})

S("ops",
  "Upgrade the {cluster} EKS cluster from 1.28 to 1.29 this {weekday}, control plane first, then node groups one by one, and drain nodes with a 5-minute grace period.",
  V(M, "target_version",
    "Upgrade the {cluster} EKS cluster this {weekday}, control plane first, then node groups one by one, and drain nodes with a 5-minute grace period; [[it's two versions behind]].",
    "Which Kubernetes version should we upgrade to: one minor step (1.29) or straight to the latest supported?", ["1.29", "latest"]),
  V(C, "text_context_conflict",
    "Upgrade the {cluster} EKS cluster from 1.28 to 1.29 this {weekday}, control plane first, then node groups one by one, and drain nodes with a 5-minute grace period.",
    "The cluster is already on 1.29; did you mean upgrading to 1.30?", ["1.30", "no upgrade needed"],
    ctx="$ aws eks describe-cluster --name {cluster} --query cluster.version\n[[\"1.29\"]]"),
  ctx="$ aws eks describe-cluster --name {cluster} --query cluster.version\n\"1.28\"",
  slots={"cluster": ["prod-main", "data-eks", "edge-cluster", "staging-eks"]})

S("ops",
  "Reduce log retention for the `{lg}` CloudWatch log group from 365 to 30 days; leave the other groups unchanged.",
  V(M, "target_value",
    "Reduce log retention for the `{lg}` CloudWatch log group [[to save money]]; leave the other groups unchanged.",
    "What should the new retention period be?", ["30 days", "90 days"]),
  V(C, "text_context_conflict",
    "Reduce log retention for the `{lg}` CloudWatch log group from 365 to 30 days; leave the other groups unchanged.",
    "Compliance requires 90 days for this group; should I set 90 instead of 30?", ["90 days", "30 days with exception"],
    ctx="compliance/retention.yaml: [[{lg}: min_retention_days: 90  # SOC2]]"),
  slots={"lg": ["/aws/lambda/ingest", "/ecs/api", "/app/payments", "/eks/audit"]})

S("ops",
  "Incident: {service} p99 latency is 4 s since 14:05 UTC. Fail over the primary database to the replica in {region}, then post status updates in #inc-{n} every 15 minutes.",
  V(C, "requirement_conflict",
    "Incident: {service} p99 latency is 4 s since 14:05 UTC. Fail over the primary database to the replica in {region}, [[but don't make any changes until the postmortem]], and post updates in #inc-{n} every 15 minutes.",
    "Should I fail over the database now, or make no changes until after the postmortem?", ["fail over now", "no changes"]),
  V(M, "target",
    "Incident: {service} p99 latency is 4 s since 14:05 UTC. [[Fail over the database]], then post status updates in #inc-{n} every 15 minutes.",
    "Which replica should become primary?", ["{region} replica", "the other region"],
    ctx="Replicas: [[db-replica-{region}, db-replica-us-west-2]] (both in sync)"),
  slots={"n": ["412", "77", "1093", "230"]})

S("ops",
  "Add a GitHub branch protection rule on `main` for {repo}: require 2 approving reviews, passing `ci/test`, and block force pushes. Admins are not exempt.",
  V(M, "review_count",
    "Add a GitHub branch protection rule on `main` for {repo}: require [[reviews]], passing `ci/test`, and block force pushes. Admins are not exempt.",
    "How many approving reviews should be required?", ["1", "2"]),
  V(C, "requirement_conflict",
    "Add a GitHub branch protection rule on `main` for {repo}: require 2 approving reviews, passing `ci/test`, and block force pushes. [[Admins can bypass everything]]; admins are not exempt.",
    "Should admins be able to bypass the protection rule or not?", ["admins exempt", "not exempt"]),
  slots={"repo": ["acme/web", "acme/api", "platform/infra", "data/pipelines"]})

S("ops",
  "Resize the {vm} VM from 4 to 8 vCPUs (e2-standard-8) during tonight's maintenance window, keeping the same disk and IP.",
  V(A, "vague_term",
    "[[Bump up]] the {vm} VM during tonight's maintenance window, keeping the same disk and IP.",
    "What machine size should {vm} be resized to?", ["e2-standard-8", "e2-standard-16"]),
  V(C, "text_context_conflict",
    "Resize the {vm} VM from 4 to 8 vCPUs (e2-standard-8) during tonight's maintenance window, keeping the same disk and IP.",
    "{vm} already has 8 vCPUs; should it go to 16 instead?", ["e2-standard-16", "leave as is"],
    ctx="$ gcloud compute instances describe {vm} --format='value(machineType)'\n[[e2-standard-8]]"),
  ctx="$ gcloud compute instances describe {vm} --format='value(machineType)'\ne2-standard-4",
  slots={"vm": ["build-01", "analytics-vm", "jenkins-main", "etl-runner"]})

# --------------------------------------------------------------- writing ---
S("writing",
  "Write an email to {person} declining the {weekday} planning meeting because of a customer visit, proposing {weekday2} at {hour} instead. Friendly tone, under 120 words.",
  V(M, "reason",
    "Write an email to {person} declining the {weekday} planning meeting, proposing {weekday2} at {hour} instead. Friendly tone, under 120 words, [[and explain why I can't make it]].",
    "What reason should the email give for declining?", ["customer visit", "no reason"]),
  V(M, "alternative",
    "Write an email to {person} declining the {weekday} planning meeting because of a customer visit, and [[suggest another time]]. Friendly tone, under 120 words.",
    "Which alternative day and time should I propose?", ["{weekday2} {hour}", "let {person} pick"]),
  V(C, "requirement_conflict",
    "Write an email to {person} declining the {weekday} planning meeting because of a customer visit, proposing {weekday2} at {hour} instead. [[Strictly formal, no pleasantries]], friendly tone, under 120 words.",
    "Should the tone be friendly or strictly formal?", ["friendly", "formal"]),
  N("Write a short-ish email to {person} declining the {weekday} planning meeting (customer visit), proposing {weekday2} at {hour} instead. Friendly, whatever length feels natural up to 120 words."),
  slots={"weekday2": ["Thursday", "Friday", "Monday"]})

S("writing",
  "Translate the following onboarding message into {tlang.0}, using the informal register (du/tu-style), and keep the product name '{prod}' untranslated:\n\n'Welcome to {prod}! Set up your workspace in three quick steps.'",
  V(A, "register",
    "Translate the following onboarding message into [[{tlang.0}]], and keep the product name '{prod}' untranslated:\n\n'Welcome to {prod}! Set up your workspace in three quick steps.'",
    "Should the {tlang.0} translation use the formal or the informal form of address?", ["formal", "informal"]),
  V(M, "target_language",
    "Translate the following onboarding message [[for our new market]], using the informal register, and keep the product name '{prod}' untranslated:\n\n'Welcome to {prod}! Set up your workspace in three quick steps.'",
    "Which language should the message be translated into?", ["{tlang.0}", "another language"]),
  V(C, "requirement_conflict",
    "Translate the following onboarding message into {tlang.0}, using the informal register, and [[translate every word including the product name]], keeping '{prod}' untranslated:\n\n'Welcome to {prod}! Set up your workspace in three quick steps.'",
    "Should the product name '{prod}' be translated or kept as is?", ["keep '{prod}'", "translate it"]),
  slots={"prod": ["Tasklane", "Brightdesk", "Nimbus Notes", "Quillo"]})

S("writing",
  "Translate this product description into Portuguese for our Brazilian storefront (pt-BR), keeping it under 300 characters.",
  V(A, "locale",
    "Translate this product description into [[Portuguese]] for our storefront, keeping it under 300 characters.",
    "Should the Portuguese be Brazilian (pt-BR) or European (pt-PT)?", ["pt-BR", "pt-PT"],
    ctx="Storefronts: [[shop.example.com.br, shop.example.pt]]"),
  N("Translate this product description into Portuguese for our storefront, keeping it under 300 characters.",
    ctx="Storefronts: shop.example.com.br (only one; Brazil)", subtype="context_completes"),
  ctx=None, n=8)

S("writing",
  "Write a LinkedIn post announcing that {company} has opened a new office in {city} on {month} {day}; mention we're hiring {k} engineers, include a link placeholder, 80–120 words, upbeat but not salesy.",
  V(M, "key_fact",
    "Write a LinkedIn post announcing that {company} has opened a new office in {city}; mention [[we're hiring]], include a link placeholder, 80–120 words, upbeat but not salesy.",
    "How many roles (and which kind) should the post say we're hiring for?", ["{k} engineers", "various roles"]),
  V(C, "requirement_conflict",
    "Write a LinkedIn post announcing that {company} has opened a new office in {city} on {month} {day}; mention we're hiring {k} engineers, include a link placeholder, [[under 40 words]], 80–120 words, upbeat but not salesy.",
    "Should the post be under 40 words or 80–120 words?", ["under 40", "80–120"]),
  V(C, "text_context_conflict",
    "Write a LinkedIn post announcing that {company} has opened a new office in {city} on {month} {day}; mention we're hiring {k} engineers, include a link placeholder, 80–120 words, upbeat but not salesy.",
    "The press release says the office opens in {city2}, not {city}; which city is right?", ["{city}", "{city2}"],
    ctx="Approved press release (draft 3): '{company} today opened [[its new office in {city2}]]...'"),
  slots={"k": ["12", "20", "five", "30"]})

S("writing",
  "Write the weekly status report for the {proj} project from the notes below, as three sections — Done, Next, Risks — in bullet points, for the steering committee.",
  V(M, "output_format",
    "Write the weekly status report for the {proj} project from the notes below [[for the steering committee]].",
    "What structure should the report follow (e.g. Done / Next / Risks bullets) and how long should it be?", ["Done/Next/Risks bullets", "narrative paragraph"]),
  V(C, "text_context_conflict",
    "Write the weekly status report for the {proj} project from the notes below, as three sections — Done, Next, Risks — in bullet points, for the steering committee.",
    "The notes are for a different project than {proj}; are these the right notes?", ["right notes", "send the {proj} notes"],
    ctx="Notes — [[Project Falcon]], wk 32: migrated auth; next: load tests; risk: vendor delay"),
  N("Write the weekly status report for the {proj} project from the notes below, same format as always.",
    ctx="Template (pinned by steering committee): sections Done / Next / Risks, bullet points, max one page.\nNotes — {proj}, wk 32: migrated auth; next: load tests; risk: vendor delay", subtype="context_completes"),
  ctx="Notes — {proj}, wk 32: migrated auth; next: load tests; risk: vendor delay",
  slots={"proj": ["Atlas", "Harbor", "Nova", "Cedar", "Orion"]})

S("writing",
  "Write an apology email to customer {person} whose order #{oid} arrived {d} days late; offer a 15% discount code on the next order and keep it under 150 words.",
  V(M, "compensation",
    "Write an apology email to customer {person} whose order #{oid} arrived {d} days late; [[make it right with something]] and keep it under 150 words.",
    "What compensation should the email offer, if any (e.g. a 15% discount code, free shipping, a refund)?", ["15% code", "free shipping", "none"]),
  V(C, "text_context_conflict",
    "Write an apology email to customer {person} whose order #{oid} arrived {d} days late; offer a 15% discount code on the next order and keep it under 150 words.",
    "Support policy caps goodwill discounts at 10%; should I offer 10% or get approval for 15%?", ["10%", "15% with approval"],
    ctx="Support policy 4.2: [[Goodwill discounts must not exceed 10% without manager approval.]]"),
  slots={"oid": ["48213", "77102", "10955", "63388"], "d": ["3", "five", "9", "two"]})

S("writing",
  "Proofread the paragraph below for grammar and typos only, keep British spelling, and return it with changes in bold.",
  V(A, "spelling_variant",
    "Proofread the paragraph below for grammar and typos only, [[make the spelling consistent]], and return it with changes in bold.",
    "Should the spelling be standardised to British or American English?", ["British", "American"],
    ctx="Paragraph: 'Our [[organisation]] will [[analyze]] the [[colour]] data and [[optimize]] the [[behaviour]] of...'"),
  V(M, "output_format",
    "Proofread the paragraph below for grammar and typos only, keep British spelling, and [[show me what changed]].",
    "How should changes be marked: bold, tracked-changes style, or a separate list of edits?", ["bold", "list of edits"]),
  ctx="Paragraph: 'Our organisation will analyse the colour data and optimise the behaviour of...'", n=10)

S("writing",
  "Draft a cover letter for the {role} position at {company}, one page, highlighting my 6 years in {field} and the migration project I led; address it to the hiring manager, {person}.",
  V(M, "recipient",
    "Draft a cover letter for the {role} position at {company}, one page, highlighting my 6 years in {field} and the migration project I led; [[address it properly]].",
    "Who should the cover letter be addressed to (name of the hiring manager, or 'Dear Hiring Manager')?", ["{person}", "Dear Hiring Manager"]),
  V(M, "target_role",
    "Draft a cover letter [[for the job I mentioned]], one page, highlighting my 6 years in {field} and the migration project I led; address it to the hiring manager, {person}.",
    "Which position and company is the cover letter for?", ["{role} at {company}", "another role"]),
  V(C, "text_context_conflict",
    "Draft a cover letter for the {role} position at {company}, one page, highlighting my 6 years in {field} and the migration project I led; address it to the hiring manager, {person}.",
    "Your CV shows 3 years in {field}, not 6; which figure should the letter use?", ["6 years", "3 years"],
    ctx="CV: {field} — [[2021–present (3 years)]]; before that: QA analyst"),
  slots={"role": ["Senior Data Engineer", "Product Designer", "Engineering Manager", "SRE"], "field": ["data engineering", "product design", "backend development", "infrastructure"]})

S("writing",
  "Write a 2-sentence product description for our {item} for the {shop} website: mention the {feat} and the 2-year warranty, no exclamation marks.",
  V(M, "key_fact",
    "Write a 2-sentence product description for our {item} for the {shop} website: [[mention what makes it special]], no exclamation marks.",
    "Which features should the description highlight?", ["{feat} and 2-year warranty", "price"]),
  V(C, "conflicting_examples",
    "Write a 2-sentence product description for our {item} for the {shop} website: mention the {feat} and the 2-year warranty, no exclamation marks — something like [['Built to last!']].",
    "The example uses an exclamation mark, which you ruled out; should I avoid them?", ["no exclamation marks", "allow them"]),
  N("Write a quick 2-sentence product description for our {item} for the {shop} website — mention the {feat} and the 2-year warranty, no exclamation marks, nothing too salesy."),
  slots={"item": ["steel water bottle", "standing desk", "trail backpack", "espresso grinder"], "feat": ["double-wall insulation", "quiet motor", "rain cover", "conical burrs"], "shop": ["Northwind", "Lumen Retail", "Pinecrest"]})

S("writing",
  "Write a press release announcing {company}'s Series {series} funding of ${amt}M led by {inv}, with a quote from CEO {person}, under 400 words, embargoed until {month} {day}.",
  V(M, "quote_source",
    "Write a press release announcing {company}'s Series {series} funding of ${amt}M led by {inv}, with [[a quote]], under 400 words, embargoed until {month} {day}.",
    "Who should the quote be attributed to (e.g. the CEO, the lead investor)?", ["CEO {person}", "{inv} partner"]),
  V(C, "text_context_conflict",
    "Write a press release announcing {company}'s Series {series} funding of ${amt}M led by {inv}, with a quote from CEO {person}, under 400 words, embargoed until {month} {day}.",
    "The term sheet shows a different amount than ${amt}M; which figure should be announced?", ["${amt}M", "term sheet figure"],
    ctx="Term sheet summary: [[Series {series}, $18.5M]], lead: {inv}"),
  V(M, "amount",
    "Write a press release announcing {company}'s Series {series} funding led by {inv}, with a quote from CEO {person}, under 400 words, embargoed until {month} {day}; [[investors want the figure in the headline]].",
    "What is the funding amount to announce?", ["${amt}M", "undisclosed"]),
  slots={"series": ["A", "B", "C"], "amt": ["12", "25", "40"], "inv": ["Harbor Ventures", "Oakline Capital", "Redwood Partners"]})

S("writing",
  "Rewrite this paragraph for a 10-year-old audience, keeping all facts, at most 80 words:\n'{para}'",
  V(M, "audience",
    "Rewrite this paragraph [[so it works for a different audience]], keeping all facts, at most 80 words:\n'{para}'",
    "Who is the target audience for the rewrite?", ["children", "executives", "experts"]),
  V(C, "requirement_conflict",
    "Rewrite this paragraph for a 10-year-old audience, keeping all facts, at most 80 words, [[using the original technical terms unchanged]]:\n'{para}'",
    "Should technical terms be kept as they are, or simplified for a 10-year-old?", ["keep terms", "simplify"]),
  slots={"para": ["Photosynthesis converts light energy into chemical energy stored in glucose, releasing oxygen as a by-product.",
                  "Interest rates set by central banks influence borrowing costs, which affect spending and inflation.",
                  "Plate tectonics describes the movement of lithospheric plates over the asthenosphere, causing earthquakes."]})

S("writing",
  "Write a thank-you note to {person} from the {team} team for covering the on-call rotation over the holidays; warm, 3–4 sentences, signed 'The {team} team'.",
  V(M, "reason",
    "Write a thank-you note to {person} from the {team} team [[for everything]]; warm, 3–4 sentences, signed 'The {team} team'.",
    "What specifically should the note thank {person} for?", ["covering on-call over the holidays", "general thanks"]),
  V(M, "signature",
    "Write a thank-you note to {person} for covering the on-call rotation over the holidays; warm, 3–4 sentences, [[signed appropriately]].",
    "Who should the note be signed by: you personally or the whole team?", ["me", "the team"]),
  N("Write a little thank-you note — nothing fancy — to {person} from the {team} team for covering on-call over the holidays; warm, 3–4 sentences, signed 'The {team} team'."))

S("writing",
  "Summarize the meeting transcript below into action items, each with an owner and a due date, as a Markdown checklist.",
  V(C, "text_context_conflict",
    "Summarize the meeting transcript below into action items, each with an owner and a due date, as a Markdown checklist.",
    "The transcript assigns the same task to two people; who should own 'update pricing page'?", ["{person}", "{person2}"],
    ctx="Transcript: ... {person}: I'll update the pricing page by Friday. ... [[{person2}: I'll take the pricing page, done by Wednesday.]]"),
  V(M, "due_dates",
    "Summarize the meeting transcript below into action items, each with an owner and a due date, as a Markdown checklist.",
    "The transcript gives no due date for the vendor follow-up; what date should I put, or should I leave it as TBD?", ["TBD", "end of week"],
    ctx="Transcript: ... {person}: I'll update the pricing page by Friday. ... [[{person2}: I'll follow up with the vendor.]]"),
  ctx="Transcript: ... {person}: I'll update the pricing page by Friday. ... {person2}: I'll follow up with the vendor by Monday.")

S("writing",
  "Write a Slack announcement for #{chan} that the {tool} migration happens {weekday} {hour}–{hour2} UTC, with a 30-minute read-only period, and link the runbook. Max 5 lines.",
  V(M, "time",
    "Write a Slack announcement for #{chan} that the {tool} migration happens [[this week]], with a 30-minute read-only period, and link the runbook. Max 5 lines.",
    "What date and time window should the announcement give?", ["{weekday} {hour}–{hour2} UTC", "TBD"]),
  V(C, "conflicting_examples",
    "Write a Slack announcement for #{chan} that the {tool} migration happens {weekday} {hour}–{hour2} UTC, with a [[2-hour read-only period]], and link the runbook. Max 5 lines.",
    "The read-only period is longer than the migration window itself; how long is it really?", ["30 minutes", "2 hours"]),
  slots={"chan": ["general", "eng", "announcements", "support"], "tool": ["Jira", "wiki", "CI", "VPN"], "hour2": ["18:00", "19:30", "21:00"]})

S("writing",
  "Edit my blog post draft below to be about 30% shorter without changing the conclusions or the headings; return the edited text only.",
  V(A, "vague_term",
    "Edit my blog post draft below to be [[tighter]] without changing the conclusions or the headings; return the edited text only.",
    "How much shorter should the post get, roughly (e.g. 30%), or just light trimming?", ["~30% shorter", "light trim"]),
  V(C, "requirement_conflict",
    "Edit my blog post draft below to be about 30% shorter [[and add a new section on pricing]] without changing the headings; return the edited text only.",
    "Adding a section changes the headings; should I add the pricing section or keep headings unchanged?", ["add section", "keep headings"]),
  N("Edit my blog post draft to be about 30% shorter — a rough cut is fine — keep the conclusions and headings, and just return the edited text."),
  n=12)

S("writing",
  "Reply to the customer review below on our {shop} page: thank them, acknowledge the late delivery, and say a replacement has shipped; sign as '{person}, Customer Care'. Under 70 words.",
  V(M, "resolution",
    "Reply to the customer review below on our {shop} page: thank them, acknowledge the late delivery, and [[tell them what we're doing about it]]; sign as '{person}, Customer Care'. Under 70 words.",
    "What resolution should the reply promise: a replacement, a refund, or only an apology?", ["replacement", "refund", "apology only"]),
  V(C, "text_context_conflict",
    "Reply to the customer review below on our {shop} page: thank them, acknowledge the late delivery, and say a replacement has shipped; sign as '{person}, Customer Care'. Under 70 words.",
    "The order system shows a refund, not a replacement; which should the reply mention?", ["replacement", "refund"],
    ctx="Review: 'Arrived two weeks late.' (1★)\nOrder status: [[refund issued 2 days ago; no replacement]]"),
  ctx="Review: 'Arrived two weeks late.' (1★)\nOrder status: replacement shipped 2 days ago",
  slots={"shop": ["Northwind", "Lumen Retail", "Pinecrest", "GearHub"]})

# === END SEEDS ===

if __name__ == "__main__":
    main()
