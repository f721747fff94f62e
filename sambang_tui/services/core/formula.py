"""The one rule for spreadsheet formulas, used by CSV import (such a cell is
refused) and by every CSV export (such a cell gets a leading apostrophe).

A cell is a formula when a spreadsheet would evaluate it: it starts with
``=`` or ``@``, with a tab or carriage return, or with ``+``/``-`` followed by
anything but a plain number or phone number (``-5``, ``+62 812-3456``,
which can call no function). So ``-2+3+cmd|' /C calc'!A0``, ``+A1`` and
``- catatan`` are formulas on the way in and on the way out alike (import
let the first through while export neutralised it: two rules).
"""

from __future__ import annotations

import re

PLAIN_NUMBER = re.compile(r"[+-]\s*\d[\d\s().,/-]*")


def is_formula(value: object) -> bool:
    if not isinstance(value, str) or not value:
        return False
    if value[0] in "\t\r":
        return True
    text = value.lstrip()
    if not text or text[0] not in "=@+-":
        return False
    if text[0] in "+-":
        return not (len(text) == 1 or PLAIN_NUMBER.fullmatch(text.rstrip()))
    return True


def neutralise(value: object) -> str:
    """A cell as text made safe for a spreadsheet: ``'`` in front of a
    formula, None as an empty cell; the one rule of every CSV export."""
    text = "" if value is None else str(value)
    return "'" + text if is_formula(text) else text
