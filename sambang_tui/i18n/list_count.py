"""Strings of F5 Daftar laporan while its total is counted in the background."""

STRINGS: dict[str, tuple[str, str]] = {
    "list.status_counting": (
        "{first}–{last} · hal. {page} · menghitung…",
        "{first}–{last} · page {page} · counting…",
    ),
    "list.status_many": (
        "{first}–{last} dari {total}+ · hal. {page}",
        "{first}–{last} of {total}+ · page {page}",
    ),
}
