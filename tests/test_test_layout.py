"""The suite's own shape: helpers live in tests/helpers/ and reach tests as plugins or
imports from there; no test module imports another, nothing smuggles fixtures in through
an unused import, and the fixed moment and password are defined once."""

import ast
import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
HELPERS = TESTS / "helpers"
ONE_DEFINITION = {"PASSWORD", "TODAY", "NOW"}


def modules() -> list[Path]:
    return sorted(TESTS.rglob("*.py"))


def imported(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, module) of every import of a module of the test suite (relative ones too)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "tests"]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                found.append((node.lineno, "." * node.level + (node.module or "")))
            elif node.module and node.module.split(".")[0] == "tests":
                found.append((node.lineno, node.module))
    return found


def test_no_test_module_imports_another() -> None:
    wrong = [f"{path.relative_to(TESTS)}:{line} imports {module}"
             for path in modules() for line, module in imported(ast.parse(path.read_text()))
             if not (module == "tests.helpers" or module.startswith("tests.helpers."))]
    assert wrong == []


def test_no_fixture_is_smuggled_in_by_an_unused_import() -> None:
    smuggling = re.compile(r"noqa:[^\n]*\bF(401|811)\b")
    assert [str(p.relative_to(TESTS)) for p in modules() if smuggling.search(p.read_text())] == []


def test_the_fixed_moment_and_the_password_are_defined_once() -> None:
    defined = []
    for path in modules():
        for node in ast.parse(path.read_text()).body:
            targets = (node.targets if isinstance(node, ast.Assign)
                       else [node.target] if isinstance(node, ast.AnnAssign) else [])
            defined += [(t.id, str(path.relative_to(TESTS))) for t in targets
                        if isinstance(t, ast.Name) and t.id in ONE_DEFINITION]
    assert sorted(defined) == [(name, "helpers/constants.py") for name in sorted(ONE_DEFINITION)]


def test_the_guard_sees_a_forbidden_import() -> None:
    tree = ast.parse("from tests.ui.conftest import snap\nfrom .walk import settle\n"
                     "import tests.helpers.ui\n")
    assert [m for _, m in imported(tree)] == ["tests.ui.conftest", ".walk", "tests.helpers.ui"]
