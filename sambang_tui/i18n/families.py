"""Families of catalogue keys built at run time (``t(f"entry.li.{name}")``):
each pattern, with ``{}`` where a name goes, is declared here with its finite
names, so a test can expand it and prove every key exists in both languages.
A name list is written out, or named as ``"module:CONSTANT"`` when the names
are a tuple of the code (the vocabulary), so a new value there needs its key.
A key built at run time from a pattern not declared here fails the test."""

VOCAB = "sambang_tui.db.vocab"

FAMILIES: dict[str, tuple[str, ...] | str] = {
    # the vocabulary's values, shown by their labels
    "absence.kind.{}": f"{VOCAB}:ABSENCE_KINDS",
    "audience.{}": f"{VOCAB}:AUDIENCE_CATEGORIES",
    "entry.aud.{}": f"{VOCAB}:AUDIENCE_CATEGORIES",
    "contact.{}": f"{VOCAB}:CONTACT_CATEGORIES",
    "situation.{}": f"{VOCAB}:SITUATIONS",
    "entry.sit.{}": f"{VOCAB}:SITUATIONS",
    "threat.{}": f"{VOCAB}:THREAT_LEVELS",
    "entry.threat.{}": f"{VOCAB}:THREAT_LEVELS",
    "report.{}": f"{VOCAB}:REPORT_STATUSES",
    "home.status.{}": f"{VOCAB}:REPORT_STATUSES",
    "entry.saved_as.{}": f"{VOCAB}:REPORT_STATUSES",
    "problem.{}": f"{VOCAB}:PROBLEM_STATUSES",
    "master.problem.{}": f"{VOCAB}:PROBLEM_STATUSES",
    "opinion.{}": f"{VOCAB}:OPINION_KINDS",
    "plan.{}": ("rencana", "terlaksana", "batal", "terlewat", "usulan"),
    # periods (services/core/periods.Period.kind)
    "rekap.{}": ("day", "week", "month", "operation", "custom"),
    # the entry form's fields and the Laporan Informasi's
    "entry.f.{}": (
        "audience", "contact_ids", "date", "end_time", "findings", "follow_up", "kelurahan_id",
        "message", "narrative", "officer_ids", "operation_id", "place", "quote_by", "quote_text",
        "rt", "rw", "situation", "start_time", "threat_level", "type_ids",
    ),
    "entry.li.{}": (
        "accuracy", "assessment", "facts", "field", "how_obtained", "obtained_at", "reliability",
        "source", "source_relation", "subject",
    ),
    # home, inbox, schedule, exports
    "home.kind.{}": ("draft", "missed", "returned", "today", "waiting"),
    "inbox.state.{}": ("baru", "dibuka", "disimpan", "diabaikan"),
    "inbox.import.{}": ("read", "parse"),
    "jadwal.issue.{}": ("double", "holiday", "unassigned"),
    "startup.draft.kind.{}": ("new", "plan", "report"),
    "rekap.export.kind.{}": ("kegiatan", "informasi", "release"),
    "rekap.export.signer.{}": ("kapolsek", "kanit"),
    "rekap.format.{}": ("pdf", "docx", "text", "csv"),
    "polres.col.{}": ("station", "reports", "plans", "done", "pct", "rw", "kurang", "problems"),
    # master data: tabs, their columns, titles, statuses, the station's settings
    "master.{}": ("deleted", "deactivated"),
    "master.tab.{}": (
        "officers", "areas", "assignments", "contacts", "types", "operations", "absences",
        "problems", "station", "audit",
    ),
    "master.status.{}": (
        "officers", "areas", "assignments", "contacts", "types", "operations", "absences",
        "problems", "station",
    ),
    "master.title.{}_new": (
        "officer", "kel", "rw", "rt", "assignment", "contact", "type", "operation", "absence",
        "problem",
    ),
    "master.title.{}_edit": (
        "officer", "kel", "assignment", "contact", "type", "operation", "absence", "problem",
    ),
    "master.col.{}": (
        "absence", "action", "active", "area", "at", "category", "changes", "code", "days", "end",
        "field", "form_kind", "kecamatan", "kelurahan", "kind", "login", "name", "nrp", "officer",
        "opened", "phone", "rank", "rank_name", "reports", "role", "row", "rt", "rw", "rwrt",
        "start", "status", "table", "title", "user", "value",
    ),
    "master.import.columns.{}": ("officers", "areas", "contacts"),
    "master.station.{}": (
        "name", "polres", "polda", "city", "address", "unit_code", "kapolsek", "addressee",
        "attention", "copies", "warrant", "humas_signoff", "plans_per_day", "rw_visits_per_week",
    ),
}  # fmt: skip


def expand(pattern: str) -> list[str]:
    """Every key of a declared family (the test's and a reader's view)."""
    names = FAMILIES[pattern]
    if isinstance(names, str):
        import importlib

        module, _, attr = names.partition(":")
        names = tuple(getattr(importlib.import_module(module), attr))
    return [pattern.replace("{}", name) for name in names]
