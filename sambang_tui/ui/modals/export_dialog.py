"""Export a document: choose the format and the file (default: the folder
of the last export, else the user's documents folder), optionally the
signer, or — for a single report — the report number and which document.
Enter moves to the next field; only Ctrl+S writes. The report a number
names is shown as it is typed. Before writing, a missing folder is created
and an existing file overwritten only when the person says so. The file is
written in a worker; the dialog dismisses with the written path (Esc: None).

A Humas release is not written at once: its draft opens in the
``ReleaseEditor`` so the desk can edit it first.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Select, Static

from sambang_tui import config
from sambang_tui.i18n import t
from sambang_tui.services.core.errors import ServiceError
from sambang_tui.services.documents import export_target
from sambang_tui.ui.context import app_context
from sambang_tui.ui.widgets.inputs import Input
from sambang_tui.ui.workers import run_db

EXTENSIONS = {"pdf": ".pdf", "docx": ".docx", "csv": ".csv", "text": ".txt"}
REPORT_KINDS = ("kegiatan", "informasi", "release")
SIGNERS = ("kapolsek", "kanit")  # who may sign a Laporan Kegiatan or a recap


@dataclass(frozen=True)
class ExportChoice:
    fmt: str
    path: Path
    signer: str = "kapolsek"
    kind: str = ""
    number: str = ""
    issued: dt.date | None = None  # the document's date; None: its own day


def export_folder(settings: config.Settings | None = None) -> Path:
    """The folder of the last export, else the documents folder."""
    remembered = settings.export_dir if settings is not None else ""
    return Path(remembered).expanduser() if remembered else config.documents_dir()


def default_path(stem: str, fmt: str, folder: Path | None = None) -> Path:
    return (folder or config.documents_dir()) / f"{stem}{EXTENSIONS[fmt]}"


def error_text(exc: BaseException) -> str:
    if isinstance(exc, ServiceError):
        return exc.message
    if isinstance(exc, OSError):
        return export_target.os_error_text(exc)
    return t("export.failed", name=type(exc).__name__)


def confirm_target(screen: ModalScreen[Any], path: Path, write: Callable[[], None]) -> str:
    """Check where ``path`` would be written; ask before creating its folder
    or overwriting it, then call ``write``. Returns the message to show at
    the dialog when it cannot be written at all (else "")."""
    from sambang_tui.ui.modals.confirm import ConfirmModal

    target = export_target.check(path)
    if target.state == export_target.IS_DIR:
        return t("export.is_dir", path=str(path))
    if target.state == export_target.PARENT_NOT_DIR:
        return t("export.parent_not_dir", path=str(target.folder))
    if target.state == export_target.NOT_WRITABLE:
        return t("export.not_writable", path=str(target.folder))

    def created(yes: bool | None) -> None:
        if not yes:
            return
        try:
            export_target.create_folder(target)
        except OSError as exc:
            screen.show_error(error_text(exc))  # type: ignore[attr-defined]
            return
        write()

    def overwrite(yes: bool | None) -> None:
        if yes:
            write()

    if target.state == export_target.NO_FOLDER:
        question = t("export.create_folder", path=str(target.folder))
        screen.app.push_screen(ConfirmModal(question), created)
    elif target.state == export_target.EXISTS:
        screen.app.push_screen(ConfirmModal(t("export.overwrite", path=str(path))), overwrite)
    else:
        write()
    return ""


def show_path(field: Input, path: str) -> None:
    """Put ``path`` in ``field`` showing its end: a path longer than the
    field at 80 columns keeps the file name in sight, not the folder's
    start (the cursor at the end, the view scrolled to it)."""
    field.value = path
    field.cursor_position = len(path)
    field.call_after_refresh(lambda: field.scroll_to(x=field.max_scroll_x, animate=False))


def remember_folder(screen: ModalScreen[Any], path: Path) -> None:
    """The next export proposes the folder this one went to."""
    ctx = getattr(screen.app, "ctx", None)
    if ctx is None or ctx.settings.export_dir == str(path.parent):
        return
    ctx.settings.export_dir = str(path.parent)
    # the export is written: a settings file that cannot be saved only forgets
    with contextlib.suppress(OSError, config.SettingsError):
        ctx.settings.save()


def build_report_document(actor: Any, choice: ExportChoice) -> Any:
    """The document of one report, by number (runs in a worker)."""
    from sambang_tui.services.documents import informasi, kegiatan, source

    report_id = source.find_report(actor, choice.number)
    if choice.kind == "informasi":
        return informasi.build(actor, report_id, issued=choice.issued)
    return kegiatan.build(actor, report_id, signer=choice.signer, issued=choice.issued)


class ExportDialog(ModalScreen[Path | None]):
    DEFAULT_CSS = """
    ExportDialog { align: center middle; }
    ExportDialog > Vertical {
        width: 76; max-width: 100%; height: auto; max-height: 100%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    ExportDialog Horizontal { height: auto; }
    ExportDialog .export-label { width: 15; padding-top: 0; }
    ExportDialog Select { width: 1fr; }
    ExportDialog Input { width: 1fr; }
    ExportDialog #export-error { color: $error; height: auto; }
    ExportDialog #export-found { height: auto; padding-left: 15; color: $text-muted; }
    ExportDialog #export-found.-missing { color: $error; }
    ExportDialog #export-hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", t("rekap.export.run"), id="rekap.export.save", priority=True),
        Binding("escape", "cancel", t("rekap.export.cancel"), id="rekap.export.cancel"),
    ]

    def __init__(
        self,
        what: str,
        formats: tuple[str, ...],
        stem: str,
        build: Callable[[ExportChoice], Any] | None = None,
        *,
        signer: bool = False,
        ask_report: bool = False,
        number: str = "",
    ) -> None:
        super().__init__()
        self.what = what
        self.formats = formats
        self.stem = stem
        self.build = build
        self.ask_signer = signer
        self.ask_report = ask_report
        self.number = number
        self.busy = False
        self.folder = config.documents_dir()
        self._auto_path = ""
        self.found: Any = None  # the report the number names (report_find.FoundReport)
        # the kind the dialog chose for the report found; one the person chose is kept
        self._auto_kind = "kegiatan"
        self._kind_chosen = False
        self._find_timer: Any = None

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(t("rekap.export.title", what=self.what), style="bold"))
            if self.ask_report:
                with Horizontal():
                    yield Label(t("rekap.export.number"), classes="export-label")
                    yield Input(
                        self.number,
                        placeholder=t("export.number_ph"),
                        compact=True,
                        id="export-number",
                    )
                yield Static("", id="export-found")
                with Horizontal():
                    yield Label(t("rekap.export.kind"), classes="export-label")
                    yield Select(
                        [(t(f"rekap.export.kind.{k}"), k) for k in REPORT_KINDS],
                        value="kegiatan",
                        allow_blank=False,
                        compact=True,
                        id="export-kind",
                    )
            with Horizontal():
                yield Label(t("rekap.export.format"), classes="export-label")
                yield Select(
                    [(t(f"rekap.format.{f}"), f) for f in self.formats],
                    value=self.formats[0],
                    allow_blank=False,
                    compact=True,
                    id="export-format",
                )
            if self.ask_signer:
                with Horizontal():
                    yield Label(t("rekap.export.signer"), classes="export-label")
                    yield Select(
                        [(t(f"rekap.export.signer.{s}"), s) for s in SIGNERS],
                        value=SIGNERS[0],
                        allow_blank=False,
                        compact=True,
                        id="export-signer",
                    )
                with Horizontal():
                    yield Label(t("rekap.export.date"), classes="export-label")
                    yield Input(
                        placeholder=t(
                            "rekap.export.date_report"
                            if self.ask_report
                            else "rekap.export.date_today"
                        ),
                        compact=True,
                        id="export-date",
                    )
            with Horizontal():
                yield Label(t("rekap.export.path"), classes="export-label")
                yield Input("", compact=True, id="export-path")
            yield Static("", id="export-error")
            yield Static(Text(t("rekap.export.hint")), id="export-hint")

    def on_mount(self) -> None:
        ctx = getattr(self.app, "ctx", None)
        self.folder = export_folder(ctx.settings if ctx is not None else None)
        self._sync_path()
        if self.ask_report and self.number:
            self._find_report()
        first = "#export-number" if self.ask_report and not self.number else "#export-format"
        self.query_one(first).focus()

    # -- fields -------------------------------------------------------------

    def _value(self, selector: str, default: str = "") -> str:
        found = self.query(selector)
        if not found:
            return default
        widget = found.first()
        if not isinstance(widget, Input | Select):
            return default
        value = widget.value
        return default if value is Select.BLANK else str(value)

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "export-kind":
            if event.value != self._auto_kind:
                self._kind_chosen = True
            self._sync_formats()
            self._sync_signer()
        if event.select.id in ("export-format", "export-kind"):
            self._sync_path()

    def _sync_formats(self) -> None:
        """A release is exported from its editor: only its own formats."""
        kind = self._value("#export-kind", "kegiatan")
        formats = ("docx", "text", "pdf") if kind == "release" else self.formats
        select = self.query_one("#export-format", Select)
        current = self._value("#export-format", formats[0])
        select.set_options([(t(f"rekap.format.{f}"), f) for f in formats])
        select.value = formats[0] if kind == "release" or current not in formats else current

    def _sync_signer(self) -> None:
        """Who signs the document chosen: a Laporan Informasi is signed by
        the officer who reports it (DESIGN §7), never the Kapolsek — the line
        names them and cannot be changed; the other documents ask."""
        found = self.query("#export-signer")
        if not found:
            return
        select = found.first(Select)
        if self._value("#export-kind", "kegiatan") == "informasi":
            reporter = getattr(self.found, "reporter", "")
            label = t("rekap.export.signer.pelapor", name=reporter) if reporter else ""
            select.set_options([(label or t("rekap.export.signer.pelapor_any"), "pelapor")])
            select.value = "pelapor"
            select.disabled = True
        elif select.disabled or select.value == "pelapor":
            select.set_options([(t(f"rekap.export.signer.{s}"), s) for s in SIGNERS])
            select.value = SIGNERS[0]
            select.disabled = False

    def _auto_stem(self) -> str:
        if not self.ask_report:
            return self.stem
        typed = self.found.number if self.found else self._value("#export-number", "")
        number = re.sub(r"[^\w-]+", "-", typed.strip()).strip("-")
        kind = self._value("#export-kind", "kegiatan")
        prefix = {"kegiatan": "laporan-kegiatan", "informasi": "laporan-informasi"}.get(
            kind, "rilis"
        )
        return f"{prefix}-{number}" if number else self.stem

    def _sync_path(self) -> None:
        """Follow the format (and, for a report, its number) in the file name;
        a name the person typed is kept, only its extension follows."""
        path_input = self.query_one("#export-path", Input)
        fmt = self._value("#export-format", self.formats[0])
        current = path_input.value.strip()
        if not current or current == self._auto_path:
            path = default_path(self._auto_stem(), fmt, self.folder)
        else:
            path = Path(current)
            if path.suffix.lower() in EXTENSIONS.values() or not path.suffix:
                path = path.with_suffix(EXTENSIONS[fmt])
        self._auto_path = (
            str(path) if not current or current == self._auto_path else self._auto_path
        )
        show_path(path_input, str(path))

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "export-number":
            self.found = None
            self._sync_path()
            if self._find_timer is not None:
                self._find_timer.stop()
            self._find_timer = self.set_timer(0.25, self._find_report)

    def _find_report(self) -> None:
        """Show which report the number names (or that none does)."""
        from sambang_tui.services.reports import find as report_find

        typed = self._value("#export-number", "").strip()
        shown = self.query_one("#export-found", Static)
        if not typed:
            shown.update("")
            return
        actor = app_context(self).actor

        def found(report: Any) -> None:
            if self._value("#export-number", "").strip() != typed:
                return  # typed on meanwhile
            self.found = report
            self._fit_kind(report)
            self._sync_signer()  # the reporter named when it signs
            shown.remove_class("-missing")
            shown.update(
                Text(
                    f"{report.number} · {report.date:%d/%m/%Y} · {report.type_codes} · "
                    f"{report.kelurahan}"
                )
            )
            self._sync_path()

        def missing(exc: BaseException) -> None:
            if self._value("#export-number", "").strip() == typed:
                shown.add_class("-missing")
                shown.update(Text(error_text(exc)))

        run_db(
            self,
            lambda: report_find.describe(actor, typed),
            found,
            on_error=missing,
            group="export-find",
            exclusive=True,
        )

    def _fit_kind(self, report: Any) -> None:
        """Start on the document that fits the report: a deteksi dini report's is
        the Laporan Informasi, another's the Laporan Kegiatan (unless the person
        chose one)."""
        if self._kind_chosen:
            return
        kind = "informasi" if report.informasi else "kegiatan"
        select = self.query_one("#export-kind", Select)
        if select.value != kind:
            self._auto_kind = kind
            select.value = kind

    def choice(self) -> ExportChoice:
        return ExportChoice(
            fmt=self._value("#export-format", self.formats[0]),
            path=Path(self.query_one("#export-path", Input).value.strip()).expanduser(),
            signer=self._value("#export-signer", "kapolsek"),
            kind=self._value("#export-kind", ""),
            number=self._value("#export-number", "").strip(),
            issued=self._issued(),
        )

    def _issued(self) -> dt.date | None:
        """The date typed (``h``, ``2/12``, ``06/12/2024`` …); blank: None.
        A date that cannot be read raises ``ValidationError``."""
        found = self.query("#export-date")
        raw = found.first(Input).value.strip() if found else ""
        if not raw:
            return None
        from sambang_tui.services.core import clock
        from sambang_tui.services.core.dates import parse_date

        return parse_date(raw, clock.today(), "date")

    def show_error(self, message: str) -> None:
        self.busy = False
        self.query_one("#export-error", Static).update(Text(message))

    # -- actions ------------------------------------------------------------

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter goes on to the next field; only Ctrl+S writes (Enter after a
        report number once wrote the default document at once)."""
        event.stop()
        self.focus_next()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_save(self) -> None:
        if self.busy:
            return
        try:
            choice = self.choice()
        except ServiceError as exc:
            self.show_error(error_text(exc))
            self.query_one("#export-date").focus()
            return
        if not str(self.query_one("#export-path", Input).value).strip():
            self.show_error(t("rekap.export.no_path"))
            return
        if self.ask_report and not choice.number:
            self.show_error(t("rekap.export.no_number"))
            self.query_one("#export-number").focus()
            return
        if self.ask_report and self.found is None:
            self._find_then_save(choice)
            return
        if self.ask_report:
            choice = replace(choice, number=self.found.number)
        if self.ask_report and choice.kind == "release":
            self._write(choice)  # the editor asks about the file when it writes
            return
        problem = confirm_target(self, choice.path, lambda: self._write(choice))
        if problem:
            self.show_error(problem)
            self.query_one("#export-path").focus()

    def _find_then_save(self, choice: ExportChoice) -> None:
        """Ctrl+S before the number was looked up: look it up, then save."""
        from sambang_tui.services.reports import find as report_find

        actor = app_context(self).actor
        self.busy = True

        def found(report: Any) -> None:
            self.busy = False
            self.found = report
            self._sync_path()
            self.action_save()

        def missing(exc: BaseException) -> None:
            self.show_error(error_text(exc))
            self.query_one("#export-number").focus()

        run_db(
            self,
            lambda: report_find.describe(actor, choice.number),
            found,
            on_error=missing,
            name="export_find",
        )

    def _write(self, choice: ExportChoice) -> None:
        self.busy = True
        self.query_one("#export-error", Static).update(Text(t("rekap.export.writing")))
        actor = app_context(self).actor
        if self.ask_report and choice.kind == "release":
            self._open_release(actor, choice)
            return
        build = self.build or (lambda c: build_report_document(actor, c))

        def work() -> Path:
            from sambang_tui.services import documents

            return documents.write(build(choice), choice.fmt, choice.path, in_child=True)

        run_db(
            self,
            work,
            self._written,
            on_error=lambda e: self.show_error(error_text(e)),
            name="export",
        )

    def _written(self, path: Path) -> None:
        remember_folder(self, path)
        self.app.notify(t("rekap.export.saved", path=str(path)), markup=False)
        self.dismiss(path)

    def _open_release(self, actor: Any, choice: ExportChoice) -> None:
        from sambang_tui.ui.modals.release_editor import ReleaseEditor

        def work() -> tuple[str, str, list[tuple[Path, str]]]:
            from sambang_tui.services.documents import release, source

            report_id = source.find_report(actor, choice.number)
            stem = "rilis-" + choice.number.replace("/", "-")
            return release.draft_text(actor, [report_id]), stem, release.photos(actor, [report_id])

        def done(result: tuple[str, str, list[tuple[Path, str]]]) -> None:
            text, stem, photos = result
            self.dismiss(None)
            self.app.push_screen(ReleaseEditor(text, stem, choice.fmt, choice.path, photos))

        run_db(
            self,
            work,
            done,
            on_error=lambda e: self.show_error(error_text(e)),
            name="release_draft",
        )
