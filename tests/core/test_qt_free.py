from __future__ import annotations

import pkgutil
import subprocess
import sys

import reader.core


def test_the_core_never_imports_qt():
    modules = [m.name for m in pkgutil.walk_packages(reader.core.__path__, "reader.core.")]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert len(modules) >= 8
    assert result.stdout.strip() == "[]"
