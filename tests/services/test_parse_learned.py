"""The learned clause classifier (issue 15) in plain Python: it reproduces the
probabilities scikit-learn gave when it was trained (scripts/train_clause_model.py
prints these references, and checks every unit of every corpus the same way), it
finds the findings after "Hasil :" / "Temuan :" and the appeal on messages no corpus
holds, reads its file only when first asked, and never raises."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sambang_tui.services.parse import learned

DATA = Path(__file__).resolve().parent.parent / "data"

# (corpus, message, unit index, the unit's start, scikit-learn's probabilities
# OTHER / MESSAGE / FINDINGS), printed by scripts/train_clause_model.py: one unit per
# training corpus, its argmax class taking turns
REFERENCE = [
    ("messages", "01_numbered_paseban_cs", 7, "Salemba Raya RT 01 RW 06 Kel", (0.994870, 0.000451, 0.004678)),
    ("heldout", "01_numbered_sambang-tomas-paseban", 16, "Menghimbau kepada warga agar t", (0.000028, 0.999952, 0.000021)),
    ("heldout2", "02_numbered_sambang-kenari-emoji", 8, "Warga mengeluhkan lampu PJU di", (0.000135, 0.000039, 0.999826)),
    ("heldout3", "01_numbered_kenari-sambang-pos", 7, "Kenari", (0.997346, 0.000965, 0.001689)),
    ("heldout4", "01_numbered_sambang-pos-rw-kenari", 11, "Mengajak warga menghidupkan ke", (0.000261, 0.999414, 0.000324)),
    ("heldout5", "01_numbered_kenari-posyandu", 12, "Kader menyampaikan ada 2 orang", (0.000115, 0.000204, 0.999681)),
    ("heldout6", "01_numbered_pengajian-kembang", 7, "Sambang pengajian rutin malam ", (0.982375, 0.000213, 0.017411)),
    ("heldout7", "01_numbered_paseban-formal-letter", 23, "Menghimbau warga agar memasang", (0.000854, 0.999065, 0.000081)),
    ("heldout8", "01_numbered_sambang-pos-kamling", 17, "Warga menyampaikan lampu pener", (0.000329, 0.000555, 0.999116)),
    ("heldout9", "01_numbered_urutan-giat", 10, "Kenari II", (0.978507, 0.003411, 0.018081)),
    ("heldout10", "01_numbered_sambang-warkop", 10, "agar tidak memarkir motor di b", (0.000069, 0.999716, 0.000215)),
    ("heldout11", "01_numbered_kenari-pos-rw", 9, "Warga mengeluhkan lampu PJU di", (0.000411, 0.000059, 0.999530)),
    ("heldout12", "01_numbered_laporan-hasil-kegiatan", 16, "1", (0.914066, 0.053091, 0.032842)),
    ("heldout13", "01_numbered_kenari-pos-ronda", 13, "Mengajak warga untuk menghidup", (0.000537, 0.999317, 0.000146)),
    ("heldout14", "01_numbered_sambang-pos-rw-kwitang", 11, "Warga mengeluhkan lampu PJU di", (0.000292, 0.000034, 0.999673)),
    ("heldout15", "01_numbered_5w1h-kenari", 7, "Kenari Dalam RT 007 RW 04, Jl", (0.981845, 0.002717, 0.015438)),
    ("heldout16", "01_numbered_sambang-pos-rw-kramat", 20, "Pesan kamtibmas* : Mengajak wa", (0.062786, 0.829829, 0.107385)),
    ("heldout17", "01_numbered_ojol-verb-list", 10, "Menampung keluhan ojol soal ma", (0.045984, 0.038516, 0.915500)),
    ("heldout18", "01_numbered_sambang-pos-rw", 7, "Kenari", (0.997447, 0.000930, 0.001624)),
]  # fmt: skip


def test_probabilities_are_scikit_learns() -> None:
    for corpus, name, index, start, want in REFERENCE:
        text = (DATA / corpus / f"{name}.txt").read_text(encoding="utf-8")
        unit, probs = learned.classify(text)[index]
        assert unit.text.startswith(start), (corpus, name, unit.text)
        assert all(abs(p - w) <= 1e-4 for p, w in zip(probs, want, strict=True)), (name, probs)
        assert abs(sum(probs) - 1) < 1e-9


# messages written for this test, in the corpora's styles
TEMPLATE = """Selamat pagi Komandan, ijin melaporkan
Hari/Tgl : Kamis, 6 Februari 2025
Jam : 19.30 WIB
Tempat : Pos ronda RT 003 RW 07 Kel. Paseban
Kegiatan : Sambang siskamling
Hasil : Pengurus ronda menyampaikan jadwal jaga malam sering kosong karena banyak warga lembur
Situasi : aman terkendali
Aiptu Bambang Sutrisno"""

CHAT = """Ijin lapor Ndan
Sambang ke warung kopi Jl. Kramat Sentiong RT 09 RW 02
Temuan : Pemilik warung mengeluhkan ada anak muda nongkrong sampai subuh dan bikin berisik
Menghimbau warga agar segera melapor ke Bhabinkamtibmas bila ada gangguan kamtibmas
Situasi aman
Brigpol Dedi Kurniawan"""


def test_the_findings_after_hasil() -> None:
    guess = learned.guess(TEMPLATE)
    assert guess.findings == (
        "Pengurus ronda menyampaikan jadwal jaga malam sering kosong karena banyak warga lembur"
    )
    assert guess.message == ""


def test_the_findings_after_temuan_and_the_appeal() -> None:
    guess = learned.guess(CHAT)
    assert guess == learned.Guess(
        message="Menghimbau warga agar segera melapor ke Bhabinkamtibmas bila ada gangguan kamtibmas",
        findings="Pemilik warung mengeluhkan ada anak muda nongkrong sampai subuh dan bikin berisik",
    )


def test_greetings_and_the_officer_are_neither() -> None:
    for text in (TEMPLATE, CHAT):
        guess = learned.guess(text)
        for line in ("Selamat pagi", "Ijin lapor", "Aiptu Bambang", "Brigpol Dedi", "Situasi"):
            assert line not in guess.message and line not in guess.findings


def test_the_model_is_read_on_the_first_guess_only() -> None:
    """Importing the module opens nothing (the parser imports it when a message is
    parsed, and the app's start-up not at all: tests/test_import_hygiene.py)."""
    script = (
        "import json, sys\n"
        "opened = []\n"
        "def hook(event, args):\n"
        "    if event == 'open' and str(args[0]).endswith('clause_model.json'):\n"
        "        opened.append(str(args[0]))\n"
        "sys.addaudithook(hook)\n"
        "from sambang_tui.services.parse import learned\n"
        "at_import = len(opened)\n"
        "learned.guess('Hasil : warga mengeluhkan jalan rusak')\n"
        "learned.guess('Menghimbau warga agar menjaga kebersihan')\n"
        "print(json.dumps([at_import, len(opened)]))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == [0, 1]


def test_never_raises_on_odd_input() -> None:
    long = ("Hasil : warga menyampaikan keluhan soal parkir liar. " * 40 + "\n") * 6
    assert len(long) >= 12_000
    for text in (
        "",
        "   \n\t\r\n  ",
        "🙏🙏",
        "Ijin lapor 🙏 Temuan : 🔥🔥 kebakaran kecil di gang 3 😢\nHimbauan : 👍 jaga api",
        long,
        "\x00\u200b:;.",
        "=" * 300 + "\nHasil : aman",  # once seconds per "=" more (a regex backtracking)
    ):
        guess = learned.guess(text)
        assert isinstance(guess.message, str) and isinstance(guess.findings, str)
    assert learned.guess("") == learned.Guess("", "")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_on_any_text(text: str) -> None:
    assert isinstance(learned.guess(text), learned.Guess)
