"""Who is at the keyboard: the OS login, the officer it maps to, the role,
and the station everything happens in.

Roles and rights, checked here so the CLI and the app obey the same rules:

- a login mapped to an active officer writes; one mapped to none only reads;
- an *admin* (``Officer.is_admin``) keeps master data, imports, restores;
  root may do what an admin may (it can change the file anyway), and so may
  the database file's owner while the station has no admin yet — that is how
  a new station is set up;
- a *reviewer* (Kanit Binmas, Kapolsek, Wakapolsek) verifies or returns
  reports. Being an admin does not make anyone a reviewer.
"""

from __future__ import annotations

from dataclasses import dataclass

from sambang_tui.db.vocab import REVIEWER_ROLES
from sambang_tui.services.core import identity
from sambang_tui.services.core.errors import PermissionDenied

WHO_ADMINS = "admin Polsek (atau root)"
WHO_REVIEWS = "Kanit Binmas, Kapolsek atau Wakapolsek"


def current_os_user() -> str:
    """The login acting on the open database (see ``services.identity``)."""
    return identity.current_login()


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
        return self.officer_id is not None and self.role in REVIEWER_ROLES

    @property
    def can_admin(self) -> bool:
        return self.is_admin

    @property
    def sees_audit(self) -> bool:
        """The audit trail shows every change with its values: reviewers and
        admins only."""
        return self.can_review or self.can_admin

    def require_write(self) -> None:
        if self.read_only:
            raise PermissionDenied(
                f"Login '{self.os_user}' belum terdaftar sebagai personel: hanya dapat melihat. "
                f"Minta {WHO_ADMINS} mengisi login Anda di data personel."
            )

    def require_review(self) -> None:
        if not self.can_review:
            raise PermissionDenied(
                f"Hanya {WHO_REVIEWS} yang dapat memverifikasi atau mengembalikan laporan."
            )

    def require_admin(self, what: str = "mengubah data induk") -> None:
        if not self.can_admin:
            raise PermissionDenied(f"Hanya {WHO_ADMINS} yang dapat {what}.")

    def require_audit(self) -> None:
        if not self.sees_audit:
            raise PermissionDenied(
                f"Jejak audit hanya untuk {WHO_REVIEWS} dan {WHO_ADMINS}."
            )
