"""Strings of F2 Beranda."""

STRINGS: dict[str, tuple[str, str]] = {
    "home.help": (
        "Beranda adalah kotak kerja meja: yang perlu dikerjakan — bagi Kanit laporan yang "
        "menunggu verifikasi lebih dulu; laporan yang dikembalikan Kanit beserta catatannya; "
        "draf sendiri yang belum diajukan; rencana yang terlewat untuk direalisasikan; "
        "rencana hari ini — lalu masalah yang masih terbuka dan jumlah laporan serta rencana "
        "minggu ini. Enter pada laporan membukanya (di sana a ajukan, e ubah); Enter pada "
        "rencana membuka formulir laporan yang terisi dari rencana itu; Enter pada masalah "
        "membuka semua laporannya. Tab berpindah antartabel.",
        "Home is the desk's inbox: what there is to do — for the Kanit the reports waiting "
        "for verification first; reports the Kanit returned, with the note; one's own drafts "
        "not yet submitted; missed plans to realise; today's plans — then the problems still "
        "open and the counts of reports and plans this week. Enter on a report opens it "
        "(there a submits, e edits); Enter on a plan opens the report form filled from it; "
        "Enter on a problem lists its reports. Tab moves between the tables.",
    ),
    "home.week": ("Minggu {start}–{end}", "Week {start}–{end}"),
    "home.week_reports": ("Laporan {total}", "Reports {total}"),
    "home.week_plans": (
        "Rencana: terlaksana {done} · terlewat {missed} · akan datang {ahead}",
        "Plans: done {done} · missed {missed} · ahead {ahead}",
    ),
    # short report statuses of the week line (it must fit 80 columns)
    "home.status.draft": ("draf", "draft"),
    "home.status.diajukan": ("diajukan", "submitted"),
    "home.status.diverifikasi": ("diverifikasi", "verified"),
    "home.status.dikembalikan": ("kembali", "returned"),
    "home.todo": ("Perlu dikerjakan ({n})", "To do ({n})"),
    "home.nothing": ("tidak ada", "nothing"),
    "home.kind.waiting": ("Diajukan", "Submitted"),
    "home.kind.returned": ("Kembali", "Returned"),
    "home.kind.draft": ("Draf", "Draft"),
    "home.kind.missed": ("Terlewat", "Missed"),
    "home.kind.today": ("Hari ini", "Today"),
    "home.col.what": ("Apa", "What"),
    "home.col.item": ("Nomor/jenis", "Number/type"),
    "home.col.area": ("Wilayah", "Area"),
    "home.col.note": ("Catatan", "Note"),
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
