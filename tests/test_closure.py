"""The import closure and the code fingerprint: found from the imports, reused while unchanged."""

from __future__ import annotations

import os
from pathlib import Path

from loaders.cache import code_fingerprint
from loaders.closure import import_closure

MODULES = {
    "__init__.py": '"""A package: ``import pkg.unused`` in prose names no module."""\n',
    "a.py": "import os\nimport yaml\n\ndef f():\n    from pkg.lazy import g\n    return g\n",
    "lazy.py": "from . import sub\nfrom .sub.deep import h\n",
    "sub/__init__.py": "",
    "sub/deep.py": "from pkg import (\n    leaf,\n)\n",
    "leaf.py": "X = 1\n",
    "unused.py": "Y = 2\n",
}


def _package(tmp_path: Path) -> Path:
    package = tmp_path / "pkg"
    for name, text in MODULES.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text, "utf-8")
        os.utime(package / name, (1e9, 1e9))  # old files: their stamps are trusted
    return package


def test_the_closure_follows_lazy_relative_and_wrapped_imports(tmp_path):
    package = _package(tmp_path)
    closure = import_closure("pkg.a", package)
    got = sorted(p.relative_to(package).as_posix() for p in closure.files)
    # "unused" is named in a docstring only: a pattern that read it would add, never drop, a file.
    assert got == ["__init__.py", "a.py", "lazy.py", "leaf.py", "sub/__init__.py", "sub/deep.py"]
    assert closure.third_party == ("yaml",)


def test_the_fingerprint_is_reused_while_its_stamps_hold(tmp_path):
    package = _package(tmp_path)
    first = code_fingerprint("pkg.a", "1", package=package)
    known = {**first.as_dict(), "value": "as the manifest kept it"}
    now = 2e9 * 1e9
    assert code_fingerprint("pkg.a", "1", known, int(now), package).value == known["value"]
    assert code_fingerprint("pkg.a", "2", known, int(now), package).value.startswith("2+")
    (package / "leaf.py").write_text("X = 2\n", "utf-8")
    edited = code_fingerprint("pkg.a", "1", known, int(now), package)
    assert edited.value not in (known["value"], first.value)
    (package / "unused.py").write_text("Y = 3\n", "utf-8")
    assert code_fingerprint("pkg.a", "1", package=package).value == edited.value
