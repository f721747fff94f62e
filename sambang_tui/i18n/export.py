"""Strings of writing an exported document: the file checks of the export
dialog and the release editor, and the report a typed number names."""

STRINGS: dict[str, tuple[str, str]] = {
    "export.number_ph": ("mis. LK/17/XII/2024 atau 17", "e.g. LK/17/XII/2024 or 17"),
    "export.is_dir": (
        "{path} adalah folder: tulis nama berkasnya, mis. {path}/laporan.pdf.",
        "{path} is a folder: give a file name, e.g. {path}/report.pdf.",
    ),
    "export.parent_not_dir": ("{path} bukan folder.", "{path} is not a folder."),
    "export.not_writable": (
        "Tidak ada izin menulis di folder {path}.",
        "No permission to write in the folder {path}.",
    ),
    "export.create_folder": (
        "Folder {path} belum ada. Buat folder itu dan simpan di sana?",
        "The folder {path} does not exist. Create it and save there?",
    ),
    "export.overwrite": (
        "Berkas {path} sudah ada. Timpa berkas itu?",
        "The file {path} exists already. Overwrite it?",
    ),
    "export.failed": (
        "Berkas tidak dapat ditulis ({name}); rinciannya ada di log.",
        "The file could not be written ({name}); the log has the details.",
    ),
}
