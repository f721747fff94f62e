"""The RW/RT table beside the kelurahan in the Wilayah tab: filled for the
kelurahan under the cursor; ``w`` adds an RW, ``t`` an RT, ``d`` deletes the
RW or RT under its cursor."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.widgets import DataTable

from sambang_tui.i18n import t
from sambang_tui.services.master import areas
from sambang_tui.ui.modals.master_form import FormField, MasterFormModal
from sambang_tui.ui.screens.master.base import MasterBase
from sambang_tui.ui.workers import run_db


class RwPane(MasterBase):
    """The master screen's RW/RT side of the Wilayah tab."""

    @on(DataTable.RowHighlighted, "#tbl-areas")
    def _area_moved(self, event: DataTable.RowHighlighted) -> None:
        self._load_rw()

    def rw_focused(self) -> bool:
        return self.tab == "areas" and self.focused is self.table("rw")

    def _load_rw(self) -> None:
        kel = self.current("areas")
        rw_table = self.table("rw")
        if kel is None:
            rw_table.clear()
            self.rw_rows = {}
            return
        actor, kel_id = self.actor, kel.id
        run_db(
            self,
            lambda: areas.list_rw(actor, kel_id),
            lambda rows: self._fill_rw(kel_id, rows),
            group="master-rw",
            exclusive=True,
            name="master_load_rw",
        )

    def _fill_rw(self, kel_id: int, rows: list[areas.RwRow]) -> None:
        kel = self.current("areas")
        if kel is None or kel.id != kel_id:
            return
        table = self.table("rw")
        keep = self.current_key("rw")
        table.clear()
        self.rw_rows = {}
        for rw in rows:
            key = f"rw:{rw.id}"
            self.rw_rows[key] = rw
            table.add_row(
                Text(f"RW {rw.number:02d} ({len(rw.rt_numbers)} RT)", style="bold"), key=key
            )
            for number in rw.rt_numbers:
                rt_key = f"rt:{rw.id}:{number}"
                self.rw_rows[rt_key] = rw
                table.add_row(Text(f"  RT {number:02d}"), key=rt_key)
        self.rows["rw"] = self.rw_rows
        if keep in self.rw_rows:
            table.move_cursor(row=table.get_row_index(keep))

    def delete_rw_or_rt(self) -> None:
        key = self.current_key("rw")
        if key is None:
            return
        actor = self.actor
        rw = self.rw_rows[key]
        if key.startswith("rt:"):
            number = int(key.rsplit(":", 1)[1])
            question = t("master.confirm.rt", rt=f"{number:02d}", rw=f"{rw.number:02d}")

            def run() -> str:
                rt = areas.rt_id(rw.id, number)
                if rt is not None:
                    areas.delete_rt(actor, rt)
                return "deleted"

        else:
            question = t("master.confirm.rw", rw=f"{rw.number:02d}", n=len(rw.rt_numbers))

            def run() -> str:
                areas.delete_rw(actor, rw.id)
                return "deleted"

        self._confirm_then(question, run, "areas")

    def action_add_rw(self) -> None:
        if not self.can_edit():
            return
        kel = self.current("areas")
        if kel is None:
            self.notify(t("master.pick_kelurahan"), markup=False)
            return
        actor = self.actor
        fields = [
            FormField("rw", t("master.f.rw"), ""),
            FormField("rt_count", t("master.f.rt_count"), "", hint=t("master.hint.rt_count")),
        ]

        def save(v: dict[str, Any], version: int | None) -> Any:
            return areas.add_rw(actor, kel.id, v["rw"], v["rt_count"])

        title = t("master.title.rw_new", kelurahan=kel.name)
        self.app.push_screen(
            MasterFormModal(title, fields, save), lambda r: self._saved("areas", r and kel)
        )

    def action_add_rt(self) -> None:
        if not self.can_edit():
            return
        key = self.current_key("rw") if self.tab == "areas" else None
        if key is None:
            self.notify(t("master.pick_rw"), markup=False)
            return
        rw = self.rw_rows[key]
        actor = self.actor
        fields = [FormField("rt", t("master.f.rt"), str(max(rw.rt_numbers, default=0) + 1))]

        def save(v: dict[str, Any], version: int | None) -> Any:
            return areas.add_rt(actor, rw.id, v["rt"])

        title = t("master.title.rt_new", rw=f"{rw.number:02d}")
        kel = self.current("areas")
        self.app.push_screen(
            MasterFormModal(title, fields, save), lambda r: self._saved("areas", kel if r else None)
        )
