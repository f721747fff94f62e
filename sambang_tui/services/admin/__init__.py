"""Keeping a database: opening, checking, migrating and seeding it (``runtime``,
``check``, ``schema_check``), backups (``backup``, ``daily_backup``), one
SQLite file shared on a station server (``shared_setup``), the PostgreSQL
station server (``server``) and the audit trail as people read it
(``audit_log``, ``audit_words``)."""
