"""The app's stylesheet: Textual's, parsing each stylesheet once.

Textual re-parses every source it holds whenever the CSS is refreshed (the
theme set at start-up, each screen's first visit) and again, in its own
cache-less copy, whenever a widget class brings its default CSS: at start-up
that was five full parses of the same sources, a tenth of the time to the
first paint. Here a source's rules are kept by its text, place and the
theme's variables, so only what is new (or a new theme) is parsed.
"""

from __future__ import annotations

from typing import Any

from textual.css.model import RuleSet
from textual.css.stylesheet import CSSLocation, Stylesheet


class ParseOnceStylesheet(Stylesheet):
    def __init__(
        self,
        *,
        variables: dict[str, str] | None = None,
        rules_cache: dict[tuple[Any, ...], list[RuleSet]] | None = None,
    ) -> None:
        super().__init__(variables=variables)
        # shared with the copies ``reparse`` parses in
        self._rules_cache: dict[tuple[Any, ...], list[RuleSet]] = (
            {} if rules_cache is None else rules_cache
        )
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
        if rules is None:
            rules = super()._parse_rules(css, read_from, is_default_rules, tie_breaker, scope)
            self._rules_cache[key] = rules
        return rules

    def reparse(self) -> None:
        """Textual's ``reparse`` (a fresh copy parses, so an error leaves
        this one intact), with this class and its cache."""
        fresh = ParseOnceStylesheet(variables=self._variables, rules_cache=self._rules_cache)
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
            variables=self._variables.copy(), rules_cache=self._rules_cache
        )
        stylesheet.source = self.source.copy()
        return stylesheet
