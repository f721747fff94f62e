"""The Humas release draft, editable before export: a TextArea with the
draft (first line the headline, blank lines between paragraphs), the format
and the file; Ctrl+S writes it in a worker and dismisses with the path.

What the record lacks (the Kapolsek's statement) is marked ``[[ISI: …]]`` in
the draft; the editor says how many marks are left and asks for a second
Ctrl+S before writing a release that still has them. The report's photos
go into the document after the text."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Select, Static

from sambang_tui.i18n import t
from sambang_tui.ui.modals.discard import AsksBeforeDiscard
from sambang_tui.ui.modals.export_dialog import (
    EXTENSIONS,
    confirm_target,
    default_path,
    error_text,
    export_folder,
    remember_folder,
    show_path,
)
from sambang_tui.ui.widgets.inputs import Input, TextArea
from sambang_tui.ui.workers import run_db

FORMATS = ("docx", "text", "pdf")


class ReleaseEditor(AsksBeforeDiscard, ModalScreen[Path | None]):
    DEFAULT_CSS = """
    ReleaseEditor { align: center middle; }
    ReleaseEditor > Vertical {
        width: 100%; max-width: 110; height: 100%; max-height: 40;
        border: round $primary; background: $surface; padding: 0 1;
    }
    ReleaseEditor TextArea { height: 1fr; }
    ReleaseEditor Horizontal { height: 1; }
    ReleaseEditor #release-format { width: 22; }
    ReleaseEditor #release-path { width: 1fr; }
    ReleaseEditor #release-error { color: $error; height: auto; }
    ReleaseEditor #release-hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", t("rekap.export.run"), id="rekap.release.save", priority=True),
        Binding("escape", "cancel", t("rekap.export.cancel"), id="rekap.release.cancel"),
    ]

    def __init__(
        self,
        text: str,
        stem: str = "rilis-humas",
        fmt: str = "docx",
        path: Path | None = None,
        photos: list[tuple[Path, str]] | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.photos = photos or []
        self.warned = False
        self.stem = stem
        self.fmt = fmt if fmt in FORMATS else "docx"
        self.path = path
        self.busy = False

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(t("rekap.release.title"), style="bold"))
            yield TextArea(self.text, id="release-text", soft_wrap=True, show_line_numbers=False)
            with Horizontal():
                yield Select(
                    [(t(f"rekap.format.{f}"), f) for f in FORMATS],
                    value=self.fmt,
                    allow_blank=False,
                    compact=True,
                    id="release-format",
                )
                yield Input(str(self.path or ""), compact=True, id="release-path")
            yield Static("", id="release-error")
            yield Static(Text(t("rekap.release.hint")), id="release-hint")

    def on_mount(self) -> None:
        if self.path is None:
            ctx = getattr(self.app, "ctx", None)
            folder = export_folder(ctx.settings if ctx is not None else None)
            self.path = default_path(self.stem, self.fmt, folder)
        show_path(self.query_one("#release-path", Input), str(self.path))
        self.query_one(TextArea).focus()
        self._show_marks(self.text)

    def _show_marks(self, text: str) -> int:
        from sambang_tui.services.documents.release import placeholders

        left = len(placeholders(text))
        self.query_one("#release-error", Static).update(
            Text(t("rekap.release.to_fill", n=left)) if left else Text("")
        )
        return left

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self.warned = False
        self._show_marks(event.text_area.text)

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.value is Select.BLANK:
            return
        path_input = self.query_one("#release-path", Input)
        path = Path(path_input.value.strip() or default_path(self.stem, str(event.value)))
        if path.suffix.lower() in EXTENSIONS.values() or not path.suffix:
            show_path(path_input, str(path.with_suffix(EXTENSIONS[str(event.value)])))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()  # only Ctrl+S writes

    def show_error(self, message: str) -> None:
        self.busy = False
        self.query_one("#release-error", Static).update(Text(message))

    def action_save(self) -> None:
        if self.busy:
            return
        text = self.query_one(TextArea).text
        if not text.strip():
            self.show_error(t("rekap.release.empty"))
            return
        raw_path = self.query_one("#release-path", Input).value.strip()
        if not raw_path:
            self.show_error(t("rekap.export.no_path"))
            return
        from sambang_tui.services.documents.release import placeholders

        if placeholders(text) and not self.warned:
            self.warned = True
            self.show_error(t("rekap.release.unfilled", n=len(placeholders(text))))
            return
        fmt = str(self.query_one("#release-format", Select).value)
        path = Path(raw_path).expanduser()
        problem = confirm_target(self, path, lambda: self._write(text, fmt, path))
        if problem:
            self.show_error(problem)
            self.query_one("#release-path").focus()

    def has_unsaved(self) -> bool:
        """The draft was edited and not written: Ctrl+Q asks first."""
        return self.query_one(TextArea).text != self.text

    def _write(self, text: str, fmt: str, path: Path) -> None:
        stem = self.stem
        photos = self.photos
        self.busy = True

        def work() -> Path:
            from sambang_tui.services import documents
            from sambang_tui.services.documents import release

            doc = release.document_from_text(text, stem, pictures=photos)
            return documents.write(doc, fmt, path, in_child=True)

        def done(written: Path) -> None:
            remember_folder(self, written)
            self.app.notify(t("rekap.export.saved", path=str(written)), markup=False)
            self.dismiss(written)

        run_db(
            self,
            work,
            done,
            on_error=lambda e: self.show_error(error_text(e)),
            name="release_export",
        )
