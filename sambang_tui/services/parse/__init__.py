"""Reading a Bhabinkamtibmas chat message into report fields.

parse_reports(text, today=None, actor=None) -> list[ParsedMessage]  (one per activity)
parse_message(text, today=None, actor=None) -> ParsedMessage  (the first)
ParsedMessage.to_json() / .to_input(base) / .filled / .doubtful
"""

from sambang_tui.services.parse.model import ParsedMessage
from sambang_tui.services.parse.parser import parse_message, parse_reports

__all__ = ["ParsedMessage", "parse_message", "parse_reports"]
