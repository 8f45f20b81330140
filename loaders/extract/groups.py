"""Groups: the countries the parse ties to a tier's subjects, which share that tier.

Real articles name a tier once for many countries: "X, Y and Z were dropped to Tier 3, joining
their neighbours A and B, together with countries like C and D", "downgraded X and Y to the
lowest level, putting them in the same category as A and B", "X is among 20 countries including
A and B on the Tier 3 list". Read on the dependency parse (DocumentContext.doc), a country shares
the tier when the path from it up the tree reaches the tier's phrase (the tier's noun phrase, its
verb, or a country already on the tier) and either passes a group word on the way (lexicon
tiers.GROUP_LINKS: "like", "including", "such as", "together with", "alongside", "the same
category as", "join", "share with") or runs through nothing but other countries of one list or
apposition ("Laos, Nepal and Chad"). The path stops, with nothing read, at a country not on the
tier (its own list decides), at a negated verb ("did not join") and at words that set a country
apart ("unlike", "except", "than").

Not handled: a group word with no country after it in the same sentence ("others like it").
"along with X", "as well as X", "as did X" after the tier stay with subjects._along_with: the
parse does not tie "as did" and some "as well as" to the tier (removing that rule lost placements
on unseen text).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from loaders.extract.mentions import Mention
from loaders.gazetteer import UNITED_STATES, CountryMention
from loaders.lexicon import tiers as lex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_APART = frozenset(lex.GROUP_APART.split())
_LINK_WORDS = frozenset(lex.GROUP_LINKS.split())
_WITH_HEADS = frozenset(lex.GROUP_WITH.split())
_LIST_DEPS = frozenset({"conj", "appos", "compound"})


def extend_groups(doc: Doc, mains: Sequence[Mention], named: Sequence[CountryMention]) -> None:
    """Add to each main mention's ``shared`` the countries the parse groups with it (in place)."""
    placed = [m for m in mains if m.subjects or m.joined]
    if not placed:
        return
    tokens = {id(c): _root(doc, c) for c in named}
    on_tier = {c.iso3 for m in mains for c in (*m.subjects, *m.shared, *m.joined)}
    anchors = [_anchors(doc, m, tokens) for m in placed]
    heads = {_tier_head(doc, m) for m in placed}
    country_at = {t.i: c for c in named if (t := tokens[id(c)]) is not None}
    for c in named:
        token = tokens[id(c)]
        if c.iso3 in on_tier or c.iso3 == UNITED_STATES or token is None:
            continue
        # the subject of the copula a relative clause hangs from (kept as -1 - its index)
        member_of = [i for i, found in enumerate(anchors) if -1 - token.i in found]
        reached = (
            member_of[0] if member_of else _reached(token, anchors, country_at, on_tier, heads)
        )
        if reached is not None:
            placed[reached].shared.append(c)
            on_tier.add(c.iso3)


def _root(doc: Doc, c: CountryMention) -> Token | None:
    """The token heading a country's name in the parse (None when the name is no whole token)."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand") if c.end > c.start else None
    return span.root if span is not None else None


def _tier_head(doc: Doc, mention: Mention) -> int:
    """The index of the token heading the tier's words (-1 when they are no whole tokens)."""
    tier = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return tier.root.i if tier is not None else -1


def _anchors(doc: Doc, mention: Mention, tokens: dict[int, Token | None]) -> set[int]:
    """Where a path up the tree reaches this tier: its noun phrase and everything under it, the
    words from it up to its verb, and its subjects' names."""
    tier = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if tier is None:
        return set()
    root = tier.root
    found = {t.i for t in root.subtree} | {t.i for t in tier}
    relative = False
    for t in root.ancestors:
        found.add(t.i)
        if t.pos_ not in ("VERB", "AUX"):
            continue
        if t.dep_ in ("relcl", "acl") and not relative:
            relative = True  # "one of 19 countries that the report put on Tier 3": go on up
            continue
        if relative and t.lemma_ == "be":
            # "Mongolia was one of ...", "Kenya was among the countries ...": its subject
            found |= {-1 - c.i for c in t.children if c.dep_ == "nsubj"}
        break
    for c in (*mention.subjects, *mention.joined):
        token = tokens.get(id(c))
        if token is not None:
            found.add(token.i)
    return found


def _reached(
    token: Token, anchors: list[set[int]], country_at: dict, on_tier: set[str], heads: set[int]
) -> int | None:
    """The index of the tier the path from ``token`` reaches through a group link, or None.

    ``heads`` are the tokens heading the tiers' words: "with" on one of them groups ("placed in
    the worst category with Iran and Syria"), as "together with" does anywhere.
    """
    linked = False
    only_countries = True
    child = token
    for head in token.ancestors:
        if _sets_apart(head) or _negated(head):
            return None
        on_the_tier = head.lower_ == "with" and head.head.i in heads
        linked = linked or on_the_tier or _is_link(child, head)
        only_countries = only_countries and child.dep_ in _LIST_DEPS
        for index, found in enumerate(anchors):
            if head.i in found and (linked or (only_countries and head.i in country_at)):
                return index
        other = country_at.get(head.i)
        if other is not None and other.iso3 not in on_tier:
            return None  # another country's list decides for this one
        if head.i not in country_at:
            only_countries = only_countries and head.pos_ == "PROPN"
        child = head
    return None


def _is_link(child: Token, head: Token) -> bool:
    """The edge child -> head is a group word: "like X", "including X", "together with X",
    "the same category as X", "such as X", "join X", "shares it with X"."""
    lemma = head.lower_ if head.pos_ == "ADP" else head.lemma_.lower()
    if lemma in _LINK_WORDS:
        return True
    if lemma == "with":
        return any(t.lower_ in _WITH_HEADS for t in (*head.children, head.head)) or (
            head.head.lemma_.lower() in _WITH_HEADS
        )
    if lemma == "as":
        near = [*head.children, head.head, *head.head.children]
        return any(t.lower_ in ("same", "such", "well") for t in near)
    return False


def _sets_apart(token: Token) -> bool:
    return token.lower_ in _APART


def _negated(token: Token) -> bool:
    return any(t.dep_ == "neg" for t in token.children)
