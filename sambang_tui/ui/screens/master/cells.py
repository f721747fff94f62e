"""How the master-data tabs word their cells and form values."""

from __future__ import annotations

import datetime as dt

from rich.text import Text

from sambang_tui.i18n import t


def day(value: dt.date | str | None) -> str:
    """A date as the forms show it; a form's input may already hold the text typed."""
    if isinstance(value, str):
        return value
    return value.strftime("%d/%m/%Y") if value else ""


def number(value: int | None) -> str:
    return f"{value:02d}" if value else ""


def yes(flag: bool) -> str:
    return t("word.yes") if flag else t("word.no")


def label(prefix: str, code: str) -> str:
    """The catalogue label of a vocabulary code (``role.kanit_binmas`` →
    "Kanit Binmas"); a table-sized ``master.<prefix>.<code>`` wins, and a code
    without a label shows as itself."""
    for key in (f"master.{prefix}.{code}", f"{prefix}.{code}"):
        text = t(key)
        if text != key:
            return text
    return code


def vocab(prefix: str, codes: tuple[str, ...]) -> tuple[str, ...]:
    """The names a form shows and completes for a vocabulary's codes."""
    return tuple(label(prefix, code) for code in codes)


def code(prefix: str, codes: tuple[str, ...], text: str) -> str:
    """The code of a name typed into a form; other text goes to the service
    as typed (it knows more spellings and says what is wrong)."""
    typed = " ".join(text.split()).lower()
    for one in codes:
        if typed in (one, label(prefix, one).lower()):
            return one
    return text


def cell(value: str, style: str = "") -> Text:
    """A table cell: plain text (never markup) that ends in "…" when cut."""
    return Text(value, style=style, no_wrap=True, overflow="ellipsis", end="")


def cells(key: object, values: list[str], style: str = "") -> tuple[str, list[Text]]:
    """One table row: its key and its cells."""
    return str(key), [cell(v, style) for v in values]
