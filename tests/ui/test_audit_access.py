"""The Audit tab (F7, 9) is for reviewers and admins (issue 11, point 7):
hidden for anyone else, and its key says why."""

from __future__ import annotations

from textual.widgets import TabbedContent
from ui.helpers import make_app, screen_lines, wait


async def open_master(pilot) -> None:
    await wait(pilot)
    await pilot.press("f7")
    await wait(pilot)


async def test_a_bhabin_has_no_audit_tab(demo_target: str) -> None:
    app = make_app(demo_target, user="bhabin.paseban")
    async with app.run_test(size=(120, 30)) as pilot:
        await open_master(pilot)
        tabs = app.screen.query_one("#master-tabs", TabbedContent)
        assert "Audit" not in "\n".join(screen_lines(app))
        await pilot.press("9")
        await wait(pilot)
        assert tabs.active != "tab-audit"
        said = [str(n.message) for n in app._notifications]
        assert any("Jejak audit hanya untuk" in m for m in said), said


async def test_the_kanit_reads_the_audit_tab(demo_target: str) -> None:
    app = make_app(demo_target, user="kanit")
    async with app.run_test(size=(120, 30)) as pilot:
        await open_master(pilot)
        await pilot.press("9")
        await wait(pilot)
        assert app.screen.query_one("#master-tabs", TabbedContent).active == "tab-audit"
        assert app.screen.query_one("#tbl-audit").row_count > 0
