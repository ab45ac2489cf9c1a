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

Usage: python training/corpus/build_handwritten_code.py
writes training/corpus/handwritten_code.jsonl next to this file.
"""

from __future__ import annotations

import collections
import json
import os

from training.corpus._stats import auroc as _auroc

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

# ---------------------------------------------------------------------------
# Batch 4: contradictions (text-internal and context), review requests
# ---------------------------------------------------------------------------

P("Add `created_at` to the API response of GET /projects/<id>, serialized "
  "the same way as the other timestamps in that response.",
  "Add `created_at` to the API response of GET /projects/<id>, serialized "
  "as UTC like the other timestamps in that response.",
  "contradictory", "spec_vs_code",
  "'updated_at': p.updated_at.astimezone(BERLIN).isoformat()",
  "The other timestamps in this response are converted to Europe/Berlin, "
  "not UTC; should created_at be UTC or match the existing Berlin "
  "timestamps?", ["UTC", "Europe/Berlin like the others"],
  ctx="def project_detail(p):\n    return {\n        'id': p.id,\n"
      "        'name': p.name,\n        'updated_at': "
      "p.updated_at.astimezone(BERLIN).isoformat(),\n    }\n")

A("Please review this PR. Description says it adds a 60 second cache to "
  "`get_exchange_rates()`.",
  "contradictory", "spec_vs_code", "ttl=3600",
  "The description says 60 s but the diff sets ttl=3600 (an hour); which "
  "TTL is intended?", ["60 seconds", "3600 seconds"],
  ctx="+@cached(ttl=3600)\n def get_exchange_rates():\n     return "
      "client.fetch_rates()\n")

Z("Please review this PR and point out anything that looks off. Description "
  "says it adds a 60 second cache to `get_exchange_rates()`.",
  ctx="+@cached(ttl=3600)\n def get_exchange_rates():\n     return "
      "client.fetch_rates()\n")

A("This function must stay pure (no I/O, no globals) so we can memoize it. "
  "Also have it append each call's arguments to audit.log for compliance.",
  "contradictory", "self_contradiction", "append each call's arguments to "
  "audit.log",
  "Writing to audit.log is I/O, which breaks purity; should the audit "
  "logging happen in the caller instead, or is the purity requirement "
  "dropped?", ["log in the caller", "drop purity"])

Z("This function must stay pure (no I/O, no globals) so we can memoize it. "
  "The caller in service.py already writes each call to audit.log, so "
  "nothing to do there — just move the `datetime.now()` call out into a "
  "parameter.")

P("Add a `-v/--verbose` flag to the `sync` CLI that turns on debug logging.",
  "Add a `-o` flag to the `sync` CLI that overwrites existing files at the "
  "destination instead of skipping them.",
  "contradictory", "spec_vs_code", "parser.add_argument('-o', '--output'",
  "`sync` already uses -o for --output; which short flag should overwrite "
  "use, or should -o be reassigned?", ["pick another short flag",
                                       "reassign -o"],
  ctx="parser = argparse.ArgumentParser(prog='sync')\n"
      "parser.add_argument('src')\nparser.add_argument('-o', '--output', "
      "default='.')\nparser.add_argument('-n', '--dry-run', "
      "action='store_true')\n")

A("Write `suggest(prefix)` returning the top completions from the word list "
  "by frequency. Return at most 5.",
  "contradictory", "spec_vs_test", "assert len(suggest('th')) == 10",
  "The request says at most 5 suggestions but test_many expects 10; which "
  "limit is correct?", ["5", "10"],
  ctx="# tests/test_suggest.py\ndef test_many():\n    assert "
      "len(suggest('th')) == 10\n\ndef test_none():\n    assert "
      "suggest('zzq') == []\n")

Z("Write `suggest(prefix)` returning the top completions from the word list "
  "by frequency (ties alphabetical). The limit is whatever the tests want.",
  ctx="# tests/test_suggest.py\ndef test_many():\n    assert "
      "len(suggest('th')) == 10\n\ndef test_none():\n    assert "
      "suggest('zzq') == []\n")

P("Store the `progress` field as a number between 0 and 1 (fraction done), "
  "validated against the JSON schema.",
  "Store the `progress` field as a percentage between 0 and 100, validated "
  "against the JSON schema.",
  "contradictory", "spec_vs_schema", "\"maximum\": 1",
  "The schema caps progress at 1 (a fraction) but you asked for 0-100; "
  "should I change the schema or store a fraction?",
  ["change schema to 0-100", "store 0-1 fraction"],
  ctx="\"progress\": {\"type\": \"number\", \"minimum\": 0, \"maximum\": 1}")

A("Add a NOT NULL constraint on `orders.customer_id`. There are about 300 "
  "legacy rows with NULL there and we can't delete or backfill them.",
  "contradictory", "self_contradiction", "we can't delete or backfill them",
  "A NOT NULL constraint can't be added while NULL rows remain; should I "
  "use a NOT VALID check constraint for new rows only, or can the legacy "
  "rows be fixed?", ["NOT VALID check for new rows", "fix legacy rows"])

Z("Add a NOT NULL constraint on `orders.customer_id`. There are about 300 "
  "legacy rows with NULL; point them at the placeholder customer id 0 "
  "(already exists) in the same migration first.")

P("Process the 40 GB clickstream file line by line with constant memory; "
  "count sessions per country and write the counts to JSON.",
  "Process the 40 GB clickstream file with constant memory; load it into a "
  "pandas DataFrame first so the groupby is easy, then write the counts to "
  "JSON.",
  "contradictory", "self_contradiction", "load it into a pandas DataFrame",
  "Loading 40 GB into a DataFrame isn't constant memory; should I stream "
  "(or use chunks) instead of loading the whole file?",
  ["stream/chunked", "load fully"])

A("Don't add any new dependencies. Parse the YAML config with ruamel so the "
  "comments survive round-tripping.",
  "contradictory", "dependency", "Don't add any new dependencies",
  "ruamel.yaml isn't in the dependencies yet; is adding it OK, or should I "
  "avoid round-tripping comments?", ["add ruamel.yaml", "no new deps"],
  ctx="[project]\ndependencies = [\"pyyaml>=6\", \"click>=8\"]\n")

Z("Don't add any new dependencies. Parse the YAML config with ruamel so the "
  "comments survive round-tripping.",
  ctx="[project]\ndependencies = [\"ruamel.yaml>=0.18\", \"click>=8\"]\n")

A("Sort the contributors list in CONTRIBUTORS.md by last name, like "
  "this:\n- Ada Lovelace\n- Alan Turing\n- Grace Hopper",
  "contradictory", "conflicting_examples",
  "- Ada Lovelace\n- Alan Turing\n- Grace Hopper",
  "The example is sorted by first name (Ada, Alan, Grace), not last name "
  "(Hopper, Lovelace, Turing); which order do you want?",
  ["last name", "first name"])

Z("Sort the contributors list in CONTRIBUTORS.md by last name, like "
  "this:\n- Grace Hopper\n- Ada Lovelace\n- Alan Turing")

A("Make the POST /payments endpoint idempotent. Every call should create a "
  "new payment record so we have a full trail.",
  "contradictory", "self_contradiction", "Every call should create a new "
  "payment record",
  "Idempotency means a retried request must not create a second payment; "
  "should repeated calls with the same idempotency key return the original "
  "payment, or really create new records?",
  ["return original", "create new records"])

Z("Make POST /payments idempotent: clients send an Idempotency-Key header; "
  "a repeat within 24h returns the stored response of the first call with "
  "the same status code. Store keys in the `idempotency_keys` table.")

P("Move the `retry` decorator from utils.py into its own module "
  "`utils/retry.py` and re-export it from utils so existing imports keep "
  "working.",
  "Move the `retry` decorator from utils.py into its own module "
  "`utils/retry.py`. Existing imports must keep working without a "
  "re-export.",
  "contradictory", "self_contradiction", "without a re-export",
  "If `from utils import retry` has to keep working, something in utils "
  "must re-export it; is a re-export in utils/__init__.py acceptable?",
  ["re-export", "update all imports instead"])

A("Implement the spec in the docstring.",
  "contradictory", "conflicting_examples", ">>> clamp(15, 0, 10)\n    15",
  "The docstring says values are limited to [lo, hi] but its example "
  "returns 15 for clamp(15, 0, 10); should that be 10?",
  ["10", "15"],
  ctx="def clamp(x, lo, hi):\n    \"\"\"Limit x to the range [lo, hi].\n\n"
      "    >>> clamp(-3, 0, 10)\n    0\n    >>> clamp(15, 0, 10)\n    15\n"
      "    \"\"\"\n")

Z("Implement the spec in the docstring.",
  ctx="def clamp(x, lo, hi):\n    \"\"\"Limit x to the range [lo, hi]. "
      "Raises ValueError if lo > hi.\n\n    >>> clamp(-3, 0, 10)\n    0\n"
      "    >>> clamp(15, 0, 10)\n    10\n    \"\"\"\n")

A("Implement the spec in the docstring.",
  "missing", "error_handling", "Limit x to the range [lo, hi].",
  "What should clamp do when lo > hi: raise ValueError, swap them, or "
  "return lo?", ["raise ValueError", "swap", "return lo"],
  ctx="def clamp(x, lo, hi):\n    \"\"\"Limit x to the range [lo, hi].\n\n"
      "    Must handle every combination of arguments; see "
      "test_clamp_reversed.\n    >>> clamp(-3, 0, 10)\n    0\n    \"\"\"\n",
  in_ctx=True)

P("Upgrade the Docker base image to python:3.12-slim and fix whatever "
  "breaks.",
  "Upgrade the Docker base image to python:3.12-slim and fix whatever "
  "breaks.",
  "contradictory", "version", "tensorflow==2.13.0",
  "tensorflow 2.13 has no Python 3.12 wheels; should I upgrade tensorflow "
  "too (to 2.16+), or stay on an older Python?",
  ["upgrade tensorflow", "stay on python 3.11"],
  ctx="# requirements.txt\nfastapi==0.110.0\nuvicorn==0.29.0\n",
  bctx="# requirements.txt\nfastapi==0.110.0\nuvicorn==0.29.0\n"
       "tensorflow==2.13.0\n")

A("In `report.py` the totals should be computed in cents (integers) to "
  "avoid float errors, and displayed with two decimals. Keep using floats "
  "for the intermediate sums like the finance team asked.",
  "contradictory", "self_contradiction", "Keep using floats for the "
  "intermediate sums",
  "Should the intermediate sums be integer cents (as the first sentence "
  "says) or floats (as finance asked)?", ["integer cents", "floats"])

Z("In `report.py` the totals should be computed in cents (integers) to "
  "avoid float errors and only turned into a two-decimal string at the "
  "very end for display. Keep the public function names.")

P("The `score` column in the model output should be between 0 and 1; add an "
  "assertion in postprocess() that fails if any score is out of range.",
  "The `score` column in the model output should be between 0 and 1; add "
  "an assertion in postprocess() that fails if any score is out of range.",
  "contradictory", "spec_vs_code", "return logits",
  "predict() returns raw logits, which aren't in [0, 1]; should I apply a "
  "sigmoid first, or did you mean to assert on something else?",
  ["apply sigmoid", "assert on probabilities elsewhere"],
  ctx="def predict(model, X):\n    probs = torch.sigmoid(model(X))\n"
      "    return probs\n",
  bctx="def predict(model, X):\n    logits = model(X)\n    return logits\n")

A("hey so the login page should lock the account after 5 failed attempts "
  "— wait no, the security doc says 3. go with what we agreed in the "
  "meeting",
  "ambiguous", "conflicting_sources", "go with what we agreed in the meeting",
  "Should the lockout threshold be 5 or 3 failed attempts?", ["3", "5"])

Z("hey so the login page should lock the account after 5 failed attempts "
  "— wait no, the security doc says 3. go with the security doc")

A("Update the Terraform so the RDS instance uses `db.r6g.large`. Keep the "
  "instance class untouched in staging since we're under budget review "
  "there.",
  "contradictory", "spec_vs_code", "instance_class = var.db_class",
  "staging and prod share the same `var.db_class` in the module; should I "
  "split it into per-environment values so only prod changes?",
  ["split per environment", "change both"],
  ctx="# modules/db/main.tf\nresource \"aws_db_instance\" \"main\" {\n"
      "  instance_class = var.db_class\n}\n# envs/common.tfvars (used by "
      "staging and prod)\ndb_class = \"db.t3.medium\"\n")

Z("Update the Terraform so the prod RDS instance uses `db.r6g.large`. "
  "Staging stays as it is.",
  ctx="# envs/prod.tfvars\ndb_class = \"db.t3.medium\"\n"
      "# envs/staging.tfvars\ndb_class = \"db.t3.small\"\n")

P("Write tests for `Stack`: push, pop, peek, len, and that pop/peek on an "
  "empty stack raise IndexError, like list.pop does.",
  "Write tests for `Stack`: push, pop, peek, len, and that pop/peek on an "
  "empty stack raise IndexError, like list.pop does.",
  "contradictory", "spec_vs_code", "return None  # empty",
  "Stack.pop returns None on an empty stack rather than raising IndexError; "
  "should the tests assert the current None behaviour or should pop be "
  "changed to raise?", ["change pop to raise", "test current None"],
  ctx="class Stack:\n    def pop(self):\n        if not self._items:\n"
      "            raise IndexError('pop from empty stack')\n        return "
      "self._items.pop()\n",
  bctx="class Stack:\n    def pop(self):\n        if not self._items:\n"
       "            return None  # empty\n        return "
       "self._items.pop()\n")

Z("LGTM-style review please: just check this diff for bugs, nothing "
  "stylistic.",
  ctx="-    for i in range(len(items) - 1):\n+    for i in range(len(items)):"
      "\n         total += items[i].price\n")

A("The ticket says the discount applies to orders over €100, but the "
  "acceptance criteria say 'orders of €100 or more get the discount'. "
  "Implement it in apply_discount().",
  "contradictory", "boundary", "'orders of €100 or more get the discount'",
  "Should an order of exactly €100 get the discount?", ["yes (>= 100)",
                                                         "no (> 100)"])

Z("The ticket says the discount applies to orders over €100; the "
  "acceptance criteria clarify 'orders of exactly €100 also qualify'. "
  "Implement it in apply_discount().")

A("Rename `Customer.name` to `Customer.full_name` in the model and the "
  "migration. The public API schema is frozen until v3 though.",
  "contradictory", "compatibility", "The public API schema is frozen",
  "The serializer exposes `name` in the public API; should the API field "
  "keep the old name via a source mapping, or does the rename reach the "
  "API too?", ["keep API field `name`", "rename API field"],
  ctx="class CustomerSerializer(ModelSerializer):\n    class Meta:\n"
      "        model = Customer\n        fields = ['id', 'name', 'email']\n")

Z("Rename `Customer.name` to `Customer.full_name` in the model and the "
  "migration; keep the API field called `name` (map it with "
  "source='full_name' in the serializer).")

# ---------------------------------------------------------------------------
# Batch 5: ML and data engineering
# ---------------------------------------------------------------------------

P("Evaluate the sentiment classifier on `data/test.csv` and report macro-F1 "
  "over the three classes.",
  "Evaluate the sentiment classifier on `data/test.csv` and report F1.",
  "ambiguous", "metric", "report F1",
  "The task has three classes; should F1 be macro-averaged, weighted, or "
  "micro-averaged?", ["macro", "weighted", "micro"])

P("Train a random forest (sklearn defaults, random_state=42) on "
  "train.parquet, target `label`, and save it with joblib to "
  "models/rf.joblib.",
  "Train a random forest on train.parquet and save it with joblib to "
  "models/rf.joblib. Use random_state=42.",
  "ambiguous", "target_column", "Train a random forest on train.parquet",
  "Which column is the target: `label` or `label_v2`?",
  ["label", "label_v2"],
  ctx="train.parquet columns: id, f1..f40, label",
  bctx="train.parquet columns: id, f1..f40, label, label_v2 (relabelled "
       "subset, NaN elsewhere)")

Z("Split `events.parquet` into train/val/test 80/10/10 by user_id (all rows "
  "of a user in the same split) with a fixed seed of 0, and write the three "
  "files next to the input.")

A("Split `events.parquet` into train/val/test and write the three files "
  "next to the input. Users have many rows each, and we'll report results "
  "per user later.",
  "missing", "split_strategy", "Split `events.parquet` into train/val/test",
  "What split ratios should I use, and should rows be grouped by user_id "
  "so a user never appears in two splits?")

Z("The loss goes NaN after ~200 steps, log attached. Add gradient clipping "
  "(max_norm=1.0) right before optimizer.step() in train.py.",
  ctx="step 190 loss 2.131\nstep 200 loss 8.77e+04\nstep 210 loss nan\n"
      "# train.py\n    loss.backward()\n    optimizer.step()\n    "
      "optimizer.zero_grad()\n")

A("The loss goes NaN after ~200 steps, log attached. Fix it.",
  "missing", "scope", "Fix it",
  "Which remedy do you want: gradient clipping, a lower learning rate, or "
  "should I investigate the data first (the LR schedule and data both look "
  "plausible as causes)?",
  ["gradient clipping", "lower LR", "investigate data"],
  ctx="step 190 loss 2.131 lr 3e-3\nstep 200 loss 8.77e+04 lr 3e-3\nstep 210 "
      "loss nan lr 3e-3\n")

P("Add a feature `is_weekend` (1 for Saturday/Sunday in the customer's "
  "local time, using the `tz` column) to the transactions feature "
  "pipeline.",
  "Add a feature `is_weekend` (1 for Saturday/Sunday) to the transactions "
  "feature pipeline.",
  "missing", "timezone", "1 for Saturday/Sunday",
  "Should the weekend be determined in UTC (the stored timestamp) or in "
  "the customer's local timezone from the `tz` column?", ["UTC", "local tz"],
  ctx="transactions: id, customer_id, ts (timestamptz, stored UTC), amount, "
      "tz (IANA name)")

Z("Write an Airflow DAG `daily_orders_export` that runs at 02:00 UTC every "
  "day, runs the existing `export_orders(ds)` function via PythonOperator, "
  "with 2 retries 10 minutes apart, catchup off.")

A("Write an Airflow DAG `daily_orders_export` that runs once a day, calls "
  "the existing `export_orders(ds)` function via PythonOperator, with 2 "
  "retries 10 minutes apart. It should backfill.",
  "missing", "scope", "It should backfill",
  "From what start date should the DAG backfill?")

P("Deduplicate the `contacts` table: two rows are duplicates if their "
  "emails match case-insensitively after trimming. Keep the row with the "
  "most recent `updated_at`.",
  "Deduplicate the `contacts` table: two rows are duplicates if their "
  "emails match case-insensitively after trimming. Keep the best row.",
  "missing", "tie_breaking", "Keep the best row",
  "Which duplicate should be kept: the most recently updated, the oldest, "
  "or the most complete row?", ["most recent updated_at", "oldest",
                                "most complete"])

Z("Convert the XML product feed to JSON Lines: one object per <product>, "
  "attributes become keys, child text elements become keys, repeated "
  "children become lists. Use xml.etree; the feed is ~50 MB so iterparse "
  "is fine.")

A("Convert the product feed to JSON Lines, one object per product.",
  "ambiguous", "referent", "the product feed",
  "Should I convert feeds/products.xml (the supplier feed) or "
  "feeds/products_legacy.csv?", ["products.xml", "products_legacy.csv"],
  ctx="$ ls feeds/\nproducts.xml  products_legacy.csv  README\n")

P("Fine-tune `distilbert-base-uncased` on our intent data for 3 epochs, lr "
  "2e-5, batch 32, max_len 128; evaluate on the val split each epoch and "
  "keep the best checkpoint by accuracy.",
  "Fine-tune `distilbert-base-uncased` on our intent data for 3 epochs, lr "
  "2e-5, batch 32, max_len 128; evaluate each epoch and keep the best "
  "checkpoint.",
  "missing", "metric", "keep the best checkpoint",
  "Which metric decides the best checkpoint: validation accuracy, macro-F1, "
  "or validation loss?", ["accuracy", "macro-F1", "val loss"])

Z("Plot training vs validation loss per epoch from history.json with "
  "matplotlib, save as loss.png, log-scale y axis, legend top right.",
  ctx="history.json: {\"train_loss\": [2.1, 1.4, 1.1], \"val_loss\": [2.3, "
      "1.7, 1.6]}")

A("Plot the loss curves from history.json and save as loss.png.",
  "ambiguous", "scope", "the loss curves",
  "history.json has several losses (total, ce, kl for train and val); "
  "which ones should be on the plot?",
  ["all", "total train/val only"],
  ctx="history.json keys: train_loss, val_loss, train_ce, val_ce, train_kl, "
      "val_kl, lr")

P("In the ETL, parse the `ts` column (strings like '03/04/2024 14:05') as "
  "day/month/year, local time Europe/London, and convert to UTC.",
  "In the ETL, parse the `ts` column (strings like '03/04/2024 14:05') and "
  "convert to UTC.",
  "ambiguous", "input_format", "'03/04/2024 14:05'",
  "Is '03/04/2024' 3 April (day/month) or 4 March (month/day), and what "
  "timezone are these local times in?")

Z("Write a PySpark job that reads s3://lake/raw/clicks/ (parquet), keeps "
  "rows where event == 'click', and writes them partitioned by date "
  "(derived from the UTC `ts`) to s3://lake/clean/clicks/, mode overwrite.")

A("Write a PySpark job that reads s3://lake/raw/clicks/ (parquet), keeps "
  "the valid clicks, and writes them partitioned by date to "
  "s3://lake/clean/clicks/, mode overwrite.",
  "missing", "vague_term", "keeps the valid clicks",
  "What makes a click valid: event == 'click' only, non-null user_id, "
  "excluding bots, or something else?")

Z("Add early stopping to the Keras training script: monitor val_loss, "
  "patience 5, restore best weights.")

A("Add early stopping to the Keras training script.",
  "contradictory", "spec_vs_code", "validation_split=0.0",
  "The fit call has no validation data (validation_split=0.0), so there's "
  "no val metric to monitor; should I add a validation split, and what "
  "size?", ["add 10% validation split", "monitor training loss"],
  ctx="model.fit(X, y, epochs=200, batch_size=64, validation_split=0.0)\n")

Z("Add early stopping to the Keras training script (the usual val_loss, "
  "patience of a few epochs is fine — say 5 — and restore the best "
  "weights).",
  ctx="model.fit(X, y, epochs=200, batch_size=64, validation_split=0.1)\n")

P("Join `orders` with `customers` on customer_id, keeping orders whose "
  "customer is missing (left join), and write the result to "
  "orders_enriched.parquet.",
  "Join `orders` with `customers` on customer_id and write the result to "
  "orders_enriched.parquet. About 3% of orders reference customers that "
  "were hard-deleted.",
  "missing", "join_type", "About 3% of orders reference customers",
  "Should orders whose customer was deleted be kept with null customer "
  "fields (left join) or dropped (inner join)?", ["left join", "inner join"])

Z("cast the `amount` column to Decimal(12,2) in the staging model, the "
  "source is a string like '12.50'")

A("cast the `amount` column to a proper numeric type in the staging model",
  "contradictory", "spec_vs_data", "'12,50'",
  "The sample shows both '12.50' and '12,50'; are commas decimal separators "
  "for some sources, and which sources?",
  ["comma is decimal for EU sources", "comma is a thousands separator"],
  ctx="SELECT amount FROM raw.payments LIMIT 5;\n'12.50'\n'7.00'\n'12,50'\n"
      "'1,200.00'\n'3.99'\n")

P("Compute precision@10 for the recommender: for each user, the fraction "
  "of the 10 recommended items that appear in their held-out purchases; "
  "average over users who have at least one held-out purchase.",
  "Compute precision@10 for the recommender: for each user, the fraction "
  "of the 10 recommended items that appear in their held-out purchases; "
  "average over users.",
  "missing", "null_handling", "average over users",
  "Should users with no held-out purchases be excluded from the average "
  "or counted as 0?", ["exclude", "count as 0"])

Z("write a script to download the daily FX csv from our internal "
  "endpoint (URL in FX_URL env var), append it to fx/history.csv, and skip "
  "it if today's date is already there")

A("Our embeddings job is too slow, it takes all night. Please speed it up "
  "so it can run hourly.",
  "missing", "scope", "speed it up",
  "What's the current data volume and which changes are allowed: batching "
  "on GPU, a smaller model, or only incremental embedding of new rows?")

Z("Our embeddings job re-embeds all 2M documents every night. Change it to "
  "only embed documents whose `updated_at` is newer than the last "
  "successful run (store the watermark in the `job_state` table).")

P("Bucket `age` into bins [0,18), [18,35), [35,50), [50,65), [65,inf) with "
  "labels '0-17', '18-34', '35-49', '50-64', '65+'.",
  "Bucket `age` into bins 0-18, 18-35, 35-50, 50-65, 65+.",
  "ambiguous", "boundary", "0-18, 18-35",
  "Are the bin edges left-inclusive (18 goes in 18-35) or right-inclusive "
  "(18 goes in 0-18)?", ["left-inclusive", "right-inclusive"])

Z("Bucket `age` into decades ('0-9', '10-19', ...) with pd.cut, right=False. "
  "The max age in the data is 104, so go up to '100-109'.")

A("Normalize the features before training.",
  "ambiguous", "vague_term", "Normalize the features",
  "Which normalization: standardize (zero mean, unit variance) or min-max "
  "to [0, 1], and should categorical one-hot columns be left alone?",
  ["StandardScaler", "MinMaxScaler"])

Z("Standardize the numeric features before training (StandardScaler fitted "
  "on the train split only); leave the one-hot columns alone.")

P("Write a function that reads a FASTA file and returns a dict mapping "
  "record id (first word of the header, without '>') to the sequence "
  "string with line breaks removed.",
  "Write a function that reads a FASTA file and returns a dict mapping "
  "record id to the sequence string with line breaks removed.",
  "ambiguous", "key_format", "mapping record id",
  "Should the key be the whole header line or just the first word after "
  "'>'?", ["first word", "whole header"])

Z("Add a data-quality check to the pipeline: fail the run if more than 1% "
  "of rows in `payments` have a null `currency`.")

A("Add a data-quality check to the pipeline: fail the run if too many rows "
  "in `payments` have a null `currency`.",
  "missing", "threshold", "too many rows",
  "What share (or count) of null currency rows should fail the run?")

P("Resample the 1-minute sensor readings to 15-minute buckets, taking the "
  "mean, labelled by the bucket start, and forward-fill gaps of at most "
  "two buckets.",
  "Resample the 1-minute sensor readings to 15-minute buckets, taking the "
  "mean, and forward-fill gaps.",
  "missing", "boundary", "forward-fill gaps",
  "Should gaps be forward-filled without limit, or only up to a maximum "
  "gap length?", ["unlimited", "limit to N buckets"])

A("Retrain the model with the new data and deploy it if it's better.",
  "missing", "vague_term", "if it's better",
  "Which metric and margin decide 'better' (e.g. val AUC up by at least "
  "0.005)?")

Z("Retrain the model with the new data and deploy it if validation AUC "
  "beats the current production model's AUC on the same val set by at "
  "least 0.005. Otherwise just log both numbers.")

Z("Write a `Dataset` class for our image folder: images/<label>/<file>.png; "
  "return (tensor, label_index), label indices by sorted folder name; "
  "accept an optional transform.")

A("Write a `Dataset` class for our image folder. Labels come from the "
  "annotations file.",
  "contradictory", "spec_vs_data", "images/cat/0001.png",
  "Images are also grouped into per-label folders, and those folders "
  "disagree with labels.csv for some files; which source wins?",
  ["labels.csv", "folder name"],
  ctx="$ head -3 labels.csv\nfile,label\ncat/0001.png,dog\ncat/0002.png,cat\n"
      "$ ls images/cat | head -2\n0001.png\n0002.png\n# i.e. "
      "images/cat/0001.png is labelled dog in the csv\n")

# ---------------------------------------------------------------------------
# Batch 6: chat-style messages, tracebacks, automation scripts
# ---------------------------------------------------------------------------

A("morning!! so the thing from yesterday — the importer keeps choking on "
  "some rows, I pasted the error below. can you make it skip the bad ones "
  "and keep going? we still need to know which ones were skipped tho, "
  "finance will ask",
  "missing", "output_format", "we still need to know which ones were "
  "skipped",
  "Where should skipped rows be reported: a log line per row, a separate "
  "rejects CSV, or a summary at the end?",
  ["log lines", "rejects CSV", "summary count"],
  ctx="Traceback (most recent call last):\n  File \"importer.py\", line 57, "
      "in import_rows\n    amount = Decimal(row['amount'])\n"
      "decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]\n")

Z("importer chokes on bad amounts (traceback below). skip those rows, "
  "write them to rejects.csv with the original columns plus an `error` "
  "column, continue",
  ctx="Traceback (most recent call last):\n  File \"importer.py\", line 57, "
      "in import_rows\n    amount = Decimal(row['amount'])\n"
      "decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]\n")

Z("KeyError below when a webhook comes without `signature`. Should return "
  "400 with {\"error\": \"missing signature\"} instead of 500.",
  ctx="Traceback (most recent call last):\n  File \"hooks/views.py\", line "
      "31, in receive\n    sig = request.headers['X-Signature']\n"
      "KeyError: 'X-Signature'\n")

A("KeyError below when a webhook comes without a signature. Handle it "
  "properly please, we've been getting paged for this at 3am all week and "
  "honestly I just want it gone, the on-call rotation is miserable",
  "missing", "error_handling", "Handle it properly please",
  "What should happen to an unsigned webhook: reject with 400/401, or "
  "accept it and log a warning?", ["reject 400", "reject 401",
                                   "accept and log"],
  ctx="Traceback (most recent call last):\n  File \"hooks/views.py\", line "
      "31, in receive\n    sig = request.headers['X-Signature']\n"
      "KeyError: 'X-Signature'\n")

A("can u write a quick script to back up the postgres db every night and "
  "keep the last few backups? we're on the ubuntu box, pg_dump is "
  "installed, creds are in ~/.pgpass already",
  "missing", "threshold", "keep the last few backups",
  "How many nightly backups should be kept before old ones are deleted?")

Z("can u write a quick script to back up the postgres db every night and "
  "keep the last 7? ubuntu box, pg_dump installed, creds in ~/.pgpass, dump "
  "to /backups/db-YYYYMMDD.sql.gz")

Z("this errors on py3.12, fix pls",
  ctx="  File \"tools/gen.py\", line 4, in <module>\n    import imp\n"
      "ModuleNotFoundError: No module named 'imp'\n\n# tools/gen.py line "
      "12\nmod = imp.load_source('cfg', path)\n")

A("this errors, fix pls",
  "missing", "scope", "this errors",
  "Which error do you mean — there's no traceback attached, only the "
  "passing test output; what command fails and what does it print?",
  ctx="$ pytest -q\n.........................                [100%]\n25 "
      "passed in 1.84s\n")

P("yo, the `/export` endpoint returns the whole table as JSON and the "
  "frontend dies on big accounts. make it return CSV instead, same "
  "columns, header row, filename export.csv",
  "yo, the `/export` endpoint returns the whole table as JSON and the "
  "frontend dies on big accounts. make it return something lighter, same "
  "columns, and make sure the frontend can still read it",
  "missing", "output_format", "make it return something lighter",
  "What should /export return instead: CSV, gzipped JSON, or paginated "
  "JSON?", ["CSV", "gzipped JSON", "paginated JSON"])

Z("got this in CI, seems like the fixture name changed? can you fix the "
  "test",
  ctx="E       fixture 'db_session' not found\n>       available fixtures: "
      "cache, capfd, ..., db, dbsession, monkeypatch, tmp_path\n\n"
      "tests/test_orders.py:12: def test_create(db_session):\n")

A("got this in CI, seems like a fixture changed? can you fix the test",
  "ambiguous", "referent", "available fixtures: cache, capfd, ..., db, "
  "db_sync, db_async",
  "db_session is gone and both db_sync and db_async exist; which fixture "
  "should test_create use?", ["db_sync", "db_async"],
  ctx="E       fixture 'db_session' not found\n>       available fixtures: "
      "cache, capfd, ..., db, db_sync, db_async, monkeypatch\n\n"
      "tests/test_orders.py:12: def test_create(db_session):\n",
  in_ctx=True)

A("I'm sure this is quick: our GitHub Action should run the tests on every "
  "push and also publish the package to PyPI. It uses the PYPI_TOKEN "
  "secret we set up last sprint, and the tests are just `pytest`.",
  "missing", "trigger", "also publish the package to PyPI",
  "When should publishing run — on every push, only on version tags, or "
  "only on the main branch?", ["every push", "version tags", "main only"])

Z("GitHub Action: run pytest on push and PRs (py 3.10-3.12 matrix); on a "
  "tag matching v* also build and publish to PyPI with the PYPI_TOKEN "
  "secret")

Z("we get `UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9` when "
  "reading the partner file. The partner confirmed it's Latin-1. Open it "
  "with that encoding in load_partner().")

A("we get `UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9` "
  "reading the partner file, happens every few days, no idea why, maybe a "
  "new export tool on their side. make load_partner() robust to it",
  "ambiguous", "encoding", "make load_partner() robust to it",
  "Should load_partner fall back to Latin-1/cp1252 when UTF-8 fails, or "
  "replace undecodable bytes (errors='replace')?",
  ["fall back to cp1252", "errors='replace'"])

Z("add a pre-commit hook that runs ruff --fix and ruff format on staged "
  "python files")

A("the deploy script should notify the team when it's done",
  "missing", "destination", "notify the team",
  "How should the team be notified: Slack (which channel/webhook), email, "
  "or something else?", ["Slack", "email"])

Z("the deploy script should post 'deployed <sha> to <env>' to Slack when "
  "it's done, using the SLACK_WEBHOOK_URL env var (incoming webhook)")

P("hi! pls write a func that takes a list of dicts and groups them by the "
  "'team' key -> dict of team name to list of dicts, keep original order "
  "inside each group",
  "hi! pls write a func that takes a list of dicts and groups them by team "
  "-> dict of team name to list of dicts, keep original order inside each "
  "group",
  "ambiguous", "referent", "groups them by team",
  "The records have both 'team' and 'team_id'; which key should grouping "
  "use?", ["team", "team_id"],
  ctx="sample: {'name': 'ana', 'team': 'infra', 'role': 'sre'}",
  bctx="sample: {'name': 'ana', 'team': 'infra', 'team_id': 7, 'role': "
       "'sre'}  # team names are not unique across orgs")

Z("the `Makefile` `clean` target doesn't remove `.pytest_cache`, add it")

A("I keep getting merge conflicts in the lockfile when two people add "
  "deps. Can you set something up so that stops happening? we use poetry, "
  "there are 6 of us, and the CI re-locks anyway",
  "missing", "scope", "set something up so that stops happening",
  "What approach do you want: a git merge driver that re-locks, a CI job "
  "that regenerates the lockfile, or a team rule to lock only on main?")

Z("logs are too noisy: set the `urllib3` and `botocore` loggers to WARNING "
  "in logging_config.py, leave the rest as is")

A("logs are too noisy, tone them down a bit in logging_config.py, I only "
  "want to see the stuff that matters when I tail the prod logs during an "
  "incident",
  "missing", "vague_term", "the stuff that matters",
  "Which loggers or levels should be reduced — e.g. set third-party "
  "loggers to WARNING, or raise the root level to WARNING?",
  ["third-party to WARNING", "root to WARNING"])

Z("write a regex that matches an ISO date YYYY-MM-DD (no validation of "
  "month lengths needed, just digits and hyphens, month 01-12, day 01-31)")

A("write a regex that matches dates in our log files",
  "contradictory", "spec_vs_data", "14/03/2024",
  "The logs mix 2024-03-14 and 14/03/2024 formats; should the regex match "
  "both or only one of them?", ["both", "ISO only", "dd/mm/yyyy only"],
  ctx="2024-03-14 10:01:02 INFO start\n14/03/2024 10:01:05 WARN "
      "legacy-module: retry\n2024-03-14 10:01:09 INFO done\n")

Z("write a regex that matches dates in our log files",
  ctx="2024-03-14 10:01:02 INFO start\n2024-03-14 10:01:05 WARN retry\n"
      "2024-03-14 10:01:09 INFO done\n")

P("Write a script that watches ./inbox and, when a new .pdf arrives, moves "
  "it to ./processed/YYYY/MM/ based on the file's modification time.",
  "Write a script that watches ./inbox and, when a new .pdf arrives, moves "
  "it to ./processed/YYYY/MM/ based on the document date.",
  "ambiguous", "referent", "based on the document date",
  "Should 'document date' be the file's modification time, the PDF "
  "metadata creation date, or a date parsed from the content?",
  ["mtime", "PDF metadata", "parsed from text"])

Z("ok last thing for today: the health check in docker-compose uses curl "
  "but the image is slim and doesn't have curl. switch it to python -c "
  "with urllib, same URL and interval")

A("ok last thing for today: the health check in docker-compose is wrong, "
  "can you fix it before you log off? thx",
  "ambiguous", "referent", "the health check in docker-compose is wrong",
  "Both the api and worker services have health checks; which one is "
  "wrong, and what's wrong about it?", ["api", "worker"],
  ctx="services:\n  api:\n    healthcheck:\n      test: [\"CMD\", \"curl\", "
      "\"-f\", \"http://localhost:8000/health\"]\n  worker:\n"
      "    healthcheck:\n      test: [\"CMD\", \"celery\", \"inspect\", "
      "\"ping\"]\n")

Z("In app.js, replace the three `var` declarations at the top with "
  "`const` — none of them are reassigned.",
  ctx="var API = '/api';\nvar TIMEOUT = 5000;\nvar RETRIES = 3;\n")

A("In app.js, replace the `var` declarations with `const`.",
  "contradictory", "spec_vs_code", "RETRIES = RETRIES - 1;",
  "RETRIES is reassigned later, so it can't be const; should it become "
  "`let` instead?", ["let", "refactor to avoid reassignment"],
  ctx="var API = '/api';\nvar TIMEOUT = 5000;\nvar RETRIES = 3;\n...\n"
      "function retry() {\n  RETRIES = RETRIES - 1;\n}\n")

Z("sanity check pls: is there any reason `sorted(d.items())` wouldn't be "
  "deterministic here? keys are all str",
  ctx="d = {'b': 2, 'a': 1, 'c': 3}\nfor k, v in sorted(d.items()):\n"
      "    print(k, v)\n")

A("the pagination on the admin list is off by one, fix",
  "contradictory", "spec_vs_code", "documented as 1-based",
  "The backend documents ?page= as 1-based but admin.js sends 0-based "
  "pages; which side should be changed to match the other?",
  ["backend should treat page as 1-based", "frontend should send 1-based"],
  ctx="# admin/views.py\noffset = page * PAGE_SIZE  # page from ?page=, "
      "documented as 1-based\n# admin.js\nfetch('/admin/items?page=' + "
      "current)  // current starts at 0\n")

Z("the pagination on the admin list skips the first page: views.py uses "
  "offset = page * size but pages are 1-based. make it (page - 1) * size",
  ctx="# admin/views.py\noffset = page * PAGE_SIZE  # page from ?page=, "
      "1-based\n")

# ---------------------------------------------------------------------------
# Batch 7: function/class specs, mostly contrastive swaps of equal length
# ---------------------------------------------------------------------------

P("Write `truncate(s, n)` that shortens s to at most n characters; if it "
  "cuts, the result ends with '...' and the '...' counts toward n.",
  "Write `truncate(s, n)` that shortens s to about n characters; if it "
  "cuts, the result ends with '...' so the reader knows text is missing.",
  "ambiguous", "boundary", "ends with '...'",
  "Does the '...' count toward the n-character limit, or is it added on "
  "top of n characters?", ["counts toward n", "added after n"])

P("Implement `LRUCache(capacity)` with get(key) -> value or -1 and "
  "put(key, value); put on a full cache evicts the least recently used "
  "key, where both get and put count as a use.",
  "Implement `LRUCache(capacity)` with get(key) -> value or -1 and "
  "put(key, value); put on a full cache evicts the least recently used "
  "key. Updating an existing key's value is fine whenever.",
  "ambiguous", "scope", "least recently used",
  "Does a get() count as a use for recency, and does updating an existing "
  "key refresh its recency?", ["get and put both count", "only put counts"])

P("Write `percent_change(old, new)` returning (new - old) / old * 100 "
  "rounded to one decimal; if old is 0 return None.",
  "Write `percent_change(old, new)` returning (new - old) / old * 100 "
  "rounded to one decimal; the dashboard calls it with old = 0 a lot.",
  "missing", "error_handling", "the dashboard calls it with old = 0 a lot",
  "What should percent_change return when old is 0: None, inf, or raise?",
  ["None", "float('inf')", "raise ZeroDivisionError"])

P("Add `Matrix.__eq__` comparing shape and elements exactly; comparing with "
  "a non-Matrix returns NotImplemented.",
  "Add `Matrix.__eq__` comparing shape and elements; the elements are "
  "floats coming out of the solver, so keep that in mind.",
  "missing", "tolerance", "keep that in mind",
  "Should element comparison be exact or use a tolerance, and if so what "
  "tolerance (e.g. math.isclose with rel_tol=1e-9)?",
  ["exact", "isclose rel_tol=1e-9"])

P("Write `word_count(text)` returning a Counter of lowercase words, where a "
  "word is a maximal run of letters (apostrophes split words: \"don't\" -> "
  "'don', 't').",
  "Write `word_count(text)` returning a Counter of lowercase words, where a "
  "word is what you'd expect in English prose, contractions like \"don't\" "
  "included.",
  "ambiguous", "tokenization", "contractions like \"don't\" included",
  "Should \"don't\" count as one word or be split into 'don' and 't'?",
  ["one word", "split"])

P("`def median(xs)`: return the median of a non-empty list of numbers; for "
  "an even count return the mean of the two middle values. Empty list -> "
  "ValueError.",
  "`def median(xs)`: return the median of a non-empty list of numbers; for "
  "an even count return the lower of the two middle values. Empty list -> "
  "ValueError.",
  "contradictory", "spec_vs_test", "assert median([1, 2, 3, 4]) == 2.5",
  "The request says the lower middle value but the test expects 2.5 (the "
  "mean) for [1, 2, 3, 4]; which should median return?",
  ["mean of middles", "lower middle"],
  ctx="def test_even():\n    assert median([1, 2, 3, 4]) == 2.5\n")

P("Write `Temperature` with a classmethod `from_fahrenheit(f)` and a "
  "property `celsius` rounded to 2 decimals. Store kelvin internally.",
  "Write `Temperature` with a classmethod `from_fahrenheit(f)` and a "
  "property `celsius`. Store kelvin internally, display however.",
  "missing", "rounding", "property `celsius`",
  "Should `celsius` be rounded (e.g. to 2 decimals) or return the full "
  "float?", ["round to 2", "full float"])

P("Write `parse_bool(s)` accepting 'true/false/yes/no/1/0' case-"
  "insensitively with surrounding whitespace; anything else raises "
  "ValueError.",
  "Write `parse_bool(s)` accepting the usual truthy/falsy strings from env "
  "vars; anything else raises ValueError.",
  "missing", "scope", "the usual truthy/falsy strings",
  "Exactly which strings should be accepted (e.g. true/false, yes/no, "
  "1/0, on/off), and case-insensitively?")

P("Write `ordinal(n)` returning '1st', '2nd', '3rd', '4th', with 11, 12, 13 "
  "taking 'th'; negative n raises ValueError.",
  "Write `ordinal(n)` returning '1st', '2nd', '3rd', '4th'; 11 -> '11st', "
  "12 -> '12nd'; negative n raises ValueError.",
  "contradictory", "conflicting_examples", "11 -> '11st', 12 -> '12nd'",
  "Should 11 and 12 really be '11st' and '12nd', or the English '11th' and "
  "'12th'?", ["11th/12th", "11st/12nd"])

P("Write a `Money` class that refuses to add amounts in different "
  "currencies (raise CurrencyMismatch).",
  "Write a `Money` class that can add amounts in different currencies.",
  "missing", "dependency", "can add amounts in different currencies",
  "Where should exchange rates come from when adding different currencies, "
  "and what currency should the result be in?")

P("Write `is_valid_username(s)`: 3-20 characters, lowercase letters, "
  "digits and underscores, must start with a letter.",
  "Write `is_valid_username(s)`: 3-20 characters, letters, digits and "
  "underscores, must start with a letter. Usernames are unique "
  "case-insensitively.",
  "ambiguous", "scope", "letters, digits and underscores",
  "Should uppercase letters be accepted in usernames (and non-ASCII "
  "letters like 'é')?", ["lowercase ASCII only", "any case ASCII",
                          "unicode letters"])

P("Write `roman(n)` converting 1..3999 to Roman numerals using subtractive "
  "notation (4 -> 'IV'); out of range -> ValueError.",
  "Write `roman(n)` converting 1..3999 to Roman numerals (4 -> 'IIII' like "
  "on clocks, 9 -> 'IX'); out of range -> ValueError.",
  "contradictory", "conflicting_examples", "4 -> 'IIII' like on clocks",
  "4 uses additive 'IIII' but 9 uses subtractive 'IX'; should 40, 90, 400 "
  "and 900 be additive or subtractive?", ["subtractive except 4",
                                          "all additive", "all subtractive"])

P("Write a `Timer` context manager that records elapsed wall time in "
  "seconds (float, time.perf_counter) on `.elapsed` after exit.",
  "Write a `Timer` context manager that records elapsed time on `.elapsed` "
  "after exit.",
  "ambiguous", "unit", "records elapsed time",
  "Should elapsed be wall time or CPU time, and in seconds or "
  "milliseconds?", ["wall seconds", "wall ms", "CPU seconds"])

P("Implement `binary_search(a, x)` returning the index of x in sorted list "
  "a, or -1 if absent; if x occurs several times return the leftmost index.",
  "Implement `binary_search(a, x)` returning the index of x in sorted list "
  "a, or -1 if absent; the list can contain repeated values.",
  "missing", "tie_breaking", "the list can contain repeated values",
  "When x occurs several times, should binary_search return the leftmost, "
  "the rightmost, or any matching index?", ["leftmost", "rightmost", "any"])

P("Write `camel_to_snake(name)`: 'HTTPServerError' -> 'http_server_error', "
  "'userID' -> 'user_id'.",
  "Write `camel_to_snake(name)`: 'HTTPServerError' -> "
  "'h_t_t_p_server_error', 'userID' -> 'user_id'.",
  "contradictory", "conflicting_examples", "'h_t_t_p_server_error'",
  "Acronyms are split per letter in the first example but kept together "
  "in 'userID' -> 'user_id'; should 'HTTP' become 'http' or 'h_t_t_p'?",
  ["http", "h_t_t_p"])

P("Write `daterange(start, end)` yielding dates from start to end "
  "inclusive, one day apart; end before start yields nothing.",
  "Write `daterange(start, end)` yielding dates from start to end one day "
  "apart, similar to range(); end before start yields nothing.",
  "ambiguous", "boundary", "similar to range()",
  "Should `end` itself be included, or excluded like range()?",
  ["inclusive", "exclusive"])

Z("Write `daterange(start, end)` yielding dates from start to end one day "
  "apart, exclusive of end like range(); end before start yields nothing.")

P("Write `deep_merge(a, b)`: nested dicts merge recursively; for any other "
  "conflict b's value wins; neither input is mutated.",
  "Write `deep_merge(a, b)`: nested dicts merge recursively; for any other "
  "conflict, including lists, do the sensible thing; neither input is "
  "mutated.",
  "ambiguous", "conflict_resolution", "do the sensible thing",
  "On a conflict between lists, should b replace a, or should they be "
  "concatenated?", ["b replaces", "concatenate"])

P("Write a `Paginator(items, per_page)` with `page(n)` (1-based) returning "
  "a list; asking for a page past the end returns [].",
  "Write a `Paginator(items, per_page)` with `page(n)` returning a list; "
  "asking for a page past the end returns [].",
  "missing", "boundary", "`page(n)`",
  "Is page numbering 0-based or 1-based?", ["0-based", "1-based"])

P("Write `humanize_delta(seconds)` producing e.g. '2 hours ago', "
  "'3 minutes ago', 'just now' for under 60 seconds; use the largest unit "
  "and floor the count.",
  "Write `humanize_delta(seconds)` producing e.g. '2 hours ago', "
  "'3 minutes ago', 'just now' for very recent stuff; use the largest "
  "unit.",
  "missing", "threshold", "'just now' for very recent stuff",
  "Below how many seconds should it say 'just now'?",
  ["under 60 s", "under 10 s"])

P("Create a `Config` dataclass with fields host: str, port: int = 8080, "
  "debug: bool = False, and a `from_dict` that ignores unknown keys.",
  "Create a `Config` dataclass with fields host: str, port: int = 8080, "
  "debug: bool = False, and a `from_dict` for the YAML loader's output.",
  "missing", "error_handling", "a `from_dict` for the YAML loader's output",
  "What should from_dict do with unknown keys in the YAML: ignore them or "
  "raise an error?", ["ignore", "raise"])

Z("Create a `Config` dataclass: host str, port int default 8080, debug "
  "bool default False. Nothing fancy.")

P("Write `nearest(points, p, k)` returning the k points closest to p by "
  "Euclidean distance, closest first; ties broken by the point's index in "
  "the input.",
  "Write `nearest(points, p, k)` returning the k points closest to p, "
  "closest first; ties broken by the point's index in the input. Points "
  "are (lat, lon) pairs.",
  "ambiguous", "metric", "Points are (lat, lon) pairs",
  "For (lat, lon) points, should distance be great-circle (haversine) or "
  "plain Euclidean on the coordinates?", ["haversine", "euclidean"])

P("Write `Graph.shortest_path(a, b)` for an unweighted undirected graph "
  "using BFS; return the list of nodes from a to b, or None if "
  "unreachable; if several shortest paths exist any one is fine.",
  "Write `Graph.shortest_path(a, b)` for our graph using BFS; return the "
  "list of nodes from a to b, or None if unreachable; if several shortest "
  "paths exist any one is fine.",
  "contradictory", "spec_vs_code", "self.edges[a].append((b, weight))",
  "The graph stores weighted edges, so BFS won't give shortest paths by "
  "weight; should I use Dijkstra or ignore the weights (fewest hops)?",
  ["Dijkstra by weight", "BFS fewest hops"],
  ctx="class Graph:\n    def add_edge(self, a, b):\n        "
      "self.edges[a].append(b)\n        self.edges[b].append(a)\n",
  bctx="class Graph:\n    def add_edge(self, a, b, weight):\n        "
       "self.edges[a].append((b, weight))\n")

P("Write `compare_versions(a, b)` returning -1, 0, 1 for dotted numeric "
  "versions; missing components count as 0 ('1.2' == '1.2.0').",
  "Write `compare_versions(a, b)` returning -1, 0, 1 for dotted numeric "
  "versions; versions can have different numbers of components.",
  "missing", "boundary", "versions can have different numbers of "
  "components",
  "Is '1.2' equal to '1.2.0' (missing parts are 0), or is the shorter "
  "version smaller?", ["equal", "shorter is smaller"])

P("Write `to_csv_row(values)` that quotes a field only if it contains a "
  "comma, a double quote, or a newline, doubling embedded quotes (RFC "
  "4180).",
  "Write `to_csv_row(values)` that quotes fields when needed, doubling "
  "embedded quotes; the consumer is our own parser.",
  "contradictory", "spec_vs_code", "line.split(',')",
  "Our parser splits on ',' without handling quotes, so quoted fields with "
  "commas will break it; should I change the parser too, or avoid commas "
  "another way?", ["fix the parser", "escape differently"],
  ctx="# consumer/parse.py\ndef parse(line):\n    return next(csv.reader("
      "[line]))\n",
  bctx="# consumer/parse.py\ndef parse(line):\n    return line.split(',')\n")

Z("Write `is_leap(year)` for the Gregorian calendar.")
Z("`def mean(xs)`; empty list raises ValueError like statistics.mean.")
Z("add `__len__` to the `Playlist` class returning the number of tracks",
  ctx="class Playlist:\n    def __init__(self):\n        self.tracks = []\n")
A("add `__len__` to the Playlist class",
  "ambiguous", "vague_term", "self.duration_s",
  "Playlist tracks both a list of tracks and a total duration; should "
  "len() be the number of tracks or something else like duration?",
  ["number of tracks", "duration"],
  ctx="class Playlist:\n    def __init__(self):\n        self.tracks = []\n"
      "        self.duration_s = 0\n        self.sections = []  # "
      "list of lists of tracks, legacy\n",
  in_ctx=True)
Z("Implement FizzBuzz for 1..100 printing one line each.")
Z("Write a function that reverses the words in a sentence ('a b c' -> "
  "'c b a'), whitespace collapsed to single spaces.")
A("Write a function that reverses a sentence.",
  "ambiguous", "scope", "reverses a sentence",
  "Should the word order be reversed ('a b c' -> 'c b a') or the "
  "characters ('abc' -> 'cba')?", ["word order", "characters"])
Z("quick: function to check if two strings are anagrams, ignore case and "
  "spaces")
A("quick: function to check if two strings are anagrams, punctuation and "
  "accents handled",
  "ambiguous", "encoding", "punctuation and accents handled",
  "Should punctuation be ignored, and should accented letters match their "
  "plain form ('é' == 'e')?")

# ---------------------------------------------------------------------------
# Batch 8: stand-alone hard cases (context blockers, harmless vague words)
# ---------------------------------------------------------------------------

A("Could you write the unit tests for `apply_coupon()` in checkout.py? "
  "We're trying to get coverage of the checkout module above 90% before the "
  "audit, and this is the last uncovered function. Use pytest and the "
  "existing `cart` fixture from conftest.py. Cover the happy path, an "
  "expired coupon, and a coupon below its minimum order value.",
  "contradictory", "spec_vs_doc", "coupons at exactly the minimum order "
  "value are rejected",
  "The docstring says orders exactly at the minimum are rejected, but the "
  "code uses >= and accepts them; which behaviour should the test "
  "enforce?", ["accepted (code)", "rejected (docstring)"],
  ctx="def apply_coupon(cart, coupon):\n    \"\"\"Apply coupon. Note: "
      "coupons at exactly the minimum order value are rejected.\"\"\"\n"
      "    if coupon.expires_at < now():\n        raise CouponExpired\n"
      "    if cart.subtotal >= coupon.min_order:\n        cart.discount = "
      "coupon.amount\n    else:\n        raise BelowMinimum\n")

Z("Could you write the unit tests for `apply_coupon()` in checkout.py? "
  "We're trying to get coverage of the checkout module above 90% before the "
  "audit, and this is the last uncovered function. Use pytest and the "
  "existing `cart` fixture from conftest.py. Cover the happy path, an "
  "expired coupon, a coupon below its minimum order value, and one exactly "
  "at the minimum (accepted).",
  ctx="def apply_coupon(cart, coupon):\n    \"\"\"Apply coupon; orders at "
      "or above coupon.min_order qualify.\"\"\"\n    if coupon.expires_at < "
      "now():\n        raise CouponExpired\n    if cart.subtotal >= "
      "coupon.min_order:\n        cart.discount = coupon.amount\n    "
      "else:\n        raise BelowMinimum\n")

Z("Just tidy up this function a bit — some better variable names, maybe "
  "pull the magic number into a constant, whatever you think helps "
  "readability. Don't change behaviour.",
  ctx="def f(l):\n    r = []\n    for x in l:\n        if x > 86400:\n"
      "            r.append(x // 86400)\n    return r\n")

Z("Update the copyright year in the LICENSE header from 2023 to 2024, "
  "etc. — there's only the one place.",
  ctx="$ grep -rn 2023 LICENSE\nLICENSE:1:Copyright (c) 2023 Acme Corp\n")

A("Update the copyright year to 2024 in all the headers.",
  "ambiguous", "scope", "all the headers",
  "Besides LICENSE, ~140 source files have '2019-2023' ranges; should "
  "those become '2019-2024' too, or only LICENSE?",
  ["LICENSE only", "all files"],
  ctx="$ grep -rln 'Copyright' . | wc -l\n143\n$ head -1 src/a.py\n# "
      "Copyright (c) 2019-2023 Acme Corp\n")

Z("Some of the tests in tests/test_api.py are marked xfail from the old "
  "auth bug, which is fixed now. Remove the xfail markers and check they "
  "pass; if any don't, leave its marker and tell me which.")

Z("Maybe it's overkill, but can you add a `py.typed` marker file to the "
  "package so mypy picks up our annotations downstream? And include it in "
  "package data in pyproject.")

A("I think the `calculate_shipping` function is buggy for international "
  "orders, customers in Canada are complaining they get charged the "
  "domestic rate. Can you fix it? The rates table is in shipping/rates.py "
  "and there's a test file next to it that I wrote back when we only "
  "shipped domestically, so it might be out of date.",
  "ambiguous", "referent", "the `calculate_shipping` function",
  "calculate_shipping is defined twice (shipping/core.py and "
  "shipping/legacy.py, both imported in places); which one do the "
  "checkout calls use and should both be fixed?",
  ["core.py", "legacy.py", "both"],
  ctx="$ grep -rn 'def calculate_shipping' .\nshipping/core.py:40:def "
      "calculate_shipping(order):\nshipping/legacy.py:12:def "
      "calculate_shipping(order, rates=None):\n")

Z("I think the `calculate_shipping` function is buggy for international "
  "orders, customers in Canada are complaining they get charged the "
  "domestic rate. Can you fix it? The rates table is in shipping/rates.py "
  "and has a CA entry.",
  ctx="# shipping/core.py\ndef calculate_shipping(order):\n    rate = "
      "RATES.get(order.country, RATES['US'])\n    ...\n# shipping/rates.py\n"
      "RATES = {'US': 5.0, 'CA': 12.0, 'MX': 11.0}\n# order.country values "
      "look like 'ca', 'us' (lowercase)\n")

A("Add a column `region` to the users export.",
  "missing", "source", "Add a column `region`",
  "Users have no region field; should region be derived from country "
  "(and with which mapping), or from the billing address state?",
  ctx="User fields: id, email, country (ISO alpha-2), billing_state, "
      "created_at\n")

Z("Add a column `region` to the users export, derived from `country` "
  "through the REGION_BY_COUNTRY map in geo.py; unknown countries get "
  "'other'.")

Z("Here's the failing output. Whatever the cause, the fix should go in "
  "the serializer, not the test.",
  ctx="FAILED tests/test_ser.py::test_dates - AssertionError: assert "
      "'2024-03-01T00:00:00' == '2024-03-01'\n# The serializer calls "
      "value.isoformat() on a datetime for the `due` field, which the "
      "model docs say is a date.\n")

A("Here's the failing output. Fix it.",
  "ambiguous", "scope", "Fix it",
  "Should the serializer emit a date-only string, or is the test's "
  "expectation outdated now that `due` became a datetime?",
  ["fix serializer", "update test"],
  ctx="FAILED tests/test_ser.py::test_dates - AssertionError: assert "
      "'2024-03-01T00:00:00' == '2024-03-01'\n# migration 0042 changed "
      "Invoice.due from DateField to DateTimeField last week\n")

A("Add a cron schedule to run `reconcile.py` every weekday at 6 in the "
  "morning. The server is the one we moved to Frankfurt last month, and "
  "the finance team in New York needs the results before they start "
  "their day.",
  "ambiguous", "timezone", "every weekday at 6 in the morning",
  "Is 06:00 in the server's timezone (Frankfurt) or New York time?",
  ["Europe/Berlin", "America/New_York"])

Z("Add a cron entry to run `reconcile.py` Mon-Fri at 06:00 server time "
  "(the box is on UTC, that's fine).")

Z("Could you write a quick helper that returns the last element of a list, "
  "or None for an empty list? Nothing fancy, it's for a template filter.")

A("The `export_users` function is supposed to exclude deleted users, see "
  "the spec in the docstring. Can you add tests that lock that in?",
  "contradictory", "spec_vs_code", "User.objects.all()",
  "The docstring says deleted users are excluded but the query uses "
  "User.objects.all() (soft-deleted users included); should the tests "
  "assert the documented behaviour and the code be fixed?",
  ["fix code + test spec", "test current behaviour"],
  ctx="def export_users():\n    \"\"\"Export all active users (deleted ones "
      "are excluded).\"\"\"\n    return [serialize(u) for u in "
      "User.objects.all()]\n# User has a soft-delete flag `is_deleted`\n")

Z("The `export_users` function is supposed to exclude deleted users, see "
  "the spec in the docstring. Can you add tests that lock that in?",
  ctx="def export_users():\n    \"\"\"Export all active users (deleted ones "
      "are excluded).\"\"\"\n    return [serialize(u) for u in "
      "User.objects.filter(is_deleted=False)]\n")

A("Please put the new `send_digest` job on the same queue as the other "
  "email jobs.",
  "contradictory", "spec_vs_code", "queue='mail'",
  "The email jobs are split between the 'emails' and 'mail' queues; which "
  "queue should send_digest use?", ["emails", "mail"],
  ctx="@app.task(queue='emails')\ndef send_welcome(user_id): ...\n\n"
      "@app.task(queue='mail')\ndef send_reset(user_id): ...\n")

Z("Please put the new `send_digest` job on the same queue as the other "
  "email jobs.",
  ctx="@app.task(queue='emails')\ndef send_welcome(user_id): ...\n\n"
      "@app.task(queue='emails')\ndef send_reset(user_id): ...\n")

A("Set the request timeout to 30 in the HTTP client config.",
  "ambiguous", "unit", "timeout_ms: 5000",
  "The existing timeout is in milliseconds (timeout_ms); should it be 30 "
  "seconds (30000) or literally 30 ms?", ["30000 ms", "30 ms"],
  ctx="http:\n  base_url: https://partner.example.com\n  timeout_ms: 5000\n"
      "  retries: 2\n", in_ctx=True)

Z("Set the request timeout to 30 seconds in the HTTP client config.",
  ctx="http:\n  base_url: https://partner.example.com\n  timeout_ms: 5000\n"
      "  retries: 2\n")

Z("Bump the minimum supported Python in pyproject and the CI matrix to "
  "3.10, drop 3.8 and 3.9 from the matrix. Don't touch the code yet.")

A("Write a migration that backfills `users.display_name` for existing "
  "rows. There are 8 million of them and the table is hot, so do it in "
  "batches of 10k with a short sleep between batches, and make it "
  "resumable if it gets interrupted. New rows already get display_name "
  "from the signup form.",
  "missing", "source", "backfills `users.display_name`",
  "What value should existing rows get: first_name + ' ' + last_name, the "
  "username, or the email local part?",
  ["first + last name", "username", "email local part"])

Z("Write a migration that backfills `users.display_name` with "
  "`username` for rows where it's NULL. There are 8 million rows and the "
  "table is hot, so batches of 10k by primary key with a 100 ms sleep, "
  "resumable (start from max id already filled).")

Z("Some rows in the CSV have trailing spaces in the `sku` column; strip "
  "them when loading, and any other whitespace at the ends of string "
  "fields too — no reason to keep it anywhere.")

A("Can you review my change to the retry loop? I'm mainly worried it now "
  "retries on errors it shouldn't.",
  "missing", "scope", "errors it shouldn't",
  "Which errors should be retried (e.g. timeouts and 5xx only), so I can "
  "check the loop against that?",
  ctx="-        except requests.Timeout:\n+        except Exception:\n"
      "             if attempt == MAX:\n                 raise\n"
      "             sleep(backoff(attempt))\n")

Z("Can you review my change to the retry loop? I'm mainly worried it now "
  "retries on errors it shouldn't — it should only retry timeouts and "
  "connection errors.",
  ctx="-        except requests.Timeout:\n+        except Exception:\n"
      "             if attempt == MAX:\n                 raise\n"
      "             sleep(backoff(attempt))\n")

A("The spec for the `/v1/quote` endpoint is in the README. Implement it.",
  "missing", "error_handling", "Returns the price in cents",
  "The README doesn't say what to return for an unknown product_id or a "
  "non-positive quantity; should those be 404 and 400, or something else?",
  ["404 / 400", "422 for both"],
  ctx="README excerpt:\n## POST /v1/quote\nBody: {\"product_id\": str, "
      "\"quantity\": int}\nReturns the price in cents as {\"total\": int} "
      "using the product's unit price times quantity.\n",
  in_ctx=True)

Z("The spec for the `/v1/quote` endpoint is in the README. Implement it.",
  ctx="README excerpt:\n## POST /v1/quote\nBody: {\"product_id\": str, "
      "\"quantity\": int}\nReturns the price in cents as {\"total\": int} "
      "using the product's unit price times quantity. Unknown product_id "
      "-> 404; quantity < 1 -> 400 with {\"error\": \"bad quantity\"}.\n")

Z("There's a TODO in parser.py saying 'handle tabs'. Treat a tab as "
  "equivalent to 4 spaces for indentation, like the docs say.",
  ctx="# parser.py\n    # TODO: handle tabs\n    indent = len(line) - "
      "len(line.lstrip(' '))\n\n# docs/format.md: Indentation: tabs count "
      "as 4 spaces.\n")

A("There's a TODO in parser.py saying 'handle tabs'. Handle them like the "
  "docs say.",
  "contradictory", "spec_vs_doc", "tabs count as 8 spaces",
  "format.md says tabs count as 4 spaces but the FAQ says 8; which width "
  "should the parser use?", ["4", "8"],
  ctx="# parser.py\n    # TODO: handle tabs\n    indent = len(line) - "
      "len(line.lstrip(' '))\n\n# docs/format.md: Indentation: tabs count "
      "as 4 spaces.\n# docs/faq.md: Q: tabs? A: tabs count as 8 spaces, "
      "like most terminals.\n")

A("I want a short script that tells me which of our repos haven't had a "
  "commit in a while, so I can archive them. We have about 120 repos in "
  "the `acme` GitHub org, use the gh CLI or the REST API, whatever is "
  "easier, and print name + last commit date.",
  "missing", "threshold", "haven't had a commit in a while",
  "How long without a commit makes a repo a candidate (e.g. 6 or 12 "
  "months), and on which branch?", ["6 months", "12 months"])

Z("Short script: list repos in the `acme` GitHub org whose default branch "
  "has no commit in the last 365 days; print name and last commit date, "
  "oldest first. gh CLI or REST, whatever's easier.")

Z("In the React app, the submit button should be disabled while the form "
  "is submitting (we already have an `isSubmitting` state in the hook).")

A("In the React app, the submit button should be disabled when the form "
  "is invalid.",
  "missing", "scope", "when the form is invalid",
  "What makes the form invalid — only the required fields being empty, or "
  "also the email/phone format checks that currently run on submit?")

# ---------------------------------------------------------------------------
# Batch 9: APIs, config, devops; label-1 heavy with long wording
# ---------------------------------------------------------------------------

A("We're exposing the internal inventory service to a partner. Please add "
  "API-key authentication to all routes under /partner/: the key comes in "
  "the X-Api-Key header, keys live in the `partner_keys` table (hashed "
  "with sha256), and a bad or missing key gets 401 with a JSON error "
  "body. Also add rate limiting for the partner so they can't take us "
  "down; our own frontend shouldn't be affected by it.",
  "missing", "threshold", "add rate limiting for the partner",
  "What rate limit should apply per partner key (requests per "
  "minute/second), and should excess requests get 429?")

Z("Add API-key auth to routes under /partner/: X-Api-Key header, compared "
  "against sha256 hashes in `partner_keys`; missing or bad key -> 401 "
  "{\"error\": \"unauthorized\"}. Rate-limit each key to 60 requests per "
  "minute (429 after that) using the existing limiter middleware.")

A("The staging and production settings have drifted. Can you go through "
  "settings/staging.py and settings/production.py and make them "
  "consistent? There are maybe fifteen differences; some are deliberate "
  "(database host, secrets, debug toolbar) and I'm pretty sure most of "
  "the others are accidental leftovers from the Django 4 upgrade.",
  "ambiguous", "scope", "I'm pretty sure most of the others are accidental",
  "For each non-obvious difference (e.g. CACHE timeouts, CSRF settings), "
  "which side should win: staging or production?",
  ["production wins", "staging wins", "decide per setting with me"])

Z("settings/staging.py and settings/production.py have drifted. Make "
  "staging match production for everything except DATABASES, SECRET_KEY, "
  "DEBUG, and the debug toolbar entries, which stay as they are in "
  "staging.")

A("Add an `updated_since` filter to GET /api/products so the sync client "
  "can fetch only changed products. The client already sends "
  "?updated_since=<timestamp> in the latest mobile build, which is "
  "rolling out Thursday, so it needs to land before then. Products are "
  "updated by the admin panel and by the nightly price job.",
  "missing", "input_format", "?updated_since=<timestamp>",
  "What timestamp format does the mobile client send: ISO 8601 with "
  "timezone, or a Unix epoch in seconds or milliseconds?",
  ["ISO 8601", "epoch seconds", "epoch ms"])

Z("Add an `updated_since` filter to GET /api/products: ISO 8601 datetime "
  "with offset (e.g. 2024-03-01T10:00:00Z), returns products with "
  "updated_at strictly greater; 400 on unparsable input.")

A("Could you write a Dockerfile for the worker service? It's a plain "
  "Python app (entry point `python -m worker`), dependencies in "
  "requirements.txt, it needs ffmpeg installed, and it should run as a "
  "non-root user. Keep the image small. We build it in CI with buildx for "
  "the servers and locally on our laptops.",
  "missing", "platform", "for the servers and locally on our laptops",
  "Which CPU architectures must the image support — amd64 only, or also "
  "arm64 for the Apple-silicon laptops?", ["amd64", "amd64 + arm64"])

Z("Dockerfile for the worker: python:3.12-slim, apt-get ffmpeg (no "
  "recommends), pip install -r requirements.txt --no-cache-dir, non-root "
  "user `app`, CMD python -m worker")

A("The nginx config needs a redirect from the old blog paths to the new "
  "ones. Old: /blog/<year>/<month>/<slug>. New: /articles/<slug>. Make it "
  "a permanent redirect for SEO and keep query strings. Use a 302 for "
  "now so browsers don't cache it while we test it on staging.",
  "contradictory", "self_contradiction", "Use a 302 for now",
  "Should the redirect be a permanent 301 (as for SEO) or a temporary 302 "
  "while testing?", ["301", "302"])

Z("nginx: 301 /blog/<year>/<month>/<slug> -> /articles/<slug> on the same "
  "host, keep the query string. Regex location is fine.")

A("Hey — can you add retries to the S3 uploads in `publish.py`? Uploads "
  "fail maybe once a week with a connection reset and the whole publish "
  "job dies. Should be simple. Oh and the job must finish within its "
  "5-minute window, it's a hard limit on the scheduler side.",
  "missing", "threshold", "add retries to the S3 uploads",
  "How many retries and what backoff should I use, given the job has a "
  "hard 5-minute limit and uploads can be large?")

Z("add retries to the S3 uploads in publish.py: botocore Config "
  "retries={'max_attempts': 5, 'mode': 'standard'} on the client, "
  "nothing else")

A("The API currently returns 500 when the database is down. That's "
  "misleading for clients. Change it so that clients get the right status "
  "code and a Retry-After header. Keep the body format the same as our "
  "other errors ({\"error\": code, \"message\": text}).",
  "ambiguous", "vague_term", "the right status code",
  "Should a DB outage return 503 Service Unavailable or 502/504, and what "
  "Retry-After value should be sent?", ["503", "504"])

Z("When the DB is down, return 503 with Retry-After: 30 and body "
  "{\"error\": \"db_unavailable\", \"message\": \"try again later\"} "
  "instead of 500. Catch OperationalError in the error middleware.")

A("Set up logging to JSON for the Flask app so Datadog can parse it. "
  "Every log line should include the request id and the user id when "
  "there is one. Please keep the console output human-readable when "
  "developers run it locally, and don't add heavy dependencies; "
  "python-json-logger is already installed.",
  "missing", "configuration", "when developers run it locally",
  "How should the app detect 'local' — FLASK_ENV/FLASK_DEBUG, an "
  "APP_ENV variable, or a TTY check?", ["FLASK_DEBUG", "APP_ENV", "isatty"])

Z("JSON logs for the Flask app via python-json-logger; add request_id "
  "(from g.request_id) and user_id (current_user.id or null) to every "
  "record; plain-text formatter when APP_ENV=local.")

A("Write the SQL migration to split `customers.address` into street, "
  "city, postcode, country columns. The address is one free-text field "
  "today. Migrate the existing data too, about 2 million rows, mostly "
  "German and Austrian customers, with some Swiss.",
  "missing", "input_format", "The address is one free-text field today",
  "Is there a consistent format to parse the free-text addresses (e.g. "
  "'Street 1, 12345 City, Country'), and what should happen to rows that "
  "don't match it?")

Z("Migration: add street, city, postcode, country to customers; fill them "
  "by splitting `address` on '\\n' (the form always stored exactly four "
  "lines in that order); leave `address` in place for now.")

A("Write a script to rotate the API keys of all service accounts: "
  "generate a new key for each, store it in Vault at "
  "secret/services/<name>/api_key, and revoke the old key. The services "
  "reload secrets from Vault every 10 minutes.",
  "contradictory", "ordering", "revoke the old key",
  "Services only reload from Vault every 10 minutes; should old keys be "
  "revoked after a grace period (e.g. 15 minutes) rather than "
  "immediately, to avoid outages?", ["revoke after grace period",
                                      "revoke immediately"])

Z("Rotate service-account API keys: for each account create a new key, "
  "write it to Vault at secret/services/<name>/api_key, wait 15 minutes "
  "(services reload every 10), then revoke the old key. Dry-run flag "
  "prints the plan only.")

A("Add a `--format` option to the report CLI. Supported formats should "
  "be the same as the dashboard's export menu. Default stays text.",
  "missing", "referent", "the same as the dashboard's export menu",
  "The CLI code has no reference to the dashboard; which formats does its "
  "export menu offer (e.g. csv, json, xlsx, pdf)?")

Z("Add a `--format` option to the report CLI with choices text, csv, json; "
  "default text; csv has a header row; json is a list of objects.")

A("Create a GitHub Actions workflow that runs the e2e tests nightly "
  "against staging. They take ~40 minutes and need the STAGING_URL and "
  "E2E_PASSWORD secrets. If they fail, open an issue. Use the same "
  "runner as the other workflows.",
  "contradictory", "spec_vs_code", "runs-on: [self-hosted, gpu]",
  "The existing workflows use two different runners (ubuntu-latest and "
  "self-hosted gpu); which should the e2e workflow use?",
  ["ubuntu-latest", "self-hosted gpu"],
  ctx="# .github/workflows/ci.yml\njobs:\n  test:\n    runs-on: "
      "ubuntu-latest\n# .github/workflows/train.yml\njobs:\n  train:\n"
      "    runs-on: [self-hosted, gpu]\n")

Z("Create a GitHub Actions workflow that runs the e2e tests nightly "
  "against staging (cron 0 2 * * *), timeout 60 min, secrets STAGING_URL "
  "and E2E_PASSWORD; on failure open an issue with the run link. "
  "ubuntu-latest like ci.yml.")

A("The `users` endpoint is leaking data. Lock it down.",
  "missing", "scope", "Lock it down",
  "What should the endpoint stop exposing — specific fields (e.g. email, "
  "phone) to non-admins, or access by anyone but the user themselves?")

Z("GET /users/<id> returns email and phone to anyone who's logged in. "
  "Only return them when the requester is that user or an admin; other "
  "callers get id, name and avatar only.")

A("Please write a function that merges two sorted lists of events into "
  "one sorted list. Each event is a dict with 'ts' (epoch seconds) and "
  "'source'. It's used by the timeline view and should be O(n + m). I "
  "need it by end of day, the timeline demo is tomorrow at 10.",
  "missing", "tie_breaking", "merges two sorted lists of events",
  "When two events have the same ts, which should come first: the one "
  "from the first list, or ordered by 'source'?",
  ["first list first", "by source"])

Z("merge two lists of events already sorted by 'ts' into one sorted "
  "list, O(n + m), stable (on equal ts the first list's event comes "
  "first) — heapq.merge is fine")

A("Our ML team wants the feature store to expose a `user_embedding` "
  "feature. It's produced by the nightly job as a parquet file with "
  "columns user_id and embedding (list of floats). Add it to the feature "
  "registry and the online store so the ranking service can fetch it by "
  "user_id. The ranking service times out after 20 ms so make sure reads "
  "are fast.",
  "missing", "null_handling", "fetch it by user_id",
  "What should the online store return for users without an embedding "
  "(new users): nothing/404, a zero vector, or a default average "
  "embedding?", ["missing", "zero vector", "mean embedding"])

Z("Register `user_embedding` (float32[128]) in the feature registry from "
  "the nightly parquet (user_id, embedding); materialize to the Redis "
  "online store; users without a row return a zero vector.")

A("In the mobile API, convert all prices to the user's currency before "
  "returning them.",
  "missing", "source", "convert all prices to the user's currency",
  "Where should exchange rates come from (which provider/table) and how "
  "often are they refreshed?")

Z("In the mobile API, convert prices to the user's currency using "
  "`fx.convert(amount, from_ccy, to_ccy)` (it reads the daily ECB table "
  "we already load), round half-up to 2 decimals.")

A("Write a `git` alias or small script that deletes local branches that "
  "have been merged. Our repos use different default branches: some "
  "`main`, some `master`, a couple use `develop` as integration branch, "
  "and people sometimes keep long-running release branches around.",
  "ambiguous", "scope", "branches that have been merged",
  "Merged into which branch — the repo's default branch, or develop where "
  "it exists — and should release/* branches always be kept?")

Z("Small script: delete local branches fully merged into origin/HEAD's "
  "branch (detect via `git symbolic-ref refs/remotes/origin/HEAD`), never "
  "delete the current branch or anything matching release/*")

A("Make the checkout page load faster. It's the one with the map widget. "
  "Lighthouse says something about render-blocking scripts. Marketing "
  "also wants the promo banner on it so please don't remove that.",
  "missing", "threshold", "Make the checkout page load faster",
  "What's the target (e.g. Lighthouse performance score or LCP under 2.5 "
  "s), and is lazy-loading the map widget acceptable?")

Z("Checkout page: load the map widget script with `defer` and only "
  "initialise it when the map container scrolls into view "
  "(IntersectionObserver). Leave the promo banner as is.")

# ---------------------------------------------------------------------------
# Batch 10: contrastive pairs, degraded side as long as the complete side
# ---------------------------------------------------------------------------

P("Write `strip_html(s)` that removes tags and unescapes entities "
  "(&amp; -> &) using html.parser from the stdlib; script and style "
  "contents are dropped entirely.",
  "Write `strip_html(s)` that removes tags and unescapes entities "
  "(&amp; -> &) using html.parser from the stdlib; keep whatever text "
  "a browser would keep.",
  "ambiguous", "scope", "keep whatever text a browser would keep",
  "Should the contents of <script> and <style> elements be dropped or kept "
  "as text?", ["dropped", "kept"])

P("Count the number of lines in every .py file under src/ and print the "
  "total; blank lines and comment-only lines are not counted.",
  "Count the number of lines of code in every .py file under src/ and "
  "print the total; the number goes into our quarterly eng report.",
  "ambiguous", "vague_term", "lines of code",
  "Should blank lines, comment-only lines and docstrings be counted as "
  "lines of code?", ["count everything", "exclude blanks and comments"])

P("Validate uploaded images: reject files over 5 MB (5 * 1024 * 1024 "
  "bytes) or whose dimensions exceed 4096x4096 with a 413 response.",
  "Validate uploaded images: reject files that are too large or whose "
  "dimensions exceed 4096x4096, respond with a 413 and a short message.",
  "missing", "threshold", "files that are too large",
  "What is the maximum upload size in bytes (e.g. 5 MB)?")

P("Write `retry(fn, attempts=3, delay=1.0)` that calls fn, retrying on any "
  "exception with a fixed delay, and re-raises the last exception after "
  "the final attempt.",
  "Write `retry(fn, attempts=3, delay=1.0)` that calls fn, retrying on any "
  "exception with a fixed delay; after the final attempt report the "
  "failure back to the caller somehow.",
  "missing", "error_handling", "report the failure back to the caller "
  "somehow",
  "After the last attempt fails, should retry re-raise the last "
  "exception, return None, or raise a custom RetryError?",
  ["re-raise last", "return None", "RetryError"])

P("Make the `status` column in the admin table sortable; sort order is "
  "the workflow order draft < review < published < archived, not "
  "alphabetical.",
  "Make the `status` column in the admin table sortable; the values are "
  "draft, review, published and archived, sort them the natural way.",
  "ambiguous", "vague_term", "sort them the natural way",
  "Should statuses sort alphabetically or in workflow order (draft, "
  "review, published, archived)?", ["alphabetical", "workflow order"])

P("In the CSV parser, treat empty cells in numeric columns as 0.",
  "In the CSV parser, treat empty cells in numeric columns as missing "
  "values so the averages are right.",
  "ambiguous", "null_handling", "treat empty cells in numeric columns as "
  "missing values",
  "Should empty numeric cells become None/NaN (excluded from averages) or "
  "0 (included as zero)?", ["None/NaN", "0"])

P("Add a `max_length=280` validation to Post.body and return 400 with "
  "{\"body\": \"too long\"} when exceeded.",
  "Add a length validation to Post.body like Twitter used to have and "
  "return 400 with {\"body\": \"too long\"} when exceeded.",
  "ambiguous", "threshold", "like Twitter used to have",
  "Should the limit be 140 or 280 characters?", ["140", "280"])

P("Write a shell one-liner that finds the 10 largest files under /data "
  "(regular files only, following no symlinks) and prints size in MB and "
  "path.",
  "Write a shell one-liner that finds the largest files under /data and "
  "prints size in MB and path, biggest first; it's for a quick look.",
  "missing", "threshold", "finds the largest files",
  "How many of the largest files should it list (e.g. top 10)?")

P("Cache the result of `get_plan_prices()` in memory for 10 minutes; it "
  "calls the billing API which changes prices at most once a day.",
  "Cache the result of `get_plan_prices()` in memory; it calls the "
  "billing API which changes prices at some point during the day.",
  "missing", "threshold", "Cache the result of `get_plan_prices()` in "
  "memory",
  "How long should cached prices stay valid (TTL) before refetching?")

P("Sort the leaderboard by points descending; equal points are ordered by "
  "who reached that score first (earlier `updated_at` first).",
  "Sort the leaderboard by points descending; equal points are ordered by "
  "who reached that score first or by name, whichever the product team "
  "decided.",
  "ambiguous", "tie_breaking", "whichever the product team decided",
  "For equal points, should ordering be by earliest updated_at or by "
  "name?", ["earliest updated_at", "name"])

P("Rename every occurrence of `customerId` to `customer_id` in the JSON "
  "responses of the v2 API only; v1 keeps camelCase.",
  "Rename every occurrence of `customerId` to `customer_id` in the JSON "
  "responses of the API; some mobile clients are still on old app "
  "versions.",
  "missing", "compatibility", "some mobile clients are still on old app "
  "versions",
  "Should the rename apply to all API versions, or only v2 so old mobile "
  "clients on v1 keep working?", ["v2 only", "all versions"])

P("Write the function to compute compound interest: principal P, annual "
  "rate r (0.05 = 5%), compounded monthly for n years; return the final "
  "balance rounded to cents.",
  "Write the function to compute compound interest: principal P, annual "
  "rate r, compounded monthly for n years; return the final balance "
  "rounded to cents. Rates come from the product sheet.",
  "ambiguous", "unit", "annual rate r",
  "Is r a fraction (0.05) or a percentage (5)?", ["fraction", "percentage"])

P("Our search should match product names case-insensitively and ignore "
  "accents ('cafe' finds 'Café').",
  "Our search should match product names case-insensitively and ignore "
  "accents ('cafe' finds 'Café').",
  "contradictory", "spec_vs_test",
  "assert search('cafe') == []",
  "test_accents expects 'cafe' NOT to find 'Café', contradicting the "
  "accent-insensitive requirement; should the test be updated?",
  ["update test", "keep accent-sensitive"],
  ctx="def test_case():\n    assert search('CAFÉ') == ['Café']\n",
  bctx="def test_case():\n    assert search('CAFÉ') == ['Café']\n\n"
       "def test_accents():\n    # accents are significant\n    assert "
       "search('cafe') == []\n")

P("Add a `Retry-After` header to 429 responses with the number of seconds "
  "until the client's window resets.",
  "Add a `Retry-After` header to 429 responses with the time until the "
  "client's window resets, as an HTTP date or whatever fits.",
  "ambiguous", "output_format", "as an HTTP date or whatever fits",
  "Should Retry-After be a number of seconds or an HTTP-date?",
  ["seconds", "HTTP-date"])

P("Write `load_users(path)` reading a JSON array of users; if the file "
  "doesn't exist return []; invalid JSON raises.",
  "Write `load_users(path)` reading a JSON array of users; it's called at "
  "startup, and on a fresh install the file may not exist yet.",
  "missing", "error_handling", "on a fresh install the file may not exist "
  "yet",
  "If the file doesn't exist, should load_users return [], create the "
  "file, or raise?", ["return []", "create file", "raise"])

P("The `notify` function should send SMS via Twilio only for users with "
  "`sms_opt_in=True`; everyone else gets email.",
  "The `notify` function should send SMS via Twilio for users who want "
  "it; everyone else gets email. Users set this somewhere in profile.",
  "ambiguous", "referent", "users who want it",
  "Which field says a user wants SMS: `sms_opt_in` or "
  "`notification_channel == 'sms'`?", ["sms_opt_in", "notification_channel"],
  ctx="Profile fields: sms_opt_in (bool)",
  bctx="Profile fields: sms_opt_in (bool, legacy), notification_channel "
       "('email' | 'sms' | 'push')")

P("Write a function `split_train_test(df, frac=0.8, seed=0)` that shuffles "
  "rows with the given seed and returns (train, test).",
  "Write a function `split_train_test(df, frac=0.8)` that shuffles rows "
  "and returns (train, test); results must be identical across runs.",
  "contradictory", "self_contradiction", "results must be identical across "
  "runs",
  "To be identical across runs the shuffle needs a seed; may I add a "
  "`seed` parameter (and with what default)?", ["add seed=0", "fixed "
                                                "internal seed"])

P("Convert the `created` field from epoch milliseconds to an ISO 8601 "
  "UTC string in the export.",
  "Convert the `created` field from epoch to an ISO 8601 UTC string in "
  "the export.",
  "ambiguous", "unit", "from epoch to an ISO 8601",
  "The samples mix 13-digit and 10-digit values; is `created` in epoch "
  "seconds or milliseconds, or does it depend on the row?",
  ["seconds", "milliseconds"],
  ctx="created samples: 1710000000123, 1710000004567",
  bctx="created samples: 1710000000123, 1710000004, 1710000009876")

P("Write a Click command `users deactivate EMAIL` that sets is_active=False "
  "and prints 'deactivated EMAIL'; unknown email exits with code 1.",
  "Write a Click command `users deactivate EMAIL` that deactivates the "
  "user and prints 'deactivated EMAIL'; unknown email exits with code 1.",
  "ambiguous", "scope", "deactivates the user",
  "Should deactivating just set is_active=False, or also revoke sessions "
  "and API tokens?", ["is_active only", "also revoke sessions/tokens"])

P("Add an index to speed up `SELECT * FROM events WHERE account_id = $1 "
  "ORDER BY created_at DESC LIMIT 50` (Postgres).",
  "Add an index to speed up the slow events query from the dashboard "
  "(Postgres), it's been in the slow log all week.",
  "missing", "referent", "the slow events query",
  "Which query is it — can you share the SQL or the slow-log entry?")

P("Write `safe_divide(a, b)` that returns a / b, or 0.0 when b is 0.",
  "Write `safe_divide(a, b)` that returns a / b, or 0.0 when b is 0.",
  "contradictory", "spec_vs_test", "assert math.isnan(safe_divide(1, 0))",
  "The request says 0.0 for b == 0 but the test expects NaN; which is "
  "right?", ["0.0", "NaN"],
  ctx="def test_basic():\n    assert safe_divide(6, 3) == 2.0\n",
  bctx="def test_basic():\n    assert safe_divide(6, 3) == 2.0\n\n"
       "def test_zero():\n    assert math.isnan(safe_divide(1, 0))\n")

P("Make the cookie banner remember the user's choice for 180 days in a "
  "first-party cookie named `consent`.",
  "Make the cookie banner remember the user's choice for a while in a "
  "first-party cookie named `consent`.",
  "missing", "threshold", "for a while",
  "How long should the consent choice be remembered (cookie max-age)?")

P("Write `word_wrap(text, width)` that breaks on spaces only; a single "
  "word longer than width goes on its own line unbroken.",
  "Write `word_wrap(text, width)` that breaks on spaces only; lines must "
  "never exceed width, no exceptions.",
  "missing", "boundary", "lines must never exceed width, no exceptions",
  "What should happen to a single word longer than width if breaking only "
  "on spaces: split it mid-word or allow the long line?",
  ["split mid-word", "allow long line"])

P("The webhook handler must respond within 3 seconds, so enqueue the "
  "payload with `queue.enqueue(process_event, payload)` and return 202 "
  "right away.",
  "The webhook handler must respond within 3 seconds, so process the "
  "payload asynchronously and return 202 right away.",
  "ambiguous", "referent", "process the payload asynchronously",
  "The project has both Celery and RQ configured; which one should the "
  "webhook enqueue onto?", ["Celery", "RQ"],
  ctx="requirements.txt: django, rq, redis",
  bctx="requirements.txt: django, celery, rq, redis\n# both tasks.py "
       "(celery) and jobs.py (rq) exist")

P("Produce a confusion matrix for the classifier on the test set as a PNG "
  "with class names on the axes, normalized by true class (rows sum to 1).",
  "Produce a confusion matrix for the classifier on the test set as a PNG "
  "with class names on the axes, normalized so it's easier to read.",
  "ambiguous", "output_format", "normalized so it's easier to read",
  "Normalize over true labels (rows), predicted labels (columns), or all "
  "cells?", ["rows", "columns", "all"])

P("Write an Ansible task that ensures user `deploy` exists with shell "
  "/bin/bash and is in group `docker`.",
  "Write an Ansible task that ensures user `deploy` exists with shell "
  "/bin/bash and is in the right groups.",
  "missing", "scope", "in the right groups",
  "Which groups should `deploy` belong to (e.g. docker, sudo)?")

# ---------------------------------------------------------------------------
# Batch 11: stand-alone; quoted code, diffs, test output; many conflicts
# ---------------------------------------------------------------------------

A("This is the function:\n\n    def avg(xs):\n        return sum(xs) / "
  "len(xs)\n\nMake it return None for an empty list, and keep the "
  "existing behaviour of raising for empty input so callers that rely on "
  "the exception don't break.",
  "contradictory", "self_contradiction", "keep the existing behaviour of "
  "raising for empty input",
  "Should avg([]) return None or keep raising ZeroDivisionError?",
  ["return None", "keep raising"])

Z("This is the function:\n\n    def avg(xs):\n        return sum(xs) / "
  "len(xs)\n\nMake it return None for an empty list. I checked, no caller "
  "catches the ZeroDivisionError.")

A("Apply this patch and make the test pass:\n\n-    return "
  "price * qty\n+    return round(price * qty, 2)\n\nThe test is "
  "test_line_total in tests/test_cart.py.",
  "contradictory", "spec_vs_test", "assert line_total(Decimal('0.125'), 1) "
  "== Decimal('0.13')",
  "round() uses banker's rounding, so 0.125 becomes 0.12, but the test "
  "expects 0.13; should I use ROUND_HALF_UP instead of the patch's "
  "round()?", ["ROUND_HALF_UP", "change the test"],
  ctx="def test_line_total():\n    assert line_total(Decimal('0.125'), 1) "
      "== Decimal('0.13')\n")

Z("Apply this patch and make sure the test still passes:\n\n-    return "
  "price * qty\n+    return (price * qty).quantize(Decimal('0.01'), "
  "ROUND_HALF_UP)\n\nThe test is test_line_total.",
  ctx="def test_line_total():\n    assert line_total(Decimal('0.125'), 1) "
      "== Decimal('0.13')\n")

A("pytest output below. The second test is new and reflects what product "
  "wants; make the code satisfy both tests.",
  "contradictory", "test_vs_test", "assert fmt_name('ada', 'lovelace') == "
  "'Lovelace, Ada'",
  "test_fmt_old expects 'Ada Lovelace' and test_fmt_new expects "
  "'Lovelace, Ada' for the same input; should the old test be removed or "
  "is there a flag distinguishing them?", ["delete old test",
                                            "add a parameter"],
  ctx="FAILED test_names.py::test_fmt_new\n    assert fmt_name('ada', "
      "'lovelace') == 'Lovelace, Ada'\nPASSED test_names.py::test_fmt_old\n"
      "    assert fmt_name('ada', 'lovelace') == 'Ada Lovelace'\n")

Z("pytest output below. The second test is new and reflects what product "
  "wants; the old one is obsolete — delete it and make the code pass the "
  "new one.",
  ctx="FAILED test_names.py::test_fmt_new\n    assert fmt_name('ada', "
      "'lovelace') == 'Lovelace, Ada'\nPASSED test_names.py::test_fmt_old\n"
      "    assert fmt_name('ada', 'lovelace') == 'Ada Lovelace'\n")

A("Why does this print 0.30000000000000004 and how do I make it print "
  "0.3? Fix it in the invoice template helper, which must keep returning a "
  "float because the PDF library only takes floats, and must be exact to "
  "the cent for all inputs.",
  "contradictory", "self_contradiction", "must keep returning a float",
  "Floats can't be exact to the cent for all inputs; may the helper return "
  "a Decimal or a preformatted string instead, or is rounding a float to "
  "2 decimals acceptable?", ["round float to 2dp", "return Decimal/str"])

Z("Why does this print 0.30000000000000004 and how do I make it print "
  "0.3? It's just a display thing in the invoice template helper — format "
  "with two decimals there.",
  ctx=">>> 0.1 + 0.2\n0.30000000000000004\n")

A("Implement `get_config_value(key)` per the ADR.",
  "contradictory", "spec_vs_doc", "environment variables override the "
  "file",
  "ADR-007 says the config file overrides environment variables, but the "
  "README says environment variables override the file; which precedence "
  "is correct?", ["file wins", "env wins"],
  ctx="docs/adr/007-config.md: Precedence: config.toml > environment > "
      "defaults.\nREADME.md: ...environment variables override the file, "
      "which overrides built-in defaults.\n")

Z("Implement `get_config_value(key)` per the ADR.",
  ctx="docs/adr/007-config.md: Precedence: environment (APP_<KEY> upper-"
      "case) > config.toml > defaults dict in config.py. Missing "
      "everywhere -> KeyError.\n")

A("Here's the OpenAPI snippet for the new endpoint. Implement the handler.",
  "contradictory", "spec_vs_schema", "required: [email, phone]",
  "The description says either email or phone is enough, but the schema "
  "marks both as required; should one of them be optional?",
  ["either one required", "both required"],
  ctx="/contacts:\n  post:\n    description: Create a contact. Either "
      "email or phone must be provided.\n    requestBody:\n      content:\n"
      "        application/json:\n          schema:\n            type: "
      "object\n            required: [email, phone]\n")

Z("Here's the OpenAPI snippet for the new endpoint. Implement the handler.",
  ctx="/contacts:\n  post:\n    description: Create a contact; returns 201 "
      "with the contact.\n    requestBody:\n      content:\n"
      "        application/json:\n          schema:\n            type: "
      "object\n            required: [email]\n            properties:\n"
      "              email: {type: string, format: email}\n"
      "              phone: {type: string}\n")

A("The function signature is already decided, see below. Implement it.\n\n"
  "    def top_k(items: list[str], k: int) -> dict[str, int]:\n"
  "        \"\"\"Return the k most common items as a list of (item, count) "
  "pairs, most common first.\"\"\"",
  "contradictory", "spec_vs_code", "-> dict[str, int]",
  "The return annotation says dict but the docstring says a list of "
  "(item, count) pairs; which should top_k return?",
  ["list of pairs", "dict"])

Z("The function signature is already decided, see below. Implement it.\n\n"
  "    Pair = tuple[str, int]\n\n"
  "    def top_k(items: list[str], k: int) -> list[Pair]:\n"
  "        \"\"\"Return the k most common items as (item, count) pairs, "
  "most common first, ties by first occurrence.\"\"\"")

A("README says `make install` sets everything up. It doesn't work on my "
  "machine, see output. Fix the Makefile so it works for everyone.",
  "missing", "platform", "works for everyone",
  "The failure is BSD sed on macOS; should the Makefile support both GNU "
  "and BSD tools, or should macOS users install gnu-sed?",
  ["portable for both", "require gnu-sed"],
  ctx="$ make install\nsed -i 's/VERSION/1.2/' config.ini\nsed: 1: "
      "\"config.ini\": invalid command code c\nmake: *** [install] Error 1\n")

Z("README says `make install` sets everything up. It fails on macOS "
  "because of `sed -i` (BSD sed wants a suffix). Make it portable: use "
  "`sed -i.bak ... && rm config.ini.bak`.")

A("The product spec says the search box should show results after the "
  "user stops typing. Implement the debounce in SearchBox.tsx.",
  "missing", "threshold", "after the user stops typing",
  "What debounce delay should be used (e.g. 300 ms)?")

Z("Implement a 300 ms debounce on the search box input in SearchBox.tsx "
  "(useEffect + setTimeout cleanup is fine); fire immediately on Enter.")

A("Commit message says 'fix off-by-one in pager', but reviewers disagree "
  "on whether it's actually fixed. Decide and write a test that pins the "
  "intended behaviour.",
  "missing", "boundary", "pins the intended behaviour",
  "Should the last page include items up to total (inclusive end), i.e. "
  "what's the intended range of page n: [n*size, (n+1)*size) with 0-based "
  "n or 1-based?", ["0-based", "1-based"])

Z("I added a `--json` flag in the diff below; can you review it for edge "
  "cases? Just comments please, don't change the code.",
  ctx="+    if args.json:\n+        print(json.dumps(results))\n+    "
      "else:\n         for r in results:\n             print(r)\n")

A("Please make this query return one row per customer with their latest "
  "order.\n\nSELECT c.id, o.id, o.created_at FROM customers c JOIN orders "
  "o ON o.customer_id = c.id",
  "missing", "tie_breaking", "their latest order",
  "If a customer has two orders with the same created_at, which one "
  "should be returned (e.g. highest order id)?", ["highest id",
                                                  "lowest id"])

Z("Please make this query return one row per customer with their latest "
  "order (ties on created_at -> highest order id). Customers with no "
  "orders are left out.\n\nSELECT c.id, o.id, o.created_at FROM customers "
  "c JOIN orders o ON o.customer_id = c.id")

A("In the config below, turn on TLS for the Redis connection.",
  "ambiguous", "referent", "the Redis connection",
  "There are two Redis connections (cache and broker); should TLS be "
  "enabled for both or only one?", ["both", "cache", "broker"],
  ctx="CACHES = {'default': {'LOCATION': 'redis://cache.internal:6379/0'}}\n"
      "CELERY_BROKER_URL = 'redis://broker.internal:6379/1'\n")

Z("In the config below, turn on TLS for the Redis connection (rediss:// "
  "scheme, port stays).",
  ctx="CACHES = {'default': {'LOCATION': 'redis://cache.internal:6379/0'}}\n")

A("Make the `Invoice` model's `number` field unique.",
  "contradictory", "spec_vs_data", "duplicate key value violates unique",
  "Existing data already has duplicate invoice numbers (the migration "
  "dry-run failed); how should the duplicates be resolved before adding "
  "the constraint?", ["renumber duplicates", "unique per tenant only"],
  ctx="$ ./manage.py migrate --plan --check\n...\ndjango.db.utils."
      "IntegrityError: could not create unique index: duplicate key value "
      "violates unique constraint; Key (number)=(2023-0001) is duplicated.\n")

Z("Make the `Invoice` model's `number` field unique. I ran a check, no "
  "duplicates exist in prod.")

A("I want a small Python script that posts a message to our team chat "
  "when the nightly build fails. We recently switched chat tools, the "
  "webhook URL is in the CI secrets as CHAT_WEBHOOK. Include the branch "
  "and a link to the build log.",
  "missing", "output_format", "We recently switched chat tools",
  "Which chat tool is it now (Slack, Teams, Mattermost), since the webhook "
  "payload format differs?", ["Slack", "Teams", "Mattermost"])

Z("Small Python script: on nightly build failure POST to the Slack "
  "incoming webhook in CHAT_WEBHOOK with text 'Nightly failed on <branch>: "
  "<log url>' (both from env BRANCH and BUILD_URL).")

A("Please write the docstring for this function, Google style.",
  "contradictory", "spec_vs_code", "return -1",
  "The function's name and comment say it raises when not found, but the "
  "code returns -1; should the docstring describe the -1 behaviour or is "
  "the code wrong?", ["document -1", "fix code to raise"],
  ctx="def find_index(xs, x):\n    # raises NotFound if x is absent\n"
      "    for i, v in enumerate(xs):\n        if v == x:\n            "
      "return i\n    return -1\n")

Z("Please write the docstring for this function, Google style.",
  ctx="def find_index(xs, x):\n    for i, v in enumerate(xs):\n        if "
      "v == x:\n            return i\n    return -1\n")

A("Our tests hit the real Stripe API and are slow and flaky. Mock it.",
  "ambiguous", "scope", "Mock it",
  "Should I mock at the HTTP layer (e.g. responses/vcrpy recordings) or "
  "replace our StripeClient wrapper with a fake in tests?",
  ["HTTP-level mocks", "fake StripeClient"])

Z("Our tests hit the real Stripe API and are slow and flaky. Add a "
  "`FakeStripeClient` implementing the same three methods as our "
  "StripeClient wrapper and inject it via the existing `stripe_client` "
  "fixture.")

A("The sales dashboard and the finance report show different revenue "
  "numbers for March. Make them match.",
  "ambiguous", "scope", "Make them match",
  "Which number is correct — dashboard (gross, incl. refunds) or finance "
  "(net of refunds) — so I know which one to change?",
  ["dashboard definition", "finance definition"])

Z("The sales dashboard counts refunded orders in revenue; the finance "
  "report (which is correct) doesn't. Exclude orders with status "
  "'refunded' from the dashboard revenue query.")

A("Add `black` formatting to CI. Line length 100 like our editor config.",
  "contradictory", "spec_vs_code", "max_line_length = 120",
  ".editorconfig says 120, not 100; which line length should black use?",
  ["100", "120"],
  ctx="# .editorconfig\n[*.py]\nindent_size = 4\nmax_line_length = 120\n")

Z("Add `black --check` to CI with line length matching our editor "
  "config.",
  ctx="# .editorconfig\n[*.py]\nindent_size = 4\nmax_line_length = 100\n")

A("Make `parse_date` accept the formats the support team listed in the "
  "ticket.",
  "missing", "referent", "the formats the support team listed",
  "I don't have the ticket's list; which date formats should parse_date "
  "accept?")

Z("Make `parse_date` also accept 'DD.MM.YYYY' (German format) in addition "
  "to ISO; try ISO first.")

A("I need the same retry behaviour in the Go client as in the Python "
  "one.",
  "contradictory", "spec_vs_code", "retries=3, backoff=2.0",
  "The Python client has two retry configs (api.py: 3 retries, backoff 2.0; "
  "upload.py: 5 retries, fixed 1 s); which one should the Go client copy?",
  ["api.py config", "upload.py config"],
  ctx="# python/api.py\nsession = make_session(retries=3, backoff=2.0)\n"
      "# python/upload.py\nsession = make_session(retries=5, backoff=0, "
      "delay=1.0)\n")

Z("I need the same retry behaviour in the Go client as in the Python one.",
  ctx="# python/api.py\nsession = make_session(retries=3, backoff=2.0)  # "
      "exponential: 2s, 4s, 8s; only 5xx and timeouts\n")

# ---------------------------------------------------------------------------
# Batch 12: regexes, tests to write, small scripts
# ---------------------------------------------------------------------------

A("Regex request for the log scrubber: I need a pattern that finds email "
  "addresses in free text so we can replace them with [EMAIL] before the "
  "logs are shipped to the vendor. Python `re`, must be reasonably fast "
  "since it runs on every line, and it must catch the addresses our users "
  "actually have.",
  "missing", "scope", "the addresses our users actually have",
  "Should the pattern cover plus-addressing, subdomains, quoted local "
  "parts and internationalized (non-ASCII) addresses, or just the common "
  "ASCII form?", ["common ASCII form", "include IDN/unicode"])

Z("regex for emails in log lines, Python re, pragmatic version: "
  "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,} is fine, just wire it "
  "into scrub() to replace with [EMAIL]")

A("Write a regex that validates our internal hostnames. They look like "
  "web-01.fra.prod, db-12.ams.staging, cache-3.fra.prod. I'll use it in "
  "the inventory script's --host argument to catch typos early.",
  "missing", "pattern_rule", "They look like web-01.fra.prod",
  "What are the exact rules: is the number always zero-padded to two "
  "digits (cache-3 isn't), and what sites and environments are allowed?")

Z("Regex for internal hostnames: <role>-<n>.<site>.<env> where role is "
  "lowercase letters, n is 1-3 digits (no padding rule), site is fra or "
  "ams, env is prod or staging. Python fullmatch.")

P("Regex to match a semantic version like 1.2.3 with an optional "
  "pre-release suffix '-alpha.1', no build metadata, no leading 'v'.",
  "Regex to match a semantic version like 1.2.3 or v1.2.3-alpha.1; our "
  "tags are not always consistent.",
  "ambiguous", "scope", "our tags are not always consistent",
  "Should the leading 'v' and build metadata (+build.5) be accepted?",
  ["accept both", "v only", "neither"])

A("Write tests for the `Cart` class. We want edge cases covered — I've "
  "been burned by this class before. Use pytest, parametrize where it "
  "makes sense, and put them in tests/test_cart.py. It's used by the "
  "checkout and the wishlist-to-cart feature.",
  "missing", "scope", "We want edge cases covered",
  "Which behaviours are intended for the edge cases (adding qty 0 or "
  "negative, removing absent items, duplicate adds merging), since tests "
  "will pin them?")

Z("Write pytest tests for Cart in tests/test_cart.py: add merges "
  "quantities for the same SKU; qty <= 0 raises ValueError; remove of an "
  "absent SKU is a no-op; total is sum(price*qty). Parametrize where it "
  "makes sense.")

A("Property-based tests for `encode`/`decode` with hypothesis please. The "
  "obvious property is round-tripping.",
  "contradictory", "spec_vs_code", "s.encode('ascii', 'ignore')",
  "encode() drops non-ASCII characters, so decode(encode(s)) == s fails "
  "for arbitrary text; should the strategy be limited to ASCII, or is "
  "the lossy encoding a bug?", ["ASCII-only strategy", "fix encode"],
  ctx="def encode(s: str) -> bytes:\n    return base64.b64encode("
      "s.encode('ascii', 'ignore'))\n\ndef decode(b: bytes) -> str:\n"
      "    return base64.b64decode(b).decode('ascii')\n")

Z("Property-based tests for `encode`/`decode` with hypothesis please. The "
  "obvious property is round-tripping.",
  ctx="def encode(s: str) -> bytes:\n    return base64.b64encode("
      "s.encode('utf-8'))\n\ndef decode(b: bytes) -> str:\n    return "
      "base64.b64decode(b).decode('utf-8')\n")

A("Add a regression test for the bug Lena fixed last week in the pricing "
  "module. She's on holiday so I can't ask her, but it should be in the "
  "git log somewhere.",
  "ambiguous", "referent", "the bug Lena fixed last week",
  "Lena has two pricing commits last week (rounding of VAT and the "
  "currency fallback); which bug should the regression test cover?",
  ["VAT rounding", "currency fallback"],
  ctx="$ git log --since='2 weeks' --author=lena --oneline -- pricing/\n"
      "a1c9e2f fix VAT rounding for 7% rate\n7b0d113 fall back to EUR when "
      "currency missing\n")

Z("Add a regression test for the bug Lena fixed last week in the pricing "
  "module.",
  ctx="$ git log --since='2 weeks' --author=lena --oneline -- pricing/\n"
      "a1c9e2f fix VAT rounding for 7% rate (0.035 was rounded to 0.03, "
      "should be 0.04)\n")

P("Write a script that renames `*.jpeg` to `*.jpg` in the current folder "
  "(not recursive), skipping if the target name already exists.",
  "Write a script that renames `*.jpeg` to `*.jpg` in the current folder "
  "(not recursive); some targets already exist and we must not lose data.",
  "missing", "conflict_resolution", "some targets already exist",
  "When foo.jpg already exists, should the script skip foo.jpeg, rename "
  "it with a suffix, or overwrite?", ["skip", "suffix", "overwrite"])

A("hey can u write a python script that pulls our open PRs from github "
  "and posts a summary in slack every morning? token is in GH_TOKEN, "
  "slack webhook in SLACK_URL. repo list is in repos.txt. nothing fancy, "
  "I just want to see which PRs are stale",
  "missing", "threshold", "which PRs are stale",
  "After how many days without activity should a PR count as stale, or "
  "should the summary list all open PRs with their age?")

Z("hey can u write a python script that pulls our open PRs from github "
  "(repos in repos.txt, token GH_TOKEN) and posts to slack (SLACK_URL) "
  "the ones with no update in 3+ days, oldest first. cron handles the "
  "schedule")

A("Write the test for `throttle` in utils.ts with fake timers. The "
  "function behaves like lodash's throttle.",
  "contradictory", "spec_vs_code", "if (timer) return;",
  "Our throttle drops the trailing call (no trailing invocation), unlike "
  "lodash's default; should the test assert lodash behaviour (and the "
  "code be fixed) or the current behaviour?",
  ["lodash behaviour", "current behaviour"],
  ctx="export function throttle(fn, ms) {\n  let timer = null;\n  return "
      "(...args) => {\n    if (timer) return;\n    fn(...args);\n    timer "
      "= setTimeout(() => (timer = null), ms);\n  };\n}\n")

Z("Write the test for `throttle` in utils.ts with fake timers: leading "
  "call fires immediately, calls within the window are dropped, a call "
  "after the window fires again.",
  ctx="export function throttle(fn, ms) {\n  let timer = null;\n  return "
      "(...args) => {\n    if (timer) return;\n    fn(...args);\n    timer "
      "= setTimeout(() => (timer = null), ms);\n  };\n}\n")

P("Write a bash script that tails /var/log/app.log and exits 1 as soon as "
  "a line containing 'FATAL' appears, printing that line.",
  "Write a bash script that tails /var/log/app.log and alerts as soon as "
  "a line containing 'FATAL' appears, printing that line.",
  "missing", "destination", "alerts as soon as",
  "How should it alert: exit non-zero, send an email, or post to a chat "
  "webhook?", ["exit 1", "email", "webhook"])

A("I'd like a pre-commit check that blocks commits containing secrets. "
  "Use something standard, and make sure it doesn't slow down commits "
  "much; people already complain about the ruff hook. It should also "
  "scan the whole history once so we know what's already leaked.",
  "ambiguous", "scope", "scan the whole history once",
  "Should the one-off history scan be part of this change (run now, "
  "results to you), or just documented as a command for later?",
  ["run now and report", "document command"])

Z("Add gitleaks to .pre-commit-config.yaml (protect --staged mode, "
  "pinned to v8.18.2). Nothing else.")

P("Write a Python function `read_config(path)` that loads TOML with "
  "tomllib (we're on 3.11) and returns the [app] table, or {} if absent.",
  "Write a Python function `read_config(path)` that loads TOML and "
  "returns the [app] table, or {} if absent. No third-party deps.",
  "contradictory", "version", "python_requires = >=3.8",
  "tomllib only exists on Python 3.11+, but the package supports 3.8; can "
  "I add tomli as a fallback dependency despite 'no third-party deps'?",
  ["add tomli for <3.11", "raise minimum to 3.11"],
  ctx="[options]\npython_requires = >=3.11\n",
  bctx="[options]\npython_requires = >=3.8\n")

A("Write a test that checks our API responds in under 200 ms.",
  "missing", "scope", "our API responds in under 200 ms",
  "Which endpoints, measured where (in-process test client or against "
  "staging), and as p95 or every single request?")

Z("Write a pytest benchmark (pytest-benchmark is installed) for "
  "`render_invoice()` with the `big_invoice` fixture and fail if the mean "
  "exceeds 200 ms.")

A("Generate test fixtures: 1000 fake users with realistic data for the "
  "staging DB. We use Faker already. Make the emails unique and "
  "deterministic (seeded). Insert them with the ORM.",
  "ambiguous", "vague_term", "realistic data",
  "Which fields need realistic values and with what distributions (e.g. "
  "countries, signup dates over what range, share of inactive users)?")

Z("Generate 1000 fake users with Faker (seed 42) for staging: name, "
  "unique email (faker.unique), country from Faker's country_code, "
  "created_at within the last 365 days; bulk_create in batches of 200.")

P("Write an awk one-liner that sums column 3 of a whitespace-separated "
  "file and prints the total with two decimals.",
  "Write an awk one-liner that sums the amount column of data.txt and "
  "prints the total with two decimals.",
  "ambiguous", "referent", "the amount column",
  "data.txt has no header; which column number holds the amount?",
  ctx="$ head -2 data.txt\n2024-03-01 A17 12.50 3\n2024-03-01 B02 7.00 1\n",
  bctx="$ head -2 data.txt\n2024-03-01 A17 12.50 3 40.00\n2024-03-01 B02 "
       "7.00 1 12.00\n")

A("Write unit tests for `is_business_hours(dt)`. Business hours are 9 to "
  "5 on weekdays.",
  "missing", "timezone", "Business hours are 9 to 5 on weekdays",
  "In which timezone are business hours defined, and how should naive "
  "datetimes be treated?")

Z("Write unit tests for `is_business_hours(dt)`: Mon-Fri, 09:00 inclusive "
  "to 17:00 exclusive, in Europe/Berlin; naive datetimes raise ValueError "
  "(that's what the code does).")

A("Write a script that checks all our docs links and reports broken "
  "ones. The docs are markdown under docs/ and there are a few hundred "
  "external links too, some behind login.",
  "missing", "scope", "some behind login",
  "Should external links be checked at all, and how should login-protected "
  "ones (401/403) be reported: broken, skipped, or separate?",
  ["internal only", "external too, 401/403 as ok", "external, 401/403 "
   "reported separately"])

Z("Script: check relative links in docs/**/*.md point to existing files "
  "(ignore anchors and http(s) links); print file:line for each broken "
  "one; exit 1 if any.")

P("Write a mock HTTP server for the tests that returns 200 with "
  "{\"ok\": true} on GET /ping and 404 for everything else.",
  "Write a mock HTTP server for the tests that returns 200 with "
  "{\"ok\": true} on GET /ping and behaves like the real service "
  "otherwise.",
  "missing", "scope", "behaves like the real service otherwise",
  "Which other endpoints and responses should the mock emulate?")

# ---------------------------------------------------------------------------
# Batch 13: refactors, code review, classes; more contradictions
# ---------------------------------------------------------------------------

A("Refactor `OrderService` to use dependency injection for the payment "
  "gateway, so we can swap Stripe for Adyen in tests and later in prod. "
  "Keep the constructor signature unchanged so existing call sites don't "
  "need edits; there are about 40 of them across three services.",
  "contradictory", "self_contradiction", "Keep the constructor signature "
  "unchanged",
  "Injecting the gateway usually means a new constructor parameter; is an "
  "optional keyword argument with a Stripe default acceptable as "
  "'unchanged'?", ["optional kwarg with default", "setter method instead"])

Z("Refactor `OrderService` to take the payment gateway as an optional "
  "keyword argument `gateway=None` (defaulting to StripeGateway()), so "
  "tests can inject a fake. Existing call sites keep working unchanged.")

A("Can you split utils.py into smaller modules? It's 2,300 lines now and "
  "nobody can find anything. Group things logically. We have a lot of "
  "external notebooks importing from it.",
  "missing", "compatibility", "a lot of external notebooks importing from "
  "it",
  "Should utils.py keep re-exporting everything so `from utils import x` "
  "in notebooks keeps working, or can imports break?",
  ["keep re-exports", "break imports"])

Z("Split utils.py (2,300 lines) into utils/strings.py, utils/dates.py, "
  "utils/io.py by the section comments already in the file; turn utils "
  "into a package whose __init__ re-exports every public name so imports "
  "keep working.")

A("Review request: I rewrote the CSV importer to use pandas instead of "
  "the csv module. Does this preserve behaviour? Diff below.",
  "missing", "scope", "Does this preserve behaviour?",
  "The diff changes how empty cells are read (''→NaN) and how '007' is "
  "typed (→7); are those behaviour changes acceptable or must the "
  "importer keep strings exactly?", ["keep strings exactly",
                                     "changes acceptable"],
  ctx="-    rows = list(csv.DictReader(f))\n+    rows = pd.read_csv(f)"
      ".to_dict('records')\n")

Z("Review request: I rewrote the CSV importer to use pandas instead of "
  "the csv module. Does this preserve behaviour? Diff below. (Flag "
  "anything that changes the values we get.)",
  ctx="-    rows = list(csv.DictReader(f))\n+    rows = pd.read_csv(f, "
      "dtype=str, keep_default_na=False).to_dict('records')\n")

A("Convert the callback-based `fetchUser(id, cb)` API to promises. Update "
  "all the callers. Some external plugins still pass callbacks, and they "
  "must keep working, but we want only one code path.",
  "contradictory", "compatibility", "we want only one code path",
  "Supporting plugin callbacks needs a compatibility branch; is a thin "
  "wrapper that calls cb when given acceptable, or should callbacks be "
  "dropped?", ["wrapper supporting cb", "drop callbacks"])

Z("Convert `fetchUser(id, cb)` to return a promise; if a callback is "
  "passed, also call it (node-style) for the external plugins. Update our "
  "own callers to await.")

A("Make the `Shape` classes use an abstract base class with an abstract "
  "`area()` method. All subclasses must implement it.",
  "contradictory", "spec_vs_code", "class Line(Shape):",
  "Line is a Shape subclass but has no area; should Line return 0.0, "
  "stop being a Shape, or be exempt?", ["area() returns 0.0",
                                        "not a Shape"],
  ctx="class Shape: ...\nclass Circle(Shape):\n    def area(self): ...\n"
      "class Rect(Shape):\n    def area(self): ...\nclass Line(Shape):\n"
      "    def length(self): ...\n")

Z("Make the `Shape` classes use an ABC with an abstract `area()` method.",
  ctx="class Shape: ...\nclass Circle(Shape):\n    def area(self): ...\n"
      "class Rect(Shape):\n    def area(self): ...\n")

A("Please extract the duplicated validation logic in create_user() and "
  "update_user() into a shared helper. Behaviour must be identical.",
  "contradictory", "spec_vs_code", "len(pw) >= 10",
  "The two functions validate differently (create requires passwords of "
  "at least 8 chars, update at least 10); which rule should the shared "
  "helper use?", ["8", "10"],
  ctx="def create_user(data):\n    if len(pw) >= 8 and has_digit(pw): ...\n"
      "def update_user(data):\n    if len(pw) >= 10 and has_digit(pw): "
      "...\n")

Z("Please extract the duplicated validation logic in create_user() and "
  "update_user() into a shared helper. Behaviour must be identical.",
  ctx="def create_user(data):\n    if len(pw) >= 8 and has_digit(pw): ...\n"
      "def update_user(data):\n    if len(pw) >= 8 and has_digit(pw): ...\n")

P("Replace the hand-rolled argument parsing in tool.py with argparse; "
  "keep the same flags (-i, -o, --verbose) and the same defaults.",
  "Replace the hand-rolled argument parsing in tool.py with argparse; "
  "keep the same flags and defaults, and make the usage nicer.",
  "ambiguous", "vague_term", "make the usage nicer",
  "What should change in the usage output — help texts, grouping, "
  "examples — given that flags and defaults stay the same?")

A("Turn the `Report` class into a dataclass. It's just data anyway.",
  "contradictory", "spec_vs_code", "def __eq__(self, other):\n        "
  "return self.id == other.id",
  "Report defines __eq__ by id only; a dataclass would compare all fields "
  "by default. Should equality stay id-based (eq=False and keep __eq__)?",
  ["keep id-based __eq__", "use dataclass field equality"],
  ctx="class Report:\n    def __init__(self, id, title, rows):\n"
      "        self.id, self.title, self.rows = id, title, rows\n\n"
      "    def __eq__(self, other):\n        return self.id == other.id\n\n"
      "    def __hash__(self):\n        return hash(self.id)\n")

Z("Turn the `Report` class into a dataclass. It's just data anyway.",
  ctx="class Report:\n    def __init__(self, id, title, rows):\n"
      "        self.id, self.title, self.rows = id, title, rows\n")

A("Please review this PR for security issues. It adds file download by "
  "name.",
  "missing", "scope", "It adds file download by name",
  "Which directory are downloads meant to be limited to, so I can judge "
  "whether the path handling is safe?",
  ctx="+@app.get('/download')\n+def download(name: str):\n+    return "
      "FileResponse(os.path.join(BASE, name))\n# BASE is not defined in the "
      "diff or in settings\n")

Z("Please review this PR for security issues. It adds file download by "
  "name from UPLOAD_DIR.",
  ctx="+@app.get('/download')\n+def download(name: str):\n+    return "
      "FileResponse(os.path.join(UPLOAD_DIR, name))\n")

P("Make `Inventory.remove(sku, qty)` raise InsufficientStock if qty "
  "exceeds what's in stock, leaving stock unchanged.",
  "Make `Inventory.remove(sku, qty)` deal with qty exceeding what's in "
  "stock in whatever way the warehouse team expects.",
  "missing", "error_handling", "in whatever way the warehouse team expects",
  "When qty exceeds stock, should remove raise, clamp to zero, or allow "
  "negative stock (backorder)?", ["raise", "clamp to 0", "allow negative"])

A("Change the log format to include the trace id. Same format as the "
  "gateway logs.",
  "missing", "referent", "Same format as the gateway logs",
  "I can't see the gateway config; what field name and position do the "
  "gateway logs use for the trace id?")

Z("Change the log format to include the trace id: prepend "
  "`trace=%(trace_id)s ` to the existing format string; the filter that "
  "sets record.trace_id already exists.")

A("Move the feature flags from the database into a YAML file in the "
  "repo, so changes are reviewed. Ops must still be able to flip flags in "
  "production without a deploy, e.g. to kill a broken feature at night.",
  "contradictory", "self_contradiction", "flip flags in production without "
  "a deploy",
  "A YAML file in the repo needs a deploy to change; should there be a "
  "runtime override (e.g. DB or env) for emergency kills?",
  ["YAML + runtime override", "YAML only"])

Z("Move the feature flag defaults into flags.yaml in the repo; the DB "
  "table stays as a runtime override (DB value wins if present) so ops "
  "can still flip flags at night.")

A("Use the `Clock` abstraction everywhere in billing/ instead of "
  "datetime.now(). Same as we did in scheduling/.",
  "contradictory", "spec_vs_code", "clock.now(tz=None)",
  "scheduling/ calls clock.now(tz=None) (naive local time) while billing "
  "uses datetime.now(timezone.utc); should billing keep UTC-aware times?",
  ["keep UTC-aware", "match scheduling (naive)"],
  ctx="# scheduling/jobs.py\nstart = clock.now(tz=None)\n# billing/"
      "cycle.py\nnow = datetime.now(timezone.utc)\n")

Z("Use the `Clock` abstraction everywhere in billing/ instead of "
  "datetime.now(). Same as we did in scheduling/.",
  ctx="# scheduling/jobs.py\nstart = clock.now()  # returns aware UTC\n"
      "# billing/cycle.py\nnow = datetime.now(timezone.utc)\n")

A("Add caching to `get_user_permissions(user_id)`, invalidate when "
  "permissions change.",
  "missing", "scope", "invalidate when permissions change",
  "Permissions change via the admin UI, the SCIM sync and direct SQL "
  "scripts; which of these paths must trigger invalidation, or is a short "
  "TTL acceptable?", ["hook all write paths", "short TTL"])

Z("Add an lru_cache(maxsize=1024) to `get_role_name(role_id)`; roles are "
  "a fixed enum table loaded at startup, never changed at runtime.")

P("Rewrite the recursive `walk_tree()` iteratively with an explicit stack; "
  "visit order must stay pre-order, left to right.",
  "Rewrite the recursive `walk_tree()` iteratively with an explicit stack; "
  "visit order doesn't matter much, it's just collecting nodes.",
  "contradictory", "spec_vs_test", "assert [n.name for n in "
  "walk_tree(root)] == ['a', 'b', 'd', 'c']",
  "The request says order doesn't matter but test_order asserts pre-order "
  "(a, b, d, c); should the iterative version preserve pre-order?",
  ["preserve pre-order", "relax the test"],
  ctx="def test_count():\n    assert len(list(walk_tree(root))) == 4\n",
  bctx="def test_count():\n    assert len(list(walk_tree(root))) == 4\n\n"
       "def test_order():\n    assert [n.name for n in walk_tree(root)] == "
       "['a', 'b', 'd', 'c']\n")

A("Could you add `__slots__` to the hot classes in geometry.py? Memory is "
  "an issue with millions of Points.",
  "contradictory", "spec_vs_code", "p.label = ",
  "Code elsewhere sets arbitrary attributes on Points (e.g. p.label = ...); "
  "__slots__ would break that. Should 'label' become a slot or should "
  "those callers change?", ["add label slot", "change callers"],
  ctx="# geometry.py\nclass Point:\n    def __init__(self, x, y):\n"
      "        self.x, self.y = x, y\n# viz/annotate.py\n    p.label = "
      "names[i]\n")

Z("Could you add `__slots__ = ('x', 'y')` to Point in geometry.py? Memory "
  "is an issue with millions of Points; I checked nothing sets other "
  "attributes on them.")

# ---------------------------------------------------------------------------
# Batch 14: ambiguity-heavy mix (pairs + stand-alone)
# ---------------------------------------------------------------------------

P("Write `last_day_of_month(d)` returning the date of the last day of d's "
  "month (handles leap years).",
  "Write `end_of_month(d)` returning the end of d's month for the billing "
  "cutoff; d can be a date or a datetime.",
  "ambiguous", "boundary", "returning the end of d's month",
  "For a datetime input, should the result be the last day as a date, or "
  "the last instant (23:59:59.999999) of that day?",
  ["last day as date", "last instant"])

P("Cap the number of concurrent downloads at 4 using an asyncio.Semaphore "
  "in downloader.py.",
  "Cap the number of concurrent downloads in downloader.py so we don't "
  "get throttled by the CDN again like last Tuesday.",
  "missing", "threshold", "Cap the number of concurrent downloads",
  "What maximum concurrency should downloads be capped at?")

P("Send the weekly digest email on Mondays at 08:00 in each user's own "
  "timezone (User.tz).",
  "Send the weekly digest email on Mondays at 08:00 for everyone; users "
  "are spread across Europe and the US.",
  "ambiguous", "timezone", "on Mondays at 08:00 for everyone",
  "Is 08:00 in each user's local timezone or one fixed timezone (which)?",
  ["user's timezone", "fixed timezone"])

P("Add a `priority` field to tickets: integer 1 (highest) to 5 (lowest), "
  "default 3; sort the queue by priority ascending.",
  "Add a `priority` field to tickets: integer 1 to 5, default 3; sort the "
  "queue so the most important tickets come first.",
  "ambiguous", "direction", "integer 1 to 5",
  "Is 1 the highest priority or the lowest?", ["1 = highest", "5 = highest"])

P("Write `percentile(xs, p)` using linear interpolation between closest "
  "ranks (numpy's default method), p in [0, 100].",
  "Write `percentile(xs, p)` without numpy, p in [0, 100]; it should agree "
  "with what the analysts get in Excel.",
  "ambiguous", "algorithm", "agree with what the analysts get in Excel",
  "Excel has PERCENTILE.INC and PERCENTILE.EXC; which one should match?",
  ["PERCENTILE.INC", "PERCENTILE.EXC"])

P("Show the user's name in the header as `first_name` only.",
  "Show the user's name in the header.",
  "ambiguous", "output_format", "Show the user's name",
  "Should the header show first name, full name, or username?",
  ["first name", "full name", "username"],
  ctx="User: first_name, last_name, username. Header currently shows "
      "nothing.",
  bctx="User: first_name, last_name, username, display_name (often empty). "
       "Header currently shows nothing.")

P("Trim the audit log table: delete rows older than 400 days, in batches "
  "of 5000, every night.",
  "Trim the audit log table every night so it doesn't grow forever; "
  "legal has retention requirements for it, batches of 5000.",
  "missing", "threshold", "legal has retention requirements",
  "How long must audit rows be kept before they can be deleted?")

P("Convert the temperatures in the sensor export from Fahrenheit to "
  "Celsius, one decimal.",
  "Convert the temperatures in the sensor export to Celsius, one decimal.",
  "contradictory", "spec_vs_data", "unit: K",
  "The export says the readings are in kelvin, not Fahrenheit; should I "
  "convert from kelvin?", ["from kelvin", "from Fahrenheit"],
  ctx="# sensors.csv header\n# unit: F\nts,sensor,temp\n",
  bctx="# sensors.csv header\n# unit: K\nts,sensor,temp\n# (ticket said "
       "the sensors report Fahrenheit)\n")

P("Make the 'Export' button download only the rows currently visible "
  "after filters are applied (all pages, not just the current page).",
  "Make the 'Export' button download only the rows the user is looking "
  "at, after filters are applied.",
  "ambiguous", "scope", "the rows the user is looking at",
  "Should export include all filtered rows across pages, or only the "
  "current page?", ["all filtered rows", "current page only"])

P("Add a `slug` to Article generated from the title on first save; on "
  "collision append -2, -3, ...; never change it afterwards.",
  "Add a `slug` to Article generated from the title; make sure links "
  "don't break and slugs stay unique.",
  "missing", "scope", "make sure links don't break",
  "Should the slug be frozen after the first save (titles can be edited), "
  "and how should collisions be suffixed?")

P("Pad invoice numbers to 6 digits with leading zeros: 42 -> 'INV-000042'.",
  "Pad invoice numbers with leading zeros: 42 -> 'INV-0042', 1234 -> "
  "'INV-001234'.",
  "contradictory", "conflicting_examples", "42 -> 'INV-0042'",
  "The examples use 4 and 6 digits; what width should invoice numbers be "
  "padded to?", ["4", "6"])

P("When a user deletes their account, anonymize their comments (author "
  "becomes 'deleted user') and keep the comment text.",
  "When a user deletes their account, handle their comments properly "
  "(GDPR), we don't want broken threads.",
  "ambiguous", "scope", "handle their comments properly",
  "Should their comments be deleted, or kept with the author anonymized "
  "(and the text kept or redacted)?",
  ["anonymize author, keep text", "delete comments", "redact text"])

P("Make the heatmap color scale go from white (0) to dark red (max), "
  "linear.",
  "Make the heatmap color scale more readable, the outliers wash "
  "everything out.",
  "ambiguous", "vague_term", "more readable",
  "Should I switch to a log scale, clip at a percentile (e.g. 99th), or "
  "use a diverging palette?", ["log scale", "clip at p99"])

A("Please implement soft delete for `Project`. Deleting should set "
  "`deleted_at`, and deleted projects must disappear from every list in "
  "the app. Admins should still be able to see them, and the nightly "
  "usage report should count them for the month they were active.",
  "missing", "scope", "must disappear from every list in the app",
  "Should the default manager hide deleted projects (with a separate "
  "all_objects for admin/reports), or should each list query filter "
  "explicitly?", ["default manager hides", "filter per query"])

A("Add a language switcher to the site header. Supported languages are "
  "the ones we have translations for. Remember the choice.",
  "ambiguous", "scope", "Remember the choice",
  "Should the language choice be stored in a cookie, in the user profile "
  "(for logged-in users), or both?", ["cookie", "profile", "both"])

Z("Add a language switcher (en, de, fr — the locales in locale/) to the "
  "site header; store the choice in the `django_language` cookie.")

A("Our Elasticsearch index mapping needs a new field for the product "
  "color. Add it and reindex. The search page team wants to filter and "
  "also do full-text search on it.",
  "contradictory", "spec_vs_code", "\"dynamic\": \"strict\"",
  "Filtering needs a keyword field and full-text needs text; should "
  "`color` be a text field with a keyword sub-field, given the mapping is "
  "strict?", ["text + keyword subfield", "keyword only"],
  ctx="{\"mappings\": {\"dynamic\": \"strict\", \"properties\": {\"name\": "
      "{\"type\": \"text\"}, \"sku\": {\"type\": \"keyword\"}}}}")

Z("Add `color` to the products index mapping as a keyword field (we only "
  "filter on it) and reindex via the alias swap script.")

A("Write a function that returns the 'age' of an account for the "
  "loyalty program. Accounts older than a year get silver.",
  "missing", "output_format", "returns the 'age' of an account",
  "In what unit should the age be returned: whole days, whole months, or "
  "whole years?", ["days", "months", "years"])

Z("account_age_days(account) -> int: (today - account.created_at.date())"
  ".days, using the UTC date.")

A("The dev team wants hot reload in the docker-compose dev setup. Set it "
  "up the same way as the frontend repo does it.",
  "missing", "referent", "the same way as the frontend repo does it",
  "I can't see the frontend repo; does it use a bind mount with a file "
  "watcher (which one), or docker compose watch?",
  ["bind mount + watcher", "compose watch"])

Z("Dev docker-compose: bind-mount ./src into /app/src and run uvicorn "
  "with --reload for hot reload.")

A("Please add pagination to /api/comments the same way /api/posts does "
  "it.",
  "contradictory", "spec_vs_code", "?page=",
  "/api/posts uses cursor pagination but its docs describe ?page=; which "
  "scheme should comments follow?", ["cursor", "page number"],
  ctx="# posts/views.py\npagination_class = CursorPagination\n# "
      "docs/api.md: GET /api/posts?page=2\n")

Z("Please add pagination to /api/comments the same way /api/posts does it.",
  ctx="# posts/views.py\npagination_class = CursorPagination  # ordering "
      "= '-created'\n")

A("I need an endpoint that returns aggregated stats for a date range: "
  "total orders, revenue, average order value. Dates are passed as "
  "?from=&to=. Revenue should be net.",
  "ambiguous", "vague_term", "Revenue should be net",
  "Net of what — refunds, discounts, taxes, shipping (or all of them)?")

Z("Stats endpoint: ?from=&to= (ISO dates, inclusive); total orders, "
  "revenue = sum(total_paid - refunded), AOV = revenue / orders (0 if no "
  "orders), completed orders only.")

A("For the churn model, encode `plan` as a categorical feature. There "
  "are new plans launched every quarter.",
  "missing", "null_handling", "new plans launched every quarter",
  "How should plans unseen at training time be encoded at prediction "
  "time: an 'other' bucket, all-zeros, or retrain?",
  ["'other' bucket", "all zeros"])

Z("For the churn model, one-hot encode `plan` with "
  "OneHotEncoder(handle_unknown='ignore') fitted on train.")

A("Write a function that sanitizes filenames uploaded by users so they're "
  "safe on our servers.",
  "missing", "platform", "safe on our servers",
  "Which filesystems/OSes must the names be safe for (Linux only, or also "
  "Windows reserved names and characters), and should unicode be kept?")

Z("sanitize_filename(name): keep [A-Za-z0-9._-], replace everything else "
  "with '_', strip leading dots, cap at 255 bytes; Linux servers only.")

A("We need to throttle emails so a user never gets more than a few "
  "notifications per hour. Extra notifications should be batched into "
  "a digest.",
  "missing", "threshold", "more than a few notifications per hour",
  "What is the exact per-hour limit before notifications are batched?")

Z("Throttle notification emails to at most 5 per user per rolling hour; "
  "anything over that is queued and sent as one digest at the end of the "
  "hour.")

A("Can you make `compute_risk()` deterministic? Runs on the same input "
  "give slightly different results.",
  "ambiguous", "scope", "make `compute_risk()` deterministic",
  "The randomness comes from both the Monte-Carlo sampling and thread "
  "ordering in the parallel sum; should I fix a seed only, or also make "
  "the reduction order deterministic (slower)?",
  ["seed only", "seed + deterministic reduction"])

Z("Can you make `compute_risk()` deterministic? Runs on the same input "
  "give slightly different results. The only randomness is "
  "np.random.normal without a seed — add a `seed=0` parameter and use "
  "np.random.default_rng(seed).")

A("Build a small CLI that converts Markdown files to HTML. Support the "
  "common syntax.",
  "ambiguous", "scope", "Support the common syntax",
  "Which flavour: CommonMark only, or GitHub-flavored features like "
  "tables, task lists and fenced code?", ["CommonMark", "GFM"])

Z("Small CLI: md2html IN.md [-o OUT.html] using the `markdown` package "
  "with the tables and fenced_code extensions; default output is IN with "
  ".html.")

A("Our signup flow sends a verification email. Make the link expire.",
  "missing", "threshold", "Make the link expire",
  "After how long should the verification link expire?",
  ["24 hours", "7 days"])

A("Add an `--exclude` option to the backup script that accepts glob "
  "patterns.",
  "ambiguous", "input_format", "accepts glob patterns",
  "Should --exclude be repeatable (one pattern each) or take a comma-"
  "separated list, and are patterns matched against basenames or full "
  "paths?")

Z("Add a repeatable `--exclude PATTERN` option to backup.py; patterns are "
  "fnmatch globs matched against paths relative to the source root.")

# ---------------------------------------------------------------------------
# Batch 15: longer label-1 asks, terse label-0 asks
# ---------------------------------------------------------------------------

A("Hiya, small favour before the release: the changelog generator groups "
  "commits by type (feat, fix, chore) using the conventional-commit "
  "prefix. Some people write 'Fix:' or 'FEAT -' or forget the prefix "
  "entirely. Please make the grouping tolerant of that, and put the "
  "prefix-less ones somewhere sensible rather than dropping them like it "
  "does now.",
  "missing", "scope", "put the prefix-less ones somewhere sensible",
  "Where should commits without a recognizable prefix go: an 'Other' "
  "section, under 'chore', or excluded with a warning?",
  ["'Other' section", "chore", "exclude with warning"])

Z("changelog generator: match the commit type case-insensitively and "
  "allow ':' or ' -' after it; prefix-less commits go under 'Other'.")

A("I'm putting together the data contract for the events topic. Write a "
  "JSON Schema for the `order_placed` event based on the sample payloads "
  "below, mark what's required, and set additionalProperties false so "
  "producers can't sneak in junk. The consumers are the analytics team "
  "and billing.",
  "contradictory", "spec_vs_data", "\"coupon\": null",
  "One sample has `coupon` as a string and the other has it null; should "
  "the schema allow null for coupon, or is the null sample invalid?",
  ["allow null", "string only"],
  ctx="sample 1: {\"order_id\": \"o-1\", \"total_cents\": 1250, "
      "\"currency\": \"EUR\", \"coupon\": \"SPRING10\"}\n"
      "sample 2: {\"order_id\": \"o-2\", \"total_cents\": 990, "
      "\"currency\": \"EUR\", \"coupon\": null}\n")

Z("JSON Schema for order_placed: required order_id (string), total_cents "
  "(integer >= 0), currency (3 uppercase letters), placed_at (date-time); "
  "optional coupon (string or null); additionalProperties false.")

A("Write a script that syncs our product catalogue from the ERP export "
  "into the shop database. New products get created, changed products "
  "get updated. The ERP export is a full dump every night, about 60k "
  "products. Products that disappeared from the export need to be dealt "
  "with as well.",
  "missing", "scope", "need to be dealt with as well",
  "What should happen to products missing from the export: delete them, "
  "mark them inactive/unpublished, or leave them alone?",
  ["delete", "deactivate", "leave"])

Z("catalogue sync from the nightly ERP dump: upsert by sku; products "
  "absent from the dump get is_active=False (never delete)")

A("On the settings page, validate the webhook URL the customer enters: "
  "it must be https, it must be reachable, and it must not point to our "
  "own infrastructure. Show a friendly error otherwise. This goes through "
  "security review next week so please be careful.",
  "missing", "scope", "must not point to our own infrastructure",
  "What counts as our infrastructure: private IP ranges only, or also our "
  "public domains/CIDRs (which ones)?")

Z("Validate webhook URLs: scheme must be https, hostname must resolve, "
  "and none of the resolved IPs may be private, loopback, or link-local "
  "(use ipaddress.is_private etc.); error message 'URL not allowed'.")

A("Our Python service uses too much memory after running for a few "
  "days. I've attached a tracemalloc snapshot diff. Find and fix the "
  "leak.",
  "ambiguous", "scope", "Find and fix the leak",
  "The growth is in the module-level `_seen` cache in dedupe.py, which is "
  "unbounded by design; should it get a size limit (what size) or a TTL?",
  ["LRU max size", "TTL"],
  ctx="Top growth:\ndedupe.py:14: size=1.2 GiB (+1.1 GiB), count=9.8M\n"
      "# dedupe.py:14\n_seen[key] = True  # keeps every message id ever "
      "seen\n")

Z("dedupe.py keeps every message id in `_seen` forever (tracemalloc shows "
  "1.2 GiB). Swap it for cachetools.TTLCache(maxsize=1_000_000, ttl=3600); "
  "duplicates only arrive within minutes.")

A("We have an old Perl script that parses the mainframe report and "
  "outputs CSV. Port it to Python. The output must be byte-for-byte "
  "identical because a downstream SAS job reads it, and it should also "
  "use proper CSV quoting now since names with commas have been breaking "
  "that SAS job.",
  "contradictory", "self_contradiction", "byte-for-byte identical",
  "Adding CSV quoting changes the output bytes; should the port be "
  "byte-identical or fix the quoting?",
  ["byte-identical", "proper quoting"])

Z("Port the mainframe-report Perl script to Python with byte-identical "
  "output (there's a golden file in tests/golden.csv to diff against).")

A("Please write `split_by_sentence(text)` for the summarizer's "
  "preprocessing. It should handle abbreviations so 'Dr. Smith arrived.' "
  "stays one sentence. Input is English news articles, a few thousand "
  "words each, and it's fine to use a library if it's already in our "
  "requirements.",
  "missing", "scope", "handle abbreviations",
  "Which abbreviations must be handled — a fixed list (Dr., Mr., e.g., "
  "U.S.) or whatever a library tokenizer like nltk punkt does (not in our "
  "requirements)?", ["fixed list", "add nltk"],
  ctx="requirements.txt: numpy, torch, transformers, regex\n")

Z("split_by_sentence(text): use nltk.sent_tokenize (nltk and punkt are "
  "already installed in the image).")

A("The payment provider sends amounts as integers. Store them in our "
  "`payments.amount` column (NUMERIC(10,2), euros).",
  "ambiguous", "unit", "sends amounts as integers",
  "Are the provider's integer amounts in cents (divide by 100) or whole "
  "euros?", ["cents", "euros"])

Z("The payment provider sends amounts as integer cents (see their docs "
  "link in the ticket). Store them in `payments.amount` NUMERIC(10,2) "
  "euros, i.e. divide by 100 with Decimal.")

A("Hey! Can you speed up the test suite? It takes 14 minutes on CI and "
  "people have started skipping it locally. We're fine with "
  "parallelizing. Some tests share a database though, and a couple of "
  "them depend on running in order — I think the billing ones.",
  "missing", "scope", "a couple of them depend on running in order",
  "Which tests depend on order, and may I fix them to be independent, or "
  "should they be excluded from parallel runs?",
  ["fix them", "run them serially"])

Z("speed up CI tests: add pytest-xdist and run with -n auto; give each "
  "worker its own test DB via the worker_id suffix (pytest-django does "
  "this already)")

A("For the recommendations page, exclude products the user already "
  "bought. Recently.",
  "missing", "threshold", "Recently",
  "How far back should purchases be excluded (e.g. last 30 days, or ever)?",
  ["30 days", "90 days", "ever"])

Z("Recommendations page: exclude products the user bought in the last "
  "30 days (orders.status = 'completed').")

A("Write a function that detects whether an uploaded CSV uses commas or "
  "semicolons and parses it accordingly. Users upload from Excel in "
  "different countries. Some files have a single column.",
  "missing", "tie_breaking", "Some files have a single column",
  "For single-column files (or when both delimiters appear equally), "
  "which delimiter should be assumed?", ["comma", "semicolon"])

Z("Detect the delimiter with csv.Sniffer(delimiters=',;') on the first "
  "4 KB; if it fails, fall back to ','. Then parse with csv.reader.")

A("Set up Sentry for the frontend. Sample the right amount of traces.",
  "missing", "threshold", "Sample the right amount of traces",
  "What traces sample rate do you want (e.g. 0.1), and should errors be "
  "sampled too?")

Z("Set up Sentry for the React frontend: DSN from VITE_SENTRY_DSN, "
  "tracesSampleRate 0.1, environment from VITE_ENV.")

A("Add a check in CI that fails if test coverage goes down.",
  "ambiguous", "boundary", "if test coverage goes down",
  "Compared to what — the main branch's last coverage, or a fixed "
  "threshold — and is any decrease (even 0.01%) a failure?",
  ["vs main, any drop", "fixed threshold"])

Z("Add `--cov-fail-under=85` to the pytest invocation in CI.")

A("We're renaming the product from 'Tasky' to 'Flowly'. Replace the name "
  "everywhere in the codebase.",
  "ambiguous", "scope", "everywhere in the codebase",
  "Should identifiers, package names, DB table names and env vars change "
  "too, or only user-facing strings?",
  ["user-facing strings only", "everything"])

Z("We're renaming the product from 'Tasky' to 'Flowly'. Replace it in "
  "user-facing strings only (templates, locale files, emails); code "
  "identifiers stay.")

A("The `age` column is sometimes negative in the signup data. Clean it.",
  "missing", "error_handling", "Clean it",
  "Should negative ages be set to null, dropped with their rows, or "
  "converted with abs()?", ["null", "drop row", "abs"])

Z("The `age` column is sometimes negative in the signup data; set those "
  "to NaN in clean_signups().")

A("Implement the `/reports/monthly` endpoint. Months are calendar "
  "months. Return a PDF. Finance needs the numbers as of the month's "
  "close.",
  "ambiguous", "timezone", "as of the month's close",
  "Which timezone defines the month boundary (UTC or company local time), "
  "and does 'close' mean midnight or a finance close date?")

A("Write a Dockerfile healthcheck for the worker, it has no HTTP server.",
  "missing", "scope", "it has no HTTP server",
  "What signals the worker is healthy: a heartbeat file it touches, a "
  "celery ping, or just the process running?",
  ["heartbeat file", "celery inspect ping", "process alive"])

Z("Worker healthcheck: the worker touches /tmp/heartbeat every 30 s; "
  "HEALTHCHECK fails if the file is older than 90 s (find -mmin).")

A("Add SSO login with our company identity provider.",
  "missing", "scope", "our company identity provider",
  "Which IdP and protocol (e.g. Okta via OIDC, Azure AD via SAML)?")

Z("Add SSO via OIDC with Okta using authlib; issuer, client id and "
  "secret come from OKTA_ISSUER, OKTA_CLIENT_ID, OKTA_CLIENT_SECRET.")

A("Please convert our setup.py to pyproject.toml. Keep all the metadata "
  "and the console script. Use the same build backend we use in the "
  "other repos.",
  "missing", "referent", "the same build backend we use in the other "
  "repos",
  "Which build backend do the other repos use: setuptools, hatchling, or "
  "poetry-core?", ["setuptools", "hatchling", "poetry-core"])

Z("Convert setup.py to pyproject.toml with the setuptools backend; keep "
  "all metadata and the `mytool` console script.")

# ---------------------------------------------------------------------------
# Batch 16: same request, context decides (pairs); contradiction-heavy
# ---------------------------------------------------------------------------

P("Add the new `discount_pct` field to the Order serializer, validated "
  "the same way as in the model.",
  None, "contradictory", "spec_vs_code", "MaxValueValidator(1)",
  "The model validates discount_pct with MinValueValidator(0) and "
  "MaxValueValidator(1) (a fraction) while the field name and the admin "
  "form treat it as 0-100; which range should the serializer enforce?",
  ["0-1", "0-100"],
  ctx="discount_pct = models.DecimalField(validators=[MinValueValidator(0), "
      "MaxValueValidator(100)])\n# admin form help_text: 'percent, 0-100'\n",
  bctx="discount_pct = models.DecimalField(validators=[MinValueValidator(0), "
       "MaxValueValidator(1)])\n# admin form help_text: 'percent, 0-100'\n")

P("Make `make lint` run the same checks as CI.",
  None, "contradictory", "spec_vs_code", "ruff check --select E,F .",
  "CI runs two different ruff invocations (the lint job with --select "
  "E,F and the pre-commit job with the full config); which one should "
  "`make lint` mirror?", ["lint job", "pre-commit config"],
  ctx="# .github/workflows/ci.yml\n      - run: ruff check .\n"
      "      - run: mypy src\n",
  bctx="# .github/workflows/ci.yml\n      - run: ruff check --select E,F .\n"
       "# .github/workflows/precommit.yml\n      - run: pre-commit run "
       "--all-files   # ruff with pyproject config (select = ALL)\n")

P("Fix the failing test.",
  None, "ambiguous", "referent", "2 failed",
  "Two tests fail (test_export_csv and test_export_json); should I fix "
  "both or just one of them?", ["both", "one"],
  ctx="tests/test_export.py::test_export_csv FAILED\n1 failed, 84 passed\n"
      "E   AssertionError: assert 'id,name\\r\\n' == 'id,name\\n'\n",
  bctx="tests/test_export.py::test_export_csv FAILED\ntests/test_export.py"
       "::test_export_json FAILED\n2 failed, 83 passed\n")

P("Use the project's standard date format in the new CSV export.",
  None, "contradictory", "spec_vs_doc", "DATE_FORMAT = '%d/%m/%Y'",
  "settings.DATE_FORMAT is %d/%m/%Y but the style guide says ISO "
  "(%Y-%m-%d); which is the project standard for exports?",
  ["ISO %Y-%m-%d", "%d/%m/%Y"],
  ctx="# settings.py\nDATE_FORMAT = '%Y-%m-%d'\n# STYLE.md: exports use "
      "ISO dates\n",
  bctx="# settings.py\nDATE_FORMAT = '%d/%m/%Y'\n# STYLE.md: exports use "
       "ISO dates\n")

P("Implement `normalize_country(code)` so the tests pass.",
  None, "contradictory", "test_vs_test", "assert normalize_country('uk') == "
  "'UK'",
  "test_gb expects 'uk' -> 'GB' but test_uk_legacy expects 'uk' -> 'UK'; "
  "which output is correct?", ["GB", "UK"],
  ctx="def test_gb():\n    assert normalize_country('uk') == 'GB'\n\n"
      "def test_case():\n    assert normalize_country('de') == 'DE'\n",
  bctx="def test_gb():\n    assert normalize_country('uk') == 'GB'\n\n"
       "def test_uk_legacy():\n    assert normalize_country('uk') == 'UK'\n")

P("Update the Python version used in CI to match production.",
  None, "contradictory", "version", "FROM python:3.10-slim",
  "Production has two runtimes (Dockerfile uses 3.10, the Lambda "
  "functions use 3.12); which should CI use, or both?",
  ["3.10", "3.12", "matrix of both"],
  ctx="# Dockerfile (the only production runtime)\nFROM python:3.11-slim\n",
  bctx="# Dockerfile\nFROM python:3.10-slim\n# serverless.yml\nruntime: "
       "python3.12\n")

P("Add the missing translation keys to the French locale file.",
  None, "ambiguous", "scope", "fr.json",
  "There are two French files (fr.json and fr-CA.json) with different "
  "gaps; should I fill both or only fr.json?", ["both", "fr.json only"],
  ctx="$ ls locales/\nen.json  de.json  fr.json\n$ ./scripts/missing_keys.py "
      "fr\nfr.json: 3 missing (checkout.title, checkout.cta, footer.legal)\n",
  bctx="$ ls locales/\nen.json  de.json  fr.json  fr-CA.json\n"
       "$ ./scripts/missing_keys.py fr\nfr.json: 3 missing\nfr-CA.json: 11 "
       "missing\n")

P("Write the migration to add an index on `events.user_id`.",
  None, "contradictory", "spec_vs_code", "atomic = True",
  "This project's migrations run atomically (atomic = True), but a "
  "CONCURRENTLY index on the 2B-row events table can't run in a "
  "transaction; may this migration set atomic = False?",
  ["atomic = False + CONCURRENTLY", "plain index in transaction"],
  ctx="# events has ~20k rows\nclass Migration(migrations.Migration):\n"
      "    dependencies = [('events', '0031_auto')]\n",
  bctx="# events has ~2B rows; writes never stop\nclass Migration("
       "migrations.Migration):\n    atomic = True  # project policy\n"
       "    dependencies = [('events', '0031_auto')]\n")

P("Add a unit test for `format_bytes` covering the KiB boundary.",
  None, "contradictory", "spec_vs_code", "if n > 1024:",
  "format_bytes switches to KiB only when n > 1024, so 1024 prints "
  "'1024 B' while the docstring says '1.0 KiB'; should the test expect "
  "the docstring or the code?", ["docstring (1.0 KiB)", "code (1024 B)"],
  ctx="def format_bytes(n):\n    \"\"\"1024 -> '1.0 KiB'\"\"\"\n    if n >= "
      "1024:\n        return f'%.1f KiB' % (n / 1024)\n    return '%d B' % "
      "n\n",
  bctx="def format_bytes(n):\n    \"\"\"1024 -> '1.0 KiB'\"\"\"\n    if n > "
       "1024:\n        return '%.1f KiB' % (n / 1024)\n    return '%d B' % "
       "n\n")

P("Restart the worker after deploy using the systemd unit.",
  None, "ambiguous", "referent", "worker@.service",
  "The worker is a template unit (worker@.service) with instances 1-4 "
  "enabled; should the deploy restart all instances or only some?",
  ["all instances", "specific ones"],
  ctx="$ systemctl list-units 'worker*'\nworker.service loaded active "
      "running App worker\n",
  bctx="$ systemctl list-unit-files 'worker*'\nworker@.service  indirect\n"
       "$ systemctl list-units 'worker@*'\nworker@1.service  active\n"
       "worker@2.service  active\nworker@3.service  active\n"
       "worker@4.service  failed\n")

P("Make the `order_status` enum in the TypeScript client match the "
  "backend.",
  None, "contradictory", "spec_vs_code", "'canceled'",
  "The backend model uses 'cancelled' but its OpenAPI spec says "
  "'canceled'; which spelling should the client enum use?",
  ["cancelled", "canceled"],
  ctx="# backend models.py\nclass OrderStatus(TextChoices):\n    PENDING = "
      "'pending'\n    PAID = 'paid'\n    CANCELLED = 'cancelled'\n"
      "# openapi.yaml: enum: [pending, paid, cancelled]\n",
  bctx="# backend models.py\nclass OrderStatus(TextChoices):\n    PENDING = "
       "'pending'\n    PAID = 'paid'\n    CANCELLED = 'cancelled'\n"
       "# openapi.yaml: enum: [pending, paid, 'canceled']\n")

P("Fill in `hash_password()` using the algorithm from our security "
  "guidelines.",
  None, "missing", "referent", "see the wiki",
  "The guidelines only point to a wiki page I can't access; which "
  "algorithm and parameters should hash_password use (e.g. argon2id, "
  "bcrypt cost 12)?", ["argon2id", "bcrypt"],
  ctx="SECURITY.md: Passwords are hashed with argon2id (argon2-cffi "
      "defaults). Never use md5/sha1.\n",
  bctx="SECURITY.md: For password hashing parameters, see the wiki.\n",
  in_ctx=True)

P("Write a loader for the sensor files into the `readings` table.",
  None, "contradictory", "spec_vs_data", "timestamp,sensor,value_c",
  "The table expects Fahrenheit (value_f) but the files hold Celsius "
  "(value_c); should I convert on load or add a Celsius column?",
  ["convert to F", "add value_c column"],
  ctx="readings(ts timestamptz, sensor text, value_f numeric)\n$ head -1 "
      "s1.csv\ntimestamp,sensor,value_f\n",
  bctx="readings(ts timestamptz, sensor text, value_f numeric)\n$ head -1 "
       "s1.csv\ntimestamp,sensor,value_c\n")

P("Add `pytest-randomly` and fix any tests that break because of "
  "ordering.",
  None, "missing", "scope", "7 failed",
  "Seven tests fail under random order, several due to shared module "
  "state in fixtures; may I change the fixtures' scope (slower suite), or "
  "should I only fix the tests themselves?",
  ["change fixture scope", "fix tests only"],
  ctx="$ pytest -p randomly\n312 passed in 41s\n",
  bctx="$ pytest -p randomly\n7 failed, 305 passed in 43s\n(all 7 use the "
       "module-scoped `client` fixture that mutates shared state)\n")

P("Bump the API version in the OpenAPI spec for this change.",
  None, "ambiguous", "version", "breaking: removes field `legacy_id`",
  "The change removes a field, which is breaking; should this be a major "
  "bump (2.0.0) or a minor one as we usually do?", ["major", "minor"],
  ctx="info:\n  version: 1.4.0\n# change: adds optional field `nickname`\n",
  bctx="info:\n  version: 1.4.0\n# change: adds optional field `nickname`; "
       "breaking: removes field `legacy_id`\n")

P("Send the alert to the on-call channel.",
  None, "ambiguous", "referent", "#oncall-payments",
  "There are two on-call channels (#oncall-infra, #oncall-payments); which "
  "one should this alert go to?", ["#oncall-infra", "#oncall-payments"],
  ctx="alerting.yaml:\n  channels:\n    oncall: '#oncall'\n",
  bctx="alerting.yaml:\n  channels:\n    oncall_infra: '#oncall-infra'\n"
       "    oncall_payments: '#oncall-payments'\n")

P("Add the `export_pdf` permission to the editor role.",
  None, "contradictory", "spec_vs_doc", "Editors must never export",
  "The permissions policy says editors must never export documents; "
  "should I add the permission anyway (and update the policy)?",
  ["add and update policy", "don't add"],
  ctx="roles.yaml:\n  editor: [view, edit, comment]\n",
  bctx="roles.yaml:\n  editor: [view, edit, comment]\n# PERMISSIONS.md: "
       "Editors must never export; only owners may.\n")

P("Run the data cleaning step before feature extraction in the pipeline.",
  None, "contradictory", "spec_vs_code", "clean(features)",
  "clean() is currently written to operate on extracted features (it "
  "drops feature columns), so it can't run before extraction as-is; "
  "should I rewrite clean() for raw rows?", ["rewrite clean for raw rows",
                                             "keep current order"],
  ctx="def pipeline(raw):\n    feats = extract(raw)\n    return feats\n"
      "def clean(rows):  # drops rows with empty text\n",
  bctx="def pipeline(raw):\n    feats = extract(raw)\n    feats = "
       "clean(features)\n    return feats\ndef clean(features):  # drops "
       "columns with >50% NaN\n")

P("Point the app at the new database host.",
  None, "missing", "referent", "DATABASE_URL",
  "You mention a new database host but not its address; what is the new "
  "host?",
  ctx="$ cat .env.production\nDATABASE_URL=postgres://app@db-old:5432/app\n"
      "# ticket: new host is db-2.internal\n",
  bctx="$ cat .env.production\nDATABASE_URL=postgres://app@db-old:5432/app\n")

P("Drop the `legacy_users` table in a migration.",
  None, "contradictory", "spec_vs_code", "FROM legacy_users",
  "reports/churn.sql still reads from legacy_users; should that report be "
  "migrated first or dropped too?", ["migrate report first",
                                     "drop report"],
  ctx="$ grep -rn legacy_users --include=*.py --include=*.sql .\n"
      "migrations/0004_legacy.py: ...\n",
  bctx="$ grep -rn legacy_users --include=*.py --include=*.sql .\n"
       "migrations/0004_legacy.py: ...\nreports/churn.sql:12:  SELECT * "
       "FROM legacy_users\n")

# ---------------------------------------------------------------------------
# Batch 17: final mix of stand-alone items
# ---------------------------------------------------------------------------

A("Write a function `round_time(dt)` for the timesheet app that rounds a "
  "clock-in time to the nearest quarter hour. Employees complained that "
  "the current version always rounds down. Make sure 08:07:30 is handled "
  "consistently, that's the case HR asked about specifically.",
  "missing", "rounding", "08:07:30 is handled consistently",
  "08:07:30 is exactly halfway between 08:00 and 08:15; should halfway "
  "times round up or down?", ["round up", "round down"])

Z("round_time(dt): round to the nearest 15 minutes, exact halves round "
  "up (08:07:30 -> 08:15), seconds and microseconds zeroed.")

A("Write a k-means clustering script for our customer segments using "
  "the RFM features in rfm.parquet, scale them first, and save the "
  "cluster label per customer_id to segments.csv. Pick the number of "
  "clusters sensibly. Marketing will name the segments afterwards.",
  "missing", "threshold", "Pick the number of clusters sensibly",
  "Should k be fixed (how many segments can marketing handle?) or chosen "
  "by a criterion like silhouette over a range?",
  ["fixed k", "silhouette over 3-8"])

Z("k-means on rfm.parquet (recency, frequency, monetary): StandardScaler, "
  "k=5, n_init=10, random_state=0; write customer_id,segment to "
  "segments.csv.")

A("Add a `--parallel` option to the image resize script. It should use "
  "all the cores, but the machine also runs the web server, which "
  "should never be starved of CPU.",
  "contradictory", "self_contradiction", "It should use all the cores",
  "Using every core can starve the web server; should the default be "
  "cpu_count() - 1 (or another number), or all cores at low priority "
  "(nice)?", ["cpu_count() - 1", "all cores with nice"])

Z("Add `--parallel N` to resize.py using concurrent.futures."
  "ProcessPoolExecutor(max_workers=N); default 1 keeps today's behaviour.")

A("We store user-uploaded CSVs and show a preview of the first rows in "
  "the UI. The preview breaks on files from some customers: the columns "
  "are all squashed into one. Fix the preview. Don't change how the "
  "import itself works, only the preview.",
  "contradictory", "spec_vs_code", "import_csv(f, delimiter=';')",
  "The import hard-codes ';' while the preview uses ','; should the "
  "preview detect the delimiter, or just reuse the import's ';' (which "
  "would break comma files in the preview)?", ["detect delimiter",
                                               "reuse ';'"],
  ctx="# preview.py\nrows = list(csv.reader(f))[:10]\n# importer.py\n"
      "rows = import_csv(f, delimiter=';')\n")

Z("The CSV preview squashes columns for semicolon files. Use "
  "csv.Sniffer on the first 2 KB to pick ',' or ';' in preview.py only.")

A("The function below is used in the invoice PDF. Make it handle "
  "negative amounts (credit notes) the way accountants expect.",
  "ambiguous", "output_format", "the way accountants expect",
  "Should negative amounts be shown with a minus sign (-12.50) or in "
  "parentheses ((12.50))?", ["-12.50", "(12.50)"],
  ctx="def fmt_amount(x):\n    return '%.2f' % x\n")

Z("fmt_amount is used in the invoice PDF; show negative amounts in "
  "parentheses, e.g. -12.5 -> '(12.50)', positives unchanged.",
  ctx="def fmt_amount(x):\n    return '%.2f' % x\n")

A("I'd like the API to return 404 instead of 403 for resources the user "
  "isn't allowed to see, so we don't leak existence. Apply this "
  "consistently. The mobile app relies on 403 to show the 'request "
  "access' button for shared documents, so don't break that flow.",
  "contradictory", "compatibility", "relies on 403 to show the 'request "
  "access' button",
  "Should shared documents be an exception that keeps returning 403, or "
  "should the mobile app switch to a different signal?",
  ["keep 403 for shared docs", "change mobile app"])

Z("Return 404 instead of 403 for projects the user can't see (the "
  "ProjectPermission class); documents keep their current 403 so the "
  "mobile 'request access' flow still works.")

A("Add a field to the user profile for pronouns. It should be a "
  "dropdown.",
  "missing", "scope", "It should be a dropdown",
  "Which options should the dropdown offer, and should there be a free-"
  "text 'other' option?")

Z("Add an optional free-text `pronouns` field (max 40 chars) to the "
  "profile form and model; shown under the name on the profile page.")

A("The graph on the dashboard shows weekly signups. Change it to use "
  "weeks starting on Monday, consistent with the rest of the dashboard.",
  "contradictory", "spec_vs_code", "week_start='SUN'",
  "The rest of the dashboard uses week_start='SUN', not Monday; should "
  "only this chart switch to Monday or should all charts?",
  ["only this chart", "all charts"],
  ctx="# dashboard/config.py\nDEFAULT_WEEK = dict(week_start='SUN')\n# "
      "used by every chart except signups, which uses ISO weeks\n")

Z("The weekly signups chart uses ISO weeks; switch it to "
  "DEFAULT_WEEK from dashboard/config.py like the other charts.",
  ctx="# dashboard/config.py\nDEFAULT_WEEK = dict(week_start='MON')\n")

A("Please write a script to compare two CSV exports (old system vs new "
  "system) and report differences. Rows are matched by `id`. Numbers "
  "might differ slightly due to float rounding in the old system, ignore "
  "those.",
  "missing", "tolerance", "differ slightly due to float rounding",
  "What tolerance counts as 'slightly' — absolute (e.g. 0.01) or relative "
  "(e.g. 1e-6)?", ["abs 0.01", "rel 1e-6"])

Z("CSV diff script: match rows by `id`, compare every column; numeric "
  "columns are equal if abs(a - b) <= 0.005; print id, column, old, new "
  "for each difference and a count at the end.")

A("Please add a `birthday` field to the contact form. Users should be "
  "able to leave out the year.",
  "missing", "output_format", "leave out the year",
  "How should a birthday without a year be stored: a separate month/day "
  "pair, or a date with a sentinel year like 1904?",
  ["month + day fields", "sentinel year"])

Z("Add an optional `birthday` DateField to the contact form and model; "
  "HTML date input; no age validation.")

A("Make the app's session timeout configurable.",
  "contradictory", "spec_vs_code", "SESSION_COOKIE_AGE = 1209600",
  "There are two timeouts: the Django session cookie age (14 days) and "
  "the idle-logout middleware (30 min); which one should become "
  "configurable?", ["session cookie age", "idle logout", "both"],
  ctx="SESSION_COOKIE_AGE = 1209600\n# middleware/idle.py\nIDLE_TIMEOUT = "
      "30 * 60\n")

Z("Make SESSION_COOKIE_AGE configurable via the SESSION_AGE_SECONDS env "
  "var, default stays 1209600.")

A("Plot the distribution of response times from latency.csv, the usual "
  "way we do it in the perf reports.",
  "missing", "referent", "the usual way we do it in the perf reports",
  "What does the perf report format use: a histogram (what bins), a CDF, "
  "or percentile bars (p50/p95/p99)?", ["histogram", "CDF",
                                         "percentile bars"])

Z("Plot the response-time distribution from latency.csv as a histogram "
  "with 50 bins on a log x-axis, with vertical lines at p50, p95 and p99; "
  "save latency.png.")

A("Write a function to compute the cosine similarity between two "
  "sparse vectors represented as dicts (term -> weight). Used by the "
  "related-articles feature, called millions of times a day.",
  "missing", "error_handling", "cosine similarity between two sparse "
  "vectors",
  "What should be returned when either vector is empty or all-zero "
  "(cosine is undefined): 0.0, None, or raise?",
  ["0.0", "None", "raise"])

Z("cosine(a, b) for dict sparse vectors: iterate the smaller dict for the "
  "dot product; return 0.0 if either norm is 0.")

A("Add the `Content-Security-Policy` header to all responses. Use the "
  "strictest policy that doesn't break the site.",
  "missing", "scope", "the strictest policy that doesn't break the site",
  "Which external origins does the site need (CDNs, analytics, fonts), "
  "and is 'unsafe-inline' for the legacy inline scripts acceptable?")

Z("Add `Content-Security-Policy: default-src 'self'; img-src 'self' "
  "data:` to all responses via the existing security middleware.")

A("Update our ESLint config to the flat config format. Keep the same "
  "rules as before.",
  "contradictory", "spec_vs_code", "\"extends\": [\"airbnb\"",
  "eslint-config-airbnb doesn't support flat config yet; should I use a "
  "compat shim (FlatCompat) or replace it with equivalent rules?",
  ["FlatCompat", "replace rules"],
  ctx="// .eslintrc.json\n{\n  \"extends\": [\"airbnb\", \"prettier\"],\n"
      "  \"rules\": {\"no-console\": \"warn\"}\n}\n")

Z("Update our ESLint config to the flat config format. Keep the same "
  "rules as before.",
  ctx="// .eslintrc.json\n{\n  \"extends\": [\"eslint:recommended\"],\n"
      "  \"rules\": {\"no-console\": \"warn\", \"eqeqeq\": \"error\"}\n}\n")

A("We need a function that tells whether two addresses are the same "
  "place, for de-duplicating shipments. Inputs are free-text address "
  "strings from the checkout form in Germany. Return a bool.",
  "ambiguous", "vague_term", "the same place",
  "How fuzzy should matching be: normalized exact match (case, 'Str.' vs "
  "'Straße', whitespace), or geocoding both and comparing coordinates?",
  ["normalized exact", "geocode"])

Z("same_address(a, b): compare after lowercasing, collapsing whitespace, "
  "replacing 'str.' with 'straße' and removing commas; return a == b.")

A("The search results should boost recent documents.",
  "missing", "threshold", "boost recent documents",
  "How strong should the recency boost be, e.g. a decay with what "
  "half-life (7 days, 30 days)?", ["7-day half-life", "30-day half-life"])

Z("Boost recent documents in search with an ES function_score gauss "
  "decay on published_at: origin now, scale 30d, decay 0.5.")

A("Migrate the scheduled jobs from APScheduler to Celery beat. Keep the "
  "same schedules.",
  "contradictory", "spec_vs_code", "timezone='America/Chicago'",
  "The APScheduler jobs run in America/Chicago while celery beat is set "
  "to UTC; should the schedules keep Chicago wall-clock times (DST-aware) "
  "or be converted to fixed UTC times?", ["Chicago wall clock",
                                          "fixed UTC"],
  ctx="scheduler = BackgroundScheduler(timezone='America/Chicago')\n"
      "scheduler.add_job(report, 'cron', hour=6)\n# celeryconfig.py\n"
      "timezone = 'UTC'\n")

Z("Migrate the scheduled jobs from APScheduler to Celery beat. Keep the "
  "same schedules.",
  ctx="scheduler = BackgroundScheduler(timezone='UTC')\n"
      "scheduler.add_job(report, 'cron', hour=6)\nscheduler.add_job("
      "cleanup, 'interval', minutes=15)\n# celeryconfig.py\ntimezone = "
      "'UTC'\n")

A("Could you write a function that picks a random winner from the "
  "contest entries? It must be fair, and reproducible so the legal team "
  "can verify it later, and unpredictable so nobody can game it.",
  "contradictory", "self_contradiction", "reproducible so the legal team "
  "can verify it later",
  "Reproducible and unpredictable conflict unless the seed is published "
  "after entries close; should I seed from a value committed to in "
  "advance (e.g. a future public beacon), or drop one requirement?",
  ["commit-reveal seed", "reproducible only", "unpredictable only"])

Z("Pick a random contest winner with secrets.choice(entries) and log "
  "the winner id and timestamp; no reproducibility needed.")

A("Increase the upload limit to 50.",
  "ambiguous", "unit", "to 50",
  "50 what — MB per file, total MB per request, or number of files?",
  ["50 MB per file", "50 files"],
  ctx="# settings.py\nDATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024\n"
      "DATA_UPLOAD_MAX_NUMBER_FILES = 20\n")

Z("Increase the per-file upload limit to 50 MB.",
  ctx="# settings.py\nDATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024\n"
      "DATA_UPLOAD_MAX_NUMBER_FILES = 20\n")

A("Write the Grafana alert rule for high error rate on the API.",
  "missing", "threshold", "high error rate",
  "What error-rate threshold and window should fire the alert (e.g. 5xx "
  "above 2% over 5 minutes)?")

Z("Grafana alert: fire when sum(rate(http_requests_total{status=~\"5..\"}"
  "[5m])) / sum(rate(http_requests_total[5m])) > 0.02 for 10m.")

A("Write the function that assigns support tickets to agents round-"
  "robin, skipping agents who are offline. Each team has its own queue "
  "and rotation. Agents can belong to several teams at once.",
  "ambiguous", "scope", "Agents can belong to several teams at once",
  "For agents in several teams, should the round-robin position be "
  "tracked per team, or should load across all teams be balanced?",
  ["per-team rotation", "global balancing"])

Z("Round-robin ticket assignment per team: keep a per-team pointer in "
  "Redis, skip offline agents, give up (unassigned) if all are offline.")

A("Add a `--since` option to the `git-stats` CLI that accepts relative "
  "dates. Same syntax as git log --since.",
  "contradictory", "spec_vs_code", "datetime.strptime(args.since, "
  "'%Y-%m-%d')",
  "The CLI currently parses --since with strptime('%Y-%m-%d'), which "
  "can't handle relative dates; should I pass the string through to git "
  "or write our own relative-date parser?", ["pass to git", "own parser"],
  ctx="parser.add_argument('--until')\n...\nsince = datetime.strptime("
      "args.since, '%Y-%m-%d')  # added last week for --until-style use\n")

Z("Add `--since` to git-stats and pass it straight through to `git log "
  "--since=...` (so '2 weeks ago' etc. work).")

A("The ETL writes to the warehouse every hour. Make it idempotent so "
  "reruns don't duplicate data.",
  "missing", "key_format", "reruns don't duplicate data",
  "What uniquely identifies a row for upserts — is there a natural key "
  "(e.g. event_id), or should reruns delete and rewrite the hour's "
  "partition?", ["upsert on event_id", "overwrite hour partition"])

Z("Make the hourly ETL idempotent: delete the target hour's partition "
  "(by event_hour) and insert, inside one transaction.")

# ---------------------------------------------------------------------------
# Batch 18: last batch
# ---------------------------------------------------------------------------

P("Write `to_snake_keys(obj)` that converts camelCase dict keys to "
  "snake_case recursively, including dicts inside lists; values are never "
  "touched.",
  "Write `to_snake_keys(obj)` that converts camelCase dict keys to "
  "snake_case, for the API responses from the partner (they nest objects "
  "and arrays of objects quite deeply).",
  "missing", "scope", "converts camelCase dict keys to snake_case",
  "Should nested dicts, including dicts inside lists, be converted "
  "recursively, or only the top-level keys?", ["recursive", "top level"])

P("Write `moving_max(xs, k)` returning the max of each window of k "
  "consecutive values (len(xs) - k + 1 results), O(n) with a deque.",
  "Write `moving_max(xs, k)` returning the max of each window of k "
  "consecutive values, O(n) with a deque; the chart needs one value per "
  "input point.",
  "ambiguous", "boundary", "the chart needs one value per input point",
  "With one value per input point, how should the first k-1 positions "
  "be filled: partial windows, None, or padding?",
  ["partial windows", "None", "pad"])

P("Log every failed login with the username and source IP at WARNING "
  "level.",
  "Log every failed login with the username, the password attempt and "
  "source IP at WARNING level.",
  "contradictory", "spec_vs_doc", "Never log credentials",
  "SECURITY.md forbids logging credentials; should I leave the attempted "
  "password out of the log?", ["omit password", "log it anyway"],
  ctx="SECURITY.md: Never log credentials, tokens or full card numbers.\n")

P("Add `mypy --strict` to CI for the `core/` package.",
  "Add `mypy --strict` to CI for the `core/` package; it has to pass "
  "today, no new ignores, and no code changes in this PR.",
  "contradictory", "self_contradiction", "no code changes in this PR",
  "core/ currently has 212 strict-mode errors; with no ignores and no "
  "code changes, CI can't pass — which constraint should be relaxed?",
  ["allow code fixes", "allow ignores", "non-blocking CI job"],
  ctx="$ mypy --strict core/\nSuccess: no issues found in 41 source files\n",
  bctx="$ mypy --strict core/\nFound 212 errors in 37 files (checked 41 "
       "source files)\n")

P("Generate a UUIDv4 for each new order as its public id.",
  "Generate an id for each new order as its public id; it must be sortable "
  "by creation time and impossible to guess.",
  "ambiguous", "algorithm", "sortable by creation time and impossible to "
  "guess",
  "Should the id be a UUIDv7 or ULID (time-ordered with random bits), or "
  "another scheme?", ["UUIDv7", "ULID"])

P("Copy yesterday's nginx logs to s3://logs-archive/nginx/YYYY/MM/DD/ "
  "and delete the local copies after a successful upload.",
  "Copy the old nginx logs to s3://logs-archive/nginx/YYYY/MM/DD/ and "
  "delete the local copies after a successful upload.",
  "missing", "threshold", "the old nginx logs",
  "Which logs count as old: everything rotated (access.log.1, .gz), or "
  "older than N days?", ["all rotated files", "older than N days"])

P("Show prices on the product page with the currency symbol after the "
  "amount for the de-DE locale (12,50 €), using Intl.NumberFormat.",
  "Show prices on the product page formatted for the user's locale, "
  "using Intl.NumberFormat.",
  "missing", "source", "the user's locale",
  "Where does the user's locale come from: the browser (navigator."
  "language) or the account setting?", ["browser", "account setting"],
  ctx="user object: {id, email, currency}",
  bctx="user object: {id, email, currency, locale}  // locale often null")

P("Write the `Retry-After` parsing helper: input is the header value, "
  "either delta-seconds or an HTTP-date; return seconds as float, min 0.",
  "Write the `Retry-After` parsing helper: input is the header value; "
  "return seconds as float, min 0.",
  "missing", "input_format", "input is the header value",
  "Should the helper accept only delta-seconds, or also the HTTP-date "
  "form?", ["seconds only", "both forms"])

A("Quick context: our recommendation service returns a list of product "
  "ids and the frontend renders them in a carousel. Product wants to "
  "diversify the carousel so it's not ten variants of the same shoe. "
  "Write a post-processing function that takes the ranked list and "
  "returns a diversified list of the same length.",
  "missing", "vague_term", "variants of the same shoe",
  "What defines 'the same' product for diversification — same parent_sku, "
  "same brand, or same category — and how many of each may appear?")

A("Write a function `merge_configs(base, override)` for our deploy tool. "
  "Override wins for scalar values, nested dicts merge. For the "
  "`plugins` list specifically, the ops team wants both lists kept, and "
  "they also want the order from override to be the final order.",
  "contradictory", "self_contradiction", "the order from override to be "
  "the final order",
  "If both plugin lists are kept, where do base-only plugins go in the "
  "final order — appended after override's list, or dropped?",
  ["append base-only after override", "override order only"])

A("Alright team, the Q3 OKR says 'reduce p95 latency of checkout by "
  "30%'. I've profiled it and the big one is the tax service call, which "
  "is synchronous and takes ~400 ms. Please make the checkout not wait "
  "for it. The tax amount must still be correct on the order "
  "confirmation page.",
  "contradictory", "self_contradiction", "must still be correct on the "
  "order confirmation page",
  "If checkout doesn't wait for tax, the confirmation page can't show the "
  "final tax; may it show an estimate (from cached rates) that's "
  "reconciled later?", ["estimate then reconcile", "keep waiting"])

A("Can you write the cleanup job for expired sessions? The sessions "
  "table is the one the auth service writes to. Run it every hour and "
  "log how many rows were deleted.",
  "ambiguous", "referent", "The sessions table",
  "There are two sessions tables (auth.sessions and public.django_session); "
  "which one does the auth service write to?",
  ["auth.sessions", "public.django_session"],
  ctx="\\dt *.*session*\n auth   | sessions        | table\n public | "
      "django_session  | table\n")

A("Hey, so the finance export needs to show amounts in the customer's "
  "currency now, not in EUR. Customers can change their currency in "
  "settings at any time. The export covers the last 12 months of "
  "invoices.",
  "ambiguous", "scope", "Customers can change their currency",
  "Should historical invoices use the currency they were issued in, or "
  "the customer's current currency (converted at which rate)?",
  ["issued currency", "current currency"])

A("Add logging of request bodies to the API middleware so we can debug "
  "the partner integration. It's the /partner/ routes. Bodies can be "
  "large sometimes.",
  "missing", "threshold", "Bodies can be large sometimes",
  "Should large bodies be truncated, and at what size (e.g. first 4 KB)?")

A("We need a `cancel_subscription(user)` function. Cancelling should "
  "stop billing immediately but the user keeps access until the end of "
  "the period they paid for. Also refund the unused part of the period.",
  "contradictory", "self_contradiction", "refund the unused part",
  "If the user keeps access until period end, there's no unused part to "
  "refund; should cancellation end access now with a prorated refund, or "
  "keep access with no refund?", ["end now + refund",
                                  "keep access, no refund"])

A("Implement `calculate_age(birthdate)` for the signup flow; we have "
  "users all over the world and it's used to enforce the minimum age.",
  "missing", "timezone", "users all over the world",
  "Near midnight on a birthday the age can differ by one; should 'today' "
  "be taken in the user's timezone or in UTC?", ["user timezone", "UTC"])

A("Please write a script that finds duplicate images in our media "
  "bucket (about 2M files) and removes the duplicates. Many are the same "
  "photo re-uploaded at different resolutions.",
  "ambiguous", "vague_term", "the same photo re-uploaded at different "
  "resolutions",
  "Should near-duplicates (same photo, different resolution) be detected "
  "with perceptual hashing, or only byte-identical files; and which copy "
  "is kept?", ["perceptual hash", "exact hash"])

A("Build an endpoint to upload a profile picture. Resize it to the sizes "
  "the mobile app uses and store them on S3.",
  "missing", "referent", "the sizes the mobile app uses",
  "Which sizes (in pixels) does the mobile app need?")

A("Change the password reset token to expire faster and make sure "
  "existing tokens stop working.",
  "missing", "threshold", "expire faster",
  "What should the new expiry be (the current one is 72 hours)?",
  ctx="PASSWORD_RESET_TIMEOUT = 60 * 60 * 72\n")

A("Write the SQL to compute monthly active users for the last 12 "
  "months from the `events` table. We define active the same way as the "
  "board deck does.",
  "missing", "referent", "the same way as the board deck does",
  "How does the board deck define an active user — any event, or "
  "specific events like login/purchase, and on how many days?")

A("Add a `GET /orders/export` endpoint that returns all orders of the "
  "current user as CSV. Large accounts have millions of orders. It needs "
  "to respond in under a second like all our endpoints.",
  "contradictory", "self_contradiction", "respond in under a second",
  "Exporting millions of rows won't complete in under a second; can the "
  "export be async (job + download link) or stream with the first byte "
  "under a second?", ["async job", "streaming"])

A("We're adding dark mode. Pick colors for it that fit our brand.",
  "missing", "source", "fit our brand",
  "Are there brand guidelines or design tokens for dark mode I should use, "
  "or should I derive them from the light palette?")

A("Translate the error messages in errors.py into German for the DACH "
  "launch, formal register.",
  "contradictory", "spec_vs_code", "# user-facing: no",
  "Half of the messages are marked as internal (not user-facing); should "
  "those be translated as well?", ["translate all", "user-facing only"],
  ctx="ERRORS = {\n    'E001': ('Card declined', '# user-facing: yes'),\n"
      "    'E002': ('Ledger mismatch in shard', '# user-facing: no'),\n}\n")

A("Write an integration test that spins up the service and checks the "
  "happy path of the signup flow, end to end. Use our usual setup for "
  "external services.",
  "ambiguous", "referent", "our usual setup for external services",
  "The repo uses both testcontainers (tests/integration) and docker-compose "
  "(e2e/); which setup should the new test use?",
  ["testcontainers", "docker-compose"],
  ctx="$ ls tests/integration e2e\ntests/integration:\nconftest.py  "
      "(uses testcontainers)\ne2e:\ndocker-compose.yml  run.sh\n")

A("Refactor `compute_invoice` to be faster; it's the slowest part of "
  "the nightly billing run. Output must stay exactly the same, including "
  "the order of line items, and float results must be bit-identical.",
  "missing", "scope", "to be faster",
  "The run currently takes 3 h; what runtime target should "
  "compute_invoice reach?")

A("Set the default sort of the issues list to 'most relevant'.",
  "missing", "vague_term", "'most relevant'",
  "How should relevance be computed for the issues list (no search "
  "query is involved): by priority, activity, or votes?",
  ["priority", "recent activity", "votes"])

A("Please add CORS to the API so the new frontend can call it.",
  "missing", "scope", "the new frontend",
  "Which origin(s) does the new frontend run on, and does it send "
  "credentials (cookies)?")

A("Make `normalize_whitespace(s)` also handle unicode spaces.",
  "ambiguous", "encoding", "unicode spaces",
  "Should zero-width characters (U+200B, U+FEFF) be removed too, or only "
  "characters Python's str.isspace() considers whitespace?",
  ["isspace only", "also zero-width"])

A("Add an `is_premium` flag to the user API response. Premium means they "
  "pay for the product.",
  "ambiguous", "vague_term", "Premium means they pay for the product",
  "Does a user in a free trial, or on a team plan paid by someone else, "
  "count as premium?")

A("Write a job that emails customers whose card expires next month. "
  "Run it on the first of each month. Don't email the same customer "
  "twice.",
  "ambiguous", "scope", "Don't email the same customer twice",
  "Does 'not twice' mean once per card or once per customer ever (e.g. "
  "two expiring cards, or the same card expiring again next year)?",
  ["once per card", "once ever"])

Z("Write a job that emails customers whose default card expires next "
  "month; run on the 1st; record (customer_id, card_id) in "
  "`expiry_notices` and skip pairs already there.")

Z("Set the default sort of the issues list to 'most recently updated'.")

Z("Please add CORS for https://app.example.com (with credentials) to the "
  "API using django-cors-headers.")

Z("Translate the user-facing error messages in errors.py into German for "
  "the DACH launch, formal register ('Sie'). Internal ones stay English.")

Z("Add an `is_premium` flag to the user API response: true iff the user "
  "has an active paid subscription (trials don't count).")

Z("Make `normalize_whitespace(s)` collapse any run of characters for "
  "which str.isspace() is true into one ASCII space, and strip the ends.")

# ---------------------------------------------------------------------------
# Batch 19: a few more pairs
# ---------------------------------------------------------------------------

P("Write `group_consecutive(xs)` that groups equal adjacent elements: "
  "[1, 1, 2, 1] -> [(1, 2), (2, 1), (1, 1)] as (value, run length).",
  "Write `group_consecutive(xs)` that groups equal elements: [1, 1, 2, 1] "
  "-> [(1, 2), (2, 1), (1, 1)] as (value, count); like a Counter but in "
  "order of first appearance.",
  "contradictory", "conflicting_examples", "like a Counter but in order of "
  "first appearance",
  "The example keeps separate runs ((1, 1) appears twice), but 'like a "
  "Counter' implies [(1, 3), (2, 1)]; which output is intended?",
  ["runs of adjacent values", "total counts"])

P("Emit a StatsD timing metric `checkout.duration` in milliseconds around "
  "the checkout view.",
  "Emit a StatsD timing metric around the checkout view, named like our "
  "other metrics.",
  "contradictory", "spec_vs_code", "'api_orders_latency'",
  "Existing metric names mix dotted ('orders.latency') and underscored "
  "('api_orders_latency') styles; which naming should the checkout metric "
  "follow?", ["checkout.duration", "api_checkout_duration"],
  ctx="statsd.timing('orders.latency', ms)\nstatsd.timing('search.latency', "
      "ms)\n",
  bctx="statsd.timing('orders.latency', ms)\nstatsd.timing("
       "'api_orders_latency', ms)\n")

P("Store uploaded files under `uploads/<user_id>/<uuid4><ext>`, keeping the "
  "original extension lowercased.",
  "Store uploaded files under `uploads/<user_id>/` with a safe unique "
  "name, so that two uploads never collide.",
  "missing", "key_format", "with a safe unique name",
  "What naming scheme should stored files use — a uuid4 plus the original "
  "extension, a content hash, or the original name with a suffix?",
  ["uuid4 + ext", "content hash", "original + suffix"])

P("Return 422 with the pydantic error list when the request body fails "
  "validation (FastAPI's default), and log the path at INFO.",
  "Return a validation error when the request body is invalid, and log "
  "the path at INFO; the frontend shows the message to the user.",
  "missing", "output_format", "the frontend shows the message to the user",
  "What error format does the frontend expect — FastAPI's default 422 "
  "detail list, or a single {\"error\": message} string?",
  ["default 422 list", "single message"])

P("Mark the `v1` endpoints as deprecated: add a `Deprecation: true` header "
  "and a `Sunset` header with 2025-06-30.",
  "Mark the `v1` endpoints as deprecated with the standard headers; the "
  "sunset date is the one we announced to customers.",
  "missing", "referent", "the one we announced to customers",
  "What sunset date was announced for v1?")

P("When the cache server is unreachable, fall back to calling the "
  "database directly and log a warning once per minute.",
  "When the cache server is unreachable, fail fast so we notice, and keep "
  "serving requests from the database without interruption.",
  "contradictory", "self_contradiction", "fail fast so we notice",
  "Should a cache outage make requests fail (fail fast) or silently fall "
  "back to the database?", ["fail fast", "fall back to DB"])

A("Add an audit trail for changes to customer records: who changed what, "
  "when, old and new value. It must cover the admin UI and the public "
  "API, and nightly imports should not flood it.",
  "ambiguous", "scope", "nightly imports should not flood it",
  "Should import changes be excluded from the audit trail, or recorded in "
  "a summarized form (one entry per import run)?",
  ["exclude imports", "one entry per run"])

A("Write the Terraform for an S3 bucket for our static site. Block all "
  "public access like our security baseline requires, and serve the site "
  "directly from the bucket's website endpoint.",
  "contradictory", "self_contradiction", "serve the site directly from the "
  "bucket's website endpoint",
  "The S3 website endpoint needs public read access, which the baseline "
  "forbids; should I put CloudFront with origin access control in front "
  "instead?", ["CloudFront + OAC", "allow public read"])

A("Add basic auth to the staging site. Use the same credentials as the "
  "old staging server.",
  "missing", "source", "the same credentials as the old staging server",
  "Where can I find the old staging server's credentials (which secret or "
  "vault path)?")

A("Create a Slack slash command `/deploy` that deploys a service. Only "
  "the right people should be able to use it.",
  "missing", "scope", "Only the right people",
  "Who may run /deploy — members of a specific Slack user group, or a "
  "list of user ids (which)?")

# === MORE BATCHES ===


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
