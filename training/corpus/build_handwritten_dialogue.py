"""Hand-written probe training data, part "dialogue": the request comes last in a conversation or after a document.

Each item's ``text`` is the user's final message; the ``context`` holds what came before:
earlier chat turns ("User: ... / Assistant: ..." lines, two to eight turns) or a pasted
document (an email, a Slack-style thread, meeting notes, a README or ticket excerpt).
Contexts run from one short line to about 250 words.

The contrast this part teaches is whether the earlier turns or the document already settle
what the final request leaves open:

* label 0: the final request is terse ("do the same for the other one", "ok make it
  shorter", "send it", "use the second option") but the context makes it unambiguous, or
  the request is complete on its own and the context is just background.
* label 1: the referent has two candidates in the context ("the other one" when three
  things were discussed), the context lacks the fact the request needs ("send it to him"
  with no address anywhere), the final request contradicts a constraint the user set
  earlier ("keep it under 100 words" ... "add three more sections"), or two people in a
  thread gave conflicting instructions.

Most groups are ``context_pair`` items (same final request, a context that settles it vs
one that does not); a second kind uses ``pair`` with the same context and two different
final requests; stand-alone ``ok`` / ``blocked`` items close the file.  Spans usually point
into the context (``where="context"``).

Every item below was written out by hand as a literal call: no templates, no word-list
loops, no random generation.  Deterministic, stdlib only.

Usage (from the repository root):
    python -m training.corpus.build_handwritten_dialogue
    python -m training.corpus.check_corpus training/corpus/handwritten_dialogue.jsonl
"""

from __future__ import annotations

from pathlib import Path

from training.corpus._writer import Corpus

c = Corpus("hwy", Path(__file__).with_name("handwritten_dialogue.jsonl"))
P, CP, OK, B = c.pair, c.context_pair, c.ok, c.blocked
COD, SQL, DAT, OPS, GEN, WRI = "coding", "sql", "data", "ops", "general", "writing"
M, A, C = "missing", "ambiguous", "contradictory"
CTX = "context"

# ===========================================================================
# coding: chat history about code, PR threads, README excerpts
# ===========================================================================

# --- context settles a terse follow-up vs. leaves two candidates -----------
CP(COD, "do the same for the other one",
   "User: can you add type hints to load_config in settings.py?\n"
   "Assistant: Done - load_config(path: str) -> dict[str, Any]. The only other function in that file is save_config.\n"
   "User: nice",
   "User: can you add type hints to load_config in settings.py?\n"
   "Assistant: Done. settings.py also has save_config and merge_overrides without hints.\n"
   "User: nice",
   A, "referent", "settings.py also has save_config and merge_overrides without hints",
   "Which one should get type hints next: save_config or merge_overrides?",
   options=["save_config", "merge_overrides", "both"])

CP(COD, "ok now write tests for it",
   "User: I need a function that slugifies titles, lowercase, hyphens, strip accents\n"
   "Assistant: Here's slugify(title: str) -> str using unicodedata.normalize and a regex.\n"
   "User: perfect, dropping it into utils/text.py",
   "User: I need a function that slugifies titles\n"
   "Assistant: Here's slugify(title).\n"
   "User: and one that truncates to N words\n"
   "Assistant: Here's truncate_words(text, n).",
   A, "referent", "Here's truncate_words(text, n).",
   "Should the tests cover slugify, truncate_words, or both?",
   options=["slugify", "truncate_words", "both"])

CP(COD, "Use the second option.",
   "User: the CI job keeps timing out on the integration tests, what can I do?\n"
   "Assistant: Two options: (1) raise the job timeout from 20 to 40 minutes, or (2) split the integration suite into four parallel shards with pytest-split.\n"
   "User: hmm, sharding sounds better long term but let me think",
   "User: the CI job keeps timing out on the integration tests, what can I do?\n"
   "Assistant: A few ideas: raise the timeout, shard the suite, or cache the Docker layers. Any of those would help.",
   A, "referent", "A few ideas: raise the timeout, shard the suite, or cache the Docker layers.",
   "The ideas weren't numbered; by the second option do you mean sharding the suite?",
   options=["shard the suite", "cache the Docker layers", "raise the timeout"])

CP(COD, "rename it to fetch_user_profile",
   "User: what does get_data in api/users.py actually do?\n"
   "Assistant: get_data calls GET /users/:id/profile and returns the parsed JSON. It's used in three places.\n"
   "User: that name is useless",
   "User: what do get_data and get_data2 in api/users.py do?\n"
   "Assistant: get_data calls GET /users/:id/profile; get_data2 calls GET /users/:id/settings.\n"
   "User: both names are useless",
   A, "referent", "both names are useless",
   "Should fetch_user_profile replace get_data (which hits /profile), and what should get_data2 become?",
   options=["rename get_data only", "rename both, suggest a name for get_data2"])

CP(COD, "Put it back the way it was.",
   "User: switch the date parsing in importer.py to dateutil\n"
   "Assistant: Done: replaced datetime.strptime(s, '%Y-%m-%d') with dateutil.parser.isoparse(s).\n"
   "User: ugh that broke the nightly import",
   "User: switch the date parsing in importer.py to dateutil\n"
   "Assistant: Done.\n"
   "User: also bump the batch size to 500\n"
   "Assistant: Done, BATCH_SIZE = 500.\n"
   "User: ugh the nightly import broke",
   A, "referent", "also bump the batch size to 500",
   "Two things changed in importer.py, the dateutil parsing and the batch size; should I revert one of them or both?",
   options=["revert the date parsing", "revert the batch size", "revert both"])

CP(COD, "can you make it async",
   "User: here's my downloader:\n```python\ndef download(url):\n    r = requests.get(url, timeout=10)\n    return r.content\n```\n"
   "Assistant: Looks fine for single requests.\nUser: I'm calling it on 2000 urls in a loop though",
   "User: here's my downloader and my parser:\n```python\ndef download(url): ...\ndef parse(html): ...\n```\n"
   "Assistant: Both look fine.\nUser: the whole thing is slow",
   A, "referent", "here's my downloader and my parser",
   "Should I make download async (the network part), parse, or restructure both?",
   options=["download", "parse", "both"])

# --- context lacks the needed fact ------------------------------------------
CP(COD, "add the env var to the deploy config then",
   "User: the service needs SENTRY_DSN set in production\n"
   "Assistant: What's the DSN value?\n"
   "User: https://a1b2c3@o123.ingest.sentry.io/456, and the deploy config is deploy/prod.yaml",
   "User: the service needs SENTRY_DSN set in production\n"
   "Assistant: Makes sense, errors are currently only going to stdout.",
   M, "value", None,
   "What's the SENTRY_DSN value, and which file is the production deploy config?")

CP(COD, "Open the PR against the release branch.",
   "User: we cut release/2.8 this morning, fixes for the launch go there\n"
   "Assistant: Got it. I've committed the null-check fix on fix/cart-null.\n"
   "User: great",
   "User: we have release/2.7 and release/2.8 open right now, 2.7 is the LTS one\n"
   "Assistant: Got it. I've committed the null-check fix on fix/cart-null.\n"
   "User: great",
   A, "branch", "we have release/2.7 and release/2.8 open right now",
   "Two release branches are open; should the PR target release/2.7 (LTS), release/2.8, or both?",
   options=["release/2.7", "release/2.8", "both"])

CP(COD, "bump it to the version Priya mentioned",
   "#eng-platform\nPriya: heads up, node 18 goes EOL, everything should be on node 20.11 by end of month\n"
   "Sam: the web repo is still on 18.19\nPriya: yep, that's the one I mean",
   "#eng-platform\nPriya: heads up, node 18 goes EOL soon, we need to move\n"
   "Sam: the web repo is still on 18.19\nPriya: yep, let's get on it",
   M, "version", "we need to move",
   "Priya didn't name a target version; which Node version should the web repo move to (e.g. 20 LTS or 22)?",
   options=["Node 20 LTS", "Node 22"])

CP(COD, "write the migration",
   "User: orders needs a shipped_at column, nullable timestamptz, no default\n"
   "Assistant: OK. Alembic or raw SQL?\nUser: alembic, we're on 1.13",
   "User: orders needs a column for when it shipped\n"
   "Assistant: OK. Alembic or raw SQL?\nUser: alembic",
   M, "column_type", "orders needs a column for when it shipped",
   "What should the column be called and typed (e.g. shipped_at timestamptz, nullable)?")

# --- final request contradicts what the user said earlier -------------------
CP(COD, "Add pandas and use it for the CSV parsing.",
   "User: small CLI to merge two CSVs by id, Python 3.11, whatever deps you think are reasonable\n"
   "Assistant: Sounds good. I'll start with argparse for the interface.",
   "User: small CLI to merge two CSVs by id. Important: stdlib only, it has to run on the locked-down build boxes\n"
   "Assistant: Sounds good. I'll use csv and argparse.",
   C, "constraint_conflict", "stdlib only, it has to run on the locked-down build boxes",
   "Earlier you said stdlib only because of the locked-down build boxes; is pandas allowed there now, or should I stay with the csv module?",
   options=["add pandas", "stay stdlib-only"])

CP(COD, "ok now add a retry loop around the call",
   "User: write a function that posts the webhook payload to the partner URL\n"
   "Assistant: Here's post_webhook(payload) using httpx with a 5s timeout.",
   "User: write a function that posts the webhook payload to the partner URL. It must be fire-once, the partner charges per delivery and dedup is broken on their side\n"
   "Assistant: Here's post_webhook(payload) using httpx with a 5s timeout, no retries.",
   C, "constraint_conflict", "It must be fire-once, the partner charges per delivery",
   "You said the webhook must be fire-once because the partner charges per delivery; do you still want retries, knowing they may cause duplicate charges?",
   options=["add retries anyway", "keep it fire-once"])

CP(COD, "Make it work on Windows too.",
   "User: I need a bash script that backs up ~/projects to the NAS nightly\n"
   "Assistant: Here's backup.sh with rsync and a cron line.\nUser: cool, some of the team is on windows though",
   "User: I need a bash script that backs up ~/projects to the NAS nightly, linux only is fine, nobody here uses windows\n"
   "Assistant: Here's backup.sh with rsync and a cron line.",
   C, "scope", "linux only is fine, nobody here uses windows",
   "Earlier you said Linux only because nobody uses Windows; has that changed, and should I write a PowerShell version alongside backup.sh?",
   options=["add a PowerShell version", "keep it Linux-only"])

# --- PR/review threads with two reviewers ------------------------------------
CP(COD, "apply the review feedback and push",
   "PR #412 review\nlena (approved with comments): rename `tmp` to `pending_rows`, and drop the print on line 88.\n"
   "marco: +1 to lena's comments",
   "PR #412 review\nlena (changes requested): please move the validation into the model layer.\n"
   "marco (changes requested): validation should stay in the view, the model is shared with the batch job and must stay dumb.",
   C, "reviewer_conflict", "validation should stay in the view, the model is shared with the batch job",
   "Lena wants the validation moved into the model and Marco wants it kept in the view; which way should I go?",
   options=["move it to the model (Lena)", "keep it in the view (Marco)"])

CP(COD, "Fix the lint errors from the review.",
   "Review from ci-bot on PR #77:\nsrc/app.py:14 F401 'os' imported but unused\nsrc/app.py:52 E711 comparison to None\n2 errors",
   "Review from ci-bot on PR #77:\nflake8: 2 errors (log expired)\nReview from dana: lgtm once lint is green",
   M, "missing_data", "flake8: 2 errors (log expired)",
   "The lint log has expired so I can't see the two errors; can you paste them, or should I rerun flake8 myself?",
   options=["paste the errors", "rerun flake8"])

# --- same context, two different final requests ------------------------------
P(COD, "ok go with the plain dict one, I don't want a new dependency",
  "ok go with that one",
  A, "referent", "ok go with that one",
  "Which approach do you mean: cachetools' TTLCache, a plain dict with timestamps, or functools.lru_cache with a time bucket?",
  good_ctx="User: I need to cache the exchange rates for 10 minutes\n"
           "Assistant: Options: cachetools' TTLCache (new dependency), a plain dict with timestamps, or functools.lru_cache with a time-bucket argument. The dict is simplest; cachetools is cleanest.",
  bad_ctx="User: I need to cache the exchange rates for 10 minutes\n"
          "Assistant: Options: cachetools' TTLCache (new dependency), a plain dict with timestamps, or functools.lru_cache with a time-bucket argument. The dict is simplest; cachetools is cleanest.",
  options=["cachetools TTLCache", "plain dict", "lru_cache with time bucket"])

P(COD, "Add a docstring to parse_args in the Google style like the rest of the file.",
  "Add docstrings to every module in the package while you're at it.",
  C, "scope", "every module in the package",
  "Earlier you said to edit only cli.py because gen/ is generated and gets overwritten; should the docstrings go into cli.py only, or into gen/ as well?",
  good_ctx="User: only edit cli.py please, everything under gen/ is generated and gets overwritten\n"
           "Assistant: Understood, I'll stay inside cli.py. It has parse_args, main and _setup_logging.",
  bad_ctx="User: only edit cli.py please, everything under gen/ is generated and gets overwritten\n"
          "Assistant: Understood, I'll stay inside cli.py. It has parse_args, main and _setup_logging.",
  options=["cli.py only", "gen/ as well"])

P(COD, "sounds right, apply the patch",
  "sounds right, apply the patch but keep the old behaviour",
  C, "self_contradiction", "apply the patch but keep the old behaviour",
  "The patch exists to change the 404-on-missing behaviour to return an empty list; should I apply it (new behaviour) or keep the 404?",
  good_ctx="User: GET /teams/:id/members 404s when a team has no members, it should be []\n"
           "Assistant: Proposed patch: return jsonify([]) with 200 instead of abort(404) when the query is empty.",
  bad_ctx="User: GET /teams/:id/members 404s when a team has no members, it should be []\n"
          "Assistant: Proposed patch: return jsonify([]) with 200 instead of abort(404) when the query is empty.",
  options=["apply the patch", "keep the 404"])

P(COD, "Ship the version from your last message.",
  "Ship the version from before.",
  A, "version", "Ship the version from before.",
  "There were two earlier versions of the regex, the first one and the one that allows plus-addressing; which should I ship?",
  good_ctx="User: regex for validating emails?\nAssistant: v1: ^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$\n"
           "User: allow plus addressing\nAssistant: v2 already allows it. v3 also rejects consecutive dots.\nUser: ok",
  bad_ctx="User: regex for validating emails?\nAssistant: v1: ^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$\n"
          "User: allow plus addressing\nAssistant: v2 already allows it. v3 also rejects consecutive dots.\nUser: ok",
  options=["v1", "v2"])

# --- README / doc excerpts ---------------------------------------------------
CP(COD, "set it up locally following the readme",
   "## Local setup\n1. `cp .env.example .env`\n2. `docker compose up -d db`\n3. `make migrate && make seed`\n4. `make run` - app on http://localhost:8080",
   "## Local setup\n1. `cp .env.example .env` and fill in the secrets (ask #platform for the dev values)\n2. `docker compose up -d db`\n3. `make run`",
   M, "credentials", "fill in the secrets (ask #platform for the dev values)",
   "The README says the dev secrets come from #platform; do you have them to paste into .env, or should I ask there?",
   options=["I'll paste them", "ask #platform"])

CP(COD, "Install the SDK at the version the docs pin.",
   "### Requirements\n- Python 3.10+\n- acme-sdk==4.2.1 (4.3 changed the auth flow; do not upgrade yet)",
   "### Requirements\n- Python 3.10+\n- acme-sdk 4.x\n\n### Changelog\n4.3.0 - new auth flow. 4.2.1 - last version with API keys.",
   A, "version", "acme-sdk 4.x",
   "The docs only pin acme-sdk to 4.x; should I install 4.2.1 (API keys) or 4.3.0 (new auth flow)?",
   options=["4.2.1", "4.3.0"])

# --- complete on their own despite a chatty context -------------------------
CP(COD, "Now add a --dry-run flag that prints what would be deleted without deleting anything.",
   "User: thanks for the cleanup script, it works\nAssistant: Glad it helped!",
   "User: thanks for the cleanup script, it works. one thing: it must always ask for confirmation before touching disk\n"
   "Assistant: Right now it deletes without asking.\nUser: and never print paths, they contain customer names",
   C, "constraint_conflict", "never print paths, they contain customer names",
   "You said never to print paths because they contain customer names, but a dry run prints what would be deleted; should it print paths, counts only, or hashed names?",
   options=["print paths", "counts only", "hashed names"])

CP(COD, "yes",
   "User: the login page throws on empty passwords\n"
   "Assistant: The handler calls password.encode() before checking for None. Want me to add an early return with a 400 'password required' error?",
   "User: the login page throws on empty passwords\n"
   "Assistant: I can either return a 400 'password required' error, or treat it as a failed login and show the generic message. Which do you prefer?",
   A, "option_choice", "I can either return a 400 'password required' error, or treat it as a failed login",
   "Yes to which: the 400 'password required' error or the generic failed-login message?",
   options=["400 password required", "generic failed login"])

CP(COD, "go ahead and delete them",
   "User: which feature flags are dead?\n"
   "Assistant: Three flags have been 100% on for 6+ months and nothing reads them any more: new_checkout, dark_mode_v2, search_ranking_b.",
   "User: which feature flags are dead?\n"
   "Assistant: new_checkout and dark_mode_v2 are 100% on for 6+ months. search_ranking_b is at 50% and still read by the ranking service.",
   A, "scope", "search_ranking_b is at 50% and still read by the ranking service",
   "Only new_checkout and dark_mode_v2 are fully rolled out; should I delete search_ranking_b too even though it's at 50% and still read?",
   options=["only the two fully-on flags", "all three"])

CP(COD, "Translate this to TypeScript.",
   "User: here's the validator\n```js\nexport function isValidSku(s) {\n  return /^[A-Z]+-\\d+$/.test(s);\n}\n```",
   "User: here's the validator\n```js\nexport function isValidSku(s) { return /^[A-Z]+-\\d+$/.test(s); }\n```\n"
   "User: and the formatter\n```js\nexport function formatSku(s) { return s.trim().toUpperCase(); }\n```",
   A, "referent", "and the formatter",
   "Should I translate the validator, the formatter, or both to TypeScript?",
   options=["isValidSku", "formatSku", "both"])

CP(COD, "make the timeout configurable",
   "User: requests to the geocoder hang sometimes\n"
   "Assistant: geocode() uses requests.get with timeout=30 hardcoded. I'd expose it.\n"
   "User: agreed, env var GEOCODER_TIMEOUT, default 30",
   "User: requests to the geocoder hang sometimes\n"
   "Assistant: geocode() uses timeout=30 and the retry wrapper has its own overall deadline of 120s.",
   A, "referent", "the retry wrapper has its own overall deadline of 120s",
   "There are two timeouts, the per-request 30s and the retry wrapper's 120s deadline; which should be configurable?",
   options=["per-request timeout", "overall retry deadline", "both"])

CP(COD, "Write the commit message for this.",
   "User: diff below, it just fixes the off-by-one in paginate()\n--- a/api/paging.py\n+++ b/api/paging.py\n-    end = start + size + 1\n+    end = start + size",
   "User: can you squash my last commits?\nAssistant: Sure, which ones?\nUser: hang on",
   M, "missing_data", "can you squash my last commits?",
   "I don't have the diff or the commits yet; can you paste the changes the message should describe?")

CP(COD, "Split it into two functions.",
   "User: process_order() does validation and then writes to the db, it's 140 lines\n"
   "Assistant: A natural cut is validate_order(order) -> list[str] and save_order(order).\nUser: yeah",
   "User: process_order() does validation, pricing, tax, and writes to the db, it's 300 lines\n"
   "Assistant: It's doing four jobs.\nUser: yeah",
   A, "boundary", "process_order() does validation, pricing, tax, and writes to the db",
   "process_order does four jobs; where should the split go (e.g. validation+pricing vs tax+persistence), or should it become four functions?",
   options=["validation+pricing / tax+save", "validation / everything else", "four functions"])

# ===========================================================================
# sql: query iterations in chat, schema notes, analyst threads
# ===========================================================================

CP(SQL, "now do it by month",
   "User: total revenue per region from orders for 2024\n"
   "Assistant: SELECT region, SUM(amount) FROM orders WHERE placed_at >= '2024-01-01' AND placed_at < '2025-01-01' GROUP BY region;",
   "User: total revenue per region from orders for 2024\n"
   "Assistant: SELECT region, SUM(amount) ... GROUP BY region;\n"
   "User: and the number of customers per region\n"
   "Assistant: SELECT region, COUNT(DISTINCT customer_id) ... GROUP BY region;",
   A, "referent", "SELECT region, COUNT(DISTINCT customer_id) ... GROUP BY region;",
   "Should the monthly breakdown be for the revenue query, the customer-count query, or both?",
   options=["revenue", "customer count", "both"])

CP(SQL, "Same thing but for returns.",
   "User: count of orders per store last week, stores table joins on store_id\n"
   "Assistant: SELECT s.name, COUNT(*) FROM orders o JOIN stores s USING (store_id) WHERE o.created_at >= now() - interval '7 days' GROUP BY s.name;\n"
   "User: returns live in the returns table, same store_id and created_at columns",
   "User: count of orders per store last week\n"
   "Assistant: SELECT s.name, COUNT(*) FROM orders o JOIN stores s USING (store_id) WHERE ... GROUP BY s.name;",
   M, "source", None,
   "Where are returns recorded: a separate returns table, or orders with a status like 'returned'?",
   options=["a returns table", "orders.status = 'returned'"])

CP(SQL, "exclude the test accounts",
   "User: daily signups for March please\n"
   "Assistant: SELECT date_trunc('day', created_at), COUNT(*) FROM users WHERE created_at >= '2024-03-01' AND created_at < '2024-04-01' GROUP BY 1;\n"
   "User: fyi test accounts all have is_internal = true",
   "User: daily signups for March please\n"
   "Assistant: SELECT date_trunc('day', created_at), COUNT(*) FROM users WHERE ... GROUP BY 1;",
   M, "filter", None,
   "How are test accounts marked in users: an is_internal flag, an email domain, or something else?",
   options=["is_internal flag", "email domain like @ourco.com", "something else"])

CP(SQL, "Use the other date column.",
   "User: which orders shipped late?\n"
   "Assistant: I compared orders.created_at with shipments.promised_date. orders also has a shipped_at column.\n"
   "User: hm",
   "User: which orders shipped late?\n"
   "Assistant: I compared orders.created_at with shipments.promised_date. orders also has shipped_at and delivered_at.\n"
   "User: hm",
   A, "column", "orders also has shipped_at and delivered_at",
   "Which column should replace created_at in the comparison: shipped_at or delivered_at?",
   options=["shipped_at", "delivered_at"])

CP(SQL, "Add a filter for active ones only.",
   "Schema notes (pasted):\n- customers(id, name, status) -- status in ('active','churned','paused')\n- subscriptions(id, customer_id, plan, ends_at)\n\n"
   "User: list customers and their plan\nAssistant: SELECT c.name, s.plan FROM customers c JOIN subscriptions s ON s.customer_id = c.id;",
   "Schema notes (pasted):\n- customers(id, name, status) -- status in ('active','churned','paused')\n- subscriptions(id, customer_id, plan, status, ends_at) -- status in ('active','cancelled','trial')\n\n"
   "User: list customers and their plan\nAssistant: SELECT c.name, s.plan FROM customers c JOIN subscriptions s ON s.customer_id = c.id;",
   A, "column", "subscriptions(id, customer_id, plan, status, ends_at)",
   "Both customers and subscriptions have a status column; should active mean active customers, active subscriptions, or both?",
   options=["customers.status", "subscriptions.status", "both"])

CP(SQL, "ok run it",
   "User: delete the duplicate rows in staging.events, keep the earliest per event_id\n"
   "Assistant: This keeps the min(ctid) per event_id in staging.events:\nDELETE FROM staging.events a USING staging.events b WHERE a.event_id = b.event_id AND a.ctid > b.ctid;\n"
   "User: it's staging, whatever breaks we reload",
   "User: delete the duplicate rows in events, keep the earliest per event_id\n"
   "Assistant: Which schema? staging.events and prod.events both exist, and prod has 1.2 billion rows.\n"
   "User: it's fine",
   A, "referent", "staging.events and prod.events both exist",
   "Should I run the dedup DELETE on staging.events or prod.events?",
   options=["staging.events", "prod.events"])

CP(SQL, "rewrite it as a CTE",
   "User: this is unreadable\nSELECT * FROM (SELECT user_id, COUNT(*) c FROM logins GROUP BY user_id) t WHERE c > 10;",
   "User: these two are unreadable\n1) SELECT * FROM (SELECT user_id, COUNT(*) c FROM logins GROUP BY user_id) t WHERE c > 10;\n"
   "2) SELECT * FROM orders WHERE customer_id IN (SELECT id FROM customers WHERE region IN (SELECT region FROM targets));",
   A, "referent", "these two are unreadable",
   "Which query should I rewrite as a CTE: the logins one, the orders one, or both?",
   options=["query 1", "query 2", "both"])

CP(SQL, "Give me the top ones.",
   "User: which products had the highest return rate in Q2? top 10 is enough\n"
   "Assistant: I'll compute returns / units sold per product for April-June.",
   "User: which products had the highest return rate in Q2?\n"
   "Assistant: I'll compute returns / units sold per product for April-June. Note some products sold 1-2 units.",
   M, "threshold", "Note some products sold 1-2 units.",
   "How many products should the list show, and should products with very few units sold be excluded (e.g. under 20 units)?",
   options=["top 10, min 20 units", "top 10, no minimum", "top 25"])

CP(SQL, "switch it to a LEFT JOIN so we keep everyone",
   "User: count tickets per agent\nAssistant: SELECT a.name, COUNT(t.id) FROM agents a JOIN tickets t ON t.agent_id = a.id GROUP BY a.name;\n"
   "User: agents with zero tickets disappear",
   "User: count tickets per agent, only agents who closed something this week\n"
   "Assistant: SELECT a.name, COUNT(t.id) FROM agents a JOIN tickets t ON t.agent_id = a.id WHERE t.closed_at >= date_trunc('week', now()) GROUP BY a.name;",
   C, "constraint_conflict", "only agents who closed something this week",
   "Earlier you wanted only agents who closed something this week; a LEFT JOIN would bring back agents with zero. Should I drop that restriction?",
   options=["keep everyone (drop restriction)", "keep only agents with closures"])

CP(SQL, "Make it the default for the dashboard.",
   "#analytics\nRui: for the revenue tile, use net revenue (after refunds), USD, converted at the daily rate\nJo: agreed, that's what finance signs off on",
   "#analytics\nRui: for the revenue tile, use net revenue (after refunds)\nJo: finance wants gross on the dashboard, net is for the monthly pack",
   C, "stakeholder_conflict", "finance wants gross on the dashboard, net is for the monthly pack",
   "Rui says net revenue and Jo says finance wants gross for the dashboard; which should be the default?",
   options=["net revenue", "gross revenue"])

CP(SQL, "Paste the final version.",
   "User: average order value per channel\nAssistant: v1 ...\nUser: exclude zero-value orders\nAssistant: v2 adds WHERE amount > 0.\nUser: yes that's the one",
   "User: average order value per channel\nAssistant: v1 uses AVG(amount).\nUser: hmm, maybe median instead?\nAssistant: v2 uses percentile_cont(0.5). Both are reasonable.\nUser: not sure yet",
   A, "version", "v2 uses percentile_cont(0.5). Both are reasonable.",
   "Which one is final: v1 (mean order value) or v2 (median)?",
   options=["v1 mean", "v2 median"])

CP(SQL, "add the index",
   "User: this query is slow: SELECT * FROM events WHERE account_id = $1 ORDER BY created_at DESC LIMIT 50\n"
   "Assistant: A composite index on events(account_id, created_at DESC) would serve it directly.\nUser: it's a small table, just do it",
   "User: this query is slow: SELECT * FROM events WHERE account_id = $1 ORDER BY created_at DESC LIMIT 50\n"
   "Assistant: A composite index would serve it, but events is 900 GB and a normal CREATE INDEX locks writes. CONCURRENTLY takes hours but doesn't block.\nUser: it's slow though",
   M, "method", "a normal CREATE INDEX locks writes. CONCURRENTLY takes hours but doesn't block",
   "On a 900 GB table, should I build the index CONCURRENTLY (slow, no write lock) or normally in a maintenance window?",
   options=["CONCURRENTLY now", "normal build in a maintenance window"])

CP(SQL, "Filter to the region we talked about.",
   "User: I'm only looking at EMEA this quarter\nAssistant: Noted.\nUser: list open deals over 50k",
   "User: I'm comparing EMEA and APAC this quarter\nAssistant: Noted.\nUser: list open deals over 50k",
   A, "referent", "I'm comparing EMEA and APAC this quarter",
   "You mentioned both EMEA and APAC; which region should the filter keep, or both?",
   options=["EMEA", "APAC", "both"])

P(SQL, "Drop the temp table from earlier, tmp_cohorts.",
  "Drop the temp table from earlier.",
  A, "referent", "Drop the temp table from earlier.",
  "Two temp tables were created earlier, tmp_cohorts and tmp_cohorts_v2; which one should I drop?",
  good_ctx="User: make a cohort table\nAssistant: Created tmp_cohorts.\nUser: redo it with weekly buckets\nAssistant: Created tmp_cohorts_v2 (weekly).",
  bad_ctx="User: make a cohort table\nAssistant: Created tmp_cohorts.\nUser: redo it with weekly buckets\nAssistant: Created tmp_cohorts_v2 (weekly).",
  options=["tmp_cohorts", "tmp_cohorts_v2", "both"])

P(SQL, "Run the report for the whole year.",
  "Run the report for the whole year, but only use data after the schema change.",
  C, "period", "only use data after the schema change",
  "The schema change was in June, so data after it doesn't cover the whole year; do you want January-December (mixing both schemas) or June onwards only?",
  good_ctx="Notes from data-eng: the orders.amount column switched from cents to dollars on 2024-06-03. Views v_orders_norm normalise both.\nUser: report = revenue by week from v_orders_norm",
  bad_ctx="Notes from data-eng: the orders.amount column switched from cents to dollars on 2024-06-03. Views v_orders_norm normalise both.\nUser: report = revenue by week from v_orders_norm",
  options=["whole year via v_orders_norm", "from 2024-06-03 only"])

P(SQL, "ok, convert the amounts to EUR using the fx table",
  "ok, convert the amounts to EUR",
  M, "rate_source", "convert the amounts to EUR",
  "What exchange rate should I use for EUR: a daily rate table, a fixed rate, or month-end rates?",
  good_ctx="User: total order amounts per country in 2024\nAssistant: Amounts are in local currency. There's fx_rates(day, currency, rate_to_eur) updated daily.",
  bad_ctx="User: total order amounts per country in 2024\nAssistant: Amounts are in local currency; I don't see an exchange-rate table in this schema.",
  options=["fixed rate you give me", "month-end rates", "another source"])

P(SQL, "Add the column from the spec to the view.",
  "Add the columns to the view.",
  A, "scope", "Add the columns to the view.",
  "The spec lists two new columns for v_customers (lifetime_value and churn_risk) but churn_risk is marked 'pending'; add both or only lifetime_value?",
  good_ctx="Spec (JIRA DATA-88): add lifetime_value to v_customers. churn_risk is out of scope until the model ships.",
  bad_ctx="Spec (JIRA DATA-88): add lifetime_value and churn_risk to v_customers. churn_risk: pending model sign-off?",
  options=["lifetime_value only", "both"])

CP(SQL, "Yes, that one. Turn it into a view.",
   "User: how do I get each customer's latest order?\n"
   "Assistant: SELECT DISTINCT ON (customer_id) * FROM orders ORDER BY customer_id, placed_at DESC;",
   "User: how do I get each customer's latest order?\n"
   "Assistant: Either DISTINCT ON (customer_id) ... ORDER BY placed_at DESC, or a ROW_NUMBER() window filtered to rn = 1. The window version also handles ties if you add a tie-breaker.",
   A, "option_choice", "Either DISTINCT ON (customer_id) ... ORDER BY placed_at DESC, or a ROW_NUMBER() window",
   "Which one should become the view: the DISTINCT ON query or the ROW_NUMBER() version?",
   options=["DISTINCT ON", "ROW_NUMBER window"])

CP(SQL, "Grant read access to the analyst.",
   "Ticket DBA-301\nRequester: Hana Ito\nRequest: read-only access to analytics schema for new analyst Tom Reyes (db user: treyes)\nApproved by: head of data",
   "Ticket DBA-301\nRequester: Hana Ito\nRequest: read-only access to analytics schema for the two new analysts starting Monday\nApproved by: head of data",
   M, "recipient", "the two new analysts starting Monday",
   "The ticket mentions two new analysts but doesn't name them; which database users should get read access to analytics?")

CP(SQL, "now limit it to last quarter",
   "User: sessions per user, from the sessions table\nAssistant: SELECT user_id, COUNT(*) FROM sessions GROUP BY user_id;\nUser: our quarters are calendar quarters btw",
   "User: sessions per user, from the sessions table\nAssistant: SELECT user_id, COUNT(*) FROM sessions GROUP BY user_id;\nUser: remember our fiscal year starts in February",
   A, "period", "our fiscal year starts in February",
   "Since your fiscal year starts in February, should last quarter mean the last fiscal quarter or the last calendar quarter?",
   options=["last fiscal quarter", "last calendar quarter"])

CP(SQL, "Round them.",
   "User: average rating per product, two decimals please\nAssistant: SELECT product_id, AVG(stars) FROM reviews GROUP BY product_id;",
   "User: average rating per product, keep full precision, we break ranking ties on the raw average\nAssistant: SELECT product_id, AVG(stars) FROM reviews GROUP BY product_id;",
   C, "precision", "keep full precision, we break ranking ties on the raw average",
   "You said to keep full precision because ties are broken on the raw average; should I round only for display and keep a raw column for ranking?",
   options=["rounded display + raw column", "round everything", "leave unrounded"])

# ===========================================================================
# data: notebook sessions, analysis threads, dataset READMEs
# ===========================================================================

CP(DAT, "plot the other one too",
   "User: plot weekly active users from metrics.csv\nAssistant: Done, line chart of wau by week. metrics.csv also has a mau column.\nUser: looks good",
   "User: plot weekly active users from metrics.csv\nAssistant: Done. metrics.csv also has mau, churn_rate and arpu.\nUser: looks good",
   A, "referent", "metrics.csv also has mau, churn_rate and arpu",
   "Which column should I plot next: mau, churn_rate or arpu?",
   options=["mau", "churn_rate", "arpu"])

CP(DAT, "Fill the gaps the way we discussed.",
   "User: the sensor series has gaps of a few minutes\nAssistant: Options: forward-fill, linear interpolation, or drop.\nUser: linear interpolation, but only gaps up to 10 minutes, leave longer gaps as NaN",
   "User: the sensor series has gaps of a few minutes\nAssistant: Options: forward-fill, linear interpolation, or drop.\nUser: let me check with the hardware team which makes sense",
   M, "method", "let me check with the hardware team which makes sense",
   "Did the hardware team pick a method: forward-fill, linear interpolation, or dropping the gaps?",
   options=["forward-fill", "linear interpolation", "drop"])

CP(DAT, "ok retrain with those",
   "User: which features should we drop?\nAssistant: days_since_signup and signup_age are 0.99 correlated; drop signup_age. zip_code has 40% missing; drop it.\nUser: agreed on both",
   "User: which features should we drop?\nAssistant: signup_age duplicates days_since_signup. zip_code is 40% missing, but it's the top feature by importance, so dropping it may hurt.\nUser: hmm",
   A, "scope", "it's the top feature by importance, so dropping it may hurt",
   "Should I retrain without both signup_age and zip_code, or keep zip_code since it's the top feature?",
   options=["drop both", "drop signup_age only"])

CP(DAT, "Remove the outliers and rerun.",
   "User: histogram of delivery_minutes\nAssistant: Long right tail: 14 rows over 600 minutes, all from the 2024-02-11 outage.\nUser: those are junk, the outage day shouldn't count",
   "User: histogram of delivery_minutes\nAssistant: Long right tail. Depending on the rule, 14 rows (>600 min) or 212 rows (>3 IQR) are outliers.",
   A, "threshold", "14 rows (>600 min) or 212 rows (>3 IQR) are outliers",
   "Which outlier rule should I use: the 14 rows over 600 minutes or the 212 beyond 3 IQR?",
   options=[">600 minutes", ">3 IQR"])

CP(DAT, "send the chart to Mei",
   "User: Mei from finance asked for the churn chart, mei.tan@corp.example\nAssistant: Chart is ready (churn_by_month.png).",
   "User: Mei asked for the churn chart\nAssistant: Chart is ready (churn_by_month.png). I see two Meis in your contacts, Mei Tan (finance) and Mei Okafor (growth).",
   A, "recipient", "Mei Tan (finance) and Mei Okafor (growth)",
   "Which Mei should get the chart: Mei Tan (finance) or Mei Okafor (growth)?",
   options=["Mei Tan", "Mei Okafor"])

CP(DAT, "Now split it 80/20 and train.",
   "User: load churn.parquet, target is churned, it's one row per customer\nAssistant: Loaded 48,210 rows, no duplicate customer_id.",
   "User: load churn.parquet, target is churned\nAssistant: Loaded 48,210 rows, but customer_id repeats: one row per customer per month, 14 months.\nUser: ok",
   M, "method", "one row per customer per month, 14 months",
   "Rows repeat per customer over 14 months; should the 80/20 split be by customer (grouped) or by time (last months as test)?",
   options=["group by customer", "time-based split", "random rows"])

CP(DAT, "merge them",
   "User: I have signups.csv and plans.csv, both keyed on account_id\nAssistant: signups has 9,114 rows, plans 9,114, all ids match.",
   "User: I have signups.csv and plans.csv\nAssistant: signups is keyed on account_id, plans on acct_ref, which looks like 'AC-' + account_id for most rows but 312 don't follow the pattern.",
   M, "join_key", "312 don't follow the pattern",
   "312 acct_ref values don't map to account_id by the 'AC-' prefix rule; should I drop them, keep them unmatched (left join), or is there a mapping table?",
   options=["drop them", "left join, keep unmatched", "use a mapping table"])

CP(DAT, "Use the cleaned version.",
   "User: the raw export is sales_raw.xlsx\nAssistant: I wrote sales_clean.csv with the header fixes.\nUser: thanks",
   "User: the raw export is sales_raw.xlsx\nAssistant: I wrote sales_clean.csv. Ana also shared sales_clean_ana.csv with different dedup rules.\nUser: thanks",
   A, "referent", "Ana also shared sales_clean_ana.csv with different dedup rules",
   "There are two cleaned files, sales_clean.csv and Ana's sales_clean_ana.csv; which should I use?",
   options=["sales_clean.csv", "sales_clean_ana.csv"])

CP(DAT, "Add error bars.",
   "User: bar chart of mean NPS by segment, error bars = 95% CI from bootstrap is what we always use\nAssistant: Here's the chart without error bars for now.",
   "User: bar chart of mean NPS by segment\nAssistant: Here's the chart.",
   M, "method", None,
   "What should the error bars show: standard error, standard deviation, or a 95% confidence interval?",
   options=["standard error", "standard deviation", "95% CI"])

CP(DAT, "report the number",
   "Meeting notes - pricing test\n- test ran Mar 4-25, 2 arms, 50/50\n- primary metric: conversion to paid within 14 days\n- decision: report the primary metric only, with CI",
   "Meeting notes - pricing test\n- test ran Mar 4-25, 2 arms\n- Dev: we should judge on conversion\n- Kim: no, revenue per visitor is what matters for pricing\n- no decision",
   C, "stakeholder_conflict", "Kim: no, revenue per visitor is what matters for pricing",
   "Dev wants conversion and Kim wants revenue per visitor as the number; which metric should I report?",
   options=["conversion", "revenue per visitor", "both"])

CP(DAT, "Exclude the weekends like last time.",
   "User: last time we dropped Sat/Sun because the call center is closed\nAssistant: Yes, I filtered dayofweek < 5.\nUser: new data is in calls_june.csv",
   "User: last time we dropped Sat/Sun because the call center is closed\nAssistant: Yes, I filtered dayofweek < 5.\n"
   "User: new data is in calls_june.csv, it now includes the Dubai center, which is closed Fri-Sat",
   A, "definition", "which is closed Fri-Sat",
   "The Dubai center's weekend is Friday-Saturday; should I drop Sat/Sun for every center, or each center's own closed days?",
   options=["Sat/Sun everywhere", "each center's own weekend"])

CP(DAT, "normalize it",
   "User: the income column ranges from 0 to 2M, I'm feeding it to a k-means\nAssistant: k-means is scale sensitive.\nUser: z-score it",
   "User: the income column ranges from 0 to 2M\nAssistant: It's very skewed.\nUser: yeah",
   M, "method", None,
   "How should income be normalized: z-score, min-max to 0-1, or a log transform first (it's very skewed)?",
   options=["z-score", "min-max", "log then z-score"])

CP(DAT, "Recompute with the new definition.",
   "Email from Sara (analytics lead):\nFrom Q3, an active user is anyone with at least 2 sessions in the trailing 28 days (was: 1 session in 30 days). Please update the dashboards.",
   "Email from Sara (analytics lead):\nWe're revisiting the active-user definition for Q3. Proposal doc attached, comments by Friday.",
   M, "definition", "Proposal doc attached, comments by Friday.",
   "The email only says the definition is being revisited; what is the new active-user definition?")

CP(DAT, "Drop the column we said was useless.",
   "User: the legacy_flag column is all zeros, useless\nAssistant: Confirmed, 100% zeros.\nUser: also fix the date format",
   "User: legacy_flag is all zeros and region_old is just region with typos\nAssistant: Confirmed on both.\nUser: also fix the date format",
   A, "referent", "legacy_flag is all zeros and region_old is just region with typos",
   "Both legacy_flag and region_old were called useless; drop one of them or both?",
   options=["legacy_flag", "region_old", "both"])

P(DAT, "Use the median instead, same chart.",
  "Use the median instead.",
  A, "referent", "Use the median instead.",
  "The chart shows mean basket size and mean time-on-site; should both switch to the median or only one of them?",
  good_ctx="User: chart mean basket size by weekday\nAssistant: Done, bar chart of mean basket size by weekday.",
  bad_ctx="User: chart mean basket size by weekday, and a table of mean time-on-site\nAssistant: Done: the bar chart and the table.",
  options=["both", "basket size only", "time-on-site only"])

P(DAT, "Label the axes and export as PNG.",
  "Label the axes and export it as a PNG, and make it interactive so people can hover.",
  C, "format", "make it interactive so people can hover",
  "A PNG can't be interactive; should I export a static PNG or an interactive HTML (plotly) version?",
  good_ctx="User: scatter of price vs rating from products.csv\nAssistant: Here's the scatter (matplotlib).",
  bad_ctx="User: scatter of price vs rating from products.csv\nAssistant: Here's the scatter (matplotlib).",
  options=["static PNG", "interactive HTML"])

P(DAT, "ok, resample to daily and keep the sum",
  "ok, resample it",
  M, "frequency", "ok, resample it",
  "Resample to what frequency (hourly, daily, weekly), and aggregate by sum or mean?",
  good_ctx="User: power readings every 15 seconds in meter.csv, way too much data\nAssistant: 2.1M rows over 12 months.",
  bad_ctx="User: power readings every 15 seconds in meter.csv, way too much data\nAssistant: 2.1M rows over 12 months.",
  options=["hourly mean", "daily sum", "weekly sum"])

P(DAT, "Yes please, drop the 41 rows with no email.",
  "Yes please, drop them.",
  A, "referent", "Yes please, drop them.",
  "Which rows should go: the 41 without an email, the 73 duplicate phone numbers, or both?",
  good_ctx="User: check contacts.csv for problems\nAssistant: 41 rows have no email, and 73 rows share a phone number with another row (likely households). Want me to drop the rows without email?",
  bad_ctx="User: check contacts.csv for problems\nAssistant: 41 rows have no email, and 73 rows share a phone number with another row (likely households).",
  options=["41 without email", "73 duplicate phones", "both"])

CP(DAT, "Share the notebook with the team.",
   "User: the team is the growth-analytics group on our JupyterHub\nAssistant: OK, notebook churn_model.ipynb is saved.",
   "User: I'm in growth-analytics and also on the pricing squad now\nAssistant: OK, notebook churn_model.ipynb is saved.",
   A, "recipient", "I'm in growth-analytics and also on the pricing squad now",
   "Which team should get the notebook: growth-analytics or the pricing squad?",
   options=["growth-analytics", "pricing squad", "both"])

CP(DAT, "label the clusters",
   "User: k-means on the customer features, k=4\nAssistant: Done. Cluster 0: high spend, low frequency; 1: low spend, high frequency; 2: new customers; 3: dormant.\nUser: give them short marketing-friendly names, you pick",
   "User: k-means on the customer features, k=4\nAssistant: Done. 0: high spend; 1: high frequency; 2: new; 3: dormant.\n"
   "User: marketing has its own persona names for these, they're in the brand deck",
   M, "missing_data", "they're in the brand deck",
   "I don't have the brand deck; can you paste marketing's persona names, or should I invent my own?",
   options=["paste the names", "invent names"])

CP(DAT, "Weight it like the previous survey.",
   "README (survey_2024/)\nWeights: post-stratified to census age x region, same as 2023. Column: w_final.",
   "README (survey_2024/)\nWeights: TBD. The 2023 survey used age x region, 2022 used age x gender x education.",
   A, "method", "The 2023 survey used age x region, 2022 used age x gender x education.",
   "Which previous survey's weighting should I copy: 2023 (age x region) or 2022 (age x gender x education)?",
   options=["2023 scheme", "2022 scheme"])

CP(DAT, "Keep only the rows from the pilot sites.",
   "Project brief: pilot sites are Leeds, Porto and Graz. All other sites are control.\n\nUser: load visits.csv",
   "Project brief: pilot sites to be confirmed by ops next week.\n\nUser: load visits.csv",
   M, "missing_data", "pilot sites to be confirmed by ops next week",
   "The brief says the pilot sites aren't confirmed yet; which sites count as pilot?")

# ===========================================================================
# ops: incident channels, runbooks, change tickets, on-call chats
# ===========================================================================

CP(OPS, "restart it",
   "#inc-4471\nbot: ALERT payments-worker CrashLoopBackOff (prod-eu)\nNoor: only payments-worker is affected, api and web are green",
   "#inc-4471\nbot: ALERT payments-worker CrashLoopBackOff (prod-eu)\nbot: ALERT ledger-sync high memory (prod-eu)\nNoor: looking",
   A, "referent", "bot: ALERT ledger-sync high memory (prod-eu)",
   "Two services are alerting; should I restart payments-worker, ledger-sync, or both?",
   options=["payments-worker", "ledger-sync", "both"])

CP(OPS, "Roll back to the previous release.",
   "User: 3.14.0 went out an hour ago and error rates doubled\nAssistant: The previous release on prod is 3.13.2 (deployed Tuesday).",
   "User: 3.14.0 went out an hour ago and error rates doubled\nAssistant: Before 3.14.0 prod ran 3.13.3 for ten minutes this morning (a hotfix that was itself rolled back), and 3.13.2 before that.",
   A, "version", "prod ran 3.13.3 for ten minutes this morning (a hotfix that was itself rolled back), and 3.13.2 before that",
   "The release right before 3.14.0 was the 3.13.3 hotfix that was itself rolled back; should I go to 3.13.3 or to 3.13.2?",
   options=["3.13.2", "3.13.3"])

CP(OPS, "Scale it up.",
   "User: the search-api pods are pegged at 95% CPU\nAssistant: HPA for search-api is min 3 max 6, currently 3.\nUser: take it to 6",
   "User: the search-api pods are pegged at 95% CPU\nAssistant: HPA for search-api is min 3 max 6, currently 3. The node pool is also at 88% allocated.",
   M, "amount", None,
   "How far should I scale search-api (e.g. to the HPA max of 6), and should I add nodes too since the pool is 88% allocated?",
   options=["to 6 replicas", "to 6 and add nodes"])

CP(OPS, "follow the runbook",
   "RUNBOOK: disk-full on db-replica\n1. Check `df -h /var/lib/postgresql`.\n2. If WAL > 50% of disk, run `pg_archivecleanup` for segments older than the last checkpoint.\n3. Page DBA on-call if under 10% free after cleanup.",
   "RUNBOOK: disk-full on db-replica\n1. Check `df -h`.\n2. Clean up as appropriate (see DBA wiki, page moved).\n3. Page DBA on-call if needed.",
   M, "procedure", "Clean up as appropriate (see DBA wiki, page moved)",
   "The runbook's cleanup step points to a DBA wiki page that has moved; what cleanup is allowed on the replica (e.g. archive WAL only), or should I page the DBA first?",
   options=["clean WAL only", "page DBA first"])

CP(OPS, "Apply the change from the ticket.",
   "CHG-2231 (approved)\nChange: raise nginx client_max_body_size from 10m to 50m on the upload-gw hosts.\nWindow: Tue 22:00-23:00 UTC\nRollback: revert the config and reload.",
   "CHG-2231 (approved)\nChange: raise nginx client_max_body_size to 50m on the upload-gw hosts.\nComment (sec-team): max 25m, anything bigger must go through the presigned S3 path.",
   C, "approver_conflict", "Comment (sec-team): max 25m, anything bigger must go through the presigned S3 path.",
   "The ticket says 50m but the security team's comment caps it at 25m; which limit should I apply?",
   options=["50m as approved", "25m per sec-team"])

CP(OPS, "rotate the key",
   "User: the AWS access key for ci-deployer leaked in a log, AKIA...7Q\nAssistant: ci-deployer has one active key.\nUser: kill it and make a new one, store it in the CI secret AWS_KEY",
   "User: a key leaked in the build log\nAssistant: I see two candidates in that log: an AWS access key for ci-deployer and a GitHub token for the release bot.",
   A, "referent", "an AWS access key for ci-deployer and a GitHub token for the release bot",
   "Which key should I rotate: the ci-deployer AWS key, the release bot's GitHub token, or both?",
   options=["AWS key", "GitHub token", "both"])

CP(OPS, "Schedule it for the maintenance window.",
   "Ops calendar: maintenance window every Sunday 02:00-04:00 UTC.\nUser: the kernel patch for the bastion hosts needs a reboot",
   "Ops calendar: maintenance windows - EU Sun 02:00-04:00 UTC, US Sun 02:00-04:00 ET\nUser: the kernel patch for the bastion hosts needs a reboot (we have bastions in both regions)",
   A, "schedule", "EU Sun 02:00-04:00 UTC, US Sun 02:00-04:00 ET",
   "There are separate EU and US windows; should each region's bastions reboot in its own window, or all of them in one?",
   options=["each in its own window", "all in the EU window", "all in the US window"])

CP(OPS, "Silence it.",
   "#oncall\nbot: WARN disk usage 81% on log-03\nAlex: known, log-03 is being decommissioned tomorrow, silence for 24h",
   "#oncall\nbot: WARN disk usage 81% on log-03\nAlex: known, silence it\nBea: don't silence disk alerts, last time that hid a real outage. fix the retention instead",
   C, "stakeholder_conflict", "don't silence disk alerts, last time that hid a real outage",
   "Alex wants the disk alert silenced and Bea says to fix retention instead; which should I do?",
   options=["silence the alert", "fix retention, keep the alert"])

CP(OPS, "now do staging",
   "User: upgrade the prod cluster to k8s 1.29\nAssistant: Done, prod control plane and node pools on 1.29.3.\nUser: great",
   "User: upgrade the prod cluster to k8s 1.29\nAssistant: Done on the control plane; node pools still 1.28.\nUser: great",
   A, "scope", "node pools still 1.28",
   "Prod's node pools are still on 1.28; should I finish prod first, or upgrade staging (control plane and nodes) now?",
   options=["finish prod first", "upgrade staging now"])

CP(OPS, "Open a ticket with the vendor.",
   "User: Cloudflare keeps 522-ing on api.example.com since 09:10\nAssistant: Origin health checks are passing. Our Cloudflare support plan is Enterprise, account 4f1..., portal login via SSO.",
   "User: the CDN keeps timing out\nAssistant: We use Cloudflare for www and Fastly for the API.",
   A, "vendor", "We use Cloudflare for www and Fastly for the API.",
   "Which CDN is timing out, Cloudflare (www) or Fastly (API)?",
   options=["Cloudflare", "Fastly"])

CP(OPS, "Set the retention like we agreed.",
   "Meeting notes 05/14 - logging costs\nAgreed: app logs 14 days hot, 90 days cold in S3. Audit logs untouched (1 year).",
   "Meeting notes 05/14 - logging costs\nDiscussed reducing retention. Finance suggested 7 days, SRE prefers 30. Follow-up next week.",
   M, "value", "Finance suggested 7 days, SRE prefers 30. Follow-up next week.",
   "The notes show no agreement (finance 7 days, SRE 30); which retention should I set?",
   options=["7 days", "30 days"])

CP(OPS, "send the all-clear",
   "#inc-4480 resolved 14:32 UTC. Root cause: expired TLS cert on edge-lb-2. Status page incident INC-4480 is still open.\nUser: write it up short and post it on the status page",
   "#inc-4480 resolved 14:32 UTC.\nDrew: root cause unknown, we only restarted edge-lb-2. Keep watching for an hour.\nUser: everything looks ok",
   C, "timing", "Keep watching for an hour.",
   "Drew asked to keep watching for an hour because the root cause is unknown; send the all-clear now or after the watch period?",
   options=["send now", "after the hour"])

CP(OPS, "add her to the on-call rotation",
   "User: Kenji's replacement, Alma Diaz, starts on the platform rotation next Monday\nAssistant: Platform rotation currently has 5 people in PagerDuty.",
   "User: Alma Diaz joined, she's split between platform and data-infra\nAssistant: Both teams have PagerDuty rotations.",
   A, "target", "she's split between platform and data-infra",
   "Should Alma go on the platform rotation, the data-infra rotation, or both?",
   options=["platform", "data-infra", "both"])

CP(OPS, "Increase it to what the vendor recommended.",
   "Email from Elastic support:\nFor your heap pressure, set -Xms and -Xmx to 16g on the data nodes (half of the 32 GB RAM).",
   "Email from Elastic support:\nYour heap pressure is high. We recommend increasing the heap; please see our sizing guide.",
   M, "value", "We recommend increasing the heap; please see our sizing guide.",
   "The vendor didn't give a number; what heap size should I set on the data nodes (the usual rule is half of RAM)?",
   options=["half of RAM", "a value you give me"])

P(OPS, "Drain node-7 and cordon it, like you did for node-3.",
  "Drain it and cordon it like the other one.",
  A, "referent", "Drain it and cordon it like the other one.",
  "Which node should I drain and cordon next: node-7 or node-9?",
  good_ctx="User: node-3, node-7 and node-9 have the bad NIC firmware\nAssistant: Drained and cordoned node-3.",
  bad_ctx="User: node-3, node-7 and node-9 have the bad NIC firmware\nAssistant: Drained and cordoned node-3.",
  options=["node-7", "node-9", "both"])

P(OPS, "Go ahead with the failover.",
  "Go ahead with the failover, but keep the primary taking writes.",
  C, "self_contradiction", "keep the primary taking writes",
  "A failover moves writes to the replica; do you want a real failover, or should the primary keep taking writes (no failover)?",
  good_ctx="User: db-primary is degraded\nAssistant: Replica lag is 0.4s. I can promote db-replica-1 and repoint the app.",
  bad_ctx="User: db-primary is degraded\nAssistant: Replica lag is 0.4s. I can promote db-replica-1 and repoint the app.",
  options=["fail over", "keep the primary"])

P(OPS, "Block that IP at the WAF.",
  "Block those at the WAF.",
  A, "scope", "Block those at the WAF.",
  "Should I block only 203.0.113.45 (the top offender) or all five IPs from the log?",
  good_ctx="User: something is hammering /login\nAssistant: 203.0.113.45 made 41k requests in 10 min. The next four IPs made under 300 each.",
  bad_ctx="User: something is hammering /login\nAssistant: 203.0.113.45 made 41k requests in 10 min. The next four IPs made under 300 each.",
  options=["only the top IP", "all five"])

CP(OPS, "Make the cron run more often.",
   "User: the sync-inventory cron runs hourly, stores complain stock is stale. every 15 minutes should do\nAssistant: It takes about 4 minutes per run.",
   "User: the sync-inventory cron runs hourly, stores complain stock is stale\nAssistant: It takes about 4 minutes per run.",
   M, "frequency", None,
   "How often should sync-inventory run instead of hourly (e.g. every 15 or 30 minutes)?",
   options=["every 15 minutes", "every 30 minutes"])

CP(OPS, "Update DNS to point at the new box.",
   "User: the new mail relay is up at 198.51.100.20\nAssistant: mail.example.org A record currently points to 198.51.100.7.\nUser: yep that's the old one",
   "User: the new relay is up\nAssistant: Which IP does it have? I can't see it in the inventory yet.",
   M, "value", "I can't see it in the inventory yet.",
   "What's the new relay's IP address?")

CP(OPS, "go with what Pat said",
   "#deploys\nPat: freeze lifts at 18:00, deploy checkout-svc after that\nLee: 👍",
   "#deploys\nPat: freeze lifts at 18:00, deploy checkout-svc after that\nLee: actually Pat, the freeze was extended to Monday, see #release\nPat: oh?",
   C, "timing", "the freeze was extended to Monday, see #release",
   "Lee says the freeze was extended to Monday; deploy checkout-svc after 18:00 today as Pat said, or wait until Monday?",
   options=["today after 18:00", "wait until Monday"])

CP(OPS, "Back it up first, then run the upgrade.",
   "User: upgrading gitlab from 16.9 to 16.11 tonight\nAssistant: gitlab-backup create writes to /var/opt/gitlab/backups, which syncs to S3 nightly.",
   "User: upgrading gitlab tonight\nAssistant: Current version is 16.9. 16.10 and 16.11 are both available; 16.11 requires a background migration to finish first.",
   A, "version", "16.10 and 16.11 are both available",
   "Which version should the upgrade target: 16.10, or 16.11 (which needs a background migration to finish first)?",
   options=["16.10", "16.11"])

# ===========================================================================
# general: personal assistant chats, email threads, plans, errands
# ===========================================================================

CP(GEN, "send it",
   "User: draft a reply to Tom saying thursday works for the dentist pickup\nAssistant: Draft to tom.becker@mail.example: \"Hi Tom, Thursday works for me, I'll pick the kids up at 4:15. - J\"\nUser: 👍",
   "User: draft a reply to Tom saying thursday works\nAssistant: Draft: \"Hi Tom, Thursday works for me.\" You have two Toms in contacts: Tom Becker and Tom Ruiz.",
   A, "recipient", "You have two Toms in contacts: Tom Becker and Tom Ruiz.",
   "Which Tom should get it: Tom Becker or Tom Ruiz?",
   options=["Tom Becker", "Tom Ruiz"])

CP(GEN, "Book the second one.",
   "User: flights Lisbon to Berlin on the 14th, morning\nAssistant: 1) TP 538 07:05-11:20 €142  2) LH 1171 09:40-13:55 €168  3) FR 1022 11:30-15:40 €89 (no checked bag)\nUser: I'll take a cabin bag only anyway",
   "User: flights Lisbon to Berlin on the 14th, morning\nAssistant: Cheapest is FR 1022 (€89); fastest is TP 538 (4h15); LH 1171 has the best times. Also found a few return options.",
   A, "referent", "Cheapest is FR 1022 (€89); fastest is TP 538 (4h15); LH 1171 has the best times.",
   "The options weren't numbered; which flight should I book: FR 1022, TP 538 or LH 1171?",
   options=["FR 1022", "TP 538", "LH 1171"])

CP(GEN, "ok move it to next week, same time",
   "User: what's on my calendar tomorrow?\nAssistant: Just one thing: 10:00-10:30 1:1 with Omar.\nUser: ugh I'm out sick",
   "User: what's on my calendar tomorrow?\nAssistant: 10:00 1:1 with Omar, 14:00 vendor call with Brightline, 16:30 dentist.\nUser: ugh I'm out sick",
   A, "referent", "10:00 1:1 with Omar, 14:00 vendor call with Brightline, 16:30 dentist",
   "Which one should move to next week: the 1:1 with Omar, the Brightline call, the dentist, or all of them?",
   options=["1:1 with Omar", "Brightline call", "dentist", "all three"])

CP(GEN, "Order more of the usual.",
   "User: I always get the 1kg bag of Lavazza Qualità Rossa beans from the corner shop's site\nAssistant: Noted. Your last order there was 2x 1kg on May 2.",
   "User: we're out of coffee\nAssistant: Your past orders include Lavazza beans (1kg) and Nespresso pods (50).",
   A, "item", "Your past orders include Lavazza beans (1kg) and Nespresso pods (50).",
   "Which is the usual: the Lavazza beans, the Nespresso pods, or both?",
   options=["Lavazza beans", "Nespresso pods", "both"])

CP(GEN, "Reply yes to her.",
   "Email from Maria Costa, Mon 09:12\nSubject: Saturday\nHi! Are you still up for the hike on Saturday? Meet at the trailhead at 8?",
   "Email from Maria Costa, Mon 09:12\nSubject: Saturday\nHi! Two options for Saturday: the hike at 8, or brunch at 11 if the weather's bad. Which do you prefer?",
   A, "option_choice", "the hike at 8, or brunch at 11 if the weather's bad",
   "Maria offered two options; yes to the hike at 8, the brunch at 11, or either depending on the weather?",
   options=["hike at 8", "brunch at 11", "either, weather-dependent"])

CP(GEN, "add it to the shopping list",
   "User: the recipe says 2 tbsp fish sauce and I'm out\nAssistant: Fish sauce is the only thing from the list you don't have.",
   "User: the recipe needs fish sauce and palm sugar, I have neither\nAssistant: You could swap palm sugar for brown sugar, which you have.",
   A, "referent", "the recipe needs fish sauce and palm sugar, I have neither",
   "Should I add just fish sauce (using brown sugar instead of palm sugar), or both fish sauce and palm sugar?",
   options=["fish sauce only", "both"])

CP(GEN, "Plan the route.",
   "User: road trip Saturday, from Munich to Lake Garda, leave at 8, we want to avoid tolls, max one stop for lunch\nAssistant: Sounds fun!",
   "User: road trip Saturday, from Munich to Lake Garda, we want to avoid tolls\nAssistant: Without tolls it's about 7h via the Reschen pass.\nUser: also it has to be under 5 hours, the kids won't last longer",
   C, "constraint_conflict", "it has to be under 5 hours",
   "The toll-free route takes about 7 hours; should I allow tolls to get under 5 hours, or keep it toll-free?",
   options=["allow tolls", "stay toll-free"])

CP(GEN, "Pay the bill.",
   "User: the electricity bill came in, €84.20, due the 20th, pay it from the joint account\nAssistant: Found the invoice from Voltia, ref 22-4471.",
   "User: the bill came in\nAssistant: Two unpaid bills this week: Voltia electricity €84.20 and Aqualis water €39.10.",
   A, "referent", "Voltia electricity €84.20 and Aqualis water €39.10",
   "Which bill should I pay: the Voltia electricity bill, the Aqualis water bill, or both?",
   options=["Voltia €84.20", "Aqualis €39.10", "both"])

CP(GEN, "Tell him the usual.",
   "User: when my landlord texts about the boiler service, tell him the usual: Tuesdays after 5 work, key is with the neighbour at 3B\nAssistant: Got it.\n\nSMS from landlord (Mr. Hollis): Boiler service next week, when suits you?",
   "SMS from landlord (Mr. Hollis): Boiler service next week, when suits you?",
   M, "missing_data", None,
   "What should I tell Mr. Hollis: which days and times suit you for the boiler service?")

CP(GEN, "cancel it",
   "User: I'm not using the Sparkfit gym membership anymore\nAssistant: Sparkfit membership #88210, monthly €35, cancellable online with 30 days notice.",
   "User: I'm not going anymore\nAssistant: You have two recurring subscriptions tagged fitness: Sparkfit gym (€35/mo) and the YogaNow app (€9/mo).",
   A, "referent", "Sparkfit gym (€35/mo) and the YogaNow app (€9/mo)",
   "Which should I cancel: the Sparkfit membership, the YogaNow app, or both?",
   options=["Sparkfit", "YogaNow", "both"])

CP(GEN, "Book a table for the four of us.",
   "User: dinner with Ana, Rui and Rui's partner on Friday, 8pm, somewhere near Chiado, nothing too fancy\nAssistant: Noted: Friday, 8pm, Chiado, casual.",
   "User: dinner with Ana and Rui on Friday, somewhere near Chiado\nAssistant: Noted.",
   C, "count", "dinner with Ana and Rui on Friday",
   "You mentioned dinner with Ana and Rui, which makes three; who's the fourth, or should I book for three?",
   options=["book for four", "book for three"])

CP(GEN, "Pick whichever, I don't care.",
   "User: I need a gift for my nephew's 10th birthday, he likes space\nAssistant: Options: a LEGO shuttle kit (€45), a kids' telescope (€60), or a glow-in-the-dark star map (€20).\nUser: budget is 70",
   "User: I need a gift for my nephew's 10th birthday, he likes space, budget 30 max\nAssistant: Options: a LEGO shuttle kit (€45), a kids' telescope (€60).",
   C, "budget", "budget 30 max",
   "Both options are over your €30 budget; should I find something under €30, or is going over fine?",
   options=["find something under €30", "go over budget"])

CP(GEN, "Remind me about it the day before.",
   "User: parent-teacher meeting is Thursday the 12th at 17:30\nAssistant: Added to your calendar.",
   "User: parent-teacher meeting is next Thursday at 17:30, and the school play is Friday\nAssistant: Added both to your calendar.",
   A, "referent", "parent-teacher meeting is next Thursday at 17:30, and the school play is Friday",
   "Should the day-before reminder be for the parent-teacher meeting, the school play, or both?",
   options=["meeting", "school play", "both"])

CP(GEN, "Use my work card.",
   "User: booking the conference hotel\nAssistant: I'll need a payment card. On file: Visa ending 4411 (personal), Amex ending 0093 (work).",
   "User: booking the conference hotel\nAssistant: On file: Visa ending 4411 (personal), Amex ending 0093 (work, expired 03/24), Visa ending 7720 (work).",
   A, "referent", "Amex ending 0093 (work, expired 03/24), Visa ending 7720 (work)",
   "You have two work cards on file and the Amex 0093 shows as expired; should I use the Visa ending 7720?",
   options=["Visa 7720", "Amex 0093"])

CP(GEN, "Go with the cheaper one.",
   "User: compare the two phone plans\nAssistant: Plan A: €20/mo, 30 GB. Plan B: €25/mo, unlimited.\nUser: I use about 10 GB",
   "User: compare the two phone plans\nAssistant: Plan A: €20/mo for 12 months then €32. Plan B: €25/mo flat. Over 24 months A is €624, B is €600.",
   A, "criterion", "Plan A: €20/mo for 12 months then €32. Plan B: €25/mo flat.",
   "Plan A is cheaper per month at first but Plan B is cheaper over 24 months; which do you mean by cheaper?",
   options=["Plan A (cheaper now)", "Plan B (cheaper over 24 months)"])

P(GEN, "Forward the confirmation to my sister, ines.m@mail.example.",
  "Forward the confirmation to my sister.",
  M, "recipient", "Forward the confirmation to my sister.",
  "What's your sister's email address (I don't see her in your contacts)?",
  good_ctx="User: book the Porto Airbnb for June 3-7\nAssistant: Booked. Confirmation #HMQ4Z sent to your inbox.",
  bad_ctx="User: book the Porto Airbnb for June 3-7\nAssistant: Booked. Confirmation #HMQ4Z sent to your inbox.")

P(GEN, "Push it to 3pm.",
  "Push it to 3pm, but it can't overlap anything.",
  C, "schedule_conflict", "it can't overlap anything",
  "You have the design review at 15:00-16:00 already; should the call overlap it, or do you want another time?",
  good_ctx="User: move my call with Ines\nAssistant: It's at 11:00 today. Your afternoon is free after 13:00.",
  bad_ctx="User: move my call with Ines\nAssistant: It's at 11:00 today. Your afternoon has the design review 15:00-16:00.",
  options=["overlap the review", "another time"])

P(GEN, "Sign me up for the 10k.",
  "Sign me up for it.",
  A, "referent", "Sign me up for it.",
  "The race has a 5k, a 10k and a half marathon; which distance should I sign you up for?",
  good_ctx="Email from Riverside Run: registration is open for the 5k, 10k and half marathon on Sept 8.",
  bad_ctx="Email from Riverside Run: registration is open for the 5k, 10k and half marathon on Sept 8.",
  options=["5k", "10k", "half marathon"])

CP(GEN, "put it on the family calendar",
   "Email from Greenfield School:\nSports day is Friday June 21, 9:00-13:00. Parents welcome.",
   "Email from Greenfield School:\nSports day is Friday June 21 (rain date: Monday June 24), 9:00-13:00. We'll confirm by Wednesday.",
   A, "date", "Sports day is Friday June 21 (rain date: Monday June 24)",
   "Should I add only June 21, or also hold the rain date June 24?",
   options=["June 21 only", "both dates"])

CP(GEN, "Reply and accept.",
   "Email from Dr. Reyes' office:\nYour appointment is offered for Tue May 14, 10:20. Reply to confirm.",
   "Email from Dr. Reyes' office:\nWe can offer Tue May 14 10:20 or Thu May 16 15:40. Reply with your choice.",
   A, "option_choice", "Tue May 14 10:20 or Thu May 16 15:40",
   "Which slot should I accept: Tuesday 10:20 or Thursday 15:40?",
   options=["Tue 10:20", "Thu 15:40"])

CP(GEN, "Buy the tickets.",
   "User: two tickets for the 19:30 showing of Perfect Days at Cinema Nova on Saturday, middle rows\nAssistant: Seats available in row G.",
   "User: tickets for Perfect Days at Cinema Nova on Saturday\nAssistant: Showings at 16:00 and 19:30.",
   M, "count", None,
   "How many tickets, and for the 16:00 or the 19:30 showing?",
   options=["16:00", "19:30"])

CP(GEN, "tell the group we're in",
   "WhatsApp group 'Hiking crew':\nLuis: who's coming Sunday? Trail 4, meet 7:30 at the parking lot\nUser: I'll check with Eva",
   "WhatsApp group 'Hiking crew':\nLuis: who's coming Sunday? Trail 4\nPaula: and who's up for climbing Saturday?\nUser: I'll check with Eva",
   A, "referent", "and who's up for climbing Saturday?",
   "In for which: Sunday's hike, Saturday's climbing, or both?",
   options=["Sunday hike", "Saturday climbing", "both"])

# ===========================================================================
# writing: drafts revised over several turns, docs and emails pasted in
# ===========================================================================

CP(WRI, "ok make it shorter",
   "User: write a LinkedIn post announcing our Series A, upbeat but not cringe\nAssistant: (draft, 210 words)\nUser: good content, too long though",
   "User: write a LinkedIn post announcing our Series A, upbeat but not cringe\nAssistant: (draft, 210 words)\nUser: also write the press-release version\nAssistant: (press release, 480 words)",
   A, "referent", "Assistant: (press release, 480 words)",
   "Should I shorten the LinkedIn post or the press release?",
   options=["LinkedIn post", "press release", "both"])

CP(WRI, "Add three more sections: pricing, FAQ and roadmap.",
   "User: one-pager for the new analytics add-on, for sales to send to prospects, go wild with detail\nAssistant: Draft with Overview, Features and Integrations.",
   "User: one-pager for the new analytics add-on, keep it under 150 words total, prospects don't read\nAssistant: Draft (140 words) with Overview, Features and Integrations.",
   C, "length", "keep it under 150 words total",
   "Three more sections won't fit in 150 words; should I drop the word limit or keep it and make the new sections one line each?",
   options=["drop the limit", "one line per section within 150 words"])

CP(WRI, "Use the second title.",
   "User: give me 3 title options for the blog post about our on-call changes\nAssistant: 1. Fewer Pages, Better Sleep  2. How We Rebuilt On-Call  3. On-Call Without the Dread",
   "User: give me title options for the blog post about our on-call changes\nAssistant: How about \"Fewer Pages, Better Sleep\"? Or \"How We Rebuilt On-Call\".\nUser: hmm\nAssistant: Other directions: \"On-Call Without the Dread\", \"The Pager Diet\".",
   A, "referent", "Other directions: \"On-Call Without the Dread\", \"The Pager Diet\".",
   "Titles came in two messages; by the second do you mean \"How We Rebuilt On-Call\" or \"The Pager Diet\"?",
   options=["How We Rebuilt On-Call", "The Pager Diet"])

CP(WRI, "make it more formal",
   "User: email to the landlord asking to fix the heating\nAssistant: \"Hey Mark, the heating's been dead since Sunday, any chance someone can take a look this week? Cheers, Nina\"",
   "User: email to the landlord asking to fix the heating, keep it casual, we're friends\nAssistant: \"Hey Mark, the heating's been dead since Sunday, any chance someone can take a look this week? Cheers, Nina\"",
   C, "tone", "keep it casual, we're friends",
   "Earlier you asked for a casual tone because you and Mark are friends; should it become formal now, or just a touch more polite?",
   options=["fully formal", "slightly more polite, still friendly"])

CP(WRI, "Fix the typos and send it to the list.",
   "User: newsletter for the climbing club, the list is members@climbclub.example\nAssistant: Draft ready (3 paragraphs).",
   "User: newsletter for the climbing club\nAssistant: Draft ready (3 paragraphs). Which list? The club has members@ and committee@.",
   A, "recipient", "The club has members@ and committee@.",
   "Should the newsletter go to members@ or committee@?",
   options=["members@", "committee@"])

CP(WRI, "Rewrite the intro the way Jen suggested.",
   "Comments on draft 'Q3 Update':\nJen: the intro buries the lead, open with the 18% retention gain, then the context.\nOmar: agree with Jen.",
   "Comments on draft 'Q3 Update':\nJen: the intro buries the lead, can we rethink it?\nOmar: I like it as is.",
   M, "direction", "the intro buries the lead, can we rethink it?",
   "Jen didn't say how to change the intro; should I lead with a specific headline result (which one), or do you have a direction?")

CP(WRI, "translate it into Spanish",
   "User: product description for the ceramic mug, 60 words\nAssistant: (60-word description)\nUser: we sell in Mexico mostly",
   "User: product description for the ceramic mug, 60 words\nAssistant: (60-word description)\nUser: and a care-instructions card\nAssistant: (care card, 5 bullet points)",
   A, "referent", "Assistant: (care card, 5 bullet points)",
   "Should I translate the product description, the care card, or both?",
   options=["description", "care card", "both"])

CP(WRI, "Tighten the second paragraph.",
   "User: cover letter for the UX researcher role at Hollow Labs\nAssistant: Para 1: why Hollow Labs. Para 2: my study on checkout drop-off. Para 3: closing.",
   "User: cover letter for the UX researcher role\nAssistant: Here's the draft.\nUser: paste of my old letter below too, reuse what works\n(old letter, 4 paragraphs)",
   A, "referent", "paste of my old letter below too",
   "Do you mean the second paragraph of my new draft or of your old letter?",
   options=["new draft", "old letter"])

CP(WRI, "Write the release notes from this.",
   "CHANGELOG (v4.2.0)\n- feat: bulk export to XLSX\n- fix: timezone offset on weekly reports\n- perf: 30% faster search indexing\n\nUser: customer-facing, friendly tone, 100 words",
   "CHANGELOG (v4.2.0)\n- feat: bulk export to XLSX\n- fix: timezone offset on weekly reports\n- chore: internal refactors\n\nUser: customer-facing, friendly tone. Legal said the XLSX export must not be mentioned until the contract is signed, but marketing wants it as the headline",
   C, "stakeholder_conflict", "Legal said the XLSX export must not be mentioned until the contract is signed, but marketing wants it as the headline",
   "Legal says not to mention the XLSX export yet, marketing wants it as the headline; should the notes include it?",
   options=["leave it out", "headline it"])

CP(WRI, "Use the quote from the interview.",
   "Interview notes - Dana Wells, COO of Fernway:\n\"We cut our month-end close from eight days to three.\"\n\nUser: case study draft, 400 words",
   "Interview notes - Dana Wells, COO of Fernway:\n\"We cut our month-end close from eight days to three.\"\n\"Honestly, onboarding was rough for the first month.\"\n\"The support team is the reason we renewed.\"\n\nUser: case study draft, 400 words",
   A, "referent", "\"The support team is the reason we renewed.\"",
   "The notes have three quotes; which one should the case study use (the close-time one is the obvious headline)?",
   options=["month-end close", "support team", "more than one"])

CP(WRI, "Now the German version, same length.",
   "User: 50-word store blurb for the café\nAssistant: (50 words)\nUser: nice, we need it in German for the Vienna shop",
   "User: 50-word store blurb for the café\nAssistant: (50 words)\nUser: the Vienna shop wants it in German but at least 120 words, their site has a bigger box",
   C, "length", "at least 120 words",
   "The Vienna shop wants at least 120 words; same length as the English (50) or 120+?",
   options=["50 words", "120+ words"])

CP(WRI, "Change the sign-off to match the others.",
   "User: all our customer emails end with \"Warmly, the Fernway team\"\nAssistant: Noted. Here's the renewal reminder, ending \"Best, Sam\".",
   "User: here are three old emails for reference\n(email 1 ends \"Warmly, the Fernway team\")\n(email 2 ends \"Best, Sam\")\n(email 3 ends \"Cheers, Fernway\")\nAssistant: Here's the renewal reminder, ending \"Thanks!\".",
   A, "format", "(email 2 ends \"Best, Sam\")",
   "The example emails use three different sign-offs; which should the reminder use?",
   options=["Warmly, the Fernway team", "Best, Sam", "Cheers, Fernway"])

CP(WRI, "Turn the notes into minutes.",
   "Notes 11/03 product sync (Ana, Joe, Li)\n- launch moved to 12/01\n- Joe owns pricing page\n- Li: beta feedback summary by Fri",
   "Notes 11/03 product sync\n- launch moved?\n- pricing page - Joe or Li?\n- beta feedback\nUser: I was only there for the first ten minutes",
   M, "missing_data", "I was only there for the first ten minutes",
   "The notes leave the launch date and the pricing-page owner open; should I mark those as unresolved in the minutes, or do you know what was decided?",
   options=["mark as unresolved", "I'll fill them in"])

P(WRI, "Good. Now do the same edit for the Spanish one.",
  "Good. Now do the same for the other language.",
  A, "referent", "do the same for the other language",
  "The bio exists in Spanish and Portuguese; which one should get the same edit?",
  good_ctx="User: I have my speaker bio in English, Spanish and Portuguese\nAssistant: I trimmed the English bio to 80 words and added your book title.",
  bad_ctx="User: I have my speaker bio in English, Spanish and Portuguese\nAssistant: I trimmed the English bio to 80 words and added your book title.",
  options=["Spanish", "Portuguese", "both"])

P(WRI, "perfect, post it",
  "perfect, post it, and add the discount code",
  M, "value", "add the discount code",
  "Which discount code should go in the post?",
  good_ctx="User: short instagram caption for our spring sale\nAssistant: \"Spring is here and so are our lightest linens yet. 20% off everything this weekend 🌿\"",
  bad_ctx="User: short instagram caption for our spring sale\nAssistant: \"Spring is here and so are our lightest linens yet. 20% off everything this weekend 🌿\"")

P(WRI, "Keep the structure and punch up the headline.",
  "Keep the structure, but cut it to a single paragraph.",
  C, "format", "Keep the structure, but cut it to a single paragraph.",
  "The draft's structure is four headed sections; should I keep the sections or merge everything into one paragraph?",
  good_ctx="User: landing page copy for the budgeting app\nAssistant: Draft: headline, subhead, three feature blocks, CTA.",
  bad_ctx="User: landing page copy for the budgeting app\nAssistant: Draft with four headed sections: Why, How, Pricing, Get started.",
  options=["keep the sections", "one paragraph"])

CP(WRI, "Send the final version to Priya for review.",
   "User: policy doc on remote work, for Priya (people ops, priya.n@corp.example) to review\nAssistant: v3 is final, with the stipend section you asked for.",
   "User: policy doc on remote work\nAssistant: v2 adds the stipend section; v3 removes it again per your note. Which is final?\nUser: priya will know",
   A, "version", "v2 adds the stipend section; v3 removes it again per your note.",
   "Should Priya get v2 (with the stipend section) or v3 (without)?",
   options=["v2", "v3", "both"])

CP(WRI, "write it",
   "Ticket DOC-51\nTitle: Document the new webhook retry policy\nDetails: up to 5 retries, exponential backoff from 30s, give up after 24h. Audience: integrators. Goes in docs/webhooks.md under 'Delivery'.",
   "Ticket DOC-51\nTitle: Document the new webhook retry policy\nDetails: TBD with the platform team.",
   M, "missing_data", "Details: TBD with the platform team.",
   "The ticket has no details yet; what is the retry policy (number of retries, backoff, cutoff)?")

CP(WRI, "Add a paragraph about the offsite.",
   "User: monthly all-hands recap email, friendly, bullets are fine\nAssistant: Draft with sections: Wins, New joiners, Reminders.",
   "User: monthly all-hands recap email. Nothing about the offsite yet, HR hasn't announced it\nAssistant: Draft with sections: Wins, New joiners, Reminders.",
   C, "constraint_conflict", "Nothing about the offsite yet, HR hasn't announced it",
   "Earlier you said not to mention the offsite because HR hasn't announced it; has it been announced now?",
   options=["yes, include it", "no, leave it out"])

# ===========================================================================
# second round, all domains: earlier constraints, missing facts in threads
# ===========================================================================

# --- coding ------------------------------------------------------------------
CP(COD, "Switch the tests to use the real database.",
   "User: our tests mock the db and miss real bugs, we have a dockerized postgres for CI now\nAssistant: I can use testcontainers to start it per session.",
   "User: tests must stay under 30 seconds total, they run on every keystroke in watch mode\nAssistant: Right now they take 6 seconds with the mocked db.",
   C, "constraint_conflict", "tests must stay under 30 seconds total, they run on every keystroke",
   "A real database will likely push the suite past your 30-second budget for watch mode; switch anyway, or only for a separate integration run?",
   options=["switch all tests", "separate integration run"])

CP(COD, "Use the API key from before.",
   "User: here's the staging key for the maps API: sk_stg_91ab... put it in .env as MAPS_KEY\nAssistant: Added MAPS_KEY to .env.\nUser: now wire up the geocode call",
   "User: wire up the geocode call\nAssistant: I'll need a maps API key; none is in .env or the secrets manager.",
   M, "credentials", "none is in .env or the secrets manager",
   "I don't have a maps API key from earlier; can you give me the key (or the secret name it's stored under)?")

CP(COD, "bump the minimum python version then",
   "User: we want to use match statements in the parser\nAssistant: That needs Python 3.10. setup.cfg says python_requires >= 3.8.\nUser: we dropped 3.8 and 3.9 on all runners last month anyway",
   "User: we want to use match statements in the parser\nAssistant: That needs Python 3.10. setup.cfg says python_requires >= 3.8.\nUser: note two customers still run 3.8 on prem and we promised support until December",
   C, "constraint_conflict", "we promised support until December",
   "Two customers are on 3.8 and you promised support until December; raise python_requires to 3.10 anyway, or avoid match statements until then?",
   options=["raise to 3.10", "keep 3.8, no match statements"])

CP(COD, "Log the error and continue, but don't crash the import.",
   "User: the importer dies on the first malformed row\nAssistant: It raises ValueError in parse_row.",
   "User: the importer dies on the first malformed row, which is correct, finance needs all-or-nothing imports\nAssistant: It raises ValueError in parse_row and rolls back the transaction.",
   C, "constraint_conflict", "finance needs all-or-nothing imports",
   "Finance needs all-or-nothing imports; skipping bad rows would break that. Should the import continue past errors, or stay all-or-nothing?",
   options=["skip bad rows", "stay all-or-nothing"])

CP(COD, "Push it to the fork.",
   "User: my fork is github.com/kpatel/httpkit, push the branch there\nAssistant: Committed to fix/keepalive-leak.",
   "User: push the branch\nAssistant: Committed to fix/keepalive-leak. The only remote configured is origin (the upstream repo, read-only for you).",
   M, "target", "The only remote configured is origin",
   "There's no fork remote configured; what's the URL of your fork?")

CP(COD, "add the header to every file",
   "User: all .py files need the Apache-2.0 SPDX header, '# SPDX-License-Identifier: Apache-2.0' as the first line\nAssistant: 48 .py files, none have it yet.",
   "User: all source files need the license header\nAssistant: 48 .py files, none have a header. LICENSE says MIT, but pyproject.toml says Apache-2.0.",
   C, "license", "LICENSE says MIT, but pyproject.toml says Apache-2.0",
   "LICENSE says MIT and pyproject.toml says Apache-2.0; which license should the header name?",
   options=["MIT", "Apache-2.0"])

P(COD, "Sure, squash them into one commit, message 'Add CSV export'.",
  "Sure, squash them into one commit.",
  M, "message", "squash them into one commit",
  "What should the squashed commit message be (the five messages are all 'wip')?",
  good_ctx="User: clean up my branch before review\nAssistant: feature/csv-export has 5 commits, all titled 'wip'.",
  bad_ctx="User: clean up my branch before review\nAssistant: feature/csv-export has 5 commits, all titled 'wip'.")

P(COD, "Keep the public API the same and refactor the internals.",
  "Keep the public API the same and rename the exported functions to snake_case.",
  C, "self_contradiction", "rename the exported functions to snake_case",
  "Renaming the exported functions changes the public API; should I keep the old camelCase names as aliases, or is a breaking change OK?",
  good_ctx="User: utils.js is a mess\nAssistant: It exports formatDate, parseMoney and toSlug; internally everything is one 400-line function.",
  bad_ctx="User: utils.js is a mess\nAssistant: It exports formatDate, parseMoney and toSlug; internally everything is one 400-line function.",
  options=["keep aliases", "breaking change OK"])

# --- sql ---------------------------------------------------------------------
CP(SQL, "Use the same date range as the last query.",
   "User: revenue for the Easter campaign, March 25 to April 7\nAssistant: SELECT SUM(amount) FROM orders WHERE placed_at BETWEEN '2024-03-25' AND '2024-04-07';\nUser: now orders count by channel",
   "User: now orders count by channel\nAssistant: Sure.",
   M, "period", None,
   "I don't have an earlier query in this chat; what date range should the channel counts cover?")

CP(SQL, "Yes, do the update.",
   "User: customers in Berlin have the wrong region code, should be 'DE-BE'\nAssistant: UPDATE customers SET region = 'DE-BE' WHERE city = 'Berlin'; affects 1,204 rows. Run it?",
   "User: this is read-only analysis, don't modify anything in prod\nAssistant: Noted.\nUser: customers in Berlin have the wrong region code\nAssistant: UPDATE customers SET region = 'DE-BE' WHERE city = 'Berlin'; would fix it.",
   C, "permission", "this is read-only analysis, don't modify anything in prod",
   "You said this is read-only and nothing in prod should change; should I run the UPDATE on prod anyway, or give it to whoever owns the data?",
   options=["run it", "hand it over"])

CP(SQL, "Now compare against the target.",
   "Planning doc: Q2 new-customer target = 4,500 (all regions).\nUser: new customers in Q2\nAssistant: 4,132 new customers between April 1 and June 30.",
   "User: new customers in Q2\nAssistant: 4,132 new customers between April 1 and June 30.",
   M, "value", None,
   "What is the Q2 new-customer target to compare against?")

CP(SQL, "write it for our warehouse",
   "User: we're on BigQuery, standard SQL\nAssistant: OK.\nUser: I need the 7-day rolling average of daily signups",
   "User: I need the 7-day rolling average of daily signups\nAssistant: Sure. Note the syntax for date functions differs between engines.",
   M, "dialect", None,
   "Which warehouse are you on (BigQuery, Snowflake, Redshift, Postgres)?",
   options=["BigQuery", "Snowflake", "Redshift", "Postgres"])

CP(SQL, "Keep duplicates out of the result but count every event.",
   "User: events per user last week\nAssistant: SELECT user_id, COUNT(*) FROM events WHERE ... GROUP BY user_id;",
   "User: events per user last week, each user should appear once and the count should be of distinct event types only\nAssistant: SELECT user_id, COUNT(DISTINCT event_type) FROM events WHERE ... GROUP BY user_id;",
   C, "metric", "the count should be of distinct event types only",
   "Earlier you wanted distinct event types counted; now you say every event. Which count: COUNT(*) or COUNT(DISTINCT event_type)?",
   options=["every event", "distinct event types"])

P(SQL, "OK, schedule it to run every Monday at 7.",
  "OK, schedule it to run every Monday at 7 and email the CFO.",
  M, "recipient", "email the CFO",
  "What's the CFO's email address, or should I send it to a finance distribution list?",
  good_ctx="User: weekly pipeline summary query\nAssistant: Saved as pipeline_weekly.sql; the scheduler timezone is Europe/Madrid.",
  bad_ctx="User: weekly pipeline summary query\nAssistant: Saved as pipeline_weekly.sql; the scheduler timezone is Europe/Madrid.")

P(SQL, "Exclude refunded orders and rerun.",
  "Include everything and rerun, but leave out refunds.",
  C, "self_contradiction", "Include everything and rerun, but leave out refunds.",
  "Should the rerun include everything (refunds too) or exclude refunded orders?",
  good_ctx="User: gross sales per store in May\nAssistant: SELECT store_id, SUM(amount) FROM orders WHERE ... GROUP BY store_id; (includes refunded orders)",
  bad_ctx="User: gross sales per store in May\nAssistant: SELECT store_id, SUM(amount) FROM orders WHERE ... GROUP BY store_id; (includes refunded orders)",
  options=["include everything", "exclude refunds"])

# --- data --------------------------------------------------------------------
CP(DAT, "Run the significance test.",
   "User: A/B on the checkout button, we pre-registered a two-sided z-test on conversion at alpha 0.05\nAssistant: A: 1,204/20,110, B: 1,322/20,087.",
   "User: A/B on the checkout button\nAssistant: A: 1,204/20,110 conversions, B: 1,322/20,087. Revenue per user also differs.",
   M, "metric", "Revenue per user also differs.",
   "Which metric should the test be on, conversion or revenue per user, and at what alpha?",
   options=["conversion, alpha 0.05", "revenue per user"])

CP(DAT, "Anonymize it before sharing.",
   "User: share the support transcripts with the vendor, strip names and emails, replace with [NAME] / [EMAIL] placeholders\nAssistant: 3,400 transcripts ready.",
   "User: share the support transcripts with the vendor, but they need customer names to match against their CRM\nAssistant: 3,400 transcripts ready.",
   C, "constraint_conflict", "they need customer names to match against their CRM",
   "The vendor needs names to match against their CRM, which anonymizing would remove; should I keep names, or use a pseudonymous ID they can match?",
   options=["keep names", "pseudonymous ID"])

CP(DAT, "Use last year's baseline.",
   "baseline.md\n2023 baseline: 12.4% monthly churn (all plans), computed on Jan-Dec 2023.",
   "baseline.md\n2023 baseline: 12.4% monthly churn (fiscal year) / 11.9% (calendar year).",
   A, "definition", "12.4% monthly churn (fiscal year) / 11.9% (calendar year)",
   "Which 2023 baseline should I use: 12.4% (fiscal year) or 11.9% (calendar year)?",
   options=["12.4% fiscal", "11.9% calendar"])

CP(DAT, "Make the chart match the brand colours.",
   "Brand guide excerpt: primary #0B3D91, secondary #F2A900, neutral #6B7280. Charts: primary for the main series.",
   "User: make charts look like our brand\nAssistant: I don't have a brand guide or palette in this project.",
   M, "value", "I don't have a brand guide or palette in this project.",
   "What are the brand colours (hex codes), or can you share the brand guide?")

P(DAT, "Bin ages into decades and plot the counts.",
  "Bin ages the way the report does and plot the counts.",
  M, "definition", "the way the report does",
  "I don't have the report; what age bins does it use (e.g. decades, or 18-24 / 25-34 / ...)?",
  good_ctx="User: respondents.csv has an age column, 18 to 91\nAssistant: 3,012 rows, no missing ages.",
  bad_ctx="User: respondents.csv has an age column, 18 to 91\nAssistant: 3,012 rows, no missing ages.",
  options=["decades", "18-24 / 25-34 / 35-44 / 45-54 / 55-64 / 65+"])

P(DAT, "Train it on everything and report the test accuracy.",
  "Train it on all the data and report the test accuracy.",
  C, "self_contradiction", "Train it on all the data and report the test accuracy.",
  "If I train on all the data there's no held-out test set; should I hold out a test split (how big), or report cross-validated accuracy?",
  good_ctx="User: split is already done, train.csv and test.csv, everything means train.csv\nAssistant: train.csv 8,000 rows, test.csv 2,000 rows.",
  bad_ctx="User: I have labels.csv, 10,000 rows\nAssistant: Loaded, balanced classes.",
  options=["hold out 20%", "5-fold cross-validation"])

# --- ops ---------------------------------------------------------------------
CP(OPS, "Give the contractor access.",
   "User: the contractor is Ravi Menon (ravi@menonconsult.example), needs read-only on the staging AWS account until June 30\nAssistant: I'll create an IAM Identity Center user.",
   "User: the contractor needs access starting Monday\nAssistant: Which contractor, and to what?",
   M, "recipient", "Which contractor, and to what?",
   "Who is the contractor (name and email), and what access do they need on which account?")

CP(OPS, "Delete the old snapshots.",
   "User: anything older than 30 days in the rds-nightly snapshot set can go\nAssistant: 61 snapshots older than 30 days.",
   "User: clean up RDS snapshots\nAssistant: 61 snapshots older than 30 days. Compliance note in the account README: keep 7 years of monthly snapshots for audit.",
   C, "policy_conflict", "keep 7 years of monthly snapshots for audit",
   "The compliance note says monthly snapshots must be kept for 7 years; should I delete everything older than 30 days except the monthly ones?",
   options=["keep monthly, delete the rest", "delete all 61"])

CP(OPS, "Open the firewall for the partner.",
   "Email from Paygate onboarding:\nPlease allow inbound HTTPS from 192.0.2.10 and 192.0.2.11 to your callback endpoint.",
   "Email from Paygate onboarding:\nPlease allow inbound traffic from our IP ranges to your callback endpoint. Ranges are published in our docs portal.",
   M, "value", "Ranges are published in our docs portal.",
   "The email doesn't list Paygate's IP ranges; can you paste them from their docs portal?")

CP(OPS, "Reduce the log level.",
   "User: prod is logging DEBUG and it's costing us, INFO is what we run normally\nAssistant: LOG_LEVEL=DEBUG is set in the prod ConfigMap.",
   "#sre\nUser: prod is logging DEBUG and it's costing us\nMia: keep DEBUG on auth-svc until the SSO bug is found, we need those traces",
   C, "stakeholder_conflict", "keep DEBUG on auth-svc until the SSO bug is found",
   "Mia needs DEBUG kept on auth-svc for the SSO bug; lower everything except auth-svc, or everything?",
   options=["everything except auth-svc", "everything"])

CP(OPS, "put the standby in the other AZ",
   "User: we run primary in eu-west-1a, add a standby\nAssistant: eu-west-1 has a, b and c.\nUser: b has the spare capacity",
   "User: we run primary in eu-west-1a, add a standby\nAssistant: eu-west-1 has a, b and c.",
   A, "zone", "eu-west-1 has a, b and c.",
   "Which AZ should the standby go in: eu-west-1b or eu-west-1c?",
   options=["eu-west-1b", "eu-west-1c"])

P(OPS, "Page the database on-call.",
  "Page whoever owns it.",
  M, "owner", "Page whoever owns it.",
  "The service catalog doesn't list an owner for batch-export; who should I page?",
  good_ctx="bot: ALERT pg-main replication lag 340s\nService catalog: pg-main -> owner: dba-oncall (PagerDuty)",
  bad_ctx="bot: ALERT batch-export failing since 03:00\nService catalog: batch-export -> owner: (none)")

P(OPS, "Extend the cert for another year.",
  "Extend the cert for another year, same as the last one.",
  A, "referent", "same as the last one",
  "Two certificates were renewed last month (api.example.com and *.internal.example.com); which renewal should this one copy?",
  good_ctx="User: the www.example.com cert expires in 9 days\nAssistant: It's a Let's Encrypt cert; renewal is automatic via certbot but the timer is disabled.",
  bad_ctx="User: the www.example.com cert expires in 9 days\nAssistant: It was bought from DigiCert. Last month we renewed api.example.com (1 year) and *.internal.example.com (2 years).",
  options=["api.example.com (1 year)", "*.internal.example.com (2 years)"])

# --- general -----------------------------------------------------------------
CP(GEN, "Book it for the whole family.",
   "User: we're 2 adults and 2 kids (7 and 11)\nAssistant: Noted.\nUser: the Saturday boat tour at 10",
   "User: the Saturday boat tour at 10 looks nice\nAssistant: Adults €25, kids under 12 €12, under 4 free.",
   M, "count", "Adults €25, kids under 12 €12, under 4 free.",
   "How many adults and children (and the children's ages) should I book for?")

CP(GEN, "Find me a hotel near the venue.",
   "User: I'm speaking at PyCon Lisbon, venue is the FIL, May 17-19, budget €150/night\nAssistant: Got it.",
   "User: I'm speaking at a conference in May\nAssistant: Congrats!",
   M, "location", "I'm speaking at a conference in May",
   "Which conference and venue, and which nights do you need?")

CP(GEN, "Make it vegetarian.",
   "User: meal plan for the week, 2 people, quick dinners\nAssistant: (7 dinners, 3 with meat)",
   "User: meal plan for the week, 2 people, quick dinners, at least 30g protein each meal, my partner can't eat soy or legumes\nAssistant: (7 dinners, mostly chicken and fish)",
   C, "constraint_conflict", "my partner can't eat soy or legumes",
   "Vegetarian without soy or legumes makes 30g protein per meal hard; should I rely on eggs and dairy, or relax the protein target?",
   options=["eggs and dairy", "relax the protein target"])

CP(GEN, "Ok, transfer it.",
   "User: send €250 to Lina for the concert tickets\nAssistant: Lina Berg, IBAN DE44 ... 1201, from your current account. Confirm?",
   "User: send Lina the money for the concert tickets\nAssistant: Lina Berg is in your payees.",
   M, "amount", None,
   "How much should I send Lina for the tickets?")

CP(GEN, "Do what the email says.",
   "Email from City Library:\nYour loan 'The Overstory' is due tomorrow. Renew online at library.example/renew with card 2200-4471.",
   "Email from City Library:\nYour loans are due tomorrow. You can renew them online, or return them to any branch.",
   A, "option_choice", "You can renew them online, or return them to any branch.",
   "The email gives two options; should I renew the loans online, or will you return them?",
   options=["renew online", "I'll return them"])

P(GEN, "Put it in my calendar for 6pm.",
  "Put it in my calendar for 6pm, and also block the same slot for yoga.",
  C, "schedule_conflict", "also block the same slot for yoga",
  "The dinner and yoga can't both be at 6pm; should yoga go somewhere else, or skip yoga that day?",
  good_ctx="User: dinner at Rosa's on Thursday\nAssistant: Thursday evening is free.",
  bad_ctx="User: dinner at Rosa's on Thursday\nAssistant: Thursday evening is free.",
  options=["yoga another time", "skip yoga"])

# --- writing -----------------------------------------------------------------
CP(WRI, "Add the stats from the report.",
   "Report excerpt (Q2 impact):\n- 12,400 meals served (+18% vs Q1)\n- 340 volunteers, 2,900 hours\n\nUser: donor newsletter, 300 words",
   "User: donor newsletter, 300 words\nAssistant: Draft ready, warm tone.",
   M, "missing_data", None,
   "I don't have the report; can you paste the stats you want in the newsletter?")

CP(WRI, "Shorten it to fit a tweet.",
   "User: announcement that our office is closed Monday for the holiday\nAssistant: \"Our office will be closed on Monday, May 27 for Memorial Day. Support via email as usual; we'll reply Tuesday.\"",
   "User: announcement that our office is closed Monday for the holiday. Must include the full support hours table and both phone numbers, legal insists\nAssistant: (announcement with hours table, 420 characters)",
   C, "length", "Must include the full support hours table and both phone numbers, legal insists",
   "The hours table and both phone numbers won't fit in a tweet; should I link to the full announcement, or drop the table?",
   options=["link to the full version", "drop the table"])

CP(WRI, "Rewrite it in our style guide's voice.",
   "Style guide (excerpt): second person, short sentences, no exclamation marks, sentence-case headings, Oxford comma.\n\nUser: rewrite the onboarding email",
   "User: rewrite the onboarding email in our style\nAssistant: I don't have your style guide; the current email is formal and third person.",
   M, "missing_data", "I don't have your style guide",
   "Can you share the style guide, or describe the voice (person, tone, punctuation rules)?")

CP(WRI, "Cut it to 500 words.",
   "User: blog post on hiring juniors, around 900 words\nAssistant: (draft, 880 words)\nUser: editor says 500 max for the guest slot",
   "User: essay for the scholarship, minimum 800 words, it's a hard requirement\nAssistant: (draft, 830 words)",
   C, "length", "minimum 800 words, it's a hard requirement",
   "The scholarship requires at least 800 words; should I really cut to 500, or tighten it while staying above 800?",
   options=["cut to 500", "tighten but stay above 800"])

P(WRI, "Sounds good, write the thank-you note to Mrs. Alvarez.",
  "Sounds good, write the thank-you note to her.",
  A, "recipient", "write the thank-you note to her",
  "Should the thank-you note go to Mrs. Alvarez (the teacher) or Ms. Chen (the coach)?",
  good_ctx="User: end of year gifts: Mrs. Alvarez (teacher) gets a plant, Ms. Chen (coach) gets a gift card\nAssistant: Great choices.",
  bad_ctx="User: end of year gifts: Mrs. Alvarez (teacher) gets a plant, Ms. Chen (coach) gets a gift card\nAssistant: Great choices.",
  options=["Mrs. Alvarez", "Ms. Chen", "both"])

P(WRI, "Write the abstract, 150 words, for the general audience track.",
  "Write the abstract, 150 words, for the track we picked.",
  M, "target", "for the track we picked",
  "I don't see which track was picked; is it the general audience track or the research track?",
  good_ctx="CFP: talks go to either the general audience track or the research track. Abstracts max 200 words.",
  bad_ctx="CFP: talks go to either the general audience track or the research track. Abstracts max 200 words.",
  options=["general audience", "research"])

# ===========================================================================
# same context, two final requests (one settled by the context, one not)
# ===========================================================================

P(COD, "fine, but keep the old endpoint working for a release",
  "fine, but delete the old endpoint today and keep the mobile app working",
  C, "compatibility", "delete the old endpoint today and keep the mobile app working",
  "The mobile app 5.x still calls /v1/orders; deleting it today would break it. Keep /v1 until the app is updated, or delete it anyway?",
  good_ctx="User: move /v1/orders to /v2/orders with the new pagination\nAssistant: Done. Note: mobile app 5.x still calls /v1/orders; the 6.0 release switches to /v2.",
  bad_ctx="User: move /v1/orders to /v2/orders with the new pagination\nAssistant: Done. Note: mobile app 5.x still calls /v1/orders; the 6.0 release switches to /v2.",
  options=["keep /v1 for now", "delete /v1 today"])

P(COD, "Add the test for the empty-list case you mentioned.",
  "Add tests for the edge cases.",
  A, "scope", "Add tests for the edge cases.",
  "I mentioned three edge cases (empty list, None, a single very large item); should the tests cover all three or only some?",
  good_ctx="User: review my chunk() helper\nAssistant: Looks right. Edge cases worth testing: empty list, None input, and a single item larger than the chunk size.",
  bad_ctx="User: review my chunk() helper\nAssistant: Looks right. Edge cases worth testing: empty list, None input, and a single item larger than the chunk size.\nUser: None should never reach it, the caller validates",
  options=["all three", "empty list and large item only"])

P(SQL, "Good, save it as a view called v_active_subs.",
  "Good, save it as a view and give it the usual name.",
  M, "naming", "give it the usual name",
  "What name should the view have (I don't know your usual naming convention)?",
  good_ctx="User: active subscriptions per plan\nAssistant: SELECT plan, COUNT(*) FROM subscriptions WHERE status = 'active' GROUP BY plan;",
  bad_ctx="User: active subscriptions per plan\nAssistant: SELECT plan, COUNT(*) FROM subscriptions WHERE status = 'active' GROUP BY plan;")

P(SQL, "Rerun it with the 2023 numbers for comparison.",
  "Rerun it with the numbers from the old system for comparison.",
  M, "source", "the numbers from the old system",
  "The old system's data isn't in this warehouse; where can I find it (a schema, an export, a file)?",
  good_ctx="User: churn by plan for 2024\nAssistant: Done. The warehouse has orders and subscriptions back to 2021.",
  bad_ctx="User: churn by plan for 2024\nAssistant: Done. The warehouse only has data since the migration from the old billing system in Jan 2024.")

P(DAT, "Ok, use the 2024 file and ignore the draft.",
  "Ok, use both files but only count each person once, and keep the duplicates.",
  C, "self_contradiction", "only count each person once, and keep the duplicates",
  "Should people who appear in both files be counted once (deduplicated) or kept as duplicates?",
  good_ctx="User: I uploaded members_2024.csv and members_2024_draft.csv\nAssistant: 1,980 and 2,041 rows; 1,902 people appear in both.",
  bad_ctx="User: I uploaded members_2024.csv and members_2024_draft.csv\nAssistant: 1,980 and 2,041 rows; 1,902 people appear in both.",
  options=["count once", "keep duplicates"])

P(DAT, "Sounds reasonable, go ahead with the log scale.",
  "Sounds reasonable, go ahead with the log scale but keep the zeros visible.",
  C, "method", "keep the zeros visible",
  "Zeros can't be shown on a log scale; should I use symlog, add 1 before logging, or drop the zero bars?",
  good_ctx="User: the bar chart is dominated by one big store\nAssistant: A log-scale y axis would make the smaller stores readable. All values are above 1,000.",
  bad_ctx="User: the bar chart is dominated by one big store\nAssistant: A log-scale y axis would make the smaller stores readable. Four stores have zero sales this month.",
  options=["symlog", "log(x+1)", "drop zeros"])

P(OPS, "OK, apply it to prod-eu only.",
  "OK, apply it to the regions Sam listed.",
  M, "scope", "the regions Sam listed",
  "Sam's message isn't in this thread; which regions should get the change?",
  good_ctx="User: the new rate limit config is tested on staging\nAssistant: It's ready to roll out; prod has eu, us and apac regions.",
  bad_ctx="User: the new rate limit config is tested on staging\nAssistant: It's ready to roll out; prod has eu, us and apac regions.",
  options=["prod-eu", "prod-us", "prod-apac", "all three"])

P(OPS, "Yes, restart the pods one at a time.",
  "Yes, restart them all at once, no downtime please.",
  C, "self_contradiction", "restart them all at once, no downtime please",
  "Restarting all replicas at once will cause downtime; should I do a rolling restart instead, or accept a short outage?",
  good_ctx="User: config change for checkout-api needs a restart\nAssistant: checkout-api has 4 replicas behind the service.",
  bad_ctx="User: config change for checkout-api needs a restart\nAssistant: checkout-api has 4 replicas behind the service.",
  options=["rolling restart", "all at once with a short outage"])

P(GEN, "Great, book the 7:40 train.",
  "Great, book the one that gets me there before the meeting.",
  M, "time", "before the meeting",
  "What time is the meeting in Utrecht, so I can pick a train that arrives before it?",
  good_ctx="User: trains from Amsterdam to Utrecht tomorrow morning\nAssistant: 7:10, 7:40, 8:10 and 8:40, 27 minutes each.",
  bad_ctx="User: trains from Amsterdam to Utrecht tomorrow morning\nAssistant: 7:10, 7:40, 8:10 and 8:40, 27 minutes each.")

P(GEN, "Thanks, that works. Please order it.",
  "Thanks, that works. Please order it but make sure it arrives by Friday.",
  C, "deadline", "make sure it arrives by Friday",
  "The listed delivery date is Monday, after your Friday deadline; should I order anyway, pay for express (€9.90, Thursday), or look elsewhere?",
  good_ctx="User: replacement charger for a ThinkPad T14, USB-C 65W\nAssistant: Lenovo 65W USB-C, €39, delivery Monday.",
  bad_ctx="User: replacement charger for a ThinkPad T14, USB-C 65W\nAssistant: Lenovo 65W USB-C, €39, delivery Monday. Express (€9.90) arrives Thursday.",
  options=["standard, Monday", "express, Thursday", "look elsewhere"])

P(WRI, "Nice. Now write the follow-up for people who didn't open it.",
  "Nice. Now write the follow-up for people who didn't open it, and send it tomorrow.",
  M, "audience", "send it tomorrow",
  "Which list or segment should the follow-up go to, and at what time tomorrow?",
  good_ctx="User: email for the webinar invite\nAssistant: Subject: \"Live Thursday: shipping faster with feature flags\". Body: 120 words.",
  bad_ctx="User: email for the webinar invite\nAssistant: Subject: \"Live Thursday: shipping faster with feature flags\". Body: 120 words.")

P(WRI, "That's good, use it as the opening line.",
  "That's good, use it as the opening line and the closing line and make them different.",
  C, "self_contradiction", "use it as the opening line and the closing line and make them different",
  "Should this sentence open the speech and a different line close it, or should it bookend the speech (same line at both ends)?",
  good_ctx="User: I'm giving a toast at my brother's wedding\nAssistant: A possible opener: \"I've known Dan for 31 years, and he's been late to 30 of them.\"",
  bad_ctx="User: I'm giving a toast at my brother's wedding\nAssistant: A possible opener: \"I've known Dan for 31 years, and he's been late to 30 of them.\"",
  options=["opening only", "bookend, same line"])

# ===========================================================================
# documents that settle a request vs. documents that conflict
# ===========================================================================

CP(OPS, "Follow the escalation policy.",
   "ESCALATION POLICY (payments)\nSev1: page primary on-call immediately; if no ack in 10 min page secondary; after 30 min page the eng manager.\n\nbot: Sev1 - card authorizations failing (23% error rate)",
   "ESCALATION POLICY (payments)\nSev1: page primary on-call immediately.\n\nESCALATION POLICY (payments, v2 draft)\nSev1: post in #payments-inc first, page only if no response in 15 min.\n\nbot: Sev1 - card authorizations failing (23% error rate)",
   C, "policy_conflict", "Sev1: post in #payments-inc first, page only if no response in 15 min.",
   "The current policy says page immediately, the v2 draft says post in #payments-inc first; which should I follow?",
   options=["current: page now", "v2 draft: post first"])

CP(COD, "Set up the pre-commit hooks from the contributing guide.",
   "CONTRIBUTING.md\n## Hooks\nWe use pre-commit with black (24.4), ruff (0.4) and mypy. Run `pre-commit install` after cloning.",
   "CONTRIBUTING.md\n## Hooks\nWe use pre-commit with black and ruff.\n\n## Style\nWe format with yapf (google style). Do not use black.",
   C, "doc_conflict", "We format with yapf (google style). Do not use black.",
   "The guide lists black in the hooks but the style section says use yapf and not black; which formatter should the hook run?",
   options=["black", "yapf"])

CP(DAT, "Compute the KPI as defined in the spec.",
   "KPI spec v2\nActivation rate = users who created a project within 7 days of signup / all signups in the cohort week. Exclude internal users (is_internal).",
   "KPI spec v2\nActivation rate = users who 'activated' / all signups. (Definition of 'activated' to follow from product.)",
   M, "definition", "(Definition of 'activated' to follow from product.)",
   "The spec doesn't yet define what counts as activated; which event should I use (e.g. created a project within 7 days)?")

CP(SQL, "Write the query the ticket asks for.",
   "DATA-412: Number of orders per payment method for May 2024, card vs paypal vs bank transfer, excluding cancelled orders. Output: method, orders.",
   "DATA-412: Number of orders per payment method. Comment from Lea: for May. Comment from Tim: for the whole of Q2, May alone is useless.",
   C, "period", "Comment from Tim: for the whole of Q2, May alone is useless.",
   "Lea asks for May and Tim for the whole of Q2; which period should the query cover?",
   options=["May", "Q2"])

CP(GEN, "RSVP for both of us.",
   "Invitation: Kofi & Lena's housewarming, Sat June 8, 4pm. RSVP to lena@home.example by June 1. Plus-ones welcome.",
   "Invitation: Kofi & Lena's housewarming, Sat June 8, 4pm. RSVP by June 1. Sorry, no plus-ones, small flat!",
   C, "constraint_conflict", "Sorry, no plus-ones, small flat!",
   "The invitation says no plus-ones; should I RSVP just for you, or ask them whether your partner can come?",
   options=["RSVP for you only", "ask about a plus-one"])

CP(WRI, "Write the bio they asked for.",
   "Email from the conference team:\nPlease send a speaker bio, third person, max 80 words, no links.",
   "Email from the conference team:\nPlease send a speaker bio. (A second email from the same team: bios must be first person, 150-200 words, include one link.)",
   C, "format", "bios must be first person, 150-200 words, include one link",
   "The two emails disagree on the bio format; should I write it in the first email's style or the second one's (first person, 150-200 words, one link)?",
   options=["first email", "second email"])

CP(OPS, "upgrade postgres like the doc says",
   "UPGRADE PLAN (db-main)\nTarget: PostgreSQL 16.3. Method: pg_upgrade --link on the replica, then switchover. Window: Sat 01:00-03:00.",
   "UPGRADE PLAN (db-main)\nTarget: PostgreSQL 16 (minor TBD). Method: TBD (pg_upgrade vs logical replication). Window: TBD.",
   M, "procedure", "Method: TBD (pg_upgrade vs logical replication). Window: TBD.",
   "The plan leaves the method and the window open; which method (pg_upgrade or logical replication) and when?",
   options=["pg_upgrade", "logical replication"])

CP(GEN, "Sort out the refund.",
   "Email from ShopNova:\nWe're sorry your order #55120 (blender, €89) arrived damaged. Reply REFUND for a full refund to your original card, or REPLACE for a new unit.\nUser: I just want my money back",
   "Email from ShopNova:\nWe're sorry your order #55120 (blender, €89) arrived damaged. Reply REFUND for a full refund, or REPLACE for a new unit.\nUser: ugh, so annoying",
   A, "option_choice", "Reply REFUND for a full refund, or REPLACE for a new unit.",
   "Do you want the €89 refunded or a replacement blender?",
   options=["refund", "replacement"])

CP(WRI, "Draft the reply.",
   "Email from Hugo (client):\nCould you confirm the launch date is still June 3? The board meets Friday.\n\nUser: yes it's still June 3, keep it short",
   "Email from Hugo (client):\nCould you confirm the launch date is still June 3? The board meets Friday.\n\nUser: draft something",
   M, "value", None,
   "Is the launch still on June 3, or has the date changed?",
   options=["still June 3", "new date"])

CP(COD, "Implement the endpoint from the spec.",
   "Spec: POST /api/v1/invites\nBody: {\"email\": string, \"role\": \"viewer\"|\"editor\"}\nReturns 201 with the invite id; 409 if the email is already a member. Auth: admin only.",
   "Spec: POST /api/v1/invites\nBody: email, role\nReturns 201 with the invite id.\nOpen question (Dev): who may invite? admins only or any editor?",
   M, "permission", "Open question (Dev): who may invite? admins only or any editor?",
   "The spec leaves open who may send invites; admins only, or any editor?",
   options=["admins only", "any editor"])

# ===========================================================================
# stand-alone label 0: terse follow-ups the context settles, freedom granted,
# requests complete on their own with the context as background
# ===========================================================================

OK(COD, "do the same for the other one",
   "User: add a __repr__ to the Invoice class\nAssistant: Added Invoice.__repr__ showing id, customer and total. The module has one other class, LineItem.")
OK(COD, "yep, that one",
   "Assistant: The flaky test is test_retry_backoff; it sleeps on real time. Should I switch it to freezegun?")
OK(COD, "ok but keep the old name as an alias for a release",
   "User: rename get_user to fetch_user everywhere\nAssistant: 23 call sites in 9 files. Ready to apply.")
OK(COD, "use whichever logging library you like, we have no preference",
   "User: add logging to the sync script\nAssistant: It currently uses print().")
OK(COD, "make it shorter",
   "User: write a docstring for merge_intervals\nAssistant: (12-line docstring with Args, Returns, Raises, Examples)")
OK(COD, "Put it back.",
   "User: remove the debug print in scheduler.py line 140\nAssistant: Removed.\nUser: wait, the ops dashboard scrapes that line")
OK(COD, "Ship it.",
   "User: PR #88 has two approvals and green CI?\nAssistant: Yes, both checks passed, approved by Lena and Marco, no conflicts with main.")
OK(COD, "and now the same for the delete handler",
   "User: add input validation to the create and update handlers in routes/tags.py\nAssistant: Done for create_tag and update_tag; the file also has delete_tag.")
OK(COD, "Revert the last commit on my branch and force-push, it's only mine.",
   "Assistant: Your branch kp/experiment-cache has 3 commits ahead of main; nobody else has pushed to it.")
OK(COD, "Any reasonable name is fine, just pick one and move on.",
   "User: extract the retry logic into its own helper\nAssistant: What should I call it?")
OK(COD, "Go with option 2.",
   "Assistant: Two ways to fix the N+1 query: (1) add select_related('author') in the view, (2) prefetch in the serializer's get_queryset. Option 2 keeps the view clean.")
OK(COD, "keep it",
   "Assistant: This import of `typing.Optional` is unused now. Remove it, or keep it for the upcoming change you mentioned?")

OK(SQL, "now by week",
   "User: signups per day in June\nAssistant: SELECT date_trunc('day', created_at) d, COUNT(*) FROM users WHERE created_at >= '2024-06-01' AND created_at < '2024-07-01' GROUP BY d ORDER BY d;")
OK(SQL, "same but for cancellations",
   "User: new subscriptions per plan last month\nAssistant: SELECT plan, COUNT(*) FROM subscription_events WHERE event = 'created' AND ... GROUP BY plan;\nUser: event can be created, cancelled or paused")
OK(SQL, "Looks good, run it.",
   "Assistant: This is a read-only SELECT on the analytics replica: SELECT country, COUNT(*) FROM users GROUP BY country;")
OK(SQL, "order them however you think is most readable",
   "User: list every table in the billing schema with its row count\nAssistant: There are 14 tables.")
OK(SQL, "add the customer name too",
   "User: top 10 orders by amount this year\nAssistant: SELECT o.id, o.amount FROM orders o WHERE ... ORDER BY amount DESC LIMIT 10;\nSchema: orders.customer_id -> customers.id, customers.name")
OK(SQL, "Use the other join.",
   "Assistant: I used an INNER JOIN, which drops customers without orders. A LEFT JOIN would keep them with zero.")
OK(SQL, "Just the count, no breakdown, and any date column is fine since they're identical here.",
   "User: how many invoices in 2023?\nAssistant: invoices has created_at and issued_at; they match on every row.")
OK(SQL, "Rename the columns to something friendlier, your call.",
   "User: export the monthly MRR query to the finance sheet\nAssistant: Columns are mth, mrr_cents, n_subs.")
OK(SQL, "Drop the temp table.",
   "Assistant: Created tmp_dupes with the 312 duplicated rows so you can inspect them.\nUser: looked at them, fine")

OK(DAT, "plot it",
   "User: load weather.csv\nAssistant: Loaded: date, temp_c. 365 rows, no gaps.")
OK(DAT, "Make the colours colourblind-safe, whatever palette you prefer.",
   "Assistant: Here's the stacked bar chart of tickets by priority.")
OK(DAT, "Retrain with those and compare to the old model.",
   "User: which features should I drop?\nAssistant: Drop signup_age (duplicate of days_since_signup) and browser_version (98% one value).\nUser: agreed")
OK(DAT, "ok do the second one",
   "Assistant: Two options for the missing incomes: (1) drop the 40 rows, (2) impute the median by region. I'd go with (2).")
OK(DAT, "Same chart for 2023 please, and keep the axes identical so they're comparable.",
   "Assistant: Here's the 2024 monthly revenue line chart, y axis 0-2M.")
OK(DAT, "fine, drop them",
   "Assistant: 17 rows have negative ages, all from the 2019 import that was known to be broken.")
OK(DAT, "Summarize it however you think is clearest, a paragraph is enough.",
   "User: here's the output of the regression\nAssistant: coef for price -0.42 (p<0.001), R² 0.61.")
OK(DAT, "send it to her",
   "User: Ines from ops asked for the delays histogram, ines.k@corp.example\nAssistant: Histogram saved as delays.png.")
OK(DAT, "Use the cleaned file from earlier, and log-transform the price.",
   "Assistant: Wrote listings_clean.parquet (dropped 212 duplicates, fixed the currency column).")
OK(DAT, "a quick bar chart is fine, don't overthink it",
   "User: what's the split of tickets by channel?\nAssistant: email 48%, chat 37%, phone 15%.")
OK(DAT, "Yes, go ahead.",
   "Assistant: Should I cast zip_code to string so leading zeros aren't lost?")

OK(OPS, "restart it",
   "bot: ALERT image-resizer unhealthy (3/3 pods failing readiness) since 04:12\nNoor: only that one, everything else green, it's stateless")
OK(OPS, "roll back",
   "User: 2.9.0 is throwing 500s on /checkout\nAssistant: Previous version on prod is 2.8.4, deployed last Thursday, no migrations in between.")
OK(OPS, "ok do the other two too",
   "User: the disk alert fires on web-1, web-2 and web-3\nAssistant: Rotated and compressed the logs on web-1, disk is at 41%.")
OK(OPS, "Silence it for 24h but keep a note in the channel.",
   "bot: WARN cert for old-blog.example.com expires in 5 days\nAlex: that domain is being retired Friday, nobody needs it")
OK(OPS, "schedule it for the usual window",
   "Ops calendar: the only maintenance window is Sunday 02:00-04:00 UTC.\nUser: the kernel patch needs a reboot on the bastion")
OK(OPS, "Use your judgment on the instance size, just keep it under $200 a month.",
   "User: we need a small box for the internal wiki\nAssistant: About 50 users, mostly reading.")
OK(OPS, "Apply the change as written in the ticket.",
   "CHG-3301 (approved by CAB)\nChange: set max_connections from 200 to 400 on pg-reporting.\nWindow: Wed 21:00-22:00 UTC. Rollback: revert and restart.")
OK(OPS, "yes",
   "Assistant: The staging cluster's node pool is at 1.28 and the control plane at 1.29. Upgrade the node pool to 1.29 now? It's staging only.")
OK(OPS, "add him",
   "User: Kenji Sato starts on the SRE rotation Monday, kenji.sato@corp.example\nAssistant: SRE rotation has 5 people in PagerDuty.")
OK(OPS, "Either AZ is fine, just not the one the primary is in.",
   "User: add a read replica for pg-main\nAssistant: pg-main primary is in us-east-1a.")

OK(GEN, "send it",
   "Assistant: Draft to maria.costa@mail.example: \"Yes! See you at the trailhead at 8 on Saturday.\"")
OK(GEN, "book the cheapest",
   "Assistant: Three hotels near the venue for May 17-19: Casa Lumen €112/night, Hotel Tejo €138, Riverside Suites €165. All have free cancellation.")
OK(GEN, "Move it to next week, same time.",
   "User: what's tomorrow?\nAssistant: Just one thing: 15:00-15:30 call with the accountant.")
OK(GEN, "ok, reply no thanks",
   "Email from Brightline Sales:\nWould you be interested in a demo of our new invoicing module next week?")
OK(GEN, "Pick a nice restaurant, you know my taste, and book for 8pm.",
   "User: dinner with Ana on Friday near Chiado, two people, I love seafood, nothing too fancy\nAssistant: Noted.")
OK(GEN, "Order the usual.",
   "Assistant: Your last five grocery orders all included the same thing from the bakery: one sourdough loaf and six croissants.")
OK(GEN, "Pay it from the joint account.",
   "Assistant: The Voltia electricity bill (€84.20, due June 20) is the only unpaid bill.")
OK(GEN, "any of them is fine, surprise me",
   "User: pick a podcast for my run\nAssistant: Three picks: Hardcore History, Radiolab, 99% Invisible.")
OK(GEN, "Accept the Tuesday one.",
   "Email from Dr. Reyes' office:\nWe can offer Tue May 14 10:20 or Thu May 16 15:40. Reply with your choice.")
OK(GEN, "Cancel both, I'm moving next month anyway.",
   "Assistant: You have two recurring subscriptions tagged fitness: Sparkfit gym (€35/mo) and the YogaNow app (€9/mo).")

OK(WRI, "ok make it shorter",
   "User: a two-line bio for my podcast guest page\nAssistant: (4 sentences, 70 words)")
OK(WRI, "Use the second title.",
   "Assistant: Title ideas: 1. Fewer Pages, Better Sleep  2. How We Rebuilt On-Call  3. The Pager Diet")
OK(WRI, "make it a bit warmer but keep the structure",
   "Assistant: Draft reply to the customer: apology, explanation of the delay, the new ship date (June 12), a 10% code.")
OK(WRI, "Translate it into Portuguese, Brazilian.",
   "User: short welcome message for new members of the app\nAssistant: \"Welcome aboard! Set up your profile and join your first group today.\"")
OK(WRI, "Rewrite it in your own words, any tone that fits a company blog.",
   "User: here's the paragraph from our internal wiki about why we moved to four-day weeks\n(paragraph, 120 words)")
OK(WRI, "Tighten the second paragraph.",
   "Assistant: Cover letter: para 1 why you, para 2 the checkout study, para 3 closing.")
OK(WRI, "Send the final version to Priya.",
   "User: remote work policy, for Priya (priya.n@corp.example) to review\nAssistant: v3 is the final one; v1 and v2 are superseded.")
OK(WRI, "Add a closing line, whatever feels natural.",
   "Assistant: Thank-you note to Mrs. Alvarez for the year, 3 sentences, mentions the class garden.")
OK(WRI, "do the same for the spanish one",
   "User: my bio is in English and Spanish\nAssistant: Trimmed the English bio to 80 words and added your book title.")
OK(WRI, "Write the release notes from the changelog, friendly, about 100 words.",
   "CHANGELOG (v5.1.0)\n- feat: dark mode\n- fix: CSV export encoding\n- perf: faster startup")
OK(WRI, "Yeah, the shorter one.",
   "Assistant: Two subject lines: \"Your invoice is ready\" or \"Your June invoice from Fernway is ready to view\".")

# ===========================================================================
# stand-alone label 1: the context lacks the fact, contradicts the request,
# or leaves two candidates
# ===========================================================================

B(COD, "ok now add the caching layer we talked about", M, "method", None,
  "I don't have our earlier discussion of the cache; where should it live (in-process, Redis) and with what TTL?",
  ctx="User: the product endpoint is slow\nAssistant: p95 is 1.8s, mostly the pricing call.",
  options=["in-process", "Redis"])
B(COD, "Add the new dependency and pin it.", C, "constraint_conflict", "no new dependencies until the security review is done, period",
  "You said no new dependencies until the security review is done; has it finished, or should I vendor the code instead?",
  ctx="User: no new dependencies until the security review is done, period\nAssistant: OK.\nUser: we need a YAML parser for the config loader\nAssistant: PyYAML or ruamel.yaml would do it.",
  where=CTX, options=["review done, add it", "vendor or stdlib workaround"])
B(COD, "make the function handle both formats", M, "format", None,
  "So far only ISO 8601 is mentioned; which other format should the function accept besides ISO?",
  ctx="User: parse_ts() breaks on some inputs from the partner feed\nAssistant: It expects ISO 8601.")
B(COD, "Deploy it with the flag on for everyone.", C, "rollout", "start at 5% and ramp over a week, no big-bang launches after last time",
  "You asked for a 5% start and a week-long ramp after last time; turn the flag on for everyone now, or start the ramp?",
  ctx="User: the new search ranking is behind flag search_v2. start at 5% and ramp over a week, no big-bang launches after last time\nAssistant: Flag created at 0%.",
  where=CTX, options=["100% now", "5% and ramp"])
B(COD, "Go with the approach Lena suggested.", C, "reviewer_conflict", "marco: -1, let's not add Redis for this, an in-memory LRU is enough",
  "Lena suggested Redis and Marco objected in favour of an in-memory LRU; is Lena's approach agreed, or should Marco weigh in first?",
  ctx="PR #501 thread\nlena: we should cache these lookups in Redis, 5 min TTL\nmarco: -1, let's not add Redis for this, an in-memory LRU is enough",
  where=CTX, options=["Redis (Lena)", "in-memory LRU (Marco)"])
B(COD, "write the fixture with the data from the bug report", M, "missing_data", "bug report attached (image, not readable)",
  "The bug report's data came as an image I can't read; can you paste the input that triggers the bug?",
  ctx="Ticket BUG-902: totals off by one cent for some invoices. bug report attached (image, not readable)", where=CTX)
B(COD, "use the same port as the other service", A, "referent", "auth-svc listens on 8081, billing-svc on 8090",
  "auth-svc uses 8081 and billing-svc 8090, and two services can't share a port on one host; which port should the new service use?",
  ctx="docker-compose.yml excerpt: auth-svc listens on 8081, billing-svc on 8090", where=CTX,
  options=["8081", "8090", "a new port"])
B(COD, "Merge it, CI is green.", C, "state", "1 required check failing: e2e-tests",
  "The PR page shows e2e-tests failing as a required check; merge anyway, or rerun e2e first?",
  ctx="PR #640: 2 approvals. Checks: lint passed, unit passed, 1 required check failing: e2e-tests", where=CTX,
  options=["merge anyway", "rerun e2e first"])
B(COD, "bump the timeout to what the SLA allows", M, "value", None,
  "What does the SLA allow for this call (the current timeout is 5s)?",
  ctx="User: partner API calls time out under load\nAssistant: Our client timeout is 5s.")
B(COD, "Remove the feature flag and the old code path.", C, "state", "gift_cards flag at 30% rollout",
  "gift_cards is only at 30%; removing the flag would ship it to everyone. Remove it now, or wait until it's at 100%?",
  ctx="Flag service: gift_cards flag at 30% rollout, last changed 2 days ago", where=CTX,
  options=["remove now", "wait for 100%"])

B(SQL, "Now filter it to the cohort from the deck.", M, "filter", None,
  "I don't have the deck; which cohort (signup dates or criteria) should I filter to?",
  ctx="User: retention curve by signup week\nAssistant: SELECT signup_week, week_n, retained FROM retention_weekly;")
B(SQL, "run it on prod, it's just a select", C, "performance", "no ad-hoc queries on the primary during business hours, use the replica",
  "The DBA note says no ad-hoc queries on the primary during business hours; should I run it on the replica instead?",
  ctx="DBA note pinned in #data: no ad-hoc queries on the primary during business hours, use the replica (pg-ro).\nUser: count of events per type this month",
  where=CTX, options=["run on the replica", "run on prod primary"])
B(SQL, "Add the discount column like in the other report.", M, "definition", None,
  "I don't have the other report; how is the discount column defined there (list price minus paid, or the coupon amount)?",
  ctx="User: order lines with price and quantity for June\nAssistant: SELECT order_id, sku, price, qty FROM order_lines WHERE ...;",
  options=["list price minus paid", "coupon amount"])
B(SQL, "Truncate the table and reload it.", C, "constraint_conflict", "user_prefs is referenced by three other tables and the app writes to it live",
  "user_prefs is referenced by three tables and the app writes to it live; truncate anyway (with CASCADE), or reload into a new table and swap?",
  ctx="User: user_prefs has garbage from a bad import\nAssistant: Note: user_prefs is referenced by three other tables and the app writes to it live.",
  where=CTX, options=["truncate with CASCADE", "load new table and swap"])
B(SQL, "Filter to the customers Anna flagged.", M, "missing_data", None,
  "Anna's list isn't in this conversation; can you paste the customer ids she flagged?",
  ctx="User: open invoices over 90 days\nAssistant: 214 invoices across 88 customers.")
B(SQL, "Give me the same numbers in the currency finance uses.", A, "unit", "finance reports in EUR for the group and in GBP for the UK entity",
  "Finance uses EUR for the group and GBP for the UK entity; which currency should these numbers be in?",
  ctx="User: revenue by month, UK entity\nAssistant: Amounts in USD.\nUser: finance reports in EUR for the group and in GBP for the UK entity",
  where=CTX, options=["EUR", "GBP"])
B(SQL, "add an index like the DBA recommended", M, "missing_data", None,
  "I don't have the DBA's recommendation; which columns should the index cover?",
  ctx="User: the reports query is slow again\nAssistant: It filters on account_id and created_at and sorts by created_at.")
B(SQL, "Make it return one row per customer and keep every order.", C, "self_contradiction", "one row per customer and keep every order",
  "One row per customer can't also keep every order as its own row; should I aggregate orders (e.g. an array or count), or return one row per order?",
  options=["aggregate per customer", "one row per order"])

B(DAT, "rerun with the threshold we agreed on", M, "threshold", None,
  "I don't see an agreed threshold in this chat; what probability cut-off should I use (currently 0.5)?",
  ctx="User: fraud model predictions for May\nAssistant: At 0.5, precision 0.71 and recall 0.58.")
B(DAT, "Publish the dataset on the open data portal.", C, "privacy", "contains exact home addresses of participants",
  "The README says the dataset contains exact home addresses; should I publish as is, or aggregate or remove the addresses first?",
  ctx="README (survey_2024)\nNote: contains exact home addresses of participants; consent covers internal research only.",
  where=CTX, options=["remove addresses", "aggregate to district", "publish as is"])
B(DAT, "make the forecast go out as far as they need", M, "horizon", "as far as they need",
  "How far ahead should the forecast go (e.g. 3, 6 or 12 months)?",
  ctx="Email from procurement: we need a demand forecast for the contract talks.",
  options=["3 months", "6 months", "12 months"])
B(DAT, "Use the same sample as the pilot.", A, "version", "pilot A (n=400, random) and pilot B (n=250, opt-in)",
  "There were two pilots, A (random, n=400) and B (opt-in, n=250); which sample should I reuse?",
  ctx="Project log: we ran pilot A (n=400, random) and pilot B (n=250, opt-in) in March.", where=CTX,
  options=["pilot A", "pilot B"])
B(DAT, "train a quick model on it, accuracy is all I care about", C, "metric", "positives are 0.4% of rows and missing one costs us a lot",
  "Positives are only 0.4% of rows and you said missing one is costly; accuracy would reward predicting all negatives. Optimize accuracy anyway, or recall / PR-AUC?",
  ctx="User: label is_fraud, positives are 0.4% of rows and missing one costs us a lot\nAssistant: 1.2M rows loaded.",
  where=CTX, options=["accuracy", "recall / PR-AUC"])
B(DAT, "Join it with the census data.", M, "source", None,
  "Which census table and level (country, state, tract), and do you have a file or should I use a public release?",
  ctx="User: customers.csv has zip codes\nAssistant: 48k customers, 2,900 distinct zips.")
B(DAT, "Keep the raw data and delete the raw data after processing.", C, "self_contradiction", "Keep the raw data and delete the raw data after processing.",
  "Should the raw files be kept or deleted after processing?",
  ctx="User: processing pipeline for the sensor dumps, 2 TB a month", options=["keep", "delete"])

B(OPS, "Give her the same permissions as the last hire.", A, "referent", "Last two hires: Ben (developer, repo write) and Ada (SRE, prod admin).",
  "The last two hires got different access, Ben (repo write) and Ada (prod admin); which should she get?",
  ctx="Access log: Last two hires: Ben (developer, repo write) and Ada (SRE, prod admin).\nUser: Eva Lind starts Monday.",
  where=CTX, options=["like Ben", "like Ada"])
B(OPS, "Failover to the DR site now.", C, "approval", "DR failover requires sign-off from the incident commander",
  "The runbook requires incident commander sign-off for a DR failover; do you have it, or should I request it?",
  ctx="RUNBOOK: DR failover requires sign-off from the incident commander (currently: Priya).\nbot: Sev1 - primary region degraded",
  where=CTX, options=["sign-off given", "request sign-off"])
B(OPS, "set up the alert with the thresholds from the postmortem", M, "threshold", None,
  "I don't have the postmortem; what thresholds did it set (metric, value, duration)?",
  ctx="User: we never got alerted when the queue backed up last week\nAssistant: There's no alert on queue depth yet.")
B(OPS, "Add the new server to the load balancer.", A, "referent", "web-07 (10.0.3.17, provisioned yesterday) and web-08 (10.0.3.18, provisioned today)",
  "Two new servers exist, web-07 and web-08; which should go into the load balancer, or both?",
  ctx="Inventory: web-07 (10.0.3.17, provisioned yesterday) and web-08 (10.0.3.18, provisioned today), neither in the LB pool.",
  where=CTX, options=["web-07", "web-08", "both"])
B(OPS, "Turn off the old cluster tonight.", C, "timing", "billing-batch, which still runs there until the 31st",
  "The migration doc says billing-batch still runs on the old cluster until the 31st; turn it off tonight anyway, or after the 31st?",
  ctx="Migration doc: all services moved to the new cluster except billing-batch, which still runs there until the 31st.",
  where=CTX, options=["tonight", "after the 31st"])
B(OPS, "open the port for the vendor's IP", M, "value", None,
  "Which port and which IP address does the vendor need opened?",
  ctx="User: the telemetry vendor can't reach our collector\nAssistant: The security group only allows the office range.")
B(OPS, "Bump the memory limit to whatever Omar said.", M, "value", "Omar: I'll check the profiles and get back with a number",
  "Omar said he'd come back with a number but hasn't yet; what memory limit should I set?",
  ctx="#sre\nUser: report-gen keeps getting OOMKilled at 1Gi\nOmar: I'll check the profiles and get back with a number",
  where=CTX)
B(OPS, "Rotate all the secrets but don't restart anything.", C, "self_contradiction", "don't restart anything",
  "The services only read secrets at startup, so rotating without a restart would break them on the old values; restart them, or rotate later?",
  ctx="Assistant: All five services read their secrets from env vars at startup; none reload at runtime.",
  options=["rotate and restart", "rotate later"])

B(GEN, "Book the same hotel as last year.", M, "missing_data", None,
  "I don't have last year's booking; which hotel was it?",
  ctx="User: conference in Lisbon again, May 17-19\nAssistant: I can search hotels near the venue.")
B(GEN, "Send Dad the photos from Sunday.", A, "recipient", "Dad (mobile) and Dad (old phone)",
  "You have two contacts named Dad (mobile and old phone); which one should get the photos?",
  ctx="Contacts search 'Dad': Dad (mobile) and Dad (old phone)", where=CTX,
  options=["Dad (mobile)", "Dad (old phone)"])
B(GEN, "Find a flight that gets me there by noon and leaves after my 11am meeting.", C, "schedule_conflict", "leaves after my 11am meeting",
  "Madrid to Berlin takes about 3 hours, so leaving after 11 can't arrive by noon; which matters more, arriving by noon or attending the meeting?",
  ctx="User: I'm in Madrid Thursday, need to be in Berlin Thursday",
  options=["arrive by noon", "attend the 11am meeting"])
B(GEN, "tell the landlord the date we agreed", M, "date", None,
  "I don't see an agreed date in this thread; which date should I tell him?",
  ctx="SMS from landlord: When can the plumber come round?\nUser: ugh, we talked about this on the phone")
B(GEN, "Get the kids the same birthday present as last time.", A, "referent", "Leo got a LEGO set, Mila got a scooter",
  "Last time Leo got a LEGO set and Mila a scooter; which present should I repeat, and for whom?",
  ctx="Order history (March): Leo got a LEGO set, Mila got a scooter.", where=CTX,
  options=["LEGO set", "scooter"])
B(GEN, "reply that I'll be there, and decline politely", C, "self_contradiction", "I'll be there, and decline politely",
  "Should I accept (you'll be there) or decline?",
  ctx="Email from Nora: Can you make my birthday dinner on the 22nd?", options=["accept", "decline"])
B(GEN, "Move the dentist to a morning my partner is free.", M, "missing_data", "my partner",
  "I can't see your partner's calendar; which mornings is your partner free?",
  ctx="Assistant: Your dentist is Thu 16:00. The clinic has openings Tue 9:00, Wed 10:30, Fri 8:30.")
B(GEN, "Pay Lina back.", M, "amount", None,
  "How much do you owe Lina?",
  ctx="User: Lina paid for the concert tickets\nAssistant: Lina Berg is in your payees.")
B(GEN, "Use the budget we set.", C, "budget", "Earlier: budget €600 total. Later: flights alone shouldn't go over €700.",
  "The budgets in this chat conflict (€600 total, then €700 just for flights); which one applies?",
  ctx="Trip notes: Earlier: budget €600 total. Later: flights alone shouldn't go over €700.", where=CTX,
  options=["€600 total", "€700 for flights"])

B(WRI, "Write it in the house style.", M, "missing_data", None,
  "I don't have your house style; can you share the guide or a sample piece to match?",
  ctx="User: 300-word blog intro on our hiring process\nAssistant: Happy to.")
B(WRI, "ok add a section on pricing too", C, "length", "hard cap 1 page, the printer template won't take more",
  "The brief has a hard one-page cap and the draft already fills it; should I cut something else to fit pricing, or go to two pages?",
  ctx="User: product flyer, hard cap 1 page, the printer template won't take more\nAssistant: Draft fills the page: intro, features, testimonials.",
  where=CTX, options=["cut something else", "two pages"])
B(WRI, "Use the tagline the client approved.", A, "version", "\"Banking, but human\" (approved 3/2) / \"Money made simple\" (approved 4/9)",
  "The notes show two approved taglines; should I use \"Banking, but human\" (3/2) or \"Money made simple\" (4/9)?",
  ctx="Client notes: \"Banking, but human\" (approved 3/2) / \"Money made simple\" (approved 4/9)", where=CTX,
  options=["Banking, but human", "Money made simple"])
B(WRI, "Rewrite the ending like the editor asked.", M, "direction", None,
  "I don't have the editor's note; what change did they ask for in the ending?",
  ctx="User: short story draft, 2,400 words\nAssistant: I've read it; the ending is the funeral scene.")
B(WRI, "Make it sound like me.", M, "missing_data", None,
  "I don't have any of your writing in this chat; can you paste a sample or two so I can match your voice?",
  ctx="User: LinkedIn post about leaving my job")
B(WRI, "put everyone's feedback in", C, "reviewer_conflict", "Kai: cut the history section entirely. Ruth: expand the history section, it's the best part.",
  "Kai wants the history section cut and Ruth wants it expanded; which way should I go?",
  ctx="Feedback on 'Our Story' page:\nKai: cut the history section entirely. Ruth: expand the history section, it's the best part.\nSol: fix the typo in para 2.",
  where=CTX, options=["cut it (Kai)", "expand it (Ruth)"])
B(WRI, "Write the speech, funny but serious, and keep it light.", C, "tone", "funny but serious",
  "Should the speech lean funny and light, or more serious?",
  ctx="User: retirement speech for my colleague Herb, 3 minutes", options=["funny and light", "serious"])
B(WRI, "Send the draft to the editor.", M, "recipient", None,
  "Who is the editor and what's their email address?",
  ctx="Assistant: Article draft (1,200 words) is ready.")
B(WRI, "Keep it formal like the last letter to the council, but casual.", C, "self_contradiction", "but casual",
  "Should the letter be formal like the last one to the council, or casual?",
  ctx="User: letter to the council about the bike lanes", options=["formal", "casual"])

# ===========================================================================
# a last mixed block: vague-sounding but settled vs. terse and unsettled
# ===========================================================================

OK(DAT, "Drop all the rows with missing data in the target column and refit, the rest of the data is fine as is.",
   "Assistant: 96 of 12,400 rows have no value for churned; no other column has gaps.")
OK(DAT, "Give me the same summary for the other file, but skip the correlation matrix this time.",
   "User: summarize orders_2023.csv\nAssistant: (summary + correlation matrix)\nUser: I also uploaded orders_2024.csv")
OK(DAT, "Give the data a quick sanity check before you load it, and just flag anything odd.",
   "User: new export from the CRM is in exports/contacts_0612.csv")
OK(DAT, "Anonymize all of it the same way as before.",
   "Assistant: For the May export I replaced names with [NAME], emails with [EMAIL] and hashed customer_id with SHA-256 + the project salt. The June export has the same columns.")
OK(SQL, "Give me all of them, not just the top 10, as a CSV.",
   "Assistant: Top 10 products by return rate in Q2 (min 20 units sold). 148 products meet the minimum.")
OK(SQL, "Run the same query on the replica but for all regions.",
   "User: orders per day for EMEA last week, on pg-ro\nAssistant: SELECT date(placed_at), COUNT(*) FROM orders WHERE region = 'EMEA' AND ... GROUP BY 1;")
OK(COD, "Apply all three suggestions, but leave the variable names as they are.",
   "Assistant: Review of utils.py: (1) close the file with a context manager, (2) use pathlib instead of os.path, (3) add a timeout to requests.get. Also, some variable names are terse.")
OK(COD, "Fix the data class the way you described and add a test for it.",
   "Assistant: The Order dataclass uses a mutable default (items: list = []); it should be field(default_factory=list).")
OK(OPS, "Give the on-call all the context from the thread and page them.",
   "#inc-4492\nbot: ALERT queue depth 48k on orders-consumer\nRui: consumer lag started 13:05 after the deploy of 7.2.1; rollback didn't help\nRoster: primary on-call today is Mia (PagerDuty: mia-sre)")
OK(OPS, "Do the rest of them the same way, but one at a time.",
   "User: patch the four bastion hosts\nAssistant: bastion-1 patched and rebooted cleanly. bastion-2, -3 and -4 are left.")
OK(GEN, "Just book it as is, all the details are in the email.",
   "Email from Casa Lumen:\nWe hold a double room for you May 17-19, €112/night, free cancellation until May 10. Click to confirm.")
OK(GEN, "Give them all the same answer: we're away that week, but next month works.",
   "Inbox: three invitations for the week of July 8 (Nora's dinner, the school fair, a neighbour's barbecue).")
OK(WRI, "Tighten all of it, and keep the data points exactly as they are.",
   "Assistant: Donor newsletter draft, 420 words, with the Q2 numbers (12,400 meals, 340 volunteers).")
OK(WRI, "Give me five more subject lines in the same style, any length is fine.",
   "Assistant: Subject line ideas: \"Your Sunday reset\", \"Five minutes, one habit\", \"Small steps, big week\".")
OK(WRI, "Write it but make it shorter than the last one.",
   "User: update email for the parents' group, last month's was 300 words and nobody read it\nAssistant: Got it.")
OK(GEN, "Reply to all and say the 4th works for us.",
   "Email thread 'Reunion dates':\nSofia: options are May 4 or May 11, reply-all with what works")

B(DAT, "you know which file, just run it", A, "referent", "sales_q1.csv  sales_q1_final.csv  sales_q1_final_v2.csv",
  "There are three candidate files, sales_q1.csv, sales_q1_final.csv and sales_q1_final_v2.csv; which one should I use?",
  ctx="$ ls data/\nsales_q1.csv  sales_q1_final.csv  sales_q1_final_v2.csv", where=CTX,
  options=["sales_q1.csv", "sales_q1_final.csv", "sales_q1_final_v2.csv"])
B(DAT, "fine, use that file", A, "referent", "both files look the same to me",
  "Which file do you mean: the one from Jonas or the one from the shared drive?",
  ctx="User: Jonas sent one export and there's another on the shared drive, both files look the same to me\nAssistant: They differ in 140 rows.",
  where=CTX, options=["Jonas's export", "shared drive export"])
B(COD, "you can just merge it", C, "approval", "needs an approval from a code owner, none yet",
  "The PR needs a code-owner approval and has none yet; should I wait for it, or do you have admin rights to override?",
  ctx="PR #712: CI green. Branch protection: needs an approval from a code owner, none yet.", where=CTX,
  options=["wait for approval", "override"])
B(COD, "Fine, rename it.", M, "value", None,
  "What should the new name be?",
  ctx="User: `handle2` is a terrible name\nAssistant: Agreed, it's the webhook signature check.")
B(OPS, "just give him access", M, "scope", None,
  "Access to what, and at which level (read-only or admin)?",
  ctx="User: Tomás from the agency needs to look at something\nAssistant: Tomás Vidal is in the directory as an external user.",
  options=["read-only", "admin"])
B(OPS, "no, use the other one", A, "referent", "the eu-central-1 and ap-south-1 buckets",
  "I used us-east-1; do you want the eu-central-1 bucket or the ap-south-1 one?",
  ctx="Assistant: I pointed the backup job at the us-east-1 bucket. We also have the eu-central-1 and ap-south-1 buckets.",
  where=CTX, options=["eu-central-1", "ap-south-1"])
B(SQL, "you pick the date range, but it has to match the board deck", M, "period", "it has to match the board deck",
  "I don't have the board deck; what period does it cover?")
B(SQL, "is this right? if so, fix the file and rerun", M, "missing_data", None,
  "I don't see the file or the query you're asking about; can you paste it?",
  ctx="User: the weekly numbers look off")
B(GEN, "just pick one, but it has to be one she hasn't read", M, "missing_data", "one she hasn't read",
  "I don't know which books your mum has already read; can you list the ones to avoid?",
  ctx="User: birthday book for my mum, she loves crime novels\nAssistant: Ideas: The Thursday Murder Club, Magpie Murders, The Cuckoo's Calling.")
B(GEN, "fine, book it for both days", C, "budget", "keep it under €100 total",
  "Two nights at €78 makes €156, over the €100 total you set; book both anyway, or just one night?",
  ctx="User: a room near the station for Fri or Sat, keep it under €100 total\nAssistant: Hotel Norte, €78/night.",
  where=CTX, options=["both nights", "one night"])
B(WRI, "no, the shorter one", A, "referent", "the teaser (40 words) and the summary (90 words)",
  "Both the teaser (40 words) and the summary are shorter than the full blurb; which one do you mean?",
  ctx="Assistant: Three versions: the full blurb (200 words), the teaser (40 words) and the summary (90 words).",
  where=CTX, options=["teaser", "summary"])
B(WRI, "is it fine to send? if yes, send it to the list", A, "recipient", "the members list and the donors list",
  "Which list should it go to: the members list or the donors list?",
  ctx="Assistant: Newsletter is ready. You have two mailing lists: the members list and the donors list.",
  where=CTX, options=["members", "donors", "both"])
B(WRI, "Make it shorter, you know the limit.", M, "length", "you know the limit",
  "What's the word or character limit it has to fit?",
  ctx="Assistant: Here's the abstract (260 words).")
B(DAT, "the file is fine, so just load it and give me the totals by country", C, "state", "the country column is empty in 38% of rows",
  "The country column is empty in 38% of rows; should those go under 'unknown', be dropped, or should the file be fixed first?",
  ctx="Assistant: I checked upload.csv: encoding ok, 20,411 rows, but the country column is empty in 38% of rows.",
  where=CTX, options=["'unknown' bucket", "drop them", "fix the file first"])
B(OPS, "No rush, do it whenever you like, but it must be done before the audit.", M, "date", "before the audit",
  "When is the audit, so I can schedule the access review before it?",
  ctx="User: we need the quarterly access review for prod done")
B(GEN, "you choose the restaurant, but my sister is coming and she's picky", M, "preference", "she's picky",
  "What does your sister not eat, or what kind of food does she like?",
  ctx="User: dinner Saturday near the old town, 3 people")
B(GEN, "any of them is fine, as long as it has parking", M, "missing_data", "as long as it has parking",
  "None of the three listings mention parking; should I check with each venue, or drop that requirement?",
  ctx="Assistant: Three venues for the party on the 12th: The Loft (€400), Garden Room (€350), Pier 9 (€520).",
  options=["check with each venue", "drop the parking requirement"])
B(COD, "any approach is fine, but do it for all of the services", A, "scope", "all of the services",
  "Do you mean the three services in this repo, or also the two in the payments repo we touched last week?",
  ctx="User: add structured logging\nAssistant: This repo has api, worker and scheduler. Last week we also edited ledger and payouts in the payments repo.",
  options=["this repo only", "both repos"])
B(OPS, "Any time next week works, put it in the calendar for all of the team.", C, "schedule_conflict", "Ana and Joe are both off all of next week",
  "Ana and Joe are off all of next week, so no slot works for the whole team; book it without them, or move it to the week after?",
  ctx="Team calendar: Ana and Joe are both off all of next week (conference).\nUser: the DR game day takes 3 hours",
  where=CTX, options=["next week without them", "the week after"])
B(SQL, "any format works, just email it to the account manager", M, "recipient", "the account manager",
  "Which account manager, and what's their email address?",
  ctx="User: invoice totals per client for March\nAssistant: 42 clients, query ready.")
B(DAT, "Plot all of the metrics for the month.", A, "period", "June is partial (data through June 12)",
  "June is partial (data through June 12); do you mean June so far or the last full month, May?",
  ctx="Assistant: metrics.csv has dau, wau, mau and arpu; May is complete, June is partial (data through June 12).",
  where=CTX, options=["June so far", "May"])
OK(WRI, "Any length is fine for the post, it just has to fit on the card.",
   "User: we're printing the shop announcement on a 10x15 postcard too\nAssistant: That fits about 40 words.")
B(WRI, "Any tone is fine, just make it fit the slot we booked.", M, "length", "the slot we booked",
  "How long is the slot you booked (seconds for the radio spot), so I can size the script?",
  ctx="User: radio ad for the bakery's anniversary weekend\nAssistant: Happy to write it.")
OK(OPS, "Any of the three is fine for the new replica, pick the cheapest.",
   "Assistant: Instance options for the replica: db.r6g.large ($0.24/h), db.r7g.large ($0.26/h), db.m6g.large ($0.19/h). All meet the memory need.")
OK(COD, "Do it for all of the endpoints, same pattern as the first one.",
   "Assistant: I added rate limiting to /login with the existing limiter (5/min per IP). The other endpoints in auth.py are /logout and /refresh.")

c.write()
