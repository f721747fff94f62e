"""Where notifications appear at 80×24: never over the header or the
screen's title/status line under it (the desk reads them all the time),
nor over the footer and the status line above it — at the bottom right,
above those two lines, as wide as their text."""

from __future__ import annotations

from textual.widgets._toast import Toast
from ui.helpers import make_app, wait


async def test_toasts_cover_neither_header_nor_footer_lines(db_target: str) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait(pilot)
        for key in ("f2", "f3", "f4", "f5", "f6", "f7", "f8"):
            await pilot.press(key)
            await wait(pilot)
            app.notify("LK/80/XII/2026 tersimpan sebagai DRAF.")
            app.notify("Kolom wajib belum diisi: 2", severity="error")
            await wait(pilot)
            await pilot.pause(0.2)
            toasts = list(app.screen.query(Toast))
            assert len(toasts) == 2, key
            for toast in toasts:
                region = toast.region
                assert region.y >= 2 and region.bottom <= 22, (key, region)
                assert region.width < 48, (key, region)  # as wide as its text
            app.clear_notifications()
            await wait(pilot)
