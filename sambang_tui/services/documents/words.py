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


def audience_phrase(audience: list[tuple[str, int | None]]) -> str:
    """``warga (25 orang), tokoh masyarakat (4 orang) dan kelompok pemuda``."""
    parts = []
    for category, count in audience:
        name = label(f"audience.{category}").lower()
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
