"""The kinds of work on the desk's home screen, in the order a desk works
through them; a module of its own so that the screen can be drawn before
the summary's queries (``desk.home``) are imported."""

RETURNED, DRAFT, MISSED, TODAY, WAITING = "returned", "draft", "missed", "today", "waiting"
