"""Where it happened, to the RT and RW: ``RT 01 RW 06``, ``RT 01/06``,
``Rt.01 Rw.06``, ``RT.001/RW.006``, ``Rt/Rw 001/006``, and in chats
``rt05``; a role's number (``Ketua RW 05``) is no place."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_N = r"0*(\d{1,3})"
# "RT 05", "RT.05", and in chats "rt05"
_RT = r"\bRT(?:\b|(?=\d))\.?\s*(?:no\.?\s*)?"
_RW = r"\bRW(?:\b|(?=\d))\.?\s*(?:no\.?\s*)?"
_RT_RW = re.compile(rf"{_RT}{_N}\s*(?:[/,]|\s)\s*(?:{_RW})?{_N}\b(?!\s*(?:orang|org)\b)", re.I)
_RW_RT = re.compile(rf"{_RW}{_N}\s*(?:[/,]|\s)\s*{_RT}{_N}\b", re.I)
_RT_ONLY = re.compile(rf"{_RT}{_N}\b(?!\s*/\s*(?:RW|\d))", re.I)
_RW_ONLY = re.compile(rf"{_RW}{_N}\b", re.I)
_RT_RW_EXPLICIT = re.compile(rf"{_RT}{_N}\s*(?:[/,]|\s)\s*{_RW}{_N}\b", re.I)
# "Rt/Rw 001/006", "RT/RW : 02/05"
_RT_RW_PAIR = re.compile(rf"\bRT\s*/\s*RW\b\.?\s*:?\s*{_N}\s*/\s*{_N}\b", re.I)


# every RT/RW spelling above, as one pattern's text (for cutting them out of a place)
AREA_TEXT = (
    rf"{_RT_RW_PAIR.pattern}|{_RT_RW_EXPLICIT.pattern}|{_RW_RT.pattern}|{_RT_RW.pattern}"
    rf"|{_RT}{_N}\b|{_RW}{_N}\b"
)


# a range of RTs or RWs, removed whole as one is: "RT 01-03", "(RT 001 s/d RT 006)", "RW 01 s.d. 04"
_RANGE = (
    r"\b(?:RT|RW)(?:\b|(?=\d))\.?\s*\d{1,3}\s*(?:-|–|s\.?\s*/?\s*d\.?|sampai|hingga)\s*"
    r"(?:(?:RT|RW)(?:\b|(?=\d))\.?\s*)?\d{1,3}\b(?!\s*(?:orang|org)\b)"
    r"(?:\s*/\s*RW(?:\b|(?=\d))\.?\s*\d{1,3}\b)?"  # "RT 01–03 / RW 08": its RW with it
)
AREA_RANGE = re.compile(rf"\(\s*{_RANGE}\s*\)|{_RANGE}", re.I)


@dataclass
class Area:
    rw: int | None = None
    rt: int | None = None
    doubtful: set[str] = field(default_factory=set)  # more than one written: the first is taken


# "Ketua RW 05", "pak RT 03": whose role, not where (unless it is their house)
ROLE_BEFORE = re.compile(
    r"(?<!rumah )(?<!rmh )(?<!kediaman )\b(?:ketua|pak|bapak|bpk|bu|ibu|pengurus|para\s+ketua|se)\.?\s*-?\s*$",
    re.I,
)


# the words a speaker mends what he said with: "eh ralat", "eh maksudnya", "eh maksud saya"
MEND_WORDS = r"(?:ralat|maksudnya|maksud\s+saya)"

# a speaker mending the number he said: "rt 2 eh ralat rt 3", "RT 10... eh RT 1", "rw 9 …
# eh ralat rw 8" — the number after the mend replaces the one of its kind before it
_MEND = re.compile(
    rf"(?:\beh\b[\s.,]*(?:{MEND_WORDS}\b)?|\bralat\b)[\s.,:]*"
    r"(?=(?P<kind>RT|RW)(?:\b|(?=\d))\.?\s*(?:no\.?\s*)?\d)",
    re.I,
)


def _mended(text: str) -> str:
    """``text`` with each RT or RW number a speaker mended blanked out."""
    for m in _MEND.finditer(text):
        kind = _RT if m.group("kind").casefold() == "rt" else _RW
        said = list(re.finditer(rf"{kind}{_N}\b", text[: m.start()], re.I))
        if said:
            last = said[-1]
            text = text[: last.start()] + " " * (last.end() - last.start()) + text[last.end() :]
    return text


def _numbers(text: str) -> tuple[list[int], list[int]]:
    """The RWs and RTs ``text`` names as a place, in the order written."""
    text = _mended(text)
    text = re.sub(
        # (with the others it lists: "ketua RT 01 sd RT 05", "Ketua RW 03 & RW 04")
        rf"(?:{_RT}|{_RW}){_N}(?:\s*(?:s\.?\s*/?\s*d\.?|sd|sampai|-|–|&|dan)\s*(?:{_RT}|{_RW})?{_N})*"
        rf"(?:\s*(?:/\s*|{_RT}|{_RW}){_N}(?!\s*(?:orang|org)\b))?",  # "Ketua RT 03 RW 02"
        lambda m: (
            " " * len(m.group(0))
            if ROLE_BEFORE.search(text[max(0, m.start() - 16) : m.start()])
            else m.group(0)
        ),
        text,
        flags=re.I,
    )
    rws: list[tuple[int, int]] = []
    rts: list[tuple[int, int]] = []
    taken = bytearray(len(text))  # characters already read as part of an RT/RW group

    def free(m: re.Match[str]) -> bool:
        if any(taken[m.start() : m.end()]):
            return False
        taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        return True

    for pattern, rt_group, rw_group in (
        (_RT_RW_PAIR, 1, 2),
        (_RT_RW_EXPLICIT, 1, 2),
        (_RW_RT, 2, 1),
        (_RT_RW, 1, 2),
    ):
        for m in pattern.finditer(text):
            if free(m):
                rts.append((m.start(), int(m.group(rt_group))))
                rws.append((m.start(), int(m.group(rw_group))))
    for pattern, target in ((_RT_ONLY, rts), (_RW_ONLY, rws)):
        for m in pattern.finditer(text):
            if free(m):
                target.append((m.start(), int(m.group(1))))

    def ordered(found: list[tuple[int, int]]) -> list[int]:
        out: list[int] = []
        for _, number in sorted(found):
            if number and number not in out:
                out.append(number)
        return out

    return ordered(rws), ordered(rts)


def find_area(*texts: str) -> Area:
    """RW and RT from the first text that names any; when it names more
    than one, the first written is taken and the field is in doubt."""
    for text in texts:
        if not text:
            continue
        rws, rts = _numbers(text)
        if rws or rts:
            area = Area(rw=rws[0] if rws else None, rt=rts[0] if rts else None)
            area.doubtful = {name for name, found in (("rw", rws), ("rt", rts)) if len(found) > 1}
            return area
    return Area()
