"""§5 of issue 12: the unlock window shows before the store's SQL toolkit, the record
classes and sync load (they load behind it, in a worker, once the event loop runs).

In a child process, because this one has long imported them all.
"""

import os
import subprocess
import sys
from pathlib import Path

from app.core.accounts import LocalUser
from app.core.workspace import initialise

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("sqlalchemy", "sqlmodel", "sync", "app.core.sync", "app.core.store.database",
         "app.core.records")

PROBE = """
import sys
from pathlib import Path
from app.ui.shell.main import build_app

HEAVY = {heavy!r}

def loaded():
    names = list(sys.modules)
    return sorted(m for m in names if any(m == h or m.startswith(h + ".") for h in HEAVY))

qt_app, window = build_app(Path(sys.argv[1]), [sys.argv[0]])
window.show()  # the event loop has not run yet: the warm-up starts from it
page = type(window.stack.currentWidget()).__name__
print(page, "before:", ",".join(loaded()) or "-")
window.warmed.connect(qt_app.quit)
qt_app.exec()
print("after:", ",".join(loaded()) or "-")
window.close()
"""


def test_the_unlock_window_comes_before_the_store_and_sync(tmp_path, clock):
    initialise(tmp_path / "data", LocalUser("ana", "promotor", "PIL"), "clave-segura-1",
               None, clock).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY),
                             str(tmp_path / "data")], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    first, second = result.stdout.splitlines()[-2:]
    assert first == "UnlockPage before: -", first
    # The probe sees them once they load: the warm-up imported the store behind the window.
    assert "sqlalchemy" in second.split(",") and "sqlmodel" in second.split(","), second
