"""A driver for timing start-up to the first paint the same way for the app
and for its floor: it renders every frame to text as a terminal driver does
(Textual's headless driver skips that) and discards it; when a frame holding
``BENCH_PAINTED`` (the station's name, the bare app's text) has been written
it prints the time (``BENCH_PAINTED_AT <epoch seconds>`` on stderr, read by
bench_startup) and ends the app. Selected with ``TEXTUAL_DRIVER``."""

from __future__ import annotations

import os
import sys
import time

from textual.drivers.headless_driver import HeadlessDriver


class PaintDriver(HeadlessDriver):
    _seen = False

    @property
    def is_headless(self) -> bool:
        return False  # frames are rendered and written, to nowhere

    def write(self, data: str) -> None:
        if not self._seen and os.environ.get("BENCH_PAINTED", "\0") in data:
            self._seen = True
            print(f"BENCH_PAINTED_AT {time.time():.6f}", file=sys.stderr, flush=True)
            self._app.call_later(self._app.exit)
