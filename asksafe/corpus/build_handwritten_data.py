"""Hand-written probe training data: data & operations domain.

Every request below was written out by hand (no slot-filling templates).
Deterministic, stdlib only.  Writes handwritten_data.jsonl next to this file
and prints counts plus the length-only AUROC.

Usage: python asksafe/corpus/build_handwritten_data.py
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

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

N("ops", "scale worker in payments to 4 replicas", PODS_ONE)
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

N("ops", "uncordon ip-10-0-1-37, maintenance is done", NODES)
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

N("ops", "ship search-api 5.2.0 to prod", RUNBOOK_REGION)
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

N("ops", "add python 3.12 to the test matrix in ci.yml", CI_YAML)
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

N("ops", "move export_orders to 03:15 UTC", CRON)
Y("ops", "move export_orders to 3:15 local time", CRON + "\n(team is split between Lisbon and Toronto)",
  "ambiguous", "timezone", "3:15 local time",
  "The host runs in UTC and the team spans Lisbon and Toronto: 3:15 in which timezone?")
N("ops", "make sync_inventory run every 4 hours instead of every 6", CRON)
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

N("ops", "add jon@example.com to the oncall-db group in Okta. he's joining the rotation next week", None)
Y("ops", "add jon to the oncall group", "Okta groups matching 'oncall': oncall-db, oncall-platform, oncall-payments",
  "ambiguous", "target", "oncall-db, oncall-platform, oncall-payments",
  "There are three oncall groups (db, platform, payments): which one should Jon join?", where="context")

SSH = """# /etc/ssh/sshd_config (bastion-1)
PasswordAuthentication no
PermitRootLogin no
AllowGroups ops-admins"""

N("ops", "let the data-eng group ssh into bastion-1 too", SSH)
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

N("ops", "bump the prod ASG max_size to 12", TF_VARS)
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
N("ops", "escalate INC-2291 to SEV1 and page the payments oncall", INC)
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
# Output
# ---------------------------------------------------------------------------

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
