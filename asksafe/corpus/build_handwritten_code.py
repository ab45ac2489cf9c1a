#!/usr/bin/env python3
"""Hand-written coding-domain requests for the asksafe probe.

Every request below is written out literally (no slot-filling).  Helpers:

  P(good, bad, type, subtype, span, question, options, ctx=, bctx=)
      contrastive pair sharing a group: `good` is complete (label 0), `bad`
      is the degraded version (label 1).  `bad=None` reuses `good` (the
      blocker is then only in `bctx`, the degraded context).
  A(text, type, subtype, span, question, options, ctx=)   stand-alone label 1
  Z(text, ctx=)                                            stand-alone label 0

`span` is a literal substring; it is located in the text first, then in the
context (pass in_ctx=True to force the context).  Deterministic, stdlib only.

Usage: python asksafe/corpus/build_handwritten_code.py
writes asksafe/corpus/handwritten_code.jsonl next to this file.
"""

from __future__ import annotations

import collections
import json
import os

ITEMS = []
_G = [0]


def _grp():
    _G[0] += 1
    return "hwc-g%04d" % _G[0]


def _span(sub, text, ctx, in_ctx):
    if not in_ctx:
        i = text.find(sub)
        if i >= 0:
            return [i, i + len(sub)], "text"
    if ctx:
        i = ctx.find(sub)
        if i >= 0:
            return [i, i + len(sub)], "context"
    raise ValueError("span not found: %r in %r" % (sub, text[:80]))


def _row(g, text, label, typ=None, sub="complete", span=None, q=None,
         opts=(), ctx=None, in_ctx=False):
    r = {"group": g, "domain": "coding", "text": text, "context": ctx,
         "label": label, "type": typ, "subtype": sub, "span": None,
         "span_in": None, "question": q, "options": list(opts)}
    if label:
        assert typ in ("missing", "ambiguous", "contradictory"), typ
        assert q and q.endswith("?"), q
        r["span"], r["span_in"] = _span(span, text, ctx, in_ctx)
    ITEMS.append(r)


def P(good, bad, typ, sub, span, q, opts=(), ctx=None, bctx=None,
      in_ctx=False):
    g = _grp()
    _row(g, good, 0, ctx=ctx)
    _row(g, good if bad is None else bad, 1, typ, sub, span, q, opts,
         ctx if bctx is None else bctx, in_ctx)


def A(text, typ, sub, span, q, opts=(), ctx=None, in_ctx=False):
    _row(_grp(), text, 1, typ, sub, span, q, opts, ctx, in_ctx)


def Z(text, ctx=None):
    _row(_grp(), text, 0, ctx=ctx)


# ---------------------------------------------------------------------------
# Batch 1: functions, regexes, CLIs, small bug reports
# ---------------------------------------------------------------------------

P("Write `top_scorers(rows, n)` in Python: rows are dicts with 'name' and "
  "'score'; return the n names with the highest score, highest first. If two "
  "people have the same score, put them in alphabetical order by name.",
  "Write `top_scorers(rows, n)` in Python: rows are dicts with 'name' and "
  "'score'; return the n names with the highest score, highest first. Should "
  "be a couple of lines, the list is never longer than a few hundred rows.",
  "missing", "tie_breaking", "return the n names with the highest score",
  "When two rows have the same score, should they be ordered alphabetically "
  "by name or keep their original input order?",
  ["alphabetical by name", "input order"])

P("Implement `parse_duration(s)` in timeutil.py so the existing tests pass. It "
  "turns strings like '1h30m' or '45s' into a number of seconds.",
  None, "contradictory", "spec_vs_test", "assert parse_duration('1h30m') == 90",
  "The request says the result is seconds but test_hours_minutes expects 90 "
  "for '1h30m' (minutes); should parse_duration return seconds or minutes?",
  ["seconds", "minutes"],
  ctx="# tests/test_timeutil.py\nimport pytest\nfrom timeutil import "
      "parse_duration\n\ndef test_hours_minutes():\n    assert "
      "parse_duration('1h30m') == 5400\n\ndef test_seconds():\n    assert "
      "parse_duration('45s') == 45\n\ndef test_bad():\n    with "
      "pytest.raises(ValueError):\n        parse_duration('abc')\n",
  bctx="# tests/test_timeutil.py\nimport pytest\nfrom timeutil import "
       "parse_duration\n\ndef test_hours_minutes():\n    assert "
       "parse_duration('1h30m') == 90\n\ndef test_seconds():\n    assert "
       "parse_duration('45s') == 45\n\ndef test_bad():\n    with "
       "pytest.raises(ValueError):\n        parse_duration('abc')\n")

P("Need a regex for US ZIP codes: exactly five digits, optionally followed by "
  "a hyphen and four more digits (12345 or 12345-6789). It goes into "
  "re.fullmatch so don't bother with anchors.",
  "Need a regex for US ZIP codes, something that accepts stuff like 12345 and "
  "rejects obvious junk. It goes into re.fullmatch so don't bother with "
  "anchors.",
  "ambiguous", "scope", "US ZIP codes",
  "Should the ZIP+4 form (12345-6789) also match, or only plain five-digit "
  "codes?", ["five digits only", "five digits or ZIP+4"])

P("add a `--since` flag to the `export` command. it takes a date as "
  "YYYY-MM-DD and only exports records created on or after that date "
  "(midnight UTC). no flag = export everything, like today",
  "add a `--since` flag to the `export` command. it takes a date as "
  "YYYY-MM-DD and only exports records created after that date (UTC). no "
  "flag = export everything, like today",
  "ambiguous", "boundary", "created after that date",
  "Should records created during the --since date itself be exported, or "
  "only those from the following day onward?",
  ["include that day", "start the day after"])

Z("This crashes when the cart is empty, see traceback. Fix `cart_total`.",
  ctx="Traceback (most recent call last):\n  File \"shop/views.py\", line 88, "
      "in checkout\n    total = cart_total(cart.items)\n  File "
      "\"shop/pricing.py\", line 14, in cart_total\n    avg = "
      "sum(i.price * i.qty for i in items) / len(items)\n"
      "ZeroDivisionError: division by zero\n\n# shop/pricing.py\n"
      "def cart_total(items):\n    avg = sum(i.price * i.qty for i in items) "
      "/ len(items)\n    return round(avg * len(items), 2)\n")

P("Write a function that converts a file size in bytes to a human-readable "
  "string using 1024-based units (B, KiB, MiB, GiB, TiB) with one decimal "
  "place, e.g. 1536 -> '1.5 KiB', 512 -> '512.0 B'.",
  "Write a function that converts a file size in bytes to a human-readable "
  "string with one decimal place, like the sizes you see in a file manager, "
  "e.g. 512 -> '512.0 B'.",
  "ambiguous", "unit", "like the sizes you see in a file manager",
  "Should sizes use 1024-based units (KiB, MiB) or 1000-based units (kB, "
  "MB)?", ["1024-based (KiB)", "1000-based (kB)"])

P("In `billing/invoice.py`, `line_total()` should round to 2 decimals using "
  "ROUND_HALF_UP (so 2.675 -> 2.68), not Python's round(). Use Decimal all the "
  "way through.",
  "In `billing/invoice.py`, `line_total()` rounds wrong, finance says some "
  "totals are off by a cent. Make it round properly. Use Decimal all the way "
  "through.",
  "missing", "rounding", "Make it round properly",
  "Which rounding rule should line_total use: ROUND_HALF_UP or banker's "
  "rounding (ROUND_HALF_EVEN)?", ["ROUND_HALF_UP", "ROUND_HALF_EVEN"])

P("Can you refactor `load_config()` in settings.py? Right now it's one 120-line "
  "function. Split it into smaller private helpers, keep the public signature "
  "and behaviour identical, and don't touch the other modules.",
  "Can you refactor `load_config()`? Right now it's one 120-line function. "
  "Split it into smaller private helpers, keep the public signature and "
  "behaviour identical, and don't touch the other modules.",
  "ambiguous", "referent", "load_config()",
  "There are two load_config functions (settings.py and cli/config.py); "
  "which one should be refactored?", ["settings.py", "cli/config.py"],
  ctx="$ grep -rn 'def load_config' .\n./settings.py:22:def "
      "load_config(path=None):\n",
  bctx="$ grep -rn 'def load_config' .\n./settings.py:22:def "
       "load_config(path=None):\n./cli/config.py:9:def load_config(args):\n")

P("Write pytest tests for `slugify(title)`. It lowercases, replaces runs of "
  "non-alphanumeric characters with a single '-', and strips leading/trailing "
  "'-'. Cover empty string, unicode (we drop accents: 'Café' -> 'cafe'), and "
  "repeated separators.",
  "Write pytest tests for `slugify(title)`. It lowercases, replaces runs of "
  "non-alphanumeric characters with a single '-', and strips leading/trailing "
  "'-'. Cover empty string, unicode like 'Café', and repeated separators.",
  "missing", "encoding", "unicode like 'Café'",
  "What should slugify('Café') return: 'cafe' (accents stripped), 'café' "
  "(kept), or 'caf' (non-ASCII dropped)?", ["cafe", "café", "caf"])

A("pls make the retry logic in fetcher.py less aggressive, its hammering the "
  "partner API",
  "missing", "vague_term", "less aggressive",
  "What retry policy do you want instead: how many attempts and what "
  "backoff delay between them?",
  ctx="# fetcher.py\nRETRIES = 10\n\ndef fetch(url):\n    for attempt in "
      "range(RETRIES):\n        try:\n            return session.get(url, "
      "timeout=5)\n        except requests.RequestException:\n"
      "            time.sleep(0.1)\n    raise FetchError(url)\n")

Z("pls make the retry logic in fetcher.py back off exponentially: start at "
  "0.5s, double each time, cap at 30s, keep the 10 attempts. its hammering "
  "the partner API",
  ctx="# fetcher.py\nRETRIES = 10\n\ndef fetch(url):\n    for attempt in "
      "range(RETRIES):\n        try:\n            return session.get(url, "
      "timeout=5)\n        except requests.RequestException:\n"
      "            time.sleep(0.1)\n    raise FetchError(url)\n")

P("Add an endpoint GET /users/<id>/orders that returns the user's orders as "
  "JSON, newest first, 20 per page with a `page` query param (1-based). "
  "Return 404 if the user doesn't exist.",
  "Add an endpoint GET /users/<id>/orders that returns the user's orders as "
  "JSON, newest first, paginated with a `page` query param (1-based). Return "
  "404 if the user doesn't exist.",
  "missing", "page_size", "paginated",
  "How many orders should one page contain?", ["10", "20", "50"])

P("Write a bash script that deletes files in /var/app/tmp older than 7 days "
  "(by mtime), non-recursively, and prints how many it removed.",
  "Write a bash script that cleans up old files in /var/app/tmp and prints "
  "how many it removed.",
  "missing", "threshold", "old files",
  "How old must a file be (in days, by mtime) before the script deletes it?")

Z("Small one: in README.md the install command says `pip install asksafe[all]` "
  "but the extra is called `full` in pyproject. Fix the README so it matches "
  "pyproject.",
  ctx="[project.optional-dependencies]\nfull = [\"numpy\", \"scikit-learn\"]\n"
      "dev = [\"pytest\", \"ruff\"]\n")

P("Write `chunk(lst, size)` that splits a list into consecutive chunks of "
  "`size`; the last chunk may be shorter. size <= 0 should raise ValueError.",
  "Write `chunk(lst, size)` that splits a list into consecutive chunks of "
  "`size`. size <= 0 should raise ValueError.",
  "missing", "boundary", "consecutive chunks of `size`",
  "When len(lst) isn't a multiple of size, should the last short chunk be "
  "kept, dropped, or padded?", ["keep shorter last chunk", "drop it", "pad"])

Z("Write `chunk(lst, size)` that yields consecutive chunks of `size` items "
  "from a list, whatever is left over goes in a final shorter chunk. Raise "
  "ValueError for size < 1. Add a docstring with an example or two, etc.")

P("The nightly ETL loads `orders.csv` into Postgres. The file is UTF-8 with a "
  "header row, comma-separated, and amounts use a dot as decimal separator. "
  "Write the loader in Python with psycopg COPY into table `staging.orders`.",
  "The nightly ETL loads `orders.csv` into Postgres. The file has a header "
  "row and comes straight from the German shop's export tool. Write the "
  "loader in Python with psycopg COPY into table `staging.orders`.",
  "missing", "encoding", "comes straight from the German shop's export tool",
  "What delimiter, encoding and decimal separator does the German export "
  "use (e.g. semicolon, cp1252, decimal comma)?")

A("The test for `merge_intervals` is failing after my change, can you fix the "
  "function?",
  "contradictory", "spec_vs_test", "assert merge_intervals([(1, 2), (2, 3)]) == [(1, 2), (2, 3)]",
  "The docstring says touching intervals are merged but the test expects "
  "(1, 2) and (2, 3) to stay separate; which behaviour is correct?",
  ["merge touching intervals", "keep touching intervals separate"],
  ctx="def merge_intervals(intervals):\n    \"\"\"Merge overlapping or "
      "touching intervals, e.g. (1,2),(2,3) -> (1,3).\"\"\"\n    ...\n\n"
      "FAILED tests/test_iv.py::test_touching\n    assert "
      "merge_intervals([(1, 2), (2, 3)]) == [(1, 2), (2, 3)]\nE   assert "
      "[(1, 3)] == [(1, 2), (2, 3)]\n")

Z("The test for `merge_intervals` is failing after my change, can you fix the "
  "function?",
  ctx="def merge_intervals(intervals):\n    \"\"\"Merge overlapping or "
      "touching intervals, e.g. (1,2),(2,3) -> (1,3).\"\"\"\n    out = []\n"
      "    for s, e in sorted(intervals):\n        if out and s < out[-1][1]:\n"
      "            out[-1] = (out[-1][0], max(out[-1][1], e))\n        else:\n"
      "            out.append((s, e))\n    return out\n\nFAILED "
      "tests/test_iv.py::test_touching\n    assert merge_intervals([(1, 2), "
      "(2, 3)]) == [(1, 3)]\nE   assert [(1, 2), (2, 3)] == [(1, 3)]\n")

P("Train a logistic regression on `data/churn.parquet` to predict the "
  "`churned` column, 80/20 stratified split with random_state=0, report ROC "
  "AUC on the held-out part. Drop `customer_id` before training.",
  "Train a logistic regression on `data/churn.parquet` to predict churn, "
  "80/20 stratified split with random_state=0, report ROC AUC on the "
  "held-out part. Drop `customer_id` before training.",
  "ambiguous", "target_column", "to predict churn",
  "Which column is the target: `churned` or `churned_90d`?",
  ["churned", "churned_90d"],
  ctx="df.columns: ['customer_id', 'tenure_months', 'plan', 'monthly_fee', "
      "'support_tickets', 'churned']",
  bctx="df.columns: ['customer_id', 'tenure_months', 'plan', 'monthly_fee', "
       "'support_tickets', 'churned', 'churned_90d']")

Z("quick q, can you make `is_palindrome` ignore case and anything that isn't a "
  "letter or digit? so 'A man, a plan...' style sentences count")

A("make `is_palindrome` smarter about sentences", "ambiguous", "vague_term",
  "smarter about sentences",
  "Should is_palindrome ignore case, punctuation, whitespace, or all three "
  "when checking sentences?")

P("Rename the `usr` parameter to `user` in every public function of "
  "`accounts/api.py`. Keep `usr` working as a deprecated keyword alias that "
  "emits DeprecationWarning, for one release.",
  "Rename the `usr` parameter to `user` in every public function of "
  "`accounts/api.py`. Callers in other repos pass it by keyword.",
  "missing", "compatibility", "Callers in other repos pass it by keyword",
  "Should `usr=` keep working as a deprecated alias for external callers, or "
  "is a hard break acceptable?", ["deprecated alias", "hard break"])

P("Config change: bump the gunicorn worker count in deploy/gunicorn.conf.py "
  "from 4 to 8. Nothing else.",
  "Config change: bump the worker count to 8. Nothing else.",
  "ambiguous", "referent", "the worker count",
  "Which worker count should be 8: gunicorn `workers` in "
  "deploy/gunicorn.conf.py or Celery `worker_concurrency` in celeryconfig.py?",
  ["gunicorn workers", "celery worker_concurrency"],
  ctx="$ grep -rn 'worker' deploy/ celeryconfig.py\n"
      "deploy/gunicorn.conf.py:3:workers = 4\n",
  bctx="$ grep -rn 'worker' deploy/ celeryconfig.py\n"
       "deploy/gunicorn.conf.py:3:workers = 4\n"
       "celeryconfig.py:11:worker_concurrency = 4\n")

P("Write `normalize_phone(s)` for Dutch numbers: strip spaces, dashes and "
  "parentheses, turn a leading '0' into '+31', leave numbers that already "
  "start with '+' alone, return the E.164 string. Anything with letters -> "
  "raise ValueError.",
  "Write `normalize_phone(s)` for Dutch numbers: strip spaces, dashes and "
  "parentheses, turn a leading '0' into '+31', leave numbers that already "
  "start with '+' alone, return the E.164 string. Bad input should be "
  "handled gracefully.",
  "ambiguous", "error_handling", "Bad input should be handled gracefully",
  "For invalid input, should normalize_phone raise ValueError, return None, "
  "or return the input unchanged?", ["raise ValueError", "return None",
                                     "return input unchanged"])

Z("Add type hints to everything in `utils/strings.py`. It's py3.11 so use the "
  "builtin generics (list[str]) and `X | None`, not typing.Optional. Some of "
  "the functions are untyped, some half typed; make them all fully typed.")

A("Add type hints to everything in `utils/strings.py`; our CI runs it on "
  "3.8 too.", "contradictory", "version", "requires-python = \">=3.10\"",
  "pyproject says requires-python >=3.10 but you mention CI on 3.8; should "
  "the hints stay 3.8-compatible (typing.Optional/List) or use 3.10 syntax?",
  ["3.8-compatible typing", "3.10+ syntax"],
  ctx="[project]\nname = \"utils\"\nrequires-python = \">=3.10\"\n")

P("Our `/health` endpoint should return 200 with body {\"status\": \"ok\"} "
  "when the DB ping succeeds within 2 seconds, and 503 with {\"status\": "
  "\"degraded\"} otherwise. Write it for FastAPI.",
  "Our `/health` endpoint should return 200 with body {\"status\": \"ok\"} "
  "when the DB is reachable, and 503 with {\"status\": \"degraded\"} "
  "otherwise. Write it for FastAPI.",
  "missing", "threshold", "when the DB is reachable",
  "How long should the health check wait for the DB ping before reporting "
  "503?")

Z("hey, the `format_price` helper prints '$1234.5' but it should be "
  "'$1,234.50' — two decimals and thousands separators. only USD for now, "
  "don't worry about other currencies.")

A("hey, the `format_price` helper prints prices wrong for the EU shops, can "
  "you fix the format",
  "missing", "output_format", "prints prices wrong for the EU shops",
  "What exact format should EU prices use, e.g. '1.234,50 €' or '€1,234.50'?",
  ["1.234,50 €", "€1,234.50"])

P("Write a SQL-free Python script that reads `events.jsonl`, counts events "
  "per `type` field, and prints the counts as `type<TAB>count` lines sorted "
  "by count descending, then type ascending.",
  "Write a SQL-free Python script that reads `events.jsonl`, counts events "
  "per `type` field, and prints the counts sorted by count descending, then "
  "type ascending.",
  "missing", "output_format", "prints the counts",
  "What output format should each line use, e.g. 'type<TAB>count', CSV, or "
  "JSON?", ["type<TAB>count", "CSV", "JSON"])

Z("Replace the `print` calls in `sync/worker.py` with the module logger "
  "(`log = logging.getLogger(__name__)`). Use info for the progress messages "
  "and warning for the 'skipping' ones. There's maybe a dozen of them.")

A("Replace the `print` calls in `sync/worker.py` with proper logging.",
  "contradictory", "spec_vs_code", "# NOTE: stdout is parsed by the "
  "orchestrator, do not change these lines",
  "worker.py says its stdout lines are parsed by the orchestrator; should "
  "those specific prints stay as prints, or is the orchestrator being "
  "changed too?", ["keep those prints", "change orchestrator as well"],
  ctx="# sync/worker.py\n...\n    # NOTE: stdout is parsed by the "
      "orchestrator, do not change these lines\n    print(f'PROGRESS "
      "%d/%d' % (i, n))\n    print('DONE')\n")

P("Write a function `business_days_between(a, b)` that counts weekdays "
  "(Mon-Fri) from date a up to but not including date b. Ignore holidays. "
  "If b < a return the negative count.",
  "Write a function `business_days_between(a, b)` that counts business days "
  "from date a up to but not including date b. If b < a return the negative "
  "count.",
  "missing", "scope", "counts business days",
  "Should public holidays be excluded as well as weekends, and if so, which "
  "country's holiday calendar?", ["weekends only", "weekends + holidays"])

Z("`test_login_redirect` is flaky on CI. Looking at the log it's the "
  "`time.sleep(0.5)` waiting for the session cookie. Replace it with an "
  "explicit wait on the cookie (poll every 50ms, give up after 5s).")

P("Please write a CLI `csvcut.py FILE -c COLS` that prints only the given "
  "columns, where COLS is a comma-separated list of header names; output "
  "keeps the order given in -c and uses the same delimiter as the input.",
  "Please write a CLI `csvcut.py FILE -c COLS` that prints only the given "
  "columns; output keeps the order given in -c and uses the same delimiter "
  "as the input.",
  "ambiguous", "input_format", "-c COLS",
  "Are the -c values header names, 0-based indices, or 1-based indices?",
  ["header names", "0-based indices", "1-based indices"])

A("The `/search` endpoint is slow. Make it faster.", "missing", "vague_term",
  "Make it faster",
  "What latency target should /search meet, and for what query/data size?")

Z("The `/search` endpoint does `for row in Product.objects.all()` and "
  "filters in Python, see below. Push the filter into the ORM query "
  "(icontains on name) so it's not loading the whole table.",
  ctx="def search(request):\n    q = request.GET['q'].lower()\n    hits = "
      "[p for p in Product.objects.all() if q in p.name.lower()]\n    return "
      "JsonResponse({'results': [p.id for p in hits]})\n")

P("In the pandas pipeline, fill missing `age` values with the median age of "
  "the same `country`; if a country has no ages at all, use the global "
  "median.",
  "In the pandas pipeline, fill missing `age` values with a sensible "
  "default.",
  "missing", "imputation", "a sensible default",
  "What should missing ages be filled with: the global median, a per-"
  "country median, or a fixed value?",
  ["global median", "per-country median", "fixed value"])

# ---------------------------------------------------------------------------
# Batch 2: contradictions, long tickets, short complete asks
# ---------------------------------------------------------------------------

A("Write `sort_versions(tags)` that sorts release tags like 'v1.10.0', "
  "'v1.2.3' numerically, ascending. Example: ['v1.2.0', 'v1.10.0', 'v1.9.1'] "
  "-> ['v1.10.0', 'v1.9.1', 'v1.2.0']. Tags without the 'v' prefix can be "
  "assumed not to exist.",
  "contradictory", "conflicting_examples",
  "-> ['v1.10.0', 'v1.9.1', 'v1.2.0']",
  "The text says ascending but the example output is descending; which "
  "order should sort_versions return?", ["ascending", "descending"])

Z("Write `sort_versions(tags)` that sorts release tags like 'v1.10.0', "
  "'v1.2.3' by their numeric parts, newest first. Example: ['v1.2.0', "
  "'v1.10.0', 'v1.9.1'] -> ['v1.10.0', 'v1.9.1', 'v1.2.0']. Every tag has "
  "the 'v' prefix and exactly three numbers.")

A("TICKET PAY-2231 — Invoice PDF footer\n\nContext: legal asked for this "
  "after the audit in March, it's been sitting in the backlog for a while "
  "and Priya (who owned the PDF code) has moved to the mobile team, so ping "
  "me not her.\n\nRequest: the footer of every invoice PDF must show the "
  "company registration number and VAT ID, centered, 8pt. The footer must "
  "also stay exactly as it is today because the print vendor's template "
  "depends on it.\n\nAcceptance: generated PDFs pass the vendor check.",
  "contradictory", "self_contradiction",
  "The footer must also stay exactly as it is today",
  "Adding the registration number and VAT ID changes the footer, which the "
  "ticket also says must stay unchanged; should the new lines go in the "
  "footer anyway, or somewhere else on the page?",
  ["change the footer", "put them elsewhere"])

Z("TICKET PAY-2232 — Invoice PDF footer\n\nContext: legal asked for this "
  "after the audit in March, it's been sitting in the backlog for a while "
  "and Priya (who owned the PDF code) has moved to the mobile team, so ping "
  "me not her.\n\nRequest: add a second footer line to every invoice PDF "
  "with the company registration number and VAT ID (both are already in "
  "settings.COMPANY), centered, 8pt, same font as the first line. The first "
  "line stays as it is.\n\nAcceptance: snapshot test updated.")

P("Make `get_user(id)` return None when the user doesn't exist instead of "
  "raising. Update the two callers in views.py to handle None.",
  None, "contradictory", "spec_vs_test",
  "with pytest.raises(UserNotFound):",
  "test_get_user_missing expects UserNotFound to be raised for a missing "
  "user; should that test be changed to expect None?",
  ["update the test to expect None", "keep raising"],
  ctx="# tests/test_users.py\ndef test_get_user_missing(db):\n    assert "
      "get_user(999) is None\n\ndef test_get_user_ok(db, alice):\n    assert "
      "get_user(alice.id).email == 'alice@example.com'\n",
  bctx="# tests/test_users.py\ndef test_get_user_missing(db):\n    with "
       "pytest.raises(UserNotFound):\n        get_user(999)\n\n"
       "def test_get_user_ok(db, alice):\n    assert "
       "get_user(alice.id).email == 'alice@example.com'\n\n"
       "# CONTRIBUTING.md: never edit existing tests without approval\n")

Z("bump requests to 2.32 in requirements.txt")

A("bump requests to the latest version in requirements.txt, but keep "
  "everything working on the python version we deploy with",
  "contradictory", "version", "python_version = \"3.7\"",
  "The deploy runtime is Python 3.7 but current requests releases need "
  "3.8+; should I pin the newest requests that supports 3.7, or upgrade "
  "the runtime?", ["newest 3.7-compatible requests", "upgrade Python"],
  ctx="# runtime.txt / Pipfile\n[requires]\npython_version = \"3.7\"\n\n"
      "# requirements.txt\nrequests==2.25.1\nurllib3==1.26.5\n")

Z("fix typo in error message: 'recieved' -> 'received' in api/errors.py")

Z("Can you add a `__repr__` to the `Money` dataclass? Something like "
  "Money(amount=Decimal('12.50'), currency='EUR') is fine — honestly "
  "whatever the dataclass default would print if repr weren't turned off.")

A("I need a function that checks whether a password is strong enough for "
  "our signup form. Return True/False. This is going in the shared "
  "validators module so other teams will reuse it; please write tests too.",
  "missing", "vague_term", "strong enough",
  "What rules define a strong password: minimum length, and which character "
  "classes are required?")

Z("I need a function that checks whether a password meets our signup rules: "
  "at least 12 characters, at least one digit, at least one letter, and not "
  "in the `COMMON_PASSWORDS` set already defined in validators.py. Return "
  "True/False. Tests too please.")

P("Parse the nginx access log and give me the top 10 client IPs by request "
  "count over the whole file. Print `count ip` per line, highest first; "
  "ties by IP string ascending.",
  "Parse the nginx access log and give me the top 10 client IPs by request "
  "count for yesterday. Print `count ip` per line, highest first; ties by "
  "IP string ascending.",
  "missing", "timezone", "for yesterday",
  "Which timezone defines 'yesterday' here: the server's local time (log "
  "timestamps are +0200) or UTC?", ["server local (+0200)", "UTC"],
  ctx="access.log sample:\n10.0.0.5 - - [14/Mar/2024:23:59:58 +0200] \"GET "
      "/api/items HTTP/1.1\" 200 512\n10.0.0.9 - - [15/Mar/2024:00:00:03 "
      "+0200] \"GET / HTTP/1.1\" 200 1043\n")

A("The docs say `retry_after` is in seconds, the code treats it as "
  "milliseconds. Make them consistent.",
  "ambiguous", "unit", "Make them consistent",
  "Should `retry_after` be seconds (change the code) or milliseconds (change "
  "the docs)?", ["seconds: fix code", "milliseconds: fix docs"])

Z("The docs say `retry_after` is in seconds, the code treats it as "
  "milliseconds. The docs are right (that's what the public API promises); "
  "fix the code.")

P("Write `weighted_mean(values, weights)`. Both lists have the same length; "
  "if the weights sum to zero raise ZeroDivisionError; return a float.",
  "Write `weighted_mean(values, weights)`. Both lists have the same length; "
  "if the weights sum to zero return 0; return a float.",
  "contradictory", "spec_vs_test", "pytest.raises(ValueError)",
  "The request says return 0 when the weights sum to zero, but "
  "test_zero_weights expects ValueError; which should it do?",
  ["return 0", "raise ValueError"],
  ctx="def test_basic():\n    assert weighted_mean([1, 3], [1, 1]) == 2.0\n",
  bctx="def test_basic():\n    assert weighted_mean([1, 3], [1, 1]) == 2.0\n\n"
       "def test_zero_weights():\n    with pytest.raises(ValueError):\n"
       "        weighted_mean([1, 2], [0, 0])\n")

A("Write a Python function that returns the n-th Fibonacci number. fib(1) "
  "and fib(2) are both 1, and fib(0) should be 1 too so the sequence starts "
  "0, 1, 1, 2.",
  "contradictory", "conflicting_examples", "fib(0) should be 1 too",
  "Should fib(0) be 0 (sequence 0, 1, 1, 2) or 1?", ["0", "1"])

Z("Write a Python function that returns the n-th Fibonacci number with "
  "fib(0) = 0 and fib(1) = 1. Iterative, no recursion; negative n raises "
  "ValueError.")

Z("We're moving the cron jobs to systemd timers. Start with the one that "
  "runs `backup.sh`: make a .service and a .timer that run it daily at "
  "03:15 server time, Persistent=true, as user `backup`.",
  ctx="$ crontab -l -u backup\n15 3 * * * /opt/scripts/backup.sh\n")

A("We're moving the cron jobs to systemd timers. Start with the backup one: "
  "make a .service and a .timer with the same schedule.",
  "ambiguous", "referent", "the backup one",
  "There are two backup cron jobs (backup.sh daily and backup_db.sh every "
  "6 hours); which should be converted first?",
  ["backup.sh", "backup_db.sh"],
  ctx="$ crontab -l -u backup\n15 3 * * * /opt/scripts/backup.sh\n"
      "0 */6 * * * /opt/scripts/backup_db.sh\n")

P("Add a `--dry-run` flag to `prune_branches.py`: when set, print the "
  "branches that would be deleted (one per line) and delete nothing.",
  "Add a `--dry-run` flag to `prune_branches.py`: when set, print the "
  "branches that would be deleted (one per line) and delete them.",
  "contradictory", "self_contradiction", "and delete them",
  "A dry run normally deletes nothing; should --dry-run really delete the "
  "branches after printing them?", ["delete nothing", "print and delete"])

P("Write a regex to pull the ticket key out of branch names like "
  "`feature/ABC-123-add-login`: one or more uppercase letters, a hyphen, "
  "digits. Return the first match only.",
  "Write a regex to pull the ticket key out of branch names like "
  "`feature/ABC-123-add-login`. Return the first match only.",
  "missing", "pattern_rule", "the ticket key",
  "What is the exact format of a ticket key: uppercase project letters, "
  "hyphen, digits (e.g. ABC-123), or can projects contain digits too?")

Z("lint is failing on `ruff E501 line too long` in three places in "
  "report.py, just wrap those lines, don't reformat the rest of the file",
  ctx="report.py:44:89: E501 Line too long (97 > 88)\nreport.py:102:89: E501 "
      "Line too long (91 > 88)\nreport.py:131:89: E501 Line too long "
      "(104 > 88)\n")

A("lint is failing, fix it, dont reformat the whole file though",
  "ambiguous", "referent", "lint is failing",
  "Two files fail lint (report.py and export.py); should I fix both or only "
  "one of them?", ["both", "report.py only", "export.py only"],
  ctx="report.py:44:89: E501 Line too long (97 > 88)\nexport.py:12:1: F401 "
      "'os' imported but unused\nexport.py:90:5: E722 Do not use bare "
      "'except'\n")

P("Write a function `mask_card(number)` that keeps the last 4 digits and "
  "replaces every other digit with '*', preserving spaces. '4111 1111 1111 "
  "1234' -> '**** **** **** 1234'.",
  "Write a function `mask_card(number)` that keeps the last 4 digits and "
  "replaces every other digit with '*', preserving spaces. '4111 1111 1111 "
  "1234' -> '4111 **** **** 1234'.",
  "contradictory", "conflicting_examples", "-> '4111 **** **** 1234'",
  "The example keeps the first four digits too, which the rule doesn't; "
  "should the first four digits be masked?",
  ["mask them (keep last 4 only)", "keep first 4 and last 4"])

Z("Our k8s deployment for `api` should request 500m CPU / 512Mi memory and "
  "limit at 1 CPU / 1Gi. Update the manifest.",
  ctx="# k8s/api-deployment.yaml\n      containers:\n      - name: api\n"
      "        image: registry/api:1.42\n        resources:\n"
      "          requests:\n            cpu: 250m\n            memory: "
      "256Mi\n")

A("Our k8s deployment for `api` needs more memory, it's getting OOMKilled. "
  "Update the manifest.",
  "missing", "threshold", "needs more memory",
  "What memory request and limit should the api container get?",
  ctx="# k8s/api-deployment.yaml\n      containers:\n      - name: api\n"
      "        image: registry/api:1.42\n        resources:\n"
      "          requests:\n            cpu: 250m\n            memory: "
      "256Mi\n          limits:\n            memory: 256Mi\n")

P("Compute the 7-day rolling average of `daily_active_users` in the "
  "dataframe, trailing window (today and the 6 days before), min_periods=7 "
  "so the first six rows are NaN.",
  "Compute the 7-day rolling average of `daily_active_users` in the "
  "dataframe.",
  "ambiguous", "window_alignment", "7-day rolling average",
  "Should the window be trailing or centered, and should the first six days "
  "be NaN or averaged over fewer days?",
  ["trailing, NaN until 7 days", "trailing, min_periods=1", "centered"])

Z("Compute the 7-day rolling average of `daily_active_users` in the "
  "dataframe — plain trailing window, pandas defaults otherwise, I just "
  "want the line on the dashboard to be smoother.")

A("write me a script that renames all the photos in a folder by date taken",
  "missing", "output_format", "renames all the photos",
  "What filename pattern should the renamed photos use (e.g. "
  "YYYY-MM-DD_HHMMSS.jpg), and how should two photos with the same "
  "timestamp be distinguished?")

Z("write me a script that renames all the .jpg photos in a folder to "
  "YYYY-MM-DD_HHMMSS.jpg using the EXIF DateTimeOriginal; if two collide "
  "append _1, _2...; skip files without EXIF and print their names")

P("The `Order.total` property sums line items and then applies the "
  "discount percentage; tax (19%) is computed on the discounted amount. Add "
  "a unit test for an order with two lines and a 10% discount.",
  "The `Order.total` property sums line items, applies the discount "
  "percentage, and adds tax. Add a unit test for an order with two lines "
  "and a 10% discount.",
  "ambiguous", "order_of_operations", "applies the discount percentage, "
  "and adds tax",
  "Is tax computed on the discounted subtotal or on the original subtotal?",
  ["on discounted amount", "on original amount"])

A("Please add input validation to the signup serializer like we did for the "
  "profile one.",
  "missing", "referent", "like we did for the profile one",
  "ProfileSerializer has no custom validation that I can see; which rules "
  "should the signup serializer enforce?",
  ctx="class ProfileSerializer(serializers.ModelSerializer):\n    class "
      "Meta:\n        model = Profile\n        fields = ['bio', 'avatar', "
      "'website']\n\nclass SignupSerializer(serializers.Serializer):\n"
      "    email = serializers.CharField()\n    password = "
      "serializers.CharField()\n")

Z("Please add input validation to the signup serializer like we did for the "
  "profile one.",
  ctx="class ProfileSerializer(serializers.ModelSerializer):\n    class "
      "Meta:\n        model = Profile\n        fields = ['bio', 'website']\n"
      "\n    def validate_website(self, v):\n        if v and not "
      "v.startswith('https://'):\n            raise ValidationError('must "
      "be https')\n        return v\n\nclass SignupSerializer(serializers."
      "Serializer):\n    email = serializers.CharField()\n    website = "
      "serializers.CharField(required=False)\n")

Z("Write `flatten(d)` turning nested dicts into one level with dotted keys: "
  "{'a': {'b': 1}, 'c': 2} -> {'a.b': 1, 'c': 2}. Lists are leaf values, "
  "leave them as they are. Empty nested dicts just disappear.")

A("Write `flatten(d)` turning nested dicts into one level with dotted keys: "
  "{'a': {'b': 1}, 'c': 2} -> {'a.b': 1, 'c': 2}. Lists should be flattened "
  "as well.",
  "missing", "output_format", "Lists should be flattened as well",
  "How should list elements be keyed: by index like 'a.0', 'a.1', or "
  "something else like 'a[0]'?", ["a.0", "a[0]"])

P("Migrate `app/db.py` from SQLAlchemy 1.4 style `session.query(User)` to "
  "2.0 style `select(User)` + `session.scalars()`. Only that file; tests "
  "must still pass.",
  None, "contradictory", "version", "sqlalchemy==1.3.24",
  "The lockfile pins SQLAlchemy 1.3.24, which doesn't support the 2.0-style "
  "API; should I upgrade SQLAlchemy as part of this change?",
  ["upgrade SQLAlchemy", "keep 1.3 and skip the migration"],
  ctx="# requirements.lock\nsqlalchemy==2.0.29\npsycopg2-binary==2.9.9\n",
  bctx="# requirements.lock\nsqlalchemy==1.3.24\npsycopg2-binary==2.9.9\n")

Z("The function name in the ticket is `calcTax` but in the codebase it's "
  "`calc_tax` in tax.py — that's the one, ticket just used camelCase. Make "
  "it accept a `rate` keyword defaulting to the current 0.2.",
  ctx="# tax.py\ndef calc_tax(amount):\n    return amount * 0.2\n")

A("Make the date in the report header use the user's locale.",
  "contradictory", "spec_vs_doc",
  "Report headers always use ISO 8601 dates",
  "STYLEGUIDE.md requires ISO 8601 dates in report headers; should the "
  "header switch to the user's locale anyway (and the style guide be "
  "updated)?", ["use locale, update guide", "keep ISO 8601"],
  ctx="STYLEGUIDE.md (excerpt):\n- Report headers always use ISO 8601 dates "
      "(2024-03-14) so exports sort correctly.\n- Body tables may use "
      "locale formatting.\n")

Z("Make the dates in the report body tables use the user's locale (we "
  "already have `user.locale`; use babel.dates.format_date with "
  "format='medium'). Leave the header alone.",
  ctx="STYLEGUIDE.md (excerpt):\n- Report headers always use ISO 8601 dates "
      "(2024-03-14) so exports sort correctly.\n- Body tables may use "
      "locale formatting.\n")

P("Write a generator `read_batches(path, n)` that yields lists of n parsed "
  "JSON objects from a JSONL file; the final batch may be smaller. Blank "
  "lines are skipped. A malformed line raises ValueError with the line "
  "number.",
  "Write a generator `read_batches(path, n)` that yields lists of n parsed "
  "JSON objects from a JSONL file; the final batch may be smaller. Blank "
  "lines are skipped. Malformed lines: the usual thing.",
  "missing", "error_handling", "Malformed lines: the usual thing",
  "What should happen on a malformed line: raise, or skip and log it?",
  ["raise ValueError", "skip and log"])

Z("Remove the `legacy_export` feature flag: it's been 100% on for months. "
  "Delete the flag from flags.yaml and keep only the code path for when "
  "it's enabled.",
  ctx="# flags.yaml\nlegacy_export:\n  enabled: true\n  rollout: 100\n")

A("Remove the `legacy_export` feature flag, we don't need it anymore.",
  "ambiguous", "scope", "we don't need it anymore",
  "Should I keep the code path for when legacy_export is on (the flag is "
  "at 100%) or delete the legacy export feature itself?",
  ["keep enabled path", "delete the legacy feature"],
  ctx="# flags.yaml\nlegacy_export:\n  enabled: true\n  rollout: 100\n")

Z("Add a `Makefile` target `test` that runs `pytest -q` and a target `lint` "
  "that runs `ruff check .`. Make `all` depend on both.")

A("The model's accuracy dropped after retraining last week. Investigate and "
  "fix it.",
  "missing", "scope", "Investigate and fix it",
  "Which model and dataset are affected, and what accuracy did it have "
  "before versus now?")

Z("After retraining `fraud_v7`, the eval script reports accuracy 0.61 vs "
  "0.93 before. The only change in the diff below is the feature scaling "
  "step: the scaler is now fit on the test split. Fix it so the scaler is "
  "fit on train only and applied to both.",
  ctx="-    scaler.fit(X_train)\n+    scaler.fit(X_test)\n     X_train = "
      "scaler.transform(X_train)\n     X_test = scaler.transform(X_test)\n")

P("In `pricing.py`, discounts above 50% must be rejected with "
  "`InvalidDiscount`. Exactly 50% is allowed.",
  "In `pricing.py`, discounts of 50% or more must be rejected with "
  "`InvalidDiscount`. Exactly 50% is allowed.",
  "contradictory", "boundary", "50% or more must be rejected",
  "Should a discount of exactly 50% be rejected or allowed?",
  ["rejected", "allowed"])

Z("hey can u write a small func to check if a string is a valid hex color "
  "like #fff or #a1b2c3? case insensitive, the # is required")

A("hey can u write a small func to check if a string is a valid hex color? "
  "#fff, #a1b2c3 etc. also alpha ones",
  "ambiguous", "scope", "also alpha ones",
  "Which alpha forms should be accepted: #rgba (4 digits), #rrggbbaa "
  "(8 digits), or both?", ["#rgba", "#rrggbbaa", "both"])

# ---------------------------------------------------------------------------
# Batch 3: long detailed requests with one hole; terse complete requests
# ---------------------------------------------------------------------------

A("Hi! Following up on yesterday's standup. We need a helper "
  "`split_name(full)` for the CRM import. It gets a full name string from "
  "the old system and returns (first, last). Strip whitespace first, "
  "collapse internal runs of spaces, and title-case nothing — keep the case "
  "exactly as given. Single-word names return (word, ''). The old system "
  "has about 40k contacts and a lot of them are Dutch or Spanish, so expect "
  "names like 'Jan van der Berg' or 'María José García López'. Please add "
  "doctests.",
  "ambiguous", "boundary", "'Jan van der Berg' or 'María José García López'",
  "For multi-word names, where should the split happen: first word vs the "
  "rest, or everything before the last word vs the last word (or honour "
  "particles like 'van der')?",
  ["first word | rest", "all but last | last word", "particle-aware"])

Z("split_name(full) -> (first, last): split on the first space; no space "
  "means last is ''.")

A("Context: our warehouse team scans pallets and the handheld app posts a "
  "JSON body to /api/scans. Sometimes the scanner double-fires and we get "
  "two identical scans within a second, which messes up inventory counts. "
  "I'd like the endpoint to ignore duplicates. A duplicate is a scan with "
  "the same pallet_id and location as a previous one. Return 200 with "
  "{\"duplicate\": true} for those and don't write them to the DB. Normal "
  "scans keep returning 201. We run three API replicas behind the load "
  "balancer, and Redis is available if you need shared state.",
  "missing", "threshold", "the same pallet_id and location as a previous one",
  "Within what time window should a repeat scan count as a duplicate "
  "(e.g. 1 second, 1 minute), since a pallet can legitimately be scanned at "
  "the same location again later?")

Z("dedupe scans: same pallet_id+location within 2s of the previous scan -> "
  "return 200 {\"duplicate\": true} and skip the insert. use the redis "
  "client we already have (SET NX with 2s expiry), key "
  "scan:<pallet_id>:<location>")

A("Write a Python class `RateLimiter` for our internal job runner. "
  "Interface: `RateLimiter(max_calls, period)` and a method `acquire()` that "
  "blocks until a call is allowed, plus `try_acquire()` that returns a bool "
  "immediately. It must be thread-safe (the runner uses a "
  "ThreadPoolExecutor with 16 workers), use time.monotonic, and have no "
  "third-party deps. Include unit tests that don't sleep for real (inject "
  "a clock). Docstrings in Google style please.",
  "ambiguous", "algorithm", "RateLimiter(max_calls, period)",
  "Should the limit be a sliding window (at most max_calls in any period "
  "span) or a fixed window that resets every period, or a token bucket "
  "allowing bursts?", ["sliding window", "fixed window", "token bucket"])

Z("RateLimiter(max_calls, period): sliding-window log, thread-safe, "
  "acquire() blocks, try_acquire() doesn't. stdlib only.")

A("So I've been going back and forth with the data science folks about "
  "this and I think we finally agree. We want a feature `days_since_last_"
  "purchase` on the customer table. It's computed from the `orders` table "
  "(customer_id, created_at, status). Only count orders with status "
  "'completed' — cancelled and refunded ones don't count. Compute it in "
  "the nightly dbt model `customer_features`. Customers who've never "
  "ordered anything should still be in the table. Also, heads up, I'm out "
  "Friday.",
  "missing", "null_handling", "Customers who've never ordered anything "
  "should still be in the table",
  "What value should days_since_last_purchase have for customers with no "
  "completed orders: NULL, a sentinel like 9999, or days since signup?",
  ["NULL", "sentinel 9999", "days since signup"])

Z("add days_since_last_purchase to customer_features: current_date minus "
  "max(created_at::date) over completed orders; NULL if none.")

A("The mobile team wants our `/v2/feed` response to include a "
  "`next_cursor` field so they can do infinite scroll. Right now we return "
  "offset-based pages (page=N). Keep the items ordered by created_at desc "
  "like now, the cursor should be opaque (base64 of whatever you need), and "
  "the last page should have next_cursor: null. Add it in "
  "feed/views.py and the serializer, with tests. Old clients still send "
  "page=N.",
  "missing", "compatibility", "Old clients still send page=N",
  "Should page=N keep working alongside the cursor (and if both are sent, "
  "which wins), or can offset pagination be removed?",
  ["support both, cursor wins", "support both, page wins", "drop page=N"])

Z("/v2/feed: add next_cursor (opaque base64 of last item's created_at+id), "
  "accept ?cursor=. page=N keeps working unchanged when no cursor is sent; "
  "if both are sent, 400.")

A("Data request for the quarterly review. Write a script that reads "
  "`sales_2023.csv` (columns: date, region, rep, amount_eur) and produces "
  "a summary CSV with one row per region per quarter and the total amount. "
  "Quarters are calendar quarters. Round totals to whole euros. The "
  "regions are 'North', 'South', 'East', 'West' and occasionally 'Intl'. "
  "Marta will paste this into her slides so column order matters: put "
  "region first.",
  "missing", "output_format", "column order matters: put region first",
  "Besides region first, what should the other columns be called and in "
  "what order (e.g. region, quarter, total_eur), and how should the quarter "
  "be written (Q1 vs 2023-Q1)?")

Z("quarterly totals per region from sales_2023.csv -> CSV with columns "
  "region,quarter,total_eur, quarter as 2023-Q1, totals rounded half-up to "
  "whole euros, sorted by region then quarter")

A("Hey, I'm writing the onboarding doc and need a tiny script for new "
  "hires. It should check their dev machine is set up: Python present, "
  "docker running, the `gh` CLI logged in, and that they can reach the "
  "internal package index. For each check print a line with a green check "
  "or red cross and a hint on how to fix it. Exit non-zero if anything "
  "fails. It has to work on their laptops, and it must be a single file "
  "with no dependencies.",
  "missing", "platform", "It has to work on their laptops",
  "Which operating systems do the new-hire laptops run (macOS, Linux, "
  "Windows), so I know whether this should be a bash script or Python/"
  "PowerShell?", ["macOS", "Linux", "Windows", "mixed"])

Z("onboarding check script, bash, macOS only: python3 --version, docker "
  "info, gh auth status, curl -sf https://pypi.internal/simple/. ✓/✗ per "
  "line with a fix hint, exit 1 if any fail")

A("Refactor request for `notifications/dispatcher.py`: it currently has a "
  "big if/elif chain on `channel` ('email', 'sms', 'push', 'slack') and "
  "each branch is 30-50 lines. Move each channel into its own class "
  "implementing a `send(message)` method, register them in a dict, keep "
  "the public `dispatch()` function's signature and behaviour identical. "
  "Existing tests in tests/notifications/ must pass unchanged. Also make "
  "the unknown-channel case behave better than it does today.",
  "ambiguous", "error_handling", "behave better than it does today",
  "Today an unknown channel is silently ignored; should it now raise "
  "(e.g. ValueError), log a warning, or something else — and does that "
  "conflict with keeping behaviour identical?",
  ["raise ValueError", "log warning and skip"])

Z("dispatcher.py: replace the if/elif on channel with a dict of handler "
  "classes; same behaviour (unknown channel still silently ignored); tests "
  "unchanged.")

A("I'm building a small internal dashboard and need an endpoint that "
  "returns error counts from Sentry for the last 24 hours, grouped by "
  "project. We have the Sentry org slug in settings.SENTRY_ORG and a token "
  "in the SENTRY_TOKEN env var. Cache the result for 5 minutes in the "
  "Django cache. Return JSON like {\"project-slug\": count}. Include "
  "projects with zero errors too.",
  "ambiguous", "vague_term", "error counts",
  "Should 'error counts' be the number of events or the number of distinct "
  "issues, and should warning-level events be included?",
  ["events", "unique issues"])

Z("sentry error events per project, last 24h, as {slug: count}, zero-count "
  "projects included; cache 5 min; org from settings.SENTRY_ORG, token from "
  "SENTRY_TOKEN; level=error only")

A("Write a function `parse_amount(s)` for the bank import. Input strings "
  "look like '1,234.56', '-12.00', '(45.10)' for negatives in accounting "
  "format, and sometimes '1.234,56' from the European accounts. Return a "
  "Decimal. Strip currency symbols and whitespace. Raise ValueError on "
  "anything unparsable. There's a sample of 500 lines from last month in "
  "fixtures/bank.csv if you want to test against it.",
  "ambiguous", "input_format", "'1,234.56'",
  "How do I tell which convention a string uses when it's ambiguous, e.g. "
  "is '1,234' one thousand two hundred thirty-four or 1.234? Is there an "
  "account-level flag for European formatting?")

Z("parse_amount(s) -> Decimal: strip currency symbols/whitespace, remove "
  "',' thousands separators, '(x)' means negative, ValueError otherwise. "
  "all accounts are US formatted")

Z("add `from __future__ import annotations` to every module under src/ "
  "that doesn't have it")
Z("pin black to 24.3.0 in the pre-commit config")
Z("delete the unused `old_auth.py` module and its import in __init__.py",
  ctx="$ grep -rn old_auth src/\nsrc/auth/__init__.py:3:from . import "
      "old_auth  # noqa\n")
A("delete the unused auth module", "ambiguous", "referent",
  "the unused auth module",
  "Neither old_auth.py nor auth_v1.py has callers; which one should be "
  "deleted?", ["old_auth.py", "auth_v1.py"],
  ctx="$ ls src/auth/\n__init__.py  auth_v1.py  backends.py  old_auth.py  "
      "tokens.py\n")
Z("make the CLI print its version with --version (read it from "
  "importlib.metadata)")
Z("sort the imports in tests/ with isort's black profile")
Z("add a .gitignore entry for .venv/ and __pycache__/")
Z("turn on `strict = true` in mypy.ini for the `core` package only")
Z("change the default page size constant from 25 to 50",
  ctx="# api/pagination.py\nDEFAULT_PAGE_SIZE = 25\nMAX_PAGE_SIZE = 200\n")
A("change the page size to 50", "ambiguous", "referent", "the page size",
  "Should I change DEFAULT_PAGE_SIZE (25) or MAX_PAGE_SIZE (200) to 50?",
  ["DEFAULT_PAGE_SIZE", "MAX_PAGE_SIZE"],
  ctx="# api/pagination.py\nDEFAULT_PAGE_SIZE = 25\nMAX_PAGE_SIZE = 200\n"
      "# admin/pagination.py\nADMIN_PAGE_SIZE = 100\n")
Z("write a one-liner to count lines of Python in the repo, excluding .venv")

A("Our service reads its config from environment variables and there are "
  "now about thirty of them. I'd like to replace the scattered os.getenv "
  "calls with one pydantic-settings `Settings` class in config.py, with "
  "types and defaults matching what the code does today, and inject it "
  "where needed. The env var names must stay the same because ops sets "
  "them in Terraform. For the ones that are required, fail at startup "
  "with a clear error listing every missing variable at once instead of "
  "crashing later.",
  "missing", "scope", "For the ones that are required",
  "Most os.getenv calls have no default but some are optional in "
  "practice; which of the ~30 variables should be required at startup?")

Z("Replace the os.getenv calls with a pydantic-settings Settings class in "
  "config.py. Same env var names, same defaults as in the code today; a "
  "variable is required exactly when the current code has no default.")

A("The CSV export of the audit log times out for big tenants. Rewrite it "
  "to stream: write rows to the response as they're read from the DB "
  "cursor (server-side cursor, 2000 rows per fetch), set "
  "Content-Disposition so the browser downloads audit-<tenant>.csv, and "
  "keep the same columns as today. Filters (date range, user) stay as they "
  "are. Make sure the output opens correctly in Excel for our French and "
  "German customers.",
  "missing", "encoding", "opens correctly in Excel for our French and German customers",
  "For Excel compatibility, should the CSV be UTF-8 with BOM and comma, or "
  "use semicolon delimiters (as French/German Excel expects)?",
  ["UTF-8 BOM + comma", "UTF-8 BOM + semicolon"])

Z("stream the audit CSV export: server-side cursor (itersize 2000), "
  "StreamingHttpResponse, filename audit-<tenant>.csv, same columns/filters, "
  "UTF-8 with BOM, comma delimiter")

A("Write a script to migrate our user avatars from the local `media/` "
  "folder to S3. Bucket is `acme-avatars`, keys should be "
  "`avatars/<user_id>/<original filename>`. Use boto3 with the default "
  "credential chain, upload with ContentType guessed from the extension, "
  "update `User.avatar_url` after each successful upload, and log "
  "failures to a file without stopping. When everything is uploaded, "
  "clean up.",
  "ambiguous", "scope", "clean up",
  "What should 'clean up' remove: the local media/ files, the migration "
  "log, or both — and should local files only be deleted after verifying "
  "the S3 copy?", ["delete local files", "delete log only", "nothing"])

Z("Write a script to copy user avatars from `media/` to S3 bucket "
  "`acme-avatars` under `avatars/<user_id>/<filename>` (boto3 default "
  "creds, ContentType from extension), update User.avatar_url after each "
  "upload, log failures to migrate_errors.log and continue. Don't delete "
  "anything locally.")

# === MORE BATCHES ===


def _auroc(scores, labels):
    pairs = sorted(zip(scores, labels))
    ranks = [0.0] * len(pairs)
    i = 0
    while i < len(pairs):
        j = i
        while j + 1 < len(pairs) and pairs[j + 1][0] == pairs[i][0]:
            j += 1
        for k in range(i, j + 1):
            ranks[k] = (i + j) / 2.0 + 1
        i = j + 1
    n1 = sum(lab for _, lab in pairs)
    n0 = len(pairs) - n1
    r1 = sum(r for r, (_, lab) in zip(ranks, pairs) if lab == 1)
    return (r1 - n1 * (n1 + 1) / 2) / (n1 * n0)


def main():
    seen = set()
    for i, r in enumerate(ITEMS):
        key = (r["text"], r["context"])
        assert key not in seen, "duplicate: %r" % r["text"][:80]
        seen.add(key)
        r["id"] = "hwc-%06d" % i
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                       "handwritten_code.jsonl")
    keys = ["id", "group", "domain", "text", "context", "label", "type",
            "subtype", "span", "span_in", "question", "options"]
    with open(out, "w", encoding="utf-8") as f:
        for r in ITEMS:
            f.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False)
                    + "\n")
    labels = [r["label"] for r in ITEMS]
    pos = [r for r in ITEMS if r["label"] == 1]
    groups = collections.Counter(r["group"] for r in ITEMS)
    paired = sum(c for c in groups.values() if c > 1)
    print("wrote %d items to %s" % (len(ITEMS), out))
    print("label 1: %d, label 0: %d, in contrastive groups: %d (%.0f%%)" % (
        len(pos), len(ITEMS) - len(pos), paired, 100.0 * paired / len(ITEMS)))
    for t, c in collections.Counter(r["type"] for r in pos).most_common():
        print("  type %-14s %4d (%.0f%% of label 1)" % (t, c,
                                                       100.0 * c / len(pos)))
    print("  span_in:", dict(collections.Counter(r["span_in"] for r in pos)))
    print("  subtypes:", ", ".join("%s=%d" % kv for kv in collections.Counter(
        r["subtype"] for r in pos).most_common()))
    print("length-only AUROC (text): %.3f" % _auroc(
        [len(r["text"]) for r in ITEMS], labels))
    print("length-only AUROC (text+context): %.3f" % _auroc(
        [len(r["text"]) + len(r["context"] or "") for r in ITEMS], labels))


if __name__ == "__main__":
    main()
