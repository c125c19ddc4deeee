"""Fixture chain: catalogs → data folder → workspace (a real SQLCipher store)."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.core.catalogs import Catalogs
from app.core.clock import FixedClock
from app.core.store.keyring import LocalUser
from app.core.workspace import Workspace, initialise
from tests.helpers.constants import NOW, PASSWORD


@pytest.fixture(scope="session")
def catalogs() -> Catalogs:
    return Catalogs.load()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def workspace(data_dir: Path, catalogs: Catalogs, clock: FixedClock) -> Iterator[Workspace]:
    ws = initialise(data_dir, LocalUser("ana", "promotor", "PIL"), PASSWORD, catalogs, clock)
    yield ws
    ws.close()


@pytest.fixture
def household(workspace: Workspace):
    return workspace.families.create_household(parish="PIL", community="Tamboloma")


@pytest.fixture
def child(workspace: Workspace, household):
    return workspace.families.add_person(
        household_id=household.id, given_names="Sisa Nina", surnames="Chicaiza Muñoz",
        sex="mujer", birth_date=date(2016, 4, 3), doc_type="cedula", doc_number="1804567897",
        relation_to_head="hijo_a")
