"""F7 Data induk driven by keys at 80×24."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Static
from ui.helpers import make_app, screen_lines, wait

from sambang_tui.services.admin import runtime
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.master import areas, officers
from sambang_tui.services.master.officers import OfficerInput
from sambang_tui.ui.modals.master_form import MasterFormModal
from sambang_tui.ui.modals.master_import import MasterImportModal


def text_of(app) -> str:
    return "\n".join(screen_lines(app))


def field_message(app, name: str) -> str:
    return str(app.screen.query_one(f"#mf-{name}-msg", Static).render())


def admin(target: str) -> Actor:
    runtime.connect(target)
    return Actor("desk", runtime.station_for().id, is_admin=True)


async def open_master(pilot) -> None:
    await wait(pilot)
    await pilot.press("f7")
    await wait(pilot)


async def test_officer_bad_nrp_then_good(db_target: str) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_master(pilot)
        await pilot.press("n")
        await wait(pilot)
        assert isinstance(app.screen, MasterFormModal)
        await pilot.press(*"7805012", "tab", *"Sutrisno", "tab", *"Aiptu", "ctrl+s")
        await wait(pilot)
        assert isinstance(app.screen, MasterFormModal)
        assert field_message(app, "nrp") == "NRP harus 8 digit (tertulis 7)."
        assert app.screen.focused is app.screen.query_one("#mf-nrp")
        await pilot.press("end", "3", "ctrl+s")
        await wait(pilot)
        assert not isinstance(app.screen, MasterFormModal)
        table = app.screen.query_one("#tbl-officers", DataTable)
        assert table.row_count == 1
        text = text_of(app)
        assert "78050123" in text and "Sutrisno" in text and "Aiptu" in text


async def test_kelurahan_with_rw_and_rt(db_target: str) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_master(pilot)
        await pilot.press("2")
        await wait(pilot)
        await pilot.press("n")
        await wait(pilot)
        # name, kind (kept), kecamatan, city, code, RW & RT layout
        await pilot.press(*"Paseban", "tab", "tab", *"Senen", "tab", "tab", "tab", *"2x3", "ctrl+s")
        await wait(pilot)
        assert not isinstance(app.screen, MasterFormModal), text_of(app)
        await wait(pilot)
        text = text_of(app)
        assert "Paseban" in text and "RW 01 (3 RT)" in text and "RW 02 (3 RT)" in text
        await pilot.press("w")
        await wait(pilot)
        await pilot.press(*"06", "tab", "2", "ctrl+s")
        await wait(pilot)
        await wait(pilot)
        assert "RW 06 (2 RT)" in text_of(app)
        # a duplicate RW is refused at its field
        await pilot.press("w")
        await wait(pilot)
        await pilot.press("6", "ctrl+s")
        await wait(pilot)
        assert field_message(app, "rw") == "RW 06 sudah ada di Paseban."
        await pilot.press("escape", "y")  # the RW typed: Esc asks, y discards
        await wait(pilot)
        # add an RT to the RW under the cursor of the RW/RT list
        app.screen.query_one("#tbl-rw", DataTable).focus()
        await pilot.press(*["down"] * 8)  # RW 01, 3 RT, RW 02, 3 RT, then RW 06
        await wait(pilot)
        await pilot.press("t")
        await wait(pilot)
        await pilot.press("ctrl+s")  # proposes the next free number
        await wait(pilot)
        await wait(pilot)
        assert "RW 06 (3 RT)" in text_of(app)
        assert areas.list_rw(admin(db_target), areas.list_kelurahan(admin(db_target))[0].id)[
            -1
        ].rt_numbers == (1, 2, 3)


async def test_edit_conflict_is_shown_and_never_silent(db_target: str) -> None:
    actor = admin(db_target)
    row = officers.create_officer(actor, OfficerInput("78050123", "Sutrisno", "Aiptu"))
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_master(pilot)
        await pilot.press("e")
        await wait(pilot)
        assert isinstance(app.screen, MasterFormModal)
        # someone else saves the same officer meanwhile
        with runtime.session():
            officers.update_officer(
                actor, row.id, row.version, OfficerInput("78050123", "Sutrisno SH", "Aiptu")
            )
        await pilot.press("tab", "end", *" Jr", "ctrl+s")
        await wait(pilot)
        assert isinstance(app.screen, MasterFormModal)
        top = str(app.screen.query_one("#mf-top", Static).render())
        assert "sudah diubah" in top and "name" in top and "Sutrisno SH" in top
        await pilot.press("ctrl+s")  # the person chooses to keep their version
        await wait(pilot)
        assert not isinstance(app.screen, MasterFormModal)
    with runtime.session():
        assert officers.get_officer(actor, row.id).name == "Sutrisno Jr"
        assert officers.get_officer(actor, row.id).version == 3


async def test_import_bad_csv_from_the_screen(db_target: str, tmp_path: Path) -> None:
    bad = tmp_path / "personel.csv"
    bad.write_text(
        "nrp;nama;pangkat;jabatan\n78050123;Sutrisno;Aiptu;bhabinkamtibmas\n12AB;Budi;Bripka;desk\n",
        encoding="utf-8",
    )
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_master(pilot)
        await pilot.press("i")
        await wait(pilot)
        assert isinstance(app.screen, MasterImportModal)
        app.screen.query_one("#mi-path").value = str(bad)
        await pilot.press("ctrl+s")
        await wait(pilot)
        result = str(app.screen.query_one("#mi-result-text", Static).render())
        assert "Baris 3:" in result and "angka" in result and "Tidak disimpan" in result
        await pilot.press("escape")
        await wait(pilot)
        assert app.screen.query_one("#tbl-officers", DataTable).row_count == 0
        # the same file in cp1252 gets the re-save message
        bad.write_bytes("nrp;nama;pangkat;jabatan\n78050123;José;Aiptu;desk\n".encode("cp1252"))
        await pilot.press("i")
        await wait(pilot)
        app.screen.query_one("#mi-path").value = str(bad)
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert "CSV UTF-8" in str(app.screen.query_one("#mi-error", Static).render())
        # a good file imports and the list shows it
        bad.write_text(
            "nrp,nama,pangkat,jabatan\n78050123,Sutrisno,Aiptu,bhabinkamtibmas\n", encoding="utf-8"
        )
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert "1 baru" in str(app.screen.query_one("#mi-result-text", Static).render())
        await pilot.press("escape")
        await wait(pilot)
        assert app.screen.query_one("#tbl-officers", DataTable).row_count == 1


async def test_markup_in_names_shown_literally(db_target: str) -> None:
    actor = admin(db_target)
    officers.create_officer(
        actor, OfficerInput("78050123", "[bold]Budi[/] [@click=app.quit]x", "Aiptu")
    )
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_master(pilot)
        assert "[bold]Budi[/] [@cli" in text_of(app)
        await pilot.press("9")
        await wait(pilot)
        await pilot.press("enter")
        await wait(pilot)
        assert "[bold]Budi[/] [@click=app.quit]x" in text_of(app)


async def test_read_only_actor_sees_lists_and_is_told_why(db_target: str) -> None:
    actor = admin(db_target)
    officers.create_officer(actor, OfficerInput("78050123", "Sutrisno", "Aiptu", os_user="kanit"))
    officers.set_admin(actor, "kanit")
    app = make_app(db_target, user="tamu")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_master(pilot)
        assert "Sutrisno" in text_of(app)
        for key in ("n", "e", "d", "i"):
            await pilot.press(key)
            await wait(pilot)
            assert not isinstance(app.screen, MasterFormModal | MasterImportModal)
        messages = [str(n.message) for n in app._notifications]
        assert any("Hanya admin" in m and "tamu" in m for m in messages)


async def test_audit_trail_tab_and_filter(db_target: str) -> None:
    actor = admin(db_target)
    row = officers.create_officer(actor, OfficerInput("78050123", "Sutrisno", "Aiptu"))
    officers.update_officer(
        Actor("kanit", actor.station_id, is_admin=True),
        row.id,
        row.version,
        OfficerInput("78050123", "Sutrisno", "Ipda"),
    )
    areas.create_kelurahan(actor, areas.KelurahanInput(name="Kenari"))
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_master(pilot)
        await pilot.press("9")
        await wait(pilot)
        table = app.screen.query_one("#tbl-audit", DataTable)
        assert table.row_count == 3
        assert "pangkat: Aiptu → Ipda" in text_of(app)
        await pilot.press("f")
        await wait(pilot)
        await pilot.press("tab", *"kanit", "ctrl+s")
        await wait(pilot)
        assert table.row_count == 1
        assert "dari 1" in text_of(app)
        await pilot.press("f")
        await wait(pilot)
        await pilot.press("tab", "tab", *"31/02/2024", "ctrl+s")
        await wait(pilot)
        assert "tidak ada di kalender" in field_message(app, "date_from")


async def test_delete_with_confirmation_deactivates_used_rows(db_target: str) -> None:
    actor = admin(db_target)
    officers.create_officer(actor, OfficerInput("78050123", "Sutrisno", "Aiptu"))
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_master(pilot)
        await pilot.press("d")
        await wait(pilot)
        await pilot.press("n")  # no: nothing happens
        await wait(pilot)
        assert app.screen.query_one("#tbl-officers", DataTable).row_count == 1
        await pilot.press("d")
        await wait(pilot)
        await pilot.press("y")
        await wait(pilot)
        await wait(pilot)
        assert app.screen.query_one("#tbl-officers", DataTable).row_count == 0


async def test_station_settings_edit(db_target: str) -> None:
    actor = admin(db_target)
    officers.create_officer(
        actor, OfficerInput("70010001", "Bambang Santoso", "AKP", role="kapolsek")
    )
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_master(pilot)
        await pilot.press("8")
        await wait(pilot)
        await pilot.press("e")
        await wait(pilot)
        await pilot.press("ctrl+a", *"Polsek Senen", "tab", *"Polres Metro Jakarta Pusat")
        for _ in range(4):
            await pilot.press("tab")
        await pilot.press(*"70010001", "ctrl+s")
        await wait(pilot)
        await wait(pilot)
        text = text_of(app)
        assert "Polres Metro Jakarta Pusat" in text and "AKP Bambang Santoso · 70010001" in text


async def test_problem_opened_by_a_bhabin_and_settled(db_target: str) -> None:
    actor = admin(db_target)
    kel = areas.create_kelurahan(actor, areas.KelurahanInput(name="Paseban"))
    areas.add_rw(actor, kel.id, 6)
    officers.create_officer(actor, OfficerInput("78050123", "Sutrisno", "Aiptu", os_user="kanit"))
    officers.set_admin(actor, "kanit")
    officers.create_officer(actor, OfficerInput("85010001", "Budi", "Bripka", os_user="bhabin"))
    app = make_app(db_target, user="bhabin")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_master(pilot)
        await pilot.press("n")  # officers: admin only
        await wait(pilot)
        assert not isinstance(app.screen, MasterFormModal)
        await pilot.press("7")
        await wait(pilot)
        await pilot.press("n")
        await wait(pilot)
        assert isinstance(app.screen, MasterFormModal)
        await pilot.press(*"Sengketa parkir", "tab", *"Paseban", "tab", "9", "ctrl+s")
        await wait(pilot)
        assert field_message(app, "rw") == "RW 09 tidak ada di Paseban."
        await pilot.press("backspace", "6", "ctrl+s")
        await wait(pilot)
        assert not isinstance(app.screen, MasterFormModal)
        await wait(pilot)
        assert "Sengketa parkir" in text_of(app) and "terbuka" in text_of(app)
        await pilot.press("s")
        await wait(pilot)
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert field_message(app, "resolution") == "Penyelesaian wajib diisi."
        await pilot.press(*"Musyawarah warga", "ctrl+s")
        await wait(pilot)
        await wait(pilot)
        assert "selesai" in text_of(app)
    runtime.connect(db_target)
    from sambang_tui.services.master import problems

    assert [p.status for p in problems.list_problems(actor)] == ["selesai"]


async def _settle(pilot) -> None:
    await wait(pilot)
    await wait(pilot)


def test_snapshot_officers(demo_target: str, snap_compare) -> None:
    async def run_before(pilot) -> None:
        await pilot.press("f7")
        await _settle(pilot)

    assert snap_compare(make_app(demo_target), terminal_size=(80, 24), run_before=run_before)


def test_snapshot_areas(demo_target: str, snap_compare) -> None:
    async def run_before(pilot) -> None:
        await pilot.press("f7")
        await _settle(pilot)
        await pilot.press("2")
        await _settle(pilot)

    assert snap_compare(make_app(demo_target), terminal_size=(80, 24), run_before=run_before)


def test_snapshot_officer_form_with_error(demo_target: str, snap_compare) -> None:
    async def run_before(pilot) -> None:
        await pilot.press("f7")
        await _settle(pilot)
        await pilot.press("n")
        await _settle(pilot)
        await pilot.press(*"1234", "ctrl+s")
        await _settle(pilot)
        for widget in pilot.app.screen.query("Input"):
            widget.cursor_blink = False
        await pilot.pause()

    assert snap_compare(make_app(demo_target), terminal_size=(80, 24), run_before=run_before)


async def test_f1_help_explains_the_keys(db_target: str) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_master(pilot)
        await pilot.press("f1")
        await wait(pilot)
        text = text_of(app)
        assert "Data induk" in text and "1–9" in text


async def test_officers_show_role_labels_and_whole_names(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_master(pilot)
        text = text_of(app)
        assert "kanit_binmas" not in text and "Kanit Binmas" in text
        assert "Bhabinkamtibmas" in text and "Piket/desk" in text
        assert "AKP Bambang Santoso, SH., MH" in text  # rank and whole name
        assert "wakapolsek" in text  # the login, not cut
        assert any("…" in line for line in screen_lines(app))  # a long login ends in …
        for lines in [screen_lines(app)]:
            assert all(len(line) <= 80 for line in lines)
        footer = screen_lines(app)[-1]
        assert "f1 Bantuan" in footer, footer
        await pilot.press("4")  # Tokoh: category labels
        await wait(pilot)
        text = text_of(app)
        assert "Perangkat kelurahan" in text and "perangkat kelura" not in text
        await pilot.press("5")  # Jenis: form labels
        await wait(pilot)
        assert "Deteksi dini" in text_of(app) and "deteksi_dini" not in text_of(app)
        for tab in ("2", "7"):
            await pilot.press(tab)
            await wait(pilot)
            assert "f1 Bantuan" in screen_lines(app)[-1]
