"""The one string catalogue of the interface, Indonesian first, English
selectable, and dates written with CLDR's day and month names (no Babel:
loading its locale data was a tenth of the time to the first screen).

Each area of the app keeps its strings in a module of this package
(``common``, ``entry``, …) as ``STRINGS = {key: (indonesian, english)}``;
they are merged here into one catalogue. Keys are dotted: ``area.name``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
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
    # the package's modules by their files (pkgutil costs more than reading them)
    names = sorted(n[:-3] for n in os.listdir(__path__[0]) if n.endswith(".py") and n[0] != "_")
    for name in names:
        module = importlib.import_module(f"{__name__}.{name}")
        strings: dict[str, tuple[str, str]] = getattr(module, "STRINGS", {})
        clash = merged.keys() & strings.keys()
        if clash:
            raise KeyError(f"duplicate i18n keys in {name}: {sorted(clash)}")
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


# The names dates are written with (CLDR's, as Babel wrote them), Monday first.
_DAYS = {
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_DAYS_SHORT = {
    "id": ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_MONTHS = {
    "id": (
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
        "September", "Oktober", "November", "Desember",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
}  # fmt: skip


def _lang(lang: str | None) -> str:
    chosen = lang or _state["lang"]
    return chosen if chosen in LANGUAGES else "id"


def format_date_long(day: dt.date, lang: str | None = None) -> str:
    """``Senin, 2 Desember 2024``."""
    return f"{weekday_name(day, lang)}, {format_date_medium(day, lang)}"


def format_date_medium(day: dt.date, lang: str | None = None) -> str:
    """``2 Desember 2024``."""
    return f"{day.day} {month_year(day, lang)}"


def format_day_short(day: dt.date, lang: str | None = None) -> str:
    """``Sen 02/12`` — for grid headers and lists."""
    return f"{_DAYS_SHORT[_lang(lang)][day.weekday()]} {day:%d/%m}"


def weekday_name(day: dt.date, lang: str | None = None) -> str:
    """``Senin``."""
    return _DAYS[_lang(lang)][day.weekday()]


def month_year(day: dt.date, lang: str | None = None) -> str:
    """``Desember 2024``."""
    return f"{_MONTHS[_lang(lang)][day.month - 1]} {day.year}"
