"""The station's letterhead (kop surat) and the signature block, written as
Polri letters write them:

    KEPOLISIAN NEGARA REPUBLIK INDONESIA
    DAERAH METRO JAYA
    RESOR METRO JAKARTA PUSAT
    SEKTOR SENEN
"""

from __future__ import annotations

import datetime as dt
import re

from sambang_tui.db.models import Officer, Station
from sambang_tui.services.documents.model import Letterhead, Signature

SIGNERS: tuple[str, ...] = ("kapolsek", "kanit")
_PREFIXES = (
    (re.compile(r"^(polda|kepolisian daerah)\s+", re.I), "DAERAH "),
    (re.compile(r"^(polrestabes)\s+", re.I), "RESOR KOTA BESAR "),
    (re.compile(r"^(polresta)\s+", re.I), "RESOR KOTA "),
    (re.compile(r"^(polres|kepolisian resor)\s+", re.I), "RESOR "),
    (re.compile(r"^(polsek|kepolisian sektor)\s+", re.I), "SEKTOR "),
)


def unit_line(name: str, default_prefix: str) -> str:
    """``Polres Metro Jakarta Pusat`` → ``RESOR METRO JAKARTA PUSAT``."""
    name = name.strip()
    for pattern, prefix in _PREFIXES:
        if pattern.match(name):
            return prefix + pattern.sub("", name).upper()
    return (default_prefix + name).upper() if name else ""


def sector_name(station: Station) -> str:
    """``Polsek Senen`` → ``Senen``."""
    return re.sub(r"^(polsek|kepolisian sektor)\s+", "", station.name.strip(), flags=re.I)


def letterhead(station: Station) -> Letterhead:
    lines = ["KEPOLISIAN NEGARA REPUBLIK INDONESIA"]
    for value, prefix in (
        (station.polda, "DAERAH "),
        (station.polres, "RESOR "),
        (station.name, "SEKTOR "),
    ):
        line = unit_line(value, prefix)
        if line:
            lines.append(line)
    return Letterhead(tuple(lines), station.address)


def _officer_for(station: Station, who: str) -> Officer | None:
    if who == "kapolsek":
        if station.kapolsek_id:
            found = Officer.get_or_none(Officer.id == station.kapolsek_id)
            if found is not None:
                return found
        role = "kapolsek"
    else:
        role = "kanit_binmas"
    return (
        Officer.select()
        .where((Officer.station == station.id) & (Officer.role == role) & (Officer.active == True))  # noqa: E712
        .order_by(Officer.id)
        .first()
    )


def kapolsek(station: Station) -> Officer | None:
    return _officer_for(station, "kapolsek")


def place(station: Station) -> str:
    city = (station.city or "").strip()
    return city or sector_name(station)


def signature(station: Station, who: str = "kapolsek", issued: dt.date | None = None) -> Signature:
    from sambang_tui.i18n import format_date_medium
    from sambang_tui.services import clock

    issued = issued or clock.today()
    sector = sector_name(station).upper()
    officer = _officer_for(station, who)
    if who == "kapolsek":
        titles: tuple[str, ...] = (f"KEPALA KEPOLISIAN SEKTOR {sector}",)
    else:
        titles = (f"a.n. KAPOLSEK {sector}", "KANIT BINMAS")
    if officer is None:
        name, rank_nrp = "(....................................)", "NRP ...................."
    else:
        name, rank_nrp = officer.name.upper(), f"{officer.rank.upper()} NRP {officer.nrp}"
    return Signature(
        f"{place(station)}, {format_date_medium(issued, 'id')}", titles, name, rank_nrp
    )
