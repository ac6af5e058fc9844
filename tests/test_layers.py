"""The layers of the package: imports run one way, and the layers above the core use only its faces."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "reader"

# Each core part and the core parts it may import; `errors` and `atomicfile` are below them all.
CORE_LAYERS = {
    "text": set(),
    "document": {"text"},
    "highlights": {"text", "document"},
    "search": {"text", "document"},
    "export": {"text", "document", "highlights"},
    "library": {"text", "document", "highlights", "search"},
    "speech": {"text"},
}
FOUNDATION = {"errors", "atomicfile"}
# What the command line, the window and the renderer may import from the core: the faces.
FACES = {f"reader.core.{part}" for part in CORE_LAYERS} | {
    "reader.core.document.importers",
    "reader.core.errors",
    "reader.core.atomicfile",
}


def imported_modules(path: Path) -> set[str]:
    """Every `reader…` module a file imports, wherever the import stands (top level or in a function)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("reader"):
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names if alias.name.startswith("reader"))
    return names


def modules_under(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize("part", sorted(CORE_LAYERS))
def test_each_core_part_imports_only_the_parts_below_it(part):
    allowed = {part, *CORE_LAYERS[part], *FOUNDATION}
    for path in modules_under(f"core/{part}"):
        for module in imported_modules(path):
            assert module.startswith("reader.core."), f"{path.relative_to(PACKAGE)} imports {module}"
            assert module.split(".")[2] in allowed, f"{path.relative_to(PACKAGE)} imports {module}"


@pytest.mark.parametrize("layer", ["cli", "gui", "render"])
def test_the_layers_above_the_core_use_only_its_faces(layer):
    for path in modules_under(layer):
        for module in imported_modules(path):
            if module.startswith("reader.core"):
                assert module in FACES, f"{path.relative_to(PACKAGE)} imports {module}, not a face"


def test_the_core_and_the_renderer_never_import_the_window_or_the_command_line():
    for path in [*modules_under("core"), *modules_under("render")]:
        for module in imported_modules(path):
            assert not module.startswith(("reader.gui", "reader.cli", "reader.app")), path
