"""Who sent a message: the chat name (as the exporting phone saved the
contact, ``Aiptu Heri``, ``Bhabin Paseban Heri K``, ``~ Heri``) or the phone
number of an unsaved contact (``+62 812-3456-7890``), matched to an officer
of the station by phone number, by rank and name, or by name. A sender that
matches no officer, or several, is left for the desk to choose."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sambang_tui.db.models import Officer
from sambang_tui.db.vocab import RANKS
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.master.lookup import officer_label

_RANKS = {r.casefold() for r in RANKS} | {"brigadir", "brig", "bharada", "bharatu", "brigpol"}
_WORD = re.compile(r"[^\W\d_][\w'.-]*", re.U)
_NOISE = frozenset(
    {"bhabin", "bhabinkamtibmas", "polsek", "kel", "kelurahan", "pak", "bapak", "ndan", "sh", "mh"}
)


def phone_key(text: str) -> str:
    """The national number of a phone written any way (``+62 812-…``,
    ``0812…``, ``62812…``): its last nine or more digits, without the
    country code or trunk zero."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("62"):
        digits = digits[2:]
    return digits.lstrip("0")


def _words(text: str) -> list[str]:
    return [w.strip(".'-").casefold() for w in _WORD.findall(text) if w.strip(".'-")]


@dataclass(frozen=True)
class Person:
    id: int
    rank: str
    name_words: tuple[str, ...]
    phone: str
    label: str


class SenderIndex:
    """The station's active officers, read once per import."""

    def __init__(self, people: list[Person]) -> None:
        self.people = people
        self._phones: dict[str, list[Person]] = {}
        for person in people:
            if len(person.phone) >= 8:
                self._phones.setdefault(person.phone, []).append(person)
        self._cache: dict[str, Person | None] = {}

    @classmethod
    def load(cls, actor: Actor) -> SenderIndex:
        rows = Officer.select(
            Officer.id, Officer.rank, Officer.name, Officer.phone, Officer.nrp
        ).where(
            (Officer.station == actor.station_id) & (Officer.active == True)  # noqa: E712
        )
        return cls(
            [
                Person(
                    o.id,
                    o.rank.casefold(),
                    tuple(w for w in _words(o.name) if w not in _NOISE),
                    phone_key(o.phone or ""),
                    officer_label(o),
                )
                for o in rows
            ]
        )

    def match(self, sender: str) -> Person | None:
        """The one officer ``sender`` names, or None."""
        if sender not in self._cache:
            self._cache[sender] = self._match(sender)
        return self._cache[sender]

    def _match(self, sender: str) -> Person | None:
        digits = phone_key(sender)
        if len(digits) >= 8 and not _WORD.search(sender.replace("+", "")):
            found = self._phones.get(digits, [])
            return found[0] if len(found) == 1 else None
        words = _words(sender)
        ranks = {w for w in words if w in _RANKS}
        names = [w for w in words if w not in _RANKS and w not in _NOISE]
        if not names:
            return None
        strict, loose = [], []
        for person in self.people:
            if ranks and person.rank not in ranks:
                continue
            own = person.name_words
            if _covers(names, own) or (own and _covers(list(own), tuple(names))):
                strict.append(person)
            elif any(len(w) >= 3 and w in own for w in names):
                loose.append(person)
        if len(strict) == 1:
            return strict[0]
        exact = [p for p in strict if list(p.name_words) == names]
        if len(exact) == 1:
            return exact[0]
        return loose[0] if not strict and len(loose) == 1 else None


def _covers(words: list[str], own: tuple[str, ...]) -> bool:
    """Every word is one of ``own``, or the initial of one (``Heri K``)."""
    return all(w in own or (len(w) == 1 and any(o.startswith(w) for o in own)) for w in words)
