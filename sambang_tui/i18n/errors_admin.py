"""Messages of services/admin: backups and restores, the database check,
the Polsek server on PostgreSQL, the shared folder."""

STRINGS: dict[str, tuple[str, str]] = {
    "admin.err.pg_backup_hint": (
        "Cadangan PostgreSQL dibuat dengan pg_dump, misalnya: "
        "pg_dump -Fc 'postgresql://…' > sambang.dump (pulihkan dengan pg_restore).",
        "A PostgreSQL backup is made with pg_dump, for example: "
        "pg_dump -Fc 'postgresql://…' > sambang.dump (restore it with pg_restore).",
    ),
    "admin.err.dest_exists": (
        "Berkas {path} sudah ada; pilih nama lain atau sebuah folder.",
        "The file {path} already exists; choose another name or a folder.",
    ),
    "admin.err.no_folder": ("Folder {path} tidak ada.", "The folder {path} does not exist."),
    "admin.err.backup_failed": ("Cadangan gagal: {reason}", "The backup failed: {reason}"),
    "admin.err.not_restorable": (
        "Berkas {path} tidak dapat dipulihkan: {problems}",
        "The file {path} cannot be restored: {problems}",
    ),
    "admin.err.not_sambang": (
        "Berkas {path} bukan basis data Sambang (tidak ada skema).",
        "The file {path} is not a Sambang database (no schema).",
    ),
    "admin.err.restore_same_file": (
        "Berkas cadangan sama dengan basis data yang sedang dipakai.",
        "The backup file is the database in use.",
    ),
    "admin.err.restore_failed": (
        "Pemulihan gagal ({reason}); basis data {path} tidak berubah.",
        "The restore failed ({reason}); the database {path} is unchanged.",
    ),
    "admin.err.restore_not_replaced": (
        "Pemulihan gagal ({reason}); berkas {path} tidak diganti.",
        "The restore failed ({reason}); the file {path} was not replaced.",
    ),
    "admin.err.no_pg_dump": (
        "pg_dump tidak ditemukan: cadangan pengaman tidak dapat dibuat, jadi basis data "
        "tidak ditimpa. Pasang klien PostgreSQL (pg_dump) lalu ulangi.",
        "pg_dump not found: no safety backup can be made, so the database was not "
        "overwritten. Install the PostgreSQL client (pg_dump) and try again.",
    ),
    "admin.err.pg_dump_failed": (
        "Cadangan pengaman (pg_dump) gagal, jadi basis data tidak ditimpa: {reason}",
        "The safety backup (pg_dump) failed, so the database was not overwritten: {reason}",
    ),
    "admin.err.daily_backup_failed": (
        "Cadangan harian ke {path} gagal: {reason}",
        "The daily backup to {path} failed: {reason}",
    ),
    "admin.err.no_file": ("Berkas {path} tidak ada.", "The file {path} does not exist."),
    "admin.err.is_folder": (
        "{path} adalah folder, bukan berkas basis data.",
        "{path} is a folder, not a database file.",
    ),
    "admin.err.not_sqlite": (
        "Berkas {path} bukan basis data SQLite (rusak atau berkas lain).",
        "The file {path} is not a SQLite database (damaged or another file).",
    ),
    "admin.err.unreadable": (
        "Berkas {path} tidak dapat dibaca; periksa hak aksesnya.",
        "The file {path} cannot be read; check its permissions.",
    ),
    "admin.err.server_needs_pg": (
        "Server Polsek memerlukan PostgreSQL: beri --db postgresql:///NAMA "
        "(SQLite tidak mengenal pengguna, jadi tidak dapat menegakkan peran).",
        "A Polsek server needs PostgreSQL: give --db postgresql:///NAME "
        "(SQLite knows no users, so it cannot enforce roles).",
    ),
    "admin.err.superuser_only": (
        "Hanya superuser PostgreSQL yang dapat menyiapkan atau memeriksa server "
        "(yang mencoba: {login}). Jalankan: {hint}",
        "Only a PostgreSQL superuser can set up or check the server "
        "(tried by: {login}). Run: {hint}",
    ),
    "admin.err.role_taken": (
        "Peran {role} sudah dipakai oleh basis data lain ({other}); pakai nama basis data lain.",
        "The role {role} is already used by another database ({other}); use another database name.",
    ),
    "admin.err.server_not_ready": (
        "Basis data ini belum disiapkan sebagai server Polsek: jalankan dulu "
        "'sambang server init' sebagai superuser PostgreSQL.",
        "This database is not set up as a Polsek server yet: first run "
        "'sambang server init' as a PostgreSQL superuser.",
    ),
    "admin.err.login_required": ("Login wajib diisi.", "The login is required."),
    "admin.err.station_not_found": (
        "Polsek '{name}' tidak ditemukan.",
        "Polsek '{name}' not found.",
    ),
    "admin.err.no_group": (
        "Grup '{group}' tidak ada. Buat dulu: groupadd {group}; "
        "lalu tambahkan setiap petugas: usermod -aG {group} LOGIN.",
        "The group '{group}' does not exist. Create it first: groupadd {group}; "
        "then add every officer: usermod -aG {group} LOGIN.",
    ),
    "admin.err.no_chmod": (
        "Tidak boleh mengubah grup/hak akses {path}. Jalankan sebagai pemilik "
        "folder atau root (sudo), dan pastikan Anda anggota grup itu.",
        "Not allowed to change the group/permissions of {path}. Run as the folder's "
        "owner or root (sudo), and make sure you are a member of that group.",
    ),
}
