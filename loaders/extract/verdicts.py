"""Verdicts: what looking for a quote's speaker can yield, each rejection with its reason.

Every place a speaker is looked for (the words after a quote, before it, an introducing sentence,
the sentence's opening, the next sentence) answers with one of these:

- ``Found(speaker)``: the quote is that speaker's;
- ``ReportWords(reason)``: the words are the report's own, never a statement;
- ``Nobody(reason)``: an attribution is there but names nobody usable (a pronoun with no person
  before it, a surname shared by two people, two speakers at once): ambiguity yields nothing;
- ``NO_ATTRIBUTION``: this place attributes nothing, so the next place is tried.

One more is statements.py's own: ``NotAStatement(reason)``, a quote that is no statement whoever
said it (a title, a scare quote, a phrase borrowed mid-clause, a quote cut off mid-phrase).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # speakers.py imports this module: the name is needed for annotations only
    from loaders.extract.speakers import Speaker


@dataclass(frozen=True, slots=True)
class Found:
    speaker: Speaker
    quoted_in: str = ""  # the publication the words first appeared in, when relayed


@dataclass(frozen=True, slots=True)
class ReportWords:
    reason: str


@dataclass(frozen=True, slots=True)
class Nobody:
    reason: str


@dataclass(frozen=True, slots=True)
class NoAttribution:
    pass


@dataclass(frozen=True, slots=True)
class NotAStatement:
    reason: str


NO_ATTRIBUTION = NoAttribution()

# What one place answers about a quote's speaker (speakers.py, statements.py).
AttributionResult = Found | ReportWords | Nobody | NoAttribution
# What was decided about a quote in the end.
Verdict = AttributionResult | NotAStatement
