"""Hand-written probe training data, part "schemas": SQL and pandas questions over a described schema.

Every item is an analysis request (a SQL query to write, or a pandas /
spreadsheet computation) whose ``context`` describes the data: CREATE TABLE
statements, ``table(col, col)`` lists, markdown tables of columns with types,
``df.info()`` listings, or a CSV header plus a few rows.  The businesses vary
(clinics, airlines, schools, games, logistics, SaaS billing, sports leagues,
libraries, hotels, gyms, utilities, charities, ...).

Label 0 (at least half the rows): every term in the request maps to exactly
one column or table, or to an obvious derivation, and thresholds, periods,
aggregations and tie-breaks are given or do not change the answer.  Many of
these are phrased loosely, with synonyms ("folks who signed up" for
``created_at`` when it is the only date, "money we took in" when there is a
single amount column), so that "a schema is present" or "the wording is
casual" is never by itself a cue to ask.

Label 1: a term that matches two candidate columns ("date" with order_date and
ship_date), a term that matches no column and no derivation, an undefined
threshold or period ("top customers", "recently", "large orders"), an unstated
aggregation or tie-break that changes the result, or a request that
contradicts the schema (it names a column or table the schema clearly lacks,
or holds in a different form).  Spans quote the vague term from the text, or
the conflicting column names from the context (``where="context"``).

``context_pair`` groups keep the question fixed and swap a schema that settles
it for one that leaves it open; ``pair`` groups keep the schema and swap a
precise question for a vague one.  Stand-alone items close the file.

Every item below was written out by hand, one literal call each; schema
strings that several items share are named constants, nothing is generated
from templates or word lists.  Deterministic, stdlib only.  Domains: sql, data.

Usage (from the repository root):
    python -m training.corpus.build_handwritten_schemas
    python -m training.corpus.check_corpus training/corpus/handwritten_schemas.jsonl
"""

from __future__ import annotations

from pathlib import Path

from training.corpus._writer import Corpus

c = Corpus("hwk", Path(__file__).with_name("handwritten_schemas.jsonl"))
P, CP, OK, B = c.pair, c.context_pair, c.ok, c.blocked
S, D = "sql", "data"
M, A, C = "missing", "ambiguous", "contradictory"

# ---------------------------------------------------------------------------
# Shared schemas (one business each, in different description formats)
# ---------------------------------------------------------------------------

CLINIC = """CREATE TABLE patients (
  patient_id   BIGINT PRIMARY KEY,
  full_name    TEXT NOT NULL,
  birth_date   DATE,
  sex          CHAR(1),
  zip_code     TEXT
);
CREATE TABLE providers (
  provider_id  INT PRIMARY KEY,
  name         TEXT,
  specialty    TEXT,
  clinic_id    INT
);
CREATE TABLE clinics (
  clinic_id    INT PRIMARY KEY,
  name         TEXT,
  city         TEXT
);
CREATE TABLE appointments (
  appt_id      BIGINT PRIMARY KEY,
  patient_id   BIGINT REFERENCES patients,
  provider_id  INT REFERENCES providers,
  scheduled_at TIMESTAMP,
  status       TEXT,   -- 'booked','completed','no_show','cancelled'
  visit_type   TEXT    -- 'new','follow_up','telehealth'
);"""

AIRLINE = """flights(flight_id, flight_no, origin, dest, sched_dep, actual_dep, sched_arr, actual_arr, aircraft_id, status)
bookings(booking_id, flight_id, passenger_id, fare_class, fare_usd, booked_at, checked_in)
passengers(passenger_id, full_name, loyalty_tier, home_country)
aircraft(aircraft_id, model, seat_count, year_built)"""

SCHOOL = """**students**
| column | type |
|---|---|
| student_id | int |
| first_name | text |
| last_name | text |
| grade_level | int |
| homeroom | text |
| enrolled_on | date |

**enrollments**
| column | type |
|---|---|
| student_id | int |
| course_id | int |
| term | text (e.g. '2024-FALL') |
| final_score | numeric (0-100) |

**courses**
| column | type |
|---|---|
| course_id | int |
| title | text |
| department | text |
| credits | int |"""

GAME_DF = """<class 'pandas.core.frame.DataFrame'>
RangeIndex: 184203 entries, 0 to 184202
Data columns (total 9 columns):
 #   Column         Non-Null Count   Dtype
---  ------         --------------   -----
 0   player_id      184203 non-null  int64
 1   session_start  184203 non-null  datetime64[ns]
 2   session_end    183977 non-null  datetime64[ns]
 3   platform       184203 non-null  object
 4   country        184150 non-null  object
 5   level_reached  184203 non-null  int64
 6   coins_spent    184203 non-null  int64
 7   purchase_usd   184203 non-null  float64
 8   is_first_session 184203 non-null bool
dtypes: bool(1), datetime64[ns](2), float64(1), int64(3), object(2)"""

SHIP_CSV = """shipments.csv (first rows):
shipment_id,origin_dc,dest_zip,carrier,pickup_date,delivered_date,weight_kg,cost_usd,status
SH-100231,DAL,75201,UPS,2024-05-02,2024-05-04,12.4,38.10,delivered
SH-100232,ATL,30301,FedEx,2024-05-02,,3.1,14.75,in_transit
SH-100233,DAL,73301,UPS,2024-05-03,2024-05-07,48.0,121.30,delivered
SH-100234,RNO,89501,OnTrac,2024-05-03,2024-05-03,0.8,9.20,delivered"""

SAAS = """accounts(account_id PK, name, industry, country, created_at)
subscriptions(sub_id PK, account_id FK, plan, seats, mrr_usd, started_at, canceled_at NULL)
invoices(invoice_id PK, account_id FK, issued_at, due_at, paid_at NULL, amount_usd, status)  -- status in ('open','paid','void')"""

LEAGUE = """CREATE TABLE teams (team_id INT PRIMARY KEY, name TEXT, city TEXT, division TEXT);
CREATE TABLE players (player_id INT PRIMARY KEY, team_id INT, name TEXT, position TEXT, birth_date DATE);
CREATE TABLE matches (match_id INT PRIMARY KEY, season INT, played_on DATE, home_team_id INT, away_team_id INT, home_goals INT, away_goals INT, attendance INT);
CREATE TABLE player_match_stats (match_id INT, player_id INT, minutes INT, goals INT, assists INT, yellow_cards INT, red_cards INT);"""

LIBRARY = """books: book_id (int), isbn (text), title (text), author (text), genre (text), pub_year (int)
copies: copy_id (int), book_id (int), branch_id (int), acquired_on (date)
loans: loan_id (int), copy_id (int), member_id (int), checked_out_at (timestamp), due_on (date), returned_at (timestamp, null if still out)
members: member_id (int), name (text), branch_id (int), joined_on (date)
branches: branch_id (int), name (text), neighborhood (text)"""

# ===========================================================================
# 1. Same question, two schemas: one candidate column vs two (context_pair)
# ===========================================================================

CP(S, "Count orders per month by date for 2024.",
   "orders(order_id, customer_id, order_date, total_usd, status)\ncustomers(customer_id, name, region)",
   "orders(order_id, customer_id, order_date, ship_date, total_usd, status)\ncustomers(customer_id, name, region)",
   A, "column", "ship_date",
   "orders has both order_date and ship_date; should the months be based on when the order was placed or when it shipped?",
   options=["order_date", "ship_date"])
CP(S, "What's the average price of the products in each category?",
   "CREATE TABLE products (\n  sku TEXT PRIMARY KEY,\n  name TEXT,\n  category TEXT,\n  list_price NUMERIC(10,2),\n  weight_g INT,\n  discontinued BOOLEAN\n);",
   "CREATE TABLE products (\n  sku TEXT PRIMARY KEY,\n  name TEXT,\n  category TEXT,\n  list_price NUMERIC(10,2),\n  sale_price NUMERIC(10,2)\n);",
   A, "column", "sale_price",
   "products has list_price and sale_price; which one should the category average use?",
   options=["list_price", "sale_price"])
CP(S, "how many appointments did each provider have last month (calendar month, by appointment time)?",
   CLINIC,
   CLINIC.replace("  scheduled_at TIMESTAMP,", "  scheduled_at TIMESTAMP,\n  checked_in_at TIMESTAMP,\n  booked_at    TIMESTAMP,"),
   A, "column", "booked_at",
   "appointments has scheduled_at, checked_in_at and booked_at; which one is the appointment time for deciding 'last month'?",
   options=["scheduled_at", "checked_in_at", "booked_at"])
CP(D, "Plot the distribution of delivery time in days for delivered shipments.",
   SHIP_CSV,
   "shipments.csv (first rows):\nshipment_id,origin_dc,dest_zip,carrier,order_date,pickup_date,delivered_date,weight_kg,cost_usd,status\nSH-100231,DAL,75201,UPS,2024-04-30,2024-05-02,2024-05-04,12.4,38.10,delivered\nSH-100233,DAL,73301,UPS,2024-05-01,2024-05-03,2024-05-07,48.0,121.30,delivered",
   A, "derivation", "order_date,pickup_date,delivered_date",
   "Delivery time could run from order_date or from pickup_date to delivered_date; which start point should I use?",
   options=["from order_date", "from pickup_date"])
CP(S, "Which flights left more than 30 minutes late in June 2024?",
   AIRLINE,
   AIRLINE.replace("sched_dep, actual_dep,", "sched_dep, gate_out, wheels_off,"),
   A, "column", "gate_out, wheels_off",
   "The flights table has gate_out and wheels_off but no single departure time; should 'left' mean pushback from the gate or takeoff?",
   options=["gate_out", "wheels_off"])
CP(S, "Give me each student's name next to their homeroom.",
   SCHOOL,
   SCHOOL.replace("| homeroom | text |", "| homeroom_fall | text |\n| homeroom_spring | text |"),
   A, "column", "| homeroom_fall | text |\n| homeroom_spring | text |",
   "students has homeroom_fall and homeroom_spring; which term's homeroom should I show, or both?",
   options=["homeroom_fall", "homeroom_spring", "both"])
CP(D, "Average session length per platform, in minutes.",
   GAME_DF,
   "<class 'pandas.core.frame.DataFrame'>\nRangeIndex: 184203 entries, 0 to 184202\nData columns (total 8 columns):\n #   Column          Non-Null Count   Dtype\n---  ------          --------------   -----\n 0   player_id       184203 non-null  int64\n 1   session_start   184203 non-null  datetime64[ns]\n 2   foreground_sec  184203 non-null  int64\n 3   wall_clock_sec  184203 non-null  int64\n 4   platform        184203 non-null  object\n 5   country         184150 non-null  object\n 6   level_reached   184203 non-null  int64\n 7   purchase_usd    184203 non-null  float64\ndtypes: datetime64[ns](1), float64(1), int64(4), object(2)",
   A, "column", "foreground_sec",
   "There are two duration columns, foreground_sec (time in the app) and wall_clock_sec; which one is session length?",
   options=["foreground_sec", "wall_clock_sec"])
CP(S, "Sum the amount for invoices issued in Q1 2024, grouped by account industry.",
   SAAS,
   "accounts(account_id PK, name, industry, country, created_at)\ninvoices(invoice_id PK, account_id FK, issued_at, due_at, paid_at NULL, amount_usd, tax_usd, amount_incl_tax_usd, status)",
   A, "column", "amount_usd, tax_usd, amount_incl_tax_usd",
   "invoices has amount_usd and amount_incl_tax_usd; should the Q1 sums be before or after tax?",
   options=["amount_usd (before tax)", "amount_incl_tax_usd"])
CP(S, "Which team scored the most goals in the 2023 season?",
   "teams(team_id, name, city)\nteam_season_totals(team_id, season, goals_for, goals_against, points)",
   LEAGUE,
   A, "aggregation", "home_goals INT, away_goals INT",
   "Goals are stored per match as home_goals/away_goals and per player in player_match_stats; should I count goals from both home and away matches (including own goals credited to the team), or sum player goals?",
   options=["home + away goals from matches", "sum of player goals"])
CP(S, "List members who joined this year along with their branch name.",
   LIBRARY,
   LIBRARY.replace("members: member_id (int), name (text), branch_id (int), joined_on (date)", "members: member_id (int), name (text), home_branch_id (int), last_visit_branch_id (int), joined_on (date)"),
   A, "column", "home_branch_id (int), last_visit_branch_id (int)",
   "members has home_branch_id and last_visit_branch_id; which branch should I list for each member?",
   options=["home branch", "last visited branch"])
CP(S, "Number of guests per night at each property in August 2024.",
   "reservations(res_id, property_id, check_in, check_out, guests, status)\nproperties(property_id, name, city, rooms)",
   "reservations(res_id, property_id, check_in, check_out, adults, children, status)\nproperties(property_id, name, city, rooms)",
   A, "column", "adults, children",
   "reservations splits guests into adults and children; should the nightly count include children?",
   options=["adults + children", "adults only"])
CP(D, "Make a bar chart of total revenue by region.",
   "sales.xlsx, sheet 'Data', header row:\nDate | Region | Rep | Product | Units | Revenue\n2024-03-01 | West | K. Osei | Widget A | 14 | 1,260.00\n2024-03-01 | East | L. Park | Widget C | 3 | 597.00",
   "sales.xlsx, sheet 'Data', header row:\nDate | Sales Region | Billing Region | Rep | Product | Units | Revenue\n2024-03-01 | West | Central | K. Osei | Widget A | 14 | 1,260.00",
   A, "column", "Sales Region | Billing Region",
   "The sheet has both Sales Region and Billing Region; which one should the bars be grouped by?",
   options=["Sales Region", "Billing Region"])
CP(S, "Average wait between a ticket being opened and the first reply, per agent.",
   "tickets(ticket_id, customer_id, opened_at, first_reply_at, closed_at, agent_id, priority)\nagents(agent_id, name, team)",
   "tickets(ticket_id, customer_id, opened_at, closed_at, priority, assigned_agent_id)\nticket_replies(reply_id, ticket_id, author_agent_id, sent_at, is_internal_note)\nagents(agent_id, name, team)",
   A, "attribution", "assigned_agent_id",
   "A ticket's first reply can be by someone other than the assigned agent; should the wait be attributed to assigned_agent_id or to the author of the first reply?",
   options=["assigned agent", "first reply's author"])
CP(S, "Total weight shipped by carrier for May 2024.",
   "shipments(shipment_id, carrier, pickup_date, weight_kg, cost_usd)",
   "shipments(shipment_id, carrier, pickup_date, actual_weight_kg, billable_weight_kg, cost_usd)",
   A, "column", "actual_weight_kg, billable_weight_kg",
   "shipments has actual_weight_kg and billable_weight_kg; which weight should be totalled?",
   options=["actual_weight_kg", "billable_weight_kg"])
CP(S, "find customers whose address is in Ohio",
   "customers(id, name, email, street, city, state, zip)",
   "customers(id, name, email, billing_state, shipping_state, zip)",
   A, "column", "billing_state, shipping_state",
   "customers has a billing_state and a shipping_state; should Ohio match the billing address, the shipping address, or either?",
   options=["billing_state", "shipping_state", "either"])
CP(D, "What's the median salary per department?",
   "employees.csv\nemp_id,name,department,title,hire_date,base_salary_eur,manager_id\n1001,Ana Ruiz,Finance,Analyst,2019-04-01,52000,1040\n1002,Tom Berg,Sales,AE,2021-09-15,48000,1077",
   "employees.csv\nemp_id,name,department,title,hire_date,base_salary_eur,total_comp_eur,manager_id\n1001,Ana Ruiz,Finance,Analyst,2019-04-01,52000,58500,1040",
   A, "column", "base_salary_eur,total_comp_eur",
   "There are base_salary_eur and total_comp_eur (with bonus); which one counts as salary here?",
   options=["base_salary_eur", "total_comp_eur"])
CP(S, "How many rides did each driver complete in the first week of March 2024?",
   "rides(ride_id, driver_id, rider_id, requested_at, completed_at, fare, status)",
   "rides(ride_id, driver_id, rider_id, requested_at, completed_at, fare, status)\nride_legs(leg_id, ride_id, driver_id, started_at, ended_at)  -- a pooled ride can have several legs and drivers",
   A, "attribution", "-- a pooled ride can have several legs and drivers",
   "Pooled rides can have legs with different drivers; should a ride count for rides.driver_id only, or for every driver who drove a leg?",
   options=["rides.driver_id only", "every leg driver"])
CP(S, "Show each patient's age as of today.",
   CLINIC,
   CLINIC.replace("  birth_date   DATE,", "  birth_year   INT,"),
   A, "precision", "birth_year   INT",
   "Only birth_year is stored, so age can be off by one; is age = current year - birth_year acceptable, or do you need exact ages from another source?",
   options=["current year minus birth_year", "exact age from another source"])
CP(S, "Revenue per product line for 2023.",
   "order_lines(order_id, line_no, product_id, qty, unit_price, line_total)\norders(order_id, ordered_at, status)\nproducts(product_id, name, product_line)",
   "order_lines(order_id, line_no, product_id, qty, unit_price, line_total)\norders(order_id, ordered_at, status)\nproducts(product_id, name, product_line, brand_line)",
   A, "column", "product_line, brand_line",
   "products has product_line and brand_line; which one do you mean by product line?",
   options=["product_line", "brand_line"])
CP(D, "Group the survey responses by age and average the satisfaction score.",
   "responses.csv: response_id, submitted_at, age_band, country, satisfaction (1-5), comment\nexample: 8812, 2024-02-11 10:02, 25-34, PT, 4, \"fast support\"",
   "responses.csv: response_id, submitted_at, age, country, satisfaction (1-5), comment\nexample: 8812, 2024-02-11 10:02, 29, PT, 4, \"fast support\"",
   A, "binning", "age, country",
   "age is a raw number; should I group by exact age, or by bands such as 18-24, 25-34 and so on?",
   options=["exact age", "10-year bands", "custom bands"])
CP(S, "Which books have been borrowed the most times?",
   "books(book_id, title, author)\nloans(loan_id, book_id, member_id, out_at, back_at)",
   LIBRARY,
   A, "granularity", "copies: copy_id (int), book_id (int), branch_id (int), acquired_on (date)",
   "Loans are per copy and copies sit in branches; should I count loans per title across all branches, or per branch?",
   options=["per title, all branches", "per title per branch"])
CP(S, "Average order value by country.",
   "orders(order_id, customer_id, country, placed_at, amount_eur)",
   "orders(order_id, customer_id, placed_at, amount_eur)\ncustomers(customer_id, country_of_residence)\nshipping_addresses(order_id, country)",
   A, "column", "country_of_residence",
   "Country could be the customer's country_of_residence or the order's shipping country; which one should I group by?",
   options=["customer residence", "shipping country"])

# ===========================================================================
# 2. Same question, two schemas: the needed column exists vs. is absent or
#    held in a form that contradicts the question (context_pair)
# ===========================================================================

CP(S, "Total profit per store for 2024.",
   "sales(sale_id, store_id, sold_at, revenue, cost_of_goods)\nstores(store_id, name, city)",
   "sales(sale_id, store_id, sold_at, revenue)\nstores(store_id, name, city, manager)",
   M, "column", None,
   "There's no cost column in sales, only revenue; where should the cost side of profit come from, or should I report revenue instead?",
   options=["a cost table you can point me to", "report revenue instead"])
CP(D, "Break down no-show rate by patient gender.",
   CLINIC,
   CLINIC.replace("  sex          CHAR(1),\n", ""),
   M, "column", None,
   "patients has no sex or gender column; is there another table with it, or should I break no-shows down by something else?",
   options=["another table has it", "break down by visit_type instead"])
CP(S, "List the passengers who flew business class on flight UA 212 on 3 May 2024.",
   AIRLINE,
   "flights(flight_id, flight_no, origin, dest, sched_dep, actual_dep, aircraft_id)\nbookings(booking_id, flight_id, passenger_id, fare_usd, booked_at)\npassengers(passenger_id, full_name, loyalty_tier)",
   M, "column", "bookings(booking_id, flight_id, passenger_id, fare_usd, booked_at)",
   "bookings has no fare_class or cabin column; how should I tell business-class passengers apart (e.g. a fare threshold or another table)?",
   options=["fare threshold", "another table"])
CP(S, "sum the amount_usd column of paid invoices by month of paid_at",
   SAAS,
   "accounts(account_id PK, name, industry, country, created_at)\ninvoices(invoice_id PK, account_id FK, issued_at, paid_at NULL, amount, currency, status)",
   C, "column", "amount, currency",
   "invoices has no amount_usd; it has amount in mixed currencies; should I convert to USD (with which rates) or sum per currency?",
   options=["convert to USD", "sum per currency"])
CP(S, "Count orders with status 'shipped' per warehouse.",
   "orders(order_id, warehouse_id, created_at, status)  -- status: new, picked, shipped, delivered, returned\nwarehouses(warehouse_id, code, city)",
   "orders(order_id, warehouse_id, created_at, status)  -- status: new, picked, in_transit, delivered, returned\nwarehouses(warehouse_id, code, city)",
   C, "value", "status: new, picked, in_transit, delivered, returned",
   "status has no 'shipped' value (it has in_transit and delivered); should 'shipped' mean in_transit only, or in_transit plus delivered?",
   options=["in_transit", "in_transit + delivered"])
CP(D, "Plot daily active players for April 2024.",
   GAME_DF,
   "player_weekly.parquet\n   column         dtype\n   player_id      int64\n   iso_week       object   e.g. '2024-W14'\n   sessions       int64\n   minutes_played float64\n   platform       object",
   C, "granularity", "iso_week       object   e.g. '2024-W14'",
   "The data is weekly (iso_week), so daily actives can't be computed; would weekly active players for April's weeks do?",
   options=["weekly actives instead", "I'll find daily data"])
CP(S, "Join enrollments to students on student_number and show average final score per grade level.",
   SCHOOL.replace("| student_id | int |\n| first_name", "| student_id | int |\n| student_number | text |\n| first_name").replace("**enrollments**\n| column | type |\n|---|---|\n| student_id | int |", "**enrollments**\n| column | type |\n|---|---|\n| student_number | text |"),
   SCHOOL,
   C, "join_key", "| student_id | int |",
   "Neither table has a student_number column; both use student_id. Should I join on student_id instead?",
   options=["join on student_id", "student_number lives elsewhere"])
CP(S, "Give me the attendance of every home game of the Harbor City Gulls in 2023.",
   LEAGUE,
   "CREATE TABLE teams (team_id INT PRIMARY KEY, name TEXT, city TEXT);\nCREATE TABLE matches (match_id INT PRIMARY KEY, season INT, played_on DATE, home_team_id INT, away_team_id INT, home_goals INT, away_goals INT);\nCREATE TABLE tickets_sold (match_id INT, section TEXT, qty INT);",
   M, "column", "CREATE TABLE tickets_sold (match_id INT, section TEXT, qty INT);",
   "matches has no attendance column; is summing tickets_sold.qty an acceptable stand-in for attendance?",
   options=["use tickets sold", "no, find real attendance"])
CP(S, "Which members have a book that's overdue right now?",
   LIBRARY,
   "books: book_id, title, author\nloans: loan_id, book_id, member_id, checked_out_at, returned_at\nmembers: member_id, name, joined_on",
   M, "threshold", "loans: loan_id, book_id, member_id, checked_out_at, returned_at",
   "loans has no due date; what loan period should count as overdue (e.g. 14 or 21 days after checkout)?",
   options=["14 days", "21 days", "28 days"])
CP(D, "Compute on-time delivery rate per carrier.",
   "deliveries.csv\nshipment_id,carrier,promised_date,delivered_date,status\nSH-1,UPS,2024-05-04,2024-05-04,delivered\nSH-2,DHL,2024-05-06,2024-05-08,delivered",
   SHIP_CSV,
   M, "threshold", "pickup_date,delivered_date",
   "There's no promised or due date in shipments.csv; how many days after pickup counts as on time?",
   options=["2 days", "3 days", "5 days"])
CP(S, "Churned accounts in 2024 by plan.",
   SAAS + "\n-- one subscription row per account; churned = canceled_at set",
   "accounts(account_id PK, name, industry, country, created_at, plan)\nlogins(account_id, user_id, logged_in_at)",
   M, "definition", "logins(account_id, user_id, logged_in_at)",
   "There's no cancellation date, only logins; how long without a login should count as churned?",
   options=["30 days", "60 days", "90 days"])
CP(S, "Average rating per hotel for reviews written in 2024.",
   "hotels(hotel_id, name, city, stars)\nreviews(review_id, hotel_id, guest_id, written_at, rating_1_10, text)",
   "hotels(hotel_id, name, city, stars)\nreviews(review_id, hotel_id, guest_id, written_at, cleanliness_score, staff_score, location_score, text)",
   A, "aggregation", "cleanliness_score, staff_score, location_score",
   "Reviews have three sub-scores and no overall rating; should I average the three equally, or use one of them?",
   options=["mean of the three", "cleanliness only", "staff only", "location only"])
CP(S, "Sessions per user for users on the Pro plan.",
   "users(user_id, email, plan, signed_up_at)\nsessions(session_id, user_id, started_at, ended_at)",
   "users(user_id, email, signed_up_at)\nsessions(session_id, user_id, started_at, ended_at)\nplan_changes(user_id, plan, changed_at)",
   A, "period", "plan_changes(user_id, plan, changed_at)",
   "Plans change over time; should 'Pro users' be those on Pro now, or should each session count only while the user was on Pro?",
   options=["on Pro now", "sessions during Pro periods"])
CP(S, "Total kWh used per meter in January 2024.",
   "readings(meter_id, read_at, kwh_since_last)\nmeters(meter_id, address, tariff)",
   "readings(meter_id, read_at, cumulative_kwh)\nmeters(meter_id, address, tariff)",
   M, "derivation", None,
   "Readings are cumulative and taken at irregular times; should January use the difference between the last reading before 1 Jan and the last before 1 Feb, or should I prorate between readings?",
   options=["difference of bracketing readings", "prorate by time"])
CP(S, "List employees who report to Dana Whitfield.",
   "employees(emp_id, full_name, title, manager_id, dept_id)",
   "employees(emp_id, full_name, title, dept_id)\ndepartments(dept_id, name, head_emp_id)",
   C, "relationship", "departments(dept_id, name, head_emp_id)",
   "There's no manager_id, only department heads; should 'reports to Dana Whitfield' mean everyone in a department she heads?",
   options=["everyone in her departments", "there's another reporting table"])
CP(D, "Convert the temperature column to Fahrenheit and give me the monthly mean.",
   "station_obs.csv: station_id, observed_at (UTC), temp_c, humidity_pct, wind_ms, precip_mm",
   "station_obs.csv: station_id, observed_at (UTC), temp_f, humidity_pct, wind_ms, precip_mm",
   C, "unit", "temp_f",
   "The column is already temp_f (Fahrenheit); should I just take the monthly mean as is, or did you expect Celsius data?",
   options=["use temp_f as is", "the data should be Celsius"])
CP(S, "How many donations over $500 did we get from each campaign?",
   "donations(donation_id, donor_id, campaign_id, amount_usd, received_on)\ncampaigns(campaign_id, name, channel)",
   "donations(donation_id, donor_id, amount_usd, received_on, utm_source)\ndonors(donor_id, name, first_campaign_id)\ncampaigns(campaign_id, name, channel)",
   A, "attribution", "first_campaign_id",
   "Donations aren't linked to campaigns directly; should I credit each donation to the donor's first_campaign_id, or map utm_source to campaigns?",
   options=["donor's first campaign", "utm_source"])
CP(S, "Count the vehicles each rental branch has available today.",
   "vehicles(vin, branch_id, model, status)  -- status: available, rented, maintenance\nbranches(branch_id, city)",
   "vehicles(vin, home_branch_id, model, status)  -- status: available, rented, maintenance\nrentals(rental_id, vin, pickup_branch_id, return_branch_id, out_at, back_at)\nbranches(branch_id, city)",
   A, "column", "home_branch_id",
   "Cars can be returned to another branch; should 'the branch it's at' be home_branch_id or the return_branch_id of its latest rental?",
   options=["home_branch_id", "latest return_branch_id"])
CP(S, "Top 5 products by units sold in 2024, ties broken alphabetically by name.",
   "sales(sale_id, product_id, sold_on, units)\nproducts(product_id, name)",
   "sales(sale_id, product_id, sold_on, revenue_usd)\nproducts(product_id, name, unit_price_usd)",
   M, "column", "sales(sale_id, product_id, sold_on, revenue_usd)",
   "sales has no units column; is revenue_usd divided by the current unit_price_usd an acceptable estimate of units, given prices may have changed?",
   options=["estimate from revenue / price", "rank by revenue instead"])
CP(S, "For each course, the percentage of students who passed.",
   SCHOOL.replace("| final_score | numeric (0-100) |", "| final_score | numeric (0-100) |\n| passed | boolean |"),
   SCHOOL,
   M, "threshold", "| final_score | numeric (0-100) |",
   "There's no pass flag, only final_score; what's the passing score (e.g. 50, 60 or 65)?",
   options=["50", "60", "65"])

# ===========================================================================
# 3. Same schema, precise vs. vague question (pair): thresholds and periods
# ===========================================================================

P(S, "Accounts whose total paid invoices in 2024 exceed $50,000, highest first.",
  "who are our top customers? need a list for the QBR deck, highest first, from the invoices data",
  M, "threshold", "top customers",
  "Should 'top customers' be the top 10 by 2024 paid invoice total, or everyone above a set dollar amount?",
  good_ctx=SAAS, bad_ctx=SAAS, options=["top 10 by 2024 paid total", "above a dollar threshold"])
P(S, "Patients with a completed appointment in the last 90 days.",
  "Can you pull the list of patients seen recently? Name, birth date and the clinic they were seen at, for the outreach letters.",
  A, "period", "recently",
  "How far back does 'recently' go: the last 30 days, 90 days, or this calendar year?",
  good_ctx=CLINIC, bad_ctx=CLINIC, options=["30 days", "90 days", "this year"])
P(D, "Flag shipments heavier than 30 kg and show their share of total cost.",
  "flag the heavy shipments and tell me what share of total cost they make up",
  M, "threshold", "heavy shipments",
  "What weight makes a shipment heavy, e.g. over 20 kg or over 30 kg?",
  good_ctx=SHIP_CSV, bad_ctx=SHIP_CSV, options=["over 20 kg", "over 30 kg", "over 50 kg"])
P(S, "Bookings with fare_usd above 1000 made in 2024, with passenger name.",
  "Could you pull the expensive bookings along with the passenger names? Just this year's.",
  M, "threshold", "expensive bookings",
  "Above what fare_usd should a booking count as expensive?",
  good_ctx=AIRLINE, bad_ctx=AIRLINE, options=["$500", "$1,000", "$2,000"])
P(S, "Players with at least 10 goals in season 2023.",
  "prolific scorers last season",
  M, "threshold", "prolific scorers",
  "How many goals makes a scorer prolific: 10+, 15+, or the top 10 by goals?",
  good_ctx=LEAGUE, bad_ctx=LEAGUE, options=["10+ goals", "15+ goals", "top 10 scorers"])
P(S, "Loans still out more than 30 days past due_on as of today, with member name and title.",
  "loans that are really late, with member name and title please, as of today",
  M, "threshold", "really late",
  "How many days past due_on counts as really late: 7, 30 or 60?",
  good_ctx=LIBRARY, bad_ctx=LIBRARY, options=["7 days", "30 days", "60 days"])
P(D, "Share of players who spent more than $20 in total during their first 7 days.",
  "share of players who became big spenders within their first 7 days",
  M, "threshold", "big spenders",
  "What total purchase_usd in the first 7 days makes a big spender: $20, $50 or $100?",
  good_ctx=GAME_DF, bad_ctx=GAME_DF, options=["$20", "$50", "$100"])
P(S, "Students whose average final_score across the 2024-FALL term is below 60.",
  "the counsellors asked for a list of struggling students, with homeroom and grade level so they can plan check-ins - use 2024-FALL scores",
  M, "threshold", "struggling",
  "What average final_score cut-off counts as struggling: below 60 or below 70?",
  good_ctx=SCHOOL, bad_ctx=SCHOOL, options=["below 60", "below 70"])
P(S, "Invoices that were paid more than 15 days after due_at in Q2 2024.",
  "invoices that were paid late in Q2 2024",
  A, "threshold", "paid late",
  "Is any payment after due_at late, or do you allow a grace period (e.g. 15 days)?",
  good_ctx=SAAS, bad_ctx=SAAS, options=["any day after due_at", "more than 15 days after"])
P(S, "New patients (first appointment ever) per clinic city in March 2024.",
  "new patients per city lately",
  A, "period", "lately",
  "Which period should 'lately' cover: last month, last quarter, or year to date?",
  good_ctx=CLINIC, bad_ctx=CLINIC, options=["last month", "last quarter", "year to date"])
P(S, "Routes (origin-dest) with fewer than 20 bookings in the last 12 months.",
  "which routes are underperforming? i want to look at cutting some. use the last 12 months of bookings",
  M, "metric", "underperforming",
  "What measure of underperformance should I use: bookings below a count, revenue below an amount, or low load factor (bookings / seat_count)?",
  good_ctx=AIRLINE, bad_ctx=AIRLINE, options=["booking count", "revenue", "load factor"])
P(D, "Highlight the rows where cost_usd per kg is more than twice the carrier's median.",
  "highlight outliers in cost so the ops team can check the invoices with the carriers, and keep the other columns in the output",
  A, "definition", "outliers",
  "How should an outlier be defined: cost per kg above twice the carrier median, beyond 3 standard deviations, or outside 1.5 IQR?",
  good_ctx=SHIP_CSV, bad_ctx=SHIP_CSV, options=["2x carrier median", "3 sigma", "1.5 IQR"])
P(S, "Members who joined before 2020 and have borrowed nothing since 1 Jan 2024.",
  "members who joined before 2020 and have gone quiet",
  M, "period", "gone quiet",
  "How long without a loan counts as gone quiet: nothing since 1 Jan 2024, nothing in the last 6 months, or nothing in 12 months?",
  good_ctx=LIBRARY, bad_ctx=LIBRARY, options=["since 1 Jan 2024", "6 months", "12 months"])
P(S, "Matches in season 2024 decided by three goals or more.",
  "For the season review podcast, find the blowouts in season 2024 with both team names, the score line and the date.",
  M, "threshold", "blowouts",
  "What goal margin counts as a blowout: 3 or more, or 4 or more?",
  good_ctx=LEAGUE, bad_ctx=LEAGUE, options=["3+", "4+"])
P(D, "Sessions shorter than 60 seconds, by platform, as a share of all sessions.",
  "what share of sessions are short ones, by platform?",
  M, "threshold", "short ones",
  "What length counts as a short session: under 30 s, 60 s or 5 minutes?",
  good_ctx=GAME_DF, bad_ctx=GAME_DF, options=["< 30 s", "< 60 s", "< 5 min"])
P(S, "accounts created in the last 30 days that have no paid invoice yet",
  "new accounts that haven't paid yet - account name, country and created_at, so finance can chase them before month end",
  A, "period", "new accounts",
  "How new is new: created in the last 7, 30 or 90 days?",
  good_ctx=SAAS, bad_ctx=SAAS, options=["7 days", "30 days", "90 days"])
P(S, "Flights whose actual_arr was more than 15 minutes after sched_arr, as a share of all June 2024 arrivals, per destination.",
  "Per destination, what share of June 2024 arrivals were delayed?",
  A, "threshold", "delayed",
  "How late must actual_arr be to count as delayed: any minute, or the usual 15 minutes?",
  good_ctx=AIRLINE, bad_ctx=AIRLINE, options=["any delay", "15+ minutes"])
P(S, "Courses in the Science department where more than 40 students enrolled in 2024-FALL.",
  "which are the popular science courses this fall? the department wants to know where to add sections next year",
  M, "threshold", "popular",
  "How many enrolments make a course popular: a fixed number like 40, or the top N?",
  good_ctx=SCHOOL, bad_ctx=SCHOOL, options=["more than 40", "top 5"])
P(S, "Customers whose lifetime order total is above $10,000 and who ordered in the past 6 months.",
  "Customers with a lifetime order total above $10,000 who are still active. Orders table below.",
  A, "period", "still active",
  "What window counts as still active: an order in the last 3, 6 or 12 months?",
  good_ctx="orders(order_id, customer_id, ordered_at, total_usd)\ncustomers(customer_id, name, email)",
  bad_ctx="orders(order_id, customer_id, ordered_at, total_usd)\ncustomers(customer_id, name, email)",
  options=["3 months", "6 months", "12 months"])
P(S, "Daily orders for the 14 days ending yesterday.",
  "daily orders for the past couple of weeks",
  A, "period", "past couple of weeks",
  "Should 'the past couple of weeks' be the 14 days ending yesterday, or include today's partial day?",
  good_ctx="orders(order_id, customer_id, ordered_at, total_usd)",
  bad_ctx="orders(order_id, customer_id, ordered_at, total_usd)", options=["14 days ending yesterday", "include today"])
P(S, "Tickets with priority 'urgent' still open for more than 48 hours.",
  "urgent tickets that have been sitting around too long",
  M, "threshold", "too long",
  "How long may an urgent ticket stay open before it's too long: 24 hours, 48 hours, or a week?",
  good_ctx="tickets(ticket_id, opened_at, closed_at NULL, priority, agent_id)  -- priority: low, normal, high, urgent",
  bad_ctx="tickets(ticket_id, opened_at, closed_at NULL, priority, agent_id)  -- priority: low, normal, high, urgent",
  options=["24 hours", "48 hours", "7 days"])
P(D, "From sensors.csv, list machines whose vibration_mm_s exceeded 7.1 at any reading in May.",
  "From sensors.csv, list machines with abnormal vibration in May.",
  M, "threshold", "abnormal vibration",
  "What vibration_mm_s level counts as abnormal, for example the ISO 10816 limit of 7.1 or a machine-specific baseline?",
  good_ctx="sensors.csv: machine_id, read_at, vibration_mm_s, temp_c, rpm\nM-07, 2024-05-01 00:00, 2.3, 61.0, 1480",
  bad_ctx="sensors.csv: machine_id, read_at, vibration_mm_s, temp_c, rpm\nM-07, 2024-05-01 00:00, 2.3, 61.0, 1480",
  options=["above 7.1 mm/s", "3x the machine's median"])

# ===========================================================================
# 4. Same schema, precise vs. vague question (pair): two candidate columns,
#    unstated aggregation or tie-break
# ===========================================================================

HOTEL = """| table | columns |
|---|---|
| bookings | booking_id int, hotel_id int, guest_id int, created_at timestamp, check_in date, check_out date, room_rate numeric, total_charged numeric, channel text |
| hotels | hotel_id int, name text, city text, rooms int |
| guests | guest_id int, full_name text, country text, is_member bool |"""

P(S, "Bookings per month by check_in month for 2024.",
  "bookings per month for 2024",
  A, "column", "bookings per month",
  "Should a booking's month be when it was made (created_at) or when the stay starts (check_in)?",
  good_ctx=HOTEL, bad_ctx=HOTEL, options=["created_at", "check_in"])
P(S, "Average nightly room_rate per city in 2024 by check_in.",
  "What's the average price per city for 2024 stays?",
  A, "column", "price",
  "By price do you mean the nightly room_rate or the total_charged per booking?",
  good_ctx=HOTEL, bad_ctx=HOTEL, options=["room_rate", "total_charged"])
P(S, "For each hotel, the guest with the most bookings in 2024; if tied, the one with the earliest first booking.",
  "For each hotel, the guest with the most bookings in 2024.",
  A, "tie_break", "the guest with the most bookings",
  "If two guests tie on booking count at a hotel, should I list both or break the tie (e.g. by earliest first booking)?",
  good_ctx=HOTEL, bad_ctx=HOTEL, options=["list all tied guests", "earliest first booking wins"])
P(S, "Each passenger's most recent booking by booked_at; show one row per passenger, ties by highest booking_id.",
  "each passenger's most recent booking, one row per passenger",
  A, "column", "most recent",
  "Most recent by when it was booked (booked_at) or by the flight date (sched_dep)?",
  good_ctx=AIRLINE, bad_ctx=AIRLINE, options=["booked_at", "flight sched_dep"])
P(S, "Rank teams in season 2024 by points (3 for a win, 1 for a draw), then goal difference.",
  "Rank the teams in season 2024 and give me a table with name, division and whatever you ranked on, for the website.",
  M, "metric", "Rank the teams",
  "What should the ranking use: league points (3/1/0) with goal difference as tie-break, total wins, or goals scored?",
  good_ctx=LEAGUE, bad_ctx=LEAGUE, options=["points then goal difference", "wins", "goals scored"])
P(S, "Average final_score per department for 2024-FALL, each enrollment weighted equally.",
  "average score per department for 2024-FALL",
  A, "aggregation", "average score per department",
  "Should each enrollment count equally, should each course's average count equally, or should scores be weighted by credits?",
  good_ctx=SCHOOL, bad_ctx=SCHOOL, options=["per enrollment", "mean of course means", "credit-weighted"])
P(D, "Total purchase_usd per country, summed over all sessions.",
  "spend per country, sorted high to low, as a small table I can paste into the monthly update",
  A, "aggregation", "spend per country, sorted high to low, as a small table I can paste into the monthly update",
  "Should spend per country be the total purchase_usd, or the average per player in each country?",
  good_ctx=GAME_DF, bad_ctx=GAME_DF, options=["total", "average per player"])
P(S, "Each provider's busiest weekday by count of completed appointments in 2024; if two weekdays tie, show both.",
  "Each provider's busiest weekday in 2024.",
  A, "scope", "busiest weekday",
  "Should busy count all booked appointments or only completed ones (no-shows and cancellations excluded)?",
  good_ctx=CLINIC, bad_ctx=CLINIC, options=["completed only", "all appointments"])
P(S, "Average mrr_usd of active subscriptions (canceled_at is null) per plan.",
  "average MRR per plan",
  A, "scope", "average MRR per plan",
  "Should the average include canceled subscriptions (their MRR at cancellation) or only active ones?",
  good_ctx=SAAS, bad_ctx=SAAS, options=["active only", "all subscriptions"])
P(S, "Number of distinct members who borrowed at least one book per branch of the copy, in 2024.",
  "how many people borrowed from each branch in 2024",
  A, "column", "each branch",
  "Should the branch be where the copy belongs (copies.branch_id) or the member's own branch (members.branch_id)?",
  good_ctx=LIBRARY, bad_ctx=LIBRARY, options=["copy's branch", "member's branch"])
P(D, "Median cost_usd per carrier, delivered shipments only.",
  "typical shipping cost per carrier for delivered shipments - I'll compare it with the rate cards",
  A, "aggregation", "typical",
  "Should 'typical' be the median or the mean cost_usd (they differ a lot with heavy outliers)?",
  good_ctx=SHIP_CSV, bad_ctx=SHIP_CSV, options=["median", "mean"])
P(S, "The player with the most assists in 2024; break ties by fewer minutes played.",
  "Who had the most assists in 2024? Just give me one name, it's for the player-of-the-year graphic and there's only room for one.",
  A, "tie_break", "Just give me one name",
  "If several players share the most assists, how should I pick one name: fewer minutes played, more goals, or alphabetically?",
  good_ctx=LEAGUE, bad_ctx=LEAGUE, options=["fewer minutes", "more goals", "alphabetical"])
P(S, "For every hotel, its occupancy for August 2024 = room-nights booked / (rooms × 31).",
  "occupancy for each hotel in August",
  A, "period", "August",
  "Which year's August do you mean: 2024 or 2023?",
  good_ctx=HOTEL, bad_ctx=HOTEL, options=["August 2024", "August 2023"])
P(S, "List each account's name with its current plan, taking the subscription with the latest started_at.",
  "List each account's name with its plan.",
  A, "cardinality", "its plan",
  "Accounts can have several subscriptions; should I show the latest one's plan, all plans, or only active ones?",
  good_ctx=SAAS, bad_ctx=SAAS, options=["latest subscription", "all plans", "active only"])
P(S, "Rank books by number of loans in 2024 and return the first 10, ties sharing a rank (DENSE_RANK).",
  "ten most borrowed books in 2024",
  A, "tie_break", "ten most borrowed",
  "If titles tie around 10th place, should I return exactly 10 rows or include everyone tied?",
  good_ctx=LIBRARY, bad_ctx=LIBRARY, options=["exactly 10", "include ties"])
P(D, "Per player, the highest level_reached across all sessions, then the mean of that over players per platform.",
  "level reached per platform",
  A, "aggregation", "level reached per platform",
  "Should I average every session's level_reached, or first take each player's max level and then average per platform?",
  good_ctx=GAME_DF, bad_ctx=GAME_DF, options=["mean over sessions", "mean of per-player max"])
P(S, "Appointments per patient zip_code in 2024, counting every appointment regardless of status.",
  "appointments per zip code in 2024",
  A, "scope", "appointments",
  "Should cancelled and no-show appointments be counted, or only completed ones?",
  good_ctx=CLINIC, bad_ctx=CLINIC, options=["all statuses", "completed only"])
P(S, "Load factor per flight in May 2024 = bookings with checked_in true / aircraft seat_count.",
  "load factor per flight in May 2024",
  A, "definition", "load factor",
  "Should load factor count all bookings or only checked-in passengers against seat_count?",
  good_ctx=AIRLINE, bad_ctx=AIRLINE, options=["all bookings", "checked-in only"])
P(S, "Revenue by channel for 2024 stays: sum of total_charged grouped by channel, by check_in date.",
  "revenue by channel in 2024",
  A, "column", "in 2024",
  "Should 2024 be bookings created in 2024 or stays that check in during 2024?",
  good_ctx=HOTEL, bad_ctx=HOTEL, options=["created_at in 2024", "check_in in 2024"])
P(D, "Using employees.csv, headcount per department counting each emp_id once.",
  "Using employees.csv, headcount per department counting each person once.",
  A, "key", "counting each person once",
  "Some people appear under two emp_ids after rehire; should I dedupe by emp_id or by name?",
  good_ctx="employees.csv\nemp_id,name,department,hire_date,termination_date\n1001,Ana Ruiz,Finance,2019-04-01,\n1002,Tom Berg,Sales,2021-09-15,2023-01-31",
  bad_ctx="employees.csv\nemp_id,name,department,hire_date,termination_date\n1001,Ana Ruiz,Finance,2019-04-01,\n1002,Tom Berg,Sales,2021-09-15,2023-01-31\n1188,Tom Berg,Sales,2024-02-01,\n# note: rehires get a new emp_id",
  where="text", options=["by emp_id", "by name"])
P(S, "Average days between a member's consecutive loans, members with 2+ loans only, averaged per member then overall.",
  "average time between loans",
  A, "aggregation", "average time between loans",
  "Should I average per member first and then across members, or pool all gaps together (which weights heavy borrowers more)?",
  good_ctx=LIBRARY, bad_ctx=LIBRARY, options=["per member, then overall", "pool all gaps"])

# ===========================================================================
# 5. Same schema, question that fits vs. one that contradicts the schema or
#    names something it does not have (pair)
# ===========================================================================

P(S, "Count 2024 bookings per hotel made by members (guests.is_member = true).",
  "Count 2024 bookings per hotel made by Gold-tier members.",
  C, "column", "Gold-tier",
  "guests only has an is_member true/false flag, no tiers; should I count all members, or is the tier stored somewhere else?",
  good_ctx=HOTEL, bad_ctx=HOTEL, options=["all members", "tier is in another table"])
P(S, "Passengers by loyalty_tier who booked at least one flight to LHR in 2024.",
  "Passengers by loyalty tier who booked at least one flight to LHR in 2024, along with their miles balance.",
  C, "column", "miles balance",
  "There's no miles balance in passengers (only loyalty_tier); should I leave miles out, or is there another table with balances?",
  good_ctx=AIRLINE, bad_ctx=AIRLINE, options=["leave miles out", "another table has it"])
P(S, "Average final_score per course title for term '2024-FALL'.",
  "Average final_score per course title for the fall 2024 semester, using the semesters table.",
  C, "table", "using the semesters table",
  "There's no semesters table; the term is a text column in enrollments like '2024-FALL'. Should I filter on term = '2024-FALL'?",
  good_ctx=SCHOOL, bad_ctx=SCHOOL, options=["filter term = '2024-FALL'", "a semesters table exists elsewhere"])
P(S, "Goals per player per 90 minutes in season 2024, players with 900+ minutes.",
  "Goals per player per 90 minutes in season 2024, players with 900+ minutes, plus their expected goals (xG).",
  M, "column", "expected goals (xG)",
  "player_match_stats has no xG column; should I drop xG or is there a source I should join?",
  good_ctx=LEAGUE, bad_ctx=LEAGUE, options=["drop xG", "join another source"])
P(S, "Copies acquired in 2023 per branch.",
  "Copies acquired in 2023 per branch, with the purchase price total.",
  M, "column", "purchase price total",
  "copies has acquired_on but no price; where should purchase prices come from, or should I omit that total?",
  good_ctx=LIBRARY, bad_ctx=LIBRARY, options=["omit the total", "another table has prices"])
P(S, "monthly count of completed telehealth appointments in 2024",
  "monthly count of completed video-call appointments in 2024, split by the video platform used",
  M, "column", "split by the video platform used",
  "appointments has visit_type 'telehealth' but nothing about the video platform; should I skip that split?",
  good_ctx=CLINIC, bad_ctx=CLINIC, options=["skip the platform split", "platform is stored elsewhere"])
P(D, "Sum purchase_usd per platform for sessions in March 2024.",
  "Sum purchase_usd per platform for sessions in March 2024, in euros using the fx column.",
  C, "column", "using the fx column",
  "The dataframe has no fx column; should I convert with a fixed rate you give me, or keep USD?",
  good_ctx=GAME_DF, bad_ctx=GAME_DF, options=["keep USD", "use a fixed rate you give me"])
P(D, "Count delivered shipments per origin_dc.",
  "Count delivered shipments per origin_dc and per driver.",
  M, "column", "per driver",
  "shipments.csv has carrier but no driver column; should I group by carrier instead?",
  good_ctx=SHIP_CSV, bad_ctx=SHIP_CSV, options=["group by carrier", "skip the driver split"])
P(S, "Invoices with status 'void' issued in 2024, with account name.",
  "Invoices with status 'refunded' issued in 2024, with account name.",
  C, "value", "status 'refunded'",
  "invoices.status only takes 'open', 'paid' and 'void'; do you mean the void invoices, or are refunds recorded somewhere else?",
  good_ctx=SAAS, bad_ctx=SAAS, options=["void invoices", "refunds are elsewhere"])
P(S, "Number of matches per season where attendance was above 40,000.",
  "Number of sold-out matches per season.",
  M, "column", "sold-out",
  "matches has attendance but no stadium capacity; what attendance counts as sold out (or which table has capacities)?",
  good_ctx=LEAGUE, bad_ctx=LEAGUE, options=["a fixed attendance figure", "a capacity table"])
P(S, "Hotels in Lisbon with more than 100 rooms.",
  "Hotels in Lisbon with more than 100 rooms and a pool.",
  M, "column", "a pool",
  "hotels has no amenities column; how can I tell which hotels have a pool?",
  good_ctx=HOTEL, bad_ctx=HOTEL, options=["skip the pool filter", "amenities are in another table"])
P(S, "Patients born before 1960 who had an appointment with a cardiology provider in 2024.",
  "Patients over 65 with a cardiology diagnosis who were seen in 2024.",
  M, "column", "cardiology diagnosis",
  "There's no diagnosis data, only provider specialty; should 'cardiology' mean seen by a cardiology provider?",
  good_ctx=CLINIC, bad_ctx=CLINIC, options=["seen by a cardiology provider", "diagnoses are in another table"])
P(S, "Aircraft models with their average seat_count and the number of flights they flew in 2024.",
  "Aircraft models with their average seat_count, number of flights in 2024 and average fuel burn per flight.",
  M, "column", "average fuel burn per flight",
  "None of the tables has fuel data; should I leave fuel burn out?",
  good_ctx=AIRLINE, bad_ctx=AIRLINE, options=["leave it out", "fuel data is elsewhere"])
P(S, "Students enrolled in 3 or more Math department courses in term 2024-FALL.",
  "Students enrolled in 3 or more Math courses in 2024-FALL, and their attendance rate.",
  M, "column", "attendance rate",
  "The schema has no attendance data; should I drop the attendance rate?",
  good_ctx=SCHOOL, bad_ctx=SCHOOL, options=["drop it", "attendance is in another table"])
P(S, "Per account, seats on the latest subscription and the number of invoices issued in 2024.",
  "Per account, seats on the latest subscription and the number of users who logged in during 2024.",
  M, "table", "users who logged in",
  "There's no users or logins table here, only seat counts; should I report seats, or where are logins stored?",
  good_ctx=SAAS, bad_ctx=SAAS, options=["report seats only", "logins are in another table"])
P(S, "Members with 5+ loans in 2024 whose books were all returned on or before due_on.",
  "Members with 5+ loans in 2024 whose late fees total more than $10.",
  M, "column", "late fees",
  "There's no fees column; should fees be computed from days late at a per-day rate, or are they stored elsewhere?",
  good_ctx=LIBRARY, bad_ctx=LIBRARY, options=["compute at a per-day rate", "fees are stored elsewhere"])
P(S, "Away wins per team in 2024 (away_goals > home_goals).",
  "Away wins per team in 2024 including penalty shoot-out wins.",
  C, "column", "including penalty shoot-out wins",
  "matches stores only goals, with no shoot-out result; should drawn matches be left out, or is there shoot-out data somewhere?",
  good_ctx=LEAGUE, bad_ctx=LEAGUE, options=["leave draws out", "shoot-out data elsewhere"])
P(D, "From responses.csv, mean satisfaction by country for 2024 responses.",
  "From responses.csv, mean NPS by country for 2024 responses.",
  C, "metric", "mean NPS",
  "The survey has a 1-5 satisfaction score, not a 0-10 recommend score, so NPS can't be computed; is mean satisfaction what you want?",
  good_ctx="responses.csv: response_id, submitted_at, age_band, country, satisfaction (1-5), comment",
  bad_ctx="responses.csv: response_id, submitted_at, age_band, country, satisfaction (1-5), comment",
  options=["mean satisfaction", "NPS from another survey"])
P(S, "SELECT the five heaviest shipments in May 2024 (by weight_kg) with their carrier.",
  "SELECT the five heaviest shipments in May 2024 (by dim_weight) with their carrier.",
  M, "column", "by dim_weight",
  "shipments has weight_kg but no dimensions, so dimensional weight can't be computed; should I rank by weight_kg instead?",
  good_ctx="shipments(shipment_id, carrier, pickup_date, weight_kg, cost_usd)",
  bad_ctx="shipments(shipment_id, carrier, pickup_date, weight_kg, cost_usd)",
  options=["rank by weight_kg", "dimensions are in another table"])
P(S, "Count bookings per channel for 2024 check-ins.",
  "Count bookings per channel for 2024 check-ins, split by the promo code used.",
  M, "column", "the promo code used",
  "bookings has no promo code column; should I skip that split?",
  good_ctx=HOTEL, bad_ctx=HOTEL, options=["skip it", "promo codes are elsewhere"])
P(S, "List each provider's name and specialty with the clinic city.",
  "List each provider's name, specialty, and years of experience.",
  M, "column", "years of experience",
  "providers has no hire or licence date to derive experience from; should I leave that column out?",
  good_ctx=CLINIC, bad_ctx=CLINIC, options=["leave it out", "there's another source"])
P(S, "Return titles published after 2015 in the genre 'Mystery'.",
  "Return titles published after 2015 in the genre 'Mystery', with their average star rating.",
  M, "column", "average star rating",
  "The library schema has no ratings; should I drop the rating column from the output?",
  good_ctx=LIBRARY, bad_ctx=LIBRARY, options=["drop it", "ratings are elsewhere"])
P(S, "Compare 2023 and 2024 revenue per account from paid invoices.",
  "Compare 2023 and 2024 revenue per account from the invoice_lines table.",
  C, "table", "invoice_lines table",
  "There's no invoice_lines table, only invoices with amount_usd; should I use invoices.amount_usd?",
  good_ctx=SAAS, bad_ctx=SAAS, options=["use invoices.amount_usd", "invoice_lines exists elsewhere"])
P(S, "Count flights with status 'cancelled' per origin airport in 2024.",
  "Count flights with status 'cancelled' per origin airport and per cancellation reason in 2024.",
  M, "column", "per cancellation reason",
  "flights has a status but no reason column; should I drop the reason breakdown?",
  good_ctx=AIRLINE, bad_ctx=AIRLINE, options=["drop it", "reasons are stored elsewhere"])

# ===========================================================================
# 6. More businesses, mixed blockers (pair and context_pair)
# ===========================================================================

GYM = """CREATE TABLE members (member_id INT PRIMARY KEY, name TEXT, joined_on DATE, plan TEXT, home_club_id INT);
CREATE TABLE clubs (club_id INT PRIMARY KEY, name TEXT, city TEXT);
CREATE TABLE checkins (checkin_id BIGINT, member_id INT, club_id INT, checked_in_at TIMESTAMP);
CREATE TABLE class_bookings (booking_id BIGINT, member_id INT, class_name TEXT, class_start TIMESTAMP, attended BOOLEAN);"""

POS = """tickets.csv  (one row per POS ticket)
ticket_id,location,opened_at,closed_at,table_no,covers,server,subtotal,tip,payment_type
T-55012,Uptown,2024-06-01 18:02,2024-06-01 19:31,12,4,Maya,142.50,28.00,card
T-55013,Uptown,2024-06-01 18:10,2024-06-01 18:55,3,2,Jon,61.00,10.00,cash"""

STREAM = """<class 'pandas.core.frame.DataFrame'>
Int64Index: 2210554 entries
Data columns (total 8 columns):
 #   Column        Dtype
---  ------        -----
 0   user_id       int64
 1   title_id      int64
 2   title_name    object
 3   genre         object
 4   started_at    datetime64[ns, UTC]
 5   watched_min   float64
 6   runtime_min   float64
 7   device        category
dtypes: category(1), datetime64[ns, UTC](1), float64(2), int64(2), object(2)"""

BANK = """accounts(acct_no, customer_id, type, opened_on, branch)       -- type: checking, savings, credit
transactions(txn_id, acct_no, posted_at, amount, direction, merchant, mcc)  -- direction: debit/credit, amount always positive
customers(customer_id, full_name, birth_date, segment)"""

P(S, "Members who checked in at least 8 times in May 2024.",
  "Marketing wants to send a thank-you to the regulars from May 2024 - name, home club and plan, please.",
  M, "threshold", "regulars",
  "How many May check-ins make someone a regular: 8, 12, or some other number?",
  good_ctx=GYM, bad_ctx=GYM, options=["8+", "12+"])
P(S, "For each club, the share of check-ins in April 2024 by members whose home_club_id is a different club.",
  "For each club, the share of April 2024 visits by members from other clubs.",
  A, "metric", "visits",
  "Should visits be gym check-ins, attended class bookings, or both?",
  good_ctx=GYM, bad_ctx=GYM, options=["check-ins", "attended classes", "both"])
CP(S, "Class attendance rate per class_name in 2024.",
   GYM,
   "CREATE TABLE members (member_id INT PRIMARY KEY, name TEXT, joined_on DATE, plan TEXT);\nCREATE TABLE class_bookings (booking_id BIGINT, member_id INT, class_name TEXT, class_start TIMESTAMP);\nCREATE TABLE checkins (checkin_id BIGINT, member_id INT, checked_in_at TIMESTAMP);",
   M, "derivation", "CREATE TABLE class_bookings (booking_id BIGINT, member_id INT, class_name TEXT, class_start TIMESTAMP);",
   "class_bookings has no attended flag; should I treat a booking as attended if the member checked in within some window before class_start (how long?)?",
   options=["check-in within 60 min before", "check-in the same day"])
P(D, "Average tip as a percentage of subtotal per server, June 2024.",
  "Average tip per server for June 2024.",
  A, "unit", "Average tip",
  "Should the average tip be in dollars or as a percentage of subtotal?",
  good_ctx=POS, bad_ctx=POS, options=["dollars", "percent of subtotal"])
P(D, "Average table turn time (closed_at minus opened_at) per location, in minutes.",
  "Average table turn time per location, in minutes, counting from when the party was seated.",
  C, "column", "from when the party was seated",
  "tickets.csv has opened_at (ticket opened) but no seated time; is opened_at close enough to seating time?",
  good_ctx=POS, bad_ctx=POS, options=["use opened_at", "seating time is elsewhere"])
CP(D, "Which server had the highest sales in June 2024?",
   POS,
   POS.replace("covers,server,subtotal", "covers,opened_by,closed_by,subtotal").replace(",Maya,", ",Maya,Priya,").replace(",Jon,", ",Jon,Jon,"),
   A, "attribution", "opened_by,closed_by",
   "Tickets have opened_by and closed_by servers who can differ; which one should get credit for the sale?",
   options=["opened_by", "closed_by"])
P(D, "Completion rate per genre: share of plays where watched_min >= 90% of runtime_min.",
  "Completion rate per genre, please - the content team wants to know which genres people actually finish, with the genres sorted from best to worst.",
  M, "threshold", "Completion rate",
  "When does a play count as completed: watched_min at least 90% of runtime_min, 100%, or something else?",
  good_ctx=STREAM, bad_ctx=STREAM, options=["≥ 90% of runtime", "≥ 100%"])
P(D, "Top 10 titles by total watched_min in July 2024 (UTC), ties broken by title_name.",
  "Which titles were watched the most in July 2024?",
  A, "metric", "watched the most",
  "Should 'watched the most' rank titles by total minutes watched, number of plays, or distinct viewers?",
  good_ctx=STREAM, bad_ctx=STREAM, options=["total minutes", "plays", "distinct viewers"])
CP(D, "Hours watched per country in Q2 2024.",
   STREAM.replace(" 7   device        category", " 7   device        category\n 8   country       object").replace("total 8 columns", "total 9 columns"),
   STREAM,
   M, "column", None,
   "The dataframe has no country column; is there a user table with countries I should merge in?",
   options=["merge a users table", "break down by device instead"])
P(S, "Net flow per account in 2024: credits minus debits.",
  "Net flow per account in 2024: SUM(amount).",
  C, "sign", "SUM(amount)",
  "amount is always positive with direction in a separate column, so SUM(amount) adds debits and credits together; should I use credits minus debits instead?",
  good_ctx=BANK, bad_ctx=BANK, options=["credits minus debits", "plain SUM(amount)"])
P(S, "Customers in the 'premier' segment with a savings account opened in 2024.",
  "Customers in the premier segment with a savings account opened recently.",
  A, "period", "opened recently",
  "How recent is recent for the account opening: this year, the last 90 days, or the last 30 days?",
  good_ctx=BANK, bad_ctx=BANK, options=["2024", "90 days", "30 days"])
P(S, "Count of transactions per mcc for credit accounts, 2024-01-01 to 2024-06-30 inclusive.",
  "Count of transactions per category for credit accounts, first half of 2024.",
  A, "column", "per category",
  "The only category-like column is mcc (merchant category code); should I group by raw mcc, or map codes to named categories?",
  good_ctx=BANK, bad_ctx=BANK, options=["raw mcc", "mapped category names"])

# ===========================================================================
# 7. Requests that assert something the schema contradicts (pair /
#    context_pair); the complete side asserts what the schema really holds
# ===========================================================================

INSURE = """CREATE TABLE policies (
  policy_id    TEXT PRIMARY KEY,
  holder_id    INT,
  product      TEXT,       -- 'auto', 'home', 'travel'
  start_date   DATE,
  end_date     DATE,
  premium_cents BIGINT     -- annual premium in cents
);
CREATE TABLE claims (
  claim_id     TEXT PRIMARY KEY,
  policy_id    TEXT,
  reported_on  DATE,
  settled_on   DATE,
  paid_cents   BIGINT,
  status       TEXT        -- 'open', 'settled', 'denied'
);"""

P(S, "Average annual premium in dollars per product (premium_cents / 100).",
  "Average annual premium per product; the premium column is already in dollars so no conversion needed.",
  C, "unit", "the premium column is already in dollars",
  "The schema says premium_cents is in cents; should I divide by 100 to report dollars?",
  good_ctx=INSURE, bad_ctx=INSURE, options=["divide by 100", "the comment is wrong, it's dollars"])
P(S, "Claims with status 'denied' reported in 2024, by product.",
  "Claims with status 'rejected' reported in 2024, by product - that's the status value we use for refusals.",
  C, "value", "status 'rejected'",
  "claims.status only has 'open', 'settled' and 'denied'; should I use 'denied' for refusals?",
  good_ctx=INSURE, bad_ctx=INSURE, options=["use 'denied'", "'rejected' lives in another column"])
P(S, "Loss ratio per product for policies starting in 2023: sum of paid_cents over sum of premium_cents.",
  "Loss ratio per product for policies starting in 2023, using the monthly premium column times 12.",
  C, "column", "the monthly premium column times 12",
  "premium_cents is already the annual premium; should I use it as is rather than multiplying by 12?",
  good_ctx=INSURE, bad_ctx=INSURE, options=["use premium_cents as annual", "there's a separate monthly column"])
P(S, "Days from reported_on to settled_on for settled claims, median per product.",
  "Days from the incident date to settled_on for settled claims, median per product.",
  C, "column", "the incident date",
  "claims has reported_on but no incident date; should the clock start at reported_on?",
  good_ctx=INSURE, bad_ctx=INSURE, options=["start at reported_on", "incident dates are elsewhere"])
CP(S, "Join claims to policies on policy_number and list travel claims over $5,000.",
   INSURE.replace("policy_id    TEXT PRIMARY KEY,\n  holder_id", "policy_number TEXT PRIMARY KEY,\n  holder_id").replace("policy_id    TEXT,\n  reported_on", "policy_number TEXT,\n  reported_on"),
   INSURE,
   C, "join_key", "policy_id    TEXT,",
   "There's no policy_number column; both tables key on policy_id. Should I join on policy_id?",
   options=["join on policy_id", "policy_number is in another table"])
P(D, "For each product, units sold per week from the weekly_units column.",
  "For each product, units sold per day from the weekly_units column.",
  C, "granularity", "units sold per day",
  "The data holds weekly_units only; do you want weekly figures, or an even split of each week into seven days?",
  good_ctx="inventory.parquet: product_id int64, week_start datetime64, weekly_units int64, on_hand int64",
  bad_ctx="inventory.parquet: product_id int64, week_start datetime64, weekly_units int64, on_hand int64",
  options=["weekly figures", "divide weeks evenly by 7"])
P(S, "Employees hired after 2020 with salary in EUR above 60,000; salary_eur is in euros.",
  "Employees hired after 2020 with salary above $60,000; salary_eur is the dollar amount.",
  C, "unit", "salary_eur is the dollar amount",
  "The column is named salary_eur, which suggests euros; is the threshold meant to be 60,000 EUR, or should I convert to dollars at some rate?",
  good_ctx="employees(emp_id, name, hired_on, dept, salary_eur)",
  bad_ctx="employees(emp_id, name, hired_on, dept, salary_eur)",
  options=["60,000 EUR", "convert to USD"])
P(S, "Number of tickets opened per agent team in 2024 (tickets join agents on agent_id).",
  "Number of tickets opened per agent team in 2024 - tickets has a team column already, no join needed.",
  C, "column", "tickets has a team column already",
  "tickets has no team column, only agent_id; should I join to agents to get the team?",
  good_ctx="tickets(ticket_id, opened_at, closed_at, agent_id, priority)\nagents(agent_id, name, team)",
  bad_ctx="tickets(ticket_id, opened_at, closed_at, agent_id, priority)\nagents(agent_id, name, team)",
  options=["join to agents", "there's a team column elsewhere"])
P(S, "Matches in 2024 where the home team won at home (home_goals > away_goals).",
  "Matches in 2024 where the home team won at home, using the winner_team_id column.",
  C, "column", "using the winner_team_id column",
  "matches has no winner_team_id; should I derive the winner from home_goals and away_goals?",
  good_ctx=LEAGUE, bad_ctx=LEAGUE, options=["derive from goals", "winner_team_id exists elsewhere"])
P(S, "Passengers with more than 3 bookings in 2024; the bookings table has one row per passenger per flight.",
  "Passengers with more than 3 bookings in 2024; the bookings table has one row per booking with several passengers in it.",
  C, "grain", "one row per booking with several passengers in it",
  "bookings has a single passenger_id per row, so each row is one passenger on one flight; should I count rows per passenger?",
  good_ctx=AIRLINE, bad_ctx=AIRLINE, options=["count rows per passenger", "there's a separate booking-passenger table"])
P(S, "Books with pub_year before 1950, grouped by genre.",
  "Books published before 1950 by genre, using the publication_date column.",
  C, "column", "using the publication_date column",
  "books only has pub_year, not a full publication date; is filtering pub_year < 1950 fine?",
  good_ctx=LIBRARY, bad_ctx=LIBRARY, options=["pub_year < 1950", "publication_date is elsewhere"])
P(D, "Sessions per player in April: count rows per player_id where session_start is in April 2024.",
  "Sessions per player in April: the sessions column already has the count, just sum it per player.",
  C, "column", "the sessions column already has the count",
  "The dataframe has no sessions column; each row is one session. Should I count rows per player instead?",
  good_ctx=GAME_DF, bad_ctx=GAME_DF, options=["count rows", "use a different dataset"])
P(S, "Subscriptions started in 2024 with their mrr_usd, monthly and annual plans alike.",
  "Subscriptions started in 2024 with their MRR; annual plans store the yearly amount in mrr_usd, so divide those by 12.",
  C, "unit", "annual plans store the yearly amount in mrr_usd",
  "The column is mrr_usd, i.e. already monthly; are you sure annual plans hold yearly amounts there, so I should divide them by 12?",
  good_ctx=SAAS, bad_ctx=SAAS, options=["divide annual plans by 12", "use mrr_usd as is"])
P(S, "Delayed June 2024 departures (actual_dep > sched_dep + 15 min) per origin.",
  "Delayed June 2024 departures per origin, using the delay_minutes column with the 15-minute rule.",
  C, "column", "using the delay_minutes column",
  "flights has no delay_minutes column; should I compute it as actual_dep minus sched_dep?",
  good_ctx=AIRLINE, bad_ctx=AIRLINE, options=["compute from actual_dep - sched_dep", "the column exists elsewhere"])
P(S, "Patients with 3+ no-shows in 2024 (status = 'no_show').",
  "Patients with 3+ no-shows in 2024 (no_show = true).",
  C, "column", "no_show = true",
  "appointments has no boolean no_show; it's a status value. Should I filter on status = 'no_show'?",
  good_ctx=CLINIC, bad_ctx=CLINIC, options=["status = 'no_show'", "a separate flag exists"])
P(S, "Count of students per grade_level in each homeroom.",
  "Count of students per grade in each homeroom, where grade is the letter grade column.",
  C, "column", "the letter grade column",
  "There's no letter grade column, only final_score and grade_level; do you mean grade_level, or should I derive letter grades from final_score?",
  good_ctx=SCHOOL, bad_ctx=SCHOOL, options=["grade_level", "letter grade from final_score"])
P(D, "From SHIP data, number of shipments per carrier with status 'delivered'.",
  "From SHIP data, number of shipments per carrier with status 'lost'.",
  C, "value", "status 'lost'",
  "status has no 'lost' value (only delivered, in_transit and returned_to_sender); should I count returned_to_sender as lost, or in_transit shipments older than some age?",
  good_ctx=SHIP_CSV + "\n# status values in the full file: delivered, in_transit, returned_to_sender",
  bad_ctx=SHIP_CSV + "\n# status values in the full file: delivered, in_transit, returned_to_sender",
  options=["returned_to_sender", "old in_transit shipments"])
CP(S, "Weekly active users for 2024, where active means at least one event; events.user_id identifies the user.",
   "events(event_id, user_id, event_name, occurred_at)",
   "events(event_id, anonymous_id, event_name, occurred_at)\nidentities(anonymous_id, user_id NULL)  -- user_id null until login",
   C, "column", "events(event_id, anonymous_id, event_name, occurred_at)",
   "events has anonymous_id, not user_id, and logged-out devices have no user; should I count distinct anonymous_id, or only identified users via identities?",
   options=["distinct anonymous_id", "identified users only"])
CP(S, "Total order value per day in local store time; ordered_at is stored in store-local time.",
   "orders(order_id, store_id, ordered_at TIMESTAMP WITHOUT TIME ZONE, total)  -- local store time",
   "orders(order_id, store_id, ordered_at TIMESTAMPTZ, total)  -- stored in UTC\nstores(store_id, tz)",
   C, "timezone", "-- stored in UTC",
   "ordered_at is stored in UTC, not local time; should I convert with stores.tz before bucketing into days?",
   options=["convert with stores.tz", "bucket by UTC day"])
CP(D, "Sum the revenue column per quarter; it's numeric.",
   "q.csv dtypes:\nquarter      object\nregion       object\nrevenue      float64",
   "q.csv dtypes:\nquarter      object\nregion       object\nrevenue      object   # e.g. '$1,204.50', '(320.00)', 'n/a'",
   C, "dtype", "revenue      object   # e.g. '$1,204.50', '(320.00)', 'n/a'",
   "revenue is text with $ signs, parentheses for negatives and 'n/a'; should I parse parentheses as negatives and treat 'n/a' as 0 or drop those rows?",
   options=["n/a as 0", "drop n/a rows"])

# ===========================================================================
# 8. pandas / spreadsheet questions over dataframe descriptions (pair and
#    context_pair); loose wording on the complete side too
# ===========================================================================

HOUSES = """listings.csv  (12,840 rows)
listing_id,neighborhood,property_type,bedrooms,bathrooms,sqft,list_price,sold_price,listed_on,sold_on
L-0091,Riverside,condo,2,1,880,415000,402500,2024-01-09,2024-02-20
L-0092,Oakmont,single_family,4,3,2410,899000,,2024-01-11,"""

FACTORY = """df.dtypes
line_id            object
shift              object      # 'A', 'B', 'C'
produced_at        datetime64[ns]
units_produced     int64
units_rejected     int64
downtime_min       float64
operator_id        int64"""

CAMPAIGN = """| column | dtype | notes |
|---|---|---|
| date | datetime64 | one row per campaign per day |
| campaign | object | |
| channel | object | search, social, email, display |
| spend_usd | float64 | |
| impressions | int64 | |
| clicks | int64 | |
| conversions | int64 | last-click attributed |
| revenue_usd | float64 | last-click attributed |"""

P(D, "Median sold_price per neighborhood for homes that sold in 2024.",
  "median home price per neighborhood in 2024",
  A, "column", "home price",
  "Should the median use list_price or sold_price (and so only sold homes)?",
  good_ctx=HOUSES, bad_ctx=HOUSES, options=["sold_price, sold homes only", "list_price, all listings"])
P(D, "what's the typical price per square foot in Riverside? use sold_price / sqft on sold listings, median is fine",
  "what's the typical price per square foot in Riverside? median is fine",
  A, "column", "price per square foot",
  "Should price per square foot be based on list_price or sold_price?",
  good_ctx=HOUSES, bad_ctx=HOUSES, options=["sold_price", "list_price"])
P(D, "Days on market for sold listings (sold_on minus listed_on), averaged by property_type.",
  "Days on market by property_type, averaged, and include the ones still for sale.",
  M, "derivation", "include the ones still for sale",
  "Listings still for sale have no sold_on; should I measure their days on market up to today, or leave them out?",
  good_ctx=HOUSES, bad_ctx=HOUSES, options=["count up to today", "leave them out"])
P(D, "Flag listings that sold more than 5% below list_price.",
  "Flag listings that sold well below asking.",
  M, "threshold", "well below asking",
  "How far below list_price counts as well below: 3%, 5% or 10%?",
  good_ctx=HOUSES, bad_ctx=HOUSES, options=["3%", "5%", "10%"])
P(D, "Total downtime_min per line and shift for the week of 2024-03-04 to 2024-03-10.",
  "Total downtime per line and shift for last week.",
  A, "period", "last week",
  "Which week is 'last week': the most recent Monday-Sunday week in the data, or the seven days ending today?",
  good_ctx=FACTORY, bad_ctx=FACTORY, options=["last Monday-Sunday week", "last 7 days"])
P(D, "Which operator had the lowest rejection rate in Q1 2024, among operators with at least 10,000 units produced?",
  "Which operator had the lowest rejection rate in Q1 2024?",
  M, "threshold", "lowest rejection rate",
  "Operators with very few units can have a 0% rate by chance; should I require a minimum volume (e.g. 10,000 units) to be ranked?",
  good_ctx=FACTORY, bad_ctx=FACTORY, options=["min 10,000 units", "no minimum"])
P(D, "Plot units_produced per day for line L2, March 2024, with a 7-day rolling mean.",
  "Plot units_produced per day for line L2 in March 2024 and smooth it.",
  A, "method", "smooth it",
  "How should I smooth the series: a 7-day rolling mean, an exponential moving average, or LOESS?",
  good_ctx=FACTORY, bad_ctx=FACTORY, options=["7-day rolling mean", "EWMA", "LOESS"])
P(D, "CTR per channel (clicks / impressions) for June 2024.",
  "CTR per channel for June 2024, averaged over the daily CTRs.",
  A, "aggregation", "averaged over the daily CTRs",
  "Averaging daily CTRs weights low-traffic days as much as busy ones; do you want that, or total clicks / total impressions?",
  good_ctx=CAMPAIGN, bad_ctx=CAMPAIGN, options=["mean of daily CTRs", "total clicks / total impressions"])
P(D, "ROAS per campaign in Q2 2024 = revenue_usd / spend_usd, campaigns with spend above $1,000.",
  "which campaigns performed best in Q2 2024?",
  M, "metric", "performed best",
  "What should 'best' be measured by: ROAS, conversions, revenue, or cost per conversion?",
  good_ctx=CAMPAIGN, bad_ctx=CAMPAIGN, options=["ROAS", "conversions", "revenue", "cost per conversion"])
P(D, "Cost per conversion by channel for May 2024 (spend_usd / conversions), last-click as in the data.",
  "Cost per conversion by channel for May 2024, using first-touch attribution.",
  C, "attribution", "using first-touch attribution",
  "conversions in this data are last-click attributed; first-touch needs touch-level data. Is last-click OK, or is there a touchpoint table?",
  good_ctx=CAMPAIGN, bad_ctx=CAMPAIGN, options=["last-click is fine", "use a touchpoint table"])
CP(D, "Conversion rate per campaign, clicks to conversions.",
   CAMPAIGN,
   CAMPAIGN.replace("| conversions | int64 | last-click attributed |", "| signups | int64 | |\n| purchases | int64 | |"),
   A, "column", "| signups | int64 | |\n| purchases | int64 | |",
   "There's no single conversions column, only signups and purchases; which one counts as a conversion?",
   options=["signups", "purchases"])
P(D, "Week-over-week change in spend_usd per channel, weeks starting Monday.",
  "Week-over-week change in spend per channel.",
  A, "unit", "Week-over-week change",
  "Should the change be shown in dollars or as a percentage?",
  good_ctx=CAMPAIGN, bad_ctx=CAMPAIGN, options=["dollars", "percent"])
P(D, "Fill missing country values with 'unknown' and count players per country.",
  "Count players per country, and deal with the missing ones.",
  A, "method", "deal with the missing ones",
  "For the 53 rows with no country, should I drop them, label them 'unknown', or infer the country from other sessions of the same player?",
  good_ctx=GAME_DF, bad_ctx=GAME_DF, options=["drop", "label 'unknown'", "infer from same player"])
P(D, "Drop duplicate rows that are identical on every column, then count shipments per carrier.",
  "Drop duplicates, then count shipments per carrier.",
  A, "key", "Drop duplicates",
  "Should duplicates be rows identical on every column, or rows that share a shipment_id?",
  good_ctx=SHIP_CSV, bad_ctx=SHIP_CSV, options=["identical rows", "same shipment_id"])
P(D, "Pivot: rows = genre, columns = device, values = sum of watched_min, for 2024.",
  "Pivot genres against devices for 2024 - I want to see at a glance which genres people watch on TVs versus phones.",
  A, "metric", "Pivot genres against devices",
  "What should the pivot cells contain: total watched minutes, number of plays, or distinct users?",
  good_ctx=STREAM, bad_ctx=STREAM, options=["sum of watched_min", "count of plays", "distinct users"])
P(D, "Each user's first title watched (earliest started_at), one row per user.",
  "Each user's favourite genre.",
  A, "metric", "favourite genre",
  "How should favourite be measured: most minutes watched, most plays, or most distinct titles in that genre?",
  good_ctx=STREAM, bad_ctx=STREAM, options=["most minutes", "most plays", "most titles"])
P(D, "In listings.csv, count listings per neighborhood with 3+ bedrooms.",
  "In listings.csv, count family-sized listings per neighborhood.",
  M, "threshold", "family-sized",
  "What counts as family-sized: 3+ bedrooms, 4+ bedrooms, or a minimum sqft?",
  good_ctx=HOUSES, bad_ctx=HOUSES, options=["3+ bedrooms", "4+ bedrooms"])
CP(D, "Total units produced per shift for March.",
   FACTORY.replace("produced_at        datetime64[ns]", "produced_at        datetime64[ns]   # all rows are 2024"),
   FACTORY.replace("produced_at        datetime64[ns]", "produced_at        datetime64[ns]   # 2022-01-03 .. 2024-05-31"),
   A, "period", "# 2022-01-03 .. 2024-05-31",
   "The data spans three Marches (2022-2024); which year do you want, or all of them?",
   options=["March 2024", "March 2023", "all three"])
CP(D, "Average sqft by bedrooms for condos.",
   HOUSES,
   HOUSES.replace("condo,2,1,880", "Condo,2,1,880") + "\nL-0093,Riverside,condo/townhouse,3,2,1320,520000,515000,2024-01-12,2024-03-02",
   A, "value", "condo/townhouse",
   "property_type has both 'condo' and 'condo/townhouse' (and 'Condo'); should 'condos' include the condo/townhouse rows?",
   options=["condo only", "include condo/townhouse"])

# ===========================================================================
# 9. More SQL businesses (pair and context_pair)
# ===========================================================================

DELIVERY = """orders(order_id, customer_id, restaurant_id, courier_id, placed_at, picked_up_at, delivered_at, food_total, delivery_fee, tip, status)
restaurants(restaurant_id, name, cuisine, zone)
couriers(courier_id, name, vehicle, zone)
customers(customer_id, signup_at, zone)"""

EVENTS = """CREATE TABLE events (event_id INT PRIMARY KEY, title TEXT, venue_id INT, starts_at TIMESTAMPTZ, category TEXT);
CREATE TABLE venues (venue_id INT PRIMARY KEY, name TEXT, city TEXT, capacity INT);
CREATE TABLE tickets (ticket_id BIGINT PRIMARY KEY, event_id INT, buyer_id INT, tier TEXT, face_value NUMERIC, fees NUMERIC, purchased_at TIMESTAMPTZ, scanned_at TIMESTAMPTZ NULL, refunded BOOLEAN);"""

VET = """pets: pet_id, owner_id, name, species, breed, birth_date
owners: owner_id, name, phone, postcode
visits: visit_id, pet_id, vet_id, visit_date, reason, invoice_total
vaccinations: pet_id, vaccine, given_on, due_again_on"""

TELCO = """| table | columns |
|---|---|
| subscribers | msisdn, customer_id, plan_code, activated_on, deactivated_on |
| usage_daily | msisdn, day, data_mb, voice_min, sms_count, roaming (bool) |
| plans | plan_code, name, monthly_fee_eur, data_cap_gb |"""

P(S, "Average delivery time per zone in May 2024, from picked_up_at to delivered_at.",
  "Average delivery time per zone in May 2024.",
  A, "derivation", "delivery time",
  "Should delivery time run from placed_at (what the customer waits) or from picked_up_at (the courier leg) to delivered_at?",
  good_ctx=DELIVERY, bad_ctx=DELIVERY, options=["placed_at → delivered_at", "picked_up_at → delivered_at"])
P(S, "Orders per zone of the restaurant, June 2024.",
  "Orders per zone, June 2024.",
  A, "column", "per zone",
  "zone appears on restaurants, couriers and customers; which one should orders be grouped by?",
  good_ctx=DELIVERY, bad_ctx=DELIVERY, options=["restaurant zone", "customer zone", "courier zone"])
P(S, "Gross order value per cuisine in 2024 = food_total + delivery_fee + tip, delivered orders only.",
  "Gross order value per cuisine in 2024, delivered orders only.",
  A, "definition", "Gross order value",
  "Which parts go into gross order value: food_total only, or food_total plus delivery_fee and tip?",
  good_ctx=DELIVERY, bad_ctx=DELIVERY, options=["food_total only", "food + fee", "food + fee + tip"])
P(S, "Sell-through per event: tickets sold (not refunded) / venue capacity, for events in 2024.",
  "sell-through per event for 2024 - include refunded tickets in the count?",
  A, "scope", "include refunded tickets in the count?",
  "Should refunded tickets count as sold for sell-through, or be excluded?",
  good_ctx=EVENTS, bad_ctx=EVENTS, options=["exclude refunded", "include refunded"])
P(S, "No-show rate per category: share of non-refunded tickets with scanned_at null, for past events.",
  "No-show rate per category for events this year.",
  A, "scope", "events this year",
  "Events later this year haven't happened yet; should I only include events that have already taken place?",
  good_ctx=EVENTS, bad_ctx=EVENTS, options=["past events only", "all 2024 events"])
P(S, "Ticket revenue per venue for 2024 events = sum of face_value for non-refunded tickets.",
  "Ticket revenue per venue for 2024 events.",
  A, "definition", "Ticket revenue",
  "Should revenue be face_value only, or face_value plus fees?",
  good_ctx=EVENTS, bad_ctx=EVENTS, options=["face_value", "face_value + fees"])
P(S, "Events in Berlin in December 2024 with fewer than 50% of capacity sold.",
  "Events in Berlin in December 2024 that are struggling to sell, please.",
  M, "threshold", "struggling to sell",
  "What share of capacity sold marks an event as struggling: under 50%, under 30%, or something else?",
  good_ctx=EVENTS, bad_ctx=EVENTS, options=["< 50%", "< 30%"])
P(S, "Buyers who purchased tickets for 3 or more different events in 2024.",
  "Buyers who purchased 3 or more tickets in 2024, excluding the VIP table - use the vip_buyers table for that.",
  C, "table", "use the vip_buyers table",
  "There's no vip_buyers table; tickets has a tier column. Should I exclude tickets with tier 'VIP' instead?",
  good_ctx=EVENTS, bad_ctx=EVENTS, options=["exclude tier 'VIP' tickets", "vip_buyers is elsewhere"])
P(S, "Pets overdue for a vaccine: due_again_on before today and no later vaccination of the same vaccine.",
  "Pets that are overdue, with owner phone numbers.",
  A, "scope", "overdue",
  "Overdue for what: vaccinations past due_again_on, or unpaid visit invoices?",
  good_ctx=VET, bad_ctx=VET, options=["vaccinations", "unpaid invoices"])
P(S, "Visits per species in 2024, counting every visit.",
  "Visits per breed in 2024, counting every visit, using the breed_group column.",
  C, "column", "using the breed_group column",
  "pets has breed but no breed_group; should I group by breed directly?",
  good_ctx=VET, bad_ctx=VET, options=["group by breed", "breed_group exists elsewhere"])
P(S, "Owners whose pets' visits in 2024 total more than $2,000.",
  "Reception wants to send holiday cards to our best clients in 2024 - owner name, postcode and their pets' names.",
  M, "threshold", "best clients",
  "How should best clients be defined: total 2024 invoice_total above an amount, number of visits, or the top N owners?",
  good_ctx=VET, bad_ctx=VET, options=["invoice total above an amount", "most visits", "top N by spend"])
CP(S, "Average age of dogs seen in 2024, in years at the visit.",
   VET,
   VET.replace("breed, birth_date", "breed, age_years"),
   A, "as_of", "breed, age_years",
   "pets stores age_years rather than a birth date, and it's unclear when it was recorded; should I use age_years as is, or is there a date to adjust from?",
   options=["use age_years as is", "adjust from a recorded date"])
P(S, "Average data_mb per subscriber per day in May 2024, roaming and home usage together.",
  "Average data usage per subscriber in May 2024, roaming included.",
  A, "aggregation", "Average data usage per subscriber",
  "Should the average be per subscriber per day, or each subscriber's May total averaged?",
  good_ctx=TELCO, bad_ctx=TELCO, options=["per day", "monthly total"])
P(S, "Subscribers who exceeded their plan's data_cap_gb in May 2024 (sum of data_mb / 1024 > cap).",
  "Subscribers who are heavy data users in May 2024.",
  M, "threshold", "heavy data users",
  "What makes a heavy data user: exceeding the plan's data_cap_gb, a fixed GB amount, or the top 5%?",
  good_ctx=TELCO, bad_ctx=TELCO, options=["over plan cap", "fixed GB amount", "top 5%"])
P(S, "Active subscribers on 2024-06-30: activated_on <= that date and deactivated_on null or after it.",
  "Active subscribers at the end of June 2024, using the status column.",
  C, "column", "using the status column",
  "subscribers has no status column; should I derive active from activated_on and deactivated_on?",
  good_ctx=TELCO, bad_ctx=TELCO, options=["derive from dates", "status is elsewhere"])
P(S, "Monthly recurring revenue in EUR at 2024-06-30: sum of monthly_fee_eur over subscribers active that day.",
  "Monthly recurring revenue at 2024-06-30, in dollars.",
  M, "unit", "in dollars",
  "Fees are stored in EUR; which EUR-to-USD rate should I use (e.g. that day's rate or a fixed budget rate)?",
  good_ctx=TELCO, bad_ctx=TELCO, options=["rate on 2024-06-30", "fixed budget rate"])
CP(S, "How many subscribers churned in Q2 2024?",
   TELCO,
   TELCO.replace("activated_on, deactivated_on", "activated_on, deactivated_on, ported_out_on, suspended_on"),
   A, "definition", "deactivated_on, ported_out_on, suspended_on",
   "There are deactivated_on, ported_out_on and suspended_on dates; which of these count as churn?",
   options=["deactivated only", "deactivated + ported out", "all three"])

# ===========================================================================
# 10. Stand-alone complete requests that sound loose or open but map onto
#     the schema unambiguously (hard negatives)
# ===========================================================================

# -- the only candidate column settles a vague word ----------------------
OK(S, "how many folks signed up each month last year?",
   "users(user_id, email, created_at, country)  -- created_at = signup time")
OK(S, "Total money we took in during 2024, please.",
   "payments(payment_id, customer_id, paid_at, amount_usd, method)")
OK(S, "Which neighborhood has the most branches?", LIBRARY)
OK(S, "who are the most recent 20 patients to join? newest first", CLINIC.replace("  zip_code     TEXT\n", "  zip_code     TEXT,\n  registered_at TIMESTAMP\n"))
OK(S, "Busiest airport by departures in 2024.", AIRLINE)
OK(S, "what's the biggest venue we have?", EVENTS)
OK(S, "Cheapest plan.", TELCO)
OK(S, "List every course in the History department, any order.", SCHOOL)
OK(S, "How many pets do we have per species? Rough numbers are fine, it's for a slide.", VET)
OK(D, "Whats the average weight of a shipment? just the plain mean across the file", SHIP_CSV)
OK(S, "Which clinic city sees the most appointments? All statuses count.", CLINIC)
OK(S, "Longest-serving member, by joined_on. If several joined the same day, list them all.", GYM)
OK(S, "get me the oldest book in the catalogue (earliest pub_year; ties are fine to list together)", LIBRARY)
OK(D, "Give me a quick summary of the game data - row count, date range, and the spread of level_reached.", GAME_DF)
OK(D, "describe() the numeric columns of the listings file and point out anything weird.", HOUSES)
OK(S, "The commissioner wants the number of teams per division.", LEAGUE)
OK(S, "The registrar wants the average credits per course, by department.", SCHOOL)
OK(S, "How many matches ended in a draw in season 2023?", LEAGUE)
OK(S, "Can you count tickets by tier for event 4411, please?", EVENTS)

# -- the vague word does not change the result ------------------------------
OK(S, "Show me a few sample rows from bookings, whatever rows you like, just to eyeball the data.", HOTEL)
OK(S, "Write a query that lists the top 10 accounts by total invoices paid in 2024 (by paid_at). If there's a tie for 10th, any of them is fine.", SAAS)
OK(D, "Make a nice chart of monthly spend by channel for 2024. Pick whatever chart type you think reads best.", CAMPAIGN)
OK(D, "Can you plot sold_price against sqft for sold 2024 listings? Styling is up to you.", HOUSES)
OK(S, "Recent 50 transactions for account 22-0918, newest first.", BANK)
OK(S, "List the recent invoices (issued in the last 30 days) that are still open.", SAAS)
OK(S, "Large orders - meaning food_total over $150 - per restaurant in June 2024.", DELIVERY)
OK(S, "What are our top customers by lifetime spend? Top 25 is plenty; lifetime = all paid invoices.", SAAS)
OK(S, "Popular classes: the 5 class_names with the most bookings in 2024, attended or not.", GYM)
OK(S, "Any one patient with a birth_date of 1990-02-29 (there shouldn't be any, I'm checking data quality).", CLINIC)
OK(D, "Clean up the responses file however you see fit before averaging satisfaction by country - trim whitespace, fix case, that kind of thing.",
   "responses.csv: response_id, submitted_at, age_band, country, satisfaction (1-5), comment")
OK(S, "Alias the columns to something readable and return each hotel's name, city and rooms.", HOTEL)
OK(S, "Write it in whatever SQL style you like: total attendance per season.", LEAGUE)
OK(S, "Rough count of loans per year is fine - no need to worry about timezone edge cases.", LIBRARY)

# -- synonyms that map to exactly one column --------------------------------
OK(S, "Which docs have the most bookings? I mean providers, completed appointments in 2024.", CLINIC)
OK(S, "How many kids are in each grade?", SCHOOL)
OK(S, "Gate-to-gate time isn't stored, so use actual_arr - actual_dep: average per route for May 2024.", AIRLINE)
OK(S, "Number of goals each striker scored in 2024 (position = 'FW').", LEAGUE)
OK(S, "Which customers live in Lisbon? (city column)",
   "customers(customer_id, name, email, city, country)")
OK(S, "headcount by department",
   "employees(emp_id, full_name, department, hired_on, terminated_on NULL)  -- currently employed when terminated_on is null\n-- headcount = currently employed")
OK(S, "how much did each member pay us in 2024?",
   "members(member_id, name)\npayments(payment_id, member_id, paid_on, amount_gbp, refunded BOOLEAN)  -- report refunded payments as 0")
OK(D, "Give me a histogram of how long people play per session.", GAME_DF)
OK(S, "Which drivers do the most trips? Count completed rides in 2024.",
   "rides(ride_id, driver_id, requested_at, completed_at, status)  -- status: completed, cancelled\ndrivers(driver_id, name, city)")
OK(S, "Can you find each author's newest book? Their titles and the pub_year, please.", LIBRARY)
OK(S, "Number of aircraft per model, most first.", AIRLINE)
OK(D, "Average ticket size per location in June 2024 (subtotal per ticket).", POS)
OK(S, "Who bought tickets for the most shows taking place in 2024? Shows = events. Return everyone tied for first.", EVENTS)

# -- the context itself supplies the definition ------------------------------
OK(S, "Churned customers last quarter, by plan.",
   "customers(customer_id, plan, signed_up_at, churned_at NULL)\n-- churned_at is set by billing when a subscription ends; 'last quarter' in our reports = previous calendar quarter")
OK(S, "Active members per home club.",
   GYM + "\n-- 'active member' (ops glossary): at least one check-in in the last 30 days")
OK(S, "Late shipments by carrier this month.",
   "shipments(shipment_id, carrier, shipped_at, promised_by, delivered_at)\n-- late: delivered_at > promised_by, or undelivered past promised_by")
OK(D, "Big spenders in the game data, by country.",
   GAME_DF + "\n# team definition: big spender = total purchase_usd >= 100 over the player's lifetime")
OK(S, "What's our conversion rate this week?",
   "visits(visit_id, session_start, converted BOOLEAN)\n-- conversion rate = converted visits / visits; weeks run Monday-Sunday, in UTC")
OK(S, "Revenue for the last fiscal year by region.",
   "sales(sale_id, region, sold_on, net_amount)\n-- fiscal year runs 1 July - 30 June; FY2024 = 2023-07-01 .. 2024-06-30; last complete FY is FY2024")
OK(S, "Top sellers this season.",
   "products(sku, name, season)  -- season like 'SS24', 'AW24'\nsales(sku, sold_on, units)\n-- current season: AW24\n-- top sellers (merch team) = top 20 SKUs by units")
OK(S, "overdue books per branch",
   LIBRARY + "\n-- overdue: returned_at is null and due_on < current_date")
OK(S, "VIP guests who stayed with us in 2024.",
   HOTEL + "\n-- VIP = guests.is_member AND 5+ stays in the calendar year")
OK(D, "Flag suspicious transactions in the file.",
   "txns.csv: txn_id, card_id, ts, amount, country, merchant\n# rules doc: suspicious = amount > 3x the card's median OR country differs from the previous txn within 1 hour")

# -- explicit choices handed to the assistant ---------------------------------
OK(D, "Bucket the players by level_reached into a few bands of your choosing and show the share in each.", GAME_DF)
OK(S, "Use your judgment on how to handle the NULL paid_at values, just tell me what you did: average days from issued_at to paid_at per account industry.", SAAS)
OK(D, "Any reasonable outlier rule is fine - I just want the extreme cost_usd rows flagged for a manual look.", SHIP_CSV)
OK(S, "Give me some interesting stats about the league's 2024 season, whatever you find notable.", LEAGUE)
OK(D, "Explore the listings data and tell me what stands out.", HOUSES)
OK(S, "Write a query that shows each student's best course by final_score in 2024-FALL; if they tie, picking either is fine.", SCHOOL)
OK(S, "Sample 100 random appointments from 2024 for an audit; seed doesn't matter.", CLINIC)
OK(D, "Pick sensible bins for a histogram of delivery days (delivered minus pickup).", SHIP_CSV)
OK(S, "Order the results however makes sense: count of loans per genre in 2024.", LIBRARY)

# -- terse or messy phrasing, still complete ------------------------------------
OK(S, "cnt bookings per fare_class, booked in 2024", AIRLINE)
OK(S, "avg mrr by plan, active subs only (canceled_at null)", SAAS)
OK(S, "sum data_mb per plan_code, june 2024", TELCO)
OK(D, "rejects per line, whole dataset", FACTORY)
OK(S, "distinct cuisines pls", DELIVERY)
OK(S, "attendence by venue city for 2024 events — scanned tickets only", EVENTS)
OK(S, "nb of vaccinations given per vaccine in 2024", VET)
OK(D, "df.groupby('device').watched_min.sum() but only for 2024 plz", STREAM)
OK(S, "policies per product that are live today (start_date <= today <= end_date)", INSURE)
OK(S, "Claims paid per product, settled in 2024, dollars not cents.", INSURE)

# ===========================================================================
# 11. Stand-alone blocked requests
# ===========================================================================

# -- two candidate columns -----------------------------------------------------
B(S, "I need the number of flights per month for 2024 so I can compare against the schedule we filed. Just a month column and a count.",
  A, "column", "sched_dep, gate_out, wheels_off, sched_arr, on_time_arr",
  "Should a flight's month come from its scheduled departure, its gate-out time or its wheels-off time (they differ for flights around midnight on month ends)?",
  ctx="flights(flight_id, flight_no, origin, dest, sched_dep, gate_out, wheels_off, sched_arr, on_time_arr, status)",
  where="context", options=["sched_dep", "gate_out", "wheels_off"])
B(S, "Average cost per shipment by carrier for the whole of 2024, please. It goes into the carrier review deck on Thursday.",
  A, "column", "quoted_cost_usd, invoiced_cost_usd",
  "shipments has quoted_cost_usd and invoiced_cost_usd; which one should the carrier averages use?",
  ctx="shipments(shipment_id, carrier, pickup_date, weight_kg, quoted_cost_usd, invoiced_cost_usd, status)",
  where="context", options=["quoted_cost_usd", "invoiced_cost_usd"])
B(D, "Using the dataframe below, could you work out the average score per school and list the schools from best to worst?",
  A, "column", "math_score     float64\nreading_score  float64",
  "There are separate math_score and reading_score columns; should 'score' be one of them or their average?",
  ctx="df.dtypes\nschool_id      object\nstudent_id     int64\ngrade          int64\nmath_score     float64\nreading_score  float64\ntest_date      datetime64[ns]",
  where="context", options=["math_score", "reading_score", "mean of both"])
B(S, "For the compliance report I need each employee's manager name next to their own name, one row per employee.",
  A, "column", "line_manager_id, project_manager_id",
  "employees has line_manager_id and project_manager_id; which manager should the report show?",
  ctx="employees(emp_id, full_name, title, line_manager_id, project_manager_id, dept_id)",
  where="context", options=["line manager", "project manager"])
B(S, "What's the average distance of a trip in each city? We want to compare how far people ride across our markets.",
  A, "column", "estimated_km, odometer_km",
  "trips has estimated_km (from routing) and odometer_km; which distance should I average?",
  ctx="trips(trip_id, city, started_at, ended_at, estimated_km, odometer_km, fare)",
  where="context", options=["estimated_km", "odometer_km"])
B(S, "Can you give me the population of each county alongside the number of clinics we run there, so I can compute clinics per 100k people?",
  A, "column", "pop_2010, pop_2020, pop_2023_est",
  "The counties table has pop_2010, pop_2020 and pop_2023_est; which population figure should I use?",
  ctx="counties(fips, name, state, pop_2010, pop_2020, pop_2023_est)\nclinics(clinic_id, fips, opened_on)",
  where="context", options=["pop_2020", "pop_2023_est", "pop_2010"])

# -- undefined thresholds, periods and rankings -----------------------------------
B(S, "Pull the list of inactive users so marketing can send them a win-back email. Include their email and plan.",
  M, "threshold", "inactive users",
  "How long without activity makes a user inactive: 30, 60 or 90 days since last_seen_at?",
  ctx="users(user_id, email, plan, created_at, last_seen_at)", options=["30 days", "60 days", "90 days"])
B(S, "We're planning a loyalty perk. Who are our frequent flyers?",
  M, "threshold", "frequent flyers",
  "What should count as a frequent flyer: 10+ flights in the last 12 months, or loyalty_tier Gold and above?",
  ctx=AIRLINE, options=["10+ flights in 12 months", "loyalty_tier Gold and above"])
B(S, "Need the slow-moving SKUs so we can discount them before the season ends.",
  M, "threshold", "slow-moving",
  "How should slow-moving be defined: fewer than 10 units sold in the last 90 days, or more than 12 weeks of stock on hand?",
  ctx="skus(sku, name, category)\nsales(sku, sold_on, units)\nstock(sku, on_hand, counted_on)",
  options=["< 10 units in 90 days", "> 12 weeks of stock"])
B(D, "Using the telemetry frame, tell me which machines have been running hot (temp_c above 85) lately so maintenance can look at them.",
  A, "period", "lately",
  "What period does 'lately' cover: the last 24 hours, 7 days, or 30 days?",
  ctx="telemetry.parquet: machine_id str, ts datetime64[ns, UTC], temp_c float32, rpm int32, load_pct float32",
  options=["24 hours", "7 days", "30 days"])
B(S, "Show me the underused meeting rooms in the Amsterdam office over the last quarter.",
  M, "threshold", "underused",
  "What utilisation (booked hours / available hours) counts as underused: below 20% or below 30%?",
  ctx="rooms(room_id, office, name, capacity)\nroom_bookings(booking_id, room_id, starts_at, ends_at, attendees)",
  options=["below 20%", "below 30%"])
B(S, "List the donors we should thank at the gala: the major ones from this year's appeal.",
  M, "threshold", "the major ones",
  "What total given this year makes a donor major for the gala list: $1,000+, $5,000+, or $10,000+?",
  ctx="donations(donation_id, donor_id, campaign_id, amount_usd, received_on)\ndonors(donor_id, name, email)\ncampaigns(campaign_id, name, year)",
  options=["$1,000+", "$5,000+", "$10,000+"])
B(D, "Take the sales sheet and show me which reps have been improving.",
  A, "period", "improving",
  "Improving over what comparison: this quarter vs last quarter, this year vs last year, or a trend across all months?",
  ctx="Sheet 'Sales': Month | Rep | Region | Deals | Revenue\n2023-01 | K. Osei | West | 7 | 41,200",
  options=["quarter over quarter", "year over year", "monthly trend"])
B(S, "Which of our suppliers are unreliable? Procurement wants names.",
  M, "metric", "unreliable",
  "How should unreliability be measured: share of late deliveries, share of rejected units, or both?",
  ctx="purchase_orders(po_id, supplier_id, ordered_on, promised_on, received_on, qty, qty_rejected)\nsuppliers(supplier_id, name, country)",
  options=["late-delivery share", "rejection share", "both"])
B(S, "i want the cohort retention table for our app - signups by month vs. whether they're still around in later months",
  A, "definition", "still around",
  "What counts as still around in a month: any session in that month, or an active paid subscription?",
  ctx="users(user_id, signed_up_at)\nsessions(user_id, started_at)\nsubscriptions(user_id, started_at, ended_at)",
  options=["any session that month", "paid subscription that month"])
B(S, "Give me a list of the long-stay patients from the wards table for the bed-management meeting.",
  M, "threshold", "long-stay",
  "How many days admitted counts as long-stay: 7, 14 or 21?",
  ctx="admissions(admission_id, patient_id, ward, admitted_at, discharged_at NULL)\nwards(ward, specialty, beds)",
  options=["7+ days", "14+ days", "21+ days"])
B(S, "Compare sales this year vs last year by store.",
  A, "period", "this year vs last year",
  "Should this year be year-to-date compared against the same dates last year, or against all of last year?",
  ctx="sales(sale_id, store_id, sold_at, amount)\nstores(store_id, name)",
  options=["YTD vs same period last year", "YTD vs full last year"])

# -- unstated aggregation or tie-break -------------------------------------------
B(S, "For the leaderboard page: one winner per region, the salesperson with the highest deal count in Q3.",
  A, "tie_break", "one winner per region",
  "If two salespeople in a region tie on Q3 deal count, how should I pick the winner: higher deal value, earlier close, or show both?",
  ctx="deals(deal_id, rep_id, region, closed_at, amount, stage)\nreps(rep_id, name)",
  options=["higher total deal value", "show both"])
B(S, "Get each customer's address so we can mail the catalogue.",
  A, "cardinality", "each customer's address",
  "Customers can have several addresses; which one should I use: is_default, the most recently added, or the last one used to ship?",
  ctx="customers(customer_id, name)\naddresses(address_id, customer_id, line1, city, postcode, is_default, added_at)\norders(order_id, customer_id, ship_address_id, ordered_at)",
  options=["is_default", "most recently added", "last used to ship"])
B(D, "Average the ratings per product and give me the 10 best-rated ones.",
  A, "threshold", "10 best-rated ones",
  "Products with one or two reviews can top the list; what minimum number of reviews should a product need to be ranked?",
  ctx="reviews.csv: review_id, product_id, rating (1-5), created_at",
  options=["no minimum", "5 reviews", "20 reviews"])
B(S, "Price of each product at the moment - one row per product.",
  A, "tie_break", "at the moment",
  "price_history can have several rows valid today (overlapping promos); should I take the lowest price, the latest-starting row, or the regular (non-promo) price?",
  ctx="products(product_id, name)\nprice_history(product_id, price, valid_from, valid_to NULL, is_promo)",
  options=["lowest valid price", "latest valid_from", "non-promo price"])
B(S, "Show me the salary of each employee over time, but only one number per year.",
  A, "aggregation", "only one number per year",
  "Which salary should represent each year: the one on 31 December, the highest, or a time-weighted average?",
  ctx="salary_changes(emp_id, effective_on, annual_salary)",
  options=["as of 31 December", "highest in the year", "time-weighted average"])

# -- term with no column and no derivation ----------------------------------------
B(S, "Break down 2024 ticket sales by the buyer's age group, we're building personas.",
  M, "column", None,
  "The ticketing tables have no buyer birth date or age; is there a customer table with ages I can join?",
  ctx=EVENTS, options=["join a customer table", "skip the age breakdown"])
B(S, "How satisfied are the patients at each clinic? Give me a ranking.",
  M, "column", None,
  "There's no satisfaction or survey data in these tables; is there a survey table, or should I use a proxy like the no-show rate?",
  ctx=CLINIC, options=["a survey table", "use no-show rate as a proxy"])
B(D, "Add a column with each player's lifetime value and sort descending - we only care about LTV here.",
  A, "definition", "lifetime value",
  "Should LTV be the sum of purchase_usd so far, or a projected value (and if projected, with which model)?",
  ctx=GAME_DF, options=["sum of purchases so far", "projected LTV"])
B(S, "Profit margin per route for 2024 - the finance team needs it by Friday.",
  M, "column", None,
  "The tables hold fares but no route costs (fuel, crew, fees); where should the cost side come from?",
  ctx=AIRLINE, options=["a cost table you can share", "revenue only"])
B(S, "Which of the library's members are students? Tag them in the output.",
  M, "column", None,
  "members has no type or age field; how can I tell which members are students?",
  ctx=LIBRARY, options=["a member-type table exists", "skip tagging"])
B(D, "Compute the carbon footprint of each shipment and total it per carrier.",
  M, "column", None,
  "The file has weight and carrier but no distance or transport mode; what emission factor and distances should I use?",
  ctx=SHIP_CSV, options=["a flat factor per kg you provide", "add distances from another source"])

# -- contradicts the schema ----------------------------------------------------------
B(S, "Sum the refund_amount column per month for 2024 - it's on the orders table.",
  C, "column", "refunded BOOLEAN",
  "orders has a refunded true/false flag, not a refund_amount; should I sum total for refunded orders, or are partial refunds stored elsewhere?",
  ctx="orders(order_id, customer_id, ordered_at, total, refunded BOOLEAN)",
  where="context", options=["sum total of refunded orders", "partial refunds are elsewhere"])
B(S, "Join the loans table to books on isbn and count loans per author.",
  C, "join_key", "copies: copy_id (int), book_id (int), branch_id (int), acquired_on (date)",
  "loans has copy_id, not isbn; should I join loans → copies → books on copy_id and book_id?",
  ctx=LIBRARY, where="context", options=["join through copies", "there's an isbn on loans elsewhere"])
B(S, "Count Berlin events per local hour of the day, using the starts_local column so no timezone maths is needed.",
  C, "column", "using the starts_local column",
  "events has no starts_local column, only starts_at (TIMESTAMPTZ); should I convert it AT TIME ZONE 'Europe/Berlin' to get the local hour?",
  ctx=EVENTS, options=["convert starts_at to Europe/Berlin", "starts_local exists elsewhere"])
B(S, "Average basket size per store; each row of sales is one basket.",
  C, "grain", "each row of sales is one basket",
  "sales has basket_id and line_no, so rows are basket lines, not baskets; should I aggregate per basket_id first?",
  ctx="sales(basket_id, line_no, store_id, sold_at, sku, qty, amount)",
  options=["aggregate per basket_id", "treat each row as a basket"])
B(S, "Fetch users whose subscription tier is 'Premium' - filter users.tier.",
  C, "column", "users.tier",
  "users has no tier column; the plan lives in subscriptions.plan_code. Should I filter subscriptions for the premium plan code?",
  ctx="users(user_id, email, created_at)\nsubscriptions(user_id, plan_code, started_at, ended_at)",
  options=["filter subscriptions.plan_code", "tier is stored elsewhere"])
B(D, "The CSV is already one row per day, so just plot the values column as a daily line.",
  C, "grain", "already one row per day",
  "The timestamps are hourly, not daily; should I aggregate to days first (sum or mean?) before plotting?",
  ctx="readings.csv\ntimestamp,sensor,value\n2024-05-01 00:00,S1,12.1\n2024-05-01 01:00,S1,11.8\n2024-05-01 02:00,S1,11.9",
  options=["daily sum", "daily mean"])
B(S, "Pull 2019 enrolments by department - the history goes back to 2015.",
  C, "coverage", "the history goes back to 2015",
  "The schema notes enrollments only from 2021-FALL onward; is 2019 data available elsewhere?",
  ctx=SCHOOL + "\n-- enrollments loaded from the new SIS: terms 2021-FALL onward",
  options=["2019 data is elsewhere", "use the earliest available term"])
B(S, "Sum the goals column in the matches table per team for 2024.",
  C, "column", "home_goals INT, away_goals INT",
  "matches has no goals column, only home_goals and away_goals; should I add home_goals for home matches and away_goals for away matches per team?",
  ctx=LEAGUE, where="context", options=["home + away goals per team", "use player_match_stats.goals"])
B(S, "Give me the names of users who downgraded in 2024, using plan_changes.old_plan and new_plan.",
  C, "column", "plan_changes(user_id, plan, changed_at)",
  "plan_changes stores only the new plan per change, not old_plan; should I compare each row with the user's previous row to detect downgrades (and which plan order counts as down)?",
  ctx="users(user_id, name)\nplan_changes(user_id, plan, changed_at)\nplans(plan, monthly_price)",
  where="context", options=["compare with the previous row by monthly_price", "old_plan is stored elsewhere"])
B(D, "Merge the two files on customer_id and compute spend per segment.",
  C, "join_key", "cust_ref",
  "orders.csv has customer_id but segments.csv uses cust_ref with a different format (C-00123); is cust_ref the same ID with a prefix I should strip?",
  ctx="orders.csv: order_id, customer_id, amount\n  1, 123, 50.00\nsegments.csv: cust_ref, segment\n  C-00123, SMB",
  where="context", options=["strip the 'C-' prefix and zeros", "they're different IDs"])
B(S, "List all nurses and their ward; they're in the staff table with role = 'nurse'.",
  C, "value", "role: 'RN', 'LPN', 'HCA', 'MD'",
  "staff.role uses codes 'RN', 'LPN', 'HCA' and 'MD', with no 'nurse' value; should nurses be RN only, or RN and LPN?",
  ctx="staff(staff_id, name, ward, role)  -- role: 'RN', 'LPN', 'HCA', 'MD'",
  where="context", options=["RN only", "RN and LPN"])
B(S, "Total kilometres driven per truck in 2024 - sum distance_km from trips.",
  C, "unit", "distance_mi",
  "trips stores distance_mi (miles), not distance_km; should I convert to kilometres?",
  ctx="trips(trip_id, truck_id, started_at, ended_at, distance_mi, fuel_l)",
  where="context", options=["convert miles to km", "report miles"])

# ===========================================================================
# 12. More pairs; the complete side often names real columns and tables,
#     the vague side often carries numbers and "all" / "any" / "if"
# ===========================================================================

PHARMA = """CREATE TABLE prescriptions (rx_id BIGINT PRIMARY KEY, patient_id BIGINT, drug_code TEXT, prescriber_id INT, written_on DATE, quantity INT, refills_allowed INT);
CREATE TABLE fills (fill_id BIGINT PRIMARY KEY, rx_id BIGINT, store_id INT, filled_at TIMESTAMP, qty_dispensed INT, copay NUMERIC, insurer_paid NUMERIC);
CREATE TABLE drugs (drug_code TEXT PRIMARY KEY, name TEXT, class TEXT, is_controlled BOOLEAN);"""

FARM = """fields(field_id, farm_id, hectares, soil_type)
plantings(planting_id, field_id, crop, season_year, sown_on, harvested_on)
yields(planting_id, tonnes, moisture_pct)
farms(farm_id, name, region)"""

COWORK = """| table | key columns |
|---|---|
| spaces | space_id, location, kind ('desk','office','meeting'), capacity, hourly_rate |
| reservations | res_id, space_id, member_id, starts_at, ends_at, cancelled_at |
| members | member_id, company, plan ('flex','dedicated','enterprise'), joined_on |"""

RENTAL = """vehicles(vin, model, category, home_branch, acquired_on)
rentals(rental_id, vin, customer_id, out_at, due_back_at, returned_at, km_out, km_in, price_eur, damage_reported)
customers(customer_id, name, birth_date, country)"""

P(S, "Using the fills table, count fills per store for controlled drugs in 2024 (join drugs on drug_code, filled_at in 2024).",
  "Count fills per store for controlled drugs in 2024, using the schedule column to pick the controlled ones.",
  C, "column", "using the schedule column",
  "drugs has an is_controlled flag, not a schedule column; should I filter on is_controlled = true?",
  good_ctx=PHARMA, bad_ctx=PHARMA, options=["is_controlled = true", "schedules are stored elsewhere"])
P(S, "Prescriptions written in 2024 with no fill at all, per prescriber.",
  "Prescriptions written in 2024 that were never picked up or were picked up very late, per prescriber.",
  M, "threshold", "very late",
  "How many days after written_on counts as a very late pick-up: 7, 14 or 30?",
  good_ctx=PHARMA, bad_ctx=PHARMA, options=["7 days", "14 days", "30 days"])
P(S, "Total patient copay per store in Q1 2024, from the fills table.",
  "Total cost per store in Q1 2024, from the fills table.",
  A, "column", "Total cost",
  "Cost to whom: the patient's copay, the insurer_paid amount, or the two added together?",
  good_ctx=PHARMA, bad_ctx=PHARMA, options=["copay", "insurer_paid", "copay + insurer_paid"])
P(S, "Patients with more than 3 different drug classes filled in the last 90 days.",
  "Patients on a lot of different medications in the last 90 days.",
  M, "threshold", "a lot of different medications",
  "How many different drugs (or drug classes) count as a lot: more than 3, 5, or 10?",
  good_ctx=PHARMA, bad_ctx=PHARMA, options=["more than 3 classes", "5+ drugs", "10+ drugs"])
P(S, "Average yield in tonnes per hectare by crop for season_year 2023 (yields.tonnes / fields.hectares).",
  "Average yield by crop for 2023.",
  A, "unit", "Average yield",
  "Should yield be total tonnes per planting or tonnes per hectare?",
  good_ctx=FARM, bad_ctx=FARM, options=["tonnes per hectare", "tonnes per planting"])
P(S, "Wheat yields per region in 2023, with tonnes adjusted to 14% moisture using moisture_pct.",
  "Wheat yields per region in 2023, with tonnes adjusted to standard moisture using moisture_pct.",
  M, "value", "standard moisture",
  "What standard moisture should wheat be adjusted to (e.g. 13.5% or 14%)?",
  good_ctx=FARM, bad_ctx=FARM, options=["13.5%", "14%"])
P(S, "Fields where the 2023 maize yield per hectare was lower than the 2022 maize yield per hectare on the same field.",
  "Fields where yields dropped by more than usual in 2023.",
  M, "threshold", "more than usual",
  "What's 'usual' here: the field's average year-to-year change, the regional change, or a fixed percentage drop?",
  good_ctx=FARM, bad_ctx=FARM, options=["field's average change", "regional average change", "fixed % drop"])
P(S, "Days from sown_on to harvested_on, averaged per crop, plantings harvested in 2024.",
  "Growing season length per crop, 2024 - if a field was replanted, just take all rows.",
  A, "period", "2024",
  "Should 2024 mean plantings with season_year 2024, or those harvested during 2024 (autumn-sown crops span two years)?",
  good_ctx=FARM, bad_ctx=FARM, options=["season_year 2024", "harvested in 2024"])
P(S, "Occupancy of meeting rooms per location in May 2024 = reserved hours (not cancelled) / (open hours 8-20 × 31 days).",
  "Occupancy of meeting rooms per location in May 2024.",
  M, "definition", "Occupancy",
  "Should occupancy be measured against opening hours (8:00-20:00) or against 24 hours a day?",
  good_ctx=COWORK, bad_ctx=COWORK, options=["opening hours 8:00-20:00", "24 hours a day"])
P(S, "Reservations cancelled less than 24 hours before starts_at, per member plan, 2024.",
  "Last-minute cancellations per member plan, 2024.",
  M, "threshold", "Last-minute cancellations",
  "How close to starts_at makes a cancellation last-minute: 2 hours, 24 hours, or 48 hours?",
  good_ctx=COWORK, bad_ctx=COWORK, options=["< 2 hours", "< 24 hours", "< 48 hours"])
P(S, "Revenue per location for June 2024 = reserved hours × hourly_rate for non-cancelled reservations.",
  "Revenue per location for June 2024, all reservations, using the invoice table.",
  C, "table", "using the invoice table",
  "There's no invoice table in this schema; should revenue be estimated as reserved hours × hourly_rate?",
  good_ctx=COWORK, bad_ctx=COWORK, options=["hours × hourly_rate", "the invoice table is elsewhere"])
P(S, "Companies with 10 or more members on the 'dedicated' plan.",
  "Companies with 10 or more members on the premium plan.",
  C, "value", "the premium plan",
  "plan only takes 'flex', 'dedicated' and 'enterprise'; which one do you mean by premium?",
  good_ctx=COWORK, bad_ctx=COWORK, options=["dedicated", "enterprise"])
P(S, "Rentals returned more than 2 hours after due_back_at in 2024, per branch the car belongs to.",
  "Rentals returned late in 2024 per branch, using the returned_at column.",
  A, "threshold", "returned late",
  "Is any return after due_back_at late, or is there a grace period (e.g. 59 minutes or 2 hours)?",
  good_ctx=RENTAL, bad_ctx=RENTAL, options=["any minute late", "over 59 minutes", "over 2 hours"])
P(S, "Km driven per rental (km_in - km_out), averaged per category for 2024 rentals by out_at.",
  "Km driven per rental, averaged per category, for all rentals in 2024 - if a car is still out, any value is ok.",
  A, "scope", "any value is ok",
  "Cars still out have no km_in; should I exclude them, or treat their distance as 0 (which pulls the average down)?",
  good_ctx=RENTAL, bad_ctx=RENTAL, options=["exclude cars still out", "count them as 0"])
P(S, "Customers under 25 at out_at who rented in 2024, with damage_reported true.",
  "Young drivers who rented in 2024 and reported damage.",
  M, "threshold", "Young drivers",
  "What age counts as young: under 21, under 25, or under 30 at the time of rental?",
  good_ctx=RENTAL, bad_ctx=RENTAL, options=["under 21", "under 25", "under 30"])
CP(S, "Average price per rental, per vehicle category, for returned rentals.",
   RENTAL,
   RENTAL.replace("price_eur, damage_reported", "base_price_eur, extras_eur, discount_eur, damage_reported"),
   A, "column", "base_price_eur, extras_eur, discount_eur",
   "Price is split into base_price_eur, extras_eur and discount_eur; should the rental price be base only, or base plus extras minus discount?",
   options=["base only", "base + extras - discount"])
CP(S, "Number of rentals per vehicle category in 2024 - using the category column.",
   RENTAL,
   RENTAL.replace("vin, model, category, home_branch", "vin, model, acriss_code, home_branch"),
   C, "column", "vin, model, acriss_code, home_branch",
   "vehicles has no category column, only acriss_code; should I group by the first letter of acriss_code (the size class), or by the full code?",
   options=["first letter of acriss_code", "full acriss_code"])
CP(S, "Total qty_dispensed per drug class in 2024.",
   PHARMA,
   PHARMA.replace("name TEXT, class TEXT, is_controlled", "name TEXT, atc_level1 TEXT, atc_level3 TEXT, is_controlled"),
   A, "granularity", "atc_level1 TEXT, atc_level3 TEXT",
   "There's no class column; drugs has ATC level 1 and level 3; which level should 'drug class' be?",
   options=["ATC level 1", "ATC level 3"])
CP(S, "Members who joined in 2024 and made at least one reservation in their first month.",
   COWORK,
   COWORK.replace("| members | member_id, company, plan ('flex','dedicated','enterprise'), joined_on |", "| members | member_id, company, plan ('flex','dedicated','enterprise'), invited_on, activated_on |"),
   A, "column", "invited_on, activated_on",
   "members has invited_on and activated_on but no joined_on; which one marks joining (and the start of the first month)?",
   options=["invited_on", "activated_on"])
P(D, "From the tickets sheet, number of rows per payment_type in June 2024.",
  "From the tickets sheet, split sales by payment type and give me all the numbers for June.",
  A, "metric", "all the numbers",
  "Which numbers per payment type: ticket counts, subtotal, tips, or all three?",
  good_ctx=POS, bad_ctx=POS, options=["ticket counts", "subtotal", "tips", "all three"])

# ===========================================================================
# 13. Closing stand-alone items: complete requests that name columns and
#     tables or state facts that the schema confirms, and blocked requests
#     that come with numbers and row-level detail but still leave one gap
# ===========================================================================

OK(D, "Average session minutes per country - any rows with problems, handle them however you think is right.", GAME_DF)
OK(S, "Using the checkins table, count visits per club for May 2024.", GYM)
OK(S, "The orders table has one row per order, so a plain COUNT(*) per customer for 2024 is what I want.",
   "orders(order_id PK, customer_id, ordered_at, total)")
OK(S, "Sum the amount column per month of 2024; it's stored in cents, so divide by 100.",
   "payments(payment_id, paid_at, amount BIGINT)  -- cents, EUR only")
OK(S, "using the plans table, join subscribers on plan_code and count active subscribers per plan name today", TELCO)
OK(D, "Using the revenue_usd column, total revenue per campaign for 2024, sorted so the largest is on top.", CAMPAIGN)
OK(S, "Join matches to teams twice (home and away) so I can see both team names for every 2024 match.", LEAGUE)
OK(S, "The status column says 'no_show' for missed visits - count those per provider for 2024.", CLINIC)
OK(S, "Can you use the copies table to count how many copies each branch holds?", LIBRARY)
OK(S, "tickets.scanned_at is null for people who didn't show, so count those per event for events that already happened.", EVENTS)
OK(D, "There's a weight_kg column, so convert it to pounds (× 2.20462) and show the five heaviest shipments.", SHIP_CSV)
OK(S, "Use the vaccinations table; list pets whose rabies due_again_on falls in the next 30 days.", VET)
OK(S, "List all invoices where paid_at is null and due_at is more than 10 days ago.", SAAS)
OK(S, "The yields table joins to plantings on planting_id; give me total tonnes per farm for season_year 2023.", FARM)
OK(S, "cancelled_at is null for reservations that happened - count those per space kind for June 2024.", COWORK)
OK(D, "Fill null session_end with session_start + 30 minutes and then give me total hours per platform.", GAME_DF)
OK(S, "days between written_on and first filled_at per rx, averaged per drug, 2024 prescriptions that were filled", PHARMA)
OK(S, "List every rental where km_in is less than km_out (data errors), all years.", RENTAL)
OK(S, "Count rows in each table so I can sanity-check the load.", LIBRARY)
OK(S, "If a member has no loans, still show them with 0: loans per member for 2024.", LIBRARY)
OK(S, "Highest attendance of any match in each season; if several matches tie, show them all.", LEAGUE)
OK(S, "Which aircraft are older than 20 years (year_built before 2005)?", AIRLINE)
OK(D, "Rows where sold_price is higher than list_price - how many, and in which neighborhoods?", HOUSES)
OK(S, "All guests from Portugal (country = 'PT') with more than 2 bookings in 2024 by check_in.", HOTEL)

B(S, "All patients who had more than the usual number of appointments in 2024 - we're looking for high utilisers.",
  M, "threshold", "more than the usual number",
  "What counts as more than usual: above the mean, above the 95th percentile, or a fixed number of appointments?",
  ctx=CLINIC, options=["above the 95th percentile", "a fixed number, e.g. 12+"])
B(S, "If a subscription was upgraded, count it in the new plan; give me the number of subscriptions per plan at any point in 2024.",
  A, "as_of", "at any point in 2024",
  "Counting 'at any point in 2024' would put an upgraded subscription in both plans; do you want a snapshot on 2024-12-31, or subscriptions that were ever on each plan during 2024?",
  ctx=SAAS, options=["snapshot at 2024-12-31", "ever on each plan"])
B(S, "List the 10 days with the highest sales in 2024; a plain list is fine.",
  A, "timezone", "10 days",
  "sold_at is stored in UTC and the stores span several time zones; should days follow UTC or each store's local time?",
  ctx="sales(sale_id, store_id, sold_at TIMESTAMPTZ, amount)\nstores(store_id, city, tz)  -- tz: America/New_York, America/Los_Angeles, Europe/London",
  options=["UTC days", "store-local days"])
B(D, "Remove all the rows with bad data and then compute mean cost per kg by carrier.",
  A, "definition", "bad data",
  "Which rows count as bad: missing delivered_date, zero or negative weight, delivered before pickup, or all of these?",
  ctx=SHIP_CSV, options=["all of these", "only missing delivered_date"])
B(S, "Orders that took longer than normal to ship, by warehouse, for Q3.",
  M, "threshold", "longer than normal",
  "What counts as longer than normal: more than 2 days from placed_at to shipped_at, or above the warehouse's own median?",
  ctx="orders(order_id, warehouse_id, placed_at, shipped_at)\nwarehouses(warehouse_id, city)",
  options=["more than 2 days", "above the warehouse median"])
B(S, "Show all accounts that are at risk, with their mrr_usd and the date of their last paid invoice.",
  M, "definition", "at risk",
  "What signals 'at risk': an overdue open invoice, no payment in N days, or a seat reduction?",
  ctx=SAAS, options=["overdue open invoice", "no payment in 60 days"])
B(S, "Count any rows in appointments where the patient is a minor.",
  A, "as_of", "is a minor",
  "Minor as of the appointment date or as of today?",
  ctx=CLINIC, options=["at the appointment date", "as of today"])
B(D, "Keep only players who are engaged and plot their spend per day.",
  M, "threshold", "engaged",
  "What makes a player engaged: a number of sessions per week, days active in the last 30, or minutes played?",
  ctx=GAME_DF, options=["3+ sessions a week", "10+ active days in 30"])
B(S, "Write a query for the average rating of each book, and list all the books with ratings above 4.",
  M, "table", None,
  "The library schema has no ratings table or column; where should ratings come from?",
  ctx=LIBRARY, options=["an external ratings table", "skip ratings"])
B(S, "How many of the games were close ones in 2024?",
  M, "threshold", "close ones",
  "What margin makes a match close: decided by one goal, or drawn or decided by one goal?",
  ctx=LEAGUE, options=["one-goal margin", "draw or one-goal margin"])
B(S, "Average fare per passenger for each route in 2024, with the route being the city pair.",
  C, "column", "origin, dest",
  "flights.origin and dest are airport codes, and there's no airports-to-city mapping; should a route be the airport pair instead of a city pair?",
  ctx=AIRLINE, where="context", options=["airport pair", "there's an airports table with cities"])
B(S, "Revenue per hotel for the last 12 months, so we can see which hotels are doing well and which aren't - rank them all.",
  A, "column", "Revenue",
  "Should hotel revenue be the sum of total_charged, or room_rate times nights?",
  ctx=HOTEL, options=["sum of total_charged", "room_rate × nights"])

# -- a last handful of each, so numbers and column names appear on both sides --
B(S, "Rows where returned_at is null are still out; of those, list the ones that are overdue by more than a couple of days, with the member's name and the title.",
  M, "threshold", "more than a couple of days",
  "How many days past due_on should count here: 2, 3, or 7?",
  ctx=LIBRARY, options=["2 days", "3 days", "7 days"])
B(S, "For each of the 20 busiest routes, show the average delay in minutes over the last 30 days; canceled flights have a null actual_arr so skip those.",
  A, "metric", "20 busiest routes",
  "Busiest by what: number of flights, number of bookings, or seats flown over those 30 days?",
  ctx=AIRLINE, options=["flights", "bookings", "seats flown"])
B(D, "Resample the readings to 2 hours and keep only sensors that had more than a few null values in the last 30 days - we want to see the flaky ones.",
  M, "threshold", "more than a few null values",
  "How many nulls in 30 days makes a sensor flaky: more than 5, more than 20, or more than 1% of readings?",
  ctx="readings.csv\ntimestamp,sensor,value\n2024-05-01 00:00,S1,12.1\n2024-05-01 00:10,S1,\n2024-05-01 00:20,S1,11.9",
  options=["more than 5", "more than 20", "more than 1% of readings"])
B(S, "Give me the customers who cost us more than they bring in, over the last 90 days: compare their order revenue with the cost column.",
  A, "column", "cost_of_goods, shipping_cost, support_cost",
  "There are three cost columns (cost_of_goods, shipping_cost, support_cost); which ones should be compared with revenue?",
  ctx="orders(order_id, customer_id, ordered_at, revenue, cost_of_goods, shipping_cost, support_cost)",
  where="context", options=["cost_of_goods only", "goods + shipping", "goods + shipping + support"])
B(S, "Users who signed up more than 30 days ago and have made fewer sales than we'd expect by now - sales team wants them for outreach.",
  M, "threshold", "fewer sales than we'd expect",
  "What's the expected number of sales by now: a fixed number (e.g. 3 in 30 days), or the median for users of the same signup month?",
  ctx="users(user_id, email, signed_up_at, plan)\nsales(sale_id, seller_user_id, sold_at, amount)",
  options=["fixed number", "median of same signup cohort"])
B(S, "Hours each meeting room was in use last month; count it as in use from starts_at to ends_at, but only for the rooms that really matter.",
  M, "scope", "the rooms that really matter",
  "Which rooms should be included: all rooms, rooms above a certain capacity, or a list you have in mind?",
  ctx=COWORK, options=["all meeting rooms", "capacity above N", "a specific list"])
B(S, "Show the cost per hectare for every field in 2023, using the cost column on plantings.",
  C, "column", "using the cost column on plantings",
  "plantings has no cost column (nor does any other table); is there a costs table I should use?",
  ctx=FARM, options=["a costs table exists elsewhere", "skip the cost"])
B(D, "Which 2 reps closed the most in Q2? Use the sheet as is; there are no nulls in it, the regions don't matter, and any output format is fine.",
  A, "metric", "closed the most",
  "Most by number of deals or by revenue?",
  ctx="Sheet 'Sales': Month | Rep | Region | Deals | Revenue\n2024-04 | K. Osei | West | 7 | 41,200\n2024-04 | L. Park | East | 11 | 29,800",
  options=["Deals", "Revenue"])
OK(S, "The cheap ones are fine to ignore: list products with list_price above 100, most expensive first.",
   "products(sku, name, category, list_price, discontinued)")
OK(S, "We want users who signed up in 2024 and have at least one sale, with their total sales amount.",
   "users(user_id, email, signed_up_at, plan)\nsales(sale_id, seller_user_id, sold_at, amount)")
OK(S, "Using the cost_usd column, what did each carrier cost us in May 2024 by pickup_date? Sum is fine.",
   "shipments(shipment_id, carrier, pickup_date, weight_kg, cost_usd)")
OK(S, "The sales table is per line item; sum amount per store for 2024.",
   "sales(sale_id, line_no, store_id, sold_at, sku, amount)")


if __name__ == "__main__":
    c.write()
