"""Structural checks: blockers that need no model, found with the text that causes them.

Each check reads the request (and what the agent observed) and returns
:class:`Finding` objects: the blocker's type, the span, the known options and
how strong the evidence is. The probe combines them with its model's score;
the question writer turns them into questions.

>>> [f.subtype for f in find("Total revenue per month", "orders(id, revenue_gross, revenue_net, created_at)")]
['column_choice']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from asksafe.types import Finding

__all__ = ["Finding", "find", "is_content"]


_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_']*")
_STOP = set(
    """a an the of to in on at by for from with and or not is are was were be been it its this that these those
    what which who whom whose when where why how all any each every per than then there their them they we you
    your our my me i us he she his her do does did done have has had can could should would will shall may might
    must get give show list find return write make use using into over under about as if so such only also more
    most less few many much some same other new old one two three first last number count total table tables
    column columns row rows value values id ids name names data query sql select where group order""".split()
)


def is_content(span: str) -> bool:
    """True when a span has at least one word worth quoting back to the user."""
    return any(len(w) >= 3 and w.lower() not in _STOP for w in _WORD.findall(span))


# ---------------------------------------------------------------- schema columns

_CREATE = re.compile(r"create\s+table\s+[`\"\[]?(\w+)[`\"\]]?\s*\((.*?)\)\s*;?", re.I | re.S)
_COLUMN_DEF = re.compile(r"\s*[`\"\[]?(\w+)")
_LIST_SEP = re.compile(r"[,\s]+")
_IDENT = re.compile(r"[a-z_][a-z0-9_]*")
_TABLE_LIST = re.compile(r"^\s*[-*]?\s*`?(\w+)`?\s*[:(]\s*([\w\s,`\"()\[\]]+?)\)?\s*$", re.M)
_PRAGMA_ROW = re.compile(r"^\s*\d+\s*\|\s*(\w+)\s*\|", re.M)


def schema_tables(context: str) -> set[str]:
    """Table names a schema in ``context`` declares."""
    return {t.lower() for t, _ in _CREATE.findall(context)} | {
        t.lower() for t, body in _TABLE_LIST.findall(context) if "," in body}


def schema_columns(context: str) -> set[str]:
    """Column names a schema in ``context`` declares (CREATE TABLE, table(cols), PRAGMA rows)."""
    cols: set[str] = set()
    for _, body in _CREATE.findall(context):
        for part in body.split(","):
            m = _COLUMN_DEF.match(part)
            if m and m.group(1).lower() not in ("primary", "foreign", "unique", "constraint", "check"):
                cols.add(m.group(1).lower())
    for _, body in _TABLE_LIST.findall(context):
        if "," not in body:
            continue  # "A: some answer" is prose, not a column list
        for part in _LIST_SEP.split(body):
            part = part.strip("`\"()[] ").lower()
            if part and _IDENT.fullmatch(part) and part not in _TYPES:
                cols.add(part)
    cols.update(c.lower() for c in _PRAGMA_ROW.findall(context))
    return cols


_TYPES = {"int", "integer", "text", "real", "varchar", "char", "date", "datetime", "timestamp", "numeric",
          "decimal", "float", "double", "bool", "boolean", "blob", "bigint", "serial", "not", "null",
          "primary", "key", "references", "default"}


def _stem(w: str) -> str:
    w = w.lower()
    for suf in ("ies", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)] + ("y" if suf == "ies" else "")
    return w


def check_columns(text: str, context: str) -> list[Finding]:
    """A word of the request that matches several columns of the schema.

    The schema is usually the context; when the text *is* the schema (an
    observation the agent made), the request is in the context.
    """
    cols = schema_columns(context)
    if len(cols) >= 2:
        return _column_findings(text, context, "text", cols)
    if context:
        cols = schema_columns(text)
        if len(cols) >= 2:
            return _column_findings(context, text, "context", cols)
    return []


def _column_findings(text: str, context: str, source: str, cols: set[str]) -> list[Finding]:
    """``cols``: ``schema_columns(context)``, parsed once by the caller."""
    names = schema_tables(context)
    tables = {_stem(t) for t in names} | names
    # identifiers are rarely what a question is vague about
    parts = {c: set(_stem(p) for p in c.split("_") if p) for c in cols if not c.endswith("_id") and c != "id"}
    low_text = text.lower()
    found: list[Finding] = []
    seen: set[str] = set()
    for m in _WORD.finditer(text):
        w = m.group(0).lower()
        s = _stem(w)
        if len(s) < 4 or w in _STOP or s in seen or s in tables or w in tables:
            continue  # a table's name ("orders") is the entity, not a column choice
        seen.add(s)
        if w in cols or s in cols:
            continue  # the question names a column exactly
        cands = sorted(c for c, ps in parts.items() if s in ps)
        # (a plain substring test first: most candidates do not occur at all, and the regex is built per call)
        if any(c in low_text and re.search(rf"\b{re.escape(c)}\b", low_text) for c in cands):
            continue  # the request names one of the candidates itself
        # "amount" vs "amount_gross"/"amount_net": the bare word matches several specific columns
        if len(cands) >= 2 and not _qualified(text, m.end(), cands):
            found.append(Finding("ambiguous", "column_choice", w, m.start(), m.end(), source, 0.85,
                                 options=cands[:4], reason=f"'{w}' matches columns {', '.join(cands[:4])}"))
    return found


def _qualified(text: str, end: int, cands: list[str]) -> bool:
    """The words right after the term pick one candidate ("revenue (net)", "shipped date")."""
    window = text[max(0, end - 40): end + 30].lower()
    qualifiers = [set(c.split("_")) for c in cands]
    distinct = [q - set.intersection(*qualifiers) for q in qualifiers]
    return any(any(w in window and re.search(rf"\b{re.escape(w)}\b", window) for w in d) for d in distinct)


# ---------------------------------------------------------------- conflicting examples

_EXAMPLE = re.compile(
    r"(\b[A-Za-z_]\w*\([^()\n]{0,120}\))\s*(?:->|→|=>|==|returns|should return|gives|yields|outputs)\s*([^\n#;]{1,80})"
)


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s).strip(".,").replace('"', "'")


def check_examples(text: str, context: str) -> list[Finding]:
    """The same call shown with two different results, in the request or what the agent read."""
    seen: dict[str, tuple[str, str]] = {}
    found: list[Finding] = []
    for source, body in (("text", text), ("context", context)):
        for m in _EXAMPLE.finditer(body):
            call, result = _norm(m.group(1)), _norm(m.group(2))
            if call in seen and seen[call][0] != result:
                first_result = seen[call][1]
                found.append(Finding(
                    "contradictory", "conflicting_examples", m.group(1).strip(), m.start(), m.end(), source, 0.9,
                    options=[first_result.strip(), m.group(2).strip()],
                    reason=f"{m.group(1).strip()} is shown returning both {first_result.strip()} and {m.group(2).strip()}",
                ))
            else:
                seen.setdefault(call, (result, m.group(2)))
    return found


# ---------------------------------------------------------------- opposite directives

_OPPOSITES = [
    ("ascending", "descending"), ("oldest first", "newest first"), ("inclusive", "exclusive"),
    ("case-sensitive", "case-insensitive"), ("round up", "round down"), ("utc", "local time"),
    ("lowest first", "highest first"), ("smallest first", "largest first"),
]
_OPPOSITES_RE = [(a, b, re.compile(rf"(?<![\w-]){re.escape(a)}(?![\w-])"),
                  re.compile(rf"(?<![\w-]){re.escape(b)}(?![\w-])"),
                  re.compile(rf"(not|never|rather than|instead of)\s+({re.escape(a)}|{re.escape(b)})"))
                 for a, b in _OPPOSITES]


def check_opposites(text: str, context: str) -> list[Finding]:
    found = []
    low_t, low_c = text.lower(), context.lower()
    for a, b, ra, rb, negated in _OPPOSITES_RE:
        if not ((a in low_t or a in low_c) and (b in low_t or b in low_c)):
            continue  # a pair needs both words somewhere: a substring test rules most texts out
        in_t_a, in_t_b = ra.search(low_t), rb.search(low_t)
        in_c_a, in_c_b = ra.search(low_c), rb.search(low_c)
        if (in_t_a or in_c_a) and (in_t_b or in_c_b) and not negated.search(low_t + " " + low_c):
            m = in_t_b or in_t_a
            src = "text" if m else "context"
            m = m or in_c_b or in_c_a
            found.append(Finding("contradictory", "conflicting_requirements", f"{a}/{b}", m.start(), m.end(), src,
                                 0.7, options=[a, b], reason=f"both '{a}' and '{b}' are required"))
    return found


# ---------------------------------------------------------------- vague terms

@dataclass(frozen=True)
class _Vague:
    pattern: str
    subtype: str
    options: tuple[str, ...]
    qualifier: str  # a regex that, right after the term, makes it precise


_NUM = r"\s*(\(|:|=|of|than|over|under|above|below|at least|at most|within|in the (last|past))?\s*\$?\d"
_VAGUE = [
    _Vague(r"recent(ly)?|lately|latest", "period", ("the last 7 days", "the last 30 days"), _NUM + r"|\s*\(?(since|after|last \d|past \d)"),
    _Vague(r"soon|asap|at some point|later on", "deadline", ("today", "by the end of the week"), _NUM + r"|\s*(by|before)\s"),
    _Vague(r"(?:large|big|huge|small|tiny|long|short|high|low|cheap|expensive|heavy|slow|fast)(?:er|est)?", "threshold", (), _NUM),
    _Vague(r"active|inactive|engaged|churned|loyal|popular|frequent|regular customers?|power users?", "definition", (), _NUM + r"|\s*\(|\s*(means|meaning|defined as|i\.e\.|=)"),
    _Vague(r"regularly|periodically|every so often|from time to time|often", "frequency", ("hourly", "daily", "weekly"), r"\s*\(|\s*(every|each|at)\s"),
    _Vague(r"normali[sz]e|clean(?: up)?|tidy(?: up)?|sanitize|standardi[sz]e", "vague_operation", (), r"\s*(by|to|so that|:|\()"),
    _Vague(r"duplicates?|dupes", "definition", (), r"\s*\(|\s*(by|on|with the same|means|=)"),
    _Vague(r"top|best|worst", "top_n", ("top 5", "top 10"), r"\s*\d|\s*(one|two|three|five|ten|n\b|k\b)|\s*\w*\s*\d"),
]
_VAGUE_RE = [(v, re.compile(rf"\b({v.pattern})\b", re.I), re.compile(v.qualifier, re.I)) for v in _VAGUE]


def check_vague(text: str, context: str) -> list[Finding]:
    found = []
    low_ctx = context.lower()
    for v, rx, qualifier in _VAGUE_RE:
        for m in rx.finditer(text):
            term = m.group(0)
            after = text[m.end(): m.end() + 40]
            if qualifier.match(after):
                continue
            if re.search(rf"\b{re.escape(term.lower())}\b[^.\n]{{0,20}}\b(means|meaning|refers to|is defined|=)", low_ctx + " " + text.lower()):
                continue  # defined somewhere
            found.append(Finding("ambiguous" if v.subtype != "deadline" else "missing", v.subtype, term.lower(),
                                 m.start(), m.end(), "text", 0.45, options=list(v.options),
                                 reason=f"'{term}' has no stated meaning or threshold"))
            break  # one finding per family
    return found


# ---------------------------------------------------------------- unstated rules

# "next week" and "this week" name a calendar period ahead or current; only a look back can be rolling
_RELATIVE_PERIOD = re.compile(r"\b(last|previous|past)\s+(week|month|quarter|year)\b", re.I)
_PERIOD_STATED = re.compile(r"\b(calendar|rolling|trailing|\d{4}-\d{2}|\d+\s+days)\b", re.I)


def check_relative_period(text: str, context: str) -> list[Finding]:
    m = _RELATIVE_PERIOD.search(text)
    if not m or _PERIOD_STATED.search(text + " " + context):
        return []
    unit = m.group(2).lower()
    return [Finding("ambiguous", "period", m.group(0).lower(), m.start(), m.end(), "text", 0.4,
                    options=[f"the previous calendar {unit}", f"the trailing {unit} up to today"],
                    reason=f"'{m.group(0)}' can be a calendar {unit} or a rolling window")]


_RANKING = re.compile(r"\b(sort|sorted|rank|ranked|ranking|order by|top|highest|lowest|largest|smallest|best|most)\b", re.I)
_TIE_STATED = re.compile(r"\b(ties?|tied|equal|same (score|value|count)|stable|break)\b", re.I)


def check_ties(text: str, context: str) -> list[Finding]:
    m = _RANKING.search(text)
    if not m or _TIE_STATED.search(text + " " + context):
        return []
    return [Finding("missing", "tie_breaking", "ties", m.start(), m.end(), "text", 0.25,
                    options=["keep input order", "break ties alphabetically"],
                    reason="a ranking with no rule for equal values")]


_MONEY_AVG = re.compile(r"\b(average|mean|percent(age)?|ratio|rate|share|divide|split|convert|price|cost|interest|tax)\b", re.I)
_ROUND_STATED = re.compile(r"\b(round(ed|ing)?|decimals?|decimal places|precision|significant|integer|truncat\w*|floor|ceil\w*|cents?)\b", re.I)


def check_rounding(text: str, context: str) -> list[Finding]:
    m = _MONEY_AVG.search(text)
    if not m or _ROUND_STATED.search(text + " " + context):
        return []
    return [Finding("missing", "rounding", "rounding", m.start(), m.end(), "text", 0.2,
                    options=["2 decimal places", "no rounding"],
                    reason="a computed number with no stated rounding")]


_TZ_NEEDED = re.compile(r"\b(midnight|per day|daily|each day|by day|timestamps?|time ?zone|local time|schedule[ds]?|cron)\b", re.I)
_TZ_STATED = re.compile(r"\b((?i:utc|gmt)|[A-Z][a-z]+/[A-Z][a-z_]+|time ?zone|[A-Z]{2,4}T|\+\d\d:?\d\d|offset)\b")


def check_timezone(text: str, context: str) -> list[Finding]:
    m = _TZ_NEEDED.search(text)
    if not m or _TZ_STATED.search(text + " " + context):
        return []
    return [Finding("missing", "timezone", "time zone", m.start(), m.end(), "text", 0.2,
                    options=["UTC", "the user's local time zone"], reason="day boundaries with no time zone")]


_CURRENCIES = re.compile(r"\b(USD|EUR|GBP|JPY|CHF|CAD|AUD|INR|CNY)\b")
_MONEY = re.compile(r"\b(revenue|sales|amount|price|cost|spend|spent|paid|total|sum|income|value)\b", re.I)
_CURRENCY_STATED = re.compile(r"\b(convert\w*|in (usd|eur|gbp)|per currency|by currency|each currency)\b", re.I)


def check_currency(text: str, context: str) -> list[Finding]:
    found = set(_CURRENCIES.findall(context)) | set(_CURRENCIES.findall(text))
    money = _MONEY.search(text)
    if len(found) < 2 or not money or _CURRENCY_STATED.search(text):
        return []
    opts = sorted(found)[:3]
    return [Finding("ambiguous", "currency", "currency", money.start(), money.end(), "text", 0.75,
                    options=[f"convert everything to {opts[0]}", "report each currency separately"],
                    reason=f"amounts are in several currencies ({', '.join(opts)})")]


# ---------------------------------------------------------------- filters from what the agent has seen

_TOOL_LINE = re.compile(r"^\s*(sqlite>|psql|\$ |mysql>|>>>)|\|", re.M)
_DATA_REQUEST = re.compile(r"\b(total|sum|count|average|avg|mean|median|how many|number of|revenue|sales|spend|"
                           r"share|rate|ratio|top|list|report|per|each|by)\b", re.I)


def _request_words(body: str) -> str:
    """``body`` without tool output (result rows, prompts) and schemas: the words people wrote."""
    body = _CREATE.sub(" ", body)
    return "\n".join(ln for ln in body.splitlines() if not _TOOL_LINE.search(ln)).lower()


def _mentions(words: str, term: str) -> bool:
    t = term.lower().replace("_", " ")
    stem = t[:-2] if t.endswith("ed") and len(t) > 6 else t
    return any(re.search(rf"\b{re.escape(x)}", words) for x in {t, term.lower(), stem})


def check_filters(text: str, context: str) -> list[Finding]:
    """Rows a data request may have to leave out, seen in the data: states like 'cancelled' in a status
    column, flag columns like ``is_test`` or ``deleted_at``; asked only when the request names none of them."""
    from asksafe import seen

    body = f"{text}\n{context}"
    if "|" not in body and "create table" not in body.lower():
        return []
    words = _request_words(body)
    if not _DATA_REQUEST.search(words):
        return []
    found: list[Finding] = []
    for col, vals in seen.column_values(body).items():
        if col not in seen.STATE_COLUMNS:
            continue
        excl = [v for v in vals if v.lower() in seen.EXCLUDING_STATES]
        if not excl or _mentions(words, col) or any(_mentions(words, v) for v in vals):
            continue
        where = text.find(excl[0])
        src = "text" if where >= 0 else "context"
        where = where if where >= 0 else max(0, context.find(excl[0]))
        found.append(Finding("ambiguous", "status_filter", col, where, where + len(excl[0]), src, 0.8,
                             options=[f"leave out {', '.join(excl[:3])}", f"count every {col}"],
                             reason=f"{col} has {', '.join(excl[:3])} rows and the request names no {col}",
                             question=f"Which {col} values should be included (the data has {', '.join(vals[:8])})?"))
    for col, label in seen.flag_columns(body).items():
        if _mentions(words, col) or _mentions(words, label.split()[0]):
            continue
        where = text.find(col)
        src = "text" if where >= 0 else "context"
        where = where if where >= 0 else max(0, context.find(col))
        found.append(Finding("ambiguous", "row_filter", col, where, where + len(col), src, 0.8,
                             options=[f"leave out {label}", f"include {label}"],
                             reason=f"the data flags {label} ({col}) and the request does not say",
                             question=f"Should {label} ({col}) be left out?"))
    return found


CHECKS = (check_columns, check_filters, check_examples, check_opposites, check_vague, check_relative_period,
          check_ties, check_rounding, check_timezone, check_currency)


def find(text: str, context: str | None = None) -> list[Finding]:
    """Every structural finding for ``text`` given ``context``, strongest first."""
    ctx = context or ""
    out: list[Finding] = []
    for check in CHECKS:
        out.extend(check(text, ctx))
    out.sort(key=lambda f: -f.strength)
    return out
