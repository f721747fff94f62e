"""The app's stylesheet: Textual's, parsing each stylesheet once.

Textual re-parses every source it holds whenever the CSS is refreshed (the
theme set at start-up, each screen's first visit) and again, in its own
cache-less copy, whenever a widget class brings its default CSS: at start-up
that was five full parses of the same sources, a tenth of the time to the
first paint. Here a source's rules are kept by its text, place and the
theme's variables, so only what is new (or a new theme) is parsed — and kept
on disk (``RulesOnDisk``) for the next start, where reading them back takes a
tenth of the time parsing did.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import stat
from pathlib import Path
from typing import Any

import textual
from textual.css.model import RuleSet
from textual.css.stylesheet import CSSLocation, Stylesheet


def _textual_build() -> str:
    """Which Textual parsed and pickled the rules: its CSS modules' sizes and
    times (``textual.__version__`` would load importlib.metadata, ~14 ms)."""
    folder = Path(textual.__file__).parent / "css"
    marks = []
    for name in ("model.py", "styles.py", "parse.py", "types.py"):
        with contextlib.suppress(OSError):
            info = (folder / name).stat()
            marks.append(f"{name}:{info.st_size}:{info.st_mtime_ns}")
    return hashlib.sha256("|".join(marks).encode()).hexdigest()[:16]


class RulesOnDisk:
    """Parsed rules, one file per source, text and theme, in a folder of the
    login's own cache (``config.cache_dir``) under Textual's version.

    The files are pickles: one is read only when it and its folder belong to
    this login and nobody else may write them, as Python trusts its own
    ``__pycache__``. Anything amiss (missing, foreign, damaged, unwritable) is
    no error: the source is parsed as if nothing were kept.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder / f"styles-{_textual_build()}"
        self.trusted = self._own(self.folder)

    @staticmethod
    def _own(path: Path) -> bool:
        try:
            info = path.stat()
        except OSError:
            return False
        return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)

    @staticmethod
    def name(key: tuple[Any, ...]) -> str:
        css, *rest = key
        text = hashlib.sha256(css.encode()).hexdigest() + repr(rest)
        return hashlib.sha256(text.encode()).hexdigest()[:32] + ".pickle"

    def get(self, key: tuple[Any, ...]) -> list[RuleSet] | None:
        if not self.trusted:
            return None
        path = self.folder / self.name(key)
        if not self._own(path):
            return None
        try:
            rules = pickle.loads(path.read_bytes())
        except Exception:  # noqa: BLE001 - a damaged file is parsed again
            return None
        if isinstance(rules, list) and all(isinstance(r, RuleSet) for r in rules):
            return rules
        return None

    def put(self, key: tuple[Any, ...], rules: list[RuleSet]) -> None:
        with contextlib.suppress(OSError, pickle.PicklingError, TypeError, AttributeError):
            if not self.trusted:
                self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
                self.trusted = self._own(self.folder)
                if not self.trusted:
                    return
            path = self.folder / self.name(key)
            temporary = path.with_suffix(f".{os.getpid()}.tmp")
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out:
                pickle.dump(rules, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)


class ParseOnceStylesheet(Stylesheet):
    def __init__(
        self,
        *,
        variables: dict[str, str] | None = None,
        rules_cache: dict[tuple[Any, ...], list[RuleSet]] | None = None,
        on_disk: RulesOnDisk | None = None,
    ) -> None:
        super().__init__(variables=variables)
        # shared with the copies ``reparse`` parses in
        self._rules_cache: dict[tuple[Any, ...], list[RuleSet]] = (
            {} if rules_cache is None else rules_cache
        )
        self._on_disk = on_disk
        self._keyed_variables: dict[str, str] | None = None
        self._variables_key: tuple[tuple[str, str], ...] = ()

    def _parse_rules(
        self,
        css: str,
        read_from: CSSLocation,
        is_default_rules: bool = False,
        tie_breaker: int = 0,
        scope: str = "",
    ) -> list[RuleSet]:
        if self._keyed_variables is not self._variables:
            self._keyed_variables = self._variables
            self._variables_key = tuple(self._variables.items())
        key = (css, read_from, is_default_rules, tie_breaker, scope, self._variables_key)
        rules = self._rules_cache.get(key)
        if rules is None and self._on_disk is not None:
            rules = self._on_disk.get(key)
        if rules is None:
            rules = super()._parse_rules(css, read_from, is_default_rules, tie_breaker, scope)
            if self._on_disk is not None and not self._invalid_css:
                self._on_disk.put(key, rules)
        self._rules_cache[key] = rules
        return rules

    def reparse(self) -> None:
        """Textual's ``reparse`` (a fresh copy parses, so an error leaves
        this one intact), with this class and its cache."""
        fresh = ParseOnceStylesheet(
            variables=self._variables, rules_cache=self._rules_cache, on_disk=self._on_disk
        )
        for read_from, (css, is_defaults, tie_breaker, scope) in self.source.items():
            fresh.add_source(
                css,
                read_from=read_from,
                is_default_css=is_defaults,
                tie_breaker=tie_breaker,
                scope=scope,
            )
        try:
            fresh.parse()
        except Exception:
            self._invalid_css.update(fresh._invalid_css)
            raise
        self._rules = fresh.rules
        self._rules_map = None
        self.source = fresh.source
        self._require_parse = False

    def copy(self) -> ParseOnceStylesheet:
        stylesheet = ParseOnceStylesheet(
            variables=self._variables.copy(), rules_cache=self._rules_cache, on_disk=self._on_disk
        )
        stylesheet.source = self.source.copy()
        return stylesheet
