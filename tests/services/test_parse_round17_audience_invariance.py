"""The chat-message parser, round 17, invariance lane: whom the officer met
(the audience) must not depend on a writer's surface habits — the whole
message in lower case or in capitals, chat's short forms (``yg``, ``dgn``,
``wrg``, ``org``, ``&`` …), each sentence on a line of its own. Each
message is read as written and changed, and must give the same groups; the
look-alikes (a title before a role or a word of the sentence, an initial
closing a line, a number of months) stay as they are. Every example is
invented."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from sambang_tui.services.parse import parse_message
from sambang_tui.services.parse.audience import find_audience

TODAY = dt.date(2026, 2, 11)  # a Wednesday

_SHORT = {
    "yang": "yg", "dengan": "dgn", "bapak": "bpk", "dan": "&", "warga": "wrg",
    "masyarakat": "masy", "orang": "org", "bertemu": "ketemu", "dari": "dr", "kepada": "kpd",
    "tersebut": "tsb", "untuk": "utk", "sudah": "sdh",
}  # fmt: skip


def _abbreviated(text: str) -> str:
    return re.sub(
        r"\b(" + "|".join(_SHORT) + r")\b",
        lambda m: _SHORT[m.group(1).casefold()],
        text,
        flags=re.I,
    )


CHANGES = {
    "as written": lambda text: text,
    "lower": str.lower,
    "upper": str.upper,
    "abbrev": _abbreviated,
}


def audience(text: str) -> dict[str, int | None]:
    return dict(parse_message(text, today=TODAY).audience)


# --- a name after a title, whatever the case ----------------------------------------------------
# (in lower case a name has no capital: a title and a word set off as a name is, or just met, or
# after the role it names; in capitals every word has one, so the message is read as in lower case)


@pytest.mark.parametrize("change", list(CHANGES))
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sambang ke pos ronda Jl. Melati RT 04 RW 02, bertemu Bpk. Suwarno (tomas) dan 6 warga "
            "yang sedang ronda. Situasi aman.",
            {"tokoh_masyarakat": 1, "warga": 6},
        ),
        (
            "Binluh bahaya narkoba kepada Ketua Karang Taruna RW 03, Sdr. Fajar, beserta 9 "
            "anggotanya di sekretariat Jl. Dahlia. Aman kondusif.",
            {"kelompok_pemuda": 10},
        ),
        (
            "Sambang di rumah Bpk. H. Karim, Jl. Delima No. 7. Hadir Bpk. H. Karim selaku tuan "
            "rumah, pengurus majelis taklim 3 orang dan Ketua RT 02. Aman.",
            {"warga": 1, "tokoh_agama": 3, "perangkat_rt_rw": 1},
        ),
        (
            "Yang ditemui :\n1) Bpk. Darsono (Ketua RW 05)\n2) Ustadz Halim (pengurus musholla)\n"
            "3) Bpk. Drs. Marpaung (tokoh masyarakat)\nSituasi : aman",
            {"perangkat_rt_rw": 1, "tokoh_agama": 1, "tokoh_masyarakat": 1},
        ),
        (
            "Deteksi dini di terminal, menemui kepala terminal, Bpk. Hendra Gunawan, serta kurang "
            "lebih 10 orang sopir angkot. Bpk. Hendra minta patroli malam. Aman.",
            {"other": 11},
        ),
    ],
)
def test_a_name_after_a_title_is_read_in_any_case(text: str, want: dict, change: str) -> None:
    assert audience(CHANGES[change](text)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a title before a role, a kind or a word of the sentence is no name
        (
            "sambang posyandu melati ketemu kader 5 org, ibu hamil diimbau periksa rutin. aman",
            {"other": 5},
        ),
        (
            "lapor ndan sambang ke pos ronda ketemu tomas nya pak haji rohim sama pemuda kurang "
            "lebih 8 orang pak haji bilang anak2 sini aman",
            {"tokoh_masyarakat": 1, "kelompok_pemuda": 8},
        ),
        (
            "sambang ke rumah pak rt 03 ketemu pak rt sama 4 warga, aman",
            {"perangkat_rt_rw": 1, "warga": 4},
        ),
        # a day is no name: "izin lapor pak minggu kemarin …"
        (
            "izin lapor pak minggu kemarin pengamanan bazar di lapangan rw 03 panitia 20 orang aman",
            {"other": 20},
        ),
    ],
)
def test_a_title_before_a_role_or_a_word_names_no_one(text: str, want: dict) -> None:
    assert audience(text) == want


def test_a_voice_note_in_capitals_is_no_name_every_word() -> None:
    text = (
        "lapor ndan sambang ke pos ronda ketemu tomas nya pak haji rohim sama pemuda kurang lebih "
        "8 orang pak haji bilang anak2 sini aman"
    )
    assert audience(text.upper()) == audience(text) == {"tokoh_masyarakat": 1, "kelompok_pemuda": 8}


@pytest.mark.parametrize("name", ["bang oji", "Bang Oji"])
def test_a_one_person_role_right_after_a_name_is_his(name: str) -> None:
    text = f"lapor ndan ane sambang pos ronda, ngobrol ama {name} ketua rt ama bocah2 ronda ada 6 orang. aman"
    assert audience(text) == {"perangkat_rt_rw": 1, "warga": 6}


def test_a_head_named_and_the_same_head_by_his_number_are_one() -> None:
    text = (
        "sambang di rumah pak rt 03 rw 05 jalan kenanga ketemu pak rt pak haji ahmad sama pemuda "
        "karang taruna sekitar 10 orang. aman"
    )
    assert audience(text) == {"perangkat_rt_rw": 1, "kelompok_pemuda": 10}
    written = (
        "Sambang di rumah Pak RT 03 RW 05 Jl. Kenanga, ketemu Pak RT Pak Haji Ahmad dan pemuda "
        "karang taruna sekitar 10 orang. Aman"
    )
    assert audience(written) == {"perangkat_rt_rw": 1, "kelompok_pemuda": 10}
    # two heads by their numbers and names stay two
    assert audience(
        "Sambang bertemu Ketua RT 01 Bpk. Ali dan Ketua RT 02 Bpk. Budi di pos RW 03. Aman."
    ) == {"perangkat_rt_rw": 2}


def test_a_kelurahan_between_a_role_and_its_man_in_lower_case() -> None:
    text = "sambang ketua rt 05 rw 09 kel. kenanga bpk. sarmadi bersama warga sekitar, aman. bripka agus"
    written = text.replace("kel. kenanga bpk. sarmadi", "Kel. Kenanga Bpk. Sarmadi")
    assert audience(text) == audience(written) == {"perangkat_rt_rw": 1, "warga": None}


def test_a_person_a_warkop_is_named_for_is_its_place() -> None:
    text = "sambang malam @ warkop bang udin, ngobrol bareng 2 ketua rt dan 1 tomas. aman"
    assert audience(text) == {"perangkat_rt_rw": 2, "tokoh_masyarakat": 1}
    # met again, the owner is other (as "warung Bu Ida … ketemu Bu Ida")
    met = "sambang malam di warkop bang udin, ngobrol bareng bang udin dan 2 ketua rt. aman"
    assert audience(met) == {"perangkat_rt_rw": 2, "other": 1}


# --- chat's short forms ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sambang ke Jl. Kenari, bertemu tokoh masyarakat Bapak Jaya dan 5 orang warga. Aman.",
        "DDS di Gg. Sawo, bertemu pengurus masjid 3 orang dan warga yang sedang kerja bakti sekitar "
        "12 orang. Aman.",
        "Problem solving di pos RW 02 antara dua warga, disaksikan Ketua RT 05 dan Ketua RW 02. Aman.",
    ],
)
def test_chat_s_short_forms_read_as_the_words(text: str) -> None:
    assert audience(_abbreviated(text)) == audience(text)
    assert audience(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the README: what was heard from someone keeps its source, and the source counts as met
        (
            "dd kel kenari: info dr ketua rw 04 ada rencana konvoi malam ini. waspada",
            {"perangkat_rt_rw": 1},
        ),
        (
            "dd kel kenari: info dari ketua rw 04 ada rencana konvoi malam ini. waspada",
            {"perangkat_rt_rw": 1},
        ),
        # residents as a source are no one met
        ("DD di Jl. Kenari jam 22.00, info dari warga akan ada konvoi motor, situasi waspada.", {}),
        ("DD di Jl. Kenari jam 22.00, info dr wrg akan ada konvoi motor, situasi waspada.", {}),
    ],
)
def test_a_source_named_by_role_is_met_however_from_is_written(text: str, want: dict) -> None:
    assert audience(text) == want


def test_a_message_in_capitals_with_short_forms_in_lower_case() -> None:
    said = "ketemu: BPK. H. SOLEH (TOKOH masy), 2 org TOKOH PEMUDA"
    assert find_audience("", "KEDIAMAN BPK. H. SOLEH JL. KRAMAT RAYA", said) == {
        "tokoh_masyarakat": 1,
        "kelompok_pemuda": 2,
    }


# --- numbers that count no one ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sambang rusunawa, bertemu pengelola rusun dan 2 satpam. Ada beberapa penghuni yang "
            "menunggak sewa lebih dari 6 bulan.",
            {"other": 3},
        ),
        # a count of people after a clause still counts
        (
            "Sambang ke Gg. Mawar, bertemu ibu-ibu yang membawa balita sekitar 25 orang. Aman.",
            {"warga": 25},
        ),
    ],
)
def test_months_are_no_headcount(text: str, want: dict) -> None:
    assert audience(text) == want


def test_a_time_is_no_bare_count() -> None:
    text = "binluh linmas kel paseban 19.30 di kantor kelurahan, 10 org, materi jelang natal. aman"
    assert audience(text) == audience(text.replace("kel paseban", "Kel Paseban")) == {"other": 10}


def test_an_officer_s_companions_in_lower_case_are_not_met() -> None:
    text = (
        "Bhabinkamtibmas bersama Babinsa Serka Lukman dan 2 anggota linmas melaksanakan sambang ke "
        "pedagang kaki lima di Jl. Cempaka, sekitar 8 pedagang diajak bicara. Aman."
    )
    assert audience(text.lower()) == audience(text) == {"other": 8}


# --- each sentence on a line of its own ---------------------------------------------------------


def test_a_title_s_stop_is_no_sentence_end() -> None:
    one = (
        "Problem solving perselisihan antara dua tetangga, Bpk. Heru dan Bpk. Samsul, di Gg. "
        "Kalilio. Setelah dimusyawarahkan bersama Ketua RT 08 Bpk. Komar, keduanya sepakat."
    )
    broken = re.sub(r"(?<=[a-z0-9)])\. +(?=[A-Z])", ".\n", one)
    assert "Bpk.\nHeru" in broken
    assert audience(broken) == audience(one) == {"warga": 2, "perangkat_rt_rw": 1}


def test_an_initial_closing_a_line_is_no_title() -> None:
    said = "Bertemu : Bpk. H. Salim (tomas)"
    text = "Lapor giat Bhabinkamtibmas:\nBripka Dwi H.\nSambang tokoh masyarakat"
    assert find_audience(text, "Kediaman Bpk. H. Salim (tomas)", said) == {"tokoh_masyarakat": 1}
