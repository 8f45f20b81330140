"""Where the dashboard finds its data: the folders its settings name, resolved against the repo.

`streamlit run` may start anywhere; the settings' default folders (loaders/settings.py) are the
repository's, so a relative path is read from the repository unless it exists where the app
started.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from loaders.settings import DEFAULT_TIERS

ROOT = Path(__file__).resolve().parent.parent


def in_repo(path: Path) -> Path:
    """A relative path is the repo's (data/documents) unless it exists where the app started."""
    path = Path(path)
    return ROOT / path if not path.is_absolute() and not path.exists() else path


def tiers_path(environ: Mapping[str, str] = os.environ) -> Path:
    """The official record the dashboard reads: TIERWATCH_TIERS, else the repository's."""
    return Path(environ.get("TIERWATCH_TIERS", ROOT / DEFAULT_TIERS))


def build_dir(path: Path) -> Path:
    """The build folder: a relative one is always the repository's (where ``make build`` writes)."""
    return path if path.is_absolute() else ROOT / path


__all__ = ["ROOT", "build_dir", "in_repo", "tiers_path"]
