"""POST /api/v1/persons/{id}/erase (issue 14 §1): the técnico and the admin erase from
the desktop; every refusal is a 409 in words the desktop translates, never a 500."""

from datetime import date

import pytest

from app.core.i18n import translator
from sync.admin_client import AdminClient
from sync.errors import SyncError
from tests.helpers.server import server_docs

OPTIONS = {"attempts": 1, "sleep": lambda _s: None}


def _refusal(call) -> str:
    with pytest.raises(SyncError) as refused:
        call()
    assert refused.value.code == "refused"
    return refused.value.render(translator("es"))


def test_the_tecnico_erases_and_every_refusal_is_clear(any_server, make_device) -> None:
    ana = make_device(any_server, "ana")
    home = ana.ws.families.create_household(parish="PIL", community="Centro")
    girl = ana.ws.families.add_person(household_id=home.id, given_names="Wayra",
                                      surnames="Quishpe", sex="mujer",
                                      birth_date=date(2015, 1, 9), relation_to_head="hijo_a",
                                      confirm_duplicates=True)
    case = ana.ws.cases.register(parish="PIL", household_id=home.id,
                                 affected_person_ids=[girl.id],
                                 violation_types=["negligencia"], facts="Hechos",
                                 risk_level="bajo", reporter_anonymous=True)
    assert ana.sync().complete
    tere = AdminClient(make_device(any_server, "tere", role="tecnico", parish="").ws.db,
                       OPTIONS)
    with pytest.raises(SyncError) as forbidden:  # a promoter may not
        AdminClient(ana.ws.db, OPTIONS).erase_person(girl.id, "Pedido")
    assert forbidden.value.code == "forbidden"

    shown = _refusal(lambda: tere.erase_person(girl.id, "Pedido del titular"))
    assert case.code in shown and "abierto" in shown and "Art. 18" in shown
    assert "por qué" in _refusal(lambda: tere.erase_person(girl.id, "  "))
    assert "No existe" in _refusal(lambda: tere.erase_person("no-such-person", "Pedido"))

    ana.ws.cases.change_status(case.id, "closed", "Caso atendido.")
    assert ana.sync().complete
    assert tere.erase_person(girl.id, "Pedido del titular") >= 2
    assert server_docs(any_server.store)[girl.id][1]["erasure"]["by"] == "tere"
    assert "ya fueron borrados" in _refusal(
        lambda: tere.erase_person(girl.id, "Pedido del titular"))
