"""Documents the station prints or sends: built as a neutral structure
(``model``) by one module per document, written out by one renderer per
format. Renderers import their library (fpdf2, python-docx) only when called."""

from __future__ import annotations

from pathlib import Path

from sambang_tui.services.documents.model import Document

FORMATS: tuple[str, ...] = ("pdf", "docx", "csv", "text")
EXTENSIONS: dict[str, str] = {"pdf": ".pdf", "docx": ".docx", "csv": ".csv", "text": ".txt"}


def configured_paper() -> str:
    """The paper of the settings file (``paper = "F4"``); A4 when unset or
    unknown, or when the file cannot be read."""
    from sambang_tui.config import Settings, SettingsError
    from sambang_tui.services.documents.layout import DEFAULT_PAPER, PAPERS

    try:
        paper = str(Settings.load().paper).strip().upper()
    except SettingsError:
        return DEFAULT_PAPER
    return paper if paper in PAPERS else DEFAULT_PAPER


def write(doc: Document, fmt: str, path: Path, *, in_child: bool = False) -> Path:
    """Write ``doc`` as ``fmt`` to ``path`` (parent folders created).

    With ``in_child`` a PDF or DOCX is written by a child process (see
    ``child``): for the long-running app, not for a one-shot command."""
    path = Path(path).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt in ("pdf", "docx") and not doc.paper:
        doc.paper = configured_paper()
    if in_child and fmt in ("pdf", "docx"):
        from sambang_tui.services.documents.child import write_in_child

        return write_in_child(doc, fmt, path)
    if fmt == "pdf":
        from sambang_tui.services.documents.render_pdf import render_pdf

        render_pdf(doc, path)
    elif fmt == "docx":
        from sambang_tui.services.documents.render_docx import render_docx

        render_docx(doc, path)
    elif fmt == "csv":
        from sambang_tui.services.documents.render_csv import render_csv

        render_csv(doc, path)
    elif fmt == "text":
        from sambang_tui.services.documents.render_text import render_text

        path.write_text(render_text(doc), encoding="utf-8")
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return path
