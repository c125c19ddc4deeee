"""Demo data obeys every rule the server checks: a demo store synced to the real server
leaves nothing in "needs attention", and the server stores every record."""

from app.core.demo import DemoGenerator
from app.core.exporting import iter_records
from app.core.sync import outbox
from tests.helpers.constants import TODAY
from tests.helpers.server import server_docs


def test_a_demo_store_syncs_without_refusals(server, make_device):
    device = make_device(server, "ana", "promotor", "PIL")
    ws = device.ws
    # Enough families for closed sexual-violence cases, mediations and every referral path.
    DemoGenerator(ws.db, ws.writer, ws.catalogs, TODAY, 3).generate(150, "PIL")
    local = {r["id"] for r in iter_records(ws.db)}
    cases = [r for r in iter_records(ws.db) if r["type"] == "case"]
    sexual = {c for c, item in ws.catalogs.violation_types.items.items()
              if item.extra.get("sexual")}
    assert any(c["status"] == "closed" and sexual & set(c["violation_types"])
               for c in cases), "the seed must exercise a closed sexual-violence case"
    report = device.sync()
    refused = [(e.record_type, e.reason) for e in outbox.needs_attention(ws.db)]
    assert refused == []
    assert report.complete and report.pending == 0
    assert local <= set(server_docs(server.store))
