"""Messages of services/transfer (a Polsek's data exported and imported)."""

STRINGS: dict[str, tuple[str, str]] = {
    "transfer.err.bad_line": (
        "{path}: baris {line} rusak; ekspor ulang dari Polsek.",
        "{path}: line {line} is damaged; export again from the Polsek.",
    ),
    "transfer.err.not_export": (
        "{path} bukan berkas ekspor Polsek (sambang export station).",
        "{path} is not a Polsek export file (sambang export station).",
    ),
    "transfer.err.superuser_only": (
        "Impor data Polsek ke server Polres hanya oleh superuser PostgreSQL: "
        "runuser -u postgres -- sambang import station BERKAS --db …",
        "Importing a Polsek's data into the Polres server is for the PostgreSQL superuser "
        "only: runuser -u postgres -- sambang import station FILE --db …",
    ),
    "transfer.err.version": (
        "{path} ditulis versi Sambang lain (format {version}); perbarui Sambang di kedua tempat.",
        "{path} was written by another Sambang version (format {version}); update Sambang "
        "in both places.",
    ),
}
