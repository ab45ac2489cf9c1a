"""Deterministic SQLite databases for the SQL tasks of the suite.

``build(name, path)`` writes one database; every value comes from a
``random.Random`` seeded with the database's name, so two builds are
byte-for-byte the same data. Stdlib only, no wall-clock dates.

The data holds the traps that make analyst questions ambiguous: two candidate
columns (gross/net, created/shipped), several closing statuses, NULLs, test
accounts, duplicate names, several currencies, soft-deleted rows and local
times next to UTC times.
"""

from __future__ import annotations

import random
import sqlite3
import zlib
from datetime import date, datetime, timedelta
from pathlib import Path

NAMES: tuple[str, ...] = ("shop", "hr", "saas", "logistics", "clinic", "helpdesk")

FIRST = [
    "Maria", "James", "Anna", "Luca", "Sofia", "Noah", "Emma", "Liam", "Olivia", "Ben",
    "Chloe", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kara", "Leo",
    "Mia", "Nina", "Omar", "Paula", "Quentin", "Rosa", "Sam", "Tara", "Umar", "Vera",
    "Wei", "Yara", "Zoe", "Alex", "Priya", "Tom", "Lena", "Marco", "Aisha", "Felix",
]
LAST = [
    "Garcia", "Smith", "Muller", "Rossi", "Dubois", "Kowalski", "Chen", "Khan", "Novak",
    "Jensen", "Silva", "Brown", "Schmidt", "Martin", "Lopez", "Weber", "Costa", "Nagy",
    "Olsen", "Petrov", "Taylor", "Kim", "Fischer", "Moreau", "Bianchi", "Wagner", "Ali",
]


def _rng(name: str) -> random.Random:
    return random.Random(zlib.crc32(name.encode()) ^ 0x5EED)


def _ts(d: datetime) -> str:
    return d.strftime("%Y-%m-%d %H:%M:%S")


def _rand_dt(r: random.Random, start: datetime, end: datetime) -> datetime:
    span = int((end - start).total_seconds())
    return start + timedelta(seconds=r.randrange(span))


def _pick(r: random.Random, weighted: dict[str, int]) -> str:
    return r.choices(list(weighted), weights=list(weighted.values()))[0]


def _person(r: random.Random) -> tuple[str, str]:
    return r.choice(FIRST), r.choice(LAST)


# --------------------------------------------------------------------- shop
def _shop(con: sqlite3.Connection, r: random.Random) -> None:
    con.executescript("""
    CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL,
        country TEXT NOT NULL, created_at TEXT NOT NULL, is_test INTEGER NOT NULL DEFAULT 0,
        deleted_at TEXT, marketing_opt_in INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE products (id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
        category TEXT NOT NULL, list_price_eur REAL NOT NULL, discontinued INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id),
        status TEXT NOT NULL, created_at TEXT NOT NULL, shipped_at TEXT, currency TEXT NOT NULL,
        amount_net REAL NOT NULL, amount_gross REAL NOT NULL, shipping_fee REAL NOT NULL,
        coupon_code TEXT, channel TEXT NOT NULL);
    CREATE TABLE order_items (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id),
        product_id INTEGER NOT NULL REFERENCES products(id), quantity INTEGER NOT NULL,
        unit_price REAL NOT NULL, discount REAL NOT NULL DEFAULT 0);
    CREATE TABLE refunds (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id),
        amount REAL NOT NULL, reason TEXT, refunded_at TEXT NOT NULL);
    CREATE TABLE fx_rates (currency TEXT PRIMARY KEY, rate_to_eur REAL NOT NULL);
    """)
    con.executemany("INSERT INTO fx_rates VALUES (?,?)", [("EUR", 1.0), ("USD", 0.92), ("GBP", 1.17)])
    countries = {"DE": 30, "FR": 15, "NL": 8, "ES": 8, "IT": 7, "US": 20, "GB": 12}
    cur_of = {"US": "USD", "GB": "GBP"}
    vat = {"DE": 0.19, "FR": 0.20, "NL": 0.21, "ES": 0.21, "IT": 0.22, "US": 0.0, "GB": 0.20}
    customers = []
    for i in range(1, 1501):
        f, l = _person(r)
        country = _pick(r, countries)
        test = 1 if i % 53 == 0 else 0
        email = f"{f.lower()}.{l.lower()}{i}@" + ("example.test" if test else r.choice(["mail.com", "web.de", "post.fr", "inbox.net"]))
        created = _rand_dt(r, datetime(2021, 6, 1), datetime(2024, 6, 1))
        deleted = _ts(created + timedelta(days=r.randrange(30, 700))) if r.random() < 0.05 else None
        if deleted and deleted > "2024-06-30":
            deleted = None
        customers.append((i, f"{f} {l}", email, country, _ts(created), test, deleted, int(r.random() < 0.4)))
    con.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?,?,?)", customers)
    cats = ["Electronics", "Home", "Garden", "Toys", "Books", "Apparel"]
    nouns = {"Electronics": ["Headphones", "Charger", "Speaker", "Webcam", "Keyboard"],
             "Home": ["Lamp", "Kettle", "Blanket", "Mug Set", "Clock"],
             "Garden": ["Hose", "Planter", "Shears", "Seed Kit", "Gloves"],
             "Toys": ["Puzzle", "Robot", "Blocks", "Kite", "Board Game"],
             "Books": ["Cookbook", "Atlas", "Novel", "Guide", "Journal"],
             "Apparel": ["T-Shirt", "Hoodie", "Cap", "Socks", "Scarf"]}
    adjs = ["Classic", "Pro", "Mini", "Eco", "Deluxe", "Smart", "Travel", "Family"]
    products = []
    for i in range(1, 121):
        c = cats[i % 6]
        products.append((i, f"SKU-{1000 + i}", f"{r.choice(adjs)} {r.choice(nouns[c])}", c,
                         round(r.uniform(5, 250), 2), int(r.random() < 0.1)))
    con.executemany("INSERT INTO products VALUES (?,?,?,?,?,?)", products)
    statuses = {"delivered": 55, "shipped": 9, "paid": 7, "pending": 5, "cancelled": 11,
                "refunded": 7, "partially_refunded": 6}
    orders, items, refunds = [], [], []
    item_id = refund_id = 1
    test_customers = [c for c in customers if c[5]]
    for oid in range(1, 5201):
        cust = r.choice(test_customers) if r.random() < 0.06 else customers[r.randrange(len(customers))]
        country = cust[3]
        cur = cur_of.get(country, "EUR")
        created = _rand_dt(r, datetime(2023, 1, 1), datetime(2024, 7, 1))
        st = _pick(r, statuses)
        if created >= datetime(2024, 6, 24) and st in ("delivered", "refunded", "partially_refunded"):
            st = "shipped"
        shipped = None
        if st in ("shipped", "delivered", "refunded", "partially_refunded"):
            shipped = _ts(created + timedelta(hours=r.randrange(6, 24 * 6)))
        net = 0.0
        for _ in range(r.choice([1, 1, 2, 2, 3, 4])):
            p = products[r.randrange(len(products))]
            q = r.choice([1, 1, 1, 2, 3])
            disc = r.choice([0, 0, 0, 0.1, 0.2])
            price = round(p[4] * (1.08 if cur == "USD" else 0.86 if cur == "GBP" else 1.0), 2)
            items.append((item_id, oid, p[0], q, price, disc))
            item_id += 1
            net += q * price * (1 - disc)
        net = round(net, 2)
        gross = round(net * (1 + vat[country]), 2)
        fee = 0.0 if net > 50 else 4.99
        coupon = r.choice(["SPRING10", "WELCOME5", "VIP20"]) if r.random() < 0.15 else None
        channel = _pick(r, {"web": 60, "app": 30, "marketplace": 10})
        orders.append((oid, cust[0], st, _ts(created), shipped, cur, net, gross, fee, coupon, channel))
        if st in ("refunded", "partially_refunded"):
            amt = gross if st == "refunded" else round(gross * r.choice([0.2, 0.3, 0.5]), 2)
            when = datetime.strptime(shipped, "%Y-%m-%d %H:%M:%S") + timedelta(days=r.randrange(3, 40))
            refunds.append((refund_id, oid, amt, r.choice(["damaged", "late", "wrong_item", "changed_mind", None]), _ts(when)))
            refund_id += 1
    con.executemany("INSERT INTO orders VALUES (?,?,?,?,?,?,?,?,?,?,?)", orders)
    con.executemany("INSERT INTO order_items VALUES (?,?,?,?,?,?)", items)
    con.executemany("INSERT INTO refunds VALUES (?,?,?,?,?)", refunds)


# ----------------------------------------------------------------------- hr
def _hr(con: sqlite3.Connection, r: random.Random) -> None:
    con.executescript("""
    CREATE TABLE departments (id INTEGER PRIMARY KEY, name TEXT NOT NULL, cost_center TEXT NOT NULL,
        parent_id INTEGER REFERENCES departments(id));
    CREATE TABLE employees (id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
        email TEXT NOT NULL, department_id INTEGER REFERENCES departments(id),
        manager_id INTEGER REFERENCES employees(id), hire_date TEXT NOT NULL, termination_date TEXT,
        status TEXT NOT NULL, employment_type TEXT NOT NULL, country TEXT NOT NULL, fte REAL NOT NULL);
    CREATE TABLE salaries (id INTEGER PRIMARY KEY, employee_id INTEGER NOT NULL REFERENCES employees(id),
        effective_from TEXT NOT NULL, effective_to TEXT, base_salary REAL NOT NULL, currency TEXT NOT NULL);
    CREATE TABLE payroll (id INTEGER PRIMARY KEY, employee_id INTEGER NOT NULL REFERENCES employees(id),
        period TEXT NOT NULL, gross_pay REAL NOT NULL, net_pay REAL NOT NULL, bonus REAL,
        currency TEXT NOT NULL, paid_at TEXT NOT NULL);
    CREATE TABLE leave_requests (id INTEGER PRIMARY KEY, employee_id INTEGER NOT NULL REFERENCES employees(id),
        leave_type TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL, days REAL NOT NULL,
        status TEXT NOT NULL, requested_at TEXT NOT NULL);
    """)
    depts = [(1, "Engineering", "CC-100", None), (2, "Platform", "CC-110", 1), (3, "Data", "CC-120", 1),
             (4, "Sales", "CC-200", None), (5, "Marketing", "CC-300", None), (6, "Customer Success", "CC-210", 4),
             (7, "Finance", "CC-400", None), (8, "People", "CC-500", None), (9, "Legal", "CC-410", 7),
             (10, "Operations", "CC-600", None), (11, "Design", "CC-130", 1), (12, "Security", "CC-140", 1)]
    con.executemany("INSERT INTO departments VALUES (?,?,?,?)", depts)
    countries = {"DE": 35, "GB": 20, "US": 25, "PL": 12, "ES": 8}
    cur_of = {"DE": "EUR", "ES": "EUR", "GB": "GBP", "US": "USD", "PL": "PLN"}
    scale = {"EUR": 1.0, "GBP": 0.9, "USD": 1.2, "PLN": 3.2}
    emps, sals, pays, leaves = [], [], [], []
    sid = pid = lid = 1
    for i in range(1, 821):
        f, l = _person(r)
        if i in (137, 612):
            f, l = "Maria", "Garcia"
        dept = r.choice([d[0] for d in depts])
        mgr = r.randrange(1, i) if i > 12 else None
        hire = date(2012, 1, 1) + timedelta(days=r.randrange(0, 12 * 365 + 150))
        etype = _pick(r, {"full_time": 70, "part_time": 12, "contractor": 12, "intern": 6})
        st = _pick(r, {"active": 76, "on_leave": 6, "terminated": 18})
        term = None
        if st == "terminated":
            term = hire + timedelta(days=r.randrange(60, 2500))
            if term > date(2024, 6, 30):
                term = date(2024, 6, 30) - timedelta(days=r.randrange(1, 120))
            if term <= hire:
                term = hire + timedelta(days=30)
        country = _pick(r, countries)
        cur = cur_of[country]
        fte = 1.0 if etype in ("full_time", "contractor") else r.choice([0.5, 0.6, 0.8]) if etype == "part_time" else 0.5
        emps.append((i, f, l, f"{f.lower()}.{l.lower()}{i}@corp.example", dept, mgr, hire.isoformat(),
                     term.isoformat() if term else None, st, etype, country, fte))
        # salary history
        base = r.uniform(38000, 120000) * scale[cur]
        start = hire
        end_all = term or date(2024, 6, 30)
        history = []
        while True:
            nxt = start + timedelta(days=r.randrange(300, 800))
            history.append([start, None, round(base, -2)])
            if nxt >= end_all:
                break
            history[-1][1] = nxt - timedelta(days=1)
            start, base = nxt, base * r.uniform(1.02, 1.12)
        if term:
            history[-1][1] = term
        for a, b, s in history:
            sals.append((sid, i, a.isoformat(), b.isoformat() if b else None, s, cur))
            sid += 1
        # payroll 2024-01..2024-06
        if etype != "contractor":
            for m in range(1, 7):
                first = date(2024, m, 1)
                if hire > first or (term and term < first):
                    continue
                cur_sal = [h for h in history if h[0] <= first][-1][2]
                gross = round(cur_sal * fte / 12, 2)
                bonus = round(r.uniform(500, 5000) * scale[cur], 2) if (m in (3, 6) and r.random() < 0.3) else None
                net = round((gross + (bonus or 0)) * r.uniform(0.58, 0.68), 2)
                pays.append((pid, i, f"2024-{m:02d}", gross, net, bonus, cur, f"2024-{m:02d}-{r.choice([25, 26, 27, 28])} 09:00:00"))
                pid += 1
        # leave
        for _ in range(r.choice([0, 1, 1, 2, 2, 3, 4])):
            s = date(2023, 1, 1) + timedelta(days=r.randrange(0, 540))
            if s < hire:
                continue
            d = r.choice([1, 1, 2, 3, 5, 5, 10, 15])
            lt = _pick(r, {"vacation": 60, "sick": 25, "parental": 4, "unpaid": 5, "training": 6})
            lst = _pick(r, {"approved": 70, "pending": 10, "rejected": 8, "cancelled": 12})
            leaves.append((lid, i, lt, s.isoformat(), (s + timedelta(days=d - 1)).isoformat(),
                           d - (0.5 if r.random() < 0.08 else 0), lst, _ts(datetime(s.year, s.month, s.day) - timedelta(days=r.randrange(1, 40), hours=r.randrange(24)))))
            lid += 1
    con.executemany("INSERT INTO employees VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", emps)
    con.executemany("INSERT INTO salaries VALUES (?,?,?,?,?,?)", sals)
    con.executemany("INSERT INTO payroll VALUES (?,?,?,?,?,?,?,?)", pays)
    con.executemany("INSERT INTO leave_requests VALUES (?,?,?,?,?,?,?,?)", leaves)


# --------------------------------------------------------------------- saas
def _saas(con: sqlite3.Connection, r: random.Random) -> None:
    con.executescript("""
    CREATE TABLE plans (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
        billing_period TEXT NOT NULL, price_per_seat_usd REAL NOT NULL, is_legacy INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE accounts (id INTEGER PRIMARY KEY, company_name TEXT NOT NULL, country TEXT NOT NULL,
        segment TEXT NOT NULL, created_at TEXT NOT NULL, is_internal INTEGER NOT NULL DEFAULT 0,
        deleted_at TEXT, owner_email TEXT NOT NULL);
    CREATE TABLE subscriptions (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts(id),
        plan_id INTEGER NOT NULL REFERENCES plans(id), status TEXT NOT NULL, started_at TEXT NOT NULL,
        trial_ends_at TEXT, canceled_at TEXT, seats INTEGER NOT NULL, mrr_cents INTEGER);
    CREATE TABLE invoices (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts(id),
        subscription_id INTEGER REFERENCES subscriptions(id), status TEXT NOT NULL, currency TEXT NOT NULL,
        subtotal_cents INTEGER NOT NULL, tax_cents INTEGER NOT NULL, total_cents INTEGER NOT NULL,
        issued_at TEXT NOT NULL, due_at TEXT NOT NULL, paid_at TEXT);
    CREATE TABLE usage_daily (account_id INTEGER NOT NULL REFERENCES accounts(id), day TEXT NOT NULL,
        api_calls INTEGER NOT NULL, active_users INTEGER NOT NULL, storage_gb REAL NOT NULL,
        PRIMARY KEY (account_id, day));
    """)
    plans = [(1, "starter_m", "Starter", "monthly", 12.0, 0), (2, "starter_y", "Starter", "annual", 10.0, 0),
             (3, "growth_m", "Growth", "monthly", 29.0, 0), (4, "growth_y", "Growth", "annual", 24.0, 0),
             (5, "business_m", "Business", "monthly", 59.0, 0), (6, "business_y", "Business", "annual", 49.0, 0),
             (7, "enterprise_y", "Enterprise", "annual", 89.0, 0), (8, "pro_legacy", "Pro (legacy)", "monthly", 19.0, 1)]
    con.executemany("INSERT INTO plans VALUES (?,?,?,?,?,?)", plans)
    words = ["Acme", "Bright", "Cobalt", "Delta", "Ember", "Fjord", "Granite", "Harbor", "Iris", "Juniper",
             "Kestrel", "Lumen", "Maple", "Nimbus", "Orbit", "Pine", "Quarry", "Ridge", "Summit", "Tidal"]
    suffix = ["Labs", "GmbH", "Inc", "Ltd", "Analytics", "Health", "Logistics", "Studio", "Systems", "Foods"]
    countries = {"US": 40, "GB": 15, "DE": 20, "FR": 10, "NL": 8, "CA": 7}
    cur_of = {"US": "USD", "CA": "USD", "GB": "GBP"}
    accts, subs, invs, usage = [], [], [], []
    sub_id = inv_id = 1
    for i in range(1, 1201):
        name = f"{r.choice(words)} {r.choice(suffix)}"
        internal = 1 if i % 97 == 0 else 0
        if internal:
            name = f"Internal QA {i}"
        country = _pick(r, countries)
        seg = _pick(r, {"smb": 65, "mid_market": 27, "enterprise": 8})
        created = _rand_dt(r, datetime(2022, 1, 1), datetime(2024, 6, 1))
        deleted = _ts(created + timedelta(days=r.randrange(60, 600))) if r.random() < 0.04 else None
        if deleted and deleted >= "2024-06-30":
            deleted = None
        accts.append((i, name, country, seg, _ts(created), internal, deleted,
                      f"admin@{name.split()[0].lower()}{i}.example"))
        cur = cur_of.get(country, "EUR")
        start = created
        for k in range(r.choice([1, 1, 1, 2])):
            plan = plans[r.choice([0, 0, 1, 2, 2, 3, 4, 5, 7] if seg != "enterprise" else [4, 5, 6, 6])]
            seats = r.randrange(1, 12) if seg == "smb" else r.randrange(10, 60) if seg == "mid_market" else r.randrange(50, 400)
            if internal:
                seats = r.randrange(300, 600)
            st = _pick(r, {"active": 58, "trialing": 7, "past_due": 6, "canceled": 24, "paused": 5})
            if k == 0 and r.random() < 0.5 and st == "canceled":
                pass
            trial_end = _ts(start + timedelta(days=14))
            canceled = None
            if st == "canceled":
                canceled = start + timedelta(days=r.randrange(20, 500))
                if canceled > datetime(2024, 6, 30):
                    canceled = datetime(2024, 6, 30) - timedelta(days=r.randrange(1, 60))
                if canceled <= start:
                    canceled = start + timedelta(days=15)
            if st == "trialing":
                start = max(start, datetime(2024, 6, 20) - timedelta(days=r.randrange(0, 10)))
                trial_end = _ts(start + timedelta(days=14))
            mrr = None if st == "trialing" else int(round(seats * plan[4] * 100))
            subs.append((sub_id, i, plan[0], st, _ts(start), trial_end, _ts(canceled) if canceled else None, seats, mrr))
            # invoices: monthly from start+14d until canceled / 2024-06-30 (annual: yearly)
            if st != "trialing":
                d = start + timedelta(days=14)
                stop = canceled or datetime(2024, 6, 30)
                step = 365 if plan[3] == "annual" else 30
                while d < stop:
                    sub_cents = mrr * (12 if plan[3] == "annual" else 1)
                    tax = int(round(sub_cents * (0.0 if cur == "USD" else 0.2)))
                    ist = _pick(r, {"paid": 85, "open": 5, "void": 4, "uncollectible": 3, "draft": 3})
                    if st == "past_due" and d > stop - timedelta(days=45):
                        ist = "open"
                    paid = _ts(d + timedelta(days=r.randrange(0, 25), hours=r.randrange(24))) if ist == "paid" else None
                    invs.append((inv_id, i, sub_id, ist, cur, sub_cents, tax, sub_cents + tax, _ts(d),
                                 _ts(d + timedelta(days=14)), paid))
                    inv_id += 1
                    d += timedelta(days=step)
            sub_id += 1
            if canceled:
                start = canceled + timedelta(days=r.randrange(1, 40))
            else:
                break
        # usage, last 10 days of June 2024 for ~35% of accounts
        if r.random() < 0.35:
            for day in range(21, 31):
                usage.append((i, f"2024-06-{day:02d}", r.randrange(0, 50000), r.randrange(0, 40),
                              round(r.uniform(0.1, 300), 1)))
    con.executemany("INSERT INTO accounts VALUES (?,?,?,?,?,?,?,?)", accts)
    con.executemany("INSERT INTO subscriptions VALUES (?,?,?,?,?,?,?,?,?)", subs)
    con.executemany("INSERT INTO invoices VALUES (?,?,?,?,?,?,?,?,?,?,?)", invs)
    con.executemany("INSERT INTO usage_daily VALUES (?,?,?,?,?)", usage)


# ---------------------------------------------------------------- logistics
def _logistics(con: sqlite3.Connection, r: random.Random) -> None:
    con.executescript("""
    CREATE TABLE warehouses (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, city TEXT NOT NULL,
        country TEXT NOT NULL, utc_offset_hours INTEGER NOT NULL);
    CREATE TABLE carriers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, mode TEXT NOT NULL, active INTEGER NOT NULL);
    CREATE TABLE shipments (id INTEGER PRIMARY KEY, tracking_no TEXT NOT NULL UNIQUE,
        warehouse_id INTEGER NOT NULL REFERENCES warehouses(id), carrier_id INTEGER NOT NULL REFERENCES carriers(id),
        dest_country TEXT NOT NULL, service_level TEXT NOT NULL, status TEXT NOT NULL,
        created_at_utc TEXT NOT NULL, picked_up_at_utc TEXT, delivered_at_utc TEXT, promised_date TEXT NOT NULL,
        actual_weight_kg REAL NOT NULL, chargeable_weight_kg REAL NOT NULL, cost_eur REAL NOT NULL,
        customer_ref TEXT);
    CREATE TABLE shipment_events (id INTEGER PRIMARY KEY, shipment_id INTEGER NOT NULL REFERENCES shipments(id),
        event_type TEXT NOT NULL, event_time_utc TEXT NOT NULL, location TEXT);
    """)
    whs = [(1, "BER1", "Berlin", "DE", 1), (2, "RTM1", "Rotterdam", "NL", 1), (3, "MAD1", "Madrid", "ES", 1),
           (4, "NYC1", "Newark", "US", -5), (5, "LAX1", "Los Angeles", "US", -8), (6, "SIN1", "Singapore", "SG", 8)]
    con.executemany("INSERT INTO warehouses VALUES (?,?,?,?,?)", whs)
    carriers = [(1, "DHL Express", "air", 1), (2, "DHL Freight", "road", 1), (3, "UPS", "road", 1),
                (4, "FedEx", "air", 1), (5, "PostNL", "road", 1), (6, "SwiftCargo", "road", 0), (7, "Maersk", "sea", 1)]
    con.executemany("INSERT INTO carriers VALUES (?,?,?,?)", carriers)
    dests = {"DE": 20, "FR": 12, "NL": 8, "ES": 8, "US": 25, "GB": 10, "SG": 7, "JP": 5, "CA": 5}
    ships, events = [], []
    eid = 1
    for i in range(1, 5001):
        wh = whs[r.choices(range(6), weights=[25, 18, 12, 20, 15, 10])[0]]
        car = carriers[r.choices(range(7), weights=[18, 14, 22, 16, 12, 4, 6])[0]]
        level = _pick(r, {"standard": 60, "express": 25, "economy": 15})
        created = _rand_dt(r, datetime(2023, 7, 1), datetime(2024, 7, 1))
        st = _pick(r, {"delivered": 72, "in_transit": 8, "created": 4, "returned": 6, "lost": 2,
                       "cancelled": 5, "exception": 3})
        if created > datetime(2024, 6, 25) and st == "delivered":
            st = "in_transit"
        days = {"express": 2, "standard": 5, "economy": 9}[level]
        promised = (created + timedelta(days=days)).date()
        picked = delivered = None
        if st not in ("created", "cancelled"):
            picked = created + timedelta(hours=r.randrange(2, 40))
        if st in ("delivered", "returned"):
            delivered = picked + timedelta(hours=r.randrange(12, 24 * (days + 3)))
        actual = round(r.uniform(0.2, 40), 2)
        volumetric = round(actual * r.uniform(0.6, 2.2), 2)
        charge = max(actual, volumetric)
        cost = round(3.5 + charge * {"express": 2.1, "standard": 0.9, "economy": 0.55}[level], 2)
        ref = f"PO-{r.randrange(10000, 99999)}" if r.random() < 0.7 else None
        ships.append((i, f"TRK{100000 + i * 7}", wh[0], car[0], _pick(r, dests), level, st, _ts(created),
                      _ts(picked) if picked else None, _ts(delivered) if delivered else None, promised.isoformat(),
                      actual, charge, cost, ref))
        evs = [("label_created", created, wh[2])]
        if picked:
            evs.append(("picked_up", picked, wh[2]))
            if r.random() < 0.5:
                evs.append(("hub_scan", picked + timedelta(hours=r.randrange(3, 30)), "Hub"))
        if st == "exception" and picked:
            evs.append(("exception", picked + timedelta(hours=30), "Hub"))
        if delivered:
            evs.append(("delivered" if st == "delivered" else "returned_to_sender", delivered, None))
        for et, t, loc in evs:
            events.append((eid, i, et, _ts(t), loc))
            eid += 1
    con.executemany("INSERT INTO shipments VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", ships)
    con.executemany("INSERT INTO shipment_events VALUES (?,?,?,?,?)", events)


# ------------------------------------------------------------------- clinic
def _clinic(con: sqlite3.Connection, r: random.Random) -> None:
    con.executescript("""
    CREATE TABLE sites (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL);
    CREATE TABLE doctors (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, specialty TEXT NOT NULL,
        site_id INTEGER NOT NULL REFERENCES sites(id), active INTEGER NOT NULL);
    CREATE TABLE patients (id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
        birth_date TEXT, sex TEXT, city TEXT NOT NULL, insurance_type TEXT, registered_at TEXT NOT NULL,
        is_deleted INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE appointments (id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patients(id),
        doctor_id INTEGER NOT NULL REFERENCES doctors(id), booked_at TEXT NOT NULL, scheduled_at TEXT NOT NULL,
        status TEXT NOT NULL, visit_type TEXT NOT NULL, duration_min INTEGER NOT NULL);
    CREATE TABLE billing (id INTEGER PRIMARY KEY, appointment_id INTEGER NOT NULL REFERENCES appointments(id),
        billed_amount REAL NOT NULL, insurance_paid REAL, patient_paid REAL, billed_at TEXT NOT NULL);
    CREATE TABLE prescriptions (id INTEGER PRIMARY KEY, appointment_id INTEGER NOT NULL REFERENCES appointments(id),
        drug_name TEXT NOT NULL, dose_mg REAL NOT NULL, days_supply INTEGER NOT NULL, refills INTEGER NOT NULL);
    """)
    sites = [(1, "Northside Clinic", "Leeds"), (2, "Riverside Clinic", "York"), (3, "City Centre Clinic", "Leeds")]
    con.executemany("INSERT INTO sites VALUES (?,?,?)", sites)
    specs = ["General Practice", "Cardiology", "Dermatology", "Pediatrics", "Orthopedics", "Psychiatry"]
    docs = []
    for i in range(1, 27):
        f, l = _person(r)
        docs.append([i, f"Dr. {f} {l}", specs[i % 6] if i > 6 else specs[i - 1], r.randrange(1, 4), int(i % 11 != 0)])
    docs[4][1], docs[4][2] = "Dr. Wei Chen", "Orthopedics"
    docs[15][1], docs[15][2] = "Dr. Lisa Chen", "Dermatology"
    docs = [tuple(d) for d in docs]
    con.executemany("INSERT INTO doctors VALUES (?,?,?,?,?)", docs)
    pats = []
    for i in range(1, 2001):
        f, l = _person(r)
        b = date(1940, 1, 1) + timedelta(days=r.randrange(0, 83 * 365))
        ins = _pick(r, {"public": 60, "private": 25, "self_pay": 8, "": 7}) or None
        pats.append((i, f, l, b.isoformat() if r.random() > 0.02 else None, r.choice(["F", "M", "F", "M", None]) if r.random() < 0.05 else r.choice(["F", "M"]),
                     r.choice(["Leeds", "Leeds", "York", "Harrogate", "Wakefield"]), ins,
                     _ts(_rand_dt(r, datetime(2019, 1, 1), datetime(2024, 6, 1))), int(r.random() < 0.03)))
    con.executemany("INSERT INTO patients VALUES (?,?,?,?,?,?,?,?,?)", pats)
    fee = {"General Practice": 60, "Cardiology": 140, "Dermatology": 110, "Pediatrics": 70,
           "Orthopedics": 130, "Psychiatry": 150}
    appts, bills, rx = [], [], []
    bid = rid = 1
    drugs = ["Amoxicillin", "Atorvastatin", "Ibuprofen", "Metformin", "Sertraline", "Lisinopril", "Cetirizine"]
    for i in range(1, 6501):
        p = pats[r.randrange(len(pats))]
        d = docs[r.randrange(len(docs))]
        sched = _rand_dt(r, datetime(2023, 1, 2), datetime(2024, 7, 1)).replace(minute=r.choice([0, 15, 30, 45]), second=0)
        sched = sched.replace(hour=r.randrange(8, 18))
        booked = sched - timedelta(days=r.randrange(0, 60), hours=r.randrange(1, 12))
        st = _pick(r, {"completed": 68, "cancelled": 11, "no_show": 7, "rescheduled": 6, "scheduled": 8})
        if sched < datetime(2024, 6, 1) and st == "scheduled":
            st = "completed"
        if sched >= datetime(2024, 6, 20) and st in ("completed", "no_show"):
            st = "scheduled"
        vt = _pick(r, {"new": 25, "follow_up": 55, "telehealth": 20})
        dur = r.choice([15, 20, 30, 30, 45, 60])
        appts.append((i, p[0], d[0], _ts(booked), _ts(sched), st, vt, dur))
        if st in ("completed", "no_show"):
            amt = float(fee[d[2]] if st == "completed" else 25)
            ins_paid = None if p[6] in (None, "self_pay") else round(amt * (0.8 if p[6] == "public" else 0.9), 2)
            if ins_paid is not None and r.random() < 0.1:
                ins_paid = None  # claim still pending
            pat_paid = round(amt - (ins_paid or 0), 2) if r.random() < 0.85 else None
            bills.append((bid, i, amt, ins_paid, pat_paid, _ts(sched + timedelta(days=r.randrange(0, 5)))))
            bid += 1
            if st == "completed" and r.random() < 0.4:
                rx.append((rid, i, r.choice(drugs), r.choice([5, 10, 20, 50, 250, 500]), r.choice([7, 14, 30, 90]), r.choice([0, 0, 1, 2, 3])))
                rid += 1
    con.executemany("INSERT INTO appointments VALUES (?,?,?,?,?,?,?,?)", appts)
    con.executemany("INSERT INTO billing VALUES (?,?,?,?,?,?)", bills)
    con.executemany("INSERT INTO prescriptions VALUES (?,?,?,?,?,?)", rx)


# ----------------------------------------------------------------- helpdesk
def _helpdesk(con: sqlite3.Connection, r: random.Random) -> None:
    con.executescript("""
    CREATE TABLE agents (id INTEGER PRIMARY KEY, name TEXT NOT NULL, team TEXT NOT NULL, active INTEGER NOT NULL,
        hired_at TEXT NOT NULL);
    CREATE TABLE orgs (id INTEGER PRIMARY KEY, name TEXT NOT NULL, tier TEXT NOT NULL, region TEXT NOT NULL,
        is_test INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE tickets (id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL REFERENCES orgs(id),
        assignee_id INTEGER REFERENCES agents(id), subject TEXT NOT NULL, category TEXT NOT NULL,
        priority TEXT NOT NULL, status TEXT NOT NULL, channel TEXT NOT NULL, created_at TEXT NOT NULL,
        first_response_at TEXT, resolved_at TEXT, reopened_count INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE ticket_messages (id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL REFERENCES tickets(id),
        author_type TEXT NOT NULL, created_at TEXT NOT NULL, is_internal_note INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE csat (ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id), score INTEGER NOT NULL,
        rated_at TEXT NOT NULL, comment TEXT);
    CREATE TABLE sla_policies (priority TEXT PRIMARY KEY, first_response_minutes INTEGER NOT NULL,
        resolution_hours INTEGER NOT NULL);
    """)
    con.executemany("INSERT INTO sla_policies VALUES (?,?,?)",
                    [("urgent", 60, 8), ("high", 240, 24), ("normal", 480, 72), ("low", 1440, 120)])
    teams = ["billing", "technical", "onboarding"]
    agents = []
    for i in range(1, 33):
        f, l = _person(r)
        agents.append([i, f"{f} {l}", teams[i % 3], int(r.random() > 0.15), _ts(_rand_dt(r, datetime(2019, 1, 1), datetime(2023, 6, 1)))])
    agents[6][1], agents[6][2], agents[6][3] = "Alex Kim", "technical", 0
    agents[21][1], agents[21][2], agents[21][3] = "Alex Kim", "billing", 1
    con.executemany("INSERT INTO agents VALUES (?,?,?,?,?)", [tuple(a) for a in agents])
    words = ["Acme", "Bright", "Cobalt", "Delta", "Ember", "Fjord", "Granite", "Harbor", "Iris", "Juniper"]
    orgs = []
    for i in range(1, 701):
        test = 1 if i % 71 == 0 else 0
        orgs.append((i, f"Test Org {i}" if test else f"{r.choice(words)} {r.choice(['Co', 'Group', 'AG', 'LLC', 'Partners'])} {i}",
                     _pick(r, {"free": 50, "pro": 38, "enterprise": 12}), _pick(r, {"EMEA": 45, "NA": 40, "APAC": 15}), test))
    con.executemany("INSERT INTO orgs VALUES (?,?,?,?,?)", orgs)
    cats = {"billing": 25, "bug": 30, "how_to": 25, "account_access": 12, "feature_request": 8}
    tickets, msgs, ratings = [], [], []
    mid = 1
    test_orgs = [o for o in orgs if o[4]]
    for i in range(1, 5501):
        org = r.choice(test_orgs) if r.random() < 0.05 else orgs[r.randrange(len(orgs))]
        cat = _pick(r, cats)
        pri = _pick(r, {"low": 25, "normal": 50, "high": 18, "urgent": 7})
        st = _pick(r, {"resolved": 48, "archived": 22, "open": 12, "pending": 10, "new": 8})
        ch = _pick(r, {"email": 45, "chat": 30, "web": 18, "phone": 7})
        created = _rand_dt(r, datetime(2023, 1, 1), datetime(2024, 7, 1))
        if created < datetime(2024, 3, 1) and st in ("new", "open", "pending") and r.random() < 0.8:
            st = r.choice(["resolved", "archived"])
        team = {"billing": "billing", "account_access": "onboarding"}.get(cat, "technical")
        cands = [a for a in agents if a[2] == team]
        assignee = r.choice(cands)[0] if st != "new" or r.random() < 0.3 else None
        fr = None
        if st != "new":
            mins = {"urgent": 30, "high": 120, "normal": 480, "low": 1440}[pri]
            fr = created + timedelta(minutes=int(r.expovariate(1 / mins)) + 1)
        res = None
        if st in ("resolved", "archived"):
            res = fr + timedelta(hours=r.expovariate(1 / 30) + 0.2)
        reopened = r.choice([0] * 12 + [1, 1, 2]) if res else 0
        tickets.append((i, org[0], assignee, f"{cat.replace('_', ' ').title()} issue #{i}", cat, pri, st, ch,
                        _ts(created), _ts(fr) if fr else None, _ts(res) if res else None, reopened))
        t = created
        for k in range(r.choice([1, 2, 2, 3, 3, 4])):
            author = "customer" if k % 2 == 0 else "agent"
            t = t + timedelta(minutes=r.randrange(5, 600))
            msgs.append((mid, i, author, _ts(t), int(author == "agent" and r.random() < 0.2)))
            mid += 1
        if res and r.random() < 0.4:
            ratings.append((i, int(_pick(r, {"1": 8, "2": 8, "3": 14, "4": 30, "5": 40})),
                            _ts(res + timedelta(hours=r.randrange(1, 72))), r.choice([None, None, "thanks", "slow", "great help", "not solved"])))
    con.executemany("INSERT INTO tickets VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", tickets)
    con.executemany("INSERT INTO ticket_messages VALUES (?,?,?,?,?)", msgs)
    con.executemany("INSERT INTO csat VALUES (?,?,?,?)", ratings)


_BUILDERS = {"shop": _shop, "hr": _hr, "saas": _saas, "logistics": _logistics, "clinic": _clinic,
             "helpdesk": _helpdesk}


def build(name: str, path: Path) -> None:
    """Create the database ``name`` at ``path`` (overwriting it)."""
    if name not in _BUILDERS:
        raise KeyError(f"unknown database {name!r}; known: {', '.join(NAMES)}")
    path = Path(path)
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        _BUILDERS[name](con, _rng(name))
        con.commit()
    finally:
        con.close()
