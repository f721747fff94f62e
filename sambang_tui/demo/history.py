"""The demo's eight weeks of plans and reports (with their officers, types,
audience, contacts, Laporan Informasi and households), realised or missed
against ``today``, and the seed story of 2 December 2024."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from peewee import Model

from sambang_tui.db.models import (
    ActivityType,
    Household,
    InformationReport,
    Opinion,
    Plan,
    Report,
    ReportAudience,
    ReportContact,
    ReportOfficer,
    ReportType,
)
from sambang_tui.demo.rows import bulk, stamp
from sambang_tui.demo.story import (
    CANCEL_REASONS,
    FIRST_NAMES,
    HISTORY_END,
    HISTORY_START,
    KAPOLSEK_QUOTE_BY,
    LAST_NAMES,
    OPERATION,
    OPINIONS,
    PILKADA_DAY,
    PROBLEM_TIME,
    SEED_STORY_DAY,
    TIMES,
    Area,
    ProblemSpec,
    Visit,
    seeded,
)
from sambang_tui.services.reports.numbers import report_number
from sambang_tui.services.reports.search_text import compose


class History:
    """Plans and reports; mixed into ``Builder``, whose master data they use."""

    today: dt.date
    station_id: int
    kanit_id: int
    operation_id: int
    types: dict[str, ActivityType]
    areas: dict[str, Area]
    bhabin_of: dict[str, int]
    officers: list[dict[str, Any]]
    contacts_by_kel: dict[int, list[dict[str, Any]]]
    problem_ids: dict[int, ProblemSpec]
    written: list[type[Model]]

    def _days(self) -> list[dt.date]:
        days = set()
        day = HISTORY_START
        while day <= HISTORY_END:
            days.add(day)
            day += dt.timedelta(days=1)
        # Two past weeks too, so the default recap (last full week) and the
        # Kanit's "who is behind" have something to show on any date.
        monday = self.today - dt.timedelta(days=self.today.weekday())
        days.update(monday + dt.timedelta(days=i) for i in range(-14, 14))
        return sorted(d for d in days if d.weekday() != 6)

    def _type_for(self, day: dt.date, rng: random.Random) -> str:
        cooling = dt.date(2024, 11, 18) <= day <= dt.date(2024, 12, 15)
        if cooling:
            return rng.choice(("CS", "CS", "SB", "SB", "DDS", "DD", "PD"))
        return rng.choice(("SB", "SB", "SB", "DDS", "DDS", "BL", "PD", "PD", "PKM", "DD"))

    def _visits(self) -> list[Visit]:
        visits: list[Visit] = []
        for day in self._days():
            for kel, officer in self.bhabin_of.items():
                rng = seeded("visit", day.isoformat(), kel)
                area = self.areas[kel]
                if day == SEED_STORY_DAY and kel == "Paseban":
                    visits.append(self._seed_visit(area, officer))
                    times = [dt.time(14, 0)]
                else:
                    count = 2 if rng.random() < 0.3 else 1
                    times = sorted(rng.sample(TIMES, count))
                for time in times:
                    rw = rng.choice(list(area.rws))
                    rt = rng.choice(area.rws[rw][1])[0]
                    code = "PKM" if day == PILKADA_DAY else self._type_for(day, rng)
                    target = (
                        f"Pengamanan TPS di RW {rw:02d}"
                        if day == PILKADA_DAY
                        else f"Warga RT {rt:02d} RW {rw:02d}"
                    )
                    visits.append(
                        Visit(
                            day, time, officer, area, code, rw, rt, rng.choice(area.streets), target
                        )
                    )
        for pid, spec in self.problem_ids.items():
            area = self.areas[spec.kelurahan]
            rt = area.rws[spec.rw][1][0][0]
            for step, day in enumerate(spec.visits):
                visits.append(
                    Visit(
                        day, PROBLEM_TIME, self.bhabin_of[spec.kelurahan], area, "PS", spec.rw,
                        rt, area.streets[0], f"Mediasi: {spec.title}", pid,
                        "last" if step == len(spec.visits) - 1 else str(step),
                    )
                )  # fmt: skip
        visits.sort(key=lambda v: (v.day, v.time, v.officer))
        return visits

    def _seed_visit(self, area: Area, officer: int) -> Visit:
        return Visit(
            SEED_STORY_DAY,
            dt.time(10, 0),
            officer,
            area,
            "SB",
            6,
            1,
            "Jalan Salemba Raya",
            "Warga, tokoh masyarakat dan pemuda RT 01 RW 06",
            forced={
                "types": ["SB", "CS"],
                "end_time": dt.time(11, 30),
                "audience": {"warga": 25, "tokoh_masyarakat": 4, "kelompok_pemuda": 12},
                "contacts": ["H. Ahmad Fauzi", "Rizky Pratama"],
                "narrative": (
                    "Bhabinkamtibmas Kelurahan Paseban melaksanakan kegiatan Sambang dan "
                    "Cooling System di Jalan Salemba Raya RT 01 RW 06 Kelurahan Paseban, "
                    "Kecamatan Senen, Jakarta Pusat. Bertatap muka dan berdialog dengan warga, "
                    "tokoh masyarakat dan kelompok pemuda setempat."
                ),
                "message": (
                    "Menghimbau warga agar tetap menjaga persatuan dan kesatuan serta tidak "
                    "mudah terprovokasi oleh perbedaan pilihan pada Pilkada 2024 sambil "
                    "menunggu hasil rekapitulasi KPU DKI Jakarta."
                ),
                "findings": "Situasi wilayah RW 06 aman dan kondusif; tidak ditemukan potensi "
                "gangguan kamtibmas.",
                "follow_up": "Melanjutkan sambang dan cooling system hingga penetapan hasil "
                "Pilkada oleh KPU DKI Jakarta.",
                "quote_by": KAPOLSEK_QUOTE_BY,
                "quote_text": (
                    "Perbedaan pilihan dalam Pilkada adalah hal yang wajar. Mari kita tunggu "
                    "hasil rekapitulasi resmi KPU DKI Jakarta dengan tenang dan tetap menjaga "
                    "kerukunan antarwarga."
                ),
                "status": "diverifikasi",
            },
        )

    # --- realisation -------------------------------------------------------

    def _status(self, day: dt.date, rng: random.Random) -> str:
        age = (self.today - day).days
        roll = rng.random()
        if age > 7:
            return "diverifikasi"
        if age > 3:
            return "diverifikasi" if roll < 0.6 else "diajukan" if roll < 0.9 else "dikembalikan"
        return "diajukan" if roll < 0.5 else "draft" if roll < 0.85 else "dikembalikan"

    def _plans_and_reports(self, visits: list[Visit]) -> tuple[str, int, int]:
        plans: list[dict[str, Any]] = []
        realised: list[tuple[Visit, int]] = []
        for plan_id, visit in enumerate(visits, start=1):
            rng = seeded("plan", visit.day.isoformat(), visit.time, visit.officer)
            status, reason = "rencana", ""
            if visit.day < self.today:
                roll = rng.random()
                if visit.forced or visit.problem or roll < 0.8:
                    status = "terlaksana"
                    realised.append((visit, plan_id))
                elif roll > 0.93:
                    status, reason = "batal", rng.choice(CANCEL_REASONS)
            created = stamp(visit.day - dt.timedelta(days=visit.day.weekday() + 3), dt.time(15))
            plans.append(
                {
                    "id": plan_id,
                    "station": self.station_id,
                    "date": visit.day,
                    "start_time": visit.time,
                    "officer": visit.officer,
                    "activity_type": self.types[visit.type_code].id,
                    "kelurahan": visit.kel.id,
                    "rw": visit.kel.rws[visit.rw][0],
                    "rt": dict(visit.kel.rws[visit.rw][1])[visit.rt],
                    "target": visit.target,
                    "note": "",
                    "status": status,
                    "cancel_reason": reason,
                    "report": None,
                    "created_by": "desk",
                    "created_at": created,
                    "updated_at": created,
                }
            )
        seed_number = self._reports(realised, plans)
        bulk(Plan, plans, self.written)
        return seed_number, len(plans), len(realised)

    def _reports(self, realised: list[tuple[Visit, int]], plans: list[dict[str, Any]]) -> str:
        officers = {o["id"]: o for o in self.officers}
        kel_names = {a.id: a.name for a in self.areas.values()}
        rows: list[dict[str, Any]] = []
        types: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        audience: list[dict[str, Any]] = []
        met: list[dict[str, Any]] = []
        infos: list[dict[str, Any]] = []
        homes: list[dict[str, Any]] = []
        opinions: list[dict[str, Any]] = []
        seq: dict[int, int] = {}
        info_seq: dict[int, int] = {}
        seed_number = ""
        for report_id, (visit, plan_id) in enumerate(realised, start=1):
            rng = seeded("report", visit.day.isoformat(), visit.time, visit.officer)
            forced = visit.forced or {}
            year = visit.day.year
            seq[year] = seq.get(year, 0) + 1
            number = report_number(seq[year], visit.day)
            codes = forced.get("types") or self._codes(visit, rng)
            team = [visit.officer] + ([self.kanit_id] if rng.random() < 0.08 else [])
            end = forced.get("end_time") or (
                stamp(visit.day, visit.time, rng.choice((60, 90, 120))).time()
            )
            text = forced or self._texts(visit, codes, rng)
            status = forced.get("status") or self._status(visit.day, rng)
            contacts = self._met(visit, forced, rng)
            counts = forced.get("audience") or self._audience(codes, rng)
            created = stamp(visit.day, end, 30 + rng.randint(0, 90))
            reviewed = status in ("diverifikasi", "dikembalikan")
            op = OPERATION[1] <= visit.day <= OPERATION[2]
            row = {
                "id": report_id,
                "station": self.station_id,
                "year": year,
                "seq": seq[year],
                "number": number,
                "activity_type": self.types[codes[0]].id,
                "operation": self.operation_id if op else None,
                "date": visit.day,
                "start_time": visit.time,
                "end_time": end,
                "kelurahan": visit.kel.id,
                "rw": visit.kel.rws[visit.rw][0],
                "rt": dict(visit.kel.rws[visit.rw][1])[visit.rt],
                "place": visit.street,
                "narrative": text["narrative"],
                "message": text["message"],
                "findings": text["findings"],
                "threat_level": text.get("threat_level", "nihil"),
                "situation": text.get("situation", "aman_kondusif"),
                "follow_up": text["follow_up"],
                "quote_by": text.get("quote_by", ""),
                "quote_text": text.get("quote_text", ""),
                "problem": visit.problem,
                "status": status,
                "reviewer": self.kanit_id if reviewed else None,
                "review_note": (
                    "Lengkapi jumlah warga yang hadir dan foto dokumentasi."
                    if status == "dikembalikan"
                    else ""
                ),
                "reviewed_at": created + dt.timedelta(hours=16) if reviewed else None,
                "created_by": "desk",
                "created_at": created,
                "updated_by": "desk",
                "updated_at": created,
            }
            row["search_text"] = compose(
                number,
                row["place"],
                kel_names[visit.kel.id],
                *(f"{officers[o]['name']} {officers[o]['nrp']}" for o in team),
                *(f"{c} {self.types[c].name}" for c in codes),
                *(c["name"] for c in contacts),
                row["narrative"],
                row["message"],
                row["findings"],
                row["quote_by"],
            )
            rows.append(row)
            plans[plan_id - 1]["report"] = report_id
            plans[plan_id - 1]["updated_at"] = created
            types.extend(
                {"report": report_id, "activity_type": self.types[c].id, "position": i}
                for i, c in enumerate(codes)
            )
            links.extend(
                {"report": report_id, "officer": o, "position": i} for i, o in enumerate(team)
            )
            audience.extend(
                {"report": report_id, "category": k, "count": v} for k, v in counts.items()
            )
            met.extend({"report": report_id, "contact": c["id"]} for c in contacts)
            if "DD" in codes:
                info_seq[year] = info_seq.get(year, 0) + 1
                info = self._information(report_id, info_seq[year], visit, rng)
                infos.append({"id": len(infos) + 1, **info})
            if "DDS" in codes:
                self._households(report_id, visit, rng, homes, opinions)
            if forced:
                seed_number = number
        bulk(Report, rows, self.written)
        bulk(ReportType, [{"id": i, **r} for i, r in enumerate(types, 1)], self.written)
        bulk(ReportOfficer, [{"id": i, **r} for i, r in enumerate(links, 1)], self.written)
        bulk(ReportAudience, [{"id": i, **r} for i, r in enumerate(audience, 1)], self.written)
        bulk(ReportContact, [{"id": i, **r} for i, r in enumerate(met, 1)], self.written)
        bulk(InformationReport, infos, self.written)
        bulk(Household, homes, self.written)
        bulk(Opinion, opinions, self.written)
        return seed_number

    def _codes(self, visit: Visit, rng: random.Random) -> list[str]:
        codes = [visit.type_code]
        if visit.type_code == "SB" and visit.day.year == 2024 and rng.random() < 0.5:
            if dt.date(2024, 11, 18) <= visit.day <= dt.date(2024, 12, 15):
                codes.append("CS")
        elif visit.type_code == "PD" and rng.random() < 0.3:
            codes.append("BL")
        return codes

    def _met(
        self, visit: Visit, forced: dict[str, Any], rng: random.Random
    ) -> list[dict[str, Any]]:
        pool = self.contacts_by_kel[visit.kel.id]
        if forced.get("contacts"):
            return [c for c in pool if c["name"] in forced["contacts"]]
        return rng.sample(pool, rng.choice((0, 1, 1, 2)))

    def _audience(self, codes: list[str], rng: random.Random) -> dict[str, int]:
        if codes[0] == "DDS":
            return {"warga": rng.randint(4, 12)}
        if codes[0] == "PS":
            return {"warga": rng.randint(2, 6), "perangkat_rt_rw": rng.randint(1, 3)}
        if codes[0] == "DD":
            return {"tokoh_masyarakat": rng.randint(1, 3)}
        counts = {"warga": rng.randint(8, 40)}
        for category in ("tokoh_masyarakat", "tokoh_agama", "kelompok_pemuda", "perangkat_rt_rw"):
            if rng.random() < 0.45:
                counts[category] = rng.randint(1, 12 if category == "kelompok_pemuda" else 4)
        return counts

    def _texts(self, visit: Visit, codes: list[str], rng: random.Random) -> dict[str, str]:
        names = " dan ".join(self.types[c].name.split(" (")[0] for c in codes)
        where = f"{visit.street} RT {visit.rt:02d} RW {visit.rw:02d} Kelurahan {visit.kel.name}"
        pilkada = dt.date(2024, 10, 1) <= visit.day <= dt.date(2024, 12, 31)
        message = (
            "Menghimbau warga menjaga persatuan, tidak mudah terprovokasi berita bohong "
            "seputar Pilkada 2024 dan menyerahkan hasilnya pada proses resmi KPU."
            if pilkada
            else rng.choice(
                (
                    "Menghimbau warga mengaktifkan kembali siskamling dan segera melapor "
                    "ke Bhabinkamtibmas bila ada gangguan kamtibmas.",
                    "Menghimbau warga mewaspadai pencurian kendaraan bermotor dan memakai "
                    "kunci ganda.",
                    "Menghimbau orang tua mengawasi anak agar tidak terlibat tawuran dan "
                    "balap liar.",
                )
            )
        )
        text = {
            "narrative": (
                f"Bhabinkamtibmas Kelurahan {visit.kel.name} melaksanakan kegiatan {names} "
                f"di {where}, Kecamatan Senen, Jakarta Pusat."
            ),
            "message": message,
            "findings": "Situasi aman dan kondusif; tidak ditemukan potensi gangguan kamtibmas.",
            "follow_up": "Melanjutkan sambang rutin ke wilayah binaan.",
        }
        if codes[0] == "PKM":
            text["narrative"] = (
                f"Bhabinkamtibmas Kelurahan {visit.kel.name} melaksanakan pengamanan "
                f"kegiatan masyarakat di {where}."
            )
        if codes[0] == "DD":
            text["findings"] = (
                "Informasi rencana pengerahan massa ke kantor KPU DKI Jakarta saat "
                "rekapitulasi suara."
                if pilkada
                else "Informasi rencana pesta minuman keras di pos ronda pada malam Minggu."
            )
            text["threat_level"] = "rendah"
            text["situation"] = "waspada" if rng.random() < 0.5 else "aman_kondusif"
            text["follow_up"] = "Koordinasi dengan Kanit Intelkam dan monitoring lanjutan."
        if codes[0] == "PS" and visit.problem:
            spec = self.problem_ids[visit.problem]
            text["narrative"] = (
                f"Bhabinkamtibmas Kelurahan {visit.kel.name} memediasi permasalahan "
                f"'{spec.title}' antara {spec.parties} di {where}."
            )
            settled = visit.problem_step == "last" and spec.resolution
            text["findings"] = spec.resolution if settled else spec.description
            text["follow_up"] = (
                "Permasalahan selesai; monitoring berkala."
                if settled
                else "Mediasi lanjutan dijadwalkan bersama Ketua RW dan pihak kelurahan."
            )
            text["threat_level"] = "nihil" if settled else "rendah"
            text["situation"] = "aman_kondusif" if settled else "waspada"
        return text

    def _information(
        self, report_id: int, seq: int, visit: Visit, rng: random.Random
    ) -> dict[str, Any]:
        contact = rng.choice(self.contacts_by_kel[visit.kel.id])
        pilkada = visit.day.year == 2024
        return {
            "report": report_id,
            "seq": seq,
            "field": "Politik" if pilkada else "Kamtibmas",
            "subject": (
                "Rencana pengerahan massa saat rekapitulasi KPU DKI Jakarta"
                if pilkada
                else "Rencana pesta minuman keras di pos ronda"
            ),
            "source": contact["name"],
            "source_relation": contact["notes"],
            "how_obtained": "Wawancara langsung",
            "obtained_at": stamp(visit.day, visit.time, 30),
            "reliability": rng.choice("BC"),
            "accuracy": rng.choice("23"),
            "facts": (
                f"Di wilayah RW {visit.rw:02d} Kelurahan {visit.kel.name} beredar ajakan "
                "melalui grup percakapan untuk berkumpul dan bergerak bersama."
            ),
            "assessment": "Potensi gangguan kecil; perlu penggalangan tokoh dan monitoring.",
        }

    def _households(
        self,
        report_id: int,
        visit: Visit,
        rng: random.Random,
        homes: list[dict[str, Any]],
        opinions: list[dict[str, Any]],
    ) -> None:
        for position in range(rng.randint(2, 4)):
            home_id = len(homes) + 1
            homes.append(
                {
                    "id": home_id,
                    "report": report_id,
                    "head_name": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                    "address": (
                        f"{visit.street} No. {rng.randint(1, 120)}, "
                        f"RT {visit.rt:02d} RW {visit.rw:02d}"
                    ),
                    "position": position,
                }
            )
            for kind, fld, text in rng.sample(OPINIONS, rng.randint(1, 2)):
                opinions.append(
                    {"id": len(opinions) + 1, "household": home_id, "kind": kind, "field": fld,
                     "text": text}
                )  # fmt: skip
