"""Use cases in plain Python: validate, store, schedule, report, import/export,
backup, audit. Nothing here imports Textual."""
