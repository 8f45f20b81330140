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
