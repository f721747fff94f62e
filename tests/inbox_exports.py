"""WhatsApp chat exports built by the tests themselves (invented messages,
never real people's): the same conversation written as Android and iOS
phones write it, in Indonesian and English, 24- and 12-hour clocks, as a
text file or a zip with its photos."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

LRM = "\u200e"
GROUP = "Bhabinkamtibmas Polsek Senen"
STYLES = ("android_id", "android_en_us", "android_en_gb", "ios_id", "ios_en_us")


@dataclass
class Msg:
    at: dt.datetime
    sender: str = ""
    text: str = ""
    photos: list[str] = field(default_factory=list)  # file names sent with the message
    omitted: int = 0  # media the export leaves out
    system: str = ""  # a system line's text (then sender and text are unused)


def _hour12(at: dt.datetime, seconds: bool, nnbsp: bool) -> str:
    hour = at.hour % 12 or 12
    ampm = "AM" if at.hour < 12 else "PM"
    sep = "\u202f" if nnbsp else " "
    sec = f":{at.second:02d}" if seconds else ""
    return f"{hour}:{at.minute:02d}{sec}{sep}{ampm}"


def header(style: str, at: dt.datetime) -> str:
    if style == "android_id":
        return f"{at:%d/%m/%y %H.%M} - "
    if style == "android_en_us":
        return f"{at.month}/{at.day}/{at:%y}, {_hour12(at, False, True)} - "
    if style == "android_en_gb":
        return f"{at:%d/%m/%Y}, {at:%H:%M} - "
    if style == "ios_id":
        return f"[{at:%d/%m/%y %H.%M.%S}] "
    if style == "ios_en_us":
        return f"[{at.month}/{at.day}/{at:%y}, {_hour12(at, True, False)}] "
    raise ValueError(style)


def photo_name(style: str, at: dt.datetime, n: int) -> str:
    if style.startswith("ios"):
        return f"{n:08d}-PHOTO-{at:%Y-%m-%d-%H-%M-%S}.jpg"
    return f"IMG-{at:%Y%m%d}-WA{n:04d}.jpg"


def _marker(style: str, name: str) -> str:
    if style == "android_id":
        return f"{name} (file terlampir)"
    if style.startswith("android"):
        return f"{name} (file attached)"
    word = "terlampir" if style == "ios_id" else "attached"
    return f"{LRM}<{word}: {name}>"


def _omitted(style: str) -> str:
    return {
        "android_id": "<Media tidak disertakan>",
        "android_en_us": "<Media omitted>",
        "android_en_gb": "<Media omitted>",
        "ios_id": f"{LRM}gambar tidak disertakan",
        "ios_en_us": f"{LRM}image omitted",
    }[style]


def render(messages: list[Msg], style: str, with_media: bool = True) -> str:
    """The chat text as the phone writes it (media markers as attached when
    ``with_media``, else as omitted)."""
    lines: list[str] = []
    ios = style.startswith("ios")
    for m in messages:
        head = header(style, m.at)
        if m.system:
            if ios:
                lines.append(f"{head}{GROUP}: {LRM}{m.system}")
            else:
                lines.append(f"{head}{m.system}")
            continue
        markers = [_marker(style, p) if with_media else _omitted(style) for p in m.photos]
        markers += [_omitted(style)] * m.omitted
        body = "\n".join([*markers, m.text] if m.text else markers)
        prefix = LRM if ios and markers else ""
        lines.append(f"{prefix}{head}{m.sender}: {body}")
    return "\n".join(lines) + "\n"


def chat_name(style: str) -> str:
    if style.startswith("ios"):
        return "_chat.txt"
    if style == "android_id":
        return f"Chat WhatsApp dengan {GROUP}.txt"
    return f"WhatsApp Chat with {GROUP}.txt"


def jpeg(seed: int, size: tuple[int, int] = (64, 48)) -> bytes:
    """A small, valid JPEG; a different seed gives different bytes."""
    from PIL import Image

    image = Image.new("RGB", size, ((seed * 37) % 256, (seed * 91) % 256, (seed * 53) % 256))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def photo_bytes(messages: list[Msg]) -> dict[str, bytes]:
    names = [p for m in messages for p in m.photos]
    return {name: jpeg(i + 1) for i, name in enumerate(names)}


def write_text(
    path: Path, messages: list[Msg], style: str, encoding: str = "utf-8", with_media: bool = False
) -> Path:
    path.write_bytes(render(messages, style, with_media).encode(encoding))
    return path


def write_zip(
    path: Path,
    messages: list[Msg],
    style: str,
    photos: dict[str, bytes] | None = None,
    encoding: str = "utf-8",
) -> Path:
    photos = photo_bytes(messages) if photos is None else photos
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(chat_name(style), render(messages, style).encode(encoding))
        for name, data in photos.items():
            z.writestr(name, data, compress_type=zipfile.ZIP_STORED)
    return path


# -- a day in the group (Polsek Senen demo officers) --------------------------

DAY = dt.date(2024, 12, 2)

REPORT_PASEBAN = (
    "Ijin melaporkan kegiatan Bhabinkamtibmas Kel. Paseban\n"
    "1. Hari/Tanggal : Senin, 02 Desember 2024\n"
    "2. Waktu : 10.00 WIB s.d. selesai\n"
    "3. Tempat : Jl. Salemba Raya RT 01 RW 06 Kel. Paseban\n"
    "4. Kegiatan : Sambang dan Cooling System bersama warga dan kelompok pemuda\n"
    "5. Sasaran : ± 15 orang warga\n"
    "6. Pesan kamtibmas : Agar tidak terprovokasi perbedaan pilihan Pilkada\n"
    "7. Situasi : Aman dan kondusif"
)
REPORT_KRAMAT = (
    "bripka dwi hartono sambang pos kamling rw 09 kramat jam 22.30 ngopi bareng "
    "warga ronda ± 6 org. kondusif"
)
REPORT_BUNGUR = (
    "Giat DDS kel bungur rw 02 rt 05\n"
    "Senin 2/12 jam 19.00-21.00\n"
    "12 KK, keluhan: sampah menumpuk, harapan: ada pengangkutan rutin\n"
    "situasi aman"
)


def at(hour: int, minute: int, second: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute, second))


def day_messages(style: str = "android_id", day: dt.date = DAY) -> list[Msg]:
    """A day of the group: the encryption notice, someone joining, greetings
    and "siap", three reports (one sent with two photos before it, one with
    a photo as its own caption), a sticker, chatter and a deleted message.
    Another ``day`` moves every message (and the dates they state) to it."""

    def at(hour: int, minute: int, second: int = 0) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour, minute, second))

    paseban, bungur = REPORT_PASEBAN, REPORT_BUNGUR
    if day != DAY:
        paseban = paseban.replace("Senin, 02 Desember 2024", f"{day:%d} Desember 2024")
        bungur = bungur.replace("Senin 2/12", f"{day.day}/{day.month}")
    return [
        Msg(
            at(6, 0),
            system="Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang "
            "pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya.",
        ),
        Msg(at(6, 5), system="Aipda Yusuf Maulana bergabung menggunakan tautan undangan grup ini"),
        Msg(
            at(7, 0),
            "Iptu Dedi Suryadi",
            "Selamat pagi rekan2, semangat bertugas. Laporan kegiatan dikirim di grup ini ya",
        ),
        Msg(at(7, 1), "Aiptu Heri Kurniawan", "Siap ndan 86"),
        Msg(at(7, 2), "Bripka Dwi Hartono", "Siap"),
        Msg(at(10, 38), "Aiptu Heri Kurniawan", photos=[photo_name(style, at(10, 38), 1)]),
        Msg(at(10, 39), "Aiptu Heri Kurniawan", photos=[photo_name(style, at(10, 39), 2)]),
        Msg(at(10, 41, 23), "Aiptu Heri Kurniawan", paseban),
        Msg(at(10, 45), "Iptu Dedi Suryadi", "Mantap, lanjutkan"),
        Msg(at(12, 0), "Bripka Agus Setiawan", photos=[f"STK-{day:%Y%m%d}-WA0003.webp"]),
        Msg(at(13, 15), "Bripka Agus Setiawan", "Ijin ndan, sy izin ke dokter sebentar"),
        Msg(at(19, 5), "+62 813-1000-0016", bungur),
        Msg(
            at(22, 40),
            "Bripka Dwi Hartono",
            REPORT_KRAMAT,
            photos=[photo_name(style, at(22, 40), 3)],
        ),
        Msg(
            at(22, 41),
            "Bripka Dwi Hartono",
            "Pesan ini telah dihapus" if "id" in style else "This message was deleted",
        ),
    ]
