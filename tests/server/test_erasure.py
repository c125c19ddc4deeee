"""Erasure of a person (LOPDP Art. 15, issue 14 §1): `defensoria-server person erase`
turns the person and what concerns only them into tombstones that every device pulls;
refused while a proceeding is open (Art. 18); a later edit never resurrects them; the
name leaves the server's SQLite file."""

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from app.core.command_line import cli_translator
from app.core.records import Case, OutboxEntry, Person
from sync.server.cli import build_parser, run
from sync.server.erasure import ErasureRefused
from tests.helpers.server import server_docs

NAME = "Wayra Quishpe"
CEDULA = "1804567897"


def erase(store, *argv: str) -> None:
    tr = cli_translator()
    run(build_parser(tr).parse_args(["person", "erase", *argv]), store, tr)


def _person_with_case(ws):
    home = ws.families.create_household(parish="PIL", community="Centro")
    girl = ws.families.add_person(household_id=home.id, given_names="Wayra",
                                  surnames="Quishpe", sex="mujer", doc_type="cedula",
                                  doc_number=CEDULA, birth_date=date(2015, 1, 9),
                                  relation_to_head="hijo_a", confirm_duplicates=True)
    case = ws.cases.register(parish="PIL", household_id=home.id,
                             affected_person_ids=[girl.id],
                             violation_types=["negligencia"], facts="Hechos",
                             risk_level="bajo", reporter_anonymous=True)
    return girl, case


def test_erasure_reaches_the_device_and_leaves_the_server_file(server, make_device,
                                                                capsys) -> None:
    ana = make_device(server, "ana")
    girl, case = _person_with_case(ana.ws)
    assert ana.sync().complete

    with pytest.raises(ErasureRefused) as refused:  # the case is open (Art. 18)
        erase(server.store, "--id", girl.id, "--reason", "Pedido del titular")
    assert refused.value.code == "open_case"
    assert case.code in refused.value.render(cli_translator())

    ana.ws.cases.change_status(case.id, "closed", "Caso atendido.")
    assert ana.sync().complete
    before = server_docs(server.store)
    erase(server.store, "--id", girl.id, "--reason", "Pedido del titular")
    # The person, her case and what is filed under it (the closing's note and step).
    assert "4" in capsys.readouterr().out
    after = server_docs(server.store)
    assert after[girl.id][0] > before[girl.id][0]  # a new version in the feed
    assert after[girl.id][1]["erasure"]["reason"] == "Pedido del titular"
    assert after[case.id][0] > before[case.id][0]  # a case about her alone: tombstone

    assert ana.sync().complete
    with ana.ws.db.read() as s:
        person = s.get(Person, girl.id)
        assert person.deleted and person.given_names == "" and person.doc_number == ""
        assert s.get(Case, case.id).deleted

    db = Path(server.store.engine.url.database)
    plain = sqlite3.connect(db, isolation_level=None)  # old WAL frames hold old pages
    plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    plain.close()
    for path in (db, Path(f"{db}-wal")):
        if path.exists():
            raw = path.read_bytes()
            assert CEDULA.encode() not in raw and b"Quishpe" not in raw


def test_a_later_edit_of_an_erased_person_is_refused(server, make_device) -> None:
    ana = make_device(server, "ana")
    girl, case = _person_with_case(ana.ws)
    ana.ws.cases.change_status(case.id, "closed", "Caso atendido.")
    assert ana.sync().complete
    erase(server.store, "--id", girl.id, "--reason", "Pedido del titular")
    beto = make_device(server, "beto")
    assert beto.sync().complete
    before = server_docs(server.store)[girl.id]
    ana.ws.families.update_person(girl.id, phone="0999999999")
    ana.sync()
    assert server_docs(server.store)[girl.id] == before  # never resurrected
    with ana.ws.db.read() as s:  # the refusal waits in the device's "needs attention"
        refused = s.exec(select(OutboxEntry).where(OutboxEntry.record_id == girl.id,
                                                   OutboxEntry.state == "rejected")).all()
    assert [e.reason for e in refused] == ["erased"]
