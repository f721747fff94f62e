"""Strings of next week's plan proposed from RW coverage (Jadwal ``p``) and
of officers' absences (Data induk, tab Cuti)."""

STRINGS: dict[str, tuple[str, str]] = {
    "plan.usulan": ("Usulan", "Proposed"),
    "proposal.key.propose": ("Usulan", "Propose"),
    "proposal.key.cell": ("Terima usulan sel", "Accept the cell's proposal"),
    "proposal.key.officer": ("Terima usulan personel", "Accept the officer's proposal"),
    "proposal.key.all": ("Terima semua", "Accept all"),
    "proposal.title": ("USULAN {count}", "PROPOSED {count}"),
    "proposal.hint": (
        "~ usulan · a terima sel · o personel · A semua · e ubah · x buang · Esc tutup",
        "~ proposed · a accept cell · o officer · A all · e edit · x drop · Esc close",
    ),
    "proposal.made": (
        "Usulan minggu {start}: {count} rencana untuk {rws} RW ({already} RW sudah memenuhi "
        "target).",
        "Proposal for the week of {start}: {count} plans for {rws} RWs ({already} RWs "
        "already meet the target).",
    ),
    "proposal.nothing": (
        "Minggu {start}: tidak ada yang perlu diusulkan; {already} dari {rws} RW sudah "
        "memenuhi target.",
        "Week of {start}: nothing to propose; {already} of {rws} RWs already meet the target.",
    ),
    "proposal.unplaced": (
        "{count} kunjungan RW tidak dapat dijadwalkan (personel tidak hadir atau jadwal "
        "penuh; rinciannya: sambang plan propose).",
        "{count} RW visits could not be placed (officer away or days full; details: "
        "sambang plan propose).",
    ),
    "proposal.closed": (
        "Usulan ditutup; tidak ada yang disimpan.",
        "Proposal closed; nothing was saved.",
    ),
    "proposal.not_saved": (
        "Usulan belum disimpan: terima dulu dengan a, atau ubah dengan e.",
        "A proposal is not saved yet: accept it with a, or edit it with e.",
    ),
    "proposal.dropped": ("{count} usulan dibuang.", "{count} proposed plans dropped."),
    "proposal.none_here": ("Tidak ada usulan di sini.", "No proposal here."),
    "proposal.accept_all": (
        "Simpan semua {count} usulan sebagai rencana?",
        "Save all {count} proposed plans as plans?",
    ),
    "proposal.accepted": ("{count} rencana disimpan.", "{count} plans saved."),
    "proposal.skipped": ("{count} dilewati (sudah ada).", "{count} skipped (already there)."),
    "proposal.away": ("Tidak hadir: {kind}", "Away: {kind}"),
    # absences (Data induk, key 0) and the station's planning target
    "master.tab.absences": ("Cuti", "Away"),
    "master.col.absence": ("Jenis", "Kind"),
    "master.col.days": ("Hari", "Days"),
    "master.f.absence": ("Jenis", "Kind"),
    "master.hint.absence_empty": (" (kosong: cuti)", " (empty: leave)"),
    "master.title.absence_new": ("Ketidakhadiran baru", "New absence"),
    "master.title.absence_edit": ("Ubah ketidakhadiran", "Edit absence"),
    "master.status.absences": (
        "{n} catatan cuti/dinas luar · n baru · e ubah · d hapus",
        "{n} absences · n new · e edit · d delete",
    ),
    "master.station.rw_visits_per_week": ("Target RW/minggu", "RW visits a week"),
    "master.station.plans_per_day": ("Rencana/hari", "Plans a day"),
    "master.hint.rw_visits_per_week": (
        "target usulan rencana: kunjungan ke setiap RW per minggu (1–7)",
        "the plan proposal's target: visits to every RW a week (1–7)",
    ),
    "master.hint.plans_per_day": (
        "usulan rencana: paling banyak rencana per personel per hari (1–10)",
        "the plan proposal: at most plans per officer a day (1–10)",
    ),
    "absence.kind.cuti": ("Cuti", "Leave"),
    "absence.kind.dinas_luar": ("Dinas luar", "Duty elsewhere"),
    "absence.kind.sakit": ("Sakit", "Sick"),
    "absence.kind.pendidikan": ("Pendidikan", "Training"),
    "absence.kind.lainnya": ("Lainnya", "Other"),
}
