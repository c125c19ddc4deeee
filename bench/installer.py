"""Installer benchmark: bundle size on disk, package sizes, frozen vs unfrozen start-up.

Prints one JSON object. Start-up is measured from spawning the process to the unlock
window painted (`defensoria --startup-probe`, the real `run_app` path), for the frozen
bundle (dist/defensoria) and for the same code from the virtualenv, alternating, in one
run. The full run also compiles the NSIS installer with its real LZMA compression to
estimate the Windows installer's size from the Linux bundle. `--quick` (used by CI and the
test suite) takes fewer rounds, skips the LZMA compile, and reports the frozen figures
only when a bundle has been built (`make installer`).
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "installer" / "linux"))
from package import archive_path, project_version  # noqa: E402

# DEFENSORIA_BENCH_BUNDLE points elsewhere (the test suite: nowhere, so that a stale
# bundle in dist/ is not measured).
BUNDLE = Path(os.environ.get("DEFENSORIA_BENCH_BUNDLE", ROOT / "dist" / "defensoria"))
MARK = "SHOWN"
TARGETS = {"bundle_mb": 250, "installer_mb": 90, "start_ratio": 1.5}
PASSWORD = "clave-de-medicion-1"


def disk_mb(folder: Path) -> tuple[float, int]:
    """Allocated size (as `du` counts it) and the number of files."""
    total, files = 0, 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_blocks * 512
            files += 1
    return round(total / 2**20, 1), files


def start_time(program: list[str], data_dir: Path, env: dict[str, str]) -> float:
    begin = time.perf_counter()
    proc = subprocess.Popen([*program, "--data-dir", str(data_dir), "--startup-probe"],
                            stdout=subprocess.PIPE, text=True, env=env,
                            cwd=tempfile.gettempdir())
    elapsed = None
    for line in proc.stdout:  # type: ignore[union-attr]
        if line.strip() == MARK and elapsed is None:
            elapsed = time.perf_counter() - begin
    proc.wait(timeout=60)
    if elapsed is None or proc.returncode != 0:
        raise RuntimeError(f"{program[0]} never showed its window")
    return elapsed


def nsis_mb(folder: Path) -> float | None:
    makensis = shutil.which("makensis")
    if makensis is None:
        return None
    out = folder / "Defensoria-estimate.exe"
    subprocess.run([makensis, "-V1", f"-DVERSION={project_version()}", f"-DSRCDIR={BUNDLE}",
                    f"-DOUTFILE={out}", str(ROOT / "installer" / "windows" / "defensoria.nsi")],
                   check=True)
    return round(out.stat().st_size / 2**20, 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rounds = 3 if args.quick else 9
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DEFENSORIA_PASSWORD": PASSWORD,
           "DEFENSORIA_LANG": "es"}
    unfrozen = [sys.executable, "-m", "app"]
    frozen = [str(BUNDLE / "defensoria")] if (BUNDLE / "defensoria").is_file() else None
    result: dict[str, object] = {"quick": args.quick, "version": project_version(),
                                 "targets": TARGETS}
    with tempfile.TemporaryDirectory(prefix="defensoria-bench-") as tmp:
        folder = Path(tmp)
        data = folder / "datos"
        env_source = {**env, "PYTHONPATH": str(ROOT)}
        subprocess.run([*unfrozen, "--data-dir", str(data), "init", "--username", "ana",
                        "--parish", "PIL"], env=env_source, check=True,
                       capture_output=True)
        # Warm the file cache for both, then alternate so both see the same machine state.
        start_time(unfrozen, data, env_source)
        if frozen:
            start_time(frozen, data, env)
        times: dict[str, list[float]] = {"unfrozen": [], "frozen": []}
        for _ in range(rounds):
            times["unfrozen"].append(start_time(unfrozen, data, env_source))
            if frozen:
                times["frozen"].append(start_time(frozen, data, env))
        unfrozen_s = statistics.median(times["unfrozen"])
        result["start_unfrozen_ms"] = round(unfrozen_s * 1000, 1)
        result["rounds"] = rounds
        if frozen:
            frozen_s = statistics.median(times["frozen"])
            bundle_mb, files = disk_mb(BUNDLE)
            archive = archive_path(project_version())
            result.update({
                "start_frozen_ms": round(frozen_s * 1000, 1),
                "start_ratio": round(frozen_s / unfrozen_s, 2),
                "bundle_mb": bundle_mb, "bundle_files": files,
                "targz_mb": round(archive.stat().st_size / 2**20, 1)
                if archive.is_file() else None,
            })
            if not args.quick:
                result["nsis_lzma_mb"] = nsis_mb(folder)
            result["meets_targets"] = {
                "bundle_mb": bundle_mb <= TARGETS["bundle_mb"],
                "start_ratio": frozen_s / unfrozen_s <= TARGETS["start_ratio"],
                # The Windows installer (NSIS, LZMA), estimated from the Linux bundle;
                # not measured in quick mode.
                "installer_mb": None if result.get("nsis_lzma_mb") is None
                else result["nsis_lzma_mb"] <= TARGETS["installer_mb"],
            }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
