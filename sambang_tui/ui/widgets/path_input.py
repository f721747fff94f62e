"""A path typed with completion, as in a shell: the rest of the one match
(or of what every match shares) is suggested after the cursor, → or Tab
takes it; folders end in ``/``. Wanted files (``.zip``, ``.txt``) and
folders are offered, hidden ones only when the name typed starts with a dot.
A whole path typed or pasted after a pre-filled folder starts anew
(``started_anew``), as in an editor's file prompt.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from textual.suggester import Suggester

MAX_ENTRIES = 2000
# "//" or "/~" (a "~" alone before "/" or the end): where a new path starts
_ANEW = re.compile(r"/(?=/)|/(?=~(?:/|$))")


def started_anew(value: str) -> str:
    """``value`` from the last place a new path starts in it: a field
    pre-filled with a folder (``/root/``) and a whole path typed or pasted
    after it (``/root//tmp/chat.txt``, ``/root/~/Unduhan/``) is that path
    (``/tmp/chat.txt``, ``~/Unduhan/``): "//" starts again at the root, "/~"
    at home. Anything else is returned as it is."""
    found = list(_ANEW.finditer(value))
    return value[found[-1].end() :] if found else value


@dataclass(frozen=True)
class Matches:
    folder: str  # as typed, e.g. "~/Unduhan/"
    names: list[str]  # matching entries, folders with a trailing "/"


def matches(value: str, suffixes: tuple[str, ...]) -> Matches:
    """The entries of the folder ``value`` points into whose names start
    with its last part (folders first, then wanted files, by name)."""
    head, _, prefix = value.rpartition("/")
    folder_text = f"{head}/" if _ or value.startswith("/") else ""
    folder = Path(os.path.expanduser(folder_text or ".")) if folder_text or value else Path(".")
    names: list[str] = []
    try:
        with os.scandir(folder) as entries:
            for count, entry in enumerate(entries):
                if count >= MAX_ENTRIES:
                    break
                name = entry.name
                if not name.startswith(prefix) or (
                    name.startswith(".") and not prefix.startswith(".")
                ):
                    continue
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    continue
                if is_dir:
                    names.append(name + "/")
                elif name.lower().endswith(suffixes):
                    names.append(name)
    except OSError:
        return Matches(folder_text, [])
    names.sort(key=lambda n: (not n.endswith("/"), n.casefold()))
    return Matches(folder_text, names)


def completion(value: str, suffixes: tuple[str, ...]) -> str | None:
    """``value`` completed as far as it can be: the one match, or the
    prefix every match shares when it is longer than what was typed."""
    found = matches(value, suffixes)
    if not found.names:
        return None
    if len(found.names) == 1:
        return found.folder + found.names[0]
    shared = os.path.commonprefix(found.names)
    typed = value[len(found.folder) :]
    return found.folder + shared if len(shared) > len(typed) else None


class PathSuggester(Suggester):
    def __init__(self, suffixes: tuple[str, ...]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.suffixes = suffixes

    async def get_suggestion(self, value: str) -> str | None:
        found = completion(value, self.suffixes)
        return found if found and found != value else None
