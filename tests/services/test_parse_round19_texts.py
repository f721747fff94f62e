"""The chat-message parser, round 19, the texts lane: the appeal (message)
and the findings, only where a miss pattern recurs in three or more
independently written corpora. Every example is invented, each rule with a
case where it applies and one where it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message

TODAY = dt.date(2026, 3, 11)  # a Wednesday


# --- the officer's appeal quoted over several sentences, closed by "pesan Aipda X" ----------
# (six corpora: '"Jangan … rumah. Ronda jangan …," pesan Aipda Yusuf.', '…," pesannya.')


@pytest.mark.parametrize(
    "quote",
    [
        '"Simpan motor di dalam pagar. Kalau ada orang asing mondar-mandir, kabari RT," '
        "pesan Bripka Hendra kepada warga.",
        '"Anak-anak jangan keluar lewat jam sepuluh malam. Orang tua tolong awasi," pesan Aiptu Rahmat.',
        '"Cek dulu sebelum transfer. Telepon keluarga yang bersangkutan," pesannya.',
    ],
)
def test_an_appeal_quoted_over_sentences_is_the_message_whole(quote: str) -> None:
    text = (
        "Senin (9/3/2026) pukul 19.30 WIB Bhabinkamtibmas Kelurahan Melati Aiptu Rahmat "
        "melaksanakan sambang ke pos ronda Jl. Anggrek RT 02 RW 04 dan bertemu 6 warga.\n\n"
        f"{quote}\n\nSituasi aman dan kondusif."
    )
    assert parse_message(text, today=TODAY).message == quote


def test_a_quotation_by_someone_met_is_no_appeal() -> None:
    text = (
        "Senin (9/3/2026) Aiptu Rahmat sambang ke warung Jl. Anggrek RT 02 RW 04 bertemu "
        "pemilik warung Bpk. Darto. "
        '"Sudah dua kali tabung gas hilang. Kami minta ada patroli malam," ujar Bpk. Darto. '
        "Situasi aman."
    )
    parsed = parse_message(text, today=TODAY)
    assert not parsed.message
    assert "tabung gas hilang" in (parsed.findings or "")
