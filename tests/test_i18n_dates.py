"""Dates are written with CLDR's names in both languages (as Babel wrote
them), in the language chosen or the one asked for."""

import datetime as dt

import pytest

from sambang_tui import i18n

WEEK = [dt.date(2024, 12, 2) + dt.timedelta(days=n) for n in range(7)]  # Monday first


@pytest.fixture(autouse=True)
def _indonesian():
    i18n.set_language("id")
    yield
    i18n.set_language("id")


def test_weekdays_in_both_languages():
    assert [i18n.weekday_name(d) for d in WEEK] == [
        "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
    ]  # fmt: skip
    assert [i18n.weekday_name(d, "en") for d in WEEK] == [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]  # fmt: skip
    assert [i18n.format_day_short(d) for d in WEEK][:3] == ["Sen 02/12", "Sel 03/12", "Rab 04/12"]
    assert i18n.format_day_short(WEEK[6], "en") == "Sun 08/12"


def test_months_in_both_languages():
    firsts = [dt.date(2024, m, 1) for m in range(1, 13)]
    assert [i18n.month_year(d).split()[0] for d in firsts] == [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
        "September", "Oktober", "November", "Desember",
    ]  # fmt: skip
    assert [i18n.month_year(d, "en").split()[0] for d in firsts] == [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]  # fmt: skip


def test_long_and_medium_dates_follow_the_chosen_language():
    day = dt.date(2024, 1, 5)
    assert i18n.format_date_long(day) == "Jumat, 5 Januari 2024"
    assert i18n.format_date_medium(day) == "5 Januari 2024"
    assert i18n.month_year(day) == "Januari 2024"
    i18n.set_language("en")
    assert i18n.format_date_long(day) == "Friday, 5 January 2024"
    assert i18n.format_date_medium(day) == "5 January 2024"
    assert i18n.format_date_long(day, "id") == "Jumat, 5 Januari 2024"
