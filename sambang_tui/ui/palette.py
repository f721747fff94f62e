"""The Ctrl+P command palette: every command that makes sense now — the
sections, the current screen's own actions, help, theme, language, compact
mode and quitting.

A screen may offer more than its key bindings by defining
``palette_commands(self) -> Iterable[tuple[str, str, Callable[[], object]]]``
(title, help, callback).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from sambang_tui.i18n import t
from sambang_tui.ui.sections import SECTIONS
from sambang_tui.ui.theme import ANSI_THEME, DEFAULT_THEME, THEME_LABEL_KEYS

if TYPE_CHECKING:
    from sambang_tui.ui.app import SambangApp


@dataclass(frozen=True)
class Command:
    title: str
    help: str
    callback: Callable[[], Any]


def _run_binding(app: Any, action: str, node: Any) -> None:
    app.call_later(app.run_action, action, node)


def commands_for(app: SambangApp, screen: Any) -> Iterator[Command]:
    keys = {b.binding.id: app.get_key_display(b.binding) for b in screen.active_bindings.values()}
    for section in SECTIONS:
        name = t(section.label_key)
        yield Command(
            t("palette.section", name=name),
            t(
                "palette.section_help",
                name=name,
                fkey=keys.get(f"section.{section.id}", section.key),
            ),
            partial(app.action_section, section.id),
        )
    seen: set[str] = set()
    for active in screen.active_bindings.values():
        binding = active.binding
        if active.node is app or not binding.id or not binding.description:
            continue
        if binding.action in seen:
            continue
        if not active.enabled:
            continue
        seen.add(binding.action)
        yield Command(
            t("palette.screen_action", name=binding.description),
            t("palette.screen_action_help", fkey=app.get_key_display(binding)),
            partial(_run_binding, app, binding.action, active.node),
        )
    extra = getattr(screen, "palette_commands", None)
    if callable(extra):
        for title, help_text, callback in extra():
            yield Command(title, help_text, callback)
    if app.ctx.actor.officer_id is None:  # a Polres reader: another Polsek (issue 18)
        yield Command(t("polres.palette.switch"), t("polres.palette.switch_help"),
                      app.action_switch_station)  # fmt: skip
        yield Command(t("polres.palette.recap"), t("polres.palette.recap_help"),
                      app.action_polres_recap)  # fmt: skip
    if not app.ctx.actor.read_only:
        from sambang_tui.ui.startup import offer_drafts

        yield Command(t("palette.drafts"), t("palette.drafts_help"),
                      partial(offer_drafts, app, asked=True))  # fmt: skip
    yield Command(t("palette.help"), t("palette.help_help"), app.action_help)
    other = ANSI_THEME if app.theme == DEFAULT_THEME else DEFAULT_THEME
    yield Command(
        t("palette.theme", name=t(THEME_LABEL_KEYS[other])),
        t("palette.theme_help"),
        partial(app.set_theme, other),
    )
    yield Command(
        t("palette.compact_off") if app.is_compact else t("palette.compact_on"),
        t("palette.compact_help"),
        app.action_toggle_compact,
    )
    yield Command(t("palette.lang"), t("palette.lang_help"), app.action_toggle_language)
    yield Command(t("palette.quit"), t("nav.quit"), app.action_quit)


class SambangCommands(Provider):
    def _commands(self) -> list[Command]:
        app = cast("SambangApp", self.app)
        return list(commands_for(app, self.screen))

    async def discover(self) -> Hits:
        for command in self._commands():
            yield DiscoveryHit(command.title, command.callback, help=command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            score = matcher.match(command.title)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(command.title), command.callback, help=command.help
                )


def palette_screen() -> Any:
    """Textual's command palette in the interface's language: its search
    prompt, keys and 'no matches' line from the catalogue, and a '>' where
    Textual puts an emoji a Linux console cannot draw."""
    from rich.align import Align
    from rich.text import Text
    from textual.binding import Binding
    from textual.command import CommandList, CommandPalette, SearchIcon
    from textual.widgets.option_list import Option

    class SambangPalette(CommandPalette):
        inherit_bindings = False
        BINDINGS = [
            Binding("ctrl+end,shift+end", "command_list('last')", t("palette.k.last"), show=False),
            Binding(
                "ctrl+home,shift+home", "command_list('first')", t("palette.k.first"), show=False
            ),
            Binding("down", "cursor_down", t("palette.k.down"), show=False),
            Binding("escape", "escape", t("palette.k.close")),
            Binding("pagedown", "command_list('page_down')", t("palette.k.page_down"), show=False),
            Binding("pageup", "command_list('page_up')", t("palette.k.page_up"), show=False),
            Binding("up", "command_list('cursor_up')", t("palette.k.up"), show=False),
        ]

        def on_mount(self) -> None:
            self.query_one(SearchIcon).icon = ">"

        def _start_no_matches_countdown(self, search_value: str) -> None:
            self._stop_no_matches_countdown()

            def show() -> None:
                self._list_visible = bool(search_value)
                if search_value:
                    self.query_one(CommandList).add_option(
                        Option(
                            Align.center(Text(t("palette.no_match"), style="not bold")),
                            disabled=True,
                            id=self._NO_MATCHES,
                        )
                    )

            self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show)

    return SambangPalette(placeholder=t("palette.placeholder"), id="--command-palette")
