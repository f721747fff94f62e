"""Opening what the phone exported: a ``.zip`` holding the chat text and its
media ("Include media"), or the chat text alone (with its media beside it
when the zip was unpacked into a folder).

Everything that could hurt is refused before anything is read into the
database: zip entries named with ``..`` or an absolute path, more entries
than an export holds, more bytes than an export unpacks to, an entry that
unpacks to far more than it is packed (a zip bomb), a chat text too large to
be one group's export, a file that is not text. The text may be UTF-8 with
or without a byte-order mark, or UTF-16.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO

from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.core.validate import clean_text

MAX_ENTRIES = 20_000  # WhatsApp exports at most 10 000 messages with media
MAX_UNPACKED = 4 * 1024**3  # declared total of every entry
MAX_CHAT_BYTES = 64 * 1024**2  # WhatsApp exports at most 40 000 messages: a few MB
MAX_MEDIA_BYTES = 20 * 1024**2  # one photo; the attachments service takes no more
MAX_RATIO = 200  # unpacked / packed, for entries over a megabyte
_CHAT_NAMES = re.compile(r"(?:^_chat\.txt$|whatsapp|chat)", re.I)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


def _shown(path: Path | str) -> str:
    return clean_text(str(path))[:200]


def file_error(key: str, **params: object) -> ValidationError:
    return ValidationError("file", key, None, **params)


def detect_encoding(head: bytes) -> str:
    """The codec of a chat text from its first bytes."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = head[:4096]
    if len(sample) >= 4:
        even = sample[0::2].count(0)
        odd = sample[1::2].count(0)
        half = len(sample) // 2
        if odd > half * 0.3 and even < half * 0.05:
            return "utf-16-le"
        if even > half * 0.3 and odd < half * 0.05:
            return "utf-16-be"
    return "utf-8"


def _unsafe_name(name: str) -> bool:
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return True
    parts = re.split(r"[\\/]+", name)
    return any(part == ".." for part in parts)


@dataclass
class ExportSource:
    """An opened export: its chat text (read as lines, as often as needed)
    and the media files it holds, by their file name."""

    path: Path
    chat_name: str
    size: int
    _zip: zipfile.ZipFile | None = None
    _chat_entry: zipfile.ZipInfo | None = None
    media: dict[str, object] = field(default_factory=dict)  # name -> ZipInfo or Path
    encoding: str = "utf-8"

    @property
    def is_zip(self) -> bool:
        return self._zip is not None

    def _raw(self) -> IO[bytes]:
        if self._zip is not None and self._chat_entry is not None:
            return self._zip.open(self._chat_entry)
        return self.path.open("rb")

    def lines(self) -> Iterator[str]:
        """The chat text's lines; a text that is not UTF-8/UTF-16 after all
        is refused with the line it failed on."""
        raw = self._raw()
        text = io.TextIOWrapper(raw, encoding=self.encoding, newline=None)
        number = 0
        try:
            for number, line in enumerate(text, start=1):  # noqa: B007
                if "\x00" in line:
                    raise file_error("inbox.err.binary", name=_shown(self.chat_name), line=number)
                yield line
        except UnicodeDecodeError:
            raise file_error(
                "inbox.err.not_utf", name=_shown(self.chat_name), line=number + 1
            ) from None
        finally:
            text.close()

    def open_media(self, name: str) -> tuple[IO[bytes], int] | None:
        """A media file of the export and its size, or None when it is not in it."""
        entry = self.media.get(name)
        if entry is None:
            return None
        if isinstance(entry, zipfile.ZipInfo):
            assert self._zip is not None
            return self._zip.open(entry), entry.file_size
        path = entry if isinstance(entry, Path) else Path(str(entry))
        return path.open("rb"), path.stat().st_size

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def __enter__(self) -> ExportSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_export(path: Path | str) -> ExportSource:
    """Open an export for reading; ``ValidationError`` (field ``file``) says
    what is wrong with it."""
    path = Path(path).expanduser()
    shown = _shown(path)
    if not path.exists():
        raise file_error("inbox.err.no_file", name=shown)
    if path.is_dir():
        raise file_error("inbox.err.is_folder", name=shown)
    if not os.access(path, os.R_OK):
        raise file_error("inbox.err.unreadable", name=shown)
    size = path.stat().st_size
    if size == 0:
        raise file_error("inbox.err.empty", name=shown)
    with path.open("rb") as fh:
        head = fh.read(8192)
    if head.startswith(_ZIP_MAGIC):
        return _open_zip(path, size)
    if size > MAX_CHAT_BYTES:
        raise file_error(
            "inbox.err.too_big",
            name=shown,
            mb=f"{size / 1024**2:.0f}",
            max=MAX_CHAT_BYTES // 1024**2,
        )
    source = ExportSource(path, path.name, size, encoding=detect_encoding(head))
    source.media = _media_beside(path)
    return source


def _media_beside(chat: Path) -> dict[str, object]:
    """Photos in the chat text's own folder (an export unpacked there)."""
    found: dict[str, object] = {}
    try:
        entries = list(os.scandir(chat.parent))
    except OSError:
        return found
    for entry in entries[:MAX_ENTRIES]:
        if entry.name != chat.name and entry.is_file(follow_symlinks=False):
            found[entry.name] = Path(entry.path)
    return found


def _pick_chat(texts: list[zipfile.ZipInfo]) -> zipfile.ZipInfo | None:
    if len(texts) == 1:
        return texts[0]
    named = [t for t in texts if _CHAT_NAMES.search(PurePosixPath(t.filename).name)]
    exact = [t for t in named if PurePosixPath(t.filename).name == "_chat.txt"]
    if exact:
        return exact[0]
    return max(named, key=lambda t: t.file_size) if named else None


def _open_zip(path: Path, size: int) -> ExportSource:
    shown = _shown(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise file_error("inbox.err.bad_zip", name=shown, reason=exc) from None
    try:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise file_error(
                "inbox.err.zip_entries", name=shown, n=f"{len(infos):,}", max=f"{MAX_ENTRIES:,}"
            )
        total = 0
        texts: list[zipfile.ZipInfo] = []
        media: dict[str, object] = {}
        for info in infos:
            if _unsafe_name(info.filename):
                raise file_error("inbox.err.zip_path", name=shown, entry=_shown(info.filename))
            if info.is_dir():
                continue
            total += info.file_size
            if total > MAX_UNPACKED:
                raise file_error("inbox.err.zip_total", name=shown, gb=MAX_UNPACKED // 1024**3)
            if info.file_size > 1024**2 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise file_error(
                    "inbox.err.zip_ratio",
                    entry=_shown(info.filename),
                    name=shown,
                    ratio=f"{info.file_size // max(info.compress_size, 1):,}",
                )
            name = PurePosixPath(info.filename.replace("\\", "/")).name
            if name.lower().endswith(".txt"):
                texts.append(info)
            media.setdefault(name, info)
        chat = _pick_chat(texts)
        if chat is None:
            raise file_error("inbox.err.zip_no_chat", name=shown)
        if chat.file_size > MAX_CHAT_BYTES:
            raise file_error(
                "inbox.err.chat_too_big",
                name=shown,
                mb=f"{chat.file_size / 1024**2:.0f}",
                max=MAX_CHAT_BYTES // 1024**2,
            )
        with archive.open(chat) as fh:
            head = fh.read(8192)
        chat_name = PurePosixPath(chat.filename).name
        media.pop(chat_name, None)
        return ExportSource(
            path, chat_name, size, archive, chat, media, encoding=detect_encoding(head)
        )
    except BaseException:
        archive.close()
        raise
