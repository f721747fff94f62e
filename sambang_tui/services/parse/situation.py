"""The kamtibmas situation: ``aman dan kondusif``, ``aman terkendali``,
``kondusif`` → aman_kondusif; ``waspada``; ``rawan``. "Waspada" counts only
as a situation ("Situasi waspada"), never in an appeal ("agar warga
waspada pencurian")."""

from __future__ import annotations

import re

_CALM = r"aman|kondusif|terkendali"
_WORD = re.compile(r"\b(rawan|waspada|aman|kondusif|terkendali)\b", re.I)
_LEAD = re.compile(
    rf"\b(?:situasi|sit|kondisi|keadaan|sitkamtibmas)\b\.?\s*:?\s*(?:\w+\s+){{0,3}}?\b({_CALM}|waspada|rawan|siaga)\b",
    re.I,
)
_CALM_PHRASE = re.compile(
    r"\baman\s+(?:dan\s+)?(?:kondusif|terkendali|lancar|tertib|terkendali)\b"
    r"|\b(?:berjalan|berlangsung|terpantau|dalam\s+keadaan)\s+(?:dengan\s+)?(?:aman|kondusif|lancar\s+dan\s+aman)\b",
    re.I,
)
_LONE = re.compile(
    r"(?:^|[,.;:\n])\s*(aman|kondusif)(?:\s+(?:ndan|komandan|pak|bos))?\s*(?=[.,;!\n]|$|\W*$)", re.I
)


def _classify(value: str) -> str | None:
    words = {w.casefold() for w in _WORD.findall(value)}
    if "rawan" in words:
        return "rawan"
    if "waspada" in words:
        return "waspada"
    if words & {"aman", "kondusif", "terkendali"}:
        return "aman_kondusif"
    return None


def find_situation(section: str | None, text: str) -> str | None:
    if section:
        found = _classify(section)
        if found:
            return found
    led = list(_LEAD.finditer(text))
    if led:
        word = led[-1].group(1).casefold()
        return {"rawan": "rawan", "waspada": "waspada", "siaga": "waspada"}.get(
            word, "aman_kondusif"
        )
    if _CALM_PHRASE.search(text) or _LONE.search(text):
        return "aman_kondusif"
    return None
