"""Plain text for a chat message (WhatsApp/Telegram): no tables drawn with
boxes, one line per row, and at most ``LIMIT`` characters (Telegram's 4096
less a margin) — long tables are cut with a note of what was left out."""

from __future__ import annotations

import unicodedata

from sambang_tui.services.documents.model import (
    Bullets,
    Document,
    Fields,
    Heading,
    Image,
    Letterhead,
    PageBreak,
    Paragraph,
    Photos,
    Signature,
    Table,
)

LIMIT = 4000
MAX_TABLE_ROWS = 15


def _clean(text: str) -> str:
    return "".join(ch for ch in str(text) if ch in "\n\t" or unicodedata.category(ch)[0] != "C")


def _pairs(headers: tuple[str, ...], values: list[str]) -> str:
    return ", ".join(
        f"{h} {v}" for h, v in zip(headers, values, strict=False) if v not in ("", "0", "-")
    )


def _table_lines(block: Table) -> list[str]:
    """One line per row: ``- Paseban: SB 2, CS 1``; a leading ``No`` column
    is dropped (the dash already counts)."""
    skip = 1 if block.headers and block.headers[0] == "No" else 0
    headers = block.headers[skip:]
    lines = [block.title] if block.title else []
    for row in block.rows[:MAX_TABLE_ROWS]:
        first, *rest = (str(v) for v in row[skip:])
        pairs = _pairs(headers[1:], rest)
        lines.append(f"- {first}: {pairs}" if pairs else f"- {first}")
    if len(block.rows) > MAX_TABLE_ROWS:
        lines.append(f"  … {len(block.rows) - MAX_TABLE_ROWS} baris lagi")
    if block.footer:
        values = [str(v) for v in block.footer[skip:]]
        name_at = next((i for i, v in enumerate(values) if v), 0)
        pairs = _pairs(headers[name_at + 1 :], values[name_at + 1 :])
        lines.append(f"{values[name_at]}: {pairs}")
    return lines


def render_text(doc: Document, limit: int = LIMIT) -> str:
    parts: list[str] = []
    blocks = doc.flat()
    if not any(isinstance(b, Heading) for b in blocks):
        parts.append(doc.title)  # a letter (the recap) has no heading of its own
    for block in blocks:
        if isinstance(block, Letterhead):
            continue  # a chat message carries no letterhead
        if isinstance(block, Heading | Paragraph):
            parts.append(block.text)
        elif isinstance(block, Bullets):
            parts.append(
                "\n".join(
                    f"{i}. {item}" if block.numbered else f"- {item}"
                    for i, item in enumerate(block.items, 1)
                )
            )
        elif isinstance(block, Fields):
            parts.append("\n".join(f"{label}: {value or '-'}" for label, value in block.rows))
        elif isinstance(block, Table):
            parts.append("\n".join(_table_lines(block)))
        elif isinstance(block, Signature):
            lines = [block.place_date, *block.title_lines, block.name, block.rank_nrp]
            parts.append("\n".join(line for line in lines if line))
        elif isinstance(block, Image | Photos | PageBreak):
            continue
    text = _clean("\n\n".join(p for p in parts if p))
    if len(text) > limit:
        text = text[: limit - 2].rstrip() + " …"
    return text
