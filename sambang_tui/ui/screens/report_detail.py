"""One report, everything of it, as plain scrollable text; keys to edit,
submit, verify or return it (reviewers only), delete it, follow its
problem thread, and write its documents (Laporan Kegiatan, Laporan
Informasi, Humas release)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from sambang_tui.i18n import format_date_long, t
from sambang_tui.services import reports
from sambang_tui.services.core.errors import ServiceError
from sambang_tui.services.reports import access as report_access
from sambang_tui.services.reports.detail import ReportDetail
from sambang_tui.ui.screens.base import SambangScreen
from sambang_tui.ui.text import plain
from sambang_tui.ui.widgets.header import SambangHeader
from sambang_tui.ui.workers import run_db

LABEL_WIDTH = 18


def _time(value: dt.time | None) -> str:
    return value.strftime("%H.%M") if value else ""


def _stamp(value: dt.datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H.%M") if value else ""


class _Writer:
    """Builds the plain text of a report: label/value lines in a grid (long
    values wrap under their value, not under the label) and long blocks."""

    def __init__(self) -> None:
        self.parts: list[RenderableType] = []
        self.grid: Table | None = None

    def line(self, label_key: str, value: str) -> None:
        if not value:
            return
        if self.grid is None:
            self.grid = Table.grid(padding=(0, 1))
            self.grid.add_column(width=LABEL_WIDTH - 1, style="bold", no_wrap=True)
            self.grid.add_column(ratio=1)
            self.parts.append(self.grid)
        self.grid.add_row(Text(t(label_key)), plain(value))

    def text(self, value: str, style: str = "") -> None:
        self.grid = None
        self.parts.append(plain(value, style=style))

    def block(self, label_key: str, value: str) -> None:
        if not value:
            return
        self.text("")
        self.text(t(label_key), "bold underline")
        self.text(value.rstrip())

    def heading(self, value: str, style: str = "bold") -> None:
        self.text(value, style)

    def render(self) -> Group:
        return Group(*self.parts)


def detail_text(d: ReportDetail) -> Group:
    w = _Writer()
    w.heading(f"{d.number} · {d.type_names}", "bold")
    if d.deleted_at:
        w.heading(t("detail.deleted", at=_stamp(d.deleted_at)), "bold red")
    w.line("detail.f.status", t("report." + d.status))
    if d.status == "dikembalikan" and d.review_note:
        # what to fix comes first, not below the whole report
        who = d.reviewer.label if d.reviewer else ""
        w.line("detail.f.returned", f"{d.review_note}\n— {who} · {_stamp(d.reviewed_at)}")
    w.line("detail.f.date", format_date_long(d.date))
    times = " – ".join(x for x in (_time(d.start_time), _time(d.end_time)) if x)
    w.line("detail.f.time", times)
    w.line("detail.f.officers", "\n".join(f"{o.label} · {o.nrp}" for o in d.officers))
    area = ", ".join(x for x in (d.area_text, d.kelurahan.label, d.kelurahan.kecamatan) if x)
    w.line("detail.f.area", area)
    w.line("detail.f.place", d.place)
    if d.operation:
        w.line("detail.f.operation", d.operation.name)
    if d.audience:
        parts = [
            f"{t('audience.' + a.category)} {a.count if a.count is not None else '?'}"
            for a in d.audience
        ]
        parts.append(f"{t('detail.f.total')} {d.audience_total}")
        w.line("detail.f.audience", ", ".join(parts))
    w.line(
        "detail.f.contacts",
        "\n".join(f"{c.name} ({t('contact.' + c.category)})" for c in d.contacts),
    )
    w.line("detail.f.situation", t("situation." + d.situation))
    w.line("detail.f.threat", t("threat." + d.threat_level))
    if d.problem:
        w.line("detail.f.problem", f"{d.problem.title} ({t('problem.' + d.problem.status)})")
    w.block("detail.f.narrative", d.narrative)
    w.block("detail.f.message", d.message)
    w.block("detail.f.findings", d.findings)
    w.block("detail.f.follow_up", d.follow_up)
    if d.quote_text:
        quote = f"“{d.quote_text}”" + (f"\n— {d.quote_by}" if d.quote_by else "")
        w.block("detail.f.quote", quote)
    if d.information:
        info = d.information
        w.text("")
        w.text(t("detail.f.information") + f" {info.number}", "bold underline")
        w.line("detail.li.subject", info.subject)
        w.line("detail.li.source", info.source)
        w.line("detail.li.relation", info.source_relation)
        w.line("detail.li.how", info.how_obtained)
        w.line("detail.li.when", _stamp(info.obtained_at))
        w.line("detail.li.grade", info.grade)
        w.block("detail.li.facts", info.facts)
        w.block("detail.li.assessment", info.assessment)
    if d.households:
        w.text("")
        w.text(t("detail.f.households"), "bold underline")
        for i, h in enumerate(d.households, 1):
            w.text(f"{i}. {h.head_name}" + (f" — {h.address}" if h.address else ""), "bold")
            for op in h.opinions:
                field = f" ({op.field})" if op.field else ""
                w.text(f"   {t('opinion.' + op.kind)}{field}: {op.text}")
    if d.attachments:
        w.text("")
        w.line(
            "detail.f.attachments",
            "\n".join(
                a.original_name + (f" — {a.caption}" if a.caption else "") for a in d.attachments
            ),
        )
    w.text("")
    if d.reviewer:
        w.line("detail.f.review", f"{d.reviewer.label} · {_stamp(d.reviewed_at)}")
    if d.status != "dikembalikan":
        w.line("detail.f.review_note", d.review_note)
    w.line("detail.f.created", f"{d.created_by_name or d.created_by} · {_stamp(d.created_at)}")
    w.line("detail.f.updated", f"{d.updated_by_name or d.updated_by} · {_stamp(d.updated_at)}")
    return w.render()


def _seen(d: ReportDetail) -> list[tuple[str, object]]:
    """What the reader sees of a report, part by part: (the label it is
    shown under, a value to compare). Never the version or who saved last
    and when (every save changes them)."""
    note = "detail.f.returned" if d.status == "dikembalikan" else "detail.f.review_note"
    reviewer = (d.reviewer.label if d.reviewer else "", d.reviewed_at)
    return [
        ("detail.f.status", d.status),
        (note, d.review_note),
        ("detail.f.review", reviewer),
        ("detail.f.types", [x.name for x in d.types]),
        ("detail.f.date", d.date),
        ("detail.f.time", (d.start_time, d.end_time)),
        ("detail.f.officers", [(o.label, o.nrp) for o in d.officers]),
        ("detail.f.area", (d.kelurahan.label, d.rw, d.rt)),
        ("detail.f.place", d.place),
        ("detail.f.operation", d.operation.name if d.operation else ""),
        ("detail.f.audience", [(a.category, a.count) for a in d.audience]),
        ("detail.f.contacts", [(c.name, c.category) for c in d.contacts]),
        ("detail.f.situation", d.situation),
        ("detail.f.threat", d.threat_level),
        ("detail.f.problem", (d.problem.title, d.problem.status) if d.problem else None),
        ("detail.f.narrative", d.narrative),
        ("detail.f.message", d.message),
        ("detail.f.findings", d.findings),
        ("detail.f.follow_up", d.follow_up),
        ("detail.f.quote", (d.quote_by, d.quote_text)),
        ("detail.f.information", d.information),
        ("detail.f.households", d.households),
        ("detail.f.attachments", [(a.original_name, a.caption) for a in d.attachments]),
    ]


def changed_labels(old: ReportDetail, new: ReportDetail) -> list[str]:
    """The parts of the report that differ between two reads, named as the
    detail shows them ("Status (Dikembalikan)", "Peserta")."""
    labels: list[str] = []
    for (key, before), (new_key, after) in zip(_seen(old), _seen(new), strict=True):
        if before == after:
            continue
        label = t(new_key)
        if key == "detail.f.status":
            label += f" ({t('report.' + new.status)})"
        if label not in labels:
            labels.append(label)
    return labels


class ReportDetailScreen(SambangScreen[None]):
    TITLE_KEY = "detail.title"
    HELP_KEY = "detail.help"
    DEFAULT_CSS = """
    ReportDetailScreen #detail-body { height: 1fr; padding: 0 1; }
    .-compact ReportDetailScreen #detail-body { padding: 0; }
    """
    BINDINGS = [
        Binding("e", "edit", t("detail.edit"), id="detail.edit"),
        Binding("e", "why_not_edit", t("detail.edit"), id="detail.edit_refused", show=False),
        Binding("e", "edit_once_read", t("detail.edit"), id="detail.edit_early", show=False),
        Binding("a", "submit", t("detail.submit"), id="detail.submit"),
        Binding("a", "why_not_submit", t("detail.submit"), id="detail.submit_refused", show=False),
        Binding("v", "verify", t("detail.verify"), id="detail.verify"),
        Binding("v", "refuse_review", t("detail.verify"), id="detail.verify_refused", show=False),
        Binding("v", "why_not('verify')", t("detail.verify"), id="detail.verify_why", show=False),
        Binding("k", "return", t("detail.return"), id="detail.return"),
        Binding("k", "refuse_review", t("detail.return"), id="detail.return_refused", show=False),
        Binding("k", "why_not('return')", t("detail.return"), id="detail.return_why", show=False),
        # delete and the problem thread stay in F1 help and the palette: with every
        # review key shown the footer would not fit 80 columns
        Binding("d", "delete", t("detail.delete"), id="detail.delete", show=False),
        Binding("p", "problem", t("detail.problem"), id="detail.problem", show=False),
        Binding("o", "documents", t("detail.documents"), id="detail.documents"),
        Binding("ctrl+r", "reload", t("detail.reload"), id="detail.reload", show=False),
        Binding("escape", "back", t("word.back"), id="detail.back", show=False),
    ]

    def __init__(self, report_id: int) -> None:
        super().__init__()
        self.report_id = report_id
        self.detail: ReportDetail | None = None
        # what to do once the report is read again (given it as read)
        self._after_read: list[Callable[[ReportDetail], None]] = []

    def compose(self) -> ComposeResult:
        yield SambangHeader()
        with VerticalScroll(id="detail-body"):
            yield Static(Text(t("detail.loading")), id="detail-text")
        yield self.footer()

    def on_mount(self) -> None:
        self.query_one("#detail-body").focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def action_reload(self) -> None:
        self.reload()

    def reload(self, then: Callable[[ReportDetail], None] | None = None) -> None:
        """Read the report again and show it; then ``then(report)`` (kept
        when a newer read supersedes this one)."""
        if then is not None:
            self._after_read.append(then)
        rid, actor = self.report_id, self.actor
        run_db(
            self,
            lambda: report_access.detail_for(actor, rid),
            self.show_detail,
            group="detail",
            exclusive=True,
        )

    def show_detail(self, detail: ReportDetail) -> None:
        self.detail = detail
        self.query_one("#detail-text", Static).update(detail_text(detail))
        self.refresh_bindings()
        pending, self._after_read = self._after_read, []
        for then in pending:
            then(detail)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that cannot apply to this report (by role or status) are
        hidden; a non-reviewer pressing v or k is told why."""
        reviewer = bool(self.actor.can_review)
        status = self.detail.status if self.detail else ""
        if action == "verify":
            return reviewer and status == "diajukan"
        if action == "return":
            return reviewer and status in ("diajukan", "diverifikasi")
        if action == "refuse_review":
            return not reviewer
        if action == "why_not":
            step = parameters[0] if parameters else ""
            if step == "verify":
                return reviewer and status != "diajukan"
            return reviewer and status not in ("diajukan", "diverifikasi")
        refusal = self.detail.edit_refusal if self.detail else ""
        if action == "edit":
            return self.detail is not None and not refusal
        if action == "edit_once_read":
            return self.detail is None
        if action == "why_not_edit":
            return bool(refusal)
        submit_refusal = self.detail.submit_refusal if self.detail else ""
        if action == "submit":
            return status in ("draft", "dikembalikan") and not submit_refusal
        if action == "why_not_submit":
            return bool(submit_refusal)
        if action == "problem":
            return bool(self.detail and self.detail.problem)
        return True

    # -- actions --------------------------------------------------------------

    def _step(self, fn: Callable[[], Any], done_key: str) -> None:
        """``fn``: the step on the report as it is shown now (its version)."""
        acted_on = self.detail
        if acted_on is None:
            return

        def done(saved: Any) -> None:
            self.notify(t(done_key, number=saved.number), markup=False)
            if done_key == "detail.done.delete":
                self.app.pop_screen()
            else:
                self.reload()

        def refused(exc: BaseException) -> None:
            self._step_refused(exc, acted_on)

        run_db(self, fn, done, on_error=refused, group="detail-step", name=done_key)

    def _step_refused(self, exc: BaseException, acted_on: ReportDetail) -> None:
        """A step the services refused: read the report again. Refused
        because it changed since it was shown (its version, or its status),
        the reader is told what changed and to look before trying again —
        not the step's own columns ("status, updated_at")."""
        if not isinstance(exc, ServiceError):
            self.sambang.report_error(exc)
            return

        def told(now: ReportDetail) -> None:
            if now.version != acted_on.version:
                self._tell_changed(acted_on, now)
            else:
                self.sambang.report_error(exc)

        self.reload(then=told)

    def _tell_changed(self, before: ReportDetail, now: ReportDetail) -> None:
        who = now.updated_by_name or now.updated_by
        labels = changed_labels(before, now)
        if labels:
            text = t("detail.changed", number=now.number, by=who, fields=", ".join(labels))
        else:
            text = t("detail.changed_unseen", number=now.number, by=who)
        self.notify(text, severity="warning", markup=False, timeout=10)

    def action_submit(self) -> None:
        if self.detail is None:
            return
        rid, version = self.detail.id, self.detail.version
        self._step(lambda: reports.submit(self.actor, rid, version), "detail.done.submit")

    def action_why_not_submit(self) -> None:
        """Only its authors submit a report: a reviewer who returned it
        pressing a is told so — by the report read again, not as it was
        shown (it may have changed since)."""
        shown = self.detail
        if shown is None:
            return

        def told(now: ReportDetail) -> None:
            if now.submit_refusal:
                self.notify(now.submit_refusal, severity="warning", markup=False)
            elif now.version != shown.version:
                self._tell_changed(shown, now)

        self.reload(then=told)

    def action_verify(self) -> None:
        """Ask first: one stray key must not verify a report."""
        if self.detail is None:
            return
        from sambang_tui.ui.modals.confirm import ConfirmModal

        rid, version, number = self.detail.id, self.detail.version, self.detail.number

        def answer(yes: bool | None) -> None:
            if yes:
                self._step(lambda: reports.verify(self.actor, rid, version), "detail.done.verify")

        self.app.push_screen(ConfirmModal(t("detail.confirm_verify", number=number)), answer)

    def action_refuse_review(self) -> None:
        self.notify(t("detail.not_reviewer"), severity="warning", markup=False)

    def action_why_not(self, step: str) -> None:
        """A reviewer pressed v or k where the status does not allow it: the
        service says why (a returned report must be submitted again first…);
        the version read makes a report changed meanwhile a conflict, never a
        step taken without the question."""
        if self.detail is None:
            return
        rid, version = self.detail.id, self.detail.version
        if step == "verify":
            self._step(lambda: reports.verify(self.actor, rid, version), "detail.done.verify")
        else:
            self._step(
                lambda: reports.return_report(self.actor, rid, version, "-"), "detail.done.return"
            )

    def action_return(self) -> None:
        if self.detail is None:
            return
        from sambang_tui.ui.modals.note import NoteModal

        rid, version, number = self.detail.id, self.detail.version, self.detail.number

        def with_note(note: str | None) -> None:
            if note:
                self._step(
                    lambda: reports.return_report(self.actor, rid, version, note),
                    "detail.done.return",
                )

        self.app.push_screen(NoteModal(t("detail.return_title", number=number)), with_note)

    def action_delete(self) -> None:
        if self.detail is None:
            return
        from sambang_tui.ui.modals.confirm import ConfirmModal

        rid, version, number = self.detail.id, self.detail.version, self.detail.number

        def answer(yes: bool | None) -> None:
            if yes:
                self._step(
                    lambda: reports.delete_report(self.actor, rid, version), "detail.done.delete"
                )

        self.app.push_screen(ConfirmModal(t("detail.confirm_delete", number=number)), answer)

    def action_why_not_edit(self) -> None:
        """`e` where the report as shown may not be changed: read it again
        first (returned meanwhile, it may be) — then the form, or why not."""
        if self.detail is not None:
            self._edit_once_read()
            self.reload()

    def action_edit_once_read(self) -> None:
        """`e` while the report is still being read (a fast desk presses
        Enter and `e` at once): acted on once it is — the form, or why not."""
        self._edit_once_read()

    def _edit_once_read(self) -> None:
        if self._edit_or_say_why not in self._after_read:  # `e` pressed twice: one form
            self._after_read.append(self._edit_or_say_why)

    def _edit_or_say_why(self, detail: ReportDetail) -> None:
        if detail.edit_refusal:
            self.notify(detail.edit_refusal, severity="warning", markup=False)
        else:
            self.action_edit()

    def action_edit(self) -> None:
        """Only once the report is read: before, `e` could open the form of a
        report the reader may not change."""
        if self.detail is None or self.detail.edit_refusal:
            return
        from sambang_tui.ui.screens.entry import EntryScreen

        self.app.push_screen(EntryScreen(report_id=self.report_id), lambda _saved: self.reload())

    def action_problem(self) -> None:
        if self.detail is None or self.detail.problem is None:
            self.notify(t("detail.no_problem"), markup=False)
            return
        from sambang_tui.services.reports.listing import ReportFilter
        from sambang_tui.ui.screens.list_reports import ReportListScreen

        self.app.push_screen(ReportListScreen(ReportFilter(problem_id=self.detail.problem.id)))

    def action_documents(self) -> None:
        """The export dialog of a single report, with this report's number
        filled in: Laporan Kegiatan, Laporan Informasi (deteksi dini only;
        the dialog says so for other reports) or the Humas release editor."""
        if self.detail is None:
            return
        from sambang_tui.ui.modals.export_dialog import ExportDialog

        self.app.push_screen(
            ExportDialog(
                t("detail.documents_title", number=self.detail.number),
                ("pdf", "docx", "text"),
                "laporan",
                None,
                signer=True,
                ask_report=True,
                number=self.detail.number,
            )
        )

    def action_back(self) -> None:
        self.app.pop_screen()
