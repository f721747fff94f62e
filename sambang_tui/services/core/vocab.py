"""The domain vocabularies, for the UI (which does not import ``db``)."""

from sambang_tui.db.vocab import (  # noqa: F401
    ABSENCE_KINDS,
    AREA_KINDS,
    AUDIENCE_CATEGORIES,
    CONTACT_CATEGORIES,
    FORM_KINDS,
    INFO_ACCURACY,
    OPINION_KINDS,
    PLAN_STATUSES,
    PROBLEM_STATUSES,
    RANKS,
    REPORT_STATUSES,
    REVIEWER_ROLES,
    ROLES,
    SITUATIONS,
    SOURCE_RELIABILITY,
    THREAT_LEVELS,
    rank_order,
    roman_month,
)
