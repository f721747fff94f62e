"""Parsed stylesheets kept on disk between starts: the second start reads
them back and draws the same screen; a file or folder someone else could
have written, or a damaged file, is never read (the source is parsed)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from ui.helpers import make_app, wait

from sambang_tui.config import cache_dir
from sambang_tui.ui.stylesheet import ParseOnceStylesheet, RulesOnDisk

CSS = "Static { color: red; } #x { height: 3; }"
WHERE = ("test.tcss", "")


def parse_with(disk: RulesOnDisk) -> ParseOnceStylesheet:
    sheet = ParseOnceStylesheet(on_disk=disk)
    sheet.add_source(CSS, read_from=WHERE)
    sheet.parse()
    return sheet


def kept_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("styles-*/*.pickle"))


def test_rules_are_kept_then_read_back_the_same(tmp_path: Path, monkeypatch) -> None:
    first = parse_with(RulesOnDisk(tmp_path))
    files = kept_files(tmp_path)
    assert len(files) == 1
    assert files[0].stat().st_mode & 0o777 == 0o600
    assert files[0].parent.stat().st_mode & 0o777 == 0o700
    # the second start parses nothing: Textual's parser is not called
    monkeypatch.setattr(
        "textual.css.stylesheet.Stylesheet._parse_rules",
        lambda *a, **k: pytest.fail("parsed again"),
    )
    second = parse_with(RulesOnDisk(tmp_path))
    assert [str(r.selector_set) for r in second.rules] == [str(r.selector_set) for r in first.rules]
    assert [r.styles.css_lines for r in second.rules] == [r.styles.css_lines for r in first.rules]


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_file_others_may_write_is_never_read(tmp_path: Path, what: str) -> None:
    parse_with(RulesOnDisk(tmp_path))
    (kept,) = kept_files(tmp_path)
    target = kept if what == "file" else kept.parent
    os.chmod(target, target.stat().st_mode | 0o022)
    # a planted file (as another desk would plant it) under the same name
    planted = tmp_path / "planted"
    kept.write_bytes(f"cos\nsystem\n(S'echo owned > {planted}'\ntR.".encode())
    disk = RulesOnDisk(tmp_path)
    assert disk.get(("x",)) is None
    sheet = parse_with(disk)
    assert sheet.rules and not planted.exists()


def test_a_damaged_file_is_parsed_again(tmp_path: Path) -> None:
    parse_with(RulesOnDisk(tmp_path))
    (kept,) = kept_files(tmp_path)
    kept.write_bytes(b"not a pickle")
    assert len(parse_with(RulesOnDisk(tmp_path)).rules) == 2


async def settled_screenshot(pilot) -> str:
    """The screen once two looks in a row agree: on a loaded machine the
    home screen's tables may still be filling (a scroll bar comes later)."""
    shot = ""
    for _ in range(50):
        await wait(pilot)
        await pilot.pause(0.05)
        again = pilot.app.export_screenshot()
        if again == shot:
            break
        shot = again
    return shot


async def test_the_home_screen_is_drawn_the_same_from_kept_rules(demo_target: str) -> None:
    shots = []
    for _ in range(2):
        app = make_app(demo_target)
        async with app.run_test(size=(80, 24)) as pilot:
            shots.append(await settled_screenshot(pilot))
        if not shots[1:]:
            assert kept_files(cache_dir())  # the first start kept what it parsed
    assert shots[0] == shots[1]
