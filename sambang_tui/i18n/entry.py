"""Strings of the quick-entry form (F4), its drafts and the conflict dialog."""

STRINGS: dict[str, tuple[str, str]] = {
    "entry.help": (
        "Input cepat: satu laporan kegiatan tanpa mouse. Enter pindah ke kolom KOSONG "
        "berikutnya (kolom yang sudah terisi otomatis dilewati); Tab/Shift+Tab ke kolom "
        "berikut/sebelumnya; Ctrl+↓/Ctrl+↑ lompat ke kelompok berikut/sebelumnya. "
        "Tanggal: h (hari ini), k (kemarin), -1, +1, 2 (tanggal 2 bulan ini), 2/12, 02/12/2024. Jam: 10, 10.00, 1130. "
        "Personel, jenis, kelurahan, tokoh: ketik sebagian nama, NRP atau kode, ↑/↓ memilih, "
        "Enter menerima dan pindah, koma menerima dan tetap untuk menambah yang lain, "
        "Backspace di kolom kosong menghapus pilihan terakhir. Peserta: angka, atau ? bila "
        "hadir tanpa jumlah. Ctrl+S menyimpan dan mengosongkan form untuk laporan berikutnya "
        "(tanggal, personel, jenis tetap). Yang diketik disimpan sebagai draf setiap detik "
        "dan ditawarkan kembali bila aplikasi terputus.",
        "Quick entry: one activity report without a mouse. Enter moves to the next EMPTY "
        "field (fields filled automatically are skipped); Tab/Shift+Tab to the next/previous "
        "field; Ctrl+Down/Ctrl+Up jump to the next/previous group. Dates: h (today), "
        "k (yesterday), -1, +1, 2 (the 2nd of this month), 2/12, 02/12/2024. Times: 10, 10.00, 1130. Officers, types, "
        "kelurahan, contacts: type part of a name, NRP or code, Up/Down choose, Enter accepts "
        "and moves on, comma accepts and stays to add another, Backspace in an empty field "
        "removes the last choice. Audience: a number, or ? when present without a count. "
        "Ctrl+S saves and clears the form for the next report (date, officer, type kept). "
        "What you type is kept as a draft every second and offered back after a crash.",
    ),
    "entry.key.save": ("Simpan", "Save"),
    "entry.key.save_submit": ("Simpan+ajukan", "Save+submit"),
    "entry.key.next_group": ("Lompat kelompok", "Next group"),
    "entry.key.prev_group": ("Kelompok sebelumnya", "Previous group"),
    "entry.key.paste": ("Tempel", "Paste"),
    "entry.key.clear": ("Form baru", "New form"),
    "entry.key.cancel": ("Batal", "Cancel"),
    "entry.key.add_household": ("Tambah KK", "Add household"),
    "entry.paste_unavailable": (
        "Tempel laporan belum tersedia.",
        "Paste report is not available yet.",
    ),
    # groups
    "entry.group.when": ("Waktu", "When"),
    "entry.group.who": ("Personel & kegiatan", "Officers & activity"),
    "entry.group.where": ("Wilayah", "Area"),
    "entry.group.met": ("Yang ditemui", "Met"),
    "entry.group.story": ("Uraian", "Story"),
    "entry.group.assess": ("Penilaian", "Assessment"),
    "entry.group.quote": ("Kutipan", "Quote"),
    "entry.group.info": (
        "Laporan Informasi (Deteksi Dini)",
        "Information report (early detection)",
    ),
    "entry.group.dds": ("DDS: kunjungan rumah", "DDS: households"),
    "entry.group.problem": ("Problem Solving", "Problem solving"),
    # labels
    "entry.f.date": ("Tanggal", "Date"),
    "entry.f.start_time": ("Mulai", "Start"),
    "entry.f.end_time": ("Selesai", "End"),
    "entry.f.officer_ids": ("Personel", "Officers"),
    "entry.f.type_ids": ("Jenis", "Type"),
    "entry.f.kelurahan_id": ("Kelurahan", "Kelurahan"),
    "entry.f.rw": ("RW", "RW"),
    "entry.f.rt": ("RT", "RT"),
    "entry.f.place": ("Tempat", "Place"),
    "entry.f.audience": ("Peserta", "Audience"),
    "entry.f.contact_ids": ("Tokoh", "Contacts"),
    "entry.f.narrative": ("Uraian", "Narrative"),
    "entry.f.message": ("Himbauan", "Message"),
    "entry.f.findings": ("Temuan", "Findings"),
    "entry.f.threat_level": ("Ancaman", "Threat"),
    "entry.f.situation": ("Situasi", "Situation"),
    "entry.f.follow_up": ("Tindak lanjut", "Follow-up"),
    "entry.f.operation_id": ("Operasi", "Operation"),
    "entry.f.quote_by": ("Dikutip dari", "Quote by"),
    "entry.f.quote_text": ("Isi kutipan", "Quote"),
    "entry.aud.warga": ("Warga", "Residents"),
    "entry.aud.tokoh_masyarakat": ("Tomas", "Comm. leaders"),
    "entry.aud.tokoh_agama": ("Toga", "Relig. leaders"),
    "entry.aud.kelompok_pemuda": ("Pemuda", "Youth"),
    "entry.aud.perangkat_rt_rw": ("RT/RW", "RT/RW"),
    "entry.aud.other": ("Lain", "Other"),
    "entry.threat.nihil": ("Nihil", "None"),
    "entry.threat.rendah": ("Rendah", "Low"),
    "entry.threat.sedang": ("Sedang", "Medium"),
    "entry.threat.tinggi": ("Tinggi", "High"),
    "entry.sit.aman_kondusif": ("Aman kondusif", "Safe and calm"),
    "entry.sit.waspada": ("Waspada", "Alert"),
    "entry.sit.rawan": ("Rawan", "Unsafe"),
    "entry.li.field": ("Bidang", "Field"),
    "entry.li.subject": ("Perihal", "Subject"),
    "entry.li.source": ("Sumber", "Source"),
    "entry.li.source_relation": ("Hubungan", "Relation"),
    "entry.li.how_obtained": ("Cara dapat", "Obtained how"),
    "entry.li.obtained_at": ("Waktu dapat", "Obtained at"),
    "entry.li.reliability": ("Keandalan", "Reliability"),
    "entry.li.accuracy": ("Kebenaran", "Accuracy"),
    "entry.li.facts": ("Fakta", "Facts"),
    "entry.li.assessment": ("Pendapat", "Assessment"),
    "entry.dds.head_name": ("Kepala KK", "Household head"),
    "entry.dds.address": ("Alamat", "Address"),
    "entry.dds.keluhan": ("Keluhan", "Complaint"),
    "entry.dds.harapan": ("Harapan", "Hope"),
    "entry.dds.household": ("KK {n}", "Household {n}"),
    "entry.ps.problem_id": ("Masalah", "Problem"),
    "entry.ps.or_new": ("…atau buka masalah baru:", "…or open a new problem:"),
    "entry.ps.title": ("Judul", "Title"),
    "entry.ps.field": ("Bidang", "Field"),
    "entry.ps.parties": ("Pihak", "Parties"),
    "entry.ps.description": ("Uraian", "Description"),
    # placeholders and hints
    "entry.ph.date": ("h, k, -1, 2/12", "h, k, -1, 2/12"),
    "entry.ph.time": ("jj.mm", "hh.mm"),
    "entry.ph.officers": ("nama atau NRP…", "name or NRP…"),
    "entry.ph.types": ("kode atau nama (SB, CS…)", "code or name (SB, CS…)"),
    "entry.ph.kelurahan": ("nama kelurahan…", "kelurahan name…"),
    "entry.ph.contacts": ("nama tokoh…", "contact name…"),
    "entry.ph.pick": ("ketik untuk memilih…", "type to choose…"),
    "entry.ph.obtained_at": ("02/12/2024 09.00", "02/12/2024 09.00"),
    "entry.filled_hint": ("periksa", "check"),
    # validation at the field
    "entry.err.no_match": ("'{text}' tidak ditemukan.", "'{text}' not found."),
    "entry.err.number": ("{label} harus berupa angka.", "{label} must be a number."),
    "entry.err.count": (
        "Jumlah {label} harus angka (atau ? bila hadir tanpa jumlah).",
        "{label} count must be a number (or ? when present without a count).",
    ),
    "entry.err.end_before_start": (
        "Jam selesai harus setelah jam mulai.",
        "End time must be after the start time.",
    ),
    "entry.err.rw_unknown": ("RW {rw} tidak ada di {kelurahan}.", "RW {rw} is not in {kelurahan}."),
    "entry.err.rt_unknown": (
        "RT {rt} tidak ada di RW {rw} {kelurahan}.",
        "RT {rt} is not in RW {rw} {kelurahan}.",
    ),
    "entry.err.rt_without_rw": ("Isi RW untuk RT ini.", "Fill in the RW for this RT."),
    "entry.err.summary": (
        "Belum tersimpan: {count} kolom perlu diperbaiki.",
        "Not saved: {count} field(s) need fixing.",
    ),
    # status and notifications
    "entry.status.new": ("Laporan baru", "New report"),
    "entry.status.edit": (
        "Mengubah {number} (versi {version})",
        "Editing {number} (version {version})",
    ),
    "entry.status.plan": ("Realisasi rencana {day}", "Realising the plan of {day}"),
    "entry.status.saved": ("{number} {state}", "{number} {state}"),
    "entry.status.draft": ("draf tersimpan", "draft kept"),
    "entry.status.loading": ("Memuat…", "Loading…"),
    "entry.saved": ("Laporan {number} {state}.", "Report {number} {state}."),
    # what a save left the report as (after its number)
    "entry.saved_as.draft": (
        "tersimpan sebagai DRAF (F9: simpan+ajukan)",
        "saved as a DRAFT (F9: save+submit)",
    ),
    "entry.saved_as.diajukan": (
        "tersimpan dan DIAJUKAN, menunggu verifikasi",
        "saved and SUBMITTED, waiting for verification",
    ),
    "entry.saved_as.diverifikasi": (
        "tersimpan; tetap TERVERIFIKASI",
        "saved; still VERIFIED",
    ),
    "entry.saved_as.dikembalikan": (
        "tersimpan, masih DIKEMBALIKAN (F9: ajukan lagi)",
        "saved, still RETURNED (F9: submit again)",
    ),
    "entry.duplicate.again": (
        "Periksa dulu. {save} sekali lagi: tetap simpan · ubah isian: diperiksa lagi.",
        "Check first. {save} once more: save anyway · change the form: checked again.",
    ),
    "entry.readonly": (
        "Login '{user}' belum terdaftar sebagai personel: form hanya dapat dilihat.",
        "Login '{user}' is not mapped to an officer: the form is read-only.",
    ),
    "entry.draft.offer": (
        "Ada draf laporan yang belum disimpan ({when}). Pulihkan isinya? "
        "Nanti saja: draf tetap disimpan dan ditawarkan lagi (F4, Ctrl+P draf).",
        "There is an unsaved report draft ({when}). Restore it? "
        "Not now: the draft is kept and offered again (F4, Ctrl+P draft).",
    ),
    "entry.draft.restore": ("Pulihkan (y, Enter)", "Restore (y, Enter)"),
    "entry.draft.discard": ("Nanti saja (n, Esc)", "Not now (n, Esc)"),
    "entry.draft.restored": (
        "Draf dipulihkan: periksa lalu simpan.",
        "Draft restored: check, then save.",
    ),
    "entry.reloaded": (
        "Isi terbaru dari basis data dimuat.",
        "Latest version loaded from the database.",
    ),
    # conflict modal
    # by someone else, or by the same officer in a second window: right either way
    "conflict.title": (
        "Laporan ini sudah disimpan lagi sejak Anda membukanya",
        "This report was saved again since you opened it",
    ),
    "conflict.who": (
        "Disimpan oleh {by} pada {at}.",
        "Saved by {by} at {at}.",
    ),
    "conflict.who_self": (
        "Disimpan oleh {by} (login Anda sendiri, mungkin di jendela lain) pada {at}.",
        "Saved by {by} (your own login, perhaps in another window) at {at}.",
    ),
    "conflict.who_unknown": (
        "Sudah disimpan lagi sejak Anda membukanya.",
        "Saved again since you opened it.",
    ),
    "conflict.col.field": ("Kolom", "Field"),
    "conflict.col.mine": ("Versi Anda", "Yours"),
    "conflict.col.theirs": ("Tersimpan", "Stored"),
    "conflict.no_fields": ("(tidak ada kolom yang berbeda)", "(no differing fields)"),
    "conflict.keep_mine": ("Simpan versi saya", "Keep mine"),
    "conflict.take_theirs": ("Ambil yang tersimpan", "Take theirs"),
    "conflict.back": ("Kembali", "Back"),
}
