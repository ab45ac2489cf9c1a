"""Hand-written probe training data: context-dependent requests.

Every request and context below was written out by hand (no slot-filling
templates).  Most groups pair one request with a context that settles it
(label 0) and a context that reveals two candidates, a conflict or a missing
piece (label 1).  A second block has requests with no context at all, half
clear and half blocked.  Deterministic, stdlib only.  Writes
handwritten_context.jsonl next to this file and prints counts plus the
length-only AUROC.

Usage: python training/corpus/build_handwritten_context.py
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

from training.corpus._stats import auroc as _auroc

OUT = Path(__file__).with_name("handwritten_context.jsonl")

ITEMS: list[dict] = []
_GROUP = [0]
DOMAINS = ("coding", "sql", "data", "ops", "general", "writing")


def _new_group() -> str:
    _GROUP[0] += 1
    return f"hwx-g{_GROUP[0]:04d}"


def _span(src, frag):
    if frag is None:
        return None
    if src is None:
        raise ValueError(f"span {frag!r} but no source")
    i = src.find(frag)
    if i < 0:
        raise ValueError(f"span {frag!r} not found in {src[:80]!r}")
    return [i, i + len(frag)]


def _item(group, dom, text, ctx, label, typ=None, sub=None, span=None,
          q=None, where="text"):
    assert dom in DOMAINS, dom
    if label:
        assert typ in ("missing", "ambiguous", "contradictory"), typ
        assert q and q.strip().endswith("?"), q
        src = text if where == "text" else ctx
        sp = _span(src, span)
        return dict(group=group, domain=dom, text=text, context=ctx, label=1,
                    type=typ, subtype=sub, span=sp,
                    span_in=where if sp is not None else None,
                    question=q, options=[])
    return dict(group=group, domain=dom, text=text, context=ctx, label=0,
                type=None, subtype="complete", span=None, span_in=None,
                question=None, options=[])


def C(dom, text, good_ctx, bad_ctx, typ, sub, span, q, where="context"):
    """Same request; one context settles it, the other blocks it."""
    g = _new_group()
    ITEMS.append(_item(g, dom, text, good_ctx, 0))
    ITEMS.append(_item(g, dom, text, bad_ctx, 1, typ, sub, span, q, where))


def P(dom, good, bad, typ, sub, span, q, ctx=None, where="text"):
    """Two similar requests (same context or none): one clear, one blocked."""
    g = _new_group()
    ITEMS.append(_item(g, dom, good, ctx, 0))
    ITEMS.append(_item(g, dom, bad, ctx, 1, typ, sub, span, q, where))


# ===========================================================================
# Coding: files, tests, configs
# ===========================================================================
C("coding", "Bump the timeout in the retry helper to 30 seconds.",
  "$ grep -rn 'def retry' src/\nsrc/net/retry.py:12:def retry(fn, attempts=3, timeout=10):\nsrc/net/client.py:40:    return retry(self._send)",
  "$ grep -rn 'def retry' src/\nsrc/net/retry.py:12:def retry(fn, attempts=3, timeout=10):\nsrc/jobs/retry.py:8:def retry(task, timeout=5, backoff=2):",
  "ambiguous", "two_candidate_files", "src/jobs/retry.py:8:def retry(task, timeout=5, backoff=2):",
  "Which retry helper should get the 30-second timeout, src/net/retry.py or src/jobs/retry.py?")
C("coding", "Fix the failing test and push.",
  "$ pytest -q\n....F....\nFAILED tests/test_dates.py::test_parse_iso - AssertionError: '2024-03-01' != '2024-02-29'\n1 failed, 8 passed",
  "$ pytest -q\n....F..F.\nFAILED tests/test_dates.py::test_parse_iso - AssertionError\nFAILED tests/test_cart.py::test_discount_rounding - AssertionError\n2 failed, 7 passed",
  "ambiguous", "two_failing_tests", "2 failed, 7 passed",
  "Two tests are failing, test_parse_iso and test_discount_rounding; should I fix both or just one of them?")
C("coding", "Rename the config key to `max_workers` everywhere it is used.",
  "config.yaml:\n  workers: 4\n  log_level: info\n$ grep -rn 'workers' src/\nsrc/pool.py:5:    n = cfg['workers']",
  "config.yaml:\n  workers: 4\n  io_workers: 2\n$ grep -rn 'workers' src/\nsrc/pool.py:5:    n = cfg['workers']\nsrc/io.py:9:    k = cfg['io_workers']",
  "ambiguous", "which_key", "io_workers: 2",
  "Should `workers` or `io_workers` become `max_workers`?")
C("coding", "Update the Python version in CI to match the project.",
  "pyproject.toml: requires-python = \">=3.11\"\n.github/workflows/ci.yml: python-version: '3.9'\n.python-version: 3.11",
  "pyproject.toml: requires-python = \">=3.11\"\n.github/workflows/ci.yml: python-version: '3.9'\n.python-version: 3.12",
  "contradictory", "conflicting_versions", ".python-version: 3.12",
  "pyproject says >=3.11 but .python-version says 3.12; which version should CI use?")
C("coding", "Delete the unused helper in utils.",
  "$ vulture src/utils.py\nsrc/utils.py:44: unused function 'slugify_legacy' (60% confidence)",
  "$ vulture src/utils.py\nsrc/utils.py:44: unused function 'slugify_legacy' (60% confidence)\nsrc/utils.py:71: unused function 'chunked' (60% confidence)",
  "ambiguous", "two_candidates", "src/utils.py:71: unused function 'chunked' (60% confidence)",
  "vulture lists two unused helpers, slugify_legacy and chunked; which one should I delete, or both?")
C("coding", "Add the missing import so the module loads.",
  "Traceback (most recent call last):\n  File \"app/views.py\", line 3, in <module>\n    from app.models import Invoice\nNameError: name 'Decimal' is not defined (app/views.py line 58)",
  "Traceback (most recent call last):\n  File \"app/views.py\", line 3, in <module>\n    from app.models import Invoice\nImportError: cannot import name 'Invoice' from 'app.models'",
  "missing", "missing_definition", "ImportError: cannot import name 'Invoice' from 'app.models'",
  "Invoice isn't defined in app.models at all; should I create the model, or is it meant to come from another module?")
C("coding", "Make the linter pass on the branch.",
  "$ ruff check .\nsrc/api.py:14:1: F401 `os` imported but unused\nFound 1 error.\n[*] 1 fixable with the `--fix` option.",
  "$ ruff check .\nsrc/api.py:14:1: F401 `os` imported but unused\nsrc/api.py:88:5: E722 Do not use bare `except`\n.ruff.toml: extend-ignore = [\"E722\"] (removed in this branch by commit 'enforce E722')",
  "contradictory", "config_conflict", "extend-ignore = [\"E722\"] (removed in this branch by commit 'enforce E722')",
  "This branch deliberately started enforcing E722; should I fix the bare except or restore the ignore?")
C("coding", "Change the default port in the settings file to 8081.",
  "$ ls config/\nsettings.py  logging.ini\n$ grep -n PORT config/settings.py\n7:PORT = 8000",
  "$ ls config/\nsettings.py  settings_local.py  logging.ini\n$ grep -n PORT config/*.py\nconfig/settings.py:7:PORT = 8000\nconfig/settings_local.py:3:PORT = 9000",
  "ambiguous", "two_settings_files", "config/settings_local.py:3:PORT = 9000",
  "Should the change go in settings.py, settings_local.py (which overrides it), or both?")
C("coding", "Revert the last commit on main.",
  "$ git log --oneline -3 main\na1b2c3d Add CSV export button\n9f8e7d6 Fix typo in README\n5c4b3a2 Bump deps",
  "$ git log --oneline -3 main\na1b2c3d Merge pull request #412 from feat/export\n9f8e7d6 Fix typo in README\n5c4b3a2 Bump deps",
  "missing", "merge_parent", "a1b2c3d Merge pull request #412 from feat/export",
  "The last commit is a merge; which parent should the revert keep (-m 1 for main)?")
C("coding", "Write a unit test for the discount function.",
  "src/pricing.py:\ndef apply_discount(price: Decimal, pct: int) -> Decimal:\n    \"\"\"pct in 0..100; result rounded half-up to cents.\"\"\"",
  "src/pricing.py:\ndef apply_discount(price: Decimal, pct: int) -> Decimal:\n    \"\"\"pct in 0..100.\"\"\"\ndef apply_member_discount(price: Decimal, tier: str) -> Decimal:",
  "ambiguous", "two_functions", "def apply_member_discount(price: Decimal, tier: str) -> Decimal:",
  "There are two discount functions, apply_discount and apply_member_discount; which should the test cover?")
C("coding", "Set the log level to debug for the worker.",
  "docker-compose.yml:\n  worker:\n    image: app:latest\n    environment:\n      LOG_LEVEL: info",
  "docker-compose.yml:\n  worker:\n    image: app:latest\n    environment:\n      LOG_LEVEL: info\n  worker-email:\n    image: app:latest",
  "ambiguous", "two_services", "worker-email:",
  "Do you mean the `worker` service, `worker-email`, or both?")
C("coding", "Pin requests to the version we tested with.",
  "requirements.txt: requests>=2.28\nTESTING.md: last full test run used requests==2.31.0",
  "requirements.txt: requests>=2.28\nTESTING.md: last full test run used requests==2.31.0\nci.log: Successfully installed requests-2.32.3",
  "contradictory", "conflicting_versions", "ci.log: Successfully installed requests-2.32.3",
  "TESTING.md says 2.31.0 but the latest CI run installed 2.32.3; which version should I pin?")
C("coding", "Remove the feature flag for the new checkout.",
  "flags.py:\nNEW_CHECKOUT = True  # fully rolled out 2024-05-02, safe to delete\n$ grep -rn NEW_CHECKOUT src | wc -l\n6",
  "flags.py:\nNEW_CHECKOUT = True\nNEW_CHECKOUT_V2 = False  # experiment running\n$ grep -rn NEW_CHECKOUT src | wc -l\n11",
  "ambiguous", "two_flags", "NEW_CHECKOUT_V2 = False  # experiment running",
  "Do you mean NEW_CHECKOUT (on) or NEW_CHECKOUT_V2 (still an experiment)?")
C("coding", "Use the same date format as the rest of the codebase.",
  "$ grep -rhn 'strftime(' src | sort | uniq -c\n  14 strftime('%Y-%m-%d')",
  "$ grep -rhn 'strftime(' src | sort | uniq -c\n   7 strftime('%Y-%m-%d')\n   7 strftime('%d/%m/%Y')",
  "ambiguous", "no_dominant_convention", "   7 strftime('%d/%m/%Y')",
  "The codebase splits evenly between %Y-%m-%d and %d/%m/%Y; which format should I use?")
C("coding", "Run the migration we wrote yesterday.",
  "$ ls migrations/ -t | head -2\n0042_add_invoice_due_date.py  (modified yesterday)\n0041_index_orders.py  (modified 9 days ago)",
  "$ ls migrations/ -t | head -2\n0042_add_invoice_due_date.py  (modified yesterday)\n0042_drop_legacy_tax.py  (modified yesterday)",
  "ambiguous", "two_candidates", "0042_drop_legacy_tax.py  (modified yesterday)",
  "Two migrations were written yesterday, both numbered 0042; which one should I run?")
C("coding", "Make the cache TTL match what the README says.",
  "README.md: Responses are cached for 5 minutes.\nsrc/cache.py: TTL_SECONDS = 60",
  "README.md: Responses are cached for 5 minutes.\ndocs/ops.md: Responses are cached for 15 minutes.\nsrc/cache.py: TTL_SECONDS = 60",
  "contradictory", "docs_disagree", "docs/ops.md: Responses are cached for 15 minutes.",
  "README says 5 minutes but docs/ops.md says 15; which TTL is right?")
C("coding", "Add a type hint for the return value of load_user.",
  "def load_user(uid: int):\n    row = db.fetch_one('select * from users where id=%s', uid)\n    return User(**row)",
  "def load_user(uid: int):\n    row = db.fetch_one('select * from users where id=%s', uid)\n    if row is None:\n        return None if STRICT else {}\n    return User(**row)",
  "ambiguous", "unclear_contract", "return None if STRICT else {}",
  "load_user can return User, None or {}; should the hint be a union of all three, or should I fix the function first?")
C("coding", "Restore the file I deleted by mistake.",
  "$ git status --short\n D src/report.py",
  "$ git status --short\n D src/report.py\n D src/report_test.py\n D docs/report.md",
  "ambiguous", "which_file", " D docs/report.md",
  "Three files are deleted; should I restore all of them or only one?")
C("coding", "Increase the memory limit for the test runner.",
  "jest.config.js: workerIdleMemoryLimit: '512MB'\npackage.json: \"test\": \"jest\"",
  "jest.config.js: workerIdleMemoryLimit: '512MB'\npackage.json: \"test\": \"jest\", \"test:e2e\": \"playwright test\"",
  "missing", "no_target_value", "jest.config.js: workerIdleMemoryLimit: '512MB'",
  "What should the new limit be?")
C("coding", "Make the endpoint return 404 instead of 500 when the order doesn't exist.",
  "routes/orders.py:\n@app.get('/orders/<id>')\ndef get_order(id):\n    return jsonify(Order.query.get(id).to_dict())",
  "routes/orders.py:\n@app.get('/orders/<id>')\ndef get_order(id): ...\n@app.get('/v2/orders/<id>')\ndef get_order_v2(id): ...",
  "ambiguous", "two_endpoints", "@app.get('/v2/orders/<id>')",
  "Should this change /orders/<id>, /v2/orders/<id>, or both?")
C("coding", "Add the new env var to the example file.",
  "PR #88 adds: STRIPE_WEBHOOK_SECRET read in src/billing.py\n$ ls -a\n.env.example  src/  tests/",
  "PR #88 adds: a new secret read in src/billing.py (name still under discussion in review)\n$ ls -a\n.env.example  src/  tests/",
  "missing", "unnamed_variable", "name still under discussion in review",
  "The review has not settled the name; what is the variable called?")
C("coding", "Undo the formatting changes in that commit but keep the logic fix.",
  "$ git show --stat 7d1e2f0\n src/parse.py | 4 ++--\n 1 file changed (black run on separate commit 7d1e2f1)",
  "$ git show --stat 7d1e2f0\n src/parse.py | 212 +++++-----\n 1 file changed, formatting and fix mixed in the same hunks",
  "missing", "inseparable_change", "formatting and fix mixed in the same hunks",
  "The fix and the reformatting sit in the same hunks; which lines are the logic fix you want kept?")
C("coding", "Rename `getData` to something clearer in the dashboard component.",
  "Dashboard.tsx:\nconst getData = () => fetch('/api/metrics/daily')\nCONTRIBUTING.md: fetchers are named fetch<Resource>, e.g. fetchOrders",
  "Dashboard.tsx:\nconst getData = () => fetch('/api/metrics/daily')",
  "missing", "no_naming_rule", "const getData = () => fetch('/api/metrics/daily')",
  "There is no naming convention to follow; what name would you like?")
C("coding", "Apply the reviewer's suggestion on the PR.",
  "PR #231 review (alice): Suggest `if not items: return []` at line 18.\nstatus: changes requested",
  "PR #231 review (alice): Suggest `if not items: return []` at line 18.\nPR #231 review (bob): Please raise ValueError on empty items instead.",
  "contradictory", "reviewers_disagree", "PR #231 review (bob): Please raise ValueError on empty items instead.",
  "Alice wants an empty list returned and Bob wants a ValueError; whose suggestion should I apply?")
C("coding", "Upgrade the ORM to the latest minor.",
  "pyproject.toml: sqlalchemy = \"^2.0.20\"\nlatest on index: 2.0.31",
  "pyproject.toml: sqlalchemy = \"^1.4.46\"\nlatest on index: 1.4.52, 2.0.31",
  "ambiguous", "minor_vs_major", "latest on index: 1.4.52, 2.0.31",
  "Do you mean the latest 1.4.x (1.4.52) or moving to 2.0.31, which is a major upgrade?")
C("coding", "Skip the flaky test until it's fixed.",
  "$ cat .flaky-report\ntests/test_sync.py::test_concurrent_writes  failed 6/50 runs",
  "$ cat .flaky-report\ntests/test_sync.py::test_concurrent_writes  failed 6/50 runs\ntests/test_mail.py::test_retry_after  failed 5/50 runs",
  "ambiguous", "two_candidates", "tests/test_mail.py::test_retry_after  failed 5/50 runs",
  "Two tests are flaky; should I skip test_concurrent_writes, test_retry_after, or both?")
C("coding", "Make the build produce a smaller bundle by removing moment.",
  "$ npm ls moment\napp@1.0.0\n└── moment@2.29.4\n$ grep -rln \"from 'moment'\" src | wc -l\n3",
  "$ npm ls moment\napp@1.0.0\n├── moment@2.29.4\n└─┬ react-datepicker@4.8.0\n  └── moment@2.29.4",
  "missing", "transitive_dependency", "└─┬ react-datepicker@4.8.0",
  "react-datepicker also pulls in moment; should I replace the date picker too, or only remove our own usages?")
# ===========================================================================
# SQL / data
# ===========================================================================
SHOP = "orders(id, customer_id, status, total, created_at)\ncustomers(id, email, country)\n"
C("sql", "Count the orders that were returned last month.",
  SHOP + "-- SELECT DISTINCT status FROM orders: placed, shipped, delivered, returned",
  SHOP + "-- SELECT DISTINCT status FROM orders: placed, shipped, delivered, returned, return_requested",
  "ambiguous", "status_values", "return_requested",
  "Should orders with status return_requested count as returned, or only status returned?")
C("sql", "Show revenue by country for 2023.",
  SHOP + "-- orders.total is in USD for all rows",
  SHOP + "-- SELECT DISTINCT currency FROM orders: USD, EUR, JPY",
  "missing", "currency_conversion", "-- SELECT DISTINCT currency FROM orders: USD, EUR, JPY",
  "Orders are in USD, EUR and JPY; should I convert to one currency (at which rates) or report per currency?")
C("sql", "List customers from Germany.",
  SHOP + "-- SELECT DISTINCT country FROM customers: DE, FR, US, GB",
  SHOP + "-- SELECT DISTINCT country FROM customers: DE, Germany, germany, FR, US",
  "missing", "dirty_values", "DE, Germany, germany",
  "Germany is stored as DE, Germany and germany; should I match all three spellings?")
C("sql", "Join signups to the events table on user id.",
  "signups(user_id int, signed_up_at timestamptz)\nevents(user_id int, name text, ts timestamptz)",
  "signups(user_id int, signed_up_at timestamptz)\nevents(uid text, anon_id text, name text, ts timestamptz)\n-- events.uid is null for 40% of rows",
  "ambiguous", "join_key", "events(uid text, anon_id text, name text, ts timestamptz)",
  "events has uid and anon_id but no user_id; which one should I join on, and how should null uids be handled?")
C("sql", "Delete the duplicate rows in the contacts table.",
  "contacts(id pk, email unique-ish, name, created_at)\nTeam note: duplicates = same email; keep the oldest row.",
  "contacts(id pk, email, name, created_at)\nTeam note: duplicates = same email; keep the oldest row.\nData steward: duplicates = same email AND name; keep the newest row.",
  "contradictory", "conflicting_rules", "Data steward: duplicates = same email AND name; keep the newest row.",
  "The team note and the data steward define duplicates differently; which rule should I follow?")
C("sql", "Give me the average order value by month.",
  SHOP + "-- definition (metrics.md): AOV = sum(total)/count(*) over non-cancelled orders",
  SHOP + "-- metrics.md: AOV = sum(total)/count(*) over non-cancelled orders\n-- finance dashboard: AOV excludes shipping and includes cancelled",
  "contradictory", "metric_definition", "-- finance dashboard: AOV excludes shipping and includes cancelled",
  "metrics.md and the finance dashboard define AOV differently; which definition do you want?")
C("sql", "Get the active users for last week.",
  "users(id, last_login_at)\n-- metrics.md: active = logged in at least once in the window",
  "users(id, last_login_at)\nevents(user_id, name, ts)\n-- metrics.md: active = logged in at least once in the window\n-- growth.md: active = 3+ events in the window",
  "contradictory", "metric_definition", "-- growth.md: active = 3+ events in the window",
  "metrics.md and growth.md define active differently; which definition should I use?")
C("sql", "Add an index to speed up the slow report query.",
  "slow_query.log:\nSELECT * FROM orders WHERE customer_id = $1 ORDER BY created_at DESC; -- 2.3s\n(no other slow queries this week)",
  "slow_query.log:\nSELECT * FROM orders WHERE customer_id = $1 ORDER BY created_at DESC; -- 2.3s\nSELECT * FROM orders WHERE status = $1 AND total > $2; -- 2.1s",
  "ambiguous", "two_queries", "SELECT * FROM orders WHERE status = $1 AND total > $2; -- 2.1s",
  "Two queries in the log are slow; which one is the report query?")
C("sql", "Drop the temp table from yesterday's analysis.",
  "\\dt tmp_*\n tmp_cohort_0611",
  "\\dt tmp_*\n tmp_cohort_0611\n tmp_cohort_0611_v2",
  "ambiguous", "two_candidates", " tmp_cohort_0611_v2",
  "There are tmp_cohort_0611 and tmp_cohort_0611_v2; which should I drop, or both?")
C("sql", "Update the price of the Basic plan to 12.",
  "plans(id, name, price_usd)\n-- SELECT id, name FROM plans: 1 Basic, 2 Pro, 3 Team",
  "plans(id, name, price_usd)\n-- SELECT id, name FROM plans: 1 Basic, 2 Pro, 3 Team, 7 Basic (legacy)",
  "ambiguous", "duplicate_names", "7 Basic (legacy)",
  "There are two Basic plans (id 1 and the legacy id 7); should both get the new price?")
C("sql", "Backfill the region column for old stores.",
  "stores(id, city, region null)\ncity_region(city, region)  -- covers every city in stores",
  "stores(id, city, region null)\n-- no lookup table for city -> region exists yet",
  "missing", "no_source", "-- no lookup table for city -> region exists yet",
  "There is no city-to-region mapping; where should the region values come from?")
C("data", "Merge the two customer exports into one file.",
  "a.csv header: id,email,name\nb.csv header: id,email,name\nids don't overlap",
  "a.csv header: id,email,name\nb.csv header: id,email,name\n312 ids appear in both files with different emails",
  "missing", "conflict_resolution", "312 ids appear in both files with different emails",
  "312 ids appear in both files with different emails; which file should win?")
C("data", "Convert the timestamps in the log export to UTC.",
  "export.csv sample: 2024-06-01 09:14:02 (exported by eu-west app, TZ=Europe/Dublin per header)",
  "export.csv sample: 2024-06-01 09:14:02 (no offset, no TZ in header; app servers run in three regions)",
  "missing", "source_timezone", "no offset, no TZ in header",
  "The export has no offset; what timezone are the timestamps in?")
C("data", "Fill in the missing ages with the median.",
  "survey.csv: 1,204 rows, age missing in 88\nanalysis plan: impute age with median",
  "survey.csv: 1,204 rows, age missing in 88\nanalysis plan: drop rows with missing age, never impute",
  "contradictory", "conflicts_with_plan", "analysis plan: drop rows with missing age, never impute",
  "The analysis plan says to drop rows with missing age and never impute; should I still use the median?")
C("data", "Rerun the churn model on the new data.",
  "models/churn/train.py --data data/latest.parquet\ndata/latest.parquet -> data/2024-07.parquet",
  "models/churn/train.py --data <path>\ndata/2024-07.parquet (uploaded Mon)\ndata/2024-07-fixed.parquet (uploaded Tue)",
  "ambiguous", "two_candidates", "data/2024-07-fixed.parquet (uploaded Tue)",
  "Which file is the new data, 2024-07.parquet or 2024-07-fixed.parquet?")
C("data", "Chart weekly signups since launch.",
  "launch date (product.md): 2023-09-12\nsignups table: 2023-09-12 .. today",
  "launch date (product.md): 2023-09-12\npress release: launched 2023-10-03\nsignups table: 2023-08-01 .. today",
  "contradictory", "conflicting_dates", "press release: launched 2023-10-03",
  "product.md says launch was 2023-09-12 and the press release says 2023-10-03; which date should the chart start from?")
C("data", "Remove the outliers from the latency dataset.",
  "latency.csv\nteam convention (README): outlier = above the p99.9",
  "latency.csv\n(no outlier rule documented; values range 3 ms .. 48 s)",
  "missing", "undefined_threshold", "no outlier rule documented",
  "What cut-off should count as an outlier?")
C("sql", "Find all orders placed by Jordan Lee.",
  SHOP + "-- SELECT id, email FROM customers WHERE name='Jordan Lee': 5521 jlee@acme.io",
  SHOP + "-- SELECT id, email FROM customers WHERE name='Jordan Lee': 5521 jlee@acme.io, 9013 jordan.lee@gmail.com",
  "ambiguous", "two_people", "9013 jordan.lee@gmail.com",
  "There are two customers named Jordan Lee (5521 and 9013); which one, or both?")
C("sql", "Set the status of order 8812 to shipped.",
  "SELECT status FROM orders WHERE id=8812; -> paid",
  "SELECT status FROM orders WHERE id=8812; -> cancelled (refund issued 2024-05-03)",
  "contradictory", "state_conflict", "cancelled (refund issued 2024-05-03)",
  "Order 8812 is cancelled and refunded; do you really want it marked shipped?")
C("sql", "Give me total sessions per day from the analytics table.",
  "analytics.sessions(session_id, started_at, user_id)",
  "analytics.sessions(session_id, started_at, user_id)\nanalytics.sessions_v2(session_id, started_at, user_id)  -- both written since March",
  "ambiguous", "two_tables", "analytics.sessions_v2(session_id, started_at, user_id)  -- both written since March",
  "Both sessions and sessions_v2 are being written; which table should I count from?")
C("sql", "Exclude test accounts from the report.",
  "accounts(id, name, is_test bool)",
  "accounts(id, name)\n-- no is_test flag; some names contain 'test', some emails end in @example.com",
  "missing", "no_flag", "-- no is_test flag",
  "There's no flag for test accounts; how should I identify them?")
C("data", "Round the prices to two decimals like the spec says.",
  "spec.md: prices shown with 2 decimals, round half up",
  "spec.md: prices shown with 2 decimals, round half up\nspec.md (section 4): JPY prices are shown with no decimals",
  "contradictory", "spec_exception", "spec.md (section 4): JPY prices are shown with no decimals",
  "Section 4 says JPY has no decimals; should JPY also be rounded to two decimals?")
C("data", "Use the holdout split from last time.",
  "experiments/ex14/config.yaml: holdout: data/holdout_ex14.csv",
  "experiments/ex14/config.yaml: holdout: data/holdout_a.csv\nexperiments/ex15/config.yaml: holdout: data/holdout_b.csv",
  "ambiguous", "which_run", "experiments/ex15/config.yaml: holdout: data/holdout_b.csv",
  "Which run is 'last time', ex14 (holdout_a) or ex15 (holdout_b)?")
# ===========================================================================
# Ops
# ===========================================================================
C("ops", "Restart the api deployment.",
  "$ kubectl get deploy -A | grep api\nprod   api   3/3   3   3   41d",
  "$ kubectl get deploy -A | grep api\nprod      api   3/3   3   3   41d\nstaging   api   2/2   2   2   3d",
  "ambiguous", "two_namespaces", "staging   api   2/2   2   2   3d",
  "There's an api deployment in prod and in staging; which one should I restart?")
C("ops", "Scale the worker pool back to what it was before the incident.",
  "runbook INC-311: before incident, workers=6; scaled to 12 during incident",
  "runbook INC-311: scaled workers to 12 during incident\n(no record of the count before)",
  "missing", "unknown_previous_value", "(no record of the count before)",
  "The earlier count is not recorded; what was the worker count before the incident?")
C("ops", "Apply the terraform plan.",
  "$ terraform plan\nPlan: 1 to add, 0 to change, 0 to destroy.\n  + aws_s3_bucket.logs_archive",
  "$ terraform plan\nPlan: 1 to add, 0 to change, 1 to destroy.\n  - aws_db_instance.orders (forces replacement)",
  "contradictory", "destructive_plan", "  - aws_db_instance.orders (forces replacement)",
  "The plan replaces the orders database; is that really what you want applied?")
C("ops", "Rotate the API key for the payments service.",
  "vault kv list secret/payments\napi_key",
  "vault kv list secret/payments\napi_key_stripe\napi_key_adyen",
  "ambiguous", "two_keys", "api_key_adyen",
  "Payments has a Stripe and an Adyen key; which one should I rotate?")
C("ops", "Roll back to the previous release.",
  "$ helm history web\nREV  STATUS      CHART      APP\n6    superseded web-1.8.0  1.8.0\n7    deployed   web-1.9.0  1.9.0",
  "$ helm history web\nREV  STATUS      CHART      APP\n5    superseded web-1.8.0  1.8.0\n6    failed     web-1.8.1  1.8.1\n7    deployed   web-1.9.0  1.9.0",
  "ambiguous", "which_revision", "6    failed     web-1.8.1  1.8.1",
  "The previous revision (6) failed; should I roll back to 6 anyway or to 5, the last good one?")
C("ops", "Open port 5432 on the database security group.",
  "ticket: allow 5432 from app subnet 10.0.2.0/24 to sg-db",
  "ticket: allow 5432 to sg-db (source not given)\npolicy: no 0.0.0.0/0 ingress on database groups",
  "missing", "no_source_cidr", "(source not given)",
  "From which source CIDR or security group should 5432 be allowed?")
C("ops", "Follow the runbook to clear the queue.",
  "runbook/queue.md: 1. pause consumers 2. purge dead-letter queue 3. resume",
  "runbook/queue.md: 1. pause consumers 2. purge main queue 3. resume\nrunbook/queue.md (2024 update): never purge the main queue; drain it",
  "contradictory", "runbook_conflict", "never purge the main queue; drain it",
  "The runbook says to purge the main queue but the 2024 update forbids it; should I purge or drain?")
C("ops", "Upgrade the node pool to the latest version.",
  "$ gcloud container node-pools list\nNAME         VERSION\ndefault-pool 1.28.9",
  "$ gcloud container node-pools list\nNAME         VERSION\ndefault-pool 1.28.9\ngpu-pool     1.27.14",
  "ambiguous", "two_pools", "gpu-pool     1.27.14",
  "There are two node pools; should I upgrade default-pool, gpu-pool, or both?")
C("ops", "Delete the old snapshots to free up space.",
  "retention policy: keep 14 days\n$ aws ec2 describe-snapshots ... 43 older than 14 days",
  "$ aws ec2 describe-snapshots ... 43 snapshots, 2021-2024\n(no retention policy defined for this account)",
  "missing", "no_retention_rule", "(no retention policy defined for this account)",
  "How old does a snapshot have to be before I delete it?")
C("ops", "Point the DNS record at the new load balancer.",
  "$ aws elbv2 describe-load-balancers --names web-2024\nDNSName: web-2024-1122.eu-west-1.elb.amazonaws.com",
  "$ aws elbv2 describe-load-balancers\nweb-2024-a  created 2024-06-01\nweb-2024-b  created 2024-06-01",
  "ambiguous", "two_candidates", "web-2024-b  created 2024-06-01",
  "Two load balancers were created the same day; which is the new one?")
C("ops", "Set the disk alert threshold to what the SRE doc recommends.",
  "sre/alerts.md: disk usage alert at 85%",
  "sre/alerts.md: disk usage alert at 85%\nsre/alerts.md (footnote): for database hosts use 75%",
  "missing", "host_type_unknown", "for database hosts use 75%",
  "Is this alert for database hosts (75%) or the others (85%)?")
C("ops", "Cordon the node that keeps OOM-killing pods.",
  "$ kubectl get events | grep OOMKilling\nnode/ip-10-0-3-17  OOMKilling  x14",
  "$ kubectl get events | grep OOMKilling\nnode/ip-10-0-3-17  OOMKilling  x7\nnode/ip-10-0-4-22  OOMKilling  x7",
  "ambiguous", "two_nodes", "node/ip-10-0-4-22  OOMKilling  x7",
  "Two nodes are OOM-killing equally often; which one should I cordon, or both?")
C("ops", "Change the cron job to run at 2am.",
  "crontab: 0 4 * * * /opt/backup.sh\nserver TZ=UTC; team works in UTC",
  "crontab: 0 4 * * * /opt/backup.sh\nserver TZ=UTC; team is in America/Chicago",
  "missing", "timezone", "server TZ=UTC; team is in America/Chicago",
  "2am UTC or 2am Chicago time?")
C("ops", "Set the replica count for checkout to match the capacity plan.",
  "capacity-plan.md: checkout 8 replicas for Q3",
  "capacity-plan.md: checkout 8 replicas for Q3\nhpa/checkout.yaml: maxReplicas: 6",
  "contradictory", "limit_conflict", "hpa/checkout.yaml: maxReplicas: 6",
  "The plan says 8 replicas but the HPA caps checkout at 6; should I raise maxReplicas too?")
C("ops", "Tail the logs for the failing job.",
  "$ kubectl get jobs -n batch\nNAME           COMPLETIONS  STATUS\nnightly-etl    0/1          Failed",
  "$ kubectl get jobs -n batch\nNAME           COMPLETIONS  STATUS\nnightly-etl    0/1          Failed\nreindex        0/1          Failed",
  "ambiguous", "two_failed_jobs", "reindex        0/1          Failed",
  "Both nightly-etl and reindex failed; which job's logs do you want?")
C("ops", "Renew the TLS certificate before it expires.",
  "$ certbot certificates\nDomains: shop.example.com  Expiry: 2024-07-02 (VALID: 9 days)",
  "$ certbot certificates\nDomains: shop.example.com  Expiry: 2024-07-02\nNote: cert now managed by ACM; certbot renewal disabled in README",
  "contradictory", "ownership_conflict", "Note: cert now managed by ACM; certbot renewal disabled in README",
  "The README says the cert moved to ACM and certbot is disabled; should I renew with certbot or in ACM?")
C("ops", "Promote the release candidate to production.",
  "$ git tag -l 'v2.4*'\nv2.4.0-rc1\nQA sign-off: v2.4.0-rc1 approved",
  "$ git tag -l 'v2.4*'\nv2.4.0-rc1\nv2.4.0-rc2\nQA sign-off: v2.4.0-rc1 approved",
  "contradictory", "approval_mismatch", "v2.4.0-rc2",
  "QA approved rc1 but rc2 is the newest candidate; which one should go to production?")
C("ops", "Bump the instance size for the reporting DB.",
  "$ aws rds describe-db-instances\nreporting-db  db.r6g.large\ncapacity note: move reporting-db to db.r6g.xlarge",
  "$ aws rds describe-db-instances\nreporting-db  db.r6g.large",
  "missing", "target_size", "reporting-db  db.r6g.large",
  "Which instance size should it move to?")
# ===========================================================================
# General assistant tasks
# ===========================================================================
C("general", "Reply to Sam and say Thursday works.",
  "Inbox:\nFrom: Sam Ortiz - 'Can we meet Thursday or Friday?'",
  "Inbox:\nFrom: Sam Ortiz - 'Can we meet Thursday or Friday?'\nFrom: Sam Patel - 'Is Thursday still ok for the demo?'",
  "ambiguous", "two_contacts", "From: Sam Patel - 'Is Thursday still ok for the demo?'",
  "Which Sam, Sam Ortiz or Sam Patel?")
C("general", "Book the same hotel as last time for the Lisbon trip.",
  "Past bookings:\n2023-10 Lisbon - Hotel Avenida Palace, 3 nights",
  "Past bookings:\n2023-10 Lisbon - Hotel Avenida Palace, 3 nights\n2024-02 Lisbon - Memmo Alfama, 2 nights",
  "ambiguous", "which_booking", "2024-02 Lisbon - Memmo Alfama, 2 nights",
  "Do you mean Memmo Alfama (last visit) or Avenida Palace?")
C("general", "Move my 3pm to tomorrow.",
  "Calendar today: 15:00-15:30 1:1 with Dana\nTomorrow 15:00-16:00 free",
  "Calendar today: 15:00-15:30 1:1 with Dana\nTomorrow: 09:00-18:00 offsite (busy all day)",
  "missing", "no_free_slot", "Tomorrow: 09:00-18:00 offsite (busy all day)",
  "Tomorrow is fully booked with the offsite; what time should the 1:1 move to?")
C("general", "Reorder the coffee beans I bought last month.",
  "Orders (May): Lavazza Super Crema 1kg x1, paper towels x2",
  "Orders (May): Lavazza Super Crema 1kg x1, Stumptown Hair Bender 340g x1",
  "ambiguous", "two_products", "Stumptown Hair Bender 340g x1",
  "You bought two kinds of coffee last month; which should I reorder, or both?")
C("general", "Forward the invoice to accounting.",
  "Contacts: Accounting - ap@northwind.com\nInbox: 'Invoice #5531 from Globex'",
  "Contacts: Accounting - ap@northwind.com\nInbox: 'Invoice #5531 from Globex', 'Invoice #5540 from Initech'",
  "ambiguous", "two_invoices", "'Invoice #5540 from Initech'",
  "Which invoice, #5531 from Globex or #5540 from Initech?")
C("general", "Text my sister that I'll be late.",
  "Contacts: Maya (sister) +1 415 555 0199",
  "Contacts: Maya (sister) +1 415 555 0199\nContacts: Lena (sister) +1 415 555 0144",
  "ambiguous", "two_contacts", "Contacts: Lena (sister) +1 415 555 0144",
  "You have two sisters in contacts, Maya and Lena; which one should I text?")
C("general", "Cancel the subscription that renews this week.",
  "Subscriptions: Netflix renews Jun 28; Dropbox renews Aug 3",
  "Subscriptions: Netflix renews Jun 28; Spotify renews Jun 27; Dropbox renews Aug 3",
  "ambiguous", "two_candidates", "Spotify renews Jun 27",
  "Both Netflix and Spotify renew this week; which should I cancel?")
C("general", "Schedule the team lunch for when everyone is free on Friday.",
  "Friday availability: Ana 12-14, Ben 12-15, Chris 11-14 -> common 12:00-14:00",
  "Friday availability: Ana 12-13, Ben 13-15, Chris 11-14 -> no common slot",
  "missing", "no_common_slot", "no common slot",
  "There's no time when all three are free on Friday; who can be left out, or should it be another day?")
C("general", "Send the signed contract back to the client.",
  "Drive /Contracts: Acme_MSA_signed.pdf (signed by both parties)",
  "Drive /Contracts: Acme_MSA_unsigned.pdf\n(no signed copy found)",
  "missing", "missing_attachment", "(no signed copy found)",
  "I only find an unsigned copy; where is the signed contract?")
C("general", "Pay the electricity bill from the usual account.",
  "Payees: City Power - last 6 payments from Checking ••4410",
  "Payees: City Power - 3 payments from Checking ••4410, 3 from Savings ••8832",
  "ambiguous", "no_usual_account", "3 from Savings ••8832",
  "You've paid it equally from Checking and Savings; which account should I use?")
C("general", "RSVP yes to Priya's party.",
  "Invites: Priya's 30th - Sat Jul 13, 7pm\nCalendar Jul 13: free",
  "Invites: Priya's 30th - Sat Jul 13, 7pm\nCalendar Jul 13: 'Cousin's wedding, all day' (accepted)",
  "contradictory", "calendar_conflict", "Calendar Jul 13: 'Cousin's wedding, all day' (accepted)",
  "You've accepted your cousin's wedding that day; still RSVP yes to Priya?")
C("general", "Return the headphones I ordered.",
  "Order #A-771 Sony WH-1000XM5 - delivered Jun 2; return window 30 days",
  "Order #A-771 Sony WH-1000XM5 - delivered Jun 2; return window 30 days\nOrder #A-802 Sony WH-1000XM5 - delivered Jun 20",
  "ambiguous", "two_orders", "Order #A-802 Sony WH-1000XM5 - delivered Jun 20",
  "You ordered the same headphones twice (#A-771 and #A-802); which order should I return?")
C("general", "Add the dentist appointment from the email to my calendar.",
  "Email from Bright Dental: 'Your cleaning is confirmed for Tue Jul 9 at 10:30.'",
  "Email from Bright Dental: 'Your cleaning is confirmed for Tue Jul 9 at 10:30.'\nLater email: 'Update: we need to move you to Wed Jul 10, time TBC.'",
  "missing", "time_not_set", "time TBC",
  "The appointment moved to Wed Jul 10 but no time is given yet; what time should I put in?")
C("general", "Tell the landlord the rent will be paid on the usual date.",
  "Lease: rent due on the 1st of each month",
  "Lease: rent due on the 1st of each month\nEmail from landlord (May): 'From June rent is due on the 5th.'",
  "contradictory", "changed_terms", "'From June rent is due on the 5th.'",
  "The lease says the 1st but the landlord later said the 5th; which date should I mention?")
C("general", "Order another pack of the printer ink.",
  "Devices: HP OfficeJet 8025\nPast orders: HP 910XL black x1",
  "Devices: HP OfficeJet 8025, Brother HL-L2350\nPast orders: HP 910XL black x1, Brother TN-760 x1",
  "ambiguous", "two_printers", "Brother TN-760 x1",
  "Which printer's ink, the HP 910XL or the Brother TN-760?")
C("general", "Let the group know the meeting moved.",
  "Calendar: 'Budget review' moved Wed 10:00 -> Thu 14:00\nGroup chat: #budget-review",
  "Calendar: 'Budget review' moved Wed 10:00 -> Thu 14:00\nCalendar: 'Design sync' moved Wed 15:00 -> Fri 11:00",
  "ambiguous", "two_meetings", "Calendar: 'Design sync' moved Wed 15:00 -> Fri 11:00",
  "Two meetings moved; which one, Budget review or Design sync?")
C("general", "Buy two tickets for the Saturday showing.",
  "Cinema listings, 'Dune' Sat: 19:30 only",
  "Cinema listings, 'Dune' Sat: 14:00, 19:30, 22:15",
  "ambiguous", "which_showing", "14:00, 19:30, 22:15",
  "There are three showings on Saturday; which time?")
C("general", "Decline the vendor call and suggest next week instead.",
  "Invite: Vendor call with Orbit, Wed 11:00\nNext week: Tue and Thu afternoons free",
  "Invite: Vendor call with Orbit, Wed 11:00\nYour note on the invite: 'must happen before the Friday deadline'",
  "contradictory", "conflicts_with_note", "'must happen before the Friday deadline'",
  "Your note says this call must happen before Friday's deadline; still push it to next week?")
C("general", "Renew my passport using the details on file.",
  "Profile: name, DOB, address, passport no. on file; photo uploaded 2024-05",
  "Profile: name, DOB, passport no. on file; address: (moved Apr, new address not saved)",
  "missing", "stale_detail", "(moved Apr, new address not saved)",
  "Your new address isn't saved; what address should go on the application?")
C("general", "Send Mom the photos from the weekend.",
  "Photos: album 'Weekend at the lake' (Jun 15-16), 48 photos",
  "Photos: 212 photos from Jun 15-16, no album",
  "missing", "unclear_selection", "212 photos from Jun 15-16, no album",
  "There are 212 photos; should I send all of them or pick a few?")
# ===========================================================================
# Writing
# ===========================================================================
C("writing", "Shorten the intro to fit the word limit.",
  "Brief: intro max 80 words.\nDraft intro: 132 words.",
  "Brief: intro max 80 words.\nEditor's email: intro max 120 words, keep the anecdote.\nDraft intro: 132 words.",
  "contradictory", "conflicting_limits", "Editor's email: intro max 120 words, keep the anecdote.",
  "The brief says 80 words and the editor says 120; which limit applies?")
C("writing", "Write the product description in our house style.",
  "style-guide.md: second person, no exclamation marks, US spelling, max 60 words",
  "(no style guide in the shared folder; past descriptions vary between formal and playful)",
  "missing", "no_style_guide", "(no style guide in the shared folder",
  "Which tone should it follow, since there's no style guide and past copy varies?")
C("writing", "Update the bio with her new title.",
  "LinkedIn (Jun): Dr. Ana Ruiz, VP of Research at Helix",
  "LinkedIn (Jun): Dr. Ana Ruiz, VP of Research at Helix\nHer email signature (Jul): Chief Science Officer, Helix",
  "contradictory", "conflicting_sources", "Her email signature (Jul): Chief Science Officer, Helix",
  "LinkedIn says VP of Research and her signature says Chief Science Officer; which title is current?")
C("writing", "Revise the draft based on the feedback.",
  "Feedback (Kim): cut section 3, add a customer quote to the opening.",
  "Feedback (Kim): cut section 3.\nFeedback (Raj): section 3 is the strongest part, expand it.",
  "contradictory", "feedback_conflict", "Feedback (Raj): section 3 is the strongest part, expand it.",
  "Kim wants section 3 cut and Raj wants it expanded; whose direction should I follow?")
C("writing", "Use the tagline we agreed on in the header.",
  "Meeting notes 06/03: tagline agreed - 'Less setup, more shipping.'",
  "Meeting notes 06/03: shortlist - 'Less setup, more shipping.' / 'Ship on day one.' (decision pending)",
  "missing", "no_decision", "(decision pending)",
  "The notes list two taglines with the decision pending; which one was agreed?")
C("writing", "Translate the newsletter into Spanish for the customer list.",
  "Audience: customers in Mexico (CRM segment 'MX')",
  "Audience: customers in Spain and Mexico (CRM segments 'ES' and 'MX')",
  "ambiguous", "regional_variant", "customers in Spain and Mexico",
  "Should I use Spain or Mexican Spanish, or write two versions?")
C("writing", "Write the cover letter for the job I saved.",
  "Saved jobs: Senior Data Analyst, Brightline (remote)",
  "Saved jobs: Senior Data Analyst, Brightline (remote); UX Researcher, Corvid Labs",
  "ambiguous", "two_jobs", "UX Researcher, Corvid Labs",
  "You saved two jobs; which one is the cover letter for?")
C("writing", "Cite the study in APA like the rest of the paper.",
  "paper.docx: references in APA 7\nstudy: Chen, L. (2021). Sleep and memory. J. Cog. 12(3), 44-59.",
  "paper.docx: references in APA 7\nstudy: (only a screenshot of a chart; no author, title or year)",
  "missing", "missing_metadata", "(only a screenshot of a chart; no author, title or year)",
  "I only have a chart screenshot; what's the study's author, title and year?")
C("writing", "Finish the blog post using the outline.",
  "outline.md: 1 Problem 2 Our approach 3 Results 4 Call to action",
  "outline.md: 1 Problem 2 Our approach 3 Results 4 Call to action\ndraft.md already covers: 1, 2, 3, 4 -- but results numbers marked 'TBD from Dev'",
  "missing", "missing_numbers", "results numbers marked 'TBD from Dev'",
  "The results numbers are still TBD from Dev; what figures should I use?")
C("writing", "Make the press release match the previous one's format.",
  "press/2024-03.md: headline, dateline, 3 paragraphs, boilerplate, media contact",
  "press/2024-03.md: headline, dateline, 3 paragraphs, boilerplate\npress/2024-05.md: headline, subhead, Q&A format, no boilerplate",
  "ambiguous", "which_previous", "press/2024-05.md: headline, subhead, Q&A format, no boilerplate",
  "The March and May releases use different formats; which one should this match?")
C("writing", "Write the thank-you note to the speaker from Tuesday.",
  "Tuesday event: talk by Dr. Omar Haddad on urban heat",
  "Tuesday event: panel with Dr. Omar Haddad, Lin Wei, and Paula Reyes",
  "ambiguous", "which_speaker", "panel with Dr. Omar Haddad, Lin Wei, and Paula Reyes",
  "Tuesday was a panel of three; which speaker is the note for, or all of them?")
C("writing", "Fix the release notes to match what actually shipped.",
  "release-notes.md lists: dark mode, CSV export\nchangelog v3.2: dark mode, CSV export, SSO",
  "release-notes.md lists: dark mode, CSV export\n(no changelog or merged PR list for v3.2 available)",
  "missing", "no_source_of_truth", "(no changelog or merged PR list for v3.2 available)",
  "Where can I see what shipped in v3.2?")
# ===========================================================================
# No context: the request alone settles it, or it cannot be settled
# ===========================================================================
M, A, X = "missing", "ambiguous", "contradictory"
P("coding", "Write a Python function that returns the n-th Fibonacci number, with fib(0) = 0.",
  "Write a Python function that returns the n-th Fibonacci number, iteratively and recursively at the same time.",
  X, "impossible_combo", "iteratively and recursively at the same time", "Should it be iterative or recursive?")
P("coding", "Add a --dry-run flag to the cleanup script that prints what would be deleted.",
  "Add a --dry-run flag to the cleanup script that deletes the files but changes nothing.",
  X, "self_contradiction", "deletes the files but changes nothing", "Should dry-run delete files or only list them?")
P("coding", "Convert this list of Celsius values to Fahrenheit: 0, 37, 100.",
  "Convert this list of temperature values to the other unit: 0, 37, 100.",
  M, "unknown_unit", "the other unit", "Are these Celsius to Fahrenheit, or Fahrenheit to Celsius?")
P("coding", "Write a regex that matches US ZIP codes, both 12345 and 12345-6789.",
  "Write a regex that matches the postal codes our customers use.",
  M, "unknown_format", "the postal codes our customers use", "Which countries' postal code formats should it match?")
P("coding", "Sort the user list by last name, ascending, case-insensitive.",
  "Sort the user list by name, the usual way.",
  M, "unknown_order", "the usual way", "Sort by first or last name, and ascending or descending?")
P("coding", "Write a bash one-liner that counts lines in all .py files under src/.",
  "Write a bash one-liner that counts lines in whatever files matter under src/.",
  M, "unknown_selection", "whatever files matter", "Which file types should be counted?")
P("coding", "Make the password rule: at least 12 characters, one digit, no spaces.",
  "Make the password rule: at least 12 characters but no more than 8.",
  X, "impossible_bounds", "at least 12 characters but no more than 8", "Should the limit be a minimum of 12 or a maximum of 8?")
P("coding", "Write a function that checks whether a string is a palindrome, ignoring case and spaces.",
  "Write a function that checks whether a string is a palindrome, ignoring case but treating 'A' and 'a' as different.",
  X, "self_contradiction", "ignoring case but treating 'A' and 'a' as different", "Should the check be case-sensitive or not?")
P("coding", "Generate a UUID4 in JavaScript without any dependencies.",
  "Generate an ID in JavaScript in the format the backend expects.",
  M, "unknown_format", "the format the backend expects", "What ID format does the backend expect?")
P("coding", "Add retry with 3 attempts and exponential backoff starting at 1 second to fetch_prices().",
  "Add retry with some attempts and some backoff to fetch_prices(), whatever seems reasonable to the team.",
  M, "unknown_parameters", "whatever seems reasonable to the team", "How many attempts and what backoff should I use?")
P("coding", "Write a SQL-free Python script that reads data.csv and prints the mean of the 'price' column.",
  "Write a Python script that reads data.csv and prints the mean of the price column, or the other one.",
  A, "which_column", "or the other one", "Which column should be averaged?")
P("coding", "Change the button color to #1E88E5 on the login page.",
  "Change the button color to the brand blue on the login page.",
  M, "unknown_value", "the brand blue", "What hex value is the brand blue?")
P("coding", "Refactor parse_args() into its own module, cli.py, with no behaviour change.",
  "Refactor parse_args() into its own module, with no behaviour change but new default flags.",
  X, "self_contradiction", "no behaviour change but new default flags", "Should defaults change or should behaviour stay identical?")
P("coding", "Write a Dockerfile for a Flask app on python:3.12-slim that runs gunicorn on port 8000.",
  "Write a Dockerfile for the app that runs it on the right port.",
  M, "unknown_app", "the app that runs it on the right port", "Which app and language, and which port should it listen on?")
P("coding", "Make the tests run in parallel with pytest-xdist using 4 workers.",
  "Make the tests run in parallel but keep them strictly sequential.",
  X, "self_contradiction", "in parallel but keep them strictly sequential", "Parallel or sequential?")
P("sql", "Write a query that returns the 10 most recent rows from orders by created_at.",
  "Write a query that returns the 10 most recent rows from the table.",
  M, "unknown_table", "from the table", "Which table, and which column orders them by recency?")
P("sql", "Count users who signed up in January 2024, in UTC.",
  "Count users who signed up in January, in UTC.",
  M, "unknown_year", "in January", "January of which year?")
P("sql", "Get customers with more than 5 orders, sorted by order count descending.",
  "Get customers with more than 5 orders and fewer than 3 orders, sorted by order count.",
  X, "impossible_filter", "more than 5 orders and fewer than 3 orders", "Which bound do you want, more than 5 or fewer than 3?")
P("sql", "Rewrite this to use a LEFT JOIN so customers with no orders still appear.",
  "Rewrite this to use a LEFT JOIN so customers with no orders are removed.",
  X, "wrong_mechanism", "so customers with no orders are removed", "Should customers with no orders be kept (LEFT JOIN) or removed (INNER JOIN)?")
P("sql", "Delete rows from sessions older than 90 days.",
  "Delete the old rows from sessions.",
  M, "undefined_threshold", "the old rows", "How old does a session have to be to be deleted?")
P("sql", "Give me the median order total per month for 2023 using percentile_cont(0.5).",
  "Give me the typical order total per month for 2023.",
  A, "vague_statistic", "typical", "By typical do you mean the mean, the median, or something else?")
P("data", "Resample the hourly series to daily sums.",
  "Resample the hourly series to daily values.",
  A, "aggregation", "daily values", "Should daily values be sums, means, or the last reading?")
P("data", "Split the dataset 80/20 into train and test with seed 42.",
  "Split the dataset into train and test the same way as before.",
  M, "unknown_previous", "the same way as before", "What ratio and seed were used before?")
P("data", "Normalize the features to zero mean and unit variance.",
  "Normalize the features to the 0-1 range with zero mean and unit variance.",
  X, "incompatible_targets", "the 0-1 range with zero mean and unit variance", "Min-max to 0-1, or standardize to mean 0 and variance 1?")
P("data", "Plot revenue by month as a bar chart, 2023 only.",
  "Plot revenue as a chart for the period we discussed.",
  M, "unknown_period", "the period we discussed", "Which period should the chart cover?")
P("data", "Drop rows where email is null, then dedupe on email.",
  "Drop rows where email is null, but keep every row.",
  X, "self_contradiction", "but keep every row", "Should null-email rows be dropped or kept?")
P("ops", "Restart nginx on web-01.",
  "Restart nginx on the web server.",
  A, "which_host", "the web server", "Which web server, or all of them?")
P("ops", "Create an S3 bucket named acme-logs-eu in eu-west-1 with versioning on.",
  "Create an S3 bucket for the logs in the usual region.",
  M, "unknown_region", "the usual region", "Which region and bucket name?")
P("ops", "Set the pod memory limit to 512Mi and the request to 256Mi.",
  "Set the pod memory limit to 256Mi and the request to 512Mi.",
  X, "request_above_limit", "limit to 256Mi and the request to 512Mi", "The request can't exceed the limit; which values did you mean?")
P("ops", "Schedule the backup to run every day at 03:00 UTC.",
  "Schedule the backup to run every day, twice a week.",
  X, "conflicting_schedule", "every day, twice a week", "Daily or twice a week?")
P("ops", "Tag the current commit as v1.4.2 and push the tag.",
  "Tag the current commit with the next version and push the tag.",
  M, "unknown_version", "the next version", "Which version number: patch, minor or major bump?")
P("ops", "Add a firewall rule allowing TCP 443 from anywhere to the load balancer.",
  "Add a firewall rule allowing traffic from the partner to the load balancer.",
  M, "unknown_source", "from the partner", "What IP range and port does the partner use?")
P("ops", "Drain node worker-3 and leave it cordoned.",
  "Drain node worker-3 but keep all its pods running there.",
  X, "self_contradiction", "but keep all its pods running there", "Should pods be evicted from worker-3 or stay?")
P("ops", "Increase the log retention in CloudWatch to 30 days for /aws/lambda/ingest.",
  "Increase the log retention in CloudWatch for the lambda.",
  A, "which_resource", "for the lambda", "Which lambda's log group, and to how many days?")
P("general", "Set an alarm for 6:30 am tomorrow.", "Set an alarm for 6:30 tomorrow.",
  A, "am_pm", "6:30 tomorrow", "6:30 in the morning or the evening?")
P("general", "Email Dana Kim that the report is attached, and attach report_q2.pdf.",
  "Email Dana that the report is attached, and attach the report.",
  M, "which_report", "attach the report", "Which report file should I attach?")
P("general", "Book a table for 4 at Nopa on Friday at 7pm.", "Book a table for 4 at Nopa on Friday at some point.",
  M, "unknown_time", "at some point", "What time on Friday?")
P("general", "Remind me to call the bank every Monday at 9am.", "Remind me to call the bank every Monday, only once.",
  X, "self_contradiction", "every Monday, only once", "A weekly reminder or a single one?")
P("general", "Find a flight from SFO to JFK on Aug 4, economy, nonstop.", "Find a flight to New York on Aug 4, economy, nonstop.",
  M, "unknown_origin", "to New York", "Which airport are you flying from?")
P("general", "Convert 250 USD to EUR at today's rate.", "Convert 250 dollars to EUR at today's rate.",
  A, "which_dollar", "250 dollars", "US, Canadian or Australian dollars?")
P("general", "Order a large pepperoni pizza for delivery to my home address.", "Order a large pizza for delivery and pick it up myself.",
  X, "delivery_vs_pickup", "for delivery and pick it up myself", "Delivery or pickup?")
P("general", "Add milk, eggs and spinach to the shopping list.", "Add the things we ran out of to the shopping list.",
  M, "unknown_items", "the things we ran out of", "Which items did you run out of?")
P("general", "Turn the thermostat to 20°C.", "Turn the thermostat up a bit and down to 18°C.",
  X, "self_contradiction", "up a bit and down to 18°C", "Up, or down to 18°C?")
P("general", "Move the 10am standup on Wednesday to 10:30 the same day.", "Move the standup to 10:30 the same day.",
  A, "which_day", "the standup", "Which day's standup?")
P("general", "Split the $84 dinner bill evenly between Ana, Ben and me.", "Split the dinner bill evenly between Ana, Ben and me.",
  M, "unknown_amount", "the dinner bill", "How much was the bill?")
P("general", "Unsubscribe me from the Medium daily digest.", "Unsubscribe me from the newsletters I don't read.",
  M, "unknown_selection", "the newsletters I don't read", "Which newsletters should I unsubscribe from?")
P("general", "Share the 'Q3 plan' doc with Lee as a viewer.", "Share the 'Q3 plan' doc with Lee as a viewer who can edit.",
  X, "permission_conflict", "as a viewer who can edit", "Viewer or editor?")
P("writing", "Write a 100-word summary of the attached article for a general audience.", "Write a 100-word summary of the attached article that covers every detail.",
  X, "length_vs_scope", "100-word summary of the attached article that covers every detail", "Keep it to 100 words, or cover every detail at greater length?")
P("writing", "Write a haiku about autumn rain.", "Write a haiku about autumn rain in four lines.",
  X, "form_conflict", "in four lines", "A haiku has three lines; three lines or four?")
P("writing", "Proofread this paragraph for spelling only; don't change the wording.", "Proofread this paragraph and rewrite it, but don't change the wording.",
  X, "self_contradiction", "rewrite it, but don't change the wording", "Should I rewrite it or only fix errors?")
P("writing", "Draft a formal apology email to a customer whose order #4471 arrived damaged.", "Draft an apology email to the customer about the issue.",
  M, "unknown_issue", "about the issue", "Which customer, and what was the issue?")
P("writing", "Write a LinkedIn post announcing that we hired 3 engineers in Berlin.", "Write a LinkedIn post announcing the news.",
  M, "unknown_content", "the news", "What is the news to announce?")
P("writing", "Title this post in sentence case, under 60 characters.", "Title this post in the style the editor likes.",
  M, "unknown_style", "the style the editor likes", "What title style does the editor prefer?")
P("writing", "Write a toast for my brother's wedding, warm and about 2 minutes long.", "Write a toast for the wedding, warm and about 2 minutes long.",
  M, "unknown_relationship", "for the wedding", "Whose wedding is it, and what is your relation to them?")
P("writing", "Rewrite the abstract in the passive voice.", "Rewrite the abstract in the active and the passive voice.",
  X, "self_contradiction", "the active and the passive voice", "Active or passive voice?")
P("writing", "Translate 'See you tomorrow' into French, informal.", "Translate 'See you tomorrow' into the language of the recipient.",
  M, "unknown_language", "the language of the recipient", "Which language does the recipient speak?")
P("data", "Compute the 7-day rolling average of daily_active_users.", "Compute the rolling average of daily_active_users.",
  M, "unknown_window", "the rolling average", "Over what window, 7 days or something else?")
P("data", "Bin ages into 0-17, 18-64 and 65+.", "Bin ages into 0-17, 18-64 and 60+.",
  X, "overlapping_bins", "18-64 and 60+", "18-64 and 60+ overlap; should the last bin be 65+?")
P("sql", "Add a NOT NULL column signup_source text with default 'unknown' to users.", "Add a NOT NULL column signup_source text with default NULL to users.",
  X, "constraint_conflict", "NOT NULL column signup_source text with default NULL", "NOT NULL with a NULL default fails; what default should it use?")
P("sql", "Grant read-only access on schema analytics to role bi_reader.", "Grant access on schema analytics to the BI people.",
  M, "unknown_role", "the BI people", "Which role, and read-only or write?")
P("coding", "Format the date as ISO 8601, e.g. 2024-07-01.", "Format the date as ISO 8601, e.g. 07/01/2024.",
  X, "example_mismatch", "ISO 8601, e.g. 07/01/2024", "ISO 8601 is 2024-07-01; should I follow the name or the example?")
P("coding", "Rename the variable `tmp` to `total_cents` in cart.py.", "Rename the variable to something better in cart.py.",
  M, "unknown_target", "the variable", "Which variable, and to what name?")
P("ops", "Roll back the payments service to v3.1.0 in production.", "Roll back the payments service to the good version in production.",
  M, "unknown_version", "the good version", "Which version is the good one?")
P("ops", "Rotate the logs daily and keep 7 of them.", "Rotate the logs daily and keep them forever, deleting after 7 days.",
  X, "self_contradiction", "keep them forever, deleting after 7 days", "Keep forever or delete after 7 days?")
# ===========================================================================
# More context pairs where the settling context is the longer one
# ===========================================================================
C("coding", "Set the upload size limit to the value product asked for.",
  "PRD-19: max upload 25 MB per file, enforced server-side; show an error toast above the limit.\nsrc/upload.py: MAX_BYTES = 10 * 1024 * 1024",
  "PRD-19: raise the max upload size (value TBD)\nsrc/upload.py: MAX_BYTES = 10 * 1024 * 1024",
  "missing", "value_tbd", "(value TBD)", "PRD-19 leaves the size TBD; what should the new limit be?")
C("ops", "Restart the service that is failing its health check.",
  "$ systemctl --failed\n  UNIT            LOAD   ACTIVE SUB    DESCRIPTION\n  billing.service loaded failed failed Billing API (health check failed 3x)",
  "$ systemctl --failed\n  billing.service failed\n  search.service failed",
  "ambiguous", "two_services", "  search.service failed", "Both billing and search have failed; which one should I restart, or both?")
C("sql", "Sum the refunds for last quarter.",
  "refunds(id, order_id, amount_usd, refunded_at timestamptz)\n-- fiscal quarters follow the calendar year (finance.md)\n-- today is 2024-07-15, so last quarter = 2024-04-01..2024-06-30",
  "refunds(id, order_id, amount_usd, refunded_at)\n-- fiscal year starts Feb 1 (finance.md)",
  "ambiguous", "calendar_vs_fiscal", "-- fiscal year starts Feb 1 (finance.md)", "Calendar last quarter or fiscal last quarter (year starting Feb 1)?")
C("general", "Send the guest list to the caterer.",
  "Drive: 'Guest list - final.xlsx' (52 names, marked final by you on Jun 30)\nContacts: caterer - Rosa at Bluebird Catering, rosa@bluebird.co",
  "Drive: 'Guest list.xlsx', 'Guest list v2.xlsx'\nContacts: caterer - Rosa",
  "ambiguous", "two_versions", "'Guest list v2.xlsx'", "Which file is the current list, 'Guest list' or 'Guest list v2'?")
C("writing", "Write the speaker intro using her bio.",
  "Bio (from her site): Dr. Ines Moreau leads the climate lab at ETH Zurich, where she studies alpine glaciers; author of 'Thin Ice' (2022).",
  "Bio: (not provided; organiser will send it)",
  "missing", "missing_bio", "(not provided; organiser will send it)", "The bio hasn't arrived yet; can you send it or tell me what to include?")
C("data", "Re-run the dashboard query with the corrected filter.",
  "Slack (Tue): the corrected filter is `region != 'TEST' AND amount > 0`, applied to both tiles on the revenue dashboard.",
  "Slack (Tue): the filter on the dashboard is wrong, will fix later",
  "missing", "filter_unknown", "will fix later", "What is the corrected filter?")
C("coding", "Delete the branch after the PR merges.",
  "PR #507 feat/search-v2 -> main: merged 10 min ago by Ana; 'delete branch' option available; no other PRs use this branch.",
  "PR #507 feat/search-v2 -> main: merged\nPR #512 feat/search-v2-ui -> feat/search-v2: open",
  "contradictory", "dependent_pr", "PR #512 feat/search-v2-ui -> feat/search-v2: open", "PR #512 still targets feat/search-v2; delete the branch anyway, or retarget #512 first?")
C("ops", "Raise the rate limit for the customer who emailed support.",
  "Ticket #8812 from ops@lumen.io (account Lumen, id 4471): 'please raise our API limit to 200 rps'; plan allows up to 500 rps.",
  "Ticket #8812 from ops@lumen.io: 'we keep hitting the API limit'",
  "missing", "no_target_value", "'we keep hitting the API limit'", "What should Lumen's new rate limit be?")
C("general", "Pick up the prescription at the pharmacy I used before.",
  "Pharmacy history: CVS on 5th Ave (every refill since 2022); prescription #RX-2231 ready there since 9am.",
  "Pharmacy history: CVS 5th Ave, Walgreens Main St\nRX-2231: ready",
  "ambiguous", "two_pharmacies", "CVS 5th Ave, Walgreens Main St", "Which pharmacy, CVS on 5th Ave or Walgreens on Main St?")
C("writing", "Match the tone of the last newsletter.",
  "Newsletter #41 (last sent): friendly, short paragraphs, one emoji per section, signed 'the Fern team'.",
  "Newsletter #41: friendly\nNewsletter #42 (draft, never sent): formal",
  "ambiguous", "which_last", "Newsletter #42 (draft, never sent): formal", "Is the last newsletter #41 (sent, friendly) or the unsent #42 draft (formal)?")
C("sql", "Mark the invoices paid that appear in the bank file.",
  "bank_2024-07-12.csv: 18 rows, each with invoice_no matching invoices.number exactly; amounts match.",
  "bank_2024-07-12.csv: 18 rows; 3 amounts differ from the invoice totals",
  "contradictory", "amount_mismatch", "3 amounts differ from the invoice totals", "Three payments don't match their invoice totals; should those be marked paid too?")
C("coding", "Make the function thread-safe the way we did in the cache module.",
  "src/cache.py: uses threading.Lock() around get/set (self._lock)\nsrc/counter.py: def incr(self): self.n += 1",
  "src/cache.py: uses asyncio.Lock\nsrc/counter.py (sync, threads): def incr(self): self.n += 1",
  "contradictory", "pattern_mismatch", "src/cache.py: uses asyncio.Lock", "The cache uses asyncio.Lock, which won't protect threads; use threading.Lock instead?")
P("coding", "Add pagination to /users with page and page_size query params, default 50.",
  "Add pagination to /users with page and page_size query params, default whatever the other endpoints use.",
  M, "unknown_default", "default whatever the other endpoints use", "What default page size do the other endpoints use?")
P("coding", "Write a test that asserts parse_price('$1,299.99') returns Decimal('1299.99').",
  "Write a test that asserts parse_price('$1,299.99') returns the right thing.",
  M, "unknown_expected", "returns the right thing", "What should parse_price return for that input?")
P("sql", "Return the top 5 products by units sold in June 2024.",
  "Return the top 5 products by units sold and by revenue in one ranking.",
  A, "ranking_key", "by units sold and by revenue in one ranking", "Rank by units sold or by revenue?")
P("ops", "Scale the web deployment in prod to 6 replicas.",
  "Scale the web deployment in prod up to 6 replicas, down from 8.",
  X, "direction_conflict", "up to 6 replicas, down from 8", "Going from 8 to 6 is scaling down; is 6 the target?")
P("general", "Book a 30-minute call with Dr. Patel next Tuesday morning.",
  "Book a 30-minute call with the doctor next Tuesday morning.",
  A, "which_doctor", "the doctor", "Which doctor?")
P("general", "Archive all emails from newsletter@shop.com older than 30 days.",
  "Archive all emails from newsletter@shop.com older than 30 days but keep them in the inbox.",
  X, "self_contradiction", "but keep them in the inbox", "Archive them or keep them in the inbox?")
P("writing", "Write a two-sentence product blurb for a steel water bottle that keeps drinks cold 24 hours.",
  "Write a two-sentence product blurb for the new thing we're launching.",
  M, "unknown_product", "the new thing we're launching", "What product are we launching?")
P("data", "Deduplicate events on (user_id, event_id), keeping the earliest ts.",
  "Deduplicate events on the key, keeping the earliest ts.",
  M, "unknown_key", "the key", "Which columns form the dedupe key?")
P("ops", "Give the ci-bot service account read access to the artifacts bucket only.",
  "Give the ci-bot service account read access to the artifacts bucket and full admin everywhere.",
  X, "scope_conflict", "read access to the artifacts bucket and full admin everywhere", "Read-only on the bucket, or admin everywhere?")
P("general", "Translate my out-of-office into German: 'Back on July 22.'",
  "Translate my out-of-office into German and keep it in English.",
  X, "self_contradiction", "into German and keep it in English", "German or English?")
P("writing", "Cut this essay to 500 words, keeping the conclusion.",
  "Cut this essay to the length they want, keeping the conclusion.",
  M, "unknown_length", "the length they want", "What length do they want?")
P("coding", "Set the HTTP client timeout to 5 seconds in api_client.py.",
  "Set the HTTP client timeout to 5 seconds or 30, in api_client.py.",
  A, "two_values", "5 seconds or 30", "5 seconds or 30?")
C("general", "Pay back Chris for the concert tickets.",
  "Venmo request from Chris Wong: $96.00 for 2 concert tickets (Jun 28), note 'Phoebe Bridgers, row K'.",
  "Chat with Chris: 'you owe me for the tickets' (no amount)",
  "missing", "unknown_amount", "(no amount)", "How much do you owe Chris for the tickets?")
C("ops", "Restore the database from last night's backup.",
  "$ ls /backups/orders/\norders-2024-07-14T02-00.dump (nightly, verified OK by restore test at 03:10)",
  "$ ls /backups/orders/\norders-2024-07-14T02-00.dump (verify: FAILED checksum)",
  "contradictory", "bad_backup", "(verify: FAILED checksum)", "Last night's backup failed its checksum; restore it anyway or use an older one?")
C("sql", "Update the email for customer 311 to the one they gave support.",
  "Support ticket #7710 (customer 311, identity verified): 'please change my email to mo.haddad@proton.me'",
  "Support ticket #7710 (customer 311): 'please change my email'",
  "missing", "no_new_value", "'please change my email'", "What new email address did the customer give?")
C("writing", "Put the quote from the CEO in the press release.",
  "Approved quote (legal, Jul 2): \"We built Loop so small teams never lose a customer message again,\" said CEO Mara Ito.",
  "Quote drafts: A (approved by CEO), B (approved by legal)",
  "contradictory", "approval_split", "A (approved by CEO), B (approved by legal)", "The CEO approved quote A and legal approved B; which one can go in?")
C("coding", "Revert the dependency bump that broke the build.",
  "$ git log --oneline -4\n3e9 chore: bump axios 1.6.8 -> 1.7.2 (CI red since this commit)\n2d1 docs: fix link\n1c0 feat: add search",
  "$ git log --oneline -3\n3e9 chore: bump axios and zod\n2d1 chore: bump vite\n(CI red since 2d1)",
  "ambiguous", "two_bumps", "(CI red since 2d1)", "Both 2d1 (vite) and 3e9 (axios, zod) bumped dependencies after CI went red; which should I revert?")
C("data", "Label the new batch with the same categories as before.",
  "labels.md: categories = billing, shipping, product, account, other (v3, used for all batches since March)",
  "labels.md (v3): billing, shipping, product\nlabels.md (v4, draft): billing, delivery, product, account",
  "ambiguous", "two_schemes", "labels.md (v4, draft): billing, delivery, product, account", "Should I use the v3 categories or the v4 draft?")
P("sql", "Count distinct customers who ordered in both 2023 and 2024.",
  "Count distinct customers who ordered in 2023 only and also in 2024.",
  X, "only_and_also", "in 2023 only and also in 2024", "Customers who ordered only in 2023, or in both years?")
P("ops", "Pause the nightly-etl CronJob in the batch namespace.",
  "Pause the nightly job in the cluster.",
  A, "which_job", "the nightly job", "Which nightly job and namespace?")
P("general", "Cancel my 8:15 am train ticket to Leeds on Friday.",
  "Cancel my train ticket on Friday.",
  A, "which_ticket", "my train ticket", "Which train ticket on Friday?")
P("writing", "Write alt text for the chart showing sales rising from 2 to 5 million between 2021 and 2023.",
  "Write alt text for the chart.",
  M, "unknown_content", "the chart", "What does the chart show?")
P("coding", "Make the CLI exit with code 2 on invalid arguments.",
  "Make the CLI exit with code 0 on invalid arguments, to signal failure.",
  X, "wrong_mechanism", "code 0 on invalid arguments, to signal failure", "Exit code 0 means success; which non-zero code should signal failure?")
P("data", "Filter the survey to respondents aged 18 to 34.",
  "Filter the survey to the younger respondents.",
  M, "undefined_threshold", "the younger respondents", "What age range counts as younger?")


def main() -> None:
    keys = ("id", "group", "domain", "text", "context", "label", "type",
            "subtype", "span", "span_in", "question", "options")
    for i, it in enumerate(ITEMS):
        it["id"] = f"hwx-{i:06d}"
    with OUT.open("w", encoding="utf-8") as f:
        for it in ITEMS:
            f.write(json.dumps({k: it[k] for k in keys}, ensure_ascii=False)
                    + "\n")
    labels = [it["label"] for it in ITEMS]
    pos = [it for it in ITEMS if it["label"]]
    gsize = collections.Counter(it["group"] for it in ITEMS)
    paired = sum(1 for it in ITEMS if gsize[it["group"]] > 1)
    print(f"wrote {len(ITEMS)} items to {OUT}")
    print(f"label 1: {len(pos)}, label 0: {len(ITEMS) - len(pos)}; "
          f"in contrastive groups: {paired} ({paired / len(ITEMS):.1%})")
    print("with context:", sum(1 for it in ITEMS if it["context"]),
          "no context:", sum(1 for it in ITEMS if not it["context"]))
    print("by domain:", dict(collections.Counter(
        (it["domain"], it["label"]) for it in ITEMS)))
    types = collections.Counter(it["type"] for it in pos)
    print("label-1 by type:", {t: f"{c} ({c / len(pos):.1%})"
                               for t, c in types.most_common()})
    print("label-1 span_in:", dict(collections.Counter(
        it["span_in"] for it in pos)))
    print(f"length-only AUROC (text): "
          f"{_auroc([len(it['text']) for it in ITEMS], labels):.3f}")
    print(f"length-only AUROC (text+context): "
          f"{_auroc([len(it['text']) + len(it['context'] or '') for it in ITEMS], labels):.3f}")


if __name__ == "__main__":
    main()
