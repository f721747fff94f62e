"""The chat-message parser, round 20: whom the officer met. Every example is
invented, in the styles Bhabins write; each rule has cases where it must
apply and at least one where it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message

TODAY = dt.date(2026, 2, 11)  # a Wednesday


def _audience(text: str) -> dict[str, int | None]:
    return dict(parse_message(text, today=TODAY).audience)


# --- a counted item of a template's list that names no group is "other" ---------------------
# (heldout23, 25, 27: "relawan tagana 2 org", "ormas 4 orang", "petugas PPSU 4 org")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "1. Hari/tgl : Senin 9/2/2026\n2. Lokasi : Jl. Melati RT 03 RW 05\n"
            "3. Bertemu : Ketua RT 03, relawan PMI 3 org\n4. Situasi : aman\nAipda Rahmat",
            {"perangkat_rt_rw": 1, "other": 3},
        ),
        (
            "Sasaran : warga ± 20 orang, petugas kebersihan kelurahan 5 org\n"
            "Tempat : Gg. Anggrek Jl. Cempaka RT 01 RW 02\nSenin 9/2/2026 aman. Bripka Sony",
            {"warga": 20, "other": 5},
        ),
        (
            # worded unlike any corpus message
            "👥 : anggota paguyuban becak ± 7 orang + Ketua RW 04\n📍 Pangkalan becak Jl. Dahlia\n"
            "📅 Selasa 10/2/2026\nAipda Rahmat",
            {"other": 7, "perangkat_rt_rw": 1},
        ),
        (
            # a known group keeps its own key; a total names no kind of people
            "Sasaran : pemuda 12 org, jumlah 12 org\nTempat : Lapangan Jl. Mawar\n"
            "Senin 9/2/2026 aman. Bripka Sony",
            {"kelompok_pemuda": 12},
        ),
    ],
)
def test_a_counted_list_item_naming_no_group_is_other(text: str, want: dict) -> None:
    assert _audience(text) == want


def test_an_uncounted_unknown_item_stays_unread() -> None:
    # no number: nothing to count, and no group to name
    text = (
        "Sasaran : Ketua RT 05, para relawan\nTempat : Pos ronda Jl. Kenanga\n"
        "Senin 9/2/2026 aman. Aipda Rahmat"
    )
    assert _audience(text) == {"perangkat_rt_rw": 1}


# --- the mosque's board by its name alone, and its officers -------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sasaran : DKM masjid 4 org, warga ± 10 org\nTempat : Masjid Al-Huda Jl. Melati\n"
            "Senin 9/2/2026 aman. Bripka Sony",
            {"tokoh_agama": 4, "warga": 10},
        ),
        (
            "Yang ditemui :\na. Ustadz Hamdan (Ketua DKM)\nb. Bpk. Karim (Bendahara DKM)\n"
            "Tempat : Musholla Jl. Anggrek\nSenin 9/2/2026 aman. Aipda Rahmat",
            {"tokoh_agama": 2},
        ),
    ],
)
def test_the_mosque_board_is_tokoh_agama(text: str, want: dict) -> None:
    assert _audience(text) == want


def test_the_clergy_of_a_vihara_are_tokoh_agama() -> None:
    text = (
        "Sasaran : Bhikkhu Santacitto dan 2 org pengurus vihara\n"
        "Tempat : Vihara Metta Jl. Cempaka\nSenin 9/2/2026 aman. Aipda Rahmat"
    )
    assert _audience(text) == {"tokoh_agama": 3}


# --- the kelurahan's section heads are its staff ------------------------------------------


def test_a_kelurahan_section_head_is_other() -> None:
    text = (
        "👥 Kasi Trantib, Ketua RW 06\n📍 Kantor Kelurahan Melati, Jl. Melati\n"
        "📅 Selasa 10/2/2026\nAipda Rahmat"
    )
    assert _audience(text) == {"other": 1, "perangkat_rt_rw": 1}


# --- a label of a verb of meeting and its "with" --------------------------------------------
# (heldout24, 25, 28: "Bertemu dgn :", "Dialog dgn:", "Ketemu ame :")


@pytest.mark.parametrize(
    ("label", "want"),
    [
        ("Bertemu dgn", {"perangkat_rt_rw": 1, "warga": 4}),
        ("Dialog dgn", {"perangkat_rt_rw": 1, "warga": 4}),
        ("Ngobrol sama", {"perangkat_rt_rw": 1, "warga": 4}),
    ],
)
def test_a_meeting_verb_label_heads_whom_was_met(label: str, want: dict) -> None:
    text = (
        f"1. Senin 9/2/2026 pkl 20.00\n2. Pos ronda Jl. Kenanga RT 02 RW 03\n"
        f"3. {label} : Ketua RT 02, warga 4 org\n4. Keluhan : lampu jalan mati\n5. Aman\n"
        "Aipda Rahmat"
    )
    assert _audience(text) == want


def test_the_findings_people_are_not_met_under_a_meeting_label() -> None:
    text = (
        "1. Senin 9/2/2026 pkl 20.00\n2. Pos ronda Jl. Kenanga RT 02 RW 03\n"
        "3. Bertemu dgn : Ketua RT 02\n4. Keluhan : pedagang 10 org sering parkir di gang\n"
        "5. Aman\nAipda Rahmat"
    )
    assert _audience(text) == {"perangkat_rt_rw": 1}


# --- an appeal whose addressee is written first -------------------------------------------
# (the ruling: the crowd the officer addressed at a secured event is met beside the others)


def test_a_fronted_addressee_makes_the_crowd_met() -> None:
    text = (
        "Senin (9/2/2026) pagi Bhabinkamtibmas Aipda Rahmat menghadiri kerja bakti di Jl. Melati "
        "RT 02 RW 04, diikuti sekitar 40 warga beserta Ketua RW 04. Di hadapan warga, Aipda Rahmat "
        "mengimbau agar sampah tidak dibuang ke kali. Situasi aman."
    )
    assert _audience(text) == {"warga": 40, "perangkat_rt_rw": 1}


def test_a_crowd_not_addressed_stays_unmet_at_a_secured_event() -> None:
    text = (
        "Senin (9/2/2026) pagi Bhabinkamtibmas Aipda Rahmat menghadiri kerja bakti di Jl. Melati "
        "RT 02 RW 04, diikuti sekitar 40 warga beserta Ketua RW 04. Kepada Ketua RW, Aipda Rahmat "
        "mengimbau agar sampah tidak dibuang ke kali. Situasi aman."
    )
    assert _audience(text) == {"perangkat_rt_rw": 1}


# --- the family met on a takziah or a victim's visit ---------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Takziah ke rumah duka alm. Bpk. Salim Jl. Anggrek RT 03/05, Senin 9/2/2026 pkl 15.00. "
            "Ktm keluarga & Ketua RT 03. Aman. Aipda Rahmat",
            {"warga": None, "perangkat_rt_rw": 1},
        ),
        (
            "Senin 9/2/2026 sambang rumah duka Jl. Cempaka, bertemu keluarga almarhum ± 6 org. "
            "Aman. Bripka Sony",
            {"warga": 6},
        ),
        (
            "1. Senin 9/2/2026\n2. Takziah Jl. Mawar RT 01 RW 02\n"
            "3. Ketemu : istri almarhum, Ketua RT 01\n4. Aman\nAipda Rahmat",
            {"warga": 1, "perangkat_rt_rw": 1},
        ),
    ],
)
def test_the_family_met_are_residents(text: str, want: dict) -> None:
    assert _audience(text) == want


def test_a_family_only_mentioned_is_not_met() -> None:
    text = (
        "Senin 9/2/2026 sambang Masjid Al-Huda Jl. Melati, bersilaturahmi dengan Ketua DKM. "
        "Sholawat kepada Nabi beserta keluarga dan sahabatnya. Aman. Aipda Rahmat"
    )
    assert _audience(text) == {"tokoh_agama": 1}
