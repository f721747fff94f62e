"""Field checks shared by the services. Messages are Indonesian and name the
field as the form labels it."""

from __future__ import annotations

import re
import unicodedata

from sambang_tui.services.core.errors import FieldError, ValidationError

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

    def fail(self, field: str, message: str) -> None:
        self.errors.append(FieldError(field, message))

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
            self.fail(field, f"{label} wajib diisi.")
        elif len(text) > max_len:
            self.fail(field, f"{label} terlalu panjang ({len(text)} karakter, maksimal {max_len}).")
        return text

    def done(self) -> None:
        if self.errors:
            raise ValidationError.many(self.errors)


NRP_RE = re.compile(r"^\d{8}$")


def nrp_problem(nrp: str) -> str | None:
    if not nrp:
        return "NRP wajib diisi."
    if not nrp.isdigit():
        return "NRP hanya boleh berisi angka (8 digit)."
    if len(nrp) != 8:
        return f"NRP harus 8 digit (tertulis {len(nrp)})."
    return None
