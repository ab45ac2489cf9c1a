"""Build the held-out validation set for the asksafe probe.

Deterministic, stdlib only.  Every request below was written by hand for this
file.  Run:  python -m training.corpus.build_validation
Writes training/corpus/validation.jsonl next to this file and prints summary
statistics, including the length-only AUROC (should sit near 0.5).

Authoring helpers:
  S(dom, text, ctx)                      -> clear stand-alone item (label 0)
  Q(dom, typ, sub, text, span, q, ...)   -> blocked stand-alone item (label 1)
  P(dom, typ, sub, clear, blocked, span, q, ...) -> contrastive pair sharing a group
`span` is given as a substring; offsets are computed (text first, then context)
unless span_in is passed explicitly.
"""
import json
import os
import random
from collections import Counter

from training.corpus._stats import auroc as _auroc

M, A, C = "missing", "ambiguous", "contradictory"
_RAW = []  # (group_key, dict)
_gcount = [0]


def _new_group():
    _gcount[0] += 1
    return _gcount[0]


def _blocked(dom, typ, sub, text, span, q, ctx, span_in, opts, g):
    return dict(g=g, domain=dom, text=text, context=ctx, label=1, type=typ,
                subtype=sub, span_str=span, span_in=span_in, question=q,
                options=list(opts))


def _clear(dom, text, ctx, g, sub=None):
    return dict(g=g, domain=dom, text=text, context=ctx, label=0, type=None,
                subtype=sub, span_str=None, span_in=None, question=None,
                options=[])


def S(dom, text, ctx=None, sub=None):
    _RAW.append(_clear(dom, text, ctx, _new_group(), sub))


def Q(dom, typ, sub, text, span, q, ctx=None, span_in=None, opts=()):
    _RAW.append(_blocked(dom, typ, sub, text, span, q, ctx, span_in, opts,
                         _new_group()))


def P(dom, typ, sub, clear, blocked, span, q, ctx=None, bctx="same",
      span_in=None, opts=()):
    """Contrastive pair. `ctx` is the clear item's context; `bctx` the blocked
    item's context ("same" = reuse ctx)."""
    g = _new_group()
    if bctx == "same":
        bctx = ctx
    _RAW.append(_clear(dom, clear, ctx, g))
    _RAW.append(_blocked(dom, typ, sub, blocked, span, q, bctx, span_in, opts, g))


# ---------------------------------------------------------------------------
# GENERAL ASSISTANT REQUESTS
# ---------------------------------------------------------------------------
g = "general"

P(g, M, "recipient",
  "Forward the signed lease PDF from this morning to my landlord, Priya Raman (priya.raman@ramanproperties.com), and cc me.",
  "Forward the signed lease PDF from this morning to my landlord and cc me, she's been waiting on it since Tuesday.",
  "my landlord", "What is your landlord's email address?")
P(g, M, "date",
  "Book a table for four at Osteria Nonna for Saturday the 14th at 7:30pm, outdoor seating if they have it.",
  "Book a table for four at Osteria Nonna at 7:30pm, outdoor seating if they have it, we're celebrating my sister's promotion.",
  None, "Which date should I book the table for?")
P(g, A, "referent",
  "Cancel the 3pm dentist appointment on Thursday and keep the 10am one.",
  "Cancel the dentist appointment on Thursday.",
  "the dentist appointment", "You have two dentist appointments on Thursday (10am and 3pm); which one should I cancel?",
  ctx="Calendar, Thursday: 10:00 Dentist - Dr. Okafor (cleaning); 15:00 Dentist - Dr. Okafor (filling follow-up); 18:00 Yoga",
  opts=["10:00 cleaning", "15:00 filling follow-up"])
P(g, M, "budget",
  "Find me a flight from Lisbon to Berlin on 3 May, leaving after noon, under 150 euros, carry-on only.",
  "Find me a flight from Lisbon to Berlin on 3 May leaving after noon and book the best one with my saved card.",
  "the best one", "What matters most for 'best' — price, departure time, or duration — and is there a price limit?",
  opts=["cheapest", "shortest", "earliest after noon"])
P(g, C, "conflicting_constraints",
  "Set a daily reminder at 8am to take my vitamins, weekdays only.",
  "Set a daily reminder at 8am to take my vitamins, but only on weekends, every single day.",
  "only on weekends, every single day", "Should the reminder run every day, or only on weekends?")
P(g, A, "time_zone",
  "Schedule the call with the Tokyo office for 9am Tokyo time next Tuesday, 24 June.",
  "Schedule the call with the Tokyo office for 9am next Tuesday, 24 June.",
  "9am", "Is that 9am in your time zone (London) or 9am Tokyo time?",
  ctx="User profile: time zone Europe/London. Contact 'Tokyo office' time zone Asia/Tokyo.",
  opts=["9am London", "9am Tokyo"])
P(g, M, "quantity",
  "Order more printer paper for the office: 5 reams of A4 80gsm from the usual supplier.",
  "Order more printer paper for the office from the usual supplier, the A4 kind.",
  "more printer paper", "How many reams should I order?",
  ctx="Purchase history: Papeterie Dubois — A4 80gsm reams, last orders: 5 reams (Jan), 20 reams (Mar), 2 reams (Apr).")
P(g, M, "quantity",
  "Reorder the coffee beans we got last time.",
  "Reorder coffee beans.",
  "coffee beans", "Which coffee beans and how many bags should I order?",
  ctx="Last order (12 Apr): 2 x 1kg Ethiopia Guji whole bean, Bean & Co.",
  bctx="Past orders: 2 x 1kg Ethiopia Guji (12 Apr); 1 x 250g Colombia decaf ground (28 Mar); 3 x 500g house espresso blend (2 Mar).")
P(g, A, "referent",
  "Reply to Marco's email about the offsite and say Thursday works for me.",
  "Reply to Marco and say Thursday works for me.",
  "Reply to Marco", "Marco has two open threads (the offsite and the budget review); which one should I reply to?",
  ctx="Unread: (1) Marco Bellini — 'Offsite dates: Wed or Thu?' (2) Marco Bellini — 'Budget review: can we meet Thu or Fri?'",
  opts=["Offsite dates thread", "Budget review thread"])
P(g, C, "context_conflict",
  "Add 'pick up dry cleaning' to my to-do list for Friday.",
  "Add 'pick up dry cleaning' to my to-do list for Friday, the day I'm back from Denver.",
  "the day I'm back from Denver", "Your trip shows you return from Denver on Sunday, not Friday; which day should the to-do go on?",
  ctx="Calendar: Denver trip, flights out Wed 11 Jun, return Sun 15 Jun.")
P(g, M, "destination",
  "Save these three recipes to my 'Weeknight dinners' note.",
  "Save these three recipes somewhere I can find them later, I have too many notes already.",
  "somewhere I can find them later", "Which note or folder should I save the recipes to?",
  ctx="Notes: 'Weeknight dinners', 'Baking', 'Meal prep Sundays', 'Recipes to try'.")
P(g, A, "vague_term",
  "Unsubscribe me from every newsletter I haven't opened in the last 90 days.",
  "Unsubscribe me from the newsletters I don't read.",
  "the newsletters I don't read", "How should I decide which newsletters you don't read — e.g. none opened in the last 90 days?")
P(g, M, "recipient",
  "Text Dad that I'll be 20 minutes late.",
  "Text him that I'll be 20 minutes late.",
  "him", "Who should I text?",
  ctx="Contacts starred: Dad, Sam (partner), Coach Rivera.")
P(g, M, "date",
  "Remind me to renew my passport on 1 September.",
  "Remind me to renew my passport a while before it expires.",
  "a while before it expires", "When should the reminder go off — how long before the expiry date?",
  ctx="Document wallet: Passport, expires 14 Nov 2025.")
P(g, C, "conflicting_constraints",
  "Plan a three-day itinerary for Kyoto with mostly free activities and one paid tea ceremony.",
  "Plan a three-day itinerary for Kyoto with only free activities, and make sure the day-two highlight is a paid tea ceremony.",
  "only free activities", "Should I allow a paid tea ceremony, or keep everything free?")
P(g, A, "vague_term",
  "Move all my meetings on Friday that start after 2pm to Monday at the same times.",
  "Move my afternoon meetings on Friday to Monday.",
  "afternoon meetings", "Which Friday meetings count as afternoon — the 12:30 lunch, or only those from 2pm? And at what times on Monday?",
  ctx="Friday: 09:00 standup; 12:30 lunch with Ana; 14:00 design review; 16:30 1:1 Ben. Monday: 14:00-15:00 busy.")
P(g, M, "address",
  "Send a birthday card to Aunt June at 42 Elm Street, Leeds LS6 2AB, with the message 'Happy 70th!'.",
  "Send a birthday card to Aunt June with the message 'Happy 70th!'.",
  "Aunt June", "What address should the card go to?",
  ctx="Contact 'Aunt June': phone +44 7700 900123; no address on file.")
P(g, A, "referent",
  "Delete the photos from the Lisbon trip folder that are blurry, but keep everything else.",
  "Delete the duplicates from last weekend.",
  "the duplicates", "Do you mean exact duplicate files, or the near-identical burst shots? Should I keep the highest-resolution copy?",
  ctx="Photos, last weekend: 212 images; 18 byte-identical duplicates; 64 burst-mode near-duplicates.",
  opts=["exact duplicates", "burst near-duplicates"])
P(g, C, "conflicting_examples",
  "Rename my scanned receipts to the pattern YYYY-MM-DD_store.pdf, e.g. 2024-03-09_tesco.pdf.",
  "Rename my scanned receipts to the pattern YYYY-MM-DD_store.pdf, e.g. tesco_09-03-2024.pdf.",
  "tesco_09-03-2024.pdf", "The pattern and the example disagree; should it be 2024-03-09_tesco.pdf or tesco_09-03-2024.pdf?",
  opts=["YYYY-MM-DD_store.pdf", "store_DD-MM-YYYY.pdf"])
P(g, M, "account",
  "Pay the electricity bill from my joint checking account.",
  "Pay the electricity bill.",
  None, "You have two checking accounts; which one should I pay the electricity bill from?",
  ctx="Accounts: Joint checking (...4410), Personal checking (...9021), Savings (...3377). Bill: Northgrid Electric, due 28 Jun, 86.40 GBP.")

# stand-alone clear general
S(g, "What's 15% of 240?")
S(g, "Convert 72 degrees Fahrenheit to Celsius.")
S(g, "Set a timer for 25 minutes.")
S(g, "Can you give me a short summary of this so I can tweet it?",
  "Article (1,200 words): 'City council approves new bike lanes on Harbour Road after two years of debate; construction starts in August and will remove 40 parking spaces.'")
S(g, "Whats the capital of australia, i always forget")
S(g, "Add milk, eggs and spinach to my shopping list.")
S(g, "remind me tmrw 9am to call the vet about Biscuit's vaccines")
S(g, "Translate 'Where is the nearest pharmacy?' into Spanish.")
S(g, "How many days are there between 3 March 2024 and 19 July 2024?")
S(g, "Turn off the living room lights.", "Smart home: one device named 'Living room lights' (on).")
S(g, "Which of my meetings this week are with people outside the company?",
  "Calendar this week: Mon 10:00 Standup (internal); Tue 14:00 Call with Acme Corp (sarah@acme.com); Thu 11:00 Design review (internal); Fri 15:00 Vendor demo (rep@tooling.io).")
S(g, "Reply to the latest email from my landlord and say the plumber can come any weekday after 5pm.",
  "Inbox: most recent from landlord (Priya Raman): 'When can the plumber come by to fix the sink?'")
S(g, "Find a vegetarian lasagna recipe that serves six and takes under an hour.")
S(g, "Tell me the recent weather trend in Oslo, i.e. daily highs from 1 to 7 March.")
S(g, "Sort my reading list alphabetically by title.",
  "Reading list: 'Piranesi', 'Klara and the Sun', 'The Overstory', 'Circe'.")
S(g, "Set my out-of-office from 4 to 11 August saying I'm on leave and to contact Dana Wu (dana.wu@firm.com) for anything urgent.")
S(g, "hey can u move my 1:1 with ben to the same time tomorrow? something came up",
  "Calendar: today 16:30 1:1 Ben (30 min). Tomorrow 16:30-17:00 free.")
S(g, "What's a good synonym for 'important' that sounds a bit more formal?")
S(g, "I'm at the airport, my flight BA 2490 got delayed. Can you check whether I'll still make my 18:05 connection in Madrid?",
  "Flight status: BA 2490 LGW->MAD, delayed, new arrival 16:50. Connection IB 3412 MAD->SVQ departs 18:05, same terminal (T4S->T4S requires shuttle, min connection 60 min).")
S(g, "Please make a quick grocery list for tacos for about eight people.")
S(g, "Add a 15-minute buffer after every meeting tomorrow.",
  "Tomorrow: 09:00-09:30 Standup; 11:00-12:00 Planning; 15:00-15:45 Interview.")
S(g, "Compare the two phone plans in the attachment and tell me which is cheaper over 24 months.",
  "Plan A: 25 GBP/month, 24-month contract, no upfront. Plan B: 18 GBP/month, 24-month contract, 150 GBP upfront.")
S(g, "Block two hours every Wednesday afternoon for deep work, starting next week, 2 to 4pm.")
S(g, "Who won the 2018 FIFA World Cup?")
S(g, "Split the dinner bill of 184.50 equally among 6 people and round each share up to the nearest euro.")
S(g, "Okay so long story: my brother's wedding is in Porto, I'm flying in on the 12th, my partner on the 13th because of work, and we're both leaving on the 16th. The hotel we like is the Casa do Rio. Please book one double room at Casa do Rio from the 12th to the 16th (four nights), breakfast included.")
S(g, "Remind me about this again in a bit.", "Earlier today the user said: 'when I say in a bit, I mean two hours'.")
S(g, "Can you find the cheapest of these three quotes for the roof repair?",
  "Quotes: Apex Roofing 4,200 GBP; Hill & Sons 3,850 GBP; TopCover 4,050 GBP (all incl. VAT).")
S(g, "what time is it in new york rn")
S(g, "Mark every email from newsletters@shopfast.com as read.")
S(g, "Draft a grocery order for the usual Sunday shop.",
  "Saved list 'Usual Sunday shop': bananas, oat milk x2, sourdough loaf, eggs (12), chicken thighs 1kg, broccoli.")

# stand-alone blocked general
Q(g, M, "recipient", "Share the folder with the new hire.", "the new hire", "Who is the new hire — what's their name or email?",
  ctx="HR feed: two people start on Monday: Lena Fischer (Design) and Tom Achebe (Finance).")
Q(g, M, "date", "Book me a haircut at the usual place.", None, "When would you like the haircut — which day and time?",
  ctx="Usual place: Clip Joint, Bridge St. Open Tue-Sat 9-18.")
Q(g, A, "referent", "Call Alex back.", "Alex", "Do you mean Alex Kim (missed call at 10:12) or Alex Moreno (voicemail yesterday)?",
  ctx="Recent: missed call Alex Kim 10:12 today; voicemail Alex Moreno yesterday 17:40.", opts=["Alex Kim", "Alex Moreno"])
Q(g, C, "conflicting_constraints", "Find me a hotel in central Paris for next weekend, under 60 euros a night, five stars, walking distance from the Louvre.",
  "under 60 euros a night, five stars", "Five-star hotels near the Louvre cost far more than 60 euros; which matters more, the budget or the star rating?")
Q(g, M, "destination", "Download all the attachments from that thread and put them in the shared drive.", "the shared drive",
  "Which shared drive and folder should the attachments go into?",
  ctx="Shared drives: 'Marketing', 'Finance 2024', 'All-hands'. Thread: 'Q3 vendor invoices' (6 PDFs).")
Q(g, A, "vague_term", "Clean up my inbox.", "Clean up", "What should cleaning up mean — archive read mail, delete promotions, unsubscribe, or something else?",
  opts=["archive read email", "delete promotions", "unsubscribe from lists"])
Q(g, A, "date_format", "Set the reminder for 04/05 at noon.", "04/05", "Is that 4 May or 5 April?",
  ctx="User locale unknown; previous reminders were created by both a US and a UK account on this shared device.", opts=["4 May", "5 April"])
Q(g, C, "context_conflict", "Accept the invite for Thursday's planning session, I'm free then.", "I'm free then",
  "Thursday's planning session overlaps your 10:00 client call; should I accept anyway and decline or move the client call?",
  ctx="Invite: Planning session Thu 10:00-11:30. Calendar Thu: 10:00-11:00 Client call (Northwind), accepted.")
Q(g, M, "quantity", "Transfer money to my savings account.", "money", "How much should I transfer to savings?")
Q(g, M, "identifier", "Track my package.", "my package", "Which package — can you give me the order or tracking number?",
  ctx="Recent orders with shipments: #A-1123 (shoes, shipped), #A-1131 (books, shipped), #B-0078 (lamp, in transit).")
Q(g, A, "referent", "Can you send that to Jo?", "that", "What should I send to Jo — the slides from this morning or the budget spreadsheet?",
  ctx="Earlier in this chat: the user asked me to fix up 'Q2 slides.pptx' and then to total 'budget_june.xlsx'.")
Q(g, C, "conflicting_instructions", "Put the meeting with the auditors on my calendar for Monday 9 June. Actually make it the day after Monday 9 June, which is a Wednesday.",
  "the day after Monday 9 June, which is a Wednesday", "The day after Monday 9 June is Tuesday 10 June; did you mean Tuesday or Wednesday 11 June?")
Q(g, M, "preference", "Order me lunch from the Thai place.", "lunch", "What would you like to order from the Thai place?",
  ctx="Order history with Bangkok Street Kitchen: pad thai (Mar), green curry (Apr), massaman curry (May).")
Q(g, A, "vague_term", "Let my team know the deadline moved.", "the deadline", "Which deadline moved, and to when?",
  ctx="Team tracker deadlines: Q3 roadmap draft (Jun 20), hiring plan (Jun 24), budget submission (Jun 30).")
Q(g, C, "conflicting_constraints", "Schedule a 90-minute workshop for the whole team on Friday — it has to fit in the gap between lunch and the 2pm all-hands.",
  "90-minute workshop", "The gap between lunch (ends 13:00) and the 14:00 all-hands is only 60 minutes; should the workshop be shorter or move to another slot?",
  ctx="Friday: 12:00-13:00 Team lunch; 14:00-15:00 All-hands.")
Q(g, M, "recipient", "Pass the invoice on to accounting, they'll know what to do with it.", "accounting",
  "Who in accounting should receive it — is there a specific person or address?",
  ctx="Directory: no shared accounting mailbox. Finance team: M. Osei (AP), R. Lind (AR), K. Das (controller).")
Q(g, A, "scope", "Delete my old calendar events.", "old", "How old — everything before a certain date, or only past events from before this year?")
Q(g, M, "date", "hey can you set up the team dinner at Rosa's, 8 ppl, whenever works", "whenever works",
  "Which date and time should I book for the team dinner?")
Q(g, C, "context_conflict", "Reschedule my 2pm with Harriet to 3pm.", "my 2pm with Harriet",
  "Your meeting with Harriet is at 11am today, and your 2pm is with Gustavo; which meeting should move to 3pm?",
  ctx="Today: 11:00 Harriet Lowe (sync); 14:00 Gustavo Reyes (vendor); 15:00 free.")
Q(g, A, "unit", "Set the thermostat to 20.", "20", "Your thermostat is set to Fahrenheit; do you mean 20°C (68°F) or literally 20°F?",
  ctx="Thermostat 'Hallway': units °F, current setpoint 66, allowed range 45-90.")
Q(g, M, "selection", "Pick a gift for my mom's birthday and order it.", "a gift",
  "Any budget or ideas for the gift — what does your mom like?")
Q(g, C, "conflicting_constraints", "Please book the cheapest option, and it must be the direct flight.", "the cheapest option",
  "The cheapest option has a layover; should I book the cheapest flight or the direct one?",
  ctx="Options: (a) LHR-JFK direct, 612 GBP; (b) LHR-KEF-JFK, 1 stop, 398 GBP; (c) LHR-DUB-JFK, 1 stop, 441 GBP.")
Q(g, A, "referent", "i need the report from last week resent to the whole group asap", "the whole group",
  "Which group — the project channel (8 people) or the department list (45)?",
  ctx="Groups you send to: 'Project Falcon' (8), 'Dept: Operations' (45).", opts=["Project Falcon", "Dept: Operations"])
Q(g, M, "credentials", "Log into the supplier portal and download last month's statement.", "the supplier portal",
  "I don't have login details for the supplier portal; which account should I use?",
  ctx="Password manager: no entry matching 'supplier'. Bookmarks: portal.ferrosupply.com, b2b.alumco.eu.")
Q(g, C, "conflicting_examples", "Label the boxes like we discussed — rooms in capitals, e.g. 'kitchen', 'Bedroom 2'.", "'kitchen', 'Bedroom 2'",
  "Your examples aren't in capitals; should labels be all caps (KITCHEN) or as in the examples?")
Q(g, A, "vague_term", "Find me a cheap gym close to work.", "close to work",
  "How far counts as close — walking distance or a short drive? And what's your budget per month?")
Q(g, M, "file", "Print the document I was working on.", "the document I was working on",
  "Which document — the contract draft or the packing list?",
  ctx="Recently edited today: 'Contract draft v3.docx' (10:02), 'Packing list.docx' (10:15).")

# ---------------------------------------------------------------------------
# CODING: specs, bug reports, refactors, quoted code
# ---------------------------------------------------------------------------
c = "coding"

P(c, C, "spec_vs_test",
  "Implement `rank_players(scores)` so it returns player names sorted by score, highest first, as the existing test expects.",
  "Implement `rank_players(scores)` so it returns player names sorted by score in ascending order, as the existing test expects.",
  "['carol', 'alice', 'bob']",
  "The spec says ascending but the test expects highest score first; which order is correct?",
  ctx="tests/test_rank.py:\n\ndef test_rank_players():\n    scores = {'alice': 70, 'bob': 55, 'carol': 91}\n    assert rank_players(scores) == ['carol', 'alice', 'bob']\n",
  span_in="context", opts=["ascending", "descending"])
P(c, A, "tie_breaking",
  "Write `top_k(items, k)` returning the k items with the largest `score`; on equal scores keep the original input order (stable).",
  "Write `top_k(items, k)` returning the k items with the largest `score`. It feeds the leaderboard, so the output has to be deterministic.",
  "has to be deterministic",
  "When several items tie at the k-th score, how should ties be broken — input order, by name, or include all tied items?",
  opts=["keep input order", "sort by name", "return all tied items"])
P(c, M, "output_format",
  "Add a `--export` flag to the CLI that writes the results as CSV with a header row to the path given after the flag.",
  "Add a `--export` flag to the CLI that writes the results to a file so the analysts can pick them up.",
  "writes the results to a file",
  "What format should the export be (CSV, JSON, XLSX), and how is the path chosen?",
  ctx="The analysts' ingestion job (ingest.py) accepts both CSV and Parquet; their README says 'either is fine'.")
P(c, C, "spec_vs_code",
  "Change `parse_duration` so it also accepts minutes with an 'm' suffix, e.g. '15m' -> 900 seconds.",
  "Change `parse_duration` so it also accepts minutes with an 'm' suffix, e.g. '15m' -> 900 seconds, keeping the current behaviour for every existing input.",
  "'1m': 2592000",
  "'m' currently means months ('1m' -> 2592000 s); should 'm' switch to minutes (breaking that) or should minutes use another suffix?",
  ctx="def parse_duration(s):\n    units = {'s': 1, 'h': 3600, 'd': 86400, 'w': 604800}\n    return int(s[:-1]) * units[s[-1]]\n",
  bctx="def parse_duration(s):\n    units = {'s': 1, 'h': 3600, 'd': 86400, 'w': 604800, 'm': 2592000}\n    # tests: '1m': 2592000 (one 30-day month), used by the billing module\n    return int(s[:-1]) * units[s[-1]]\n",
  span_in="context")
P(c, A, "column_choice",
  "Fix the bug where `User.display_name` is empty for users who signed up with SSO: fall back to `sso_profile.full_name`.",
  "Fix the bug where `User.display_name` is empty for users who signed up with SSO: fall back to their name.",
  "fall back to their name",
  "Which field should the fallback use — `sso_profile.full_name`, `sso_profile.given_name`, or the email local part?",
  ctx="class SsoProfile: given_name: str; family_name: str; full_name: str; email: str\nclass User: display_name: str | None; sso_profile: SsoProfile | None",
  opts=["sso_profile.full_name", "sso_profile.given_name", "email local part"])
P(c, M, "threshold",
  "Make the retry helper give up after 5 attempts with exponential backoff starting at 200 ms.",
  "Make the retry helper give up at some point instead of retrying forever, with exponential backoff starting at 200 ms.",
  "give up at some point",
  "After how many attempts (or how much total time) should the retry helper give up?")
P(c, A, "referent",
  "Rename `get_data` in `billing/invoices.py` to `fetch_invoices` and update its callers.",
  "Rename `get_data` to `fetch_invoices` and update its callers.",
  "`get_data`",
  "There are three functions named `get_data`; which one should become `fetch_invoices`?",
  ctx="grep -rn 'def get_data':\nbilling/invoices.py:14:def get_data(customer_id):\nreports/monthly.py:33:def get_data(month):\nsync/crm.py:8:def get_data(session):",
  opts=["billing/invoices.py", "reports/monthly.py", "sync/crm.py"])
P(c, C, "conflicting_examples",
  "Write `slugify(title)`: lowercase, spaces to hyphens, drop punctuation. Examples: 'Hello, World' -> 'hello-world', 'A  B' -> 'a-b'.",
  "Write `slugify(title)`: lowercase, spaces to hyphens, drop punctuation. Examples: 'Hello, World' -> 'hello-world', 'A  B' -> 'a--b'.",
  "'A  B' -> 'a--b'",
  "Should consecutive spaces collapse to one hyphen ('a-b') or map one-to-one ('a--b')?",
  opts=["collapse to one hyphen", "one hyphen per space"])
P(c, M, "version",
  "Bump the `requests` pin in requirements.txt to 2.32.3 and run the test suite.",
  "Bump the `requests` pin in requirements.txt and run the test suite.",
  "Bump the `requests` pin",
  "Which version should `requests` be bumped to — the latest 2.32.x, or a specific one your platform has approved?",
  ctx="requirements.txt: requests==2.25.1  # pinned: see SEC-212, upgrades need security sign-off on the exact version")
P(c, A, "vague_term",
  "Speed up `load_catalog()`; it currently takes ~9 s on the staging dataset and the target in the ticket is under 2 s.",
  "Speed up `load_catalog()`, it's too slow.",
  "too slow",
  "What's the target — how fast does `load_catalog()` need to be, and on which dataset?")
P(c, C, "spec_vs_test",
  "Make `normalize_phone` return numbers in E.164 format (e.g. '+442071838750') — see the test.",
  "Make `normalize_phone` return numbers in E.164 format — the test is the source of truth.",
  "'020 7183 8750'",
  "The test expects national format ('020 7183 8750'), not E.164; which format should the function return?",
  ctx="def test_normalize_phone():\n    assert normalize_phone('+44 20 7183 8750') == '+442071838750'\n",
  bctx="def test_normalize_phone():\n    assert normalize_phone('+44 20 7183 8750') == '020 7183 8750'\n",
  span_in="context")
P(c, M, "error_handling",
  "In `read_config(path)`, if the file does not exist, return the defaults from DEFAULTS and log a warning.",
  "In `read_config(path)`, handle the case where the file does not exist.",
  "handle the case where the file does not exist",
  "When the config file is missing, should `read_config` raise, return defaults, or create the file?",
  opts=["raise FileNotFoundError", "return defaults", "create a default file"])
P(c, A, "scope",
  "Add type hints to every public function in `utils/dates.py`.",
  "Add type hints to the utils.",
  "the utils",
  "Which utils — just `utils/dates.py`, or the whole `utils/` package (14 modules)?",
  ctx="utils/: __init__.py, dates.py, strings.py, io.py, ... (14 modules, 3,900 lines)")
P(c, C, "conflicting_requirements",
  "Cache the exchange rates in memory for 10 minutes so we stop hitting the provider on every request.",
  "Cache the exchange rates in memory for 10 minutes so we stop hitting the provider on every request; the rates shown must always be the live value from the provider.",
  "must always be the live value",
  "Caching means rates can be up to 10 minutes old; is that acceptable, or must every request fetch a live rate?")
P(c, M, "api_contract",
  "Add an endpoint `GET /api/orders/{id}` returning the order JSON with the same shape as `OrderSchema`, 404 if not found.",
  "Add an endpoint for orders returning the order JSON with the same shape as `OrderSchema`, 404 if not found.",
  "an endpoint for orders",
  "What path and method should the orders endpoint use, and is it for a single order or a list?")
P(c, A, "referent",
  "The date picker crashes on Safari when you clear the field. Stack trace below, please fix.\n\nTypeError: null is not an object (evaluating 'value.getTime')\n    at formatDate (DatePicker.tsx:41)",
  "The picker crashes on Safari when you clear the field, please fix.",
  "The picker",
  "Which picker — the DatePicker or the ColorPicker? Do you have the error or stack trace?",
  ctx="src/components/: DatePicker.tsx, ColorPicker.tsx, FilePicker.tsx")
P(c, C, "spec_vs_docstring",
  "Implement `chunk(xs, n)` per its docstring.",
  "Implement `chunk(xs, n)` per its docstring; it should drop the incomplete last chunk.",
  "the last chunk may be shorter",
  "The docstring says the last chunk is kept (possibly shorter) but you asked to drop it; which behaviour do you want?",
  ctx='def chunk(xs, n):\n    """Split xs into consecutive lists of length n; the last chunk may be shorter."""\n    raise NotImplementedError',
  span_in="context")
P(c, M, "target_language",
  "Port the `luhn_check` function from the Python module to TypeScript and put it in `src/validation/luhn.ts`.",
  "Port the `luhn_check` function from the Python module and put it in the frontend repo.",
  "Port the `luhn_check` function",
  "The frontend repo has both a TypeScript app and a Dart (Flutter) app; which language and where should the port go?",
  ctx="frontend/: web/ (TypeScript, React), mobile/ (Dart, Flutter)")
P(c, A, "unit",
  "Set the HTTP client timeout to 30 seconds (the config value is in milliseconds, so 30000).",
  "Set the HTTP client timeout to 30.",
  "30",
  "The setting `http_timeout` is in milliseconds; do you mean 30 seconds (30000) or literally 30 ms?",
  ctx="config.yaml:\nhttp_timeout: 5000   # milliseconds\nretry_delay: 2      # seconds",
  opts=["30000 ms", "30 ms"])
P(c, C, "conflicting_requirements",
  "Refactor `Invoice.total()` to use Decimal instead of float, keeping the same public signature.",
  "Refactor `Invoice.total()` to use Decimal instead of float, but keep returning exactly the same type as before so callers don't change.",
  "exactly the same type as before",
  "Currently `total()` returns a float; should it return Decimal (changing the type callers see) or convert back to float?")
P(c, M, "input_spec",
  "Write a function that validates UK postcodes using the regex in `docs/postcode.md` and returns True/False.",
  "Write a function that validates postcodes and returns True/False.",
  "validates postcodes",
  "Which countries' postcodes should it validate, and what counts as valid (format only, or against a list)?")
P(c, A, "vague_term",
  "Log a warning when a request takes longer than 500 ms.",
  "Log a warning when a request is slow.",
  "is slow",
  "What latency threshold counts as slow?")
P(c, C, "spec_vs_test",
  "Make `is_weekend(date)` treat Saturday and Sunday as the weekend.",
  "Make `is_weekend(date)` treat Saturday and Sunday as the weekend; don't touch the tests.",
  "assert is_weekend(date(2024, 6, 14))  # Friday",
  "The existing test expects Friday to count as weekend (Fri/Sat week-end); should I follow the Sat/Sun spec or keep Friday?",
  ctx="def test_is_weekend():\n    assert is_weekend(date(2024, 6, 15))  # Saturday\n    assert not is_weekend(date(2024, 6, 17))  # Monday\n",
  bctx="def test_is_weekend():\n    assert is_weekend(date(2024, 6, 14))  # Friday\n    assert is_weekend(date(2024, 6, 15))  # Saturday\n    assert not is_weekend(date(2024, 6, 16))  # Sunday\n",
  span_in="context")

# stand-alone clear coding
S(c, "Write a Python function `is_palindrome(s)` that ignores case and non-alphanumeric characters.")
S(c, "fix typo in README: 'recieve' -> 'receive' (line 42)")
S(c, "Add a short docstring to `merge_intervals` explaining what it returns.",
  "def merge_intervals(intervals):\n    intervals.sort()\n    out = []\n    for s, e in intervals:\n        if out and s <= out[-1][1]:\n            out[-1][1] = max(out[-1][1], e)\n        else:\n            out.append([s, e])\n    return out")
S(c, "This throws `KeyError: 'email'` when a user has no email. Use `.get` and skip those users.\n\nfor u in users:\n    send(u['email'], body)")
S(c, "Convert this loop into a list comprehension:\n\nresult = []\nfor x in nums:\n    if x % 2 == 0:\n        result.append(x * x)")
S(c, "Write a bash one-liner that counts the lines in all .py files under src/, recursively.")
S(c, "Sort the imports in `app/main.py` the way isort would with the project's config.",
  "pyproject.toml: [tool.isort] profile = 'black', known_first_party = ['app']")
S(c, "Please write unit tests for `clamp(x, lo, hi)` covering below, inside and above the range, plus lo == hi.")
S(c, "Rename the variable `tmp` to `row_count` in `report.py`; it's only used inside `build_summary`.")
S(c, "Ticket FE-2291 (copied from Jira, sorry for the noise):\nReporter: M. Alvarez | Priority: P3 | Sprint: 41 | Labels: ui, a11y, quick-win | Watchers: 6\nDescription: The 'Submit' button on /settings/profile has no accessible name when it's in the loading state because we swap the text for a spinner. Add aria-label=\"Submit\" to the button in ProfileForm.tsx so screen readers still announce it.\nAcceptance: axe reports no 'button-name' violations on /settings/profile.\nComments: (Dev) probably 1-line fix. (QA) will verify with VoiceOver.")
S(c, "Add a `__repr__` to the `Point` dataclass... wait, dataclasses already have one. Never mind — instead make `Point` frozen so it can be used as a dict key.",
  "@dataclass\nclass Point:\n    x: float\n    y: float")
S(c, "Write a regex that matches ISO 8601 dates like 2024-06-30 (date only, no time).")
S(c, "pls make `fetch_user` async, it's the only sync call left in the handler and everything else already uses httpx.AsyncClient",
  "async def handler(req):\n    user = fetch_user(req.user_id)   # uses requests.get\n    orders = await fetch_orders(req.user_id)\n")
S(c, "Replace the deprecated `datetime.utcnow()` calls in `audit/` with `datetime.now(timezone.utc)`.")
S(c, "The CI job fails with this; add the missing dependency to requirements-dev.txt.\n\nE   ModuleNotFoundError: No module named 'freezegun'\ntests/test_scheduler.py:3: in <module>\n    from freezegun import freeze_time")
S(c, "Write a function that returns the n-th Fibonacci number, with fib(0) = 0 and fib(1) = 1, iteratively.")
S(c, "Make the function below return an empty list instead of None when nothing matches.\n\ndef find_tags(post, prefix):\n    hits = [t for t in post.tags if t.startswith(prefix)]\n    if hits:\n        return hits")
S(c, "Implement the `TODO` in this function.",
  "def median(xs: list[float]) -> float:\n    \"\"\"Median of a non-empty list; for even length, the mean of the two middle values.\"\"\"\n    # TODO\n")
S(c, "Add a `--dry-run` flag to `cleanup.py` that prints the files it would delete without deleting them.")
S(c, "convert this js callback to async/await pls\n\nfs.readFile(p, 'utf8', (err, data) => {\n  if (err) return cb(err);\n  cb(null, JSON.parse(data));\n});")
S(c, "Make the log line include the request id.",
  "logger.info('payment processed amount=%s', amount)  # inside handle_payment(request); request.id is available")
S(c, "Write a quick SQL-injection-safe version of this query using parameters.\n\ncur.execute(f\"SELECT * FROM users WHERE email = '{email}'\")")
S(c, "The pagination is off by one: page 2 repeats the last item of page 1. Fix it.\n\ndef page(items, n, size=20):\n    start = (n - 1) * size - 1\n    return items[start:start + size]")
S(c, "Extract the duplicated validation in `create_user` and `update_user` into a helper `_validate_user_payload`.",
  "def create_user(p):\n    if not p.get('email'): raise ValueError('email required')\n    if len(p.get('name', '')) > 80: raise ValueError('name too long')\n    ...\ndef update_user(uid, p):\n    if not p.get('email'): raise ValueError('email required')\n    if len(p.get('name', '')) > 80: raise ValueError('name too long')\n    ...")
S(c, "Add a short comment above the bit-twiddling line explaining what it does.",
  "def is_power_of_two(n):\n    return n > 0 and (n & (n - 1)) == 0")

# stand-alone blocked coding
Q(c, C, "spec_vs_test", "Implement `format_price(cents)` to return strings like '$12.50'. The tests are already written.",
  "'12,50 €'", "The tests expect euro formatting ('12,50 €') but you described dollars; which format is right?",
  ctx="def test_format_price():\n    assert format_price(1250) == '12,50 €'\n    assert format_price(5) == '0,05 €'\n", span_in="context")
Q(c, A, "column_choice", "Show the user's address on the invoice PDF.", "address",
  "The user model has both `billing_address` and `shipping_address`; which one goes on the invoice?",
  ctx="class Customer(Model):\n    billing_address = ForeignKey(Address)\n    shipping_address = ForeignKey(Address)\n    # note: 38% of customers have different billing and shipping addresses",
  opts=["billing_address", "shipping_address"])
Q(c, M, "repro", "The app is broken, please fix ASAP!!", "broken",
  "What exactly is broken — which page or action, and what error do you see?")
Q(c, C, "conflicting_examples", "Write `to_title(s)` that capitalises each word. Examples: 'the lord of the rings' -> 'The Lord of the Rings', 'war and peace' -> 'War And Peace'.",
  "'War And Peace'", "One example keeps small words lowercase ('of the') and the other capitalises 'And'; should minor words be capitalised?")
Q(c, A, "tie_breaking", "Write a function that returns the most common word in a text.", "the most common word",
  "If several words share the highest count, which should be returned — the first one seen, the alphabetically first, or all of them?",
  ctx="Called from the 'word of the day' widget; the product spec says 'show exactly one word'.")
Q(c, M, "output_format", "Write a script that dumps all the feature flags so product can review them.", "dumps all the feature flags",
  "In what form does product want the flags — a spreadsheet/CSV, a Markdown table, JSON? Which fields?",
  ctx="Product team lead wrote last week: 'we review everything in Sheets or Notion, not raw files'.")
Q(c, C, "spec_vs_code", "Add a `max_items` parameter to `paginate()` defaulting to 50, like the other list endpoints.", "DEFAULT_PAGE_SIZE = 100",
  "The other list endpoints use DEFAULT_PAGE_SIZE = 100, not 50; should `paginate()` default to 50 or to 100 for consistency?",
  ctx="api/constants.py:\nDEFAULT_PAGE_SIZE = 100  # used by list_users, list_orders, list_invoices", span_in="context")
Q(c, A, "referent", "Revert the change that broke login.", "the change that broke login",
  "Two commits touched login yesterday (a1f3e2 'session cookie SameSite' and 9bc771 'bump oauthlib'); which one should I revert?",
  ctx="git log --since=yesterday -- auth/:\na1f3e2 session cookie SameSite=Strict\n9bc771 bump oauthlib to 3.2.2\n",
  opts=["a1f3e2", "9bc771"])
Q(c, M, "threshold", "Add rate limiting to the public API so people can't hammer it.", "rate limiting",
  "What limit should apply — how many requests per minute, per IP or per API key?")
Q(c, C, "conflicting_requirements", "Make the password check stricter: require at least 12 characters, and make sure all existing users' current passwords (many are 8 characters) stay valid on login.",
  "stay valid on login", "Should the 12-character rule apply only to new/changed passwords, or also reject existing 8-character ones at login?")
Q(c, A, "vague_term", "Make the error messages friendlier.", "friendlier",
  "Which error messages (API, UI, CLI), and is there a tone guide or example of what you want?")
Q(c, M, "destination", "Write the migration script and put it where the others are.", "where the others are",
  "There are migrations in both `db/migrations/` (Alembic) and `scripts/migrate/` (ad hoc); which should this one go in?",
  ctx="db/migrations/versions/: 41 Alembic revisions (last: 2023-11). scripts/migrate/: 7 python scripts (last: 2024-05).")
Q(c, C, "spec_vs_test", "Implement `dedupe(xs)` keeping the first occurrence of each element, as the tests require.",
  "[3, 1, 2]", "The test expects last occurrences kept in reverse order ([3, 1, 2]), not first occurrences; which behaviour do you want?",
  ctx="def test_dedupe():\n    assert dedupe([1, 2, 1, 3]) == [3, 1, 2]\n", span_in="context")
Q(c, A, "scope", "Remove the dead code.", "the dead code",
  "Which dead code — the functions vulture flags (some are called via reflection), or only the commented-out blocks?",
  ctx="vulture report: 23 unused functions (60% confidence), including handlers registered via getattr in plugins/loader.py.")
Q(c, M, "env", "Point the app at the new database.", "the new database",
  "What is the new database's connection string (host, name, credentials)?")
Q(c, C, "conflicting_instructions", "Use tabs for indentation in the new module. Follow the repo's formatter config exactly.",
  "indent_style = space", "The repo's .editorconfig says spaces (indent 4); should the new module use tabs or follow the config?",
  ctx=".editorconfig:\n[*.py]\nindent_style = space\nindent_size = 4", span_in="context")
Q(c, A, "unit", "Add a check that rejects uploads bigger than 10.", "10",
  "10 what — MB or MiB, or some other unit?",
  ctx="settings.py: MAX_AVATAR_BYTES = 2_000_000; MAX_ATTACHMENT_KB = 5120")
Q(c, M, "api_contract", "Write a client for the partner API.", "the partner API",
  "Which partner API, and do you have its docs or OpenAPI spec and auth details?",
  ctx="Partners in integrations/: Stripe (done), Shippo (done), 'Fenwick Logistics' (stub, no docs in repo).")
Q(c, C, "conflicting_examples", "Function `parse_bool(s)`: return True for 'yes', 'true', '1'; False for 'no', 'false', '0'. So parse_bool('TRUE') is False since it's case sensitive, and parse_bool('Yes') is True.",
  "parse_bool('Yes') is True", "You say it's case sensitive ('TRUE' -> False) but also that 'Yes' -> True; is matching case sensitive or not?")
Q(c, A, "referent", "hey the thing we talked about yesterday w/ the cache, can u just do it", "the thing we talked about yesterday",
  "Yesterday we discussed both adding a TTL to the user cache and removing the session cache; which did you want done?",
  ctx="Yesterday's chat: (1) 'maybe we should add a 5 min TTL to user_cache' (2) 'or just rip out session_cache entirely?' — no decision recorded.",
  opts=["add TTL to user_cache", "remove session_cache"])
Q(c, M, "input_spec", "Write the parser for the vendor's new export format.", "the vendor's new export format",
  "Can you share a sample file or the spec of the new export format?")
Q(c, C, "spec_vs_test", "Make `percent(a, b)` return the percentage rounded to one decimal place, e.g. percent(1, 3) == 33.3.",
  "== 33", "The test expects an integer (33) but the spec says one decimal (33.3); which should it be?",
  ctx="def test_percent():\n    assert percent(1, 3) == 33\n    assert percent(2, 3) == 67\n", span_in="context")

# ---------------------------------------------------------------------------
# SQL over a schema (schema in context)
# ---------------------------------------------------------------------------
q = "sql"

SC_SHOP = ("orders(order_id INT PK, customer_id INT, order_date DATE, status TEXT, revenue_gross NUMERIC, revenue_net NUMERIC, currency TEXT)\n"
           "customers(customer_id INT PK, name TEXT, country TEXT, signup_date DATE, segment TEXT)")
SC_SHOP1 = ("orders(order_id INT PK, customer_id INT, order_date DATE, status TEXT, revenue NUMERIC, currency TEXT)\n"
            "customers(customer_id INT PK, name TEXT, country TEXT, signup_date DATE, segment TEXT)")
SC_HR = ("employees(emp_id INT PK, full_name TEXT, dept_id INT, hire_date DATE, termination_date DATE NULL, base_salary NUMERIC, manager_id INT NULL)\n"
         "departments(dept_id INT PK, dept_name TEXT, location TEXT)")
SC_EVENTS = ("events(event_id BIGINT, user_id BIGINT, event_type TEXT, created_at TIMESTAMP /* UTC */, properties JSONB)\n"
             "users(user_id BIGINT PK, created_at TIMESTAMP, plan TEXT, country TEXT)")
SC_SUPPORT = ("tickets(ticket_id INT PK, opened_at TIMESTAMP, closed_at TIMESTAMP NULL, priority TEXT, agent_id INT, customer_id INT)\n"
              "agents(agent_id INT PK, name TEXT, team TEXT)")
SC_SHIP = ("shipments(shipment_id INT PK, order_id INT, shipped_at DATE, delivered_at DATE NULL, carrier TEXT, weight_kg NUMERIC)\n"
           "orders(order_id INT PK, customer_id INT, order_date DATE, total NUMERIC)")
SC_SUBS = ("subscriptions(sub_id INT PK, account_id INT, plan TEXT, started_at DATE, canceled_at DATE NULL, mrr_usd NUMERIC)\n"
           "accounts(account_id INT PK, company TEXT, industry TEXT, employees INT)")
SC_DATES = ("sales(sale_id INT PK, product_id INT, qty INT, unit_price NUMERIC, created_at TIMESTAMP, shipped_at TIMESTAMP NULL, invoiced_at TIMESTAMP NULL)\n"
            "products(product_id INT PK, name TEXT, category TEXT)")

P(q, A, "column_choice",
  "What was our total net revenue from completed orders in March 2024?",
  "What was our total revenue from completed orders in March 2024? I need the number for the board slide that goes out tonight.",
  "revenue_gross NUMERIC, revenue_net NUMERIC",
  "Should 'revenue' be `revenue_gross` or `revenue_net`?",
  ctx=SC_SHOP, span_in="context", opts=["revenue_gross", "revenue_net"])
P(q, A, "column_choice",
  "What was our total revenue from completed orders in March 2024?",
  "What was our total revenue from all completed orders in March 2024, summed across every customer segment?",
  "revenue_gross NUMERIC, revenue_net NUMERIC",
  "Should 'revenue' be `revenue_gross` or `revenue_net`?",
  ctx=SC_SHOP1, bctx=SC_SHOP, span_in="context", opts=["revenue_gross", "revenue_net"])
P(q, M, "period",
  "How many new customers signed up in Q1 2024, by country?",
  "How many new customers signed up, by country? Please order the countries from most to fewest sign-ups.",
  "How many new customers signed up",
  "Over what period should I count sign-ups?",
  ctx=SC_SHOP)
P(q, A, "vague_term",
  "List employees hired in the last 90 days before 2024-06-30, with their department name.",
  "List the recently hired employees along with their department name, sorted by hire date, newest first.",
  "recently hired",
  "What window counts as 'recently' — last 30 days, 90 days, this year?",
  ctx=SC_HR)
P(q, M, "threshold",
  "Which customers placed more than 10 orders in 2023?",
  "Which customers placed a lot of orders in 2023? Show name, country and their order count.",
  "a lot of orders",
  "What order count should count as 'a lot' (e.g. more than 10)?",
  ctx=SC_SHOP)
P(q, A, "column_choice",
  "Average time to close, in hours, for high-priority tickets that were closed last month.",
  "Average time to close high-priority tickets last month, in hours.",
  "last month",
  "Should 'last month' be based on when tickets were opened or when they were closed?",
  ctx=SC_SUPPORT, opts=["by opened_at", "by closed_at"])
P(q, A, "column_choice",
  "Total units sold per category in May 2024, counting a sale in the month it was created.",
  "Total units sold per category in May 2024, excluding anything in the 'samples' category.",
  "created_at TIMESTAMP, shipped_at TIMESTAMP NULL, invoiced_at TIMESTAMP NULL",
  "Which date defines the month of a sale — created_at, shipped_at or invoiced_at?",
  ctx=SC_DATES, span_in="context", opts=["created_at", "shipped_at", "invoiced_at"])
P(q, A, "tie_breaking",
  "Top 5 agents by number of tickets closed in 2024; break ties by agent name.",
  "Top 5 agents by number of tickets closed in 2024. This goes into the bonus calculation so exactly five names, please.",
  "exactly five names",
  "If several agents tie at fifth place, how should ties be broken (or should all tied agents be included)?",
  ctx=SC_SUPPORT + "\n-- 2024 closed counts near the cut: 5th place 212 tickets (two agents tied)",
  opts=["break by name", "include all tied", "break by agent_id"])
P(q, C, "schema_conflict",
  "Show monthly active users for 2024 from the events table, counting distinct user_id per calendar month.",
  "Show monthly active users for 2024 from the events table, counting distinct user_id per calendar month in Pacific time, using the created_at column which is stored in Pacific time.",
  "which is stored in Pacific time",
  "The schema says events.created_at is UTC; should I treat it as UTC and convert to Pacific, or is the comment wrong?",
  ctx=SC_EVENTS)
P(q, M, "filter_value",
  "Count subscriptions on the 'pro' plan that were canceled in 2023.",
  "Count subscriptions on the plan that marketing is sunsetting that were canceled in 2023.",
  "the plan that marketing is sunsetting",
  "Which plan is being sunset — what is its value in `subscriptions.plan`?",
  ctx=SC_SUBS + "\n-- distinct plan values: 'starter', 'pro', 'pro_legacy', 'team', 'enterprise'")
P(q, A, "vague_term",
  "Which accounts with at least 1,000 employees have MRR above 5,000 USD?",
  "Which big accounts have MRR above 5,000 USD?",
  "big accounts",
  "What makes an account 'big' — employee count (and what threshold), or something else?",
  ctx=SC_SUBS)
P(q, M, "period",
  "Write a query for the average shipment weight by carrier for shipments sent in 2023.",
  "Write a query for the average shipment weight by carrier for the period we discussed with finance last week.",
  "the period we discussed with finance last week",
  "Which date range was agreed with finance?",
  ctx=SC_SHIP)
P(q, C, "conflicting_instructions",
  "Return the 10 most recent orders with customer name, newest first.",
  "Return the 10 most recent orders with customer name, sorted oldest first so the newest is on top.",
  "sorted oldest first so the newest is on top",
  "Should the result be ordered newest first or oldest first?",
  ctx=SC_SHOP)
P(q, A, "column_choice",
  "List employees whose base salary is above their department's average base salary.",
  "List employees who earn more than their manager's department average.",
  "their manager's department average",
  "Do you mean the average salary of the manager's department, or of the employee's own department?",
  ctx=SC_HR)
P(q, M, "definition",
  "How many customers churned in 2023, where churned means their subscription has canceled_at in 2023 and they have no active subscription now?",
  "How many customers churned in 2023? Break it down by industry and include the share of the total for each industry.",
  "churned",
  "How should churn be defined — any cancellation in 2023, or cancelled with no active subscription remaining?",
  ctx=SC_SUBS)
P(q, C, "schema_conflict",
  "Count employees per department location.",
  "Count employees per office city using the employees.office_city column.",
  "employees.office_city",
  "There is no `office_city` column on employees; should I use `departments.location` instead?",
  ctx=SC_HR)
P(q, A, "vague_term",
  "Daily signups for the week of 3-9 June 2024, by plan.",
  "Daily signups for the recent period, by plan.",
  "the recent period",
  "Which date range should I use?",
  ctx=SC_EVENTS)
P(q, A, "currency",
  "Sum revenue_net for 2024 per currency (don't convert).",
  "Sum revenue_net for 2024 and give me one total.",
  "one total",
  "Orders are in several currencies; which currency should the single total be in, and using which exchange rates?",
  ctx=SC_SHOP + "\n-- distinct currency: EUR, GBP, USD")

# stand-alone clear sql
S(q, "Count the orders per status.", SC_SHOP)
S(q, "names of all employees in the 'Finance' department pls", SC_HR)
S(q, "What's the average base salary by department name? Exclude people who have left (termination_date set).", SC_HR)
S(q, "Show the number of tickets opened per day in May 2024.", SC_SUPPORT)
S(q, "Which carrier delivered the most shipments in 2023? Only count delivered ones.", SC_SHIP)
S(q, "How many distinct users triggered a 'checkout' event between 2024-05-01 and 2024-05-31 (UTC)?", SC_EVENTS)
S(q, "Write a query returning customers who have never placed an order.", SC_SHOP)
S(q, "Find employees who don't have a manager.", SC_HR)
S(q, "Give me the total revenue per month for 2024.", SC_SHOP1)
S(q, "Recent orders — I mean the last 7 days up to today — with their customer names.", SC_SHOP)
S(q, "median time from shipped to delivered, in days, per carrier, delivered shipments only", SC_SHIP)
S(q, "Top 3 products by units sold in 2024 (by created_at); if there's a tie, include all tied products.", SC_DATES)
S(q, "How many subscriptions are currently active, i.e. canceled_at is null?", SC_SUBS)
S(q, "For each team, the number of open tickets right now.", SC_SUPPORT)
S(q, "Add an index that would speed up filtering orders by customer_id and order_date.", SC_SHOP)
S(q, "Our analyst left a note saying 'revenue means revenue_net everywhere in finance reports'. Using that, give me total revenue by country for 2023.", SC_SHOP)
S(q, "I'm putting together the quarterly ops review and the VP wants a bunch of numbers, most of which I already have from the dashboard. The one I can't get is this: the number of tickets with priority 'urgent' that took more than 24 hours to close, opened between 1 April and 30 June 2024. Can you write that query?", SC_SUPPORT)
S(q, "Rewrite this to use a JOIN instead of the subquery:\n\nSELECT name FROM customers WHERE customer_id IN (SELECT customer_id FROM orders WHERE status = 'refunded');", SC_SHOP)
S(q, "why does this return null for avg? SELECT AVG(closed_at - opened_at) FROM tickets WHERE closed_at IS NULL;", SC_SUPPORT)
S(q, "List departments with more than 20 current employees.", SC_HR)
S(q, "Percentage of users on each plan.", SC_EVENTS)
S(q, "For every account, show the company name and its total MRR across active subscriptions.", SC_SUBS)
S(q, "Give me the order count per customer segment for last quarter.", SC_SHOP + "\n-- today is 2024-07-15")
S(q, "Which customers signed up in 2024 but haven't ordered yet?", SC_SHOP)

# stand-alone blocked sql
Q(q, A, "column_choice", "I need the headcount per department for the org chart review on Monday. Count everyone who was employed as of the start of this year and show the department name next to each count.",
  "the start of this year", "Should headcount be by hire/termination dates as of 1 January, and should people with a future termination_date count?",
  ctx=SC_HR + "\n-- note: termination_date is filled in when notice is given, often months before the last day")
Q(q, M, "period", "Can you pull the average order value per customer segment? Use revenue_net and only completed orders, and round to two decimals because it's going into a deck.",
  None, "For what time period should I compute the average order value?", ctx=SC_SHOP)
Q(q, C, "schema_conflict", "Count how many tickets each agent closed in 2024 and join to agents to get their email address so we can send a thank-you note.",
  "their email address", "The agents table has no email column; where should the email addresses come from?", ctx=SC_SUPPORT)
Q(q, A, "column_choice", "What's the average delivery time for our shipments in 2023? Group it by carrier and show the number of shipments too so we can see which numbers are reliable.",
  "average delivery time", "Should delivery time be measured from order_date or from shipped_at to delivered_at?",
  ctx=SC_SHIP, opts=["order_date -> delivered_at", "shipped_at -> delivered_at"])
Q(q, M, "definition", "Give me the active user count for June 2024 broken down by country, and sort countries by that count descending so the biggest markets are at the top.",
  "active user", "What counts as an active user — any event, or specific event types (e.g. 'login', 'checkout')?",
  ctx=SC_EVENTS + "\n-- event_type values include: page_view, login, checkout, email_open, push_received")
Q(q, A, "column_choice", "Join the two tables on id and give me the total per name.", "the total",
  "Total of what — revenue_gross or revenue_net (or an order count)?",
  ctx=SC_SHOP)
Q(q, C, "conflicting_constraints", "Return all orders from 2023 with their customer names, but keep the result to one row per customer.",
  "one row per customer", "Customers can have many orders; should I aggregate per customer (and how), or return one row per order?",
  ctx=SC_SHOP)
Q(q, A, "vague_term", "Pull the top customers from last year, with name and country, for the holiday gift list that ops is preparing. Exclude anyone whose orders were all refunded.",
  "top customers", "How many customers, and ranked by what — order count, gross or net revenue?", ctx=SC_SHOP)
Q(q, M, "threshold", "Flag the accounts with unusually low MRR for their size so account managers can reach out.",
  "unusually low MRR for their size", "What rule should define 'unusually low' — e.g. MRR per employee below some value?", ctx=SC_SUBS)
Q(q, C, "conflicting_instructions", "Give me the number of orders per month in 2024. Group by week.",
  "Group by week", "Do you want the counts per month or per week?", ctx=SC_SHOP)
Q(q, A, "column_choice", "How many users do we have per country? I want to compare it against the marketing spend by country sheet, which has the same country list.",
  "per country", "Should country come from the account (users.country) or from where users were actually active (events geo_country)?",
  ctx=SC_EVENTS + "\n-- note: properties->>'geo_country' on events differs from users.country for ~15% of users",
  opts=["users.country", "events.properties->>'geo_country'"])
Q(q, M, "filter_value", "Delete the test orders from the orders table.", "the test orders",
  "How do I identify test orders — a status value, specific customer ids, or something else?", ctx=SC_SHOP)
Q(q, A, "period", "Tickets closed this week per agent.", "this week",
  "Does the week start on Monday or Sunday, and in which time zone?",
  ctx=SC_SUPPORT + "\n-- agents work in Sydney and Los Angeles; timestamps are UTC")
Q(q, C, "context_conflict", "Using revenue_net, which the finance team said is the pre-discount figure, compute Q2 revenue by segment.",
  "pre-discount", "The schema notes say revenue_net is after discounts and refunds; do you want the pre-discount figure (revenue_gross) or revenue_net?",
  ctx=SC_SHOP + "\n-- revenue_gross: list price before discounts; revenue_net: after discounts and refunds")
Q(q, M, "join_key", "Join the support tickets to the orders so we can see which orders generated complaints.", "Join the support tickets to the orders",
  "Tickets only have customer_id, not order_id; how should a ticket be matched to an order?",
  ctx=SC_SUPPORT + "\n" + SC_SHOP)
Q(q, A, "vague_term", "Show me products that are selling badly.", "selling badly",
  "Over what period, and what threshold counts as selling badly (e.g. fewer than N units)?", ctx=SC_DATES)
Q(q, C, "conflicting_examples", "Format the month column like '2024-03' — so for March it should say 'Mar 2024'.", "'Mar 2024'",
  "Should the month be formatted as '2024-03' or 'Mar 2024'?", ctx=SC_SHOP)
Q(q, A, "column_choice", "Average salary by department, please.", "salary",
  "Should salary be base_salary only, or base plus bonus?",
  ctx="employees(emp_id INT PK, full_name TEXT, dept_id INT, base_salary NUMERIC, annual_bonus NUMERIC, total_comp NUMERIC)\ndepartments(dept_id INT PK, dept_name TEXT)",
  opts=["base_salary", "total_comp"])
Q(q, M, "period", "hey whats our churn rate", "churn rate",
  "For which period, and is churn measured on accounts or on MRR?", ctx=SC_SUBS)
Q(q, C, "schema_conflict", "Group the shipments by the customer's country and count them.", "the customer's country",
  "There is no customers table with country in this schema; where should customer country come from?", ctx=SC_SHIP)

# ---------------------------------------------------------------------------
# DATA: pandas / spreadsheets / analysis / charts
# ---------------------------------------------------------------------------
d = "data"

CSV_SALES = "sales_2024.csv columns: date, region, rep, product, units, price_list, price_paid, returned (bool)\n12,430 rows; dates 2024-01-02..2024-06-28"
CSV_SURVEY = "survey.csv columns: respondent_id, age, country, q1_satisfaction (1-5), q2_recommend (0-10), q3_free_text, submitted_at\n2,114 rows"
CSV_SENSORS = "sensors.parquet columns: sensor_id, ts (UTC), temp_c, humidity_pct, battery_v\n48 sensors, one reading per minute, March 2024"
CSV_WEB = "web_sessions.csv columns: session_id, user_id, start_ts, end_ts, pages, device, source, converted (0/1)"

P(d, A, "column_choice",
  "Plot monthly revenue from sales_2024.csv using units * price_paid, excluding returned rows.",
  "Plot monthly revenue from sales_2024.csv as a line chart, one line per region, excluding returned rows, and save it as a PNG for the newsletter.",
  "price_list, price_paid",
  "Should revenue use price_paid (after discounts) or price_list?",
  ctx=CSV_SALES, span_in="context", opts=["units * price_paid", "units * price_list"])
P(d, M, "output_format",
  "Summarise survey.csv: mean q1_satisfaction and NPS from q2_recommend, per country, as a Markdown table.",
  "Summarise survey.csv for me: mean q1_satisfaction and NPS from q2_recommend, per country, in whatever form the regional leads will be able to use directly.",
  "in whatever form the regional leads will be able to use directly",
  "What format do the regional leads need — a spreadsheet, a slide, a Markdown table?",
  ctx=CSV_SURVEY)
P(d, A, "vague_term",
  "Remove sensor readings where battery_v is below 3.0 before computing daily average temperature per sensor.",
  "Remove the bad sensor readings before computing daily average temperature per sensor; the ops team complained the chart looks noisy.",
  "the bad sensor readings",
  "What makes a reading bad — low battery, out-of-range temperatures, gaps? Any thresholds?",
  ctx=CSV_SENSORS)
P(d, M, "period",
  "Compute the week-over-week change in conversion rate for the last 8 full weeks in web_sessions.csv.",
  "Compute the week-over-week change in conversion rate from web_sessions.csv and highlight the weeks where it dropped by more than two points.",
  "Compute the week-over-week change in conversion rate",
  "Over which range of weeks should I compute it?",
  ctx=CSV_WEB + "\nrows span 2022-01-03..2024-06-30")
P(d, A, "aggregation",
  "Average session length in minutes (end_ts - start_ts) per device, mean across sessions.",
  "Average session length in minutes (end_ts - start_ts) per device, averaged per user first so heavy users don't dominate — or across sessions, whichever you think the growth team uses.",
  "whichever you think the growth team uses",
  "Should the average be per session or per user (mean of each user's mean)?",
  ctx=CSV_WEB, opts=["mean over sessions", "mean of per-user means"])
P(d, C, "conflicting_instructions",
  "Fill missing humidity values by linear interpolation within each sensor.",
  "Fill missing humidity values by linear interpolation within each sensor, and don't modify or add any values in the dataset.",
  "don't modify or add any values",
  "Filling gaps adds values; should I interpolate, or leave the data untouched and handle gaps elsewhere?",
  ctx=CSV_SENSORS)
P(d, A, "binning",
  "Bucket respondents into age groups 18-24, 25-34, 35-44, 45-54, 55+ and show mean satisfaction per group.",
  "Bucket respondents into the standard age groups and show mean satisfaction per group.",
  "the standard age groups",
  "Which age bands should I use (e.g. 18-24, 25-34, ... or 10-year bands)?",
  ctx=CSV_SURVEY)
P(d, M, "join_key",
  "Merge sales_2024.csv with reps.csv on the rep column (both hold the rep's email).",
  "Merge sales_2024.csv with reps.csv so each sale has the rep's team and start date.",
  "Merge sales_2024.csv with reps.csv",
  "The files don't share an obvious key (sales has rep names, reps.csv has employee ids and emails); how should they be matched?",
  ctx=CSV_SALES + "\nreps.csv columns: rep (email), team, start_date",
  bctx=CSV_SALES + "\n(sales.rep holds display names like 'J. Ortega')\nreps.csv columns: employee_id, email, team, start_date")
P(d, C, "conflicting_examples",
  "Normalise the country column to ISO alpha-2 codes, e.g. 'Germany' -> 'DE', 'United Kingdom' -> 'GB'.",
  "Normalise the country column to ISO alpha-2 codes, e.g. 'Germany' -> 'DE', 'United Kingdom' -> 'UK'.",
  "'United Kingdom' -> 'UK'",
  "ISO alpha-2 for the United Kingdom is 'GB', but your example says 'UK'; which should I use?",
  ctx=CSV_SURVEY, opts=["GB (ISO)", "UK"])
P(d, A, "outliers",
  "Drop sessions longer than 4 hours as outliers, then compute the median pages per session by source.",
  "Drop the outliers, then compute the median pages per session by source.",
  "Drop the outliers",
  "How should outliers be defined — by session length, page count, a z-score or IQR rule?",
  ctx=CSV_WEB)
P(d, M, "chart_spec",
  "Make a bar chart of units sold per product for Q2, sorted descending, and save it as q2_units.png.",
  "Make a chart of the Q2 sales.",
  "a chart of the Q2 sales",
  "Which measure (units or revenue), broken down by what (product, region, rep, week), and what chart type?",
  ctx=CSV_SALES)
P(d, C, "context_conflict",
  "Compute the return rate per product for 2024 H1.",
  "Compute the return rate per product for 2024 H2.",
  "2024 H2",
  "The file only covers January to June 2024; did you mean H1, or is there another file for H2?",
  ctx=CSV_SALES)
P(d, A, "rounding",
  "Round the per-region averages to one decimal place for the report table.",
  "Round the per-region averages for the report table, same as last time.",
  "same as last time",
  "I don't have last time's report; how many decimal places should I round to?",
  ctx=CSV_SALES, bctx=CSV_SALES + "\nPrevious report files: none found in the shared folder.")
P(d, M, "deduplication",
  "Deduplicate survey responses by respondent_id, keeping the latest submitted_at.",
  "Deduplicate the survey responses; some people submitted more than once.",
  "Deduplicate the survey responses",
  "For respondents with several submissions, which one should be kept — the first, the latest, or the most complete?",
  ctx=CSV_SURVEY, opts=["keep first", "keep latest", "keep most complete"])

# stand-alone clear data
S(d, "Load sales_2024.csv and tell me how many rows have returned == True.", CSV_SALES)
S(d, "What's the correlation between q1_satisfaction and q2_recommend?", CSV_SURVEY)
S(d, "Resample the sensor data to hourly means per sensor.", CSV_SENSORS)
S(d, "Give me a short summary of the survey results — just the headline numbers for Slack.",
  CSV_SURVEY + "\nComputed so far: mean q1 = 3.9, NPS = +21, response count 2,114, top country by responses: Brazil (31%).")
S(d, "convert the ts column to Europe/Berlin time and save as sensors_berlin.parquet", CSV_SENSORS)
S(d, "Count sessions per device type.", CSV_WEB)
S(d, "Find the sensor with the most missing readings in March.", CSV_SENSORS)
S(d, "Pivot sales_2024.csv so rows are reps, columns are months, values are total units.", CSV_SALES)
S(d, "What share of sessions converted, by source? Percentages with one decimal.", CSV_WEB)
S(d, "Histogram of respondent ages with 5-year bins starting at 15.", CSV_SURVEY)
S(d, "Flag readings where temp_c jumps by more than 10 degrees from the previous reading of the same sensor.", CSV_SENSORS)
S(d, "Our data team's README says 'revenue = units * price_paid, returns excluded'. Using that definition, what's total revenue by region?", CSV_SALES)
S(d, "I have a meeting with the head of sales in 20 minutes, she's going to ask about reps, she always does. Can you quickly rank the reps by total units sold in Q2 (April to June), and show the top 10 with their units? That's all I need.", CSV_SALES)
S(d, "Drop the q3_free_text column and save the result as survey_numeric.csv.", CSV_SURVEY)
S(d, "Compute the 7-day rolling average of daily conversions.", CSV_WEB)
S(d, "plot temp vs humidity for sensor 17, scatter, small dots", CSV_SENSORS)
S(d, "What's the median price discount (price_list - price_paid) / price_list across all non-returned sales?", CSV_SALES)
S(d, "Which weekday has the highest average number of sessions?", CSV_WEB)
S(d, "In this spreadsheet, column C is the net amount and D is VAT. Add a column E with gross = C + D for every row.",
  "invoices.xlsx, sheet 'June': A=invoice_no, B=client, C=net, D=vat, 214 rows")
S(d, "Split the full_name column into first_name and last_name on the first space.",
  "contacts.csv: full_name, email, phone — names look like 'Ana Lima', 'Jean-Paul Sartre', 'Mei Ling Chen'")

# stand-alone blocked data
Q(d, A, "column_choice", "Give me the average temperature for each sensor in March, but I want it to match the figure on the facilities dashboard, which I think is computed from the daily values.",
  "which I think is computed from the daily values", "Should the average be over all minute readings, or the mean of daily means (they differ when days have gaps)?",
  ctx=CSV_SENSORS + "\n(14 sensors have multi-day gaps)", opts=["mean of all readings", "mean of daily means"])
Q(d, M, "target", "Train a model on web_sessions.csv and tell me how good it is.", "Train a model",
  "What should the model predict (e.g. `converted`), and which metric matters to you?", ctx=CSV_WEB)
Q(d, C, "conflicting_instructions", "Exclude all respondents under 18 and then report the satisfaction of the 16-17 year-olds separately as a comparison group.",
  "report the satisfaction of the 16-17 year-olds", "If under-18s are excluded there's no 16-17 group left; should they be excluded or kept as a comparison group?", ctx=CSV_SURVEY)
Q(d, A, "vague_term", "Find our best reps from the H1 data. I want to give them a shout-out in Friday's all-hands, so a handful of names is enough.",
  "best reps", "Best by what — units, revenue, return rate, or growth?", ctx=CSV_SALES)
Q(d, M, "period", "Compare the conversion rate before and after the redesign.", "the redesign",
  "When did the redesign go live (the cut-over date)?", ctx=CSV_WEB)
Q(d, A, "missing_values", "Compute the average satisfaction score; a lot of people skipped that question.", "a lot of people skipped",
  "Skipped answers are stored as 0 in q1 (which is on a 1-5 scale); should I exclude them, or do you want something else?",
  ctx=CSV_SURVEY + "\nq1_satisfaction value counts: 0: 402, 1: 88, 2: 201, 3: 480, 4: 611, 5: 332")
Q(d, C, "context_conflict", "Use the 'revenue' column to compute average deal size per region.", "'revenue' column",
  "There's no 'revenue' column; should I compute it as units * price_paid?", ctx=CSV_SALES)
Q(d, M, "file", "Append this week's numbers to the tracking sheet.", "the tracking sheet",
  "Which tracking sheet — 'KPI tracker 2024' or 'Weekly ops tracker'?",
  ctx="Drive, sheets with 'track' in the name: 'KPI tracker 2024', 'Weekly ops tracker', 'Hiring tracker'")
Q(d, A, "unit", "Convert the temperatures to the other unit for the US team.", "the other unit",
  "Should I convert Celsius to Fahrenheit?", ctx=CSV_SENSORS)
Q(d, C, "conflicting_examples", "Bucket the sessions: short is under 5 minutes, medium 5-15, long over 15. So a 15-minute session is long, and a 5-minute one is short.",
  "a 5-minute one is short", "Your bands say 5 minutes is medium but the example says short; which bucket do boundary values go in?", ctx=CSV_WEB)
Q(d, A, "sampling", "Give me a sample of the survey responses for the qualitative review.", "a sample",
  "How many responses, and should the sample be random, stratified by country, or the most recent?", ctx=CSV_SURVEY)
Q(d, M, "threshold", "Highlight the regions where returns are a problem.", "are a problem",
  "Above what return rate should a region be highlighted?", ctx=CSV_SALES)
Q(d, C, "conflicting_constraints", "Give me one chart that shows every rep's weekly units for H1, with all 86 reps labelled, readable on a phone screen.",
  "readable on a phone screen", "86 labelled weekly series won't be readable on a phone; should I show top reps only, small multiples, or a table?", ctx=CSV_SALES)
Q(d, A, "referent", "Re-run the analysis with the new file.", "the new file",
  "Which analysis, and which of the two files uploaded today is the new one?",
  ctx="Uploaded today: sales_2024_v2.csv (09:14), sales_2024_fixed.csv (11:40). Earlier analyses: return rate by product; monthly revenue by region.")

# ---------------------------------------------------------------------------
# OPS / DEVOPS
# ---------------------------------------------------------------------------
o = "ops"

K8S = "kubectl config get-contexts:\n  prod-eu   (cluster gke-prod-eu)\n  prod-us   (cluster gke-prod-us)\n* staging  (cluster gke-staging)"

P(o, A, "environment",
  "Restart the checkout deployment in the staging cluster.",
  "Restart the checkout deployment, it's been leaking memory since this morning's release and the alerts won't stop.",
  "Restart the checkout deployment",
  "Which cluster — staging, prod-eu or prod-us?",
  ctx=K8S, opts=["staging", "prod-eu", "prod-us"])
P(o, M, "version",
  "Roll back the api service to release v2.14.3.",
  "Roll back the api service to the previous good release, whatever that was before the incident.",
  "the previous good release",
  "v2.15.0 and v2.15.1 both went out before the incident; which release should I roll back to?",
  ctx="Release history (api): v2.14.3 (Jun 2), v2.15.0 (Jun 9), v2.15.1 (Jun 10, hotfix), v2.16.0 (Jun 12). Incident started Jun 12 14:05.")
P(o, C, "conflicting_constraints",
  "Scale the worker deployment to 6 replicas in staging.",
  "Scale the worker deployment to 6 replicas in staging, but stay within the namespace's pod quota.",
  "pods: 8 (used 5)",
  "Scaling workers from 2 to 6 would need 9 pods against a quota of 8; should I raise the quota or scale to fewer replicas?",
  ctx="namespace staging: ResourceQuota pods: 12 (used 5). deployment/worker: 2 replicas.",
  bctx="namespace staging: ResourceQuota pods: 8 (used 5). deployment/worker: 2 replicas.", span_in="context")
P(o, M, "schedule",
  "Add a cron job that runs scripts/backup_db.sh every day at 02:30 UTC.",
  "Add a cron job that runs scripts/backup_db.sh regularly so we stop losing data.",
  "regularly",
  "How often and at what time should the backup run?")
P(o, A, "scope",
  "Delete the feature branches that were merged into main more than 30 days ago.",
  "Delete the old branches in the repo, there are way too many and nobody can find anything. Don't touch main or release branches obviously.",
  "the old branches",
  "Which branches count as old — merged ones only, or also unmerged branches with no recent commits, and older than how long?")
P(o, M, "recipient",
  "Page the on-call SRE for the payments team about the failing health checks.",
  "Page whoever needs to know about the failing health checks.",
  "whoever needs to know",
  "Who should be paged — the payments on-call, the platform on-call, or both?",
  ctx="Failing checks: payments-api (3/3 pods), shared ingress-nginx (1/4 pods). On-call: payments -> D. Park, platform -> S. Mensah.")
P(o, C, "context_conflict",
  "Increase the memory limit of the search pods to 2Gi.",
  "Increase the memory limit of the search pods to 2Gi, up from the current 4Gi, since they keep getting OOMKilled.",
  "up from the current 4Gi",
  "2Gi would be a decrease from 4Gi; what limit do you want (e.g. 8Gi)?")
P(o, A, "unit",
  "Set the nginx client_max_body_size to 25m.",
  "Set the upload limit to 25.",
  "25",
  "25 MB? And should this go in nginx's client_max_body_size or the app's MAX_UPLOAD setting (which is in KB)?",
  ctx="nginx.conf: client_max_body_size 10m;  app/settings.py: MAX_UPLOAD = 10240  # KB")
P(o, M, "destination",
  "Rotate the API key for the Mailgun integration and store the new one in Vault at secret/prod/mailgun.",
  "Rotate the API key for the Mailgun integration and store the new one where the services can read it.",
  "where the services can read it",
  "Where should the new key be stored — Vault (which path), the k8s secret, or both?",
  ctx="Mailgun key currently referenced in: Vault secret/prod/mailgun (used by notifier), k8s secret mailgun-creds in ns legacy (used by old-mailer).")
P(o, C, "conflicting_instructions",
  "Drain node ip-10-0-3-17 and cordon it for maintenance.",
  "Drain node ip-10-0-3-17 for maintenance but make sure none of the pods on it get evicted.",
  "none of the pods on it get evicted",
  "Draining evicts every pod on the node; should I drain it, or just cordon it so no new pods land there?")
P(o, A, "referent",
  "Bump the disk on the db-replica-2 VM from 200 to 400 GB.",
  "Bump the disk on the database VM from 200 to 400 GB.",
  "the database VM",
  "Which database VM — db-primary, db-replica-1 or db-replica-2?",
  ctx="VMs: db-primary (200 GB), db-replica-1 (200 GB), db-replica-2 (200 GB), cache-1 (50 GB)")
P(o, M, "threshold",
  "Create an alert that fires when the 5xx rate on the gateway exceeds 2% for 5 minutes.",
  "Create an alert that fires when the gateway has too many errors for a while.",
  "too many errors for a while",
  "What error-rate threshold and duration should trigger the alert?")
P(o, A, "time_window",
  "Schedule the database upgrade for Sunday 23 June, 01:00-03:00 UTC.",
  "Schedule the database upgrade for the maintenance window.",
  "the maintenance window",
  "There are two windows (weekly Sunday 01:00 UTC and the monthly one on the 3rd Saturday); which one, and which date?",
  ctx="Maintenance windows: weekly Sun 01:00-03:00 UTC (minor changes); monthly 3rd Sat 22:00-04:00 UTC (major upgrades).")
P(o, C, "spec_vs_config",
  "Open port 443 on the web security group to 0.0.0.0/0.",
  "Open port 443 on the web security group to the whole internet, following our network policy doc.",
  "Public ingress is only allowed via the load balancer",
  "The network policy forbids public ingress on instance security groups; should I open it on the load balancer instead, or is there an exception?",
  ctx=None,
  bctx="docs/network-policy.md: 'Public ingress is only allowed via the load balancer's security group; instance groups (e.g. web) accept traffic from the LB only.'",
  span_in="context")

# stand-alone clear ops
S(o, "kubectl: get logs from the last 30 min for pod checkout-7d9f-x2kq in namespace shop")
S(o, "Add a healthcheck to the Dockerfile that curls http://localhost:8080/healthz every 30s.")
S(o, "Tag the current main commit as v3.2.0 and push the tag.")
S(o, "Why is this failing?\n\nError: ImagePullBackOff\n  Failed to pull image \"registry.internal/api:v2.16.0\": manifest unknown\n\nI pushed v2.16.0-rc1 earlier, maybe that's it? Please fix the image tag in the deployment to the one I actually pushed.",
  "registry.internal/api tags: v2.15.1, v2.16.0-rc1")
S(o, "Restart the nginx service on web-01.", "Inventory: one host named web-01 (nginx, systemd).")
S(o, "Write a GitHub Actions workflow that runs pytest on pushes to main and on pull requests, Python 3.11.")
S(o, "Can you check free disk space on all three build agents and tell me which is lowest?",
  "Build agents: build-a, build-b, build-c (ssh access configured)")
S(o, "set the log level of the billing service to DEBUG in staging only, for an hour, then back to INFO")
S(o, "Increase the Postgres max_connections from 100 to 200 on the staging instance and restart it during tonight's window (22:00 UTC).")
S(o, "Create an S3 bucket named acme-logs-archive in eu-west-1 with versioning on and public access blocked.")
S(o, "Renew the TLS cert for api.example.com; certbot is already set up on the box.")
S(o, "Incident channel dump, sorry it's long:\n[14:02] alerts: p99 latency api > 2s\n[14:03] ana: looking\n[14:05] ben: db cpu 95%\n[14:07] ana: it's the new report query, cron 'weekly-report' started at 14:00\n[14:08] ben: ok\nTask for you: suspend the weekly-report CronJob in namespace analytics so it stops running until we fix the query.")
S(o, "Clean up docker images older than 7 days on the CI runner, keep anything tagged 'stable'.")
S(o, "what's using port 5432 on this box", "Host: dev-laptop (macOS)")
S(o, "Move the staging environment's DNS record app-staging.example.com to point at 203.0.113.40.")
S(o, "Upgrade the Helm release 'redis' in namespace cache to chart version 18.6.1 with the existing values.")
S(o, "Recent deploys — meaning the ones from 1 June to today — list them with their commit SHAs.",
  "Deploy log available via `deployctl history --since DATE`.")
S(o, "Set a 30-day lifecycle rule on the acme-logs-archive bucket that moves objects to Glacier.")

# stand-alone blocked ops
Q(o, A, "environment", "Run the migration now, the release is blocked on it and the product team is waiting for the new columns to show up so they can start QA this afternoon.",
  "Run the migration", "Your shell points at prod; should the migration run against staging or production?",
  ctx="$ echo $DATABASE_URL\npostgres://app@prod-db.internal:5432/app\nPending migration: 0042_add_loyalty_columns (also pending in staging)")
Q(o, M, "credentials", "Deploy the site to the client's server.", "the client's server",
  "What host and credentials should I use for the client's server?")
Q(o, C, "conflicting_instructions", "Take a full backup of prod-db, and don't create any load on prod-db while doing it — it's peak hours.",
  "don't create any load on prod-db", "A full backup reads the whole database; should I back up from a replica, wait until off-peak, or accept the load?")
Q(o, A, "referent", "Kill the stuck job.", "the stuck job",
  "Two jobs have been running for more than 6 hours (etl-nightly and reindex-products); which one is stuck?",
  ctx="Running jobs: etl-nightly (7h12m), reindex-products (6h40m), thumbnails (0h05m)", opts=["etl-nightly", "reindex-products"])
Q(o, M, "schedule", "Set up the certificate renewal to run automatically.", "automatically",
  "How often should the renewal run, and on which hosts?")
Q(o, C, "context_conflict", "Update the staging DB password in the .env file on staging-app-1, it's the only place it's used.", "it's the only place it's used",
  "The password is also referenced by the staging-worker deployment's secret; should I update that too?",
  ctx="grep -r STAGING_DB_PASSWORD: staging-app-1:/srv/app/.env; k8s secret staging/worker-env (key DB_PASSWORD, same value)")
Q(o, A, "vague_term", "Make the CI faster, the team is complaining that PRs take forever to go green.", "faster",
  "What's the target duration, and may I drop or parallelise tests, or only optimise caching?",
  ctx="CI: median 27 min; test job 19 min (1,400 tests, single runner), build 6 min, lint 2 min.")
Q(o, M, "size", "Provision a new VM for the analytics team.", "a new VM",
  "What size (CPU, RAM, disk), OS, and region should the VM have?")
Q(o, C, "conflicting_constraints", "Set the log retention to 400 days in the new Loki config — that keeps us under the 90-day limit legal gave us.",
  "under the 90-day limit", "400 days exceeds the 90-day limit; which retention should I set?")
Q(o, A, "scope", "Lock down SSH.", "Lock down SSH",
  "What changes do you want — disable password auth, disable root login, restrict source IPs, move the port? On which hosts?")
Q(o, M, "recipient", "Send the incident postmortem to the stakeholders.", "the stakeholders",
  "Who are the stakeholders for this incident — which people or lists?")
Q(o, C, "spec_vs_config", "Set the pod's CPU request to 500m and the limit to 250m, like the other services.", "limit to 250m",
  "A CPU limit can't be lower than the request; the other services use request 250m / limit 500m — did you mean that?",
  ctx="other services: resources: requests.cpu 250m, limits.cpu 500m")
Q(o, A, "environment", "Flush the cache.", "the cache",
  "Which cache — Redis in staging, Redis in prod, or the CDN cache?",
  ctx="Caches: redis-staging, redis-prod, CloudFront distribution E2ABCD (site)")
Q(o, M, "version", "Upgrade Node on the build image.", "Upgrade Node",
  "The image uses Node 16 and both 18 and 20 LTS are available; which version should I upgrade to?")
Q(o, C, "context_conflict", "Restart the three API pods one at a time so there's no downtime.", "the three API pods",
  "There's only one API pod running, so restarting it will cause downtime; should I scale up first?",
  ctx="kubectl get pods -l app=api\nNAME                 READY  STATUS\napi-5c8d7-qk2lp      1/1    Running")
Q(o, A, "vague_term", "Move the big files off the shared NFS volume.", "the big files",
  "What size counts as big, and where should the files be moved to?", ctx="nfs-share: 2.1 TB used of 2.5 TB; 40,000 files.")
Q(o, M, "identifier", "Add the new developer to the GitHub org and give them access to the backend repos.", "the new developer",
  "What's the new developer's GitHub username?")

# ---------------------------------------------------------------------------
# WRITING
# ---------------------------------------------------------------------------
w = "writing"

P(w, M, "audience",
  "Write a 150-word explanation of what an API rate limit is for non-technical customer support agents.",
  "Write a 150-word explanation of what an API rate limit is, for the people who'll be reading it in next week's newsletter.",
  "the people who'll be reading it",
  "Which newsletter is this for — developers, support agents, or end customers?",
  ctx=None, bctx="Company newsletters: 'Dev Digest' (engineers), 'Support Weekly' (support agents), 'Customer Update' (customers). All go out next week.")
P(w, C, "length_vs_content",
  "Write a product description for our steel water bottle in under 60 words, mentioning that it keeps drinks cold for 24 hours.",
  "Write a product description for our steel water bottle in under 60 words, covering all nine points in the spec sheet in detail, each with a short customer anecdote.",
  "in under 60 words",
  "Nine points with anecdotes won't fit in 60 words; should I raise the word limit or cover fewer points?")
P(w, M, "recipient",
  "Draft an apology email to Mrs. Hartley, whose sofa delivery was two weeks late, offering a 10% refund.",
  "Draft an apology email to the customer whose delivery was late, offering a 10% refund.",
  "the customer whose delivery was late",
  "Several deliveries were late this week; which customer and order is this for?",
  ctx=None, bctx="Late deliveries this week: #5512 Hartley (sofa, 14 days), #5530 Nguyen (table, 3 days), #5541 Osei (chairs, 6 days).")
P(w, A, "tone",
  "Rewrite this paragraph in a formal register for the grant application.",
  "Rewrite this paragraph so it sounds better.",
  "sounds better",
  "Better in what way — more formal, more concise, more persuasive? Who's the audience?",
  ctx="Paragraph: 'So basically our app helps farmers figure out when to water stuff, and it's kinda cheap, and people like it a lot.'")
P(w, C, "conflicting_examples",
  "Write the release notes in past tense, like 'Fixed a crash when exporting PDFs'.",
  "Write the release notes in past tense, like 'Fix a crash when exporting PDFs' and 'Add dark mode'.",
  "'Fix a crash when exporting PDFs' and 'Add dark mode'",
  "Your examples are imperative, not past tense; should the notes say 'Fixed ...' or 'Fix ...'?",
  opts=["past tense (Fixed ...)", "imperative (Fix ...)"])
P(w, M, "facts",
  "Write a LinkedIn post announcing that Maya Chen joins us as Head of Design on 1 July, coming from Spotify.",
  "Write a LinkedIn post announcing our new Head of Design, make it warm and a bit fun.",
  "our new Head of Design",
  "What's the new Head of Design's name, start date, and anything about their background I should mention?")
P(w, A, "referent",
  "Shorten the second paragraph of the cover letter to two sentences.",
  "Shorten that paragraph to two sentences.",
  "that paragraph",
  "Which paragraph — the one about your Berlin role or the one about the volunteer work?",
  ctx="Cover letter (4 paragraphs): 1) intro; 2) Berlin role at Zalando; 3) volunteer coding club; 4) closing. Last message from user: 'the middle bits feel long'.")
P(w, C, "context_conflict",
  "Write a thank-you note to the Henderson family for the wedding gift (a set of copper pans).",
  "Write a thank-you note to the Henderson family for the lovely vase they gave us.",
  "the lovely vase",
  "Your gift list shows the Hendersons gave copper pans and the Morrisons gave the vase; which gift should this note mention?",
  ctx="Gift list: Henderson — copper pan set; Morrison — crystal vase; Patel — cookbook.")
P(w, M, "length",
  "Write a 300-word blog post intro about switching from spreadsheets to a CRM for small agencies.",
  "Write a blog post intro about switching from spreadsheets to a CRM for small agencies, which will run alongside our fixed-size homepage banner.",
  "fixed-size homepage banner",
  "How long can the intro be to fit the banner slot — is there a character or word limit?")
P(w, A, "vague_term",
  "Make the conclusion of my essay about 100 words shorter.",
  "Make the conclusion of my essay a bit shorter but don't lose anything important.",
  "don't lose anything important",
  "Which points in the conclusion are essential to you, and roughly how much shorter?",
  ctx="Essay: 2,400 words; conclusion 410 words covering five points. Assignment limit: 2,200 words.")
P(w, C, "conflicting_constraints",
  "Write a job ad for a junior data analyst: friendly tone, 200-250 words, list SQL and Excel as must-haves.",
  "Write a job ad for a junior data analyst: friendly tone, 200-250 words, list SQL and Excel as must-haves, and state that no prior experience or skills are required.",
  "no prior experience or skills are required",
  "Should SQL and Excel be required, or should the ad say no skills are required?")
P(w, M, "language",
  "Translate the onboarding email into German (formal 'Sie').",
  "Translate the onboarding email for our new office.",
  "for our new office",
  "Which language should I translate it into, and should it be formal or informal?")
P(w, A, "format",
  "Turn my meeting notes into a bulleted list of action items, each with an owner.",
  "Turn my meeting notes into something I can send.",
  "something I can send",
  "What should it be — a summary email, a list of action items, formal minutes? And to whom?")
P(w, C, "conflicting_instructions",
  "Write a two-line bio for the conference program, in third person.",
  "Write a two-line bio for the conference program, in third person — start with 'I am a data engineer who...'.",
  "start with 'I am a data engineer who...'",
  "'I am...' is first person; should the bio be in third person ('Ana is a data engineer...') or first person?")

# stand-alone clear writing
S(w, "Write a short tweet announcing our store opens at 10am on Saturday, 3 May.")
S(w, "Proofread this and fix only spelling mistakes: 'Thank you for you're patience, we will recieve the parts tommorow.'")
S(w, "Give me five subject lines for a newsletter about our autumn sale (20% off all jackets).")
S(w, "Write a haiku about a rainy Monday.")
S(w, "Summarize this article in three bullet points.",
  "Article: 'Researchers at the University of Leeds found that urban trees lower street temperatures by up to 4 degrees in summer. The cooling effect was strongest on narrow streets. The city plans to plant 5,000 trees by 2027.'")
S(w, "can u make this less rude: 'you didn't read my email, the answer was in it'")
S(w, "Write a birthday message for my coworker Sam, something light, two sentences.")
S(w, "Rewrite this sentence in active voice: 'The report was approved by the committee on Tuesday.'")
S(w, "Write a 100-word product description for a handmade oak cutting board, 40 x 25 cm, finished with food-safe oil.")
S(w, "Draft a polite reply declining the meeting invitation because I'm on leave that week.",
  "Invitation: 'Quarterly vendor review, 12 Aug, 10:00' from L. Fontaine. Calendar: on leave 11-15 Aug.")
S(w, "Give me a catchy title for my talk about migrating a monolith to microservices without downtime.")
S(w, "Turn these notes into a short paragraph: kickoff went well; budget approved (40k); next step vendor shortlist by 5 June; Priya owns it.")
S(w, "Make this bullet list parallel in structure:\n- Reviewing the contract\n- Call the supplier\n- The budget needs approval")
S(w, "Write a brief out-of-office message: away 1-8 July, contact Marco Russo (marco@studio.it) for urgent matters.")
S(w, "I run a small bakery in Bristol and I'm writing the 'About us' page. My grandmother opened the shop in 1962, my mum ran it from 1990, I took over in 2018. We still use her rye starter. Could you write a warm 120-word About Us paragraph from those facts, first person plural?")
S(w, "Expand this into a friendly two-paragraph welcome email for new members of the hiking club: meet Sundays 8am at the Elm Park gate; bring water; routes posted on the Friday before.")
S(w, "Suggest a better word than 'utilize' in this sentence: 'We utilize a caching layer to reduce latency.'")
S(w, "Write a limerick about a cat who hates Mondays.")
S(w, "Rewrite my LinkedIn headline to be under 120 characters: 'Senior backend engineer with ten years of experience building payments systems, distributed databases and developer tools at fintech startups'")
S(w, "Fix the grammar in the intro, keep my wording otherwise.",
  "Intro: 'Me and my team has spent two year building a tool what helps nurses schedule shifts.'")
S(w, "Make the tone of this a bit warmer, keep it short: 'Your request has been received. Processing takes 5 days.'")

# stand-alone blocked writing
Q(w, M, "facts", "Write the press release for the launch, it needs to go to the agency by 3pm. Make it sound exciting and include a quote from our CEO.",
  "the launch", "What is being launched, when, and what are the key facts (price, availability)? Do you have a CEO quote or should I draft a placeholder?")
Q(w, C, "context_conflict", "Write the speech for my brother's wedding. Mention how he and Laura met at university.", "met at university",
  "Your notes say they met at a climbing gym in Leeds; should I use that or the university story?",
  ctx="User's notes: 'Tom & Laura met at the climbing gym in Leeds in 2017; engaged in Lisbon 2022; wedding 14 Sept.'")
Q(w, A, "audience", "Write up the outage summary.", "Write up the outage summary",
  "Is this for customers (status page) or for internal engineering (postmortem)?",
  opts=["customer-facing status update", "internal postmortem"])
Q(w, M, "length", "Write the abstract for my paper on soil microbiomes; the submission portal has a hard limit and it rejects anything over it.",
  "a hard limit", "What's the portal's limit — words or characters, and how many?")
Q(w, C, "conflicting_constraints", "Write a formal letter of complaint to the council about the potholes on Mill Lane. Keep it casual and jokey, lots of emojis.",
  "Keep it casual and jokey", "Should the letter be formal or casual and jokey?")
Q(w, A, "referent", "Rewrite it in plain English.", "it",
  "Which text — the tenancy clause you pasted or the insurance summary from before?",
  ctx="Earlier in the chat: user pasted (1) a tenancy agreement clause on deposits, then (2) an insurance policy summary.")
Q(w, M, "recipient", "Write a reference letter for my former intern.", "my former intern",
  "What's the intern's name, what did they work on, and who or what role is the reference for?")
Q(w, C, "conflicting_examples", "Write the headlines in sentence case, e.g. 'How We Cut Our Cloud Bill In Half' and 'Why Tests Matter'.",
  "'How We Cut Our Cloud Bill In Half'", "Your examples are in title case; should headlines be sentence case ('How we cut our cloud bill in half') or title case?")
Q(w, A, "vague_term", "Punch up the landing page copy.", "Punch up",
  "What should change — shorter sentences, stronger verbs, a new headline? Is there a tone or brand guide?")
Q(w, M, "details", "Write an invitation for the company summer party.", "the company summer party",
  "When and where is the party, and is there an RSVP deadline or dress code?")
Q(w, C, "context_conflict", "Write a short bio of me for the panel, mention I've been at Acme for ten years.", "ten years",
  "Your CV says you joined Acme in 2019 (about five years ago); how many years should the bio say?",
  ctx="CV: Acme Corp, Senior PM, 2019-present; Before: Globex, PM, 2014-2019.")
Q(w, A, "language_variant", "Translate the FAQ into Portuguese.", "Portuguese",
  "European or Brazilian Portuguese?", ctx="Site analytics: 52% of Portuguese-language visitors from Brazil, 48% from Portugal.",
  opts=["Brazilian Portuguese", "European Portuguese"])
Q(w, M, "source", "Summarize the customer interviews into key themes for tomorrow's roadmap meeting. I'd like 5 to 7 themes with a supporting quote each.",
  "the customer interviews", "I don't have the interviews; where are the transcripts or notes?")
Q(w, C, "conflicting_constraints", "Write a one-sentence summary of the report that includes all the figures from the table.", "one-sentence",
  "The table has 14 figures; should the summary be one sentence (with only the key figures) or include all of them in a longer text?",
  ctx="Table: 14 rows of quarterly figures (revenue, margin, headcount, churn ... for Q1-Q4)")
Q(w, A, "vague_term", "write something for the team about the reorg", "something",
  "What kind of message — an announcement, FAQ, or talking points — and what are the details of the reorg?")

# ---------------------------------------------------------------------------
# HARD CASES: blocker visible only in the context; context resolves the request;
# vague-looking words that are harmless
# ---------------------------------------------------------------------------

# --- same request text, context decides (pairs) ---
P("sql", A, "column_choice",
  "How many users signed up in May 2024?",
  "How many users signed up in May 2024?",
  "created_at TIMESTAMP, verified_at TIMESTAMP NULL, first_login_at TIMESTAMP NULL",
  "Does 'signed up' mean the account was created (created_at) or verified (verified_at)?",
  ctx="users(user_id BIGINT PK, email TEXT, created_at TIMESTAMP, plan TEXT)",
  bctx="users(user_id BIGINT PK, email TEXT, created_at TIMESTAMP, verified_at TIMESTAMP NULL, first_login_at TIMESTAMP NULL, plan TEXT)\n-- 31% of accounts created in May 2024 are unverified",
  span_in="context", opts=["created_at", "verified_at"])
P("sql", A, "table_choice",
  "List the products that are out of stock.",
  "List the products that are out of stock.",
  "inventory_live(product_id INT, warehouse TEXT, on_hand INT)",
  "Stock exists per warehouse in two tables (inventory_live and inventory_snapshot); should 'out of stock' mean zero across all warehouses in the live table?",
  ctx="products(product_id INT PK, name TEXT, stock_qty INT)",
  bctx="products(product_id INT PK, name TEXT)\ninventory_snapshot(product_id INT, warehouse TEXT, on_hand INT, snapshot_date DATE)\ninventory_live(product_id INT, warehouse TEXT, on_hand INT)",
  span_in="context")
P("sql", A, "column_choice",
  "What's the average order value in 2023?",
  "What's the average order value in 2023?",
  "subtotal NUMERIC, total_incl_tax NUMERIC, total_incl_tax_shipping NUMERIC",
  "Which amount defines order value — subtotal, total including tax, or total including tax and shipping?",
  ctx="orders(order_id INT PK, placed_at DATE, amount NUMERIC)",
  bctx="orders(order_id INT PK, placed_at DATE, subtotal NUMERIC, total_incl_tax NUMERIC, total_incl_tax_shipping NUMERIC)",
  span_in="context")
P("sql", A, "column_choice",
  "Show each customer's name and phone number.",
  "Show each customer's name and phone number.",
  "phone_home TEXT, phone_mobile TEXT, phone_work TEXT",
  "Customers have home, mobile and work phone columns; which one (or all three)?",
  ctx="customers(id INT PK, name TEXT, phone TEXT)",
  bctx="customers(id INT PK, name TEXT, phone_home TEXT, phone_mobile TEXT, phone_work TEXT)",
  span_in="context")
P("sql", A, "entity_choice",
  "Count the active accounts.",
  "Count the active accounts.",
  "status TEXT /* 'active','trial','past_due','paused','closed' */, is_active BOOLEAN",
  "There's both a status column and an is_active flag (they disagree for past_due/paused); which defines 'active'?",
  ctx="accounts(account_id INT PK, name TEXT, is_active BOOLEAN)",
  bctx="accounts(account_id INT PK, name TEXT, status TEXT /* 'active','trial','past_due','paused','closed' */, is_active BOOLEAN)",
  span_in="context")
P("coding", C, "spec_vs_test",
  "Implement `truncate(s, n)` as described in the ticket: cut the string to n characters and add '...' if it was cut.",
  "Implement `truncate(s, n)` as described in the ticket: cut the string to n characters and add '...' if it was cut.",
  "assert truncate('abcdefgh', 5) == 'ab...'",
  "The test expects the '...' to count toward n ('ab...'), while the ticket says cut to n then add '...' ('abcde...'); which is right?",
  ctx="def test_truncate():\n    assert truncate('abcdefgh', 5) == 'abcde...'\n    assert truncate('abc', 5) == 'abc'\n",
  bctx="def test_truncate():\n    assert truncate('abcdefgh', 5) == 'ab...'\n    assert truncate('abc', 5) == 'abc'\n",
  span_in="context")
P("coding", C, "spec_vs_code",
  "Add the `discount` field to the Order serializer, as a percentage between 0 and 100.",
  "Add the `discount` field to the Order serializer, as a percentage between 0 and 100.",
  "discount = models.DecimalField(max_digits=4, decimal_places=3)  # fraction 0..1",
  "The model stores discount as a fraction (0..1); should the serializer expose it as 0-100 (converting) or as the stored fraction?",
  ctx="class Order(models.Model):\n    discount_pct = models.PositiveSmallIntegerField(default=0)  # 0..100",
  bctx="class Order(models.Model):\n    discount = models.DecimalField(max_digits=4, decimal_places=3)  # fraction 0..1",
  span_in="context")
P("coding", A, "referent",
  "Fix the failing test.",
  "Fix the failing test.",
  "FAILED tests/test_tax.py::test_vat_rounding",
  "Two tests are failing (test_parse_locale and test_vat_rounding); which one, or both?",
  ctx="pytest: 212 passed, 1 failed\nFAILED tests/test_api.py::test_parse_locale - AssertionError: 'en_GB' != 'en-GB'",
  bctx="pytest: 211 passed, 2 failed\nFAILED tests/test_api.py::test_parse_locale - AssertionError: 'en_GB' != 'en-GB'\nFAILED tests/test_tax.py::test_vat_rounding - AssertionError: 12.35 != 12.34",
  span_in="context")
P("coding", C, "conflicting_examples",
  "Make the CLI's `--since` option accept the same date format as the rest of the tool.",
  "Make the CLI's `--since` option accept the same date format as the rest of the tool.",
  "--until DD/MM/YYYY",
  "The other options disagree (--from uses YYYY-MM-DD, --until uses DD/MM/YYYY); which format should --since use?",
  ctx="cli.py options: --from YYYY-MM-DD, --until YYYY-MM-DD, --on YYYY-MM-DD",
  bctx="cli.py options: --from YYYY-MM-DD, --until DD/MM/YYYY, --on YYYY-MM-DD",
  span_in="context")
P("ops", A, "referent",
  "Scale the frontend service to 4 replicas.",
  "Scale the frontend service to 4 replicas.",
  "frontend-web",
  "There are two frontend deployments (frontend-web and frontend-admin); which one should go to 4 replicas?",
  ctx="kubectl get deploy -n shop\nNAME       READY\nfrontend   2/2\napi        3/3",
  bctx="kubectl get deploy -n shop\nNAME             READY\nfrontend-web     2/2\nfrontend-admin   1/1\napi              3/3",
  span_in="context")
P("ops", C, "context_conflict",
  "Apply the Terraform plan, it only adds the new bucket.",
  "Apply the Terraform plan, it only adds the new bucket.",
  "Plan: 1 to add, 0 to change, 2 to destroy.",
  "The plan also destroys 2 resources (including aws_db_instance.reports); should I still apply it?",
  ctx="Terraform plan:\n  + aws_s3_bucket.exports\nPlan: 1 to add, 0 to change, 0 to destroy.",
  bctx="Terraform plan:\n  + aws_s3_bucket.exports\n  - aws_db_instance.reports\n  - aws_db_subnet_group.reports\nPlan: 1 to add, 0 to change, 2 to destroy.",
  span_in="context")
P("general", A, "referent",
  "Email Chris the slides.",
  "Email Chris the slides.",
  "Chris Dunn <chris.dunn@partner.co>",
  "You have two contacts named Chris (Chris Adeyemi and Chris Dunn); which one?",
  ctx="Contacts matching 'Chris': Chris Adeyemi <chris@ourco.com>. Attached earlier: 'Q3 review.pptx'.",
  bctx="Contacts matching 'Chris': Chris Adeyemi <chris@ourco.com>, Chris Dunn <chris.dunn@partner.co>. Attached earlier: 'Q3 review.pptx'.",
  span_in="context")
P("data", A, "column_choice",
  "What's the average delivery time in days?",
  "What's the average delivery time in days?",
  "promised_date, dispatched_date, delivered_date",
  "Should delivery time run from order, dispatch, or promised date to delivered_date?",
  ctx="deliveries.csv columns: order_id, days_to_deliver",
  bctx="deliveries.csv columns: order_id, order_date, promised_date, dispatched_date, delivered_date",
  span_in="context")
P("data", C, "context_conflict",
  "Compute the share of respondents who would recommend us (q2_recommend of 9 or 10).",
  "Compute the share of respondents who would recommend us (q2_recommend of 9 or 10).",
  "q2_recommend (1-5)",
  "q2_recommend is on a 1-5 scale here, so 9 or 10 never occur; what threshold should count as recommending?",
  ctx="survey.csv: respondent_id, q2_recommend (0-10)",
  bctx="survey.csv: respondent_id, q2_recommend (1-5)",
  span_in="context")
P("writing", C, "context_conflict",
  "Write the customer email announcing the price change, using the figures from the pricing doc.",
  "Write the customer email announcing the price change, using the figures from the pricing doc.",
  "Pro: 29 -> 35 USD/month (Slack message from CFO: 'we settled on 32, not 35')",
  "The pricing doc says 35 USD but the CFO's note says 32; which new Pro price should the email use?",
  ctx="pricing doc: Starter 9 -> 12 USD/month; Pro: 29 -> 35 USD/month; effective 1 Sept.",
  bctx="pricing doc: Starter 9 -> 12 USD/month; Pro: 29 -> 35 USD/month (Slack message from CFO: 'we settled on 32, not 35'); effective 1 Sept.",
  span_in="context")
P("writing", A, "referent",
  "Draft the reply to the investor.",
  "Draft the reply to the investor.",
  "Second Peak Capital",
  "Two investors are waiting on replies (Northwind Ventures about the data room, Second Peak Capital about the term sheet); which one?",
  ctx="Open threads needing reply: Northwind Ventures — 'Data room access?'",
  bctx="Open threads needing reply: Northwind Ventures — 'Data room access?'; Second Peak Capital — 'Term sheet comments'",
  span_in="context")

# --- stand-alone: blocker only in context ---
Q("coding", C, "spec_vs_test", "Change the greeting to use the user's first name, per the product spec.",
  "assert greeting(user) == 'Hello, Dr. Rivera'",
  "The test expects title + last name ('Hello, Dr. Rivera'); should I follow the spec (first name) and update the test?",
  ctx="spec: 'Greet users by first name.'\ntests/test_greet.py: assert greeting(user) == 'Hello, Dr. Rivera'", span_in="context")
Q("coding", A, "referent", "Update the config to use the new endpoint URL.",
  "config/prod.yaml: payments_url",
  "The old URL appears in both config/prod.yaml (payments_url) and config/prod.yaml (refunds_url); which one gets the new endpoint — or both?",
  ctx="New endpoint from vendor email: https://api.payco.io/v3\nconfig/prod.yaml: payments_url: https://api.payco.io/v2/pay, refunds_url: https://api.payco.io/v2/refund", span_in="context")
Q("sql", A, "column_choice", "What's the total amount we paid suppliers in 2023?",
  "amount_invoiced NUMERIC, amount_paid NUMERIC",
  "Do you want amount_paid (cash actually paid in 2023) or amount_invoiced? And by payment date or invoice date?",
  ctx="supplier_invoices(id INT PK, supplier_id INT, invoice_date DATE, paid_date DATE NULL, amount_invoiced NUMERIC, amount_paid NUMERIC)", span_in="context")
Q("sql", C, "schema_conflict", "Count how many orders each customer placed, using the customers.order_count column.",
  "customers(customer_id INT PK, name TEXT)",
  "There's no order_count column on customers; should I count rows in orders per customer instead?",
  ctx="customers(customer_id INT PK, name TEXT)\norders(order_id INT PK, customer_id INT, created_at DATE)", span_in="context")
Q("ops", C, "context_conflict", "Deploy the hotfix to prod; CI is green.",
  "test (py3.11): failed",
  "CI isn't fully green — the py3.11 test job failed; should I deploy anyway?",
  ctx="CI run #8812 for hotfix/login-redirect: lint: passed; test (py3.10): passed; test (py3.11): failed; build: passed", span_in="context")
Q("ops", A, "environment", "Restart the worker pods.",
  "worker-emails (ns notifications), worker-reports (ns analytics)",
  "There are two worker deployments (worker-emails and worker-reports); which should I restart?",
  ctx="kubectl get deploy -A | grep worker\nworker-emails (ns notifications), worker-reports (ns analytics)", span_in="context")
Q("data", A, "column_choice", "Plot daily revenue for June.",
  "amount_usd, amount_local",
  "Should the plot use amount_usd or amount_local (mixed currencies)?",
  ctx="transactions.csv columns: ts, amount_usd, amount_local, currency, status", span_in="context")
Q("data", C, "context_conflict", "Use the cleaned file for the analysis, the one without test accounts.",
  "contains test accounts: yes",
  "Both files are marked as containing test accounts; which one is the cleaned one, or should I filter them myself?",
  ctx="data/: users_clean.csv (note: contains test accounts: yes), users_raw.csv (contains test accounts: yes)", span_in="context")
Q("general", C, "context_conflict", "Book the same hotel as last time for my Madrid trip.",
  "Hotel Liria (Madrid) — closed permanently",
  "The hotel you used last time (Hotel Liria) has permanently closed; which hotel should I book instead?",
  ctx="Past bookings: Hotel Liria (Madrid), Mar 2023. Provider status: Hotel Liria (Madrid) — closed permanently.", span_in="context")
Q("general", A, "referent", "Add the meeting from the email to my calendar.",
  "Option A: Tue 10:00; Option B: Wed 15:00",
  "The email proposes two times (Tue 10:00 or Wed 15:00) and doesn't confirm one; which should I add?",
  ctx="Email from R. Iyer: 'Could we meet next week? Option A: Tue 10:00; Option B: Wed 15:00. Let me know.'", span_in="context")
Q("writing", C, "context_conflict", "Write a congratulations card for Jess on her 40th birthday.",
  "Jess Moreau, born 1989",
  "Your contacts say Jess was born in 1989, so she'd be 35 this year; is it her 40th, or someone else's?",
  ctx="Contact: Jess Moreau, born 1989-08-02. Today: 2024-07-30.", span_in="context")
Q("writing", A, "referent", "Use the style guide when editing this.",
  "brand-voice-2022.pdf, brand-voice-2024-draft.pdf",
  "There are two style guides (2022 and a 2024 draft); which one should I follow?",
  ctx="Shared/Brand: brand-voice-2022.pdf, brand-voice-2024-draft.pdf", span_in="context")

# --- stand-alone: clear only because the context supplies the detail ---
S("sql", "What was total revenue in March?", "orders(order_id INT PK, created_at DATE, revenue NUMERIC)\n-- analysis year is 2024; all data in this database is from 2024")
S("coding", "Make it return the results in the order the test expects.",
  "def test_sorted_names():\n    assert sorted_names(['bo', 'Al', 'Cy']) == ['Al', 'bo', 'Cy']\n\ndef sorted_names(names):\n    return sorted(names)  # currently returns ['Al', 'Cy', 'bo']")
S("ops", "Restart the API.", "kubectl get deploy -n prod\nNAME   READY\napi    3/3\nweb    2/2\n(current context: prod, only one api deployment)")
S("general", "Send the usual message to the usual people.",
  "Saved routine 'Friday wrap-up': message 'Week wrapped, notes in the shared doc.' to #team-ops (Slack).")
S("data", "Use the standard cleaning steps and then give me the row count.",
  "pipeline/README.md: 'Standard cleaning: drop rows with null user_id, drop test accounts (email ends with @test.local), dedupe on event_id.'")
S("writing", "Write it in our house style.",
  "House style (pinned): British spelling, sentence-case headings, no exclamation marks, Oxford comma. Text to write: a 3-sentence note announcing the office move to 14 Canal St on 2 Sept.")
S("sql", "Give me the big accounts.", "accounts(account_id INT PK, name TEXT, arr_usd NUMERIC, tier TEXT /* 'smb','mid','big' */)")
S("coding", "Fix the bug from the issue.",
  "Issue #412: 'parse_amount(\"1,000.50\") returns 1.0 — the comma is treated as a decimal separator. Expected 1000.5. Input always uses comma thousands and dot decimals.'")
S("ops", "Roll back to the previous release.", "Release history (web): v5.2.0 (current, deployed 1h ago), v5.1.4 (before that). No other releases in 30 days.")
S("general", "Order the usual.", "Saved 'usual' at Luigi's: 1 large margherita, 1 garlic bread, deliver to home address.")
S("data", "Bucket them into the groups marketing uses.",
  "marketing_segments.md: age groups 18-29, 30-44, 45-59, 60+. Data: customers.csv with an age column.")
S("writing", "Reply to her saying yes.",
  "Email thread: only one open email, from Dana Wu: 'Could you join the panel on 14 Oct?'")

# --- hard negatives: vague-looking words, harmless in context ---
S("writing", "Write a short caption for this photo for Instagram.", "Photo: sunset over the harbour, our café's terrace in the foreground.")
S("general", "Find me something nice to eat near the office tonight, anything's fine, I'm not picky.")
S("sql", "Show the recent signups — created_at between 2024-06-01 and 2024-06-07.", "users(user_id INT PK, created_at DATE, plan TEXT)")
S("coding", "Clean up this function a bit, no behaviour change.\n\ndef f(a):\n    b = []\n    for i in range(len(a)):\n        if a[i] != None:\n            b.append(a[i])\n    return b")
S("data", "Give me a quick look at the data — shape, dtypes and the first 5 rows.", "orders.parquet")
S("ops", "Just check if the site is up.", "Site: https://shop.example.com (single production site)")
S("writing", "Make it shorter.", "Text to shorten (tweet draft, 318 characters, limit 280): 'Big news! Starting Monday our downtown store will open an hour earlier, at 8am, every weekday, so you can grab your morning coffee and pastries before work. See you there, and thanks for being such wonderful neighbours for ten years!'")
S("general", "Remind me later today to call Mum.", "User preference: 'later today' = 6pm by default.")
S("sql", "top 10 customers by lifetime spend", "customers(customer_id INT PK, name TEXT, lifetime_spend NUMERIC)")
S("coding", "Write a small helper that pads numbers with leading zeros to a given width.")
S("data", "Plot it as something simple — a line chart is fine.", "Series: daily_active_users, 2024-01-01..2024-06-30")
S("writing", "Give me a few options for the team name, something fun.", "Team: four people who run the company's internal data platform.")
S("ops", "Bump the replica count a little for the sale tonight — 3 to 5 is fine.", "deployment/shop-web: 3 replicas")
S("general", "Whatever's quickest — just get me to Heathrow Terminal 5 from King's Cross by 3pm.")

# ---------------------------------------------------------------------------
# STYLES: long tickets with noise, chat messages with typos, pasted logs/code
# ---------------------------------------------------------------------------

# --- long tickets (both labels) ---
P("coding", M, "output_format",
  "JIRA DATA-881 | Reporter: K. Brandt | Component: reporting | Sprint 52 | Story points: 3\n"
  "Background: Finance closes the books on the 5th working day and has been copy-pasting numbers out of the admin UI. Lots of back and forth in the Slack thread last month about whether we should build a full BI integration (parked for now).\n"
  "Ask: add a nightly job that exports the previous day's settled payments to s3://fin-exports/payments/YYYY-MM-DD.csv, UTF-8, comma-separated, header row, one row per payment with columns payment_id, settled_at (ISO 8601 UTC), amount_minor, currency.\n"
  "Notes: Kai is out next week; ping Ruth with questions.",
  "JIRA DATA-881 | Reporter: K. Brandt | Component: reporting | Sprint 52 | Story points: 3\n"
  "Background: Finance closes the books on the 5th working day and has been copy-pasting numbers out of the admin UI. Lots of back and forth in the Slack thread last month about whether we should build a full BI integration (parked for now).\n"
  "Ask: add a nightly job that exports the previous day's settled payments to the finance bucket in the format their reconciliation tool imports, one row per payment.\n"
  "Notes: Kai is out next week; ping Ruth with questions.",
  "in the format their reconciliation tool imports",
  "What format does finance's reconciliation tool import (file type, columns, delimiter), and what path in the bucket?")
P("ops", A, "environment",
  "Hi team! Hope everyone had a good weekend. Quick context: we moved the marketing site to the new CDN last Thursday, the SEO folks are happy, and the bounce rate looks fine so far. Laura asked whether the old origin is still getting traffic — it isn't, I checked the logs. Anyway, the actual request: please purge the CDN cache for /pricing/* on the production distribution (E3PRODSITE) so the new prices show up. Thanks!",
  "Hi team! Hope everyone had a good weekend. Quick context: we moved the marketing site to the new CDN last Thursday, the SEO folks are happy, and the bounce rate looks fine so far. Laura asked whether the old origin is still getting traffic — it isn't, I checked the logs. Anyway, the actual request: please purge the CDN cache for /pricing/* on the distribution so the new prices show up. Thanks!",
  "on the distribution",
  "Which distribution — the new production CDN, the old one, or staging?",
  ctx="CDN distributions: E3PRODSITE (new prod), E1OLDSITE (old prod, still enabled), E9STAGING (staging)")
P("data", C, "conflicting_instructions",
  "Long one, sorry. We're preparing the annual impact report for the foundation. Last year's version was put together by an intern and nobody can reproduce it, which is why I'm asking you. The board cares about three things: number of students served, hours of tutoring, and completion rate. The data is in sessions.csv. Please compute those three for the 2023-24 school year (1 Sept 2023 to 31 Jul 2024). Completion rate = students with at least 20 sessions / all students with at least one session.",
  "Long one, sorry. We're preparing the annual impact report for the foundation. Last year's version was put together by an intern and nobody can reproduce it, which is why I'm asking you. The board cares about three things: number of students served, hours of tutoring, and completion rate. The data is in sessions.csv. Please compute those three for the 2023-24 school year (1 Sept 2023 to 31 Jul 2024). Completion rate = students with at least 20 sessions / all students with at least one session. Use exactly the same definitions as last year's report so the numbers are comparable, and make sure completion is defined the way I described above.",
  "Use exactly the same definitions as last year's report",
  "Last year's report defined completion as 15+ sessions; should I use last year's definition (comparable) or your 20-session definition?",
  ctx="sessions.csv: student_id, session_date, minutes",
  bctx="sessions.csv: student_id, session_date, minutes\nLast year's report, methodology footnote: 'completion = students with 15 or more sessions'.")
P("general", M, "date",
  "ok so here's the situation. my in-laws are visiting, they land at Gatwick, my car is in the shop until Monday, and my husband is working nights this week so he can't drive. I looked at trains but with two suitcases and my mother-in-law's knee that's not happening. Can you book a taxi from Gatwick North Terminal to 18 Alder Road, Croydon for Saturday 8 June, pickup 14:30, for 2 passengers and 2 large bags?",
  "ok so here's the situation. my in-laws are visiting, they land at Gatwick, my car is in the shop until Monday, and my husband is working nights this week so he can't drive. I looked at trains but with two suitcases and my mother-in-law's knee that's not happening. Can you book a taxi from Gatwick to 18 Alder Road, Croydon for when they land, for 2 passengers and 2 large bags?",
  "for when they land",
  "What day and time do they land (or what's the flight number), and which terminal?")
P("writing", A, "audience",
  "Context dump for the writing task: our nonprofit runs free coding workshops for teenagers in three cities. We had 412 participants this year (up from 260), 38 volunteer mentors, and two corporate sponsors (Lumen Bank and Orbis Health). The year-end email goes to our individual donors, most of whom give under 50 dollars. Please write it: ~250 words, warm, thank them, include the numbers, and one ask to renew their monthly gift.",
  "Context dump for the writing task: our nonprofit runs free coding workshops for teenagers in three cities. We had 412 participants this year (up from 260), 38 volunteer mentors, and two corporate sponsors (Lumen Bank and Orbis Health). Please write the year-end email: ~250 words, warm, thank them, include the numbers, and end with the ask.",
  "end with the ask",
  "Who is the email going to (individual donors, sponsors, volunteers), and what exactly are we asking for?")
P("sql", A, "vague_term",
  "Slack from the CFO, forwarded: 'hey, the board meeting got moved up, can someone get me the numbers by 4?' What she needs (confirmed with her EA): net revenue by month for Jan-Jun 2024, completed orders only, EUR orders only.",
  "Slack from the CFO, forwarded: 'hey, the board meeting got moved up, can someone get me the numbers by 4?' What she needs: revenue by month for the first half, completed orders only.",
  "revenue by month for the first half",
  "Gross or net revenue, which currency (or converted?), and is 'first half' H1 2024?",
  ctx=SC_SHOP + "\n-- distinct currency: EUR, GBP, USD")

Q("coding", C, "conflicting_requirements",
  "Ticket PLAT-1207\nTitle: Session timeout\nPriority: P2 | Labels: security, auth | Linked: SEC-88, PLAT-1180 (duplicate, closed)\n"
  "Description: Security audit (SEC-88) says idle sessions must expire after 15 minutes. Customer success keeps forwarding complaints from hospital clients who log in once at the start of a 12-hour shift and don't want to log in again. The VP agreed that we should not add any extra logins for those clients.\n"
  "Acceptance criteria: (1) all sessions expire after 15 minutes of inactivity; (2) hospital clients never see a login prompt during a shift.\n"
  "Comments: 'design has mockups for the warning modal' — Lee",
  "never see a login prompt during a shift",
  "The two acceptance criteria conflict for idle hospital users; should hospital tenants get an exception to the 15-minute rule, or should something like badge re-auth be used?")
Q("ops", M, "destination",
  "Morning! Big day — the auditors are in the office, coffee machine is broken again (facilities says Thursday), and the offsite planning doc needs comments by Friday. One thing for you: please set up a nightly export of the audit logs so the auditors can access them for the next six weeks. They're using their own laptops and can't be on our VPN. Compliance already signed off on sharing the logs.",
  "set up a nightly export of the audit logs so the auditors can access them",
  "Where should the export go so the auditors can reach it without VPN — a specific bucket, an SFTP server, a shared drive? And who gets access?")
Q("data", A, "period",
  "Quick background: the growth team changed the onboarding flow on 15 April and again on 2 May (the second change reverted half of the first, long story, there's a doc). Finance is also asking about Q2 numbers separately but ignore that. What I need: the activation rate before vs after the onboarding change, from signups.csv.",
  "the onboarding change",
  "Which change — 15 April or 2 May — should be the cut-over point? Or compare all three periods?",
  ctx="signups.csv: user_id, signed_up_at, activated_at (NULL if never)", opts=["15 April", "2 May", "three periods"])
Q("writing", C, "conflicting_instructions",
  "Hey! So for the conference we need a speaker bio for Dr. Amara Nwosu. She's a marine biologist at the University of Cape Town, works on kelp forest restoration, led the 2022 Great Atlantic Kelp survey, and she's also a keen free diver (she insisted we mention this). The organizers want bios to be strictly professional, no hobbies or personal details, 60 words max. Please write it and include the free-diving bit.",
  "include the free-diving bit",
  "The organizers want no hobbies, but Dr. Nwosu asked to mention free diving; should I include it or leave it out?")
Q("sql", M, "filter_value",
  "FYI the dashboards were down yesterday so everyone's asking me for numbers directly, sorry if this is the fifth such request today. Can you write a query for the number of orders per day last week from the stores in the region that was affected by the courier strike? The strike is the one in the news.",
  "the region that was affected by the courier strike",
  "Which region (which stores or country values) was affected by the courier strike?",
  ctx="orders(order_id INT PK, store_id INT, created_at DATE)\nstores(store_id INT PK, city TEXT, region TEXT /* 'north','south','east','west' */)")
Q("general", A, "referent",
  "Hi, it's Martina again. We spoke on Tuesday about the kitchen renovation. The tiler came back with a new quote, and my partner and I had a long debate about whether to go with the matte or gloss finish. We've decided. Anyway, please accept the quote and tell him we want to start on the 3rd.",
  "accept the quote",
  "There are two quotes from the tiler (matte and gloss); which one should I accept?",
  ctx="Email from Kev's Tiling (yesterday): 'Quote A (matte porcelain): 2,340 GBP. Quote B (gloss ceramic): 1,980 GBP. Let me know which.'",
  opts=["Quote A (matte)", "Quote B (gloss)"])
Q("coding", M, "repro",
  "Bug report from the mobile team (via email, lightly edited): Hi all, we've had a few crash reports from the Android app since Tuesday. It seems to happen for some users, not all. We upgraded a bunch of libraries last sprint (OkHttp, Room, Compose BOM) so it might be one of those. Marketing also launched the referral campaign on Tuesday, if that matters. Can you fix it?",
  "we've had a few crash reports",
  "Do you have a stack trace or the crash report, app version, and steps to reproduce?")

S("coding", "Ticket API-3301 | Priority: P3 | Labels: backend, tech-debt | Watchers: 4 | Created by: automation\n"
  "Summary: `GET /v1/teams/{id}/members` returns 500 when the team has no members.\n"
  "Steps: create a team with no members, call the endpoint.\n"
  "Expected: 200 with `{\"members\": []}`. Actual: 500, log shows `TypeError: 'NoneType' object is not iterable` at members.py:58 (`for m in team.members:`), because `team.members` is None for new teams.\n"
  "Fix: treat None as an empty list. Add a regression test.\n"
  "Unrelated comment thread about renaming the endpoint to /v2 (ignore, separate RFC).")
S("ops", "From: Dev Lead\nSubject: small favour\n\nHi, I know you're busy with the migration (thanks for all the late nights, the team noticed). When you get a moment, could you add the user `jmorales` to the `docker` group on build-02 so she can run the integration tests locally on that box? She's already got SSH access. No rush, sometime today is fine. Cheers!")
S("data", "Some context: I'm a PhD student, my supervisor is on sabbatical, and I've been told to 'just get the descriptives done'. The file is trial.csv (participant_id, arm ['control','treatment'], age, baseline_score, week12_score). Please give me mean and SD of age, baseline_score and week12_score per arm, plus the n per arm, in a table.")
S("writing", "Okay long message incoming. My best friend Leila is leaving our company after 8 years to start a pottery studio (!!). I'm giving a 2-minute toast at her leaving drinks on Friday. Things to mention: she onboarded half the engineering team, she once fixed the prod database from a ferry in Greece, and she makes the best lemon cake. Tone: funny but heartfelt. Please write the toast, roughly 250 words.")
S("general", "Right so my mum's 70th is coming up and the family's all arguing about where to do it, and my brother wants to do a surprise thing, which she'd hate. I've decided: please book a table for 12 at Dishoom Covent Garden on Sunday 22 September at 1pm, under the name Rahman, and note that one guest uses a wheelchair.")
S("sql", "Background for you: we're migrating the reporting DB next month and I'm checking the old queries still make sense. This one I just want rewritten more readably with a CTE, same results:\n\nSELECT c.name, x.n FROM customers c JOIN (SELECT customer_id, COUNT(*) n FROM orders WHERE status='completed' GROUP BY customer_id) x ON x.customer_id = c.customer_id WHERE x.n > 5;", SC_SHOP)

# --- chat messages with typos ---
P("general", M, "recipient",
  "cn u send the pics frm saturday to my sis, shes nina in my contacts",
  "cn u send the pics frm saturday to my sis pls, she keeps asking lol",
  "my sis",
  "Which contact is your sister?",
  ctx="Contacts: Nina (tag: sister), Ella (tag: sister), Mum")
P("coding", A, "referent",
  "the login test is flaky again, test_login_redirect in tests/auth, can u add a retry or fix the race",
  "the test is flaky again can u fix it",
  "the test",
  "Which test is flaky?",
  ctx="Flaky tests in last 20 CI runs: tests/auth/test_login_redirect (4 fails), tests/cart/test_checkout_total (3 fails)")
P("ops", M, "identifier",
  "pls whitelist 198.51.100.23 on the staging db firewall, its our new office ip",
  "pls whitelist our new office ip on the staging db firewall",
  "our new office ip",
  "What is the new office IP address (or range)?")
P("sql", A, "period",
  "hw many orders did we get yesterday (2024-06-11)? just the count",
  "hw many orders did we get yesterday? just the count, in whatever tz the dashboards use",
  "in whatever tz the dashboards use",
  "The dashboards are split (the ops one uses UTC, the finance one Europe/Paris); which time zone should define 'yesterday'?",
  ctx=SC_SHOP, bctx=SC_SHOP + "\n-- order_date is derived from a UTC timestamp; ops dashboard: UTC; finance dashboard: Europe/Paris")
P("writing", C, "conflicting_constraints",
  "can u write a 3 sentence msg to my landlord asking for the boiler to be fixed this week, polite but firm",
  "can u write a 3 sentence msg to my landlord asking for the boiler to be fixed this week, polite but firm, and list every issue in the flat with dates, theres like 15",
  "list every issue in the flat with dates, theres like 15",
  "Fifteen dated issues won't fit in three sentences; should the message stay short (boiler only) or be a longer list?")

Q("general", A, "vague_term", "find me a flight to rome next month thats not too expensive and not too early", "not too expensive and not too early",
  "What's your budget, and what's the earliest departure time you'd accept? Which dates next month?")
Q("coding", M, "requirement", "cn you add validation to the signup form", "add validation",
  "Which fields, and what rules (e.g. email format, password length, required fields)?")
Q("ops", C, "context_conflict", "restart redis on cache-2, its the replica so no one will notice", "its the replica",
  "cache-2 is currently the primary (failover at 03:12); should I still restart it?",
  ctx="redis-cli -h cache-2 role -> master (promoted 03:12 after failover); cache-1 -> slave")
Q("data", A, "referent", "can u redo the chart but w the other metric", "the other metric",
  "The chart shows sessions; do you mean conversions, revenue, or bounce rate?",
  ctx="Last chart: daily sessions (line). Dataset metrics: sessions, conversions, revenue, bounce_rate.")
Q("sql", C, "schema_conflict", "quick one: sum of tips by driver from the rides table thx", "sum of tips",
  "The rides table has no tips column; is tip data in another table?",
  ctx="rides(ride_id INT PK, driver_id INT, fare NUMERIC, distance_km NUMERIC, started_at TIMESTAMP)")
Q("writing", M, "facts", "write a quick thank u note to the guy who found my wallet", "the guy who found my wallet",
  "Do you know his name, and how should it reach him (card, text, email)? Any details you'd like to mention?")
Q("general", A, "time", "set an alarm for 7", "7",
  "7am or 7pm?", ctx="Current time: 21:40.", opts=["07:00", "19:00"])
Q("general", C, "conflicting_instructions", "book me the 8:15 train to leeds tmrw, the one that gets in before 9", "the one that gets in before 9",
  "The 08:15 arrives in Leeds at 10:27; do you want the 08:15, or a train arriving before 9 (which would leave around 06:30)?",
  ctx="Trains London->Leeds tomorrow: 06:33 arr 08:50; 08:15 arr 10:27; 09:03 arr 11:15")
S("general", "whats the weather gonna be like in lisbon on sat")
S("coding", "cn u explain what this regex does: ^\\d{3}-\\d{4}$")
S("ops", "hey is port 22 open on bastion-1? just wanna check b4 i try ssh", "Host bastion-1 reachable via the infra tooling.")
S("writing", "fix my spelling pls: 'definately gonna be their by 8, dont wory'")
S("sql", "nb of tickets per priority pls", SC_SUPPORT)
S("data", "avg of the price col in products.csv?", "products.csv: sku, name, price, stock")
S("general", "add 'buy dog food' to my list for tmrw")

# --- requests quoting code / logs ---
P("coding", C, "spec_vs_code",
  "This function should return the discount for a cart; change the threshold so carts of 100 or more get 10%.\n\ndef discount(total):\n    if total > 200:\n        return 0.1\n    return 0",
  "This function should return the discount for a cart; change the threshold so carts of 100 or more get 10%, and keep it consistent with the pricing page.\n\ndef discount(total):\n    if total > 200:\n        return 0.1\n    return 0",
  "10% off orders of 150 EUR or more",
  "The pricing page says 10% from 150 EUR, not 100; which threshold should the code use?",
  ctx=None, bctx="pricing page (live): '10% off orders of 150 EUR or more'", span_in="context")
P("ops", A, "referent",
  "Disk full on this box, delete the rotated logs in /var/log/app/ older than 14 days:\n\n$ df -h /\n/dev/nvme0n1p1  50G  50G  0 100% /\n$ du -sh /var/log/app\n31G /var/log/app",
  "Disk full on this box, delete the old stuff so we have room again:\n\n$ df -h /\n/dev/nvme0n1p1  50G  50G  0 100% /\n$ du -sh /var/log/app /var/lib/postgres/backups /home/deploy/releases\n31G /var/log/app\n9G /var/lib/postgres/backups\n8G /home/deploy/releases",
  "delete the old stuff",
  "Which of these should I clean up — the app logs, the Postgres backups, old releases — and how old is 'old'?")
Q("coding", A, "referent",
  "This keeps happening in prod, please fix:\n\nTraceback (most recent call last):\n  File \"worker.py\", line 88, in run\n    process(job)\n  File \"worker.py\", line 41, in process\n    total = sum(item.price for item in job.items)\nTypeError: unsupported operand type(s) for +: 'int' and 'NoneType'\n\nNot sure if the right fix is to skip items with no price or to fail the job.",
  "Not sure if the right fix is to skip items with no price or to fail the job.",
  "Should items without a price be skipped (treated as 0) or should the job fail with a clear error?",
  opts=["skip / treat as 0", "fail the job"])
Q("ops", M, "threshold",
  "Our alert is too noisy, tune it:\n\n- alert: HighCPU\n  expr: avg(rate(node_cpu_seconds_total{mode!='idle'}[1m])) by (instance) > 0.5\n  for: 1m",
  "tune it",
  "What threshold and duration should it use — e.g. above 85% for 10 minutes?")
Q("sql", C, "conflicting_instructions",
  "This query is too slow, make it faster but it must return exactly the same rows, and drop the DISTINCT since we don't need it:\n\nSELECT DISTINCT customer_id FROM orders WHERE order_date >= '2024-01-01';",
  "drop the DISTINCT",
  "Dropping DISTINCT changes the result (duplicate customer_ids); should the rows stay exactly the same, or is removing duplicates-handling OK?",
  ctx=SC_SHOP)
S("coding", "This raises in Python 3.12, fix it:\n\nimport imp\nmod = imp.load_source('plugin', path)\n\nModuleNotFoundError: No module named 'imp'")
S("ops", "Fix the YAML error:\n\nerror: error parsing deploy.yaml: line 14: mapping values are not allowed in this context\n\n13:   containers:\n14:   - name: api image: registry/api:1.4\n15:     ports:")
S("sql", "Why is this giving duplicates? I expect one row per customer.\n\nSELECT c.name, o.order_id FROM customers c JOIN orders o ON o.customer_id = c.customer_id;", SC_SHOP)
S("data", "pandas says `SettingWithCopyWarning` on this line, rewrite it properly:\n\ndf[df.country == 'FR']['vat'] = 0.2")

# ---------------------------------------------------------------------------
# MIXED: more stand-alone items across domains
# ---------------------------------------------------------------------------

# blocked
Q("general", M, "recipient", "Please send the signed NDA back to their legal team today, they're waiting on it before the kickoff call tomorrow morning.", "their legal team",
  "Which company's legal team, and what's the email address to send it to?",
  ctx="Signed NDAs in Downloads: NDA_Orbis_signed.pdf, NDA_Kestrel_signed.pdf")
Q("general", M, "date", "Can you move my gym class to another day this week? Whatever day I'm free in the evening works, just not the same time as anything else.", "another day this week",
  "You're free on both Wednesday and Thursday evenings; which day would you prefer?",
  ctx="Gym: Spin class Tue 18:30 (other slots: Wed 18:30, Thu 19:00). Calendar: Wed evening free, Thu evening free.")
Q("general", M, "quantity", "Book train tickets to Manchester for the team offsite on Thursday, returning Friday evening, standard class.", "for the team",
  "How many people are going, and who should the tickets be for?")
Q("general", M, "preference", "Order flowers for our anniversary to be delivered to the house on Friday morning, something she'll like.", "something she'll like",
  "What kind of flowers (or colours) does she like, and what's the budget?")
Q("coding", M, "requirement", "Add sorting to the users table in the admin panel. The product manager mentioned it in standup and it's been on the backlog for months, so let's just get it done this sprint.", "Add sorting",
  "Which columns should be sortable, and should sorting happen server-side (the table is paginated) or client-side?",
  ctx="Admin users table: paginated server-side, 50 per page, 1.2M users; columns: name, email, created_at, plan, last_login")
Q("coding", M, "api_contract", "Write the webhook handler for payment events from our provider and make sure we verify the signature properly before processing anything.", "verify the signature properly",
  "Which provider, and what signature scheme/secret does it use (header name, algorithm)?",
  ctx="No payment provider SDK in requirements.txt; README lists 'payments: TBD (Adyen or Mollie)'.")
Q("coding", M, "input_spec", "Write the import for the customer list marketing sent over; they want it loaded into the CRM by Friday.", "the customer list marketing sent over",
  "I can't find the file; where is it, and which CRM fields should its columns map to?")
Q("coding", A, "scope", "Upgrade the project to the latest version of the framework and fix whatever breaks, we're two majors behind.", "the latest version",
  "Should I go straight to the latest major (two breaking releases), or to the next major first? Is there a deadline or freeze to respect?",
  ctx="package.json: \"next\": \"12.3.4\"; latest is 14.2; 13.x introduced the app router.")
Q("coding", C, "conflicting_requirements", "Add logging of the full request body to the payments endpoint so we can debug the failures, and remember this endpoint is in PCI scope so we must never store card numbers anywhere.", "logging of the full request body",
  "The request body contains the card number; should I log a redacted body instead?")
Q("coding", A, "tie_breaking", "Write `closest_store(lat, lon)` that returns the nearest store from the list; the mobile app shows just that one store on the home screen.", "the nearest store",
  "Stores in the same mall share coordinates; if two are equally close, which should be returned?",
  ctx="stores.json: 214 stores; 9 pairs share identical coordinates (same mall).", opts=["lowest store id", "the one open longer today", "alphabetical"])
Q("coding", C, "spec_vs_test", "Per the ticket, `get_initials('ada lovelace')` should return 'AL'; implement it so the existing tests pass.", "== 'A.L.'",
  "The tests expect 'A.L.' with dots, the ticket says 'AL'; which should it return?",
  ctx="def test_initials():\n    assert get_initials('ada lovelace') == 'A.L.'\n", span_in="context")
Q("sql", M, "period", "Write the query for the retention chart: of the users who signed up in each cohort, what fraction had any event in the following weeks. We'll plot it as a triangle.", "in each cohort",
  "Should cohorts be weekly or monthly, over which signup range, and how many weeks of follow-up?",
  ctx=SC_EVENTS)
Q("sql", M, "filter_value", "Show the order totals for the customers in the enterprise segment that are up for renewal, so the account team can prepare.", "up for renewal",
  "How do I know who's up for renewal — there's no renewal date in the schema; is there a list or another table?", ctx=SC_SHOP)
Q("sql", A, "column_choice", "What's the average ticket resolution time by team? We want to use it in the quarterly review deck so please keep it to one number per team.", "resolution time",
  "Should reopened tickets use their first close time or their final close time?",
  ctx="tickets(ticket_id INT PK, opened_at TIMESTAMP, first_closed_at TIMESTAMP NULL, final_closed_at TIMESTAMP NULL, reopen_count INT, agent_id INT)\nagents(agent_id INT PK, name TEXT, team TEXT)",
  opts=["first_closed_at", "final_closed_at"])
Q("sql", C, "conflicting_instructions", "Give me the list of employees who left in 2023 — only include people whose termination_date is null so we don't pick up anyone still here.", "termination_date is null",
  "People who left have a termination_date set; a null termination_date means they're still employed. Did you mean NOT NULL?", ctx=SC_HR)
Q("data", M, "target", "Forecast next quarter's sales from sales_2024.csv and tell me the number for the planning sheet.", "the number",
  "Forecast which measure — units or revenue — at what level (total, per region, per product)?", ctx=CSV_SALES)
Q("data", M, "threshold", "Mark the sensors that need a battery replacement.", "need a battery replacement",
  "What battery voltage should trigger a replacement?", ctx=CSV_SENSORS)
Q("data", A, "aggregation", "What's the typical session length per device? It's for the product review and people will quote whatever number we give them.", "typical",
  "Session lengths are heavily skewed (mean 14 min, median 3 min); should I report the mean or the median?",
  ctx=CSV_WEB, opts=["mean", "median"])
Q("data", C, "context_conflict", "Filter the survey to respondents from the EU and compute mean satisfaction; the country column has ISO codes.", "the country column has ISO codes",
  "The country column holds full names ('Germany', 'Brazil'), not ISO codes; should I map names to EU membership?",
  ctx=CSV_SURVEY + "\ncountry sample values: 'Germany', 'Brazil', 'France', 'United States'")
Q("ops", M, "destination", "Set up log shipping for the new payments service so we can search its logs alongside everything else.", "alongside everything else",
  "Both Loki and the Elastic cluster are in use; which one should the payments service ship its logs to?",
  ctx="Logging: Loki (k8s services since 2023), Elastic cluster 'logs-prod' (VM-based services).")
Q("ops", M, "schedule", "Put the reporting database into the monthly patching rota like the other databases.", "the monthly patching rota",
  "Both patching windows (1st and 3rd Tuesday) are full; which slot should the reporting database get?",
  ctx="Patching rota: 1st Tue 22:00 (max 4 DBs; currently 4); 3rd Tue 22:00 (max 4 DBs; currently 4).")
Q("ops", A, "environment", "Add the new env var FEATURE_NEW_CHECKOUT=true and redeploy, product wants to demo it this afternoon.", "redeploy",
  "Should it be enabled in staging only for the demo, or also in production?",
  ctx="Environments: staging, production. Demo audience: external client (uses the staging URL for demos historically, but last demo used prod).")
Q("ops", C, "conflicting_instructions", "Rotate all the database passwords tonight, and don't restart any services — they read the password at startup only.", "don't restart any services",
  "If services only read the password at startup, they'll fail to reconnect after rotation unless restarted; can I restart them, or should I use a dual-password rollover?")
Q("writing", M, "facts", "Write the job description for the role we discussed on the call, we want it posted by Monday.", "the role we discussed on the call",
  "I don't have the call notes; what's the role, level, location and the key responsibilities?")
Q("writing", M, "length", "Write the executive summary for the board pack; it goes on the first page of the template.", "the first page of the template",
  "How long can it be — is there a word or character limit for that page?")
Q("writing", A, "tone", "Reply to the angry review on our Google listing.", "Reply",
  "The order record contradicts the review; should the reply apologise, or politely correct the facts?",
  ctx="Review (1 star): 'Never received my order, no refund.' Order record: delivered 3 Jun, signed by customer; refund issued 5 Jun.")
Q("writing", C, "conflicting_constraints", "Write the alt text for all 40 product photos in one sentence each, and keep the total under 100 words for the whole set.", "under 100 words for the whole set",
  "40 one-sentence alt texts can't fit in 100 words total; is the limit per image (e.g. under 100 characters each)?")
Q("general", C, "context_conflict", "Renew my parking permit for the same zone as before, it's zone B.", "it's zone B",
  "Your previous permit was for zone D, not B; which zone should the renewal be for?",
  ctx="Council account: permit #PK-20931, zone D, expires 30 Jun.")
Q("general", A, "referent", "Pay the invoice from the plumber.", "the invoice from the plumber",
  "There are two unpaid invoices from Drip Plumbing (call-out and the repair); pay both or one?",
  ctx="Unpaid: Drip Plumbing #881 call-out 80 GBP; Drip Plumbing #884 repair 420 GBP.")
Q("general", M, "address", "Get me a taxi to the venue for tonight's dinner, I'm at home.", "the venue",
  "The calendar event has no location; where is the dinner?",
  ctx="Calendar tonight: 19:30 'Dinner w/ Sofia & Tom' (no location).")

# clear
S("general", "Book the 07:45 Eurostar from London to Paris on 12 July, standard premier, window seat, for me only.")
S("general", "Cancel my Thursday 4pm with Jordan and send them a note saying I'm sick.", "Calendar Thu 16:00: 'Catch-up' with Jordan Lee (jordan@co.com).")
S("coding", "Write a function that returns True if a string is a valid IPv4 address (four dot-separated integers 0-255, no leading zeros).")
S("coding", "Add a `timeout=10` argument to every `requests.get` call in `scraper.py`; there are four of them.")
S("coding", "Make `Config.from_env()` read `APP_PORT` as an int, defaulting to 8000 if unset.")
S("sql", "Number of employees hired per year, oldest year first.", SC_HR)
S("sql", "Count the shipments that are still not delivered.", SC_SHIP)
S("sql", "List every subscription started in 2024 with the company name and plan.", SC_SUBS)
S("data", "What percentage of survey rows have an empty q3_free_text?", CSV_SURVEY)
S("data", "Save sales_2024.csv as Parquet, partitioned by region.", CSV_SALES)
S("ops", "Add a readiness probe to the api deployment hitting /ready on port 8080, period 10s.")
S("ops", "List the EC2 instances in eu-west-1 that are stopped.")
S("writing", "Write a 2-sentence reminder to the book club that we meet Thursday at 7 at Marta's place.")
S("writing", "Turn this into a numbered list: preheat oven to 200C, chop veg, toss with oil, roast 35 min, season.")

# ---------------------------------------------------------------------------
# MORE CONTRASTIVE PAIRS
# ---------------------------------------------------------------------------
P("general", A, "referent",
  "Call the pharmacy tomorrow at 10am and ask if my prescription is ready.",
  "Call the pharmacy and ask if my prescription is ready.",
  "the pharmacy",
  "Which pharmacy — Boots on High St or the Lloyds near work?",
  ctx=None, bctx="Saved places: Boots (High St), Lloyds Pharmacy (Canary Wharf). Prescription: sent electronically, pharmacy not recorded.")
P("coding", A, "vague_term",
  "Add input validation to `create_order`: quantity must be an integer from 1 to 99.",
  "Add input validation to `create_order` so quantities are reasonable.",
  "reasonable",
  "What range of quantities is valid (min and max)?")
P("coding", M, "error_handling",
  "When the currency API is down, `convert()` should fall back to the last cached rate and log a warning.",
  "When the currency API is down, `convert()` should do something sensible instead of crashing the checkout page for everyone.",
  "do something sensible",
  "What should happen when the API is down — use the last cached rate, block conversion, or show prices in the base currency?")
P("sql", M, "threshold",
  "List customers whose total completed-order revenue_net in 2024 is over 10,000.",
  "List our high-value customers in 2024 so sales can send them the loyalty offer before the end of the quarter.",
  "high-value customers",
  "What threshold defines a high-value customer (e.g. net revenue over some amount)?",
  ctx=SC_SHOP)
P("sql", C, "conflicting_instructions",
  "Count tickets opened in 2024 with priority 'high', grouped by team.",
  "Count tickets opened in 2024 with priority 'high', grouped by team, and include the low-priority ones in the same count too.",
  "include the low-priority ones in the same count too",
  "Should the count include only high-priority tickets, or high and low together?",
  ctx=SC_SUPPORT)
P("data", M, "period",
  "Compute the average humidity per sensor for 1-15 March.",
  "Compute the average humidity per sensor for the period when the HVAC was broken, the facilities people will know the dates.",
  "the period when the HVAC was broken",
  "What were the dates when the HVAC was broken?",
  ctx=CSV_SENSORS)
P("data", A, "column_choice",
  "Which source brings the most converted sessions?",
  "Which source is the best performer?",
  "the best performer",
  "Best by what — number of conversions, conversion rate, or sessions?",
  ctx=CSV_WEB, opts=["most conversions", "highest conversion rate", "most sessions"])
P("ops", M, "version",
  "Pin the base image in the Dockerfile to python:3.11.9-slim.",
  "Pin the base image in the Dockerfile so builds stop changing under us.",
  "Pin the base image",
  "Which version should it be pinned to — the one currently resolved (3.11.9) or a specific digest?",
  ctx="Dockerfile: FROM python:3-slim  (resolved today to 3.12.4; last release was built on 3.11.9)")
P("ops", C, "context_conflict",
  "Turn off the nightly snapshot job for the dev database.",
  "Turn off the nightly snapshot job for the dev database, it's not used for anything else.",
  "restore source for the daily QA environment rebuild",
  "The dev snapshots are also the restore source for the daily QA rebuild; should I turn them off anyway?",
  ctx="Job dev-db-snapshot: nightly 02:00.",
  bctx="Job dev-db-snapshot: nightly 02:00. Consumers: restore source for the daily QA environment rebuild (qa-reset, 06:00).",
  span_in="context")
P("writing", M, "details",
  "Write a reminder email that the quarterly all-hands is on 18 July, 3-4pm, in the main auditorium and on Zoom.",
  "Write a reminder email about the quarterly all-hands so people actually show up this time.",
  "the quarterly all-hands",
  "When and where is the all-hands (date, time, room/link)?")
P("writing", A, "format",
  "Turn these interview notes into a one-page candidate summary with strengths, concerns and a hire/no-hire recommendation.",
  "Turn these interview notes into a summary.",
  "a summary",
  "What kind of summary — for the hiring committee with a recommendation, or feedback to share with the candidate?",
  ctx="Notes: 4 interviewers, 3 'lean hire', 1 'no hire' (system design).")
P("general", C, "conflicting_constraints",
  "Find a 2-bedroom flat to rent in Bristol city centre under 1,600 GBP a month.",
  "Find a 2-bedroom flat to rent in Bristol city centre under 600 GBP a month, and it must be a new-build with a concierge.",
  "under 600 GBP a month",
  "New-build 2-beds with concierge in central Bristol rent for well over 600 GBP; which matters more, the budget or the building type?")
P("coding", C, "conflicting_examples",
  "Implement `human_size(n)`: bytes to a string with one decimal and binary units, e.g. 1536 -> '1.5 KiB', 1048576 -> '1.0 MiB'.",
  "Implement `human_size(n)`: bytes to a string with one decimal and binary units, e.g. 1536 -> '1.5 KiB', 1000000 -> '1.0 MB'.",
  "1000000 -> '1.0 MB'",
  "The second example uses decimal units (MB, 10^6) while the spec says binary; which unit system should it use?",
  opts=["binary (KiB, MiB)", "decimal (KB, MB)"])
P("sql", A, "referent",
  "Delete the rows in staging_orders that are duplicated on order_id, keeping the one with the latest loaded_at.",
  "Delete the duplicate rows in staging_orders.",
  "the duplicate rows",
  "Duplicate on which columns, and which copy should be kept?",
  ctx="staging_orders(order_id INT, payload JSONB, loaded_at TIMESTAMP)\n-- 1,204 order_ids appear more than once, payloads differ in 310 of them")

Q("general", M, "recipient", "Forward the quote to the client so they can sign off before the end of the week.", "the client",
  "Which client — the quote is for Harbour Dental but the thread also involves their agency; who should receive it?",
  ctx="Thread 'Website redesign quote': Harbour Dental (dr.ames@harbourdental.co.uk) and their agency Pixelworks (ops@pixelworks.io).")
Q("coding", A, "unit", "Change the cache TTL to 5.", "5",
  "The setting is in seconds (currently 300); do you mean 5 seconds or 5 minutes?",
  ctx="settings.py: CACHE_TTL = 300  # seconds")
Q("sql", M, "period", "I need the revenue_net per segment for the board, completed orders only, in EUR. Sort segments alphabetically.", None,
  "For which period?", ctx=SC_SHOP)
Q("data", C, "conflicting_instructions", "Remove all rows with any missing value, and keep all respondents in the analysis so the n stays at 2,114.", "keep all respondents",
  "Dropping rows with missing values will lower n below 2,114; should I drop them or impute?", ctx=CSV_SURVEY + "\n(611 rows have at least one missing value)")
Q("ops", A, "scope", "Give the contractor access to the repo.", "the repo",
  "Which repository, and what access level (read, write, admin)?",
  ctx="GitHub org: 63 repositories.")
Q("writing", C, "context_conflict", "Write an RSVP to the gala saying I'll bring my partner, as the invitation allows a plus-one.", "as the invitation allows a plus-one",
  "The invitation is addressed to you only and says 'this invitation is non-transferable and for one guest'; should I ask the host about a plus-one instead?",
  ctx="Invitation: 'Dear Ms. Ortiz, ... This invitation admits one guest and is non-transferable. RSVP by 1 Oct.'")
S("general", "Set my phone to do not disturb from 10pm to 7am every night.")
S("sql", "How many orders were placed on weekends in 2024?", SC_SHOP)
S("data", "Export the per-sensor daily max temperature to daily_max.csv.", CSV_SENSORS)
S("ops", "Check the certificate expiry date for api.example.com.")
S("coding", "Write a Python context manager that times the block it wraps and prints the elapsed seconds.")
S("writing", "Write three alternative opening lines for a cover letter for a junior UX designer role at a travel startup.")


# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------

def _resolve(it):
    s = it.pop("span_str")
    where = it.pop("span_in")
    if it["label"] == 0:
        it["span"] = None
        it["span_in"] = "text"
        return it
    if s is None:
        it["span"] = None
        it["span_in"] = where or "text"
        return it
    if where is None:
        where = "text" if s in it["text"] else "context"
    src = it["text"] if where == "text" else (it["context"] or "")
    i = src.find(s)
    if i < 0:
        raise ValueError("span %r not found in %s of: %r" % (s, where, it["text"]))
    it["span"] = [i, i + len(s)]
    it["span_in"] = where
    return it


def build(path=None):
    items = [_resolve(dict(r)) for r in _RAW]
    seen = set()
    for it in items:
        key = (it["text"], it["context"])
        if key in seen:
            raise ValueError("duplicate item: %r" % (it["text"],))
        seen.add(key)
        if it["label"] == 1:
            assert it["type"] in (M, A, C), it
            assert it["question"], it
        else:
            assert it["type"] is None and it["question"] is None
        assert it["domain"] in ("coding", "sql", "data", "general", "ops",
                                "writing"), it["domain"]
    rng = random.Random(20240607)
    rng.shuffle(items)
    gmap = {}
    out = []
    for n, it in enumerate(items):
        g = it.pop("g")
        if g not in gmap:
            gmap[g] = "v-%04d" % (len(gmap) + 1)
        out.append({
            "id": "val-%06d" % (n + 1), "group": gmap[g],
            "domain": it["domain"], "text": it["text"],
            "context": it["context"], "label": it["label"],
            "type": it["type"], "subtype": it["subtype"],
            "span": it["span"], "span_in": it["span_in"],
            "question": it["question"], "options": it["options"],
        })
    path = path or os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "validation.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    return out


def _report(out):
    labels = [o["label"] for o in out]
    print("items:", len(out))
    print("labels:", dict(Counter(labels)))
    print("types (label 1):", dict(Counter(o["type"] for o in out if o["label"])))
    print("domains:", dict(Counter(o["domain"] for o in out)))
    print("domain x label:", dict(Counter((o["domain"], o["label"]) for o in out)))
    print("span_in (label 1):", dict(Counter(o["span_in"] for o in out if o["label"])))
    print("with context:", sum(1 for o in out if o["context"]))
    gsize = Counter(o["group"] for o in out)
    paired = sum(1 for o in out if gsize[o["group"]] > 1)
    print("in contrastive pairs: %d (%.0f%%)" % (paired, 100.0 * paired / len(out)))
    lt = [len(o["text"]) for o in out]
    lc = [len(o["text"]) + len(o["context"] or "") for o in out]
    print("length-only AUROC (text chars): %.3f" % _auroc(lt, labels))
    print("length-only AUROC (text words): %.3f" % _auroc([len(o["text"].split()) for o in out], labels))
    print("length-only AUROC (text+context chars): %.3f" % _auroc(lc, labels))


if __name__ == "__main__":
    _report(build())
