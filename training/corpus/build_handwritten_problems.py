"""Hand-written probe training data, part "problems": quantitative and expert questions.

People bring an assistant word problems and expert questions: maths and physics
exercises, loan / interest / tax / tip calculations, unit conversions, recipe
scaling, statistics questions, science homework, medication / dosing / nutrition
questions, legal and administrative questions, and multiple-choice exam items
(all written here from scratch, with lettered options).

Label 1 items cannot be answered as written: a quantity or fact the answer needs
is missing (no rate, no time span, no weight or age, no jurisdiction, no tax
year), a unit or reference is ambiguous ("a ton", "per month or per year", "the
rate" when two rates are given, "3 cups" US vs metric, "a billion" long vs short
scale), the numbers contradict each other (two different totals, parts that do
not add up, a percentage that cannot exceed 100), or a multiple-choice stem lacks
the fact that decides between two of its options.

Label 0 items are the same problems with everything stated, plus many hard
negatives: problems that look underspecified but are solvable (a quantity cancels
out, a standard convention applies, g = 9.8 m/s^2 is the textbook default, the
answer is asked for in general terms or as a formula, the user says "any
reasonable assumption is fine"), and general expert questions that need no
personal fact ("how does compound interest work", "what does a p-value mean").

Every item below was written out by hand as a literal call: no templates, no
word-list loops, no random generation.  Deterministic, stdlib only.
Domains: general (most), data (statistics, spreadsheets, data sets), writing.

Usage (from the repository root):
    python -m training.corpus.build_handwritten_problems
    python -m training.corpus.check_corpus training/corpus/handwritten_problems.jsonl
"""

from __future__ import annotations

from pathlib import Path

from training.corpus._writer import Corpus

c = Corpus("hwp", Path(__file__).with_name("handwritten_problems.jsonl"))
P, CP, OK, B = c.pair, c.context_pair, c.ok, c.blocked
G, D, W = "general", "data", "writing"
M, A, C = "missing", "ambiguous", "contradictory"

# ---------------------------------------------------------------------------
# 1. Maths word problems: missing quantities, contradictory givens
# ---------------------------------------------------------------------------

P(G, "A train leaves at 9:40 and travels 210 km at an average speed of 84 km/h. What time does it arrive?",
  "A train leaves at 9:40 and travels 210 km. What time does it arrive?",
  M, "rate", None,
  "What is the train's average speed (or how long does the journey take)?")

P(G, "Two pipes fill a tank. Pipe A alone takes 6 hours and pipe B alone takes 4 hours. How long do they take together?",
  "Two pipes fill a tank. Pipe A alone takes 6 hours. How long do both pipes take together?",
  M, "rate", None,
  "How long does pipe B take to fill the tank on its own?")

P(G, "a rectangle has a perimeter of 36 cm and its length is twice its width. find the area",
  "a rectangle has a perimeter of 36 cm. find the area",
  M, "dimension", None,
  "What else do we know about the rectangle, e.g. its length, its width, or the ratio between them?")

P(G, "Sara is 4 years older than Tom. The sum of their ages is 30. How old is Tom?",
  "Sara is 4 years older than Tom. The sum of their ages is 30, and Tom is 12. How old is Sara?",
  C, "inconsistent_givens", "Tom is 12",
  "If Tom is 12 and Sara is 4 years older, their ages sum to 28, not 30; which given should I trust: the sum of 30 or Tom being 12?",
  options=["the sum of 30", "Tom is 12"])

P(G, "A shop sells pens at 3 for $2. How much do 18 pens cost?",
  "A shop sells pens at 3 for $2, or $0.80 each. How much do 18 pens cost?",
  C, "price", "or $0.80 each",
  "Should 18 pens be priced at the 3-for-$2 deal ($12) or at $0.80 each ($14.40)?",
  options=["3 for $2", "$0.80 each"])

P(G, "A class has 28 students; 16 are girls. What fraction of the class are boys?",
  "A class has 28 students; 16 are girls and 15 are boys. What fraction of the class are boys?",
  C, "total", "16 are girls and 15 are boys",
  "16 girls and 15 boys make 31, not 28; is the class size 28 or 31, or is one of the counts wrong?",
  options=["28 students", "31 students"])

P(G, "I drove 150 miles out at 50 mph and came back the same way at 75 mph. What was my average speed for the whole trip?",
  "I drove out at 50 mph and came back at 75 mph. What was my average speed for the whole trip?",
  A, "basis", None,
  "Did you cover the same distance both ways (so the average is weighted by time), or did you drive each speed for the same amount of time?",
  options=["same distance each way", "same time at each speed"])

P(G, "Solve for x: 3x + 7 = 25",
  "Solve for x: 3x + 7 = 25 and x = 5",
  C, "inconsistent_givens", "x = 5",
  "3x + 7 = 25 gives x = 6, which conflicts with x = 5; is one of the equations mistyped, and which one should I use?")

P(G, "A ladder 5 m long leans against a wall with its foot 3 m from the wall. How high up the wall does it reach?",
  "A ladder leans against a wall with its foot 3 m from the wall. How high up the wall does it reach?",
  M, "length", None,
  "How long is the ladder (or what angle does it make with the ground)?")

P(G, "If 5 workers build a wall in 12 days, how long would 8 workers take, working at the same rate?",
  "If 5 workers build a wall in 12 days, how long would 8 workers take? The new ones are apprentices, so a bit slower.",
  M, "rate", "a bit slower",
  "How much slower are the apprentices, e.g. what fraction of a regular worker's output does each one manage?")

P(G, "Mia bought a jacket for $84 after a 30% discount. What was the original price?",
  "mia bought a jacket after a 30% discount. what was the original price?",
  M, "amount", None,
  "How much did Mia pay after the discount (or what was the discount worth in dollars)?")

P(G, "Find the probability of rolling a total of 7 with two fair six-sided dice.",
  "Find the probability of rolling a total of 7 with two dice.",
  M, "die_type", "two dice",
  "Are these two fair six-sided dice, or some other kind (e.g. d8, d10, or loaded)?",
  options=["fair six-sided", "another type"])

P(G, "A car's value falls 15% a year. It's worth $20,000 today. What will it be worth in 3 years?",
  "A car's value falls 15% a year. What will it be worth in 3 years?",
  M, "amount", None,
  "What is the car worth today?")

P(G, "The angles of a triangle are in the ratio 2:3:4. Find the largest angle.",
  "The angles of a triangle are in the ratio 2:3:4 and the largest one is 90°. Find the smallest angle.",
  C, "inconsistent_givens", "the largest one is 90°",
  "A 2:3:4 ratio forces the largest angle to be 80°, not 90°; should I keep the ratio or the 90° angle?",
  options=["keep the 2:3:4 ratio", "keep the 90° angle"])

P(G, "Jake has some marbles. He gives away 12 and has 3 times as many left as he gave away. How many did he start with?",
  "Jake has some marbles. He gives away a few and has 3 times as many left as he gave away. How many did he start with?",
  M, "amount", "a few",
  "How many marbles did Jake give away?")

P(G, "How many ways can 5 people sit in a row of 5 chairs?",
  "How many ways can 5 people sit around a table?",
  A, "arrangement", "around a table",
  "Is it a round table where rotations count as the same seating (24 ways), or are the seats numbered so every arrangement counts (120 ways)?",
  options=["round table, rotations identical", "numbered seats"])

P(G, "A mixture of 40 L is 25% juice. How much pure juice must be added to make it 40% juice?",
  "A mixture is 25% juice. How much pure juice must be added to make it 40% juice?",
  M, "volume", None,
  "How large is the starting mixture?")

P(G, "ok so this is for my kid's homework. a bakery made 240 cookies and sold 3/5 of them in the morning and 1/4 of the rest in the afternoon. how many are left?",
  "ok so this is for my kid's homework. a bakery made 240 cookies and sold 3/5 of them in the morning and some more in the afternoon. how many are left?? the sheet is smudged lol",
  M, "amount", "some more in the afternoon",
  "The smudged part: how many cookies (or what fraction of the rest) were sold in the afternoon?")

P(G, "A cyclist rides uphill at 12 km/h and downhill at 30 km/h on the same 6 km road. How long is the round trip?",
  "A cyclist rides uphill at 12 km/h and downhill at 30 km/h on the same road. How long is the round trip?",
  M, "distance", None,
  "How long is the road (one way)?")

P(G, "The mean of five numbers is 14. Four of them are 10, 12, 15 and 18. What is the fifth?",
  "The mean of five numbers is 14. Four of them are 10, 12, 15 and 18, and the fifth is 20. Check it.",
  C, "inconsistent_givens", "the fifth is 20",
  "With 10, 12, 15, 18 and 20 the mean is 15, not 14; is the fifth number 15 (to make the mean 14), or is the stated mean wrong?",
  options=["fifth number is 15", "mean is 15"])

P(G, "A cone has radius 3 cm and height 4 cm. Find its volume and slant height.",
  "A cone has a radius of 3 cm. Find its volume.",
  M, "dimension", None,
  "What is the cone's height (or slant height)?")

# ---------------------------------------------------------------------------
# 2. Physics and chemistry homework
# ---------------------------------------------------------------------------

P(G, "A ball is dropped from a height of 45 m. Ignoring air resistance, how long does it take to hit the ground? Use g = 10 m/s².",
  "A ball is dropped from a cliff. Ignoring air resistance, how long does it take to hit the ground?",
  M, "height", None,
  "How high is the cliff the ball is dropped from?")

P(G, "What current flows through a 12 ohm resistor connected to a 9 V battery?",
  "What current flows through a resistor connected to a 9 V battery?",
  M, "resistance", None,
  "What is the resistance of the resistor?")

P(G, "A 1,200 W kettle runs for 4 minutes. How many kWh does it use, and what does that cost at 28p per kWh?",
  "A 1,200 W kettle runs for 4 minutes. What does that cost?",
  M, "rate", None,
  "What do you pay per kWh for electricity?")

P(G, "How much heat is needed to raise 2 kg of water from 20 °C to 100 °C? Specific heat 4,186 J/(kg·K).",
  "How much heat is needed to raise 2 kg of water by 80 degrees?",
  A, "unit", "80 degrees",
  "Is that a rise of 80 °C or 80 °F?",
  options=["80 °C", "80 °F"])

P(G, "A 1,500 kg car accelerates from 0 to 27 m/s in 9 s. What's the average net force?",
  "A car accelerates from 0 to 27 m/s in 9 s. What's the average net force on it?",
  M, "mass", None,
  "What is the car's mass?")

P(G, "How many moles are in 36 g of water?",
  "How many moles are in 36 g of water? Take the molar mass of water as 20 g/mol like our teacher said, which gives 2 mol.",
  C, "inconsistent_givens", "20 g/mol",
  "Water's molar mass is about 18 g/mol, and 36 g / 20 g/mol is 1.8 mol, not 2; should I use 18 g/mol (giving 2 mol) or your teacher's 20 g/mol (giving 1.8 mol)?",
  options=["18 g/mol", "20 g/mol"])

P(G, "A spring with k = 200 N/m is compressed by 0.1 m. How much energy does it store?",
  "A spring is compressed by 0.1 m. How much energy does it store?",
  M, "constant", None,
  "What is the spring constant k?")

P(G, "Light takes about 8.3 minutes to reach Earth from the Sun. Roughly how far away is the Sun?",
  "A signal takes 8.3 minutes to reach us. How far away is the source?",
  M, "medium", None,
  "What kind of signal is it and through what does it travel (light in vacuum, sound in air, something else)?",
  options=["light / radio in vacuum", "sound in air", "something else"])

P(G, "What is the pH of a 0.01 M HCl solution?",
  "What is the pH of a 0.01 M acid solution?",
  M, "substance", "acid",
  "Which acid is it: a strong acid like HCl (pH 2) or a weak one like acetic acid (which needs its Ka)?",
  options=["strong acid (e.g. HCl)", "weak acid (e.g. acetic)"])

P(G, "A 60 kg person climbs stairs 4 m high in 5 s. What power do they develop? (g = 9.8 m/s²)",
  "A person climbs stairs 4 m high in 5 s. What power do they develop?",
  M, "mass", None,
  "How much does the person weigh (their mass in kg)?")

P(G, "Calculate the wavelength of a 440 Hz sound wave in air at 20 °C (speed of sound 343 m/s).",
  "Calculate the wavelength of a 440 Hz sound wave in air at 20 °C; speed of sound 343 m/s, and the wavelength should come out at 1.2 m.",
  C, "inconsistent_givens", "should come out at 1.2 m",
  "343 / 440 gives about 0.78 m, not 1.2 m; is one of the given values (frequency or speed) different from what's written?")

P(G, "A gas at 2 atm occupies 5 L. If the pressure rises to 4 atm at constant temperature, what's the new volume?",
  "A gas at 2 atm occupies 5 L. If the pressure rises to 4 atm, what's the new volume?",
  M, "condition", None,
  "Does the temperature stay constant, and if not, what are the starting and final temperatures?")

P(G, "Balance this equation: Fe + O2 -> Fe2O3",
  "Balance the equation for iron rusting.",
  A, "product", "iron rusting",
  "Which product should I use: Fe2O3 (the usual textbook answer) or hydrated rust Fe2O3·xH2O?",
  options=["Fe2O3", "Fe2O3·xH2O"])

P(G, "A projectile is launched at 20 m/s at 30° above the horizontal from level ground. What is its range? g = 9.8.",
  "A projectile is launched at 20 m/s from level ground. What is its range? g = 9.8.",
  M, "angle", None,
  "At what angle above the horizontal is it launched?")

P(G, "How much does a 1,000 kg object weigh on the Moon, where g is about 1.62 m/s²?",
  "How much does a 1 ton object weigh on the Moon, where g is about 1.62 m/s²?",
  A, "unit", "1 ton",
  "Which ton: a metric tonne (1,000 kg), a US short ton (907 kg), or a UK long ton (1,016 kg)?",
  options=["metric tonne", "US short ton", "UK long ton"])

# ---------------------------------------------------------------------------
# 3. Finance: loans, interest, savings, tips, tax
# ---------------------------------------------------------------------------

P(G, "If I put $5,000 in a savings account at 4% annual interest compounded monthly, how much will I have after 3 years?",
  "If I put $5,000 in a savings account at 4% interest, how much will I have after 3 years?",
  A, "compounding", "4% interest",
  "Is the 4% simple interest, or compounded (annually, monthly, daily)?",
  options=["simple", "compounded annually", "compounded monthly"])

P(G, "What's the monthly payment on a $250,000 mortgage over 30 years at a fixed 6.5% APR?",
  "What's the monthly payment on a $250,000 mortgage at 6.5%?",
  M, "term", None,
  "What is the loan term (e.g. 15, 20 or 30 years)?",
  options=["15 years", "20 years", "30 years"])

P(G, "My car loan is $18,000 at 7% APR over 5 years. What's the total interest I'll pay?",
  "My car loan is $18,000 at 7% APR. What's the total interest I'll pay?",
  M, "term", None,
  "How long is the loan term, in months or years?")

P(G, "Bill is $142.60 for four of us, we want to tip 18% and split evenly. How much each?",
  "Bill is $142.60 for four of us, we want to tip 18% and split evenly. oh and Sam had a $40 steak and says he'll pay his own food. How much each?",
  A, "split", "says he'll pay his own food",
  "Should Sam pay his $40 plus tip on it and the other three split the rest, or should the tip still be split evenly among all four?",
  options=["tip proportional to each share", "tip split evenly by four"])

P(G, "I earn $4,000 a month and want to save 15% of it. How much is that a year?",
  "I earn 4,000 and want to save 15% of it. How much is that a year?",
  A, "period", "I earn 4,000",
  "Is the 4,000 your monthly or your annual income?",
  options=["per month", "per year"])

P(G, "A bond has a face value of $1,000, an annual coupon of 5%, and 10 years to maturity. If market rates are 6%, what's its price?",
  "A bond has a face value of $1,000 and 10 years to maturity. If market rates are 6%, what's its price?",
  M, "rate", None,
  "What is the bond's coupon rate (and is it paid annually or semi-annually)?")

P(G, "The loan is $12,000 at 9% APR and I pay $300 a month. How many months until it's paid off?",
  "The loan is $12,000. The rate is 9% APR, but the letter from the bank says 11.4%. I pay $300 a month. How many months until it's paid off?",
  C, "rate", "the letter from the bank says 11.4%",
  "Which rate should I use for the payoff: 9% APR or the 11.4% in the bank's letter?",
  options=["9%", "11.4%"])

P(G, "I bought shares at $48 and sold at $61. What's my percentage gain, ignoring fees?",
  "I bought shares at $48 and sold at $61. What's my percentage gain after fees?",
  M, "fees", "after fees",
  "What were the fees (a flat amount per trade, or a percentage)?")

P(G, "Compare: renting at $1,800/month versus buying with a $2,100/month mortgage plus $250/month in taxes and upkeep. Which costs more per year, just on those numbers?",
  "Compare: renting at $1,800 versus buying with a $2,100/month mortgage plus $250 in taxes and upkeep. Which costs more per year, just on those numbers?",
  A, "period", "$250 in taxes and upkeep",
  "Is the $250 for taxes and upkeep per month or per year?",
  options=["per month", "per year"])

P(G, "How much would I have if I invest $200 a month for 20 years and it grows 7% a year? Assume monthly compounding and deposits at the end of each month.",
  "How much would I have if I invest $200 a month and it grows 7% a year? Assume monthly compounding.",
  M, "period", None,
  "For how many years will you keep investing?")

P(G, "Sales tax here is 8.25%. What's the total for a $64.99 item?",
  "What's the total for a $64.99 item with sales tax?",
  M, "jurisdiction", None,
  "Which state or city is this (or what's the sales tax rate there)?")

P(G, "An item was $80 and it's now $60. What percent discount is that?",
  "An item was $80, now it's $60, and the tag says 40% off. What percent discount is that really?",
  C, "percentage", "the tag says 40% off",
  "From $80 to $60 is 25% off, but the tag claims 40%; do you want the actual discount from the prices (25%), or is one of the prices wrong?",
  options=["actual discount from the prices", "one price is wrong"])

P(G, "Inflation was 3% last year and 4% this year. By what total percent have prices risen over the two years?",
  "Inflation was 3% and then 4%. By what total percent have prices risen?",
  A, "period", "3% and then 4%",
  "Are those two consecutive annual rates (so the total is about 7.12%), or rates over some other periods?",
  options=["two consecutive years", "other periods"])

P(G, "My credit card has a balance of $2,400 at 24% APR. If I pay only the $60 minimum each month and add nothing, how long to pay it off?",
  "My credit card has a balance of $2,400. If I pay only the minimum each month and add nothing, how long to pay it off?",
  M, "rate", None,
  "What is the card's APR and what is the minimum payment (a fixed amount or a percentage of the balance)?")

P(G, "What's the break-even point if fixed costs are $9,000, price per unit is $45 and variable cost per unit is $27?",
  "What's the break-even point if fixed costs are $9,000 and price per unit is $45?",
  M, "cost", None,
  "What is the variable cost per unit?")

P(G, "A freelancer invoices $3,200 and owes 20% income tax plus 15.3% self-employment tax on it (treat both as flat on the invoice). What's left?",
  "A freelancer invoices $3,200 and owes income tax plus self-employment tax on it. What's left?",
  M, "jurisdiction", None,
  "Which country (and tax year) is this, or what flat rates should I apply?")

P(G, "If I got a 5% raise on a salary of £38,000, what's my new salary?",
  "If I got a 5% raise on a salary of £38,000 and now earn £41,000, what's my new salary after the raise?",
  C, "amount", "now earn £41,000",
  "5% on £38,000 gives £39,900, not £41,000; is the raise bigger than 5%, or is £41,000 including something else?",
  options=["raise is bigger than 5%", "£41,000 includes extras"])

# ---------------------------------------------------------------------------
# 4. Unit conversions and recipe scaling
# ---------------------------------------------------------------------------

P(G, "Convert 3 US cups of flour to grams (all-purpose, spooned and levelled).",
  "Convert 3 cups of flour to grams.",
  A, "unit", "3 cups",
  "US cups (about 120 g of flour each), metric cups (250 ml), or UK cups?",
  options=["US cups", "metric cups", "UK cups"])

P(G, "How many litres is 10 US gallons?",
  "How many litres is 10 gallons?",
  A, "unit", "10 gallons",
  "US gallons (3.785 L) or imperial gallons (4.546 L)?",
  options=["US gallons", "imperial gallons"])

P(G, "This recipe serves 4 and uses 300 g pasta, 2 eggs, 50 g parmesan and 100 g guanciale. Scale it for 6 people.",
  "This recipe serves 4 and uses 300 g pasta, 2 eggs, 50 g parmesan and 100 g guanciale. Scale it for the party.",
  M, "quantity", "for the party",
  "How many people will be at the party?")

P(G, "Convert 65 miles per hour to km/h.",
  "Convert 65 miles per hour. Metric please.",
  A, "unit", "Metric please",
  "Which metric unit do you want: km/h or m/s?",
  options=["km/h", "m/s"])

P(G, "My recipe says 180 °C fan oven. What's that in Fahrenheit for a conventional oven?",
  "My recipe says 180 degrees. What's that in the other unit?",
  A, "unit", "180 degrees",
  "Is the recipe's 180 in Celsius (convert to Fahrenheit) or Fahrenheit (convert to Celsius)?",
  options=["180 °C to °F", "180 °F to °C"])

P(G, "How many ounces of water is 2 litres? US fluid ounces.",
  "how many ounces is 2 litres",
  A, "unit", "ounces",
  "Do you mean US fluid ounces or imperial fluid ounces?",
  options=["US fl oz", "imperial fl oz"])

P(G, "The bread recipe makes one 900 g loaf using 500 g flour, 350 g water, 10 g salt, 7 g yeast. I want two 600 g loaves. Scale it.",
  "The bread recipe makes one 900 g loaf using 500 g flour, 350 g water, 10 g salt, 7 g yeast. I want two smaller loaves. Scale it.",
  M, "quantity", "two smaller loaves",
  "How much should each smaller loaf weigh?")

P(G, "How many square feet is a 4 m x 5 m room?",
  "How many square feet is a 4 x 5 room?",
  A, "unit", "4 x 5",
  "Are the room's dimensions 4 x 5 metres, yards, or something else?",
  options=["metres", "yards"])

P(G, "Convert 2.5 short tons to kilograms.",
  "Convert 2.5 tons to kilograms.",
  A, "unit", "2.5 tons",
  "US short tons (907 kg), UK long tons (1,016 kg), or metric tonnes?",
  options=["short tons", "long tons", "metric tonnes"])

P(G, "The cake recipe is for a 20 cm round tin and I'm using a 25 cm round tin of the same depth. By what factor should I scale the ingredients?",
  "The cake recipe is for a 20 cm round tin and I'm using a bigger tin. By what factor should I scale the ingredients?",
  M, "dimension", "a bigger tin",
  "What size and shape is the bigger tin?")

P(G, "I weigh 11 stone 4 pounds. What's that in kg?",
  "I weigh 11.4. what's that in kg",
  A, "unit", "11.4",
  "Is that 11 stone 4 pounds, or 11.4 stone, or some other unit?",
  options=["11 st 4 lb", "11.4 stone"])


P(G, "Recipe calls for 2 tsp baking powder for 12 muffins. How much for 30 muffins?",
  "Recipe calls for 2 tsp baking powder. How much for 30 muffins?",
  M, "quantity", None,
  "How many muffins does the original recipe make?")

P(G, "Convert 1.5 billion (short scale, 1.5 × 10⁹) euros to words in German.",
  "Convert 1.5 billion to the German number word, I'm translating a British report from the 1960s.",
  A, "scale", "1.5 billion",
  "In a 1960s British report 'billion' may mean the old long-scale 10¹² rather than 10⁹; which one does the report use?",
  options=["10⁹ (short scale)", "10¹² (long scale)"])

P(G, "A marathon is 42.195 km. What's my pace per mile if I finish in 3:45:00?",
  "A marathon is 42.195 km. What's my pace per mile if I finish in 3.45?",
  A, "unit", "3.45",
  "Does 3.45 mean 3 hours 45 minutes, or 3.45 hours (3 hours 27 minutes)?",
  options=["3 h 45 min", "3.45 h (3 h 27 min)"])

P(G, "Fuel economy is 34 mpg (US). What's that in litres per 100 km?",
  "Fuel economy is 34 mpg. What's that in litres per 100 km?",
  A, "unit", "34 mpg",
  "Is that US mpg (about 6.9 L/100 km) or UK imperial mpg (about 8.3 L/100 km)?",
  options=["US mpg", "UK mpg"])

P(G, "I need 750 ml of stock but my measuring jug is in US cups. How many cups?",
  "I need 750 ml of stock but my measuring jug is in cups, and the recipe also says 4 cups of stock. How many cups?",
  C, "quantity", "the recipe also says 4 cups of stock",
  "750 ml is about 3.2 US cups, not 4; which amount should I go by, the 750 ml or the 4 cups?",
  options=["750 ml", "4 cups"])

P(G, "Scale this to half: 3 eggs, 250 ml milk, 200 g flour, pinch of salt.",
  "Scale this: 3 eggs, 250 ml milk, 200 g flour, pinch of salt.",
  M, "factor", None,
  "By how much should I scale it (e.g. half, double, or for a number of servings)?",
  options=["half", "double"])

# ---------------------------------------------------------------------------
# 5. Statistics and data questions
# ---------------------------------------------------------------------------

P(D, "Here are test scores: 72, 85, 90, 66, 85, 78, 94. Give the mean, median and mode.",
  "Here are test scores: 72, 85, 90, 66, 85, 78, 94. Give the average.",
  A, "statistic", "the average",
  "Which average do you want: the mean, the median, or the mode?",
  options=["mean", "median", "mode"])

P(D, "A survey of 400 people found 58% support. Compute the 95% confidence interval for the proportion.",
  "A survey found 58% support. Compute the 95% confidence interval for the proportion.",
  M, "sample_size", None,
  "How many people were surveyed?")

P(D, "Heights are normally distributed with mean 170 cm and SD 8 cm. What share of people are over 186 cm?",
  "Heights are normally distributed with mean 170 cm. What share of people are over 186 cm?",
  M, "spread", None,
  "What is the standard deviation of the heights?")

P(D, "Compute the sample standard deviation of 4, 8, 6, 5, 7.",
  "Compute the standard deviation of 4, 8, 6, 5, 7.",
  A, "estimator", "standard deviation",
  "Should that be the sample standard deviation (divide by n−1) or the population one (divide by n)?",
  options=["sample (n−1)", "population (n)"])

P(D, "Revenue was $1.2M in 2022 and $1.5M in 2024. What's the compound annual growth rate?",
  "Revenue went from $1.2M to $1.5M. What's the compound annual growth rate?",
  M, "period", None,
  "Over how many years did revenue go from $1.2M to $1.5M?")

P(D, "A test is 95% sensitive and 90% specific; the disease affects 2% of the population. If someone tests positive, what's the probability they have it?",
  "A test is 95% sensitive and 90% specific. If someone tests positive, what's the probability they have it?",
  M, "prevalence", None,
  "How common is the disease in the population being tested (its prevalence or base rate)?")

P(D, "In our A/B test, control had 120 conversions from 2,400 visitors and variant had 156 from 2,400. Is the difference significant at 5%, two-sided?",
  "In our A/B test, control had 120 conversions and variant had 156. Is the difference significant at 5%?",
  M, "sample_size", None,
  "How many visitors did each group have?")

P(D, "The survey results: 45% chose A, 35% chose B, 20% chose C. Make a pie chart description and say which won.",
  "The survey results: 45% chose A, 40% chose B, 25% chose C. Make a pie chart description and say which won.",
  C, "percentage", "45% chose A, 40% chose B, 25% chose C",
  "The shares add to 110%; could people pick more than one option (then a pie chart doesn't fit), or is one of the percentages wrong?",
  options=["multiple choices allowed", "one percentage is wrong"])

P(D, "Conversion rate went from 2.0% to 2.5%. Report the change.",
  "Conversion rate went from 2.0% to 2.5%. Report the change as an increase of 'x percent'.",
  A, "scale", "'x percent'",
  "Should the change be reported as 0.5 percentage points or as a 25% relative increase?",
  options=["0.5 percentage points", "25% relative increase"])

P(D, "What sample size do I need to estimate a proportion within ±3 points at 95% confidence? Assume p = 0.5.",
  "What sample size do I need to estimate a proportion at 95% confidence? Assume p = 0.5.",
  M, "margin", None,
  "What margin of error do you need (e.g. ±3 or ±5 percentage points)?",
  options=["±3 points", "±5 points"])

P(D, "Correlation between hours studied and score is r = 0.6 across 50 students. How much of the variance in scores does it explain?",
  "Correlation between hours studied and score is r = 1.6 across 50 students. How much of the variance in scores does it explain?",
  C, "impossible_value", "r = 1.6",
  "A correlation can't exceed 1; is r actually 0.6 (or 0.16), or is 1.6 some other statistic?",
  options=["r = 0.6", "r = 0.16"])

P(D, "The company has 120 employees: 70 in engineering, 30 in sales, 20 in ops. What percentage is in sales?",
  "The company has 120 employees: 70 in engineering, 30 in sales, 35 in ops. What percentage is in sales?",
  C, "total", "120 employees",
  "70 + 30 + 35 is 135, not 120; should the percentage use 120 or 135 as the total?",
  options=["120", "135"])

P(D, "Daily sales for the week were 310, 290, 405, 380, 420, 610, 580. What's the 3-day moving average for the last day?",
  "Daily sales for the week were 310, 290, 405, 380, 420, 610, 580. What's the moving average for the last day?",
  M, "window", None,
  "What window should the moving average use (e.g. 3 days, 5 days, all 7)?",
  options=["3 days", "5 days", "7 days"])

P(D, "Run a one-sample t-test: sample mean 52.3, sample SD 6.1, n = 25, null mean 50. Two-sided, alpha 0.05.",
  "Run a one-sample t-test: sample mean 52.3, sample SD 6.1, null mean 50. Two-sided, alpha 0.05.",
  M, "sample_size", None,
  "How many observations are in the sample (n)?")

P(D, "In a class of 30, 18 play football, 12 play basketball, and 5 play both. How many play neither?",
  "In a class of 30, 18 play football, 12 play basketball, and some play both. How many play neither?",
  M, "amount", "some play both",
  "How many students play both football and basketball?")

P(D, "Our churn was 4% per month. What's the approximate annual churn, assuming a constant monthly rate?",
  "Our churn was 4%. What's the annual churn?",
  A, "period", "Our churn was 4%",
  "Is the 4% a monthly churn rate (about 39% a year) or already a quarterly or annual figure?",
  options=["monthly", "quarterly", "annual"])

P(D, "Price index went from 100 in 2015 to 132 in 2023. What's the cumulative increase?",
  "Price index went from 100 to 132 but the report also says a 28% cumulative increase. What's the cumulative increase?",
  C, "percentage", "a 28% cumulative increase",
  "From 100 to 132 is a 32% increase, not 28%; is the index value or the report's 28% the right one?",
  options=["the index (32%)", "the report (28%)"])

# ---------------------------------------------------------------------------
# 6. Health, medication, nutrition
# ---------------------------------------------------------------------------

P(G, "What's the usual maximum daily dose of paracetamol for a healthy adult over 50 kg?",
  "what's the max paracetamol I can give my son in a day",
  M, "age_weight", "my son",
  "Children's paracetamol doses depend on age and weight; how old is your son and roughly how much does he weigh?")

P(G, "My daughter is 6, weighs 20 kg, and has a fever. The children's ibuprofen bottle says 100 mg per 5 ml. How much can she have per dose?",
  "My daughter has a fever. The children's ibuprofen bottle says 100 mg per 5 ml. How much can she have per dose?",
  M, "age_weight", None,
  "How old is your daughter and how much does she weigh?")

P(G, "I'm 35, 170 cm, 82 kg. What's my BMI?",
  "I'm 35 and 82 kg. What's my BMI?",
  M, "height", None,
  "How tall are you?")

P(G, "How many calories are in 150 g of cooked white rice?",
  "How many calories are in a bowl of rice?",
  M, "quantity", "a bowl of rice",
  "Roughly how much rice is in the bowl (in grams or cups), and is it cooked white or brown rice?")

P(G, "I take 20 mg of my medication once a day. The pharmacy gave me 10 mg tablets. How many tablets per day?",
  "I take 20 mg of my medication once a day. The pharmacy gave me 10 mg tablets but the label says take 1 tablet daily. How many tablets per day?",
  C, "dose", "the label says take 1 tablet daily",
  "Your prescribed 20 mg would be 2 tablets but the label says 1 tablet (10 mg); this needs checking with your pharmacist or doctor: which dose did your prescriber intend?",
  options=["20 mg (2 tablets)", "10 mg (1 tablet)"])

P(G, "I'm a 30-year-old woman, 165 cm, 60 kg, moderately active. Roughly how many calories a day to maintain my weight?",
  "Roughly how many calories a day should I eat to maintain my weight?",
  M, "personal_fact", None,
  "Can you give your age, sex, height, weight and how active you are?")

P(G, "How much water should an adult drink a day, roughly? General guideline is fine.",
  "How much water should my dog drink a day?",
  M, "weight", "my dog",
  "How much does your dog weigh?")

P(G, "My heart rate at rest is 58 bpm; I'm 40 and run three times a week. Is that normal?",
  "My heart rate is 58. Is that normal?",
  M, "condition", "My heart rate is 58",
  "Is that a resting heart rate, and roughly what's your age and fitness level?")

P(G, "The IV order is 1,000 ml over 8 hours with a drip set of 20 drops/ml. What's the drip rate in drops per minute?",
  "The IV order is 1,000 ml over 8 hours. What's the drip rate in drops per minute?",
  M, "drop_factor", None,
  "What is the drip set's drop factor (drops per ml)?",
  options=["10 drops/ml", "15 drops/ml", "20 drops/ml", "60 drops/ml"])

P(G, "A child's amoxicillin dose is 25 mg/kg/day split into two doses. She weighs 18 kg. Suspension is 250 mg/5 ml. How many ml per dose?",
  "A child's amoxicillin dose is 25 mg/kg/day split into two doses. She weighs 18 kg. How many ml per dose?",
  M, "concentration", None,
  "What is the suspension's concentration (e.g. 125 mg/5 ml or 250 mg/5 ml)?",
  options=["125 mg/5 ml", "250 mg/5 ml"])

P(G, "Label says 12 g protein per 100 g, and I ate 250 g. How much protein did I get?",
  "Label says 12 g protein per serving, and I ate 250 g. How much protein did I get?",
  M, "serving", "per serving",
  "How many grams is one serving on that label?")

P(G, "My blood sugar reading is 6.1 mmol/L fasting. Is that in the normal range?",
  "my blood sugar reading is 110. is that normal?",
  M, "condition", "110",
  "Was that 110 mg/dL reading taken fasting or after eating?",
  options=["fasting", "after eating"])

P(G, "How long after taking ibuprofen 400 mg can an adult take another dose?",
  "How long after taking ibuprofen can I take another dose? I took it at 2 and then again at 3, and my partner says that's fine because it's every hour.",
  C, "interval", "it's every hour",
  "Standard adult ibuprofen dosing is every 6 to 8 hours, not hourly; how much did you take in each of those two doses so we can check you're within the daily limit?")

# ---------------------------------------------------------------------------
# 7. Legal and administrative questions
# ---------------------------------------------------------------------------

P(G, "In England, how much notice does a landlord need to give for a section 21 eviction on an assured shorthold tenancy?",
  "How much notice does my landlord have to give me to move out?",
  M, "jurisdiction", None,
  "Which country (and state or region) is the property in, and what kind of tenancy do you have?")

P(G, "What's the statute of limitations for a written contract claim in California?",
  "What's the statute of limitations for a contract claim in California?",
  A, "contract_type", "a contract claim",
  "Is it a written contract (4 years in California) or an oral one (2 years)?",
  options=["written", "oral"])

P(G, "I'm a US citizen in New York. Can I file my 2024 federal taxes jointly with my spouse if we married on 30 December 2024?",
  "Can I file taxes jointly with my spouse if we married in late December?",
  M, "jurisdiction", None,
  "Which country's taxes (and which tax year) are you asking about?")

P(G, "How many days of paid annual leave is a full-time worker in Germany entitled to by law on a five-day week?",
  "How many days of paid annual leave am I entitled to by law?",
  M, "jurisdiction", None,
  "Which country do you work in?")

P(G, "My US passport expires on 1 March 2026. I'm flying to Thailand on 10 January 2026. Do I need to renew first?",
  "My passport expires soon. I'm flying to Thailand on 10 January 2026. Do I need to renew first?",
  M, "date", "expires soon",
  "What is the exact expiry date on your passport (Thailand generally wants 6 months' validity on arrival)?")

P(G, "I got a speeding ticket in Ontario for 20 km/h over in a 60 zone. How many demerit points is that?",
  "I got a speeding ticket for 20 over. How many points is that?",
  M, "jurisdiction", None,
  "Which province, state or country issued the ticket?")

P(G, "In the UK, what's the deadline for filing a 2024-25 self-assessment tax return online?",
  "what's the deadline for filing my tax return online?",
  M, "jurisdiction", None,
  "Which country's tax return is this?",
  options=["UK", "US", "another country"])

P(G, "My employment contract says 4 weeks' notice. I'm in the Netherlands on a permanent contract. How much notice must I give to resign?",
  "My employment contract says 4 weeks' notice in clause 7 and one month in clause 12. How much notice must I give to resign?",
  C, "term", "one month in clause 12",
  "Clause 7 says 4 weeks and clause 12 says one month; which country are you in and which clause is the termination clause, so I can check which applies?")

P(G, "How long do I have to keep business receipts for a UK sole trader's tax records?",
  "How long do I have to keep receipts?",
  M, "scope", "receipts",
  "What are the receipts for (business tax records, personal taxes, returns to a shop), and in which country?")

P(G, "What's the small claims court limit in Texas justice court?",
  "What's the small claims court limit?",
  M, "jurisdiction", None,
  "Which state or country is the court in?")

# ---------------------------------------------------------------------------
# 8. Multiple-choice exam questions (own items, lettered options)
# ---------------------------------------------------------------------------

P(G, "Which is the answer? A car travels 120 km in 1.5 hours at a constant speed. Its speed is: A) 60 km/h  B) 80 km/h  C) 90 km/h  D) 180 km/h",
  "Which is the answer? A car travels 120 km at a constant speed. Its speed is: A) 60 km/h  B) 80 km/h  C) 90 km/h  D) 180 km/h",
  M, "duration", None,
  "How long does the car take to cover the 120 km?")

P(G, "Q7. A patient weighing 70 kg is prescribed 5 mg/kg of a drug. The dose is: (a) 35 mg (b) 350 mg (c) 3.5 g (d) 70 mg",
  "Q7. A patient is prescribed 5 mg/kg of a drug. The dose is: (a) 35 mg (b) 350 mg (c) 3.5 g (d) 70 mg",
  M, "weight", None,
  "How much does the patient weigh?")

P(G, "MCQ: The capital of Australia is  A. Sydney  B. Melbourne  C. Canberra  D. Perth",
  "MCQ: The capital of the state is  A. Sydney  B. Melbourne  C. Canberra  D. Perth",
  M, "entity", "the state",
  "Which state does the question mean (e.g. New South Wales, Victoria, Western Australia), or is it the national capital?",
  options=["New South Wales", "Victoria", "Western Australia", "Australia (national)"])

P(G, "Pick one. Simple interest on $1,000 at 5% per year for 2 years is: A) $50 B) $100 C) $102.50 D) $1,100",
  "Pick one. Interest on $1,000 at 5% per year for 2 years is: A) $50 B) $100 C) $102.50 D) $1,100",
  A, "compounding", "Interest on $1,000",
  "Is it simple interest (B, $100) or compounded annually (C, $102.50)?",
  options=["simple interest", "compound interest"])

P(G, "Which gas makes up most of Earth's atmosphere by volume? a) oxygen b) nitrogen c) carbon dioxide d) argon",
  "Which gas makes up most of the atmosphere by volume? a) oxygen b) nitrogen c) carbon dioxide d) argon",
  A, "entity", "the atmosphere",
  "Whose atmosphere: Earth's (nitrogen) or, say, Mars's or Venus's (carbon dioxide)?",
  options=["Earth", "Mars or Venus"])

P(G, "Exam practice: An object of mass 2 kg is lifted 3 m. Taking g = 10 m/s², the gain in potential energy is A) 6 J B) 15 J C) 60 J D) 600 J",
  "Exam practice: An object is lifted 3 m. Taking g = 10 m/s², the gain in potential energy is A) 6 J B) 15 J C) 60 J D) 600 J",
  M, "mass", None,
  "What is the mass of the object being lifted?")

P(G, "Which of these is a prime number? (A) 21 (B) 27 (C) 29 (D) 33",
  "Which of these is a prime number? (A) 21 (B) 23 (C) 29 (D) 33 — only one answer allowed",
  C, "multiple_correct", "(B) 23 (C) 29",
  "Both 23 and 29 are prime, but only one answer is allowed; is one of the options mistyped, or should I list both?",
  options=["list both", "one option is mistyped"])

P(G, "True or false: water boils at 100 °C at standard sea-level pressure.",
  "True or false: water boils at 100 degrees.",
  A, "unit", "100 degrees",
  "Is that 100 °C (true at sea-level pressure) or 100 °F (false)?",
  options=["Celsius", "Fahrenheit"])

P(G, "Question 12: In which year was the Korean War armistice signed?  A 1918  B 1945  C 1953  D 1975",
  "Question 12: In which year did the war end?  A 1918  B 1945  C 1953  D 1975",
  A, "entity", "the war",
  "Which war does the question mean: the First World War, the Second World War, the Korean War or the Vietnam War?",
  options=["First World War", "Second World War", "Korean War", "Vietnam War"])

P(G, "A sample has a mean of 50 and standard deviation of 5. A value of 60 has a z-score of: A) 1 B) 2 C) 10 D) -2",
  "A sample has a mean of 50. A value of 60 has a z-score of: A) 1 B) 2 C) 10 D) -2",
  M, "spread", None,
  "What is the sample's standard deviation?")

P(G, "Pharmacology quiz: which of these is an ACE inhibitor? a) amlodipine b) lisinopril c) metoprolol d) furosemide",
  "Pharmacology quiz: which of these is the drug the patient in case 3 was switched to? a) amlodipine b) lisinopril c) metoprolol d) furosemide",
  M, "source", "the patient in case 3",
  "Could you paste case 3, which says which drug the patient was switched to?")

P(G, "Which of the following is the correct unit of power? (a) joule (b) watt (c) newton (d) pascal",
  "Which of the following is the correct unit? (a) joule (b) watt (c) newton (d) pascal",
  M, "quantity", "the correct unit",
  "The unit of which quantity: energy, power, force, or pressure?",
  options=["energy", "power", "force", "pressure"])

P(G, "Law 101 practice question: In a US criminal trial, the prosecution must prove guilt: A) on the balance of probabilities B) beyond a reasonable doubt C) by clear and convincing evidence D) by a preponderance of evidence",
  "Law 101 practice question: The standard of proof the claimant must meet is: A) on the balance of probabilities B) beyond a reasonable doubt C) by clear and convincing evidence D) by a preponderance of evidence",
  M, "case_type", "the claimant",
  "What kind of case is it (an ordinary civil claim, a criminal prosecution, or a special civil matter like fraud), and in which legal system?",
  options=["ordinary civil claim", "criminal prosecution", "special civil matter"])

P(G, "Stats quiz: For a fair coin flipped 3 times, P(exactly 2 heads) = A) 1/8 B) 1/4 C) 3/8 D) 1/2",
  "Stats quiz: For a coin flipped 3 times, P(exactly 2 heads) = A) 1/8 B) 1/4 C) 3/8 D) 1/2. The coin lands heads 60% of the time. Answer is C right?",
  C, "inconsistent_givens", "Answer is C right?",
  "With a coin that lands heads 60% of the time the probability is 0.432, which isn't C (3/8 holds only for a fair coin); is the coin fair or biased?",
  options=["fair coin", "60% heads"])

P(G, "Chem MCQ: What is the molar mass of CO2? (C = 12, O = 16)  A 28  B 44  C 32  D 60",
  "Chem MCQ: What is the molar mass of CO2? (C = 12, O = 16)  A 28  B 46  C 32  D 60",
  C, "no_correct_option", "A 28  B 46  C 32  D 60",
  "With those masses CO2 is 44 g/mol, which isn't among the options; is option B a typo for 44?",
  options=["B was meant to be 44", "options are as written"])

# ---------------------------------------------------------------------------
# 9. Problems read with context (worksheets, statements, chat history)
# ---------------------------------------------------------------------------

CP(G, "Work out the answer to question 3 on this worksheet.",
   "Worksheet 4 — Percentages\n1. Find 15% of 80.\n2. Increase 250 by 12%.\n3. A coat costs £120 in a sale with 25% off. What was the original price?\n4. Write 0.375 as a percentage.",
   "Worksheet 4 — Percentages\n1. Find 15% of 80.\n2. Increase 250 by 12%.\n3. A coat costs £120 in a sale. What was the original price?\n4. Write 0.375 as a percentage.",
   M, "percentage", "3. A coat costs £120 in a sale. What was the original price?",
   "Question 3 doesn't say how big the sale discount was; what percentage off was it?")

CP(G, "How much interest did I pay in total this year?",
   "Statement summary 2024\nOpening balance: £8,400.00\nPayments made: £2,640.00\nInterest charged: £612.18\nClosing balance: £6,372.18\nAPR: 7.9%",
   "Statement summary 2024\nOpening balance: £8,400.00\nPayments made: £2,640.00\nInterest charged: £612.18\nClosing balance: £6,372.18\nAPR: 7.9%\n\nAnnual summary (page 2)\nTotal interest charged this year: £701.40",
   C, "total", "Total interest charged this year: £701.40",
   "Page 1 says £612.18 interest and page 2 says £701.40; which figure should I report, or should I check whether page 2 includes fees?",
   options=["£612.18", "£701.40"])

CP(G, "Scale the recipe for 10 people.",
   "Lemon rice (serves 4)\n- 300 g basmati rice\n- 2 tbsp oil\n- 1 tsp mustard seeds\n- 1 lemon, juiced\n- 1/2 tsp turmeric\n- salt to taste",
   "Lemon rice\n- 300 g basmati rice\n- 2 tbsp oil\n- 1 tsp mustard seeds\n- 1 lemon, juiced\n- 1/2 tsp turmeric\n- salt to taste",
   M, "servings", "Lemon rice",
   "How many people does the original recipe serve?")

CP(D, "What's the average order value from these numbers?",
   "Q3 dashboard\nOrders: 1,840\nRevenue: $92,000\nRefunds: 0\nNew customers: 612",
   "Q3 dashboard\nOrders: 1,840\nRevenue (gross): $92,000\nRevenue (net of refunds): $85,100\nNew customers: 612",
   A, "metric", "Revenue (net of refunds): $85,100",
   "Should the average order value use gross revenue ($92,000) or net of refunds ($85,100)?",
   options=["gross", "net of refunds"])

CP(G, "So what dose should she take then?",
   "User: My mum is 72, weighs about 60 kg, and her GP said paracetamol is fine for her knee.\nAssistant: Standard adult paracetamol is 500 mg–1 g per dose, up to 4 g in 24 hours; for older adults some doctors advise a lower daily maximum.\nUser: her GP actually wrote 1 g up to three times a day.",
   "User: My mum's knee has been hurting for a week.\nAssistant: I'm sorry to hear that. Has she seen a doctor about it?\nUser: yes and they said it's fine to take something over the counter.",
   M, "medication", "take something over the counter",
   "Which medicine does she plan to take (paracetamol, ibuprofen, something else)?",
   options=["paracetamol", "ibuprofen", "something else"])

CP(G, "Is my take-home pay right?",
   "Payslip — March\nGross pay: $5,200.00\nFederal tax: $624.00\nState tax: $218.40\nSocial security: $322.40\nMedicare: $75.40\nNet pay: $3,959.80",
   "Payslip — March\nGross pay: $5,200.00\nFederal tax: $624.00\nState tax: $218.40\nSocial security: $322.40\nMedicare: $75.40\nNet pay: $4,120.00",
   C, "total", "Net pay: $4,120.00",
   "Gross minus the listed deductions gives $3,959.80 but the slip says $4,120.00; is there an addition or refund missing from the slip, or should I treat the net pay figure as wrong?",
   options=["an item is missing", "the net pay figure is wrong"])

CP(G, "Answer question 2 for me.",
   "Physics problem set\n1. A 3 kg mass moves at 4 m/s. Find its kinetic energy.\n2. A force of 12 N acts on a 4 kg mass on a frictionless surface. Find the acceleration.\n3. State Newton's third law.",
   "Physics problem set\n1. A 3 kg mass moves at 4 m/s. Find its kinetic energy.\n2. A force of 12 N acts on a mass on a surface with friction coefficient 0.2. Find the acceleration.\n3. State Newton's third law.",
   M, "mass", "2. A force of 12 N acts on a mass on a surface with friction coefficient 0.2. Find the acceleration.",
   "Question 2 doesn't give the mass of the object; what is it?")

CP(D, "Compute year-over-year growth for 2024.",
   "year,revenue_usd\n2021,410000\n2022,455000\n2023,520000\n2024,598000",
   "year,revenue_usd\n2021,410000\n2022,455000\n2023,520000\n2023,540000\n2024,598000",
   C, "duplicate", "2023,540000",
   "There are two rows for 2023 (520,000 and 540,000); which one is the correct 2023 revenue?",
   options=["520,000", "540,000"])

CP(G, "How much tax do I owe on this?",
   "Notes for accountant\n- Tax year: 2024, UK resident, basic-rate taxpayer\n- Sold shares in March 2024 for a gain of £4,200\n- No other disposals; annual exempt amount 2024-25 £3,000\n- Question: CGT due on the gain?",
   "Notes for accountant\n- Sold shares for a gain of £4,200\n- No other disposals\n- Question: CGT due on the gain?",
   M, "jurisdiction", "Sold shares for a gain of £4,200",
   "Which tax year and country is the sale in, and which income tax band are you in?")

CP(G, "Convert the measurements to grams.",
   "Grandma's shortbread (UK recipe, imperial)\n8 oz plain flour\n4 oz caster sugar\n8 oz butter",
   "Grandma's shortbread\n2 cups flour\n1/2 cup sugar\n1 cup butter\n(note in margin: 'Aussie cups!' crossed out, 'US cups' written above)",
   A, "unit", "(note in margin: 'Aussie cups!' crossed out, 'US cups' written above)",
   "The margin note is crossed out and overwritten; should I convert using US cups (236 ml) or Australian cups (250 ml)?",
   options=["US cups", "Australian cups"])

CP(W, "Write a short explanation of this result for the parents' newsletter.",
   "Result: the school's reading scores rose from 64% of pupils at the expected level in 2023 to 71% in 2024 (cohort of 180 pupils both years).",
   "Result: the school's reading scores rose from 64% of pupils at the expected level in 2023 to 71% in 2024. (The Year 6 summary table lists 2024 as 67%.)",
   C, "figure", "(The Year 6 summary table lists 2024 as 67%.)",
   "The result says 71% for 2024 but the Year 6 table says 67%; which figure should the newsletter use?",
   options=["71%", "67%"])

CP(G, "Is the dose on this label right for him?",
   "Patient: Leo M., age 4, weight 16 kg\nRx: Paracetamol oral suspension 120 mg/5 ml\nDose: 10 ml every 6 hours as needed, max 4 doses in 24 h",
   "Rx: Paracetamol oral suspension 120 mg/5 ml\nDose: 10 ml every 6 hours as needed, max 4 doses in 24 h",
   M, "age_weight", None,
   "How much does he weigh (and how old is he)?")

# ---------------------------------------------------------------------------
# 10. More pairs: "the rate" with two rates, period and unit ambiguities,
#     contradictions that make the blocked version the longer one
# ---------------------------------------------------------------------------

P(G, "The savings account pays 3.5% and I have $8,000 in it. How much interest in one year, simple?",
  "The savings account pays 3.5% for the first six months and 4.1% after that, and I have $8,000 in it. How much interest will I get at the rate, simple?",
  A, "rate", "at the rate",
  "Which rate do you mean: 3.5% (first six months), 4.1% (after that), or the blended rate over the year?",
  options=["3.5%", "4.1%", "both, blended over the year"])

P(G, "Wage is $22/hour. How much for 46 hours if overtime after 40 is paid at 1.5x?",
  "Base wage is $22/hour, the weekend rate is $27/hour, and overtime is 1.5x the rate. How much for 46 hours?",
  A, "rate", "1.5x the rate",
  "Is overtime 1.5x the base $22 or 1.5x the $27 weekend rate, and were any of the 46 hours on the weekend?",
  options=["1.5x base rate", "1.5x weekend rate"])

P(G, "We pay €1,450 rent per month. How much is that over a 12-month lease?",
  "We pay 1,450 rent. How much is that over the lease?",
  M, "period", "over the lease",
  "How long is the lease (and is the 1,450 per month)?")

P(G, "Exchange rate is 1 USD = 0.92 EUR. How many euros for $350?",
  "Exchange rate is 1 USD = 0.92 EUR, or 1 EUR = 1.12 USD according to my bank app. How many euros for $350?",
  C, "rate", "1 EUR = 1.12 USD according to my bank app",
  "0.92 EUR per dollar implies 1 EUR = 1.087 USD, not 1.12; which rate should I use, the 0.92 or your bank app's?",
  options=["1 USD = 0.92 EUR", "bank app rate (1 EUR = 1.12 USD)"])

P(G, "My phone plan is $45 a month plus a one-time $30 activation fee. What's the cost over 2 years?",
  "My phone plan is $45 plus a one-time $30 activation fee. What's the cost over 2 years?",
  A, "period", "$45 plus",
  "Is the $45 charged monthly or on some other cycle (e.g. every 4 weeks)?",
  options=["monthly", "every 4 weeks"])

P(G, "A 20% tip on $56 — how much?",
  "A 20% tip on $56, but the menu adds a 12.5% service charge already. how much tip should I add on top?",
  A, "base", "adds a 12.5% service charge already",
  "Since a 12.5% service charge is already included, do you want to add a full 20% on top, or only top up to 20% in total?",
  options=["20% on top", "top up to 20% total"])

P(G, "A population of bacteria doubles every 3 hours. Starting from 500, how many after 12 hours?",
  "A population of bacteria doubles every 3 hours. Starting from 500, how many after 12 hours? The answer key says 6,000, which is what I get if it grows linearly.",
  C, "model", "The answer key says 6,000",
  "Doubling every 3 hours gives 8,000 after 12 hours, while the key's 6,000 only fits a different model; should I follow the doubling (8,000) or the answer key's model?",
  options=["doubling (8,000)", "answer key (6,000)"])

P(G, "How many minutes of video fit on a 64 GB card at 100 Mbps? Treat GB as 10⁹ bytes.",
  "How many minutes of video fit on a 64 GB card at 100 MB per second or maybe megabits, not sure which the camera spec means?",
  A, "unit", "100 MB per second or maybe megabits",
  "Is the camera's bitrate 100 megabits per second (Mbps) or 100 megabytes per second (MB/s)?",
  options=["100 Mbps (megabits)", "100 MB/s (megabytes)"])

P(G, "A flight leaves London at 14:10 local time and lands in New York at 17:05 local time. New York is 5 hours behind London. How long is the flight?",
  "A flight leaves London at 14:10 and lands in New York at 17:05. How long is the flight?",
  A, "timezone", "at 17:05",
  "Are both times local (London and New York), or both in the same time zone?",
  options=["both local times", "both London time"])

P(G, "Paint covers 12 m² per litre. My walls total 45 m² and I want two coats. How many litres?",
  "Paint covers 12 m² per litre. How many litres for two coats?",
  M, "area", None,
  "What is the total wall area you're painting?")

P(G, "Work out my hourly rate: I earn $52,000 a year, 40 hours a week, 52 weeks.",
  "Work out my hourly rate: I earn $52,000 a year and $4,000 a month, 40 hours a week.",
  C, "amount", "$52,000 a year and $4,000 a month",
  "$4,000 a month is $48,000 a year, not $52,000; which figure is your salary (maybe one includes a bonus)?",
  options=["$52,000 a year", "$4,000 a month"])

P(G, "I walk 8,000 steps a day and my stride is 0.75 m. How many km is that a week?",
  "I walk 8,000 steps a day. How many km is that a week?",
  M, "length", None,
  "What's your stride length (or should I assume a typical 0.7–0.8 m)?",
  options=["assume ~0.75 m", "I'll measure mine"])

P(G, "A 12-pack of soda costs $6.49 and a 2-litre bottle costs $2.29. Which is cheaper per litre if the cans are 355 ml?",
  "A 12-pack of soda costs $6.49 and a 2-litre bottle costs $2.29. Which is cheaper per litre?",
  M, "volume", "12-pack",
  "How big is each can in the 12-pack (e.g. 330 ml or 355 ml)?",
  options=["330 ml", "355 ml"])

P(G, "What is 18% VAT on a net price of 2,500?",
  "What is the VAT on 2,500?",
  M, "rate", None,
  "Which country's VAT (or what rate) should I use, and is 2,500 the price before or after VAT?")

P(G, "Speed limit is 50 km/h. I'm driving at 35 mph. Am I over?",
  "Speed limit is 50. I'm driving at 35. Am I over?",
  A, "unit", "I'm driving at 35",
  "Are the limit and your speed in the same units (both km/h or both mph), or is one in mph and one in km/h?",
  options=["both km/h", "both mph", "limit km/h, speed mph"])

P(G, "A stock fell 20% then rose 20%. Net change?",
  "A stock fell 20% then rose 25% and is back where it started, but my broker's app shows it 4% down. Net change?",
  C, "figure", "my broker's app shows it 4% down",
  "A 20% fall and 25% rise return exactly to the start, yet the app shows −4%; are the percentages exact, or does the app include fees or dividends?",
  options=["percentages are exact", "app includes fees/dividends"])

P(G, "A gym costs $39/month or $399/year paid upfront. Which saves more over a year, and by how much?",
  "A gym costs $39/month or $399 paid upfront. Which saves more over a year, and by how much?",
  A, "period", "$399 paid upfront",
  "Does the $399 upfront cover a full year, or a different period?",
  options=["one year", "a different period"])

P(G, "My electric bill: 620 kWh at $0.16/kWh plus a $12 fixed charge. What's the total?",
  "My electric bill: 620 kWh at $0.16/kWh for the first 500 kWh and $0.21 above that, plus a $12 fixed charge. The bill says $112.40 total. What's the total?",
  C, "total", "The bill says $112.40 total",
  "The tiers and fixed charge give $117.20, not $112.40; do you want the figure from the rates, or should we look for a credit on the bill?",
  options=["compute from the rates", "find the difference"])

P(G, "If light travels about 300,000 km/s, how long does it take to go around the Earth's equator once (about 40,075 km)?",
  "If something travels about 300,000 km/s, how long does it take to go around once?",
  M, "distance", "go around once",
  "Around what: Earth's equator (about 40,075 km), or something else?",
  options=["Earth's equator", "something else"])

P(G, "Divide the estate: $240,000 split between three children in the ratio 3:2:1.",
  "Divide the estate: $240,000 split between three children in the ratio 3:2:1, with the eldest getting 60%.",
  C, "ratio", "with the eldest getting 60%",
  "A 3:2:1 ratio gives the eldest 50%, not 60%; should I follow the ratio or the 60% share (and split the rest 2:1)?",
  options=["the 3:2:1 ratio", "60% to the eldest"])

P(G, "I'm 5'10\" and 180 lb. Convert to cm and kg.",
  "I'm 5.10 and 180. Convert to cm and kg.",
  A, "unit", "I'm 5.10",
  "Is that 5 feet 10 inches, or 5.1 feet?",
  options=["5 ft 10 in", "5.1 ft"])

P(G, "Project: 3 developers, each 6 hours a day, total estimate 360 hours. How many working days?",
  "Project: 3 developers, total estimate 360 hours. How many working days?",
  M, "hours", None,
  "How many hours a day does each developer work on the project?")

P(G, "How long does it take to double money at 6% annual interest compounded annually? Use the rule of 72 and the exact formula.",
  "How long does it take to double money at 6%? Use the rule of 72 and the exact formula.",
  A, "compounding", "at 6%",
  "Is the 6% compounded annually, or is it simple interest?",
  options=["compounded annually", "simple"])

# ---------------------------------------------------------------------------
# 11. Writing tasks built on numbers or expert facts
# ---------------------------------------------------------------------------

P(W, "Write a two-paragraph explanation for a customer of why their loan's APR (6.9%) is higher than the interest rate (6.5%): fees are folded into the APR.",
  "Write a two-paragraph explanation for a customer of why their loan's APR is higher than the interest rate, using their numbers.",
  M, "figure", "using their numbers",
  "What are the customer's APR and interest rate (and the fees, if you have them)?")

P(W, "Draft a short email to my landlord saying the deposit refund of £900 is £150 short of the £1,050 I paid, and asking for the itemised deductions.",
  "Draft a short email to my landlord saying the deposit refund of £900 is £150 short of the £1,200 I paid, and asking for the itemised deductions.",
  C, "amount", "£150 short of the £1,200 I paid",
  "£1,200 minus £900 is £300, not £150; which is right: a £1,200 deposit (£300 short) or a £1,050 deposit (£150 short)?",
  options=["£1,200 paid, £300 short", "£1,050 paid, £150 short"])

P(W, "Write a one-paragraph summary for our newsletter: membership grew from 1,200 to 1,500 this year, a 25% increase.",
  "Write a one-paragraph summary for our newsletter: membership grew from 1,200 to 1,500 this year, a 30% increase.",
  C, "percentage", "a 30% increase",
  "1,200 to 1,500 is a 25% increase, not 30%; should the summary say 25%, or is one of the member counts different?",
  options=["say 25%", "a count is different"])

P(W, "Write a kid-friendly paragraph explaining why the Moon has phases. Any reading level around age 9 is fine.",
  "Write a kid-friendly paragraph explaining why the Moon has phases for my class.",
  M, "audience", "for my class",
  "What age or grade is your class?")

P(W, "Write a blurb for our bake sale flyer: brownies $2 each or 3 for $5, all proceeds to the school library.",
  "Write a blurb for our bake sale flyer: brownies $2 each or 3 for $7, all proceeds to the school library.",
  C, "price", "3 for $7",
  "3 for $7 costs more than three at $2 each ($6); did you mean 3 for $5, or a different single price?",
  options=["3 for $5", "a different single price"])

P(W, "Write a short, reassuring note to patients explaining that the clinic's flu shots are free for over-65s and $25 for everyone else.",
  "Write a short, reassuring note to patients explaining what the flu shots cost.",
  M, "price", None,
  "What do the flu shots cost, and for whom (any free groups)?")

P(W, "Summarise this in plain English for a tenant: 'Rent shall increase annually by the lesser of CPI or 3%.'",
  "Summarise the rent increase clause in plain English for a tenant.",
  M, "source", "the rent increase clause",
  "Could you paste the rent increase clause you want summarised?")

P(W, "Write a caption for a chart showing average commute time fell from 34 to 29 minutes between 2019 and 2023.",
  "Write a caption for a chart showing average commute time fell from 34 to 29 minutes between 2019 and 2023, a rise of 5 minutes.",
  C, "direction", "a rise of 5 minutes",
  "34 to 29 minutes is a fall of 5 minutes, but the text says a rise; which direction is right?",
  options=["fell by 5 minutes", "rose by 5 minutes"])

# ---------------------------------------------------------------------------
# 12. Stand-alone blocked items
# ---------------------------------------------------------------------------

B(G, "hey so I'm trying to figure out if I can afford this apartment. rent is 1,650 and I make about 3,900 after tax. the usual advice is rent under 30% of income right? am I under or over?",
  A, "basis", "I make about 3,900 after tax",
  "Is the 3,900 monthly, and should the 30% rule use after-tax pay or gross pay?",
  options=["after-tax", "gross"])
B(G, "How many calories do I burn running 5 km?", M, "weight", None,
  "Roughly how much do you weigh?")
B(G, "A recipe calls for 1 stick of butter, 2 cups of sugar and 3 eggs. I'm in France and only have a kitchen scale. Give me everything in grams, and btw the recipe is from an old Australian cookbook my aunt sent, not sure if that matters.",
  A, "unit", "2 cups of sugar",
  "Should the cups be Australian (250 ml) or US (about 237 ml), given the recipe uses a US-style 'stick' of butter?",
  options=["Australian cups", "US cups"])
B(G, "Work out how long until I've saved $15,000 if I put away $600 a month in an account paying 4.5%, starting from $3,000. Actually I already have $4,200 in there as of today.",
  C, "amount", "starting from $3,000",
  "You mention starting from $3,000 and also having $4,200 today; which starting balance should I use?",
  options=["$3,000", "$4,200"])
B(G, "The question in my textbook: 'A tank holds 500 litres and is leaking. How long until it's empty?' The chapter is about rates. Help!",
  M, "rate", None,
  "Does the textbook say how fast the tank is leaking (litres per minute or hour)?")
B(G, "What's the right dose of melatonin?", M, "age_weight", None,
  "Who is it for (an adult or a child, and roughly what age)?",
  options=["adult", "child"])
B(G, "My invoice: 40 hours at $65 = $2,800. Add 10% GST. What's the total?", C, "total", "40 hours at $65 = $2,800",
  "40 × $65 is $2,600, not $2,800; should the GST go on $2,600 or $2,800?",
  options=["$2,600", "$2,800"])
B(G, "How much inheritance tax would my kids pay on a house worth 600k?", M, "jurisdiction", None,
  "Which country (and, in the US, which state) is the estate in?")
B(G, "if i drive 4 hours at 110 how far do i get", A, "unit", "at 110",
  "Is that 110 km/h or 110 mph?", options=["km/h", "mph"])
B(G, "My doctor said to take 2 tablets twice a day and the box says 1 tablet three times a day. Which do I follow? It's 200 mg tablets of ibuprofen and I'm 45.",
  C, "dose", "the box says 1 tablet three times a day",
  "Your doctor's instruction (2 tablets twice daily, 800 mg) and the box (1 tablet three times, 600 mg) differ; did the doctor give this advice for your situation specifically, so it overrides the general box guidance?",
  options=["doctor's plan was specific to me", "not sure"])
B(D, "Can you explain what the median household income is right now? Need the number for a slide.", M, "scope", None,
  "For which country or area, and which year?")
B(D, "Our NPS survey: 220 promoters, 90 passives, 60 detractors, 350 responses in total. Compute the NPS.",
  C, "total", "350 responses in total",
  "220 + 90 + 60 is 370, not 350; should I use the three groups (370) or is one of the counts off?",
  options=["use the groups (370)", "one count is off"])
B(D, "Is a p-value of 0.04 significant? Explain why or why not.", M, "threshold", None,
  "What significance level are you using (e.g. 0.05 or 0.01)?", options=["0.05", "0.01"])
B(D, "I've got two means, 48.2 and 51.7, from two groups. Is the difference significant?", M, "spread", None,
  "What are the group sizes and standard deviations (or standard errors)?")
B(G, "Convert 200 degrees to gas mark.", A, "unit", "200 degrees",
  "Is that 200 °C or 200 °F?", options=["°C", "°F"])
B(G, "My kid needs help with this one: 'Ann has 3 more apples than Ben. Together they have 17. How many does Ann have?' and the teacher says the answer is 11.",
  C, "inconsistent_givens", "the teacher says the answer is 11",
  "The numbers give Ann 10 apples (Ben 7), not 11; is the problem copied exactly, e.g. could it be 5 more or a total of 19?",
  options=["copied exactly", "a number is different"])
B(G, "How long does a parking ticket take to go to collections?", M, "jurisdiction", None,
  "Which city or country issued the ticket?")
B(G, "What is 5 cups in ml", A, "unit", "5 cups",
  "US cups (about 237 ml), metric cups (250 ml) or imperial cups (284 ml)?", options=["US", "metric", "imperial"])
B(G, "Quick one for the exam tomorrow!! The half-life is 6 hours. How much is left after a day?",
  M, "amount", "How much is left",
  "What's the starting amount (or do you want the answer as a fraction of it)?",
  options=["as a fraction", "I'll give the amount"])
B(G, "I'm on 50 mg sertraline. Can I take it with the antihistamine I got?", M, "medication", "the antihistamine I got",
  "Which antihistamine is it (the name on the box)?")
B(G, "Minimum wage — how much would I make working 25 hours a week?", M, "jurisdiction", None,
  "Where do you work (country, and state or city if relevant)?")
B(G, "Calculate the stamp duty on a £425,000 house purchase.", M, "buyer_status", None,
  "Are you a first-time buyer, a home mover, or buying an additional property (and in England or elsewhere in the UK)?",
  options=["first-time buyer", "home mover", "additional property"])
B(G, "A car travels 200 km using 14 litres of petrol. Express its fuel economy in mpg.", A, "unit", "in mpg",
  "US mpg or UK (imperial) mpg?", options=["US mpg", "UK mpg"])
B(G, "The weather station recorded 12 mm of rain on Monday, 8 mm on Tuesday and 15 mm on Wednesday, 30 mm over the three days. What was the daily average?",
  C, "total", "30 mm over the three days",
  "12 + 8 + 15 is 35 mm, not 30 mm; should the average use the daily readings (35 mm) or the 30 mm total?",
  options=["daily readings (35 mm)", "30 mm total"])
B(G, "Given that the interest rate is 5%, how much will $1,000 become? Textbook chapter 4, question 9.",
  M, "period", None,
  "Over how many years (or months) does the money grow?")
B(G, "I have a 2 ton pickup. Can it carry 1,500 kg of gravel?", A, "unit", "2 ton pickup",
  "Is '2 ton' its payload in US short tons, or a nominal size class (many 'ton' ratings aren't the real payload)?",
  options=["actual payload in short tons", "nominal size class"])
B(G, "What's the penalty for filing late?", M, "scope", None,
  "Filing what, and where: a tax return (which country), a court document, something else?")
B(G, "We're splitting a $90 bill three ways but Priya only had a salad. How much does each pay?", M, "amount", "Priya only had a salad",
  "How much was Priya's salad (or how much less should she pay)?")
B(G, "A cube has a surface area of 150 cm² and a volume of 64 cm³. Find the side length.",
  C, "inconsistent_givens", "a volume of 64 cm³",
  "Surface area 150 cm² gives a side of 5 cm, while volume 64 cm³ gives 4 cm; which measurement is correct?",
  options=["surface area (side 5 cm)", "volume (side 4 cm)"])
B(D, "What's the growth rate? 2020: 140, 2023: 188.", A, "metric", "the growth rate",
  "Do you want the total growth over the period (34%) or the compound annual growth rate (about 10.3% a year)?",
  options=["total growth", "CAGR"])
B(G, "Is 38.2 a fever for a baby?", M, "age", "a baby",
  "How old is the baby?")
B(G, "i bought a house for 300 and sold it for 360 after 4 yrs. what was my annual return? the realtor said 20% total but also it was 360 minus 15 in fees",
  A, "basis", "360 minus 15 in fees",
  "Should the return be computed before the 15 in fees (20% total) or after them (15% total)?",
  options=["before fees", "after fees"])
B(G, "The recipe uses a 9x13 pan. I have a round one. How should I adjust the baking time?", M, "dimension", "a round one",
  "What diameter (and depth) is your round pan?")
B(G, "What visa do you think I need? An example of the application form would help too.", M, "personal_fact", None,
  "Which country are you travelling to, from which nationality, and for what purpose?")
B(D, "Survey: 1,000 respondents, 52% said yes, 45% said no, 10% undecided. Summarise the result.",
  C, "percentage", "52% said yes, 45% said no, 10% undecided",
  "52 + 45 + 10 is 107%; were multiple answers allowed, or is one of the percentages wrong?",
  options=["multiple answers allowed", "a percentage is wrong"])
B(G, "A train travels at 80 km/h for the first half and 120 km/h for the second half. What's the average speed?",
  A, "basis", "the first half",
  "Is that the first half of the distance (average 96 km/h) or the first half of the time (average 100 km/h)?",
  options=["half the distance", "half the time"])
B(G, "Can I get a refund on a flight I cancelled?", M, "personal_fact", None,
  "Which airline and fare type was it, and where were you flying from?")
B(G, "A man is 5 times as old as his son. In 8 years he'll be 3 times as old. Also the son is 6 now. How old is the man?",
  C, "inconsistent_givens", "the son is 6 now",
  "The first two facts give a son of 8 and a man of 40; with the son at 6 they don't hold; which given should I drop?",
  options=["drop 'the son is 6'", "drop one of the age ratios"])
B(W, "Write a short paragraph for my report saying how much our team's costs went up.", M, "figure", None,
  "What were the costs before and after (or the increase), and over what period?")
B(G, "Is it safe to give my cat 1/4 of a tablet?", M, "medication", "a tablet",
  "Which medication and strength is the tablet?")
B(G, "1 billion divided by 1 million, and the text is a 1970s French textbook translated to English.",
  A, "scale", "1 billion",
  "Does the translated 'billion' mean 10⁹ (short scale) or the French milliard/billion sense of 10¹²?",
  options=["10⁹", "10¹²"])
B(G, "Our HOA fee is 320. How much is that a year?", A, "period", "Our HOA fee is 320",
  "Is the 320 paid monthly or quarterly?", options=["monthly", "quarterly"])
B(G, "Can you calculate my overtime pay and explain it? I worked 52 hours last week.", M, "rate", None,
  "What is your hourly rate, and after how many hours does overtime start?")
B(G, "How far can I drive on a full tank?", M, "quantity", None,
  "How big is the tank and what fuel economy does your car get?")
B(D, "I have 3 groups with means 12, 15 and 19. Run an ANOVA.", M, "data", None,
  "Can you share the raw data, or at least each group's size and standard deviation?")
B(G, "Physics lab: a pendulum has a period of 2.0 s at g = 9.81 m/s², and we measured its length as 1.5 m. Find g from our data.",
  C, "inconsistent_givens", "we measured its length as 1.5 m",
  "A 2.0 s period implies a length of about 0.99 m, not 1.5 m; should I compute g from your measured 1.5 m (giving about 14.8 m/s²) or recheck the length?",
  options=["use 1.5 m", "recheck the length"])
B(G, "A car loan has a 4.9% rate and a 7.2% rate depending on credit. What's my monthly payment on $25,000 over 5 years?",
  A, "rate", "4.9% rate and a 7.2% rate",
  "Which rate do you qualify for: 4.9% or 7.2%?", options=["4.9%", "7.2%"])
B(G, "How much can I contribute to my retirement account this year?", M, "account_type", None,
  "Which account type and country is it (e.g. US 401(k), US IRA, UK SIPP)?",
  options=["401(k)", "IRA", "SIPP"])
B(G, "Need to give the dog half of his usual dose. His usual dose is 2 tablets a day and also the vet wrote 1.5 tablets. half of what?",
  C, "dose", "also the vet wrote 1.5 tablets",
  "Which is his current usual dose: 2 tablets a day or the 1.5 tablets the vet wrote?",
  options=["2 tablets", "1.5 tablets"])
B(G, "Can you explain how many grams of protein I should eat per day, with an example meal plan?", M, "weight", None,
  "Roughly how much do you weigh, and how active are you?")
B(G, "The probability of rain is 40% on Saturday and 40% on Sunday. What's the chance it rains at least once this weekend?",
  M, "dependence", None,
  "Should I treat the two days as independent (giving 64%), or do you have a joint forecast?",
  options=["treat as independent", "I have a joint forecast"])
B(G, "At what age can I get my full pension?", M, "jurisdiction", None,
  "Which country's state pension, and what's your year of birth?")
B(D, "Explain how to find the percentile of a score of 82 on the exam, and give the answer for mine.", M, "data", None,
  "Can you share the distribution of scores (or the mean and standard deviation)?")
B(G, "a triangle has sides 3, 4 and 9. find its area using herons formula",
  C, "impossible_value", "sides 3, 4 and 9",
  "Sides 3, 4 and 9 can't form a triangle (3 + 4 < 9); is one of the side lengths mistyped?")
B(G, "My electricity meter went from 48,210 to 47,980 this month. How many units did I use?",
  C, "impossible_value", "went from 48,210 to 47,980",
  "The reading went down, which a normal meter can't do; were the readings swapped, or does the meter roll back because of solar export?",
  options=["readings swapped", "solar export"])
B(G, "How long should I boil it for?", M, "referent", "it",
  "What are you boiling (eggs, pasta, potatoes, something else)?")
B(D, "The company's profit margin is 125%. What's the cost if revenue is $80,000?",
  C, "impossible_value", "profit margin is 125%",
  "A profit margin over 100% would mean negative costs; do you mean a 125% markup on cost, or a 12.5% margin?",
  options=["125% markup", "12.5% margin"])
B(G, "I need to take antibiotics three times a day. When should I take them if I wake at 7 and sleep at 11? And the pharmacist said every 8 hours but the leaflet says with meals.",
  C, "schedule", "the leaflet says with meals",
  "Should I plan strictly every 8 hours (e.g. 7:00, 15:00, 23:00) or with your three meals, as the leaflet says?",
  options=["strictly every 8 hours", "with meals"])
B(G, "What's the recommended daily vitamin D? For my mum.", M, "age", "For my mum",
  "Roughly how old is your mum (the advice changes after 70)?")

# ---------------------------------------------------------------------------
# 13. Pairs whose complete side is a hard negative: a quantity cancels, a
#     convention applies, or the user explicitly allows an assumption
# ---------------------------------------------------------------------------

P(G, "A shirt's price goes up 10% and then down 10%. Is it back to the original price? The original price doesn't matter, just the percentage.",
  "A shirt's price goes up 10% and then down by $10. Is it back to the original price?",
  M, "amount", None,
  "What was the shirt's original price before the 10% rise?")

P(G, "If a car goes twice as fast, how much does its kinetic energy change? No numbers needed, just the factor.",
  "If a car goes twice as fast, how much does its kinetic energy change in joules?",
  M, "mass", "in joules",
  "What are the car's mass and starting speed?")

P(G, "Which falls faster in a vacuum, a 1 kg ball or a 10 kg ball?",
  "Which falls faster, a 1 kg ball or a 10 kg ball? We're dropping them off the school roof for a science fair, the balls are different sizes.",
  M, "dimension", "the balls are different sizes",
  "How big is each ball, given that in air their size and shape matter?")

P(G, "A bond's price and its yield move in opposite directions. If rates rise, what happens to my bond fund's value, roughly? General answer is fine.",
  "If rates rise by 1%, how much does my bond fund's value fall?",
  M, "duration", "my bond fund",
  "What is your fund's duration (it's on the fact sheet)?")

P(G, "What percentage of a number is left after taking 20% off and then another 20% off? Works for any number right?",
  "What's left after taking 20% off and then another 20 off?",
  A, "unit", "another 20 off",
  "Is the second discount another 20% or a fixed 20 (dollars, euros...) off?",
  options=["20%", "a fixed 20"])

P(G, "What's the formula for the monthly payment on a fixed-rate loan, in terms of principal, rate and number of months?",
  "What's the monthly payment on my fixed-rate loan, given the principal, rate and number of months?",
  M, "figure", "given the principal, rate and number of months",
  "What are the loan's principal, interest rate and term?")

P(G, "A rectangle's length and width are both tripled. By what factor does its area change?",
  "A rectangle's length is tripled. By what factor does its area change?",
  M, "dimension", None,
  "What happens to the width: does it stay the same, or change too?",
  options=["width unchanged", "width also changes"])

P(G, "Using g = 9.8 m/s², how fast is an object falling after 3 seconds, from rest and ignoring drag?",
  "How fast is an object falling after 3 seconds? It's a feather, in the garden.",
  A, "model", "a feather, in the garden",
  "For a feather in air drag dominates; do you want the ideal free-fall answer (29.4 m/s) or an estimate with air resistance?",
  options=["ideal free fall", "with air resistance"])

P(D, "The mean of a data set is 40. If I add 5 to every value, what's the new mean? And the new standard deviation, given the old one was 6?",
  "The mean of a data set is 40. If I add 5 to some of the values, what's the new mean?",
  M, "quantity", "some of the values",
  "How many values are there, and how many get the extra 5?")

P(G, "How much does $100 grow to in 10 years at 5% a year, compounded annually? Assume no withdrawals or taxes.",
  "How much does $100 grow to in 10 years at 5% a year, compounded annually? I take out $10 now and then.",
  M, "schedule", "now and then",
  "When do you take out the $10 (e.g. once a year, at the end of the year)?")

P(G, "Percentage-wise, is 30 out of 40 better than 45 out of 60?",
  "Is 30 out of 40 better than 45 out of 60 points? The first one was a harder test.",
  A, "criterion", "better",
  "Do you mean purely by percentage (both are 75%), or adjusted for the first test being harder?",
  options=["purely by percentage", "adjusted for difficulty"])

P(G, "If I double the recipe, do I double the salt too? In general, for a stew.",
  "If I scale the recipe, how much salt do I use now? It had 1 tsp.",
  M, "factor", "If I scale the recipe",
  "By how much are you scaling it (double, half, something else)?")

P(G, "A room is 4 m by 3 m. How many 50 cm square tiles cover the floor? Ignore cutting and waste.",
  "A room is 4 m by 3 m. How many square tiles cover the floor? Ignore cutting and waste.",
  M, "dimension", "square tiles",
  "What size are the tiles?")

P(G, "Does the order of percentage discounts matter? E.g. 10% then 30% vs 30% then 10%.",
  "Does the order of discounts matter? E.g. $10 off and 30% off.",
  M, "amount", None,
  "What is the starting price the $10 and 30% discounts are applied to?")

P(G, "Heat flows from hot to cold. If I put a 70 °C mug of tea in a 20 °C room, will it cool faster at first or later?",
  "How long until my tea cools enough to drink?",
  M, "threshold", "enough to drink",
  "What temperature do you consider drinkable, and how hot is the tea now?")

P(G, "By convention a year has 365 days for simple interest here. What's the daily interest on $10,000 at 3.65%?",
  "What's the daily interest on $10,000 at 3.65%? My bank uses actual/360 on some accounts and actual/365 on others.",
  A, "convention", "actual/360 on some accounts and actual/365 on others",
  "Which day-count convention does this account use: actual/360 or actual/365?",
  options=["actual/360", "actual/365"])

P(G, "Roughly how many seconds are in a year? Order-of-magnitude is fine.",
  "Exactly how many seconds are in the year?",
  A, "entity", "the year",
  "Which year: a common year (31,536,000 s), a leap year (31,622,400 s), or a specific year with leap seconds?",
  options=["common year", "leap year", "a specific year"])

P(G, "Is 0.999... repeating equal to 1? Explain it simply.",
  "Is 0.999 equal to 1? Explain it simply.",
  A, "notation", "0.999",
  "Do you mean 0.999 with the 9s repeating forever (which equals 1), or exactly 0.999 (which doesn't)?",
  options=["repeating", "exactly 0.999"])

P(G, "Explain why you can't divide by zero, for a 12-year-old.",
  "Explain the answer to problem 6 for a 12-year-old.",
  M, "source", "problem 6",
  "Could you share problem 6?")

P(G, "In the US, a standard drink contains 14 g of pure alcohol. How many standard drinks is a 750 ml bottle of 13.5% wine?",
  "How many standard drinks is a 750 ml bottle of 13.5% wine?",
  A, "convention", "standard drinks",
  "Which country's standard drink: US (14 g), UK unit (8 g) or Australia (10 g)?",
  options=["US", "UK", "Australia"])

# ---------------------------------------------------------------------------
# 14. Stand-alone complete items: many hard negatives
# ---------------------------------------------------------------------------

OK(G, "What's 15% of 80?")
OK(G, "how does compound interest work")
OK(G, "What does a p-value actually mean? I always get it backwards.")
OK(D, "Explain the difference between mean and median and when to use each.")
OK(G, "My thermostat says 72 °F. What's that in Celsius?")
OK(G, "Is it better to pay off a credit card at 22% or invest at an expected 7%? General principle.")
OK(G, "What's the quadratic formula?")
OK(G, "How many teaspoons in a tablespoon?")
OK(G, "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much does the ball cost?")
OK(G, "If a shirt is 25% off and then another 10% off at the till, what's the total discount? The price doesn't matter, right?")
OK(G, "Why does the APR on a loan differ from its interest rate?")
OK(G, "Explain Ohm's law with a water-pipe analogy.")
OK(D, "What's the difference between correlation and causation? Give one example.")
OK(G, "What's the derivative of x^3 sin(x)?")
OK(G, "Solve x^2 - 5x + 6 = 0")
OK(G, "How many ml in a US tablespoon?")
OK(G, "What is the boiling point of water in Fahrenheit at sea level?")
OK(G, "Explain what a Roth IRA is versus a traditional IRA, in plain terms.")
OK(G, "Is ibuprofen an NSAID?")
OK(G, "What does 'per annum' mean on a savings rate?")
OK(G, "Two trains 300 km apart head toward each other at 70 km/h and 80 km/h. When do they meet?")
OK(G, "If you fold a sheet of paper in half 10 times, how many layers are there?")
OK(G, "Which is more, a kilogram of feathers or a kilogram of steel?")
OK(G, "What's the probability of getting at least one six in four rolls of a fair die?")
OK(G, "A snail climbs 3 m up a 10 m well each day and slips back 2 m each night. How many days to get out?")
OK(D, "What's the standard error of the mean and how is it different from the standard deviation?")
OK(G, "Give me the rule of 72 and an example.")
OK(G, "Explain what an amortization schedule shows. Make up any numbers you like for the example.")
OK(G, "What happens to the pressure of a gas if you halve its volume at constant temperature?")
OK(G, "Make up a word problem about percentages for a 7th grader, with the answer.")
OK(G, "Write me three practice questions on Pythagoras with answers, difficulty up to you.")
OK(G, "What's the difference between a will and a trust? General overview, I'll see a lawyer for specifics.")
OK(G, "What's a tax deduction vs a tax credit?")
OK(G, "Explain what 'statute of limitations' means.")
OK(G, "Why do doctors dose some children's medicines by weight rather than age?")
OK(G, "My textbook says light travels at about 300,000 km/s. Is that accurate enough for homework, and what's the exact value?")
OK(G, "My daughter's worksheet says: 1/3 + 1/4 = ? Can you show me the steps?")
OK(G, "How many grams of sugar in a teaspoon, roughly? Ballpark is fine.")
OK(G, "Is a tomato a fruit or a vegetable, botanically?")
OK(G, "How long should you wash your hands for, according to the usual public-health advice?")
OK(G, "What does LDL vs HDL cholesterol mean?")
OK(G, "What are the symptoms of dehydration?")
OK(G, "Explain the difference between weight and mass.")
OK(G, "what's the area of a circle with radius 7 cm? use pi = 22/7")
OK(G, "Calculate 2^10.")
OK(G, "My son says zero isn't even. Is he right?")
OK(G, "What's the sum of the interior angles of a hexagon?")
OK(D, "Give an intuitive explanation of a confidence interval.")
OK(D, "When should I use a t-test instead of a z-test?")
OK(D, "What is Simpson's paradox? Give a made-up example with numbers.")
OK(G, "Why is the sky blue? Short answer for a curious 8-year-old.")
OK(G, "How do vaccines train the immune system? Keep it simple.")
OK(G, "Does a person weigh less on the Moon than on Earth? Why, and does their mass change?")
OK(G, "If I earn $25 an hour and work 40 hours a week for 50 weeks, what's my gross annual pay?")
OK(G, "I have $1,000 and spend 30% on rent, 20% on food, and save the rest. How much do I save?")
OK(G, "I ran 5 km this morning, my watch says. How many miles is that?")
OK(G, "What's 6 ÷ 2 × 3 with the standard left-to-right order of operations?")
OK(G, "What's 7 × 8?")
OK(G, "Round 3.14159 to two decimal places.")
OK(G, "How many hours in a week?")
OK(G, "What's the difference between an APR and an APY?")
OK(G, "Pick any two numbers and show me how the Euclidean algorithm finds their GCD.")
OK(G, "Explain what a marginal tax rate is, with an example using made-up brackets.")
OK(G, "Do you pay interest on interest with simple interest?")
OK(G, "Suppose a pizza is cut into 8 equal slices and I eat 3. What fraction is left?")
OK(G, "What's heavier, a US ton or a metric tonne?")
OK(G, "A pound is how many kilograms? Avoirdupois pound, obviously.")
OK(G, "Can you explain what 'reasonable doubt' means in a criminal trial, generally speaking?")
OK(G, "What is the Pythagorean theorem used for in real life?")
OK(G, "Why can't you take ibuprofen on an empty stomach? Or can you?")
OK(G, "What does 'net 30' mean on an invoice?")
OK(G, "Is a 0% APR credit card offer really free? What's the catch usually?")
OK(G, "What's the difference between Celsius and Kelvin, and how do you convert?")
OK(D, "Explain what overfitting is using a polynomial curve example.")
OK(D, "In a normal distribution, about what share of values fall within two standard deviations of the mean?")
OK(G, "Give me a mnemonic for the order of the planets.")
OK(G, "How do I find the percentage change between two numbers? Formula please.")
OK(G, "Explain how to compute a weighted average, with an example of your choosing.")
OK(G, "what's bigger, 2^100 or 100^2")
OK(G, "Name the SI base units.")
OK(G, "Is it safe to mix bleach and ammonia? (I think not but want to be sure.)")
OK(G, "What's an index fund, and why do people say they're good for beginners?")
OK(G, "Can you make up a multiple-choice question about photosynthesis with four options and mark the answer?")
OK(G, "Q: Which organelle is known as the powerhouse of the cell?  A) nucleus  B) ribosome  C) mitochondrion  D) Golgi apparatus")
OK(G, "Which of these is a renewable energy source? (a) coal (b) natural gas (c) wind (d) oil")
OK(G, "MCQ: 3/4 expressed as a percentage is  A. 34%  B. 75%  C. 0.75%  D. 43%")
OK(G, "Which law states that for every action there is an equal and opposite reaction? A) Newton's first B) Newton's second C) Newton's third D) Hooke's law")
OK(D, "A survey has a margin of error of ±3 points. What does that mean in plain words?")
OK(W, "Write a short, friendly explanation of how a mortgage works for a first-time buyer. You choose the example numbers.")
OK(W, "Turn this into a word problem for kids: 12 cookies shared among 4 friends. Any setting you like.")
OK(W, "Write a limerick about a mathematician who can't split a restaurant bill.")
OK(W, "Draft a polite note to a teacher asking for extra maths practice sheets for my son. Keep it brief; tone is up to you.")
OK(G, "A recipe needs 250 g butter, I only have 200 g. What fraction of the recipe can I make, assuming butter is the limit?")
OK(G, "My car does 40 mpg (US) and gas is $3.50 a gallon. What does a 280-mile trip cost in fuel?")
OK(G, "hey what's the formula for the volume of a sphere again")
OK(G, "Is it true that you lose most body heat through your head?")
OK(G, "What's the legal blood alcohol limit for driving in most US states?")
OK(G, "How many days between 3 March and 17 April in the same non-leap year?")
OK(G, "I got 17 out of 20 on my test. What percent is that?")
OK(G, "I've got $50 and lunch costs $8.75. How many lunches can I buy, and how much is left?")
OK(G, "Explain the difference between speed and velocity with an example. Numbers are up to you.")

# ---------------------------------------------------------------------------
# 15. A last batch of stand-alone blocked items (contradictions, ambiguity)
# ---------------------------------------------------------------------------

B(G, "Rectangle, 8 cm by 5 cm, perimeter 30 cm. What's the area?", C, "inconsistent_givens", "perimeter 30 cm",
  "8 cm by 5 cm gives a perimeter of 26 cm, not 30 cm; are the side lengths or the perimeter correct?",
  options=["the sides (8 × 5)", "the perimeter (30 cm)"])
B(G, "Test results: 18/25 correct, which is 68%. What grade is that on a 70% pass mark?", C, "percentage", "which is 68%",
  "18 out of 25 is 72%, not 68%; is the score 18/25 (a pass) or 68% (a fail)?",
  options=["18/25 (72%)", "68%"])
B(D, "The table shows 40% of users on iOS, 55% on Android and 15% on web, each user on one platform only. Which platform should we prioritise?",
  C, "percentage", "40% of users on iOS, 55% on Android and 15% on web",
  "Those shares add to 110% although each user is on one platform; which figure is off?",
  options=["iOS", "Android", "web"])
B(G, "I'm 28 and was born in 1990. How many years until I can retire at 67?", C, "inconsistent_givens", "I'm 28 and was born in 1990",
  "Being 28 now doesn't fit a 1990 birth year; which should I use, your age or your birth year?",
  options=["age 28", "born 1990"])
B(G, "Our flight is 6 hours and we leave at 10pm, landing at 6am the same time zone. What time should we set the alarm for the airport pickup?",
  C, "inconsistent_givens", "landing at 6am the same time zone",
  "Leaving at 10pm with a 6-hour flight in one time zone lands at 4am, not 6am; which is right, the flight length or the landing time?",
  options=["6-hour flight (land 4am)", "land 6am"])
B(G, "My recipe says 'bake for 25 minutes or until golden, about 40 minutes'. When do I take it out?", C, "duration", "about 40 minutes",
  "The recipe gives both 25 and about 40 minutes; should I go by the time (check at 25) or by colour, even if it takes 40?",
  options=["check at 25 minutes", "go by colour, up to 40"])
B(G, "The speed limit sign says 30 and my satnav says 50 on this road. How fast can I legally go?", C, "limit", "my satnav says 50",
  "The posted sign (30) and the satnav (50) disagree, and the sign normally wins; is the sign actually on this stretch of road?",
  options=["yes, the sign is on this road", "not sure"])
B(D, "Mean is 20, median is 25, and all values are identical. Describe the skew.", C, "impossible_value", "all values are identical",
  "If all values were identical the mean and median would be equal; are the values actually varied, or is one statistic wrong?",
  options=["values vary", "a statistic is wrong"])
B(G, "What's the tax on my bonus? It's 5,000.", M, "jurisdiction", None,
  "Which country (and state, if relevant) are you taxed in?")
B(G, "Quick: 10 stone in kilos? or did she mean 10 st 10?", A, "unit", "or did she mean 10 st 10",
  "Should I convert 10 stone exactly or 10 stone 10 pounds?", options=["10 st", "10 st 10 lb"])
B(G, "Dose question for the exam: drug X is given at 2 mg/kg. The patient weighs 150. How much?", A, "unit", "weighs 150",
  "Is the patient's weight 150 lb (about 68 kg) or 150 kg?", options=["150 lb", "150 kg"])
B(G, "We bought 3 pizzas for the team and each has 8 slices; 25 slices in total. There are 12 of us. How many slices each?",
  C, "total", "25 slices in total",
  "3 pizzas of 8 slices is 24, not 25; should I divide 24 or 25 slices among the 12?",
  options=["24 slices", "25 slices"])


if __name__ == "__main__":
    c.write()
