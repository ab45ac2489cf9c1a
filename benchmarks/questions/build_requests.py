"""Write ``requests.jsonl`` and ``settled.jsonl``: a question set by a separate author.

Every request below was written by hand, one at a time, by an author who did
not read asksafe's question writer, its frames or its training corpus. The set
is never trained on and never used to tune anything; it measures the writer.

    python benchmarks/questions/build_requests.py      # rewrites both files, deterministically

Records (JSONL, one per line)::

    {"id", "domain", "text", "context": str | null, "blocked": bool,
     "blockers": [{"id", "type", "description", "resolution", "example_questions"}]}

``settled.jsonl`` rows add ``"settled"`` (what the context or earlier answers
already settle; asking about it is a wasted question) and ``"settled_questions"``
(for each settled point, questions that would ask about it: the scorer's judge
compares the writer's questions with them).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOMAINS = ("travel", "meetings", "email", "files", "deploy", "payments", "data", "code", "sql", "general")
TYPES = ("missing", "ambiguous", "contradictory")

REQUESTS: list[dict] = []
SETTLED: list[dict] = []
_counts: Counter[str] = Counter()


def b(bid: str, typ: str, description: str, resolution: str, *questions: str) -> dict:
    """One gold blocker: what is open, what the human would answer, 2-4 questions that would be fine."""
    return {"id": bid, "type": typ, "description": description, "resolution": resolution,
            "example_questions": list(questions)}


def req(domain: str, text: str, *blockers: dict, context: str | None = None) -> None:
    """A request; no blockers makes it a fully specified control."""
    _counts[domain] += 1
    REQUESTS.append({"id": f"{domain}-{_counts[domain]:03d}", "domain": domain, "text": text,
                     "context": context, "blocked": bool(blockers), "blockers": list(blockers)})


def settled(domain: str, text: str, context: str, points: list[tuple[str, list[str]]], *blockers: dict) -> None:
    """A request whose context settles ``points`` (description, questions that would re-ask it)."""
    _counts["settled-" + domain] += 1
    SETTLED.append({"id": f"settled-{domain}-{_counts['settled-' + domain]:03d}", "domain": domain,
                    "text": text, "context": context, "blocked": bool(blockers), "blockers": list(blockers),
                    "settled": [p[0] for p in points], "settled_questions": [list(p[1]) for p in points]})


# --- travel and bookings -------------------------------------------------------------------------

req("travel", "Book me a flight to Paris next week.",
    b("origin", "missing", "The departure city or airport is not given.",
      "From Boston Logan.",
      "Which city or airport are you flying out of?", "Where should the flight to Paris depart from?"),
    b("day", "missing", "Which day next week to fly is not given.",
      "Tuesday morning.",
      "Which day next week do you want to fly?", "What date should the outbound flight be on?"),
    b("trip_type", "missing", "Whether a return flight is needed is not stated.",
      "Return, coming back the following Sunday.",
      "Do you need a return flight, or only one way?", "When do you want to fly back from Paris?"))
req("travel", "Reserve a table for four at Osteria Nero this Saturday at 8pm, under my name. Indoor seating.",
    context="User profile: name Dana Whitfield, phone +1 617 555 0142. Today is Wednesday 2 December 2026.")
req("travel", "Get me a hotel in Lisbon for the conference.",
    b("dates", "missing", "The check-in and check-out dates are not given (the conference dates are unknown).",
      "Check in 14 March, check out 17 March.",
      "Which nights do you need the hotel for?", "What are your check-in and check-out dates?"),
    b("budget", "missing", "No price limit per night is given.",
      "Up to 180 euros a night.",
      "What is the most you want to pay per night?", "Is there a nightly budget for the hotel?"))
req("travel", "Change my train tomorrow to a later one.",
    b("which_later", "ambiguous", "'A later one' could be the next train or a specific later time.",
      "The first train after 5pm.",
      "What time would you like the new train to leave?", "Do you want the next departure or a specific later train?"),
    context="Booking AX-2291: London Euston -> Manchester Piccadilly, 3 Dec 2026, 09:40, standard class, flexible ticket.")
req("travel", "Cancel my booking.",
    b("which_booking", "ambiguous", "The user has two active bookings; which one to cancel is unclear.",
      "The Rome hotel, booking HT-5520.",
      "Which booking should I cancel: the Rome hotel or the Madrid flight?",
      "Do you mean the hotel in Rome or the flight to Madrid?"),
    context="Active bookings:\n- HT-5520 Hotel Via Nova, Rome, 10-12 Jan (free cancellation until 8 Jan)\n"
            "- FL-7781 Iberia IB3167 London-Madrid, 20 Jan (non-refundable)")
req("travel", "Book a rental car at Denver airport from Jan 9 to Jan 12.",
    b("car_class", "missing", "The size or class of car is not given.",
      "A mid-size SUV.",
      "What size of car do you want?", "Which car class should I book: economy, mid-size or SUV?"),
    b("times", "missing", "Pick-up and drop-off times are not given.",
      "Pick up at 2pm on the 9th, return by 10am on the 12th.",
      "What time will you pick up the car on January 9?", "When on January 12 will you return the car?"))
req("travel", "Book the 07:15 KLM flight from Amsterdam to Oslo on 5 February, economy, one adult, "
    "hand luggage only, and pay with the card on file.",
    context="Saved cards: Visa ending 4410 (default). Traveller: Mark de Vries, passport on file.")
req("travel", "Find me somewhere cheap to stay near the venue.",
    b("venue", "missing", "Which venue is meant is not known.",
      "The ExCeL centre in London.",
      "Which venue do you mean?", "Where is the venue you want to stay near?"),
    b("cheap", "ambiguous", "'Cheap' has no price limit.",
      "Under 100 pounds a night.",
      "What is the highest nightly price you'd call cheap?", "What is your maximum budget per night?"),
    b("nights", "missing", "The nights of the stay are not given.",
      "The nights of 22 and 23 April.",
      "Which nights do you need a room?", "What dates will you be staying?"))
req("travel", "Book the usual hotel for my trip to Chicago on the 18th.",
    b("nights", "missing", "How many nights to book is not given.",
      "Two nights, leaving on the 20th.",
      "How many nights should I book?", "What is your check-out date?"),
    context="Past stays in Chicago: Hotel Ardent (6 times), The Loopside (once).")
req("travel", "Move my dentist appointment trip... actually no, just book me a taxi to the airport "
    "for my flight tomorrow.",
    b("pickup", "missing", "The pick-up address is not given.",
      "From home, 12 Elm Street.",
      "Where should the taxi pick you up?", "What is the pick-up address?"),
    b("time", "missing", "The pick-up time is not given.",
      "8:30am.",
      "What time should the taxi pick you up?", "When do you want to leave for the airport?"),
    context="Flight tomorrow: BA 117 London Heathrow -> New York JFK, departs 11:25 from Terminal 5.")
req("travel", "Book me an aisle seat on my flight on Thursday.",
    context="Upcoming trips: only one flight this week - UA 902, Thursday 3 Dec, SFO -> EWR, seat not yet assigned. "
            "Aisle seats available: 14C, 22D, 31C. Preference on profile: front of the plane.")
req("travel", "Book two nights in Kyoto, somewhere central, under 20,000 yen a night, "
    "checking in 3 April 2027, for two adults, with breakfast included.")
req("travel", "Can you book the Eurostar for me and my colleague on Monday?",
    b("direction", "missing", "Whether the trip is London to Paris or Paris to London (or Brussels) is not stated.",
      "London to Paris.",
      "Which direction are you travelling: London to Paris or Paris to London?",
      "Where are you departing from and going to?"),
    b("time", "missing", "No departure time is given.",
      "Arrive in Paris before 11am.",
      "What time do you want to leave on Monday?", "By what time do you need to arrive?"),
    b("colleague", "missing", "The colleague's name and details are not given.",
      "Priya Raman, her details are in the company travel profile.",
      "What is your colleague's name?", "Which colleague is travelling with you?"))
req("travel", "Upgrade my seat if it's not too expensive.",
    b("limit", "ambiguous", "'Not too expensive' has no amount.",
      "Up to 150 dollars.",
      "What is the most you'd pay for the upgrade?", "How much is too expensive for the upgrade?"),
    context="Flight DL 44, JFK -> LAX, 9 Dec. Upgrades offered: Comfort+ $89, First $340.")
req("travel", "Book a flight from Berlin to Rome on the 14th returning on the 12th.",
    b("dates", "contradictory", "The return date (12th) is before the departure date (14th).",
      "Depart on the 12th, return on the 14th.",
      "The return date is before the departure: which date is the outbound flight?",
      "Should I depart on the 12th and return on the 14th?"))
req("travel", "Book a table somewhere nice for our anniversary.",
    b("when", "missing", "The date and time of the dinner are not given.",
      "Friday 11 December at 7:30pm.",
      "Which evening and time should the reservation be for?", "When is the anniversary dinner?"),
    b("where", "missing", "The area or kind of restaurant is not given.",
      "Italian, in the North End.",
      "What area or cuisine would you like?", "Which neighbourhood should the restaurant be in?"))
req("travel", "Book me on the cheapest direct flight from Manchester to Dublin on 8 January, "
    "any time after 10am, one way, no checked bag.")
req("travel", "Extend my hotel stay by one night.",
    context="Current stay: Hotel Marlow, Edinburgh, room 412, check-in 1 Dec, check-out 3 Dec 2026. "
            "Rate 145 GBP/night, card on file Amex 1009.")
req("travel", "Plan my trip to the offsite.",
    b("what_to_book", "missing", "Which parts of the trip to arrange (transport, hotel, both) is not said.",
      "Just the train and one night of hotel.",
      "What should I book for the offsite: transport, a hotel, or both?",
      "Which bookings do you need for the offsite?"),
    b("offsite", "missing", "Where and when the offsite takes place is not known.",
      "It's in Bath on 15-16 January.",
      "Where is the offsite being held?", "Which offsite do you mean?"))
req("travel", "Rebook my cancelled flight on the same route, earliest available departure, same cabin.",
    context="Cancelled: AF 1231 Paris CDG -> Vienna, 2 Dec 2026 18:05, economy, 1 passenger (Lea Brun).")
req("travel", "I need a hotel in Tokyo from the 3rd to the 5th, and I'll be there for a week.",
    b("length", "contradictory", "The dates give two nights, but the user says they stay a week.",
      "The 3rd to the 10th; it's a week.",
      "Is the stay from the 3rd to the 5th, or a full week?", "What is the correct check-out date?"))
req("travel", "Book the shuttle to the conference hotel for everyone arriving Tuesday.",
    b("who", "ambiguous", "Who counts as 'everyone arriving Tuesday' is unclear: the list has arrivals with no date.",
      "The four people with a Tuesday flight; skip Omar, he's driving.",
      "Should Omar, whose arrival date isn't listed, be on the Tuesday shuttle?",
      "Which of the attendees should be on the shuttle?"),
    context="Arrivals:\n- Ana (Tue 14:10, LHR)\n- Ben (Tue 16:45, LHR)\n- Chloe (Tue 09:30, LGW)\n"
            "- Dev (Tue 20:05, LHR)\n- Omar (date not given)\n- Fay (Wed 08:15, LHR)")
req("travel", "Find me a return flight to Madrid for the weekend of 16 January, leaving Friday evening "
    "and back Sunday night, from London Gatwick, economy, cheapest option.")
req("travel", "Book the restaurant for the team dinner.",
    b("headcount", "missing", "How many people to book for is not given.",
      "Nine people.",
      "How many people should the booking be for?", "How many are coming to the team dinner?"),
    b("date", "missing", "The date of the dinner is not given.",
      "Thursday the 17th at 7pm.",
      "Which day is the team dinner?", "What date and time should I book?"),
    context="Shortlisted restaurant: Brasserie Lune (the team voted for it in chat).")
req("travel", "My flight to Seattle got delayed. Handle it.",
    b("goal", "ambiguous", "What 'handle it' means is unclear: rebook, tell someone, or claim compensation.",
      "Tell the hotel I'll check in late; keep the flight.",
      "What should I do about the delay: rebook, notify someone, or claim compensation?",
      "Do you want me to rebook the flight or keep it?"),
    context="AS 331 SFO -> SEA delayed 3h, new departure 21:40. Hotel booked in Seattle: The Pine, check-in tonight.")
req("travel", "Book a window seat on the 16:30 train to Glasgow today, first class, using my railcard.",
    context="Railcard on file: 16-25 Railcard, valid until 2027. Station: London Euston. Today: 3 Dec 2026.")
req("travel", "Get me to Zurich by Thursday noon as cheaply as possible.",
    b("origin", "missing", "The starting point is not given.",
      "From Munich.",
      "Where will you be travelling from?", "Which city are you starting from?"),
    b("mode", "ambiguous", "Whether train, flight or bus are all acceptable is unclear.",
      "Train or bus is fine, no flights.",
      "Are trains and buses acceptable, or only flights?", "Which kinds of transport are okay for you?"))
req("travel", "Book parking at the airport for my trip.",
    b("airport", "ambiguous", "The user flies from two airports on the trip list; which one is unclear.",
      "Logan, for the Denver trip.",
      "Which airport do you need parking at?", "Is the parking for the Logan or the Providence departure?"),
    b("days", "missing", "The parking dates are not given for the chosen trip.",
      "From 6am on the 9th until the evening of the 12th.",
      "Which days do you need the parking for?", "When will you drop off and pick up the car?"),
    context="Trips: 9-12 Jan Boston Logan -> Denver; 2-4 Feb Providence -> Chicago.")
req("travel", "Book the same flight as last time for my trip to see my parents.",
    b("date", "missing", "The travel date is not given.",
      "Departing 23 December, back 27 December.",
      "What dates are you travelling?", "When do you want to leave?"),
    context="Last trip 'parents': 4 Oct, Delta DL 1172 ATL -> MSP 08:05, return DL 1455 MSP -> ATL 18:30, 6 Oct.")
req("travel", "Cancel tonight's dinner reservation and tell the restaurant we're sorry.",
    context="Tonight: Table for 2 at Hawthorn, 19:30, booked via OpenTable (free cancellation). Today 3 Dec 2026.")
req("travel", "Book accommodation for the summer school students.",
    b("count", "missing", "How many students need rooms is not given.",
      "Twenty-four students.",
      "How many students need accommodation?", "How many rooms or beds should I book?"),
    b("room_type", "missing", "Single or shared rooms is not stated.",
      "Twin rooms, shared by two.",
      "Should students have single rooms or share?", "What room type should I book for the students?"),
    b("dates", "missing", "The dates of the summer school are not given.",
      "5 to 16 July.",
      "What are the dates of the summer school?", "Which nights do the students need rooms?"))
req("travel", "Book Business class on the 9am flight if there's availability, otherwise economy plus, "
    "otherwise let me know and don't book anything.",
    context="Flight: LH 901 Frankfurt -> London Heathrow, 10 Dec 2026, 09:00. Traveller: Jonas Keller.")

# --- meetings and scheduling ---------------------------------------------------------------------

req("meetings", "Set up a meeting with Sam next week.",
    b("length", "missing", "The meeting length is not given.",
      "30 minutes.",
      "How long should the meeting with Sam be?", "Should it be a 30-minute or an hour-long meeting?"),
    b("sam", "ambiguous", "Two contacts are called Sam.",
      "Sam Okafor from finance.",
      "Which Sam do you mean: Sam Okafor or Sam Lindqvist?", "Is this Sam from finance or Sam from design?"),
    context="Contacts: Sam Okafor (finance), Sam Lindqvist (design), Priya Nair (legal).")
req("meetings", "Move my 3pm to tomorrow, same time, and let the attendees know.",
    context="Today, 3 Dec 2026: 15:00-15:30 'Roadmap sync' with Lee, Ari (organiser: you). Tomorrow 15:00-16:00 is free.")
req("meetings", "Find a time for the design review with the whole team.",
    b("length", "missing", "The duration is not given.",
      "One hour.",
      "How long should the design review be?", "How much time should I block for the review?"),
    b("window", "missing", "The range of days to search is not given.",
      "Any day next week.",
      "Which days should I look at for the review?", "By when does the review need to happen?"),
    context="Team 'Design': Mia, Jon, Kei, Sol (calendars shared).")
req("meetings", "Schedule a 45-minute call with Ruth Adeyemi on Tuesday 8 December between 10am and noon "
    "London time, Google Meet link, title 'Contract renewal'.")
req("meetings", "Cancel the standup.",
    b("scope", "ambiguous", "Whether to cancel only the next occurrence or the whole recurring series is unclear.",
      "Only tomorrow's.",
      "Should I cancel just the next standup or the whole recurring series?",
      "Is this for one day or for every standup?"),
    context="Recurring: 'Daily standup' Mon-Fri 09:30-09:45, next occurrence tomorrow.")
req("meetings", "Book a room for my 1:1 with Theo.",
    context="Calendar: Thu 4 Dec 11:00-11:30 '1:1 Theo' (no room yet). Rooms free then in your building: "
            "Pine (2 seats), Birch (8 seats). Rule: book the smallest room that fits.")
req("meetings", "Invite the new hires to the onboarding session.",
    b("who", "missing", "Who counts as the new hires is not given.",
      "The five people who started on 1 December.",
      "Which people are the new hires?", "From which start date do people count as new hires?"),
    b("session", "ambiguous", "There are two onboarding sessions on the calendar.",
      "The engineering one on the 10th.",
      "Which onboarding session: the general one on the 8th or the engineering one on the 10th?",
      "Should they go to the session on the 8th or the 10th?"),
    context="Calendar: 'Onboarding - general' Tue 8 Dec 10:00; 'Onboarding - engineering' Thu 10 Dec 14:00.")
req("meetings", "Put a recurring focus block on my calendar.",
    b("when", "missing", "The days and hours of the focus block are not given.",
      "Mornings 9 to 11, Monday to Thursday.",
      "Which days and hours should the focus block cover?", "At what time of day should the focus block be?"),
    b("end", "missing", "How long the recurrence should last is not given.",
      "Until the end of March.",
      "Until when should the focus block repeat?", "Should the recurrence have an end date?"))
req("meetings", "Schedule the quarterly review for early next month.",
    b("date", "ambiguous", "'Early next month' does not fix a day.",
      "Tuesday 5 January at 2pm.",
      "Which day in early January works for the review?", "What date should the quarterly review be on?"),
    b("attendees", "missing", "The attendees are not given.",
      "The leadership list: Ada, Rui, Nora, Felix.",
      "Who should be invited to the quarterly review?", "Which people need to attend?"))
req("meetings", "Decline all meetings on Friday afternoon with a note that I'm out.",
    context="Friday 4 Dec afternoon: 13:00 'Vendor call', 14:30 'Hiring sync', 16:00 'Team drinks'. You're OOO from 12:00.")
req("meetings", "Reschedule my meeting with Carla to when she's free.",
    b("which", "ambiguous", "There are two meetings with Carla this week.",
      "The budget one on Wednesday.",
      "Which meeting with Carla: the budget review or the hiring sync?",
      "Is it Wednesday's meeting or Friday's?"),
    b("range", "missing", "Which days are acceptable for the new time is not given.",
      "Any time this week.",
      "Which days can the meeting move to?", "By when should the rescheduled meeting happen?"),
    context="This week: Wed 11:00 'Budget review' (you, Carla); Fri 15:00 'Hiring sync' (you, Carla, Tom).")
req("meetings", "Set up a weekly 30-minute check-in with Noor on Mondays at 10:00, starting next Monday, "
    "for eight weeks, in my Zoom room.",
    context="Today is Thursday 3 Dec 2026. Noor Haddad is in your org directory.")
req("meetings", "Find a slot with the Tokyo team.",
    b("length", "missing", "The length of the meeting is not given.",
      "One hour.",
      "How long should the meeting be?", "How much time do you need with the Tokyo team?"),
    b("hours", "ambiguous", "Whose working hours the slot must fit is unclear given the time difference.",
      "It must be within their working hours; early morning for me is fine.",
      "Should the slot be within Tokyo working hours, yours, or both?",
      "Is an early morning or late evening slot acceptable for you?"))
req("meetings", "Can you block out time for the offsite?",
    context="Email from HR: 'Team offsite: Wed 13 Jan 09:00 to Thu 14 Jan 17:00, Bristol.' "
            "You asked: block it as busy, all day, both days.")
req("meetings", "Schedule a meeting for Monday 4pm and Tuesday 4pm.",
    b("which_day", "contradictory", "Two different days are given for one meeting.",
      "Monday; Tuesday was a typo.",
      "Should the meeting be on Monday or on Tuesday?", "Did you mean two meetings or one?"))
req("meetings", "Send a calendar invite for the demo to the client.",
    b("time", "missing", "The time of the demo is not given.",
      "Thursday at 3pm Eastern.",
      "When is the demo?", "What date and time should the invite be for?"),
    b("client", "missing", "Which client, and which addresses, are not given.",
      "Northwind, send it to jlee@northwind.com.",
      "Which client is the demo for?", "Which email addresses at the client should I invite?"))
req("meetings", "Make the 1:1s with my reports shorter.",
    b("length", "missing", "The new length is not given.",
      "25 minutes instead of 30.",
      "How long should the 1:1s be?", "What length should I change the 1:1s to?"),
    context="Recurring 1:1s (30 min each): Ivy, Marc, Oona, Pavel.")
req("meetings", "Accept the invitation from Ken for tomorrow.",
    context="Pending invitations: 'Pricing workshop' from Ken Ito, Fri 4 Dec 10:00-11:00 (only one from Ken).")
req("meetings", "Organise a farewell lunch for Rosa.",
    b("date", "missing", "The date of the lunch is not given.",
      "Her last day, Friday 18 December.",
      "Which day should the farewell lunch be?", "When is Rosa's last day?"),
    b("guests", "missing", "Who to invite is not given.",
      "Her team, about twelve people.",
      "Who should be invited to the lunch?", "How many people should I plan for?"),
    b("budget", "missing", "The budget per person is not given.",
      "25 pounds a head, on the team budget.",
      "What is the budget per person?", "How much can we spend on the lunch?"))
req("meetings", "Move tomorrow's all-hands to the big room.",
    context="Tomorrow 10:00 'All-hands' (42 accepted) in Room Oak (20 seats). Rooms: Atrium (120 seats, free), "
            "Oak (20), Elm (12). 'The big room' is what everyone calls the Atrium.")
req("meetings", "Schedule the interview loop for the candidate.",
    b("candidate", "missing", "Which candidate is meant is not given.",
      "Luis Romero, the backend candidate.",
      "Which candidate is the loop for?", "What is the candidate's name?"),
    b("interviewers", "missing", "Which interviewers are on the loop is not given.",
      "Kim, Ola and Raj, 45 minutes each.",
      "Who should interview the candidate?", "Which interviewers are on the loop?"))
req("meetings", "Set my working hours to 8 to 4 in the calendar from next week.",
    context="Calendar settings: working hours 9:00-17:00, Mon-Fri, time zone Europe/Berlin.")
req("meetings", "Get everyone together sometime soon to talk about the incident.",
    b("who", "ambiguous", "Who 'everyone' is is unclear.",
      "The on-call engineers and the incident commander.",
      "Who should be at the incident meeting?", "Which people do you mean by everyone?"),
    b("soon", "ambiguous", "'Soon' gives no date.",
      "By Friday.",
      "By when should the meeting happen?", "Which day should the incident meeting be?"),
    context="Incident INC-4412 (payments outage, 1 Dec). On call: Ravi, Gil. Incident commander: Ines.")
req("meetings", "Push all my meetings this afternoon by 30 minutes.",
    b("conflict", "contradictory", "Pushing the 16:45 meeting 30 minutes makes it end after 17:00, past the "
      "user's hard stop on the calendar.",
      "Move it to tomorrow instead.",
      "The 16:45 would then run past your 17:00 hard stop: what should happen to it?",
      "Should the 16:45 meeting move to tomorrow instead?"),
    context="This afternoon: 13:00 'Ops review', 14:30 'Interview', 16:45 'Weekly wrap' (15 min). "
            "Hard stop at 17:00 (school pickup).")
req("meetings", "Book a 15-minute slot with Dr. Hale for my annual check-up any weekday next week after 3pm.",
    context="Clinic portal: Dr. Amy Hale, GP. Open slots next week: Mon 15:30, Wed 16:15, Thu 09:00.")
req("meetings", "Schedule a call with the vendor.",
    b("vendor", "ambiguous", "Several vendors are in the user's threads.",
      "Acme Cloud, about the renewal.",
      "Which vendor should I schedule the call with?", "Is this the Acme Cloud call or the Brightline one?"),
    b("when", "missing", "No date or time is given.",
      "Wednesday afternoon.",
      "When would you like the vendor call?", "Which day works for the vendor call?"),
    context="Recent threads: Acme Cloud (contract renewal), Brightline (new laptop order), Quillsoft (invoice).")
req("meetings", "Find a time that works for both of us.",
    b("who", "missing", "Who the other person is is not given.",
      "Jamie Cole.",
      "Who is the other person?", "Which colleague should I find a time with?"),
    b("length", "missing", "How long the meeting is is not given.",
      "An hour.",
      "How long should the meeting be?", "How much time should the slot have?"))
req("meetings", "Remove Dan from the Thursday planning meeting and add Zoe instead.",
    context="Thu 10 Dec 11:00 'Sprint planning' attendees: you (organiser), Dan Pike, Meg Ross. "
            "Directory: Zoe Tran (zoe.tran@corp.example).")
req("meetings", "Set a reminder for the dentist.",
    b("when", "missing", "When the reminder should fire is not given.",
      "The day before, at 6pm.",
      "When should the reminder go off?", "How long before the appointment should I remind you?"),
    context="Calendar: 'Dentist' Tue 15 Dec 08:30.")
req("meetings", "Make next Tuesday's team meeting a hybrid one.",
    b("room", "missing", "No room is given for the in-person part.",
      "Room Cedar.",
      "Which room should the in-person part be in?", "Where will the people on site meet?"),
    context="Next Tuesday 10:00 'Team meeting', currently online only (Teams link).")
req("meetings", "Please book the 9am slot with the plumber on Saturday, the one who quoted 80 pounds.",
    context="Quotes: Ferris Plumbing £120 (Sat 9am, 11am); Dale & Son £80 (Sat 9am, Sun 10am).")

# --- email and messages --------------------------------------------------------------------------

req("email", "Send the quarterly report to the team by Friday.",
    b("report", "ambiguous", "Two files could be the quarterly report.",
      "Q3_report_final.pdf.",
      "Which file is the quarterly report: Q3_report_final.pdf or Q3_report_draft_v2.docx?",
      "Should I send the final PDF or the draft?"),
    b("team", "ambiguous", "The user is on two team mailing lists.",
      "sales-emea@.",
      "Which team should get it: sales-emea or leadership?", "Which mailing list should I send it to?"),
    context="Files: Q3_report_final.pdf, Q3_report_draft_v2.docx, Q2_report.pdf. "
            "Your lists: sales-emea@corp.example, leadership@corp.example.")
req("email", "Reply to Maria saying yes, Thursday works, and attach the signed NDA.",
    context="Latest thread with Maria Costa: 'Could we meet Thursday 10 Dec at 2pm? Please bring the signed NDA.' "
            "Files: NDA_Costa_signed.pdf.")
req("email", "Email the client about the delay.",
    b("client", "ambiguous", "Which client is not clear; two projects are delayed.",
      "Halden Foods.",
      "Which client should I email: Halden Foods or Mirror Labs?", "Which project's delay is this about?"),
    b("new_date", "missing", "The new delivery date to give is not stated.",
      "The 18th of December.",
      "What new delivery date should I tell them?", "When will the work now be delivered?"),
    context="Projects: Halden Foods website (due 4 Dec, delayed), Mirror Labs app (due 9 Dec, delayed).")
req("email", "Tell everyone the office is closed on Monday.",
    b("everyone", "ambiguous", "Whether 'everyone' is the whole company, one office, or the user's team is unclear.",
      "Everyone in the Leeds office (leeds-all@).",
      "Who should the message go to: the whole company or one office?",
      "Which list should I send it to?"),
    b("channel", "missing", "Email, Slack or both is not specified.",
      "Email only.",
      "Should this go out by email or on Slack?", "Which channel should I use for the announcement?"))
req("email", "Post 'Deploy finished, all green' in #release-announcements.")
req("email", "Draft a polite follow-up to the recruiter.",
    b("recruiter", "ambiguous", "Two recruiters have written recently.",
      "Hannah from Brightpath.",
      "Which recruiter: Hannah at Brightpath or Joel at Talentry?", "Who is the follow-up for?"),
    b("point", "missing", "What the follow-up should ask or say is not given.",
      "Ask whether there's news on the second interview.",
      "What should the follow-up ask about?", "What is the point of the follow-up?"),
    context="Inbox: Hannah Webb (Brightpath) - 'Great to speak today' (20 Nov); Joel Marsh (Talentry) - 'Role at Fintech' (27 Nov).")
req("email", "Forward the invoice to accounts.",
    context="Inbox: one invoice this month - 'Invoice INV-2207 from Printworks' (2 Dec). Contacts: accounts@corp.example.")
req("email", "Send a message to Leo about tomorrow.",
    b("content", "missing", "What to tell Leo is not given.",
      "That I'll be 15 minutes late to the 10am.",
      "What should the message to Leo say?", "What about tomorrow should I tell Leo?"))
req("email", "Unsubscribe me from all the newsletters.",
    b("which", "ambiguous", "Whether 'newsletters' includes the work digest and product updates from tools is unclear.",
      "Only the marketing ones; keep the engineering digest.",
      "Should I also unsubscribe from the internal engineering digest?",
      "Which senders count as newsletters?"),
    context="Senders tagged 'newsletter': ShopCo Deals, TravelNow, Weekly Engineering Digest (internal), Figma product updates.")
req("email", "Reply-all to the thread 'Budget 2027' with: 'Approved from my side. - K'.",
    context="Thread 'Budget 2027' in inbox (last message from Nadia, 2 Dec).")
req("email", "Let the landlord know the boiler is broken again.",
    b("channel", "missing", "How to reach the landlord is not known.",
      "By text to 07700 900123.",
      "How should I contact the landlord?", "What is the landlord's email or number?"),
    b("detail", "missing", "Whether to request a visit and when the user is home is not stated.",
      "Ask for a repair visit; I'm home after 5pm on weekdays.",
      "Should I ask for a repair visit?", "When are you available for a repair visit?"))
req("email", "Send the weekly update.",
    context="Notes: 'Weekly update' = the Friday note to eng-leads@ built from the done column. "
            "Draft 'Weekly update 4 Dec' is ready in Drafts. Today is Friday.")
req("email", "Answer the customer who complained.",
    b("which", "ambiguous", "Three open complaints exist.",
      "Ticket 8812, Mr Ansah.",
      "Which customer's complaint should I answer?", "Is this ticket 8812, 8815 or 8820?"),
    b("remedy", "missing", "What the reply should offer is not given.",
      "Apologise and offer a 10% discount code.",
      "What should the reply offer the customer?", "Can I offer a refund or a discount?"),
    context="Open complaints: #8812 K. Ansah (late delivery), #8815 L. Moreau (wrong size), #8820 P. Grant (rude courier).")
req("email", "Message the group chat that I'm running late.",
    b("group", "ambiguous", "The user is in several group chats.",
      "The 'Five-a-side' chat.",
      "Which group chat: Family, Five-a-side or Book club?", "Which chat should the message go to?"),
    b("how_late", "missing", "How late is not stated.",
      "About 20 minutes.",
      "How late will you be?", "Should I give an arrival time?"),
    context="Group chats: Family, Five-a-side, Book club.")
req("email", "Send Joan the slides from yesterday's board meeting as a PDF, and copy her assistant.",
    context="Files: board_2026-12-02.pptx. Contacts: Joan Pryce (CFO), assistant: Ed Lamb (ed.lamb@corp.example).")
req("email", "Write to the supplier asking for a better price.",
    b("supplier", "missing", "Which supplier is not given.",
      "Norden Packaging.",
      "Which supplier should I write to?", "Who is the supplier?"),
    b("target", "missing", "The target price or discount is not given.",
      "Ask for 8% off the current unit price.",
      "What price or discount should I ask for?", "How much lower should the price be?"))
req("email", "Reply to the last email from Tom: tell him the 20th is fine but the 21st isn't.",
    context="Last email from Tom Reyes: 'Could we do the workshop on the 20th or the 21st?'")
req("email", "Send a reminder to everyone who hasn't submitted their timesheet.",
    context="Timesheets due 3 Dec. Missing: Alba, Chen, Ugo (from the timesheet tool). Template 'Timesheet reminder' exists.")
req("email", "Tell Priya I can't make it.",
    b("what", "ambiguous", "Priya has invited the user to two things.",
      "The book launch on Thursday.",
      "Which event can't you make: the book launch or the planning session?",
      "Is this about Thursday or Friday?"),
    context="Invitations from Priya: 'Book launch' Thu 7pm; 'Planning session' Fri 10am.")
req("email", "Send the contract to Fred and ask him to sign it by Monday, but don't send it until legal approves.",
    b("approval", "missing", "Whether legal has approved, and how the agent would know, is not given.",
      "Legal approved this morning; go ahead.",
      "Has legal approved the contract yet?", "How will I know when legal has approved it?"))
req("email", "Reply to the email from the bank.",
    b("content", "missing", "What to reply is not given.",
      "Confirm the address change is correct.",
      "What should the reply to the bank say?", "What do you want to tell the bank?"),
    context="Inbox: 'Please confirm your new address' from First Harbour Bank (2 Dec).")
req("email", "Archive every email older than 90 days in the Promotions folder.")
req("email", "Email the speakers the schedule.",
    b("version", "contradictory", "The two schedule files disagree on the keynote time.",
      "The v3 file; the keynote is at 9:30.",
      "The schedules say 9:00 and 9:30 for the keynote: which is right?",
      "Which schedule version should I send?"),
    context="Files: schedule_v2.pdf (keynote 09:00), schedule_v3.pdf (keynote 09:30). Speakers list: speakers.csv (14 rows).")
req("email", "Text my wife I'll pick up the kids at 4.",
    context="Contacts: 'Wife' = Lena (+44 7700 900456). Only one contact has that label.")
req("email", "Send a thank-you note to everyone who came to the workshop.",
    b("list", "missing", "No attendance list is available.",
      "Use the sign-up sheet, workshop_signups.csv.",
      "Where can I find the list of people who came?", "Who attended the workshop?"),
    b("tone", "ambiguous", "Whether the note should be personal or a short form note is unclear.",
      "One short, warm group email in BCC.",
      "Should it be one group email or individual notes?", "How personal should the thank-you be?"))
req("email", "Set up an auto-reply while I'm away.",
    b("dates", "missing", "The dates of the absence are not given.",
      "21 December to 4 January.",
      "What dates will you be away?", "When should the auto-reply start and stop?"),
    b("cover", "missing", "Who to refer people to is not given.",
      "Point them to Marta for anything urgent.",
      "Who should people contact while you're away?", "Should the reply name a colleague for urgent matters?"))
req("email", "Post the incident summary in the incidents channel, pinned.",
    context="Slack channels: #incidents. Draft: incident_summary_INC-4412.md (approved by Ines).")
req("email", "Send the newsletter to the subscribers tonight.",
    b("time", "ambiguous", "'Tonight' doesn't fix a time and subscribers span time zones.",
      "8pm UK time for all.",
      "What time tonight should it go out?", "Should it go at one time or by each subscriber's time zone?"),
    context="Newsletter 'December news' is approved. Subscribers: 3,140 (UK 60%, US 30%, other 10%).")
req("email", "Let my manager know I'm sick today.",
    context="Manager: Grace Obi (grace.obi@corp.example, Slack @grace). Team norm: sick notes go by Slack DM.")
req("email", "Write back to the journalist, but keep it short and say nothing about the layoffs.",
    b("journalist", "ambiguous", "Two journalists have asked for comment.",
      "Ella Price at the Courier.",
      "Which journalist should I answer: Ella Price or Marco Villa?", "Is this the Courier or the Ledger?"),
    b("answer", "missing", "What the reply should say besides declining the layoffs topic is not given.",
      "Confirm the product launch date of 12 January.",
      "What should the reply say?", "Which of the journalist's questions should I answer?"),
    context="Inbox: Ella Price (The Courier) - 'Launch date and layoffs?'; Marco Villa (The Ledger) - 'Comment on Q3?'")
req("email", "Send the photos to Grandma.",
    b("which", "ambiguous", "Several albums could be 'the photos'.",
      "The ones from Leo's birthday.",
      "Which photos should I send?", "Is it the birthday album or the holiday album?"),
    context="Albums: 'Leo's birthday' (48 photos, 29 Nov), 'Cornwall' (210 photos, Aug). Grandma: +44 7700 900789 (WhatsApp).")

# --- file operations -----------------------------------------------------------------------------

req("files", "Delete the old files.",
    b("old", "ambiguous", "No age defines 'old'.",
      "Anything not modified in the last 6 months.",
      "How old does a file have to be to count as old?", "Older than what date should files be deleted?"),
    b("where", "missing", "The folder is not given.",
      "Only in ~/Downloads.",
      "Which folder should I delete old files from?", "Where are the files you want removed?"))
req("files", "Move all .csv files from ~/Downloads into ~/data/raw, keeping their names, and don't overwrite "
    "anything that already exists there.")
req("files", "Rename the photos by date.",
    b("pattern", "missing", "The new name pattern is not given.",
      "YYYY-MM-DD_HHMMSS.jpg.",
      "What naming pattern should the renamed photos follow?", "What should a renamed photo's file name look like?"),
    b("date_source", "ambiguous", "Whether 'date' is the EXIF date taken or the file's modified date is unclear.",
      "The EXIF date taken.",
      "Should I use the date the photo was taken or the file's modified date?",
      "Which date should the names use?"),
    context="Folder ~/Pictures/2026/: 612 .jpg files named IMG_xxxx.jpg; 40 of them have no EXIF data.")
req("files", "Clean up the project folder.",
    b("what", "ambiguous", "What 'clean up' should remove or change is unclear.",
      "Delete build artefacts (build/, dist/, *.pyc) only.",
      "What should cleaning up remove?", "Should I delete build outputs only, or also reorganise files?"),
    context="project/: src/, tests/, build/, dist/, notes_old.txt, scratch.ipynb, .venv/, README.md")
req("files", "Compress the logs folder into a zip and put it on the shared drive.",
    b("dest", "missing", "Where on the shared drive is not given.",
      "S:/ops/archives/.",
      "Which folder on the shared drive should the zip go in?", "What path on the shared drive should I use?"),
    b("keep", "missing", "Whether to delete the originals afterwards is not stated.",
      "Keep the originals.",
      "Should I delete the log files after zipping them?", "Should the original logs stay in place?"))
req("files", "Copy report.docx to the Backup folder.",
    context="Files: ~/Documents/report.docx. Folders: ~/Backup (exists). No other report.docx.")
req("files", "Merge the two customer spreadsheets into one.",
    b("key", "missing", "Which column identifies the same customer in both is not given.",
      "Match on email address.",
      "Which column should I use to match customers across the two files?",
      "How do I tell that two rows are the same customer?"),
    b("conflict", "missing", "What to do when the files disagree on a value is not stated.",
      "Keep the value from the newer file, crm_2026.xlsx.",
      "When the two files disagree, which one wins?", "Which spreadsheet takes priority on conflicts?"),
    context="customers_old.xlsx (columns: Name, Email, Phone, City); crm_2026.xlsx (columns: full_name, email, phone, "
            "city, segment).")
req("files", "Put the contracts in a folder per client.",
    context="~/contracts/: 38 PDFs named '<Client>_<Type>_<Year>.pdf', e.g. 'Halden_MSA_2025.pdf'. "
            "Create the folders under ~/contracts/ named after the client part.")
req("files", "Delete the duplicate images.",
    b("dup", "ambiguous", "Whether duplicates are identical bytes or visually similar images is unclear.",
      "Only byte-identical files.",
      "Do duplicates mean identical files, or also near-identical photos?", "How should I decide two images are duplicates?"),
    b("keep", "missing", "Which copy to keep is not stated.",
      "Keep the oldest copy.",
      "Which copy of each duplicate should I keep?", "Should I keep the first or the newest copy?"))
req("files", "Convert the invoices to PDF.",
    b("which", "ambiguous", "It is unclear whether all invoices, or only the unsent ones, should be converted.",
      "Only the December ones.",
      "Which invoices should I convert?", "Should I convert all 140 invoices or only this month's?"),
    context="~/invoices/: 140 .docx files, 2024-2026, names like INV-2026-12-003.docx (12 are from December 2026).")
req("files", "Upload the final slides to the team drive.",
    b("final", "contradictory", "Two files both claim to be final.",
      "pitch_FINAL_v2.pptx.",
      "Which is the final deck: pitch_FINAL.pptx or pitch_FINAL_v2.pptx?", "Should I upload FINAL or FINAL_v2?"),
    context="~/Desktop: pitch_FINAL.pptx (1 Dec), pitch_FINAL_v2.pptx (2 Dec), pitch_draft.pptx.")
req("files", "Free up some disk space.",
    b("how_much", "missing", "No target amount is given.",
      "At least 20 GB.",
      "How much space do you need to free?", "What amount of free space are you aiming for?"),
    b("allowed", "missing", "What may be deleted is not stated.",
      "Caches and the Downloads folder, nothing in Documents.",
      "Which kinds of files am I allowed to delete?", "Are there folders I must not touch?"),
    context="Disk: 4.1 GB free of 512 GB. Largest: ~/Library/Caches 18 GB, ~/Downloads 31 GB, ~/Documents 120 GB.")
req("files", "Sort the files in ~/scans into subfolders by year, using the year in each file name "
    "(names look like scan_2023-04-11.pdf).")
req("files", "Back up my documents.",
    b("target", "missing", "Where the backup should go is not given.",
      "The external drive 'Passport'.",
      "Where should the backup be stored?", "Which drive or service should I back up to?"),
    b("scope", "ambiguous", "Whether 'documents' is the Documents folder or all personal files is unclear.",
      "Just ~/Documents.",
      "Do you mean just the Documents folder?", "Which folders count as your documents?"))
req("files", "Rename all files in ./exports from .txt to .csv.",
    context="./exports: 24 files, all end in .txt, all comma-separated. No name clashes with existing .csv files.")
req("files", "Share the budget spreadsheet with the finance team.",
    b("permission", "missing", "The access level is not given.",
      "View only.",
      "Should finance be able to edit it or only view it?", "What access level should the finance team get?"),
    context="File: Budget_2027.xlsx (Drive). Group: finance@corp.example (11 members).")
req("files", "Tidy up my Downloads: installers into ~/Downloads/installers, PDFs into ~/Documents/pdfs, "
    "leave everything else where it is.",
    context="Installers: *.dmg, *.pkg, *.exe, *.msi.")
req("files", "Delete everything in the temp folder.",
    b("which_temp", "ambiguous", "There are several temp folders.",
      "The project's ./tmp only.",
      "Which temp folder: the project's ./tmp or the system /tmp?", "Do you mean ./tmp in the project?"))
req("files", "Find the contract with Halden and send me the link.",
    context="Search result: one match, Drive/Contracts/Halden_MSA_2025.pdf.")
req("files", "Make the file names consistent.",
    b("style", "missing", "Which naming convention to use is not given.",
      "lower-case with hyphens, like 'q3-sales-summary.xlsx'.",
      "Which naming convention should I use?", "What should a consistent file name look like?"),
    context="reports/: 'Q3 Sales Summary.xlsx', 'q3_costs.xlsx', 'Q3-Forecast.XLSX', 'headcount q3.xlsx'.")
req("files", "Restore the file I deleted yesterday.",
    b("which", "ambiguous", "Several files were deleted yesterday.",
      "plan.md.",
      "Which of yesterday's deleted files should I restore?", "Is it plan.md, notes.txt or old_logo.png?"),
    context="Trash, deleted 2 Dec: plan.md, notes.txt, old_logo.png.")
req("files", "Split big.csv into chunks of 100,000 rows each, keeping the header in every chunk, named big_001.csv, "
    "big_002.csv and so on, in the same folder.")
req("files", "Encrypt the folder with client data.",
    b("which", "ambiguous", "Two folders hold client data.",
      "clients/active only.",
      "Which folder should I encrypt: clients/active or clients/archive?", "Should I encrypt both client folders?"),
    b("key", "missing", "How the password or key should be provided is not given.",
      "Use the key in the company vault under 'client-data'.",
      "Which password or key should I use?", "Where should the encryption key come from?"),
    context="Folders: clients/active (210 MB), clients/archive (3.2 GB).")
req("files", "Set the permissions so only I can read my SSH keys.",
    context="Files: ~/.ssh/id_ed25519, ~/.ssh/id_ed25519.pub, ~/.ssh/config. You are user 'mika'.")
req("files", "Download all the attachments from the supplier's emails.",
    b("supplier", "ambiguous", "Several suppliers email the user.",
      "Norden Packaging.",
      "Which supplier's attachments?", "Is it Norden Packaging or Vale Print?"),
    b("dest", "missing", "The destination folder is not given.",
      "~/suppliers/norden.",
      "Where should I save the attachments?", "Which folder should they go in?"),
    context="Suppliers in inbox: Norden Packaging (14 emails with attachments), Vale Print (6).")
req("files", "Move the old projects to the archive drive and keep them for five years, then delete them.",
    b("old", "ambiguous", "Which projects are old is not defined.",
      "Projects closed before 2025.",
      "Which projects count as old?", "What cut-off date makes a project old?"),
    b("contradiction", "contradictory", "The archive policy on the drive says nothing may be deleted from it.",
      "Keep them forever; ignore the five-year part.",
      "The archive drive's policy forbids deletion: should I skip the five-year delete?",
      "Should the projects be deleted after five years despite the archive policy?"),
    context="Archive drive policy (README on the drive): 'Write once. Nothing is ever deleted from this drive.'")
req("files", "Move the receipts from this year into the tax folder.",
    context="~/receipts: files named receipt_YYYY-MM-DD_*.pdf (2025 and 2026). Tax folder: ~/tax/2026/. Today: 3 Dec 2026.")
req("files", "Extract the tables from the PDF into Excel.",
    b("which_pdf", "missing", "Which PDF is not specified.",
      "annual_report_2025.pdf.",
      "Which PDF should I extract tables from?", "What is the file name of the PDF?"),
    b("layout", "missing", "One sheet per table or everything on one sheet is not said.",
      "One sheet per table.",
      "Should each table go on its own sheet?", "How should the tables be laid out in the workbook?"))
req("files", "Replace the logo in all the templates.",
    b("new_logo", "missing", "Which file is the new logo is not given.",
      "logo_2027.svg.",
      "Which file is the new logo?", "Where is the new logo?"),
    context="templates/: letter.docx, invoice.docx, slides.pptx (all use logo_old.png). Assets: logo_2027.svg, "
            "logo_2027_dark.svg.")
req("files", "Download the 2026 annual report PDF from the intranet page I have open and save it as "
    "~/reports/annual_2026.pdf.",
    context="Open page: intranet/reports - one link 'Annual report 2026 (PDF)'.")

# --- deployments and infrastructure changes --------------------------------------------------------

req("deploy", "Deploy the latest version.",
    b("env", "missing", "The target environment is not given.",
      "Staging first.",
      "Which environment should I deploy to: staging or production?", "Where should the latest version go?"),
    b("latest", "ambiguous", "'Latest' could be the newest tag or the head of main.",
      "The newest tag, v2.14.0.",
      "Do you mean the latest tag or the current head of main?", "Which build counts as the latest version?"),
    context="Tags: v2.13.2, v2.14.0 (yesterday). main is 6 commits ahead of v2.14.0.")
req("deploy", "Roll back the payments service in production to the previous release.",
    context="payments-svc prod releases: v5.8.1 (current, deployed 2 Dec 14:10), v5.8.0 (previous), v5.7.9.")
req("deploy", "Scale up the API.",
    b("how_much", "missing", "The target size is not given.",
      "From 4 to 8 replicas.",
      "How many replicas should the API run?", "By how much should I scale the API up?"),
    b("which_env", "ambiguous", "The API runs in staging and production.",
      "Production.",
      "Should I scale the API in production or in staging?", "Which cluster's API should I scale?"),
    context="Deployments: api (prod, 4 replicas), api (staging, 1 replica).")
req("deploy", "Restart the worker pods.",
    b("which", "ambiguous", "Two worker deployments exist.",
      "The email workers.",
      "Which workers: email-worker or report-worker?", "Should I restart both worker deployments?"),
    b("how", "missing", "Whether a rolling restart is required (no downtime) is not said.",
      "Rolling restart, one at a time.",
      "Should it be a rolling restart?", "Is a brief outage acceptable during the restart?"),
    context="Namespace prod: email-worker (3 pods), report-worker (2 pods).")
req("deploy", "Bump the memory limit of the search service in staging from 512Mi to 1Gi and apply it.",
    context="k8s/staging/search/deployment.yaml: resources.limits.memory: 512Mi.")
req("deploy", "Open port 5432 on the database server.",
    b("source", "missing", "Who should be allowed to connect is not given.",
      "Only from the app subnet 10.0.2.0/24.",
      "Which IP range should be allowed to reach port 5432?", "Should the port be open to everyone or only some addresses?"),
    b("server", "ambiguous", "There are two database servers.",
      "db-reporting.",
      "Which server: db-main or db-reporting?", "On which database host should I open the port?"),
    context="Hosts: db-main (10.0.5.10), db-reporting (10.0.5.20).")
req("deploy", "Set up a cron job to run the backup script every night.",
    b("time", "missing", "The time of night is not given.",
      "2:30am server time.",
      "At what time should the backup run?", "What hour should the nightly job start?"),
    b("host", "missing", "Which machine should run it is not given.",
      "backup-01.",
      "On which host should the cron job run?", "Which server should the job be set up on?"),
    context="Script: scripts/backup.sh (needs DB access).")
req("deploy", "Rotate the API keys.",
    b("which", "ambiguous", "Several services have keys.",
      "The Stripe keys only.",
      "Which API keys should I rotate?", "Is it the Stripe, SendGrid or Maps keys?"),
    b("cutover", "missing", "Whether the old keys must keep working for a grace period is not said.",
      "Keep the old keys valid for 24 hours.",
      "Should the old keys keep working for a while after rotation?", "How long should the old keys stay valid?"),
    context="Secrets: STRIPE_SECRET_KEY, SENDGRID_API_KEY, MAPS_API_KEY (all in the prod vault).")
req("deploy", "Promote build 4821 from staging to production using the usual pipeline.",
    context="Pipeline 'promote' takes a build number; build 4821 passed staging checks. Change window open now.")
req("deploy", "Add a new DNS record for the docs site.",
    b("name", "missing", "The host name is not given.",
      "docs.example.com.",
      "What host name should the record have?", "Which subdomain should the docs site use?"),
    b("target", "missing", "What the record should point to is not given.",
      "CNAME to example-docs.netlify.app.",
      "What should the record point to?", "Which IP or target host is the docs site on?"))
req("deploy", "Deploy the hotfix to production now.",
    b("freeze", "contradictory", "A change freeze is in force; deploying now breaks it.",
      "Yes, the freeze has an exception for this hotfix; the CTO approved it.",
      "There's a change freeze until Monday: is this hotfix approved as an exception?",
      "Who approved deploying during the freeze?"),
    context="Change calendar: production freeze 1-7 Dec (exceptions need CTO approval). Hotfix branch: hotfix/PAY-310.")
req("deploy", "Upgrade Postgres.",
    b("version", "missing", "The target version is not given.",
      "To 16.",
      "Which Postgres version should I upgrade to?", "What version are we moving to?"),
    b("window", "missing", "When the downtime can happen is not given.",
      "Sunday 02:00-04:00.",
      "When can the database be down for the upgrade?", "What maintenance window should I use?"),
    context="db-main runs PostgreSQL 13.11.")
req("deploy", "Turn on the new checkout feature flag.",
    b("audience", "ambiguous", "Whether to enable it for everyone or a percentage is unclear.",
      "10% of users.",
      "Should the flag be on for all users or a percentage?", "What rollout percentage should I use?"),
    b("env", "missing", "The environment is not given.",
      "Production.",
      "In which environment should I turn it on?", "Is this for staging or production?"),
    context="Flag: new_checkout (off everywhere). Flag service supports per-environment percentage rollouts.")
req("deploy", "Create an S3 bucket for the logs.",
    b("region", "missing", "The region is not given.",
      "eu-west-1.",
      "Which AWS region should the bucket be in?", "Where should the bucket be created?"),
    b("retention", "missing", "How long to keep logs is not given.",
      "Expire objects after 90 days.",
      "How long should logs be kept in the bucket?", "Should there be an expiry rule for old logs?"))
req("deploy", "Re-run the failed CI job on the main branch.",
    context="CI: main pipeline #9931 has one failed job 'integration-tests' (flaky network). Other jobs passed.")
req("deploy", "Increase the timeout on the load balancer.",
    b("value", "missing", "The new timeout value is not given.",
      "120 seconds.",
      "What should the new timeout be?", "How many seconds should the idle timeout be?"),
    context="ALB 'public-web': idle timeout 60 s.")
req("deploy", "Migrate the app to the new cluster this weekend with zero downtime, and shut the old cluster down "
    "on Friday.",
    b("order", "contradictory", "The old cluster is to be shut down on Friday, before the weekend migration.",
      "Shut it down the Monday after the migration.",
      "The old cluster would be off before the weekend migration: when should it really be shut down?",
      "Should the shutdown happen after the migration instead of Friday?"))
req("deploy", "Apply the Terraform plan for staging that I reviewed this morning.",
    context="Terraform: one saved plan, staging.tfplan (created 08:12 today, 3 resources to change, reviewed by you).")
req("deploy", "Set up monitoring for the new service.",
    b("what", "missing", "Which signals to alert on are not given.",
      "Error rate above 1% and p95 latency above 500 ms.",
      "Which metrics should trigger an alert?", "What thresholds should the alerts use?"),
    b("who", "missing", "Who gets paged is not given.",
      "The on-call rotation 'platform'.",
      "Who should be alerted?", "Which rotation should the alerts page?"),
    context="New service: invoice-renderer (prod since yesterday). Monitoring: Prometheus + Alertmanager.")
req("deploy", "Clean up unused Docker images on the build server.",
    b("unused", "ambiguous", "Whether 'unused' means dangling images only or any image without a running container is unclear.",
      "Any image not used by a container and older than a week.",
      "Which images count as unused?", "Should I remove only dangling images?"))
req("deploy", "Give Lena read-only access to the production logs.",
    context="Logging: Grafana Loki; role 'logs-viewer-prod' grants read-only access. User: lena.k@corp.example.")
req("deploy", "Update the Node version in the Dockerfile to the new LTS and rebuild the image.",
    b("version", "ambiguous", "Which release 'new LTS' is depends on the date and is not stated.",
      "Node 24.",
      "Which Node version do you mean by the new LTS?", "Should I use Node 22 or Node 24?"),
    context="Dockerfile: FROM node:20-alpine.")
req("deploy", "Delete the staging database and recreate it from last night's production snapshot, with "
    "personal data masked by the usual masking script.",
    context="Snapshots: prod-2026-12-03-0200 (last night). Masking script: ops/mask_pii.sql. Staging DB: stg-db.")
req("deploy", "Make the website faster.",
    b("target", "missing", "No target or measure of 'faster' is given.",
      "Get the home page's load time under 2 seconds.",
      "Which page or metric should improve?", "What load time are you aiming for?"),
    b("scope", "missing", "What changes are allowed is not said.",
      "Caching and image compression only; no redesign.",
      "What kinds of changes am I allowed to make?", "Can I change the site's code or only its hosting settings?"))
req("deploy", "Renew the TLS certificate for api.example.com.",
    context="Cert for api.example.com expires 10 Dec. Managed by cert-manager (Let's Encrypt ClusterIssuer 'le-prod').")
req("deploy", "Move the cron jobs to Kubernetes.",
    b("which", "missing", "Which cron jobs to move is not given.",
      "All the ones on ops-01 except the backup.",
      "Which cron jobs should I move?", "Should the backup job move too?"),
    context="ops-01 crontab: backup.sh (nightly), report.py (hourly), cleanup.sh (weekly).")
req("deploy", "Take the site down for maintenance tonight.",
    b("window", "missing", "The start time and length are not given.",
      "From 23:00 to 01:00.",
      "What time should the maintenance start?", "How long will the site be down?"),
    b("page", "missing", "Whether to show a maintenance page is not said.",
      "Yes, the standard maintenance page.",
      "Should visitors see a maintenance page?", "What should users see while the site is down?"))
req("deploy", "Raise the rate limit for the partner API key 'acme-prod' from 100 to 500 requests per minute.")
req("deploy", "Deploy the branch.",
    b("branch", "ambiguous", "The user has several open branches.",
      "feature/search-v2.",
      "Which branch should I deploy?", "Is it feature/search-v2 or fix/login-loop?"),
    b("env", "missing", "The environment is not given.",
      "The preview environment.",
      "Where should I deploy it?", "Should it go to a preview environment or staging?"),
    context="Your open branches: feature/search-v2, fix/login-loop, chore/deps.")
req("deploy", "Add the new engineer to the on-call rotation starting next week.",
    b("who", "ambiguous", "Two engineers joined this month; which one is meant is unclear.",
      "Rafa Silva.",
      "Which engineer should join the rotation?", "What's the new engineer's name?"),
    context="Rotation 'platform' (weekly): Ines, Gil, Ravi. Joined this month: Rafa Silva, Tomoko Abe.")
req("deploy", "Drain node worker-7 and cordon it so nothing new is scheduled there.",
    context="Cluster prod-eu: node worker-7 (Ready). PodDisruptionBudgets in place.")

# --- refunds and payments ------------------------------------------------------------------------

req("payments", "Refund the customer.",
    b("who", "missing", "Which customer is not given.",
      "Order 55102, Ms Ortega.",
      "Which customer or order should I refund?", "What's the order number?"),
    b("amount", "missing", "Full or partial refund is not stated.",
      "Full refund.",
      "Should it be a full or a partial refund?", "How much should I refund?"))
req("payments", "Refund order 48811 in full to the original card and email the customer the receipt.",
    context="Order 48811: paid 64.00 EUR by Visa ending 3321 on 28 Nov, not shipped. Customer: t.lund@example.net.")
req("payments", "Pay the contractor's invoice.",
    b("which", "ambiguous", "Two contractor invoices are open.",
      "The one from Kai Moreno, INV-0091.",
      "Which invoice: Kai Moreno's INV-0091 or Bea Ito's BI-17?", "Which contractor should I pay?"),
    b("account", "missing", "Which account to pay from is not given.",
      "The operating account.",
      "Which account should the payment come from?", "Should I pay from the operating account or the project account?"),
    context="Open invoices: INV-0091 Kai Moreno 2,400 USD (due 10 Dec); BI-17 Bea Ito 1,150 USD (due 15 Dec). "
            "Accounts: Operating, Project-Atlas.")
req("payments", "Give the customer a partial refund for the damaged item.",
    b("amount", "missing", "The refund amount is not given.",
      "30% of the item price.",
      "How much should the partial refund be?", "What percentage or amount should I refund?"),
    context="Order 77310: vase (damaged on arrival) 120 GBP, candle set 35 GBP. Customer sent photos.")
req("payments", "Cancel my subscription to the streaming service.",
    b("which", "ambiguous", "The user pays for two streaming services.",
      "StreamBox.",
      "Which service: StreamBox or Vidora?", "Which subscription do you want to cancel?"),
    context="Recurring payments: StreamBox 12.99/month, Vidora 8.99/month, CloudDrive 2.99/month.")
req("payments", "Send 250 euros to Marta for the flat deposit from my current account, reference 'Deposit Flat 3B'.",
    context="Payees: Marta Sousa (IBAN PT50 0002 0123 1234 5678 9015 4). Accounts: Current (balance 1,870 EUR).")
req("payments", "Issue refunds for everyone affected by the outage.",
    b("who", "ambiguous", "Who counts as affected is not defined.",
      "Customers with a failed order between 14:00 and 16:30 on 1 Dec.",
      "How do I decide which customers were affected?", "Which time window counts as the outage?"),
    b("amount", "missing", "How much each gets is not stated.",
      "The delivery fee only.",
      "How much should each affected customer get back?", "Should I refund the full order or only the delivery fee?"))
req("payments", "Split the dinner bill with the others.",
    b("how", "ambiguous", "Even split or by what each ordered is unclear.",
      "Evenly.",
      "Should the bill be split evenly or by what each person ordered?", "How should the bill be divided?"),
    b("who", "missing", "Who 'the others' are is not given.",
      "Ana, Bo and Cy.",
      "Who should the bill be split with?", "Which people were at the dinner?"),
    context="Receipt: Tavola, 2 Dec, total 184.00 EUR (itemised).")
req("payments", "Charge the client for last month's hours.",
    b("rate", "missing", "The hourly rate is not given.",
      "95 pounds an hour.",
      "What hourly rate should I charge?", "What is the client's rate?"),
    b("client", "ambiguous", "Hours were logged for two clients.",
      "Halden Foods.",
      "Which client should I invoice?", "Is the invoice for Halden Foods or Mirror Labs?"),
    context="Time log, November: Halden Foods 31.5 h, Mirror Labs 12 h.")
req("payments", "Pay the electricity bill that's due this week from the joint account.",
    context="Bills: PowerCo 86.40 GBP due 5 Dec (only bill due this week). Accounts: Joint, Personal.")
req("payments", "Dispute the charge I don't recognise.",
    b("which", "ambiguous", "Two unfamiliar charges appear.",
      "The 49.99 one from 'DGTL*SRV'.",
      "Which charge do you want to dispute?", "Is it the DGTL*SRV charge or the PAYPAL *MKT one?"),
    context="Card statement (Nov): ... 'DGTL*SRV 49.99', 'PAYPAL *MKT 12.00', all other merchants are regular ones.")
req("payments", "Refund the duplicate charge on order 9003.",
    context="Order 9003: charged twice, 2 Dec 10:14 and 10:14 (same amount 42.50 USD, same card). Refund the second.")
req("payments", "Set up a monthly transfer to savings.",
    b("amount", "missing", "The amount is not given.",
      "400 pounds.",
      "How much should go to savings each month?", "What amount should the transfer be?"),
    b("day", "missing", "The day of the month is not given.",
      "The 2nd, right after payday.",
      "On which day of the month should it run?", "When in the month should the transfer happen?"))
req("payments", "Give the customer their money back but keep the shipping fee, and refund everything including "
    "shipping since it was our fault.",
    b("shipping", "contradictory", "The request both keeps and refunds the shipping fee.",
      "Refund everything, shipping included.",
      "Should the shipping fee be refunded or kept?", "Do we refund the shipping fee?"))
req("payments", "Reimburse Ola for her travel expenses.",
    b("amount", "ambiguous", "The claim has an item above the policy cap; whether to pay it in full is unclear.",
      "Pay the hotel only up to the 150 cap.",
      "The hotel is above the 150 cap: should I pay it in full or cap it?",
      "How much of the hotel night should be reimbursed?"),
    context="Expense claim (Ola Berg): train 84.00, hotel 212.00 (policy cap 150.00/night), meals 41.50.")
req("payments", "Refund order 61220.",
    b("amount", "ambiguous", "The order was partly shipped; refunding the whole order or only the unshipped part is unclear.",
      "Only the unshipped headphones.",
      "Should I refund the whole order or only the item that wasn't shipped?",
      "Which items of order 61220 should be refunded?"),
    context="Order 61220: keyboard 89.00 (shipped, delivered), headphones 59.00 (not shipped, out of stock).")
req("payments", "Top up my transit card with 30 dollars using the saved Mastercard.",
    context="Transit card: Clipper, account linked. Saved cards: Mastercard ending 7781 (only one).")
req("payments", "Pay the team for the extra weekend shifts.",
    b("rate", "missing", "The pay rate for the extra shifts is not given.",
      "Time and a half.",
      "What rate should the weekend shifts be paid at?", "Is it normal pay or time and a half?"),
    b("who", "missing", "Who worked the shifts is not given.",
      "Use the rota for 28-29 November.",
      "Who worked the extra weekend shifts?", "Where can I find who worked those shifts?"))
req("payments", "Waive the late fee for the Pereira account this time only.",
    context="Account Pereira (#A-2210): late fee 15.00 applied 1 Dec. Waiving needs no approval under 20.00.")
req("payments", "Send the deposit for the venue.",
    b("amount", "contradictory", "The contract and the email give different deposit amounts.",
      "The contract amount, 1,500.",
      "The contract says 1,500 and the email 1,200: which deposit should I pay?",
      "Which deposit amount is correct?"),
    context="Contract (signed): deposit 1,500 GBP due 7 Dec. Email from venue (1 Dec): 'Deposit of 1,200 GBP by the 7th'.")
req("payments", "Refund all orders from the Black Friday promo that used the broken discount code.",
    b("which_code", "missing", "Which code was broken is not given.",
      "BF25.",
      "Which discount code was broken?", "What's the name of the broken code?"),
    b("amount", "ambiguous", "Whether to refund the whole order or the discount difference is unclear.",
      "Only the difference the code should have given.",
      "Should I refund whole orders or just the missing discount?", "How much should each order get back?"),
    context="Promo codes used on 28 Nov: BF25 (1,120 orders), BF40 (310 orders), WELCOME10 (95).")
req("payments", "Pay my share of the rent.",
    context="Rent: 2,100 EUR/month split equally by 3 flatmates; landlord IBAN on file. This month unpaid. "
            "Your share is paid from Current.")
req("payments", "Sort out the payment for the new laptops.",
    b("what", "ambiguous", "'Sort out' could be pay now, raise a PO, or approve.",
      "Raise a purchase order for finance to approve.",
      "Should I pay the invoice directly or raise a purchase order?", "What step should I take on the laptop payment?"),
    context="Quote Q-3391 from Brightline: 6 laptops, 7,140 GBP. Company rule: spending over 5,000 needs a PO.")
req("payments", "Refund the last three orders from customer c_4410.",
    context="Customer c_4410 orders: #8801 (25 Nov, 18.00), #8840 (28 Nov, 42.00), #8902 (1 Dec, 9.50), "
            "#8760 (20 Nov, 11.00). Refund method: original payment.")
req("payments", "Change the card for my gym membership.",
    b("card", "missing", "Which card to switch to is not given.",
      "The new Visa ending 0932.",
      "Which card should the gym membership use?", "Is it the Visa ending 0932 or the Amex?"),
    context="Cards on file: Visa 0932 (added 1 Dec), Amex 1009. Gym: currently Visa 5541 (expired).")
req("payments", "Refund anyone who asked in the last week.",
    b("policy", "ambiguous", "Some requests are outside the 30-day refund window; whether to refund them is unclear.",
      "Only those within 30 days of purchase.",
      "Should I refund requests outside the 30-day window too?", "Do the refund policy limits apply?"),
    context="Refund requests, last 7 days: 12. Of these, 3 are for purchases older than 30 days (policy: 30 days).")
req("payments", "Pay the supplier invoice INV-7710 in full by bank transfer today from the operating account.",
    context="INV-7710 Norden Packaging 3,480.00 EUR, due 10 Dec. Bank details verified on file.")
req("payments", "Set a budget alert.",
    b("threshold", "missing", "The alert amount is not given.",
      "When spending passes 800 a month.",
      "At what amount should the alert fire?", "What spending limit should trigger the alert?"),
    b("scope", "missing", "Which spending the alert covers is not given.",
      "Eating out only.",
      "Which category should the alert watch?", "Should the alert cover all spending or one category?"))
req("payments", "Pay back Jo for the concert tickets.",
    b("amount", "missing", "How much is owed is not known.",
      "Sixty-five pounds.",
      "How much do you owe Jo?", "What amount should I send Jo?"),
    context="Contacts: Jo Harper (bank details saved).")
req("payments", "Refund the 19.99 annual renewal charged today to user u_77 because they cancelled yesterday.",
    context="User u_77: cancellation logged 2 Dec 23:10; renewal charged 3 Dec 00:05, 19.99 USD.")

# --- data and metric requests --------------------------------------------------------------------

req("data", "What was our revenue last quarter?",
    b("gross_net", "ambiguous", "Revenue could be gross or net of refunds.",
      "Net of refunds.",
      "Should revenue be gross or net of refunds?", "Do refunds come off the revenue figure?"),
    context="Tables: orders(order_id, amount, status, created_at), refunds(order_id, amount, refunded_at). "
            "Fiscal quarters follow the calendar.")
req("data", "How many active users did we have in November 2026, where active means at least one login in the "
    "month? Count distinct user ids from the logins table.",
    context="logins(user_id, logged_in_at). Time zone of timestamps: UTC.")
req("data", "Show me churn by month.",
    b("definition", "missing", "How churn is defined is not given.",
      "A subscriber who cancelled during the month, as a share of those active at the start.",
      "How should churn be defined?", "Is churn the share of subscribers who cancelled in the month?"),
    b("period", "missing", "Which months to show is not given.",
      "The last 12 months.",
      "Which months should the chart cover?", "How far back should it go?"),
    context="subscriptions(id, user_id, started_at, cancelled_at, plan).")
req("data", "Give me average order value by region.",
    b("region", "ambiguous", "Region could be the shipping country's region or the sales territory.",
      "Sales territory.",
      "Should region be the shipping region or the sales territory?", "Which region column should I use?"),
    b("period", "missing", "The time period is not given.",
      "Year to date.",
      "Over what period should I compute it?", "Which dates should the orders come from?"),
    context="orders(id, total, ship_region, sales_territory, created_at).")
req("data", "What's the conversion rate this week?",
    b("definition", "ambiguous", "Conversion could be visits to sign-ups or sign-ups to paid.",
      "Visitors who signed up, divided by unique visitors.",
      "Which conversion do you mean: visit to sign-up or sign-up to paid?",
      "What counts as a conversion here?"),
    b("week", "ambiguous", "'This week' could be since Monday or the last 7 days.",
      "Monday to today.",
      "Does this week mean since Monday or the last seven days?", "Which days should this week include?"),
    context="events(user_id, name in ['visit','signup','purchase'], ts). Today is Thursday.")
req("data", "Report total sales in October 2026 by product category, in euros, rounded to the nearest euro, "
    "excluding cancelled orders.",
    context="sales(order_id, category, amount_eur, status in ['paid','cancelled','refunded'], sold_at).")
req("data", "Which customers are our best?",
    b("best", "ambiguous", "'Best' could be by revenue, order count or margin.",
      "By total revenue.",
      "What should 'best' be measured by: revenue, number of orders, or margin?",
      "How should customers be ranked?"),
    b("how_many", "missing", "How many customers to list is not given.",
      "The top 20.",
      "How many customers should the list have?", "Should I show the top 10 or top 20?"),
    b("period", "missing", "The time window is not given.",
      "This calendar year.",
      "Over what period?", "Should the ranking use all time or just this year?"))
req("data", "Count the sign-ups from last month.",
    context="Today is 3 Dec 2026. signups(id, created_at). 'Last month' in our reports always means the previous "
            "calendar month.")
req("data", "Calculate the median delivery time.",
    b("start", "ambiguous", "Whether delivery time starts at order placement or at dispatch is unclear.",
      "From dispatch to delivery.",
      "Should delivery time be measured from the order or from dispatch?", "When does the clock start?"),
    b("unit", "missing", "The unit and rounding are not given.",
      "In hours, one decimal place.",
      "Should the result be in hours or days?", "How should the median be rounded?"),
    context="shipments(order_id, ordered_at, dispatched_at, delivered_at).")
req("data", "Give me the number of tickets per agent.",
    b("period", "missing", "The period is not given.",
      "Last 30 days.",
      "Over which period should I count tickets?", "From what date should I start counting?"),
    b("status", "ambiguous", "Whether to count all tickets or only resolved ones is unclear.",
      "Resolved tickets only.",
      "Should I count all tickets or only resolved ones?", "Do open tickets count?"),
    context="tickets(id, agent_id, status in ['open','pending','resolved'], created_at, resolved_at).")
req("data", "Make a chart of weekly active users for 2026 so far, weeks starting Monday, from the events table.",
    context="events(user_id, ts). WAU = distinct user_id per ISO week. Today: 3 Dec 2026.")
req("data", "What's the growth rate?",
    b("metric", "missing", "Growth of what is not said.",
      "Monthly recurring revenue.",
      "Growth of which metric?", "Do you mean revenue growth or user growth?"),
    b("period", "missing", "Over which interval is not said.",
      "Month over month, for November.",
      "Over what interval: month over month or year over year?", "Which period should the growth be measured over?"))
req("data", "Compare this year's Q3 with last year's.",
    b("metric", "missing", "The metric to compare is not given.",
      "Gross bookings.",
      "Which metric should I compare?", "Compare Q3 on what measure?"),
    context="Dashboards available: gross bookings, net revenue, new customers.")
req("data", "Give me the refund rate by product line for November 2026: refunded orders divided by all orders, "
    "as a percentage with one decimal.",
    context="orders(id, product_line, created_at, refunded bool).")
req("data", "How many people opened the newsletter?",
    b("which", "ambiguous", "Several newsletters have been sent.",
      "The 1 December issue.",
      "Which issue of the newsletter?", "Is it the 1 December or the 24 November issue?"),
    b("unique", "ambiguous", "Whether to count opens or unique openers is unclear.",
      "Unique people.",
      "Should I count unique openers or total opens?", "Do repeat opens count?"),
    context="Campaigns: 'Dec issue' (sent 1 Dec), 'Nov issue 2' (24 Nov). Table opens(campaign, subscriber_id, opened_at).")
req("data", "Give me daily revenue for the last 7 days, excluding today, in USD, gross, as a table.",
    context="Today is 3 Dec 2026. orders(total_usd, created_at).")
req("data", "Break down support volume.",
    b("by", "missing", "The dimension to break down by is not given.",
      "By channel: email, chat, phone.",
      "What should the breakdown be by?", "Should I split it by channel, by product, or by team?"),
    b("period", "missing", "The period is not given.",
      "November.",
      "Which period should the breakdown cover?", "For which month?"),
    context="tickets(id, channel, product, team, created_at).")
req("data", "What's the average session length? Round it.",
    b("round", "ambiguous", "'Round it' doesn't say to what precision or unit.",
      "To the nearest second.",
      "To what precision should I round the session length?", "Should it be rounded to seconds or minutes?"),
    b("period", "missing", "The time range is not given.",
      "Last week.",
      "Which time range should I average over?", "Over which dates?"),
    context="sessions(id, user_id, start_ts, end_ts).")
req("data", "Find the top products.",
    b("measure", "ambiguous", "'Top' could be by units sold or by revenue.",
      "By units sold.",
      "Should top be by units sold or by revenue?", "What should the products be ranked by?"),
    b("n", "missing", "How many to return is not given.",
      "Five.",
      "How many products should I list?", "Should I show the top 5 or top 10?"))
req("data", "Compute the net promoter score from the November survey.",
    context="survey_responses(response_id, survey='2026-11', score 0-10). NPS = % promoters (9-10) - % detractors (0-6), "
            "as an integer.")
req("data", "Tell me the number of orders by country and by month.",
    b("period", "missing", "The months to include are not given.",
      "January to November 2026.",
      "Which months should I include?", "What date range should the table cover?"),
    b("country", "ambiguous", "Country could be billing or shipping country.",
      "Shipping country.",
      "Should I group by billing country or shipping country?", "Which country column should I use?"),
    context="orders(id, billing_country, shipping_country, created_at).")
req("data", "What percent of trials convert?",
    b("window", "missing", "Within how many days a conversion must happen is not given.",
      "Within 30 days of the trial start.",
      "How long after the trial starts can a conversion still count?", "What conversion window should I use?"),
    b("cohort", "missing", "Which trials to include is not given.",
      "Trials that started in Q3.",
      "Which trial start dates should be included?", "Which cohort of trials should I look at?"),
    context="trials(user_id, started_at), payments(user_id, first_paid_at).")
req("data", "Sum the hours logged per project for November, rounded to one decimal, sorted by hours descending.",
    context="timesheets(person, project, hours, day).")
req("data", "Report the error rate of the checkout service.",
    b("errors", "ambiguous", "Whether 4xx responses count as errors or only 5xx is unclear.",
      "Only 5xx.",
      "Should client errors (4xx) count, or only 5xx?", "Which status codes count as errors?"),
    b("period", "missing", "The time window is not given.",
      "The last 24 hours.",
      "Over which time window?", "Should the rate cover today or the last 24 hours?"),
    context="http_requests(service, status, ts).")
req("data", "How much did we spend on marketing?",
    b("period", "missing", "The period is not given.",
      "Financial year to date (since April).",
      "For which period?", "Since when should I sum marketing spend?"),
    b("scope", "ambiguous", "Whether salaries of the marketing team count as marketing spend is unclear.",
      "Paid campaigns and agencies only, no salaries.",
      "Should marketing salaries be included?", "Which cost lines count as marketing spend?"),
    context="ledger(account, cost_center, amount, booked_on). Cost centers: MKT-CAMPAIGNS, MKT-AGENCY, MKT-PAYROLL.")
req("data", "Show revenue per customer segment for 2025, where segment is the customer's segment at the time of the "
    "order, net of refunds, in thousands of euros with no decimals.",
    context="orders(id, customer_id, segment_at_order, net_eur, created_at).")
req("data", "Give me the retention curve.",
    b("cohort", "missing", "Which cohorts to show is not given.",
      "Monthly cohorts from January 2026.",
      "Which sign-up cohorts should the curve cover?", "Should cohorts be weekly or monthly?"),
    b("active", "missing", "What counts as retained is not given.",
      "Any purchase in the period.",
      "What should count as a retained user?", "Does a login count, or only a purchase?"),
    context="users(id, signed_up_at), purchases(user_id, ts), logins(user_id, ts).")
req("data", "What was the average basket size yesterday?",
    b("size", "ambiguous", "Basket size could be the number of items or the value.",
      "The number of items.",
      "Do you mean items per basket or the basket's value?", "Should basket size be counted in items or in money?"),
    context="orders(id, n_items, total, created_at).")
req("data", "How many orders were placed in the last 30 days, counting from yesterday backwards, grouped by "
    "payment method?",
    context="orders(id, payment_method, created_at).")
req("data", "Count the users who signed up and then cancelled within the same month, for every month this year, "
    "and show it as a percentage of that month's sign-ups with no decimals.",
    context="users(id, signed_up_at, cancelled_at).")

# --- code changes and functions ------------------------------------------------------------------

req("code", "Write a function that returns the top items of a list, sorted somehow.",
    b("how_many", "missing", "How many items 'top' means is not given.",
      "The 3 largest.",
      "How many items should the function return?", "Should the count be fixed or a parameter?"),
    b("order", "ambiguous", "'Sorted somehow' doesn't say the key or direction.",
      "Descending by value.",
      "In what order should the items be returned?", "Should the result be sorted largest first?"))
req("code", "Write `parse_duration(s: str) -> int` that turns strings like '1h30m', '45s' or '2h' into a number "
    "of seconds; raise ValueError on anything else, including an empty string.")
req("code", "Add caching to the get_user function.",
    b("ttl", "missing", "How long entries may be cached is not given.",
      "Five minutes.",
      "How long should a cached user stay valid?", "What expiry should the cache use?"),
    b("invalidate", "missing", "Whether updates must clear the cache is not said.",
      "Yes, update_user must evict the entry.",
      "Should updating a user clear their cached entry?", "When should a cached user be invalidated?"),
    context="users.py: def get_user(user_id: int) -> User: ... (reads from Postgres); def update_user(user: User) -> None.")
req("code", "Write a function to merge two sorted lists.",
    b("dupes", "ambiguous", "Whether duplicates across the lists are kept is unclear.",
      "Keep duplicates.",
      "Should values that appear in both lists be kept twice?", "Should the result drop duplicates?"),
    b("order", "missing", "Ascending or descending input order is not stated.",
      "Both are ascending.",
      "Are the input lists sorted ascending or descending?", "Which order are the lists in?"))
req("code", "Fix the bug in the date parser.",
    b("bug", "missing", "Which bug is not described.",
      "It parses '03/04/2026' as March 4; it should be 3 April.",
      "What goes wrong in the date parser?", "Which input gives a wrong result?"),
    context="utils/dates.py: parse_date(s) -> date, uses '%m/%d/%Y'. Tests in tests/test_dates.py pass.")
req("code", "Rename the function `calc` to `compute_total` everywhere in the repo, including tests, "
    "and keep a deprecated alias `calc` that warns.",
    context="calc is defined in billing/totals.py and used in 7 files.")
req("code", "Write a function that validates email addresses.",
    b("strictness", "ambiguous", "How strict the validation should be is unclear.",
      "A simple check: one @, a dot in the domain, no spaces.",
      "How strict should the validation be?", "Should it follow the full RFC or a simple pattern?"),
    b("return", "missing", "What it returns on invalid input is not given.",
      "Return False; never raise.",
      "Should invalid addresses return False or raise an error?", "What should the function return for a bad address?"))
req("code", "Make the retry logic back off exponentially.",
    b("limits", "missing", "The base delay, factor and maximum are not given.",
      "Start at 0.5 s, double each time, cap at 30 s.",
      "What should the first delay be?", "What's the maximum delay between retries?"),
    b("attempts", "missing", "The maximum number of attempts is not given.",
      "Five attempts.",
      "How many attempts should it make before giving up?", "Should the number of retries stay at 3?"),
    context="client.py: def fetch(url): for _ in range(3): try: return http.get(url) except Timeout: time.sleep(1)")
req("code", "Write `chunk(xs: list, n: int) -> list[list]` that splits xs into consecutive chunks of length n; "
    "the last chunk may be shorter; raise ValueError if n < 1.")
req("code", "Sort the leaderboard.",
    b("key", "ambiguous", "Whether to sort by points or by win rate is unclear.",
      "By points.",
      "What should the leaderboard be sorted by?", "Sort by points or by win rate?"),
    b("ties", "missing", "How ties are ordered is not given.",
      "Earlier join date first.",
      "How should players with equal points be ordered?", "What breaks a tie?"),
    context="players: list[dict] with keys name, points, win_rate, joined_at.")
req("code", "Add pagination to the /orders endpoint.",
    b("style", "ambiguous", "Offset/limit or cursor pagination is unclear.",
      "Cursor-based, using the order id.",
      "Should pagination use offset and limit, or a cursor?", "What kind of pagination do you want?"),
    b("size", "missing", "The default and maximum page size are not given.",
      "Default 50, max 200.",
      "What should the default page size be?", "What's the largest page a client may request?"))
req("code", "Write a function that removes duplicates from a list of dicts.",
    b("key", "ambiguous", "Whether two dicts are duplicates if all fields match or only some is unclear.",
      "Same 'id' field.",
      "When are two dicts duplicates: all fields equal, or the same id?", "Which key identifies a duplicate?"),
    b("keep", "missing", "Which of the duplicates to keep is not given.",
      "The first occurrence, keeping input order.",
      "Which duplicate should be kept?", "Should the output keep the input order?"))
req("code", "Change `send_email` so it no longer sends when the `DRY_RUN` environment variable is '1'; "
    "log the message at INFO instead.",
    context="mailer.py: def send_email(to, subject, body): smtp.send(...). Logger: log = logging.getLogger(__name__).")
req("code", "Write a function to compute the average of a list of numbers.",
    b("empty", "missing", "What an empty list returns is not given.",
      "Return None.",
      "What should the function return for an empty list?", "Should an empty list raise or return None?"))
req("code", "Add input validation to the signup form handler.",
    b("rules", "missing", "Which rules apply to each field is not given.",
      "Email must be valid, password at least 12 characters, name non-empty.",
      "What rules should the password follow?", "Which fields need validating?"),
    b("errors", "missing", "How errors are returned to the client is not stated.",
      "A 422 with a JSON list of field errors.",
      "How should validation errors be returned?", "What status code should invalid input get?"),
    context="handlers/signup.py: def signup(request) takes JSON {email, password, name}.")
req("code", "Write a slugify function.",
    b("accents", "ambiguous", "Whether accented letters are transliterated or dropped is unclear.",
      "Transliterate: 'é' becomes 'e'.",
      "What should happen to accented letters like é?", "Should accents be converted to plain letters?"),
    b("max_len", "missing", "A maximum length is not given.",
      "At most 60 characters, cut at a hyphen.",
      "Should the slug have a maximum length?", "How long may a slug be?"))
req("code", "Write `is_leap_year(year: int) -> bool` using the Gregorian rules (divisible by 4, except centuries "
    "not divisible by 400).")
req("code", "Write a function that finds the most common word in a text.",
    b("ties", "missing", "What to return when several words tie is not stated.",
      "The one that appears first in the text.",
      "Which word should be returned when two words are equally common?", "How should ties be broken?"),
    b("case", "ambiguous", "Whether 'The' and 'the' are the same word is unclear.",
      "Case-insensitive.",
      "Should counting ignore upper and lower case?", "Are 'The' and 'the' the same word?"))
req("code", "Speed up the report generation.",
    b("target", "missing", "No target time is given.",
      "Under 10 seconds for the monthly report.",
      "How fast does the report need to be?", "What run time should the report get down to?"),
    context="reports/build.py takes ~4 minutes for the monthly report; profiling shows 80% in a loop of single-row queries.")
req("code", "Update the function so it handles None.",
    b("which", "ambiguous", "Two functions were mentioned in the chat.",
      "format_price.",
      "Which function should handle None: format_price or parse_price?", "Do you mean format_price?"),
    b("behaviour", "missing", "What the function should do with None is not given.",
      "Return an empty string.",
      "What should the function return when given None?", "Should None raise an error or return a default?"),
    context="Earlier chat: 'format_price and parse_price both crash sometimes.' prices.py defines both.")
req("code", "Write a function that returns the n largest values in a list, largest first; if n is larger than the "
    "list return all of them sorted; equal values keep their original order.")
req("code", "Make the CSV export include the new column.",
    b("column", "ambiguous", "Two columns were added recently.",
      "discount_code.",
      "Which new column: discount_code or gift_wrap?", "Which column should the export include?"),
    b("position", "missing", "Where the column goes in the output is not stated.",
      "At the end.",
      "Where should the new column appear in the CSV?", "Should it go last?"),
    context="Migration 0042 added orders.discount_code; migration 0043 added orders.gift_wrap.")
req("code", "Write a function that converts temperatures.",
    b("direction", "missing", "Which units to convert between is not given.",
      "Celsius to Fahrenheit.",
      "Which units should it convert from and to?", "Is it Celsius to Fahrenheit or the other way?"),
    b("rounding", "missing", "Whether to round the result is not stated.",
      "Round to one decimal place.",
      "Should the result be rounded?", "How many decimal places should the result have?"))
req("code", "Add a `--verbose` flag to the CLI that sets the log level to DEBUG; the default stays INFO.",
    context="cli.py uses argparse; logging.basicConfig(level=logging.INFO) in main().")
req("code", "Refactor the payment module.",
    b("goal", "missing", "What the refactoring should achieve is not given.",
      "Split the 900-line file into one module per provider.",
      "What should the refactoring achieve?", "What's wrong with the payment module today?"),
    b("api", "missing", "Whether the public functions may change is not stated.",
      "Keep the public functions and their signatures.",
      "May I change the public functions' signatures?", "Must the module's public API stay the same?"))
req("code", "Write a function that checks whether a string is a palindrome.",
    b("normalise", "ambiguous", "Whether case, spaces and punctuation are ignored is unclear.",
      "Ignore case and anything that isn't a letter or digit.",
      "Should case and punctuation be ignored?", "Is 'A man, a plan' a palindrome for this function?"))
req("code", "Write `binary_search(xs: list[int], target: int) -> int` returning the index of target in the ascending "
    "list xs, or -1 if absent; if target appears several times return the leftmost index.")
req("code", "Add logging to the importer.",
    b("what", "missing", "What should be logged is not given.",
      "One line per file with rows read and rows rejected.",
      "What events should the importer log?", "What should each log line contain?"),
    b("where", "missing", "Where logs should go is not given.",
      "Standard error.",
      "Where should the logs be written?", "Should logs go to a file or to stderr?"))
req("code", "Return the index of the first negative number in a list.",
    b("none", "missing", "What to return when there is no negative number is not given.",
      "Return -1.",
      "What should be returned if the list has no negative number?", "Should it return -1 or None when none is found?"))
req("code", "Write a function that rounds a price to two decimal places, always rounding halves up (so 2.675 "
    "becomes 2.68), taking and returning a Decimal.")
req("code", "Implement `group_by(items, key)` that returns a dict from key to list.",
    b("key_type", "ambiguous", "Whether key is a callable or a field name is unclear.",
      "A callable.",
      "Is key a function or the name of a field?", "Should key be a callable?"),
    context="Earlier in the file: def index_by(items, field: str) -> dict (uses item[field]).")

# --- SQL over a given schema ---------------------------------------------------------------------

_SHOP = ("Schema:\ncustomers(id, name, email, country, created_at)\n"
         "orders(id, customer_id, status in ('pending','paid','shipped','cancelled','refunded'), total, "
         "currency, created_at, shipped_at)\n"
         "order_items(order_id, product_id, quantity, unit_price)\n"
         "products(id, name, category, list_price, active)")
_HR = ("Schema:\nemployees(id, name, dept_id, manager_id, hire_date, salary, status in ('active','leave','left'))\n"
       "departments(id, name, location)\nsalary_history(employee_id, salary, effective_from)")
_APP = ("Schema:\nusers(id, email, plan in ('free','pro','team'), signup_at, country)\n"
        "sessions(id, user_id, started_at, ended_at, device)\n"
        "payments(id, user_id, amount_usd, paid_at, status in ('ok','failed','refunded'))")

req("sql", "Write a query for the top customers.",
    b("measure", "ambiguous", "Top by total spend or by number of orders is unclear.",
      "By total spend.",
      "Should customers be ranked by total spend or by number of orders?", "What makes a customer top?"),
    b("n", "missing", "How many rows to return is not given.",
      "Ten.",
      "How many customers should the query return?", "Should I limit it to the top 10?"),
    b("status", "ambiguous", "Which order statuses count toward spend is unclear.",
      "Paid and shipped only.",
      "Which order statuses should count: paid and shipped only?", "Should cancelled and refunded orders be excluded?"),
    context=_SHOP)
req("sql", "List the names and emails of customers from Germany who placed no order in 2026, ordered by name.",
    context=_SHOP)
req("sql", "Get the monthly revenue.",
    b("period", "missing", "Which months are wanted is not given.",
      "Every month of 2026 so far.",
      "Which months should the query cover?", "Should it include all history or just this year?"),
    b("currency", "ambiguous", "Orders are in several currencies.",
      "Only EUR orders; ignore the rest.",
      "How should orders in different currencies be handled?", "Should I only sum EUR orders?"),
    context=_SHOP + "\nNote: orders.currency holds EUR, USD, GBP; no exchange-rate table.")
req("sql", "Which products sold the most last month?",
    b("measure", "ambiguous", "'Sold the most' could be units or revenue.",
      "Units.",
      "Should products be ranked by units sold or by revenue?", "Do you mean quantity or sales value?"),
    b("n", "missing", "How many products to return is not given.",
      "The top 5.",
      "How many products should the result include?", "Top 5 or top 10?"),
    context=_SHOP)
req("sql", "Count paid orders per country for November 2026, counting an order by the customer's country, "
    "sorted by count descending then country name ascending.",
    context=_SHOP)
req("sql", "Find customers who haven't ordered recently.",
    b("recent", "ambiguous", "'Recently' has no cut-off.",
      "In the last 90 days.",
      "How long without an order counts as not recently?", "What cut-off date should I use?"),
    b("ever", "ambiguous", "Whether customers who never ordered count is unclear.",
      "Only customers with at least one past order.",
      "Should customers who never ordered at all be included?", "Do customers with no orders count?"),
    context=_SHOP)
req("sql", "Show the average order value.",
    b("status", "ambiguous", "Whether cancelled and refunded orders are included is unclear.",
      "Exclude cancelled and refunded.",
      "Which order statuses should be included in the average?", "Should cancelled orders be left out?"),
    b("period", "missing", "The period is not given.",
      "The last 12 months.",
      "Over what period should the average be computed?", "Which dates should the orders fall in?"),
    context=_SHOP)
req("sql", "List every active product with no sales ever, with its name and category.",
    context=_SHOP)
req("sql", "Get the revenue per category.",
    b("price", "ambiguous", "Revenue could use the sold unit_price or the list_price.",
      "quantity * unit_price.",
      "Should revenue use the unit price charged or the list price?", "Which price column should revenue use?"),
    b("status", "ambiguous", "Which orders count is unclear.",
      "Paid and shipped orders.",
      "Which order statuses count toward revenue?", "Should pending orders count?"),
    context=_SHOP)
req("sql", "Which employees earn more than their manager?",
    context=_HR + "\nCompare current salaries (employees.salary); list employee name, salary, manager name, manager salary.")
req("sql", "Find the average salary by department.",
    b("status", "ambiguous", "Whether employees on leave or who left count is unclear.",
      "Active employees only.",
      "Should employees on leave or who have left be included?", "Which employee statuses should count?"),
    b("rounding", "missing", "Rounding is not specified.",
      "Round to whole units.",
      "How should the average be rounded?", "How many decimals should the average have?"),
    context=_HR)
req("sql", "List employees hired in the last year.",
    b("last_year", "ambiguous", "'The last year' could be the previous calendar year or the last 12 months.",
      "The last 12 months.",
      "Does last year mean calendar 2025 or the last 12 months?", "Which date range counts as the last year?"),
    context=_HR + "\nToday: 3 Dec 2026.")
req("sql", "Who got the biggest raise?",
    b("measure", "ambiguous", "Biggest in absolute amount or percentage is unclear.",
      "By percentage.",
      "Should the raise be measured in money or as a percentage?", "Biggest in absolute terms or relative terms?"),
    b("period", "missing", "The period is not given.",
      "In 2026.",
      "Over what period should I look for raises?", "Should only raises this year count?"),
    b("ties", "missing", "What to return if several employees tie is not given.",
      "Return all of them.",
      "If several people tie, should I return all of them?", "How should ties be handled?"),
    context=_HR)
req("sql", "Headcount per department location as of today, active employees only, ordered by location.",
    context=_HR)
req("sql", "Get the managers with the largest teams.",
    b("team", "ambiguous", "Whether team means direct reports or everyone below is unclear.",
      "Direct reports only.",
      "Should a team count only direct reports or everyone under the manager?", "Do indirect reports count?"),
    b("n", "missing", "How many managers to return is not given.",
      "The top 3.",
      "How many managers should be returned?", "Should I return the top 3?"),
    context=_HR)
req("sql", "How many users are active?",
    b("active", "missing", "What counts as active is not defined.",
      "At least one session in the last 30 days.",
      "What should count as an active user?", "How recent must a session be for an active user?"),
    context=_APP)
req("sql", "Give me the total successful payments in USD per plan for Q3 2026 (July to September), "
    "one row per plan, rounded to cents.",
    context=_APP)
req("sql", "Compute the average session length per device.",
    b("unit", "missing", "The unit of the result is not given.",
      "Minutes, one decimal.",
      "Should session length be in seconds or minutes?", "What unit should the result use?"),
    b("open", "ambiguous", "Sessions without ended_at have no length.",
      "Leave them out.",
      "What should I do with sessions that have no end time?", "Should unfinished sessions be excluded?"),
    context=_APP)
req("sql", "List users who paid and then churned.",
    b("churn", "missing", "What 'churned' means is not defined in the schema.",
      "No payment in the 60 days after their last payment.",
      "How should churn be defined?", "How long without a payment counts as churned?"),
    context=_APP)
req("sql", "Find the country with the most pro users.",
    b("ties", "missing", "What to return on a tie is not stated.",
      "All tied countries, alphabetically.",
      "If two countries tie, which should be returned?", "Should ties return several rows?"),
    context=_APP)
req("sql", "Show failed payment counts per day for the last 14 days including today, with days that had none "
    "shown as 0.",
    context=_APP + "\nA calendar table is available: days(d date).")
req("sql", "Get each user's first payment.",
    b("status", "ambiguous", "Whether failed payments count as a first payment is unclear.",
      "Only status 'ok'.",
      "Should failed payments count as a first payment?", "Which payment statuses count?"),
    context=_APP)
req("sql", "Calculate MRR.",
    b("definition", "missing", "How MRR is computed from the schema is not given; there is no subscription table.",
      "Sum of 'ok' payments in the current month.",
      "How should MRR be computed from the payments table?", "Which payments count toward MRR?"),
    context=_APP)
req("sql", "Give me a weekly sign-up count by plan for 2026, weeks starting on Monday, ordered by week.",
    context=_APP)
req("sql", "Find duplicate users.",
    b("dup", "ambiguous", "What makes two users duplicates is unclear.",
      "Same email, ignoring case.",
      "How should I decide that two users are duplicates?", "Should emails be compared case-insensitively?"),
    context=_APP)
req("sql", "Show revenue by month in 2026 from the orders table, but only count refunded orders.",
    b("contradiction", "contradictory", "Revenue that only counts refunded orders contradicts what revenue means.",
      "Typo: exclude refunded orders.",
      "Did you mean to exclude refunded orders?", "Should refunded orders be the only ones counted or left out?"),
    context=_SHOP)
req("sql", "Which orders were shipped late?",
    b("late", "missing", "No shipping deadline is defined.",
      "Shipped more than 3 days after created_at.",
      "How many days after ordering counts as late?", "What is the shipping deadline?"),
    context=_SHOP)
req("sql", "Get the second most expensive active product in each category; if prices tie, take the one with the "
    "lower id.",
    context=_SHOP)
req("sql", "List customers and their lifetime value.",
    b("ltv", "ambiguous", "Lifetime value could be gross spend or net of refunds.",
      "Sum of totals of paid and shipped orders.",
      "Which orders should count toward lifetime value?", "Should refunded orders reduce lifetime value?"),
    b("currency", "ambiguous", "Orders are in several currencies.",
      "Report per currency, one row per customer and currency.",
      "How should different currencies be combined?", "Should lifetime value be split by currency?"),
    context=_SHOP + "\nNote: orders.currency holds EUR, USD, GBP; no exchange-rate table.")
req("sql", "Delete the test users.",
    b("which", "missing", "How test users are identified is not given.",
      "Emails ending in @test.example.",
      "How can I tell which users are test users?", "What marks a user as a test user?"),
    b("cascade", "missing", "What to do with their sessions and payments is not stated.",
      "Delete their sessions and payments too.",
      "Should their sessions and payments be deleted as well?", "What happens to the test users' payments?"),
    context=_APP)

# --- everyday and general ------------------------------------------------------------------------

req("general", "Order more coffee.",
    b("which", "ambiguous", "Two coffees appear in past orders.",
      "The Ethiopian beans from Hasbean.",
      "Which coffee: the Ethiopian beans or the decaf blend?", "Should I reorder the usual Ethiopian?"),
    b("qty", "missing", "The quantity is not given.",
      "Two 1 kg bags.",
      "How much coffee should I order?", "How many bags?"),
    context="Past orders: Hasbean Ethiopia Yirgacheffe 1kg (x4), Hasbean Decaf Blend 250g (x1).")
req("general", "Add milk, eggs and two loaves of sourdough to the Tesco basket for Saturday's delivery slot.",
    context="Tesco account: delivery slot booked Sat 5 Dec 08:00-09:00. Usual milk: semi-skimmed 4 pints; "
            "usual eggs: free-range 12.")
req("general", "Write a birthday message for my sister.",
    b("tone", "missing", "The tone is not given.",
      "Warm and a bit funny.",
      "What tone should the message have?", "Should it be heartfelt or funny?"),
    b("length", "missing", "How long the message should be is not given.",
      "A few lines for a card.",
      "How long should the message be?", "Is it for a card or a longer letter?"))
req("general", "Summarise this article.",
    b("length", "missing", "How long the summary should be is not given.",
      "Five bullet points.",
      "How long should the summary be?", "Should it be bullet points or a paragraph?"),
    context="Article: 'The quiet return of the night train' (2,400 words), pasted above.")
req("general", "Translate the menu into Spanish.",
    b("variant", "ambiguous", "Spain or Latin American Spanish is unclear.",
      "Mexican Spanish.",
      "Should it be Spanish as used in Spain or in Latin America?", "Which variety of Spanish do you want?"),
    context="menu.docx, 42 items; the restaurant is in San Diego.")
req("general", "Convert 250 grams of flour to cups, for plain (all-purpose) flour, using 125 g per cup.")
req("general", "Find me a good laptop.",
    b("budget", "missing", "The budget is not given.",
      "Up to 1,200 dollars.",
      "What is your budget for the laptop?", "How much do you want to spend?"),
    b("use", "missing", "What it will be used for is not given.",
      "Programming and some video editing.",
      "What will you mainly use the laptop for?", "Do you need it for gaming or heavy work?"))
req("general", "Remind me to call mum.",
    b("when", "missing", "When to remind is not given.",
      "Sunday at 6pm.",
      "When should I remind you?", "What day and time should the reminder be?"))
req("general", "Plan a week of dinners.",
    b("diet", "missing", "Dietary constraints are not given.",
      "Vegetarian; one of us is allergic to nuts.",
      "Are there any dietary restrictions or allergies?", "Does anyone avoid meat?"),
    b("people", "missing", "How many people it's for is not given.",
      "Two adults.",
      "How many people are the dinners for?", "How many servings should each recipe make?"))
req("general", "Set an alarm for 6:45 tomorrow morning labelled 'Gym'.")
req("general", "Buy a gift for Alex.",
    b("budget", "missing", "The budget is not given.",
      "Around 50 pounds.",
      "How much should I spend on the gift?", "What's the budget?"),
    b("occasion", "missing", "The occasion and what Alex likes are not given.",
      "Housewarming; Alex loves cooking.",
      "What is the gift for?", "What kind of things does Alex like?"))
req("general", "Renew my library books.",
    context="Library account: 3 books on loan, all due 5 Dec, all renewable once. Renew all of them.")
req("general", "Fill in the form for me.",
    b("form", "missing", "Which form is not given.",
      "The council parking permit form.",
      "Which form should I fill in?", "Where is the form?"),
    b("data", "missing", "Which details to use is not known.",
      "Use my profile; the car is a blue Golf, AB12 CDE.",
      "What vehicle details should go on the form?", "Which details should I enter?"))
req("general", "What's the weather going to be like?",
    b("where", "missing", "The place is not given.",
      "Edinburgh.",
      "For which city?", "Where do you want the forecast for?"),
    b("when", "missing", "The day is not given.",
      "Saturday.",
      "For which day?", "Do you want today's forecast or the weekend's?"))
req("general", "Water the plants when it's dry.",
    b("dry", "ambiguous", "What counts as dry is not defined.",
      "When the soil moisture sensor reads below 30%.",
      "What moisture reading counts as dry?", "When should watering be triggered?"),
    b("amount", "missing", "How much water to give is not stated.",
      "Run the drip for 5 minutes.",
      "How long should the watering run?", "How much water should each plant get?"),
    context="Garden system: zones A (tomatoes) and B (herbs); soil sensors in both; drip irrigation.")
req("general", "Write a cover letter for the job.",
    b("job", "ambiguous", "The user has saved two job ads.",
      "The data analyst role at Fennel.",
      "Which job is the cover letter for?", "Is it the Fennel analyst role or the Orbis one?"),
    context="Saved jobs: Data Analyst, Fennel (London); Junior Data Scientist, Orbis (remote). CV on file.")
req("general", "Put the bins out reminder on every Tuesday evening at 8pm, repeating weekly with no end date.")
req("general", "Book a haircut.",
    b("when", "missing", "When is not given.",
      "Saturday morning.",
      "When would you like the haircut?", "Which day works for you?"),
    b("where", "ambiguous", "Two barbers are in the history.",
      "Sharp & Co, with Dom.",
      "Which barber: Sharp & Co or Clip Joint?", "Should I book your usual place?"),
    context="History: Sharp & Co (Dom) 5 visits; Clip Joint 1 visit.")
req("general", "Make the shopping list for the party.",
    b("guests", "missing", "How many guests is not given.",
      "Fifteen.",
      "How many guests are coming?", "How many people should the list cater for?"),
    b("food", "missing", "What kind of food is planned is not given.",
      "Snacks and a barbecue.",
      "What kind of food will you serve?", "Is it a sit-down meal or snacks?"))
req("general", "Find a plumber.",
    b("when", "missing", "How urgent it is is not given.",
      "Today; there's a leak.",
      "How soon do you need the plumber?", "Is this an emergency?"),
    context="Home: 12 Elm Street, Leeds.")
req("general", "Pause the dishwasher program and restart it at 11pm when electricity is cheaper.",
    context="Smart home: one dishwasher (Bosch), programme 'Eco 50' running, remaining 2h10m. Delayed start supported.")
req("general", "Turn the heating down a bit.",
    context="Thermostat: living room 22.0 °C. House rule (set by you): 'a bit' = 1 degree.")
req("general", "Help me pick a name for the dog.",
    b("style", "missing", "What kind of name the user likes is not given.",
      "Short, food-themed names.",
      "What style of name do you like?", "Any theme for the name?"))
req("general", "Email the school that Leo is ill today and won't be in.",
    context="School: Hill Park Primary, attendance@hillpark.example. Leo Brown, class 3B. Parent: you.")
req("general", "Cancel everything on my calendar tomorrow.",
    b("everything", "ambiguous", "Whether to cancel events others organise, or only decline them, is unclear.",
      "Decline the others' meetings; cancel only my own.",
      "For meetings organised by others, should I decline them?",
      "Should I cancel meetings you don't own?"),
    b("notify", "missing", "Whether to send a reason to attendees is not stated.",
      "Say I'm off sick.",
      "Should I give attendees a reason?", "What message should go with the cancellations?"),
    context="Tomorrow: 3 meetings you organise, 4 organised by others.")
req("general", "Print the boarding pass, two copies.",
    context="Boarding pass: BA 117, 4 Dec (PDF in Downloads). Printer: 'Office HP' (default).")
req("general", "Move my savings into something better.",
    b("better", "ambiguous", "'Better' could mean higher interest, lower risk, or easier access.",
      "A higher interest rate with instant access.",
      "What should 'better' mean: higher interest, lower risk or easier access?",
      "Do you need to be able to withdraw at any time?"),
    b("amount", "missing", "How much to move is not given.",
      "Ten thousand pounds.",
      "How much should I move?", "Should I move all of your savings?"),
    context="Savings: 14,200 GBP at 1.1% (instant access).")
req("general", "Find the cheapest flight price alert I set and delete it.",
    context="Price alerts: LON-NYC (from 410 GBP), LON-LIS (from 68 GBP), LON-TYO (from 690 GBP).")
req("general", "Sign me up for the 10k.",
    b("which", "ambiguous", "Two 10k races are coming up.",
      "The Riverside 10k on 17 January.",
      "Which 10k: Riverside on 17 January or City Park on 7 February?", "Which race do you want to enter?"),
    context="Upcoming races near you: Riverside 10k (17 Jan), City Park 10k (7 Feb).")
req("general", "Order a taxi to the station for 7:10 tomorrow morning from home, for one person, standard car.",
    context="Home: 12 Elm Street, Leeds. 'The station' = Leeds station (your only saved station).")



# --- more requests (added after the first landing; ids continue per domain) ------------------------

req("travel", "Book the hotel for three nights, checking in Friday 8 January and out Sunday 10 January.",
    b("nights", "contradictory", "Friday to Sunday is two nights, not three.",
      "Three nights: check out Monday 11 January.",
      "Friday to Sunday is two nights: should I book two nights or check out on Monday?",
      "What is the right check-out date?"),
    context="Destination: Hotel Marlow, Edinburgh (your saved favourite). Room: standard double, as usual.")
req("meetings", "Schedule the board prep for 30 minutes, 2pm to 3pm on Wednesday.",
    b("length", "contradictory", "2pm to 3pm is an hour, not 30 minutes.",
      "An hour, 2 to 3.",
      "Should the board prep last 30 minutes or the full hour from 2 to 3?",
      "Is the meeting 30 minutes or an hour long?"),
    context="Attendees: you, Ada, Rui. Wednesday 9 Dec, 14:00-15:00 free for all.")
req("email", "Send the offer letter to Jana Novak today; the template says to send offers only after the "
    "background check, which is still pending.",
    b("check", "contradictory", "Sending today conflicts with the rule that offers wait for the background check.",
      "Wait for the check; send it as soon as it clears.",
      "Should I send the offer before the background check clears, against the template's rule?",
      "Do you want me to wait for the background check?"),
    context="Files: offer_Jana_Novak.pdf. Background check status (HR tool): pending since 30 Nov.")
req("deploy", "Set the replica count to 3 in the production values file; keep the HPA minimum at 5.",
    b("replicas", "contradictory", "A fixed count of 3 is below the autoscaler's minimum of 5, which will override it.",
      "Set both to 3.",
      "The autoscaler minimum of 5 overrides 3 replicas: should I lower the HPA minimum too?",
      "Should production run 3 replicas or at least 5?"),
    context="helm/prod/values.yaml: replicaCount: 6; hpa: {enabled: true, minReplicas: 5, maxReplicas: 12}.")
req("payments", "Refund Mr Ansah the full 120 pounds for order 77310.",
    b("amount", "contradictory", "Order 77310 totals 155 pounds and belongs to another customer.",
      "It's order 77301; refund 120 in full.",
      "Order 77310 is 155 pounds and isn't Mr Ansah's: which order did you mean?",
      "Which order number should I refund for Mr Ansah?"),
    context="Order 77310: customer L. Moreau, 155.00 GBP. Order 77301: customer K. Ansah, 120.00 GBP.")
req("data", "Report Q4 revenue so far; use the same definition as last quarter's board pack.",
    context="Board pack Q3: 'Revenue = net of refunds and VAT, EUR, recognised at shipment.' Today: 3 Dec 2026. "
            "Q4 = Oct-Dec (calendar).")
req("code", "Make `parse_date` accept ISO dates like 2026-12-03 and return None for invalid input, "
    "and keep it raising ValueError on invalid input as the tests expect.",
    b("errors", "contradictory", "The request asks for both None and ValueError on invalid input.",
      "Raise ValueError; the tests are right.",
      "On invalid input, should parse_date return None or raise ValueError?",
      "Which behaviour should invalid input get?"),
    context="utils/dates.py: def parse_date(s: str) -> date. tests/test_dates.py: assert raises ValueError on 'xx'.")
req("sql", "Count the customers who signed up in 2026 before they were created.",
    b("nonsense", "contradictory", "Customers have one creation date (created_at); signing up before creation is impossible "
      "in this schema.",
      "Count customers created in 2026.",
      "The schema has only created_at as the sign-up date: should I count customers created in 2026?",
      "What do you mean by signing up before being created?"),
    context=_SHOP)
req("general", "Book the kids' swimming lesson at the usual time.",
    context="Swim school bookings: every past booking is Saturday 09:30, with coach Beth, for Leo and Mia.")

# --- a third acceptable question for blockers whose two were close to a sibling blocker's -----------
# (added after the judge check: with one example left out, these were matched to the sibling)

MORE_QUESTIONS: dict[tuple[str, str], str] = {
    ("travel-001", "origin"): "Which airport are you starting from?",
    ("travel-003", "dates"): "On what date do you arrive in Lisbon?",
    ("travel-010", "pickup"): "What address should the driver come to?",
    ("travel-010", "time"): "At what time do you want to be collected?",
    ("travel-013", "direction"): "Which station are you leaving from on Monday?",
    ("travel-024", "headcount"): "How many seats do you need at the restaurant?",
    ("travel-024", "date"): "On what date is the dinner?",
    ("travel-031", "count"): "How many students are coming?",
    ("meetings-008", "end"): "On what date should the recurring block stop?",
    ("meetings-011", "which"): "Which of your two meetings with Carla should move?",
    ("meetings-026", "vendor"): "Which company is the call with?",
    ("email-004", "everyone"): "Who exactly should receive the closure notice?",
    ("email-013", "which"): "Which ticket should the reply go to?",
    ("email-030", "journalist"): "Which journalist is the reply for?",
    ("email-030", "answer"): "What information should the reply give?",
    ("files-003", "date_source"): "Should the names come from the EXIF date?",
    ("deploy-001", "env"): "Which environment is the target?",
    ("deploy-003", "how_much"): "How many instances do you want in total?",
    ("deploy-010", "name"): "What domain name should the docs site live at?",
    ("deploy-010", "target"): "Where is the docs site hosted?",
    ("deploy-019", "who"): "Who should receive the alerts?",
    ("deploy-029", "branch"): "Which of your branches is the one to deploy?",
    ("payments-001", "who"): "Who is the customer getting the refund?",
    ("payments-008", "who"): "Who else was at the dinner?",
    ("data-007", "how_many"): "How long should the list of customers be?",
    ("data-010", "period"): "What date range should the ticket counts cover?",
    ("data-017", "by"): "Which dimension should the support volume be split by?",
    ("data-019", "n"): "How many products should the list have?",
    ("code-003", "invalidate"): "Should update_user remove the user from the cache?",
    ("code-010", "ties"): "What should decide the order of players on the same points?",
    ("code-012", "keep"): "When two dicts are duplicates, should the first one be kept?",
    ("code-022", "position"): "In which position should the new column go?",
    ("code-028", "what"): "Which events should produce a log line?",
    ("sql-001", "n"): "How many rows should the result have?",
    ("sql-004", "n"): "How many rows should the result have?",
    ("sql-006", "recent"): "How many days without an order makes a customer inactive?",
    ("general-001", "qty"): "How many bags should I order?",
    ("general-014", "where"): "Which city is the forecast for?",
}


def _add_more_questions() -> None:
    by_key = {(r["id"], x["id"]): x for r in REQUESTS for x in r["blockers"]}
    for key, q in MORE_QUESTIONS.items():
        by_key[key]["example_questions"].append(q)


# --- settled: the context or earlier answers already say it ----------------------------------------
# The request alone looks open; the context settles it. Asking about a settled point is a wasted question.

settled("code", "Write a function that returns the top items of a list, sorted somehow.",
        "Q: What should the function return?\nA: Return the 3 largest, in descending order.",
        [("How many items to return: the 3 largest.",
          ["How many items should the function return?", "Should the count be fixed or passed by the caller?"]),
         ("The order: descending, largest first.",
          ["In what order should the items be sorted?", "Should the result be largest first?"])],
        b("ties", "missing", "How equal values are ordered is not given.",
          "Keep their original order.",
          "How should equal values be ordered?", "What should happen when two items tie?"))
settled("code", "Write a slugify function.",
        "Earlier chat:\nQ: What about accented letters?\nA: Turn them into plain ASCII, é -> e.\n"
        "Q: Any length limit?\nA: No more than 60 characters.",
        [("Accented letters are transliterated to plain ASCII.",
          ["What should happen to accented letters?", "Should accents be removed or converted?"]),
         ("The slug is at most 60 characters.",
          ["Should the slug have a maximum length?", "How long may a slug be?"])])
settled("code", "Write a function that computes the average of a list.",
        "Spec from the ticket: 'average(xs: list[float]) -> float | None. Returns None for an empty list. "
        "Plain arithmetic mean, no rounding.'",
        [("An empty list returns None.",
          ["What should be returned for an empty list?", "Should an empty list raise an error?"]),
         ("No rounding: the plain arithmetic mean.",
          ["Should the average be rounded?", "How many decimal places should the result have?"])])
settled("code", "Sort the leaderboard.",
        "Q: Sort by what?\nA: points, highest first.\nQ: And when two players have the same points?\n"
        "A: whoever joined earlier goes first.",
        [("The sort key is points, descending.",
          ["What should the leaderboard be sorted by?", "Should higher points come first?"]),
         ("Ties go to the player who joined earlier.",
          ["How should players with equal points be ordered?", "What breaks a tie?"])])
settled("code", "Add pagination to the /orders endpoint.",
        "Design note (agreed): cursor pagination keyed on order id; page size default 50, max 200.",
        [("Cursor-based pagination on the order id.",
          ["Should pagination use offset and limit or a cursor?", "What kind of pagination do you want?"]),
         ("Default page size 50, maximum 200.",
          ["What should the default page size be?", "What is the largest page a client may request?"])],
        b("order", "missing", "The order of results within pages is not stated.",
          "Newest first.",
          "In what order should orders appear across pages?", "Should the newest orders come first?"))
settled("code", "Write the function that finds the most common word.",
        "The user said: 'treat The and the as the same word; if two words tie, return the one that shows up first.'",
        [("Counting is case-insensitive.",
          ["Should counting ignore upper and lower case?", "Are 'The' and 'the' the same word?"]),
         ("Ties go to the word that appears first.",
          ["Which word should be returned when two are equally common?", "How should ties be broken?"])])
settled("code", "Make the retry logic back off exponentially.",
        "Q: What delays?\nA: half a second to start, doubling, never more than 30 seconds.",
        [("Delays start at 0.5 s, double each time, and are capped at 30 s.",
          ["What should the first delay be?", "What is the maximum delay between retries?"])],
        b("attempts", "missing", "How many attempts to make before giving up is not given.",
          "Five attempts in total.",
          "How many attempts should it make before giving up?", "After how many retries should it stop?"))

settled("sql", "Write a query for the top customers.",
        _SHOP + "\nQ: Top by what?\nA: total spend, only paid or shipped orders.\nQ: How many?\nA: ten.",
        [("Rank by total spend.",
          ["Should customers be ranked by total spend or number of orders?", "What makes a customer top?"]),
         ("Only paid and shipped orders count.",
          ["Which order statuses should count?", "Should cancelled orders be excluded?"]),
         ("Return ten customers.",
          ["How many customers should the query return?", "Should I limit it to the top 10?"])])
settled("sql", "How many users are active?",
        _APP + "\nMetric dictionary: active user = a user with at least one session in the last 30 days.",
        [("Active means at least one session in the last 30 days.",
          ["What should count as an active user?", "How recent must a session be?"])])
settled("sql", "Get the monthly revenue.",
        _SHOP + "\nEarlier: 'Only EUR orders, ignore the other currencies; revenue is paid plus shipped totals.'",
        [("Only EUR orders count.",
          ["How should orders in different currencies be handled?", "Should I only sum EUR orders?"]),
         ("Revenue is the total of paid and shipped orders.",
          ["Which order statuses count toward revenue?", "Should refunded orders be included?"])],
        b("period", "missing", "Which months to cover is not given.",
          "All of 2026 so far.",
          "Which months should the query cover?", "Should it include all history or only this year?"))
settled("sql", "Find the average salary by department.",
        _HR + "\nQ: Everyone, or only current staff?\nA: just the people who are active.\n"
        "Q: Rounding?\nA: whole numbers.",
        [("Only active employees count.",
          ["Should employees on leave or who left be included?", "Which statuses should count?"]),
         ("Round to whole numbers.",
          ["How should the average be rounded?", "How many decimals should it have?"])])
settled("sql", "Which products sold the most last month?",
        _SHOP + "\nQ: By units or revenue?\nA: Units.\nToday: 3 Dec 2026 (last month = November 2026).",
        [("Rank by units sold.",
          ["Should products be ranked by units or revenue?", "Do you mean quantity or sales value?"]),
         ("Last month is November 2026.",
          ["Which month is last month?", "Does last month mean the last 30 days?"])],
        b("n", "missing", "How many products to return is not given.",
          "The top 5.",
          "How many products should the result include?", "Should I return the top 5 or top 10?"))
settled("sql", "List employees hired in the last year.",
        _HR + "\nQ: Calendar year or rolling?\nA: rolling twelve months up to today.",
        [("'Last year' means the last 12 months.",
          ["Does last year mean calendar 2025 or the last 12 months?", "Which date range counts?"])])
settled("sql", "Find duplicate users.",
        _APP + "\nA previous answer: 'Two accounts are duplicates if their emails match ignoring case.'",
        [("Duplicates share an email, compared case-insensitively.",
          ["How should I decide two users are duplicates?", "Should emails be compared ignoring case?"])],
        b("output", "missing", "Whether to list the duplicates or delete them is not said.",
          "Just list them, grouped by email.",
          "Should I only list the duplicates or also remove them?", "What should the query do with duplicates?"))

settled("data", "What was our revenue last quarter?",
        "Metric definitions (finance wiki): 'Revenue' = net of refunds, in EUR. Quarters are calendar quarters. "
        "Today: 3 Dec 2026.",
        [("Revenue is net of refunds.",
          ["Should revenue be gross or net of refunds?", "Do refunds come off the revenue?"]),
         ("Last quarter is Q3 2026 (calendar quarters).",
          ["Which quarter do you mean?", "Are quarters fiscal or calendar?"])])
settled("data", "Show me churn by month.",
        "Q: How do you define churn?\nA: cancellations in the month over subscribers active on the 1st.\n"
        "Q: How far back?\nA: the last twelve months.",
        [("Churn = cancellations in the month / subscribers active at the start of the month.",
          ["How should churn be defined?", "Is churn the share of subscribers who cancelled?"]),
         ("Cover the last 12 months.",
          ["Which months should the chart cover?", "How far back should it go?"])])
settled("data", "What's the conversion rate this week?",
        "Team glossary: 'conversion' = sign-ups / unique visitors. 'This week' = Monday to today.",
        [("Conversion means sign-ups divided by unique visitors.",
          ["Which conversion do you mean?", "What counts as a conversion here?"]),
         ("This week runs from Monday to today.",
          ["Does this week mean since Monday or the last seven days?", "Which days should this week include?"])])
settled("data", "Give me the number of tickets per agent.",
        "Q: Which tickets?\nA: resolved ones only.",
        [("Count only resolved tickets.",
          ["Should I count all tickets or only resolved ones?", "Do open tickets count?"])],
        b("period", "missing", "The period is not given.",
          "The last 30 days.",
          "Over which period should I count tickets?", "From what date should I start counting?"))
settled("data", "Calculate the median delivery time.",
        "Ops convention: delivery time runs from dispatch to delivery, reported in hours to one decimal.",
        [("Delivery time runs from dispatch to delivery.",
          ["Should delivery time start at the order or at dispatch?", "When does the clock start?"]),
         ("Report in hours with one decimal.",
          ["Should the result be in hours or days?", "How should the median be rounded?"])])
settled("data", "Find the top products.",
        "Q: Top by what?\nA: units.\nQ: How many?\nA: five is plenty.",
        [("Rank by units sold.",
          ["Should top be by units sold or by revenue?", "What should products be ranked by?"]),
         ("Return five products.",
          ["How many products should I list?", "Should I show the top 5 or top 10?"])],
        b("period", "missing", "The time window is not given.",
          "November 2026.",
          "Over which period should I rank the products?", "Which month should the sales come from?"))
settled("data", "What's the average session length? Round it.",
        "Dashboard standard: durations are shown in whole seconds. Scope of this report: last week (23-29 Nov).",
        [("Round to whole seconds.",
          ["To what precision should I round?", "Should it be rounded to seconds or minutes?"]),
         ("The period is last week, 23-29 November.",
          ["Which time range should I average over?", "Over which dates?"])])
settled("data", "How much did we spend on marketing?",
        "Q: Include the team's salaries?\nA: No, campaigns and agencies only.\nQ: Since when?\nA: since April 1.",
        [("Salaries are excluded; campaigns and agencies only.",
          ["Should marketing salaries be included?", "Which cost lines count as marketing spend?"]),
         ("The period starts 1 April (financial year to date).",
          ["For which period?", "Since when should I sum the spend?"])])

settled("travel", "Book me a flight to Paris next week.",
        "Earlier in the chat: 'I'll fly out of Boston Logan on Tuesday and come back Sunday.'",
        [("Departure from Boston Logan.",
          ["Which city are you flying out of?", "Where should the flight depart from?"]),
         ("Outbound Tuesday, return Sunday.",
          ["Which day next week do you want to fly?", "Do you need a return flight?"])],
        b("cabin", "missing", "The cabin class or budget is not given.",
          "Economy, the cheapest fare.",
          "Which cabin class should I book?", "Is there a budget for the fare?"))
settled("travel", "Get me a hotel in Lisbon for the conference.",
        "Q: Which nights?\nA: 14 to 17 March.\nQ: Budget?\nA: up to 180 a night.",
        [("The nights are 14-17 March.",
          ["Which nights do you need the hotel for?", "What are your check-in and check-out dates?"]),
         ("Up to 180 euros a night.",
          ["What is the most you want to pay per night?", "Is there a nightly budget?"])])
settled("travel", "Cancel my booking.",
        "Active bookings:\n- HT-5520 Hotel Via Nova, Rome, 10-12 Jan\n- FL-7781 Iberia London-Madrid, 20 Jan\n"
        "User, earlier today: 'The Madrid trip is still on, no matter what.'",
        [("The Madrid flight stays; the booking to cancel is the Rome hotel.",
          ["Which booking should I cancel?", "Do you mean the hotel in Rome or the flight to Madrid?"])])
settled("travel", "Book the restaurant for the team dinner.",
        "Poll result in #team: 9 people said yes for Thursday 17 Dec at 7pm. Venue chosen: Brasserie Lune.",
        [("Nine people.",
          ["How many people should the booking be for?", "How many are coming?"]),
         ("Thursday 17 December at 7pm.",
          ["Which day is the dinner?", "What date and time should I book?"]),
         ("The restaurant is Brasserie Lune.",
          ["Which restaurant should I book?", "Where do you want to have the dinner?"])])
settled("travel", "Book a rental car at Denver airport from Jan 9 to Jan 12.",
        "Q: What kind of car?\nA: a mid-size SUV.",
        [("A mid-size SUV.",
          ["What size of car do you want?", "Which car class should I book?"])],
        b("times", "missing", "Pick-up and drop-off times are not given.",
          "Pick up at 2pm on the 9th, return by 10am on the 12th.",
          "What time will you pick up the car?", "When on January 12 will you return it?"))
settled("travel", "Change my train tomorrow to a later one.",
        "Booking AX-2291: London Euston -> Manchester, 09:40, flexible.\nUser: 'anything after five pm, the first one.'",
        [("The first train after 5pm.",
          ["What time would you like the new train to leave?", "Which later train do you want?"])])
settled("travel", "Book parking at the airport.",
        "Trips: 9-12 Jan Boston Logan -> Denver; 2-4 Feb Providence -> Chicago.\n"
        "Q: Which trip?\nA: the Denver one, dropping the car at 6am on the 9th, back on the evening of the 12th.",
        [("Parking at Logan for the Denver trip.",
          ["Which airport do you need parking at?", "Is the parking for Logan or Providence?"]),
         ("From 6am on the 9th until the evening of the 12th.",
          ["Which days do you need parking?", "When will you drop off the car?"])])

settled("meetings", "Set up a meeting with Sam next week.",
        "Contacts: Sam Okafor (finance), Sam Lindqvist (design).\nQ: Which Sam?\nA: Okafor.\n"
        "Q: How long?\nA: half an hour.",
        [("Sam Okafor from finance.",
          ["Which Sam do you mean?", "Is this Sam from finance or Sam from design?"]),
         ("The meeting lasts 30 minutes.",
          ["How long should the meeting be?", "Should it be 30 minutes or an hour?"])],
        b("day", "missing", "Which day next week is not given.",
          "Wednesday afternoon.",
          "Which day next week works for you?", "What time should the meeting be?"))
settled("meetings", "Cancel the standup.",
        "Recurring 'Daily standup' Mon-Fri 09:30.\nUser: 'just tomorrow's, keep the series.'",
        [("Only tomorrow's occurrence is cancelled.",
          ["Should I cancel just the next standup or the whole series?", "Is this for one day or every day?"])])
settled("meetings", "Find a time for the design review with the whole team.",
        "Team 'Design': Mia, Jon, Kei, Sol.\nQ: How long?\nA: one hour.\nQ: When?\nA: any day next week.",
        [("One hour.",
          ["How long should the review be?", "How much time should I block?"]),
         ("Any day next week.",
          ["Which days should I look at?", "By when does the review need to happen?"]),
         ("'Whole team' is the Design team: Mia, Jon, Kei, Sol.",
          ["Who should be invited?", "Which people are on the team?"])])
settled("meetings", "Reschedule my meeting with Carla to when she's free.",
        "This week: Wed 'Budget review' (you, Carla); Fri 'Hiring sync' (you, Carla, Tom).\n"
        "User, earlier: 'the budget one can't happen Wednesday anymore.'",
        [("The meeting is the Wednesday budget review.",
          ["Which meeting with Carla?", "Is it Wednesday's meeting or Friday's?"])],
        b("range", "missing", "Which days are acceptable for the new time is not given.",
          "Any time this week.",
          "Which days can the meeting move to?", "By when should it happen?"))
settled("meetings", "Set a reminder for the dentist.",
        "Calendar: 'Dentist' Tue 15 Dec 08:30. Your default for appointments: remind me the evening before at 6pm.",
        [("Remind at 6pm the evening before.",
          ["When should the reminder go off?", "How long before the appointment should I remind you?"]),
         ("The appointment is Tuesday 15 December at 08:30.",
          ["When is the dentist appointment?", "Which dentist appointment do you mean?"])])
settled("meetings", "Invite the new hires to the onboarding session.",
        "Q: who are the new hires?\nA: the five who started on 1 December.\n"
        "Q: which session?\nA: the engineering one on the 10th.",
        [("The five people who started on 1 December.",
          ["Which people are the new hires?", "From which start date do people count as new?"]),
         ("The engineering onboarding on the 10th.",
          ["Which onboarding session?", "Should they go to the session on the 8th or the 10th?"])])
settled("meetings", "Get everyone together soon about the incident.",
        "Incident INC-4412. On call: Ravi, Gil. Commander: Ines.\nQ: Who's everyone?\nA: on-call plus Ines.",
        [("The attendees are Ravi, Gil and Ines.",
          ["Who should be at the incident meeting?", "Which people do you mean by everyone?"])],
        b("soon", "ambiguous", "'Soon' gives no date.",
          "By Friday.",
          "By when should the meeting happen?", "Which day should the meeting be?"))

settled("email", "Send the quarterly report to the team by Friday.",
        "Files: Q3_report_final.pdf, Q3_report_draft_v2.docx.\nQ: Which file?\nA: the final PDF.\n"
        "Q: Which team?\nA: sales-emea.",
        [("The file is Q3_report_final.pdf.",
          ["Which file is the quarterly report?", "Should I send the final PDF or the draft?"]),
         ("The team is the sales-emea list.",
          ["Which team should get it?", "Which mailing list should I use?"])])
settled("email", "Email the client about the delay.",
        "Projects delayed: Halden Foods website, Mirror Labs app.\nUser: 'It's Halden. New date is the 18th.'",
        [("The client is Halden Foods.",
          ["Which client should I email?", "Which project's delay is this about?"]),
         ("The new delivery date is 18 December.",
          ["What new delivery date should I give?", "When will the work be delivered?"])])
settled("email", "Tell everyone the office is closed on Monday.",
        "Q: who's everyone?\nA: Leeds office only.",
        [("The audience is the Leeds office.",
          ["Who should the message go to?", "Which office should I tell?"])],
        b("channel", "missing", "Email, Slack or both is not specified.",
          "Email only.",
          "Should this go out by email or on Slack?", "Which channel should I use?"))
settled("email", "Message the group chat that I'm running late.",
        "Group chats: Family, Five-a-side, Book club. Your calendar: 'Five-a-side football' 19:00 today. "
        "Maps: you arrive at 19:20.",
        [("The chat is Five-a-side.",
          ["Which group chat?", "Which chat should the message go to?"]),
         ("About 20 minutes late.",
          ["How late will you be?", "Should I give an arrival time?"])])
settled("email", "Set up an auto-reply while I'm away.",
        "Calendar: 'Holiday' 21 Dec - 4 Jan.\nQ: who covers for you?\nA: Marta.",
        [("Away 21 December to 4 January.",
          ["What dates will you be away?", "When should the auto-reply start?"]),
         ("Marta covers urgent matters.",
          ["Who should people contact while you're away?", "Should the reply name a colleague?"])])
settled("email", "Answer the customer who complained.",
        "Open complaints: #8812 K. Ansah (late delivery), #8815 L. Moreau (wrong size).\n"
        "User: 'do Ansah first.'",
        [("The complaint is #8812, Mr Ansah.",
          ["Which customer's complaint should I answer?", "Is this ticket 8812 or 8815?"])],
        b("remedy", "missing", "What the reply should offer is not given.",
          "Apologise and offer a 10% discount code.",
          "What should the reply offer the customer?", "Can I offer a refund or a discount?"))
settled("email", "Draft a follow-up to the recruiter.",
        "Inbox: Hannah Webb (Brightpath), Joel Marsh (Talentry).\nQ: which one?\nA: Hannah.\n"
        "Q: what should it ask?\nA: whether there's news on the second interview.",
        [("The recruiter is Hannah Webb at Brightpath.",
          ["Which recruiter?", "Who is the follow-up for?"]),
         ("It asks about news on the second interview.",
          ["What should the follow-up ask about?", "What is the point of the follow-up?"])])

settled("files", "Delete the old files.",
        "Q: Where?\nA: in ~/Downloads.\nQ: Old meaning?\nA: not touched in six months.",
        [("The folder is ~/Downloads.",
          ["Which folder should I delete old files from?", "Where are the files?"]),
         ("Old means not modified in the last six months.",
          ["How old does a file have to be?", "Older than what date?"])])
settled("files", "Rename the photos by date.",
        "Folder ~/Pictures/2026/: 612 IMG_xxxx.jpg.\nUser: 'use the date taken, and name them like "
        "2026-05-01_142233.jpg.'",
        [("Use the EXIF date taken.",
          ["Should I use the date taken or the modified date?", "Which date should the names use?"]),
         ("The pattern is YYYY-MM-DD_HHMMSS.jpg.",
          ["What naming pattern should the photos follow?", "What should a file name look like?"])],
        b("no_exif", "missing", "What to do with the 40 photos without EXIF data is not said.",
          "Leave them as they are.",
          "What should happen to the photos with no date taken?", "Should photos without EXIF data be skipped?"))
settled("files", "Merge the two customer spreadsheets into one.",
        "customers_old.xlsx and crm_2026.xlsx.\nQ: How do I match rows?\nA: by email.\n"
        "Q: If they disagree?\nA: trust crm_2026.",
        [("Match customers on email.",
          ["Which column should I use to match customers?", "How do I tell two rows are the same customer?"]),
         ("crm_2026.xlsx wins on conflicts.",
          ["When the files disagree, which one wins?", "Which spreadsheet takes priority?"])])
settled("files", "Back up my documents.",
        "Q: where to?\nA: the external drive called Passport.",
        [("The backup goes to the external drive 'Passport'.",
          ["Where should the backup be stored?", "Which drive should I back up to?"])],
        b("scope", "ambiguous", "Whether 'documents' is the Documents folder or all personal files is unclear.",
          "Just ~/Documents.",
          "Do you mean just the Documents folder?", "Which folders count as your documents?"))
settled("files", "Delete the duplicate images.",
        "User, earlier: 'By duplicates I mean byte-for-byte identical. Keep the oldest of each set.'",
        [("Duplicates are byte-identical files.",
          ["Do duplicates mean identical files or near-identical photos?", "How should I decide two images are duplicates?"]),
         ("Keep the oldest copy.",
          ["Which copy should I keep?", "Should I keep the first or the newest copy?"])])
settled("files", "Free up some disk space.",
        "Q: How much?\nA: 20 GB at least.",
        [("Free at least 20 GB.",
          ["How much space do you need to free?", "What amount are you aiming for?"])],
        b("allowed", "missing", "What may be deleted is not stated.",
          "Caches and Downloads, nothing in Documents.",
          "Which kinds of files am I allowed to delete?", "Are there folders I must not touch?"))

settled("deploy", "Deploy the latest version.",
        "Tags: v2.13.2, v2.14.0.\nQ: Where?\nA: staging.\nQ: Latest tag or main?\nA: the tag.",
        [("The environment is staging.",
          ["Which environment should I deploy to?", "Staging or production?"]),
         ("'Latest' is the newest tag, v2.14.0.",
          ["Do you mean the latest tag or the head of main?", "Which build is the latest?"])])
settled("deploy", "Scale up the API.",
        "Deployments: api (prod, 4 replicas), api (staging, 1).\nUser: 'prod, double it.'",
        [("Production.",
          ["Should I scale in production or staging?", "Which environment's API?"]),
         ("From 4 to 8 replicas.",
          ["How many replicas should the API run?", "By how much should I scale up?"])])
settled("deploy", "Restart the worker pods.",
        "Namespace prod: email-worker, report-worker.\nQ: which?\nA: email workers.",
        [("The email-worker deployment.",
          ["Which workers should I restart?", "Should I restart both worker deployments?"])],
        b("how", "missing", "Whether the restart must avoid downtime is not said.",
          "Rolling restart, one pod at a time.",
          "Should it be a rolling restart?", "Is a brief outage acceptable?"))
settled("deploy", "Turn on the new checkout feature flag.",
        "Rollout plan (approved): new_checkout in production at 10% of users.",
        [("Production.",
          ["In which environment should I turn it on?", "Is this for staging or production?"]),
         ("10% of users.",
          ["Should the flag be on for everyone or a percentage?", "What rollout percentage?"])])
settled("deploy", "Upgrade Postgres.",
        "Q: to what version?\nA: 16.",
        [("Target version 16.",
          ["Which Postgres version should I upgrade to?", "What version are we moving to?"])],
        b("window", "missing", "When the downtime can happen is not given.",
          "Sunday 02:00-04:00.",
          "When can the database be down?", "What maintenance window should I use?"))
settled("deploy", "Create an S3 bucket for the logs.",
        "Infra conventions: all buckets in eu-west-1; log buckets expire objects after 90 days.",
        [("Region eu-west-1.",
          ["Which region should the bucket be in?", "Where should the bucket be created?"]),
         ("Objects expire after 90 days.",
          ["How long should logs be kept?", "Should there be an expiry rule?"])])
settled("deploy", "Deploy the hotfix to production now.",
        "Change calendar: freeze 1-7 Dec (exceptions need CTO approval).\nCTO, in #ops at 09:12: "
        "'Approved: hotfix/PAY-310 may ship during the freeze.'",
        [("The CTO approved the hotfix as a freeze exception.",
          ["Is this hotfix approved as a freeze exception?", "Who approved deploying during the freeze?"])])

settled("payments", "Refund the customer.",
        "Q: which order?\nA: 55102.\nQ: full or partial?\nA: full.",
        [("The order is 55102.",
          ["Which customer or order should I refund?", "What's the order number?"]),
         ("A full refund.",
          ["Should it be full or partial?", "How much should I refund?"])])
settled("payments", "Pay the contractor's invoice.",
        "Open invoices: INV-0091 Kai Moreno; BI-17 Bea Ito.\nUser: 'Kai's one.'",
        [("Kai Moreno's INV-0091.",
          ["Which invoice should I pay?", "Which contractor should I pay?"])],
        b("account", "missing", "Which account to pay from is not given.",
          "The operating account.",
          "Which account should the payment come from?", "Should I pay from operating or the project account?"))
settled("payments", "Split the dinner bill with the others.",
        "Receipt: Tavola, 184.00 EUR.\nQ: even split?\nA: yes, evenly between Ana, Bo, Cy and me.",
        [("Split evenly.",
          ["Should the bill be split evenly or by what each ordered?", "How should it be divided?"]),
         ("With Ana, Bo and Cy.",
          ["Who should the bill be split with?", "Which people were at the dinner?"])])
settled("payments", "Set up a monthly transfer to savings.",
        "Q: how much?\nA: 400.",
        [("400 pounds a month.",
          ["How much should go to savings each month?", "What amount should the transfer be?"])],
        b("day", "missing", "The day of the month is not given.",
          "The 2nd, right after payday.",
          "On which day of the month should it run?", "When in the month should it happen?"))
settled("payments", "Issue refunds for everyone affected by the outage.",
        "Incident note: affected = failed orders between 14:00 and 16:30 on 1 Dec. "
        "Support lead: 'refund the delivery fee, not the whole order.'",
        [("Affected means a failed order between 14:00 and 16:30 on 1 Dec.",
          ["How do I decide which customers were affected?", "Which time window counts as the outage?"]),
         ("Refund only the delivery fee.",
          ["How much should each customer get back?", "Should I refund the full order?"])])
settled("payments", "Reimburse Ola for her travel expenses.",
        "Claim: train 84.00, hotel 212.00 (cap 150), meals 41.50.\nManager: 'cap the hotel at 150.'",
        [("The hotel is reimbursed up to the 150 cap.",
          ["Should I pay the hotel in full or cap it?", "How much of the hotel should be reimbursed?"])])

settled("general", "Order more coffee.",
        "Past orders: Hasbean Ethiopia 1kg, Hasbean Decaf 250g.\nQ: which?\nA: the Ethiopian, two bags.",
        [("The Ethiopian beans.",
          ["Which coffee should I order?", "Should I reorder the Ethiopian?"]),
         ("Two 1 kg bags.",
          ["How much coffee should I order?", "How many bags?"])])
settled("general", "Plan a week of dinners.",
        "Household notes: two adults, vegetarian, one nut allergy.",
        [("Vegetarian with a nut allergy.",
          ["Are there any dietary restrictions?", "Does anyone avoid meat?"]),
         ("For two adults.",
          ["How many people are the dinners for?", "How many servings should each recipe make?"])],
        b("budget", "missing", "The weekly food budget is not given.",
          "About 60 pounds.",
          "What's the budget for the week's food?", "How much should the groceries cost?"))
settled("general", "What's the weather going to be like?",
        "User location: Edinburgh. Earlier: 'I'm planning Saturday's hike.'",
        [("The place is Edinburgh.",
          ["For which city?", "Where do you want the forecast for?"]),
         ("The day is Saturday.",
          ["For which day?", "Do you want today's forecast or the weekend's?"])])
settled("general", "Buy a gift for Alex.",
        "Q: What's the occasion?\nA: Alex's housewarming; Alex loves cooking.",
        [("A housewarming gift; Alex likes cooking.",
          ["What is the gift for?", "What kind of things does Alex like?"])],
        b("budget", "missing", "The budget is not given.",
          "Around 50 pounds.",
          "How much should I spend on the gift?", "What's the budget?"))
settled("general", "Remind me to call mum.",
        "User: 'Sundays at six are best for her.'",
        [("Sunday at 6pm.",
          ["When should I remind you?", "What day and time should the reminder be?"])])
settled("general", "Book a haircut.",
        "History: Sharp & Co (Dom) 5 visits; Clip Joint 1.\nQ: where?\nA: the usual, with Dom.\n"
        "Q: when?\nA: Saturday morning.",
        [("Sharp & Co, with Dom.",
          ["Which barber?", "Should I book your usual place?"]),
         ("Saturday morning.",
          ["When would you like the haircut?", "Which day works for you?"])])

_add_more_questions()


# --- checks and output ---------------------------------------------------------------------------

_MULTI = re.compile(r"\band also\b|\?\s+\w", re.I)


def check(rows: list[dict], *, settled_file: bool = False) -> None:
    """Raise ValueError on a malformed row: the schema the test and the scorer rely on."""
    seen_ids: set[str] = set()
    seen_items: set[tuple[str, str | None]] = set()
    for r in rows:
        where = f"{r['id']}: "
        if r["id"] in seen_ids:
            raise ValueError(where + "duplicate id")
        seen_ids.add(r["id"])
        key = (r["text"], r["context"])
        if key in seen_items:
            raise ValueError(where + "duplicate (text, context)")
        seen_items.add(key)
        if r["domain"] not in DOMAINS:
            raise ValueError(where + f"unknown domain {r['domain']!r}")
        if not r["text"].strip() or (r["context"] is not None and not r["context"].strip()):
            raise ValueError(where + "empty text or context")
        if r["blocked"] != bool(r["blockers"]) or len(r["blockers"]) > 3:
            raise ValueError(where + "'blocked' must match 1-3 blockers")
        bids = [x["id"] for x in r["blockers"]]
        if len(bids) != len(set(bids)):
            raise ValueError(where + f"duplicate blocker ids {bids}")
        for x in r["blockers"]:
            if x["type"] not in TYPES or not x["description"].strip() or not x["resolution"].strip():
                raise ValueError(where + f"blocker {x['id']} needs a type, a description and a resolution")
            qs = x["example_questions"]
            if not 2 <= len(qs) <= 4 or any(not q.strip().endswith("?") or _MULTI.search(q) for q in qs):
                raise ValueError(where + f"blocker {x['id']}: 2-4 single questions ending in '?': {qs}")
        if settled_file:
            if not r["context"] or not r["settled"] or len(r["settled"]) != len(r["settled_questions"]):
                raise ValueError(where + "a settled item needs a context and settled points with questions")
            for qs in r["settled_questions"]:
                if not 1 <= len(qs) <= 4 or any(not q.strip().endswith("?") for q in qs):
                    raise ValueError(where + f"settled questions must end in '?': {qs}")


def write(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    blocked = sum(r["blocked"] for r in rows)
    n_blockers = sum(len(r["blockers"]) for r in rows)
    print(f"wrote {len(rows)} rows to {path.name}: {blocked} blocked ({n_blockers} blockers), "
          f"{len(rows) - blocked} with nothing open")
    print("  domains:", dict(Counter(r["domain"] for r in rows)))
    print("  types:", dict(Counter(x["type"] for r in rows for x in r["blockers"])))


def main() -> None:
    check(REQUESTS)
    check(SETTLED, settled_file=True)
    write(REQUESTS, HERE / "requests.jsonl")
    if SETTLED:
        write(SETTLED, HERE / "settled.jsonl")


if __name__ == "__main__":
    main()
