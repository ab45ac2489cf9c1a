"""What the agent has seen, as options a question can offer: values, flags, files, signatures, contacts.

Reads tool output and context the way it usually looks: ``sqlite>``/``psql``
result tables (``status|COUNT(*)`` rows), schemas (``CREATE TABLE``,
``PRAGMA table_info``), ``ls`` listings, ``def f(...)`` signatures, e-mail
addresses. Nothing here decides whether to ask; it only says what the choices are.

>>> obs = "sqlite> SELECT status, COUNT(*) FROM orders GROUP BY status;\\nstatus|COUNT(*)\\npaid|3\\nrefunded|1"
>>> column_values(obs)
{'status': ['paid', 'refunded']}
"""

from __future__ import annotations

import re

from asksafe.checks import schema_columns

_HEADER = re.compile(r"^\s*([A-Za-z_]\w*)\s*[|,\t]\s*(?:count\(\*\)|count|n|rows|[A-Za-z_]\w*)\s*$", re.I | re.M)
_ROW = re.compile(r"^\s*([A-Za-z_][\w\- ]{0,40}?)\s*[|,\t]\s*[\w.\-]+\s*$")
_FILE = re.compile(r"(?<![\w/.-])((?:[\w.-]+/)*[\w-][\w.-]*\.(?:csv|json|jsonl|txt|md|pdf|docx?|xlsx?|pptx?|log|py|"
                   r"sql|yaml|yml|zip|tar|gz|png|jpe?g|bak|tmp))\b", re.I)
_SIGNATURE = re.compile(r"\bdef\s+(\w+\s*\([^)]*\))(?:\s*->\s*[\w\[\], .|]+)?")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# columns that mark rows most analyses leave out unless told otherwise
FLAG_COLUMNS = {
    "is_test": "test accounts", "test": "test rows", "is_internal": "internal accounts",
    "is_demo": "demo accounts", "deleted_at": "deleted rows", "is_deleted": "deleted rows",
    "deleted": "deleted rows", "archived": "archived rows", "is_archived": "archived rows",
    "archived_at": "archived rows", "is_sandbox": "sandbox rows",
}
# state words that usually mean "does not count" in a total, a count or an average
EXCLUDING_STATES = ("cancelled", "canceled", "refunded", "partially_refunded", "returned", "failed", "void",
                    "voided", "pending", "draft", "deleted", "expired", "rejected", "chargeback", "test",
                    "fraud", "declined", "abandoned", "trial")
STATE_COLUMNS = ("status", "state", "order_status", "payment_status", "stage")


def column_values(text: str) -> dict[str, list[str]]:
    """Values listed under a one-column-plus-count result (``status|COUNT(*)`` then ``paid|346`` ...)."""
    out: dict[str, list[str]] = {}
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = _HEADER.match(line)
        if not m:
            continue
        col = m.group(1).lower()
        vals = []
        for nxt in lines[i + 1:]:
            r = _ROW.match(nxt)
            if not r or nxt.strip().lower().startswith(("sqlite>", "select")):
                break
            vals.append(r.group(1).strip())
        if len(vals) >= 2:
            out.setdefault(col, [])
            out[col] += [v for v in vals if v not in out[col]]
    return out


def flag_columns(text: str) -> dict[str, str]:
    """Columns of a schema in ``text`` that flag rows to leave out (``is_test`` -> "test accounts")."""
    cols = schema_columns(text)
    return {c: FLAG_COLUMNS[c] for c in sorted(cols) if c in FLAG_COLUMNS}


def files(text: str) -> list[str]:
    return list(dict.fromkeys(_FILE.findall(text)))


def signatures(text: str) -> list[str]:
    return list(dict.fromkeys(" ".join(s.split()) for s in _SIGNATURE.findall(text)))


def contacts(text: str) -> list[str]:
    return list(dict.fromkeys(_EMAIL.findall(text)))


def options(kind: str, text: str, limit: int = 4) -> list[str]:
    """Options of one kind seen in ``text``: "files", "signatures", "contacts"."""
    found = {"files": files, "signatures": signatures, "contacts": contacts}.get(kind)
    return found(text)[:limit] if found else []
