"""The layout's one-way arrows, checked over the source tree with `ast`.

`app/core` is Qt-free and HTTP-free; `app/ui` reaches data only through core services
(never SQLAlchemy, SQLModel or the store); nothing under `app/` imports the server.
Imports inside `if TYPE_CHECKING:` count too: an arrow is an arrow.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# (folder, forbidden module prefixes, why)
RULES = [
    ("app/core", ("PySide6", "shiboken6", "requests", "httpx", "http", "urllib3",
                  "truststore", "sync"), "the core is Qt-free and HTTP-free"),
    ("app/ui", ("sqlalchemy", "sqlmodel", "app.core.store"),
     "the UI reaches data only through core services"),
    ("app", ("sync.server", "fastapi", "uvicorn"), "the desktop never imports the server"),
]


def imported_modules(source: str) -> list[tuple[int, str]]:
    """Every module a file imports (absolute names), with its line."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def violations(root: Path, folder: str, forbidden: tuple[str, ...]) -> list[str]:
    out = []
    for path in sorted((root / folder).rglob("*.py")):
        for line, module in imported_modules(path.read_text(encoding="utf-8")):
            if any(module == bad or module.startswith(bad + ".") for bad in forbidden):
                out.append(f"{path.relative_to(root)}:{line} imports {module}")
    return sorted(set(out))


@pytest.mark.parametrize(("folder", "forbidden", "why"), RULES, ids=[r[0] for r in RULES])
def test_the_tree_keeps_its_arrows(folder, forbidden, why):
    assert violations(ROOT, folder, forbidden) == [], why


@pytest.mark.parametrize(("folder", "forbidden", "why"), RULES, ids=[r[0] for r in RULES])
@pytest.mark.parametrize("statement", ["import {m}", "import {m}.x as y", "from {m} import z",
                                       "if TYPE_CHECKING:\n    from {m}.x import z"])
def test_a_wrong_arrow_is_caught(tmp_path, folder, forbidden, why, statement):
    """The check is not blind: each forbidden module, imported in each way, is reported."""
    bad = forbidden[0] if forbidden[0] != "sync" else "sync.client"
    module = tmp_path / folder / "sub" / "page.py"
    module.parent.mkdir(parents=True)
    module.write_text("import json\n" + statement.format(m=bad) + "\n")
    expected = {f"{folder}/sub/page.py:{line} imports {found}"
                for line, found in imported_modules(module.read_text())
                if found.startswith(bad)}
    assert expected and violations(tmp_path, folder, forbidden) == sorted(expected)


def test_lookalike_names_are_not_caught(tmp_path):
    """`synchronise` is not `sync`, `httpcore_like` is not `http`; relative imports stay
    inside their package."""
    module = tmp_path / "app" / "core" / "x.py"
    module.parent.mkdir(parents=True)
    module.write_text("import synchronise\nimport httpish\nfrom . import sync\n")
    assert violations(tmp_path, "app/core", RULES[0][1]) == []


# The UI's naming rule: `x_page.py` holds `XPage`, `x_dialog.py` holds `XDialog`, and a
# page or dialog lives in the file named for it. The forms' base class is the exception.
NAMING_EXCEPTIONS = {("app/ui/forms.py", "FormDialog")}


def naming_problems(folder: Path) -> list[str]:
    problems = []
    for path in sorted(folder.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) \
            else path.name
        classes = [n.name for n in ast.parse(path.read_text(encoding="utf-8")).body
                   if isinstance(n, ast.ClassDef)]
        if path.stem.endswith(("_page", "_dialog")):
            wanted = "".join(word.capitalize() for word in path.stem.split("_"))
            if wanted not in classes:
                problems.append(f"{relative} does not hold {wanted}")
        for name in classes:
            if name.endswith(("Page", "Dialog")) and (relative, name) not in \
                    NAMING_EXCEPTIONS and snake(name) != path.stem:
                problems.append(f"{name} lives in {relative}, not in {snake(name)}.py")
    return problems


def snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() and i else c.lower()
                   for i, c in enumerate(name))


def test_pages_and_dialogs_live_in_files_named_for_them():
    assert naming_problems(ROOT / "app" / "ui") == []


def test_a_misnamed_dialog_is_caught(tmp_path):
    (tmp_path / "case_notes.py").write_text(
        "class NoteDialog: ...\nclass StatusDialog: ...\n", encoding="utf-8")
    (tmp_path / "visit_dialog.py").write_text("class VisitForm: ...\n", encoding="utf-8")
    assert naming_problems(tmp_path) == [
        "NoteDialog lives in case_notes.py, not in note_dialog.py",
        "StatusDialog lives in case_notes.py, not in status_dialog.py",
        "visit_dialog.py does not hold VisitDialog",
    ]
