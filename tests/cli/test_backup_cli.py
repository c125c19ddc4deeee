"""`defensoria backup --out FILE` and `defensoria restore FILE` in a subprocess: the
restored folder opens with the same user and password; refusals are one Spanish line."""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.constants import PASSWORD


def run(*args: str, password: str = PASSWORD) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEFENSORIA_")}
    env.update(DEFENSORIA_LANG="es", DEFENSORIA_PASSWORD=password)
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True,
                          text=True, env=env, stdin=subprocess.DEVNULL, timeout=300)


def one_line_failure(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_backup_then_restore_on_a_new_folder(tmp_path: Path) -> None:
    data, copy, new = tmp_path / "data", tmp_path / "copia.dfbackup", tmp_path / "nueva"
    assert run("--data-dir", str(data), "init", "--username", "ana", "--parish",
               "PIL").returncode == 0
    assert run("--data-dir", str(data), "demo-data", "--families", "5").returncode == 0
    result = run("--data-dir", str(data), "backup", "--out", str(copy))
    assert result.returncode == 0, result.stderr
    assert "copia de seguridad" in result.stdout.lower()

    result = run("restore", str(copy), "--data-dir", str(new))
    assert result.returncode == 0, result.stderr
    exported = tmp_path / "all.jsonl"
    for folder, out in ((data, tmp_path / "before.jsonl"), (new, exported)):
        done = run("--data-dir", str(folder), "export", "--format", "jsonl", "--out", str(out))
        assert done.returncode == 0, done.stderr
    def rows(path: Path) -> list[dict]:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]

    assert len(rows(exported)) > 5 and rows(exported) == rows(tmp_path / "before.jsonl")

    assert "ya contiene" in one_line_failure(run("restore", str(copy), "--data-dir", str(new)))
    assert run("restore", str(copy), "--data-dir", str(new), "--force").returncode == 0
    wrong = one_line_failure(run("restore", str(copy), "--data-dir", str(tmp_path / "x"),
                                 password="otra-clave-1"))
    assert "contraseña" in wrong.lower()
    copy.write_bytes(copy.read_bytes()[:1000])
    damaged = one_line_failure(run("restore", str(copy), "--data-dir", str(tmp_path / "y")))
    assert "dañada" in damaged
    assert not (tmp_path / "y" / "defensoria.db").exists()
