"""People's requests about their data (issue 14 §2): recorded with a due date 15
calendar days after receipt, listed until answered, overdue first by the injected
clock, synced like any record, checked by the same rules on both sides."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.core.errors import ValidationFailed
from app.core.services.requests import RequestService
from app.core.sync import outbox
from sync.server.schema import docs
from tests.helpers.constants import TODAY
from tests.helpers.server import family_case, server_docs


def test_listed_until_answered_overdue_first(any_server, make_device) -> None:
    ana = make_device(any_server, "ana")
    case = family_case(ana.ws)
    child = case.affected_person_ids[0]
    assert ana.sync().complete
    tere = make_device(any_server, "tere", role="tecnico", parish="")
    assert tere.sync().complete
    requests = RequestService(tere.ws.context())
    # Received 15 days ago: due today, not yet late. Received 16 days ago: late by one.
    on_time = requests.record(child, "access", TODAY - timedelta(days=15))
    late = requests.record(child, "rectification", TODAY - timedelta(days=16),
                           "representative", "Rosa Toapanta", "madre")
    fresh = requests.record(child, "objection", TODAY)
    assert on_time.due_on == TODAY and fresh.due_on == TODAY + timedelta(days=15)
    listed = requests.open_requests()
    assert [r.id for r in listed] == [late.id, on_time.id, fresh.id]
    assert [r.overdue for r in listed] == [True, False, False]
    assert [r.days_left for r in listed] == [-1, 0, 15]
    assert listed[0].person_name == "Sisa Chicaiza"
    # The representative's name is required; a request from the future is refused.
    with pytest.raises(ValidationFailed):
        requests.record(child, "deletion", TODAY, "representative", " ")
    with pytest.raises(ValidationFailed):
        requests.record(child, "deletion", TODAY + timedelta(days=1))
    assert tere.sync().complete
    # The parish's promoter receives them and sees the same list.
    assert ana.sync().complete
    assert [r.id for r in RequestService(ana.ws.context()).open_requests()] == \
        [late.id, on_time.id, fresh.id]
    requests.answer(late.id, TODAY, "Datos corregidos")
    assert [r.id for r in requests.open_requests()] == [on_time.id, fresh.id]
    assert tere.sync().complete and outbox.pending_count(tere.ws.db) == 0
    assert server_docs(any_server.store)[late.id][1]["status"] == "answered"
    assert ana.sync().complete
    assert [r.id for r in RequestService(ana.ws.context()).open_requests()] == \
        [on_time.id, fresh.id]
    # Scope: the request lives in the person's parish.
    with any_server.store.read() as conn:
        assert conn.execute(select(docs.c.parish).where(docs.c.id == late.id)).scalar() \
            == "PIL"
