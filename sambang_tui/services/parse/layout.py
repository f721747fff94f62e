"""What ``sections.split`` reads a message into: its labelled sections, in
the order a report tells them, and the free lines left over."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Section:
    kind: str  # a labels.LABELS kind, or "other" for a numbered line with an unknown label
    label: str
    value: str
    line: int  # index of the label line
    open: bool = False  # the label line had no value: a list or text follows
    bullet: str = ""  # the bullet its label line starts with ("• Waktu : …")
    shaped: bool = False  # its kind read from its value, no label telling it
    number: str = ""  # the item number its label line starts with ("6" of "6) Himbauan : …")


# what was found, in the order a report tells it whatever order its fields are in: the matter
# ("Permasalahan") first, what the people wish ("Harapan") after what else they said, the
# conclusion last; the other fields as written ("Hasil" then "Keluhan")
_MATTER = re.compile(r"(?:pokok\s+|inti\s+)?(?:permasalahan|masalah)\b", re.I)
_WISHED = re.compile(r"(?:harapan|masukan|aspirasi|usulan|permintaan)\b", re.I)


def _told_rank(section: Section) -> int:
    if section.kind != "findings":
        return 1
    if section.label.casefold().startswith("kesimpulan"):
        return 3
    return 0 if _MATTER.match(section.label) else 2 if _WISHED.match(section.label) else 1


@dataclass
class Layout:
    sections: list[Section] = field(default_factory=list)
    free: list[tuple[int, str]] = field(default_factory=list)  # (line index, text)
    # the lines the indices count: normalised, a value's trailing situation on a line of its own
    lines: list[str] = field(default_factory=list)

    def first(self, kind: str) -> Section | None:
        return next((s for s in self.sections if s.kind == kind), None)

    def values(self, *kinds: str) -> list[str]:
        chosen = [s for s in self.sections if s.kind in kinds and s.value]
        # what was found is told as it happened, whatever order the fields are in
        return [s.value for s in sorted(chosen, key=_told_rank)]

    @property
    def numbered(self) -> bool:
        return any(s.kind != "other" for s in self.sections)

    def free_text(self) -> str:
        """The free lines; lines apart in the message are a paragraph apart."""
        out: list[str] = []
        previous: int | None = None
        for index, text in self.free:
            if previous is not None:
                out.append("\n\n" if index - previous > 1 else "\n")
            out.append(text)
            previous = index
        return "".join(out)
