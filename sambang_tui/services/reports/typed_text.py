"""What a desk types as text where a number belongs: an RW or RT number, an
audience count. The entry form reads its fields with these and checks a
field as it is left with the same functions, so each rule is written once."""

from __future__ import annotations

from sambang_tui.services.core.errors import Msg, ValidationError

# typed where people were met but not counted: the count is kept as unknown
UNCOUNTED = frozenset({"?", "ada", "v", "-"})


def read_area_number(text: str, field: str) -> int | None:
    """An RW/RT number (``field`` is ``rw`` or ``rt``); empty is none."""
    text = text.strip()
    if not text:
        return None
    if not text.isdigit():
        raise ValidationError(field, "entry.err.number", label=Msg(f"entry.f.{field}"))
    return int(text)


def read_count(text: str, category: str, field: str) -> tuple[bool, int | None]:
    """An audience count as typed: (given, count). ``?``, ``ada``, ``v`` or
    ``-`` is given without a count; empty is not given."""
    text = text.strip()
    if not text:
        return False, None
    if text in UNCOUNTED:
        return True, None
    if not text.isdigit():
        raise ValidationError(field, "entry.err.count", label=Msg(f"entry.aud.{category}"))
    return True, int(text)
