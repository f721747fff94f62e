"""The tables of a document as CSV the way Excel in Indonesia opens it:
UTF-8 with BOM, ``;`` as separator, one block per table with its title.
A cell a spreadsheet would run as a formula is prefixed with ``'``
(``services.core.formula``)."""

from __future__ import annotations

import csv
from pathlib import Path

from sambang_tui.services.core import formula
from sambang_tui.services.documents.model import Document, Table


def table_rows(table: Table) -> list[list[str]]:
    rows = [[formula.neutralise(h) for h in table.headers]]
    rows += [[formula.neutralise(v) for v in row] for row in table.rows]
    if table.footer:
        rows.append([formula.neutralise(v) for v in table.footer])
    return rows


def render_csv(doc: Document, path: Path, delimiter: str = ";") -> Path:
    with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        for i, table in enumerate(doc.tables()):
            if i:
                writer.writerow([])
            if table.title:
                writer.writerow([formula.neutralise(table.title)])
            writer.writerows(table_rows(table))
    return path
