"""Hand-written probe training data, part "openqa": information-seeking and everyday assistant requests.

Label 1 items need a clarifying question first: a name shared by several
people / places / films / teams, an answer that depends on an unstated time,
place, version or edition, a recommendation or plan that hinges on a fact the
user signals but never gives (budget, dates, diet, level, age), a referent
("it", "the second one") with several candidates, a question with two
readings (scope, comparison, unit), self-contradicting requests, and false
premises that leave the question unanswerable as asked.

Label 0 items are the same requests pinned down, plus many stand-alone
questions that look open but are answerable as written (explanations,
how-tos, definitions, general knowledge, opinions asked as opinions,
brainstorming where the user grants freedom), so a probe does not learn
"a question means ask back".

Every item below was written out by hand as a literal call: no templates,
no word-list loops.  Deterministic, stdlib only.  Domains: general, writing.

Usage (from the repository root):
    python -m training.corpus.build_handwritten_openqa
    python -m training.corpus.check_corpus training/corpus/handwritten_openqa.jsonl
"""

from __future__ import annotations

from pathlib import Path

from training.corpus._writer import Corpus

c = Corpus("hwq", Path(__file__).with_name("handwritten_openqa.jsonl"))
P, CP, OK, B = c.pair, c.context_pair, c.ok, c.blocked
G, W = "general", "writing"
M, A, C = "missing", "ambiguous", "contradictory"

# ---------------------------------------------------------------------------
# 1. Ambiguous entities: names shared by several places, people, films, teams
# ---------------------------------------------------------------------------

P(G, "Population of Springfield, Illinois?",
  "quick one - what's the population of Springfield these days, roughly?",
  A, "entity", "Springfield",
  "Which Springfield do you mean: Illinois, Missouri, Massachusetts, or another one?",
  options=["Springfield, Illinois", "Springfield, Missouri", "Springfield, Massachusetts"])

P(G, "Who directed the 2004 movie Crash, the one with Sandra Bullock and Don Cheadle?",
  "Who directed Crash?",
  A, "entity", "Crash",
  "Which Crash do you mean: the 2004 Paul Haggis drama or the 1996 Cronenberg film?",
  options=["Crash (2004)", "Crash (1996)"])

P(G, "What's the capital of the US state of Georgia?",
  "what is the capital of georgia",
  A, "entity", "georgia",
  "Do you mean the US state of Georgia or the country Georgia in the Caucasus?",
  options=["the US state", "the country"])

P(G, "What's the weather usually like in Portland, Maine in late October? Packing for a trip.",
  "What's the weather usually like in Portland in late October? Packing for a trip.",
  A, "entity", "Portland",
  "Which Portland are you going to: Portland, Oregon or Portland, Maine?",
  options=["Portland, Oregon", "Portland, Maine"])

P(G, "Who played the scientist in Cronenberg's The Fly?",
  "Who played the scientist in The Fly? I keep forgetting his name",
  A, "entity", "The Fly",
  "Which version of The Fly: the 1958 original or the 1986 Cronenberg remake?",
  options=["The Fly (1958)", "The Fly (1986)"])

P(G, "How many seasons does the US version of The Office have?",
  "how many seasons does the office have in total",
  A, "entity", "the office",
  "Do you mean the original British The Office or the American remake?",
  options=["UK version", "US version"])

P(G, "What's the runtime of Dune: Part Two?",
  "Whats the runtime of Dune? want to know if I can fit it in before dinner",
  A, "entity", "Dune",
  "Which Dune film: the 1984 Lynch version, the 2021 film, or Dune: Part Two?",
  options=["Dune (1984)", "Dune (2021)", "Dune: Part Two (2024)"])

P(G, "Give me a quick summary of the First Battle of Newbury and why it mattered.",
  "Give me a quick summary of the Battle of Newbury and why it mattered.",
  A, "entity", "the Battle of Newbury",
  "There were two Battles of Newbury in the English Civil War (1643 and 1644); which one do you want?",
  options=["First Battle of Newbury (1643)", "Second Battle of Newbury (1644)"])

P(G, "What league do the Texas Rangers play in, and how long have they been in it?",
  "What league do the Rangers play in?",
  A, "entity", "the Rangers",
  "Which Rangers do you mean: the New York Rangers, the Texas Rangers, or Rangers FC in Glasgow?",
  options=["New York Rangers (NHL)", "Texas Rangers (MLB)", "Rangers FC"])

P(G, "Who founded Delta Air Lines and when?",
  "Who founded Delta and when? Doing a trivia night.",
  A, "entity", "Delta",
  "Which Delta do you mean: Delta Air Lines, Delta Faucet, or another company?",
  options=["Delta Air Lines", "Delta Faucet"])

P(G, "Can you give me a short bio of John Williams? I'm writing a program note for a concert of his film music, so the composer.",
  "Can you give me a short bio of John Williams for a program note?",
  A, "entity", "John Williams",
  "Which John Williams: the film composer or the classical guitarist?",
  options=["John Williams, film composer", "John Williams, guitarist"])

P(G, "When did George W. Bush leave office?",
  "When did George Bush leave office?",
  A, "entity", "George Bush",
  "Do you mean George H. W. Bush (the father) or George W. Bush (the son)?",
  options=["George H. W. Bush", "George W. Bush"])

P(G, "Give me three fun facts about the planet Mercury for my son's school poster.",
  "Give me three fun facts about Mercury.",
  A, "entity", "Mercury",
  "Do you mean the planet Mercury, the element, or Freddie Mercury?",
  options=["the planet", "the element", "Freddie Mercury"])

P(G, "What's the tallest building in Birmingham, Alabama?",
  "What's the tallest building in Birmingham at the moment, and how tall is it?",
  A, "entity", "Birmingham",
  "Birmingham in England or Birmingham, Alabama?",
  options=["Birmingham, UK", "Birmingham, Alabama"])

P(G, "how old was alexander the great when he died",
  "How old was Alexander when he died?",
  A, "entity", "Alexander",
  "Which Alexander do you mean: Alexander the Great, Alexander Hamilton, or someone else?",
  options=["Alexander the Great", "Alexander Hamilton"])

P(G, "When was the Treaty of Paris that ended the American Revolutionary War signed?",
  "When was the Treaty of Paris signed?",
  A, "entity", "the Treaty of Paris",
  "Several treaties are called the Treaty of Paris (1763, 1783, 1898, 1951 and more); which one do you mean?",
  options=["1763", "1783", "1898", "1951"])

P(G, "What are the opening hours of the Natural History Museum in London on Sundays?",
  "What are the Natural History Museum's opening hours on Sundays?",
  A, "entity", "Natural History Museum",
  "Which Natural History Museum: London, the American Museum of Natural History in New York, or another city's?",
  options=["London", "New York (AMNH)", "another city"])

P(G, "Airport code for San Jose, California?",
  "What's the airport code for San Jose? Need it for a booking form.",
  A, "entity", "San Jose",
  "San Jose in California (SJC) or San José in Costa Rica (SJO)?",
  options=["San Jose, California", "San José, Costa Rica"])

P(G, "I'm filling in a form and it wants the area code for Kansas City, Missouri. What is it?",
  "What's the area code for Kansas City?",
  A, "entity", "Kansas City",
  "Kansas City, Missouri or Kansas City, Kansas?",
  options=["Kansas City, MO", "Kansas City, KS"])

P(G, "Tell me a bit about the history of the St. Louis Cardinals.",
  "Tell me a bit about the history of the Cardinals, I'm going to my first game next week.",
  A, "entity", "the Cardinals",
  "Which Cardinals: the St. Louis Cardinals (baseball) or the Arizona Cardinals (football)?",
  options=["St. Louis Cardinals", "Arizona Cardinals"])

P(G, "What's the battery life on the Pixel 8 Pro?",
  "whats the battery life on the pixel like, is it good",
  A, "version", "the pixel",
  "Which Pixel model do you mean: Pixel 8, 8 Pro, 9, or another one?",
  options=["Pixel 8", "Pixel 8 Pro", "Pixel 9"])

P(G, "Who sang the original version of 'Hallelujah' before Jeff Buckley covered it?",
  "Who sang the version of Hallelujah that everyone knows?",
  A, "interpretation", "the version of Hallelujah that everyone knows",
  "Which version do you mean: Leonard Cohen's original, Jeff Buckley's cover, or the one from Shrek (John Cale / Rufus Wainwright)?",
  options=["Leonard Cohen", "Jeff Buckley", "John Cale / Rufus Wainwright"])

P(G, "Who plays Jack Ryan in the Amazon series?",
  "Who plays Jack Ryan?",
  A, "entity", "Jack Ryan",
  "Several actors have played Jack Ryan (Baldwin, Ford, Affleck, Pine, Krasinski); which film or series do you mean?",
  options=["The Hunt for Red October", "the Harrison Ford films", "the Amazon series"])

P(G, "How long does it take to drive from London to Cambridge?",
  "How long does it take to drive from Boston to Cambridge?",
  A, "entity", "Cambridge",
  "Do you mean Cambridge, Massachusetts (right next to Boston) or Cambridge in England?",
  options=["Cambridge, MA", "Cambridge, UK"])

P(G, "When was the Dallas TV series with J.R. Ewing first broadcast?",
  "When was Dallas first broadcast? My mum says 1978, I say 1980.",
  A, "entity", "Dallas",
  "Do you mean the original Dallas series or the 2012 revival?",
  options=["original series", "2012 revival"])

P(G, "What year was Paul McCartney born?",
  "What year was Paul born? The one from the band, obviously.",
  A, "entity", "The one from the band",
  "Which Paul and which band do you mean?")

P(G, "What's the tuition at the University of Washington for in-state undergrads?",
  "What's tuition at Washington University for in-state undergrads?",
  A, "entity", "Washington University",
  "Do you mean the University of Washington in Seattle or Washington University in St. Louis (a private school with no in-state rate)?",
  options=["University of Washington", "Washington University in St. Louis"])

B(G, "Can you tell me how Jordan did last season?", A, "entity", "Jordan",
  "Which Jordan do you mean: a player, a team, or the country's national side?")

B(G, "Who's the current manager of United?", A, "entity", "United",
  "Which United: Manchester United, Newcastle United, Leeds United, or another club?",
  options=["Manchester United", "Newcastle United", "Leeds United"])

B(G, "I need the phone number for the Hilton downtown, the one we stayed at before.", A, "entity",
  "the Hilton downtown", "Which city's downtown Hilton was it?")

OK(G, "Who was the first person to walk on the Moon?")
OK(G, "What's the capital of Australia? I always mix it up with Sydney.")
OK(G, "Which planet has the most moons that we know of?")
OK(G, "who wrote pride and prejudice")
OK(G, "What does the 'K' in K-pop stand for?")

# ---------------------------------------------------------------------------
# 2. Answers that depend on an unstated time, place, version or edition
# ---------------------------------------------------------------------------

P(G, "What time does the sun set in Oslo on June 21?",
  "What time does the sun set on June 21?",
  M, "location", None,
  "Where are you?")

P(G, "How many days of paid annual leave am I legally entitled to in the UK if I work full time?",
  "How many days of paid annual leave am I legally entitled to if I work full time?",
  M, "location", None,
  "Which country do you work in?")

P(G, "What's the legal drinking age in Germany?",
  "Whats the legal drinking age? asking for my nephew who's coming to visit us next month",
  M, "location", None,
  "Which country (or state) will your nephew be visiting?")

P(G, "What's the speed limit on motorways in the UK for cars?",
  "What's the speed limit on motorways for a normal car?",
  M, "location", None,
  "Which country's motorways do you mean?")

P(G, "how do i take a screenshot on a mac",
  "how do i take a screenshot of just part of the screen",
  M, "version", None,
  "What device are you using: Windows, Mac, iPhone, Android, or something else?",
  options=["Windows", "Mac", "iPhone", "Android"])

P(G, "How do I split a cell into two in a Google Docs table?",
  "How do I split a table cell into two?",
  M, "version", None,
  "Which program is the table in: Word, Google Docs, or something else?",
  options=["Microsoft Word", "Google Docs", "Excel"])

P(G, "What's the federal minimum wage in the US?",
  "What's the minimum wage right now where I live?",
  M, "location", "where I live",
  "Where do you live?")

P(G, "When is the deadline to file US federal income tax returns for the 2023 tax year?",
  "When is the tax filing deadline?",
  M, "location", None,
  "Which country (and which tax year) are you filing for?")

P(G, "Which side of the road do people drive on in Japan?",
  "which side of the road do they drive on there",
  M, "referent", "there",
  "Which country do you mean?")

P(G, "How do I factory reset an iPhone 13?",
  "How do I factory reset it? I'm selling it tomorrow.",
  M, "referent", "it",
  "What device are you resetting: which phone, tablet, or laptop model?")

P(G, "Who won the Ballon d'Or in 2022?",
  "Who won the Ballon d'Or that year Messi didn't?",
  A, "time", "that year Messi didn't",
  "Which year do you mean? Messi didn't win it in many years; do you have a particular one in mind?")

P(G, "Who was the prime minister of Japan in 1990?",
  "Who was the prime minister in 1990?",
  M, "location", None,
  "Prime minister of which country?")

P(G, "Who won the 2019 Rugby World Cup?",
  "Who won the World Cup in 2019? and what was the score in the final",
  A, "entity", "the World Cup in 2019",
  "Which 2019 World Cup: cricket (men's), rugby union, or the FIFA Women's World Cup?",
  options=["Cricket World Cup", "Rugby World Cup", "FIFA Women's World Cup"])

P(G, "How many players are on the field for each side in a rugby union match?",
  "How many players are on the field for each side?",
  M, "entity", None,
  "Which sport do you mean?")

P(G, "What's the max size of a file I can attach to a Gmail message?",
  "What's the max size of a file I can attach to an email?",
  M, "version", None,
  "Which email service are you using (Gmail, Outlook, Yahoo, a work server)?",
  options=["Gmail", "Outlook", "Yahoo"])

P(G, "What's the exchange rate from euros to Japanese yen roughly, just ballpark?",
  "What's the exchange rate to yen roughly, just ballpark?",
  M, "entity", None,
  "Which currency are you converting from into yen?")

P(G, "How long is the direct flight from Lisbon to Sao Paulo?",
  "How long is the flight to Sao Paulo, roughly? Trying to work out if I need a sleeping pill.",
  M, "location", None,
  "Where are you flying to Sao Paulo from?")

P(G, "How much does a first-class stamp cost in the UK?",
  "How much does a first class stamp cost right now?",
  M, "location", None,
  "Which country's postal service?",
  options=["UK (Royal Mail)", "US (USPS)"])

P(G, "What was the result of the 2016 Brexit referendum, in percentages?",
  "What was the result of the referendum, in percentages?",
  M, "entity", "the referendum",
  "Which referendum do you mean?")

P(G, "What's the PEGI age rating of The Legend of Zelda: Tears of the Kingdom?",
  "What age rating is the Zelda game? Want to get it for my 7 year old.",
  A, "entity", "the Zelda game",
  "Which Zelda game do you mean?",
  options=["Tears of the Kingdom", "Breath of the Wild", "Link's Awakening"])

P(G, "In the 5th edition D&D rules, how does a grapple work?",
  "In D&D, how does a grapple work?",
  A, "version", "D&D",
  "Which edition are you playing: 5th edition (2014), the 2024 rules, or an older one?",
  options=["5e (2014)", "2024 rules", "3.5e"])

P(G, "How long is each period in an NHL hockey game?",
  "How long is each period in a game?",
  M, "entity", None,
  "Which sport and league do you mean?")

P(G, "Is the Louvre open on Tuesdays?",
  "Is the museum open on Tuesdays?",
  M, "entity", "the museum",
  "Which museum do you mean?")

P(G, "When does daylight saving time end in the US this year?",
  "When does daylight saving time end?",
  M, "location", None,
  "Which country or region?",
  options=["US", "EU/UK", "Australia"])

CP(G, "What happens in chapter 12?",
   "I'm reading Moby-Dick for my book club and fell asleep halfway through the chapter.",
   "I'm reading Moby-Dick for my book club and Dune on my commute, and fell asleep halfway through chapter 12 last night.",
   A, "referent", "Moby-Dick for my book club and Dune on my commute",
   "Chapter 12 of which book: Moby-Dick or Dune?", options=["Moby-Dick", "Dune"])

CP(G, "What voltage do they use there?",
   "User earlier: I'm flying to Tokyo next week for a conference.",
   "User earlier: I'm flying to Tokyo next week for a conference, then on to Sydney for a few days of holiday.",
   A, "referent", "Tokyo next week for a conference, then on to Sydney",
   "Do you mean Japan or Australia?",
   options=["Japan", "Australia"])

OK(G, "What is the boiling point of water at sea level in Fahrenheit?")
OK(G, "How many time zones does Russia have?")
OK(G, "Remind me what year the Berlin Wall fell, my son asked and I blanked.")
OK(G, "Why do we have leap years?")
OK(G, "Which is the longest river in Africa?")
OK(G, "What language do they speak in Brazil?")

# ---------------------------------------------------------------------------
# 3. Recommendations and plans that hinge on a fact the user signals but omits
# ---------------------------------------------------------------------------

P(G, "Suggest a laptop for college, mostly writing and browsing, under $700.",
  "Suggest a laptop for college, mostly writing and browsing. Has to stay within my budget.",
  M, "constraint", "within my budget",
  "What's your budget for the laptop?")

P(G, "Recommend a beginner-friendly hike near Denver, under 5 miles round trip, with a decent view.",
  "Recommend a hike near Denver with a decent view that matches my fitness level.",
  M, "preference", "matches my fitness level",
  "How would you describe your fitness and hiking experience: beginner, moderate, or experienced?",
  options=["beginner", "moderate", "experienced"])

P(G, "Plan a week of dinners for a family of four; my husband is celiac so everything must be gluten-free.",
  "Plan a week of dinners for a family of four, keeping my husband's dietary restriction in mind.",
  M, "constraint", "my husband's dietary restriction",
  "What is your husband's dietary restriction?")

P(G, "What wine goes well with mushroom risotto?",
  "What wine goes well with what I'm making tonight?",
  M, "referent", "what I'm making tonight",
  "What are you cooking tonight?")

P(G, "Suggest a birthday gift for my nephew, he's turning 8 and is obsessed with dinosaurs.",
  "Suggest a birthday gift for my nephew, something age-appropriate, he's obsessed with dinosaurs.",
  M, "quantity", "age-appropriate",
  "How old is your nephew turning?")

P(G, "I'm 178 cm tall with an 82 cm inseam. What frame size road bike should I look at?",
  "What frame size road bike should I look at?",
  M, "quantity", None,
  "How tall are you (and do you know your inseam)?")

P(G, "How much paint do I need for a bedroom that's 4 m by 3.5 m with 2.5 m ceilings, two coats, walls only?",
  "How much paint do I need for the bedroom? Two coats, walls only, one door and one window.",
  M, "quantity", "the bedroom",
  "What are the bedroom's dimensions (length, width and ceiling height)?")

P(G, "How many hours of sleep does a 6-year-old need?",
  "How many hours of sleep does my kid need? He's been cranky lately.",
  M, "quantity", "my kid",
  "How old is your child?")

P(G, "Roughly how much water should a 20 kg dog drink per day?",
  "Roughly how much water should my dog be drinking each day?",
  M, "quantity", "my dog",
  "How much does your dog weigh?")

P(G, "Give me a 12-week half-marathon training plan. I currently run about 15 km a week.",
  "Give me a training plan for my half marathon. I currently run about 15 km a week.",
  M, "time", "my half marathon",
  "How many weeks do you have until the half marathon?")

P(G, "Is April a good time to visit Kyoto?",
  "Is April a good time to visit? I can't really do summer heat.",
  M, "location", None,
  "Where are you thinking of visiting?")

P(G, "Recommend a piano piece for an intermediate player, around grade 5, something romantic era.",
  "Recommend a piano piece I should learn next, something romantic era, not too far above my level.",
  M, "preference", "not too far above my level",
  "Roughly what level do you play at (for example, a grade, or pieces you can already play)?")

P(G, "Plan a 3-day Rome itinerary for two, mid-range budget, about 150 euros a day each excluding the hotel.",
  "Plan a 3-day Rome itinerary for two, making sure it fits our budget.",
  M, "constraint", "fits our budget",
  "Roughly what budget per day (excluding or including the hotel) should the plan fit?")

P(G, "What's a good first telescope for a 10-year-old, under 200 dollars?",
  "What's a good first telescope for a 10-year-old? Price matters, don't go crazy.",
  M, "constraint", "Price matters, don't go crazy",
  "What's the most you'd want to spend on the telescope?")

P(G, "Suggest some vegetarian dinner recipes I can make in under 30 minutes.",
  "Suggest some dinner recipes I can make in under 30 minutes that work with my diet.",
  M, "constraint", "work with my diet",
  "What diet are you following?")

P(G, "My flat is 45 square metres. What size air purifier should I get?",
  "What size air purifier should I get for my flat?",
  M, "quantity", "my flat",
  "How big is your flat (or the room you want to purify)?")

P(G, "Suggest a Spanish course for a complete beginner, online, self-paced.",
  "Suggest a Spanish course for me, online, self-paced, at the right level.",
  M, "preference", "at the right level",
  "What's your current Spanish level: complete beginner, some basics, or intermediate?",
  options=["complete beginner", "some basics", "intermediate"])

P(G, "We're a group of 6 adults looking for a board game that plays in about an hour. Ideas?",
  "Looking for a board game that plays in about an hour and works for our group size. Ideas?",
  M, "quantity", "our group size",
  "How many people will be playing?")

P(G, "Which running shoes would you recommend for someone who overpronates and runs mostly on roads?",
  "Which running shoes would you recommend for someone like me?",
  M, "preference", "someone like me",
  "Could you tell me a bit about how you run: surface, distance, and whether you overpronate?")

P(G, "I weigh about 70 kg. Roughly how many grams of protein a day should I aim for if I'm lifting weights 4 times a week?",
  "Roughly how many grams of protein a day should I aim for if I'm lifting weights 4 times a week?",
  M, "quantity", None,
  "What's your body weight?")

P(G, "My car is a 2015 Honda Civic. What tyre pressure should I run?",
  "What tyre pressure should I run on my car?",
  M, "entity", "my car",
  "What make, model and year is your car?")

P(G, "Suggest a weekend itinerary in Edinburgh for the first weekend of August.",
  "Suggest a weekend itinerary in Edinburgh; whatever's on when we're there, festivals etc.",
  M, "time", "when we're there",
  "Which weekend will you be in Edinburgh?")

P(G, "Recommend a few podcasts for a long drive. I like true crime and history.",
  "Recommend a few podcasts for a long drive, in the genres I mentioned.",
  M, "referent", "the genres I mentioned",
  "Which genres do you like?")

P(G, "I'm hosting 12 people. How many bottles of wine should I buy for a 3-hour dinner?",
  "How many bottles of wine should I buy for a 3-hour dinner party?",
  M, "quantity", None,
  "How many guests are coming?")

P(G, "What's a good stroller for travelling? Must fit easyJet's cabin rules.",
  "What's a good stroller for travelling? Must fit the airline's cabin rules.",
  M, "entity", "the airline's cabin rules",
  "Which airline are you flying with?")

OK(G, "What's a good houseplant for my dark bathroom? It has no window at all.")
OK(G, "Recommend one classic sci-fi novel for my dad, he's never read the genre.")
OK(G, "What are some good stretches after a long run? My calves are always tight.")
OK(G, "Any tips for keeping my basil alive on a windowsill? I've killed three already.")
OK(G, "What do I need in a basic first aid kit for hiking?")
OK(G, "Suggest some fun things to do on a rainy day with my toddler at home, we're going stir crazy.")
OK(G, "what's a good beginner recipe for homemade bread, no stand mixer")
OK(G, "Give me a few ideas for a cheap date night at home, we've done movies to death.")

B(G, "Some book recs? Same vibe as the last one I loved please.", M, "referent", "the last one I loved",
  "Which book was the last one you loved?")
B(G, "Build me a workout plan around my injury.", M, "constraint", "my injury",
  "What injury do you have, and which movements should I avoid?")
B(G, "What's a reasonable amount to tip the movers? They did a great job and it took most of the day.",
  M, "location", None,
  "Which country are you in?")
B(G, "Find me a babysitting rate that's fair for where we live, two kids, weekday evenings.",
  M, "location", "where we live",
  "Where do you live?")

# ---------------------------------------------------------------------------
# 4. Referents with several candidates ("it", "the second one", "that one")
# ---------------------------------------------------------------------------

CP(G, "How long is the train ride to the second one from the airport?",
   "Assistant earlier: Two good bases for your Portugal trip: 1) Lisbon, 2) Porto.",
   "Assistant earlier: Two good bases for your Portugal trip: 1) Lisbon, 2) Porto. Day trips from either: 1) Sintra, 2) Obidos.",
   A, "referent", "Day trips from either: 1) Sintra, 2) Obidos.",
   "Do you mean the second base (Porto) or the second day trip (Obidos)?",
   options=["Porto", "Obidos"])

CP(G, "Who's in the cast of the sequel?",
   "We were just talking about Toy Story 3.",
   "We were just talking about Paddington.",
   A, "referent", "Paddington",
   "Paddington has two sequels: Paddington 2 and Paddington in Peru. Which one?",
   options=["Paddington 2", "Paddington in Peru"])

CP(G, "is that one dishwasher safe?",
   "User earlier: I'm looking at the Le Creuset 5.5 qt Dutch oven.",
   "User earlier: I'm looking at the Le Creuset 5.5 qt Dutch oven and the Staub 4 qt cocotte, can't decide.",
   A, "referent", "the Le Creuset 5.5 qt Dutch oven and the Staub 4 qt cocotte",
   "Which one do you mean: the Le Creuset Dutch oven or the Staub cocotte?",
   options=["Le Creuset 5.5 qt", "Staub 4 qt"])

CP(G, "When was he born?",
   "Earlier: Tell me about the painter Claude Monet.",
   "Earlier: Tell me about the painters Claude Monet and Edouard Manet, people always confuse them.",
   A, "referent", "Claude Monet and Edouard Manet",
   "Do you mean Monet or Manet?", options=["Claude Monet", "Edouard Manet"])

CP(G, "How much does the third option cost per month?",
   "Assistant earlier: Gym options near you: 1) PureGym, 2) Anytime Fitness, 3) the council leisure centre.",
   "Assistant earlier: Gym options near you: 1) PureGym, 2) the council leisure centre. Or home options: 1) a Peloton, 2) resistance bands, 3) a rowing machine.",
   A, "referent", "3) a rowing machine",
   "By the third option do you mean the rowing machine, or one of the gyms?")

CP(G, "OK and how tall is it?",
   "Earlier: Which is older, the Eiffel Tower or the Statue of Liberty? Assistant: The Statue of Liberty was dedicated in 1886, three years before the Eiffel Tower (1889). User: Cool, tell me more about the Eiffel Tower.",
   "Earlier: Which is older, the Eiffel Tower or the Statue of Liberty? Assistant: The Statue of Liberty was dedicated in 1886, three years before the Eiffel Tower (1889).",
   A, "referent", "the Eiffel Tower or the Statue of Liberty",
   "Do you want the height of the Eiffel Tower or the Statue of Liberty?",
   options=["Eiffel Tower", "Statue of Liberty"])

CP(G, "Can you give me the recipe for that?",
   "Assistant earlier: For a light summer lunch, a panzanella salad is hard to beat.",
   "Assistant earlier: For a light summer lunch, a panzanella salad is hard to beat, or a chilled gazpacho, or even a simple caprese.",
   A, "referent", "a panzanella salad is hard to beat, or a chilled gazpacho, or even a simple caprese",
   "Which recipe would you like: panzanella, gazpacho, or caprese?",
   options=["panzanella", "gazpacho", "caprese"])

CP(G, "What's the difference in battery life between them?",
   "User earlier: I'm choosing between the Kindle Paperwhite and the Kobo Clara BW.",
   "User earlier: I'm choosing an e-reader, probably a Kindle or a Kobo.",
   A, "referent", "a Kindle or a Kobo",
   "Which Kindle and Kobo models are you comparing?")

CP(G, "Does she have any other books?",
   "Earlier: I just finished 'Piranesi' by Susanna Clarke and loved it.",
   "Earlier: My sister lent me 'Piranesi' by Susanna Clarke and my mum lent me 'Circe' by Madeline Miller, loved both.",
   A, "referent", "'Piranesi' by Susanna Clarke and my mum lent me 'Circe' by Madeline Miller",
   "Which author do you mean: Susanna Clarke or Madeline Miller?",
   options=["Susanna Clarke", "Madeline Miller"])

P(G, "I have a blue and a red jacket; which colour goes better with khaki trousers?",
  "I have a blue jacket, a red one and a green one; does it go with khaki trousers?",
  A, "referent", "does it go",
  "Which jacket do you mean: the blue, the red, or the green one?",
  options=["blue", "red", "green"])

P(W, "My landlord and my neighbour both texted me about the broken fence. Draft a short reply to my landlord saying I'll fix it on Saturday.",
  "My landlord and my neighbour both texted me about the broken fence. Draft a short reply to him saying I'll fix it on Saturday.",
  A, "recipient", "reply to him",
  "Should the reply go to your landlord or your neighbour?", options=["landlord", "neighbour"])

P(G, "The book club picked 'Circe' and 'The Overstory'. What's the page count of 'Circe'?",
  "The book club picked 'Circe' and 'The Overstory'. What's the page count of the one by the American author?",
  A, "referent", "the one by the American author",
  "Madeline Miller and Richard Powers are both American; which book do you mean, Circe or The Overstory?",
  options=["Circe", "The Overstory"])

# ---------------------------------------------------------------------------
# 5. Two readings: scope, comparison basis, units
# ---------------------------------------------------------------------------

P(G, "Which has more land area, Texas or France?",
  "Which is bigger, Texas or France?",
  A, "interpretation", "bigger",
  "Bigger by land area or by population?",
  options=["land area", "population"])

P(G, "How many Oscars did the three Lord of the Rings films win in total?",
  "How many Oscars did Lord of the Rings win?",
  A, "scope", "Lord of the Rings",
  "Do you mean the whole trilogy (17) or just The Return of the King (11)?",
  options=["the whole trilogy", "The Return of the King only"])

P(G, "Convert 30 degrees Celsius to Fahrenheit.",
  "convert 30 degrees to the other one pls",
  A, "unit", "the other one",
  "Is that 30 degrees Celsius to Fahrenheit, or 30 degrees Fahrenheit to Celsius?",
  options=["30 °C to °F", "30 °F to °C"])

P(G, "How many kilograms are in a metric tonne?",
  "How many kilograms are in a ton? The shipping quote is in tons.",
  A, "unit", "a ton",
  "Which ton does the quote use: metric tonne (1000 kg), US short ton (907 kg), or UK long ton (1016 kg)?",
  options=["metric tonne", "US short ton", "UK long ton"])

P(G, "Which has more people, Rome or New York City? Asking for a bet with a friend.",
  "Which city is bigger, Rome or New York? Asking for a bet with a friend.",
  A, "interpretation", "bigger",
  "Bigger in population or in area (city limits or metro)?",
  options=["population", "area"])

P(G, "Which is the tallest mountain in the world measured from sea level?",
  "What's the tallest mountain in the world? My son says it's not Everest and I need to settle this.",
  A, "interpretation", "tallest",
  "Tallest measured from sea level (Everest) or from base to peak (Mauna Kea)?",
  options=["from sea level", "base to peak"])

P(G, "Who was the youngest person ever elected US president?",
  "Who was the youngest US president? Settling an argument at the pub.",
  A, "interpretation", "youngest US president",
  "Youngest to take office (Theodore Roosevelt, after McKinley's death) or youngest elected (John F. Kennedy)?",
  options=["youngest to take office", "youngest elected"])

P(G, "What's the most spoken language in the world counting native speakers only?",
  "What's the most spoken language in the world?",
  A, "interpretation", "most spoken",
  "Counting native speakers only (Mandarin) or all speakers including second-language (English)?",
  options=["native speakers", "total speakers"])

P(G, "Which country has the largest economy by nominal GDP?",
  "Which is the richest country in the world?",
  A, "interpretation", "richest",
  "Richest by total GDP (the US) or by GDP per person (e.g. Luxembourg)?",
  options=["total GDP", "GDP per capita"])

P(G, "How many ounces of flour by weight are in one cup of all-purpose flour?",
  "How many ounces are in a cup?",
  A, "unit", "ounces",
  "Fluid ounces (volume) or ounces by weight of something specific, like flour?",
  options=["fluid ounces", "ounces by weight"])

P(G, "What's the busiest airport in the world by passenger numbers?",
  "Whats the busiest airport in the world",
  A, "interpretation", "busiest",
  "Busiest by total passengers, international passengers, or number of flights?",
  options=["total passengers", "international passengers", "aircraft movements"])

P(G, "How many calories does a 70 kg person burn running 5 km?",
  "How many calories does running burn?",
  M, "quantity", None,
  "For what distance or duration, and roughly what body weight?")

P(G, "How many stars are on the flag of Australia?",
  "How many stars are on the flag? My daughter is drawing it for school.",
  M, "entity", "the flag",
  "Which country's flag is she drawing?")

P(G, "Who is the richest person in history if you adjust for inflation, in most historians' estimates?",
  "Who's the richest person ever?",
  A, "interpretation", "richest person ever",
  "Do you mean the richest living person today, or the richest in all of history adjusted for inflation?",
  options=["richest today", "richest in history"])

B(G, "Which is older, the university or the cathedral?", A, "referent", "the university or the cathedral",
  "Which university and which cathedral do you mean?")
B(G, "What's faster, the train or the plane, to Edinburgh?", M, "location", None,
  "Where would you be travelling from to Edinburgh?")
OK(G, "Is a billion a thousand million or a million million?")

# ---------------------------------------------------------------------------
# 6. Requests that contradict themselves, and false premises
# ---------------------------------------------------------------------------

P(G, "Plan a 3-day weekend in Lisbon for us, arriving Friday the 10th and flying home Sunday the 12th.",
  "Plan a 4-day weekend in Lisbon for us, arriving Friday the 10th and flying home Sunday the 12th.",
  C, "time_conflict", "4-day weekend",
  "Friday the 10th to Sunday the 12th is three days; should I plan for those three days, or are you staying until Monday?",
  options=["three days, Fri-Sun", "four days, Fri-Mon"])

P(G, "Give me a vegan lasagna recipe; cashew ricotta is fine as a substitute.",
  "Give me a vegan lasagna recipe with real ricotta and a proper beef ragu.",
  C, "constraint_conflict", "real ricotta and a proper beef ragu",
  "Ricotta and beef aren't vegan; do you want a fully vegan lasagna, or a classic one with ricotta and beef?",
  options=["fully vegan", "classic with ricotta and beef"])

P(G, "I'm allergic to tree nuts. Suggest a high-protein snack I can take hiking.",
  "I'm allergic to tree nuts. Suggest a high-protein snack I can take hiking, ideally something with almonds or cashews in it.",
  C, "constraint_conflict", "something with almonds or cashews in it",
  "Almonds and cashews are tree nuts; should I avoid them because of your allergy, or is your allergy to something else?")

P(G, "Recommend a family car that seats seven, under $35k, decent on fuel.",
  "Recommend a family car that seats seven, under $35k, decent on fuel; a two-seater would be ideal.",
  C, "constraint_conflict", "a two-seater would be ideal",
  "A two-seater can't seat seven; do you need a seven-seat family car, or a two-seater?",
  options=["seven-seat car", "two-seater"])

P(G, "I'm only free on weekends. Find me a pottery class in Leeds that runs on Saturdays.",
  "I'm only free on weekends. Find me a pottery class in Leeds that runs on Tuesday evenings.",
  C, "time_conflict", "Tuesday evenings",
  "You said you're only free on weekends; should I look for weekend classes or Tuesday evening ones?",
  options=["weekend classes", "Tuesday evening classes"])

P(G, "List all 12 sovereign countries in South America.",
  "List all 15 sovereign countries in South America.",
  C, "fact_conflict", "15",
  "South America has 12 sovereign countries; do you want those 12, or should I also include territories like French Guiana and the Falklands?",
  options=["the 12 sovereign states", "states plus territories"])

P(G, "Which year did Croatia join the EU?",
  "Which year did Canada join the EU?",
  C, "false_premise", "Canada join the EU",
  "Canada isn't an EU member; did you mean another country, or Canada's trade agreement with the EU (CETA)?")

P(G, "When did Cervantes publish the first part of Don Quixote?",
  "When did Shakespeare write Don Quixote? And how long did it take him?",
  C, "false_premise", "Shakespeare write Don Quixote",
  "Don Quixote was written by Cervantes, not Shakespeare; do you want when Cervantes wrote it, or were you thinking of a Shakespeare play?")

P(G, "What did Einstein win his Nobel Prize for?",
  "Why did Einstein's Nobel Prize for relativity cause so much controversy at the time?",
  C, "false_premise", "Einstein's Nobel Prize for relativity",
  "Einstein's Nobel was awarded for the photoelectric effect, not relativity; do you want to know why relativity was passed over, or about the prize he actually got?")

P(G, "How many of Henry VIII's six wives outlived him?",
  "How many of Henry VIII's eight wives outlived him?",
  C, "fact_conflict", "eight wives",
  "Henry VIII had six wives, not eight; did you mean him, or a different king?")

P(G, "Which US state has the longest coastline?",
  "Which landlocked US state has the longest coastline?",
  C, "false_premise", "landlocked US state has the longest coastline",
  "Landlocked states have no sea coast; do you mean the longest coastline of any state, or the longest Great Lakes shoreline?",
  options=["longest sea coastline", "longest Great Lakes shoreline"])

P(G, "My flight leaves at 6:40am on the 3rd and I get back on the 9th. How many nights of pet sitting do I need?",
  "My flight leaves at 6:40am on the 9th and I get back on the 3rd. How many nights of pet sitting do I need?",
  C, "time_conflict", "on the 9th and I get back on the 3rd",
  "You'd be back before you leave; are the dates the other way round (leave the 3rd, back the 9th), or is the return in the next month?")

P(G, "Find me a flight from London to Sydney with one stopover, max 24 hours total.",
  "Find me a direct flight from London to Sydney with at least one stopover, max 24 hours total.",
  C, "constraint_conflict", "a direct flight from London to Sydney with at least one stopover",
  "Do you want a direct (non-stop) flight, or one with a stopover?",
  options=["direct", "one stopover"])

P(G, "Recommend a beach hotel in Cancun with a lively nightclub on site, we want to party every night.",
  "Recommend a quiet beach hotel in Cancun with a lively nightclub on site, we want to party every night.",
  C, "constraint_conflict", "quiet beach hotel in Cancun with a lively nightclub",
  "Do you want a quiet hotel, or one with a lively nightclub on site?",
  options=["quiet", "lively nightclub"])

P(G, "Suggest a gluten-free breakfast that's quick, like under 10 minutes.",
  "Suggest a gluten-free breakfast that's quick, like under 10 minutes; I love regular wheat toast so build it around that.",
  C, "constraint_conflict", "regular wheat toast",
  "Regular wheat toast contains gluten; should I use gluten-free bread instead, or drop the gluten-free requirement?")

P(G, "I have $500 for a week in Bali, flights already paid. Plan it around hostels and street food.",
  "I have $500 total for a week in Bali including the flight from New York. Plan it with 5-star resorts every night.",
  C, "constraint_conflict", "5-star resorts every night",
  "$500 can't cover a New York flight plus a week of 5-star resorts; should I keep to the $500 budget, or is the budget flexible?")

P(G, "Our kids are 4 and 7. Suggest a theme park in Florida that's good for that age range.",
  "Our kids are 4 and 7. Suggest a theme park in Florida, ideally with loads of rides that have a 54-inch height minimum, those are the ones they'll love.",
  C, "constraint_conflict", "54-inch height minimum",
  "Kids of 4 and 7 are usually well under 54 inches and won't be allowed on those rides; do you want parks with rides they can actually go on?")

P(G, "I'm in Chicago and want to watch the Champions League final live at 3pm Central. Which bars open that early?",
  "I'm in Chicago and want to watch the Champions League final live. It kicks off at 9pm London time, so I'll need a bar that's open at 9pm here. Which ones?",
  C, "time_conflict", "I'll need a bar that's open at 9pm here",
  "9pm London time is 3pm in Chicago; do you need a bar open at 3pm Central, or did you mean something else?")

P(G, "Translate 'thank you for your patience' into formal French, using vous.",
  "Translate 'thank you for your patience' into very formal French for a client letter, using tu.",
  C, "constraint_conflict", "very formal French for a client letter, using tu",
  "Tu is informal; for a formal client letter should I use vous instead, or keep tu?",
  options=["vous", "tu"])

P(G, "What's a good 5-letter word for a Wordle start?",
  "What's a good 5-letter Wordle starting word with six letters?",
  C, "constraint_conflict", "5-letter Wordle starting word with six letters",
  "Wordle uses five-letter words; did you mean a five-letter word, or a six-letter word for a different game?")

P(G, "I'm 5'2\" and want a bike that fits. Is a 54 cm road frame too big?",
  "I'm 5'2\" and want a bike that fits, but it has to be a 61 cm frame, nothing smaller.",
  C, "constraint_conflict", "it has to be a 61 cm frame, nothing smaller",
  "A 61 cm frame is usually for riders around 6'1\" and up; is the size fixed for another reason, or should I find one that fits a 5'2\" rider?")

P(G, "How long did the Hundred Years' War actually last?",
  "Why did the Hundred Years' War last exactly 100 years?",
  C, "false_premise", "last exactly 100 years",
  "It actually lasted 116 years (1337-1453); do you want to know why it's called that, or why it dragged on so long?")

P(G, "What's the name of the first dog that went into orbit?",
  "What was the name of the first dog that walked on the Moon?",
  C, "false_premise", "first dog that walked on the Moon",
  "No dog has walked on the Moon; do you mean Laika, the first dog in orbit?")

P(G, "When did the Titanic sink?",
  "When did the Titanic sink on its return voyage?",
  C, "false_premise", "on its return voyage",
  "The Titanic sank on its maiden voyage and never made a return trip; do you mean the 1912 sinking?")

P(G, "Can you tell me which Beatles album came out in 1969?",
  "Which Beatles album came out in 1975? the one right after the reunion",
  C, "false_premise", "the one right after the reunion",
  "The Beatles never reunited and released no new studio album in 1975; are you thinking of a compilation or a solo album?")

CP(G, "Book-wise, can you suggest something for the trip that fits the rules above?",
   "Rules I gave: under 300 pages, published after 2010, not a thriller.",
   "Rules I gave: under 300 pages, published after 2010, not a thriller. Also it should be a classic from before 1900.",
   C, "constraint_conflict", "a classic from before 1900",
   "You asked for books published after 2010 and also a classic from before 1900; which rule should I keep?",
   options=["after 2010", "before 1900"])

CP(W, "Write the invitation using the details below.",
   "Party for Mia's 30th. Saturday 14 June, 7pm, The Crown, upstairs room. RSVP by 7 June.",
   "Party for Mia's 30th. Saturday 14 June, 7pm, The Crown, upstairs room. RSVP by 20 June.",
   C, "time_conflict", "RSVP by 20 June",
   "The RSVP date (20 June) is after the party (14 June); what should the RSVP deadline be?")

CP(G, "Which of these restaurants should we pick?",
   "Need: vegetarian options, walkable from Union Square, under $40 a head. Options: Dirt Candy, Cosme, Superiority Burger.",
   "Need: fully vegetarian menu, walkable from Union Square, under $40 a head, and somewhere that does a great steak. Options: Dirt Candy, Cosme, Superiority Burger.",
   C, "constraint_conflict", "fully vegetarian menu",
   "You need a fully vegetarian menu but also a great steak; which matters more, or should I look for a place with both meat and veggie options?")

B(G, "Give me a 7-day meal plan, 5 days only, for weeknights.", C, "quantity", "7-day meal plan, 5 days only",
  "Should the meal plan cover 7 days or just the 5 weeknights?", options=["7 days", "5 weeknights"])
B(G, "Summarise WWII in one sentence, but cover every major battle in detail.", C, "constraint_conflict",
  "in one sentence, but cover every major battle in detail",
  "Do you want a one-sentence summary, or a detailed overview of the major battles?",
  options=["one sentence", "detailed overview"])
B(G, "I need a hotel in Paris for the night of Feb 30.", C, "time_conflict", "Feb 30",
  "February has no 30th; which night did you mean, maybe Feb 28 or March 1-2?")
B(G, "What time was the moon landing in 1971 when Armstrong stepped out?", C, "fact_conflict", "1971",
  "Armstrong's moonwalk was in July 1969; do you mean that, or one of the 1971 missions (Apollo 14 or 15)?")
B(G, "Which countries border both Spain and Germany?", C, "false_premise", "border both Spain and Germany",
  "No country borders both, though France borders Spain and Germany separately; do you want the neighbours of each country?")
B(G, "Find a pet-free Airbnb in Bath for 2, and it must allow my dog.", C, "constraint_conflict",
  "pet-free Airbnb in Bath for 2, and it must allow my dog",
  "Should the place be pet-free, or dog-friendly so your dog can come?")
B(G, "Give me 3 options for a weekend away, ideally 5 of them.", C, "quantity", "3 options for a weekend away, ideally 5",
  "Would you like 3 options or 5?", options=["3", "5"])

OK(G, "How many moons does Venus have?")
OK(G, "Did Einstein ever win a Nobel Prize for relativity?")
OK(G, "Is it true the Great Wall of China is visible from space with the naked eye?")
OK(G, "Why is it called the Hundred Years' War if it lasted longer than 100 years?")
OK(G, "Is it a myth that goldfish have a three-second memory?")

# ---------------------------------------------------------------------------
# 7. Writing requests
# ---------------------------------------------------------------------------

P(W, "Write a toast for my brother's wedding, under 3 minutes, and mention that he met Anna when she rear-ended his car in a Tesco car park.",
  "Write a toast for my brother's wedding, under 3 minutes, and mention the story of how he and Anna met.",
  M, "content", "the story of how he and Anna met",
  "How did your brother and Anna meet?")

P(W, "Write a haiku about autumn leaves.",
  "Write a four-line haiku about autumn leaves, strict 5-7-5.",
  C, "constraint_conflict", "four-line haiku",
  "A 5-7-5 haiku has three lines; do you want a traditional three-line haiku, or a four-line poem?",
  options=["three-line haiku", "four-line poem"])

P(W, "Write a sonnet about the sea.",
  "Write a 10-line sonnet about the sea, Shakespearean form please.",
  C, "constraint_conflict", "10-line sonnet",
  "A Shakespearean sonnet has 14 lines; should I write 14 lines, or a 10-line poem in a looser form?",
  options=["14-line sonnet", "10-line poem"])

P(W, "Write a thank-you note to my aunt for the hand-knitted green scarf she sent for Christmas.",
  "Write a thank-you note to my aunt for the gift she sent for Christmas, make it warm and specific.",
  M, "content", "the gift she sent",
  "What was the gift your aunt sent?")

P(W, "Write a 50-word product description for our lavender soy candle: 200 g, 40-hour burn, cotton wick, made in Cornwall.",
  "Write a 50-word product description for our new candle, focus on what makes it special.",
  M, "content", "our new candle",
  "Could you give me the candle's details: scent, size, burn time, materials, and anything special about it?")

P(W, "Write a rhyming poem for my wife's 40th birthday; she loves gardening and our dog Pip. Not too cheesy.",
  "Write a rhyming poem for my wife's 40th birthday in free verse; she loves gardening and our dog Pip. Not too cheesy.",
  C, "constraint_conflict", "rhyming poem for my wife's 40th birthday in free verse",
  "Free verse doesn't rhyme; do you want a rhyming poem or free verse?",
  options=["rhyming", "free verse"])

P(W, "Write a LinkedIn post announcing I've joined Stripe as a senior product designer. Upbeat but not cringe.",
  "Write a LinkedIn post announcing my new job. Upbeat but not cringe.",
  M, "content", "my new job",
  "Which company did you join, and in what role?")

P(W, "Write a resignation letter: my last day is Friday 28 March, four weeks from today, as my contract requires. Thank my manager Joe.",
  "Write a resignation letter: my last day is Friday 28 March, two weeks from today, giving the four weeks' notice my contract requires. Thank my manager Joe.",
  C, "time_conflict", "two weeks from today, giving the four weeks' notice",
  "Two weeks from today isn't four weeks' notice; should the letter give 28 March as the last day anyway, or a date four weeks out?")

P(W, "Write 5 tagline ideas for a sourdough bakery called Crumb & Co.",
  "Write 5 tagline ideas for my bakery; they should all play on its name.",
  M, "content", "play on its name",
  "What's the bakery called?")

P(W, "Write an acrostic poem using the name EMMA for my daughter's birthday card.",
  "Write an acrostic poem using my daughter's name for her birthday card.",
  M, "content", "my daughter's name",
  "What's your daughter's name?")

P(W, "Write a 3-minute speech for a school assembly on kindness, for Year 7 students.",
  "Write a 3-minute speech for a school assembly on kindness, pitched right for the age group.",
  M, "audience", "pitched right for the age group",
  "Which age group or year will be in the assembly?")

P(W, "Write a polite email to my landlord in Spanish asking him to fix the heating, which broke on Monday.",
  "Write a polite email to my landlord asking him to fix the heating, which broke on Monday. Write it in his language, not mine.",
  M, "language", "in his language",
  "What language does your landlord speak?")

P(W, "Write an apology email to a customer whose order arrived damaged; offer a 20% refund or a free replacement.",
  "Write an apology email to a customer whose order arrived damaged; offer the refund percentage we agreed in the meeting.",
  M, "quantity", "the refund percentage we agreed",
  "What refund percentage was agreed in the meeting?")

P(W, "Write an out-of-office reply: I'm away 12-19 August, contact Priya (priya@lumen.io) for anything urgent.",
  "Write an out-of-office reply: I'm away from 19 August until 12 August, contact Priya (priya@lumen.io) for anything urgent.",
  C, "time_conflict", "from 19 August until 12 August",
  "The dates run backwards; are you away 12-19 August, or from 19 August until a date in September?")

P(W, "Write a short bio for my speaker page, third person, about 80 words. I'm Dr. Lena Ortiz, a marine biologist at Scripps who studies kelp forests and hosts the podcast Deep Green.",
  "Write a short bio for my speaker page, third person, about 80 words, using the details from my CV.",
  M, "content", "the details from my CV",
  "Could you paste your CV or the key details (name, role, field, highlights) for the bio?")

P(W, "Write a eulogy for my grandfather Walter. He was a carpenter for 40 years, loved fly fishing, and taught me to whistle. About 4 minutes long.",
  "Write a eulogy for my grandfather, about 4 minutes long. Keep it personal, the small details that made him him.",
  M, "content", "the small details that made him him",
  "Could you tell me about your grandfather: his name, what he did, and a few memories or details you'd like included?")

P(W, "Write a 150-word story for kids about a snail who wants to win a race.",
  "Write a 150-word story for kids about a snail who wants to win a race, at least 1,000 words so it fills a bedtime.",
  C, "quantity", "150-word story for kids about a snail who wants to win a race, at least 1,000 words",
  "Should the story be about 150 words or at least 1,000?", options=["150 words", "1,000+ words"])

P(W, "Explain photosynthesis for a curious 10-year-old, in a short paragraph.",
  "Explain photosynthesis in a short paragraph at the right level for the student I'm tutoring.",
  M, "audience", "at the right level for the student I'm tutoring",
  "How old is your student (or what level are they at)?")

P(W, "Write a wedding invitation in formal style: ceremony at 2pm, reception to follow at 6pm, Saturday 21 September.",
  "Write a wedding invitation in formal style: ceremony at 2pm, reception at 6pm, Saturday 21 September, and make it sound super casual and jokey.",
  C, "constraint_conflict", "make it sound super casual and jokey",
  "Should the invitation be formal or casual and jokey?", options=["formal", "casual and jokey"])

CP(W, "Make it more formal, same length.",
   "Draft: hey all, quick heads up that the office is closed monday for the holiday, see you tues!",
   "Draft 1: hey all, quick heads up that the office is closed monday for the holiday, see you tues!\nDraft 2: hi team, reminder that expense reports are due friday, ping me if stuck",
   A, "referent", "Draft 2: hi team, reminder that expense reports are due friday",
   "Which draft should I make more formal: the office closure note or the expense reminder?",
   options=["Draft 1", "Draft 2"])

CP(W, "Write a 100-word summary of the article for our newsletter.",
   "Article: 'City council approves bike lanes on Elm Street' (pasted below) ... The plan adds 2.4 km of protected lanes by spring.",
   "Articles pasted: (1) 'City council approves bike lanes on Elm Street' (2) 'Library extends weekend hours from June'.",
   A, "referent", "(1) 'City council approves bike lanes on Elm Street' (2) 'Library extends weekend hours from June'",
   "Which article should I summarise: the bike lanes one or the library hours one?",
   options=["bike lanes", "library hours"])

CP(W, "Write a cover letter for this job.",
   "Posting: Junior Data Analyst, Northwind Health, Leeds. Requires SQL, Excel, 1 year experience.\nMy CV: BSc Maths, 18 months as a reporting assistant at Boots.",
   "Postings saved: Junior Data Analyst, Northwind Health, Leeds; Operations Coordinator, Greenway Logistics, York.\nMy CV: BSc Maths, 18 months as a reporting assistant at Boots.",
   A, "referent", "Junior Data Analyst, Northwind Health, Leeds; Operations Coordinator, Greenway Logistics, York",
   "Which job is the cover letter for: the Northwind data analyst role or the Greenway operations role?",
   options=["Northwind Health analyst", "Greenway Logistics coordinator"])

B(W, "Write the speech for Friday. Same tone as last year's.", M, "referent", "Same tone as last year's",
  "What's the speech for, and could you share last year's so I can match the tone?")
B(W, "Can you translate my bio into the other language we discussed?", M, "language", "the other language we discussed",
  "Which language should I translate your bio into?")
B(W, "Write a short, punchy, 600-word blog post, nothing over 200 words.", C, "quantity", "600-word blog post, nothing over 200 words",
  "Should the post be about 600 words or under 200?", options=["about 600 words", "under 200 words"])
B(W, "Draft a reply to the email from my boss, agree with everything except the second point.", M, "referent",
  "the email from my boss", "Could you paste your boss's email so I know what the second point is?")

OK(W, "Write a limerick about my cat who hates Mondays.")
OK(W, "Write a short poem about coffee, any style you like.")
OK(W, "Come up with 10 team names for a pub quiz, the sillier the better.")
OK(W, "Write a two-sentence horror story.")
OK(W, "Write a birthday card message for my boss. Keep it professional and short.")
OK(W, "Give me some opening lines for a fantasy novel, you pick the vibe.")
OK(W, "Rewrite 'We regret to inform you that your application was unsuccessful' so it sounds kinder.")
OK(W, "Write a short, friendly message to my neighbours saying we're having a party on Saturday until about 11pm and apologising in advance for the noise.")

# ---------------------------------------------------------------------------
# 8. More everyday questions, mixed registers
# ---------------------------------------------------------------------------

P(G, "how much is the entrance fee for the Colosseum, we are 2 adult and 2 child (8 and 11)",
  "how much is the entrance fee, we are 2 adult and 2 child (8 and 11)",
  M, "entity", None,
  "Which attraction or museum is the entrance fee for?")

P(G, "What's the best time of year to see the northern lights in Tromso?",
  "What's the best time of year to see the northern lights from where I'm staying?",
  M, "location", "from where I'm staying",
  "Where will you be staying?")

P(G, "Is it going to rain tomorrow in Glasgow?",
  "is it going to rain tomorrow? deciding whether to cancel the bbq",
  M, "location", None,
  "Where is the BBQ, so I can check tomorrow's forecast there?")

P(G, "What time is it in Tokyo when it's 9am in New York?",
  "What time is it in Tokyo when it's 9am here?",
  M, "location", "here",
  "Where are you (which time zone)?")

P(G, "Who's older, Serena Williams or Venus?",
  "Who's older, Serena Williams or her sister?",
  A, "entity", "her sister",
  "Which sister: Venus, or one of her older half-sisters (Yetunde, Lyndrea, Isha)?",
  options=["Venus", "Isha", "Lyndrea", "Yetunde"])

P(G, "How many Grand Slam singles titles did Serena Williams win?",
  "How many Grand Slam singles titles did Williams win in the end?",
  A, "entity", "Williams",
  "Do you mean Serena Williams or Venus Williams?", options=["Serena", "Venus"])

P(G, "How long do I roast a 5 kg turkey at 180C?",
  "How long do I roast the turkey at 180C? First time doing Christmas dinner, a bit nervous lol",
  M, "quantity", "the turkey",
  "How much does the turkey weigh?")

P(G, "How much uncooked rice should I make for 6 adults as a side?",
  "How much uncooked rice should I make as a side for everyone on Saturday?",
  M, "quantity", "everyone on Saturday",
  "How many people are you cooking for on Saturday?")

CP(G, "What's a 15% tip on that?",
   "The bill came to $84.",
   "Food was $72, then with tax the total came to $78.48.",
   A, "scope", "Food was $72, then with tax the total came to $78.48.",
   "Should the tip be 15% of the pre-tax amount ($72) or the total with tax ($78.48)?",
   options=["pre-tax $72", "with tax $78.48"])

CP(G, "Which one is closer to the station?",
   "Shortlist: Hotel Aurora and the Parkside Inn, both in York. York only has one main railway station.",
   "Shortlist: Hotel Aurora and the Parkside Inn, both in Manchester, where I arrive by train.",
   A, "entity", "Manchester, where I arrive by train",
   "Which station will you arrive at: Manchester Piccadilly or Manchester Victoria?",
   options=["Piccadilly", "Victoria"])

CP(G, "Are they open on bank holiday Monday?",
   "Earlier: I need to pick up a parcel from the Post Office on Mill Road, Cambridge.",
   "Earlier: I need to pick up a parcel from the Post Office on Mill Road and return a jacket to the Zara in the Grand Arcade.",
   A, "referent", "the Post Office on Mill Road and return a jacket to the Zara in the Grand Arcade",
   "Do you mean the Post Office or Zara?", options=["Post Office", "Zara"])

CP(G, "How many calories were in it?",
   "Lunch today: a Big Mac, no fries.",
   "Lunch today: a Big Mac and a McFlurry with Oreo.",
   A, "referent", "a Big Mac and a McFlurry with Oreo",
   "Do you want the calories for the Big Mac, the McFlurry, or the whole lunch?",
   options=["Big Mac", "McFlurry", "both together"])

P(G, "What's the cheapest way to get from JFK to Midtown Manhattan?",
  "What's the cheapest way to get from the airport to Midtown Manhattan?",
  A, "entity", "the airport",
  "Which airport are you flying into: JFK, LaGuardia, or Newark?",
  options=["JFK", "LaGuardia", "Newark"])

P(G, "How long is the drive from Seattle to Vancouver, BC, not counting the border?",
  "How long is the drive from Seattle to Vancouver? Visiting a friend next month.",
  A, "entity", "Vancouver",
  "Vancouver, BC (Canada) or Vancouver, Washington?", options=["Vancouver, BC", "Vancouver, WA"])

P(G, "Recommend a chess opening for me to learn as white; I'm rated about 1200 on Lichess.",
  "Recommend a chess opening for me to learn as white, right for my rating.",
  M, "preference", "right for my rating",
  "Roughly what's your rating, or how long have you been playing?")

P(G, "I earn 30,000 pounds a year in England. Roughly how much income tax do I pay?",
  "I earn 30,000 pounds a year in England, that's 3,500 a month before tax. Roughly how much income tax do I pay?",
  C, "fact_conflict", "that's 3,500 a month before tax",
  "30,000 a year is 2,500 a month, not 3,500; which figure is right?",
  options=["30,000 a year", "3,500 a month (42,000 a year)"])

P(G, "My meeting is at 3pm Tokyo time, in January. Can you set a reminder an hour before in London time?",
  "My meeting is at 3pm Tokyo time, which is 9am London time, in January. Can you set a reminder an hour before in London time?",
  C, "time_conflict", "which is 9am London time",
  "3pm Tokyo in January is 6am in London, not 9am; is the meeting at 3pm Tokyo time or 9am London time?",
  options=["3pm Tokyo (6am London)", "9am London (6pm Tokyo)"])

P(G, "Recommend a beginner DSLR under $600.",
  "Recommend a beginner DSLR under $300 that shoots 8K video.",
  C, "constraint_conflict", "under $300 that shoots 8K video",
  "No camera under $300 shoots 8K; which matters more, the $300 budget or 8K video?",
  options=["stay under $300", "8K video"])

P(G, "Suggest a dog breed that's good for people with allergies and fine in a flat.",
  "Suggest a dog breed that's good for people with allergies; I'm set on a husky or a German shepherd though.",
  C, "constraint_conflict", "I'm set on a husky or a German shepherd",
  "Huskies and German shepherds shed heavily and are usually bad for allergies; should I stick to those breeds or suggest low-allergen ones?")

P(G, "Find me a one-way train ticket from Madrid to Barcelona on the 14th.",
  "Find me a one-way train ticket from Madrid to Barcelona on the 14th, returning on the 20th.",
  C, "constraint_conflict", "returning on the 20th",
  "Do you want a one-way ticket, or a return coming back on the 20th?",
  options=["one-way", "return on the 20th"])

P(G, "Give me a low-carb dinner idea that uses up a courgette and some chicken thighs.",
  "Give me a low-carb dinner idea built around a big bowl of pasta and roast potatoes.",
  C, "constraint_conflict", "built around a big bowl of pasta and roast potatoes",
  "Pasta and potatoes are high-carb; do you want a low-carb dinner, or one built around those?")

P(G, "What's the difference between the two Kindle Paperwhite models, the regular and the Signature Edition?",
  "What's the difference between the two Kindles I sent you?",
  M, "referent", "the two Kindles I sent you",
  "Which two Kindle models are you comparing?")

P(G, "Who directed the 1998 Psycho, the one where Vince Vaughn plays Norman Bates?",
  "Who directed the 1960 Psycho, the one where Vince Vaughn plays Norman Bates?",
  C, "fact_conflict", "the 1960 Psycho, the one where Vince Vaughn plays Norman Bates",
  "Vince Vaughn was in the 1998 remake, while the 1960 original starred Anthony Perkins; which film do you mean?",
  options=["1960 original", "1998 remake"])

P(G, "Rank the Star Wars films by box office, the nine main saga episodes only.",
  "Rank the Star Wars films by box office.",
  A, "scope", "the Star Wars films",
  "Should I include only the nine saga episodes, or also Rogue One, Solo and the animated film?",
  options=["nine saga episodes", "all theatrical films"])

P(G, "How many people live in Greater London?",
  "How many people live in the City of London? I mean London as a whole, like the whole city.",
  C, "fact_conflict", "the City of London? I mean London as a whole",
  "The City of London is the small financial district (about 9,000 residents), not London as a whole; do you want the City or Greater London?",
  options=["City of London", "Greater London"])

P(G, "Give me a rough timeline of the Roman Empire, from Augustus to the fall of the West in 476.",
  "Give me a rough timeline of the Roman Empire, from Augustus until it fell.",
  A, "interpretation", "until it fell",
  "End at the fall of the Western Empire in 476, or continue to the fall of Constantinople in 1453?",
  options=["476 (West)", "1453 (East)"])

P(G, "Is a tomato a fruit or a vegetable, botanically?",
  "Is a tomato a fruit or a vegetable for the purposes of this?",
  M, "referent", "for the purposes of this",
  "For what purpose: botany, cooking, or a legal/tax classification?",
  options=["botany", "cooking", "legal/tax"])

P(G, "how many cups of coffee is too much in a day for a healthy adult",
  "how many cups is too much in a day",
  M, "entity", None,
  "Cups of what: coffee, tea, energy drinks?")

P(G, "Where can I watch the new season of The Bear in the UK?",
  "Where can I watch the new season of that show we talked about?",
  M, "referent", "that show we talked about",
  "Which show do you mean?")

P(G, "What's the check-out time at the Premier Inn London County Hall?",
  "What's check-out time at the Premier Inn?",
  A, "entity", "the Premier Inn",
  "Which Premier Inn are you staying at?")

P(G, "What's the minimum age to rent a car with Hertz in Italy?",
  "What's the minimum age to rent a car with Hertz?",
  M, "location", None,
  "In which country?")

P(G, "Can I take a 100 ml bottle of perfume in my hand luggage on a flight from Heathrow?",
  "Can I take a 150 ml bottle of perfume in my hand luggage on a flight from Heathrow, as long as it's under the 100 ml limit?",
  C, "fact_conflict", "150 ml bottle of perfume in my hand luggage on a flight from Heathrow, as long as it's under the 100 ml limit",
  "A 150 ml bottle is over the 100 ml limit; is the bottle 150 ml, or did you mean a smaller one?")

P(G, "What's the average rent for a one-bed flat in Bristol?",
  "What's the average rent for a one-bed in the area I'm moving to?",
  M, "location", "the area I'm moving to",
  "Where are you moving to?")

P(G, "Remind me to book a table for my dad's 70th in March 2025. He was born in March 1955.",
  "Remind me to book a table for my dad's 70th in March 2031. He was born in March 1955.",
  C, "fact_conflict", "70th in March 2031. He was born in March 1955",
  "Someone born in 1955 turns 70 in 2025, not 2031; which year should I use?",
  options=["2025", "2031"])

P(G, "Explain the rules of cricket's T20 format briefly.",
  "Explain the rules of the short format briefly, my colleagues keep talking about it.",
  A, "entity", "the short format",
  "Which sport and format: T20 cricket, The Hundred, or something else?",
  options=["T20 cricket", "The Hundred"])

P(G, "Which Shakespeare play is the line 'To be, or not to be' from?",
  "Which Shakespeare play is that line from?",
  M, "referent", "that line",
  "Which line do you mean?")

P(G, "I'm 34 and have 20k in savings. Is it better to pay off my 7% car loan or invest? Just give me the general reasoning.",
  "Is it better to pay off my loan or invest? Just give me the general reasoning.",
  M, "quantity", None,
  "What interest rate is on the loan?")

OK(G, "Roughly how many steps are in a kilometre for an average adult?")
OK(G, "What's the difference between a crocodile and an alligator?")
OK(G, "How do noise-cancelling headphones work?")
OK(G, "What's a good way to remember the order of the planets?")
OK(G, "How do I get red wine out of my carpet? It happened an hour ago, before I could grab a towel.")

# ---------------------------------------------------------------------------
# 9. More contrastive pairs: people, products, places, shows
# ---------------------------------------------------------------------------

P(G, "What's the screen size of the iPad Air 13-inch, exactly, and how heavy is it?",
  "What's the screen size of the iPad, exactly, and how heavy is it?",
  A, "version", "the iPad",
  "Which iPad model: the base iPad, iPad mini, iPad Air, or iPad Pro (and which size)?",
  options=["iPad", "iPad mini", "iPad Air", "iPad Pro"])

P(G, "how long does the main story take in Final Fantasy XVI",
  "how long does the main story take in the new Final Fantasy",
  A, "version", "the new Final Fantasy",
  "Which Final Fantasy game do you mean, for example XVI or Rebirth?",
  options=["Final Fantasy XVI", "Final Fantasy VII Rebirth"])

P(G, "Who directed the 2019 Little Women? The one my mum likes.",
  "Who directed Little Women? The one my mum likes.",
  A, "entity", "Little Women? The one my mum likes",
  "There are several film versions (1933, 1949, 1994, 2019); do you know roughly when your mum's was made?",
  options=["1933", "1949", "1994", "2019"])

P(G, "Is Chris Evans the actor who played Captain America older than Chris Hemsworth?",
  "Is Chris older than Chris Hemsworth?",
  A, "entity", "Is Chris older",
  "Which Chris do you mean: Chris Evans, Chris Pratt, or Chris Pine?",
  options=["Chris Evans", "Chris Pratt", "Chris Pine"])

P(G, "When does the Christmas market in Cologne usually open?",
  "When does the Christmas market usually open? We want to go the first weekend.",
  M, "location", "the Christmas market",
  "Which city's Christmas market are you going to?")

P(G, "Give me the highlights of the Boston Tea Party for a 5-minute class presentation.",
  "Give me the highlights of the Tea Party for a 5-minute class presentation.",
  A, "entity", "the Tea Party",
  "Do you mean the Boston Tea Party of 1773, or the modern Tea Party political movement?",
  options=["Boston Tea Party (1773)", "Tea Party movement"])

P(G, "What did Martin Luther argue about indulgences, in simple terms, and was it before or after the Diet of Worms?",
  "What did Martin Luther argue about indulgences, in simple terms, and was it before or after the dream speech?",
  C, "fact_conflict", "before or after the dream speech",
  "Martin Luther (1500s) and Martin Luther King Jr. (1960s) are different people; which one are you asking about?",
  options=["Martin Luther", "Martin Luther King Jr."])

P(G, "How much does Eurostar Standard from London to Paris usually cost if you book a month ahead, and how much for Standard Premier?",
  "How much does Eurostar Standard from London to Paris usually cost if you book a month ahead, and how much in the other class?",
  A, "referent", "the other class",
  "Which other class do you mean: Standard Premier or Business Premier?",
  options=["Standard Premier", "Business Premier"])

P(G, "Can you tell me the difference between Medicare Part A and Part B?",
  "Can you tell me the difference between Part A and Part B?",
  M, "entity", None,
  "Part A and Part B of what: Medicare, an exam, or something else?")

P(G, "What's the dosage on a standard 200 mg ibuprofen packet for adults, per the label?",
  "What's the dosage on the packet for adults? I lost the leaflet.",
  M, "entity", "the packet",
  "Which medicine and strength is it?")

P(G, "What's the story behind the name of the band Radiohead?",
  "What's the story behind the band's name? My friend swears it's from a song.",
  M, "entity", "the band's name",
  "Which band do you mean?")

P(G, "Does the Harry Potter and the Philosopher's Stone book differ from the US edition?",
  "Does the book differ between the two editions?",
  M, "entity", "the book",
  "Which book and which two editions do you mean?")

P(G, "How many episodes are there in season 1 of Stranger Things?",
  "How many episodes are there in season 1?",
  M, "entity", None,
  "Season 1 of which show?")

P(G, "What do the stripes on the US flag represent?",
  "What do the stripes on the flag represent?",
  M, "entity", "the flag",
  "Which country's flag?")

P(G, "Remind me what year the first iPhone came out.",
  "Remind me what year it came out, the first one.",
  M, "referent", "it came out, the first one",
  "What product do you mean?")

P(G, "Who hosts The Great British Bake Off now?",
  "Who hosts Bake Off now?",
  A, "entity", "Bake Off",
  "The Great British Bake Off in the UK or The Great American Baking Show?",
  options=["UK", "US"])

P(G, "Recommend a Nintendo Switch game for two players, co-op, that a 9-year-old can handle.",
  "Recommend a co-op game for two players that a 9-year-old can handle on our console.",
  M, "version", "our console",
  "Which console do you have: Switch, PlayStation, Xbox, or PC?",
  options=["Switch", "PlayStation", "Xbox", "PC"])

P(G, "How long does it take to walk the Great Glen Way end to end?",
  "How long does it take to walk the trail end to end? We're fairly fit.",
  M, "entity", "the trail",
  "Which trail do you mean?")

P(G, "Is it safe to eat raw cookie dough made with heat-treated flour and no eggs?",
  "Is it safe to eat raw cookie dough made with regular flour and eggs, since it's egg-free?",
  C, "fact_conflict", "made with regular flour and eggs, since it's egg-free",
  "You said it has eggs and also that it's egg-free; does the dough contain eggs or not?")

P(G, "What's a good name for a podcast about personal finance for nurses? Give me 10.",
  "What's a good name for my podcast? Give me 10.",
  M, "content", "my podcast",
  "What's the podcast about, and who is it for?")

P(G, "Summarise the main argument of 'Thinking, Fast and Slow'.",
  "Summarise the main argument of the book I mentioned yesterday.",
  M, "referent", "the book I mentioned yesterday",
  "Which book was it?")

P(G, "What's the distance between Manchester and Liverpool city centres by road?",
  "What's the distance between Manchester and Liverpool? The grounds, I mean.",
  A, "referent", "The grounds",
  "Which grounds: Old Trafford or the Etihad in Manchester, and Anfield or Goodison Park in Liverpool?")

P(G, "Which edition of the APA style guide should I cite in my dissertation?",
  "Which edition of the style guide should I cite in my dissertation?",
  M, "entity", "the style guide",
  "Which style guide (APA, MLA, Chicago, Oxford...) does your department use?",
  options=["APA", "MLA", "Chicago", "Oxford"])

P(G, "What's a good gift for a 70-year-old who likes gardening, around 40 pounds?",
  "What's a good gift for a 70-year-old who likes gardening, around 40 pounds but at least 100?",
  C, "constraint_conflict", "around 40 pounds but at least 100",
  "Is your budget around 40 pounds, or at least 100?", options=["around 40", "100 or more"])

P(G, "Explain how a mortgage offset account works.",
  "Explain how the offset thing works that my bank mentioned.",
  A, "referent", "the offset thing",
  "Do you mean a mortgage offset account, or a carbon offset scheme your bank offers?",
  options=["mortgage offset account", "carbon offset"])

P(G, "When is Orthodox Easter this year?",
  "When is Easter this year, ours I mean?",
  A, "interpretation", "ours I mean",
  "Do you mean Western (Catholic/Protestant) Easter or Orthodox Easter?",
  options=["Western Easter", "Orthodox Easter"])

# ---------------------------------------------------------------------------
# 10. Stand-alone blocked requests
# ---------------------------------------------------------------------------

B(G, "What's the dress code for the event?", M, "referent", "the event",
  "Which event do you mean?")
B(G, "Will it be warm enough for shorts this weekend, in your opinion?", M, "location", None,
  "Where will you be this weekend?")
B(G, "What gate does my flight leave from?", M, "entity", "my flight",
  "What's your flight number and date?")
B(G, "roughly how much will it cost to fix, just some ballpark", M, "referent", "it",
  "What needs fixing, and what's wrong with it?")
B(G, "What's the best-rated pizza place around here that does delivery after 11?", M, "location", "around here",
  "Where are you (city or neighbourhood)?")
B(G, "What was the score last night? I fell asleep at half time.", M, "entity", None,
  "Which game were you watching?")
B(G, "Is he still alive?", M, "referent", "he",
  "Who do you mean?")
B(G, "How many points do I need to pass?", M, "entity", None,
  "Which exam or test is this for?")
B(G, "Does the sequel hold up or is it one of those cash grabs?", M, "referent", "the sequel",
  "The sequel to which film, book or game?")
B(G, "How old is the president?", A, "entity", "the president",
  "President of which country (or organisation)?")
B(G, "How far is the nearest beach from the hotel?", M, "referent", "the hotel",
  "Which hotel are you staying at?")
B(G, "Can I bring it in my carry-on?", M, "referent", "it",
  "What item do you want to bring, and which airline are you flying?")
B(G, "How long is the drive there from mine, roughly, if we leave after work on Friday?", M, "location", "there from mine",
  "Where are you driving from and to?")
B(G, "What tax bracket am I in?", M, "quantity", None,
  "What's your annual income, and which country do you pay tax in?")
B(G, "When does the sale end? I want the blue one before it sells out.", M, "entity", "the sale",
  "Which shop's sale do you mean?")
B(G, "What's the fine for that?", M, "referent", "that",
  "What offence do you mean, and where?")
B(G, "Rank the three options from before by value for money.", M, "referent", "the three options from before",
  "Which three options do you mean? Could you list them again?")
B(G, "is the 2nd edition any different from the one I have", M, "entity", None,
  "Which book is it, and which edition do you have?")
B(G, "I'm thinking of switching plans. Is the new one worth it compared with what I pay now?", M, "quantity", "what I pay now",
  "What plan are you on now (and its price), and which new plan are you considering?")
B(G, "Recommend a mattress for my back problem, within the price I told you.", M, "constraint", "within the price I told you",
  "What's your budget for the mattress?")
B(G, "What's the cut-off score for the course this year?", M, "entity", "the course",
  "Which course and university do you mean?")
B(G, "Which bus do I take to get there from the station?", M, "location", "there from the station",
  "Which station are you starting from, and where are you going?")
B(G, "Can you give me some idea what to charge for the job?", M, "content", "the job",
  "What's the job, and where are you based?")
B(G, "my grandma asked what the weather will be like for the wedding, can you check",
  M, "time", "the wedding",
  "When and where is the wedding?")
B(G, "Plan me a birthday dinner menu. Note the one guest who can't eat a certain thing.",
  M, "constraint", "can't eat a certain thing",
  "What can that guest not eat?")
B(G, "Suggest a route for our road trip that avoids the roads we hated last time.",
  M, "referent", "the roads we hated last time",
  "Which roads do you want to avoid, and where does the trip start and end?")

B(G, "Who won the final?", A, "entity", "the final",
  "Which final do you mean (sport, competition and year)?")
B(G, "What's the population of Victoria?", A, "entity", "Victoria",
  "Victoria the Australian state, Victoria in British Columbia, or somewhere else?",
  options=["Victoria, Australia", "Victoria, BC", "Victoria, Texas"])
B(G, "What does the Amazon do for the climate?", A, "entity", "the Amazon",
  "Do you mean the Amazon rainforest or the company Amazon's climate commitments?",
  options=["the rainforest", "the company"])
B(G, "Who was the king when the bridge was built?", A, "referent", "the bridge",
  "Which bridge do you mean?")
B(G, "Tell me everything about Jaguar's top speed.", A, "entity", "Jaguar",
  "The animal or the car brand (and which model)?", options=["the animal", "a Jaguar car"])
B(G, "Did Franklin invent bifocals or was that someone else? Also when did he become president?",
  C, "fact_conflict", "when did he become president",
  "Benjamin Franklin (who is credited with bifocals) was never president; do you mean Franklin D. Roosevelt for the second part?")
B(G, "What's the capital of the Congo?", A, "entity", "the Congo",
  "The Republic of the Congo (Brazzaville) or the Democratic Republic of the Congo (Kinshasa)?",
  options=["Republic of the Congo", "DR Congo"])
B(G, "How do I renew my licence?", A, "entity", "licence",
  "Which licence (driving, TV, fishing, professional) and in which country?")
B(G, "How good is Kingston for families?", A, "entity", "Kingston",
  "Which Kingston: Kingston upon Thames, Kingston in Jamaica, or Kingston, Ontario?",
  options=["Kingston upon Thames", "Kingston, Jamaica", "Kingston, Ontario"])
B(G, "Who won the Oscar for best actress that year, the year Titanic came out I think, or the year after?",
  A, "time", "the year Titanic came out I think, or the year after",
  "Which ceremony do you want: the one honouring 1997 films (where Titanic won) or the following year?")
B(G, "Where did the Stones play their first gig?", A, "entity", "the Stones",
  "The Rolling Stones, or another band called the Stones (e.g. The Stone Roses)?")
B(G, "What's the newest one?", A, "referent", "the newest one",
  "The newest what: model, version, or release of which product?")
B(G, "how big is the one we saw on the tour yesterday", A, "referent", "the one we saw on the tour yesterday",
  "What did you see on the tour, and where was it?")
B(G, "Which of the two should I go for, in your view?", A, "referent", "the two",
  "What are the two options you're choosing between?")
B(G, "What's your take on the ending? Some people say it was rushed.", A, "referent", "the ending",
  "The ending of which book, film or show?")
B(G, "Tell me about Elizabeth's coronation.", A, "entity", "Elizabeth",
  "Elizabeth I (1559) or Elizabeth II (1953)?", options=["Elizabeth I", "Elizabeth II"])
B(G, "When did the war end?", A, "entity", "the war",
  "Which war do you mean?")
B(G, "Whats the phone number for Apple support in my country", M, "location", "my country",
  "Which country are you in?")
B(G, "What time is the last train back for us tonight? We're out for some drinks.", M, "location", None,
  "Which station are you coming back from, and to where?")
B(G, "Is the 21st ok?", A, "referent", "the 21st",
  "OK for what, and which month?")

B(G, "Plan a relaxing, packed-schedule trip to Kyoto, every hour booked but lots of downtime.", C, "constraint_conflict",
  "every hour booked but lots of downtime",
  "Do you want a tightly packed schedule or a relaxed one with downtime?", options=["packed", "relaxed"])
B(G, "I'm cutting out all sugar, so recommend desserts with lots of honey and maple syrup.", C, "constraint_conflict",
  "desserts with lots of honey and maple syrup",
  "Honey and maple syrup are sugars; do you want sugar-free desserts, or is it refined sugar you're avoiding?")
B(G, "We're a party of 8 and need a table for 6, can you recommend somewhere in Soho?", C, "quantity",
  "a party of 8 and need a table for 6",
  "Is the booking for 8 people or 6?", options=["8", "6"])
B(G, "Which team won the 2026 World Cup that was held in Qatar?", C, "fact_conflict", "2026 World Cup that was held in Qatar",
  "Qatar hosted the 2022 World Cup; the 2026 one is in North America. Which tournament do you mean?",
  options=["2022 (Qatar)", "2026 (North America)"])

OK(G, "Why is the Congo River so deep?")
OK(G, "what's the difference between the Republic of the Congo and the DRC")

P(G, "What's the symbolism of the green light in The Great Gatsby?",
  "What's the symbolism of the green light in that book we read in school? My kid is asking.",
  A, "referent", "that book we read in school",
  "Which book do you mean: The Great Gatsby, or another one?")

P(G, "Does the Lisbon Card cover the tram 28 ride?",
  "Does the city card cover the tram ride?",
  A, "entity", "the city card",
  "Which city's card and which tram ride do you mean?")

P(G, "How tall is Michael Jordan the basketball player, in centimetres?",
  "How tall is Michael B. Jordan or Michael Jordan, whichever one is the actor? in centimetres",
  C, "fact_conflict", "Michael B. Jordan or Michael Jordan, whichever one is the actor",
  "Michael B. Jordan is the actor; Michael Jordan is the basketball player. Which one's height do you want?",
  options=["Michael B. Jordan", "Michael Jordan"])

P(G, "Who's the drummer in the Foo Fighters now, after Taylor Hawkins?",
  "Who's the drummer in the band now, after the old one died?",
  A, "entity", "the band",
  "Which band do you mean?")

P(G, "Compare the Samsung Galaxy S24 and S24 Ultra cameras.",
  "Compare the S24 and the Ultra cameras, which one is better for concerts?",
  A, "version", "the Ultra",
  "Which Ultra do you mean: the Galaxy S24 Ultra, or a different generation?",
  options=["Galaxy S24 Ultra", "Galaxy S23 Ultra", "Galaxy S25 Ultra"])

B(G, "Who played Batman?", A, "entity", "Batman",
  "Many actors have played Batman (Keaton, Bale, Pattinson...); which film or series do you mean?")
B(G, "How big is Mars compared to it?", A, "referent", "it",
  "Compared to what: Earth, the Moon, or something else?", options=["Earth", "the Moon"])
B(G, "Is the Paris one better than the London one?", A, "referent", "the Paris one better than the London one",
  "The Paris and London what (museum, Disneyland, marathon...)?")
B(G, "Which version should I watch first?", A, "referent", "Which version",
  "Versions of which film or show?")

# ---------------------------------------------------------------------------
# 11. Stand-alone complete requests that look open but are answerable
# ---------------------------------------------------------------------------

OK(G, "Give me any 5 names for my new cat, I can't decide.")
OK(G, "Explain how compound interest works with a simple example.")
OK(G, "What's your honest opinion on pineapple on pizza?")
OK(G, "What's the difference between weather and climate?")
OK(G, "Brainstorm a few themes for a 30th birthday party, anything goes.")
OK(G, "Tell me a joke about penguins.")
OK(G, "What's the difference between 'affect' and 'effect'?")
OK(G, "whats the reason the sky is blue? keep it simple")
OK(G, "How does a bill become law in the US?")
OK(G, "What are some good questions to ask at the end of a job interview?")
OK(G, "Suggest some names for a golden retriever puppy, she's very fluffy and a bit clumsy.")
OK(G, "What is a Roth IRA, in a nutshell?")
OK(G, "how do i tie a bowline knot")
OK(G, "Which one is heavier, a kilo of feathers or a kilo of bricks? My kid thinks it's a trick.")
OK(G, "Explain the offside rule in football like I'm five.")
OK(G, "What does 'per se' mean and how do I use it in a sentence?")
OK(G, "Can you recommend a few classic films from the 1950s? Any genre.")
OK(G, "What's the quickest way to chill a bottle of wine? We need it in 20 minutes, guests arrive before then.")
OK(G, "What causes hiccups, and do any of the home remedies actually work?")
OK(G, "What are the main pros and cons of owning an electric car?")
OK(G, "I'm bored. Suggest something to do this evening that costs nothing, surprise me.")
OK(G, "Is it rude to recline your seat on a plane? What do you think?")
OK(G, "Give me a random fun fact, any one will do.")
OK(G, "What's the plural of octopus? I've seen three different answers.")
OK(G, "Why do onions make you cry?")
OK(G, "List the noble gases, I need them for my chem homework.")
OK(G, "How many bones are in the adult human body?")
OK(G, "Whats the etymology of the word salary, is the salt story right?")
OK(G, "How do I politely decline a wedding invitation from a coworker?")
OK(G, "What's a good book to learn about the history of money? Just your best pick.")
OK(G, "How do I unclog my bathroom sink without chemicals? The plunger didn't do it.")
OK(G, "What's the difference between baking soda and baking powder?")
OK(G, "Explain blockchain in two sentences, I need to sound smart in a meeting.")
OK(G, "Pick a random number between 1 and 50.")
OK(G, "Teach me three useful phrases in Italian for ordering at a restaurant.")
OK(G, "what's the best way to learn touch typing as an adult")
OK(G, "Who painted the ceiling of the Sistine Chapel, and how long did it take?")
OK(G, "Suggest some names for a tavern in my fantasy novel, whatever comes to mind.")
OK(G, "Should I learn Python or JavaScript first? Just give me your take on which one, I know it depends.")
OK(G, "How long do I boil an egg for a soft, runny yolk? The right way, not the microwave hack.")
OK(G, "whats a quarter cup in tablespoons, US measures")
OK(G, "If we drive 300 miles at a steady 60 mph, can we make it in 4 hours? We need to be there before 6.")
OK(G, "What does it mean when a bond's yield goes up?")
OK(G, "Can you explain what inflation is and why a little of it is considered normal?")
OK(G, "What's the origin of April Fools' Day?")
OK(G, "Give me a quick overview of the causes of the French Revolution.")
OK(G, "Is it true that lightning never strikes the same place twice?")
OK(W, "Write a funny two-line poem about Mondays.")
OK(W, "Give me a few alternatives to the phrase 'think outside the box'.")
OK(G, "What's the right way to store fresh herbs so they last longer than a day or two?")


if __name__ == "__main__":
    c.write()
