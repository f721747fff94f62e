"""The free text: sentences, the kamtibmas message and the findings of a
prose report, and the narrative that keeps whatever could not be placed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sambang_tui.services.parse import dictated, disputes, paragraphs, told, verbs
from sambang_tui.services.parse.numerals import AMOUNT_WORDS
from sambang_tui.services.parse.vocabulary import (
    APPEAL_VERBS,
    POLICE_RANKS,
    chat,
)


@dataclass
class Spoken:
    """What the free text says beyond the visit: the appeal and the findings,
    verbatim, and the rest (the visit) for the other fields to be read from."""

    message: str = ""
    findings: str = ""
    visit: str = ""
    sources: str = ""  # whom the findings were heard from ("Para driver", "Menurut warga")


_APPEAL = re.compile(rf"\b(?!{verbs.INVITED})(?:{APPEAL_VERBS})\b", re.I)
_QUOTE = re.compile(
    r"^[\"“”']|[\"“”'][^\"“”']{8,}[\"“”'],?\s*(?:ujar|tutur|kata|ucap|pungkas|imbuh|tegas|jelas)\w*",
    re.I,
)
# the officer (named before) asking more: "Ia juga meminta …", "Tak lupa, beliau mengajak …"
_OFFICER_SUBJECT = rf"(?:ia|dia|beliau|bliau|bhabin\w*|petugas|(?:{POLICE_RANKS})\s+\w+)"
_ALSO_APPEAL = re.compile(
    chat(
        rf"^(?:(?:(?:tak|tidak)\s+lupa|selain\s+itu),?\s+{_OFFICER_SUBJECT}\s+(?:juga\s+)?"
        rf"|{_OFFICER_SUBJECT}\s+(?:juga|pun|kembali|turut|tak\s+lupa|tidak\s+lupa)\s+)"
        # asking, not reporting what he did ("Beliau juga memastikan bahwa …")
        rf"(?:{APPEAL_VERBS}|meminta|minta|menyarankan|mengarahkan|mendorong|menegaskan|menekankan"
        r"|memohon|mengharapkan|berharap|meneruskan\s+pesan|menitipkan\s+pesan)\b"
    ),
    re.I,
)
# a quotation said by the officer: "Jangan …," kata Aiptu Budi
_OFFICER_QUOTE = re.compile(
    r"[\"“”][^\"“”]{8,}[\"“”],?\s*(?:ujar|kata|tutur|ucap|pesan|imbuh|tegas|jelas|pungkas)\w*\s+"
    rf"(?:{POLICE_RANKS}|akp|kompol|kapolsek|kanit|bhabin\w*)\b"
    # "…," pesannya: only the officer gives a "pesan"; those met tell, ask or complain
    r"|[\"“”][^\"“”]{8,}[\"“”],?\s*pesannya\b",
    re.I,
)
# a count, in digits or words ("n 3 pengurus", "n tiga pengurus"), marks chat's terse items
_COUNT = rf"\d|\b{AMOUNT_WORDS}\s+(?=[a-z])"
_TERSE_BEFORE = re.compile(
    rf"{_COUNT}|\b(?:lapor|lap|ijin|izin|sambang|dds|dd|ps|cs|binluh|patroli|giat|pkl|jam|deteksi|cooling"
    r"|penyuluhan|pengamanan|problem)\b",
    re.I,
)
_CLAUSE_CUT = told.CLAUSE_CUT
# whom the officer met, told in the clause before his appeal's verb
_MET_BEFORE = re.compile(rf"\b(?:ketemu|ktm|ngobrol|bertemu|temu)\b|{_COUNT}|±", re.I)
# a piece after a comma that starts a new item, not more of the appeal
_NEW_ITEM = re.compile(
    r"(?:(?:situasi|sit|kondisi)\b|aman\b|kondusif\b|terkendali\b|rawan\b|waspada\b|±|\d"
    r"|(?:jam|pkl|pukul|tgl|rt|rw)\b|(?:keluhan|harapan|hasil|temuan)\b"
    rf"|(?:{POLICE_RANKS})\b"
    # what the officer did about it: "…, sdh koordinasi piket"
    r"|(?:sdh|sudah|telah)\s+(?:koordinasi|dikoordinasikan|berkoordinasi|lapor|dilaporkan|diteruskan)\b)",
    re.I,
)


_BARE_MARK = re.compile(r"\(?\d{1,2}\s*[.)]")


def _clause(sentence: str, start: int) -> tuple[int, int]:
    """The span of the terse item that starts at ``start``: up to the next
    comma that opens a new item (a situation, a count, a time)."""
    end = len(sentence)
    for m in _CLAUSE_CUT.finditer(sentence, start):
        hard = m.group(0).strip() in (";", ".") or told.SEPARATOR.fullmatch(m.group(0))
        if _NEW_ITEM.match(sentence, m.end()) or hard:
            end = m.start()
            break
    # "… (waspada)": the situation
    piece = paragraphs.SITUATION_TAIL.sub("", sentence[start:end].rstrip())
    return start, start + len(piece)


def _terse_item(sentence: str, item: re.Pattern[str]) -> tuple[int, int, str] | None:
    """A comma-separated item of a terse sentence that starts with ``item``
    (its label or verb): the span and the text without a label noun."""
    starts = [0] + [m.end() for m in _CLAUSE_CUT.finditer(sentence)]
    for start in starts:
        if item.match(sentence, start):
            a, b = _clause(sentence, start)
            return a, b, sentence[a:b]
    return None


def read_prose(text: str) -> Spoken:
    """The appeal and the findings of free text, and the visit without them.

    A release-like sentence with an appeal verb is the message as a whole,
    subject and verb included, with the sentences that go on with it (an
    appeal of its own, a quotation with its "ujarnya"). In a terse message
    only the item that holds the appeal is ("…, hmbau jaga kamtibmas, aman").
    Findings are what the people met told or agreed, or a sentence that
    starts with "Hasilnya", "Didapat informasi" …; a terse item labelled
    without a colon ("keluhan parkir liar") is one too, label taken off."""
    sentences = paragraphs.paragraph_sentences(text)
    spoken = Spoken()
    used: dict[int, list[tuple[int, int]] | None] = {}  # sentence -> spans taken (None: all)
    message: list[tuple[int, str]] = []
    findings: list[tuple[int, str]] = []
    findings_at = -2  # the last sentence read as a finding
    ended: tuple[int, int] | None = None  # the first finding telling how a dispute ended, and where
    sources: list[str] = []
    for index, (paragraph, sentence) in enumerate(sentences):
        if index in used:
            continue
        # an appeal, or another one further on ("… Ia juga mengingatkan agar ketua RT …")
        appeal = None if message and told.FINDINGS_LEAD.match(sentence) else _appeal(sentence)
        if told.QUOTED_AGAIN.match(sentence) and findings_at == index - 1:
            appeal = None  # '"Kami minta …," ujarnya': whoever was just told of goes on
        if appeal is not None and dictated.ANNOUNCED_ONLY.search(sentence):
            appeal = None  # "… serta menyampaikan pesan kamtibmas.": a topic; what he said follows
        serial = dictated.SERIAL_APPEAL.match(sentence)
        if serial is not None and index and dictated.met_run_on(sentences[index - 1], paragraph):
            # dictated: "… bertemu ketua rw dan warga menyampaikan himbauan agar …" — the
            # officer goes on speaking; whom he met stays in the visit
            said = serial.end("who")
            own = re.search(r"\b(?:kami|saya|sy|ane|aku)\s+$", serial.group("who"))
            start = own.start() if own else said  # "kami sampaikan agar …": said with its verb
            appeal = said, len(sentence), sentence[start:]
        elif appeal is None or appeal[0] == 0:
            inline = dictated.MET_THEN_APPEAL.search(sentence)
            if inline is not None and not re.search(r"[.!?]\s", sentence):
                end = dictated.SITUATION_AFTER.search(sentence, inline.end())
                b = end.start() if end else len(sentence)
                appeal = inline.start("verb"), b, sentence[inline.start("verb") : b]
        if appeal is not None:
            a, b, value = appeal
            used[index] = None if (a, b) == (0, len(sentence)) else [(a, b)]
            message.append((paragraph, value))
            if used[index] is not None:
                # a terse item: another item of the sentence may be a finding
                rest = sentence[:a] + " " * (b - a) + sentence[b:]
                finding = _finding(rest) or told.run_on_told(rest, dictated.MET)
                if finding is not None and finding[0] < a < finding[1]:
                    # "Info dr pengelola ada …, sdh sy minta …": what was told ends at the appeal
                    gap = re.search(r"\s{3,}", finding[2])
                    finding = finding[0], a, finding[2][: gap.start()] if gap else finding[2]
                if finding is not None and finding[:2] != (0, len(sentence)):
                    used[index] = [(a, b), finding[:2]]
                    findings.append((paragraph, finding[2].strip(" ,;")))
                    findings_at = index
                    if ended is None and disputes.ended(findings[-1][1]):
                        ended = len(findings) - 1, index
            if used[index] is None:
                verb = _APPEAL.search(sentence)
                passive = verb is not None and verb.group(0).casefold().startswith("di")
                if verb is not None and verb.start() > 0 and not passive:
                    # whom the appeal was made to was met: the visit keeps it
                    used[index] = [(verb.start(), len(sentence))]
                for after in range(index + 1, len(sentences)):
                    nxt_paragraph, nxt = sentences[after]
                    if not _ALSO_APPEAL.match(nxt) and (
                        not (_APPEAL.search(nxt) or _QUOTE.search(nxt))
                        or told.SPEAKER.match(nxt)
                        or told.QUOTED_SPEAKER.search(nxt)
                    ):
                        break
                    used[after] = None
                    message.append((nxt_paragraph, nxt))
            continue
        finding = _finding(sentence)
        if finding is None and index + 1 < len(sentences):
            nxt_paragraph, nxt = sentences[index + 1]  # a dictated run cut before the appeal
            if nxt_paragraph == paragraph and _appeal(nxt) is not None:
                finding = told.run_on_told(f"{sentence}   ", dictated.MET)
        if finding is None and told.QUOTED_AGAIN.match(sentence) and findings_at == index - 1:
            finding = 0, len(sentence), sentence  # "…," katanya: the speaker before goes on
        outcome = told.MEETING_OUTCOME.match(sentence)
        if finding is None and outcome is not None and findings_at >= max(0, index - 2):
            finding = outcome.end(), len(sentence), sentence  # whom the clause names was met
        if finding is None and index and (settled := told.OUTCOME.match(sentence)):
            # "… 2 kk ribut soal jemuran. udh didamaikan, …": the dispute the outcome ends
            prev_paragraph, prev = sentences[index - 1]
            problem = told.problem_before(prev, len(prev))
            if problem is not None and used.get(index - 1, []) is not None:
                findings.append((prev_paragraph, problem[1]))  # its parties stay in the visit
                finding = 0, len(sentence), sentence.rstrip(" .")
                paragraph = -1  # on a line of its own after the problem
            elif problem is None and disputes.dispute_named(
                disputes.unused(sentences[:index], used)
            ):
                # "ps cekcok … rt 3. sdh didamaikan, kedua pihak …": the parties stay in the visit
                finding = 0, settled.end(), sentence
        previous = findings[-1][1] if findings and findings_at == index - 1 else ""
        finding = told.settling([s for _, s in sentences], index, finding, previous)
        if finding is not None and told.NOTHING_FOUND.fullmatch(finding[2]):
            finding = None  # "…, tdk ada keluhan. Aman.": nothing found, no finding
        if finding is not None:
            findings_at = index
            finding, answer = told.answered(sentence, finding)
            a, b, value = finding
            used[index] = None if (a, b) == (0, len(sentence)) else [(a, b)]
            findings.append((paragraph, value))
            sources.append(_source_of(sentence))
            if answer is not None:  # "… Sy himbau sopir tegur …": the officer's appeal
                used[index] = [*(used[index] or [(a, b)]), answer[:2]]
                message.append((paragraph, answer[2]))
            if ended is None and disputes.ended(value):
                ended = len(findings) - 1, index
    if ended is not None:
        disputes.name_the_dispute(sentences, used, findings, ended)
    flat = paragraphs.flat_stops(sentences)
    message = [(p, told.without_passing_on(value)) for p, value in message]
    if sum(bool(paragraphs.ITEM_MARK.match(value)) for _, value in message) == 1:
        # "6. Himbau …", a template's item read as prose: its number is the template's, not a
        # list of the appeal's own (a list keeps its markers)
        message = [(p, paragraphs.ITEM_MARK.sub("", value, count=1)) for p, value in message]
    spoken.message = paragraphs.unstopped(
        paragraphs.join([(p, value) for p, value in message if value]), flat
    )
    spoken.sources = "\n".join(s for s in sources if s)
    spoken.findings = paragraphs.unstopped(paragraphs.join(findings), flat)
    visit: list[tuple[int, str]] = []
    for index, (paragraph, sentence) in enumerate(sentences):
        if index in used:
            spans = used[index]
            if spans is None:
                continue
            cut_end = any(b == len(sentence) for _, b in spans)
            for a, b in sorted(spans, reverse=True):
                sentence = sentence[:a] + sentence[b:]
            sentence = re.sub(r"\s*,(?:\s*,)+", ",", sentence).strip(" ,;")
            if cut_end and sentence and sentence[-1].isalnum():
                sentence += "."  # the subject left stays a sentence of its own
        if sentence and not _BARE_MARK.fullmatch(sentence):  # "3." of an item read whole
            visit.append((paragraph, sentence))
    spoken.visit = paragraphs.join(visit)
    return spoken


# prose that fronts whom or where before the officer: "Di hadapan ± 30 jamaah, Aipda X …",
# "Kepada 12 pedagang, Aiptu Y …" — the whole sentence is the appeal, not a terse item
_FRONTED = re.compile(
    rf"^[A-Z][^,]*,\s*(?-i:[A-Z]\w*)\s+(?:{_OFFICER_SUBJECT}|\w+)(?:\s+\w+)?\s*$", re.I
)


# "pesan saya jangan …": the officer saying it in his own words, as "ane titip pesan …" (the
# later corpora's ruling keeps it); "pesan dari kami", "pesan kamtibmas" and "pesan saya agar …"
# head the appeal as a label would, and so did the first corpora's writers for "pesan ane …"
_OWN_WORDS = re.compile(
    r"pesan\s+(?:saya|sy)\s+(?!(?:agar|supaya|spy|agr|biar|kamtibmas)\b)[^:\n]*$", re.I
)


def _appeal(sentence: str) -> tuple[int, int, str] | None:
    if _OFFICER_QUOTE.search(sentence):
        return 0, len(sentence), sentence  # "Jangan …," kata Aiptu Budi: the appeal in a quotation
    item = _terse_item(sentence, dictated.MESSAGE_ITEM)
    if item is not None and (item[0] == 0 or _TERSE_BEFORE.search(sentence[: item[0]])):
        a, b, value = item
        label = dictated.MESSAGE_ITEM.match(value)
        if label is not None and not _OWN_WORDS.match(value):
            value = value[label.end() :]
        if re.fullmatch(r"(?:yang|yg)\s+\w+\W*", value, re.I):
            return None  # "pesan kamtibmas yang disampaikan", a label with no text
        return a, b, value
    if dictated.BARE_PURPOSE.match(sentence):
        return 0, len(sentence), sentence  # "Agar jgn tergiur …": the appeal, its verb unsaid
    m = _APPEAL.search(sentence)
    if m is None or told.SPEAKER.match(sentence) or told.QUOTED_SPEAKER.search(sentence):
        return None  # none, or the people met asking something ("Warga meminta agar …")
    text = dictated.without_label(sentence)
    if not text:
        return None
    before = sentence[: m.start()]
    # a terse item after a comma, or after a stop in lower-case chat ("… 3 ketua rt. himbau …")
    stop = before.rfind(". ") + 1 if m.group(0)[:1].islower() else 0
    if ("," in before or stop) and _TERSE_BEFORE.search(before) and not _FRONTED.search(before):
        separated = [m.end() - 1 for m in told.SEPARATOR.finditer(before)]
        start = max(before.rfind(","), before.rfind(";"), stop, *separated) + 1
        start += len(sentence[start:]) - len(sentence[start:].lstrip())
        if _MET_BEFORE.search(sentence[start : m.start()]):
            start = m.start()  # "ngobrol sm pemuda ±15 org hmbau jgn …": whom he met stays
        a, b = _clause(sentence, start)
        return a, b, sentence[a:b]
    if text != sentence:
        return sentence.find(text), len(sentence), text
    return 0, len(sentence), sentence


def _finding(sentence: str) -> tuple[int, int, str] | None:
    speaker = told.SPEAKER.match(sentence)
    if told.FINDINGS_LEAD.match(sentence) or speaker:
        if _APPEAL.search(sentence) and not speaker:
            return None
        text = (
            dictated.without_label(sentence) if re.match(r"hasil\s*:", sentence, re.I) else sentence
        )
        heard = told.HEARD_LABEL.match(text)  # "informasi yang didapat ada …": a label, dropped
        if heard is not None and not speaker and text[heard.end() :].strip():
            return heard.end(), len(sentence), text[heard.end() :]
        if not text:
            return None
        label = told.ITEM_LABEL.match(text)
        if label is not None and not speaker and text[label.end() :].strip():
            return label.end(), len(sentence), text[label.end() :]
        # whoever told it was met: the visit keeps the subject ("Ketua RT 03, Bapak Darmaji,
        # mengapresiasi …", "Para driver cerita …") or the source ("Menurut pedagang, …")
        if speaker is not None:
            named = told.NAMED_SUBJECT.search(sentence, 0, speaker.start("verb"))
            # a group ("Warga mengeluhkan …") is mostly the one met already: kept aside; whom a
            # leading clause names ("Disaksikan Pak RT, …") was met
            return (
                (speaker.start("verb") if named else max(speaker.end("lead"), 0)),
                len(sentence),
                text,
            )
        source = told.SOURCE.match(sentence)
        return (source.end() if source else 0), len(sentence), text
    if told.QUOTED_SPEAKER.search(sentence):
        return 0, len(sentence), sentence
    label = told.ITEM_LABEL.match(sentence)
    if label is not None and sentence[0].islower():  # "masalah dua warga ribut …": chat, dictated
        a, b = _clause(sentence, 0)
        if sentence[label.end() : b].strip():
            return a, b, sentence[label.end() : b]
    item = _terse_item(sentence, told.HEARD)  # "…: info dr pak rt ada rencana tawuran"
    if item is not None and item[0] > 0 and _TERSE_BEFORE.search(sentence[: item[0]]):
        a, b, value = item
        heard = told.HEARD.match(
            value
        )  # told with its source, which stays in the visit: it was met
        return (a + heard.end(), b, value) if heard else item
    item = _terse_item(sentence, told.FINDINGS_ITEM)
    if item is not None and item[0] > 0 and _TERSE_BEFORE.search(sentence[: item[0]]):
        a, b, value = item
        label = told.FINDINGS_ITEM.match(value)
        return a, b, value[label.end() :] if label else value
    item = _terse_item(sentence, told.OUTCOME)  # "…, sdh didamaikan"
    if item is not None and item[0] > 0 and _TERSE_BEFORE.search(sentence[: item[0]]):
        a, b, value = item
        outcome = told.OUTCOME.match(value)  # the parties it goes on to name stay in the visit
        problem = told.problem_before(sentence, a)
        if problem is not None:  # "ribut parkir antar tetangga, udh damai": both, as the ruling
            value = f"{problem[1]}\n{value}"  # (its parties stay in the visit: they were met)
        return a, a + (outcome.end() if outcome else len(value)), value
    complaint = told.COMPLAINT_CLAUSE.search(sentence)  # "… 4 pedagang, yang mengeluhkan …"
    if complaint is not None:
        a, b = _clause(sentence, complaint.start("verb"))
        return a, b, sentence[a:b]
    item = _terse_item(sentence, told.OBSERVED)  # "…, ada kumpulan pemuda di gang"
    if item is not None and item[0] > 0 and _TERSE_BEFORE.search(sentence[: item[0]]):
        return item
    item = _terse_item(sentence, told.SPEAKER)  # "…, kedua pihak sepakat damai"
    if item is not None and item[0] > 0 and _TERSE_BEFORE.search(sentence[: item[0]]):
        return item
    return None


def _source_of(sentence: str) -> str:
    """Whom a finding was heard from: its subject ("Para pedagang" of "Para
    pedagang mengeluhkan …") or its source ("Menurut warga, …")."""
    speaker = told.SPEAKER.match(sentence)
    if speaker is not None:
        return sentence[: speaker.start("verb")].strip(" ,")
    source = told.SOURCE.match(sentence)
    return source.group(0) if source else ""


def message_from_prose(text: str) -> str:
    return read_prose(text).message


def findings_from_prose(text: str) -> str:
    return read_prose(text).findings


# a form's label for how a mediation ended: "Hasil :", "Kesepakatan :", "Penyelesaian :"
_OUTCOME_LABEL = re.compile(r"(?:hasil|kesepakatan|penyelesaian)\b", re.I)
# who saw it settled, told after the outcome: "Disaksikan Ketua RT 02.", "Dihadiri …"
# (last on its line)
_NAMES_ACTIVITY = re.compile(
    r"\b(?:problem\s+solving|ps|melaksanakan|dilaksanakan|giat|kegiatan)\b", re.I
)
_WITNESSED = re.compile(r"(?:(?<=[.!?])\s+|\n)(?:disaksikan|dihadiri)\b[^\n]*$", re.I | re.M)


def outcome_with_dispute(labels: list[str], told_section: str, visit: str) -> str:
    """A form's labelled outcome ("Hasil : kedua pihak sepakat …") whose
    dispute the activity's own clause names unlabelled ("… problem solving
    terkait perselisihan batas tembok dengan …", "Masalah … antara Bpk. X &
    Bpk. Y."): the dispute goes first on a line of its own, as the README's
    ``Permasalahan`` and ``Hasil``; the witnesses told after the outcome
    ("Disaksikan Ketua RT …") are whom he met, no finding."""
    if not (
        labels
        and all(_OUTCOME_LABEL.match(label.strip(" *_")) for label in labels)
        and disputes.ended(told_section)
        and disputes.dispute_named([told_section]) is None
    ):
        return told_section
    # only a sentence of its own: named as the activity's object ("… melaksanakan problem
    # solving sengketa … . Hasil: …") the dispute is the activity, and writers keep it out
    # (development 49, heldout10, heldout25) as often as in
    problem = disputes.dispute_named(
        [s for _, s in paragraphs.paragraph_sentences(visit) if not _NAMES_ACTIVITY.search(s)],
        labelled=True,
    )
    if problem is None:
        return told_section
    return f"{problem}\n{_WITNESSED.sub('', told_section).strip()}"
