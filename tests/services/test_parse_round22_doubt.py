"""The chat-message parser, round 22, doubt: the conditions re-measured on
the three writers of heldout32-34. One new condition (a residents' count
the parser arrived at by adding people named to a count written); two
narrowed where they blanked right values (a part of the day ending a place,
a resident the writer calls "(warga …)"); one turned from a blank into a
cut (a numbered item's marker run into the place). Every example is
invented."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import doubt, parse_message

TODAY = dt.date(2026, 2, 11)  # a Wednesday


# --- residents counted as a written count plus the people named ---------------------------------
# (ten corpora, all three writer pools: "dua tetangga … pak Yanto … bu Wati" read as 3,
# "PESERTA SEKITAR 250 WARGA … 1 PESERTA PINGSAN" as 251, "bapak2 ronda 6 org … Pak Udin" as 7
# — 2 right, 14 wrong)


@pytest.mark.parametrize(
    ("met", "text"),
    [
        (
            {"warga": 3, "perangkat_rt_rw": 1},
            "ps di gg mawar. dua tetangga ribut soal got, pak Darto sama bu Sri. dimediasi pak RT",
        ),
        ({"warga": 121}, "Pam jalan sehat, peserta ± 120 warga. Pak Hasan (panitia) lapor aman"),
        ({"warga": 9}, "ngopi di pos ronda bareng 7 org bapak2 ronda. Pak Ujang & Pak Eman cerita"),
    ],
)
def test_residents_added_to_a_written_count_are_in_doubt(
    met: dict[str, int | None], text: str
) -> None:
    assert doubt._residents_added(met, text)


@pytest.mark.parametrize(
    ("met", "text"),
    [
        # the count is written
        ({"warga": 3}, "ps dgn 3 warga yg ribut parkir. sdh damai"),
        ({"warga": 4}, "sambang rumah pak RT, ngobrol sama empat warga"),
        # two or fewer residents: a named pair is their count
        ({"warga": 2}, "mediasi Pak Darto dan Bu Sri, 1 jam"),
        # far from any count written: not a count plus names
        ({"warga": 35}, "ketemu ibu-ibu 20 org dan bapak-bapak 15 org"),
        ({"warga": None}, "ketemu warga sekitar 12 rumah"),
    ],
)
def test_a_residents_count_written_or_not_near_one_is_kept(
    met: dict[str, int | None], text: str
) -> None:
    assert not doubt._residents_added(met, text)


def test_a_parsed_residents_count_plus_names_is_blanked() -> None:
    # one who fainted is one of the 250 (or not): the parser's 251 is a guess
    text = (
        "Lapor ndan, Selasa 10/2/26 jam 08.00 pam jalan sehat di Jl. Melati RW 02, peserta "
        "sekitar 250 warga. 1 peserta pingsan, sdh ditangani. Aman"
    )
    parsed = parse_message(text, today=TODAY)
    assert parsed.audience == {}
    assert "audience" in parsed.doubtful


def test_a_resident_named_after_a_count_is_one_of_them() -> None:
    """Round 22's audience lane: a resident named after a count of residents
    is among the counted, so the count stands as written and nothing is in
    doubt (before it, the parser read 6 here and this condition blanked it)."""
    text = (
        "Lapor ndan, Selasa 10/2/26 jam 19.00 sambang pos ronda Jl. Melati RT 03 RW 02, ngopi "
        "bareng bapak2 ronda 5 org. Pak Karno cerita ada motor hilang minggu lalu. Aman"
    )
    parsed = parse_message(text, today=TODAY)
    assert parsed.audience == {"warga": 5}
    assert "audience" not in parsed.doubtful


def test_a_parsed_residents_count_as_written_is_kept() -> None:
    text = (
        "Lapor ndan, Selasa 10/2/26 jam 19.00 sambang pos ronda Jl. Melati RT 03 RW 02, ngopi "
        "bareng bapak2 ronda 5 org. Cerita ada motor hilang minggu lalu. Aman"
    )
    parsed = parse_message(text, today=TODAY)
    assert parsed.audience == {"warga": 5}
    assert "audience" not in parsed.doubtful


# --- a part of the day ending a place ------------------------------------------------------------
# (round 22: "SDN Kenari 07 pagi", "Lapangan Terminal (senam pagi)" — 2 right, 0 wrong blanked)


@pytest.mark.parametrize(
    "place",
    ["SD Negeri Melati 03 Pagi", "Lapangan RW 05 (senam pagi)", "Pos ronda malam Gg. Anggrek"],
)
def test_a_place_ending_in_a_part_of_the_day_is_kept(place: str) -> None:
    assert not doubt._runs_on(place)


@pytest.mark.parametrize(
    "place", ["pos ronda Jl. Melati mlm ini", "musholla Al-Ikhlas tadi", "warung Jl. Anggrek 19.30"]
)
def test_a_place_running_on_into_the_time_is_in_doubt(place: str) -> None:
    assert doubt._runs_on(place)


# --- a resident the writer calls "(warga …)" ------------------------------------------------------
# (two corpora, two writer pools: "Bu Yayuk (warga yg komplain)", "Bu Ijah (warga):" — 2 right,
# 0 wrong blanked)


def test_a_resident_said_in_brackets_is_placed() -> None:
    met = {"other": 1, "perangkat_rt_rw": 1, "warga": 1}
    text = "Hadir: pemilik warung (Sdr. Anto), Bu Rina (warga pelapor), Ketua RT 04"
    assert not doubt._resident_unplaced(met, text)


def test_a_resident_not_said_is_still_in_doubt() -> None:
    met = {"other": 1, "perangkat_rt_rw": 1, "warga": 1}
    text = "Hadir: pemilik warung (Sdr. Anto), Bu Rina, Ketua RT 04"
    assert doubt._resident_unplaced(met, text)


# --- a numbered item's marker run into the place is cut off ---------------------------------------


def test_the_next_items_number_is_cut_from_the_place() -> None:
    text = (
        "1) Sambang warung kopi Bang Jaka Jl. Anggrek Raya\n2) Selasa 10/2/26 pkl 20.00\n"
        "3) Ketemu pengunjung 6 org\n4) Himbauan: jaga kendaraan\n5) Situasi aman"
    )
    parsed = parse_message(text, today=TODAY)
    assert parsed.place == "warung kopi Bang Jaka Jl. Anggrek Raya"
    assert "place" not in parsed.doubtful


@pytest.mark.parametrize(
    ("met", "text"),
    [
        ({"warga": 3}, "ngobrol sm pak juned & 2 tetangga di teras"),
        ({"warga": 21}, "Bripka Dodi berdialog dengan Bpk. H. Usman dan ± 20 warga."),
    ],
)
def test_a_name_listed_beside_the_count_is_summed_and_kept(
    met: dict[str, int | None], text: str
) -> None:
    assert not doubt._residents_added(met, text)
