"""Planning and writing a batch per kind of row: officers (matched by NRP),
kelurahan with their RW and RT, and contacts (matched by name and
kelurahan). ``PLAN`` and ``WRITE`` name them for ``run``."""

from __future__ import annotations

from peewee import (
    fn,
)

from sambang_tui.db.models import (
    RT,
    RW,
    Contact,
    Kelurahan,
    Officer,
    database_proxy,
)
from sambang_tui.db.rows import dict_rows, tuple_rows
from sambang_tui.i18n import t
from sambang_tui.services.core import audit
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.master.importing.batches import (
    BatchPlan,
    Context,
    Errors,
    Rows,
    Seen,
    apply_updates,
    audit_rows,
    defaults,
    insert,
    lowered,
)
from sambang_tui.services.master.officers import answerable, not_self

# ---------------------------------------------------------------- officers


OFFICER_COLUMNS = ("id", "station", "nrp", "name", "rank", "role", "phone", "os_user")


def plan_officers(actor: Actor, rows: Rows, seen: Seen, ctx: Context, errors: Errors) -> BatchPlan:
    plan = BatchPlan()
    nrps = [v["nrp"] for _, v in rows]
    logins = [v["os_user"] for _, v in rows if v["os_user"]]
    fields_ = [Officer._meta.fields[c] for c in OFFICER_COLUMNS]
    existing = {
        o["nrp"]: o for o in dict_rows(Officer.select(*fields_).where(Officer.nrp.in_(nrps)))
    }
    owners = dict(
        tuple_rows(Officer.select(Officer.os_user, Officer.nrp).where(Officer.os_user.in_(logins)))
    )
    bound = answerable(actor)
    keys = [(f"nrp:{v['nrp']}", line) for line, v in rows]
    keys += [(f"login:{v['os_user']}", line) for line, v in rows if v["os_user"]]
    dups = seen.check(keys)
    for line, values in rows:
        nrp, login = values["nrp"], values["os_user"]
        problems = []
        dup = dups.get((f"nrp:{nrp}", line))
        if dup:
            problems.append(t("master.csv.nrp_twice", nrp=nrp, line=dup))
        if login:
            dup = dups.get((f"login:{login}", line))
            if dup:
                problems.append(t("master.csv.login_twice", login=login, line=dup))
            elif owners.get(login, nrp) != nrp:
                problems.append(t("master.csv.login_taken", login=login, nrp=owners[login]))
        current = existing.get(nrp)
        if current is not None and current["station"] != actor.station_id:
            problems.append(t("master.csv.nrp_elsewhere", nrp=nrp))
        if bound and not_self(actor, current, values):
            problems.append(t("master.csv.own_officer"))
        if problems:
            errors.append((line, " ".join(problems)))
            continue
        if current is None:
            plan.creates.append((line, {**values, "station": actor.station_id}))
            continue
        old = {k: current[k] for k in values}
        if old == values:
            plan.unchanged += 1
        else:
            plan.updates.append((line, current["id"], old, values))
    return plan


def write_officers(actor: Actor, plan: BatchPlan) -> None:
    insert(Officer, [values for _, values in plan.creates])
    if plan.creates:
        nrps = [v["nrp"] for _, v in plan.creates]
        ids = dict(tuple_rows(Officer.select(Officer.nrp, Officer.id).where(Officer.nrp.in_(nrps))))
        base = defaults(Officer)
        items = [(ids[v["nrp"]], None, {**base, **v, "id": ids[v["nrp"]]}) for _, v in plan.creates]
        audit_rows(actor, "officer", items, "create")
    apply_updates(actor, Officer, plan.updates)


# ---------------------------------------------------------------- areas


def plan_areas(actor: Actor, rows: Rows, seen: Seen, ctx: Context, errors: Errors) -> BatchPlan:
    plan = BatchPlan()
    names = {v["name"].lower() for _, v in rows}
    known = ctx.kelurahan(actor)
    kels = {key: known[key] for key in names if key in known}
    plan.kels = known
    rws: dict[tuple[str, int], int] = {}
    rts: set[tuple[str, int, int]] = set()
    if kels:
        by_id = {k.id: key for key, k in kels.items()}
        numbers = sorted({v["rw"] for _, v in rows})
        rw_rows = RW.select(RW.id, RW.kelurahan, RW.number).where(
            RW.kelurahan.in_(list(by_id)) & RW.number.in_(numbers)
        )
        rw_key = {rw.id: (by_id[rw.kelurahan_id], rw.number) for rw in rw_rows}
        rws = {key: rw_id for rw_id, key in rw_key.items()}
        if rw_key:
            for rw_id, number in tuple_rows(
                RT.select(RT.rw, RT.number).where(RT.rw.in_(list(rw_key)))
            ):
                kel, rw = rw_key[rw_id]
                rts.add((kel, rw, number))
    candidates = []
    for line, v in rows:
        key = v["name"].lower()
        triple = (v["kind"], v["kecamatan"], v["city"])
        first_line, first = ctx.kel_first.setdefault(key, (line, triple))
        if first != triple:
            errors.append(
                (line, t("master.csv.kelurahan_differs", name=v["name"], line=first_line))
            )
            continue
        candidates.append((line, v, key))
    dups = seen.check([(f"rt:{key}|{v['rw']}|{v['rt']}", line) for line, v, key in candidates])
    for line, v, key in candidates:
        attrs = {"kind": v["kind"], "kecamatan": v["kecamatan"], "city": v["city"]}
        dup = dups.get((f"rt:{key}|{v['rw']}|{v['rt']}", line))
        if dup:
            errors.append(
                (
                    line,
                    t("master.csv.rt_twice", rt=v["rt"], rw=v["rw"], name=v["name"], line=dup),
                )
            )
            continue
        changed = False
        current = kels.get(key)
        if current is None:
            if key not in ctx.new_kel and key not in plan.new_kel:
                plan.new_kel[key] = {"name": v["name"], **attrs, "station": actor.station_id}
                changed = True
        else:
            old = {"kind": current.kind, "kecamatan": current.kecamatan, "city": current.city}
            if old != attrs and key not in ctx.kel_updated:
                plan.kel_updates.append((line, current.id, old, attrs))
                ctx.kel_updated.add(key)
                changed = True
        pair = (key, v["rw"])
        if pair not in rws and pair not in ctx.new_rw and pair not in plan.new_rw:
            plan.new_rw[pair] = line
        if (key, v["rw"], v["rt"]) in rts:
            if changed:
                plan.updates.append((line, 0, {}, {}))
            else:
                plan.unchanged += 1
        else:
            plan.creates.append((line, {"kel": key, "rw": v["rw"], "rt": v["rt"]}))
    ctx.new_kel.update(plan.new_kel)
    ctx.new_rw.update(plan.new_rw)
    return plan


def write_areas(actor: Actor, plan: BatchPlan) -> None:
    kels = plan.kels
    if plan.new_kel:
        insert(Kelurahan, list(plan.new_kel.values()))
        names = [v["name"] for v in plan.new_kel.values()]
        for k in Kelurahan.select().where(
            (Kelurahan.station == actor.station_id) & Kelurahan.name.in_(names)
        ):
            kels[k.name.lower()] = k
        audit_rows(
            actor,
            "kelurahan",
            [(kels[key].id, None, audit.snapshot(kels[key])) for key in plan.new_kel],
            "create",
        )
    apply_updates(actor, Kelurahan, plan.kel_updates)
    needed = {(v["kel"], v["rw"]) for _, v in plan.creates}
    if plan.new_rw:
        insert(RW, [{"kelurahan": kels[key].id, "number": n} for key, n in plan.new_rw])
    rws: dict[tuple[str, int], int] = {}
    if needed:
        by_id = {kels[key].id: key for key, _ in needed}
        numbers = sorted({n for _, n in needed})
        for rw_id, kel_id, number in tuple_rows(
            RW.select(RW.id, RW.kelurahan, RW.number).where(
                RW.kelurahan.in_(list(by_id)) & RW.number.in_(numbers)
            )
        ):
            rws[(by_id[kel_id], number)] = rw_id
    if plan.new_rw:
        audit_rows(
            actor,
            "rw",
            [(rws[k], None, {"kelurahan": kels[k[0]].id, "number": k[1]}) for k in plan.new_rw],
            "create",
        )
    new_rts = [{"rw": rws[(v["kel"], v["rw"])], "number": v["rt"]} for _, v in plan.creates]
    before = RT.select(fn.MAX(RT.id)).scalar() or 0
    insert(RT, new_rts)
    if new_rts:
        db = database_proxy.obj
        created = db.execute_sql(
            f'SELECT id, rw_id, number FROM "rt" WHERE id > {db.param}', (before,)
        ).fetchall()
        audit_rows(
            actor,
            "rt",
            # JSON written here: a million json.dumps of two numbers were seconds
            [(i, None, f'{{"number": {n}, "rw": {rw}}}') for i, rw, n in created],
            "create",
        )


# ---------------------------------------------------------------- contacts


def plan_contacts(actor: Actor, rows: Rows, seen: Seen, ctx: Context, errors: Errors) -> BatchPlan:
    plan = BatchPlan()
    known = ctx.kelurahan(actor)
    kels = {key: known[key] for key in {v["kelurahan"].lower() for _, v in rows} if key in known}
    kel_ids = [k.id for k in kels.values()]
    areas: dict[tuple[int, int, int | None], tuple[int, int | None]] = {}
    for rw_id, kel_id, number in tuple_rows(
        RW.select(RW.id, RW.kelurahan, RW.number).where(RW.kelurahan.in_(kel_ids))
    ):
        areas[(kel_id, number, None)] = (rw_id, None)
    for rt_id, rt_number, rw_id, kel_id, rw_number in tuple_rows(
        RT.select(RT.id, RT.number, RW.id, RW.kelurahan, RW.number)
        .join(RW)
        .where(RW.kelurahan.in_(kel_ids))
    ):
        areas[(kel_id, rw_number, rt_number)] = (rw_id, rt_id)
    people = sorted(lowered({v["name"] for _, v in rows}))
    existing = {
        (c.name.lower(), c.kelurahan_id): c
        for c in Contact.select().where(
            (Contact.station == actor.station_id)
            & Contact.kelurahan.in_(kel_ids)
            & fn.LOWER(Contact.name).in_(people)
        )
    }
    candidates = []
    for line, v in rows:
        kel = kels.get(v["kelurahan"].lower())
        if kel is None:
            errors.append((line, t("master.csv.kelurahan_unknown", name=v["kelurahan"])))
            continue
        rw_id = rt_id = None
        if v["rw"] is not None:
            found = areas.get((kel.id, v["rw"], v["rt"]))
            if found is None:
                key = "master.csv.no_rt_in" if v["rt"] else "master.csv.no_rw_in"
                errors.append((line, t(key, rt=v["rt"], rw=v["rw"], kelurahan=kel.name)))
                continue
            rw_id, rt_id = found
        candidates.append((line, v, kel, rw_id, rt_id))
    dups = seen.check(
        [(f"contact:{v['name'].lower()}|{kel.id}", line) for line, v, kel, _, _ in candidates]
    )
    for line, v, kel, rw_id, rt_id in candidates:
        name_key = (v["name"].lower(), kel.id)
        dup = dups.get((f"contact:{name_key[0]}|{kel.id}", line))
        if dup:
            errors.append(
                (line, t("master.csv.contact_twice", name=v["name"], kelurahan=kel.name, line=dup))
            )
            continue
        values = {
            "name": v["name"],
            "category": v["category"],
            "kelurahan": kel.id,
            "rw": rw_id,
            "rt": rt_id,
            "phone": v["phone"],
            "notes": v["notes"],
        }
        current = existing.get(name_key)
        if current is None:
            plan.creates.append((line, {**values, "station": actor.station_id, "active": True}))
            continue
        old = {
            "name": current.name,
            "category": current.category,
            "kelurahan": current.kelurahan_id,
            "rw": current.rw_id,
            "rt": current.rt_id,
            "phone": current.phone,
            "notes": current.notes,
        }
        if old == values:
            plan.unchanged += 1
        else:
            plan.updates.append((line, current.id, old, values))
    return plan


def write_contacts(actor: Actor, plan: BatchPlan) -> None:
    before = Contact.select(fn.MAX(Contact.id)).scalar() or 0
    insert(Contact, [values for _, values in plan.creates])
    if plan.creates:
        created = dict_rows(
            Contact.select().where((Contact.station == actor.station_id) & (Contact.id > before))
        )
        audit_rows(actor, "contact", [(c["id"], None, c) for c in created], "create")
    apply_updates(actor, Contact, plan.updates)


PLAN = {"officers": plan_officers, "areas": plan_areas, "contacts": plan_contacts}
WRITE = {"officers": write_officers, "areas": write_areas, "contacts": write_contacts}
