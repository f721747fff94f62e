"""Messages of services/reports: checking a report, who may change it,
review steps, attachments, duplicates, finding and exporting reports."""

STRINGS: dict[str, tuple[str, str]] = {
    "reports.what.report": ("Laporan", "Report"),
    # a report's fields, as the messages name them
    "reports.label.place": ("Tempat", "Place"),
    "reports.label.narrative": ("Uraian kegiatan", "Narrative"),
    "reports.label.message": ("Pesan/himbauan", "Message"),
    "reports.label.findings": ("Temuan", "Findings"),
    "reports.label.follow_up": ("Tindak lanjut", "Follow-up"),
    "reports.label.quote_by": ("Nama yang dikutip", "Name quoted"),
    "reports.label.quote_text": ("Kutipan", "Quote"),
    "reports.label.field": ("Bidang", "Field"),
    "reports.label.subject": ("Perihal", "Subject"),
    "reports.label.source": ("Sumber informasi", "Source of the information"),
    "reports.label.source_relation": ("Hubungan dengan sumber", "Relation to the source"),
    "reports.label.how_obtained": ("Cara mendapatkan", "How it was obtained"),
    "reports.label.facts": ("Fakta-fakta", "Facts"),
    "reports.label.assessment": ("Pendapat pelapor", "Reporter's assessment"),
    "reports.label.opinion": ("Isi pendapat", "Opinion"),
    "reports.label.head_name": ("Kepala keluarga", "Head of household"),
    "reports.label.address": ("Alamat", "Address"),
    "reports.label.problem_title": ("Judul masalah", "Problem title"),
    "reports.label.parties": ("Pihak-pihak", "Parties"),
    "reports.label.problem_description": ("Uraian masalah", "Problem description"),
    # the audience's groups inside a sentence ("Jumlah tokoh agama …")
    "reports.audience.warga": ("warga", "residents"),
    "reports.audience.tokoh_masyarakat": ("tokoh masyarakat", "community leaders"),
    "reports.audience.tokoh_agama": ("tokoh agama", "religious leaders"),
    "reports.audience.kelompok_pemuda": ("kelompok pemuda", "youth groups"),
    "reports.audience.perangkat_rt_rw": ("perangkat RT/RW", "RT/RW officials"),
    "reports.audience.other": ("lainnya", "others"),
    "reports.area.desa": ("Desa", "Desa"),
    "reports.area.kelurahan": ("Kelurahan", "Kelurahan"),
    # checking a report
    "reports.err.not_a_choice": (
        "'{value}' bukan pilihan yang dikenal.",
        "'{value}' is not a known choice.",
    ),
    "reports.err.quote_by": (
        "Isi nama yang dikutip untuk kutipan ini.",
        "Fill in the name quoted for this quote.",
    ),
    "reports.err.threat_level": (
        "Tingkat ancaman harus salah satu dari: {choices}.",
        "The threat level must be one of: {choices}.",
    ),
    "reports.err.situation": (
        "Situasi harus salah satu dari: {choices}.",
        "The situation must be one of: {choices}.",
    ),
    "reports.err.date_required": ("Tanggal wajib diisi.", "The date is required."),
    "reports.err.date_future": (
        "Tanggal {day:%d/%m/%Y} belum tiba: laporan hanya untuk kegiatan yang sudah "
        "dilaksanakan (paling lambat hari ini).",
        "The date {day:%d/%m/%Y} has not come yet: a report is only of an activity already "
        "carried out (today at the latest).",
    ),
    "reports.err.date_past": (
        "Tanggal {day:%d/%m/%Y} terlalu lampau.",
        "The date {day:%d/%m/%Y} is too long ago.",
    ),
    "reports.err.officers_required": (
        "Personel wajib diisi (minimal satu).",
        "The officers are required (at least one).",
    ),
    "reports.err.officer_not_here": (
        "Personel #{id} tidak ada di Polsek ini.",
        "Officer #{id} is not at this Polsek.",
    ),
    "reports.err.officer_inactive": (
        "Personel {name} sudah tidak aktif.",
        "Officer {name} is no longer active.",
    ),
    "reports.err.types_required": (
        "Jenis kegiatan wajib diisi (minimal satu).",
        "The activity type is required (at least one).",
    ),
    "reports.err.type_unknown": (
        "Jenis kegiatan #{id} tidak dikenal.",
        "Activity type #{id} unknown.",
    ),
    "reports.err.type_inactive": (
        "Jenis kegiatan {name} sudah tidak dipakai.",
        "Activity type {name} is no longer used.",
    ),
    "reports.err.kelurahan_required": ("Kelurahan wajib diisi.", "The kelurahan is required."),
    "reports.err.rw_for_rt": ("Isi RW untuk RT ini.", "Fill in the RW of this RT."),
    "reports.err.kelurahan_not_here": (
        "Kelurahan #{id} tidak ada di wilayah Polsek ini.",
        "Kelurahan #{id} is not in this Polsek's area.",
    ),
    "reports.err.no_rw": (
        "RW {rw:02d} tidak ada di {kind} {kelurahan}.",
        "There is no RW {rw:02d} in {kind} {kelurahan}.",
    ),
    "reports.err.no_rt": (
        "RT {rt:02d} tidak ada di RW {rw:02d} {kind} {kelurahan}.",
        "There is no RT {rt:02d} in RW {rw:02d} {kind} {kelurahan}.",
    ),
    "reports.err.audience_unknown": (
        "Kategori peserta '{category}' tidak dikenal.",
        "Audience group '{category}' unknown.",
    ),
    "reports.err.audience_number": (
        "Jumlah {label} harus berupa angka.",
        "The number of {label} must be a number.",
    ),
    "reports.err.audience_negative": (
        "Jumlah {label} tidak boleh negatif.",
        "The number of {label} may not be negative.",
    ),
    "reports.err.audience_too_big": (
        "Jumlah {label} terlalu besar (maksimal {max}).",
        "The number of {label} is too large (at most {max}).",
    ),
    "reports.err.contact_not_here": (
        "Tokoh #{id} tidak ada di data Polsek ini.",
        "Contact #{id} is not in this Polsek's data.",
    ),
    "reports.err.operation_missing": (
        "Operasi #{id} tidak ada.",
        "Operation #{id} does not exist.",
    ),
    "reports.err.operation_dates": (
        "{name} berlangsung {start:%d/%m/%Y}–{end:%d/%m/%Y}, tidak pada {day:%d/%m/%Y}.",
        "{name} runs {start:%d/%m/%Y}–{end:%d/%m/%Y}, not on {day:%d/%m/%Y}.",
    ),
    "reports.err.information_required": (
        "Deteksi Dini memerlukan bagian Laporan Informasi.",
        "Deteksi Dini needs the Laporan Informasi part.",
    ),
    "reports.err.reliability": (
        "Nilai keandalan sumber harus A–F.",
        "The source's reliability must be A–F.",
    ),
    "reports.err.accuracy": (
        "Nilai kebenaran informasi harus 1–6.",
        "The information's accuracy must be 1–6.",
    ),
    "reports.err.information_only_dd": (
        "Laporan Informasi hanya untuk jenis Deteksi Dini: tambahkan jenis itu "
        "atau kosongkan bagiannya.",
        "The Laporan Informasi is only for the Deteksi Dini type: add that type or empty its part.",
    ),
    "reports.err.opinion_required": ("Isi pendapat wajib diisi.", "The opinion is required."),
    "reports.err.opinion_kind": (
        "Jenis pendapat harus keluhan atau harapan.",
        "The opinion's kind must be keluhan (complaint) or harapan (hope).",
    ),
    "reports.err.head_required": (
        "Nama kepala keluarga wajib diisi.",
        "The head of household's name is required.",
    ),
    "reports.err.households_only_dds": (
        "Kunjungan rumah hanya untuk jenis DDS: tambahkan jenis itu atau kosongkan daftarnya.",
        "Home visits are only for the DDS type: add that type or empty the list.",
    ),
    "reports.err.problem_both": (
        "Pilih masalah yang ada atau buka masalah baru, bukan keduanya.",
        "Choose an existing problem or open a new one, not both.",
    ),
    "reports.err.problem_missing": ("Masalah #{id} tidak ada.", "Problem #{id} does not exist."),
    "reports.err.problem_required": (
        "Problem Solving harus terkait masalah: pilih masalah yang ada atau buka yang baru.",
        "Problem Solving needs a problem: choose an existing one or open a new one.",
    ),
    "reports.err.plan_missing": ("Rencana #{id} tidak ada.", "Plan #{id} does not exist."),
    "reports.err.plan_done": (
        "Rencana ini sudah terlaksana oleh laporan lain.",
        "This plan was already carried out by another report.",
    ),
    # finding a report
    "reports.err.not_found": ("Laporan #{id} tidak ditemukan.", "Report #{id} not found."),
    "reports.err.not_found_deleted": (
        "Laporan #{id} tidak ditemukan (mungkin sudah dihapus).",
        "Report #{id} not found (perhaps deleted).",
    ),
    "reports.err.number_not_found": (
        "Laporan '{text}' tidak ditemukan.",
        "Report '{text}' not found.",
    ),
    # who may change a report
    "reports.err.another_officer": ("petugas lain", "another officer"),
    "reports.err.locked": (
        "Laporan {number} sudah diverifikasi dan terkunci; hanya {reviewers} yang dapat "
        "mengubahnya.",
        "Report {number} is verified and locked; only {reviewers} can change it.",
    ),
    "reports.err.not_yours": (
        "Laporan {number} dibuat oleh {who}; hanya pembuatnya, personelnya, admin, atau "
        "{reviewers} yang dapat mengubahnya.",
        "Report {number} was made by {who}; only its maker, its officers, an admin, or "
        "{reviewers} can change it.",
    ),
    "reports.err.not_author": (
        "Laporan {number} hanya dapat diajukan oleh pembuatnya ({who}) atau personel yang "
        "tercantum di dalamnya.",
        "Report {number} can be submitted only by its maker ({who}) or an officer listed on it.",
    ),
    "reports.err.locked_on_server": (
        "Laporan {number} sudah diverifikasi dan terkunci: untuk mengubahnya, {reviewers} "
        "mengembalikannya dulu dengan catatan.",
        "Report {number} is verified and locked: to change it, {reviewers} first return it "
        "with a note.",
    ),
    "reports.err.submitted_on_server": (
        "Laporan {number} sudah diajukan: hanya {reviewers} yang dapat mengubahnya; minta "
        "dikembalikan bila perlu diperbaiki.",
        "Report {number} is submitted: only {reviewers} can change it; ask for it to be "
        "returned if it needs fixing.",
    ),
    # review steps
    "reports.status.draft": ("draf", "a draft"),
    "reports.status.diajukan": ("diajukan", "submitted"),
    "reports.status.diverifikasi": ("diverifikasi", "verified"),
    "reports.status.dikembalikan": ("dikembalikan", "returned"),
    "reports.do.submit": ("diajukan", "be submitted"),
    "reports.do.verify_again": ("diverifikasi lagi", "be verified again"),
    "reports.do.return_again": ("dikembalikan lagi", "be returned again"),
    "reports.do.verify_it": ("memverifikasinya", "verify it"),
    "reports.do.return_it": ("mengembalikannya", "return it"),
    "reports.why.made_by_you": ("dibuat oleh Anda", "was made by you"),
    "reports.why.you_lead": ("Anda personel utamanya", "has you as its lead officer"),
    "reports.err.status": (
        "Laporan {number} berstatus {status}; tidak dapat {action}.",
        "Report {number} is {status}; it cannot {action}.",
    ),
    "reports.err.own_report": (
        "Laporan {number} {why}: tidak dapat {action} sendiri; mintalah {reviewers} yang lain.",
        "Report {number} {why}: you cannot {action} yourself; ask someone else among {reviewers}.",
    ),
    "reports.err.note_too_long": (
        "Catatan terlalu panjang (maksimal {max} karakter).",
        "The note is too long (at most {max} characters).",
    ),
    "reports.err.returned_fix_first": (
        "Laporan {number} dikembalikan dengan catatan; pembuatnya harus memperbaiki dan "
        "mengajukannya lagi sebelum dapat diverifikasi.",
        "Report {number} was returned with a note; its maker must fix it and submit it "
        "again before it can be verified.",
    ),
    "reports.err.draft_verify": (
        "Laporan {number} masih draf; ajukan dulu sebelum diverifikasi.",
        "Report {number} is still a draft; submit it before it is verified.",
    ),
    "reports.err.return_note_required": (
        "Catatan pengembalian wajib diisi: apa yang perlu diperbaiki?",
        "The return note is required: what needs fixing?",
    ),
    "reports.err.draft_return": (
        "Laporan {number} masih draf (belum diajukan); belum ada yang dapat dikembalikan.",
        "Report {number} is still a draft (not submitted); there is nothing to return yet.",
    ),
    "reports.err.step": (
        "Langkah harus salah satu dari: {steps}.",
        "The step must be one of: {steps}.",
    ),
    # exporting
    "reports.err.export_format": (
        "Format '{format}' tidak dikenal; pilih csv atau json.",
        "Format '{format}' unknown; choose csv or json.",
    ),
    # attachments
    "reports.err.file_missing": ("Berkas {name} tidak ada.", "File {name} does not exist."),
    "reports.err.file_unreadable": (
        "Berkas {name} tidak dapat dibaca ({reason}).",
        "File {name} cannot be read ({reason}).",
    ),
    "reports.err.file_symlink": (
        "{name} adalah tautan (symlink); lampirkan berkas aslinya, bukan tautannya.",
        "{name} is a link (symlink); attach the file itself, not the link.",
    ),
    "reports.err.file_is": (
        "{name} adalah {what}; lampirkan foto atau PDF.",
        "{name} is {what}; attach a photo or a PDF.",
    ),
    "reports.word.folder": ("folder", "a folder"),
    "reports.word.special_file": (
        "berkas khusus (bukan berkas biasa)",
        "a special file (not a regular file)",
    ),
    "reports.err.file_no_access": (
        "Berkas {name} tidak dapat dibaca (periksa hak aksesnya).",
        "File {name} cannot be read (check its permissions).",
    ),
    "reports.err.file_unopenable": (
        "Berkas {name} tidak dapat dibuka ({reason}).",
        "File {name} cannot be opened ({reason}).",
    ),
    "reports.err.file_not_regular": (
        "{name} bukan berkas biasa; lampirkan foto atau PDF.",
        "{name} is not a regular file; attach a photo or a PDF.",
    ),
    "reports.err.file_too_big": (
        "Berkas {name} terlalu besar ({mb:.1f} MB, maksimal {max} MB). Kecilkan fotonya dulu.",
        "File {name} is too large ({mb:.1f} MB, at most {max} MB). Make the photo smaller first.",
    ),
    "reports.err.file_kind": (
        "{name} bukan foto (JPEG, PNG, WebP, HEIC) atau PDF menurut isinya; hanya itu yang "
        "dapat dilampirkan.",
        "{name} is no photo (JPEG, PNG, WebP, HEIC) or PDF by its content; only those can "
        "be attached.",
    ),
    "reports.err.file_grew": (
        "Berkas bertambah besar saat disalin (maks {max} MB).",
        "The file grew while it was copied (at most {max} MB).",
    ),
    "reports.err.folder_unwritable": (
        "Folder lampiran {folder} tidak dapat ditulis (periksa hak aksesnya).",
        "The attachments folder {folder} cannot be written (check its permissions).",
    ),
    "reports.err.copy_failed": (
        "Berkas tidak dapat disalin: {reason}.",
        "The file cannot be copied: {reason}.",
    ),
    "reports.err.already_attached": (
        "Berkas ini sudah dilampirkan pada laporan ini ({name}).",
        "This file is already attached to this report ({name}).",
    ),
    "reports.err.attachment_not_found": (
        "Lampiran #{id} tidak ditemukan.",
        "Attachment #{id} not found.",
    ),
    # remarks before saving (the desk may save anyway)
    "reports.warn.similar": (
        "Mirip laporan {number} ({facts}): {why}.",
        "Like report {number} ({facts}): {why}.",
    ),
    "reports.warn.same_visit": (
        "personel, tanggal, jam dan tempat yang sama",
        "the same officer, date, time and place",
    ),
    "reports.warn.same_text": (
        "uraian {pct}% sama, personel yang sama",
        "narrative {pct}% the same, the same officer",
    ),
    # a plan changed at another desk while its report was typed (plan_link)
    "reports.warn.plan_gone": (
        "Rencananya sudah dihapus di meja lain: laporan disimpan tanpa rencana.",
        "Its plan was deleted at another desk: the report is saved without a plan.",
    ),
    "reports.warn.plan_done_elsewhere": (
        "Rencananya sudah terlaksana dengan laporan {number} dari meja lain: laporan ini "
        "disimpan tanpa rencana. Periksa apakah kegiatan ini dilaporkan dua kali.",
        "Its plan was already carried out by report {number} from another desk: this "
        "report is saved without a plan. Check whether the activity was reported twice.",
    ),
    "reports.warn.plan_cancelled": (
        "Rencananya dibatalkan di meja lain: laporan disimpan, rencana tetap batal. "
        "Aktifkan lagi rencananya di Jadwal bila kegiatan ini memang terlaksana.",
        "Its plan was cancelled at another desk: the report is saved, the plan stays "
        "cancelled. Restore the plan in the schedule if the activity did take place.",
    ),
    "reports.warn.plan_moved": (
        "Rencananya dipindah ke {day:%d/%m/%Y} ({officer}) di meja lain: laporan disimpan, "
        "rencana tidak ditandai terlaksana. Periksa rencana itu di Jadwal.",
        "Its plan was moved to {day:%d/%m/%Y} ({officer}) at another desk: the report is "
        "saved, the plan is not marked done. Check that plan in the schedule.",
    ),
    "reports.warn.plan_changed": (
        "Rencananya diubah di meja lain saat laporan disimpan: laporan disimpan, "
        "rencana tidak ditandai terlaksana. Periksa rencana itu di Jadwal.",
        "Its plan was changed at another desk while the report was saved: the report is "
        "saved, the plan is not marked done. Check that plan in the schedule.",
    ),
    "reports.warn.same_narrative": (
        "Uraian sama persis dengan laporan {number} ({day:%d/%m/%Y}) "
        "dari personel yang sama bulan ini.",
        "The narrative is exactly that of report {number} ({day:%d/%m/%Y}) "
        "by the same officer this month.",
    ),
    "reports.warn.same_message": (
        "Pesan/himbauan sama persis dengan laporan {number} ({day:%d/%m/%Y}) "
        "dari personel yang sama bulan ini.",
        "The message is exactly that of report {number} ({day:%d/%m/%Y}) "
        "by the same officer this month.",
    ),
}
