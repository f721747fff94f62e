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
from sambang_tui.services.core.errors import Msg, PermissionDenied

# Who may do what, as catalogue keys (a message names them as a parameter).
WHO_ADMINS = "core.who.admins"
WHO_REVIEWS = "core.who.reviews"


def current_os_user() -> str:
    """The login acting on the open database (see ``services.core.identity``)."""
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
                "core.err.not_registered", login=self.os_user, admins=Msg(WHO_ADMINS)
            )

    def require_review(self) -> None:
        if not self.can_review:
            raise PermissionDenied("core.err.review_only", reviewers=Msg(WHO_REVIEWS))

    def require_admin(self, what: str = "core.do.edit_master") -> None:
        """``what`` is the catalogue key of what was refused (``core.do.*``)."""
        if not self.can_admin:
            raise PermissionDenied("core.err.admin_only", admins=Msg(WHO_ADMINS), what=Msg(what))

    def require_audit(self) -> None:
        if not self.sees_audit:
            raise PermissionDenied(
                "core.err.audit_only", reviewers=Msg(WHO_REVIEWS), admins=Msg(WHO_ADMINS)
            )
