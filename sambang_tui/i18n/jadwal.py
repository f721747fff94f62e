"""Strings of the schedule grid (Jadwal) and its dialogs."""

STRINGS: dict[str, tuple[str, str]] = {
    "jadwal.help": (
        "Jadwal kegiatan: satu baris per personel (Bhabinkamtibmas dulu, per kelurahan), "
        "satu kolom per hari. Tiap rencana tampil sebagai tanda status + kode jenis + RW, "
        "misalnya ·CS 06. Tanda: · rencana, ✓ terlaksana (ada laporan), ✗ batal, "
        "! terlewat (hari sudah lewat tanpa laporan), * ada catatan cek (dobel jam, di luar "
        "wilayah tugas, hari libur), +n rencana lain di sel itu (+ saja bila kolom terlalu "
        "sempit untuk jumlahnya: RW rencana pertama tetap utuh).\n\n"
        "Panah memindah kursor; PgUp/PgDn atau [ ] pindah minggu (bulan di tampilan bulan). "
        "Enter membuka daftar rencana sel; n rencana baru; e ubah; x batalkan (dengan "
        "alasan); r realisasi menjadi laporan; c salin sel, v tempel ke sel kursor; "
        "Shift+C salin seluruh minggu ke minggu berikutnya (yang sudah ada dilewati). "
        "Memindah rencana: tekan Shift+M, gerakkan kursor ke hari/personel tujuan, Enter "
        "(Esc membatalkan). / menyaring per kelurahan atau nama personel; u menampilkan RW "
        "yang tidak dikunjungi; Ctrl+R memuat ulang (juga otomatis tiap 30 detik).\n\n"
        "p mengusulkan rencana minggu di kursor dari cakupan RW: setiap RW kelurahan tugas "
        "dikunjungi, yang paling lama tidak dikunjungi lebih dulu, tanpa hari libur dan hari "
        "cuti/dinas luar (Data induk › Cuti), sesuai target Polsek (Data induk › Polsek). "
        "Usulan tampil bertanda ~ dan belum tersimpan: a menerima usulan sel, o semua usulan "
        "personel itu, A semua; e mengubahnya dulu, x membuangnya, Esc menutup usulan. "
        "Rencana yang sudah ada tidak pernah diubah.",
        "Schedule: one row per officer (Bhabinkamtibmas first, by kelurahan), one column "
        "per day. Each plan shows as status mark + type code + RW, e.g. ·CS 06. Marks: "
        "· planned, ✓ done (report exists), ✗ cancelled, ! missed (day passed without a "
        "report), * a check (double booking, outside the officer's area, holiday), +n more "
        "plans in the cell (a bare + where the column has no room for the count: the first "
        "plan's RW stays whole).\n\n"
        "Arrows move the cursor; PgUp/PgDn or [ ] move a week (a month in month view). "
        "Enter lists the cell's plans; n new plan; e edit; x cancel (with a reason); r "
        "realise into a report; c copy the cell, v paste into the cursor cell; Shift+C "
        "copy the whole week to the next (existing ones skipped). Moving a plan: press "
        "Shift+M, move the cursor to the target day/officer, Enter (Esc cancels). / filters "
        "by kelurahan or officer name; u shows RWs nobody visited; Ctrl+R reloads (also "
        "every 30 seconds).\n\n"
        "p proposes the plans of the cursor's week from RW coverage: every RW of the "
        "assigned kelurahan visited, the longest unvisited first, never on a holiday or an "
        "officer's leave (Master data › Cuti), to the station's target (Master data › "
        "Polsek). Proposed plans show with ~ and are not saved: a accepts the cell's, o all "
        "of that officer's, A all; e edits one first, x drops it, Esc closes the proposal. "
        "Existing plans are never changed.",
    ),
    "jadwal.key.up": ("Naik", "Up"),
    "jadwal.key.down": ("Turun", "Down"),
    "jadwal.key.left": ("Hari sebelumnya", "Previous day"),
    "jadwal.key.right": ("Hari berikutnya", "Next day"),
    "jadwal.key.home": ("Awal periode", "Start of period"),
    "jadwal.key.end": ("Akhir periode", "End of period"),
    "jadwal.key.prev": ("Periode sebelumnya", "Previous period"),
    "jadwal.key.next": ("Periode berikutnya", "Next period"),
    "jadwal.key.today": ("Hari ini", "Today"),
    "jadwal.key.goto": ("Ke tanggal", "Go to date"),
    "jadwal.key.week": ("Minggu", "Week"),
    "jadwal.key.month": ("Bulan", "Month"),
    "jadwal.key.open": ("Buka sel", "Open cell"),
    "jadwal.key.new": ("Baru", "New"),
    "jadwal.key.edit": ("Ubah", "Edit"),
    "jadwal.key.cancel": ("Batalkan", "Cancel plan"),
    "jadwal.key.realise": ("Realisasi", "Realise"),
    "jadwal.key.copy": ("Salin", "Copy"),
    "jadwal.key.paste": ("Tempel", "Paste"),
    "jadwal.key.copy_week": ("Salin minggu", "Copy week"),
    "jadwal.key.move": ("Pindah", "Move"),
    "jadwal.key.filter": ("Saring", "Filter"),
    "jadwal.key.uncovered": ("RW kosong", "Unvisited RWs"),
    "jadwal.key.reload": ("Muat ulang", "Reload"),
    "jadwal.key.escape": ("Batal/kembali", "Cancel/back"),
    "jadwal.officer_header": ("Personel", "Officer"),
    "jadwal.group.other": ("Lainnya", "Others"),
    "jadwal.today_mark": ("HARI INI", "TODAY"),
    "jadwal.issue.double": ("dobel jam", "double-booked"),
    "jadwal.issue.unassigned": ("di luar wilayah tugas", "outside the officer's area"),
    "jadwal.issue.holiday": ("hari libur", "holiday"),
    "jadwal.holiday_mark": ("LIBUR", "HOLIDAY"),
    "jadwal.view.week": ("Minggu", "Week"),
    "jadwal.view.month": ("Bulan", "Month"),
    "jadwal.loading": ("Memuat jadwal…", "Loading schedule…"),
    "jadwal.no_officers": (
        "Belum ada personel (atau tidak ada yang cocok dengan saringan).",
        "No officers (or none match the filter).",
    ),
    "jadwal.filter_label": ("Saringan: {what}", "Filter: {what}"),
    "jadwal.legend": (
        "· rencana  ✓ terlaksana  ✗ batal  ! terlewat  * cek  +, +n lainnya  p usulan",
        "· planned  ✓ done  ✗ cancelled  ! missed  * check  +, +n more  p propose",
    ),
    "jadwal.cell_empty": ("{officer} · {day}: tidak ada rencana", "{officer} · {day}: no plans"),
    "jadwal.holiday_on": ("Libur: {name}", "Holiday: {name}"),
    "jadwal.moving": (
        "PINDAH {plan}: pilih sel tujuan lalu Enter (Esc batal)",
        "MOVE {plan}: pick the target cell, then Enter (Esc cancels)",
    ),
    "jadwal.clipboard": (
        "Disalin: {count} rencana dari {source}",
        "Copied: {count} plans from {source}",
    ),
    "jadwal.nothing_to_copy": (
        "Sel ini tidak berisi rencana untuk disalin.",
        "No plans to copy here.",
    ),
    "jadwal.clipboard_empty": (
        "Belum ada yang disalin: tekan c pada sel sumber dulu.",
        "Nothing copied yet: press c on a source cell first.",
    ),
    "jadwal.pasted": (
        "{created} rencana ditempel, {skipped} dilewati (sudah ada).",
        "{created} plans pasted, {skipped} skipped (already there).",
    ),
    "jadwal.week_copied": (
        "Minggu disalin: {created} rencana baru, {skipped} dilewati (sudah ada).",
        "Week copied: {created} new plans, {skipped} skipped (already there).",
    ),
    "jadwal.copy_week_confirm": (
        "Salin semua rencana {source} ke {target}? Rencana yang sudah ada dilewati.",
        "Copy every plan of {source} to {target}? Existing plans are skipped.",
    ),
    "jadwal.copy_week_filtered": (
        "(hanya {count} personel yang tampil)",
        "(only the {count} officers shown)",
    ),
    "jadwal.no_plan": ("Sel ini tidak berisi rencana.", "This cell has no plans."),
    "jadwal.no_open_plan": (
        "Tidak ada rencana yang dapat diproses di sel ini.",
        "No plan here can take this action.",
    ),
    "jadwal.saved": ("Rencana disimpan.", "Plan saved."),
    "jadwal.moved": ("Rencana dipindah.", "Plan moved."),
    "jadwal.cancelled": ("Rencana dibatalkan.", "Plan cancelled."),
    "jadwal.restored": ("Rencana diaktifkan lagi.", "Plan restored."),
    "jadwal.deleted": ("Rencana dihapus.", "Plan deleted."),
    "jadwal.realised_plan_left": (
        "Laporan {number} tersimpan, tetapi rencananya tidak ditandai terlaksana: "
        "rencana itu sudah diubah di meja lain. Periksa jadwalnya.",
        "Report {number} saved, but its plan is not marked done: the plan was changed "
        "at another desk. Check the schedule.",
    ),
    "jadwal.realised": (
        "Laporan {number} tersimpan dari rencana.",
        "Report {number} saved from the plan.",
    ),
    "jadwal.conflict_reloaded": ("{message} Jadwal dimuat ulang.", "{message} Schedule reloaded."),
    "jadwal.readonly": (
        "Mode hanya-baca: jadwal tidak dapat diubah.",
        "Read-only: cannot change plans.",
    ),
    "jadwal.uncovered.title": (
        "RW tanpa kunjungan {days} hari",
        "RWs unvisited for {days} days",
    ),
    "jadwal.uncovered.none": ("Semua RW dikunjungi.", "Every RW was visited."),
    "jadwal.uncovered.never": ("belum pernah", "never"),
    "jadwal.uncovered.count": ("{count} RW", "{count} RWs"),
    # plan form
    "jadwal.form.new": ("Rencana baru", "New plan"),
    "jadwal.form.edit": ("Ubah rencana", "Edit plan"),
    "jadwal.form.date": ("Tanggal", "Date"),
    "jadwal.form.time": ("Jam", "Time"),
    "jadwal.form.officer": ("Personel", "Officer"),
    "jadwal.form.type": ("Jenis", "Type"),
    "jadwal.form.kelurahan": ("Kelurahan", "Kelurahan"),
    "jadwal.form.rw": ("RW", "RW"),
    "jadwal.form.rt": ("RT", "RT"),
    "jadwal.form.target": ("Sasaran/tempat", "Target/place"),
    "jadwal.form.note": ("Catatan", "Note"),
    "jadwal.form.hint": (
        "Enter/Tab kolom berikut · → terima saran · Ctrl+S simpan · Esc batal",
        "Enter/Tab next field · → accept suggestion · Ctrl+S save · Esc cancel",
    ),
    "jadwal.form.save": ("Simpan", "Save"),
    "jadwal.form.cancel": ("Batal", "Cancel"),
    "jadwal.form.unknown_officer": (
        "Personel '{text}' tidak dikenal; ketik NRP atau nama.",
        "Unknown officer '{text}'; type an NRP or a name.",
    ),
    "jadwal.form.unknown_type": (
        "Jenis '{text}' tidak dikenal; contoh: SB, CS, DDS.",
        "Unknown type '{text}'; e.g. SB, CS, DDS.",
    ),
    "jadwal.form.unknown_kelurahan": (
        "Kelurahan '{text}' tidak dikenal.",
        "Unknown kelurahan '{text}'.",
    ),
    "jadwal.form.bad_number": ("{label} harus angka.", "{label} must be a number."),
    "jadwal.form.choices": ("Pilihan: {items}", "Choices: {items}"),
    # cancel reason
    "jadwal.cancel.title": ("Alasan membatalkan {plan}", "Why cancel {plan}"),
    "jadwal.cancel.required": ("Alasan pembatalan wajib diisi.", "A reason is required."),
    # cell list
    "jadwal.list.title": ("{officer} · {day}", "{officer} · {day}"),
    "jadwal.list.empty": (
        "Belum ada rencana. Tekan n untuk membuat.",
        "No plans. Press n to add one.",
    ),
    "jadwal.list.hint": (
        "Enter/e ubah · n baru · x batal · r realisasi · M pindah · a aktifkan · d hapus",
        "Enter/e edit · n new · x cancel · r realise · M move · a restore · d delete · Esc",
    ),
    "jadwal.list.pick": ("Pilih rencana lalu Enter", "Pick a plan, then Enter"),
    "jadwal.list.key.edit": ("Ubah", "Edit"),
    "jadwal.list.key.new": ("Baru", "New"),
    "jadwal.list.key.cancel": ("Batalkan", "Cancel plan"),
    "jadwal.list.key.realise": ("Realisasi", "Realise"),
    "jadwal.list.key.move": ("Pindah", "Move"),
    "jadwal.list.key.restore": ("Aktifkan lagi", "Restore"),
    "jadwal.list.key.delete": ("Hapus", "Delete"),
    "jadwal.list.key.close": ("Tutup", "Close"),
    "jadwal.list.delete_confirm": ("Hapus rencana {plan}?", "Delete plan {plan}?"),
    "jadwal.list.reason": ("alasan: {reason}", "reason: {reason}"),
    "jadwal.list.report": ("laporan {number}", "report {number}"),
    # go to date / filter
    "jadwal.goto.title": ("Ke tanggal", "Go to date"),
    "jadwal.goto.hint": (
        "contoh: 25/12, 02/01/2025, h (hari ini), +7, -30 · Enter · Esc",
        "e.g. 25/12, 02/01/2025, h (today), +7, -30 · Enter · Esc",
    ),
    "jadwal.filter.title": ("Saring jadwal", "Filter the schedule"),
    "jadwal.filter.kelurahan": ("Kelurahan (kosong = semua)", "Kelurahan (empty = all)"),
    "jadwal.filter.text": ("Nama/NRP personel", "Officer name/NRP"),
    "jadwal.filter.hint": (
        "Enter terapkan · Ctrl+Del kosongkan · Esc batal",
        "Enter apply · Ctrl+Del clear · Esc cancel",
    ),
    "jadwal.ok": ("OK", "OK"),
}
