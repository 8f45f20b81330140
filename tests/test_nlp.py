"""The English pipeline: which model is loaded, once, without what is unused; its version string."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys

import pytest

from loaders.extract import nlp


def test_version_names_spacy_and_the_model_without_loading_it():
    nlp.pipeline.cache_clear()
    version = nlp.pipeline_version()
    assert version.startswith(f"spacy {importlib.metadata.version('spacy')} ")
    package = nlp.model_package()
    assert version.endswith(f"{package} {importlib.metadata.version(package)}")
    assert nlp.pipeline.cache_info().currsize == 0  # reading the version loaded nothing


def test_the_official_model_is_preferred(monkeypatch):
    seen = []
    monkeypatch.setattr(nlp.importlib.util, "find_spec", lambda name: seen.append(name) or object())
    assert nlp.model_package() == "en_core_web_sm"
    assert seen == ["en_core_web_sm"]


def test_no_model_installed_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(nlp, "MODEL_PACKAGES", ("no_such_model_package_xyz",))
    with pytest.raises(nlp.NoEnglishModel, match="pip install"):
        nlp.model_package()


def test_pipeline_is_loaded_once_and_parses():
    first = nlp.pipeline()
    assert nlp.pipeline() is first
    assert "senter" not in first.component_names
    doc = first("Dana Okafor, the director, said it was unfair.")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Dana Okafor"]
    assert [t.lemma_ for t in doc if t.dep_ == "ROOT"] == ["say"]


def test_importing_the_extractor_does_not_load_spacy():
    code = "import sys, loaders, loaders.extract; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
