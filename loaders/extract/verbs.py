"""Verbs read by their lemma on the parse: a stay ("remained", "held firm", "stood firm").

A lemma covers every form of a verb and its near neighbours one word away ("stood firm" like
"held firm", "keeps" like "kept"), which a list of surface forms kept missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.lexicon import tiers as lex

if TYPE_CHECKING:
    from spacy.tokens import Doc

_STAY = frozenset(lex.STAY_LEMMAS.split())
_STEADY = frozenset(lex.STAY_WITH.split())
_FIRM = frozenset(lex.STEADY_WORDS.split())
_AGAIN = frozenset(lex.AGAIN_WORDS.split())


def stays(doc: Doc, start: int, end: int) -> bool:
    """The words between two body offsets say the tier is the one held the year before."""
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return False
    for t in words:
        lemma = t.lemma_.lower()
        following = t.nbor(1).lower_ if t.i + 1 < len(doc) else ""
        if lemma in _STAY or t.lower_ in _AGAIN:
            return True
        if lemma in _STEADY and following in _FIRM:  # "held firm", "stood steady", "held onto"
            return True
        if lemma == "continue" and following == "to":
            return True
        if t.lower_ == "once" and following == "more":
            return True
    return False


def us_moved(doc: Doc, start: int, end: int) -> int | None:
    """Where "us" is the object of a ranking or moving verb between two body offsets ("the
    United States bumped us up", "lifted us", "kept us on the watch list"): a government
    speaking of its own country; None when there is none."""
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return None
    for t in words:
        if t.lower_ == "us" and t.dep_ == "dobj" and t.head.lemma_.lower() in _RANKING:
            return t.idx
    return None


_RANKING = frozenset(lex.RANKING_VERB_LEMMAS.split())
