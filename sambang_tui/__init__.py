"""Sambang: the Polsek desk for Bhabinkamtibmas plans, reports and recaps."""

__version__ = "0.1.0"
