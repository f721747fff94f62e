"""The chat-message parser, round 19, the place lane: where a place ends, what
it keeps and which words start it, and whose RT/RW a role names — only
where a miss recurs in three or more independently written corpora. Every
message is invented (streets and names unlike the station's), each rule with
cases where it must apply and at least one where it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message

TODAY = dt.date(2026, 2, 11)  # a Wednesday


def _place(text: str) -> str:
    return parse_message(text, today=TODAY).place or ""


# --- a terse line's place ends where its next field starts ---------------------------------
# (heldout19, 20, 21: a clock time, the part of the day, a topic, the situation, a count, an emoji)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("sambang pos ojek jl teratai pagi td, 9 driver, aman. bripka andi", "pos ojek jl teratai"),
        (
            "pam pengajian musholla jl anggrek mlm ini, jamaah 80an, aman. andi",
            "musholla jl anggrek",
        ),
        ("sbg toga gereja HKBP jl cempaka 10:15 ktm pdt. Simbolon. aman", "gereja HKBP jl cempaka"),
        (
            "- 09.00 binluh di Aula Kantor Kelurahan Melati ttg narkoba, peserta 30 org, aman",
            "Aula Kantor Kelurahan Melati",
        ),
        (
            "selamat pagi izin lapor problem solving di pos rw tiga jalan flamboyan masalahnya "
            "tetangga ribut soal parkir motor",
            "pos rw jalan flamboyan",
        ),
        ("pd mlm pkl 2300 jl mawar s/d jl dahlia aman trkndl", "jl mawar s/d jl dahlia"),
        (
            "patroli pangkalan ojek jl kamboja sktr 15an driver, aman. Andi",
            "pangkalan ojek jl kamboja",
        ),
        (
            "📍 Musholla Al-Ikhlas Jl. Kenanga 👥 Ketua RT 02, 5 warga 🗣️ Himbauan: jaga kebersihan",
            "Musholla Al-Ikhlas Jl. Kenanga",
        ),
    ],
)
def test_a_terse_place_ends_where_the_next_field_starts(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "sekitar" with no number is the area around, not a count
        (
            "Patroli di sekitar Pasar Anggrek dan Jl. Kenanga, aman.",
            "sekitar Pasar Anggrek dan Jl. Kenanga",
        ),
        # a street named with a number keeps it
        ("Sambang ke Jl. Teratai No. 12, aman.", "Jl. Teratai No. 12"),
    ],
)
def test_a_place_is_not_cut_where_no_field_starts(text: str, place: str) -> None:
    assert _place(text) == place


# --- a title's or a floor's dot goes on with the name ---------------------------------------
# (heldout7, 11, 17, 21: "Bapak Ir. X", "almh. Ibu X", "rmh Ust. H. X", "Bapak Drs. X", "lt. dasar")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Sambang ke rmh Ust. H. Salim di Jl. Kamboja RT 02 RW 05, aman.",
            "rmh Ust. H. Salim di Jl. Kamboja",
        ),
        (
            "Senin 9/2 sambang ke kediaman tokoh masyarakat Bapak Drs. Wahyudi di Jl. Flamboyan "
            "RT 03 RW 01, aman.",
            "kediaman tokoh masyarakat Bapak Drs. Wahyudi di Jl. Flamboyan",
        ),
        (
            "Binluh di Rusun Melati Blok C lt. dasar, Rt.02/Rw.07. Aman.",
            "Rusun Melati Blok C lt. dasar",
        ),
        # a name closing its sentence still ends the place
        ("Sambang di rumah Pak Darto. Warga minta ronda diaktifkan.", "rumah Pak Darto"),
    ],
)
def test_a_title_dot_does_not_end_the_place(text: str, place: str) -> None:
    assert _place(text) == place


# --- where in it, told after the RT/RW; an aside the street follows -------------------------
# (heldout3, 10, 14, 18, 20: "(depan SD)", "samping Jl. X", ", belakang Pasar"; heldout7, 19, 21:
# "kediaman Ibu X (Ketua RT 05), Jl. Y")


@pytest.mark.parametrize(
    ("text", "place", "rw", "rt"),
    [
        (
            "Kerja bakti di Jl. Dahlia Rt 3 Rw 5 (depan Sekolah Dasar). Aman.",
            "Jl. Dahlia (depan Sekolah Dasar)",
            5,
            3,
        ),
        (
            "Sambang di Gedung Serbaguna rt01 rw04 samping Jl. Kenanga, aman.",
            "Gedung Serbaguna samping Jl. Kenanga",
            4,
            1,
        ),
        (
            "DDS di perumahan Jl. Teratai RT 007 RW 03, belakang Pasar Melati. Aman.",
            "perumahan Jl. Teratai, belakang Pasar Melati",
            3,
            7,
        ),
        # before whom it was done is no place
        ("Penyuluhan di Jl. Dahlia RT 03 RW 05 di depan para warga. Aman.", "Jl. Dahlia", 5, 3),
    ],
)
def test_where_in_it_after_the_rt_rw_stays_in_the_place(
    text: str, place: str, rw: int, rt: int
) -> None:
    parsed = parse_message(text, today=TODAY)
    assert (parsed.place, parsed.rw, parsed.rt) == (place, rw, rt)


def test_an_aside_the_street_follows_stays_in_the_place_and_its_role_is_met() -> None:
    parsed = parse_message(
        "Sambang ke kediaman Ibu Sumi (Ketua RT 04), Jl. Anyelir RW 02. Aman.", today=TODAY
    )
    assert parsed.place == "kediaman Ibu Sumi (Ketua RT), Jl. Anyelir"
    assert parsed.audience == {"perangkat_rt_rw": 1}
    bracket = parse_message(
        "Sambang ke kediaman Bpk. Rahmat (tokoh masyarakat). Beliau minta ronda. Aman.",
        today=TODAY,
    )
    assert bracket.place == "kediaman Bpk. Rahmat"  # no street after it: the aside is left out
    assert bracket.audience == {"tokoh_masyarakat": 1}


# --- the RTs or RWs a role lists with its own --------------------------------------------------
# (heldout10, 14, 21: "ketua rt 01 sd rt 05", "Ketua RW 03 & RW 04", "ketua rt 02 & rt 05")


def test_the_rts_a_role_lists_are_whom_not_where() -> None:
    parsed = parse_message(
        "Sambang dgn ketua rt 01 sd rt 04 di pos RW 06 jl melati, aman", today=TODAY
    )
    assert (parsed.rw, parsed.rt) == (6, None)
    both = parse_message("Rapat di balai warga, hadir Ketua RW 02 & RW 03, aman", today=TODAY)
    assert (both.rw, both.rt) == (None, None)
    # where it was, with the role after: the RT/RW of the place is read
    where = parse_message(
        "Sambang warga RT 04 RW 07 Jl. Melati bersama Ketua RT 04, aman", today=TODAY
    )
    assert (where.rw, where.rt) == (7, 4)


# --- a venue and the street it stands in are counted apart -------------------------------------
# (heldout9, 10, 14, 19, 20, 21)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Sambang ke pangkalan ojek online di depan Rumah Sakit Harapan Kita, Jl. Cempaka Putih. Aman.",
            "pangkalan ojek online di depan Rumah Sakit Harapan Kita, Jl. Cempaka Putih",
        ),
        (
            "DDS ke rumah kontrakan 2 lantai milik Ibu Warsih di Jl. Kenanga No. 8. Aman.",
            "rumah kontrakan 2 lantai milik Ibu Warsih di Jl. Kenanga No. 8",
        ),
        (
            "Rapat di kantor Paguyuban Pedagang Kaki Lima Blok A Pasar Anggrek, Jl. Mawar Raya, aman.",
            "kantor Paguyuban Pedagang Kaki Lima Blok A Pasar Anggrek, Jl. Mawar Raya",
        ),
    ],
)
def test_a_long_venue_before_its_street_is_kept(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Sambang di lapangan bola anak anak muda kampung sebelah timur kali besar situasi aman",
        # a street after no comma nor "di" is counted with the words before it
        "Sambang di pos ronda dekat lapangan voli pinggir kali besar sebelah kampung baru dan jalan tembus",
    ],
)
def test_a_sentence_that_runs_on_is_still_no_venue(text: str) -> None:
    assert _place(text) == ""


# --- the place said to be the place -------------------------------------------------------------
# (heldout3, 17, 18, 20, 21: "lokasi gg X", "lok. kantor kelurahan", "bertempat di Kantor …")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "sambng sel 10/2 pkl 0900 lok. kantor kelurahan melati, ktm lurah. aman",
            "kantor kelurahan melati",
        ),
        (
            "ps cekcok tetangga soal motor nutup gang, lokasi gg h. somad rt 04 rw 02. udh damai",
            "gg h. somad",
        ),
        (
            "Problem solving antara warga dengan pemilik bengkel di Jl. Cempaka, bertempat di "
            "Kantor Sekretariat RW 05. Aman.",
            "Kantor Sekretariat RW",
        ),
        # "lokasi" before no place noun names no place
        ("Situasi lokasi aman terkendali. Sambang di Jl. Mawar.", "Jl. Mawar"),
    ],
)
def test_the_place_said_to_be_the_place_is_read_first(text: str, place: str) -> None:
    assert _place(text) == place


# --- a place noun as chat writes it -------------------------------------------------------------
# (heldout5, 10, 11, 13, 15, 16, 17, 18, 22)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("sambang pemuda di lap. futsal jl anggrek 12 org, aman", "lap. futsal jl anggrek"),
        ("giat di sekre karang taruna jl teratai, 9 org. aman", "sekre karang taruna jl teratai"),
        (
            "cooling system di msjd Al Hidayah jl kamboja, ktm pengurus 3. aman",
            "msjd Al Hidayah jl kamboja",
        ),
        ("sambang bapak2 di poskamling gg melati 6 org, aman", "poskamling gg melati"),
        ("sambang tomas Bpk. Udin di rmhnya jl dahlia, aman", "rmhnya jl dahlia"),
        (
            "patroli dialogis ke warung2 kopi sepanjang Jl. Mawar, aman",
            "warung2 kopi sepanjang Jl. Mawar",
        ),
        # several stalls with no street are no place
        ("Uraian: Bhabin menyambangi lapak2 takjil sambil dialog dgn pedagang", ""),
    ],
)
def test_a_place_noun_as_chat_writes_it(text: str, place: str) -> None:
    assert _place(text) == place
