"""Every module the code imports comes from a dependency pyproject.toml declares, so that a fresh
install (any pip) has it; and the import a library makes through an extra is there too."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP = [ROOT / "dashboard.py", ROOT / "dashboard_cache.py"]  # the app's own top-level modules
CODE = [*ROOT.glob("loaders/**/*.py"), *ROOT.glob("app/*.py"), *ROOT.glob("views/*.py"), *APP]
OWN = {"app", "loaders", "views", *(path.stem for path in APP)}


def _declared() -> set[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    names = [re.split(r"[<>=!~;\[ ]", d, maxsplit=1)[0] for d in data["project"]["dependencies"]]
    return {n.lower().replace("_", "-") for n in names}


def _imported(code: list[Path] = CODE) -> dict[str, str]:
    """Top-level module -> the first file importing it, for every import in the code."""
    found: dict[str, str] = {}
    for path in code:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    return found


def test_every_third_party_import_is_a_declared_dependency():
    providers = importlib.metadata.packages_distributions()
    declared = _declared()
    missing = {}
    for module, where in sorted(_imported().items()):
        if module in OWN or module in sys.stdlib_module_names:
            continue
        dists = {d.lower().replace("_", "-") for d in providers.get(module, [module])}
        if not dists & declared:
            missing[module] = where
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"


@pytest.mark.parametrize(
    "module, why",
    [("lxml.html.clean", "justext (trafilatura) imports it for every HTML page")],
    ids=["lxml-html-clean"],
)
def test_imports_made_through_extras_are_declared(module, why):
    __import__(module)
    assert "lxml-html-clean" in _declared(), why


def test_package_data_is_every_data_file_the_packages_hold():
    # An install from a wheel carries only declared data: undeclared, views/about.md was missing;
    # declared, lexicon/*.toml matched no file.
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    declared = {
        path
        for package, patterns in config.get("package-data", {}).items()
        for pattern in patterns
        for path in (ROOT / package.replace(".", "/")).glob(pattern)
    }
    held = {
        path
        for package in config["packages"]
        for path in (ROOT / package.replace(".", "/")).iterdir()
        if path.is_file() and path.suffix not in (".py", ".pyc")
    }
    assert declared == held
    assert all(
        list((ROOT / package.replace(".", "/")).glob(pattern))
        for package, patterns in config.get("package-data", {}).items()
        for pattern in patterns
    )


def _reaches_into(path: Path, folder: str) -> bool:
    """Whether a file puts ``folder`` (tests or bench) on sys.path to import from it."""
    return bool(re.search(rf'sys\.path\.insert\([^\n]*"{folder}"', path.read_text("utf-8")))


@pytest.mark.parametrize(
    "side, other",
    [("tests", "bench"), ("bench", "tests")],
    ids=["tests-never-import-bench", "bench-never-imports-tests"],
)
def test_tests_and_bench_share_helpers_only_through_devtools(side, other):
    files = sorted((ROOT / side).glob("*.py"))
    own = {path.stem for path in (ROOT / other).glob("*.py")}
    imported = _imported(files)
    assert sorted(m for m in imported if m in own or m == other) == []
    assert [p.name for p in files if _reaches_into(p, other)] == []


def test_the_product_never_imports_devtools():
    assert "devtools" not in _imported()
