"""Hand-written probe training data, part "judgment": when does vagueness matter?

This part teaches the judgment call itself.  In every group BOTH items carry a
vague-looking word ("short", "recent", "clean up", "sort", "round", "the usual
format", "a few", "soon", "nice") or an omission, but only one of them is a real
blocker: the one where the vague word changes the result (two defensible readings
give different outputs, a missing value cannot be defaulted, or the context
contradicts the request).  In the other the vague word is harmless: the writer was
granted freedom, a well-known convention supplies the default (ascending order for
plain numbers, two decimals for money shown to people), every reading gives the same
output, or the context defines the word.

Shape:
- ``pair``: two different requests, each with a vague word; one harmless, one a blocker.
- ``context_pair``: the same vague request, once with a context that defines the word
  (label 0) and once with a context that leaves it open or contradicts it (label 1).
- stand-alone items: long fully specified requests (label 0) and short blunt ones with a
  real gap (label 1), so that length and bluntness say nothing about the label, plus
  more harmless-vague negatives.

Every item below was written out by hand as a literal call: no templates, no
word-list loops, no random generation.  Deterministic, stdlib only.
Domains: coding, sql, data, ops, general, writing.

Usage (from the repository root):
    python -m training.corpus.build_handwritten_judgment
    python -m training.corpus.check_corpus training/corpus/handwritten_judgment.jsonl
"""

from __future__ import annotations

from pathlib import Path

from training.corpus._writer import Corpus

c = Corpus("hwj", Path(__file__).with_name("handwritten_judgment.jsonl"))
P, CP, OK, B = c.pair, c.context_pair, c.ok, c.blocked
CO, SQ, DA, OP, GE, WR = "coding", "sql", "data", "ops", "general", "writing"
M, A, C = "missing", "ambiguous", "contradictory"

# ===========================================================================
# 1. coding: "clean up", "sort", "fast", "handle errors", "the usual"...
#    the harmless side refactors freely or follows a convention; the blocker
#    side changes behaviour depending on the reading.
# ===========================================================================

P(CO, "clean up this function, it's a mess. keep the behaviour the same:\n\ndef f(a):\n  r=[]\n  for i in range(len(a)):\n    if a[i]%2==0: r.append(a[i]*2)\n  return r",
  "clean up the user records before we import them",
  A, "scope", "clean up",
  "What should cleaning the user records do: drop rows with missing emails, fill them in, or just trim whitespace and normalise case?",
  options=["drop incomplete rows", "fill missing values", "only normalise formatting"])

P(CO, "Write a Python function that sorts a list of integers.",
  "write a function that sorts the users",
  A, "sort_key", "sorts the users",
  "Which field should the users be sorted by: name, signup date, or last login?",
  options=["name", "signup date", "last login"])

P(CO, "Sort this list of strings alphabetically and return a new list; don't mutate the input.",
  "Sort the tickets and return them as a new list, don't mutate the input.",
  A, "sort_key", "Sort the tickets",
  "What order should the tickets be in: by priority, by creation date, or by ticket number?",
  options=["priority", "creation date", "ticket number"])

P(CO, "Make this loop a bit faster if you can, any reasonable speedup is welcome:\n\nout = []\nfor x in items:\n    out.append(x.strip().lower())",
  "Make the search endpoint faster.",
  M, "target", "faster",
  "What latency target should the search endpoint hit, e.g. p95 under 200 ms or under 500 ms?")

P(CO, "Add some error handling to read_config() so a missing file gives a clear message instead of a stack trace.",
  "add some error handling to the payment call",
  A, "behaviour", "error handling",
  "Retrying might double-charge; when the payment call fails, should I retry it, surface the error to the user, or queue it for later?",
  options=["retry with idempotency key", "fail and show an error", "queue for later"])

P(CO, "Rename the variable tmp to something more descriptive in parse_header(); pick whatever name reads best.",
  "Rename the config option to something more descriptive.",
  A, "referent", "the config option",
  "The settings module has several options; which one should I rename?")

P(CO, "Write a few unit tests for slugify(), whatever cases you think matter.",
  "write a few unit tests for the function",
  M, "target", "the function",
  "Which function should the tests cover?")

P(CO, "Add a short docstring to each public function in utils/strings.py.",
  "Add a short docstring to each function in utils/strings.py, following our docstring style.",
  M, "format", "our docstring style",
  "Which docstring style do you use: Google, NumPy, or reStructuredText (Sphinx)?",
  options=["Google", "NumPy", "reStructuredText"])

P(CO, "Bump the timeout on the HTTP client a bit, 5 seconds is too aggressive for the report service. Use 30.",
  "Bump the timeout on the HTTP client a bit.",
  M, "value", "a bit",
  "It's 5 seconds now; should the new timeout be 10, 30 or 60 seconds?",
  options=["10 s", "30 s", "60 s"])

P(CO, "Deduplicate the emails list; order doesn't matter.",
  "Deduplicate the customer list.",
  A, "key", "Deduplicate the customer list",
  "What makes two customers duplicates: same email, same name and address, or same customer ID?",
  options=["same email", "same name + address", "same customer ID"])

P(CO, "Write a helper that returns the most recent file in a directory, by modification time.",
  "Write a helper that returns the most recent file in the uploads directory.",
  A, "sort_key", "most recent",
  "Most recent by which timestamp: modification time, creation time, or the date embedded in the filename?",
  options=["modification time", "creation time", "date in filename"])

P(CO, "Can you tidy up the imports in app.py? Remove unused ones and sort the rest.",
  "can you tidy up the old endpoints in app.py",
  A, "action", "tidy up the old endpoints",
  "Removing them could break existing clients; for the old endpoints, should I delete them, mark them deprecated, or just reorganise the code?",
  options=["delete them", "mark deprecated", "reorganise only"])

P(CO, "Log something useful when the retry loop gives up.",
  "Log the user info when login fails.",
  A, "scope", "the user info",
  "Which user fields should be logged on a failed login: just the username and IP, or also the user agent (never the attempted password)?",
  options=["username + IP", "username + IP + user agent"])

P(CO, "Convert this function to use f-strings; keep the output identical.",
  "Convert the timestamps in this module to local time.",
  M, "timezone", "local time",
  "Which time zone counts as local: the server's, each user's profile zone, or a fixed one like Europe/Berlin?",
  options=["server time zone", "user's profile time zone", "a fixed zone"])

P(CO, "Validate the email field however you think is reasonable, nothing fancy.",
  "Validate the password field.",
  M, "rule", "Validate the password field",
  "What rules should the password meet: minimum length, required character classes, or a breached-password check?")

P(CO, "Paginate the /orders endpoint. Pick a sensible default page size and let clients override it up to 100.",
  "Paginate the /orders endpoint, same as the other list endpoints.",
  A, "format", "same as the other list endpoints",
  "The list endpoints paginate differently (/users uses offset/limit, /invoices uses cursors); which style should /orders follow?",
  options=["offset/limit", "cursor"])

P(CO, "Round the result to two decimals before printing it.",
  "round the line totals in the invoice calculator",
  A, "rounding", "round the line totals",
  "The amount can differ by a cent; should each line total be rounded before summing, or should only the final invoice total be rounded?",
  options=["round each line, then sum", "sum exactly, round the total"])

P(CO, "Write a regex that matches US ZIP codes, 5 digits with an optional -4 suffix.",
  "Write a regex that matches valid phone numbers.",
  A, "scope", "valid phone numbers",
  "Which phone number formats count as valid: US only, or international numbers with a country code too?",
  options=["US only", "international (E.164)"])

P(CO, "Cache the exchange-rate lookup. Rates change daily, so anything up to a few hours of staleness is fine.",
  "cache the account balance lookup",
  M, "ttl", "cache the account balance lookup",
  "How stale may a cached account balance be: a few seconds, a minute, or must it be invalidated on every transaction?",
  options=["a few seconds", "one minute", "invalidate on each transaction"])

P(CO, "Add type hints to this module. Use modern syntax (list[int], X | None).",
  "Add type hints to this module. Use whatever syntax the project already uses.",
  A, "format", "whatever syntax the project already uses",
  "The project mixes typing.List/Optional and the newer list[int] / X | None syntax; which should I use here?",
  options=["typing.List / Optional", "list[int] / X | None"])

P(CO, "Handle the edge cases in this average() function: empty list, None values. Your call on what to return.",
  "handle the edge cases in the refund function",
  M, "behaviour", "the edge cases",
  "What should the refund function do with a refund larger than the original charge: reject it or cap it at the charge?",
  options=["reject", "cap at the charge amount"])

P(CO, "Write me a small CLI that prints the current weather for a city. Any free API is fine.",
  "Write me a small CLI that prints our sales numbers.",
  M, "source", "our sales numbers",
  "Where do the sales numbers come from: a database (which one), a CSV export, or an API?")

# context pairs, coding
CP(CO, "Format the dates the usual way in the export function.",
   "Style guide, section 4.2: all dates in exports use ISO 8601 (YYYY-MM-DD). No exceptions.",
   "Style guide, section 4: exports should be easy to read for customers and import cleanly into spreadsheets.",
   M, "format", "the usual way",
   "Which date format is the usual one for exports: ISO 8601 (2024-05-31), US (05/31/2024), or European (31.05.2024)?",
   where="text", options=["YYYY-MM-DD", "MM/DD/YYYY", "DD.MM.YYYY"])

CP(CO, "Delete the old feature flags.",
   "Flag inventory (owner: platform):\nnew_checkout   - 100% on since 2023-02, safe to remove\nsso_beta       - 100% on since 2023-06, safe to remove\nold = anything marked 'safe to remove' in this table.\ndark_mode_v2   - 40% rollout, keep",
   "Flag inventory (owner: platform):\nnew_checkout   - created 2023-02, 100% on\nsso_beta       - created 2023-06, 30% rollout\ndark_mode_v2   - created 2024-01, 40% rollout",
   A, "scope", "Delete the old feature flags.",
   "Which flags count as old: only the fully rolled-out new_checkout, or everything created before 2024 (new_checkout and sso_beta)?",
   where="text", options=["new_checkout only", "new_checkout + sso_beta"])

CP(CO, "Make the retry count configurable and set it to the usual value.",
   "other services (from config/defaults.yaml):\n  billing.retries: 3\n  search.retries: 3\n  mailer.retries: 3",
   "other services (from config/defaults.yaml):\n  billing.retries: 5\n  search.retries: 2\n  mailer.retries: 3",
   A, "value", "the usual value",
   "Other services use different retry counts (5, 2 and 3); which one should this service default to?",
   where="text", options=["2", "3", "5"])

CP(CO, "Bump the library to the latest version.",
   "pip index versions fastjson\nfastjson (4.2.1)\nAvailable versions: 4.2.1, 4.2.0, 4.1.9\nrequirements.txt: fastjson==4.1.9",
   "pip index versions fastjson\nfastjson (5.0.0)\nAvailable versions: 5.0.0, 4.2.1, 4.2.0\nrequirements.txt: fastjson==4.2.0\nCHANGELOG 5.0.0: BREAKING - dumps() no longer sorts keys; Python 3.8 dropped.",
   A, "version", "CHANGELOG 5.0.0: BREAKING - dumps() no longer sorts keys; Python 3.8 dropped.",
   "The latest fastjson is 5.0.0, a breaking release; should I go to 5.0.0 and adapt the code, or take the latest 4.x (4.2.1)?",
   options=["5.0.0", "4.2.1"])

CP(CO, "Write the function so it returns results in the right order.",
   "Ticket ENG-311: search results must be ordered by relevance score, highest first; ties broken by newest.",
   "Ticket ENG-311: search results are currently returned in random order and users complain.",
   A, "sort_key", "the right order",
   "What order should the search results be in: relevance score, newest first, or alphabetical?",
   where="text", options=["relevance", "newest first", "alphabetical"])

CP(CO, "Write a short README for this repo.",
   "repo: tiny-slug (a 40-line Python helper that turns titles into URL slugs). No README yet.",
   "Team wiki: READMEs must be 200 words max.\nPR #88 review comment (lead): this README needs the full install, config and troubleshooting sections, at least 800 words.",
   C, "length", "at least 800 words",
   "The wiki caps READMEs at 200 words but the lead asks for at least 800; which limit should this README follow?",
   options=["200 words max", "800+ words"])

CP(CO, "Add the standard license header to the new files.",
   "LICENSE_HEADER.txt:\n# Copyright (c) Acme Corp. Licensed under the Apache License 2.0.",
   "repo root: LICENSE (MIT)\nthird_party/LICENSE (Apache 2.0)\nno header template in the repo",
   A, "format", "the standard license header",
   "The repo has both an MIT LICENSE and an Apache 2.0 one under third_party, and no header template; which license header should the new files get?",
   where="text", options=["MIT", "Apache 2.0"])

CP(CO, "Set the log level to something quieter in production.",
   "Current: LOG_LEVEL=DEBUG in prod.env. Options are DEBUG, INFO, WARNING, ERROR.",
   "Current: LOG_LEVEL=INFO in prod.env. SRE note: we need INFO-level request logs for the audit trail, do not drop below INFO.",
   C, "value", "do not drop below INFO",
   "Production is already at INFO and SRE says not to go quieter because of the audit trail; do you still want WARNING, or keep INFO?",
   options=["WARNING", "keep INFO"])

# ===========================================================================
# 2. sql: "recent", "top", "active", "by month", rounding, "duplicates"
# ===========================================================================

P(SQ, "Get the 10 most recent orders from the orders table (created_at).",
  "get recent orders from the orders table",
  A, "period", "recent",
  "What counts as recent: the last 7 days, the last 30 days, or just the latest N orders?",
  options=["last 7 days", "last 30 days", "latest N orders"])

P(SQ, "select the top 5 products by units sold in 2023, from order_items",
  "select the top products from order_items",
  A, "metric", "top products",
  "Should top products be ranked by units sold or by revenue?",
  options=["units sold", "revenue"])

P(SQ, "Sort the result by amount. (numbers, obviously smallest first is fine)",
  "sort the customers",
  A, "sort_key", "sort the customers",
  "Which column should the customers be sorted by: name, created_at, or lifetime spend?",
  options=["name", "created_at", "lifetime spend"])

P(SQ, "Count active users. Active means logged in within the last 30 days (users.last_login_at).",
  "count active users",
  A, "definition", "active users",
  "How should 'active' be defined: logged in within the last 30 days, has a paid subscription, or status = 'active'?",
  options=["logged in within 30 days", "paid subscription", "status = 'active'"])

P(SQ, "Round avg_price to 2 decimals in the output.",
  "Write the invoice total query and round the amounts.",
  A, "rounding", "round the amounts",
  "The totals can differ by a cent or two; should each line amount be rounded before summing, or only the invoice total?",
  options=["round each line then sum", "round only the total"])

P(SQ, "Remove duplicate rows from staging_events, where a duplicate means every column is identical.",
  "remove duplicate customers from the customers table",
  A, "key", "duplicate customers",
  "What makes two customers duplicates: the same email, or the same name and phone number?",
  options=["same email", "same name + phone"])

P(SQ, "Give me revenue by month for 2024. Month of order_date is fine, any format for the month label.",
  "revenue by month for 2024",
  A, "date_field", "revenue by month",
  "Which date should decide the revenue month: order_date, shipped_at, or paid_at?",
  options=["order_date", "shipped_at", "paid_at"])

P(SQ, "find users whose name is something like 'smith' (case-insensitive substring is fine)",
  "find users from the big accounts",
  A, "threshold", "the big accounts",
  "What makes an account big: annual contract value over some amount, seat count, or the 'enterprise' tier?",
  options=["ACV above a threshold", "seat count", "enterprise tier"])

P(SQ, "Write a query for the average order value; ignore NULL totals the way AVG normally does.",
  "Write a query for the average order value.",
  A, "filter", "average order value",
  "Should refunded and cancelled orders be included in the average order value, or only completed ones?",
  options=["all orders", "completed orders only"])

P(SQ, "List customers with no orders. Any column order in the output.",
  "List customers with no recent orders.",
  A, "period", "no recent orders",
  "How far back is 'recent' here: no orders in the last 90 days, 6 months, or a year?",
  options=["90 days", "6 months", "12 months"])

P(SQ, "delete the test rows from events (they all have is_test = true)",
  "delete the old rows from events",
  A, "threshold", "the old rows",
  "This can't be undone; which rows are old enough to delete: older than 90 days, older than a year, or before a specific date?",
  options=["older than 90 days", "older than 1 year", "before a given date"])

P(SQ, "Truncate the description column to 100 characters in the SELECT output; add '...' or not, up to you.",
  "Truncate the comments table.",
  A, "action", "Truncate the comments table.",
  "Do you mean TRUNCATE TABLE (delete every row in comments) or shorten the comment text in the output?",
  options=["TRUNCATE (delete all rows)", "shorten the text in the output"])

P(SQ, "Join orders to customers and show the customer's name next to each order.",
  "Join orders to the region table and show the region next to each order.",
  A, "join_key", "the region table",
  "Which region should each order get: the customer's billing region or the shipping address region?",
  options=["billing region", "shipping region"])

P(SQ, "Give each employee a rank by salary within their department. Ties can share a rank.",
  "Give each employee a rank by salary within their department.",
  A, "tie_break", "rank by salary",
  "How should salary ties be ranked: share a rank with gaps (RANK), share without gaps (DENSE_RANK), or get distinct ranks (ROW_NUMBER)?",
  options=["RANK", "DENSE_RANK", "ROW_NUMBER"])

P(SQ, "Compute each product's share of total revenue as a percentage. One decimal is plenty.",
  "Compute each product's growth rate.",
  M, "period", "growth rate",
  "Growth over which periods: month over month, quarter over quarter, or year over year?",
  options=["month over month", "quarter over quarter", "year over year"])

P(SQ, "select * from logs where level = 'ERROR' limit 50 -- any 50 rows, I just want to eyeball them",
  "select the latest 50 error logs",
  A, "sort_key", "latest",
  "The logs table has both logged_at and ingested_at; should 'latest' follow logged_at or ingested_at?",
  options=["logged_at", "ingested_at"])

P(SQ, "Average the session length per user, in minutes. Sessions table has duration_seconds.",
  "average the session length per user",
  M, "unit", "average the session length",
  "Which unit do you want the average session length in: seconds, minutes, or hh:mm:ss?",
  options=["seconds", "minutes", "hh:mm:ss"])

# context pairs, sql
CP(SQ, "How many orders came in last quarter?",
   "Note: we report on calendar quarters. Today is 2024-08-14.",
   "Note: finance uses a fiscal year starting in February; product uses calendar quarters. Today is 2024-08-14.",
   A, "period", "last quarter",
   "Calendar last quarter (Apr-Jun 2024) or fiscal last quarter (Feb-Apr 2024, with the fiscal year starting in February)?",
   where="text", options=["calendar Q2 (Apr-Jun)", "fiscal quarter (Feb-Apr)"])

CP(SQ, "Pull the churned customers.",
   "Metrics glossary: churned = subscription.status = 'cancelled' AND cancelled_at within the reporting month.",
   "Metrics glossary: (churn: TBD, see thread with finance)",
   M, "definition", "churned",
   "How should churned be defined: subscription cancelled, no purchase in 90 days, or account deleted?",
   where="text", options=["subscription cancelled", "no purchase in 90 days", "account deleted"])

CP(SQ, "show me the high-value orders from last week",
   "Dashboard filters (shared): high-value = total_usd >= 500. Week = Mon-Sun.",
   "Dashboard filters (shared): Week = Mon-Sun.",
   M, "threshold", "high-value",
   "What's the cut-off for a high-value order: 200, 500, or 1000 USD?",
   where="text", options=["$200", "$500", "$1000"])

CP(SQ, "Write the query with the usual exclusions.",
   "Previous query from the analyst:\nSELECT ... FROM orders WHERE is_test = false AND status <> 'fraud'",
   "Previous queries from the analysts:\n-- Ana: WHERE is_test = false\n-- Ben: WHERE is_test = false AND status <> 'fraud' AND country <> 'XX'",
   A, "filter", "the usual exclusions",
   "Ana's and Ben's queries exclude different things; should I only drop test rows, or also fraud and country 'XX'?",
   where="text", options=["test rows only", "test + fraud + country XX"])

CP(SQ, "Get sales by region.",
   "schema: sales(id, amount, region_id) ; regions(id, name)",
   "schema: sales(id, amount, billing_region_id, shipping_region_id) ; regions(id, name)",
   A, "join_key", "sales(id, amount, billing_region_id, shipping_region_id)",
   "sales has both billing_region_id and shipping_region_id; which one should group the sales by region?",
   options=["billing region", "shipping region"])

CP(SQ, "list signups from this year",
   "schema: users(id, email, created_at timestamptz). Reporting tz is UTC.",
   "schema: users(id, email, created_at timestamptz, signup_completed_at timestamptz)",
   A, "date_field", "signup_completed_at timestamptz",
   "Should a signup count by created_at (account started) or signup_completed_at (finished onboarding)?",
   options=["created_at", "signup_completed_at"])

CP(SQ, "Set the discount to 10% for the loyal customers.",
   "Loyalty program doc: loyal = member of the Gold tier (customers.tier = 'gold').",
   "Loyalty program doc: Gold tier gets 15% off by contract; loyal customers should never get less than their tier discount.",
   C, "value", "Gold tier gets 15% off by contract",
   "Gold-tier customers already get 15% by contract; should 10% apply only to loyal customers outside Gold, or do you want to lower Gold to 10%?",
   options=["only non-Gold loyal customers", "lower Gold to 10%"])

CP(SQ, "Give me the monthly totals the usual way.",
   "Last month's report (template): month as YYYY-MM, totals in EUR, rounded to whole euros, refunds netted out.",
   "Last month's report: sent as a PDF, no template saved.",
   M, "format", "no template saved",
   "No template for the usual monthly report was saved; could you share the format you expect (currency, rounding, refunds netted or not)?")

# ===========================================================================
# 3. data: "clean up", "outliers", "normalize", "fill in", "a nice chart"
# ===========================================================================

P(DA, "make a nice chart of monthly signups from signups.csv, style is up to you",
  "make a chart comparing the two campaigns",
  A, "metric", "comparing the two campaigns",
  "Which metric should the chart compare the campaigns on: clicks, conversions, or cost per conversion?",
  options=["clicks", "conversions", "cost per conversion"])

P(DA, "Clean up the column names in this dataframe: lowercase, underscores instead of spaces.",
  "Clean up the data before the quarterly report.",
  A, "missing_values", "Clean up the data",
  "The data has missing values in revenue and region; should I drop those rows or impute them (e.g. median revenue, 'unknown' region)?",
  options=["drop rows with nulls", "impute the nulls"])

P(DA, "Remove obvious junk from the free-text survey answers (blank, 'asdf', single characters). Use judgment.",
  "Remove the outliers from the sales data.",
  A, "threshold", "the outliers",
  "How should outliers be defined: beyond 3 standard deviations, outside 1.5x the IQR, or above a fixed amount?",
  options=["> 3 SD", "1.5x IQR", "fixed cap"])

P(DA, "Normalize the pixel values of these images to [0, 1].",
  "Normalize the scores.",
  A, "method", "Normalize the scores",
  "Which normalization: min-max scaling to [0, 1], z-scores, or divide by the maximum possible score?",
  options=["min-max", "z-score", "divide by max possible"])

P(DA, "fill in the missing city names from the zip code lookup table I attached",
  "fill in the missing ages",
  A, "method", "fill in the missing ages",
  "How should missing ages be filled: with the median age, the mean, or left as 'unknown'?",
  options=["median", "mean", "leave as unknown"])

P(DA, "Round the percentages in the summary table so they're readable.",
  "Round the percentages in the budget split so they add up.",
  A, "rounding", "so they add up",
  "Plain rounding may not sum to 100%; should I adjust the largest share to absorb the difference, or use largest-remainder rounding?",
  options=["adjust the largest share", "largest-remainder method"])

P(DA, "Merge the two CSVs on customer_id; both have it and it's unique in each.",
  "merge the two CSVs",
  M, "join_key", "merge the two CSVs",
  "Which column should I join the two CSVs on?")

P(DA, "Bin the ages into groups for the histogram. Decades are fine, or whatever looks good.",
  "Bin the ages into the standard groups for the survey report.",
  A, "bins", "the standard groups",
  "Which age groups are standard for this report: 18-24 / 25-34 / 35-44..., or decades (10-19, 20-29...)?",
  options=["18-24, 25-34, 35-44, 45-54, 55+", "decades"])

P(DA, "Convert the temperature column from Fahrenheit to Celsius.",
  "convert the prices to dollars",
  M, "rate", "convert the prices to dollars",
  "Which exchange rate should I use for converting to USD: today's rate, a rate per transaction date, or a fixed budget rate?",
  options=["today's rate", "rate on each transaction date", "fixed budget rate"])

P(DA, "Give me a quick summary of this dataset. Whatever stats you find interesting.",
  "Give me the summary stats for the experiment, split by group.",
  A, "referent", "split by group",
  "The experiment data has two grouping columns, variant and cohort; which one should the stats be split by?",
  options=["variant", "cohort"])

P(DA, "Sample some rows from the log file so I can look at them. ~20 random ones.",
  "Sample some users for the interview study.",
  M, "size", "Sample some users",
  "How many users should be in the interview sample?")

P(DA, "Smooth the daily traffic line a bit, a 7-day rolling mean is what I'd do.",
  "smooth the daily traffic line a bit",
  M, "window", "a bit",
  "What smoothing window do you want: 7-day, 14-day, or 28-day rolling mean?",
  options=["7 days", "14 days", "28 days"])

P(DA, "Split the data into train and test, the usual 80/20, random is fine, seed 42.",
  "Split the data into train and test the usual way.",
  A, "method", "the usual way",
  "Should the split be random, or by time (train on older data, test on the most recent), which matters for this forecast?",
  options=["random 80/20", "time-based split"])

P(DA, "Plot the distribution of order values. Log scale if it helps.",
  "Plot order values against the target.",
  A, "referent", "the target",
  "Which target do you mean: the monthly sales target, or the model's target column (is_returned)?",
  options=["monthly sales target", "is_returned column"])

P(DA, "Aggregate the hourly readings to daily means.",
  "Aggregate the hourly readings to days.",
  A, "aggregation", "Aggregate the hourly readings to days",
  "Which daily aggregate: mean, sum, or max of the hourly readings?",
  options=["mean", "sum", "max"])

P(DA, "Flag weird values in the height column; anything physically impossible for adults, say under 100 cm or over 250 cm.",
  "Flag weird values in the transactions.",
  M, "rule", "weird values",
  "What should count as weird in the transactions: negative amounts, amounts over a threshold, duplicates, or something else?")

# context pairs, data
CP(DA, "Drop the inactive accounts before running the analysis.",
   "Data dictionary: inactive = accounts.status == 'closed'. Only closed accounts are inactive.",
   "Data dictionary: status in {'open', 'dormant', 'closed', 'frozen'}",
   A, "definition", "status in {'open', 'dormant', 'closed', 'frozen'}",
   "Which statuses count as inactive: only 'closed', or 'dormant' and 'frozen' too?",
   options=["closed only", "closed + dormant", "closed + dormant + frozen"])

CP(DA, "Use recent data only for the forecast.",
   "Project brief: 'recent' in this project always means the last 24 months of data.",
   "Project brief: forecast next quarter's demand for the spring line.",
   A, "period", "recent data",
   "How much history counts as recent for the forecast: the last 12 months, 24 months, or since the 2022 relaunch?",
   where="text", options=["12 months", "24 months", "since 2022 relaunch"])

CP(DA, "Remove the outliers from response_time before computing the mean.",
   "Analysis plan v2: outliers = response_time > p99 of the week. Drop them, don't cap.",
   "Analysis plan v2: outliers are capped at p99 (winsorized), never dropped, so counts stay comparable.",
   C, "method", "never dropped",
   "The analysis plan says outliers are capped at p99, not removed; should I cap them as the plan says or drop them as you asked?",
   options=["cap at p99 (per plan)", "drop them"])

CP(DA, "Clean up the nulls in the survey results.",
   "Survey SOP: null answers are recorded as 'no response' and kept; never impute survey answers.",
   "Survey: 1,240 responses; 18% null in income, 3% null in age, 0.5% null in region.",
   A, "missing_values", "18% null in income",
   "Income is 18% null; should I drop those respondents, impute income, or keep them as 'no response'?",
   options=["drop", "impute", "keep as 'no response'"])

CP(DA, "Make the chart in the usual colours.",
   "Brand kit: primary #0B5FFF, secondary #FFB400, neutral #6B7280.",
   "Brand kit: being redesigned, old and new palettes both in use this quarter.",
   A, "format", "old and new palettes both in use this quarter",
   "Both the old and the new brand palettes are in use; which one should the chart use?",
   options=["old palette", "new palette"])

CP(DA, "Compare this month with the same period last year.",
   "Reporting calendar: comparisons use the same calendar dates (e.g. Mar 1-31 vs Mar 1-31).",
   "Reporting calendar: retail 4-4-5 weeks for store data, calendar months for online data. This dataset mixes both.",
   A, "period", "This dataset mixes both",
   "The data mixes store (4-4-5 retail calendar) and online (calendar month) rows; should the comparison use calendar dates or the matching retail weeks?",
   options=["calendar dates", "retail 4-4-5 weeks"])

CP(DA, "Normalize revenue per store.",
   "Stores table has one numeric column to normalize by: floor_area_m2. Revenue per m2 is the KPI.",
   "Stores table: store_id, floor_area_m2, staff_count, opening_hours_per_week.",
   A, "denominator", "floor_area_m2, staff_count, opening_hours_per_week",
   "Normalize revenue per store by what: floor area, staff count, or opening hours?",
   options=["per m2", "per staff member", "per opening hour"])

CP(DA, "Use a 5% significance level, as usual.",
   "Stats guidelines: two-sided tests at alpha = 0.05 unless stated otherwise.",
   "Stats guidelines: all A/B tests on pricing use alpha = 0.01 because of the revenue risk. This test is on pricing.",
   C, "threshold", "all A/B tests on pricing use alpha = 0.01",
   "The guidelines require alpha = 0.01 for pricing tests, which this is; should I use 0.05 as you said or 0.01 per the guidelines?",
   options=["0.05", "0.01"])

# ===========================================================================
# 4. ops: "restart", "clean up disk", "scale up", "soon", "the server"
# ===========================================================================

P(OP, "Clean up the tmp files in /var/tmp/build-cache, they're all regenerated on the next build anyway.",
  "clean up disk space on the db server",
  A, "scope", "clean up disk space",
  "Some of these are needed for recovery; what may I delete on the db server to free space: old logs, old backups, or the WAL archive?",
  options=["old logs only", "backups older than N days", "WAL archive"])

P(OP, "restart nginx on web-01, it's fine to drop a few connections",
  "restart the server",
  A, "referent", "the server",
  "There are web-01, web-02 and db-01; which server should I restart?",
  options=["web-01", "web-02", "db-01"])

P(OP, "Scale the worker deployment up a bit, say to 6 replicas.",
  "Scale the worker deployment up a bit.",
  M, "value", "up a bit",
  "The worker deployment is at 4 replicas; should it go to 6, 8 or 10?",
  options=["6", "8", "10"])

P(OP, "Rotate the logs for the api service; keep whatever retention the logrotate default gives.",
  "Rotate the credentials for the api service.",
  A, "scope", "the credentials",
  "Which credentials should I rotate for the api service: the database password, the third-party API keys, or the TLS certificate?",
  options=["database password", "third-party API keys", "TLS certificate"])

P(OP, "Schedule the backup to run at night sometime, any time between 1 and 5 am UTC is fine.",
  "Schedule the maintenance window at night sometime.",
  M, "time", "at night sometime",
  "Night differs for EU and APAC customers; which night-time slot should the maintenance window use?",
  options=["02:00-04:00 UTC", "02:00-04:00 US Eastern", "another slot"])

P(OP, "Give the CI runner more memory. 8 GB instead of 4 is plenty.",
  "give the database more memory",
  M, "value", "more memory",
  "The database has 16 GB now and resizing needs a restart; should it go to 32 or 64 GB?",
  options=["32 GB", "64 GB"])

P(OP, "Set up an alert when disk usage goes above 85% on any node. Send it to #ops-alerts.",
  "Set up an alert when latency gets high.",
  M, "threshold", "latency gets high",
  "What latency should trigger the alert: p95 above 500 ms, p99 above 1 s, or another threshold?",
  options=["p95 > 500 ms", "p99 > 1 s"])

P(OP, "Roll back the last deploy of the frontend, the one that went out this morning.",
  "roll back the last deploy",
  A, "referent", "the last deploy",
  "Frontend, api and worker each deployed today; which service's last deploy should I roll back?",
  options=["frontend", "api", "worker"])

P(OP, "Tag all EC2 instances in the staging account with env=staging. Overwrite the tag if it's already there.",
  "Tag the instances with the owner.",
  M, "value", "the owner",
  "Which value should the owner tag get: a team name or a person's name?",
  options=["team name", "person's name"])

P(OP, "Upgrade the nodes to a newer Kubernetes version, one minor version up, same as we always do.",
  "Upgrade the cluster to a newer Kubernetes version.",
  A, "version", "a newer Kubernetes version",
  "Skipping minors needs several steps; which version should the cluster go to: the next minor (1.29) or the latest (1.31)?",
  options=["1.29", "1.31"])

P(OP, "Bump the retention on the debug log bucket down to something short; a week is fine, or less.",
  "Bump the retention on the audit log bucket down to something short.",
  C, "retention", "audit log bucket",
  "Audit logs usually have a compliance minimum retention (often a year or more); do you still want this bucket's retention shortened?")

P(OP, "Open port 443 on the web security group to the world.",
  "open the database port to the office",
  M, "value", "the office",
  "What's the office's IP range (CIDR) that should get access to the database port?")

P(OP, "Turn on autoscaling for the web tier with sensible min/max, you choose.",
  "turn on autoscaling for the web tier, but keep costs the same as now",
  C, "constraint_conflict", "keep costs the same as now",
  "Autoscaling will add instances under load, which raises cost; should I cap max replicas at today's count (no extra cost) or allow a higher cost ceiling?",
  options=["cap at current count", "allow a higher ceiling"])

P(OP, "Kill the stuck process on build-02 (pid 4411, a hung npm install).",
  "Kill the stuck process on build-02.",
  A, "referent", "the stuck process",
  "build-02 has a hung npm install (pid 4411) and a long-running pytest (pid 5120); which one should I kill?",
  options=["pid 4411 (npm install)", "pid 5120 (pytest)"])

# context pairs, ops
CP(OP, "Deploy to prod soon.",
   "Change calendar: next approved deploy window is Thursday 10:00-12:00 UTC. 'soon' = next window.",
   "Change calendar: freeze in effect until Monday 09:00 UTC (quarter close). No exceptions without VP sign-off.",
   C, "time", "freeze in effect until Monday 09:00 UTC",
   "There's a change freeze until Monday 09:00 UTC; should I wait for Monday or is there VP sign-off for an exception?",
   options=["wait for Monday", "deploy with VP sign-off"])

CP(OP, "Restart the worker.",
   "$ kubectl get deploy -n jobs\nNAME       READY   UP-TO-DATE   AVAILABLE\nworker     3/3     3            3",
   "$ kubectl get deploy -n jobs\nNAME            READY   UP-TO-DATE   AVAILABLE\nworker-email    3/3     3            3\nworker-billing  2/2     2            2",
   A, "referent", "worker-billing  2/2     2            2",
   "There are two workers, worker-email and worker-billing; which one should I restart?",
   options=["worker-email", "worker-billing", "both"])

CP(OP, "Free up some space on the log volume.",
   "$ df -h /var/log\n/dev/sdb1  50G  47G  3G  94% /var/log\nRunbook: on log volume pressure, delete *.gz older than 14 days.",
   "$ df -h /var/log\n/dev/sdb1  50G  47G  3G  94% /var/log\n$ du -sh /var/log/*\n31G  /var/log/audit\n12G  /var/log/app\n4G   /var/log/nginx",
   A, "scope", "31G  /var/log/audit",
   "Most space is in /var/log/audit (31G); may I delete old audit logs, or should I only clear app and nginx logs?",
   options=["include old audit logs", "only app + nginx logs"])

CP(OP, "Patch the servers this weekend.",
   "Inventory: patch group 'weekend' = web-01..web-04. Maintenance: Sat 02:00-06:00 UTC.",
   "Inventory: 42 servers across prod, staging and dev; no patch groups defined.",
   A, "scope", "42 servers across prod, staging and dev",
   "Which servers should be patched this weekend: all 42, only prod, or only staging and dev first?",
   options=["all", "prod only", "staging + dev first"])

CP(OP, "Use the standard instance size for the new service.",
   "Platform defaults: standard = m6i.large for stateless services.",
   "Platform defaults: small = t3.medium, standard-cpu = c6i.xlarge, standard-mem = r6i.large.",
   A, "value", "standard-cpu = c6i.xlarge, standard-mem = r6i.large",
   "There are two standard sizes, standard-cpu (c6i.xlarge) and standard-mem (r6i.large); which should the new service use?",
   options=["c6i.xlarge", "r6i.large"])

CP(OP, "Page the on-call if it happens again.",
   "Context: the billing job failed at 03:12 with OOM. On-call this week: Priya (billing rotation).",
   "Context: the billing job failed at 03:12 with OOM; at 03:40 the replica lag alert also fired.",
   A, "referent", "the replica lag alert also fired",
   "Should the page go out on another billing-job OOM, on replica lag, or on either?",
   options=["billing OOM", "replica lag", "either"])

CP(OP, "Give the new contractor the usual access.",
   "Onboarding checklist (contractors): GitHub org read, Jira, #eng Slack. Nothing in prod.",
   "Onboarding checklist: engineers get prod read + GitHub write; contractors: TBD (legal reviewing).",
   M, "scope", "contractors: TBD (legal reviewing)",
   "The contractor access policy is still TBD with legal; which access should the contractor get for now?",
   options=["GitHub + Jira only", "same as engineers"])

# ===========================================================================
# 5. writing: "short", "formal", "the usual format", "punchy", tone, length
# ===========================================================================

P(WR, "write a short poem about the sea",
  "Write a short bio for the conference program.",
  M, "subject", "a short bio",
  "Whose bio should I write for the conference program?")

P(WR, "Write a short story for my nephew about a dragon who is afraid of the dark. Any length that reads in a few minutes.",
  "Write a short abstract for the paper, within the journal's word limit.",
  M, "length", "the journal's word limit",
  "What is the journal's word limit for the abstract: 150, 250, or 300 words?",
  options=["150 words", "250 words", "300 words"])

P(WR, "Make this email sound a bit more friendly:\n\n'Send me the files by Friday.'",
  "make this email sound more friendly",
  M, "input", "this email",
  "Could you paste the email you want me to make friendlier?")

P(WR, "Give me a catchy title for a blog post about sourdough starters. Go wild.",
  "Give me a catchy title for the product launch post.",
  M, "subject", "the product launch",
  "Which product is the launch post about?")

P(WR, "Summarise this article in a few sentences:\n\nCity council voted 7-2 on Tuesday to extend the bike lane on Elm Street by 1.2 km. Construction begins in June and costs $840,000, funded by a state grant. Two councillors objected to the loss of 40 parking spaces.",
  "Summarise the meeting in a few sentences for the team.",
  M, "input", "the meeting",
  "Could you share the notes or transcript of the meeting you want summarised?")

P(WR, "Translate 'good morning, how are you?' into Spanish. Casual is fine.",
  "Translate the contract into Spanish.",
  A, "variant", "into Spanish",
  "Legal terms differ; which Spanish should the contract use: Spain (Castilian) or Latin American Spanish (e.g. Mexico)?",
  options=["Spain", "Mexico / Latin America"])

P(WR, "Write a formal-ish thank-you note to my landlord for fixing the heating quickly.",
  "Write a formal letter to the council about the issue.",
  M, "subject", "the issue",
  "What issue should the letter to the council be about?")

P(WR, "Rewrite this paragraph to be more concise; cut whatever you think is padding:\n\nIn order to be able to process your request in a timely manner, we would kindly ask you to please send us the form at your earliest convenience.",
  "Rewrite this paragraph to be more concise, but keep every detail:\n\nIn order to be able to process your request in a timely manner, we would kindly ask you to please send us the form at your earliest convenience, and in any case no later than the 14th.",
  C, "constraint_conflict", "keep every detail",
  "Keeping every detail limits how much I can cut; is it fine to drop the politeness phrases ('kindly', 'at your earliest convenience') as long as the deadline stays?",
  options=["yes, drop politeness phrases", "no, keep the wording and only tighten grammar"])

P(WR, "write a tweet announcing our bakery's new cinnamon roll. keep it punchy",
  "write a tweet announcing the new price",
  M, "value", "the new price",
  "What is the new price the tweet should announce?")

P(WR, "Draft a LinkedIn post about finishing my marathon. Upbeat, not too braggy. 3:58, my first one, Berlin.",
  "Draft a LinkedIn post about the promotion.",
  A, "perspective", "the promotion",
  "Is the post about your own promotion, or congratulating someone else (and who)?",
  options=["my own promotion", "congratulating someone"])

P(WR, "Proofread this sentence: 'Their going to the park tomorow.'",
  "Proofread the document using our house style.",
  M, "format", "our house style",
  "Which house style should I follow: AP, Chicago, or an internal guide you can share?",
  options=["AP", "Chicago", "internal guide"])

P(WR, "Write a product description for a ceramic coffee mug, 350 ml, matte black, dishwasher safe. Keep it short.",
  "Write a product description for the mug, keep it short, and include every spec from the sheet.",
  C, "length", "include every spec from the sheet",
  "The spec sheet has 22 items; should I keep it short and pick the key specs, or include all of them and let it run longer?",
  options=["short, key specs only", "all specs, longer"])

P(WR, "Give me three taglines for a dog-walking service. Any tone.",
  "Give me three taglines in our brand voice.",
  M, "format", "our brand voice",
  "How would you describe your brand voice, or could you share a few lines of existing copy?")

P(WR, "Write an out-of-office reply. I'm back on the 12th; urgent stuff goes to Sam (sam@ourco.com).",
  "Write an out-of-office reply.",
  M, "date", "out-of-office reply",
  "What date are you back, so the reply can say when you'll respond?")

P(WR, "Rewrite this for a general audience, simpler words:\n\n'The API enforces idempotency via client-supplied keys.'",
  "Rewrite the onboarding guide for the new audience.",
  M, "audience", "the new audience",
  "Who is the new audience for the onboarding guide: end customers, partners, or internal support staff?",
  options=["customers", "partners", "internal support staff"])

# context pairs, writing
CP(WR, "Write a short bio for the speaker page.",
   "Event style sheet: speaker bios are 50 words max, third person.\nSpeaker: Dr. Lena Ortiz, marine ecologist, 12 years studying kelp forests, author of 'Underwater Canopies'.",
   "Event style sheet: speaker bios are 50 words max, third person.\nEmail from the organiser: 'For the speaker page we need 100-150 words per bio, please.'\nSpeaker: Dr. Lena Ortiz, marine ecologist.",
   C, "length", "we need 100-150 words per bio",
   "The style sheet caps bios at 50 words but the organiser asks for 100-150; which length should the speaker-page bio be?",
   options=["50 words max", "100-150 words"])

CP(WR, "Send the update in the usual format.",
   "Previous update (for reference):\nWeekly update - wk 22\nDone: ...\nNext: ...\nBlockers: ...",
   "Previous updates: some weeks as a Slack thread, some as an email with a slide deck attached.",
   A, "format", "some weeks as a Slack thread, some as an email with a slide deck attached",
   "Past updates went out both as Slack threads and as emails with slides; which format should this one use?",
   options=["Slack thread", "email with slides"])

CP(WR, "Write the release notes for 3.4, same tone as last time.",
   "Release notes 3.3 (last time): casual, second person, emoji per section, ~150 words.",
   "Release notes 3.3 were written by marketing (casual, emoji); 3.3.1 by engineering (terse bullet list).",
   A, "tone", "3.3.1 by engineering (terse bullet list)",
   "The last two releases had different tones: marketing's casual style (3.3) and engineering's terse bullets (3.3.1); which should 3.4 follow?",
   options=["casual (3.3)", "terse bullets (3.3.1)"])

CP(WR, "Write a short description for the app store listing.",
   "App Store limits: subtitle 30 chars, description up to 4,000 chars. Short here = the subtitle.",
   "App: Trailmate, offline hiking maps.\nPM: 'keep it tight, 80 chars'. Marketing: 'use the full 4,000, SEO matters'.",
   C, "length", "Marketing: 'use the full 4,000, SEO matters'",
   "The PM wants 80 characters and marketing wants the full 4,000; which length should the description be?",
   options=["~80 characters", "up to 4,000 characters"])

CP(WR, "Translate the menu to French, formal register.",
   "Client: Bistro Lumière, Montréal. Menu is 14 items, attached.",
   "Client: Bistro Lumière. Note from owner: 'Make it fun and casual, tutoiement everywhere!'",
   C, "tone", "tutoiement everywhere",
   "You asked for a formal register but the owner wants it casual with 'tu'; which register should the menu use?",
   options=["formal (vous)", "casual (tu)"])

CP(WR, "Write the cover letter. Keep it to one page.",
   "Job: Junior Data Analyst at Finwise. My CV is attached. One page means ~350 words.",
   "Job: Junior Data Analyst. The posting says: 'Cover letters must not exceed 200 words.'",
   C, "length", "Cover letters must not exceed 200 words.",
   "A page is about 350 words but the posting caps cover letters at 200; should I stay under 200 words?",
   options=["under 200 words", "one full page"])

CP(WR, "Address the letter to the right person.",
   "Contact sheet: Claims dept, attn. Marta Keller (claims manager).",
   "Contact sheet: Claims dept - Marta Keller (manager, on leave until Sept); Jonas Brandt (acting manager).",
   A, "recipient", "Jonas Brandt (acting manager)",
   "Marta Keller is on leave and Jonas Brandt is acting manager; who should the letter be addressed to?",
   options=["Marta Keller", "Jonas Brandt"])

# ===========================================================================
# 6. general: plans, conversions, bookings, recommendations
# ===========================================================================

P(GE, "Recommend a good sci-fi novel. Anything you like.",
  "Recommend a good laptop for me.",
  M, "budget", "a good laptop",
  "What's your budget for the laptop, roughly: under $700, $700-1,200, or more?",
  options=["under $700", "$700-1,200", "over $1,200"])

P(GE, "Convert 5 miles to km.",
  "convert 5 cups of flour to grams",
  M, "unit", "5 cups",
  "The gram amount differs by about 5%; US cups or metric cups (250 ml)?",
  options=["US cups", "metric cups"])

P(GE, "Book me a table somewhere nice near the office for Friday, 7pm, 2 people. Your pick.",
  "Book me a table somewhere nice near the office.",
  M, "date", "Book me a table",
  "For which day and time should I book the table?")

P(GE, "Plan a relaxed weekend in Lisbon for me. Whatever you'd do.",
  "Plan a weekend trip for the family.",
  M, "destination", "a weekend trip",
  "Where would you like to go, or should I suggest places within driving distance of home?")

P(GE, "Set a reminder in the morning to call the dentist. Any time before 10 is fine.",
  "set a reminder to call the dentist",
  M, "time", "set a reminder",
  "When should the reminder go off?")

P(GE, "What's a healthy snack I can bring to work? Something quick.",
  "What's a healthy snack I can bring for the kids' class party?",
  M, "constraint", "the kids' class party",
  "Are there any allergies in the class to avoid (nuts are often banned in schools)?",
  options=["nut-free", "no restrictions"])

P(GE, "Order more printer paper, the usual A4 80gsm, 5 reams.",
  "Order more printer paper.",
  M, "quantity", "Order more printer paper.",
  "How many reams of printer paper should I order?")

P(GE, "Add 'buy milk' to my list.",
  "Add Sarah to the meeting.",
  A, "entity", "Sarah",
  "There are two Sarahs in your contacts, Sarah Lin and Sarah O'Neill; which one should I add?",
  options=["Sarah Lin", "Sarah O'Neill"])

P(GE, "Split the dinner bill evenly: $184 total, 4 people, include a 15% tip.",
  "Split the dinner bill fairly between us.",
  A, "method", "fairly",
  "Should the bill be split evenly, or by what each person ordered?",
  options=["evenly", "by what each person ordered"])

P(GE, "Suggest a few names for my new cat. She's grey and grumpy.",
  "Suggest a name for the new project, something that fits our naming scheme.",
  M, "format", "our naming scheme",
  "What's your naming scheme for projects (e.g. birds, planets, mountains)?")

P(GE, "Remind me about this next week, Monday morning works.",
  "Remind me about this next week.",
  M, "time", "next week",
  "Which day and time next week should I remind you?")

P(GE, "How long should I boil an egg? Just a normal, medium-ish one.",
  "How long should I cook the chicken?",
  M, "method", "cook the chicken",
  "How are you cooking it and what cut: whole roast chicken, breasts in a pan, or thighs in the oven?",
  options=["whole roast", "pan-fried breasts", "oven thighs"])

P(GE, "Find me a cheap flight to Rome in May, any dates, I'm flexible.",
  "Find me a cheap flight to Rome.",
  M, "date", "Find me a cheap flight",
  "When do you want to fly to Rome?")

P(GE, "Make the shopping list for tacos for four. Whatever a normal taco night needs.",
  "Make the shopping list for the party.",
  M, "quantity", "the party",
  "How many guests are coming to the party?")

P(GE, "Tell me a joke. Any kind.",
  "Tell me a joke I can use in my toast at the wedding.",
  M, "constraint", "my toast at the wedding",
  "Whose wedding is it and how do you know the couple, so the joke fits?")

# context pairs, general
CP(GE, "Book the usual room for the meeting.",
   "Calendar history: the weekly sync is always booked in 'Oak' (8 seats).",
   "Calendar history: weekly sync booked in 'Oak' (8 seats) until May; since June in 'Birch' (12 seats).",
   A, "referent", "since June in 'Birch' (12 seats)",
   "The sync moved from Oak to Birch in June; which room should I book?",
   options=["Oak", "Birch"])

CP(GE, "Order lunch for the team, the usual.",
   "Last 6 orders: Thai Garden, pad thai x8, same every Friday.",
   "Last orders: Thai Garden (3 times), Pizza Roma (3 times), alternating.",
   A, "referent", "Thai Garden (3 times), Pizza Roma (3 times), alternating",
   "You've alternated between Thai Garden and Pizza Roma; which one is it this time?",
   options=["Thai Garden", "Pizza Roma"])

CP(GE, "Move my 3pm to later.",
   "Calendar today: 3pm 1:1 with Dana (30 min). Free from 3:30 to 6.",
   "Calendar today: 3pm 1:1 with Dana (30 min), 3:30 board review, 4:30 hiring panel, 5:30 school pickup.",
   M, "time", "Move my 3pm to later.",
   "Your afternoon is full after 3pm; should I move the 1:1 with Dana to tomorrow, or to a specific time today?",
   where="text", options=["tomorrow", "a time today you choose"])

CP(GE, "Get me there in time.",
   "Trip: flight LH123 departs MUC 14:05, you are at home (Schwabing). Leave by 11:45 to be safe.",
   "Your calendar today: 14:00 'Dentist' (Kirchweg 4); 18:30 'Concert' (Olympiahalle).",
   A, "referent", "18:30 'Concert' (Olympiahalle)",
   "Which one should I get you to in time: the dentist at 14:00 or the concert at 18:30?",
   options=["dentist at 14:00", "concert at 18:30"])

CP(GE, "Reply to Mark and say yes.",
   "Inbox: Mark Ruiz - 'Can you make dinner Thursday 8pm?'",
   "Inbox: Mark Ruiz - 'Dinner Thursday?'; Mark Ruiz - 'Also, can you cover my Saturday shift?'",
   A, "referent", "'Also, can you cover my Saturday shift?'",
   "Mark sent two requests, dinner on Thursday and covering his Saturday shift; which one are you saying yes to?",
   options=["dinner Thursday", "Saturday shift", "both"])

CP(GE, "Pick up some wine for dinner, something that goes with the main.",
   "Menu for tonight: grilled salmon, new potatoes, salad.",
   "Menu for tonight: still deciding between the lamb and the mushroom risotto.",
   A, "referent", "still deciding between the lamb and the mushroom risotto",
   "The main isn't decided yet (lamb or mushroom risotto); which should I pick the wine for?",
   options=["lamb", "mushroom risotto"])

# ===========================================================================
# 7. second round of pairs: here the harmless item is the short one and the
#    blocker hides in a long, detailed request (often a contradiction between
#    two of its own sentences), so detail does not mean "safe".
# ===========================================================================

P(WR, "Write a haiku about autumn.",
  "Write a bio for Dr. Amara Osei for the symposium booklet. She's a hydrologist at Delft, works on flood forecasting, and has led the RiverWatch project since 2019. The booklet's layout allows exactly 50 words per bio, third person. Please make it about 120 words so her project gets proper credit.",
  C, "length", "make it about 120 words",
  "The booklet allows exactly 50 words per bio, but you asked for about 120; which length should I write?",
  options=["50 words", "about 120 words"])

P(CO, "sort [3, 1, 2]",
  "Write a function rank_players(players) for the leaderboard. Each player is a dict with name, score, games_played and joined_at. Return a new list, don't modify the input, and make sure the ordering is stable. Sort them so the best players come first.",
  A, "sort_key", "the best players",
  "What makes a player best: highest total score, or highest score per game played?",
  options=["total score", "score per game"])

P(DA, "Round 3.14159 to two decimals.",
  "We bill customers per line item, quantity x unit price, in EUR, and unit prices have four decimals. I've attached the order lines as a CSV. Build the invoice totals per customer and round the totals for the PDF. Accounting will reconcile these against the ERP, which keeps cents.",
  A, "rounding", "round the totals",
  "The reconciliation can be off by a cent either way; should each line be rounded to cents before summing (as many ERPs do), or only the customer total?",
  options=["round each line, then sum", "sum unrounded, round the total"])

P(SQ, "count rows in orders",
  "Write a query for the finance dashboard: total revenue per month for 2024, from the payments table (amount_cents, currency, paid_at, status). Exclude refunds. Show all amounts in EUR, and don't convert any currencies, finance wants the raw amounts untouched.",
  C, "constraint_conflict", "don't convert any currencies",
  "The payments are in several currencies; to show everything in EUR I'd need to convert. Should I convert to EUR, or keep raw amounts grouped by currency?",
  options=["convert to EUR", "raw amounts per currency"])

P(OP, "Restart redis on cache-01.",
  "Please upgrade Postgres on db-prod-1 from 14 to 16 tonight. Use pg_upgrade in link mode to keep it quick. We must have zero downtime for this one, the EU launch is running, and please take a fresh snapshot first.",
  C, "constraint_conflict", "We must have zero downtime",
  "A pg_upgrade on a single primary needs downtime; should I schedule a short outage, or set up logical replication to a new 16 cluster and switch over for near-zero downtime?",
  options=["short outage tonight", "logical replication + switchover"])

P(GE, "What's 15% of 80?",
  "I'm planning my sister's 30th. About 20 people, a Saturday evening in June, somewhere in central Manchester with space to dance. Can you shortlist three venues? Keep it within the budget we talked about, and somewhere with a late licence.",
  M, "budget", "the budget we talked about",
  "I don't have the figure from earlier; what's the budget for the venue?")

P(WR, "Give me a word that rhymes with moon.",
  "Can you write the welcome email for new subscribers? Tone: warm, a bit playful. Mention the free shipping code WELCOME10 and link to the style quiz. It should be short, no longer than three sentences, and also cover our returns policy, the loyalty program tiers and the app download in detail.",
  C, "length", "no longer than three sentences",
  "Three sentences can't cover the returns policy, loyalty tiers and app download in detail; should I keep it to three sentences or let it run longer?",
  options=["three sentences, brief mentions", "longer, cover everything in detail"])

P(CO, "Reverse a string in Python.",
  "In services/billing.py there's a calculate_tax() used by checkout and by the monthly statement job. Change it so tax is computed on the discounted price instead of the list price. Don't change the behaviour of any existing callers, the monthly statements must stay identical.",
  C, "constraint_conflict", "Don't change the behaviour of any existing callers",
  "Both callers use calculate_tax(), so computing tax on the discounted price changes them; should I add a new function for checkout only, or change both callers?",
  options=["new function for checkout only", "change calculate_tax for both"])

P(DA, "Plot a histogram of x.",
  "For the churn analysis, take customers.csv (customer_id, plan, signup_date, last_seen, monthly_spend, region) and build a retention curve by signup cohort. Group cohorts by month. Use the recent cohorts only, older ones had a different onboarding flow.",
  M, "period", "the recent cohorts",
  "From which signup month do cohorts count as recent, i.e. when did the new onboarding flow start?")

P(SQ, "select distinct country from users",
  "Give me a list of our top customers for the account managers: customer name, email, account manager, total spend in 2024 and number of orders. Order by total spend, highest first. Limit it to the top 10. Include every enterprise customer too, even if they're not in the top 10 by spend.",
  C, "constraint_conflict", "Limit it to the top 10",
  "Including every enterprise customer may push the list past 10 rows; should I keep it to exactly 10 or add the enterprise customers on top?",
  options=["exactly 10", "top 10 + all enterprise customers"])

P(OP, "List the pods in the default namespace.",
  "We're moving the marketing site from the old VPS to Netlify. DNS is at Cloudflare. Point www to the new site, keep the apex redirecting to www, keep MX records untouched. Do it at the usual time so nobody notices.",
  M, "time", "the usual time",
  "When is the usual time for DNS changes on the marketing site (and in which time zone)?")

P(GE, "Capital of Peru?",
  "Can you work out my monthly take-home pay? Gross salary is 58,000 a year, paid monthly, I pay into a pension at 5%, I'm single with no kids. I want to know roughly what lands in my account each month after tax.",
  M, "location", "after tax",
  "Which country's (and region's) tax rules apply to your salary?")

P(WR, "Fix the typo: 'recieve'.",
  "Rewrite this sentence in British English for the UK website and keep the American spelling of the product name 'ColorMax', and make sure all spellings follow the British standard with no exceptions: 'Our new ColorMax color palette helps you organize your favorite colors.'",
  C, "format", "no exceptions",
  "The product name 'ColorMax' uses American spelling; should it stay 'ColorMax' as a brand name, despite the no-exceptions rule?",
  options=["keep 'ColorMax'", "change to 'ColourMax'"])

P(CO, "What does git stash do?",
  "Set up the pre-commit config for the repo: black, isort, flake8 and mypy. Line length 88 for black. Our flake8 config in setup.cfg sets max-line-length = 79, keep that as it is. Make sure the hooks don't fight each other.",
  C, "value", "max-line-length = 79",
  "black at 88 and flake8 at 79 will conflict; should flake8 go up to 88, or black down to 79?",
  options=["flake8 to 88", "black to 79"])

P(DA, "Mean of 4, 8 and 15?",
  "Here are the monthly active users from the two products, A and B, for the last 18 months. Please normalize both series and put them on one chart so the board can compare growth. Note that product B only launched 9 months ago.",
  A, "method", "normalize both series",
  "How should I normalize them: index both to 100 at their own launch month, or to the same calendar month (B's launch)?",
  options=["index to each launch month", "index to B's launch month"])

P(OP, "ping 8.8.8.8 three times",
  "Spin up a new staging environment that mirrors production: same instance types, same database size, same number of replicas, with the production data restored from last night's backup. Keep the monthly cost under $200.",
  C, "constraint_conflict", "Keep the monthly cost under $200",
  "A full mirror of production costs far more than $200 a month; should I scale it down to fit the budget or mirror production and exceed it?",
  options=["scaled-down staging under $200", "full mirror over budget"])

P(SQ, "How many tables are in this schema?",
  "We need the weekly active users for the last 12 weeks for the board deck. Weeks start on Monday. Count a user as active if they had at least one session. Use the events table, it has user_id, event_type, ts in UTC, and platform.",
  A, "definition", "at least one session",
  "The events table has no session concept; should a session count as any event, or only event_type = 'session_start'?",
  options=["any event", "event_type = 'session_start'"])

P(GE, "Translate 'thank you' to Japanese.",
  "Book me a hotel in Porto for the conference. I arrive on Tuesday evening and leave on Friday morning. Close to the venue, breakfast included, under 120 euros a night. Also it has to be the Pestana Palácio, the one I stayed at last year.",
  C, "constraint_conflict", "it has to be the Pestana Palácio",
  "The Pestana Palácio usually costs well over 120 euros a night and is far from the venue; is staying there more important than the budget and location?",
  options=["Pestana Palácio regardless", "stick to under 120 and near the venue"])

P(WR, "Suggest a synonym for 'happy'.",
  "I need the grant report narrative by Thursday. Section 3 (Outcomes) should describe the three pilot sites, the number of participants at each and the main findings. Write it for the funder's template. Use the participant numbers from the spreadsheet.",
  M, "input", "the participant numbers from the spreadsheet",
  "I don't have the spreadsheet; could you share it or paste the participant numbers for the three pilot sites?")

# ===========================================================================
# 8. contradiction pairs: the same vague word, once consistent with the rest
#    of the request or context, once clashing with it.
# ===========================================================================

P(WR, "Keep the newsletter intro short, two or three sentences, and lead with the new opening hours.",
  "Keep the newsletter intro short, two or three sentences, and walk readers through all nine schedule changes one by one.",
  C, "length", "all nine schedule changes one by one",
  "Nine changes one by one won't fit in two or three sentences; should the intro stay short and link to the full list, or go long?",
  options=["short intro + link", "long intro listing all nine"])

P(CO, "Make the cache faster; memory use can go up, that's the trade-off we accept.",
  "Make the cache faster without using more memory, and keep every entry in memory instead of on disk.",
  C, "constraint_conflict", "keep every entry in memory instead of on disk",
  "Moving every entry into memory will raise memory use; which matters more, no extra memory or keeping all entries in memory?",
  options=["no extra memory", "all entries in memory"])

P(SQ, "Show the recent orders, i.e. the last 7 days, newest first.",
  "Show the recent orders, i.e. the last 7 days, including everything from last month's sale.",
  C, "period", "including everything from last month's sale",
  "Last month's sale falls outside the last 7 days; should I widen the window to include it, or stick to 7 days?",
  options=["widen to include the sale", "last 7 days only"])

P(DA, "Drop rows with missing income, then report the mean income per region.",
  "Drop rows with missing income, then report how many respondents there are per region including those with missing income.",
  C, "constraint_conflict", "including those with missing income",
  "If the rows with missing income are dropped they can't be counted; should the respondent counts come before the drop, or should I keep those rows?",
  options=["count before dropping", "keep the rows"])

P(OP, "Scale the api down to 2 replicas over the weekend; traffic is low.",
  "Scale the api down to 2 replicas over the weekend; the PodDisruptionBudget says at least 3 must stay available.",
  C, "value", "at least 3 must stay available",
  "The PodDisruptionBudget requires at least 3 available replicas; should I scale to 3 instead, or change the PDB to allow 2?",
  options=["scale to 3", "lower the PDB to 2"])

P(GE, "Find a vegetarian recipe for four, under 30 minutes, with what's in my fridge: eggs, spinach, feta, potatoes.",
  "Find a vegan recipe for four, under 30 minutes, with what's in my fridge: eggs, spinach, feta, potatoes.",
  C, "constraint_conflict", "vegan",
  "Eggs and feta aren't vegan; should I use only the spinach and potatoes, or is vegetarian OK?",
  options=["vegan, only spinach + potatoes", "vegetarian is OK"])

CP(WR, "Write the abstract, short as usual.",
   "Journal: Hydrology Letters. Author guidelines: abstract up to 150 words.",
   "Journal: Hydrology Letters. Author guidelines: abstract up to 150 words.\nCo-author note: the special issue editor wants a 300-word structured abstract.",
   C, "length", "the special issue editor wants a 300-word structured abstract",
   "The guidelines say 150 words but the special issue editor wants a 300-word structured abstract; which should I follow?",
   options=["150 words", "300-word structured"])

CP(CO, "Make the function return the date in the usual format.",
   "CONTRIBUTING.md: every date we return from the API is ISO 8601 (YYYY-MM-DD).",
   "CONTRIBUTING.md: every date we return from the API is ISO 8601.\ntests/test_dates.py: assert fmt_date(d) == '31/05/2024'",
   C, "format", "assert fmt_date(d) == '31/05/2024'",
   "CONTRIBUTING says ISO 8601 but the test expects '31/05/2024'; should the function return ISO and I update the test, or keep DD/MM/YYYY?",
   options=["ISO 8601, update the test", "DD/MM/YYYY, keep the test"])

CP(SQ, "Exclude internal accounts, as always.",
   "Convention: internal accounts = email ending in @ourco.com.",
   "Convention: internal accounts = email ending in @ourco.com.\nNote from Ana: since the acquisition, @ourco.com also covers 300 paying customers migrated from Bravo.",
   C, "filter", "also covers 300 paying customers migrated from Bravo",
   "The @ourco.com rule would also exclude 300 paying Bravo customers; should I keep them, e.g. by excluding only accounts with is_staff = true?",
   options=["exclude all @ourco.com", "keep the Bravo customers"])

CP(DA, "Report the numbers rounded, like in last quarter's deck.",
   "Last quarter's deck: revenue in millions, one decimal (e.g. 4.2M).",
   "Last quarter's deck: revenue in millions, one decimal.\nCFO comment on that deck: 'Never round revenue in board material again, show exact figures.'",
   C, "rounding", "'Never round revenue in board material again, show exact figures.'",
   "The CFO asked for exact revenue figures in board material after the last deck; should I still round to one decimal?",
   options=["round like last quarter", "exact figures"])

CP(OP, "Deploy the usual way.",
   "Runbook: deploys go through ArgoCD sync of the release branch. No manual kubectl.",
   "Runbook: deploys go through ArgoCD sync.\n#ops (today): ArgoCD is down for the upgrade until 18:00, hotfixes go via kubectl apply with a second reviewer.",
   C, "method", "ArgoCD is down for the upgrade until 18:00",
   "ArgoCD is down until 18:00; should I wait and deploy through ArgoCD, or use kubectl apply with a second reviewer now?",
   options=["wait for ArgoCD", "kubectl apply now"])

CP(GE, "Book the cheap option for the train.",
   "Options: 08:10 direct, 39 EUR (flexible). 09:40 direct, 55 EUR. You said: direct trains only.",
   "Options: 07:05 with 2 changes, 29 EUR; 09:40 direct, 55 EUR. You said earlier: direct trains only, I have the bike.",
   C, "constraint_conflict", "direct trains only, I have the bike",
   "The cheapest train has two changes, but you wanted direct only because of the bike; should I book the 29 EUR train or the 55 EUR direct one?",
   options=["29 EUR with changes", "55 EUR direct"])

# ===========================================================================
# 9. stand-alone blockers: short blunt gaps, and contradictions of any length
# ===========================================================================

B(CO, "make it faster", M, "target", "make it faster",
  "What should be faster: a specific endpoint, a job, or the page load?")
B(SQ, "delete the duplicates", A, "key", "the duplicates",
  "Which table should I remove the duplicates from?")
B(OP, "scale it up", M, "target", "scale it up",
  "Which service should I scale up?")
B(DA, "fix the numbers", M, "target", "fix the numbers",
  "Which report or file has the numbers that look wrong?")
B(GE, "book it", A, "referent", "book it",
  "What should I book: the flight or the hotel we looked at?",
  options=["the flight", "the hotel"])
B(WR, "make it sound better", M, "input", "make it sound better",
  "Could you paste the text you want me to improve?")
B(SQ, "get me the numbers for last period",
  A, "period", "last period",
  "Which period: last week, last month, or last quarter?",
  options=["last week", "last month", "last quarter"])
B(OP, "roll back prod", A, "version", "roll back prod",
  "Roll back to which release: the previous one (v2.14.1) or the last known good (v2.13.0)?",
  options=["v2.14.1", "v2.13.0"])
B(CO, "use the new API", A, "version", "the new API",
  "Which new API: v2 REST or the GraphQL endpoint?",
  options=["v2 REST", "GraphQL"])
B(GE, "send the file to the team", A, "recipient", "the team",
  "Which team: design, the whole product group, or just the three people on the project?",
  options=["design", "product group", "project members"])
B(DA, "weight the survey", M, "method", "weight the survey",
  "Weight the survey by what: age and gender to census margins, or by region?",
  options=["age + gender (census)", "region"])
B(WR, "shorten it to the limit", M, "length", "the limit",
  "What is the limit you want it shortened to?")

B(WR, "Write a 300-word op-ed about the new bike lanes, under 200 words please, for the Sunday paper.",
  C, "length", "under 200 words",
  "You mention 300 words and under 200 words; which length should the op-ed be?",
  options=["300 words", "under 200 words"])
B(CO, "Write a pure function that logs every call to the database.",
  C, "constraint_conflict", "logs every call to the database",
  "Writing to the database is a side effect, so the function can't be pure; should I drop the logging, or drop the purity requirement?",
  options=["pure, no logging", "log to the database, not pure"])
B(SQ, "Pull every order from 2023 where order_date is after 2024-01-01, grouped by customer.",
  C, "period", "after 2024-01-01",
  "Orders from 2023 can't have an order_date after 2024-01-01; do you want 2023 orders or orders after 2024-01-01?",
  options=["2023 orders", "orders after 2024-01-01"])
B(OP, "Set the cron for the report to run every weekday at 7am. Saturdays too.",
  C, "schedule_conflict", "Saturdays too",
  "Should the report run Monday to Saturday, or only on weekdays?",
  options=["Mon-Sat", "weekdays only"])
B(DA, "Use the median as the average, and make sure it's the arithmetic mean so it matches finance.",
  C, "method", "make sure it's the arithmetic mean",
  "The median and the arithmetic mean are different statistics; which should the report use?",
  options=["median", "arithmetic mean"])
B(GE, "Find me a direct flight from Oslo to Sydney with one stopover, economy, second week of March.",
  C, "constraint_conflict", "with one stopover",
  "A direct flight has no stopover; do you want a one-stop flight (no direct Oslo-Sydney exists), or should I keep looking for direct?",
  options=["one stopover", "direct only"])
B(WR, "Draft the press release in a formal register, and keep it chatty and casual like our tweets.",
  C, "tone", "keep it chatty and casual",
  "Formal and chatty pull in opposite directions; which tone should the press release take?",
  options=["formal", "chatty and casual"])
B(CO, "Add caching to get_price(); prices must always be read live from the supplier API on every call.",
  C, "constraint_conflict", "prices must always be read live",
  "Caching means some calls won't read live prices; should I skip the cache or allow a short TTL (e.g. 30 s)?",
  options=["no cache", "short TTL"])
B(SQ, "Give me the top 5 customers by revenue; I need about 20 names for the outreach.",
  C, "value", "about 20 names",
  "Do you need the top 5 or about 20 customers?",
  options=["top 5", "top 20"])
B(OP, "Make the bucket private, but keep the public download links working for customers.",
  C, "constraint_conflict", "keep the public download links working",
  "Public links stop working once the bucket is private; should I switch customers to signed URLs, or leave the bucket public?",
  options=["private + signed URLs", "leave it public"])
B(DA, "Show the trend for the whole year on the chart; only use the last quarter's data.",
  C, "period", "only use the last quarter's data",
  "A full-year trend needs all four quarters; should I chart the full year or only the last quarter?",
  options=["full year", "last quarter"])
B(GE, "Plan a quiet beach holiday in August, somewhere with lots of nightlife and big crowds.",
  C, "constraint_conflict", "lots of nightlife and big crowds",
  "Quiet and lots of nightlife don't go together; which matters more for this trip?",
  options=["quiet", "nightlife"])
B(WR, "Translate the leaflet word for word, and adapt the jokes so they land for a German audience.",
  C, "constraint_conflict", "adapt the jokes",
  "Adapting the jokes means not translating word for word; may I adapt them, or should everything be literal?",
  options=["adapt the jokes", "literal throughout"])
B(CO, "Refactor the module but don't touch any file in it.",
  C, "constraint_conflict", "don't touch any file in it",
  "A refactor has to edit the module's files; which files may I change?")
B(SQ, "Return one row per customer, with a row for each of their orders.",
  C, "granularity", "a row for each of their orders",
  "Do you want one row per customer (orders aggregated) or one row per order?",
  options=["one row per customer", "one row per order"])
B(OP, "Give the intern admin rights to prod, least privilege as always.",
  C, "constraint_conflict", "least privilege as always",
  "Admin rights on prod go against least privilege; should the intern get read-only prod access instead, or full admin?",
  options=["read-only", "admin"])
B(DA, "Make a pie chart of revenue by month over the last three years, one slice per month, and keep it readable.",
  C, "constraint_conflict", "keep it readable",
  "36 slices won't be readable as a pie; should I use a line or bar chart instead, or group the slices by year?",
  options=["line/bar chart", "pie by year"])
B(GE, "Schedule the team meeting for Friday at 9am; nobody is in on Fridays.",
  C, "schedule_conflict", "nobody is in on Fridays",
  "If nobody is in on Fridays, should the meeting be remote on Friday or moved to another day?",
  options=["remote on Friday", "another day"])
B(WR, "Write the product name in all caps everywhere, like the brand guide says: 'the name is always written lowercase, never capitalised'.",
  C, "format", "the name is always written lowercase",
  "The brand guide says lowercase; should the product name be all caps or lowercase?",
  options=["ALL CAPS", "lowercase"])
B(CO, "Bump the minimum Python to 3.12 and keep supporting 3.9 users.",
  C, "version", "keep supporting 3.9 users",
  "Requiring 3.12 drops 3.9 support; which minimum version should the package declare?",
  options=["3.12", "3.9"])
B(OP, "Delete all snapshots older than 30 days, and keep the one from February for the audit.",
  C, "scope", "keep the one from February",
  "The February snapshot is older than 30 days; should I keep it as an exception while deleting the rest?",
  options=["keep February, delete the rest", "delete all"])

# ===========================================================================
# 10. stand-alone hard negatives: vague-sounding but actionable, and long
#     fully specified requests (label 0)
# ===========================================================================

OK(CO, "sort the numbers in the list and print them")
OK(CO, "Clean up the code in the helper, it's our oldest file. Same behaviour, nicer to read.")
OK(CO, "Give the variables in the loop better names.")
OK(CO, "Write a quick script that renames every .jpeg in the folder to .jpg.")
OK(CO, "Add a couple of comments to the tricky parts of the parser.")
OK(CO, "Make the error message friendlier when the config file is missing. Your wording.")
OK(CO, "Implement retry with exponential backoff for fetch_rates(): 5 attempts, starting at 1 s, doubling, capped at 30 s, retry only on timeouts and HTTP 5xx, and raise the last exception when all attempts fail. It's idempotent, a GET.")
OK(SQ, "Sort the customer names A to Z.")
OK(SQ, "Show a few sample rows from the events table so I can see the columns.")
OK(SQ, "round the average price and the total to two decimals in the output")
OK(SQ, "Write the query that returns every customer with their most recent order date; customers without orders should show NULL. Tables: customers(id, name), orders(id, customer_id, created_at). Ties don't matter since it's just the date.")
OK(SQ, "Count the orders per status. The order of the output rows doesn't matter.")
OK(DA, "Make the chart look nicer, the defaults are ugly.")
OK(DA, "Give me a rough idea of how the prices are distributed.")
OK(DA, "Tidy up the notebook: remove the dead cells and add headings. Leave the outputs.")
OK(DA, "Convert the timestamps in the CSV from UTC epoch seconds to ISO 8601 strings in UTC. Keep every other column as is, write the result to clean.csv, and don't change the row order.")
OK(DA, "Drop the exact duplicate rows in the customer file, keep the first of each.")
OK(OP, "Clear the npm cache on the build box, it's safe to regenerate.")
OK(OP, "Restart the dev container, nobody else uses it.")
OK(OP, "Bump the CPU request for the nightly job a little, 250m to 500m.")
OK(OP, "Add a Grafana panel for memory usage of the worker pods; the layout and colours are up to you.")
OK(OP, "Rotate the access key for the ci-deployer IAM user: create a new key, update the CI secret AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY in the repo settings, run the deploy pipeline once to confirm, then deactivate and delete the old key.")
OK(GE, "Recommend a couple of podcasts about history, your taste.")
OK(GE, "Suggest something for dinner tonight, I have pasta and tomatoes.")
OK(GE, "Write a packing list for a weekend of camping in summer.")
OK(GE, "Convert 2 cups of water to ml, US cups.")
OK(GE, "Give me a simple weekly workout plan for a beginner; three days, no equipment, about 30 minutes each, with a warm-up and stretching at the end of every session.")
OK(GE, "Remind me tomorrow at 8am to water the plants.")
OK(WR, "Write a short poem for our anniversary card. Sweet, not cheesy.")
OK(WR, "Give the blog post a better title, something catchy.")
OK(WR, "Make this sentence shorter: 'At this point in time we are not in a position to make a decision.'")
OK(WR, "Write a short story, the genre and characters are up to you.")
OK(WR, "Write a 150-word bio for the program, third person, for Jonas Weber: sound engineer, 20 years in live theatre, ran the audio for the national tour of 'Cabaret', now teaches at the Folkwang University of the Arts.")
OK(WR, "Polish the wording of the customer apology a bit and keep the facts the same:\n\n'Sorry your order came late. It was our courier. We refunded shipping.'")
OK(WR, "Write a thank-you note to the team for the launch. Warm and brief, it's going on Slack.")
OK(SQ, "List the tables in the database and their row counts, largest first.")
OK(CO, "Write a function that checks whether a string is a palindrome; ignore case and spaces.")
OK(DA, "Summarise the columns of the customer dataframe: type, null count, and a few example values each.")

# ===========================================================================
# 11. last pairs: terse harmless request vs. a long, careful one whose single
#     vague word still decides the result
# ===========================================================================

P(CO, "tidy this up a bit",
  "Here's our checkout service. Please write the migration script that moves existing customers from the legacy pricing table to the new plans table. Map each legacy tier to its new plan, carry over the discounts, keep the created_at dates, and move the inactive customers too, we still bill some of them.",
  A, "definition", "the inactive customers",
  "Which customers count as inactive here: status = 'paused', no login in 90 days, or no paid invoice this year?",
  options=["status = 'paused'", "no login in 90 days", "no paid invoice this year"])

P(SQ, "show me a few orders",
  "For the quarterly business review I need a table with one row per sales rep: rep name, region, number of closed deals, total contract value and average deal size for Q3. Reps who left the company mid-quarter should be handled the usual way. Sort by total contract value.",
  M, "rule", "handled the usual way",
  "How should reps who left mid-quarter be handled: included with their partial numbers, excluded, or with their deals reassigned to their successor?",
  options=["include partial numbers", "exclude", "reassign to successor"])

P(DA, "Make a bar chart of this.",
  "I've uploaded three years of daily sales for our 40 stores. Please forecast next month's sales per store for the ops team, they use it to plan staffing. Treat the holidays properly, they wreck every model we've tried, and give me the numbers as a CSV with store_id, date and forecast.",
  A, "method", "Treat the holidays properly",
  "How should holidays be treated: as regressors with the country's public holiday calendar, or should holiday days be excluded from training?",
  options=["holiday regressors", "exclude holiday days"])

P(OP, "restart it, it's the staging box",
  "We got the security report back. Please patch the vulnerable package on all the web servers, restart the services in a rolling way so the site stays up, and post a summary in #ops when done. The report is in the shared drive under the usual folder.",
  M, "referent", "the vulnerable package",
  "I can't open the shared drive; which package and version does the security report flag?")

P(GE, "pick a movie for tonight",
  "My parents are visiting for a week in October and I want to take them somewhere for a day trip. They're in their seventies, my dad uses a cane so not too much walking, and my mum loves gardens and old houses. We'll have a car. Can you suggest three options within a reasonable drive?",
  M, "location", "within a reasonable drive",
  "Where will you be starting from, so I can judge what's within a reasonable drive?")

P(WR, "write me a limerick",
  "Draft the announcement for the customer newsletter: we're changing our pricing on the 1st of next month. The Basic plan goes from 9 to 12 a month, Pro stays the same, and existing customers keep their current price for a while. Friendly, honest tone, no marketing fluff.",
  M, "period", "for a while",
  "How long do existing customers keep their current price: 3 months, 6 months, or 12 months?",
  options=["3 months", "6 months", "12 months"])

P(CO, "add a docstring",
  "We need to store user uploads. Write the upload handler for the Flask app: accept images only, check the size, store them in S3 under a key based on the user id and a UUID, and return the URL. The bucket name is in settings. Reject files that are too big.",
  M, "threshold", "too big",
  "What's the maximum upload size: 5 MB, 10 MB, or 25 MB?",
  options=["5 MB", "10 MB", "25 MB"])

P(SQ, "count the users",
  "Build me a retention query: for each weekly signup cohort in 2024, the share of users who came back in week 1, week 2, week 4 and week 8. Use the signups and sessions tables. Users who signed up through the partner channel should be treated separately.",
  A, "scope", "treated separately",
  "Should partner-channel users be excluded from the cohorts, or reported as their own cohort rows next to the others?",
  options=["exclude them", "separate cohort rows"])

P(DA, "Label the axes.",
  "The survey has a 1-5 satisfaction score per respondent, plus age, region and plan. Compare satisfaction between the free and paid plans and tell me whether the difference is significant. Some respondents answered twice because of the reminder email.",
  A, "tie_break", "answered twice",
  "For respondents who answered twice, should I keep their first answer, their last answer, or the average?",
  options=["first", "last", "average"])

P(OP, "check the disk space on web-02",
  "Set up nightly backups of the Postgres database to S3 with pg_dump, compress them, encrypt with the KMS key we use for the other backups, and prune old ones. Send a Slack alert to #ops if a backup fails. Keep them for the standard retention.",
  A, "retention", "the standard retention",
  "How long should the backups be kept: 7 days, 30 days, or 90 days?",
  options=["7 days", "30 days", "90 days"])

P(GE, "what should I cook tonight",
  "We're a group of six going hiking in the Dolomites for four days in July. We want a hut-to-hut route, moderate difficulty, with no via ferrata sections since two of us are afraid of heights. Could you plan the route and book the huts for our dates?",
  M, "date", "our dates",
  "Which four days in July are you going, so I can check hut availability?")

P(WR, "make this sound nicer",
  "Please write the job ad for a senior backend engineer. Remote within the EU, Python and Postgres, on-call one week in six, salary band included, and mention our four-day week. Use the same structure as the last ad we published on the careers page.",
  M, "format", "the same structure as the last ad",
  "I don't have the last ad; could you paste it or its section headings so I can match the structure?")

P(CO, "write a hello world in Go",
  "Add rate limiting to the public API. Use the Redis instance we already have, limit per API key, return 429 with a Retry-After header, and exempt the health check. Apply the limit from the pricing page for each plan.",
  M, "value", "the limit from the pricing page",
  "I can't see the pricing page from here; what request limit applies to each plan?")

P(DA, "describe the dataset",
  "Join the CRM export to the billing export and give me revenue per account for 2024. The CRM has account names, the billing system has company names with a slightly different spelling in places, plus a few accounts that were merged in the middle of the year.",
  A, "entity", "a few accounts that were merged in the middle of the year",
  "For accounts merged mid-year, should revenue be attributed to the surviving account for the whole year, or split before and after the merge?",
  options=["surviving account for the whole year", "split at the merge date"])


if __name__ == "__main__":
    c.write()
