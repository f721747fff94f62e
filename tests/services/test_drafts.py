"""Drafts: saved per OS user, form and app instance (session), replaced,
loaded, deleted; drafts of instances that are gone are offered and claimed
by one instance only."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

from sambang_tui.db.models import Draft
from sambang_tui.services.desk import drafts


def dead_session() -> str:
    """The session of a process that ran on this host and has ended."""
    proc = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return f"{drafts._host()}:{int(proc.stdout)}:1"


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
    drafts.delete_draft("desk", "entry.new")
    assert drafts.load_draft("desk2", "entry.new") is not None


def test_two_instances_of_one_login_keep_two_drafts(db: object) -> None:
    """Was one draft per login and form: two killed instances left one form."""
    other = dead_session()
    drafts.save_draft("desk", "entry.new", {"narrative": "jendela satu"})
    drafts.save_draft("desk", "entry.new", {"narrative": "jendela dua"}, session=other)
    assert drafts.load_draft("desk", "entry.new")[0] == {"narrative": "jendela satu"}  # type: ignore[index]
    assert drafts.load_draft("desk", "entry.new", session=other)[0] == {  # type: ignore[index]
        "narrative": "jendela dua"
    }
    assert Draft.select().where(Draft.os_user == "desk").count() == 2


def test_orphans_are_drafts_of_instances_that_are_gone(db: object) -> None:
    gone = dead_session()
    drafts.save_draft("desk", "entry.new", {"narrative": "mine, still running"})
    drafts.save_draft("desk", "entry.new", {"narrative": "left behind"}, session=gone)
    drafts.save_draft("desk", "entry.report.7", {"place": "Jl. X"}, session=gone)
    drafts.save_draft("desk", "entry.new", {"narrative": "from before sessions"}, session="")
    # a live process of this host (the parent of this test) is not gone
    live = f"{drafts._host()}:{os.getppid()}:{drafts._start_ticks(os.getppid())}"
    drafts.save_draft("desk", "entry.plan.3", {"narrative": "open elsewhere"}, session=live)
    drafts.save_draft("kanit", "entry.new", {"narrative": "not desk's"}, session=gone)
    found = drafts.orphaned_drafts("desk")
    assert sorted((d.form, d.hint) for d in found) == [
        ("entry.new", "from before sessions"),
        ("entry.new", "left behind"),
        ("entry.report.7", "Jl. X"),
    ]
    report = next(d for d in found if d.kind == "report")
    assert report.target_id == 7


def test_another_hosts_draft_is_an_orphan_only_when_old(db: object) -> None:
    far = "other-host:4242:99"
    drafts.save_draft("desk", "entry.new", {"narrative": "x"}, session=far)
    assert drafts.orphaned_drafts("desk") == []
    Draft.update(updated_at=dt.datetime.now() - dt.timedelta(days=1)).execute()
    assert [d.session for d in drafts.orphaned_drafts("desk")] == [far]


def test_claim_takes_an_orphan_into_this_session_once(db: object) -> None:
    gone = dead_session()
    drafts.save_draft("desk", "entry.new", {"narrative": "tertinggal"}, session=gone)
    taken = drafts.claim("desk", "entry.new")
    assert taken is not None and taken[0] == {"narrative": "tertinggal"}
    assert drafts.load_draft("desk", "entry.new")[0] == {"narrative": "tertinggal"}  # type: ignore[index]
    assert drafts.orphaned_drafts("desk") == []
    assert drafts.claim("desk", "entry.new") is None  # nothing left to take


def test_claim_never_replaces_this_sessions_draft(db: object) -> None:
    gone = dead_session()
    drafts.save_draft("desk", "entry.new", {"narrative": "sedang diketik"})
    drafts.save_draft("desk", "entry.new", {"narrative": "tertinggal"}, session=gone)
    assert drafts.claim("desk", "entry.new") is None
    assert drafts.load_draft("desk", "entry.new")[0] == {"narrative": "sedang diketik"}  # type: ignore[index]
    assert len(drafts.orphaned_drafts("desk")) == 1  # still offered


def test_claim_loses_to_an_instance_that_took_it_first(db: object) -> None:
    gone = dead_session()
    drafts.save_draft("desk", "entry.new", {"narrative": "x"}, session=gone)
    orphan = drafts.orphaned_drafts("desk")[0]
    Draft.update(session="someone-else:1:1").where(Draft.id == orphan.id).execute()
    assert drafts.claim("desk", "entry.new", orphan.id) is None


def test_discard_removes_only_an_orphan(db: object) -> None:
    gone = dead_session()
    drafts.save_draft("desk", "entry.new", {"narrative": "x"}, session=gone)
    drafts.save_draft("desk", "entry.new", {"narrative": "mine"})
    for draft in drafts.orphaned_drafts("desk"):
        drafts.discard("desk", draft.id)
    assert drafts.orphaned_drafts("desk") == []
    assert drafts.load_draft("desk", "entry.new") is not None


def test_unreadable_draft_is_absent(db: object) -> None:
    Draft.create(os_user="desk", form="entry.new", data="{not json", session=drafts.session_key())
    assert drafts.load_draft("desk", "entry.new") is None
    drafts.save_draft("desk", "entry.new", {"ok": True})
    assert drafts.load_draft("desk", "entry.new")[0] == {"ok": True}  # type: ignore[index]


def test_session_key_is_host_pid_and_start(db: object) -> None:
    key = drafts.session_key()
    host, pid, start = key.rsplit(":", 2)
    assert host == drafts._host() and int(pid) == os.getpid() and start
    assert drafts.session_alive(key)
    assert not drafts.session_alive(f"{host}:{pid}:{start}0")  # a reused pid is another session


def test_draft_writes_land_in_the_order_they_were_asked(db) -> None:
    """A form's draft writes run in workers and may finish out of order: an
    older one landing after a newer one is dropped (the service keeps the
    order, not the screen)."""
    writes = drafts.DraftWrites()
    first, second, third = writes.next(), writes.next(), writes.next()
    assert first < second < third
    assert writes.write(second, "desk", "entry.new", {"narrative": "baru"})
    assert not writes.write(first, "desk", "entry.new", {"narrative": "lama"})
    assert drafts.load_draft("desk", "entry.new")[0] == {"narrative": "baru"}
    assert writes.write(third, "desk", "entry.new", None)
    assert drafts.load_draft("desk", "entry.new") is None


def test_set_aside_keeps_a_draft_apart_and_offers_it_again(db: object) -> None:
    """ "Not now" on the form's offer: the draft no longer is this session's
    (new typing does not replace it), is listed and can be claimed back;
    two set aside one after the other do not collide."""
    drafts.save_draft("desk", "entry.new", {"narrative": "pertama"})
    assert drafts.set_aside("desk", "entry.new")
    assert drafts.load_draft("desk", "entry.new") is None
    drafts.save_draft("desk", "entry.new", {"narrative": "kedua"})
    assert drafts.set_aside("desk", "entry.new")
    assert not drafts.set_aside("desk", "entry.new")  # none left in this session
    assert sorted(d.hint for d in drafts.orphaned_drafts("desk")) == ["kedua", "pertama"]
    claimed = drafts.claim("desk", "entry.new")
    assert claimed is not None and claimed[0]["narrative"] in ("pertama", "kedua")
    assert drafts.load_draft("desk", "entry.new") == claimed
    assert len(drafts.orphaned_drafts("desk")) == 1
