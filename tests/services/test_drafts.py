"""Drafts: saved per OS user and form, replaced, loaded, deleted."""

from __future__ import annotations

from sambang_tui.services import drafts


def test_save_load_replace_delete(db: object) -> None:
    assert drafts.load_draft("desk", "entry.new") is None
    drafts.save_draft("desk", "entry.new", {"narrative": "satu", "raw": {"rw": "6"}})
    loaded = drafts.load_draft("desk", "entry.new")
    assert loaded is not None
    data, saved_at = loaded
    assert data == {"narrative": "satu", "raw": {"rw": "6"}}
    assert saved_at is not None
    drafts.save_draft("desk", "entry.new", {"narrative": "dua [bold]x[/]"})
    data2, _ = drafts.load_draft("desk", "entry.new") or ({}, None)
    assert data2 == {"narrative": "dua [bold]x[/]"}
    drafts.delete_draft("desk", "entry.new")
    assert drafts.load_draft("desk", "entry.new") is None
    drafts.delete_draft("desk", "entry.new")  # deleting nothing is fine


def test_keyed_per_user_and_form(db: object) -> None:
    drafts.save_draft("desk", "entry.new", {"a": 1})
    drafts.save_draft("desk", "entry.report.7", {"a": 2})
    drafts.save_draft("desk2", "entry.new", {"a": 3})
    assert drafts.load_draft("desk", "entry.new")[0] == {"a": 1}  # type: ignore[index]
    assert drafts.load_draft("desk", "entry.report.7")[0] == {"a": 2}  # type: ignore[index]
    assert drafts.load_draft("desk2", "entry.new")[0] == {"a": 3}  # type: ignore[index]
    forms = [form for form, _ in drafts.pending_drafts("desk")]
    assert sorted(forms) == ["entry.new", "entry.report.7"]
    drafts.delete_draft("desk", "entry.new")
    assert drafts.load_draft("desk2", "entry.new") is not None


def test_unreadable_draft_is_absent(db: object) -> None:
    from sambang_tui.db.models import Draft

    Draft.create(os_user="desk", form="entry.new", data="{not json")
    assert drafts.load_draft("desk", "entry.new") is None
    drafts.save_draft("desk", "entry.new", {"ok": True})
    assert drafts.load_draft("desk", "entry.new")[0] == {"ok": True}  # type: ignore[index]
