"""Reports list: search, every filter, order, paging, and the query plans."""

from __future__ import annotations

import datetime as dt

import pytest
from report_fixtures import World, make_world

from sambang_tui.db.database import is_sqlite
from sambang_tui.db.models import Problem, Report, database_proxy
from sambang_tui.services import reports
from sambang_tui.services.reports import listing as report_list
from sambang_tui.services.reports.listing import (
    ReportFilter,
    count_reports,
    fts5_query,
    fts_key,
    list_reports,
    page_query,
    search_phrases,
    text_condition,
    tsquery,
)


@pytest.fixture
def world(db, monkeypatch) -> World:
    return make_world(monkeypatch)


@pytest.fixture
def sample(world: World) -> dict[str, int]:
    """Five reports in different places, times, officers, types and states."""
    desk = world.actors["desk"]
    kanit = world.actors["kanit"]
    problem = Problem.create(
        station=world.station_id,
        title="Parkir liar",
        kelurahan=world.kenari,
        opened=dt.date(2024, 11, 1),
    )
    ids = {}
    ids["seed"] = reports.create_report(desk, world.input()).id
    ids["kenari"] = reports.create_report(
        desk,
        world.input(
            date=dt.date(2024, 11, 20),
            officer_ids=[world.budi, world.sutrisno],
            type_ids=[world.types["PS"]],
            kelurahan_id=world.kenari,
            rw=2,
            rt=3,
            place="Jl. Kenari II",
            narrative="Mediasi sengketa parkir antarwarga.",
            message="Selesaikan dengan musyawarah.",
            problem_id=problem.id,
            situation="waspada",
            contact_ids=[world.contacts["Rudi Karang Taruna"]],
        ),
        submit=True,
    ).id
    ids["old"] = reports.create_report(
        desk,
        world.input(
            date=dt.date(2024, 7, 1),
            operation_id=None,
            rw=2,
            rt=None,
            place="Pasar Paseban",
            narrative="Patroli dialogis di pasar.",
            type_ids=[world.types["PD"]],
        ),
    ).id
    same_day = reports.create_report(
        desk,
        world.input(place="Masjid Al-Ikhlas", narrative="Binluh usai salat Jumat."),
        submit=True,  # only a submitted report is verified
    )
    ids["same_day"] = same_day.id
    reports.verify(kanit, same_day.id, same_day.version)
    ids["problem"] = problem.id
    return ids


def ids_of(world: World, filt: ReportFilter, **kw: int) -> list[int]:
    return [r.id for r in list_reports(world.actors["desk"], filt, **kw)]


def test_rows_are_newest_first_with_page_columns(world: World, sample: dict[str, int]) -> None:
    rows = list_reports(world.actors["desk"], ReportFilter())
    assert [r.id for r in rows] == [
        sample["same_day"],
        sample["seed"],
        sample["kenari"],
        sample["old"],
    ]
    seed = rows[1]
    assert seed.number == "LK/1/XII/2024" and seed.date == dt.date(2024, 12, 2)
    assert seed.start_time == dt.time(10) and seed.type_code == "SB"
    assert (seed.kelurahan, seed.rw, seed.rt) == ("Paseban", 6, 1)
    assert seed.place == "Jl. Salemba Raya" and seed.lead_officer == "Aiptu Sutrisno"
    assert (seed.status, seed.situation, seed.version) == ("draft", "aman_kondusif", 1)
    kenari = rows[2]
    assert kenari.lead_officer == "Bripka Budi Santoso" and kenari.status == "diajukan"
    assert rows[3].rt is None and rows[3].rw == 2
    assert count_reports(world.actors["desk"], ReportFilter()) == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("salemba", ["seed"]),
        ("SALEMBA raya", ["seed"]),
        ("salem", ["seed"]),
        ("raya salem", ["seed"]),
        ("salem raya", []),  # only the last word is a prefix
        ("sutrisno", ["same_day", "seed", "kenari", "old"]),
        ("budi", ["kenari"]),
        ("78050123", ["same_day", "seed", "kenari", "old"]),
        ("kenari", ["kenari"]),
        ("pasar paseban", ["old"]),
        ("musyawarah", ["kenari"]),
        ("haji mahmud", ["same_day", "seed", "old"]),
        ("karang taruna", ["kenari"]),
        ("cooling", ["same_day", "seed"]),
        ("LK/2/XI/2024", ["kenari"]),
        ("lk/2", ["kenari"]),
        ("2/xi", ["kenari"]),
        ("xii/2024", ["same_day", "seed"]),
        ("lk/2/xii", []),
        ("masjid al", ["same_day"]),
        ("masjid al-ikhlas", ["same_day"]),
        ("tidakada", []),
        ("salemba kenari", []),
    ],
)
def test_search_by_words(
    world: World, sample: dict[str, int], text: str, expected: list[str]
) -> None:
    assert ids_of(world, ReportFilter(text=text)) == [sample[k] for k in expected]
    assert count_reports(world.actors["desk"], ReportFilter(text=text)) == len(expected)


def test_blank_or_punctuation_search_lists_everything(world: World, sample: dict[str, int]) -> None:
    assert len(ids_of(world, ReportFilter(text="  "))) == 4
    assert len(ids_of(world, ReportFilter(text="-- ;"))) == 4


def test_search_follows_edits(world: World, sample: dict[str, int]) -> None:
    desk = world.actors["desk"]
    current = reports.load_input(sample["seed"])
    reports.update_report(desk, sample["seed"], current.version, world.input(place="Gang Kelinci"))
    assert ids_of(world, ReportFilter(text="salemba")) == []
    assert ids_of(world, ReportFilter(text="kelinci")) == [sample["seed"]]


@pytest.mark.parametrize(
    ("make_filter", "expected"),
    [
        (
            lambda w, s: ReportFilter(date_from=dt.date(2024, 11, 20)),
            ["same_day", "seed", "kenari"],
        ),
        (lambda w, s: ReportFilter(date_to=dt.date(2024, 11, 20)), ["kenari", "old"]),
        (
            lambda w, s: ReportFilter(
                date_from=dt.date(2024, 11, 1), date_to=dt.date(2024, 11, 30)
            ),
            ["kenari"],
        ),
        (lambda w, s: ReportFilter(kelurahan_id=w.kenari), ["kenari"]),
        (lambda w, s: ReportFilter(officer_id=w.budi), ["kenari"]),
        (lambda w, s: ReportFilter(officer_id=w.sutrisno), ["same_day", "seed", "kenari", "old"]),
        (lambda w, s: ReportFilter(type_id=w.types["CS"]), ["same_day", "seed"]),
        (lambda w, s: ReportFilter(type_id=w.types["PD"]), ["old"]),
        (lambda w, s: ReportFilter(status="diajukan"), ["kenari"]),
        (lambda w, s: ReportFilter(status="diverifikasi"), ["same_day"]),
        (lambda w, s: ReportFilter(status="draft"), ["seed", "old"]),
        (lambda w, s: ReportFilter(operation_id=w.operation), ["same_day", "seed", "kenari"]),
        (lambda w, s: ReportFilter(problem_id=s["problem"]), ["kenari"]),
        (lambda w, s: ReportFilter(rw=2), ["kenari", "old"]),
        (lambda w, s: ReportFilter(rw=2, kelurahan_id=w.paseban), ["old"]),
        (lambda w, s: ReportFilter(situation="waspada"), ["kenari"]),
        (lambda w, s: ReportFilter(text="jalan pasar", rw=2), []),
        (
            lambda w, s: ReportFilter(text="sutrisno", kelurahan_id=w.paseban, status="draft"),
            ["seed", "old"],
        ),
    ],
)
def test_every_filter(
    world: World, sample: dict[str, int], make_filter, expected: list[str]
) -> None:
    filt = make_filter(world, sample)
    assert ids_of(world, filt) == [sample[k] for k in expected]
    assert count_reports(world.actors["desk"], filt) == len(expected)


def test_other_station_reports_are_not_listed(world: World, sample: dict[str, int]) -> None:
    from sambang_tui.services.core.actor import Actor

    other = Actor(os_user="x", station_id=world.station_id + 100, is_admin=True)
    assert list_reports(other, ReportFilter()) == []
    assert count_reports(other, ReportFilter()) == 0


def test_paging_walks_every_report_once(world: World) -> None:
    desk = world.actors["desk"]
    made = []
    for i in range(23):
        day = dt.date(2024, 11, 1) + dt.timedelta(days=i % 7)
        made.append(
            (day, reports.create_report(desk, world.input(date=day, place=f"Tempat {i}")).id)
        )
    expected = [rid for _, rid in sorted(made, key=lambda x: (x[0], x[1]), reverse=True)]
    pages = [ids_of(world, ReportFilter(), offset=o, limit=10) for o in (0, 10, 20, 30)]
    assert [len(p) for p in pages] == [10, 10, 3, 0]
    assert sum(pages, []) == expected
    assert ids_of(world, ReportFilter(text="tempat"), offset=20, limit=10) == expected[20:]


def test_search_syntax_builders_pass_only_words() -> None:
    assert search_phrases('Jl. "Salemba" Raya* OR NEAR(x)') == [
        ["jl"],
        ["salemba"],
        ["raya"],
        ["or"],
        ["near", "x"],
    ]
    phrases = search_phrases("LK/17/XII  o'brien -- a\\b")
    assert phrases == [["lk", "17", "xii"], ["o", "brien"], ["a", "b"]]
    assert fts5_query(phrases) == '"lk 17 xii" "o brien" "a b"'
    assert tsquery(phrases) == "'lk' <-> '17' <-> 'xii' & 'o' <-> 'brien' & 'a' <-> 'b'"
    assert fts5_query([["salemba"], ["ra"]]) == '"salemba" "ra"*'
    assert tsquery([["salemba"], ["ra"]]) == "'salemba' & 'ra':*"
    assert len(sum(search_phrases("a " * 20), [])) == report_list.MAX_WORDS


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '"salemba',
        'salemba"',
        "salemba*",
        "*",
        "-salemba",
        "salemba -raya",
        "search_text:salemba",
        "place : salemba",
        "(salemba)",
        "salemba)",
        "NEAR(salemba raya)",
        "NEAR/2",
        "salemba AND raya",
        "salemba OR kenari",
        "NOT salemba",
        "^salemba",
        "{salemba}",
        "salemba + raya",
        "o'brien",
        "'salemba'",
        "\\",
        ":*",
        "salemba:*",
        "&|!<->",
        "salemba & !raya",
        "salemba <-> raya",
        "\x00salemba\x1b[31m",
        "%_",
    ],
)
def test_search_syntax_never_errors(world: World, sample: dict[str, int], text: str) -> None:
    desk = world.actors["desk"]
    for filt in (
        ReportFilter(text=text),
        ReportFilter(text=text, date_from=dt.date(2024, 12, 1)),
        ReportFilter(text=text, officer_id=world.sutrisno),
    ):
        rows = list_reports(desk, filt)
        assert count_reports(desk, filt) == len(rows)
        assert count_reports(desk, filt, cap=1) == min(2, len(rows))
    phrases = search_phrases(text)
    if phrases and all(p in (["salemba"], ["raya"], ["salemba", "raya"]) for p in phrases):
        assert [r.id for r in rows] == [sample["seed"]], text


def test_a_moved_report_is_found_at_its_new_date(world: World, sample: dict[str, int]) -> None:
    """The SQLite FTS row is keyed by date: editing the date moves it."""
    desk = world.actors["desk"]
    current = reports.load_input(sample["old"])
    moved = dt.date(2024, 11, 25)
    data = current.data
    data.date = moved
    reports.update_report(desk, sample["old"], current.version, data)
    order = ["same_day", "seed", "old", "kenari"]
    assert ids_of(world, ReportFilter(text="sutrisno")) == [sample[k] for k in order]
    in_july = ReportFilter(
        text="pasar", date_from=dt.date(2024, 7, 1), date_to=dt.date(2024, 7, 31)
    )
    assert ids_of(world, in_july) == []
    on_day = ReportFilter(text="pasar", date_from=moved, date_to=moved)
    assert ids_of(world, on_day) == [sample["old"]]
    if is_sqlite():
        sql = "SELECT rowid FROM report_fts WHERE report_fts MATCH '\"pasar\"'"
        keys = [r[0] for r in database_proxy.obj.execute_sql(sql).fetchall()]
        assert keys == [fts_key(moved, sample["old"])]
    else:
        assert Report.get_by_id(sample["old"]).date == moved


def test_a_removed_report_leaves_the_search(world: World, sample: dict[str, int]) -> None:
    from sambang_tui.db.models import (
        ReportAudience,
        ReportContact,
        ReportOfficer,
        ReportType,
    )

    rid = sample["old"]
    for child in (ReportAudience, ReportContact, ReportOfficer, ReportType):
        child.delete().where(child.report == rid).execute()
    Report.delete().where(Report.id == rid).execute()
    assert ids_of(world, ReportFilter(text="pasar")) == []
    assert count_reports(world.actors["desk"], ReportFilter(text="sutrisno")) == 3
    if is_sqlite():
        sql = "SELECT count(*) FROM report_fts WHERE report_fts MATCH '\"pasar\"'"
        assert database_proxy.obj.execute_sql(sql).fetchone()[0] == 0
    else:
        assert not Report.select().where(Report.id == rid).exists()


def _plan(sql: str, params: list[object]) -> str:
    db = database_proxy.obj
    if is_sqlite():
        rows = db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()
        return "\n".join(str(r[-1]) for r in rows)
    with db.atomic() as txn:
        db.execute_sql("SET LOCAL enable_seqscan = off")
        rows = db.execute_sql("EXPLAIN " + sql, params).fetchall()
        txn.rollback()
    return "\n".join(r[0] for r in rows)


def test_query_plans_use_the_indexes(
    world: World, sample: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = world.actors["desk"]
    few_text = _plan(*page_query(desk, ReportFilter(text="salemba")).sql())
    few_officer = _plan(*page_query(desk, ReportFilter(officer_id=world.budi)).sql())
    text_few_officer = _plan(*page_query(desk, ReportFilter(text="k", officer_id=world.budi)).sql())
    month = ReportFilter(
        text="salemba", date_from=dt.date(2024, 12, 1), date_to=dt.date(2024, 12, 31)
    )
    text_month = _plan(*page_query(desk, month).sql())
    monkeypatch.setattr(report_list, "SMALL_SET", 0)  # every set counts as large
    plain = _plan(*page_query(desk, ReportFilter()).sql())
    text = _plan(*page_query(desk, ReportFilter(text="salemba")).sql())
    by_status = _plan(*page_query(desk, ReportFilter(status="draft")).sql())
    by_officer = _plan(*page_query(desk, ReportFilter(officer_id=world.budi)).sql())
    if is_sqlite():
        # a search walks the FTS sort key: no sort of the matches
        for walk in (few_text, text, text_month):
            assert walk.splitlines()[0].startswith("SCAN t2 VIRTUAL TABLE INDEX"), walk
            assert "INTEGER PRIMARY KEY" in walk and "TEMP B-TREE" not in walk
        assert "INTEGER PRIMARY KEY" in few_officer
        assert "INTEGER PRIMARY KEY" in text_few_officer
        assert "VIRTUAL TABLE INDEX" in text_few_officer  # each row checked by its key
        assert "USING INDEX report_station_id_date" in plain
        assert "TEMP B-TREE" not in plain
        assert "report_station_id_status_date" in by_status
        assert "reportofficer_report_id_officer_id" in by_officer
    else:
        only_text = Report.select(Report.id).where(text_condition("salemba"))
        assert "report_search_idx" in _plan(*only_text.sql())
        assert "Index" in by_status and "Seq Scan on report " not in by_status
        assert "Index" in plain and "Seq Scan on report " not in plain
        assert "id = " in few_text or "id = ANY" in few_text  # ids given literally
    assert Report.select().count() == 4


def test_small_and_large_sets_give_the_same_rows(
    world: World, sample: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    filters = [
        ReportFilter(text="sutrisno"),
        ReportFilter(officer_id=world.sutrisno, type_id=world.types["SB"]),
        ReportFilter(rw=2, text="pasar"),
        ReportFilter(problem_id=sample["problem"], operation_id=world.operation),
        ReportFilter(text="LK/1/XII/2024 salemba"),
        ReportFilter(text="salemba", officer_id=world.sutrisno, date_from=dt.date(2024, 12, 2)),
    ]
    few = [ids_of(world, f) for f in filters]
    counts = [count_reports(world.actors["desk"], f) for f in filters]
    monkeypatch.setattr(report_list, "SMALL_SET", 0)
    assert [ids_of(world, f) for f in filters] == few
    assert [count_reports(world.actors["desk"], f) for f in filters] == counts
    assert few[-1] == [sample["seed"]] and counts[0] == 4


def test_count_can_stop_at_a_cap(world: World, sample: dict[str, int]) -> None:
    desk = world.actors["desk"]
    assert count_reports(desk, ReportFilter(), cap=2) == 3
    assert count_reports(desk, ReportFilter(), cap=10) == 4
    assert count_reports(desk, ReportFilter(text="tidakada"), cap=2) == 0
