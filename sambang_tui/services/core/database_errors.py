"""What a database error means to the desk: one Indonesian sentence naming the
database (its password hidden) and what to do, for the app, the CLI and any
service that meets the error."""

from __future__ import annotations

from sambang_tui.db.database import is_url
from sambang_tui.db.pg import session as pg_session


def describe_target(target: str) -> str:
    """The target with any password hidden, for messages."""
    if is_url(target) and "@" in target:
        scheme, rest = target.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}:***@{host}" if ":" in creds else target
    return target


def explain(target: str, exc: BaseException) -> str:
    refused = pg_session.refusal(exc)
    if refused:
        return refused
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    low = text.lower()
    where = describe_target(target)
    refused = pg_session.connection_refusal(text, where)
    if refused:
        return refused
    if "readonly" in low or "read-only" in low or "read only" in low:
        return (
            f"Basis data {where} hanya-baca. Periksa hak tulis berkas dan foldernya "
            "(berkas -wal/-shm juga), atau minta admin menambahkan Anda ke grupnya."
        )
    if "unable to open" in low:
        return f"Basis data {where} tidak dapat dibuka: periksa path dan hak akses foldernya."
    if "disk is full" in low or "no space" in low:
        return f"Disk penuh: basis data {where} tidak dapat ditulis. Kosongkan ruang disk."
    if "malformed" in low or "not a database" in low or "corrupt" in low:
        return f"Basis data {where} rusak ({text}). Pulihkan dari cadangan: sambang restore BERKAS."
    if "locked" in low or "busy" in low:
        return f"Basis data {where} sedang terkunci terlalu lama oleh proses lain. Coba lagi."
    if "connection" in low or "could not" in low or "timeout" in low or "refused" in low:
        return (
            f"Server basis data {where} tidak menjawab ({text}). "
            "Periksa alamat, port, dan bahwa PostgreSQL berjalan."
        )
    return f"Basis data {where} tidak dapat dipakai: {text}"
