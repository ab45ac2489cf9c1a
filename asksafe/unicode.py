"""Text that can be encoded: lone surrogates (from invalid UTF-8 in argv, ``"\\udcff"`` in JSON) are refused.

>>> check_unicode("Paint the fence", "'task'")
'Paint the fence'
>>> check_unicode("Paint \\udcff", "'task'")
Traceback (most recent call last):
InvalidTaskError: 'task' is not valid Unicode: a lone surrogate U+DCFF at character 6 ...

Python keeps undecodable bytes as lone surrogates (``surrogateescape``); the
tokenizer, SQLite and JSON encoders then fail far from the cause with a
``TypeError`` or ``UnicodeEncodeError``. Checking at the boundary names it.
"""

from __future__ import annotations

import re

from asksafe.errors import InvalidTaskError

_SURROGATE = re.compile("[\ud800-\udfff]")


def check_unicode(text: str, what: str, error: type[Exception] = InvalidTaskError) -> str:
    """``text`` unchanged, or ``error`` naming where the first lone surrogate is."""
    m = _SURROGATE.search(text)
    if m is not None:
        raise error(f"{what} is not valid Unicode: a lone surrogate U+{ord(m.group()):04X} at character "
                    f"{m.start()} (invalid UTF-8 bytes, or a \\ud800-\\udfff escape); re-encode it as UTF-8")
    return text
