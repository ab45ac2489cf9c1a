"""Hand-written probe training data, part "longspec": long task statements.

Each item is a realistic long document (roughly 250-900 words) that a user
might hand to an agent: product requirement docs, bug tickets with comment
history, data-pipeline specs, database migration plans, e-mail threads asking
for a deliverable, programming assignments, analytics requests over a
described schema, ops runbooks and briefs for a writing piece.

Most items are contrastive pairs: the complete document (label 0) and the
same document with ONE hand-written edit (label 1) -- a needed sentence
removed, a precise term replaced with a vague one, or a conflicting
requirement added far from the sentence it conflicts with.  Every edit is
written out literally as ``str.replace`` of a unique sentence of the
document (see ``edit``); nothing is generated from slots or combinations.
A few complete documents get a second or third degradation (added with
``blocked`` so the complete text appears only once), and a few stand-alone
complete / blocked documents round it out.

Deterministic, stdlib only.  Writes handwritten_longspec.jsonl next to this
file and prints counts plus the length-only AUROC.

Usage (from the repository root):
    .venv/bin/python training/corpus/build_handwritten_longspec.py
    .venv/bin/python -m training.corpus.check_corpus training/corpus/handwritten_longspec.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from training.corpus._writer import Corpus  # noqa: E402

C = Corpus("hwl", Path(__file__).with_name("handwritten_longspec.jsonl"))

CO, SQ, DA, OP, GE, WR = "coding", "sql", "data", "ops", "general", "writing"
M, A, X = "missing", "ambiguous", "contradictory"


def edit(doc: str, old: str, new: str) -> str:
    """The degraded document: ``doc`` with the one unique sentence ``old`` written as ``new``."""
    if doc.count(old) != 1:
        raise ValueError(f"edit target must occur exactly once: {old[:70]!r}")
    out = doc.replace(old, new)
    if out == doc:
        raise ValueError(f"edit changed nothing: {old[:70]!r}")
    return out


def P(dom, doc, old, new, typ, sub, span, q, options=()):
    """Complete document and its one-edit degradation, as a pair."""
    C.pair(dom, doc, edit(doc, old, new), typ, sub, span, q, options=options)


def B(dom, doc, old, new, typ, sub, span, q, options=()):
    """A further degradation of a document already added by ``P`` (blocked row only)."""
    C.blocked(dom, edit(doc, old, new), typ, sub, span, q, options=options)


def OK(dom, doc):
    """A stand-alone complete document."""
    C.ok(dom, doc)


def BL(dom, doc, typ, sub, span, q, options=()):
    """A stand-alone document with one blocker."""
    C.blocked(dom, doc, typ, sub, span, q, options=options)


# ---------------------------------------------------------------------------
# coding
# ---------------------------------------------------------------------------

D = """\
Ticket SHOP-2291: Duplicate and missing orders when paging through /api/v2/orders

Reported by: Lena Ortiz (Support)
Component: orders-service (Python 3.11, FastAPI, SQLAlchemy 2.0, Postgres 15)

Description:
A merchant exporting their order history through the public API says the same order shows up on page 3 and page 4, and a couple of orders never show up at all. They page with ?page=N&per_page=100 and stop when a page comes back with fewer than 100 items. It happens for merchants with a lot of orders imported in bulk, because the importer writes hundreds of rows with an identical created_at timestamp.

Steps to reproduce:
1. Use the staging merchant "acme-bulk" (it has 4,812 orders, 3,000 of them share created_at = 2024-02-01 00:00:00).
2. Page through /api/v2/orders with per_page=100.
3. Collect the ids: you get 4,812 rows but only about 4,760 distinct ids.

Comments:

Priya Raman (backend): The query in orders/repository.py::list_orders does ORDER BY created_at DESC with OFFSET/LIMIT. Postgres gives no guarantee about the order of rows that tie on created_at, so between two requests the tied rows can come back in a different order. The smallest fix is to add the primary key as a tie-breaker: ORDER BY created_at DESC, id DESC. No API change.

Marcus Feld (backend): Agreed on the cause, but offset paging will keep biting us on big merchants. I'd rather switch this endpoint to keyset pagination: return a next_cursor (base64 of created_at and id) and accept ?cursor=. We'd keep ?page= working for a deprecation period.

Lena Ortiz: The merchant just needs a correct export this week, they don't care how.

Tom Becker (tech lead): Let's not redesign the endpoint inside a bug ticket. Go with Priya's fix for this ticket and open a separate ticket for Marcus's cursor proposal so we can discuss it at planning.

Task for you:
Implement the fix Tom approved in orders/repository.py and add a regression test in tests/test_orders_pagination.py. The test should create 250 orders sharing one created_at value, page through them with per_page=100, and assert that the union of the three pages contains exactly 250 distinct ids with no repeats. Use the existing `order_factory` fixture and the `client` fixture from tests/conftest.py. Keep the response schema exactly as it is today; the mobile app parses it strictly. Please also add one line to CHANGELOG.md under "Unreleased / Fixed". Don't touch the importer.
"""
P(CO, D,
  "Go with Priya's fix for this ticket and open a separate ticket for Marcus's cursor proposal so we can discuss it at planning.",
  "Go with the fix from the thread and let's discuss follow-ups at planning.",
  A, "referent_two_candidates", "Go with the fix from the thread",
  "Which fix did Tom approve: Priya's tie-breaker (ORDER BY created_at DESC, id DESC) or Marcus's keyset pagination with a cursor?",
  options=["Priya's id tie-breaker", "Marcus's keyset/cursor pagination"])

D = """\
Product requirements: per-key rate limiting for the Partner API

Owner: Aisha Karimi, Platform team
Status: approved for implementation, sprint 41

Background
The Partner API (Flask 2.3, served by gunicorn behind an nginx ingress, four replicas) has no rate limiting today. Last month one partner's retry loop sent about 40,000 requests in ten minutes and degraded latency for everybody. We already run a shared Redis 7 cluster for sessions; the limiter should use it so that limits hold across all four replicas.

Requirements
1. Every request to a route under /partner/v1/ must carry an X-Api-Key header; that is already enforced by the auth middleware, which puts the key id on flask.g.api_key_id. Rate limiting runs after authentication, so unauthenticated requests never reach it.
2. Each API key gets its own budget of 120 requests per rolling 60-second window. Use a sliding-window counter in Redis (a sorted set per key, or the two-bucket approximation; either is fine as long as the test below passes).
3. When a key is over budget, respond with HTTP 429, a JSON body {"error": "rate_limited"}, and a Retry-After header giving the whole number of seconds until the oldest request in the window expires.
4. Every successful response should include X-RateLimit-Limit and X-RateLimit-Remaining headers.
5. The /partner/v1/health route is exempt.
6. If Redis is unreachable, fail open: let the request through and log a warning at most once per minute per replica. We would rather be briefly unprotected than take the whole API down.

Non-goals
Per-route budgets, paid tiers and a UI to change limits are all out of scope for now. The 120/minute number will live in a config value, RATE_LIMIT_PER_MINUTE, so that ops can change it without a deploy.

Testing
Add tests in tests/test_rate_limit.py using fakeredis. At minimum: 120 requests in a row succeed for one key, the 121st gets a 429 with a Retry-After between 1 and 60, a second key is unaffected while the first is limited, and the health route never gets a 429. Mock time rather than sleeping.

Rollout
We'll ship behind the existing feature flag system as flag partner_rate_limit, default off, and turn it on for two small partners first. Please put the implementation in partner_api/ratelimit.py as a Flask before_request hook registered in create_app().
"""
P(CO, D,
  "The /partner/v1/health route is exempt.",
  "The /partner/v1/health route is exempt. To keep things simple for the first version, count requests per client IP address taken from X-Forwarded-For rather than per key.",
  X, "conflicting_requirements", "count requests per client IP address taken from X-Forwarded-For rather than per key",
  "Should the budget be counted per API key, as requirement 2 says, or per client IP from X-Forwarded-For, as requirement 5 now says?",
  options=["per API key", "per client IP"])
B(CO, D,
  "6. If Redis is unreachable, fail open: let the request through and log a warning at most once per minute per replica. We would rather be briefly unprotected than take the whole API down.",
  "6. Think about what should happen if Redis is unreachable.",
  M, "failure_behavior_unstated", "Think about what should happen if Redis is unreachable.",
  "When Redis is unreachable, should the limiter fail open (let requests through and log) or fail closed (reject with 429 or 503)?",
  options=["fail open", "fail closed"])

D = """\
CS 214 (Systems Programming), Assignment 4: a caching resolver stub

Due: Friday of week 9, 23:59, via the course submission server. Late policy as in the syllabus.

Overview
In this assignment you will write the cache layer of a toy DNS resolver in C. We provide resolver.c, which parses queries and calls your code, and upstream.c, which simulates an upstream server. You write cache.c and cache.h only. Do not modify the provided files; the autograder replaces them with its own copies.

Interface
Your cache.h must declare exactly these functions:

    cache_t *cache_new(size_t capacity, uint64_t (*now)(void));
    int cache_put(cache_t *c, const char *name, uint32_t addr, uint32_t ttl);
    int cache_get(cache_t *c, const char *name, uint32_t *addr_out);
    void cache_free(cache_t *c);

`now` is a clock function supplied by the caller; it returns the current time in milliseconds since an arbitrary epoch. The autograder passes a fake clock that it advances by hand, so never call time() or clock_gettime() yourself. The `ttl` argument of cache_put is in seconds, as in real DNS records.

Behaviour
- cache_get returns 1 and writes the address if `name` is present and not expired, and returns 0 otherwise (leaving addr_out untouched). An entry inserted at time t with ttl s is expired at any time >= t + s*1000.
- Names are compared case-insensitively ("Example.COM" and "example.com" are the same key). Store them in lower case.
- Putting a name that is already present replaces the address and restarts its TTL.
- When the cache holds `capacity` live entries and a new name is put, first drop any expired entries; if it is still full, evict the least recently used entry, where both get hits and puts count as uses.
- cache_put returns 0 on success and -1 if malloc fails.

Constraints
Both operations should be O(1) on average: a hash table plus a doubly linked list is the expected design. You may use only the C standard library. Your code must compile without warnings under gcc -std=c11 -Wall -Wextra -Werror and run clean under valgrind with no leaks.

Submission
Submit cache.c, cache.h and a short README.txt (at most one page) describing your design and any known bugs. The autograder runs 40 tests; 10 of the 40 check for memory errors. Style counts for 10% of the grade.
"""
P(CO, D,
  "it returns the current time in milliseconds since an arbitrary epoch.",
  "it returns the current time.",
  M, "unit_unstated", "it returns the current time.",
  "In what unit does the supplied now() clock return time: milliseconds, seconds, or something else?",
  options=["milliseconds", "seconds", "microseconds"])

D = """\
Subject: Re: Re: moving billing-client off requests

Hi,

Following up on Tuesday's call, here is what we agreed for the billing-client package (github.com/ourorg/billing-client, currently 2.7.3). Can you do the change and open the PR against main?

What we're changing
billing-client wraps our internal billing REST API. It uses requests everywhere, plus a hand-rolled retry decorator in billing_client/retry.py. We want to move it to httpx so that we get HTTP/2 to the billing gateway and proper connection pooling, and we want to replace the retry decorator with httpx's transport-level retries (httpx.HTTPTransport(retries=3)).

Constraints
- The package is imported by eleven services. None of them should need a code change to upgrade. Public function names, arguments, return types and raised exceptions must stay the same. In particular BillingError and its subclasses must still be raised for non-2xx responses, with the same .status_code and .body attributes.
- Keep the client synchronous. Several callers are Celery tasks and Django views, and nobody wants to thread an event loop through them right now.
- Timeouts: today every call uses timeout=10 seconds. Keep that default and keep the timeout keyword where it exists.
- The session object is created lazily in billing_client/session.py; keep the lazy creation, but switch it to a single module-level httpx.Client with http2=True. That means adding the h2 extra: httpx[http2]>=0.27.
- Drop requests from install_requires once nothing imports it.

Tests
The test suite uses the responses library to mock HTTP. Switch those tests to respx. Coverage must not drop below the current 91%. Please add one test showing a 503 followed by a 200 ends in success (retry works) and one showing four 503s raise BillingServiceUnavailable.

Versioning
Since the public API is unchanged, release it as 2.8.0, not 3.0.0. Update CHANGELOG.md and note the new dependency.

Timing: no hard deadline, but Oksana wants to bump the payments service to it before the March freeze, so roughly the next two weeks would be great.

Thanks!
Dmitri
"""
P(CO, D,
  "Please add one test showing a 503 followed by a 200 ends in success (retry works) and one showing four 503s raise BillingServiceUnavailable.",
  "Please add one test showing a 503 followed by a 200 ends in success (retry works) and one showing four 503s raise BillingServiceUnavailable. While you're in there, make every public call a coroutine (async def) on top of httpx.AsyncClient so we can use it from the new FastAPI services.",
  X, "conflicting_requirements", "make every public call a coroutine (async def) on top of httpx.AsyncClient",
  "Should the public functions stay synchronous so the eleven callers need no change, or become async def on httpx.AsyncClient for the FastAPI services?",
  options=["keep them synchronous", "make them async"])

D = """\
Feature request: --since and --until filters for logslice

logslice is our small internal CLI (Go 1.22, in tools/logslice) that reads JSON-lines application logs from stdin or from files given as arguments and prints the matching lines. Right now it can filter by level (--level) and by service (--service). On-call engineers keep piping it through jq to cut a time range, which is slow on the 2 GB files we get from the archive. Please add time filters.

Details
- Add two flags, --since and --until. Each takes either an RFC 3339 timestamp (2024-05-03T14:00:00Z, offsets allowed) or a bare date (2024-05-03). A bare date means midnight at the start of that day.
- Every log line has a "ts" field holding an RFC 3339 timestamp in UTC with millisecond precision. Lines without a parseable ts are skipped when either flag is set and counted; print the count to stderr at the end ("skipped 12 lines without ts").
- --since is inclusive and --until is exclusive, so --since 2024-05-03 --until 2024-05-04 gives exactly one day.
- Bare dates and timestamps without an offset are interpreted in UTC, the same as the log timestamps. Note that our Grafana dashboards show Europe/Berlin time, which is where people usually copy times from, so please mention in the --help text that input times are UTC.
- If --since is later than or equal to --until, exit with status 2 and a one-line error.
- The files are in time order, so once a line is past --until you can stop reading that file. Do not assume ordering across files.

Testing
Table-driven tests in tools/logslice/filter_test.go covering: inclusive/exclusive boundaries, a bare date, an offset timestamp (+02:00), lines without ts, and the early-stop behaviour (use a reader that fails the test if it is read past the first line after --until).

Performance: a 2 GB file with --since and --until spanning one hour in the middle should finish in under 10 seconds on a laptop. The current code decodes every line into a map; for the time filter, please extract just the ts field with a cheap scan rather than a full json.Unmarshal, and only fall back to full decoding when --level or --service is also set.

No changes to the existing flags or output format.
"""
P(CO, D,
  "- Bare dates and timestamps without an offset are interpreted in UTC, the same as the log timestamps. Note that our Grafana dashboards show Europe/Berlin time, which is where people usually copy times from, so please mention in the --help text that input times are UTC.",
  "- Note that our Grafana dashboards show Europe/Berlin time, which is where people usually copy times from.",
  M, "timezone_unstated", "A bare date means midnight at the start of that day.",
  "Which time zone should bare dates and timestamps without an offset be interpreted in: UTC like the log timestamps, or Europe/Berlin like the dashboards people copy times from?",
  options=["UTC", "Europe/Berlin", "the machine's local time zone"])

D = """\
PRD: Trash and restore for notes (Jotter web app)

Author: Ben Okafor
Reviewers: Sam (backend), Yuki (frontend), Priscilla (support)

Problem
Support gets about thirty tickets a week from people who deleted a note by accident. Deletion in Jotter is immediate and permanent: NotesController#destroy calls note.destroy and the row is gone. We can restore from backups, but it takes an engineer an hour per ticket. We want a trash.

Scope of this task (backend only, Rails 7.1, Postgres)
1. Add a nullable deleted_at timestamp column to notes, with an index. Write the migration so it is safe to run on the production table (about 18 million rows): add the column without a default, and create the index concurrently.
2. Change NotesController#destroy to set deleted_at = now instead of deleting the row. The JSON response stays the same (204 No Content).
3. Add a default scope? No. Default scopes have burned us before. Instead add a `kept` scope (where deleted_at is null) and a `trashed` scope, and use `kept` explicitly everywhere notes are listed or searched: NotesController#index, SearchController, the sharing endpoints and the daily digest mailer. Sam will review that list; if you find other call sites, include them.
4. New endpoints: GET /api/notes/trash lists the current user's trashed notes, newest deletion first, paginated like the index. POST /api/notes/:id/restore clears deleted_at and returns the note JSON. Restoring a note that is not in the trash returns 404.
5. A nightly job (Sidekiq, using the existing sidekiq-cron setup) permanently deletes notes whose deleted_at is more than 30 days in the past, in batches of 1,000, along with their attachments in S3 via the existing Attachment#purge method.
6. Shared notes: if the owner trashes a note, collaborators lose access immediately, exactly as with a deletion today. If the owner restores it, access comes back with the same permissions. No change to the sharing tables is needed because we never delete those rows until the purge.

Out of scope
The frontend (Yuki will do the trash view next sprint), "empty trash now", and trash for folders.

Acceptance
Request specs for destroy, trash listing, restore (including the 404 case) and for the `kept` scope being applied in search. A job spec for the purge that uses travel_to to check that a note deleted 29 days ago survives and one deleted 31 days ago is purged along with its attachments. Please keep the PR under about 600 changed lines; split the call-site changes into a second PR if it gets bigger.
"""
P(CO, D,
  "permanently deletes notes whose deleted_at is more than 30 days in the past,",
  "permanently deletes notes that have been sitting in the trash for a while,",
  A, "threshold_vague", "notes that have been sitting in the trash for a while",
  "How long should a note stay in the trash before the nightly job purges it: 30 days, or some other period?",
  options=["7 days", "30 days", "90 days"])

D = """\
Bug: CSV contact import drops leading zeros from postal codes

Product: Relay CRM (TypeScript, Node 20, the importer lives in packages/importer)
Severity: high (customer data corruption)
Reporter: Hannah Voss, Customer Success

Summary
When a customer imports contacts from a CSV file, postal codes like 02134 (Boston) or 01067 (Dresden) are saved as 2134 and 1067. The importer uses papaparse with dynamicTyping: true, which turns anything that looks numeric into a number before our mapping code sees it. The same thing happens to phone numbers without a plus sign and to customer-defined ID columns such as "00451".

Customer impact
Nordlicht GmbH imported 14,000 contacts last week and their mail merge is now printing wrong postal codes. They are on the self-hosted release 4.2 and will not move to 5.x before summer.

Comment history

Rafael (engineering): Confirmed. The quickest correct fix is to set dynamicTyping: false and do the type conversion ourselves in mapRow(), where we already know each target field's type from the field schema. Text fields (postal_code, phone, all custom text fields) keep the raw string. Number fields go through parseNumber(), which already handles "1.234,5" vs "1,234.5" depending on the import locale.

Hannah: Can we also fix the contacts that were already imported wrongly?

Rafael: Not automatically, we don't keep the original file. Customer Success can re-import with "update existing" once the fix is out. I'll write them a note.

Maintainers:
We currently maintain two release lines besides main: release/4.1 (security fixes only) and release/4.2 (bug fixes).

What I need from you
Please make Rafael's fix on main: switch dynamicTyping off, move conversion into mapRow(), and add unit tests in packages/importer/src/__tests__/mapRow.test.ts covering a postal code with a leading zero, a phone number without a plus sign, a custom text ID "00451", a number field in en-US and de-DE locale, and an empty cell (which should become null, not "" or 0). Then cherry-pick the commit onto release/4.2 so Nordlicht can get it in the next patch release, and open both PRs. Don't backport anything to release/4.1. Add a line to the changelog on each branch. If the cherry-pick doesn't apply cleanly because mapRow() moved, adapt it by hand rather than pulling in the refactor.
"""
P(CO, D,
  "Then cherry-pick the commit onto release/4.2 so Nordlicht can get it in the next patch release, and open both PRs. Don't backport anything to release/4.1.",
  "Then cherry-pick the commit onto the maintained release branch so Nordlicht can get it in the next patch release, and open both PRs.",
  A, "referent_two_candidates", "cherry-pick the commit onto the maintained release branch",
  "Which release branch should the fix be cherry-picked onto: release/4.2, release/4.1, or both?",
  options=["release/4.2", "release/4.1", "both"])

D = """\
Programming exercise 3: wordfreq (Rust)

This exercise is part of our internal Rust onboarding track. It should take two to four hours. Put your solution in exercises/wordfreq in your onboarding repository and open a merge request assigned to your mentor.

The program
Write a command-line program `wordfreq` that reads UTF-8 text from standard input and prints the most frequent words.

Rules for what counts as a word:
- A word is a maximal run of characters for which char::is_alphanumeric() is true, plus the apostrophe (') when it has a letter on both sides, so "don't" is one word but "'quoted'" gives "quoted".
- Words are compared after lowercasing with str::to_lowercase(). You do not need Unicode normalization.
- Numbers such as "2024" count as words.

Options:
- `-n N` prints the top N words (default 10). If there are fewer distinct words than N, print them all.
- `--min-len L` ignores words shorter than L characters (default 1), counting characters, not bytes.

Output:
One line per word: the word, a single tab, and its count. Sort by count, highest first. When two words have the same count, order them alphabetically (plain byte order of the lowercased word is fine). Print nothing else on standard output; errors go to standard error with exit status 1.

Example
For the input

    Apple banana. apple, Cherry! BANANA apple banana

running `wordfreq -n 3` prints

    apple	3
    banana	3
    cherry	1

Requirements on the code:
- No external crates except `clap` for argument parsing.
- Read the input in a streaming way with a BufReader; do not read the whole input into one String. Input may be several gigabytes.
- Use a HashMap<String, u64> for counting, and only sort at the end.
- Include unit tests for the tokenizer (at least: apostrophes, punctuation, digits, non-ASCII letters such as "Straße" and "café") and one integration test that runs the binary on the example above.
- `cargo clippy -- -D warnings` and `cargo fmt --check` must pass.

Your mentor will review for correctness first and idiomatic Rust second. Don't spend time on performance tuning beyond the streaming requirement.
"""
P(CO, D,
  "    apple	3\n    banana	3\n    cherry	1",
  "    banana	3\n    apple	3\n    cherry	1",
  X, "example_contradicts_prose", "    banana	3\n    apple	3",
  "The prose says ties are ordered alphabetically but the example prints banana before apple; which ordering should ties follow?",
  options=["alphabetical (apple before banana)", "as in the example (banana before apple)"])

D = """\
Task: relative timestamps in the activity feed

Repo: web-frontend (React 18, TypeScript, date-fns 3 already installed)
Designer: Clara Dumont, Figma file "Activity feed v3", frame "Timestamps"

Context
The activity feed (src/features/activity/ActivityItem.tsx) currently prints raw ISO strings such as 2024-03-04T09:15:22.000Z under each item, which looks broken. We want human-friendly timestamps, like every other product.

Rules (agreed with Clara)
- Under 1 minute: "just now".
- Under 1 hour: "N min ago" (e.g. "5 min ago"; "1 min ago" for one).
- Under 24 hours: "N h ago".
- Under 7 days: "N d ago".
- 7 days or older: the absolute date, formatted as "Mar 4" if it is in the current calendar year and "Mar 4, 2023" otherwise.
- All of this is computed in the viewer's local time zone (the browser's), including the "current calendar year" check.
- Hovering the timestamp shows a native tooltip (title attribute) with the full local date and time, e.g. "Monday, March 4, 2024 at 10:15 AM".
- Timestamps in the future (clock skew between server and browser) display as "just now".

Implementation notes
- Put the formatting logic in a pure function formatRelative(date: Date, now: Date, locale: string): string in src/lib/time/formatRelative.ts, so it can be unit tested without mocking timers.
- For now the strings are English only, but route them through our i18n helper t() with keys under "time.relative.*" so that translators can pick them up later. Use Intl.DateTimeFormat with the passed locale for the absolute dates.
- The feed should refresh the relative labels once a minute while the tab is visible. Use one shared interval for the whole feed (a small useNow() hook in src/lib/time/useNow.ts), not one per item; some feeds have 500 items.
- Use a <time dateTime="..."> element for accessibility.

Tests
Vitest unit tests for formatRelative with a fixed `now`, covering every boundary above (59 s, 60 s, 59 min, 60 min, 23 h 59 min, 24 h, 6 d 23 h, 7 d, previous year, future date). One React Testing Library test that the title tooltip is present.

Please don't change the feed layout or spacing; Clara will do a visual pass after merge.
"""
P(CO, D,
  "- Use a <time dateTime=\"...\"> element for accessibility.",
  "- Use a <time dateTime=\"...\"> element for accessibility.\n- Clara also asked that anything older than 48 hours show the absolute date, because \"5 d ago\" reads badly next to the item titles.",
  X, "conflicting_requirements", "anything older than 48 hours show the absolute date",
  "Should the absolute date start at 48 hours, as Clara's later note says, or at 7 days, as the rules list and test boundaries say?",
  options=["from 48 hours", "from 7 days"])

D = """\
INC-7734 follow-up: memory growth in notification-gateway

Service: notification-gateway (Java 17, Spring Boot 3.2, spring-websocket)
Owner: Realtime team
Assignee: you

What happened
On 12 June the gateway pods were OOM-killed roughly every 26 hours. Heap dumps from two pods (linked in the incident doc) show about 1.9 GB retained by SessionRegistry.sessions, a ConcurrentHashMap<String, ClientSession>. It holds around 410,000 entries while the pods only ever have about 30,000 open connections.

Root cause (from the post-incident review)
SessionRegistry.register() is called from afterConnectionEstablished(), but SessionRegistry.unregister() is only called from afterConnectionClosed() when the close status is NORMAL (1000). Connections that die with 1001 (going away), 1006 (abnormal closure, typical for mobile clients losing network) or that time out never get removed. Each ClientSession also holds a 16 KB send buffer, which is why the leak is so expensive.

What to do
1. Call unregister() for every close status, and also from handleTransportError(). unregister() must be idempotent because both paths can fire for the same session.
2. As a safety net, add a sweeper that runs every 60 seconds and removes entries whose underlying WebSocketSession.isOpen() is false, logging the count it removed at INFO if it is non-zero. If the sweeper ever removes anything, that means we missed a path, so also increment a Micrometer counter notification_gateway_sessions_swept_total so we can alert on it.
3. Expose the registry size as a gauge notification_gateway_sessions_registered.

Constraints
- Don't add new dependencies to the build. Everything here can be done with the JDK, Spring's scheduling support (@Scheduled is already enabled in GatewayApplication) and Micrometer, which we already ship.
- Keep the public methods of SessionRegistry as they are; the presence service calls them.
- Don't change the heartbeat interval (30 s) in this change; that's being discussed separately.

Tests
Unit tests for SessionRegistry: register then close with each of 1000, 1001, 1006 leaves the map empty; double unregister doesn't throw; the sweeper removes a session whose isOpen() returns false and increments the counter. Use Mockito for WebSocketSession. An integration test with the real handler is welcome but optional.

Please link the PR to INC-7734 and ask Jonas for review. We want it in the Thursday deploy if possible, but correctness over speed.
"""
P(CO, D,
  "3. Expose the registry size as a gauge notification_gateway_sessions_registered.",
  "3. Expose the registry size as a gauge notification_gateway_sessions_registered.\n4. Replace the ConcurrentHashMap with a Caffeine cache that expires entries 10 minutes after last access, so that stale sessions age out on their own even if we miss a close path.",
  X, "conflicting_requirements", "Replace the ConcurrentHashMap with a Caffeine cache",
  "Caffeine is not a current dependency and the constraints forbid new ones; should I add Caffeine for the expiring map, or keep the ConcurrentHashMap plus the sweeper?",
  options=["add Caffeine", "keep ConcurrentHashMap and the sweeper"])

D = """\
Spec: password reset by e-mail (Ledgerly accounts service)

Ledgerly's login currently has no self-service password reset; users e-mail support, who reset it manually. This spec covers the backend part. The frontend pages already exist as static mockups and will be wired up by the web team once these endpoints are live.

Stack: Node 20, Express, Postgres via Knex, e-mail through our existing mailer module (mailer.send(templateId, to, vars)).

Flow
1. POST /auth/password-reset/request with {"email": "..."}. Always respond 202 with an empty body, whether or not the address belongs to an account, so the endpoint cannot be used to discover accounts. If it does belong to an active account, create a reset token and send template "password-reset" with variables {name, resetUrl}. resetUrl is https://app.ledgerly.io/reset?token=<token>.
2. POST /auth/password-reset/confirm with {"token": "...", "newPassword": "..."}. If the token is valid, set the new password (using the existing hashPassword() helper, argon2id), mark the token used, revoke all of the user's existing sessions and refresh tokens, and respond 204. Otherwise respond 400 with {"error": "invalid_or_expired_token"}; don't reveal which of the two it was.

Tokens
- Generate 32 random bytes with crypto.randomBytes and encode them base64url for the link. Store only a SHA-256 hash of the token in a new table password_reset_tokens (id, user_id, token_hash, created_at, expires_at, used_at).
- A token expires 30 minutes after it is issued and can be used only once.
- Requesting a new token does not invalidate older unexpired ones; that's fine given the short lifetime.
- The new password must pass the same validatePassword() rules as sign-up (minimum 12 characters, not in the breached list).

Abuse limits
At most 3 reset requests per e-mail address per hour and 20 per client IP per hour, using the existing rateLimit() middleware. Over the limit, still respond 202 but don't send mail, and log it.

Audit
Write an audit_log entry (type "password_reset_requested" and "password_reset_completed") with user_id and IP.

Deliverables
A Knex migration for the table, the two routes in src/routes/passwordReset.js, and Jest + supertest tests covering: unknown e-mail still returns 202 and sends nothing; happy path; used token rejected; expired token rejected (use fake timers); sessions revoked after reset; rate limit reached. Don't send real e-mails in tests; mock mailer.send.
"""
P(CO, D,
  "- A token expires 30 minutes after it is issued and can be used only once.",
  "- A token can be used only once.",
  M, "expiry_unstated", "A token can be used only once.",
  "How long should a reset token stay valid after it is issued (it needs an expires_at and there is an expired-token test): 30 minutes, an hour, 24 hours?",
  options=["30 minutes", "1 hour", "24 hours"])
B(CO, D,
  "Always respond 202 with an empty body, whether or not the address belongs to an account, so the endpoint cannot be used to discover accounts.",
  "Respond 404 with {\"error\": \"unknown_email\"} when the address doesn't belong to an account, so the user knows they mistyped it; otherwise respond 202 with an empty body.",
  X, "conflicting_requirements", "Respond 404 with {\"error\": \"unknown_email\"} when the address doesn't belong to an account",
  "The request endpoint now returns 404 for unknown addresses, but the test list expects 202 for an unknown e-mail and the design avoids revealing accounts; which behaviour do you want?",
  options=["always 202", "404 for unknown addresses"])

D = """\
Hi! Could you write me a little Python script for my photos? Here's the situation, sorry it's long.

I have two places where photos pile up. One is ~/Pictures/Import on my MacBook, where Image Capture dumps everything from my phone and my Fuji camera. The other is the family NAS share, mounted at /Volumes/family/photos, where my wife's phone backs up. The NAS one is a mess but she has her own system in there with folders per trip, so please don't touch it at all. The script is only for ~/Pictures/Import.

What I want the script to do:
1. Go through every .jpg, .jpeg, .heic and .raf file directly in that folder (not in subfolders; those are things I've already sorted).
2. Read the date the photo was taken from EXIF (DateTimeOriginal). If a file has no EXIF date, use the file's modification time instead, and print a line saying so.
3. Move the file into ~/Pictures/Library/YYYY/YYYY-MM/ (create the folders as needed) and rename it to YYYY-MM-DD_HHMMSS.ext, with the extension lowercased. So IMG_4412.HEIC taken on 3 March 2024 at 14:05:09 becomes ~/Pictures/Library/2024/2024-03/2024-03-03_140509.heic.
4. If a file with that name already exists (burst shots often share a second), add _2, _3 and so on before the extension. Never overwrite anything.
5. The Fuji shoots RAF+JPG pairs with the same base name (DSCF1234.RAF and DSCF1234.JPG). Those two should end up with the same new base name, just different extensions, so I can still tell they belong together.
6. A --dry-run flag that prints what it would do without moving anything. Please make dry run the thing I'd naturally run first, so print it nicely: "old path -> new path".

Setup: macOS 14, Python 3.12 from Homebrew. I can pip install things, I think exiftool is already installed via Homebrew if that's easier than a Python library for HEIC. I'd prefer a single file I can keep in ~/bin.

At the end print how many files were moved and how many used the modification time fallback. I'll run it by hand every couple of weeks, no need to schedule anything.

Thanks a lot!
"""
P(GE, D,
  "The NAS one is a mess but she has her own system in there with folders per trip, so please don't touch it at all. The script is only for ~/Pictures/Import.",
  "The NAS one is a mess too, honestly. Please point the script at the folder where the new photos land.",
  A, "referent_two_candidates", "point the script at the folder where the new photos land",
  "Which folder should the script process: ~/Pictures/Import on the MacBook, the NAS share at /Volumes/family/photos, or both?",
  options=["~/Pictures/Import", "/Volumes/family/photos", "both"])

D = """\
Issue #388: Add a plugin dispatch layer to `tabletidy`

tabletidy is our open-source library for cleaning messy spreadsheets (pip install tabletidy, about 9k downloads a month). It is pure Python, has no compiled extensions, and our README promises support for every CPython version that is still receiving security fixes plus 3.8, because a couple of large users are stuck on RHEL 8 with Python 3.8. CI runs the test suite on 3.8, 3.9, 3.10, 3.11 and 3.12.

The problem
Cleaning steps are currently hard-coded in tabletidy/pipeline.py as a long if/elif chain on the step name ("strip_whitespace", "normalize_dates", "drop_empty_rows", ...). Users who want their own steps have to fork the library. We want a registry so that third-party packages can contribute steps.

Proposed design (agreed in the issue discussion)
- A Step protocol: an object with a `name: str` attribute and a `__call__(self, table: Table, **options) -> Table` method. Use typing.Protocol (available from 3.8).
- A registry module tabletidy/registry.py with register(step), get(name) and names(). Registering a second step with an existing name raises DuplicateStepError unless register(step, replace=True) is used.
- Built-in steps move into tabletidy/steps/ as one module each and register themselves on import of tabletidy.
- Third-party steps are discovered through the entry-point group "tabletidy.steps". Use importlib.metadata.entry_points, keeping in mind that its API changed in 3.10: on older versions you get a dict and must index by group. A small compatibility helper is fine, or the importlib_metadata backport as a conditional dependency for Python < 3.10.
- pipeline.run() replaces the if/elif chain with registry lookups. An unknown step name raises UnknownStepError listing the available names.

Compatibility
Existing pipelines defined as lists of dicts ({"step": "normalize_dates", "format": "%d.%m.%Y"}) must keep working unchanged. Keep the old public function names in tabletidy.pipeline as thin wrappers.

Docs and tests
Add a "Writing a plugin" page to docs/ with a minimal example package. Tests: registering and looking up, duplicate names, replace=True, unknown step error message, and entry-point discovery using a fake distribution (monkeypatch entry_points). All existing tests must still pass on every Python version in the CI matrix.

Please submit it as a PR against main. Aim for a design that is easy to read; this is a library many contributors skim.
"""
P(CO, D,
  "- pipeline.run() replaces the if/elif chain with registry lookups.",
  "- pipeline.run() replaces the if/elif chain with a structural pattern match (match/case) on each step dict, which reads much better than the registry lookups we have in other projects.",
  X, "version_conflict", "a structural pattern match (match/case)",
  "match/case needs Python 3.10 but the library must keep supporting 3.8 and 3.9; should I drop the pattern match and use registry lookups, or raise the minimum Python version?",
  options=["use registry lookups, keep 3.8 support", "use match/case and require Python 3.10+"])

D = """\
Bug report + fix request: reminders fire an hour off after DST change

App: Habitly (Kotlin backend, Ktor, Exposed ORM, Postgres; mobile apps in Swift and Kotlin)

What users see
Since the clocks changed in Europe on 31 March, users in Germany, France and the UK say their daily reminders arrive one hour late. "My 7:00 workout reminder now comes at 8:00." Users in Arizona and Japan (no DST) are fine. Support has 212 tickets.

How reminders work today
When a user creates a reminder at 07:00 local time, the app converts it to UTC using the phone's current offset and the backend stores fire_at_utc_time = 06:00 (Berlin in winter is UTC+1). The scheduler (ReminderScheduler.kt) runs every minute and sends push notifications for reminders whose fire_at_utc_time matches the current UTC minute. When the offset changes, the stored UTC time is now an hour off.

Two time zones are available in the backend for each user:
- users.tz: an IANA zone name (e.g. "Europe/Berlin") that the user picks in Settings > Profile. It defaults to the zone detected at sign-up.
- devices.reported_tz: the zone the phone reports on every app launch. A user can have several devices, and people who travel often have devices reporting different zones.

The fix we want
1. Store the reminder's wall-clock time instead: add reminders.local_time (TIME) and drop the use of fire_at_utc_time (keep the column for now; a later migration drops it).
2. Backfill local_time for existing reminders by converting fire_at_utc_time back using the user's zone as of the date the reminder was created.
3. The scheduler must compute, every minute, which reminders are due by converting each reminder's local_time to an instant in the user's profile zone, users.tz, and never devices.reported_tz; product explicitly wants reminders to follow the zone in Settings so that travelling doesn't move them around. Efficiently: group users by tz, compute the current local time once per zone, and query reminders whose local_time equals it.
4. Nonexistent local times (e.g. 02:30 on the spring-forward night) fire at the first valid minute after the gap; repeated local times (autumn) fire only once, at the first occurrence.

Tests
Unit tests for the due-reminder computation across both 2024 European transitions and for a zone without DST, plus a test for the backfill conversion. Please add a short note to docs/reminders.md describing the new model.
"""
P(CO, D,
  "by converting each reminder's local_time to an instant in the user's profile zone, users.tz, and never devices.reported_tz; product explicitly wants reminders to follow the zone in Settings so that travelling doesn't move them around.",
  "by converting each reminder's local_time to an instant in the user's time zone.",
  A, "referent_two_candidates", "in the user's time zone",
  "Which zone should the scheduler use for a user: the profile zone users.tz chosen in Settings, or the zone the device reports (devices.reported_tz)?",
  options=["users.tz (profile setting)", "devices.reported_tz (device)"])

D = """\
Request: a typed TypeScript client for the Parcelpoint Carrier API

We integrate with Parcelpoint's REST API from three different Node services, and each one has its own hand-written fetch calls with slightly different bugs. Please write a small shared client package that all three can use.

Package
- Name @acme/parcelpoint-client, in our monorepo under packages/parcelpoint-client, built with tsup to ESM and CJS, TypeScript strict mode.
- Runtime: Node 18 and later only (all three services run on Node 20). Use the global fetch; no axios or node-fetch.
- Zero runtime dependencies besides zod, which we already use everywhere, for validating responses.

API surface to cover (see docs.parcelpoint.example/v3, but the summary here is enough):
- createShipment(input) -> POST /v3/shipments, returns Shipment.
- getShipment(id) -> GET /v3/shipments/:id, returns Shipment.
- cancelShipment(id) -> POST /v3/shipments/:id/cancel, returns Shipment with status "cancelled".
- listTrackingEvents(id) -> GET /v3/shipments/:id/events, paginated with ?cursor= and a next_cursor field; return an AsyncIterable<TrackingEvent> that follows the cursor until it is null.
- getLabel(id, format) -> GET /v3/shipments/:id/label?format=pdf|zpl, returns the raw bytes as a Uint8Array.

The response shapes are in the docs; write zod schemas for Shipment and TrackingEvent and derive the types from them. Unknown extra fields should be allowed (passthrough), because Parcelpoint adds fields without notice.

Authentication
Parcelpoint supports two schemes: a legacy API key sent as ?api_key= in the query string, and OAuth2 client-credentials tokens sent as Authorization: Bearer. We have credentials for both in Vault. Use the OAuth2 scheme only: the constructor takes clientId and clientSecret, fetches a token from POST /oauth/token, caches it, and refreshes it 60 seconds before expires_in runs out (and once more, transparently, if a request gets a 401).

Errors and retries
Non-2xx responses throw ParcelpointError with status, code (from the error body) and requestId (the X-Request-Id header). Retry 429 and 5xx up to 3 times with exponential backoff starting at 500 ms, honouring Retry-After when present. Never retry createShipment on a 5xx unless we pass an Idempotency-Key, which the method should generate automatically (crypto.randomUUID) and reuse across its retries.

Tests
Vitest with msw for HTTP mocking: authentication, pagination, retry with Retry-After, error mapping, and that createShipment reuses one idempotency key across retries.
"""
P(CO, D,
  "Use the OAuth2 scheme only: the constructor takes clientId and clientSecret, fetches a token from POST /oauth/token, caches it, and refreshes it 60 seconds before expires_in runs out (and once more, transparently, if a request gets a 401).",
  "The client should handle authentication itself so the services don't have to.",
  M, "auth_scheme_unstated", "The client should handle authentication itself so the services don't have to.",
  "Which Parcelpoint auth scheme should the client use: OAuth2 client-credentials bearer tokens or the legacy api_key query parameter (or support both)?",
  options=["OAuth2 bearer tokens", "legacy api_key query parameter", "support both"])

D = """\
Design note + task: percentage rollouts in flagkit

flagkit is the small feature-flag library our Go services share (internal/flagkit). Flags today are simple booleans loaded from a YAML file that ops syncs into a ConfigMap; services call flagkit.Enabled(ctx, "new-checkout"). We want percentage rollouts so that we can turn a feature on for, say, 10% of customers and ramp up.

Terminology (we mix these up a lot, so to be precise): a user is one login (users.id, a UUID); an account is a paying customer company (accounts.id, an int64), which has one or more users. Both ids are available in the request context via flagkit.Subject(ctx), which returns a struct with UserID and AccountID.

Requirements
1. The YAML gains an optional field per flag: rollout_percent, an integer from 0 to 100. A flag with enabled: true and no rollout_percent behaves as today (on for everyone). enabled: false always wins.
2. Bucketing must be deterministic and sticky: the same subject must get the same answer on every call, in every service and after restarts, for as long as the percentage doesn't go down. Raising the percentage from 10 to 20 must keep the first 10% enabled and add another 10%.
3. Bucket by AccountID, so that everybody in one customer company sees the same version of the product; support gets confused when two colleagues see different checkouts. If the context has no AccountID (e.g. the public pricing page), treat the flag as off unless rollout_percent is 100.
4. Different flags must bucket independently, so that the same 10% of accounts aren't the guinea pigs for every experiment. Hash the flag name together with the id.
5. Use a stable hash that is identical across languages, because the Python data team wants to reproduce assignments in notebooks: take the first 8 bytes of SHA-256 of "<flag name>:<id as decimal string>" as a big-endian uint64, and the subject is in the rollout if that value mod 100 is less than rollout_percent.
6. Expose flagkit.Bucket(flag, id) for debugging, returning the 0-99 bucket.

Tests
Table-driven tests with a few fixed flag/id pairs and their expected buckets (compute them once and hard-code them, and include the Python one-liner you used in a comment so the data team can check), monotonicity when the percentage increases, independence between two flags (over 10,000 ids, the overlap of two 50% flags should be roughly 25%), and the missing-AccountID case.

No changes to how the YAML is loaded or reloaded. Please keep the package free of third-party dependencies.
"""
P(CO, D,
  "3. Bucket by AccountID, so that everybody in one customer company sees the same version of the product; support gets confused when two colleagues see different checkouts. If the context has no AccountID (e.g. the public pricing page), treat the flag as off unless rollout_percent is 100.",
  "3. Bucket by the subject's id. If the context has no id (e.g. the public pricing page), treat the flag as off unless rollout_percent is 100.",
  A, "referent_two_candidates", "Bucket by the subject's id.",
  "Which id should the rollout bucket on: AccountID (everyone in a company sees the same thing) or UserID (each login bucketed separately)?",
  options=["AccountID", "UserID"])

D = """\
Take-home exercise for backend candidates: free/busy merging

Thanks for applying to the scheduling team at Tidewater. This exercise should take about two hours. Please don't spend more than three; we care more about clarity than about covering every edge case.

Background
When someone books a meeting with a group, we need to know when the group is busy. Each member's calendar gives us a list of busy intervals, and we merge them into one list of busy blocks that the booking page shows as grey.

Task
Write a function in Java 17 (or Kotlin, if you prefer):

    List<Interval> mergeBusy(List<List<Interval>> calendars)

where Interval is a record with two java.time.Instant fields, start and end, with start < end. Each inner list is one person's busy intervals in no particular order; intervals may overlap even within one person's calendar.

The result must:
- contain non-overlapping intervals sorted by start;
- cover exactly the instants covered by at least one input interval;
- merge intervals that merely touch, where one ends exactly when the next starts (a 10:00-10:30 and a 10:30-11:00 meeting become one 10:00-11:00 block), because the booking page must not offer zero-length gaps;
- not modify the input lists.

Treat intervals as half-open [start, end). An empty input, or input where every calendar is empty, returns an empty list. Null inputs can be rejected with a NullPointerException; you don't need to handle them gracefully.

Performance
Total input size can be up to about 200,000 intervals (big teams, a year of history). Aim for O(n log n) in the total number of intervals.

What to submit
- The source file(s) and a JUnit 5 test class. Cover at least: overlapping intervals from different people, overlapping intervals within one calendar, touching intervals, an interval fully inside another, unsorted input, and empty input.
- A short NOTES.md (a few paragraphs) explaining your approach, its complexity, and anything you would do differently in production.
- Zip it and upload it through the link in the invitation e-mail. Please don't put it on a public GitHub repository.

How we review
Two engineers read every submission. We look at correctness first, then test quality, then readability. There are no hidden performance traps beyond what's described above.
"""
P(CO, D,
  "- merge intervals that merely touch, where one ends exactly when the next starts (a 10:00-10:30 and a 10:30-11:00 meeting become one 10:00-11:00 block), because the booking page must not offer zero-length gaps;\n",
  "",
  M, "boundary_rule_unstated", "Cover at least: overlapping intervals from different people, overlapping intervals within one calendar, touching intervals,",
  "Should intervals that merely touch (10:00-10:30 and 10:30-11:00) be merged into one block or kept as two separate blocks?",
  options=["merge them", "keep them separate"])

D = """\
Ticket PAY-512: retries for outgoing webhooks

Context
Merchants register webhook URLs in the dashboard and we POST payment events to them (payment.succeeded, payment.failed, refund.created, and so on). The sender is webhooks/sender.py, a worker that pulls jobs from our Redis queue (rq). Today it makes a single attempt with a 10-second timeout; if the merchant's server is down for a minute, the event is simply lost, and merchants reconcile by hand. This is our most common integration complaint.

Requirements
1. A delivery counts as successful on any 2xx response. Anything else, including timeouts and connection errors, is a failure, except 410 Gone, which means the merchant removed the endpoint: mark the endpoint disabled and stop.
2. On failure, retry with exponential backoff: the first retry 5 seconds after the first attempt, then 10, 20, 40 and 80 seconds, for at most 6 attempts in total. Add full jitter (a random delay between 0 and the computed backoff) to avoid thundering herds when a popular merchant comes back.
3. Don't sleep inside the worker. Schedule each retry as a new rq job with enqueue_in, carrying the attempt number.
4. Time limit: counting from the first attempt, a single event must either be delivered or be given up on within 5 minutes, because the merchant dashboard shows "delivery failed" after that and support reads it as final.
5. After the last failed attempt, mark the delivery row failed (deliveries.status = 'failed') and store the last status code or error message.
6. Every attempt gets a row in delivery_attempts (delivery_id, attempt_no, started_at, duration_ms, status_code, error), which the dashboard already displays if present.
7. Each request carries the same Webhook-Id header on every attempt, so merchants can deduplicate, plus a new Webhook-Attempt header with the 1-based attempt number.

Testing
Unit tests for the backoff schedule (with jitter patched to return the maximum), for 410 handling, and for the final failure state. An integration test using rq's SimpleWorker and a local HTTP server that fails twice then succeeds.

Out of scope: a manual "resend" button, and per-merchant retry settings. Please update docs/webhooks.md with the retry policy, since merchants read it.
"""
P(CO, D,
  "then 10, 20, 40 and 80 seconds, for at most 6 attempts in total.",
  "and doubling after each failure, for at most 12 attempts in total.",
  X, "numeric_conflict", "for at most 12 attempts in total",
  "Twelve attempts with doubling backoff from 5 seconds take far longer than the 5-minute limit in requirement 4; should I cap attempts so the 5 minutes hold, or keep 12 attempts and relax the time limit?",
  options=["keep the 5-minute limit and fewer attempts", "keep 12 attempts and drop the 5-minute limit"])


# ---------------------------------------------------------------------------
# sql
# ---------------------------------------------------------------------------

D = """\
Analytics request: monthly active users for the board deck

From: Farah (Finance)
To: Data team
Needed by: Wednesday 14:00, the deck goes to the printer that evening

Hi all, for the Q2 board deck I need monthly active users (MAU) for each month from January 2023 through June 2024, split by platform. Last year someone computed this by hand in a spreadsheet and the numbers didn't match what Product reported, so this time I'd like a SQL query we can keep and rerun.

Schema (Postgres analytics replica, schema `app`):
- app.users(id bigint, created_at timestamptz, country char(2), is_internal boolean, deleted_at timestamptz null)
- app.events(id bigint, user_id bigint, event_type text, platform text, occurred_at timestamptz)
  platform is one of 'ios', 'android', 'web'.
  event_type values include 'session_start', 'screen_view', 'purchase', 'push_received', 'email_open' and a dozen others. push_received and email_open are logged by our servers when we send something, whether or not the person opens the app.

Definition to use (agreed with Product last week, please stick to it exactly):
A user is active in a month if they have at least one 'session_start' event in that month. Months are calendar months in UTC. A user active on two platforms in the same month counts once in each platform's number, and once in the total, so the platform numbers can add up to more than the total; that's expected and I'll footnote it.

Exclusions:
- Internal users (is_internal = true) are excluded.
- Users who have since deleted their account (deleted_at not null) are still counted for the months in which they were active; we report history as it happened.

Output I need:
One result set with columns month (date, first day of the month), platform ('ios', 'android', 'web' or 'all'), mau (integer), ordered by month then platform. That's 18 months x 4 rows = 72 rows. Please send me both the query (as a .sql file in the analytics-queries repo under board/mau.sql) and the result as a CSV attached to your reply.

If you think the query will be slow on the replica (events is about 2.1 billion rows), feel free to restrict the scan to occurred_at between 2023-01-01 and 2024-07-01 and to event_type = 'session_start' up front; there's an index on (event_type, occurred_at).

Thanks!
Farah
"""
P(SQ, D,
  "A user is active in a month if they have at least one 'session_start' event in that month. Months are calendar months in UTC.",
  "Months are calendar months in UTC.",
  M, "metric_definition_unstated", "Definition to use (agreed with Product last week, please stick to it exactly):",
  "What makes a user active in a month: at least one session_start event, or any event (which would include server-logged push_received and email_open)?",
  options=["at least one session_start", "any event", "any event except push_received and email_open"])
B(SQ, D,
  "One result set with columns month (date, first day of the month), platform ('ios', 'android', 'web' or 'all'), mau (integer), ordered by month then platform. That's 18 months x 4 rows = 72 rows.",
  "One result set with columns month (date, first day of the month), platform ('ios', 'android', 'web' or 'all'), mau (integer), ordered by month then platform. That's 18 months x 4 rows = 72 rows. And please make sure the three platform rows add up exactly to the 'all' row each month, since the board always checks that the parts sum to the total.",
  X, "conflicting_requirements", "make sure the three platform rows add up exactly to the 'all' row each month",
  "Users active on several platforms count once per platform and once in the total, so the platform rows can't sum to 'all'; should I keep that definition, or attribute each user to a single platform so the rows add up (and if so, which platform wins)?",
  options=["keep per-platform counting", "attribute each user to one platform"])

D = """\
Subject: Supplier ranking query for the H1 featured-placement program

Hi Jonah,

As you know, the ten suppliers with the highest revenue in the first half of the year get a featured slot on the homepage in Q3, and their account managers have already told them that. The contract says the ranking is computed from our order data, and two of the suppliers have asked to see how it was done (last year two of them tied to the cent at tenth place because they resell the same bundles, and it turned into a dispute), so I'd like it to be one clean, documented SQL query rather than a pivot table.

Relevant tables (MySQL 8, database `shop`):
- suppliers(id int, name varchar, status enum('active','paused','terminated'))
- products(id int, supplier_id int, title varchar)
- orders(id bigint, placed_at datetime, status enum('paid','cancelled','refunded','partially_refunded'), currency char(3))
- order_lines(id bigint, order_id bigint, product_id int, quantity int, unit_price_eur decimal(10,2))

Rules from the contract:
1. Revenue is the sum of quantity * unit_price_eur over order lines, in EUR. unit_price_eur is already converted at order time, so no currency handling is needed.
2. Only orders with status 'paid' or 'partially_refunded' count. For partially refunded orders we count the full amount; refunds are settled separately and don't affect the ranking.
3. The period is orders placed from 2024-01-01 00:00 up to but not including 2024-07-01 00:00, using placed_at as stored (it's in Europe/Amsterdam local time, which is what the contract means).
4. Suppliers with status 'terminated' are excluded from the ranking; paused suppliers are included.
5. If two or more suppliers tie exactly on revenue at the cut-off, they are ordered by the number of distinct orders they appear in (more is better), and if that still ties, all tied suppliers are included even if that makes the list longer than ten.

What I need back:
- The query, with a comment block at the top quoting rules 1-5, committed to reports/featured_h1_2024.sql.
- The result: rank, supplier id, supplier name, revenue (2 decimals) and distinct order count, as an XLSX file I can forward to the account managers. Please send it to me, not to the account managers directly, because I want to sanity-check it first.

I need it by Friday noon. Let me know if anything in the schema doesn't match what you see.

Thanks,
Mireille (Marketplace Ops)
"""
P(SQ, D,
  "5. If two or more suppliers tie exactly on revenue at the cut-off, they are ordered by the number of distinct orders they appear in (more is better), and if that still ties, all tied suppliers are included even if that makes the list longer than ten.\n",
  "5. Ties at the cut-off are handled as the contract's annex describes; I'll dig it out if you need it.\n",
  M, "tie_breaking_unstated", "Ties at the cut-off are handled as the contract's annex describes",
  "If suppliers tie on revenue at tenth place, how should the tie be broken: include all tied suppliers, break it by order count, or something else?",
  options=["include all tied suppliers", "break ties by distinct order count", "break ties by supplier id"])

D = """\
Request: Q3 sales by region for the quarterly business review

Context for whoever picks this up: Northwind Outdoor's fiscal year starts on 1 February, so our fiscal quarters are Feb-Apr (Q1), May-Jul (Q2), Aug-Oct (Q3) and Nov-Jan (Q4). Finance and the regional directors always talk in fiscal quarters. Fiscal years are named by the calendar year in which they end, so FY2025 runs from 1 Feb 2024 to 31 Jan 2025.

I need a query against the warehouse (Snowflake, database ANALYTICS, schema SALES) that produces net sales by region and month for fiscal Q3 of FY2025, that is August, September and October 2024, plus the quarter total per region.

Tables:
- SALES.ORDER_HEADER (ORDER_ID, STORE_ID, ORDER_TS TIMESTAMP_NTZ in store-local time, CHANNEL in ('store','online'), STATUS)
- SALES.ORDER_LINE (ORDER_ID, LINE_NO, SKU, QTY, NET_AMOUNT_USD)  -- NET_AMOUNT_USD is after discounts, before tax
- SALES.RETURNS (ORDER_ID, LINE_NO, RETURN_TS, QTY, REFUND_AMOUNT_USD)
- SALES.STORE (STORE_ID, REGION, OPENED_ON, CLOSED_ON)
Online orders are assigned to STORE_ID 900 (region 'ONLINE').

Definitions:
- Net sales = sum of NET_AMOUNT_USD for orders with STATUS = 'COMPLETE', minus REFUND_AMOUNT_USD for returns with RETURN_TS in the same period, regardless of when the original order was placed. This is how finance books it.
- Assign a month by ORDER_TS for sales and by RETURN_TS for returns.
- Include stores that closed during the quarter for the days they were open; exclude nothing else.

Output:
Columns REGION, MONTH (first day of month, DATE), NET_SALES_USD rounded to whole dollars, and a QUARTER_TOTAL row per region where MONTH is null. Order by region, with the total row last in each region. Ten regions plus ONLINE, so 44 rows.

Please put the SQL in a Snowflake worksheet shared with me (Gabriel Mensah) and paste the results into the QBR workbook, tab "Q3 regions", starting at cell B4. The QBR is Thursday; I need it Tuesday so I can write the commentary.
"""
P(SQ, D,
  "that produces net sales by region and month for fiscal Q3 of FY2025, that is August, September and October 2024, plus the quarter total per region.",
  "that produces net sales by region and month for Q3 2024, plus the quarter total per region.",
  A, "period_ambiguous", "for Q3 2024",
  "Does Q3 2024 mean calendar Q3 (July-September 2024) or fiscal Q3 of FY2025 (August-October 2024), or fiscal Q3 of FY2024 (August-October 2023)?",
  options=["calendar Q3: Jul-Sep 2024", "fiscal Q3 FY2025: Aug-Oct 2024", "fiscal Q3 FY2024: Aug-Oct 2023"])

D = """\
Cleanup task: merge duplicate customer records before the CRM migration

Background
We're moving from our home-grown CRM (Postgres 13, database crm_legacy) to HubSpot at the end of the month. The import tool treats e-mail as the unique key and rejects the whole batch if two records share an address, so we have to deduplicate first. A quick check found 3,418 e-mail addresses that appear on more than one row of customers, mostly from the 2019 web-form bug that created a new customer on every submission.

Tables
- customers(id serial primary key, email text, full_name text, phone text, created_at timestamptz, updated_at timestamptz, source text)
- orders(id, customer_id references customers(id), ...)
- notes(id, customer_id references customers(id), body text, created_at)
- subscriptions(id, customer_id references customers(id), plan, status)
E-mail comparisons should be case-insensitive and ignore surrounding whitespace: lower(trim(email)).

What the script must do
1. For every group of rows sharing lower(trim(email)), choose one survivor: the row with the earliest created_at, and if created_at is identical (the bug sometimes created two rows in the same transaction), the lowest id.
2. Before deleting anything, fill in blanks on the survivor from the other rows: if the survivor's full_name or phone is null or an empty string, take the value from the most recently updated duplicate that has one.
3. Repoint orders, notes and subscriptions from the duplicates to the survivor.
4. Delete the duplicates.
5. Write every merge into a new table customer_merges(survivor_id, merged_id, merged_at) so that support can trace old ids mentioned in e-mails.

Constraints
- Plain SQL that I can run in psql, in a single transaction, so that a failure rolls everything back. No PL/pgSQL functions left behind afterwards (a DO block is fine).
- It will be run first against the staging copy (crm_staging, restored from last night's backup), then, after I've compared counts, against production during the Saturday maintenance window.
- Print (RAISE NOTICE or a final SELECT) the number of groups merged, rows deleted and rows repointed per table.
- Afterwards, add a unique index on lower(trim(email)) so this can't happen again. The web form is fixed already.

Please also give me three sanity-check queries I can run before committing: no remaining duplicate e-mails, no orphaned orders/notes/subscriptions, and the total number of orders unchanged.
"""
P(SQ, D,
  "choose one survivor: the row with the earliest created_at, and if created_at is identical (the bug sometimes created two rows in the same transaction), the lowest id.",
  "choose one survivor.",
  M, "selection_rule_unstated", "choose one survivor.",
  "Which row in each duplicate group should survive: the earliest created_at, the most recently updated, or the lowest id?",
  options=["earliest created_at", "most recently updated_at", "lowest id"])

D = """\
Migration plan: replacing orders.shipping_address (text) with a structured address

Owner: Kemal Yilmaz
Database: Postgres 15, primary + 2 streaming replicas, orders table about 62 million rows, 400 writes/second at peak.
Application: Django monolith "storefront", deployed several times a day with rolling restarts, so for a few minutes two app versions always run side by side.

Goal
orders.shipping_address is one free-text column. The new fulfilment partner needs separate street, postal code, city and country fields. We'll add a new table order_addresses(order_id bigint primary key references orders(id), street text, postal_code text, city text, country char(2), raw text) and move the data there.

Principles for this migration
- No downtime and no long locks on orders. Every DDL statement must take at most a brief lock; set lock_timeout = '3s' in each migration and retry rather than queue behind long transactions.
- Every step must be reversible until we explicitly decide to finish. In particular, orders.shipping_address stays in place, and the app keeps writing it, until the release after the one that switches reads to order_addresses, so that rolling back one release never loses addresses.

Steps
1. Release A: create order_addresses (empty). The app starts dual-writing: every order insert or address update writes both the old column and a new order_addresses row, parsing the text with the existing parse_address() helper; unparseable addresses get only raw filled in.
2. Backfill: a management command that walks orders by id in batches of 5,000, inserts order_addresses rows with ON CONFLICT (order_id) DO NOTHING, sleeps 200 ms between batches, and logs progress. It must be safe to stop and restart.
3. Verify: a query that counts orders without an order_addresses row (must be 0) and a sample of 1,000 random orders comparing raw to shipping_address.
4. Release B: reads switch to order_addresses. Writes still go to both.
5. Release C, at least one week after B: stop writing shipping_address, then drop the column in a separate migration.

What I need from you
Write the Django migrations for steps 1 and 5 (step 5's drop as its own migration file), the backfill management command for step 2, and the verification SQL for step 3. For release B, just list the code paths that read shipping_address (grep the repo) so that I can plan that PR. Put a short README section in docs/migrations/2024-order-addresses.md describing the order of operations and the rollback for each step.
"""
P(SQ, D,
  "For release B, just list the code paths that read shipping_address (grep the repo) so that I can plan that PR.",
  "For release B, just list the code paths that read shipping_address (grep the repo) so that I can plan that PR. To keep the number of releases down, please also fold the column drop into the release A migration, right after creating the new table.",
  X, "conflicting_requirements", "fold the column drop into the release A migration",
  "Dropping shipping_address in release A contradicts keeping it until a week after release B for rollback safety; should the drop stay as a separate step-5 migration, or really go into release A?",
  options=["keep the drop in release C", "drop it in release A"])

D = """\
From: Ines Carvalho (Head of Customer Success)
To: Analytics
Subject: churn list for the win-back campaign

Hi team,

We're launching a win-back e-mail campaign on the 1st and I need the list of churned customers from our subscription database so the marketing tool can import it. A couple of notes so you don't have to guess:

By churned I mean a customer whose subscription was cancelled: they have at least one row in subscriptions with status = 'cancelled' and cancelled_at between 2024-01-01 and 2024-06-30, and they don't currently have any subscription with status 'active' or 'trialing' (some people cancel one plan and start another; those aren't churned).

The schema (Postgres, read replica, schema billing):
- billing.customers(id, email, first_name, country, marketing_opt_in boolean, created_at)
- billing.subscriptions(id, customer_id, plan_code, status in ('trialing','active','past_due','cancelled'), started_at, cancelled_at)
- billing.invoices(id, customer_id, amount_cents, paid_at)

Other rules:
1. Only customers with marketing_opt_in = true. This is a legal requirement, please double-check it.
2. Exclude customers in country 'DE' and 'AT'; the German team runs its own campaign.
3. Include the plan_code of the most recently cancelled subscription and the total they've ever paid (sum of amount_cents over paid invoices, in euros with two decimals) because we segment the e-mail by plan and value.
4. One row per customer.

Format: CSV with a header row, UTF-8, comma-separated, columns email, first_name, last_plan, lifetime_value_eur, cancelled_at (of that most recent cancellation, as YYYY-MM-DD). Please upload it to the shared drive folder Marketing/Campaigns/2024-07-winback and send me the SQL too so we can rerun it next quarter.

Deadline: Thursday end of day.

Oh, and one more thing: our board deck uses a different churn definition (no paid invoice in the last 90 days), so don't be surprised if your count doesn't match the board number. Ignore that one for this campaign.

Thanks!
Ines
"""
P(SQ, D,
  "Oh, and one more thing: our board deck uses a different churn definition (no paid invoice in the last 90 days), so don't be surprised if your count doesn't match the board number. Ignore that one for this campaign.",
  "Oh, and one more thing on the definition, since our board deck uses a different one: for this campaign, treat someone as churned if they haven't paid an invoice in the last 90 days, whatever their subscription status says, because that's the number the board sees.",
  X, "conflicting_definitions", "treat someone as churned if they haven't paid an invoice in the last 90 days, whatever their subscription status says",
  "Which churn definition should the list use: a subscription cancelled in H1 2024 with no active or trialing subscription, or no paid invoice in the last 90 days?",
  options=["cancelled subscription in H1 2024, none active", "no paid invoice in the last 90 days"])

D = """\
DBA ticket DB-1187: add the missing foreign key on order_items.order_id

Environment: MySQL 8.0.36 (InnoDB), primary in eu-west-1 with one read replica; the table order_items has about 140 million rows and gets roughly 150 inserts per second during the day. Schema changes on large tables go through gh-ost, which is installed on the bastion host (see the runbook "Online schema changes with gh-ost" in Confluence).

Why
order_items.order_id was never declared as a foreign key to orders.id; the original developers relied on the application. The finance reconciliation found order_items rows whose order no longer exists. We want the database to enforce the relationship from now on.

What we know
- SELECT count(*) FROM order_items oi LEFT JOIN orders o ON o.id = oi.order_id WHERE o.id IS NULL returns 1,204 rows. They all date from March 2019, when a bug in the order-cancellation job deleted orders without deleting their items. Finance has confirmed they're junk and don't need to be kept anywhere; delete them.
- There is already a secondary index on order_items(order_id), so adding the constraint won't need a new index.
- orders.id is BIGINT UNSIGNED and order_items.order_id is BIGINT (signed). The types must match for the FK, so the column has to become BIGINT UNSIGNED as part of this change. All existing values are positive.

What I'd like you to prepare (don't run anything against production yourself; I'll execute during the Tuesday 06:00-07:00 UTC window):
1. The SQL to deal with the orphaned rows in batches of 500 with a short pause, so the replica doesn't lag.
2. The gh-ost command line to change order_id to BIGINT UNSIGNED NOT NULL and add CONSTRAINT fk_order_items_order FOREIGN KEY (order_id) REFERENCES orders(id) ON DELETE RESTRICT. Note that gh-ost has limitations around foreign keys; check its documentation and if it can't add the constraint, split the change: type change via gh-ost, then the constraint with a plain ALTER TABLE using ALGORITHM=INPLACE, and tell me how long a lock that takes.
3. A pre-check query and a post-check query I can paste into the change record.
4. A rollback plan for each step.

Also, once it's in, the order-cancellation job will start failing if it still deletes orders before their items. It doesn't anymore (fixed in 2019), but please grep services/orders for any other "DELETE FROM orders" and list what you find.

Please attach everything to this ticket by Monday evening.
"""
P(SQ, D,
  " Finance has confirmed they're junk and don't need to be kept anywhere; delete them.",
  " Finance has been told about them and is looking at their own records.",
  M, "data_handling_unstated", "1. The SQL to deal with the orphaned rows",
  "What should happen to the 1,204 orphaned order_items rows: delete them outright, copy them to an archive table first, or keep them some other way?",
  options=["delete them outright", "copy to an archive table, then delete"])

D = """\
Hi Paulo,

Could you put together the numbers for the "basket size" slide in next week's trading update? Tiago asked for average order value (AOV) per country for the last full calendar quarter (Q2 2024: April to June), compared with the same quarter last year.

Where the data is: the BigQuery dataset shop_prod, tables
- orders(order_id STRING, customer_id STRING, country STRING, created_at TIMESTAMP, status STRING, currency STRING, total_amount NUMERIC, shipping_amount NUMERIC, tax_amount NUMERIC)
- fx_daily(date DATE, currency STRING, rate_to_eur NUMERIC)
We sell in EUR, GBP, SEK, DKK, PLN and CHF, and total_amount is in the order's own currency.

How to compute it:
- AOV = average over orders of (total_amount - shipping_amount - tax_amount), i.e. goods value only.
- Convert each order to EUR first with the fx_daily rate for the order's created_at date (in UTC), and average the EUR amounts. Don't average in local currency and convert afterwards; the rate moved a lot between the two years and Tiago wants like-for-like euros.
- Orders with status 'cancelled' or 'test' are excluded. Everything else counts, including orders that were later partially refunded.
- Country is the shipping country in the orders table, as stored. There are a few orders with country NULL (marketplace imports); put them in a separate "Unknown" row rather than dropping them.

Output: a small table with country, AOV Q2 2024 (EUR), AOV Q2 2023 (EUR), the change in percent with one decimal, and the number of orders in each quarter so people can see which countries are noisy. Sort by Q2 2024 order count, largest first. A Google Sheet is fine; share it with me and Tiago (tiago.alves@corvina.pt), edit rights for me, comment rights for him.

He wants the query too, so please paste it into a second tab.

I need it by Monday 10:00 if at all possible; the slides lock at noon.

Thanks!
Sofia
"""
P(SQ, D,
  "- Convert each order to EUR first with the fx_daily rate for the order's created_at date (in UTC), and average the EUR amounts. Don't average in local currency and convert afterwards; the rate moved a lot between the two years and Tiago wants like-for-like euros.\n",
  "",
  M, "currency_conversion_unstated", "AOV Q2 2024 (EUR), AOV Q2 2023 (EUR)",
  "How should non-EUR orders be converted: each order at the fx_daily rate of its own date before averaging, or averaged in local currency and converted at one rate (e.g. the quarter average)?",
  options=["per-order rate on the order date", "average in local currency, then convert at the quarter-average rate"])

D = """\
Spec: nightly archiving job for closed support tickets

The helpdesk database (Postgres 14, database helpdesk) has grown to 380 GB, mostly in tickets and ticket_messages. Agents only ever look at open tickets and tickets closed in the last year, and the search page is slow because of the old rows. We want to move old closed tickets to an archive schema on the same server, where the reporting team can still query them.

Tables involved
- tickets(id bigint, customer_id, subject, status in ('open','pending','solved','closed'), created_at, updated_at, closed_at timestamptz null)
- ticket_messages(id bigint, ticket_id, author_id, body, created_at)
- ticket_tags(ticket_id, tag)
Note: updated_at changes whenever anything touches a ticket, including our nightly CSAT survey job, which updates many old tickets; it's useless as an age signal.

The job
1. Select tickets with status = 'closed' and closed_at older than 365 days at the time the job runs.
2. For each batch of 2,000 such tickets, in one transaction: copy the tickets, their messages and their tags to archive.tickets, archive.ticket_messages and archive.ticket_tags (same column definitions; create them once with CREATE TABLE ... (LIKE ... INCLUDING ALL)), then delete them from the live tables, messages and tags first.
3. Log per run: number of tickets archived, duration, and any batch that failed. A failed batch rolls back and the job continues with the next one.
4. Run nightly at 02:30 Europe/Dublin via pg_cron, which is already installed, as the role archiver. Give that role only the privileges it needs.
5. The first run will have about 9 million tickets to move. That's too much for one night; cap each run at 150 batches and let the backlog drain over a few nights.

Also required
- A view public.all_tickets that unions live and archived tickets, for the reporting team.
- The archive tables must not be writable by the application role helpdesk_app.
- Tickets can be reopened; a reopened ticket gets status 'open' and closed_at null. Archived tickets can't be reopened from the UI, which product accepted.

Deliverable: one SQL file (migrations/2024_07_archive.sql) creating the schema, tables, role, grants, the archiving function and the pg_cron schedule, plus a short note on how to pause the job.
"""
P(SQ, D,
  "1. Select tickets with status = 'closed' and closed_at older than 365 days at the time the job runs.",
  "1. Select tickets with status = 'closed' that are more than a year old at the time the job runs.",
  A, "reference_column_ambiguous", "that are more than a year old",
  "Should a ticket's age be measured from closed_at or from created_at (updated_at being unusable)?",
  options=["closed_at", "created_at"])

D = """\
Subject: RE: RE: audit request 7 - journal entries export

From: Hélène Marchand (Group Controller)
To: Data Platform
Cc: Mark Delaney (Internal Audit), Mark Osei (external audit lead, Brightwater & Co.)

Hi,

Thanks for the quick turnaround on requests 1 to 6. Request 7 is the last one for this year's audit, and it's the big one: the auditors want every manual journal entry posted in FY2023 so they can run their own journal-entry testing.

Source: the ERP reporting database (SQL Server 2019, database erp_rpt, read-only login already set up for you).
- gl.journal_header(je_id, company_code, posting_date, entry_date, created_by, approved_by, source, description, reversal_of_je_id)
- gl.journal_line(je_id, line_no, account_no, debit_amount, credit_amount, currency, cost_center)
- gl.account(account_no, account_name, account_type)
source is 'MANUAL' for manual entries; everything else ('AP', 'AR', 'PAYROLL', ...) is system-generated and out of scope.

Scope: all company codes, posting_date from 2023-01-01 to 2023-12-31 inclusive, source = 'MANUAL', including reversals (reversal_of_je_id not null) and the entries they reverse, even if the reversed entry was posted in 2022.

Format: one row per journal line, with all header columns repeated on each line plus account_name and account_type joined in. Pipe-delimited text file, UTF-8, header row, amounts with two decimals and a dot as decimal separator, dates as YYYY-MM-DD. Also a control totals file: number of entries, number of lines, sum of debits and sum of credits per company code. The debits and credits must balance per entry; if any entry doesn't balance, list those je_ids in a separate file rather than silently dropping them.

Delivery: please send the files to Mark Osei at Brightwater through the secure file-transfer portal (not e-mail; they're over the attachment limit anyway and contain salary accruals). Mark Delaney doesn't need a copy; he'll see them in the audit workspace. Copy me on the portal notification.

Please also save the exact query you used in the audit evidence folder (\\\\fin-share\\audit\\FY2023\\request-07) so that we can show how the population was extracted.

The auditors' fieldwork starts on the 15th, so we need it by the 12th at the latest.

Many thanks,
Hélène
"""
P(SQ, D,
  "please send the files to Mark Osei at Brightwater through the secure file-transfer portal (not e-mail; they're over the attachment limit anyway and contain salary accruals). Mark Delaney doesn't need a copy; he'll see them in the audit workspace.",
  "please send the files to Mark through the secure file-transfer portal (not e-mail; they're over the attachment limit anyway and contain salary accruals).",
  A, "recipient_two_candidates", "send the files to Mark through the secure file-transfer portal",
  "Which Mark should receive the files: Mark Osei (external auditor at Brightwater) or Mark Delaney (Internal Audit)?",
  options=["Mark Osei (Brightwater)", "Mark Delaney (Internal Audit)", "both"])

D = """\
Performance ticket PERF-77: the "My orders" page times out for big B2B customers

Stack: Postgres 16 on a db.r6g.2xlarge (8 vCPU, 64 GB), Rails app. orders has 95 million rows and takes about 1,200 inserts and 3,000 updates per second at peak (status changes, tracking updates), which is why the DBA team is strict about indexes on it.

The slow query (from pg_stat_statements, mean 8.4 s, called ~40k times a day):

    SELECT id, placed_at, status, total_cents, currency
    FROM orders
    WHERE customer_id = $1 AND status <> 'draft'
    ORDER BY placed_at DESC
    LIMIT 25 OFFSET $2;

Existing indexes on orders: primary key (id); orders_customer_id_idx (customer_id); orders_placed_at_idx (placed_at); orders_status_idx (status); plus four others used by the warehouse sync.

EXPLAIN (ANALYZE, BUFFERS) for customer 88121, who has 410,000 orders, shows a Bitmap Heap Scan on orders_customer_id_idx, then a sort of all 410,000 rows, and it reads about 300,000 heap pages because the rows are scattered.

What the DBA team has agreed (thread with Ravi, 3 July):
- We may add one new index on orders, as long as we drop an existing one at the same time so the write amplification stays the same. Ravi confirmed orders_customer_id_idx can go, since a new index starting with customer_id covers its use.
- Build it with CREATE INDEX CONCURRENTLY, and drop the old one with DROP INDEX CONCURRENTLY only after the new one is valid.
- A partial index is fine if it helps.

Also on the table: the app pages with OFFSET, so page 400 for customer 88121 still reads 10,000 index entries. Product agreed that the "My orders" page can switch to keyset pagination ("load more" button, passing the last placed_at and id), since nobody jumps to page 400 anyway.

What to deliver:
1. The index DDL (and the drop), with your reasoning in a comment, and the expected plan.
2. The rewritten query using keyset pagination, plus the Rails change in app/queries/customer_orders_query.rb and the controller param handling.
3. EXPLAIN ANALYZE output for customer 88121, first page and a deep page, run on the staging copy (refreshed nightly from production) before and after.
4. A note for the runbook on how to roll back.

Target: under 50 ms for any page for any customer. Please don't touch the other indexes.
"""
P(SQ, D,
  "- A partial index is fine if it helps.",
  "- A partial index is fine if it helps.\n- To be safe, keep orders_customer_id_idx as well; some reporting jobs might still rely on it and we don't have time to check them all.",
  X, "conflicting_requirements", "keep orders_customer_id_idx as well",
  "The agreement allows one new index only if an existing one is dropped, but this line says to keep orders_customer_id_idx; should I drop it as Ravi confirmed, or keep it and accept an extra index on orders?",
  options=["drop orders_customer_id_idx", "keep it and add the new index anyway"])

D = """\
Analytics spec: sessionized web traffic table (BigQuery)

Owner: Growth analytics
Consumers: the acquisition dashboard in Looker, and the weekly funnel report

We currently compute "sessions" in three different places (GA4 exports, a Looker derived table and a notebook), and they disagree by up to 20%. This spec defines one table, analytics.web_sessions, that everybody will use.

Input
analytics.raw_pageviews, partitioned by DATE(event_ts), about 30 million rows a day:
- anonymous_id STRING (first-party cookie, always present)
- user_id STRING (null until the visitor logs in)
- event_ts TIMESTAMP (UTC)
- page_path STRING, referrer STRING, utm_source STRING, utm_medium STRING, utm_campaign STRING

Rules
1. Sessions are built per anonymous_id. Once a session contains a pageview with a non-null user_id, set the session's user_id to the first non-null value seen in it.
2. A new session starts on the first pageview of an anonymous_id, and whenever more than 30 minutes have passed since that anonymous_id's previous pageview. Exactly 30 minutes does not start a new session.
3. Sessions do not break at midnight. A session that starts at 23:50 UTC and continues to 00:20 belongs to the date it started.
4. The session's traffic source comes from its first pageview: utm_source/medium/campaign if present; otherwise, if the referrer's host is not our own domain (shop.lumen.example), 'referral' with the referrer host as source; otherwise 'direct'.
5. session_id = TO_HEX(MD5(CONCAT(anonymous_id, CAST(UNIX_MICROS(first event_ts) AS STRING)))).

Output columns
session_id, anonymous_id, user_id, session_date (DATE, UTC, of the first pageview), started_at, ended_at, pageviews (INT64), landing_page, source, medium, campaign.

Build
- A scheduled query that runs daily at 03:00 UTC and rebuilds the previous day's partition of analytics.web_sessions. Because of rule 3, it has to read the previous day plus the first hour of the current day, and must only emit sessions that start on the previous day.
- Partition web_sessions by session_date and cluster by source, medium.
- Also give me a one-off backfill statement for 2024-01-01 through yesterday, done in monthly chunks to keep the slot usage sane.

Please include a validation query comparing daily session counts with GA4's sessions metric for the last 30 days; we expect our number to be within 5-10% and I'd like to see it before we switch Looker over.
"""
P(SQ, D,
  "2. A new session starts on the first pageview of an anonymous_id, and whenever more than 30 minutes have passed since that anonymous_id's previous pageview. Exactly 30 minutes does not start a new session.",
  "2. A new session starts on the first pageview of an anonymous_id, and whenever the visitor has been inactive for too long since the previous pageview.",
  A, "threshold_vague", "whenever the visitor has been inactive for too long",
  "What inactivity gap should end a session: 30 minutes (as GA does), or a different threshold?",
  options=["30 minutes", "15 minutes", "60 minutes"])
B(SQ, D,
  "Because of rule 3, it has to read the previous day plus the first hour of the current day, and must only emit sessions that start on the previous day.",
  "Because of rule 3, it has to read the previous day plus the first hour of the current day, and must only emit sessions that start on the previous day. For the dashboard's daily numbers, though, please cut every session at midnight UTC and count the part after midnight as a new session on the next day.",
  X, "conflicting_requirements", "please cut every session at midnight UTC and count the part after midnight as a new session on the next day",
  "Rule 3 says sessions don't break at midnight, but the build section now asks to cut them at midnight UTC; which should web_sessions do?",
  options=["don't break at midnight (rule 3)", "split sessions at midnight UTC"])

D = """\
Fraud ops request: flag likely double charges

From: Kwame Mensah, Payments Risk
To: Data team

Hi, we keep getting chargebacks where a customer was charged twice for the same thing, usually because they pressed "Pay" twice on a slow connection, or our mobile app retried a timed-out request without an idempotency key (fixed in app version 7.4, but older versions are still out there). I'd like a query we can run every morning to find yesterday's likely duplicates so the support team can refund them before the customer disputes the charge.

Data (Postgres, payments replica):
- charges(id uuid, customer_id bigint, card_fingerprint text, merchant_id bigint, amount_minor bigint, currency char(3), status text, created_at timestamptz, app_version text null)
- refunds(id uuid, charge_id uuid, amount_minor bigint, created_at timestamptz)
status is 'succeeded', 'failed' or 'pending'. card_fingerprint identifies the physical card across customers.

What counts as a likely duplicate:
- Two or more succeeded charges with the same card_fingerprint, the same merchant_id, the same amount_minor and currency,
- created within 120 seconds of each other (measured between consecutive charges in the group, so three charges 90 seconds apart form one group of three),
- where none of the charges in the group has been refunded in full already.

Output: one row per group, with the card fingerprint, merchant_id, amount, currency, the number of charges, the list of charge ids in created_at order (array or comma-separated), the first and last created_at, and whether any charge in the group came from an app version below 7.4. The first charge in each group is the legitimate one; support refunds the others, so please add a column with the ids to refund (all but the earliest).

"Yesterday" means the previous calendar day in Europe/London time, since that's where the support team works; created_at is stored in UTC. A group that straddles midnight belongs to the day of its first charge.

Please give me the query as a file I can paste into Metabase as a native question with no parameters (it should always compute yesterday itself). I'll set up the daily e-mail to support from Metabase myself.

Not in scope: partial refunds, disputes, or trying to catch duplicates across different amounts (e.g. the customer changed the tip). Those go to manual review anyway.

Thanks, Kwame
"""
P(SQ, D,
  "- created within 120 seconds of each other (measured between consecutive charges in the group, so three charges 90 seconds apart form one group of three),",
  "- created close together in time,",
  A, "threshold_vague", "created close together in time",
  "How close together must the charges be to count as duplicates: within 60 seconds, 120 seconds, 10 minutes, and measured between consecutive charges or from the first one?",
  options=["within 60 seconds", "within 120 seconds", "within 10 minutes"])

OK(SQ, """\
Migration request: convert money columns from double precision to numeric

Database: Postgres 15, database invoicing, about 4 million invoices and 22 million invoice_lines. Maintenance window available: Sunday 01:00-05:00 Europe/Berlin; the app can be put into read-only mode for that window with the INVOICING_READONLY feature flag, and finance has agreed to that.

Problem
When the invoicing service was written in 2016, someone used double precision for every amount. We now see one-cent differences between invoice totals and the sum of their lines on about 0.3% of invoices, and the tax auditors noticed. All amounts are in euros with at most two decimals by business rule.

Columns to convert
- invoices.net_total, invoices.tax_total, invoices.gross_total
- invoice_lines.unit_price, invoice_lines.quantity, invoice_lines.line_net, invoice_lines.tax_rate
- credit_notes.amount

Target types: numeric(14,2) for every amount; numeric(12,3) for invoice_lines.quantity (we sell by the kilogram, with three decimals); numeric(5,4) for invoice_lines.tax_rate (e.g. 0.1900).

Conversion rule: round half away from zero to the target scale, which is what Postgres's round() does for numeric, so cast to numeric first and then round: round(col::numeric, 2). Do not try to "repair" the one-cent differences in this migration. The totals are legal documents as issued; finance will handle the discrepancies with credit notes if needed. After the conversion, run a report listing invoices where gross_total differs from the sum of line_net plus tax_total, so that finance has the list.

Deliverables
1. A single SQL migration file using ALTER TABLE ... ALTER COLUMN ... TYPE ... USING ..., one ALTER TABLE per table with all its columns in it, so each table is rewritten once. Wrap each table in its own transaction and set lock_timeout to 10s.
2. An estimate of how long the rewrite takes. Test it on the staging server (restored from Friday's backup), and tell me the actual timings and the disk space needed; the rewrite needs roughly the table size in free space.
3. The discrepancy report query, writing its result to a CSV.
4. A check that the views invoice_summary and monthly_revenue still work after the type change (they may need to be dropped and recreated; include that in the migration if so).
5. The matching change to the SQLAlchemy models in invoicing/models.py (Float to Numeric(14, 2) etc., with asdecimal=True), as a separate PR that I'll deploy right after the migration.

Please have it ready for review by Thursday so we can do a dry run on staging on Friday.
""")


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

D = """\
Pipeline spec: partner lead files into the marketing lake

Owner: Marketing data engineering
Orchestrator: Airflow 2.8 (our MWAA environment), Python 3.11 operators
Storage: S3 bucket acme-mkt-lake, Glue catalog, queried with Athena

Summary
Three lead-generation partners (Brightlead, Quorra and OfferNest) drop CSV files of leads on our SFTP server every night. Today somebody downloads them by hand on Monday mornings. We want a daily DAG that lands them in the lake as Parquet so marketing can query leads the morning after they arrive.

Source
- SFTP host sftp.acme.example, one directory per partner: /inbound/brightlead, /inbound/quorra, /inbound/offernest. Credentials are in AWS Secrets Manager under mkt/sftp.
- File names look like leads_YYYYMMDD.csv. Files are UTF-8, comma-separated, with a header row. Column sets differ slightly per partner; the mapping to our schema is in the table below (not reproduced here, it's in the Confluence page "Lead file mapping v2", which is current).
- A file can be re-uploaded later the same day with corrections, replacing the earlier one.

Target
- s3://acme-mkt-lake/leads/partner=<name>/dt=<YYYY-MM-DD>/part-*.parquet, with dt taken from the file name, registered as the Glue table mkt.partner_leads with partitions partner and dt.
- Columns: lead_id (partner's id, string), partner, created_at (timestamp, UTC), first_name, last_name, email_hash, phone_hash, country (ISO-2), consent_marketing (boolean), source_campaign, ingested_at.
- Personal data: the raw e-mail address and phone number must never be written to the lake. Normalize them first (e-mail lowercased and trimmed; phone in E.164 using the phonenumbers library with the lead's country as the default region), then store HMAC-SHA256 of the normalized value, keyed with the secret mkt/pii-hmac-key from Secrets Manager, as lowercase hex. The CRM team uses the same key and normalization, which is what lets them match leads to existing customers. Names are kept as they are.

Behaviour
- The DAG runs daily at 07:00 UTC and processes the files for the previous date. Rerunning a date overwrites that date's partition for that partner (idempotent).
- If a partner's file is missing at 07:00, the task for that partner waits (SFTP sensor, poke every 15 minutes) until 13:00 UTC, then fails and alerts; other partners are unaffected.
- Rows that fail validation (no lead_id, unparseable created_at, invalid country) go to s3://acme-mkt-lake/leads_rejected/ with a reason column, and the task logs the count. More than 5% rejected rows in one file fails the task.

Deliverables: the DAG file, a small transformation module with unit tests (pytest, no network), and the Glue table DDL. Alerts go to the existing Slack channel #mkt-data-alerts through our on_failure_callback helper.
"""
P(DA, D,
  "then store HMAC-SHA256 of the normalized value, keyed with the secret mkt/pii-hmac-key from Secrets Manager, as lowercase hex. The CRM team uses the same key and normalization, which is what lets them match leads to existing customers.",
  "then anonymize them appropriately before storing. The CRM team still needs to be able to use these columns.",
  A, "method_vague", "then anonymize them appropriately before storing",
  "How should e-mail and phone be anonymized so the CRM team can still match them: a keyed HMAC-SHA256 with the shared key, a plain SHA-256 hash, or masking?",
  options=["HMAC-SHA256 with the shared mkt/pii-hmac-key", "plain SHA-256", "masking (e.g. j***@example.com)"])
B(DA, D,
  "Alerts go to the existing Slack channel #mkt-data-alerts through our on_failure_callback helper.",
  "Alerts go to the existing Slack channel #mkt-data-alerts through our on_failure_callback helper. Since marketing wants to eyeball the raw leads in Athena, please also keep the original e-mail and phone columns next to the hashes.",
  X, "conflicting_requirements", "please also keep the original e-mail and phone columns next to the hashes",
  "The spec says raw e-mail and phone must never be written to the lake, but the last paragraph asks to keep them next to the hashes; which rule wins?",
  options=["hashes only, no raw PII", "keep raw columns as well"])

D = """\
Analysis request: 2024 employee engagement survey, headline results

From: Nadia Rahman, People Analytics
To: you

Hi! The engagement survey closed on Friday and I'd like you to produce the headline tables for the leadership summary. Everything you need is in the shared folder People/Survey2024:

- responses.csv: one row per respondent, 2,914 rows. Columns: respondent_id, department, country, tenure_band, manager_flag, q1 ... q24 (each 1-5 on an agree/disagree scale, blank if skipped), duration_seconds, weight.
- questions.csv: question id, text, and the theme it belongs to (six themes, e.g. "Growth", "Wellbeing").
- last_year_headlines.xlsx: last year's published numbers.

How to compute things (same method as last year, so the numbers are comparable):
1. Favourability for a question = share of non-blank answers that are 4 or 5.
2. Theme favourability = the mean of its questions' favourability.
3. Use the weight column for everything. The survey over-represents head office, and the weights (computed by our vendor from the HR headcount per department and country) correct for that. Last year's numbers were weighted the same way.
4. Exclude respondents who answered fewer than half of the 24 questions, and speeders with duration_seconds under 120.
5. Never show a cell based on fewer than 10 respondents (after exclusions, unweighted count); show "n<10" instead. This is a confidentiality promise we made to employees.

Tables I need:
a) Overall favourability for each of the 24 questions and each theme, with last year's number and the change in percentage points.
b) Theme favourability by department (12 departments) and by tenure band (5 bands).
c) The three questions with the biggest increase and the three with the biggest decrease since last year.

Please put the tables in an Excel workbook, one sheet per table, percentages with no decimals, and send me the notebook you used so I can rerun it if the vendor sends corrected weights. Python or R is fine.

I present to the leadership team next Thursday, so ideally I'd have it by Tuesday.

Thanks a lot,
Nadia
"""
P(DA, D,
  "Please put the tables in an Excel workbook, one sheet per table, percentages with no decimals,",
  "Please report simple unweighted percentages everywhere; leadership found the weighting confusing last time. Put the tables in an Excel workbook, one sheet per table, percentages with no decimals,",
  X, "conflicting_requirements", "Please report simple unweighted percentages everywhere",
  "Rule 3 says to use the weight column for everything (to stay comparable with last year), but this asks for unweighted percentages; should the tables be weighted or unweighted?",
  options=["weighted, as last year", "unweighted"])
B(DA, D,
  "4. Exclude respondents who answered fewer than half of the 24 questions, and speeders with duration_seconds under 120.",
  "4. Exclude respondents who answered fewer than half of the 24 questions, and the speeders.",
  A, "threshold_vague", "and the speeders",
  "What completion time should mark a respondent as a speeder: under 120 seconds, under a third of the median, or another cut-off?",
  options=["under 120 seconds", "under a third of the median duration"])

D = """\
Spec: training/validation/test split for the churn model v3

Team: Customer ML
Data: the feature table ml.churn_features_v3 in our Databricks workspace (Delta), one row per customer per monthly snapshot. Columns: customer_id, snapshot_month (first day of the month), about 140 features, and the label churned_next_90d (0/1). There are 31 snapshot months, January 2022 through July 2024, and about 1.2 million customers, so roughly 26 million rows. A customer appears in up to 31 snapshots.

Why we're redoing the split
Model v2 looked great offline (AUC 0.91) and disappointing in production (0.78). The post-mortem found two leaks: the same customer appeared in train and test with adjacent monthly snapshots that are almost identical, and the test set contained months earlier than some training months, so the model effectively saw the future.

The v3 split (agreed in the design review)
- Split by time first: snapshots from January 2022 through December 2023 are available for training and validation; snapshots from January 2024 through April 2024 are the test set. May-July 2024 are excluded, because their 90-day labels aren't complete yet.
- Within the training period, hold out 15% of customers (not rows) as the validation set: hash customer_id with xxhash64 and put the customer in validation if the hash mod 100 is below 15. All snapshots of a validation customer go to validation.
- The test set contains every customer that has a test-period snapshot, including customers seen in training, because that's the production situation (we score existing customers every month). That's intentional and not a leak, since the time split keeps it honest.
- Class balance: about 4% positives. Don't resample or reweight in the split; the modelling notebook handles class weights.

Deliverable
A Databricks notebook (or a Python module plus a job, your choice) that writes three Delta tables ml.churn_v3_train, ml.churn_v3_valid and ml.churn_v3_test, plus a small markdown report with row counts, customer counts, positive rates per split and per month, and a check that no validation customer appears in train. Make it deterministic so that rerunning it gives identical tables.

Please have it ready for the modelling sprint that starts on the 19th.
"""
P(DA, D,
  "- Class balance: about 4% positives.",
  "- To keep things simple and comparable with v2, shuffle all rows and split them 70/15/15 at random into train, validation and test.\n- Class balance: about 4% positives.",
  X, "conflicting_requirements", "shuffle all rows and split them 70/15/15 at random into train, validation and test",
  "A random 70/15/15 row split contradicts the agreed time-based split with customer-level validation holdout; which split should I build?",
  options=["time split + customer-level holdout", "random 70/15/15 row split"])

D = """\
Request: checkout funnel numbers for the redesign retro

Hi,

We shipped the new one-page checkout on 3 June and the retro is on the 28th. I'd like a before/after comparison of the funnel, computed from our event data in the warehouse (Redshift, schema events).

Data
- events.sessions(session_id, anonymous_id, user_id null, started_at, device_type in ('desktop','mobile','tablet'), country)
- events.page_events(session_id, event_name, occurred_at). Relevant event names: 'cart_view', 'checkout_start', 'payment_submit', 'order_confirmed'.
- One person can have many sessions, and a purchase often happens in a different session from the first cart view (people come back). About 60% of orders come from returning sessions.

Periods
- Before: 6 May to 2 June 2024 (four full weeks).
- After: 10 June to 7 July 2024 (four full weeks; we skip the launch week because of the rollback on the 5th).
Both periods are Monday to Sunday in UTC.

Metrics
For each period, the number of sessions reaching each step, and the step-to-step rates: cart_view -> checkout_start -> payment_submit -> order_confirmed. A session reaches a step if it has at least one event of that name; count each session once per step even if the event fires several times.
Headline: checkout conversion rate, defined per session as sessions with order_confirmed divided by sessions with checkout_start. We use sessions rather than people because the redesign is about what happens inside one visit, and that's how the product team has always reported it.

Splits
The same table by device_type, because the redesign mostly targeted mobile.

Exclusions
Sessions from our office IPs are already filtered out upstream. Sessions with more than 200 events are bots; exclude them.

Output
A short Google Doc (two pages at most): the funnel table for both periods, the by-device table, the headline rate with the absolute and relative change, and one paragraph on caveats (seasonality between May and June, the launch-week gap). Plus the SQL in an appendix. Please don't do significance testing; Elena will do a proper analysis later, this is just for the retro.

Could you share it with me (Tomas) and Elena by the 26th? Thanks!
"""
P(DA, D,
  "Headline: checkout conversion rate, defined per session as sessions with order_confirmed divided by sessions with checkout_start. We use sessions rather than people because the redesign is about what happens inside one visit, and that's how the product team has always reported it.",
  "Headline: the checkout conversion rate, computed the usual way.",
  A, "metric_definition_ambiguous", "computed the usual way",
  "How should the headline checkout conversion rate be computed: per session (sessions with order_confirmed / sessions with checkout_start), or per person across sessions, since 60% of orders come from returning sessions?",
  options=["per session", "per person (anonymous_id/user_id)"])

D = """\
Spec: data-quality checks for the daily finance extract

Context
Every night at 01:00 UTC the job finance_extract (Dagster, in repo data-platform/pipelines/finance) copies yesterday's transactions from the payments database into the warehouse table fin.transactions_daily, which the finance team's reconciliation workbook reads at 08:00. Twice this quarter the extract silently produced a partial day (once because of a replica lag, once because a new currency code broke a cast), and finance only noticed at month end. We want automated checks after the load.

Checks (run as a Dagster asset check right after the load asset)
1. Row count: yesterday's row count must be at least 70% of the average row count of the same weekday over the previous four weeks. Fail below that.
2. Completeness: no null in transaction_id, amount_minor, currency, booked_at.
3. Uniqueness: transaction_id unique within the day's partition.
4. Currency: every currency code is in the reference table ref.currencies. Unknown codes fail the check and the message must list them.
5. Sum check: the sum of amount_minor per currency must match, to the unit, the totals in the source's daily_totals table for that date, which the payments team computes independently.
6. Freshness: the load must have finished by 03:00 UTC; if the check runs later than that, warn (not fail) and say how late.

On failure
- Mark the partition as failed in Dagster, so the downstream reconciliation asset doesn't run.
- Post a message to the Slack channel #fin-data-incidents, tagging @fin-data-oncall, with the check name, the date, the expected and actual values, and a link to the Dagster run. Use the existing slack_notify resource.
- Don't page anyone; finance starts at 08:00 and the on-call engineer checks the channel at 07:30.

Implementation notes
- Put the check logic in plain functions in finance/checks.py that take a DataFrame (or numbers) and return a result object, so they can be unit tested without a warehouse. The Dagster wiring should be thin.
- Thresholds (the 70% and the 03:00) should be in the asset's config, not hard-coded.
- Unit tests for each check, including an edge case for check 1 when fewer than four previous weeks exist (use whatever weeks exist; skip the check with a warning if there are none).

Please open the PR against main and add Joanna from finance as an optional reviewer so she can check the wording of the alerts.
"""
P(DA, D,
  "- Post a message to the Slack channel #fin-data-incidents, tagging @fin-data-oncall, with the check name, the date, the expected and actual values, and a link to the Dagster run. Use the existing slack_notify resource.",
  "- Notify people, with the check name, the date, the expected and actual values, and a link to the Dagster run.",
  M, "recipient_unstated", "Notify people, with the check name",
  "Where should failure notifications go: a Slack channel (which one, e.g. #fin-data-incidents), an e-mail to finance, or the on-call engineer directly?",
  options=["Slack #fin-data-incidents", "e-mail to the finance team", "the data on-call engineer"])

D = """\
Hi there,

I run operations for a chain of eleven physiotherapy clinics and I need help combining two exports so I can see which patients haven't come back after their initial assessment. I'm not technical, but our IT contractor said you can work with CSV files and give me back a spreadsheet. Both files are attached.

File 1: bookings_export.csv, from our booking system (ClinicFlow). One row per appointment, about 48,000 rows covering January 2023 to now. Columns: booking_ref, patient_no, clinic, appointment_date, appointment_type ("Initial assessment", "Follow-up", "Class"), status ("Attended", "Cancelled", "No-show").

File 2: patients_export.csv, from our billing system (PayPhysio). One row per patient, about 16,000 rows. Columns: account_id, first_name, last_name, email, phone, date_of_birth, referral_source.

The two systems were set up by different companies and don't share an ID. ClinicFlow's patient_no and PayPhysio's account_id are different numbers. Our contractor made a lookup file when we migrated, patient_id_map.csv (attached as well), with two columns, patient_no and account_id. Please use that to connect them. A few patients won't be in the map because they were added after the migration; list those separately, don't try to guess them from names.

What I want:
For every patient whose first attended "Initial assessment" was between 1 January and 30 June 2024, tell me whether they attended at least one "Follow-up" within 60 days after it. Cancelled and no-show appointments don't count as attending.

Please give me back one Excel file with:
- Sheet 1: one row per such patient with name, email, phone, clinic of the initial assessment, date of the initial assessment, referral source, and a column "Returned within 60 days" (Yes/No).
- Sheet 2: a summary by clinic and by referral source: number of new patients, number who returned, and the percentage.
- Sheet 3: the bookings I couldn't match to a patient, so I can fix them.

The percentages are the main thing; the Yes/No list goes to the clinic managers so they can phone people. Please don't e-mail the patient list anywhere else, it's confidential.

Thank you so much!
Joanne
"""
P(DA, D,
  "Our contractor made a lookup file when we migrated, patient_id_map.csv (attached as well), with two columns, patient_no and account_id. Please use that to connect them. A few patients won't be in the map because they were added after the migration; list those separately, don't try to guess them from names.",
  "You'll need to connect them somehow.",
  M, "join_key_unstated", "You'll need to connect them somehow.",
  "The bookings file has only ClinicFlow's patient_no and no names, so how should I link it to PayPhysio's account_id: is there a patient_no-to-account_id lookup file, or can you export bookings with patient names and dates of birth?",
  options=["a patient_no to account_id lookup file", "a bookings export with names and dates of birth"])

D = """\
Analysis request: onboarding checklist experiment (EXP-219)

Background
From 1 to 28 July we ran an A/B test on new sign-ups to the Tallyo mobile app. Control saw the current onboarding (three intro screens). Treatment saw the intro screens plus a five-item "get started" checklist on the home screen for the first week. Assignment was 50/50 at sign-up, by user_id, done server-side by our experimentation service, and logged in exp.assignments.

Data (BigQuery, project tallyo-prod):
- exp.assignments(user_id, experiment_id, variant in ('control','treatment'), assigned_at)
- app.events(user_id, event_name, event_ts, platform)
- app.subscriptions(user_id, started_at, plan, price_usd)
Relevant events: 'app_open', 'checklist_item_done', 'invoice_created', 'invoice_sent'.

What we want to know
The primary metric, agreed before launch and written in the experiment brief, is 7-day activation: the share of users who send at least one invoice (event 'invoice_sent') within 7 days of assigned_at. The decision to ship will be made on that metric alone.
Secondary metrics, for context only: day-7 retention (an app_open on day 7 after sign-up, counting sign-up as day 0), paid conversion within 14 days, and the number of invoices created in the first 7 days per user.

Method
- Analyse all assigned users (intention to treat), including people who never opened the app again.
- For the primary metric, a two-sided test of two proportions at alpha = 0.05, with a 95% confidence interval for the absolute difference. For secondaries, report the estimates and intervals but no pass/fail.
- Check the sample ratio (should be 50/50) with a chi-square test and say so clearly if it fails (p < 0.001); in that case stop and tell me before doing anything else.
- Users assigned after 21 July don't have a full 7 days within the data window for... actually they do, the data runs until 11 August. Use everyone assigned from 1 to 28 July.

Output
A notebook (Python, pandas + statsmodels or scipy) and a one-page summary I can paste into the experiment log: sample sizes, SRM check, primary result with CI, the secondary table, and a one-sentence recommendation (ship / don't ship / inconclusive) based only on the primary metric. Split by platform (iOS/Android) in an appendix table, no tests there.

I'd like it by the end of next week. Thanks!
"""
P(DA, D,
  "The primary metric, agreed before launch and written in the experiment brief, is 7-day activation: the share of users who send at least one invoice (event 'invoice_sent') within 7 days of assigned_at. The decision to ship will be made on that metric alone.\nSecondary metrics, for context only: day-7 retention",
  "The decision to ship will be made on the primary metric alone.\nOther metrics we look at: 7-day activation (the share of users who send at least one invoice within 7 days of assigned_at), day-7 retention",
  M, "primary_metric_unstated", "The decision to ship will be made on the primary metric alone.",
  "Which metric is the pre-registered primary metric for the ship decision: 7-day activation (invoice sent), day-7 retention, or 14-day paid conversion?",
  options=["7-day activation", "day-7 retention", "14-day paid conversion"])

D = """\
Forecasting request: weekly demand for the Rotterdam distribution center

From: Pieter de Groot, Supply Planning
To: Data Science

Hi,

We're renegotiating our temporary-staffing contract for the Rotterdam DC, and the agency needs our expected weekly order-line volume so they can plan headcount. Right now we eyeball last year's numbers. Could you build a proper forecast?

Data
- A CSV export, dc_rotterdam_daily.csv (shared drive Supply/Forecasting), with one row per day from 1 January 2020 until last Sunday: date, order_lines_shipped, orders_shipped, and a flag promo_day (our own marketing calendar, which we also have for the coming months in promo_calendar_2024_2025.csv).
- Note that 2020 and the first half of 2021 are distorted by the pandemic spike, and the DC was closed for a system migration from 12 to 18 February 2023 (zeros in the data, with the backlog shipped in the following week). Please handle both sensibly rather than letting them drive the model.
- Public holidays in the Netherlands and Germany matter (a lot of our customers are in Germany).

What I need
- A forecast of weekly order lines (ISO weeks, Monday-Sunday) for the next 26 weeks, starting with the week after next, because the agency needs two weeks of lead time and the contract period is six months.
- An 80% prediction interval for each week; the agency plans a base crew on the median and a flex pool for the upper bound.
- A backtest: hold out the most recent stretch of history, forecast it from the point before, and report MAPE and the share of weeks where the actual fell inside the interval.
- A short explanation of the method that I can forward to the agency; they aren't statisticians.

Constraints
- Please use something we can rerun monthly without you: a Python script or notebook with a requirements.txt. Prophet or statsforecast are both fine; we've used statsforecast before.
- Output the forecast as an Excel file with columns iso_week, week_start_date, forecast, lower_80, upper_80.

I'd need it by the 20th, which is when we meet the agency.

Best,
Pieter
"""
P(DA, D,
  "- A forecast of weekly order lines (ISO weeks, Monday-Sunday) for the next 26 weeks, starting with the week after next, because the agency needs two weeks of lead time and the contract period is six months.",
  "- A forecast of weekly order lines (ISO weeks, Monday-Sunday), starting with the week after next, because the agency needs two weeks of lead time.",
  M, "horizon_unstated", "starting with the week after next, because the agency needs two weeks of lead time.",
  "How many weeks ahead should the forecast go (and should the backtest use the same horizon): 13 weeks, 26 weeks for the six-month contract, or 52 weeks?",
  options=["13 weeks", "26 weeks", "52 weeks"])

D = """\
Subject: store locations for the new delivery-zone map

Hi,

Following our call, here's the brief for the store-location cleanup. We're rebuilding the delivery-zone map for the 2025 expansion and the location data is a mess.

Inputs (all in the project folder GIS/DeliveryZones2025):
1. stores_master.xlsx: 1,312 rows, one per store, from the property team. Columns: store_code, name, street, house_no, postal_code, city, country, opening_date, status ("open", "closing", "planned"). No coordinates.
2. stores_coords_2021.csv: coordinates a consultant geocoded in 2021 for the stores open at the time (store_code, lat, lon). About 980 rows; some are known to be wrong (stores placed in the middle of the town instead of at the address).
3. zones_draft.gpkg: the draft delivery zones the logistics team drew, one polygon per zone, in EPSG:3035.

What I need you to do:
- Geocode every store in stores_master.xlsx with status "open" or "planned" using the Nominatim instance we host internally (http://nominatim.internal:8080, no rate limit). Use the address fields; if Nominatim returns nothing, or the result is more than 500 m from the 2021 coordinates when we have them, flag the store for manual review instead of picking one.
- Keep the 2021 coordinates only as a comparison column; don't use them as a fallback.
- Assign each geocoded store to the delivery zone polygon it falls in (point in polygon, after reprojecting to EPSG:3035). Stores outside every zone get zone_id null and a flag.

Output: The logistics team works in QGIS and the web team's map uses Mapbox. I need one file for the logistics team: a GeoPackage, stores_2025.gpkg, with a single point layer "stores" in EPSG:3035, with all the master columns plus lat, lon (WGS84, as attributes), geocode_source, distance_to_2021_m, zone_id and review_flag. The web team will convert it themselves.

Also send me a short list (CSV is fine) of the stores flagged for manual review with the reason, so I can forward it to the property team.

Timeline: by the end of next week, please; the zone workshop is on the 14th.

Thanks,
Marta (Logistics planning)
"""
P(DA, D,
  "I need one file for the logistics team: a GeoPackage, stores_2025.gpkg, with a single point layer \"stores\" in EPSG:3035, with all the master columns plus lat, lon (WGS84, as attributes), geocode_source, distance_to_2021_m, zone_id and review_flag. The web team will convert it themselves.",
  "I need one file in the format that team uses, with all the master columns plus lat, lon, geocode_source, distance_to_2021_m, zone_id and review_flag.",
  A, "referent_two_candidates", "one file in the format that team uses",
  "Which team's format should the output file be in: a GeoPackage in EPSG:3035 for the logistics team (QGIS), or GeoJSON in WGS84 for the web team (Mapbox)?",
  options=["GeoPackage (EPSG:3035) for logistics", "GeoJSON (WGS84) for the web team"])

D = """\
Runbook draft + task: executing the quarterly GDPR erasure batch

Team: Data platform
Frequency: quarterly (this one is Q3)

Background
Customers can ask to have their personal data erased. Support logs those requests in the privacy tool, which exports them as a list of customer_ids (privacy/erasure_q3.csv, 1,874 ids this quarter). Most systems erase in real time, but the data lake and the warehouse are handled in a quarterly batch, which is what this task covers. We have two copies of everything: production (project lake-prod, warehouse wh_prod) and the staging copy (lake-stg, wh_stg), which is refreshed from production every Sunday and is used for testing.

What the batch does
1. Load the id list into the table privacy.erasure_requests with the batch label 2024Q3.
2. For each table registered in privacy.pii_registry (currently 43 tables), run the registered action for those customer_ids: 'delete' removes the rows; 'nullify' sets the listed PII columns to null and keeps the row (used for orders, so that revenue figures don't change); 'pseudonymize' replaces customer_id with the hash in privacy.pseudonyms.
3. Vacuum the Delta tables afterwards with a retention of 0 hours for the affected tables only (that's the point: old file versions still contain the data). This requires spark.databricks.delta.retentionDurationCheck.enabled = false for the session; turn it back on afterwards.
4. Write an evidence record per table (rows affected, timestamp, job run id) to privacy.erasure_evidence.

Your task
Run the batch for Q3 against production, lake-prod and wh_prod, using the job privacy_erasure in Databricks (it's parameterized by batch label and environment). Do a dry run first (dry_run=true prints the row counts per table without changing anything), and post the dry-run counts in the #privacy-ops channel; if any table would lose more than 5% of its rows, stop there and wait for Lina to look at it. Otherwise continue with the real run the same day.

When done, export privacy.erasure_evidence for batch 2024Q3 as CSV and attach it to the Jira ticket PRIV-311, then set the ticket to "Done - awaiting DPO sign-off". The DPO (Kerstin) signs it off herself.
"""
P(DA, D,
  "Run the batch for Q3 against production, lake-prod and wh_prod, using the job privacy_erasure in Databricks (it's parameterized by batch label and environment).",
  "Run the batch for Q3 using the job privacy_erasure in Databricks (it's parameterized by batch label and environment).",
  M, "environment_unstated", "Run the batch for Q3 using the job privacy_erasure in Databricks",
  "Which environment should the erasure batch run against: production (lake-prod / wh_prod), or staging (lake-stg / wh_stg) first as a test?",
  options=["production", "staging first, then production"])

D = """\
Data cleaning brief: turbine vibration readings for the bearing-failure study

Project: predictive maintenance pilot, wind farm Hollandse Kust (28 turbines)
Requester: Dr. Eva Lindqvist, reliability engineering

We're preparing a dataset to study whether vibration features predict main-bearing failures. The raw data is a year of 10-minute SCADA aggregates, and before anybody builds features it needs a cleaning pass. I'd like you to write the cleaning script and produce the cleaned dataset.

Input
s3://pm-pilot/raw/scada_vibration_2023.parquet, about 1.47 million rows: turbine_id, ts (UTC, start of the 10-minute interval), vib_rms_mm_s (bearing housing vibration, RMS in mm/s), rotor_rpm, power_kw, ambient_temp_c, status_code.

Known problems
- Sensor dropouts show up as exactly 0.0 in vib_rms_mm_s while rotor_rpm is above 5. Those are not real readings: set vib_rms_mm_s to missing.
- Spikes: the sensors occasionally report a single absurd value (we've seen 900 mm/s; a healthy bearing is around 1-4 mm/s and the trip limit is 18). Treat a reading as a spike if it is more than 18 mm/s AND both neighbouring intervals of the same turbine are below 9 mm/s; set those to missing too. Don't remove high readings that persist for two or more intervals, because those are exactly the failure precursors we are studying.
- Periods where status_code is 2 (maintenance) or 5 (grid curtailment) should be dropped entirely, because the turbine is operated abnormally.
- Duplicate timestamps per turbine happen after data re-imports. Keep the row with the highest power_kw, which is the complete one in every case we've checked.
- Gaps: don't interpolate anything. The modelling team will decide how to handle missing values.

Output
- s3://pm-pilot/clean/scada_vibration_2023_clean.parquet with the same columns plus a column clean_flag saying what was changed ('ok', 'dropout', 'spike', 'duplicate_removed' is not needed since those rows are gone).
- A short report (Markdown) with counts per turbine of dropouts, spikes, rows dropped for status, and duplicates removed.
- The script, cleaning.py, in the repository pm-pilot/etl, with pytest tests on a small synthetic frame covering each rule.

Please use pandas or polars, whichever you prefer. The machine we run it on has 32 GB of memory, which is plenty for this file.

Deadline: the study kickoff is on the 9th; I'd like to look at the report on the 6th.
"""
P(DA, D,
  "Treat a reading as a spike if it is more than 18 mm/s AND both neighbouring intervals of the same turbine are below 9 mm/s; set those to missing too.",
  "Remove the obvious outliers as well.",
  A, "threshold_vague", "Remove the obvious outliers as well.",
  "What counts as a spike to remove: a single reading above the 18 mm/s trip limit whose neighbours are normal, a statistical rule (e.g. beyond 3 standard deviations), or something else, given that persistent high readings must be kept?",
  options=["single readings > 18 mm/s with normal neighbours", "beyond 3 standard deviations per turbine", "a different rule you specify"])

OK(DA, """\
Spec: daily currency rates feed for the pricing service

Owner: Pricing platform
Requested by: Arjun Patel

Why
Our pricing service converts catalog prices (stored in EUR) into eleven display currencies. It currently uses a JSON file of rates that someone updates by hand roughly once a month, so the displayed prices drift from the real rates by up to 4%. We want an automated daily feed.

Source
The European Central Bank's euro foreign exchange reference rates. They're published on working days around 16:00 CET at https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml (free, no API key). There are no rates on weekends and TARGET holidays.

Target
A table fx.eur_reference_rates in our Postgres (database pricing) with columns rate_date date, currency char(3), rate numeric(18,6), fetched_at timestamptz, primary key (rate_date, currency). Rates are expressed as units of currency per 1 EUR, as the ECB publishes them.

Job behaviour
1. Runs as a Kubernetes CronJob in the pricing namespace at 16:30 and 17:30 Europe/Berlin on weekdays (two runs, in case the ECB is late).
2. Fetches the XML, parses the rate date and all currencies, and upserts them. We store every currency the ECB publishes, not only our eleven; it's about thirty rows a day.
3. If the XML's date is already in the table with identical values, do nothing. If the values differ (the ECB occasionally corrects), overwrite and log a warning with the old and new values.
4. On HTTP or parse errors, retry three times with 30 seconds between attempts, then exit non-zero so that our existing CronJob failure alert fires. The second daily run acts as the real retry.
5. The pricing service reads the latest rate_date on or before today for each currency, so weekends and holidays need no special handling in the job.

Implementation
Python 3.12, httpx, the standard library's xml.etree for parsing (the file is small), psycopg 3. Package it with the team's standard Dockerfile template (python-job). Config through environment variables: DATABASE_URL from the existing pricing-db secret. No other configuration.

Tests
pytest with a saved copy of a real ECB response as a fixture, a fixture with a correction (different value, same date), and a test for the retry logic with httpx's MockTransport.

Backfill
A one-off command that loads the ECB's 90-day history file (eurofxref-hist-90d.xml) so that the table isn't empty when we switch the pricing service over.

Done means: merged, deployed to the pricing namespace, and one successful scheduled run visible in the job logs. Switching the pricing service to read the table is a separate ticket.
""")


# ---------------------------------------------------------------------------
# ops
# ---------------------------------------------------------------------------

D = """\
Change request CHG-4410: renew the wildcard certificate on the public ingress

Requested by: Sven Aalto (Platform)
Change type: standard, pre-approved
Window: any weekday 09:00-16:00 CET, not on Fridays

Background
The wildcard certificate for *.shop.kestrel.example expires on 30 September. It's an OV certificate from our commercial CA (we can't use Let's Encrypt for it because of a contractual requirement from two B2B customers who pin the issuing CA). Procurement has already bought the renewal; the new certificate, the intermediate chain and the private key are in Vault at secret/platform/tls/wildcard-shop-2025 (keys: crt, chain, key). The private key was generated in Vault and has never left it.

We run two production Kubernetes clusters, prod-eu (Frankfurt) and prod-us (Virginia). Both serve *.shop.kestrel.example through ingress-nginx behind their own cloud load balancer, and DNS does geo-routing between them. Both clusters currently use the expiring certificate, stored as the Secret wildcard-shop-tls in the ingress-nginx namespace. cert-manager is installed but doesn't manage this certificate.

Steps
1. In prod-eu: create a new Secret wildcard-shop-tls-2025 in ingress-nginx from the Vault values, with tls.crt being the certificate followed by the chain.
2. Change the default-ssl-certificate argument of the ingress-nginx controller (Helm value controller.extraArgs.default-ssl-certificate in infra/helm/ingress-nginx/values-prod-eu.yaml) to ingress-nginx/wildcard-shop-tls-2025 and apply it through the normal Argo CD sync. The controller reloads without dropping connections.
3. Verify: openssl s_client -connect shop.kestrel.example:443 -servername shop.kestrel.example against the prod-eu load balancer IP (not through DNS) shows the new serial number and expiry date 2025-10-14, and the chain validates.
4. Wait 30 minutes and check the ingress 5xx rate in Grafana (dashboard "Ingress / prod-eu") hasn't moved.
5. Repeat steps 1-4 for prod-us with values-prod-us.yaml.
6. Leave the old Secret in place until 1 October, then delete it (separate task, already scheduled).

Rollback: revert the values change in Git and let Argo CD sync; the old Secret is still there.

Please do this change this week, record the verification output in the change ticket, and post in #platform-changes when each cluster is done.
"""
P(OP, D,
  "5. Repeat steps 1-4 for prod-us with values-prod-us.yaml.\n",
  "",
  M, "scope_unstated", "1. In prod-eu:",
  "Should the new certificate also be rolled out to prod-us after prod-eu (both clusters use the expiring one), or only to prod-eu in this change?",
  options=["both clusters, prod-eu first", "prod-eu only"])

D = """\
Runbook request: Postgres 13 to 16 upgrade for the "ledger" cluster

Hi Ops,

We need the ledger database upgraded before Postgres 13 goes out of support. Could you prepare and carry out the upgrade? Details below.

Current setup
- Self-managed Postgres 13.14 on two VMs (ledger-db-1 primary, ledger-db-2 streaming replica), Ubuntu 22.04, PGDG packages. Database size 740 GB. Patroni 3 manages failover, with etcd on three small VMs.
- Clients connect through PgBouncer on ledger-pgb-1 in transaction mode.
- Extensions: pg_stat_statements, pgcrypto, pg_partman 4.7 (ledger_entries is partitioned monthly).

Approach (agreed with the ledger team)
- In-place upgrade with pg_upgrade --link on the primary, then rebuild the replica from the new primary with pg_basebackup. With --link the upgrade itself takes minutes; the replica rebuild takes about two hours, during which we run without a replica. The ledger team accepts that.
- Before the upgrade: upgrade pg_partman to 5.x on 13 (it supports both), run pg_upgrade --check on a restored copy of last night's backup on a spare VM, and do a full rehearsal there with timings.
- After the upgrade: ANALYZE in stages (vacuumdb --analyze-in-stages), check pg_stat_statements for the top 20 queries against their pre-upgrade plans, and re-enable the replica.

Downtime
The ledger service can be down for at most 45 minutes. The payments team needs to know the exact start time at least five working days in advance so they can pause the settlement batch. We'll use the Sunday 12 January maintenance window, 02:00-04:00 UTC, with the upgrade itself starting at 02:15 UTC.

What I need from you
1. A runbook with every command, a go/no-go checkpoint after pg_upgrade --check on production, and a rollback plan (with --link, rollback after starting the new cluster means restoring from backup, so the decision point matters; spell it out).
2. The rehearsal results, including timings, by the Wednesday before.
3. The announcement for the payments team and #eng-announcements, sent today.
4. Executing it on the night, with the ledger on-call (Bao) on the call.

Thanks!
Giulia (ledger team lead)
"""
P(OP, D,
  "We'll use the Sunday 12 January maintenance window, 02:00-04:00 UTC, with the upgrade itself starting at 02:15 UTC.",
  "We'll do it in one of the upcoming maintenance windows.",
  M, "schedule_unstated", "We'll do it in one of the upcoming maintenance windows.",
  "Which maintenance window and exact start time should the upgrade use, so the payments team can be told five working days ahead (for example Sunday 12 January, 02:15 UTC)?",
  options=["Sunday 12 January, 02:15 UTC", "a later window you name"])
B(OP, D,
  "The ledger service can be down for at most 45 minutes.",
  "The ledger service can be down for at most 45 minutes, and the ledger team wants a hot standby available at all times during the change, since a failure without one would mean data loss.",
  X, "conflicting_requirements", "wants a hot standby available at all times during the change",
  "The agreed approach runs without a replica for about two hours while it is rebuilt, which conflicts with keeping a hot standby at all times; should I change the approach (e.g. keep the old replica until the new one is built) or accept the window without a standby?",
  options=["keep a standby throughout (change the approach)", "accept two hours without a replica"])

D = """\
Task: scale the staging environment down outside working hours

Context
Our staging environment (EKS cluster stg-main, namespace per service, about 60 Deployments and 12 StatefulSets) costs about $9,400 a month, and it's idle most nights and all weekend. Finance asked us to cut that. We'd like staging to scale itself down outside working hours and come back up before people start.

The team works from Lisbon and from Toronto. Working hours, for this purpose, are 08:00 to 20:00 Europe/Lisbon, Monday to Friday; that covers Lisbon fully and Toronto from 03:00 to 15:00 their time, which the Toronto people have agreed is enough because they mostly use their own preview environments in the afternoon.

Requirements
1. Outside working hours, every Deployment and StatefulSet in namespaces labelled env=staging is scaled to 0 replicas, except those with the annotation staging/keep-awake: "true" (currently the VPN gateway and the Grafana instance).
2. Fifteen minutes before working hours start on weekdays, everything is scaled back to the replica count it had before scaling down. Record the previous count in an annotation (staging/replicas-before-sleep) on each object when scaling down, and use it when scaling up.
3. The node group should then shrink by itself through the cluster autoscaler; don't touch the node group directly. Check that the autoscaler's scale-down settings allow it (scale-down-unneeded-time is 10m today, fine).
4. Anyone can wake staging early with a manual trigger. A GitHub Actions workflow with workflow_dispatch in the infra repository is fine for that; it should wake everything up and keep it awake until the next scheduled sleep.
5. Implement the sleep/wake as Kubernetes CronJobs in a namespace staging-scheduler, using a small image with kubectl and a service account with only the RBAC it needs (get/list/patch on deployments and statefulsets, including the scale subresource, in labelled namespaces).
6. CronJob schedules use the timeZone field (Kubernetes 1.27+, which we run), so no UTC conversion by hand.

Deliverables
Manifests under infra/k8s/staging-scheduler/ managed by Argo CD like everything else, the GitHub workflow, and a short note in docs/staging.md. Please test it on the stg-sandbox cluster first.
"""
P(OP, D,
  "Working hours, for this purpose, are 08:00 to 20:00 Europe/Lisbon, Monday to Friday; that covers Lisbon fully and Toronto from 03:00 to 15:00 their time, which the Toronto people have agreed is enough because they mostly use their own preview environments in the afternoon.",
  "Working hours, for this purpose, are 08:00 to 20:00, Monday to Friday.",
  A, "timezone_ambiguous", "08:00 to 20:00, Monday to Friday.",
  "In which time zone are the 08:00-20:00 working hours: Europe/Lisbon, America/Toronto, or a span covering both?",
  options=["Europe/Lisbon", "America/Toronto", "08:00 Lisbon to 20:00 Toronto"])

D = """\
Ticket OPS-2087: set up automated backups for the new Gitea server

Requested by: Rosa Lindgren (Engineering manager, Embedded team)

Background
The embedded team moved off GitHub to a self-hosted Gitea instance last month, for export-control reasons (the firmware for the defence customer can't be hosted by a US provider). It runs on a single VM, git-01.internal (Debian 12, 8 vCPU, 32 GB RAM, 500 GB data disk mounted at /srv/gitea), with Gitea 1.21 in Docker Compose and a Postgres 15 container for its database. Right now nothing backs it up, which is frankly scary: 140 repositories, including the only copy of the firmware history.

Requirements
1. Nightly at 01:30 local time (Europe/Stockholm), run `gitea dump` inside the container, which produces a zip with the repositories, the database dump, attachments and config. Stop nothing; a dump of a running instance is consistent enough for us according to the Gitea docs, as long as it uses the database dump rather than copying the Postgres data directory.
2. Encrypt the dump with age, using the team's backup public key (in the infra repository at keys/backup-embedded.age.pub). The private key is held offline by Rosa and by the security officer; the server must never have it.
3. Upload it to our on-premises MinIO (s3://backups-embedded/gitea/) with the mc client. No cloud storage; same export-control reasons.
4. Retention: keep the nightly backups for 14 days, plus the backup from the 1st of each month for 12 months. Implement it with MinIO lifecycle rules if you can, otherwise with a small cleanup step in the script.
5. If the backup fails at any step, send an e-mail to embedded-infra@kestrel.internal via the local Postfix relay; if it succeeds, write a line to /var/log/gitea-backup.log only.
6. Run it from a systemd timer (not cron), with the unit files in the infra repository under hosts/git-01/.

Restore test
Please also write down, in docs/gitea-restore.md, how to restore from one of these backups onto a fresh VM, and actually do it once on a scratch VM so we know it works. Rosa will need to decrypt the backup for you for the test; book 20 minutes with her.

Done when the timer has run successfully for three nights in a row and the restore test has passed.
"""
P(OP, D,
  "4. Retention: keep the nightly backups for 14 days, plus the backup from the 1st of each month for 12 months.",
  "4. Retention: don't keep backups forever, the MinIO bucket has a quota.",
  M, "retention_unstated", "Retention: don't keep backups forever",
  "How long should backups be kept: e.g. nightly for 14 days plus monthly for 12 months, or a different policy?",
  options=["14 days nightly + 12 monthly", "30 days nightly only", "a different policy"])

D = """\
Terraform change: lifecycle rules for the media upload bucket

Repository: infra-terraform, module aws/media-storage
Bucket: kestrel-media-uploads-prod (eu-central-1), about 46 TB, 310 million objects, growing about 2 TB a month

Background
Every photo and video our users upload goes into this bucket under uploads/<user_id>/<uuid>.<ext>. The app also writes derived files: thumbnails under thumbs/ and transcoded videos under transcoded/. Originals are read a lot in the first few weeks and almost never after that, but users can always open an old item, so we can't delete originals. The storage bill for this bucket is now the largest line in our AWS invoice, and the access logs (S3 Storage Lens, last 90 days) show 96% of GET requests hit objects younger than 30 days.

The change
1. Originals under uploads/: transition to S3 Standard-IA 30 days after creation and to Glacier Instant Retrieval 180 days after creation. Both classes keep millisecond access, so the app doesn't need to change. Objects smaller than 128 KB must stay in Standard (IA and Glacier IR bill a 128 KB minimum); use the object_size_greater_than filter.
2. thumbs/: keep in Standard, no transitions. They're tiny and hot.
3. transcoded/: these can be regenerated from the originals. Expire them 365 days after creation; the app regenerates on demand when a transcoded file is missing (that code path exists and is tested).
4. Incomplete multipart uploads: abort after 7 days, for the whole bucket.
5. Versioning is enabled on the bucket. Noncurrent versions of everything should expire 30 days after becoming noncurrent.

Constraints
- Use the aws_s3_bucket_lifecycle_configuration resource (AWS provider 5.x); we're on 5.31. The bucket currently has no lifecycle configuration at all.
- Plan and apply go through the usual Atlantis flow on the PR; don't apply from your laptop.
- Include in the PR description an estimate of the monthly saving and of the one-off transition request cost (310 million objects, about 70% of them over 128 KB and older than 30 days), so that finance can see the break-even.

Please tag Jana from the media team as a reviewer; she wants to double-check the transcoded/ expiry.
"""
P(OP, D,
  "Expire them 365 days after creation; the app regenerates on demand when a transcoded file is missing (that code path exists and is tested).",
  "Expire the old ones; the app regenerates on demand when a transcoded file is missing (that code path exists and is tested).",
  A, "threshold_vague", "Expire the old ones",
  "After how many days should transcoded/ objects expire: 90, 180 or 365 days after creation?",
  options=["90 days", "180 days", "365 days"])

D = """\
Access request for a new starter

From: Olga Petrenko (Engineering manager, Payments)
To: IT Service Desk / Platform access
Ticket: ACC-9921

Hi,

Kofi Boateng joins the Payments team on Monday 3 March as a senior backend engineer. Please set up his accounts and access so he can work from day one. His laptop has been ordered already (ticket HW-3310).

Accounts
- Google Workspace: kofi.boateng@kestrel.example, in the Engineering organisational unit.
- Slack, with the default channels for engineering plus #payments-team, #payments-oncall and #payments-alerts.
- GitHub: invite him to the kestrel org (he'll give you his existing GitHub username, kboateng-dev) and add him to the teams payments and backend-all.
- Jira and Confluence: standard engineering licences.

Infrastructure access
Please give him exactly the same AWS, Kubernetes and database access that Tom Hughes has, since Kofi will take over Tom's part of the settlement work when Tom moves to the Risk team in April. For reference, that's the IAM Identity Center permission sets PaymentsDeveloper (in payments-dev and payments-staging) and PaymentsReadOnly (in payments-prod), the Kubernetes group payments-developers, and read-only access to the settlement database replica through Teleport.

Note that there are two Toms in Payments; Tom Hughes is the one I mean, not Tom Varga, who is on the on-call rota and has production write access that Kofi shouldn't get until he's done the on-call training in about two months.

Other
- He needs a YubiKey for the Teleport login; please ship it with the laptop.
- Add him to the Payments on-call calendar as "shadow" only.
- His manager in Workday is me.

Please confirm by Thursday so he can log in on Monday. If anything on this list needs an approval I haven't given, tell me and I'll approve it in the access portal.

Thanks,
Olga
"""
P(OP, D,
  "Please give him exactly the same AWS, Kubernetes and database access that Tom Hughes has, since Kofi will take over Tom's part of the settlement work when Tom moves to the Risk team in April. For reference, that's the IAM Identity Center permission sets PaymentsDeveloper (in payments-dev and payments-staging) and PaymentsReadOnly (in payments-prod), the Kubernetes group payments-developers, and read-only access to the settlement database replica through Teleport.\n\nNote that there are two Toms in Payments; Tom Hughes is the one I mean, not Tom Varga, who is on the on-call rota and has production write access that Kofi shouldn't get until he's done the on-call training in about two months.",
  "Please give him exactly the same AWS, Kubernetes and database access that Tom has, since Kofi will take over Tom's part of the settlement work when Tom moves to the Risk team in April. Tom's access has grown over the years, so copy his current permission sets, Kubernetes groups and Teleport roles exactly as they are today rather than starting from the team template.\n\nFYI there are two Toms in Payments at the moment, Tom Hughes and Tom Varga (who is on the on-call rota and has production write access).",
  A, "referent_two_candidates", "the same AWS, Kubernetes and database access that Tom has",
  "Which Tom's access should Kofi mirror: Tom Hughes (developer access, read-only in prod) or Tom Varga (on-call, with production write access)?",
  options=["Tom Hughes", "Tom Varga"])

D = """\
Network change request NCR-0612: allow the new reporting vendor to reach the read replica

Requested by: Amadou Diallo (Data engineering)
Approved by: Security (Ingrid Solberg), 4 June

What
Our new BI vendor, Lumetric, runs its query engine in their own AWS account and needs to connect to our reporting read replica, reporting-replica-1 (RDS for PostgreSQL, private subnet in vpc-data, eu-west-1). Until now only our internal tools reached it. Security approved the connection under the following conditions, and I'd like you to implement it.

Conditions from the security review
1. Connectivity through AWS PrivateLink, not through the public internet and not through VPC peering. We publish an endpoint service in front of the replica (via a Network Load Balancer) and Lumetric creates an interface endpoint in their account.
2. Only Lumetric's AWS account (account id 418273645501) may be allowed on the endpoint service's principal allowlist, and connection requests require manual acceptance.
3. The NLB listens on 5432 only and forwards to the replica; the replica's security group allows 5432 from the NLB's private IPs only. Nothing else in the security group changes.
4. On the database side, Lumetric gets a dedicated login role lumetric_ro with SELECT on the schema reporting only, CONNECTION LIMIT 20, and statement_timeout = '5min'. The password goes into Secrets Manager under vendors/lumetric/db and is shared with them through the vendor portal, not by e-mail.
5. Enable logging of connections and disconnections (log_connections, log_disconnections) on the replica's parameter group if they aren't on already; they are on the primary.

How
Everything in Terraform in the infra-terraform repository (modules aws/rds-reporting and a new module aws/privatelink-vendor), planned and applied through Atlantis. The role in Postgres is created by our db-roles Ansible playbook, not by Terraform.

Testing
Before sharing the endpoint service name with Lumetric, test the path from a throwaway VPC in our sandbox account by temporarily adding that account to the allowlist, and remove it again afterwards. Record the test in the change ticket.

Timeline: Lumetric's onboarding call is on 18 June; the endpoint service name and the credentials should be ready by then. Send the service name to their engineer, Chen Wei, at the address in the vendor portal.
"""
P(OP, D,
  "2. Only Lumetric's AWS account (account id 418273645501) may be allowed on the endpoint service's principal allowlist, and connection requests require manual acceptance.",
  "2. Only Lumetric's AWS account may be allowed on the endpoint service's principal allowlist, and connection requests require manual acceptance.",
  M, "identifier_unstated", "Only Lumetric's AWS account may be allowed",
  "What is Lumetric's AWS account id to put on the endpoint service's allowlist?",
  options=[])

D = """\
Runbook update: canary releases for the checkout service

Owner: SRE (Paula Moreno)
Applies to: checkout-api in the prod clusters, deployed with Argo Rollouts

Why
Two incidents this quarter (INC-7702 and INC-7731) were caused by checkout-api releases that broke a payment method used by a small share of customers. Both were rolled out to 100% within a minute by a plain rolling update. We're switching checkout-api to a canary strategy with automated analysis, and this runbook describes what the Rollout must do. Please implement it in the Helm chart (charts/checkout-api) and update the runbook page.

Canary steps
1. 5% of traffic for 10 minutes.
2. 25% for 10 minutes.
3. 50% for 10 minutes.
4. 100%.
Traffic splitting is done by the Istio VirtualService (trafficRouting.istio), not by replica counts.

Automated analysis
An AnalysisTemplate runs during every canary step against Prometheus and compares the canary with the stable version:
- Error rate: the canary's share of HTTP 5xx responses over the last 5 minutes must stay below 1%, and must not be more than 0.5 percentage points above the stable version's rate. Two consecutive failed measurements (measurement interval 1 minute) abort the rollout.
- Latency: the canary's p95 latency must stay below 800 ms. Same failure rule.
- Payment success: the ratio of payment_authorized_total to payment_attempted_total, per payment method, must not drop more than 3 percentage points below stable for any method with at least 50 attempts in the window. This is the check that would have caught both incidents.
An aborted rollout sends traffic back to stable automatically and posts to #checkout-releases through the existing Argo notifications config.

Manual controls
- On-call can promote or abort with kubectl argo rollouts promote/abort; document both in the runbook with the exact commands.
- Releases marked hotfix (label release-type=hotfix on the Rollout) skip steps 1-3 but still run the analysis at 100% for 10 minutes, aborting the same way.

Testing
Test it on staging by deploying an image that returns 5xx on 3% of requests (the chaos-fault image we already have, with FAULT_RATE=0.03) and show that the rollout aborts at 5%. Attach the screenshots to the PR.

Please also remove the old maxSurge/maxUnavailable settings from the chart, since they don't apply to a canary.
"""
P(OP, D,
  "- Error rate: the canary's share of HTTP 5xx responses over the last 5 minutes must stay below 1%, and must not be more than 0.5 percentage points above the stable version's rate. Two consecutive failed measurements (measurement interval 1 minute) abort the rollout.",
  "- Error rate: the canary's share of HTTP 5xx responses must stay acceptable compared with the stable version. Two consecutive failed measurements (measurement interval 1 minute) abort the rollout.",
  A, "threshold_vague", "must stay acceptable compared with the stable version",
  "What error-rate threshold should abort the canary: e.g. 5xx share above 1% absolute, more than 0.5 points above stable, or another limit?",
  options=["above 1% absolute", "more than 0.5 points above stable", "both conditions"])
B(OP, D,
  "1. 5% of traffic for 10 minutes.\n2. 25% for 10 minutes.\n3. 50% for 10 minutes.\n4. 100%.",
  "A few gradual steps, pausing at each, then 100%.",
  A, "steps_vague", "A few gradual steps, pausing at each, then 100%.",
  "What canary steps and pause lengths should the Rollout use, e.g. 5%, 25%, 50% for 10 minutes each before 100%?",
  options=["5% / 25% / 50%, 10 minutes each", "10% / 50%, 30 minutes each"])

OK(OP, """\
Migration plan: moving the kestrel.example DNS zone from Route 53 to Cloudflare

Owner: Platform (Noor Haddad)
Target date: Tuesday 18 February, 10:00 CET

Why
We're consolidating DNS, WAF and CDN at Cloudflare, where the rest of our zones already are. kestrel.example is the last zone on Route 53. It has 214 records, including MX, SPF/DKIM/DMARC TXT records, several CNAMEs into AWS load balancers, and the ACM validation CNAMEs.

Plan
1. Export the zone from Route 53 with the CLI (aws route53 list-resource-record-sets) and convert it to a BIND zone file with the script tools/dns/r53_to_bind.py, which already exists and handles alias records by resolving them to CNAMEs (for the zone apex, where a CNAME isn't allowed, use Cloudflare's CNAME flattening).
2. Create the zone in Cloudflare through Terraform (repository infra-terraform, module cloudflare/zones) and import the records from the zone file. Every record starts as "DNS only" (grey cloud); proxying is a separate change later.
3. Compare: run tools/dns/compare.py, which queries every record name and type against both the Route 53 name servers and the Cloudflare name servers and prints any differences. It must report zero differences before moving on.
4. Lower the TTL of the NS records at the registrar side isn't possible with our registrar, so instead lower the TTLs of all records in Route 53 to 300 seconds at least 48 hours before the switch, so that a rollback propagates quickly.
5. On the target date, change the name servers at the registrar (Gandi) to the two Cloudflare name servers shown in the Cloudflare dashboard. Keep the Route 53 zone untouched, as the rollback.
6. Monitor for 24 hours: the compare script every hour against public resolvers (1.1.1.1, 8.8.8.8, 9.9.9.9), the mail delivery dashboards, and the ACM certificate renewal status.
7. After 14 days without problems, delete the Route 53 hosted zone (separate ticket, needs my approval).

Rollback
Switch the name servers at Gandi back to the Route 53 set. With the TTLs lowered, most resolvers follow within an hour; the NS TTL at the TLD is 48 hours, which is why we keep the Route 53 zone unchanged for two weeks.

Communication
Announce the change in #eng-announcements 48 hours before, and tell the mail team (Iris) directly because of the MX records. During the switch, post progress in #platform-changes.

Please carry this out as described, starting with steps 1-4 this week. Tell me if the compare script shows any differences you can't explain.
""")


# ---------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------

D = """\
Brief: press release for the Ferro 2 launch

From: Camille Besson, Communications
To: you

Hi,

We need the press release for the Ferro 2 launch drafted by Thursday so legal has a day to review it. Here's everything you should need.

The product
Ferro 2 is the second generation of our cast-iron induction hob controller. The first one (2021) sold about 40,000 units, mostly to kitchen manufacturers in Germany and the Nordics. What's new:
- 30% lower standby power (0.3 W instead of 0.43 W), which lets manufacturers meet the 2025 EU ecodesign limit with margin.
- A Matter-certified Wi-Fi module, so the hob can be controlled from any Matter-compatible home app. Certification was granted on 12 March.
- Pan detection that works with pans down to 9 cm in diameter (previously 12 cm), which matters for espresso pots.
- Same footprint and connectors as Ferro 1, so manufacturers can drop it into existing designs.
Availability: samples now, volume shipments from June. We don't publish prices; say "pricing on request" or leave price out.

Quotes
One quote from Daniel Ortega, who takes over as CEO on 1 April (the release goes out on 9 April, so he'll be CEO by then; please describe him simply as "CEO of Halden Controls"). Something about why energy efficiency and open standards matter to kitchen makers. One quote from a customer: Annika Strand, Head of Product at Nordkök AB, who has approved this text: "Ferro 2 let us add Matter support without touching our enclosure design, which saved us a full product cycle."

Practical
- Standard structure: headline, subheadline, dateline (Trondheim, 9 April 2025), four to six paragraphs, boilerplate, media contact. Total 400-500 words including the boilerplate.
- Boilerplate: use the one on our website's press page, unchanged.
- Media contact: me, camille.besson@haldencontrols.example, +47 73 00 00 00.
- Tone: confident, concrete, no superlatives like "revolutionary" or "world's first". We're writing for trade press (kitchen industry and electronics), so numbers beat adjectives.
- British English.

Please send it as a Word document with track changes off. Thanks!
Camille
"""
P(WR, D,
  "One quote from Daniel Ortega, who takes over as CEO on 1 April (the release goes out on 9 April, so he'll be CEO by then; please describe him simply as \"CEO of Halden Controls\").",
  "One quote from our CEO; as you know, Maria Lund hands over to Daniel Ortega around the time of the launch.",
  A, "referent_two_candidates", "One quote from our CEO",
  "Whose quote should the release carry: Maria Lund (outgoing CEO) or Daniel Ortega (incoming CEO), and with which title?",
  options=["Maria Lund", "Daniel Ortega"])

D = """\
Speech request: farewell remarks for Dr. Ruth Abernathy

Hi,

I've been asked to give a short speech at Ruth Abernathy's retirement dinner on Friday the 21st and I'd love help drafting it. I'm Hamid, the current head of the hydrology lab; Ruth founded it in 1991 and ran it until 2019, when she handed over to me and stayed on as a senior researcher.

About the occasion
- Dinner for about 60 people at the faculty club: current and former lab members, colleagues from the department, Ruth's husband Colin and their two daughters. A few former students are flying in, including Dr. Li Na from Wuhan, who was Ruth's first PhD student.
- I speak after the dean and before Ruth's own reply. The dean will cover the formal career (awards, the National Academy membership), so I don't need to list achievements.
- I have about five minutes, which for me is roughly 650 words; the dinner is running to a tight schedule, so please don't go over.

What I want to get across
- Ruth built the lab from one room and a borrowed rain gauge into what it is now, but what people remember is how she treated students: she read every draft twice, once for the science and once "for the reader".
- The flood-forecasting model she started in 1998 is still running at the national weather service. Nobody outside the lab knows it began as a side project she did on weekends.
- A light anecdote: the 2004 field trip where the Land Rover got stuck in the river and Ruth insisted on measuring the discharge while waiting for the tow truck. (Colin was there; he'll enjoy it.)
- End by thanking her on behalf of everyone who came through the lab, and invite the room to raise a glass.

Tone: warm and a little funny, not sentimental. Plain language; half the room aren't scientists. Please write it the way I'd say it out loud, with short sentences.

If you can send a draft by Wednesday evening I'll have time to practise it.

Thanks so much,
Hamid
"""
P(WR, D,
  "- I have about five minutes, which for me is roughly 650 words; the dinner is running to a tight schedule, so please don't go over.\n",
  "- The organisers haven't told me yet how long I get, and the dinner is running to a tight schedule.\n",
  M, "length_unstated", "The organisers haven't told me yet how long I get",
  "How long should the speech be: about 3 minutes, 5 minutes (roughly 650 words), or 10 minutes?",
  options=["about 3 minutes", "about 5 minutes", "about 10 minutes"])

D = """\
Writing request: executive summary for the FY2024 Digital Programme report

From: Priyanka Shah, Programme Office
To: you

Hi,

The full FY2024 report on our Digital Programme is done (68 pages, attached), and I need the executive summary that goes at the front and is also sent on its own to the Board before their meeting on the 27th. Board members have told us they read the summary on their phones on the train and rarely open the full report, so it has to stand alone.

Constraints
- One page: no more than 350 words, excluding the title. The Board secretary will reject anything longer for the pack.
- Structure: a two-sentence overall assessment, then "What went well", "What didn't", and "Decisions needed from the Board" as short sections with bullet points. No tables, no charts.
- Numbers: use the figures from chapter 2 (financials) and chapter 7 (benefits tracking) exactly as they are in the report; don't recompute anything. Round to the nearest £0.1m.

Content
The programme has twelve projects. The Board doesn't need all twelve; bring out the ones that matter:
- Overall: spend £14.2m against a budget of £15.0m; benefits realised £6.1m against £7.5m planned, mostly because the customer portal went live five months late.
- Went well: the new payroll system (live in May, on budget, 0 payroll errors since), the data-centre exit (completed, saving £1.3m a year from FY2025).
- Didn't: the customer portal (late, £0.9m over its own budget, adoption at 31% against a 50% target); the field-service app (paused in Q3 after the vendor was acquired).
- Decisions: approve the revised portal plan (chapter 5.3), and decide whether to restart the field-service app with a new vendor or stop it (options in chapter 6.2; the programme board recommends stopping it).

Tone: plain and honest. The Board was unhappy last year that the summary sounded like marketing. Don't soften the portal problems.

Format: a Word document using the corporate template (Report_Summary_v4.dotx, attached), British English.

I need it by Monday noon so the Director can review it before it goes in the Board pack on Wednesday.

Thanks,
Priyanka
"""
P(WR, D,
  "The Board doesn't need all twelve; bring out the ones that matter:",
  "The Board has asked to see every one of the twelve projects with its own paragraph covering status, spend and benefits, so please go through them one by one, starting with the ones that matter most:",
  X, "length_vs_coverage", "every one of the twelve projects with its own paragraph",
  "Twelve paragraphs with status, spend and benefits won't fit in the 350-word, one-page limit; should I keep to 350 words and cover only the key projects, or cover all twelve and go over the limit?",
  options=["keep to 350 words, key projects only", "cover all twelve, longer than one page"])

D = """\
Job posting request: Senior Site Reliability Engineer (New York or remote US)

Hi,

We're opening a senior SRE role and I need the posting written for our careers page and LinkedIn. Our recruiter, Dana, will publish it once I've approved it. Below is everything from the hiring plan.

The role
- Title: Senior Site Reliability Engineer, Platform team. Reports to me (Ilse Vermeer, Head of Platform).
- Location: New York office (hybrid, two days a week in the office) or fully remote anywhere in the US.
- What they'll do: own the reliability of our Kubernetes platform (four EKS clusters, about 300 services), lead incident reviews, build the SLO programme we've been talking about for a year, and take part in the on-call rota (one week in six, with a stipend).
- What we're looking for: five or more years of running production systems, deep Kubernetes and AWS experience, comfortable writing Go or Python, and someone who writes clearly; our incident reviews are read by the whole company. Terraform experience is a plus, not a requirement. No degree requirement.

Pay and benefits
Because we're hiring in New York, the posting has to include the salary range by law, and we show it for remote roles too. The range for this role is $175,000 to $205,000 base, plus equity and the annual bonus (target 10%). Benefits: medical, dental and vision with 100% of employee premiums paid, 401(k) with a 4% match, 25 days of paid time off, a $1,500 yearly learning budget, and a home-office stipend for remote staff.

About us
Use our standard "About Kestrel" paragraph from the careers page, and the standard equal-opportunity statement at the end.

Style
- 450-600 words, excluding the About and EEO paragraphs.
- Written to the candidate ("you'll..."), concrete, no "rockstar", "ninja", or "fast-paced environment".
- Bullet points for responsibilities and requirements, five to seven bullets each.
- Please split requirements into "You have" and "Nice to have" so that people who don't tick every box still apply.

Could you send a draft by Wednesday? Dana wants it live on Monday.

Thanks,
Ilse
"""
P(WR, D,
  "The range for this role is $175,000 to $205,000 base, plus equity and the annual bonus (target 10%).",
  "Compensation is base salary plus equity and the annual bonus (target 10%).",
  M, "value_unstated", "the posting has to include the salary range by law",
  "What base salary range should the posting state, since New York law requires one?",
  options=[])

D = """\
Request: customer e-mail about the 14 May outage

From: Sakura Ito, Head of Customer Experience
To: you
Cc: Ben (status page), Legal

Hi,

We need the customer e-mail about Tuesday's outage drafted today, so it can go out tomorrow morning after Legal has looked at it.

What happened (from the incident review; please use these facts, not the earlier status page updates, some of which turned out to be wrong):
- On Tuesday 14 May from 09:12 to 13:47 CEST, Planwise was unavailable for all customers in the EU region. The US region was unaffected.
- Cause: a routine database maintenance task locked a table that every login needs. Our automatic failover didn't trigger, because the database itself was healthy; it was just waiting on the lock.
- No data was lost or exposed. Changes made right before the outage were all saved.
- What we're changing: the maintenance task now runs with a lock timeout so it can't block logins for more than a few seconds; we've added an alert on login latency that would have paged us within two minutes instead of the 38 it took; and maintenance of this kind will only run outside EU business hours.

Compensation
Every affected customer on a paid plan gets a credit of 20% of one month's subscription fee, applied automatically to their next invoice. They don't have to do anything. That's more than our SLA requires (the SLA gives 10% for this duration), and we want to say so briefly without sounding self-congratulatory.

The e-mail
- From me, Sakura Ito, Head of Customer Experience. Subject line included.
- Audience: account owners of all EU customers, free and paid. The compensation paragraph only applies to paid plans; write it so that it reads correctly for free users too (e.g. "If you're on a paid plan, ...") rather than us sending two versions.
- Length: under 350 words. Plain language; most recipients are office managers, not engineers.
- Apologise once, clearly, at the start. No "we apologise for any inconvenience".
- Link to the full incident report at planwise.example/incidents/2024-05-14.
- End with how to reach support (support@planwise.example) if they have questions.

Thank you!
Sakura
"""
P(WR, D,
  "Every affected customer on a paid plan gets a credit of 20% of one month's subscription fee, applied automatically to their next invoice. They don't have to do anything. That's more than our SLA requires (the SLA gives 10% for this duration), and we want to say so briefly without sounding self-congratulatory.",
  "Every affected customer on a paid plan gets a credit, applied automatically to their next invoice. They don't have to do anything. Finance is still deciding whether it's the 10% our SLA requires for this duration or something more generous.",
  M, "value_unstated", "Finance is still deciding whether it's the 10% our SLA requires for this duration or something more generous.",
  "What credit should the e-mail promise paid customers: the SLA's 10% of a month's fee, or a larger amount (e.g. 20%)?",
  options=["10% (the SLA amount)", "20%", "leave the amount out"])

D = """\
Localization brief: app store listing and onboarding screens for Portuguese

Project: Fieldnote (note-taking app for field researchers)
Requested by: Lucas Ferreira, Growth

Hi,

We're adding Portuguese to Fieldnote next month. Please translate the attached strings (fieldnote_en.xliff, 214 strings, about 3,100 words) and write the App Store and Google Play listing text.

Market
Our launch market is Brazil. The Brazilian agricultural research institutes are our fastest-growing customer group (we signed three state institutes this year), and the sales team there will use the app store pages in their demos. Portugal comes later, if at all, and will get its own pass then. So please write Brazilian Portuguese throughout: Brazilian spelling and vocabulary ("tela", "celular", "baixar"), "você" as the form of address, and no European Portuguese forms.

Tone and terminology
- Friendly and direct, like the English version. Address the user as "você".
- Keep "Fieldnote" untranslated. Translate feature names: "Field Sheets" -> "Fichas de campo", "Sync" -> "Sincronização" (already agreed with the Brazilian sales team).
- Units stay metric; dates in the listing screenshots are DD/MM/YYYY.
- The glossary in the attached termbase (fieldnote_glossary.tbx) wins over your own preferences; flag anything in it you think is wrong rather than changing it.

App store listings
- App Store: name (30 characters max), subtitle (30), promotional text (170), description (up to 4,000 but aim for about 1,500), keywords (100 characters, comma-separated, no spaces after commas).
- Google Play: short description (80), full description (about 1,500).
- Don't translate the English description word for word; rewrite it for researchers in agronomy, soil science and ecology, who are the Brazilian audience. Mention offline use prominently, because a lot of their field sites have no mobile coverage.

Deliverables
- The translated XLIFF, with the target language set to pt-BR.
- A Google Doc with the store texts, with character counts next to each field.
- A short list of strings where you had to make a judgement call (length limits on buttons, ambiguous English).

Deadline: the 12th. The developers need the XLIFF first if you can only deliver part of it early.

Obrigado!
Lucas
"""
P(WR, D,
  "So please write Brazilian Portuguese throughout: Brazilian spelling and vocabulary (\"tela\", \"celular\", \"baixar\"), \"você\" as the form of address, and no European Portuguese forms.",
  "Our distributor in Lisbon will reuse the same texts, so please write European Portuguese throughout: European spelling and vocabulary (\"ecrã\", \"telemóvel\", \"descarregar\").",
  X, "variant_conflict", "please write European Portuguese throughout",
  "The brief targets Brazil (pt-BR XLIFF, Brazilian audience) but this line asks for European Portuguese; which variant should I write: pt-BR, pt-PT, or a neutral compromise?",
  options=["Brazilian Portuguese (pt-BR)", "European Portuguese (pt-PT)", "neutral Portuguese for both"])

D = """\
Internal announcement: new structure for Customer Operations

From: Elif Demir, VP Customer Operations
To: you (Internal Comms)

Hi,

I need your help writing the announcement of the Customer Operations reorganisation. It goes to the whole company by e-mail and on the intranet, and I'll also read parts of it at the all-hands. The affected people will have been told individually by their managers before it goes out, so nothing in it should come as a shock to them, but it's the first time everyone else hears about it.

What's changing
- Today Customer Operations has three teams organised by channel: Phone Support, Chat & E-mail Support, and Social Media Care. Customers with complex problems bounce between them.
- From Monday 2 September the department is organised by customer segment instead: Consumer Care (led by Ricardo Alves), Small Business Care (led by Mei Tanaka) and Enterprise Care (led by Jonas Wirth). Each team handles all channels for its customers.
- Social Media Care becomes part of Consumer Care. Its lead, Fatima Noor, moves to a new role as Head of Quality & Training across all three teams, which is something the agents have asked for in every engagement survey.
- Nobody is losing their job, and nobody's pay or contract changes. Some people will have a new manager; they all know already.
- The support phone numbers, chat and e-mail addresses for customers stay exactly the same.

Why
Customer satisfaction for multi-contact cases is 61% against 84% for cases solved in one contact. Organising by segment lets one team own a customer's problem end to end. We piloted it with the enterprise customers in Q2 and one-contact resolution went from 58% to 73%.

What I want from the announcement
- Lead with what changes for customers (nothing visible, except hopefully better service) and for colleagues in other departments: who to go to with an escalation from now on. Include a small table: segment, lead, how to reach them (Slack channels #care-consumer, #care-smb, #care-enterprise).
- Thank the people who ran the pilot by name: Jonas Wirth and the enterprise team.
- Be straightforward; avoid "exciting journey" language. People are tired of reorgs.
- 300 to 400 words. Subject line for the e-mail, and a two-sentence version for the intranet teaser.

Please send it to me by Thursday; it goes out on Tuesday the 27th.

Thanks!
Elif
"""
P(WR, D,
  "- From Monday 2 September the department is organised by customer segment instead:",
  "- The department will be organised by customer segment instead:",
  M, "date_unstated", "The department will be organised by customer segment instead:",
  "From what date does the new structure take effect, so the announcement can say when escalations switch to the new teams?",
  options=["Monday 2 September", "immediately when the announcement goes out"])

D = """\
Writing request: final narrative report for the Riverbend literacy grant

Hi,

I'm the programme director at Riverbend Community Learning, and I'm drowning in end-of-year reporting. Could you draft the narrative section of our final report for the 2023-24 adult literacy programme? I've attached our internal notes, attendance spreadsheet and the two case studies the tutors wrote.

Background: the programme was funded by two grants last year. The Calloway Foundation paid for the evening classes (£48,000) and the County Skills Fund paid for the digital-skills strand (£22,500). Both want a final report, and both have their own reporting template with their own required headings. I'll do the County Skills Fund one myself next week because it's mostly tables; please write the one for the Calloway Foundation, using their template (Calloway_final_report_template.docx, attached), which asks for: Summary, Activities delivered, Outcomes against targets, Participant stories, Challenges and lessons, Sustainability.

Key facts for the evening classes:
- 14 groups across three sites, 38 weeks, two sessions per week.
- Target 120 learners enrolled; actual 137. Target 70% completion; actual 64%, mainly because the Eastgate site lost its venue for six weeks in the winter (the library roof), and some learners didn't come back after the move.
- 52 learners took the Entry Level 3 functional skills exam; 44 passed (85%).
- Outcome the foundation particularly cares about: learners reporting more confidence in everyday reading (letters from school, forms). 78% said so in the exit survey (n=88).

Stories: use the two tutor case studies ("Mrs K" and "Daniel"), anonymised as they are. Both learners have consented to being quoted.

Tone: honest about the completion shortfall, explain the venue problem without sounding like excuses, and say what we've changed (we now have a backup venue agreement with the community centre).

Length: their guidance says 1,500 words maximum for the narrative sections together. British English.

I need a draft by Friday the 14th; the report is due on the 21st.

Thanks so much,
Gwen
"""
P(WR, D,
  "I'll do the County Skills Fund one myself next week because it's mostly tables; please write the one for the Calloway Foundation, using their template (Calloway_final_report_template.docx, attached), which asks for: Summary, Activities delivered, Outcomes against targets, Participant stories, Challenges and lessons, Sustainability.",
  "Please use the funder's template (attached) and follow its headings.",
  A, "referent_two_candidates", "Please use the funder's template (attached)",
  "Which funder's report should I write: the Calloway Foundation's (evening classes) or the County Skills Fund's (digital-skills strand)?",
  options=["Calloway Foundation", "County Skills Fund", "both"])

D = """\
Conference submission: talk abstract for PyData Amsterdam

Hi! I'd like help writing my talk proposal for PyData Amsterdam. The call for proposals closes on Sunday night and I've been putting it off. Here's what I have.

The talk
Working title: "Your dashboard is lying: seasonality, holidays and the week-over-week trap". The point of the talk is that most business dashboards compare this week to last week, and that comparison is misleading for anything with weekly, yearly or holiday patterns. I'll show three real examples from my work at a grocery delivery company (anonymised, and legal has cleared them): Easter moving between March and April, a heat wave, and a marketing campaign that "worked" only because it started the week after a bank holiday. Then I'll show simple fixes that work in pandas with no forecasting library: year-over-year on aligned weekdays, holiday calendars with the holidays package, and seasonal baselines with STL from statsmodels. I'll end with a checklist people can take back to their team.

Audience: analysts and data scientists who build or read dashboards. Intermediate Python; no statistics beyond averages needed.

Format: 30-minute talk plus 5 minutes of questions. The notebook and data will be on GitHub.

About me: I'm Ayşe Kaya, senior analyst at Bolt Grocer (I'm allowed to name the company). I've spoken at two local meetups but this would be my first conference talk.

What I need
The form has four fields:
1. Title (max 100 characters). Feel free to improve mine.
2. Abstract, which is shown in the public programme: max 150 words, written for attendees.
3. Description for the reviewers only: max 500 words, with the outline and timing of the talk (roughly: 5 min intro, 15 min the three examples, 10 min fixes and checklist).
4. Speaker bio: max 80 words, third person.

Please stay within those limits; the form cuts off anything longer. Write it in a friendly, concrete way; the reviewers say they're tired of abstracts full of buzzwords. Don't promise anything the talk doesn't deliver.

Thank you!
"""
P(WR, D,
  "2. Abstract, which is shown in the public programme: max 150 words, written for attendees.",
  "2. Abstract, which is shown in the public programme: as long as it needs to be to sell the talk, ideally with the full outline and all three examples in detail.",
  X, "conflicting_requirements", "as long as it needs to be to sell the talk",
  "Should the public abstract be kept short (the form cuts off long text and the outline goes in the reviewer description), or be a long version with the full outline; what word limit does the form give for it?",
  options=["about 150 words", "a longer version with the full outline"])


# ---------------------------------------------------------------------------
# general
# ---------------------------------------------------------------------------

D = """\
Hi! I need help planning our team offsite and you've been recommended as the person who gets things organised. Sorry in advance for the wall of text.

Who: the Design team at Marlow & Finch, 14 people including me. Two people are vegetarian, one is vegan, and Owen has a severe nut allergy, so any catering must be able to guarantee nut-free food for him. Priya uses a wheelchair, so the venue, the accommodation and any activity must be step-free.

When: two days, Thursday 12 and Friday 13 September, with one night away. Everyone travels from our Bristol office, leaving Thursday morning and back by about 19:00 on Friday.

Where: somewhere within about two hours of Bristol by train or coach. Last year we went to the Cotswolds and people liked being in the countryside but complained that the pub was the only thing to do in the evening. Wales or Devon would be nice.

Budget: £6,500 in total, which has to cover travel, accommodation (single rooms for everyone; people were not happy sharing last year), all meals, the meeting room and one activity. Alcohol beyond one drink with dinner is on people's own expense; please don't budget for it.

Programme: Thursday afternoon and Friday morning are working sessions, so we need a meeting room for 14 with a screen, decent Wi-Fi and daylight, from 13:00 to 17:30 on Thursday and 09:00 to 12:30 on Friday. Thursday evening a group dinner. Friday after lunch one activity, something creative rather than competitive (last year's laser tag was a mistake), finishing in time to travel home.

What I need from you: a shortlist of three options (venue and accommodation, activity, how we'd get there), each with a rough cost breakdown against the budget, and for each one a note on how it handles the accessibility and allergy needs. I'll pick one with my manager and then ask you to book it. Please don't book or pay anything yet; some places want deposits and I need approval first.

I'd love the shortlist by next Wednesday if you can.

Thanks a million,
Freya
"""
P(GE, D,
  "Budget: £6,500 in total, which has to cover travel, accommodation (single rooms for everyone; people were not happy sharing last year), all meals, the meeting room and one activity.",
  "Budget: it has to cover travel, accommodation (single rooms for everyone; people were not happy sharing last year), all meals, the meeting room and one activity.",
  M, "budget_unstated", "Budget: it has to cover travel,",
  "What is the total budget for the offsite (travel, rooms, meals, meeting room and activity), so the cost breakdowns have something to be measured against?",
  options=[])
B(GE, D,
  "When: two days, Thursday 12 and Friday 13 September, with one night away.",
  "When: two days in September, with one night away.",
  M, "date_unstated", "two days in September",
  "Which two days in September should the offsite be (venue availability and prices depend on it)?",
  options=["Thursday 12 and Friday 13 September", "other dates you give"])

D = """\
Hi,

I'd like you to sort out my travel for two trips this autumn. My assistant is on leave, so you're it! Everything goes on the company card in my travel profile, and our travel policy applies (economy for flights under six hours, hotels up to €220 a night in Europe and $300 in the US).

Trip 1: Lisbon, for the Web Summit partner day. I need to be there on Tuesday 12 November from 09:00 until the partner dinner that evening. Fly from Amsterdam on Monday the 11th in the afternoon or evening, back on Wednesday the 13th, any time after 11:00. Hotel: anywhere walkable to the FIL conference centre, two nights.

Trip 2: Chicago, for the customer advisory board. The board meets on Thursday 24 October from 09:00 to 17:00 at the customer's office in the West Loop, with a dinner afterwards. I'll fly out on Wednesday the 23rd and back on Friday the 25th. Direct flights from Amsterdam only, please, the connections last time were a nightmare. Hotel: in the West Loop or the Loop, two nights.

For both trips:
- Aisle seats. My frequent flyer number (Flying Blue) is in my profile; use KLM or partners where the price is within about €100 of the cheapest option that meets the rest of these rules.
- Hotels must have free cancellation until at least 48 hours before arrival.
- Add the bookings to my calendar with the confirmation numbers.

Please book the Chicago trip now; prices are going up and the dates are firm. For Lisbon, don't book anything yet, because the partner day agenda isn't final and I might only need one night; just send me two or three options with prices so I can decide next week.

Thanks!
Marloes
"""
P(GE, D,
  "Please book the Chicago trip now; prices are going up and the dates are firm. For Lisbon, don't book anything yet, because the partner day agenda isn't final and I might only need one night; just send me two or three options with prices so I can decide next week.",
  "Please book the trip whose dates are firm now, since prices are going up. For the other one, don't book anything yet; just send me two or three options with prices so I can decide next week.",
  A, "referent_two_candidates", "book the trip whose dates are firm now",
  "Which trip should I book now: Chicago (23-25 October) or Lisbon (11-13 November); and for the other, just send options?",
  options=["book Chicago, options for Lisbon", "book Lisbon, options for Chicago"])

D = """\
Scheduling request: kickoff call for the Atlas integration project

Hi,

Could you find a slot and send the invite for the Atlas integration kickoff? It's a 60-minute video call and these people must attend:

- Me (Noah Fischer), in Berlin.
- Grace Liu, our solutions architect, in Singapore.
- Mateo Rossi, the customer's IT lead, in Milan.
- Hannah Brooks, the customer's project manager, in Chicago.
- Our implementation partner's lead, Arjun Mehta, in Bangalore.

Constraints:
- It has to happen next week (Monday 16 to Friday 20 September).
- Nobody should have to be on the call before 07:00 or after 21:00 their local time. I know that with Singapore and Chicago on the same call there's not much room; I've checked, and 14:00-15:00 Berlin time works within those limits for everyone, so use that. If there's no day next week when all five calendars are free at 14:00 Berlin time, tell me instead of picking another time, because Grace and Hannah have both said they can't move anything else around.
- Grace's and Arjun's calendars are shared with me, and you have access through my account. For Mateo and Hannah, you can't see their calendars: send them a poll with the candidate days (only days where the three of us internal people are free) using the scheduling tool, and pick the first day everyone says yes to.
- Use my Zoom account (not Teams; the customer can't join Teams calls from their network).

The invite:
- Title: "Atlas integration - kickoff".
- Agenda in the description: introductions (10 min), scope and timeline (20 min), integration architecture (20 min), next steps and owners (10 min).
- Attach the project charter (Atlas_Charter_v2.pdf in the shared drive).
- Don't invite anyone else; I'll forward it to the wider teams myself.

Please let me know the outcome by Friday this week.

Thanks,
Noah
"""
P(GE, D,
  "I've checked, and 14:00-15:00 Berlin time works within those limits for everyone, so use that. If there's no day next week when all five calendars are free at 14:00 Berlin time, tell me instead of picking another time, because Grace and Hannah have both said they can't move anything else around.",
  "I've checked, and 3 pm works within those limits for everyone, so use that. If there's no day next week when all five calendars are free at 3 pm, tell me instead of picking another time, because Grace and Hannah have both said they can't move anything else around.",
  A, "timezone_ambiguous", "3 pm works within those limits for everyone",
  "Which time zone is the 3 pm in: Berlin, Singapore, Chicago or another participant's local time?",
  options=["3 pm Berlin", "3 pm Singapore", "3 pm Chicago"])

D = """\
Hi,

I could use your help with my bookkeeping for the 2024 tax return. I'm a freelance illustrator (sole trader, UK) and my accountant, Deborah, wants my income and expenses categorised by the end of the month. I've exported everything from my business bank account as a CSV (Starling, 1 January to 31 December 2024, 612 transactions): date, counterparty, reference, amount (negative for money going out), balance.

What to do
1. Put every transaction into one of the categories Deborah uses for the self-assessment form. She sent me her list in an e-mail last year and I've pasted it into the attached file deborah_categories.txt: Income - commissions; Income - licensing/royalties; Cost of goods (prints, materials); Travel; Phone and internet; Software and subscriptions; Equipment (anything over £250 per item goes here as a capital item); Professional fees; Advertising; Bank charges; Other expenses; Personal / not business. Please use exactly these names.
2. Some transactions are personal, because I sometimes paid for personal things from this account by mistake (groceries, Netflix, a holiday in Crete). Mark those "Personal / not business".
3. Transfers between this account and my personal account (counterparty "R M HOLLIS") are neither income nor expense; mark them "Transfer" and leave them out of all totals.
4. If you can't tell what something is, mark it "Ask Rebecca" and I'll fill it in. Better that than a guess; Deborah gets cross about guesses.

Output
- The same CSV with a new column category, sorted by date as it is now.
- A summary table: total per category for the year, with income and expenses separated, and the number of transactions per category.
- A short list of anything that looks odd (duplicate payments, refunds that should be netted against a purchase, subscriptions I might have forgotten to cancel).

Some hints: "ADOBE", "PROCREATE" and "DROPBOX" are software; "GELATO" and "PRINTFUL" are my print suppliers; "ETSY" is income (licensing/royalties is only the payments from "BRIGHTSTAR PUB"); anything from "TFL" or "TRAINLINE" is travel, except the Trainline bookings in August, which were for the Crete holiday.

Thank you so much!
Rebecca
"""
P(GE, D,
  "She sent me her list in an e-mail last year and I've pasted it into the attached file deborah_categories.txt: Income - commissions; Income - licensing/royalties; Cost of goods (prints, materials); Travel; Phone and internet; Software and subscriptions; Equipment (anything over £250 per item goes here as a capital item); Professional fees; Advertising; Bank charges; Other expenses; Personal / not business. Please use exactly these names.",
  "She sent me a list in an e-mail last year and another, slightly different one when she took over from my previous accountant in March; I've pasted both into the attached file categories.txt. Please use exactly her category names.",
  A, "referent_two_candidates", "Please use exactly her category names.",
  "Which of Deborah's two category lists should I use: the one from last year's e-mail or the newer one from March?",
  options=["last year's list", "the March list"])

D = """\
Hi there,

We need to choose a CRM for the agency and I'd like you to do the legwork: compare options and give me a recommendation I can take to the partners on Monday.

About us: Hartwell & Reyes is an architecture firm with offices in Leeds and Manchester. We have 38 staff, of whom 22 would use the CRM (the partners, the business development team and the project architects who manage client relationships). Today we track leads and clients in a shared Excel workbook and in people's inboxes, and we lost at least two repeat clients last year because nobody followed up.

What the CRM has to do
- Track leads and opportunities through our stages (enquiry, fee proposal sent, negotiating, won, lost) with the expected fee and probability.
- Log e-mails from Microsoft 365 (we use Outlook, not Gmail) against contacts and opportunities automatically, or at least with one click.
- Reminders and simple follow-up tasks.
- A pipeline report by office and by sector (residential, education, healthcare, commercial).
- UK or EU data hosting; several public-sector clients ask about it in tenders.

Nice to have: integration with our project management tool (Synergy), a mobile app, and a way to record which competitors we lost to.

Budget: up to £15,000 per year all-in for the 22 users, including any add-ons we'd need to meet the must-haves. One-off setup costs up to £5,000 on top are acceptable.

What I need
A comparison of three or four realistic options (please include HubSpot and Pipedrive, since two partners have heard of them, plus whatever else fits), in a table against the must-haves, nice-to-haves, UK/EU hosting and total annual cost for our user count, followed by a one-page recommendation with the main risks. List prices are fine; note where a price depends on a sales conversation.

Please don't contact any vendors or book demos yet; I want to agree a shortlist with the partners first.

Thanks,
Marcus
"""
P(GE, D,
  "We have 38 staff, of whom 22 would use the CRM (the partners, the business development team and the project architects who manage client relationships).",
  "We have 38 staff; some of them would use the CRM (the partners, the business development team and perhaps some of the project architects).",
  M, "quantity_unstated", "some of them would use the CRM",
  "How many people would need a CRM licence (all 38 staff or a subset), so that I can compute the annual cost per option?",
  options=["all 38 staff", "about 20 users", "a number you specify"])

D = """\
Interview scheduling for the Head of Finance role

Hi,

We're at final-interview stage for the Head of Finance role and I'd like you to organise the interview day for the two remaining candidates, Chloé Martin and Ravi Kulkarni. Both have agreed to come to the London office.

Format (the same for both candidates)
1. 60 minutes: case presentation. The candidate presents their analysis of the case pack we sent them last week (20 min), followed by questions. Panel: Sarah Goldberg (CFO), Tom Achebe (Group Financial Controller) and me.
2. 45 minutes: competency interview. Panel: Sarah and Aisha Rahman (HR Business Partner).
3. 30 minutes: informal conversation with two people from the finance team who'd report to the new head (Li Wei and Jess Parker), without any of the senior people in the room. This part isn't scored.
Put 15-minute breaks between the parts.

Dates: Chloé is available on Tuesday 8 or Wednesday 9 October; Ravi on Wednesday 9 or Thursday 10 October. Sarah is only in London on the 9th, so both candidates should come on Wednesday the 9th: one in the morning, one in the afternoon. Chloé asked for the morning because of childcare, so give her the morning slot, starting at 09:30. Ravi's afternoon can start any time after 13:30, as long as his day ends by 17:30.

Practical
- Book meeting room "Thames" for the whole day (it has the screen for the presentation) and "Fleet" for the informal conversations, so they can run while the panel discusses.
- Send each candidate a confirmation e-mail with the schedule, the address, who they'll meet (names and roles), and that they should bring the presentation on a USB stick or be ready to share from their own laptop. Copy me.
- Send the panel calendar invitations with the candidate's CV attached (in the shared folder HR/Recruitment/HoF/Shortlist) and the scoring sheet for parts 1 and 2.
- Book lunch for the panel (five people) at 12:30 in Thames, and arrange tea and water for each session.

Please have it all sent by Friday.

Thanks,
Daniel (Recruiting)
"""
P(GE, D,
  "Chloé asked for the morning because of childcare, so give her the morning slot, starting at 09:30.",
  "One of them asked for the morning because of childcare, so give that candidate the morning slot, starting at 09:30.",
  M, "referent_unstated", "One of them asked for the morning because of childcare",
  "Which candidate should get the 09:30 morning slot on the 9th: Chloé Martin or Ravi Kulkarni?",
  options=["Chloé Martin", "Ravi Kulkarni"])

D = """\
Hello,

I coordinate the volunteers at the Northgate Community Food Bank and I'd be grateful if you could draw up our rota for October. Until now I've done it by hand on paper and it takes me a whole weekend.

Sessions
We're open three times a week: Tuesday 10:00-13:00 (distribution), Thursday 16:00-19:00 (distribution) and Saturday 09:00-12:00 (sorting donations, no clients). Each distribution session needs 6 volunteers, one of whom must be a trained session lead; Saturday sorting needs 4 volunteers and no lead. October has five Tuesdays, five Thursdays and four Saturdays.

Volunteers
The attached spreadsheet (volunteers_oct.xlsx) lists our 31 active volunteers with their availability for each weekday session, whether they're a trained session lead (7 of them are), and the maximum number of sessions they want per month (most say 2 to 4). A few notes that aren't in the spreadsheet:
- Mr. and Mrs. Okonkwo always volunteer together; schedule them on the same sessions or not at all.
- Daniel is 16, so he can only do Saturdays, and must not be the only under-18 on a session (there's one other, Aleena, also Saturdays only); it's fine if they're together.
- Brenda is away from 14 to 21 October.
- Nobody should do two sessions in the same week unless they have said they want 5 or more sessions a month.

Goal
Fill every session if possible, spread the sessions fairly (as close as possible to each person's maximum, but nobody should get more than their maximum), and use every lead at least once. If a session can't be filled, leave the gap visible and tell me which session it is rather than breaking a rule.

Output
- A printable rota for the noticeboard: a table with the dates down the side and names across, or however is clearest on one A4 page.
- A list per volunteer of their sessions, which I can copy into individual messages.
- The number of sessions each person got compared with their maximum.

If you need to make a trade-off I haven't covered, just note what you decided. I need it by 25 September so people have a week's notice.

Many thanks,
Bernadette
"""
P(GE, D,
  "Each distribution session needs 6 volunteers, one of whom must be a trained session lead; Saturday sorting needs 4 volunteers and no lead.",
  "Each distribution session needs a trained session lead plus some helpers; Saturday sorting doesn't need a lead.",
  M, "quantity_unstated", "plus some helpers",
  "How many volunteers does each session need: how many for Tuesday and Thursday distribution (including the lead), and how many for Saturday sorting?",
  options=["6 for distribution, 4 for sorting", "numbers you specify"])

D = """\
Hi,

My current car lease ends in January and I'm trying to decide whether to lease again, buy new with a loan, or buy a nearly-new car outright. I'd like you to do a proper comparison for me, because the dealers' numbers all look good in isolation.

The car: a Skoda Enyaq 85 (electric). I've test-driven it and that's the one I want; the question is only how to pay for it.

My situation:
- I live in Leeds, charge at home on an off-peak tariff (7.5p per kWh), and drive about 14,000 miles a year, mostly commuting to Harrogate and visiting family in Newcastle. That's not going to change in the next four years.
- I have £18,000 in savings earning 4.6% in an easy-access account. I'd prefer to keep at least £8,000 of it as an emergency fund.
- I keep cars for about four years.

The options (quotes attached as PDFs):
1. Personal lease (PCH): 48 months, 15,000 miles a year, initial rental of 6 months, then £389 a month. Excess mileage 9p per mile. Includes road tax. Nothing to pay at the end apart from damage.
2. New car on a hire purchase loan: price £44,950, deposit £6,000, 48 months at 6.9% APR. I own it at the end.
3. A 2023 ex-demo with 9,000 miles from a different dealer for £33,500, paid outright from savings plus a £16,000 personal loan at 7.4% over four years.

What I'd like:
- The total cost of each option over four years, including interest, the savings interest I'd give up (after 20% tax), insurance differences if any (assume the same for all), electricity (same for all, so you can leave it out), and for the ownership options the car's likely value after four years. Use a realistic resale estimate for a four-year-old Enyaq with the mileage I'll have done, and show the assumption, since that's the big uncertainty.
- A simple table and a short explanation in plain English, plus what would change the answer (for example, if resale values are 20% lower than your estimate).

No need to look at other cars or to get new quotes.

Thanks!
Jonathan
"""
P(GE, D,
  "I live in Leeds, charge at home on an off-peak tariff (7.5p per kWh), and drive about 14,000 miles a year, mostly commuting to Harrogate and visiting family in Newcastle. That's not going to change in the next four years.",
  "I live in Leeds and charge at home on an off-peak tariff (7.5p per kWh). My driving may change soon, since I'm thinking about a new job.",
  M, "quantity_unstated", "My driving may change soon, since I'm thinking about a new job.",
  "How many miles a year should I assume (it drives the lease excess-mileage charges and the resale value)?",
  options=["about 10,000", "about 15,000", "about 20,000"])

D = """\
Purchase request: ergonomic chairs for the Utrecht office

From: Sanne de Vries (Office Manager)
To: you (Procurement assistant)

Hi,

After the occupational-health review in May, we're replacing the old task chairs in the Utrecht office. I'd like you to get quotes and place the order. The facilities budget for this has been approved by Finance: €16,000 excluding VAT, covering chairs, delivery, assembly and removal of the old chairs. It can't be exceeded; anything above it needs a new approval, which would take until next quarter.

What we need
- 40 chairs, for the 40 desks on the second and third floors.
- Requirements from the occupational-health report: adjustable seat height and depth, adjustable lumbar support, 4D armrests, synchronous tilt mechanism, EN 1335 certified, suitable for users up to at least 130 kg. Mesh or fabric back are both fine.
- At least 5 years' warranty.
- Delivery and assembly on site (two floors, there is a lift), and the supplier takes away the 40 old chairs for recycling, with a certificate.
- Colour: dark grey or black.

Suppliers
Please ask at least three suppliers for a quote. Our framework supplier is Kantoor Direct (contact: Rik Jansen); we're allowed to use others as long as we get three quotes and pick on price and delivery time if everything meets the requirements. Staff tried two models at the showroom in March and liked both: the Steelcase Series 2 and the Interstuhl Every. Other models that meet the requirements are welcome in the quotes.

Timing
Delivery before 30 September, when the new team joins. Please place the order by 6 September at the latest.

Paperwork
Order through Coupa as usual, with the three quotes attached and a one-paragraph justification for the choice. The cost centre is 4410 (Facilities Utrecht).

Thanks!
Sanne
"""
P(GE, D,
  "Other models that meet the requirements are welcome in the quotes.",
  "Other models that meet the requirements are welcome in the quotes. Whatever we pick, we should pay at least €450 per chair excluding VAT, after any discount, because the cheaper ones didn't survive the last five years.",
  X, "budget_conflict", "we should pay at least €450 per chair excluding VAT, after any discount",
  "Forty chairs at €450 or more already exceed the €16,000 budget before delivery and removal; should I keep the €550 minimum and seek a new budget approval, or stay within €16,000 with cheaper compliant models?",
  options=["stay within €16,000", "keep the €450 minimum and request more budget"])


# ---------------------------------------------------------------------------
# more ops
# ---------------------------------------------------------------------------

D = """\
Ticket PLAT-3310: increase partitions and retention for the order-events topics

Cluster: kafka-prod (Confluent Platform 7.5, 6 brokers, self-managed on EC2)
Requester: Yusuf Adeyemi (Order platform)

Background
The order platform publishes to two topics on kafka-prod:
- orders.events.v2: every state change of every order (created, paid, packed, shipped, delivered, cancelled). 12 partitions, retention 3 days, about 2,500 messages/second at peak. Consumers: the fulfilment service, the notification service and the analytics sink.
- orders.audit.v1: a compacted copy of the latest state of each order, used by the customer-service tool. 6 partitions, cleanup.policy=compact.

Since the Black Friday load test, the fulfilment consumer group lags by up to 40 minutes on orders.events.v2 at peak, because it can't run more than 12 consumers (one per partition) and each consumer is CPU-bound. Separately, the analytics team lost data twice when their sink was down over a long weekend and the 3-day retention expired.

The change
1. Increase orders.events.v2 from 12 to 48 partitions. Messages are keyed by order_id, and ordering per order matters to the fulfilment service: after the increase, new messages for an existing order may land on a different partition than its older messages. The order platform team has confirmed this is acceptable if the change happens while no order is in flight between "paid" and "packed", which is true between 03:00 and 04:00 Europe/Madrid on a weekday (the warehouses are closed). Do it in that window.
2. Increase the retention of orders.events.v2 from 3 to 7 days. Disk: each broker has 4 TB with 1.1 TB used; 7 days at the current volume adds roughly 900 GB per broker with replication factor 3. That's fine.
3. Don't touch orders.audit.v1.

Steps
Use kafka-topics --alter for the partitions and kafka-configs --alter for retention.ms, from the admin host, with the admin client config in /etc/kafka/admin.properties. Before the change, record the current topic description; after, verify the new partition count, that all partitions have 3 in-sync replicas, and that the consumer groups rebalanced without errors. Scale the fulfilment consumers from 12 to 24 pods afterwards (the Deployment is in the fulfilment namespace).

Please schedule it for next Tuesday's window, post the plan in #platform-changes beforehand, and update the topic inventory page in Confluence afterwards.
"""
P(OP, D,
  "1. Increase orders.events.v2 from 12 to 48 partitions.",
  "1. Increase the partitions of the order topic from its current count to 48.",
  A, "referent_two_candidates", "the partitions of the order topic",
  "Which topic should get 48 partitions: orders.events.v2 (12 partitions, where the fulfilment lag is) or orders.audit.v1 (6 partitions, compacted)?",
  options=["orders.events.v2", "orders.audit.v1"])

D = """\
Decommissioning plan: the legacy FTP server ftp-legacy-01

Owner: Infrastructure (Mirela Kovac)
Ticket: INF-2290

Background
ftp-legacy-01 is a CentOS 7 VM in the Amsterdam data center that runs vsftpd. For fifteen years our wholesale customers uploaded order files to it. CentOS 7 is end of life, the VM fails our security baseline, and all but one customer have moved to the SFTP gateway (sftp.kestrel.example) or the order API. The last one, Vos Bakkerij, switched to the SFTP gateway on 2 September and confirmed in writing that they no longer use FTP.

Plan
1. Check the vsftpd logs (/var/log/xferlog) for any successful login in the last 30 days. If there is any login other than from our own monitoring (10.20.0.15), stop and tell me who it was.
2. Announce the shutdown in #infra-changes and to the customer success team (cs-team@kestrel.example), one week in advance, with the date.
3. On the day: stop and disable vsftpd, then shut down the VM. Don't delete it yet.
4. Remove the DNS records ftp.kestrel.example and ftp-legacy-01.int.kestrel.example, the firewall rules allowing ports 21 and 30000-30100 from the internet, and the entries in the monitoring (Zabbix host and the external uptime check).
5. Archive the contents of /srv/ftp (about 60 GB; old order files that finance wants to keep for seven years) to the archive bucket s3://kestrel-archive/ftp-legacy-01/ with the Glacier Deep Archive storage class, before shutting the VM down.
6. Thirty days after the shutdown, if nobody has complained, delete the VM and its disks, and release the public IP.
7. Update the CMDB entry and close INF-2290.

The shutdown date is Thursday 26 September at 10:00 CEST, which gives us the week's notice and avoids the month-end order peak. Please prepare the announcement today and carry out steps 1 and 5 this week, so that we know there are no surprises before the announcement goes out.

Rollback until step 6: power the VM back on and restore the DNS records and firewall rules from the Terraform state history. After step 6 there is no rollback, but the files are in the archive.
"""
P(OP, D,
  "The shutdown date is Thursday 26 September at 10:00 CEST, which gives us the week's notice and avoids the month-end order peak. ",
  "We still have to fix the shutdown date; it should avoid the month-end order peak. ",
  M, "date_unstated", "We still have to fix the shutdown date",
  "On what date and time should ftp-legacy-01 be shut down, so the announcement can give a week's notice?",
  options=["Thursday 26 September, 10:00 CEST", "another date you choose"])

D = """\
Task: set up the PagerDuty schedule and escalation policy for the new Search team

Hi,

The Search team (six engineers) goes on call for the search-api and indexer services from 1 November; until now those alerts went to the Platform team. Could you set up PagerDuty for them? Details below.

Team members (all already have PagerDuty accounts): Anouk, Bilal, Chiara, Diego, Emeka, Freja. Engineering manager: Hyun-woo Park.

Schedule "Search primary"
- Weekly rotation, handing over on Mondays at 10:00 Europe/Amsterdam (the whole team is in Amsterdam).
- Order for the first cycle: Anouk, Bilal, Chiara, Diego, Emeka, Freja, starting on Monday 4 November. The last days of October stay with Platform.
- Freja is on parental leave for the weeks starting 25 November and 2 December; add an override so that Emeka covers the first of those weeks and Anouk the second.

Schedule "Search secondary"
- The same six people, offset by one week, so that the secondary is last week's primary.

Escalation policy "Search"
- Level 1: Search primary. If the incident isn't acknowledged within 10 minutes, escalate.
- Level 2: Search secondary. If not acknowledged within 15 minutes, escalate.
- Level 3: Hyun-woo Park.
- Repeat the policy twice if nobody acknowledges.

Services
- Move the PagerDuty services "search-api" and "indexer" to the new escalation policy on 4 November at 10:00, not before; until then they stay on the Platform policy. Urgency rules stay as they are (high urgency for P1/P2 alerts, low for the rest).
- Add both services to the Search team in PagerDuty, so that the team sees them on its dashboard.

Please use the Terraform PagerDuty provider in the infra repository (directory pagerduty/, where the other teams are defined), not the web UI, so that the configuration is reviewed like everything else. Add Hyun-woo as a reviewer on the PR.

Thanks!
Léa (Platform)
"""
P(OP, D,
  "- Level 1: Search primary. If the incident isn't acknowledged within 10 minutes, escalate.",
  "- Level 1: Search primary. If the incident isn't acknowledged in time, escalate.",
  M, "timeout_unstated", "If the incident isn't acknowledged in time, escalate.",
  "After how many minutes without acknowledgement should level 1 escalate to the secondary: 5, 10 or 15 minutes?",
  options=["5 minutes", "10 minutes", "15 minutes"])


# ---------------------------------------------------------------------------
# more writing
# ---------------------------------------------------------------------------

D = """\
Brief: customer case study, logistics customer (anonymised)

From: Tobias Lind, Product Marketing
To: you

Hi,

We'd like a customer case study for the website and for the sales team to send to prospects. The customer is a mid-sized Dutch logistics company that has used our route-planning software, Routewise, for 18 months. Their legal team has approved the case study on one condition: the company must not be named or identifiable. No company name, no logo, no names of their staff, and no details that would let a competitor work out who they are (so no exact fleet size; "a fleet of around 300 vans" is fine, and "a logistics company in the Netherlands" is fine).

What the customer told us (from the interview transcript, attached):
- Before Routewise, four planners built routes by hand every evening, which took about three hours.
- Now one planner reviews the generated routes in about 40 minutes, and the other three work on customer service and exceptions.
- Kilometres driven per delivery fell by 11% in the first year, measured by the customer's own telematics.
- Late deliveries fell from 7.5% to 3.1%.
- They liked that drivers' shift rules and the Dutch environmental zones were built in from day one.
- A quote from their operations director that we may use without his name, attributed as "Operations Director": "The planners were sceptical at first. Three months in, nobody wanted to go back."

The piece
- 600-800 words, structure: the challenge, why they chose Routewise (they compared us with two competitors, but don't name them), the rollout (eight weeks, including a two-week parallel run), the results, what's next (they're piloting our EV charging planner).
- A headline and a subheadline; a pull-quote box with the director's quote; a "Results at a glance" box with three numbers.
- Tone: matter-of-fact and specific. We're selling to operations people who distrust marketing.
- British English, since the sales team uses it in the UK and the Netherlands.

Deadline: end of next week. Please send it as a Google Doc and share it with me and with Marit in Legal, who'll check the anonymisation.

Thanks!
Tobias
"""
P(WR, D,
  "- Tone: matter-of-fact and specific. We're selling to operations people who distrust marketing.",
  "- Tone: matter-of-fact and specific. We're selling to operations people who distrust marketing. Sales asked that the headline name the customer, Van Dijk Transport, and use their logo, since named references convert much better.",
  X, "conflicting_requirements", "Sales asked that the headline name the customer, Van Dijk Transport, and use their logo",
  "The customer's legal team only approved an anonymised case study, but Sales wants the name and logo in the headline; should I keep it anonymous, or wait until the customer approves being named?",
  options=["keep it anonymous", "name the customer (needs their approval)"])

D = """\
Request: the October member newsletter

Hi,

It's newsletter time again. Could you write the October issue of "The Allotment Post" for the Elmfield Allotment Society? It goes out by e-mail to our 212 members on 1 October. I've put the notes from the committee meeting below.

Usual format: a short hello from the chair (that's me, Gordon), then four or five items with a heading each, then dates for the diary, then the committee contacts (copy those from last month's issue, attached, unchanged). Around 600-700 words in total. Friendly and practical; many members are retired and read every word, but please keep sentences short, because it's read on phones too.

Items this month:
1. The autumn work party on Saturday 12 October, 10:00-13:00, meeting at the main shed. Jobs: clearing the overgrown hedge along the north path, mending the communal compost bays and putting up the new noticeboard. Bring gloves; the society provides tools, tea and cake. Please ask people to reply to Margaret (margaret.hale@elmfield-allotments.example) if they're coming so she knows how much cake to bake.
2. Water: the troughs will be turned off on 31 October for the winter, as every year. Any leaks should be reported to Dev before then.
3. Rent reminder: the annual plot rent (£45 for a full plot, £25 for a half plot, half price for members over 70) is due by 30 November. Payment by bank transfer to the society's account (details as last month) or cash to Susan at the shed on Saturday mornings.
4. Well done to the Patels on plot 14B, whose squash won second prize at the county show.
5. Theft: two members have had tools taken from unlocked sheds in September. The gate code changes on 7 October; the new code will be sent by text, not in the newsletter.

Dates for the diary: work party 12 Oct; gate code change 7 Oct; water off 31 Oct; rent due 30 Nov; AGM on Thursday 5 December, 19:30, at St Mark's church hall.

Thanks so much, you make this much better than I would!
Gordon
"""
P(WR, D,
  "1. The autumn work party on Saturday 12 October, 10:00-13:00, meeting at the main shed.",
  "1. The autumn work party, 10:00-13:00, meeting at the main shed; it's the Saturday we agreed at the meeting (the committee minutes say the 12th, but Susan thinks we moved it to the 19th).",
  X, "date_conflict", "the committee minutes say the 12th, but Susan thinks we moved it to the 19th",
  "Is the autumn work party on Saturday 12 October or Saturday 19 October?",
  options=["Saturday 12 October", "Saturday 19 October"])

D = """\
Op-ed request: the city's proposed ban on pavement parking

From: Leila Haddad, Director, Walk Easy Leeds (charity)
To: you

Hi,

The Yorkshire Evening Post has offered us 700 words in next Thursday's opinion section, ahead of the council vote on the proposed city-wide ban on parking on pavements. I'd like you to draft it for me, under my name.

Our position: we strongly support the ban as drafted, including the part that phases it in over two years and the exemption process for the narrowest terraced streets, which some campaigners think is a loophole. We think a ban with a workable exemption is better than a purer ban that the council can't enforce. Say that plainly; the piece should leave no doubt which way we think councillors should vote.

Points to make:
- Who is affected: wheelchair users, people pushing buggies, blind and partially sighted people. One in five people in Leeds has a disability that affects mobility or sight (council's own 2023 figure).
- A real story: our member Graham, who is blind, walked into a van wing mirror on Harehills Lane last winter and needed stitches. He's happy to be named.
- Enforcement: the council estimates the ban would need 14 more civil enforcement officers, paid for by fines within three years. We think that's realistic.
- Answer the main objection head-on: residents of terraced streets say there's nowhere else to park. That's exactly what the exemption process is for, and the council has committed to a street-by-street review.
- End with a concrete ask: readers should e-mail their ward councillor before the vote on the 24th; give the council's "find your councillor" page (leeds.gov.uk/councillors).

Style: first person plural ("we"), warm but firm, no jargon ("active travel corridors" and the like). The paper's guidelines: 650-700 words, a headline suggestion (they'll write their own anyway), and no more than two statistics per paragraph.

I need the draft by Monday so our trustees can see it on Tuesday. It must reach the paper by Wednesday noon.

Thank you!
Leila
"""
P(WR, D,
  "Our position: we strongly support the ban as drafted, including the part that phases it in over two years and the exemption process for the narrowest terraced streets, which some campaigners think is a loophole. We think a ban with a workable exemption is better than a purer ban that the council can't enforce. Say that plainly; the piece should leave no doubt which way we think councillors should vote.",
  "Our trustees are still split on whether to back the ban as drafted, with its exemption process for the narrowest terraced streets, or to push for a ban without exemptions; I'll let you know which way we go. Either way, the piece should leave no doubt which way we think councillors should vote.",
  M, "position_unstated", "I'll let you know which way we go.",
  "Should the op-ed back the ban as drafted (with the terraced-street exemption) or argue for a ban without exemptions?",
  options=["back the ban as drafted", "argue for a ban without exemptions"])


# ---------------------------------------------------------------------------
# more coding / sql / data / general
# ---------------------------------------------------------------------------

D = """\
Issue #1412: make the HTTP timeouts configurable in `meshcat-client`

meshcat-client is the Python SDK for our service mesh catalogue API. It's used by about thirty internal tools and by two customers' automation. The client is built on httpx and creates one httpx.Client per MeshcatClient instance.

Today the client hard-codes two timeouts in meshcat/_http.py: a connect timeout of 5 seconds (how long to wait for the TCP and TLS handshake) and a read timeout of 30 seconds (how long to wait for the server to send data once connected). Both are passed to httpx.Timeout. Users with very large catalogues hit the 30-second read timeout when they list all services in one call; users on flaky VPNs would rather fail fast and retry.

What we want
1. Add a keyword argument read_timeout: float = 30.0 to MeshcatClient.__init__ and pass it through to httpx.Timeout(read=...). Leave the connect timeout hard-coded at 5 seconds for now; nobody has asked to change it, and every extra option is one more thing to document.
2. Also read it from the environment variable MESHCAT_READ_TIMEOUT if the argument isn't given. The argument wins over the environment variable, which wins over the default. An environment value that isn't a positive number raises ValueError when the client is created, with a message naming the variable.
3. Validate the argument: it must be a positive number (int or float); None is not allowed, because an infinite read timeout has caused hung CI jobs before.
4. Document it in the docstring of MeshcatClient and in docs/configuration.md, with the precedence rules.
5. Add a CHANGELOG entry under "Unreleased / Added". This is a minor release (1.9.0).

Tests
In tests/test_timeouts.py: default value; explicit argument; environment variable; argument overriding the environment; invalid values from both sources (0, -1, "abc", None). Use monkeypatch for the environment and inspect client._client.timeout rather than making network calls.

Please keep the public signature otherwise unchanged and make sure mypy --strict still passes; the package ships a py.typed marker.
"""
P(CO, D,
  "1. Add a keyword argument read_timeout: float = 30.0 to MeshcatClient.__init__ and pass it through to httpx.Timeout(read=...). Leave the connect timeout hard-coded at 5 seconds for now; nobody has asked to change it, and every extra option is one more thing to document.",
  "1. Add a keyword argument timeout to MeshcatClient.__init__ that controls the timeout users have been complaining about, and pass it through to httpx.Timeout.",
  A, "referent_two_candidates", "controls the timeout users have been complaining about",
  "Should the new option control the read timeout (30 s, hit by large listings), the connect timeout (5 s, the flaky-VPN case), or both?",
  options=["read timeout only", "connect timeout only", "both, as separate arguments"])

D = """\
Request: clean out test accounts before the investor metrics export

From: Dominik Weber (Finance)
To: Data team

Hi,

Next week we send our investors the quarterly metrics pack (signed-up accounts, active accounts, paying accounts, MRR). Last quarter one of the investors pointed out that our "accounts created" number included a few hundred obvious test accounts, which was embarrassing. This time I'd like the test accounts removed from the production database itself, rather than filtered in the report, so that every dashboard agrees.

Database: Postgres 15, database app, schema public.
- accounts(id, name, owner_email, created_at, plan, is_internal boolean, deleted_at)
- users(id, account_id, email, created_at)
- subscriptions(id, account_id, status, mrr_cents)
- events(id, account_id, ...), about 900 million rows

How to recognise a test account: for this clean-up, an account is a test account if is_internal is true, or if its owner_email ends in @kestrel.example or @kestrel-test.example, or if it was created by our end-to-end test suite, whose accounts all have names starting with "e2e-". Nothing else: in particular, accounts with names like "test" or "asdf" created by real prospects are real sign-ups and must stay, however silly they look.

What to do
1. First, a SELECT that lists the matching accounts with their id, name, owner_email, created_at, plan and current MRR, and a count. Send me the list before deleting anything. If any of them has a subscription with status 'active' and mrr_cents > 0, flag it separately; a paying test account would be strange and I want to look at it.
2. After I've said OK: soft-delete them by setting deleted_at = now() (don't hard-delete; the events table would take hours and support sometimes needs the history). Their users and subscriptions stay as they are.
3. Add the same rule as a view, reporting.real_accounts, which the metrics queries will use from now on so that new test accounts are excluded automatically.

Please do steps 1 and 3 today, and step 2 once I've replied.

Thanks,
Dominik
"""
P(SQ, D,
  "How to recognise a test account: for this clean-up, an account is a test account if is_internal is true, or if its owner_email ends in @kestrel.example or @kestrel-test.example, or if it was created by our end-to-end test suite, whose accounts all have names starting with \"e2e-\". Nothing else: in particular, accounts with names like \"test\" or \"asdf\" created by real prospects are real sign-ups and must stay, however silly they look.",
  "You'll know the test accounts when you see them; just be careful, because some real prospects sign up with silly names too.",
  M, "criteria_unstated", "You'll know the test accounts when you see them",
  "What rule identifies a test account: is_internal = true, internal e-mail domains, names starting with 'e2e-', or some combination of these?",
  options=["is_internal only", "is_internal, internal e-mail domains and 'e2e-' names", "a rule you specify"])

D = """\
Data request: combine the two temperature logger exports

Hi,

We're a small museum and we monitor temperature and humidity in the two stores where we keep the textile collection, because the conservator needs a yearly report for our accreditation. We have two loggers from different brands, and they export differently. Could you combine them into one clean dataset and make the yearly summary?

Files (attached):
- store_A_2024.csv: from the Tinytag logger in Store A. Columns: "Date/Time", "Temperature (°C)", "RH (%)". One reading every 15 minutes. Dates are written like 03/04/2024 14:15, which is day/month/year because the logger software was set up in the UK.
- store_B_2024.xlsx: from the newer Lascar logger in Store B. Columns: timestamp (ISO format, e.g. 2024-04-03T14:15:00), temp_c, rh_pct. One reading every 10 minutes.
Both loggers store local time (Europe/London), including the daylight-saving changes, so there's a missing hour in March and a repeated hour in October. That's fine; just keep the times as local time and don't try to fix it.

What I need
1. One combined CSV with columns store ("A" or "B"), timestamp (ISO format, local time), temp_c, rh_pct, sorted by store and time. Keep the original resolution; don't resample.
2. Remove obvious logger glitches: readings where RH is above 100 or below 0, or where the temperature is below -10 or above 50 (the stores are indoors). Count how many you removed per store.
3. For each store and each month: minimum, maximum and mean temperature and RH, and the percentage of readings outside the target band (16-20 °C and 45-55% RH; a reading is outside if either value is outside).
4. A one-page summary in plain language for the conservator, with the monthly table and two line charts (one per store) showing daily mean temperature and RH across the year, with the target bands shaded.

I'm not very technical, so Excel and PDF files are easiest for me. It would be great to have it by the end of the month.

Thank you!
Siobhan
"""
P(DA, D,
  "the percentage of readings outside the target band (16-20 °C and 45-55% RH; a reading is outside if either value is outside).",
  "the percentage of readings outside the target band the conservator works to.",
  M, "threshold_unstated", "outside the target band the conservator works to",
  "What are the target temperature and RH bands for the stores (for example 16-20 °C and 45-55% RH)?",
  options=["16-20 °C and 45-55% RH", "bands you specify"])

D = """\
Ops request: roll the image-processing workers onto the new base image

Cluster: prod-eu, namespace media
Requester: Zoltan Horvath (Media team)

Background
The media namespace runs two worker Deployments that consume from RabbitMQ:
- thumbnailer: generates thumbnails for uploaded photos. 20 replicas, queue media.thumbs. Each job takes under a second; losing an in-flight job is harmless because the message is redelivered.
- transcoder: transcodes uploaded videos with ffmpeg. 8 replicas, queue media.transcode. Jobs take up to 25 minutes, and a killed job starts over from scratch, which customers notice as "processing" spinners that never end.

Last week's security scan flagged a critical libwebp vulnerability in the old base image. The Media team has built new images on the patched base (debian:12.6-slim) for both workers; the new tags are in the Helm values PR #2281, merged this morning, but not yet synced by Argo CD because the app is set to manual sync.

What to do
1. Sync the thumbnailer in Argo CD now. Its rolling update (maxUnavailable 25%) is fine as it is; the redelivered messages cover it.
2. Watch the queue depth of media.thumbs in Grafana (dashboard "Media queues") for 15 minutes after the rollout finishes. It should return to under 100 messages; if it doesn't, roll back with Argo CD's history and tell me.
3. Leave the transcoder alone for today. Its Deployment's terminationGracePeriodSeconds is only 30 seconds, so a rollout kills jobs in the middle; Zoltan is adding a pre-stop hook that stops consuming and waits for the current job, and will ask for the transcoder rollout separately once that is merged.
4. Post in #media-ops when the thumbnailer is done, with the queue graph.

The security team wants the vulnerable image gone from the thumbnailer by the end of the day; the transcoder has an exception until Friday because it never decodes WebP input.
"""
P(OP, D,
  "1. Sync the thumbnailer in Argo CD now. Its rolling update (maxUnavailable 25%) is fine as it is; the redelivered messages cover it.\n2. Watch the queue depth of media.thumbs in Grafana",
  "1. Sync the worker in Argo CD now. Its rolling update (maxUnavailable 25%) is fine as it is.\n2. Watch its queue depth in Grafana",
  A, "referent_two_candidates", "Sync the worker in Argo CD now.",
  "Which worker should be synced now: thumbnailer (safe to restart) or transcoder (kills long jobs on rollout)?",
  options=["thumbnailer", "transcoder"])

D = """\
Hi,

Could you book a restaurant for our team dinner? It's to celebrate shipping the 3.0 release, and the company is paying.

Details
- Who: 11 people. One vegan (Ines), one coeliac (Marek, strictly gluten-free, not just "low gluten"), and everyone else eats anything.
- When: Friday 15 November, from 19:00. Not Friday the 8th: half the team is at the conference in Vienna that week, which is why we didn't do it straight after the release.
- Where: central Prague, walkable from our office at Karlín (or a short tram ride). Not a chain.
- Budget: up to 1,200 CZK per person for food and soft drinks; the company doesn't pay for alcohol, so people will pay their own drinks separately. Please check that the restaurant can split the bill that way, or give us a separate tab for drinks.
- We'd like a private room or at least a separate area, because we'll do a short thank-you speech and nobody wants to shout over other tables.
- Something Czech-ish but modern would be nice; last year's steakhouse wasn't great for the vegan.

What I need
1. Find three options that meet everything above and send me a short list with the price level, a link to the menu, and what they said about the gluten-free and vegan options (ask them; don't just trust the website).
2. Once I pick one (I'll reply within a day), book it under my name, Jana Svobodová, with my phone number +420 601 000 000, for 11 people, and add the booking to the "Team events" calendar with the address.
3. If a deposit is needed, use the company card ending 4471 and send me the receipt.

Thanks a lot!
Jana
"""
P(GE, D,
  "- When: Friday 15 November, from 19:00. Not Friday the 8th: half the team is at the conference in Vienna that week, which is why we didn't do it straight after the release.",
  "- When: next Friday or the one after, from 19:00; I'll check which works better with the Vienna conference people.",
  M, "date_unstated", "next Friday or the one after",
  "Which Friday should I book: Friday 8 November or Friday 15 November (after the Vienna conference)?",
  options=["Friday 8 November", "Friday 15 November"])

D = """\
Spec: hourly energy dataset for the heat-pump trial

Project: municipal heat-pump retrofit trial, 46 homes
Requester: Dr. Tomasz Nowak, building physics group

Each trial home has a smart meter on the heat pump's electricity supply and a heat meter on its output. The vendor's portal exports one CSV per home per month with a row every 5 minutes. We need a clean hourly dataset for the seasonal performance analysis.

Input
s3://hp-trial/raw/<home_id>/<yyyy-mm>.csv, October 2023 to April 2024, columns:
- ts: start of the 5-minute interval, UTC, ISO format
- elec_kwh: electricity consumed by the heat pump during the interval (kWh, energy, not power)
- heat_kwh: heat delivered during the interval (kWh)
- flow_temp_c: flow temperature at the end of the interval (°C)
- outdoor_temp_c: from the unit's own sensor (°C), instantaneous

Processing
1. Combine all files into one table with a home_id column.
2. Aggregate to hourly intervals (UTC, labelled by the start of the hour). elec_kwh and heat_kwh are summed over the twelve 5-minute intervals; flow_temp_c and outdoor_temp_c are averaged.
3. An hour is complete if all twelve 5-minute rows are present. Keep incomplete hours, with a column n_intervals (0-12), but set the sums to missing if n_intervals is below 10, so that partial hours don't look like low-consumption hours.
4. Add hourly COP = heat_kwh / elec_kwh where elec_kwh > 0.05; otherwise missing.
5. Flag meter resets: the vendor's meters occasionally report one huge negative or positive value after a reset. Any 5-minute elec_kwh above 2.0 or below 0 (the heat pumps are rated at 6 kW maximum, so 0.5 kWh per 5 minutes is the physical limit) should be set to missing before aggregating, and counted.

Output
- Parquet at s3://hp-trial/clean/hourly.parquet, partitioned by home_id.
- A data-quality report (CSV) per home: number of hours, complete hours, flagged readings.
- The code in the trial's repository (python, pandas or polars) with a README on how to rerun it when the vendor sends corrected files.

We'd like it in two weeks, before the mid-trial meeting.
"""
P(DA, D,
  "but set the sums to missing if n_intervals is below 10, so that partial hours don't look like low-consumption hours.",
  "but set the sums to missing if too much of the hour is missing, so that partial hours don't look like low-consumption hours.",
  A, "threshold_vague", "if too much of the hour is missing",
  "How many of the twelve 5-minute rows must an hour have for its sums to be kept: all 12, at least 10, or at least 6?",
  options=["all 12", "at least 10", "at least 6"])

D = """\
Analytics request: support load from enterprise customers

From: Valentina Cruz (VP Support)
To: Analytics

Hi,

I'm preparing the case for a dedicated enterprise support pod and I need some numbers on how much of our support load comes from enterprise customers.

Data (Snowflake, database SUPPORT_DW):
- ZENDESK.TICKETS (TICKET_ID, ORGANIZATION_ID, CREATED_AT, SOLVED_AT, CHANNEL, PRIORITY, FIRST_REPLY_MINUTES, FULL_RESOLUTION_MINUTES, AGENT_TOUCHES)
- ZENDESK.ORGANIZATIONS (ORGANIZATION_ID, NAME, SALESFORCE_ACCOUNT_ID)
- SALESFORCE.ACCOUNTS (ACCOUNT_ID, NAME, BILLING_TIER in ('self_serve','growth','enterprise'), ARR_USD, NAMED_ACCOUNT_FLAG)
A note on definitions, because it trips people up: there are two notions of "enterprise" in Salesforce. BILLING_TIER = 'enterprise' is the contract plan (about 410 accounts). NAMED_ACCOUNT_FLAG = true is the list of 120 strategic accounts that Sales manages individually, which includes some growth-tier accounts and excludes many small enterprise-tier ones. For this analysis, use BILLING_TIER = 'enterprise', since the pod would be staffed and priced according to the contract plan.

Numbers I need, for tickets created from 1 January to 30 June 2024:
1. Number of tickets and share of all tickets from enterprise customers, per month.
2. Median and 90th percentile first-reply time and full-resolution time, enterprise vs everyone else.
3. Average agent touches per ticket, enterprise vs everyone else.
4. Tickets per 100 accounts per month for each billing tier, so we can see whether enterprise customers are heavier users of support per account.
Tickets whose organisation has no Salesforce account (about 6%, mostly free users) count as "everyone else".

Output
A short Google Slides deck (4-5 slides) with a chart per question and a one-line takeaway on each, plus the SQL in the speaker notes. I'll present it to the leadership team on the 18th, so I'd need it by the 15th.

Thanks!
Valentina
"""
P(SQ, D,
  "For this analysis, use BILLING_TIER = 'enterprise', since the pod would be staffed and priced according to the contract plan.",
  "For this analysis, use the enterprise customers.",
  A, "definition_two_candidates", "use the enterprise customers",
  "Which definition of enterprise should the analysis use: BILLING_TIER = 'enterprise' (about 410 accounts on the contract plan) or NAMED_ACCOUNT_FLAG = true (the 120 strategic accounts)?",
  options=["BILLING_TIER = 'enterprise'", "NAMED_ACCOUNT_FLAG = true"])

D = """\
Writing request: article about the new parental-leave policy

From: Harriet Cole, People team
To: you (Internal Comms)

Hi,

From 1 January our parental-leave policy gets considerably better, and we'd like an article about it. We publish two newsletters: "Inside Kestrel", the monthly internal newsletter for all 1,400 employees, and "Kestrel Careers", the quarterly newsletter we send to about 9,000 candidates in our talent pool. This piece is for Inside Kestrel, in the December issue. Employees need the practical details; we'll do a separate, shorter careers piece later.

What's changing
- Birth parents: 26 weeks at full pay (today: 16 weeks full pay, then statutory pay).
- Non-birth parents, including adoptive parents and same-sex partners: 16 weeks at full pay (today: 4 weeks), which can be taken in up to three blocks within the child's first year.
- Eligibility from the first day of employment (today: after 26 weeks of service).
- A phased return: four weeks at 80% hours on full pay after any parental leave of 12 weeks or more.
- It applies to all children born or placed for adoption on or after 1 January. People already on leave on that date get the new terms from 1 January for the rest of their leave.

Points to get across
- The practical bits: who's eligible, how to apply (through Workday, at least 8 weeks before the leave starts), who to ask (the People team at people@kestrel.example, or your HR business partner).
- Why we're doing it: our engagement survey and exit interviews showed parental leave as a top reason for leaving among people aged 28-40, and we want the policy to be equal between parents.
- A short quote from our CEO, Amara Osei, which she has approved: "Caring for a new child is work too. We want every parent here to be able to do it without worrying about money."
- Please don't include any costs or numbers about how many people are expected to use it.

Style: 500-700 words, plain English, a headline and a standfirst, a short FAQ at the end with five questions. Warm, not salesy.

Please send me a draft by the 29th.

Thanks,
Harriet
"""
P(WR, D,
  "This piece is for Inside Kestrel, in the December issue. Employees need the practical details; we'll do a separate, shorter careers piece later.",
  "This piece is for the December newsletter.",
  A, "referent_two_candidates", "This piece is for the December newsletter.",
  "Which newsletter is the article for: Inside Kestrel (internal, for employees) or Kestrel Careers (for candidates in the talent pool)?",
  options=["Inside Kestrel (employees)", "Kestrel Careers (candidates)"])


# ---------------------------------------------------------------------------
# stand-alone items
# ---------------------------------------------------------------------------

OK(WR, """\
Brief: annual report foreword from the chair

From: Oluwaseun Adebayo, Company Secretary, Greenway Housing Association
To: you

Hi,

Each year our chair writes a one-page foreword for the annual report, and each year it ends up being drafted at the last minute. This year I'd like you to draft it for Margaret Ellison, our chair, based on the points she gave me in our meeting (below). She'll edit it in her own voice afterwards, so a solid draft that gets the substance right is what matters.

The report covers the financial year April 2023 to March 2024. It goes to tenants, local councils, our lenders and the regulator, and it's published on our website. Tenants are the most important readers; many of them read the foreword and nothing else.

Points Margaret wants to make:
1. Thank the tenants who took part in the new Tenant Scrutiny Panel, which reviewed our repairs service this year and made eleven recommendations; we've accepted nine and are piloting the other two.
2. Be honest about damp and mould. We received 1,180 damp and mould reports this year, against 640 the year before, partly because we made reporting easier after the national coverage in 2023. We now inspect every report within 10 working days (it used to take up to six weeks), and we've committed £4.2m over three years to ventilation and insulation work in the worst-affected blocks.
3. Completions: 214 new homes, of which 150 are for social rent. Our target was 240; the shortfall is due to a contractor going into administration at the Brook Lane site, which has now restarted with a new contractor.
4. Thank the staff, especially the repairs team, who handled a 30% rise in repair requests.
5. Look ahead: the new tenant portal launches in the autumn, and the board has approved a rent increase of 7%, the maximum the government allows, which she wants to acknowledge is hard for many tenants, and point them to the hardship fund (£300,000 this year) and the money advice service.

Style: plain English, warm and direct, first person ("I"), no jargon like "stakeholders" or "going forward". About 450 words, to fit one page with her photo. British English. Sign off with her name and "Chair of the Board".

I need the draft by Friday the 7th; the designer needs the final text by the 14th.

Thanks,
Seun
""")

OK(GE, """\
Hi,

My mum, Dorothy, is moving from her house in Norwich into a ground-floor flat in a retirement development near us in Cambridge on Friday 22 November. I'm handling the admin for her and I'd like you to help me get organised. I have power of attorney for her property and financial affairs (registered, and most of the organisations below already have a copy).

Could you draw up a checklist and draft the letters and e-mails for me? Here's what I know needs doing:

1. Utilities at the old house (14 Elm Road, Norwich NR2 3AB): electricity and gas with Octopus Energy, water with Anglian Water, broadband with BT. Final meter readings will be taken on the 22nd; I'll do that myself and add the numbers before sending. The house is being sold, and the sale completes on 6 December, so she's responsible for the bills until then; ask for final bills as at 6 December, with the meter readings from the 22nd noted.
2. Utilities at the new flat (Flat 3, Willow Court, Hills Road, Cambridge CB2 8PH): the development manages electricity and water through the service charge, so there's nothing to set up apart from broadband; please draft a request to BT to move her existing contract to the new address from the 22nd.
3. Council tax: tell Norwich City Council she's leaving on the 22nd and that the house will be empty until the sale on 6 December, and register her with Cambridge City Council from the 22nd. She gets the single person discount; mention it to both.
4. Change of address for: her bank (Nationwide), her pension (Aviva), the State Pension (DWP), her GP and dentist (she'll register with new ones in Cambridge; I've found the practices), the DVLA (she still has a licence although she doesn't drive), TV Licensing, and Royal Mail redirection for 12 months.
5. Her doctor's surgery: the new GP practice is Mill Road Surgery; I'll register her in person, but I'd like a letter to her old GP asking them to transfer her records.

Please give me:
- A checklist in date order, with who does what and by when (some things should be done two weeks before the move, some on the day, some after).
- Draft letters or e-mails for items 1, 3 and 5, written from me on her behalf, mentioning the power of attorney. Keep them short and polite.
- For item 4, a short table with each organisation, how to notify them (online, phone or letter, as far as you know), and what reference we'll need (account number, National Insurance number and so on). I'll fill in the numbers myself.

Thank you, this is a big help.
Catherine
""")

BL(CO, """\
Ticket WEB-882: rounding of prices in the basket

Reporter: Sinéad (QA)
Component: shop-frontend (Vue 3) and basket-service (Kotlin)

Summary
When a customer adds three items at €3.33 each to the basket, the basket page shows a subtotal of €9.99, but the order confirmation e-mail shows €10.00. The difference comes from where rounding happens: basket-service stores unit prices as gross prices with four decimals (3.3275) and sums them before rounding, while the frontend rounds each line to two decimals and then sums.

Discussion
Florian (basket-service): The tax rules for our invoices say the line total is computed from the unrounded unit price and then rounded per line, and the invoice total is the sum of the rounded lines. That's what the invoice PDF does today, and finance wants everything customer-facing to match the invoice.

Magda (frontend): Fine by me, but then the frontend shouldn't compute anything itself; it should just display what basket-service returns. Today the frontend recalculates totals when the quantity changes, for responsiveness.

Sinéad: The same issue shows up for discounts: a 10% discount on the basket is applied per line by the frontend and on the total by the backend, so we get one-cent differences there too.

Task
1. Make basket-service the single source of truth: its basket response gets line_total and subtotal fields, computed with the invoice rule (unrounded unit price x quantity, rounded per line, half up; subtotal = sum of rounded lines).
2. The frontend displays those fields and stops recalculating; while a quantity change is in flight it shows a small spinner on the total instead of a recalculated number.
3. Discounts: apply the 10% on the basket total, rounding half up, as Florian described for invoices.
4. Add tests in both repositories: the 3 x €3.33 case, a quantity change, and a discount case.

Please open one PR per repository and link both to WEB-882.
""", X, "referent_conflict", "apply the 10% on the basket total, rounding half up, as Florian described for invoices",
   "Florian's invoice rule computes and rounds per line, not on the total; should the 10% discount be applied per line (rounded per line, like the invoice) or once on the basket total?",
   options=["per line, like the invoice", "once on the basket total"])


if __name__ == "__main__":
    C.write()
