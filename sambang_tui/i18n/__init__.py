"""The one string catalogue of the interface, Indonesian first, English
selectable, and dates written through Babel (CLDR).

Each area of the app keeps its strings in a module of this package
(``common``, ``entry``, …) as ``STRINGS = {key: (indonesian, english)}``;
they are merged here into one catalogue. Keys are dotted: ``area.name``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from functools import cache

LANGUAGES = ("id", "en")
_state = {"lang": "id"}


def set_language(lang: str) -> None:
    _state["lang"] = lang if lang in LANGUAGES else "id"


def language() -> str:
    return _state["lang"]


@cache
def catalogue() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        strings: dict[str, tuple[str, str]] = getattr(module, "STRINGS", {})
        clash = merged.keys() & strings.keys()
        if clash:
            raise KeyError(f"duplicate i18n keys in {info.name}: {sorted(clash)}")
        merged.update(strings)
    return merged


def t(key: str, **params: object) -> str:
    """The text for ``key`` in the current language, formatted with params.
    A missing key shows itself, so a gap is visible rather than fatal."""
    pair = catalogue().get(key)
    if pair is None:
        return key
    text = pair[1] if _state["lang"] == "en" and pair[1] else pair[0]
    return text.format(**params) if params else text


def _locale() -> str:
    return "en" if _state["lang"] == "en" else "id"


def format_date_long(day: dt.date, lang: str | None = None) -> str:
    """``Senin, 2 Desember 2024``."""
    from babel.dates import format_date

    return format_date(day, "EEEE, d MMMM y", locale=lang or _locale())


def format_date_medium(day: dt.date, lang: str | None = None) -> str:
    """``2 Desember 2024``."""
    from babel.dates import format_date

    return format_date(day, "d MMMM y", locale=lang or _locale())


def format_day_short(day: dt.date, lang: str | None = None) -> str:
    """``Sen 02/12`` — for grid headers and lists."""
    from babel.dates import format_date

    return format_date(day, "EEE dd/MM", locale=lang or _locale())


def weekday_name(day: dt.date, lang: str | None = None) -> str:
    from babel.dates import format_date

    return format_date(day, "EEEE", locale=lang or _locale())


def month_year(day: dt.date, lang: str | None = None) -> str:
    from babel.dates import format_date

    return format_date(day, "MMMM y", locale=lang or _locale())
