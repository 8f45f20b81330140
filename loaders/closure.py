"""The import closure of a module: the project's own source files it can run, found by reading
the imports (ast), never listed by hand; and the fingerprint of that code.

Every import statement counts, those inside functions too: a lazy ``from loaders.yearly import
document_row`` still decides what a cached entry holds. Only the import statements are parsed
(found by a pattern, then read by ast): parsing whole modules cost ~0.1 s per build; nothing is
imported. A pattern that also matches an import written in a docstring only adds a file to the
closure, which can make a cache stale, never keep a stale one.
"""

from __future__ import annotations

import ast
import hashlib
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# An import statement at any indent: ``import a, b`` or ``from x import (y, z)`` over lines.
IMPORT_STATEMENT = re.compile(
    r"^[ \t]*(?:from[ \t]+[\w.]+[ \t]+import[ \t]*(?:\([^)]*\)|[^\n]*)|import[ \t]+[^\n]*)",
    re.MULTILINE,
)
PACKAGE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Closure:
    """What running a module can execute: its package's source files and third-party imports."""

    files: tuple[Path, ...]  # sorted, under the package folder
    third_party: tuple[str, ...]  # top-level module names outside the package and the stdlib


def _module_file(package: Path, dotted: str) -> Path | None:
    """The file of ``dotted`` (first part: the package's own name), or None if there is none."""
    parts = dotted.split(".")[1:]
    if not parts:
        init = package / "__init__.py"
        return init if init.is_file() else None
    base = package.joinpath(*parts)
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None  # a name imported from a module (a function, a class), not a module itself


def _dotted_of(package: Path, path: Path) -> str:
    parts = list(path.relative_to(package).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([package.name, *parts])


def _import_nodes(source: str) -> Iterator[ast.stmt]:
    for match in IMPORT_STATEMENT.finditer(source):
        try:
            yield from ast.parse(match.group(0).strip().rstrip("\\")).body
        except SyntaxError:  # the pattern caught prose or half a statement: not an import
            continue


def _imported(source: str, here: str, is_package: bool) -> Iterator[str]:
    """Every dotted name the module's import statements name (``from a import b``: a and a.b)."""
    for node in _import_nodes(source):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: counted from the importing module's package
                anchor = here.split(".")
                anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            else:
                base = node.module or ""
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names if alias.name != "*")


def _parents(dotted: str) -> Iterator[str]:
    """``a.b.c`` -> a, a.b, a.b.c: importing a submodule runs every package above it."""
    parts = dotted.split(".")
    for end in range(1, len(parts) + 1):
        yield ".".join(parts[:end])


def import_closure(module: str, package: Path = PACKAGE) -> Closure:
    """The closure of ``module``, a dotted name inside ``package`` (the folder of that name)."""
    seen: set[Path] = set()
    third_party: set[str] = set()
    todo = [module]
    while todo:
        for name in _parents(todo.pop()):
            top = name.split(".")[0]
            if top != package.name:
                if top and top not in sys.stdlib_module_names and top != "__future__":
                    third_party.add(top)
                continue
            path = _module_file(package, name)
            if path is None or path in seen:
                continue
            seen.add(path)
            source = path.read_text("utf-8")
            todo.extend(_imported(source, _dotted_of(package, path), path.name == "__init__.py"))
    return Closure(tuple(sorted(seen)), tuple(sorted(third_party)))


def source_digest(closure: Closure, package: Path = PACKAGE) -> str:
    """A hash of every file of the closure: its path in the package and its bytes."""
    digest = hashlib.sha256()
    for path in closure.files:
        digest.update(f"{path.relative_to(package).as_posix()}\0".encode())
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


__all__ = ["PACKAGE", "Closure", "import_closure", "source_digest"]
