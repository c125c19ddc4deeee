"""Every file the desktop writes with case data is owner-only (issue 11 §4): the
exports, the pseudonymised CSV, statistics and PDFs (through the reports' writer)."""

import stat

import pytest

from app.core.errors import UserError
from app.core.exporting import export_jsonl
from app.core.files import atomic_write_bytes
from app.core.pseudonymise import export_pseudonymised


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_exports_are_owner_only(workspace, child, tmp_path) -> None:
    export_jsonl(workspace.db, workspace.writer, tmp_path / "all.jsonl")
    export_pseudonymised(workspace.db, workspace.writer, tmp_path / "p.csv")
    atomic_write_bytes(tmp_path / "report.pdf", b"%PDF-1.4")
    for name in ("all.jsonl", "p.csv", "report.pdf"):
        assert mode(tmp_path / name) == 0o600, name
    assert child.id in (tmp_path / "all.jsonl").read_text(encoding="utf-8")
    # A file that was readable by others before is replaced by an owner-only one.
    (tmp_path / "report.pdf").chmod(0o644)
    atomic_write_bytes(tmp_path / "report.pdf", b"%PDF-1.4")
    assert mode(tmp_path / "report.pdf") == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".part") == []


def test_a_folder_that_cannot_be_written_is_one_user_error(tmp_path) -> None:
    with pytest.raises(UserError) as failed:
        atomic_write_bytes(tmp_path / "missing" / "out.csv", b"x")
    assert "out.csv" in str(failed.value)
