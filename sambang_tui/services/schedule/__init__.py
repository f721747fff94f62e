"""The week's work: what the schedule grid shows (``grid``: plans, reports and
coverage in a few queries), plans and their changes (``plans``), and next
week's plan proposed from coverage (``proposal``)."""
