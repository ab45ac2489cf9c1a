"""Second validation set, written separately, never trained on.

Every item below was written by hand for evaluation only; no row here may be
copied into a training corpus (the trainer reads ``handwritten_*.jsonl``, so
this file's output is deliberately named ``validation_b.jsonl``).

Usage (from the repository root)::

    .venv/bin/python -m training.corpus.build_validation_b
    .venv/bin/python -m training.corpus.check_corpus training/corpus/validation_b.jsonl
"""

from __future__ import annotations

from pathlib import Path

from training.corpus._writer import Corpus

c = Corpus("vb", Path(__file__).with_name("validation_b.jsonl"))


def swap(text: str, old: str, new: str) -> str:
    """The bad side of a long pair: ``text`` with one hand-chosen phrase replaced (must occur once)."""
    if text.count(old) != 1:
        raise ValueError(f"phrase {old!r} must occur exactly once")
    return text.replace(old, new)


# ---------------------------------------------------------------- general assistant / information questions
def general() -> None:
    g = "general"
    c.ok(g, "What's the boiling point of water at sea level, in Fahrenheit?")
    c.ok(g, "give me any three ideas for a rainy afternoon with a six year old, nothing involving screens")
    c.ok(g, "how many tablespoons are in a quarter cup")
    c.ok(g, "Convert 72 kg to pounds and round to one decimal place.")
    c.ok(g, "Who wrote Middlemarch?")
    c.ok(g, "Explain the difference between a Roth IRA and a traditional IRA in plain language, one short paragraph each.")
    c.ok(g, "Suggest a funny name for my sourdough starter. Literally anything, surprise me.")
    c.ok(g, "Does Phoenix, Arizona observe daylight saving time?")
    c.ok(g, "Translate 'where is the train station?' into German and into Italian.")
    c.ok(g, "What is 15% of 240?")
    c.ok(g, "Summarise how photosynthesis works for a ten-year-old, three sentences max.")
    c.ok(g, "what does RSVP actually stand for, I always forget")
    c.ok(g, "I have chicken thighs, rice, a lemon and a bag of spinach. Give me one dinner idea I can make in about 40 minutes.")
    c.ok(g, "Which is bigger by land area, Texas or France?")
    c.ok(g, "hey can u tell me what day of the week july 4 1976 was")
    c.ok(g, "Recommend a few classic novels under 250 pages. Whatever you think is good, I'm not picky.")
    c.ok(g, "My flight lands at 2:10pm and I need 90 minutes to get from the airport to the venue. Can I make a 4pm start?")
    c.ok(g, "Is a tomato botanically a fruit or a vegetable?")
    c.ok(g, "Can you explain what a 401(k) employer match is, like I'm new to my first job?")
    c.ok(g, "Pick a random number between 1 and 50 for our raffle.")
    c.ok(g, "What's the square root of 1764?")
    c.ok(g, "Give me a packing list for a 3-day summer camping trip for two adults. Tent and sleeping bags we already have.")
    c.ok(g, "Quick one: how many ounces in a pound?")
    c.ok(g, "Please list the noble gases in order of atomic number.")

    c.blocked(g, "What's the population of Springfield?", "ambiguous", "ambiguous_entity", "Springfield",
              "Which Springfield do you mean: Springfield, Illinois, Springfield, Missouri, Springfield, Massachusetts, or another?",
              options=["Springfield, IL", "Springfield, MO", "Springfield, MA"])
    c.blocked(g, "Who is the current prime minister?", "missing", "missing_scope", "the current prime minister",
              "Which country's prime minister are you asking about?")
    c.blocked(g, "Find me the cheapest nonstop from Chicago O'Hare to Portland next Friday.", "ambiguous",
              "ambiguous_entity", "Portland", "Do you mean Portland, Oregon (PDX) or Portland, Maine (PWM)?",
              options=["Portland, OR (PDX)", "Portland, ME (PWM)"])
    c.blocked(g, "convert 500 to euros at today's rate", "missing", "missing_unit", "500",
              "Which currency is the 500 in: US dollars, British pounds, or something else?",
              options=["USD", "GBP", "other"])
    c.blocked(g, "whats the score in the rangers game rn", "ambiguous", "ambiguous_entity", "rangers",
              "Which Rangers do you mean: the Texas Rangers (MLB), the New York Rangers (NHL), or Rangers FC?",
              options=["Texas Rangers", "New York Rangers", "Rangers FC"])
    c.blocked(g, "Split the $186 dinner bill evenly and tell me what each person owes, with a 20% tip added on top.",
              "missing", "missing_count", "Split the $186 dinner bill evenly",
              "How many people are splitting the bill?")
    c.blocked(g, "Set an alarm so I get exactly eight hours of sleep. I'm going to bed at 11:30 and need to be up at 6:30.",
              "contradictory", "conflicting_numbers", "exactly eight hours of sleep",
              "11:30 to 6:30 is only seven hours; should the alarm be at 6:30, or at 7:30 for the full eight hours?",
              options=["6:30", "7:30"])
    c.blocked(g, "When did Dune come out?", "ambiguous", "ambiguous_entity", "Dune",
              "Do you mean Frank Herbert's novel, David Lynch's 1984 film, or Denis Villeneuve's film?",
              options=["the novel", "1984 film", "2021 film"])
    c.blocked(g, "How much income tax will I pay on a 90k salary?", "missing", "missing_jurisdiction", "income tax",
              "Which country (and state or region, if it matters there) are you taxed in?")
    c.blocked(g, "what's the weather looking like for the weekend", "missing", "missing_location", "the weather",
              "Which city or area should I check the weekend forecast for?")
    c.blocked(g, "Order 2 large pizzas so each of the 3 kids gets a whole pizza to themselves.", "contradictory",
              "conflicting_numbers", "2 large pizzas",
              "Three kids each getting a whole pizza needs three; should I order two or three?", options=["2", "3"])
    c.blocked(g, "Is the library open tomorrow?", "missing", "missing_referent", "the library",
              "Which library do you mean (its name or branch)?")
    c.blocked(g, "How long does it take to get from the airport to Victoria Station by public transport?", "ambiguous",
              "ambiguous_entity", "the airport",
              "Which London airport are you flying into: Heathrow, Gatwick, Stansted, Luton, or City?",
              options=["Heathrow", "Gatwick", "Stansted", "Luton", "City"])
    c.blocked(g, "What's a safe dose of ibuprofen to give him?", "missing", "missing_referent", "him",
              "How old is he, and if he's a child, roughly how much does he weigh?")
    c.blocked(g, "Remind me to water the plants every 3 days, so Mondays and Thursdays.", "contradictory",
              "conflicting_schedule", "every 3 days, so Mondays and Thursdays",
              "Mondays and Thursdays aren't every 3 days (there's a 4-day gap); do you want strictly every 3 days or those two weekdays?",
              options=["every 3 days", "Mon & Thu"])
    c.blocked(g, "Is the new Jordan out yet?", "ambiguous", "ambiguous_entity", "the new Jordan",
              "Do you mean a new Air Jordan sneaker release, or something else called Jordan (a book, album, film)?")
    c.blocked(g, "Pick up a birthday present for my niece, around $30.", "missing", "missing_detail", "my niece",
              "How old is your niece, and is there anything she's into?")
    c.blocked(g, "What time is the game on Sunday in my time zone?", "ambiguous", "ambiguous_entity", "the game",
              "Which game do you mean (teams or league), and what time zone are you in?")
    c.blocked(g, "Convert my recipe from 4 servings to 6 — it calls for 3 eggs, 200 g flour and a cup of milk, so I need 1.5x of everything for 8 people.",
              "contradictory", "conflicting_numbers", "1.5x of everything for 8 people",
              "Going from 4 to 6 servings is 1.5x but 8 people would be 2x; are you cooking for 6 or for 8?",
              options=["6 servings (1.5x)", "8 servings (2x)"])

    c.pair(g, "Put mom's birthday dinner in my calendar for Saturday, March 14, 2026 at 7pm.",
           "Put mom's birthday dinner in my calendar for Friday, March 14, 2026 at 7pm.",
           "contradictory", "date_weekday_mismatch", "Friday, March 14, 2026",
           "March 14, 2026 is a Saturday; should I book Saturday the 14th or Friday the 13th?",
           options=["Sat Mar 14", "Fri Mar 13"])
    c.pair(g, "What was the US CPI inflation rate for calendar year 2022?",
           "What was the inflation rate for 2022?", "missing", "missing_jurisdiction", "the inflation rate",
           "Which country or area's inflation do you want: the US, the UK, the euro area, or somewhere else?")
    c.pair(g, "Give me a few paragraphs on how the planet Mercury has been observed through history.",
           "Give me a few paragraphs on the history of Mercury.", "ambiguous", "ambiguous_entity", "Mercury",
           "Do you mean the planet, the chemical element, or the Roman god?",
           options=["planet", "element", "Roman god"])
    c.pair(g, "Book a table for four at Luigi's on Elm Street for 8pm tonight.",
           "Book a table at Luigi's on Elm Street for 8pm tonight.", "missing", "missing_count", "Book a table",
           "How many people should the reservation be for?")
    c.pair(g, "Who won the women's singles at Wimbledon in 2019?", "Who won Wimbledon in 2019?", "ambiguous",
           "ambiguous_scope", "won Wimbledon",
           "Do you mean the men's singles, the women's singles, or one of the doubles events?",
           options=["men's singles", "women's singles", "doubles"])
    c.pair(g, "Pick a restaurant near Union Square in San Francisco for Friday night, under $40 a head, any cuisine.",
           "Pick a restaurant near Union Square for Friday night, under $40 a head, any cuisine.", "ambiguous",
           "ambiguous_entity", "Union Square", "Union Square in San Francisco or in New York?",
           options=["San Francisco", "New York"])
    c.pair(g, "Remind me to take my pills every 8 hours starting at 7am, so 7am, 3pm and 11pm.",
           "Remind me to take my pills every 6 hours starting at 7am, so 7am, 3pm and 11pm.", "contradictory",
           "conflicting_schedule", "every 6 hours",
           "7am, 3pm and 11pm are 8 hours apart; should the reminders be every 6 hours or at those three times?")
    c.pair(g, "What time does the sun set in Reykjavik on June 21?", "What time does the sun set on June 21?",
           "missing", "missing_location", "sun set on June 21", "Which city or location should I give the sunset time for?")
    c.pair(g, "Find me a 2-bedroom rental in Austin under $2,000 a month that allows dogs.",
           "Find me a 2-bedroom rental in Austin under $2,000 a month that allows dogs, ideally 3 bedrooms.",
           "contradictory", "conflicting_requirement", "ideally 3 bedrooms",
           "Should I search for 2-bedroom places or 3-bedroom ones?", options=["2 bedrooms", "3 bedrooms"])
    c.pair(g, "How much is 200 US dollars in Canadian dollars today?", "How much is 200 dollars in pounds today?",
           "ambiguous", "ambiguous_unit", "200 dollars",
           "Which dollars: US, Canadian, Australian, or another?", options=["USD", "CAD", "AUD"])
    c.pair(g, "Which planet has the most moons as of the latest count, and how many?",
           "Which planet has the most moons, Jupiter's 79 or Saturn's? Use the 2019 numbers but give me today's answer.",
           "contradictory", "conflicting_timeframe", "Use the 2019 numbers but give me today's answer",
           "Do you want the 2019 counts or the current counts (they differ a lot)?",
           options=["2019 counts", "current counts"])
    c.pair(g, "Tell me when the next full moon is after today.",
           "Tell me when the next full moon is after the date on my ticket.", "missing", "missing_date",
           "the date on my ticket", "What date is on your ticket?")


# ---------------------------------------------------------------- writing tasks
def writing() -> None:
    w = "writing"
    c.ok(w, "Write a two-line birthday message for my coworker Dana. Warm but not cheesy.")
    c.ok(w, "Rewrite this to be more concise: 'Due to the fact that the meeting was delayed, we were not able to get through all of the items on the agenda.'")
    c.ok(w, "Give me five subject lines for a newsletter announcing our bakery's new gluten-free menu. Any tone is fine.")
    c.ok(w, "Write a haiku about a cat that ignores its owner.")
    c.ok(w, "can you proofread this, fix only the spelling: 'Thier going to recieve the pakage tomorow.'")
    c.ok(w, "Draft a polite email to my landlord saying the kitchen tap has been leaking since Monday and asking when someone can come and fix it. Sign it Priya, unit 4B.")
    c.ok(w, "Turn these notes into a short paragraph for a project update: API migration 80% done, blocked on auth team review, new ETA March 3.")
    c.ok(w, "Write a limerick about a programmer who forgot to save their work.")
    c.ok(w, "Make this more formal: 'hey, can't make it thurs, can we do next week instead?'")
    c.ok(w, "Write a 100-word product description for a plain white ceramic coffee mug, 12 oz, dishwasher and microwave safe.")
    c.ok(w, "Give me one catchy title for a blog post about learning to bake bread in winter.")
    c.ok(w, "Write a LinkedIn post, under 120 words, announcing that I've joined Northwind Logistics as a senior data analyst. Upbeat, no hashtags.")
    c.ok(w, "Summarize this in one sentence: 'The city council voted 7-2 on Tuesday to extend the downtown bike lane pilot for another year, citing a 30% drop in cyclist injuries, though two members argued it hurt local businesses.'")
    c.ok(w, "write me a short motivational quote for the gym wall, whatever comes to mind")
    c.ok(w, "Draft a two-sentence apology to a customer whose order #55120 shipped three days late; offer free shipping on their next order.")
    c.ok(w, "Please write an acrostic poem using the word SPRING.")
    c.ok(w, "Could you rephrase 'we regret to inform you that your application was unsuccessful' so it sounds kinder? Keep it one sentence.")
    c.ok(w, "Write a short, friendly Slack message reminding the team that timesheets are due Friday at noon.")

    c.blocked(w, "Write a cover letter for the job I sent you yesterday.", "missing", "missing_input",
              "the job I sent you yesterday",
              "I don't have the posting here; could you paste it, or tell me the role and company?")
    c.blocked(w, "Write a thank-you note to my aunt that mentions the gift by name.", "missing", "missing_fact",
              "mentions the gift by name", "What was the gift your aunt gave you?")
    c.blocked(w, "Write a 300-word intro for my blog post on home composting, and keep it under 150 words.",
              "contradictory", "conflicting_length", "keep it under 150 words",
              "Should the intro be about 300 words or under 150?", options=["~300 words", "under 150 words"])
    c.blocked(w, "Write my toast for my brother's wedding. Make sure to tell the story of how he met his wife, it's the best part.",
              "missing", "missing_fact", "the story of how he met his wife", "How did your brother and his wife meet?")
    c.blocked(w, "Draft an out-of-office reply that says when I'm back.", "missing", "missing_date", "when I'm back",
              "What date will you be back in the office?")
    c.blocked(w, "Write a formal complaint to Lufthansa about my lost suitcase, and quote the file reference the baggage desk gave me.",
              "missing", "missing_identifier", "the file reference the baggage desk gave me",
              "What is the file reference number from the baggage desk?")
    c.blocked(w, "write a product description for our new wireless earbuds in the same voice as our other listings",
              "missing", "missing_input", "the same voice as our other listings",
              "Could you share one or two of your existing listings so I can match the voice?")
    c.blocked(w, "Write a short bio for me in the third person, and make sure it's in first person so it sounds personal.",
              "contradictory", "conflicting_instruction", "make sure it's in first person",
              "Should the bio be written in the third person or the first person?", options=["third person", "first person"])
    c.blocked(w, "Reply to Mark's email and accept his offer.", "missing", "missing_input", "Mark's email",
              "Could you paste Mark's email so I know exactly which offer I'm accepting?")
    c.blocked(w, "Write a tweet announcing our spring sale: 40% off everything through Sunday. Make sure the tweet says 30%, that's the real discount.",
              "contradictory", "conflicting_numbers", "Make sure the tweet says 30%",
              "Is the sale discount 40% or 30%?", options=["40%", "30%"])
    c.blocked(w, "Write my acceptance speech for Friday's ceremony, about two minutes, thanking the people who made it possible.",
              "missing", "missing_fact", "thanking the people who made it possible",
              "What is the award, and who are the people you want to thank?")
    c.blocked(w, "Translate our FAQ page into Portuguese.", "ambiguous", "ambiguous_variant", "Portuguese",
              "Brazilian or European Portuguese?", options=["Brazilian", "European"])
    c.blocked(w, "Write the invitation for Leo's 7th birthday party at our place, 2 to 4pm, pizza and a bouncy castle, and put the date in big letters.",
              "missing", "missing_date", "put the date in big letters", "What date is Leo's party?")
    c.blocked(w, "Draft a resignation letter giving two weeks' notice, with my last day being this Friday.",
              "contradictory", "conflicting_dates", "my last day being this Friday",
              "Two weeks' notice and a last day this Friday don't match; which should the letter state?",
              options=["two weeks from today", "this Friday"])
    c.blocked(w, "Can you make the intro of my essay punchier?", "missing", "missing_input", "the intro of my essay",
              "Could you paste the intro you'd like me to rework?")
    c.blocked(w, "Write a limerick for my boss's retirement card that works in her nickname.", "missing", "missing_fact",
              "her nickname", "What is your boss's nickname?")
    c.blocked(w, "Write a short story for kids that's under 500 words and has at least ten chapters of roughly 200 words each.",
              "contradictory", "conflicting_length", "at least ten chapters of roughly 200 words each",
              "Ten 200-word chapters is about 2,000 words; should it be under 500 words or ten chapters?")

    c.pair(w, "Write an email to the team saying the offsite moves from Thursday the 12th to Friday the 13th.",
           "Write an email to the team saying the offsite moves from Thursday the 12th to Friday the 12th.",
           "contradictory", "date_weekday_mismatch", "Friday the 12th",
           "Should the new date be Friday the 13th, or did you mean a different day?")
    c.pair(w, "Write a toast for my sister Ana's 40th, mentioning her love of marathon running and her two dogs, Pip and Moss.",
           "Write a toast for my sister's 40th, mention her love of marathon running and use her name a couple of times.",
           "missing", "missing_fact", "use her name", "What is your sister's name?")
    c.pair(w, "Write a job ad for a part-time barista, 20 hours a week, $18 an hour, at our Elm Street café.",
           "Write a job ad for a part-time barista, 40 hours a week, $18 an hour, at our Elm Street café.",
           "contradictory", "conflicting_requirement", "part-time barista, 40 hours a week",
           "40 hours a week is full-time; is the role part-time (how many hours?) or full-time?")
    c.pair(w, "Rewrite this for a general audience: 'Myocardial infarction occurs when coronary perfusion is interrupted, leading to ischemic necrosis of cardiac tissue.'",
           "Rewrite the paragraph I highlighted for a general audience.", "missing", "missing_input",
           "the paragraph I highlighted", "I can't see the highlight; could you paste the paragraph?")
    c.pair(w, "Write a short poem for my daughter's graduation card. Any style is fine.",
           "Write a short poem for my daughter's graduation card in the style she likes.", "missing", "missing_preference",
           "the style she likes", "What style does she like: rhyming, free verse, funny, something else?")
    c.pair(w, "Draft a reminder to customers that invoices are due within 30 days, so by April 30 for invoices dated March 31.",
           "Draft a reminder to customers that invoices are due within 30 days, so by April 15 for invoices dated March 31.",
           "contradictory", "conflicting_dates", "by April 15",
           "30 days from March 31 is April 30; is the due date April 30 or April 15?", options=["April 30", "April 15"])
    c.pair(w, "Write a formal letter to the council objecting to planning application 24/0311/FUL at 14 Birch Road because it would block light to our garden.",
           "Write a formal letter to the council objecting to the planning application next door because it would block light to our garden. Quote the application reference.",
           "missing", "missing_identifier", "Quote the application reference", "What is the planning application reference number?")
    c.pair(w, "Write a 3-sentence speaker bio: Lena Ortiz, staff engineer at Quarry, works on database replication, talk is 'Lag Is a Feature'.",
           "Write a 3-sentence speaker bio: Lena Ortiz, staff engineer at Quarry, works on database replication. Include the title of my talk.",
           "missing", "missing_fact", "Include the title of my talk", "What is the title of your talk?")
    c.pair(w, "Make this sentence sound friendlier: 'Your request has been denied.'",
           "Make this sentence sound friendlier without changing a single word: 'Your request has been denied.'",
           "contradictory", "conflicting_instruction", "without changing a single word",
           "Can I change the wording, or should only punctuation and formatting change?")
    c.pair(w, "Write alt text for a product photo: a red canvas backpack with two side pockets on a white background.",
           "Write alt text for the product photo.", "missing", "missing_input", "the product photo",
           "I can't see the photo; could you describe what it shows?")
    c.pair(w, "Write a 150-word welcome email for new members of our hiking club. Mention the Saturday 8am meetup at the Pine Ridge trailhead.",
           "Write a 150-word welcome email for new members of our hiking club. Mention the Saturday 8am meetup at the usual spot.",
           "missing", "missing_location", "the usual spot", "Where is the usual meetup spot?")
    c.pair(w, "Write a product review reply thanking the customer for 5 stars and mentioning we've added the larger size they asked for.",
           "Write a product review reply thanking the customer for 5 stars and apologizing for the bad experience they described.",
           "missing", "missing_input", "apologizing for the bad experience they described",
           "Could you paste the review, so I know what experience the customer described?")
    c.pair(w, "Write a short speech for Coach Ramirez's retirement party, 2 minutes, about her 25 years coaching girls' soccer.",
           "Write a short speech for the coach's retirement party, 2 minutes, about their years coaching.",
           "missing", "missing_fact", "the coach's retirement party",
           "Could you tell me the coach's name, what they coached, and for how long?")
    c.pair(w, "Translate our menu into French for the Montreal location: grilled salmon with dill butter; mushroom risotto; lemon tart with whipped cream.",
           "Translate our menu into French for the Montreal location.", "missing", "missing_input", "our menu",
           "Could you paste the menu text you want translated?")


# ---------------------------------------------------------------- coding: function specs with examples
def coding() -> None:
    k = "coding"
    c.ok(k, "Write a Python function `slugify(title)` that lowercases the string, replaces each run of non-alphanumeric characters with a single hyphen, and strips leading/trailing hyphens. slugify('Hello, World!') -> 'hello-world'.")
    c.ok(k, "JS function that counts vowels (a, e, i, o, u, case-insensitive) in a string. countVowels('Banana') should be 3.")
    c.ok(k, "Python: `chunk(lst, n)` splits a list into consecutive chunks of size n; the last chunk may be shorter. chunk([1, 2, 3, 4, 5], 2) gives three lists: [1, 2], [3, 4] and [5].")
    c.ok(k, "Write `is_leap(year)` with the Gregorian rules. is_leap(1900) is False, is_leap(2000) is True, is_leap(2023) is False.")
    c.ok(k, "write a go func that reverses a slice of ints in place")
    c.ok(k, "Implement `median(nums)` for a non-empty list of numbers; for an even count return the mean of the two middle values. median([3,1,2]) == 2, median([4,1,2,3]) == 2.5.")
    c.ok(k, "TypeScript: a generic `debounce(fn, ms)` that waits until ms milliseconds have passed without another call before calling fn with the latest arguments.")
    c.ok(k, "Regex for US ZIP codes: 5 digits, optionally followed by a hyphen and 4 more digits, anchored to the whole string.")
    c.ok(k, "Write `flatten(d)` for nested dicts, joining keys with dots: flatten({'a': {'b': 1}, 'c': 2}) == {'a.b': 1, 'c': 2}. Lists are leaf values; don't descend into them.")
    c.ok(k, "bash one-liner: total number of lines across all .py files under the current directory, recursively")
    c.ok(k, "Python: group a list of words by first letter into a dict of lists, keeping the original order inside each group. Case-sensitive is fine.")
    c.ok(k, "Write `dedupe(rows, key)` that keeps the first dict for each value of rows[i][key] and preserves order.")
    c.ok(k, "Implement run-length encoding: rle('aaabcc') == '3a1b2c', rle('') == ''. Input is lowercase letters only.")
    c.ok(k, "Write a Rust function that returns the largest element of a `&[i32]` as `Option<i32>`, None for an empty slice.")
    c.ok(k, "Give me a Python generator that yields the lines of a text file with trailing newlines stripped, skipping blank lines.")
    c.ok(k, "Write a SQL-free Python helper `to_snake(name)`: to_snake('userId') == 'user_id', to_snake('HTTPServer') == 'http_server', to_snake('already_snake') == 'already_snake'.")
    c.ok(k, "In Java, write a method that returns true if two strings are anagrams of each other, ignoring case. Spaces count as characters.")
    c.ok(k, "any sorting algorithm is fine, just implement one by hand in C for an int array, no qsort")

    c.blocked(k, "Write `round_half(x)` that rounds to the nearest 0.5. round_half(1.2) -> 1.0, round_half(1.3) -> 1.5, round_half(1.74) -> 2.0.",
              "contradictory", "example_contradicts_spec", "round_half(1.74) -> 2.0",
              "1.74 is nearer 1.5 than 2.0; should it round to the nearest half (1.5), or is there a different rule such as always rounding up?")
    c.blocked(k, "Write a function that validates passwords according to our policy.", "missing", "missing_spec", "our policy",
              "What are the rules of your password policy (minimum length, required character types, anything banned)?")
    c.blocked(k, "`top_k(nums, k)` returns the k largest values in descending order, e.g. top_k([5, 1, 9, 3], 2) == [5, 9].",
              "contradictory", "example_contradicts_spec", "top_k([5, 1, 9, 3], 2) == [5, 9]",
              "The example is in ascending order but the description says descending; which order should top_k return?",
              options=["descending [9, 5]", "ascending [5, 9]"])
    c.blocked(k, "Write a function `convert(t)` that converts a temperature.", "ambiguous", "ambiguous_direction",
              "converts a temperature",
              "Which direction: Celsius to Fahrenheit, Fahrenheit to Celsius, or either with a unit argument?")
    c.blocked(k, "Implement `business_days(start, end)` that counts the business days between two dates, excluding holidays.",
              "missing", "missing_spec", "excluding holidays",
              "Which holiday calendar should I use (e.g., US federal, UK bank holidays) or will you pass a list in?")
    c.blocked(k, "Write `normalize_phone(s)` that returns E.164 format. Our numbers come from all over the place and most have no country code.",
              "missing", "missing_default", "most have no country code",
              "Which country code should be assumed for numbers without one, or should those be rejected?")
    c.blocked(k, "`percent_change(old, new)` returns the signed percentage change: percent_change(50, 75) == 50.0 and percent_change(80, 60) == 25.0.",
              "contradictory", "example_contradicts_spec", "percent_change(80, 60) == 25.0",
              "A signed change from 80 to 60 is -25.0; should decreases be negative, or do you want the absolute value?")
    c.blocked(k, "Write a function that sorts users by name; each user is a dict like {'first': 'Ada', 'last': 'Lovelace'}.",
              "ambiguous", "ambiguous_field", "sorts users by name",
              "Should it sort by last name (then first name) or by first name?", options=["last, first", "first name"])
    c.blocked(k, "`truncate(s, n)` shortens s to at most n characters and appends '...' when it cuts; truncate('hello world', 5) == 'hello...'.",
              "contradictory", "example_contradicts_spec", "truncate('hello world', 5) == 'hello...'",
              "Should the '...' count toward the n-character limit (giving 'he...') or be added on top (giving 'hello...')?")
    c.blocked(k, "Write a Python function that parses dates like '03/04/2025' from our vendor files into datetime objects.",
              "ambiguous", "ambiguous_format", "'03/04/2025'",
              "Is '03/04/2025' March 4 (month first) or 3 April (day first)?", options=["MM/DD/YYYY", "DD/MM/YYYY"])
    c.blocked(k, "write a function that calculates shipping cost using the rate table from the spec doc", "missing",
              "missing_spec", "the rate table from the spec doc",
              "Could you paste the rate table (weight or zone bands and their prices)?")
    c.blocked(k, "`count_words(s)` counts whitespace-separated words: count_words('  the cat  sat ') == 3, count_words('') == 0, count_words('well-known fact') == 3.",
              "contradictory", "example_contradicts_spec", "count_words('well-known fact') == 3",
              "Splitting on whitespace gives 2 for 'well-known fact'; should hyphens also split words?")
    c.blocked(k, "Write `mask_card(num)` that shows only the last 4 digits and replaces the rest with '*', and also keeps the first 6 digits visible.",
              "contradictory", "conflicting_requirement", "also keeps the first 6 digits visible",
              "Should only the last 4 digits be visible, or the first 6 and the last 4?")
    c.blocked(k, "Write a function that returns the discount for a customer based on their tier.", "missing", "missing_spec",
              "based on their tier", "What tiers exist and what discount does each one get?")
    c.blocked(k, "Implement `score(word)` for our word game, points per letter like the board game.", "ambiguous",
              "ambiguous_reference", "like the board game",
              "Which game's letter values do you mean (e.g., Scrabble English values, or another game)?")
    c.blocked(k, "Write `age(birthdate)` returning age in whole years as of today. age(date(2000, 6, 15)) should be 24 on 2025-06-15.",
              "contradictory", "example_contradicts_spec", "should be 24 on 2025-06-15",
              "Someone born 2000-06-15 turns 25 on 2025-06-15; should the birthday itself count (25), or is the example intended (24)?")
    c.blocked(k, "Write a helper that converts our internal status codes to the labels the frontend shows.", "missing",
              "missing_mapping", "the labels the frontend shows",
              "What is the mapping from each internal status code to its frontend label?")

    c.pair(k, "Write `clamp(x, lo, hi)` returning x limited to [lo, hi]. clamp(5, 0, 3) == 3, clamp(-1, 0, 3) == 0.",
           "Write `clamp(x, lo, hi)` returning x limited to [lo, hi]. clamp(5, 0, 3) == 3, clamp(-1, 0, 3) == -1.",
           "contradictory", "example_contradicts_spec", "clamp(-1, 0, 3) == -1",
           "Clamping -1 to [0, 3] gives 0; is the example a typo, or should values below lo pass through?")
    c.pair(k, "Write `parse_duration(s)` turning strings like '1h30m', '45m', '2h' into total minutes as an int. parse_duration('1h30m') == 90.",
           "Write `parse_duration(s)` turning strings like '1h30m', '45m', '2h' into a number for our timeout setting.",
           "missing", "missing_unit", "into a number for our timeout setting",
           "What unit does the timeout setting expect: seconds, minutes, or milliseconds?",
           options=["seconds", "minutes", "milliseconds"])
    c.pair(k, "Python: `second_largest(nums)` returns the second largest distinct value; second_largest([4, 4, 2]) == 2.",
           "Python: `second_largest(nums)` returns the second largest value; second_largest([4, 4, 2]) == 2 and second_largest([7, 7, 1]) == 7.",
           "contradictory", "inconsistent_examples", "second_largest([7, 7, 1]) == 7",
           "The two examples treat duplicates differently; should repeated values count (giving 4 and 7) or be skipped (giving 2 and 1)?")
    c.pair(k, "Write `is_pal(s)` returning True if s is a palindrome, ignoring case, spaces and punctuation.",
           "Write `is_pal(s)` returning True if s is a palindrome. is_pal('Racecar') should be True and is_pal('Noon') should be False.",
           "contradictory", "inconsistent_examples", "is_pal('Noon') should be False",
           "'Racecar' passing suggests case is ignored but 'Noon' failing suggests it isn't; should the check be case-insensitive?")
    c.pair(k, "Write a Python function that reads a CSV file and returns the rows as a list of dicts, using the header row as keys.",
           "Write a Python function that reads our nightly export and returns the rows as a list of dicts.",
           "missing", "missing_format", "our nightly export",
           "What format is the nightly export in: CSV with a header row, JSON lines, Excel, or something else?")
    c.pair(k, "Write `weekday_name(d)` returning the English weekday name for a date: weekday_name(date(2024, 1, 1)) == 'Monday'.",
           "Write `weekday_name(d)` returning the English weekday name for a date: weekday_name(date(2024, 1, 1)) == 'Sunday'.",
           "contradictory", "example_contradicts_spec", "weekday_name(date(2024, 1, 1)) == 'Sunday'",
           "January 1, 2024 was a Monday; is the example a typo, or do you need some shifted week definition?")
    c.pair(k, "Write `avg_rating(reviews)` returning the mean of each review's 'stars' field, rounded to 1 decimal; reviews look like {'stars': 4, 'text': '...'}.",
           "Write `avg_rating(reviews)` returning the mean rating rounded to 1 decimal; reviews look like {'stars': 4, 'score': 8.5, 'text': '...'}.",
           "ambiguous", "ambiguous_field", "{'stars': 4, 'score': 8.5, 'text': '...'}",
           "Should the average use the 'stars' field or the 'score' field?", options=["stars", "score"])
    c.pair(k, "Implement `fib(n)` with fib(0) == 0, fib(1) == 1 and fib(10) == 55.",
           "Implement `fib(n)` with fib(0) == 0, fib(1) == 1 and fib(10) == 89.",
           "contradictory", "example_contradicts_spec", "fib(10) == 89",
           "With fib(0)=0 and fib(1)=1, fib(10) is 55 (89 is fib(11)); which one is right?")
    c.pair(k, "JS: titleCase(s) capitalizes the first letter of every word. titleCase('the quick fox') === 'The Quick Fox'.",
           "JS: titleCase(s) capitalizes the first letter of every word except the short ones. titleCase('war of the worlds') should follow that rule.",
           "missing", "undefined_threshold", "except the short ones",
           "Which words count as short: a fixed list like 'a, an, the, of', or any word under a certain length?")
    c.pair(k, "Write `is_valid_username(s)`: 3 to 16 characters, only letters, digits and underscores, must start with a letter.",
           "Write `is_valid_username(s)`: 3 to 16 characters, only letters, digits and underscores, must start with a letter; is_valid_username('_admin') should return True.",
           "contradictory", "example_contradicts_spec", "is_valid_username('_admin') should return True",
           "'_admin' starts with an underscore; may usernames start with an underscore, or only with a letter?")
    c.pair(k, "Write `retry(fn, attempts=3)` that calls fn up to 3 times in total, sleeping 1s and then 2s between attempts, and re-raises the last exception.",
           "Write `retry(fn, attempts=3)` that calls fn up to 3 times in total, sleeping 1s, 2s, 4s and then 8s between attempts, and re-raises the last exception.",
           "contradictory", "conflicting_numbers", "1s, 2s, 4s and then 8s",
           "Four waits means five attempts; should there be 3 attempts in total or 5?", options=["3 attempts", "5 attempts"])
    c.pair(k, "Write `cents_to_str(c)`: cents_to_str(1234) == '$12.34' and cents_to_str(5) == '$0.05'.",
           "Write `cents_to_str(c)`: cents_to_str(1234) == '$12.34' and cents_to_str(5) == '$0.5'.",
           "contradictory", "inconsistent_examples", "cents_to_str(5) == '$0.5'",
           "Should 5 cents print as '$0.05' (two decimals like the first example) or '$0.5'?")
    c.pair(k, "Write `split_name(full)` returning (first, last) where the last whitespace-separated token is the last name: split_name('Mary Ann Lee') == ('Mary Ann', 'Lee').",
           "Write `split_name(full)` returning (first, last): split_name('Mary Ann Lee') == ('Mary', 'Ann Lee') and split_name('John Paul Jones') == ('John Paul', 'Jones').",
           "contradictory", "inconsistent_examples", "split_name('John Paul Jones') == ('John Paul', 'Jones')",
           "The examples split three-word names differently; should the middle word go with the first name or the last name?")
    c.pair(k, "Write a Python function that returns the number of days between two ISO date strings, end minus start, so ('2025-01-01', '2025-01-31') gives 30.",
           "Write a Python function that returns the number of days between two ISO date strings, counting both ends, so ('2025-01-01', '2025-01-31') gives 30.",
           "contradictory", "example_contradicts_spec", "counting both ends",
           "Counting both ends gives 31 for that example; should the count be inclusive (31) or a plain difference (30)?")
    c.pair(k, "Write `bucket_age(age)` returning '0-17', '18-64' or '65+'.",
           "Write `bucket_age(age)` returning the age bracket we use in the marketing dashboard.",
           "missing", "missing_spec", "the age bracket we use in the marketing dashboard",
           "What are the age brackets in the marketing dashboard (their boundaries and labels)?")


# ---------------------------------------------------------------- bug reports
def bugs() -> None:
    k = "coding"
    c.ok(k, "Flask app returns 500 on /login. Traceback ends in `KeyError: 'SECRET_KEY'` at `app.secret_key = os.environ['SECRET_KEY']`; the var isn't set in the new Docker image. Make dev read it from .env and make prod fail at startup with a clear message.")
    c.ok(k, "This loop skips some elements, why? `for x in items:\n    if x < 0:\n        items.remove(x)`  I want every negative number removed.")
    c.ok(k, "My React component re-renders forever: `useEffect(() => { setCount(count + 1) })`. I only want it to run once on mount.")
    c.ok(k, "`TypeError: can only concatenate str (not \"int\") to str` on `print('Total: ' + total)`, total is an int. fix pls")
    c.ok(k, "pandas `df.groupby('region').sum()` is choking on my text column 'notes'. I just want sums of the numeric columns per region, notes can be ignored. What's the right call?")
    c.ok(k, "Off-by-one: `for i in range(1, len(arr)): total += arr[i]` is missing the first element. Correct it.")
    c.ok(k, "I checked out a tag, made two commits and git says detached HEAD. How do I get those commits onto a new branch called hotfix-2?")
    c.ok(k, "We store `datetime.now()` into a Postgres timestamptz column and the values come back 5 hours off. Server is in America/New_York. Change the Python side so we store timezone-aware UTC datetimes.")
    c.ok(k, "npm install fails with ERESOLVE: react-datepicker@4.8 has a peer dependency on react ^16 || ^17 and we're on react 18.2. What are my options?")
    c.ok(k, "Java: `if (name == \"admin\")` is false even when name is \"admin\" read from a form. Why, and what's the fix?")
    c.ok(k, "SQLAlchemy raises DetachedInstanceError when my Jinja template touches `order.items` after the session closed. Eager-load items in the query so the template works.")
    c.ok(k, "Our Python script crashes with `UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9` reading a CSV exported from old Excel. The file is Windows-1252. Fix the open() call.")

    c.blocked(k, "The app crashes sometimes. Can you fix it?", "missing", "missing_error", "The app crashes sometimes",
              "What error message or stack trace do you see when it crashes?")
    c.blocked(k, "The export button generates the wrong file. Please fix the export so it's correct.", "missing",
              "missing_expected_behavior", "the wrong file",
              "What's wrong with the exported file, and what should it contain instead?")
    c.blocked(k, "After the upgrade, CSV import got slow: it used to take 2 seconds and now takes 2 seconds. Please profile it.",
              "contradictory", "conflicting_numbers", "now takes 2 seconds",
              "You gave 2 seconds for both before and after; how long does the import take now?")
    c.blocked(k, "Invoice totals are off by a cent on some orders. Fix the rounding to match what accounting expects.",
              "missing", "missing_spec", "what accounting expects",
              "Which rounding rule does accounting use: round each line then sum, round only the final total, or banker's rounding?")
    c.blocked(k, "Tests pass locally but fail in CI with the same error I pasted earlier, can you take a look", "missing",
              "missing_input", "the same error I pasted earlier", "I don't have that error here; could you paste the CI output?")
    c.blocked(k, "The FREESHIP code should give free shipping only on orders over $50, and it should also apply to every order regardless of total. Right now it does neither. Fix the check.",
              "contradictory", "conflicting_requirement", "it should also apply to every order regardless of total",
              "Should FREESHIP require an order over $50, or apply to every order?", options=["over $50 only", "every order"])
    c.blocked(k, "Search returns too many results since my change to the query builder. Tighten it up?", "missing",
              "missing_expected_behavior", "Tighten it up",
              "Which results shouldn't be showing up; could you give an example query and what you expected it to return?")
    c.blocked(k, "Fix the flaky test.", "missing", "missing_referent", "the flaky test",
              "Which test is flaky (its name or file)?")
    c.blocked(k, "The nightly job has to finish before the 6am report. It starts at 5:30 and takes 45 minutes. Make it finish by 6:00, but don't touch the start time or the job itself.",
              "contradictory", "conflicting_constraint", "don't touch the start time or the job itself",
              "Finishing by 6:00 needs either an earlier start or a faster job; which of the two may I change?")
    c.blocked(k, "Users say the app logs them out too often. Change the session timeout to the value security approved.",
              "missing", "missing_value", "the value security approved", "What session timeout did security approve?")
    c.blocked(k, "After yesterday's deploy the dashboard shows the wrong numbers. Fix whichever query is causing it.",
              "missing", "missing_expected_behavior", "the wrong numbers",
              "Which dashboard numbers look wrong, and what values did you expect?")
    c.blocked(k, "Our retry logic hammers the API: it retries immediately 5 times. Make it back off exponentially, keep it at 5 retries, and make sure the whole thing gives up within 2 seconds starting with a 1-second delay.",
              "contradictory", "conflicting_numbers", "gives up within 2 seconds starting with a 1-second delay",
              "Five exponential retries starting at 1s take over 30s; should I keep 5 retries, the 1s first delay, or the 2-second cap?")

    c.pair(k, "The upload progress bar shows 100% before the upload is done. Cap it at 99% until the server responds 200, then show 100%.",
           "The upload progress bar shows 100% before the upload is done. Cap it at 99% until the server responds, and show 100% as soon as the last byte is sent.",
           "contradictory", "conflicting_requirement", "show 100% as soon as the last byte is sent",
           "Should 100% appear when the last byte is sent, or only after the server responds?")
    c.pair(k, "Sorting bug: the Quantity column sorts '10' before '9' because the values are strings. Make Quantity sort numerically.",
           "Sorting bug: one of the columns sorts '10' before '9' because the values are strings. Make that column sort numerically.",
           "missing", "missing_referent", "one of the columns",
           "Which column sorts incorrectly (Quantity, Price, something else)?")
    c.pair(k, "Django: `Order.objects.filter(created__date=today)` misses orders placed after 7pm. USE_TZ=True, TIME_ZONE='America/Chicago'. Make 'today' mean the Chicago calendar day.",
           "Django: `Order.objects.filter(created__date=today)` misses orders placed late in the evening. USE_TZ=True. Make 'today' mean the customer's local day; we don't store customer time zones yet.",
           "missing", "missing_data", "we don't store customer time zones yet",
           "Without stored time zones, whose day should 'today' be: the store's time zone, an offset sent by the browser, or UTC?")
    c.pair(k, "Our cron line `0 2 * * *` runs at 2am UTC but we want 2am New York time, including across daylight saving. Host clock is UTC.",
           "Our cron line `0 2 * * *` runs at the wrong time. Host clock is UTC. Make it run at 2am local.",
           "missing", "missing_timezone", "2am local", "Which time zone is 'local' (e.g., America/New_York, Europe/London)?")
    c.pair(k, "API returns dates like '2024-03-05' and the mobile app shows 'Mar 4'. It parses with `new Date(s)` on phones in US Pacific. Make the app show the same calendar date the API sent.",
           "API returns dates like '2024-03-05' and the mobile app shows 'Mar 6'. It parses with `new Date(s)` on phones in US Pacific, which is why it's a day behind. Fix it.",
           "contradictory", "conflicting_report", "'Mar 6'",
           "Mar 6 would be a day ahead, not behind; which date does the app actually show?", options=["Mar 4", "Mar 6"])
    c.pair(k, "N+1 in this view: `for a in Author.objects.all(): print(a.name, a.books.count())`. Get the counts in one query with annotate.",
           "N+1 in this view: `for a in Author.objects.all(): print(a.name, a.books.count())`. Get it down to one query but don't change the ORM calls.",
           "contradictory", "conflicting_constraint", "don't change the ORM calls",
           "Removing the N+1 requires changing the query (annotate or prefetch_related); may I change it?")
    c.pair(k, "Login works in Chrome, but in Safari the session cookie never comes back. It's set with `SameSite=None` and no `Secure` flag, site is HTTPS only. Fix the cookie settings.",
           "Login works in Chrome, but in Safari the session cookie never comes back. Fix the cookie settings, the response headers are attached.",
           "missing", "missing_input", "the response headers are attached",
           "The attachment didn't come through; could you paste the Set-Cookie header from the login response?")
    c.pair(k, "`avg = total / count` divides by zero for customers with no orders. Return 0 for them.",
           "`avg = total / count` divides by zero for customers with no orders. Return whatever finance wants for them.",
           "missing", "missing_value", "whatever finance wants",
           "What should those customers get: 0, null/blank, or should they be left out of the report?")
    c.pair(k, "The CSV export writes dates as 2025-03-07T00:00:00. Change it to write just the date, 2025-03-07.",
           "The CSV export writes dates as 2025-03-07T00:00:00. Change it to the format the client asked for.",
           "missing", "missing_spec", "the format the client asked for", "What date format did the client ask for?")
    c.pair(k, "Memory grows without bound in our worker: the `_cache` dict in `pricing.py` never evicts. Replace it with an LRU of at most 10,000 entries.",
           "Memory grows without bound in our worker: the `_cache` dict in `pricing.py` never evicts. Replace it with an LRU that never drops an entry.",
           "contradictory", "conflicting_requirement", "an LRU that never drops an entry",
           "An LRU bounds memory by evicting entries; may it evict (and at what size), or must every entry be kept?")


# ---------------------------------------------------------------- SQL / data analysis over a schema
SHOP = """Tables:
customers(id, name, email, country, created_at)
orders(id, customer_id, order_date, ship_date, status, total_amount, discount_amount)
order_items(order_id, product_id, quantity, unit_price)
products(id, name, category, list_price, cost_price)
orders.status is one of 'pending', 'shipped', 'delivered', 'cancelled', 'refunded'."""

HR = """Postgres schema hr:
employees(emp_id, first_name, last_name, dept_id, hire_date, termination_date, base_salary, bonus)
departments(dept_id, dept_name, manager_emp_id)
salary_history(emp_id, effective_date, base_salary)"""

APP = """-- product analytics (BigQuery)
users(user_id STRING, signup_date DATE, plan STRING, country STRING, last_login_at TIMESTAMP)
events(event_id STRING, user_id STRING, event_type STRING, event_ts TIMESTAMP)
subscriptions(sub_id STRING, user_id STRING, started_at TIMESTAMP, cancelled_at TIMESTAMP, mrr_usd NUMERIC)"""

SUPPORT = """tickets(ticket_id, opened_at, first_response_at, resolved_at, closed_at, priority, agent_id, csat_score)
agents(agent_id, name, team)
priority is 'P1'..'P4'; csat_score is 1-5 or NULL."""


def sql() -> None:
    s = "sql"
    c.ok(s, "Total revenue per product category in 2024 as sum(quantity * unit_price), excluding cancelled and refunded orders.", SHOP)
    c.ok(s, "List customers who have never placed an order.", SHOP)
    c.ok(s, "how many people in each department? dept_name + count, only current staff (termination_date is null)", HR)
    c.ok(s, "Average csat_score per team for tickets opened in January 2025, ignoring tickets without a score.", SUPPORT)
    c.ok(s, "Top 5 products by units sold, all time.", SHOP)
    c.ok(s, "Count distinct users with an event_type = 'checkout' for each of the last 7 days.", APP)
    c.ok(s, "Median hours from opened_at to first_response_at for P1 tickets.", SUPPORT)
    c.ok(s, "Which department has the highest average base_salary among current employees?", HR)
    c.ok(s, "For each employee, show their base_salary as of 2023-01-01 using salary_history.", HR)
    c.ok(s, "Write a query for the share of orders per country that ended up refunded, 2024 only, by order_date.", SHOP)
    c.ok(s, "Number of new subscriptions started per month in 2025 and their total starting mrr_usd.", APP)

    c.blocked(s, "Show monthly sales for 2024.", "ambiguous", "ambiguous_metric", "monthly sales",
              "By 'sales' do you mean revenue (total_amount or quantity × unit_price), number of orders, or units sold?",
              ctx=SHOP, options=["revenue", "order count", "units"])
    c.blocked(s, "List the high-value customers.", "missing", "undefined_threshold", "high-value",
              "What makes a customer high-value: lifetime spend above an amount (how much?), order count, or the top N%?",
              ctx=SHOP)
    c.blocked(s, "Average time to close per agent, last 90 days.", "ambiguous", "ambiguous_column", "time to close",
              "Should 'time to close' be measured to resolved_at or to closed_at?", ctx=SUPPORT,
              options=["resolved_at", "closed_at"])
    c.blocked(s, "How many active users do we have?", "missing", "undefined_metric", "active users",
              "What counts as active: a login in the last 30 days, any event in the last 30 days, or a non-cancelled subscription?",
              ctx=APP)
    c.blocked(s, "Which orders shipped late?", "missing", "undefined_threshold", "shipped late",
              "What's the on-time limit, e.g. ship_date within 2 days of order_date?", ctx=SHOP)
    c.blocked(s, "Compute monthly churn for 2025 as cancellations divided by active subscriptions at the start of the month, and also as cancellations over new signups, one number per month.",
              "contradictory", "conflicting_definition", "and also as cancellations over new signups",
              "Which denominator should the single monthly number use: active subscriptions at month start, or new signups?",
              ctx=APP)
    c.blocked(s, "Show tickets that breached SLA this quarter.", "missing", "missing_spec", "breached SLA",
              "What are the SLA targets (e.g., first response within X hours per priority)?", ctx=SUPPORT)
    c.blocked(s, "Top 10 earners in each department.", "ambiguous", "ambiguous_column", "earners",
              "Should earnings be base_salary alone or base_salary plus bonus?", ctx=HR,
              options=["base_salary", "base_salary + bonus"])
    c.blocked(s, "Revenue by customer country for Q2 2024, counting each order's total_amount after discount, and use order_items so discounts are excluded.",
              "contradictory", "conflicting_definition", "use order_items so discounts are excluded",
              "Should revenue be total_amount net of discount, or quantity × unit_price from order_items before discounts?",
              ctx=SHOP)
    c.blocked(s, "Give me the number of employees hired per year since 2015, where 2015 means the fiscal year.",
              "missing", "missing_definition", "the fiscal year",
              "When does your fiscal year start (e.g., July 1 or October 1)?", ctx=HR)
    c.blocked(s, "Which plan has the best retention?", "missing", "undefined_metric", "best retention",
              "How should retention be measured: share of subscriptions still active after 90 days, 12 months, or something else?",
              ctx=APP)

    c.context_pair(s, "Sum the amount for all orders placed in 2024.",
                   "orders(id, customer_id, created_at, amount, status)",
                   "orders(id, customer_id, created_at, amount_usd, amount_local, status)",
                   "ambiguous", "ambiguous_column", "amount_usd, amount_local",
                   "Should I sum amount_usd or amount_local?", options=["amount_usd", "amount_local"])
    c.context_pair(s, "How many customers signed up last month?",
                   "customers(id, email, signup_date, plan)\nToday is 2025-06-12.",
                   "customers(id, email, created_at, signup_completed_at, plan)\nToday is 2025-06-12.",
                   "ambiguous", "ambiguous_column", "created_at, signup_completed_at",
                   "Should 'signed up' use created_at (account created) or signup_completed_at (signup finished)?")
    c.pair(s, "Count orders with total_amount over $500 placed in Q1 2025.", "Count the big orders placed in Q1 2025.",
           "missing", "undefined_threshold", "the big orders", "What amount makes an order 'big' (e.g., total_amount over $500)?",
           good_ctx=SHOP, bad_ctx=SHOP)
    c.pair(s, "Weekly active users for the last 8 ISO weeks, where active means at least one event in that week.",
           "Weekly active users for the last 8 ISO weeks, where active means at least one event in that week, counting only users with two or more events.",
           "contradictory", "conflicting_definition", "counting only users with two or more events",
           "Is a user active with at least one event in the week, or only with two or more?", good_ctx=APP, bad_ctx=APP)
    c.context_pair(s, "Which product category made the most gross profit in 2024?",
                   "products(id, name, category, cost_price)\norder_items(order_id, product_id, quantity, unit_price)\norders(id, order_date, status)",
                   "products(id, name, category_id, subcategory_id, cost_price)\ncategories(id, name, parent_id)\norder_items(order_id, product_id, quantity, unit_price)\norders(id, order_date, status)",
                   "ambiguous", "ambiguous_grouping", "category_id, subcategory_id",
                   "Should I group by top-level category or by subcategory?", options=["category", "subcategory"])
    c.pair(s, "List employees with more than 5 years of service as of today, based on hire_date.", "List our long-tenured employees.",
           "missing", "undefined_threshold", "long-tenured", "How many years of service counts as long-tenured?",
           good_ctx=HR, bad_ctx=HR)
    c.pair(s, "Of tickets opened in 2024, what share had resolved_at within 24 hours of opened_at?",
           "Of tickets opened in 2024, what share were done within 24 hours?",
           "ambiguous", "ambiguous_column", "done within 24 hours", "Should 'done' mean resolved_at or closed_at?",
           good_ctx=SUPPORT, bad_ctx=SUPPORT, options=["resolved_at", "closed_at"])
    c.pair(s, "Average days from order_date to ship_date for delivered orders in 2024.",
           "Average delivery time in days for 2024 orders.",
           "missing", "missing_column", "delivery time",
           "There's no delivery date column; should I measure order_date to ship_date instead?", good_ctx=SHOP, bad_ctx=SHOP)
    c.context_pair(s, "Find duplicate customers.",
                   "customers(id, name, email UNIQUE NOT NULL, phone, created_at)\nNote from data team: duplicates = same lower(email) after trimming; email is unique only case-sensitively.",
                   "customers(id, name, email, phone, created_at)",
                   "missing", "missing_definition", None,
                   "What makes two customer rows duplicates: the same email, the same phone, or the same name?")
    c.pair(s, "Top 10 agents by number of P1 tickets resolved in March 2025.",
           "Top 10 agents by number of P1 tickets resolved in March 2025, ranked by average csat_score.",
           "contradictory", "conflicting_ranking", "ranked by average csat_score",
           "Should the top 10 be ranked by the number of P1 tickets resolved or by average CSAT?",
           good_ctx=SUPPORT, bad_ctx=SUPPORT)
    c.context_pair(s, "Total payroll cost for the Engineering department this year.",
                   HR + "\n-- payroll cost = base_salary + bonus, prorated by days employed in the year",
                   HR + "\n-- two rows in departments have dept_name ILIKE '%engineering%': 'Engineering' (dept_id 4), 'Platform Engineering' (dept_id 11)",
                   "ambiguous", "ambiguous_entity", "'Engineering' (dept_id 4), 'Platform Engineering' (dept_id 11)",
                   "Should Engineering include Platform Engineering (dept 11), or only dept 4?")


def data() -> None:
    d = "data"
    c.ok(d, "I have a CSV with columns date and temperature_c. Compute the 7-day rolling mean and plot it with matplotlib.")
    c.ok(d, "pandas: drop rows where both 'email' and 'phone' are missing, but keep rows where just one of them is missing.")
    c.ok(d, "make me a bar chart: Q1 120, Q2 135, Q3 98, Q4 160 (units sold). Any colors are fine.")
    c.ok(d, "Pivot this so each row is a rep and each column is a month, values summed.",
         "sales.xlsx, sheet 'Data': columns Region, Rep, Month, Amount (USD). 1,804 rows, 2024 only.")
    c.ok(d, "Is the difference between these conversion rates significant? Control: 412 conversions out of 10,000. Variant: 468 out of 10,000. Two-sided test at 5%.")
    c.ok(d, "Load survey.parquet and give me the value counts of the 'region' column, including missing values.")
    c.ok(d, "Give me any quick exploratory summary of this dataframe, whatever you think is useful.",
         "df.info():\nRangeIndex: 3120 entries\ncolumns: listing_id int64, city object, price float64, bedrooms int64, reviews int64, rating float64 (212 nulls)")
    c.ok(d, "Fit a simple linear regression of price on bedrooms and report the slope with a 95% CI.",
         "listings.csv: listing_id, city, price (USD/night), bedrooms (int), rating")

    c.blocked(d, "Normalize the scores column before clustering.", "ambiguous", "ambiguous_method", "Normalize",
              "Do you want min-max scaling to 0–1 or z-score standardization?", options=["min-max", "z-score"])
    c.blocked(d, "Segment customers into revenue tiers.", "ambiguous", "ambiguous_column",
              "revenue_2023, revenue_2024, revenue_ttm",
              "Which revenue column should the tiers be based on: revenue_2024, revenue_ttm, or revenue_2023?",
              ctx="customers.csv columns: customer_id, signup_date, revenue_2023, revenue_2024, revenue_ttm, region",
              where="context")
    c.blocked(d, "Remove the test accounts from users.csv before running the analysis.", "missing", "missing_criterion",
              "the test accounts", "How can I tell a test account: an email domain, a flag column, or a list of IDs?")
    c.blocked(d, "Run a t-test comparing the two groups.", "contradictory", "conflicting_premise", "'A', 'B', 'C'",
              "There are three variants (A, B, C); which two should I compare, or do you want an ANOVA across all three?",
              ctx="results.csv: 1,920 rows; columns participant_id, variant ('A', 'B', 'C'), score", where="context")
    c.blocked(d, "Flag anomalies in the daily sign-up counts.", "missing", "undefined_threshold", "anomalies",
              "What should count as an anomaly: more than 3 standard deviations from a rolling mean, a fixed percentage change, or something else?")
    c.blocked(d, "Chart revenue growth for the last 12 months, and show it as year-over-year growth per month starting from our first month of data in March.",
              "contradictory", "conflicting_definition", "year-over-year growth per month starting from our first month of data",
              "Year-over-year needs a prior year of data; do you want month-over-month growth, or YoY only for months that have a prior year?",
              ctx="revenue.csv: month (2024-03 .. 2025-02), revenue_usd", where="text")
    c.blocked(d, "Bin the ages like we did in the last report.", "missing", "missing_spec", "like we did in the last report",
              "What age bins did the last report use?")

    c.context_pair(d, "Plot total revenue by region for 2024.",
                   "orders_2024.csv columns: order_id, date, region, revenue_usd",
                   "orders_2024.csv columns: order_id, date, billing_region, shipping_region, revenue_usd",
                   "ambiguous", "ambiguous_column", "billing_region, shipping_region",
                   "Should I group by billing_region or shipping_region?", options=["billing_region", "shipping_region"])
    c.pair(d, "In sales.csv, compute the 2024 average order value as sum(revenue) / count(distinct order_id).",
           "In sales.csv, compute the 2024 average order value, excluding the outliers.",
           "missing", "undefined_threshold", "excluding the outliers",
           "How should outliers be defined: above a fixed amount, beyond 3 standard deviations, or the top 1% of orders?")
    c.context_pair(d, "Fill in the missing ages with the median.",
                   "survey.csv: 1,240 rows; columns respondent_id, age (int, 37 nulls), income, region",
                   "survey.csv: 1,240 rows; columns respondent_id, age_years (52 nulls), age_group ('18-24', '25-34', ...; 12 nulls), income",
                   "ambiguous", "ambiguous_column", "age_years (52 nulls), age_group",
                   "Should I fill age_years with the numeric median, age_group with the most common group, or both?")
    c.pair(d, "My dataframe df has columns ['date', 'store', 'units']. Resample to weekly totals per store, weeks ending Sunday.",
           "My dataframe df has columns ['date', 'store', 'units']. Resample to weekly totals per store, weeks running Monday to Saturday.",
           "contradictory", "conflicting_definition", "weeks running Monday to Saturday",
           "Monday to Saturday leaves Sundays out; should weeks end on Sunday, or should Sunday sales be dropped?")
    c.context_pair(d, "What's the conversion rate for the spring campaign?",
                   "campaigns.csv: campaign ('spring_2025', 'summer_2025'), visitors, purchases",
                   "campaigns.csv: campaign ('spring_2024', 'spring_2025', 'summer_2025'), visitors, signups, purchases",
                   "ambiguous", "ambiguous_entity", "'spring_2024', 'spring_2025'",
                   "There are two spring campaigns (2024 and 2025); which one, and should conversion mean signups or purchases?")
    c.pair(d, "Merge customers.csv and orders.csv on customer_id and keep only customers with at least one order.",
           "Merge customers.csv and orders.csv on customer_id, keep only customers with at least one order, and keep every customer even if they have no orders.",
           "contradictory", "conflicting_requirement", "keep every customer even if they have no orders",
           "Should the merge keep only customers with orders (inner join) or all customers (left join)?",
           options=["inner join", "left join"])
    c.pair(d, "Make a histogram of session lengths in minutes with 20 bins.",
           "Make a histogram of session lengths with the bins the product team likes.",
           "missing", "missing_spec", "the bins the product team likes",
           "Which bins does the product team use (bin edges or bin count)?")


# ---------------------------------------------------------------- ops / devops
def ops() -> None:
    o = "ops"
    c.ok(o, "Write a systemd unit for /opt/app/bin/server that restarts on failure, runs as user 'app', and loads env vars from /etc/app/env.")
    c.ok(o, "kubectl command to see the logs of the previous (crashed) container of pod api-7c9f in namespace prod?")
    c.ok(o, "cron expression for every weekday at 7:15am")
    c.ok(o, "Dockerfile for a Python 3.12 FastAPI app: requirements.txt at the root, code in ./app, served by uvicorn on port 8000, running as a non-root user.")
    c.ok(o, "How do I see which process is listening on port 5432 on Ubuntu?")
    c.ok(o, "nginx: permanently redirect all http traffic for example.org and www.example.org to https://example.org")
    c.ok(o, "GitHub Actions workflow that runs pytest on pushes and pull requests to main, Python 3.11, with pip caching.")
    c.ok(o, "logrotate config for /var/log/myapp/*.log: rotate daily, keep 14, compress old files, don't complain if missing.")
    c.ok(o, "bash script to delete files in /tmp/uploads older than 7 days and print how many it deleted")
    c.ok(o, "Terraform for an S3 bucket named acme-reports-prod: versioning on, all public access blocked, SSE-S3 encryption.")
    c.ok(o, "Create a Postgres role 'analyst' that can SELECT on all current and future tables in schema public of database shop, nothing else.")
    c.ok(o, "What does `OOMKilled` with exit code 137 mean on a Kubernetes pod, and where do I look first?")
    c.ok(o, "Write an Ansible task that installs chrony and makes sure the service is enabled and running. Any reasonable defaults.")

    c.blocked(o, "Scale the checkout deployment in prod up.", "missing", "missing_value", "Scale the checkout deployment in prod up",
              "How many replicas should checkout run after scaling?")
    c.blocked(o, "Restore the orders database from the good backup.", "ambiguous", "ambiguous_referent", "the good backup",
              "Which backup is the known-good one (its date and time), since restoring will overwrite the orders database?")
    c.blocked(o, "Open port 22 on the bastion to the world, but only allow my IP.", "contradictory", "conflicting_requirement",
              "to the world, but only allow my IP",
              "Should SSH be open to everyone (0.0.0.0/0) or only to your IP, and if so what is it?")
    c.blocked(o, "Set up a cron job that runs backup.sh every 6 hours: 1am, 7am, 1pm and 9pm.", "contradictory",
              "conflicting_schedule", "9pm",
              "Every 6 hours from 1am gives 7pm, not 9pm; should the last run be at 7pm or 9pm?", options=["7pm", "9pm"])
    c.blocked(o, "Delete the old S3 buckets in the dev account.", "missing", "missing_criterion", "the old S3 buckets",
              "Which buckets count as old: a list of names, or ones with no writes for some period (how long)?")
    c.blocked(o, "Upgrade Postgres to the new version this weekend.", "ambiguous", "ambiguous_version", "the new version",
              "Which Postgres major version should we upgrade to?")
    c.blocked(o, "Give the new contractor access to production.", "missing", "missing_scope", "access to production",
              "What level of access do they need: read-only dashboards and logs, SSH to hosts, or database access?")
    c.blocked(o, "Configure the ALB health check to hit /healthz every 10 seconds and mark a target unhealthy after 3 failures, so a dead instance is pulled within 15 seconds.",
              "contradictory", "conflicting_numbers", "within 15 seconds",
              "3 failures at 10-second intervals takes about 30 seconds; should I shorten the interval to 5s, or is ~30s acceptable?")
    c.blocked(o, "Set the memory limit on the worker pods to what we agreed in standup.", "missing", "missing_value",
              "what we agreed in standup", "What memory limit did you agree on for the worker pods?")
    c.blocked(o, "Write a security group rule so our office can reach the admin panel.", "missing", "missing_value",
              "our office", "What's the office's public IP address or CIDR range?")
    c.blocked(o, "Rotate the API keys.", "ambiguous", "ambiguous_referent", "the API keys",
              "Which API keys: the Stripe keys, our public API's customer keys, or internal service keys?")
    c.blocked(o, "Migrate the staging cluster to the new node pool with zero downtime, and do it by deleting the old pool first to free up quota.",
              "contradictory", "conflicting_constraint", "deleting the old pool first",
              "Deleting the old pool first means downtime; can we raise quota instead, or is some downtime acceptable?")
    c.blocked(o, "Set up log shipping from the app servers to the usual place.", "missing", "missing_value", "the usual place",
              "Where should the logs go: Datadog, an ELK stack, CloudWatch, something else?")

    c.pair(o, "Add a cron job that runs /opt/scripts/cleanup.sh at 3:30am every Sunday, server time.",
           "Add a cron job that runs /opt/scripts/cleanup.sh at 3:30am every Sunday and Wednesday, once a week.",
           "contradictory", "conflicting_schedule", "every Sunday and Wednesday, once a week",
           "Should it run once a week (on which day) or twice a week on Sunday and Wednesday?")
    c.pair(o, "Grow the data disk on db-prod-1 from 100 GB to 250 GB.",
           "Grow the data disk on db-prod-1 from 100 GB to 80 GB.",
           "contradictory", "conflicting_numbers", "from 100 GB to 80 GB",
           "80 GB is smaller than the current 100 GB; what size did you mean (disks can't shrink in place)?")
    c.context_pair(o, "Restart the web service on the staging box.",
                   "$ ssh staging-01 'systemctl list-units --type=service | grep -i web'\n  web-frontend.service  loaded active running  Web frontend (gunicorn)",
                   "$ ssh staging-01 'systemctl list-units --type=service | grep -i web'\n  web-frontend.service  loaded active running  Web frontend (gunicorn)\n  web-admin.service     loaded active running  Admin web UI (gunicorn)",
                   "ambiguous", "multiple_candidates", "web-admin.service",
                   "There are two web services on staging-01 (web-frontend and web-admin); which one should I restart, or both?",
                   options=["web-frontend", "web-admin", "both"])
    c.pair(o, "Alert when p95 latency on the checkout API stays above 800ms for 5 minutes; page the on-call.",
           "Alert when the checkout API gets slow; page the on-call.",
           "missing", "undefined_threshold", "gets slow",
           "What should trigger it, e.g. p95 latency above 800ms for 5 minutes?")
    c.pair(o, "Create a Kubernetes CronJob running image reports:1.4 every day at 00:00 UTC.",
           "Create a Kubernetes CronJob running image reports:1.4 every day at midnight for the Sydney and London teams.",
           "ambiguous", "ambiguous_timezone", "midnight for the Sydney and London teams",
           "Midnight in which time zone: Sydney, London, or UTC?", options=["Australia/Sydney", "Europe/London", "UTC"])
    c.context_pair(o, "Tag the current main commit as the next patch release and push the tag.",
                   "$ git describe --tags main\nv2.4.1-14-g3c1a9e0\n$ git tag --sort=-v:refname | head -3\nv2.4.1\nv2.4.0\nv2.3.9",
                   "$ git describe --tags main\nv2.4.1-14-g3c1a9e0\n$ git tag --sort=-v:refname | head -3\nv2.5.0\nv2.4.1\nv2.4.0",
                   "ambiguous", "ambiguous_version", "v2.5.0",
                   "main is 14 commits past v2.4.1, but v2.5.0 already exists; should the tag be v2.4.2 or v2.5.1?",
                   options=["v2.4.2", "v2.5.1"])
    c.pair(o, "nginx rate limit on /api/: 10 requests per second per client IP, burst 20.",
           "nginx rate limit on /api/: 10 requests per second per client IP, i.e. 100 per minute, burst 20.",
           "contradictory", "conflicting_numbers", "i.e. 100 per minute",
           "10 requests per second is 600 per minute; which limit do you want, 10/s or 100/min?", options=["10r/s", "100r/m"])
    c.pair(o, "Write a script that dumps the 'shop' Postgres database nightly to s3://acme-backups/shop/ and keeps 30 days of dumps.",
           "Write a script that dumps the 'shop' Postgres database nightly to our backup bucket and keeps 30 days of dumps.",
           "missing", "missing_value", "our backup bucket", "What's the bucket path the dumps should go to?")
    c.pair(o, "Add an A record for status.example.com pointing to 203.0.113.40, TTL 300.",
           "Add an A record for status.example.com pointing to the new load balancer, TTL 300.",
           "missing", "missing_value", "the new load balancer",
           "What is the new load balancer's IP (or should this be a CNAME to its hostname)?")
    c.pair(o, "Set the HPA for api in prod to min 3, max 10 replicas, target 70% CPU.",
           "Set the HPA for api in prod to min 3, max 10 replicas, target 70% CPU, and pin it at 12 replicas during the sale.",
           "contradictory", "conflicting_numbers", "pin it at 12 replicas",
           "12 replicas is above the max of 10; should I raise the max for the sale, or keep the cap at 10?")
    c.pair(o, "Drain worker-3 for kernel patching, then uncordon it when I say so.",
           "Drain the worker that keeps flapping for kernel patching, then uncordon it when I say so.",
           "missing", "missing_referent", "the worker that keeps flapping",
           "Which node is flapping (e.g., worker-3)?")
    c.context_pair(o, "Free up space on the build server, it's nearly full.",
                   "$ df -h /\n/dev/nvme0n1p1  250G  241G  9G  97% /\n$ docker system df\nImages  212  (reclaimable 168GB, 79%)\nBuild cache  (reclaimable 22GB)",
                   "$ df -h /\n/dev/nvme0n1p1  250G  241G  9G  97% /\n$ du -sh /data/* | sort -h | tail -2\n96G  /data/nightly-artifacts\n118G /data/db-backups",
                   "ambiguous", "risky_choice", "118G /data/db-backups",
                   "Most of the space is in /data/db-backups and /data/nightly-artifacts; which of these may I delete from, and how much history should I keep?")


# ---------------------------------------------------------------- agent tasks over tool output
def agent() -> None:
    g, o, d, k = "general", "ops", "data", "coding"
    c.context_pair(g, "Text Sam that I'm running about 10 minutes late.",
                   'contacts.search("Sam") -> [{"name": "Sam Okafor", "mobile": "+1 415 555 0142", "last_contacted": "2025-05-30"}]',
                   'contacts.search("Sam") -> [{"name": "Sam Okafor", "mobile": "+1 415 555 0142", "last_contacted": "2025-05-30"}, {"name": "Sam Reyes", "mobile": "+1 628 555 0199", "last_contacted": "2025-06-02"}]',
                   "ambiguous", "multiple_candidates", '"name": "Sam Reyes"',
                   "I found two contacts named Sam, Sam Okafor and Sam Reyes; which one should I text?",
                   options=["Sam Okafor", "Sam Reyes"])
    c.context_pair(g, "Move my 1:1 with Priya to Thursday, same time.",
                   "calendar.list(week=2025-W24):\n- Tue 10:00-10:30  1:1 Priya Nair / me\n- Wed 14:00-15:00  Design review\n- Thu 09:00-09:30  Standup\n(Thu 10:00-10:30 free)",
                   "calendar.list(week=2025-W24):\n- Tue 10:00-10:30  1:1 Priya Nair / me\n- Wed 14:00-15:00  Design review\n- Thu 09:00-09:30  Standup\n- Thu 10:00-11:00  Quarterly planning (organizer: Dan Whitfield, 14 guests)",
                   "contradictory", "schedule_conflict", "Thu 10:00-11:00  Quarterly planning",
                   "Thursday 10:00 is taken by Quarterly planning; should I double-book, or pick another Thursday slot (e.g., 11:00)?")
    c.context_pair(g, "Cancel the 1:1 with Priya this week.",
                   "calendar.search('Priya', week=2025-W24):\n- Tue 10:00 1:1 Priya Nair / me",
                   "calendar.search('Priya', week=2025-W24):\n- Tue 10:00 1:1 Priya Nair / me\n- Thu 16:00 1:1 Priya Shah / me",
                   "ambiguous", "multiple_candidates", "Thu 16:00 1:1 Priya Shah / me",
                   "You have 1:1s with two Priyas this week (Priya Nair on Tuesday, Priya Shah on Thursday); which should I cancel?")
    c.context_pair(d, "Open the Q3 budget spreadsheet and tell me the marketing total.",
                   "$ ls ~/Drive/Finance\nQ2_budget_2025.xlsx\nQ3_budget_2025.xlsx\nheadcount_plan.xlsx",
                   "$ ls ~/Drive/Finance\nQ2_budget_2025.xlsx\nQ3_budget_2025.xlsx\nQ3_budget_2025_v2_FINAL.xlsx\nheadcount_plan.xlsx",
                   "ambiguous", "multiple_candidates", "Q3_budget_2025_v2_FINAL.xlsx",
                   "There are two Q3 budget files, Q3_budget_2025.xlsx and Q3_budget_2025_v2_FINAL.xlsx; which should I read?")
    c.context_pair(g, "Reply to the landlord's email and confirm Saturday works.",
                   "inbox.search(from='m.kowalski@lettings.example'):\nSubject: Boiler inspection\n'Hi, our engineer can come Saturday 14 June at 10am to service the boiler. Please confirm. Marta'",
                   "inbox.search(from='m.kowalski@lettings.example'):\nSubject: Boiler inspection\n'Hi, our engineer can come Saturday 7 June or Saturday 14 June, 10am either day. Please confirm which. Marta'",
                   "ambiguous", "multiple_candidates", "Saturday 7 June or Saturday 14 June",
                   "Marta offered two Saturdays, 7 June and 14 June; which one should I confirm?", options=["7 June", "14 June"])
    c.context_pair(g, "What time does Riverside Café open tomorrow?",
                   "web.search('Riverside Café opening hours'):\n1. Riverside Café, 12 Mill Lane, Millbrook: Mon-Sat 7:30-16:00, Sun 9:00-15:00\n2. Riverside Café Millbrook on TripAdvisor: 4.5 stars",
                   "web.search('Riverside Café opening hours'):\n1. Riverside Café, 12 Mill Lane, Millbrook: Mon-Sat 7:30-16:00, Sun 9:00-15:00\n2. Riverside Café & Bakery, Harbour St, Eastport: daily 8:00-17:00",
                   "ambiguous", "multiple_candidates", "Riverside Café & Bakery, Harbour St, Eastport",
                   "I found two Riverside Cafés, one in Millbrook and one in Eastport; which do you mean?",
                   options=["Millbrook", "Eastport"])
    c.context_pair(k, "Delete the stale feature branch for the checkout redesign.",
                   "$ git branch -r --format='%(refname:short) %(committerdate:relative)' | grep checkout\norigin/feature/checkout-redesign 4 months ago (merged into main)",
                   "$ git branch -r --format='%(refname:short) %(committerdate:relative)' | grep checkout\norigin/feature/checkout-redesign 4 months ago (merged into main)\norigin/feature/checkout-redesign-v2 3 months ago (NOT merged, 11 commits ahead)",
                   "ambiguous", "multiple_candidates", "origin/feature/checkout-redesign-v2 3 months ago (NOT merged, 11 commits ahead)",
                   "There's also checkout-redesign-v2 with 11 unmerged commits; should I delete only the merged branch, or both?")
    c.context_pair(d, "Pull the latest invoice for Acme and tell me the amount due.",
                   'GET /customers?q=acme -> {"data": [{"id": "cus_81", "name": "Acme Corp", "open_invoices": 1}]}',
                   'GET /customers?q=acme -> {"data": [{"id": "cus_81", "name": "Acme Corp", "open_invoices": 1}, {"id": "cus_204", "name": "Acme Industrial Supply", "open_invoices": 3}]}',
                   "ambiguous", "multiple_candidates", '"name": "Acme Industrial Supply"',
                   "Two customers match 'Acme' (Acme Corp and Acme Industrial Supply); which one?")
    c.context_pair(g, "Book the 8:15 train to Leeds tomorrow, standard class.",
                   "trains.search(from='York', to='Leeds', date='2025-06-13'):\n07:52 -> 08:20  Northern  £9.40\n08:15 -> 08:39  TransPennine  £12.10\n08:44 -> 09:12  Northern  £9.40",
                   "trains.search(from='York', to='Leeds', date='2025-06-13'):\n07:52 -> 08:20  Northern  £9.40\n08:10 -> 08:34  TransPennine  £12.10\n08:24 -> 08:52  Northern  £9.40",
                   "contradictory", "no_matching_option", "08:10 -> 08:34  TransPennine",
                   "There's no 8:15 tomorrow; do you want the 08:10 or the 08:24?", options=["08:10", "08:24"])
    c.context_pair(k, "Revert the commit that broke the login page.",
                   "$ git bisect log | tail -2\n# first bad commit: [9f2c1e7] auth: rename session cookie to sid\n$ git log --oneline -3\n1d0e88a docs: update README\n9f2c1e7 auth: rename session cookie to sid\n6b3a2f0 deps: bump pytest",
                   "$ git log --oneline --since=yesterday -- src/login\n9f2c1e7 auth: rename session cookie to sid\n4ab7d10 login: stricter email validation on the form\n(no bisect run yet)",
                   "ambiguous", "multiple_candidates", "4ab7d10 login: stricter email validation on the form",
                   "Two commits from yesterday touch login (9f2c1e7 and 4ab7d10); which should I revert, or should I bisect first?")
    c.context_pair(o, "Raise the worker's memory limit to match the API's.",
                   "$ kubectl get deploy -n prod -o custom-columns=NAME:.metadata.name,MEM:.spec.template.spec.containers[0].resources.limits.memory\nNAME     MEM\napi      1Gi\nworker   512Mi",
                   "$ kubectl get deploy -n prod -o custom-columns=NAME:.metadata.name,MEM:.spec.template.spec.containers[0].resources.limits.memory\nNAME           MEM\napi-public     1Gi\napi-internal   2Gi\nworker         512Mi",
                   "ambiguous", "multiple_candidates", "api-internal   2Gi",
                   "There are two API deployments, api-public (1Gi) and api-internal (2Gi); which one's limit should the worker match?",
                   options=["1Gi", "2Gi"])
    c.context_pair(g, "Add the dentist appointment from the confirmation email to my calendar.",
                   "email from reception@brightsmile.example: 'Your appointment with Dr Lin is confirmed for Tuesday 14 October 2025 at 15:30.'",
                   "email from reception@brightsmile.example: 'Your appointment with Dr Lin is confirmed for Tuesday 15 October 2025 at 15:30.'",
                   "contradictory", "date_weekday_mismatch", "Tuesday 15 October 2025",
                   "The email says Tuesday 15 October 2025, but the 15th is a Wednesday; should I add it on Tuesday the 14th or Wednesday the 15th?")
    c.context_pair(d, "Send this week's sales report to the regional managers.",
                   "directory.groups(q='regional managers') -> ['regional-managers@corp.example (9 members)']",
                   "directory.groups(q='regional managers') -> ['regional-managers-emea@corp.example (4 members)', 'regional-managers-amer@corp.example (5 members)', 'regional-managers-apac@corp.example (3 members)']",
                   "ambiguous", "multiple_candidates", "regional-managers-emea@corp.example (4 members)",
                   "There are separate EMEA, AMER and APAC manager lists; should the report go to all three or only some?")
    c.context_pair(g, "Cancel the streaming subscription I don't use anymore.",
                   "subscriptions.list():\n- Netflix  $15.49/mo  last watched: yesterday\n- Hulu  $7.99/mo  last watched: 5 months ago\n- Spotify  $11.99/mo  last played: today",
                   "subscriptions.list():\n- Netflix  $15.49/mo  last watched: yesterday\n- Hulu  $7.99/mo  last watched: 5 months ago\n- Max  $9.99/mo  last watched: 4 months ago",
                   "ambiguous", "multiple_candidates", "Max  $9.99/mo  last watched: 4 months ago",
                   "Both Hulu and Max haven't been used in months; which one should I cancel, or both?")
    c.context_pair(g, "Reorder the same printer ink as last time.",
                   "orders.search('ink') -> [{'date': '2025-04-02', 'item': 'HP 67XL Black', 'qty': 1}]",
                   "orders.search('ink') -> [{'date': '2025-04-02', 'item': 'HP 67XL Black', 'qty': 1}, {'date': '2025-04-02', 'item': 'HP 67 Tri-color', 'qty': 1}, {'date': '2025-01-15', 'item': 'HP 67XL Black', 'qty': 2}]",
                   "ambiguous", "multiple_candidates", "'item': 'HP 67 Tri-color'",
                   "Last time you ordered both the 67XL Black and the 67 Tri-color; should I reorder both or just the black?")
    c.context_pair(k, "Bump lodash to fix the security advisory.",
                   "$ npm audit\nlodash  <4.17.21\nSeverity: high  Prototype Pollution\nfix available via `npm audit fix`\nnode_modules/lodash",
                   "$ npm audit\nlodash  <4.17.21\nSeverity: high  Prototype Pollution\nfix available via `npm audit fix --force`\nWill install legacy-table@3.0.0, which is a breaking change\nnode_modules/legacy-table/node_modules/lodash",
                   "missing", "risky_choice", "Will install legacy-table@3.0.0, which is a breaking change",
                   "The fix requires upgrading legacy-table to 3.0.0 (breaking); should I do that, or pin lodash with an override instead?")
    c.context_pair(g, "RSVP yes to Tom's party.",
                   "events.invitations(status='pending'):\n- 'Tom's 40th' host Tom Becker, Sat 21 June 19:00",
                   "events.invitations(status='pending'):\n- 'Tom's 40th' host Tom Becker, Sat 21 June 19:00\n- 'Housewarming' host Tom Ferreira, Sat 21 June 18:00",
                   "ambiguous", "multiple_candidates", "'Housewarming' host Tom Ferreira",
                   "You have pending invitations from two Toms (Becker's 40th and Ferreira's housewarming, same evening); which one?")
    c.context_pair(o, "Roll back the payments service to the previous release.",
                   "$ deployctl history payments --limit 3\n#412  v3.2.0  2025-06-11 09:14  current\n#405  v3.1.4  2025-06-03 16:40\n#398  v3.1.3  2025-05-28 11:02",
                   "$ deployctl history payments --limit 3\n#412  v3.2.0  2025-06-11 09:14  current  (migration 0042_drop_legacy_cards: irreversible)\n#405  v3.1.4  2025-06-03 16:40  (reads legacy_cards)\n#398  v3.1.3  2025-05-28 11:02",
                   "contradictory", "incompatible_rollback", "migration 0042_drop_legacy_cards: irreversible",
                   "v3.1.4 reads the legacy_cards table that v3.2.0's irreversible migration dropped; should I still roll back, or hotfix forward instead?")
    c.context_pair(g, "Find me a flight home on Friday that gets in before dinner.",
                   "profile: home_airport=DEN, dinner usually 19:00\nflights.search(from='SFO', to='DEN', date='2025-06-13'):\n- UA 1422  14:05 -> 17:36\n- WN 880   16:50 -> 20:25",
                   "profile: home_airport=(not set)\nflights.search(from='SFO', to=?, date='2025-06-13'): needs destination",
                   "missing", "missing_value", "home_airport=(not set)",
                   "Which airport is home for you?")

    # stand-alone items over tool output
    c.ok(g, "Rename the report to 2025-Q2-report.docx.",
         "$ ls ~/Documents/reports\nreport_final.docx")
    c.ok(g, "What's my first meeting tomorrow?",
         "calendar.list(date='2025-06-13'):\n- 09:30-10:00  Vendor call (Zoom)\n- 11:00-12:00  Hiring sync\n- 15:00-15:30  Coffee w/ Ines")
    c.ok(g, "Do I need an umbrella today?",
         '{"location": "Bristol, UK", "date": "2025-06-12", "hourly": [{"t": "09:00", "precip_prob": 10}, {"t": "13:00", "precip_prob": 70}, {"t": "17:00", "precip_prob": 85}]}')
    c.ok(o, "Which pod is using the most memory?",
         "$ kubectl top pods -n prod\nNAME                      CPU(cores)   MEMORY(bytes)\napi-7c9f8d-2xk1           212m         731Mi\napi-7c9f8d-9qpl           198m         702Mi\nworker-5b6d4-ltz8         640m         1480Mi")
    c.ok(d, "Give me the total of the 'amount' field across these.",
         '[{"id": 1, "amount": 120.50}, {"id": 2, "amount": 79.50}, {"id": 3, "amount": 300.00}]')
    c.ok(g, "Archive all the newsletters in this list.",
         "inbox.list(label='Promotions', limit=4):\n1. 'Weekly Digest' from news@techbrief.example\n2. 'June deals' from offers@shoe-outlet.example\n3. 'Your newsletter #88' from hello@cookingclub.example\n4. 'The Morning Brew' from daily@morningbrew.example")
    c.ok(k, "Which test failed?",
         "$ pytest -q\n..........F....\nFAILED tests/test_pricing.py::test_bulk_discount - AssertionError: assert 90.0 == 85.0\n1 failed, 14 passed in 2.31s")
    c.ok(o, "Is the disk on db-2 close to full?",
         "$ ssh db-2 df -h /var/lib/postgresql\nFilesystem  Size  Used Avail Use% Mounted on\n/dev/sdb1   500G  203G  297G  41% /var/lib/postgresql")
    c.ok(g, "Summarize what these three search results say about the museum's Monday hours.",
         "web.search('City Art Museum Monday hours'):\n1. cityartmuseum.example/visit: 'Open Tue-Sun 10-17. Closed Mondays except bank holidays.'\n2. Local guide blog (2023): 'Don't go on a Monday, it's shut.'\n3. Travel forum: 'We went on Easter Monday and it was open.'")

    c.blocked(g, "Forward the contract to Alex.", "ambiguous", "multiple_candidates", "Alex Moreau <alex.moreau@partnerco.example>",
              "I see two Alexes, Alex Kim (legal, internal) and Alex Moreau (at PartnerCo); who should get the contract?",
              ctx="contacts.search('Alex') -> ['Alex Kim <alex.kim@ourco.example> (Legal)', 'Alex Moreau <alex.moreau@partnerco.example>']",
              where="context")
    c.blocked(d, "Use the latest export to update the dashboard numbers.", "ambiguous", "conflicting_sources",
              "export_2025-06-11.csv   2025-06-12 08:05",
              "The file dated 06-11 was written after the 06-12 one; which should I treat as the latest?",
              ctx="$ ls -l --time-style=+%F\\ %H:%M exports/\nexport_2025-06-12.csv   2025-06-12 06:30\nexport_2025-06-11.csv   2025-06-12 08:05  (re-run)",
              where="context")
    c.blocked(g, "Accept the meeting invite for Monday.", "contradictory", "schedule_conflict", "Mon 09:00-10:00  Dentist (busy)",
              "The invite (Mon 09:30) overlaps your dentist appointment; accept anyway, or propose a new time?",
              ctx="invite: 'Roadmap review' Mon 09:30-10:30 from Dana Lee\ncalendar.list(Mon): Mon 09:00-10:00  Dentist (busy)",
              where="context")
    c.blocked(o, "Apply the fix from the incident ticket to production.", "missing", "missing_input", "attachments: 0",
              "The ticket has no fix attached or described; what change should I apply?",
              ctx="ticket INC-2291: 'checkout 502s after 14:00' status=mitigated, assignee=@rui, comments: 2 ('looking', 'fixed on staging, same change needed on prod'), attachments: 0",
              where="context")
    c.blocked(d, "What was total revenue in May?", "contradictory", "conflicting_sources", '"total_revenue": 1148900',
              "The summary endpoint says 1,148,900 but the daily rows sum to 1,184,900; which figure should I report, or should I dig into the difference first?",
              ctx='GET /reports/summary?month=2025-05 -> {"total_revenue": 1148900}\nGET /reports/daily?month=2025-05 | sum(revenue) -> 1184900',
              where="context")
    c.blocked(g, "Pay the electricity bill from my checking account.", "ambiguous", "multiple_candidates",
              "Checking ••4410 (joint)",
              "You have two checking accounts (••1187 and joint ••4410); which one should I pay from?",
              ctx="accounts.list(): Checking ••1187 (personal) $2,340.12 | Checking ••4410 (joint) $5,901.77 | Savings ••9022",
              where="context")
    c.blocked(k, "Merge the PR once CI is green.", "ambiguous", "multiple_candidates", "#918 fix: null check in cart total (green)",
              "There are two open PRs from you (#917 and #918); which one should I merge?",
              ctx="gh pr list --author @me:\n#917 feat: saved carts (checks pending)\n#918 fix: null check in cart total (green)",
              where="context")
    c.blocked(g, "Book the usual hotel in Lisbon for next week, Monday to Thursday.", "ambiguous", "multiple_candidates",
              "Hotel Alfama Riverside (3 stays)",
              "You've stayed at two Lisbon hotels equally often (Hotel Alfama Riverside and Casa Baixa, 3 stays each); which one?",
              ctx="bookings.history(city='Lisbon'): Hotel Alfama Riverside (3 stays) | Casa Baixa (3 stays) | Lisboa Plaza (1 stay)",
              where="context")


# ---------------------------------------------------------------- long requests with (at most) one hidden blocker
def long_items() -> None:
    toast = (
        "Hi! My best friend Jonas is getting married on the 21st and I'm the best man, so I need to give a speech at the "
        "reception. I'm honestly terrible at this, so I'd love a full draft I can tweak. Some background: Jonas and I met "
        "in the first week of university in Leipzig, when we were both assigned to the same tiny dorm room and he "
        "immediately claimed the bed by the window by putting a sticker on it that said 'property of J.' We ended up "
        "sharing flats for six years. He's the kind of guy who will drive three hours to help you move a couch and then "
        "complain about it for the entire drive back, lovingly. His bride is Mei. They met at a climbing gym in 2019 when "
        "she corrected his knot, and he still insists the knot was fine. Mei is a paediatric nurse, incredibly calm, and "
        "she is the only person I've ever seen beat Jonas at chess, which he also insists was a fluke. Things I want in "
        "there: the sticker story, the knot story, a line thanking both sets of parents (Jonas's parents are Ute and "
        "Frank, Mei's are Lin and David), and a toast at the end. Please keep it warm and funny but not roast-y, there "
        "will be grandparents in the room and some of Mei's family don't speak much English, so simple sentences help. "
        "No inside jokes that need explaining. Length-wise the DJ gave each speaker about two minutes, so roughly 300 "
        "words spoken at a normal pace. Thanks so much, you're saving my life here."
    )
    c.pair("writing", toast, swap(toast, "so roughly 300 words spoken at a normal pace", "so roughly 900 words spoken at a normal pace"),
           "contradictory", "conflicting_length", "roughly 900 words",
           "Two minutes is about 250-300 spoken words, but you mention 900; should I aim for two minutes or for 900 words?",
           options=["~300 words (2 min)", "~900 words"])

    migr = (
        "We're moving our main Rails app off Heroku and onto AWS ECS Fargate before our Heroku contract renews on "
        "September 30, and I'd like you to write the migration plan as a document the team can review. Current setup: "
        "one Heroku app with 4 standard-2x web dynos and 2 worker dynos running Sidekiq, Heroku Postgres Standard-2 "
        "(about 180 GB), Heroku Redis Premium-3 for Sidekiq and caching, and Papertrail for logs. Our customers are "
        "almost all in Germany, France and the Netherlands, and legal has told us all customer data must stay in the "
        "EU. Target: ECS Fargate services for web and worker, RDS for PostgreSQL 16, ElastiCache for Redis, CloudWatch "
        "for logs, everything in eu-central-1 (Frankfurt) in a new VPC with private subnets for the tasks and the "
        "databases. We can tolerate at most 30 minutes of downtime, scheduled on a weekend night. Please cover: the "
        "order of steps, how to replicate the database with minimal downtime (I've heard about logical replication "
        "from Heroku being restricted, so include a fallback), DNS cutover with the TTL changes we need to do in "
        "advance, secrets management (we'd like SSM Parameter Store), a rollback plan at each stage, and a rough "
        "checklist for the cutover night with owners left blank. Assume a team of three engineers, none of whom has "
        "run ECS in production before, so call out the pitfalls. Keep it to something we can read in one sitting, "
        "headings and bullet points are fine."
    )
    c.pair("ops", migr, swap(migr, "everything in eu-central-1 (Frankfurt)", "everything in us-east-1, since that's where our other accounts are,"),
           "contradictory", "conflicting_constraint", "everything in us-east-1",
           "Legal requires customer data to stay in the EU, but the target region is us-east-1; should the databases go to an EU region such as eu-central-1 instead?",
           options=["eu-central-1 for everything", "us-east-1 for everything", "EU data stores, US compute"])

    importer = (
        "I need a Python module that imports our supplier price files into the products table. Each supplier sends a "
        "CSV every Monday. Columns are: sku, description, unit_cost, currency, valid_from. unit_cost uses a dot as the "
        "decimal separator, currency is a three-letter ISO code (EUR, USD or GBP), and valid_from is an ISO date like "
        "2025-05-04. Requirements: read the file with the csv module (no pandas, the server is tiny), skip and log rows "
        "where sku is empty, convert unit_cost to a Decimal, and convert non-EUR prices to EUR using a rates dict I'll "
        "pass in, e.g. {'USD': Decimal('0.92'), 'GBP': Decimal('1.17')}. If a sku already exists, update the cost only "
        "if the new valid_from is later than the stored one; otherwise insert. Use psycopg 3 and do the whole file in "
        "one transaction so a bad file doesn't leave half the prices updated. Return a small summary dataclass with "
        "counts of inserted, updated, skipped and failed rows. Please include type hints and a couple of pytest tests "
        "that use a temporary CSV and mock the database cursor. We're on Python 3.11. Don't worry about the CLI, I'll "
        "wire it into our existing job runner myself."
    )
    c.pair("coding", importer,
           swap(importer, "valid_from is an ISO date like 2025-05-04", "valid_from is a date like 04/05/2025 (the suppliers fill it in by hand)"),
           "ambiguous", "ambiguous_format", "04/05/2025",
           "Is 04/05/2025 the 4th of May (day first) or April 5th (month first), and is it the same for every supplier?",
           options=["DD/MM/YYYY", "MM/DD/YYYY"])

    trip = (
        "Can you plan a Lisbon trip for me and my partner? We fly into Lisbon on Thursday the 3rd in the morning "
        "(landing around 9am) and fly home on Monday the 7th in the evening, so that's five full days to play with. "
        "We're in our early thirties, like food a lot more than nightlife, and we're happy walking 15-20k steps a day, "
        "but my partner gets seasick so no boat tours please. We'd like one day trip out of the city, probably Sintra, "
        "but you decide if something else makes more sense. Budget for activities and food is around 120 euros a day "
        "for the two of us, hotel is already booked in Príncipe Real. Things we definitely want: a proper pastel de "
        "nata comparison (at least three places), one nice dinner where we should book ahead, a fado evening that's "
        "not too touristy, and at least one museum, ideally the tile museum. Things we don't care about: shopping, "
        "clubs, football. Please lay it out day by day with morning, afternoon and evening, roughly how to get between "
        "places (we'll use public transport and walking, maybe the odd Uber), and a note on what needs booking in "
        "advance. If a day looks too packed, tell me what you'd cut. Thank you!"
    )
    c.pair("general", trip, swap(trip, "fly home on Monday the 7th in the evening", "fly home on Sunday the 6th in the evening"),
           "contradictory", "conflicting_dates", "so that's five full days to play with",
           "Thursday the 3rd to Sunday the 6th is four days, not five; which dates are right?",
           options=["Thu 3rd - Sun 6th (4 days)", "five days (different return date)"])

    abtest = (
        "We ran an A/B test on the new onboarding flow from May 5 to May 26 and I need a write-up for the product "
        "review on Thursday. The data is in the context. Variant B is the new flow with the progress bar and the "
        "optional 'skip for now' on the profile step. Randomization was by user_id at signup, 50/50, and we already "
        "removed internal and test accounts. The primary metric we pre-registered is activation: a user counts as "
        "activated if they create their first project within 7 days of signup. Secondary metrics: 7-day retention "
        "(any session on days 6-8) and time to first project. Please do the following: compute activation per arm "
        "with a 95% confidence interval and a two-proportion test, check the sample ratio for mismatch, report the "
        "secondary metrics with the same care but label them as exploratory, and break activation down by platform "
        "(web, iOS, Android) as a sanity check rather than a claim. Then write a one-page summary in plain language "
        "for the review: what we tested, what happened, how confident we are, and a recommendation. The audience is "
        "PMs and a couple of engineering managers, so keep the statistics light and put the details in an appendix. "
        "If anything in the data looks off, flag it rather than quietly fixing it."
    )
    abctx = ("abtest_onboarding.parquet: 48,210 rows\ncolumns: user_id, arm ('A','B'), signup_ts, platform, "
             "first_project_ts (nullable), sessions_d6_d8 (int)")
    c.pair("data", abtest,
           swap(abtest, "a user counts as activated if they create their first project within 7 days of signup",
                "a user counts as activated if they complete onboarding, which for this analysis means creating a project"),
           "ambiguous", "ambiguous_metric", "complete onboarding, which for this analysis means creating a project",
           "Is activation creating a first project within some window (7 days?), or at any time during the test?",
           good_ctx=abctx, bad_ctx=abctx)

    grant = (
        "I'm applying for a small community grant from the Hartwell Foundation for our neighbourhood repair café and "
        "I need help with the project summary section. About us: we're a volunteer group of about 25 people in "
        "Northside, running a monthly repair café in the St Anne's church hall since 2022. People bring broken "
        "toasters, lamps, bikes, clothes and laptops, and volunteers fix them for free while teaching the owner how. "
        "Last year we held 11 events, saw about 640 visitors and repaired roughly 410 items, which we estimate kept "
        "around 1.9 tonnes of stuff out of landfill. The grant would fund a portable tool kit for a second monthly "
        "event at the Northside library, PAT testing equipment for electrical items, and training for six new "
        "volunteers, total request £4,800. The foundation cares about environmental impact, community connection "
        "and reaching people on low incomes (about a third of our visitors tell us money is tight). The summary "
        "should be persuasive but not salesy, written in the first person plural, and it must stay within the "
        "foundation's limit of 250 words, because their online form cuts off anything longer. Please also give "
        "me two alternative opening sentences so I can pick the one I like."
    )
    c.pair("writing", grant, swap(grant, "the foundation's limit of 250 words", "the foundation's word limit"),
           "missing", "missing_value", "the foundation's word limit",
           "What is the Hartwell Foundation's word limit for the summary?")

    # long, complete
    c.ok("general",
         "I'm moving from a one-bedroom flat in Manchester to a two-bedroom house about 20 minutes away on the 28th of "
         "next month, and I'd like a week-by-week checklist for the four weeks before the move plus the first week "
         "after. Details that matter: I rent both places, so I need to think about the deposit and the final "
         "inspection on the flat; I have a cat who hates car journeys; I work from home three days a week, so "
         "internet has to be live on day one or as close as possible; and I've booked a removals company for the "
         "big furniture but I'm packing everything myself. I'd also like reminders for changing my address with the "
         "bank, the GP, the council for council tax, the DVLA and my employer, and for taking meter readings on both "
         "sides. Please group the tasks by week, put the time-sensitive ones first in each week, and mark anything "
         "that typically needs a few weeks' notice. It doesn't need to be pretty, a plain list I can paste into my "
         "notes app is perfect. If there's something obvious I've forgotten to mention, just add it where it fits.")
    c.ok("coding",
         "Our FastAPI service started returning 500s on POST /orders after we upgraded Pydantic from 1.10 to 2.7 "
         "yesterday. Everything else in the service seems fine. Here's the relevant traceback from the logs:\n\n"
         "  File \"/app/orders/api.py\", line 48, in create_order\n    payload = OrderIn.parse_obj(body)\n"
         "  File \"/app/orders/schemas.py\", line 22, in validate_items\n    @validator('items', each_item=True)\n"
         "pydantic.errors.PydanticUserError: `each_item` is not supported with `field_validator`...\n\n"
         "And the model:\n\nclass OrderIn(BaseModel):\n    customer_id: int\n    items: list[ItemIn]\n"
         "    coupon: Optional[str]\n\n    @validator('items', each_item=True)\n    def validate_items(cls, v):\n"
         "        if v.quantity <= 0:\n            raise ValueError('quantity must be positive')\n        return v\n\n"
         "Please migrate this model and the call site to Pydantic v2 idioms (field_validator, model_validate, and "
         "whatever else is needed), keeping the behaviour exactly the same: each item must have a positive quantity, "
         "and coupon stays optional with a default of None. Also point out anything else in this snippet that "
         "behaves differently in v2 that we might trip over, like the Optional default. We don't want to pin back "
         "to v1 or use the pydantic.v1 compatibility namespace; the goal is a proper migration.")
    c.ok("ops",
         "Please turn this incident timeline into a blameless postmortem using the usual sections: summary, impact, "
         "timeline, root cause, what went well, what went poorly, and action items with suggested owners as roles "
         "(not names). Timeline, all times UTC on June 10: 13:58 a config change raised the connection pool size on "
         "the API from 20 to 200 per pod; 14:02 the change rolled out to all 30 pods; 14:05 Postgres hit max_connections "
         "(3000 needed, 1000 allowed) and new connections started failing; 14:06 checkout error rate went from 0.1% to "
         "38%; 14:09 on-call paged; 14:17 on-call identified connection errors in the API logs; 14:24 the config change "
         "was reverted; 14:31 error rate back under 0.5%; 14:45 incident closed. About 4,100 checkout attempts failed "
         "and support received 212 tickets. The change had been reviewed but the reviewer didn't know the pod count. "
         "Keep the tone factual and avoid attributing blame to individuals. Around a page is fine.")
    c.ok("general",
         "I need a new laptop and I'm drowning in reviews, so I'd like you to just give me a shortlist of three "
         "with a one-paragraph reason for each and then tell me which one you'd pick. What I do: mostly writing, "
         "lots of browser tabs, video calls, some light photo editing in Lightroom, and occasionally I run a local "
         "Python notebook with small datasets for a course I'm taking. I travel by train twice a week, so weight "
         "and battery life matter more than raw power. I'm fine with either macOS or Windows, no strong feelings, "
         "and I don't game at all. Budget is up to about $1,300, a bit over is okay if it's clearly worth it. I "
         "want at least 16 GB of RAM and 512 GB of storage because my current laptop with 8 GB makes me want to "
         "scream. Screen should be 13 to 14 inches and not too dim, I sometimes work near windows. If you think "
         "one of my requirements is silly, tell me, I won't be offended. Any three reasonable picks are fine, I "
         "just need a starting point I can go look at in a shop this weekend.")
    c.ok("sql",
         "I need a query for the monthly board pack. For each calendar month of 2024, I want: the number of orders, "
         "the number of distinct customers who ordered, gross revenue as the sum of quantity times unit_price over "
         "order_items, total discounts as the sum of orders.discount_amount, and net revenue as gross minus "
         "discounts. Only count orders whose status is 'shipped' or 'delivered'; cancelled, refunded and pending "
         "orders should be left out entirely. Months come from orders.order_date. Also add a column with the "
         "share of that month's orders placed by customers whose account was created in the same month, so we "
         "can see how much of each month is brand-new customers. Output one row per month, ordered by month, "
         "with the month formatted as YYYY-MM. It's Postgres 15. Please write it with CTEs so the finance "
         "analyst can follow it, and add a short comment above each CTE. Rounding to two decimals on money "
         "columns is fine.", SHOP)
    c.ok("writing",
         "Can you write this month's staff newsletter? It goes out by email to about 60 people at our architecture "
         "practice, so friendly and a bit informal is right, and it should be short enough to read over a coffee. "
         "Three items this month. First, a welcome to two new starters: Amara Diallo, who joins as a part-time "
         "landscape architect on Mondays and Tuesdays and previously worked on the riverside park in Leeds, and Tom "
         "Barrow, our new office manager, who starts on the 16th and is the person to talk to about desk bookings "
         "from then on. Second, the summer social is on Friday 27 June from 5pm at the Old Print Works courtyard; "
         "partners are welcome, food is provided, and people should reply to Grace by the 20th with dietary needs. "
         "Third, congratulations to the Harbour Lane housing team, whose project was shortlisted for a regional "
         "design award; the winners are announced in September. Please add a short cheerful intro and sign-off "
         "from 'the office team', and give me a subject line.")

    # long, one hidden blocker
    c.blocked("writing",
              "Can you write this month's newsletter for our running club? It goes to about 140 members by email and "
              "we like it chatty and encouraging, since half the club are beginners. Items: first, congratulations to "
              "everyone who ran the Riverside 10K last weekend, especially Kemi, who knocked four minutes off her "
              "personal best, and Howard, who ran his first ever race at 67. Second, the winter kit order is open "
              "until the end of the month; the new jackets are navy with the club logo on the back, £38 each, and "
              "people order through the link on the website. Third, and most important, our annual general meeting: "
              "it's in the upstairs room at the Crown and Anchor as usual, starting at 7:30pm, and we're electing a "
              "new treasurer because Priti is stepping down after five years, so please thank her warmly. Anyone who "
              "wants to stand needs to email the secretary a week before the meeting, so make sure the newsletter "
              "gives the date of the AGM and the nomination deadline clearly, in bold. Finish with a reminder that "
              "Tuesday sessions move to the track from next month, and a sign-off from the committee.",
              "missing", "missing_date", "gives the date of the AGM",
              "What is the date of the AGM (so I can also work out the nomination deadline a week before)?")
    c.blocked("coding",
              "We're adding pagination to the public REST API and I'd like you to implement it in our Express "
              "handlers for GET /v1/invoices and GET /v1/customers. Use cursor-based pagination, not offsets: the "
              "cursor is an opaque base64 string encoding the last seen (created_at, id) pair, and results are "
              "ordered by created_at descending, then id descending, so ties are stable. The query parameters are "
              "`limit` and `cursor`. Default limit is 50 and the maximum is 100; anything above the maximum should be "
              "rejected with a 400 and a JSON error body in our usual format {\"error\": {\"code\": ..., \"message\": "
              "...}}. The response body should be {\"data\": [...], \"next_cursor\": \"...\"} where next_cursor is "
              "null on the last page. Our biggest customer's integration calls GET /v1/invoices?limit=250 every "
              "night and that must keep working exactly as it does today. Please write the helper that encodes and "
              "decodes cursors, the Knex query changes for both endpoints, input validation, and Jest tests "
              "covering the first page, a middle page, the last page, an invalid cursor, and the limit rules. We're "
              "on Node 20 with TypeScript.",
              "contradictory", "conflicting_requirement", "GET /v1/invoices?limit=250 every night and that must keep working",
              "A limit of 250 is above the 100 maximum that should be rejected; should I raise the max, exempt that customer, or return 400 for them too?")
    c.blocked("general",
              "I'm organising a surprise 60th birthday for my dad in early October and would love help putting "
              "together a plan. He's not a big party person, so I'm thinking a long lunch for about 25 people: family, "
              "a few of his old colleagues from the railway, and his walking group. He loves Italian food, real ale "
              "and anything to do with trains. I'd like you to suggest three types of venue we could look for around "
              "York (I'll do the actual searching), a rough timeline for the day from guests arriving to him being "
              "surprised, a short list of personal touches (I have lots of old photos, and my aunt can get his old "
              "station name sign from her garage), and a task list for the next six weeks with who might do what "
              "between me, my brother and my aunt. Please also draft the invitation text, stressing that it's a "
              "surprise and that people shouldn't mention it on Facebook. The one hard rule is that it has to fit "
              "within the budget my brother and I agreed last week, including food, drink and the venue, so pick "
              "venue types and suggestions that realistically fit.",
              "missing", "missing_value", "the budget my brother and I agreed last week",
              "What is the budget you and your brother agreed on for the whole party?")
    c.blocked("ops",
              "We need an on-call rotation for the platform team starting next month, and I'd like you to write the "
              "PagerDuty schedule configuration (Terraform, pagerduty provider) plus a short doc for the team wiki. "
              "There are five engineers: Aiko, Bram, Chidi, Dana and Esteban. Rotations are one week long, handing "
              "over on Mondays at 10:00 Europe/Amsterdam time so the handover happens during the team's standup. "
              "The cycle should be four weeks long and every engineer must be primary exactly once per cycle, with "
              "the secondary being whoever was primary the week before. Esteban is only available from the second "
              "week because he's finishing parental leave, so please don't put him first. Escalation: page primary, "
              "after 10 minutes page secondary, after another 15 minutes page the engineering manager (Fatima). The "
              "doc should explain how to swap shifts, what counts as a page-worthy incident versus something that "
              "can wait until the morning, and how on-call compensation works (one day off in lieu per week of "
              "primary). Keep the doc under a page.",
              "contradictory", "conflicting_numbers", "The cycle should be four weeks long and every engineer must be primary exactly once per cycle",
              "Five engineers can't each be primary exactly once in a four-week cycle; should the cycle be five weeks, or should someone sit out?",
              options=["5-week cycle", "4 weeks, one person sits out"])
    c.blocked("data",
              "Our head of sales asked for a dashboard for the quarterly business review and I'd like you to build the "
              "pandas and Plotly code for it from the deals export in the context. Four charts: first, closed-won "
              "revenue by month for the last four quarters as a bar chart; second, win rate by sales rep, defined as "
              "closed-won deals divided by all closed deals (won plus lost), as a horizontal bar sorted descending; "
              "third, average sales cycle length in days from created_date to close_date for won deals, by deal size "
              "band (under 10k, 10k to 50k, over 50k); fourth, pipeline coverage for next quarter, meaning open pipeline "
              "value with an expected close date next quarter divided by next quarter's target. Put all four in one "
              "HTML file with a title and a small notes section at the bottom listing any rows you had to drop and "
              "why. Use the company colours, navy (#1F2A44) and teal (#2A9D8F). Please keep the code in one script "
              "with functions for each chart so I can rerun it next quarter by changing the input path.",
              "missing", "missing_value", "next quarter's target",
              "What is next quarter's sales target (it isn't in the export)?",
              ctx="deals_export.csv: 3,482 rows\ncolumns: deal_id, rep, created_date, close_date, expected_close_date, stage ('open','won','lost'), amount_usd")
    c.blocked("sql",
              "Could you write the query for our regional performance report? For each region, for the 2024 calendar "
              "year, I need total net revenue (the sum of orders.total_amount minus orders.discount_amount), the "
              "number of orders, the number of distinct customers, and the average order value as net revenue divided "
              "by the number of orders. Only completed orders count, which for us means status 'delivered'. Then "
              "rank the regions by net revenue, highest first, and add each region's share of the total net revenue "
              "as a percentage with one decimal place. Finally, add a column comparing each region's net revenue to "
              "its 2023 figure as a percentage change, showing NULL where a region had no 2023 orders. We use this "
              "report in the quarterly board pack, so please write it cleanly with CTEs and comments. Postgres 15.",
              "ambiguous", "ambiguous_column", "region_code (shipping address), sales_region (account owner's territory)",
              "Should the report group by the customer's shipping region_code or by their sales_region territory?",
              ctx="customers(id, name, country, region_code (shipping address), sales_region (account owner's territory), created_at)\n"
                  "orders(id, customer_id, order_date, status, total_amount, discount_amount)",
              where="context", options=["region_code", "sales_region"])


# ---------------------------------------------------------------- more items: short complete asks, ambiguous referents
def extra() -> None:
    c.ok("general", "What's 7 times 8?")
    c.ok("general", "spell necessary for me")
    c.ok("ops", "restart nginx on web-1")
    c.ok("coding", "Python: how do I reverse a string?")
    c.ok("general", "Define 'ubiquitous' in one sentence.")
    c.ok("writing", "Fix the grammar: 'Me and him goes to the store yesterday.'")
    c.ok("writing", "Write a one-line slogan for our dog-walking business. Anything playful.")
    c.ok("ops", "Add our staging URL https://staging.acme.example to the CORS allowlist in config/cors.yml.")
    c.ok("general", "our wifi password is on the fridge, how do I share a wifi password from an iPhone to a friend's iPhone?")
    c.ok("sql", "Count our customers per country, highest first.", SHOP)
    c.ok("data", "Round every value in the 'price' column to 2 decimals and save the result as prices_clean.csv.")
    c.ok("general", "Any airline is fine, just find me a morning flight from London to Paris on the 14th, economy, one adult, carry-on only.")
    c.ok("general", "Our team of six is going to an escape room on Friday. Give me three icebreaker questions for the dinner afterwards.")
    c.ok("coding", "In our Django project, add a `slug` field to the Article model: unique, filled from the title with slugify on save when empty, and include the migration.")
    c.ok("sql", "For each of our plans, the number of users whose last_login_at is within the last 30 days.", APP)
    c.ok("data", "The 'signup_date' column is a string like '2025-06-12'. Convert it to datetime and add a 'signup_month' column like '2025-06'.")

    c.ok("general", "Who painted the Mona Lisa?")
    c.ok("general", "Translate 'thank you' into Japanese.")
    c.ok("sql", "Show all orders from 2024.", SHOP)
    c.ok("sql", "Count P1 tickets opened today.", SUPPORT)
    c.ok("sql", "List the department names.", HR)
    c.ok("coding", "git: undo the last commit but keep my changes?")
    c.ok("ops", "Delete pod worker-5b6d4-ltz8 in prod.")
    c.ok("general", "capital of Canada?")
    c.ok("writing", "Synonyms for 'happy', a few.")
    c.ok("writing", "Title case this: 'the lord of the rings'")
    c.ok("general", "Add eggs to my Groceries list.")
    c.ok("coding", "Merge PR #918.", "gh pr view 918: 'fix: null check in cart total' checks: all passing, approvals: 2, mergeable: true")
    c.blocked("coding", "We went back and forth on this for a while and finally agreed, so: write a function that computes the late fee for an overdue library book using the new fee schedule, and make it respect the cap as well.",
              "missing", "missing_spec", "the new fee schedule",
              "What is the new fee schedule (per-day rate, any grace period, and the cap amount)?")
    c.blocked("general", "I'm meeting a friend at the Starbucks on Main Street at 3. How long is the walk from the central train station? I want 10 minutes to spare, so tell me when to leave.",
              "missing", "missing_location", "the Starbucks on Main Street",
              "Which town or city is this Starbucks in?")
    c.blocked("general", "What's the best month to go to Victoria? Any activity is fine, we just want nice weather and not too many crowds.",
              "ambiguous", "ambiguous_entity", "Victoria",
              "Do you mean Victoria in British Columbia, Canada, or the state of Victoria in Australia (the seasons are opposite)?",
              options=["Victoria, BC", "Victoria, Australia"])
    c.blocked("sql", "Any SQL dialect is fine. I need the list of customers from Georgia with their total spend.",
              "ambiguous", "ambiguous_entity", "customers from Georgia",
              "Do you mean the US state (state = 'GA') or the country Georgia (country = 'GE')?",
              ctx="customers(id, name, country, state, city)\norders(id, customer_id, total_amount, status)",
              options=["state GA", "country GE"])
    c.blocked("sql", "List the products that are running low on stock.", "ambiguous", "ambiguous_column",
              "stock_on_hand, stock_reserved, reorder_point",
              "Should 'low' compare stock_on_hand to reorder_point, or the available stock (on hand minus reserved)?",
              ctx="products(id, sku, name, stock_on_hand, stock_reserved, reorder_point, supplier_id)", where="context")
    c.blocked("data", "Just a quick one, any chart type is fine: show how the number of customers changed over the year.",
              "ambiguous", "ambiguous_metric", "the number of customers changed",
              "Do you want new customers per month, or the total active customer count at the end of each month?",
              ctx="customers.csv: customer_id, created_at, churned_at (nullable), plan")
    c.blocked("general", "Move my dentist appointment to next Friday, same time, and let the clinic know by email.",
              "ambiguous", "ambiguous_date", "next Friday",
              "Do you mean this coming Friday (13 June) or Friday 20 June?", ctx="Today is Wednesday, 11 June 2025.",
              options=["Fri 13 June", "Fri 20 June"])
    c.blocked("ops", "Restart the API on prod, just do it quickly please.", "ambiguous", "multiple_candidates",
              "prod-us-east", "There are two prod clusters (prod-eu-west and prod-us-east); restart the API in one or both?",
              ctx="$ kubectl config get-contexts -o name\nprod-eu-west\nprod-us-east\nstaging",
              where="context")
    c.blocked("writing", "Write a short post about the launch for our LinkedIn page, just keep it upbeat.",
              "ambiguous", "multiple_candidates", "Tue: Launch Pricing Calculator",
              "There are two launches this week (the Pricing Calculator on Tuesday and the mobile app on Thursday); which one is the post about?",
              ctx="marketing_calendar (this week):\nTue: Launch Pricing Calculator (web)\nThu: Launch mobile app v1 (iOS + Android)",
              where="context")
    c.blocked("data", "Compute each store's share of total sales for May.", "ambiguous", "ambiguous_metric", "share of total sales",
              "Should the share be based on revenue_usd or on units sold?",
              ctx="sales_may.csv: store_id, date, units, revenue_usd (31 days x 46 stores)", options=["revenue", "units"])
    c.blocked("general", "I just need a quick packing list for my trip next week, any format is fine. I'm staying with friends so no towels or toiletries, carry-on only, and it's for my cousin's wedding plus a couple of days of sightseeing.",
              "missing", "missing_location", "my trip next week",
              "Where are you going (so I can pack for the weather there)?")
    c.blocked("coding", "Just add input validation to the signup endpoint, any library is fine, we already use Express and TypeScript. Make sure the phone field follows the format the mobile app sends.",
              "missing", "missing_spec", "the format the mobile app sends",
              "What phone format does the mobile app send (e.g., E.164 like +14155550132, or national digits only)?")
    c.blocked("writing", "Any tone is fine, I just need a short message to the parents in my daughter's class saying the bake sale moved. Mention the new date and that it's now in the gym.",
              "missing", "missing_date", "Mention the new date", "What's the new date of the bake sale?")
    c.blocked("ops", "Any reasonable defaults are fine, just write the Helm values for our api chart: 3 replicas, requests 250m CPU and 256Mi memory, and an ingress on our public domain with TLS.",
              "missing", "missing_value", "our public domain", "Which hostname should the ingress use?")
    c.blocked("coding", "Bump the timeout in config.yaml to 30.", "ambiguous", "multiple_candidates",
              "timeout_ms: 5000",
              "config.yaml has two timeouts, http.timeout_ms (5000) and db.timeout_s (10); which one should become 30, and in which unit?",
              ctx="$ cat config.yaml\nhttp:\n  base_url: https://api.partner.example\n  timeout_ms: 5000\ndb:\n  dsn: postgres://app@db:5432/app\n  timeout_s: 10",
              where="context")
    c.blocked("general", "Add milk and eggs to the list.", "ambiguous", "multiple_candidates", "'Costco run'",
              "You have three shopping lists (Groceries, Costco run, Weekend BBQ); which one should I add them to?",
              ctx="lists.all() -> ['Groceries' (12 items), 'Costco run' (5 items), 'Weekend BBQ' (9 items)]",
              where="context", options=["Groceries", "Costco run", "Weekend BBQ"])

    c.pair("sql", "Average order value in 2024 using total_amount, delivered orders only.", "Average order size in 2024, delivered orders only.",
           "ambiguous", "ambiguous_metric", "Average order size",
           "Do you mean the average money value per order (total_amount) or the average number of items per order?",
           good_ctx=SHOP, bad_ctx=SHOP, options=["value", "items"])
    c.pair("writing", "Write a 150-word bio of Michael Collins, the Apollo 11 command module pilot, for a school display.",
           "Write a 150-word bio of Michael Collins for a school display.", "ambiguous", "ambiguous_entity", "Michael Collins",
           "Which Michael Collins: the Apollo 11 astronaut or the Irish revolutionary leader?",
           options=["the astronaut", "the Irish leader"])
    c.context_pair("coding", "Sort these records by date, newest first, and return the ids.",
                   '[{"id": 7, "date": "2025-05-01"}, {"id": 3, "date": "2025-06-10"}, {"id": 9, "date": "2025-02-14"}]',
                   '[{"id": 7, "created": "2025-05-01", "updated": "2025-06-11"}, {"id": 3, "created": "2025-06-10", "updated": "2025-06-10"}, {"id": 9, "created": "2025-02-14", "updated": "2025-06-12"}]',
                   "ambiguous", "ambiguous_field", '"created": "2025-05-01", "updated": "2025-06-11"',
                   "Should I sort by the created date or the updated date?", options=["created", "updated"])
    c.pair("general", "Schedule a call with the Tokyo team on Wednesday at 5pm Tokyo time.",
           "Schedule a call with the Tokyo team on Wednesday at 5pm.", "ambiguous", "ambiguous_timezone", "at 5pm",
           "Is that 5pm your time (New York) or 5pm in Tokyo?",
           good_ctx="calendar owner time zone: America/New_York", bad_ctx="calendar owner time zone: America/New_York",
           options=["5pm New York", "5pm Tokyo"])
    c.context_pair("sql", "How many users signed up from the UK last month?",
                   "users(user_id, signup_date, country)\n-- country = ISO code, e.g. 'GB'\nToday is 2025-06-12.",
                   "users(user_id, signup_date, billing_country, ip_country)\nToday is 2025-06-12.",
                   "ambiguous", "ambiguous_column", "billing_country, ip_country",
                   "Should 'from the UK' use billing_country or ip_country?", options=["billing_country", "ip_country"])
    c.context_pair("data", "Convert the price column to euros using the rate in the FX sheet.",
                   "Sheet 'FX': EURUSD = 1.08 (as of 2025-06-01)\nSheet 'Prices': sku, price_usd",
                   "Sheet 'FX': EURUSD_2024_avg = 1.08 | EURUSD_spot_2025-06-01 = 1.14\nSheet 'Prices': sku, price_usd",
                   "ambiguous", "ambiguous_column", "EURUSD_2024_avg = 1.08 | EURUSD_spot_2025-06-01 = 1.14",
                   "Should I use the 2024 average rate (1.08) or the June 1 spot rate (1.14)?")
    c.context_pair("ops", "Point the staging DNS record at the new cluster's ingress.",
                   "$ kubectl config get-contexts -o name\nstaging-old\nstaging-v2   (created today)\n$ kubectl --context staging-v2 -n ingress get svc\ningress-nginx  LoadBalancer  203.0.113.77",
                   "$ kubectl config get-contexts -o name\nstaging-old\nstaging-v2-eu   (created today)\nstaging-v2-us   (created today)",
                   "ambiguous", "multiple_candidates", "staging-v2-us   (created today)",
                   "Two new staging clusters were created today (staging-v2-eu and staging-v2-us); which should the record point at?")
    c.context_pair("coding", "Rename `user` to `account` across the billing code.",
                   "$ rg -l '\\buser\\b' src/billing\nsrc/billing/invoice.py  (local variables only)\nsrc/billing/charge.py  (local variables only)",
                   "$ rg -l '\\buser\\b' src/billing\nsrc/billing/invoice.py  (local variables)\nsrc/billing/serializers.py  (JSON field 'user' returned by GET /v1/invoices)",
                   "ambiguous", "ambiguous_scope", "JSON field 'user' returned by GET /v1/invoices",
                   "Renaming the 'user' JSON field would break API clients; should I rename it too, or only internal variables?")
    c.context_pair("writing", "Reply to Jenna's message with a short yes, any wording is fine.",
                   "messages.last(from='Jenna'): 'Still up for dinner on Friday?'",
                   "messages.last(from='Jenna'): 'Friday or Saturday for dinner? Either works for me.'",
                   "ambiguous", "ambiguous_answer", "Friday or Saturday for dinner?",
                   "Jenna offered Friday or Saturday; which day should the yes be for?", options=["Friday", "Saturday"])
    c.context_pair("sql", "Revenue for last quarter, by country.",
                   SHOP + "\nToday is 2025-06-12. All reporting uses calendar quarters.",
                   SHOP + "\nToday is 2025-06-12. Finance reports in fiscal quarters (FY starts Feb 1); the growth team uses calendar quarters.",
                   "ambiguous", "ambiguous_period", "Finance reports in fiscal quarters (FY starts Feb 1); the growth team uses calendar quarters",
                   "Should last quarter be the calendar quarter (Jan-Mar 2025) or the last fiscal quarter (Feb-Apr 2025)?",
                   options=["calendar Q1", "fiscal Q1"])
    c.pair("general", "What's the cheapest way to get from the Marriott Marquis in Times Square to JFK at 6am?",
           "What's the cheapest way to get from my hotel to JFK at 6am?", "missing", "missing_referent", "my hotel",
           "Which hotel are you staying at (or its neighborhood)?")
    c.pair("coding", "Write `is_weekend(d)` returning True for Saturdays and Sundays.",
           "Write `is_weekend(d)` for our offices in Riyadh and London.", "ambiguous", "ambiguous_rule",
           "for our offices in Riyadh and London",
           "Riyadh's weekend is Friday-Saturday and London's is Saturday-Sunday; should the function take the office as an argument, or use one rule?")
    c.pair("data", "Compare 2024 with 2023 in this chart data in a short paragraph.",
           "Compare the two years in this chart data in a short paragraph.", "ambiguous", "ambiguous_referent", "the two years",
           "The data covers 2023, 2024 and 2025 so far; which two years should I compare?",
           good_ctx="year, signups\n2023, 18,420\n2024, 23,915\n2025 (to June), 13,002",
           bad_ctx="year, signups\n2023, 18,420\n2024, 23,915\n2025 (to June), 13,002")


def main() -> None:
    general()
    writing()
    coding()
    bugs()
    sql()
    data()
    ops()
    agent()
    long_items()
    extra()
    c.write()


if __name__ == "__main__":
    main()
