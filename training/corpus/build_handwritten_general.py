"""Hand-written probe training data: general assistant and writing work.

Every request below was written out by hand (no slot-filling templates).
Deterministic, stdlib only.  Writes training/corpus/handwritten_general.jsonl
next to this file and prints summary counts plus the length-only AUROC.

Usage: python training/corpus/build_handwritten_general.py
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

from training.corpus._stats import auroc as _auroc

OUT = Path(__file__).with_name("handwritten_general.jsonl")

_ROWS: list[dict] = []
_GROUP = [0]

G, W = "general", "writing"


def _new_group() -> str:
    _GROUP[0] += 1
    return f"hwg-g{_GROUP[0]:04d}"


def _row(group, dom, text, ctx, label, typ=None, sub="complete", span=None,
         q=None, where="text", options=None):
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
        if not q or not q.endswith("?") or typ not in ("missing", "ambiguous", "contradictory"):
            raise ValueError(f"bad label-1 item: {text[:60]}")
    _ROWS.append({
        "group": group, "domain": dom, "text": text, "context": ctx,
        "label": label, "type": typ if label else None,
        "subtype": sub if label else "complete",
        "span": span_pos, "span_in": span_in,
        "question": q if label else None, "options": list(options or []),
    })


def ok(dom, text, ctx=None):
    """Stand-alone complete request (label 0)."""
    _row(_new_group(), dom, text, ctx, 0)


def blk(dom, text, ctx, typ, sub, span, q, where="text", options=None):
    """Stand-alone request with a blocker (label 1)."""
    _row(_new_group(), dom, text, ctx, 1, typ, sub, span, q, where, options)


def pair(dom, good, bad):
    """Contrastive pair sharing a group.

    good = (text, ctx)
    bad  = (text, ctx, type, subtype, span, question[, where[, options]])
    """
    g = _new_group()
    _row(g, dom, good[0], good[1], 0)
    t, c, typ, sub, span, q, *rest = bad
    where = rest[0] if rest else "text"
    opts = rest[1] if len(rest) > 1 else None
    _row(g, dom, t, c, 1, typ, sub, span, q, where, opts)


M, A, C = "missing", "ambiguous", "contradictory"

# ---------------------------------------------------------------------------
# Batch 1: travel, bookings, email, calendar (pairs + stand-alone)
# ---------------------------------------------------------------------------

pair(G,
     ("Book me a table for four at Lupa this Friday at 7:30pm, inside if they have it.", None),
     ("Book me a table at Lupa this Friday at 7:30pm, inside if they have it, thanks!", None,
      M, "quantity", "Book me a table", "How many people should the Lupa reservation be for?"))

pair(G,
     ("Find me a flight from Boston to Denver on March 12, leaving after 9am, economy, under $350.", None),
     ("Find me a flight to Denver on March 12, leaving after 9am, economy, under $350 please.", None,
      M, "location", "a flight to Denver", "Which city should the flight to Denver depart from?"))

pair(G,
     ("reply to Sam and tell him the venue is confirmed",
      "Thread: 'Venue for offsite'\nFrom: Sam Ortiz <sam.ortiz@brightlane.com>\n> Any update on the venue?\nFrom: Priya Nair\n> Following too."),
     ("reply to Sam and tell him the venue is confirmed",
      "Thread: 'Venue for offsite'\nFrom: Sam Ortiz <sam.ortiz@brightlane.com>\n> Any update on the venue?\nFrom: Sam Lee <slee@brightlane.com>\n> Following too, also need to know for catering.",
      A, "recipient", "Sam Lee <slee@brightlane.com>",
      "Which Sam should get the reply: Sam Ortiz or Sam Lee (or both)?", "context"))

pair(G,
     ("Move my 3pm tomorrow to 4pm.",
      "Calendar, Tue 14 May:\n10:00-10:30 Standup\n15:00-15:45 Design review with Ana\n17:00-17:30 1:1 with Marco"),
     ("Move my 3pm tomorrow to 4pm.",
      "Calendar, Tue 14 May:\n10:00-10:30 Standup\n15:00-15:45 Design review with Ana\n15:00-15:30 Vendor call (Kestrel)\n17:00-17:30 1:1 with Marco",
      A, "referent", "15:00-15:30 Vendor call (Kestrel)",
      "Which 3pm meeting should move to 4pm: the design review with Ana or the Kestrel vendor call?", "context"))

pair(G,
     ("Email the landlord that I'll have the rent to him by Friday the 7th, sorry for the delay.",
      "Email from landlord (Greg Holt): 'Hi, rent was due on the 1st, when can I expect it?'"),
     ("Email the landlord that I'll have the rent to him by Friday, sorry for the delay.",
      "Email from landlord (Greg Holt): 'Hi, rent was due on the 1st. Please note I need it no later than Thursday the 6th or a late fee applies.'",
      C, "context_conflict", "no later than Thursday the 6th",
      "The landlord says Thursday the 6th is the last day before a late fee; should I still promise Friday, or say Thursday?", "context"))

pair(G,
     ("Book the cheapest refundable room at the Hilton Garden Inn near the airport for the nights of June 3 and 4.", None),
     ("Book the cheapest refundable room at the Hilton Garden Inn for the nights of June 3 and 4.",
      "Search results: Hilton Garden Inn Portland Airport ($149), Hilton Garden Inn Portland Downtown ($189), Hilton Garden Inn Lake Oswego ($139)",
      A, "entity_identity", "Hilton Garden Inn",
      "Which Hilton Garden Inn should I book: Portland Airport, Downtown, or Lake Oswego?"))

pair(G,
     ("Can you schedule a 30 min call with Dana next week? Any afternoon works for me, she's in the same timezone.", None),
     ("Can you schedule a call with Dana next week? I'm free any afternoon, she's in the same timezone too.",
      "Contacts: Dana Whitfield (Acme, client), Dana Ruiz (sister)",
      A, "recipient", "Dana Whitfield (Acme, client), Dana Ruiz (sister)",
      "Which Dana is the call with: Dana Whitfield from Acme or your sister Dana Ruiz?", "context"))

pair(G,
     ("Order more of the coffee beans I got last time, same size.",
      "Order history:\n- 2 Apr: Stumptown Hair Bender, 12oz whole bean\n- 2 Apr: Paper filters #4, 100ct"),
     ("Order more of the coffee beans I got last time, same size.",
      "Order history:\n- 2 Apr: Stumptown Hair Bender, 12oz whole bean\n- 2 Apr: Counter Culture Big Trouble, 2lb whole bean\n- 2 Apr: Paper filters #4, 100ct",
      A, "referent", "Counter Culture Big Trouble, 2lb whole bean",
      "Which beans should I reorder: the Stumptown Hair Bender 12oz or the Counter Culture Big Trouble 2lb?", "context"))

pair(W,
     ("Write a short thank-you note to my neighbour Ruth for watering the plants while we were in Lisbon.", None),
     ("Write a short thank-you note to my neighbour for watering the plants while we were in Lisbon.",
      "Contacts tagged neighbour: Ruth Adler (no. 12), Tom Baines (no. 16)",
      A, "recipient", "Ruth Adler (no. 12), Tom Baines (no. 16)",
      "Which neighbour watered the plants: Ruth Adler or Tom Baines?", "context"))

pair(W,
     ("Translate this into Spanish for our Mexico City office: 'The office will close at 3pm on Friday for maintenance.'", None),
     ("Translate this for our regional offices: 'The office will close at 3pm on Friday for maintenance.'", None,
      M, "language", "Translate this for our regional offices",
      "Which language(s) should the notice be translated into?"))

pair(G,
     ("Cancel my dentist appointment on the 22nd and ask them for the next free slot after the 29th.",
      "Calendar: 22 Oct 09:00 Dentist - Dr. Kaur (Smile Dental)"),
     ("Cancel my dentist appointment and ask them for the next free slot after the 29th.",
      "Calendar: 22 Oct 09:00 Dentist - Dr. Kaur (Smile Dental)\n5 Nov 16:00 Dentist - Dr. Kaur (Smile Dental), hygienist",
      A, "referent", "Cancel my dentist appointment",
      "Which dentist appointment should I cancel: 22 Oct at 9:00 or the 5 Nov hygienist visit?"))

pair(G,
     ("Pay the electricity bill from the joint account.",
      "Bills due: City Power $84.20 due 18 Jun\nAccounts: Joint checking (...4471), Personal checking (...0932)"),
     ("Pay the electricity bill from the joint account.",
      "Bills due: City Power $84.20 due 18 Jun\nAccounts: Joint checking (...4471), Joint savings (...5520), Personal checking (...0932)",
      A, "entity_identity", "Joint checking (...4471), Joint savings (...5520)",
      "Which joint account should pay City Power: joint checking ...4471 or joint savings ...5520?", "context"))

pair(W,
     ("Draft a LinkedIn post announcing that I've joined Northwind as Head of Data, upbeat but not cheesy, under 120 words.", None),
     ("Draft a LinkedIn post announcing my new job, upbeat but not cheesy, under 120 words.", None,
      M, "entity_identity", "announcing my new job",
      "What is the new role and which company have you joined?"))

pair(G,
     ("Send Mark the Q3 deck.",
      "Files: Q3_board_deck_final.pptx\nContacts: Mark Feld (CFO)"),
     ("Send Mark the Q3 deck.",
      "Files: Q3_board_deck_final.pptx, Q3_sales_deck_v2.pptx\nContacts: Mark Feld (CFO)",
      A, "referent", "Q3_board_deck_final.pptx, Q3_sales_deck_v2.pptx",
      "Which Q3 deck should go to Mark: the board deck or the sales deck?", "context"))

pair(G,
     ("Set up a recurring reminder every other Monday at 8am to submit my timesheet.", None),
     ("Set up a recurring reminder on Mondays at 8am to submit my timesheet, every other week, no wait, every week. Actually every other.", None,
      C, "conflicting_instructions", "every other week, no wait, every week. Actually every other",
      "Should the timesheet reminder repeat every Monday or every other Monday?"))

pair(W,
     ("Summarize this thread in 3 bullets for my boss, who wasn't on it.",
      "Thread (6 msgs): vendor delayed shipment of laptops to 20 May; IT proposes loaners; finance approved $2k for loaners; HR to tell new hires."),
     ("Summarize this thread for my boss in 3 bullets, but also include every message in full so nothing gets lost.",
      "Thread (6 msgs): vendor delayed shipment of laptops to 20 May; IT proposes loaners; finance approved $2k for loaners; HR to tell new hires.",
      C, "conflicting_instructions", "also include every message in full",
      "Do you want a 3-bullet summary or the full messages included (the two don't fit together)?"))

pair(G,
     ("Book a train from London to Manchester next Thursday, the 9:03 if it has seats, standard class, forward-facing.", None),
     ("Book a train from London to Manchester next Thursday morning, standard class, forward-facing, return the same day.", None,
      M, "time", "return the same day",
      "What time do you want the return train from Manchester?"))

pair(G,
     ("Renew my passport online; I've uploaded the photo already.",
      "Passport: expires 04/2025. Photo uploaded 2 days ago. Address on file: 12 Elm St."),
     ("Renew my passport online with my current address.",
      "Passport: expires 04/2025. Address on file: 12 Elm St.\nNote from user last week: 'we moved to 48 Birch Rd on the 1st'",
      C, "context_conflict", "we moved to 48 Birch Rd on the 1st",
      "The passport file says 12 Elm St but you mentioned moving to 48 Birch Rd; which address should go on the renewal?", "context"))

pair(W,
     ("Rewrite this paragraph to be more formal, keep it about the same length.",
      "Draft: 'hey all, the new expense tool goes live monday. pls submit anything old before then or it gets messy.'"),
     ("Rewrite this paragraph to be more formal and cut it to half the length but keep every detail and add examples.",
      "Draft: 'hey all, the new expense tool goes live monday. pls submit anything old before then or it gets messy.'",
      C, "conflicting_instructions", "cut it to half the length but keep every detail and add examples",
      "Both can't be done at once; should I prioritise halving the length or adding examples?"))

pair(G,
     ("Order a birthday cake for Leo's party, chocolate, serves 12, pickup Saturday 10am at the Main St bakery.", None),
     ("Order a birthday cake for Leo's party, chocolate, serves 12, pickup Saturday at the Main St bakery.",
      "Calendar: Sat 11:00 Leo's party (our place)",
      M, "time", "pickup Saturday",
      "What time on Saturday should the cake be ready for pickup (the party starts at 11)?"))

pair(G,
     ("Forward the invoice from Kestrel to accounts payable.",
      "Inbox: 'Invoice #2291' from billing@kestrel.io, 3 Jun\nContacts: Accounts Payable <ap@ourco.com>"),
     ("Forward the invoice from Kestrel to accounts payable.",
      "Inbox: 'Invoice #2291' from billing@kestrel.io, 3 Jun\n'Invoice #2291 - CORRECTED' from billing@kestrel.io, 5 Jun\nContacts: Accounts Payable <ap@ourco.com>",
      A, "referent", "'Invoice #2291 - CORRECTED'",
      "Should I forward the original invoice #2291 or the corrected one from 5 Jun?", "context"))

pair(G,
     ("Find a hotel in Kyoto for 3 nights from Oct 10, under 20,000 yen a night, near a subway stop.", None),
     ("Find a hotel in Kyoto for 3 nights from Oct 10, somewhere cheap-ish but nice, near a subway stop.", None,
      A, "budget", "somewhere cheap-ish but nice",
      "What is your nightly budget for the Kyoto hotel?"))

pair(G,
     ("Book something cheap for dinner near the hotel Thursday, two people, 8pm.",
      "User profile: dining budget 'under $30 per person'. Hotel: The Marlow, Cambridge MA."),
     ("Book something for dinner near the hotel Thursday, two people, 8pm.",
      "Upcoming stays: The Marlow, Cambridge MA (Wed-Fri); Hotel Zetta, San Francisco (Thu-Sat)",
      A, "location", "The Marlow, Cambridge MA (Wed-Fri); Hotel Zetta, San Francisco (Thu-Sat)",
      "Which hotel should dinner be near on Thursday: The Marlow in Cambridge or Hotel Zetta in San Francisco?", "context"))

pair(W,
     ("Write an out-of-office message: away Aug 5-16, urgent stuff to Kim Park (kim.park@ourco.com).", None),
     ("Write an out-of-office message: away Aug 5-16, urgent stuff goes to my backup.", None,
      M, "recipient", "goes to my backup",
      "Who is your backup, and what email address should the out-of-office give for them?"))

pair(G,
     ("Tell the plumber Tuesday between 1 and 3 works.",
      "SMS from Joe (plumber): 'Can come Tue 1-3 or Wed morning, which suits?'"),
     ("Tell the plumber that works.",
      "SMS from Joe (plumber): 'Can come Tue 1-3 or Wed morning, which suits?'",
      A, "date", "Tell the plumber that works",
      "Which slot should I confirm with Joe: Tuesday 1-3 or Wednesday morning?"))

pair(G,
     ("Return the blue running shoes from my last order, they're too small. Refund to card.",
      "Order #5512 (delivered 2 May): Brooks Ghost 15, blue, size 9; Running socks 3-pack"),
     ("Return the running shoes from my last order, they're too small. Refund to card.",
      "Order #5512 (delivered 2 May): Brooks Ghost 15, blue, size 9; Brooks Ghost 15, black, size 9.5; Running socks 3-pack",
      A, "referent", "Brooks Ghost 15, blue, size 9; Brooks Ghost 15, black, size 9.5",
      "Which pair should be returned: the blue size 9 or the black size 9.5 (or both)?", "context"))

pair(W,
     ("Make the intro of the report punchier. Keep the figures as they are.",
      "Report intro: 'This report looks at how we did in Q2. Revenue was $4.1M, up 8%. Churn fell to 3.2%.'"),
     ("Make the intro of the report punchier.",
      "Files open: Q2_report.docx, Q2_report_v2_Jenna_edits.docx (both have different intros)",
      A, "referent", "Q2_report.docx, Q2_report_v2_Jenna_edits.docx",
      "Which version's intro should I edit: Q2_report.docx or Jenna's v2?", "context"))

pair(G,
     ("Put 'Mum's birthday' in my calendar for 17 September, all day, repeating yearly.", None),
     ("Put Mum's birthday in my calendar, all day, repeating yearly.", None,
      M, "date", "Put Mum's birthday in my calendar",
      "What date is your mum's birthday?"))

pair(G,
     ("Transfer $500 from savings to checking today.",
      "Accounts: Savings (...2210) $8,400; Checking (...7731) $312"),
     ("Transfer the usual amount from savings to checking today.",
      "Accounts: Savings (...2210) $8,400; Checking (...7731) $312\nPast transfers: $500 (Mar), $750 (Apr), $500 (May), $1,000 (Jun)",
      A, "quantity", "the usual amount",
      "How much should I transfer: past transfers were $500, $750 and $1,000. Which amount?"))

pair(W,
     ("Turn these notes into a 5-slide deck for the all-hands: one title slide and one slide per topic.",
      "Notes: hiring update (3 new engineers); office move to 4th floor in July; Q2 OKR scores; benefits enrollment deadline 30 June."),
     ("Turn these notes into a deck for the all-hands.",
      "Notes: hiring update (3 new engineers); office move to 4th floor in July; Q2 OKR scores; benefits enrollment deadline 30 June.\nMsg from Priya earlier: 'all-hands is cancelled this month, we'll do an email instead'",
      C, "context_conflict", "all-hands is cancelled this month, we'll do an email instead",
      "Priya said this month's all-hands is cancelled in favour of an email; do you still want slides, or an email version?", "context"))

# Stand-alone, batch 1
ok(G, "Book me a table for 2 at Nopa tomorrow at 8.")
ok(G, "Can you order another pack of the same printer ink as last time?",
   "Order history: 14 Feb - HP 63XL black ink, 2-pack")
ok(W, "Write a short note for a sympathy card for my coworker Ellen, whose father passed away. Something simple and warm.")
ok(G, "whats on my calendar tmrw", "Calendar Wed: 09:00 Gym; 13:00 Lunch with Raj; 16:00 Parent-teacher conf")
ok(G, "Reply to the last email from Nina and say yes, Thursday works.",
   "Inbox: Nina Park, 'Coffee Thursday?' - 'Are you free Thursday at 10?'")
ok(W, "Fix the typos in this and don't change anything else.",
   "Text: 'Thnak you for your order. It will ship within 3 buisness days.'")
ok(G, "Remind me to call the bank at 9am on Monday.")
ok(G, "Add milk, eggs, and some bread to the shopping list.")
ok(W, "Translate 'Happy retirement, we'll miss you' into French for a card.")
ok(G, "Hey, could you check whether my package from Zara has shipped yet?",
   "Orders: Zara #ZA-88120, placed 3 Jun, status: shipped 5 Jun, tracking DHL 4471002")
blk(G, "Book the flight we talked about.", None, M, "referent", "the flight we talked about",
    "Which flight do you mean: what route and date?")
blk(G, "Send the contract to the client by end of day.",
    "Clients with open contracts: Halcyon Labs (MSA draft v3), Pinegrove Dental (SOW v1)",
    A, "recipient", "Halcyon Labs (MSA draft v3), Pinegrove Dental (SOW v1)",
    "Which client should get the contract: Halcyon Labs or Pinegrove Dental?", "context")
ok(W, "Write a reply to this complaint.",
   "Customer email: 'My order arrived broken, I want a refund.'\nPolicy: damaged items get replacement OR refund, customer's choice; agent must not promise refund before photo is received.")
blk(G, "Schedule the team lunch for next Friday.",
    "Team calendar next Fri: Ana OOO; Bo 12-1 busy; Chen free; restaurant list: Sato, Casa Mia",
    M, "location", "Schedule the team lunch for next Friday",
    "Which restaurant should I book for the team lunch: Sato or Casa Mia?")
blk(G, "can u cancel my order", "Orders: #7712 (processing) headphones; #7719 (processing) phone case",
    A, "referent", "#7712 (processing) headphones; #7719 (processing) phone case",
    "Which order should I cancel: #7712 (headphones) or #7719 (phone case)?", "context")
blk(W, "Write the newsletter intro. Keep it short, under 50 words, and make sure to cover all eight product updates in detail.",
    None, C, "conflicting_instructions", "under 50 words, and make sure to cover all eight product updates in detail",
    "Should the intro stay under 50 words or cover all eight updates in detail?")
blk(G, "Rebook my flight for the same time the next day.",
    "Bookings: UA 1123 SFO-ORD 14 Jul 07:10; UA 2290 ORD-SFO 18 Jul 18:45",
    A, "referent", "UA 1123 SFO-ORD 14 Jul 07:10; UA 2290 ORD-SFO 18 Jul 18:45",
    "Which flight should be moved a day: the 14 Jul SFO-ORD or the 18 Jul ORD-SFO?", "context")
blk(G, "Tell HR I'm taking Friday off.",
    "Today is Friday 7 March, 16:40.",
    A, "date", "Friday",
    "Do you mean today (Friday 7 March) or next Friday, 14 March?")


# ---------------------------------------------------------------------------
# Batch 2: email and messages on someone's behalf, customer support replies
# ---------------------------------------------------------------------------

pair(W,
     ("Reply to Carla: we can't do the 15% discount she asked for, but we can offer 10% on orders over 200 units. Friendly tone.",
      "Email from Carla Mendes (Orbit Supplies): 'Could you do 15% off our next order of 250 units?'"),
     ("Reply to Carla: we can't do the discount she asked for, but offer her the same deal as last time. Friendly tone.",
      "Email from Carla Mendes (Orbit Supplies): 'Could you do 15% off our next order of 250 units?'\nPrevious deals with Orbit: none on record.",
      M, "referent", "the same deal as last time",
      "There's no previous deal with Orbit on record; what discount should I offer Carla?"))

pair(W,
     ("Reply to the customer, apologise for the late delivery and tell them we've refunded the $7.99 shipping fee.",
      "Ticket #4410 from Jon Reyes: 'Paid for 2-day shipping, arrived in 6 days.' Order: shipping fee $7.99 (refunded 12 May)."),
     ("Reply to the customer, apologise for the late delivery and tell them we've refunded the shipping fee.",
      "Ticket #4410 from Jon Reyes: 'Paid for 2-day shipping, arrived in 6 days.' Order: shipping fee $7.99. Refund status: not issued.",
      C, "context_conflict", "Refund status: not issued.",
      "The order shows the shipping refund hasn't been issued yet; should I issue it before replying, or word the reply as 'we will refund'?", "context"))

pair(G,
     ("Text my wife I'll be 20 minutes late.", "Contacts: Maya (wife)"),
     ("Text my wife I'll be 20 minutes late, and cc my mom so she knows too. Just a text to my wife only please.", "Contacts: Maya (wife), Linda (mom)",
      C, "conflicting_instructions", "cc my mom so she knows too. Just a text to my wife only",
      "Should your mom get the message too, or only Maya?"))

pair(W,
     ("Draft a polite reminder to Blue Fern Catering that their invoice #118 for $1,240 is 14 days overdue.", None),
     ("Draft a polite reminder to Blue Fern Catering that their invoice is overdue.",
      "Open invoices for Blue Fern Catering: #118 $1,240 (14 days overdue), #124 $860 (3 days overdue)",
      A, "referent", "#118 $1,240 (14 days overdue), #124 $860 (3 days overdue)",
      "Should the reminder cover invoice #118, #124, or both?", "context"))

pair(G,
     ("Forward Jamie's email about the parking permits to the whole facilities list.",
      "Inbox: Jamie Cole, 'Parking permits for Q3' (2 Jul)\nLists: facilities@ourco.com"),
     ("Forward Jamie's email about the parking permits to facilities.",
      "Inbox: Jamie Cole, 'Parking permits for Q3' (2 Jul)\nLists: facilities@ourco.com (120 people), facilities-leads@ourco.com (4 people)",
      A, "recipient", "facilities@ourco.com (120 people), facilities-leads@ourco.com (4 people)",
      "Should it go to the full facilities list (120 people) or just facilities-leads (4)?", "context"))

pair(W,
     ("Answer this support question using our policy.",
      "Customer: 'Can I return an opened blender after 20 days?'\nPolicy: Returns accepted within 30 days, opened or unopened, with receipt."),
     ("Answer this support question using our policy.",
      "Customer: 'Can I return an opened blender after 20 days?'\nPolicy (2023): Returns accepted within 30 days, opened or unopened.\nPolicy (2024 update): Opened small appliances: 14 days only.",
      C, "context_conflict", "Policy (2024 update): Opened small appliances: 14 days only.",
      "Two policy versions disagree (30 days vs 14 days for opened appliances); which one currently applies?", "context"))

pair(G,
     ("Decline the meeting invite from Victor for Wednesday and say I'm travelling.",
      "Invites: Victor Osei - 'Pricing sync' Wed 11:00"),
     ("Decline the meeting invite from Victor and say I'm travelling.",
      "Invites: Victor Osei - 'Pricing sync' Wed 11:00; Victor Osei - 'Roadmap review' Fri 14:00\nTravel: Wed-Thu Chicago",
      A, "referent", "Victor Osei - 'Pricing sync' Wed 11:00; Victor Osei - 'Roadmap review' Fri 14:00",
      "Which of Victor's invites should I decline: Wednesday's pricing sync, Friday's roadmap review, or both?", "context"))

pair(W,
     ("Write a 2-line WhatsApp message to the group saying the hike is moved to Sunday 8am, same trailhead.", None),
     ("Write a 2-line WhatsApp message to the group saying the hike is moved, same trailhead.", None,
      M, "date", "the hike is moved",
      "What day and time is the hike moved to?"))

pair(W,
     ("Reply to the recruiter and say I'm not interested right now but happy to stay in touch.",
      "Email from Lena Fischer (TalentBridge): 'Would you be open to a Staff Engineer role at a fintech?'"),
     ("Reply to the recruiter and say I'm not interested right now but happy to stay in touch.",
      "Email from Lena Fischer (TalentBridge): 'Staff Engineer role at a fintech?'\nEmail from Omar Haddad (Hirewise): 'Quick chat about a Head of Platform role?'",
      A, "recipient", "Email from Omar Haddad (Hirewise)",
      "Which recruiter should I reply to: Lena Fischer (TalentBridge) or Omar Haddad (Hirewise)?", "context"))

pair(G,
     ("Email the team that the standup moves to 9:45 starting Monday.", "Team list: eng-core@ourco.com"),
     ("Email the team that the standup moves to 9:45 starting Monday. Keep it at 9:30 on Mondays though.", "Team list: eng-core@ourco.com",
      C, "conflicting_instructions", "starting Monday. Keep it at 9:30 on Mondays",
      "Does the 9:45 time apply from this Monday, or should Mondays stay at 9:30?"))

pair(W,
     ("Write a response to this one-star review: apologise, mention we've retrained the weekend staff, invite them back with 20% off.",
      "Review (1 star): 'Waited 40 minutes for cold food on Saturday. Never again.'"),
     ("Write a response to this one-star review: apologise and offer them something to come back.",
      "Review (1 star): 'Waited 40 minutes for cold food on Saturday. Never again.'",
      M, "vague_term", "offer them something",
      "What should the offer be (e.g. a discount percentage or a free item)?"))

pair(G,
     ("Send Priya the Zoom link for tomorrow's 2pm.",
      "Calendar tomorrow: 14:00 Interview loop - candidate P. Shah (Zoom: zoom.us/j/8812)"),
     ("Send Priya the Zoom link for tomorrow's 2pm.",
      "Calendar tomorrow: 14:00 Interview loop (Zoom: zoom.us/j/8812)\nContacts: Priya Shah (candidate), Priya Raman (interviewer)",
      A, "recipient", "Priya Shah (candidate), Priya Raman (interviewer)",
      "Which Priya should get the link: Priya Shah (the candidate) or Priya Raman (the interviewer)?", "context"))

pair(W,
     ("Write a message for the team channel congratulating Ines on her promotion to Senior Designer.", None),
     ("Write a message for the team channel congratulating Ines on her promotion.",
      "Message from manager (yesterday): 'Ines's promotion is confidential until HR announces it on the 30th.'",
      C, "context_conflict", "confidential until HR announces it on the 30th",
      "The manager said Ines's promotion is confidential until the 30th; should I draft it now to post after the 30th, or hold off?", "context"))

pair(G,
     ("Let Mr. Tanaka know his order will ship Tuesday instead of Monday.",
      "Customer: Hiro Tanaka, order #3310, ship date changed to Tue"),
     ("Let Mr. Tanaka know his order will ship Tuesday instead of Monday.",
      "Customers named Tanaka with pending orders: Hiro Tanaka #3310 (ship Mon), Kenji Tanaka #3318 (ship Mon)",
      A, "entity_identity", "Hiro Tanaka #3310 (ship Mon), Kenji Tanaka #3318 (ship Mon)",
      "Which Mr. Tanaka's order is delayed: Hiro (#3310) or Kenji (#3318)?", "context"))

pair(W,
     ("Write a brief apology email to the clients on the beta list: the launch slips from June 1 to June 15.", None),
     ("Write a brief apology email to clients on the beta list: the launch slips by two weeks to June 8.",
      "Original launch date (announced): June 1",
      C, "conflicting_instructions", "two weeks to June 8",
      "Two weeks after June 1 is June 15, not June 8; which new launch date is correct?"))

# stand-alone batch 2
ok(W, "Reply to Tom: thanks, got it, will review by Friday.", "Email from Tom Reed: 'Attached is the draft budget.'")
ok(W, "Write back to the customer saying we'll send a replacement charger today and no need to return the faulty one.",
   "Ticket #8821: 'My charger stopped working after a week.' Customer: Ada Brooks")
ok(G, "email the babysitter that we're back by 11 not 10", "Contacts: Kayla (babysitter)")
ok(W, "Could you reply to that vendor and say we'll pass for now? Keep it short and polite, whatever sounds natural.",
   "Email from Greenline Print: 'Would you like a quote for 5,000 flyers?'")
ok(W, "Respond to this, something nice, she's my aunt.", "Message from Aunt Joan: 'Saw the photos of the baby, she's gorgeous!!'")
ok(G, "Tell everyone on the thread I'm out sick today.", "Thread 'Sprint planning': you, Ravi, Meg, Tom")
ok(W, "Please write a two-sentence auto-reply for the support inbox saying we answer within one business day.")
ok(W, "Polish this email a bit, it's to my professor.",
   "Draft: 'hi prof lin, i missed class tuesday because i was sick, can i get the slides? thanks, eva'")
ok(G, "Send Dad the photos from Saturday.", "Albums: 'Sat 8 Jun - Lake day' (42 photos)\nContacts: Dad (Robert Kim)")
ok(W, "Reply to the customer asking where their refund is. The refund was processed on the 3rd, takes 5-7 business days.",
   "Ticket #6602 from Mo Ali: 'Still no refund, what's going on?'")
ok(G, "Accept the invite from Hannah.", "Invites: Hannah Cho - 'Lunch & learn: Figma tips' Thu 12:30")
ok(W, "Write a reply to the landlord: the leak under the sink is back, can someone come this week? mornings are best.",
   "Landlord: Greg Holt")
ok(G, "Can you let the group chat know I'm bringing the drinks?", "Group chat: 'BBQ Saturday' (8 people)")
ok(W, "Draft a friendly nudge to Olivia about the signed NDA, it's been a week.",
   "Sent 7 days ago to Olivia Grant: 'NDA for review - please sign and return'")
ok(W, "Write a reply telling Ben we'll take the 3-year plan at the price he quoted.",
   "Email from Ben Ito (CloudNest): 'Quote: 1-year $12k/yr, 3-year $10k/yr.'")
ok(G, "forward this to my personal email", "Current email: 'Boarding pass - AA 221'\nUser personal email on file: jess.m@fastmail.com")
ok(W, "Write a message to the neighbours' group: lost grey cat, answers to Miso, last seen near the park Tuesday evening, call 555-0147.")
ok(W, "respond to the customer, the item is back in stock and I've put one aside for them til Friday",
   "Chat from Rosa Diaz: 'Any chance the green lamp comes back in stock?'")
blk(W, "Reply to the customer and offer the usual compensation.",
    "Ticket #9012: 'My order was 5 days late.'\nCompensation guide: late <3 days: $5 credit; late 3-7 days: free shipping next order OR $10 credit (agent's choice requires manager OK)",
    A, "vague_term", "free shipping next order OR $10 credit (agent's choice requires manager OK)",
    "For a 5-day delay, should I offer free shipping on the next order or the $10 credit?", "context")
blk(W, "Reply to Kevin and confirm the numbers.",
    "Email from Kevin Lo: 'Can you confirm we're at 40 attendees?'\nRSVP sheet: 46 yes, 5 maybe",
    C, "context_conflict", "RSVP sheet: 46 yes, 5 maybe",
    "Kevin says 40 attendees but the RSVP sheet shows 46 yes (plus 5 maybe); which number should I confirm?", "context")
blk(G, "Message the tutor and cancel this week.",
    "Contacts: Mrs. Ahmed (math tutor, Tue), Daniel (piano tutor, Thu)",
    A, "recipient", "Mrs. Ahmed (math tutor, Tue), Daniel (piano tutor, Thu)",
    "Which tutor should I cancel with this week: Mrs. Ahmed (math) or Daniel (piano)?", "context")
blk(W, "Write back to the supplier and accept their offer.",
    "Email from Halvorsen Steel: 'We can do either 500 t at $610/t delivered in May, or 800 t at $585/t delivered in July.'",
    A, "referent", "either 500 t at $610/t delivered in May, or 800 t at $585/t delivered in July",
    "Which Halvorsen offer should I accept: 500 t at $610/t in May or 800 t at $585/t in July?", "context")
blk(G, "Send the signed form back to them.", None,
    M, "recipient", "back to them",
    "Who should the signed form go to, and which form is it?")
blk(W, "Answer the customer. Tell her yes.",
    "Chat from Beth Moore: 'Can I change the delivery address? And can I also add gift wrap?'",
    A, "scope", "Tell her yes",
    "Is the yes for changing the address, adding gift wrap, or both?")
blk(W, "Write to the hotel and ask them to move our booking by a day.",
    "Booking: Hotel Arlo, 3 nights, check-in 12 Sep, check-out 15 Sep",
    A, "direction", "move our booking by a day",
    "Should the booking move a day earlier (check-in 11 Sep) or later (check-in 13 Sep)?")
blk(W, "reply to the thread with the final headcount for friday",
    "Thread 'Team dinner Fri': Ana: I'm in +1. Bo: in. Chen: can't make it. Dee: maybe, will confirm Thursday.",
    M, "quantity", "Dee: maybe, will confirm Thursday",
    "Dee hasn't confirmed yet; should the headcount count her as coming (5) or not (4)?", "context")
blk(G, "Email Jordan the address for Saturday.",
    "Event Sat: 'Housewarming' at 22 Quarry Lane\nContacts: Jordan Pike (jordan.p@gmail.com), Jordan Pike (work: jpike@lumen.co)",
    A, "recipient", "Jordan Pike (jordan.p@gmail.com), Jordan Pike (work: jpike@lumen.co)",
    "Should I send it to Jordan's personal email (jordan.p@gmail.com) or work email (jpike@lumen.co)?", "context")
blk(W, "Tell the customer their subscription renews on the 1st at the new price.",
    "Customer: plan Pro, $29/mo, renews 1 Aug.\nPricing change notice: Pro becomes $34/mo for renewals after 1 Sep.",
    C, "context_conflict", "Pro becomes $34/mo for renewals after 1 Sep",
    "The new price only applies to renewals after 1 Sep, but this customer renews 1 Aug; should I tell them $29 (current) or $34?", "context")
blk(W, "Reply saying I'll be there.",
    "Inbox (unread): 'Retirement drinks for Paul - Fri 6pm' from Sue; 'Board dinner - Fri 7pm' from CEO office",
    A, "referent", "'Retirement drinks for Paul - Fri 6pm' from Sue; 'Board dinner - Fri 7pm' from CEO office",
    "Which invitation are you accepting: Paul's retirement drinks or the board dinner (or both)?", "context")
blk(W, "Write the customer an email telling them the part is on backorder until mid next month and we'll ship it then. Keep it to a few lines, also include the exact date.",
    None, M, "date", "include the exact date",
    "What exact date should I give for the backordered part to ship?")
blk(G, "Text Chris that I'm running late.",
    "Contacts: Chris Vega (trainer), Chris Wu (coworker)\nCalendar: 18:00 PT session with Chris Vega; 18:30 drinks with Chris Wu",
    A, "recipient", "Chris Vega (trainer), Chris Wu (coworker)",
    "Which Chris should I text: your trainer Chris Vega or your coworker Chris Wu?", "context")

# ---------------------------------------------------------------------------
# Batch 3: calendars, scheduling, shopping; rambling and chatty styles
# ---------------------------------------------------------------------------

pair(G,
     ("ok so my sister is visiting and honestly the guest room is a disaster but anyway, can you order an air mattress, queen size, the Intex one with the built-in pump, deliver by Thursday",
      None),
     ("ok so my sister is visiting and honestly the guest room is a disaster but anyway, can you order an air mattress, the Intex one with the built-in pump, deliver by Thursday",
      "Search: Intex Dura-Beam built-in pump - Twin $49, Queen $69, King $89",
      M, "size", "an air mattress, the Intex one",
      "Which size Intex air mattress: twin, queen or king?"))

pair(G,
     ("Find a 45 min slot for me, Ola and Ben on Wednesday afternoon and send the invite, title 'Budget check-in'.",
      "Wed availability: me free 13:00-17:00; Ola free 14:00-16:00; Ben free 15:00-17:00"),
     ("Find a 45 min slot for me, Ola and Ben on Wednesday afternoon and send the invite, title 'Budget check-in'.",
      "Wed availability: me free 13:00-17:00; Ola free 13:00-14:30; Ben free 15:00-17:00",
      C, "context_conflict", "Ola free 13:00-14:30; Ben free 15:00-17:00",
      "Ola and Ben have no overlapping time on Wednesday afternoon; should I pick another day, or go ahead without one of them?", "context"))

pair(G,
     ("Buy 2 of the 24-packs of AA batteries, Amazon Basics, ship to home.",
      "Addresses: Home - 9 Linden Ct, Apt 3"),
     ("Buy 2 of the 24-packs of AA batteries, Amazon Basics.",
      "Addresses: Home - 9 Linden Ct, Apt 3; Office - 400 Market St, 5th fl; Mom - 21 Oak Ave\nLast 3 orders shipped to: Office, Mom, Home",
      M, "location", "Addresses: Home - 9 Linden Ct, Apt 3; Office - 400 Market St, 5th fl; Mom - 21 Oak Ave",
      "Where should the batteries ship: home, the office, or your mom's?", "context"))

pair(G,
     ("Block off 2 hours every Tuesday and Thursday morning for deep work, 9 to 11, starting next week.", None),
     ("Block off 2 hours every Tuesday and Thursday morning for deep work, 9 to 12, starting next week.", None,
      C, "conflicting_instructions", "2 hours every Tuesday and Thursday morning for deep work, 9 to 12",
      "9 to 12 is three hours, not two; should the deep-work block be 9-11 or 9-12?"))

pair(G,
     ("Order the kids' school uniform polo shirts: 3 for Emma in size 8 and 2 for Jack in size 6, navy.", None),
     ("Order the kids' school uniform polo shirts: 3 for Emma and 2 for Jack, navy, from the usual shop.",
      "Saved sizes: Emma - 8 (updated 2022), Jack - none saved",
      M, "size", "Jack - none saved",
      "What size polo shirts does Jack need?", "context"))

pair(G,
     ("Reschedule my haircut from Saturday to the same time next Saturday.",
      "Calendar: Sat 10 Aug 11:00 Haircut - Studio 5"),
     ("Reschedule my haircut from Saturday to the same time on Sunday.",
      "Calendar: Sat 10 Aug 11:00 Haircut - Studio 5\nStudio 5 hours: Tue-Sat 9:00-18:00, closed Sun-Mon",
      C, "context_conflict", "closed Sun-Mon",
      "Studio 5 is closed on Sundays; which other day should the haircut move to?", "context"))

pair(G,
     ("Put the quarterly review with Helen on the calendar for Oct 3 at 10am, in her office.", None),
     ("Put the quarterly review with Helen on the calendar for Oct 3 at 10am, in her office. Oh and make it the 4th actually, same time. No, keep the 3rd.", None,
      C, "conflicting_instructions", "make it the 4th actually, same time. No, keep the 3rd",
      "Just to confirm, should the review with Helen be on Oct 3 or Oct 4?"))

pair(G,
     ("Get me a replacement filter for the fridge, model is Samsung RF28R7351SR.", None),
     ("Get me a replacement filter for the fridge.",
      "Home inventory: Fridge (kitchen) - Samsung RF28R7351SR; Fridge (garage) - LG LRTLS2403S",
      A, "entity_identity", "Fridge (kitchen) - Samsung RF28R7351SR; Fridge (garage) - LG LRTLS2403S",
      "Which fridge needs the filter: the kitchen Samsung or the garage LG?", "context"))

pair(G,
     ("Can you find a time next week for a 1:1 with each of my three reports, 30 min each, mornings only.",
      "Reports: Ali, Bea, Cy. Their calendars are shared."),
     ("Can you find a time next week for a 1:1 with each of my reports, 30 min each, mornings only.",
      "Reports: Ali, Bea, Cy. Their calendars are shared.\nBea: OOO all next week.",
      C, "context_conflict", "Bea: OOO all next week.",
      "Bea is out all next week; should I skip her 1:1 or schedule it for the week after?", "context"))

pair(G,
     ("hey can u get me 2 tix for the 7pm showing of Dune at the Regal on 5th, sat, middle seats if possible", None),
     ("hey can u get me 2 tix for Dune at the Regal on 5th, sat, middle seats if possible",
      "Regal 5th Ave, Sat showings of Dune: 13:10, 16:30, 19:00, 22:15",
      M, "time", "2 tix for Dune at the Regal on 5th, sat",
      "Which Saturday showing of Dune: 13:10, 16:30, 19:00 or 22:15?"))

pair(G,
     ("Add the wedding to my calendar.",
      "Email: 'Save the date! Jo & Sam, Saturday 21 June, 3pm, Hartwell Barn, Kent'"),
     ("Add the wedding to my calendar.",
      "Email 1: 'Save the date! Jo & Sam, Saturday 21 June, Hartwell Barn'\nEmail 2 (later): 'Update: Jo & Sam's wedding ceremony now at 2pm, reception 5pm'\nEmail 3: 'Invitation: Marta & Dev, 28 June'",
      A, "referent", "Email 3: 'Invitation: Marta & Dev, 28 June'",
      "Which wedding should I add: Jo & Sam's on 21 June or Marta & Dev's on 28 June?", "context"))

pair(G,
     ("Order dog food: the 30lb bag of Purina Pro Plan Large Breed Chicken, same as always.",
      "Order history: Purina Pro Plan Large Breed Chicken 30lb (monthly)"),
     ("Order dog food, same as always but the smaller bag this time.",
      "Order history: Purina Pro Plan Large Breed Chicken 30lb (monthly)\nAvailable sizes: 6lb, 18lb, 34lb",
      A, "size", "Available sizes: 6lb, 18lb, 34lb",
      "Which smaller bag do you want: 6lb or 18lb?", "context"))

pair(G,
     ("I need a recurring 15-min check-in with the night shift lead, weekdays at 6:45am his time (he's in Manila).", None),
     ("I need a recurring 15-min check-in with the night shift lead, weekdays at 6:45am.",
      "User timezone: America/Chicago. Night shift lead: Paolo Reyes, timezone Asia/Manila.",
      A, "timezone", "weekdays at 6:45am",
      "Is 6:45am your time (Chicago) or Paolo's time (Manila)?"))

pair(G,
     ("Buy the Sony WH-1000XM5 headphones in black if it's under $330, otherwise just let me know the price.", None),
     ("Buy the Sony WH-1000XM5 headphones in black, I don't want to spend more than $300.",
      "Current price: Sony WH-1000XM5 black $348 (no sales running)",
      C, "context_conflict", "Sony WH-1000XM5 black $348",
      "They're $348, over your $300 limit; should I buy them anyway or wait for a sale?", "context"))

pair(G,
     ("Cancel my gym membership at the end of this billing cycle.",
      "Memberships: FitLab (monthly, cycle ends 30th)"),
     ("Cancel my membership at the end of this billing cycle.",
      "Memberships: FitLab gym (monthly, cycle ends 30th); Costco (annual, renews March); Spotify Family (monthly)",
      A, "referent", "Cancel my membership",
      "Which membership should be cancelled: FitLab, Costco, or Spotify Family?"))

# stand-alone, batch 3
ok(G, "Put a 20 minute hold on my calendar before every client call this week so I can prep.",
   "Calendar this week: Mon 10:00 client call (Acme); Wed 14:00 client call (Birch); Thu 11:30 client call (Acme)")
ok(G, "so I was going to do this myself but the week got away from me, my manager keeps adding stuff, anyway: book a 1-hour meeting room for Thursday 2-3pm for 6 people, whichever one has a screen",
   "Rooms Thu 14:00-15:00 free: Oak (8 ppl, screen), Pine (4 ppl, no screen), Elm (10 ppl, no screen)")
ok(G, "Order the same groceries as last week but skip the bananas.",
   "Last week's order: milk 2L, eggs 12, bananas 6, sourdough loaf, spinach 200g, cheddar 400g")
ok(G, "Whenever works for Mia next week, set up coffee with her. Any morning, maybe 30 mins, she's the one at Ferris Design.",
   "Contacts: Mia Lund (Ferris Design)\nMia's shared calendar next week: free Tue 9-11, Thu 8-10")
ok(G, "Move everything on my calendar on Friday to Monday, same times.",
   "Fri: 09:00 Standup; 13:00 Vendor demo. Mon: free all day")
ok(G, "buy a birthday card for grandpa, something with fishing on it, and have it sent to his place",
   "Contacts: Grandpa (Walter Ng), 5 Harbour Rd, Tauranga")
ok(G, "Find the cheapest flight Chicago to Austin Friday evening, any airline, carry-on only.")
ok(G, "Can you check if Thursday 4pm is free for everyone on the design team and if so book it for the retro?",
   "Design team: Ada, Ken, Luz. Thu 16:00: all free. Rooms: Retro room free.")
ok(G, "Order a refill of my contact lenses.",
   "Prescription on file (valid to Nov 2025): Acuvue Oasys 1-Day, -2.25 both eyes, 90-pack\nLast order: 90-pack x2")
ok(G, "Delete all the 'Focus time' blocks from next week, I don't need them.",
   "Next week: Focus time (Mon 9-11, Wed 9-11, Fri 9-11); Team sync Tue 10:00")
ok(G, "i need new running socks, whatever's good, size L, like 3 pairs")
ok(G, "Add a 'Pick up dry cleaning' task for tomorrow evening.")
ok(G, "What's the earliest I can get a table for 6 at Osteria Nonna on Saturday? Book it if it's before 8.")
ok(G, "Reserve a rental car at SFO, pick up Jun 4 at noon, drop off Jun 8 at noon, mid-size, cheapest option.")
ok(G, "Order a new phone case, same model as the one I bought in January but in green.",
   "Order history: Jan - Spigen Tough Armor for iPhone 14, black")
blk(G, "Set up a meeting with the Lisbon team for next Tuesday at 9.",
    "User timezone: America/New_York. Lisbon team timezone: Europe/Lisbon (5 hours ahead).",
    A, "timezone", "next Tuesday at 9",
    "Is 9 o'clock New York time or Lisbon time?")
blk(G, "ok listen the printer at home is dying again, it's like the third time this year, I'm so done, just order a new ink cartridge for it and I'll deal with it later",
    "Printers: Epson ET-2800 (home office), HP OfficeJet 8015 (kids' room)",
    A, "entity_identity", "Epson ET-2800 (home office), HP OfficeJet 8015 (kids' room)",
    "Which printer needs ink: the Epson ET-2800 or the HP OfficeJet 8015?", "context")
blk(G, "Order more of those pods.", "Order history: Nespresso Vertuo pods (Melozio, 30ct); Tide Pods (42ct); Finish dishwasher pods (62ct)",
    A, "referent", "those pods",
    "Which pods should I reorder: Nespresso Melozio, Tide Pods, or Finish dishwasher pods?")
blk(G, "Can you book the usual room for the board meeting?",
    "Past board meetings held in: Boardroom A (Jan), Skyline Room (Apr), Boardroom A (Jul), Skyline Room (Oct)",
    A, "referent", "the usual room",
    "Past board meetings alternated between Boardroom A and the Skyline Room; which one should I book?")
blk(G, "Schedule a 1-hour call with the vendor on a weekday afternoon before the 15th, but not any day this week or next.",
    "Today: Mon 3rd.",
    C, "conflicting_instructions", "before the 15th, but not any day this week or next",
    "There's no weekday before the 15th outside this week and next; should the call be after the 15th instead, or is one of these weeks OK?")
blk(G, "Order 3 of the 500ml bottles and 2 of the 1 liter bottles of the olive oil, 6 bottles total.", None,
    C, "conflicting_instructions", "6 bottles total",
    "3 + 2 makes 5 bottles, not 6; how many of each size should I order?")
blk(G, "Buy a gift for my boss's leaving do.", None,
    M, "budget", "Buy a gift for my boss's leaving do",
    "What's your budget for the gift (and do you have an idea what your boss would like)?")
blk(G, "Put dinner with the Kowalskis on the calendar for next Friday.",
    "Today: Friday 12 April.", A, "date", "next Friday",
    "Do you mean Friday 19 April (one week from today) or Friday 26 April?")
blk(G, "i need to get my mom a new kettle, hers broke, nothing fancy, just get a decent one delivered to her before the weekend",
    "Contacts: Mom (Ana Silva) - address not saved",
    M, "location", "Mom (Ana Silva) - address not saved",
    "What's your mom's delivery address?", "context")
blk(G, "Invite the marketing folks to Thursday's launch review.",
    "Groups: marketing-all (48 people), marketing-leads (5 people), marketing-product (9 people)",
    A, "recipient", "Groups: marketing-all (48 people), marketing-leads (5 people), marketing-product (9 people)",
    "Which marketing group should be invited: marketing-all, marketing-leads, or marketing-product?", "context")
blk(G, "Order new towels for the bathroom, 4 of them, in the same colour as the bath mat.", None,
    M, "color", "in the same colour as the bath mat",
    "What colour is the bath mat (or which towel colour should I pick)?")
blk(G, "Find a slot next week for the dentist, morning only, and make sure it's after my 10am standup every day. Ideally 8 or 9am.", None,
    C, "conflicting_instructions", "after my 10am standup every day. Ideally 8 or 9am",
    "8 or 9am is before your 10am standup; do you want the dentist before standup (8-9am) or after it?")
blk(G, "Buy a return ticket for the ferry to the island on the 20th.",
    "Ferry timetable (20th): Outbound 07:30, 10:00, 13:30; Return 12:00, 16:00, 19:30",
    M, "time", "Buy a return ticket for the ferry to the island on the 20th",
    "Which outbound and return sailings on the 20th do you want?")
blk(G, "Get me a table for 6 Friday at Zuni at 7 - it's a party of 8 now so make sure it fits everyone.", None,
    C, "conflicting_instructions", "a table for 6 Friday at Zuni at 7 - it's a party of 8",
    "Should the Zuni table be for 6 or for 8?")
blk(G, "Move the offsite to the week after.",
    "Calendar: Team offsite 'Day 1' Tue 9 Sep; 'Day 2' Wed 10 Sep. Room booking: Riverside venue (non-refundable after 1 Sep). Today: 3 Sep.",
    C, "context_conflict", "non-refundable after 1 Sep",
    "The Riverside venue booking is non-refundable after 1 Sep; do you still want to move the offsite and lose the deposit?", "context")

# ---------------------------------------------------------------------------
# Batch 4: writing tasks (posts, reports, translations, edits, summaries, slides)
# ---------------------------------------------------------------------------

pair(W,
     ("Translate the attached FAQ into German, formal 'Sie' form, for our customers in Austria.",
      "Attached: FAQ.docx (12 questions, English)"),
     ("Translate the attached FAQ into German for our customers, formal tone but use 'du' throughout.",
      "Attached: FAQ.docx (12 questions, English)",
      C, "conflicting_instructions", "formal tone but use 'du' throughout",
      "Formal German normally uses 'Sie'; should I use 'Sie' (formal) or 'du' (informal)?"))

pair(W,
     ("Write a 150-word bio for the conference program, third person, using my CV.",
      "CV: Dr. Amara Obi, epidemiologist, 12 yrs at WHO, now Director of Research at Kinder Health Trust; PhD LSHTM."),
     ("Write a 150-word bio for the conference program, third person.", None,
      M, "entity_identity", "Write a 150-word bio",
      "Whose bio is it, and what background (role, organisation, credentials) should it include?"))

pair(W,
     ("Summarize the attached article in about 200 words for the weekly newsletter.",
      "Attached: 'Heat pumps in cold climates' (3,100 words)"),
     ("Summarize the attached article in about 200 words for the weekly newsletter.",
      "Attached: 'Heat pumps in cold climates' (3,100 words); 'Grid batteries explained' (2,400 words)",
      A, "referent", "'Heat pumps in cold climates' (3,100 words); 'Grid batteries explained' (2,400 words)",
      "Two articles are attached; which should I summarize: the heat pumps piece or the grid batteries piece?", "context"))

pair(W,
     ("Write a cover letter for the Product Marketing Manager job at Lumen, based on my resume. One page.",
      "Resume attached. Job post: Lumen - Product Marketing Manager (B2B SaaS)."),
     ("Write a cover letter for the job at Lumen, based on my resume. One page.",
      "Resume attached. Saved job posts at Lumen: Product Marketing Manager; Growth Analyst",
      A, "referent", "Product Marketing Manager; Growth Analyst",
      "Which Lumen role is the cover letter for: Product Marketing Manager or Growth Analyst?", "context"))

pair(W,
     ("Edit my speech for the wedding toast down to about 3 minutes spoken, keep the story about the canoe.",
      "Draft speech: ~900 words, includes canoe story, college story, and thanks to parents."),
     ("Edit my wedding toast down to about 3 minutes spoken, keep all three stories and the thanks in full.",
      "Draft speech: ~900 words (about 7 minutes), includes canoe story, college story, road-trip story, and thanks to parents.",
      C, "conflicting_instructions", "keep all three stories and the thanks in full",
      "Keeping all three stories and the thanks in full won't fit in 3 minutes; which parts can be cut or shortened?"))

pair(W,
     ("Write an Instagram caption for the bakery's new pistachio croissant, playful, 2 hashtags max.", None),
     ("Write an Instagram caption for the bakery's new croissant, playful, 2 hashtags max.",
      "Menu additions this month: pistachio croissant, ham & gruyère croissant, vegan almond croissant",
      A, "referent", "pistachio croissant, ham & gruyère croissant, vegan almond croissant",
      "Which new croissant is the caption for: pistachio, ham & gruyère, or vegan almond?", "context"))

pair(W,
     ("Make slides from this report for the board: 6 slides, focus on financials and risks.",
      "Report: 'FY24 Annual Review' (revenue, costs, risks, hiring, product roadmap)"),
     ("Make slides from this report for the meeting.",
      "Report: 'FY24 Annual Review' (revenue, costs, risks, hiring, product roadmap)\nCalendar next week: Board meeting (Tue); All-staff meeting (Thu)",
      A, "audience", "Board meeting (Tue); All-staff meeting (Thu)",
      "Is the deck for the board meeting or the all-staff meeting?", "context"))

pair(W,
     ("Proofread this and only fix spelling and grammar, don't reword anything.",
      "Text: 'Our compnay has grown rapidly, we now have 40 staffs across three office.'"),
     ("Proofread this and only fix spelling and grammar, don't reword anything, but make it sound more exciting.",
      "Text: 'Our compnay has grown rapidly, we now have 40 staffs across three office.'",
      C, "conflicting_instructions", "don't reword anything, but make it sound more exciting",
      "Should I only correct spelling and grammar, or also reword it to sound more exciting?"))

pair(W,
     ("Write a one-paragraph update for parents: the Year 4 trip to the science museum is on 14 March, cost £12, permission slips due 7 March.", None),
     ("Write a one-paragraph update for parents about the Year 4 trip to the science museum, with the cost and the date slips are due.", None,
      M, "quantity", "with the cost and the date slips are due",
      "What does the trip cost, and what dates are the trip and the permission-slip deadline?"))

pair(W,
     ("Translate this menu into English. Keep dish names in Italian with the English in brackets.",
      "Menu (Italian): Antipasti: Burrata con pomodorini... Primi: Cacio e pepe..."),
     ("Translate this menu.",
      "Menu (Italian): Antipasti: Burrata con pomodorini... Primi: Cacio e pepe...\nNote: restaurant serves tourists mostly from Germany, France and the US.",
      M, "language", "Translate this menu.",
      "Which language(s) should the menu be translated into: English, German, French, or several?"))

pair(W,
     ("Write the product description for the listing: the oak side table, 45cm tall, solid wood, 2-week delivery. 80 words.",
      None),
     ("Write the product description for the listing: the oak side table, 45cm tall, solid wood, 2-week delivery. 80 words.",
      "Spec sheet for item OST-45: material: oak veneer on MDF; height 45 cm; delivery 2 weeks",
      C, "context_conflict", "material: oak veneer on MDF",
      "The spec sheet says oak veneer on MDF, not solid wood; which should the listing say?", "context"))

pair(W,
     ("Write a toast for my dad's 70th, warm, a bit funny, 2 minutes. He loves golf and terrible puns, and he was a firefighter for 30 years.", None),
     ("Write a toast for my dad's birthday, warm, a bit funny, 2 minutes. He loves golf and terrible puns.", None,
      M, "quantity", "my dad's birthday",
      "Which birthday is it (his age), and is there anything about his life you'd like included?"))

pair(W,
     ("Turn my bullet notes into a proper email to the committee.",
      "Notes: - venue booked (Hall B) - date 12 Nov - need 3 volunteers for setup - budget approved $800\nCommittee list: events-committee@club.org"),
     ("Turn my bullet notes into a proper email to the committee.",
      "Notes: - venue booked (Hall B) - date 12 Nov - need 3 volunteers for setup - budget approved $800\nLater note: 'Hall B fell through, we're in Hall C now... or maybe the library, TBC'",
      C, "context_conflict", "Hall B fell through, we're in Hall C now... or maybe the library, TBC",
      "Your later note says Hall B fell through and the new venue is Hall C or the library; which venue should the email give?", "context"))

pair(W,
     ("Write a short blog post (500 words) on three tips for first-time home buyers in the UK, friendly and plain English.", None),
     ("Write a short blog post on tips for first-time home buyers, friendly and plain English.",
      "Blog: 'Keys & Co' - estate agent with offices in Leeds and Toronto; posts are tagged UK or Canada.",
      A, "location", "offices in Leeds and Toronto; posts are tagged UK or Canada",
      "Should the post be written for UK buyers or Canadian buyers?", "context"))

pair(W,
     ("Shorten this to fit in a tweet.",
      "Text: 'We're thrilled to announce our spring pop-up at Dock 9 this Saturday from 10am to 4pm, with local makers, food trucks and live music. Bring friends!'"),
     ("Shorten this to fit in a tweet, and make sure nothing is left out.",
      "Text: (1,900 characters) full spring pop-up announcement with 14 vendor names, parking info, accessibility notes, schedule of 6 bands.",
      C, "conflicting_instructions", "make sure nothing is left out",
      "The announcement is 1,900 characters; which details matter most to keep in a 280-character tweet?"))

# stand-alone batch 4
ok(W, "Write a short note to go with flowers for my friend who just had surgery. Her name is Bea.")
ok(W, "Summarize this in a couple of sentences.", "Article: 'City council approves new bike lanes on Main and 3rd; construction starts in May, costs $2.1M, funded by state grant.'")
ok(W, "Can you make this sound less grumpy? It's going to my team.",
   "Draft: 'Again, PLEASE stop leaving dishes in the sink. This is the last time I'm asking.'")
ok(W, "Translate into Japanese: 'Thank you for your hospitality during our visit.' It's for a formal thank-you letter to our host company.")
ok(W, "Write something for the card for Ted's retirement from the whole team, a few lines, warm, maybe a light joke about his famous spreadsheets.")
ok(W, "Rewrite the second paragraph in plain English for customers.",
   "Doc: P1 intro. P2: 'Remuneration shall be effectuated within thirty (30) days subsequent to receipt of a conforming invoice.' P3 closing.")
ok(W, "Give me 5 subject line options for the newsletter about our summer sale, 20% off everything until July 31.")
ok(W, "Write a haiku about Monday mornings for the team Slack.")
ok(W, "Condense these meeting notes into action items with owners.",
   "Notes: Ana will send the contract Fri. Bo to check budget with finance. We agreed to launch 3 June. Chen books the venue.")
ok(W, "Write up the minutes from these notes in our usual format.",
   "Usual format (from last minutes): Date / Attendees / Decisions / Action items.\nNotes: 4 Jun; Ana, Bo, Chen; decided vendor = Lark; Bo to sign PO by Fri.")
ok(W, "Draft an abstract, around 250 words, for this paper.",
   "Paper: 'Sleep duration and exam performance in 1,200 undergraduates' - methods: actigraphy 4 weeks; result: each extra hour of sleep linked to 0.2 GPA points.")
ok(W, "Make this paragraph flow better, whatever you think works, it's for my personal blog.",
   "Paragraph: 'I went to Japan. It was good. The food was amazing. Tokyo was big. I liked Kyoto more.'")
ok(W, "Write a LinkedIn recommendation for Marcus, who was my direct report for 3 years as a data analyst at Finch; highlight his SQL and mentoring.")
ok(W, "Turn this recipe into a numbered list of steps.", "Recipe text: 'Preheat to 180C. Mix flour, sugar and butter, add eggs, pour into tin, bake 35 min, cool before slicing.'")
ok(W, "Write a polite two-line decline for the wedding invite, we're abroad that week.",
   "Invite: 'Kate & Liam, 6 Sep, RSVP by 1 Aug'")
ok(W, "Write a few FAQ entries for our returns page based on the policy.",
   "Policy: 30-day returns; items must be unused with tags; refunds to original payment within 5 business days; final-sale items excluded.")
ok(W, "Can you translate this into Spanish? It's for the cleaner.", "Note: 'Please don't move the papers on the desk. The key is under the blue pot.'\nContacts: Rosa (cleaner) - speaks Spanish")
ok(W, "Rewrite our 'About us' to be under 100 words.",
   "Current About us (260 words): founded 2011 in Bristol by two nurses; makes reusable medical-grade compression socks; B Corp; ships to 30 countries.")
ok(W, "Proofread my resignation letter and tighten it a bit.",
   "Draft: 'Dear Karen, I am writing to formally resign from my position as Account Manager, my last day will be 30 June...'")
blk(W, "Write the report summary for the client.",
    "Files: Audit_Report_Client_Harper.pdf; Audit_Report_Client_Vance.pdf",
    A, "referent", "Audit_Report_Client_Harper.pdf; Audit_Report_Client_Vance.pdf",
    "Which client's report should I summarize: Harper or Vance?", "context")
blk(W, "Write a speech for the awards night.", None,
    M, "scope", "Write a speech for the awards night",
    "Who is giving the speech, and are they presenting an award, accepting one, or hosting?")
blk(W, "Translate my email into French and Spanish, but only one version please, the client doesn't like long emails.",
    None, C, "conflicting_instructions", "into French and Spanish, but only one version please",
    "Should I translate the email into French or into Spanish?")
blk(W, "Write a thank-you email to the interviewers from today.",
    "Calendar today: 10:00 Interview - Globex (panel: R. Singh, T. Moss); 15:00 Interview - Initech (H. Park)",
    A, "recipient", "10:00 Interview - Globex (panel: R. Singh, T. Moss); 15:00 Interview - Initech (H. Park)",
    "Should the thank-you go to the Globex panel, the Initech interviewer, or both (as separate emails)?", "context")
blk(W, "I've been trying to get this done all week, between the kids and the car thing it just hasn't happened - could you write the intro paragraph for the grant application? You know the one.",
    None, M, "referent", "You know the one",
    "Which grant application is this for, and what is the project it describes?")
blk(W, "Make the deck match the brand template.",
    "Templates: Brand_2022.potx; Brand_2024_refresh.potx (marked 'draft - not approved')",
    A, "referent", "Brand_2022.potx; Brand_2024_refresh.potx",
    "Which template should I use: Brand 2022 or the 2024 refresh (still marked draft)?", "context")
blk(W, "Write a product launch email to customers. Launch date is in the brief.",
    "Brief: 'Launch: 14 May' ... (page 3) 'Revised timeline: customer launch 21 May, press 14 May'",
    C, "context_conflict", "Revised timeline: customer launch 21 May, press 14 May",
    "The brief gives both 14 May and a revised customer launch of 21 May; which date should the customer email use?", "context")
blk(W, "Summarize the meeting for people who missed it.",
    "Transcripts: 'Pricing sync - 3 Jun' (45 min); 'Pricing sync - 10 Jun' (50 min)",
    A, "referent", "'Pricing sync - 3 Jun' (45 min); 'Pricing sync - 10 Jun' (50 min)",
    "Which pricing sync should I summarize: 3 June or 10 June?", "context")
blk(W, "Rewrite this so a 10-year-old can understand it, but keep all the technical terms exactly as they are.",
    "Text: 'Photosynthesis converts photons into chemical energy via chlorophyll-mediated electron transport.'",
    C, "conflicting_instructions", "keep all the technical terms exactly as they are",
    "Should I keep terms like 'chlorophyll-mediated electron transport' as they are, or replace them with simpler words for a 10-year-old?")
blk(W, "Write the email announcing the new parental leave policy.",
    "HR draft policy v1: 16 weeks paid. HR draft policy v2 (legal review): 12 weeks paid + 4 weeks at 50%.",
    C, "context_conflict", "HR draft policy v2 (legal review): 12 weeks paid + 4 weeks at 50%",
    "Policy v1 says 16 weeks fully paid but v2 says 12 weeks paid plus 4 at 50%; which version is final?", "context")
blk(W, "Translate the contract.", None, M, "language", "Translate the contract.",
    "Which language should the contract be translated into (and from)?")
blk(W, "Write a caption for the photo I posted.",
    "Recent posts: 3 photos uploaded today (beach sunset, dog in the snow, birthday cake)",
    A, "referent", "3 photos uploaded today (beach sunset, dog in the snow, birthday cake)",
    "Which of today's photos is the caption for: the beach sunset, the dog in the snow, or the birthday cake?", "context")
blk(W, "Write a press release about the acquisition. Don't mention the price.",
    "Internal memo: acquired Pellow Labs for $40M, closing pending regulatory approval. Comms guidance: no public statement before closing.",
    C, "context_conflict", "no public statement before closing",
    "Comms guidance says no public statement before the deal closes; should I draft the release for use after closing, or is it cleared to go now?", "context")
blk(W, "Write a cold email to the prospect.",
    "CRM: 3 prospects assigned to you this week: Delta Freight, Ruby Cosmetics, Aster Clinics",
    A, "recipient", "Delta Freight, Ruby Cosmetics, Aster Clinics",
    "Which prospect is the cold email for: Delta Freight, Ruby Cosmetics, or Aster Clinics?", "context")
blk(W, "Write an essay on the causes of WWI for my history class.", None,
    M, "length", "Write an essay on the causes of WWI",
    "How long should the essay be (word count or pages)?")
blk(W, "Shorten the abstract to the journal's limit.", None,
    M, "length", "the journal's limit",
    "What is the journal's word limit for the abstract?")

# ---------------------------------------------------------------------------
# Batch 5: personal finance admin, home and health admin
# ---------------------------------------------------------------------------

pair(G,
     ("Pay the water bill.",
      "Bills: Metro Water, $62.10, due 20 Jul, account 88-1290\nDefault payment account: Checking ...7731 (balance $1,940)"),
     ("Pay the water bill from checking today, I know the bills are all over the place this month, we had the in-laws staying and the washing machine flooded, so just do whatever it says on the bill.",
      "Bills: Metro Water, $62.10, due 20 Jul (account 88-1290)\nMetro Water, $418.77, due 20 Jul (account 88-1291, 'Rental unit')",
      A, "referent", "Metro Water, $418.77, due 20 Jul (account 88-1291, 'Rental unit')",
      "There are two Metro Water bills; should I pay the home one ($62.10), the rental unit ($418.77), or both?", "context"))

pair(G,
     ("Book me a GP appointment for next week, any morning, it's about the rash, not urgent.",
      "Practice: Elm Street Surgery, online booking enabled"),
     ("Book me a GP appointment for next week, any morning, it's about the rash, not urgent, but it has to be this Friday morning because that's my only free time.",
      "Practice: Elm Street Surgery, online booking enabled. Today: Monday.",
      C, "conflicting_instructions", "next week, any morning",
      "Do you want an appointment this Friday morning or any morning next week?"))

pair(G,
     ("Set up a monthly transfer of $200 to the kids' college savings account on the 1st.",
      "Accounts: Checking ...7731; 529 Plan - Emma (...3302)"),
     ("Set up a monthly transfer of $200 to the kids' college savings account on the 1st.",
      "Accounts: Checking ...7731; 529 Plan - Emma (...3302); 529 Plan - Jack (...3318)",
      A, "recipient", "529 Plan - Emma (...3302); 529 Plan - Jack (...3318)",
      "Should the $200 go to Emma's 529, Jack's 529, or be split ($100 each)?", "context"))

pair(G,
     ("Refill my lisinopril prescription at the CVS on Elm.",
      "Prescriptions: Lisinopril 10mg (2 refills left). Pharmacies: CVS - Elm St"),
     ("Refill my blood pressure prescription at the CVS on Elm.",
      "Prescriptions: Lisinopril 10mg (2 refills left); Amlodipine 5mg (1 refill left)\nPharmacies: CVS - Elm St",
      A, "referent", "Lisinopril 10mg (2 refills left); Amlodipine 5mg (1 refill left)",
      "Which one should I refill: lisinopril, amlodipine, or both?", "context"))

pair(G,
     ("File the expense report for the Denver trip with all the receipts in the folder.",
      "Folder 'Denver trip': 6 receipts (hotel, 2 taxis, 3 meals), total $1,212"),
     ("File the expense report for the Denver trip with all the receipts in the folder; total should come to about $900.",
      "Folder 'Denver trip': 6 receipts (hotel, 2 taxis, 3 meals), total $1,212",
      C, "context_conflict", "total $1,212",
      "The receipts in the folder add up to $1,212, not about $900; should I submit all of them or leave some out?", "context"))

pair(G,
     ("Schedule the boiler service with the usual company for a weekday morning in the next two weeks.",
      "Past services: HeatRight Ltd (2022, 2023)"),
     ("Schedule the boiler service with the usual company for a weekday morning in the next two weeks.",
      "Past services: HeatRight Ltd (2022); WarmHome Services (2023)",
      A, "referent", "HeatRight Ltd (2022); WarmHome Services (2023)",
      "Which company should do the boiler service: HeatRight or WarmHome?", "context"))

pair(G,
     ("Dispute the $49.99 charge from 'STREAMFLIX' on my Visa, I cancelled that in March.",
      "Visa ...4421 transactions: 2 Jun STREAMFLIX $49.99"),
     ("Dispute the charge from the streaming service on my Visa, I cancelled that in March.",
      "Visa ...4421 transactions: 2 Jun STREAMFLIX $49.99; 4 Jun TUNEBOX $10.99; 9 Jun STREAMFLIX $15.49",
      A, "referent", "2 Jun STREAMFLIX $49.99; 4 Jun TUNEBOX $10.99; 9 Jun STREAMFLIX $15.49",
      "Which charge should I dispute: STREAMFLIX $49.99, TUNEBOX $10.99, or STREAMFLIX $15.49?", "context"))

pair(G,
     ("Book the car in for its MOT at the garage on Park Road, any Saturday in March.", None),
     ("Book the car in for its MOT, any Saturday in March.",
      "Vehicles: Ford Focus (MOT due 14 Mar); VW Polo (MOT due 21 Mar)\nGarages saved: Park Road Motors",
      A, "entity_identity", "Ford Focus (MOT due 14 Mar); VW Polo (MOT due 21 Mar)",
      "Which car should I book in for the MOT: the Ford Focus or the VW Polo?", "context"))

pair(G,
     ("Move $1,000 from my savings into the brokerage account.",
      "Accounts: High-yield savings ...6610 ($12,300); Brokerage (Fidelity) ...0091"),
     ("Move some money from my savings into the brokerage account, like last time.",
      "Accounts: High-yield savings ...6610 ($12,300); Brokerage (Fidelity) ...0091\nTransfer history: none to brokerage",
      M, "quantity", "Transfer history: none to brokerage",
      "I don't see a previous transfer to copy; how much should I move into the brokerage account?", "context"))

pair(G,
     ("Cancel the cleaner for the next two weeks, we're away. She comes Wednesdays.",
      "Contacts: Rosa (cleaner, Wednesdays)"),
     ("Cancel the cleaner for the next two weeks, we're away. She comes Wednesdays.",
      "Contacts: Rosa (cleaner, Wednesdays)\nTravel: flights out Sat 12 Jul, back Sat 19 Jul",
      C, "context_conflict", "flights out Sat 12 Jul, back Sat 19 Jul",
      "Your trip looks like one week (12-19 Jul); should I cancel Rosa for one Wednesday or two?", "context"))

pair(G,
     ("Find a pediatric dentist within 5 miles that takes Delta Dental and book a cleaning for Max in the school holidays.",
      "Insurance: Delta Dental PPO. Max, age 7. School holidays: 15-26 Jul."),
     ("Find a pediatric dentist within 5 miles that takes our insurance and book a cleaning for Max in the school holidays.",
      "Insurance cards on file: Delta Dental PPO (expired 31 Dec); Cigna Dental (active from 1 Jan). Max, age 7.",
      C, "context_conflict", "Delta Dental PPO (expired 31 Dec); Cigna Dental (active from 1 Jan)",
      "Just to confirm the insurance: your Delta Dental expired, so should I search for dentists that take Cigna Dental?", "context"))

pair(G,
     ("Submit the meter reading: 04512.", "Energy account: Brightwave, electricity meter E-22"),
     ("Submit the meter reading: 04512.", "Energy account: Brightwave; meters: electricity E-22 (last reading 04388), gas G-09 (last reading 01201)",
      A, "referent", "electricity E-22 (last reading 04388), gas G-09 (last reading 01201)",
      "Is 04512 the electricity reading (E-22) or the gas reading (G-09)?", "context"))

pair(G,
     ("Sign me up for the flu shot at Walgreens on Saturday morning.", None),
     ("Sign us up for flu shots at Walgreens on Saturday morning.", "Household: you, partner (Alex), kids Emma (8), Jack (5)",
      M, "quantity", "Sign us up for flu shots",
      "Who should get flu shots: just you and Alex, or the kids as well?"))

pair(G,
     ("Cancel the home insurance auto-renewal, I've already bought a new policy with Harbor.",
      "Policies: Home - Stonegate (renews 1 Sep, auto-renew on)"),
     ("Cancel the insurance auto-renewal, I've already bought a new policy with Harbor.",
      "Policies: Home - Stonegate (renews 1 Sep, auto-renew on); Car - Stonegate (renews 14 Sep, auto-renew on)",
      A, "referent", "Home - Stonegate (renews 1 Sep, auto-renew on); Car - Stonegate (renews 14 Sep, auto-renew on)",
      "Which Stonegate policy did you replace with Harbor: home, car, or both?", "context"))

pair(G,
     ("Order a new toothbrush head 4-pack for the Oral-B, the same kind as the ones in my order history.",
      "Order history: Oral-B CrossAction heads 4-pack"),
     ("Order new toothbrush heads for the electric toothbrushes, 4-pack.",
      "Devices: Oral-B iO (you); Philips Sonicare 4100 (partner)",
      A, "entity_identity", "Oral-B iO (you); Philips Sonicare 4100 (partner)",
      "Which toothbrush are the heads for: your Oral-B iO or the Philips Sonicare?", "context"))

# stand-alone batch 5
ok(G, "Pay it.", "Bill: Comcast internet $79.99 due tomorrow; autopay off; default payment: Checking ...7731")
ok(G, "Book the vet for Biscuit's annual shots, sometime next week after 4pm.",
   "Pets: Biscuit (dog). Vet: Riverside Animal Clinic, online booking, openings next week: Tue 16:30, Thu 17:15")
ok(G, "cancel it", "Last message from you: 'I need to cancel the Hulu trial before it charges me.'\nSubscriptions: Hulu (trial ends tomorrow)")
ok(G, "What did I spend on groceries last month?", "Transactions tagged Groceries, May: $612.40")
ok(G, "Renew the car registration online.",
   "Vehicle: Honda Civic, plate 7ABC123, registration expires 30 Jun, renewal fee $168, DMV account linked")
ok(G, "Make a doctor's appt for my knee, with Dr. Patel if she has anything this month, otherwise whoever's first.")
ok(G, "Top up the kids' lunch accounts to $50 each.", "School lunch accounts: Emma $12.40, Jack $3.10")
ok(G, "Download my last three bank statements and save them to the Taxes folder.",
   "Bank: Chase checking ...7731 (statements Mar, Apr, May available)")
ok(G, "Set a reminder to take the antibiotics at 8am and 8pm for the next 7 days.")
ok(G, "Switch the phone plan to the cheaper one they offered.",
   "Email from Mint Mobile: 'You can switch to our 15GB plan at $20/mo (currently $30/mo).'")
ok(G, "Request a copy of my vaccination record from the clinic portal.",
   "Portal: MyHealth - Lakeside Clinic, logged in")
ok(G, "Order the filters for the furnace, same size as last time, 2 of them.",
   "Order history: Filtrete 16x25x1 MPR 1000 (2-pack)")
ok(G, "Please book Grandma a taxi to her eye appointment on Thursday and back.",
   "Calendar (Grandma): Thu 10:30 Eye clinic, St Mary's Hospital (about 45 min). Grandma's address: 7 Rowan Close.")
ok(G, "Pay my share of the dinner to Lena on Venmo.", "Splitwise: 'Dinner at Sato' - you owe Lena $38.50")
ok(G, "Put the council tax payments on my calendar.", "Council tax: 10 monthly instalments of £164, due on the 1st, Apr-Jan")
blk(G, "Can you pay the credit card?",
    "Visa ...4421: statement balance $2,310; minimum due $45; due 25 Jun. Checking balance: $1,150.",
    M, "quantity", "statement balance $2,310; minimum due $45",
    "How much should I pay on the Visa: the minimum $45, the full $2,310 (more than checking holds), or another amount?", "context")
blk(G, "I've been meaning to sort this for ages and it keeps slipping, between work and the school run it's just chaos around here, but could you please finally book the kids in for their eye tests? Whenever they have space.",
    "Kids: Emma (8), Jack (5), Noah (2)",
    A, "quantity", "Emma (8), Jack (5), Noah (2)",
    "Should all three kids (Emma, Jack and Noah) get eye tests, or only the older two?", "context")
blk(G, "Pay the nanny this week's wages, the usual amount but she did extra hours Tuesday so add those too.",
    "Nanny: Sofia, $22/hr, usual 30 hrs/week",
    M, "quantity", "she did extra hours Tuesday",
    "How many extra hours did Sofia work on Tuesday?")
blk(G, "Book my physio follow-up for the same day and time as last time, in two weeks.",
    "Past physio appointments: Tue 09:00 (3 Jun), Thu 17:30 (12 Jun)",
    A, "referent", "Tue 09:00 (3 Jun), Thu 17:30 (12 Jun)",
    "Which slot should the follow-up copy: Tuesday 9:00 or Thursday 17:30?", "context")
blk(G, "Send my bank details to the new employer for payroll.",
    "Accounts: Chase checking ...7731; Ally savings ...2210\nNew employer HR contact: payroll@lumen.co",
    A, "entity_identity", "Chase checking ...7731; Ally savings ...2210",
    "Which account should your salary go into: Chase checking ...7731 or Ally savings ...2210?", "context")
blk(G, "Pay the contractor the rest of what we owe for the kitchen, he finished yesterday and honestly did a lovely job so please add a note saying thanks.",
    "Contract: kitchen remodel $18,000. Paid: deposit $6,000. Change order #2 (unsigned): +$1,400",
    A, "quantity", "Change order #2 (unsigned): +$1,400",
    "Should the final payment be $12,000, or $13,400 including the unsigned change order #2?", "context")
blk(G, "Fill in the insurance claim for the cracked windscreen, it happened last week on the motorway.", None,
    M, "date", "it happened last week",
    "What exact date did the windscreen crack (the claim form needs it)?")
blk(G, "Book a massage for me and my husband for our anniversary, couples room, on the 14th.",
    "Calendar: anniversary - 12 Feb. Spa availability (couples room): 12 Feb full; 14 Feb 15:00, 17:00",
    C, "context_conflict", "anniversary - 12 Feb",
    "Your anniversary is on the 12th but you asked for the 14th (the 12th is fully booked); is 14 Feb fine, and at 15:00 or 17:00?", "context")
blk(G, "Set up autopay for the mortgage from the joint account. Pay it on the 1st, but make sure it never goes out before payday on the 15th.",
    None, C, "conflicting_instructions", "Pay it on the 1st, but make sure it never goes out before payday on the 15th",
    "Should the mortgage autopay run on the 1st or after payday on the 15th?")
blk(G, "Tell the pharmacy to hold the prescription for pickup tomorrow.",
    "Pharmacies with ready prescriptions: Boots High St (amoxicillin); Lloyds Station Rd (inhaler)",
    A, "referent", "Boots High St (amoxicillin); Lloyds Station Rd (inhaler)",
    "Which prescription should be held: the amoxicillin at Boots or the inhaler at Lloyds?", "context")
blk(G, "Find me a cheaper energy deal and switch me over.", None,
    M, "scope", "switch me over",
    "Are there any limits on the switch (fixed vs variable tariff, exit fees, green supplier), or should I just pick the cheapest?")
blk(G, "Get a quote for the roof repair from three local roofers and book the cheapest for next week.",
    None, M, "location", "three local roofers",
    "What is the address of the property that needs the roof repair?")
blk(G, "Transfer the deposit to the landlord.",
    "Lease: deposit $2,400 (Maple St). Email from landlord: 'Deposit is $2,100 as discussed.'",
    C, "context_conflict", "'Deposit is $2,100 as discussed.'",
    "The lease says $2,400 but the landlord's email says $2,100; which amount should I transfer?", "context")
blk(G, "Book the annual check-up for my son.",
    "Kids: Ethan (14), Lucas (11)",
    A, "entity_identity", "Ethan (14), Lucas (11)",
    "Which son is the check-up for: Ethan or Lucas?", "context")
blk(G, "Could you put in the leave request for when we're in Portugal? It's the annual leave form on the intranet.",
    "Calendar: 'Portugal??' tentative 3-10 Aug; 'Portugal' tentative 17-24 Aug",
    A, "date", "'Portugal??' tentative 3-10 Aug; 'Portugal' tentative 17-24 Aug",
    "Which dates should the leave request cover: 3-10 Aug or 17-24 Aug?", "context")
blk(G, "Claim back the taxi from the airport on expenses.",
    "Receipts: Uber 12 May $48.20 (JFK -> home); Uber 19 May $52.10 (home -> JFK); Uber 23 May $46.90 (JFK -> home)",
    A, "referent", "Uber 12 May $48.20 (JFK -> home)",
    "Which airport taxi should I claim: 12 May or 23 May (or both)?", "context")

# ---------------------------------------------------------------------------
# Batch 6: HR, legal and admin paperwork; research summaries
# ---------------------------------------------------------------------------

pair(G,
     ("Fill in the W-4 for my new job: single, no dependents, no extra withholding.", None),
     ("Fill in the W-4 for my new job, same as last year's.",
      "Last year's W-4: married filing jointly, 2 dependents. Note from user in March: 'we divorced in Feb'",
      C, "context_conflict", "we divorced in Feb",
      "Last year's W-4 says married filing jointly, but you mentioned a divorce in February; which filing status should I use now?", "context"))

pair(W,
     ("Summarize the main findings of these three papers on remote work and productivity in a one-page brief for the leadership team.",
      "Papers: Bloom 2015 (call centre RCT); Choudhury 2021 (work-from-anywhere); Gibbs 2023 (IT firm, hours vs output)"),
     ("Summarize the main findings of these papers on remote work in a brief for leadership.",
      "Papers folder: 14 PDFs, topics range from remote work productivity to office real-estate costs to employee wellbeing.",
      M, "scope", "14 PDFs, topics range from remote work productivity to office real-estate costs to employee wellbeing",
      "Which angle should the brief cover (productivity, real-estate costs, wellbeing, or all), and how long should it be?", "context"))

pair(G,
     ("Submit my leave request for 4-8 August in the HR portal, annual leave.",
      "HR portal: annual leave balance 12 days"),
     ("Submit my leave request for 4-8 August in the HR portal, annual leave, 3 days.",
      "HR portal: annual leave balance 12 days. 4-8 August = Mon-Fri.",
      C, "conflicting_instructions", "4-8 August in the HR portal, annual leave, 3 days",
      "4-8 August is five working days, not three; which days should the request cover?"))

pair(W,
     ("Write a job ad for a part-time bookkeeper, 20 hrs/week, hybrid, Leeds office, £16-18/hr.", None),
     ("Write a job ad for a part-time bookkeeper, hybrid, Leeds office, and include the pay range.", None,
      M, "quantity", "include the pay range",
      "What pay range (and weekly hours) should the bookkeeper ad give?"))

pair(G,
     ("Send the signed NDA back to Marisol at Vantage.",
      "Docs: NDA_Vantage_signed.pdf\nContacts: Marisol Ortega (Vantage Legal)"),
     ("Send the signed NDA back to Marisol at Vantage.",
      "Docs: NDA_Vantage_v2.pdf (signature field empty); NDA_Vantage_v1_signed.pdf\nContacts: Marisol Ortega (Vantage Legal)",
      C, "context_conflict", "NDA_Vantage_v2.pdf (signature field empty); NDA_Vantage_v1_signed.pdf",
      "Only v1 is signed and v2 is unsigned; should I send the signed v1, or do you need to sign v2 first?", "context"))

pair(W,
     ("Write a reference letter for Joanna, who worked here as a barista from 2021 to 2024: reliable, great with customers, trained new staff.", None),
     ("Write a reference letter for Joanna, who worked here as a barista: reliable, great with customers, trained new staff.",
      "Staff records: Joanna Kim (barista, 2021-2024); Joanna Pratt (barista, 2023, dismissed)",
      A, "entity_identity", "Joanna Kim (barista, 2021-2024); Joanna Pratt (barista, 2023, dismissed)",
      "Which Joanna is the reference for: Joanna Kim (2021-2024) or Joanna Pratt (2023)?", "context"))

pair(W,
     ("Research summary: what does the evidence say about standing desks and back pain? 300 words, cite the main reviews.", None),
     ("Research summary on standing desks, 300 words, cite the main reviews, and don't cite anything.", None,
      C, "conflicting_instructions", "cite the main reviews, and don't cite anything",
      "Should the summary include citations to the main reviews or none at all?"))

pair(G,
     ("Register the company name change with the state by filing the amendment form, new name is Brightlane Studio LLC.", None),
     ("Register the company name change with the state by filing the amendment form.", None,
      M, "entity_identity", "Register the company name change",
      "What is the new company name to file?"))

pair(W,
     ("Draft a warning letter to the tenant at flat 2 for the noise complaints on 3, 9 and 15 May, firm but polite.",
      "Complaints log: Flat 2 - 3 May, 9 May, 15 May (loud music after midnight)"),
     ("Draft a warning letter to the tenant for the noise complaints this month, firm but polite.",
      "Complaints log: Flat 2 - 3 May, 9 May (loud music); Flat 5 - 15 May, 21 May (party)",
      A, "recipient", "Flat 2 - 3 May, 9 May (loud music); Flat 5 - 15 May, 21 May (party)",
      "Which tenant is the warning for: Flat 2 or Flat 5 (or separate letters to both)?", "context"))

pair(G,
     ("Book the onboarding session for the new hire, Raj, on his first day at 10am.",
      "New hires: Raj Mehta, start date Mon 2 Sep"),
     ("Book the onboarding session for the new hire on his first day at 10am.",
      "New hires: Raj Mehta, start Mon 2 Sep; Tom Levy, start Mon 9 Sep",
      A, "entity_identity", "Raj Mehta, start Mon 2 Sep; Tom Levy, start Mon 9 Sep",
      "Which new hire is the onboarding for: Raj (starts 2 Sep) or Tom (starts 9 Sep)?", "context"))

pair(W,
     ("Write a summary of the lease for me in plain English: rent, term, break clause, who fixes what.",
      "Lease (14 pages): rent £1,450/mo; 24-month term; break clause at month 12 with 2 months' notice; landlord repairs structure, tenant internal decor."),
     ("Write a summary of the lease for me in plain English.",
      "Lease (14 pages) ... clause 4: rent £1,450/mo ... Schedule 2 (amendment): rent £1,520/mo from signing.",
      C, "context_conflict", "Schedule 2 (amendment): rent £1,520/mo from signing.",
      "Clause 4 says £1,450/mo but the amendment says £1,520 from signing; should the summary give £1,520 as the current rent and mention the difference?", "context"))

pair(G,
     ("Apply for the parking permit for the new car, plate KX21 ABC, residents zone D.", None),
     ("Apply for the parking permit for the new car, residents zone D.",
      "Vehicles on file: VW Polo KX17 ZZT (sold March)",
      M, "entity_identity", "VW Polo KX17 ZZT (sold March)",
      "What is the new car's registration (plate) number for the permit?", "context"))

pair(W,
     ("Compile a short literature overview (about 600 words) on microplastics in drinking water for a general-audience magazine.", None),
     ("Compile a short literature overview (about 600 words) on microplastics in drinking water, written for the expert reviewers and also for kids.", None,
      C, "conflicting_instructions", "for the expert reviewers and also for kids",
      "One piece can't be pitched at both; is the audience expert reviewers or children?"))

pair(G,
     ("Update my emergency contact in the HR system to my sister, Nadia Amin, 07700 900112.", None),
     ("Update my emergency contact in the HR system to my sister.",
      "Contacts: Nadia Amin (sister), Leila Amin (sister)",
      A, "entity_identity", "Nadia Amin (sister), Leila Amin (sister)",
      "Which sister should be your emergency contact: Nadia or Leila?", "context"))

pair(W,
     ("Write the incident report for the forklift near-miss on Tuesday using the witness notes.",
      "Witness notes: Tue 11 Jun 14:20, aisle 7, forklift reversing, no injuries, driver: K. Obi."),
     ("Write the incident report for the forklift near-miss using the witness notes.",
      "Witness notes (A. Ruiz): Tue 11 Jun 14:20, aisle 7. Witness notes (P. Chen): Wed 12 Jun 09:10, aisle 3.",
      A, "referent", "Tue 11 Jun 14:20, aisle 7. Witness notes (P. Chen): Wed 12 Jun 09:10, aisle 3",
      "Which near-miss is the report for: Tuesday in aisle 7 or Wednesday in aisle 3?", "context"))

# stand-alone batch 6
ok(G, "File it under 2024 taxes.", "Email attachment: '1099-INT Ally Bank 2024.pdf'")
ok(W, "Summarize this policy for new starters in five bullets.",
   "Policy: 'Remote work: up to 3 days/week remote; core hours 10-3; equipment allowance £300; must be reachable on Slack; manager approval for fully remote weeks.'")
ok(G, "Submit the timesheet for this week with 8 hours each day, Monday to Friday, project code PX-204.")
ok(W, "Write a resignation email to my manager, Karen. Last day 30 June. Grateful, short, no reasons.")
ok(W, "Give me the gist of this in plain words.",
   "Clause: 'The Licensee shall not sublicense, assign or otherwise transfer the rights granted hereunder without prior written consent of the Licensor.'")
ok(G, "Get me the form to change my address with the DVLA.")
ok(W, "Turn this into a formal complaint letter to the council.",
   "Notes: pothole outside 14 Cedar Rd since January; reported 3 times (ref 55120); my car tyre burst 2 June, £140 repair; want it fixed and tyre reimbursed.")
ok(W, "Write a summary of the research on whether bilingual kids have better executive function. Balanced, 250 words, for a parenting blog.")
ok(G, "Sign the timesheet approval for the contractors, the hours all match the POs.",
   "Pending approvals: 3 contractor timesheets; hours match POs (checked by system)")
ok(W, "Write a note to file saying we verified the supplier's insurance certificate today, expires 31 Dec.",
   "Supplier: Apex Cleaning Ltd. Certificate: public liability £5M, exp 31 Dec.")
ok(G, "Book a 30-min exit interview with Dylan before his last day.",
   "Dylan Ford - last day Fri 28 Jun. HR calendar: free Wed 26 Jun 14:00, Thu 27 Jun 10:00")
ok(W, "Write a short description of our volunteering policy for the careers page.",
   "Policy: 2 paid volunteering days per year, any registered charity, book via HR portal.")
ok(W, "Pull together a quick summary of what the reviews say about the Kindle Paperwhite vs the Kobo Clara, for me deciding which to buy.")
ok(G, "Renew the business license before it expires.", "Business license #BL-44019, expires 31 Jul, renewal $150 online, auto-filled form ready")
ok(W, "Write a one-paragraph literature note on the 'spacing effect' for my study notes, with the classic reference.")
ok(W, "Write the redundancy consultation invitation letter using the HR template, for the warehouse night shift (6 staff), meeting on 12 Aug at 10am in Room 2.")
ok(G, "Could you print the boarding passes?", "Trip: BA 117 LHR-JFK tomorrow, 2 passengers checked in, printer: Home office")
blk(G, "Sign me up for the benefits plan.",
    "Open enrollment: Plan A (PPO, $180/mo), Plan B (HDHP + HSA, $95/mo), Plan C (HMO, $120/mo)",
    A, "referent", "Plan A (PPO, $180/mo), Plan B (HDHP + HSA, $95/mo), Plan C (HMO, $120/mo)",
    "Which plan should I enroll you in: A (PPO), B (HDHP + HSA), or C (HMO)?", "context")
blk(W, "Draft the termination letter for the employee we discussed, effective end of month.", None,
    M, "entity_identity", "the employee we discussed",
    "Which employee is the termination letter for?")
blk(W, "Write a summary of the studies on intermittent fasting for the wellness newsletter. Keep it under 150 words and include detailed tables of every study's results.", None,
    C, "conflicting_instructions", "under 150 words and include detailed tables of every study's results",
    "Detailed tables won't fit in 150 words; should I keep it short or include the tables?")
blk(G, "Submit the visa application for the conference trip.",
    "Trips: 'ML Conf Tokyo' 10-14 Nov; 'Partner summit Sao Paulo' 2-4 Dec (both may need visas)",
    A, "referent", "'ML Conf Tokyo' 10-14 Nov; 'Partner summit Sao Paulo' 2-4 Dec",
    "Which trip is the visa for: Tokyo (Nov) or São Paulo (Dec)?", "context")
blk(W, "Write the performance review for my report. Be honest.", "Direct reports: Aisha Bell, Karl Weiss, Jun Ota",
    A, "entity_identity", "Aisha Bell, Karl Weiss, Jun Ota",
    "Which report is the review for: Aisha, Karl, or Jun?", "context")
blk(W, "Compare the two health insurance quotes and tell me which is better value, and also pick the one with the lowest premium regardless.",
    "Quotes: Aviva £62/mo, £250 excess; Bupa £55/mo, £1,000 excess",
    C, "conflicting_instructions", "which is better value, and also pick the one with the lowest premium regardless",
    "Should I recommend on overall value (taking the excess into account) or simply the lowest premium?")
blk(G, "File the annual return for the company.",
    "Companies you direct: Brightlane Studio LLC (due 30 Jun); Oakfield Rentals Ltd (due 15 Jul)",
    A, "entity_identity", "Brightlane Studio LLC (due 30 Jun); Oakfield Rentals Ltd (due 15 Jul)",
    "Which company's annual return should I file: Brightlane Studio or Oakfield Rentals?", "context")
blk(W, "Prepare a research digest on the latest studies.", None,
    M, "scope", "the latest studies",
    "What topic should the digest cover, and how recent is 'latest' (e.g. last 6 months)?")
blk(G, "Send the offer letter to the candidate from Friday's interview.",
    "Fri interviews: Lucy Hart (Designer, 10:00), Sam Obi (Designer, 14:00). Hiring decision: not recorded.",
    A, "recipient", "Lucy Hart (Designer, 10:00), Sam Obi (Designer, 14:00)",
    "Which candidate gets the offer: Lucy Hart or Sam Obi?", "context")
blk(W, "Write the policy summary saying employees get 25 days annual leave.",
    "Handbook 2024, section 5.1: 'Full-time employees receive 23 days annual leave plus bank holidays.'",
    C, "context_conflict", "Full-time employees receive 23 days annual leave",
    "The handbook says 23 days, not 25; which figure should the summary state?", "context")
blk(G, "Register for the workshop for me and my colleague.",
    "Workshop 'Intro to Negotiation', 18 Sep, $250/seat", M, "entity_identity", "my colleague",
    "Which colleague should I register with you (name and email)?")
blk(W, "Write a grant progress report covering the last period.",
    "Grant: reporting periods are quarterly (Q1 Jan-Mar ... ) per the funder; your notes say 'we report every 6 months'.",
    C, "context_conflict", "your notes say 'we report every 6 months'",
    "The funder says quarterly reports but your notes say six-monthly; which period should this report cover?", "context")
blk(G, "Send the completed form to the school office.",
    "Forms: 'Trip consent - Emma' (completed); 'Photo consent - Jack' (completed)",
    A, "referent", "'Trip consent - Emma' (completed); 'Photo consent - Jack' (completed)",
    "Which form should go to the school office: Emma's trip consent, Jack's photo consent, or both?", "context")
blk(W, "Can you look into the research on blue light and sleep and write me something I can use?", None,
    M, "audience", "write me something I can use",
    "What will you use it for (e.g. a blog post, slides, personal notes), and how long should it be?")

# ---------------------------------------------------------------------------
# Batch 7: travel and bookings, forwarded threads, typo-heavy chat
# ---------------------------------------------------------------------------

pair(G,
     ("---------- Forwarded message ---------\nFrom: Aria Travel <bookings@ariatravel.com>\nSubject: Your Lisbon package\n\n(see below)\n\ncan you accept the 2nd option, the one with breakfast",
      "Aria Travel email: 'Option 1: Hotel Lumiar, room only, EUR 640. Option 2: Hotel Lumiar, with breakfast, EUR 712. Reply to confirm by 5 Jun.'"),
     ("---------- Forwarded message ---------\nFrom: Aria Travel <bookings@ariatravel.com>\nSubject: Your Lisbon package\n\n(see below)\n\ncan you accept the one with breakfast",
      "Aria Travel email: 'Option 1: Hotel Lumiar, with breakfast, EUR 712. Option 2: Casa Alfama, with breakfast, EUR 690. Option 3: Hotel Lumiar, room only, EUR 640.'",
      A, "referent", "Option 1: Hotel Lumiar, with breakfast, EUR 712. Option 2: Casa Alfama, with breakfast, EUR 690",
      "Two options include breakfast; should I accept Hotel Lumiar (EUR 712) or Casa Alfama (EUR 690)?", "context"))

pair(G,
     ("can u book the airbnb in tahoe for presidents day wknd, fri to mon, 6 ppl, the one w the hot tub we saved",
      "Saved listings: 'Cozy cabin w/ hot tub, Tahoe City' (sleeps 8)"),
     ("can u book the airbnb in tahoe for presidents day wknd, fri to mon, 6 ppl, the one we saved",
      "Saved listings: 'Cozy cabin w/ hot tub, Tahoe City' (sleeps 8); 'Lakeview A-frame, Kings Beach' (sleeps 6)",
      A, "referent", "'Cozy cabin w/ hot tub, Tahoe City' (sleeps 8); 'Lakeview A-frame, Kings Beach' (sleeps 6)",
      "Which saved listing should I book: the Tahoe City cabin with the hot tub or the Kings Beach A-frame?", "context"))

pair(G,
     ("Book an aisle seat on my flight to Rome.", "Booking: AZ 611, JFK-FCO, 3 Jun, seat not assigned"),
     ("Book an aisle seat on my flight to Rome.", "Bookings: AZ 611, JFK-FCO, 3 Jun (outbound, no seat); AZ 610, FCO-JFK, 12 Jun (return, no seat)",
      A, "scope", "AZ 611, JFK-FCO, 3 Jun (outbound, no seat); AZ 610, FCO-JFK, 12 Jun (return, no seat)",
      "Is the aisle seat just for the outbound AZ 611, or the return AZ 610 too?", "context"))

pair(G,
     ("Find me a hotel in Barcelona for the conference, walking distance to the venue, 3 nights, under EUR 180.",
      "Conference: 'EuroDev', Fira Gran Via, 15-17 Oct"),
     ("Find me a hotel in Barcelona for the conference, walking distance to the venue, under EUR 180.",
      "Conference: 'EuroDev', Fira Gran Via. Email 1: 'Dates: 15-17 Oct'. Email 2 (organiser, later): 'EuroDev moved to 22-24 Oct due to venue works.'",
      C, "context_conflict", "'EuroDev moved to 22-24 Oct due to venue works.'",
      "The organiser says EuroDev moved to 22-24 Oct; should I book the hotel for the new dates?", "context"))

pair(G,
     ("Book us the 10:40 Eurostar to Paris on 2 May, 2 adults, standard premier.", None),
     ("Book us the Eurostar to Paris on 2 May, 2 adults, standard premier, arriving by lunch.",
      "Eurostar 2 May: 07:01 (arr 10:20), 08:01 (arr 11:20), 10:40 (arr 14:00)",
      A, "time", "07:01 (arr 10:20), 08:01 (arr 11:20)",
      "Both the 07:01 and 08:01 arrive before lunch; which would you like?", "context"))

pair(G,
     ("Rent a car in Reykjavik for the 5 days we're there, 4x4, automatic, pickup at KEF airport.",
      "Trip: Iceland, arrive KEF 8 Sep 07:00, depart 13 Sep 16:00"),
     ("Rent a car in Reykjavik for the 5 days we're there, pickup at KEF airport.",
      "Trip: Iceland, arrive KEF 8 Sep, depart 13 Sep. Itinerary includes F-roads (Landmannalaugar).",
      M, "vehicle_type", "Rent a car in Reykjavik",
      "The F-roads need a 4x4; is a manual 4x4 fine, or do you need an automatic?"))

pair(G,
     ("Change my flight to the evening one.",
      "Booking: DL 402 ATL-BOS 14 Mar 08:15. Alternatives 14 Mar: 18:50 (only evening flight)"),
     ("Change my flight to the evening one.",
      "Booking: DL 402 ATL-BOS 14 Mar 08:15. Alternatives 14 Mar: 17:05, 19:40, 21:55",
      A, "referent", "17:05, 19:40, 21:55",
      "Which evening flight do you want: 17:05, 19:40 or 21:55?", "context"))

pair(G,
     ("Book 2 nights at the Premier Inn Edinburgh Centre, 9-11 Nov, 1 double room.", None),
     ("Book 2 nights at the Premier Inn Edinburgh Centre from 9 to 12 Nov, 1 double room.", None,
      C, "conflicting_instructions", "2 nights at the Premier Inn Edinburgh Centre from 9 to 12 Nov",
      "9 to 12 Nov is three nights; should I book 2 nights (9-11) or 3 nights (9-12)?"))

pair(G,
     ("Buy travel insurance for the Thailand trip for both of us, the comprehensive plan.",
      "Trip: Thailand 4-18 Jan, travellers: you, Dev"),
     ("Buy travel insurance for the trip for both of us, the comprehensive plan.",
      "Trips: Thailand 4-18 Jan (you, Dev); Ski week Val Thorens 8-15 Feb (you, Dev)",
      A, "referent", "Thailand 4-18 Jan (you, Dev); Ski week Val Thorens 8-15 Feb (you, Dev)",
      "Which trip is the insurance for: Thailand in January or the ski week in February (or an annual policy for both)?", "context"))

pair(G,
     ("Book a taxi to the airport for 5am on the 14th.", "Home: 22 Quarry Lane. Flight: 14th, 07:30 from LGW."),
     ("Book a taxi to the airport for 5am on the 14th.", "Home: 22 Quarry Lane. Flight: 15th, 07:30 from LGW.",
      C, "context_conflict", "Flight: 15th, 07:30 from LGW.",
      "Your flight is on the 15th, not the 14th; should the taxi be for 5am on the 15th?", "context"))

pair(G,
     ("Check us in online for tomorrow's flight and pick seats together near the front.", "Booking: LH 903, 2 passengers, check-in open"),
     ("Check us in online for tomorrow's flight and pick seats together near the front, all five of us.", "Booking: LH 903, 2 passengers (you, Dev), check-in open",
      C, "context_conflict", "2 passengers (you, Dev)",
      "The booking only has 2 passengers; who are the other three, and are they on a separate booking?", "context"))

pair(G,
     ("Find a dog-friendly cottage in the Lake District for the first week of October, sleeps 4, under £900.", None),
     ("Find a dog-friendly cottage in the Lake District for half term, sleeps 4, under £900.",
      "Kids' schools: Emma - Oakfield Primary (half term 21-25 Oct); Jack - St Luke's (half term 28 Oct-1 Nov)",
      C, "context_conflict", "Oakfield Primary (half term 21-25 Oct); Jack - St Luke's (half term 28 Oct-1 Nov)",
      "Emma and Jack have different half terms (21-25 Oct vs 28 Oct-1 Nov); which week should the cottage be for?", "context"))

# stand-alone batch 7
ok(G, "pls book the same hotel as last time in chicago, 2 nites from the 9th",
   "Past stays in Chicago: The Hoxton Chicago (Mar, 2 nights)")
ok(G, "Add my Global Entry number to the United booking.",
   "Booking: UA 880 SFO-NRT, 1 passenger. Profile: Known Traveler / Global Entry 981234567")
ok(G, "What time do I need to leave for the airport tomorrow?",
   "Flight: tomorrow 09:10 from SEA, domestic, checked bag. Drive to SEA: ~40 min with traffic.")
ok(G, "Get me on an earlier flight if there's one with seats, otherwise leave it.",
   "Booking: AA 1202 DFW-ORD today 18:30. Earlier today: 15:10 (3 seats), 12:45 (full)")
ok(G, "ok yes book the first one", "Assistant's last message: '1) Nobu 7:30pm, table for 2; 2) Sushi Zo 8:15pm, table for 2 - which one?'")
ok(G, "Cancel the hotel for the second night only, I'm heading home early.",
   "Booking: Hotel Zetta, 2 nights (Thu, Fri), free cancellation per night until 24h before")
ok(G, "Reserve a parking spot at the airport for the week we're away.",
   "Trip: depart 3 Aug 06:00 from BOS Terminal B, return 10 Aug 22:15. Preferred: Logan Economy Garage.")
ok(G, "Book the train home Sunday afternoon, whatever's cheapest between 2 and 5.",
   "Current trip: staying in York. Home station: London King's Cross.")
ok(G, "Find restaurants near our hotel in Rome that do a good carbonara, nothing too touristy, and book one for Tuesday 8pm for 2.",
   "Hotel: Hotel Campo de' Fiori, Rome")
ok(G, "Can you swap my seat to a window on the same flight?", "Booking: BA 117, seat 34C (aisle). Window seats free: 34A, 36K")
ok(G, "Forward the itinerary to Dev.", "Inbox: 'Your itinerary - Thailand 4-18 Jan'\nContacts: Dev Shah (partner)")
ok(G, "Rebook the cancelled connection onto the next one out, same cabin.",
   "Alert: LH 1402 FRA-PRG cancelled. Next: LH 1404 FRA-PRG 16:40, economy seats available.")
ok(G, "book somethin cheap near the venue for fri nite, just me, budget's in my notes",
   "Notes: 'Work trips: hotel max $160/night.' Venue: Moscone Center, SF.")
ok(W, "Write a quick message to the Airbnb host saying we'll arrive around 9pm and asking where to park.",
   "Booking: 'Lakeview A-frame', host: Marla, check-in from 4pm")
blk(G, "Book the flight to see my parents for Christmas.",
    "Parents: Mum - Dublin; Dad - Cork (separated)",
    A, "location", "Mum - Dublin; Dad - Cork",
    "Should the flight go to Dublin (your mum) or Cork (your dad)?", "context")
blk(G, "so the plan changed AGAIN lol. can u move the hotel to start a day later but keep the checkout the same, and also keep the same number of nights",
    "Booking: Hotel Arlo, check-in 12 Sep, check-out 15 Sep (3 nights)",
    C, "conflicting_instructions", "keep the checkout the same, and also keep the same number of nights",
    "Starting a day later with the same checkout makes it 2 nights; should I keep checkout on 15 Sep (2 nights) or keep 3 nights (checkout 16 Sep)?")
blk(G, "Book the flight home after the wedding.",
    "Wedding: Sat 21 June, Kent. Home: Edinburgh. Note: 'might stay on for a few days with Jo after, not sure yet'",
    M, "date", "might stay on for a few days with Jo after, not sure yet",
    "Which day do you want to fly home: Sunday 22 June, or later if you stay on with Jo?", "context")
blk(G, "Get us a rental car big enough for everyone for the reunion.", None,
    M, "quantity", "big enough for everyone",
    "How many people (and roughly how much luggage) does the car need to carry?")
ok(G, "Book a hotel in Portland for the 3rd to the 6th.", "Calendar: 'Visit Mom - Portland, ME' 3-6 Oct")
blk(G, "Add the kids' passports to the packing list.", "Packing lists: 'Thailand Jan' (4 people); 'Ski Feb' (4 people)",
    A, "referent", "'Thailand Jan' (4 people); 'Ski Feb' (4 people)",
    "Which packing list should get the kids' passports: Thailand (Jan) or Ski (Feb)?", "context")
blk(G, "hey pls book the 6:15 train tmrw",
    "Saved routes: Oxford -> London Paddington; London Paddington -> Oxford. Trains tomorrow at 06:15 exist on both routes.",
    A, "direction", "Oxford -> London Paddington; London Paddington -> Oxford",
    "Is the 6:15 from Oxford to London or from London to Oxford?", "context")
blk(G, "Book me into the lounge at the airport.",
    "Trip: LHR T5 outbound 3 Jun; connection in DOH (2h layover); JFK T7 return 12 Jun",
    A, "location", "LHR T5 outbound 3 Jun; connection in DOH (2h layover); JFK T7 return 12 Jun",
    "Which airport's lounge: Heathrow T5, Doha during the layover, or JFK on the return?", "context")
blk(G, "Book the campsite for the long weekend, two tents, and no more than 2 nights. We want Friday, Saturday and Sunday nights.",
    None, C, "conflicting_instructions", "no more than 2 nights. We want Friday, Saturday and Sunday nights",
    "Friday to Sunday is three nights; should I book 2 nights or all three?")
blk(G, "Book my usual hotel in Manchester for next Tuesday.",
    "Past Manchester stays: Motel One Piccadilly (4 times); Hotel Gotham (4 times)",
    A, "referent", "Motel One Piccadilly (4 times); Hotel Gotham (4 times)",
    "You've stayed at Motel One Piccadilly and Hotel Gotham equally often; which one should I book?", "context")
blk(G, "Upgrade me to business on the long flight if it's under $600.",
    "Trip: SFO-ORD (4h15); ORD-LHR (7h50); LHR-SFO (11h05)",
    A, "referent", "ORD-LHR (7h50); LHR-SFO (11h05)",
    "Which long flight: ORD-LHR or the LHR-SFO return (the longest)?", "context")
blk(G, "Book a table for the whole department to celebrate the launch.", "Department: Product (23 people)",
    M, "date", "Book a table for the whole department to celebrate the launch",
    "What date and time should the launch dinner be, and roughly where?")
blk(G, "Find flights to Sydney for the school holidays, economy, for the four of us, but only if the whole trip costs under $2,000 total including flights for everyone.",
    "Typical fare LAX-SYD economy in school holidays: $1,300-1,700 per person return",
    C, "context_conflict", "$1,300-1,700 per person return",
    "Fares for four run about $5,200-6,800, well over $2,000; should I raise the budget or look at other dates/destinations?", "context")
blk(G, "Can you book the restaurant Lauren recommended?",
    "Messages from Lauren: 'You HAVE to try Bavel' (Mar); 'Kismet is even better honestly' (May)",
    A, "referent", "'You HAVE to try Bavel' (Mar); 'Kismet is even better honestly' (May)",
    "Lauren recommended both Bavel and Kismet; which should I book, and for when?", "context")

# ---------------------------------------------------------------------------
# Batch 8: shopping, orders, customer support (mixed lengths)
# ---------------------------------------------------------------------------

pair(G,
     ("Order the blue version of the Ikea Poäng cushion, not the beige one we have.", None),
     ("Order the Ikea Poäng cushion in a different colour from the one we have.",
      "Available colours: Hillared dark blue, Knisa light beige, Glose black, Skiftebo yellow. Current: Knisa light beige.",
      M, "color", "in a different colour from the one we have",
      "Which colour do you want: dark blue, black, or yellow?"))

pair(W,
     ("Respond to this customer and approve the exchange for a size M.",
      "Chat (Leo Grant): 'The hoodie is too big, can I exchange the L for an M?' Stock: hoodie M in stock."),
     ("Respond to this customer and approve the exchange.",
      "Chat (Leo Grant): 'The hoodie is too big, can I exchange the L for an M?' Stock: hoodie M - out of stock until 20 Jul.",
      C, "context_conflict", "hoodie M - out of stock until 20 Jul",
      "Size M is out of stock until 20 July; should I offer Leo a wait, a refund, or a different item?", "context"))

pair(G,
     ("Buy a 65-inch LG C3 OLED from Best Buy, with the 3-year protection plan, and schedule delivery for Saturday.", None),
     ("Buy the TV we looked at, with the protection plan, and schedule delivery for Saturday.",
      "Browsing history: LG C3 OLED 65\" ($1,799); Samsung S90C 65\" ($1,599); LG C3 OLED 55\" ($1,299)",
      A, "referent", "LG C3 OLED 65\" ($1,799); Samsung S90C 65\" ($1,599); LG C3 OLED 55\" ($1,299)",
      "Which TV should I buy: the LG C3 65\", the Samsung S90C 65\", or the LG C3 55\"?", "context"))

pair(G,
     ("Return the dress, it doesn't fit. Use the free drop-off at the post office.",
      "Order #A-5521: Midi wrap dress (green, size 10). Return window: 30 days (day 12 today)."),
     ("Return the dress, it doesn't fit. Use the free drop-off at the post office.",
      "Order #A-5521: Midi wrap dress (green, size 10). Return window: 30 days (day 41 today). Late returns: store credit only, at retailer's discretion.",
      C, "context_conflict", "Return window: 30 days (day 41 today)",
      "The 30-day return window has passed (day 41); should I ask the retailer for store credit instead?", "context"))

pair(W,
     ("Reply to the wholesale inquiry with our standard price list and MOQ of 50 units.",
      "Email from Greta (Nordic Home): 'Can you send wholesale pricing?' Attachment available: Wholesale_Prices_2024.pdf"),
     ("Reply to the wholesale inquiry with our standard price list and MOQ.",
      "Email from Greta (Nordic Home): 'Can you send wholesale pricing?' Attachments available: Wholesale_Prices_2024.pdf (MOQ 50); Wholesale_Prices_2024_EU.pdf (MOQ 100, EUR)",
      A, "referent", "Wholesale_Prices_2024.pdf (MOQ 50); Wholesale_Prices_2024_EU.pdf (MOQ 100, EUR)",
      "Nordic Home may be an EU buyer; should I send the standard list (MOQ 50) or the EU list (MOQ 100, EUR)?", "context"))

pair(G,
     ("Order 12 of the white A4 ring binders for the office, 2-ring, 25mm.", None),
     ("Order a dozen white A4 ring binders for the office, 2-ring, 25mm - 15 of them.", None,
      C, "conflicting_instructions", "a dozen white A4 ring binders for the office, 2-ring, 25mm - 15 of them",
      "How many binders: 12 or 15?"))

pair(G,
     ("Buy the replacement charger for my laptop, it's a MacBook Air M2, the 35W dual port one.", None),
     ("Buy the replacement charger for my laptop.",
      "Devices: MacBook Air M2 (personal); Dell Latitude 7440 (work)",
      A, "entity_identity", "MacBook Air M2 (personal); Dell Latitude 7440 (work)",
      "Which laptop needs the charger: the MacBook Air M2 or the Dell Latitude?", "context"))

pair(W,
     ("Write back to the customer: her gift card was applied, the $25 balance is visible in her account now.",
      "Ticket #7031 (Mira Solis): 'My gift card isn't showing.' System: gift card GC-8812 applied, balance $25."),
     ("Write back to the customer: her gift card was applied and the balance is visible in her account now.",
      "Ticket #7031 (Mira Solis): 'My gift card isn't showing.' System: gift card GC-8812 status: pending activation (retailer side).",
      C, "context_conflict", "status: pending activation (retailer side)",
      "The system shows GC-8812 still pending activation; should I tell Mira it's applied, or that it's being activated?", "context"))

pair(G,
     ("Get the Lego set Leo wants for his birthday, the Millennium Falcon 75257, and gift wrap it.", None),
     ("Get the Lego set Leo wants for his birthday and gift wrap it.",
      "Leo's wishlist: Lego Millennium Falcon 75257; Lego Technic Bugatti 42151; Lego City Fire Station 60320",
      A, "referent", "Lego Millennium Falcon 75257; Lego Technic Bugatti 42151; Lego City Fire Station 60320",
      "Leo's wishlist has three Lego sets; which one should I get?", "context"))

pair(G,
     ("Subscribe to the monthly delivery of the Counter Culture beans, 2lb, whole bean.", None),
     ("Subscribe to the delivery of the Counter Culture beans, 2lb, whole bean.",
      "Subscription options: every 2 weeks, every 4 weeks, every 8 weeks",
      M, "frequency", "Subscribe to the delivery",
      "How often should the beans arrive: every 2, 4 or 8 weeks?"))

pair(W,
     ("Write a reply to this bad review telling them we've refunded the order in full.",
      "Review (Tom B.): 'Pizza was burnt.' Order #2231 refunded in full ($24.50) yesterday."),
     ("Write a reply to this bad review telling them we've refunded the order in full.",
      "Review (Tom B.): 'Pizza was burnt.' Orders by Tom B. this month: #2231 ($24.50, refunded), #2260 ($31.00, not refunded)",
      A, "referent", "#2231 ($24.50, refunded), #2260 ($31.00, not refunded)",
      "Which order is the review about: #2231 (already refunded) or #2260 (not refunded)?", "context"))

pair(G,
     ("Order a large pepperoni and a medium margherita from Tony's for pickup at 7.", None),
     ("Order the pizzas from Tony's for pickup at 7, same as last Friday.",
      "Order history at Tony's: none. Last Friday: order from Domino's (large pepperoni, medium margherita).",
      C, "context_conflict", "Order history at Tony's: none. Last Friday: order from Domino's",
      "Last Friday's order was from Domino's, not Tony's; should I order the same pizzas from Tony's, or use Domino's?", "context"))

# stand-alone batch 8
ok(G, "Add the usual to the cart and check out.", "Saved list 'Usual': oat milk x2, bananas, greek yogurt, granola. Payment: Visa ...4421. Delivery: home.")
ok(G, "Buy another one of these.", "Current page: 'Anker PowerCore 10000 portable charger, black - $25.99' (you bought 1 in March)")
ok(G, "track my order", "Orders in transit: #8812 (UPS 1Z999AA10123456784)")
ok(G, "I was going to go to the shop myself but it's pouring and the baby's asleep, so can you just get some nappies delivered, the same ones, today if possible?",
   "Order history: Pampers Baby-Dry size 4, 76ct (monthly)")
ok(W, "Reply to this: yes we ship to Canada, shipping is $15 flat, 7-10 days.", "Chat (Chloe): 'Do you ship to Canada?'")
ok(W, "Write a short apology to the customer for the wrong colour and tell them the correct one ships tomorrow, return label attached.",
   "Ticket #3322 (Nia Clarke): 'Ordered navy, got black.'")
ok(G, "Buy the cheaper of the two.", "Comparison: Dyson V8 $349; Shark Stratos $299")
ok(G, "Price-match the TV with Walmart's price.", "Order: LG 55\" at Target, $699. Walmart same model: $649. Target price-match policy: 14 days, identical item, eligible.")
ok(G, "Cancel the order I placed by mistake this morning.", "Orders today: #9001 (09:14) phone charger - note: 'oops, duplicate of #8990'")
ok(G, "Reorder my contact solution but get the bigger bottle this time.", "Order history: Opti-Free Puremoist 10oz. Sizes: 10oz, 16oz")
ok(W, "Draft a reply to the supplier: we accept the new price of $4.10/unit from 1 August.",
   "Email from Lark Packaging: 'Due to costs we need to move to $4.10/unit from 1 Aug. Please confirm.'")
ok(G, "Buy some birthday candles and a '7' number candle, whatever's available on same-day delivery.")
ok(G, "Find a cheap replacement for the broken shower head, standard fitting, chrome, nothing over $40.")
ok(W, "Answer the customer's question about the warranty.", "Customer: 'Is the kettle under warranty?' Order date: 3 months ago. Warranty: 2 years, manufacturer.")
ok(G, "Return everything from that order except the socks.", "Order #5512: running shoes; running shorts; socks 3-pack. Return window open.")
ok(W, "Write a friendly 'your order has shipped' email template with placeholders for name, order number and tracking link.")
ok(G, "Order the school shoes for Emma in the next size up.", "Order history: Clarks 'Scooter Run' black, size 12.5 (Emma)")
blk(G, "Buy a new mattress for the guest room, nothing too expensive.",
    "Guest room bed frame: unknown size",
    M, "size", "Guest room bed frame: unknown size",
    "What size is the guest room bed (twin, full, queen)?", "context")
blk(G, "Order more of the thing I bought for the garden last spring, we're running low.",
    "Garden orders (Apr last year): Miracle-Gro All Purpose 1.5kg; slug pellets 800g; grass seed 2kg",
    A, "referent", "Miracle-Gro All Purpose 1.5kg; slug pellets 800g; grass seed 2kg",
    "Which garden item should I reorder: the Miracle-Gro, the slug pellets, or the grass seed?", "context")
blk(W, "Reply to the customer and give them the discount code from the promo.",
    "Active promos: SPRING10 (10% off, all customers); VIP25 (25% off, VIP only). Customer tier: unknown.",
    A, "referent", "SPRING10 (10% off, all customers); VIP25 (25% off, VIP only)",
    "Which code should the customer get: SPRING10 or VIP25 (do they qualify as VIP)?", "context")
blk(G, "Order the replacement part for the dishwasher, the one the repair guy mentioned.", None,
    M, "referent", "the one the repair guy mentioned",
    "Which part did the repair guy say was needed (part name or number)?")
blk(G, "Buy the headphones in whatever colour is cheapest, but they have to match my black laptop bag, white only.",
    None, C, "conflicting_instructions", "have to match my black laptop bag, white only",
    "Do you want white headphones, black to match the bag, or simply the cheapest colour?")
blk(G, "Get two tickets for the Saturday show, front row.",
    "Saved events: 'Hamilton' (Sat 2pm & 7:30pm shows); 'Comedy Cellar' (Sat 9pm)",
    A, "referent", "'Hamilton' (Sat 2pm & 7:30pm shows); 'Comedy Cellar' (Sat 9pm)",
    "Which Saturday show: Hamilton at 2pm, Hamilton at 7:30pm, or the Comedy Cellar at 9pm?", "context")
blk(W, "Reply to the customer confirming we'll replace the item free of charge.",
    "Ticket #4102 (Sara Li): 'Blender cracked after 26 months.' Warranty: 24 months.",
    C, "context_conflict", "Warranty: 24 months.",
    "The blender is 2 months outside the 24-month warranty; should we still offer a free replacement as a goodwill gesture?", "context")
blk(G, "Order a cake for the office party, enough for everyone.",
    "Office: 3 teams share the floor (Design 8, Eng 22, Sales 14); party invite sent to: 'the floor'? (unclear)",
    M, "quantity", "party invite sent to: 'the floor'? (unclear)",
    "How many people should the cake serve: just your team, or the whole floor (about 44)?", "context")
blk(G, "Buy the ink for the printer, the XL cartridges, 2 packs, but keep it under $30 total.",
    "Printer: HP OfficeJet 8015. HP 910XL multipack: $54.99 each.",
    C, "context_conflict", "HP 910XL multipack: $54.99 each.",
    "Two 910XL multipacks cost about $110, far over $30; should I buy one pack, standard (non-XL) cartridges, or raise the limit?", "context")
blk(G, "Send a replacement to the customer and charge it to our shipping account.",
    "Ticket #6630 (Owen Park). Shipping accounts: UPS (...221), FedEx (...904)",
    A, "entity_identity", "UPS (...221), FedEx (...904)",
    "Which shipping account should I use for Owen's replacement: UPS or FedEx?", "context")
blk(G, "Order more of the printer paper for the office, the same as before but double.",
    "Orders: 5 reams (Jan); 10 reams (Apr); 8 reams (Jun)",
    A, "quantity", "5 reams (Jan); 10 reams (Apr); 8 reams (Jun)",
    "Double which order: 16 reams (double June's 8), or another quantity?", "context")
blk(W, "Reply to this email from the customer, they want to know the status.",
    "Email from Kai Moreno: 'Any news on my two orders?' Orders: #1101 shipped; #1109 on hold - payment failed.",
    M, "scope", "#1109 on hold - payment failed",
    "Should the reply ask Kai to update the payment for #1109, or will someone on our side retry the charge?", "context")

# ---------------------------------------------------------------------------
# Batch 9: missing-information cases across domains, plus look-alike negatives
# ---------------------------------------------------------------------------

pair(W,
     ("Write a short note to the school saying Jack will be off on Thursday for a hospital appointment. His teacher is Mrs Doyle, class 2B.", None),
     ("Write a short note to the school saying my son will be off for a hospital appointment, his teacher is Mrs Doyle.", None,
      M, "date", "will be off for a hospital appointment",
      "Which day will he be off school?"))

pair(G,
     ("Book a cleaner for a deep clean of the flat on Saturday 9am-1pm, 2 bedrooms, we'll be out.", None),
     ("Book a cleaner for a deep clean of the flat on Saturday, 2 bedrooms, we'll be out from lunchtime.", None,
      M, "time", "on Saturday, 2 bedrooms, we'll be out from lunchtime",
      "What time should the cleaner start on Saturday, and for how many hours?"))

pair(W,
     ("Write an email to the team inviting them to drinks on Friday at 5:30 at The Crown to celebrate the launch. First round's on me.", None),
     ("Write an email to the team inviting them to drinks on Friday to celebrate the launch. First round's on me.", None,
      M, "location", "inviting them to drinks on Friday",
      "Where and what time are the Friday drinks?"))

pair(G,
     ("Order flowers to be delivered to Mum on Sunday for Mother's Day, around $60, tulips if possible.",
      "Contacts: Mum (Ana Silva), 3 Pine St, Springfield"),
     ("Order flowers to be delivered to Mum on Sunday for Mother's Day, tulips if possible, whatever size looks nice.",
      "Contacts: Mum (Ana Silva), 3 Pine St, Springfield\nFlorist options: tulips $35, $60, $110",
      M, "budget", "whatever size looks nice",
      "Which tulip bouquet: $35, $60 or $110?"))

pair(G,
     ("Set an alarm for 6:15 tomorrow.", None),
     ("Set an alarm for quarter past tomorrow.", None,
      M, "time", "quarter past",
      "Quarter past which hour should the alarm be set for?"))

pair(W,
     ("Write an email to Dr. Lin's office asking to move my appointment from 12 March to any morning the following week. Patient: Eva Moreno, DOB 4/2/1990.", None),
     ("Write an email to Dr. Lin's office asking to move my appointment to any morning the following week.", None,
      M, "date", "to any morning the following week",
      "What's the date of the current appointment (so 'the following week' is clear)?"))

pair(G,
     ("Send $40 to Jamie on Venmo for the concert ticket.", "Venmo contacts: Jamie Cole (@jamie-cole)"),
     ("Send Jamie the money for the concert ticket on Venmo.", "Venmo contacts: Jamie Cole (@jamie-cole). Messages: none about price.",
      M, "quantity", "Send Jamie the money for the concert ticket",
      "How much should I send Jamie for the ticket?"))

pair(W,
     ("Write a polite email to the HOA asking for permission to install a 6ft cedar fence along the back of lot 14.", None),
     ("Write a polite email to the HOA asking for permission for the home improvement we discussed.", None,
      M, "referent", "the home improvement we discussed",
      "What is the home improvement you want HOA permission for?"))

pair(G,
     ("Book a plumber for tomorrow morning to fix the leaking kitchen tap.", "Address on file: 22 Quarry Lane"),
     ("Book a plumber for tomorrow morning to fix the leaking kitchen tap.", "Addresses: Home - 22 Quarry Lane; Rental flat - 9 Mill St (tenant reported a leak yesterday)",
      A, "location", "Home - 22 Quarry Lane; Rental flat - 9 Mill St (tenant reported a leak yesterday)",
      "Is the leaking tap at your home (22 Quarry Lane) or at the rental flat (9 Mill St)?", "context"))

pair(W,
     ("Write a two-paragraph email to investors announcing we hit $1M ARR in May, thanking them, and asking for intros to CFOs at mid-size retailers.", None),
     ("Write a two-paragraph email to investors announcing the milestone, thanking them, and asking for intros.", None,
      M, "referent", "announcing the milestone",
      "What milestone are we announcing, and what kind of intros are we asking for?"))

pair(G,
     ("Buy a gift card for my nephew's graduation, $100 Amazon, email it to him.", "Contacts: Sam Okafor (nephew), sam.ok@gmail.com"),
     ("Buy a gift card for my nephew's graduation, $100 Amazon, email it to him.", "Contacts: Sam Okafor (nephew), sam.ok@gmail.com; Eli Okafor (nephew), eli.okafor@gmail.com",
      A, "recipient", "Sam Okafor (nephew), sam.ok@gmail.com; Eli Okafor (nephew), eli.okafor@gmail.com",
      "Which nephew is graduating: Sam or Eli?", "context"))

pair(G,
     ("Put in a maintenance request for the broken AC in unit 4B.", None),
     ("Put in a maintenance request for the broken AC.", "Properties managed: 12 units; AC complaints this week: 4B, 7A",
      A, "referent", "AC complaints this week: 4B, 7A",
      "Which unit's AC is the request for: 4B or 7A (or both)?", "context"))

# stand-alone batch 9 - missing / look-alike negatives
ok(W, "Write a short reminder for the team that expense reports are due Friday.")
ok(G, "Remind me about this in a bit.", "Current item: email 'Contract redlines' from Olivia. User default 'in a bit' snooze: 2 hours.")
ok(W, "Write something for Mum's birthday card, she's turning 60. Warm, a little funny, three or four lines.")
ok(G, "Book the usual for Saturday.", "Saved bookings: 'The usual' = Padel court 2, Sat 10:00-11:00, Riverside Club")
ok(W, "Write some alt text for the image.", "Image: photo of a golden retriever catching a red frisbee on a beach at sunset.")
ok(G, "Get whatever the doctor prescribed from the pharmacy.", "Prescription ready: amoxicillin 500mg, Boots High St, paid")
ok(W, "Make it shorter, maybe half.", "Draft (240 words): 'Announcing our new office hours...' (only draft in this conversation)")
ok(G, "Book it for the same time next week.", "Just completed: 'Yoga - Studio 3, Tue 07:00'")
ok(W, "Write a few lines welcoming Priya to the team, she starts Monday as a backend engineer, used to be at Stripe.")
ok(G, "Sort out a babysitter for Friday night, the usual one.", "Babysitters: Kayla (used 14 times), Maddie (used once)")
ok(W, "Can you write a limerick about our cat Biscuit who steals socks?")
ok(G, "Pay whatever's left on the dentist bill.", "Dentist bill: total $420, insurance paid $310, remaining $110")
ok(W, "Summarize the attached contract in a few bullets, etc. - I just need the basics.",
   "Contract: 12-month cleaning services, $1,200/mo, 60-day termination notice, auto-renews.")
ok(G, "Maybe order some more coffee filters? We're almost out.", "Order history: Melitta #4 cone filters, 100ct")
ok(W, "Write whatever you think is best for the 'out of stock' message on the website, short and friendly.")
ok(G, "Send the kids' photos from the weekend to Grandma.", "Album: 'Weekend 15-16 Jun' (30 photos). Contacts: Grandma (Joan) - email joan.r@aol.com")
ok(W, "Translate the sign into Polish for the new warehouse staff: 'Hard hats must be worn beyond this point.'")
ok(G, "Book a tennis court for 1 hour on Sunday, any time after 10.", "Club: Riverside. Sunday availability: 11:00, 14:00, 16:00")
blk(W, "Write a birthday message for my colleague.", "Birthdays this week: Alan (Mon), Bea (Wed), Carlos (Fri)",
    A, "recipient", "Alan (Mon), Bea (Wed), Carlos (Fri)",
    "Which colleague is the birthday message for: Alan, Bea, or Carlos?", "context")
blk(G, "Send the invoice for last month's work, the usual rate, to the client.", "Clients: Halcyon Labs ($95/hr), Pinegrove Dental ($80/hr). Hours logged last month: Halcyon 22, Pinegrove 10.",
    A, "recipient", "Halcyon Labs ($95/hr), Pinegrove Dental ($80/hr)",
    "Which client should the invoice go to: Halcyon Labs or Pinegrove Dental (or both)?", "context")
blk(G, "Remind me to call her back later.", None,
    M, "recipient", "call her back",
    "Who should the reminder say to call back, and at what time?")
blk(W, "Write an email asking for a refund.", None,
    M, "referent", "Write an email asking for a refund",
    "Who is the refund from, and for what purchase?")
blk(G, "Can you set up a meeting with the three of them for sometime soon?", None,
    M, "recipient", "the three of them",
    "Who are the three people the meeting is with?")
blk(W, "Write the caption for the post, with the right hashtags for the campaign.", None,
    M, "referent", "the right hashtags for the campaign",
    "Which campaign is it, and what hashtags does it use?")
blk(G, "Pay the parking ticket before the discount period ends.", None,
    M, "entity_identity", "Pay the parking ticket",
    "What is the ticket (PCN) number and which council issued it?")
blk(G, "Put the family dinner on everyone's calendars.", "Family calendar members: you, Dev, Emma, Jack",
    M, "date", "Put the family dinner on everyone's calendars",
    "What day and time is the family dinner?")
blk(W, "I don't have time to write this properly, the kids are home sick and my inbox is a disaster, so please just write up a quick note to the parents in the class saying sorry but the bake sale needs to move, and we'll confirm more soon.",
    None, M, "date", "the bake sale needs to move",
    "Should the note give the new bake sale date, or only say it's postponed with no date yet?")
blk(G, "Top up my transit card.", "Cards: Clipper (...9012, balance $3.20)",
    M, "quantity", "Top up my transit card.",
    "How much should I add to the Clipper card?")
blk(W, "Draft the agenda for Thursday's meeting.", None,
    M, "scope", "Draft the agenda for Thursday's meeting.",
    "What meeting is it, and what topics should the agenda cover?")
blk(G, "Order the replacement glasses.", "Prescription (2023) on file; frame: Warby Parker 'Durand' (discontinued)",
    M, "entity_identity", "frame: Warby Parker 'Durand' (discontinued)",
    "Your Durand frame is discontinued; which frame should the replacement glasses use?", "context")
blk(W, "Finish the rest of the report for me, you know what it needs.", "Doc: 'Q2 Ops Review' - sections 1-3 written; sections 4-7 headings only, no notes.",
    M, "scope", "sections 4-7 headings only, no notes",
    "There are no notes or data for sections 4-7 yet; what should they cover?", "context")
blk(G, "Can you sign me up for that course my manager recommended?", None,
    M, "referent", "that course my manager recommended",
    "Which course did your manager recommend?")
blk(W, "Reply to the wedding RSVP for us.", "Invite: 'Kate & Liam, 6 Sep. Please reply yes/no and meal choice (beef/fish/veg) for each guest.'",
    M, "scope", "meal choice (beef/fish/veg) for each guest",
    "Are you both attending, and what meal does each of you want?", "context")
blk(G, "Get the builder to come and quote for the job.", None,
    M, "scope", "the job",
    "What job should the builder quote for, and which builder?")
blk(W, "Write a post for the company blog about our sustainability progress, use the numbers from the report.", "Reports folder: Sustainability_2022.pdf; Sustainability_2023_draft.pdf (numbers marked 'unverified')",
    A, "referent", "Sustainability_2022.pdf; Sustainability_2023_draft.pdf (numbers marked 'unverified')",
    "Should the post use the 2022 report or the unverified 2023 draft numbers?", "context")
blk(G, "Book a haircut with my usual stylist.", "Salon: Studio 5. Stylists seen: none recorded.",
    M, "entity_identity", "Stylists seen: none recorded.",
    "Which stylist at Studio 5 do you usually see?", "context")

# ---------------------------------------------------------------------------
# Batch 10: contradictions in text and context; terse negatives
# ---------------------------------------------------------------------------

pair(W,
     ("Write a reply to Fiona accepting the speaking slot on 12 October, 20 minutes, topic: onboarding at scale.",
      "Email from Fiona Grey (DevDays): 'Would you speak on 12 Oct? 20-min slot.'"),
     ("Write a reply to Fiona accepting the speaking slot, 20 minutes, topic: onboarding at scale.",
      "Email from Fiona Grey (DevDays): 'Would you speak on 12 Oct? 20-min slot.'\nYour calendar 12 Oct: 'Sister's wedding (all day, Porto)'",
      C, "context_conflict", "'Sister's wedding (all day, Porto)'",
      "12 October is your sister's wedding in Porto; do you still want to accept, or ask Fiona for another date?", "context"))

pair(G,
     ("Book the 9am spin class on Wednesday.", "Gym schedule Wed: 07:00 Spin, 09:00 Spin, 18:00 Spin"),
     ("Book the 9am spin class on Wednesday.", "Gym schedule Wed: 07:00 Spin, 18:00 Spin, 21:00 Spin",
      C, "context_conflict", "07:00 Spin, 18:00 Spin, 21:00 Spin",
      "There's no 9am spin class on Wednesday; should I book the 7am or the 6pm instead?", "context"))

pair(W,
     ("Write a formal letter to the bank disputing the overdraft fee of £25 charged on 3 May.", None),
     ("Write a casual, super relaxed formal letter to the bank disputing the overdraft fee of £25 charged on 3 May.", None,
      C, "conflicting_instructions", "casual, super relaxed formal letter",
      "Should the letter to the bank be formal or casual?"))

pair(G,
     ("Order 4 dining chairs in oak to match the table.", "Table: 'Ercol Chiltern, oak'"),
     ("Order 4 dining chairs in walnut to match the table.", "Table: 'Ercol Chiltern, oak'",
      C, "context_conflict", "Ercol Chiltern, oak",
      "The table is oak; do you want walnut chairs anyway, or oak to match?", "context"))

pair(G,
     ("Schedule the newsletter to go out Tuesday at 10am Eastern.", None),
     ("Schedule the newsletter to go out Tuesday at 10am Eastern, which is 10am for our London readers too.", None,
      C, "conflicting_instructions", "10am Eastern, which is 10am for our London readers too",
      "10am Eastern is 3pm in London; which should I use: 10am Eastern or 10am London time?"))

pair(W,
     ("Write an email to the whole company about the office closing on Monday 26 May for the bank holiday.", None),
     ("Write an email to the whole company about the office closing on Monday 27 May for the bank holiday.",
      "Calendar: 2025 - spring bank holiday Monday 26 May. (27 May 2025 is a Tuesday.)",
      C, "context_conflict", "(27 May 2025 is a Tuesday.)",
      "27 May is a Tuesday; is the office closing on Monday 26 May (the bank holiday) or Tuesday 27 May?", "context"))

pair(G,
     ("Add Neil to the project Slack channel as a guest, access until end of July.", "Contacts: Neil Hart (contractor)"),
     ("Add Neil to the project Slack channel as a full member, guest access only, until end of July.", "Contacts: Neil Hart (contractor)",
      C, "conflicting_instructions", "as a full member, guest access only",
      "Should Neil be added as a full member or as a guest?"))

pair(W,
     ("Write the weekly update email: shipped the new search, fixed 14 bugs, hiring 2 more engineers.", None),
     ("Write the weekly update email: shipped the new search, fixed 14 bugs, hiring 2 more engineers.",
      "Release notes this week: 'New search: rollout paused after errors, 10% of users.' Bug tracker: 9 fixed this week.",
      C, "context_conflict", "rollout paused after errors, 10% of users.' Bug tracker: 9 fixed this week.",
      "The release notes say the search rollout is paused at 10% and the tracker shows 9 fixes, not 14; which figures should the update use?", "context"))

# stand-alone batch 10
ok(G, "Snooze this till Monday.", "Current email: 'Q3 planning thoughts' from Helen")
ok(G, "Archive all the newsletters from last week.", "Inbox: 23 emails labelled 'Newsletters', received last week")
ok(G, "Decline it.", "Invite: 'Optional: Friday social trivia' from Events team")
ok(W, "Reword this to sound more confident.", "Draft: 'I think maybe we could possibly try launching in June, if that's ok with everyone?'")
ok(G, "Call me an Uber home.", "Current location: The Crown pub, 14 Bridge St. Home: 22 Quarry Lane.")
ok(W, "Fix the grammar.", "Text: 'Me and him goes to the meeting tomorrow, their going to present.'")
ok(G, "Mute the group chat for a week.", "Current chat: 'Neighbours - Elm Close' (34 members)")
ok(G, "Star the email from the accountant.", "Inbox: 1 email from Patel & Co Accountants ('Your 2024 return')")
ok(W, "Make the title catchier.", "Blog draft title: 'Some thoughts on how we do code reviews'")
ok(G, "Turn off the out-of-office.", "Out-of-office: ON since 5 Aug, 'back on 16 Aug'. Today: 16 Aug.")
ok(W, "Expand these bullets into a paragraph.", "Bullets: - sales up 8% - two new clients - churn flat - hiring freeze lifted")
ok(G, "Unsubscribe me from this.", "Current email: 'Daily Deals' from ShopNow (unsubscribe link present)")
ok(W, "Write a one-line Slack status for when I'm at the dentist this afternoon.")
ok(G, "Save this receipt to the house folder.", "Current email: receipt from Home Depot, $214.77 (paint, brushes). Folders: 'House', 'Car', 'Taxes'")
ok(W, "Tighten this sentence.", "Sentence: 'At this point in time we are currently in the process of reviewing all of the applications that have been received.'")
ok(G, "Pin the message with the wifi password.", "Group chat: 'Cabin trip' - message from Dev: 'Wifi pw: pinecone42'")
ok(G, "Add Sunday's match to my calendar.", "Email: 'League fixture: Sun 8 Sep, 10:00, Hackney Marshes pitch 4 vs Rovers'")
ok(W, "So basically I have this presentation on Thursday for the regional managers, about 15 people, and I need an opening line that isn't boring - it's about the new rota software we're rolling out in October. Give me three options.")
ok(G, "Find out what time the pharmacy closes today.", "Saved pharmacy: Boots High St. Hours today (Sun): 10:00-16:00")
ok(W, "Write a text to the group saying I'll bring the salad and the ice.", "Group chat: 'BBQ Saturday'")
blk(G, "Reply all and say I agree with the proposal, but only send it to Ana.",
    "Thread 'Budget proposal': Ana, Bo, Chen, you",
    C, "conflicting_instructions", "Reply all and say I agree with the proposal, but only send it to Ana",
    "Should the reply go to everyone on the thread or only to Ana?")
blk(G, "Cancel all my meetings tomorrow except the important ones.",
    "Tomorrow: 09:00 Standup; 11:00 Client pitch (Acme); 13:00 Lunch w/ Raj; 15:00 1:1 with Bea; 16:30 Board prep",
    A, "vague_term", "except the important ones",
    "Which of tomorrow's meetings should I keep: the Acme pitch, board prep, the 1:1 with Bea, or others?")
ok(W, "Write a product update email. Mention the new feature launches next Monday, the 3rd.",
   "Today: Wednesday 29 May. Next Monday is 3 June. Feature: shared playlists.")
blk(G, "Transfer $300 to Mike for the rent share, same as every month, and make it $350 like we agreed last week.",
    None, C, "conflicting_instructions", "$300 to Mike for the rent share, same as every month, and make it $350",
    "Should I send Mike $300 or $350?")
blk(W, "Write a LinkedIn post about our company's 10th anniversary.",
    "Company profile: founded 2016. Today: 2024.",
    C, "context_conflict", "founded 2016. Today: 2024.",
    "The company was founded in 2016, which makes this the 8th anniversary; which anniversary is it?", "context")
blk(G, "Delete the old drafts folder, but keep the draft of the board letter that's in it.",
    "Folder 'Old drafts': 38 files incl. 'Board_letter_v4.docx', 'Board_letter_v5_final.docx'",
    A, "referent", "'Board_letter_v4.docx', 'Board_letter_v5_final.docx'",
    "Which board letter draft should I keep: v4, v5_final, or both?", "context")
blk(G, "Move the 1:1 with Bea to Thursday.", "Calendar: 1:1 with Bea, weekly on Tuesdays 14:00",
    A, "scope", "1:1 with Bea, weekly on Tuesdays 14:00",
    "Move just this week's 1:1 with Bea, or the whole weekly series to Thursdays?", "context")
blk(W, "Write an announcement that the office is pet-friendly from now on.",
    "Facilities policy (updated last month): 'No animals except registered assistance animals.'",
    C, "context_conflict", "'No animals except registered assistance animals.'",
    "The current facilities policy bans animals; has it been changed, or should I hold the announcement?", "context")
blk(G, "Pay the invoice from the designer.", "Invoices: 'Studio Ké - Logo design' $1,800 (due 1 Jul); 'Studio Ké - Logo design (revised)' $2,100 (due 1 Jul)",
    A, "referent", "'Studio Ké - Logo design' $1,800 (due 1 Jul); 'Studio Ké - Logo design (revised)' $2,100 (due 1 Jul)",
    "Which Studio Ké invoice should I pay: the original $1,800 or the revised $2,100?", "context")
blk(W, "Write the bio for the speaker page in first person, and make sure it's in third person like the others.",
    None, C, "conflicting_instructions", "in first person, and make sure it's in third person",
    "Should the speaker bio be in first person or third person?")
blk(G, "Schedule the car wash for every weekend, Saturdays only, except make it Sundays.",
    None, C, "conflicting_instructions", "Saturdays only, except make it Sundays",
    "Should the car wash be on Saturdays or Sundays?")
blk(W, "Answer the customer's question about the price.", "Chat (Jo Reed): 'How much is the annual plan?'\nPricing page: Annual $120. Sales sheet (internal, this month): Annual $99 promo.",
    C, "context_conflict", "Pricing page: Annual $120. Sales sheet (internal, this month): Annual $99 promo.",
    "The pricing page says $120 but this month's sales sheet shows a $99 promo; which price should I quote Jo?", "context")
blk(G, "Book Anna and me on the same flight to Berlin Friday, she's already booked, just match it.",
    "Anna's bookings: Friday - LH 901 LHR-FRA 07:00; Friday - EZY 8301 LGW-BER 07:15",
    A, "referent", "LH 901 LHR-FRA 07:00; Friday - EZY 8301 LGW-BER 07:15",
    "Anna has two Friday bookings; should I match EZY 8301 to Berlin, or LH 901 to Frankfurt?", "context")
blk(W, "Edit the article down to 800 words. Don't cut anything.", "Article: 2,300 words",
    C, "conflicting_instructions", "Edit the article down to 800 words. Don't cut anything.",
    "Getting 2,300 words to 800 means cutting content; which sections can be cut or condensed?")

# ---------------------------------------------------------------------------
# Batch 11: writing work - audience, tone, length, language; long-context negatives
# ---------------------------------------------------------------------------

pair(W,
     ("Write up the results of the customer survey for the exec team: one page, headline numbers first.",
      "Survey: 1,204 responses; NPS 41 (up from 33); top complaint: delivery times (38%); top praise: support (52%)."),
     ("Write up the results of the customer survey, headline numbers first.",
      "Survey: 1,204 responses; NPS 41 (up from 33); top complaint: delivery times (38%). Requests for the write-up: CEO (1 page), Support team (full breakdown by question), Public blog (no internal numbers).",
      A, "audience", "CEO (1 page), Support team (full breakdown by question), Public blog (no internal numbers)",
      "Who is this write-up for: the CEO (1 page), the support team (full breakdown), or the public blog?", "context"))

pair(W,
     ("Translate the welcome email into Brazilian Portuguese for the São Paulo customers.", None),
     ("Translate the welcome email into Portuguese for our new customers.",
      "New customer regions this quarter: Lisbon (42%), São Paulo (58%)",
      A, "language", "Lisbon (42%), São Paulo (58%)",
      "Should the translation use European Portuguese (Lisbon) or Brazilian Portuguese (São Paulo), or both versions?", "context"))

pair(W,
     ("Write the eulogy for my grandfather, about 4 minutes spoken.",
      "Notes: Grandpa Walter, 91, fisherman, 4 kids, 11 grandkids, famous for his pancakes and terrible jokes, served in Korea."),
     ("Write the eulogy for my grandfather, about 4 minutes spoken, but keep it light and full of jokes, and also solemn and formal throughout.",
      "Notes: Grandpa Walter, 91, fisherman, 4 kids, 11 grandkids, famous for his pancakes and terrible jokes, served in Korea.",
      C, "conflicting_instructions", "light and full of jokes, and also solemn and formal throughout",
      "Should the eulogy be light and humorous or solemn and formal (or mostly solemn with a few light moments)?"))

pair(W,
     ("Condense the 40-page strategy doc into a 2-page summary for new managers.", "Doc: 'Strategy 2025' (40 pages)"),
     ("Condense the strategy doc into a summary for new managers.", "Docs: 'Strategy 2025' (40 pages); 'Strategy 2025 - board version' (12 pages, confidential)",
      A, "referent", "'Strategy 2025' (40 pages); 'Strategy 2025 - board version' (12 pages, confidential)",
      "Which strategy doc should I condense for new managers: the 40-page one or the confidential board version?", "context"))

pair(W,
     ("Write an email to the tenants in building C telling them the water will be off Tuesday 10am-2pm for pipe repairs.", None),
     ("Write an email to the tenants telling them the water will be off Tuesday 10am-2pm for pipe repairs.",
      "Buildings managed: A, B, C. Work order #551: pipe repairs, building C only.",
      A, "recipient", "Buildings managed: A, B, C. Work order #551: pipe repairs, building C only.",
      "Should the email go to building C tenants only (per work order #551), or everyone?", "context"))

pair(W,
     ("Rewrite the job description so it's gender-neutral, keep everything else.", "JD: 'The ideal candidate will bring his expertise...' (600 words)"),
     ("Rewrite the job description to be gender-neutral and under 200 words, keep everything else exactly the same.", "JD: 'The ideal candidate will bring his expertise...' (600 words)",
      C, "conflicting_instructions", "under 200 words, keep everything else exactly the same",
      "Cutting 600 words to under 200 means dropping content; which matters more: the 200-word limit or keeping everything?"))

# stand-alone batch 11
ok(W, "Reply to this thread with a summary of what we decided.",
   "Thread 'Offsite planning' (9 msgs): Ana proposes Lisbon or Porto; Bo prefers Porto for cost; Chen agrees Porto; Ana: 'OK Porto it is, 14-16 Oct, I'll book the venue'; Dee: 'I'll handle flights'; Bo: 'budget cap EUR 15k confirmed by finance'.")
ok(W, "Write the follow-up email from the call.",
   "Call notes (Acme, 3 Jun): attendees Lisa Chu (Acme), you. Agreed: pilot for 20 seats, start 1 Jul, $4k/month, Lisa to send security questionnaire by Fri, you to send MSA draft by Wed.")
ok(W, "Draft the message for the parents' WhatsApp group about the class party.",
   "Notes from teacher: Class 3C party, Fri 20 Dec, 2-3pm in the classroom; bring a plate of food (no nuts); kids can wear Christmas jumpers; contributions £2 for the gift for Mrs Doyle to Sarah.")
ok(W, "Can you write the customer a reply based on the engineer's notes?",
   "Ticket #9901 (Harold Ng): 'App crashes on login.' Engineer note: 'Fixed in v3.2.1, released today. Customer should update from the App Store; clearing cache not needed.'")
ok(W, "Summarize this for my husband who's going to the appointment instead of me.",
   "Clinic letter: 'Appointment for Emma Silva, Tue 14 May 09:40, Paediatrics, Level 2, Kings Hospital. Bring red book, arrive 15 min early, fasting not required. Parking: P3.'")
ok(W, "Make this email less long-winded, keep the facts.",
   "Draft (310 words): explains the server move on Saturday 6-8am, no action needed for users, VPN unaffected, contact it-help@ourco.com with questions, apologises several times.")
ok(W, "Write the thank-you note to the donors in the same style as last year's.",
   "Last year's note: 'Dear friends, because of you, 214 children got new books this year...' (warm, 120 words, signed by Director Mei Tan). This year: 340 children, 3 new schools.")
ok(W, "Write a short bio for me for the panel using my LinkedIn summary.",
   "LinkedIn: 'Product lead at Finch (fintech) for 6 years; previously consultant at Bain; MBA Wharton; based in Austin; mentor at Techstars.'")
ok(W, "Write the release notes for v2.4 from the merged PRs, user-facing only.",
   "Merged PRs: #431 dark mode (user-facing); #433 bump lodash (internal); #435 export to CSV (user-facing); #437 fix crash on empty list (user-facing); #438 CI cache (internal)")
ok(W, "Turn this voice memo transcript into a to-do list.",
   "Transcript: 'uh so tomorrow I need to call the vet about Biscuit's shots, pick up the dry cleaning, and um email Sarah the photos, and book the car in for the service sometime next week.'")
ok(W, "Write an email to the landlord about the deposit using the checkout report.",
   "Checkout report: no damage noted, flat cleaned professionally (receipt attached), keys returned 31 May. Deposit: £1,600, held by DPS, ref 7712.")
ok(W, "Make a slide summarizing the survey results for Thursday's team meeting, one slide, big numbers.",
   "Survey: 88% satisfied with tools; 61% want more async meetings; top request: fewer Zoom calls.")
ok(W, "Draft a reply to the journalist declining to comment, per our media policy.",
   "Email from R. Hale (Tech Daily): 'Can you comment on the layoffs rumour?' Media policy: 'All press enquiries: \"We don't comment on rumours or speculation.\" Forward to comms@.'")
blk(W, "Write a speech for the team dinner, about 3 minutes.", None,
    M, "scope", "Write a speech for the team dinner",
    "What's the occasion for the team dinner, and what should the speech mention?")
blk(W, "Translate our terms of service for the new market.", "Expansion plan: 'Next market: TBD - either Poland or Czechia, decision end of month.'",
    M, "language", "either Poland or Czechia, decision end of month",
    "Which language should the terms be translated into: Polish or Czech?", "context")
blk(W, "Write a LinkedIn post about the event last week.", "Calendar last week: 'Women in Data meetup' (spoke); 'AWS Summit' (attended); 'Team hackathon' (organised)",
    A, "referent", "'Women in Data meetup' (spoke); 'AWS Summit' (attended); 'Team hackathon' (organised)",
    "Which event is the post about: the Women in Data meetup, the AWS Summit, or the team hackathon?", "context")
blk(W, "Write the email to customers about the price increase, going from $12 to $15 a month, that's a 20% increase.", None,
    C, "conflicting_instructions", "from $12 to $15 a month, that's a 20% increase",
    "$12 to $15 is a 25% increase, not 20%; are the prices right, or should the email not mention a percentage?")
blk(W, "Edit my cover letter to fit the job.", "Saved jobs: 'Data Analyst - Spotify'; 'Data Analyst - Monzo'; 'Analytics Engineer - Deliveroo'",
    A, "referent", "'Data Analyst - Spotify'; 'Data Analyst - Monzo'; 'Analytics Engineer - Deliveroo'",
    "Which job should the cover letter be tailored to: Spotify, Monzo, or Deliveroo?", "context")
blk(W, "Write a piece about our new product for the trade magazine, 1,000 words, and it needs to go out as a tweet.", None,
    C, "conflicting_instructions", "1,000 words, and it needs to go out as a tweet",
    "Is this a 1,000-word magazine piece or a tweet?")
blk(W, "Write a tribute for the memorial page.", None,
    M, "entity_identity", "Write a tribute for the memorial page.",
    "Who is the tribute for, and what should it say about them?")
blk(W, "Write a reply to the angry parent. Say the teacher will call.",
    "Email from parent (Mr. Jensen): 'Why was my son kept in at lunch?'\nTeachers: Ms Arroyo (class teacher); Mr Fell (lunch supervisor, issued the detention)",
    A, "entity_identity", "Ms Arroyo (class teacher); Mr Fell (lunch supervisor, issued the detention)",
    "Which teacher will call Mr. Jensen: Ms Arroyo or Mr Fell?", "context")
blk(W, "Write the quarterly newsletter. Use last quarter's numbers.", "Today: 2 Oct. Data available: Q2 (final), Q3 (preliminary, final on 15 Oct)",
    A, "date", "Q2 (final), Q3 (preliminary, final on 15 Oct)",
    "Should the newsletter use Q3's preliminary numbers or Q2's final numbers?", "context")
blk(W, "Rewrite the website copy in our brand voice.", "Brand guides: 'Voice v1 - playful, emoji OK'; 'Voice v2 - calm, expert, no emoji' (both marked current)",
    C, "context_conflict", "'Voice v1 - playful, emoji OK'; 'Voice v2 - calm, expert, no emoji' (both marked current)",
    "Two brand voice guides are marked current and they disagree; should I use v1 (playful) or v2 (calm, expert)?", "context")
blk(W, "Send a summary of the book to the book club.", "Book club this month: 'Tomorrow, and Tomorrow, and Tomorrow'. Your reading list: marked 'finished' for 'Lessons in Chemistry' only.",
    A, "referent", "Book club this month: 'Tomorrow, and Tomorrow, and Tomorrow'. Your reading list: marked 'finished' for 'Lessons in Chemistry' only.",
    "Which book should I summarize: this month's pick 'Tomorrow, and Tomorrow, and Tomorrow', or 'Lessons in Chemistry', which you just finished?", "context")
blk(W, "Write a short piece for the local paper on the library closure, we want people to come to the council meeting.", None,
    M, "date", "the council meeting",
    "When and where is the council meeting people should attend?")
blk(W, "Write the wedding speech. I'm the best man.", "Notes: groom - Tom, bride - ??? (names not given), met at uni, married 12 Oct",
    M, "entity_identity", "bride - ??? (names not given)",
    "What is the bride's name?", "context")

# ---------------------------------------------------------------------------
# Batch 12: mixed general admin, chatty styles, hard negatives
# ---------------------------------------------------------------------------

ok(G, "Hiya!! so sorry to bother u again lol, can u renew my library books, all of them, they're due tmrw",
   "Library account: 3 books due tomorrow, all renewable")
ok(G, "Find a time for the book club in the first week of next month, evenings, everyone's calendars are shared.",
   "Members: 6. Evenings free for all 6 next month week 1: Tue 4th, Thu 6th. Usual venue: Jo's flat.")
ok(G, "Add the dentist's number to my contacts.", "Current email signature: 'Smile Dental - Dr. Kaur - 020 7946 0321'")
ok(G, "put the bins out reminder on, weekly, wed night 8pm")
ok(G, "Cancel my 4pm, something came up.", "Today: 16:00 Coffee with Ravi (only 4pm event)")
ok(G, "Book a babysitter for the night of the work party.", "Calendar: 'Work Christmas party' Fri 13 Dec 19:00-23:00. Babysitters: Kayla (only one saved)")
ok(G, "Confirm the plumber for whichever slot he offered first.", "SMS from Joe (plumber): 'Can do Tue 1-3. If not, Wed 9-11.'")
ok(G, "Can you let the school know Emma will be picked up by her grandad today?", "School: Oakfield Primary office email on file. Grandad: Walter Ng (on approved pick-up list)")
ok(G, "Order a replacement for the broken thing in the order I got yesterday.", "Order #7720 (delivered yesterday): 6 wine glasses - customer note from you: '1 arrived smashed'")
ok(G, "Pay the gas bill, the full thing.", "Bill: British Gas £87.42 due 28 Jun. Default account: Current ...5510")
ok(G, "Move my dentist appointment to the earliest one they have next week.", "Smile Dental openings next week: Mon 08:30, Wed 14:00")
ok(G, "I need a cab to the station for the 7:42.", "Home: 22 Quarry Lane (10 min to Station). Train: 7:42 to London Bridge (saved tomorrow).")
ok(G, "Could you tell Sarah I can't make yoga tonight?", "Contacts: Sarah Fenn (yoga buddy). Calendar: 19:00 Yoga with Sarah")
ok(G, "Order enough paper plates for the party.", "Party RSVPs: 24 yes. Pack sizes: 50 plates.")
ok(G, "Set my phone to do-not-disturb during the interview.", "Calendar: 'Interview - Globex' today 10:00-11:00")
blk(G, "Cancel my 4pm, something came up.", "Today: 16:00 Coffee with Ravi; 16:00 Webinar 'Tax tips' (registered)",
    A, "referent", "16:00 Coffee with Ravi; 16:00 Webinar 'Tax tips' (registered)",
    "Which 4pm should I cancel: coffee with Ravi or the tax webinar?", "context")
blk(G, "Order enough paper plates for the party.", "Party: RSVPs not collected yet; invite sent to 60 people.",
    M, "quantity", "RSVPs not collected yet; invite sent to 60 people",
    "How many guests should I plan plates for (no RSVPs yet, 60 invited)?", "context")
blk(G, "Can you let the school know Emma will be picked up by her grandad today?", "Approved pick-up list: Mum, Dad, Walter Ng (grandad), Frank Silva (grandad)",
    A, "entity_identity", "Walter Ng (grandad), Frank Silva (grandad)",
    "Which grandad is picking Emma up: Walter Ng or Frank Silva?", "context")
blk(G, "I need a cab to the station for the 7:42.", "Home: 22 Quarry Lane. Saved trains: 7:42 from Station (Mon); 7:42 from Station (Thu)",
    A, "date", "7:42 from Station (Mon); 7:42 from Station (Thu)",
    "Which day is the cab for: Monday's 7:42 or Thursday's?", "context")
blk(G, "Move my dentist appointment to the earliest one they have next week.", "Calendar: no dentist appointment found. Smile Dental openings next week: Mon 08:30, Wed 14:00",
    C, "context_conflict", "no dentist appointment found",
    "I can't find a current dentist appointment on your calendar; should I just book Monday 08:30 as a new appointment?", "context")
blk(G, "Pay the gas bill, the full thing, but leave at least £100 in the account.", "Bill: British Gas £187.42 due 28 Jun. Current ...5510 balance: £240",
    C, "context_conflict", "British Gas £187.42 due 28 Jun. Current ...5510 balance: £240",
    "Paying £187.42 would leave £52.58, under your £100 minimum; should I pay in full anyway or pay part now?", "context")
blk(G, "Confirm the plumber for the slot he offered.", "SMS from Joe (plumber): 'Can do Tue 1-3 or Wed 9-11, or Thu all day.'",
    A, "date", "Can do Tue 1-3 or Wed 9-11, or Thu all day",
    "Which slot should I confirm with Joe: Tuesday 1-3, Wednesday 9-11, or Thursday?", "context")
blk(G, "ok so basically my brother's coming into town and I said I'd sort the hotel, he's super picky, anyway can u find something near us for the weekend, decent reviews",
    None, M, "budget", "find something near us for the weekend, decent reviews",
    "What's the budget per night for your brother's hotel?")
blk(G, "Ring the garage and book the car in for the noise it's making, the earlier the better but not before Wednesday because I need it for work, tomorrow ideally.",
    "Today: Monday.", C, "conflicting_instructions", "not before Wednesday because I need it for work, tomorrow ideally",
    "Tomorrow is Tuesday, before Wednesday; should I book Tuesday or the earliest slot from Wednesday?")
blk(G, "Get me a doctor's note for work for last week.", None,
    M, "date", "for last week",
    "Which days last week were you off sick?")
blk(G, "Change the delivery address on my order to work.", "Orders pending: #8812 (lamp); #8815 (books). Work address: 400 Market St.",
    A, "referent", "#8812 (lamp); #8815 (books)",
    "Which order should be redirected to work: #8812 (lamp), #8815 (books), or both?", "context")
blk(G, "Set a reminder for the bin day.", "Council collection: general waste every other Thursday; recycling every Monday; garden waste (subscription) every other Wednesday",
    A, "referent", "general waste every other Thursday; recycling every Monday; garden waste (subscription) every other Wednesday",
    "Which bin day should the reminder be for: general waste (alternate Thursdays), recycling (Mondays), or garden waste?", "context")
blk(G, "Book the kids' swimming lessons for the autumn term, same as last term but Jack moved up a level.",
    "Last term: Emma - Stage 4 Sat 09:00; Jack - Stage 2 Sat 09:30. Autumn Stage 3 slots: Sat 09:30, Sun 10:00",
    A, "time", "Autumn Stage 3 slots: Sat 09:30, Sun 10:00",
    "Jack's new Stage 3 class runs Sat 09:30 or Sun 10:00; which slot should I book?", "context")
blk(G, "Tell the group chat the BBQ's off.", "Group chats: 'BBQ Saturday' (8 people); 'BBQ crew 2023' (15 people, inactive)",
    A, "recipient", "'BBQ Saturday' (8 people); 'BBQ crew 2023' (15 people, inactive)",
    "Which chat should get the message: 'BBQ Saturday' or 'BBQ crew 2023'?", "context")
blk(G, "Renew the domain for another year.", "Domains expiring this month: brightlane.studio (12 Jun); brightlane.co (28 Jun)",
    A, "referent", "brightlane.studio (12 Jun); brightlane.co (28 Jun)",
    "Which domain should I renew: brightlane.studio, brightlane.co, or both?", "context")
blk(G, "Please order the same flowers as last time for the reception desk, but the vase ones.",
    "Florist orders: 'Seasonal bouquet (wrapped)' weekly. Vase options: 'Seasonal in vase' small $45, large $80",
    M, "size", "'Seasonal in vase' small $45, large $80",
    "Small vase ($45) or large vase ($80)?", "context")
blk(G, "Set up the direct debit for the council tax, 10 instalments, on the 15th of each month, starting on the 1st.",
    None, C, "conflicting_instructions", "on the 15th of each month, starting on the 1st",
    "Should the council tax direct debit go out on the 1st or the 15th of each month?")
blk(G, "File away all the receipts from the trip.", "Trips this quarter: 'Denver (Apr)', 'Austin (May)', 'Toronto (Jun)'; receipts not tagged by trip.",
    A, "referent", "'Denver (Apr)', 'Austin (May)', 'Toronto (Jun)'",
    "Which trip's receipts should I file: Denver, Austin, or Toronto?", "context")

pair(G,
     ("Pick up the prescription on the way home and pay with the HSA card.", "Prescription ready at CVS Elm St; HSA card on file"),
     ("Pick up the prescription on the way home and pay with the HSA card.", "Prescription ready at CVS Elm St; HSA card on file (expired 05/24). Today: June 2024.",
      C, "context_conflict", "HSA card on file (expired 05/24)",
      "The HSA card on file expired in May; should I pay with another card, or do you have the new HSA card?", "context"))

pair(G,
     ("Tell the caterer we'll have 45 guests, 6 vegetarian, and confirm the 12 July date.", "Email from caterer: 'Please confirm final numbers and dietary needs by Friday.'"),
     ("Tell the caterer the final numbers and confirm the date.", "Email from caterer: 'Please confirm final numbers and dietary needs by Friday.'\nRSVP sheet: 45 yes, 6 vegetarian, 9 no reply",
      M, "quantity", "9 no reply",
      "Nine guests haven't replied; should I give the caterer 45, or allow for some of the 9 (up to 54)?", "context"))

pair(G,
     ("Book the community hall for Emma's party on 8 March, 2-5pm.", None),
     ("Book the community hall for Emma's party on 8 March, 2-5pm.", "Hall availability 8 March: 10:00-13:00 free; 13:00-17:00 booked (Yoga club)",
      C, "context_conflict", "13:00-17:00 booked (Yoga club)",
      "The hall is booked 1-5pm on 8 March; should I take the morning slot (10-1) or look at another date?", "context"))

pair(G,
     ("Add a 10% tip to the Uber ride from last night.", "Rides: last night 23:40, $24.10, tip not added"),
     ("Add a tip to the Uber ride from last night, the same as I usually give.", "Rides: last night 23:40, $24.10, tip not added. Past tips: $2, 15%, $5, 20%",
      A, "quantity", "Past tips: $2, 15%, $5, 20%",
      "Your past tips vary ($2, $5, 15%, 20%); how much should I tip on this $24.10 ride?", "context"))

# ---------------------------------------------------------------------------
# Batch 13: writing - emails, edits, summaries, posts, translations
# ---------------------------------------------------------------------------

pair(W,
     ("Write a message to Hugo saying thanks for covering my shift on Saturday, I owe him one.", "Contacts: Hugo Lenz (coworker)"),
     ("Write a message to Hugo saying thanks for covering my shift on Saturday, I owe him one.", "Rota: Saturday - your shift covered by Ines Rocha (swap approved). Hugo: no change.",
      C, "context_conflict", "your shift covered by Ines Rocha (swap approved)",
      "The rota shows Ines covered your Saturday shift, not Hugo; who should the thank-you go to?", "context"))

pair(W,
     ("Summarize the board minutes in five bullets for the staff newsletter, leaving out the salary discussion.", "Minutes: approved budget; new CFO hire; salary bands review (confidential); office move; Q3 targets."),
     ("Summarize the board minutes in five bullets for the staff newsletter.", "Minutes: approved budget; new CFO hire (name embargoed until 1 Sep); salary bands review (confidential); office move; Q3 targets.",
      A, "scope", "new CFO hire (name embargoed until 1 Sep); salary bands review (confidential)",
      "Should the staff summary leave out the embargoed CFO name and the confidential salary review?", "context"))

pair(W,
     ("Translate the product label into French and German, same layout, for the EU shipment.", "Label (EN): 'Keep refrigerated. Use within 5 days of opening.'"),
     ("Translate the product label for the EU shipment, same layout.", "Label (EN): 'Keep refrigerated. Use within 5 days of opening.' Shipment destinations: TBD",
      M, "language", "Shipment destinations: TBD",
      "Which languages does the EU label need (which countries is it shipping to)?", "context"))

pair(W,
     ("Rewrite the complaint email so it's firm but not rude; I want a refund of the £60 deposit.", "Draft: 'This is an absolute joke. I want my money back NOW.'"),
     ("Rewrite the complaint email so it's firm but not rude and say what I want from them.", "Draft: 'This is an absolute joke. Sort it out.'",
      M, "scope", "say what I want from them",
      "What outcome do you want from them: a refund, a replacement, a repair, or something else?"))

pair(W,
     ("Make me a one-slide summary of the budget for the 10am meeting.", "Files: Budget_FY25.xlsx (only budget file). Calendar: 10:00 Budget review"),
     ("Make me a one-slide summary of the budget for the 10am meeting.", "Files: Budget_FY25_v3.xlsx (total $2.4M); Budget_FY25_v4.xlsx (total $2.1M, 'after cuts'). Calendar: 10:00 Budget review",
      A, "referent", "Budget_FY25_v3.xlsx (total $2.4M); Budget_FY25_v4.xlsx (total $2.1M, 'after cuts')",
      "Which budget version should the slide use: v3 ($2.4M) or v4 after cuts ($2.1M)?", "context"))

pair(W,
     ("Write a 100-word welcome paragraph for the new members' pack of the running club.", None),
     ("Write a 100-word welcome paragraph for the new members' pack of the running club, and include the full training schedule, route maps, kit list and club history.", None,
      C, "conflicting_instructions", "100-word welcome paragraph",
      "The schedule, maps, kit list and history won't fit in 100 words; should they go in separate sections of the pack?"))

pair(W,
     ("Reply to the group and suggest Thursday at 7 for the book club, at my place.", "Thread 'Book club date': Jo: Tue or Thu? Mel: Thu better. Sam: either."),
     ("Reply to the group and suggest Thursday at 7 for the book club, at my place.", "Thread 'Book club date': Jo: Tue or Thu? Mel: I can't do Thursdays at all. Sam: either.",
      C, "context_conflict", "Mel: I can't do Thursdays at all.",
      "Mel can't do Thursdays; should I still suggest Thursday, or propose Tuesday instead?", "context"))

pair(W,
     ("Write a short bio for the team page: Jana, customer success lead, 5 years with us, loves climbing, based in Prague.", None),
     ("Write a short bio for the team page for the new person.", "New starters this month: Jana Novak (Customer Success Lead); Ola Berg (Support Engineer)",
      A, "entity_identity", "Jana Novak (Customer Success Lead); Ola Berg (Support Engineer)",
      "Which new starter is the bio for: Jana Novak or Ola Berg?", "context"))

ok(W, "Make this sound like me and not a robot.", "Draft: 'Dear Sir or Madam, I hereby wish to inform you of my attendance.' Past emails from user: casual, first names, 'cheers'. Recipient: friend Tom.")
ok(W, "Write the email asking my manager for Friday off, nothing formal, she's chill.", "Manager: Karen Wu. Leave balance: 8 days.")
ok(W, "Shorten my LinkedIn headline to under 120 characters.", "Headline: 'Senior Product Manager at Finch | Fintech | Payments | ex-Bain | Wharton MBA | Mentor at Techstars | Speaker | Runner | Dad of two'")
ok(W, "Draft a note to the neighbours apologising for the noise from the renovation next week, 8am-5pm weekdays only.")
ok(W, "Give me a title for this blog post.", "Post: 600 words on how we cut our cloud bill 40% by moving batch jobs to spot instances.")
ok(W, "Summarize the customer's complaint for the escalation ticket.", "Chat log (14 msgs): customer Ray Cho; charged twice for order #5521 ($89 each); refund requested; agent promised callback that never happened.")
ok(W, "Write a quick post for our Facebook page: closed Monday for the holiday, back Tuesday 9am.")
ok(W, "Translate this text from my landlord into English.", "Text (Spanish): 'Mañana viene el técnico a revisar la caldera entre las 10 y las 12.'")
ok(W, "Write a short intro email connecting Mara and Theo, they both work on climate data and should talk.",
   "Contacts: Mara Singh (NOAA, ocean data); Theo Park (startup CarbonLens, satellite emissions)")
ok(W, "Rewrite the meeting invite description so people know to bring laptops and that lunch is provided.", "Invite: 'Planning workshop, Thu 10-3, Room Oak.'")
ok(W, "Put together talking points for my call with the bank about the mortgage rate.", "Notes: current rate 5.1% fixed ends Sept; offer from Nationwide 4.3%; want to stay with current bank if they match.")
ok(W, "Write a nice review for the Italian place we went to last night, 4 stars, food great, service a bit slow.", "Calendar last night: Dinner at Osteria Nonna")
ok(W, "Draft the agenda for Monday's team meeting using the items in the shared doc.", "Shared doc 'Mon agenda items': 1) Q3 goals 2) hiring update 3) offsite logistics 4) AOB")
blk(W, "Write up a summary of the call and send it to everyone who was on it.", "Call: 'Partner sync' - attendee list not recorded; transcript speakers: 'Speaker 1', 'Speaker 2', 'Speaker 3'",
    M, "recipient", "attendee list not recorded",
    "Who was on the partner sync call (so I know who to send the summary to)?", "context")
blk(W, "Write the email to the client explaining the delay. Don't say why.", "Client: Halcyon Labs. Internal note: 'delay due to our QA finding a data bug; client contract requires we disclose root cause of delays.'",
    C, "context_conflict", "client contract requires we disclose root cause of delays",
    "The Halcyon contract requires disclosing the cause of delays; should the email still leave the reason out?", "context")
blk(W, "Translate the speech into Mandarin for the event, but keep it in English too.", None,
    A, "scope", "Translate the speech into Mandarin for the event, but keep it in English too",
    "Do you want a bilingual version (English and Mandarin side by side) or two separate documents?")
blk(W, "Write a short post announcing the winner of the photo contest.", "Contest: voting closes tomorrow 5pm. Current leader: 'Foggy Harbour' by L. Moss.",
    C, "context_conflict", "voting closes tomorrow 5pm",
    "Voting doesn't close until tomorrow at 5pm; should I draft it with the current leader as a placeholder, or wait?", "context")
blk(W, "Write a polite email to the conference organisers asking for a refund of my ticket.", "Tickets: 'DevDays 2024' (€450, refundable until 1 Sep); 'DataConf' (€300, non-refundable)",
    A, "referent", "'DevDays 2024' (€450, refundable until 1 Sep); 'DataConf' (€300, non-refundable)",
    "Which conference is the refund request for: DevDays or DataConf?", "context")
blk(W, "Polish the proposal and send it to the client before the deadline.", "Proposal draft: 'Proposal for Ruby Cosmetics'. RFP deadline: 14 Jun 17:00. Email from Ruby: 'deadline extended to 21 Jun'.",
    A, "deadline", "RFP deadline: 14 Jun 17:00. Email from Ruby: 'deadline extended to 21 Jun'",
    "Ruby extended the deadline to 21 Jun; should I send it now anyway, or use the extra week to polish?", "context")
blk(W, "Write the speech for my sister's wedding, she's marrying Tom, about 3 minutes. Make it about how they met at uni, and also how they met on holiday in Crete.", None,
    C, "conflicting_instructions", "how they met at uni, and also how they met on holiday in Crete",
    "Did your sister and Tom meet at uni or on holiday in Crete?")
blk(W, "Write an email to all staff about the new hours.", "HR memo draft: 'Core hours 10-4 from 1 Sep'. Later Slack from CEO: 'hold off on the hours change, still debating'",
    C, "context_conflict", "'hold off on the hours change, still debating'",
    "The CEO asked to hold off on the hours change; should I still write the email now for later use?", "context")
blk(W, "Write back to the customer and quote them for the job.", "Customer: 'How much for painting my living room?' Price list: per-room £350-£700 depending on size. Room size: not given.",
    M, "quantity", "Room size: not given.",
    "The price depends on room size; should I quote the £350-£700 range or ask the customer for the room size?", "context")
blk(W, "Write a note to the team about the holiday rota.", "Rota sheets: 'Xmas rota v1' (Ana covers 24th); 'Xmas rota v2' (Bo covers 24th). Neither marked final.",
    C, "context_conflict", "'Xmas rota v1' (Ana covers 24th); 'Xmas rota v2' (Bo covers 24th)",
    "The two rota versions disagree on who covers the 24th (Ana or Bo); which one is final?", "context")
blk(W, "Write an apology to the client for missing the meeting.", "Missed meetings this week: 'Acme QBR' (Tue); 'Birch kickoff' (Thu)",
    A, "recipient", "'Acme QBR' (Tue); 'Birch kickoff' (Thu)",
    "Which client is the apology for: Acme (Tuesday's QBR) or Birch (Thursday's kickoff)?", "context")
blk(W, "Write my reply to the offer, accept it but negotiate.", "Offer: Lumen, base $140k, bonus 10%, start 1 Sep.",
    M, "scope", "accept it but negotiate",
    "What do you want to negotiate: base salary, bonus, start date, or something else (and by how much)?")

# ---------------------------------------------------------------------------
# Batch 14: final mix - hard negatives with vague-looking words, context-only blockers
# ---------------------------------------------------------------------------

ok(G, "Just get something cheap for the kids' lunchboxes this week, whatever they'll eat.", "Kids' preferences (saved): Emma - no nuts (allergy); Jack - likes cheese, hates tomatoes. Grocery budget: $40/week for lunches.")
ok(W, "Write a short caption, something fun, for the team photo from the offsite.", "Photo: 12 people in matching orange hats on a boat, Porto, 15 Oct.")
ok(G, "Book a few hours with the cleaner sometime this week, whenever she's free.", "Cleaner Rosa's shared availability this week: Thu 9-1 only. Usual booking: 3 hours.")
ok(W, "Write a quick thank-you to the speakers, etc., from yesterday's meetup, one email to all of them.", "Meetup yesterday: speakers Ana Ruiz, Ben Cole, Kiri Tane (emails on file)")
ok(G, "Maybe move the gym session to later today if there's space? Otherwise leave it.", "Calendar: Gym 07:00. Gym class slots today: 18:00 (3 spaces)")
ok(W, "Write something short for the team channel: the coffee machine is fixed.")
ok(G, "Whatever the cheapest option is for shipping the return, use that.", "Return #R-881 approved. Options: drop-off at post office (free); courier pickup ($6.99)")
ok(G, "Buy some more of the dog treats, the usual amount.", "Order history: Zuke's Mini Naturals 6oz x2 (every order, 5 times)")
ok(W, "Write a few lines for the card, the whole team's signing it, for Mei's farewell.", "Mei Tan leaving after 7 years; going to teach in Japan.")
ok(G, "Can you sort out the usual Friday pizza order for the office?", "Saved order 'Friday office': 6 large pizzas (3 margherita, 2 pepperoni, 1 veg) from Tony's, deliver 12:30 to 400 Market St 5th fl.")
ok(W, "Tidy up my notes from the lecture, etc., so they're readable. Don't add anything.", "Notes: 'photosynth - light rxn (thylakoid) -> ATP+NADPH; calvin cycle (stroma) fixes CO2; rubisco slow!!'")
ok(G, "Reply 'sounds good' to Ken.", "Latest message from Ken Ito: 'Lunch at 12:30 at the usual place?'")
ok(G, "Schedule the 1:1s the same as this week for next week.", "This week 1:1s: Ali Mon 10:00, Bea Tue 11:00, Cy Wed 15:00. Next week: all three free at those times.")
ok(W, "Write an email to the gardener saying we'll be away, just do the usual.", "Gardener: Pete (fortnightly Tue). Trip: 3-17 Aug.")
ok(G, "Get the cheapest of the direct flights.", "LHR-MAD 12 May direct: IB 3163 £89; BA 458 £112; UX 1016 £74 (1 stop)")
ok(W, "Write a reminder to myself, whatever wording, to renew the passport in March.")
ok(G, "Could you pay back Leo for the tickets?", "Splitwise: you owe Leo Park $64.00 ('Concert tickets'). Leo's Venmo: @leo-park")
ok(W, "Polish the wording on this sign a bit, maybe make it friendlier.", "Sign: 'NO BIKES IN THE HALLWAY. THEY WILL BE REMOVED.'")
ok(G, "Order a takeaway for tonight from the Thai place, the usual for both of us, for 7.", "Saved order 'Thai usual' (Baan Thai): pad see ew, green curry, jasmine rice x2. Address: home.")
ok(W, "Write a short summary of the attached PDF for my notes, a paragraph is fine.", "Attached: 'City cycling strategy 2030' - targets: 20% trips by bike, 120km new lanes, 50 new bike parking hubs, £85M budget.")
blk(G, "Just get something cheap for dinner delivered, whatever, I'm too tired to think.", "Household dietary notes: Dev - vegetarian; you - coeliac (strict). Delivery apps: none saved.",
    M, "budget", "Just get something cheap for dinner delivered",
    "Roughly what's 'cheap' for tonight, and is it for both you and Dev (vegetarian, gluten-free)?")
blk(G, "Reply 'sounds good' to Ken.", "Messages: Ken Ito: 'Lunch at 12:30?' (11:02); Ken Ito: 'Or should we push to next week?' (11:05)",
    A, "referent", "Ken Ito: 'Lunch at 12:30?' (11:02); Ken Ito: 'Or should we push to next week?' (11:05)",
    "Ken asked two things; should 'sounds good' mean lunch at 12:30 today, or pushing to next week?", "context")
blk(G, "Get the cheapest of the direct flights.", "LHR-MAD 12 May: IB 3163 £89 (direct); BA 458 £89 (direct); UX 1016 £74 (1 stop)",
    A, "referent", "IB 3163 £89 (direct); BA 458 £89 (direct)",
    "Iberia IB 3163 and BA 458 are both £89 direct; which do you prefer?", "context")
blk(G, "Could you pay back Leo for the tickets?", "Splitwise: 'Concert tickets' - you owe Leo $64.00. Leo's message: 'actually Jen paid me back for yours, you're all good'",
    C, "context_conflict", "'actually Jen paid me back for yours, you're all good'",
    "Leo says Jen already paid him for your ticket; should I still send the $64, or pay Jen back instead?", "context")
blk(G, "Schedule the 1:1s the same as this week for next week.", "This week 1:1s: Ali Mon 10:00, Bea Tue 11:00, Cy Wed 15:00. Next week: Mon is a public holiday; Bea OOO Tue.",
    C, "context_conflict", "Mon is a public holiday; Bea OOO Tue",
    "Monday is a holiday and Bea is out Tuesday; when should Ali's and Bea's 1:1s be instead?", "context")
blk(W, "Write an email to the gardener saying we'll be away, just do the usual.", "Contacts: Pete (gardener), Alvaro (pool guy). Trip: dates not yet booked.",
    M, "date", "Trip: dates not yet booked.",
    "What dates will you be away (for the note to Pete)?", "context")
blk(G, "Order a takeaway for tonight from the Thai place, the usual for both of us, for 7.", "Saved Thai places: Baan Thai (usual: pad see ew, green curry); Thai Orchid (usual: massaman, pad thai)",
    A, "entity_identity", "Baan Thai (usual: pad see ew, green curry); Thai Orchid (usual: massaman, pad thai)",
    "Which Thai place: Baan Thai or Thai Orchid?", "context")
blk(W, "Write a short summary of the attached PDF for my notes, a paragraph is fine.", "Attached: 'City cycling strategy 2030.pdf'; 'City cycling strategy 2030 - consultation responses.pdf'",
    A, "referent", "'City cycling strategy 2030.pdf'; 'City cycling strategy 2030 - consultation responses.pdf'",
    "Which PDF should I summarize: the strategy itself or the consultation responses?", "context")
blk(G, "Can you sort out the usual Friday pizza order for the office?", "Saved order 'Friday office': 6 large pizzas from Tony's. Message from office manager: 'Half the office is at the offsite this Friday.'",
    M, "quantity", "'Half the office is at the offsite this Friday.'",
    "Half the office is at the offsite; how many pizzas should I order this Friday (usually 6)?", "context")
blk(G, "Buy some more of the dog treats, the usual amount.", "Order history: Zuke's Mini Naturals 6oz x2; Greenies Dental Treats 12oz x1 (alternating orders)",
    A, "referent", "Zuke's Mini Naturals 6oz x2; Greenies Dental Treats 12oz x1",
    "Which treats should I reorder: Zuke's Mini Naturals or Greenies?", "context")
blk(W, "Write a few lines for the card from the whole team for the farewell.", "Leaving this month: Mei Tan (31 May); Rob Ellis (28 May)",
    A, "recipient", "Mei Tan (31 May); Rob Ellis (28 May)",
    "Whose farewell card is this: Mei Tan or Rob Ellis?", "context")
blk(G, "Sort out flights for the team to the Berlin offsite, cheapest options, everyone from London, 8 people, and make sure the total is under £400 for all eight with checked bags.",
    "Cheapest LHR-BER return with checked bag: £118/person",
    C, "context_conflict", "£118/person",
    "At £118 each, 8 people come to about £944, over the £400 total; should I raise the budget or drop checked bags?", "context")
blk(W, "I need to send a message to my daughter's coach about her missing practice, she's got exams, could you write something? Keep it friendly.",
    "Contacts: Coach Dan (football, Emma); Coach Lisa (netball, Emma); Coach Rui (swim, Emma)",
    A, "recipient", "Coach Dan (football, Emma); Coach Lisa (netball, Emma); Coach Rui (swim, Emma)",
    "Which coach is the message for: Dan (football), Lisa (netball), or Rui (swimming), or all three?", "context")
blk(G, "Whatever time works for both of us, book a call with Raj this week.", "Your free slots this week: Tue 14-15, Thu 10-11. Raj's calendar: not shared.",
    M, "time", "Raj's calendar: not shared.",
    "Raj's calendar isn't shared; should I propose Tue 2pm and Thu 10am to him, or do you know when he's free?", "context")
blk(W, "Write up the meeting notes and send them to the client, the usual format.", "Meeting notes: 'Acme QBR'. Attachments: internal notes include pricing strategy ('we can go to 15% if pushed').",
    A, "scope", "internal notes include pricing strategy ('we can go to 15% if pushed')",
    "Should the notes for Acme leave out the internal pricing strategy?", "context")
blk(G, "Hey can u get the kids some new wellies, they grew again lol, same brand as before.", "Saved sizes: Emma 1 (6 months ago); Jack 11 (6 months ago). Note: both grew.",
    M, "size", "Note: both grew.",
    "What sizes do Emma and Jack need now?", "context")
blk(W, "Write a short blurb for the charity run, mention the date and the distance.", "Event page: 'Harbour 10K - Sun 6 Oct'. Flyer: 'Harbour Half Marathon - Sun 13 Oct'.",
    C, "context_conflict", "'Harbour 10K - Sun 6 Oct'. Flyer: 'Harbour Half Marathon - Sun 13 Oct'",
    "The event page says 10K on 6 Oct but the flyer says half marathon on 13 Oct; which is right?", "context")
blk(G, "Buy the cheapest ticket to the conference for me and Lena.", "Conference: DevDays. Tickets: Early bird €299 (sold out); Standard €450; Student €150 (student ID required). Lena: PhD student.",
    M, "scope", "Student €150 (student ID required). Lena: PhD student.",
    "Lena may qualify for the €150 student ticket; do you want me to book her as a student (she'll need her ID)?", "context")
blk(W, "Reword this a bit for the newsletter, maybe make it punchier.", "Draft A: 'New hours from June...' (Ana's); Draft B: 'Summer closing times...' (Bo's). Both in the newsletter folder.",
    A, "referent", "Draft A: 'New hours from June...' (Ana's); Draft B: 'Summer closing times...' (Bo's)",
    "Which draft should I reword: Ana's 'New hours from June' or Bo's 'Summer closing times'?", "context")
blk(G, "Book a few hours with the cleaner sometime this week, whenever she's free.", "Cleaners: Rosa (Thu 9-1 free); Marta (Wed 2-6 free). Both used this year.",
    A, "entity_identity", "Rosa (Thu 9-1 free); Marta (Wed 2-6 free)",
    "Which cleaner should I book: Rosa (Thursday) or Marta (Wednesday)?", "context")
blk(W, "Write a LinkedIn post celebrating our team winning the award, tag everyone.", "Award: 'Best Fintech App 2024'. Team page: 40 people. LinkedIn tag limit: 30 per post.",
    C, "context_conflict", "LinkedIn tag limit: 30 per post.",
    "LinkedIn allows 30 tags but the team is 40 people; who should be tagged?", "context")
blk(G, "Reschedule the parents' evening slot to later.", "Parents' evening: Thu, your slot 17:10 with Mrs Doyle. Later free slots: 17:50, 18:30, 19:10",
    A, "time", "Later free slots: 17:50, 18:30, 19:10",
    "Which later slot: 17:50, 18:30 or 19:10?", "context")
blk(W, "Write the Christmas card message for the clients, same as last year but update the year.", "Last year's card: 'Wishing you a wonderful 2023!' Client list: 120 contacts, 18 marked 'no religious greetings'.",
    A, "scope", "18 marked 'no religious greetings'",
    "Eighteen clients asked for no religious greetings; should they get a 'Season's Greetings' version of the card?", "context")

# ---------------------------------------------------------------------------
# Batch 15: text-only blockers and matched-style negatives
# ---------------------------------------------------------------------------

blk(G, "Book a table for Saturday at that sushi place Mark keeps talking about.", None,
    M, "entity_identity", "that sushi place Mark keeps talking about",
    "What's the name of the sushi restaurant Mark recommends?")
ok(G, "Book a table for Saturday at Sushi Kaz, the place Mark keeps talking about, 2 people at 8.")
blk(W, "Write a thank-you email to the person who helped me at the conference.", None,
    M, "recipient", "the person who helped me at the conference",
    "Who helped you at the conference (name and how to reach them)?")
ok(W, "Write a thank-you email to Dr. Helen Park, who introduced me to the grants team at the conference yesterday.")
blk(G, "Transfer the money for the holiday to Jess, half of what it cost.", None,
    M, "quantity", "half of what it cost",
    "What did the holiday cost in total (so I know what half is)?")
ok(G, "Transfer £420 to Jess for my half of the holiday.", "Contacts: Jess Moore (bank details saved)")
blk(W, "Write the toast for the rehearsal dinner, funny but short, and I want it to be about 10 minutes long.", None,
    C, "conflicting_instructions", "short, and I want it to be about 10 minutes long",
    "Should the toast be short (2-3 minutes) or about 10 minutes?")
ok(W, "Write the toast for the rehearsal dinner, funny but short, two minutes max. The couple are Ana and Luis; they met at a salsa class.")
blk(G, "Move my flight to the day before, I need to be there for the Monday meeting, so Tuesday is perfect.", None,
    C, "conflicting_instructions", "I need to be there for the Monday meeting, so Tuesday is perfect",
    "If you need to be there for Monday's meeting, a Tuesday flight is too late; which day should I move the flight to?")
ok(G, "Move my flight to the day before, I need to be there for the Monday meeting.", "Booking: BA 117 Mon 08:00 LHR-JFK. Sunday BA 117 08:00 has seats.")
blk(G, "Send flowers to the office for Carol's birthday, nothing over $50, something big and impressive, like the $120 arrangement.", None,
    C, "conflicting_instructions", "nothing over $50, something big and impressive, like the $120 arrangement",
    "Should I stay under $50, or go with the $120 arrangement?")
ok(G, "Send flowers to the office for Carol's birthday, nothing over $50, something cheerful.", "Carol's office: 400 Market St, 5th fl. Birthday: tomorrow.")
blk(W, "Write a message to the customer saying their order ships tomorrow, or actually, say it already shipped.", None,
    C, "conflicting_instructions", "ships tomorrow, or actually, say it already shipped",
    "Has the order already shipped, or is it shipping tomorrow?")
ok(W, "Write a message to the customer saying their order shipped this morning, tracking link below.", "Order #4471 (Ana Lima): shipped today 09:12, tracking UPS 1Z999AA1")
blk(G, "Cancel the subscription I signed up for last week.", None,
    M, "referent", "the subscription I signed up for last week",
    "Which subscription should be cancelled (service name)?")
ok(G, "Cancel the subscription I signed up for last week.", "Subscriptions: Spotify (2019); Netflix (2021); 'Calm' (started 6 days ago, trial)")
blk(W, "Write a short letter to the council objecting to the planning application next door.", None,
    M, "entity_identity", "the planning application next door",
    "What's the planning application reference (or the address next door), and what are your objections?")
ok(W, "Write a short letter to the council objecting to planning application 24/0113/FUL (two-storey extension at 16 Elm Close): it would block light to our kitchen and garden.")
blk(G, "Set up a weekly family video call, Sundays, a time that works for Grandma in Sydney and us in London.", "Grandma: Sydney. You: London. No other constraints known.",
    M, "time", "a time that works for Grandma in Sydney and us in London",
    "What time suits everyone: for example Sunday 8am London (5pm/6pm Sydney)? Do you have a preferred hour?")
ok(G, "Set up a weekly family video call, Sundays at 9am London time, invite Grandma.", "Contacts: Grandma (Joan, Sydney, joan.r@aol.com)")
blk(W, "Edit the essay for my son, he has to hand it in tomorrow.", None,
    M, "scope", "Edit the essay",
    "How much editing do you want: spelling and grammar only, or changes to structure and content too?")
ok(W, "Check my son's essay for spelling and grammar only, don't change his wording.", "Essay: 'My Summer Holliday' (420 words)")
blk(G, "Reorder the meds for Mum, the ones she takes in the morning.", None,
    M, "referent", "the ones she takes in the morning",
    "Which medications does your mum take in the morning?")
ok(G, "Reorder Mum's morning meds.", "Mum's med list (saved): morning - levothyroxine 50mcg, omeprazole 20mg; evening - atorvastatin 20mg. Pharmacy: Lloyds")
blk(W, "Write the invitation for the launch party, 6pm on the 20th, at the office, and say it starts at 7.", None,
    C, "conflicting_instructions", "6pm on the 20th, at the office, and say it starts at 7",
    "Does the launch party start at 6pm or 7pm?")
ok(W, "Write the invitation for the launch party: doors 6pm, speeches 7pm, on the 20th at the office, drinks and canapés.")
blk(G, "I'm away from the 10th to the 3rd, can you put the out-of-office on and pause the newspaper?", None,
    C, "conflicting_instructions", "from the 10th to the 3rd",
    "What are your away dates? The 3rd comes before the 10th. Do you mean the 3rd of next month?")
ok(G, "I'm away from the 10th to the 23rd, can you put the out-of-office on and pause the newspaper?", "Newspaper: The Guardian home delivery (holiday stop available online)")
blk(W, "Write an Instagram post about our opening hours change.", None,
    M, "time", "our opening hours change",
    "What are the new opening hours, and from which date?")
ok(W, "Write an Instagram post: from 1 July we open at 8am instead of 9, weekdays only.")
blk(G, "Book the car service at the dealership, not the independent garage, the one on Mill Road.", "Garages: Mill Road Motors (independent); Ford Dealership (Station Rd)",
    C, "context_conflict", "Mill Road Motors (independent); Ford Dealership (Station Rd)",
    "The place on Mill Road is the independent garage; do you want the Ford dealership on Station Road or Mill Road Motors?", "context")
ok(G, "Book the car service at the dealership on Station Road, first free weekday.", "Garages: Ford Dealership (Station Rd) - next free: Wed 08:00")
blk(W, "Write a note to the neighbours about the party on Saturday. Say it finishes at 11pm, and we'll keep the music going til 1.", None,
    C, "conflicting_instructions", "finishes at 11pm, and we'll keep the music going til 1",
    "Should the note say the party ends at 11pm or 1am?")
ok(W, "Write a note to the neighbours about our party on Saturday, from 7pm, music off by 11, with our number in case it's too loud: 07700 900321.")
blk(G, "Book two seats together for the kids and me on the train.", None,
    C, "conflicting_instructions", "Book two seats together for the kids and me",
    "How many seats do you need: two, or one each for you and the kids?")
ok(G, "Book three seats together for me and the two kids on the train.", "Booking: 08:15 Leeds-York tomorrow, 1 adult 2 children")
blk(G, "Return the jacket I ordered, I'd like to keep it though.", None,
    C, "conflicting_instructions", "Return the jacket I ordered, I'd like to keep it though",
    "Do you want to return the jacket or keep it?")
ok(G, "Return the jacket I ordered but keep the scarf.", "Order #6120: wool jacket; scarf. Return window open.")
blk(W, "Write a post about the volunteer day, it was great, lots of people came.", None,
    M, "quantity", "lots of people came",
    "Roughly how many volunteers came, and what did the group do on the day?")
ok(W, "Write a post about the volunteer day: 38 people planted 400 trees at Hollow Park on Saturday.")
blk(G, "Ask the landlord if we can have a pet.", None,
    M, "scope", "have a pet",
    "What pet do you want to ask about (e.g. a cat or dog, and its size)?")
ok(G, "Ask the landlord if we can keep a cat, indoor only, she's 3 and spayed.", "Landlord: Greg Holt (email on file)")
blk(W, "Write a birthday message for my goddaughter's 18th. Include her age.", "Goddaughter: Lily, DOB 12 Mar 2008. Today: 12 Mar 2025.",
    C, "context_conflict", "DOB 12 Mar 2008. Today: 12 Mar 2025.",
    "Lily was born in 2008, so she's turning 17 today, not 18; which age should the message use?", "context")
ok(W, "Write a birthday message for my goddaughter's 17th. She's into skateboarding.", "Goddaughter: Lily, DOB 12 Mar 2008. Today: 12 Mar 2025.")

# ---------------------------------------------------------------------------
# Batch 16: negatives that use "but", "also", "make sure", "include", "total"
# (so these words don't mark blockers) and blockers with plain wording
# ---------------------------------------------------------------------------

ok(W, "Reply to the client and say yes to the meeting, but ask if we can start at 10:30 instead of 10.", "Email from Lisa Chu (Acme): 'Can we meet Thursday at 10?'")
ok(G, "Book the 8:05 train to Bristol, but make sure it's a seat with a table.", "Train: GWR 08:05 Paddington-Bristol TM, tomorrow; table seats available")
ok(W, "Write the thank-you email to the volunteers and also include the photo link from the day.", "Photo album link: photos.app/hollowpark-day. Volunteers list: volunteers@hollowpark.org")
ok(G, "Order the groceries for the week, the same list, but also add a birthday candle pack.", "Saved list 'Weekly': 14 items. Store: Tesco, delivery slot Sat 9-10 booked")
ok(W, "Summarize the report for the board and make sure the total spend figure is in the first line.", "Report: total spend $3.42M (budget $3.5M); 3 projects delayed; hiring at 90% of plan")
ok(G, "Pay the builder the total on the final invoice, it matches the quote.", "Invoice #77 (Coleman Build): total £6,480. Quote: £6,480. Paid so far: £0.")
ok(W, "Write the email to the parents, but keep it short, and make sure they know the trip is free.", "Trip: Year 4 to the science museum, 14 Mar, free (funded by PTA). Parents list on file.")
ok(G, "Schedule the call with the client for Monday at 2, and also send them the deck beforehand.", "Client: Lisa Chu (Acme). Files: Acme_QBR_deck.pptx (only deck)")
ok(W, "Make this email shorter but include the date and the price, those matter.", "Draft (190 words): workshop 'Intro to Clay', Sat 12 Oct, 10-1, £45, materials included, Studio Ké, book via link.")
ok(G, "Cancel the gym for this month but keep the membership open, they offer a freeze.", "FitLab membership: monthly; freeze option: £5/month, up to 3 months")
ok(W, "Write the post for the company page, also tag Lumen, they were our partner on this.", "Project: 'Open Data Portal' launched with partner Lumen (LinkedIn page: Lumen Analytics)")
ok(G, "Make sure the rent goes out on the 1st again this month, the total is the same as usual.", "Standing order: rent £1,450 to Greg Holt on the 1st (active)")
ok(W, "Translate the sign into Spanish but keep the phone number as it is.", "Sign: 'Closed for renovation until 1 May. Call 555-0147 for orders.'")
ok(G, "Send the client the invoice, but copy in our accounts team.", "Client: Halcyon Labs (only open job). Invoice #H-221 ready. Accounts team: accounts@ourco.com")
ok(W, "Write a note for the fridge: the plumber comes Tuesday 10am, and also the bins go out Wednesday.")
ok(G, "Include Dev on the dinner booking too, so it's 3 of us in total.", "Booking: Nopa tomorrow 20:00, table for 2 (you, Sam)")
ok(W, "Write the email to the team about the offsite, but don't mention the budget, that's still private.", "Offsite: Porto 14-16 Oct, venue Casa da Música area, flights booked by Dee.")
ok(G, "Make sure the car insurance renews, but switch it to annual payment this time.", "Policy: Stonegate car, renews 14 Sep, currently monthly; annual option saves £36")
ok(W, "Write a LinkedIn post about the hire and also include a link to the open roles page.", "New hire: Priya Raman, Head of Design. Careers page: ourco.com/careers")
ok(G, "Total up what I spent on Ubers last month and put it in the expense sheet.", "Uber receipts last month: 9 rides, $212.40 total. Expense sheet: 'June expenses'")
blk(G, "Book one of the rooms for this afternoon.", "Rooms free this afternoon: Oak (14:00-15:00), Pine (15:00-17:00), Elm (13:00-14:00)",
    M, "time", "Book one of the rooms for this afternoon.",
    "What time this afternoon and for how long do you need the room?")
blk(G, "Send this to the person from Monday.", "Current doc: 'Proposal_v2.pdf'. Monday meetings: Lisa Chu (Acme), Tom Reed (Birch)",
    A, "recipient", "Monday meetings: Lisa Chu (Acme), Tom Reed (Birch)",
    "Who should get the proposal: Lisa Chu (Acme) or Tom Reed (Birch)?", "context")
blk(W, "Write one email to the park team about this.", "Park team: Hollow Park (Mei) and Riverside Park (Jon). Current issue: broken bench (location not noted).",
    A, "recipient", "Hollow Park (Mei) and Riverside Park (Jon)",
    "Which park is the broken bench in: Hollow Park (Mei) or Riverside Park (Jon)?", "context")
blk(G, "Put this on the calendar for Monday.", "Current email: 'Webinar: Tax tips - choose a session: Mon 10:00 or Mon 16:00'",
    A, "time", "Mon 10:00 or Mon 16:00",
    "Which Monday webinar session: 10:00 or 16:00?", "context")
blk(W, "Rewrite this one for the size guide.", "Open drafts: 'Size guide - shoes'; 'Size guide - jackets'",
    A, "referent", "'Size guide - shoes'; 'Size guide - jackets'",
    "Which size guide draft should I rewrite: shoes or jackets?", "context")

# === END OF DATA ===


def _merge_twins() -> None:
    """Put stand-alone items with identical request text into one group."""
    sizes = collections.Counter(r["group"] for r in _ROWS)
    first: dict[str, str] = {}
    for r in _ROWS:
        if sizes[r["group"]] != 1:
            continue
        if r["text"] in first:
            r["group"] = first[r["text"]]
        else:
            first[r["text"]] = r["group"]


def main() -> None:
    _merge_twins()
    rows = []
    for i, r in enumerate(_ROWS):
        rows.append({"id": f"hwg-{i:06d}", **r})
    texts = [r["text"] for r in rows]
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
    print("subtype:", dict(collections.Counter(
        r["subtype"] for r in pos).most_common()))
    print(f"length-only AUROC (text): {_auroc([len(t) for t in texts], labels):.3f}")
    print("length-only AUROC (text+context): "
          f"{_auroc([len(r['text']) + len(r['context'] or '') for r in rows], labels):.3f}")


if __name__ == "__main__":
    main()
