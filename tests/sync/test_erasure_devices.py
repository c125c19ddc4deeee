"""Erasure reaches every device (sync invariant 13, issue 14 §1): one that was offline
during it and syncs months later, one that syncs only by USB bundle. Afterwards the
person's name and document number are in no server table, no server file, and no byte
of a plaintext export of a device's store — outbox, drafts, search index included —
nor in any export made afterwards (records, statistics, pseudonymised rows)."""

import json
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlmodel import col

from app.core.catalogs import Catalogs
from app.core.records import CaseNote, Conflict, Consent, Household, OutboxEntry, Person
from app.core.services.drafts import DraftService
from app.core.services.requests import RequestService
from app.core.store.database import Database
from sync.server import admin
from sync.server.erasure import ErasureRefused, erase
from sync.server.schema import metadata
from sync.usb import export_bundle, import_answer
from tests.helpers.server import family_case, server_docs

GIVEN, SURNAME, CEDULA, PHONE = "Wayra", "Quishpe", "1804567897", "0991112233"
OTHER_PHONE = "0987654321"
SECRETS = (SURNAME, SURNAME.lower(), CEDULA, PHONE, OTHER_PHONE, "Rosa Tenesaca")


def _girl_with_case(ws):
    home = ws.families.create_household(parish="PIL", community="Centro")
    girl = ws.families.add_person(household_id=home.id, given_names=GIVEN,
                                  surnames=SURNAME, sex="mujer", doc_type="cedula",
                                  doc_number=CEDULA, birth_date=date(2015, 1, 9),
                                  relation_to_head="hijo_a", confirm_duplicates=True)
    case = ws.cases.register(parish="PIL", household_id=home.id,
                             affected_person_ids=[girl.id], violation_types=["negligencia"],
                             facts=f"Hechos sobre {GIVEN} {SURNAME}", risk_level="bajo",
                             reporter_anonymous=True)
    ws.cases.add_note(case.id, f"Entrevista con {GIVEN} {SURNAME}")  # filed under it
    ws.families.record_consent(girl.id, purpose="services", given_by="representative",
                               representative_name="Rosa Tenesaca",
                               representative_relation="madre", given_on=ws.clock.today())
    RequestService(ws.context()).record(girl.id, "deletion", ws.clock.today(), "representative",
                       "Rosa Tenesaca", "madre")
    return girl, case


def plain_bytes(db: Database, out: Path) -> bytes:
    """The store decrypted (sqlcipher_export to a plaintext file) and its WAL's bytes."""
    db.checkpoint()
    raw = db.engine.raw_connection()
    conn = raw.driver_connection
    assert conn is not None
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(out),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        raw.close()
    wal = Path(f"{db.path}-wal")
    return out.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def assert_gone(blob: bytes) -> None:
    for secret in SECRETS:
        assert secret.encode() not in blob, secret


def exports(ws, store, out: Path) -> bytes:
    """Every export a user can make, on the device and on the server, as bytes (an XLSX
    unzipped): the records (JSONL), the statistics (CSV, XLSX), the pseudonymised rows."""
    from app.core.exporting import export_jsonl
    from app.reports import api

    out.mkdir()
    export_jsonl(ws.db, ws.writer, out / "records.jsonl")
    admin.export_jsonl(store, out / "server.jsonl")
    api.pseudonymised_export(ws, out / "pseudo.csv")
    ctx = api.context(ws)
    api.stats_export(ctx, out / "stats.csv", "csv")
    api.stats_export(ctx, out / "stats.xlsx", "xlsx")
    blob = b""
    for path in sorted(out.iterdir()):
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as book:
                blob += b"".join(book.read(name) for name in book.namelist())
        else:
            blob += path.read_bytes()
    return blob


def server_rows(store) -> str:
    """Every row of every server table as text."""
    with store.read() as conn:
        return "\n".join(str(tuple(r)) for t in metadata.sorted_tables
                         for r in conn.execute(select(t)))


def test_erasure_reaches_a_device_offline_for_months(any_server, make_device,
                                                     tmp_path) -> None:
    ana = make_device(any_server, "ana")
    girl, case = _girl_with_case(ana.ws)
    assert ana.sync().complete
    beto = make_device(any_server, "beto")
    assert beto.sync().complete
    assert CEDULA.encode() in exports(beto.ws, any_server.store, tmp_path / "before")
    # Beto goes to the field, offline: an edit of her, a consent and a form left open.
    beto.ws.families.update_person(girl.id, phone=PHONE)
    beto.ws.families.record_consent(girl.id, purpose="sharing", given_by="representative",
                                    representative_name="Rosa Tenesaca",
                                    representative_relation="madre",
                                    given_on=beto.ws.clock.today())
    drafts = DraftService(beto.ws.db, "beto", beto.ws.clock)
    drafts.save(drafts.new_key("person"), "person", {"id": girl.id, "surnames": SURNAME})

    store = any_server.store
    with pytest.raises(ErasureRefused) as refused:  # a proceeding is under way
        erase(store, girl.id, "Pedido de la representante", by="tecnico")
    assert refused.value.code == "open_case"
    ana.ws.cases.change_status(case.id, "closed", "Caso atendido.")
    assert ana.sync().complete
    erase(store, girl.id, "Pedido de la representante", by="tecnico")
    assert not any(s in server_rows(store) for s in SECRETS)

    # Five months later Beto comes back: one sync and she is gone from his laptop.
    for clock in (store.clock, beto.ws.clock):
        clock.advance(timedelta(days=150))
    report = beto.sync()
    # The phone and the consent are refused, the tombstone pulled, the scope agreed.
    assert report.rejected == 2 and report.pulled_all and report.verified
    with beto.ws.db.read() as s:
        person = s.get(Person, girl.id)
        assert person.deleted and person.given_names == "" and person.doc_number == ""
        assert s.exec(select(Consent).where(col(Consent.person_id) == girl.id)
                      .where(col(Consent.deleted).is_(False))).all() == []
        entries = s.exec(select(OutboxEntry).where(
            col(OutboxEntry.state) == "rejected")).scalars().all()
        assert {e.reason for e in entries} == {"erased"}
        assert all(e.fields == {} for e in entries)
        hits = s.execute(text("SELECT count(*) FROM person_fts WHERE person_fts MATCH :q"),
                         {"q": SURNAME.lower()}).scalar_one()
        assert hits == 0
    assert drafts.pending() == []
    assert beto.ws.search.persons(SURNAME) == [] and beto.ws.search.persons(CEDULA) == []
    assert_gone(plain_bytes(beto.ws.db, tmp_path / "beto-plain.db"))
    assert ana.sync().complete
    assert_gone(plain_bytes(ana.ws.db, tmp_path / "ana-plain.db"))
    assert not any(s in server_rows(store) for s in SECRETS)  # nothing came back
    assert_gone(exports(beto.ws, store, tmp_path / "after"))
    if store.is_sqlite:
        db = Path(store.engine.url.database or "")
        for path in (db, Path(f"{db}-wal")):
            if path.exists():
                assert_gone(path.read_bytes())


def test_erasure_reaches_a_device_that_syncs_only_by_bundle(server, make_device,
                                                            tmp_path) -> None:
    ana = make_device(server, "ana")
    girl, case = _girl_with_case(ana.ws)
    ana.ws.cases.change_status(case.id, "closed", "Caso atendido.")
    assert ana.sync().complete
    parish = make_device(server, "carla")
    bundle, answer = tmp_path / "out.bundle", tmp_path / "answer.bundle"
    export_bundle(parish.ws.db, bundle)
    admin.import_bundle(server.store, Catalogs.load(), bundle, answer)
    assert import_answer(parish.ws.db, answer).complete
    with parish.ws.db.read() as s:
        assert s.get(Person, girl.id).surnames == SURNAME
    # Both edit her phone: the server keeps both values in a conflict both devices hold.
    ana.ws.families.update_person(girl.id, phone=PHONE)
    assert ana.sync().complete
    parish.ws.families.update_person(girl.id, phone=OTHER_PHONE)
    export_bundle(parish.ws.db, bundle)
    admin.import_bundle(server.store, Catalogs.load(), bundle, answer)
    assert import_answer(parish.ws.db, answer).complete
    with parish.ws.db.read() as s:
        [conflict] = s.exec(select(Conflict).where(col(Conflict.target_id) == girl.id)).all()
        assert {conflict[0].kept_value, conflict[0].other_value} == {PHONE, OTHER_PHONE}

    erase(server.store, girl.id, "Pedido de la representante", by="admin")
    server.store.clock.advance(timedelta(days=90))
    export_bundle(parish.ws.db, bundle)
    admin.import_bundle(server.store, Catalogs.load(), bundle, answer)
    assert import_answer(parish.ws.db, answer).complete
    with parish.ws.db.read() as s:
        assert s.get(Person, girl.id).deleted
        note = json.dumps(s.get(Person, girl.id).model_dump(mode="json"))
    assert SURNAME not in note
    assert_gone(plain_bytes(parish.ws.db, tmp_path / "carla-plain.db"))


def test_a_conflict_on_her_case_leaves_the_server(any_server, make_device,
                                                  tmp_path) -> None:
    """A conflict about a case about her alone holds both versions of its text, and names
    the case, not her: it goes with the case."""
    ana = make_device(any_server, "ana")
    girl, case = _girl_with_case(ana.ws)
    assert ana.sync().complete
    beto = make_device(any_server, "beto")
    assert beto.sync().complete
    told = ("La vecina Carmen Yupanqui vio los golpes", "El profesor Luis Guamán avisó")
    ana.ws.cases.update(case.id, facts=told[0])
    assert ana.sync().complete
    beto.ws.cases.update(case.id, facts=told[1])
    assert beto.sync().conflicts == 1
    store = any_server.store
    assert all(t in server_rows(store) for t in told)  # both kept in the conflict
    ana.ws.cases.change_status(case.id, "closed", "Caso atendido.")
    assert ana.sync().complete

    erase(store, girl.id, "Pedido de la representante", by="tecnico")
    rows = server_rows(store)
    assert not any(t in rows for t in told) and not any(s in rows for s in SECRETS)
    assert beto.sync().complete
    blob = plain_bytes(beto.ws.db, tmp_path / "beto-plain.db")
    assert not any(t.encode() in blob for t in told)


def test_what_a_device_wrote_offline_under_her_case_goes(server, make_device,
                                                          tmp_path) -> None:
    """A note made offline under her case, never sent, goes with the case; unsent work
    about other families stays and is sent."""
    ana = make_device(server, "ana")
    girl, case = _girl_with_case(ana.ws)
    other = family_case(ana.ws)
    ana.ws.cases.change_status(case.id, "closed", "Caso atendido.")
    assert ana.sync().complete
    beto = make_device(server, "beto")
    assert beto.sync().complete
    # Beto, offline: a note under her case, a note under another family's case, and a
    # new family.
    told = "La profesora Carmen Yupanqui llamó por la niña"
    mine = beto.ws.cases.add_note(case.id, told)
    kept = beto.ws.cases.add_note(other.id, "Visita acordada con la madre")
    home = beto.ws.families.create_household(parish="PIL", community="Nueva Esperanza")

    erase(server.store, girl.id, "Pedido de la representante", by="tecnico")
    beto.sync()
    with beto.ws.db.read() as s:
        assert s.get(CaseNote, mine.id) is None
        entries = s.exec(select(OutboxEntry).where(
            col(OutboxEntry.record_id) == mine.id)).scalars().all()
        assert [(e.state, e.reason, e.fields) for e in entries] == [
            ("rejected", "erased", {})]
        assert s.get(Household, home.id).community == "Nueva Esperanza"
    blob = plain_bytes(beto.ws.db, tmp_path / "beto-plain.db")
    assert told.encode() not in blob and b"Yupanqui" not in blob
    on_server = server_docs(server.store)
    assert on_server[kept.id][1]["text"] == "Visita acordada con la madre"
    assert on_server[home.id][1]["community"] == "Nueva Esperanza"
    assert mine.id not in on_server
