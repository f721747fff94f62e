"""User text made safe to show: never parsed as markup, and control
characters (an ESC that would start a terminal sequence, a stray CR) shown
as their Unicode control pictures (``␛``) instead of being sent raw."""

from __future__ import annotations

import re

from rich.text import Text

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code == 0x7F:
        return "\u2421"
    if code < 0x20:
        return chr(0x2400 + code)
    return "\ufffd"


def clean(value: object) -> str:
    """``value`` as a string without raw control characters (newline and
    tab are kept)."""
    return _CONTROL.sub(_picture, "" if value is None else str(value))


def plain(value: object, style: str = "", **kw: object) -> Text:
    """A ``Text`` of user data: literal, styled only by ``style``."""
    return Text(clean(value), style=style, **kw)  # type: ignore[arg-type]
