"""Property-based tests (hypothesis) of what the other suites only sample:

* a report form survives its draft round trip (``to_json`` → JSON text →
  ``from_json``) exactly — a restored draft is what was typed;
* the master-data validators (officer, contact, kelurahan, plan) raise
  nothing but ``ValidationError``, whatever they are given;
* areas and contacts written as Excel writes CSV (comma or semicolon, BOM,
  CRLF, quotes and line breaks in cells) import to exactly the cleaned
  values, and importing the same file again changes nothing;
* any report text exported as JSON or CSV reads back as stored.

(Officers' CSV round trip and the report form's validation are in
``tests/services/test_csv_import.py`` and ``test_reports_text.py``.)
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from services.report_fixtures import World, make_world

from sambang_tui.db.models import RT, RW, Contact, Kelurahan
from sambang_tui.services import reports
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.core.validate import clean_text
from sambang_tui.services.master import areas, contacts, officers
from sambang_tui.services.master.importing.run import import_csv, is_formula
from sambang_tui.services.reports.export import export_reports
from sambang_tui.services.reports.input import (
    HouseholdInput,
    InformationInput,
    OpinionInput,
    ProblemInput,
    ReportInput,
)
from sambang_tui.services.schedule import plans

DB_SETTINGS = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def world(db, monkeypatch: pytest.MonkeyPatch) -> World:
    return make_world(monkeypatch)


def admin_of(world: World) -> Actor:
    return Actor(
        os_user="desk1",
        station_id=world.station_id,
        officer_id=world.desk_officer,
        role="desk",
        is_admin=True,
    )


# -- drafts: the form's JSON round trip -----------------------------------------------

ids = st.lists(st.integers(1, 10**6), max_size=4)
texts = st.text(max_size=40)
maybe_int = st.none() | st.integers(0, 999)

forms = st.builds(
    ReportInput,
    date=st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1)),
    start_time=st.none() | st.times(),
    end_time=st.none() | st.times(),
    officer_ids=ids,
    type_ids=ids,
    kelurahan_id=maybe_int,
    rw=maybe_int,
    rt=maybe_int,
    place=texts,
    audience=st.dictionaries(st.sampled_from(["warga", "tokoh_agama", "other"]), maybe_int),
    contact_ids=ids,
    narrative=st.text(max_size=200),
    message=texts,
    findings=texts,
    threat_level=texts,
    situation=texts,
    follow_up=texts,
    operation_id=maybe_int,
    quote_by=texts,
    quote_text=texts,
    problem_id=maybe_int,
    new_problem=st.none() | st.builds(ProblemInput, title=texts, parties=texts),
    information=st.none()
    | st.builds(
        InformationInput,
        source=texts,
        facts=texts,
        obtained_at=st.none() | st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2100, 1, 1)),
    ),
    households=st.lists(
        st.builds(
            HouseholdInput,
            head_name=texts,
            address=texts,
            opinions=st.lists(st.builds(OpinionInput, kind=texts, text=texts), max_size=3),
        ),
        max_size=3,
    ),
    plan_id=maybe_int,
)


@settings(max_examples=150, deadline=None)
@given(form=forms)
def test_a_form_survives_its_draft_round_trip(form: ReportInput) -> None:
    stored = json.dumps(form.to_json(), ensure_ascii=False, sort_keys=True)
    assert ReportInput.from_json(json.loads(stored)) == form


# -- validators raise ValidationError and nothing else ------------------------------------

# each field gets any value of its declared type (text: any Unicode)
anything = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True),
    st.booleans(),
    st.dates(),
    st.lists(st.integers(), max_size=3),
)
any_text = st.text(max_size=40) | st.sampled_from(["", " ", "\x00", "12345678", "Bripda", "desk"])
any_id = st.none() | st.integers(-(10**12), 10**12)
id_or_text = any_id | any_text


@DB_SETTINGS
@given(
    values=st.fixed_dictionaries(
        {k: any_text for k in ("nrp", "name", "rank", "role", "phone", "os_user")}
    )
)
def test_officer_validation_only_refuses(world: World, values: dict) -> None:
    try:
        officers.create_officer(admin_of(world), officers.OfficerInput(**values))
    except ValidationError as exc:
        assert exc.errors and all(e.field and e.message for e in exc.errors)


@DB_SETTINGS
@given(
    values=st.fixed_dictionaries(
        {
            "name": any_text,
            "category": any_text,
            "kelurahan_id": any_id,
            "rw": id_or_text,
            "rt": id_or_text,
            "phone": any_text,
            "notes": any_text,
        }
    )
)
def test_contact_validation_only_refuses(world: World, values: dict) -> None:
    try:
        contacts.create_contact(admin_of(world), contacts.ContactInput(**values))
    except ValidationError as exc:
        assert exc.errors and all(e.field and e.message for e in exc.errors)


@DB_SETTINGS
@given(
    values=st.fixed_dictionaries({k: any_text for k in ("name", "kind", "kecamatan", "city")}),
    rw=anything,
)
def test_area_validation_only_refuses(world: World, values: dict, rw: object) -> None:
    admin = admin_of(world)
    try:
        areas.create_kelurahan(admin, areas.KelurahanInput(**values))
    except ValidationError as exc:
        assert exc.errors and all(e.field and e.message for e in exc.errors)
    try:
        areas.add_rw(admin, world.kenari, rw, rw)
    except ValidationError as exc:
        assert exc.errors and all(e.field and e.message for e in exc.errors)


@DB_SETTINGS
@given(
    values=st.fixed_dictionaries(
        {
            "date": st.none() | st.dates(),
            "officer_id": any_id,
            "type_id": any_id,
            "kelurahan_id": any_id,
            "rw": any_id,
            "rt": any_id,
            "start_time": st.none() | st.times(),
            "target": any_text,
            "note": any_text,
        }
    )
)
def test_plan_validation_only_refuses(world: World, values: dict) -> None:
    try:
        plans.create_plan(world.actors["desk"], plans.PlanInput(**values))
    except ValidationError as exc:
        assert exc.errors and all(e.field and e.message for e in exc.errors)


# -- CSV as Excel writes it: areas and contacts round trip ----------------------------------

names = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=30,
)


# Excel never writes NUL (a file with one is refused as not text: catalogue)
notes = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60
)


def excel_csv(rows: list[list[str]], delimiter: str, bom: bool, crlf: bool) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(
        buf,
        delimiter=delimiter,
        lineterminator="\r\n" if crlf else "\n",
        quoting=csv.QUOTE_MINIMAL if crlf else csv.QUOTE_ALL,
    )
    writer.writerows(rows)
    return ("\ufeff" if bom else "").encode() + buf.getvalue().encode("utf-8")


def usable(text: str, limit: int) -> bool:
    cleaned = clean_text(text)
    return bool(cleaned) and len(cleaned) <= limit and not is_formula(text)


@DB_SETTINGS
@given(
    kel_names=st.lists(names, min_size=1, max_size=3, unique_by=lambda n: clean_text(n).casefold()),
    delimiter=st.sampled_from([",", ";"]),
    bom=st.booleans(),
    crlf=st.booleans(),
    rt=st.integers(1, 30),
)
def test_areas_csv_round_trip(
    world: World,
    tmp_path: Path,
    kel_names: list[str],
    delimiter: str,
    bom: bool,
    crlf: bool,
    rt: int,
) -> None:
    assume(all(usable(n, 80) for n in kel_names))
    assume(not {clean_text(n).casefold() for n in kel_names} & {"paseban", "kenari"})
    rows = [["Kelurahan", "Jenis", "Kecamatan", "Kota", "RW", "RT"]]
    rows += [[n, "kelurahan", "Senen", "Jakarta Pusat", "2", str(rt)] for n in kel_names]
    path = tmp_path / "wilayah.csv"
    path.write_bytes(excel_csv(rows, delimiter, bom, crlf))
    admin = admin_of(world)
    first = import_csv(admin, "areas", path)
    assert first.errors == [], first.errors
    for name in kel_names:
        kel = Kelurahan.get(
            (Kelurahan.name == clean_text(name)) & (Kelurahan.station == world.station_id)
        )
        rw = RW.get((RW.kelurahan == kel) & (RW.number == 2))
        assert RT.select().where((RT.rw == rw) & (RT.number == rt)).exists()
    again = import_csv(admin, "areas", path)
    assert again.errors == [] and again.created == 0
    for kel in Kelurahan.select().where(Kelurahan.name.not_in(["Paseban", "Kenari"])):
        areas.delete_kelurahan(admin, kel.id)  # the next example starts clean


@DB_SETTINGS
@given(
    rows=st.lists(st.tuples(names, notes), min_size=1, max_size=4, unique_by=lambda r: r[0]),
    delimiter=st.sampled_from([",", ";"]),
    bom=st.booleans(),
    crlf=st.booleans(),
)
def test_contacts_csv_round_trip(
    world: World, tmp_path: Path, rows: list[tuple[str, str]], delimiter: str, bom: bool, crlf: bool
) -> None:
    assume(all(usable(n, 120) and not is_formula(note) for n, note in rows))
    assume(len({clean_text(n) for n, _ in rows}) == len(rows))
    assume(not {clean_text(n) for n, _ in rows} & {"Haji Mahmud", "Ustadz Hasan"})
    table = [["Nama", "Kategori", "Kelurahan", "RW", "RT", "Catatan"]]
    table += [[n, "tokoh agama", "Paseban", "6", "1", note] for n, note in rows]
    path = tmp_path / "tokoh.csv"
    path.write_bytes(excel_csv(table, delimiter, bom, crlf))
    admin = admin_of(world)
    first = import_csv(admin, "contacts", path)
    assert first.errors == [], first.errors
    for name, note in rows:
        contact = Contact.get(Contact.name == clean_text(name))
        assert contact.notes == clean_text(note, multiline=True)
        assert contact.category == "tokoh_agama"
    again = import_csv(admin, "contacts", path)
    assert again.errors == [] and again.created == 0 and again.updated == 0
    Contact.delete().where(
        Contact.name.not_in(["Haji Mahmud", "Ustadz Hasan", "Rudi Karang Taruna"])
    ).execute()


# -- report export: what is stored is what is written ----------------------------------------


@DB_SETTINGS
@given(place=st.text(max_size=80), narrative=st.text(min_size=1, max_size=300))
def test_report_text_exports_as_stored(world: World, place: str, narrative: str) -> None:
    assume(clean_text(narrative, multiline=True))
    desk = world.actors["desk"]
    saved = reports.create_report(desk, world.input(place=place, narrative=narrative))
    day = world.input().date
    stored = reports.load_input(saved.id).data
    out = io.StringIO()
    export_reports(desk, day, day, "json", stream=out)
    [mine] = [r for r in json.loads(out.getvalue()) if r["nomor"] == saved.number]
    assert mine["uraian"] == stored.narrative and mine["tempat"] == stored.place
    out = io.StringIO()
    export_reports(desk, day, day, "csv", stream=out)
    rows = list(csv.reader(io.StringIO(out.getvalue().lstrip("\ufeff"))))
    [row] = [r for r in rows if saved.number in r]

    def as_cell(text: str) -> set[str]:  # a formula-like cell is written with a leading '
        return {text, "'" + text}

    assert as_cell(stored.narrative) & set(row)
    assert not stored.place or as_cell(stored.place) & set(row)
