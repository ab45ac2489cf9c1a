"""Hand-written probe training data: general assistant and writing work.

Every request below was written out by hand (no slot-filling templates).
Deterministic, stdlib only.  Writes asksafe/corpus/handwritten_general.jsonl
next to this file and prints summary counts plus the length-only AUROC.

Usage: python asksafe/corpus/build_handwritten_general.py
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

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
        if not q or typ not in ("missing", "ambiguous", "contradictory"):
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
      "Should I prioritise halving the length or adding examples? Both can't be done at once."))

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

# === END OF DATA ===


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


def main() -> None:
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
