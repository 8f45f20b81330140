"""Sentence vocabulary: abbreviations whose full stop ends no sentence.

Data only; loaders/extract/sentences.py reads it.
"""

from __future__ import annotations

# Lower-cased, without the final period ("U.S." is "u.s").
ABBREVIATIONS: frozenset[str] = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt rev sen rep gov st jr sr vs etc inc ltd co "
    "corp dept jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e a.m p.m approx "
    "fig vol pol brig adm cmdr amb hon pres supt insp".split()
)
# Abbreviations only before a number: "No. 3", but "said no. Then".
NUMBER_ABBREVIATIONS: tuple[str, ...] = ("no", "nos")
