"""RW/RT numbers and audience counts as a desk types them: the one rule the
entry form reads its fields with and checks a field with as it is left."""

from __future__ import annotations

import pytest

from sambang_tui.i18n import set_language
from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.reports.typed_text import read_area_number, read_count


@pytest.mark.parametrize(("text", "value"), [("", None), ("  ", None), ("5", 5), (" 07 ", 7)])
def test_area_numbers(text: str, value: int | None) -> None:
    assert read_area_number(text, "rw") == value


@pytest.mark.parametrize("text", ["5a", "lima", "-1", "2.5"])
def test_area_number_not_a_number_names_its_field(text: str) -> None:
    set_language("id")
    with pytest.raises(ValidationError) as caught:
        read_area_number(text, "rt")
    assert caught.value.field == "rt"
    assert caught.value.message == "RT harus berupa angka."


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("", (False, None)),
        ("12", (True, 12)),
        (" 0 ", (True, 0)),
        ("?", (True, None)),
        ("ada", (True, None)),
        ("v", (True, None)),
        ("-", (True, None)),
    ],
)
def test_counts(text: str, read: tuple[bool, int | None]) -> None:
    assert read_count(text, "warga", "audience.warga") == read


def test_a_count_that_is_no_count_says_which_group_in_the_chosen_language() -> None:
    for lang in ("id", "en"):
        set_language(lang)
        with pytest.raises(ValidationError) as caught:
            read_count("banyak", "tokoh_agama", "audience.tokoh_agama")
        assert caught.value.field == "audience.tokoh_agama"
        assert "banyak" not in caught.value.message
        assert caught.value.message.strip()
    set_language("id")
