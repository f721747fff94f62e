"""Strings of F2 Beranda."""

STRINGS: dict[str, tuple[str, str]] = {
    "home.help": (
        "Beranda menunjukkan hari ini: rencana kegiatan para Bhabinkamtibmas, laporan "
        "yang menunggu verifikasi Kanit, masalah (problem solving) yang masih terbuka, "
        "dan jumlah laporan serta rencana pekan ini. Tab berpindah antartabel; Enter "
        "pada laporan membukanya, Enter pada masalah membuka semua laporannya.",
        "Home shows today: the Bhabinkamtibmas' planned activities, reports waiting for "
        "the Kanit's verification, problems still open, and the counts of reports and "
        "plans this week. Tab moves between the tables; Enter on a report opens it, "
        "Enter on a problem lists its reports.",
    ),
    "home.week": ("Pekan {start}–{end}", "Week {start}–{end}"),
    "home.week_reports": ("Laporan {total}", "Reports {total}"),
    "home.week_plans": (
        "Rencana: terlaksana {done} · terlewat {missed} · akan datang {ahead}",
        "Plans: done {done} · missed {missed} · ahead {ahead}",
    ),
    "home.plans": ("Rencana hari ini ({n})", "Today's plans ({n})"),
    "home.waiting": ("Menunggu verifikasi ({n})", "Waiting for verification ({n})"),
    "home.problems": ("Masalah terbuka ({n})", "Open problems ({n})"),
    "home.none_plans": ("Tidak ada rencana hari ini.", "No plans today."),
    "home.none_waiting": ("Tidak ada laporan yang menunggu.", "No report is waiting."),
    "home.none_problems": ("Tidak ada masalah terbuka.", "No open problem."),
    "home.loading": ("Memuat…", "Loading…"),
    "home.col.time": ("Jam", "Time"),
    "home.col.officer": ("Petugas", "Officer"),
    "home.col.type": ("Jns", "Type"),
    "home.col.kelurahan": ("Kelurahan", "Ward"),
    "home.col.rw": ("RW", "RW"),
    "home.col.target": ("Sasaran", "Target"),
    "home.col.status": ("Status", "Status"),
    "home.col.number": ("Nomor", "Number"),
    "home.col.date": ("Tgl", "Date"),
    "home.col.since": ("Sejak", "Since"),
    "home.col.days": ("Hari", "Days"),
    "home.col.problem": ("Masalah", "Problem"),
    "home.col.reports": ("Lap.", "Rep."),
    "home.open": ("Buka", "Open"),
    "home.refresh": ("Muat ulang", "Reload"),
}
