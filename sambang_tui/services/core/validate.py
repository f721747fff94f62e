"""Field checks shared by the services. Messages are catalogue keys and name
the field as the form labels it (``label``: a catalogue key too)."""

from __future__ import annotations

import re
import unicodedata

from sambang_tui.services.core.errors import FieldError, Msg, ValidationError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")

SHORT_MAX = 250
LONG_MAX = 20_000


def clean_text(value: object, *, multiline: bool = False) -> str:
    """Text as it will be stored: NUL and control characters removed (an
    escape sequence keeps its printable tail, made harmless), CRLF folded,
    surrounding space trimmed. Newlines survive only in multi-line fields."""
    text = "" if value is None else str(value)
    if text.isascii() and text.isprintable():  # the common case, with nothing to clean
        return text.strip()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        text = text.replace("\n", " ").replace("\t", " ")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text).strip()


class Checker:
    """Collects every field error of a form, then raises them together."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def fail(self, field: str, key: str | Msg, **params: object) -> None:
        """Note an error on ``field``: a catalogue key and its parameters, or a ``Msg``."""
        if isinstance(key, Msg):
            self.errors.append(FieldError(field, key.key, {**key.params, **params}))
        else:
            self.errors.append(FieldError(field, key, params))

    def text(
        self,
        field: str,
        label: str,
        value: object,
        *,
        required: bool = False,
        max_len: int = SHORT_MAX,
        multiline: bool = False,
    ) -> str:
        text = clean_text(value, multiline=multiline)
        if required and not text:
            self.fail(field, "core.err.required", label=Msg(label))
        elif len(text) > max_len:
            self.fail(field, "core.err.too_long", label=Msg(label), n=len(text), max=max_len)
        return text

    def done(self) -> None:
        if self.errors:
            raise ValidationError.many(self.errors)


NRP_RE = re.compile(r"^\d{8}$")


def nrp_problem(nrp: str) -> Msg | None:
    if not nrp:
        return Msg("core.err.nrp_required")
    if not nrp.isdigit():
        return Msg("core.err.nrp_digits")
    if len(nrp) != 8:
        return Msg("core.err.nrp_length", n=len(nrp))
    return None
