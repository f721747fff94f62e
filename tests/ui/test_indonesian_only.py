"""Every screen and dialog in Indonesian (issue 13, item 11): each is opened
by keys at 80×24 with lang=id and what it draws is searched for English
words; names, codes and key names are allowed. A glyph a Linux console
cannot draw (an emoji) fails too."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from ui.helpers import make_app, screen_lines, wait

from sambang_tui.i18n import language, set_language

# common English words of an interface, none of them Indonesian
_ENGLISH = """
    the and of to for with from into this that these those is are was were be been
    not no yes all any each every some none found matches match search searching
    command commands open opens close closes save saved saving cancel cancelled quit
    exit back next previous page pages first last top bottom up down left right
    help loading loaded load reload error errors warning failed fail file files
    directory folder path name names new edit delete remove add insert clear filter
    filters sort select selected choose report reports officer officers date dates
    time times type types week weeks month months today yesterday tomorrow plan plans
    done missed ahead submit submitted verify verified return returned draft drafts
    export import settings theme language compact mode screen key keys press
    enter escape show hide more less other others nothing empty unknown required
    must should can cannot could will would please here there what when where which
    who why how focus focused your you our we they it its on off in out at by as or
    if then else than too also only just now ago since until before after
    ward station chief head unit area areas contact contacts problem problems
    task tasks audit trail user users login password document documents release
    print printed summary detail details total count counts number numbers
    go goto jump move copy paste cut undo redo apply applied change changes changed
"""
ENGLISH = set(_ENGLISH.split())
# words spelled alike in both languages, names and codes the interface shows
# words both languages use (audit, login, problem solving), key names, the
# documents folder's name as the system spells it
_ALLOWED = """
data status total detail format operasi no personal pin audit login problem
enter esc tab ctrl shift alt documents
"""
ALLOWED = set(_ALLOWED.split())
EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u26ff\u2700-\u27bf]")
_ALLOWED_SYMBOLS = set("✓✗")  # status marks of the grid, drawn by the console fonts we test with


# names the station gives in English: its activity types
NAMES = ("Door to Door System", "Cooling System", "Problem Solving")


def english_words(text: str) -> set[str]:
    for name in NAMES:
        text = text.replace(name, "")
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    return {w for w in words if w in ENGLISH and w not in ALLOWED}


def emoji(text: str) -> set[str]:
    return {c for c in EMOJI.findall(text) if c not in _ALLOWED_SYMBOLS}


Step = Callable[[Any], Awaitable[None]]


async def keys(pilot, *pressed: str) -> None:
    for key in pressed:
        await pilot.press(key)
        await wait(pilot)


def visit(*pressed: str) -> Step:
    async def step(pilot) -> None:
        await keys(pilot, *pressed)

    step.__name__ = "+".join(pressed)
    return step


# each: from Beranda, the keys that open a screen or dialog
PLACES: list[tuple[str, tuple[str, ...]]] = [
    ("beranda", ()),
    ("beranda-help", ("f1",)),
    ("jadwal", ("f3",)),
    ("jadwal-month", ("f3", "m")),
    ("jadwal-help", ("f3", "f1")),
    ("jadwal-plan-form", ("f3", "down", "n")),
    ("jadwal-cell", ("f3", "down", "left", "enter")),
    ("jadwal-filter", ("f3", "slash")),
    ("jadwal-goto", ("f3", "g")),
    ("jadwal-uncovered", ("f3", "u")),
    ("input", ("f4",)),
    ("input-help", ("f4", "f1")),
    ("input-paste", ("f4", "ctrl+t")),
    ("input-errors", ("f4", "ctrl+s")),
    ("daftar", ("f5",)),
    ("daftar-help", ("f5", "f1")),
    ("daftar-filter", ("f5", "f")),
    ("laporan", ("f5", "enter")),
    ("laporan-help", ("f5", "enter", "f1")),
    ("laporan-dokumen", ("f5", "enter", "o")),
    ("laporan-hapus", ("f5", "enter", "d")),
    ("rekap", ("f6",)),
    ("rekap-help", ("f6", "f1")),
    *[(f"rekap-tab{n}", ("f6", str(n))) for n in range(2, 8)],
    ("rekap-export", ("f6", "x")),
    ("rekap-report-doc", ("f6", "o")),
    ("rekap-range", ("f6", "c")),
    ("induk", ("f7",)),
    ("induk-help", ("f7", "f1")),
    *[(f"induk-tab{n}", ("f7", str(n))) for n in range(2, 10)],
    *[(f"induk-form{n}", ("f7", str(n), "n")) for n in (1, 2, 3, 4, 5, 6, 7)],
    ("induk-edit-station", ("f7", "8", "e")),
    ("induk-import", ("f7", "i")),
    ("induk-audit-filter", ("f7", "9", "f")),
    ("induk-audit-detail", ("f7", "9", "enter")),
    ("kotak-masuk", ("f8",)),
    ("kotak-masuk-help", ("f8", "f1")),
    ("palette", ("ctrl+p",)),
    ("palette-search", ("ctrl+p", "z", "z", "q")),
    ("quit-question", ("f4", "tab", "x", "ctrl+q")),
]


@pytest.fixture
def indonesian():
    before = language()
    set_language("id")
    yield
    set_language(before)


@pytest.mark.parametrize("place", PLACES, ids=[name for name, _ in PLACES])
async def test_every_screen_speaks_indonesian(
    demo_target: str, indonesian: None, place: tuple[str, tuple[str, ...]]
) -> None:
    _name, pressed = place
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await keys(pilot, *pressed)
        await pilot.pause(0.6)  # the palette's "no matches" comes after a moment
        await wait(pilot)
        text = "\n".join(screen_lines(app))
        assert not english_words(text), (english_words(text), text)
        assert not emoji(text), (emoji(text), text)


async def test_review_dialogs_and_too_small(demo_target: str, indonesian: None) -> None:
    app = make_app(demo_target, user="kanit")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        seen = []
        for pressed in (("enter", "v"), ("escape", "escape", "enter", "k")):
            await keys(pilot, *pressed)
            seen.append("\n".join(screen_lines(app)))
        await pilot.resize_terminal(60, 20)
        await wait(pilot)
        seen.append("\n".join(screen_lines(app)))
        for text in seen:
            assert not english_words(text), (english_words(text), text)
