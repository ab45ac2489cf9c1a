"""Hand-written probe training data, part "agentobs": requests read together with agent observations.

Each item is a request an AI agent might receive plus the "context" it has seen so far:
a file listing (ls, find, git branch, git log), grep output, an API JSON response, a
calendar lookup, an email or contacts search, a database schema or SELECT DISTINCT
result, sample rows, web search snippets, shell / kubectl / terraform output, an error
log or stack trace, a ticket list, a spreadsheet header or a CRM record.

Most groups are ``context_pair`` items: the same request once with an observation that
settles it (label 0: one candidate, values agree) and once with an observation that
reveals a blocker (label 1: two candidates for the task's reference, a value that
conflicts with the task, or the thing the task assumes is absent).  Both observations
are realistic tool output with irrelevant lines, and the longer one is the label-0 one
in about half the groups.  A smaller block uses ``pair`` (the request text itself
differs) and a few stand-alone ``ok`` / ``blocked`` items close the file.

Every item below was written out by hand, one literal call each; nothing is generated
from templates or word lists.  Deterministic, stdlib only.

Usage (from the repository root):
    .venv/bin/python training/corpus/build_handwritten_agentobs.py
    .venv/bin/python -m training.corpus.check_corpus training/corpus/handwritten_agentobs.jsonl
"""

from __future__ import annotations

from pathlib import Path

from training.corpus._writer import Corpus

c = Corpus("hwo", Path(__file__).with_name("handwritten_agentobs.jsonl"))
cp = c.context_pair
pr = c.pair

# ===========================================================================
# coding: repositories, builds, tests, dependency files
# ===========================================================================
cp("coding", "Rename parse_date to parse_iso_date and update every caller.",
   "$ grep -rn 'def parse_date' --include='*.py' .\n./src/acme/utils/dates.py:31:def parse_date(value: str) -> date:\n$ grep -rn 'parse_date(' --include='*.py' . | wc -l\n7\n$ git status -s\n?? notes/todo.md",
   "$ grep -rn 'def parse_date' --include='*.py' .\n./src/acme/utils/dates.py:31:def parse_date(value: str) -> date:\n./src/acme/legacy/dates.py:12:def parse_date(value, fmt='%d/%m/%Y'):\n$ grep -rn 'parse_date(' --include='*.py' . | wc -l\n11",
   "ambiguous", "referent", "./src/acme/legacy/dates.py:12:def parse_date(value, fmt='%d/%m/%Y'):",
   "There are two parse_date functions; should I rename the one in src/acme/utils/dates.py, the one in src/acme/legacy/dates.py, or both?",
   options=["src/acme/utils/dates.py", "src/acme/legacy/dates.py", "both"])
cp("coding", "Fix the failing test in tests/test_invoice.py and push the fix.",
   "$ pytest tests/test_invoice.py -q\n.........F.....\nFAILED tests/test_invoice.py::test_total_rounding - assert Decimal('10.01') == Decimal('10.00')\n1 failed, 14 passed in 0.82s",
   "$ pytest tests/test_invoice.py -q\n..F......F..F..\nFAILED tests/test_invoice.py::test_total_rounding - assert Decimal('10.01') == Decimal('10.00')\nFAILED tests/test_invoice.py::test_discount_applied - KeyError: 'promo'\nFAILED tests/test_invoice.py::test_currency_code - AssertionError: 'EUR' != 'USD'\n3 failed, 12 passed in 0.91s",
   "ambiguous", "referent", "3 failed, 12 passed in 0.91s",
   "Three tests fail in test_invoice.py (test_total_rounding, test_discount_applied, test_currency_code); which one do you mean, or should I fix all three?",
   options=["test_total_rounding", "test_discount_applied", "test_currency_code", "all three"])
cp("coding", "Merge the feature branch into main and delete it afterwards.",
   "$ git branch -a\n* main\n  feature/export-csv\n  remotes/origin/HEAD -> origin/main\n  remotes/origin/main\n  remotes/origin/feature/export-csv\n  remotes/origin/dependabot/npm_and_yarn/axios-1.7.2",
   "$ git branch -a\n* main\n  feature/export-csv\n  feature/sso-login\n  remotes/origin/main\n  remotes/origin/feature/export-csv\n  remotes/origin/feature/sso-login",
   "ambiguous", "branch", "feature/sso-login",
   "There are two feature branches, feature/export-csv and feature/sso-login; which one should I merge and delete?",
   options=["feature/export-csv", "feature/sso-login"])
cp("coding", "Revert the commit that changed the logging format.",
   "$ git log --oneline -8\n4e1f0aa Bump pydantic to 2.7.1\n91c2d3e Switch logging format to JSON\n7b0a9c4 Add healthcheck endpoint\n2d8e771 Fix flaky test_retry_backoff\n0aa31f9 Update README badges\nc55b2e0 Add Makefile target for docs\n8812fe1 Refactor settings loading\n3f09e2d Initial CI workflow",
   "$ git log --oneline -6\n4e1f0aa Bump pydantic to 2.7.1\n91c2d3e Switch logging format to JSON\n7b0a9c4 Add healthcheck endpoint\nd3a4410 Change log format to include request_id prefix\n0aa31f9 Update README badges\nc55b2e0 Add Makefile target for docs",
   "ambiguous", "commit", "d3a4410 Change log format to include request_id prefix",
   "Two commits changed the log format, 91c2d3e (switch to JSON) and d3a4410 (request_id prefix); which one should I revert?",
   options=["91c2d3e", "d3a4410"])
cp("coding", "Upgrade requests to 2.32 in requirements.txt.",
   "$ cat requirements.txt\nflask==3.0.3\nrequests==2.28.1\nsqlalchemy==2.0.30\n$ cat constraints.txt\nurllib3<3\nidna>=3.7  # CVE-2024-3651",
   "$ cat requirements.txt\nflask==3.0.3\nrequests==2.28.1\nsqlalchemy==2.0.30\n$ cat constraints.txt\nurllib3<3\nrequests<2.30  # vendor SDK (paygate 4.x) breaks on 2.30+, see INC-2211\nidna>=3.7  # CVE-2024-3651",
   "contradictory", "constraint_conflict", "requests<2.30  # vendor SDK (paygate 4.x) breaks on 2.30+, see INC-2211",
   "constraints.txt caps requests below 2.30 because the paygate SDK breaks on newer versions; should I lift that cap too, or keep requests below 2.30?",
   options=["lift the cap and upgrade", "keep requests below 2.30"])
cp("coding", "Add STRIPE_WEBHOOK_SECRET as an ENV placeholder in the Dockerfile.",
   "$ find . -name 'Dockerfile*' -not -path './node_modules/*'\n./Dockerfile\n$ head -5 Dockerfile\nFROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nENV APP_ENV=production",
   "$ find . -name 'Dockerfile*' -not -path './node_modules/*'\n./services/api/Dockerfile\n./services/worker/Dockerfile\n./Dockerfile.dev",
   "ambiguous", "referent", "./services/worker/Dockerfile",
   "There are Dockerfiles for services/api, services/worker and a Dockerfile.dev; which one should get STRIPE_WEBHOOK_SECRET?",
   options=["services/api/Dockerfile", "services/worker/Dockerfile", "Dockerfile.dev"])
cp("coding", "Bump the package version to 2.4.0 in pyproject.toml.",
   "$ grep -n version pyproject.toml\n3:version = \"2.3.1\"\n$ git tag --sort=-v:refname | head -3\nv2.3.1\nv2.3.0\nv2.2.4",
   "$ grep -n version pyproject.toml\n3:version = \"2.5.0rc1\"\n$ git tag --sort=-v:refname | head -3\nv2.5.0rc1\nv2.4.2\nv2.4.1",
   "contradictory", "version", "version = \"2.5.0rc1\"",
   "pyproject.toml is already at 2.5.0rc1 and v2.4.x tags exist; do you really want to set it back to 2.4.0, or did you mean another version?",
   options=["set 2.4.0 anyway", "a different version"])
cp("coding", "Delete the unused function format_money from helpers.py.",
   "$ grep -rn 'format_money' --include='*.py' --include='*.html' .\n./app/helpers.py:88:def format_money(amount, currency='USD'):\n$ git log -1 --format='%h %s' -- app/helpers.py\n7a1c0de Move currency helpers into money.py",
   "$ grep -rn 'format_money' --include='*.py' --include='*.html' .\n./app/helpers.py:88:def format_money(amount, currency='USD'):\n./app/__init__.py:41:    app.jinja_env.filters['money'] = format_money\n./templates/receipt.html:17:  <td>{{ line.total|money }}</td>",
   "contradictory", "still_used", "app.jinja_env.filters['money'] = format_money",
   "format_money is still registered as the Jinja 'money' filter used by receipt.html; should I delete it anyway and replace that filter, or leave it?",
   options=["delete and replace the filter", "leave it"])
cp("coding", "Set the database pool size to 20 in config/settings.yaml.",
   "$ cat config/settings.yaml\napp:\n  name: ledger\n  debug: false\ndb:\n  url: $DATABASE_URL\n  pool_size: 10\n  pool_timeout: 30\ncache:\n  backend: redis\n  ttl: 600",
   "$ cat config/settings.yaml\nprimary_db:\n  url: $DATABASE_URL\n  pool_size: 10\nanalytics_db:\n  url: $ANALYTICS_URL\n  pool_size: 5",
   "ambiguous", "config_key", "analytics_db:",
   "settings.yaml has two pools, primary_db and analytics_db; which one should go to 20?",
   options=["primary_db", "analytics_db", "both"])
cp("coding", "Wrap the payments API call in checkout.py with the retry decorator.",
   "$ grep -n 'payments_client\\.' app/checkout.py\n88:        intent = payments_client.create_intent(order.total, order.currency)\n$ grep -rn 'def with_retry' app/\napp/net/retry.py:9:def with_retry(attempts=3, backoff=0.5):",
   "$ grep -n 'payments_client\\.' app/checkout.py\n88:        intent = payments_client.create_intent(order.total, order.currency)\n131:        payments_client.capture(intent.id)\n164:        payments_client.refund(intent.id, amount)",
   "ambiguous", "referent", "164:        payments_client.refund(intent.id, amount)",
   "checkout.py calls the payments API three times (create_intent, capture, refund); which call should get the retry, given capture and refund are not obviously safe to repeat?",
   options=["create_intent", "capture", "refund", "all three"])
cp("coding", "Run the migration that adds the status column.",
   "$ ls migrations/versions/ | tail -4\n0039_add_index_orders_created.py\n0040_drop_legacy_sessions.py\n0041_rename_sku_column.py\n0042_add_status_to_orders.py\n$ alembic current\n0041_rename_sku_column (head is 0042)",
   "$ ls migrations/versions/ | tail -3\n0042_add_status_to_orders.py\n0043_add_status_to_shipments.py\n0044_backfill_shipment_status.py\n$ alembic current\n0041_rename_sku_column",
   "ambiguous", "referent", "0043_add_status_to_shipments.py",
   "Two pending migrations add a status column, 0042 (orders) and 0043 (shipments, followed by a 0044 backfill); should I run only 0042 or upgrade to head?",
   options=["only 0042", "upgrade to head (0044)"])
cp("coding", "Deploy the hotfix branch to staging.",
   "$ git branch -r\n  origin/HEAD -> origin/main\n  origin/main\n  origin/release/3.2\n  origin/hotfix/3.2.1-null-cart\n  origin/feature/gift-cards",
   "$ git fetch --prune && git branch -r\n  origin/HEAD -> origin/main\n  origin/main\n  origin/release/3.2\n  origin/feature/gift-cards\n  origin/feature/wishlist-v2\n  origin/chore/bump-node-20\n  origin/spike/graphql-gateway",
   "missing", "missing_target", "origin/release/3.2",
   "There's no hotfix branch on the remote; which branch has the hotfix (release/3.2, or one that hasn't been pushed yet)?",
   options=["release/3.2", "an unpushed branch"])
cp("coding", "Port the tests in tests/test_auth.py from unittest to pytest.",
   "$ ls tests/\n__init__.py  conftest.py  test_auth.py  test_billing.py  test_search.py\n$ head -6 tests/test_auth.py\nimport unittest\nfrom app.auth import login\n\nclass LoginTests(unittest.TestCase):\n    def setUp(self):",
   "$ ls tests/\n__init__.py  conftest.py  test_login.py  test_tokens.py  test_billing.py\n$ grep -l 'unittest.TestCase' tests/*.py\ntests/test_login.py\ntests/test_tokens.py",
   "missing", "missing_target", "test_login.py  test_tokens.py",
   "There's no tests/test_auth.py; did you mean test_login.py, test_tokens.py, or both?",
   options=["test_login.py", "test_tokens.py", "both"])
cp("coding", "Change the nightly cleanup cron to 2am UTC, same as the other jobs.",
   "$ crontab -l\n# m h dom mon dow command\n0 2 * * * /opt/jobs/backup.sh\n15 2 * * * /opt/jobs/rotate_logs.sh\n30 4 * * * /opt/jobs/cleanup.sh\n$ date +%Z\nUTC",
   "$ crontab -l\n0 3 * * * /opt/jobs/backup.sh\n15 3 * * * /opt/jobs/rotate_logs.sh\n30 4 * * * /opt/jobs/cleanup.sh\n$ date +%Z\nUTC",
   "contradictory", "schedule_conflict", "0 3 * * * /opt/jobs/backup.sh",
   "The other jobs run at 03:00 UTC, not 2am; should cleanup run at 02:00 as you said or at 03:00 to match them?",
   options=["02:00 UTC", "03:00 UTC"])
cp("coding", "Point the Node version in .nvmrc at the one CI uses.",
   "$ cat .nvmrc\n18\n$ grep -n -A2 'setup-node' .github/workflows/ci.yml\n21:      - uses: actions/setup-node@v4\n22-        with:\n23-          node-version: 20.11.1",
   "$ cat .nvmrc\n18\n$ grep -n -B1 -A3 'node-version' .github/workflows/ci.yml\n14-    strategy:\n15:      matrix: { node-version: [18.x, 20.x, 22.x] }\n22-      - uses: actions/setup-node@v4\n23-        with:\n24:          node-version: ${{ matrix.node-version }}",
   "ambiguous", "version", "matrix: { node-version: [18.x, 20.x, 22.x] }",
   "CI tests on a matrix of Node 18, 20 and 22; which one should .nvmrc pin?",
   options=["18", "20", "22"])
cp("coding", "Regenerate the lockfile after the dependency bump.",
   "$ ls -1\nREADME.md\npackage.json\npackage-lock.json\nsrc\ntsconfig.json\n$ jq .packageManager package.json\nnull",
   "$ ls -1\nREADME.md\npackage.json\npackage-lock.json\nyarn.lock\nsrc\n$ git log -1 --format=%cr -- package-lock.json yarn.lock\n2 weeks ago (package-lock.json), 3 days ago (yarn.lock)",
   "ambiguous", "tool_choice", "yarn.lock",
   "The repo has both package-lock.json and yarn.lock; should I regenerate with npm, with yarn, or both?",
   options=["npm (package-lock.json)", "yarn (yarn.lock)", "both"])
cp("coding", "Fix the NullPointerException in OrderService from today's crash log.",
   "$ grep -A3 'NullPointerException' logs/app-2024-06-12.log | head\n2024-06-12 09:14:02 ERROR java.lang.NullPointerException: Cannot invoke \"Address.getZip()\" because \"order.shipping\" is null\n\tat com.shop.order.OrderService.quote(OrderService.java:214)\n\tat com.shop.api.CheckoutController.post(CheckoutController.java:77)\n(same trace x41)",
   "$ grep -A2 'NullPointerException' logs/app-2024-06-12.log | head\n09:14:02 ERROR java.lang.NullPointerException: \"order.shipping\" is null\n\tat com.shop.order.OrderService.quote(OrderService.java:214)\n11:40:57 ERROR java.lang.NullPointerException: \"coupon.rules\" is null\n\tat com.shop.order.OrderService.applyCoupon(OrderService.java:377)",
   "ambiguous", "referent", "at com.shop.order.OrderService.applyCoupon(OrderService.java:377)",
   "Today's log has two different NPEs in OrderService (quote at line 214 and applyCoupon at line 377); which one should I fix, or both?",
   options=["quote (line 214)", "applyCoupon (line 377)", "both"])
cp("coding", "Remove the new_checkout feature flag now that it's rolled out to everyone.",
   "$ jq '.flags.new_checkout' flags/production.json\n{\n  \"enabled\": true,\n  \"rollout_percent\": 100,\n  \"owner\": \"payments-team\",\n  \"created\": \"2024-02-03\"\n}",
   "$ jq '.flags.new_checkout' flags/production.json\n{\n  \"enabled\": true,\n  \"rollout_percent\": 25,\n  \"owner\": \"payments-team\"\n}",
   "contradictory", "value_conflict", "\"rollout_percent\": 25",
   "new_checkout is only at 25% rollout in production; should I still remove the flag (turning it on for everyone), or wait?",
   options=["remove it now", "wait for 100%"])
cp("coding", "Add type hints to the public functions in billing/invoice.py.",
   "$ ls billing/\n__init__.py  invoice.py  tax.py  currency.py\n$ grep -c '^def ' billing/invoice.py\n6",
   "$ ls billing/\n__init__.py  invoices.py  invoice_pdf.py  tax.py  currency.py  README.md\n$ grep -c '^def ' billing/invoices.py billing/invoice_pdf.py\nbilling/invoices.py:9\nbilling/invoice_pdf.py:4",
   "ambiguous", "referent", "invoices.py  invoice_pdf.py",
   "There's no billing/invoice.py; do you mean invoices.py, invoice_pdf.py, or both?",
   options=["invoices.py", "invoice_pdf.py", "both"])
cp("coding", "Rebase my branch onto the latest main.",
   "$ git status\nOn branch feature/rate-limit\nYour branch is up to date with 'origin/feature/rate-limit'.\nnothing to commit, working tree clean\n$ git log --oneline main..HEAD | wc -l\n4",
   "$ git status\nHEAD detached at 4f2a9c1\nnothing to commit, working tree clean\n$ git branch --author-filter=me 2>/dev/null || git branch\n  feature/rate-limit\n  fix/token-refresh\n  main",
   "missing", "branch", "HEAD detached at 4f2a9c1",
   "HEAD is detached, so I can't tell which branch is yours; should I rebase feature/rate-limit or fix/token-refresh?",
   options=["feature/rate-limit", "fix/token-refresh"])
cp("coding", "Set the log level to DEBUG for the auth module.",
   "$ cat logging.yaml\nversion: 1\nroot:\n  level: INFO\n  handlers: [console]\nloggers:\n  app.auth:\n    level: INFO\n  app.billing:\n    level: WARNING\n  sqlalchemy.engine:\n    level: WARNING",
   "$ cat logging.yaml\nloggers:\n  app.auth:\n    level: INFO\n  legacy.auth:\n    level: WARNING\n  app.billing:\n    level: WARNING",
   "ambiguous", "referent", "legacy.auth:",
   "There are two auth loggers, app.auth and legacy.auth; which should be set to DEBUG?",
   options=["app.auth", "legacy.auth", "both"])
cp("coding", "Replace the deprecated call flagged in the build warnings.",
   "$ npm run build 2>&1 | grep -i deprecat\n(node:4121) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues.\n    at src/lib/hash.js:22:15\nwebpack 5.91.0 compiled with 1 warning in 8213 ms",
   "$ npm run build 2>&1 | grep -i deprecat\n(node:4121) [DEP0005] DeprecationWarning: Buffer() is deprecated\n    at src/lib/hash.js:22:15\n(node:4121) [DEP0106] DeprecationWarning: crypto.createCipher is deprecated\n    at src/lib/token.js:48:9\nwebpack compiled with 2 warnings",
   "ambiguous", "referent", "[DEP0106] DeprecationWarning: crypto.createCipher is deprecated",
   "The build flags two deprecated calls, Buffer() in hash.js and crypto.createCipher in token.js; which one should I replace, or both?",
   options=["Buffer() in hash.js", "createCipher in token.js", "both"])
cp("coding", "Write the unit test for the slugify helper with Jest, like the rest of the repo.",
   "$ jq '.devDependencies | keys' package.json\n[\"@types/jest\", \"eslint\", \"jest\", \"ts-jest\", \"typescript\"]\n$ head -2 src/utils/__tests__/dates.test.ts\nimport { describe, it, expect } from '@jest/globals';\nimport { toIso } from '../dates';",
   "$ jq '.devDependencies | keys' package.json\n[\"eslint\", \"typescript\", \"vitest\"]\n$ head -1 src/utils/__tests__/dates.test.ts\nimport { describe, it, expect } from 'vitest';",
   "contradictory", "tool_choice", "[\"eslint\", \"typescript\", \"vitest\"]",
   "The repo's tests use Vitest, not Jest; should I write this test with Vitest to match, or add Jest?",
   options=["Vitest", "add Jest"])
cp("coding", "Cherry-pick the fix for ticket PAY-412 onto release/2.9.",
   "$ git log --all --oneline --grep='PAY-412'\n8c1d9e2 PAY-412: guard against zero-amount refunds\n$ git branch -r --contains 8c1d9e2\n  origin/main",
   "$ git log --all --oneline --grep='PAY-412'\n$ git log --all --oneline --since='3 weeks ago' --author=ines | head -4\n71aa0b3 Guard zero-amount refunds\n3e90c4d Refund: log gateway errors\nb22f6a1 WIP refunds cleanup\nf0c8d55 Merge branch 'main' into ines/refunds",
   "missing", "missing_target", "$ git log --all --oneline --grep='PAY-412'\n$",
   "No commit mentions PAY-412; which commit is the fix, for example 71aa0b3 'Guard zero-amount refunds'?",
   options=["71aa0b3", "another commit"])
cp("coding", "Restore config/prod.yaml to how it was before yesterday's change.",
   "$ git log --since=yesterday.midnight --format='%h %an %ar %s' -- config/prod.yaml\n5d2e1f0 Marta Lind 19 hours ago Raise worker concurrency to 16",
   "$ git log --since=yesterday.midnight --format='%h %an %ar %s' -- config/prod.yaml\nb7e4a10 Joel Park 14 hours ago Point cache at new redis cluster\n5d2e1f0 Marta Lind 19 hours ago Raise worker concurrency to 16\n19fa3c2 Marta Lind 22 hours ago Enable gzip on responses",
   "ambiguous", "commit", "b7e4a10 Joel Park 14 hours ago Point cache at new redis cluster",
   "config/prod.yaml changed three times yesterday (gzip, worker concurrency, new redis cluster); which change should I undo, or all of them?",
   options=["19fa3c2 gzip", "5d2e1f0 concurrency", "b7e4a10 redis", "all three"])
cp("coding", "Add a database index on the email field of the User model.",
   "$ grep -rn 'class User(' --include=models.py .\n./accounts/models.py:14:class User(AbstractBaseUser):\n$ grep -n 'email' accounts/models.py\n16:    email = models.EmailField(max_length=254)\n17:    email_verified = models.BooleanField(default=False)",
   "$ grep -rn 'class User(' --include=models.py .\n./accounts/models.py:14:class User(AbstractBaseUser):\n./legacy/models.py:30:class User(models.Model):  # still used by the v1 API",
   "ambiguous", "referent", "./legacy/models.py:30:class User(models.Model):  # still used by the v1 API",
   "There are two User models, accounts.User and legacy.User (used by the v1 API); which one needs the email index?",
   options=["accounts.User", "legacy.User", "both"])
cp("coding", "Fix the test that failed on last night's CI run.",
   "$ gh run view 9121884 --log-failed | tail -5\ntest (ubuntu-latest, 3.12)  FAILED tests/test_export.py::test_large_file - TimeoutError\ntest (ubuntu-latest, 3.12)  1 failed, 402 passed in 311s\n##[error]Process completed with exit code 1.",
   "$ gh run list --workflow nightly --limit 1 --json databaseId,conclusion\n[{\"conclusion\":\"failure\",\"databaseId\":9121884}]\n$ gh run view 9121884 --log-failed | grep FAILED\ntest (ubuntu-latest, 3.12)  FAILED tests/test_export.py::test_large_file - TimeoutError\ntest (macos-latest, 3.11)  FAILED tests/test_paths.py::test_home_expansion - AssertionError",
   "ambiguous", "referent", "FAILED tests/test_paths.py::test_home_expansion - AssertionError",
   "Two tests failed last night on different runners, test_large_file (ubuntu) and test_home_expansion (macOS); which one should I fix, or both?",
   options=["test_large_file", "test_home_expansion", "both"])
cp("coding", "Point the frontend at the staging API.",
   "$ cat .env.example\nVITE_API_URL=\nVITE_SENTRY_DSN=\n$ grep -rn 'staging' docs/ infra/ | head -3\ndocs/environments.md:8:| staging | https://api.staging.shopfront.dev | auto-deploy from main |\ninfra/dns.tf:41:  name = \"api.staging\"",
   "$ cat .env\nVITE_API_URL=https://api.shopfront.dev\nVITE_SENTRY_DSN=https://f2c1@o44.ingest.sentry.io/77\n$ grep -rni 'staging' docs/ infra/ .env* | head -3\n(no matches)",
   "missing", "missing_value", "(no matches)",
   "I can't find a staging API URL anywhere in the repo or env files; what is it?")
cp("coding", "Set the HTTP timeout in the gateway client to 90 seconds.",
   "$ grep -n -i timeout src/gateway/client.go config/gateway.yaml\nsrc/gateway/client.go:27:\tTimeout: cfg.Timeout,\nconfig/gateway.yaml:4:timeout_seconds: 30\nconfig/gateway.yaml:5:max_timeout_seconds: 120",
   "$ grep -n -i timeout src/gateway/client.go config/gateway.yaml\nsrc/gateway/client.go:27:\tTimeout: cfg.Timeout,\nconfig/gateway.yaml:4:timeout_seconds: 30\nconfig/gateway.yaml:5:max_timeout_seconds: 60  # the upstream ALB drops idle connections at 60s",
   "contradictory", "limit_conflict", "max_timeout_seconds: 60  # the upstream ALB drops idle connections at 60s",
   "The gateway caps timeouts at 60s because the upstream ALB drops connections at 60s; should I raise that cap (and the ALB setting) or use 60s instead of 90?",
   options=["raise the cap and ALB timeout", "use 60 seconds"])
cp("coding", "Use the shared ESLint config from our design-system package.",
   "$ npm view @northwind/eslint-config name version description\nname = '@northwind/eslint-config'\nversion = '4.1.0'\ndescription = 'Shared ESLint rules for Northwind front-end repos'",
   "$ npm search @northwind/eslint --parseable | cut -f1,2,4\n@northwind/eslint-config\tShared rules (base)\t4.1.0\n@northwind/eslint-config-react\tShared rules for React apps\t2.0.3\n@northwind/eslint-config-next\tShared rules for Next.js apps\t1.2.0",
   "ambiguous", "package", "@northwind/eslint-config-react\tShared rules for React apps\t2.0.3",
   "There are three shared configs (base, -react and -next); which one should this repo use?",
   options=["@northwind/eslint-config", "@northwind/eslint-config-react", "@northwind/eslint-config-next"])
cp("coding", "Make fetch_user async and await it wherever it's called.",
   "$ grep -rn 'fetch_user(' --include='*.py' app/\napp/users/api.py:12:def fetch_user(user_id):\napp/routes/profile.py:30:    user = fetch_user(uid)   # inside async def profile()\napp/routes/admin.py:55:    user = fetch_user(uid)   # inside async def admin_view()",
   "$ grep -rn 'fetch_user(' --include='*.py' app/\napp/users/api.py:12:def fetch_user(user_id):\napp/routes/profile.py:30:    user = fetch_user(uid)   # inside async def profile()\napp/tasks/sync.py:18:    user = fetch_user(uid)   # inside def sync_users_task() (Celery, sync)",
   "missing", "design_choice", "app/tasks/sync.py:18:    user = fetch_user(uid)   # inside def sync_users_task() (Celery, sync)",
   "sync_users_task is a synchronous Celery task and can't await; should I wrap it with asyncio.run, keep a sync version of fetch_user, or convert the task?",
   options=["asyncio.run in the task", "keep a sync fetch_user", "convert the task"])
cp("coding", "Add the license header to the new files in this PR.",
   "$ git diff --name-only --diff-filter=A origin/main\nsrc/export/csv.py\nsrc/export/__init__.py\n$ cat .license-header\n# Copyright (c) Fernhill Labs. Licensed under the Apache License, Version 2.0.",
   "$ git diff --name-only --diff-filter=A origin/main\nsrc/export/csv.py\ntools/gen_fixtures.py\n$ cat .license-header\ncat: .license-header: No such file or directory\n$ head -1 src/core/db.py tools/lint.py\n==> src/core/db.py <==\n# SPDX-License-Identifier: Apache-2.0\n==> tools/lint.py <==\n# SPDX-License-Identifier: MIT",
   "ambiguous", "value_choice", "# SPDX-License-Identifier: MIT",
   "There's no header template and existing files use Apache-2.0 in src/ but MIT in tools/; which license header should the new files get?",
   options=["Apache-2.0", "MIT", "by directory"])
cp("coding", "Drop Python 3.8 from the test matrix.",
   "$ grep -n 'python-version' .github/workflows/test.yml\n18:        python-version: ['3.8', '3.9', '3.10', '3.11', '3.12']\n$ grep requires-python pyproject.toml\nrequires-python = \">=3.9\"",
   "$ grep -n 'python-version' .github/workflows/test.yml\n18:        python-version: ['3.9', '3.10', '3.11', '3.12']\n$ grep requires-python pyproject.toml\nrequires-python = \">=3.8\"",
   "contradictory", "missing_target", "python-version: ['3.9', '3.10', '3.11', '3.12']",
   "3.8 is already gone from the matrix but pyproject still declares >=3.8; should I bump requires-python to >=3.9 instead?",
   options=["bump requires-python to >=3.9", "leave it"])
cp("coding", "Update the API client to the v2 endpoint.",
   "$ grep -n BASE_URL src/client.ts\n3:export const BASE_URL = 'https://api.tallyhq.com/v1';\n$ curl -s https://api.tallyhq.com/v2/health\n{\"status\":\"ok\",\"version\":\"2.6.1\"}",
   "$ grep -n BASE_URL src/client.ts\n3:export const BASE_URL = 'https://api.tallyhq.com/v1';\n$ curl -s https://api.tallyhq.com/v2/health\n{\"status\":\"gone\",\"message\":\"v2 was retired on 2024-03-01; use /v3\"}",
   "contradictory", "version", "v2 was retired on 2024-03-01; use /v3",
   "The v2 API has been retired in favour of v3; should I move the client to v3 instead?",
   options=["v3", "stay on v1"])
cp("coding", "Squash the commits on this branch into one before merging.",
   "$ git log --oneline origin/main..HEAD\n9e1a2b3 address review comments\n4c5d6e7 add tests\n1f2a3b4 add CSV export endpoint\n$ git log --format='%an' origin/main..HEAD | sort -u\nLena Ortiz",
   "$ git log --format='%h %an %s' origin/main..HEAD\n9e1a2b3 Lena Ortiz address review comments\n4c5d6e7 Sam Kwon add tests\n1f2a3b4 Lena Ortiz add CSV export endpoint\n$ gh pr view --json mergeStateStatus,baseRefName\n{\"baseRefName\":\"main\",\"mergeStateStatus\":\"CLEAN\"}",
   "ambiguous", "authorship", "4c5d6e7 Sam Kwon add tests",
   "The branch has a commit by Sam Kwon as well as yours; should the squashed commit be authored by you with a Co-authored-by trailer for Sam, or keep his commit separate?",
   options=["squash with Co-authored-by", "keep Sam's commit separate"])

# ===========================================================================
# sql: schemas, DISTINCT values, sample rows, connection info
# ===========================================================================
cp("sql", "What was total revenue last quarter? Use the orders table.",
   "postgres=> \\d orders\n   Column    |           Type           | Nullable\n-------------+--------------------------+---------\n order_id    | bigint                   | not null\n customer_id | bigint                   | not null\n amount_usd  | numeric(12,2)            | not null\n status      | text                     | not null\n created_at  | timestamp with time zone | not null\nIndexes: \"orders_pkey\" PRIMARY KEY, btree (order_id)",
   "postgres=> \\d orders\n   Column     |     Type      \n--------------+---------------\n order_id     | bigint\n gross_amount | numeric(12,2)\n net_amount   | numeric(12,2)\n tax_amount   | numeric(12,2)\n created_at   | timestamptz",
   "ambiguous", "column_choice", " net_amount   | numeric(12,2)",
   "orders has both gross_amount and net_amount; should revenue be gross (incl. tax) or net?",
   options=["gross_amount", "net_amount"])
cp("sql", "Count the active users as of today.",
   "postgres=> SELECT status, count(*) FROM users GROUP BY 1;\n  status   | count\n-----------+--------\n active    | 48211\n suspended |   903\n deleted   |  7120\n(3 rows)",
   "postgres=> \\d users\n    Column     |    Type\n---------------+-------------\n id            | bigint\n email         | citext\n plan          | text\n created_at    | timestamptz\n last_login_at | timestamptz\n(no status or is_active column)",
   "missing", "definition", "(no status or is_active column)",
   "users has no status column; what counts as active: logged in within the last 30 days, on a paid plan, or something else?",
   options=["logged in within 30 days", "on a paid plan"])
cp("sql", "Delete the test accounts from the customers table.",
   "postgres=> SELECT is_test, count(*) FROM customers GROUP BY 1;\n is_test | count\n---------+-------\n f       | 18342\n t       |    57\n(2 rows)\npostgres=> SELECT count(*) FROM orders o JOIN customers c ON c.id=o.customer_id WHERE c.is_test;\n count\n-------\n     0",
   "postgres=> SELECT email FROM customers WHERE email ~* '(test|qa|demo)' LIMIT 6;\n        email\n---------------------------\n qa+checkout1@ourshop.com\n test.user@gmail.com\n demo@ourshop.com\n contest-winner@hotmail.com\n attestation@lawfirm.co\n(no is_test column on customers)",
   "missing", "criterion", "(no is_test column on customers)",
   "There's no is_test flag and an email pattern also hits real customers (contest-winner@, attestation@); which rule identifies test accounts, e.g. only @ourshop.com addresses?",
   options=["only @ourshop.com addresses", "an explicit list of ids"])
cp("sql", "List each customer with their number of orders.",
   "postgres=> \\d orders\n Column      | Type   | References\n-------------+--------+-----------------------\n id          | bigint |\n customer_id | bigint | customers(id)\n total       | numeric|\n placed_at   | timestamptz|",
   "postgres=> \\d orders\n Column              | Type   | References\n---------------------+--------+-----------------------\n id                  | bigint |\n customer_id         | bigint | customers(id)\n billing_customer_id | bigint | customers(id)\n total               | numeric|\n placed_at           | timestamptz|\n-- note: 9% of orders have customer_id <> billing_customer_id (B2B purchases on behalf)",
   "ambiguous", "join_key", "billing_customer_id | bigint | customers(id)",
   "orders links to customers through both customer_id and billing_customer_id, and they differ for 9% of orders; which one should the counts use?",
   options=["customer_id", "billing_customer_id"])
cp("sql", "Show 2024 sales for the EMEA region.",
   "analytics=> SELECT DISTINCT region FROM sales ORDER BY 1;\n region\n--------\n APAC\n EMEA\n LATAM\n NA\n(4 rows)",
   "analytics=> SELECT DISTINCT region FROM sales ORDER BY 1;\n region\n--------\n APAC\n EU\n LATAM\n MEA\n NA\n UK\n(6 rows)",
   "missing", "value_mapping", " EU\n LATAM\n MEA",
   "There's no EMEA value; regions are EU, UK and MEA separately. Should EMEA be all three combined?",
   options=["EU + UK + MEA", "a subset"])
cp("sql", "Update the price of the Pro plan to 49.",
   "billing=> SELECT id, name, interval, price FROM plans WHERE name ILIKE '%pro%';\n id |  name   | interval | price\n----+---------+----------+-------\n  3 | Pro     | month    | 39.00\n(1 row)",
   "billing=> SELECT id, name, interval, price FROM plans WHERE name ILIKE '%pro%';\n id |  name   | interval | price\n----+---------+----------+--------\n  3 | Pro     | month    |  39.00\n  4 | Pro     | year     | 390.00\n  9 | Pro EDU | month    |  19.00\n(3 rows)",
   "ambiguous", "row_choice", "  4 | Pro     | year     | 390.00",
   "There's a monthly Pro (39) and a yearly Pro (390); is 49 the new monthly price, and should the yearly plan change too?",
   options=["monthly only", "monthly and yearly"])
cp("sql", "Archive orders older than two years by setting their archived flag.",
   "shop=> \\d orders\n    Column    |    Type     | Default\n--------------+-------------+---------\n id           | bigint      |\n placed_at    | timestamptz |\n archived     | boolean     | false\n total        | numeric     |",
   "shop=> \\d orders\n    Column    |    Type     | Default\n--------------+-------------+---------\n id           | bigint      |\n placed_at    | timestamptz |\n total        | numeric     |\nshop=> \\dt *archive*\n public | orders_archive | table | etl",
   "contradictory", "missing_column", "public | orders_archive | table | etl",
   "orders has no archived flag, but there is an orders_archive table; should I move the old rows there instead, or add an archived column?",
   options=["move rows to orders_archive", "add an archived column"])
cp("sql", "Give me the top 10 products by units sold in 2024.",
   "shop=> \\d order_items\n   Column   |  Type\n------------+---------\n order_id   | bigint\n product_id | bigint\n quantity   | integer\n unit_price | numeric\nshop=> SELECT min(placed_at), max(placed_at) FROM orders;\n 2021-04-02 | 2024-06-11",
   "shop=> \\d order_items\n       Column        |  Type\n---------------------+---------\n order_id            | bigint\n product_id          | bigint\n quantity_ordered    | integer\n quantity_shipped    | integer\n quantity_returned   | integer",
   "ambiguous", "column_choice", " quantity_returned   | integer",
   "order_items tracks ordered, shipped and returned quantities; should units sold be ordered, shipped, or shipped minus returned?",
   options=["quantity_ordered", "quantity_shipped", "shipped minus returned"])
cp("sql", "Drop the temp table left over from yesterday's load.",
   "warehouse=> \\dt tmp_*\n           List of relations\n Schema |        Name         | Type  | Owner\n--------+---------------------+-------+-------\n stage  | tmp_load_20240611   | table | etl\n(1 row)",
   "warehouse=> \\dt tmp_*\n Schema |          Name           | Type  | Owner\n--------+-------------------------+-------+-------\n stage  | tmp_load_20240611_a     | table | etl\n stage  | tmp_load_20240611_b     | table | etl\n stage  | tmp_load_20240610       | table | etl",
   "ambiguous", "referent", " stage  | tmp_load_20240611_b     | table | etl",
   "Yesterday's load left two temp tables, tmp_load_20240611_a and _b; should I drop both or only one?",
   options=["both", "tmp_load_20240611_a", "tmp_load_20240611_b"])
cp("sql", "Grant read access on the finance schema to analyst_ro.",
   "warehouse=> \\du analyst*\n    Role name     |  Attributes\n------------------+--------------\n analyst_ro       | Cannot login\n analyst_ro_login | \nwarehouse=> \\dn finance\n finance | fin_owner",
   "warehouse=> \\du analyst*\n      Role name      |  Attributes\n---------------------+--------------\n analyst_readonly    | \n analysts_ro         | Cannot login\nwarehouse=> \\dn finance\n finance | fin_owner",
   "ambiguous", "entity", " analysts_ro         | Cannot login",
   "There's no analyst_ro role; should I grant to analyst_readonly or analysts_ro, or create analyst_ro?",
   options=["analyst_readonly", "analysts_ro", "create analyst_ro"])
cp("sql", "Compute the churn rate for March from the subscriptions table.",
   "billing=> \\d subscriptions\n   Column     |    Type\n--------------+-------------\n id           | bigint\n customer_id  | bigint\n started_at   | timestamptz\n cancelled_at | timestamptz\n plan         | text\n mrr          | numeric",
   "billing=> \\d subscriptions\n   Column     |    Type\n--------------+-------------\n id           | bigint\n started_at   | timestamptz\n cancelled_at | timestamptz\n ended_at     | timestamptz\n-- cancelled_at = when the customer clicked cancel; ended_at = end of the paid period",
   "ambiguous", "column_choice", "-- cancelled_at = when the customer clicked cancel; ended_at = end of the paid period",
   "Should March churn count subscriptions cancelled in March (cancelled_at) or ones whose paid period ended in March (ended_at)?",
   options=["cancelled_at", "ended_at"])
cp("sql", "Convert all order amounts to USD using the fx_rates table.",
   "finance=> SELECT * FROM fx_rates WHERE day = '2024-06-10' LIMIT 4;\n    day     | currency | usd_per_unit\n------------+----------+-------------\n 2024-06-10 | EUR      |      1.0762\n 2024-06-10 | GBP      |      1.2731\n 2024-06-10 | JPY      |      0.0064\n 2024-06-10 | CAD      |      0.7270",
   "finance=> SELECT * FROM fx_rates WHERE day = '2024-06-10' AND currency='EUR';\n    day     | currency |  rate  | source\n------------+----------+--------+----------\n 2024-06-10 | EUR      | 1.0762 | ecb\n 2024-06-10 | EUR      | 1.0500 | budget\n(2 rows)",
   "ambiguous", "value_choice", " 2024-06-10 | EUR      | 1.0500 | budget",
   "fx_rates has two rates per day, ECB market rates and budget rates; which source should the conversion use?",
   options=["ecb", "budget"])
cp("sql", "Backfill signup_source with the default value for users created before tracking launched.",
   "app=> SELECT column_name, column_default, is_nullable FROM information_schema.columns WHERE table_name='users' AND column_name='signup_source';\n  column_name  |  column_default  | is_nullable\n---------------+------------------+------------\n signup_source | 'unknown'::text  | NO",
   "app=> SELECT column_name, column_default, is_nullable FROM information_schema.columns WHERE table_name='users' AND column_name='signup_source';\n  column_name  | column_default | is_nullable\n---------------+----------------+------------\n signup_source |                | YES\napp=> SELECT signup_source, count(*) FROM users GROUP BY 1;\n organic | 10233\n paid    |  8871\n         | 48213",
   "missing", "missing_value", " signup_source |                | YES",
   "signup_source has no default defined; what value should the old users get, e.g. 'unknown' or 'legacy'?",
   options=["unknown", "legacy"])
cp("sql", "What's the average order value by month for the US store?",
   "shop=> SELECT id, name, country FROM stores;\n id |      name      | country\n----+----------------+--------\n  1 | Ourshop US     | US\n  2 | Ourshop Canada | CA\n  3 | Ourshop UK     | GB",
   "shop=> SELECT id, name, country FROM stores WHERE country='US';\n id |       name        | country\n----+-------------------+--------\n  1 | Ourshop US - Web  | US\n  7 | Ourshop US - Retail | US\n(2 rows)",
   "ambiguous", "entity", "  7 | Ourshop US - Retail | US",
   "There are two US stores, Web (id 1) and Retail (id 7); should I report one of them or both combined?",
   options=["US - Web", "US - Retail", "both combined"])
cp("sql", "Rename the column cust_nm to customer_name in dim_customer.",
   "dw=> \\d dim_customer\n    Column     |  Type\n---------------+--------\n customer_key  | bigint\n cust_nm       | text\n country       | text\n segment       | text\n valid_from    | date\n valid_to      | date",
   "dw=> \\d dim_customer\n    Column     |  Type\n---------------+--------\n customer_key  | bigint\n cust_nm       | text\n customer_name | text\ndw=> SELECT count(*) FILTER (WHERE customer_name IS NOT NULL) FROM dim_customer;\n 1204",
   "contradictory", "name_collision", " customer_name | text",
   "dim_customer already has a customer_name column with 1,204 non-null values; should I merge cust_nm into it, drop it first, or pick another name?",
   options=["merge cust_nm into customer_name", "drop the existing column first"])
cp("sql", "How many orders were refunded last month?",
   "shop=> SELECT DISTINCT status FROM orders ORDER BY 1;\n   status\n-----------\n cancelled\n delivered\n pending\n refunded\n shipped\n(5 rows)",
   "shop=> SELECT DISTINCT status FROM orders ORDER BY 1;\n       status\n--------------------\n cancelled\n delivered\n partially_refunded\n refunded\n shipped",
   "ambiguous", "value_choice", " partially_refunded",
   "Should partially_refunded orders count as refunded, or only fully refunded ones?",
   options=["refunded only", "refunded + partially_refunded"])
cp("sql", "Truncate the events table in the dev database.",
   "$ psql service=dev -c '\\conninfo'\nYou are connected to database \"app_dev\" as user \"dev\" on host \"dev-db.internal\" at port \"5432\".\n$ psql service=dev -c 'SELECT count(*) FROM events'\n 1203391",
   "$ psql -c '\\conninfo'\nYou are connected to database \"app_prod\" as user \"svc_app\" on host \"prod-db-1\" at port \"5432\".\n$ grep '^\\[' ~/.pg_service.conf\n[prod]\n[analytics]",
   "missing", "missing_target", "[prod]\n[analytics]",
   "I'm only set up for app_prod and analytics, there's no dev service configured; what are the dev database connection details?")
cp("sql", "Get the email address of the customer who placed order 88123.",
   "shop=> SELECT o.id, c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = 88123;\n  id   |        email\n-------+----------------------\n 88123 | r.alvarez@fastmail.com\n(1 row)",
   "shop=> SELECT o.id, o.guest_email, c.email FROM orders o LEFT JOIN customers c ON c.id = o.customer_id WHERE o.id = 88123;\n  id   |      guest_email       |        email\n-------+------------------------+---------------------\n 88123 | ralvarez.work@acme.com | r.alvarez@fastmail.com",
   "ambiguous", "value_choice", "ralvarez.work@acme.com",
   "Order 88123 has a checkout email (ralvarez.work@acme.com) that differs from the account email (r.alvarez@fastmail.com); which one do you need?",
   options=["checkout email", "account email"])
cp("sql", "List users who signed up in Q1.",
   "app=> SELECT key, value FROM company_settings WHERE key LIKE 'fiscal%';\n        key         |  value\n--------------------+---------\n fiscal_year_start  | January\n(1 row)\napp=> SELECT min(created_at) FROM users;\n 2019-08-14",
   "app=> SELECT key, value FROM company_settings WHERE key LIKE 'fiscal%';\n        key         |  value\n--------------------+---------\n fiscal_year_start  | July\n(1 row)",
   "ambiguous", "period", " fiscal_year_start  | July",
   "The fiscal year starts in July; do you mean calendar Q1 (Jan-Mar) or fiscal Q1 (Jul-Sep), and of which year?",
   options=["calendar Q1", "fiscal Q1"])
cp("sql", "Set the default currency to EUR for the German stores, store_id 14 and 15.",
   "shop=> SELECT id, city, country, currency FROM stores WHERE id IN (14, 15);\n id |   city    | country | currency\n----+-----------+---------+---------\n 14 | Berlin    | DE      | USD\n 15 | Hamburg   | DE      | USD\n(2 rows)",
   "shop=> SELECT id, city, country, currency FROM stores WHERE id IN (14, 15);\n id |  city  | country | currency\n----+--------+---------+---------\n 14 | Berlin | DE      | USD\n 15 | Zurich | CH      | CHF",
   "contradictory", "value_conflict", " 15 | Zurich | CH      | CHF",
   "Store 15 is Zurich (CH, priced in CHF), not a German store; should I change only store 14, or is there another German store id?",
   options=["only store 14", "another store id"])
cp("sql", "Delete all orders for customer 5521; they asked to be forgotten.",
   "shop=> SELECT count(*) FROM orders WHERE customer_id = 5521;\n 4\nshop=> SELECT conname, confdeltype FROM pg_constraint WHERE confrelid = 'orders'::regclass;\n order_items_order_fk | c\n(ON DELETE CASCADE)",
   "shop=> SELECT count(*) FROM orders WHERE customer_id = 5521;\n 4\nshop=> SELECT * FROM retention_policies WHERE table_name='invoices';\n table_name | keep_years | reason\n------------+------------+-------------------------------\n invoices   |         10 | tax law (HGB 257), do not purge\nshop=> -- invoices.order_id REFERENCES orders ON DELETE RESTRICT",
   "contradictory", "policy_conflict", " invoices   |         10 | tax law (HGB 257), do not purge",
   "The orders have invoices that must be kept for 10 years; should I anonymise the customer's data on those orders instead of deleting them?",
   options=["anonymise instead", "delete anyway"])
cp("sql", "Add a foreign key from payments.invoice_id to the invoices table.",
   "billing=> \\dt\n public | customers | table\n public | invoices  | table\n public | payments  | table\n public | plans     | table\nbilling=> SELECT count(*) FROM payments p LEFT JOIN invoices i ON i.id=p.invoice_id WHERE i.id IS NULL;\n 0",
   "billing=> \\dt\n public | customers       | table\n public | invoice_headers | table\n public | invoice_lines   | table\n public | payments        | table",
   "ambiguous", "referent", "invoice_headers | table",
   "There's no invoices table; should payments.invoice_id reference invoice_headers or invoice_lines?",
   options=["invoice_headers", "invoice_lines"])
cp("sql", "Which customers haven't ordered since the price increase?",
   "shop=> SELECT changed_at, note FROM pricing_history ORDER BY changed_at DESC LIMIT 3;\n changed_at |            note\n------------+-----------------------------\n 2024-02-01 | +8% across all plans\n 2022-07-15 | EU VAT display change\n 2021-01-04 | launch pricing",
   "shop=> SELECT changed_at, note FROM pricing_history ORDER BY changed_at DESC LIMIT 3;\n changed_at |        note\n------------+----------------------\n 2024-04-15 | +5% on Pro\n 2023-09-01 | +10% across all plans",
   "ambiguous", "referent", " 2023-09-01 | +10% across all plans",
   "There were two price increases, 2023-09-01 (all plans) and 2024-04-15 (Pro only); which one should I measure from?",
   options=["2023-09-01", "2024-04-15"])
cp("sql", "Speed up the slow query behind the weekly sales report.",
   "dw=> SELECT left(query, 60), mean_exec_time FROM pg_stat_statements WHERE query ILIKE '%weekly_sales%' ORDER BY 2 DESC;\n                          left                            | mean_exec_time\n-----------------------------------------------------------+---------------\n SELECT s.week, s.region, sum(s.net) FROM weekly_sales s JO | 48211.3\n(1 row)",
   "dw=> SELECT left(query, 60), mean_exec_time FROM pg_stat_statements WHERE query ILIKE '%weekly_sales%' ORDER BY 2 DESC;\n                          left                            | mean_exec_time\n-----------------------------------------------------------+---------------\n SELECT s.week, s.region, sum(s.net) FROM weekly_sales s JO | 31877.0\n WITH base AS (SELECT * FROM weekly_sales_v2 WHERE week >=  | 29904.6\n(2 rows)",
   "ambiguous", "referent", " WITH base AS (SELECT * FROM weekly_sales_v2 WHERE week >=  | 29904.6",
   "Two weekly-sales queries are slow at about 30s each (one on weekly_sales, one on weekly_sales_v2); which one backs the report?",
   options=["weekly_sales query", "weekly_sales_v2 query"])
cp("sql", "Sum the hours contractors logged on project Atlas.",
   "pm=> SELECT id, name, status FROM projects WHERE name ILIKE '%atlas%';\n id  | name  | status\n-----+-------+--------\n 212 | Atlas | active\n(1 row)\npm=> SELECT count(*) FROM timesheets WHERE project_id = 212;\n 1840",
   "pm=> SELECT id, name, status FROM projects WHERE name ILIKE '%atlas%';\n id  |   name    | status\n-----+-----------+----------\n 212 | Atlas     | closed\n 318 | Atlas v2  | active",
   "ambiguous", "entity", " 318 | Atlas v2  | active",
   "There's Atlas (212, closed) and Atlas v2 (318, active); which project, or both?",
   options=["Atlas (212)", "Atlas v2 (318)", "both"])
cp("sql", "Add a NOT NULL constraint to orders.shipping_country.",
   "shop=> SELECT count(*) FROM orders WHERE shipping_country IS NULL;\n count\n-------\n     0\n(1 row)\nshop=> SELECT pg_size_pretty(pg_total_relation_size('orders'));\n 14 GB",
   "shop=> SELECT count(*) FROM orders WHERE shipping_country IS NULL;\n count\n-------\n  3214\n(1 row)\nshop=> SELECT DISTINCT fulfilment FROM orders WHERE shipping_country IS NULL;\n digital",
   "missing", "missing_value", "  3214",
   "3,214 digital orders have no shipping_country; what should I fill them with before adding the constraint, or should the constraint skip digital orders?",
   options=["backfill a placeholder value", "make it conditional on non-digital"])
cp("sql", "Mark invoice INV-2291 as paid.",
   "billing=> SELECT number, status, amount_due, amount_paid FROM invoices WHERE number='INV-2291';\n  number  | status | amount_due | amount_paid\n----------+--------+------------+------------\n INV-2291 | sent   |    1200.00 |    1200.00\n(1 row)",
   "billing=> SELECT number, status, amount_due, amount_paid FROM invoices WHERE number='INV-2291';\n  number  | status | amount_due | amount_paid\n----------+--------+------------+------------\n INV-2291 | sent   |    1200.00 |     600.00\n(1 row)\nbilling=> SELECT enum_range(NULL::invoice_status);\n {draft,sent,partially_paid,paid,void}",
   "contradictory", "value_conflict", " INV-2291 | sent   |    1200.00 |     600.00",
   "Only 600 of the 1,200 on INV-2291 has been paid; should I mark it paid anyway or partially_paid?",
   options=["paid", "partially_paid"])
cp("sql", "Find orders placed by customers in the enterprise segment this year.",
   "crm=> SELECT DISTINCT segment FROM accounts;\n  segment\n------------\n smb\n mid_market\n enterprise\n(3 rows)",
   "crm=> SELECT DISTINCT segment FROM accounts;\n  segment\n------------\n smb\n mid_market\n enterprise\n strategic\n(4 rows)\ncrm=> SELECT segment, min(arr), max(arr) FROM accounts GROUP BY 1 HAVING segment IN ('enterprise','strategic');\n enterprise | 250000 | 1400000\n strategic  | 900000 | 6100000",
   "ambiguous", "value_choice", " strategic  | 900000 | 6100000",
   "There's also a 'strategic' segment above enterprise by ARR; should it be included with enterprise?",
   options=["enterprise only", "enterprise + strategic"])
cp("sql", "Use the production replica for the export query.",
   "$ cat ~/.pg_service.conf | grep -A2 replica\n[prod-replica]\nhost=prod-db-replica-1.internal\ndbname=app",
   "$ cat ~/.pg_service.conf | grep -A2 replica\n[prod-replica-eu]\nhost=prod-db-replica-eu.internal\ndbname=app\n[prod-replica-us]\nhost=prod-db-replica-us.internal\ndbname=app",
   "ambiguous", "host", "[prod-replica-us]",
   "There are two production replicas, EU and US; which one should the export run against?",
   options=["prod-replica-eu", "prod-replica-us"])
cp("sql", "Give me the number of signups per day for the last 7 days, in our office timezone.",
   "app=> SHOW timezone;\n TimeZone\n----------\n UTC\napp=> SELECT value FROM company_settings WHERE key = 'office_timezone';\n    value\n--------------\n Europe/Berlin\n(1 row)",
   "app=> SHOW timezone;\n TimeZone\n----------\n UTC\napp=> SELECT name, timezone FROM offices;\n   name    |      timezone\n-----------+--------------------\n Berlin    | Europe/Berlin\n Austin    | America/Chicago\n(2 rows)",
   "ambiguous", "timezone", " Austin    | America/Chicago",
   "There are two offices, Berlin and Austin; which timezone should the daily buckets use?",
   options=["Europe/Berlin", "America/Chicago"])
cp("sql", "Create a view of customers who spent over 10,000 last year.",
   "shop=> \\d orders\n placed_at | timestamptz\n total     | numeric(12,2)\n currency  | char(3)\nshop=> SELECT DISTINCT currency FROM orders WHERE placed_at >= '2023-01-01';\n USD\n(1 row)",
   "shop=> \\d orders\n placed_at | timestamptz\n total     | numeric(12,2)\n currency  | char(3)\nshop=> SELECT DISTINCT currency FROM orders WHERE placed_at >= '2023-01-01';\n USD\n EUR\n GBP\n JPY\n(4 rows)",
   "missing", "unit", " USD\n EUR\n GBP\n JPY",
   "Orders are in four currencies; is the 10,000 threshold in USD (converting the others), or per currency?",
   options=["USD after conversion", "per currency"])

# ===========================================================================
# data: CSV / spreadsheet headers, dataframe summaries, notebooks
# ===========================================================================
cp("data", "Plot monthly revenue from sales_2024.csv as a line chart.",
   "$ head -3 sales_2024.csv\norder_date,region,channel,revenue_usd,units\n2024-01-02,NA,web,1840.50,12\n2024-01-02,EU,retail,920.00,4\n$ wc -l sales_2024.csv\n48213 sales_2024.csv\n$ python -c \"import pandas as pd; print(pd.read_csv('sales_2024.csv').isna().sum().sum())\"\n0",
   "$ head -3 sales_2024.csv\norder_date,region,gross,discount,net,tax\n2024-01-02,NA,1840.50,184.05,1656.45,132.52\n2024-01-02,EU,920.00,0.00,920.00,174.80",
   "ambiguous", "column_choice", "order_date,region,gross,discount,net,tax",
   "The file has gross and net (after discount) columns; which one should the revenue chart use?",
   options=["gross", "net"])
cp("data", "Drop the rows where the target is missing, then save the cleaned file.",
   ">>> df.columns.tolist()\n['user_id', 'age', 'tenure_months', 'plan', 'monthly_spend', 'support_tickets', 'target']\n>>> df['target'].isna().sum()\n312\n>>> df.shape\n(40211, 7)",
   ">>> df.columns.tolist()\n['user_id', 'age', 'plan', 'label_churn_30d', 'label_churn_90d']\n>>> df.filter(like='label_churn').isna().sum()\nlabel_churn_30d     312\nlabel_churn_90d    4118",
   "ambiguous", "column_choice", "'label_churn_30d', 'label_churn_90d'",
   "There are two target columns, label_churn_30d and label_churn_90d; which one's missing values should drive the drop?",
   options=["label_churn_30d", "label_churn_90d", "either"])
cp("data", "Merge crm_export.csv and billing.csv on the customer ID.",
   "$ head -2 crm_export.csv billing.csv\n==> crm_export.csv <==\ncustomer_id,name,owner,segment\n10442,Brightline Ltd,maria.k,smb\n==> billing.csv <==\ncustomer_id,invoice_total,last_invoice\n10442,4820.00,2024-05-31",
   "$ head -2 crm_export.csv billing.csv\n==> crm_export.csv <==\ncustomer_id,name,owner,segment\n10442,Brightline Ltd,maria.k,smb\n==> billing.csv <==\ncust_ref,invoice_total,last_invoice\nBL-00871,4820.00,2024-05-31",
   "missing", "join_key", "BL-00871,4820.00,2024-05-31",
   "billing.csv uses cust_ref codes like BL-00871 that don't match the numeric CRM ids; is there a mapping table between them?")
cp("data", "Convert the event timestamps to UTC.",
   ">>> df['ts'].head(3)\n0    2024-05-01T09:14:22+02:00\n1    2024-05-01T09:15:03+02:00\n2    2024-05-01T21:40:11-04:00\nName: ts, dtype: object\n>>> df['site'].unique()\narray(['berlin', 'boston'], dtype=object)",
   ">>> df['ts'].head(3)\n0    2024-05-01 09:14:22\n1    2024-05-01 09:15:03\n2    2024-05-01 21:40:11\nName: ts, dtype: datetime64[ns]\n>>> df['site'].unique()\narray(['berlin', 'boston', 'singapore'], dtype=object)",
   "missing", "timezone", "Name: ts, dtype: datetime64[ns]",
   "The timestamps have no timezone and come from Berlin, Boston and Singapore; are they in each site's local time or already in one zone?",
   options=["site-local time", "already UTC"])
cp("data", "Train on the 2023 data and evaluate on 2024.",
   ">>> df['date'].agg(['min', 'max'])\nmin   2022-01-03\nmax   2024-06-09\n>>> df.groupby(df['date'].dt.year).size()\n2022    91204\n2023    98771\n2024    46120",
   ">>> df['date'].agg(['min', 'max'])\nmin   2021-03-01\nmax   2023-12-31\n>>> df.groupby(df['date'].dt.year).size()\n2021    71234\n2022    91204\n2023    98771",
   "missing", "missing_data", "max   2023-12-31",
   "The data ends on 2023-12-31, so there's no 2024 to evaluate on; should I hold out late 2023 instead, or is there a newer extract?",
   options=["hold out Q4 2023", "use a newer extract"])
cp("data", "Load the latest export into the notebook.",
   "$ ls -lt exports/ | head -5\n-rw-r--r-- 1 etl etl 18M Jun 12 06:02 export_2024-06-12.csv\n-rw-r--r-- 1 etl etl 18M Jun 11 06:01 export_2024-06-11.csv\n-rw-r--r-- 1 etl etl 17M Jun 10 06:02 export_2024-06-10.csv\n-rw-r--r-- 1 etl etl 17M Jun  9 06:01 export_2024-06-09.csv",
   "$ ls -lt exports/ | head -3\n-rw-r--r-- 1 dana etl 18M Jun 12 10:47 export_2024-06-12_fixed.csv\n-rw-r--r-- 1 etl  etl 18M Jun 12 06:02 export_2024-06-12.csv\n-rw-r--r-- 1 etl  etl 18M Jun 11 06:01 export_2024-06-11.csv",
   "ambiguous", "referent", "export_2024-06-12_fixed.csv",
   "There's today's automatic export and a manually 'fixed' copy by dana; which one should I load?",
   options=["export_2024-06-12_fixed.csv", "export_2024-06-12.csv"])
cp("data", "Compute conversion rate by channel for May.",
   ">>> may.columns.tolist()\n['date', 'channel', 'sessions', 'orders', 'revenue']\n>>> may['channel'].value_counts()\npaid_search    31\norganic        31\nemail          31\nsocial         31",
   ">>> may.columns.tolist()\n['date', 'channel', 'visits', 'signups', 'trials_started', 'purchases']\n>>> may.shape\n(124, 6)",
   "ambiguous", "definition", "'visits', 'signups', 'trials_started', 'purchases'",
   "Conversion could be visits to signups, to trials, or to purchases; which step should the rate measure?",
   options=["visits to signups", "visits to trials", "visits to purchases"])
cp("data", "Join the survey responses to the users table by email.",
   "$ head -2 survey_q2.csv\nresponse_id,submitted_at,email,nps,comment\nr_0001,2024-04-03T10:12:00Z,kai.l@northpeak.io,9,Love the new dashboard\n$ wc -l survey_q2.csv\n1893 survey_q2.csv",
   "$ head -2 survey_q2.csv\nresponse_id,submitted_at,respondent_token,nps,comment\nr_0001,2024-04-03T10:12:00Z,tk_8f21c9,9,Love the new dashboard\n$ grep -c '@' survey_q2.csv\n0",
   "missing", "join_key", "response_id,submitted_at,respondent_token,nps,comment",
   "The survey export has no email column, only anonymous respondent tokens; is there a token-to-user mapping, or should I leave it unjoined?")
cp("data", "Chart Q2 NPS from the responses export.",
   ">>> r['score'].agg(['min', 'max', 'count'])\nmin        0.0\nmax       10.0\ncount   1893.0\n>>> r['submitted_at'].agg(['min','max'])\nmin   2024-04-01\nmax   2024-06-28",
   ">>> r['score'].agg(['min', 'max', 'count'])\nmin      1.0\nmax      5.0\ncount 1893.0",
   "contradictory", "scale_conflict", "max      5.0",
   "The scores run 1 to 5, not the 0-10 scale NPS needs; is this a CSAT question, or should I map it onto promoters/detractors some other way?",
   options=["treat as CSAT", "define a 1-5 mapping"])
cp("data", "Append this week's rows to master.xlsx.",
   ">>> pd.ExcelFile('master.xlsx').sheet_names\n['Data']\n>>> pd.read_excel('master.xlsx', 'Data').tail(1).filter(items=['week', 'region', 'units'])\n        week region  units\n5112  2024-W23     EU    811",
   ">>> pd.ExcelFile('master.xlsx').sheet_names\n['Raw', 'Clean', 'Pivot']\n>>> pd.read_excel('master.xlsx', 'Raw').shape, pd.read_excel('master.xlsx', 'Clean').shape\n((5113, 9), (4980, 7))",
   "ambiguous", "referent", "['Raw', 'Clean', 'Pivot']",
   "master.xlsx has Raw and Clean sheets with different columns; should the new rows go into Raw, Clean, or both?",
   options=["Raw", "Clean", "both"])
cp("data", "Convert the EUR amounts using the rate in the finance sheet.",
   ">>> pd.read_excel('finance.xlsx', 'Rates')\n  currency  rate_to_usd        note\n0      EUR       1.0812  set by FP&A\n1      GBP       1.2690  set by FP&A\n>>> len(pd.read_excel('finance.xlsx', 'Rates'))\n2",
   ">>> pd.read_excel('finance.xlsx', 'Rates')\n  currency  rate_to_usd           note\n0      EUR       1.1000    budget rate FY24\n1      EUR       1.0712    spot 2024-06-30",
   "ambiguous", "value_choice", "spot 2024-06-30",
   "The finance sheet has two EUR rates, the 1.10 budget rate and the 1.0712 spot rate; which should I use?",
   options=["budget 1.10", "spot 1.0712"])
cp("data", "Split the dataset 80/20, stratified by label.",
   ">>> df['label'].value_counts()\nlegit          91221\nfraud_card      1204\nfraud_ato        388\nName: label, dtype: int64\n>>> df.shape\n(92813, 41)",
   ">>> df['label'].value_counts()\nlegit          91221\nfraud_card      1204\nfraud_ato        388\nfraud_other        1\nName: label, dtype: int64",
   "missing", "design_choice", "fraud_other        1",
   "fraud_other has a single row, so a stratified split will fail; should I drop it, merge it into another fraud class, or split without stratifying?",
   options=["drop it", "merge into fraud_card", "unstratified split"])
cp("data", "Recode the segment column using the mapping file.",
   "$ ls mappings/\nsegment_map.csv  country_iso.csv\n$ head -3 mappings/segment_map.csv\nold,new\nSMB,small_business\nMM,mid_market",
   "$ ls mappings/\nsegment_map_v1.csv  segment_map_v2.csv  country_iso.csv\n$ diff <(head -4 mappings/segment_map_v1.csv) <(head -4 mappings/segment_map_v2.csv)\n3c3\n< MM,mid_market\n---\n> MM,commercial",
   "ambiguous", "referent", "segment_map_v2.csv",
   "There are two segment mappings that disagree (MM to mid_market in v1, commercial in v2); which should I apply?",
   options=["segment_map_v1.csv", "segment_map_v2.csv"])
cp("data", "Report the median session length for mobile users.",
   ">>> s['device'].value_counts()\ndesktop    412331\nmobile     388120\n>>> s['duration_s'].isna().mean()\n0.0021\n>>> s['date'].agg(['min','max'])\nmin   2024-05-01\nmax   2024-05-31",
   ">>> s['device'].value_counts()\ndesktop       412331\nios           201004\nandroid      150311\nmobile_web     36805\ntablet         28990",
   "ambiguous", "value_choice", "tablet         28990",
   "Which devices count as mobile: the iOS and Android apps only, plus mobile_web, plus tablet?",
   options=["ios + android", "ios + android + mobile_web", "also tablet"])
cp("data", "Sum the 12 monthly columns into an annual total.",
   "$ head -1 budget_fy24.csv | tr ',' '\\n' | paste -sd' '\ncost_center Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec owner\n$ wc -l budget_fy24.csv\n88 budget_fy24.csv",
   "$ head -1 budget_fy24.csv | tr ',' '\\n' | paste -sd' '\ncost_center Jan Feb Mar Apr May Jun Jul Aug Sep owner",
   "contradictory", "value_conflict", "cost_center Jan Feb Mar Apr May Jun Jul Aug Sep owner",
   "The file only has Jan to Sep; should I sum the nine months as a year-to-date total, or is there a file with Oct-Dec?",
   options=["sum Jan-Sep", "find Oct-Dec"])
cp("data", "Retrain the churn model with the features Dana added.",
   "$ git log --author=dana --format='%h %ar %s' -- features/\n3a7c2e1 2 days ago Add tenure_bucket and support_ticket_rate features\n$ ls features/\nbase.yaml  dana_v3.yaml  README.md",
   "$ git log --author=dana --format='%h %ar %s' -- features/\n3a7c2e1 2 days ago Add tenure_bucket, support_ticket_rate (features/v3.yaml)\nc91d04f 9 days ago Experimental usage_decay features (features/v3b.yaml, not reviewed)",
   "ambiguous", "referent", "c91d04f 9 days ago Experimental usage_decay features (features/v3b.yaml, not reviewed)",
   "Dana added two feature sets, v3.yaml and an unreviewed v3b.yaml; should the retrain use v3 only or both?",
   options=["v3.yaml", "v3.yaml + v3b.yaml"])
cp("data", "Impute missing income with the regional average.",
   ">>> df.filter(like='region').columns.tolist()\n['region']\n>>> df['income'].isna().sum(), df['region'].nunique()\n(2210, 9)\n>>> df['region'].isna().sum()\n0",
   ">>> df.filter(like='region').columns.tolist()\n['home_region', 'sales_region']\n>>> (df['home_region'] != df['sales_region']).mean()\n0.27",
   "ambiguous", "column_choice", "['home_region', 'sales_region']",
   "There are two region columns that differ for 27% of rows; should the average be by home_region or sales_region?",
   options=["home_region", "sales_region"])
cp("data", "Deduplicate the leads sheet, keeping the most recent row per person.",
   ">>> leads.columns.tolist()\n['lead_id', 'email', 'full_name', 'company', 'created_at', 'source']\n>>> leads['email'].duplicated().sum()\n143\n>>> leads['email'].isna().sum()\n0",
   ">>> leads.columns.tolist()\n['lead_id', 'email', 'full_name', 'company', 'source']\n>>> leads['email'].duplicated().sum()\n143",
   "missing", "missing_column", "['lead_id', 'email', 'full_name', 'company', 'source']",
   "The leads sheet has no date column, so I can't tell which row is most recent; can I treat the higher lead_id as newer?",
   options=["higher lead_id is newer", "another rule"])
cp("data", "Filter the dataset to customers in Georgia.",
   ">>> df.filter(items=['country', 'state']).drop_duplicates().query(\"state == 'GA'\")\n   country state\n12      US    GA\n>>> df['country'].unique()\narray(['US'], dtype=object)",
   ">>> df.query(\"state == 'GA' or country == 'GE'\").filter(items=['country', 'state']).drop_duplicates()\n   country state\n12      US    GA\n88      GE  None",
   "ambiguous", "entity", "88      GE  None",
   "The data has both the US state of Georgia and the country Georgia (GE); which one do you mean?",
   options=["US state (GA)", "country (GE)"])
cp("data", "Aggregate the sensor readings to hourly means and save them as parquet.",
   ">>> r.dtypes\nsensor_id      object\nts             datetime64[ns, UTC]\ntemp_c         float64\nhumidity_pct   float64\ndtype: object\n>>> r.shape\n(8640221, 4)",
   ">>> r.dtypes\nsensor_id      object\nts             datetime64[ns, UTC]\ntemp_c         float64\nenergy_kwh_total  float64   # cumulative meter reading\ndtype: object",
   "ambiguous", "aggregation", "energy_kwh_total  float64   # cumulative meter reading",
   "energy_kwh_total is a cumulative meter reading, so an hourly mean is misleading; should I take the hourly difference (consumption) or the last value in each hour?",
   options=["hourly difference", "last value per hour", "mean anyway"])
cp("data", "Use the cleaned dataset from last week for the dashboard refresh.",
   "$ ls -l /data/clean/\n-rw-r--r-- 1 etl etl 221M Jun  5 04:10 orders_clean_2024-06-05.parquet\n-rw-r--r-- 1 etl etl 214M May 29 04:11 orders_clean_2024-05-29.parquet\n$ date +%F\n2024-06-12",
   "$ ls -l /data/clean/\n-rw-r--r-- 1 etl etl 214M May 29 04:11 orders_clean_2024-05-29.parquet\n$ date +%F\n2024-06-12\n$ tail -2 /var/log/etl/clean.log\n2024-06-05 04:09 ERROR dedupe step failed: out of memory\n2024-06-05 04:09 job orders_clean aborted",
   "missing", "missing_data", "2024-06-05 04:09 job orders_clean aborted",
   "Last week's cleaning job failed, so the newest clean file is from May 29; should I use that, or rerun the cleaning first?",
   options=["use the May 29 file", "rerun the cleaning job"])
cp("data", "Add a column with each customer's age in years.",
   ">>> c.filter(items=['customer_id', 'date_of_birth']).head(2)\n   customer_id date_of_birth\n0        10442    1987-03-14\n1        10443    1991-11-02\n>>> c['date_of_birth'].isna().sum()\n0",
   ">>> c.filter(like='birth').columns.tolist()\n[]\n>>> c.columns.tolist()\n['customer_id', 'name', 'age_band', 'signup_date', 'country']",
   "missing", "missing_column", "['customer_id', 'name', 'age_band', 'signup_date', 'country']",
   "There's no date of birth, only an age_band like '25-34'; should I use the band midpoint, or is there another source with birth dates?",
   options=["band midpoint", "another source"])
cp("data", "Fix the chart so the y-axis shows thousands of dollars.",
   ">>> chart_spec['encoding']['y']\n{'field': 'revenue_usd', 'type': 'quantitative', 'axis': {'format': '$,.0f'}}\n>>> df['revenue_usd'].agg(['min', 'max'])\nmin      1210.0\nmax    483200.0",
   ">>> chart_spec['encoding']['y']\n{'field': 'revenue_eur', 'type': 'quantitative', 'axis': {'format': '€,.0f'}}\n>>> df.filter(like='revenue').columns.tolist()\n['revenue_eur']",
   "contradictory", "unit", "{'field': 'revenue_eur', 'type': 'quantitative', 'axis': {'format': '€,.0f'}}",
   "The chart plots revenue in euros and there's no USD column; should I label it in thousands of euros, or convert to dollars first?",
   options=["thousands of euros", "convert to USD"])
cp("data", "Combine the three regional files into one table.",
   "$ for f in sales_na.csv sales_eu.csv sales_apac.csv; do head -1 $f; done\ndate,sku,units,revenue_usd\ndate,sku,units,revenue_usd\ndate,sku,units,revenue_usd\n$ wc -l sales_*.csv | tail -1\n  92811 total",
   "$ for f in sales_na.csv sales_eu.csv sales_apac.csv; do head -1 $f; done\ndate,sku,units,revenue_usd\ndate,sku,units,revenue_eur\ndate,sku,units,revenue_usd",
   "missing", "unit", "date,sku,units,revenue_eur",
   "The EU file is in euros while the others are in USD; should I convert it (at which rate) or keep a currency column?",
   options=["convert EUR to USD", "keep a currency column"])

# ===========================================================================
# ops: kubectl, terraform, cloud CLIs, hosts, alerts
# ===========================================================================
cp("ops", "Restart the api pod in the prod namespace.",
   "$ kubectl -n prod get pods -l app=api\nNAME                   READY   STATUS    RESTARTS   AGE\napi-7d9f8b6c5-xk2lp    1/1     Running   3          6d\n$ kubectl -n prod get deploy api -o jsonpath='{.spec.replicas}'\n1",
   "$ kubectl -n prod get pods | grep api\napi-7d9f8b6c5-xk2lp          1/1   Running   3    6d\napi-7d9f8b6c5-q8m4z          1/1   Running   0    6d\napi-canary-5c6b7d8e9-r2t7n   1/1   Running   11   2h",
   "ambiguous", "referent", "api-canary-5c6b7d8e9-r2t7n   1/1   Running   11   2h",
   "There are two stable api pods and a canary (11 restarts in 2h); which one should I restart, or the whole deployment?",
   options=["the canary pod", "api-7d9f8b6c5-xk2lp", "rollout restart of api"])
cp("ops", "Scale the worker deployment to 5 replicas.",
   "$ kubectl -n jobs get deploy\nNAME       READY   UP-TO-DATE   AVAILABLE   AGE\nscheduler  1/1     1            1           88d\nworker     3/3     3            3           88d\n$ kubectl -n jobs get hpa\nNo resources found in jobs namespace.",
   "$ kubectl -n jobs get deploy\nNAME            READY   UP-TO-DATE   AVAILABLE   AGE\nworker-email    2/2     2            2           88d\nworker-billing  3/3     3            3           41d",
   "ambiguous", "referent", "worker-billing  3/3     3            3           41d",
   "There are two worker deployments, worker-email and worker-billing; which should go to 5 replicas?",
   options=["worker-email", "worker-billing", "both"])
cp("ops", "Delete the staging assets bucket; we've moved everything to the CDN.",
   "$ gsutil ls\ngs://acme-prod-assets/\ngs://acme-staging-assets/\ngs://acme-logs/\n$ gsutil du -s gs://acme-staging-assets\n0            gs://acme-staging-assets\n$ gsutil label get gs://acme-staging-assets\n{\"env\": \"staging\"}",
   "$ gsutil ls\ngs://acme-prod-assets/\ngs://acme-logs/\ngs://acme-tf-state/",
   "missing", "missing_target", "gs://acme-prod-assets/\ngs://acme-logs/\ngs://acme-tf-state/",
   "There's no staging bucket in this project, only prod-assets, logs and tf-state; is it in another project, or was it already deleted?",
   options=["another project", "already deleted"])
cp("ops", "Roll back the last release of checkout-service.",
   "$ helm -n shop history checkout-service --max 3\nREVISION  UPDATED                   STATUS      CHART                  DESCRIPTION\n12        Mon Jun 10 09:02:11 2024  superseded  checkout-service-4.8.0 Upgrade complete\n13        Wed Jun 12 14:31:40 2024  deployed    checkout-service-4.9.0 Upgrade complete",
   "$ helm -n shop history checkout-service --max 3\nREVISION  UPDATED              STATUS      CHART                  DESCRIPTION\n12        Jun 10 09:02         superseded  checkout-service-4.8.0 Upgrade complete\n13        Jun 12 14:31         superseded  checkout-service-4.9.0 Upgrade complete\n14        Jun 12 15:05         deployed    checkout-service-4.8.0 Rollback to 12",
   "ambiguous", "version", "14        Jun 12 15:05         deployed    checkout-service-4.8.0 Rollback to 12",
   "The current release (14) is already a rollback to 4.8.0; do you want to go back to 4.9.0 (revision 13) or further back than 4.8.0?",
   options=["revision 13 (4.9.0)", "an older release"])
cp("ops", "Rotate the TLS certificate on the public load balancer.",
   "$ aws elbv2 describe-load-balancers --query 'LoadBalancers[].[LoadBalancerName,Scheme]' --output text\nweb-public      internet-facing\nsvc-internal    internal\n$ aws acm list-certificates --query 'CertificateSummaryList[].DomainName' --output text\nwww.acme.com",
   "$ aws elbv2 describe-load-balancers --query 'LoadBalancers[].[LoadBalancerName,Scheme]' --output text\nweb-public      internet-facing\napi-public      internet-facing\nsvc-internal    internal",
   "ambiguous", "referent", "api-public      internet-facing",
   "There are two public load balancers, web-public and api-public; which one's certificate should I rotate?",
   options=["web-public", "api-public", "both"])
cp("ops", "Open port 5432 on the db security group for the office IP.",
   "$ grep -i -A2 'office' docs/runbooks/network.md\n## Office egress\nAll office traffic leaves via 203.0.113.24/32 (Lisbon HQ).\n$ aws ec2 describe-security-groups --group-names db-sg --query 'SecurityGroups[].GroupId' --output text\nsg-0a1b2c3d4e5f",
   "$ grep -ri 'office' docs/runbooks/ | head\n(no matches)\n$ aws ec2 describe-security-groups --group-names db-sg --query 'SecurityGroups[].GroupId' --output text\nsg-0a1b2c3d4e5f",
   "missing", "missing_value", "(no matches)",
   "I can't find the office IP range anywhere in the runbooks; what CIDR should the rule allow?")
cp("ops", "Apply the terraform plan that adds the cost-center tags.",
   "$ terraform plan -no-color | tail -8\n  # aws_instance.web[0] will be updated in-place\n      ~ tags = {\n          + \"cost-center\" = \"cc-4410\"\n        }\n  # aws_db_instance.main will be updated in-place\n      ~ tags = { + \"cost-center\" = \"cc-4410\" }\nPlan: 0 to add, 2 to change, 0 to destroy.",
   "$ terraform plan -no-color | tail -5\n  # aws_db_instance.main must be replaced\n-/+ resource \"aws_db_instance\" \"main\" {\n      ~ engine_version = \"14.7\" -> \"15.4\" # forces replacement\nPlan: 1 to add, 1 to change, 1 to destroy.",
   "contradictory", "unexpected_change", "~ engine_version = \"14.7\" -> \"15.4\" # forces replacement",
   "The plan also replaces the main database because of an engine version bump, not just tags; should I apply it anyway, or drop that change first?",
   options=["drop the engine change first", "apply as is"])
cp("ops", "Increase the data disk on db-2 to 500 GB.",
   "$ ssh db-2 df -h /data\nFilesystem      Size  Used Avail Use% Mounted on\n/dev/nvme1n1    250G  221G   29G  89% /data\n$ ssh db-2 lsblk -d -o NAME,SIZE,MODEL | grep nvme1\nnvme1n1 250G Amazon Elastic Block Store",
   "$ ssh db-2 df -h /data\nFilesystem      Size  Used Avail Use% Mounted on\n/dev/nvme1n1    1.0T  912G  112G  90% /data",
   "contradictory", "value_conflict", "/dev/nvme1n1    1.0T  912G  112G  90% /data",
   "The data disk on db-2 is already 1 TB (912 GB used), so 500 GB would be a shrink; did you mean a different host or a different size?",
   options=["a different host", "a larger size"])
cp("ops", "Silence the disk space alert on web-3 for two hours.",
   "$ amtool alert query alertname=DiskSpaceLow\nAlertname     Starts At                Summary\nDiskSpaceLow  2024-06-12 08:11:00 UTC  web-3.eu.internal /var 91% full\n$ amtool silence query | wc -l\n1",
   "$ amtool alert query alertname=DiskSpaceLow\nAlertname     Starts At                Summary\nDiskSpaceLow  2024-06-12 08:11 UTC     web-3.eu.internal /var 91% full\nDiskSpaceLow  2024-06-12 08:40 UTC     web-3.us.internal /data 94% full",
   "ambiguous", "host", "web-3.us.internal /data 94% full",
   "Two hosts called web-3 are alerting, web-3.eu (/var) and web-3.us (/data); which one should I silence?",
   options=["web-3.eu.internal", "web-3.us.internal", "both"])
cp("ops", "Add Priya to the primary on-call rotation.",
   "$ pd users list --query priya --output table\n ID       NAME          EMAIL                  TEAMS\n P3QK2Z   Priya Nair    priya.nair@acme.com    SRE\n$ pd schedules list --query primary\n PX9Y1A   SRE primary (weekly)",
   "$ pd users list --query priya --output table\n ID       NAME          EMAIL                  TEAMS\n P3QK2Z   Priya Nair    priya.nair@acme.com    SRE\n P7LM0D   Priya Shah    priya.shah@acme.com    Data Platform",
   "ambiguous", "person", "P7LM0D   Priya Shah    priya.shah@acme.com    Data Platform",
   "There are two Priyas, Priya Nair (SRE) and Priya Shah (Data Platform); which one should join the rotation?",
   options=["Priya Nair", "Priya Shah"])
cp("ops", "Kill the runaway process that's eating CPU on build-1.",
   "$ ssh build-1 top -b -n1 -o %CPU | head -10 | tail -4\n  PID USER     %CPU %MEM     TIME+ COMMAND\n31822 jenkins  387.2 12.1 412:07.33 java\n 1204 root       1.3  0.2   3:11.02 containerd\n  877 root       0.3  0.1   0:44.10 sshd",
   "$ ssh build-1 top -b -n1 -o %CPU | head -10 | tail -4\n  PID USER     %CPU %MEM     TIME+ COMMAND\n31822 jenkins  191.6 12.1 212:07.33 java\n40211 ci       188.9  9.4  95:51.12 node /opt/ci/webpack --watch\n 1204 root       1.3  0.2   3:11.02 containerd",
   "ambiguous", "referent", "40211 ci       188.9  9.4  95:51.12 node /opt/ci/webpack --watch",
   "Two processes are each using about 190% CPU, the Jenkins agent (java, 31822) and a webpack watcher (node, 40211); which one should I kill?",
   options=["java 31822", "node 40211"])
cp("ops", "Bump the nginx image in the ingress deployment to 1.25.",
   "$ kubectl -n edge get deploy ingress -o jsonpath='{.spec.template.spec.containers[*].image}'\nnginx:1.23.4-alpine\n$ kubectl -n edge rollout history deploy/ingress | tail -2\n4         image nginx:1.23.3-alpine\n5         image nginx:1.23.4-alpine",
   "$ kubectl -n edge get deploy ingress -o jsonpath='{.spec.template.spec.containers[*].image}'\nnginx:1.27.0-alpine",
   "contradictory", "version", "nginx:1.27.0-alpine",
   "The ingress already runs nginx 1.27.0; going to 1.25 would be a downgrade. Do you want that, or a different deployment?",
   options=["downgrade to 1.25", "a different deployment"])
cp("ops", "Clean up app logs older than 30 days in /var/log/app on log-1.",
   "$ ssh log-1 'ls -ld /var/log/app; find /var/log/app -name \"*.log.gz\" -mtime +30 | wc -l'\ndrwxr-xr-x 2 app app 4096 Jun 12 06:00 /var/log/app\n412\n$ ssh log-1 df -h /var | tail -1\n/dev/sda1  50G  46G  4.0G  92% /var",
   "$ ssh log-1 'ls -ld /var/log/app; cat /var/log/app/RETENTION'\nlrwxrwxrwx 1 root root 15 Jan 9 /var/log/app -> /mnt/audit/app\nRetention: 365 days (SOX audit, ticket GRC-118). Do not delete manually.",
   "contradictory", "policy_conflict", "Retention: 365 days (SOX audit, ticket GRC-118). Do not delete manually.",
   "/var/log/app points at the audit volume with a 365-day SOX retention notice; should I still delete logs older than 30 days there?",
   options=["leave them", "delete anyway"])
cp("ops", "Move the nightly report cron from the old server to the new one.",
   "$ grep -E 'report' inventory/hosts.ini\nreports-old.internal   retire=2024-06-30\nreports-new.internal   role=reports\n$ ssh reports-old.internal crontab -l | grep report\n0 1 * * * /opt/reports/nightly.sh",
   "$ grep -E 'report' inventory/hosts.ini\nreports-old.internal    retire=2024-06-30\nreports-a.internal      role=reports  added=2024-05-20\nreports-b.internal      role=reports  added=2024-05-20",
   "ambiguous", "host", "reports-b.internal      role=reports  added=2024-05-20",
   "There are two new report servers, reports-a and reports-b; which should run the cron (only one, to avoid double reports)?",
   options=["reports-a.internal", "reports-b.internal"])
cp("ops", "Add the new deploy SSH key to the deploy user on the web servers.",
   "$ ls -lt ~/.ssh/*.pub\n-rw-r--r-- 1 me me 102 Jun 12 09:40 /home/me/.ssh/deploy_2024.pub\n-rw-r--r-- 1 me me 738 Jan  3  2023 /home/me/.ssh/id_rsa.pub\n$ grep web inventory/hosts.ini | wc -l\n6",
   "$ ls -lt ~/.ssh/*.pub\n-rw-r--r-- 1 me me 102 Jun 12 09:40 /home/me/.ssh/deploy_ci.pub\n-rw-r--r-- 1 me me 102 Jun 12 09:38 /home/me/.ssh/deploy_manual.pub\n-rw-r--r-- 1 me me 738 Jan  3  2023 /home/me/.ssh/id_rsa.pub",
   "ambiguous", "referent", "/home/me/.ssh/deploy_manual.pub",
   "Two deploy keys were created today, deploy_ci.pub and deploy_manual.pub; which one should go on the web servers, or both?",
   options=["deploy_ci.pub", "deploy_manual.pub", "both"])
cp("ops", "Fail over the orders database to the replica.",
   "$ aws rds describe-db-instances --query \"DBInstances[?contains(DBInstanceIdentifier,'orders')].[DBInstanceIdentifier,ReadReplicaSourceDBInstanceIdentifier,AvailabilityZone]\" --output text\norders-primary   None              eu-west-1a\norders-replica   orders-primary    eu-west-1b",
   "$ aws rds describe-db-instances --query \"...\" --output text\norders-primary     None             eu-west-1a\norders-replica-1   orders-primary   eu-west-1b\norders-replica-2   orders-primary   us-east-1a",
   "ambiguous", "host", "orders-replica-2   orders-primary   us-east-1a",
   "There are two replicas, orders-replica-1 in eu-west-1b and orders-replica-2 in us-east-1a; which one should become primary?",
   options=["orders-replica-1", "orders-replica-2"])
cp("ops", "Reboot the server that's failing health checks.",
   "$ aws elbv2 describe-target-health --target-group-arn $TG --query 'TargetHealthDescriptions[].[Target.Id,TargetHealth.State]' --output text\ni-0a11b2c3d4e5f6a70  healthy\ni-0b22c3d4e5f6a7b81  unhealthy\ni-0c33d4e5f6a7b8c92  healthy",
   "$ aws elbv2 describe-target-health --target-group-arn $TG --query '...' --output text\ni-0a11b2c3d4e5f6a70  healthy\ni-0b22c3d4e5f6a7b81  healthy\ni-0c33d4e5f6a7b8c92  healthy",
   "missing", "missing_target", "i-0c33d4e5f6a7b8c92  healthy",
   "All three targets are healthy right now; which server did you see failing, or is it in a different target group?")
cp("ops", "Point api.example.com at the new server's IP.",
   "$ aws ec2 describe-instances --filters Name=tag:Name,Values=api-new --query 'Reservations[].Instances[].[InstanceId,PublicIpAddress]' --output text\ni-0f9e8d7c6b5a4f3e2  198.51.100.27\n$ dig +short api.example.com\n198.51.100.4",
   "$ aws ec2 describe-instances --filters Name=tag:Name,Values='api-new*' --query '...' --output text\ni-0f9e8d7c6b5a4f3e2  198.51.100.27   api-new-a\ni-0a1b2c3d4e5f6a7b8  198.51.100.31   api-new-b",
   "ambiguous", "value_choice", "198.51.100.31   api-new-b",
   "There are two new API servers (198.51.100.27 and 198.51.100.31); should the record point at one of them or at both?",
   options=["198.51.100.27", "198.51.100.31", "both"])
cp("ops", "Schedule the database maintenance for Sunday 02:00 UTC, when traffic is lowest.",
   "$ promql 'avg_over_time(sum(rate(http_requests_total[5m]))[7d:1h])' --by hour_of_week | sort -k2 -n | head -3\nSun 02:00  112 rps\nSun 03:00  118 rps\nSat 04:00  131 rps",
   "$ promql '...' --by hour_of_week | sort -k2 -n | head -3\nTue 21:00  140 rps\nWed 21:00  143 rps\nMon 22:00  150 rps\n$ promql '...' --at 'Sun 02:00'\nSun 02:00  1910 rps  (APAC peak)",
   "contradictory", "schedule_conflict", "Sun 02:00  1910 rps  (APAC peak)",
   "Sunday 02:00 UTC is actually an APAC peak (1,910 rps); the quietest slot is Tuesday 21:00. Which should I book?",
   options=["Sunday 02:00", "Tuesday 21:00"])
cp("ops", "Promote the release candidate to production.",
   "$ gh release list --limit 4\nv3.4.0-rc2   Pre-release   v3.4.0-rc2   2024-06-11\nv3.3.2       Latest        v3.3.2       2024-05-28\nv3.3.1                     v3.3.1       2024-05-14",
   "$ gh release list --limit 4\nv3.4.1-rc1   Pre-release   v3.4.1-rc1   2024-06-12\nv3.4.0-rc2   Pre-release   v3.4.0-rc2   2024-06-11\nv3.3.2       Latest        v3.3.2       2024-05-28",
   "ambiguous", "version", "v3.4.1-rc1   Pre-release   v3.4.1-rc1   2024-06-12",
   "There are two open release candidates, v3.4.0-rc2 and v3.4.1-rc1; which one should go to production?",
   options=["v3.4.0-rc2", "v3.4.1-rc1"])
cp("ops", "Set the replica count back to what it was before the incident.",
   "$ kubectl -n shop rollout history deploy/cart --revision=0 | tail -3\n17  kubectl scale --replicas=6 (2024-06-01, pre-incident baseline)\n18  kubectl scale --replicas=20 (2024-06-11 21:14, INC-771)\n$ kubectl -n shop get deploy cart -o jsonpath='{.spec.replicas}'\n20",
   "$ grep -h 'cart.*replicas' audit/2024-06-*.log\n2024-06-03 cart replicas 6 -> 8 (autoscaler tuning)\n2024-06-11 21:14 cart replicas 8 -> 14 (INC-771)\n2024-06-11 22:02 cart replicas 14 -> 20 (INC-771)\n2024-06-11 19:50 cart replicas 8 -> 4 (cost job, cause of INC-771?)",
   "ambiguous", "value_choice", "2024-06-11 19:50 cart replicas 8 -> 4 (cost job, cause of INC-771?)",
   "Right before the incident a cost job had dropped cart to 4 replicas, and before that it was 8; which count do you want restored?",
   options=["8", "4", "6"])
cp("ops", "Renew the company domain before it expires.",
   "$ registrar domains list --expiring-within 60d\nDOMAIN         EXPIRES      AUTO_RENEW\nnorthwind.io   2024-07-02   off\n$ registrar account balance\nUSD 220.00",
   "$ registrar domains list --expiring-within 60d\nDOMAIN              EXPIRES      AUTO_RENEW\nnorthwind.io        2024-07-02   off\nnorthwind-app.com   2024-06-28   off\ngetnorthwind.com    2024-07-19   off",
   "ambiguous", "referent", "northwind-app.com   2024-06-28   off",
   "Three domains expire soon (northwind.io, northwind-app.com, getnorthwind.com); which should I renew, or all three?",
   options=["northwind.io", "all three"])
cp("ops", "Revoke the leaked API key from this morning's alert.",
   "$ gh api /repos/acme/web/secret-scanning/alerts --jq '.[] | select(.state==\"open\") | [.number,.secret_type,.created_at] | @tsv'\n41\tstripe_api_key\t2024-06-12T07:02:11Z",
   "$ gh api /repos/acme/web/secret-scanning/alerts --jq '...'\n41\tstripe_api_key\t2024-06-12T07:02:11Z\n42\tsendgrid_api_key\t2024-06-12T07:02:11Z",
   "ambiguous", "referent", "42\tsendgrid_api_key\t2024-06-12T07:02:11Z",
   "This morning's scan flagged two keys, a Stripe key and a SendGrid key; should I revoke both?",
   options=["Stripe key", "SendGrid key", "both"])
cp("ops", "Increase the memory limit of the search container to 2Gi.",
   "$ kubectl -n search get deploy search -o jsonpath='{.spec.template.spec.containers[*].resources.limits.memory}'\n1Gi\n$ kubectl -n search describe quota | grep limits.memory\nlimits.memory   3Gi   8Gi",
   "$ kubectl -n search get deploy search -o jsonpath='{.spec.template.spec.containers[*].resources.limits.memory}'\n1Gi\n$ kubectl -n search describe quota | grep limits.memory\nlimits.memory   7Gi   8Gi\n$ kubectl -n search get deploy search -o jsonpath='{.spec.replicas}'\n3",
   "contradictory", "quota", "limits.memory   7Gi   8Gi",
   "With 3 replicas, going from 1Gi to 2Gi needs 3Gi more but the namespace quota only has 1Gi left; should I raise the quota, or reduce replicas?",
   options=["raise the quota", "reduce replicas"])
cp("ops", "Restore yesterday's backup of the wiki database.",
   "$ aws s3 ls s3://acme-backups/wiki/ | tail -3\n2024-06-10 03:00:12  842113024 wiki-2024-06-10.sql.gz\n2024-06-11 03:00:09  842990112 wiki-2024-06-11.sql.gz\n2024-06-12 03:00:10  843102700 wiki-2024-06-12.sql.gz\n$ date +%F\n2024-06-12",
   "$ aws s3 ls s3://acme-backups/wiki/ | tail -3\n2024-06-09 03:00:11  842001102 wiki-2024-06-09.sql.gz\n2024-06-10 03:00:12  842113024 wiki-2024-06-10.sql.gz\n2024-06-12 03:00:10      1024 wiki-2024-06-12.sql.gz\n$ date +%F\n2024-06-12",
   "missing", "missing_data", "2024-06-10 03:00:12  842113024 wiki-2024-06-10.sql.gz\n2024-06-12",
   "There's no backup from June 11, and today's file is only 1 KB; should I restore the June 10 backup instead?",
   options=["June 10 backup", "investigate first"])
cp("ops", "Give the contractor read-only access to the logging bucket.",
   "$ grep -A3 'contractor' access/requests.yaml\n- name: Tomás Ruiz\n  email: tomas@ruiz-consulting.pt\n  role: contractor\n  expires: 2024-09-30\n$ gsutil ls | grep log\ngs://acme-logs/",
   "$ grep -B1 -A3 'contractor' access/requests.yaml\n- name: Tomás Ruiz\n  role: contractor\n  expires: 2024-09-30\n- name: Ada Mensah\n  role: contractor\n  expires: 2024-07-15",
   "ambiguous", "person", "- name: Ada Mensah",
   "Two contractors have open access requests, Tomás Ruiz and Ada Mensah; which one should get read access to the logs?",
   options=["Tomás Ruiz", "Ada Mensah", "both"])
cp("ops", "Lower the autoscaler minimum for the web tier to 2 nodes.",
   "$ gcloud container node-pools describe web --cluster prod --format='value(autoscaling.minNodeCount,autoscaling.maxNodeCount)'\n4\t12\n$ kubectl get pdb -A | grep web\nshop   web-pdb   minAvailable: 1",
   "$ gcloud container node-pools describe web --cluster prod --format='value(autoscaling.minNodeCount,autoscaling.maxNodeCount)'\n4\t12\n$ kubectl get pdb -A | grep web\nshop   web-pdb   minAvailable: 3   # one web pod per node (anti-affinity)",
   "contradictory", "constraint_conflict", "minAvailable: 3   # one web pod per node (anti-affinity)",
   "The web PDB requires 3 pods and anti-affinity puts one per node, so 2 nodes would block drains; should I relax the PDB too, or keep a minimum of 3?",
   options=["relax the PDB", "minimum of 3 nodes"])

# ===========================================================================
# general: calendar, email, contacts, shopping, travel, files
# ===========================================================================
cp("general", "Move my 3pm meeting with Leo to Thursday, same time.",
   "calendar.events(date=2024-06-13):\n09:30-10:00  Standup (recurring)\n12:00-13:00  Lunch w/ Anya\n15:00-15:45  Leo / roadmap sync  (organizer: you)\n17:00-17:30  Expense review\ncalendar.freebusy(Thu 2024-06-14 15:00-15:45, leo@): free",
   "calendar.events(date=2024-06-13):\n09:30-10:00  Standup (recurring)\n16:00-16:45  Leo / roadmap sync  (organizer: you)",
   "contradictory", "schedule_conflict", "16:00-16:45  Leo / roadmap sync  (organizer: you)",
   "Your meeting with Leo today is at 4pm, not 3pm; is that the one to move, and should it stay at 4pm on Thursday?",
   options=["move the 4pm meeting to Thursday 4pm", "move it to Thursday 3pm"])
cp("general", "Send the Q2 deck to Maria.",
   "contacts.search('Maria'):\n[{\"name\": \"Maria Gomez\", \"email\": \"maria.gomez@partnerco.com\", \"last_contacted\": \"2024-06-10\", \"notes\": \"Q2 review owner\"}]\ndrive.search('Q2 deck'): [\"Q2 Business Review.pptx\"]",
   "contacts.search('Maria'):\n[{\"name\": \"Maria Gomez\", \"email\": \"maria.gomez@partnerco.com\"},\n {\"name\": \"Maria Chen\", \"email\": \"mchen@ourco.com\"}]\ndrive.search('Q2 deck'): [\"Q2 Business Review.pptx\"]",
   "ambiguous", "person", "{\"name\": \"Maria Chen\", \"email\": \"mchen@ourco.com\"}",
   "The deck may be confidential outside the company; do you mean Maria Gomez at PartnerCo or Maria Chen (internal)?",
   options=["Maria Gomez", "Maria Chen"])
cp("general", "Reply to Tom's email about the invoice and tell him we'll pay on Friday.",
   "mail.search(from:tom invoice, newer_than:30d):\n1. Tom Becker <tom@becker-print.de>  Jun 10  \"Invoice 4471 - print run May\"  (unread)\nmail.search(from:tom, newer_than:30d) total: 3 (1 about invoices)",
   "mail.search(from:tom invoice, newer_than:30d):\n1. Tom Becker <tom@becker-print.de>  Jun 10  \"Invoice 4471 - print run May\"\n2. Tom Okafor <tom@okafor-studio.com>  Jun 11  \"Overdue: invoice OS-0490\"",
   "ambiguous", "person", "Tom Okafor <tom@okafor-studio.com>  Jun 11  \"Overdue: invoice OS-0490\"",
   "Two Toms emailed about invoices, Tom Becker (4471) and Tom Okafor (OS-0490, overdue); which one should I reply to?",
   options=["Tom Becker", "Tom Okafor"])
cp("general", "Book a table at Sora for Friday at 7pm for four people.",
   "places.search('Sora restaurant', near=me):\n[{\"name\": \"Sora\", \"address\": \"14 Quay St\", \"rating\": 4.6}]\nreservations.availability(Sora, 2024-06-14, party=4): [\"18:30\", \"19:00\", \"21:15\"]",
   "places.search('Sora restaurant', near=me):\n[{\"name\": \"Sora Downtown\", \"address\": \"14 Quay St\"},\n {\"name\": \"Sora Harbour\", \"address\": \"2 Pier Rd\"}]",
   "ambiguous", "entity", "{\"name\": \"Sora Harbour\", \"address\": \"2 Pier Rd\"}",
   "There are two Sora locations, Downtown (Quay St) and Harbour (Pier Rd); which one?",
   options=["Sora Downtown", "Sora Harbour"])
cp("general", "Cancel my dentist appointment next week.",
   "calendar.search('dentist', from=2024-06-17, to=2024-06-23):\n[{\"title\": \"Dentist - Dr. Amari\", \"start\": \"2024-06-19T08:30\", \"location\": \"Bright Smile Clinic\"}]",
   "calendar.search('dentist', from=2024-06-17, to=2024-06-23): []\ncalendar.search('dentist', from=2024-06-01, to=2024-07-31):\n[{\"title\": \"Dentist - Dr. Amari\", \"start\": \"2024-06-26T08:30\"}]",
   "contradictory", "schedule_conflict", "[{\"title\": \"Dentist - Dr. Amari\", \"start\": \"2024-06-26T08:30\"}]",
   "I don't see a dentist appointment next week; the only one is on June 26. Should I cancel that one?",
   options=["cancel June 26", "keep it"])
cp("general", "Forward the signed contract to legal.",
   "mail.search(has:attachment contract, newer_than:7d):\n1. Jun 11  DocuSign <dse@docusign.net>  \"Completed: Northwind MSA\"  attachments: [Northwind_MSA_signed.pdf]\ncontacts.search('legal'): legal@ourco.com",
   "mail.search(has:attachment contract, newer_than:7d):\n1. Jun 11  DocuSign  \"Completed: Northwind MSA\"  [Northwind_MSA_signed.pdf]\n2. Jun 12  DocuSign  \"Completed: Brightline DPA\"  [Brightline_DPA_signed.pdf]\ncontacts.search('legal'): legal@ourco.com",
   "ambiguous", "referent", "[Brightline_DPA_signed.pdf]",
   "Two signed contracts came in this week, the Northwind MSA and the Brightline DPA; which should I forward, or both?",
   options=["Northwind MSA", "Brightline DPA", "both"])
cp("general", "Accept the invite for the design review.",
   "calendar.invites(status=needsAction):\n- \"Design review: onboarding flow\"  Thu 11:00-12:00  from: kim@ourco.com\n- \"Quarterly all-hands\"            Fri 16:00-17:00  from: ceo-office@ourco.com",
   "calendar.invites(status=needsAction):\n- \"Design review: onboarding flow\"  Thu 11:00-12:00  from: kim@ourco.com\n- \"Design review: billing page\"     Thu 14:00-15:00  from: raj@ourco.com",
   "ambiguous", "meeting", "\"Design review: billing page\"     Thu 14:00-15:00  from: raj@ourco.com",
   "You have two design review invites, onboarding flow (11:00) and billing page (14:00); which one should I accept, or both?",
   options=["onboarding flow", "billing page", "both"])
cp("general", "Add Sam's new number to his contact card.",
   "mail.thread(\"New number\", from: sam.ito@gmail.com):\n\"Hi! Changed carriers, my new number is +44 7700 900412. Old one stops working Friday.\"\ncontacts.get('Sam Ito').phones: [\"+44 7700 900123 (mobile)\"]",
   "mail.thread(\"New number\", from: sam.ito@gmail.com):\n\"New job! Office line is +44 20 7946 0958 and my new mobile is +44 7700 900412.\"\ncontacts.get('Sam Ito').phones: [\"+44 7700 900123 (mobile)\"]",
   "missing", "instruction", "Office line is +44 20 7946 0958 and my new mobile is +44 7700 900412.",
   "Sam sent both a new office line and a new mobile; should I add both and replace the old mobile?",
   options=["add both, replace the old mobile", "mobile only"])
cp("general", "Reorder the same printer toner we bought last time.",
   "orders.search('toner', account=office):\n[{\"date\": \"2024-04-02\", \"item\": \"HP 206X Black Toner\", \"qty\": 2, \"price\": 89.99}]\ncart: empty",
   "orders.search('toner', account=office):\n[{\"date\": \"2024-04-02\", \"item\": \"HP 206X Black Toner\", \"qty\": 2},\n {\"date\": \"2024-04-02\", \"item\": \"HP 206X Color 3-pack\", \"qty\": 1}]\ncart: empty",
   "ambiguous", "item", "\"item\": \"HP 206X Color 3-pack\", \"qty\": 1}",
   "Last order had both black toner (x2) and the colour 3-pack; do you want both again or just one?",
   options=["black only", "colour only", "both"])
cp("general", "Pay the electricity bill that's due this week.",
   "bills.list(due_within=7d):\n[{\"payee\": \"City Power\", \"account\": \"home-4410\", \"amount\": 84.20, \"due\": \"2024-06-14\"}]\nbank.balance(checking): 2,340.11",
   "bills.list(due_within=7d):\n[{\"payee\": \"City Power\", \"account\": \"home-4410\", \"amount\": 84.20, \"due\": \"2024-06-14\"},\n {\"payee\": \"City Power\", \"account\": \"studio-0923\", \"amount\": 211.05, \"due\": \"2024-06-15\"}]",
   "ambiguous", "account", "\"account\": \"studio-0923\", \"amount\": 211.05",
   "Two electricity bills are due this week, home (84.20) and studio (211.05); should I pay both?",
   options=["home only", "studio only", "both"])
cp("general", "Rebook my Lisbon flight to the same time on Tuesday.",
   "trips.get(upcoming): TP1351  LHR->LIS  Mon 2024-06-17 07:05\nflights.search(LHR->LIS, 2024-06-18): [\"TP1351 07:05\", \"TP1363 13:30\", \"BA500 18:10\"]",
   "trips.get(upcoming): TP1351  LHR->LIS  Mon 2024-06-17 07:05\nflights.search(LHR->LIS, 2024-06-18): [\"TP1363 13:30\", \"BA500 18:10\"]  (TP1351 does not operate on Tuesdays)",
   "missing", "missing_option", "(TP1351 does not operate on Tuesdays)",
   "There's no 07:05 flight on Tuesday; should I book TP1363 at 13:30, BA500 at 18:10, or look at Wednesday?",
   options=["TP1363 13:30", "BA500 18:10", "Wednesday 07:05"])
cp("general", "Share the Budget 2025 folder with Anil, view-only.",
   "drive.search(name='Budget 2025', type=folder):\n[{\"id\": \"1aB9\", \"path\": \"Finance/Budget 2025\", \"owner\": \"you\"}]\ndirectory.search('Anil'): [\"anil.rao@ourco.com\"]",
   "drive.search(name='Budget 2025', type=folder):\n[{\"id\": \"1aB9\", \"path\": \"Shared drives/Finance/Budget 2025\"},\n {\"id\": \"7kQ2\", \"path\": \"My Drive/drafts/Budget 2025\"}]\ndirectory.search('Anil'): [\"anil.rao@ourco.com\"]",
   "ambiguous", "referent", "{\"id\": \"7kQ2\", \"path\": \"My Drive/drafts/Budget 2025\"}",
   "There are two Budget 2025 folders, one in the Finance shared drive and a drafts one in My Drive; which should Anil see?",
   options=["Shared drives/Finance", "My Drive/drafts"])
cp("general", "Invite the marketing team to the launch sync on Thursday.",
   "directory.groups(query='marketing'):\n[{\"email\": \"marketing@ourco.com\", \"members\": 7, \"description\": \"Marketing team\"}]\ncalendar.get('Launch sync', Thu): 10:00-10:30, 4 guests",
   "directory.groups(query='marketing'):\n[{\"email\": \"marketing-core@ourco.com\", \"members\": 7},\n {\"email\": \"marketing-all@ourco.com\", \"members\": 34}]",
   "ambiguous", "group", "{\"email\": \"marketing-all@ourco.com\", \"members\": 34}",
   "Should I invite marketing-core (7 people) or marketing-all (34 people)?",
   options=["marketing-core", "marketing-all"])
cp("general", "Put the offsite on everyone's calendar for the dates we agreed.",
   "mail.thread(\"Offsite dates\") last message, from: you, Jun 7:\n\"Confirmed: offsite is Sep 18-19 in Porto. I'll send invites.\"\nparticipants: 9",
   "mail.thread(\"Offsite dates\") last 2 messages:\n- Jun 6, Hana: \"Sep 18-19 works for most, Oct 2-3 is the backup\"\n- Jun 7, Luis: \"Still waiting on Porto venue for either date, will confirm\"",
   "missing", "missing_value", "\"Still waiting on Porto venue for either date, will confirm\"",
   "The thread never settled on dates (Sep 18-19 or Oct 2-3, pending the venue); which dates should I put on calendars?",
   options=["Sep 18-19", "Oct 2-3"])
cp("general", "Schedule my 1:1 with Ravi for Wednesday at 10; he said he's free then.",
   "calendar.freebusy(ravi@ourco.com, 2024-06-19):\nbusy: 08:00-09:00, 13:00-14:30\ncalendar.freebusy(you, 2024-06-19):\nbusy: 11:00-12:00",
   "calendar.freebusy(ravi@ourco.com, 2024-06-19):\nbusy: 10:00-11:00 (\"Hiring committee\")\ncalendar.freebusy(you, 2024-06-19):\nbusy: 11:00-12:00",
   "contradictory", "schedule_conflict", "busy: 10:00-11:00 (\"Hiring committee\")",
   "Ravi's calendar shows a hiring committee Wednesday 10-11; should I book it anyway or find another slot?",
   options=["book it anyway", "find another slot"])
cp("general", "Start a return for the headphones I bought last month.",
   "orders.search('headphones'):\n[{\"order\": \"112-884\", \"item\": \"Sony WH-1000XM5\", \"delivered\": \"2024-05-28\", \"return_window_ends\": \"2024-06-27\"}]",
   "orders.search('headphones'):\n[{\"order\": \"112-884\", \"item\": \"Sony WH-1000XM5\", \"delivered\": \"2024-05-02\", \"return_window_ends\": \"2024-06-01\"}]",
   "contradictory", "policy_conflict", "\"return_window_ends\": \"2024-06-01\"",
   "The return window ended on June 1; should I contact support to ask for an exception, or start a warranty claim?",
   options=["ask for an exception", "warranty claim"])
cp("general", "Send a thank-you note to whoever referred Jenna Park.",
   "crm.get_contact('Jenna Park'):\n{\"source\": \"referral\", \"referred_by\": \"Oskar Lind <oskar@lindworks.se>\", \"created\": \"2024-05-30\", \"stage\": \"customer\"}",
   "crm.get_contact('Jenna Park'):\n{\"source\": \"event\", \"referred_by\": null, \"event\": \"SaaStr Europa 2024\", \"created\": \"2024-05-30\", \"stage\": \"customer\"}",
   "missing", "missing_value", "\"referred_by\": null",
   "The CRM shows Jenna came from SaaStr Europa with no referrer recorded; who referred her?")
cp("general", "Find a time next week for a 30-minute call with Dara and Ken.",
   "calendar.freebusy(dara@, ken@, you; 2024-06-17..21, 09:00-17:00):\ncommon free slots >= 30m: Mon 14:00-15:00, Wed 09:00-10:30, Thu 16:00-17:00\ndirectory: dara@ourco.com (Europe/London), ken@ourco.com (Europe/London)",
   "calendar.freebusy(dara@, ken@, you; 2024-06-17..21):\ndara@ourco.com: calendar not shared\ncommon free slots (you, ken) >= 30m: Mon 14:00, Wed 09:00, Thu 16:00",
   "missing", "missing_data", "dara@ourco.com: calendar not shared",
   "Dara's calendar isn't shared with me; should I propose Mon 14:00, Wed 09:00 or Thu 16:00 to her, or will you ask her?",
   options=["propose the three slots", "you'll ask her"])
cp("general", "Renew my passport using the saved application.",
   "docs.search('passport'):\n[{\"title\": \"Passport renewal form (draft)\", \"modified\": \"2024-06-02\", \"fields_missing\": []}]\nid.passport.expires: 2024-09-30",
   "docs.search('passport'):\n[{\"title\": \"Passport renewal form (draft)\", \"modified\": \"2024-06-02\", \"fields_missing\": [\"photo\", \"emergency_contact\"]}]",
   "missing", "missing_value", "\"fields_missing\": [\"photo\", \"emergency_contact\"]",
   "The saved application is missing a photo and an emergency contact; can you give me those, or should I leave it as a draft?")
cp("general", "Add the team dinner to my calendar; the details are in Lena's email.",
   "mail.search(from:lena dinner):\n1. Jun 11 \"Team dinner!\" - \"Booked Casa Nova for Thu June 20, 19:30, 12 people.\"\ncalendar.events(2024-06-20 evening): none",
   "mail.search(from:lena dinner):\n1. Jun 11 \"Team dinner!\" - \"Booked Casa Nova for Thu June 20, 19:30.\"\n2. Jun 12 \"Re: Team dinner!\" - \"Update: moved to Wed June 19, same time\"",
   "contradictory", "value_conflict", "\"Update: moved to Wed June 19, same time\"",
   "Lena's first email says Thursday June 20 but a later reply says it moved to Wednesday June 19; should I use the later date?",
   options=["Wed June 19", "Thu June 20"])
cp("general", "Order a birthday cake for Noor to arrive on her birthday.",
   "contacts.get('Noor Haddad'): {\"birthday\": \"06-21\", \"address\": \"Flat 3, 18 Elm Row\"}\nbakery.delivery_dates: [\"2024-06-20\", \"2024-06-21\", \"2024-06-22\"]",
   "contacts.get('Noor Haddad'): {\"birthday\": null, \"address\": \"Flat 3, 18 Elm Row\"}\ncalendar.search('Noor birthday'): []",
   "missing", "missing_value", "{\"birthday\": null, \"address\": \"Flat 3, 18 Elm Row\"}",
   "I don't have Noor's birthday anywhere; what date should the cake arrive?")
cp("general", "Forward the meeting notes to everyone who attended yesterday's vendor call.",
   "calendar.get('Vendor call - Paysafe', 2024-06-11):\nattendees (accepted): you, ines@ourco.com, mark@ourco.com, rep@paysafe.com\ndrive.search('vendor call notes 06-11'): [\"Paysafe call notes 2024-06-11.docx\"]",
   "calendar.get('Vendor call - Paysafe', 2024-06-11):\nattendees (accepted): you, ines@ourco.com, rep@paysafe.com\ndrive.get('Paysafe call notes').labels: [\"internal only - pricing strategy\"]",
   "contradictory", "permission", "[\"internal only - pricing strategy\"]",
   "The notes are labelled internal only (pricing strategy) but the Paysafe rep attended; should I send them only to the internal attendees?",
   options=["internal attendees only", "everyone including Paysafe"])
cp("general", "Transfer 500 to my savings account.",
   "bank.accounts():\n[{\"name\": \"Everyday\", \"type\": \"checking\", \"balance\": 3120.55},\n {\"name\": \"Rainy day\", \"type\": \"savings\", \"balance\": 8400.00}]",
   "bank.accounts():\n[{\"name\": \"Everyday\", \"type\": \"checking\", \"balance\": 3120.55},\n {\"name\": \"Rainy day\", \"type\": \"savings\", \"balance\": 8400.00},\n {\"name\": \"House deposit\", \"type\": \"savings\", \"balance\": 22150.00}]",
   "ambiguous", "account", "{\"name\": \"House deposit\", \"type\": \"savings\", \"balance\": 22150.00}",
   "You have two savings accounts, Rainy day and House deposit; which one should get the 500?",
   options=["Rainy day", "House deposit"])

# ===========================================================================
# writing: docs, drafts, CMS entries, style guides, tickets
# ===========================================================================
cp("writing", "Update Elena's speaker bio with her new title.",
   "mail.search(from:elena title):\n1. Jun 10 \"Re: conference bio\" - \"Yes please use my new title: Director of Platform Engineering. Thanks!\"\ncms.get('speakers/elena-vos').title: \"Senior Engineering Manager\"",
   "mail.search(from:elena title):\n1. Jun 10 \"Re: conference bio\" - \"New title is VP Engineering\"\n2. Jun 12 \"Re: Re: conference bio\" - \"Hold on, HR says it's Head of Engineering until the board signs off\"",
   "contradictory", "value_conflict", "\"Hold on, HR says it's Head of Engineering until the board signs off\"",
   "Elena first said VP Engineering, then said Head of Engineering until the board signs off; which title should the bio use?",
   options=["VP Engineering", "Head of Engineering"])
cp("writing", "Proofread the launch draft in the shared docs folder.",
   "docs.search('launch draft', folder='Shared/Marketing'):\n[{\"title\": \"Launch blog post - DRAFT\", \"modified\": \"2024-06-12\", \"words\": 1180}]\ndocs.search total: 1",
   "docs.search('launch draft', folder='Shared/Marketing'):\n[{\"title\": \"Launch blog post - DRAFT\", \"modified\": \"2024-06-12\"},\n {\"title\": \"Launch email - draft v2\", \"modified\": \"2024-06-11\"},\n {\"title\": \"Launch press release (draft)\", \"modified\": \"2024-06-09\"}]",
   "ambiguous", "referent", "{\"title\": \"Launch press release (draft)\", \"modified\": \"2024-06-09\"}",
   "There are three launch drafts (blog post, email, press release); which one should I proofread?",
   options=["blog post", "email", "press release", "all three"])
cp("writing", "Write the release notes for v2.3 from the merged PRs.",
   "$ gh pr list --state merged --search 'milestone:v2.3' --json number,title --jq '.[] | \"#\\(.number) \\(.title)\"'\n#812 Add bulk export\n#809 Fix timezone bug in reports\n#801 Faster dashboard load\n#799 Drop IE11 polyfills",
   "$ gh api repos/acme/app/milestones --jq '.[].title'\nv2.2.5\nv2.4\n$ gh pr list --state merged --search 'milestone:v2.3'\nno pull requests match your search",
   "missing", "missing_target", "no pull requests match your search",
   "There's no v2.3 milestone (only v2.2.5 and v2.4); which PRs should go into the v2.3 notes, e.g. everything merged since v2.2.5?",
   options=["everything since v2.2.5", "the v2.4 milestone"])
cp("writing", "Trim the abstract to the conference's word limit.",
   "web.fetch('https://pycon-nordic.org/cfp'):\n... Talk proposals: title (max 80 characters), abstract (max 250 words), outline for reviewers (no limit) ...\nwc abstract.md: 341 words",
   "web.fetch('https://pycon-nordic.org/cfp'):\n... abstract (max 150 words) ...\nweb.fetch('https://pycon-nordic.org/faq'):\n... Q: How long can my abstract be? A: Up to 300 words. ...",
   "contradictory", "value_conflict", "A: Up to 300 words.",
   "The CFP page says 150 words but the FAQ says 300; which limit should I trim to?",
   options=["150 words", "300 words"])
cp("writing", "Reply to the customer in ticket #5012 with an apology and the refund amount.",
   "helpdesk.get(5012):\nsubject: \"Charged twice for annual plan\"\ninternal_note (Mo, Jun 11): \"Approved: refund duplicate charge of $588.00, processed in Stripe re_3PQ.\"\nstatus: open",
   "helpdesk.get(5012):\nsubject: \"Charged twice for annual plan\"\ninternal_note (Mo, Jun 11): \"Refund either the full $588 or prorate to $441? Waiting on finance.\"\nstatus: open",
   "missing", "missing_value", "\"Refund either the full $588 or prorate to $441? Waiting on finance.\"",
   "The refund amount isn't decided yet ($588 in full or $441 prorated); which amount should the reply quote?",
   options=["$588", "$441"])
cp("writing", "Format the dates in the newsletter according to our style guide.",
   "docs.get('Style guide').section('Dates'):\n\"Write dates as day month year with the month spelled out: 4 June 2024. Never use numeric-only dates.\"\nnewsletter.audience: all",
   "docs.get('Style guide').section('Dates'):\n\"US edition: June 4, 2024. International edition: 4 June 2024.\"\nnewsletter.audience: all (single edition)",
   "ambiguous", "value_choice", "\"US edition: June 4, 2024. International edition: 4 June 2024.\"",
   "The style guide has different date formats for the US and international editions, and this newsletter goes to everyone; which format should I use?",
   options=["June 4, 2024", "4 June 2024"])
cp("writing", "Fix the broken link in the onboarding guide.",
   "$ lychee docs/onboarding.md\n[404] https://wiki.ourco.com/it/laptop-setup\n1 error\n$ curl -sI https://wiki.ourco.com/it/laptop-setup-2024 | head -1\nHTTP/2 200\nwiki redirect log: laptop-setup -> laptop-setup-2024 (renamed Mar 2)",
   "$ lychee docs/onboarding.md\n[404] https://wiki.ourco.com/it/laptop-setup\n1 error\nwiki.search('laptop setup'): [\"IT/laptop-setup-mac\", \"IT/laptop-setup-windows\"]",
   "ambiguous", "referent", "[\"IT/laptop-setup-mac\", \"IT/laptop-setup-windows\"]",
   "The old laptop-setup page was split into Mac and Windows versions; should the link point to one of them or should I link both?",
   options=["Mac page", "Windows page", "link both"])
cp("writing", "Write the announcement for the new office using the address in the lease email.",
   "mail.search('lease signed'):\n1. Jun 3 \"Lease signed\" - \"Our new office: 4th floor, 221 Harbour Street, Leith EH6 6AB. Keys on July 1.\"",
   "mail.search('lease signed'):\n1. Jun 3 \"Lease signed\" - \"Registered address: 12 Charlotte Sq, EH2 4DJ. Site: 4th floor, 221 Harbour Street, EH6 6AB.\"",
   "ambiguous", "value_choice", "\"Registered address: 12 Charlotte Sq, EH2 4DJ. Site: 4th floor, 221 Harbour Street, EH6 6AB.\"",
   "The lease lists a registered address (Charlotte Sq) and the actual site (Harbour Street); the announcement should use Harbour Street, right?",
   options=["221 Harbour Street", "12 Charlotte Sq"])
cp("writing", "Update the pricing page copy to the new prices.",
   ">>> pd.read_excel('pricing_2024H2.xlsx')\n     plan  old_price  new_price  approved_by\n0  Starter         12         15   CFO 06-05\n1     Team         29         35   CFO 06-05\n2 Business         79         89   CFO 06-05",
   ">>> pd.read_excel('pricing_2024H2.xlsx')\n     plan  proposed  approved\n0  Starter        15        14\n1     Team        35        35\n2 Business        89       NaN",
   "contradictory", "value_conflict", "2 Business        89       NaN",
   "The sheet's proposed and approved prices differ (Starter 15 vs 14) and Business has no approved price yet; should I use only the approved ones and leave Business as is?",
   options=["approved prices, Business unchanged", "proposed prices"])
cp("writing", "Cite the 2021 developer survey in the report's introduction.",
   "web.search('2021 developer survey remote work'):\n1. \"Stack Overflow Developer Survey 2021\" insights.stackoverflow.com/survey/2021\n   ... 80,000 respondents ...\nrefs.bib: already contains @misc{so2021, ...}",
   "web.search('2021 developer survey remote work'):\n1. \"Stack Overflow Developer Survey 2021\" insights.stackoverflow.com/survey/2021\n2. \"JetBrains State of Developer Ecosystem 2021\" jetbrains.com/lp/devecosystem-2021\nrefs.bib: contains neither",
   "ambiguous", "referent", "\"JetBrains State of Developer Ecosystem 2021\"",
   "Which 2021 survey do you mean, Stack Overflow's or JetBrains' State of Developer Ecosystem?",
   options=["Stack Overflow 2021", "JetBrains 2021"])
cp("writing", "Add the customer quote from the Brightline case study to the landing page.",
   "docs.get('Case study - Brightline').quotes:\n[\"We closed our books four days faster.\" - Amara Osei, CFO]\ncms.get('landing').blocks: hero, logos, features, pricing_cta",
   "docs.get('Case study - Brightline').quotes:\n[\"We closed our books four days faster.\" - Amara Osei, CFO,\n \"Setup took one afternoon.\" - Jon Reyes, IT lead]",
   "ambiguous", "referent", "\"Setup took one afternoon.\" - Jon Reyes, IT lead",
   "The case study has two quotes (Amara Osei on closing books, Jon Reyes on setup); which one goes on the landing page?",
   options=["Amara Osei", "Jon Reyes"])
cp("writing", "Draft a LinkedIn post announcing Maya's promotion to Senior Designer.",
   "hris.get('Maya Lindqvist'):\n{\"title\": \"Senior Designer\", \"effective\": \"2024-06-01\", \"previous_title\": \"Product Designer\", \"announce_ok\": true}",
   "hris.get('Maya Lindqvist'):\n{\"title\": \"Lead Designer\", \"effective\": \"2024-06-01\", \"previous_title\": \"Product Designer\", \"announce_ok\": true}",
   "contradictory", "value_conflict", "\"title\": \"Lead Designer\"",
   "HR has Maya's new title as Lead Designer, not Senior Designer; which title should the post use?",
   options=["Lead Designer", "Senior Designer"])
cp("writing", "Summarise the incident for the status page.",
   "incidents.get('INC-771'):\n{\"title\": \"Checkout errors\", \"status\": \"resolved\", \"start\": \"21:02 UTC\", \"end\": \"22:40 UTC\", \"customer_impact\": \"~8% of checkouts failed\", \"public_summary_ok\": true}",
   "incidents.list(status='open'):\n[{\"id\": \"INC-771\", \"title\": \"Checkout errors\", \"impact\": \"~8% checkouts failed\"},\n {\"id\": \"INC-774\", \"title\": \"Delayed email receipts\", \"impact\": \"emails up to 40m late\"}]",
   "ambiguous", "referent", "{\"id\": \"INC-774\", \"title\": \"Delayed email receipts\", \"impact\": \"emails up to 40m late\"}",
   "There are two open incidents, INC-771 (checkout errors) and INC-774 (delayed receipts); which one should the status update cover, or both?",
   options=["INC-771", "INC-774", "both"])
cp("writing", "Translate the onboarding email into Spanish for the Mexico launch.",
   "cms.get('emails/onboarding-1').locales: [\"en-US\"]\nproject.launch: {\"market\": \"MX\", \"locale\": \"es-MX\"}\nglossary.get('es-MX'): 212 terms",
   "cms.get('emails/onboarding-1').locales: [\"en-US\", \"es-ES\"]\nproject.launch: {\"market\": \"MX\"}\nglossary: es-ES (212 terms), es-MX (none)",
   "ambiguous", "locale", "glossary: es-ES (212 terms), es-MX (none)",
   "There's already an es-ES (Spain) version and no Mexican glossary; should I adapt the es-ES text or write fresh es-MX copy?",
   options=["adapt es-ES", "fresh es-MX"])
cp("writing", "Add a changelog entry for the export fix under the current release.",
   "$ head -8 CHANGELOG.md\n# Changelog\n\n## [Unreleased]\n### Fixed\n- Dates in PDF reports use the account timezone\n\n## [4.2.0] - 2024-05-30\n### Added",
   "$ head -8 CHANGELOG.md\n# Changelog\n\n## [4.2.1] - 2024-06-12\n### Fixed\n- Dates in PDF reports use the account timezone\n\n## [4.2.0] - 2024-05-30\n$ git tag --contains HEAD\nv4.2.1",
   "contradictory", "version", "v4.2.1",
   "4.2.1 is already tagged and released without the export fix; should the entry go under a new [Unreleased] section instead?",
   options=["new [Unreleased] section", "amend 4.2.1"])
cp("writing", "Send the rejection email to the candidate from Tuesday's interview.",
   "ats.interviews(date=2024-06-11):\n[{\"candidate\": \"Felix Brandt\", \"role\": \"Backend Engineer\", \"decision\": \"reject\", \"feedback_complete\": true}]",
   "ats.interviews(date=2024-06-11):\n[{\"candidate\": \"Felix Brandt\", \"role\": \"Backend Engineer\", \"decision\": \"reject\"},\n {\"candidate\": \"Aiko Mori\", \"role\": \"Backend Engineer\", \"decision\": \"pending\"}]",
   "ambiguous", "person", "{\"candidate\": \"Aiko Mori\", \"role\": \"Backend Engineer\", \"decision\": \"pending\"}",
   "Two candidates interviewed on Tuesday; Felix Brandt is marked reject and Aiko Mori is still pending. Is Felix the one to reject?",
   options=["Felix Brandt", "Aiko Mori"])
cp("writing", "Write the alt text for the hero image on the homepage.",
   "cms.get('home').hero:\n{\"image\": \"hero-team-whiteboard.jpg\", \"caption\": \"Our team planning the 2024 roadmap\", \"alt\": \"\"}",
   "cms.get('home').hero:\n{\"variants\": [{\"image\": \"hero-team-whiteboard.jpg\", \"alt\": \"\"}, {\"image\": \"hero-product-dashboard.png\", \"alt\": \"\"}], \"ab_test\": \"running\"}",
   "ambiguous", "referent", "{\"image\": \"hero-product-dashboard.png\", \"alt\": \"\"}",
   "The hero is in an A/B test with two images (team whiteboard and product dashboard); should I write alt text for both?",
   options=["both", "whiteboard only", "dashboard only"])
cp("writing", "Rewrite the API docs example to use the current SDK method name.",
   "$ grep -n 'client\\.' docs/quickstart.md\n41:client.create_payment(amount=1000, currency=\"eur\")\n$ grep -n 'def create_payment\\|deprecated' sdk/client.py\n88:    def create_payment(self, amount, currency):",
   "$ grep -n 'client\\.' docs/quickstart.md\n41:client.create_payment(amount=1000, currency=\"eur\")\n$ grep -n 'create_payment' sdk/client.py\n88:    @deprecated(\"use payments.create or payment_intents.create\")",
   "ambiguous", "value_choice", "@deprecated(\"use payments.create or payment_intents.create\")",
   "The SDK names two replacements, payments.create and payment_intents.create; which one should the quickstart example use?",
   options=["payments.create", "payment_intents.create"])
cp("writing", "Update the team page with the new hire's photo and bio.",
   "hris.new_hires(since=2024-06-01):\n[{\"name\": \"Oluwaseun Adeyemi\", \"team\": \"Support\", \"photo\": \"seun.jpg\", \"bio_submitted\": true}]",
   "hris.new_hires(since=2024-06-01):\n[{\"name\": \"Oluwaseun Adeyemi\", \"team\": \"Support\", \"photo\": \"seun.jpg\", \"bio_submitted\": true},\n {\"name\": \"Clara Jensen\", \"team\": \"Sales\", \"photo\": null, \"bio_submitted\": false}]",
   "ambiguous", "person", "{\"name\": \"Clara Jensen\", \"team\": \"Sales\", \"photo\": null, \"bio_submitted\": false}",
   "There are two new hires this month, Oluwaseun Adeyemi and Clara Jensen (no photo or bio yet); is it Oluwaseun you mean?",
   options=["Oluwaseun Adeyemi", "Clara Jensen"])
cp("writing", "Write the quarterly investor update using the numbers in the board deck.",
   "drive.search('board deck Q2'):\n[{\"title\": \"Board deck Q2 2024 - FINAL\", \"modified\": \"2024-06-10\", \"slides\": 24}]\nslides[4].text: \"ARR $18.4M (+9% QoQ), net retention 118%, burn $1.1M/mo\"",
   "drive.search('board deck Q2'):\n[{\"title\": \"Board deck Q2 2024 - FINAL\", \"modified\": \"2024-06-10\"},\n {\"title\": \"Board deck Q2 2024 - FINAL (restated ARR)\", \"modified\": \"2024-06-12\"}]",
   "ambiguous", "referent", "\"Board deck Q2 2024 - FINAL (restated ARR)\"",
   "There's a FINAL deck and a newer one with restated ARR; which one's numbers should the update use?",
   options=["FINAL (Jun 10)", "restated ARR (Jun 12)"])
cp("writing", "Send the newsletter draft to the editor for review.",
   "cms.get('newsletter/june').workflow: {\"stage\": \"draft\", \"editor\": \"hanna.w@ourco.com\"}\ndirectory.get('hanna.w@ourco.com').status: active",
   "cms.get('newsletter/june').workflow: {\"stage\": \"draft\", \"editor\": \"hanna.w@ourco.com\"}\ndirectory.get('hanna.w@ourco.com').status: \"out of office until 2024-07-08\"",
   "missing", "missing_person", "\"out of office until 2024-07-08\"",
   "The assigned editor, Hanna, is out until July 8; who should review the June newsletter instead?")
cp("writing", "Shorten the product description to fit the app store field.",
   "store.listing_limits('ios'): {\"subtitle\": 30, \"promotional_text\": 170, \"description\": 4000}\nlisting.draft.description: 5,212 characters",
   "store.listing_limits: ios {\"description\": 4000}, google_play {\"short_description\": 80, \"full_description\": 4000}\nlisting.draft.description: 5,212 characters\ntargets: [ios, google_play]",
   "ambiguous", "referent", "google_play {\"short_description\": 80, \"full_description\": 4000}",
   "The listing goes to both stores and Google Play also has an 80-character short description; should I produce just the 4,000-character version or both?",
   options=["4,000-character version only", "also the 80-character short description"])

# ===========================================================================
# pairs where the request text differs; the observation is shared or similar
# ===========================================================================
pr("coding", "Squash the last 3 commits on this branch into one with the message 'Add CSV export'.",
   "Squash the last few commits on this branch into one and give it a sensible message before I open the PR.",
   "missing", "count", "the last few commits",
   "How many commits should I squash: the three since main, or more of them?",
   good_ctx="$ git log --oneline -5\n9e1a2b3 address review comments\n4c5d6e7 add tests\n1f2a3b4 add CSV export endpoint\n0aa31f9 Merge pull request #211 from acme/fix-tz\nc55b2e0 Add Makefile target for docs",
   bad_ctx="$ git log --oneline -5\n9e1a2b3 address review comments\n4c5d6e7 add tests\n1f2a3b4 add CSV export endpoint\n0aa31f9 wip\nc55b2e0 wip refactor export module",
   options=["3 commits", "5 commits"])
pr("coding", "Rename the helper in src/acme/legacy/dates.py from parse_date to parse_legacy_date.",
   "Rename the date helper to something clearer, its callers are confusing the new hires.",
   "missing", "missing_value", "something clearer",
   "Which helper (utils or legacy parse_date) should be renamed, and to what name?",
   good_ctx="$ grep -rn 'def parse_date' src/\nsrc/acme/utils/dates.py:31:def parse_date(value: str) -> date:\nsrc/acme/legacy/dates.py:12:def parse_date(value, fmt='%d/%m/%Y'):",
   bad_ctx="$ grep -rn 'def parse_date' src/\nsrc/acme/utils/dates.py:31:def parse_date(value: str) -> date:\nsrc/acme/legacy/dates.py:12:def parse_date(value, fmt='%d/%m/%Y'):")
pr("coding", "Bump the Go toolchain in go.mod to 1.22.4.",
   "Bump the Go toolchain in go.mod to 1.21, the version we agreed on in the platform meeting.",
   "contradictory", "version", "1.21",
   "go.mod already uses Go 1.22.2, so 1.21 would be a downgrade; did you mean 1.22.x or really 1.21?",
   good_ctx="$ head -5 go.mod\nmodule github.com/acme/ledger\n\ngo 1.22.2\n\nrequire (",
   bad_ctx="$ head -5 go.mod\nmodule github.com/acme/ledger\n\ngo 1.22.2\n\nrequire (",
   options=["1.22.x", "1.21"])
pr("coding", "Add a retry with 3 attempts and exponential backoff to the create_intent call on line 88.",
   "Add retries to the payment calls.",
   "ambiguous", "referent", "the payment calls",
   "Should the retries cover only create_intent, or also capture and refund, which may not be safe to repeat?",
   good_ctx="$ grep -n 'payments_client\\.' app/checkout.py\n88:        intent = payments_client.create_intent(order.total, order.currency)\n131:        payments_client.capture(intent.id)\n164:        payments_client.refund(intent.id, amount)",
   bad_ctx="$ grep -n 'payments_client\\.' app/checkout.py\n88:        intent = payments_client.create_intent(order.total, order.currency)\n131:        payments_client.capture(intent.id)\n164:        payments_client.refund(intent.id, amount)",
   options=["create_intent only", "all three"])
pr("coding", "Set the log level of both app.auth and legacy.auth to DEBUG.",
   "Turn logging up to DEBUG for the auth stuff while I chase the login bug this afternoon.",
   "ambiguous", "referent", "the auth stuff",
   "Should DEBUG apply to app.auth, legacy.auth, or both?",
   good_ctx="loggers:\n  app.auth: {level: INFO}\n  legacy.auth: {level: WARNING}\n  app.billing: {level: WARNING}",
   bad_ctx="loggers:\n  app.auth: {level: INFO}\n  legacy.auth: {level: WARNING}\n  app.billing: {level: WARNING}",
   options=["app.auth", "legacy.auth", "both"])
pr("coding", "Pin the Node version in .nvmrc to 20, the version we deploy with.",
   "Pin the Node version in .nvmrc to the one we deploy with.",
   "missing", "version", "the one we deploy with",
   "The Dockerfile uses node:18 but the Vercel project is set to Node 20; which one do you deploy with?",
   good_ctx="$ grep -n FROM Dockerfile\n1:FROM node:18-alpine\n$ vercel project inspect web | grep -i node\nNode.js Version  20.x",
   bad_ctx="$ grep -n FROM Dockerfile\n1:FROM node:18-alpine\n$ vercel project inspect web | grep -i node\nNode.js Version  20.x",
   options=["18", "20"])
pr("sql", "What was net revenue (net_amount) last quarter?",
   "What was revenue last quarter?",
   "ambiguous", "column_choice", "revenue",
   "Should revenue be gross_amount or net_amount?",
   good_ctx=" Column       | Type\n--------------+--------------\n order_id     | bigint\n gross_amount | numeric(12,2)\n net_amount   | numeric(12,2)\n created_at   | timestamptz",
   bad_ctx=" Column       | Type\n--------------+--------------\n order_id     | bigint\n gross_amount | numeric(12,2)\n net_amount   | numeric(12,2)\n created_at   | timestamptz",
   options=["gross_amount", "net_amount"])
pr("sql", "Delete customers whose email ends in @ourshop.com; those are our test accounts.",
   "Delete our test accounts from the customers table before the audit export goes out tonight.",
   "missing", "criterion", "our test accounts",
   "There's no is_test flag; how do I recognise test accounts, for example emails ending in @ourshop.com?",
   good_ctx="shop=> SELECT count(*) FROM customers WHERE email LIKE '%@ourshop.com';\n 57\nshop=> \\d customers\n id | email | name | created_at",
   bad_ctx="shop=> SELECT count(*) FROM customers WHERE email LIKE '%@ourshop.com';\n 57\nshop=> \\d customers\n id | email | name | created_at",
   options=["emails ending in @ourshop.com", "another rule"])
pr("sql", "Count users who logged in within the last 30 days.",
   "Count the engaged users.",
   "missing", "definition", "engaged users",
   "What counts as engaged: logged in within the last 30 days, or something else like a minimum number of sessions?",
   good_ctx=" Column        | Type\n---------------+------------\n id            | bigint\n last_login_at | timestamptz\n sessions_30d  | integer",
   bad_ctx=" Column        | Type\n---------------+------------\n id            | bigint\n last_login_at | timestamptz\n sessions_30d  | integer",
   options=["logged in within 30 days", "at least N sessions"])
pr("sql", "Set the price of the monthly Pro plan (id 3) to 49.",
   "Set the Pro plan price to 49 effective today, finance already signed off on it.",
   "ambiguous", "row_choice", "the Pro plan price",
   "There's a monthly Pro (39) and a yearly Pro (390); is 49 for the monthly plan, and should the yearly one change?",
   good_ctx=" id | name | interval | price\n  3 | Pro  | month    |  39.00\n  4 | Pro  | year     | 390.00",
   bad_ctx=" id | name | interval | price\n  3 | Pro  | month    |  39.00\n  4 | Pro  | year     | 390.00",
   options=["monthly only", "monthly and yearly"])
pr("sql", "Drop both tmp_load_20240611_a and tmp_load_20240611_b.",
   "Drop the temp table from yesterday.",
   "ambiguous", "referent", "the temp table",
   "Yesterday's load left tmp_load_20240611_a and _b; should I drop both?",
   good_ctx=" stage | tmp_load_20240611_a | table | etl\n stage | tmp_load_20240611_b | table | etl",
   bad_ctx=" stage | tmp_load_20240611_a | table | etl\n stage | tmp_load_20240611_b | table | etl",
   options=["both", "only _a", "only _b"])
pr("sql", "Archive orders placed before 2022-06-12 by moving them to orders_archive.",
   "Archive orders placed before 2022-06-12 by moving them to orders_history.",
   "contradictory", "missing_target", "orders_history",
   "There's no orders_history table, only orders_archive; should I move them there, or create orders_history?",
   good_ctx="shop=> \\dt orders*\n public | orders         | table\n public | orders_archive | table",
   bad_ctx="shop=> \\dt orders*\n public | orders         | table\n public | orders_archive | table",
   options=["orders_archive", "create orders_history"])
pr("sql", "Grant SELECT on schema finance to the analyst_readonly role.",
   "Grant SELECT on schema finance to the analyst role.",
   "ambiguous", "entity", "the analyst role",
   "There are two analyst roles, analyst_readonly and analysts_ro; which one?",
   good_ctx=" analyst_readonly | \n analysts_ro      | Cannot login",
   bad_ctx=" analyst_readonly | \n analysts_ro      | Cannot login",
   options=["analyst_readonly", "analysts_ro"])
pr("sql", "Backfill signup_source with 'legacy' for users created before 2023-03-01.",
   "Backfill signup_source for the users created before tracking launched.",
   "missing", "missing_value", "Backfill signup_source",
   "What value should the old users get: 'unknown', 'legacy', or something else?",
   good_ctx=" signup_source |  | YES\n organic | 10233\n paid    |  8871\n         | 48213",
   bad_ctx=" signup_source |  | YES\n organic | 10233\n paid    |  8871\n         | 48213",
   options=["unknown", "legacy"])
pr("data", "Plot monthly net revenue (the net column) from sales_2024.csv.",
   "Plot monthly revenue from sales_2024.csv for the board pack, a simple line chart is fine.",
   "ambiguous", "column_choice", "monthly revenue",
   "The file has gross and net columns; which one should the chart show?",
   good_ctx="order_date,region,gross,discount,net,tax",
   bad_ctx="order_date,region,gross,discount,net,tax",
   options=["gross", "net"])
pr("data", "Convert the timestamps to UTC; they were recorded in each site's local time (Berlin, Boston, Singapore).",
   "Convert the timestamps to UTC.",
   "missing", "timezone", "Convert the timestamps to UTC.",
   "The timestamps have no timezone; are they in each site's local time or already in a single zone?",
   good_ctx=">>> df['ts'].dtype\ndatetime64[ns]\n>>> df['site'].unique()\narray(['berlin', 'boston', 'singapore'])",
   bad_ctx=">>> df['ts'].dtype\ndatetime64[ns]\n>>> df['site'].unique()\narray(['berlin', 'boston', 'singapore'])",
   options=["site-local time", "already UTC"])
pr("data", "Remove rows whose latency_ms is more than 3 standard deviations above the mean.",
   "Remove the outliers from the latency data.",
   "missing", "criterion", "the outliers",
   "What rule should define an outlier: more than 3 standard deviations, above the 99th percentile, or the IQR rule?",
   good_ctx=">>> lat['latency_ms'].agg(['mean', 'std', 'max'])\nmean      182.4\nstd        97.1\nmax     30012.0",
   bad_ctx=">>> lat['latency_ms'].agg(['mean', 'std', 'max'])\nmean      182.4\nstd        97.1\nmax     30012.0",
   options=["3 standard deviations", "99th percentile", "IQR rule"])
pr("data", "Normalise the price column with z-scores before clustering.",
   "Normalise the price column before clustering.",
   "ambiguous", "method", "Normalise the price column",
   "Which normalisation should I use: z-score, min-max scaling, or a log transform (price is heavily skewed)?",
   good_ctx=">>> df['price'].skew()\n6.81",
   bad_ctx=">>> df['price'].skew()\n6.81",
   options=["z-score", "min-max", "log transform"])
pr("data", "Load export_2024-06-12_fixed.csv into the notebook.",
   "Load today's export into the notebook so I can rerun the cohort analysis.",
   "ambiguous", "referent", "today's export",
   "There are two exports from today, the automatic one and dana's _fixed copy; which should I load?",
   good_ctx="export_2024-06-12_fixed.csv\nexport_2024-06-12.csv",
   bad_ctx="export_2024-06-12_fixed.csv\nexport_2024-06-12.csv",
   options=["export_2024-06-12_fixed.csv", "export_2024-06-12.csv"])
pr("data", "Split the data 80/20 stratified by label, after merging fraud_other into fraud_card.",
   "Split the data 80/20 stratified by label.",
   "missing", "design_choice", "stratified by label",
   "fraud_other has a single row, so stratifying will fail; should I drop it, merge it, or split without stratifying?",
   good_ctx="legit          91221\nfraud_card      1204\nfraud_ato        388\nfraud_other        1",
   bad_ctx="legit          91221\nfraud_card      1204\nfraud_ato        388\nfraud_other        1",
   options=["drop it", "merge into fraud_card", "unstratified"])
pr("data", "Train on 2022 data and evaluate on 2023.",
   "Train on 2023 data and evaluate on 2024.",
   "contradictory", "missing_data", "evaluate on 2024",
   "The data ends on 2023-12-31, so there's nothing from 2024; should I hold out late 2023 instead?",
   good_ctx=">>> df['date'].agg(['min','max'])\nmin   2021-03-01\nmax   2023-12-31",
   bad_ctx=">>> df['date'].agg(['min','max'])\nmin   2021-03-01\nmax   2023-12-31",
   options=["hold out Q4 2023", "get newer data"])
pr("ops", "Restart the api-canary pod in prod.",
   "Restart the api pod in prod.",
   "ambiguous", "referent", "the api pod",
   "There are two stable api pods and a canary; which one, or should I restart the whole deployment?",
   good_ctx="api-7d9f8b6c5-xk2lp          1/1   Running   3    6d\napi-7d9f8b6c5-q8m4z          1/1   Running   0    6d\napi-canary-5c6b7d8e9-r2t7n   1/1   Running   11   2h",
   bad_ctx="api-7d9f8b6c5-xk2lp          1/1   Running   3    6d\napi-7d9f8b6c5-q8m4z          1/1   Running   0    6d\napi-canary-5c6b7d8e9-r2t7n   1/1   Running   11   2h",
   options=["the canary", "a stable pod", "the whole deployment"])
pr("ops", "Scale worker-billing to 5 replicas.",
   "Scale the workers up to 5, the month-end queue is backing up again.",
   "ambiguous", "referent", "the workers",
   "Should worker-email, worker-billing, or both go to 5 replicas?",
   good_ctx="worker-email    2/2   2   2   88d\nworker-billing  3/3   3   3   41d",
   bad_ctx="worker-email    2/2   2   2   88d\nworker-billing  3/3   3   3   41d",
   options=["worker-email", "worker-billing", "both"])
pr("ops", "Open port 5432 on db-sg to 203.0.113.24/32.",
   "Open port 5432 on db-sg for the new contractor.",
   "missing", "missing_value", "for the new contractor",
   "What IP address or range does the contractor connect from?",
   good_ctx="$ aws ec2 describe-security-groups --group-names db-sg --query 'SecurityGroups[].IpPermissions[].FromPort'\n[443]",
   bad_ctx="$ aws ec2 describe-security-groups --group-names db-sg --query 'SecurityGroups[].IpPermissions[].FromPort'\n[443]")
pr("ops", "Silence DiskSpaceLow on web-3.eu.internal for 2 hours.",
   "Silence the disk alert on web-3 for a couple of hours, I'm resizing the volume.",
   "ambiguous", "host", "web-3",
   "Both web-3.eu (/var) and web-3.us (/data) are alerting; which one are you resizing?",
   good_ctx="DiskSpaceLow  web-3.eu.internal /var 91% full\nDiskSpaceLow  web-3.us.internal /data 94% full",
   bad_ctx="DiskSpaceLow  web-3.eu.internal /var 91% full\nDiskSpaceLow  web-3.us.internal /data 94% full",
   options=["web-3.eu.internal", "web-3.us.internal"])
pr("ops", "Grow the data volume on db-2 to 2 TB.",
   "Grow the data volume on db-2 to 500 GB.",
   "contradictory", "value_conflict", "500 GB",
   "db-2's data volume is already 1 TB, so 500 GB would be a shrink; what size did you mean?",
   good_ctx="/dev/nvme1n1    1.0T  912G  112G  90% /data",
   bad_ctx="/dev/nvme1n1    1.0T  912G  112G  90% /data",
   options=["2 TB", "another size"])
pr("ops", "Set the maintenance window to Tuesday 21:00 UTC.",
   "Set the maintenance window to Sunday 02:00 UTC when nobody is using the site.",
   "contradictory", "schedule_conflict", "when nobody is using the site",
   "Sunday 02:00 UTC is an APAC traffic peak; should I still use it, or take the quietest slot, Tuesday 21:00?",
   good_ctx="Tue 21:00  140 rps\nSun 02:00  1910 rps  (APAC peak)",
   bad_ctx="Tue 21:00  140 rps\nSun 02:00  1910 rps  (APAC peak)",
   options=["Sunday 02:00", "Tuesday 21:00"])
pr("ops", "Promote v3.4.1-rc1 to production.",
   "Promote the RC.",
   "ambiguous", "version", "the RC",
   "There are two open release candidates, v3.4.0-rc2 and v3.4.1-rc1; which one?",
   good_ctx="v3.4.1-rc1   Pre-release\nv3.4.0-rc2   Pre-release\nv3.3.2       Latest",
   bad_ctx="v3.4.1-rc1   Pre-release\nv3.4.0-rc2   Pre-release\nv3.3.2       Latest",
   options=["v3.4.0-rc2", "v3.4.1-rc1"])
pr("ops", "Create a read replica of orders-primary in eu-west-1c with the same instance class.",
   "Create a read replica of orders-primary.",
   "missing", "missing_value", "Create a read replica of orders-primary.",
   "Which region or availability zone should the new replica go in, and should it use the same instance class?",
   good_ctx="orders-primary   db.r6g.2xlarge   eu-west-1a\norders-replica-1 db.r6g.2xlarge   eu-west-1b",
   bad_ctx="orders-primary   db.r6g.2xlarge   eu-west-1a\norders-replica-1 db.r6g.2xlarge   eu-west-1b",
   options=["eu-west-1c", "another region"])
pr("general", "Move my 4pm meeting with Leo to Thursday at 4pm.",
   "Move my 3pm meeting with Leo to Thursday.",
   "contradictory", "schedule_conflict", "my 3pm meeting with Leo",
   "Your meeting with Leo is at 4pm, not 3pm; is that the one, and at what time on Thursday?",
   good_ctx="16:00-16:45  Leo / roadmap sync  (organizer: you)",
   bad_ctx="16:00-16:45  Leo / roadmap sync  (organizer: you)",
   options=["Thursday 4pm", "Thursday 3pm"])
pr("general", "Email the Q2 deck to Maria Chen.",
   "Email the Q2 deck to Maria.",
   "ambiguous", "person", "to Maria",
   "Do you mean Maria Gomez (PartnerCo) or Maria Chen (internal)?",
   good_ctx="Maria Gomez <maria.gomez@partnerco.com>\nMaria Chen <mchen@ourco.com>",
   bad_ctx="Maria Gomez <maria.gomez@partnerco.com>\nMaria Chen <mchen@ourco.com>",
   options=["Maria Gomez", "Maria Chen"])
pr("general", "Book Sora Harbour for Friday at 19:00, four people, under my name.",
   "Book Sora for Friday, four people, under my name.",
   "missing", "missing_value", "Book Sora for Friday",
   "What time should I book, and at which location, Downtown or Harbour?",
   good_ctx="Sora Downtown (14 Quay St): 18:30, 19:00, 21:15\nSora Harbour (2 Pier Rd): 19:00, 20:30",
   bad_ctx="Sora Downtown (14 Quay St): 18:30, 19:00, 21:15\nSora Harbour (2 Pier Rd): 19:00, 20:30",
   options=["Downtown", "Harbour"])
pr("general", "Transfer 500 from Everyday to the House deposit account.",
   "Transfer 500 into savings.",
   "ambiguous", "account", "into savings",
   "You have two savings accounts, Rainy day and House deposit; which one?",
   good_ctx="Everyday (checking) 3120.55\nRainy day (savings) 8400.00\nHouse deposit (savings) 22150.00",
   bad_ctx="Everyday (checking) 3120.55\nRainy day (savings) 8400.00\nHouse deposit (savings) 22150.00",
   options=["Rainy day", "House deposit"])
pr("general", "Order a cake for Noor to arrive on June 21, her birthday.",
   "Order a cake for Noor to arrive on her birthday.",
   "missing", "missing_value", "on her birthday",
   "I don't have Noor's birthday saved; what date should it arrive?",
   good_ctx="contacts.get('Noor Haddad'): {\"birthday\": null, \"address\": \"Flat 3, 18 Elm Row\"}",
   bad_ctx="contacts.get('Noor Haddad'): {\"birthday\": null, \"address\": \"Flat 3, 18 Elm Row\"}")
pr("general", "Reply to Tom Okafor's overdue invoice email saying we'll pay Friday.",
   "Reply to Tom about the overdue invoice.",
   "missing", "missing_value", "Reply to Tom about the overdue invoice.",
   "What should the reply say, for example when we'll pay?",
   good_ctx="1. Tom Okafor <tom@okafor-studio.com>  Jun 11  \"Overdue: invoice OS-0490\"",
   bad_ctx="1. Tom Okafor <tom@okafor-studio.com>  Jun 11  \"Overdue: invoice OS-0490\"")
pr("general", "Schedule the 1:1 with Ravi on Wednesday at 11:30.",
   "Schedule the 1:1 with Ravi on Wednesday at 10.",
   "contradictory", "schedule_conflict", "Wednesday at 10",
   "Ravi has a hiring committee Wednesday 10-11; book it anyway or pick another time?",
   good_ctx="ravi@: busy 10:00-11:00 (\"Hiring committee\")\nyou: busy 11:00-11:30",
   bad_ctx="ravi@: busy 10:00-11:00 (\"Hiring committee\")\nyou: busy 11:00-11:30",
   options=["book it anyway", "another time"])
pr("writing", "Trim the abstract to 150 words, the limit on the CFP page.",
   "Trim the abstract to the conference's limit.",
   "contradictory", "value_conflict", "the conference's limit",
   "The CFP page says 150 words but the FAQ says 300; which limit?",
   good_ctx="cfp: abstract (max 150 words)\nfaq: Up to 300 words.",
   bad_ctx="cfp: abstract (max 150 words)\nfaq: Up to 300 words.",
   options=["150 words", "300 words"])
pr("writing", "Announce Maya's promotion to Lead Designer on LinkedIn.",
   "Announce Maya's promotion to Senior Designer on LinkedIn.",
   "contradictory", "value_conflict", "Senior Designer",
   "HR lists Maya's new title as Lead Designer; which title should the post use?",
   good_ctx="hris: {\"title\": \"Lead Designer\", \"effective\": \"2024-06-01\"}",
   bad_ctx="hris: {\"title\": \"Lead Designer\", \"effective\": \"2024-06-01\"}",
   options=["Lead Designer", "Senior Designer"])
pr("writing", "Proofread the launch press release draft.",
   "Proofread the launch draft.",
   "ambiguous", "referent", "the launch draft",
   "There are three launch drafts (blog post, email, press release); which one?",
   good_ctx="Launch blog post - DRAFT\nLaunch email - draft v2\nLaunch press release (draft)",
   bad_ctx="Launch blog post - DRAFT\nLaunch email - draft v2\nLaunch press release (draft)",
   options=["blog post", "email", "press release"])
pr("writing", "Reply to ticket #5012 apologising and confirming the full $588 refund.",
   "Reply to ticket #5012 apologising and confirming the refund.",
   "missing", "missing_value", "confirming the refund",
   "Finance hasn't decided between a full $588 refund and a prorated $441; which amount should I confirm?",
   good_ctx="internal_note: \"Refund either the full $588 or prorate to $441? Waiting on finance.\"",
   bad_ctx="internal_note: \"Refund either the full $588 or prorate to $441? Waiting on finance.\"",
   options=["$588", "$441"])
pr("writing", "Write a 100-word welcome blurb for the Support team page, friendly tone.",
   "Write a welcome blurb for the team page.",
   "missing", "missing_value", "the team page",
   "Which team's page is this for, and roughly how long and in what tone?",
   good_ctx="cms.pages(type=team): [\"team/support\", \"team/sales\", \"team/engineering\"]",
   bad_ctx="cms.pages(type=team): [\"team/support\", \"team/sales\", \"team/engineering\"]")
pr("writing", "Cite the JetBrains 2021 State of Developer Ecosystem survey in the intro.",
   "Cite the 2021 survey in the intro.",
   "ambiguous", "referent", "the 2021 survey",
   "Which 2021 survey, Stack Overflow's or JetBrains'?",
   good_ctx="1. Stack Overflow Developer Survey 2021\n2. JetBrains State of Developer Ecosystem 2021",
   bad_ctx="1. Stack Overflow Developer Survey 2021\n2. JetBrains State of Developer Ecosystem 2021",
   options=["Stack Overflow", "JetBrains"])

# ===========================================================================
# more observations: tickets, CRM records, web search, APIs, stack traces
# ===========================================================================
cp("coding", "Fix the bug in ticket WEB-2207.",
   "jira.get('WEB-2207'):\n{\"summary\": \"Cart total ignores 10% promo when quantity > 9\", \"status\": \"To Do\", \"steps\": \"Add 10 mugs, apply SPRING10, total is not discounted\", \"expected\": \"10% off all items\", \"component\": \"cart\"}",
   "jira.get('WEB-2207'):\n{\"summary\": \"Cart is weird sometimes\", \"status\": \"To Do\", \"description\": \"\", \"steps\": null, \"reporter\": \"sales-bot\", \"attachments\": []}",
   "missing", "missing_spec", "\"summary\": \"Cart is weird sometimes\"",
   "WEB-2207 has no description or steps, just 'Cart is weird sometimes'; what exactly goes wrong, and how do I reproduce it?")
cp("coding", "Update the webhook handler to the payload format in the provider's latest docs.",
   "web.fetch('https://docs.paygate.io/webhooks/changelog'):\n2024-05-20  v2024-05: 'amount' is now an object {value, currency}; 'created' renamed 'created_at'.\n$ grep -n 'api_version' config/paygate.yaml\n3:api_version: 2024-02",
   "web.fetch('https://docs.paygate.io/webhooks/changelog'):\n2024-05-20  v2024-05: 'amount' is now an object {value, currency}.\n$ grep -n 'api_version' config/paygate.yaml\n3:api_version: 2024-02   # pinned; dashboard webhook endpoint still set to 2024-02",
   "contradictory", "version", "api_version: 2024-02   # pinned; dashboard webhook endpoint still set to 2024-02",
   "Our webhook endpoint is still pinned to API version 2024-02 in the dashboard, so it won't receive the new format; should I also bump the pinned version, or support both formats?",
   options=["bump the pinned version", "support both formats"])
cp("coding", "Resolve the merge conflict in settings.py.",
   "$ git diff --name-only --diff-filter=U\nsrc/config/settings.py\n$ git diff src/config/settings.py\n<<<<<<< HEAD\nCACHE_TTL = 300\nLOG_FORMAT = \"json\"\n=======\nCACHE_TTL = 300\nLOG_FORMAT = \"json\"\nSENTRY_SAMPLE_RATE = 0.2\n>>>>>>> feature/sentry",
   "$ git diff src/config/settings.py\n<<<<<<< HEAD\nCACHE_TTL = 600  # raised for INC-702\n=======\nCACHE_TTL = 60   # lowered so price changes show up quickly\n>>>>>>> feature/live-prices",
   "contradictory", "value_conflict", "CACHE_TTL = 60   # lowered so price changes show up quickly",
   "The two sides set CACHE_TTL on purpose to conflicting values (600 for INC-702, 60 for live prices); which one should win?",
   options=["600", "60"])
cp("coding", "Implement the endpoint described in the API spec for listing invoices.",
   "$ yq '.paths.\"/invoices\".get' openapi.yaml\nsummary: List invoices\nparameters: [{name: status, in: query}, {name: limit, in: query, schema: {maximum: 100}}]\nresponses: {'200': {$ref: '#/components/responses/InvoiceList'}}",
   "$ yq '.paths.\"/invoices\"' openapi.yaml\nnull\n$ grep -rn 'invoices' docs/api/*.md | head -2\ndocs/api/roadmap.md:14:- /invoices (TBD: pagination style, filters)",
   "missing", "missing_spec", "docs/api/roadmap.md:14:- /invoices (TBD: pagination style, filters)",
   "The spec has no /invoices endpoint yet and the roadmap marks pagination and filters as TBD; which filters and pagination style should it have?",
   options=["cursor pagination", "offset pagination"])
cp("coding", "Bump the base image to the patched version from the security advisory.",
   "web.search('CVE-2024-3094 xz debian bookworm fixed'):\n1. security-tracker.debian.org: xz-utils fixed in 5.4.1-0.2 (bookworm)\n$ grep FROM Dockerfile\nFROM debian:bookworm-20240311-slim",
   "mail.search('security advisory', newer_than:3d):\n1. Jun 10 secops@ \"Advisory SA-118: patch base images\"\n2. Jun 12 secops@ \"Advisory SA-121: patch base images (supersedes SA-118?)\"\n$ grep FROM Dockerfile\nFROM debian:bookworm-20240311-slim",
   "ambiguous", "referent", "\"Advisory SA-121: patch base images (supersedes SA-118?)\"",
   "There are two recent advisories, SA-118 and SA-121 (which may supersede it); which one's patched image should I use?",
   options=["SA-118", "SA-121"])
cp("coding", "Add the new column to the CSV export in the same order as the spreadsheet template.",
   "$ head -1 templates/export_template.csv\norder_id,placed_at,customer_email,total,currency,coupon_code\n$ grep -n 'EXPORT_COLUMNS' app/export.py\n12:EXPORT_COLUMNS = [\"order_id\", \"placed_at\", \"customer_email\", \"total\", \"currency\"]",
   "$ ls templates/ | grep -i export\nexport_template_finance.csv\nexport_template_ops.csv\n$ head -1 templates/export_template_finance.csv templates/export_template_ops.csv\norder_id,placed_at,total,currency,coupon_code\norder_id,coupon_code,placed_at,customer_email",
   "ambiguous", "referent", "export_template_ops.csv",
   "There are two export templates (finance and ops) that place coupon_code differently; which one should the export follow?",
   options=["finance template", "ops template"])
cp("coding", "Use the internal auth library instead of hand-rolled JWT parsing.",
   "$ pip index versions acme-auth --index-url https://pypi.internal.acme/simple\nacme-auth (3.2.0)\nAvailable versions: 3.2.0, 3.1.4\n$ grep -rn 'jwt.decode' app/ | wc -l\n4",
   "$ pip index versions acme-auth --index-url https://pypi.internal.acme/simple\nERROR: 401 Unauthorized\n$ grep -rn 'acme-auth\\|acme_auth' ../*/requirements*.txt | head -2\n(no matches)",
   "missing", "access", "ERROR: 401 Unauthorized",
   "I get 401 from the internal package index and can't find acme-auth used anywhere; can you give me index credentials or tell me the package name?")
cp("coding", "Make the integration tests use the same database version as production.",
   "$ grep -n image docker-compose.test.yml\n7:    image: postgres:13\n$ aws rds describe-db-instances --db-instance-identifier app-prod --query 'DBInstances[0].EngineVersion'\n\"15.5\"",
   "$ grep -n image docker-compose.test.yml\n7:    image: postgres:13\n$ aws rds describe-db-instances --query 'DBInstances[].[DBInstanceIdentifier,EngineVersion]' --output text\napp-prod-eu   15.5\napp-prod-us   14.10",
   "contradictory", "version", "app-prod-us   14.10",
   "Production runs Postgres 15.5 in the EU and 14.10 in the US; which version should the tests use?",
   options=["15.5", "14.10", "test both"])
cp("sql", "Refresh the materialized view behind the finance dashboard.",
   "dw=> SELECT matviewname FROM pg_matviews WHERE matviewname LIKE '%finance%';\n   matviewname\n------------------\n mv_finance_daily\n(1 row)\ndw=> SELECT pg_size_pretty(pg_total_relation_size('mv_finance_daily'));\n 2.1 GB",
   "dw=> SELECT matviewname FROM pg_matviews WHERE matviewname LIKE '%finance%';\n     matviewname\n---------------------\n mv_finance_daily\n mv_finance_monthly\n(2 rows)",
   "ambiguous", "referent", " mv_finance_monthly",
   "There are two finance views, mv_finance_daily and mv_finance_monthly; which one backs the dashboard, or should I refresh both?",
   options=["mv_finance_daily", "mv_finance_monthly", "both"])
cp("sql", "Set the discount for customer 7740 to the rate in their contract.",
   "crm.get_account(7740):\n{\"name\": \"Halden Foods\", \"contract\": {\"id\": \"C-2291\", \"discount_pct\": 12, \"valid_until\": \"2025-03-31\"}}\nshop=> SELECT discount_pct FROM customers WHERE id = 7740;\n 0",
   "crm.get_account(7740):\n{\"name\": \"Halden Foods\", \"contract\": {\"id\": \"C-2291\", \"discount_pct\": null, \"attachment\": \"C-2291-signed.pdf (not parsed)\"}}",
   "missing", "missing_value", "\"discount_pct\": null",
   "The CRM doesn't have the contract's discount rate (only an unparsed PDF); what rate should customer 7740 get?")
cp("sql", "Count orders by country for the board report; use the same country field as last quarter's report.",
   "$ grep -n 'GROUP BY' reports/board_q1.sql\n18: GROUP BY o.shipping_country\nshop=> SELECT count(DISTINCT shipping_country) FROM orders;\n 41",
   "$ grep -n 'GROUP BY' reports/board_q1.sql\n18: GROUP BY c.billing_country\nshop=> \\d customers\n id | email | billing_country_code\n-- billing_country was renamed to billing_country_code in migration 0051",
   "contradictory", "missing_column", "-- billing_country was renamed to billing_country_code in migration 0051",
   "Last quarter grouped by billing_country, which has since been renamed to billing_country_code; is that the same field I should use now?",
   options=["billing_country_code", "shipping_country"])
cp("sql", "Remove the duplicate rows from the staging table loaded this morning.",
   "stage=> SELECT count(*), count(DISTINCT event_id) FROM events_raw WHERE loaded_at::date = current_date;\n count  | count\n--------+--------\n 412004 | 401220\nstage=> \\d events_raw\n event_id | uuid | primary key intended but not enforced",
   "stage=> SELECT count(*), count(DISTINCT (user_id, ts)) FROM events_raw WHERE loaded_at::date = current_date;\n count  | count\n--------+--------\n 412004 | 401220\nstage=> \\d events_raw\n user_id | bigint\n ts      | timestamptz\n payload | jsonb\n-- no event_id column",
   "missing", "criterion", "-- no event_id column",
   "events_raw has no event id; should duplicates be rows with the same user_id and ts, or the same user_id, ts and payload?",
   options=["same user_id and ts", "same user_id, ts and payload"])
cp("sql", "Move the customer_notes column into the new crm schema.",
   "app=> \\dn\n crm     | app_owner\n public  | app_owner\napp=> \\d public.customers\n id | email | customer_notes",
   "app=> \\dn\n public  | app_owner\n sales   | app_owner\napp=> \\d public.customers\n id | email | customer_notes",
   "missing", "missing_target", " public  | app_owner\n sales   | app_owner",
   "There's no crm schema yet (only public and sales); should I create it, or did you mean sales?",
   options=["create crm", "use sales"])
cp("sql", "Give me last month's average delivery time in days.",
   "shop=> \\d shipments\n order_id     | bigint\n shipped_at   | timestamptz\n delivered_at | timestamptz\nshop=> SELECT count(*) FILTER (WHERE delivered_at IS NULL) FROM shipments WHERE shipped_at >= '2024-05-01';\n 12",
   "shop=> \\d shipments\n order_id     | bigint\n created_at   | timestamptz\n shipped_at   | timestamptz\n delivered_at | timestamptz\n-- created_at is when the order was placed",
   "ambiguous", "definition", "-- created_at is when the order was placed",
   "Should delivery time run from order placement (created_at) or from shipping (shipped_at) to delivery?",
   options=["created_at to delivered_at", "shipped_at to delivered_at"])
cp("sql", "Update the tax rate for Canada to 5%.",
   "billing=> SELECT country, region, rate FROM tax_rates WHERE country='CA';\n country | region | rate\n---------+--------+------\n CA      |        | 0.07\n(1 row)",
   "billing=> SELECT country, region, rate FROM tax_rates WHERE country='CA';\n country | region | rate\n---------+--------+-------\n CA      | ON     | 0.13\n CA      | QC     | 0.14975\n CA      | AB     | 0.05\n CA      | BC     | 0.12",
   "ambiguous", "row_choice", " CA      | ON     | 0.13",
   "Canada has per-province rates (ON 13%, QC 14.975%, BC 12%, AB 5%); should all provinces become 5%, or only the federal GST part?",
   options=["all provinces 5%", "only the GST component"])
cp("data", "Recompute the KPI sheet with the new definition of active customer from the metrics doc.",
   "docs.get('Metrics definitions').section('Active customer'):\n\"v3 (effective 2024-06-01): at least one paid order in the trailing 90 days.\"\n>>> kpi.columns.tolist()\n['month', 'active_customers', 'revenue', 'orders']",
   "docs.get('Metrics definitions').section('Active customer'):\n\"v3 (DRAFT, under review): TBD - either 1 paid order in 90 days or 2 logins in 30 days.\"",
   "missing", "definition", "\"v3 (DRAFT, under review): TBD - either 1 paid order in 90 days or 2 logins in 30 days.\"",
   "The new active-customer definition is still a draft with two options; which one should I use: a paid order in 90 days, or 2 logins in 30 days?",
   options=["1 paid order in 90 days", "2 logins in 30 days"])
cp("data", "Label the clusters in the segmentation notebook with the names from marketing.",
   "mail.get('Segment names'):\n\"0 = Bargain hunters, 1 = Loyal regulars, 2 = New explorers, 3 = Lapsed\"\n>>> km.n_clusters\n4",
   "mail.get('Segment names'):\n\"0 = Bargain hunters, 1 = Loyal regulars, 2 = New explorers, 3 = Lapsed\"\n>>> km.n_clusters\n6\n>>> km.random_state\nNone  # cluster ids changed since the email",
   "contradictory", "value_conflict", ">>> km.n_clusters\n6",
   "Marketing named 4 clusters but the notebook now has 6 with reshuffled ids; should I rerun with 4 clusters and a fixed seed, or ask marketing to name the new ones?",
   options=["rerun with 4 clusters", "ask marketing for 6 names"])
cp("data", "Pull the weather data for our stores and add it to the sales table.",
   ">>> stores.filter(items=['store_id', 'lat', 'lon']).head(2)\n   store_id      lat      lon\n0         1  52.5200  13.4050\n1         2  53.5511   9.9937\n>>> stores.filter(items=['lat', 'lon']).isna().sum().sum()\n0",
   ">>> stores.columns.tolist()\n['store_id', 'name', 'city', 'opened']\n>>> stores['city'].value_counts().head(2)\nSpringfield    3\nPortland       2",
   "missing", "missing_data", "Springfield    3",
   "The store table has no coordinates, and city names like Springfield and Portland are ambiguous; is there an address or lat/lon source I can use?")
cp("data", "Re-run last week's A/B test analysis for the checkout experiment.",
   "experiments.get('checkout-one-page'):\n{\"status\": \"completed\", \"variants\": [\"control\", \"one_page\"], \"analysis_notebook\": \"ab/checkout_one_page.ipynb\"}",
   "experiments.list(query='checkout'):\n[{\"key\": \"checkout-one-page\", \"status\": \"completed\"},\n {\"key\": \"checkout-express-pay\", \"status\": \"completed\"}]",
   "ambiguous", "referent", "{\"key\": \"checkout-express-pay\", \"status\": \"completed\"}",
   "Two checkout experiments finished last week, one-page and express-pay; which analysis should I rerun?",
   options=["checkout-one-page", "checkout-express-pay"])
cp("data", "Scale the forecast to the sales target in the planning sheet.",
   ">>> plan = pd.read_excel('planning.xlsx', 'Targets')\n>>> plan.query(\"metric == 'sales'\")\n  metric  fy2025_target  unit\n0  sales       42000000   USD",
   ">>> plan.query(\"metric == 'sales'\")\n  metric  fy2025_target  unit   status\n0  sales       42000000   USD   board-approved\n1  sales       48000000   USD   stretch",
   "ambiguous", "value_choice", "1  sales       48000000   USD   stretch",
   "The sheet has a board-approved target (42M) and a stretch target (48M); which should the forecast be scaled to?",
   options=["42M approved", "48M stretch"])
cp("data", "Fill the gaps in the daily series by carrying the last value forward.",
   ">>> s.index.to_series().diff().value_counts().head(2)\n1 days    360\n2 days      4\n>>> s.name\n'inventory_units'",
   ">>> s.index.to_series().diff().value_counts().head(2)\n1 days    331\n2 days     12\n>>> s.name\n'daily_orders'",
   "contradictory", "method", ">>> s.name\n'daily_orders'",
   "This is a daily order count, so a missing day probably means zero orders rather than repeating yesterday's count; should I fill gaps with 0 or forward-fill anyway?",
   options=["fill with 0", "forward-fill anyway"])
cp("ops", "Rotate the database password and update the app secret.",
   "$ aws secretsmanager list-secrets --query \"SecretList[?contains(Name,'db')].Name\" --output text\nprod/app/db-password\n$ kubectl -n prod get deploy -o name\ndeployment.apps/api\ndeployment.apps/worker",
   "$ aws secretsmanager list-secrets --query \"SecretList[?contains(Name,'db')].Name\" --output text\nprod/app/db-password  prod/reporting/db-password\n$ aws secretsmanager describe-secret --secret-id prod/reporting/db-password --query RotationEnabled\ntrue",
   "ambiguous", "referent", "prod/reporting/db-password",
   "There are two DB password secrets, prod/app and prod/reporting (which already auto-rotates); is it prod/app/db-password you mean?",
   options=["prod/app/db-password", "prod/reporting/db-password"])
cp("ops", "Add the new engineer to the GitHub org with the same access as the rest of the team.",
   "hris.new_hires(since=2024-06-01, dept='Engineering'):\n[{\"name\": \"Jonas Weber\", \"github\": \"jweber-dev\", \"team\": \"payments\"}]\n$ gh api orgs/acme/teams --jq '.[].slug'\npayments\nplatform",
   "hris.new_hires(since=2024-06-01, dept='Engineering'):\n[{\"name\": \"Jonas Weber\", \"github\": null, \"team\": \"payments\"}]\n$ gh api search/users -f q='Jonas Weber' --jq '.items[].login'\njonasweber\njweber\njonas-weber-1990",
   "missing", "missing_value", "\"github\": null",
   "HR has no GitHub username for Jonas Weber and the search finds several (jonasweber, jweber, jonas-weber-1990); which account is his?",
   options=["jonasweber", "jweber", "jonas-weber-1990"])
cp("ops", "Turn off the preview environments that nobody is using.",
   "$ kubectl get ns -l type=preview -o custom-columns=NAME:.metadata.name,LAST_DEPLOY:.metadata.annotations.last-deploy,PR:.metadata.labels.pr-state\nNAME            LAST_DEPLOY   PR\npr-1821         2024-04-02    closed\npr-1840         2024-04-19    closed\npr-1902         2024-06-11    open",
   "$ kubectl get ns -l type=preview -o custom-columns=NAME:.metadata.name,LAST_DEPLOY:.metadata.annotations.last-deploy,PR:.metadata.labels.pr-state\nNAME            LAST_DEPLOY   PR\npr-1821         2024-04-02    open\npr-1840         2024-04-19    open\npr-1902         2024-06-11    open",
   "missing", "criterion", "pr-1840         2024-04-19    open",
   "All preview environments belong to open PRs; what counts as unused, for example no deploy in the last 30 days?",
   options=["no deploy in 30 days", "specific PRs"])
cp("ops", "Add a 5xx alert for the checkout service using the same threshold as the API alert.",
   "$ yq '.groups[].rules[] | select(.alert==\"ApiHigh5xx\") | .expr' alerts.yaml\nsum(rate(http_requests_total{service=\"api\",code=~\"5..\"}[5m])) / sum(rate(http_requests_total{service=\"api\"}[5m])) > 0.02",
   "$ yq '.groups[].rules[] | select(.alert | test(\"Api.*5xx\")) | .alert + \" \" + .expr' alerts.yaml\nApiHigh5xxWarn ... > 0.01\nApiHigh5xxPage ... > 0.05",
   "ambiguous", "value_choice", "ApiHigh5xxPage ... > 0.05",
   "The API has two 5xx alerts, a warning at 1% and a page at 5%; should checkout get both thresholds or just one?",
   options=["both", "warning 1%", "page 5%"])
cp("ops", "Drain node ip-10-0-3-17 for the kernel patch.",
   "$ kubectl get node ip-10-0-3-17.ec2.internal\nNAME                        STATUS   ROLES    AGE   VERSION\nip-10-0-3-17.ec2.internal   Ready    <none>   61d   v1.29.3\n$ kubectl get pods -A --field-selector spec.nodeName=ip-10-0-3-17.ec2.internal | wc -l\n14",
   "$ kubectl drain ip-10-0-3-17.ec2.internal --ignore-daemonsets --dry-run=server\nerror: cannot delete Pods with local storage (use --delete-emptydir-data to override): ledger/ledger-db-0\nerror when evicting pods/\"ledger-db-0\": Cannot evict pod as it would violate the pod's disruption budget.",
   "contradictory", "constraint_conflict", "Cannot evict pod as it would violate the pod's disruption budget.",
   "ledger-db-0 runs on that node with local storage and a PDB that blocks eviction; should I force it (losing local data), or move the database first?",
   options=["move the database first", "force the drain"])
cp("ops", "Set up the DNS record for the new status page.",
   "mail.get('Statuspage setup'):\n\"Create a CNAME status.acme.com -> acme.statuspage.io. Verification TXT not needed.\"\n$ aws route53 list-hosted-zones --query 'HostedZones[].Name' --output text\nacme.com.",
   "mail.get('Statuspage setup'):\n\"Please add the DNS record for the status page.\"\n$ aws route53 list-hosted-zones --query 'HostedZones[].Name' --output text\nacme.com. acme.io.",
   "missing", "missing_value", "\"Please add the DNS record for the status page.\"",
   "The request doesn't say which hostname or target; what record should I create (for example status.acme.com CNAME to the provider's host)?")
cp("ops", "Upgrade the staging cluster's node pool to the same version as production.",
   "$ gcloud container clusters list --format='table(name,currentMasterVersion)'\nNAME     MASTER_VERSION\nprod     1.29.4-gke.1043\nstaging  1.28.9-gke.1000\n$ gcloud container node-pools list --cluster staging --format='value(name,version)'\ndefault  1.28.9-gke.1000",
   "$ gcloud container clusters list --format='table(name,currentMasterVersion)'\nNAME     MASTER_VERSION\nprod     1.29.4-gke.1043\nstaging  1.28.9-gke.1000\n$ gcloud container node-pools list --cluster prod --format='value(name,version)'\ndefault  1.28.9-gke.1000\nhighmem  1.29.4-gke.1043",
   "ambiguous", "version", "highmem  1.29.4-gke.1043",
   "Production's node pools run two versions (default on 1.28.9, highmem on 1.29.4); which one should staging match?",
   options=["1.28.9", "1.29.4"])
cp("general", "Book the same hotel as my last Berlin trip for June 24-26.",
   "trips.search(city='Berlin', past=true):\n[{\"dates\": \"2024-03-11..13\", \"hotel\": \"Hotel Oderberger\", \"rate\": 142}]\nhotels.availability('Hotel Oderberger', 2024-06-24..26): available, 155/night",
   "trips.search(city='Berlin', past=true):\n[{\"dates\": \"2024-03-11..13\", \"hotel\": \"Hotel Oderberger\"}]\nhotels.availability('Hotel Oderberger', 2024-06-24..26): sold out\nnearby: [\"Michelberger Hotel 171\", \"Circus Hotel 139\"]",
   "missing", "missing_option", "hotels.availability('Hotel Oderberger', 2024-06-24..26): sold out",
   "Hotel Oderberger is sold out for June 24-26; should I book Michelberger (171) or Circus Hotel (139) instead, or change dates?",
   options=["Michelberger", "Circus Hotel", "change dates"])
cp("general", "RSVP yes to Kofi's wedding invitation for me and my partner.",
   "mail.get('Kofi & Ama wedding'):\n\"RSVP by June 30 at kofiandama.com/rsvp. Plus-ones welcome.\"\ncontacts.me.partner: \"Jordan Lee\"",
   "mail.get('Kofi & Ama wedding'):\n\"RSVP by June 30. Invitation is for the named guest only.\"\ncontacts.me.partner: \"Jordan Lee\"",
   "contradictory", "policy_conflict", "Invitation is for the named guest only.",
   "The invitation is for you only, no plus-ones; should I RSVP just for you, or would you like to ask Kofi about Jordan first?",
   options=["RSVP just for me", "ask Kofi first"])
cp("general", "Sign me up for the same gym class as last week.",
   "gym.bookings(past=7d):\n[{\"class\": \"Spin 45\", \"day\": \"Tue\", \"time\": \"07:00\"}]\ngym.schedule(next Tue 07:00): Spin 45, 3 spots left",
   "gym.bookings(past=7d):\n[{\"class\": \"Spin 45\", \"day\": \"Tue\", \"time\": \"07:00\"},\n {\"class\": \"Yoga Flow\", \"day\": \"Thu\", \"time\": \"18:30\"}]",
   "ambiguous", "referent", "{\"class\": \"Yoga Flow\", \"day\": \"Thu\", \"time\": \"18:30\"}",
   "Last week you took both Spin on Tuesday and Yoga Flow on Thursday; which one, or both?",
   options=["Spin 45", "Yoga Flow", "both"])
cp("general", "Send Grandma the photos from Sunday's lunch.",
   "photos.search(date=2024-06-09, album=any):\n42 photos, album: \"Sunday lunch at Grandma's\"\ncontacts.search('Grandma'): [{\"name\": \"Grandma Rose\", \"email\": \"rose.k@btinternet.com\"}]",
   "photos.search(date=2024-06-09, album=any):\n42 photos, album: \"Sunday lunch at Grandma's\"\ncontacts.search('Grandma'): [{\"name\": \"Grandma Rose\", \"email\": \"rose.k@btinternet.com\"}, {\"name\": \"Grandma Edie\", \"phone\": \"+44 1632 960412\"}]",
   "ambiguous", "person", "{\"name\": \"Grandma Edie\", \"phone\": \"+44 1632 960412\"}",
   "You have two grandmas in contacts, Rose and Edie; which one should get the photos?",
   options=["Grandma Rose", "Grandma Edie", "both"])
cp("general", "Pay the plumber's invoice from last week.",
   "mail.search(plumber invoice, newer_than:14d):\n1. Jun 5 \"Invoice #221 - Kerr Plumbing\" amount: 240.00 GBP, bank: Kerr Plumbing Ltd, sort 20-00-00, acc 55779911\nbank.payees: Kerr Plumbing Ltd (20-00-00 / 55779911)",
   "mail.search(plumber invoice, newer_than:14d):\n1. Jun 5 \"Invoice #221 - Kerr Plumbing\" amount: 240.00, bank: sort 20-00-00 acc 55779911\n2. Jun 7 \"URGENT updated bank details - Kerr Plumbing\" from: kerr.plumbing@gmail-billing.com, new acc 90017733",
   "contradictory", "value_conflict", "\"URGENT updated bank details - Kerr Plumbing\" from: kerr.plumbing@gmail-billing.com, new acc 90017733",
   "A second email from a different address asks to pay a new account; should I pay the original account from the invoice and check the change with Kerr by phone?",
   options=["pay the original account", "check by phone first"])
cp("writing", "Update the README install steps to match the current setup script.",
   "$ cat scripts/setup.sh | grep -v '^#'\npython -m venv .venv\n.venv/bin/pip install -e '.[dev]'\n.venv/bin/pre-commit install\n$ grep -n -A3 '## Install' README.md\n12:## Install\n13-pip install -r requirements.txt",
   "$ ls scripts/ | grep -i setup\nsetup.sh\nsetup_uv.sh\n$ git log -1 --format='%ar %s' -- scripts/setup.sh scripts/setup_uv.sh\n3 days ago  Add uv-based setup (setup.sh kept for CI)",
   "ambiguous", "referent", "3 days ago  Add uv-based setup (setup.sh kept for CI)",
   "There are two setup scripts now, setup.sh (kept for CI) and the new uv-based setup_uv.sh; which should the README document?",
   options=["setup_uv.sh", "setup.sh", "both"])
cp("writing", "Write the job post for the role in the hiring plan.",
   ">>> plan = pd.read_excel('hiring_2024H2.xlsx')\n>>> plan.query(\"status == 'approved'\").filter(items=['role', 'team', 'level', 'location'])\n          role     team level   location\n3  Data Engineer  Platform    L4  Remote-EU",
   ">>> plan.query(\"status == 'approved'\").filter(items=['role', 'team', 'level', 'location'])\n          role     team level   location\n3  Data Engineer  Platform    L4  Remote-EU\n7  SRE            Platform    L5  Lisbon",
   "ambiguous", "referent", "7  SRE            Platform    L5  Lisbon",
   "Two roles are approved, Data Engineer (L4, remote EU) and SRE (L5, Lisbon); which one should I write the post for?",
   options=["Data Engineer", "SRE"])
cp("writing", "Finish the customer story draft using the interview transcript.",
   "drive.search('Halden interview transcript'):\n[{\"title\": \"Halden Foods - interview transcript.docx\", \"words\": 6120}]\ndocs.get('Halden customer story (draft)').status: \"intro + 2 of 4 sections done\"",
   "drive.search('Halden interview transcript'): []\ndrive.search('Halden interview'): [{\"title\": \"Halden interview recording.m4a\", \"duration\": \"47:12\"}]",
   "missing", "missing_data", "drive.search('Halden interview transcript'): []",
   "There's no transcript, only a 47-minute recording; should I transcribe the recording first, or is the transcript somewhere else?",
   options=["transcribe the recording", "it's elsewhere"])
cp("writing", "Put the legal disclaimer from the compliance wiki at the bottom of the email.",
   "wiki.get('Compliance/Email disclaimers'):\n\"Use for all marketing email: 'You are receiving this because you signed up at ourco.com. Unsubscribe anytime.'\"",
   "wiki.get('Compliance/Email disclaimers'):\n\"EU recipients: text A (GDPR). US recipients: text B (CAN-SPAM). Financial promotions: text C (FCA).\"",
   "ambiguous", "value_choice", "\"EU recipients: text A (GDPR). US recipients: text B (CAN-SPAM). Financial promotions: text C (FCA).\"",
   "The wiki has three disclaimers (EU GDPR, US CAN-SPAM, FCA financial promotions); who is this email going to, and is it a financial promotion?",
   options=["text A (EU)", "text B (US)", "text C (FCA)"])
cp("writing", "Respond to the G2 review with our standard reply.",
   "g2.reviews(unanswered=true):\n[{\"id\": 88124, \"rating\": 5, \"title\": \"Saved us hours every week\", \"author\": \"Verified user, Logistics\"}]\ndocs.get('Review replies').standard_positive: \"Thank you for ...\"",
   "g2.reviews(unanswered=true):\n[{\"id\": 88124, \"rating\": 5, \"title\": \"Saved us hours every week\"},\n {\"id\": 88130, \"rating\": 2, \"title\": \"Support took 9 days to respond\"}]",
   "ambiguous", "referent", "{\"id\": 88130, \"rating\": 2, \"title\": \"Support took 9 days to respond\"}",
   "There are two unanswered reviews, a 5-star one and a 2-star complaint about support; which should I reply to, and does the 2-star one get the standard reply?",
   options=["the 5-star review", "the 2-star review", "both"])

# ===========================================================================
# more conflicts and gaps across domains
# ===========================================================================
cp("coding", "Delete the deprecated v1 routes; the mobile app no longer calls them.",
   "$ grep -c ' /v1/' /var/log/nginx/access.log.1\n0\n$ grep -rn \"@app.route('/v1\" app/ | wc -l\n9\n$ cat docs/deprecations.md | grep v1\nv1 API: removed from mobile in 5.0 (2024-02); zero traffic since 2024-04-01",
   "$ grep ' /v1/' /var/log/nginx/access.log.1 | awk '{print $12}' | sort | uniq -c | sort -rn | head -2\n  18211 \"OurShop-iOS/4.9.2\"\n   6120 \"OurShop-Android/4.8.0\"",
   "contradictory", "still_used", "  18211 \"OurShop-iOS/4.9.2\"",
   "Older mobile builds (iOS 4.9.2, Android 4.8.0) still make about 24k v1 calls a day; should I delete the routes anyway or wait for those users to upgrade?",
   options=["delete anyway", "wait"])
cp("coding", "Add the Sentry DSN from the team vault to the app config.",
   "$ op item get 'Sentry - web' --fields dsn\nhttps://8f2c1e@o4412.ingest.sentry.io/5531\n$ grep -n SENTRY config/app.yaml\n9:sentry_dsn: ''",
   "$ op item list --vault 'Team Web' | grep -i sentry\n(no items)\n$ op vault list\nID  NAME\nv1  Private\nv2  Team Web",
   "missing", "missing_value", "(no items)",
   "There's no Sentry entry in the Team Web vault; where can I find the DSN, or should I create a new Sentry project?",
   options=["it's in another vault", "create a new project"])
cp("coding", "Match the retry count in the client to what the README documents.",
   "$ grep -n -i retr README.md src/client.py\nREADME.md:44:Requests are retried up to 5 times with exponential backoff.\nsrc/client.py:18:MAX_RETRIES = 3",
   "$ grep -n -i retr README.md src/client.py docs/config.md\nREADME.md:44:Requests are retried up to 5 times with exponential backoff.\ndocs/config.md:12:max_retries (default: 2)\nsrc/client.py:18:MAX_RETRIES = 3",
   "contradictory", "value_conflict", "docs/config.md:12:max_retries (default: 2)",
   "The README says 5 retries but docs/config.md says the default is 2; which one is right?",
   options=["5", "2"])
cp("coding", "Write a migration that makes users.username unique.",
   "app=> SELECT username, count(*) FROM users GROUP BY 1 HAVING count(*) > 1;\n username | count\n----------+-------\n(0 rows)\napp=> SELECT count(*) FROM users;\n 120443",
   "app=> SELECT username, count(*) FROM users GROUP BY 1 HAVING count(*) > 1 ORDER BY 2 DESC LIMIT 3;\n username  | count\n-----------+-------\n admin     |     4\n jsmith    |     2\n mariag    |     2\n(27 rows)",
   "missing", "design_choice", "(27 rows)",
   "27 usernames are duplicated (admin x4, jsmith, mariag...); how should the migration resolve them: suffix the newer accounts, or should someone review them first?",
   options=["suffix newer accounts", "manual review first"])
cp("sql", "Report Q2 revenue in EUR, as the CFO asked in the ticket.",
   "jira.get('FIN-88'): {\"summary\": \"Q2 revenue by region for board\", \"currency\": \"EUR\", \"fx\": \"use monthly avg ECB rates\"}\nfinance=> SELECT DISTINCT currency FROM revenue_daily;\n EUR\n USD",
   "jira.get('FIN-88'): {\"summary\": \"Q2 revenue by region for board\", \"currency\": \"USD\", \"comment (CFO)\": \"please report in USD like last quarter\"}\nfinance=> SELECT DISTINCT currency FROM revenue_daily;\n EUR\n USD",
   "contradictory", "value_conflict", "\"currency\": \"USD\", \"comment (CFO)\": \"please report in USD like last quarter\"",
   "The CFO's ticket asks for USD, not EUR; which currency should the report use?",
   options=["USD", "EUR"])
cp("sql", "Delete the sessions older than 90 days from the sessions table.",
   "app=> SELECT count(*) FROM sessions WHERE created_at < now() - interval '90 days';\n 8812044\napp=> SELECT conname FROM pg_constraint WHERE confrelid = 'sessions'::regclass;\n(0 rows)",
   "app=> SELECT count(*) FROM sessions WHERE created_at < now() - interval '90 days';\n 8812044\napp=> SELECT conname, conrelid::regclass FROM pg_constraint WHERE confrelid = 'sessions'::regclass;\n audit_log_session_fk | audit_log   (ON DELETE CASCADE)",
   "contradictory", "side_effect", " audit_log_session_fk | audit_log   (ON DELETE CASCADE)",
   "Deleting old sessions would cascade into audit_log; should I drop or change that foreign key first, or keep sessions referenced by audit rows?",
   options=["change the FK first", "skip sessions referenced by audit_log"])
cp("sql", "Copy last month's budget rows into the new fiscal year with the same amounts.",
   "fin=> SELECT fiscal_year, count(*) FROM budget GROUP BY 1 ORDER BY 1 DESC LIMIT 2;\n fiscal_year | count\n-------------+-------\n        2024 |   412\n        2023 |   409\nfin=> SELECT count(*) FROM budget WHERE fiscal_year = 2025;\n 0",
   "fin=> SELECT fiscal_year, count(*) FROM budget GROUP BY 1 ORDER BY 1 DESC LIMIT 2;\n fiscal_year | count\n-------------+-------\n        2025 |   118\n        2024 |   412",
   "contradictory", "existing_data", "        2025 |   118",
   "FY2025 already has 118 budget rows; should I add the copied rows alongside them, overwrite them, or skip cost centres that already exist?",
   options=["skip existing cost centres", "overwrite", "add alongside"])
cp("data", "Send me the cleaned customer file as Excel.",
   ">>> clean.shape\n(18342, 14)\n>>> clean.columns.tolist()[:5]\n['customer_id', 'name', 'segment', 'country', 'signup_date']\n>>> clean.filter(regex='email|phone').columns.tolist()\n[]",
   ">>> clean.shape\n(1_204_118, 14)\n>>> clean.filter(regex='email|phone').columns.tolist()\n['email', 'phone']",
   "contradictory", "limit_conflict", ">>> clean.shape\n(1_204_118, 14)",
   "The file has 1.2M rows, more than Excel's 1,048,576-row limit, and it contains emails and phone numbers; should I split it, send CSV, or drop the personal columns?",
   options=["split into sheets", "send CSV", "drop personal columns"])
cp("data", "Compare this year's signups to last year's using the same funnel report.",
   "$ ls reports/funnel/\nfunnel_2023.ipynb\nfunnel_2024.ipynb\n$ diff <(grep -o 'signup_event=.*' reports/funnel/funnel_2023.ipynb) <(grep -o 'signup_event=.*' reports/funnel/funnel_2024.ipynb)\n(no differences)",
   "$ diff <(grep -o 'signup_event=.*' reports/funnel/funnel_2023.ipynb) <(grep -o 'signup_event=.*' reports/funnel/funnel_2024.ipynb)\n< signup_event='account_created'\n> signup_event='email_verified'",
   "contradictory", "definition", "> signup_event='email_verified'",
   "The signup definition changed between the reports (account_created in 2023, email_verified in 2024); which should I use for both years?",
   options=["account_created", "email_verified"])
cp("data", "Anonymise the support export before sharing it with the vendor.",
   ">>> exp.columns.tolist()\n['ticket_id', 'created_at', 'category', 'customer_email', 'body']\n>>> docs.get('Data sharing policy')['pii']\n'Hash emails with SHA-256 + project salt; redact free text with the scrubber.'",
   ">>> exp.columns.tolist()\n['ticket_id', 'created_at', 'category', 'customer_email', 'body']\n>>> docs.get('Data sharing policy')\nKeyError: 'Data sharing policy'",
   "missing", "missing_spec", "KeyError: 'Data sharing policy'",
   "I can't find a data sharing policy; how should the emails and free-text bodies be anonymised (hash, drop, or redact)?",
   options=["hash emails, redact bodies", "drop both columns"])
cp("ops", "Renew the Let's Encrypt certificate for shop.acme.com.",
   "$ sudo certbot certificates 2>/dev/null | grep -A3 shop.acme.com\n  Certificate Name: shop.acme.com\n    Domains: shop.acme.com\n    Expiry Date: 2024-06-20 (VALID: 8 days)\n    Certificate Path: /etc/letsencrypt/live/shop.acme.com/fullchain.pem",
   "$ sudo certbot certificates 2>/dev/null | grep shop\n(no certificates found)\n$ echo | openssl s_client -connect shop.acme.com:443 2>/dev/null | openssl x509 -noout -issuer\nissuer=C=US, O=Amazon, CN=Amazon RSA 2048 M02",
   "contradictory", "wrong_assumption", "issuer=C=US, O=Amazon, CN=Amazon RSA 2048 M02",
   "shop.acme.com isn't using Let's Encrypt; it's served with an Amazon (ACM) certificate that renews itself. Do you still want a Let's Encrypt cert, or something else checked?",
   options=["check the ACM certificate", "switch to Let's Encrypt"])
cp("ops", "Restore the deleted file from last night's snapshot on fs-2.",
   "$ ssh fs-2 zfs list -t snapshot -o name,creation | tail -2\ntank/share@auto-2024-06-11-0200  Tue Jun 11 02:00 2024\ntank/share@auto-2024-06-12-0200  Wed Jun 12 02:00 2024\n$ grep 'unlink' /var/log/samba/audit.log | tail -1\nJun 12 09:41 unlink share/finance/Q2_forecast.xlsx (user: ben)",
   "$ ssh fs-2 zfs list -t snapshot -o name,creation | tail -2\ntank/share@auto-2024-06-11-0200  Tue Jun 11 02:00 2024\ntank/share@auto-2024-06-12-0200  Wed Jun 12 02:00 2024\n$ grep 'unlink' /var/log/samba/audit.log | tail -3\nJun 12 09:41 unlink share/finance/Q2_forecast.xlsx (user: ben)\nJun 12 10:02 unlink share/hr/offer_letter_kim.docx (user: ana)",
   "ambiguous", "referent", "Jun 12 10:02 unlink share/hr/offer_letter_kim.docx (user: ana)",
   "Two files were deleted this morning, finance/Q2_forecast.xlsx and hr/offer_letter_kim.docx; which one should I restore?",
   options=["Q2_forecast.xlsx", "offer_letter_kim.docx", "both"])
cp("ops", "Move the logs bucket to the cheaper storage class like we did for backups.",
   "$ aws s3api get-bucket-lifecycle-configuration --bucket acme-backups --query 'Rules[0].Transitions'\n[{\"Days\": 30, \"StorageClass\": \"GLACIER_IR\"}]\n$ aws s3api get-bucket-lifecycle-configuration --bucket acme-logs\nNoSuchLifecycleConfiguration",
   "$ aws s3api get-bucket-lifecycle-configuration --bucket acme-backups --query 'Rules[0].Transitions'\n[{\"Days\": 30, \"StorageClass\": \"GLACIER_IR\"}]\n$ grep -rn 'acme-logs' ../analytics/jobs/*.py | head -1\n../analytics/jobs/daily_errors.py:9: s3.get_object(Bucket='acme-logs', Key='app/' + yesterday + '/...')  # reads the last 90 days hourly",
   "contradictory", "side_effect", "# reads the last 90 days hourly",
   "An analytics job reads the last 90 days of logs every hour, so moving them after 30 days would add retrieval costs; should I transition after 90 days instead?",
   options=["transition after 90 days", "30 days like backups"])
cp("general", "Send the signed lease to the landlord.",
   "drive.search('lease signed'):\n[{\"title\": \"Lease 2024 - signed by both.pdf\", \"signatures\": 2}]\ncontacts.search('landlord'): [{\"name\": \"Pieter de Vries\", \"email\": \"pieter@devries-vastgoed.nl\"}]",
   "drive.search('lease signed'):\n[{\"title\": \"Lease 2024 - signed by both.pdf\", \"signatures\": 2}]\ncontacts.search('landlord'): []\nmail.search('lease', from:agency): 1 result from \"Rotterdam Rentals (agent)\"",
   "missing", "missing_person", "contacts.search('landlord'): []",
   "I don't have the landlord's contact details, only the letting agent (Rotterdam Rentals); should I send it to the agent, or what's the landlord's email?",
   options=["send to the agent", "landlord's email"])
cp("general", "Renew my parking permit with the same car as last year.",
   "council.permits(me):\n[{\"year\": 2023, \"plate\": \"LK19 ZXT\", \"zone\": \"C3\"}]\nvehicles(me): [\"LK19 ZXT\"]",
   "council.permits(me):\n[{\"year\": 2023, \"plate\": \"LK19 ZXT\", \"zone\": \"C3\"}]\nvehicles(me): [\"YB23 KMP\"]\ndvla.lookup('LK19 ZXT'): keeper changed 2024-02-14",
   "contradictory", "value_conflict", "dvla.lookup('LK19 ZXT'): keeper changed 2024-02-14",
   "Last year's car (LK19 ZXT) was sold in February and your current car is YB23 KMP; should the permit be for YB23 KMP?",
   options=["YB23 KMP", "LK19 ZXT"])
cp("general", "Add the quarterly review to my calendar on the date HR announced.",
   "mail.search(from:hr quarterly review):\n1. Jun 3 \"Q2 reviews\" - \"All quarterly reviews will happen on July 9. Managers will send invites.\"",
   "mail.search(from:hr quarterly review):\n1. Jun 3 \"Q2 reviews\" - \"Quarterly reviews: engineering July 9, sales July 11.\"\ndirectory.me.department: null",
   "missing", "missing_value", "directory.me.department: null",
   "HR set July 9 for engineering and July 11 for sales, and your department isn't in the directory; which applies to you?",
   options=["July 9 (engineering)", "July 11 (sales)"])
cp("writing", "Update the office hours on the contact page to the new summer hours.",
   "mail.get('Summer hours'):\n\"From June 17 to Aug 30 the office is open Mon-Thu 8:00-17:00, Fri 8:00-13:00.\"\ncms.get('contact').hours: \"Mon-Fri 9:00-17:30\"",
   "mail.get('Summer hours'):\n\"From June 17 the office is open Mon-Thu 8:00-17:00, Fri 8:00-13:00.\"\nmail.get('Re: Summer hours'):\n\"Correction from facilities: Fridays stay 8:00-17:00 at the Leeds office.\"",
   "contradictory", "value_conflict", "\"Correction from facilities: Fridays stay 8:00-17:00 at the Leeds office.\"",
   "Facilities says Leeds keeps full Friday hours; should the contact page show different Friday hours per office?",
   options=["per-office Friday hours", "one set of hours"])
cp("writing", "Write the thank-you email to the speakers from the meetup.",
   "events.get('Data Meetup #14'):\n{\"date\": \"2024-06-11\", \"speakers\": [\"Ines Duarte\", \"Kwame Asante\"], \"recording\": \"youtu.be/x9Q2\"}",
   "events.get('Data Meetup #14'):\n{\"date\": \"2024-06-11\", \"speakers\": [], \"status\": \"cancelled (venue flooded)\", \"rescheduled\": null}",
   "contradictory", "wrong_assumption", "\"status\": \"cancelled (venue flooded)\"",
   "Meetup #14 was cancelled, so nobody spoke; do you want a thank-you-and-sorry note to the booked speakers instead?",
   options=["sorry note to booked speakers", "a different event"])
cp("writing", "Add the new feature to the pricing comparison table on the right plans.",
   "jira.get('PRD-310'):\n{\"feature\": \"SSO (SAML)\", \"plans\": [\"Business\", \"Enterprise\"], \"status\": \"approved\"}\ncms.get('pricing').table.columns: [\"Starter\", \"Team\", \"Business\", \"Enterprise\"]",
   "jira.get('PRD-310'):\n{\"feature\": \"SSO (SAML)\", \"plans\": null, \"comment\": \"packaging TBD - pricing committee on 06-20\"}",
   "missing", "missing_value", "\"comment\": \"packaging TBD - pricing committee on 06-20\"",
   "Which plans get SSO hasn't been decided yet (pricing committee on June 20); should I wait, or do you know which plans to mark?",
   options=["wait for the committee", "mark specific plans"])

# ===========================================================================
# stand-alone items: one observation, no partner
# ===========================================================================
c.ok("coding", "Fix the import error so the worker starts again.",
     "$ python -m app.worker\nTraceback (most recent call last):\n  File \"/srv/app/worker.py\", line 4, in <module>\n    from app.queue import RedisQueue\nModuleNotFoundError: No module named 'app.queue'\n$ git log -1 --stat --format='%h %s' | head -3\n2b9d1f0 Rename app/queue.py to app/queues.py\n app/{queue.py => queues.py} | 0")
c.ok("sql", "How many orders were placed yesterday?",
     "shop=> \\d orders\n id | bigint\n placed_at | timestamptz\n status | text\nshop=> SHOW timezone;\n UTC\nshop=> SELECT value FROM company_settings WHERE key='reporting_timezone';\n UTC")
c.ok("ops", "Restart nginx on web-1 after the config change.",
     "$ ssh web-1 sudo nginx -t\nnginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n$ ssh web-1 systemctl is-active nginx\nactive")
c.ok("data", "Give me the row count and the date range of events.parquet.",
     ">>> ev = pd.read_parquet('events.parquet', columns=['event_ts'])\n>>> len(ev)\n2214409\n>>> ev['event_ts'].dtype\ndatetime64[ns, UTC]")
c.ok("general", "Decline the vendor webinar invite politely.",
     "calendar.invites(status=needsAction):\n- \"Webinar: Scaling your data stack with Flowly\"  Thu 16:00-17:00  from: events@flowly.io\n- (no other pending invites)")
c.ok("writing", "Fix the spelling mistakes flagged in the blog draft.",
     "$ codespell content/blog/2024-06-launch.md\ncontent/blog/2024-06-launch.md:14: recieve ==> receive\ncontent/blog/2024-06-launch.md:31: seperate ==> separate\ncontent/blog/2024-06-launch.md:52: occured ==> occurred")
c.ok("coding", "Make the CI job cache pip downloads.",
     "$ sed -n 10,22p .github/workflows/ci.yml\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with:\n          python-version: '3.12'\n      - run: pip install -r requirements.txt\n      - run: pytest -q")
c.ok("ops", "Tell me which pods in the shop namespace are crash-looping.",
     "$ kubectl -n shop get pods\nNAME                      READY   STATUS             RESTARTS   AGE\ncart-6c9d7b5f4-2xk8p      1/1     Running            0          3d\nsearch-7b8c9d6e5-mm2qz    0/1     CrashLoopBackOff   37         2h\nweb-5f6a7b8c9-q9r8s       1/1     Running            1          3d")
c.ok("sql", "List the tables in the analytics schema with their sizes.",
     "dw=> \\dn\n analytics | dw_owner\n public    | dw_owner\n staging   | etl\ndw=> SELECT current_user;\n dw_reader")
c.ok("general", "Add a reminder to take the bins out every Tuesday at 7pm.",
     "reminders.list(query='bins'): []\ncalendar.settings.timezone: Europe/London")
c.blocked("coding", "Apply the patch Femi sent and run the tests.", "missing", "missing_target",
          "mail.search(from:femi has:attachment newer_than:7d): []",
          "I can't find a patch from Femi in the last week; where was it sent, or can you forward it?",
          ctx="mail.search(from:femi has:attachment newer_than:7d): []\nslack.search(from:@femi 'patch'): []\n$ git branch -r | grep -i femi\n(no matches)", where="context")
c.blocked("sql", "Delete the duplicate rows in the contacts table.", "missing", "criterion",
          "-- no unique constraint; 3 candidate keys: email, phone, (first_name, last_name, company)",
          "What makes two contacts duplicates: same email, same phone, or same name and company?",
          ctx="crm=> SELECT count(*) FROM contacts;\n 88120\ncrm=> \\d contacts\n id | email | phone | first_name | last_name | company\n-- no unique constraint; 3 candidate keys: email, phone, (first_name, last_name, company)",
          where="context", options=["email", "phone", "name + company"])
c.blocked("ops", "Run the database upgrade during tonight's maintenance window.", "contradictory", "schedule_conflict",
          "maintenance_windows: [{\"day\": \"Sunday\", \"start\": \"02:00 UTC\"}]",
          "The only maintenance window is Sunday 02:00 UTC, and today is Wednesday; should I run it tonight anyway, or wait for Sunday?",
          ctx="$ date -u +'%A %F'\nWednesday 2024-06-12\n$ yq '.maintenance_windows' ops/policy.yaml\nmaintenance_windows: [{\"day\": \"Sunday\", \"start\": \"02:00 UTC\"}]",
          where="context", options=["tonight anyway", "Sunday"])
c.blocked("data", "Join the orders to the marketing touches and attribute each order to its channel.", "missing", "method",
          "'touch_seq'",
          "Orders have several touches each; which attribution model should I use: first touch, last touch, or linear?",
          ctx=">>> touches.groupby('order_id').size().agg(['mean', 'max'])\nmean     3.4\nmax     19.0\n>>> touches.columns.tolist()\n['order_id', 'channel', 'touched_at', 'touch_seq']",
          where="context", options=["first touch", "last touch", "linear"])
c.blocked("general", "Book me a taxi to the airport for my flight tomorrow.", "ambiguous", "referent",
          "LHR T5 (BA 432, 09:05) and LCY (KL 1008, 17:40)",
          "You have two flights tomorrow, BA 432 from Heathrow at 09:05 and KL 1008 from London City at 17:40; which one is the taxi for?",
          ctx="trips.get(date=2024-06-13): 2 flights: LHR T5 (BA 432, 09:05) and LCY (KL 1008, 17:40)\nhome: 18 Elm Row, London",
          where="context", options=["BA 432 (Heathrow)", "KL 1008 (London City)"])
c.blocked("writing", "Write the press release quote from our CEO about the partnership.", "missing", "missing_value",
          "\"approved_quote\": null",
          "There's no approved CEO quote yet; should I draft one for the CEO to approve, or is there wording already agreed?",
          ctx="docs.get('Partnership announcement brief'):\n{\"partner\": \"Halden Foods\", \"embargo\": \"2024-06-18 09:00 CET\", \"approved_quote\": null, \"spokesperson\": \"CEO\"}",
          where="context", options=["draft one for approval", "use agreed wording"])
c.blocked("ops", "Give Marta admin rights on the prod AWS account, same as Joel.", "contradictory", "permission",
          "\"Joel Park\": {\"role\": \"ReadOnly\"}",
          "Joel only has ReadOnly on prod, not admin; should Marta get ReadOnly like Joel, or admin as you said?",
          ctx="$ aws iam list-users --query 'Users[].UserName' --output text\nmarta.lind  joel.park  ci-deployer\nsso.assignments(account=prod): {\"Joel Park\": {\"role\": \"ReadOnly\"}, \"Ana Ruiz\": {\"role\": \"AdministratorAccess\"}}",
          where="context", options=["ReadOnly like Joel", "AdministratorAccess"])
c.blocked("coding", "Change the button color to our brand blue.", "ambiguous", "value_choice",
          "--blue-500: #1d4ed8;  /* brand (2023) */\n  --brand-primary: #2563eb;  /* brand (2024 refresh) */",
          "The stylesheet has two brand blues, #1d4ed8 (2023) and #2563eb (2024 refresh); which one should the button use?",
          ctx="$ grep -n -i 'blue\\|brand' src/styles/tokens.css\n4:  --blue-500: #1d4ed8;  /* brand (2023) */\n  --brand-primary: #2563eb;  /* brand (2024 refresh) */",
          where="context", options=["#1d4ed8", "#2563eb"])
c.blocked("sql", "Show me this month's revenue compared with the same month last year.", "missing", "missing_data",
          "2023-07-01",
          "The orders table only starts on 2023-07-01, so there's no June 2023 to compare against; should I compare with May 2024 instead, or is there an older source?",
          ctx="shop=> SELECT min(placed_at)::date, max(placed_at)::date FROM orders;\n    min     |    max\n------------+------------\n 2023-07-01 | 2024-06-12",
          where="context", options=["compare with May 2024", "use an older source"])
c.blocked("general", "Forward Dr. Patel's lab results to my insurance.", "ambiguous", "entity",
          "[\"BlueShield (primary)\", \"DentaCare (dental)\"]",
          "You have two insurers on file, BlueShield and DentaCare; which one should get the results?",
          ctx="mail.search(from:patel results): 1 result, Jun 10, attachment: bloodwork_2024-06-07.pdf\nprofile.insurance: [\"BlueShield (primary)\", \"DentaCare (dental)\"]",
          where="context", options=["BlueShield", "DentaCare"])

c.write()
