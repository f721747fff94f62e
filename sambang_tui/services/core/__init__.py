"""The shared core every domain stands on: who acts (actor, identity, authority),
the errors services raise, writing (store, audit), time (clock, dates,
periods), field checks (validate, formula), file modes and the vocabularies.
It imports no domain package."""
