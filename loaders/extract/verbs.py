"""Verbs read by their lemma on the parse: a stay ("remained", "held firm", "stood firm").

A lemma covers every form of a verb and its near neighbours one word away ("stood firm" like
"held firm", "keeps" like "kept"), which a list of surface forms kept missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.lexicon import tiers as lex

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc

    from loaders.gazetteer import CountryMention

_STAY = frozenset(lex.STAY_LEMMAS.split())
_STEADY = frozenset(lex.STAY_WITH.split())
_FIRM = frozenset(lex.STEADY_WORDS.split())
_HOLD_AT = frozenset(lex.HOLD_AT.split())
_AGAIN = frozenset(lex.AGAIN_WORDS.split())


def stays(doc: Doc, start: int, end: int) -> bool:
    """The words between two body offsets say the tier is the one held the year before."""
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return False
    for t in words:
        lemma = t.lemma_.lower()
        following = t.nbor(1).lower_ if t.i + 1 < len(doc) else ""
        if lemma in _STAY or _regular_stem(t.lower_) in _STAY or t.lower_ in _AGAIN:
            return True
        if lemma in _STEADY and following in _FIRM:  # "held firm", "stood steady", "held onto"
            return True
        if lemma in _HOLD_AT and following == "at":
            return True
        if lemma == "continue" and following == "to":
            return True
        if t.lower_ == "once" and following == "more":
            return True
    return False


def _regular_stem(word: str) -> str:
    """A regular verb form without its ending ("stayed" -> "stay"): the parse sometimes tags
    a stay verb as an auxiliary with its surface form as the lemma ("Cambodia stayed put")."""
    for ending in ("ed", "ing", "s"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def held_by_verb(doc: Doc, start: int, end: int) -> bool:
    """The verb the tier words at body offsets hang from is a stay ("The report kept China, a
    persistent target, on the lowest rung"), however far the words between them run."""
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return False
    token = words.root
    preposition = ""
    for _ in range(_HEAD_STEPS):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        if token.dep_ == "prep":
            preposition = token.lower_
        token = token.head
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB":
        return False
    # "held Indonesia at Tier 2", "held China, a persistent target, on the lowest rung": kept
    # there by the preposition the tier hangs from
    if lemma in _HOLD_AT and preposition == "at":
        return True
    return lemma in _STAY or (lemma in _STEADY and preposition in _FIRM)


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


def moved_by_another_country(
    doc: Doc, tier: tuple[int, int], move: tuple[int, int], countries: Sequence[CountryMention]
) -> bool:
    """The move verb at body offsets ``move`` has a subject that names a country and does not hold
    the tier's words (``tier``, body offsets): the move is that country's ("... while Saudi Arabia
    was upgraded"), not a move off the tier ("Cambodia, a watch list country, was upgraded")."""
    words = doc.char_span(*move, alignment_mode="expand")
    if words is None:
        return False
    verb = words[-1]
    for subject in verb.children:
        if subject.dep_ not in _SUBJECT_DEPS:
            continue
        first = subject.left_edge.idx
        last = subject.right_edge.idx + len(subject.right_edge)
        if first <= tier[0] and tier[1] <= last:
            return False
        if any(first <= c.start < last for c in countries):
            return True
    return False


_RANKING = frozenset(lex.RANKING_VERB_LEMMAS.split())
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# From the tier's noun to its verb: "on" (prep) and at most a noun or two between them.
_HEAD_STEPS = 4
