"""Messages of the command line and the demo generator."""

STRINGS: dict[str, tuple[str, str]] = {
    "cli.err.stdin": ("masukan standar", "standard input"),
    "cli.err.file_named": ("berkas {name}", "the file {name}"),
    "cli.err.not_utf8": (
        "Isi {where} bukan teks UTF-8; simpan ulang sebagai UTF-8.",
        "The content of {where} is not UTF-8 text; save it again as UTF-8.",
    ),
    "cli.err.empty_message": (
        "Pesan kosong: {where} tidak berisi teks.",
        "Empty message: {where} holds no text.",
    ),
    "cli.err.to_needs_from": ("--to perlu --from.", "--to needs --from."),
    "cli.restore.close_apps": (
        "Pemulihan mengganti seluruh isi basis data: meja yang sedang membuka Sambang pada "
        "basis data ini sebaiknya menutupnya dulu (yang tetap terbuka akan diberi tahu dan "
        "memuat ulang datanya).",
        "A restore replaces the whole database: desks with Sambang open on this database "
        "should close it first (those left open are told and reload their data).",
    ),
    "cli.restore.in_use": (
        "Basis data {path} sedang dibuka proses lain (meja yang membuka Sambang, atau perintah "
        "sambang lain). Minta mereka menutupnya lalu ulangi, atau pakai --force untuk tetap "
        "memulihkan.",
        "The database {path} is open in another process (a desk with Sambang open, or another "
        "sambang command). Ask them to close it and try again, or use --force to restore anyway.",
    ),
    "cli.err.import_more_bad": (
        "… dan {n} baris salah lainnya.",
        "… and {n} more bad lines.",
    ),
    "cli.err.import_nothing": (
        "tidak ada yang diimpor; perbaiki baris di atas atau pakai --skip-bad.",
        "nothing was imported; fix the lines above or use --skip-bad.",
    ),
    "demo.err.has_demo": (
        "Basis data {target} sudah berisi data demo; demo tidak ditulis (pakai --force untuk "
        "menimpanya).",
        "The database {target} already holds demo data; the demo was not written (use --force "
        "to overwrite it).",
    ),
    "demo.err.station_data": (
        "Basis data {target} berisi data Polsek (bukan demo); demo tidak pernah ditulis di "
        "atasnya, juga dengan --force. Pakai --db dengan berkas baru.",
        "The database {target} holds a Polsek's data (not a demo); a demo is never written over "
        "it, not even with --force. Use --db with a new file.",
    ),
    "demo.err.superuser_only": (
        "Demo di server Polsek hanya ditulis oleh superuser PostgreSQL (yang mencoba: {login}): "
        "runuser -u postgres -- sambang demo --db … --force",
        "On a Polsek server a demo is written only by the PostgreSQL superuser (tried by: "
        "{login}): runuser -u postgres -- sambang demo --db … --force",
    ),
}
