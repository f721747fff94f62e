"""Who is at the keyboard: the OS login, the officer it maps to, the role,
and the station everything happens in."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass

from sambang_tui.db.vocab import REVIEWER_ROLES
from sambang_tui.services.errors import PermissionDenied


def current_os_user() -> str:
    """The OS login; ``SAMBANG_USER`` overrides it (tests, shared accounts)."""
    override = os.environ.get("SAMBANG_USER")
    if override:
        return override
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass(frozen=True)
class Actor:
    os_user: str
    station_id: int
    officer_id: int | None = None
    officer_name: str = ""
    role: str | None = None
    is_admin: bool = False

    @property
    def display_name(self) -> str:
        return self.officer_name or self.os_user

    @property
    def read_only(self) -> bool:
        return self.officer_id is None and not self.is_admin

    @property
    def can_write(self) -> bool:
        return not self.read_only

    @property
    def can_review(self) -> bool:
        return self.is_admin or self.role in REVIEWER_ROLES

    @property
    def can_admin(self) -> bool:
        return self.is_admin

    def require_write(self) -> None:
        if self.read_only:
            raise PermissionDenied(
                f"Login '{self.os_user}' belum terdaftar sebagai personel: hanya dapat melihat."
            )

    def require_review(self) -> None:
        if not self.can_review:
            raise PermissionDenied("Hanya Kanit Binmas atau Kapolsek yang dapat memverifikasi.")

    def require_admin(self) -> None:
        if not self.can_admin:
            raise PermissionDenied("Hanya admin yang dapat mengubah data induk.")
