"""The station's letterhead (kop surat), document numbers and signature
blocks, as Polri's naskah dinas writes them (Perkap 1/2023, Perkap 7/2017).

The letterhead of a Polsek: three lines of capitals, top left, closed by a
rule as long as the longest line::

    KEPOLISIAN DAERAH METRO JAYA
    RESOR METRO JAKARTA PUSAT
    SEKTOR SENEN

A signature block: the title (``a.n. KEPALA KEPOLISIAN SEKTOR SENEN`` when
the Kanit signs for the Kapolsek), the name in capitals with its degrees
normalised, the rank spelled out and the NRP.
"""

from __future__ import annotations

import datetime as dt
import re

from sambang_tui.db.models import Officer, Station
from sambang_tui.services.documents.model import Letterhead
from sambang_tui.services.documents.names import rank_nrp, signature_name

MAX_LINES = 3
BLANK_NAME = "(....................................)"
BLANK_RANK = "NRP ...................."
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
    """Three lines: the Polda as ``KEPOLISIAN DAERAH …`` (or the national
    police when no Polda is set), the Polres, the Polsek."""
    polda = unit_line(station.polda, "DAERAH ")
    lines = [f"KEPOLISIAN {polda}" if polda else "KEPOLISIAN NEGARA REPUBLIK INDONESIA"]
    for value, prefix in ((station.polres, "RESOR "), (station.name, "SEKTOR ")):
        line = unit_line(value, prefix)
        if line:
            lines.append(line)
    return Letterhead(tuple(lines[-MAX_LINES:]))


def unit_code(station: Station) -> str:
    """The unit at the end of a number: the setting, else ``Sek <sector>``."""
    code = station.unit_code.strip()
    return code or f"Sek {sector_name(station)}"


def number(base: str, station: Station) -> str:
    """``R/LI-16/XI/2024`` → ``R/LI-16/XI/2024/Sek Senen``."""
    return f"{base}/{unit_code(station)}"


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
        .get_or_none()
    )


def kapolsek(station: Station) -> Officer | None:
    return _officer_for(station, "kapolsek")


def place(station: Station) -> str:
    city = (station.city or "").strip()
    return city or sector_name(station)


def place_date(station: Station, day: dt.date) -> str:
    from sambang_tui.services.documents.words import date_medium

    return f"{place(station)}, {date_medium(day)}"


def chief_title(station: Station) -> str:
    return f"KEPALA KEPOLISIAN SEKTOR {sector_name(station).upper()}"


def officer_lines(name: str, rank: str, nrp: str) -> tuple[str, str]:
    """(name line, rank line) of a signature block."""
    return signature_name(name), rank_nrp(rank, nrp)


def signer_lines(station: Station, who: str = "kapolsek") -> tuple[tuple[str, ...], str, str]:
    """(title lines, name line, rank line) of the Kapolsek, or of the Kanit
    Binmas signing for him (``a.n.``)."""
    officer = _officer_for(station, who)
    if who == "kapolsek":
        titles: tuple[str, ...] = (chief_title(station),)
    else:
        titles = (f"a.n. {chief_title(station)}", "KANIT BINMAS")
    if officer is None:
        return titles, BLANK_NAME, BLANK_RANK
    return (titles, *officer_lines(officer.name, officer.rank, officer.nrp))
