"""Indonesian wording shared by the documents (they are always Indonesian,
whatever the interface language)."""

from __future__ import annotations

import datetime as dt

from sambang_tui.i18n import catalogue


def label(key: str) -> str:
    pair = catalogue().get(key)
    return pair[0] if pair else key.rsplit(".", 1)[-1].replace("_", " ")


def date_long(day: dt.date) -> str:
    from sambang_tui.i18n import format_date_long

    return format_date_long(day, "id")


def date_medium(day: dt.date) -> str:
    from sambang_tui.i18n import format_date_medium

    return format_date_medium(day, "id")


def join_and(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " dan " + items[-1]


def in_sentence(name: str) -> str:
    """A label inside a sentence: ``Tokoh masyarakat`` → ``tokoh masyarakat``;
    acronyms stay as Indonesian writes them (``Perangkat RT/RW`` → ``perangkat
    RT/RW``, ``Ketua RT`` → ``ketua RT``)."""
    return " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in name.split())


def sentence_start(text: str) -> str:
    """``text`` opening with a capital, as a section of a document does
    ("menghimbau warga …" → "Menghimbau warga …"); the rest as written."""
    stripped = text.lstrip()
    return stripped[:1].upper() + stripped[1:] if stripped else text


def audience_phrase(audience: list[tuple[str, int | None]]) -> str:
    """``warga (25 orang), tokoh masyarakat (4 orang) dan kelompok pemuda``."""
    parts = []
    for category, count in audience:
        name = in_sentence(label(f"audience.{category}"))
        parts.append(f"{name} ({count} orang)" if count else name)
    return join_and(parts)


def pct(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.0f}%" if value == int(value) else f"{value:.1f}%".replace(".", ",")


def lines(text: str) -> list[str]:
    """A text typed as several lines or ``1.``/``-`` points, as its points."""
    import re

    out = []
    for raw in text.splitlines():
        item = re.sub(r"^\s*(?:\d{1,2}[.)]|[-•*])\s*", "", raw).strip()
        if item:
            out.append(item)
    return out
