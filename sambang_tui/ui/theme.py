"""The app's two themes: a default one, and one that uses only the 16 ANSI
colours, chosen automatically where the terminal cannot show more.

``NO_COLOR`` is honoured by Textual itself (a monochrome filter on every
frame); the app needs to do nothing more for it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from textual.theme import BUILTIN_THEMES, Theme

DEFAULT_THEME = "sambang"
ANSI_THEME = "sambang-ansi"

SAMBANG = Theme(
    name=DEFAULT_THEME,
    primary="#3B6EA8",
    secondary="#5C8A5A",
    accent="#D9A441",
    warning="#E0A526",
    error="#D0544A",
    success="#5FA35A",
    foreground="#E4E7EB",
    background="#15191E",
    surface="#1D232A",
    panel="#26303A",
    dark=True,
)


def _ansi_theme() -> Theme:
    base = BUILTIN_THEMES["ansi-dark"]
    return Theme(
        name=ANSI_THEME,
        primary=base.primary,
        secondary=base.secondary,
        accent=base.accent,
        warning=base.warning,
        error=base.error,
        success=base.success,
        foreground=base.foreground,
        background=base.background,
        surface=base.surface,
        panel=base.panel,
        boost=base.boost,
        dark=True,
        ansi=True,
        variables=dict(base.variables),
    )


SAMBANG_ANSI = _ansi_theme()
THEMES: tuple[Theme, ...] = (SAMBANG, SAMBANG_ANSI)
THEME_LABEL_KEYS = {DEFAULT_THEME: "theme.default", ANSI_THEME: "theme.ansi"}


def has_only_16_colours(env: Mapping[str, str] | None = None) -> bool:
    """``TERM=linux`` (the console), or a TERM without 256 colours and no
    ``COLORTERM`` — what a plain SSH session from an old client reports."""
    env = os.environ if env is None else env
    term = env.get("TERM", "").lower()
    if term in ("linux", "vt100", "vt220", "ansi", "cons25"):
        return True
    if env.get("COLORTERM"):
        return False
    return "256color" not in term and "truecolor" not in term and "direct" not in term


def choose_theme(configured: str = "", env: Mapping[str, str] | None = None) -> str:
    """The configured theme if it is one of ours, else by the terminal."""
    if configured in (DEFAULT_THEME, ANSI_THEME):
        return configured
    return ANSI_THEME if has_only_16_colours(env) else DEFAULT_THEME
