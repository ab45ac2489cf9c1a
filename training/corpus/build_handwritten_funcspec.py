"""Hand-written probe training data: coding function specifications ("funcspec").

Problem-statement / docstring style specs (a signature, a description and a
few input -> output examples) for invented problems: string processing, lists,
dicts, dates and times, geometry, parsing, money arithmetic, intervals, graphs,
matrices, text formatting and validation, plus bug reports and refactor
requests written in the same style.

Most items are contrastive pairs: a complete spec (label 0) and the same spec
with ONE hand-chosen degradation (label 1):
  * missing       a key requirement sentence removed (empty input, nothing
                  found, invalid input, return shape, inclusive range, ...);
  * ambiguous     a precise term replaced by a vague one ("within 5 km" ->
                  "nearby", "ties alphabetical" dropped, ...);
  * contradictory an example contradicting the prose, two conflicting
                  sentences, or a signature contradicting the description.
About a fifth of the rows are stand-alone complete or blocked specs.

Every spec is written out literally below.  ``E(good, old, new, ...)`` states
one hand-written edit: the blocked text is ``good`` with the exact passage
``old`` (which must occur once) replaced by ``new``; ``also`` lists further
hand-written edits that only reword or pad and add no second blocker.  ``PR``
takes both texts literally, ``CP`` one request with two contexts, ``OK`` and
``BL`` stand-alone items.  Rows go through ``Corpus`` from ``_writer``.
Deterministic, stdlib only.

Usage: python training/corpus/build_handwritten_funcspec.py
writes training/corpus/handwritten_funcspec.jsonl next to this file, then
python -m training.corpus.check_corpus training/corpus/handwritten_funcspec.jsonl
"""

from __future__ import annotations

from pathlib import Path

from training.corpus._writer import Corpus

C = Corpus("hwf", Path(__file__).with_name("handwritten_funcspec.jsonl"))
M, A, X = "missing", "ambiguous", "contradictory"
_NEW = object()


def E(good, old, new, typ, sub, q, span=_NEW, opts=(), also=()):
    """Pair: the blocked text is ``good`` with the passage ``old`` replaced by ``new``."""
    if good.count(old) != 1:
        raise ValueError(f"edit target must occur once: {old!r}")
    bad = good.replace(old, new)
    for o, n in also:
        if bad.count(o) != 1:
            raise ValueError(f"extra edit target must occur once: {o!r}")
        bad = bad.replace(o, n)
    if span is _NEW:
        span = new.strip() or None
    C.pair("coding", good, bad, typ, sub, span, q, options=opts)


def PR(good, bad, typ, sub, span, q, opts=()):
    """Pair with both texts written out."""
    C.pair("coding", good, bad, typ, sub, span, q, options=opts)


def CP(text, good_ctx, bad_ctx, typ, sub, span, q, opts=()):
    """One request; a context that settles it (0) and one that blocks it (1)."""
    C.context_pair("coding", text, good_ctx, bad_ctx, typ, sub, span, q, options=opts)


def OK(text, ctx=None):
    C.ok("coding", text, ctx)


def BL(text, typ, sub, span, q, opts=(), ctx=None, where="text"):
    C.blocked("coding", text, typ, sub, span, q, ctx=ctx, where=where, options=opts)


# ---------------------------------------------------------------------------
# String processing
# ---------------------------------------------------------------------------

E('''def rle_encode(s: str) -> str:
    """Run-length encode a string: each maximal run of one character becomes the
    character followed by the run length. Runs of length 1 keep their count too.
    Comparison is case-sensitive. The empty string encodes to the empty string.

    >>> rle_encode("aaabcc")
    'a3b1c2'
    >>> rle_encode("AaA")
    'A1a1A1'
    """''',
  "'a3b1c2'", "'a3bc2'", X, "example_conflict",
  "The docstring says runs of length 1 keep their count, but the example gives 'a3bc2'; "
  "should a single character be written as 'b1' or as 'b'?",
  opts=["always write the count (b1)", "omit the count for single characters (b)"])

E('''Write `smart_title(text: str) -> str`. It capitalizes the first letter of every word and lowercases the rest of the word, except that the words "a", "an", "the", "of", "and", "in" stay all lowercase unless they are the first word. Words are separated by single spaces and the spacing is kept as it is.

Examples:
  smart_title("the lord OF the rings") -> "The Lord of the Rings"
  smart_title("") -> ""''',
  'the words "a", "an", "the", "of", "and", "in" stay', "short words stay", A, "definition",
  "Which words count as 'short words' that stay lowercase: a fixed list (a, an, the, of, and, in) "
  "or every word up to a certain number of letters?",
  span="short words",
  opts=["a fixed list of articles/prepositions", "any word of 3 letters or fewer"])

E('''def first_above(values: list[float], threshold: float) -> int:
    """Return the index of the first element strictly greater than `threshold`.
    If no element is greater, return -1.

    first_above([1.0, 4.5, 2.0, 7.1], 4.0) -> 1
    first_above([1, 2], 5) -> -1
    """''',
  "\n    If no element is greater, return -1.", "", M, "not_found",
  "What should first_above return when no element exceeds the threshold: -1, None, or raise ValueError?",
  span="Return the index of the first element strictly greater than `threshold`.",
  opts=["-1", "None", "raise ValueError"],
  also=[("\n    first_above([1, 2], 5) -> -1", "")])

E('''Write a function slugify(title) for our blog URLs. Lowercase the title, replace every run of characters that are not a-z or 0-9 with a single hyphen, and strip hyphens from both ends. Non-ASCII letters are simply dropped (treated like punctuation). Cap the result at 60 characters, cutting at the last hyphen before the limit if there is one, so words aren't split.

slugify("Hello, World!") -> "hello-world"
slugify("  10 Tips & Tricks  ") -> "10-tips-tricks"''',
  "Cap the result at 60 characters, cutting at the last hyphen before the limit if there is one, so words aren't split.",
  "Also make sure the slugs don't get too long, since some titles are whole sentences.", A, "limit",
  "What maximum length should a slug have, and may it cut through a word or only at a hyphen?",
  span="don't get too long",
  opts=["60 characters, cut at the last hyphen", "80 characters, hard cut"])

E('''def mask_email(email: str) -> str:
    """Mask the local part of an e-mail address for display: keep its first and
    last character and replace everything in between with '*', one per character.
    Local parts of 1 or 2 characters are returned unchanged. The domain is never masked.

    mask_email("jonathan@example.com") == "j******n@example.com"
    mask_email("al@x.org") == "al@x.org"
    """''',
  'mask_email("al@x.org") == "al@x.org"', 'mask_email("al@x.org") == "a*@x.org"', X, "example_conflict",
  "Short local parts are said to stay unchanged, but the example masks 'al' to 'a*'; "
  "should 1-2 character local parts be masked or left alone?",
  opts=["leave them unchanged", "mask all but the first character"])

E('''Implement top_words(text: str, k: int) -> list[tuple].

Split the text into words on any non-letter character and lowercase them. Return the k most frequent words with their counts, sorted descending by count, ties broken alphabetically. If there are fewer than k distinct words, return all of them.

Example: top_words("b a b c a b", 2) -> [("b", 3), ("a", 2)]''',
  "sorted descending by count, ties broken alphabetically", "sorted by count", A, "tie_breaking",
  "When two words have the same count, how should they be ordered: alphabetically or by first appearance in the text?",
  opts=["alphabetically", "by first appearance"])

E('''truncate(text: str, width: int) -> str

Return text unchanged if len(text) <= width. Otherwise cut it so that the result, including a trailing "...", is exactly width characters long. width is always at least 3.

truncate("hello world", 8) -> "hello..."
truncate("hi", 8) -> "hi"''',
  'truncate("hello world", 8) -> "hello..."', 'truncate("hello world", 8) -> "hello wo..."', X, "example_conflict",
  "Should the '...' count toward width (giving 'hello...') as the text says, or be appended after width "
  "characters (giving 'hello wo...') as the example shows?",
  opts=["count the ellipsis in width", "append it after width characters"])

PR('''def camel_to_snake(name: str) -> str:
    """Convert a camelCase or PascalCase identifier to snake_case.

    A run of capitals is one word (an acronym), so "HTTPServer" becomes "http_server"
    and "getHTTPResponseCode" becomes "get_http_response_code". Digits stay attached
    to the word before them: "base64Encode" -> "base64_encode".
    """''',
   '''def camel_to_snake(name: str) -> str:
    """Convert a camelCase or PascalCase identifier to snake_case, e.g.
    "parseJson" -> "parse_json". Identifiers in our code base are full of
    acronyms like HTTP, URL and ID, and some contain digits (base64Encode).
    """''',
   A, "acronyms", "full of\n    acronyms like HTTP, URL and ID",
   "How should a run of capitals be split: 'HTTPServer' -> 'http_server' or 'h_t_t_p_server'?",
   opts=["treat a run of capitals as one word (http_server)", "split before every capital (h_t_t_p_server)"])

E('''def char_histogram(s: str) -> dict[str, int]:
    """Count how often each character occurs in s, ignoring spaces. Keys are single
    characters and values are counts; characters that do not occur are absent.

    char_histogram("aab b") -> {"a": 2, "b": 2}
    """''',
  "def char_histogram(s: str) -> dict[str, int]:", "def char_histogram(s: str) -> list[tuple]:",
  X, "signature_conflict",
  "The signature returns list[tuple] but the docstring and example describe a dict; which return type do you want?",
  span="-> list[tuple]", opts=["dict[str, int]", "list[tuple]"])

E('''Write wrap(text, width) that word-wraps a paragraph. Greedily put as many words on each line as fit in width characters (the single spaces between words count, no trailing spaces) and return the lines as a list of strings. A single word longer than width goes on its own line unbroken. Runs of whitespace in the input collapse to one space.

wrap("the quick brown fox", 10) -> ["the quick", "brown fox"]''',
  " A single word longer than width goes on its own line unbroken.", "", M, "edge_case",
  "What should happen to a single word longer than width: put it on its own line unbroken, split it across lines, or raise an error?",
  span="Greedily put as many words on each line as fit in width characters",
  opts=["own line, unbroken", "hard-split the word", "raise ValueError"])

E('''def parse_kv(line: str) -> dict[str, str]:
    """Parse 'key=value' pairs separated by semicolons, e.g. "a=1;b=2" -> {"a": "1", "b": "2"}.

    Whitespace around keys and values is stripped. Empty segments (from ";;" or a
    trailing ";") are skipped. A segment without "=" raises ValueError. If a key
    repeats, the last value wins.
    """''',
  " If a key\n    repeats, the last value wins.", "", M, "duplicate_keys",
  "If the same key appears twice in a line, should the first value win, the last value win, or should it raise ValueError?",
  span="Parse 'key=value' pairs separated by semicolons",
  opts=["first wins", "last wins", "raise ValueError"])

E('''Implement initials(full_name: str) -> str. Return the uppercase first letter of each name part followed by a period, with no spaces. Hyphenated parts count as separate parts. Leading and trailing spaces are ignored.

initials("ada lovelace") -> "A.L."
initials("Jean-Luc Picard") -> "J.L.P."''',
  'initials("Jean-Luc Picard") -> "J.L.P."', 'initials("Jean-Luc Picard") -> "J.P."', X, "example_conflict",
  "The text says hyphenated parts count separately, but the example gives 'J.P.' for Jean-Luc Picard; "
  "should 'Jean-Luc' give 'J.L.' or just 'J.'?",
  opts=["J.L.P.", "J.P."])

E('''def similar(a: str, b: str) -> bool:
    """Return True if a and b are within Levenshtein distance 2 of each other
    (insertions, deletions and substitutions each cost 1), comparing case-insensitively."""''',
  "within Levenshtein distance 2 of each other\n    (insertions, deletions and substitutions each cost 1)",
  "close enough to each other", A, "threshold",
  "What counts as 'close enough': an edit-distance threshold (which one?) or a similarity ratio such as 0.8?",
  opts=["Levenshtein distance <= 1", "Levenshtein distance <= 2", "similarity ratio >= 0.8"])

E('''strip_comment(line: str) -> str

Remove a trailing comment from one line of our config format. A comment starts at the first '#' that is not inside double quotes (quotes are never escaped in this format). Return the part before the comment with trailing whitespace removed; a line without a comment is returned with trailing whitespace removed as well.

strip_comment('name = "a#b"  # owner') -> 'name = "a#b"'
strip_comment("x = 1") -> "x = 1"''',
  """strip_comment('name = "a#b"  # owner') -> 'name = "a#b"'""",
  """strip_comment('name = "a#b"  # owner') -> 'name = "a'""", X, "example_conflict",
  "The rule says a '#' inside double quotes is not a comment, but the example cuts at the quoted '#'; which behaviour is right?",
  span="""'name = "a'""", opts=["ignore '#' inside quotes", "cut at the first '#' anywhere"])

E('''Write group_anagrams(words: list[str]) -> list[list]. Two words are anagrams if they contain the same letters the same number of times, compared case-insensitively. Return the groups in the order their first word appears in the input, and keep the words inside each group in input order. A word with no partner forms a group of one.

group_anagrams(["listen", "Google", "silent", "enlist"]) -> [ ["listen", "silent", "enlist"], ["Google"] ]''',
  " Return the groups in the order their first word appears in the input, and keep the words inside each group in input order.",
  "", M, "ordering",
  "In what order should the groups, and the words inside each group, be returned: input order or sorted alphabetically?",
  span="Write group_anagrams(words: list[str]) -> list[list].",
  opts=["input order", "alphabetical"],
  also=[('\n\ngroup_anagrams(["listen", "Google", "silent", "enlist"]) -> [ ["listen", "silent", "enlist"], ["Google"] ]', "")])

E('''def is_hex_color(s: str) -> bool:
    """True if s is a CSS hex colour: '#' followed by exactly 3 or 6 hex digits
    (0-9, a-f, case-insensitive). No surrounding whitespace is allowed.

    is_hex_color("#1A2b3c") -> True
    is_hex_color("#abcd") -> False
    """''',
  "'#' followed by exactly 3 or 6 hex digits\n    (0-9, a-f, case-insensitive)", "a valid hex colour", A, "definition",
  "Which forms count as a valid hex colour: only #RGB and #RRGGBB, or also the 4/8-digit alpha forms and values without the '#'?",
  opts=["#RGB and #RRGGBB only", "also #RGBA and #RRGGBBAA", "also without '#'"],
  also=[('\n    is_hex_color("#abcd") -> False', "")])

E('''dedupe(names: list[str]) -> list[str]

Remove duplicate names, comparing case-insensitively and ignoring leading/trailing spaces, and keep the first occurrence exactly as it was written (original case and spacing). Survivors stay in input order.

dedupe(["Ann", "bob", " ann", "Bob "]) -> ["Ann", "bob"]''',
  "keep the first occurrence exactly", "keep the last occurrence exactly", X, "example_conflict",
  "The text says to keep the last occurrence, but the example keeps the first ('Ann', 'bob'); which occurrence should survive?",
  span="keep the last occurrence", opts=["first occurrence", "last occurrence"])

E('''def to_roman(n: int) -> str:
    """Convert an integer from 1 to 3999 to a Roman numeral using standard
    subtractive notation (IV, IX, XL, XC, CD, CM). Raise ValueError for any
    value outside 1..3999.

    to_roman(1994) -> "MCMXCIV"
    to_roman(4) -> "IV"
    """''',
  "an integer from 1 to 3999", "an integer", M, "invalid_input",
  "What should to_roman do for 0, negative numbers and values above 3999: raise ValueError, return an empty string, or something else?",
  span="Convert an integer to a Roman numeral",
  opts=["raise ValueError", "return an empty string", "extend with repeated M for large values"],
  also=[(" Raise ValueError for any\n    value outside 1..3999.", "")])

E('''Write normalize_phone(raw: str) -> str for US phone numbers. Strip everything that is not a digit. If 11 digits remain and the first is 1, drop that leading 1. If exactly 10 digits remain, return them formatted as "(AAA) BBB-CCCC"; otherwise raise ValueError.

normalize_phone("+1 415.555.0123") -> "(415) 555-0123"''',
  'formatted as "(AAA) BBB-CCCC"', "in the usual format", A, "output_format",
  "Which output format should normalize_phone use: '(415) 555-0123', '415-555-0123', or E.164 '+14155550123'?",
  opts=["(415) 555-0123", "415-555-0123", "+14155550123"],
  also=[('\n\nnormalize_phone("+1 415.555.0123") -> "(415) 555-0123"',
         "\n\nThe input comes from a free-text signup form, so expect dots, dashes, spaces and sometimes a +1 prefix.")])

E('''def hashtags(post: str) -> list[str]:
    """Return the hashtags in a post without the '#', lowercased, in order of first
    appearance and without duplicates. A hashtag is '#' followed by one or more
    letters, digits or underscores; the '#' must be at the start of the text or
    preceded by whitespace, so "a#b" contains none.

    hashtags("Loving #Python and #python3 #Python!") -> ["python", "python3"]
    """''',
  '-> ["python", "python3"]', '-> ["Python", "python3", "Python"]', X, "example_conflict",
  "The docstring says hashtags are lowercased and deduplicated, but the example keeps 'Python' twice with its case; which behaviour do you want?",
  span='["Python", "python3", "Python"]',
  opts=["lowercase and deduplicate", "keep original case and every occurrence"])

OK('''def pluralize(count: int, noun: str) -> str:
    """Return the count, a space and the noun, adding "s" to the noun unless count == 1.
    So pluralize(1, "file") -> "1 file", pluralize(0, "file") -> "0 files". Irregular nouns are not handled, that's fine for now."""''')

OK('''need a tiny helper `count_words(s)` -> int: number of whitespace-separated tokens in s (so just len(s.split()), empty or all-space string gives 0). python 3.11, no deps''')

BL('''Write `normalize_whitespace(text: str) -> str` for the importer. Collapse every run of spaces and tabs into a single space, strip the ends of each line, and remove blank lines. Keep line breaks between non-blank lines as they are. Also the output must be a single line, because the downstream CSV writer can't handle embedded newlines.

normalize_whitespace("  a \\t b \\n\\n c  ") -> ?''',
   X, "constraint_conflict", "Also the output must be a single line",
   "Should line breaks between non-blank lines be kept, or should the result be joined into one line (and if so, with a space)?",
   opts=["keep the line breaks", "join into one line with spaces"])

BL('''def extract_numbers(text: str) -> list[float]:
    """Pull all the numbers out of a free-text string, in order, e.g. "2 apples and 3.5 kg" -> [2.0, 3.5]."""

The texts are invoice notes from several countries, so you'll see things like "1,5", "1.234,50" and "1,234.50".''',
   A, "number_format", 'so you\'ll see things like "1,5", "1.234,50" and "1,234.50"',
   "How should commas be read: as decimal separators (German style, '1,5' -> 1.5), as thousands separators (US style), or should the locale be inferred per note?",
   opts=["comma is the decimal separator", "comma is a thousands separator", "infer per note"])

OK('''Implement reverse_words(s: str) -> str that reverses the order of the words in a sentence, where words are separated by one or more spaces. The result joins the words with single spaces and has no leading or trailing space. "  hello   big world " -> "world big hello". An empty or all-space string returns "".''')

BL('''Implement `censor(text, banned)` that hides bad words in chat messages. `banned` is a list of lowercase words. Replace every banned word with asterisks, matching case-insensitively.

censor("Well, DARN it", ["darn"]) -> "Well, **** it"''',
   M, "word_boundary", "Replace every banned word with asterisks",
   "Should banned words only be matched as whole words, or also inside longer words (e.g. 'ass' in 'class')?",
   opts=["whole words only", "also inside other words"])

# ---------------------------------------------------------------------------
# Lists and dicts
# ---------------------------------------------------------------------------

E('''def chunk(items: list, size: int) -> list[list]:
    """Split items into consecutive chunks of length `size`. The last chunk holds
    the remainder and may be shorter. size must be >= 1, otherwise raise ValueError.
    chunk([], 3) returns [].

    chunk([1, 2, 3, 4, 5], 2) -> [ [1, 2], [3, 4], [5] ]
    """''',
  "-> [ [1, 2], [3, 4], [5] ]", "-> [ [1, 2], [3, 4] ]", X, "example_conflict",
  "The docstring keeps a shorter last chunk but the example drops [5]; should the remainder be kept or dropped?",
  span="[ [1, 2], [3, 4] ]", opts=["keep the short last chunk", "drop incomplete chunks"])

E('''moving_average(xs: list[float], window: int) -> list[float]

Return the mean of every full window of `window` consecutive values, so the result has len(xs) - window + 1 elements, or is empty when xs is shorter than the window. window >= 1.

moving_average([1, 2, 3, 4], 2) -> [1.5, 2.5, 3.5]''',
  "Return the mean of every full window of `window` consecutive values, so the result has len(xs) - window + 1 elements, or is empty when xs is shorter than the window.",
  "Return the moving average of xs over `window` values; we use it to smooth a sensor trace before plotting it next to the raw one.",
  M, "return_shape",
  "Should the result contain only full windows (len(xs) - window + 1 values) or also partial windows at the start so it is as long as xs?",
  span="Return the moving average of xs over `window` values",
  opts=["full windows only", "same length as xs with partial windows"],
  also=[("\n\nmoving_average([1, 2, 3, 4], 2) -> [1.5, 2.5, 3.5]", "")])

E('''rotate(xs, k): return a new list rotated right by k positions, e.g. rotate([1, 2, 3, 4, 5], 2) -> [4, 5, 1, 2, 3]. k may be larger than the list or negative (negative rotates left); an empty list gives [].''',
  "rotated right by k positions, e.g. rotate([1, 2, 3, 4, 5], 2) -> [4, 5, 1, 2, 3]", "rotated by k positions", A, "direction",
  "Should a positive k rotate right (k=2: [4, 5, 1, 2, 3]) or left (k=2: [3, 4, 5, 1, 2])?",
  opts=["right", "left"], also=[(" or negative (negative rotates left)", " or negative")])

PR('''def second_largest(nums: list[int]) -> int | None:
    """Return the second largest distinct value, e.g. [5, 1, 5, 3] -> 3.
    Return None if there are fewer than two distinct values."""''',
   '''def second_largest(nums: list[int]) -> int | None:
    """Return the second largest value in nums, e.g. [4, 9, 2] -> 4.
    Return None if the list has fewer than two elements. Scores can repeat."""''',
   A, "duplicates", "Return the second largest value in nums",
   "When the maximum appears twice, e.g. [5, 1, 5, 3], should the answer be 5 (second element in sorted order) or 3 (second largest distinct value)?",
   opts=["5 (count duplicates)", "3 (distinct values)"])

E('''def median(xs: list[float]) -> float:
    """Median of the latency samples in xs. For an even number of values return the
    mean of the two middle values. Raise ValueError on an empty list. Do not modify
    the input list.

    median([3, 1, 2]) -> 2
    median([4, 1, 3, 2]) -> 2.5
    """''',
  " For an even number of values return the\n    mean of the two middle values.", "", M, "even_length",
  "For an even number of samples, should median return the mean of the two middle values, the lower one, or the upper one?",
  span="Median of the latency samples in xs.",
  opts=["mean of the two middle values", "lower middle value", "upper middle value"],
  also=[("\n    median([4, 1, 3, 2]) -> 2.5", "")])

E('''merge_sorted(a, b): both inputs are sorted ascending. Return one ascending list with all elements of both, duplicates kept. Do it in O(len(a) + len(b)) without calling sort() or sorted().

merge_sorted([1, 4, 4], [2, 4, 9]) -> [1, 2, 4, 4, 4, 9]''',
  "-> [1, 2, 4, 4, 4, 9]", "-> [1, 2, 4, 9]", X, "example_conflict",
  "The text says duplicates are kept but the example removes them; should the output be [1, 2, 4, 4, 4, 9] or [1, 2, 4, 9]?",
  span="[1, 2, 4, 9]", opts=["keep duplicates", "remove duplicates"])

PR('''def matching_payments(amounts: list[int], target: int) -> list[tuple]:
    """Reconciliation helper. amounts are payment amounts in cents. Return all index
    pairs (i, j) with i < j and amounts[i] + amounts[j] == target, sorted by i then j.
    If nothing matches, return [].

    matching_payments([200, 700, 1100, 200, 700], 900) -> [(0, 1), (0, 4), (1, 3), (3, 4)]
    """''',
   '''def matching_payments(amounts: list[int], target: int) -> list[tuple]:
    """Reconciliation helper. amounts are payment amounts in cents. Return all pairs
    of payments that add up to target. If nothing matches, return []."""''',
   A, "return_value", "Return all pairs\n    of payments that add up to target",
   "Should the result be index pairs like (0, 1), one per matching position, or distinct amount pairs like (200, 700)?",
   opts=["index pairs", "distinct amount pairs"])

E('''group_by(records: list[dict], key: str) -> dict

Group records by the value of `key`. Records that don't have the key go under the group None. Within each group records keep their input order.

group_by([{"t": "a", "v": 1}, {"t": "b"}, {"v": 3}, {"t": "a"}], "t")
  -> {"a": [{"t": "a", "v": 1}, {"t": "a"}], "b": [{"t": "b"}], None: [{"v": 3}]}''',
  " Records that don't have the key go under the group None.", "", M, "missing_key",
  "What should happen to records that don't have the key: skip them, put them under None, or raise KeyError?",
  span="Group records by the value of `key`.",
  opts=["skip them", "group under None", "raise KeyError"],
  also=[(', {"v": 3}, {"t": "a"}], "t")', ', {"t": "a"}], "t")'),
        (', "b": [{"t": "b"}], None: [{"v": 3}]}', ', "b": [{"t": "b"}]}')])

OK('''Implement `split_evens(nums)` returning a tuple (evens, odds) of two lists, each in the original relative order. Zero is even and negative numbers are classified by value, so -3 is odd.

split_evens([3, 0, -2, 7, 8]) -> ([0, -2, 8], [3, 7])''')

E('''def invert(d: dict[str, str]) -> dict[str, list]:
    """Invert a mapping of user -> team into team -> users. Each team maps to the
    list of its users sorted alphabetically. Teams with no users do not appear.

    invert({"ana": "red", "bo": "blue", "cy": "red"}) -> {"red": ["ana", "cy"], "blue": ["bo"]}
    """''',
  "def invert(d: dict[str, str]) -> dict[str, list]:", "def invert(d: dict[str, str]) -> dict[str, str]:",
  X, "signature_conflict",
  "The signature says team -> str but the docstring maps each team to a list of users; should the value be a list of users or a single user?",
  span="-> dict[str, str]:", opts=["list of users", "a single user"])

E('''deep_merge(base: dict, override: dict) -> dict

Return a new dict (inputs are not modified). Keys only in one dict are copied. When a key is in both and both values are dicts, merge them recursively; otherwise the value from override wins. Lists are not concatenated, override's list replaces base's.

deep_merge({"db": {"host": "x", "port": 1}, "tags": ["a"]}, {"db": {"port": 2}, "tags": ["b"]})
  -> {"db": {"host": "x", "port": 2}, "tags": ["b"]}''',
  " Lists are not concatenated, override's list replaces base's.", "", M, "list_merge",
  "When both dicts have a list under the same key, should override's list replace base's, or should the lists be concatenated?",
  span="otherwise the value from override wins",
  opts=["replace", "concatenate", "concatenate without duplicates"],
  also=[(', "tags": ["a"]}, {"db": {"port": 2}, "tags": ["b"]})', '}, {"db": {"port": 2}})'),
        ('  -> {"db": {"host": "x", "port": 2}, "tags": ["b"]}', '  -> {"db": {"host": "x", "port": 2}}')])

E('''def top_n_by_value(d: dict[str, float], n: int) -> list[str]:
    """Return the n keys with the highest values, highest first. Ties are broken by key
    in ascending alphabetical order. If n exceeds len(d), return all keys.

    top_n_by_value({"x": 3, "a": 3, "m": 9}, 2) -> ["m", "a"]
    """''',
  '-> ["m", "a"]', '-> ["m", "x"]', X, "example_conflict",
  "The docstring breaks ties alphabetically (which gives 'a' before 'x'), but the example returns ['m', 'x']; which tie-break should apply?",
  span='["m", "x"]', opts=["alphabetical by key", "insertion order"])

E('''Write `window_pairs(xs)` that returns the list of consecutive pairs: window_pairs([1, 2, 3]) -> [(1, 2), (2, 3)]. For lists with fewer than two elements return an empty list.''',
  "For lists with fewer than two elements return an empty list.",
  "It should work for any iterable, not only lists, and it needs a docstring.", M, "empty_input",
  "What should window_pairs return for inputs with fewer than two elements: an empty list, or raise ValueError?",
  span="returns the list of consecutive pairs", opts=["empty list", "raise ValueError"])

E('''def cumulative(xs: list[int]) -> list[int]:
    """Running totals: element i of the result is xs[0] + ... + xs[i].
    cumulative([3, 1, 4]) -> [3, 4, 8]; cumulative([]) -> []."""''',
  "element i of the result is xs[0] + ... + xs[i]", "element i of the result is xs[0] + ... + xs[i-1]", X, "example_conflict",
  "Should the running total be inclusive (xs[0]..xs[i], giving [3, 4, 8] as in the example) or exclusive (xs[0]..xs[i-1], giving [0, 3, 4])?",
  span="xs[0] + ... + xs[i-1]", opts=["inclusive [3, 4, 8]", "exclusive [0, 3, 4]"])

E('''Implement `interleave(a, b)` which alternates elements from two lists, starting with a. When one list runs out, append the rest of the other.
interleave([1, 2, 3], ["x"]) -> [1, "x", 2, 3]''',
  " When one list runs out, append the rest of the other.", "", M, "unequal_length",
  "When the lists have different lengths, should the leftover elements of the longer list be appended, or should the result stop at the shorter list?",
  span="alternates elements from two lists, starting with a.",
  opts=["append the leftovers", "stop at the shorter list", "raise ValueError"],
  also=[('\ninterleave([1, 2, 3], ["x"]) -> [1, "x", 2, 3]', '\ninterleave([1, 2], ["x", "y"]) -> [1, "x", 2, "y"]')])

E('''def rank(scores: list[int]) -> list[int]:
    """Competition ranking, highest score = rank 1. Equal scores share a rank and
    the next rank skips accordingly ("1224" ranking).

    rank([90, 70, 90, 50]) -> [1, 3, 1, 4]
    """''',
  'Equal scores share a rank and\n    the next rank skips accordingly ("1224" ranking).', "Ties should be handled sensibly.", A, "tie_breaking",
  "How should equal scores be ranked: shared rank with gaps (1, 1, 3), shared rank without gaps (1, 1, 2), or by input order (1, 2, 3)?",
  opts=["1224 competition ranking", "1223 dense ranking", "ordinal by input order"],
  also=[("\n\n    rank([90, 70, 90, 50]) -> [1, 3, 1, 4]", "\n\n    rank([90, 70, 50]) -> [1, 2, 3]")])

E('''most_common_item(orders: list[str]) -> str

Return the item that appears most often in orders. If several items share the highest count, return the one that appears first in the list. Raise ValueError if orders is empty.

most_common_item(["tea", "cake", "cake", "tea", "pie"]) -> "tea"''',
  " If several items share the highest count, return the one that appears first in the list.",
  " If several items share the highest count, return the alphabetically smallest one.", X, "example_conflict",
  "The rule picks the alphabetically smallest tied item ('cake'), but the example returns 'tea'; should ties go to the alphabetically first item or the first one in the list?",
  span="return the alphabetically smallest one", opts=["alphabetically smallest", "first in the list"])

OK('''def unique_sorted(xs: list[int]) -> list[int]:
    """Return the distinct values of xs in ascending order. unique_sorted([3, 1, 3, 2]) -> [1, 2, 3]"""''')

BL('''def diff_lists(old: list[str], new: list[str]) -> tuple[list, list]:
    """Compare two lists of package names and return (added, removed).

    diff_lists(["a", "b", "b"], ["b", "c"]) -> (["c"], ["a", "b"])
    diff_lists(["a", "b", "b"], ["b", "c"]) -> (["c"], ["a"])
    """''',
   X, "example_conflict", '(["c"], ["a", "b"])',
   "The two examples give different results for the same input; should duplicates count (one 'b' was removed) or should the lists be compared as sets?",
   opts=["count duplicates (multiset)", "compare as sets"])

BL('''Implement dedupe_records(rows: list[dict]) -> list[dict] for the CRM export. Two rows are duplicates if they refer to the same customer. Keep the row that was updated most recently (field "updated_at", ISO 8601 strings) and return the survivors in the order of their first appearance.''',
   A, "definition", "refer to the same customer",
   "Which fields decide that two rows are the same customer: the customer_id, the e-mail address (case-insensitive), or name plus phone?",
   opts=["customer_id", "e-mail, case-insensitive", "name + phone"])

OK('''write a func `pick(d, keys)` -> new dict with only those keys from d that exist in d. keys that aren't in d just get ignored, no error. order of the result follows `keys`.
pick({"a": 1, "b": 2, "c": 3}, ["c", "z", "a"]) -> {"c": 3, "a": 1}''')

# ---------------------------------------------------------------------------
# Dates and times
# ---------------------------------------------------------------------------

E('''def business_days_between(start: date, end: date) -> int:
    """Count the weekdays (Monday to Friday) from start to end, including both start
    and end. Public holidays are not considered. If end is before start, return 0.

    business_days_between(date(2024, 3, 1), date(2024, 3, 4)) -> 2   # Fri + Mon
    """''',
  "from start to end, including both start\n    and end", "between start and end", A, "inclusive_range",
  "Should start and end themselves be counted (Fri 1 Mar to Mon 4 Mar = 2 days), or only the days strictly between them (0)?",
  opts=["include both ends", "exclude both ends", "include start, exclude end"],
  also=[("\n\n    business_days_between(date(2024, 3, 1), date(2024, 3, 4)) -> 2   # Fri + Mon", "")])

E('''Write `age_on(birth: date, on: date) -> int` giving a person's age in completed years on the date `on`. Someone born on 29 February turns a year older on 1 March in non-leap years. Raise ValueError if `on` is before `birth`.

age_on(date(2000, 5, 20), date(2024, 5, 19)) -> 23
age_on(date(2000, 5, 20), date(2024, 5, 20)) -> 24''',
  " Someone born on 29 February turns a year older on 1 March in non-leap years.", "", M, "leap_day",
  "For someone born on 29 February, should their age increase on 28 February or on 1 March in non-leap years?",
  span="giving a person's age in completed years", opts=["28 February", "1 March"])

E('''def parse_duration(s: str) -> int:
    """Parse durations like "1h30m", "45s" or "2h5s" into a number of seconds.
    Units are h, m and s, each at most once and in that order. Raise ValueError on
    anything else, including an empty string.

    parse_duration("1h30m") -> 5400
    parse_duration("90s") -> 90
    """''',
  '    parse_duration("1h30m") -> 5400', '    parse_duration("1h30m") -> 90', X, "example_conflict",
  "The docstring says the result is in seconds, which makes '1h30m' 5400, but the example gives 90 (minutes); which unit should be returned?",
  span='parse_duration("1h30m") -> 90', opts=["seconds (5400)", "minutes (90)"])

E('''week_label(d: date) -> str

Return the ISO 8601 week of d as "YYYY-Www", using the ISO week-numbering year (which can differ from the calendar year around New Year).

week_label(date(2024, 12, 30)) -> "2025-W01"
week_label(date(2024, 6, 14)) -> "2024-W24"''',
  "Return the ISO 8601 week of d as \"YYYY-Www\", using the ISO week-numbering year (which can differ from the calendar year around New Year).",
  "Return the week of the year that d falls in, as \"YYYY-Www\".", A, "definition",
  "Which week numbering should be used: ISO 8601 weeks (Monday start, week-numbering year), or weeks starting on Sunday as in %U?",
  span="the week of the year", opts=["ISO 8601", "Sunday-start (%U)", "Monday-start (%W)"],
  also=[('week_label(date(2024, 12, 30)) -> "2025-W01"\n', "")])

E('''def humanize_ago(seconds: int) -> str:
    """Format how long ago something happened, for the activity feed.
    0-59 -> "just now"; 60-3599 -> "N min ago"; 3600-86399 -> "N h ago";
    86400 and more -> "N d ago". N is always rounded down.

    humanize_ago(59) -> "just now"
    humanize_ago(7200) -> "2 h ago"
    """''',
  " N is always rounded down.", " Round N to the nearest whole number.", X, "example_conflict",
  "Should N be rounded down (6000 s -> '1 h ago', as in the example) or to the nearest whole number (6000 s -> '2 h ago')?",
  span="Round N to the nearest whole number.", opts=["round down", "round to nearest"],
  also=[('    humanize_ago(7200) -> "2 h ago"', '    humanize_ago(6000) -> "1 h ago"')])

E('''Implement `next_run(now: datetime, hour: int, minute: int) -> datetime` for a daily job. Return the next datetime strictly after `now` whose time is hour:minute, on the same day if that time is still ahead, otherwise the next day. Work in naive datetimes (no time zones).

next_run(datetime(2024, 1, 1, 9, 0), 8, 30) -> datetime(2024, 1, 2, 8, 30)''',
  "strictly after `now`", "after `now`", A, "inclusive_range",
  "If `now` is exactly hour:minute, should next_run return `now` itself or the same time on the next day?",
  opts=["now itself", "the next day"], span="Return the next datetime after `now`")

E('''def month_range(year: int, month: int) -> tuple[date, date]:
    """Return (first_day, last_day) of the given month, both inclusive.

    month_range(2024, 2) -> (date(2024, 2, 1), date(2024, 2, 29))
    """''',
  "Return (first_day, last_day) of the given month, both inclusive.",
  "Return the date range of the given month as a half-open pair, end exclusive.", X, "example_conflict",
  "The text asks for a half-open range, but the example ends on 29 Feb, the last day itself; should the second value be the last day of the month or the first day of the next month?",
  span="as a half-open pair, end exclusive", opts=["last day (inclusive)", "first day of next month (exclusive)"])

E('''to_utc(local: str, tz: str) -> str

local is a wall-clock time like "2024-03-31 02:30" in the IANA zone tz. Convert it to UTC and return it as "YYYY-MM-DDTHH:MMZ". If the wall-clock time doesn't exist (spring-forward gap) raise ValueError; if it's ambiguous (fall-back hour) use the earlier of the two instants.

to_utc("2024-07-01 12:00", "Europe/Berlin") -> "2024-07-01T10:00Z"''',
  " If the wall-clock time doesn't exist (spring-forward gap) raise ValueError; if it's ambiguous (fall-back hour) use the earlier of the two instants.",
  "", M, "dst",
  "How should DST edge cases be handled: raise for non-existent times and pick the earlier instant for repeated ones, or shift forward / pick the later one?",
  span="Convert it to UTC", opts=["raise on gap, earlier on overlap", "shift forward on gap, later on overlap"])

PR('''def fiscal_quarter(d: date) -> str:
    """Our fiscal year starts on 1 April and is named after the calendar year it
    ends in. Return e.g. "FY2025-Q1" for any date from 1 April to 30 June 2024.

    fiscal_quarter(date(2024, 4, 1)) -> "FY2025-Q1"
    fiscal_quarter(date(2025, 2, 10)) -> "FY2025-Q4"
    """''',
   '''def fiscal_quarter(d: date) -> str:
    """Our fiscal year starts on 1 April. Return the fiscal quarter of d as
    "FY<year>-Q<n>"; Q1 is April to June."""''',
   M, "definition", '"FY<year>-Q<n>"',
   "Which year names the fiscal year that starts in April 2024: FY2024 (the year it starts) or FY2025 (the year it ends)?",
   opts=["FY2024 (start year)", "FY2025 (end year)"])

E('''Write overlaps_lunch(start: time, end: time) -> bool for the booking form. Return True if the meeting [start, end) shares at least one minute with lunch, 12:00 to 13:00 (also half-open). A meeting ending exactly at 12:00 does not overlap. Assume start < end and both are on the same day.''',
  "lunch, 12:00 to 13:00 (also half-open)", "lunch", M, "parameter_value",
  "What are the lunch hours to check against, e.g. 12:00-13:00 or 12:30-13:30?",
  span="shares at least one minute with lunch", opts=["12:00-13:00", "12:30-13:30"])

E('''def parse_date_loose(s: str) -> date:
    """Parse the dates our users type into the search box. Accepted forms:
    "2024-03-05", "05.03.2024" and "5/3/2024", all meaning 5 March 2024
    (day before month in the dotted and slashed forms). Anything else raises ValueError."""''',
  '\n    (day before month in the dotted and slashed forms)', '', M, "date_order",
  "In the slashed form, is '5/3/2024' day/month (5 March) or month/day (3 May)?",
  span='"5/3/2024"', opts=["day/month", "month/day"],
  also=[(", all meaning 5 March 2024", "")])

E('''overdue_days(due: date, paid: date | None, today: date) -> int

Number of days an invoice is overdue: if it was paid, count from due to paid; otherwise from due to today. Paying on the due date or earlier means 0, never negative.

overdue_days(date(2024, 1, 10), date(2024, 1, 15), date(2024, 2, 1)) -> 5
overdue_days(date(2024, 1, 10), None, date(2024, 1, 12)) -> 2''',
  "overdue_days(date(2024, 1, 10), None, date(2024, 1, 12)) -> 2", "overdue_days(date(2024, 1, 10), None, date(2024, 1, 12)) -> 0",
  X, "example_conflict",
  "The rule says unpaid invoices count up to today (2 days here), but the example returns 0; should unpaid invoices be counted until today or not at all?",
  span="-> 0", opts=["count until today", "0 until paid"])

OK('''def is_weekend(d: date) -> bool:
    """True for Saturday and Sunday, False otherwise. Uses date.weekday(), where Monday is 0."""''')

OK('''Implement `minutes_between(a: str, b: str) -> int` where a and b are times of day like "09:15" and "17:40" (24h clock, same day, b never earlier than a). Return b - a in minutes. minutes_between("09:15", "17:40") -> 505''')

BL('''def shift_schedule(start: datetime, shifts: int) -> list[tuple]:
    """Generate back-to-back 8-hour shifts starting at start.

    Each shift is 8 hours, the next one begins when the previous ends, and there is
    a 30-minute handover between shifts during which both crews are present.
    """''',
   X, "constraint_conflict", "a 30-minute handover between shifts during which both crews are present",
   "Should shifts be strictly back-to-back, or overlap by a 30-minute handover (each next shift starting 30 minutes before the previous one ends)?",
   opts=["strictly back-to-back", "overlap by 30 minutes"])

BL('''Need `days_until_birthday(birthday, today)` for the reminder emails, returns an int. Note that some of our users are born on Feb 29.''',
   M, "leap_day", "some of our users are born on Feb 29",
   "In non-leap years, should a 29 February birthday count as 28 February or 1 March?",
   opts=["28 February", "1 March"])

# ---------------------------------------------------------------------------
# Geometry
# ---------------------------------------------------------------------------

E('''def stores_nearby(user: tuple[float, float], stores: list[dict]) -> list[str]:
    """Return the ids of stores within 5 km of the user (great-circle distance,
    Earth radius 6371 km), nearest first. user is (lat, lon) in degrees; each
    store dict has "id", "lat" and "lon". A store exactly 5 km away is included."""''',
  "within 5 km of the user (great-circle distance,\n    Earth radius 6371 km)", "nearby", A, "threshold",
  "What radius counts as 'nearby': 1 km, 5 km, 10 km, or something else?",
  opts=["1 km", "5 km", "10 km"], also=[(" A store exactly 5 km away is included.", " Distances use the haversine formula.")])

E('''Write `rect_intersection(a, b)` where each rectangle is (x1, y1, x2, y2) with x1 < x2 and y1 < y2 (axis-aligned, y grows upward). Return the intersection rectangle in the same format, or None if the two don't overlap. Rectangles that only touch along an edge or at a corner do not overlap, so they also give None.

rect_intersection((0, 0, 4, 4), (2, 1, 6, 3)) -> (2, 1, 4, 3)''',
  " Rectangles that only touch along an edge or at a corner do not overlap, so they also give None.", "", M, "edge_case",
  "When two rectangles only touch along an edge or at a corner, should the result be None or a zero-area rectangle?",
  span="or None if the two don't overlap", opts=["None", "zero-area rectangle"])

E('''def polygon_area(points: list[tuple]) -> float:
    """Area of a simple polygon given its vertices in order (shoelace formula).
    The result is always non-negative, whether the points are clockwise or
    counter-clockwise. Fewer than 3 points give 0.0.

    polygon_area([(0, 0), (4, 0), (4, 3)]) -> 6.0
    """''',
  "The result is always non-negative, whether the points are clockwise or\n    counter-clockwise.",
  "The result is signed: positive for counter-clockwise and negative for clockwise order.", X, "example_conflict",
  "The text asks for a signed area, but the example returns 6.0 for clockwise points; should the area be signed or always non-negative?",
  span="The result is signed",
  opts=["absolute value", "signed by orientation"],
  also=[("    polygon_area([(0, 0), (4, 0), (4, 3)]) -> 6.0", "    polygon_area([(0, 0), (4, 3), (4, 0)]) -> 6.0")])

E('''point_in_circle(px, py, cx, cy, r) -> bool

True when point (px, py) lies inside the circle centred at (cx, cy) with radius r, or exactly on its boundary. Compare squared distances so there is no sqrt. r is never negative.''',
  ", or exactly on its boundary", "", M, "inclusive_range",
  "Should a point exactly on the circle's boundary count as inside (True) or not?",
  span="lies inside the circle", opts=["on the boundary counts as inside", "strictly inside only"])

E('''def bounding_box(points: list[tuple]) -> tuple[int, int, int, int]:
    """Return (min_x, min_y, max_x, max_y) over all points. Raise ValueError for an empty list.

    bounding_box([(3, 1), (-2, 5), (0, 0)]) -> (-2, 0, 3, 5)
    """''',
  "-> (-2, 0, 3, 5)", "-> (-2, 0, 5, 5)", X, "example_conflict",
  "The example gives max_x = 5, but the largest x among the points is 3; is the example wrong, or is the tuple order different from (min_x, min_y, max_x, max_y)?",
  span="(-2, 0, 5, 5)", opts=["example is wrong: (-2, 0, 3, 5)", "a different tuple order"])

E('''Implement `closest_pair_distance(points)` for a list of (x, y) tuples: the smallest Euclidean distance between any two distinct entries of the list. Two entries with the same coordinates are still distinct entries and give 0.0. Raise ValueError if there are fewer than two points. O(n log n) please, lists can have 10^5 points.''',
  " Two entries with the same coordinates are still distinct entries and give 0.0.", "", M, "duplicates",
  "If the list contains the same coordinates twice, should the answer be 0.0 or should duplicate points be ignored?",
  span="any two distinct entries", opts=["0.0", "ignore duplicates"])

E('''def scale_to_fit(w: int, h: int, max_w: int, max_h: int) -> tuple[int, int]:
    """Scale an image of size w x h so it fits inside max_w x max_h while keeping
    the aspect ratio. Never upscale: if it already fits, return (w, h). Round
    each side down to an integer.

    scale_to_fit(4000, 3000, 800, 800) -> (800, 600)
    scale_to_fit(300, 200, 800, 800) -> (300, 200)
    """''',
  " Never upscale: if it already fits, return (w, h).", "", M, "edge_case",
  "If the image is already smaller than the box, should it be upscaled to fill it or returned at its original size?",
  span="so it fits inside max_w x max_h", opts=["keep original size", "upscale to fit"],
  also=[("\n    scale_to_fit(300, 200, 800, 800) -> (300, 200)", "")])

E('''segments_intersect(p1, p2, q1, q2) -> bool

Return True if segment p1-p2 and segment q1-q2 share at least one point, including touching at an endpoint and collinear overlap. Points are integer (x, y) tuples, so use exact integer orientation tests.''',
  "share at least one point, including touching at an endpoint and collinear overlap", "cross", A, "definition",
  "Should segments that only touch at an endpoint, or overlap along a line, count as intersecting?",
  opts=["yes, any shared point", "no, only a proper crossing"],
  span="cross")

OK('''def distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Euclidean distance between two 2-D points, e.g. distance((0, 0), (3, 4)) -> 5.0. Use math.hypot."""''')

BL('''Write `snap_to_grid(x: float, y: float) -> tuple[float, float]` for the diagram editor: move the point to the nearest grid intersection so shapes line up. Points exactly halfway between two grid lines should round up.''',
   M, "parameter_value", "the nearest grid intersection",
   "What is the grid spacing to snap to: 8 px, 10 px, or a value passed in by the caller?",
   opts=["8 px", "10 px", "a grid_size parameter"])

# ---------------------------------------------------------------------------
# Money arithmetic
# ---------------------------------------------------------------------------

E('''def split_bill(total_cents: int, n: int) -> list[int]:
    """Split a bill of total_cents between n people so the shares differ by at most
    one cent and add up exactly to total_cents. The extra cents go to the first
    people in the list. n >= 1.

    split_bill(1000, 3) -> [334, 333, 333]
    """''',
  " The extra cents go to the first\n    people in the list.", "", M, "tie_breaking",
  "Who should get the leftover cents when the bill doesn't divide evenly: the first people in the list or the last?",
  span="shares differ by at most\n    one cent", opts=["the first people", "the last people"],
  also=[("    split_bill(1000, 3) -> [334, 333, 333]", "    split_bill(900, 3) -> [300, 300, 300]")])

E('''Implement apply_discount(price: Decimal, percent: Decimal) -> Decimal. Return the price reduced by percent (0-100), rounded to 2 decimal places with ROUND_HALF_UP. Raise ValueError if percent is outside 0-100.

apply_discount(Decimal("19.99"), Decimal("15")) -> Decimal("16.99")''',
  "rounded to 2 decimal places with ROUND_HALF_UP", "rounded to 2 decimal places with banker's rounding (ROUND_HALF_EVEN)", X, "example_conflict",
  "The text says ROUND_HALF_EVEN, which turns 0.125 into 0.12, but the example gives 0.13 (half up); which rounding mode should apply?",
  span="banker's rounding (ROUND_HALF_EVEN)", opts=["ROUND_HALF_UP", "ROUND_HALF_EVEN"],
  also=[('apply_discount(Decimal("19.99"), Decimal("15")) -> Decimal("16.99")', 'apply_discount(Decimal("0.25"), Decimal("50")) -> Decimal("0.13")')])

E('''def format_eur(cents: int) -> str:
    """Format an amount in euro cents the German way: thousands separated by ".",
    decimal comma, two decimals, a space and the euro sign after the number.
    Negative amounts get a leading minus.

    format_eur(123456) -> "1.234,56 €"
    format_eur(-5) -> "-0,05 €"
    """''',
  'the German way: thousands separated by ".",\n    decimal comma, two decimals, a space and the euro sign after the number',
  "nicely for our European customers", A, "output_format",
  "Which format should be used: German style '1.234,56 €', or English style '€1,234.56'?",
  opts=["1.234,56 €", "€1,234.56", "1 234,56 €"],
  also=[('\n\n    format_eur(123456) -> "1.234,56 €"\n    format_eur(-5) -> "-0,05 €"', "")])

E('''Write `monthly_payment(principal, annual_rate, months)` for a fixed-rate loan using the standard annuity formula with monthly compounding (rate per month = annual_rate / 12). annual_rate is a fraction, so 0.06 means 6%. Return the payment rounded to cents as a float. If annual_rate is 0, the payment is principal / months.

monthly_payment(10000, 0.06, 12) -> 860.66''',
  " annual_rate is a fraction, so 0.06 means 6%.", "", M, "unit",
  "Is annual_rate given as a fraction (0.06 for 6%) or as a percentage (6 for 6%)?",
  span="annual_rate / 12", opts=["fraction (0.06)", "percentage (6)"],
  also=[("\n\nmonthly_payment(10000, 0.06, 12) -> 860.66", "")])

E('''def vat_breakdown(gross_cents: int, rate_percent: int) -> tuple[int, int]:
    """Split a VAT-inclusive price into (net, vat), both in cents, where
    vat = round(gross * rate / (100 + rate)) with halves rounded up and net = gross - vat.

    vat_breakdown(11900, 19) -> (10000, 1900)
    """''',
  "def vat_breakdown(gross_cents: int, rate_percent: int) -> tuple[int, int]:",
  "def vat_breakdown(gross_cents: int, rate_percent: int) -> tuple[float, float]:", X, "signature_conflict",
  "The signature returns floats but the docstring says both values are whole cents; should the result be integer cents or float euros?",
  span="-> tuple[float, float]:", opts=["integer cents", "float euros"])

E('''convert(amount: Decimal, from_ccy: str, to_ccy: str, rates: dict[str, Decimal]) -> Decimal

rates maps a currency code to how many units of that currency one EUR buys (EUR itself maps to 1). Convert via EUR and round the result to 2 decimals, half up. Raise KeyError if a code is missing from rates.

convert(Decimal("100"), "USD", "GBP", {"EUR": Decimal("1"), "USD": Decimal("1.25"), "GBP": Decimal("0.85")}) -> Decimal("68.00")''',
  "rates maps a currency code to how many units of that currency one EUR buys (EUR itself maps to 1).",
  "rates maps a currency code to its exchange rate.", A, "definition",
  "Does a rate mean units of that currency per 1 EUR (USD 1.25) or EUR per 1 unit of that currency (USD 0.80)?",
  span="its exchange rate", opts=["units per EUR", "EUR per unit"],
  also=[('\n\nconvert(Decimal("100"), "USD", "GBP", {"EUR": Decimal("1"), "USD": Decimal("1.25"), "GBP": Decimal("0.85")}) -> Decimal("68.00")', "")])

E('''def tiered_fee(amount_cents: int) -> int:
    """Transaction fee in cents: 2% of the first 100000 cents plus 1% of everything
    above that (marginal tiers, like income tax). Fractions of a cent round down.

    tiered_fee(50000) -> 1000
    tiered_fee(300000) -> 4000
    """''',
  "    tiered_fee(300000) -> 4000", "    tiered_fee(300000) -> 3000", X, "example_conflict",
  "With marginal tiers 300000 cents gives 2000 + 2000 = 4000, but the example says 3000 (1% of the whole amount); should the tiers be marginal or should the rate apply to the full amount?",
  span="tiered_fee(300000) -> 3000", opts=["marginal tiers (4000)", "whole amount at the top rate (3000)"])

E('''Implement `allocate(total_cents, weights)` that splits an amount across cost centres in proportion to integer weights. Every share is an integer number of cents and the shares add up exactly to total_cents. Distribute the leftover cents one each to the entries with the largest fractional remainders; ties go to the earlier entry.

allocate(100, [1, 1, 1]) -> [34, 33, 33]''',
  " Distribute the leftover cents one each to the entries with the largest fractional remainders; ties go to the earlier entry.",
  " Use a reasonable method for the leftover cents.", A, "tie_breaking",
  "How should leftover cents be assigned: largest fractional remainder (ties to the earlier entry), all to the first entry, or all to the largest weight?",
  span="Use a reasonable method for the leftover cents.",
  opts=["largest remainder", "first entry", "largest weight"],
  also=[("\n\nallocate(100, [1, 1, 1]) -> [34, 33, 33]", "\n\nallocate(100, [1, 3]) -> [25, 75]")])

OK('''def cents_to_str(cents: int) -> str:
    """1234 -> "12.34", 5 -> "0.05", -250 -> "-2.50". Always two decimals, no currency sign, no thousands separator."""''')

BL('''def add_tax(net: Decimal) -> Decimal:
    """Add sales tax to a net price and return the gross price rounded to cents.
    Our shop sells to customers in several US states and in Canada."""''',
   M, "parameter_value", "Add sales tax to a net price",
   "Which tax rate should add_tax apply: a single fixed rate, or a rate looked up from the customer's state/province (which then needs to be a parameter)?",
   opts=["a fixed rate (which one?)", "a per-region rate passed in"])

BL('''Write `round_price(p: float) -> float` for the menu. Prices should end in .99, so round to the nearest .99 value. 4.20 -> 3.99, 4.60 -> 4.99, and never round a price down.''',
   X, "constraint_conflict", "never round a price down",
   "The example 4.20 -> 3.99 rounds down, but the rule says never round down; should prices go to the nearest .99 or always up to the next .99?",
   opts=["nearest .99", "always up to the next .99"])

# ---------------------------------------------------------------------------
# Intervals
# ---------------------------------------------------------------------------

E('''def merge_bookings(bookings: list[tuple]) -> list[tuple]:
    """bookings are (start, end) minute offsets, half-open [start, end). Merge
    bookings that overlap; bookings that merely touch (one ends where the next
    starts) are merged too. Return the merged list sorted by start. The input may
    be unsorted and may be empty.

    merge_bookings([(30, 60), (0, 10), (10, 20)]) -> [(0, 20), (30, 60)]
    """''',
  "; bookings that merely touch (one ends where the next\n    starts) are merged too", "", M, "edge_case",
  "Should bookings that only touch, like (0, 10) and (10, 20), be merged into (0, 20) or kept separate?",
  span="Merge\n    bookings that overlap", opts=["merge touching bookings", "keep them separate"],
  also=[("    merge_bookings([(30, 60), (0, 10), (10, 20)]) -> [(0, 20), (30, 60)]", "    merge_bookings([(30, 60), (0, 15), (10, 20)]) -> [(0, 20), (30, 60)]")])

E('''Implement free_slots(busy, day_start, day_end, min_len) for a calendar. busy is a list of (start, end) datetimes that may overlap and is not sorted. Return the gaps within [day_start, day_end) that are at least min_len long, as (start, end) tuples in chronological order.''',
  "that are at least min_len long", "that are long enough", A, "threshold",
  "How long must a gap be to count: at least min_len (then what is min_len's type, a timedelta?), or any gap longer than zero?",
  span="long enough", opts=["at least min_len", "any non-empty gap"],
  also=[("free_slots(busy, day_start, day_end, min_len)", "free_slots(busy, day_start, day_end)")])

E('''def covers(ranges: list[tuple], x: int) -> bool:
    """ranges are closed integer ranges [lo, hi]. Return True if x lies in any of them.

    covers([(1, 5), (10, 12)], 5) -> True
    covers([(1, 5), (10, 12)], 7) -> False
    """''',
  "covers([(1, 5), (10, 12)], 5) -> True", "covers([(1, 5), (10, 12)], 5) -> False", X, "example_conflict",
  "The ranges are described as closed, so 5 should be inside (1, 5), yet the example returns False; are the ranges closed [lo, hi] or half-open [lo, hi)?",
  span="covers([(1, 5), (10, 12)], 5) -> False", opts=["closed [lo, hi]", "half-open [lo, hi)"])

E('''total_covered(intervals: list[tuple]) -> float

Return the total length of the union of the given intervals, so overlapping parts are counted once. An interval with end <= start has length 0 and is ignored.

total_covered([(0, 4), (2, 6), (10, 11)]) -> 7.0''',
  "Return the total length of the union of the given intervals, so overlapping parts are counted once.",
  "Return the total length of the given intervals.", A, "overlap",
  "Should overlapping parts be counted once (union length, 7.0 for [(0, 4), (2, 6), (10, 11)]) or once per interval (9.0)?",
  span="the total length of the given intervals", opts=["union (count once)", "sum of lengths"],
  also=[("\n\ntotal_covered([(0, 4), (2, 6), (10, 11)]) -> 7.0", "")])

E('''def max_concurrent(sessions: list[tuple]) -> int:
    """sessions are (login, logout) unix timestamps. Return the largest number of
    sessions active at the same moment. A session that ends at t and one that
    starts at t are not counted as concurrent. Empty input gives 0."""''',
  " A session that ends at t and one that\n    starts at t are not counted as concurrent.", "", M, "edge_case",
  "If one session logs out at exactly the second another logs in, do they count as concurrent at that moment?",
  span="active at the same moment", opts=["not concurrent", "concurrent"])

E('''Write `clip_interval(iv, window)` returning the part of interval iv = (a, b) that lies inside window = (lo, hi), as a tuple, or None when they don't overlap. All intervals are half-open.
clip_interval((3, 15), (5, 10)) -> (5, 10)
clip_interval((1, 4), (5, 10)) -> None''',
  "clip_interval((1, 4), (5, 10)) -> None", "clip_interval((1, 4), (5, 10)) -> (5, 5)", X, "example_conflict",
  "The text returns None when iv and window don't overlap, but the example returns (5, 5); should it be None or an empty interval?",
  span="(5, 5)", opts=["None", "empty interval (lo, lo)"])

E('''def subtract_ranges(base: tuple[int, int], holes: list[tuple]) -> list[tuple]:
    """Remove every hole from the closed integer range base and return the remaining
    closed ranges in ascending order. Holes are closed too and may extend beyond base.

    subtract_ranges((1, 10), [(3, 4), (8, 12)]) -> [(1, 2), (5, 7)]
    """''',
  " Holes are closed too and may extend beyond base.", "", M, "inclusive_range",
  "Are the holes closed ranges like base (so removing (3, 4) leaves (1, 2) and (5, ...)), or half-open?",
  span="Remove every hole from the closed integer range base", opts=["closed", "half-open"],
  also=[("\n\n    subtract_ranges((1, 10), [(3, 4), (8, 12)]) -> [(1, 2), (5, 7)]", "")])

OK('''def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """a and b are half-open [start, end) intervals with start < end. True if they share any point, so (1, 3) and (3, 5) do not overlap."""''')

BL('''We store price validity periods as (valid_from, valid_to) dates. Write `price_on(periods, day)` that returns the price valid on `day`. Periods for one product can overlap when a promotion is added on top of the list price.''',
   M, "tie_breaking", "Periods for one product can overlap",
   "When two periods overlap on the same day, which price should win: the one that starts later (the promotion), the lowest price, or should it raise an error?",
   opts=["the later-starting period", "the lowest price", "raise an error"])

# ---------------------------------------------------------------------------
# Graphs
# ---------------------------------------------------------------------------

E('''def build_order(deps: dict[str, list]) -> list[str]:
    """deps maps a package to the packages it depends on. Return an order in which
    every package comes after all of its dependencies. Among packages that are ready
    at the same time, pick the alphabetically smallest first, so the output is
    deterministic. Raise ValueError naming one package on a cycle if there is one.

    build_order({"app": ["lib", "util"], "lib": ["util"], "util": []}) -> ["util", "lib", "app"]
    """''',
  " Among packages that are ready\n    at the same time, pick the alphabetically smallest first, so the output is\n    deterministic.", "", M, "tie_breaking",
  "When several packages are ready at the same time, in what order should they be emitted: alphabetical, or the order they appear in deps?",
  span="Return an order in which\n    every package comes after all of its dependencies.", opts=["alphabetical", "order in deps"])

E('''Implement `shortest_hops(graph, src, dst)` on an unweighted directed graph given as an adjacency dict. Return the number of edges on a shortest path from src to dst, 0 if src == dst, and -1 if dst can't be reached.

shortest_hops({"a": ["b"], "b": ["c"], "c": []}, "a", "c") -> 2''',
  ", and -1 if dst can't be reached", "", M, "not_found",
  "What should shortest_hops return when dst is unreachable: -1, None, or raise an exception?",
  span="Return the number of edges on a shortest path from src to dst", opts=["-1", "None", "raise"])

E('''def connected_groups(edges: list[tuple]) -> list[set]:
    """Friendships are undirected edges (a, b). Return the connected groups of people
    as sets, largest group first; groups of equal size are ordered by their
    alphabetically smallest member. People only appear through edges.

    connected_groups([("ann", "bo"), ("cy", "di"), ("bo", "ed")])
      -> [{"ann", "bo", "ed"}, {"cy", "di"}]
    """''',
  "Return the connected groups of people\n    as sets,", "Return the connected groups of people\n    as alphabetically sorted lists,",
  X, "signature_conflict",
  "The signature returns list[set] but the docstring asks for sorted lists; should each group be a set or a sorted list?",
  span="as alphabetically sorted lists", opts=["set", "sorted list"])

E('''cheapest_route(graph, src, dst) -> tuple[int, list]

graph maps a city to a list of (neighbour, cost) pairs; costs are non-negative integers and roads are one-way. Return (total_cost, path) for a cheapest route, where path starts with src and ends with dst. If several routes have the same cost, return the one with fewer edges, and if that still ties, the lexicographically smallest path. Raise ValueError if dst is unreachable.''',
  " If several routes have the same cost, return the one with fewer edges, and if that still ties, the lexicographically smallest path.",
  "", M, "tie_breaking",
  "When several routes have the same cost, which one should be returned: the one with fewest edges, the lexicographically smallest path, or any of them?",
  span="Return (total_cost, path) for a cheapest route", opts=["fewest edges, then lexicographic", "lexicographically smallest", "any"])

E('''def reachable_within(graph: dict[str, list], start: str, k: int) -> set[str]:
    """Return every node reachable from start in at most k hops (directed edges),
    including start itself (0 hops).

    reachable_within({"a": ["b"], "b": ["c"], "c": ["d"]}, "a", 2) -> {"a", "b", "c"}
    """''',
  '-> {"a", "b", "c"}', '-> {"b", "c"}', X, "example_conflict",
  "The docstring includes start itself, but the example leaves out 'a'; should the start node be part of the result?",
  span='{"b", "c"}', opts=["include start", "exclude start"])

E('''Write has_cycle(graph) for a directed graph given as an adjacency dict (node -> list of successors). Return True if any directed cycle exists, self-loops included. Nodes that appear only as successors have no outgoing edges.''',
  "Write has_cycle(graph) for a directed graph given as an adjacency dict (node -> list of successors).",
  "Write has_cycle(graph) for a graph given as an adjacency dict (node -> list of neighbours).", A, "definition",
  "Is the graph directed or undirected (in an undirected adjacency dict each edge a-b is listed twice and must not count as a cycle)?",
  span="for a graph given as an adjacency dict", opts=["directed", "undirected"],
  also=[("Return True if any directed cycle exists", "Return True if any cycle exists"),
        ("Nodes that appear only as successors have no outgoing edges.", "Some nodes may appear only inside the lists.")])

E('''def degrees_of_separation(friends: dict[str, set], a: str, b: str) -> int:
    """friends is a symmetric friendship map. Return how many friendship links separate
    a and b: 0 for the same person, 1 for direct friends, and so on. Return -1 if
    they are not connected. Raise KeyError if a or b is not in friends."""''',
  " Raise KeyError if a or b is not in friends.", " If a or b is not in friends, return -1 as well.", X, "constraint_conflict",
  "Should an unknown person give -1 like an unconnected one, or raise KeyError so typos are caught?",
  span="If a or b is not in friends, return -1 as well.", opts=["return -1", "raise KeyError"],
  also=[("friends is a symmetric friendship map.", "friends is a symmetric friendship map. Unknown names must raise an error so typos are caught.")])

E('''Implement `count_paths(dag, src, dst)` that counts distinct directed paths from src to dst in a DAG (adjacency dict). Return the count modulo 1_000_000_007, since it can be huge. src == dst counts as one path.''',
  " src == dst counts as one path.", "", M, "edge_case",
  "When src == dst, should count_paths return 1 (the empty path) or 0?",
  span="counts distinct directed paths from src to dst", opts=["1", "0"])

OK('''def neighbours(edges: list[tuple], node: int) -> list[int]:
    """Undirected edge list. Return the nodes adjacent to `node`, sorted ascending, without duplicates. A node with no edges gives []."""''')

BL('''def find_path(maze: list[str]) -> list[tuple]:
    """maze rows use '#' for walls, '.' for floor, 'S' for start and 'E' for exit.
    Return a path from S to E as a list of (row, col) cells, moving up/down/left/right."""''',
   M, "not_found", "Return a path from S to E",
   "What should find_path return when no path exists: an empty list, None, or raise an exception? And should the path be a shortest one?",
   opts=["empty list", "None", "raise"])

BL('''Write `spanning_cost(n, edges)` that returns the total weight of a minimum spanning tree of an undirected weighted graph with nodes 0..n-1. edges is a list of (u, v, w). The graph may be disconnected; in that case return the cost of a minimum spanning forest, and raise ValueError since a spanning tree doesn't exist.''',
   X, "constraint_conflict", "raise ValueError since a spanning tree doesn't exist",
   "For a disconnected graph, should spanning_cost return the minimum spanning forest cost or raise ValueError?",
   opts=["return the forest cost", "raise ValueError"])

# ---------------------------------------------------------------------------
# Matrices
# ---------------------------------------------------------------------------

E('''def rotate_grid(grid: list[list]) -> list[list]:
    """Return a new grid rotated 90 degrees clockwise. The grid may be rectangular:
    an r x c grid becomes c x r. An empty grid gives [].

    rotate_grid([ [1, 2, 3], [4, 5, 6] ]) -> [ [4, 1], [5, 2], [6, 3] ]
    """''',
  "rotated 90 degrees clockwise", "rotated 90 degrees", A, "direction",
  "Should the grid be rotated clockwise or counter-clockwise?",
  span="rotated 90 degrees", opts=["clockwise", "counter-clockwise"],
  also=[("\n\n    rotate_grid([ [1, 2, 3], [4, 5, 6] ]) -> [ [4, 1], [5, 2], [6, 3] ]", "")])

E('''Implement matmul(a, b) for matrices given as lists of rows (plain Python, no numpy). a is n x m and b is m x p; the result is n x p. Raise ValueError if the inner dimensions don't match.

matmul([ [1, 2] ], [ [3], [4] ]) -> [ [11] ]''',
  " Raise ValueError if the inner dimensions don't match.", "", M, "invalid_input",
  "What should matmul do when the inner dimensions don't match: raise ValueError, or return None?",
  span="a is n x m and b is m x p", opts=["raise ValueError", "return None"])

E('''def neighbours_sum(grid: list[list], r: int, c: int) -> int:
    """Sum of the up to 8 cells around (r, c), not counting (r, c) itself. Cells
    outside the grid are ignored (no wrap-around).

    With grid = [ [1, 2, 3], [4, 5, 6], [7, 8, 9] ]:
    neighbours_sum(grid, 1, 1) -> 40
    neighbours_sum(grid, 0, 0) -> 11
    """''',
  "neighbours_sum(grid, 0, 0) -> 11", "neighbours_sum(grid, 0, 0) -> 12", X, "example_conflict",
  "The cells around (0, 0) are 2, 4 and 5, which sum to 11, but the example says 12; is the example wrong or should (r, c) itself be included?",
  span="neighbours_sum(grid, 0, 0) -> 12", opts=["example is wrong (11)", "something else is intended"])

E('''spiral(matrix) -> list[int]

Return the elements of an r x c matrix in clockwise spiral order, starting at the top-left corner and going right first. The matrix can be rectangular or empty.

spiral([ [1, 2, 3], [4, 5, 6] ]) -> [1, 2, 3, 6, 5, 4]''',
  "in clockwise spiral order, starting at the top-left corner and going right first", "in spiral order", A, "ordering",
  "Which spiral order: clockwise from the top-left going right, or counter-clockwise going down first?",
  span="in spiral order", opts=["clockwise, right first", "counter-clockwise, down first"],
  also=[("\n\nspiral([ [1, 2, 3], [4, 5, 6] ]) -> [1, 2, 3, 6, 5, 4]", "")])

E('''def transpose(rows: list[list]) -> list[list]:
    """Transpose a table read from CSV. Rows can have different lengths; short rows are
    padded with "" so every column is as long as the longest row.

    transpose([ ["a", "b"], ["c"] ]) -> [ ["a", "c"], ["b", ""] ]
    """''',
  '; short rows are\n    padded with "" so every column is as long as the longest row', "", M, "ragged_input",
  "Rows can have different lengths; should short rows be padded with \"\", should extra cells be dropped (truncate to the shortest row), or should it raise ValueError?",
  span="Rows can have different lengths", opts=['pad with ""', "truncate", "raise ValueError"],
  also=[('\n\n    transpose([ ["a", "b"], ["c"] ]) -> [ ["a", "c"], ["b", ""] ]', '\n\n    transpose([ ["a", "b"], ["c", "d"] ]) -> [ ["a", "c"], ["b", "d"] ]')])

E('''Write `largest_region(grid)` for a grid of 0/1 ints (list of rows). A region is a group of 1-cells connected horizontally or vertically (diagonals don't connect). Return the number of cells in the largest region, or 0 if there are no 1s.''',
  "connected horizontally or vertically (diagonals don't connect)", "that are connected", A, "definition",
  "Do diagonal neighbours count as connected (8-connectivity) or only horizontal/vertical ones (4-connectivity)?",
  span="that are connected", opts=["4-connectivity", "8-connectivity"])

OK('''def identity(n: int) -> list[list]:
    """n x n identity matrix as a list of rows: 1 on the diagonal, 0 elsewhere. identity(0) -> []. Raise ValueError for negative n."""''')

BL('''def normalize_rows(m: list[list]) -> list[list]:
    """Scale each row of m so it sums to 1, for turning counts into probabilities.
    Some rows in our data are all zeros."""''',
   M, "edge_case", "Some rows in our data are all zeros.",
   "How should an all-zero row be normalized: leave it as zeros, make it uniform (1/n each), or raise ValueError?",
   opts=["leave zeros", "uniform 1/n", "raise ValueError"])

# ---------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------

E('''def parse_version(v: str) -> tuple[int, int, int]:
    """Parse "MAJOR.MINOR.PATCH" into a tuple of ints. A leading "v" is allowed
    ("v1.2.3"). Missing parts default to 0, so "2" -> (2, 0, 0) and "2.1" -> (2, 1, 0).
    Anything else, including pre-release suffixes like "1.2.3-rc1", raises ValueError."""''',
  ' Missing parts default to 0, so "2" -> (2, 0, 0) and "2.1" -> (2, 1, 0).', "", M, "invalid_input",
  "Should short versions like '2' or '2.1' be accepted with missing parts set to 0, or rejected with ValueError?",
  span='Parse "MAJOR.MINOR.PATCH" into a tuple of ints.', opts=["pad with 0", "raise ValueError"])

E('''Write `parse_size("10MB") -> int` that turns a human-readable size into bytes. Units are B, KB, MB, GB and TB, case-insensitive, and they are binary: 1 KB = 1024 B. A bare number means bytes. Decimals are allowed ("1.5GB") and the result is rounded down to whole bytes.

parse_size("10MB") -> 10485760''',
  ", and they are binary: 1 KB = 1024 B", "", M, "unit",
  "Are the units decimal (1 KB = 1000 B) or binary (1 KB = 1024 B)?",
  span="Units are B, KB, MB, GB and TB", opts=["binary (1024)", "decimal (1000)"],
  also=[("\n\nparse_size(\"10MB\") -> 10485760", "")])

E('''def parse_query(qs: str) -> dict[str, list]:
    """Parse a URL query string like "a=1&b=2&a=3" into {"a": ["1", "3"], "b": ["2"]}.
    Values are percent-decoded and "+" becomes a space. Every key maps to a list, even
    if it appears once. A key without "=" maps to [""]. An empty string gives {}."""''',
  'def parse_query(qs: str) -> dict[str, list]:', 'def parse_query(qs: str) -> dict[str, str]:', X, "signature_conflict",
  "The signature maps keys to single strings, but the docstring maps every key to a list of values; should repeated keys keep all values (list) or just one?",
  span="-> dict[str, str]:", opts=["list of all values", "single value (last wins)"])

E('''Implement `parse_csv_line(line: str) -> list[str]` for one line of CSV. Fields are separated by commas. A field may be wrapped in double quotes, in which case it can contain commas, and a doubled quote "" inside it stands for one quote character. Surrounding quotes are removed. No newlines inside fields.

parse_csv_line('a,"b,c","say ""hi"""') -> ["a", "b,c", 'say "hi"']''',
  ', and a doubled quote "" inside it stands for one quote character', "", M, "escaping",
  'How are quote characters inside a quoted field escaped: by doubling them ("") or with a backslash?',
  span="A field may be wrapped in double quotes", opts=['doubled quote ""', "backslash"],
  also=[('''\n\nparse_csv_line('a,"b,c","say ""hi"""') -> ["a", "b,c", 'say "hi"']''', '''\n\nparse_csv_line('a,"b,c",d') -> ["a", "b,c", "d"]''')])

E('''def parse_bool(s: str) -> bool:
    """Parse a config flag. "true", "yes", "on", "1" -> True; "false", "no", "off", "0" -> False,
    case-insensitive and ignoring surrounding whitespace. Anything else raises ValueError."""''',
  " Anything else raises ValueError.", " Anything else returns False.", X, "constraint_conflict",
  "Unknown values return False here, but the config loader documents that typos in flags must be reported; should unknown values return False or raise ValueError?",
  span="Anything else returns False.", opts=["return False", "raise ValueError"],
  also=[('"""Parse a config flag.', '"""Parse a config flag. Typos in flags must never pass silently.')])

E('''parse_coords(s) -> tuple[float, float]

Parse a latitude/longitude string like "48.8584, 2.2945" (latitude first) into (lat, lon). Whitespace around the comma is optional. Raise ValueError if there aren't exactly two numbers, if lat is outside [-90, 90], or if lon is outside [-180, 180].''',
  ' (latitude first)', "", M, "ordering",
  "Is the first number in the string the latitude or the longitude (GeoJSON uses lon, lat)?",
  span='"48.8584, 2.2945"', opts=["lat, lon", "lon, lat"])

E('''def parse_log_line(line: str) -> dict:
    """Parse one access-log line of the form
        2024-05-01T12:00:03Z GET /api/items 200 35ms
    into {"ts": datetime (UTC, tz-aware), "method": str, "path": str,
    "status": int, "ms": int}. Lines that don't match return None."""''',
  " Lines that don't match return None.", "", M, "invalid_input",
  "What should parse_log_line do with a line that doesn't match the format: return None, raise ValueError, or skip it?",
  span="Parse one access-log line of the form", opts=["return None", "raise ValueError"])

E('''Write `tokenize(expr)` for our tiny calculator. Tokens are non-negative integers, the operators + - * / and parentheses. Spaces are skipped. Return a list of strings. Any other character raises ValueError with its position.

tokenize("12+(3 * 4)") -> ["12", "+", "(", "3", "*", "4", ")"]''',
  'tokenize("12+(3 * 4)") -> ["12", "+", "(", "3", "*", "4", ")"]', 'tokenize("12+(3 * 4)") -> [12, "+", "(", 3, "*", 4, ")"]', X, "example_conflict",
  "The text says tokens are strings, but the example returns the numbers as ints; should number tokens be strings or ints?",
  span='[12, "+", "(", 3, "*", 4, ")"]', opts=["all strings", "ints for numbers"])

E('''def parse_range_list(s: str) -> list[int]:
    """Expand a page selection like "1-3,7,10-12" into [1, 2, 3, 7, 10, 11, 12].
    Ranges are inclusive on both ends. The result is sorted and has no duplicates,
    even if the input overlaps ("1-3,2"). A reversed range like "5-3" raises ValueError."""''',
  ' A reversed range like "5-3" raises ValueError.', "", M, "invalid_input",
  "What should happen for a reversed range like '5-3': raise ValueError, treat it as 3-5, or ignore it?",
  span='Expand a page selection like "1-3,7,10-12"', opts=["raise ValueError", "treat as 3-5", "ignore it"])

E('''parse_header(raw: str) -> dict[str, str]

Parse raw HTTP header lines ("Name: value", one per line) into a dict. Header names are lowercased; values keep their case with surrounding whitespace stripped. If a header repeats, join the values with ", " in order.

parse_header("Accept: a\\nX-Id: 7\\naccept: b") -> {"accept": "a, b", "x-id": "7"}''',
  'If a header repeats, join the values with ", " in order.', "Repeated headers are possible.", M, "duplicate_keys",
  "When a header appears more than once, should the values be joined with ', ', should the last one win, or should each map to a list?",
  span="Repeated headers are possible.", opts=['join with ", "', "last wins", "list of values"],
  also=[('\n\nparse_header("Accept: a\\nX-Id: 7\\naccept: b") -> {"accept": "a, b", "x-id": "7"}', '\n\nparse_header("Accept: a\\nX-Id: 7") -> {"accept": "a", "x-id": "7"}')])

OK('''def parse_int_list(s: str) -> list[int]:
    """"3, 1,4" -> [3, 1, 4]. Split on commas, strip spaces, convert with int(). Empty string -> []. Let int() raise on bad items, that's fine."""''')

OK('''Parse a "WxH" string like "1920x1080" into a tuple of two ints (1920, 1080). The separator is a lowercase x with no spaces. Raise ValueError for anything else, even though old clients sometimes send "1920 x 1080". Call it parse_resolution.''')

BL('''def parse_amount(s: str) -> int:
    """Parse an amount typed by a user into cents. Examples:
    "12" -> 1200, "12.5" -> 1250, "12,50" -> 1250, "1,250" -> 125000
    """''',
   X, "example_conflict", '"1,250" -> 125000',
   "In '12,50' the comma is a decimal separator but in '1,250' it's a thousands separator; how should a comma followed by exactly three digits be read?",
   opts=["thousands separator", "decimal separator", "reject as ambiguous"])

BL('''hey, could you write parse_time(s) that returns minutes since midnight? people type stuff like "9", "9:30", "930", "9.30pm", "21:30" into the field. midnight is 0''',
   A, "definition", '"9", "9:30", "930"',
   "When there is no am/pm, should times like '9' or '930' be read as morning (09:00) or on a 24-hour clock only with afternoon never assumed?",
   opts=["24-hour clock, so 9 = 09:00", "guess pm for business hours"])

# ---------------------------------------------------------------------------
# Text formatting
# ---------------------------------------------------------------------------

E('''def format_table(rows: list[list], headers: list[str]) -> str:
    """Render a plain-text table. Each column is as wide as its widest cell or
    header; cells are left-aligned and padded with spaces; columns are separated by
    " | ". A line of "-" characters (same total width) goes under the header row.
    Lines have no trailing spaces and are joined with "\\n" (no final newline)."""''',
  'Each column is as wide as its widest cell or\n    header; cells are left-aligned and padded with spaces; columns are separated by\n    " | ".',
  "Make the columns line up nicely.", A, "output_format",
  "How should the columns be laid out: left-aligned cells padded with spaces and separated by ' | ', or a Markdown table?",
  span="Make the columns line up nicely.", opts=["padded, ' | ' separated", "Markdown table", "tab-separated"])

E('''Write `human_bytes(n: int) -> str` for the file browser. Use binary units B, KiB, MiB, GiB, TiB; pick the largest unit in which the value is at least 1, and show one decimal place except for plain bytes.

human_bytes(512) -> "512 B"
human_bytes(1536) -> "1.5 KiB"
human_bytes(5 * 1024**3) -> "5.0 GiB"''',
  "Use binary units B, KiB, MiB, GiB, TiB; pick the largest unit in which the value is at least 1, and show one decimal place except for plain bytes.",
  "Show it in whatever unit makes sense.", A, "output_format",
  "Which units and precision should human_bytes use: binary units (KiB, MiB) with one decimal, or decimal units (kB, MB)?",
  span="whatever unit makes sense", opts=["binary, 1 decimal", "decimal (1000), 1 decimal"],
  also=[('\nhuman_bytes(1536) -> "1.5 KiB"\nhuman_bytes(5 * 1024**3) -> "5.0 GiB"', "")])

E('''def center_text(s: str, width: int, fill: str = " ") -> str:
    """Center s in a field of `width` characters using `fill`. When the padding is
    odd, the extra fill character goes on the right. If s is longer than width,
    return it unchanged.

    center_text("ab", 5, "*") -> "*ab**"
    """''',
  "When the padding is\n    odd, the extra fill character goes on the right.", "", M, "tie_breaking",
  "When the padding can't be split evenly, should the extra fill character go on the left or on the right?",
  span="Center s in a field of `width` characters using `fill`.", opts=["right", "left"],
  also=[('    center_text("ab", 5, "*") -> "*ab**"', '    center_text("ab", 6, "*") -> "**ab**"')])

E('''Implement `ordinal(n: int) -> str` returning the English ordinal: 1 -> "1st", 2 -> "2nd", 3 -> "3rd", 4 -> "4th", 11 -> "11th", 12 -> "12th", 13 -> "13th", 21 -> "21st", 112 -> "112th". n >= 0.''',
  '11 -> "11th"', '11 -> "11st"', X, "example_conflict",
  "The example gives '11st', but 11, 12 and 13 normally take 'th' (and '12th', '13th' are listed); should 11 be '11th' or '11st'?",
  span='11 -> "11st"', opts=["11th", "11st"])

E('''def join_names(names: list[str]) -> str:
    """Join names for a sentence, with an Oxford comma:
    [] -> "", ["A"] -> "A", ["A", "B"] -> "A and B", ["A", "B", "C"] -> "A, B, and C"."""''',
  '["A", "B", "C"] -> "A, B, and C"', '["A", "B", "C"] -> "A, B and C"', X, "example_conflict",
  "The docstring asks for an Oxford comma but the three-name example has none; should it be 'A, B, and C' or 'A, B and C'?",
  span='"A, B and C"', opts=["with Oxford comma", "without"])

E('''Write `indent_block(text, n)` that prefixes every line of text with n spaces, except empty lines, which stay empty (no trailing whitespace). Keep the original line endings; a final newline stays a final newline.''',
  ", except empty lines, which stay empty (no trailing whitespace)", "", M, "edge_case",
  "Should empty lines be indented too, or left empty so there is no trailing whitespace?",
  span="prefixes every line of text with n spaces", opts=["leave empty lines empty", "indent them too"])

E('''def progress_bar(done: int, total: int, width: int = 20) -> str:
    """Render e.g. "[#####---------------] 25%" for done=5, total=20. The bar has
    exactly `width` cells; filled cells = floor(width * done / total); the percentage
    is rounded down too. total == 0 renders as 100%."""''',
  "; filled cells = floor(width * done / total); the percentage\n    is rounded down too", "", M, "rounding",
  "How should partial cells and the percentage be rounded: always down, or to the nearest value?",
  span="The bar has\n    exactly `width` cells", opts=["round down", "round to nearest"])

E('''Implement `pad_left_number(n, width)` that returns n as a string left-padded with zeros to width characters. Negative numbers keep the minus sign in front and it counts toward width: pad_left_number(-42, 5) -> "-0042". Numbers already longer than width are returned as they are.''',
  ' and it counts toward width: pad_left_number(-42, 5) -> "-0042"', "", M, "edge_case",
  "For negative numbers, does the minus sign count toward width ('-0042' for width 5) or come on top of it ('-00042')?",
  span="Negative numbers keep the minus sign in front", opts=["counts toward width", "extra to width"])

E('''def format_duration(seconds: int) -> str:
    """Format a non-negative number of seconds as "H:MM:SS". Hours are not padded
    and can exceed 24: format_duration(3725) -> "1:02:05", format_duration(90000) -> "25:00:00"."""''',
  'as "H:MM:SS"', "in a readable way", A, "output_format",
  "What format should durations use: 'H:MM:SS' (1:02:05), or words like '1h 2m 5s'?",
  span="in a readable way", opts=["H:MM:SS", "1h 2m 5s"],
  also=[(': format_duration(3725) -> "1:02:05", format_duration(90000) -> "25:00:00"', "")])

E('''Write `bullet_list(items, style)` returning a Markdown list as one string. style "dash" gives "- item" lines, style "number" gives "1. item", "2. item", ... Lines are joined with "\\n". An unknown style raises ValueError. Items containing newlines are not expected.''',
  ' An unknown style raises ValueError.', ' An unknown style falls back to "dash", and so does style=None.', X, "constraint_conflict",
  "Should an unknown style fall back to 'dash' or raise ValueError as the config validator expects?",
  span='An unknown style falls back to "dash"', opts=["fall back to dash", "raise ValueError"],
  also=[("Items containing newlines are not expected.", "Like every renderer in this module it must raise ValueError on bad arguments.")])

OK('''def title_line(title: str) -> str:
    """Return the title followed by a newline and a row of "=" as long as the title, e.g. "Intro" -> "Intro\\n=====". No trailing newline."""''')

OK('''Implement `percent(part, whole)` returning a string like "42.9%": part/whole*100 rounded to one decimal with Python's round(), followed by "%". If whole is 0 return "n/a". Both args are ints >= 0.''')

BL('''def excerpt(text: str) -> str:
    """Return a short excerpt of an article for the card view: the beginning of the
    text, cut at a word boundary, with "…" appended when something was cut."""''',
   A, "limit", "a short excerpt",
   "How long should the excerpt be at most: a character limit (e.g. 160) or a number of words (e.g. 30)?",
   opts=["160 characters", "30 words", "first sentence"])

BL('''Write `format_name(first, last)` for the badge printer. Output "Last, First" in the same case the user typed, e.g. ("ada", "Lovelace") -> "Lovelace, Ada". Badges must show names exactly as entered.''',
   X, "example_conflict", "Badges must show names exactly as entered.",
   "The example capitalizes 'ada' to 'Ada', but the text says names are shown exactly as entered; should the case be kept or capitalized?",
   opts=["keep the case as entered", "capitalize each name"])

# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------

E('''def is_strong_password(pw: str) -> bool:
    """Return True if pw is at least 12 characters long and contains at least one
    lowercase letter, one uppercase letter and one digit. Spaces are allowed."""''',
  "at least 12 characters long and contains at least one\n    lowercase letter, one uppercase letter and one digit", "strong", A, "definition",
  "What makes a password strong: minimum length (8? 12?) and which character classes are required?",
  span="strong", opts=["12+ chars with lower, upper and digit", "8+ chars with a digit", "zxcvbn score >= 3"])

E('''Write `valid_username(name)`: 3 to 20 characters, only ASCII letters, digits and underscores, must start with a letter. Case doesn't matter for validity. Return a bool.''',
  "3 to 20 characters", "a sensible length", A, "limit",
  "What length limits should a username have, for example 3-20 or 4-32 characters?",
  opts=["3-20 characters", "4-32 characters"])

E('''def valid_iban_length(iban: str) -> bool:
    """Check only the length and shape of an IBAN, not the checksum: remove spaces,
    uppercase, then it must be two letters, two digits and 11 to 30 more letters or
    digits. Return a bool."""''',
  "two letters, two digits and 11 to 30 more letters or\n    digits", "the usual IBAN shape", A, "definition",
  "Which shape rule should be enforced: the generic one (2 letters, 2 digits, 11-30 alphanumerics) or the exact per-country length table?",
  span="the usual IBAN shape", opts=["generic 15-34 characters", "per-country length table"])

E('''Implement `is_valid_ipv4(s: str) -> bool`. Four decimal numbers 0-255 separated by dots. Leading zeros are not allowed ("01" is invalid, "0" is fine), and no whitespace or sign characters.

is_valid_ipv4("192.168.0.1") -> True
is_valid_ipv4("192.168.00.1") -> False''',
  ' Leading zeros are not allowed ("01" is invalid, "0" is fine), and no whitespace or sign characters.',
  " No whitespace or sign characters.", M, "edge_case",
  "Should octets with leading zeros like '01' or '00' be accepted?",
  span="Four decimal numbers 0-255 separated by dots.", opts=["reject leading zeros", "accept them"],
  also=[('\nis_valid_ipv4("192.168.00.1") -> False', "")])

E('''def validate_order(order: dict) -> list[str]:
    """Validate an order dict and return a list of error messages (empty if valid).
    Rules: "qty" is an int from 1 to 99 inclusive; "sku" is three uppercase letters, "-", four digits;
    "email" contains exactly one "@". Report every broken rule, in that order,
    not just the first one."""''',
  " Report every broken rule, in that order,\n    not just the first one.", " Stop at the first broken rule.", X, "constraint_conflict",
  "Should validate_order stop at the first broken rule, or report every error as the returned list suggests?",
  span="Stop at the first broken rule.", opts=["report all errors", "stop at the first"],
  also=[("return a list of error messages (empty if valid).", "return a list of all error messages (empty if valid), so the form can highlight every bad field at once.")])

E('''Write `is_valid_date(s)` that returns True only for real calendar dates in the form YYYY-MM-DD (zero-padded), so "2023-02-29" is False and "2024-02-29" is True. Years 0001-9999.''',
  'so "2023-02-29" is False and "2024-02-29" is True', 'so "2023-02-29" is True and "2024-02-29" is True', X, "example_conflict",
  "2023 is not a leap year, so '2023-02-29' isn't a real date, yet the example says True; should the check validate real calendar dates or only the format?",
  span='"2023-02-29" is True', opts=["real calendar dates", "format only"])

E('''def check_luhn(number: str) -> bool:
    """Luhn check for card numbers. Spaces and hyphens are ignored; any other
    non-digit makes it return False. Strings with fewer than 12 digits return False."""''',
  " Spaces and hyphens are ignored; any other\n    non-digit makes it return False.", "", M, "invalid_input",
  "How should non-digit characters be handled: ignore spaces and hyphens and reject anything else, or strip all non-digits, or raise ValueError?",
  span="Luhn check for card numbers.", opts=["ignore spaces/hyphens, reject others", "strip all non-digits", "raise ValueError"])

E('''Implement `valid_hex_id(s)`: True if s is exactly 24 lowercase hex characters (a MongoDB ObjectId string). Uppercase letters make it invalid.''',
  " Uppercase letters make it invalid.", " Uppercase is fine too, the old importer wrote IDs in upper case; still, only lowercase is valid.", X, "constraint_conflict",
  "Should IDs with uppercase hex letters be valid or not?",
  span="Uppercase is fine too", opts=["lowercase only", "case-insensitive"])

E('''def validate_age(value: str) -> int:
    """Parse an age from a form field and return it as an int. Accept whole numbers
    from 0 to 130 inclusive, with surrounding whitespace. Raise ValueError with the
    message "invalid age" for anything else (decimals, negatives, text)."""''',
  "from 0 to 130 inclusive", "in a realistic range", A, "threshold",
  "What range of ages is valid, e.g. 0-130 or 18-120?",
  span="in a realistic range", opts=["0-130", "18-120"])

E('''Write `is_valid_slug(s)` -> bool. A slug is 1-64 characters of lowercase a-z, 0-9 and single hyphens between them: no leading, trailing or double hyphens.

is_valid_slug("my-post-2") -> True
is_valid_slug("my--post") -> False''',
  'is_valid_slug("my--post") -> False', 'is_valid_slug("my--post") -> True', X, "example_conflict",
  "The rule forbids double hyphens, but the example accepts 'my--post'; should double hyphens be valid?",
  span='is_valid_slug("my--post") -> True', opts=["invalid", "valid"])

OK('''def is_even_length(s: str) -> bool:
    """True if len(s) is even (0 counts as even)."""''')

BL('''def validate_email(addr: str) -> bool:
    """Return True if addr is a valid e-mail address."""

We use it both on the signup form and when importing old customer records.''',
   A, "definition", "a valid e-mail address",
   "How strict should validation be: a simple shape check (one @, a dot in the domain), full RFC 5322 syntax, or also a DNS/MX lookup?",
   opts=["simple shape check", "RFC 5322 syntax", "syntax plus MX lookup"])

BL('''Implement `validate_zip(code: str) -> bool` for the shipping form. US ZIP codes are five digits, optionally followed by a hyphen and four more digits ("12345" or "12345-6789"). We ship to the US and Canada.''',
   M, "scope", "We ship to the US and Canada.",
   "Should validate_zip also accept Canadian postal codes (like 'K1A 0B1'), and if so, is the country passed in or inferred from the format?",
   opts=["US only", "US and Canada, inferred", "country passed as a parameter"])

# ---------------------------------------------------------------------------
# Bug reports and refactor requests in the same style
# ---------------------------------------------------------------------------

E('''Bug in `format_price` (shop/money.py): format_price(1234.5) returns "$1,234.5". Expected "$1,234.50": always exactly two decimals. Negative amounts should render as "-$12.00", not "$-12.00". Please fix and add tests for both cases.''',
  ' Expected "$1,234.50": always exactly two decimals. Negative amounts should render as "-$12.00", not "$-12.00".',
  " That's clearly not what the designers want, and negatives look off too.", M, "expected_behavior",
  "What exact output do you expect: '$1,234.50' with two decimals, and '-$12.00' or '($12.00)' for negatives?",
  span="That's clearly not what the designers want", opts=['"-$12.00"', '"($12.00)"'])

E('''`slice_page(items, page, per_page)` returns the wrong slice: slice_page(list(range(10)), 1, 3) gives [3, 4, 5] but pages are 1-based, so page 1 must be [0, 1, 2]. A page past the end should return [], and page < 1 should raise ValueError. Fix the function and keep the signature.''',
  "but pages are 1-based, so page 1 must be [0, 1, 2]", "which isn't right", M, "expected_behavior",
  "Are pages meant to be 1-based (page 1 = [0, 1, 2]) or is the bug something else, e.g. wrong per_page handling?",
  span="which isn't right", opts=["1-based pages", "0-based pages, different bug"])

E('''Refactor `load_config()` in settings.py. Right now it reads config.yaml, then silently ignores a missing file. Acceptance criteria:
1. Split it into read_config_file(path) and apply_env_overrides(cfg), with load_config calling both.
2. A missing file raises FileNotFoundError with the path in the message.
3. Env vars prefixed APP_ override keys (APP_DB_HOST -> db.host).
4. Behaviour for existing valid config files is unchanged; existing tests must pass unmodified.''',
  "2. A missing file raises FileNotFoundError with the path in the message.",
  "2. A missing file must keep working exactly as today (no exception), but should raise FileNotFoundError with the path in the message.",
  X, "constraint_conflict",
  "Should a missing config file keep being ignored silently, or raise FileNotFoundError?",
  span="must keep working exactly as today (no exception), but should raise FileNotFoundError",
  opts=["raise FileNotFoundError", "keep ignoring it"])

E('''Bug: `count_words("hello,world")` returns 1. Words are runs of letters and digits, so punctuation separates words and this should be 2. Apostrophes inside a word ("don't") do not split it. Fix count_words in textutil.py.''',
  " Apostrophes inside a word (\"don't\") do not split it.", "", M, "definition",
  "Should an apostrophe inside a word like \"don't\" split it into two words or keep it as one?",
  span="punctuation separates words", opts=["keep as one word", "split at the apostrophe"])

E('''The `retry` decorator in net/retry.py retries forever when the function keeps raising. Change it so it makes at most 3 attempts in total (the first call plus 2 retries), sleeping 1s, then 2s between attempts, and re-raises the last exception after the third failure. Don't change the decorator's name or how it is applied.''',
  "at most 3 attempts in total (the first call plus 2 retries), sleeping 1s, then 2s between attempts", "a limited number of attempts", A, "limit",
  "How many attempts should retry make in total, and with what delays between them (e.g. 3 attempts with 1s/2s backoff)?",
  span="a limited number of attempts", opts=["3 attempts, 1s/2s backoff", "5 attempts, fixed 1s"])

E('''Bug report: `to_celsius(98.6)` returns 37.00000000000001 and the UI shows that. to_celsius should return the value rounded to 1 decimal place (37.0). Only the return value changes; callers already format it.''',
  "to_celsius should return the value rounded to 1 decimal place (37.0).", "It should look clean.", A, "rounding",
  "How should to_celsius fix this: round the return value (to how many decimals?) or leave it as a float and round only in the UI formatting?",
  span="It should look clean.", opts=["round to 1 decimal in to_celsius", "format in the UI only"])

E('''Refactor request: `report.py` has three near-identical functions, daily_totals, weekly_totals and monthly_totals. Replace them with one function totals(rows, period) where period is "day", "week" or "month" (ISO weeks, Monday start). Keep the three old names as thin wrappers that call totals, so existing imports still work. Output must stay byte-identical for the existing fixtures.''',
  " Keep the three old names as thin wrappers that call totals, so existing imports still work.",
  " Delete the three old functions; nothing should call them any more, and existing imports must keep working.", X, "constraint_conflict",
  "Should the three old functions be deleted, or kept as thin wrappers so existing imports keep working?",
  span="Delete the three old functions", opts=["keep thin wrappers", "delete and update the callers"])

E('''Bug: `dedupe_emails` keeps both "Bob@Example.com" and "bob@example.com". Compare addresses case-insensitively (the whole address) and also ignore a "+tag" suffix in the local part, so "bob+news@example.com" is the same as "bob@example.com". Keep the first spelling seen. Fix in users/clean.py.''',
  'and also ignore a "+tag" suffix in the local part, so "bob+news@example.com" is the same as "bob@example.com"',
  "and also catch the other kinds of aliases people use", A, "definition",
  "Which aliases should count as the same address: '+tag' suffixes, dots in Gmail local parts, or both?",
  span="the other kinds of aliases people use", opts=["+tag suffixes", "Gmail dots", "both"])

E('''`parse_timestamp` crashes with ValueError on inputs like "2024-05-01T10:00:00+02:00". It only handles the "Z" suffix. It must accept any UTC offset and return an aware datetime converted to UTC. Naive inputs (no offset) are still rejected with ValueError, as now.''',
  " Naive inputs (no offset) are still rejected with ValueError, as now.", "", M, "invalid_input",
  "Should timestamps without any offset keep raising ValueError, or be treated as UTC?",
  span="It must accept any UTC offset", opts=["keep raising ValueError", "assume UTC"])

E('''In `cart.py`, `apply_coupon(cart, code)` applies the same coupon twice if it's called twice. Make it idempotent: applying a code that is already on the cart does nothing and returns the cart unchanged. Applying a second, different code replaces the first one (only one coupon per cart).''',
  " Applying a second, different code replaces the first one (only one coupon per cart).", "", M, "expected_behavior",
  "What should happen when a different coupon is applied to a cart that already has one: replace it, stack both, or reject the second?",
  span="Make it idempotent", opts=["replace", "stack", "reject"])

E('''Bug: sort_versions(["1.10.0", "1.2.0", "1.9.1"]) returns ["1.10.0", "1.2.0", "1.9.1"] because it sorts strings. It must sort numerically, ascending, by each dot-separated part: expected ["1.2.0", "1.9.1", "1.10.0"].''',
  'expected ["1.2.0", "1.9.1", "1.10.0"]', 'expected ["1.10.0", "1.9.1", "1.2.0"]', X, "example_conflict",
  "The text asks for ascending order but the expected list is descending; which order should sort_versions return?",
  span='["1.10.0", "1.9.1", "1.2.0"]', opts=["ascending", "descending"])

E('''Please refactor `send_invoice(invoice)` so the PDF rendering and the e-mail sending are separate functions: render_invoice_pdf(invoice) -> bytes and email_invoice(invoice, pdf_bytes) -> None. send_invoice keeps its signature and calls the two. No behaviour change.''',
  "render_invoice_pdf(invoice) -> bytes and email_invoice(invoice, pdf_bytes) -> None", "with sensible names and signatures", M, "interface",
  "What names and signatures do you want for the two new functions, e.g. render_invoice_pdf(invoice) -> bytes and email_invoice(invoice, pdf) -> None?",
  span="with sensible names and signatures")

E('''`batch(iterable, n)` in utils/itertools2.py drops the last partial batch: batch(range(5), 2) yields [0, 1], [2, 3] and stops. It should also yield the final [4]. batch with n < 1 should raise ValueError (today it loops forever).''',
  "It should also yield the final [4].", "It should behave correctly.", M, "expected_behavior",
  "Should batch yield the final partial batch [4], or is dropping it intended and the bug something else?",
  span="It should behave correctly.", opts=["yield the partial batch", "drop it"])

E('''Fix `percent_change(old, new)` in metrics.py. It raises ZeroDivisionError when old is 0. When old is 0 and new is 0 return 0.0; when old is 0 and new is not, return None (the dashboard shows "n/a"). All other cases are correct already.''',
  " When old is 0 and new is 0 return 0.0; when old is 0 and new is not, return None (the dashboard shows \"n/a\").",
  " Handle it gracefully.", A, "return_value",
  "What should percent_change return when old is 0: None, 0.0, float('inf'), or raise a clearer error?",
  span="Handle it gracefully.", opts=["None", "0.0", "inf"])

E('''Refactor `utils.py` (900 lines) into a package: utils/strings.py, utils/dates.py and utils/io.py, grouping functions by what they operate on. utils/__init__.py re-exports every public name so `from utils import x` keeps working. No function bodies change.''',
  " utils/__init__.py re-exports every public name so `from utils import x` keeps working.",
  " Update the imports where needed.", M, "compatibility",
  "Should utils/__init__.py re-export the old names so existing `from utils import x` keeps working, or should every call site be updated?",
  span="Update the imports where needed.", opts=["re-export in __init__", "update all call sites"])

OK('''Bug: `is_leap_year(1900)` returns True. 1900 is not a leap year (divisible by 100 but not by 400). 2000 is. Fix is_leap_year in cal.py and add tests for 1900, 2000, 2024 and 2023.''')

OK('''small refactor pls: in `api/views.py`, `get_user` and `get_team` both copy-paste the same 12 lines that parse the `?fields=` query param. pull that into a private helper `_parse_fields(request) -> list[str]` in the same file and call it from both. no behaviour change, tests in test_views.py must still pass.''')

BL('''Bug: the CSV export of orders is wrong for some customers. Please fix it in export/orders.py. Ticket #4411 has the details from support.''',
   M, "expected_behavior", "the CSV export of orders is wrong for some customers",
   "What exactly is wrong in the export (wrong values, encoding, missing rows?) and what is the expected output, since the ticket details aren't included here?",
   opts=["wrong values", "encoding problem", "missing rows"])

BL('''Refactor `price_with_tax` to use Decimal instead of float. Acceptance criteria: (a) the function signature stays `price_with_tax(price: float, rate: float) -> float`; (b) callers pass and receive Decimal values; (c) all tests pass.''',
   X, "signature_conflict", "callers pass and receive Decimal values",
   "Should price_with_tax keep its float signature and use Decimal internally, or change its parameters and return type to Decimal?",
   opts=["float API, Decimal inside", "Decimal API"])

BL('''The `search_products` endpoint is slow. Make it faster.''',
   M, "target", "Make it faster.",
   "What's the target: a latency goal (e.g. p95 under 200 ms) for which queries, and are changes to the database schema or indexes allowed?",
   opts=["p95 < 200 ms", "p95 < 500 ms"])

E('''Bug: `next_business_day(d)` returns Saturday when d is a Friday. It should return the next weekday strictly after d, skipping Saturdays, Sundays and the dates in the HOLIDAYS set in cal/holidays.py. next_business_day(Fri 2024-03-29) with Mon 2024-04-01 a holiday -> Tue 2024-04-02.''',
  ", skipping Saturdays, Sundays and the dates in the HOLIDAYS set in cal/holidays.py", ", skipping weekends and holidays", A, "definition",
  "Which holidays should be skipped: the HOLIDAYS set in cal/holidays.py, a country calendar from a library, or a list passed in?",
  span="skipping weekends and holidays", opts=["HOLIDAYS in cal/holidays.py", "the holidays package", "a parameter"],
  also=[(" next_business_day(Fri 2024-03-29) with Mon 2024-04-01 a holiday -> Tue 2024-04-02.", "")])

E('''Our `truncate_log(path, max_lines)` keeps the first max_lines lines of the log, but we need the opposite: keep the LAST max_lines lines (the newest), drop the rest, and rewrite the file in place. If the file has max_lines lines or fewer, leave it untouched (don't even rewrite it).''',
  "(don't even rewrite it).", "(don't even rewrite it). Example: a 10-line log with max_lines=3 must end up with lines 1-3.", X, "example_conflict",
  "The text asks to keep the last max_lines lines, but the example keeps lines 1-3 of 10; should the newest or the oldest lines be kept?",
  span="must end up with lines 1-3", opts=["the last (newest) lines", "the first lines"])

E('''`average_rating(reviews)` returns nan for products without reviews, and the template prints "nan stars". Return None instead when there are no reviews; the template already shows "No reviews yet" for None. Keep returning a float rounded to 1 decimal otherwise.''',
  "Return None instead when there are no reviews; the template already shows \"No reviews yet\" for None.",
  "Return 0.0 when there are no reviews so the template can show \"No reviews yet\" for None.", X, "constraint_conflict",
  "Should average_rating return 0.0 or None for products with no reviews (the template only shows 'No reviews yet' for None)?",
  span="Return 0.0 when there are no reviews", opts=["None", "0.0"])

E('''Refactor the `User` class: replace the public `password` attribute with a `set_password(raw)` method that stores a bcrypt hash in `password_hash`, and `check_password(raw) -> bool`. Reading user.password afterwards should raise AttributeError. Migrate the three call sites in auth/.''',
  " Reading user.password afterwards should raise AttributeError.", "", M, "compatibility",
  "After the change, what should reading user.password do: raise AttributeError, return the hash, or return None?",
  span="replace the public `password` attribute", opts=["raise AttributeError", "return the hash", "return None"])

OK('''Bug: `slugify("Crème brûlée")` returns "cr-me-br-l-e". It should transliterate accented Latin letters to ASCII first (é -> e, û -> u, ü -> u, ß -> ss) using unicodedata NFKD plus the ß special case, giving "creme-brulee". Other behaviour stays the same.''')

BL('''Fix the rounding bug in `invoice_total`. Finance says our totals are sometimes one cent off compared to the accounting system. Line totals should be rounded per line before summing. Also, totals must match the accounting system, which rounds only the final sum.''',
   X, "constraint_conflict", "which rounds only the final sum",
   "Should invoice_total round each line before summing, or only round the final sum like the accounting system?",
   opts=["round per line", "round only the total"])

# ---------------------------------------------------------------------------
# Requests that depend on the code or ticket given as context
# ---------------------------------------------------------------------------

CP('''Write the body of the function below so it passes the doctests.''',
   '''def clamp(x: float, lo: float, hi: float) -> float:
    """Limit x to the closed range [lo, hi]. Raise ValueError if lo > hi.

    >>> clamp(5, 0, 3)
    3
    >>> clamp(-1, 0, 3)
    0
    """''',
   '''def clamp(x: float, lo: float, hi: float) -> float:
    """Limit x to the closed range [lo, hi]. Raise ValueError if lo > hi.

    >>> clamp(5, 0, 3)
    3
    >>> clamp(2, 3, 0)
    2
    """''',
   X, "example_conflict", ">>> clamp(2, 3, 0)\n    2",
   "The docstring says lo > hi raises ValueError, but the doctest clamp(2, 3, 0) expects 2; should reversed bounds raise or be swapped?",
   opts=["raise ValueError", "swap the bounds"])

CP('''Add type hints to the parse helper and make it raise ValueError instead of returning None.''',
   '''# config/loader.py
def parse(text):
    if not text.strip():
        return None
    return dict(line.split("=", 1) for line in text.splitlines() if line)

def load(path):
    with open(path) as f:
        return parse(f.read())''',
   '''# config/loader.py
def parse_line(line):
    if "=" not in line:
        return None
    k, v = line.split("=", 1)
    return k.strip(), v.strip()

def parse_file(text):
    if not text.strip():
        return None
    return dict(filter(None, map(parse_line, text.splitlines())))''',
   A, "reference", "def parse_line(line):",
   "Both parse_line and parse_file return None in some case; which helper do you mean?",
   opts=["parse_line", "parse_file", "both"])

CP('''Implement the function from this ticket.''',
   '''TICKET-212: add `days_in_month(year, month) -> int`. Return 28-31 following the Gregorian calendar, including leap years (divisible by 4, except centuries not divisible by 400). month outside 1..12 raises ValueError.''',
   '''TICKET-212: add `days_in_month(year, month) -> int`. Return 28-31 following the Gregorian calendar. Should match the old Delphi helper we used in the billing tool.''',
   M, "reference", "Should match the old Delphi helper we used in the billing tool.",
   "Does the old Delphi helper do anything non-standard that days_in_month must reproduce (e.g. invalid months or leap years), or is the plain Gregorian rule enough?",
   opts=["plain Gregorian rule", "reproduce the Delphi quirks"])

CP('''Write unit tests for the function described below, covering the edge cases.''',
   '''def safe_div(a: float, b: float) -> float | None:
    """Return a / b, or None when b == 0."""''',
   '''def safe_div(a: float, b: float) -> float | None:
    """Return a / b. Division by zero is handled."""''',
   M, "return_value", "Division by zero is handled.",
   "What should the tests expect for b == 0: None, 0.0, float('inf'), or a raised exception?",
   opts=["None", "0.0", "inf", "an exception"])

CP('''Fix the off-by-one in this function.''',
   '''def last_n(xs, n):
    """Return the last n items of xs (all of xs if n >= len(xs)); n >= 0."""
    return xs[-n - 1:]''',
   '''def last_n(xs, n):
    """Return the last n items of xs."""
    return xs[-n - 1:] if n else []

def first_n(xs, n):
    """Return the first n items of xs."""
    return xs[:n + 1]''',
   A, "reference", "def first_n(xs, n):",
   "Both last_n and first_n slice one element too many; which one should be fixed?",
   opts=["last_n", "first_n", "both"])

CP('''Implement `to_bucket(value)` per the spec in the comment.''',
   '''# to_bucket: map a response time in ms to a bucket label.
# 0-99 -> "fast", 100-499 -> "ok", 500 and above -> "slow". Negative raises ValueError.''',
   '''# to_bucket: map a response time in ms to a bucket label.
# below 100 -> "fast", 100-500 -> "ok", 500 and above -> "slow".''',
   X, "boundary_overlap", '100-500 -> "ok", 500 and above -> "slow"',
   "The ranges overlap at exactly 500 ms; should 500 be 'ok' or 'slow'?",
   opts=["ok", "slow"])

CP('''Can you write the function this docstring describes?''',
   '''def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """Date of the n-th given weekday in a month (weekday 0 = Monday, n from 1).
    n = -1 means the last such weekday. Raise ValueError if it doesn't exist
    (e.g. a 5th Monday in a month that has only four)."""''',
   '''def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """Date of the n-th given weekday in a month (weekday 0 = Monday, n from 1).
    n = -1 means the last such weekday."""''',
   M, "invalid_input", "Date of the n-th given weekday in a month",
   "What should nth_weekday do when the n-th weekday doesn't exist (e.g. a 5th Monday in a month with four): raise ValueError, return None, or roll into the next month?",
   opts=["raise ValueError", "return None", "roll over"])

CP('''Rename the helper to something clearer and update its callers.''',
   '''# billing/util.py
def f2(x):
    """Convert an amount in cents to a display string like "12.34"."""
    return f"{x // 100}.{x % 100:02d}"''',
   '''# billing/util.py
def f2(x):
    """Convert an amount in cents to a display string like "12.34"."""
    return f"{x // 100}.{x % 100:02d}"

def f3(x):
    """Round an amount in cents to the nearest 5 cents."""
    return 5 * round(x / 5)''',
   A, "reference", "def f3(x):",
   "Which helper should be renamed: f2 (cents to display string), f3 (round to 5 cents), or both?",
   opts=["f2", "f3", "both"])

# ---------------------------------------------------------------------------
# More specs, mixed areas (longer problem statements among them)
# ---------------------------------------------------------------------------

E('''## Problem: shelf labels

A library prints spine labels from call numbers. Write `label_lines(call_number: str, width: int) -> list[str]`.

A call number is a sequence of parts separated by single spaces, e.g. "QA 76.73 .P98 L88 2019". The label is printed in lines of at most `width` characters. Put parts on the current line while they fit (parts on one line are separated by one space); when the next part doesn't fit, start a new line. A part longer than `width` is never split; it goes on its own line even though it overflows. Leading/trailing spaces in the input are ignored, and the input never contains double spaces.

Return the lines top to bottom. An empty call number gives [].

Examples:
    label_lines("QA 76.73 .P98 L88 2019", 8) -> ["QA 76.73", ".P98 L88", "2019"]
    label_lines("PZ7.1234567 A1", 6) -> ["PZ7.1234567", "A1"]
    label_lines("", 8) -> []''',
  " A part longer than `width` is never split; it goes on its own line even though it overflows.", "", M, "edge_case",
  "What should happen to a part longer than `width`: put it on its own line unsplit, break it across lines, or raise an error?",
  span="when the next part doesn't fit, start a new line", opts=["own line, overflowing", "break it", "raise ValueError"],
  also=[('\n    label_lines("PZ7.1234567 A1", 6) -> ["PZ7.1234567", "A1"]', "")])

E('''def round_to_quarter_hour(t: time) -> time:
    """Round a clock time to the nearest quarter hour for the timesheet. Exactly
    halfway (7.5 minutes past a quarter) rounds up. 23:53 rounds to 00:00.

    round_to_quarter_hour(time(9, 7)) -> time(9, 0)
    round_to_quarter_hour(time(9, 8)) -> time(9, 15)
    """''',
  "Round a clock time to the nearest quarter hour", "Round a clock time to a quarter hour", A, "rounding",
  "Should times be rounded to the nearest quarter hour, always down, or always up?",
  span="Round a clock time to a quarter hour", opts=["nearest", "down", "up"],
  also=[(" Exactly\n    halfway (7.5 minutes past a quarter) rounds up.", ""),
        ("\n\n    round_to_quarter_hour(time(9, 7)) -> time(9, 0)\n    round_to_quarter_hour(time(9, 8)) -> time(9, 15)", "")])

E('''Write `recent_errors(lines, now)` that returns the log lines with level ERROR whose timestamp is within the last 15 minutes before `now` (inclusive of exactly 15 minutes ago). Each line starts with an ISO timestamp, then a space, then the level. Keep the original order.''',
  "within the last 15 minutes before `now` (inclusive of exactly 15 minutes ago)", "recent", A, "period",
  "What time window counts as recent: the last 15 minutes, the last hour, or since midnight?",
  span="recent", opts=["15 minutes", "1 hour", "since midnight"])

E('''def price_bucket(price: float) -> str:
    """Classify a product price for the filter sidebar:
    under 10 -> "budget", 10 up to but not including 50 -> "mid", 50 and above -> "premium".
    Negative prices raise ValueError."""''',
  'under 10 -> "budget", 10 up to but not including 50 -> "mid", 50 and above -> "premium".',
  'cheap ones -> "budget", mid-priced -> "mid", expensive -> "premium".', A, "threshold",
  "What price boundaries separate budget, mid and premium, e.g. under 10 / 10-49.99 / 50 and above?",
  span='cheap ones -> "budget"')

E('''Implement `find_duplicate_files(paths)` that groups files with identical content. Compare by SHA-256 of the full content (read in 1 MiB blocks). Return a list of groups (each a list of paths sorted alphabetically) containing only groups with two or more files, with the groups ordered by their first path. Unreadable files are skipped silently.''',
  " Unreadable files are skipped silently.", "", M, "error_handling",
  "What should happen when a file can't be read (permissions, deleted meanwhile): skip it silently, log a warning and skip, or raise?",
  span="groups files with identical content", opts=["skip silently", "warn and skip", "raise"])

E('''def percentile(xs: list[float], p: float) -> float:
    """p-th percentile (0 <= p <= 100) using linear interpolation between closest
    ranks, the same as numpy.percentile's default. Raise ValueError for empty xs.

    percentile([1, 2, 3, 4], 50) -> 2.5
    """''',
  " using linear interpolation between closest\n    ranks, the same as numpy.percentile's default", "", M, "definition",
  "Which percentile definition should be used: linear interpolation (numpy's default), nearest rank, or lower value?",
  span="p-th percentile (0 <= p <= 100)", opts=["linear interpolation", "nearest rank", "lower"],
  also=[("\n\n    percentile([1, 2, 3, 4], 50) -> 2.5", "\n\n    percentile([5, 1, 3], 50) -> 3")])

E('''Write `initial_avatar_color(name)` that picks a background color for a user's initials avatar from PALETTE (a list of 8 hex strings already defined in the module). The choice must be stable across runs and machines: use the CRC32 of the UTF-8 encoded, lowercased name, modulo 8, as the index.''',
  ": use the CRC32 of the UTF-8 encoded, lowercased name, modulo 8, as the index", "", M, "algorithm",
  "Should the palette index come from a stable hash such as CRC32 of the lowercased name (Python's hash() changes between runs), and should the name be lowercased first?",
  span="The choice must be stable across runs and machines", opts=["CRC32 of lowercased name", "MD5 of the exact name"])

E('''def count_in_range(xs: list[int], lo: int, hi: int) -> int:
    """Count the elements with lo <= x <= hi. If lo > hi, return 0.

    count_in_range([1, 5, 7, 10], 5, 10) -> 3
    """''',
  "Count the elements with lo <= x <= hi.", "Count the elements between lo and hi.", A, "inclusive_range",
  "Should the bounds be inclusive (lo <= x <= hi) or exclusive (lo < x < hi)?",
  span="between lo and hi", opts=["inclusive", "exclusive", "lo inclusive, hi exclusive"],
  also=[("\n\n    count_in_range([1, 5, 7, 10], 5, 10) -> 3", "")])

E('''Write `compress_ranges(nums)` turning a list of integers into a compact string: sort and dedupe them, then write runs of three or more consecutive numbers as "a-b" and everything else individually, comma-separated without spaces.

compress_ranges([5, 1, 2, 3, 7, 8]) -> "1-3,5,7,8"
compress_ranges([]) -> ""''',
  "write runs of three or more consecutive numbers", "write runs of consecutive numbers", A, "threshold",
  "How long must a run be to be written as 'a-b': two or more numbers (7-8) or three or more (7,8 stay separate)?",
  span="write runs of consecutive numbers", opts=["two or more", "three or more"],
  also=[('\ncompress_ranges([5, 1, 2, 3, 7, 8]) -> "1-3,5,7,8"', "")])

E('''def stale_branches(branches: dict[str, datetime], now: datetime) -> list[str]:
    """branches maps a branch name to its last commit time (UTC, aware). Return the
    names of branches with no commit in the last 90 days, oldest first. "main" and
    "develop" are never reported."""''',
  "with no commit in the last 90 days", "that are stale", A, "threshold",
  "How long without a commit makes a branch stale: 30, 90 or 180 days?",
  span="that are stale", opts=["30 days", "90 days", "180 days"])

E('''Implement `top_customers(orders, n)`: orders is a list of (customer_id, amount_cents). Return the n customer ids with the highest total amount, highest first; customers with equal totals are ordered by customer_id ascending. n larger than the number of customers returns all of them.''',
  "with the highest total amount", "with the highest total", A, "metric",
  "Should customers be ranked by total amount spent or by number of orders?",
  span="with the highest total", opts=["total amount", "number of orders"],
  also=[("customers with equal totals are ordered by customer_id ascending", "ties are ordered by customer_id ascending")])

E('''def word_at(text: str, index: int) -> str:
    """Return the word (maximal run of letters, digits and apostrophes) that contains the
    character at `index`. If that character is not part of a word, return "".
    Negative indexes count from the end, like Python indexing. Out-of-range raises IndexError."""''',
  ' If that character is not part of a word, return "".', "", M, "not_found",
  "What should word_at return when the character at index isn't part of a word (a space or punctuation): an empty string, the nearest word, or None?",
  span="that contains the\n    character at `index`", opts=['""', "the nearest word", "None"])

E('''Write `bin_ages(ages)` -> dict[str, int] counting people per age group for the survey report. Groups: "0-17", "18-34", "35-54", "55+" (all bounds inclusive). Every group appears in the result, even with count 0. Negative ages raise ValueError.''',
  'Groups: "0-17", "18-34", "35-54", "55+" (all bounds inclusive).', "Use the usual age groups.", A, "definition",
  "Which age groups should be used, e.g. 0-17, 18-34, 35-54, 55+ or ten-year bands?",
  span="Use the usual age groups.", opts=["0-17, 18-34, 35-54, 55+", "ten-year bands"],
  also=[("Every group appears in the result, even with count 0.", "Every group appears in the result, even when nobody falls in it.")])

E('''def closest_value(xs: list[int], target: int) -> int:
    """Return the element of xs closest to target. If two elements are equally close,
    return the smaller one. Raise ValueError if xs is empty.

    closest_value([1, 4, 6], 5) -> 4
    """''',
  " If two elements are equally close,\n    return the smaller one.", "", M, "tie_breaking",
  "If two elements are equally close to target (4 and 6 for 5), which should be returned: the smaller, the larger, or the first in the list?",
  span="Return the element of xs closest to target.", opts=["the smaller", "the larger", "the first in the list"],
  also=[("    closest_value([1, 4, 6], 5) -> 4", "    closest_value([1, 4, 7], 5) -> 4")])

E('''Implement `clean_tags(tags: list[str]) -> list[str]` for blog post tags: strip whitespace, lowercase, drop empty strings, remove duplicates, and return them sorted alphabetically. At most 10 tags are kept (the first 10 after sorting).''',
  "At most 10 tags are kept (the first 10 after sorting).", "Keep only a handful of tags.", A, "limit",
  "How many tags should be kept at most, and which ones (the first N after sorting or the first N as entered)?",
  span="Keep only a handful of tags.", opts=["10 after sorting", "5 after sorting", "10 as entered"])

E('''def weighted_choice(items: list[str], weights: list[float], r: float) -> str:
    """Deterministic weighted pick for tests: r is a number in [0, 1). Walk the items
    accumulating normalized weights and return the first item whose cumulative weight
    exceeds r. Weights are non-negative and not all zero; raise ValueError if the two
    lists differ in length.

    weighted_choice(["a", "b"], [1, 3], 0.3) -> "b"
    """''',
  "; raise ValueError if the two\n    lists differ in length", "", M, "invalid_input",
  "What should happen when items and weights have different lengths: raise ValueError, or ignore the extra entries like zip()?",
  span="Weights are non-negative and not all zero", opts=["raise ValueError", "zip-style truncation"])

E('''Write `mode_temperature(readings)` returning the most frequent temperature in a list of ints. If several temperatures are tied for most frequent, return the highest of them. Empty list -> None.

mode_temperature([20, 21, 21, 22, 22]) -> 22''',
  '-> 22', '-> 21', X, "example_conflict",
  "The rule returns the highest tied value (22) but the example returns 21; should ties go to the highest or lowest temperature?",
  span='mode_temperature([20, 21, 21, 22, 22]) -> 21', opts=["highest", "lowest"])

E('''def normalize_path(p: str) -> str:
    """Normalize a POSIX path string without touching the filesystem: collapse repeated
    "/", remove "." segments and resolve ".." against the previous segment. ".." at the
    root of an absolute path is dropped; in a relative path leading ".." are kept.
    An empty result becomes ".".

    normalize_path("/a//b/../c/.") -> "/a/c"
    normalize_path("../x/../../y") -> "../../y"
    """''',
  ' ".." at the\n    root of an absolute path is dropped; in a relative path leading ".." are kept.', "", M, "edge_case",
  "What should happen to '..' that goes above the start: drop it at the root of absolute paths and keep it in relative paths, or raise ValueError?",
  span='resolve ".." against the previous segment', opts=["drop at root, keep in relative", "raise ValueError"],
  also=[('\n    normalize_path("../x/../../y") -> "../../y"', "")])

E('''Implement `throttle_ok(timestamps, now)` for an API rate limiter. timestamps are the unix times (floats) of the caller's previous requests. Return True if the caller has made fewer than 100 requests in the 60 seconds before now (a sliding window, not calendar minutes).''',
  "fewer than 100 requests in the 60 seconds before now (a sliding window, not calendar minutes)", "not too many requests lately", A, "threshold",
  "What is the rate limit: how many requests in what window (e.g. 100 per sliding 60 seconds)?",
  span="not too many requests lately", opts=["100 per 60 s sliding", "1000 per hour"])

E('''def similar_titles(a: str, b: str) -> bool:
    """Used by the duplicate-ticket detector. Lowercase both titles, drop punctuation,
    and return True if the Jaccard similarity of their word sets is at least 0.6."""''',
  "Jaccard similarity of their word sets is at least 0.6", "titles are basically the same", A, "threshold",
  "What similarity measure and threshold should decide duplicates, e.g. Jaccard of word sets >= 0.6?",
  span="titles are basically the same", opts=["Jaccard >= 0.6", "edit-distance ratio >= 0.8"])

E('''Write `split_name(full)` -> tuple[str, str] returning (given, family). The family name is the last whitespace-separated token, the given name is everything before it, joined by single spaces. A single token is a family name with an empty given name.''',
  " A single token is a family name with an empty given name.", "", M, "edge_case",
  "For a single-word name like 'Madonna', should it be returned as ('', 'Madonna'), ('Madonna', ''), or raise ValueError?",
  span="The family name is the last whitespace-separated token", opts=["('', name)", "(name, '')", "raise ValueError"])

E('''def expand_tabs(line: str, tabsize: int = 4) -> str:
    """Replace each tab with spaces up to the next multiple of tabsize (like
    str.expandtabs), not with a fixed number of spaces.

    expand_tabs("ab\\tc") -> "ab  c"
    """''',
  " up to the next multiple of tabsize (like\n    str.expandtabs), not with a fixed number of spaces", "", M, "definition",
  "Should each tab expand to the next tab stop (like str.expandtabs), or always to exactly tabsize spaces?",
  span="Replace each tab with spaces", opts=["next tab stop", "fixed tabsize spaces"],
  also=[('\n\n    expand_tabs("ab\\tc") -> "ab  c"', "")])

# ---------------------------------------------------------------------------
# Pairs whose blocked version is the longer one (padding that adds no answer)
# ---------------------------------------------------------------------------

E('''def cap_scores(scores: list[int], cap: int) -> list[int]:
    """Replace every score above cap with cap; other scores are unchanged."""''',
  "Replace every score above cap with cap; other scores are unchanged.",
  "Scores come from the quiz app and can be way too high because of a bug in the bonus round; cap them so the leaderboard isn't ruined. Other scores are unchanged.",
  A, "definition",
  "What exactly should capping do: set scores above cap to cap, or drop those scores from the list?",
  span="cap them so the leaderboard isn't ruined", opts=["set to cap", "drop them"])

E('''Write `last_login_days(users, today)` returning a dict user_id -> days since last login. Users who never logged in (last_login is None) map to None.''',
  "Users who never logged in (last_login is None) map to None.",
  "users is a list of dicts with keys id and last_login (a date, or None for people who signed up but never came back). We use this for the re-engagement e-mail campaign, which runs every Monday.",
  M, "missing_value",
  "What should users whose last_login is None map to: None, -1, or should they be left out of the dict?",
  span="or None for people who signed up but never came back", opts=["None", "-1", "omit them"])

E('''def split_sentences(text: str) -> list[str]:
    """Split text into sentences at ".", "!" or "?" followed by whitespace or the end.
    The punctuation stays with its sentence; surrounding whitespace is stripped."""''',
  'at ".", "!" or "?" followed by whitespace or the end',
  'the way a reader would, keeping in mind that our texts contain abbreviations like "e.g.", "Dr." and decimals like "3.5"',
  A, "definition",
  "How should abbreviations like 'Dr.' and 'e.g.' be handled: a fixed list of known abbreviations that don't end sentences, or a library such as nltk's punkt?",
  span='keeping in mind that our texts contain abbreviations like "e.g.", "Dr."', opts=["fixed abbreviation list", "nltk punkt"])

E('''Implement `merge_counts(a, b)` that adds two dicts of str -> int counts key by key. Keys present in only one dict keep their count. Return a new dict.''',
  "Return a new dict.",
  "Return a new dict. Note that b sometimes has negative counts (returns), and a key whose total ends up at zero or below should be removed from the result, except that keys ending at exactly zero must stay so the report shows them.",
  X, "constraint_conflict",
  "Should keys whose total is exactly zero be removed or kept in the result?",
  span="except that keys ending at exactly zero must stay", opts=["remove them", "keep them"])

E('''def to_csv_row(values: list) -> str:
    """Join values with commas. None becomes an empty field, other values use str().
    Fields containing a comma, a quote or a newline are wrapped in double quotes with
    inner quotes doubled."""''',
  "None becomes an empty field, other values use str().",
  "Values can be str, int, float, bool, datetime or None, because rows come straight from the ORM; convert each one to text for the export.",
  M, "missing_value",
  "How should None be written: as an empty field, as the text 'None', or as 'NULL'?",
  span="convert each one to text for the export", opts=["empty field", "None", "NULL"])

E('''Write `score_word(word)` for our word game: each letter scores its position in the alphabet (a=1 ... z=26), case-insensitive; non-letters score 0. score_word("Abc!") -> 6''',
  "each letter scores its position in the alphabet (a=1 ... z=26), case-insensitive; non-letters score 0. score_word(\"Abc!\") -> 6",
  "letters score points like in the board game the design doc is based on, and the score is the sum over all letters. Case shouldn't matter. Non-letters score nothing.",
  M, "reference",
  "What point value does each letter have: the Scrabble table (a=1, z=10), or alphabet position (a=1 ... z=26)?",
  span="like in the board game the design doc is based on", opts=["Scrabble values", "alphabet position"])

E('''def overlap_minutes(a_start, a_end, b_start, b_end) -> int:
    """Minutes two meetings overlap. Times are datetimes; ends are exclusive. 0 if none."""''',
  "Minutes two meetings overlap.",
  "Minutes two meetings overlap, for the room utilisation report the facilities team asked for last quarter. Count partial minutes as whole minutes, and never round up a partial minute.",
  X, "constraint_conflict",
  "How should partial minutes be counted: rounded up to a whole minute or truncated?",
  span="Count partial minutes as whole minutes, and never round up a partial minute.", opts=["round up", "truncate"])

E('''Implement `fizz_label(n)` for the kids' counting game: "Fizz" for multiples of 3, "Buzz" for multiples of 7, "FizzBuzz" for multiples of both, otherwise str(n).''',
  '"Buzz" for multiples of 7', '"Buzz" for multiples of 7 (the school changed it from 5 last year, so use 5)', X, "constraint_conflict",
  "Should 'Buzz' be for multiples of 7 or of 5?",
  span="(the school changed it from 5 last year, so use 5)", opts=["7", "5"])

E('''def latest_per_sensor(readings: list[tuple]) -> dict[str, float]:
    """readings are (sensor_id, unix_ts, value). Return sensor_id -> value of its
    reading with the greatest timestamp. If a sensor has two readings with the same
    greatest timestamp, use the one that comes later in the list."""''',
  " If a sensor has two readings with the same\n    greatest timestamp, use the one that comes later in the list.",
  " The gateway sometimes resends a batch, so the same sensor can have several readings\n    with the same timestamp but different values.",
  M, "tie_breaking",
  "When a sensor has several readings with the same latest timestamp, which value should win: the later one in the list, the first one, or their average?",
  span="the same sensor can have several readings\n    with the same timestamp but different values", opts=["later in the list", "first in the list", "average"])

E('''Write `abbreviate_number(n: int) -> str` for follower counts: below 1000 show the number as is; from 1000 use "K", from 1,000,000 "M", with one decimal, dropping ".0". 1500 -> "1.5K", 2000 -> "2K", 999 -> "999".''',
  'with one decimal, dropping ".0". 1500 -> "1.5K", 2000 -> "2K", 999 -> "999".',
  'with one decimal, dropping ".0". 1500 -> "1.5K", 2000 -> "2K", 999 -> "999". The decimal is truncated, never rounded, so 1999 shows as "2K".',
  X, "example_conflict",
  "Truncating 1999 gives '1.9K', not '2K'; should the decimal be truncated or rounded?",
  span='The decimal is truncated, never rounded, so 1999 shows as "2K".', opts=["truncate (1.9K)", "round (2K)"])

E('''def parse_bool_env(name: str) -> bool:
    """Read environment variable `name`: "1", "true", "yes" (any case) -> True, anything else -> False. Unset -> False."""''',
  " Unset -> False.", " It's used for feature flags like ENABLE_NEW_CHECKOUT, which ops toggles per environment, and some flags should default to on.",
  M, "default_value",
  "What should parse_bool_env return when the variable is unset: always False, or a per-flag default passed as a parameter?",
  span="some flags should default to on", opts=["always False", "a default parameter"])

E('''Implement `mask_card(number: str) -> str`: keep the last 4 digits, replace every other digit with "*", and keep spaces where they are. mask_card("4111 1111 1111 1234") -> "**** **** **** 1234"''',
  'keep the last 4 digits, replace every other digit with "*"',
  'mask it in the way the PCI guidelines allow for receipts, replacing the hidden digits with "*"',
  A, "definition",
  "Which digits may stay visible: only the last 4, or the first 6 and the last 4 as PCI also allows?",
  span="in the way the PCI guidelines allow for receipts", opts=["last 4", "first 6 and last 4"],
  also=[(' mask_card("4111 1111 1111 1234") -> "**** **** **** 1234"', "")])

E('''def busiest_hour(timestamps: list[datetime]) -> int:
    """Return the hour of day (0-23) with the most timestamps. Ties go to the earliest hour. Empty input -> None."""''',
  "Ties go to the earliest hour.",
  "Timestamps are aware datetimes from users all over the world and the result feeds the support staffing plan for the Berlin office.",
  M, "timezone",
  "In which time zone should the hour of day be computed: UTC, Europe/Berlin, or each user's local time?",
  span="the support staffing plan for the Berlin office", opts=["UTC", "Europe/Berlin", "user's local time"])

E('''Write `distribute_seats(votes, seats)` allocating parliament seats with the D'Hondt method. votes is a dict party -> vote count; return party -> seats, listing every party (0 if none). Equal quotients go to the party with more total votes, then alphabetically.''',
  "Equal quotients go to the party with more total votes, then alphabetically.",
  "Equal quotients can happen in small councils and the election law leaves it to the software documentation, which we are writing now.",
  M, "tie_breaking",
  "How should a tie between equal quotients be broken: more total votes first, alphabetical order, or a random draw?",
  span="Equal quotients can happen in small councils", opts=["more total votes", "alphabetical", "random draw"])

E('''def is_business_email(addr: str) -> bool:
    """False for addresses at free providers (gmail.com, yahoo.com, outlook.com, hotmail.com, gmx.de, web.de), True otherwise. Compare the domain case-insensitively."""''',
  "(gmail.com, yahoo.com, outlook.com, hotmail.com, gmx.de, web.de)",
  "(the usual ones, plus whatever is common in the DACH region since most of our leads are from there)",
  A, "definition",
  "Which domains count as free providers: a fixed list (gmail.com, yahoo.com, outlook.com, hotmail.com, gmx.de, web.de) or a maintained public list?",
  span="the usual ones, plus whatever is common in the DACH region", opts=["fixed list", "public disposable/free list"])

E('''Implement `sum_durations(items)` where each item is a string like "3:45" (minutes:seconds). Return the total as "M:SS" with minutes unpadded and allowed over 59. Empty list -> "0:00".''',
  'Return the total as "M:SS" with minutes unpadded and allowed over 59.',
  'Return the total as "M:SS" with minutes unpadded and allowed over 59. Totals of an hour or more must be shown as "H:MM:SS".',
  X, "constraint_conflict",
  "Should totals of 60 minutes or more be shown as minutes over 59 ('75:10') or as 'H:MM:SS' ('1:15:10')?",
  span='Totals of an hour or more must be shown as "H:MM:SS".', opts=["M:SS over 59", "H:MM:SS"])

E('''def expiring_soon(certs: dict[str, date], today: date) -> list[str]:
    """Return the hostnames whose certificate expires within the next 30 days
    (today inclusive, today + 30 inclusive), sorted by expiry date, then hostname."""''',
  "within the next 30 days\n    (today inclusive, today + 30 inclusive)",
  "soon, so someone has time to renew it before customers see browser warnings",
  A, "period",
  "How many days ahead counts as expiring soon: 14, 30 or 60?",
  span="soon, so someone has time to renew it", opts=["14 days", "30 days", "60 days"])

E('''Write `sanitize_filename(name)` that replaces each character not in [A-Za-z0-9._-] with "_", collapses repeated "_" into one, and limits the result to 100 characters (cut from the end, keeping the extension if there is one).''',
  "and limits the result to 100 characters (cut from the end, keeping the extension if there is one)",
  "and makes sure the result isn't too long for the file systems we support (ext4, NTFS and the old FAT32 USB sticks the field teams still use), keeping the extension",
  A, "limit",
  "What maximum filename length should be enforced, e.g. 100 characters or the 255-byte file-system limit?",
  span="isn't too long for the file systems we support", opts=["100 characters", "255 bytes"])

# ---------------------------------------------------------------------------
# Stand-alone blocked specs (several of them long)
# ---------------------------------------------------------------------------

BL('''## Task: route summary for the delivery app

Drivers upload their GPS track at the end of a shift. Write `summarize_route(points)` where points is a list of (timestamp, lat, lon) tuples, timestamps as aware datetimes in UTC, sorted ascending. The function returns a dict with:

- "distance_km": total distance along the track, summing haversine distances between consecutive points (Earth radius 6371 km), rounded to 2 decimals;
- "duration_min": minutes between the first and the last point, rounded down;
- "stops": the number of stops the driver made.

Points closer together than 10 m are GPS noise and should not add to the distance. An empty list or a single point returns distance 0, duration 0 and 0 stops. The function must not modify its input, and it should run in linear time because long shifts have 30,000+ points.

Example: two points 1.2 km apart, 5 minutes apart -> {"distance_km": 1.2, "duration_min": 5, "stops": 0}''',
   A, "definition", '"stops": the number of stops the driver made',
   "What counts as a stop: staying within some radius (e.g. 30 m) for at least some time (e.g. 2 minutes), or something else such as delivery scans?",
   opts=["within 30 m for >= 2 minutes", "within 50 m for >= 5 minutes"])

BL('''We need `merge_contacts(primary: dict, secondary: dict) -> dict` for the CRM import. Both dicts have the same keys: name, email, phone, company, tags (a list), updated_at (ISO string). The result takes every field from primary, except that empty fields in primary ("" or None or []) are filled from secondary. Tags are the union of both lists, without duplicates, in the order primary then secondary. updated_at is the later of the two. When both contacts have a non-empty phone and they differ, take the phone from the newer record. Do not modify the inputs.''',
   X, "constraint_conflict", "take the phone from the newer record",
   "When both phones are non-empty and differ, should the phone come from primary (as for every other field) or from the record with the later updated_at?",
   opts=["always primary", "the newer record"])

BL('''Please write the pricing function for the new subscription plans. `monthly_price(plan, seats, billing)` returns the price in cents.

Plans: "starter" costs 900 per seat, "team" 1500 per seat, "enterprise" is custom and raises ValueError. billing is "monthly" or "annual"; annual billing gets a discount, and the result is still the per-month price. Seats must be between 1 and 500; anything else raises ValueError. Round the final result to whole cents, half up.

monthly_price("starter", 3, "monthly") -> 2700''',
   M, "parameter_value", "annual billing gets a discount",
   "How big is the annual-billing discount, e.g. 10%, 15% or two months free (about 16.7%)?",
   opts=["10%", "15%", "two months free"])

BL('''def assign_reviewers(pr_author: str, team: list[str], history: dict[str, int]) -> list[str]:
    """Pick reviewers for a pull request.

    team lists everyone on the team (the author included). history maps a person to
    the number of reviews they did in the last 30 days. Never pick the author. Prefer
    people with fewer recent reviews so the load is spread. Return the chosen names
    sorted alphabetically. If the team has fewer eligible people than needed, return
    all of them.
    """''',
   M, "parameter_value", "If the team has fewer eligible people than needed",
   "How many reviewers should be picked per pull request: 1, 2, or a number passed as a parameter?",
   opts=["1", "2", "a parameter"])

BL('''Write `bucket_by_week(events)`. events is a list of dicts with "ts" (aware datetime) and "kind" (str). Return a dict mapping the Monday of each week (a date) to a dict kind -> count. Weeks start on Monday. The dashboard is used by our offices in Tokyo and San Francisco, and both should see the same numbers.''',
   M, "timezone", "our offices in Tokyo and San Francisco",
   "In which time zone should events be assigned to weeks (a week boundary differs between Tokyo and San Francisco): UTC or one office's zone?",
   opts=["UTC", "Asia/Tokyo", "America/Los_Angeles"])

BL('''Implement `grade(score: float) -> str` for the course platform. Scores are percentages from 0 to 100.

- 90 and above: "A"
- 80 to 90: "B"
- 70 to 80: "C"
- below 70: "F"

Scores outside 0-100 raise ValueError.''',
   A, "inclusive_range", "80 to 90",
   "Which grade do boundary scores like exactly 80 or 90 get: the higher grade (80 -> B, 90 -> A) or the lower one?",
   opts=["higher grade", "lower grade"])

BL('''def recommend(user_id: int, purchases: dict[int, set], k: int) -> list[str]:
    """Recommend up to k products for a user based on what similar users bought.

    purchases maps user id -> set of product ids. Don't recommend products the user
    already has. Products are scored by how many similar users bought them; return
    the top k, ties broken by product id ascending. A user with no purchases gets [].
    """''',
   A, "definition", "similar users",
   "Which users count as similar: anyone sharing at least one product, users with Jaccard similarity above some threshold, or the top-N most similar users?",
   opts=["share at least one product", "Jaccard >= 0.2", "top 10 most similar"])

BL('''Write `clean_phone_list(raw: list[str]) -> list[str]` that normalizes each phone number to E.164 (e.g. "+4930123456") and drops invalid entries. Input comes from a spreadsheet that sales people fill in by hand: some numbers have a country prefix, many don't. Keep the original order and remove duplicates after normalization.''',
   M, "default_value", "many don't",
   "Which country should be assumed for numbers without a country prefix, e.g. Germany (+49) or the US (+1)?",
   opts=["Germany (+49)", "US (+1)", "drop them as invalid"])

BL('''def summarize_scores(scores: list[int]) -> dict:
    """Return {"min": ..., "max": ..., "mean": ..., "count": ...} for the scores.
    mean is rounded to 2 decimals. For an empty list return {"count": 0} only.

    summarize_scores([3, 5]) -> {"min": 3, "max": 5, "mean": 4.0, "count": 2}
    summarize_scores([]) -> {"min": None, "max": None, "mean": None, "count": 0}
    """''',
   X, "example_conflict", '{"min": None, "max": None, "mean": None, "count": 0}',
   "For an empty list the text says to return only count 0, but the example also has min/max/mean set to None; which shape should the empty result have?",
   opts=['{"count": 0}', "all keys with None"])

BL('''Implement `paginate_links(page: int, total_pages: int) -> list[str]` that renders the page numbers for a pager. Always show the first and the last page, the current page, and a window of pages around the current one; gaps are shown as "...". page is 1-based and always valid.

paginate_links(1, 1) -> ["1"]''',
   M, "parameter_value", "a window of pages around the current one",
   "How many pages on each side of the current page should the window show: 1, 2 or 3?",
   opts=["1", "2", "3"])

BL('''def time_ago_buckets(ages_h: list[float]) -> dict[str, int]:
    """Count tickets by age for the support dashboard: "new" (under 4 hours),
    "aging" (4 to 24 hours) and "old". Every key is present even if the count is 0."""''',
   A, "threshold", '"old"',
   "Is 'old' everything over 24 hours, and which bucket gets exactly 4 and exactly 24 hours?",
   opts=["old = over 24 h, 4 h -> aging, 24 h -> aging", "old = 24 h and above"])

BL('''Write `dedupe_events(events)` for the analytics pipeline. Each event is a dict with "user", "name" and "ts" (float seconds). The mobile SDK sometimes sends the same event twice in quick succession; drop such duplicates and keep the first one. Events arrive sorted by ts. The output must stay sorted.''',
   A, "threshold", "in quick succession",
   "How close in time must two identical events be to count as duplicates: 1 second, 5 seconds, or some other window?",
   opts=["1 second", "5 seconds", "30 seconds"])

BL('''def next_invoice_number(last: str) -> str:
    """Invoice numbers look like "INV-2024-00042". Return the next number:
    "INV-2024-00042" -> "INV-2024-00043". The counter restarts at 00001 every year,
    and the counter never restarts so numbers stay unique across years."""''',
   X, "constraint_conflict", "the counter never restarts",
   "Should the counter reset to 00001 each new year, or keep increasing across years?",
   opts=["reset every year", "never reset"])

BL('''hi! need a function `eta_minutes(distance_km, mode)` for the travel widget. mode is "walk", "bike" or "car". return whole minutes. thanks :)''',
   M, "parameter_value", 'mode is "walk", "bike" or "car"',
   "What average speed should each mode use (e.g. walk 5 km/h, bike 15 km/h, car 40 km/h), and should minutes be rounded up or to nearest?",
   opts=["walk 5, bike 15, car 40 km/h", "walk 4.5, bike 18, car 50 km/h"])

BL('''def overlap_ratio(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """Boxes are (x1, y1, x2, y2). Return how much the two boxes overlap, between 0 and 1.
    Used to suppress duplicate detections in the object detector."""''',
   A, "definition", "how much the two boxes overlap",
   "Which overlap measure do you want: intersection over union, or intersection over the smaller box's area?",
   opts=["IoU", "intersection over the smaller area"])

BL('''Write `split_address(line: str) -> dict` that splits a one-line street address into "street", "number" and "addition", e.g. "Hauptstraße 12a" -> {"street": "Hauptstraße", "number": "12", "addition": "a"}. Addresses come from Germany, the Netherlands and France.''',
   M, "scope", "Addresses come from Germany, the Netherlands and France.",
   "French addresses put the number first ('12 rue de la Paix'); should split_address handle both orders, or only street-then-number?",
   opts=["both orders", "street first only"])

BL('''def compare_versions(a: str, b: str) -> int:
    """Return -1, 0 or 1 like a classic cmp. "1.2" vs "1.10" -> -1.

    compare_versions("1.0", "1") -> 0
    compare_versions("1.0", "1") -> 1
    """''',
   X, "example_conflict", 'compare_versions("1.0", "1") -> 1',
   "The two examples disagree on '1.0' vs '1'; should trailing zero parts be ignored (0) or make the version greater (1)?",
   opts=["ignore trailing zeros (0)", "longer is greater (1)"])

# ---------------------------------------------------------------------------
# Stand-alone complete specs (mostly short; hedge words that don't block)
# ---------------------------------------------------------------------------

OK('''def clamp_percent(x: float) -> float:
    """Clamp x to [0, 100]; some sensors sometimes report 100.4 or -0.2, which just get clamped. NaN raises ValueError."""''')

OK('''Write `is_palindrome(s)` that ignores case and any non-alphanumeric characters. "A man, a plan, a canal: Panama" -> True, "" -> True.''')

OK('''maybe a quick one: `kebab(s)` -> lowercase s and replace spaces with "-". "Hello There" -> "hello-there". nothing fancy, inputs are already plain ascii words separated by single spaces.''')

OK('''def avg(xs: list[float]) -> float | None:
    """Arithmetic mean of xs, or None for an empty list (some of our customers have no orders yet). No rounding."""''')

OK('''Implement `count_char(s, c)` returning how many times the single character c occurs in s, case-sensitive. Some callers pass an empty s; that just gives 0.''')

OK('''def days_between(a: date, b: date) -> int:
    """Absolute number of days between a and b: days_between(date(2024, 1, 1), date(2024, 1, 31)) -> 30."""''')

OK('''Write `ensure_suffix(s, suffix)`: return s unchanged if it already ends with suffix, otherwise s + suffix. ensure_suffix("report", ".pdf") -> "report.pdf", ensure_suffix("a.pdf", ".pdf") -> "a.pdf".''')

OK('''def seconds_to_hms(s: int) -> tuple[int, int, int]:
    """Split a non-negative number of seconds into (hours, minutes, seconds). 3725 -> (1, 2, 5). Hours can be any size."""''')

OK('''Need `safe_get(d, path, default=None)`: walk nested dicts with a dotted path like "a.b.c" and return the value, or default if any key along the way is missing or a value on the way isn't a dict. safe_get({"a": {"b": 2}}, "a.b") -> 2''')

OK('''def swap_case_words(words: list[str]) -> list[str]:
    """Return a new list with str.swapcase() applied to each word, as usual without modifying the input. Empty list -> []."""''')

OK('''Implement `nth_fib(n)` returning the n-th Fibonacci number with nth_fib(0) == 0 and nth_fib(1) == 1, iteratively (n can be a few thousand, Python ints are fine). Negative n raises ValueError.''')

OK('''def quarter_of(month: int) -> int:
    """Calendar quarter 1-4 of a month 1-12 (Jan-Mar is 1, the usual calendar quarters, not our fiscal ones). Other values raise ValueError."""''')

OK('''Write `celsius_to_f(c: float) -> float` using F = C * 9/5 + 32, no rounding (some callers round for display themselves). celsius_to_f(100) -> 212.0''')

OK('''def is_sorted(xs: list) -> bool:
    """True if xs is in non-decreasing order, i.e. xs[i] <= xs[i + 1] for all i; equal neighbours are fine. Empty and one-element lists are sorted."""''')

OK('''Implement `word_lengths(text)` -> dict mapping each distinct lowercase word to its length. Words are split on whitespace only, punctuation stays part of the word. word_lengths("Hi hi there") -> {"hi": 2, "there": 5}''')

OK('''def bmi(weight_kg: float, height_m: float) -> float:
    """Body mass index, weight_kg / height_m ** 2, rounded to one decimal with round(). Non-positive inputs raise ValueError."""''')

OK('''pls write `strip_html_tags(s)` that removes anything between < and > (inclusive) with a simple non-greedy regex and returns the rest unchanged. we only use it on our own trusted snippets, so no need for a real parser. "<b>hi</b> there" -> "hi there"''')

OK('''def last_day_of_month(d: date) -> date:
    """Return the last day of d's month, e.g. date(2024, 2, 10) -> date(2024, 2, 29). We use it for customers whose billing runs at month end."""''')

OK('''Write `chunks_of_text(s, n)` returning a list of consecutive substrings of length n; the last one may be shorter. chunks_of_text("abcdefg", 3) -> ["abc", "def", "g"]. n >= 1, and an empty string gives [].''')

OK('''def total_cents(prices: list[str]) -> int:
    """Sum prices given as strings with exactly two decimals, like "3.50", into integer cents without using float. ["3.50", "0.25"] -> 375."""''')

OK('''Implement `contains_all(haystack: str, needles: list[str]) -> bool`: True if every needle occurs in haystack as a substring, case-sensitive. We sometimes call it with an empty needles list; that gives True.''')

OK('''def make_initial_grid(rows: int, cols: int, fill=0) -> list[list]:
    """Return a rows x cols grid as a list of independent row lists, every cell set to fill. rows or cols of 0 give []."""''')

OK('''Write `first_non_repeating(s)` that returns the first character occurring exactly once in s (case-sensitive), or None if there is none, which sometimes happens. "swiss" -> "w".''')

OK('''def hours_to_hhmm(h: float) -> str:
    """Convert decimal hours to "H:MM", rounding to the nearest minute with round(): 1.5 -> "1:30", 0.25 -> "0:15", 2.999 -> "3:00". Negative input raises ValueError."""''')

OK('''Implement `invert_colors(rgb)` taking an (r, g, b) tuple of ints 0-255 and returning (255 - r, 255 - g, 255 - b). Values outside 0-255 raise ValueError, as usual in our colour helpers.''')

OK('''def count_lines(path: str) -> int:
    """Number of lines in a UTF-8 text file; a final line without a trailing newline still counts, an empty file has 0. Read it in a streaming way since some files are a few GB."""''')

OK('''Write `get_extension(filename)` returning the part after the last dot, lowercased, without the dot; "" if there is no dot or the only dot is the first character (".bashrc"). "Photo.JPG" -> "jpg", "archive.tar.gz" -> "gz".''')

OK('''def mean_by_key(rows: list[tuple]) -> dict[str, float]:
    """Average of the values per key, e.g. [("a", 1), ("a", 3), ("b", 5)] -> {"a": 2.0, "b": 5.0}. Keys appear in order of first occurrence. Empty input -> {}."""''')

# ---------------------------------------------------------------------------
# More pairs: vague terms, unstated limits, conflicting requirements
# ---------------------------------------------------------------------------

E('''def active_users(logins: dict[str, list], today: date) -> list[str]:
    """Users with at least 3 logins in the 7 days ending today (today included),
    sorted alphabetically."""''',
  "with at least 3 logins in the 7 days ending today (today included)",
  "who are active, meaning they log in regularly (we'll use this list for the beta invite)", A, "definition",
  "What counts as active: at least N logins in the last 7 days (N = 1 or 3?), or a login in the last 30 days?",
  span="who are active, meaning they log in regularly", opts=["3 logins in 7 days", "1 login in 7 days", "1 login in 30 days"])

E('''Write `highlight(text, term)` that wraps every case-insensitive occurrence of term in <mark>...</mark>, keeping the original casing of the matched text. Overlapping matches are not possible because matching continues after each match. An empty term returns text unchanged.''',
  "wraps every case-insensitive occurrence of term", "wraps every occurrence of term", A, "case_sensitivity",
  "Should matching be case-sensitive, or case-insensitive while keeping the original casing in the output?",
  span="wraps every occurrence of term", opts=["case-insensitive", "case-sensitive"],
  also=[(", keeping the original casing of the matched text", ", using the same markup as the search results page")])

E('''def sort_files(names: list[str]) -> list[str]:
    """Sort file names in natural order: digit runs compare as numbers and the rest
    case-insensitively, so "img2.png" comes before "img10.png"."""''',
  'in natural order: digit runs compare as numbers and the rest\n    case-insensitively, so "img2.png" comes before "img10.png"',
  "the way a user would expect in the file picker", A, "ordering",
  "Which order do you want: natural sort (img2 before img10, case-insensitive) or plain case-sensitive string order?",
  span="the way a user would expect in the file picker", opts=["natural, case-insensitive", "plain string order"])

E('''Implement `is_round_trip(flights)` where flights is a list of (origin, destination) IATA code pairs in travel order. Return True if each flight departs from the previous flight's destination and the last destination equals the first origin. An empty list is False.''',
  " An empty list is False.", " A single flight can never be a round trip, but an itinerary with no flights yet is trivially fine.",
  A, "return_value",
  "Is 'trivially fine' meant as True for an empty list? Should is_round_trip([]) return True or False?",
  span="an itinerary with no flights yet is trivially fine", opts=["True", "False"])

E('''def shorten_url_path(path: str, max_len: int) -> str:
    """For display only: if path is longer than max_len, keep the first and last
    segments and replace the middle segments with "…". If that is still too long, cut
    from the left and prefix "…". Paths within max_len are returned unchanged.

    shorten_url_path("/a/bb/ccc/dddd/file.txt", 16) -> "/a/…/file.txt"
    """''',
  " If that is still too long, cut\n    from the left and prefix \"…\".", "", M, "edge_case",
  "If the path is still longer than max_len after collapsing the middle, what should happen: cut from the left with a '…' prefix, cut the file name, or return it over-long?",
  span="keep the first and last\n    segments", opts=["cut from the left", "cut the file name", "leave it over-long"])

E('''Write `nearest_station(lat, lon, stations)` returning the name of the station with the smallest haversine distance from (lat, lon). stations is a list of (name, lat, lon). If two stations are at the same distance, return the one earlier in the list. Empty stations -> None.''',
  " If two stations are at the same distance, return the one earlier in the list.",
  " stations comes from the city's open-data feed, which lists some stations twice under different names at the same coordinates.",
  M, "tie_breaking",
  "When two stations are exactly as close (e.g. the duplicates from the feed), which name should be returned: the first in the list or the alphabetically smaller one?",
  span="lists some stations twice under different names at the same coordinates", opts=["first in the list", "alphabetically smaller"])

E('''def merge_sorted_logs(a: list[str], b: list[str]) -> list[str]:
    """Each line begins with an ISO-8601 UTC timestamp. Merge the two already-sorted
    lists by timestamp; for equal timestamps lines from a come first."""''',
  "; for equal timestamps lines from a come first", "", M, "tie_breaking",
  "When lines from a and b have the same timestamp, which should come first?",
  span="Merge the two already-sorted\n    lists by timestamp", opts=["a first", "b first", "compare the full line"])

E('''Implement `chunk_text(text, max_tokens)` for the embedding pipeline. A token is a whitespace-separated word. Split text into chunks of at most max_tokens tokens, breaking only between paragraphs (blank lines) when possible; a paragraph longer than max_tokens is split at token boundaries. Chunks do not overlap.''',
  " Chunks do not overlap.", " Consecutive chunks should overlap a bit so context isn't lost at the boundaries.", A, "parameter_value",
  "How much should consecutive chunks overlap: a fixed number of tokens (e.g. 50), a share of max_tokens (e.g. 10%), or one paragraph?",
  span="overlap a bit", opts=["50 tokens", "10% of max_tokens", "one paragraph"])

E('''def fair_share(total: int, weights: dict[str, int]) -> dict[str, int]:
    """Split `total` units between teams proportionally to weights, rounding each share
    down; the units left over go one each to teams in descending weight order (ties by
    team name)."""''',
  "; the units left over go one each to teams in descending weight order (ties by\n    team name)",
  ", and don't lose any units", M, "tie_breaking",
  "Which teams get the leftover units after rounding down: the largest weights first, the largest fractional remainders first, or alphabetically?",
  span="don't lose any units", opts=["largest weights", "largest remainders", "alphabetical"])

E('''Write `to_snake_keys(obj)` that recursively converts every dict key in a JSON-like structure (dicts, lists, scalars) from camelCase to snake_case. Lists are traversed, values are left alone, and the input is not modified.''',
  "Lists are traversed, values are left alone, and the input is not modified.",
  "Lists are traversed, values are left alone, and the input is not modified; convert in place so memory use stays low for big payloads.",
  X, "constraint_conflict",
  "Should to_snake_keys return a new structure (input not modified) or convert the dicts in place?",
  span="convert in place so memory use stays low", opts=["new structure", "in place"])

E('''def weekly_hours(entries: list[tuple], week_start: date) -> float:
    """Sum the hours of entries whose date falls in the 7 days starting at week_start
    (week_start included, week_start + 7 excluded)."""''',
  "in the 7 days starting at week_start\n    (week_start included, week_start + 7 excluded)", "in the week of week_start", A, "period",
  "Is the week the 7 days starting at week_start, or the calendar week (Monday-Sunday) containing week_start?",
  span="in the week of week_start", opts=["7 days from week_start", "Monday-Sunday week containing it"])

E('''Implement `price_history_changes(prices)` where prices is a list of (date, cents) sorted by date. Return only the entries where the price differs from the previous entry; the first entry is always included.''',
  "; the first entry is always included", ". The first entry has nothing to compare with", M, "edge_case",
  "Should the first entry, which has no previous price to compare with, be included in the result or left out?",
  span="The first entry has nothing to compare with", opts=["include it", "leave it out"])

E('''def short_id(n: int) -> str:
    """Encode a non-negative int in base 62 using the alphabet 0-9, a-z, A-Z in that
    order. 0 -> "0", 61 -> "Z", 62 -> "10"."""''',
  'using the alphabet 0-9, a-z, A-Z in that\n    order. 0 -> "0", 61 -> "Z", 62 -> "10".',
  "so the IDs in our links are short. IDs already exist in the old PHP system, and new IDs must decode the same way there.",
  M, "reference",
  "Which base-62 alphabet order does the old PHP system use: 0-9a-zA-Z or 0-9A-Za-z (or something else)?",
  span="new IDs must decode the same way there", opts=["0-9a-zA-Z", "0-9A-Za-z"])

E('''Write `visible_rows(rows, filters)`: rows is a list of dicts, filters a dict field -> allowed value. A row is visible if it matches every filter (AND). An empty filters dict shows all rows.''',
  "A row is visible if it matches every filter (AND).", "A row is visible if it matches the filters.", A, "logic",
  "Must a row match every filter (AND) or at least one of them (OR)?",
  span="matches the filters", opts=["AND", "OR"])

E('''def smooth_outliers(xs: list[float]) -> list[float]:
    """Replace each value that is more than 3 standard deviations from the mean (population
    std over the whole list) with the mean. Lists with fewer than 3 values are returned unchanged."""''',
  "more than 3 standard deviations from the mean (population\n    std over the whole list)", "an outlier", A, "threshold",
  "How should outliers be detected: more than 3 standard deviations from the mean, outside 1.5 IQR, or something else?",
  span="an outlier", opts=["> 3 std from mean", "outside 1.5 IQR"])

E('''Implement `join_path_parts(parts)` that joins URL path parts with single slashes, removing duplicate slashes at the joins, and always returns a path starting with "/" and never ending with "/" (except the root "/" itself).

join_path_parts(["api/", "/v1", "users"]) -> "/api/v1/users"
join_path_parts([]) -> "/"''',
  'join_path_parts(["api/", "/v1", "users"]) -> "/api/v1/users"', 'join_path_parts(["api/", "/v1", "users"]) -> "/api/v1/users/"',
  X, "example_conflict",
  "The text says paths never end with '/', but the example ends with 'users/'; should a trailing slash be added or not?",
  span='"/api/v1/users/"', opts=["no trailing slash", "trailing slash"])

E('''def late_fee(days_late: int, balance_cents: int) -> int:
    """1% of the balance per full week late, capped at 10% of the balance. Round down to
    whole cents. 0 for days_late <= 0."""''',
  "1% of the balance per full week late, capped at 10% of the balance.",
  "1% of the balance per full week late, with the usual cap.", M, "limit",
  "What is the cap on the late fee: 10% of the balance, a fixed amount, or no cap?",
  span="with the usual cap", opts=["10% of the balance", "a fixed amount"])

E('''Write `compact_json(obj)` returning a JSON string with no whitespace (separators "," and ":"), keys sorted, and non-ASCII characters kept as they are (not escaped).''',
  "and non-ASCII characters kept as they are (not escaped)", "and non-ASCII characters escaped as \\uXXXX, keeping umlauts readable in the output",
  X, "constraint_conflict",
  "Should non-ASCII characters be escaped (\\uXXXX) or written as-is so umlauts stay readable?",
  span="keeping umlauts readable in the output", opts=["escape (ensure_ascii=True)", "keep as-is (ensure_ascii=False)"])

E('''def daily_streak(days: set[date], today: date) -> int:
    """Number of consecutive days up to and including today that are in `days`. If today
    is not in days yet, the streak counts back from yesterday instead (the user may still
    practice later today)."""''',
  " If today\n    is not in days yet, the streak counts back from yesterday instead (the user may still\n    practice later today).",
  "", M, "edge_case",
  "If today isn't in days yet, should the streak be 0 or still count back from yesterday (the user may practice later today)?",
  span="up to and including today", opts=["0", "count from yesterday"])

E('''Implement `sample_every(xs, n)` that returns every n-th element of xs starting with the first one (xs[0], xs[n], ...). n >= 1.''',
  " starting with the first one (xs[0], xs[n], ...)", "", M, "offset",
  "Should sampling start at the first element (xs[0], xs[n], ...) or at the n-th (xs[n-1], xs[2n-1], ...)?",
  span="returns every n-th element of xs", opts=["xs[0], xs[n], ...", "xs[n-1], xs[2n-1], ..."])

# ---------------------------------------------------------------------------
# More bug reports and refactor requests
# ---------------------------------------------------------------------------

E('''Bug: `word_count_by_author()` in stats.py counts the words of deleted posts too. Posts with deleted=True must be excluded. Drafts (published=False) are still counted, as today. Add a regression test with one deleted and one draft post.''',
  " Drafts (published=False) are still counted, as today.", " There may be other kinds of posts that shouldn't count either.", A, "scope",
  "Besides deleted posts, which other posts should be excluded, e.g. drafts (published=False)?",
  span="other kinds of posts that shouldn't count either", opts=["only deleted posts", "deleted posts and drafts"])

E('''The `export_users` CSV has the columns in random order because it iterates a set. Make the column order fixed: id, email, name, created_at, then any extra fields sorted alphabetically. Keep the header row.''',
  "id, email, name, created_at, then any extra fields sorted alphabetically", "something stable that makes sense", A, "ordering",
  "Which column order do you want: id, email, name, created_at followed by extra fields alphabetically, or all columns alphabetically?",
  span="something stable that makes sense", opts=["id, email, name, created_at, extras A-Z", "all alphabetical"])

E('''`sanitize_html(s)` strips <script> tags but leaves onclick="..." attributes, which is an XSS hole. Fix: remove every attribute whose name starts with "on" (case-insensitive) and every href/src whose value starts with "javascript:". All other attributes and tags stay untouched.''',
  'remove every attribute whose name starts with "on" (case-insensitive) and every href/src whose value starts with "javascript:"',
  "remove the dangerous attributes", A, "definition",
  "Which attributes count as dangerous: only on* event handlers, also javascript: URLs in href/src, or should it switch to an allowlist?",
  span="remove the dangerous attributes", opts=["on* handlers", "on* handlers and javascript: URLs", "allowlist"])

E('''Bug: `resize_image(path, width)` upscales small images and they look blurry. If the image is already narrower than width, return it unchanged (same file, no re-encode). Otherwise keep the current behaviour.''',
  "If the image is already narrower than width, return it unchanged (same file, no re-encode).",
  "Small images need different handling.", M, "expected_behavior",
  "What should resize_image do with images narrower than width: return them unchanged, or something else such as padding them to width?",
  span="Small images need different handling.", opts=["return unchanged", "pad to width"])

E('''Refactor `OrderService.place_order` (180 lines) into smaller private methods: _validate, _reserve_stock, _charge and _send_confirmation, called in that order. Public behaviour, exceptions and log messages stay exactly the same; the existing 40 tests must pass without edits.''',
  "Public behaviour, exceptions and log messages stay exactly the same; the existing 40 tests must pass without edits.",
  "Public behaviour and exceptions stay exactly the same, and while you're at it, make _charge run after _send_confirmation so customers get the e-mail faster; the existing 40 tests must pass without edits.",
  X, "constraint_conflict",
  "Reordering _charge after _send_confirmation changes behaviour; should the order stay the same (behaviour unchanged) or should the confirmation go out first?",
  span="make _charge run after _send_confirmation", opts=["keep the order", "send confirmation first"])

E('''Bug: `parse_money("1.234,56")` returns 1.23456 for German-formatted input. parse_money takes a locale argument ("de" or "en"); for "de", "." is the thousands separator and "," the decimal separator. Expected: parse_money("1.234,56", "de") -> Decimal("1234.56").''',
  ' Expected: parse_money("1.234,56", "de") -> Decimal("1234.56").', ' Expected: parse_money("1.234,56", "de") -> Decimal("1.23456").',
  X, "example_conflict",
  "The expected value 1.23456 is exactly the buggy output; should parse_money('1.234,56', 'de') give 1234.56?",
  span='Decimal("1.23456")', opts=["1234.56", "1.23456"])

E('''`get_or_create_tag(name)` creates duplicates under concurrent requests. Make it safe: add a unique constraint on tag.name (migration included) and on IntegrityError re-fetch the existing row. Names are compared case-sensitively, as today.''',
  " Names are compared case-sensitively, as today.", "", M, "case_sensitivity",
  "Should tag names be unique case-sensitively (as today) or case-insensitively ('Python' and 'python' being the same tag)?",
  span="add a unique constraint on tag.name", opts=["case-sensitive", "case-insensitive"])

E('''The `avg_response_time` metric is skewed by a few huge outliers. Change it to report the median instead of the mean, over the same time window. Keep the metric name so the dashboards don't break.''',
  "Change it to report the median instead of the mean, over the same time window.",
  "Change it so it's more robust, over the same time window.", A, "definition",
  "What robust statistic should replace the mean: the median, p95, or a trimmed mean?",
  span="more robust", opts=["median", "p95", "trimmed mean"])

E('''Bug: `Cache.get(key)` returns expired entries. Entries older than the TTL given at construction (in seconds) must be treated as missing: get returns None and the entry is removed. An entry exactly TTL seconds old is expired.''',
  " An entry exactly TTL seconds old is expired.", "", M, "inclusive_range",
  "Is an entry that is exactly TTL seconds old still valid or already expired?",
  span="Entries older than the TTL", opts=["expired", "still valid"])

E('''Please refactor `report.render()` to use Jinja2 templates instead of string concatenation. The HTML output must be byte-identical for the three fixture reports in tests/fixtures/. Template files go in report/templates/.''',
  "The HTML output must be byte-identical for the three fixture reports in tests/fixtures/.",
  "The HTML output must be byte-identical for the three fixture reports in tests/fixtures/, and please also fix the inconsistent indentation in the generated HTML while you're at it.",
  X, "constraint_conflict",
  "Fixing the HTML indentation changes the output; should the output stay byte-identical to the fixtures, or should the fixtures be updated with the new indentation?",
  span="also fix the inconsistent indentation in the generated HTML", opts=["stay byte-identical", "update the fixtures"])

E('''Bug: the `search` endpoint returns 500 when q is empty. An empty or whitespace-only q should return 200 with an empty result list, same JSON shape as a normal response.''',
  "An empty or whitespace-only q should return 200 with an empty result list, same JSON shape as a normal response.",
  "It shouldn't crash.", M, "expected_behavior",
  "What should the endpoint return for an empty q: 200 with an empty result list, 400 with a validation error, or all results?",
  span="It shouldn't crash.", opts=["200, empty list", "400 error", "all results"])

OK('''Bug: `format_phone("+49301234567")` drops the leading "+". Keep the "+" and everything else as is; the function must only insert spaces after the country code, so "+49 301234567" is the expected output here. Add a test.''')

BL('''Refactor the notification module so that every channel (email, sms, push) implements a common `Notifier` interface with send(user, message) -> bool. Keep the old functions send_email/send_sms/send_push working. Acceptance criteria: the old functions are removed; callers use Notifier instances.''',
   X, "constraint_conflict", "the old functions are removed",
   "Should the old send_email/send_sms/send_push functions stay as working wrappers, or be removed with all callers migrated?",
   opts=["keep them as wrappers", "remove them"])

BL('''Bug: in `calc_shipping`, orders to some regions get the wrong rate. The rate table is in shipping/rates.csv. Please fix.''',
   M, "expected_behavior", "orders to some regions get the wrong rate",
   "Which regions are affected and what rate should they get, e.g. which row of rates.csv is being applied incorrectly?")

# ---------------------------------------------------------------------------
# Final batch: mixed areas
# ---------------------------------------------------------------------------

E('''def gc_content(seq: str) -> float:
    """Fraction of G and C bases in a DNA sequence, case-insensitive, as a float in [0, 1].
    Characters other than A, C, G, T raise ValueError. An empty sequence returns 0.0."""''',
  " An empty sequence returns 0.0.", " The lab's FASTA files sometimes contain empty records.", M, "empty_input",
  "What should gc_content return for an empty sequence: 0.0, None, or raise ValueError?",
  span="sometimes contain empty records", opts=["0.0", "None", "raise ValueError"])

E('''Write `format_list_for_ui(items, limit=3)`: show up to `limit` items joined by ", ", and if there are more, append " and N more". ["a", "b", "c", "d", "e"] -> "a, b, c and 2 more". An empty list -> "".''',
  "show up to `limit` items joined by \", \", and if there are more, append \" and N more\"",
  "show the items in a compact way that doesn't overflow the sidebar",
  A, "output_format",
  "How should long lists be shortened: the first `limit` items plus ' and N more', or a character limit with '…'?",
  span="in a compact way that doesn't overflow the sidebar", opts=["first N + 'and N more'", "character limit with …"],
  also=[(' ["a", "b", "c", "d", "e"] -> "a, b, c and 2 more".', "")])

E('''def is_valid_hostname(h: str) -> bool:
    """RFC 1123 host name: labels of 1-63 letters, digits and hyphens, not starting or
    ending with a hyphen, separated by dots; total length at most 253. A trailing dot is
    allowed. Case-insensitive."""''',
  " A trailing dot is\n    allowed.", "", M, "edge_case",
  "Should a fully qualified name with a trailing dot ('example.com.') be accepted?",
  span="separated by dots", opts=["accept", "reject"])

E('''Implement `moving_sum_by_day(events, days)` where events are (date, amount) pairs, unsorted, possibly several per date. Return a dict date -> sum of amounts in the `days`-day window ending on that date (inclusive), for every date that has at least one event.''',
  "in the `days`-day window ending on that date (inclusive)", "around that date", A, "period",
  "Should the window end on the date (trailing), or be centred on it, and is the date itself included?",
  span="around that date", opts=["trailing, inclusive", "centred"])

E('''def rename_duplicates(names: list[str]) -> list[str]:
    """Make file names unique for a zip export: the second occurrence of "a.txt" becomes
    "a (1).txt", the third "a (2).txt", and so on; the first stays unchanged. Comparison
    is case-insensitive, since the zip may be opened on Windows."""''',
  "Comparison\n    is case-insensitive, since the zip may be opened on Windows.",
  "Comparison\n    is case-sensitive, since the zip may be opened on Windows.",
  X, "constraint_conflict",
  "Windows treats 'A.txt' and 'a.txt' as the same file; should duplicates be detected case-insensitively or case-sensitively?",
  span="is case-sensitive, since the zip may be opened on Windows", opts=["case-insensitive", "case-sensitive"])

E('''Write `shift_weekday(d: date, n: int) -> date` that moves n working days forward (negative n: backward). Working days are Monday to Friday; no holidays. Starting on a weekend counts from the following Monday when moving forward and from the previous Friday when moving backward. n = 0 returns d unchanged.''',
  " Starting on a weekend counts from the following Monday when moving forward and from the previous Friday when moving backward.",
  "", M, "edge_case",
  "If d falls on a weekend, where should counting start: the next Monday going forward and the previous Friday going backward, or d itself?",
  span="moves n working days forward", opts=["next Monday / previous Friday", "d itself"])

E('''def cluster_points(points: list[tuple], eps: float) -> list[list]:
    """Single-linkage clustering: two points are in the same cluster if a chain of points
    connects them where each step is at most eps (Euclidean). Return clusters as lists of
    indices, each sorted, and the clusters sorted by their smallest index."""''',
  "Single-linkage clustering: two points are in the same cluster if a chain of points\n    connects them where each step is at most eps (Euclidean).",
  "Group points that are close together (eps is the distance that matters).",
  A, "definition",
  "Should clusters be chained (single linkage: any path of steps <= eps joins points) or must every pair in a cluster be within eps?",
  span="Group points that are close together", opts=["single linkage", "every pair within eps"])

E('''Implement `unique_emails_per_domain(emails)` returning domain -> number of distinct addresses, with addresses and domains compared in lowercase. Malformed entries (no "@" or several) are skipped.''',
  " Malformed entries (no \"@\" or several) are skipped.",
  " The list is scraped from old newsletter exports, so not everything in it is a clean address.",
  M, "invalid_input",
  "What should happen to malformed entries (no '@' or several): skip them, count them under an 'invalid' key, or raise ValueError?",
  span="not everything in it is a clean address", opts=["skip", "count as 'invalid'", "raise ValueError"])

E('''def rgb_to_hex(r: int, g: int, b: int) -> str:
    """Return "#rrggbb" in lowercase, e.g. (255, 128, 0) -> "#ff8000". Components outside 0-255 raise ValueError."""''',
  '"#rrggbb" in lowercase, e.g. (255, 128, 0) -> "#ff8000"', "a hex colour string", A, "output_format",
  "What exact format should the hex string have: '#ff8000' (lowercase with '#'), '#FF8000', or without the '#'?",
  span="a hex colour string", opts=["#ff8000", "#FF8000", "ff8000"])

E('''Write `trim_silence(samples, threshold)` that removes leading and trailing samples whose absolute value is below threshold, keeping everything between the first and last loud sample. If no sample reaches threshold, return [].''',
  " If no sample reaches threshold, return [].", " Quiet recordings happen a lot with the cheap headsets.", M, "empty_input",
  "What should trim_silence return when no sample reaches the threshold: an empty list, the input unchanged, or raise?",
  span="Quiet recordings happen a lot", opts=["[]", "input unchanged", "raise"])

E('''def invoice_due_date(issued: date, terms: str) -> date:
    """terms is "NET15", "NET30" or "EOM" (end of the issue month). NETn adds n calendar
    days. If the due date lands on a Saturday or Sunday, move it to the following Monday."""''',
  "If the due date lands on a Saturday or Sunday, move it to the following Monday.",
  "Due dates on weekends are a problem for the bank transfers.", M, "edge_case",
  "What should happen to a due date that falls on a weekend: move to the following Monday, the previous Friday, or leave it?",
  span="Due dates on weekends are a problem", opts=["following Monday", "previous Friday", "leave it"])

E('''Implement `equal_width_bins(values, k)` returning k bin counts for values split into k equal-width bins between min(values) and max(values). Each bin is half-open [lo, hi) except the last, which includes max. All values equal -> all counts in the first bin.''',
  " Each bin is half-open [lo, hi) except the last, which includes max.", "", M, "inclusive_range",
  "Which bin gets a value exactly on a boundary: the upper bin ([lo, hi) bins, last one closed) or the lower one?",
  span="split into k equal-width bins", opts=["[lo, hi), last closed", "(lo, hi], first closed"])

E('''def slug_unique(base: str, taken: set[str]) -> str:
    """Return base if it's not in taken, otherwise base-2, base-3, ... the first free one."""''',
  "otherwise base-2, base-3, ... the first free one", "otherwise add something to make it unique", A, "output_format",
  "How should a taken slug be made unique: a numeric suffix (base-2, base-3, ...) or a random suffix?",
  span="add something to make it unique", opts=["numeric suffix -2, -3", "random suffix"])

E('''Write `count_weekdays(start, end)` returning a dict weekday name -> number of occurrences from start to end, both dates inclusive. Names are "Mon".."Sun" and all seven keys are always present.''',
  "from start to end, both dates inclusive", "from start to end", A, "inclusive_range",
  "Should start and end both be counted, or is end exclusive?",
  span="from start to end.", opts=["both inclusive", "end exclusive"])

E('''def validate_coupon_code(code: str) -> bool:
    """Codes are 8 characters of uppercase letters and digits, excluding the confusable
    characters O, 0, I and 1. Lowercase input is rejected."""''',
  " Lowercase input is rejected.", " Users often type codes in lowercase.", M, "case_sensitivity",
  "Should lowercase input be rejected, or uppercased before validation?",
  span="Users often type codes in lowercase.", opts=["reject", "uppercase first"])

E('''Implement `heat_index_category(temp_c, humidity)` that returns "ok", "caution" or "danger" for the outdoor-work app, using the heat index from the NOAA formula (converted to °C): below 27 -> "ok", 27 to below 41 -> "caution", 41 and above -> "danger".''',
  ': below 27 -> "ok", 27 to below 41 -> "caution", 41 and above -> "danger".',
  ', with the thresholds the safety team uses.', M, "threshold",
  "What heat-index thresholds (°C) separate ok, caution and danger, e.g. 27 and 41?",
  span="with the thresholds the safety team uses")

E('''def longest_streak(flags: list[bool]) -> int:
    """Length of the longest run of consecutive True values; 0 if there is none."""''',
  "Length of the longest run of consecutive True values", "Length of the longest streak", A, "definition",
  "Which streak should be measured: consecutive True values, or the longest run of identical values (True or False)?",
  span="the longest streak", opts=["True values", "any identical values"])

E('''Write `mean_without_extremes(xs)` that drops one minimum and one maximum value and averages the rest (like judging in sports). Fewer than 3 values raises ValueError.

mean_without_extremes([9.0, 7.5, 8.0, 9.5]) -> 8.5''',
  "-> 8.5", "-> 8.0", X, "example_conflict",
  "Dropping 7.5 and 9.5 leaves 9.0 and 8.0, whose mean is 8.5, but the example says 8.0; is the example wrong or is a different rule intended?",
  span="mean_without_extremes([9.0, 7.5, 8.0, 9.5]) -> 8.0", opts=["8.5 (example wrong)", "a different rule"])

E('''def within_budget(expenses: list[int], budget: int) -> bool:
    """True if the sum of expenses (cents) does not exceed budget; spending exactly the budget is fine."""''',
  "does not exceed budget; spending exactly the budget is fine", "is under budget", A, "inclusive_range",
  "Does spending exactly the budget count as within budget?",
  span="is under budget", opts=["yes (<=)", "no (<)"])

E('''Implement `pick_backup_to_delete(backups)` for the retention job: backups is a list of datetimes. Keep the newest 7 daily backups and the newest backup of each of the last 4 ISO weeks; return the datetimes to delete, sorted ascending.''',
  "Keep the newest 7 daily backups and the newest backup of each of the last 4 ISO weeks",
  "Keep a reasonable set of recent daily and weekly backups", A, "limit",
  "How many daily and weekly backups should be kept, e.g. 7 daily and 4 weekly?",
  span="a reasonable set of recent daily and weekly backups", opts=["7 daily + 4 weekly", "14 daily + 8 weekly"])

E('''def percent_of_total(values: dict[str, float]) -> dict[str, float]:
    """Share of each value in the total, in percent, rounded to 1 decimal. The rounded
    shares need not add up to exactly 100. If the total is 0, every share is 0.0."""''',
  " If the total is 0, every share is 0.0.", "", M, "empty_input",
  "What should percent_of_total return when the total is 0: all shares 0.0, None for each, or raise ZeroDivisionError?",
  span="Share of each value in the total", opts=["0.0 each", "None each", "raise"])

E('''Write `parse_dimensions(s)` for product sizes like "30x20x10 cm" -> (30.0, 20.0, 10.0) in centimetres. The unit is required and can be "cm", "mm" or "in" (converted to cm, 1 in = 2.54 cm). Spaces around the "x" are allowed.''',
  'The unit is required and can be "cm", "mm" or "in" (converted to cm, 1 in = 2.54 cm).',
  'The unit can be "cm", "mm" or "in" (converted to cm, 1 in = 2.54 cm), but suppliers often leave it out.',
  M, "unit",
  "When the unit is missing, should parse_dimensions assume centimetres, or raise ValueError?",
  span="suppliers often leave it out", opts=["assume cm", "raise ValueError"])

E('''def render_stars(rating: float) -> str:
    """Five-character star bar for a rating 0-5: round to the nearest whole star (halves
    round up), "★" for full and "☆" for empty stars. render_stars(3.5) -> "★★★★☆"."""''',
  "round to the nearest whole star (halves\n    round up)", "show the rating", A, "rounding",
  "How should fractional ratings map to whole stars: round to nearest (halves up), always down, or support half stars?",
  span="show the rating", opts=["nearest, halves up", "down", "half stars"],
  also=[(' render_stars(3.5) -> "★★★★☆".', "")])

E('''Implement `route_ticket(subject)` returning "billing" if the subject contains any of "invoice", "refund", "charge", "technical" if it contains "error", "crash", "bug", and "general" otherwise. Matching is case-insensitive on whole words. If both lists match, "billing" wins.''',
  ' If both lists match, "billing" wins.', "", M, "tie_breaking",
  "If a subject matches both the billing and the technical keywords, which queue should win?",
  span="Matching is case-insensitive on whole words.", opts=["billing", "technical", "general"])

E('''def chunk_by_size(files: list[tuple], limit: int) -> list[list]:
    """Pack (name, size) files into batches whose total size is at most limit, in input
    order, starting a new batch when the next file doesn't fit. A file larger than limit
    gets a batch of its own."""''',
  " A file larger than limit\n    gets a batch of its own.", " A file larger than limit\n    must never be put in any batch, and no file may be skipped.",
  X, "constraint_conflict",
  "A file larger than limit can't go in a batch without breaking the limit or being skipped; should it get its own oversized batch, be skipped, or raise an error?",
  span="must never be put in any batch, and no file may be skipped", opts=["own batch", "skip it", "raise ValueError"])

E('''def hot_products(sales: dict[str, list]) -> list[str]:
    """sales maps a product id to its units sold per day over the last 14 days (oldest
    first). A product is hot if it sold at least 50 units in the last 7 days and at least
    twice as many as in the 7 days before. Return hot ids sorted alphabetically."""''',
  "if it sold at least 50 units in the last 7 days and at least\n    twice as many as in the 7 days before",
  "if its sales are clearly picking up lately, compared with how it was doing before that,\n    which is what the merchandising team wants to push on the homepage",
  A, "threshold",
  "What makes a product hot: a minimum volume (e.g. 50 units in 7 days) and a growth factor (e.g. 2x the previous 7 days)?",
  span="clearly picking up lately", opts=["50+ units and 2x growth", "any 50% growth"])

E('''Write `pretty_size_list(sizes)` that formats a list of clothing sizes for the product card: sort them in the order XS, S, M, L, XL, XXL (unknown sizes go last, alphabetically) and join with " / ".''',
  "sort them in the order XS, S, M, L, XL, XXL (unknown sizes go last, alphabetically)",
  "sort them in the natural order customers expect, with the odd ones the warehouse sometimes enters (like \"4XL\" or \"one size\") placed somewhere sensible",
  A, "ordering",
  "Where should unknown sizes like '4XL' or 'one size' go: last in alphabetical order, or mapped into the XS..XXL scale where possible?",
  span="placed somewhere sensible", opts=["last, alphabetically", "mapped into the scale"])

E('''def match_score(query: str, title: str) -> float:
    """Fraction of the query's lowercase words that also appear in the title's lowercase
    words, between 0 and 1. An empty query scores 0.0."""''',
  "Fraction of the query's lowercase words that also appear in the title's lowercase\n    words, between 0 and 1.",
  "How relevant the title is to the query, as a score between 0 and 1 that the search page\n    uses to order results.",
  A, "definition",
  "How should relevance be computed: the fraction of query words found in the title, TF-IDF cosine similarity, or fuzzy string similarity?",
  span="How relevant the title is to the query", opts=["fraction of query words", "TF-IDF cosine", "fuzzy ratio"])

E('''Implement `should_alert(cpu_samples)` for the monitoring agent. cpu_samples are per-minute CPU percentages, newest last. Alert when the last 5 samples are all above 90.''',
  "Alert when the last 5 samples are all above 90.",
  "Alert when the CPU has been high for a while, but don't fire on short spikes, since the nightly backup briefly maxes out the CPU every night.",
  A, "threshold",
  "What should trigger an alert: how high (e.g. above 90%) and for how long (e.g. 5 consecutive minutes)?",
  span="high for a while", opts=["> 90% for 5 minutes", "> 80% for 15 minutes"])

E('''def format_address(addr: dict) -> str:
    """Format a US postal address from a dict with street, city, state, zip on three lines:
    street; "City, ST ZIP"; and "USA". Missing optional "unit" is omitted; if present it
    follows the street after ", "."""''',
  'on three lines:\n    street; "City, ST ZIP"; and "USA"', "the way it should look on an envelope", A, "output_format",
  "What layout should the address have: street on one line, 'City, ST ZIP' on the next and 'USA' last, or without the country line?",
  span="the way it should look on an envelope", opts=["3 lines with USA", "2 lines, no country"])

E('''Write `normalize_score(x, lo, hi)` mapping x linearly from [lo, hi] to [0, 1], clamping results outside that range. If lo == hi, return 0.5.''',
  "clamping results outside that range", "handling values outside the range", A, "edge_case",
  "How should values outside [lo, hi] be handled: clamp to 0/1, let them extrapolate below 0 or above 1, or raise ValueError?",
  span="handling values outside the range", opts=["clamp", "extrapolate", "raise"])

E('''def summarize_commits(messages: list[str]) -> dict[str, int]:
    """Count commit messages by Conventional Commits type: the text before the first ":"
    (ignoring a "(scope)" and a "!"), lowercased, e.g. "feat(api)!: x" counts as "feat".
    Messages without a type count as "other"."""''',
  'the text before the first ":"\n    (ignoring a "(scope)" and a "!"), lowercased, e.g. "feat(api)!: x" counts as "feat"',
  "figure out what kind of change each commit is from its message, since the team mostly but\n    not always follows Conventional Commits",
  A, "definition",
  "How should the type be determined: strictly from the Conventional Commits prefix (else 'other'), or also guessed from keywords like 'fix' or 'add' in free-form messages?",
  span="figure out what kind of change each commit is", opts=["prefix only", "prefix or keyword guess"])

E('''Implement `can_schedule(meetings, new)` returning True if the new (start, end) meeting doesn't overlap any existing one. Meetings are half-open, so back-to-back is allowed.''',
  "Meetings are half-open, so back-to-back is allowed.",
  "Meetings are half-open, so back-to-back is allowed, but leave some buffer between meetings so people can get to the next room.",
  A, "parameter_value",
  "How much buffer should be required between meetings: 5, 10 or 15 minutes, and does it make back-to-back meetings conflict?",
  span="leave some buffer between meetings", opts=["5 minutes", "10 minutes", "15 minutes"])

E('''def loyalty_tier(points: int) -> str:
    """"bronze" below 1000 points, "silver" from 1000 to 4999, "gold" from 5000. Negative points raise ValueError."""''',
  '"bronze" below 1000 points, "silver" from 1000 to 4999, "gold" from 5000.',
  '"bronze" for new customers, "silver" for regulars, "gold" for our best customers, based on their points.',
  A, "threshold",
  "At what point totals do the tiers change, e.g. silver from 1000 and gold from 5000?",
  span='"silver" for regulars', opts=["1000 / 5000", "500 / 2000"])

E('''Write `dedupe_lines(text)` that removes repeated lines, keeping the first occurrence. Lines are compared after stripping trailing whitespace; the kept line is the original. Line order is preserved.''',
  "Lines are compared after stripping trailing whitespace; the kept line is the original.",
  "Lines that are basically the same count as repeats.",
  A, "definition",
  "When are two lines the same: exact match, ignoring trailing whitespace, ignoring all whitespace, or case-insensitively?",
  span="basically the same", opts=["exact", "ignore trailing whitespace", "ignore case and whitespace"])

E('''def pace_per_km(distance_m: int, seconds: int) -> str:
    """Running pace as "M:SS /km", rounded to the nearest second. distance_m must be > 0.
    pace_per_km(5000, 1500) -> "5:00 /km"."""''',
  'as "M:SS /km", rounded to the nearest second', "in the format runners are used to", A, "output_format",
  "Which pace format: minutes:seconds per km ('5:00 /km'), per mile, or km/h?",
  span="in the format runners are used to", opts=["M:SS /km", "M:SS /mi", "km/h"],
  also=[('\n    pace_per_km(5000, 1500) -> "5:00 /km".', "")])

E('''Implement `expand_cron_field(field, lo, hi)` for minute/hour fields: supports "*", single numbers, "a-b" ranges (inclusive), lists with "," and steps "*/n" or "a-b/n". Return the sorted list of matching values. Values outside [lo, hi] raise ValueError.''',
  'supports "*", single numbers, "a-b" ranges (inclusive), lists with "," and steps "*/n" or "a-b/n"',
  "supports the usual cron syntax",
  A, "scope",
  "Which cron syntax must be supported: '*', numbers, ranges, lists and steps only, or also names (MON, JAN) and specials like 'L' and '?'?",
  span="the usual cron syntax", opts=["*, numbers, ranges, lists, steps", "also names and L/?"])

E('''def is_quiet_hours(t: time) -> bool:
    """True from 22:00 (inclusive) to 07:00 (exclusive), the window spanning midnight."""''',
  "True from 22:00 (inclusive) to 07:00 (exclusive), the window spanning midnight.",
  "True during quiet hours, when we must not send push notifications to users.",
  M, "parameter_value",
  "What are the quiet hours, e.g. 22:00-07:00, and in which time zone should t be interpreted?",
  span="True during quiet hours")

E('''Write `suggest_username(first, last, taken)`: lowercase first initial + last name with non-letters removed (e.g. "jdoe"); if taken, append the smallest integer from 2 up that makes it free ("jdoe2").''',
  'lowercase first initial + last name with non-letters removed (e.g. "jdoe"); if taken, append the smallest integer from 2 up that makes it free ("jdoe2")',
  "build a nice username from the name, making sure it isn't one of the taken ones",
  A, "output_format",
  "What username pattern should be used: first initial + last name ('jdoe'), first.last, or something else, and how should clashes be resolved?",
  span="build a nice username from the name", opts=["jdoe, then jdoe2", "john.doe, then john.doe2"])

OK('''def tail(xs: list, n: int) -> list:
    """Last n items of xs, like xs[-n:] but tail(xs, 0) returns [] (not the whole list). Negative n raises ValueError."""''')


if __name__ == "__main__":
    C.write()
