"""The pseudonymised export carries no names, documents, phones, addresses or free text,
and its pseudonyms are stable for one store and unguessable without it."""

import csv
from collections import defaultdict

from app.core.exporting import iter_records
from app.core.pseudonymise import COLUMNS, export_pseudonymised
from app.reports import api
from tests.helpers.samples import FACTS, INFORMANT


def _rows(path) -> list[dict[str, str]]:
    return list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))


def test_no_identifying_value_leaves_the_store(workspace, bulk, out):
    count = api.pseudonymised_export(workspace, out / "p.csv")
    raw = (out / "p.csv").read_text(encoding="utf-8")
    records = defaultdict(list)
    for record in iter_records(workspace.db):
        records[record["type"]].append(record)
    secrets = {FACTS, INFORMANT, "0987654321", "Tamboloma, sector La Peña",
               "Padrastro, 35 años aproximadamente"}
    for p in records["person"]:
        secrets |= {p["given_names"], p["surnames"], p["doc_number"], p["phone"],
                    p["id"], p["birth_date"] or ""}
        for word in (p["given_names"] + " " + p["surnames"]).split():
            if len(word) > 3 and word not in ("Prueba",):
                secrets.add(word)
    for h in records["household"]:
        secrets |= {h["id"], h["address_reference"], h["community"]}
    for c in records["case"]:
        secrets |= {c["id"], c["code"], c["facts"], c["place"], c["reporter_name"]}
    for secret in secrets - {""}:
        assert secret not in raw, secret
    rows = _rows(out / "p.csv")
    assert len(rows) == count == sum(len(c["affected_person_ids"]) for c in records["case"]
                                     if not c["deleted"])
    assert tuple(rows[0]) == COLUMNS
    assert all(r["age_group"] in ("ninez", "adolescencia", "adultos", "adultos_mayores", "")
               for r in rows)
    assert all(len(r["opened_month"]) == 7 for r in rows)


def test_pseudonyms_are_stable_and_consistent(workspace, field, out):
    export_pseudonymised(workspace.db, workspace.writer, out / "a.csv")
    export_pseudonymised(workspace.db, workspace.writer, out / "b.csv")
    first, second = _rows(out / "a.csv"), _rows(out / "b.csv")
    assert first == second
    # The same child in two cases keeps one pseudonym; the two cases have two.
    assert len({r["person_pid"] for r in first}) == 1
    assert len({r["case_pid"] for r in first}) == 2
    assert {r["referrals"] for r in first} == {"junta:received", ""}
    row = next(r for r in first if r["referrals"])
    assert row["violation_types"] == "maltrato_fisico;negligencia"
    assert row["age_group"] == "ninez" and row["sex"] == "mujer" and row["visits_done"] == "1"


def test_another_store_gives_other_pseudonyms(workspace, field, out, tmp_path, catalogs,
                                              clock):
    from app.core.store.keyring import LocalUser
    from app.core.workspace import initialise

    export_pseudonymised(workspace.db, workspace.writer, out / "a.csv")
    other = initialise(tmp_path / "other", LocalUser("eva", "promotor", "PIL"), "clave-otra-1",
                       catalogs, clock)
    try:
        from app.core.pseudonymise import Pseudonymiser, store_secret

        theirs = Pseudonymiser(store_secret(other.db))
        ours = Pseudonymiser(store_secret(workspace.db))
        assert theirs("person", field.child.id) != ours("person", field.child.id)
        assert ours("person", field.child.id) in (out / "a.csv").read_text(encoding="utf-8")
    finally:
        other.close()
