"""Key bindings as people see them: the keymap from the settings file and
the key lists of the help screen."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from textual.app import App
from textual.screen import Screen

from sambang_tui.i18n import t


@dataclass(frozen=True)
class KeyLine:
    key: str
    description: str
    binding_id: str | None = None


def clean_keymap(keymap: Mapping[str, object]) -> dict[str, str]:
    """Only ``binding.id = "key[,key]"`` pairs with string values survive;
    anything else in the settings file is ignored rather than fatal."""
    return {
        str(binding_id): value.strip()
        for binding_id, value in keymap.items()
        if isinstance(value, str) and value.strip()
    }


def screen_keys(app: App, screen: Screen) -> list[KeyLine]:
    """The bindings active on ``screen`` that are not the app's own."""
    lines: list[KeyLine] = []
    seen: set[tuple[str, str]] = set()
    for active in screen.active_bindings.values():
        binding = active.binding
        if active.node is app or not binding.id or not binding.description:
            continue
        key = app.get_key_display(binding)
        if (key, binding.description) in seen:
            continue
        seen.add((key, binding.description))
        lines.append(KeyLine(key, binding.description, binding.id))
    return lines


def _global_rank(line: KeyLine) -> int:
    """Sections first, then help, palette, back; quitting last."""
    binding_id = line.binding_id or ""
    if binding_id == "app.quit":
        return 2
    return 0 if binding_id.startswith("section.") else 1


def global_keys(app: App, screen: Screen) -> list[KeyLine]:
    """The app's own keys (sections, help, palette, quit), as remapped."""
    lines: list[KeyLine] = []
    for active in screen.active_bindings.values():
        binding = active.binding
        if active.node is not app or not binding.description:
            continue
        lines.append(KeyLine(app.get_key_display(binding), binding.description, binding.id))
    ids = {line.binding_id for line in lines}
    if "app.palette" not in ids:
        lines.append(KeyLine("^p", t("help.palette_key"), "app.palette"))
    if "app.back" not in ids:
        lines.append(KeyLine("esc", t("help.back_key"), "app.back"))
    lines.sort(key=_global_rank)
    lines.append(KeyLine("tab / shift+tab", t("help.tab_key")))
    return lines
