"""What documents take from master data: officers' names with their
degrees normalised and ranks spelled out, the station's document settings
(unit code, standing Surat Perintah, addressee, Tembusan) and an
operation's Surat Perintah, saved through the services."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.documents.names import (
    rank_nrp,
    rank_spelled,
    signature_name,
    with_degrees,
)
from sambang_tui.services.master import operations, station


@pytest.mark.parametrize(
    ("typed", "in_text", "signed"),
    [
        ("Bambang Santoso, SH., MH", "Bambang Santoso, S.H., M.H.", "BAMBANG SANTOSO, S.H., M.H."),
        ("Hendra Gunawan, S.H", "Hendra Gunawan, S.H.", "HENDRA GUNAWAN, S.H."),
        ("Dedi Suryadi, S.I.K, M.Si", "Dedi Suryadi, S.I.K., M.Si.", "DEDI SURYADI, S.I.K., M.Si."),
        ("Rina, sik", "Rina, S.I.K.", "RINA, S.I.K."),
        ("Yusuf, S.Sos", "Yusuf, S.Sos.", "YUSUF, S.Sos."),
        ("Agus Setiawan", "Agus Setiawan", "AGUS SETIAWAN"),
        ("Joko, ABC", "Joko, ABC.", "JOKO, ABC."),
    ],
)
def test_degrees_normalised(typed: str, in_text: str, signed: str) -> None:
    assert with_degrees(typed) == in_text
    assert signature_name(typed) == signed


def test_ranks_spelled_out() -> None:
    assert rank_spelled("AKP") == "AJUN KOMISARIS POLISI"
    assert rank_spelled("Aiptu") == "AJUN INSPEKTUR POLISI SATU"
    assert rank_spelled("Bripka") == "BRIGADIR POLISI KEPALA"
    assert rank_spelled("Iptu") == "INSPEKTUR POLISI SATU"
    assert rank_spelled("Kompol") == "KOMISARIS POLISI"
    assert rank_spelled("Penata") == "PENATA"  # a civil servant's grade as it is
    assert rank_nrp("AKP", "75080412") == "AJUN KOMISARIS POLISI NRP 75080412"


def test_station_document_settings_saved(db, actor) -> None:
    info = station.get_station(actor)
    data = info.to_input()
    data.unit_code = "Sek Senen"
    data.warrant = "Sprin/12/I/2024"
    data.addressee = "Kapolres Metro Jakarta Pusat"
    data.attention = "Kasat Binmas"
    data.copies = "Kabag Ops\nKasat Intelkam"
    saved = station.update_station(actor, info.version, data)
    assert (saved.unit_code, saved.warrant, saved.addressee, saved.attention) == (
        "Sek Senen",
        "Sprin/12/I/2024",
        "Kapolres Metro Jakarta Pusat",
        "Kasat Binmas",
    )
    assert saved.copies.splitlines() == ["Kabag Ops", "Kasat Intelkam"]
    data = saved.to_input()
    data.unit_code = "S" * 41
    with pytest.raises(ValidationError) as caught:
        station.update_station(actor, saved.version, data)
    assert caught.value.field == "unit_code"


def test_operation_warrant_saved(db, actor) -> None:
    data = operations.OperationInput(
        "Operasi Mantap Praja Jaya 2024",
        dt.date(2024, 8, 14),
        dt.date(2024, 12, 31),
        "Sprin/1845/VIII/2024",
    )
    made = operations.create_operation(actor, data)
    assert made.warrant == "Sprin/1845/VIII/2024"
    assert made.to_input().warrant == "Sprin/1845/VIII/2024"
