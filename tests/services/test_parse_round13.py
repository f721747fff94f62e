"""The chat-message parser, round 13 of issue #15: whom the officer met, as
one model (its docstring in sambang_tui/services/parse/audience.py): the
role lexicon, counts (after a word of approximation, ``@N`` each, a total
closing a list, one count for two kinds, households restated, units of
flats, stalls), a head and his members, a role and the name set off after
it, a list's lines summed, the host and a business's owner, the witnesses
told in the findings, those acted upon and those only quoted. Every
example is invented (three or more phrasings per rule, none copied from any
corpus, several worded unlike any)."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message

TODAY = dt.date(2026, 2, 11)  # a Wednesday


def met(text: str) -> dict[str, int | None]:
    return parse_message(text, today=TODAY).audience


# --- the role lexicon: one-person roles ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sambang ke Musholla Nurul Iman, ktm ketua DKM & marbot. Aman.",
        "sbg masjid jl melati, ngobrol sm marbot dan imam masjid, aman",
        "Giat DDS di Masjid Al Ikhlas bertemu Marbot serta Ketua Takmir.",
    ],
)
def test_a_marbot_is_one_religious_leader(text: str) -> None:
    assert met(text) == {"tokoh_agama": 2}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sambang lobi Apartemen Sentosa, Sasaran : building manager & 3 satpam", {"other": 4}),
        ("binluh futsal, bertemu 20 pemuda dan pelatih, aman", {"kelompok_pemuda": 20, "other": 1}),
        ("Sambang proyek gedung Jl. Mawar, ketemu mandor & 6 pekerja", {"other": 7}),
    ],
)
def test_a_manager_a_coach_a_foreman_are_one_of_other(text: str, want: dict) -> None:
    assert met(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Sambang ke kios, bertemu Ketua Koperasi Pedagang Sejahtera, Bpk. H. Salim, serta 9 pedagang.",
        "DDS pangkalan: ketemu Ketua Paguyuban Ojol Senen Bang Roni dan 9 ojol",
        "Binluh kepada Ketua Asosiasi Pedagang Pasar Baru, Ibu Yati, beserta 9 anggotanya.",
    ],
)
def test_the_head_of_a_body_with_its_name_is_one_person(text: str) -> None:
    assert met(text) == {"other": 10}


# --- whom a list names --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sambang kelurahan, ktm Pak Lurah & Seklur, koordinasi lomba", {"other": 2}),
        ("Pengamanan kerja bakti diikuti 60 warga serta Lurah Kenari.", {"other": 1}),
        ("sambang kantor kel, bertemu Ibu Camat, Seklur dan 2 staf kelurahan", {"other": 4}),
    ],
)
def test_the_lurah_and_his_secretary_named_in_a_list(text: str, want: dict) -> None:
    assert met(text) == want


def test_the_lurah_beside_the_babinsa_is_a_companion() -> None:
    text = "Aiptu Budi bersama Babinsa Serka Didi dan Lurah Kenari menyambangi 5 Ketua RT."
    assert met(text) == {"perangkat_rt_rw": 5}


@pytest.mark.parametrize(
    "text",
    [
        "1. APA : Sambang\n2. SIAPA : Aiptu Budi bertemu Bpk. Salim (Ketua RT 02) dan 4 warga\n"
        "3. DIMANA : Jl. Melati",
        "Apa: DDS\nSiapa: Bripka Dodi menemui Ketua RT 09 beserta 4 warga\nKapan: Senin 9/2/2026",
        "a. Apa : patroli\nb. Siapa : Aipda Rudi ketemu ketua rt 1 dan 4 warga\nc. Dimana : pos ronda",
    ],
)
def test_the_who_of_a_5w1h_template_is_whom_he_met(text: str) -> None:
    assert met(text) == {"perangkat_rt_rw": 1, "warga": 4}


# --- counts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "penyuluhan di SMPN 9, murid kelas 8 kurleb 40, guru 2. aman",
            {"kelompok_pemuda": 40, "other": 2},
        ),
        ("binluh posyandu, ibu2 warga bawa anak sktr 30. aman", {"warga": 30}),
        ("Sambang pangkalan, ojol yang mangkal ± 14, aman terkendali", {"other": 14}),
    ],
)
def test_a_count_after_a_word_of_approximation_needs_no_unit(text: str, want: dict) -> None:
    assert met(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Pengamanan bazar, Peserta : pedagang bazar 15 lapak",
        "sambang pasar kaget, ketemu pedagang 15 lapak, aman",
        "DDS ke pedagang kaki lima sebanyak 15 kios di Jl. Raya. Aman.",
    ],
)
def test_stalls_count_their_traders(text: str) -> None:
    assert met(text) == {"other": 15}


@pytest.mark.parametrize(
    "text",
    [
        "SAMBANG TOGA DI MUSHOLA AN NUR, HADIR USTADZ AHMAD DAN 2 TOMAS. AMAN",
        "Sambang toga dan tomas: bertemu Ustadz Ali dan tomas 2 org. Aman",
        "giat sambang tokoh agama & tokoh masyarakat, ktm ustadz Ali, 2 tomas. aman",
    ],
)
def test_a_kind_in_the_headline_is_the_one_counted_below(text: str) -> None:
    assert met(text) == {"tokoh_agama": 1, "tokoh_masyarakat": 2}


@pytest.mark.parametrize(
    "text",
    [
        "Patroli malam ketemu 5 ojol, ada 2 remaja mabuk diamankan ke pos. Aman",
        "patroli dialogis, ngobrol dgn 5 ojol. 3 pemuda yg ditangkap warga diserahkan ke polsek",
        "Patroli, bertemu 5 driver ojol; seorang pria diringkus warga krn mencuri helm",
    ],
)
def test_those_acted_upon_are_not_met(text: str) -> None:
    assert met(text) == {"other": 5}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sambang sekret, ketemu tomas, todat @2 org, FKDM @4 org. Aman",
            {"tokoh_masyarakat": 4, "other": 4},
        ),
        ("DDS pos ronda: hadir Pokdar @3, Linmas @2. aman", {"other": 5}),
        (
            "Binluh masjid, ktm toga & tomas @ 2 orang. kondusif",
            {"tokoh_agama": 2, "tokoh_masyarakat": 2},
        ),
    ],
)
def test_a_number_each_after_a_list(text: str, want: dict) -> None:
    assert met(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Patroli pasar, ketemu 5 jukir dan pedagang asongan (total ±11 org). Aman",
        "patroli stasiun ktm ojol, bajaj & pedagang, total 11 orang. aman",
        "Sambang terminal bertemu 4 sopir serta pedagang kopi, jumlah 11 org.",
    ],
)
def test_a_total_closes_the_list(text: str) -> None:
    assert met(text) == {"other": 11}


@pytest.mark.parametrize(
    "text",
    [
        "Sasaran : 9 rumah warga (9 KK)",
        "DDS gg mawar, 9 rmh wrg (9 KK), aman",
        "Giat DDS ke 9 KK (9 kepala keluarga) di Jl. Melati. Aman.",
    ],
)
def test_households_restated_in_brackets_are_the_same(text: str) -> None:
    assert met(text) == {"warga": 9}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Yang ditemui :\n1) Sdr. Dani (Ketua Karang Taruna) beserta 5 anggotanya",
            {"kelompok_pemuda": 6},
        ),
        ("ngobrol dgn Pak Joko dan 3 montirnya di bengkel, aman", {"warga": 1, "other": 3}),
        ("sambang pangkalan, ngobrol sm 3 bapak2 ojol yg mangkal. aman", {"other": 3}),
    ],
)
def test_a_head_and_his_people(text: str, want: dict) -> None:
    assert met(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Sambang ke rumah Bpk. H. Salim. Bpk. H. Salim merupakan tokoh masyarakat setempat.",
        "Sambang, bertemu Bapak Rohim yang adalah tokoh masyarakat RW 03.",
        "Ngobrol dengan Ibu Hj. Maryam, selaku tokoh masyarakat. Aman.",
    ],
)
def test_a_person_and_the_role_he_is(text: str) -> None:
    assert met(text) == {"tokoh_masyarakat": 1}


@pytest.mark.parametrize(
    "text",
    [
        "Hadir:\n- Perwakilan pemuda Gg. Mawar 10 orang\n- Perwakilan pemuda Gg. Melati 5 orang",
        "Peserta :\n1. Pemuda RW 03 : 10 org\n2. Pemuda RW 04 : 5 org",
        "Yang ditemui:\n• pemuda blok A 10 org\n• pemuda blok C 5 org",
    ],
)
def test_one_group_on_two_lines_of_a_list_is_summed(text: str) -> None:
    assert met(text) == {"kelompok_pemuda": 15}


@pytest.mark.parametrize(
    "text",
    [
        "Yang ditemui :\nNo | Nama | Jabatan\n1 | Bpk. Tono | Ketua RT 02\n2 | Sdr. Ali | Anggota Karang Taruna\n"
        "3 | Sdr. Edi | Anggota Karang Taruna",
        "Sasaran:\n- Bpk. Tono | Ketua RT 02\n- Sdr. Ali | Karang Taruna\n- Sdr. Edi | Karang Taruna",
        "Hadir : Bpk. Tono (Ketua RT 02), Sdr. Ali (anggota karang taruna), Sdr. Edi (anggota karang taruna)",
    ],
)
def test_a_table_of_persons_and_their_roles(text: str) -> None:
    assert met(text) == {"perangkat_rt_rw": 1, "kelompok_pemuda": 2}


@pytest.mark.parametrize(
    "text",
    [
        "Pengamanan hajatan, tamu ± 200 orang, tuan rumah Bpk. Darto. Koordinasi dgn panitia 4 org.",
        "PAM resepsi di Jl. Melati; shohibul hajat Ibu Rina. Ngobrol dengan 4 panitia soal parkir.",
        "pam hajatan, yg punya hajat Pak Kardi, ketemu panitia 4 org, aman",
    ],
)
def test_the_host_only_named_is_not_met(text: str) -> None:
    assert met(text) == {"other": 4}


@pytest.mark.parametrize(
    "text",
    [
        "Pengamanan hajatan, koordinasi dengan tuan rumah Bpk. Darto soal parkir.",
        "PAM hajatan. Yang ditemui : Sohibul hajat Bpk. Darto",
        "pam nikahan, ketemu tuan rumah Bpk. Darto, aman",
    ],
)
def test_the_host_met_is_met(text: str) -> None:
    assert met(text) == {"warga": 1}


@pytest.mark.parametrize(
    "text",
    [
        "Sambang pengajian, hadir Ketua DKM Ustadz Rahmat dan ± 30 jamaah. Ustadz Rahmat berterima kasih.",
        "sbg masjid ktm Imam Masjid Ustadz Rahmat. Ustadz Rahmat minta patroli subuh",
        "Hadir Ketua Takmir Kyai Rahmat. Kyai Rahmat menyampaikan terima kasih.",
    ],
)
def test_a_role_and_the_titled_name_after_it_are_one(text: str) -> None:
    assert met(text)["tokoh_agama"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "Sambang pangkalan, ngobrol dengan korlap ojol di situ, Bang Jali. Aman.",
        "DDS warkop: ketemu owner warkop (Mas Dodi), aman",
        "Patroli, bertemu koordinator lapangan parkir, Mbak Rini. Situasi aman",
    ],
)
def test_a_one_person_role_then_the_name_set_off_is_one(text: str) -> None:
    assert met(text) == {"other": 1}


def test_a_role_then_a_list_of_names_is_no_apposition() -> None:
    assert met("Yg hadir Ketua RT, Pak Darno dan 3 warga.") == {"perangkat_rt_rw": 1, "warga": 4}


@pytest.mark.parametrize(
    "text",
    [
        'Binluh kepada 10 pedagang. "Pedagang adalah mitra kami," ujar Kapolsek.',
        "Sambang ke 10 pedagang pasar. Kapolsek: “Juru parkir dan ojol mata telinga kami,” katanya.",
        'Ketemu 10 pedagang. "Warga harus waspada," tutur Bhabin.',
    ],
)
def test_whom_a_quote_speaks_of_is_not_met(text: str) -> None:
    assert met(text) == {"other": 10}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Aiptu Budi bertemu dengan Ketua RW 02 Bapak H. Salim, serta sekitar 20 warga yang sedang kerja bakti.",
            {"perangkat_rt_rw": 1, "warga": 20},
        ),
        (
            "Di sela kerja bakti, Bripka Dodi berdialog dengan Bpk. H. Usman dan 20 warga.",
            {"warga": 21},
        ),
        (
            "Pengamanan kerja bakti. Bhabin ngobrol dgn Ketua RW 02 Bpk. Salim, dan ± 20 warga.",
            {"perangkat_rt_rw": 1, "warga": 20},
        ),
    ],
)
def test_a_title_stop_does_not_end_the_clause_of_meeting(text: str, want: dict) -> None:
    assert met(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Para pihak : Sdr. Tono dan Ibu Rina\nHasil : sepakat damai, disaksikan Ketua RT 03.",
            {"warga": 2, "perangkat_rt_rw": 1},
        ),
        (
            "ps soal parkir antar tetangga, kedua pihak sdh damai disaksikan ketua rw",
            {"warga": 2, "perangkat_rt_rw": 1},
        ),
        (
            "Problem solving sengketa pagar. Hasil: Kedua belah pihak dipertemukan bersama Ketua RT 05 dan sepakat.",
            {"warga": 2, "perangkat_rt_rw": 1},
        ),
    ],
)
def test_witnesses_and_parties_brought_together_are_met(text: str, want: dict) -> None:
    assert met(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "PS sampah antar warga sdh selesai, kedua pihak damai. aman",
        "Problem solving selesai; kedua belah pihak sepakat berdamai.",
        "PS sengketa parkir di gg 3\nHasil : kdua pihak sdh akur",
    ],
)
def test_parties_only_said_to_agree_are_not_counted(text: str) -> None:
    assert met(text).get("warga") is None


@pytest.mark.parametrize(
    "text",
    [
        "Siapa : Aipda Budi, Bhabinkamtibmas Kel. Melati\nApa : DDS\nBagaimana : Bhabin bertemu Ketua RW 04 dan 6 warga.",
        "Siapa: Bripka Dodi\nBagaimana: ketemu ketua rw 4 sama 6 warga di pos",
        "SIAPA : Aiptu Rudi (Bhabin)\nBAGAIMANA : Aiptu Rudi menemui Ketua RW 04 beserta 6 warga",
    ],
)
def test_a_who_label_naming_only_the_officer_leaves_the_story_to_say(text: str) -> None:
    assert met(text) == {"perangkat_rt_rw": 1, "warga": 6}


def test_a_digit_doubling_a_word_is_no_count() -> None:
    assert met("Ketemu sama:\n- anak2 karang taruna ± 8 org") == {"kelompok_pemuda": 8}


@pytest.mark.parametrize(
    "text",
    [
        "Sambang ke bengkel motor Pak Joko, Jl. Melati. Ngobrol dgn Pak Joko dan 2 montirnya. Aman.",
        "Sambang ke Warung Bu Sari Jl. Mawar, bertemu Bu Sari dan 2 karyawan. Aman",
        "DDS di toko Bpk. Hasan, Jl. Anggrek; ketemu Bpk. Hasan serta 2 pekerja toko.",
    ],
)
def test_the_owner_of_the_business_visited_met_again_is_other(text: str) -> None:
    assert met(text) == {"other": 3}


def test_the_owner_only_in_the_place_is_not_met() -> None:
    assert met("sambang ke warung kopi Bu Ida jl melati, ngobrol sm 4 bapak2 ojol. aman") == {
        "other": 4
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("DDS Rusun Melati Blok C, 9 unit, keluhan air mati. aman", {"warga": 9}),
        ("dds apartemen tower A lt 3: 9 unit dikunjungi", {"warga": 9}),
        ("Patroli parkiran rusun, 9 unit motor tanpa kunci ganda, ketemu 2 satpam", {"other": 2}),
    ],
)
def test_units_of_flats_are_households(text: str, want: dict) -> None:
    assert met(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "sbg pos ronda, tomas & pemuda sktr 10an org. aman",
        "Sambang, bertemu toga dan pemuda kurang lebih 10 orang. Aman",
        "giat sambang, ktm tomas + karang taruna sekitar 10 org, aman",
    ],
)
def test_one_count_after_two_kinds_is_neither_ones(text: str) -> None:
    found = met(text)
    assert found.get("kelompok_pemuda", "absent") is None
    assert len(found) == 2 and all(n is None for n in found.values())


def test_the_residents_own_count_after_a_kind_stays_theirs() -> None:
    assert met("Sambang pos ronda\nTomas + warga ± 8 org\nAman") == {
        "tokoh_masyarakat": None,
        "warga": 8,
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sambang ke rumah Bapak H. Salim di Jl. Mawar. Pak H. Salim merupakan tokoh masyarakat setempat.",
            {"tokoh_masyarakat": 1},
        ),
        ("Ngobrol dengan Bpk. Usman. Bpk. Usman adalah Ketua RT 04.", {"perangkat_rt_rw": 1}),
        (
            "Bertemu Ibu Hj. Ani, lalu Ibu Hj. Ani selaku ketua majelis taklim menyampaikan terima kasih.",
            {"tokoh_agama": 1},
        ),
    ],
)
def test_the_role_told_when_a_person_is_named_again_is_his(text: str, want: dict) -> None:
    assert met(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Sambang ke Bpk. H. Darto. Pak Haji menyampaikan bahwa ada maling. Aipda Joko akan patroli.",
        "ketemu Bpk. H. Darto, Pak Haji bilang bahwa aman. Bripka Dodi lanjut patroli",
        "Sambang Bpk. H. Darto; Pak Haji menyampaikan soal parkir. Aiptu Rudi berpesan agar tertib.",
    ],
)
def test_a_rank_is_no_persons_name(text: str) -> None:
    assert met(text) == {"warga": 1}
