"""Messages of services/master: officers, areas, assignments, contacts,
activity types, operations, problems, absences, the station, and the CSV
import (``master.csv.*``)."""

STRINGS: dict[str, tuple[str, str]] = {
    # what a row is, named in "not found" and conflict messages
    "master.what.absence": ("Ketidakhadiran", "Absence"),
    "master.what.activity_type": ("Jenis kegiatan", "Activity type"),
    "master.what.kelurahan": ("Kelurahan", "Kelurahan"),
    "master.what.rw": ("RW", "RW"),
    "master.what.rt": ("RT", "RT"),
    "master.what.assignment": ("Penugasan", "Assignment"),
    "master.what.contact": ("Tokoh", "Contact"),
    "master.what.officer": ("Personel", "Officer"),
    "master.what.operation": ("Operasi", "Operation"),
    "master.what.problem": ("Masalah", "Problem"),
    "master.what.station": ("Polsek", "Polsek"),
    # fields, as the messages name them
    "master.label.start": ("Mulai", "Start"),
    "master.label.until": ("Sampai", "Until"),
    "master.label.end": ("Selesai", "End"),
    "master.label.note": ("Keterangan", "Note"),
    "master.label.code": ("Kode", "Code"),
    "master.label.name": ("Nama", "Name"),
    "master.label.nrp": ("NRP", "NRP"),
    "master.label.login": ("Login", "Login"),
    "master.label.phone": ("Telepon", "Phone"),
    "master.label.notes": ("Catatan", "Notes"),
    "master.label.kelurahan": ("Kelurahan", "Kelurahan"),
    "master.label.kelurahan_name": ("Nama kelurahan", "Kelurahan name"),
    "master.label.kecamatan": ("Kecamatan", "Kecamatan"),
    "master.label.city_regency": ("Kota/Kabupaten", "City/regency"),
    "master.label.kemendagri_code": ("Kode Kemendagri", "Kemendagri code"),
    "master.label.rw": ("RW", "RW"),
    "master.label.rt": ("RT", "RT"),
    "master.label.rw_number": ("Nomor RW", "RW number"),
    "master.label.rt_number": ("Nomor RT", "RT number"),
    "master.label.rw_count": ("Jumlah RW", "Number of RWs"),
    "master.label.rt_count": ("Jumlah RT", "Number of RTs"),
    "master.label.operation_name": ("Nama operasi", "Operation name"),
    "master.label.warrant": ("Surat Perintah", "Warrant (Surat Perintah)"),
    "master.label.problem_title": ("Judul masalah", "Problem title"),
    "master.label.field": ("Bidang", "Field"),
    "master.label.parties": ("Pihak terlibat", "Parties involved"),
    "master.label.description": ("Uraian", "Description"),
    "master.label.opened": ("Tanggal dibuka", "Date opened"),
    "master.label.resolution": ("Penyelesaian", "Resolution"),
    "master.label.closed": ("Tanggal selesai", "Date closed"),
    "master.label.station_name": ("Nama Polsek", "Polsek name"),
    "master.label.polres": ("Polres", "Polres"),
    "master.label.polda": ("Polda", "Polda"),
    "master.label.address": ("Alamat", "Address"),
    "master.label.city": ("Kota", "City"),
    "master.label.humas_signoff": ("Penutup Humas", "Humas sign-off"),
    "master.label.unit_code": ("Kode satuan", "Unit code"),
    "master.label.addressee": ("Kepada (rekap)", "To (recap)"),
    "master.label.attention": ("u.p. (rekap)", "Attn. (recap)"),
    "master.label.copies": ("Tembusan", "Copies to"),
    "master.label.rw_visits_per_week": ("Kunjungan per RW per minggu", "Visits per RW per week"),
    "master.label.plans_per_day": ("Rencana per personel per hari", "Plans per officer per day"),
    # what still uses an area (``{n} laporan``)
    "master.uses.report": ("{n} laporan", "{n} reports"),
    "master.uses.plan": ("{n} rencana", "{n} plans"),
    "master.uses.contact": ("{n} tokoh", "{n} contacts"),
    "master.uses.problem": ("{n} masalah", "{n} problems"),
    # shared
    "master.err.not_here": ("{what} #{id} tidak ditemukan.", "{what} #{id} not found."),
    "master.err.officer_pick": (
        "Personel wajib dipilih dari daftar.",
        "Choose the officer from the list.",
    ),
    "master.err.kelurahan_pick": (
        "Kelurahan wajib dipilih dari daftar.",
        "Choose the kelurahan from the list.",
    ),
    "master.err.end_before_start": (
        "Tanggal selesai tidak boleh sebelum tanggal mulai.",
        "The end date may not be before the start date.",
    ),
    "master.err.date_in_field": ("{label}: {reason}", "{label}: {reason}"),
    # absences
    "master.err.absence_kind": ("Jenis: {kinds}.", "Kind: {kinds}."),
    "master.err.absence_too_long": (
        "Paling lama satu tahun; catat lebih dari satu bila perlu.",
        "At most one year; record more than one if needed.",
    ),
    "master.err.absence_clash": (
        "{name} sudah tercatat {kind} {start:%d/%m/%Y}–{end:%d/%m/%Y}; ubah catatan itu.",
        "{name} is already recorded as {kind} {start:%d/%m/%Y}–{end:%d/%m/%Y}; change that record.",
    ),
    # activity types
    "master.err.code_chars": (
        "Kode hanya huruf dan angka (mis. SB, DDS).",
        "The code holds letters and digits only (e.g. SB, DDS).",
    ),
    "master.err.code_taken": ("Kode {code} sudah dipakai.", "Code {code} is already used."),
    "master.err.form_kind": (
        "Jenis formulir harus salah satu dari: {kinds}.",
        "The form kind must be one of: {kinds}.",
    ),
    "master.err.sort_number": ("Urutan harus berupa angka.", "The order must be a number."),
    # areas
    "master.err.rw_for_rt": ("Isi RW bila RT diisi.", "Fill in the RW when an RT is given."),
    "master.err.no_rw": (
        "RW {rw:02d} tidak ada di {kelurahan}.",
        "There is no RW {rw:02d} in {kelurahan}.",
    ),
    "master.err.this_kelurahan": ("kelurahan ini", "this kelurahan"),
    "master.err.no_rt": (
        "RT {rt:02d} tidak ada di RW {rw:02d}.",
        "There is no RT {rt:02d} in RW {rw:02d}.",
    ),
    "master.err.area_kind": (
        "Jenis harus 'kelurahan' atau 'desa'.",
        "The kind must be 'kelurahan' or 'desa'.",
    ),
    "master.err.kemendagri_code": (
        "Kode Kemendagri hanya berisi angka dan titik (mis. 31.71.05.1001).",
        "The Kemendagri code holds digits and dots only (e.g. 31.71.05.1001).",
    ),
    "master.err.number": ("{label} harus berupa angka.", "{label} must be a number."),
    "master.err.number_min": ("{label} minimal 1.", "{label} must be at least 1."),
    "master.err.number_max": ("{label} maksimal {max}.", "{label} may be at most {max}."),
    "master.err.kelurahan_exists": (
        "Kelurahan {name} sudah ada.",
        "Kelurahan {name} already exists.",
    ),
    "master.err.kelurahan_race": (
        "Kelurahan ini baru saja disimpan di meja lain. Periksa daftarnya.",
        "This kelurahan was just saved at another desk. Check the list.",
    ),
    "master.err.kelurahan_used": (
        "Kelurahan {name} masih dipakai ({uses}); tidak dapat dihapus.",
        "Kelurahan {name} is still in use ({uses}); it cannot be deleted.",
    ),
    "master.err.rw_exists": (
        "RW {rw:02d} sudah ada di {kelurahan}.",
        "RW {rw:02d} already exists in {kelurahan}.",
    ),
    "master.err.rt_exists": (
        "RT {rt:02d} sudah ada di RW {rw:02d}.",
        "RT {rt:02d} already exists in RW {rw:02d}.",
    ),
    "master.err.rw_used": (
        "RW {rw:02d} masih dipakai ({uses}); tidak dapat dihapus.",
        "RW {rw:02d} is still in use ({uses}); it cannot be deleted.",
    ),
    "master.err.rt_used": (
        "RT {rt:02d} RW {rw:02d} masih dipakai ({uses}); tidak dapat dihapus.",
        "RT {rt:02d} RW {rw:02d} is still in use ({uses}); it cannot be deleted.",
    ),
    # contacts
    "master.err.category": (
        "Kategori '{text}' tidak dikenal. Pilih: {choices}.",
        "Category '{text}' unknown. Choose: {choices}.",
    ),
    # officers
    "master.err.rank_required": ("Pangkat wajib diisi.", "The rank is required."),
    "master.err.rank": (
        "Pangkat '{text}' tidak dikenal. Pilih: {choices}.",
        "Rank '{text}' unknown. Choose: {choices}.",
    ),
    "master.err.role": (
        "Jabatan '{text}' tidak dikenal. Pilih: {choices}.",
        "Role '{text}' unknown. Choose: {choices}.",
    ),
    "master.err.phone_chars": (
        "Telepon hanya boleh berisi angka, spasi, +, - dan tanda kurung.",
        "The phone may hold only digits, spaces, +, - and brackets.",
    ),
    "master.err.login_space": (
        "Login tidak boleh berisi spasi.",
        "The login may not contain spaces.",
    ),
    "master.err.nrp_taken": (
        "NRP {nrp} sudah dipakai personel lain.",
        "NRP {nrp} is already used by another officer.",
    ),
    "master.err.login_taken": (
        "Login '{login}' sudah dipakai personel lain.",
        "Login '{login}' is already used by another officer.",
    ),
    "master.err.officer_race": (
        "NRP atau login ini baru saja disimpan di meja lain. Periksa daftar personel.",
        "This NRP or login was just saved at another desk. Check the officers' list.",
    ),
    "master.err.set_admin_refused": (
        "Hanya admin Polsek, root, atau pemilik berkas basis data (selama Polsek belum punya "
        "admin) yang dapat menetapkan admin; login '{login}' bukan salah satunya.",
        "Only the Polsek admin, root, or the owner of the database file (while the Polsek has "
        "no admin) can make someone an admin; login '{login}' is none of them.",
    ),
    "master.err.login_required": ("Login wajib diisi.", "The login is required."),
    "master.err.no_officer_login": (
        "Belum ada personel dengan login '{login}'. Tambahkan dulu personel itu (Data induk "
        "atau 'sambang import officers' dengan kolom login), lalu jalankan lagi perintah ini.",
        "No officer has the login '{login}' yet. Add that officer first (Master data or "
        "'sambang import officers' with a login column), then run this command again.",
    ),
    "master.err.own_officer": (
        "Jabatan, login dan status aktif Anda sendiri tidak dapat Anda ubah, dan data personel "
        "Anda tidak dapat Anda hapus: minta admin Polsek yang lain.",
        "You cannot change your own role, login or active status, nor delete your own "
        "officer record: ask another Polsek admin.",
    ),
    "master.err.own_login": (
        "Login '{login}' adalah login Anda sendiri: tidak dapat Anda berikan ke data personel lain.",
        "Login '{login}' is your own login: you cannot give it to another officer record.",
    ),
    "master.err.last_admin": (
        "Harus ada paling sedikit satu admin.",
        "There must be at least one admin.",
    ),
    # problems
    "master.err.closed_before_opened": (
        "Tanggal selesai tidak boleh sebelum tanggal masalah dibuka.",
        "The date closed may not be before the date the problem was opened.",
    ),
    "master.err.problem_used": (
        "Masalah '{title}' dirujuk {n} laporan; selesaikan saja, jangan dihapus.",
        "Problem '{title}' is referred to by {n} reports; settle it instead of deleting it.",
    ),
    # the station
    "master.err.count_range": ("{label}: angka 1–{top}.", "{label}: a number 1–{top}."),
    "master.err.station_exists": (
        "Polsek '{name}' sudah ada di basis data ini.",
        "Polsek '{name}' already exists in this database.",
    ),
    "master.err.kapolsek_here": (
        "Kapolsek harus personel Polsek ini.",
        "The Kapolsek must be an officer of this Polsek.",
    ),
    "master.err.kapolsek_active": (
        "Kapolsek harus personel yang aktif.",
        "The Kapolsek must be an active officer.",
    ),
    # the CSV import: the file as a whole
    "master.csv.save_as_utf8": (
        "Simpan ulang sebagai CSV UTF-8 (Excel: Simpan Sebagai → CSV UTF-8)",
        "Save it again as CSV UTF-8 (Excel: Save As → CSV UTF-8)",
    ),
    "master.csv.kind": (
        "Jenis impor harus salah satu dari: {kinds}.",
        "The import kind must be one of: {kinds}.",
    ),
    "master.csv.no_file": ("Berkas {path} tidak ditemukan.", "File {path} not found."),
    "master.csv.is_folder": (
        "{path} adalah folder, bukan berkas CSV.",
        "{path} is a folder, not a CSV file.",
    ),
    "master.csv.unreadable": (
        "Berkas {path} tidak dapat dibaca ({reason}).",
        "File {path} cannot be read ({reason}).",
    ),
    "master.csv.utf16": (
        "Berkas tersimpan sebagai UTF-16 (Unicode Text). {save_as}.",
        "The file is saved as UTF-16 (Unicode Text). {save_as}.",
    ),
    "master.csv.excel": (
        "Berkas ini berkas Excel (.xlsx/.xls), bukan CSV. {save_as}.",
        "This file is an Excel workbook (.xlsx/.xls), not CSV. {save_as}.",
    ),
    "master.csv.not_utf8": (
        "Berkas bukan UTF-8 (baris {line}; kemungkinan ANSI/cp1252 dari Excel). "
        "{save_as}, lalu impor lagi.",
        "The file is not UTF-8 (line {line}; probably ANSI/cp1252 from Excel). "
        "{save_as}, then import again.",
    ),
    "master.csv.nul": (
        "Berkas berisi karakter NUL: bukan CSV teks. Simpan ulang sebagai CSV UTF-8.",
        "The file holds NUL characters: it is no CSV text. Save it again as CSV UTF-8.",
    ),
    "master.csv.empty": (
        "Berkas kosong: tidak ada baris judul kolom.",
        "The file is empty: there is no header row.",
    ),
    "master.csv.column_twice": (
        "Baris {line}: kolom '{column}' muncul dua kali di judul.",
        "Line {line}: column '{column}' appears twice in the header.",
    ),
    "master.csv.missing_columns": (
        "Baris {line}: kolom wajib tidak ada: {missing}. Kolom yang terbaca: {seen}. "
        "Judul yang diperlukan: {wanted}.{hint}",
        "Line {line}: required columns missing: {missing}. Columns read: {seen}. "
        "Headers needed: {wanted}.{hint}",
    ),
    "master.csv.no_columns": ("(kosong)", "(none)"),
    "master.csv.hint_tab": (
        " Pemisah kolom harus koma (,) atau titik koma (;), bukan tab atau |.",
        " The column separator must be a comma (,) or a semicolon (;), not a tab or |.",
    ),
    "master.csv.hint_separator": (
        " Pemisah kolom tidak dikenali: gunakan koma (,) atau titik koma (;).",
        " Column separator not recognised: use a comma (,) or a semicolon (;).",
    ),
    "master.csv.unparsable": (
        "Baris {line}: CSV tidak dapat dibaca ({reason}).",
        "Line {line}: the CSV cannot be read ({reason}).",
    ),
    "master.csv.stopped": (
        "{reason} Impor berhenti di baris {line}: {done} baris sebelumnya sudah tersimpan, "
        "sisanya belum; tidak ada baris yang setengah tersimpan. Setelah masalahnya diatasi, "
        "impor lagi berkas yang sama: baris yang sudah tersimpan tidak berubah.",
        "{reason} The import stopped at line {line}: the {done} lines before it are saved, "
        "the rest are not; no line is half saved. Once the problem is solved, import the "
        "same file again: the lines already saved do not change.",
    ),
    # the CSV import: notes and a row's problems
    "master.csv.unknown_columns": (
        "Kolom tidak dikenal diabaikan: {columns}.",
        "Unknown columns ignored: {columns}.",
    ),
    "master.csv.new_areas": (
        "{kelurahan} kelurahan baru, {rw} RW baru.",
        "{kelurahan} new kelurahan, {rw} new RWs.",
    ),
    "master.csv.formula": (
        "Sel berisi rumus ({columns}); tulis nilainya saja.",
        "Cells hold a formula ({columns}); write the value only.",
    ),
    "master.csv.nrp_twice": (
        "NRP {nrp} sudah ada di baris {line}.",
        "NRP {nrp} is already on line {line}.",
    ),
    "master.csv.login_twice": (
        "Login '{login}' sudah ada di baris {line}.",
        "Login '{login}' is already on line {line}.",
    ),
    "master.csv.login_taken": (
        "Login '{login}' sudah dipakai personel NRP {nrp}.",
        "Login '{login}' is already used by the officer with NRP {nrp}.",
    ),
    "master.csv.own_officer": (
        "Jabatan, login dan status aktif Anda sendiri tidak dapat Anda ubah lewat impor; "
        "login Anda sendiri tidak dapat diberikan ke personel lain.",
        "You cannot change your own role, login or active status by an import, nor give "
        "your own login to another officer.",
    ),
    "master.csv.nrp_elsewhere": (
        "NRP {nrp} terdaftar di Polsek lain.",
        "NRP {nrp} is registered at another Polsek.",
    ),
    "master.csv.kelurahan_differs": (
        "Jenis/kecamatan/kota {name} berbeda dengan baris {line}.",
        "Kind/kecamatan/city of {name} differ from line {line}.",
    ),
    "master.csv.rt_twice": (
        "RT {rt:02d} RW {rw:02d} {name} sudah ada di baris {line}.",
        "RT {rt:02d} RW {rw:02d} {name} is already on line {line}.",
    ),
    "master.csv.kelurahan_unknown": (
        "Kelurahan '{name}' tidak dikenal; impor wilayah dulu.",
        "Kelurahan '{name}' unknown; import the areas first.",
    ),
    "master.csv.no_rt_in": (
        "RT {rt:02d} RW {rw:02d} tidak ada di {kelurahan}.",
        "There is no RT {rt:02d} RW {rw:02d} in {kelurahan}.",
    ),
    "master.csv.no_rw_in": (
        "RW {rw:02d} tidak ada di {kelurahan}.",
        "There is no RW {rw:02d} in {kelurahan}.",
    ),
    "master.csv.contact_twice": (
        "Tokoh '{name}' di {kelurahan} sudah ada di baris {line}.",
        "Contact '{name}' in {kelurahan} is already on line {line}.",
    ),
    # the CSV import: the summary line
    "master.csv.summary": (
        "{head}{rows} baris: {created} baru, {updated} diubah, {unchanged} tetap{bad}.",
        "{head}{rows} lines: {created} new, {updated} changed, {unchanged} unchanged{bad}.",
    ),
    "master.csv.head_dry_run": ("Uji coba (tidak disimpan): ", "Trial run (not saved): "),
    "master.csv.head_not_saved": ("Tidak disimpan: ", "Not saved: "),
    "master.csv.bad_rows": (", {n} baris salah", ", {n} bad lines"),
    "master.csv.bad_rows_skipped": (
        ", {n} baris salah ({skipped} dilewati)",
        ", {n} bad lines ({skipped} skipped)",
    ),
}
