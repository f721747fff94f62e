"""A command's errors read in the language given with --lang (issue 17)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sambang_tui.cli import main
from sambang_tui.i18n import set_language


@pytest.fixture(autouse=True)
def _indonesian_after() -> Iterator[None]:
    yield
    set_language("id")


def test_an_error_is_in_english_with_lang_en(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "pesan.txt"
    empty.write_text("\n", encoding="utf-8")
    assert main(["--lang", "en", "parse", str(empty)]) == 1
    assert f"sambang: Empty message: the file {empty} holds no text." in capsys.readouterr().err


def test_an_error_is_indonesian_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "pesan.txt"
    empty.write_text("\n", encoding="utf-8")
    assert main(["parse", str(empty)]) == 1
    assert f"sambang: Pesan kosong: berkas {empty} tidak berisi teks." in capsys.readouterr().err
