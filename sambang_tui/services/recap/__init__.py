"""Recaps: a station's period in figures (``figures``, every one an SQL
aggregate) and the Polres view across its stations (``polres``)."""
