"""Upgrades keep data: a store written by schema 0001 opens through the app's entry point.

tests/unit/test_migrations.py covers the core; this goes through `defensoria` itself, the
way a promoter's first start after installing a newer version does. `make installer-check`
runs the same steps with the frozen bundle (migration scripts bundled, Alembic frozen).
"""

import json
import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.core.store.migrate import SCHEMA_HEAD
from tests.helpers.constants import OLD_STORE_PASSWORD

FIXTURE = Path(__file__).parents[1] / "fixtures" / "store-0001"


def test_entry_point_upgrades_an_old_store_after_a_backup(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    folder = tmp_path / "datos"
    shutil.copytree(FIXTURE, folder)
    out = tmp_path / "registros.jsonl"
    monkeypatch.setenv("DEFENSORIA_PASSWORD", OLD_STORE_PASSWORD)
    monkeypatch.setenv("DEFENSORIA_LANG", "es")

    assert main(["--data-dir", str(folder), "--username", "rosa", "export",
                 "--format", "jsonl", "--out", str(out)]) == 0

    assert "Se exportaron" in capsys.readouterr().out
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["type"] for r in records) == ["household", "person"]
    assert {r.get("surnames") for r in records} == {None, "Quinatoa Azogue"}
    [backup] = (folder / "backups").glob("*.db")
    assert "before-head-from-0001" in backup.name
    assert backup.read_bytes() == (FIXTURE / "defensoria.db").read_bytes()
    # A second start finds the store current: no new backup.
    assert main(["--data-dir", str(folder), "--username", "rosa", "export",
                 "--format", "jsonl", "--out", str(out)]) == 0
    assert len(list((folder / "backups").glob("*.db"))) == 1
    assert SCHEMA_HEAD != "0001"
