"""The demo database of Polsek Senen: master data, eight weeks of plans and
reports around Pilkada 2024 (voting day 27 November 2024), the two past, the
current and the next week relative to ``today``, and the seed story of
2 December 2024.

Deterministic: every random choice comes from a ``random.Random`` seeded with
a constant and the day it is about, and no wall clock is read except
``today`` (``services.core.clock.today()`` by default), which decides what is past
(realised or missed) and what is still planned. Rows are written with
explicit ids in bulk inserts, so a demo is built in well under a second.

The package: the fixed story (``story``), where a demo may be written
(``target``), the master data (``builder``) and the weeks of plans and
reports (``history``), written by ``build.build_demo``. Only the CLI imports
it; it uses the services and the database layer, and nothing in them uses it.
"""

from sambang_tui.demo.build import build_demo
from sambang_tui.demo.story import DemoSummary
from sambang_tui.demo.target import demo_path, demo_target_state, is_demo, is_empty

__all__ = ["DemoSummary", "build_demo", "demo_path", "demo_target_state", "is_demo", "is_empty"]
