"""The parser on the held-out corpora written after the first, each by
someone who never saw the parser, frozen before it was scored:

- ``heldout2`` (60 messages, 67 reports, seven styles), written after round
  1. Round 2 scored it once, never seen: 91.6 % precision / 84.5 % recall
  (strict, in the database; round 1: 90.0 / 82.7). Rounds 3 and 4 TUNED ON
  IT (its misses read, general rules added, each with invented unit tests
  in test_parse_round3.py and test_parse_round4.py): 97.1 / 94.9, then
  97.5 / 95.9 (round 5, tuned on the third: 98.1 / 96.6). It is a
  development corpus now; its figures say "tuned on".
- ``heldout3`` (60 messages, 67 reports, nine styles among them dictated
  messages and blank templates), written during round 3: never shown to
  whoever tuned in rounds 2–4 (round 2 / 3 / 4: 91.0 / 83.9, 92.3 / 85.9,
  93.0 / 88.8). Round 5 TUNED ON IT (its misses read by category, general
  rules added with invented unit tests in test_parse_round5.py): 95.5 /
  93.0. It is a development corpus now; its figures say "tuned on".
- ``heldout4`` (50 messages, 55 reports, the same styles), written during
  round 4 (its writer saw three commit subjects of round 4 after writing
  every message): never shown to whoever tuned in rounds 2–5, not even as
  aggregates. Rounds 2 / 3 / 4 / 5: 90.8 / 81.7, 91.2 / 83.5, 91.4 / 85.3,
  92.2 / 86.4. Round 6 TUNED ON IT (its misses read by category, general
  rules added with invented unit tests in test_parse_round6.py): 94.5 /
  90.6. It is a development corpus now; its figures say "tuned on".
- ``heldout5`` (50 messages, 56 reports) and ``heldout6`` (50 messages, 57
  reports), written during rounds 5 and 6 by two more writers who saw no
  code and no other corpus (heldout6's writer was also told of national-app
  forms and streets shared by two kelurahan): never shown to whoever
  tuned in rounds 4–6, not even as aggregates. heldout5, rounds 4 / 5 / 6:
  87.2 / 82.8, 88.2 / 84.0, 88.6 / 85.1; heldout6, rounds 5 / 6: 92.5 /
  88.4, 92.5 / 88.8 (round 4's parser raised IndexError on one of its
  messages — see test_parse_never_raises.py). Round 7 TUNED ON heldout5
  (its audience misses read by category, general rules of whom the officer
  met and time ranges added with invented unit tests in
  test_parse_round7.py): 91.6 / 88.9. It is a development corpus now; its
  figures say "tuned on". heldout6 stayed never seen: round 7, 93.2 / 89.9.
  Round 8 TUNED ON heldout6 (its findings, appeal and place misses read by
  category, general rules added with invented unit tests in
  test_parse_round8.py): 95.3 / 92.7. It is a development corpus now; its
  figures say "tuned on". Round 9 follows the rulings of the held-out
  README, where its writer differed: an appeal dictated after a meeting is
  copied with its verb (``menyampaikan himbauan agar …``), so its floor is
  94.5 / 92.
- ``heldout7`` (50 messages, 56 reports), written during round 7 by a
  fourth writer who saw no code and no other corpus: never seen by whoever
  tuned in rounds 5–8: 90.7 / 82.5, 90.9 / 83.2, 91.2 / 84.3, 91.6 / 84.7.
- ``heldout8`` (50 messages, 55 reports), written during round 8 by a
  fifth such writer: never seen by whoever tuned in rounds 7–8: 91.4 /
  86.3, 91.6 / 86.5.
- Round 9 TUNED ON heldout7 and heldout8 (their misses read by category,
  the rulings added to the held-out README followed, general rules added
  with invented unit tests in test_parse_round9.py; a few of heldout8's
  answers aligned to the rulings, each named in its commit): heldout7
  94.5 / 90.5, heldout8 96.6 / 93.7. They are development corpora now;
  their figures say "tuned on".
- ``heldout9`` and ``heldout10`` (50 messages and 56 reports each),
  written during round 9 by two more writers who saw no code and no other
  corpus, under the rulings the held-out README gained then (where earlier
  writers and the second annotator had differed): never seen by whoever
  tuned. Rounds 8 / 9: heldout9 95.3 / 91.0, 95.7 / 92.0; heldout10
  91.0 / 87.8, 91.5 / 89.6.
- Round 10 TUNED ON heldout9 and heldout10 (their misses read by category —
  whom the officer met first, then findings, the appeal's end and the
  place — general rules added with invented unit tests in
  test_parse_round10.py; no answer of theirs changed): heldout9 96.9 /
  93.7, heldout10 96.8 / 95.6. They are development corpora now; their
  figures say "tuned on". (Round 10 first dropped round 9's reading of a
  crowd the officer addressed himself, to follow the ruling's letter; the
  development corpus fell below 100 / 100, so the reading came back and the
  ruling was amended — heldout9–12 score the same either way.)
- ``heldout11`` and ``heldout12`` (50 messages and 56 reports each),
  written during round 10 by two more such writers under the rulings:
  never seen by whoever tuned. Rounds 8 / 9 / 10: heldout11 90.9 / 84.6,
  92.4 / 86.9, 92.2 / 87.3; heldout12 91.6 / 89.9, 93.1 / 92.1, 93.1 /
  92.3. Round 10 moved the two corpora it read by +1.2 / +1.7 and +5.3 /
  +6.0, and these two by -0.2 / +0.4 and 0 / +0.2. Round 11 TUNED ON
  heldout11 and heldout12 (their misses read by category — whom the
  officer met first — general rules added with invented unit tests in
  test_parse_round11.py; no answer of theirs changed): heldout11 94.1 /
  90.3, heldout12 94.6 / 94.3. They are development corpora now; their
  figures say "tuned on".
- ``heldout13`` and ``heldout14`` (50 messages and 56 reports each),
  written during round 11 by two more such writers under the rulings (as
  amended): never seen by whoever tuned. Rounds 8 / 9 / 10 / 11: heldout13
  92.8 / 85.8, 93.3 / 87.1, 93.5 / 87.4, 93.7 / 87.8; heldout14 90.8 /
  87.1, 91.6 / 88.5, 91.8 / 88.8, 92.2 / 89.2. Round 12 TUNED ON heldout13
  first (its misses read by category — a day's list, chat's dates, findings
  in chat's words — general rules added with invented unit tests in
  test_parse_round12.py; no answer changed): heldout13 95.2 / 91.7, while
  heldout14, not yet read, stayed at 92.2 / 89.2. Round 12 then TUNED ON
  heldout14 too (chat's sources and labels of a finding, a bare "agar" as
  the appeal, "air PAM"): heldout13 95.2 / 91.7, heldout14 93.0 / 90.5.
  They are development corpora now; their figures say "tuned on".
- ``heldout15`` and ``heldout16`` (50 messages and 56 reports each, under
  the rulings): never seen by whoever tuned in rounds 11–12: 91.8 / 86.7
  and 92.4 / 89.9 (whom the officer met 63.5 / 60.0 and 63.6 / 62.5). Round
  13 TUNED ON heldout15 (whom the officer met, as one model: the role
  lexicon, counts after a word of approximation, a list's head and its
  members, those acted upon; test_parse_round13.py): heldout15 93.7 / 88.5,
  while heldout16, not yet read, stayed at 92.4 / 89.9 (audience 63.6 /
  62.5). Round 13 then TUNED ON heldout16 too (a number each, a total
  closing a list, a list's lines summed, a role and the name set off after
  it, witnesses told in the findings, a business's owner): heldout15 94.9 /
  89.9, heldout16 94.8 / 92.2. They are development corpora now; their
  figures say "tuned on".
- ``heldout17`` (50 messages, 55 reports) and ``heldout18`` (50 messages,
  56 reports), written during round 12 by two more such writers under the
  rulings: NEVER SEEN by whoever tuned. Rounds 11 / 12 / 13: heldout17
  87.5 / 86.1, 87.5 / 86.3, 87.5 / 86.5; heldout18 93.8 / 87.3, 93.8 /
  87.3, 94.0 / 87.5 (whom the officer met, round 13: 60.4 / 59.3 and
  74.0 / 66.1).
- ``heldout19`` and ``heldout20`` (50 messages and 56 reports each),
  written after round 13 by two more such writers under the rulings:
  NEVER SEEN by whoever tuned. Round 13: heldout19 93.5 / 88.2, heldout20
  93.0 / 88.8 (whom the officer met 75.0 / 75.0 and 72.2 / 70.9).
- ``heldout21`` and ``heldout22`` (50 messages and 56 reports each;
  heldout21's README says 55, miscounting 45 + 11), written after a
  learned fallback for the appeal and the findings was built (and since
  taken out: README): NEVER SEEN by whoever tuned. Round 13: heldout21
  90.5 / 86.3, heldout22 93.9 / 89.6.
- Round 14 read none of heldout17–22: it pooled the misses left in the
  corpora already read and fixed only patterns found in three or more of
  them (test_parse_round14.py). heldout17–22 after it: 87.7 / 86.7, 94.2 /
  87.9, 94.0 / 88.8, 93.2 / 89.0, 90.7 / 86.4, 93.9 / 89.6 (+8 right, none
  more filled; the place +7, whom the officer met +1). Round 15, the same
  way for the findings, the appeal and the situation (test_parse_round15.py):
  88.1 / 87.1, 94.2 / 88.1, 94.3 / 89.3, 93.2 / 89.5, 90.7 / 86.4, 93.9 /
  89.6 (+9 right, 6 more filled). Round 16, for the date, times, officer,
  kelurahan and types (test_parse_round16.py): 88.3 / 87.8, 94.4 / 88.4,
  94.5 / 90.2, 93.5 / 90.6, 91.0 / 87.2, 94.1 / 89.8 (+22 right, 16 more
  filled).
- ``heldout23`` and ``heldout24`` (50 messages and 56 reports each),
  written during round 17 by two more such writers, each asked to give
  some officers habits of their own (a reply under the Kanit's quoted
  question, fields run into one line with ``|`` or ``/``, a week's recap;
  a table-like daily report, numbers in words, English words): NEVER SEEN
  by whoever tuned. Round 16: 88.7 / 78.9 and 90.2 / 82.5. Two more
  annotators filled both in again from their messages alone: 99.5 / 99.5
  and 99.8 / 99.8 agreement (test_parse_second_annotator.py).
- Round 17 read none of heldout17–24: three lanes as in rounds 14–16
  (splitting several activities, whom the officer met, the place and the
  texts) and four of invariance — the corpora already read, changed the
  way another writer might write them with their answers unchanged
  (parse_perturb.py, test_parse_invariance.py): capitals and lower case,
  lines run into one, bullets, greetings, a sentence a line, chat's
  abbreviations. heldout17–22 after it: 88.3 / 87.8, 94.8 / 88.8, 95.1 /
  91.1, 93.9 / 91.0, 91.5 / 87.6, 94.1 / 89.8 (+11 right, 1 more filled;
  heldout19 the first never-seen corpus over both overall targets, not its
  per-field floors); heldout23 90.4 / 81.8, heldout24 90.0 / 82.3 (+16
  right, 9 more filled; the lines run into one of heldout23 made most of
  it).
- ``heldout25`` and ``heldout26`` (50 messages and 56 reports each),
  written during round 18 by two more such writers (one asked for fields
  renamed in the writer's own words or left out, a visit moving between
  places, counts as ranges, no space after punctuation, the situation or
  the appeal first; the other for late reports of several days, a report
  inside a conversation with the Kanit, very short and very long messages,
  what was found and advised in one sentence, voice notes): NEVER SEEN by
  whoever tuned. Round 17: 89.1 / 75.0 and 90.4 / 83.2. Their second
  annotations agree 98.9 / 98.9 and 99.8 / 100.
- Round 18 read none of heldout17–26: six lanes of invariance, the changes
  of parse_perturb.py extended (typos, no space after punctuation, labels
  renamed, reordered or replaced by emoji, spoken clock times, counts in
  words, the date line moved last, other verbs of the appeal and of what was
  told) and two activities run into one line or set as plain lines.
  heldout17–22: 88.0 / 88.0, 95.6 / 89.5, 95.1 / 91.1, 93.9 / 91.0, 91.5 /
  87.6, 94.1 / 89.4 (+3 right, 1 more filled: the splitting +10 on
  heldout18, the appeal's verbs −7 there); heldout23 90.6 / 84.9, heldout24
  89.9 / 82.7 (+20, 22 more filled); heldout25 89.6 / 80.3, heldout26 90.6 /
  85.0 (+40, 41 more filled).
- ``heldout27`` and ``heldout28`` (50 messages and 56 reports each),
  written during round 19 by two more such writers (one asked for the
  season's topics: floods, Ramadan, New Year's night, school holidays, a
  kampung's 17-an committee; the other for officers of different temper
  and tenure, reports relayed by others, a correction inside the message,
  people met beside people only seen): NEVER SEEN by whoever tuned. Round
  18: 91.1 / 83.8 and 91.6 / 83.6. Their second annotations agree 99.2 /
  99.3 and 99.5 / 99.5.
- Round 19 TUNED ON heldout17–22 (ten lanes read their misses pooled with
  the sixteen corpora read before, and fixed what three or more writers
  wrote alike; test_parse_round19_*.py): 94.6 / 91.2, 97.2 / 95.1, 97.2 /
  94.4, 96.4 / 95.3, 97.6 / 92.7, 97.4 / 96.9 (together 93.0 / 89.5 →
  96.7 / 94.3). They are development corpora now; their figures say "tuned
  on". Never seen: heldout23 91.8 / 86.9, heldout24 92.2 / 85.7, heldout25
  90.1 / 80.5, heldout26 90.9 / 86.1, heldout27 92.4 / 87.1, heldout28
  92.7 / 85.7 (together 90.6 / 83.4 → 91.7 / 85.4: +68 right, +35 filled).
- ``heldout29``, ``heldout30`` and ``heldout31`` (50 messages and 56
  reports each), written during round 20 by three more such writers (one
  asked for what a desk officer must pick out: whom the officer met and how
  many, what was found, the appeal; one for how a message reaches the desk
  and its layout: chat copies of other apps, corrections, templates of
  other shapes, dates and times in every form, signatures; one for places
  and areas): NEVER SEEN by whoever tuned. Round 19: 92.8 / 88.2, 94.1 /
  89.8 and 91.1 / 88.2. Their second annotations agree 99.2 / 99.2, 99.8 /
  99.7 and 99.7 / 99.8.
- Round 20 TUNED ON heldout23–28 (nine lanes, in three waves, read their
  misses pooled with the corpora read before; test_parse_round20_*.py):
  94.9 / 89.4, 95.1 / 88.3, 92.9 / 85.0, 94.6 / 91.7, 94.6 / 90.3, 95.3 /
  91.1 (together 91.7 / 85.4 → 94.6 / 89.3). They are development corpora
  now; their figures say "tuned on". Six answers of the development
  corpus were brought to the later ruling on a mediation's problem and
  outcome (both are findings); heldout1–8, written before it, keep their
  answers and lose eight values to it. Never seen: heldout29 93.3 / 88.6,
  heldout30 95.1 / 91.0, heldout31 92.0 / 88.9 (together 92.6 / 88.7 →
  93.4 / 89.5: +13 right, one fewer filled).
- ``heldout32``, ``heldout33`` and ``heldout34`` (50 messages and 56
  reports each), written during round 21 by three more such writers (one
  asked for an ordinary week at the desk, each officer with his steady way
  of writing; one for what happened and what was said — complaints,
  disputes and their settlement, rumours, what was asked and agreed; one
  for whom the officer met and where, written every way): NEVER SEEN by
  whoever tuned. Round 20: 96.5 / 93.9, 92.5 / 81.1 and 90.8 / 89.3. Their
  second annotations agree 99.5 / 99.5, 99.1 / 99.0 and 99.7 / 99.7.
- Round 21 TUNED ON heldout29–31 (five lanes read their misses pooled with
  the corpora read before; test_parse_round21_*.py): 94.0 / 89.4, 95.9 /
  92.4, 92.7 / 89.9 (together 93.4 / 89.5 → 94.2 / 90.6). They are
  development corpora now; their figures say "tuned on". Never seen:
  heldout32 96.5 / 93.9, heldout33 92.7 / 81.2, heldout34 91.4 / 89.8
  (together 93.3 / 88.2 → 93.6 / 88.4: +4 right, one fewer filled).
- ``heldout35``, ``heldout36`` and ``heldout37`` (50 messages and 56
  reports each), written during round 22 by three more such writers (one
  asked for an ordinary fortnight, each officer with a steady habit of his
  own, reports sent for a colleague on leave; one for what was found and
  urged; one for whom the officer met, how many and where): NEVER SEEN by
  whoever tuned. Round 21: 95.1 / 85.4, 92.4 / 85.9 and 92.5 / 88.0. Their
  second annotations agree 98.6 / 99.1, 98.7 / 98.9 and 99.1 / 99.3.
- Round 22 TUNED ON heldout32–34 (four lanes read their misses pooled with
  the corpora read before; a rule had to gain in two of the three writer
  pools 23–28, 29–31, 32–34; test_parse_round22_*.py): 97.6 / 95.1, 93.1 /
  82.5, 92.4 / 90.9 (together 93.6 / 88.4 → 94.4 / 89.6). They are
  development corpora now; their figures say "tuned on". Never seen:
  heldout35 95.4 / 85.6, heldout36 92.6 / 86.1, heldout37 92.5 / 88.0
  (together 93.3 / 86.4 → 93.5 / 86.5: +2 right, one fewer filled).
- ``heldout38``, ``heldout39`` and ``heldout40`` (50 messages and 56
  reports each), written during round 23 by three more such writers (one
  asked for a season at the station — Ramadan, Lebaran, the rains,
  Independence Day; one for how messages reach the desk — forwarded chains,
  re-sent and corrected reports, other apps, recaps; one for a newly posted
  Bhabin's formal releases beside veterans' terse lines, cooling system and
  mediations): NEVER SEEN by whoever tuned. Round 22: 94.1 / 88.5, 96.2 /
  89.9 and 91.6 / 86.3. Their second annotations agree 99.5 / 99.5, 99.7 /
  99.7 and 99.5 / 99.5.
- Round 23 TUNED ON heldout35–37 (five lanes; a rule had to gain in two of
  the four writer pools 23–28, 29–31, 32–34, 35–37;
  test_parse_round23_*.py): 96.1 / 86.7, 93.7 / 87.0, 93.6 / 88.7
  (together 93.5 / 86.5 → 94.4 / 87.5). They are development corpora now;
  their figures say "tuned on". Never seen: heldout38 94.3 / 88.9,
  heldout39 96.5 / 90.3, heldout40 91.6 / 86.3 (together 94.0 / 88.3 →
  94.2 / 88.5: +4 right, one more filled).
- ``heldout41``, ``heldout42`` and ``heldout43`` (50 messages and 56
  reports each), written during round 24 by three more such writers (one
  asked for a Bhabin catching up days after the fact — relative and
  spreadsheet dates, rows pasted from a spreadsheet or a phone's notes,
  early detection, disputes between neighbours; one for a phone typed in a
  hurry — run-on sentences, slips, regional words, counts in words and
  loose counts, copied messages with a part left unchanged; one for the
  whole range of types and how messages reach the desk — photo captions,
  hashtags, chat-export headers, joint activities, companions not met):
  NEVER SEEN by whoever tuned. Round 23: 91.0 / 80.1, 92.9 / 88.0 and
  92.8 / 87.2. Their second annotations agree 99.1 / 99.1, 99.5 / 99.8
  and 99.5 / 99.7.
- Round 24 TUNED ON heldout38–40 (four lanes of rules, a rule gaining in
  two of the five writer pools 23–28 … 38–40, and a learned confidence
  measured and not built; test_parse_round24_*.py): 95.3 / 90.1, 97.1 /
  93.0, 92.5 / 87.2 (together 94.2 / 88.5 → 95.0 / 90.1). They are
  development corpora now; their figures say "tuned on". Never seen:
  heldout41 91.4 / 80.4, heldout42 92.9 / 88.2, heldout43 93.0 / 87.4
  (together 92.3 / 85.2 → 92.5 / 85.4: +4 right, one more filled).
- ``heldout44``, ``heldout45`` and ``heldout46`` (50 messages and 56
  reports each), written during round 25 by three more such writers (one
  asked for the Kanit's week — replies under his quoted question, late
  batches, joint operations, nights across midnight, dates and clocks every
  way; one for neighbourhood life and whom the officer met, written every
  way; one for officers of different age and schooling and what the desk
  must pick out of their words): NEVER SEEN by whoever tuned. Round 24:
  94.2 / 85.8, 93.6 / 87.8 and 92.3 / 82.7. Their second annotations
  agree 99.8 / 99.8, 99.3 / 99.5 and 98.6 / 98.6.
- Round 25 TUNED ON heldout41–43 (four lanes; a rule had to gain in two of
  the six writer pools 23–28 … 41–43 and in three corpora;
  test_parse_round25_*.py): 93.3 / 83.1, 93.0 / 88.3, 93.5 / 89.1
  (together 92.5 / 85.4 → 93.3 / 86.9). They are development corpora now;
  their figures say "tuned on". Never seen: heldout44 94.0 / 86.5,
  heldout45 93.6 / 87.8, heldout46 92.7 / 83.2 (together 93.4 / 85.4 →
  93.5 / 85.8: +7 right, six more filled).
- A second annotator who saw only the first corpus's conventions filled in
  heldout5 and heldout6 again from their messages alone: 97.6 / 97.8 and
  97.6 / 97.6 agreement with their writers under this scorer (audience
  85–95 %). Two more, under the rulings, filled in heldout15 and heldout16
  from their messages alone: 99.3 / 99.3 each (audience 100 %). The
  issue's 95 / 90 is well within what careful people reach.

Only aggregate figures are printed. Each corpus's floors hold what the
parser reaches on it now, a little below, so that nothing slips back; the
issue's targets are printed beside them."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from parse_scoring import DATA, bhabin_areas, load, parser, score_corpus, table

TARGET_PRECISION = 0.95
TARGET_RECALL = 0.90
NINE_STYLES = {
    "numbered", "prose", "terse", "caps", "forwarded", "multi", "voice", "template-blank", "new",
}  # fmt: skip


@dataclass(frozen=True)
class Corpus:
    name: str
    title: str
    messages: int
    reports: int
    styles: frozenset[str]
    floor_precision: float
    floor_recall: float


CORPORA = [
    Corpus(
        "heldout2",
        "second held-out (tuned on)",
        60,
        67,
        frozenset({"numbered", "prose", "terse", "caps", "forwarded", "multi", "new"}),
        0.975,
        0.96,
    ),
    Corpus("heldout3", "third held-out (tuned on)", 60, 67, frozenset(NINE_STYLES), 0.95, 0.92),
    Corpus("heldout4", "fourth held-out (tuned on)", 50, 55, frozenset(NINE_STYLES), 0.95, 0.94),
    Corpus("heldout5", "fifth held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.93, 0.925),
    Corpus("heldout6", "sixth held-out (tuned on)", 50, 57, frozenset(NINE_STYLES), 0.95, 0.945),
    Corpus("heldout7", "seventh held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.96, 0.94),
    Corpus("heldout8", "eighth held-out (tuned on)", 50, 55, frozenset(NINE_STYLES), 0.965, 0.945),
    Corpus("heldout9", "ninth held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.96, 0.93),
    Corpus("heldout10", "tenth held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.96, 0.95),
    Corpus("heldout11", "eleventh held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.95, 0.92),
    Corpus("heldout12", "twelfth held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.94, 0.94),
    Corpus(
        "heldout13",
        "thirteenth held-out (tuned on)",
        50,
        56,
        frozenset(NINE_STYLES),
        0.95,
        0.93,
    ),
    Corpus(
        "heldout14", "fourteenth held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.935, 0.925
    ),
    Corpus(
        "heldout15", "fifteenth held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.955, 0.92
    ),
    Corpus(
        "heldout16", "sixteenth held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.95, 0.935
    ),
    Corpus(
        "heldout17", "seventeenth held-out (tuned on)", 50, 55, frozenset(NINE_STYLES), 0.94, 0.905
    ),
    Corpus(
        "heldout18", "eighteenth held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.965, 0.945
    ),
    Corpus(
        "heldout19", "nineteenth held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.965, 0.935
    ),
    Corpus(
        "heldout20", "twentieth held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.955, 0.945
    ),
    Corpus(
        "heldout21", "twenty-first held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.97, 0.92
    ),
    Corpus(
        "heldout22",
        "twenty-second held-out (tuned on)",
        50,
        56,
        frozenset(NINE_STYLES),
        0.965,
        0.96,
    ),
    Corpus(
        "heldout23", "twenty-third held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.945, 0.89
    ),
    Corpus(
        "heldout24",
        "twenty-fourth held-out (tuned on)",
        50,
        56,
        frozenset(NINE_STYLES),
        0.945,
        0.88,
    ),
    Corpus(
        "heldout25",
        "twenty-fifth held-out (tuned on)",
        50,
        56,
        frozenset(NINE_STYLES),
        0.925,
        0.845,
    ),
    Corpus(
        "heldout26", "twenty-sixth held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.94, 0.91
    ),
    Corpus(
        "heldout27",
        "twenty-seventh held-out (tuned on)",
        50,
        56,
        frozenset(NINE_STYLES),
        0.94,
        0.90,
    ),
    Corpus(
        "heldout28",
        "twenty-eighth held-out (tuned on)",
        50,
        56,
        frozenset(NINE_STYLES),
        0.945,
        0.895,
    ),
    Corpus(
        "heldout29", "twenty-ninth held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.935, 0.89
    ),
    Corpus(
        "heldout30", "thirtieth held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.955, 0.92
    ),
    Corpus(
        "heldout31", "thirty-first held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.92, 0.895
    ),
    Corpus(
        "heldout32",
        "thirty-second held-out (tuned on)",
        50,
        56,
        frozenset(NINE_STYLES),
        0.975,
        0.95,
    ),
    Corpus(
        "heldout33", "thirty-third held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.93, 0.825
    ),
    Corpus(
        "heldout34",
        "thirty-fourth held-out (tuned on)",
        50,
        56,
        frozenset(NINE_STYLES),
        0.92,
        0.905,
    ),
    Corpus(
        "heldout35", "thirty-fifth held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.955, 0.86
    ),
    Corpus(
        "heldout36", "thirty-sixth held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.93, 0.865
    ),
    Corpus(
        "heldout37",
        "thirty-seventh held-out (tuned on)",
        50,
        56,
        frozenset(NINE_STYLES),
        0.93,
        0.88,
    ),
    Corpus(
        "heldout38", "thirty-eighth held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.95, 0.9
    ),
    Corpus(
        "heldout39",
        "thirty-ninth held-out (tuned on)",
        50,
        56,
        frozenset(NINE_STYLES),
        0.965,
        0.925,
    ),
    Corpus(
        "heldout40", "fortieth held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.92, 0.865
    ),
    Corpus(
        "heldout41", "forty-first held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.93, 0.83
    ),
    Corpus(
        "heldout42", "forty-second held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.925, 0.88
    ),
    Corpus(
        "heldout43", "forty-third held-out (tuned on)", 50, 56, frozenset(NINE_STYLES), 0.93, 0.89
    ),
    Corpus("heldout44", "forty-fourth held-out", 50, 56, frozenset(NINE_STYLES), 0.935, 0.86),
    Corpus("heldout45", "forty-fifth held-out", 50, 56, frozenset(NINE_STYLES), 0.93, 0.875),
    Corpus("heldout46", "forty-sixth held-out", 50, 56, frozenset(NINE_STYLES), 0.92, 0.83),
]


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda c: c.name)
def test_corpus_is_frozen_and_whole(corpus: Corpus) -> None:
    cases = load(DATA / corpus.name)
    assert len(cases) == corpus.messages
    assert sum(len(case.reports) for case in cases) == corpus.reports
    assert {case.style for case in cases} == corpus.styles


@pytest.fixture
def demo_actor(demo_target: str):
    from sambang_tui.services.admin import runtime

    runtime.connect(demo_target)
    return runtime.actor_for("desk")


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda c: c.name)
def test_strict_with_database(corpus: Corpus, demo_actor) -> None:
    cases = load(DATA / corpus.name)
    scores = score_corpus(cases, parser(demo_actor), True, bhabin_areas(demo_actor))
    print()
    print(table(f"{corpus.title}, strict, database", scores))
    total = scores["all"].total
    print(
        f"issue #15 targets: precision {total.precision:.1%} (≥ {TARGET_PRECISION:.0%}),"
        f" recall {total.recall:.1%} (≥ {TARGET_RECALL:.0%})"
    )
    assert total.precision >= corpus.floor_precision
    assert total.recall >= corpus.floor_recall
