"""Catalogs are data: other cantons load, and newer versions never break stored records."""

import json
import shutil
from datetime import date

from app.core.catalogs import CATALOG_DIR, Catalogs
from app.core.workspace import unlock
from tests.helpers.constants import PASSWORD


def test_ambato_territory(catalogs):
    parishes = catalogs.territory.parishes.values()
    assert sum(p.kind == "rural" for p in parishes) == 18
    assert sum(p.kind == "urban" for p in parishes) == 9
    assert catalogs.territory.find("pilaguin").code == "PIL"
    assert catalogs.territory.find("Picaigua").code == "PIC"
    assert catalogs.territory.find("nowhere") is None


def test_catalog_references_are_consistent(catalogs):
    for item in catalogs.violation_types.items.values():
        for inst in item.extra["must_refer"] + item.extra["may_refer"]:
            assert inst in catalogs.institutions, (item.code, inst)
    sexual = {c for c, i in catalogs.violation_types.items.items() if i.extra["sexual"]}
    assert {"abuso_sexual", "acoso_sexual", "explotacion_sexual"} <= sexual
    assert not any(catalogs.violation_types.items[c].extra["mediable"] for c in sexual)


def test_another_canton_loads():
    loja = Catalogs.load(territory=CATALOG_DIR / "territory" / "loja-example.json")
    assert loja.territory.canton == "Loja"
    assert loja.territory.find("Motupe") is not None


def test_later_catalog_version_keeps_old_records(workspace, child, data_dir, tmp_path,
                                                  clock):
    case = workspace.cases.register(parish="PIL", affected_person_ids=[child.id],
                                    violation_types=["mendicidad"], facts="Hechos",
                                    risk_level="bajo", reporter_anonymous=True,
                                    opened_on=date(2026, 1, 10))
    workspace.close()
    newer = tmp_path / "catalogs"
    shutil.copytree(CATALOG_DIR, newer)
    path = newer / "violation_types.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["version"] += 1
    data["items"] = [i for i in data["items"] if i["code"] != "mendicidad"]
    path.write_text(json.dumps(data), encoding="utf-8")

    catalogs_v2 = Catalogs.load(newer)
    ws = unlock(data_dir, "ana", PASSWORD, catalogs_v2, clock)
    try:
        stored = ws.cases.get(case.id)
        assert stored.violation_types == ["mendicidad"]
        assert catalogs_v2.violation_types.label("mendicidad") == "mendicidad (retirado)"
        # Edits of other fields still work; the retired code cannot be chosen anew.
        assert ws.cases.update(case.id, facts="Hechos ampliados").facts == "Hechos ampliados"
        assert not catalogs_v2.violation_types.is_valid("mendicidad")
    finally:
        ws.close()
