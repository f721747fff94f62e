"""Officers' names as official documents write them: degrees in their
standard form (``SH., MH`` → ``S.H., M.H.``), the name in capitals beside
them in a signature block, the rank spelled out (``AKP`` → ``AJUN KOMISARIS
POLISI``)."""

from __future__ import annotations

import re

RANKS_SPELLED: dict[str, str] = {
    "bharada": "BHAYANGKARA DUA",
    "bharatu": "BHAYANGKARA SATU",
    "bharaka": "BHAYANGKARA KEPALA",
    "abripda": "AJUN BRIGADIR POLISI DUA",
    "abriptu": "AJUN BRIGADIR POLISI SATU",
    "abrippol": "AJUN BRIGADIR POLISI",
    "abrip": "AJUN BRIGADIR POLISI",
    "bripda": "BRIGADIR POLISI DUA",
    "briptu": "BRIGADIR POLISI SATU",
    "brigpol": "BRIGADIR POLISI",
    "brigadir": "BRIGADIR POLISI",
    "bripka": "BRIGADIR POLISI KEPALA",
    "aipda": "AJUN INSPEKTUR POLISI DUA",
    "aiptu": "AJUN INSPEKTUR POLISI SATU",
    "ipda": "INSPEKTUR POLISI DUA",
    "iptu": "INSPEKTUR POLISI SATU",
    "akp": "AJUN KOMISARIS POLISI",
    "kompol": "KOMISARIS POLISI",
    "akbp": "AJUN KOMISARIS BESAR POLISI",
    "kombes": "KOMISARIS BESAR POLISI",
    "kombespol": "KOMISARIS BESAR POLISI",
    "brigjen": "BRIGADIR JENDERAL POLISI",
    "brigjenpol": "BRIGADIR JENDERAL POLISI",
    "irjen": "INSPEKTUR JENDERAL POLISI",
    "irjenpol": "INSPEKTUR JENDERAL POLISI",
}

# Degrees by their letters alone (dots, spaces and case dropped).
DEGREES: dict[str, str] = {
    "sh": "S.H.",
    "mh": "M.H.",
    "sik": "S.I.K.",
    "ssos": "S.Sos.",
    "msi": "M.Si.",
    "se": "S.E.",
    "mm": "M.M.",
    "spd": "S.Pd.",
    "mpd": "M.Pd.",
    "skom": "S.Kom.",
    "mkom": "M.Kom.",
    "st": "S.T.",
    "mt": "M.T.",
    "sip": "S.IP.",
    "sap": "S.A.P.",
    "map": "M.A.P.",
    "spsi": "S.Psi.",
    "mpsi": "M.Psi.",
    "shi": "S.H.I.",
    "sag": "S.Ag.",
    "mag": "M.Ag.",
    "sstmk": "S.St.M.K.",
    "mstmk": "M.St.M.K.",
    "mkn": "M.Kn.",
    "amd": "A.Md.",
    "ba": "B.A.",
    "ma": "M.A.",
    "mba": "M.B.A.",
    "msc": "M.Sc.",
    "phd": "Ph.D.",
    "dr": "Dr.",
    "drs": "Drs.",
    "ir": "Ir.",
}


def _degree(raw: str) -> str:
    key = re.sub(r"[\s.]", "", raw).lower()
    if key in DEGREES:
        return DEGREES[key]
    if not key:
        return ""
    text = raw.strip()
    return text if text.endswith(".") or not re.fullmatch(r"[A-Za-z.]+", text) else text + "."


def split_name(name: str) -> tuple[str, list[str]]:
    """``Bambang Santoso, SH., MH`` → (``Bambang Santoso``, [``S.H.``, ``M.H.``])."""
    head, _, tail = name.partition(",")
    degrees = [d for d in (_degree(part) for part in re.split(r",", tail)) if d] if tail else []
    return head.strip(), degrees


def with_degrees(name: str) -> str:
    """The name as typed, its degrees normalised: ``Bambang Santoso, S.H., M.H.``."""
    head, degrees = split_name(name)
    return ", ".join([head, *degrees])


def signature_name(name: str) -> str:
    """``BAMBANG SANTOSO, S.H., M.H.``: the name in capitals, degrees as written."""
    head, degrees = split_name(name)
    return ", ".join([head.upper(), *degrees])


def rank_spelled(rank: str) -> str:
    """``AKP`` → ``AJUN KOMISARIS POLISI``; an unknown rank in capitals."""
    key = re.sub(r"[\s.]", "", rank).lower()
    return RANKS_SPELLED.get(key, rank.strip().upper())


def rank_nrp(rank: str, nrp: str) -> str:
    return f"{rank_spelled(rank)} NRP {nrp}".strip()
