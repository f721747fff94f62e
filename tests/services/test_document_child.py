"""The PDF/DOCX child process starts isolated (issue 11, point 6): a
``sambang_tui`` package planted in the folder the export runs from, or on
``PYTHONPATH``, is never imported — it would run as whoever exports."""

from __future__ import annotations

from pathlib import Path

import pytest

from sambang_tui.services import documents
from sambang_tui.services.documents.model import Document, Paragraph


def plant(folder: Path, marker: Path) -> None:
    """A package of the program's name that leaves a mark when imported."""
    package = folder / "sambang_tui"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(
        f"open({str(marker)!r}, 'w').write('ran')\nraise SystemExit(3)\n"
    )
    (package / "services").mkdir()
    (package / "services" / "__init__.py").write_text("")


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_planted_package_in_the_current_folder_never_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    shared = tmp_path / "shared"
    marker = tmp_path / "planted-code-ran"
    plant(shared, marker)
    monkeypatch.chdir(shared)
    monkeypatch.setenv("PYTHONPATH", str(shared))
    out = documents.write(
        Document(title="t", blocks=[Paragraph("isi")]), fmt, Path(f"keluar.{fmt}"), in_child=True
    )
    assert not marker.exists()
    assert (shared / f"keluar.{fmt}").stat().st_size > 0  # written where it was asked, relative
    assert out == Path(f"keluar.{fmt}")
