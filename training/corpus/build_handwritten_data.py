"""Hand-written probe training data: data & operations domain.

Every request below was written out by hand (no slot-filling templates).
Deterministic, stdlib only.  Writes handwritten_data.jsonl next to this file
and prints counts plus the length-only AUROC.

Usage: python training/corpus/build_handwritten_data.py
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

from training.corpus._stats import auroc as _auroc

OUT = Path(__file__).with_name("handwritten_data.jsonl")

ITEMS: list[dict] = []
_GROUP = [0]


def _new_group() -> str:
    _GROUP[0] += 1
    return f"hwd-g{_GROUP[0]:04d}"


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
          q=None, where="text", opts=()):
    assert dom in ("sql", "data", "ops"), dom
    if label:
        assert typ in ("missing", "ambiguous", "contradictory"), typ
        assert q and q.strip().endswith("?"), q
        src = text if where == "text" else ctx
        sp = _span(src, span)
        return dict(group=group, domain=dom, text=text, context=ctx, label=1,
                    type=typ, subtype=sub, span=sp,
                    span_in=where if sp is not None else None,
                    question=q, options=list(opts))
    return dict(group=group, domain=dom, text=text, context=ctx, label=0,
                type=None, subtype="complete", span=None, span_in=None,
                question=None, options=[])


def P(dom, ctx, good, bad, typ, sub, span, q, where="text", opts=(),
      bad_ctx=None):
    """Contrastive pair: complete request vs degraded request."""
    g = _new_group()
    ITEMS.append(_item(g, dom, good, ctx, 0))
    ITEMS.append(_item(g, dom, bad, ctx if bad_ctx is None else bad_ctx, 1,
                       typ, sub, span, q, where, opts))


def PC(dom, text, good_ctx, bad_ctx, typ, sub, span, q, where="context",
       opts=()):
    """Contrastive pair where only the observed context differs."""
    g = _new_group()
    ITEMS.append(_item(g, dom, text, good_ctx, 0))
    ITEMS.append(_item(g, dom, text, bad_ctx, 1, typ, sub, span, q, where,
                       opts))


def Y(dom, text, ctx, typ, sub, span, q, where="text", opts=()):
    """Stand-alone item with a blocker."""
    ITEMS.append(_item(_new_group(), dom, text, ctx, 1, typ, sub, span, q,
                       where, opts))


def N(dom, text, ctx=None):
    """Stand-alone complete item."""
    ITEMS.append(_item(_new_group(), dom, text, ctx, 0))


# ---------------------------------------------------------------------------
# Shared schemas / observed contexts
# ---------------------------------------------------------------------------

RETAIL = """orders(order_id bigint pk, customer_id bigint, store_id int, created_at timestamptz, status text, subtotal numeric(12,2), discount numeric(12,2), tax numeric(12,2), shipping numeric(12,2), total numeric(12,2), currency char(3))
order_items(order_id bigint, sku text, qty int, unit_price numeric(12,2))
customers(customer_id bigint pk, email text, country text, signup_at timestamptz, segment text)
stores(store_id int pk, name text, region text, opened_on date)
-- SELECT DISTINCT status FROM orders: pending, paid, shipped, delivered, cancelled, refunded
-- SELECT DISTINCT currency FROM orders: USD"""

RETAIL_MULTICUR = RETAIL.replace("FROM orders: USD", "FROM orders: USD, EUR, GBP, CAD")

SAAS = """accounts(id uuid pk, name text, plan text, created_at timestamptz, churned_at timestamptz null, owner_user_id uuid)
subscriptions(id uuid pk, account_id uuid, plan text, status text, seats int, mrr_usd numeric, started_at timestamptz, ended_at timestamptz null)
users(id uuid pk, account_id uuid, email text, role text, created_at timestamptz, last_seen_at timestamptz null)
events(user_id uuid, account_id uuid, name text, occurred_at timestamptz, props jsonb)
-- DISTINCT subscriptions.status: trialing, active, past_due, canceled
-- DISTINCT accounts.plan: free, starter, team, enterprise"""

HR = """employees(emp_id int pk, full_name text, dept_id int, manager_id int null, hire_date date, term_date date null, base_salary numeric, bonus_target_pct numeric, employment_type text, location text)
departments(dept_id int pk, name text, parent_dept_id int null)
-- DISTINCT employment_type: FT, PT, contractor, intern
-- DISTINCT location: Berlin, Lisbon, Remote-EU, Toronto"""

LOGI = """shipments(shipment_id text pk, origin_hub text, dest_hub text, carrier text, created_at timestamptz, picked_up_at timestamptz null, delivered_at timestamptz null, promised_by date, weight_kg numeric, status text)
hubs(hub_code text pk, city text, country text, tz text)
-- DISTINCT status: created, in_transit, out_for_delivery, delivered, returned, lost
-- DISTINCT carrier: DHL, UPS, PostNL, own_fleet"""

CLINIC = """appointments(appt_id bigint pk, patient_id bigint, provider_id int, clinic_id int, scheduled_start timestamp, checked_in_at timestamp null, status text)
providers(provider_id int pk, full_name text, specialty text)
clinics(clinic_id int pk, name text, state char(2))
claims(claim_id bigint pk, appt_id bigint, payer text, billed_amount numeric, allowed_amount numeric, paid_amount numeric, submitted_at date, status text)
-- DISTINCT appointments.status: booked, arrived, completed, no_show, cancelled_patient, cancelled_clinic
-- DISTINCT claims.status: submitted, paid, denied, appealed"""

BANK = """transactions(txn_id bigint pk, account_id bigint, posted_at timestamptz, value_date date, amount numeric(14,2), currency char(3), direction text, category text, merchant text)
accounts(account_id bigint pk, customer_id bigint, kind text, opened_at date, closed_at date null)
fx_rates(rate_date date, currency char(3), usd_per_unit numeric)
-- DISTINCT direction: debit, credit
-- DISTINCT kind: checking, savings, credit_card"""

GAME = """players(player_id bigint pk, region text, platform text, created_at timestamptz)
sessions(session_id bigint pk, player_id bigint, started_at timestamptz, ended_at timestamptz null)
purchases(purchase_id bigint pk, player_id bigint, item_id int, price_gems int, price_usd numeric(8,2), purchased_at timestamptz, is_refunded bool)
matches(match_id bigint pk, mode text, started_at timestamptz, duration_s int)
match_players(match_id bigint, player_id bigint, team smallint, kills int, deaths int, result text)
-- DISTINCT mode: ranked, casual, arena, tutorial"""

EDU = """students(student_id int pk, full_name text, cohort_year int, program text, status text)
courses(course_id text pk, title text, dept text, level int, credits int)
enrollments(student_id int, course_id text, term text, grade text null, enrolled_at date, dropped_at date null)
-- DISTINCT students.status: active, on_leave, graduated, withdrawn
-- DISTINCT term: 2023FA, 2024SP, 2024SU, 2024FA"""

IOT = """devices(device_id text pk, site_id int, model text, firmware text, installed_at date)
readings(device_id text, ts timestamptz, temp_c real, humidity_pct real, battery_v real)
sites(site_id int pk, name text, tz text)
alerts(alert_id bigint pk, device_id text, raised_at timestamptz, cleared_at timestamptz null, severity text)
-- DISTINCT severity: info, warning, critical"""
# ---------------------------------------------------------------------------
# SQL: retail
# ---------------------------------------------------------------------------

P("sql", RETAIL,
  "Sum of orders.total for delivered orders, grouped by store region, for March 2024 (created_at in UTC).",
  "Revenue by store region for March 2024, delivered orders only.",
  "ambiguous", "column_choice", "subtotal numeric(12,2), discount numeric(12,2), tax numeric(12,2), shipping numeric(12,2), total numeric(12,2)",
  "Should 'revenue' be the order total (incl. tax and shipping) or subtotal minus discount?",
  where="context", opts=["total", "subtotal - discount"])

P("sql", RETAIL,
  "how many orders got cancelled last week? last week = mon 2024-06-03 to sun 2024-06-09",
  "how many orders got cancelled or refunded last week? only count cancelled ones, refunds are a separate thing. last week = mon 2024-06-03 to sun 2024-06-09",
  "contradictory", "conflicting_instructions", "only count cancelled ones",
  "Should refunded orders be counted together with cancelled ones, or only cancelled orders?")

P("sql", RETAIL,
  "List the 20 customers with the highest lifetime spend (sum of total over paid, shipped and delivered orders), with email and country.",
  "List our top customers with email and country, ranked by lifetime spend over paid, shipped and delivered orders.",
  "missing", "top_n", "top customers",
  "How many top customers should the list include?")


N("sql", "Average order value for 2024 Q1, using total, excluding cancelled and refunded orders. One number is fine.", RETAIL)
N("sql", "which store has the most orders since it opened? just the store name + count pls", RETAIL)
Y("sql", "Which store has the most orders in its region? name + count", RETAIL,
  "ambiguous", "scope", "most orders in its region",
  "Do you want the single top store per region, or one overall store ranked within its region?")

P("sql", RETAIL_MULTICUR,
  "Total revenue for May 2024 per currency (sum of total, no conversion), excluding cancelled orders.",
  "Total revenue for May 2024 as one number (sum of total), excluding cancelled orders.",
  "missing", "currency", "USD, EUR, GBP, CAD",
  "Orders come in USD, EUR, GBP and CAD: which exchange rates (and which date's rates) should be used to convert to a single currency?",
  where="context")

PC("sql", "What was total sales (sum of orders.total) yesterday, 2024-06-11? Skip cancelled.",
   RETAIL, RETAIL_MULTICUR, "missing", "currency", "USD, EUR, GBP, CAD",
   "Orders are in four currencies; should the total be reported per currency or converted to one currency (and at what rate)?")

N("sql", "Quick one: average number of line items per order, over all orders ever. Cancelled ones included is fine.", RETAIL)
N("sql", "Top 5 SKUs by units sold (sum of qty) in the last 30 days ending today 2024-06-12, delivered orders only.", RETAIL)
Y("sql", "Top 5 SKUs in the last 30 days ending 2024-06-12, delivered orders only.", RETAIL,
  "ambiguous", "column_choice", "Top 5 SKUs",
  "Should SKUs be ranked by units sold (sum of qty) or by revenue (qty * unit_price)?",
  opts=["units", "revenue"])

P("sql", RETAIL,
  "Give me the discount rate per segment: sum(discount)/sum(subtotal), all non-cancelled orders in 2023.",
  "Give me the discount rate per segment: sum(discount)/sum(total), computed on subtotal so it's comparable with last year's deck. All non-cancelled orders in 2023.",
  "contradictory", "conflicting_instructions", "sum(discount)/sum(total), computed on subtotal",
  "Should the denominator be subtotal or total?")

N("sql", "Recent orders, meaning created in the last 48 hours as of now, that are still pending. Need order_id, customer email, created_at.", RETAIL)
Y("sql", "Orders that are stuck — need order_id, customer email, created_at.", RETAIL,
  "missing", "threshold", "stuck",
  "What counts as 'stuck': which status, and pending for how long?")

N("sql", "the orders table — count rows where currency is null. should be zero but want to double check", RETAIL)
N("sql", "Share of orders with any discount (discount > 0) by country of the customer, 2024 YTD.", RETAIL)

P("sql", RETAIL,
  "Repeat purchase rate for customers who signed up in 2023: share with 2 or more non-cancelled orders, ever.",
  "Repeat purchase rate for customers who signed up in 2023.",
  "missing", "metric_definition", "Repeat purchase rate",
  "How should repeat purchase rate be defined: share of customers with 2+ orders ever, or within some window after signup?")

Y("sql", "number of orders for the Lisbon store in April", RETAIL + "\n-- SELECT store_id, name FROM stores WHERE name ILIKE '%lisbon%': (14, 'Lisbon Chiado'), (31, 'Lisbon Colombo')",
  "ambiguous", "entity_identity", "(14, 'Lisbon Chiado'), (31, 'Lisbon Colombo')",
  "There are two Lisbon stores (Chiado and Colombo): which one, or both combined?", where="context")
N("sql", "number of orders for the Lisbon store in April 2024", RETAIL + "\n-- SELECT store_id, name FROM stores WHERE name ILIKE '%lisbon%': (14, 'Lisbon Chiado')")

P("sql", RETAIL,
  "Write a query returning each customer's first order date (min created_at) and first order total.",
  "Write a query returning each customer's first order date and first order total. Use the latest order per customer.",
  "contradictory", "conflicting_instructions", "Use the latest order per customer",
  "Do you want each customer's first order or their latest order?")

N("sql", "hey can u pull avg shipping cost per order for orders shipped to Canada this year (2024)? customers.country = 'CA'", RETAIL)
Y("sql", "hey can u pull avg shipping cost for canada orders", RETAIL,
  "missing", "period", None,
  "Over what date range should the average shipping cost be computed?")

# ---------------------------------------------------------------------------
# SQL: SaaS
# ---------------------------------------------------------------------------

P("sql", SAAS,
  "Current MRR: sum of mrr_usd over subscriptions with status active.",
  "Current MRR: sum of mrr_usd over subscriptions.",
  "ambiguous", "status_filter", "trialing, active, past_due, canceled",
  "Should MRR include only active subscriptions, or also trialing and past_due ones?",
  where="context")

P("sql", SAAS,
  "Count accounts that churned in Q2 2024 (churned_at between 2024-04-01 and 2024-06-30 inclusive).",
  "Count accounts that churned in Q2.",
  "missing", "period", "Q2",
  "Which year's Q2 (and is the fiscal quarter the calendar quarter)?")

N("sql", "how many users have role = 'admin' per plan? join users to accounts", SAAS)
N("sql", "Weekly active users for the last 8 full ISO weeks: distinct user_id with any event, grouped by date_trunc('week', occurred_at).", SAAS)
Y("sql", "Weekly active users for the last 8 full ISO weeks: distinct user_id with any event, grouped by date_trunc('week', occurred_at). Exclude the free plan but keep all accounts.", SAAS,
  "contradictory", "conflicting_instructions", "Exclude the free plan but keep all accounts",
  "Should accounts on the free plan be excluded or kept?")

P("sql", SAAS,
  "List enterprise accounts whose users haven't been seen in 30+ days (max last_seen_at across their users < now() - 30 days).",
  "List enterprise accounts that went inactive.",
  "missing", "threshold", "went inactive",
  "What defines 'inactive': no user seen for how many days, or no events for how long?")

N("sql", "Seats by plan right now, active subs only. Sum of seats.", SAAS)
N("sql", "Trial conversion: of subscriptions that started as trialing in January 2024, how many are active today? We keep one row per subscription and status updates in place, so just look at current status for subscriptions started in Jan.", SAAS)
Y("sql", "Trial conversion rate for January 2024 signups.", SAAS,
  "missing", "metric_definition", "Trial conversion rate",
  "The subscriptions table only keeps the current status: should conversion be 'started trialing in January and active now', or do you have a status history I should use?")

P("sql", SAAS,
  "Net new MRR in May 2024 = MRR of subscriptions started in May minus MRR of subscriptions ended in May.",
  "Net new MRR in May 2024 = MRR of subscriptions started in May minus MRR of subscriptions ended in May, plus expansion.",
  "missing", "metric_definition", "plus expansion",
  "Expansion can't be derived from the current schema (no MRR history): where should expansion MRR come from, or should it be left out?")

Y("sql", "How many signups did we get last month? (account created_at)", SAAS + "\n-- note: events also has name='signup_completed' for each user",
  "ambiguous", "column_choice", "name='signup_completed' for each user",
  "Should signups be counted as new accounts (accounts.created_at) or new users (signup_completed events)?", where="context")
N("sql", "How many accounts were created last month, i.e. May 2024? Just the count.", SAAS)

N("sql", "Which event names fire most often? Top 10 over all time, with counts.", SAAS)
Y("sql", "Which features are used most by enterprise users? Top 10.", SAAS,
  "ambiguous", "metric_definition", "features",
  "Should 'features' map to event names in the events table, and should usage be ranked by event count or by distinct users?")

PC("sql", "Show the account name for acme and its current plan.",
   SAAS + "\n-- SELECT id, name, plan FROM accounts WHERE name ILIKE 'acme%': (9f1c..., 'Acme Corp', 'enterprise')",
   SAAS + "\n-- SELECT id, name, plan FROM accounts WHERE name ILIKE 'acme%': (9f1c..., 'Acme Corp', 'enterprise'), (03ab..., 'Acme Labs', 'team'), (77de..., 'ACME GmbH', 'starter')",
   "ambiguous", "entity_identity", "(03ab..., 'Acme Labs', 'team'), (77de..., 'ACME GmbH', 'starter')",
   "Three accounts match 'acme' (Acme Corp, Acme Labs, ACME GmbH): which one do you mean?")

# ---------------------------------------------------------------------------
# SQL: HR
# ---------------------------------------------------------------------------

P("sql", HR,
  "Average base_salary by department for current full-time employees (term_date is null, employment_type = 'FT').",
  "Average salary by department for current employees.",
  "ambiguous", "scope", "FT, PT, contractor, intern",
  "Should part-time staff, contractors and interns be included in the average, or only full-time employees?",
  where="context")

N("sql", "headcount per location as of today (no term_date). all employment types", HR)
N("sql", "Who reports directly to emp_id 1042? names only", HR)
Y("sql", "Who reports to Maria?", HR + "\n-- SELECT emp_id, full_name FROM employees WHERE full_name ILIKE 'maria%': (1042, 'Maria Santos'), (2210, 'Maria Keller')",
  "ambiguous", "entity_identity", "(1042, 'Maria Santos'), (2210, 'Maria Keller')",
  "There are two Marias (Santos, 1042 and Keller, 2210): whose reports do you want?", where="context")

P("sql", HR,
  "Attrition in 2023: employees with a term_date in 2023 divided by average headcount (mean of headcount on 2023-01-01 and 2023-12-31).",
  "Attrition in 2023: employees with a term_date in 2023 divided by headcount.",
  "ambiguous", "metric_definition", "divided by headcount",
  "Which headcount should be the denominator: start of year, end of year, or average?")

Y("sql", "Pull everyone hired in 2024 in Berlin and Lisbon. Lisbon only please, Berlin's in a separate report.", HR,
  "contradictory", "conflicting_instructions", "Lisbon only please",
  "Should the list include Berlin hires as well as Lisbon, or Lisbon only?")
N("sql", "Pull everyone hired in 2024 in Lisbon — Berlin's in a separate report so leave it out.", HR)

N("sql", "Total annual bonus budget at target: sum(base_salary * bonus_target_pct / 100) for current FT employees, by department.", HR)
Y("sql", "Total bonus budget by department for current FT employees.", HR + "\n-- sample: bonus_target_pct values 0, 0.1, 0.15, 10, 15, 20",
  "ambiguous", "unit", "bonus_target_pct values 0, 0.1, 0.15, 10, 15, 20",
  "bonus_target_pct mixes fractions (0.1) and percents (10): should values below 1 be treated as fractions?", where="context")

N("sql", "Departments with no parent (top-level ones). Name + id.", HR)
N("sql", "what's the longest-tenured current employee? full name and hire_date. ties → show all", HR)
Y("sql", "what's the longest-tenured employee? full name and hire_date", HR,
  "ambiguous", "scope", "longest-tenured employee",
  "Should former employees (with a term_date) be considered, or only current staff?")

# ---------------------------------------------------------------------------
# SQL: logistics
# ---------------------------------------------------------------------------

P("sql", LOGI,
  "On-time delivery rate by carrier for May 2024: delivered shipments with delivered_at::date <= promised_by, over all delivered shipments created in May.",
  "On-time delivery rate by carrier for May 2024.",
  "missing", "metric_definition", "On-time delivery rate",
  "What counts as on time (delivered_at on or before promised_by?), and which shipments form the denominator (delivered only, or also returned/lost)?")

N("sql", "avg weight_kg of shipments leaving AMS1 in 2024 so far", LOGI)
Y("sql", "avg transit time for shipments leaving AMS1 in 2024 so far", LOGI,
  "ambiguous", "metric_definition", "transit time",
  "Should transit time start at created_at or picked_up_at (ending at delivered_at)?")

PC("sql", "Count shipments delivered on 2024-06-10, local date at the destination hub.",
   LOGI, LOGI.replace(", tz text)", ")"),
   "missing", "timezone", None,
   "hubs has no timezone column: which timezone should 'local date at the destination hub' use?")

N("sql", "Which carrier has the most lost shipments this year? year = 2024, status = 'lost'.", LOGI)
Y("sql", "Which carrier loses the most? 2024.", LOGI,
  "ambiguous", "aggregation", "loses the most",
  "Should carriers be ranked by the count of lost shipments or by the share of their shipments that were lost?")

P("sql", LOGI,
  "List shipments in_transit for more than 5 days (now() - picked_up_at > interval '5 days').",
  "List shipments in_transit for more than 5 days (now() - picked_up_at > interval '5 days'). Exclude anything not yet picked up, and include shipments with picked_up_at null since those are the worst.",
  "contradictory", "null_handling", "include shipments with picked_up_at null",
  "Should shipments with no picked_up_at be excluded or included?")

N("sql", "For each dest country, number of shipments returned in H1 2024. Join hubs on dest_hub = hub_code.", LOGI)
N("sql", "some shipments have delivered_at but status still in_transit — count them pls", LOGI)
Y("sql", "fix the shipments where the status is wrong", LOGI,
  "missing", "scope", "where the status is wrong",
  "Which inconsistency should be fixed (e.g. delivered_at set but status in_transit), and what status should they be set to?")
# ---------------------------------------------------------------------------
# SQL: healthcare admin
# ---------------------------------------------------------------------------

P("sql", CLINIC,
  "No-show rate per clinic for May 2024: appointments with status no_show divided by appointments with status in (completed, no_show, arrived), by scheduled_start.",
  "No-show rate per clinic for May 2024, by scheduled_start.",
  "ambiguous", "status_filter", "cancelled_patient, cancelled_clinic",
  "Should cancelled appointments (patient- or clinic-cancelled) be part of the denominator for the no-show rate?",
  where="context")

P("sql", CLINIC,
  "Collections by payer for claims submitted in 2024 Q1: sum(paid_amount), paid claims only.",
  "Collections by payer for claims submitted in 2024 Q1: sum(billed_amount) of paid claims — we want what actually came in, not what we billed.",
  "contradictory", "conflicting_instructions", "sum(billed_amount)",
  "Should collections use paid_amount (what came in) or billed_amount as written?")

N("sql", "Appointments per provider specialty last week (2024-06-03..2024-06-09), completed only.", CLINIC)
N("sql", "Clinics in TX with their appointment counts for June 2024 so far — all statuses, I just need volume.", CLINIC)
Y("sql", "Denial rate by payer — claims submitted this year.", CLINIC + "\n-- note: status only keeps the latest state; appealed claims were first denied",
  "ambiguous", "status_filter", "appealed claims were first denied",
  "Should appealed claims (which were denied first) count as denials?", where="context")
N("sql", "Denial rate by payer for claims submitted in 2024: status = 'denied' over all claims. Appealed ones don't count as denied for this.", CLINIC)

P("sql", CLINIC,
  "Average wait: checked_in_at minus scheduled_start in minutes, for arrived and completed appointments in June 2024, per clinic. Negative waits (early arrivals) count as 0.",
  "Average wait: checked_in_at minus scheduled_start in minutes, for arrived and completed appointments in June 2024, per clinic.",
  "missing", "null_handling", "checked_in_at minus scheduled_start",
  "How should early arrivals (negative waits) be handled: keep negative, clamp to 0, or exclude?")

Y("sql", "How many patients did Dr. Okafor see in Q1?", CLINIC + "\n-- SELECT provider_id, full_name, specialty FROM providers WHERE full_name ILIKE '%okafor%': (88, 'Chidi Okafor', 'cardiology'), (102, 'Ngozi Okafor', 'pediatrics')",
  "ambiguous", "entity_identity", "(88, 'Chidi Okafor', 'cardiology'), (102, 'Ngozi Okafor', 'pediatrics')",
  "Which Dr. Okafor: Chidi (cardiology) or Ngozi (pediatrics)?", where="context")
N("sql", "How many distinct patients did Dr. Ngozi Okafor see in Q1 2024 (completed appointments)?", CLINIC + "\n-- SELECT provider_id, full_name, specialty FROM providers WHERE full_name ILIKE '%okafor%': (88, 'Chidi Okafor', 'cardiology'), (102, 'Ngozi Okafor', 'pediatrics')")

# ---------------------------------------------------------------------------
# SQL: banking / finance
# ---------------------------------------------------------------------------

P("sql", BANK,
  "Monthly spend per category for 2024: sum of amount where direction = 'debit', USD transactions only, grouped by date_trunc('month', posted_at).",
  "Monthly spend per category for 2024, grouped by month.",
  "missing", "currency", "currency char(3)",
  "Transactions have multiple currencies: should non-USD amounts be converted with fx_rates (at which date), or only USD transactions used?",
  where="context")

P("sql", BANK,
  "Count accounts opened in 2023 that are still open (closed_at is null), by kind.",
  "Count accounts opened in 2023 that are still open, by kind. Treat closed_at null as closed on the open date for the old migration rows.",
  "contradictory", "null_handling", "Treat closed_at null as closed",
  "Should accounts with closed_at null be treated as still open or as closed?")

N("sql", "Largest single debit per merchant in April 2024 (posted_at), top 10 merchants by that amount.", BANK)
Y("sql", "Biggest merchants in April 2024, top 10.", BANK,
  "ambiguous", "metric_definition", "Biggest merchants",
  "Should merchants be ranked by total debit amount, by number of transactions, or by largest single transaction?")
N("sql", "Which date should I bucket by for month-end reporting? We use value_date for month-end, so: sum of credits by value_date month for 2024.", BANK)
Y("sql", "Sum of credits by month for 2024.", BANK,
  "ambiguous", "column_choice", "posted_at timestamptz, value_date date",
  "Should months be bucketed by posted_at or by value_date?", where="context")

P("sql", BANK,
  "Customers with more than one checking account (count of accounts where kind = 'checking' > 1), including closed accounts.",
  "Customers with more than one checking account.",
  "ambiguous", "scope", "opened_at date, closed_at date null",
  "Should closed checking accounts count towards 'more than one', or only open ones?", where="context")

N("sql", "Convert every EUR transaction in March 2024 to USD using fx_rates on value_date, then sum. One number.", BANK)
Y("sql", "Convert every EUR transaction in March 2024 to USD using the month-end rate from fx_rates on value_date, then sum. One number.", BANK,
  "contradictory", "conflicting_instructions", "the month-end rate from fx_rates on value_date",
  "Should EUR be converted at the month-end rate (2024-03-31) or at each transaction's value_date rate?")

# ---------------------------------------------------------------------------
# SQL: gaming
# ---------------------------------------------------------------------------

P("sql", GAME,
  "DAU for 2024-06-01 through 2024-06-07: distinct players with a session starting that day (UTC).",
  "DAU for the first week of June.",
  "missing", "period", "first week of June",
  "Which year, and does the first week mean June 1–7 or the first ISO week?")

N("sql", "Average ranked match duration in minutes, last 7 days up to now.", GAME)
N("sql", "win rate per platform in ranked: result = 'win' over all ranked match_players rows, 2024 YTD", GAME)
Y("sql", "win rate per platform, 2024 YTD", GAME,
  "ambiguous", "scope", "ranked, casual, arena, tutorial",
  "Should all modes be included (tutorial too), or only ranked matches?", where="context")

P("sql", GAME,
  "Gross bookings for May 2024: sum(price_usd) over purchases not refunded.",
  "Gross bookings for May 2024: sum(price_usd) over all purchases, and drop the refunded ones so it matches net.",
  "contradictory", "conflicting_instructions", "over all purchases, and drop the refunded ones",
  "Should refunded purchases be included (gross) or excluded (net)?")

Y("sql", "How much do whales spend per month? 2024.", GAME,
  "missing", "threshold", "whales",
  "What spending threshold defines a 'whale' (e.g. top 1% of spenders, or above some USD amount per month)?")
N("sql", "How much do whales spend per month in 2024? whales = players whose lifetime price_usd sum (non-refunded) is above $500.", GAME)

Y("sql", "K/D for player 'shadowfox' across all matches", GAME + "\n-- players has no name column; player handles live in the auth service",
  "missing", "entity_identity", "players has no name column",
  "The players table has no name column: what is shadowfox's player_id?", where="context")
N("sql", "K/D for player_id 771203 across all matches: sum(kills)/nullif(sum(deaths),0)", GAME)

N("sql", "Session length distribution: count sessions by 10-minute bucket of (ended_at - started_at), drop sessions with ended_at null. June 2024.", GAME)

# ---------------------------------------------------------------------------
# SQL: education
# ---------------------------------------------------------------------------

P("sql", EDU,
  "Enrollments per course for term 2024FA, excluding drops (dropped_at is null).",
  "Enrollments per course for the fall term, excluding drops.",
  "ambiguous", "period", "2023FA, 2024SP, 2024SU, 2024FA",
  "There are two fall terms in the data (2023FA and 2024FA): which one?", where="context")

N("sql", "GPA isn't stored, I know. Just give me the count of A grades (grade = 'A' or 'A-') per dept in 2024SP.", EDU)
Y("sql", "Average GPA per program for 2024SP.", EDU,
  "missing", "metric_definition", "grade text null",
  "Grades are letters: what grade-point scale should be used, and should courses be weighted by credits?", where="context")
N("sql", "Which courses have zero enrollments in 2024FA? list course_id + title", EDU)
N("sql", "students in cohort 2022 who are on leave — names sorted by name", EDU)
Y("sql", "students in the 2022 cohort who are on leave or withdrawn — only the on-leave ones though, names sorted", EDU,
  "contradictory", "conflicting_instructions", "only the on-leave ones though",
  "Should withdrawn students be included, or only those on leave?")

P("sql", EDU,
  "Drop rate per course for 2024SP: enrollments with dropped_at not null divided by all enrollments.",
  "Drop rate per course for 2024SP: enrollments with dropped_at not null divided by all enrollments. Only count drops after the add/drop deadline.",
  "missing", "threshold", "the add/drop deadline",
  "What date is the 2024SP add/drop deadline?")

# ---------------------------------------------------------------------------
# SQL: IoT
# ---------------------------------------------------------------------------

P("sql", IOT,
  "Daily average temp_c per site for June 2024, days in each site's own tz (sites.tz).",
  "Daily average temp_c per site for June 2024.",
  "ambiguous", "timezone", "sites(site_id int pk, name text, tz text)",
  "Should days be cut in UTC or in each site's local timezone (sites.tz)?", where="context")

N("sql", "devices with no readings in the last 24h — device_id, site name, last reading ts", IOT)
Y("sql", "devices with low battery — device_id + site", IOT,
  "missing", "threshold", "low battery",
  "What battery_v value counts as low, and based on the latest reading or an average?")
N("sql", "devices whose latest reading has battery_v < 3.3 — device_id + site name", IOT)

P("sql", IOT,
  "Mean time to clear critical alerts in May 2024 (cleared_at - raised_at), ignoring alerts not yet cleared.",
  "Mean time to clear critical alerts in May 2024 (cleared_at - raised_at).",
  "missing", "null_handling", "cleared_at timestamptz null",
  "How should alerts that are still open (cleared_at null) be treated: excluded, or counted up to now?", where="context")

Y("sql", "Which firmware is the most unreliable?", IOT,
  "missing", "metric_definition", "most unreliable",
  "How should reliability be measured: alerts per device, critical alerts only, or missing readings?")
N("sql", "Which firmware version has the most critical alerts per device (alerts / distinct devices on that firmware), all time?", IOT)

Y("sql", "Humidity readings above 100 are sensor errors. Average humidity per site for June 2024, keep all readings as-is.", IOT,
  "contradictory", "conflicting_instructions", "keep all readings as-is",
  "Should readings with humidity above 100 be dropped as sensor errors or kept as-is?")
N("sql", "Humidity readings above 100 are sensor errors — drop them. Then average humidity per site for June 2024.", IOT)
# ---------------------------------------------------------------------------
# Ops: Kubernetes
# ---------------------------------------------------------------------------

PODS_ONE = """$ kubectl get pods -n payments
NAME                           READY   STATUS             RESTARTS   AGE
api-7d9f8b6c5-2xk4p            1/1     Running            0          3d
api-7d9f8b6c5-h8z2q            0/1     CrashLoopBackOff   14         3d
worker-5c6b9d7f4-qq8rt         1/1     Running            2          6d"""

PODS_TWO_NS = """$ kubectl get pods -A | grep api
payments        api-7d9f8b6c5-2xk4p         1/1   Running            0    3d
payments        api-7d9f8b6c5-h8z2q         0/1   CrashLoopBackOff   14   3d
payments-stg    api-66c4d9b7f-9mm2d         0/1   CrashLoopBackOff   31   1d"""

PC("ops", "restart the api pod that's crashlooping",
   PODS_ONE, PODS_TWO_NS, "ambiguous", "environment",
   "payments-stg    api-66c4d9b7f-9mm2d         0/1   CrashLoopBackOff   31   1d",
   "Two api pods are crashlooping, in payments and payments-stg: which namespace should be restarted (or both)?")

P("ops", PODS_ONE,
  "kill api-7d9f8b6c5-h8z2q in payments so the deployment recreates it",
  "kill the api pod in payments so the deployment recreates it",
  "ambiguous", "target", "api-7d9f8b6c5-2xk4p            1/1     Running",
  "There are two api pods (one healthy, one crashlooping): should I delete only the crashlooping h8z2q, or both?",
  where="context")

N("ops", "can you scale the worker in payments to 4 replicas? we need it for the batch tonight", PODS_ONE)
Y("ops", "scale up the worker in payments", PODS_ONE,
  "missing", "target", "scale up",
  "How many replicas should worker be scaled to?")

DEPLOY_IMG = """$ kubectl -n web get deploy frontend -o jsonpath='{.spec.template.spec.containers[*].image}'
registry.internal/web/frontend:2.14.3
$ kubectl -n web rollout history deploy/frontend
REVISION  CHANGE-CAUSE
11        image 2.13.9
12        image 2.14.0
13        image 2.14.2
14        image 2.14.3"""

N("ops", "frontend 2.14.3 is broken, roll web/frontend back to the previous revision", DEPLOY_IMG)
Y("ops", "frontend is broken since 2.14.0 went out, roll web/frontend back to the previous revision", DEPLOY_IMG,
  "contradictory", "version", "roll web/frontend back to the previous revision",
  "If the break started with 2.14.0, the previous revision (2.14.2) is also affected: should I roll back to 2.13.9 (rev 11) or to 2.14.2 (rev 13)?")
N("ops", "roll web/frontend back to 2.13.9, everything after it has the memory leak", DEPLOY_IMG)
Y("ops", "roll web/frontend back to 2.14.1 please", DEPLOY_IMG,
  "contradictory", "context_conflict", "REVISION  CHANGE-CAUSE",
  "2.14.1 never appears in the rollout history (only 2.13.9, 2.14.0, 2.14.2, 2.14.3): which version do you want, or should 2.14.1 be deployed from the registry?",
  where="context")

HPA = """$ kubectl -n search get hpa
NAME      REFERENCE            TARGETS   MINPODS   MAXPODS   REPLICAS
indexer   Deployment/indexer   91%/70%   2         6         6"""

N("ops", "bump the indexer HPA max from 6 to 10 in search, leave min alone", HPA)
Y("ops", "indexer is pegged, give it more room", HPA,
  "missing", "target", "give it more room",
  "Do you want a higher HPA maxReplicas (to what number), or bigger CPU requests/limits per pod?")
Y("ops", "set indexer min replicas to 8 and keep max at 6, we need headroom", HPA,
  "contradictory", "conflicting_instructions", "min replicas to 8 and keep max at 6",
  "minReplicas 8 can't exceed maxReplicas 6: should max go up to at least 8, or min be lower?")

NODES = """$ kubectl get nodes
NAME                          STATUS                     ROLES    AGE   VERSION
ip-10-0-1-12.ec2.internal     Ready                      <none>   41d   v1.28.5
ip-10-0-1-37.ec2.internal     Ready,SchedulingDisabled   <none>   41d   v1.28.5
ip-10-0-2-90.ec2.internal     Ready                      <none>   2d    v1.29.2"""

N("ops", "please uncordon ip-10-0-1-37, the maintenance is done and it's healthy again", NODES)
Y("ops", "drain the old node", NODES,
  "ambiguous", "target", "ip-10-0-1-12.ec2.internal     Ready                      <none>   41d",
  "Two nodes are 41 days old (ip-10-0-1-12 and the cordoned ip-10-0-1-37): which one should be drained?", where="context")
N("ops", "drain the node that's already cordoned, we're replacing it today", NODES)

P("ops", None,
  "Add a CPU limit of 500m and memory limit of 512Mi to the notifier deployment in namespace comms (container: notifier).",
  "Add resource limits to the notifier deployment in namespace comms.",
  "missing", "target", "resource limits",
  "What CPU and memory limits should the notifier container get?")

CM = """$ kubectl -n checkout get cm checkout-config -o yaml
data:
  PAYMENT_TIMEOUT_MS: "3000"
  RETRY_COUNT: "2"
  FEATURE_NEW_CART: "false\""""

N("ops", "set FEATURE_NEW_CART to true in checkout-config and restart checkout so it picks it up", CM)
Y("ops", "raise the timeout in checkout-config to 5", CM,
  "ambiguous", "unit", "to 5",
  "PAYMENT_TIMEOUT_MS is in milliseconds: do you mean 5000 ms (5 seconds) or literally 5?")
N("ops", "raise PAYMENT_TIMEOUT_MS in checkout-config to 5 seconds", CM)

SECRETS = """$ kubectl get secrets -A | grep stripe
checkout        stripe-api-key        Opaque   1   210d
checkout-stg    stripe-api-key        Opaque   1   12d
billing         stripe-webhook        Opaque   1   210d"""

Y("ops", "rotate the stripe key secret, new value is in 1password under 'stripe live 2024-06'", SECRETS,
  "ambiguous", "environment", "checkout-stg    stripe-api-key",
  "stripe-api-key exists in both checkout and checkout-stg: the 'live' key suggests checkout (prod) only — should checkout-stg stay untouched?", where="context")
N("ops", "rotate stripe-api-key in namespace checkout, new value is in 1password under 'stripe live 2024-06'. staging keeps its test key.", SECRETS)

# ---------------------------------------------------------------------------
# Ops: deploys, CI
# ---------------------------------------------------------------------------

P("ops", None,
  "Deploy billing-service v3.8.1 to production in eu-west-1 after the 18:00 UTC freeze lifts.",
  "Deploy billing-service to production after the freeze lifts.",
  "missing", "version", "Deploy billing-service",
  "Which version of billing-service should be deployed?")

RUNBOOK_REGION = """Runbook: search-api deploys
- Production runs only in us-east-1 (cluster prod-use1).
- eu-west-1 hosts the read replica cluster, no search-api there.
- Deploy with: ./deploy.sh search-api <version> <cluster>"""

N("ops", "can you ship search-api 5.2.0 to prod? the release notes are approved, so go ahead", RUNBOOK_REGION)
Y("ops", "ship search-api 5.2.0 to prod in eu-west-1", RUNBOOK_REGION,
  "contradictory", "context_conflict", "Production runs only in us-east-1 (cluster prod-use1).",
  "The runbook says search-api prod only runs in us-east-1 and there is none in eu-west-1: should I deploy to prod-use1, or are we standing up search-api in eu-west-1?",
  where="context")

HELM = """$ helm list -n data
NAME        NAMESPACE  REVISION  UPDATED                  STATUS    CHART               APP VERSION
airflow     data       27        2024-06-10 09:12:44 UTC  deployed  airflow-1.11.0      2.8.1
superset    data       9         2024-05-02 14:01:10 UTC  failed    superset-0.12.6     3.1.0"""

N("ops", "superset upgrade failed last month, roll it back to the last good revision", HELM)
Y("ops", "roll back the helm release in data", HELM,
  "ambiguous", "target", "airflow     data       27",
  "There are two releases in data (airflow and the failed superset): which one should be rolled back?", where="context")
N("ops", "helm rollback airflow in data to revision 26", HELM)

CI_YAML = """# .github/workflows/ci.yml
jobs:
  test:
    runs-on: ubuntu-22.04
    strategy:
      matrix:
        python: ["3.10", "3.11"]
  deploy:
    needs: test
    if: github.ref == 'refs/heads/main'"""

N("ops", "can you add python 3.12 to the test matrix in ci.yml? keep the other versions too, please", CI_YAML)
Y("ops", "bump python in CI", CI_YAML,
  "ambiguous", "version", "python: [\"3.10\", \"3.11\"]",
  "Should 3.12 be added to the matrix alongside 3.10/3.11, or should the matrix be replaced (and with which versions)?", where="context")
Y("ops", "make deploy run on release branches too but keep it main-only", CI_YAML,
  "contradictory", "conflicting_instructions", "but keep it main-only",
  "Should deploy also run on release branches, or stay main-only?")
N("ops", "make the deploy job also run on release/* branches, not just main", CI_YAML)

P("ops", None,
  "The nightly e2e job is flaky; mark it allowed-to-fail in .gitlab-ci.yml (job name e2e-nightly) until Friday, and link ticket QA-412 in a comment.",
  "The nightly e2e job is flaky; mark it allowed-to-fail in .gitlab-ci.yml until Friday, and link ticket QA-412 in a comment. Also make sure failures still block the pipeline.",
  "contradictory", "conflicting_instructions", "make sure failures still block the pipeline",
  "Allowed-to-fail means failures won't block the pipeline: which behaviour do you want?")

N("ops", "pin the node image in Dockerfile to node:20.14-alpine (it's floating on node:20-alpine now)", "FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci")
Y("ops", "pin the node image in the Dockerfile", "FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci",
  "missing", "version", "pin the node image",
  "Which exact tag (or digest) should node:20-alpine be pinned to?")

# ---------------------------------------------------------------------------
# Ops: cron, backups
# ---------------------------------------------------------------------------

CRON = """$ crontab -l  (host: batch-01, TZ=UTC)
15 2 * * *   /opt/jobs/export_orders.sh
0 */6 * * *  /opt/jobs/sync_inventory.sh
30 23 * * 0  /opt/jobs/weekly_report.sh"""

N("ops", "we need export_orders moved to 03:15 UTC, please, the upstream dump is finishing later now", CRON)
Y("ops", "move export_orders to 3:15 local time", CRON + "\n(team is split between Lisbon and Toronto)",
  "ambiguous", "timezone", "3:15 local time",
  "The host runs in UTC and the team spans Lisbon and Toronto: 3:15 in which timezone?")
N("ops", "can you make sync_inventory run every 4 hours instead of every 6? the store team wants fresher stock", CRON)
Y("ops", "the weekly report should run on Monday morning", CRON,
  "missing", "schedule", "Monday morning",
  "What time on Monday (and in which timezone) should weekly_report run?")
N("ops", "weekly_report should run Monday 06:00 UTC instead of Sunday night", CRON)
Y("ops", "disable the inventory job on batch-01 but keep it syncing every 6h", CRON,
  "contradictory", "conflicting_instructions", "but keep it syncing every 6h",
  "Should sync_inventory be disabled, or keep running every 6 hours?")

BACKUP = """$ aws rds describe-db-snapshots --db-instance-identifier orders-prod --query 'DBSnapshots[].[DBSnapshotIdentifier,SnapshotCreateTime]'
orders-prod-2024-06-10-0300  2024-06-10T03:00:12Z
orders-prod-2024-06-11-0300  2024-06-11T03:00:09Z
orders-prod-2024-06-12-0300  2024-06-12T03:00:15Z"""

N("ops", "restore orders-prod-2024-06-11-0300 into a new instance called orders-restore-test, don't touch prod", BACKUP)
Y("ops", "restore yesterday's snapshot into a new instance, don't touch prod", BACKUP,
  "ambiguous", "referent", "yesterday's snapshot",
  "Which snapshot: today is it the 2024-06-12 03:00 one or the 2024-06-11 one, and what should the new instance be called?")
Y("ops", "restore orders-prod from the snapshot taken at 2024-06-09 03:00 into a new instance orders-restore-0609", BACKUP,
  "contradictory", "context_conflict", "orders-prod-2024-06-10-0300  2024-06-10T03:00:12Z",
  "There is no 2024-06-09 snapshot (the oldest is 2024-06-10 03:00): which snapshot should be restored?", where="context")
N("ops", "how old is the newest orders-prod snapshot? just tell me", BACKUP)

P("ops", None,
  "Set the backup retention for the analytics Postgres (RDS instance analytics-prod) to 14 days.",
  "Increase backup retention for the analytics database.",
  "missing", "target", "Increase backup retention",
  "How many days of retention should the analytics database keep?")
# ---------------------------------------------------------------------------
# Ops: certificates, DNS
# ---------------------------------------------------------------------------

CERTS = """$ kubectl get certificate -A
NAMESPACE   NAME            READY   SECRET          AGE
web         www-tls         True    www-tls         80d
web         shop-tls        False   shop-tls        80d
api         api-tls         True    api-tls         12d"""

N("ops", "shop-tls is not ready, figure out why and fix it", CERTS)
Y("ops", "renew the cert that expires soon", CERTS,
  "missing", "referent", "the cert that expires soon",
  "The certificate list shows no expiry dates: which certificate do you mean (www-tls, shop-tls or api-tls)?")
N("ops", "renew www-tls in web now instead of waiting for cert-manager's auto-renew", CERTS)

OPENSSL = """$ echo | openssl s_client -connect status.example.com:443 2>/dev/null | openssl x509 -noout -dates -subject
notBefore=Mar 20 00:00:00 2024 GMT
notAfter=Jun 18 23:59:59 2024 GMT
subject=CN = status.example.com"""

N("ops", "the status page cert expires in a few days — renew it with the same CN", OPENSSL)
Y("ops", "the status page cert expired yesterday, renew it asap", OPENSSL,
  "contradictory", "context_conflict", "notAfter=Jun 18 23:59:59 2024 GMT",
  "The cert on status.example.com is valid until Jun 18: is a different host the one that expired, or is this the right cert to renew?", where="context")

DNS = """$ dig +short CNAME app.example.com
app-lb-prod-1234.us-east-1.elb.amazonaws.com.
$ dig +short CNAME app-staging.example.com
app-lb-stg-5678.us-east-1.elb.amazonaws.com."""

N("ops", "point app.example.com at the new prod LB app-lb-prod-9911.us-east-1.elb.amazonaws.com, TTL 300", DNS)
Y("ops", "point app at the new load balancer", DNS,
  "missing", "target", "the new load balancer",
  "What is the new load balancer's hostname, and is it for app.example.com or app-staging.example.com?")
Y("ops", "point app.example.com at the staging LB for the demo tomorrow, it's only prod traffic so should be fine", DNS,
  "contradictory", "conflicting_instructions", "it's only prod traffic so should be fine",
  "Pointing app.example.com at the staging LB would send all production traffic to staging: is that really intended, or should the demo use a different hostname?")

P("ops", None,
  "Add an A record for metrics.internal.example.com -> 10.20.3.14 in the private Route53 zone internal.example.com, TTL 60.",
  "Add a DNS record for metrics pointing at the new box.",
  "missing", "target", "the new box",
  "What IP or hostname should the metrics record point to, and in which zone?")

N("ops", "lower the TTL on www.example.com to 60 before tomorrow's cutover", "$ dig www.example.com\nwww.example.com. 3600 IN A 203.0.113.10")
Y("ops", "lower the TTL on www before the cutover", "$ dig www.example.com\nwww.example.com. 3600 IN A 203.0.113.10\n$ dig www.example.org\nwww.example.org. 3600 IN A 203.0.113.10",
  "ambiguous", "target", "www.example.org. 3600 IN A 203.0.113.10",
  "Both www.example.com and www.example.org point at this host: which one (or both), and to what TTL?", where="context")

# ---------------------------------------------------------------------------
# Ops: access / IAM
# ---------------------------------------------------------------------------

P("ops", None,
  "Give priya.n@example.com read-only access to the prod-analytics BigQuery dataset (roles/bigquery.dataViewer) until end of Q3.",
  "Give Priya access to prod analytics.",
  "missing", "permission_level", "access",
  "What level of access should Priya get on prod analytics (read-only viewer, editor, admin)?")

USERS = """$ gcloud projects get-iam-policy acme-prod --flatten='bindings[].members' --format='table(bindings.role, bindings.members)' | grep -i sam
roles/viewer      user:sam.lee@example.com
roles/editor      user:samantha.ortiz@example.com"""

Y("ops", "remove Sam's access to acme-prod, they left the company", USERS,
  "ambiguous", "entity_identity", "user:samantha.ortiz@example.com",
  "Two members match Sam (sam.lee and samantha.ortiz): who left?", where="context")
N("ops", "remove sam.lee from acme-prod, they left the company on friday", USERS)

N("ops", "create an IAM user for the new backup job, with only s3:PutObject on arn:aws:s3:::acme-backups/db/*", None)
Y("ops", "create an IAM user for the backup job with full admin so it stops failing, least-privilege as usual", None,
  "contradictory", "conflicting_instructions", "with full admin so it stops failing, least-privilege as usual",
  "Should the backup user get full admin or least-privilege permissions (and which actions/buckets does it need)?")

N("ops", "can you add jon@example.com to the oncall-db group in Okta? he's joining our rotation next week so it needs to be done by friday", None)
Y("ops", "add jon to the oncall group", "Okta groups matching 'oncall': oncall-db, oncall-platform, oncall-payments",
  "ambiguous", "target", "oncall-db, oncall-platform, oncall-payments",
  "There are three oncall groups (db, platform, payments): which one should Jon join?", where="context")

SSH = """# /etc/ssh/sshd_config (bastion-1)
PasswordAuthentication no
PermitRootLogin no
AllowGroups ops-admins"""

N("ops", "we need the data-eng group to be able to ssh into bastion-1 too, can you add it to AllowGroups? keep the rest as it is", SSH)
Y("ops", "let contractors ssh to the bastion with a password this week", SSH,
  "missing", "scope", "contractors",
  "Which accounts or group are the contractors, and should password auth be enabled only for them (Match block) rather than globally?")

# ---------------------------------------------------------------------------
# Ops: Terraform
# ---------------------------------------------------------------------------

TF_PLAN = """$ terraform plan -var-file=prod.tfvars
  # aws_db_instance.main must be replaced
-/+ resource "aws_db_instance" "main" {
      ~ engine_version = "14.10" -> "15.5" # forces replacement
      ~ identifier     = "orders-prod"
    }
Plan: 1 to add, 0 to change, 1 to destroy."""

N("ops", "don't apply this, just explain what the plan would do", TF_PLAN)
Y("ops", "apply the postgres upgrade, zero downtime is a must", TF_PLAN,
  "contradictory", "context_conflict", "# forces replacement",
  "The plan replaces orders-prod (destroy + create), which means downtime and a new empty instance unless restored: do you still want to apply, or use an in-place major version upgrade path?",
  where="context")

TF_VARS = """# envs/prod.tfvars
region        = "us-east-1"
instance_type = "m6i.large"
min_size      = 3
max_size      = 9"""

N("ops", "please bump the prod ASG max_size to 12 so we have room for the sale, but leave min_size alone", TF_VARS)
Y("ops", "bump instance size in prod", TF_VARS,
  "missing", "target", "bump instance size",
  "Which instance type should replace m6i.large (e.g. m6i.xlarge)?")
Y("ops", "bump the prod ASG to 12 in envs/staging.tfvars", TF_VARS,
  "contradictory", "environment", "bump the prod ASG to 12 in envs/staging.tfvars",
  "You mention prod but the staging tfvars file: which environment's ASG should go to 12, and is 12 the max_size?")
N("ops", "set min_size = 4 and max_size = 12 in envs/prod.tfvars and open a PR, no apply", TF_VARS)

P("ops", None,
  "Add a tag cost-center = 'ml-platform' to every resource in modules/gpu_pool via default_tags on the provider block in envs/prod.",
  "Tag the GPU stuff with the cost center.",
  "missing", "target", "the cost center",
  "Which cost-center value should the GPU resources be tagged with?")

TF_STATE = """$ terraform state list | grep bucket
aws_s3_bucket.logs
aws_s3_bucket.logs_archive
aws_s3_bucket.uploads"""

Y("ops", "remove the logs bucket from terraform, we manage it by hand now", TF_STATE,
  "ambiguous", "target", "aws_s3_bucket.logs_archive",
  "Both aws_s3_bucket.logs and aws_s3_bucket.logs_archive exist: which one should be removed from state (and just 'state rm', not destroyed)?", where="context")
N("ops", "terraform state rm aws_s3_bucket.uploads — we manage it by hand now, don't destroy it", TF_STATE)

# ---------------------------------------------------------------------------
# Ops: incidents and logs
# ---------------------------------------------------------------------------

LOG_5XX = """2024-06-12T14:02:11Z ERROR upstream=orders-svc status=502 path=/api/orders latency_ms=30001
2024-06-12T14:02:12Z ERROR upstream=orders-svc status=502 path=/api/orders latency_ms=30002
2024-06-12T14:02:15Z ERROR upstream=inventory-svc status=504 path=/api/stock latency_ms=10000"""

N("ops", "bump the gateway timeout for orders-svc from 30s to 45s, that's what's timing out", LOG_5XX)
Y("ops", "bump the gateway timeout for the service that's timing out", LOG_5XX,
  "ambiguous", "target", "upstream=inventory-svc status=504",
  "Both orders-svc (30s) and inventory-svc (10s) are timing out: which one's timeout should be raised, and to what?", where="context")

INC = """INC-2291 (SEV2) opened 13:55 UTC
Impact: checkout errors ~8% in EU
Current owner: @marta
Status page: not yet updated"""

N("ops", "post a status page update for INC-2291: investigating elevated checkout errors in EU", INC)
Y("ops", "post a status page update for INC-2291 saying it's resolved and all regions were affected", INC,
  "contradictory", "context_conflict", "Impact: checkout errors ~8% in EU",
  "The incident record says impact is EU only and it's still open: is it really resolved, and were all regions affected?", where="context")
N("ops", "please escalate INC-2291 to SEV1 and page the payments oncall, the error rate just doubled", INC)
Y("ops", "page whoever owns this", INC,
  "ambiguous", "referent", "whoever owns this",
  "@marta already owns INC-2291: do you want to page her, or the owning team's oncall (which team)?")

P("ops", None,
  "Silence the DiskSpaceLow alert for host db-replica-3 for 2 hours while we expand the volume.",
  "Silence the disk alerts while we expand the volume.",
  "missing", "scope", "the disk alerts",
  "Which host's disk alerts, and for how long should they be silenced?")

P("ops", None,
  "Grep the last hour of nginx access logs on web-1 for 499s and give me a count per path.",
  "Grep the logs for 499s and give me a count per path.",
  "missing", "scope", "the logs",
  "Which host's logs and over what time window?")
# ---------------------------------------------------------------------------
# Data: spreadsheets
# ---------------------------------------------------------------------------

SHEET_SALES = """Sheet 'Q2 Sales' (A1:F6)
Rep      | Region | Apr    | May    | Jun    | Quota
Ana      | North  | 41,200 | 38,900 | 44,100 | 120,000
Bilal    | South  | 29,800 | 33,400 |        | 100,000
Chen     | North  | 52,000 | 47,500 | 50,300 | 140,000
Dana     | West   | 18,300 | 21,900 | 25,000 | 80,000"""

N("data", "Add a column G 'Q2 total' = Apr+May+Jun for each rep, treat blanks as 0.", SHEET_SALES)
Y("data", "Add a column G 'Q2 total' = Apr+May+Jun for each rep.", SHEET_SALES,
  "missing", "null_handling", "29,800 | 33,400 |        |",
  "Bilal's June cell is blank: should it count as 0, or is June not closed yet for him?", where="context")
N("data", "Add a column 'attainment' = Q2 total / Quota as a percentage with one decimal. Blanks are zero.", SHEET_SALES)
Y("data", "highlight the reps who are behind", SHEET_SALES,
  "missing", "threshold", "behind",
  "What counts as behind: below a certain % of quota so far, or below the pro-rated quota for the quarter?")
N("data", "highlight the reps under 90% of quota on Q2 total (blank = 0) in red", SHEET_SALES)
Y("data", "Sort by region then by total, descending. Keep the original row order within each region.", SHEET_SALES,
  "contradictory", "conflicting_instructions", "Keep the original row order within each region",
  "Within each region, should rows be sorted by total descending, or keep their original order?")

P("data", None,
  "In the Budget 2024 sheet, replace every '#N/A' in column D (Forecast) with 0 and add a note in E saying 'filled'.",
  "In the budget sheet, clean up the errors.",
  "missing", "scope", "clean up the errors",
  "Which errors (e.g. #N/A, #REF!, #DIV/0!) in which columns, and what should they be replaced with?")

SHEET_DUP = """Sheet 'Contacts' (2,311 rows)
email                  | name          | company     | updated
j.doe@acme.io          | John Doe      | Acme        | 2024-03-01
J.Doe@acme.io          | John Doe      | ACME Inc    | 2024-05-19
maria@foo.com          | Maria P.      | Foo         | 2024-01-07"""

N("data", "dedupe Contacts on email, case-insensitive, keep the row with the latest 'updated' date", SHEET_DUP)
Y("data", "dedupe the Contacts sheet", SHEET_DUP,
  "missing", "dedup_rule", "dedupe the Contacts sheet",
  "What defines a duplicate (email case-insensitive? name?) and which row should be kept, e.g. the most recently updated?")
N("data", "lowercase all the emails in Contacts. that's it, don't dedupe yet", SHEET_DUP)

N("data", "convert the 'Amount' column in expenses.xlsx from text like '1.234,50' (German format) to numbers", None)
Y("data", "convert the Amount column in expenses.xlsx from text to numbers", "expenses.xlsx, column Amount (sample): '1,234.50', '1.234,50', '980', '12,5'",
  "ambiguous", "format", "'1,234.50', '1.234,50', '980', '12,5'",
  "The column mixes 1,234.50 and 1.234,50 styles: is '12,5' twelve and a half or 125, and which locale applies to which rows?", where="context")

P("data", "Sheet 'Inventory': columns SKU, Warehouse, On hand, Reorder point, Last count date",
  "Add a formula in F flagging rows where On hand < Reorder point with 'REORDER'.",
  "Add a formula in F flagging rows that need attention.",
  "missing", "threshold", "need attention",
  "What condition should the flag check: On hand below Reorder point, a stale Last count date, or something else?")

N("data", "Make a pivot: rows = Warehouse, values = sum of On hand. New tab called 'by warehouse'.", "Sheet 'Inventory': columns SKU, Warehouse, On hand, Reorder point, Last count date")
Y("data", "Make a pivot by warehouse in a new tab 'by warehouse', values = count of SKUs, I need total units per warehouse", "Sheet 'Inventory': columns SKU, Warehouse, On hand, Reorder point, Last count date",
  "contradictory", "conflicting_instructions", "values = count of SKUs, I need total units",
  "Should the pivot show the count of SKUs or the sum of On hand units per warehouse?")

# ---------------------------------------------------------------------------
# Data: BI dashboards
# ---------------------------------------------------------------------------

LOOKER = """Dashboard 'Exec Weekly' (Looker)
Tiles: Revenue (net), Orders, AOV, Active customers, Refund rate
Filters: Date range (default: last 4 complete weeks), Region (default: All)
Explore: ecommerce.orders"""

N("data", "Add a tile to Exec Weekly showing orders by region as a bar chart, using the same filters", LOOKER)
Y("data", "add a conversion tile to exec weekly", LOOKER,
  "missing", "metric_definition", "conversion",
  "Which conversion (sessions to orders, signup to first order, ...) and from which explore, since ecommerce.orders has no session data?")
N("data", "Change the default date filter on Exec Weekly from last 4 complete weeks to last 8 complete weeks", LOOKER)
Y("data", "Revenue tile on Exec Weekly should show gross, keep it net like finance wants", LOOKER,
  "contradictory", "conflicting_instructions", "keep it net like finance wants",
  "Should the Revenue tile show gross or net revenue?")

P("data", None,
  "Rename the 'Churn %' tile on the CS dashboard to 'Logo churn % (monthly)' — no metric change.",
  "Fix the churn tile on the CS dashboard, it's wrong.",
  "missing", "scope", "it's wrong",
  "What is wrong with the churn tile: the number, the definition, the label, or the filters?")

TABLEAU = """Workbook 'Ops Health' (Tableau), data source: warehouse.ticket_facts
Fields: ticket_id, created_at, first_response_at, resolved_at, priority, team, channel
Sheets: Volume by team, SLA attainment, Backlog"""

N("data", "In Ops Health add a sheet with median first response time (first_response_at - created_at, hours) by team, last 30 days", TABLEAU)
Y("data", "In Ops Health add a sheet with response time by team", TABLEAU,
  "ambiguous", "column_choice", "first_response_at, resolved_at",
  "Response time as time to first response (first_response_at) or time to resolution (resolved_at)? And mean or median?", where="context")
Y("data", "SLA attainment sheet looks off for P1s, fix it", TABLEAU + "\nSLA attainment calc: resolved_at - created_at <= 24h for all priorities",
  "missing", "threshold", "<= 24h for all priorities",
  "What is the SLA target for P1 tickets (the calc uses 24h for every priority)?", where="context")
N("data", "SLA attainment for P1s should use 4h, not 24h; other priorities stay at 24h. Update the calc.", TABLEAU + "\nSLA attainment calc: resolved_at - created_at <= 24h for all priorities")

P("data", "Metabase question #412 'Signups by week' (native SQL, grouped by date_trunc('week', created_at))",
  "Change question #412 to group by month instead of week, keep the title updated accordingly.",
  "Change question #412 to group by month, but don't touch the query.",
  "contradictory", "conflicting_instructions", "don't touch the query",
  "Grouping is in the native SQL: can I edit the query, or should it be a new question?")

# ---------------------------------------------------------------------------
# Data: metric definitions
# ---------------------------------------------------------------------------

N("data", "Write the definition for our 'Active customer' metric in the metrics doc: customer with at least one paid order in the trailing 90 days, evaluated at end of each month.", None)
Y("data", "Write the definition of 'Active customer' for the metrics doc.", "metrics.md currently has: 'Active customer — TBD (see Slack thread with finance)'",
  "missing", "metric_definition", "TBD (see Slack thread with finance)",
  "What is the agreed definition (activity type and lookback window) for an active customer?", where="context")

DBT_METRIC = """# models/metrics/revenue.yml
metrics:
  - name: revenue
    label: Revenue
    type: simple
    type_params:
      measure: gross_amount
  - name: net_revenue
    type: simple
    type_params:
      measure: net_amount"""

N("data", "add a metric 'refund_amount' using the refunded_amount measure, same format as the others", DBT_METRIC)
Y("data", "make the dashboard use revenue", DBT_METRIC,
  "ambiguous", "column_choice", "name: net_revenue",
  "There are two revenue metrics (revenue = gross_amount and net_revenue = net_amount): which should the dashboard use?", where="context")
Y("data", "Change the revenue metric to net. Don't edit revenue.yml, it's owned by finance.", DBT_METRIC,
  "contradictory", "conflicting_instructions", "Don't edit revenue.yml",
  "The revenue metric is defined in revenue.yml: how should it change to net without editing that file (e.g. point dashboards at net_revenue instead)?")
N("data", "point the finance dashboard at net_revenue instead of revenue; leave revenue.yml as is", DBT_METRIC)

P("data", None,
  "Define 'stickiness' for the product review as DAU / MAU, both counted as distinct users with a session, MAU over trailing 28 days.",
  "Define 'stickiness' for the product review as DAU / MAU.",
  "missing", "metric_definition", "DAU / MAU",
  "What counts as active for DAU/MAU (any event, a session, a key action), and is MAU trailing 28/30 days or calendar month?")

N("data", "NPS for May: (% promoters 9-10) minus (% detractors 0-6), from survey_responses where sent in May. We have the raw 0-10 scores.", None)
Y("data", "NPS for May from the survey export", "survey_export_may.csv columns: respondent_id, score_1_to_5, comment",
  "contradictory", "context_conflict", "score_1_to_5",
  "The export has a 1–5 score, not the 0–10 NPS scale: is there another file, or how should 1–5 map to promoters/detractors?", where="context")

# ---------------------------------------------------------------------------
# Data: cleaning
# ---------------------------------------------------------------------------

CSV_PHONES = """customers.csv (sample)
id,name,phone,country
1,Ana Ruiz,+34 612 345 678,ES
2,Tom Berg,0612345678,NL
3,Li Wei,(415) 555-0133,US"""

N("data", "normalize the phone column to E.164 using the country column for the prefix", CSV_PHONES)
Y("data", "normalize the phone numbers", CSV_PHONES,
  "missing", "format", "normalize the phone numbers",
  "Which target format: E.164 (+31612345678) or something else, and should the country column decide the prefix?")

P("data", "events.parquet — 48M rows; column ts is epoch milliseconds; column user_id has 0.3% nulls",
  "Convert ts to ISO-8601 UTC strings and drop the rows where user_id is null.",
  "Convert ts to ISO-8601 and drop the bad rows.",
  "ambiguous", "scope", "the bad rows",
  "Which rows count as bad: the ones with null user_id, or others too?")

N("data", "in addresses.csv, strip leading/trailing whitespace from every string column and collapse double spaces", None)
Y("data", "in addresses.csv, fix the zip codes", "addresses.csv: zip column stored as integer; sample 2134, 90210, 601",
  "missing", "format", "2134, 90210, 601",
  "Should the zip codes be left-padded to 5 digits (02134, 00601), and are all addresses US?", where="context")
N("data", "in addresses.csv the zip got stored as an int, so left-pad it back to 5 digits; all rows are US", "addresses.csv: zip column stored as integer; sample 2134, 90210, 601")

Y("data", "remove outliers from the delivery_times dataset before we fit the model", "delivery_times.csv: 120k rows, minutes column, p50=38, p99=212, max=14400",
  "missing", "threshold", "remove outliers",
  "What rule defines an outlier: above p99, above a fixed cap (e.g. 4 hours), or an IQR rule?")
N("data", "drop rows in delivery_times with minutes > 600 (ten hours, those are data errors) before we fit the model", "delivery_times.csv: 120k rows, minutes column, p50=38, p99=212, max=14400")

Y("data", "merge the two customer lists into one, match on customer_id", "list_a.csv columns: customer_id, email, tier\nlist_b.csv columns: cust_no, email, region\n(cust_no uses a different numbering, e.g. C-00812)",
  "contradictory", "context_conflict", "(cust_no uses a different numbering, e.g. C-00812)",
  "list_b has no customer_id (cust_no uses a different numbering): should the merge match on email instead, or is there a mapping between customer_id and cust_no?", where="context")
N("data", "merge the two customer lists on email (lowercased), keep all rows from both (full outer), columns from both", "list_a.csv columns: customer_id, email, tier\nlist_b.csv columns: cust_no, email, region")
# ---------------------------------------------------------------------------
# SQL: more varied styles (long tickets, chat, terse)
# ---------------------------------------------------------------------------

Y("sql", "Hi! Finance asked for this before the board pack goes out Thursday, so a bit urgent, sorry. Can you write the query for revenue per month for 2023, by store region? They'll paste it into the usual template, so just month, region, revenue. Thanks a lot!!", RETAIL,
  "ambiguous", "column_choice", "subtotal numeric(12,2), discount numeric(12,2), tax numeric(12,2), shipping numeric(12,2), total numeric(12,2)",
  "For finance's revenue, should I use total (incl. tax and shipping) or subtotal minus discount, and should cancelled/refunded orders be excluded?", where="context")
N("sql", "revenue per month 2023 by region = sum(total), delivered only", RETAIL)
N("sql", "can you count the orders by status for me? all time is fine", RETAIL)
N("sql", "we need orders per day for the last 14 days, all statuses, so we can eyeball the dip", RETAIL)
Y("sql", "ok so marketing is doing the loyalty thing again and they need a list of our best customers from the last year or so — email, country, and how much they spent. they'll dump it into the CRM, the format doesn't matter much. can you pull it?", RETAIL,
  "missing", "top_n", "our best customers",
  "How many customers (or above what spend) count as 'best', and does 'last year or so' mean the trailing 12 months?")
N("sql", "Could you please pull the emails of our customers in segment 'vip'? The CRM sync needs them.", RETAIL)
Y("sql", "We're reconciling against Stripe and the numbers never match. Can you get me the sum of orders for last month so I can compare? Stripe shows $412,903.18 for the same period.", RETAIL_MULTICUR,
  "missing", "currency", "USD, EUR, GBP, CAD",
  "Stripe reports a single USD figure but orders are in four currencies: should non-USD orders be converted (at which rates) or only USD orders compared?", where="context")
N("sql", "same as before but for EUR orders only: sum(total) May 2024, status not cancelled", RETAIL_MULTICUR)
N("sql", "avg discount per order in EUR orders, 2024", RETAIL_MULTICUR)

Y("sql", "Quick sanity check before I send this to the CFO: the churn number for last quarter. I think it was around 4% but I want the actual. Logo churn, not revenue churn. Use the accounts table, that's the source of truth for this.", SAAS,
  "missing", "period", "last quarter",
  "Which quarter is 'last quarter' (Q1 or Q2 2024, calendar or fiscal), and should the denominator be accounts at the start of it?")
N("sql", "logo churn Q1 2024 = accounts with churned_at in Q1 / accounts existing on 2024-01-01 and not churned before", SAAS)
N("sql", "can you count the users per account and give me the top 10? it's for the seat audit", SAAS)
N("sql", "please list the users who have never been seen (last_seen_at is null), we want to clean them up", SAAS)
Y("sql", "Product wants a breakdown of power users by plan — they're planning the pricing page redesign and want to know which plan has the most heavy users. Should be a simple group by, right? Use the events table for activity.", SAAS,
  "missing", "threshold", "power users",
  "What makes a user a power user: how many events (or active days) over what period?")
N("sql", "users with 100+ events in the last 30 days, grouped by account plan", SAAS)
Y("sql", "hey, I need seats per plan for active subscriptions, including the canceled ones since they still count until ended_at. trialing out.", SAAS,
  "contradictory", "status_filter", "active subscriptions, including the canceled ones",
  "Should canceled subscriptions whose ended_at is still in the future count, even though you said active only?")
N("sql", "seats per plan where status in ('active','past_due')", SAAS)

Y("sql", "HR needs the average salary by location for the comp review, all employees. They said the Toronto numbers should be in CAD but everything else in EUR, so keep the numbers as-is from the table, it's all the same currency.", HR,
  "contradictory", "currency", "keep the numbers as-is from the table, it's all the same currency",
  "Is base_salary stored in local currency (CAD for Toronto, EUR elsewhere) or all in one currency?")
N("sql", "can you give me the average base_salary by location? current staff only, the comp team needs it", HR)
N("sql", "how many interns do we have right now? you can just count the current ones", HR)
Y("sql", "I'm putting together the org chart for the all-hands deck (it's a big one, the CEO is presenting). Need every department with its head. Can you get that from the db? Names please, not ids.", HR,
  "missing", "metric_definition", "with its head",
  "The schema has no department-head field: should the head be the employee in the department with no manager inside it, or is there another source?")
N("sql", "every employee whose manager_id points to someone in a different department, with both names", HR)
N("sql", "Can you give me hires per month in 2023? The recruiting team needs it for their retro.", HR)

Y("sql", "Logistics team asked: what % of DHL shipments were late in May? They're renegotiating the contract and want ammo. A shipment is late if delivered after promised_by. Don't count the ones that aren't delivered yet, but do count the lost ones as late.", LOGI,
  "missing", "null_handling", "do count the lost ones as late",
  "Lost shipments have no delivered_at: should they be in the denominator as late while undelivered in-transit ones are excluded?")
N("sql", "late DHL shipments in May 2024 (delivered_at::date > promised_by), as a % of delivered", LOGI)
N("sql", "can you break down the shipments by status? just counts, it's for our ops standup", LOGI)
N("sql", "what's the heaviest shipment we've ever had? I need the id and the kg, so nothing fancy", LOGI)

Y("sql", "Dr. Patel's office manager called, she wants to know how many of her patients no-showed this year. I said we'd send it by EOD. Status no_show, scheduled this year.", CLINIC,
  "missing", "entity_identity", "Dr. Patel",
  "What is Dr. Patel's provider_id (or full name), since there may be more than one Patel?")
N("sql", "no-shows for provider_id 88 in 2024", CLINIC)
N("sql", "claims with paid_amount > allowed_amount, all time", CLINIC)
Y("sql", "We're auditing claims where the payer overpaid. Give me all claims with paid_amount greater than billed_amount for 2024. Actually compare against allowed, billed is irrelevant for this, but keep the billed filter since that's what audit specified.", CLINIC,
  "contradictory", "conflicting_instructions", "keep the billed filter since that's what audit specified",
  "Should overpayment be paid_amount > allowed_amount or paid_amount > billed_amount?")

Y("sql", "For the AML review: all customers with deposits over 10k in a single day during Q1 2024. Compliance said 'deposits' means credits to checking and savings.", BANK,
  "missing", "currency", "deposits over 10k",
  "10k in which currency: USD after converting with fx_rates, or 10,000 in each transaction's own currency?")
N("sql", "customers with credits over 10,000 USD (currency = 'USD') in a single day, Q1 2024, checking + savings", BANK)
N("sql", "please count the distinct merchants in the transactions table, we need it for the vendor review", BANK)
N("sql", "can you list the transactions without a category? the team wants to backfill them", BANK)

Y("sql", "Gaming analytics ask (from Jo): retention for the June 1 cohort. They're comparing it against last year's launch event. D1, D7, D30 would be great. Use sessions for activity.", GAME,
  "ambiguous", "period", "the June 1 cohort",
  "Is the cohort players created on 2024-06-01 only, or everyone who signed up in the week/month starting June 1?")
N("sql", "D7 retention for players created on 2024-06-01: share with a session on day 7 (UTC)", GAME)
N("sql", "we need the purchases refunded this month (June 2024 so far), please, with player and item", GAME)
N("sql", "which mode is the most played? count the matches per mode and give me the top one", GAME)

Y("sql", "The dean's office wants enrollment numbers per department for the annual report. They mentioned 'this year', and the report covers the academic year. They need it as a simple table, dept and count.", EDU,
  "ambiguous", "period", "'this year'",
  "Which terms make up 'this year' for the report: 2023FA + 2024SP (+2024SU?), or 2024SP + 2024SU + 2024FA?")
N("sql", "enrollments per dept for 2023FA + 2024SP, drops excluded", EDU)
N("sql", "could you count the graduated students per cohort? the dean wants it for the alumni letter", EDU)

Y("sql", "facilities asked why the greenhouse site keeps alerting. Can you query the avg temp per hour for the greenhouse for the last 3 days? I'd guess it's overheating in the afternoon.", IOT + "\n-- SELECT site_id, name FROM sites WHERE name ILIKE '%greenhouse%': (4, 'Greenhouse North'), (9, 'Greenhouse South')",
  "ambiguous", "entity_identity", "(4, 'Greenhouse North'), (9, 'Greenhouse South')",
  "There are two greenhouse sites (North and South): which one keeps alerting?", where="context")
N("sql", "avg temp per hour for site 4, last 72h, in site tz", IOT)
N("sql", "can you count the devices per model? it's for the replacement budget, so all sites", IOT)
# ---------------------------------------------------------------------------
# Ops: contrastive pairs, mostly context-driven
# ---------------------------------------------------------------------------

PC("ops", "restart the redis deployment, it's leaking memory",
   "$ kubectl get deploy -A | grep redis\ncache     redis     1/1   1   1   90d",
   "$ kubectl get deploy -A | grep redis\ncache     redis     1/1   1   1   90d\nsessions  redis     3/3   3   3   41d",
   "ambiguous", "target", "sessions  redis     3/3   3   3   41d",
   "There is a redis deployment in both cache and sessions: which one is leaking memory?")

PC("ops", "bump the replica count of the checkout deployment to 6 in prod",
   "$ kubectl config current-context\nprod-eu1\n$ kubectl -n shop get deploy checkout\nNAME       READY   UP-TO-DATE   AVAILABLE\ncheckout   4/4     4            4",
   "$ kubectl config current-context\nstaging-eu1\n$ kubectl -n shop get deploy checkout\nNAME       READY   UP-TO-DATE   AVAILABLE\ncheckout   2/2     2            2",
   "contradictory", "environment", "staging-eu1",
   "The current kube context is staging-eu1, not prod: should I switch to the prod context before scaling checkout to 6?")

PC("ops", "tail the logs of the ingestion job from last night and tell me why it failed",
   "$ kubectl -n etl get jobs\nNAME                        COMPLETIONS   DURATION   AGE\ningest-nightly-28634880     0/1           41m        9h",
   "$ kubectl -n etl get jobs\nNAME                        COMPLETIONS   DURATION   AGE\ningest-nightly-28634880     0/1           41m        9h\ningest-nightly-28634881     0/1           12m        8h",
   "ambiguous", "referent", "ingest-nightly-28634881     0/1           12m        8h",
   "Two ingest-nightly jobs failed last night (the 9h-old and the 8h-old run): which one, or both?")

PC("ops", "delete the old feature-branch preview environments, anything not touched in 2 weeks",
   "$ kubectl get ns -l preview=true --sort-by=.metadata.creationTimestamp\nNAME             AGE\npr-1182          31d\npr-1190          22d\npr-1231          3d",
   "$ kubectl get ns -l preview=true --sort-by=.metadata.creationTimestamp\nNAME             AGE   LABELS\npr-1182          31d   keep=true\npr-1190          22d\npr-1231          3d",
   "contradictory", "context_conflict", "keep=true",
   "pr-1182 is older than 2 weeks but labelled keep=true: should it be deleted anyway?")

PC("ops", "roll out the new image tag 4.1.0 for the gateway",
   "values-prod.yaml:\ngateway:\n  image:\n    repository: registry.internal/gateway\n    tag: 4.0.7",
   "values-prod.yaml:\ngateway:\n  image:\n    repository: registry.internal/gateway\n    tag: 4.0.7\n$ crane ls registry.internal/gateway | tail -3\n4.0.6\n4.0.7\n4.1.0-rc1",
   "contradictory", "version", "4.1.0-rc1",
   "The registry has 4.1.0-rc1 but no 4.1.0 tag: should I deploy the release candidate or wait for 4.1.0 to be published?")

PC("ops", "run the db migration for the reports service",
   "$ ls services/reports/migrations | tail -2\n0041_add_owner_idx.sql\n0042_drop_legacy_cols.sql\n$ reports-cli migrate status\napplied: 0041   pending: 0042",
   "$ ls services/reports/migrations | tail -2\n0041_add_owner_idx.sql\n0042_drop_legacy_cols.sql\n$ reports-cli migrate status --env staging\napplied: 0041   pending: 0042\n$ reports-cli migrate status --env prod\napplied: 0040   pending: 0041, 0042",
   "ambiguous", "environment", "$ reports-cli migrate status --env prod",
   "Migrations are pending in both staging and prod (prod is two behind): which environment should I migrate?")

PC("ops", "free up space on the build server, it's at 95%",
   "$ ssh build-01 df -h /\n/dev/nvme0n1p1  200G  190G  10G  95% /\n$ du -sh /var/lib/docker\n150G /var/lib/docker",
   "$ ssh build-01 df -h /\n/dev/nvme0n1p1  200G  190G  10G  95% /\n$ ssh build-02 df -h /\n/dev/nvme0n1p1  200G  191G   9G  95% /",
   "ambiguous", "target", "$ ssh build-02 df -h /",
   "Both build-01 and build-02 are at 95%: which build server, or both?")

PC("ops", "turn off the staging cluster for the weekend to save money",
   "Terraform workspace 'staging': eks cluster stg-eu1, 6 x m6i.xlarge nodes, nothing scheduled on weekends",
   "Terraform workspace 'staging': eks cluster stg-eu1, 6 x m6i.xlarge nodes\nShared calendar: 'Load test for Black Friday on staging — Sat 10:00-16:00 (perf team)'",
   "contradictory", "context_conflict", "Load test for Black Friday on staging — Sat 10:00-16:00 (perf team)",
   "The perf team has a load test on staging Saturday 10:00–16:00: should the cluster stay up for that window, or is the test cancelled?")

PC("ops", "open port 5432 on the db security group for the analytics VPN range",
   "Network doc: analytics VPN range = 10.80.0.0/16\nsg-0a1b2c (orders-db) inbound: 5432 from 10.10.0.0/16",
   "Network doc: analytics VPN ranges = 10.80.0.0/16 (EU), 10.81.0.0/16 (US)\nsg-0a1b2c (orders-db) inbound: 5432 from 10.10.0.0/16\nsg-9f8e7d (billing-db) inbound: 5432 from 10.10.0.0/16",
   "ambiguous", "target", "sg-9f8e7d (billing-db)",
   "There are two db security groups (orders-db, billing-db) and two analytics VPN ranges: which database and which range(s)?")

PC("ops", "the nightly backup script is failing, check the cron output and fix it",
   "/var/log/cron-backup.log (last run):\npg_dump: error: connection to server at \"db-prod\" failed: FATAL: password authentication failed for user \"backup\"\n(backup password rotated 2024-06-10 per vault audit log)",
   "/var/log/cron-backup.log (last run):\npg_dump: error: connection to server at \"db-prod\" failed: FATAL: password authentication failed for user \"backup\"",
   "missing", "target", "password authentication failed for user \"backup\"",
   "The backup user's password is being rejected: what is the correct credential (or where is it stored) so the script can be updated?")

P("ops", None,
  "Rotate the TLS cert for api.example.com using the new bundle in /etc/ssl/incoming/api-2024.pem; reload nginx after.",
  "Rotate the TLS cert for api.example.com using the new bundle in /etc/ssl/incoming/; reload nginx after, and restart it instead so nothing is cached.",
  "contradictory", "conflicting_instructions", "reload nginx after, and restart it instead",
  "Should nginx be reloaded (no dropped connections) or fully restarted?")

P("ops", None,
  "Put the marketing site in maintenance mode from 22:00 to 23:00 CET tonight; show the default maintenance page.",
  "Put the marketing site in maintenance mode tonight from 22:00 till 21:00 CET; show the default maintenance page.",
  "contradictory", "conflicting_instructions", "from 22:00 till 21:00 CET",
  "The window ends before it starts (22:00 to 21:00): what is the intended end time?")

P("ops", None,
  "Increase the Lambda timeout for image-resizer from 30s to 90s in serverless.yml, stage prod.",
  "Increase the Lambda timeout for image-resizer from 30s to 90s in serverless.yml — the max we're allowed is 60s though.",
  "contradictory", "threshold", "the max we're allowed is 60s though",
  "90s exceeds the 60s maximum you mention: should I set 60s, or is 90s approved?")

P("ops", None,
  "Create a read replica of orders-prod in us-east-1b, same instance class (db.r6g.xlarge), named orders-prod-ro-2.",
  "Create a read replica of orders-prod, same instance class, and name it like the existing ones.",
  "missing", "target", "name it like the existing ones",
  "What should the replica be named and in which AZ (I can't see the existing replicas' naming here)?")

P("ops", None,
  "Archive the #incident-2231 Slack channel and export its history to the postmortem folder in Drive.",
  "Archive the incident channel and export its history to the postmortem folder in Drive.",
  "ambiguous", "referent", "the incident channel",
  "Which incident channel (which incident number)?")

P("ops", "$ aws s3 ls\n2023-01-10 acme-logs-prod\n2023-01-10 acme-logs-staging\n2022-07-01 acme-uploads",
  "Turn on versioning for acme-uploads.",
  "Turn on versioning for the logs bucket.",
  "ambiguous", "target", "acme-logs-staging",
  "There are two logs buckets (acme-logs-prod and acme-logs-staging): which one?", where="context")

P("ops", "$ systemctl list-units --type=service | grep -E 'api|worker'\napi.service        loaded active running  API server\nworker@1.service   loaded active running  Queue worker 1\nworker@2.service   loaded failed failed   Queue worker 2",
  "restart worker@2, it died",
  "restart the worker, it's acting weird and the queue is growing",
  "ambiguous", "target", "worker@1.service   loaded active running",
  "There are two workers (worker@1 running, worker@2 failed): restart just worker@2, or both?", where="context")

P("ops", "$ git branch -r | grep release\norigin/release/2024.05\norigin/release/2024.06",
  "cherry-pick commit a91f3e2 onto release/2024.06 and open a PR",
  "cherry-pick the fix onto release/2024.06 and open a PR, it's the one from yesterday",
  "missing", "referent", "the fix",
  "Which commit is the fix (SHA or PR number)?")

P("ops", None,
  "Bump the Postgres max_connections on db-analytics from 200 to 400 and schedule the restart for Sunday 04:00 UTC.",
  "Bump the Postgres max_connections on db-analytics from 200 to 400, apply it now, but no restart until Sunday 04:00 UTC.",
  "contradictory", "conflicting_instructions", "apply it now, but no restart until Sunday",
  "max_connections only takes effect after a restart: should it be applied with a restart now, or set now and take effect Sunday?")

P("ops", "PagerDuty schedule 'platform-primary': this week Lena (Mon-Sun), next week Omar",
  "Swap my oncall shift with Omar's: I'm Lena, this week for next week.",
  "Swap my oncall with someone next week, I'm Lena, I'm out Wednesday.",
  "missing", "target", "with someone",
  "Who should take the shift, and is it just Wednesday or the whole week?")
# ---------------------------------------------------------------------------
# Hard label-0 items: vague-looking words that are harmless in context
# ---------------------------------------------------------------------------

N("sql", "recent signups (created_at >= '2024-06-01') on the team plan — whatever columns, just need to eyeball them", SAAS)
N("sql", "can you count the rows in the database's only table? it might be bigger than we thought, so I want the real number", "$ psql -c '\\dt'\n public | audit_log | table | app")
N("ops", "can you please restart the database? it's been acting up since the update", "$ docker ps --format '{{.Names}}'\napp\npostgres\nnginx")
N("ops", "check if the cert is ok, I think it's fine but maybe not", "$ kubectl get certificate -A\nNAMESPACE  NAME     READY  SECRET   AGE\nweb        www-tls  True   www-tls  30d")
N("data", "some of the dates in signup_date are in the future — set those to null", "users.csv: signup_date column, ISO dates, 14 values after 2024-06-12 (today)")
N("sql", "show me some sample rows from shipments, like 20, whatever order", LOGI)
N("ops", "bump the version of the app to whatever the latest tag is", "$ git tag --sort=-v:refname | head -3\nv2.9.4\nv2.9.3\nv2.9.2\n$ grep image deploy/app.yaml\n  image: registry.internal/app:v2.9.3")
N("sql", "top customers etc — I mean top 10 by lifetime spend, delivered orders, with email", RETAIL)
N("ops", "clean up the old docker images on build-01, the usual prune", "$ ssh build-01 docker system df\nImages  412  31  118GB  104GB (88%)\nRunbook 'build hosts': the usual prune = docker image prune -a --filter 'until=168h'")
N("data", "fix the header row in the export, it has some weird chars", "export.csv first line: \\ufeffid,name,email (UTF-8 BOM before 'id')")
N("sql", "the last week of data in readings, per device, counts only", IOT + "\n-- today is 2024-06-12; 'last week' in this team's notebooks = last 7 days")
N("ops", "can you rerun the failed job? it was probably a flaky runner, but we need the artifacts", "$ gh run list --limit 3\nX  nightly-build  main  schedule  9312  1h ago\n✓  ci            main  push      9311  2h ago\n✓  ci            main  push      9310  5h ago")
N("data", "the dashboard is slow — can you maybe add an extract refresh schedule, nightly at 02:00 UTC like the others", "Workbook 'Ops Health' uses a live connection; all other workbooks: extract, refresh daily 02:00 UTC")
N("ops", "can you tear down the demo env? it's done and it's costing us money", "$ terraform workspace list\n  default\n* demo-acme\n  prod\nDemo for Acme ended 2024-06-10 (ticket SALES-88 closed)")
N("sql", "we need the new users this month, the usual definition, so we can compare with last month", SAAS + "\n-- metrics.md: 'new users = users.created_at in the calendar month (UTC)'")
N("ops", "the sale is over, so can you scale it back down please", "Earlier today: 'scaled deploy/api in ns shop from 3 to 8 for the flash sale, scale it back down after 18:00'\nNow: 18:20")
N("data", "can you make the chart look like the other ones? it sticks out in our review deck", "Dashboard style guide: sans-serif, brand palette, no gridlines, data labels on bars\nOther charts on this dashboard all follow it")
N("sql", "average of whatever the score column is, per class", "grades(student_id, class_id, score numeric)")
N("ops", "can you silence the noisy alert for an hour? the team is already on it", "Alertmanager currently firing: 1 alert — HighLatencyP99 (service=search), firing 34 times in 2h")
N("sql", "latest order per customer, etc. — just order_id and created_at", RETAIL)
N("ops", "can you upgrade the helm chart to the newest version? we want the bugfix in it", "$ helm search repo bitnami/redis --versions | head -3\nbitnami/redis  19.5.2  7.2.5\nbitnami/redis  19.5.1  7.2.5\n$ helm list -n cache\nredis  cache  4  deployed  redis-19.4.0  7.2.4")
N("data", "please remove the test rows from the file before we share it with the agency", "orders.csv: 14 rows where customer_email ends with '@example.test'; data team note: test rows = example.test emails")
N("sql", "can you show me the recent errors please? I need to know if the fix worked", "app_errors(id, service, message, created_at)\n-- request came in a thread titled 'errors since 09:00 today (2024-06-12)'; same thread has the service = 'billing' filter")
N("ops", "can you kill the stuck query? it's blocking our whole team and we need the table", "SELECT pid, state, now()-query_start AS runtime, query FROM pg_stat_activity WHERE state <> 'idle';\n 48211 | active | 02:41:07 | UPDATE inventory SET ...\n 48390 | active | 00:00:01 | SELECT pid, state ...")
N("data", "round the prices, 2 decimals, usual banker's rounding is fine", "prices.csv: price column with 4 decimal places")
N("ops", "can you add the new guy to github? he starts today and it's blocking his onboarding", "Onboarding ticket IT-771: new hire Sam Ortiz, github handle @sortiz, team: data-eng (member role)")
N("sql", "can you check how many rows have a null email? we think the import dropped some", "customers(id, email, created_at)")
N("data", "rename the sheet tabs to something sensible, I trust you", "Workbook tabs: Sheet1 (sales by month), Sheet2 (sales by rep), Sheet3 (quota table)")
N("ops", "we need the disk bigger, can you do it today? it's already approved in the ticket", "$ aws ec2 describe-volumes --filters Name=attachment.instance-id,Values=i-0abc\nvol-0def  gp3  100 GiB  in-use\nTicket INFRA-310: 'grow vol-0def on i-0abc to 250 GiB, approved by @cto'")
N("sql", "maybe also show the region? order count by store and region, 2024", RETAIL)

# ---------------------------------------------------------------------------
# Hard label-1 items: complete-looking, blocker only in the context
# ---------------------------------------------------------------------------

Y("sql", "Sum of amount for completed payments in May 2024, one number.",
  "payments(id, order_id, amount_cents bigint, amount numeric, status text, created_at timestamptz)\n-- note: amount is populated only since 2024-05-15; before that only amount_cents",
  "missing", "null_handling", "amount is populated only since 2024-05-15",
  "amount is empty before May 15: should I use amount_cents / 100 for the whole month instead?", where="context")
Y("ops", "Restart the api pod in prod.",
  "$ kubectl --context prod get deploy -A | grep api\nshop        api          3/3\ninternal    api          2/2",
  "ambiguous", "target", "internal    api          2/2",
  "There are api deployments in both shop and internal namespaces in prod: which one?", where="context")
Y("sql", "Number of customers in Germany.",
  "customers(id, name, country text, billing_country text)\n-- country is where they signed up, billing_country from invoices; they differ for 7% of rows",
  "ambiguous", "column_choice", "country is where they signed up, billing_country from invoices",
  "Should 'in Germany' use country (signup) or billing_country?", where="context")
Y("ops", "Apply the terraform change for the new bucket.",
  "$ terraform plan\n+ aws_s3_bucket.exports\n- aws_s3_bucket.legacy_exports (will be destroyed)\nPlan: 1 to add, 0 to change, 1 to destroy.",
  "contradictory", "context_conflict", "- aws_s3_bucket.legacy_exports (will be destroyed)",
  "The plan also destroys aws_s3_bucket.legacy_exports: is that intended, or should only the new bucket be created?", where="context")
Y("sql", "Average session length yesterday.",
  "sessions(id, user_id, started_at timestamptz, ended_at timestamptz, duration_s int)\n-- duration_s excludes idle time; ended_at - started_at includes it",
  "ambiguous", "column_choice", "duration_s excludes idle time; ended_at - started_at includes it",
  "Should session length exclude idle time (duration_s) or be wall-clock (ended_at - started_at)?", where="context")
Y("ops", "Update the MX records to the new mail provider.",
  "Ticket IT-902: 'Switch MX to Fastmail for example.com'\nDNS zone export: example.com, example.co.uk, example.de (all with MX -> old provider)",
  "ambiguous", "scope", "example.com, example.co.uk, example.de",
  "The ticket names example.com, but example.co.uk and example.de also use the old provider: should their MX records move too?", where="context")
Y("sql", "Daily orders for the last 30 days by date.",
  RETAIL + "\n-- stores span UTC-8 to UTC+9; finance reports dates in store-local time",
  "ambiguous", "timezone", "finance reports dates in store-local time",
  "Should days be cut in UTC or in each store's local time as finance does?", where="context")
Y("ops", "Deploy the hotfix branch to prod.",
  "$ git branch -r | grep hotfix\norigin/hotfix/login-timeout\norigin/hotfix/cart-rounding",
  "ambiguous", "target", "origin/hotfix/login-timeout\norigin/hotfix/cart-rounding",
  "There are two hotfix branches (login-timeout and cart-rounding): which one should go to prod?", where="context")
Y("data", "Add the refund rate to the weekly sheet.",
  "Weekly sheet columns: Week, Orders, Revenue, Refunds (count), Refund value\nFinance wiki: refund rate = refund value / revenue; Support wiki: refund rate = refunds / orders",
  "ambiguous", "metric_definition", "Finance wiki: refund rate = refund value / revenue; Support wiki: refund rate = refunds / orders",
  "Should refund rate be by value (refund value / revenue) or by count (refunds / orders)?", where="context")
Y("ops", "Scale the search cluster to 5 nodes as per the runbook.",
  "Runbook 'search': the cluster must always have an odd number of master-eligible nodes; scale data nodes in pairs (2, 4, 6...).\nCurrent: 3 master, 4 data",
  "ambiguous", "target", "scale data nodes in pairs (2, 4, 6...)",
  "Do you mean 5 master-eligible nodes, or data nodes (which the runbook says scale in pairs)?", where="context")
# ---------------------------------------------------------------------------
# SQL: contrastive pairs on more schemas
# ---------------------------------------------------------------------------

HOTEL = """bookings(booking_id pk, hotel_id, guest_id, booked_at timestamptz, check_in date, check_out date, nights int, room_rate numeric, total_price numeric, status text, channel text)
hotels(hotel_id pk, name, city, country, rooms int)
-- DISTINCT status: confirmed, cancelled, no_show, checked_out
-- DISTINCT channel: direct, booking.com, expedia, corporate"""

P("sql", HOTEL,
  "Occupancy for hotel 12 in July 2024: room-nights sold (confirmed + checked_out, by stay date) / (rooms * 31).",
  "Occupancy for hotel 12 in July 2024 — the GM wants it for the monthly owners' call, nothing fancy, one number is fine.",
  "missing", "metric_definition", "Occupancy",
  "Should occupancy count room-nights by stay date over rooms × days, and which statuses (confirmed, checked_out, no_show) count as sold?")
P("sql", HOTEL,
  "ADR by channel for Q2 2024, checked_out stays only: sum(total_price)/sum(nights).",
  "ADR by channel for Q2 2024, checked_out stays only: sum(total_price)/sum(nights), but use room_rate since total_price has taxes.",
  "contradictory", "column_choice", "but use room_rate since total_price has taxes",
  "Should ADR be computed from total_price (as in the formula) or room_rate (without taxes)?")
P("sql", HOTEL,
  "Cancellation rate per channel for bookings made in 2024 (booked_at), cancelled / all.",
  "Cancellation rate per channel for 2024 — group by channel, cancelled / all, whatever is simplest for you.",
  "ambiguous", "period", "for 2024",
  "Should 2024 refer to when the booking was made (booked_at) or to the stay date (check_in)?")

ADS = """ad_stats_daily(date date, campaign_id int, impressions bigint, clicks bigint, spend_micros bigint, conversions int, conv_value_micros bigint)
campaigns(campaign_id int pk, name text, channel text, account_currency char(3))
-- DISTINCT account_currency: USD"""

P("sql", ADS,
  "ROAS per campaign for June 2024 = sum(conv_value_micros) / sum(spend_micros).",
  "ROAS per campaign for June 2024 = sum(conv_value_micros) / sum(spend_micros), campaigns with zero spend should show ROAS as 0 and be dropped from the list.",
  "contradictory", "null_handling", "should show ROAS as 0 and be dropped from the list",
  "Should zero-spend campaigns be shown with ROAS 0 or dropped from the output?")
P("sql", ADS,
  "CTR by channel, last 7 days up to yesterday: sum(clicks)/sum(impressions).",
  "CTR by channel for the last 7 days: sum(clicks)/sum(impressions). Campaigns named 'TEST-*' should not be there, and the brand ones neither.",
  "missing", "scope", "the brand ones",
  "How do I identify the brand campaigns (a naming pattern or a list of campaign_ids)?")
P("sql", ADS,
  "Spend per campaign for May 2024 in USD: sum(spend_micros)/1e6, all accounts are USD.",
  "Spend per campaign for May 2024 in euros please, the client is in Berlin.",
  "missing", "currency", "in euros please",
  "Spend is recorded in USD: which USD→EUR rate (daily, monthly average, or a fixed rate) should be used?")

TELCO = """subscribers(msisdn text pk, plan_code text, activated_on date, deactivated_on date null, segment text)
usage_daily(msisdn text, day date, data_mb numeric, voice_min numeric, sms int)
plans(plan_code text pk, name text, monthly_fee numeric, data_cap_mb numeric null)"""

P("sql", TELCO,
  "Subscribers who exceeded their plan's data cap in May 2024 (sum data_mb > data_cap_mb); unlimited plans (null cap) excluded.",
  "Subscribers who exceeded their plan's data cap in May 2024 (sum data_mb > data_cap_mb). Tiny thing, but make sure every plan is covered.",
  "missing", "null_handling", "data_cap_mb numeric null",
  "Plans with a null data_cap_mb look unlimited: should they be excluded, or does null mean something else here?", where="context")
P("sql", TELCO,
  "ARPU for May 2024 = sum(monthly_fee) of subscribers active on 2024-05-31 / count of those subscribers.",
  "ARPU for May 2024 = sum(monthly_fee) of active subscribers / count of subscribers, including deactivated ones for the denominator only.",
  "contradictory", "scope", "including deactivated ones for the denominator only",
  "Should deactivated subscribers be in the denominator, given the numerator only covers active ones?")

INSUR = """policies(policy_id pk, holder_id, product text, start_date date, end_date date, annual_premium numeric, state char(2))
claims(claim_id pk, policy_id, loss_date date, reported_date date, paid numeric, reserve numeric, status text)
-- DISTINCT claims.status: open, closed, reopened, denied"""

P("sql", INSUR,
  "Loss ratio by product for policies starting in 2023: (sum(paid) + sum(reserve)) / sum(annual_premium).",
  "Loss ratio by product for policies starting in 2023 — please use the usual actuarial definition, whatever that is, ops wants it today.",
  "ambiguous", "metric_definition", "the usual actuarial definition",
  "Should incurred losses include reserves (paid + reserve) or only paid amounts, and should premium be earned or written?")
P("sql", INSUR,
  "Claims reported more than 30 days after the loss date (reported_date - loss_date > 30), 2024, by state.",
  "Late-reported claims in 2024 by state, counted by loss_date year, but only claims reported in 2024.",
  "missing", "threshold", "Late-reported",
  "How many days between loss_date and reported_date make a claim late-reported?")

ENERGY = """meter_reads(meter_id text, read_at timestamptz, kwh_cumulative numeric)
meters(meter_id text pk, customer_id int, tariff text, install_date date)
-- readings are cumulative counters; meters are replaced occasionally (counter resets to 0)"""

P("sql", ENERGY,
  "Consumption per meter for June 2024: last cumulative reading in June minus last reading before June. Ignore meters that were reset in June.",
  "Consumption per meter for June 2024: last cumulative reading in June minus last reading before June.",
  "missing", "null_handling", "counter resets to 0",
  "Meters that were replaced reset to 0, giving negative consumption: how should resets in June be handled?", where="context")
P("sql", ENERGY,
  "Meters with no read in the last 48 hours as of now, with their customer_id.",
  "Meters that are offline, with their customer_id, per the ops definition we agreed last Tuesday.",
  "missing", "threshold", "per the ops definition we agreed last Tuesday",
  "What is the agreed offline definition (no read for how many hours)?")

REALTY = """listings(listing_id pk, agent_id, city, list_price numeric, listed_on date, status text, sold_price numeric null, sold_on date null)
agents(agent_id pk, name, office)
-- DISTINCT status: active, pending, sold, withdrawn, expired"""

P("sql", REALTY,
  "Median days on market for listings sold in Q2 2024 (sold_on - listed_on), per city.",
  "Median days on market per city in Q2 2024.",
  "ambiguous", "scope", "active, pending, sold, withdrawn, expired",
  "Should days on market cover only sold listings, or also active/withdrawn/expired ones (measured up to when)?", where="context")
P("sql", REALTY,
  "Top 3 agents by number of sales closed in 2024 in each office.",
  "Top 3 agents by sales in 2024 in each office, with ties included.",
  "ambiguous", "column_choice", "by sales",
  "Rank by number of closed sales or by total sold_price?")

RESTO = """tickets(ticket_id pk, location_id, opened_at timestamp, closed_at timestamp, covers int, subtotal numeric, tip numeric, voided bool)
locations(location_id pk, name, tz text)"""

P("sql", RESTO,
  "Average check per cover for location 3 in May 2024: sum(subtotal)/sum(covers), voided tickets excluded, tips excluded.",
  "Average check per cover for location 3 in May 2024: sum(subtotal)/sum(covers), voided tickets excluded. Tips in or out, your call, but it has to match the POS report.",
  "missing", "scope", "Tips in or out, your call, but it has to match the POS report",
  "Does the POS report's average check include tips?")
P("sql", RESTO,
  "Tickets per hour of day (opened_at, local time per location) for June 2024, all locations.",
  "Tickets per hour of day for June 2024 across all locations, in UTC so it lines up with the staffing sheet that's in local time.",
  "contradictory", "timezone", "in UTC so it lines up with the staffing sheet that's in local time",
  "Should hours be in UTC or in local time to match the staffing sheet?")

LIB = """loans(loan_id pk, item_id, member_id, branch_id, checked_out date, due date, returned date null)
items(item_id pk, title, format text, branch_id)
-- DISTINCT format: book, ebook, audiobook, dvd"""

P("sql", LIB,
  "Overdue loans as of today: returned is null and due < current_date, physical formats only (book, dvd).",
  "Overdue loans as of today: returned is null and due < current_date.",
  "ambiguous", "scope", "book, ebook, audiobook, dvd",
  "Should ebooks and audiobooks (which expire automatically) be included in overdue loans?", where="context")
P("sql", LIB,
  "Loans per branch for 2024, counting by the branch where the item was checked out (loans.branch_id).",
  "Loans per branch for 2024 — group on the branch.",
  "ambiguous", "column_choice", "branch_id, checked_out",
  "Group by the checkout branch (loans.branch_id) or the item's home branch (items.branch_id)?", where="context")

AIR = """flights(flight_id pk, flight_no text, origin char(3), dest char(3), sched_dep timestamptz, actual_dep timestamptz null, sched_arr timestamptz, actual_arr timestamptz null, cancelled bool)"""

P("sql", AIR,
  "On-time arrival % by origin for June 2024: actual_arr <= sched_arr + 15 minutes, cancelled flights excluded.",
  "On-time arrival % by origin for June 2024 using the 15-minute rule, cancelled flights counted as late, and exclude cancelled flights from the denominator.",
  "contradictory", "conflicting_instructions", "cancelled flights counted as late, and exclude cancelled flights from the denominator",
  "Should cancelled flights be counted as late or excluded from the calculation entirely?")
P("sql", AIR,
  "Average departure delay in minutes for flight_no 'TP1352' in May 2024, negative delays counted as 0.",
  "Average departure delay for TP1352 in May 2024. Early departures happen sometimes, not sure how you want to treat them.",
  "missing", "null_handling", "not sure how you want to treat them",
  "Should early departures count as negative delay, as 0, or be excluded?")
# ---------------------------------------------------------------------------
# Ops: stand-alone items, long tickets and chat
# ---------------------------------------------------------------------------

Y("ops", "Ticket OPS-4471\nSummary: Decommission old reporting VM\nDetails: The reporting VM (rpt-legacy-01) has been replaced by the new Superset setup. Please shut it down and delete it, including its disks. Keep the data disk though, finance might need the old exports.\nPriority: low",
  None, "contradictory", "conflicting_instructions", "including its disks. Keep the data disk though",
  "Should the data disk of rpt-legacy-01 be deleted with the VM or kept (e.g. snapshotted/detached)?")
N("ops", "Ticket OPS-4472\nSummary: Decommission rpt-legacy-01\nDetails: Replaced by Superset. Snapshot the data disk first, then delete the VM and all its disks.\nPriority: low")
Y("ops", "hey!! can u bump the memroy on the payments worker, it OOMs every night around 2am. i think 1Gi is enough but whatever you think",
  "$ kubectl -n payments get deploy worker -o jsonpath='.spec.template.spec.containers[0].resources'\nrequests: memory 1Gi  limits: memory 1Gi",
  "contradictory", "context_conflict", "requests: memory 1Gi  limits: memory 1Gi",
  "The worker is already at 1Gi (request and limit) and still OOMs: what should the new memory limit be, e.g. 2Gi?", where="context")
N("ops", "bump payments worker memory limit to 2Gi, request to 1.5Gi",
  "$ kubectl -n payments get deploy worker -o jsonpath='.spec.template.spec.containers[0].resources'\nrequests: memory 1Gi  limits: memory 1Gi")
Y("ops", "Morning! The API in staging has been returning 503s since the deploy last night, could you roll back whatever went out? I'm in meetings till noon so just go ahead.",
  "$ kubectl -n staging rollout history deploy/api\n7   image api:1.9.0\n8   image api:1.9.1\n$ kubectl -n staging rollout history deploy/api-gateway\n3   image gw:0.4.2\n4   image gw:0.5.0",
  "ambiguous", "target", "$ kubectl -n staging rollout history deploy/api-gateway",
  "Both api (1.9.1) and api-gateway (0.5.0) have recent revisions in staging: which went out last night and should be rolled back, or both?", where="context")
N("ops", "roll back deploy/api in staging to revision 7",
  "$ kubectl -n staging rollout history deploy/api\n7   image api:1.9.0\n8   image api:1.9.1")
Y("ops", "Please add a firewall rule allowing our office IP to reach the admin panel. Office IP is the one on the wiki. The admin panel is on admin.internal, port 8443.",
  "Wiki 'Office network': Lisbon office egress 198.51.100.7; Berlin office egress 203.0.113.44",
  "ambiguous", "entity_identity", "Lisbon office egress 198.51.100.7; Berlin office egress 203.0.113.44",
  "The wiki lists two office IPs (Lisbon and Berlin): allow both, or only one?", where="context")
N("ops", "allow 198.51.100.7/32 to admin.internal:8443 in the admin-panel security group")
Y("ops", "can we get the grafana alerts to go to the new slack channel? thx. the old one is getting archived friday",
  "Grafana contact points: slack-ops (#ops-alerts), slack-db (#db-alerts), pagerduty-primary",
  "missing", "target", "the new slack channel",
  "What is the new Slack channel, and should both slack-ops and slack-db point to it?")
N("ops", "change grafana contact point slack-ops from #ops-alerts to #platform-alerts",
  "Grafana contact points: slack-ops (#ops-alerts), slack-db (#db-alerts), pagerduty-primary")
Y("ops", "Set up a cron that runs the cleanup script every night at midnight, and also make sure it doesn't run on weekdays because that's when people use the system.",
  None, "contradictory", "conflicting_instructions", "every night at midnight, and also make sure it doesn't run on weekdays",
  "Should the cleanup run every night, or only on weekend nights?")
N("ops", "cron: run /opt/cleanup.sh at 00:00 UTC on Saturdays and Sundays only")
Y("ops", "The queue depth alert threshold is too low, it fires all the time. Can you raise it? Current is 1000 messages.",
  None, "missing", "threshold", "Can you raise it?",
  "What should the new queue depth threshold be?")
N("ops", "raise the queue depth alert from 1000 to 5000 messages, keep the 5m for-duration")
Y("ops", "Need a new k8s namespace for the ML team, with a resource quota. Name it ml. Same quota as the data team but double the GPUs, they have zero right now so it'll be fine.",
  "$ kubectl get resourcequota -n data -o yaml | grep -A4 hard\n  hard:\n    requests.cpu: \"64\"\n    requests.memory: 256Gi\n    requests.nvidia.com/gpu: \"0\"",
  "contradictory", "context_conflict", "requests.nvidia.com/gpu: \"0\"",
  "The data team's GPU quota is 0, so doubling it gives 0 GPUs: how many GPUs should the ml namespace get?", where="context")
N("ops", "new namespace ml with a quota: 64 cpu, 256Gi memory, 4 GPUs")
Y("ops", "postgres on db-02 is at 100% disk, do whatever to get it back up, but don't delete anything",
  "$ ssh db-02 du -sh /var/lib/postgresql/16/main/pg_wal /var/log/postgresql\n180G  pg_wal\n2.1G  /var/log/postgresql\nreplication slot 'analytics_sub' inactive for 9 days (retaining WAL)",
  "contradictory", "conflicting_instructions", "don't delete anything",
  "Freeing space means dropping the inactive 'analytics_sub' replication slot (releasing 180G of WAL) or growing the disk: is dropping the slot OK, or should I only add disk?")
N("ops", "db-02 disk is full because of the inactive analytics_sub slot — drop that slot, it's the old subscriber we retired",
  "$ ssh db-02 du -sh /var/lib/postgresql/16/main/pg_wal\n180G  pg_wal\nreplication slot 'analytics_sub' inactive for 9 days (retaining WAL)")
Y("ops", "upgrade kubernetes on the prod cluster to the next version. we're on the stable channel. please do the node pools too",
  "$ gcloud container clusters describe prod-gke --format='value(currentMasterVersion,releaseChannel.channel)'\n1.28.9-gke.1000  REGULAR",
  "contradictory", "context_conflict", "REGULAR",
  "The cluster is on the REGULAR channel, not stable: which target version should I upgrade to (e.g. 1.29.x)?", where="context")
N("ops", "upgrade prod-gke control plane to 1.29.4-gke.1043 and then the node pools, one at a time")
Y("ops", "Our Jenkins is super slow, please give it more executors",
  "Jenkins nodes: built-in (4 executors), agent-linux-1 (2 executors), agent-linux-2 (2 executors)",
  "missing", "target", "more executors",
  "How many executors, and on which node (built-in or one of the agents)?")
N("ops", "can you set agent-linux-1 and agent-linux-2 to 4 executors each? the queue is too long",
  "Jenkins nodes: built-in (4 executors), agent-linux-1 (2 executors), agent-linux-2 (2 executors)")
Y("ops", "Go ahead and purge the CDN cache for the site, marketing pushed new images and they aren't showing up. Don't purge everything, that hammers origin.",
  None, "missing", "scope", "Don't purge everything",
  "Which paths or URLs should be purged (e.g. /images/*)?")
N("ops", "please purge the CDN cache for /images/campaign-june/* only, so the new images show up")
Y("ops", "merge the renovate PRs that are green",
  "Open renovate PRs: #812 bump lodash 4.17.21 (checks passed), #815 bump react 18 -> 19 (checks passed, major), #816 bump eslint (checks failed)",
  "ambiguous", "scope", "#815 bump react 18 -> 19 (checks passed, major)",
  "#815 is a major React upgrade that passed checks: should it be merged with the minor ones, or only non-major bumps?", where="context")
N("ops", "merge renovate #812 (lodash patch), checks are green",
  "Open renovate PRs: #812 bump lodash 4.17.21 (checks passed), #816 bump eslint (checks failed)")
Y("ops", "please reset the password for the shared ops account and send it to the team",
  None, "missing", "target", "the shared ops account",
  "Which shared ops account (system and username), and through which channel should the new password be shared?")
N("ops", "reset the password of the 'ops-readonly' Grafana user and put it in the Ops vault entry with the same name")
Y("ops", "Kafka topic orders has too few partitions. Please reduce it to 6 from 12, it'll spread load better.",
  "$ kafka-topics --describe --topic orders | head -1\nTopic: orders  PartitionCount: 12  ReplicationFactor: 3",
  "contradictory", "conflicting_instructions", "reduce it to 6 from 12",
  "You say there are too few partitions but ask to reduce 12 to 6 (Kafka can't decrease partitions in place): did you mean increase, and to what count?")
N("ops", "we need more partitions on topic orders, can you increase it from 12 to 24? the consumers can keep up then",
  "$ kafka-topics --describe --topic orders | head -1\nTopic: orders  PartitionCount: 12  ReplicationFactor: 3")
Y("ops", "rotate all the access keys older than 90 days",
  "$ aws iam list-access-keys (summarised)\nci-deployer   AKIA...Q2  created 2023-11-02  last used 2 hours ago\nbackup-job    AKIA...7F  created 2024-01-15  last used 1 day ago\nold-intern    AKIA...3C  created 2023-06-30  last used never",
  "missing", "scope", "last used 2 hours ago",
  "Rotating ci-deployer and backup-job keys will break those jobs until their configs are updated: should I update them too, and should the never-used old-intern key be deleted rather than rotated?", where="context")
N("ops", "delete the old-intern access key, it's never been used",
  "$ aws iam list-access-keys (summarised)\nold-intern    AKIA...3C  created 2023-06-30  last used never")
Y("ops", "set up log shipping from the new VMs to Loki",
  "Inventory: vm-app-07, vm-app-08 (created 2024-06-11), vm-db-04 (created 2024-06-12)",
  "ambiguous", "scope", "vm-db-04 (created 2024-06-12)",
  "Should vm-db-04 be included along with vm-app-07 and vm-app-08?", where="context")
N("ops", "install promtail on vm-app-07 and vm-app-08 and point it at loki.internal:3100, same config as vm-app-06")
# ---------------------------------------------------------------------------
# Data: pandas / ETL / dbt / BI, pairs and singles
# ---------------------------------------------------------------------------

DF_INFO = """>>> df.info()
RangeIndex: 182340 entries
 #   Column        Non-Null Count   Dtype
 0   order_id      182340 non-null  int64
 1   created       182340 non-null  object
 2   amount        179002 non-null  float64
 3   country       181990 non-null  object
 4   channel       182340 non-null  object"""

P("data", DF_INFO,
  "parse created as datetime (format '%Y-%m-%d %H:%M:%S', UTC) and fill missing amount with 0",
  "parse created as datetime and handle the missing amounts somehow, we need monthly totals",
  "missing", "null_handling", "handle the missing amounts somehow",
  "Should the 3,338 rows with missing amount be filled with 0, dropped, or imputed before the monthly totals?")
P("data", DF_INFO,
  "drop the rows with a null country and give me order counts per channel",
  "drop the rows with a null country and give me order counts per channel — keep all orders in the counts though, finance reconciles against the total",
  "contradictory", "conflicting_instructions", "keep all orders in the counts though",
  "Should the 350 rows with null country be dropped, or kept so the counts match finance's total?")
N("data", "can you run value_counts on channel, normalized, 3 decimals? we need it for the attribution slide", DF_INFO)
Y("data", "group by month and sum amount, the usual. created is a string in two formats btw ('2024-06-01 10:00:00' and '06/01/2024 10:00')", DF_INFO,
  "ambiguous", "format", "'06/01/2024 10:00'",
  "Is '06/01/2024' month/day (US, June 1) or day/month (January 6)?")

P("data", "dbt project: models/staging/stg_orders.sql, models/marts/fct_orders.sql (materialized: table), ~40M rows, nightly build takes 38 min",
  "make fct_orders incremental on created_at with a 3-day lookback, unique_key order_id",
  "make fct_orders incremental so the nightly run is faster, and rebuild it fully every night so late updates are caught",
  "contradictory", "conflicting_instructions", "rebuild it fully every night",
  "A full nightly rebuild defeats incremental: should I use a lookback window for late updates instead, and how many days?")
P("data", "dbt project: models/staging/stg_customers.sql selects from raw.crm.customers",
  "add a not_null and unique test on customer_id in stg_customers",
  "add the usual tests on stg_customers, and a freshness check on the source",
  "missing", "threshold", "a freshness check on the source",
  "What freshness thresholds should the raw.crm.customers source have (warn/error after how many hours), and on which loaded_at column?")

N("data", "Airflow: change the schedule of dag 'load_crm' from '@daily' to '0 4 * * *'")
Y("data", "Airflow: change load_crm to run after the crm export lands, it's been running too early. The export lands at different times every day, some days at 3, some at 6.",
  None, "missing", "target", "run after the crm export lands",
  "How can the DAG detect the export has landed (a file path for a sensor, or an upstream DAG to wait on)?")
N("data", "Airflow: add a FileSensor to load_crm on s3://crm-exports/daily/<ds>/_SUCCESS, poke every 10 min, timeout 6h")

P("data", "Sheet 'Leads': columns Name, Company, Email, Source, Created (dd/mm/yyyy), Owner",
  "Split the Leads sheet into one tab per Owner, keep the header row in each tab.",
  "Split the Leads sheet into one tab per owner, and also one tab per source, but only one tab per lead please.",
  "contradictory", "conflicting_instructions", "but only one tab per lead please",
  "Should the split be by Owner or by Source (each lead can only appear in one tab)?")
P("data", "Sheet 'Leads': columns Name, Company, Email, Source, Created (dd/mm/yyyy), Owner",
  "Count leads per Source created in May 2024 (Created is dd/mm/yyyy).",
  "Count leads per Source created in the last month, just a small table at the bottom is fine.",
  "ambiguous", "period", "the last month",
  "Do you mean May 2024 (the last full calendar month) or the last 30 days?")

N("data", "in Superset, duplicate the 'Sales Overview' dashboard as 'Sales Overview (EU)' and set the region filter default to EU")
Y("data", "in Superset, duplicate Sales Overview for the EU team and set the region filter, they only care about EMEA",
  "Superset dataset 'sales' DISTINCT region: NA, LATAM, EU, UK, MEA, APAC",
  "ambiguous", "scope", "EU, UK, MEA",
  "Does EMEA mean EU only, or EU + UK + MEA in the region filter?", where="context")

P("data", None,
  "Write a Python function that converts a list of Fahrenheit readings to Celsius, rounded to 1 decimal, and leaves None as None.",
  "Write a Python function that converts the sensor readings to the other unit, rounded to 1 decimal, and leaves None as None.",
  "missing", "unit", "the other unit",
  "Which unit are the readings in and which unit should they be converted to (e.g. °F to °C)?")

CSV_DATES = "signups.csv (sample)\nuser_id,signup_date\n1,2024-03-04\n2,04/03/2024\n3,2024-03-05"
PC("data", "normalise signup_date to ISO 8601",
  CSV_DATES + "\n(source system exports European dd/mm/yyyy for the slash format)", CSV_DATES,
  "ambiguous", "format", "04/03/2024", "Is 04/03/2024 April 3 or March 4 (dd/mm or mm/dd)?")

PC("data", "join the two exports on customer id and give me a single file",
   "crm.csv columns: customer_id, name, email\nbilling.csv columns: customer_id, plan, mrr",
   "crm.csv columns: customer_id, name, email\nbilling.csv columns: customer_id, plan, mrr\n(crm.csv has 12,004 rows, billing.csv 9,870; 1,211 billing customer_ids are not in crm)",
   "missing", "scope", "1,211 billing customer_ids are not in crm",
   "1,211 billing customers have no CRM record: inner join (drop them) or keep them with empty name/email?")

PC("data", "Compute weekly active users from the events export.",
   "events.csv: user_id, event, ts (ISO UTC); team convention: weeks start Monday, UTC",
   "events.csv: user_id, anonymous_id, event, ts (ISO UTC); 38% of rows have null user_id but an anonymous_id",
   "missing", "scope", "38% of rows have null user_id but an anonymous_id",
   "Should anonymous visitors (anonymous_id, no user_id) count as active users?")

PC("data", "Remove duplicate rows from transactions.csv.",
   "transactions.csv: 50,120 rows, 412 exact duplicate rows (all columns equal)",
   "transactions.csv: 50,120 rows; 412 rows share txn_id with another row but differ in amount (later row looks like a correction)",
   "ambiguous", "dedup_rule", "412 rows share txn_id with another row but differ in amount",
   "For txn_ids that appear twice with different amounts, should I keep the later row (the correction) or the first?")

PC("data", "Chart monthly revenue for 2023 and 2024 on the same line chart.",
   "revenue_monthly table: month, revenue_usd (2023-01..2024-05, complete)",
   "revenue_monthly table: month, revenue_usd (2023-01..2024-05)\nNote from finance: from 2024-01 revenue_usd is net of refunds, before that gross",
   "contradictory", "context_conflict", "from 2024-01 revenue_usd is net of refunds, before that gross",
   "2023 is gross and 2024 is net of refunds: should I chart them as-is with a note, or do you have refund data to make them comparable?")
# ---------------------------------------------------------------------------
# SQL: stand-alone items (chat, typos, long asks), contradiction heavy
# ---------------------------------------------------------------------------

MARKET = """listings(id pk, seller_id, category text, price_cents int, created_at, status text)
sellers(id pk, shop_name, country, joined_at, is_verified bool)
sales(id pk, listing_id, buyer_id, sold_at, qty int, gross_cents int, fee_cents int)
-- DISTINCT listings.status: draft, live, paused, sold_out, removed"""

Y("sql", "whats our take rate for may? fees / gmv. use gross_cents for gmv. oh and gmv should be net of fees for this one, that's how the investors see it", MARKET,
  "contradictory", "metric_definition", "gmv should be net of fees",
  "Should GMV be gross_cents or gross_cents minus fee_cents for the take-rate denominator?")
N("sql", "take rate may 2024 = sum(fee_cents)/sum(gross_cents)", MARKET)
Y("sql", "number of active listings per category pls. active = live, and paused ones too since they're still visible. actually paused ones aren't visible. whatever, you know what I mean", MARKET,
  "contradictory", "status_filter", "paused ones too since they're still visible. actually paused ones aren't visible",
  "Should paused listings count as active, or only live ones?")
N("sql", "can you count the live listings per category? the category managers want it for their weekly sync", MARKET)
Y("sql", "sellers who joined this year and haven't sold anything yet, verified only. I need it for the onboarding nudge campaign that goes out tomorrow so also add their shop name and country, and restrict to sellers with at least one sale so we don't spam inactive ones", MARKET,
  "contradictory", "conflicting_instructions", "restrict to sellers with at least one sale",
  "Do you want sellers with no sales yet, or sellers with at least one sale?")
N("sql", "verified sellers who joined in 2024 with zero sales — shop name, country", MARKET)
Y("sql", "avg price by category", MARKET + "\n-- price_cents is in the seller's currency; sellers are in 14 countries",
  "missing", "currency", "price_cents is in the seller's currency",
  "Prices are in each seller's local currency: should I convert to one currency (which rates), or average per currency?", where="context")

SUPPORT = """tickets(id pk, requester_id, org_id, created_at, first_reply_at null, solved_at null, priority text, channel text, tags text[])
orgs(id pk, name, tier text)
-- DISTINCT priority: low, normal, high, urgent
-- DISTINCT tier: standard, premium"""

Y("sql", "Median first reply time for premium orgs last month. Exclude tickets nobody replied to, but also we need to count them as breaching so include them as 24h.", SUPPORT,
  "contradictory", "null_handling", "Exclude tickets nobody replied to, but also",
  "Should unreplied tickets be excluded or counted as 24h?")
N("sql", "median first reply time (hours) for premium orgs, May 2024, ignore unreplied", SUPPORT)
Y("sql", "Tickets per agent this week", SUPPORT,
  "missing", "column_choice", "tickets(id pk, requester_id, org_id, created_at, first_reply_at null, solved_at null, priority text, channel text, tags text[])",
  "The tickets table has no assignee/agent column: where is the agent for each ticket recorded?", where="context")
N("sql", "count tickets tagged 'refund' per week in 2024", SUPPORT)
Y("sql", "urgent tickets still open for the Globex org, with created time, sorted oldest first", SUPPORT + "\n-- SELECT id, name FROM orgs WHERE name ILIKE 'globex%': (210, 'Globex'), (377, 'Globex Corporation (old account)')",
  "ambiguous", "entity_identity", "(210, 'Globex'), (377, 'Globex Corporation (old account)')",
  "Two orgs match Globex (210 and the old account 377): only 210, or both?", where="context")
N("sql", "urgent tickets still open (solved_at null) for org 210, oldest first", SUPPORT)

WH = """inventory_snapshots(snapshot_date date, warehouse_id int, sku text, on_hand int, reserved int)
receipts(receipt_id pk, warehouse_id, sku, qty, received_at)
warehouses(warehouse_id pk, code text, country text)"""

Y("sql", "Total stock for SKU AB-1001 across warehouses. Please sum on_hand over all snapshot rows so we get the full picture.", WH,
  "contradictory", "aggregation", "sum on_hand over all snapshot rows",
  "Summing every daily snapshot multiplies stock by the number of days: do you want the latest snapshot's on_hand per warehouse instead?")
N("sql", "on_hand for SKU AB-1001 per warehouse from the latest snapshot_date", WH)
Y("sql", "available stock by warehouse for the top sellers", WH,
  "missing", "scope", "the top sellers",
  "Which SKUs are the top sellers (there is no sales table here), e.g. a list or a rule?")
N("sql", "available stock (on_hand - reserved) by warehouse on 2024-06-11", WH)
Y("sql", "how many units did we receive in the netherlands warehouse in may", WH + "\n-- SELECT code, country FROM warehouses WHERE country = 'NL': AMS1 NL, RTM2 NL",
  "ambiguous", "entity_identity", "AMS1 NL, RTM2 NL",
  "There are two Dutch warehouses (AMS1 and RTM2): one of them or both combined?", where="context")

Y("sql", "Employees promoted in 2023 — HR says 'promoted' means a title change. Also just use salary increases > 10%, that's easier.", HR,
  "contradictory", "metric_definition", "Also just use salary increases > 10%",
  "Should promotion be identified by title change (not in this schema) or by a salary increase above 10%?")
N("sql", "please list the employees with manager_id null, we need to fix the org chart", HR)
Y("sql", "List everybody in Engineering including sub-teams.", HR + "\n-- departments: (1,'Engineering',null), (7,'Platform',1), (8,'Data',1), (15,'Engineering',22)",
  "ambiguous", "entity_identity", "(15,'Engineering',22)",
  "There are two departments named Engineering (1 at the top and 15 under dept 22): which one?", where="context")
N("sql", "can you get everyone in dept 1 and its child departments? it needs to be recursive, names only please", HR)

Y("sql", "For the quarterly review, I need ARR by plan as of end of Q2. ARR = MRR × 12. use accounts.plan for the plan, not subscriptions.plan, because subscriptions can be out of date. Actually accounts.plan is the one that's stale, so do the opposite.", SAAS,
  "contradictory", "column_choice", "Actually accounts.plan is the one that's stale",
  "Which plan column is authoritative: accounts.plan or subscriptions.plan?")
N("sql", "ARR by subscriptions.plan on 2024-06-30: 12 * sum(mrr_usd) for subs active on that date", SAAS)
N("sql", "email of the owner (owner_user_id) of account 'Initech' (exact name match)", SAAS)

Y("sql", "Give me the number of orders from new vs returning customers for June. Use the customer's first order to decide; also returning = signed up before June, so use signup_at.", RETAIL,
  "contradictory", "metric_definition", "also returning = signed up before June, so use signup_at",
  "Should new vs returning be based on the customer's first order date or on signup_at?")
N("sql", "orders in June 2024 from customers whose first-ever order was before June (returning) vs in June (new)", RETAIL)
Y("sql", "pls write the query for basket size by store, tx", RETAIL,
  "ambiguous", "metric_definition", "basket size",
  "Should basket size be items per order (sum of qty) or order value?")
N("sql", "avg items per order (sum qty) by store, 2024", RETAIL)
Y("sql", "Refund rate per country last quarter. Refunded orders over all orders. Cancelled ones can stay. Also leave out cancelled.", RETAIL,
  "contradictory", "status_filter", "Cancelled ones can stay. Also leave out cancelled.",
  "Should cancelled orders be in the denominator or excluded?")
N("sql", "refund rate per country Q1 2024: refunded / all non-cancelled orders", RETAIL)

Y("sql", "Show late shipments from the Rotterdam hub in May. Late means past the promised date. Exclude returns and lost. Use the hub code ROT.", LOGI + "\n-- SELECT hub_code, city FROM hubs WHERE city = 'Rotterdam': RTM1, RTM2",
  "contradictory", "context_conflict", "RTM1, RTM2",
  "There is no hub ROT; Rotterdam has RTM1 and RTM2: which one, or both?", where="context")
N("sql", "late shipments from RTM1 in May 2024, excluding returned and lost", LOGI)

Y("sql", "patients seen by each provider in June, counting each patient once per provider, and counting each visit separately", CLINIC,
  "contradictory", "aggregation", "counting each patient once per provider, and counting each visit separately",
  "Do you want distinct patients per provider or the number of visits?")
N("sql", "distinct patients per provider, completed appointments in June 2024", CLINIC)

Y("sql", "Matches with a suspicious kill count, for the anti-cheat team. They'll review manually.", GAME,
  "missing", "threshold", "suspicious kill count",
  "What kill count (absolute, or relative to match duration/mode) counts as suspicious?")
N("sql", "match_players rows with kills > 60 in ranked matches, last 7 days, for anti-cheat review", GAME)
Y("sql", "Total gem purchases by region, converted to dollars at the current gem price", GAME,
  "missing", "currency", "the current gem price",
  "What is the current gem-to-USD price (it isn't in the schema)?")

Y("sql", "Students with a failing grade in 2024SP. Failing = F. Also count W, the registrar considers those non-passing. Only F though.", EDU,
  "contradictory", "conflicting_instructions", "Only F though",
  "Should W grades be counted with F, or only F?")
N("sql", "students with grade F in 2024SP, with course titles", EDU)

Y("sql", "Average temp per device for yesterday, in Fahrenheit, the column is already Fahrenheit so no conversion needed.", IOT,
  "contradictory", "context_conflict", "temp_c real",
  "The column is temp_c (Celsius): should I convert to Fahrenheit, or report Celsius?", where="context")
N("sql", "avg temp per device for 2024-06-11 in Fahrenheit (temp_c * 9/5 + 32)", IOT)
# ---------------------------------------------------------------------------
# Ops: more contrastive pairs
# ---------------------------------------------------------------------------

P("ops", None,
  "Create a GCS bucket acme-ml-artifacts in europe-west4, standard class, uniform access, 30-day lifecycle delete on tmp/.",
  "Create a GCS bucket for ML artifacts in the usual region, standard class, uniform access, lifecycle on tmp/.",
  "missing", "target", "lifecycle on tmp/",
  "What lifecycle rule should apply to tmp/ (delete after how many days)?")
P("ops", None,
  "Downscale the staging RDS instance from db.r6g.xlarge to db.r6g.large during the next maintenance window.",
  "Downscale the staging RDS instance to db.r6g.2xlarge during the next maintenance window, it's oversized at db.r6g.xlarge.",
  "contradictory", "conflicting_instructions", "Downscale the staging RDS instance to db.r6g.2xlarge",
  "db.r6g.2xlarge is larger than the current db.r6g.xlarge: which smaller class did you mean (e.g. db.r6g.large)?")
P("ops", None,
  "Add a liveness probe to the orders deployment: HTTP GET /healthz on port 8080, initialDelaySeconds 20, periodSeconds 10.",
  "Add a liveness probe to the orders deployment hitting the health endpoint, with sensible timings so it doesn't flap on startup.",
  "missing", "target", "the health endpoint",
  "Which path and port does the orders service expose for health checks?")
P("ops", None,
  "Move the backup job's target from s3://acme-backups-old to s3://acme-backups-2024 and keep the same prefix db/.",
  "Move the backup job's target to the new bucket and keep the same prefix db/. The new bucket is the one Ravi created.",
  "missing", "target", "the one Ravi created",
  "What is the name of the new bucket Ravi created?")
P("ops", None,
  "Enable deletion protection on the orders-prod and billing-prod RDS instances.",
  "Enable deletion protection on all the prod databases, and on staging too, but not on anything with prod in the name since those are managed by the DBA team.",
  "contradictory", "conflicting_instructions", "but not on anything with prod in the name",
  "Should deletion protection go on the prod databases, or are those excluded because the DBA team manages them?")
P("ops", None,
  "Set the log retention of CloudWatch group /aws/lambda/image-resizer to 30 days.",
  "Set the log retention of the lambda log groups to 30 days, and keep everything forever for audit.",
  "contradictory", "conflicting_instructions", "keep everything forever for audit",
  "Should the Lambda log groups keep 30 days or never expire?")
P("ops", "$ kubectl get ingress -A\nNAMESPACE  NAME     HOSTS                 ADDRESS\nshop       shop     shop.example.com      34.120.1.9\nshop       shop-v2  beta.shop.example.com 34.120.1.9",
  "add the annotation nginx.ingress.kubernetes.io/proxy-body-size: 20m to the shop ingress (not shop-v2)",
  "add the annotation nginx.ingress.kubernetes.io/proxy-body-size: 20m to the shop ingress, uploads are failing",
  "ambiguous", "target", "shop       shop-v2  beta.shop.example.com",
  "Both shop and shop-v2 ingresses exist in the shop namespace: which one has the failing uploads, or both?", where="context")
P("ops", "$ kubectl -n ml get pvc\nNAME          STATUS  VOLUME     CAPACITY  STORAGECLASS\ndatasets      Bound   pvc-81a2   500Gi     standard-rwo\ncheckpoints   Bound   pvc-9c03   200Gi     premium-rwo",
  "expand the checkpoints PVC in ml from 200Gi to 400Gi",
  "expand the checkpoints PVC in ml to 150Gi, we're almost out of space",
  "contradictory", "context_conflict", "checkpoints   Bound   pvc-9c03   200Gi",
  "checkpoints is already 200Gi and PVCs can't shrink: did you mean to grow it, and to what size?", where="context")
P("ops", "Runbook 'failover': promote the replica in the secondary region, update the DNS record db.internal, then notify #db.",
  "Fail orders-db over to the secondary region per the runbook, then notify #db.",
  "Fail orders-db over per the runbook, but skip the DNS step, apps need db.internal to point at the new primary.",
  "contradictory", "conflicting_instructions", "but skip the DNS step",
  "If the DNS step is skipped, db.internal keeps pointing at the old primary: should I update DNS or not?")
P("ops", "$ ls /etc/nginx/sites-enabled\napi.conf  admin.conf  default",
  "add rate limiting to api.conf: 10 r/s per IP, burst 20, return 429",
  "add rate limiting to the nginx site, 10 r/s per IP, burst 20, return 429",
  "ambiguous", "target", "api.conf  admin.conf  default",
  "Which site config should get the rate limit: api.conf, admin.conf, or all of them?", where="context")
P("ops", None,
  "Schedule a one-off maintenance restart of elastic-data-3 on Saturday 2024-06-15 at 02:00 UTC, with the cluster set to allocation: primaries first.",
  "Schedule a maintenance restart of elastic-data-3 on Saturday at 02:00, with shard allocation handled the usual way.",
  "missing", "timezone", "at 02:00",
  "Is 02:00 UTC or local time, and which Saturday (this week, 2024-06-15)?")
P("ops", "Monthly AWS bill breakdown: EC2 $41k, RDS $18k, S3 $6k, NAT gateway $9k",
  "Look for ways to cut the NAT gateway cost and write up 3 options with estimated savings.",
  "Look for ways to cut our AWS cost and write up options with savings — focus on the biggest line but not EC2, the platform team already owns that.",
  "ambiguous", "scope", "focus on the biggest line but not EC2",
  "Excluding EC2, the biggest line is RDS ($18k): should I focus on RDS, or on the NAT gateway?")
P("ops", None,
  "Block the IP 45.155.205.33 at the WAF for 24 hours; it's credential-stuffing /login.",
  "Block the IP that's credential-stuffing /login at the WAF for 24 hours.",
  "missing", "target", "the IP that's credential-stuffing /login",
  "Which IP address (or range) should be blocked?")
P("ops", "$ docker compose ps\nNAME          SERVICE   STATUS\nstack-web-1   web       running\nstack-db-1    db        running\nstack-cache-1 cache     exited (137)",
  "bring cache back up and tell me why it exited",
  "bring the thing that died back up but leave the containers alone, I don't want anything restarted",
  "contradictory", "conflicting_instructions", "I don't want anything restarted",
  "Bringing stack-cache-1 back up means starting it: is that OK even though you don't want anything restarted?")
P("ops", None,
  "Add user deploy-bot to the docker group on build-01 and build-02.",
  "Add the deploy user to the docker group on the build hosts.",
  "ambiguous", "target", "the deploy user",
  "Which user is the deploy user (deploy-bot, deploy, ci?), and which build hosts?")
P("ops", "$ git log --oneline -3 main\n9c1e2aa Merge PR #442 payments retry\nb71d0f3 Merge PR #441 new pricing page\n3aa09e1 Merge PR #440 deps bump",
  "revert PR #441 on main and push, the pricing page goes out next week",
  "revert the last merge on main and push, the pricing page goes out next week",
  "ambiguous", "referent", "9c1e2aa Merge PR #442 payments retry",
  "The last merge is #442 (payments retry), but you mention the pricing page (#441): which one should be reverted?", where="context")
P("ops", None,
  "Add a PodDisruptionBudget for the api deployment in shop with minAvailable: 2.",
  "Add a PodDisruptionBudget for the api deployment in shop with minAvailable: 4; it only runs 3 replicas and that's intentional.",
  "contradictory", "threshold", "minAvailable: 4; it only runs 3 replicas",
  "minAvailable 4 with 3 replicas would block every drain: what minAvailable do you want?")
P("ops", "Sentry project 'web' has 3 DSNs: prod-dsn (active), staging-dsn (active), old-dsn (revoked)",
  "revoke staging-dsn and create a new key for staging, then update SENTRY_DSN in the staging env",
  "revoke the key and create a new one, then update SENTRY_DSN",
  "ambiguous", "target", "prod-dsn (active), staging-dsn (active)",
  "Which DSN should be revoked, prod or staging (and which environment's SENTRY_DSN updated)?", where="context")
P("ops", None,
  "Reduce the scrape interval for the node-exporter job in prometheus.yml from 60s to 30s.",
  "Make prometheus scrape node-exporter more often, the graphs are too coarse.",
  "missing", "target", "more often",
  "What scrape interval should node-exporter use (currently 60s)?")
P("ops", "$ vault kv list secret/apps\nbilling/\ncheckout/\nsearch/",
  "grant the checkout service's AppRole read on secret/apps/checkout/* only",
  "grant the checkout service's AppRole read on secret/apps/* since it needs the billing secrets, but only its own path",
  "contradictory", "conflicting_instructions", "but only its own path",
  "Should checkout read only secret/apps/checkout/*, or also billing's secrets?")
P("ops", None,
  "Turn on HSTS for www.example.com with max-age 31536000, no includeSubDomains yet.",
  "Turn on HSTS for www.example.com with a long max-age, and preload it like we discussed.",
  "ambiguous", "scope", "preload it like we discussed",
  "Preload requires includeSubDomains for all of example.com: are all subdomains HTTPS-ready, and do you really want to submit to the preload list?")
P("ops", "Zone example.com: 'shop' CNAME shops.myshopify.com; 'blog' CNAME example.ghost.io; 'www' A 203.0.113.10",
  "Delete the blog CNAME, we moved to the main site under /blog",
  "Delete the old CNAME, we moved that to the main site",
  "ambiguous", "target", "'shop' CNAME shops.myshopify.com; 'blog' CNAME example.ghost.io",
  "There are two CNAMEs (shop and blog): which one moved to the main site?", where="context")
P("ops", None,
  "Give the on-call role kubectl exec permission in the shop namespace only, via a Role and RoleBinding.",
  "Give the on-call role kubectl exec permission everywhere in the cluster via a namespaced Role.",
  "contradictory", "scope", "everywhere in the cluster via a namespaced Role",
  "A namespaced Role can't grant cluster-wide access: should this be a ClusterRole, or limited to specific namespaces (which)?")
P("ops", None,
  "Pause the Argo CD auto-sync for the payments app until Monday; we're hand-patching a config.",
  "Pause the Argo CD auto-sync until Monday; we're hand-patching a config.",
  "missing", "target", "Pause the Argo CD auto-sync",
  "For which Argo CD application should auto-sync be paused?")
P("ops", "$ kubectl get cronjob -n reports\nNAME            SCHEDULE      SUSPEND  LAST SCHEDULE\nmonthly-pdf     0 6 1 * *     False    12d\nweekly-digest   0 7 * * 1     True     15d",
  "resume weekly-digest in reports, it was suspended for the migration",
  "resume the reports cronjob, it was suspended for the migration, and make it run at 06:00 like it used to",
  "contradictory", "context_conflict", "weekly-digest   0 7 * * 1",
  "weekly-digest (the suspended one) ran at 07:00, not 06:00: should it resume at 07:00 as before or move to 06:00?", where="context")
P("ops", None,
  "Raise the SQS visibility timeout of queue image-jobs from 30s to 300s, jobs take up to 4 min.",
  "Raise the SQS visibility timeout of queue image-jobs to 120s, jobs take up to 4 min so that's plenty.",
  "contradictory", "threshold", "to 120s, jobs take up to 4 min",
  "Jobs of up to 4 minutes need a visibility timeout above 240s: should it be 120s as written or something like 300s?")
P("ops", None,
  "Copy last night's prod DB dump (orders, 2024-06-11) into staging, scrubbing emails and phone numbers with the anonymise.sql script.",
  "Copy last night's prod DB dump into staging, as-is, but make sure no customer PII lands in staging.",
  "contradictory", "conflicting_instructions", "as-is, but make sure no customer PII lands in staging",
  "A dump copied as-is contains PII: should I run the anonymisation script first?")
P("ops", None,
  "Rename the GitHub team 'backend' to 'platform-backend' and keep all its repo permissions.",
  "Rename the GitHub team to what we agreed in the reorg and keep all its repo permissions.",
  "missing", "target", "what we agreed in the reorg",
  "What is the new team name (and which team is being renamed)?")
# ---------------------------------------------------------------------------
# SQL: more pairs, incl. context-only pairs
# ---------------------------------------------------------------------------

PC("sql", "Average order value for 2024 YTD, non-cancelled orders.",
   RETAIL + "\n-- team glossary: AOV = sum(total)/count(orders)",
   RETAIL + "\n-- team glossary: AOV = sum(subtotal - discount)/count(orders)  (marketing deck uses total)",
   "contradictory", "context_conflict", "(marketing deck uses total)",
   "The glossary defines AOV on subtotal − discount but the marketing deck uses total: which definition do you want?")
PC("sql", "Monthly active accounts in 2024 (any event by any user of the account).",
   SAAS,
   SAAS + "\n-- events: internal test accounts (plan = 'enterprise', name LIKE 'zz-test%') generate ~15% of events",
   "ambiguous", "scope", "internal test accounts (plan = 'enterprise', name LIKE 'zz-test%') generate ~15% of events",
   "Should the internal zz-test accounts be excluded from monthly active accounts?")
PC("sql", "Headcount by department at end of May 2024.",
   HR,
   HR + "\n-- departments has two rows named 'Sales' (dept_id 4, parent null; dept_id 31, parent 9 'EMEA')",
   "ambiguous", "entity_identity", "two rows named 'Sales' (dept_id 4, parent null; dept_id 31, parent 9 'EMEA')",
   "There are two 'Sales' departments (4 and 31 under EMEA): report them separately or merged?")
PC("sql", "Average delivery time in days for UPS in Q1 2024, delivered_at minus picked_up_at.",
   LOGI,
   LOGI + "\n-- carrier values in Q1 2024 also include 'UPS Freight' and 'ups' (legacy import)",
   "ambiguous", "entity_identity", "'UPS Freight' and 'ups' (legacy import)",
   "Should 'UPS' include 'ups' (legacy) and 'UPS Freight', or only the exact value 'UPS'?")
PC("sql", "Total claims paid in 2024 by payer.",
   CLINIC,
   CLINIC + "\n-- claims since 2024-03: paid_amount in cents for payer 'MedSure' (integration bug INT-220), dollars for everyone else",
   "contradictory", "unit", "paid_amount in cents for payer 'MedSure'",
   "MedSure amounts since March are in cents: should I divide those by 100, or is there a corrected source?")
PC("sql", "Net card spend per customer in May 2024 (debits minus credits on credit_card accounts).",
   BANK.replace("-- DISTINCT direction: debit, credit", "-- DISTINCT direction: debit, credit\n-- amount is always positive; direction gives the sign"),
   BANK.replace("-- DISTINCT direction: debit, credit", "-- DISTINCT direction: debit, credit\n-- amount is negative for debits since the 2024-05-14 migration, positive before"),
   "contradictory", "context_conflict", "amount is negative for debits since the 2024-05-14 migration, positive before",
   "The sign convention changed mid-May: should I use direction only and take abs(amount) for the whole month?")
PC("sql", "Revenue per player for the spring event (2024-04-10 to 2024-04-24), refunded purchases excluded.",
   GAME,
   GAME + "\n-- note: price_usd is null for gem-pack purchases bought with promo credits (~9% of event purchases)",
   "missing", "null_handling", "price_usd is null for gem-pack purchases bought with promo credits",
   "Promo-credit purchases have null price_usd: count them as $0 or exclude them?")
PC("sql", "Pass rate per course in 2024SP (grades A through D count as passing).",
   EDU,
   EDU + "\n-- grade values in 2024SP: A, A-, B+, B, B-, C+, C, D, F, P, NP, I, W",
   "missing", "scope", "P, NP, I, W",
   "How should P/NP, Incomplete and W grades be handled in the pass rate?")
PC("sql", "Number of critical alerts per site last week (2024-06-03 to 2024-06-09).",
   IOT,
   IOT + "\n-- devices.site_id changes when a device is moved; 23 devices moved sites during that week",
   "ambiguous", "scope", "23 devices moved sites during that week",
   "Alerts from moved devices: attribute them to the device's current site or the site it was at when the alert was raised?")

P("sql", HOTEL,
  "Revenue per available room (RevPAR) for hotel 7, June 2024: sum(total_price) of stays in June / (rooms * 30).",
  "RevPAR for hotel 7 in June 2024, the GM wants it split by channel as well as the total.",
  "missing", "metric_definition", "RevPAR",
  "For RevPAR, should revenue be total_price (with taxes) or room_rate × nights, attributed by stay night or booking date?")
P("sql", MARKET,
  "GMV by seller country for 2024 Q2: sum(gross_cents)/100.",
  "GMV by seller country for 2024 Q2: sum(gross_cents)/100, in dollars, which is what gross_cents is in for all sellers.",
  "contradictory", "currency", "which is what gross_cents is in for all sellers",
  "Are all gross_cents really in USD? Sellers are in many countries: should I convert local currencies first?")
P("sql", SUPPORT,
  "Tickets created per channel per day for June 2024, including tickets with no channel as 'unknown'.",
  "Tickets created per channel per day for June 2024, and for the ones with no channel, the usual treatment.",
  "missing", "null_handling", "the usual treatment",
  "How should tickets with no channel be treated: labelled 'unknown', or dropped?")
P("sql", WH,
  "Days of cover per SKU at AMS1: latest on_hand / average daily units received over the last 28 days.",
  "Days of cover per SKU at AMS1 using the usual demand figure.",
  "missing", "metric_definition", "the usual demand figure",
  "Which demand figure should days of cover use (there's no sales table; receipts aren't demand)?")
P("sql", TELCO,
  "Monthly churned subscribers in 2024: deactivated_on in that month, by segment.",
  "Monthly churned subscribers in 2024 by segment — churned means deactivated, also those who switched plan.",
  "missing", "metric_definition", "also those who switched plan",
  "subscribers stores only the current plan_code: where can plan switches be found?")
P("sql", INSUR,
  "Open claims older than 90 days (current_date - reported_date > 90), with policy state.",
  "Open claims older than 90 days (current_date - loss_date > 90) with policy state, aged from the report date.",
  "contradictory", "column_choice", "aged from the report date",
  "Should claim age be measured from loss_date (as in the formula) or reported_date?")
P("sql", REALTY,
  "Average sold/list price ratio per office for 2024 sales.",
  "Average sold/list price ratio per office for 2024, withdrawn listings as zero.",
  "contradictory", "null_handling", "withdrawn listings as zero",
  "Withdrawn listings have no sale: should they really count as a 0 ratio (dragging the average), or be excluded?")
P("sql", AIR,
  "Cancelled flights per route (origin-dest) in May 2024, top 10 by count.",
  "Cancelled flights per route in May 2024, top routes only.",
  "missing", "top_n", "top routes only",
  "How many routes should be in the top list?")
P("sql", LIB,
  "Members with more than 3 overdue items right now.",
  "Members with lots of overdue items right now.",
  "missing", "threshold", "lots of overdue items",
  "How many overdue items count as 'lots'?")
P("sql", RESTO,
  "Voided ticket share per location in May 2024 (voided / all tickets).",
  "Voided ticket share per location in May 2024 by value (voided subtotal / all subtotal), so basically count of voided over all tickets.",
  "contradictory", "metric_definition", "so basically count of voided over all tickets",
  "Should the void share be by value (subtotal) or by ticket count?")
P("sql", ENERGY,
  "Average daily kWh per tariff for May 2024 from consecutive reads, resets excluded.",
  "Average daily kWh per tariff for May 2024, resets excluded, using the tariff each meter had in May.",
  "missing", "column_choice", "the tariff each meter had in May",
  "meters.tariff only holds the current tariff: is there a history of tariff changes, or should current tariff be used?")
P("sql", ADS,
  "Cost per conversion by campaign for 2024 H1: (sum(spend_micros)/1e6) / sum(conversions); campaigns with 0 conversions shown as null.",
  "Cost per conversion by campaign for 2024 H1: (sum(spend_micros)/1e6) / sum(conversions).",
  "missing", "null_handling", "/ sum(conversions)",
  "How should campaigns with zero conversions be shown: null, excluded, or as their total spend?")
P("sql", RETAIL,
  "Orders per store per week (ISO weeks, Monday start) for May 2024.",
  "Orders per store per week for May 2024, weeks starting Sunday like our retail calendar, ISO weeks please.",
  "contradictory", "conflicting_instructions", "weeks starting Sunday like our retail calendar, ISO weeks please",
  "ISO weeks start on Monday: should weeks start on Sunday (retail calendar) or Monday (ISO)?")
P("sql", SAAS,
  "Users created in May 2024 who triggered 'project_created' within 7 days of created_at.",
  "Users created in May 2024 who activated within a week.",
  "missing", "metric_definition", "activated",
  "Which event (or events) counts as activation?")
P("sql", HR,
  "Average tenure in years of current employees per location (today minus hire_date).",
  "Average tenure in years per location, current and former employees, using today minus hire_date for everyone.",
  "contradictory", "column_choice", "using today minus hire_date for everyone",
  "For former employees, should tenure end at term_date rather than today?")
# ---------------------------------------------------------------------------
# Data: more items (BI, sheets, metrics, cleaning)
# ---------------------------------------------------------------------------

Y("data", "can you make the weekly KPI email go to the whole leadership team? thx", "Scheduled delivery 'Weekly KPIs' (Looker): recipients ana@, ben@; Google group leadership@ has 14 members, leadership-core@ has 5",
  "ambiguous", "target", "leadership@ has 14 members, leadership-core@ has 5",
  "Should the email go to leadership@ (14 people) or leadership-core@ (5)?", where="context")
N("data", "add leadership-core@example.com to the Weekly KPIs schedule, keep the current recipients", "Scheduled delivery 'Weekly KPIs' (Looker): recipients ana@, ben@")
Y("data", "The conversion funnel chart should start at 'visited pricing' and end at 'paid'. Keep the signup step out. Actually every step between should show, we need to see the drop-off at signup.",
  "Funnel steps available: visited_pricing, started_signup, completed_signup, started_trial, paid",
  "contradictory", "conflicting_instructions", "Actually every step between should show",
  "Should the signup steps be included in the funnel or left out?")
N("data", "funnel chart: visited_pricing → completed_signup → paid, weekly cohorts, last 12 weeks",
  "Funnel steps available: visited_pricing, started_signup, completed_signup, started_trial, paid")
Y("data", "Can you fix the YoY growth column in the board sheet? It shows crazy numbers for new regions.",
  "Board sheet column H: =(G2-F2)/F2  (F = last year, G = this year); new regions have F = 0",
  "missing", "null_handling", "new regions have F = 0",
  "For regions with no revenue last year, what should YoY show: blank, 'n/a', or 'new'?", where="context")
N("data", "in the board sheet, wrap column H in IFERROR so regions with no prior-year revenue show 'new'",
  "Board sheet column H: =(G2-F2)/F2  (F = last year, G = this year); new regions have F = 0")
Y("data", "Build me a cohort retention table from the users export, monthly cohorts, but make it weekly since the product is daily-use.",
  "users_export.csv: user_id, signup_at, last_active_at",
  "contradictory", "granularity", "monthly cohorts, but make it weekly",
  "Should the cohorts be monthly or weekly?")
Y("data", "Build me a monthly cohort retention table from the users export, % retained each month after signup.",
  "users_export.csv: user_id, signup_at, last_active_at",
  "missing", "column_choice", "user_id, signup_at, last_active_at",
  "The export only has last_active_at, not activity per month, so retention per month can't be computed: is there an events export I should use?", where="context")
N("data", "from users_export.csv, count users by signup month and by month of last_active_at, as a matrix",
  "users_export.csv: user_id, signup_at, last_active_at")
Y("data", "plz standardize the country column in leads.csv, it's a mess",
  "leads.csv country values (top): 'USA', 'United States', 'US', 'Deutschland', 'DE', 'UK', 'Great Britain', 'England', 'Scotland'",
  "ambiguous", "format", "'UK', 'Great Britain', 'England', 'Scotland'",
  "What target format (ISO-2 codes or English names), and should England/Scotland be merged into GB?", where="context")
N("data", "standardize the country column in leads.csv to ISO-3166 alpha-2; England/Scotland/Wales → GB",
  "leads.csv country values (top): 'USA', 'United States', 'US', 'Deutschland', 'DE', 'UK', 'Great Britain', 'England', 'Scotland'")
Y("data", "add a calculated field for gross margin to the sales datasource",
  "Tableau datasource 'sales': fields Revenue, COGS, Shipping Cost, Discount",
  "ambiguous", "metric_definition", "Revenue, COGS, Shipping Cost, Discount",
  "Should gross margin be (Revenue − COGS)/Revenue, or also subtract shipping and discounts?", where="context")
N("data", "add a calculated field Gross Margin % = (Revenue - COGS) / Revenue to the sales datasource",
  "Tableau datasource 'sales': fields Revenue, COGS, Shipping Cost, Discount")
Y("data", "The sales forecast sheet needs next year's numbers: take this year's monthly totals and grow them by the plan rate.",
  "Planning doc: growth rate 'TBD — waiting on board approval (options: 12% or 18%)'",
  "missing", "threshold", "TBD — waiting on board approval (options: 12% or 18%)",
  "The plan growth rate isn't approved yet (12% or 18%): which should the forecast use?", where="context")
N("data", "forecast sheet: next year's monthly = this year's monthly * 1.12", "Planning doc: growth rate 12% (approved 2024-05-30)")
Y("data", "Please anonymise the survey responses before sharing with the agency: remove names and emails, keep the free-text comments exactly as written.",
  "survey.csv: name, email, team, comment (several comments mention colleagues by full name)",
  "contradictory", "context_conflict", "several comments mention colleagues by full name",
  "Some comments contain colleagues' full names: should I redact names inside comments, or keep them exactly as written?", where="context")
N("data", "anonymise survey.csv: drop name and email columns, replace team with a random id, leave comments",
  "survey.csv: name, email, team, comment")
Y("data", "merge Q1 and Q2 exports into one sheet, same columns",
  "q1_export.xlsx columns: Date, Region, Units, Revenue (EUR)\nq2_export.xlsx columns: Date, Region, Units, Revenue (USD)",
  "contradictory", "currency", "Revenue (EUR)\nq2_export.xlsx columns: Date, Region, Units, Revenue (USD)",
  "Q1 revenue is in EUR and Q2 in USD: convert one of them (at which rate), or keep separate columns?", where="context")
N("data", "append q2_export under q1_export in one sheet (same columns, both EUR)",
  "q1_export.xlsx columns: Date, Region, Units, Revenue (EUR)\nq2_export.xlsx columns: Date, Region, Units, Revenue (EUR)")
Y("data", "Bucket customers into small/medium/large by annual spend for the segmentation deck.",
  "customers_spend.csv: customer_id, annual_spend_usd (min 0, p50 2,400, p90 41,000, max 2.1M)",
  "missing", "threshold", "small/medium/large",
  "What spend cut-offs separate small, medium and large customers?")
N("data", "bucket customers by annual_spend_usd: small < 5k, medium 5k–50k, large > 50k",
  "customers_spend.csv: customer_id, annual_spend_usd")
Y("data", "hey quick one — the 'Active users' number on the product dash and the growth dash don't match, can you make them match?",
  "Product dash 'Active users': distinct users with any event, trailing 7d\nGrowth dash 'Active users': distinct users with a session > 1 min, trailing 28d",
  "ambiguous", "metric_definition", "trailing 7d\nGrowth dash 'Active users': distinct users with a session > 1 min, trailing 28d",
  "The two dashboards use different definitions (any event over 7 days vs session > 1 min over 28 days): which one should both use?", where="context")
N("data", "rename the growth dash tile to 'Active users (28d, session > 1 min)' so it's clearly different from the product one",
  "Product dash 'Active users': distinct users with any event, trailing 7d\nGrowth dash 'Active users': distinct users with a session > 1 min, trailing 28d")

P("data", "Sheet 'Timesheets': Employee, Date, Project, Hours (some rows have Hours > 16)",
  "Cap Hours at 12 for any row above 16 and flag the row in a new column 'capped'.",
  "Fix the timesheet rows with weird hours and flag them in a new column 'capped'.",
  "missing", "threshold", "weird hours",
  "What counts as weird hours (above 16?) and what should they be capped to?")
P("data", None,
  "Convert the durations column from 'hh:mm:ss' strings to total seconds (int).",
  "Convert the durations column from 'hh:mm:ss' strings to minutes, as an integer, and keep the seconds precision.",
  "contradictory", "format", "as an integer, and keep the seconds precision",
  "Integer minutes can't keep seconds: should it be fractional minutes or integer seconds?")
P("data", "Looker explore 'orders' has measures: count, total_revenue, total_revenue_net, average_order_value",
  "Make a look: total_revenue_net by week for 2024, line chart.",
  "Make a look: revenue by week for 2024, line chart.",
  "ambiguous", "column_choice", "total_revenue, total_revenue_net",
  "Should the look use total_revenue (gross) or total_revenue_net?", where="context")
P("data", None,
  "Split full_name into first_name and last_name on the last space; single-word names go to last_name.",
  "Split full_name into first_name and last_name.",
  "missing", "format", "Split full_name",
  "How should names with more than two words or a single word be split (e.g. on the last space)?")
P("data", "inventory.csv: sku, qty, unit (values: 'pcs', 'box' (12 pcs), 'case' (48 pcs))",
  "Total units in pcs: convert box to 12 and case to 48, then sum qty.",
  "Total units: sum the qty column, no need to look at the unit column.",
  "contradictory", "unit", "no need to look at the unit column",
  "qty is in mixed units (pcs, box, case): should I convert to pieces before summing?")
P("data", "ab_test_results.csv: variant, users, conversions (A: 10,212 / 412, B: 10,190 / 455)",
  "Is B's conversion rate significantly better than A's? Two-proportion z-test, one-sided, alpha 0.05.",
  "Is B significantly better than A? Use whatever test, alpha 0.05, two-sided since we only care whether B is better.",
  "contradictory", "conflicting_instructions", "two-sided since we only care whether B is better",
  "Should the test be one-sided (B better than A) or two-sided?")
P("data", None,
  "Resample the 1-second sensor series to 1-minute means, labels at the left edge, UTC.",
  "Resample the 1-second sensor series to a coarser interval for the dashboard.",
  "missing", "granularity", "a coarser interval",
  "Which interval (1 min, 5 min, 1 h) and which aggregation (mean, max)?")
P("data", "Google Sheet 'Hiring plan' is shared with: recruiting@ (edit), finance@ (view)",
  "Give hiring managers view access to the Hiring plan sheet via the group hiring-managers@.",
  "Give hiring managers access to the Hiring plan sheet, same as finance has but so they can update their rows.",
  "contradictory", "permission_level", "same as finance has but so they can update their rows",
  "Finance has view-only: should hiring managers get view or edit access?")
# ---------------------------------------------------------------------------
# Ops: more stand-alone items
# ---------------------------------------------------------------------------

Y("ops", "deploy the latest build to staging", "$ gh run list -w build --limit 2\n✓ build  main            #5512  20m ago  sha 8e1f2c0\n✓ build  feature/search  #5513  5m ago   sha 1d0c9ab",
  "ambiguous", "version", "✓ build  feature/search  #5513  5m ago   sha 1d0c9ab",
  "The latest build is from feature/search (#5513), the latest main build is #5512: which one should go to staging?", where="context")
N("ops", "can you deploy the latest main build to staging? the QA team is waiting on it", "$ gh run list -w build --limit 2\n✓ build  main            #5512  20m ago  sha 8e1f2c0\n✓ build  feature/search  #5513  5m ago   sha 1d0c9ab")
Y("ops", "We're getting paged for high CPU on the db every night at 1am, it's the analytics export. Can you move the export to a quieter time? Ideally when traffic is lowest.",
  "Traffic dashboard (last 7 days, UTC): lowest at 03:00–05:00 on weekdays, 06:00–08:00 on weekends",
  "ambiguous", "schedule", "lowest at 03:00–05:00 on weekdays, 06:00–08:00 on weekends",
  "Should the export use one fixed time (e.g. 04:00 UTC daily), or different weekday/weekend times?", where="context")
N("ops", "move the analytics export cron from 01:00 to 04:00 UTC every day")
Y("ops", "upgrade node on the api servers to the LTS",
  "$ ansible api -m shell -a 'node --version'\napi-1 | v18.20.2\napi-2 | v18.20.2\n(Node 20 and 22 are both LTS as of now)",
  "ambiguous", "version", "(Node 20 and 22 are both LTS as of now)",
  "Node 20 and 22 are both LTS: which major version should the api servers move to?", where="context")
N("ops", "upgrade node on api-1 and api-2 to v20.14.0 via the nodesource repo, one host at a time")
Y("ops", "please restart nginx on the web servers, one at a time, all at once is fine too actually if quicker, but we can't drop traffic",
  "Inventory group web: web-1, web-2 (behind the same LB)",
  "contradictory", "conflicting_instructions", "all at once is fine too actually if quicker, but we can't drop traffic",
  "Restarting both web servers at once would drop traffic: should I do a rolling restart one at a time?")
N("ops", "rolling restart of nginx on web-1 then web-2, drain each from the LB first")
Y("ops", "Someone accidentally deleted the 'reports' folder on the shared drive this morning. Restore it from backup please.",
  "Backups of fileserver-01: hourly snapshots kept 24h, daily at 00:00 kept 30 days\nDeletion time unknown ('this morning')",
  "missing", "referent", "Deletion time unknown ('this morning')",
  "Roughly when was the folder deleted, so I can pick the last hourly snapshot before it (or should I use last night's 00:00 daily)?", where="context")
N("ops", "restore the 'reports' folder from last night's 00:00 snapshot of fileserver-01 into /shared/reports-restored")
Y("ops", "add a new worker node to the cluster, same spec as the others",
  "$ kubectl get nodes -L node.kubernetes.io/instance-type\nnode-a  Ready  m6i.2xlarge\nnode-b  Ready  m6i.2xlarge\nnode-c  Ready  c6i.4xlarge",
  "ambiguous", "target", "node-c  Ready  c6i.4xlarge",
  "Nodes aren't all the same spec (two m6i.2xlarge, one c6i.4xlarge): which instance type should the new one be?", where="context")
N("ops", "we need one more m6i.2xlarge node in the default node group, can you add it? the cluster is tight",
  "$ kubectl get nodes -L node.kubernetes.io/instance-type\nnode-a  Ready  m6i.2xlarge\nnode-b  Ready  m6i.2xlarge")
Y("ops", "Please close the security group rule that allows ssh from anywhere, but keep ssh working for the vendor since they don't have a fixed IP.",
  "sg-0ssh inbound: 22 from 0.0.0.0/0 (added for vendor Acme Support)",
  "contradictory", "conflicting_instructions", "keep ssh working for the vendor since they don't have a fixed IP",
  "Closing 0.0.0.0/0 will cut off the vendor without a fixed IP: should they move to the VPN/bastion, or should the rule stay for now?")
N("ops", "remove the 0.0.0.0/0 ssh rule from sg-0ssh; the vendor uses the bastion now")
Y("ops", "create the monthly partition for the events table",
  "events is partitioned by month; existing partitions: events_2024_05, events_2024_06; today is 2024-06-28",
  "ambiguous", "period", "events_2024_05, events_2024_06; today is 2024-06-28",
  "June's partition already exists: should I create events_2024_07 (next month), or more months ahead?", where="context")
N("ops", "create partition events_2024_07 for the events table (range 2024-07-01 to 2024-08-01)")
Y("ops", "the staging db password got posted in slack, rotate it. and update the apps, there's only the one that uses it.",
  "Consumers of secret 'staging-db-password' (vault audit): api-staging, worker-staging, metabase-staging",
  "contradictory", "context_conflict", "api-staging, worker-staging, metabase-staging",
  "Three apps use this secret (api, worker, metabase in staging), not one: should all three be updated with the new password?", where="context")
N("ops", "rotate staging-db-password and roll api-staging, worker-staging and metabase-staging so they pick it up")
Y("ops", "set up an uptime check for the new endpoint",
  "Recently added routes (last 7 days): /api/v2/quotes, /api/v2/exports, /partners/webhook",
  "ambiguous", "referent", "/api/v2/quotes, /api/v2/exports, /partners/webhook",
  "Which of the new endpoints (/api/v2/quotes, /api/v2/exports, /partners/webhook) needs the uptime check?", where="context")
N("ops", "uptime check on https://api.example.com/api/v2/quotes every 1 min from 3 regions, alert after 2 failures")
Y("ops", "I need the prod DB connection string for the new analytics service. Can you add it to its secrets? Read-only user obviously, and it needs to write its own tables there too.",
  None, "contradictory", "permission_level", "Read-only user obviously, and it needs to write its own tables there too",
  "Should the analytics service's DB user be read-only, or have write access to its own schema?")
N("ops", "create a read-only postgres role analytics_ro on orders-prod and put its connection string in the analytics service's secret")
Y("ops", "Enable autoscaling on the node group, min 3 max 10. Current desired is 12 and that's fine.",
  None, "contradictory", "threshold", "Current desired is 12 and that's fine",
  "A max of 10 would force the group down from 12 nodes: should max be at least 12, or is scaling down to 10 intended?")
N("ops", "enable cluster-autoscaler on node group ng-general, min 3, max 10 (currently running 5)")
Y("ops", "bump the api's DB pool size, it's exhausting connections",
  "api config: DB_POOL_SIZE=20 per pod, 12 pods; postgres max_connections=300 (other services use ~40)",
  "missing", "threshold", "DB_POOL_SIZE=20 per pod, 12 pods; postgres max_connections=300",
  "With 12 pods the pool can only go to ~21 before hitting max_connections: what pool size do you want, and should max_connections go up too?", where="context")
N("ops", "raise DB_POOL_SIZE from 20 to 21 per api pod (12 pods) — that keeps us under max_connections 300")
Y("ops", "run the data retention job for the EU customers now. GDPR says 30 days. Our policy page says 90.",
  None, "contradictory", "conflicting_instructions", "GDPR says 30 days. Our policy page says 90.",
  "Which retention period should the job apply for EU customers: 30 or 90 days?")
N("ops", "run the retention job with --region eu --days 90, dry run first and send me the counts")
Y("ops", "ok the incident is over, close it out",
  "Open incidents: INC-2291 (checkout EU, mitigated 14:40), INC-2294 (search latency, investigating)",
  "ambiguous", "referent", "INC-2294 (search latency, investigating)",
  "Which incident should be closed: INC-2291 (mitigated) or INC-2294?", where="context")
N("ops", "please resolve INC-2291 and post the resolved update on the status page, but keep the postmortem ticket open", "Open incidents: INC-2291 (checkout EU, mitigated 14:40)")
Y("ops", "The team wants the staging environment to mirror production. Please make it match exactly, but keep it at a single replica for everything to save costs.",
  None, "contradictory", "conflicting_instructions", "make it match exactly, but keep it at a single replica",
  "Should staging match production's replica counts, or stay at one replica (matching config only)?")
N("ops", "sync staging helm values with prod's, except replicaCount stays 1 everywhere")
Y("ops", "give the QA contractor read access to the logs",
  "Log access: Kibana (prod + staging indices), CloudWatch (prod account), Loki (staging)",
  "missing", "scope", "Kibana (prod + staging indices), CloudWatch (prod account), Loki (staging)",
  "Which log system and environment should the QA contractor get access to (staging only, or prod too)?", where="context")
N("ops", "can you give qa.contractor@vendor.io Viewer on the staging Loki datasource in Grafana? they need it for the test run")
Y("ops", "Can you set the TTL on the session keys in redis? Currently they never expire. 30 minutes sounds right, but customers complain about being logged out after an hour, so longer than that.",
  None, "contradictory", "threshold", "30 minutes sounds right, but customers complain about being logged out after an hour, so longer than that",
  "What TTL should session keys get: 30 minutes, or something longer than an hour?")
N("ops", "set a 24h TTL on new session:* keys in redis (sliding, refreshed on each request)")
Y("ops", "Put the new version of the pricing service behind a feature flag at 10%, and roll it out to everyone by Friday.",
  None, "missing", "schedule", "roll it out to everyone by Friday",
  "What ramp schedule between 10% today and 100% on Friday (e.g. 10/25/50/100), and what metrics gate each step?")
N("ops", "pricing-v2 flag: 10% today, 50% Wednesday, 100% Friday if error rate stays under 0.5%")
Y("ops", "let's spin up a copy of prod for the load test next week",
  "prod stack: 14 services, orders-prod (db.r6g.4xlarge, 2TB), Redis cluster, MSK; monthly cost ~$38k",
  "missing", "scope", "a copy of prod",
  "Should the copy be full-size (incl. the 2TB DB and MSK, ~$38k/month prorated) or scaled down, and for how many days?")
N("ops", "let's spin up a copy of the checkout service + its db at 1/4 size in the loadtest account for next week")
Y("ops", "Need cron on batch-02 to purge /tmp/uploads every 15 min. It's urgent. Make it every hour, that's enough.",
  None, "contradictory", "schedule", "every 15 min. It's urgent. Make it every hour",
  "Should the purge run every 15 minutes or every hour?")
N("ops", "can you add a cron on batch-02 that runs find /tmp/uploads -mmin +60 -delete every 15 min? the disk keeps filling up")
Y("ops", "update the runbook for the db failover, things changed",
  "runbooks/db-failover.md last edited 2023-02; since then: migrated to Aurora (2023-11), new DNS name db-writer.internal",
  "missing", "scope", "things changed",
  "Which changes should the runbook reflect: the Aurora migration and the new db-writer.internal DNS name, or anything else?")
N("ops", "update runbooks/db-failover.md: replace RDS promote steps with Aurora failover (aws rds failover-db-cluster) and db.internal with db-writer.internal")
Y("ops", "open a PR that bumps the base image across all our services",
  "Dockerfiles: 9 services FROM python:3.11-slim, 3 services FROM node:18-alpine, 1 FROM golang:1.21",
  "missing", "version", "bumps the base image",
  "Which base images and to which versions (e.g. python:3.12-slim, node:20-alpine)?")
N("ops", "can you open a PR bumping the 9 python:3.11-slim Dockerfiles to python:3.11.9-slim? we need the CVE fix in it")
# ---------------------------------------------------------------------------
# SQL: more stand-alone items, ambiguity heavy
# ---------------------------------------------------------------------------

Y("sql", "sales by region for last quarter", RETAIL,
  "ambiguous", "period", "last quarter",
  "Which quarter do you mean (Q1 or Q2 2024, calendar or fiscal), and does 'sales' mean order count or amount?")
Y("sql", "how many customers do we have", RETAIL + "\n-- customers: 84,112 rows; 31,905 have never placed an order",
  "ambiguous", "scope", "31,905 have never placed an order",
  "Should customers who never ordered (31,905 sign-ups) be counted, or only those with at least one order?", where="context")
N("sql", "could you tell me how many customer rows there are in total? just the one number is fine", RETAIL)
Y("sql", "orders by week in 2024, by store, as a pivot", RETAIL + "\n-- stores.region and stores.name both used as 'store' in past reports",
  "ambiguous", "granularity", "stores.region and stores.name both used as 'store' in past reports",
  "Pivot by individual store (name) or by region?", where="context")
N("sql", "orders by ISO week in 2024 per store name, wide format (one column per store)", RETAIL)
Y("sql", "What's the churn rate?", SAAS,
  "missing", "period", "What's the churn rate?",
  "Churn over which period (monthly, quarterly, for a specific month), and logo churn or MRR churn?")
N("sql", "what share of accounts created in 2023 have churned_at set?", SAAS)
Y("sql", "expansion revenue last month — accounts that upgraded plan", SAAS,
  "missing", "column_choice", "accounts that upgraded plan",
  "There's no plan history in the schema: how can I tell which accounts upgraded last month?")
Y("sql", "users with the admin role in enterprise accounts", SAAS + "\n-- DISTINCT users.role: owner, admin, Admin, member, billing_admin",
  "ambiguous", "status_filter", "owner, admin, Admin, member, billing_admin",
  "Should 'admin' include 'Admin' (case variant), 'owner' and 'billing_admin', or only the exact value 'admin'?", where="context")
N("sql", "users whose lower(role) = 'admin' in enterprise accounts, email + account name", SAAS)
Y("sql", "who are our highest-paid people? need it for the comp committee", HR,
  "missing", "top_n", "highest-paid people",
  "How many people should the list include, and should pay be base salary or base plus target bonus?")
N("sql", "we need the top 10 current employees by base_salary, with department name, so the comp committee can review them", HR)
Y("sql", "people who joined recently in the Lisbon office", HR,
  "missing", "period", "joined recently",
  "What window counts as recently (last 30 days, 90 days, this year)?")
N("sql", "people who joined the Lisbon office recently, i.e. hire_date on or after 2024-04-01", HR)
Y("sql", "headcount in Berlin vs remote", HR,
  "ambiguous", "scope", "Berlin, Lisbon, Remote-EU, Toronto",
  "Does 'remote' mean the Remote-EU location only, and should Lisbon and Toronto be left out?", where="context")
Y("sql", "Shipments per day for the Paris hub", LOGI + "\n-- hubs in Paris: CDG1 (air), PAR2 (road)",
  "ambiguous", "entity_identity", "CDG1 (air), PAR2 (road)",
  "Paris has two hubs (CDG1 air and PAR2 road): one or both, and origin or destination?", where="context")
N("sql", "please pull the shipments created per day at origin_hub PAR2 in June 2024, so we can compare with the road hub forecast", LOGI)
Y("sql", "what's the average delivery time", LOGI,
  "missing", "scope", "what's the average delivery time",
  "For which period and carriers, and measured from created_at or picked_up_at?")
Y("sql", "return rate by carrier", LOGI,
  "missing", "period", "return rate by carrier",
  "Over what period should the return rate be computed?")
N("sql", "return rate by carrier for shipments created in 2024: returned / all", LOGI)
Y("sql", "How busy was each clinic last month?", CLINIC,
  "ambiguous", "metric_definition", "How busy",
  "Should 'busy' be measured by completed appointments, all booked appointments, or distinct patients?")
N("sql", "can you get me the completed appointments per clinic in May 2024? our ops lead needs it for the staffing plan", CLINIC)
Y("sql", "Outstanding claims by payer", CLINIC,
  "ambiguous", "status_filter", "submitted, paid, denied, appealed",
  "Does outstanding mean status submitted only, or also appealed (and partially paid)?", where="context")
N("sql", "claims with status 'submitted' older than 30 days, by payer", CLINIC)
Y("sql", "Monthly balance per account for 2024", BANK,
  "missing", "column_choice", "transactions(txn_id bigint pk, account_id bigint",
  "There's no balance column or opening balance: should the balance be a cumulative sum of transactions from zero, or is there a balances table?", where="context")
N("sql", "please give me the monthly net flow per account for 2024 (credits minus debits), our treasury team wants it", BANK)
Y("sql", "suspicious transactions over the weekend", BANK,
  "missing", "threshold", "suspicious",
  "What rule should flag a transaction as suspicious (amount threshold, unusual merchant, velocity)?")
N("sql", "can you pull the debits over 5,000 USD posted on the weekend? that's 2024-06-08 and 2024-06-09 for us", BANK)
Y("sql", "playtime per player this week", GAME + "\n-- sessions.ended_at is null for ~4% of sessions (client crash)",
  "missing", "null_handling", "sessions.ended_at is null for ~4% of sessions (client crash)",
  "How should sessions without ended_at be handled: excluded, or capped at some length?", where="context")
N("sql", "total playtime (hours) per player for 2024-06-03..09, sessions with ended_at only", GAME)
Y("sql", "most popular items", GAME,
  "ambiguous", "metric_definition", "most popular",
  "Popular by number of purchases, distinct buyers, or revenue, and over what period?")
N("sql", "top 20 item_id by distinct buyers in May 2024, non-refunded", GAME)
Y("sql", "battery trend for the warehouse sensors", IOT + "\n-- sites with 'warehouse' in the name: 2, 5, 6",
  "ambiguous", "granularity", "battery trend",
  "Trend at what granularity (daily average per device, per site) and over what period?")
N("sql", "daily avg battery_v per device for sites 2, 5 and 6, last 30 days", IOT)
Y("sql", "uptime per device last month", IOT,
  "missing", "metric_definition", "uptime",
  "How should uptime be defined: share of expected readings received (at what interval), or time without open critical alerts?")
Y("sql", "bookings this summer by channel", HOTEL,
  "ambiguous", "period", "this summer",
  "Does 'this summer' mean stays in June–August 2024, or bookings made in that period?")
N("sql", "bookings made (booked_at) in June–August 2024, by channel", HOTEL)
Y("sql", "cancellations for the Porto hotel", HOTEL + "\n-- hotels in Porto: (12, 'Ribeira Riverside'), (18, 'Porto Boavista Suites')",
  "ambiguous", "entity_identity", "(12, 'Ribeira Riverside'), (18, 'Porto Boavista Suites')",
  "There are two Porto hotels (12 and 18): which one, and over what period?", where="context")
Y("sql", "best performing campaigns", ADS,
  "ambiguous", "metric_definition", "best performing",
  "Best by which metric (ROAS, conversions, CTR, cost per conversion), and over what period?")
N("sql", "top 5 campaigns by conversions, last 30 days", ADS)
Y("sql", "heavy users per plan", TELCO,
  "missing", "threshold", "heavy users",
  "What data/voice usage threshold (and over what period) makes a heavy user?")
Y("sql", "claims by month", INSUR,
  "ambiguous", "column_choice", "loss_date date, reported_date date",
  "Bucket claims by loss_date or reported_date?", where="context")
N("sql", "claims by month of reported_date, 2024", INSUR)
Y("sql", "average sale price per city this year", REALTY + "\n-- 'Springfield' appears for listings in 3 different states",
  "ambiguous", "entity_identity", "'Springfield' appears for listings in 3 different states",
  "City names repeat across states (e.g. Springfield): group by city alone or by city and state (no state column — is there one elsewhere)?", where="context")
N("sql", "busiest local hour per location by ticket count, June 2024 (use locations.tz)", RESTO)
Y("sql", "overdue items by branch", LIB,
  "ambiguous", "column_choice", "loans(loan_id pk, item_id, member_id, branch_id",
  "By the branch where the item was checked out (loans.branch_id) or the item's home branch?", where="context")
Y("sql", "delays at LIS last week", AIR,
  "ambiguous", "scope", "delays at LIS",
  "Departures from LIS, arrivals into LIS, or both, and what delay threshold counts?")
N("sql", "avg departure delay (minutes, early = 0) for flights with origin 'LIS', 2024-06-03..09", AIR)
# ---------------------------------------------------------------------------
# Mixed: final batch (chat with typos, pasted output, long tickets)
# ---------------------------------------------------------------------------

Y("ops", "yo the deploy pipeline is stuck on the approval step again, can u just approve it for me? its the one for checkout",
  "Pending approvals: checkout-service → production (requested by @dana, 2h ago); checkout-service → staging (requested by @lee, 10m ago)",
  "ambiguous", "environment", "checkout-service → production (requested by @dana, 2h ago); checkout-service → staging",
  "There are two pending checkout approvals, production (from Dana) and staging (from Lee): which one should be approved?", where="context")
N("ops", "approve the pending checkout-service → staging deployment, @lee asked in #deploys",
  "Pending approvals: checkout-service → staging (requested by @lee, 10m ago)")
Y("ops", "Hey team — following up on yesterday's retro, we agreed to tighten the alerting on the payments API. Can someone lower the p99 latency alert threshold? The one in the payments folder. Thanks!",
  "Grafana alert rules in folder 'payments': api-p99-latency (> 800ms for 5m), api-p99-latency-eu (> 1200ms for 5m)",
  "missing", "threshold", "lower the p99 latency alert threshold",
  "What new threshold should the p99 latency alert use, and for api-p99-latency, api-p99-latency-eu, or both?")
N("ops", "lower api-p99-latency in the payments folder from 800ms to 500ms, keep the 5m pending period")
Y("ops", "pls spin up 3 more runners for CI, same labels as the existing ones, but with GPUs so the model tests can run on them",
  "Self-hosted runners: runner-1..4, labels [self-hosted, linux, x64], instance type c6i.2xlarge (no GPU)",
  "contradictory", "context_conflict", "instance type c6i.2xlarge (no GPU)",
  "The existing runners have no GPU: should the new GPU runners get an extra label (e.g. gpu) so jobs target them, and which GPU instance type?", where="context")
N("ops", "add 3 more CI runners like runner-1..4 (c6i.2xlarge, labels self-hosted/linux/x64)")
Y("ops", "need the list of everyone with prod access for the SOC2 audit, by friday. include the service accounts too, humans only.",
  None, "contradictory", "scope", "include the service accounts too, humans only",
  "Should service accounts be included in the prod-access list, or only humans?")
N("ops", "export everyone (humans and service accounts) with any role in the acme-prod project, with role and last activity, as CSV")
Y("ops", "The cron that emails the finance report runs twice sometimes. Fix it.",
  "crontab on batch-01 and on batch-02 (both): 0 7 * * 1 /opt/jobs/finance_report.sh",
  "ambiguous", "target", "crontab on batch-01 and on batch-02 (both)",
  "The job is scheduled on both batch-01 and batch-02: which host should keep it?", where="context")
N("ops", "remove the finance_report cron line from batch-02; batch-01 keeps it",
  "crontab on batch-01 and on batch-02 (both): 0 7 * * 1 /opt/jobs/finance_report.sh")
Y("ops", "terraform apply for the vpc module pls, the plan looked good to me yesterday",
  "$ terraform plan (now)\n~ aws_route_table.private: 2 routes to change\n- aws_nat_gateway.az_b (will be destroyed)\nPlan: 0 to add, 1 to change, 1 to destroy.",
  "contradictory", "context_conflict", "- aws_nat_gateway.az_b (will be destroyed)",
  "Today's plan destroys the NAT gateway in az_b: is that what you reviewed yesterday, or has the plan drifted?", where="context")
N("ops", "run terraform plan for the vpc module and paste it in the PR, don't apply")
Y("data", "Can you take the Q2 pipeline export and remove everything that's not relevant for the EMEA review? The deck is due Monday and Karen needs it cleaned by tomorrow.",
  "pipeline_q2.csv: 4,210 opportunities; columns: region (EMEA/NA/APAC), stage, amount, owner, close_date, is_test",
  "missing", "scope", "remove everything that's not relevant",
  "Besides non-EMEA regions, what should be removed (closed-lost, test rows, certain stages or columns)?")
N("data", "filter pipeline_q2.csv to region = EMEA and is_test = false, keep all columns",
  "pipeline_q2.csv: 4,210 opportunities; columns: region (EMEA/NA/APAC), stage, amount, owner, close_date, is_test")
Y("data", "add a 'days since last order' column to the customer sheet",
  "Customer sheet: columns Customer, Email, Last order (mixed: some dates, some 'n/a', some blank)",
  "missing", "null_handling", "some 'n/a', some blank",
  "For customers with 'n/a' or blank last order dates, what should the column show?", where="context")
N("data", "add a 'days since last order' column = TODAY() - Last order; leave it blank where Last order is blank",
  "Customer sheet: columns Customer, Email, Last order (date, blank for never ordered)")
Y("data", "the revenue chart on the board dashboard should use fiscal quarters",
  "Company wiki: fiscal year starts February 1; Finance team sheet: 'FY starts April 1 (since 2023 reorg)'",
  "contradictory", "context_conflict", "Company wiki: fiscal year starts February 1; Finance team sheet: 'FY starts April 1",
  "The wiki says the fiscal year starts Feb 1 and finance's sheet says Apr 1: which fiscal calendar should the chart use?", where="context")
N("data", "switch the board revenue chart to fiscal quarters (FY starts Feb 1 per the company wiki)")
Y("data", "we need a metric for 'time to value' for new customers, can you define it and add it to the metrics layer",
  None, "missing", "metric_definition", "'time to value'",
  "What event marks 'value' for a new customer (first report created, first integration, first paid invoice)?")
N("data", "add metric time_to_first_report = first report_created_at - account created_at (median, days) to the metrics layer")
Y("data", "Pls convert the prices in the catalog sheet to euros, the rate is in the other tab",
  "Tab 'FX': USD→EUR 0.92 (2024-06-01), USD→EUR 0.93 (2024-06-12), GBP→EUR 1.18 (2024-06-12)",
  "ambiguous", "currency", "USD→EUR 0.92 (2024-06-01), USD→EUR 0.93 (2024-06-12)",
  "The FX tab has two USD→EUR rates (June 1 and June 12): which one should be used?", where="context")
N("data", "convert the catalog prices to euros using the latest USD→EUR rate in the FX tab (0.93, June 12)",
  "Tab 'FX': USD→EUR 0.92 (2024-06-01), USD→EUR 0.93 (2024-06-12)")
Y("sql", "listen, the CEO saw a number in a slide that says 12k active customers and our dashboard shows 9.8k. can you get me the real number? use orders.",
  RETAIL,
  "missing", "metric_definition", "the real number",
  "What definition of active customer should I use (ordered in the last 30/90/365 days, which statuses) so the number can be compared?")
N("sql", "customers with at least one non-cancelled order in the trailing 90 days as of today", RETAIL)
Y("sql", "need cohort LTV at 12 months for 2023 signups. revenue = order totals. exclude refunds. keep refunded orders since they're part of LTV",
  RETAIL, "contradictory", "status_filter", "keep refunded orders since they're part of LTV",
  "Should refunded orders be excluded from LTV or kept?")
N("sql", "12-month LTV per monthly signup cohort for 2023: sum(total) of paid/shipped/delivered orders within 365 days of signup_at, divided by cohort size", RETAIL)
Y("sql", "cost per hire by department for last year — recruiting costs are in the finance system",
  HR, "missing", "column_choice", "recruiting costs are in the finance system",
  "Recruiting costs aren't in this database: how can I get them (an export, a table name)?")
Y("sql", "avg basket for app vs web orders in May", RETAIL,
  "missing", "column_choice", "app vs web",
  "The orders table has no channel column: how can app and web orders be told apart?")
N("sql", "avg order total per store region in May 2024, delivered only", RETAIL)
Y("sql", "sessions per user last week — one caveat, we had that outage tuesday so skip that day. actually don't skip it, product wants the raw number.",
  GAME, "contradictory", "conflicting_instructions", "actually don't skip it",
  "Should Tuesday (the outage day) be excluded or included?")
N("sql", "sessions per player for 2024-06-03..09, excluding Tuesday 2024-06-04 (outage)", GAME)
Y("ops", "extend the cert on the internal registry before it expires",
  "$ echo | openssl s_client -connect registry.internal:5000 2>/dev/null | openssl x509 -noout -issuer -enddate\nissuer=CN = Acme Internal CA\nnotAfter=Jun 20 12:00:00 2024 GMT\n(Acme Internal CA private key is held by the security team only)",
  "missing", "permission_level", "Acme Internal CA private key is held by the security team only",
  "The cert is issued by the internal CA whose key only security holds: should I request a new cert from security (and who is the contact)?", where="context")
N("ops", "extend the cert on registry.internal: generate a CSR and send it to security for signing by the internal CA")
Y("ops", "Hi, new joiner here 👋 — I was told to ask you to get me set up on the VPN. Thanks so much!",
  "VPN profiles: eng-full (prod + staging), eng-staging (staging only), support (support tools only)",
  "missing", "permission_level", "eng-full (prod + staging), eng-staging (staging only), support (support tools only)",
  "Which VPN profile should the new joiner get (eng-full, eng-staging or support), and who is their manager for approval?", where="context")
N("ops", "create a VPN profile eng-staging for new joiner mia.k@example.com (approved by her manager in IT-812)")

P("ops", "$ kubectl -n batch get cronjobs\nNAME          SCHEDULE     SUSPEND\nexport-a      0 2 * * *    False\nexport-b      30 2 * * *   False",
  "suspend export-b until the warehouse migration is done",
  "suspend the export cronjob until the warehouse migration is done",
  "ambiguous", "target", "export-a      0 2 * * *    False\nexport-b",
  "There are two export cronjobs (export-a and export-b): which one, or both?", where="context")
P("ops", None,
  "Add a 2 GB swap file on build-03 and set vm.swappiness=10.",
  "Add swap on build-03 and set vm.swappiness=10, but no disk space can be used on it.",
  "contradictory", "conflicting_instructions", "no disk space can be used on it",
  "A swap file needs disk space: how much can be used, or should it be zram instead?")
P("sql", IOT,
  "Readings per device per day for June 2024, UTC days, counting rows.",
  "Readings per device per day for June 2024, counting rows, days in local time.",
  "ambiguous", "timezone", "days in local time",
  "Local to whom: each site's tz (sites.tz) or your own timezone?")
P("sql", EDU,
  "Average enrollments per student for 2024SP, drops excluded.",
  "Average enrollments per student for 2024SP, drops excluded, counting all students including those not enrolled that term.",
  "ambiguous", "scope", "counting all students including those not enrolled that term",
  "Should graduated and withdrawn students (not enrolled) count as zeros, or only active students?")
P("data", "kpi_sheet: columns Month, Signups, Activated, Paid",
  "Add an 'activation rate' column = Activated / Signups for each month.",
  "Add a conversion column for each month.",
  "ambiguous", "metric_definition", "a conversion column",
  "Which conversion: Activated / Signups, Paid / Signups, or Paid / Activated?")
P("data", None,
  "Replace the pie chart of revenue by country with a horizontal bar chart sorted descending.",
  "Replace the pie chart with something better.",
  "missing", "target", "something better",
  "Which pie chart, and what chart type should replace it?")
P("ops", "Ticket INFRA-501: 'Grow data volume on es-data-1, es-data-2 to 1TB'",
  "Grow the data volumes on es-data-1 and es-data-2 to 1TB each, per INFRA-501.",
  "Grow the data volumes on all the es nodes to 1TB each, per INFRA-501.",
  "contradictory", "context_conflict", "'Grow data volume on es-data-1, es-data-2 to 1TB'",
  "INFRA-501 covers only es-data-1 and es-data-2: should the other es nodes be grown too?", where="context")
P("sql", BANK,
  "Number of accounts per kind opened in 2024.",
  "Number of accounts per kind opened in 2024, counting customers not accounts.",
  "contradictory", "aggregation", "counting customers not accounts",
  "Do you want the number of accounts or of distinct customers per kind?")
P("ops", None,
  "Rotate the GitHub deploy key for repo acme/infra and update it in the ArgoCD repo secret.",
  "Rotate the deploy key and update it wherever it's used.",
  "missing", "target", "the deploy key",
  "Which repository's deploy key, and which systems use it?")
P("sql", LOGI,
  "Shipments in transit right now, by carrier (status in_transit or out_for_delivery).",
  "Shipments in transit right now, by carrier, any status that means it's on the road.",
  "ambiguous", "status_filter", "any status that means it's on the road",
  "Should out_for_delivery count as in transit along with in_transit?")
# ---------------------------------------------------------------------------
# Last batch: stand-alone blockers of all three types
# ---------------------------------------------------------------------------

Y("ops", "Our build cache bucket is costing a fortune. Set a lifecycle rule to delete objects after a while, the team said anything older than a week is useless but keep the release artifacts forever.",
  "s3://acme-build-cache: prefixes cache/, artifacts/, tmp/ (no naming convention for release vs non-release artifacts)",
  "missing", "scope", "no naming convention for release vs non-release artifacts",
  "How can release artifacts be told apart from others in artifacts/ (a tag, a prefix, a name pattern)?", where="context")
Y("ops", "Could you whitelist the partner's webhook IPs on the API firewall? They sent them over last week, should be in the email thread with their integration team.",
  None, "missing", "target", "should be in the email thread",
  "What are the partner's webhook IP addresses or ranges?")
Y("ops", "please scale the consumer deployment down to zero over the weekend and make sure the queue keeps draining",
  None, "contradictory", "conflicting_instructions", "make sure the queue keeps draining",
  "With zero consumers the queue can't drain: should it scale to zero or keep a minimum number of replicas (how many)?")
Y("ops", "restart the statefulset that's stuck, careful it's a database",
  "$ kubectl get sts -A\nNAMESPACE  NAME        READY\ndata       postgres    2/3\ndata       clickhouse  1/2",
  "ambiguous", "target", "data       clickhouse  1/2",
  "Both postgres (2/3) and clickhouse (1/2) are not fully ready: which statefulset should be restarted?", where="context")
Y("ops", "move the cron jobs from batch-01 to the new box and delete them from batch-01, keep batch-01 running them until we confirm though",
  None, "contradictory", "conflicting_instructions", "delete them from batch-01, keep batch-01 running them until we confirm",
  "Should the cron jobs be removed from batch-01 now, or left running there until the new box is confirmed?")
Y("ops", "Revert the helm values change from this morning, it broke search.",
  "$ git log --since=today --oneline -- charts/search/values-prod.yaml\n4e2a1b0 raise search heap to 8g\n7f90c33 enable slowlog\n0d1c8e9 bump search replicas to 5",
  "ambiguous", "referent", "4e2a1b0 raise search heap to 8g\n7f90c33 enable slowlog\n0d1c8e9 bump search replicas to 5",
  "Three values changes landed this morning (heap, slowlog, replicas): which one broke search, or revert all three?", where="context")
Y("ops", "set the nodes' timezone to local so the logs are easier to read",
  "Fleet: 40 hosts across eu-west-1, us-east-1 and ap-southeast-1; log pipeline assumes UTC timestamps",
  "contradictory", "timezone", "log pipeline assumes UTC timestamps",
  "The log pipeline assumes UTC, and hosts span three regions: which timezone do you mean, and should the pipeline be changed too (or just display local time in Kibana)?", where="context")
Y("ops", "Provision a Postgres instance for the new team project. Small is fine.",
  None, "missing", "environment", "Provision a Postgres instance",
  "Which environment/account and region, and which Postgres version and instance size counts as small?")
Y("ops", "Please give the intern sudo on the build server so they can install stuff, read-only though, we don't want them breaking anything",
  None, "contradictory", "permission_level", "sudo on the build server so they can install stuff, read-only though",
  "sudo and read-only conflict: should the intern get sudo (maybe limited to specific commands like apt), or only read access?")
Y("ops", "fix the failing healthcheck on the load balancer",
  "ALB target groups: tg-web (2/2 healthy), tg-api (1/3 healthy: /health returns 404 on api-2, api-3), tg-admin (0/1 healthy: timeout)",
  "ambiguous", "target", "tg-api (1/3 healthy: /health returns 404 on api-2, api-3), tg-admin (0/1 healthy: timeout)",
  "Both tg-api (404 on /health) and tg-admin (timeouts) are failing: which one, or both?", where="context")
Y("ops", "Bump our Kafka retention to a week for the clickstream topic. Disk is tight, so don't let usage grow.",
  "$ kafka-configs --describe --entity-type topics --entity-name clickstream\nretention.ms=86400000\nbroker disks: 82% used",
  "contradictory", "context_conflict", "retention.ms=86400000",
  "Going from 1 day to 7 days multiplies clickstream storage ~7x, which can't fit with disks at 82%: should I add disk, or pick a shorter retention?", where="context")
Y("data", "the finance team wants the churn chart to exclude 'involuntary' churn. can you update it?",
  "Churn chart source: accounts.churned_at; no churn reason column in accounts",
  "missing", "column_choice", "no churn reason column in accounts",
  "There's no churn reason in the data: how can involuntary churn (e.g. failed payments) be identified?", where="context")
Y("data", "Please reformat the dates in the report to the standard format.",
  "report.xlsx date columns use 'June 3, 2024'; team docs mention both ISO (2024-06-03) and dd/mm/yyyy as 'standard'",
  "ambiguous", "format", "both ISO (2024-06-03) and dd/mm/yyyy as 'standard'",
  "Which standard: ISO 2024-06-03 or dd/mm/yyyy?", where="context")
Y("data", "merge the duplicate companies in the CRM",
  "CRM: 'Acme Inc' (id 12, 40 contacts), 'ACME Incorporated' (id 87, 3 contacts), 'Acme Ltd (UK)' (id 91, 9 contacts)",
  "ambiguous", "entity_identity", "'Acme Ltd (UK)' (id 91, 9 contacts)",
  "Is Acme Ltd (UK) the same company as Acme Inc / ACME Incorporated, or a separate subsidiary that should stay separate?", where="context")
Y("data", "Can you compute median order value per month and show it as a stacked bar by category?",
  None, "contradictory", "aggregation", "median order value per month and show it as a stacked bar",
  "Medians don't add up in a stacked bar: do you want a stacked bar of totals per category, or median per category as grouped bars?")
Y("data", "exclude internal users from the dashboard numbers, like we always do",
  "Dashboard filters: none; users table has is_employee (bool) and email; 2023 notes say internal = '@acme.com' emails, 2024 notes say internal = is_employee",
  "ambiguous", "scope", "2023 notes say internal = '@acme.com' emails, 2024 notes say internal = is_employee",
  "Should internal users be identified by @acme.com email or by is_employee?", where="context")
Y("data", "Please bin ages into groups for the marketing report.",
  None, "missing", "threshold", "bin ages into groups",
  "What age bands should be used (e.g. 18–24, 25–34, 35–44, 45+)?")
Y("data", "Join the web analytics sessions to CRM contacts so we know which companies visit the site.",
  "sessions table: session_id, anonymous_id, ip, page, ts (no user_id, no email)\ncrm contacts: contact_id, email, company",
  "missing", "column_choice", "(no user_id, no email)",
  "Sessions have no user id or email: what key should link them to CRM contacts (an identify table, IP-to-company enrichment)?", where="context")
Y("data", "rank the sales reps for the leaderboard, highest first, ties broken by name, and give ties the same rank",
  None, "contradictory", "conflicting_instructions", "ties broken by name, and give ties the same rank",
  "Should tied reps share a rank, or be ordered by name with distinct ranks?")
N("data", "Weekly sales sheet: the totals row is double counting the subtotals — make it sum only rows 26 and 51.",
  "Row 52: =SUM(B2:B51); rows 26 and 51 are subtotal rows (North, South)")
Y("sql", "I need the same report as last month but for this month.",
  "Shared queries folder: 'monthly_sales_by_region.sql', 'monthly_sales_by_store.sql', 'monthly_returns.sql' (all run last month)",
  "ambiguous", "referent", "'monthly_sales_by_region.sql', 'monthly_sales_by_store.sql', 'monthly_returns.sql'",
  "Three monthly reports were run last month: which one do you need for this month?", where="context")
Y("sql", "List accounts with declining usage.", SAAS,
  "missing", "threshold", "declining usage",
  "How should decline be measured: events this month vs last month, and by how much (e.g. more than 30% drop)?")
Y("sql", "Percentage of orders shipped within 2 days. Use created_at to shipped_at.", RETAIL,
  "contradictory", "context_conflict", "orders(order_id bigint pk, customer_id bigint, store_id int, created_at timestamptz, status text",
  "There's no shipped_at column in orders: where can the ship timestamp be found?", where="context")
Y("sql", "Customers who bought both product A and product B, for the cross-sell study the growth team is running this quarter.", RETAIL,
  "missing", "entity_identity", "product A and product B",
  "Which SKUs are product A and product B?")
Y("sql", "Average time between a player's matches, by mode. Use all matches, ranked only.", GAME,
  "contradictory", "scope", "Use all matches, ranked only",
  "Should it cover all modes (grouped by mode) or ranked matches only?")
Y("sql", "Revenue share by payer for the clinic network, this fiscal year.", CLINIC,
  "missing", "period", "this fiscal year",
  "When does the fiscal year start for the clinic network?")
Y("sql", "Employees eligible for the long-service award this year", HR,
  "missing", "threshold", "long-service award",
  "How many years of service make someone eligible, and as of which date?")
Y("sql", "Count devices by firmware, only the latest firmware and the previous one", IOT + "\n-- DISTINCT firmware: 3.2.0, 3.2.1, 3.10.0, 3.9.4",
  "ambiguous", "version", "3.2.0, 3.2.1, 3.10.0, 3.9.4",
  "Is the latest firmware 3.10.0 (semantic order) with 3.9.4 previous, or are the 3.2.x versions newer releases?", where="context")
Y("sql", "Rooms sold per night for the Lisbon hotels next month, for the revenue meeting — use confirmed bookings. and checked_out ones too, those are the real ones.", HOTEL,
  "contradictory", "status_filter", "and checked_out ones too",
  "Next month's stays can't be checked_out yet: should it be confirmed only, or did you mean a past month?")
Y("sql", "Give me every customer's current balance.", BANK,
  "ambiguous", "scope", "kind text, opened_at date, closed_at date null",
  "Balance per customer across all their accounts (checking, savings, credit card netted?), or per account?", where="context")
Y("sql", "Average grade per course for 2024SP", EDU,
  "missing", "metric_definition", "Average grade",
  "Grades are letters (incl. P/NP, W): which numeric scale should be used, and which grades excluded?")
N("sql", "count of each letter grade per course for 2024SP", EDU)
N("ops", "tail -n 200 of /var/log/nginx/error.log on web-1 and summarise the errors")
N("ops", "delete the stale branch origin/feature/old-checkout; it was merged in PR #380")
N("data", "transpose the 'Monthly' tab so months are rows instead of columns")
# ---------------------------------------------------------------------------
# Balancing batch: blockers in requests full of explicit specifics, and
# complete requests that use hedging / correction words
# ---------------------------------------------------------------------------

Y("sql", "Orders per store for 2024-05-01 to 2024-05-31 (UTC), status delivered, sorted by count desc, top 10, joined to stores for the name. Use the region column to split EU and non-EU.",
  RETAIL + "\n-- DISTINCT stores.region: North, South, Central, Islands",
  "contradictory", "context_conflict", "North, South, Central, Islands",
  "stores.region has North/South/Central/Islands, nothing about EU: how should EU vs non-EU be determined?", where="context")
Y("sql", "For 2024-01-01 through 2024-03-31, give me MRR at the end of each month (UTC), sum of mrr_usd for subscriptions with status active at that moment, split by plan.", SAAS,
  "missing", "column_choice", "status active at that moment",
  "subscriptions.status only holds the current status: how do I know which were active at each past month end (use started_at/ended_at instead)?")
Y("sql", "Headcount on 2024-06-30 by department, FT and PT only, with department names, and 1 row per department including the parent department's name, 2 levels up.", HR,
  "ambiguous", "scope", "including the parent department's name, 2 levels up",
  "Do you want both the parent and the grandparent department names, or only the department two levels up?")
Y("sql", "Shipments created 2024-06-01..2024-06-07 from hub AMS1 to hub BER2 with weight_kg > 20, all carriers, show carrier, weight and the local delivery time at BER2.", LOGI + "\n-- hubs: BER2 tz = NULL (hub added 2024-05, tz not filled)",
  "missing", "timezone", "BER2 tz = NULL (hub added 2024-05, tz not filled)",
  "BER2 has no timezone set: should I assume Europe/Berlin for its local delivery time?", where="context")
Y("sql", "No-shows per clinic for 2024-04-01 to 2024-06-30, status no_show, with clinic name and state, for the 3 clinics in the pilot.", CLINIC,
  "missing", "entity_identity", "the 3 clinics in the pilot",
  "Which three clinics are in the pilot (clinic_ids or names)?")
Y("sql", "Sum of debits per category for 2024-05 in USD (convert with fx_rates on posted_at::date), 2 decimals, top 15 categories, and exclude the internal transfer categories.", BANK,
  "missing", "scope", "the internal transfer categories",
  "Which category values count as internal transfers?")
Y("sql", "Ranked matches between 2024-06-01 00:00 and 2024-06-08 00:00 UTC with duration_s < 120, grouped by day, and mark the ones that were surrenders.", GAME,
  "missing", "column_choice", "mark the ones that were surrenders",
  "There's no surrender field in matches or match_players: how can surrenders be identified?")
Y("sql", "Enrollments in 2024FA for level 100 and 200 courses, by dept, 1 row per dept, drops excluded, and only for first-year students.", EDU,
  "ambiguous", "scope", "only for first-year students",
  "Should first-year mean cohort_year = 2024, or students in their first year of a program regardless of cohort?")
Y("sql", "Readings from 2024-06-10 00:00 to 2024-06-11 00:00 UTC for device T-1042 with temp_c, humidity_pct, battery_v, 1 row per 5-minute bucket, averaged, and fill gaps.", IOT,
  "missing", "null_handling", "and fill gaps",
  "How should empty 5-minute buckets be filled: left null, forward-filled, or interpolated?")
Y("ops", "Scale deploy/api in namespace shop from 3 to 8 replicas at 2024-06-14 17:45 UTC for the flash sale, and back to 3 at 2024-06-14 23:00 UTC, and keep the HPA enabled.",
  "$ kubectl -n shop get hpa api\nNAME  REFERENCE        MINPODS  MAXPODS  REPLICAS\napi   Deployment/api   3        6        3",
  "contradictory", "context_conflict", "MAXPODS  REPLICAS\napi   Deployment/api   3        6",
  "The HPA caps api at 6 replicas and will override a manual scale to 8: should I raise the HPA min/max for the sale window instead?", where="context")
Y("ops", "Create the Route53 record api-v2.example.com CNAME to the new ALB, TTL 300, in zone example.com, tonight 2024-06-12 at 22:00 UTC after the release.",
  "$ aws elbv2 describe-load-balancers --query 'LoadBalancers[].DNSName'\napi-v2-prod-1182.eu-west-1.elb.amazonaws.com\napi-v2-canary-0931.eu-west-1.elb.amazonaws.com",
  "ambiguous", "target", "api-v2-canary-0931.eu-west-1.elb.amazonaws.com",
  "There are two new ALBs (api-v2-prod and api-v2-canary): which one should api-v2.example.com point to?", where="context")
Y("ops", "Set up a CronJob in namespace reports that runs report-gen:1.4.2 at 0 6 * * 1 (UTC), with 512Mi memory, 1 retry, and mount the credentials it needs.",
  None, "missing", "target", "mount the credentials it needs",
  "Which secret(s) does report-gen need mounted, and as env vars or files?")
Y("ops", "Upgrade the 3 Redis nodes (redis-1, redis-2, redis-3) from 7.0.15 to 7.2.5 one by one, starting 2024-06-15 01:00 UTC, with a failover before each, and keep the 2 replicas serving reads throughout.",
  None, "contradictory", "conflicting_instructions", "keep the 2 replicas serving reads throughout",
  "Upgrading each node one by one means a replica is down during its upgrade: is it OK for read capacity to drop to one replica at times, or should we add a temporary replica?")
Y("ops", "Renew the Let's Encrypt cert for shop.example.com on 2024-06-14 (expires 2024-06-20) using certbot with the DNS-01 challenge, and restart nginx on web-1 after.",
  "$ ls /etc/letsencrypt/renewal\nshop.example.com.conf (authenticator = webroot)\n$ grep -r dns_ /etc/letsencrypt/ -l\n(no output: no DNS plugin credentials configured)",
  "missing", "target", "(no output: no DNS plugin credentials configured)",
  "No DNS provider credentials are configured for DNS-01 (the cert currently uses webroot): should I keep webroot, or which DNS API credentials should be used?", where="context")
Y("ops", "Drop the 2 oldest indices from the logs cluster tonight (2024-06-12) after 20:00 UTC to free 400GB, 1 at a time, and snapshot them first.",
  "$ curl -s es:9200/_cat/indices?s=index | head -3\nlogs-2024.03.01  210gb\nlogs-2024.03.02  190gb\n(snapshot repository: none registered)",
  "missing", "target", "(snapshot repository: none registered)",
  "There is no snapshot repository registered: where should the snapshots go (S3 bucket?), or is dropping without a snapshot OK?", where="context")
Y("data", "In the 2024 budget sheet, sum columns C to N per row into column O, format as EUR with 0 decimals, and exclude the 2 rows that are already totals.",
  "Budget 2024: rows 2–40 line items, row 20 'Subtotal Opex', row 41 'Total', row 42 'Total incl. contingency'",
  "ambiguous", "scope", "row 20 'Subtotal Opex', row 41 'Total', row 42 'Total incl. contingency'",
  "Three rows look like totals (20, 41, 42): which two should be excluded, or all three?", where="context")
Y("data", "Bucket the 2024-06 response times into 0–1s, 1–2s, 2–5s and 5s+ bins, 1 decimal percentages, and show p50 and p95 per bucket in the same table.",
  None, "contradictory", "aggregation", "show p50 and p95 per bucket",
  "Percentiles inside fixed buckets aren't very meaningful: do you want p50/p95 overall alongside the bucket shares, or per endpoint?")
Y("data", "Resample the 2024-05 sensor export to 15-minute means in UTC, 2 decimals, and align it with the 10-minute weather feed.",
  None, "contradictory", "granularity", "align it with the 10-minute weather feed",
  "15-minute buckets don't align with a 10-minute feed: should both go to 30 minutes, or should the weather be resampled to 15 minutes?")
Y("data", "Compare 2023-Q4 and 2024-Q1 revenue by product line, % change with 1 decimal, from the finance export, and use the new product line mapping.",
  "finance_export.csv: product_code, quarter, revenue; mapping files: product_lines_2023.csv, product_lines_v2_draft.csv",
  "ambiguous", "version", "product_lines_2023.csv, product_lines_v2_draft.csv",
  "The only newer mapping is a draft (product_lines_v2_draft.csv): should I use it, or is there a final new mapping?", where="context")
Y("sql", "Conversions per campaign for 2024-06-01 to 2024-06-07, with spend in USD (spend_micros / 1e6), 2 decimals, and attribution window of 7 days instead of the default.", ADS,
  "contradictory", "context_conflict", "conversions int, conv_value_micros bigint",
  "ad_stats_daily only has pre-attributed daily conversions, so a 7-day window can't be applied here: is there a raw conversions table to use?", where="context")
Y("sql", "Late checkouts in 2024-05 for hotel 12, 1 row per day, count of bookings whose check_out time was after 11:00.", HOTEL,
  "missing", "column_choice", "check_out date",
  "check_out is a date with no time: where is the actual checkout time recorded?", where="context")
Y("sql", "Monthly data usage for segment 'business' for 2024-01 to 2024-05, GB with 2 decimals (data_mb / 1000), and compare to the contracted volume.", TELCO,
  "missing", "column_choice", "compare to the contracted volume",
  "Where is the contracted volume stored (plans.data_cap_mb, or a separate business contract table)?")
Y("sql", "Claims reported 2024-01-01..2024-06-30 with paid > 50,000, by state, 1 row per claim, and include the adjuster's name.", INSUR,
  "missing", "column_choice", "include the adjuster's name",
  "There's no adjuster column in the schema: where can the adjuster be found?")
Y("sql", "Listings from 2024-03-01 to 2024-05-31 that sold above list_price, % above with 1 decimal, per agent, and only the agents in the downtown office.", REALTY + "\n-- DISTINCT agents.office: Downtown East, Downtown West, Harbor, Northside",
  "ambiguous", "entity_identity", "Downtown East, Downtown West",
  "There are two downtown offices (East and West): which one, or both?", where="context")

N("sql", "orders per store in May 2024 — actually make it April, May was partial", RETAIL)
N("ops", "restart checkout in shop, but only after the 14:00 batch finishes (it's at 13:40 now)")
N("data", "use the EU date format in the export, though keep ISO in the raw file")
N("sql", "exclude cancelled orders from the count, since they never shipped", RETAIL)
N("ops", "actually, skip the staging deploy today and just do prod tomorrow at 09:00 UTC")
N("data", "drop the test column, but keep the rest as is")
N("sql", "use signup_at, not created_at — there's no created_at on customers anyway", RETAIL)
N("ops", "bump the api replicas to 5, though leave the worker alone")
N("sql", "count the active subs, but exclude past_due since finance doesn't count them", SAAS)
N("data", "the finance export: use the net column since that's what they report")
# ---------------------------------------------------------------------------
# Last pairs: the complete side uses the same hedging / referent words
# ---------------------------------------------------------------------------

P("sql", RETAIL,
  "Use the delivered orders from the last full week (2024-06-03 to 2024-06-09) and give me the revenue per store, but use subtotal minus discount as revenue.",
  "Use the delivered orders from the last full week and give me the revenue per store, but use subtotal minus discount as revenue, and the week is the one finance closed.",
  "missing", "period", "the week is the one finance closed",
  "Which week did finance close (dates)?")
P("ops", "$ kubectl -n shop get deploy\nNAME      READY\napi       3/3\nworker    2/2",
  "Restart the worker in shop, but not the api, and also make sure the queue is drained first.",
  "Restart the service in shop, but not the other one, and also make sure the queue is drained first.",
  "ambiguous", "target", "the service in shop, but not the other one",
  "Which deployment should be restarted: api or worker?")
P("data", "Sheet 'Costs': columns Vendor, Category, Jan..Dec, Total",
  "Sort the sheet by the Total column, descending, but keep the header and also freeze the first row.",
  "Sort the sheet by the Total column, descending, but keep the header row where it is and also sort the header with the data.",
  "contradictory", "conflicting_instructions", "keep the header row where it is and also sort the header with the data",
  "Should the header row stay at the top (excluded from the sort)?")
P("ops", None,
  "Exclude the /healthz path from the access logs in the nginx config of the api site, but keep the other paths logged too.",
  "Exclude the noisy paths from the access logs in the nginx config of the api site, but keep the other paths logged too.",
  "missing", "scope", "the noisy paths",
  "Which paths are the noisy ones to exclude (e.g. /healthz, /metrics)?")
P("sql", SAAS,
  "Use the events table and count the users that did 'export_csv' in May 2024, but exclude the users of the free plan since that feature is paid.",
  "Use the events table and count the users that did 'export_csv' in May 2024, but exclude the users of the free plan, and the free plan users are the ones we care about.",
  "contradictory", "conflicting_instructions", "the free plan users are the ones we care about",
  "Should free-plan users be excluded or are they the focus?")
P("ops", "Runbook 'cache flush': flush only the product:* keys on redis-cache, never FLUSHALL",
  "Flush the product cache on redis-cache, the way the runbook says, and also tell #ops when it's done.",
  "Flush the whole cache on redis-cache with FLUSHALL, the way the runbook says, and also tell #ops when it's done.",
  "contradictory", "context_conflict", "never FLUSHALL",
  "The runbook says never FLUSHALL, only product:* keys: which do you want?", where="context")
P("data", "Dashboard 'Support': tiles Tickets created, Median first reply, CSAT, Backlog",
  "Move the CSAT tile to the top row, next to the Tickets created tile, but keep the sizes the same.",
  "Move the tile finance asked about to the top row, next to the Tickets created tile, but keep the sizes the same.",
  "missing", "referent", "the tile finance asked about",
  "Which tile did finance ask about?")
P("sql", HR,
  "Use the departments table to get the names, and list the current employees per department, but only those in Berlin, also their hire_date.",
  "Use the departments table to get the names, and list the employees per department, but only those in Berlin, also their hire_date and the people who left.",
  "ambiguous", "scope", "and the people who left",
  "Should former employees be listed together with current ones, or in a separate list?")
P("ops", None,
  "Lower the log level of the billing service to WARN in prod, but leave staging at DEBUG, since the team is testing there.",
  "Lower the log level of the billing service in prod, but leave staging as is, since the team is testing there.",
  "missing", "target", "Lower the log level",
  "Which log level should billing use in prod (INFO or WARN)?")
P("sql", LOGI,
  "Use the promised_by date and also the delivered_at date to list the late shipments for DHL in May 2024, but exclude the returned ones.",
  "Use the promised_by date and also the delivered_at date to list the late shipments for DHL in May 2024, but exclude the ones the carrier disputed.",
  "missing", "column_choice", "the ones the carrier disputed",
  "There's no dispute field in shipments: how can disputed shipments be identified?")


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

def main():
    seen = set()
    for n, it in enumerate(ITEMS):
        key = (it["text"], it["context"])
        if key in seen:
            raise SystemExit(f"duplicate item: {it['text'][:60]!r}")
        seen.add(key)
        it["id"] = f"hwd-{n:06d}"
    keys = ["id", "group", "domain", "text", "context", "label", "type",
            "subtype", "span", "span_in", "question", "options"]
    with OUT.open("w", encoding="utf-8") as f:
        for it in ITEMS:
            f.write(json.dumps({k: it[k] for k in keys}, ensure_ascii=False)
                    + "\n")

    labels = [it["label"] for it in ITEMS]
    pos = [it for it in ITEMS if it["label"]]
    gsize = collections.Counter(it["group"] for it in ITEMS)
    paired = sum(1 for it in ITEMS if gsize[it["group"]] > 1)
    print(f"wrote {len(ITEMS)} items to {OUT}")
    print(f"label 1: {len(pos)} ({len(pos) / len(ITEMS):.1%}), label 0: "
          f"{len(ITEMS) - len(pos)}; in contrastive pairs: {paired} "
          f"({paired / len(ITEMS):.1%})")
    print("by domain:", dict(collections.Counter(
        (it["domain"], it["label"]) for it in ITEMS)))
    types = collections.Counter(it["type"] for it in pos)
    print("label-1 by type:", {t: f"{c} ({c / len(pos):.1%})"
                               for t, c in types.most_common()})
    print("label-1 span_in:", dict(collections.Counter(
        it["span_in"] for it in pos)))
    print("label-1 subtypes:", dict(collections.Counter(
        it["subtype"] for it in pos).most_common()))
    print(f"length-only AUROC (text): "
          f"{_auroc([len(it['text']) for it in ITEMS], labels):.3f}")
    print(f"length-only AUROC (text+context): "
          f"{_auroc([len(it['text']) + len(it['context'] or '') for it in ITEMS], labels):.3f}")


if __name__ == "__main__":
    main()
