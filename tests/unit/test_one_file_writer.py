"""Every file the programs write goes through app/core/files.py (owner-only, fsync, atomic
rename, one user-facing error): no other module opens a file for writing its own way."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WRITER = "app/core/files.py"
# Files that never hold case data, each written its own way for a reason:
NO_CASE_DATA = {
    "sync/updates.py": "an installer download, resumed from its .part across runs",
    "sync/release.py": "a release's signed manifest, on the build machine",
}
WRITING_METHODS = {"write_text", "write_bytes"}
WRITING_FUNCTIONS = {("os", "replace"), ("os", "rename"), ("shutil", "copy"),
                     ("shutil", "copyfile"), ("shutil", "copy2"), ("shutil", "move")}


def writes(tree: ast.AST) -> list[int]:
    """Lines that write a file: open() with a writing mode, Path.write_*, os.replace…"""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "open":
            mode = node.args[1] if len(node.args) > 1 else next(
                (k.value for k in node.keywords if k.arg == "mode"), None)
            if mode is not None and not (isinstance(mode, ast.Constant)
                                         and set(str(mode.value)) <= set("rbt")):
                found.append(node.lineno)
        elif isinstance(func, ast.Attribute):
            owner = func.value.id if isinstance(func.value, ast.Name) else None
            if func.attr in WRITING_METHODS or (owner, func.attr) in WRITING_FUNCTIONS:
                found.append(node.lineno)
    return found


def test_only_the_one_writer_writes_files() -> None:
    wrong = []
    for folder in ("app", "sync"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            if name == WRITER or name in NO_CASE_DATA:
                continue
            wrong += [f"{name}:{line}" for line in writes(ast.parse(path.read_text("utf-8")))]
    assert wrong == []


def test_the_check_sees_each_way_of_writing() -> None:
    code = ("open(p, 'w')\nopen(p, mode='ab')\nopen(p, m)\np.write_text('x')\n"
            "os.replace(a, b)\nshutil.copy(a, b)\nopen(p)\nopen(p, 'rb')\n")
    assert writes(ast.parse(code)) == [1, 2, 3, 4, 5, 6]
