"""The tables of a document as CSV the way Excel in Indonesia opens it:
UTF-8 with BOM, ``;`` as separator, one block per table with its title.
A cell that starts with ``=``, ``+``, ``-``, ``@`` (or tab/CR) is prefixed
with ``'`` so a spreadsheet never runs it as a formula."""

from __future__ import annotations

import csv
from pathlib import Path

from sambang_tui.services.documents.model import Document, Table

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    text = "" if value is None else str(value)
    if text == "-":  # the "no figure" mark is no formula
        return text
    return "'" + text if text.startswith(DANGEROUS) else text


def table_rows(table: Table) -> list[list[str]]:
    rows = [[neutralise(h) for h in table.headers]]
    rows += [[neutralise(v) for v in row] for row in table.rows]
    if table.footer:
        rows.append([neutralise(v) for v in table.footer])
    return rows


def render_csv(doc: Document, path: Path, delimiter: str = ";") -> Path:
    with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        for i, table in enumerate(doc.tables()):
            if i:
                writer.writerow([])
            if table.title:
                writer.writerow([neutralise(table.title)])
            writer.writerows(table_rows(table))
    return path
