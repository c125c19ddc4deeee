"""A conflict record is one record everywhere: the server's export lists it under the id
the devices know it by (its stored data once carried an id of its own)."""

import json
from pathlib import Path

from app.core.exporting import export_jsonl
from sync.server.admin import export_jsonl as server_export


def _conflicts(path: Path) -> dict[str, dict]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return {row["id"]: row for row in rows if row["type"] == "conflict"}


def test_server_and_device_export_the_same_conflict_under_one_id(server, make_device,
                                                                 tmp_path: Path) -> None:
    a, b = make_device(server, "ana"), make_device(server, "beto")
    h = a.ws.families.create_household(parish="PIL", community="Inicial", notes="")
    assert a.sync().complete and b.sync().complete
    a.ws.families.update_household(h.id, community="Norte")
    b.ws.families.update_household(h.id, community="Sur")
    assert a.sync().complete
    assert b.sync().conflicts == 1
    server_export(server.store, tmp_path / "server.jsonl")
    export_jsonl(b.ws.db, b.ws.writer, tmp_path / "device.jsonl")
    on_server, on_device = _conflicts(tmp_path / "server.jsonl"), _conflicts(
        tmp_path / "device.jsonl")
    assert len(on_server) == 1
    assert on_server.keys() == on_device.keys()
    [cid] = on_server
    fields = ("target_type", "target_id", "field", "kept_value", "other_value", "other_by")
    assert [on_server[cid][f] for f in fields] == [on_device[cid][f] for f in fields] == [
        "household", h.id, "community", "Norte", "Sur", "beto"]
