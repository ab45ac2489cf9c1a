"""Hand-written probe training data: style variety.

Terse one-liners, chat messages with typos and slang, long rambling tickets
where the blocker hides in one sentence, formal numbered specs whose
requirements conflict, requests quoting code/logs/JSON, non-native English,
and requests whose input -> output examples agree or disagree with the prose.

Every request below was written out by hand (no slot-filling templates).
Deterministic, stdlib only.  Writes training/corpus/handwritten_styles.jsonl
next to this file and prints summary counts plus the length-only AUROC.

Usage: python training/corpus/build_handwritten_styles.py
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

from training.corpus._stats import auroc as _auroc

OUT = Path(__file__).with_name("handwritten_styles.jsonl")

_ROWS: list[dict] = []
_GROUP = [0]

CO, SQ, DA, OP, GE, WR = "coding", "sql", "data", "ops", "general", "writing"
M, A, C = "missing", "ambiguous", "contradictory"


def _new_group() -> str:
    _GROUP[0] += 1
    return f"hws-g{_GROUP[0]:04d}"


def _row(group, dom, text, ctx, label, typ=None, sub="complete", span=None,
         q=None, where="text"):
    span_pos = None
    span_in = None
    if label == 1:
        span_in = where
        if span is not None:
            src = text if where == "text" else ctx
            if src is None:
                raise ValueError(f"span in empty {where}: {text[:60]}")
            start = src.find(span)
            if start < 0:
                raise ValueError(f"span {span!r} not found in {where}: {src[:80]}")
            span_pos = [start, start + len(span)]
        if not q or not q.endswith("?") or typ not in (M, A, C):
            raise ValueError(f"bad label-1 item: {text[:60]}")
    _ROWS.append({
        "group": group, "domain": dom, "text": text, "context": ctx,
        "label": label, "type": typ if label else None,
        "subtype": sub if label else "complete",
        "span": span_pos, "span_in": span_in,
        "question": q if label else None, "options": [],
    })


def OK(dom, text, ctx=None):
    """Stand-alone complete request (label 0)."""
    _row(_new_group(), dom, text, ctx, 0)


def B(dom, text, typ, sub, span, q, ctx=None, where="text"):
    """Stand-alone request with a blocker (label 1)."""
    _row(_new_group(), dom, text, ctx, 1, typ, sub, span, q, where)


def P(dom, good, bad, typ, sub, span, q, gctx=None, bctx=None, where="text"):
    """Contrastive pair sharing a group: good (label 0) vs bad (label 1)."""
    g = _new_group()
    _row(g, dom, good, gctx, 0)
    _row(g, dom, bad, bctx, 1, typ, sub, span, q, where)


# ---------------------------------------------------------------------------
# Style 1: terse one-liners
# ---------------------------------------------------------------------------

P(CO, "fix the flaky test", "fix the flaky test",
  A, "referent", "test_refund_idempotent",
  "Which flaky test should I fix: test_webhook_retry or test_refund_idempotent?",
  gctx="CI flake report (last 30 runs): tests/payments/test_webhook.py::test_webhook_retry failed 7/30, all others 0/30",
  bctx="CI flake report (last 30 runs): tests/payments/test_webhook.py::test_webhook_retry failed 7/30, tests/payments/test_refund.py::test_refund_idempotent failed 6/30",
  where="context")
P(OP, "ship it to prod friday", "ship it to prod friday",
  C, "policy_conflict", "No production deploys Friday through Sunday",
  "The release policy forbids Friday prod deploys; should I ship Thursday, wait until Monday, or request an exception?",
  gctx="Release notes: v2.8.0 tagged, staging soak passed. Deploy windows: Mon-Fri 09:00-16:00.",
  bctx="Release notes: v2.8.0 tagged, staging soak passed. No production deploys Friday through Sunday (freeze policy).",
  where="context")
P(CO, "bump lodash to 4.17.21 and regen the lockfile",
  "bump lodash to latest but keep it pinned at 4.17.15",
  C, "version_conflict", "keep it pinned at 4.17.15",
  "Should lodash go to the latest version or stay pinned at 4.17.15?")
P(OP, "restart the api pods in staging", "restart the api pods",
  M, "environment", "restart the api pods",
  "Which environment's api pods should I restart: staging or production?",
  gctx=None, bctx="Clusters you have access to: staging-eu, prod-eu, prod-us")
P(SQ, "count yesterday's signups", "count yesterday's signups by region",
  A, "field_choice", "by region",
  "Should region come from users.signup_country or users.billing_region?",
  gctx="Table users(id, created_at timestamptz, email). Report timezone: UTC.",
  bctx="Table users(id, created_at timestamptz, email, signup_country, billing_region). Report timezone: UTC.")
P(GE, "cancel my 2pm", "cancel my 2pm",
  A, "referent", "14:00 Dentist",
  "You have two 2pm items today; should I cancel the 1:1 with Priya or the dentist appointment?",
  gctx="Today: 09:00 Standup, 14:00 1:1 with Priya, 16:30 Gym",
  bctx="Today: 09:00 Standup, 14:00 1:1 with Priya, 14:00 Dentist (Dr. Moss), 16:30 Gym",
  where="context")
P(WR, "tighten this paragraph, keep it under 80 words",
  "tighten this paragraph, keep it under 80 words and don't cut anything",
  C, "constraint_conflict", "don't cut anything",
  "The paragraph is 140 words; to get under 80 I have to cut content. Which matters more, the length limit or keeping everything?",
  gctx="Paragraph (62 words): Our Q3 launch slipped two weeks because the vendor API changed without notice...",
  bctx="Paragraph (140 words): Our Q3 launch slipped two weeks because the vendor API changed without notice...")
P(CO, "revert the last commit on main", "revert that commit",
  M, "referent", "revert that commit",
  "Which commit do you want reverted? Could you give me the hash or the message?",
  gctx="git log --oneline -3 main: a91f0c2 add retry to sync job / 77be1d0 docs: readme / 03c4e9a bump deps",
  bctx="git log --oneline -3 main: a91f0c2 add retry to sync job / 77be1d0 docs: readme / 03c4e9a bump deps")
P(DA, "dedupe customers.csv on email", "dedupe customers.csv",
  M, "key", "dedupe customers.csv",
  "What makes two rows duplicates: same email, same customer_id, or same name and phone?",
  gctx="customers.csv columns: customer_id, name, email, phone. 14 emails appear more than once.",
  bctx="customers.csv columns: customer_id, name, email, phone. 14 emails and 9 phones appear more than once, never on the same rows.")
P(OP, "rotate the db password", "rotate the db password",
  A, "referent", "orders-db",
  "Which database's password should I rotate: billing-db or orders-db?",
  gctx="Secrets in vault path prod/: billing-db/password (age 412 days)",
  bctx="Secrets in vault path prod/: billing-db/password (age 412 days), orders-db/password (age 390 days)",
  where="context")
OK(CO, "add a .gitignore for a python project")
OK(CO, "make the tests pass")
OK(OP, "tail the nginx error log on web-1")
OK(GE, "remind me to call mom at 6")
OK(WR, "proofread this, just typos", "Draft: Thank you for you're patience while we migrate the acount settings page. The new page will be live on Monday.")
OK(SQ, "how many rows in orders?")
OK(CO, "lint + format, no logic changes")
OK(OP, "scale web to 6 replicas in prod", "Deployment web in namespace prod, currently 4 replicas, HPA disabled.")
B(CO, "merge it", A, "referent", "merge it",
  "Which PR should I merge: #412 (retry logic) or #415 (README typo)?",
  ctx="Open PRs approved and green: #412 add retry logic to sync, #415 fix README typo")
B(GE, "book the usual", M, "referent", "book the usual",
  "What is 'the usual' here: which place, what time and for how many?")
B(OP, "roll back", A, "target_version", "roll back",
  "Roll back to which release: v3.4.1 (last Tuesday) or v3.3.9 (before the schema change)?",
  ctx="Deploy history prod: v3.5.0 (today), v3.4.1 (Tue), v3.3.9 (last week, pre-migration 0042)")
B(WR, "make it shorter and add the pricing table, the case study and the FAQ",
  C, "constraint_conflict", "make it shorter",
  "Adding the pricing table, case study and FAQ will make it longer; which should win, brevity or the new sections?")
B(DA, "plot revenue vs last year", M, "metric_definition", "revenue",
  "The dashboard has both gross bookings and net revenue; which should count as revenue?",
  ctx="Columns: month, gross_bookings, refunds, net_revenue_after_refunds")
B(CO, "delete the unused flags", A, "scope", "the unused flags",
  "Do you mean flags unused in code, or flags that have been 100% on for over 90 days in LaunchDarkly?")

# ---------------------------------------------------------------------------
# Style 2: chat messages with typos and slang
# ---------------------------------------------------------------------------

P(CO, "yo can u add a dark mode toggle to the settings page, just use the existing theme ctx lol",
  "yo can u add a dark mode toggle to the settings pg, make it default on AND respect the os setting lol",
  C, "behavior_conflict", "make it default on AND respect the os setting",
  "Those disagree for users with a light OS theme: should dark mode default to on, or follow the OS setting?")
P(GE, "hey can u grab me 2 tix for the 8pm showing of dune tmrw at the regal on 5th, aisle seats if poss",
  "hey can u grab me tix for the showing of dune tmrw at the regal on 5th, aisle seats if poss thx!!",
  M, "time_and_quantity", "grab me tix for the showing",
  "How many tickets, and which showing time tomorrow?")
P(SQ, "omg the dashboard is wrong again, can u rewrite the active users query to count distinct user_id not sessions",
  "omg the dashboard is wrong again, can u rewrite the active users query so the numbers r right this time",
  M, "acceptance_criteria", "so the numbers r right this time",
  "What's wrong with the current numbers, and what should an active user be counted as?")
P(OP, "pls bump the worker memory limit to 2Gi in the helm values for prod, its OOMing ugh",
  "pls bump the worker mem limit in the helm values for prod its OOMing again ugh, idk what to",
  M, "value", "bump the worker mem limit",
  "What should the new memory limit for the worker be (it's 1Gi now)?",
  gctx="values-prod.yaml: worker.resources.limits.memory: 1Gi",
  bctx="values-prod.yaml: worker.resources.limits.memory: 1Gi")
P(WR, "can u make my cover letter less cringe? keep it 1 page, dont change the facts",
  "can u make my cover letter less cringe? keep it 1 page, and dont change a single word",
  C, "constraint_conflict", "dont change a single word",
  "How can I make it less cringe without changing any words? Can I edit wording, or only formatting?")
P(CO, "ngl the login btn is broken on safari, fix pls. console says `TypeError: crypto.randomUUID is not a function`",
  "ngl the login btn is kinda broken fix pls, works on my machine tho so idk whats up w it",
  M, "reproduction", "kinda broken",
  "What exactly happens when it breaks, on which browser/device, and is there an error message?")
P(GE, "txt jess that im running 10 min late, shes in my contacts as Jess Park",
  "txt jess that im running 10 min late, thx, she knows where were meeting ok",
  A, "recipient", "txt jess",
  "You have two Jesses (Jess Park and Jess Oyelaran); which one should I text?",
  gctx=None, bctx="Contacts: Jess Park (mobile), Jess Oyelaran (mobile)")
P(DA, "lmk the avg order value for march, usd, excluding test orders (is_test=true)",
  "lmk the avg order value for march, in usd, including test orders but also excluding them",
  C, "filter_conflict", "including test orders but also excluding them",
  "Should test orders be included or excluded from the March average?")
P(CO, "can u wire up the new /health endpoint, just return 200 + {\"ok\":true} fr",
  "can u wire up the new /health endpoint, return whatever the ops ppl want fr",
  M, "spec", "whatever the ops ppl want",
  "What should /health return: just 200, or specific checks and a body format from ops?")
P(OP, "cron the backup script 2 run nightly at 2am UTC on db-backup-1 thx",
  "cron the backup script 2 run nightly on db-backup-1 thx, also hourly pls",
  C, "schedule_conflict", "nightly on db-backup-1 thx, also hourly",
  "Should the backup run nightly or hourly (or both)?")
P(WR, "write a quick slack msg announcing the office is closed monday for the holiday, chill tone",
  "write a quick slack msg announcing the office is closed monday, chill tone, super formal",
  C, "tone_conflict", "chill tone, super formal",
  "Do you want it chill or super formal?")
P(GE, "order the same pizza as last fri from tonys, deliver to home",
  "order the same pizza as last time from tonys pls, deliver to home",
  A, "referent", "same pizza as last time",
  "Your last two Tony's orders differ; do you want the large pepperoni (Fri) or the veggie + garlic knots (Sun)?",
  gctx="Tony's orders: Fri 12 Apr - large pepperoni",
  bctx="Tony's orders: Fri 12 Apr - large pepperoni; Sun 14 Apr - medium veggie + garlic knots")
OK(CO, "can u add type hints to utils.py? no behaviour changes plz")
OK(GE, "set an alarm 4 6:45 tmrw")
OK(WR, "fix the grammer in this lol: 'Their going to the meeting tomorow, and there bringing the slides.'")
OK(OP, "whats the disk usage on build-agent-3 rn")
OK(SQ, "gimme the top 10 products by units sold last week, orders table has product_id + qty + created_at")
OK(DA, "convert data.xlsx sheet 'Q1' to csv pls, utf-8, keep headers")
OK(CO, "pls write a regex for US zip codes, 5 digit or zip+4")
OK(GE, "whats the weather in chicago tmrw")
B(CO, "just make it faster lol", M, "target", "make it faster",
  "What should be faster, and by how much? Which endpoint or job, and is there a target latency?")
B(GE, "send the thing to the guy from the meeting", M, "referent", "the thing to the guy",
  "Which document should I send, and to whom from which meeting?")
B(OP, "nuke the old buckets", A, "scope", "the old buckets",
  "Deletion is irreversible: which buckets count as old, anything not written in 90 days or specific ones?")
B(WR, "make it pop more but like keep it minimal", C, "style_conflict", "pop more but like keep it minimal",
  "What should 'pop more' mean while staying minimal? A bolder color, bigger headline, or something else?")
B(SQ, "drop the temp tables", A, "scope", "the temp tables",
  "Which tables count as temp: the tmp_* ones or the staging_* ones too?",
  ctx="Schema analytics: tmp_orders_0412, tmp_users_dedup, staging_events, staging_sessions, orders, users")
B(DA, "merge the two sheets on id", A, "key", "on id",
  "Sheet A has customer_id and Sheet B has account_id; are those the same identifier?",
  ctx="Sheet A columns: customer_id, name, plan. Sheet B columns: account_id, customer_name, mrr.")

# ---------------------------------------------------------------------------
# Style 3: long rambling tickets, blocker hidden in one sentence
# ---------------------------------------------------------------------------

_T1 = ("Hi team, so this has been bugging customers for a while and support finally escalated it. "
       "Background: the invoice PDF generator was written by someone who left in 2021, it uses wkhtmltopdf, "
       "and nobody loves it. Not asking for a rewrite! {X} The footer should show the company VAT number, "
       "which lives in settings.company.vat_id. Marketing also wants a new logo eventually but that's a separate ticket. "
       "Please add a test with a fixture invoice. Thanks, and sorry for the wall of text.")
P(CO, _T1.format(X="The bug: on invoices longer than one page, the footer is missing from every page except the last; it should appear on every page."),
  _T1.format(X="The bug: on invoices longer than one page, the footer is wrong on some pages; it should look right."),
  M, "bug_description", "the footer is wrong on some pages; it should look right",
  "What exactly is wrong with the footer on multi-page invoices, and what should it look like?")

_T2 = ("Context for whoever picks this up: we moved the nightly ETL from Airflow 1 to Airflow 2 last sprint, and the DAG file "
       "is dags/nightly_sales.py. Mostly fine. Alice did the migration and she's on leave until the 20th, so don't wait for her. "
       "{X} Logs are in the usual place. Low priority for the report itself, but finance reads it every Monday morning, "
       "so ideally before then. Coffee's on me if it's done by Friday.")
P(DA, _T2.format(X="The sales_daily task now writes timestamps in UTC instead of America/New_York; switch it back to America/New_York like before."),
  _T2.format(X="The sales_daily task now writes timestamps in UTC; switch it back to UTC like before, it used to be Eastern."),
  C, "value_conflict", "switch it back to UTC like before, it used to be Eastern",
  "Which timezone should sales_daily write: UTC or America/New_York (Eastern)?")

_T3 = ("Ok so long story. My sister is getting married in Lisbon in September and half the family is flying in from Toronto. "
       "Mom is handling the hotel and my cousin Dev is doing the bachelor party (please don't book anything for that). "
       "All I need from you: {X} I'm flexible on airline, would prefer one stop max, and I have Aeroplan status so Air Canada "
       "or Star Alliance is a small plus. Window seat if it's free. Budget isn't tight but don't go crazy.")
P(GE, _T3.format(X="a round-trip economy flight for me, Toronto to Lisbon, leaving Sept 10 and coming back Sept 17."),
  _T3.format(X="a round-trip economy flight for me, Toronto to Lisbon, leaving the week before the wedding."),
  M, "date", "leaving the week before the wedding",
  "What's the wedding date, and which day do you want to fly out and come back?")

_T4 = ("Following up on the incident review from Tuesday (INC-2231, the one where the queue backed up for 40 minutes). "
       "Action items were assigned in the doc; this ticket is item 3. The alert fired but the on-call page went to the old "
       "rotation because PagerDuty still had the 2023 schedule. That part is fixed already. {X} "
       "Use the existing Terraform module in infra/monitoring. No need to touch the dashboards. Ping #sre-infra when merged.")
P(OP, _T4.format(X="For item 3: lower the queue-depth alert threshold from 10,000 to 2,000 messages for 5 minutes."),
  _T4.format(X="For item 3: lower the queue-depth alert threshold from 10,000 to something more sensible."),
  M, "value", "to something more sensible",
  "What should the new queue-depth alert threshold (and duration) be?")

_T5 = ("Hey! Quick one but I'll give context because last time I didn't. We're preparing the quarterly board deck, and "
       "slide 7 is the hiring update. The numbers are in the Greenhouse export I attached (hires_q2.csv). "
       "The CEO liked the bar chart style from Q1 so reuse that. {X} Please use our brand colors (navy #1B2A4A, "
       "coral #FF6F59). The deck is due to Lena on Thursday.")
P(WR, _T5.format(X="Show hires per department for Q2, and put the total (it's 34) in the slide title."),
  _T5.format(X="Show hires per department for Q2, and put the total (it's 34) in the slide title, which should say 41 like the Q1 slide."),
  C, "value_conflict", "which should say 41 like the Q1 slide",
  "41 was the Q1 figure; should the title show the Q2 total of 34 or 41?")

_T6 = ("This is a follow-up to the migration we talked about in standup. We're moving user avatars from the local disk on "
       "app-1 to S3 so we can scale horizontally. The bucket is already created by platform (acme-avatars-prod, us-east-1, "
       "versioning on). The upload path in the app is in avatars/storage.py. {X} Keep the old files on disk for two weeks "
       "in case we need to roll back, then we'll delete them in a separate ticket. I'd like this behind the USE_S3_AVATARS flag.")
P(CO, _T6.format(X="Write a one-off script that copies the existing files, keeping the same relative paths as object keys."),
  _T6.format(X="Write a one-off script that moves the existing files, keeping the same relative paths as object keys."),
  C, "action_conflict", "moves the existing files",
  "Moving would delete the on-disk copies you want kept for two weeks; should the script copy the files or move them?")

_T7 = ("Research request, no rush. I'm writing a piece on urban heat islands and my editor wants more hard data. "
       "I already have the NASA and EPA overviews, so skip those. I've been burned by preprints before, so peer-reviewed only. "
       "{X} A short annotated list is perfect, 2-3 sentences per paper, APA citations. I'll fact-check myself.")
P(WR, _T7.format(X="Find 8-10 studies from 2015 onward that measure temperature differences between tree-covered and paved neighborhoods in US cities."),
  _T7.format(X="Find 8-10 studies from 2015 onward that measure temperature differences in that city I mentioned on our call."),
  M, "referent", "that city I mentioned on our call",
  "Which city should the studies focus on?")

_T8 = ("Sorry this is long. Our support inbox auto-tagger mislabels refund requests as 'billing question' about a third "
       "of the time, which means they sit in the wrong queue. Labeled examples are in support/tags_2024.csv (about 6k rows). "
       "The current model is a TF-IDF + logistic regression from 2022. {X} Please report precision and recall for the "
       "refund class on a held-out 20% split. Nothing goes to prod from this ticket.")
P(DA, _T8.format(X="Try retraining the same pipeline on the 2024 data and see if refund recall gets above 0.9."),
  _T8.format(X="Try retraining the same pipeline on the 2024 data and see if refund recall gets above 0.9, training on all 6k rows."),
  C, "method_conflict", "training on all 6k rows",
  "If I train on all 6k rows there's no held-out 20% left; should I hold out 20% or train on everything?")

_T9 = ("Heads up, product asked for this after the customer advisory board. Some enterprise accounts want to export their "
       "audit log. We already have the audit_events table and an internal admin page that lists them. "
       "Legal reviewed and is fine with it as long as IP addresses are included only for admins. {X} "
       "Pagination isn't needed for v1, exports are small. Design said use the existing 'Download' button component.")
P(CO, _T9.format(X="Add a CSV export to the audit log page with columns time, actor, action, target, ip (ip only for admins)."),
  _T9.format(X="Add a CSV export to the audit log page with columns time, actor, action, target, ip (ip for everyone)."),
  C, "policy_conflict", "ip for everyone",
  "Legal only approved IP addresses for admins; should non-admin exports include the ip column or not?")

_T10 = ("Planning doc for the team offsite, just dumping thoughts. It'll be 12 people, mostly remote folks meeting for the "
        "first time. Last year we did a cooking class and people loved it, but a couple folks have dietary restrictions "
        "(two vegetarian, one nut allergy). {X} Keep it within walking distance of the office at 200 Market St. "
        "Budget is $150/person including food. Please send me 3 options with prices.")
P(GE, _T10.format(X="I'm thinking an afternoon activity on Thursday May 16, roughly 2-5pm."),
  _T10.format(X="I'm thinking an afternoon activity on one of the days, roughly 2-5pm, whichever."),
  M, "date", "on one of the days",
  "Which day of the offsite should the activity be on?")

# ---------------------------------------------------------------------------
# Style 4: formal specs with numbered requirements
# ---------------------------------------------------------------------------

P(CO, "Implement rate limiting for the public API.\nR1. Limit: 100 requests per minute per API key.\nR2. Exceeding the limit returns HTTP 429 with a Retry-After header.\nR3. Internal service keys are exempt.",
  "Implement rate limiting for the public API.\nR1. Limit: 100 requests per minute per API key.\nR2. Exceeding the limit returns HTTP 429 with a Retry-After header.\nR3. All keys, including internal service keys, are subject to R1 except internal ones.",
  C, "requirement_conflict", "including internal service keys, are subject to R1 except internal ones",
  "Are internal service keys rate-limited under R1 or exempt?")
P(CO, "Password policy spec:\n1. Minimum length 12.\n2. Maximum length 128.\n3. No composition rules (per NIST 800-63B).\n4. Reject passwords found in the breached-password list.",
  "Password policy spec:\n1. Minimum length 12.\n2. Maximum length 10.\n3. No composition rules (per NIST 800-63B).\n4. Reject passwords found in the breached-password list.",
  C, "requirement_conflict", "2. Maximum length 10.",
  "Requirement 1 says minimum 12 but requirement 2 says maximum 10; what should the max length be?")
P(SQ, "Requirements for the churn view:\n(a) One row per customer.\n(b) churned = no paid invoice in the last 60 days.\n(c) Exclude customers created in the last 60 days.\n(d) Name it analytics.v_churn.",
  "Requirements for the churn view:\n(a) One row per customer per month.\n(b) churned = no paid invoice in the last 60 days.\n(c) Exclude customers created in the last 60 days.\n(d) One row per customer. Name it analytics.v_churn.",
  C, "requirement_conflict", "(d) One row per customer.",
  "Should v_churn have one row per customer, or one per customer per month as (a) says?")
P(OP, "Backup policy v2:\n1. Full backups nightly at 01:00 UTC.\n2. Retain nightly backups for 30 days.\n3. Copy weekly backups to the DR region.\n4. Alert #ops if a backup fails.",
  "Backup policy v2:\n1. Full backups nightly at 01:00 UTC.\n2. Retain nightly backups for 30 days.\n3. Copy weekly backups to the DR region.\n4. Alert the on-call if a backup fails.",
  A, "recipient", "Alert the on-call",
  "Which on-call should get backup-failure alerts: the SRE rotation or the DBA rotation?",
  gctx=None, bctx="PagerDuty services: sre-primary, dba-oncall")
P(WR, "Style guide for the API docs:\n1. Second person ('you').\n2. Present tense.\n3. Code samples in Python and curl.\n4. Max 25 words per sentence.",
  "Style guide for the API docs:\n1. Second person ('you').\n2. Present tense.\n3. Code samples in Python and curl.\n4. Third person throughout, never 'you'.",
  C, "requirement_conflict", "Third person throughout, never 'you'",
  "Rules 1 and 4 conflict: should the docs use second person ('you') or third person?")
P(CO, "Spec: CSV importer\n1. Accept UTF-8 files up to 50 MB.\n2. First row is the header.\n3. Skip rows with an empty email and log them.\n4. Reject the whole file if more than 5% of rows are skipped.",
  "Spec: CSV importer\n1. Accept UTF-8 files up to 50 MB.\n2. First row is the header.\n3. Skip rows with an empty email and log them.\n4. Reject the whole file if any rows are invalid.",
  C, "requirement_conflict", "Reject the whole file if any rows are invalid",
  "If a row has an empty email, should I skip it (req 3) or reject the whole file (req 4)?")
P(DA, "Experiment analysis plan:\n1. Primary metric: 7-day retention.\n2. Two-sided test, alpha = 0.05.\n3. Exclude users who saw both variants.\n4. Report the CI for the difference.",
  "Experiment analysis plan:\n1. Primary metric: 7-day retention.\n2. Two-sided test at our usual alpha.\n3. Exclude users who saw both variants.\n4. Report the CI for the difference.",
  M, "parameter", "at our usual alpha",
  "The past analyses used both 0.05 and 0.1; which significance level should I use?",
  gctx=None, bctx="Past analyses in the repo: exp_041 (alpha 0.05), exp_044 (alpha 0.1), exp_047 (alpha 0.1)")
P(GE, "Trip requirements:\n1. Depart SFO, arrive Tokyo (NRT or HND).\n2. Out Oct 3, back Oct 11.\n3. Nonstop only.\n4. Business class, under $6,000.",
  "Trip requirements:\n1. Depart SFO, arrive Tokyo (NRT or HND).\n2. Out Oct 3, back Oct 11.\n3. Nonstop only.\n4. Must include a stopover in Seoul.",
  C, "requirement_conflict", "Must include a stopover in Seoul",
  "Nonstop and a Seoul stopover can't both hold; which do you want?")
P(CO, "Acceptance criteria - search box:\nAC1: Debounce input by 300ms.\nAC2: Show max 8 suggestions.\nAC3: Enter selects the highlighted suggestion.\nAC4: Esc closes the list.",
  "Acceptance criteria - search box:\nAC1: Debounce input by 300ms.\nAC2: Show max 8 suggestions.\nAC3: Enter selects the highlighted suggestion.\nAC4: Enter submits the raw query.",
  C, "requirement_conflict", "AC4: Enter submits the raw query.",
  "AC3 and AC4 both define Enter; should it select the highlighted suggestion or submit the raw query?")
P(OP, "Firewall change request:\n1. Allow TCP 443 inbound to lb-public from 0.0.0.0/0.\n2. Allow TCP 22 inbound to bastion from 203.0.113.0/24 only.\n3. Deny everything else inbound.",
  "Firewall change request:\n1. Allow TCP 443 inbound to lb-public from 0.0.0.0/0.\n2. Allow TCP 22 inbound to bastion from the office range only.\n3. Deny everything else inbound.",
  M, "value", "from the office range only",
  "What is the office IP range (CIDR) for SSH access to the bastion?")
P(SQ, "Data retention job:\n1. Delete rows from events older than 400 days.\n2. Run daily at 03:00 UTC.\n3. Delete in batches of 10,000.\n4. Never delete rows where legal_hold = true.",
  "Data retention job:\n1. Delete rows from events older than 400 days.\n2. Run daily at 03:00 UTC.\n3. Delete in batches of 10,000.\n4. Delete all rows older than 400 days, no exceptions.",
  A, "risky_scope", "no exceptions",
  "The events table has a legal_hold flag; should rows on legal hold be deleted too, or excluded?",
  gctx=None, bctx="Table events(id, created_at, payload, legal_hold boolean); 1,204 rows older than 400 days have legal_hold = true")
P(WR, "Press release requirements:\n1. 400-500 words.\n2. Headline under 12 words.\n3. One quote from the CEO, Maya Chen.\n4. Embargoed until June 4, 09:00 ET.",
  "Press release requirements:\n1. 400-500 words.\n2. Headline under 12 words.\n3. One quote from our CEO.\n4. Embargoed until June 4, 09:00 ET.",
  A, "entity", "One quote from our CEO",
  "The CEO changed last month; should the quote be from Maya Chen or from Raj Patel?",
  gctx=None, bctx="Company news: Raj Patel appointed CEO effective May 1, succeeding Maya Chen (now chair).")
OK(CO, "Spec: slugify(title)\n1. Lowercase.\n2. Replace runs of non-alphanumerics with a single '-'.\n3. Strip leading/trailing '-'.\n4. Truncate to 60 chars without leaving a trailing '-'.")
OK(OP, "Change ticket CHG-881:\n1. Upgrade postgres on db-staging from 14.9 to 14.11.\n2. Window: Sat 06:00-08:00 UTC.\n3. Take a snapshot first.\n4. Rollback: restore the snapshot.")
OK(DA, "Deliverable spec:\n1. Weekly active users by country, last 12 weeks.\n2. Week starts Monday, UTC.\n3. Countries with <100 WAU go into 'Other'.\n4. Output: CSV with columns week, country, wau.")
OK(WR, "Brief:\n1. Audience: new hires in engineering.\n2. Length: one page.\n3. Topic: how to request access to production.\n4. Link to the access form at go/prod-access.")
B(CO, "Requirements - session handling:\n1. Sessions expire after 30 minutes idle.\n2. 'Remember me' keeps users signed in for 30 days.\n3. All sessions must expire after 30 minutes, no exceptions.",
  C, "requirement_conflict", "All sessions must expire after 30 minutes, no exceptions",
  "Should 'remember me' sessions last 30 days (req 2) or expire after 30 minutes like everything else (req 3)?")
B(SQ, "Report spec:\n1. Revenue by month for 2023.\n2. Use fiscal months.\n3. Months run Jan-Dec.",
  C, "requirement_conflict", "Months run Jan-Dec",
  "Our fiscal year starts in April; do you want fiscal months or calendar Jan-Dec?",
  ctx="Finance wiki: fiscal year runs April 1 - March 31.")
B(GE, "Event requirements:\n1. Venue for 40 people.\n2. Downtown.\n3. On the date we agreed.\n4. AV for one presenter.",
  M, "date", "On the date we agreed",
  "Which date was agreed for the event?")
B(OP, "Requirements:\n1. Log retention 14 days in hot storage.\n2. Then move to cold storage.\n3. Delete logs after 7 days to cut costs.",
  C, "requirement_conflict", "Delete logs after 7 days",
  "Deleting after 7 days contradicts 14 days hot storage plus cold storage; what's the actual retention?")

# ---------------------------------------------------------------------------
# Style 5: requests that quote code, logs or JSON
# ---------------------------------------------------------------------------

P(CO, "This throws on empty lists, make it return None instead:\n```python\ndef first(xs):\n    return xs[0]\n```",
  "This throws on empty lists, make it return None instead, or raise like it does now:\n```python\ndef first(xs):\n    return xs[0]\n```",
  C, "behavior_conflict", "or raise like it does now",
  "Should first([]) return None or raise an IndexError?")
P(CO, "Rename the field `usr_nm` to `username` in this model and add a migration:\n```python\nclass Account(Model):\n    usr_nm = CharField(max_length=40)\n    email = EmailField()\n```",
  "Rename the field to `username` in this model and add a migration:\n```python\nclass Account(Model):\n    usr_nm = CharField(max_length=40)\n    disp_nm = CharField(max_length=40)\n```",
  A, "referent", "Rename the field",
  "Which field should become `username`: usr_nm or disp_nm?")
P(OP, "Getting this on deploy, fix the config:\n```\nError: container \"api\" in pod api-7d9f is waiting to start: image can't be pulled\nFailed to pull image \"registry.acme.io/api:v2.3.1\": not found\n```\nThe tag we pushed is v2.3.1-rc1; use that.",
  "Getting this on deploy, fix the config:\n```\nError: container \"api\" in pod api-7d9f is waiting to start: image can't be pulled\nFailed to pull image \"registry.acme.io/api:v2.3.1\": not found\n```\nUse whichever tag is the right one.",
  M, "value", "Use whichever tag is the right one",
  "The registry has v2.3.0, v2.3.1-rc1 and v2.3.1-rc2; which tag should the deployment use?",
  gctx=None, bctx="registry.acme.io/api tags: v2.3.0, v2.3.1-rc1, v2.3.1-rc2")
P(CO, "Add a field to this JSON schema so `tags` is an array of strings, max 10 items:\n{\"type\": \"object\", \"properties\": {\"title\": {\"type\": \"string\"}}}",
  "Add a field to this JSON schema so `tags` is an array of strings, max 10 items, min 12:\n{\"type\": \"object\", \"properties\": {\"title\": {\"type\": \"string\"}}}",
  C, "value_conflict", "max 10 items, min 12",
  "A max of 10 and a min of 12 can't both hold; what are the intended bounds for tags?")
P(SQ, "This query double-counts orders with multiple items; fix it so each order is counted once:\nSELECT c.region, COUNT(*) FROM orders o JOIN order_items i ON i.order_id = o.id JOIN customers c ON c.id = o.customer_id GROUP BY c.region;",
  "This query gives weird numbers; fix it:\nSELECT c.region, COUNT(*) FROM orders o JOIN order_items i ON i.order_id = o.id JOIN customers c ON c.id = o.customer_id GROUP BY c.region; thx",
  M, "intent", "fix it",
  "What should the query count per region: orders, order items, or customers?")
P(OP, "Alert from last night, please tune it:\n[FIRING] DiskUsageHigh host=logs-2 value=81% threshold=80% for=1m\nIt fires every night during log rotation; change `for` to 15m, keep the 80% threshold.",
  "Alert from last night, please tune it:\n[FIRING] DiskUsageHigh host=logs-2 value=81% threshold=80% for=1m\nIt fires every night during log rotation; keep it exactly as sensitive but stop the noise.",
  C, "goal_conflict", "keep it exactly as sensitive but stop the noise",
  "Silencing it without making it less sensitive isn't possible; can I raise the threshold or lengthen the `for` window?")
P(DA, "Parse this log line format into columns ts, level, service, msg:\n2024-05-02T10:11:12Z ERROR billing Payment declined for order 8812",
  "Parse these log lines into columns ts, level, service, msg:\n2024-05-02T10:11:12Z ERROR billing Payment declined\nMay 2 10:11:13 billing[311]: WARN retry scheduled",
  A, "format", "May 2 10:11:13 billing[311]: WARN retry scheduled",
  "The second line uses a different syslog format with no year; should I parse both formats, and which year should I assume?")
P(CO, "Convert this callback code to async/await, same behaviour:\n```js\nfs.readFile(p, 'utf8', (err, data) => { if (err) return cb(err); cb(null, JSON.parse(data)); });\n```",
  "Convert this callback code to async/await, same behaviour but never throw:\n```js\nfs.readFile(p, 'utf8', (err, data) => { if (err) return cb(err); cb(null, JSON.parse(data)); });\n```",
  C, "behavior_conflict", "same behaviour but never throw",
  "The current code passes errors to the callback; if it never throws, what should it return when the file is missing or the JSON is invalid?")
P(GE, "Add this to my calendar: {\"title\": \"Dentist\", \"start\": \"2024-06-11T09:30\", \"duration_min\": 45, \"tz\": \"Europe/Berlin\"}",
  "Add this to my calendar: {\"title\": \"Dentist\", \"start\": \"2024-06-11T09:30\", \"end\": \"2024-06-11T09:00\", \"tz\": \"Europe/Berlin\"}",
  C, "value_conflict", "\"end\": \"2024-06-11T09:00\"",
  "The end time is before the start time; when does the dentist appointment end?")
P(CO, "Fix the off-by-one here; the loop should include the last element:\nfor (int i = 0; i < n - 1; i++) sum += a[i];",
  "Fix the off-by-one here:\nfor (int i = 0; i < n - 1; i++) sum += a[i];\nfor (int j = 1; j <= n; j++) out[j] = a[j - 1];",
  A, "referent", "Fix the off-by-one here",
  "Which loop has the off-by-one you mean: the sum loop (skips the last element) or the copy loop (writes out[n])?")
OK(CO, "Why does this print 3 three times?\n```js\nfor (var i = 0; i < 3; i++) setTimeout(() => console.log(i));\n```")
OK(OP, "What does this mean and how do I fix it?\n```\nERROR: permission denied for schema public\n```\nPostgres 15, app user is `app_rw`, the DB is `shop`.")
OK(SQ, "Explain this plan line: `Seq Scan on orders (cost=0.00..18334.00 rows=1000000 width=44)`")
OK(DA, "Turn this into a pandas DataFrame: [{\"a\": 1, \"b\": 2}, {\"a\": 3, \"b\": 4}]")
OK(CO, "Write a unit test for this:\n```python\ndef clamp(x, lo, hi):\n    return max(lo, min(x, hi))\n```")
B(CO, "Make this match the other one:\n```python\ndef parse_date(s):\n    return datetime.strptime(s, '%d/%m/%Y')\n```",
  M, "referent", "the other one",
  "Which other function should parse_date match, and in what respect (format, error handling)?")
B(OP, "Apply this, but to the other cluster:\n```\nkubectl -n payments scale deploy/worker --replicas=8\n```",
  A, "referent", "the other cluster",
  "You have three clusters in your kubeconfig; which is the other one here, staging-eu or prod-us?",
  ctx="kubectl config get-contexts: prod-eu (current), staging-eu, prod-us")
B(DA, "Flatten this JSON to one row per item, and keep one row per order:\n{\"order\": 17, \"items\": [{\"sku\": \"A1\"}, {\"sku\": \"B4\"}]}",
  C, "granularity_conflict", "keep one row per order",
  "Should the output have one row per item or one row per order?")
B(SQ, "Update the status like we discussed:\nUPDATE tickets SET status = ? WHERE id IN (SELECT id FROM tickets WHERE stale);",
  M, "value", "like we discussed",
  "What status should the stale tickets be set to?")

# ---------------------------------------------------------------------------
# Style 6: non-native English
# ---------------------------------------------------------------------------

for _d, _g, _b, _t, _s, _sp, _q in [
    (CO, "Please you can make the function for to validate the email, it must return true or false only.",
     "Please you can make the function for to validate the email, it must return true or false or the error message.",
     C, "return_conflict", "true or false or the error message", "Should the validator return only a boolean, or also an error message?"),
    (GE, "I need book hotel in Milan for 2 person, from 5 to 8 of July, near of the central station.",
     "I need book hotel in Milan for 2 person, from 5 of July, near of the central station please.",
     M, "date", "from 5 of July", "Until which date do you need the hotel (check-out day)?"),
    (SQ, "Kindly do the query which give me all the clients what not buy nothing since january 2024.",
     "Kindly do the query which give me all the clients what not buy nothing since long time.",
     M, "threshold", "since long time", "How long without a purchase counts: 3 months, 6 months, a year?"),
    (OP, "Please to install the nginx on server web-3 and to open the port 80 and 443, the other ports stay close.",
     "Please to install the nginx on server web-3 and to open the port 80 and 443, all ports must stay close.",
     C, "requirement_conflict", "all ports must stay close", "Should ports 80 and 443 be opened, or should all ports stay closed?"),
    (WR, "Can you correct my english in this mail to professor, but not change the meaning, only the grammar.",
     "Can you correct my english in this mail to professor, make it more strong and also not change anything.",
     C, "constraint_conflict", "also not change anything", "Can I change wording to make it stronger, or should I only fix grammar?"),
    (DA, "I have the excel with sales, please make me graphic of the sales for each month of 2023, in bars.",
     "I have the excel with sales, please make me graphic of the sales for each month, in bars or line.",
     A, "chart_type", "in bars or line", "Do you prefer a bar chart or a line chart, and for which year?"),
    (CO, "The button of send is not working when the user put emoji in the name. Please fix so emoji is accepted.",
     "The button of send is not working when the user put emoji in the name. Please fix it how is better.",
     A, "fix_direction", "fix it how is better", "Should names with emoji be accepted, or rejected with a clear error message?"),
    (GE, "Please make appointment with doctor Weber for next Tuesday at morning, before 11.",
     "Please make appointment with doctor for next Tuesday at morning, before 11.",
     A, "entity", "with doctor", "Which doctor: Dr. Weber (GP) or Dr. Okafor (dermatologist)?"),
    (OP, "We need that the backup make every day at 3 of the night, and keep 7 days.",
     "We need that the backup make every day at 3 of the night, and keep the copies.",
     M, "retention", "keep the copies", "How many days of backups should be kept?"),
    (WR, "Translate to German this text for our customers, formal (Sie): 'Your order has shipped and will arrive in 3 days.'",
     "Translate to German this text for our customers, formal but use 'du': 'Your order has shipped and will arrive in 3 days.'",
     C, "register_conflict", "formal but use 'du'", "Should the German use formal 'Sie' or informal 'du'?"),
    (SQ, "Make please the table for the students with name, birthday and class, the id is auto increment.",
     "Make please the table for the students with name, birthday and class, the id is the name.",
     A, "key", "the id is the name", "Do you want the name as the primary key (names can repeat), or an auto-increment id?"),
    (GE, "Send to my boss Mr. Tanaka the message that I am sick today and work from tomorrow.",
     "Send to my boss the message that I am sick today and I come back.",
     M, "date", "and I come back", "When will you be back at work, so I can tell your boss?"),
]:
    P(_d, _g, _b, _t, _s, _sp, _q)

OK(CO, "Please help me, my python say 'ModuleNotFoundError: No module named requests'. How I install it?")
OK(GE, "Can you tell me what time is now in Sao Paulo?")
OK(WR, "Please write short thank you message to my colleague Ana for help me with the move.")
OK(OP, "How to see which process use the port 8080 on linux?")
B(DA, "Please calculate the average, but without the strange values.", M, "definition", "without the strange values",
  "Which values count as strange: negatives, above some cap, or statistical outliers (e.g. beyond 3 standard deviations)?")
B(GE, "Please buy for me the ticket of train to Lyon the same like before.", A, "referent", "the same like before",
  "Your previous trips to Lyon were in 1st and 2nd class at different times; which one should I copy?")

# ---------------------------------------------------------------------------
# Style 7: requests with input -> output examples
# ---------------------------------------------------------------------------

for _d, _g, _b, _t, _s, _sp, _q in [
    (CO, "Write title_case(s) that capitalizes each word. Examples: 'hello world' -> 'Hello World', 'a tale' -> 'A Tale'.",
     "Write title_case(s) that capitalizes each word. Examples: 'hello world' -> 'Hello World', 'a tale of two' -> 'A Tale of Two'.",
     C, "example_conflict", "'A Tale of Two'", "The example leaves 'of' lowercase; should small words stay lowercase, or should every word be capitalized?"),
    (CO, "Format phone numbers as XXX-XXX-XXXX. E.g. 5551234567 -> 555-123-4567.",
     "Format phone numbers as XXX-XXX-XXXX. E.g. 5551234567 -> (555) 123-4567.",
     C, "example_conflict", "(555) 123-4567", "The example uses (555) 123-4567 but the description says XXX-XXX-XXXX; which format?"),
    (DA, "Bucket ages into bands: 0-17 -> 'minor', 18-64 -> 'adult', 65+ -> 'senior'.",
     "Bucket ages into bands: 0-17 -> 'minor', 18-64 -> 'adult', 60+ -> 'senior'.",
     C, "overlap", "60+ -> 'senior'", "Ages 60-64 fall into both 'adult' and 'senior'; where should they go?"),
    (SQ, "Write a query that pads order ids to 8 digits, like 42 -> '00000042' and 123456 -> '00123456'.",
     "Write a query that pads order ids to 8 digits, like 42 -> '00000042' and 123456 -> '0123456'.",
     C, "example_conflict", "123456 -> '0123456'", "The second example has 7 digits; should ids be padded to 8 or 7 digits?"),
    (CO, "Write a function that rounds prices to the nearest 0.05: 1.02 -> 1.00, 1.03 -> 1.05, 1.07 -> 1.05.",
     "Write a function that rounds prices to the nearest 0.05: 1.02 -> 1.05, 1.03 -> 1.05, 1.07 -> 1.10.",
     C, "example_conflict", "1.02 -> 1.05", "The examples round up (1.02 -> 1.05) rather than to nearest; should it round to nearest or always up?"),
    (DA, "Normalize country names to ISO codes: 'Germany' -> 'DE', 'United Kingdom' -> 'GB'.",
     "Normalize country names to ISO codes: 'Germany' -> 'DE', 'United Kingdom' -> 'UK'.",
     C, "example_conflict", "'United Kingdom' -> 'UK'", "ISO 3166 uses GB, but the example says UK; which code should the UK map to?"),
    (CO, "Slugify titles: 'Hello, World!' -> 'hello-world', 'C++ Tips' -> 'c-tips'.",
     "Slugify titles: 'Hello, World!' -> 'hello-world', 'C++ Tips' -> ?",
     M, "edge_case", "'C++ Tips' -> ?", "What should 'C++ Tips' become: 'c-tips', 'cpp-tips', or 'c-plus-plus-tips'?"),
    (GE, "Rename my photos by date taken, like IMG_0042.jpg -> 2024-03-09_0042.jpg.",
     "Rename my photos by date, like IMG_0042.jpg -> 2024-03-09_0042.jpg.",
     A, "field_choice", "by date", "Many photos were copied and have today's modified date; should I use the date taken (EXIF) or the file's modified date?"),
    (WR, "Shorten these headlines to under 40 characters, like 'Company Announces Record Third Quarter Earnings Growth' -> 'Record Q3 Earnings'.",
     "Shorten these headlines to under 20 characters, like 'Company Announces Record Third Quarter Earnings Growth' -> 'Company Posts Record Q3 Earnings'.",
     C, "example_conflict", "'Company Posts Record Q3 Earnings'", "The example is 32 characters, over the 20 limit; which is right, the limit or the example's length?"),
    (CO, "Parse durations to seconds: '1h' -> 3600, '2m30s' -> 150, '45s' -> 45.",
     "Parse durations to seconds: '1h' -> 3600, '2m30s' -> 150, '45s' -> 45, '1d' -> 86400, '1w'.",
     M, "edge_case", "'1w'.", "What should '1w' map to? Is a week 604800 seconds, or should weeks be rejected?"),
]:
    P(_d, _g, _b, _t, _s, _sp, _q)

OK(CO, "Implement fizzbuzz(n): 3 -> 'Fizz', 5 -> 'Buzz', 15 -> 'FizzBuzz', otherwise the number as a string.")
OK(DA, "Map yes/no answers to booleans: 'Y','yes','YES' -> True; 'N','no' -> False; anything else -> None.")
OK(SQ, "Give me a CASE expression: score >= 90 -> 'A', 80-89 -> 'B', below 80 -> 'C'.")
B(CO, "Convert snake_case to camelCase: 'user_id' -> 'userId', 'http_url' -> 'HTTPURL'.",
  C, "example_conflict", "'http_url' -> 'HTTPURL'", "Should 'http_url' become 'httpUrl' like the rule says, or 'HTTPURL' as in the example?")
B(DA, "Clean the amounts: '$1,200' -> 1200, '1.200,50' -> ?", M, "locale", "'1.200,50' -> ?",
  "Is '1.200,50' European format (1200.50), and do other rows mix both formats?")

# ---------------------------------------------------------------------------
# Mixed styles across domains: more contrastive pairs
# ---------------------------------------------------------------------------

for _d, _g, _b, _t, _s, _sp, _q in [
    (CO, "add pagination to GET /orders, 50 per page, cursor-based", "add pagination to GET /orders, 50 per page, offset and cursor based, pick one",
     A, "design_choice", "offset and cursor based, pick one", "Clients will depend on whichever we ship; do you want offset or cursor pagination?"),
    (CO, "make the retry backoff exponential, base 2s, max 5 attempts", "make the retry backoff exponential, base 2s, max 5 attempts, never wait more than 3s total",
     C, "value_conflict", "never wait more than 3s total", "Five exponential retries from 2s take far more than 3s; which limit wins?"),
    (SQ, "give me monthly revenue for 2023 from payments.amount_usd, status = 'settled'", "give me monthly revenue for 2023 from payments, whatever status counts",
     M, "filter", "whatever status counts", "Which payment statuses count as revenue: settled only, or also pending?"),
    (OP, "set the TTL on api.acme.com to 300s before tomorrow's migration", "set the TTL on acme.com to 300s before tomorrow's migration",
     A, "referent", "acme.com", "The migration ticket mentions api; should the TTL change be on the apex acme.com or on api.acme.com?"),
    (GE, "move my flight AA 212 on June 3 to the evening one, same fare class", "move my flight on June 3 to the evening one, same fare class",
     A, "referent", "my flight on June 3", "You have two flights on June 3 (outbound AA 212 and a connection AA 980); which one should move?"),
    (WR, "write a 150-word bio for the conference page, third person, mention the book", "write a 150-word bio for the conference page, third person, mention the book, first person",
     C, "voice_conflict", "third person, mention the book, first person", "Should the bio be in third person or first person?"),
    (DA, "fill missing temperatures by linear interpolation within each station", "fill missing temperatures within each station, drop them too",
     C, "action_conflict", "fill missing temperatures within each station, drop them too", "Should missing temperatures be filled (and how) or dropped?"),
    (CO, "upgrade the app to Django 4.2 LTS, fix whatever breaks", "upgrade the app to Django 5 but stay on python 3.8",
     C, "compatibility", "stay on python 3.8", "Django 5 needs Python 3.10+; should I upgrade Python or target Django 4.2 instead?"),
    (SQ, "add an index on orders(customer_id, created_at)", "add an index on orders for the slow query",
     M, "target", "for the slow query", "Which query is slow, and which columns does it filter on?"),
    (OP, "give bob read-only access to the prod grafana", "give bob access to prod",
     M, "scope", "give bob access to prod", "What level of access (read-only, deploy, admin) and to which prod systems?"),
    (GE, "pay the electric bill from checking, it's $84.20, due the 15th", "pay the electric bill from checking, it's $84.20, due the 15th, use savings",
     C, "account_conflict", "use savings", "Should the payment come from checking or from savings?"),
    (WR, "turn these meeting notes into 5 bullet action items with owners", "turn these meeting notes into action items with owners",
     M, "missing_data", "with owners", "Several items in the notes have no owner; who should I assign them to, or leave blank?"),
    (CO, "write a bash script that deletes *.tmp files older than 7 days under /var/app/cache", "write a bash script that deletes old files under /var/app",
     M, "criteria", "deletes old files under /var/app", "How old counts as old, and which files or subfolders are safe to delete?"),
    (DA, "train/test split 80/20, stratified on label, random_state=42", "train/test split 80/20, stratified on label and also on user, random_state=42",
     A, "method", "and also on user", "Do you want a group split so no user is in both sets, or stratification by user?"),
    (SQ, "rename column cust_nm to customer_name in the customers table", "rename column cust_nm to customer_name everywhere",
     A, "scope", "everywhere", "Just the customers table, or also the views and the 3 other tables that have cust_nm?"),
    (OP, "open a PR bumping the base image to python:3.12-slim", "open a PR bumping the base image to the newest one, the slim 3.11",
     C, "version_conflict", "the newest one, the slim 3.11", "3.11 isn't the newest; do you want python:3.11-slim or the latest (3.12-slim)?"),
    (GE, "email the team that standup moves to 9:30 starting Monday", "email the team that standup moves to 9:30 starting Monday, its still 9:15",
     C, "value_conflict", "its still 9:15", "Is standup moving to 9:30, or staying at 9:15?"),
    (WR, "summarize the attached report in 3 bullets for execs", "summarize the report in 3 bullets for execs",
     A, "referent", "the report", "Both were shared today; which report, the Q2 financials or the security audit?"),
    (CO, "cache the /products response in redis for 60s", "cache the /products response in redis for 60s, but results must always be fresh",
     C, "goal_conflict", "results must always be fresh", "A 60s cache means results can be up to 60s stale; is that acceptable?"),
    (DA, "export the survey results as csv, one row per respondent", "export the survey results as csv",
     A, "granularity", "export the survey results as csv", "One row per respondent, or one row per answer (long format)?"),
    (SQ, "delete duplicate rows in leads keeping the earliest created_at per email", "delete duplicate rows in leads",
     M, "rule", "delete duplicate rows in leads", "Which duplicate should be kept, and what defines a duplicate (email? phone?)?"),
    (OP, "drain node worker-4 before the kernel patch", "drain the node before the kernel patch",
     A, "referent", "drain the node", "Both are on the patch list; which node should I drain, worker-4 or worker-7?"),
    (GE, "find a plumber near me who can come tomorrow morning, under $150 call-out", "find a plumber who can come tomorrow morning, under $150 call-out",
     M, "location", "find a plumber who", "I don't have a home address saved; what address should the plumber come to?"),
    (WR, "rewrite the error message to be friendlier, keep the error code E1043 in it", "rewrite the error message to be friendlier, and drop the code but keep E1043",
     C, "constraint_conflict", "drop the code but keep E1043", "Should the error code E1043 stay in the message or be removed?"),
    (CO, "log at INFO in prod and DEBUG locally", "log at INFO in prod and DEBUG in prod",
     C, "value_conflict", "DEBUG in prod", "Which level should prod use: INFO or DEBUG?"),
    (DA, "compute median session length per platform for April", "compute median session length per platform",
     M, "time_range", "per platform", "The table covers 2021 to today; which period should the medians cover?"),
    (SQ, "grant SELECT on analytics.* to role bi_reader", "grant access on analytics.* to the reporting role",
     A, "referent", "the reporting role", "Which role: bi_reader or reporting_svc? And SELECT only?"),
    (OP, "renew the TLS cert for shop.acme.com via certbot", "renew the TLS cert",
     A, "referent", "renew the TLS cert", "Three certificates expire this month (shop, api and admin); which one should I renew?"),
    (GE, "sign me up for the 6am spin class on Wednesday", "sign me up for the spin class on Wednesday",
     A, "time", "the spin class on Wednesday", "There are 6am, 12pm and 6pm spin classes on Wednesday; which one?"),
    (WR, "write alt text for these 4 product photos, under 125 chars each", "write alt text for these product photos, under 125 chars each, detailed as possible, 300 chars",
     C, "length_conflict", "300 chars", "Should each alt text be under 125 characters or around 300?"),
]:
    P(_d, _g, _b, _t, _s, _sp, _q)

for _d, _t in [
    (CO, "add a README section on how to run the tests locally"),
    (CO, "remove the console.log calls from src/"),
    (CO, "make the CLI print --help when called with no args"),
    (CO, "write a dockerfile for this flask app, python 3.12, gunicorn on port 8000"),
    (CO, "why is my useEffect running twice in dev?"),
    (CO, "refactor the three copy-pasted validators in forms.py into one helper, no behaviour change"),
    (SQ, "what's the difference between LEFT JOIN and INNER JOIN here, with my two tables in mind?"),
    (SQ, "list tables in the public schema bigger than 1GB"),
    (SQ, "convert this MySQL DATE_FORMAT(created_at, '%Y-%m') to postgres"),
    (DA, "make a histogram of order_value with 30 bins, log x-axis"),
    (DA, "show the correlation matrix for the numeric columns in df"),
    (DA, "sample 1,000 rows from events.parquet with seed 7 and save as sample.csv"),
    (OP, "check if port 5432 is reachable from app-2 to db-1"),
    (OP, "list pods in the payments namespace that restarted in the last hour"),
    (OP, "add a 10GB swap file on build-agent-2 and make it persistent"),
    (GE, "what's 18% tip on $64.50?"),
    (GE, "remind me every monday at 9 to submit my timesheet"),
    (GE, "find the cheapest nonstop from JFK to LAX next Friday morning, carry-on only"),
    (GE, "unsubscribe me from the newsletters I haven't opened in 6 months"),
    (GE, "add milk, eggs and spinach to the grocery list"),
    (WR, "give me 5 subject line ideas for the spring sale email, 20% off everything"),
    (WR, "make this sound less passive-aggressive: 'As per my last email, the file is attached.'"),
    (WR, "write a haiku about debugging"),
    (WR, "turn this bullet list into one flowing paragraph, same facts", ),
    (CO, "whatever you think is cleanest, just make the function under 30 lines and keep tests green"),
    (DA, "do whatever imputation makes sense for the 3 missing ages, just note what you did"),
    (GE, "any nice italian place near the office is fine for lunch tomorrow for me and Tom, 12:30, book it"),
    (OP, "clean up the stale feature branches older than 90 days, merged ones only, keep main and release/*"),
]:
    OK(_d, _t)

for _d, _t, _ty, _s, _sp, _q in [
    (CO, "add the endpoint the mobile team asked for", M, "spec", "the endpoint the mobile team asked for", "Which endpoint did the mobile team ask for, and what should it return?"),
    (CO, "make the tests pass without changing the tests or the code", C, "constraint_conflict", "without changing the tests or the code", "The tests fail against the current code; which am I allowed to change?"),
    (SQ, "pull the numbers for the board", M, "spec", "the numbers for the board", "Which metrics and which period should the board numbers cover?"),
    (SQ, "delete the test users", A, "definition", "the test users", "How do I identify test users: emails ending in @example.com, is_test = true, or both?"),
    (DA, "retrain the model on the new data", A, "referent", "the new data", "Which dataset is 'the new data': the May export or the relabeled set?"),
    (DA, "make the chart match the brand", M, "spec", "match the brand", "What are the brand colors and fonts, or where is the brand guide?"),
    (OP, "upgrade everything", A, "scope", "upgrade everything", "Which systems: OS packages, Kubernetes, app dependencies? And in which environments?"),
    (OP, "turn off the alerts while we migrate, but keep paging on-call for anything", C, "goal_conflict", "but keep paging on-call for anything", "Should alerts be silenced during the migration or keep paging on-call?"),
    (GE, "book a table for 6 tonight at 8, somewhere quiet, and also for 4 at the same place at 8", C, "quantity_conflict", "for 4 at the same place", "Is the reservation for 6 or for 4 people?"),
    (GE, "send flowers to my aunt for her birthday", M, "recipient_details", "my aunt", "Which aunt, and what delivery address and date?"),
    (WR, "write the announcement in the voice we used last time", A, "referent", "the voice we used last time", "Which previous announcement should I match?"),
    (WR, "write a 2-page summary, one paragraph max", C, "length_conflict", "one paragraph max", "Should it be two pages or a single paragraph?"),
    (CO, "port the service to the new framework", M, "target", "the new framework", "Which framework are we moving to?"),
    (DA, "remove outliers and keep every row", C, "action_conflict", "and keep every row", "Removing outliers drops rows; should I flag them instead of removing?"),
    (SQ, "join users to orders on id", A, "key", "on id", "users.id = orders.id or users.id = orders.user_id?"),
    (OP, "set up the new hire's laptop like mine", M, "referent", "the new hire's laptop", "Which new hire, and which parts of your setup should be copied?"),
]:
    B(_d, _t, _ty, _s, _sp, _q)

# ---------------------------------------------------------------------------
# Product / project management and research, mixed styles
# ---------------------------------------------------------------------------

for _d, _g, _b, _t, _s, _sp, _q in [
    (WR, "write the PRD intro for the bulk-edit feature, audience is eng + design, 1 page", "write the PRD intro for the feature, audience is eng + design, 1 page",
     A, "referent", "for the feature", "Which feature is the PRD for: bulk edit or saved filters?"),
    (GE, "move the sprint review to Thursday 2pm and tell the team", "move the sprint review to Thursday 2pm and tell the team, keep it on Wednesday",
     C, "date_conflict", "keep it on Wednesday", "Should the sprint review move to Thursday or stay on Wednesday?"),
    (WR, "draft release notes for v4.2 from the merged PRs, user-facing changes only", "draft release notes from the merged PRs, user-facing changes only",
     M, "version", "from the merged PRs", "For which release? Merged since which tag?"),
    (GE, "create Jira tickets for each action item, assign to whoever is named, due end of sprint", "create Jira tickets for each action item, due end of sprint, in the project",
     A, "referent", "in the project", "Which Jira project: WEB or PLAT?"),
    (WR, "find 5 peer-reviewed papers on spaced repetition in adult learners, 2010+", "find 5 peer-reviewed papers on spaced repetition, 2010+, only from before 2005",
     C, "date_conflict", "only from before 2005", "Do you want papers from 2010 onward or from before 2005?"),
    (DA, "compare conversion rates for variants A and B from the checkout test, two-sided z-test", "compare conversion rates for the variants from the test, two-sided z-test",
     A, "referent", "from the test", "Which experiment: the checkout test or the pricing-page test?"),
    (WR, "prioritise this backlog by RICE and give me the top 5", "prioritise this backlog and give me the top 5 by RICE, reach doesn't matter",
     C, "method_conflict", "reach doesn't matter", "RICE includes Reach; should I drop it (ICE) or keep full RICE?"),
    (GE, "set up a weekly 30-min sync with design every Tuesday 11am starting next week", "set up a weekly sync with design starting next week",
     M, "time", "a weekly sync with design", "Which day and time, and how long should the weekly sync be?"),
    (WR, "write a one-paragraph status update: launch on track for May 20, QA done, docs pending", "write a one-paragraph status update: launch on track for May 20, slipped to June, QA done",
     C, "value_conflict", "slipped to June", "Is the launch on track for May 20 or slipped to June?"),
    (DA, "estimate the sample size for detecting a 2pp lift from 10% baseline, 80% power, alpha 0.05", "estimate the sample size for detecting a lift from 10% baseline, 80% power, alpha 0.05",
     M, "parameter", "detecting a lift", "What minimum lift do you want to detect (absolute or relative)?"),
    (CO, "hey so the export button, when you click it nothing happens in firefox 125 (chrome fine), console says 'showSaveFilePicker is not defined', add a download-link fallback",
     "hey so the export button, when you click it nothing happens in firefox 125 (chrome fine), console says 'showSaveFilePicker is not defined', just make it do the thing",
     M, "fix_direction", "just make it do the thing", "Should I add a download-link fallback for Firefox, or hide the button there?"),
    (OP, "Incident follow-up: add a runbook link to the HighLatency alert annotations, link is wiki/runbooks/high-latency",
     "Incident follow-up: add a runbook link to the HighLatency alert annotations, link is somewhere on the wiki",
     M, "value", "somewhere on the wiki", "What's the runbook URL for HighLatency?"),
    (SQ, "write a query: customers who ordered in both 2022 and 2023", "write a query: customers who ordered in 2022 or 2023 but in both",
     C, "logic_conflict", "in 2022 or 2023 but in both", "Do you want customers who ordered in either year, or in both years?"),
    (GE, "Reply to the landlord: yes, Saturday 10am works for the inspection.", "Reply to the landlord: yes, that time works for the inspection.",
     A, "referent", "that time", "The landlord offered Saturday 10am and Monday 5pm; which one works?"),
    (CO, "bro the signup form lets ppl submit w/o a password, make password required min 8 chars", "bro the signup form lets ppl submit w/o a password, make it required but optional for sso ppl and everyone",
     C, "logic_conflict", "optional for sso ppl and everyone", "Should the password be required for everyone, or optional for SSO users only?"),
    (DA, "aggregate the clickstream to daily counts per page, UTC days", "aggregate the clickstream to daily counts per page, UTC days, in local time",
     C, "timezone_conflict", "UTC days, in local time", "Should days be cut in UTC or in local time (and which timezone)?"),
    (WR, "edit my essay to 1,500 words, Chicago style citations", "edit my essay to the limit, Chicago style citations",
     M, "value", "to the limit", "What's the word limit for the essay?"),
    (OP, "snapshot the prod-db volume, tag it pre-upgrade-2024-06", "snapshot the db volume, tag it pre-upgrade",
     A, "referent", "the db volume", "Which volume: prod-db or replica-db?"),
    (GE, "book a car from the Lisbon airport June 5-9, automatic, compact", "book a car from the Lisbon airport June 5-9, automatic, compact, manual is fine only",
     C, "value_conflict", "manual is fine only", "Automatic or manual transmission?"),
    (CO, "write a migration adding a nullable `archived_at` timestamp to projects", "write a migration adding `archived_at` to projects, not null, no default, table has 2M rows",
     M, "backfill", "not null, no default", "Adding a NOT NULL column without a default fails on existing rows; what should existing projects get?"),
]:
    P(_d, _g, _b, _t, _s, _sp, _q)

for _d, _t in [
    (WR, "write a 3-sentence summary of the attached meeting notes for people who missed it"),
    (GE, "create a recurring task: water the plants every 3 days"),
    (DA, "what's the 95th percentile of latency_ms in requests.csv?"),
    (CO, "add CORS for https://app.acme.com on the public API, GET and POST only"),
    (OP, "show me the last 50 lines of the payments worker logs in prod"),
    (SQ, "count distinct users per day in events for the last 7 days, UTC"),
    (WR, "outline a 10-minute talk on why we moved to monorepo, for the all-hands"),
    (GE, "convert 250 USD to EUR at today's rate"),
    (CO, "pin all deps in requirements.txt to the versions currently installed"),
    (DA, "drop the columns that are more than 90% null and tell me which ones went"),
    (WR, "so like the intro is kinda long?? cut it to 2 sentences, rest is fine"),
    (OP, "Long story short, the staging cert expired, renew it with the same certbot setup as prod, domain staging.acme.io. Thanks!"),
    (GE, "I kinda want to go somewhere warm in Feb, just give me 3 ideas from NYC under 5h flight"),
    (CO, "Just use your judgment on naming, but split utils.py into io_utils.py and str_utils.py by what each function does"),
]:
    OK(_d, _t)

for _d, _t, _ty, _s, _sp, _q in [
    (WR, "update the roadmap slide with the new dates", M, "value", "the new dates", "What are the new dates for each roadmap item?"),
    (GE, "schedule the interview with the candidate", A, "referent", "the candidate", "There are three candidates in the final round; which one is the interview with?"),
    (DA, "re-run the analysis with the corrected numbers", M, "referent", "the corrected numbers", "Where are the corrected numbers?"),
    (CO, "make the API backwards compatible and remove the v1 fields", C, "goal_conflict", "remove the v1 fields", "Removing the v1 fields breaks old clients; keep them deprecated or remove?"),
    (OP, "give the contractor prod db access but no access to customer data", C, "constraint_conflict", "no access to customer data", "The prod db is mostly customer data; should I give a read replica with masked tables instead?"),
    (GE, "plan the trip, same as last year but cheaper and better", M, "spec", "same as last year but cheaper and better", "Where did you go last year, and what would make it better?"),
    (WR, "write it like the other guy's post", A, "referent", "the other guy's post", "Whose post do you mean, so I can match its style?"),
    (SQ, "fix the report, the totals are off", M, "bug_description", "the totals are off", "Which totals are off, and what values did you expect?"),
    (CO, "hotfix prod and dont deploy anything until monday", C, "action_conflict", "dont deploy anything until monday", "A hotfix needs a deploy; should I deploy it now or wait until Monday?"),
    (DA, "use the good version of the dataset", A, "referent", "the good version", "Which version is the good one: v3 (cleaned) or v4 (relabeled)?"),
    (OP, "bump the instance size, not too expensive", M, "value", "not too expensive", "Which instance type, or what's the budget ceiling?"),
    (GE, "call the restaurant and change our reservation", M, "change_details", "change our reservation", "What should change: the time, date, or party size?"),
    (WR, "hey can u write the launch tweet, under 280 chars, and include the full changelog", C, "length_conflict", "include the full changelog", "The changelog won't fit in 280 characters; link it instead?"),
    (CO, "copy the logic from the old branch", A, "referent", "the old branch", "Which branch: feature/checkout-v1 or legacy/payments?"),
]:
    B(_d, _t, _ty, _s, _sp, _q)

# ---------------------------------------------------------------------------
# Extra short pairs (mostly ambiguity)
# ---------------------------------------------------------------------------

for _d, _g, _b, _t, _s, _sp, _q in [
    (CO, "fix the typo in the footer of index.html: 'Copyrigth' -> 'Copyright'", "fix the typo in the footer",
     A, "referent", "fix the typo in the footer", "The footer has two typos ('Copyrigth' and 'Privcy'); fix both or just one?"),
    (SQ, "archive closed tickets older than 1 year into tickets_archive", "archive the old tickets into tickets_archive",
     M, "threshold", "the old tickets", "How old does a ticket have to be to get archived, and only closed ones?"),
    (OP, "add the new intern (lee.k@acme.com) to the eng-readonly GitHub team", "add the new intern to the GitHub team",
     A, "referent", "the GitHub team", "Which GitHub team: eng-readonly, eng-core or interns-2024?"),
    (GE, "text Maria happy birthday from me at 9am tomorrow", "text Maria happy birthday from me tomorrow at 9am, her bday was last week",
     C, "date_conflict", "her bday was last week", "Her birthday was last week; do you still want to send it tomorrow as a belated wish?"),
    (WR, "rewrite the onboarding email in a warmer tone, same length", "rewrite the onboarding email in a warmer tone",
     A, "referent", "the onboarding email", "Which onboarding email: the day-1 welcome or the day-7 check-in?"),
    (DA, "bin customers into deciles by lifetime spend", "bin customers into deciles by spend",
     A, "metric_definition", "by spend", "Lifetime spend or spend in the last 12 months?"),
    (CO, "set the request timeout to 10s for the payments client", "set the request timeout for the payments client",
     M, "value", "set the request timeout", "What timeout value do you want for the payments client?"),
    (GE, "book the 7:10 train to Boston on Friday, aisle, quiet car", "book the train to Boston on Friday, aisle, quiet car",
     M, "time", "the train to Boston on Friday", "Which departure time on Friday?"),
    (WR, "make slide 4 match the template fonts (Inter, 24pt headings)", "make the slides match the template, keep the current fonts",
     C, "constraint_conflict", "keep the current fonts", "The template uses different fonts; should I switch to them or keep the current ones?"),
    (OP, "increase the log retention for the audit index to 365 days", "increase the log retention to 365 days",
     A, "scope", "increase the log retention", "It's a big cost difference; should the 365-day retention apply to all indexes or just audit?"),
    (SQ, "sum refunds by month for 2024, refunds table, amount_cents / 100", "sum refunds by month for 2024, refunds table, in dollars and cents both",
     A, "format", "in dollars and cents both", "Two columns (dollars and cents), or one dollar amount with cents precision?"),
    (DA, "resample the sensor data to 5-minute means", "resample the sensor data to 5-minute means, keep the raw 1s resolution",
     C, "granularity_conflict", "keep the raw 1s resolution", "Should the output be 5-minute means or the raw 1-second data?"),
]:
    P(_d, _g, _b, _t, _s, _sp, _q)


def main() -> None:
    rows = [{"id": f"hws-{i:06d}", **r} for i, r in enumerate(_ROWS)]
    dup = [t for t, c in collections.Counter(
        (r["text"], r["context"]) for r in rows).items() if c > 1]
    if dup:
        raise SystemExit(f"duplicate items: {dup[:3]}")
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    labels = [r["label"] for r in rows]
    pos = [r for r in rows if r["label"] == 1]
    groups = collections.Counter(r["group"] for r in rows)
    paired = sum(1 for r in rows if groups[r["group"]] > 1)
    print(f"wrote {len(rows)} rows to {OUT}")
    print(f"label 1: {len(pos)} ({len(pos) / len(rows):.1%}); "
          f"in pairs: {paired} ({paired / len(rows):.1%})")
    print("domain:", dict(collections.Counter(r["domain"] for r in rows)))
    print("type:", {t: f"{c} ({c / len(pos):.1%})" for t, c in
                    collections.Counter(r["type"] for r in pos).items()})
    print("span_in:", dict(collections.Counter(r["span_in"] for r in pos)))
    print(f"length-only AUROC (text): "
          f"{_auroc([len(r['text']) for r in rows], labels):.3f}")
    print("length-only AUROC (text+context): "
          f"{_auroc([len(r['text']) + len(r['context'] or '') for r in rows], labels):.3f}")


if __name__ == "__main__":
    main()
