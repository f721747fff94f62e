"""The chat-message parser, round 19, doubt: a value read under a condition
where such readings were wrong at least twice as often as right over the
corpora read (in three or more of them) is left empty and named in
``doubtful``, so the form marks it *periksa*; the same kind of value read
clearly is kept. Every example is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message, parse_reports

TODAY = dt.date(2026, 2, 11)  # a Wednesday


# --- a place without its street, in a report that names a street -------------------------
# (seventeen corpora: "pos ronda" of "pos ronda jl kramat bunder", "kediaman Bapak Ir" cut at
# a title's dot, "Sekretariat RW" with the street written further on)


@pytest.mark.parametrize(
    "text",
    [
        "Selasa 10/2/26 pkl 20.00 sambang ke pos ronda, warga ronda 4 org. lokasi jl melati ujung. aman",
        "Senin 9 Februari 2026 pukul 09.00 Aipda Rahmat mengunjungi rumah duka almh. Ibu Sumi, "
        "Jl. Anggrek Raya Gg. Mawar. Situasi aman.",
        "Kamis 5/2 sambang ke rmh Ust. H. Salim Jl Anggrek 4 ktm ustadz. aman",
        # worded unlike any corpus message
        "Rabu pagi jam 8 giat sambang di sekretariat karang taruna. Ngobrol dgn 6 pemuda soal lomba. "
        "Alamat Jln Cempaka Putih dkt masjid. Aman",
    ],
)
def test_a_place_without_the_street_the_report_names_is_left_in_doubt(text: str) -> None:
    parsed = parse_message(text, today=TODAY)
    assert parsed.place == ""
    assert "place" in parsed.doubtful
    assert "place" in parsed.marked


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the street is in the place
        (
            "Selasa 10/2/26 pkl 20.00 sambang ke pos ronda jl melati ujung, warga ronda 4 org. aman",
            "pos ronda jl melati ujung",
        ),
        # no street anywhere: the venue alone is the place
        (
            "Senin 9/2/2026 pkl 10.00 sambang di Aula Kantor Kelurahan, bertemu Lurah dan 5 staf. Aman",
            "Aula Kantor Kelurahan",
        ),
        # "jalan sehat" is an event, not a street
        (
            "Minggu 8/2/26 pkl 06.00 pengamanan jalan sehat warga di Lapangan Bola Merah. Aman lancar",
            "Lapangan Bola Merah",
        ),
    ],
)
def test_a_place_with_its_street_or_none_to_miss_is_kept(text: str, place: str) -> None:
    parsed = parse_message(text, today=TODAY)
    assert parsed.place == place
    assert "place" not in parsed.doubtful


# --- a place that runs on into another field's words -------------------------------------
# (four corpora: "masjid jl kembang raya mlm ini", "gereja … jl gunung sahari 09:30",
# "Aula … ttg bahaya kebakaran", "jl … s/d jl … aman trkndl")


@pytest.mark.parametrize(
    "text",
    [
        "sambang musholla jl anggrek 2 mlm ini ktm pengurus 3 org himbau jaga kebersihan",
        "Giat: sambang gereja jl cempaka 09:30 bertemu pendeta. aman",
        # worded unlike any corpus message
        "Tmpt: Balai Warga Jl. Flamboyan terkait rencana kerja bakti\nAipda Rahmat",
    ],
)
def test_a_place_running_on_into_other_words_is_left_in_doubt(text: str) -> None:
    parsed = parse_message(text, today=TODAY)
    assert parsed.place == ""
    assert "place" in parsed.doubtful


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Tmpt: Balai Warga Jl. Flamboyan\nMateri: rencana kerja bakti\nAipda Rahmat",
            "Balai Warga Jl. Flamboyan",
        ),
        (
            "Lokasi : Pos Kamling Jl. Anggrek Raya No. 12\nSituasi : aman",
            "Pos Kamling Jl. Anggrek Raya No. 12",
        ),
    ],
)
def test_a_place_that_ends_where_it_should_is_kept(text: str, place: str) -> None:
    parsed = parse_message(text, today=TODAY)
    assert parsed.place == place
    assert "place" not in parsed.doubtful


# --- an appeal holding a date ---------------------------------------------------------------
# (five corpora: "jgn terprovokasi isu sara di grup wa. 1/12 pkl 19.00 aman.", an appeal
# running on into the next activity's "2. Sabtu 10 Januari 2026")


@pytest.mark.parametrize(
    "text",
    [
        "Senin 9/2/2026 sambang pos rw jl melati, ktm tomas 2.\nHimbauan: jgn terpancing hoaks\n"
        "Selasa 10/2/2026 patroli dialogis pasar",
        "Pesan kamtibmas: jaga kampung, kunci motor ganda\nSenin 9 Februari 2026 sambang posyandu",
    ],
)
def test_an_appeal_holding_a_date_is_left_in_doubt(text: str) -> None:
    parsed = parse_reports(text, today=TODAY)[0]
    assert parsed.message == ""
    assert "message" in parsed.doubtful


def test_an_appeal_without_a_date_is_kept() -> None:
    text = (
        "Senin 9/2/2026 pkl 20.00 cooling system di pos rw jl melati, ktm tomas 2. "
        "himbau jgn terpancing hoaks, aman. aipda rahmat"
    )
    parsed = parse_message(text, today=TODAY)
    assert parsed.message == "himbau jgn terpancing hoaks"
    assert "message" not in parsed.doubtful
