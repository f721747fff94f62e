"""Messages of services/recap (the Polres view)."""

STRINGS: dict[str, tuple[str, str]] = {
    "recap.err.polres_only": (
        "Rekap Polres dan pindah Polsek hanya untuk login pembaca Polres (tanpa data "
        "personel); personel bekerja di Polsek-nya sendiri.",
        "The Polres recap and switching Polsek are only for Polres reader logins (with no "
        "officer record); officers work in their own Polsek.",
    ),
    "recap.err.station_not_found": (
        "Polsek #{id} tidak ada atau tidak dapat dibaca login ini.",
        "Polsek #{id} does not exist or cannot be read by this login.",
    ),
}
