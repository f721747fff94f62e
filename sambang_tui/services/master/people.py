"""Who a login is, as people read it: the officer's rank and name instead of
the OS login (``root``, ``desk1``) wherever the app says who did something."""

from __future__ import annotations

from collections.abc import Iterable

from sambang_tui.db.models import Officer


def rank_name(rank: str, name: str) -> str:
    """How an officer is named wherever the app shows one: ``Aiptu Sutrisno``."""
    return f"{rank} {name}".strip()


class RankNamed:
    """``label`` for a row that carries an officer's ``rank`` and ``name``."""

    rank: str
    name: str

    @property
    def label(self) -> str:
        return rank_name(self.rank, self.name)


def names_by_login(station_id: int, logins: Iterable[str]) -> dict[str, str]:
    """``{login: "Rank Name"}`` for the logins that belong to an officer of
    the station; a login with no officer is left out (shown as it is)."""
    wanted = {login for login in logins if login}
    if not wanted:
        return {}
    rows = Officer.select(Officer.os_user, Officer.rank, Officer.name).where(
        (Officer.station == station_id) & (Officer.os_user.in_(wanted))
    )
    return {o.os_user: rank_name(o.rank, o.name) for o in rows if o.os_user}
