"""Server schema migrations keep what the protocol promises (here: replays answered)."""

import requests
from alembic import command
from alembic.config import Config
from sqlalchemy import text

from app.core.clock import FixedClock
from sync.protocol import PROTOCOL_HEADER
from sync.server.migrate import MIGRATIONS_DIR
from sync.server.store import ServerStore
from tests.helpers.constants import NOW, PASSWORD
from tests.helpers.server import start_server

DEVICE = "0190bbbb-0000-7000-8000-000000000001"


def test_push_log_of_an_older_schema_still_answers_replays(tmp_path) -> None:
    store = ServerStore(f"sqlite:///{tmp_path / 'server.db'}", FixedClock(NOW))
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with store.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "s0002")  # one push-log row per change, as servers kept it
        conn.execute(text("INSERT INTO push_log (device_id, seq, status, reason, version) "
                          "VALUES (:d, 5, 'applied', '', 7)"), {"d": DEVICE})
        conn.commit()
    server = start_server(store)  # migrates to the head
    try:
        server.add_user("ana", "promotor", "PIL")
        token = requests.post(f"{server.url}/api/v1/enroll", timeout=10, json={
            "username": "ana", "password": PASSWORD, "device_id": DEVICE}).json()["token"]
        change = {"record_type": "household", "op": "create",
                  "fields": {"parish": "PIL", "community": "Nueva"}}
        answer = requests.post(f"{server.url}/api/v1/push", timeout=10, headers={
            "Authorization": f"Bearer {token}", PROTOCOL_HEADER: "1"}, json={
            "device_id": DEVICE, "changes": [
                {**change, "seq": 5, "record_id": "0190aaaa-0000-7000-8000-000000000005"},
                {**change, "seq": 6, "record_id": "0190aaaa-0000-7000-8000-000000000006"}]})
        # Seq 5 was applied before the upgrade: answered from the log, not applied again.
        assert answer.json()["results"] == [
            {"seq": 5, "status": "applied", "reason": "", "version": 7},
            {"seq": 6, "status": "applied", "reason": "", "version": 1}]
        with store.read() as conn:
            assert conn.execute(text("SELECT count(*) FROM docs")).scalar() == 1
            tables = {r[0] for r in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'table'"))}
        assert "push_log" not in tables and "push_batches" in tables
    finally:
        server.stop()
        store.dispose()


def test_the_bundle_keys_leave_the_database_for_a_private_file(tmp_path) -> None:
    import json
    import stat

    from sync.bundle import new_keys, public_of
    from sync.server import keys
    from sync.server.migrate import upgrade

    store = ServerStore(f"sqlite:///{tmp_path / 'server.db'}", FixedClock(NOW))
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    private = new_keys()
    with store.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "s0003")  # the private keys in the database, as kept then
        conn.execute(text("INSERT INTO server_keys (name, private_key) VALUES "
                          "('bundle', :k)"), {"k": json.dumps(private)})
        conn.commit()
    try:
        upgrade(store)
        path = tmp_path / "bundle.key"
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert keys.private_keys(store) == private
        public = public_of(private)
        assert keys.public_keys(store) == (public["sign"], public["box"])
        with store.read() as conn:
            tables = {r[0] for r in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'table'"))}
            assert "server_keys" not in tables
            dump = "\n".join(str(r) for r in conn.execute(text("SELECT * FROM public_keys")))
        assert private["sign"] not in dump and private["box"] not in dump
    finally:
        store.dispose()


def test_conflicts_stored_under_two_ids_get_their_document_id(tmp_path) -> None:
    """s0006: a conflict's data once carried an id of its own (push.py drew two)."""
    import json

    from sync.server.migrate import upgrade

    store = ServerStore(f"sqlite:///{tmp_path / 'server.db'}", FixedClock(NOW))
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    doc_id, stray = "0190cccc-0000-7000-8000-000000000001", "0190dddd-0000-7000-8000-00000000000d"
    household = "0190aaaa-0000-7000-8000-000000000001"
    rows = [(doc_id, "conflict", 2, {"id": stray, "field": "community", "other_value": "Sur"}),
            (household, "household", 1, {"id": household, "community": "Ñuñoa"})]
    with store.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        cfg.attributes["bundle_key_path"] = tmp_path / "bundle.key"
        command.upgrade(cfg, "s0005")
        for record_id, record_type, version, data in rows:
            conn.execute(text(
                "INSERT INTO docs (id, type, version, deleted, data, field_meta, parish, "
                "junta) VALUES (:i, :t, :v, 0, :d, '{}', 'PIL', 0)"),
                {"i": record_id, "t": record_type, "v": version, "d": json.dumps(data)})
        conn.commit()
    try:
        upgrade(store)
        with store.read() as conn:
            stored = {r.id: json.loads(r.data)
                      for r in conn.execute(text("SELECT id, data FROM docs"))}
        assert stored[doc_id] == {"id": doc_id, "field": "community", "other_value": "Sur"}
        assert stored[household] == rows[1][3]
    finally:
        store.dispose()


def test_s0010_gives_earlier_reassignments_their_holder(tmp_path) -> None:
    """A case reassigned before s0010 is its assignee's alone afterwards, with every row
    of the case; a household visit holds its own assignee; the rest stays the parish's."""
    from sync.server.migrate import upgrade

    store = ServerStore(f"sqlite:///{tmp_path / 'server.db'}", FixedClock(NOW))
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    rows = [("c1", "case", '{"parish":"PIL","assigned_to":"beto"}', "c1"),
            ("n1", "case_note", '{"case_id":"c1","text":"x"}', "c1"),
            ("c2", "case", '{"parish":"PIL","assigned_to":""}', "c2"),
            ("v1", "visit", '{"household_id":"h1","assigned_to":"carla"}', None),
            ("h1", "household", '{"parish":"PIL"}', None)]
    with store.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "s0008")
        for version, (i, kind, data, case) in enumerate(rows, 1):
            conn.execute(text(
                "INSERT INTO docs (id, type, version, deleted, data, field_meta, parish, "
                "case_id, junta) VALUES (:i, :t, :v, 0, :d, '{}', 'PIL', :c, 0)"),
                {"i": i, "t": kind, "v": version, "d": data, "c": case})
        conn.commit()
    try:
        upgrade(store)
        with store.read() as conn:
            held = dict(conn.execute(text("SELECT id, holder FROM docs")).all())
        assert held == {"c1": "beto", "n1": "beto", "c2": "", "v1": "carla", "h1": ""}
    finally:
        store.dispose()
