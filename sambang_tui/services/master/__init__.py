"""Master data: officers, areas (kelurahan, RW, RT), assignments, contacts,
activity types, operations, the station, absences, problems, the look-ups
forms complete from, and CSV import (``importing``)."""
