"""Reading a Bhabinkamtibmas chat message into report fields.

parse_message(text, today=None, actor=None) -> ParsedMessage
ParsedMessage.to_json() / .to_input(base) / .filled
"""

from sambang_tui.services.parse.model import ParsedMessage
from sambang_tui.services.parse.parser import parse_message

__all__ = ["ParsedMessage", "parse_message"]
