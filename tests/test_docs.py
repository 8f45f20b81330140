"""The README's promises: its commands exist and every CLI subcommand is documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from loaders.cli import SUBCOMMANDS, main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def test_readme_gives_exactly_the_two_commands_and_the_makefile_has_them():
    commands = set(re.findall(r"\bmake (\w+)", README))
    assert commands == {"run", "test"}, commands
    for target in commands:
        assert re.search(rf"^{target}:", MAKEFILE, re.MULTILINE), target


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test\b", ci, re.MULTILINE)


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_has_help_and_is_documented(command, capsys):
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    assert command in capsys.readouterr().out
    assert f"python -m loaders {command}" in README


def test_readme_has_its_sections():
    for section in ("## Data", "## Adding documents", "## Adding a rule", "## Deploy"):
        assert section in README
    assert "(to be written)" not in README


# ---- the README's transcripts, run (as sqlite-utils checks its docs with cog) -------------------
CORPUS = ROOT / "tests" / "data" / "corpus"  # the two seed documents the README's examples read
TIERS = ROOT / "tests" / "data" / "tiers.csv"
ELIDED = "..."  # a transcript's last line "...": the output goes on, the lines shown must match


def transcripts(readme: str) -> list[tuple[str, list[str]]]:
    """(command, the output shown) of every indented block of the README led by '$ '."""
    found = []
    for block in re.findall(r"(?:^(?: {4}.*)?\n)+", readme, re.MULTILINE):
        lines = [line[4:] for line in block.split("\n") if line.strip()]
        if lines and lines[0].startswith("$ "):
            found.append((lines[0][2:], lines[1:]))
    return found


TRANSCRIPTS = transcripts(README)


def test_the_readme_has_its_transcripts():
    commands = [command for command, _ in TRANSCRIPTS]
    assert commands[0] == "python -m loaders build" and len(commands) == 3, commands


@pytest.fixture(scope="module")
def checkout(tmp_path_factory) -> Path:
    """A folder laid out as the repository's data/, holding the fixtures (never data/ itself)."""
    import shutil

    folder = tmp_path_factory.mktemp("readme")
    shutil.copytree(CORPUS, folder / "data" / "documents")
    shutil.copy(TIERS, folder / "data" / "tiers.csv")
    return folder


@pytest.mark.parametrize("command, shown", TRANSCRIPTS, ids=[c for c, _ in TRANSCRIPTS])
def test_each_readme_transcript_is_what_the_command_prints(command, shown, checkout):
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        ["bash", "-c", command], cwd=checkout, env=env, capture_output=True, text=True,
        timeout=300, check=False,
    )  # fmt: skip
    printed = [line for line in done.stdout.split("\n") if line.strip()]
    if shown and shown[-1] == ELIDED:
        shown = shown[:-1]
        printed = printed[: len(shown)]
    assert printed == shown, done.stderr[-2000:]


def _layout_map() -> str:
    start = README.index("### Where things live")
    return README[start : README.index("```\n", README.index("```", start) + 3)]


@pytest.mark.parametrize(
    "folder", ["loaders", "app", "views", "devtools"], ids=lambda folder: folder
)
def test_the_layout_map_names_every_module(folder):
    # A module added, moved or renamed without the map said where it lives fails here.
    named = set(re.findall(r"\w+\.(?:py|md)\b|\w+/", _layout_map()))
    rooms = {
        p.name + ("/" if p.is_dir() else "")
        for p in (ROOT / folder).iterdir()
        if p.suffix in (".py", ".md") or (p.is_dir() and (p / "__init__.py").exists())
    }
    assert sorted(rooms - named - {"__init__.py"}) == []
