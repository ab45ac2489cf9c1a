"""Hand-written probe training data, part "handwritten_actions": instructions to action-taking agents.

Each item is an instruction an agent with real tools might receive in production:
an email / calendar / messaging assistant, file and repository operations, CRM and
ticketing tools, shopping and booking, cloud and devops commands, database
maintenance, payments and refunds, HR and admin consoles.  Many items carry a
``context``: a contact list, a directory listing, a tool's output, a calendar, an
order history, a CRM record.

Label 1 items are instructions an agent must NOT execute before asking: a target that
is missing or matches two things in the context ("send it to Alex" with two Alexes,
"refund the order" with two orders, "delete the old branches"), a parameter the action
cannot default (amount, date and time zone, recipient, prod vs staging), an instruction
that contradicts itself or the context (the meeting is already cancelled, "archive
it but keep it in the inbox"), and irreversible actions whose scope is unclear.

Label 0 items are the same instructions pinned down, plus many hard negatives: low-stakes
or reversible actions with a sensible default, "whichever slot works", "use your judgment",
and requests that sound vague on their own but are fully settled by the context.

About half of the ``context_pair`` groups have a context that settles the request
(label 0) and one that leaves two candidates or a conflict (label 1).  Every item below
was written out by hand as a literal call: no templates, no word-list loops.
Deterministic, stdlib only.

Usage (from the repository root):
    python -m training.corpus.build_handwritten_actions
    python -m training.corpus.check_corpus training/corpus/handwritten_actions.jsonl
"""

from __future__ import annotations

from pathlib import Path

from training.corpus._writer import Corpus

c = Corpus("hwt", Path(__file__).with_name("handwritten_actions.jsonl"))
P, CP, OK, B = c.pair, c.context_pair, c.ok, c.blocked
CO, D, O, G, W = "coding", "data", "ops", "general", "writing"
M, A, C = "missing", "ambiguous", "contradictory"

# ---------------------------------------------------------------------------
# 1. Email and messaging assistants: recipients, attachments, threads
# ---------------------------------------------------------------------------

CP(G, "Send the Q3 deck to Alex.",
   "contacts.search('Alex') ->\n  Alex Moreno <alex.moreno@brightfield.io>  (Sales, last emailed 2 days ago)",
   "contacts.search('Alex') ->\n  Alex Moreno <alex.moreno@brightfield.io>  (Sales)\n  Alex Chen <achen@brightfield.io>  (Finance)",
   A, "recipient", "Alex Chen <achen@brightfield.io>  (Finance)",
   "There are two Alexes in your contacts; should the Q3 deck go to Alex Moreno (Sales) or Alex Chen (Finance)?",
   options=["Alex Moreno", "Alex Chen"])

CP(G, "forward the invoice email to accounting",
   "inbox.search('invoice', last_7_days) ->\n  [1] From: billing@cloudhost.com  Subj: Invoice INV-20931 for October  (Oct 31)\ndirectory.lookup('accounting') -> ap@ourco.com",
   "inbox.search('invoice', last_7_days) ->\n  [1] From: billing@cloudhost.com  Subj: Invoice INV-20931 for October  (Oct 31)\n  [2] From: sam@printshop.net  Subj: Your invoice - banners order  (Nov 2)\ndirectory.lookup('accounting') -> ap@ourco.com",
   A, "referent", "[2] From: sam@printshop.net  Subj: Your invoice - banners order  (Nov 2)",
   "I found two invoice emails this week, the CloudHost October invoice and the print shop banners invoice; which one should I forward to accounting, or both?",
   options=["CloudHost INV-20931", "print shop banners", "both"])

P(G, "Email Priya Raman (priya.raman@northwind.com) and tell her the contract is signed; attach signed_contract.pdf.",
  "Email Priya and tell her the contract is signed, attach the pdf.",
  A, "attachment", "the pdf",
  "Which PDF should I attach, signed_contract.pdf or contract_redlines_v3.pdf?",
  good_ctx=None,
  bad_ctx="drive.recent(type='pdf') ->\n  signed_contract.pdf  (today 10:02)\n  contract_redlines_v3.pdf  (today 09:41)\n  travel_policy.pdf  (Mon)",
  options=["signed_contract.pdf", "contract_redlines_v3.pdf"])

P(G, "Reply all on the 'Offsite venue' thread and say we're going with the lake house.",
  "Reply all on the 'Offsite venue' thread saying we're going with the lake house, but leave Dana off it - she shouldn't see the reply, keep it reply-all though.",
  C, "recipient", "leave Dana off it - she shouldn't see the reply, keep it reply-all though",
  "Reply-all would include Dana; should I reply to everyone except Dana, or reply all including her?",
  options=["everyone except Dana", "reply all including Dana"])

CP(G, "Post 'deploy done, all green' in the team channel.",
   "slack.channels(member=true) ->\n  #general\n  #team-payments   (your team)\n  #random",
   "slack.channels(member=true) ->\n  #general\n  #team-payments\n  #team-platform\n  #random\nuser profile: teams = [payments, platform]",
   A, "target", "user profile: teams = [payments, platform]",
   "You're on both the payments and platform teams; should I post in #team-payments or #team-platform?",
   options=["#team-payments", "#team-platform"])

P(G, "Draft a follow-up to the Hanley Logistics lead and save it to drafts; don't send it.",
  "Draft a follow-up to the Hanley Logistics lead and send it right away, but just save it as a draft so I can look first.",
  C, "action", "send it right away, but just save it as a draft",
  "Should I send the follow-up now, or only save it as a draft for you to review?",
  options=["send now", "save as draft"])

OK(G, "Archive every newsletter in my inbox older than a month. They're all still searchable in All Mail, so don't stress about picking exactly right.")

B(G, "Delete all the emails from that recruiter.",
  A, "sender", "that recruiter",
  "Which recruiter do you mean: Jordan from TalentBridge or Maya from Hirewise?",
  ctx="inbox.search('recruit') ->\n  Jordan Lee <jordan@talentbridge.co>  (6 messages)\n  Maya Ortiz <maya@hirewise.com>  (3 messages)",
  options=["Jordan Lee (TalentBridge)", "Maya Ortiz (Hirewise)"])

CP(G, "Text Sam that I'm running ten minutes late.",
   "contacts.search('Sam') ->\n  Sam Okafor  +1 415 555 0187  (mobile)  starred",
   "contacts.search('Sam') ->\n  Sam Okafor  +1 415 555 0187  (mobile)\n  Samantha Reyes \"Sam\"  +1 415 555 0642  (mobile)",
   A, "recipient", "Samantha Reyes \"Sam\"  +1 415 555 0642  (mobile)",
   "Two contacts go by Sam, Sam Okafor and Samantha Reyes; who should get the running-late text?",
   options=["Sam Okafor", "Samantha Reyes"])

P(G, "Unsubscribe me from the marketing lists that mailed me this week.",
  "Unsubscribe me from the mailing list.",
  A, "target", "the mailing list",
  "Which mailing list: the Figma product updates, the Patagonia promos, or the local council newsletter?",
  good_ctx=None,
  bad_ctx="inbox.list_unsubscribe_headers(last_7_days) ->\n  Figma <news@figma.com>\n  Patagonia <promo@patagonia.com>\n  Oakdale Council <newsletter@oakdale.gov>",
  options=["Figma", "Patagonia", "Oakdale Council"])

OK(G, "Clean up my inbox a bit - mark the obvious promos as read. Use your judgment on what counts.")

P(G, "Schedule the 'Welcome aboard' email to go to the new hire list on Monday 9:00 Europe/Berlin.",
  "Schedule the 'Welcome aboard' email to go to the new hire list on Monday at 9.",
  M, "time_zone", "Monday at 9",
  "The new-hire list spans Berlin and New York; should Monday 9:00 be Berlin time or New York time?",
  good_ctx=None,
  bad_ctx="list 'new-hires-nov' -> 14 members; locations: Berlin (8), New York (6)",
  options=["Europe/Berlin", "America/New_York"])

CP(W, "Send the customer the apology template we agreed on.",
   "templates.list(folder='support') ->\n  apology_shipping_delay_v2  (approved by Lena, Oct 4)\n  welcome_new_customer\n  password_reset_help",
   "templates.list(folder='support') ->\n  apology_shipping_delay_v2  (approved by Lena, Oct 4)\n  apology_billing_error     (approved by Lena, Oct 9)\n  welcome_new_customer",
   A, "referent", "apology_billing_error     (approved by Lena, Oct 9)",
   "There are two approved apology templates, shipping delay and billing error; which one fits this customer?",
   options=["apology_shipping_delay_v2", "apology_billing_error"])

P(G, "bcc my manager on the reply to Rivera Corp",
  "cc the whole leadership list on my reply to Rivera Corp and make sure nobody on it can see it was sent to them",
  C, "recipient", "cc the whole leadership list",
  "CC recipients are visible to everyone; should I BCC the leadership list instead, or CC them openly?",
  options=["BCC them", "CC them openly"])

B(G, "Email the board the final numbers before Friday.",
  M, "attachment", "the final numbers",
  "Which file holds the final numbers to send: board_pack_final.xlsx or Q3_close_v7.xlsx?",
  ctx="drive.search('final') ->\n  board_pack_final.xlsx  (Nadia, Tue)\n  Q3_close_v7.xlsx  (title says FINAL, Wed)",
  options=["board_pack_final.xlsx", "Q3_close_v7.xlsx"])

OK(G, "Reply to the three people who RSVP'd yes to the book club and thank them. Short and friendly, wording is up to you.")

CP(G, "Move the thread with the landlord to the 'Apartment' folder.",
   "mail.search(from:'landlord OR kessler') ->\n  thread 88a1  'Lease renewal - Unit 4B'  (H. Kessler, 5 msgs)\nfolders: Inbox, Apartment, Taxes, Receipts",
   "mail.search(from:'landlord OR kessler') ->\n  thread 88a1  'Lease renewal - Unit 4B'  (H. Kessler, 5 msgs)\n  thread 91c0  'Heating repair 4B'  (H. Kessler, 2 msgs)\nfolders: Inbox, Apartment, Taxes, Receipts",
   A, "referent", "thread 91c0  'Heating repair 4B'  (H. Kessler, 2 msgs)",
   "There are two threads with your landlord, the lease renewal and the heating repair; should I move one of them or both to Apartment?",
   options=["Lease renewal", "Heating repair", "both"])

P(G, "Send the meeting notes to everyone who was in the 2pm design review.",
  "Send the meeting notes to everyone who was in the design review.",
  A, "referent", "the design review",
  "There were two design reviews today (10am and 2pm); whose attendees should get the notes?",
  good_ctx="calendar.today() ->\n  10:00 Standup\n  14:00 Design review - checkout (7 attendees)\n  16:00 1:1 Ana",
  bad_ctx="calendar.today() ->\n  10:00 Design review - onboarding (5 attendees)\n  14:00 Design review - checkout (7 attendees)\n  16:00 1:1 Ana",
  where="text", options=["10:00 onboarding review", "14:00 checkout review"])

# ---------------------------------------------------------------------------
# 2. Calendar assistants: times, zones, attendees, conflicts
# ---------------------------------------------------------------------------

CP(G, "Cancel my 1:1 with Marco tomorrow.",
   "calendar.events(date='2024-11-14', query='Marco') ->\n  11:00-11:30  1:1 Marco / you  (recurring weekly)",
   "calendar.events(date='2024-11-14', query='Marco') ->\n  (no events)\ncalendar.events(date='2024-11-12', query='Marco') ->\n  11:00-11:30  1:1 Marco / you  CANCELLED by Marco",
   C, "state", "(no events)",
   "There's no 1:1 with Marco tomorrow and this week's was already cancelled by him; did you mean a different day or a different meeting?",
   options=["a different day", "a different meeting"])

P(G, "Book a 30-minute call with Hiroshi for any slot that's open for both of us next week, whichever works.",
  "Book a 30-minute call with Hiroshi next week.",
  M, "time_zone", None,
  "Your calendar is in London time and Hiroshi's is Tokyo; is any mutually free slot fine, or do you want it inside your working hours or his?",
  good_ctx=None,
  bad_ctx="freebusy(['me', 'hiroshi@kanda.jp'], next_week) ->\n  me: Europe/London, free 09-17\n  hiroshi: Asia/Tokyo, free 09-18 JST\n  overlap: none within both working hours",
  options=["my working hours", "Hiroshi's working hours", "early morning for me"])

OK(G, "Put a 'focus time' block on my calendar every afternoon next week, wherever I'm free. Exact times don't matter.")

CP(G, "Move the planning meeting to Thursday at the same time.",
   "calendar.find('planning') ->\n  Tue 10:00-11:00  Sprint planning  (organizer: you, 6 guests)\ncalendar.freebusy(Thu 10:00-11:00) -> all 6 guests free",
   "calendar.find('planning') ->\n  Tue 10:00-11:00  Sprint planning  (organizer: you, 6 guests)\n  Wed 15:00-16:00  Q1 roadmap planning  (organizer: you, 4 guests)",
   A, "referent", "Wed 15:00-16:00  Q1 roadmap planning  (organizer: you, 4 guests)",
   "You organize two planning meetings this week, sprint planning (Tue 10:00) and Q1 roadmap planning (Wed 15:00); which should move to Thursday?",
   options=["Sprint planning", "Q1 roadmap planning"])

P(G, "Set up a dentist reminder for March 3 at 8:15am.",
  "Set up a dentist reminder for the 3rd at 8:15am, which is a Tuesday.",
  C, "date", "the 3rd at 8:15am, which is a Tuesday",
  "The 3rd of next month is a Monday, not a Tuesday; is the appointment on Monday the 3rd or Tuesday the 4th?",
  good_ctx=None, bad_ctx="today: Fri 2025-02-21; March 3 2025 is a Monday",
  options=["Monday the 3rd", "Tuesday the 4th"])

B(G, "Accept the invite from Kofi.",
  A, "referent", "the invite from Kofi",
  "Kofi sent two pending invites, 'Vendor sync' on Wed and 'Budget review' on Thu; which one should I accept, or both?",
  ctx="calendar.pending_invites() ->\n  'Vendor sync'    Wed 13:00  from Kofi Mensah\n  'Budget review'  Thu 09:30  from Kofi Mensah\n  'Lunch & learn'  Fri 12:00  from People Ops",
  options=["Vendor sync", "Budget review", "both"])

OK(G, "Accept the invite from Kofi.",
   "calendar.pending_invites() ->\n  'Vendor sync'    Wed 13:00  from Kofi Mensah\n  'Lunch & learn'  Fri 12:00  from People Ops\ncalendar.freebusy(Wed 13:00-13:30) -> free")

CP(G, "Find a time for the four of us on Friday, any hour is fine, and send the invite.",
   "freebusy(['you','lin','omar','bea'], Fri) ->\n  common free: 10:00-11:00, 15:30-17:00",
   "freebusy(['you','lin','omar','bea'], Fri) ->\n  common free: none\n  bea: out of office all day (annual leave)",
   C, "availability", "bea: out of office all day (annual leave)",
   "Bea is on leave all Friday so there's no slot for all four of you; should I pick another day or book Friday without her?",
   options=["another day", "Friday without Bea"])

P(G, "Block my calendar as out of office from Dec 23 through Jan 2 and auto-decline new meetings.",
  "Block my calendar as out of office over the holidays and auto-decline everything.",
  M, "period", "over the holidays",
  "Which dates should the out-of-office cover, for example Dec 23 to Jan 2?",
  options=["Dec 23 - Jan 2", "Dec 24 - Dec 26 only"])

OK(G, "Shift tomorrow's gym block by an hour if it clashes with anything; otherwise leave it. Only my calendar, nobody else is invited.")

CP(G, "Invite Jun to Thursday's architecture review.",
   "directory.search('Jun') ->\n  Jun Park  jun.park@ourco.com  (Platform Eng)\ncalendar.find('architecture review', Thu) -> 1 event, organizer: you",
   "directory.search('Jun') ->\n  Jun Park  jun.park@ourco.com  (Platform Eng)\n  Jun Watanabe  jwatanabe@ourco.com  (Data Eng)\ncalendar.find('architecture review', Thu) -> 1 event, organizer: you",
   A, "recipient", "Jun Watanabe  jwatanabe@ourco.com  (Data Eng)",
   "There are two Juns in the directory, Jun Park (Platform) and Jun Watanabe (Data); which one should I invite?",
   options=["Jun Park", "Jun Watanabe"])

P(G, "Create a recurring standup every weekday at 9:30 New York time, starting Monday, no end date.",
  "Create a recurring standup every weekday at 9:30 for the team, only on Tuesdays and Thursdays.",
  C, "recurrence", "every weekday at 9:30 for the team, only on Tuesdays and Thursdays",
  "Should the standup repeat every weekday or only on Tuesdays and Thursdays?",
  options=["every weekday", "Tuesdays and Thursdays"])

B(G, "Reschedule the client call to 4pm.",
  M, "time_zone", "4pm",
  "The client is in Sydney and you're in San Francisco; is 4pm your time or theirs?",
  ctx="event 'Client call - Koala Foods'  Wed 15:00 PST  guests: you (America/Los_Angeles), tess@koalafoods.au (Australia/Sydney)",
  options=["4pm Pacific", "4pm Sydney"])

OK(G, "Reschedule the client call to 4pm.",
   "event 'Client call - Koala Foods'  Wed 15:00 PST  guests: you, dave@koalafoods.com (both America/Los_Angeles)\nfreebusy(Wed 16:00-16:30) -> both free")

CP(G, "Decline the overlapping one and keep the other.",
   "calendar.conflicts(Thu) ->\n  14:00-15:00  Hiring debrief (required)  vs  14:30-15:00  Newsletter brainstorm (optional)",
   "calendar.conflicts(Thu) ->\n  14:00-15:00  Hiring debrief (required)  vs  14:30-15:00  Vendor escalation (required)",
   A, "tie_break", "14:00-15:00  Hiring debrief (required)  vs  14:30-15:00  Vendor escalation (required)",
   "Both clashing meetings are marked required, the hiring debrief and the vendor escalation; which one should I decline?",
   options=["Hiring debrief", "Vendor escalation"])

OK(G, "Any free 20 minutes tomorrow - just grab one and put 'call mom' in it.")

P(G, "Delete the duplicate 'Payroll cutoff' event on the 25th, the one without the reminder.",
  "Delete the duplicate 'Payroll cutoff' event.",
  A, "referent", "the duplicate 'Payroll cutoff' event",
  "There are two 'Payroll cutoff' events on the 25th, one with a reminder and one without; which should I delete?",
  good_ctx="calendar.find('Payroll cutoff') ->\n  Nov 25 all-day  (reminder: 1 day before)\n  Nov 25 all-day  (no reminder)",
  bad_ctx="calendar.find('Payroll cutoff') ->\n  Nov 25 all-day  (reminder: 1 day before)\n  Nov 25 all-day  (no reminder)",
  where="text", options=["the one with the reminder", "the one without"])

# ---------------------------------------------------------------------------
# 3. Files, folders and repositories
# ---------------------------------------------------------------------------

CP(CO, "Delete the old branches.",
   "$ git branch --merged main\n  chore/eslint-9\n  fix/typo-footer\n* main\n$ cat CONTRIBUTING.md | grep -i branch\nDelete feature branches once they are merged into main.",
   "$ git branch -vv\n  chore/eslint-9        3f1e2a0 [origin/chore/eslint-9] (merged)\n  exp/new-search        9a0c7d1 [origin/exp/new-search] 4 months ago, not merged\n  fix/typo-footer       11be9c4 (merged)\n* main                  c02ad5e\n  release/2023.12       e8812aa 11 months ago, not merged",
   A, "scope", "exp/new-search        9a0c7d1 [origin/exp/new-search] 4 months ago, not merged",
   "Some old branches are unmerged (exp/new-search, release/2023.12); should I delete only the merged ones, or the unmerged old ones too?",
   options=["merged only", "merged and unmerged old branches"])

P(CO, "Delete local branches already merged into main, except main and develop.",
  "delete the old branches",
  A, "scope", "the old branches",
  "Which branches count as old: ones merged into main, or anything untouched for some period like 90 days?",
  options=["merged into main", "no commits in 90 days"])

CP(O, "Remove the log files from the tmp folder.",
   "$ ls -la /srv/app/tmp\n-rw-r--r-- 1 app app  12M Nov 10 worker-2024-11-10.log\n-rw-r--r-- 1 app app 9.8M Nov 11 worker-2024-11-11.log\n-rw-r--r-- 1 app app 4.1K Nov 11 .keep",
   "$ ls /srv/app/tmp /tmp\n/srv/app/tmp:\nworker-2024-11-10.log  worker-2024-11-11.log\n\n/tmp:\nbuild-8812.log  pg_upgrade_check.log  sess_9a1",
   A, "target", "/tmp:",
   "There are logs in both /srv/app/tmp and /tmp; which folder should I clear, or both?",
   options=["/srv/app/tmp", "/tmp", "both"])

OK(CO, "Tidy up the imports in utils.py - sort them and drop unused ones. It's all under git, so go ahead.")

P(CO, "Rename the folder 'reports_2023' to 'archive/reports_2023' in the shared drive.",
  "Move reports_2023 to the archive.",
  A, "target", "the archive",
  "There are two archive locations, /Shared/archive and /Shared/Finance/Archive; which one should reports_2023 go into?",
  good_ctx=None,
  bad_ctx="drive.find(name~'archive', type=folder) ->\n  /Shared/archive\n  /Shared/Finance/Archive",
  options=["/Shared/archive", "/Shared/Finance/Archive"])

B(CO, "Force-push my branch to fix the history.",
  A, "target", "my branch",
  "You have two branches with unpushed rewritten history, feat/export and fix/auth-timeout; which one should I force-push?",
  ctx="$ git for-each-ref --format='%(refname:short) %(upstream:track)' refs/heads\nfeat/export [ahead 3, behind 5]\nfix/auth-timeout [ahead 1, behind 2]\nmain",
  options=["feat/export", "fix/auth-timeout"])

OK(CO, "Force-push my branch to fix the history.",
   "$ git status -sb\n## feat/export...origin/feat/export [ahead 3, behind 5]\n$ git log origin/feat/export --format='%an' | sort -u\nyou")

CP(CO, "Tag the current release commit and push the tag.",
   "$ git describe --tags --abbrev=0\nv1.8.2\n$ cat VERSION\n1.8.3\n$ git log -1 --oneline\na91c3f0 Release 1.8.3",
   "$ git describe --tags --abbrev=0\nv1.8.2\n$ cat VERSION\n1.9.0\n$ grep -m1 '^## ' CHANGELOG.md\n## 1.8.3 - 2024-11-12",
   C, "version", "## 1.8.3 - 2024-11-12",
   "VERSION says 1.9.0 but the changelog's latest entry is 1.8.3; which version should the tag be?",
   options=["v1.9.0", "v1.8.3"])

P(CO, "Squash the last three commits on feature/search into one and keep the first commit's message.",
  "Squash the commits on feature/search into one.",
  A, "scope", "the commits",
  "feature/search has 14 commits since it branched from main, including two merged from main; should I squash all 14, or only the recent ones?",
  good_ctx=None,
  bad_ctx="$ git log --oneline main..feature/search | wc -l\n14\n$ git log --merges --oneline main..feature/search\n5d0e3a1 Merge branch 'main' into feature/search\n0fe8821 Merge branch 'main' into feature/search",
  options=["all 14", "only the last few"])

OK(CO, "Open a draft PR for my current branch against main with a short description of what changed. Title it however you like.")

CP(CO, "Restore the file I deleted yesterday.",
   "$ git log --diff-filter=D --since=yesterday --name-only --format='%h %ar'\n7e2d1b0 22 hours ago\nsrc/payments/fees.py",
   "$ git log --diff-filter=D --since=yesterday --name-only --format='%h %ar'\n7e2d1b0 22 hours ago\nsrc/payments/fees.py\nc1a93f4 19 hours ago\ndocs/setup_old.md\nscripts/seed_demo.sh",
   A, "referent", "c1a93f4 19 hours ago\ndocs/setup_old.md\nscripts/seed_demo.sh",
   "Three files were deleted yesterday (src/payments/fees.py, docs/setup_old.md, scripts/seed_demo.sh); which one should I restore?",
   options=["src/payments/fees.py", "docs/setup_old.md", "scripts/seed_demo.sh", "all three"])

B(CO, "Clear out node_modules and the build cache everywhere and reinstall, but don't touch anything on disk.",
  C, "action", "don't touch anything on disk",
  "Reinstalling means deleting and rewriting files on disk; is it fine to remove node_modules and the cache, or did you only want a dry run?",
  options=["delete and reinstall", "dry run only"])

P(CO, "Close all my open PRs older than 6 months with the comment 'closing stale PR'.",
  "close my stale PRs",
  A, "threshold", "stale",
  "How old does a PR have to be to count as stale: 3 months, 6 months, or no activity for some other period?",
  options=["3 months", "6 months"])

CP(CO, "Merge the dependabot PR.",
   "$ gh pr list --author app/dependabot\n#482  Bump lodash from 4.17.20 to 4.17.21   checks: passing",
   "$ gh pr list --author app/dependabot\n#482  Bump lodash from 4.17.20 to 4.17.21   checks: passing\n#487  Bump next from 13.5.6 to 14.2.3       checks: failing\n#489  Bump @types/node from 20.11 to 20.12  checks: passing",
   A, "referent", "#487  Bump next from 13.5.6 to 14.2.3       checks: failing",
   "There are three dependabot PRs (#482 lodash, #487 next with failing checks, #489 @types/node); which one should I merge?",
   options=["#482", "#487", "#489", "all passing ones"])

OK(CO, "Merge whichever of the dependabot PRs have green checks; leave the red ones alone.")

P(O, "Zip the contents of ~/Projects/thesis/figures and upload the zip to my Dropbox 'Backups' folder.",
  "Zip up the figures and upload them.",
  M, "destination", "upload them",
  "Where should I upload the zip: your Dropbox 'Backups' folder, Google Drive, or somewhere else?",
  options=["Dropbox/Backups", "Google Drive"])

CP(O, "Overwrite config.prod.json with the version from my Downloads folder.",
   "$ ls -l ~/Downloads/config.prod*.json\n-rw-r--r-- 1 me staff 2.1K Nov 12 10:04 config.prod.json\n$ diff <(jq -S . ~/Downloads/config.prod.json) <(jq -S . deploy/config.prod.json) | wc -l\n6",
   "$ ls -l ~/Downloads/config.prod*.json\n-rw-r--r-- 1 me staff 2.1K Nov 12 10:04 config.prod.json\n-rw-r--r-- 1 me staff 2.3K Nov 12 16:40 config.prod (1).json",
   A, "referent", "config.prod (1).json",
   "Downloads has two versions, config.prod.json (10:04) and config.prod (1).json (16:40); which one should overwrite the prod config?",
   options=["config.prod.json", "config.prod (1).json"])

B(CO, "Rewrite history to remove the leaked key from the repo.",
  M, "target", "the leaked key",
  "Which secret leaked, and in which file: the AWS key in .env.example or the Stripe key in scripts/test_pay.sh?",
  ctx="$ gitleaks detect --no-banner\nFinding: AKIA****************  File: .env.example  Commit: 1b2c3d4\nFinding: sk_live_**************  File: scripts/test_pay.sh  Commit: 8e9f0a1\n2 leaks found",
  options=["AWS key in .env.example", "Stripe key in test_pay.sh", "both"])

OK(CO, "Rewrite history to remove the leaked key from the repo.",
   "$ gitleaks detect --no-banner\nFinding: sk_live_**************  File: scripts/test_pay.sh  Commit: 8e9f0a1\n1 leak found\n$ git log --oneline | wc -l\n213\nRepo is private; you are the only collaborator.")

CP(CO, "Revert the last commit on main.",
   "$ git log -3 --format='%h %an %s' main\n4d9a0c1 you      Change default page size to 50\n2e1f9b7 you      Add pagination to /orders\n8aa0c52 mkovacs  Fix timezone in reports",
   "$ git log -3 --format='%h %an %s' main\n4d9a0c1 you      Change default page size to 50\n$ git log -3 --format='%h %an %s' origin/main\nf71b2e3 mkovacs  Hotfix: null check in invoice totals\n4d9a0c1 you      Change default page size to 50",
   C, "state", "f71b2e3 mkovacs  Hotfix: null check in invoice totals",
   "Your local main is behind origin: the last commit there is Marta's invoice hotfix, not your page-size change; which one should I revert?",
   options=["f71b2e3 invoice hotfix", "4d9a0c1 page size change"])

P(CO, "Archive the GitHub repo 'acme/legacy-billing' (read-only, not deleted).",
  "Archive the legacy repo and delete it afterwards so it's read-only for reference.",
  C, "action", "delete it afterwards so it's read-only for reference",
  "Archiving keeps the repo read-only for reference, but deleting removes it; should I archive it, or delete it?",
  options=["archive only", "delete"])

OK(CO, "Add a .gitignore for a Python project - the usual stuff, venvs, pycache, .env. Use whatever standard template you think is right.")

B(O, "Copy the photos to the backup drive and then wipe the SD card.",
  A, "target", "the backup drive",
  "Two external drives are mounted, BACKUP_A and Seagate_4TB; which one should the photos go to before I wipe the card?",
  ctx="$ ls /Volumes\nBACKUP_A  Macintosh HD  SD_CARD  Seagate_4TB\n$ du -sh /Volumes/SD_CARD/DCIM\n38G",
  options=["BACKUP_A", "Seagate_4TB"])

OK(O, "Copy the photos to the backup drive and then wipe the SD card.",
   "$ ls /Volumes\nMacintosh HD  SD_CARD  T7_Backup\n$ df -h /Volumes/T7_Backup | tail -1\n/dev/disk4s1  1.8Ti  640Gi  1.2Ti  35% /Volumes/T7_Backup\n$ du -sh /Volumes/SD_CARD/DCIM\n38G")

CP(CO, "Bump the version and publish to npm.",
   "$ jq -r .version package.json\n2.3.0\n$ git log v2.3.0..HEAD --oneline | grep -ci 'breaking\\|feat'\n0\n$ cat .npmrc\naccess=public",
   "$ jq -r .version package.json\n2.3.0\n$ git log v2.3.0..HEAD --oneline\n8c1d2e0 feat: add streaming API\n1f0e9aa BREAKING: drop Node 16 support\n3a2b1c0 fix: retry on 429",
   A, "version", "1f0e9aa BREAKING: drop Node 16 support",
   "There's a breaking change and a new feature since 2.3.0; should this be 3.0.0 (major) or did you intend a minor/patch bump?",
   options=["3.0.0", "2.4.0", "2.3.1"])

P(CO, "Remove the test fixtures under tests/fixtures/legacy_v1 - nothing imports them anymore.",
  "Remove the test fixtures, nothing imports them anymore.",
  A, "scope", "the test fixtures",
  "Should I remove only tests/fixtures/legacy_v1, or everything under tests/fixtures (conftest.py still loads tests/fixtures/users.json)?",
  good_ctx=None,
  bad_ctx="$ ls tests/fixtures\nlegacy_v1/  users.json  orders_small.csv\n$ grep -rn 'fixtures/' tests/*.py\ntests/conftest.py:12:    load('fixtures/users.json')",
  options=["only legacy_v1", "all fixtures"])

# ---------------------------------------------------------------------------
# 4. CRM and ticketing
# ---------------------------------------------------------------------------

CP(G, "Mark the Acme deal as closed-won.",
   "crm.deals.search('Acme') ->\n  D-3391  Acme Corp - Enterprise renewal  stage: Negotiation  $84,000  owner: you",
   "crm.deals.search('Acme') ->\n  D-3391  Acme Corp - Enterprise renewal  stage: Negotiation  $84,000  owner: you\n  D-3420  Acme Corp - Data add-on  stage: Proposal  $12,500  owner: you",
   A, "referent", "D-3420  Acme Corp - Data add-on  stage: Proposal  $12,500  owner: you",
   "Acme has two open deals, the $84k enterprise renewal (D-3391) and the $12.5k data add-on (D-3420); which one is closed-won?",
   options=["D-3391 renewal", "D-3420 data add-on", "both"])

P(G, "Close ticket SUP-7781 as resolved and tag it 'billing'.",
  "Close the ticket as resolved and tag it billing.",
  A, "referent", "the ticket",
  "You have three open tickets assigned (SUP-7781, SUP-7790, SUP-7802); which one should I close?",
  good_ctx=None,
  bad_ctx="helpdesk.my_open() ->\n  SUP-7781  'Charged twice in October'\n  SUP-7790  'Cannot export invoices'\n  SUP-7802  'Refund not received'",
  options=["SUP-7781", "SUP-7790", "SUP-7802"])

OK(G, "Reassign all of Priti's open tickets to the triage queue while she's on leave. Triage will sort them out, so no need to be picky.")

CP(G, "Update the contact's phone number to +44 20 7946 0321.",
   "crm.current_view -> Contact: Helen Marsh (Brightwater Ltd)\n  phone: +44 20 7946 0000\n  email: h.marsh@brightwater.co.uk",
   "crm.current_view -> Account: Brightwater Ltd\n  contacts:\n    Helen Marsh (CFO)  +44 20 7946 0000\n    Owen Price (Ops)   +44 20 7946 0112",
   A, "referent", "Owen Price (Ops)   +44 20 7946 0112",
   "The Brightwater account has two contacts, Helen Marsh and Owen Price; whose phone number should change?",
   options=["Helen Marsh", "Owen Price"])

B(G, "Merge the duplicate customer records for John Smith.",
  A, "scope", "the duplicate customer records for John Smith",
  "There are three John Smith records and two have different emails and addresses; should I merge all three, or only the two with the same email?",
  ctx="crm.contacts.search('John Smith') ->\n  C-101  John Smith  jsmith@gmail.com     Leeds\n  C-388  John Smith  jsmith@gmail.com     Leeds\n  C-402  John Smith  john.smith@fabrik.de  Munich",
  options=["all three", "only C-101 and C-388"])

OK(G, "Merge the duplicate customer records for John Smith.",
   "crm.contacts.search('John Smith') ->\n  C-101  John Smith  jsmith@gmail.com  Leeds  created 2021\n  C-388  John Smith  jsmith@gmail.com  Leeds  created 2024 (import)\ncrm.merge supports undo for 30 days")

P(G, "Set the priority of INC-4410 to P1 and page the on-call for the payments service.",
  "Set the priority of INC-4410 to P3 - it's a full outage, page everyone on call now.",
  C, "priority", "P3 - it's a full outage, page everyone on call now",
  "A full outage that pages everyone is usually P1, not P3; which priority should INC-4410 get?",
  options=["P1", "P3"])

CP(G, "Add a note to the Globex opportunity that they want a demo next week.",
   "crm.opportunities(account='Globex') ->\n  OPP-221  Globex - Analytics suite  stage: Discovery  next step: demo",
   "crm.opportunities(account='Globex') ->\n  OPP-221  Globex - Analytics suite  stage: Discovery\n  OPP-236  Globex - Support plan upgrade  stage: Discovery",
   A, "referent", "OPP-236  Globex - Support plan upgrade  stage: Discovery",
   "Globex has two opportunities in Discovery, the analytics suite and the support plan upgrade; which one should get the demo note?",
   options=["OPP-221 Analytics suite", "OPP-236 Support plan upgrade"])

OK(G, "Log a call with Northwind in the CRM: talked about renewal, they'll get back to us. Keep the note short.")

P(G, "Bulk-close all tickets tagged 'spam' in the support queue.",
  "Bulk-close everything in the support queue.",
  A, "scope", "everything in the support queue",
  "Closing all 412 open tickets would include real customer issues; did you mean only the ones tagged spam, or truly everything?",
  good_ctx=None,
  bad_ctx="helpdesk.queue('support').summary ->\n  open: 412\n  tagged spam: 57\n  tagged urgent: 19",
  options=["only spam", "all 412"])

B(G, "Escalate Maria's ticket to tier 2.",
  A, "referent", "Maria's ticket",
  "There are two open tickets from customers named Maria (SUP-8120 and SUP-8133); which one should I escalate?",
  ctx="helpdesk.search(requester~'Maria', status=open) ->\n  SUP-8120  Maria Lopez  'Login loop on iOS'\n  SUP-8133  Maria Keller  'Data export missing rows'",
  options=["SUP-8120 Maria Lopez", "SUP-8133 Maria Keller"])

CP(G, "Reopen the ticket the customer just replied to.",
   "helpdesk.events(last_hour) ->\n  SUP-6002  status: closed  new customer reply 12 min ago",
   "helpdesk.events(last_hour) ->\n  SUP-6002  status: open  new customer reply 12 min ago\n  (already open)",
   C, "state", "SUP-6002  status: open  new customer reply 12 min ago\n  (already open)",
   "SUP-6002 is already open; did you mean a different ticket, or something else like reassigning it?",
   options=["a different ticket", "reassign SUP-6002"])

P(G, "Change the owner of every Midwest account from Derek to Lauren.",
  "Change the owner of Derek's accounts to Lauren or Tom.",
  A, "recipient", "Lauren or Tom",
  "Should Derek's accounts go to Lauren, to Tom, or be split between them?",
  options=["Lauren", "Tom", "split"])

OK(G, "Tag the last 20 tickets with whatever category fits best; you can retag later if needed.")

CP(D, "Export this quarter's closed deals to a CSV for finance.",
   "crm.settings -> fiscal_year_start: January\ntoday: 2024-11-13",
   "crm.settings -> fiscal_year_start: February\ntoday: 2024-11-13\nfinance.wiki -> 'Finance reports on calendar quarters'",
   A, "period", "crm.settings -> fiscal_year_start: February",
   "The CRM's fiscal quarter runs Nov-Jan while the calendar quarter is Oct-Dec; which one should the export cover?",
   options=["calendar Q4 (Oct-Dec)", "fiscal quarter (Nov-Jan)"])

# ---------------------------------------------------------------------------
# 5. Shopping and booking
# ---------------------------------------------------------------------------

CP(G, "Reorder the printer toner.",
   "orders.search('toner') ->\n  #112-7731  HP 58A Black Toner  x2  (Aug 14)\n  #112-5002  HP 58A Black Toner  x2  (May 2)",
   "orders.search('toner') ->\n  #112-7731  HP 58A Black Toner  x2  (Aug 14)\n  #112-6420  Brother TN-760 Toner  x1  (Jun 30)",
   A, "referent", "#112-6420  Brother TN-760 Toner  x1  (Jun 30)",
   "You've bought two different toners, HP 58A and Brother TN-760; which printer's toner should I reorder?",
   options=["HP 58A", "Brother TN-760", "both"])

P(G, "Book me a flight to Chicago O'Hare on Tuesday Dec 3, leaving after 8am, economy, aisle.",
  "Book me a flight to Chicago on the 3rd.",
  A, "origin", "profile: home_airports = [SFO, OAK]",
  "Your profile lists two home airports; should I fly you out of SFO or Oakland?",
  good_ctx="profile: home_airport = SFO",
  bad_ctx="profile: home_airports = [SFO, OAK]",
  where="context", options=["SFO", "OAK"])

OK(G, "Book a table for two somewhere Italian near the office on Friday around 7. Pick whatever has good reviews, I trust you.")

CP(G, "Cancel the hotel booking for next weekend.",
   "bookings.upcoming() ->\n  H-55102  Hotel Alma, Lisbon  Nov 22-24  free cancellation until Nov 20",
   "bookings.upcoming() ->\n  H-55102  Hotel Alma, Lisbon  Nov 22-24  free cancellation until Nov 20\n  H-55140  Casa Verde, Porto  Nov 22-24  non-refundable",
   A, "referent", "H-55140  Casa Verde, Porto  Nov 22-24  non-refundable",
   "You have two hotels for next weekend, Hotel Alma in Lisbon and Casa Verde in Porto (non-refundable); which one should I cancel?",
   options=["Hotel Alma, Lisbon", "Casa Verde, Porto"])

P(G, "Buy the blue 64GB iPad in the cart and ship it to my home address.",
  "Buy the iPad in my cart.",
  A, "variant", "the iPad",
  "Your cart has two iPads, the blue 64GB and the space grey 256GB; which one should I buy?",
  good_ctx="cart ->\n  iPad 10.9\" Wi-Fi 64GB Blue  $349\nshipping addresses: Home (default)",
  bad_ctx="cart ->\n  iPad 10.9\" Wi-Fi 64GB Blue  $349\n  iPad Air Wi-Fi 256GB Space Grey  $749",
  options=["64GB Blue", "256GB Space Grey"])

B(G, "Order more of the coffee beans I like and have them delivered by Friday, with the free slow shipping.",
  C, "shipping", "by Friday, with the free slow shipping",
  "Free standard shipping arrives Tuesday; should I pay for express to get it by Friday, or use free shipping and accept Tuesday?",
  ctx="shipping options for 'Onyx Southern Weather 2lb' ->\n  Standard (free): arrives Tue\n  Express ($9.99): arrives Fri",
  options=["express, by Friday", "free, Tuesday"])

OK(G, "Order more of the coffee beans I like.",
   "orders.search('coffee') ->\n  #113-2201  Onyx Southern Weather, whole bean 2lb  (every ~5 weeks, last: Oct 9)\npayment: Visa ••4411 (default)  address: Home (default)")

CP(G, "Change the rental car pickup to 2 hours later.",
   "bookings.car ->\n  R-8812  Hertz LAX  pickup Thu Nov 21 10:00 PT  return Sun 18:00",
   "bookings.car ->\n  R-8812  Hertz LAX  pickup Thu Nov 21 10:00 PT\n  R-8830  Sixt SFO  pickup Sun Nov 24 09:00 PT",
   A, "referent", "R-8830  Sixt SFO  pickup Sun Nov 24 09:00 PT",
   "You have two car rentals, Hertz at LAX on Thursday and Sixt at SFO on Sunday; which pickup should move two hours later?",
   options=["Hertz LAX (Thu)", "Sixt SFO (Sun)"])

P(G, "Return the headphones from order #114-0092 for a refund to the original card.",
  "Return the headphones for a refund.",
  A, "referent", "the headphones",
  "You bought headphones twice recently (Sony WH-1000XM5 and AirPods Pro); which pair should I return?",
  good_ctx=None,
  bad_ctx="orders.returnable() ->\n  #114-0092  Sony WH-1000XM5  Oct 28\n  #114-0217  AirPods Pro (2nd gen)  Nov 6",
  options=["Sony WH-1000XM5", "AirPods Pro"])

OK(G, "Grab two tickets for the 7:30 showing of whatever's playing at the Rialto on Saturday - surprise me.")

B(G, "Book the train to Manchester for the team offsite.",
  M, "date", None,
  "Which day is the offsite, so I know what date to book the train for?",
  options=["Thursday morning", "Friday morning"])

OK(G, "Book the train to Manchester for the team offsite.",
   "offsite plan doc -> 'Manchester, Thu Nov 28. Everyone on the 07:30 from Euston, standard class. Attendees: 6 (list below). Book return on the 18:20.'")

CP(G, "Upgrade my seat on the Berlin flight to the exit row.",
   "trips.upcoming() ->\n  LH 2471  MUC -> BER  Dec 2 07:10  seat 23C",
   "trips.upcoming() ->\n  LH 2471  MUC -> BER  Dec 2 07:10  seat 23C\n  LH 2478  BER -> MUC  Dec 5 19:40  seat 31A",
   A, "referent", "LH 2478  BER -> MUC  Dec 5 19:40  seat 31A",
   "There are two Berlin flights on this trip, out on Dec 2 and back on Dec 5; should I upgrade the outbound, the return, or both?",
   options=["outbound Dec 2", "return Dec 5", "both"])

P(G, "Set a price alert for the Dyson V15 at $550 or less.",
  "Set a price alert for the Dyson.",
  M, "threshold", "the Dyson",
  "At what price should the Dyson V15 alert trigger?",
  options=["$550", "$500"])

P(G, "Add 2 bags of the usual dog food to the weekly grocery order.",
  "Add the usual dog food to the grocery order, and also remove it - we're switching brands.",
  C, "action", "Add the usual dog food to the grocery order, and also remove it",
  "Should I add the usual dog food this week, or leave it out because you're switching brands?",
  options=["add it", "leave it out"])

# ---------------------------------------------------------------------------
# 6. Cloud and devops commands
# ---------------------------------------------------------------------------

CP(O, "Restart the API pods.",
   "$ kubectl config current-context\nstaging-eu\n$ kubectl get deploy -n api\nNAME       READY   UP-TO-DATE\napi-web    3/3     3",
   "$ kubectl config get-contexts -o name\nprod-us\nstaging-eu\n$ kubectl config current-context\nerror: current-context is not set",
   M, "environment", "error: current-context is not set",
   "No kube context is selected; should I restart the API pods in prod-us or staging-eu?",
   options=["prod-us", "staging-eu"])

P(O, "Scale the checkout-worker deployment in staging to 5 replicas.",
  "Scale the checkout worker up.",
  M, "amount", "up",
  "How many replicas should checkout-worker scale to (it's at 2 now)?",
  options=["4", "6"])

OK(O, "Bump the staging web deployment to a couple more replicas for the load test - it's staging, exact number is your call.")

CP(O, "Roll back the last deploy.",
   "$ helm history storefront -n prod --max 3\nREV  STATUS      CHART             DESCRIPTION\n41   superseded  storefront-3.2.0  Upgrade complete\n42   deployed    storefront-3.3.0  Upgrade complete",
   "$ helm list -A --time-format '15:04'\nNAME        NAMESPACE  REVISION  UPDATED  STATUS\nstorefront  prod       42        14:02    deployed\nsearch-api  prod       17        14:09    deployed\nnotifier    staging    8         14:11    deployed",
   A, "referent", "search-api  prod       17        14:09    deployed",
   "Three releases were deployed in the last few minutes (storefront and search-api in prod, notifier in staging); which one should I roll back?",
   options=["storefront", "search-api", "notifier"])

B(O, "Terminate the unused EC2 instances.",
  A, "scope", "unused",
  "Four instances are stopped but two of them are tagged 'keep: true'; should I terminate only the untagged ones or all four?",
  ctx="$ aws ec2 describe-instances --filters Name=instance-state-name,Values=stopped --query ...\ni-0a1b  bastion-old     stopped 92d  tags: {}\ni-0c2d  ml-train-gpu    stopped 40d  tags: {keep: true}\ni-0e3f  demo-2023       stopped 210d tags: {}\ni-0f4a  db-restore-test stopped 12d  tags: {keep: true}",
  options=["only untagged (2)", "all four"])

OK(O, "Terminate the unused EC2 instances.",
   "$ aws ec2 describe-instances --filters Name=tag:owner,Values=me Name=instance-state-name,Values=stopped --query ...\ni-0a1b  scratch-1  stopped 30d  tags: {ttl: expired}\ni-0e3f  scratch-2  stopped 30d  tags: {ttl: expired}\nRunbook: stopped instances with ttl=expired may be terminated.")

CP(O, "Apply the terraform plan.",
   "$ terraform workspace show\nstaging\n$ terraform plan -out=tf.plan | tail -2\nPlan: 2 to add, 1 to change, 0 to destroy.\nSaved the plan to: tf.plan",
   "$ terraform workspace show\nprod\n$ terraform plan -out=tf.plan | tail -2\nPlan: 2 to add, 1 to change, 7 to destroy.\nSaved the plan to: tf.plan",
   A, "scope", "Plan: 2 to add, 1 to change, 7 to destroy.",
   "The plan in the prod workspace destroys 7 resources; are those destroys expected, or should I stop and review them first?",
   options=["apply, destroys are expected", "stop and review"])

P(O, "Rotate the database password for the staging reporting user and update the secret in Vault.",
  "Rotate the database password.",
  A, "target", "the database password",
  "Which credential should I rotate: the prod app user, the staging reporting user, or the admin account?",
  options=["prod app user", "staging reporting user", "admin"])

OK(O, "Clear the CDN cache for the marketing site; a full purge is fine, it just rewarms.")

CP(O, "Flush the redis cache.",
   "$ redis-cli -h cache-staging INFO keyspace\n# Keyspace\ndb0:keys=18221,expires=18221\nrole: cache only (no persistence)",
   "$ redis-cli -h redis-main INFO keyspace\n# Keyspace\ndb0:keys=18221,expires=18221   # page cache\ndb1:keys=402,expires=0          # job queue (Sidekiq)\ndb2:keys=9930,expires=9930      # sessions",
   A, "scope", "db1:keys=402,expires=0          # job queue (Sidekiq)",
   "redis-main also holds the job queue and sessions; should I flush only db0 (page cache) or everything, which would drop queued jobs and log users out?",
   options=["only db0", "all databases"])

B(O, "Deploy the build to production now, during the freeze window is fine since it's staging.",
  C, "environment", "Deploy the build to production now, during the freeze window is fine since it's staging",
  "Do you want this deployed to production or to staging?",
  options=["production", "staging"])

P(O, "Run the deploy pipeline for tag v5.4.1 against staging.",
  "Run the deploy pipeline for v5.4.1.",
  M, "environment", None,
  "Should v5.4.1 go to staging or production?",
  options=["staging", "production"])

OK(O, "Run the deploy pipeline for v5.4.1.",
   "pipelines.list() ->\n  deploy-staging  (manual trigger, any tag)\n  deploy-prod     (disabled; requires release manager approval in UI)")

CP(O, "Drain the node that keeps OOMing.",
   "$ kubectl get events -A --field-selector reason=OOMKilling | awk '{print $5}' | sort | uniq -c\n   14 node/ip-10-0-3-41",
   "$ kubectl get events -A --field-selector reason=OOMKilling | awk '{print $5}' | sort | uniq -c\n   9 node/ip-10-0-3-41\n   8 node/ip-10-0-7-12",
   A, "referent", "8 node/ip-10-0-7-12",
   "Two nodes are OOMing about equally, ip-10-0-3-41 and ip-10-0-7-12; should I drain one of them or both?",
   options=["ip-10-0-3-41", "ip-10-0-7-12", "both"])

P(O, "Delete the S3 bucket 'acme-tmp-exports-2022' and everything in it.",
  "Delete the old export buckets.",
  A, "scope", "the old export buckets",
  "Three buckets match 'export', and one (acme-exports-prod) is still written to daily; which should I delete?",
  good_ctx=None,
  bad_ctx="$ aws s3 ls | grep export\n2022-03-01 acme-tmp-exports-2022\n2023-01-15 acme-exports-archive\n2021-06-09 acme-exports-prod",
  options=["acme-tmp-exports-2022", "acme-exports-archive", "both of those"])

OK(O, "Kill the runaway python process eating 100% CPU on my laptop.",
   "$ ps aux --sort=-%cpu | head -3\nUSER  PID    %CPU %MEM COMMAND\nme    48211  99.7  3.1 python scratch/loop_test.py\nme    1022    2.1  0.8 /Applications/Slack.app")

B(O, "Kill the runaway python process.",
  A, "referent", "the runaway python process",
  "Two python processes are near 100% CPU, scratch/loop_test.py and the jupyter kernel; which one should I kill?",
  ctx="$ ps aux --sort=-%cpu | head -4\nUSER  PID    %CPU %MEM COMMAND\nme    48211  98.9  3.1 python scratch/loop_test.py\nme    50310  97.4 21.0 python -m ipykernel_launcher -f kernel-5c1.json\nme    1022    2.1  0.8 /Applications/Slack.app",
  options=["loop_test.py (48211)", "jupyter kernel (50310)"])

CP(O, "Open port 5432 on the database security group to the office.",
   "$ aws ec2 describe-security-groups --group-names db-main --query ...\nsg-0db1  db-main  inbound: 5432 from sg-app\nnetwork.yaml: office_cidr: 203.0.113.0/24",
   "$ aws ec2 describe-security-groups --group-names db-main --query ...\nsg-0db1  db-main  inbound: 5432 from sg-app\nnetwork.yaml: office_cidr_london: 203.0.113.0/24\nnetwork.yaml: office_cidr_austin: 198.51.100.0/24",
   A, "target", "network.yaml: office_cidr_austin: 198.51.100.0/24",
   "There are two office ranges, London (203.0.113.0/24) and Austin (198.51.100.0/24); which should get access to 5432?",
   options=["London", "Austin", "both"])

P(O, "Set an alert on the checkout service when p95 latency is above 800 ms for 5 minutes, paging the payments on-call.",
  "Set an alert on checkout latency when it's slow, page someone.",
  M, "threshold", "when it's slow",
  "What latency threshold and duration should trigger the page, for example p95 over 800 ms for 5 minutes?",
  options=["p95 > 800ms for 5m", "p99 > 2s for 5m"])

OK(O, "Turn on the standard uptime check for the new status page - use the same settings as the other sites.",
   "monitors.list() ->\n  blog.acme.io       http 60s  alert: #ops-alerts\n  docs.acme.io       http 60s  alert: #ops-alerts\n  shop.acme.io       http 60s  alert: #ops-alerts")

CP(O, "Increase the disk on the logging VM to 500 GB.",
   "$ gcloud compute disks list --filter='name~logging'\nNAME          ZONE            SIZE_GB\nlogging-data  europe-west1-b  250",
   "$ gcloud compute disks list --filter='name~logging'\nNAME          ZONE            SIZE_GB\nlogging-data  europe-west1-b  250\nlogging-boot  europe-west1-b  50\nlogging-data  us-central1-a   250",
   A, "target", "logging-data  us-central1-a   250",
   "There are logging-data disks in europe-west1-b and us-central1-a; which one should grow to 500 GB, or both?",
   options=["europe-west1-b", "us-central1-a", "both"])

B(O, "Shut the environment down over the weekend to save money and keep the nightly batch jobs running as usual.",
  C, "scope", "keep the nightly batch jobs running as usual",
  "The nightly batch jobs run inside that environment; should I keep the batch workers up and shut down the rest, or shut everything down and skip the jobs?",
  options=["keep batch workers up", "shut down everything"])

OK(O, "Pause the staging environment over the weekend to save money; nothing runs there on weekends and it restarts on Monday.")

P(O, "Renew the TLS cert for api.acme.io with certbot and reload nginx.",
  "Renew the cert and reload.",
  A, "target", "the cert",
  "Three certificates are installed, api.acme.io, shop.acme.io and the wildcard *.internal.acme.io; which one should I renew?",
  good_ctx=None,
  bad_ctx="$ certbot certificates | grep -E 'Name|Expiry'\n  Certificate Name: api.acme.io     Expiry: 2024-12-01 (VALID: 18 days)\n  Certificate Name: shop.acme.io    Expiry: 2024-12-03 (VALID: 20 days)\n  Certificate Name: internal-wild   Expiry: 2025-02-10 (VALID: 89 days)",
  options=["api.acme.io", "shop.acme.io", "all expiring soon"])

CP(O, "Merge and deploy the config change Raj approved.",
   "$ gh pr list --search 'reviewed-by:raj-k is:open'\n#903  Raise gunicorn workers to 8  (approved)",
   "$ gh pr list --search 'reviewed-by:raj-k is:open'\n#903  Raise gunicorn workers to 8  (approved by raj-k)\n#911  Lower request timeout to 10s  (approved by raj-k)",
   A, "referent", "#911  Lower request timeout to 10s  (approved by raj-k)",
   "Raj approved two config PRs, #903 (gunicorn workers) and #911 (request timeout); which should I merge and deploy, or both?",
   options=["#903", "#911", "both"])

OK(O, "Spin up a throwaway dev box like last time so I can test the migration - any size that fits the dump.")

# ---------------------------------------------------------------------------
# 7. Database maintenance
# ---------------------------------------------------------------------------

CP(D, "Drop the temp tables from last week's backfill.",
   "db=> \\dt tmp_*\n Schema | Name                      | Owner\n public | tmp_backfill_orders_1104  | etl\n public | tmp_backfill_users_1104   | etl",
   "db=> \\dt tmp_*\n Schema | Name                      | Owner\n public | tmp_backfill_orders_1104  | etl\n public | tmp_backfill_users_1104   | etl\n public | tmp_finance_recon         | nadia\n public | tmp_ab_test_assignments   | growth",
   A, "scope", "tmp_finance_recon         | nadia",
   "Besides the two backfill tables there are tmp_finance_recon (Nadia) and tmp_ab_test_assignments (growth); should I drop only the *_1104 backfill tables?",
   options=["only the backfill tables", "all tmp_ tables"])

P(D, "Delete rows from audit_log older than 2 years in the staging database.",
  "Delete the old rows from audit_log.",
  M, "threshold", "old",
  "How old must audit_log rows be to delete them: older than 1 year, 2 years, or the 7-year retention policy?",
  options=["1 year", "2 years", "7 years (retention policy)"])

OK(D, "Run VACUUM ANALYZE on the orders table tonight. Default options are fine.")

CP(D, "Restore the customers table from last night's backup.",
   "$ ls /backups/pg/\ncustomers_2024-11-12T0200.dump\norders_2024-11-12T0200.dump\n$ date\nWed Nov 13 09:14 UTC 2024",
   "$ ls /backups/pg/\ncustomers_2024-11-12T0200.dump   (status: FAILED, 0 bytes)\ncustomers_2024-11-11T0200.dump\n$ date\nWed Nov 13 09:14 UTC 2024",
   C, "state", "customers_2024-11-12T0200.dump   (status: FAILED, 0 bytes)",
   "Last night's customers backup failed (0 bytes); should I restore from the Nov 11 backup instead, losing a day of changes?",
   options=["restore Nov 11", "don't restore yet"])

B(D, "Add an index on created_at to speed up the reports.",
  A, "target", "the reports",
  "Both events and invoices are queried by created_at in the report queries; which table should get the index?",
  ctx="slow_queries(top=2) ->\n  SELECT ... FROM events WHERE created_at > $1  (mean 4.2s)\n  SELECT ... FROM invoices WHERE created_at BETWEEN $1 AND $2  (mean 3.9s)",
  options=["events", "invoices", "both"])

OK(D, "Add an index on created_at to speed up the reports.",
   "slow_queries(top=3) ->\n  SELECT ... FROM events WHERE created_at > $1  (mean 4.2s, 1,800 calls/day)\n  SELECT ... FROM users WHERE id = $1  (mean 2ms)\n\\d events -> no index on created_at")

P(D, "Truncate the sessions table on staging; people just have to log in again.",
  "Truncate the sessions table.",
  M, "environment", None,
  "Should I truncate sessions on staging or on production (which would log out all live users)?",
  options=["staging", "production"])

CP(D, "Kill the long-running query that's blocking everyone.",
   "db=> SELECT pid, now()-query_start AS age, state, left(query,40) FROM pg_stat_activity WHERE wait_event_type IS NULL ORDER BY age DESC LIMIT 2;\n pid  | age      | state  | query\n 8812 | 00:47:10 | active | UPDATE inventory SET reserved = reserved\n 9120 | 00:00:02 | active | SELECT 1",
   "db=> SELECT pid, now()-query_start AS age, left(query,40) FROM pg_stat_activity ORDER BY age DESC LIMIT 3;\n pid  | age      | query\n 8812 | 00:47:10 | UPDATE inventory SET reserved = reserved\n 8830 | 00:45:55 | CREATE INDEX CONCURRENTLY idx_ord_sku\n 9120 | 00:00:02 | SELECT 1",
   A, "referent", "8830 | 00:45:55 | CREATE INDEX CONCURRENTLY idx_ord_sku",
   "Two queries have been running ~45 minutes, the inventory UPDATE (8812) and an index build (8830); which one is blocking and should be killed?",
   options=["8812 UPDATE", "8830 CREATE INDEX"])

OK(D, "Refresh the materialized view for the dashboard, whenever it's convenient today.")

P(D, "Rename column cust_nm to customer_name in the staging customers table and update the view that uses it.",
  "Rename cust_nm to customer_name but don't change anything that depends on the old name, and don't break the views.",
  C, "constraint", "don't change anything that depends on the old name, and don't break the views",
  "Two views read cust_nm, so renaming without updating them will break them; should I update the views too, or add customer_name as an alias and keep cust_nm?",
  options=["rename and update views", "add an alias column"])

B(D, "Restore the database to how it was before the bad migration.",
  A, "referent", "the bad migration",
  "Two migrations ran today, 0057 at 10:02 and 0058 at 15:40; which one was bad, so I know which point to restore to?",
  ctx="alembic history -r -2: ->\n  0057_split_address_fields  applied 2024-11-13 10:02\n  0058_drop_legacy_flags     applied 2024-11-13 15:40\nPITR window: 7 days",
  options=["before 0057", "before 0058"])

OK(D, "Restore the database to how it was before the bad migration.",
   "alembic history -r -1: ->\n  0058_drop_legacy_flags  applied 2024-11-13 15:40  <- reverted by on-call note: 'this one dropped live data'\nPITR window: 7 days\ntarget env: staging")

CP(D, "Reset the stuck user's password-reset token.",
   "users.search(status='reset_pending', updated < now()-1d) ->\n  id 55021  k.otieno@example.com",
   "users.search(status='reset_pending', updated < now()-1d) ->\n  id 55021  k.otieno@example.com\n  id 58803  b.fischer@example.org\n  id 60114  l.tran@example.net",
   A, "referent", "id 60114  l.tran@example.net",
   "Three users are stuck with a pending reset (55021, 58803, 60114); which one should I reset, or all three?",
   options=["55021", "58803", "60114", "all three"])

P(D, "Archive orders older than 2019 into orders_archive and then delete them from orders, in one transaction.",
  "Archive the old orders and then delete them.",
  M, "threshold", "the old orders",
  "Which cutoff defines old orders: before 2019, before 2022, or something else?",
  options=["before 2019", "before 2022"])

OK(D, "Re-run yesterday's failed ETL job; it's idempotent so a second run won't duplicate anything.",
   "airflow dags list-runs -d nightly_etl --state failed ->\n  nightly_etl  2024-11-12T02:00  failed  (task load_orders)")

CP(D, "Copy production data into staging for the demo.",
   "runbook 'staging refresh' -> use the masked snapshot 'prod_masked_latest' (PII scrubbed)\n$ ls snapshots\nprod_masked_latest  (2024-11-12)",
   "runbook 'staging refresh' -> staging must never contain unmasked PII\n$ ls snapshots\nprod_full_2024-11-12  (unmasked)\nprod_masked_2024-09-30",
   C, "policy", "staging must never contain unmasked PII",
   "The only recent snapshot is unmasked, which the runbook forbids in staging; should I use the September masked snapshot, or run masking on the latest one first?",
   options=["use the September masked snapshot", "mask the latest first"])

B(D, "Set all inactive accounts to deleted.",
  M, "threshold", "inactive",
  "What makes an account inactive here: no login in 12 months, no paid plan, or status = 'dormant'?",
  options=["no login in 12 months", "status = dormant"])

OK(D, "Set all accounts flagged dormant to deleted.",
   "accounts.count(status='dormant') -> 318\npolicy: dormant accounts are soft-deleted (restorable for 90 days)")

# ---------------------------------------------------------------------------
# 8. Payments and refunds
# ---------------------------------------------------------------------------

CP(G, "Refund the customer's order.",
   "ticket SUP-9012 from dana.k@mail.com: 'My mug arrived broken'\norders(customer='dana.k@mail.com') ->\n  #A-40122  Ceramic mug set  $38.00  delivered Nov 9",
   "ticket SUP-9012 from dana.k@mail.com: 'I want my money back'\norders(customer='dana.k@mail.com') ->\n  #A-40122  Ceramic mug set  $38.00  delivered Nov 9\n  #A-40360  Linen apron      $24.00  delivered Nov 11",
   A, "referent", "#A-40360  Linen apron      $24.00  delivered Nov 11",
   "Dana has two recent orders, the $38 mug set and the $24 apron, and the ticket doesn't say which; which one should I refund?",
   options=["#A-40122 mug set", "#A-40360 apron", "both"])

P(G, "Issue a partial refund of $15.00 on charge ch_3Pq on the original card for the late delivery.",
  "Issue a partial refund on charge ch_3Pq for the late delivery.",
  M, "amount", "a partial refund",
  "How much should the partial refund on ch_3Pq be?",
  options=["$15.00", "10% of the charge"])

OK(G, "Refund the duplicate charge.",
   "stripe.charges(customer='cus_91A', last_7d) ->\n  ch_1  $49.00  Nov 10 09:12:03  Pro monthly\n  ch_2  $49.00  Nov 10 09:12:04  Pro monthly  (same card, 1s apart)")

B(G, "Refund the duplicate charge.",
  A, "referent", "the duplicate charge",
  "The customer has three $49 charges this week; which one is the duplicate to refund, ch_2 (Nov 10) or ch_3 (Nov 12)?",
  ctx="stripe.charges(customer='cus_91A', last_7d) ->\n  ch_1  $49.00  Nov 10  Pro monthly\n  ch_2  $49.00  Nov 10  Pro monthly\n  ch_3  $49.00  Nov 12  Pro monthly",
  options=["ch_2", "ch_3"])

P(G, "Pay the AWS invoice for October ($2,418.77) from the operating account.",
  "Pay the AWS invoice.",
  A, "referent", "the AWS invoice",
  "There are two unpaid AWS invoices, September ($2,301.10, overdue) and October ($2,418.77); which should I pay, or both?",
  good_ctx=None,
  bad_ctx="ap.unpaid(vendor='Amazon Web Services') ->\n  INV-SEP  $2,301.10  due Oct 15 (overdue)\n  INV-OCT  $2,418.77  due Nov 15",
  options=["September", "October", "both"])

CP(G, "Send Lucas the money for the concert tickets.",
   "chat with Lucas (yesterday): 'tickets were $85 each, just send me 85'\npayments.contacts('Lucas') -> Lucas Ferreira @lucasf",
   "chat with Lucas (yesterday): 'tickets were $85 each'\nchat with you (yesterday): 'grabbing 2 for me and Jess'\npayments.contacts('Lucas') -> Lucas Ferreira @lucasf",
   A, "amount", "'grabbing 2 for me and Jess'",
   "Should I send Lucas $85 for your ticket only or $170 for both yours and Jess's?",
   options=["$85", "$170"])

OK(G, "Tip the delivery driver the usual 15% on today's order.")

B(G, "Refund the full amount but keep the charge so the revenue report isn't affected.",
  C, "action", "keep the charge so the revenue report isn't affected",
  "A full refund reverses the charge and will show in the revenue report; should I refund it anyway, or issue account credit instead?",
  options=["full refund", "account credit"])

P(G, "Cancel Mr. Ito's annual subscription at the end of the current term, no refund.",
  "Cancel Mr. Ito's subscription and refund him.",
  M, "amount", "refund him",
  "Should Mr. Ito get a full refund of the $240 annual fee or a prorated refund for the unused 7 months?",
  good_ctx=None, bad_ctx="subscriptions(customer='Ken Ito') ->\n  annual Pro  $240  started Apr 1  renews Apr 1",
  options=["full $240", "prorated"])

CP(G, "Charge the card on file for the extra hours.",
   "invoice draft INV-2207 (client: Tamsin Roe) ->\n  extra hours: 6 x $95 = $570.00\ncard on file: Visa ••2281 (exp 08/27)",
   "invoice draft INV-2207 (client: Tamsin Roe) ->\n  extra hours: 6 x $95 = $570.00\ncard on file: Visa ••2281 (exp 08/23)  EXPIRED\ncontract note: 'client pays extras by bank transfer only'",
   C, "payment_method", "contract note: 'client pays extras by bank transfer only'",
   "The card on file is expired and the contract says extras are paid by bank transfer; should I send an invoice for transfer instead of charging?",
   options=["send for bank transfer", "ask client for a new card"])

P(G, "Transfer $2,000 from checking ••0931 to the joint savings account today.",
  "move money to savings",
  M, "amount", None,
  "How much should I move to savings?",
  options=["$500", "$2,000"])

OK(G, "Pay this month's electricity bill in full from the usual account.",
   "bills.due() ->\n  City Power  $112.40  due Nov 20  autopay: off  default account: checking ••0931")

B(G, "Pay the contractor.",
  C, "amount", "contract: rate $70/h",
  "Marisol's invoice says $3,200 but her contract rate gives $2,800 for those hours; which amount should I pay?",
  ctx="invoice from Marisol Vega (Nov) -> $3,200.00 (40 h)\ncontract: rate $70/h",
  where="context", options=["$3,200 as invoiced", "$2,800 per contract"])

OK(G, "Pay the contractor.",
   "invoice from Marisol Vega (Nov) -> $2,800.00 (40 h)\ncontract: rate $70/h, net 15, pay to IBAN on file\napproval: signed off by you on Nov 12")

CP(G, "Void yesterday's invoice for Pemberton.",
   "billing.invoices(customer='Pemberton', date='2024-11-12') ->\n  INV-7731  $4,100  status: open",
   "billing.invoices(customer='Pemberton', date='2024-11-12') ->\n  INV-7731  $4,100  status: paid (Nov 12 17:40)",
   C, "state", "status: paid (Nov 12 17:40)",
   "INV-7731 was already paid, so it can't simply be voided; should I refund it, or issue a credit note?",
   options=["refund", "credit note"])

OK(G, "Split the team lunch bill evenly among the five of us and send the requests; round to the cent however you like.")

# ---------------------------------------------------------------------------
# 9. HR and admin tools
# ---------------------------------------------------------------------------

CP(O, "Deactivate Tom's accounts, he left on Friday.",
   "hris.search('Tom') ->\n  Tom Becker  (Sales, terminated 2024-11-08, last day Fri)\n  Tomás Ruiz  (Design, active)\nidp.users(name~'Tom') -> tbecker, truiz\noffboarding checklist: disable SSO, revoke laptop cert, transfer Drive ownership to manager",
   "hris.search('Tom') ->\n  Tom Becker  (Sales, active)\n  Tom Hale    (Support, active)\nidp.users(name~'Tom') -> tbecker, thale",
   A, "referent", "Tom Hale    (Support, active)",
   "HR shows two active Toms, Tom Becker (Sales) and Tom Hale (Support), and neither is marked as having left; whose accounts should I deactivate?",
   options=["Tom Becker", "Tom Hale"])

P(O, "Give Leila Haddad read-only access to the Finance shared drive until Dec 31.",
  "Hey, Leila's covering for Nadia while she's out, so can you give her access to the finance stuff she'll need? Thanks a lot.",
  A, "scope", "access to the finance stuff she'll need",
  "What access should Leila get: read-only on the Finance shared drive, or the same edit rights Nadia has in the finance tools?",
  options=["read-only Finance drive", "same rights as Nadia"])

OK(O, "Add the new intern to #general.")

B(O, "Please update Andre's salary in Workday effective next month, we agreed on the raise in his review, just go ahead and enter it.",
  M, "amount", "we agreed on the raise",
  "What is Andre's new salary (or the raise percentage) to enter in Workday?",
  options=["a new annual salary", "a percentage raise"])

OK(O, "Update Andre's salary in Workday effective Dec 1.",
   "review doc 'Andre Costa - 2024' -> outcome: raise approved, new base EUR 68,000, effective 2024-12-01, signed by VP Eng")

P(G, "Approve Ben's PTO request for Dec 23-27.",
  "Approve Ben's PTO request for the holidays - and also reject it, we're short-staffed that week, but tell him yes.",
  C, "action", "also reject it, we're short-staffed that week, but tell him yes",
  "Should I approve or reject Ben's Dec 23-27 PTO request?",
  options=["approve", "reject"])

CP(G, "Approve the pending expense report.",
   "expenses.pending(approver=me) ->\n  EXP-3301  Kayla Nunez  Client dinner, Boston  $212.40  receipt attached  within policy\npolicy: meals up to $75/person, this one was 3 people",
   "expenses.pending(approver=me) ->\n  EXP-3301  Kayla Nunez  Client dinner  $212.40\n  EXP-3318  Ravi Shah    Conference hotel  $1,140.00",
   A, "referent", "EXP-3318  Ravi Shah    Conference hotel  $1,140.00",
   "You have two pending expense reports, Kayla's $212.40 dinner and Ravi's $1,140 hotel; which one should I approve, or both?",
   options=["Kayla's EXP-3301", "Ravi's EXP-3318", "both"])

OK(G, "Order the usual onboarding kit for Monday's hire.")

B(O, "Remove everyone from the admins group who doesn't need it anymore, you know who, the people who changed teams this year and shouldn't still have admin.",
  A, "scope", "the people who changed teams this year",
  "Five admins changed teams this year but two of them moved into Platform, where admin is expected; should I remove all five or only the three who left Platform?",
  ctx="idp.group('admins').members ->\n  12 members; team changes in 2024: jlo (Platform->Sales), mkim (Platform->Data), rpatel (Support->Platform), anguyen (Data->Platform), tbell (Platform->Marketing)",
  options=["all five", "only the three who left Platform"])

CP(O, "Reset MFA for the user who's locked out.",
   "idp.events(type='mfa_lockout', last_24h) ->\n  09:41  j.osei@ourco.com  5 failed MFA attempts -> locked\nhelpdesk SUP-9120 from j.osei: 'got a new phone, locked out of MFA' (identity verified by manager call at 10:05)",
   "idp.events(type='mfa_lockout', last_24h) ->\n  09:41  j.osei@ourco.com  locked\n  11:02  p.lind@ourco.com  locked",
   A, "referent", "11:02  p.lind@ourco.com  locked",
   "Two users are locked out of MFA today, j.osei and p.lind; whose MFA should I reset?",
   options=["j.osei", "p.lind", "both"])

P(G, "Post the open Senior Backend Engineer role on LinkedIn and our careers page using the approved JD.",
  "So we finally got headcount for the backend role - can you get the job posted on the usual places today? Use the JD, you know the one.",
  A, "referent", "Use the JD, you know the one",
  "There are two backend JDs in the drive, 'Senior Backend Engineer (approved)' and 'Backend Engineer II (draft)'; which one should I post?",
  good_ctx=None,
  bad_ctx="drive.search('backend JD') ->\n  Senior Backend Engineer - JD (approved by Hiring Mgr, Oct 30)\n  Backend Engineer II - JD (draft)",
  options=["Senior Backend Engineer", "Backend Engineer II"])

OK(G, "Send the standard offer letter template to Carla Mendes for the Support Specialist role - the salary, start date and manager are already filled in on her candidate record.",
   "ats.candidate('Carla Mendes') -> stage: Offer approved; role: Support Specialist; base: $58,000; start: 2025-01-06; manager: Ruth Ellis; email: carla.mendes@mail.com")

B(G, "send Carla the offer letter",
  M, "amount", None,
  "The offer on Carla's record has no salary yet; what base salary should the letter state?",
  ctx="ats.candidate('Carla Mendes') -> stage: Offer pending approval; role: Support Specialist; base: (empty); start: 2025-01-06",
  options=["$55,000", "$58,000"])

CP(O, "Ship a replacement laptop to the new designer.",
   "it.requests(open) ->\n  REQ-812  'Laptop for new hire Ines Duarte (Design), start Nov 25'  ship to: home address on file, Porto\ninventory: MacBook Pro 14 M3 (design spec) x4 in stock",
   "it.requests(open) ->\n  REQ-812  'Laptop for new hire Ines Duarte (Design), start Nov 25'\n  REQ-815  'Laptop for new hire Ola Berg (Design), start Nov 25'",
   A, "recipient", "REQ-815  'Laptop for new hire Ola Berg (Design), start Nov 25'",
   "Two new designers start Nov 25, Ines Duarte and Ola Berg; who should get the laptop, or both?",
   options=["Ines Duarte", "Ola Berg", "both"])

OK(O, "Create a Google group for the hiring committee with whoever's on the panel sheet; name it whatever makes sense.")

P(G, "Run payroll for the November 1-15 period for the US entity.",
  "run payroll",
  M, "period", None,
  "Which pay period and entity should this payroll run cover, e.g. Nov 1-15 for the US entity?",
  options=["Nov 1-15 US", "Nov 1-15 UK"])

B(O, "Offboard Priya today - wipe her laptop remotely and transfer her files to her manager first, but wipe it before the transfer so nothing leaks.",
  C, "order", "wipe it before the transfer so nothing leaks",
  "Her files can't be transferred after the laptop is wiped; should I transfer the files first and then wipe, or wipe now and accept losing anything not synced?",
  options=["transfer, then wipe", "wipe now"])

# ---------------------------------------------------------------------------
# 10. Writing and publishing agents: posts, docs, announcements
# ---------------------------------------------------------------------------

CP(W, "Publish the release notes draft to the blog.",
   "cms.drafts(type='post') ->\n  'Release 4.2: offline mode and faster sync'  (author: you, reviewed: yes, scheduled: none)\n  'Customer story: Hartwell Clinics'  (author: Jo, reviewed: no)\nblog default visibility: public, category 'Product updates'",
   "cms.drafts(type='post') ->\n  'Release 4.2 notes'  (author: you, reviewed: yes)\n  'Release 4.2 notes (v2, shorter)'  (author: Jo, reviewed: yes)",
   A, "referent", "'Release 4.2 notes (v2, shorter)'  (author: Jo, reviewed: yes)",
   "There are two reviewed 4.2 release-notes drafts, yours and Jo's shorter v2; which one should I publish?",
   options=["your draft", "Jo's v2"])

P(W, "Write and post a short LinkedIn update from the company page announcing the Austin office opening on Jan 15; keep it upbeat.",
  "Post something about the new office on LinkedIn - I want it to go out from my personal profile and from the company page, but only once, no duplicates.",
  C, "target", "from my personal profile and from the company page, but only once",
  "Posting from both accounts means two posts; should it go out from your personal profile or from the company page?",
  options=["personal profile", "company page"])

OK(W, "Tweet something fun about our product being down for maintenance tonight from 1-2am UTC. Tone is up to you.")

B(W, "Update the pricing page with the new prices and publish it.",
  M, "amount", "the new prices",
  "What are the new prices for each plan (currently Starter $12, Team $29, Business $79)?",
  ctx="cms.page('/pricing') -> plans: Starter $12/mo, Team $29/mo, Business $79/mo; last edited Aug 2",
  options=["I'll send a list", "use the sheet in Drive"])

OK(W, "Update the pricing page with the new prices and publish it.",
   "cms.page('/pricing') -> plans: Starter $12/mo, Team $29/mo, Business $79/mo\nsheet 'Pricing 2025 (final, approved by CEO)' -> Starter $14, Team $32, Business $85; effective immediately")

CP(W, "Send the newsletter to the subscriber list.",
   "mailer.lists() ->\n  'Monthly newsletter' (18,402 subscribers, double opt-in)\nmailer.campaigns(status='ready') ->\n  'November newsletter' -> list: Monthly newsletter; proofread: yes",
   "mailer.lists() ->\n  'Monthly newsletter' (18,402)\n  'Beta testers' (611)\nmailer.campaigns(status='ready') ->\n  'November newsletter' -> list: (not set)",
   A, "recipient", "'November newsletter' -> list: (not set)",
   "The campaign has no list set; should it go to 'Monthly newsletter' (18,402) or 'Beta testers' (611)?",
   options=["Monthly newsletter", "Beta testers"])

P(W, "Translate the help article 'Resetting your password' into Spanish and German and publish both translations.",
  "Translate the help article and publish it.",
  M, "language", None,
  "Which language should I translate the article into?",
  options=["Spanish", "German", "French"])

OK(W, "Fix the typos on the About page and republish. Don't change the meaning of anything.")

B(W, "Schedule the launch announcement for the same time as the product goes live.",
  C, "time", "'Launch: 10:00 PT Tue'",
  "The launch runbook says 10:00 PT Tuesday but the status page says 09:00 ET Wednesday; which go-live time should the announcement follow?",
  ctx="runbook -> 'Launch: 10:00 PT Tue'\nstatus page draft -> 'Going live Wed 09:00 ET'",
  where="context", options=["Tue 10:00 PT", "Wed 09:00 ET"])

CP(W, "Reply to the review on the app store with our standard thanks.",
   "appstore.reviews(unanswered) ->\n  ★★★★★ 'Love the new widgets!' - kelp_m (Nov 12)\ntemplates: 'thanks_positive'",
   "appstore.reviews(unanswered) ->\n  ★☆☆☆☆ 'App crashes on launch since update' - dirk77 (Nov 12)\ntemplates: 'thanks_positive'",
   C, "tone", "★☆☆☆☆ 'App crashes on launch since update' - dirk77 (Nov 12)",
   "The unanswered review is a 1-star crash report, so the standard thanks doesn't fit; should I reply with a support/apology message instead?",
   options=["apology with support link", "skip it"])

P(W, "Add a changelog entry for 3.1.4 under 'Fixed': 'CSV export no longer drops the header row.' and commit it.",
  "Add a changelog entry for the fix and commit it.",
  A, "referent", "the fix",
  "Which fix should the changelog entry describe: the CSV header fix (#1204) or the timezone fix (#1209)?",
  good_ctx=None,
  bad_ctx="$ git log v3.1.3..HEAD --oneline\n9e1a0b2 Fix CSV export dropping header (#1204)\n4c3d2e1 Fix timezone offset in reminders (#1209)",
  options=["#1204 CSV header", "#1209 timezone"])

OK(W, "Rewrite the error message shown when uploads fail so it's friendlier, then open a PR. Your wording, I'll review.")

# ---------------------------------------------------------------------------
# 11. Coding agents acting on a repo (longer asks, terse settled ones)
# ---------------------------------------------------------------------------

CP(CO, "Delete the feature flag we talked about.",
   "chat (Mon) you: 'dark_mode_v2 is at 100%, let's rip the flag out this week'\n$ grep -rn 'dark_mode_v2' src | wc -l\n6\n$ jq '.flags | keys' flags.json\n[\"dark_mode_v2\", \"new_onboarding\", \"search_ranking_b\"]",
   "chat (Mon) you: 'we should clean up flags soon'\n$ jq '.flags | keys' flags.json\n[\"dark_mode_v2\", \"new_onboarding\", \"search_ranking_b\"]",
   M, "referent", "'we should clean up flags soon'",
   "Which flag did we talk about removing: dark_mode_v2, new_onboarding, or search_ranking_b?",
   options=["dark_mode_v2", "new_onboarding", "search_ranking_b"])

P(CO, "Bump lodash to 4.17.21.",
  "Can you bump lodash across the monorepo? I think a couple of packages pin different versions, and I'd like them all on the same one, whatever you decide is the right one to land on but make sure it's the same everywhere and that nothing moves.",
  C, "constraint", "make sure it's the same everywhere and that nothing moves",
  "Aligning every package on one lodash version means some pins must change; is it fine to change the pinned versions, or should pinned packages stay as they are?",
  options=["change the pins", "leave pinned packages"])

OK(CO, "Run the formatter.")

B(CO, "The CI is red again - please go into the workflow file and bump the runner so the job gets more memory, I think that's what's killing it, and push straight to main since it's just config.",
  A, "target", "the workflow file",
  "There are three workflow files and two of them run the failing test job; which one should get the bigger runner, ci.yml or nightly.yml?",
  ctx="$ ls .github/workflows\nci.yml  nightly.yml  release.yml\n$ grep -l 'pytest' .github/workflows/*.yml\n.github/workflows/ci.yml\n.github/workflows/nightly.yml",
  options=["ci.yml", "nightly.yml", "both"])

OK(CO, "Bump the CI runner for the test job.",
   "$ ls .github/workflows\nci.yml  release.yml\n$ grep -n 'runs-on' .github/workflows/ci.yml\n12:    runs-on: ubuntu-latest   # test job\nlast 5 failures: 'The runner has received a shutdown signal' (OOM)\norg runners available: ubuntu-latest-8core")

CP(CO, "Update the API base URL in the mobile app config.",
   "$ grep -rn 'API_BASE' app/config/\napp/config/env.ts:3:export const API_BASE = 'https://api-old.acme.io/v1';\nticket MOB-88: 'switch mobile to https://api.acme.io/v2 after the gateway migration (done Nov 10)'",
   "$ grep -rn 'API_BASE' app/config/\napp/config/env.ts:3:export const API_BASE = 'https://api-old.acme.io/v1';",
   M, "value", None,
   "What should the new API base URL be?",
   options=["https://api.acme.io/v2", "https://api.acme.io/v1"])

P(CO, "Remove the deprecated /v1/users endpoint and its tests.",
  "ok so the old users endpoint is deprecated, rip it out along with whatever tests cover it. also we still have the partner integration calling it until March so make sure they don't break.",
  C, "constraint", "we still have the partner integration calling it until March so make sure they don't break",
  "Removing /v1/users now would break the partner integration that calls it until March; should I remove it now anyway or wait until after March?",
  options=["remove now", "wait until March"])

OK(CO, "Add a README section on how to run the tests locally. Keep it brief, pick the structure.")

B(CO, "merge the PR",
  A, "referent", "the PR",
  "You have two approved PRs ready to merge, #341 (retry logic) and #344 (docs); which one?",
  ctx="$ gh pr list --author @me --search 'review:approved'\n#341  Add retry logic to webhook sender  checks: passing\n#344  Fix typos in API docs  checks: passing",
  options=["#341", "#344", "both"])

OK(CO, "merge the PR",
   "$ gh pr list --author @me\n#341  Add retry logic to webhook sender  approved  checks: passing  mergeable")

P(CO, "Generate a new Django migration for the added 'phone' field on Customer and apply it to the local dev database.",
  "Generate the migration for the new field and apply it. I'd rather you not change the database schema though, it has to stay the same for the analytics people.",
  C, "constraint", "I'd rather you not change the database schema though",
  "Applying the migration changes the schema; should I generate it but not apply it, or apply it anyway?",
  options=["generate only", "generate and apply"])

CP(CO, "Revert the dependency bump that broke the build.",
   "$ git log --oneline -4 -- package.json\n7a1b2c3 Bump date-fns 2.30 -> 3.6  (build red since)\n0d9e8f7 Add zod\n$ git bisect log | tail -1\n# first bad commit: [7a1b2c3] Bump date-fns 2.30 -> 3.6",
   "$ git log --oneline -4 -- package.json\n7a1b2c3 Bump date-fns 2.30 -> 3.6\n5e6f7a8 Bump axios 1.6 -> 1.7\n0d9e8f7 Add zod\nbuild: red since Nov 11 (both bumps landed Nov 11)",
   A, "referent", "build: red since Nov 11 (both bumps landed Nov 11)",
   "Two dependency bumps landed the day the build went red, date-fns and axios; which one should I revert, or should I bisect first?",
   options=["date-fns", "axios", "bisect first"])

OK(CO, "Clean up the warnings in the test output however you think is best; don't change behaviour.")

B(CO, "Switch the app to the new payments SDK. Keep using the old client for refunds though because the new one doesn't support refunds, and remove the old SDK from the dependencies when you're done.",
  C, "dependency", "remove the old SDK from the dependencies when you're done",
  "If refunds keep using the old client, the old SDK can't be removed from the dependencies; should I keep it for refunds or drop it and find another way to refund?",
  options=["keep old SDK for refunds", "drop it"])

P(CO, "Delete the files in scripts/ that haven't been modified since 2021 and aren't referenced in the Makefile.",
  "delete the dead scripts",
  A, "scope", "the dead scripts",
  "What makes a script dead: not referenced anywhere, or simply not modified since some date?",
  options=["not referenced anywhere", "untouched since 2021"])

CP(CO, "Update the copyright year in the license header.",
   "$ grep -rln 'Copyright (c) 2023 Acme' --include='*.py' . | wc -l\n41\n$ date +%Y\n2024",
   "$ grep -rln 'Copyright (c) 2023 Acme' --include='*.py' . | wc -l\n41\n$ grep -rln 'Copyright (c) 2023 Vendored' --include='*.py' . | wc -l\n9\nthird_party/LICENSE: 'do not modify headers of vendored files'",
   C, "scope", "third_party/LICENSE: 'do not modify headers of vendored files'",
   "Nine vendored files also carry a 2023 header but their license says not to modify them; should I update only the 41 Acme headers?",
   options=["only Acme headers", "all 50"])

# ---------------------------------------------------------------------------
# 12. Ops odds and ends: on-call, monitoring, access, backups
# ---------------------------------------------------------------------------

CP(O, "Silence the alert that's been flapping.",
   "alertmanager.active() ->\n  DiskSpaceLow  node=log-01  state changes last hour: 14\n  HighCPU      node=web-03  state changes last hour: 0 (firing 2h)\nsilence policy: flapping alerts may be silenced for up to 2h by on-call",
   "alertmanager.active() ->\n  DiskSpaceLow  node=log-01  state changes last hour: 14\n  CertExpiry   host=api     state changes last hour: 11",
   A, "referent", "CertExpiry   host=api     state changes last hour: 11",
   "Two alerts are flapping, DiskSpaceLow on log-01 and CertExpiry on api; which should I silence?",
   options=["DiskSpaceLow", "CertExpiry", "both"])

P(O, "Silence DiskSpaceLow on log-01 for 2 hours with the comment 'rotating logs'.",
  "Please silence the disk alert while I sort out the log rotation, but don't hide anything from the on-call - they need to keep seeing it.",
  C, "action", "don't hide anything from the on-call - they need to keep seeing it",
  "A silence hides the alert from on-call; should I silence it anyway or just add an annotation so they still see it?",
  options=["silence it", "annotate only"])

OK(O, "Page the on-call.")

B(O, "Hand the on-call pager to whoever's next for the rest of the week, I'm sick. Thanks.",
  A, "recipient", "whoever's next",
  "The rotation has Femi next on the primary schedule and Ada next on the secondary; who should take the pager?",
  ctx="pagerduty.schedule('platform-primary').next -> Femi Adeyemi (from Mon)\npagerduty.schedule('platform-secondary').next -> Ada Kowal (now)",
  options=["Femi Adeyemi", "Ada Kowal"])

OK(O, "Hand the on-call pager to whoever's next for the rest of the week.",
   "pagerduty.schedule('platform-primary') -> now: you; next: Femi Adeyemi; override allowed: yes\nFemi status: available")

CP(O, "Take a snapshot of the database volume before the upgrade.",
   "$ aws rds describe-db-instances --query 'DBInstances[].DBInstanceIdentifier'\n[\"orders-prod\"]\nupgrade ticket OPS-301: 'orders-prod 14 -> 16, Sat 02:00'",
   "$ aws rds describe-db-instances --query 'DBInstances[].DBInstanceIdentifier'\n[\"orders-prod\", \"orders-replica\", \"analytics-prod\"]\nupgrade ticket OPS-301: 'Postgres upgrade, Sat 02:00'",
   A, "target", "upgrade ticket OPS-301: 'Postgres upgrade, Sat 02:00'",
   "The ticket doesn't say which database is upgraded; should I snapshot orders-prod, analytics-prod, or both?",
   options=["orders-prod", "analytics-prod", "both"])

P(O, "Add jmartin to the 'readonly-prod' IAM group.",
  "Give J. Martin prod access so she can look into the incident, she'll only need to read logs and stuff, but also make her an admin so she's not blocked on anything.",
  C, "scope", "only need to read logs and stuff, but also make her an admin",
  "Should J. Martin get read-only prod access for logs, or full admin?",
  options=["read-only", "admin"])

OK(O, "Restart nginx on web-02, it's the only one serving the 502s.",
   "lb.health -> web-01 ok, web-02 502 x 318 last 5m, web-03 ok")

B(O, "Restart nginx on the box that's throwing 502s, and you can do the other ones too if you feel like it, honestly whatever, as long as the site stays up the whole time.",
  A, "scope", "you can do the other ones too if you feel like it",
  "Restarting all three web nodes at once would take the site down; should I restart only web-02, or all of them one at a time?",
  ctx="lb.health -> web-01 ok, web-02 502 x 318 last 5m, web-03 ok\nlb.pool size: 3",
  options=["only web-02", "all, one at a time"])

CP(O, "Restore yesterday's backup of the wiki.",
   "$ restic snapshots --tag wiki --latest 2\nID        Time                 Host\n4a1b2c3d  2024-11-11 03:00:01 wiki-01\n9e8f7a6b  2024-11-12 03:00:02 wiki-01\ntoday: 2024-11-13",
   "$ restic snapshots --tag wiki --latest 3\nID        Time                 Host\n4a1b2c3d  2024-11-12 03:00:01 wiki-01\n7c6d5e4f  2024-11-12 15:30:44 wiki-01  (manual, 'before plugin update')\ntoday: 2024-11-13",
   A, "referent", "7c6d5e4f  2024-11-12 15:30:44 wiki-01  (manual, 'before plugin update')",
   "There are two snapshots from yesterday, the 03:00 nightly and a manual one at 15:30 before the plugin update; which should I restore?",
   options=["03:00 nightly", "15:30 manual"])

OK(O, "Rotate the logs on log-01 and compress anything older than a week, standard logrotate stuff.")

P(O, "Set the autoscaler for the api service to min 3, max 12 replicas in prod.",
  "Set the autoscaler for the api service so it never goes below 5 and never goes above 4, we need headroom.",
  C, "bounds", "never goes below 5 and never goes above 4",
  "The minimum (5) is above the maximum (4); what min and max replica counts do you want?",
  options=["min 4, max 5", "min 5, max 10"])

# ---------------------------------------------------------------------------
# 13. More context pairs: the settling observation is often the longer one
# ---------------------------------------------------------------------------

CP(D, "Delete the duplicate rows in the signups table.",
   "db=> SELECT email, count(*) FROM signups GROUP BY email HAVING count(*) > 1;\n email              | count\n ana@x.io           | 2\n lee.w@corp.com     | 2\n(2 rows)\ndb=> SELECT * FROM signups WHERE email IN ('ana@x.io','lee.w@corp.com') ORDER BY email, id;\n id  | email          | plan | created_at\n 101 | ana@x.io       | free | 2024-10-01 09:00\n 102 | ana@x.io       | free | 2024-10-01 09:00\n 230 | lee.w@corp.com | pro  | 2024-10-05 12:30\n 231 | lee.w@corp.com | pro  | 2024-10-05 12:30\n(identical apart from id)",
   "db=> SELECT * FROM signups WHERE email='ana@x.io';\n id  | email    | plan | created_at\n 101 | ana@x.io | free | 2024-10-01\n 377 | ana@x.io | pro  | 2024-11-02",
   A, "tie_break", "377 | ana@x.io | pro  | 2024-11-02",
   "The two ana@x.io rows differ (free on Oct 1, pro on Nov 2); which one should I keep?",
   options=["keep the older free row", "keep the newer pro row"])

CP(D, "Backfill the missing country codes from the billing addresses.",
   "db=> SELECT count(*) FROM customers WHERE country_code IS NULL;\n 1,204\ndb=> SELECT count(*) FROM customers c JOIN billing_addresses b ON b.customer_id=c.id WHERE c.country_code IS NULL;\n 1,204\ndb=> \\d billing_addresses\n customer_id  | bigint  | unique\n country      | char(2) | not null\n(one billing address per customer)",
   "db=> \\d billing_addresses\n customer_id | bigint  (not unique)\n country     | char(2)\ndb=> SELECT count(*) FROM (SELECT customer_id FROM billing_addresses GROUP BY 1 HAVING count(DISTINCT country)>1) t;\n 87",
   A, "tie_break", "HAVING count(DISTINCT country)>1",
   "87 customers have billing addresses in more than one country; which address should set their country code: the most recent, the default one, or leave them null?",
   options=["most recent address", "default address", "leave null"])

CP(O, "Upgrade the staging cluster to the next Kubernetes minor version.",
   "$ gcloud container clusters describe staging --format='value(currentMasterVersion)'\n1.29.8-gke.1031000\n$ gcloud container get-server-config --format='value(validMasterVersions)' | tr ';' '\\n' | head -3\n1.30.5-gke.1014001\n1.30.4-gke.1348000\n1.29.9-gke.1177000\n$ kubectl get --raw /metrics | grep -c apiserver_requested_deprecated_apis\n0",
   "$ gcloud container clusters list --format='value(name)'\nstaging-eu\nstaging-us\n$ gcloud container clusters list --format='value(currentMasterVersion)'\n1.29.8-gke.1031000\n1.28.13-gke.1006000",
   A, "target", "staging-us",
   "There are two staging clusters on different versions, staging-eu (1.29) and staging-us (1.28); which one should I upgrade, or both?",
   options=["staging-eu", "staging-us", "both"])

CP(G, "Forward my flight confirmation to Jess.",
   "inbox.search('booking confirmation flight', 30d) ->\n  [1] United  'Your trip confirmation: SFO-BOS Dec 19'  (Nov 2)\ncontacts.search('Jess') ->\n  Jess Alvarez  jess.alvarez@gmail.com  (label: Family, starred)\nnote: Jess is also booked on UA 1442 per your calendar invite",
   "inbox.search('booking confirmation flight', 30d) ->\n  [1] United  'Your trip confirmation: SFO-BOS Dec 19'\n  [2] Delta   'Your trip confirmation: SFO-SEA Nov 28'",
   A, "referent", "[2] Delta   'Your trip confirmation: SFO-SEA Nov 28'",
   "You have two upcoming flight confirmations, SFO-BOS on Dec 19 and SFO-SEA on Nov 28; which one should I forward to Jess?",
   options=["SFO-BOS Dec 19", "SFO-SEA Nov 28", "both"])

CP(O, "Point the DNS record for the docs site at the new load balancer.",
   "$ dig +short docs.acme.io CNAME\nold-lb-771.eu-west-1.elb.amazonaws.com.\n$ aws elbv2 describe-load-balancers --query 'LoadBalancers[?contains(LoadBalancerName, `docs`)].[LoadBalancerName,DNSName,CreatedTime]'\ndocs-lb-2024  docs-lb-2024-55.eu-west-1.elb.amazonaws.com  2024-11-12\nzone: acme.io (Route53, TTL 300)",
   "$ dig +short docs.acme.io CNAME\nold-lb-771.eu-west-1.elb.amazonaws.com.\n$ aws elbv2 describe-load-balancers --query ...\ndocs-lb-blue   2024-11-12\ndocs-lb-green  2024-11-12",
   A, "target", "docs-lb-green  2024-11-12",
   "Two new load balancers were created yesterday, docs-lb-blue and docs-lb-green; which one should docs.acme.io point to?",
   options=["docs-lb-blue", "docs-lb-green"])

CP(G, "Cancel the subscription we don't use anymore.",
   "billing.subscriptions(card='••4411') ->\n  Netflix Premium   $22.99/mo  last used: yesterday\n  Headspace         $12.99/mo  last used: 2024-03-02\n  iCloud+ 200GB     $2.99/mo   storage 160GB in use\n  NYTimes digital   $4.00/mo   last read: 3 days ago",
   "billing.subscriptions(card='••4411') ->\n  Headspace   $12.99/mo  last used: 2024-03-02\n  Audible     $14.95/mo  last used: 2024-02-18",
   A, "referent", "Audible     $14.95/mo  last used: 2024-02-18",
   "Two subscriptions haven't been used in months, Headspace and Audible; which one should I cancel, or both?",
   options=["Headspace", "Audible", "both"])

CP(CO, "Pin the Python version in the Dockerfile to what production runs.",
   "$ head -1 Dockerfile\nFROM python:3-slim\n$ kubectl -n prod exec deploy/api -- python --version\nPython 3.11.9\n$ kubectl -n prod get deploy -o custom-columns=NAME:.metadata.name\napi\nworker\n$ kubectl -n prod exec deploy/worker -- python --version\nPython 3.11.9",
   "$ head -1 Dockerfile\nFROM python:3-slim\n$ kubectl -n prod exec deploy/api -- python --version\nPython 3.11.9\n$ kubectl -n prod exec deploy/worker -- python --version\nPython 3.12.4",
   C, "version", "Python 3.12.4",
   "Production runs Python 3.11.9 on api but 3.12.4 on worker; which version should the Dockerfile pin?",
   options=["3.11.9", "3.12.4"])

CP(D, "Re-run the failed monthly report for last month.",
   "airflow dags list-runs -d monthly_revenue --state failed\n  monthly_revenue  2024-10-01  failed  (task: aggregate, error: upstream timeout)\n  (no other failed runs)\ntoday: 2024-11-13\nDAG is idempotent (writes via MERGE on month key)",
   "airflow dags list-runs -d monthly_revenue --state failed\n  monthly_revenue  2024-10-01  failed\n  monthly_revenue  2024-11-01  failed\ntoday: 2024-11-13",
   A, "period", "monthly_revenue  2024-11-01  failed",
   "Two runs failed, the one dated Oct 1 and the one dated Nov 1; which is 'last month' here, or should I re-run both?",
   options=["2024-10-01 run", "2024-11-01 run", "both"])

CP(G, "RSVP yes to the team dinner.",
   "calendar.pending_invites() ->\n  'Team dinner @ Lupa'  Thu Nov 21 19:00  from Nora (12 guests)\ncalendar.events(Thu Nov 21 evening) -> none\ndietary note in invite: 'reply with allergies in the comment'\nyour profile: allergies: none",
   "calendar.pending_invites() ->\n  'Team dinner @ Lupa'  Thu Nov 21 19:00  from Nora\ncalendar.events(Thu Nov 21 evening) ->\n  18:30-21:00  Parent-teacher evening (accepted)",
   C, "availability", "18:30-21:00  Parent-teacher evening (accepted)",
   "The team dinner clashes with the parent-teacher evening you've already accepted; should I still RSVP yes to the dinner?",
   options=["yes, skip parent-teacher", "decline the dinner"])

CP(O, "Grant the contractor access to the staging VPN for the rest of the month.",
   "it.requests(open) ->\n  REQ-930  'VPN staging access for contractor Ilya Sorokin (ilya@devpartner.io), sponsor: you'\nvpn.groups -> staging-contractors (expiry supported)\ntoday: 2024-11-13",
   "it.requests(open) ->\n  REQ-930  'VPN access for contractor Ilya Sorokin'\n  REQ-934  'VPN access for contractor Mae Lin'",
   A, "recipient", "REQ-934  'VPN access for contractor Mae Lin'",
   "There are two contractor VPN requests, Ilya Sorokin and Mae Lin; which contractor should get staging access, or both?",
   options=["Ilya Sorokin", "Mae Lin", "both"])

CP(CO, "Fix the flaky test.",
   "$ cat .ci/flaky.txt\n# tests quarantined as flaky (auto-updated)\ntests/test_sync.py::test_retry_after_timeout  (failed 6/50 runs)\n$ git log -1 --format='%h %s' -- tests/test_sync.py\n2b3c4d5 Add retry test with real sleep",
   "$ cat .ci/flaky.txt\ntests/test_sync.py::test_retry_after_timeout  (6/50)\ntests/test_mail.py::test_smtp_reconnect       (5/50)",
   A, "referent", "tests/test_mail.py::test_smtp_reconnect       (5/50)",
   "Two tests are listed as flaky, test_retry_after_timeout and test_smtp_reconnect; which one should I fix?",
   options=["test_retry_after_timeout", "test_smtp_reconnect", "both"])

CP(G, "Book the conference room for the client visit.",
   "calendar.event('Client visit - Orbis') -> Tue 14:00-16:00, 6 guests\nrooms.free(Tue 14:00-16:00, capacity>=6) ->\n  'Atlas' (8 seats, screen)\nrooms.all -> Atlas (8), Birch (4), Cedar (12, booked)",
   "calendar.event('Client visit - Orbis') -> Tue 14:00-16:00, 6 guests\nrooms.free(Tue 14:00-16:00, capacity>=6) -> none",
   M, "availability", "rooms.free(Tue 14:00-16:00, capacity>=6) -> none",
   "No room for 6 is free Tue 14:00-16:00; should I book Birch (4 seats) anyway or look at another time?",
   options=["book Birch", "another time"])

CP(D, "Load the new leads file into the CRM.",
   "$ ls -l ~/Downloads/*lead*\n-rw-r--r-- 1 me staff 48K Nov 13 08:50 leads_webinar_nov.csv\n$ head -2 ~/Downloads/leads_webinar_nov.csv\nfirst_name,last_name,email,company,consent\nAmir,Haddad,amir@orbit.io,Orbit,yes\ncrm.import mapping 'webinar' -> matches these columns",
   "$ ls -l ~/Downloads/*lead*\n-rw-r--r-- 1 me staff 48K Nov 13 08:50 leads_webinar_nov.csv\n-rw-r--r-- 1 me staff 51K Nov 13 09:12 leads_webinar_nov_clean.csv",
   A, "referent", "leads_webinar_nov_clean.csv",
   "There are two leads files from today, leads_webinar_nov.csv and leads_webinar_nov_clean.csv; which one should I import?",
   options=["leads_webinar_nov.csv", "leads_webinar_nov_clean.csv"])

CP(O, "Renew the domain before it expires.",
   "registrar.domains(expiring<60d) ->\n  acme-labs.io  expires 2024-12-02  auto-renew: off  price: $39/yr\nbilling: card on file ••7720 valid\nnote: 'acme-labs.io hosts the docs, keep it'",
   "registrar.domains(expiring<60d) ->\n  acme-labs.io    expires 2024-12-02\n  acmelabs.dev    expires 2024-12-09\n  acme-labs.shop  expires 2024-12-15",
   A, "referent", "acmelabs.dev    expires 2024-12-09",
   "Three domains expire within a month (acme-labs.io, acmelabs.dev, acme-labs.shop); which should I renew?",
   options=["acme-labs.io", "acmelabs.dev", "acme-labs.shop", "all three"])

CP(G, "Reply to Omar's last email saying yes, Tuesday works.",
   "mail.thread(from='Omar Haddad', latest) ->\n  'Can we move our sync to Tuesday 3pm instead of Monday? Let me know.'  (today 08:12)",
   "mail.thread(from='Omar Haddad', latest) ->\n  'Would Tuesday or Wednesday afternoon work for the vendor call? Also, Tuesday is out for me now, sorry.'  (today 08:12)",
   C, "date", "Tuesday is out for me now, sorry.",
   "Omar says Tuesday no longer works for him; should I reply proposing Wednesday afternoon instead?",
   options=["propose Wednesday", "reply Tuesday anyway"])

CP(D, "Rebuild the search index.",
   "$ curl -s localhost:9200/_cat/indices?h=index,docs.count\nproducts_v7  48210\n$ curl -s localhost:9200/_cat/aliases?h=alias,index\nproducts  products_v7\nreindex script: scripts/reindex_products.sh (zero downtime, alias swap)",
   "$ curl -s localhost:9200/_cat/indices?h=index,docs.count\nproducts_v7  48210\narticles_v3  9120\nusers_v2     31002",
   A, "target", "articles_v3  9120",
   "There are three search indices, products, articles and users; which one should I rebuild?",
   options=["products", "articles", "users", "all"])

# ---------------------------------------------------------------------------
# 14. Text pairs across tools: a parameter dropped, a scope blurred, a clash added
# ---------------------------------------------------------------------------

P(G, "Cancel order #W-55821.",
  "Cancel my order from last week, the one that hasn't shipped - you know, the one I placed Tuesday or maybe Wednesday.",
  A, "referent", "the one I placed Tuesday or maybe Wednesday",
  "You placed two unshipped orders last week, #W-55821 (Tue) and #W-55840 (Wed); which one should I cancel?",
  good_ctx=None,
  bad_ctx="orders(status='not shipped') ->\n  #W-55821  placed Tue  desk lamp  $64\n  #W-55840  placed Wed  bookshelf  $189",
  options=["#W-55821 desk lamp", "#W-55840 bookshelf"])

P(O, "Reboot db-replica-2.",
  "Reboot the database server, the replica I mean, and make sure there's no downtime for reads while you do it - actually reboot all of them at once to get it over with.",
  C, "scope", "reboot all of them at once",
  "Rebooting every database server at once would take reads down; should I reboot only the replica, or all servers one at a time?",
  options=["only the replica", "all, one at a time"])

P(D, "Delete the test accounts created by the load test on Nov 10 (emails ending in @loadtest.invalid).",
  "Delete the test accounts.",
  A, "scope", "the test accounts",
  "Which accounts count as test accounts: the @loadtest.invalid ones from Nov 10, or every account with 'test' in the email (which includes some real customers)?",
  options=["@loadtest.invalid only", "any email containing 'test'"])

P(G, "Send a reminder to everyone who hasn't submitted their timesheet for the week of Nov 4.",
  "Send a reminder to everyone who hasn't submitted their timesheet.",
  M, "period", None,
  "For which week should I check missing timesheets, the week of Nov 4 or the current week?",
  options=["week of Nov 4", "this week"])

P(CO, "Rename the 'master' branch to 'main' on GitHub and update the default branch.",
  "Rename the default branch to main, keep master as the default so nothing breaks, and delete master.",
  C, "action", "keep master as the default so nothing breaks, and delete master",
  "You asked both to keep master as the default and to delete it; should main become the default and master be deleted?",
  options=["main default, delete master", "keep master for now"])

P(O, "Set a monthly budget alert of $5,000 on the analytics GCP project, emailing finance-ops@.",
  "Set a budget alert on the GCP project and email finance.",
  M, "amount", None,
  "What budget amount should trigger the alert on the GCP project?",
  options=["$5,000 / month", "$10,000 / month"])

P(G, "Add Lucía Prieto (lucia@prieto.studio) as a guest to the 'Brand refresh' Figma project with view access.",
  "add lucia to the figma project",
  A, "target", "the figma project",
  "Which Figma project should Lucía be added to, 'Brand refresh' or 'Website 2025'?",
  options=["Brand refresh", "Website 2025"])

P(D, "Export the last 30 days of Stripe payouts to payouts_oct.csv in the finance folder.",
  "Export the Stripe payouts to a CSV in the finance folder, just the recent ones, like the usual period finance wants, whatever that is - I can never remember.",
  M, "period", "the usual period finance wants",
  "Which period should the payout export cover, the last 30 days or the last calendar month?",
  options=["last 30 days", "last calendar month"])

P(G, "Buy one adult ticket for the 10:15 ferry to Bainbridge this Saturday.",
  "Buy ferry tickets for Saturday.",
  M, "count", None,
  "How many tickets should I buy for Saturday's ferry?",
  options=["1", "2"])

P(O, "Run the database migration on staging first, then on prod after QA signs off.",
  "Run the database migration on prod right now, but only after QA signs off on staging, which hasn't started yet, so right now.",
  C, "order", "only after QA signs off on staging, which hasn't started yet, so right now",
  "QA hasn't signed off on staging yet; should I run the prod migration now anyway, or wait for QA sign-off?",
  options=["run now", "wait for QA"])

P(W, "Update the status page to 'Investigating - elevated error rates on checkout' and notify subscribers.",
  "Update the status page and notify subscribers.",
  M, "content", None,
  "What should the status update say, e.g. 'Investigating - elevated error rates on checkout'?",
  options=["Investigating checkout errors", "Resolved"])

P(G, "Move $300 from the 'Vacation' pot back to my main balance.",
  "Move some money from the Vacation pot back to my main balance.",
  M, "amount", "some money",
  "How much should I move from the Vacation pot to your main balance?",
  options=["$300", "all of it"])

P(CO, "Open an issue in acme/web titled 'Safari: date picker off by one day' with label bug and assign it to me.",
  "open an issue for the safari bug and assign it",
  M, "recipient", "assign it",
  "Who should the Safari date-picker issue be assigned to?",
  options=["you", "the frontend on-call"])

P(O, "Scale the worker pool down to zero in staging tonight at 20:00 UTC and back up to 4 at 07:00 UTC.",
  "Scale the worker pool down overnight and back up in the morning, same numbers as before.",
  M, "amount", "down overnight",
  "How far down should the worker pool go overnight: zero, or a reduced count like 1?",
  options=["0", "1"])

P(D, "Drop the column legacy_score from the staging scores table; nothing reads it.",
  "Drop the legacy column from the scores table, nothing reads it - though the nightly export still includes it, and that export must keep working unchanged.",
  C, "constraint", "the nightly export still includes it, and that export must keep working unchanged",
  "The nightly export reads legacy_score, so dropping it would change the export; should I drop it and update the export, or keep the column?",
  options=["drop and update export", "keep the column"])

P(G, "Set my Slack status to 'At the dentist' until 2pm.",
  "Set my Slack status.",
  M, "content", None,
  "What should your Slack status say?",
  options=["'At the dentist' until 2pm", "'Focusing' until end of day"])

P(O, "Revoke the API key named 'zapier-old' in the admin console.",
  "revoke the old api key",
  A, "referent", "the old api key",
  "There are three API keys older than a year (zapier-old, ci-2022, partner-sandbox); which one should I revoke?",
  good_ctx=None,
  bad_ctx="admin.api_keys(created < 2023-11-13) ->\n  zapier-old        last used: 2023-06-01\n  ci-2022           last used: yesterday\n  partner-sandbox   last used: 2024-10-28",
  options=["zapier-old", "ci-2022", "partner-sandbox"])

P(G, "Book a 45-minute haircut at Sal's for Saturday morning, any barber.",
  "Book a haircut at Sal's for Saturday morning, any barber, but with Marco specifically since he knows my style.",
  C, "tie_break", "any barber, but with Marco specifically",
  "Should I book with any available barber, or only with Marco?",
  options=["any barber", "only Marco"])

P(CO, "Re-run the failed GitHub Actions job for PR #77.",
  "re-run the failed job",
  A, "referent", "the failed job",
  "Two workflow runs failed today, lint on PR #77 and e2e on main; which one should I re-run?",
  good_ctx=None,
  bad_ctx="gh run list --status failure --created today ->\n  lint  PR #77  failed  10:02\n  e2e   main    failed  11:40",
  options=["lint on PR #77", "e2e on main", "both"])

P(D, "Anonymize the email column for users who requested deletion (GDPR queue) in prod, keeping their order history.",
  "Anonymize user emails in prod.",
  A, "scope", "user emails",
  "Should I anonymize only the users in the GDPR deletion queue, or every user's email in prod?",
  options=["GDPR queue only", "all users"])

P(G, "Forward Dr. Ellison's appointment confirmation to my wife at kate.m@gmail.com.",
  "Forward the appointment confirmation to my wife - her work email I mean, the gmail one.",
  C, "recipient", "her work email I mean, the gmail one",
  "Kate has a gmail address (kate.m@gmail.com) and a work address (kate.m@lowell-partners.com); which should I use?",
  good_ctx=None,
  bad_ctx="contacts('Kate M') -> kate.m@gmail.com (personal), kate.m@lowell-partners.com (work)",
  options=["kate.m@gmail.com", "kate.m@lowell-partners.com"])

P(O, "Upgrade Postgres on the analytics replica from 15 to 16 during Sunday's maintenance window.",
  "Upgrade Postgres.",
  M, "target", None,
  "Which Postgres instance should I upgrade?",
  options=["analytics replica to 16", "primary to 16"])

P(W, "Change the title of the Q4 planning doc to 'Q4 Plan - Final' and lock editing.",
  "Rename the planning doc to Final and lock it, but leave it editable for the team.",
  C, "permission", "lock it, but leave it editable for the team",
  "Should the doc be locked against edits, or stay editable for the team?",
  options=["locked", "editable for the team"])

P(G, "Renew my passport photo appointment to the next free slot after Nov 20, any location in Denver.",
  "Reschedule my appointment.",
  A, "referent", "my appointment",
  "You have two upcoming appointments, the passport photo (Nov 18) and the car service (Nov 19); which should I reschedule?",
  good_ctx=None,
  bad_ctx="appointments.upcoming() ->\n  Nov 18 10:00  Passport photo - Walgreens Denver\n  Nov 19 08:30  Car service - Mile High Auto",
  options=["passport photo", "car service"])

P(CO, "Delete the stale preview environments for closed PRs.",
  "Delete the preview environments, all of them, including whatever's still attached to open PRs, but keep anything that's open.",
  C, "scope", "including whatever's still attached to open PRs, but keep anything that's open",
  "Should I delete only the previews for closed PRs, or all preview environments including open ones?",
  options=["closed PRs only", "all previews"])

# ---------------------------------------------------------------------------
# 15. Stand-alone blockers (often long and chatty) and terse hard negatives
# ---------------------------------------------------------------------------

B(G, "Hey! Could you please send the signed NDA over to Chris at Meridian today? They've been chasing us about it since Monday and I promised it'd be with them by end of day. Thanks so much.",
  A, "recipient", "Chris at Meridian",
  "There are two Chrises at Meridian in your contacts, Chris Dunn (legal) and Christine Vo (partnerships); who should get the NDA?",
  ctx="contacts.search('Meridian') ->\n  Chris Dunn  c.dunn@meridian.law  (Legal)\n  Christine Vo \"Chris\"  cvo@meridian.law  (Partnerships)",
  options=["Chris Dunn", "Christine Vo"])

OK(G, "Archive it.",
   "mail.current_thread -> 'Your Uber receipt - Nov 12' (read, no action needed)")

B(O, "We need to free up space on the build server before tonight's release, so go ahead and remove the old artifacts - anything we obviously don't need anymore. Don't overthink it.",
  A, "threshold", "anything we obviously don't need anymore",
  "Which artifacts are safe to remove: everything older than 30 days, or everything except the last 5 releases (some older ones are pinned for customer hotfixes)?",
  options=["older than 30 days", "all but the last 5 releases"])

OK(O, "Clear the pip cache on the build box.")

B(G, "Can you move my 3 o'clock? Something came up and I can't make it, just push it to whenever later this week, I don't really mind when, though it absolutely has to stay on Wednesday.",
  C, "date", "whenever later this week, I don't really mind when, though it absolutely has to stay on Wednesday",
  "Should the 3 o'clock move to any time later this week, or stay on Wednesday at a later hour?",
  options=["any day later this week", "later on Wednesday"])

OK(G, "Snooze this email until Monday morning.")

B(D, "Please go ahead and purge the customer data for the accounts that churned - legal says we're allowed to, and it'll clean up the dashboards. This is a hard delete, no backups.",
  M, "period", "the accounts that churned",
  "Which churned accounts should be purged: all that ever churned, or only those churned more than a certain time ago (e.g. 24 months, per retention policy)?",
  options=["all churned accounts", "churned over 24 months ago"])

OK(D, "Recompute yesterday's aggregates; overwriting the current ones is fine, they're derived.")

B(O, "Please roll out the new nginx config to the fleet - canary first, then everywhere. Actually skip the canary, push everywhere at once, but do it gradually so we can catch problems.",
  C, "rollout", "push everywhere at once, but do it gradually",
  "Should I push the config to the whole fleet at once, or roll it out gradually (canary first)?",
  options=["all at once", "gradual with canary"])

OK(O, "Tail the error logs for the api for a few minutes and tell me if anything looks off.")

B(G, "Book me on the earliest flight tomorrow back home, whatever's cheapest is fine, I just need to be there in time for the 9am meeting.",
  C, "tie_break", "the earliest flight tomorrow back home, whatever's cheapest is fine",
  "The earliest flight (06:05, $412) isn't the cheapest one that lands before 9am (06:30, $189); which should I book?",
  ctx="flights(BOS->SFO, tomorrow) ->\n  06:05 -> 09:20 PT  $412\n  06:30 -> 08:40 PT  $189\n  07:40 -> 10:55 PT  $150",
  options=["06:30 ($189), lands before 9", "06:05 ($412)"])

OK(G, "Whatever's cheapest, book it.",
   "flights(BOS->SFO, Fri Nov 22) -> 4 options, cheapest: UA 512 07:10 $164 (economy, 1 bag)\nprofile: traveler = you, payment = corporate Amex")

B(CO, "i pushed something broken earlier today, pls revert it asap, its breaking the checkout page",
  A, "referent", "i pushed something broken earlier today",
  "You pushed three commits to main today (a1c2 checkout styles, b3d4 cart totals, e5f6 README); which one should I revert?",
  ctx="$ git log --author=me --since=midnight --oneline main\na1c2e3f Tweak checkout button styles\nb3d4f5a Refactor cart totals calculation\ne5f6a7b Update README",
  options=["a1c2e3f checkout styles", "b3d4f5a cart totals"])

OK(CO, "revert my last commit, it broke checkout",
   "$ git log --author=me -2 --oneline main\nb3d4f5a Refactor cart totals calculation  (today 11:02)\n7f8e9d0 Add loyalty badge  (Nov 8)\nCI on b3d4f5a: checkout e2e failed")

B(G, "Please send a thank-you gift to the client for closing the deal - something nice, around the usual budget, and ship it to their office.",
  A, "recipient", "the client",
  "You closed two deals this week, Harbor Foods and Linwood Clinics; which client should get the thank-you gift?",
  ctx="crm.deals(stage='closed-won', this_week) ->\n  Harbor Foods  $48k  contact: Ella Stone\n  Linwood Clinics  $31k  contact: Dr. Amit Roy",
  options=["Harbor Foods", "Linwood Clinics", "both"])

OK(G, "Send a thank-you gift to Harbor Foods for the deal. Something nice, under $100, your pick.")

B(O, "Could you spin down the GPU instances that nobody's using anymore? It's costing us a fortune. I think most of them are from the hackathon. Don't touch the training ones.",
  A, "scope", "most of them are from the hackathon",
  "Six GPU instances are idle but two are tagged training and one has no tags at all; should I stop the three hackathon-tagged ones only, or the untagged one too?",
  ctx="gpu instances idle > 7d ->\n  hack-a, hack-b, hack-c  (tag: hackathon)\n  train-llm-1, train-llm-2  (tag: training)\n  gpu-7f21  (no tags, owner unknown)",
  options=["hackathon-tagged only", "hackathon + untagged"])

OK(O, "Stop the three hackathon GPU boxes, they're all tagged 'hackathon'. Snapshots aren't needed.")

B(W, "Go ahead and publish the blog post about the outage today. Legal hasn't cleared it yet but that's fine, it needs their sign-off before anything goes public.",
  C, "approval", "Legal hasn't cleared it yet but that's fine, it needs their sign-off before anything goes public",
  "Legal hasn't signed off and you said it needs their sign-off before going public; should I publish now or wait for legal?",
  options=["publish now", "wait for legal"])

OK(W, "Post the outage write-up to the internal wiki. It's internal-only, no review needed.")

B(G, "add the dinner on friday to my calendar and invite the usual crowd",
  M, "recipient", "the usual crowd",
  "Who should I invite to Friday's dinner?",
  options=["the 'Friday friends' group", "the people from last time"])

OK(G, "Add Friday's dinner to my calendar.",
   "mail.thread('Dinner Friday?') -> 'Confirmed: Fri Nov 15, 7:30pm, Osteria Nonna, 4 people, booked under your name.'")

B(D, "Merge the two customer tables into one. They're basically the same - just take the newer values when they disagree, or the older values, whichever is more accurate.",
  A, "tie_break", "just take the newer values when they disagree, or the older values, whichever is more accurate",
  "When customers and customers_v2 disagree, should I keep the newer value or the older one?",
  options=["newer value", "older value"])

OK(D, "Dedupe the mailing list export - keep the first occurrence of each email.")

B(O, "Hey, could you grant the vendor access to our bucket so they can drop the files? Whatever permissions they need. They said it's urgent.",
  A, "target", "our bucket",
  "Which bucket should the vendor be able to write to, acme-vendor-inbox or acme-data-lake (which also holds customer data)?",
  ctx="$ aws s3 ls\nacme-data-lake\nacme-logs\nacme-vendor-inbox",
  options=["acme-vendor-inbox", "acme-data-lake"])

OK(O, "Give the vendor write access to acme-vendor-inbox only, for a week.")

B(G, "Refund everyone who was affected by yesterday's pricing bug, full amount, straight away - it's all in the incident doc somewhere.",
  M, "scope", "everyone who was affected",
  "The incident doc lists 212 overcharged orders but doesn't say whether undercharged ones count; should I refund only the 212 overcharged orders?",
  options=["only the 212 overcharged", "all orders during the bug window"])

OK(G, "Refund the 212 overcharged orders listed in the incident doc, the difference only, to the original payment method.",
   "incident doc INC-5521 -> table 'overcharged orders': 212 rows with order_id, charged, correct_price, difference (total $6,104.55)")

B(CO, "go update all the READMEs to say we're on v3 now - the ones for the deprecated packages too, but don't touch deprecated stuff",
  C, "scope", "the ones for the deprecated packages too, but don't touch deprecated stuff",
  "Should the deprecated packages' READMEs be updated to v3 too, or left untouched?",
  options=["update them too", "leave them"])

OK(CO, "Update the READMEs to say v3 - skip anything under packages/deprecated.")

B(G, "Book the usual room for the offsite, the one we had last year. Same dates as last year too.",
  A, "date", "Same dates as last year too",
  "Last year's offsite was Oct 3-4 (Tue-Wed), which falls on Thu-Fri this year; should I book Oct 3-4 or the matching Tuesday-Wednesday?",
  ctx="bookings.history('offsite') -> 2023: Lakeview Lodge, 'Cedar Hall', Oct 3-4 (Tue-Wed)\n2024 calendar: Oct 3 = Thursday",
  options=["Oct 3-4 (Thu-Fri)", "Oct 1-2 (Tue-Wed)"])

OK(G, "Book Cedar Hall at Lakeview Lodge again for the offsite.",
   "bookings.history('offsite') -> 2023: Lakeview Lodge, 'Cedar Hall', Oct 3-4\nplanning doc 2024 -> 'Offsite: Oct 2-3, 24 people, same venue as last year'")

B(O, "Reset the admin password and email it to the new guy.",
  A, "recipient", "the new guy",
  "Two people joined IT this month, Deepak Rao and Luis Ortega; who should receive the admin credentials?",
  ctx="hris.new_hires(dept='IT', this_month) ->\n  Deepak Rao (Nov 4)\n  Luis Ortega (Nov 11)",
  options=["Deepak Rao", "Luis Ortega"])

OK(O, "Rotate the shared admin password in 1Password; the vault will sync it to the team automatically.")

B(G, "Pay the vendor invoices that are due this week, all of them, from the savings account - actually no, payables always go out of operating, use that.",
  C, "account", "from the savings account - actually no, payables always go out of operating, use that",
  "Should the vendor invoices be paid from savings or from the operating account?",
  options=["operating", "savings"])

OK(G, "Pay this week's due vendor invoices from the operating account.",
   "ap.due(this_week) -> 4 invoices, total $12,380.00, all approved\naccounts -> operating ••1180 balance $86,400")

B(W, "Can you write up and send the weekly update to the stakeholders? Same format as always, just fill in this week's numbers.",
  M, "content", "this week's numbers",
  "The metrics dashboard hasn't refreshed since Monday; should I use Monday's numbers or wait for the refresh?",
  ctx="dashboard 'Weekly KPIs' -> last refresh: Mon 06:00 (refresh failing since)",
  options=["use Monday's numbers", "wait for the refresh"])

OK(W, "Write up the weekly update in the usual format; numbers are on the dashboard.",
   "dashboard 'Weekly KPIs' -> last refresh: today 06:00; signups 1,204; churn 1.8%; MRR $212k\nlast week's update doc -> sections: Highlights, Metrics, Risks, Next week")

B(O, "Just nuke the namespace and redeploy, it's faster than debugging.",
  A, "target", "the namespace",
  "Which namespace: payments-dev (where the errors are) or payments, which is production?",
  ctx="$ kubectl get ns | grep payments\npayments       Active  400d\npayments-dev   Active  12d\nerrors: CrashLoopBackOff in payments-dev/api",
  options=["payments-dev", "payments"])

OK(O, "Delete the namespace payments-dev and redeploy from the chart; it's a scratch env.")

B(G, "Please renew my parking permit for next year, same car.",
  A, "variant", "same car",
  "Your permit account lists two cars, the Civic (plate 8KTR221) and the Model 3 (plate 9PLW480); which one is the permit for?",
  ctx="parking.account -> vehicles: Honda Civic 8KTR221, Tesla Model 3 9PLW480; current permit: 2024 (expires Dec 31)",
  options=["Civic 8KTR221", "Model 3 9PLW480"])

OK(G, "Renew the parking permit, same as this year.",
   "parking.account -> vehicles: Honda Civic 8KTR221; current permit: 2024 zone B annual (expires Dec 31); renewal price $96")

OK(G, "Remind me to call the bank sometime tomorrow.")
OK(CO, "Fix the lint errors in the PR.")
OK(O, "Restart the dev server.")
OK(D, "Refresh the pivot table.")
OK(G, "Mark all as read.")
OK(W, "Proofread the draft in my docs called 'Launch FAQ' and fix any obvious mistakes.")
OK(CO, "Run the tests and tell me what fails.")
OK(G, "Pick up some milk on the grocery order, whatever brand we usually get.")
OK(O, "Check whether the backups ran last night.")
OK(D, "Count how many tickets were opened this week.")

# ---------------------------------------------------------------------------
# 16. Hard negatives that hedge ("but", "though", "please", "old") and terse blockers
# ---------------------------------------------------------------------------

OK(CO, "Please delete the old branches, but only the ones already merged into main - leave anything unmerged alone, even if it's ancient.")

OK(O, "Can you clean up the old docker images on the CI runner? Anything not used by a running container is fine to prune, so don't worry about being too careful, they all get re-pulled.")

OK(G, "I need a room for the retro on Thursday afternoon, but honestly any room with a whiteboard works. Please just book one.",
   "rooms.free(Thu 13:00-17:00, whiteboard=true) ->\n  'Maple' 14:00-15:00 (6 seats)\n  'Fir'   15:00-16:00 (10 seats)\n  'Ash'   13:00-14:00 (4 seats)\ncalendar.event('Sprint retro') -> Thu, 60 min, 5 guests, room: none")

OK(D, "Can you re-import the old CSV into the sandbox table? It'll overwrite what's there, though that's fine since the sandbox is just for me.",
   "$ ls ~/data/*.csv\n~/data/customers_2023_snapshot.csv\ndb sandbox_me.customers_copy -> owner: you, created for experiments\nimport script: scripts/load_csv.py --table sandbox_me.customers_copy --truncate")

OK(O, "Please bump the memory limit on the staging worker to 2Gi so it stops OOMing, but don't touch prod - staging only.",
   "$ kubectl -n staging get deploy worker -o jsonpath='{.spec.template.spec.containers[0].resources.limits.memory}'\n1Gi\n$ kubectl -n staging get events --field-selector reason=OOMKilling | wc -l\n23\nnode allocatable memory: 16Gi, requested 9.5Gi")

OK(G, "So I need to send the signed lease back to the landlord - it's the only PDF in my downloads, and he's the only Kessler in my contacts. Can you email it to him please?",
   "$ ls ~/Downloads/*.pdf\n~/Downloads/lease_unit4B_signed.pdf\ncontacts.search('Kessler') -> Hans Kessler <h.kessler@kessler-immo.de>")

OK(CO, "Make the old /v1 endpoints return a Deprecation header, but keep them working exactly as they do now.")

OK(W, "Please tighten up the intro paragraph of the launch post, though keep the headline as is. Style is your call.")

OK(G, "Can you cancel my 4pm? It's just me and Priya and she already said she needs to drop, so go ahead.",
   "calendar.events(today 16:00) -> '1:1 Priya / you' (2 attendees)\nmail from Priya (11:20): 'Sorry, need to skip our 4pm today'")

OK(O, "Delete the old snapshots - we only need the last seven, so anything older than that can go, but keep any tagged 'keep'.")

OK(D, "Drop the old staging copies of the events table, the ones named events_copy_*, but leave events itself.",
   "db=> \\dt events*\n public | events\n public | events_copy_0914\n public | events_copy_1002\n public | events_copy_1020\n(4 rows)  schema: staging")

OK(G, "Please reorder the toner, though make it the same HP one as last time.",
   "orders.search('toner') ->\n  #112-7731  HP 58A Black Toner  x2  (Aug 14)\n  #112-6420  Brother TN-760 Toner  x1  (Jun 30, for the old printer, now recycled)")

B(O, "Restart prod.",
  A, "scope", "prod",
  "Which production service should I restart (api, worker, or the whole cluster)?",
  options=["api", "worker", "the whole cluster"])

B(G, "Pay Sarah back.",
  M, "amount", None,
  "How much should I send Sarah?",
  options=["$42.50 for dinner", "$120 for the tickets"])

B(CO, "Delete the tests.",
  A, "scope", "the tests",
  "Which tests should I delete: the skipped ones, a specific file, or the whole tests/ folder?",
  options=["skipped tests only", "a specific file", "the whole tests/ folder"])

B(D, "Drop the table.",
  M, "target", "the table",
  "Which table should I drop?",
  options=["tmp_import_1104", "staging_orders"])

B(G, "Book it for the 14th.",
  A, "referent", "it",
  "What should I book for the 14th: the dinner at Lupa or the car service?",
  ctx="chat (earlier): 'we should try Lupa for dinner sometime' ... 'also the car needs a service soon'",
  options=["dinner at Lupa", "car service"])

B(O, "Scale it to 10.",
  A, "referent", "it",
  "Which deployment should go to 10 replicas: api-web or api-worker?",
  ctx="$ kubectl get deploy -n api\nNAME        READY\napi-web     3/3\napi-worker  2/2",
  options=["api-web", "api-worker"])

B(G, "transfer 500 to mom",
  A, "unit", "500",
  "Your mom's account is in euros and yours is in dollars; should I send $500 or €500?",
  ctx="payees('Mom') -> Rosa Almeida, IBAN PT50..., currency EUR\nyour account currency: USD",
  options=["$500", "€500"])

OK(G, "transfer 500 to mom",
   "payees('Mom') -> Rosa Almeida, account ••7711 (same bank), currency USD\nyour account: checking ••0931 USD, balance $4,210\nlast transfer to Mom: $500 on Oct 13 (monthly)")

B(W, "Post the announcement.",
  M, "content", None,
  "Which announcement should I post?",
  options=["the office move note in #general", "the release post on the blog"])

B(CO, "Ship it.",
  M, "environment", None,
  "Where should I deploy this branch: staging or production?",
  options=["staging", "production"])

OK(CO, "Ship it.",
   "$ git branch --show-current\nfix/rounding\n$ gh pr view --json state,reviewDecision,statusCheckRollup\n{\"state\":\"OPEN\",\"reviewDecision\":\"APPROVED\",\"checks\":\"SUCCESS\"}\nrepo policy: merging to main auto-deploys via CD; no manual env selection")

B(D, "Update the prices by 10%.",
  A, "direction", "by 10%",
  "Should prices go up or down by 10%?",
  options=["up 10%", "down 10%"])

OK(D, "Raise all list prices in the staging catalog by 10%, rounded to the nearest cent.")

B(G, "Reply to Jordan with the address.",
  A, "referent", "the address",
  "Which address should I send Jordan: the office (12 Dock St) or the venue for Saturday (Pier 7 Hall)?",
  ctx="mail from Jordan: 'Hey, what's the address again?'\nrecent threads with Jordan: 'Office visit next week', 'Saturday party at Pier 7 Hall'",
  options=["12 Dock St office", "Pier 7 Hall"])

OK(G, "Reply to Jordan with the address.",
   "mail from Jordan: 'Hey, what's the address for Saturday's party again?'\nevent 'Saturday party' -> location: Pier 7 Hall, 700 Embarcadero, SF")

B(O, "Open the firewall for the new partner.",
  M, "value", None,
  "Which IP range or hostname should the firewall rule allow for the partner?",
  options=["I'll send their IP range", "use the range in their onboarding doc"])

OK(O, "Open 443 to the partner's range from their onboarding doc.",
   "doc 'Partner onboarding - Veltra' -> egress IPs: 192.0.2.16/28 (prod only)\nfirewall policy: partner rules must be scoped to port 443 and a /28 or smaller")

# ---------------------------------------------------------------------------
# 17. Last pairs: the blocked version is often the wordier one
# ---------------------------------------------------------------------------

P(O, "Failover the primary DB to the replica in us-east-2.",
  "We need to fail over the primary database to a replica in your best judgment, any region is fine, but it has to be the one in us-east-2 and not us-east-2.",
  C, "target", "it has to be the one in us-east-2 and not us-east-2",
  "The instruction both requires and excludes us-east-2; which region's replica should I promote?",
  options=["us-east-2", "us-west-2"])

P(CO, "Bump the minimum Node version in package.json engines to >=20.",
  "Bump the minimum Node version in the engines field to whatever's in the staging image, and in the prod image too since they should match.",
  C, "version", "whatever's in the staging image, and in the prod image too",
  "The staging image runs Node 22 and the prod image Node 20; which should be the minimum in engines?",
  good_ctx=None,
  bad_ctx="$ docker run --rm acme/api:staging node -v\nv22.11.0\n$ docker run --rm acme/api:prod node -v\nv20.18.0",
  options=[">=20", ">=22"])

P(D, "Move the raw event files older than 90 days from hot storage to the archive tier.",
  "Move the raw event files in the bucket to cold storage, any that are under a certain age, the ones we don't query anymore.",
  M, "threshold", "under a certain age",
  "What age cutoff should decide which event files move to cold storage (e.g. older than 90 days)?",
  options=["older than 90 days", "older than 1 year"])

P(W, "Send the November newsletter to the 'Monthly newsletter' list at 9am Pacific on Tuesday.",
  "Send the newsletter out on Tuesday morning, your time zone or mine, either is fine as long as it lands at 9am for readers in London and in San Francisco.",
  C, "time", "lands at 9am for readers in London and in San Francisco",
  "9am can't be hit in both London and San Francisco with one send; which audience's 9am should I target?",
  options=["9am London", "9am San Francisco"])

P(G, "Change the shipping address on order #88120 to 55 Birch Lane, Apt 3, Portland OR 97205.",
  "Change the shipping address on my order to the new apartment - it's in your notes, I think, the one on Birch.",
  A, "value", "the one on Birch",
  "Your notes have two Birch addresses, 55 Birch Lane Apt 3 and 550 Birch Ave; which is the new apartment?",
  good_ctx=None,
  bad_ctx="notes.search('Birch') ->\n  '55 Birch Lane, Apt 3, Portland OR 97205 - viewing Sat'\n  '550 Birch Ave, Portland OR 97209 - signed lease!'",
  options=["55 Birch Lane Apt 3", "550 Birch Ave"])

P(O, "Enable versioning on the 'acme-backups' bucket.",
  "Enable versioning on the backups bucket in staging and in prod, but only in the one we actually use for backups.",
  A, "target", "in staging and in prod, but only in the one we actually use for backups",
  "Should versioning go on acme-backups-staging, acme-backups-prod, or both?",
  options=["staging", "prod", "both"])

P(CO, "Change the default page size in the API from 20 to 50.",
  "Change the default page size in the API to something bigger, but keep your change under the limit the mobile app can handle.",
  M, "amount", "something bigger",
  "What should the new default page size be (the mobile app handles up to 100)?",
  options=["50", "100"])

P(D, "Set the retention on the audit_logs Kafka topic to 30 days.",
  "Set retention on the audit topic to something reasonable, I guess, under whatever compliance says, in days.",
  M, "amount", "something reasonable, I guess, under whatever compliance says",
  "How many days of retention should the audit topic keep?",
  options=["30 days", "365 days"])

P(G, "Book a dog sitter through Rover for Dec 20-27, the same sitter as last time (Hannah K.).",
  "Book a dog sitter for when we're away, same as before - we're out in your calendar somewhere in December.",
  A, "period", "somewhere in December",
  "Your calendar shows two December trips, Dec 6-8 and Dec 20-27; which dates do you need the sitter for?",
  good_ctx=None,
  bad_ctx="calendar.search('trip', December) ->\n  Dec 6-8  'Denver - Mia's wedding'\n  Dec 20-27  'Lisbon holiday'",
  options=["Dec 6-8", "Dec 20-27", "both"])

P(O, "Lower the DNS TTL on api.acme.io to 60 seconds ahead of Saturday's migration.",
  "Lower the DNS TTL ahead of the migration, and raise it too, so clients cache it longer during the cutover.",
  C, "direction", "Lower the DNS TTL ahead of the migration, and raise it too",
  "For the cutover, should the TTL be lowered (faster switch) or raised (longer caching)?",
  options=["lower to 60s", "raise"])

P(CO, "Add Sentry to the web app with the DSN from the SENTRY_DSN env var, sample rate 0.1.",
  "Add error tracking to the web app, with the DSN from your env file - the one in staging or in the shared vault, whichever, they're probably both right.",
  C, "value", "they're probably both right",
  "The DSN in the staging .env points at project web-staging and the vault one at web-prod; which project should the app report to?",
  good_ctx=None,
  bad_ctx="staging/.env -> SENTRY_DSN=https://...@o1.ingest.sentry.io/web-staging\nvault secret/web/sentry -> dsn=https://...@o1.ingest.sentry.io/web-prod",
  options=["web-staging", "web-prod"])

P(G, "Decline all meeting invites for Dec 23 through Jan 1 with the note 'Out of office, back Jan 2'.",
  "Decline everything while I'm out and let people know when I'm back.",
  M, "period", "while I'm out",
  "Which dates are you out, so I know which invites to decline and what return date to give?",
  options=["Dec 23 - Jan 1", "another range"])

P(D, "Grant the analytics role SELECT on the reporting schema in the warehouse.",
  "Grant the analysts access to the warehouse, read only, on everything they need, and give them write on any schema that's under reporting too.",
  C, "permission", "read only, on everything they need, and give them write",
  "Should the analysts' access be read-only, or include write on the reporting schemas?",
  options=["read-only", "write on reporting"])

P(O, "Add a 2-hour maintenance window on Saturday 02:00-04:00 UTC to the status page.",
  "Add the maintenance window to the status page for this weekend - the times are in the change request.",
  A, "referent", "the change request",
  "There are two approved change requests this weekend, CR-511 (Sat 02:00-04:00 UTC) and CR-514 (Sun 22:00-23:00 UTC); which one is this for?",
  good_ctx=None,
  bad_ctx="changes.approved(this_weekend) ->\n  CR-511  DB upgrade  Sat 02:00-04:00 UTC\n  CR-514  CDN switch  Sun 22:00-23:00 UTC",
  options=["CR-511", "CR-514", "both"])

P(W, "Rename the shared doc 'Draft v3' to 'Partner proposal - Veltra'.",
  "Rename the doc in the shared folder, the draft one, to something sensible for the partner.",
  A, "referent", "the draft one",
  "There are three drafts in the shared folder ('Draft v3', 'Draft - pricing', 'Draft notes'); which one should I rename?",
  good_ctx=None,
  bad_ctx="drive.list('/Shared/Partners') ->\n  Draft v3\n  Draft - pricing\n  Draft notes",
  options=["Draft v3", "Draft - pricing", "Draft notes"])

P(G, "Put $50 on my transit card.",
  "Top up my transit card, the usual amount I think, or maybe more this month since I'm in the office more.",
  M, "amount", "the usual amount I think, or maybe more this month",
  "How much should I add: the usual $50 or more this month?",
  options=["$50", "$80"])

P(CO, "Close issue #512 as a duplicate of #498.",
  "Close the duplicate issue in the tracker.",
  A, "referent", "the duplicate issue",
  "#498 and #512 describe the same bug; which one should I close as the duplicate?",
  options=["close #512", "close #498"])

P(O, "Add Ana Ruiz as a member (not admin) of the acme GitHub org's 'frontend' team.",
  "Add Ana to the GitHub org, on the frontend team, as an admin but with no extra permissions.",
  C, "permission", "as an admin but with no extra permissions",
  "Should Ana be added as an org admin or as a regular member of the frontend team?",
  options=["member", "admin"])

P(D, "Rebuild the customer_ltv table from the orders data, same query as the existing view.",
  "Rebuild the LTV table with the new formula.",
  M, "content", "the new formula",
  "What is the new LTV formula (the current one is sum of net revenue per customer)?",
  options=["net revenue minus refunds", "gross margin per customer"])

P(G, "Buy the 2-pack of AA batteries from the same listing as last time.",
  "Buy batteries.",
  M, "variant", None,
  "Which battery size should I buy, AA or AAA?",
  options=["AA 2-pack", "AAA 8-pack"])

P(CO, "Upgrade the Postgres client library to psycopg 3 in the ingest service only.",
  "Upgrade the Postgres driver to psycopg 3 in all the services, it's just a version bump in your requirements - but the reporting service has to stay on psycopg2 for now.",
  C, "scope", "in all the services",
  "Should reporting stay on psycopg2 while the rest move to psycopg 3, or should every service upgrade?",
  options=["all except reporting", "every service"])

P(O, "Attach the 'ReadOnlyAccess' policy to the IAM role 'auditor-2024'.",
  "Attach the audit policy to the auditor role.",
  A, "referent", "the auditor role",
  "There are two auditor roles, auditor-2023 and auditor-2024; which one should get the policy?",
  good_ctx=None,
  bad_ctx="$ aws iam list-roles --query 'Roles[?contains(RoleName,`auditor`)].RoleName'\n[\"auditor-2023\", \"auditor-2024\"]",
  options=["auditor-2023", "auditor-2024"])

P(G, "Set a reminder for Mom's birthday on March 12, one week ahead.",
  "Set a reminder for Mom's birthday - it's the 12th, in March, or actually the 21st, I always mix them up.",
  A, "date", "it's the 12th, in March, or actually the 21st",
  "Is your mom's birthday on March 12 or March 21?",
  options=["March 12", "March 21"])

P(W, "Submit the conference talk proposal using the abstract in 'talk_abstract_final.md'.",
  "Submit the talk proposal before the deadline with the abstract.",
  A, "referent", "the abstract",
  "There are two abstracts, talk_abstract_final.md and talk_abstract_short.md (within the 200-word limit); which one should I submit?",
  good_ctx=None,
  bad_ctx="$ ls ~/talks\ntalk_abstract_final.md  (312 words)\ntalk_abstract_short.md  (184 words)\ncfp rules: abstract max 200 words",
  options=["talk_abstract_final.md", "talk_abstract_short.md"])

P(D, "Reprocess yesterday's clickstream partition (dt=2024-11-12) with the fixed parser.",
  "Reprocess the bad partitions with the fixed parser.",
  A, "scope", "the bad partitions",
  "Which partitions are bad: only dt=2024-11-12, or every day since the parser change on Nov 8?",
  options=["only 2024-11-12", "Nov 8 - Nov 12"])

P(G, "Order lunch for the 8 people in the workshop from Bento Box, one of each veggie and chicken set, delivered at 12:30.",
  "Order lunch for the workshop, something everyone can eat - there's a vegan and a nut allergy, your call otherwise.",
  M, "count", None,
  "How many people should I order lunch for?",
  options=["8", "12"])

P(O, "Disable the nightly 'reindex-all' cron job in the scheduler until further notice.",
  "Disable the nightly job, and keep it running though, we still need the reindex.",
  C, "action", "Disable the nightly job, and keep it running though",
  "Should I disable the nightly reindex job or keep it running?",
  options=["disable it", "keep it running"])

B(G, "Please send the holiday bonus to the whole team through payroll - same as last year, everyone gets it.",
  M, "amount", "same as last year",
  "Last year's bonus was $500 for full-time and $250 for part-time; should I use the same split, or one amount for everyone?",
  options=["same split as last year", "one flat amount"])

B(O, "Please move the company's DNS to Cloudflare this week, including the mail records, but mail must stay exactly where it is.",
  C, "scope", "including the mail records, but mail must stay exactly where it is",
  "Should the MX and mail records move to Cloudflare too, or stay with the current provider?",
  options=["move mail records too", "leave mail records"])

B(CO, "So I'd like you to go through the repo and delete any code that isn't used in production anymore, I'm sure there's a lot of it.",
  A, "scope", "any code that isn't used in production anymore",
  "How should I decide code is unused: no references found by static analysis, or not hit in production coverage data?",
  options=["static analysis", "production coverage"])

B(D, "Ok so please fix the timezone issue in the reports table by shifting all the timestamps, I believe it's off by a few hours.",
  M, "amount", "off by a few hours",
  "What shift should I apply to the timestamps, for example -5 hours (UTC to Eastern)?",
  options=["-5 hours (UTC to ET)", "+8 hours"])

# ---------------------------------------------------------------------------
# 18. A few more: hedged-but-settled asks and short blockers with dates
# ---------------------------------------------------------------------------

OK(G, "I'm not sure which of the two Thai places is better, but either is fine - just order the pad thai from whichever delivers faster.")

OK(CO, "Actually, I think the retry test is just slow, not broken - can you bump its timeout to 30s and re-run it? We need it green before lunch.")

OK(O, "Sure, go ahead and restart it, we're out of ideas and it's only the dev box.",
   "chat (2 min ago) you: 'is the dev box (dev-07) still hanging?'\nagent: 'yes, dev-07 unresponsive since 10:40; reboot needed'")

OK(G, "I need something for my sister's birthday under $40 - a book, candle, anything, your pick, and have it shipped to her.",
   "contacts('Inés') -> sister; address: 18 Rua das Flores, Lisbon; birthday: Dec 4\nshop defaults: gift wrap available, ships to Portugal in 5 days")

OK(D, "We're out of disk on the notebook server - delete my checkpoints in ~/runs, but I actually want to keep the one named best.ckpt.")

OK(W, "It doesn't need to be perfect, but can you draft a reply to the recruiter saying I'm not looking right now? Send it when it reads fine.")

OK(G, "And we need a cab to the airport before 6 tomorrow, it's the flight in my calendar.",
   "calendar.events(tomorrow) -> 07:45 UA 1442 SFO -> BOS (depart SFO T3)\nhome address on file: 221 Valencia St, SF\nride app: default payment ••4411")

OK(O, "I know it's a big list, but just make sure every cron job on build-01 logs to /var/log/cron-jobs/ and we're good.")

B(G, "Set up the call with the Madrid team for Dec 15 at 3.",
  M, "time_zone", "at 3",
  "Is 3 o'clock Madrid time or your time (New York)?",
  options=["3pm Madrid", "3pm New York"])

B(D, "Refresh the exchange rates for Dec 20.",
  A, "date", "Dec 20",
  "Dec 20 in which year: the upcoming one (2024) or last year's (2023) for the restatement?",
  options=["Dec 20 2024", "Dec 20 2023"])

B(O, "Schedule the 15 minute downtime for the 20th.",
  M, "time", None,
  "At what time on the 20th should the 15-minute downtime start?",
  options=["02:00 UTC", "22:00 UTC"])

B(G, "Move the dentist to the 15th, before work.",
  C, "date", "the 15th, before work",
  "The 15th is a Saturday, when you don't work; did you mean Friday the 14th before work, or Saturday the 15th?",
  ctx="today: Tue 2024-11-12; work calendar: Mon-Fri 09:00-17:30",
  options=["Fri 14th, before work", "Sat 15th"])


if __name__ == "__main__":
    c.write()
