"""Speakers on the parse: who the subject of a reporting verb stands for.

``Speakers(ctx)`` reads, once per document, every person the text names (PERSON entities of the
English pipeline, with the role and organisation of their first full mention: an apposition
"Dara Sok, director of Chab Dai", or the words before the name "the ministry's spokeswoman Pham
Thu Hang"). ``resolve(subject)`` turns the subject token of a reporting verb into a verdict:

- a PERSON entity: the person, the name's boundaries the entity's (titles and roles outside);
- a surname or first name alone ("Hang added"): the person the document introduced with it;
- "he"/"she": the person named last before it (within about eight sentences);
- an ORG entity, or a common noun for a body ("the foreign ministry"): that organisation;
- a role noun ("the spokeswoman", "said the Ambassador", tagged a name or not): the person last
  named in that role; with no one named in it, the body the role is of ("a spokesperson for the
  Ministry of Foreign Affairs" is that ministry speaking, the role kept);
- an office before a surname ("Ambassador Murphy"), like an honorific ("Ms Lee"): that person;
- the report itself ("the report", "the document") is the report's words, never a statement.

Names and roles come apart on the structure, not on the words: an office's link stays in the
role ("Secretary of State NAME", "Minister for Labour Affairs NAME"), a country says whose office
it is and is no part of the role or the name; "ORG's NAME" is a person of ORG; a name with a
"who" clause is a person whatever the recogniser labelled it; a phrase whose head is a body noun
("the Riverside Migrant Network") is a body; "the group"/"the embassy" alone is the body of its
kind named before (or the page's publisher), else nobody. "he"/"she" prefer the subject of the
sentence that named the person last.

Ambiguity yields nothing (Nobody, with why): "they", "it", "we", two people joined by "and" (a
pronoun right after them too), a surname two people share, a country named as the speaker.

Not handled: a person introduced only by a role; an acronym the text glosses.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from loaders.extract.verdicts import Found, Nobody, ReportWords
from loaders.gazetteer import iso3_of
from loaders.lexicon import speech as lex
from loaders.organisations import find_organisations, government_of, organisation_named

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from loaders.extract.context import DocumentContext


def entity_of(token: Token) -> SpacySpan | None:
    """The named entity ``token`` is part of, found from the token's own IOB tags (walking
    doc.ents would build every span of the document on each call)."""
    from spacy.tokens import Span

    if not token.ent_type:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type)


def entities_in(tokens: Iterable[Token]) -> list[SpacySpan]:
    """The named entities whose root is one of ``tokens``, in document order."""
    tokens = list(tokens)
    found = {(e.start, e.end): e for t in tokens if (e := entity_of(t)) is not None}
    ids = {t.i for t in tokens}
    return [e for _, e in sorted(found.items()) if e.root.i in ids]


# How far back a pronoun looks for whom it stands for: further than ~8 sentences is ambiguous.
PRONOUN_WINDOW = 1200  # characters
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_TITLES = frozenset(t.lower().rstrip(".") for t in lex.TITLES) | {
    t.lower() for t in lex.OFFICE_TITLES
}
_ROLE_NOUNS = frozenset(lex.ROLE_NOUNS)
# Honorifics and ranks are no role ("Dr", "General"); offices are ("President", "Secretary").
_HONORIFICS = (
    frozenset(t.lower().rstrip(".") for t in lex.TITLES if t not in lex.OFFICE_TITLES)
    # the words of a stacked honorific ("Datuk Seri") are no role either
    | frozenset(w.lower() for t in lex.TITLES if " " in t for w in t.split())
) - frozenset(lex.ROLE_NOUNS)
_ROLE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "det", "punct", "prep"})
_ORG_LINKS = frozenset(lex.ROLE_LINKS)
# "the statement said": the words of the body that issued it, named before.
_WRITTEN_STATEMENTS = lex.WRITTEN_STATEMENT_NOUNS
# A writing quoted at length: its words are its author's ("as the article explains").
_WRITINGS = frozenset(lex.WRITING_NOUNS)
_AUTHORING = frozenset(lex.AUTHORING_LEMMAS)
# Verbs by which a body puts out a written statement: its subject is the statement's speaker.
ISSUING_LEMMAS = frozenset(lex.ISSUING_LEMMAS)
# ... and those that name who a statement is by ("signed by NAME").
_SIGNING_LEMMAS = ISSUING_LEMMAS | {"sign"}


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    organization: str = ""
    org_type: str = ""
    role: str = ""
    is_person: bool = True
    # "m" or "f" when a title or role word says it ("Ms.", "spokesman"): a pronoun skips the
    # people it cannot stand for
    gender: str = field(default="", compare=False)


def _is_role_word(token: Token) -> bool:
    return token.text.lower().rstrip(".") in _TITLES or token.lower_ in _ROLE_NOUNS


def _strip_titles(tokens: list[Token]) -> list[Token]:
    """The name without honorifics, offices or roles before it ("Ambassador Leah Moreno",
    "Foreign Affairs Spokesperson Tanee Sangrat" when the recogniser took them in)."""
    roles = [i for i, t in enumerate(tokens[:-1]) if _is_role_word(t)]
    if roles:
        tokens = tokens[roles[-1] + 1 :]
    # a stacked honorific ("Tan Sri", "Datuk Seri") whose words alone may be names
    while len(tokens) > 2 and (
        f"{tokens[0].text} {tokens[1].text}" in lex.TITLES or _ends_a_stacked_title(tokens[0])
    ):
        tokens = tokens[2:] if f"{tokens[0].text} {tokens[1].text}" in lex.TITLES else tokens[1:]
    # "Ghana Robert Jackson" ('the Ambassador to Ghana NAME'): a country is no part of a name
    for k in (3, 2, 1):
        if len(tokens) > k + 1 and iso3_of(_text(tokens[:k])):
            tokens = tokens[k:]
            break
    while tokens and tokens[-1].dep_ == "case":  # "Sok's"
        tokens = tokens[:-1]
    return tokens


_STACKED_TITLES = tuple(t for t in lex.TITLES if " " in t)


def _ends_a_stacked_title(token: Token) -> bool:
    """True when the token is the last word of a stacked honorific ("Dato' Sri")."""
    text = token.doc.text[max(token.idx - _LONGEST_STACKED, 0) : token.idx + len(token.text)]
    return text.endswith(_STACKED_TITLES)


_LONGEST_STACKED = max(map(len, _STACKED_TITLES))


def _text(tokens: list[Token]) -> str:
    """The words as the body writes them: "Vasquez-Holm" and "UNICEF's" stay one word."""
    out = []
    for k, token in enumerate(tokens):
        out.append(token.text)
        if k + 1 < len(tokens) and (token.whitespace_ or tokens[k + 1].i != token.i + 1):
            out.append(" ")
    return " ".join("".join(out).split())


def _role_words(tokens: list[Token]) -> str:
    """A role phrase without articles, titles at its ends, punctuation."""
    words = [
        t
        for t in tokens
        if t.dep_ not in ("det", "case") and (not t.is_punct or t.text == "-") and not t.is_space
    ]
    while words and words[0].tag_ in ("DT", "PRP$"):
        words = words[1:]
    return _text(words)


def _organisation(role: str, role_tokens: list[Token], iso3_hint: str) -> tuple[str, str]:
    """(organisation, org_type) a role phrase names: a known or generic body, an ORG entity,
    or, for a public office after a nationality ("U.S. Ambassador"), that government."""
    mentions = find_organisations(role)
    if mentions:
        org = mentions[0].organisation
        return org.name, org.org_type
    orgs = [t for t in role_tokens if t.ent_type_ == "ORG"]
    if orgs:
        ent = entity_of(orgs[0]) or orgs[0].doc[orgs[0].i : orgs[0].i + 1]
        named = organisation_named(ent.text)
        if named.org_type != "other" or not _is_portfolio(ent):
            return named.name, named.org_type
    places = [t for t in role_tokens if t.ent_type_ in ("GPE", "NORP")]
    offices = [t for t in role_tokens if t.text.capitalize() in lex.OFFICE_TITLES]
    if offices and (places or iso3_hint):
        iso3 = iso3_of(places[0].text) if places else ""
        if iso3 or (not places and iso3_hint):
            gov = government_of(iso3 or iso3_hint, offices[0].text)
            return gov.name, gov.org_type
    return "", ""


def ends_in_report(head: Token) -> bool:
    """True when the noun phrase of ``head`` ends in a report noun, whatever the parser made its
    head ("the 2016 Trafficking in Persons report"); a phrase hung on it after a determiner is
    another noun's ("an introduction to the report")."""
    words = [t for t in head.doc[head.i : head.right_edge.i + 1] if not t.is_punct]
    return (
        len(words) > 1
        and words[-1].lemma_.lower() in lex.REPORT_NOUNS
        and not any(t.dep_ == "det" for t in words[1:])
    )


def _is_place(token: Token) -> bool:
    """True for a country or nationality word ("U.S.", "Thai"), whatever the recogniser said."""
    return token.ent_type_ in ("GPE", "NORP") or bool(iso3_of(token.text))


def _is_portfolio(ent: SpacySpan) -> bool:
    """True when a name the recogniser took for a body is the object of an office's own link:
    the portfolio or the post of the office ("Secretary of State", "Minister for Labour
    Affairs"), part of the role."""
    root = ent.root
    if root.dep_ == "compound" and root.head.text.capitalize() in lex.OFFICE_TITLES:
        return True  # "Justice Secretary", "Labour Minister": the office's portfolio
    # the link's object, or a name the recogniser glued to it ('Secretary of [State NAME]')
    return _office_of_link(root) is not None or _office_of_link(ent[0]) is not None


def _runs_into(token: Token, own: set[int]) -> bool:
    """True when the token's entity takes in one of the tokens ``own``."""
    ent = entity_of(token)
    return ent is not None and any(ent.start <= i < ent.end for i in own)


def _office_of_link(token: Token) -> Token | None:
    """The office title whose link ("of", "for", "to") has ``token`` in its object phrase
    ("Minister for Labour Affairs NAME": Affairs, and NAME the parser hung there), or None."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    link = token.head
    if token.dep_ != "pobj" or link.dep_ != "prep" or link.i > token.i:
        return None
    office = link.head
    return office if office.text.capitalize() in lex.OFFICE_TITLES else None


def _without_organisation(role_tokens: list[Token]) -> list[Token]:
    """The role phrase without the pieces that name the organisation: its possessive ("IJM's
    director in Phnom Penh") or a link and its object ("director of Chab Dai"); a link to no
    organisation is part of the role ("vice president of regional operations")."""
    inside = {t.i for t in role_tokens}
    dropped: set[int] = set()
    for token in reversed(role_tokens):  # the innermost link first: "for programs at IJM"
        # a possessive: "poss", or "nmod" with its "'s" when the tagger took it for a noun
        possessive = token.dep_ == "poss" or any(c.dep_ == "case" for c in token.children)
        if not possessive and not (token.dep_ == "prep" and token.lower_ in _ORG_LINKS):
            continue
        piece = [t for t in token.subtree if t.i in inside and t.i not in dropped]
        words = piece[1:] if token.dep_ == "prep" else piece
        if _organisation(_role_words(words), words, "")[0]:
            dropped |= {t.i for t in piece}
    return [t for t in role_tokens if t.i not in dropped]


def _role_tokens(root: Token, start: int) -> list[Token]:
    """The words that give the role of the name whose head is ``root`` and first token
    ``start``: its apposition, the phrase it is the apposition of, or the words before it."""
    # 'NAME, officer in CITY,': the parser may take the apposition for a conjunct; one with no
    # "and"/"or" beside it is an apposition
    appos = [
        c
        for c in root.children
        if c.dep_ == "appos"
        or (
            c.dep_ == "conj"
            and c.pos_ == "NOUN"
            and c.i > root.i
            and root.doc[c.left_edge.i - 1].text == ","
            and not any(s.dep_ == "cc" for s in root.children)
        )
    ]
    office = _office_of_link(root)
    if appos:
        tokens = list(appos[0].subtree)
        for more in appos[1:]:  # 'vice-chair' parsed as three appositions: one word again
            if more.left_edge.i == tokens[-1].i + 1 and "-" in (more.text, tokens[-1].text):
                tokens += list(more.subtree)
    elif office is not None and office.i < start:
        # 'the Minister for Labour Affairs NAME': the parser hung the name on the office's
        # link; the office and its link are the role
        tokens = [t for t in office.subtree if t.i < start and not t.is_space]
    elif (
        root.dep_ == "appos"
        and root.head.i < start
        and root.head.pos_ == "NOUN"
        and _is_role_word(root.head)
    ):
        # 'the director, Dara Sok': the name is the role noun's apposition (a name hung on a
        # proper name before it is a misparse: 'on Radio X, criminologist NAME')
        head = root.head
        tokens = [t for t in head.subtree if head.left_edge.i <= t.i <= head.i]
    elif (copula := _role_after_is(root)) is not None:
        tokens = list(copula.subtree)  # 'NAME is a lawyer in Phnom Penh.'
    else:
        tokens = [t for t in root.subtree if t.i < start and t.dep_ in _ROLE_DEPS | {"appos"}]
        # an office's own link: "Secretary of State", "Ambassador-at-Large", "Minister for
        # Labour Affairs" (the link's object and its modifiers, still before the name)
        links = {t.i for t in tokens if t.dep_ == "prep"}
        tokens += [
            t
            for t in root.subtree
            if t.i < start and t.dep_ in ("pobj", "compound") and t.head.i in links
        ]
        tokens.sort(key=lambda t: t.i)
        # the words right before the name, up to a comma: an opening phrase ("In an interview
        # on Radio X, criminologist NAME") is about the occasion, not the role
        commas = [t.i for t in tokens if t.text == ","]
        floor = max([start - 8, *commas])
        tokens = [t for t in tokens if t.i > floor or (t.i == floor and t.text != ",")]
        # "NAME of ORG": the link after the name names the organisation
        for link in root.children:
            if link.dep_ == "prep" and link.i > root.i and link.lower_ in ("of", "from", "at"):
                tokens += list(link.subtree)
    return [t for t in tokens if not t.is_space]


def _role_after_is(root: Token) -> Token | None:
    """The role noun a name's own clause gives it now ('NAME is a lawyer', 'NAME is the director
    of X'; 'was' may be a role left), or None."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP"):
        return None
    if root.i > verb.i:
        return None
    roles = [c for c in verb.children if c.dep_ == "attr" and c.i > verb.i]
    return roles[0] if roles and roles[0].lower_ in _ROLE_NOUNS else None


def _with_role(name: str, role_tokens: list[Token]) -> Speaker:
    """A person with the role and organisation the role words give."""
    org, org_type = _organisation(_role_words(role_tokens), role_tokens, "")
    kept = _without_organisation(role_tokens)
    if org:  # "Interior Ministry spokesperson": the body's name is the organisation, not the role
        kept = [t for t in kept if t.ent_type_ != "ORG" or _office_of_link(t)] or kept
    # the country ("U.S. Ambassador", "Thai lawyer", "Cambodia's deputy prime minister") says
    # whose office it is (the organisation's government), not what the office is
    while kept and (_is_place(kept[0]) or kept[0].dep_ in ("case", "det")):
        kept = kept[1:]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in kept):
        kept = []  # "the happy NAME": a role is a noun phrase
    role = " ".join(
        w for w in _role_words(kept).split() if w.lower().rstrip(".") not in _HONORIFICS
    )
    if not org and role.startswith(("of ", "from ", "at ")):
        # 'NAME of the River Children Collective': a body the gazetteer does not know; 'NAME of
        # the ministry' names no body we can tell, and a link is no role
        rest = role.split(" ", 1)[1]
        if rest[:1].isupper():
            named_body = organisation_named(rest)
            org, org_type = named_body.name, named_body.org_type
        role = ""
    if org and role.endswith(org):
        role = _POSSESSIVE_ENDS.sub("", role[: -len(org)])
    named = find_organisations(role)
    if org and named and named[0].start == 0:  # "Chab Dai researcher": the body, then the role
        role = _POSSESSIVE_ENDS.sub("", role[named[0].end :])
    return Speaker(name, org, org_type, role.strip())


# What is left of a role where the organisation's name is cut out ("IJM's", ", of").
_POSSESSIVE_ENDS = re.compile(r"^(?:['’]s\b)?[\s,]+|[\s,]+$")


def _person(ent: SpacySpan, role_tokens: list[Token] | None = None) -> Speaker:
    """A PERSON entity as a speaker, with the role its apposition or the words before it give."""
    name = _text(_strip_titles([t for t in ent if not t.is_punct or t.text in ".-"]))
    if role_tokens is None:
        role_tokens = _role_tokens(ent.root, ent.start)
    person = _with_role(name, role_tokens)
    return replace(person, gender=_gender(ent, role_tokens))


def _gender(ent: SpacySpan, role_tokens: list[Token]) -> str:
    """ "m" or "f" when a title just before or inside the name ("Ms. Chou Leakhena") or a role
    word ("a spokeswoman") says it, else ""."""
    doc = ent.doc
    before = [doc[i] for i in range(max(ent.start - 2, 0), ent.start)]
    for token in [*before, *ent, *role_tokens]:
        word = token.text.rstrip(".")
        gender = lex.TITLES.get(word) or lex.ROLE_GENDERS.get(token.lower_, "")
        if gender:
            return gender
    return ""


def _before_comma(subtree: list[Token], subject: Token) -> list[Token]:
    """The subject up to the first comma after its head: what follows is an apposition about
    the speaker ("Ana Ruiz, director at the Freedom Fund"), never the name."""
    for token in subtree:
        if token.i > subject.i and token.text == ",":
            return [t for t in subtree if t.i < token.i]
    return subtree


def _name_after_role(subtree: list[Token]) -> Speaker | None:
    """The name ending a subject after a role word, which the recogniser took for part of an
    organisation or missed ("the Ministry of Foreign Affairs Spokesperson Tanee Sangrat",
    "Ambassador to the United States Vijvat Isarabhakdi"): its trailing proper nouns, without a
    country before them. A phrase after the name ("... D. Harlan Cole on his first visit to
    Cambodia") is about the occasion: the name is looked for before each preposition in turn."""
    words = [t for t in subtree if not t.is_punct and not t.is_space]
    cuts = [len(words)] + [i for i in range(len(words) - 1, 0, -1) if words[i].pos_ == "ADP"]
    for cut in cuts[:4]:
        named = _trailing_name(words[:cut])
        if named is not None:
            return named
    return None


def _trailing_name(words: list[Token]) -> Speaker | None:
    """The name the words end with, after a role word among them (see _name_after_role)."""
    run: list[Token] = []
    for token in reversed(words):
        if token.pos_ != "PROPN" or _is_role_word(token) or len(run) == 4:
            break
        if _ends_a_stacked_title(token):  # "Samdech Thipadei NAME": both words the title
            break
        run.insert(0, token)
    # 'Secretary of State NAME': the office's link object opens the run, but is the office's
    while run and run[0].dep_ == "pobj" and run[0].head.dep_ == "prep":
        run = run[1:]
    before = words[: len(words) - len(run)]
    roles = [t for t in before if _is_role_word(t)]
    if not run or not roles:
        return None
    for k in (3, 2, 1):
        if len(run) > k and iso3_of(_text(run[:k])):
            run = run[k:]
            break
    # a role is never part of the name: where the recogniser found the person's name in the
    # run, the words before it belong to the office ("Minister for Labour Affairs NAME")
    people = [t.i for t in run if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"]
    if people and people[-1] > run[0].i:
        before += [t for t in run if t.i < people[-1]]
        run = [t for t in run if t.i >= people[-1]]
    elif len(run) > 2 and run[0].i and run[0].nbor(-1).dep_ == "case" and _office_of_link(run[-1]):
        # 'Minister of Women's Affairs NAME': what a possessive inside an office's link owns
        # is the portfolio (a name is never owned)
        before, run = [*before, run[0]], run[1:]
    if len(run) < 2 or run[0].text in lex.NOT_NAME_WORDS:
        return None
    body = entity_of(run[-1])
    if body is not None and body.end == run[-1].i + 1 and _names_a_body(body.text):
        return None  # 'a spokesperson for the Ministry of Foreign Affairs': the body's name ends
    # an entity that runs into the name ('State NAME' for 'Secretary of State NAME') is none
    own = {t.i for t in run}
    apart = [t for t in before if not _runs_into(t, own)]
    org, org_type = _organisation(_text(apart), apart, "")
    office = before[before.index(roles[0]) :]
    role = [t for t in office if not t.is_punct and t.text.lower().rstrip(".") not in _HONORIFICS]
    while role and _is_place(role[0]):  # "Thai Labour Minister"
        role = role[1:]
    if org:  # the body is the organisation, not part of the role
        role = [t for t in role if t.ent_type_ != "ORG"] or role
    return Speaker(_text(run), org, org_type, _text(role))


# Common nouns that stand for a body of any name ("the group said"), not one of their kind only.
_ANY_BODY = frozenset("group organisation organization coalition network foundation".split())


# Verbs whose "in X" names where words were printed ('wrote in', 'was quoted in'); 'said in
# Parliament' and 'told Reuters' name where they were spoken.
_PRINTING = _AUTHORING | {"quote"}
_WRITINGS_IN = frozenset(lex.WRITING_NOUNS) | {"interview", "letter", "editorial", "blog"}


def publication_of(verb: Token) -> str:
    """The publication a reporting verb says the words first appeared in: the proper name after
    'in' ('wrote in The Washington Post', 'an op-ed in the Post', 'was quoted in the Mirror
    as saying'), or the paper that quotes ('the Times quoted NAME as saying'); "" for none."""
    verbs = [verb]
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        verbs.append(verb.head.head)  # 'was quoted in X as saying'
    elif verb.dep_ in ("conj", "xcomp", "advcl"):
        verbs.append(verb.head)
    for v in verbs:
        if v.lemma_.lower() not in _PRINTING:
            continue
        if v.lemma_.lower() == "quote" and any(c.dep_ == "dobj" for c in v.children):
            subjects = [c for c in v.children if c.dep_ == "nsubj"]
            name = _publication_name(subjects[0]) if subjects else ""
            if name:
                return name
        for obj in _objects_of_in(v):
            name = _publication_name(obj)
            if name:
                return name
    return ""


def _objects_of_in(token: Token) -> list[Token]:
    return [
        obj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "for")
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _hyphenated(token: Token) -> str:
    """The noun's word with what a hyphen joins to it ('op-ed', tokenised "op", "-", "ed")."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{token.lower_}"
    return token.lemma_.lower()


def _publication_name(token: Token) -> str:
    """A publication's name at ``token`` ("The Washington Post", "the Mirror"), or inside a
    writing named there ("an op-ed in the Post"); "" for a place, a date or a common noun."""
    if _hyphenated(token) in _WRITINGS_IN and token.pos_ == "NOUN":
        inner = [_publication_name(obj) for obj in _objects_of_in(token)]
        return next((name for name in inner if name), "")
    ent = entity_of(token)
    if ent is not None and ent.label_ in ("GPE", "NORP", "LOC", "DATE", "PERSON", "EVENT"):
        return ""
    if token.pos_ != "PROPN" and (ent is None or ent.label_ not in ("ORG", "WORK_OF_ART")):
        return ""
    words = (
        list(ent) if ent is not None else [*(t for t in token.lefts if t.dep_ == "compound"), token]
    )
    if words and words[0].lower_ == "the":
        words = words[1:]
    the = token.doc[words[0].i - 1] if words and words[0].i else None
    name = _text(words)
    return f"The {name}" if the is not None and the.text == "The" else name


def _names_a_body(text: str) -> bool:
    """True when the gazetteers know the words for a body ("the Ministry of Foreign Affairs")."""
    words = text[4:] if text.lower().startswith("the ") else text
    return organisation_named(words).org_type != "other" or bool(find_organisations(words))


def _member_of(subject: Token) -> Speaker | None:
    """'Chab Dai's Helen Ward': a name a known organisation owns is a person of that body (a
    body owned by a country, "Cambodia's Interior Ministry", is the body)."""
    owners = [c for c in subject.children if c.dep_ == "poss" and c.i < subject.i]
    if subject.pos_ != "PROPN" or not owners:
        return None
    owner = [t for t in owners[0].subtree if t.dep_ != "case" and not t.is_punct]
    org = organisation_named(_text(owner))
    if org.org_type == "other" or iso3_of(_text(owner)):
        return None
    name = [
        t
        for t in subject.subtree
        if owners[0].right_edge.i < t.i <= subject.i and t.pos_ == "PROPN"
    ]
    if len(name) < 2 or any(_is_role_word(t) for t in name):
        return None
    return Speaker(_text(name), org.name, org.org_type)


def _agents_of(written: Token) -> list[Token]:
    """Who a written statement is by, from a participle on it: 'signed by NAME', 'issued by
    the ministry'."""
    return [
        obj
        for verb in written.children
        if verb.dep_ == "acl" and verb.lemma_.lower() in _SIGNING_LEMMAS
        for agent in verb.children
        if agent.dep_ == "agent"
        for obj in agent.children
        if obj.dep_ == "pobj"
    ]


def _named_in_apposition(subject: Token, subtree: list[Token]) -> Speaker | None:
    """'the government spokesman, NAME, said': the proper name set beside a role noun is the
    person in that role, whatever the recogniser took the name for (no body or country the
    gazetteers know by it)."""
    # the parser may hang the name on the role's last word ('director in Phnom Penh, NAME')
    for name in subtree:
        if name.dep_ != "appos" or name.pos_ != "PROPN" or name.i < subject.i:
            continue
        if name.head is not subject and name.left_edge.nbor(-1).text != ",":
            continue
        run = [
            t
            for t in name.subtree
            if t.i <= name.i and t.pos_ == "PROPN" and t.dep_ in ("compound", "flat", "appos")
        ]
        if any(_is_role_word(t) for t in name.subtree if t.i < name.i):
            return None  # '..., Justice Secretary NAME': the office beside the name is the role
        words = _text(_strip_titles(run))
        if not words or iso3_of(words) or organisation_named(words).org_type != "other":
            return None
        cut = name.left_edge.i - (name.left_edge.nbor(-1).text == ",")
        return _with_role(words, [t for t in subtree if t.i < cut])
    return None


def _has_person_role(subject: Token, ent: SpacySpan) -> bool:
    """True when a proper name has a person's role in apposition ("NAME, a spokeswoman for the
    ministry"): a person, whatever the recogniser labelled the name."""
    heads = [c for c in subject.children if c.dep_ in ("appos", "conj") and c.i > subject.i]
    return any(h.lower_ in _ROLE_NOUNS and h.pos_ == "NOUN" and h.i >= ent.end for h in heads)


def _is_person_by_role(ent: SpacySpan) -> bool:
    """True when a name the recogniser took for something else is a person's: a role word
    right before it ("spokesperson Khieu Sopheak") or a person's role in apposition, and no
    body or country the gazetteers know by that name."""
    if not 2 <= len(ent) <= 4 or any(t.pos_ != "PROPN" for t in ent):
        return False
    if iso3_of(ent.text) or organisation_named(ent.text).org_type != "other":
        return False
    before = ent.doc[ent.start - 1] if ent.start else None
    led = before is not None and before.pos_ == "NOUN" and before.lower_ in _ROLE_NOUNS
    return led or _has_person_role(ent.root, ent) or _has_who_clause(ent.root)


def _without_portfolio(ent: SpacySpan) -> SpacySpan:
    """The name without the office's link object the recogniser took in ('Secretary of [State
    NAME]')."""
    from spacy.tokens import Span

    start = ent.start
    while start < ent.end - 2 and ent.doc[start].dep_ == "pobj" and _office_of_link(ent.doc[start]):
        start += 1
    return ent if start == ent.start else Span(ent.doc, start, ent.end, label=ent.label)


def _with_given_names(ent: SpacySpan) -> SpacySpan:
    """A person's name with the capitalised words the recogniser left out before it, when the
    parse joins them to the name ('Om Yentieng' read as '[Yentieng]'): no title, role, body or
    place, at most two."""
    from spacy.tokens import Span

    start = ent.start
    while start > max(ent.start - 2, 0):
        token = ent.doc[start - 1]
        if (
            token.pos_ != "PROPN"
            or token.dep_ != "compound"
            or not ent.start <= token.head.i < ent.end
            or token.ent_type_
            or not token.text.istitle()
            or _is_role_word(token)
            or token.text.rstrip(".") in lex.TITLES
            or token.text in lex.NOT_NAME_WORDS
            or iso3_of(token.text)
        ):
            break
        start -= 1
    return ent if start == ent.start else Span(ent.doc, start, ent.end, label=ent.label)


def _has_who_clause(root: Token) -> bool:
    """True when a name has a relative clause on "who" ("NAME, who heads the shelter,"): only
    a person is a "who"."""
    return any(
        c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children)
        for c in root.children
    )


_NOT_NAME_LABELS = frozenset(
    "DATE TIME MONEY PERCENT QUANTITY CARDINAL ORDINAL LAW LANGUAGE".split()
)
_PRONOUN_GENDERS = {"he": "m", "him": "m", "she": "f", "her": "f"}


def _is_bare_role(subject: Token, ent: SpacySpan | None) -> bool:
    """True for a role word with only an article before it ("the Ambassador", "the minister"):
    it stands for a person named before, not for a name of its own."""
    return (
        subject.lower_ in _ROLE_NOUNS
        and (ent is None or ent.label_ != "PERSON" or len(ent) == 1)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        and all(c.dep_ in ("det", "punct") for c in subject.children)
    )


def _in_full(person: Speaker, is_titled: bool = False) -> Found | Nobody:
    """A person as a speaker when the document gives more than one word of their name, or a
    title with it ('Ms Lee said'): 'Sokha said', never introduced, could be anyone."""
    if len(person.name.split()) < 2 and not is_titled:
        return Nobody("a name the document never gives in full")
    return Found(person)


def _is_titled(ent: SpacySpan) -> bool:
    """True when an honorific opens the name or stands right before it ("Ms Lee", "Dr. Tan")."""
    first = ent[0]
    before = ent.doc[ent.start - 1] if ent.start else None
    return any(t is not None and t.text.rstrip(".") in _NAMING_TITLES for t in (first, before)) or (
        first.text.rstrip(".") in ("Dr", "Prof", "Professor") and len(ent) > 1
    )


# Honorifics that stand for a person before a surname alone ("Mr Tan", "Ms Lee").
_GENDERED = frozenset(t for t, gender in lex.TITLES.items() if gender) | {"Dr", "Prof"}
# ... and offices, which name one person with the surname ("Ambassador Murphy said").
_NAMING_TITLES = _GENDERED | frozenset(t for t in lex.OFFICE_TITLES if t[:1].isupper())


def _is_subject(root: Token) -> bool:
    """True when a name is the subject of its clause, or the apposition or compound of one."""
    while root.dep_ in ("appos", "compound") and root.head is not root:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass")


def _is_joined(root: Token) -> bool:
    """True when a name is joined by "and" to another person's ("A of X and B of Y spoke")."""
    if root.dep_ == "conj" and root.head.ent_type_ == "PERSON":
        return True
    # the recogniser may miss the second name: any proper name that is no body or place
    return any(
        c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ not in ("ORG", "GPE", "NORP")
        for c in root.children
    )


def _name_words(subject: Token, ent: SpacySpan | None) -> str:
    """The name a subject writes: its entity's words, or the proper nouns (and hyphens) ending
    at it, without titles ("Dr Howell" -> "Howell")."""
    if ent is not None and ent.start <= subject.i < ent.end:
        tokens = [t for t in ent if not t.is_punct or t.text in ".-"]
    else:
        tokens = [subject]
        for token in reversed(subject.doc[max(subject.i - 4, 0) : subject.i]):
            if token.pos_ != "PROPN" and token.text != "-":
                break
            tokens.insert(0, token)
    return _text(_strip_titles(tokens)) if len(tokens) > 1 else subject.text


class Speakers:
    """The people and bodies one document names, to resolve a reporting verb's subject."""

    def __init__(self, ctx: DocumentContext) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.people: list[tuple[int, Speaker]] = []  # (where named, who), in order
        self._roots: dict[int, Token] = {}  # where a person was named -> the name's head
        # doc.ents builds every span of the document on each access: read once (a 5 MB body)
        self._persons = [e for e in self.doc.ents if e.label_ == "PERSON"]
        self._person_starts = [e.start_char for e in self._persons]
        full: dict[str, Speaker] = {}
        in_roles: set[int] = set()  # tokens of the role phrases read so far
        for ent in self.doc.ents:
            if ent.start in in_roles:
                continue  # 'manager in Siem Reap': a place taken for a name, inside a role
            if ent.label_ != "PERSON" and not _is_person_by_role(ent):
                continue
            ent = _with_given_names(_without_portfolio(ent))
            role_tokens = _role_tokens(ent.root, ent.start)
            in_roles |= {t.i for t in role_tokens}
            person = self._of_the_body_before(_person(ent, role_tokens), role_tokens)
            if not person.name:
                continue
            words = person.name.split()
            known = self._by_part(words[-1], full) if len(words) == 1 else None
            if known is None and len(words) == 1:
                known = self._by_part(words[0], full)
            if known is None and person.name in full and not (person.role or person.organization):
                known = full[person.name]  # a later mention without the role: the same person
            if known is not None:
                person = known
            elif len(words) > 1:
                full.setdefault(person.name, person)
            self.people.append((ent.start_char, person))
            self._roots[ent.start_char] = ent.root

    @staticmethod
    def _by_part(word: str, full: dict[str, Speaker]) -> Speaker | None:
        """The one person introduced with this word in their name (none when several)."""
        matches = [p for name, p in full.items() if word in name.split()]
        return matches[-1] if len({p.name for p in matches}) == 1 else None

    def _named_before(self, pos: int) -> int:
        """How many of self.people were named before ``pos`` (they are kept in text order)."""
        return bisect.bisect_left(self.people, pos, key=lambda p: p[0])

    def _person_at(self, ent: SpacySpan) -> Speaker:
        i = self._named_before(ent.start_char)
        if i < len(self.people) and self.people[i][0] == ent.start_char:
            return self.people[i][1]
        return _person(ent)

    def last_person(self, pos: int, role: str = "", gender: str = "") -> Speaker | None:
        """The person named last before ``pos`` (within PRONOUN_WINDOW; in that role, of that
        gender or of none known, if given)."""
        for i in range(self._named_before(pos) - 1, -1, -1):
            where, person = self.people[i]
            if pos - where > PRONOUN_WINDOW:
                return None
            if role and role not in person.role.lower():
                continue
            if not gender or person.gender in ("", gender):
                return person
        return None

    def _pronoun(self, pos: int, gender: str) -> Found | Nobody:
        """Whom "he"/"she" at ``pos`` stands for: the person named last before it, except that
        the subject of that sentence wins over a person named in it as an object ("A met B.
        'Q,' she said" is A's); a person named together with another is ambiguous."""
        for i in range(self._named_before(pos) - 1, -1, -1):
            where, person = self.people[i]
            if pos - where > PRONOUN_WINDOW:
                break
            if person.gender not in ("", gender):
                continue
            root = self._roots.get(where)
            if root is None:
                return _in_full(person)
            if _is_joined(root):
                return Nobody("a pronoun after two people named together")
            if not _is_subject(root):
                sent = root.sent
                subjects = [
                    p
                    for w, p in self.people[:i]
                    if sent.start_char <= w
                    and (r := self._roots.get(w)) is not None
                    and _is_subject(r)
                    and p.gender in ("", gender)
                ]
                if subjects:
                    return _in_full(subjects[-1])
            return _in_full(person)
        return Nobody("a pronoun with no person before it")

    def _introduced(self, name: str, pos: int) -> Speaker | None:
        """The person named before ``pos`` whose name is or holds ``name`` ("Hang", "Mr.
        Vasquez-Holm", "Sophea Chum" again): the latest one; none when the name is a part of two
        people's names ("Keo" after Dara Keo and Sophal Keo)."""
        words = name.split()
        if not words:
            return None
        found: Speaker | None = None
        for i in range(self._named_before(pos) - 1, -1, -1):
            person = self.people[i][1]
            full = person.name.split()
            if words == full[-len(words) :] or (len(words) == 1 and words[0] in full):
                if found is None:
                    found = person
                elif person.name != found.name and len(words) == 1 and len(full) > 1:
                    return None
        return found

    def resolve(self, subject: Token, pos: int) -> Found | ReportWords | Nobody:
        """What the subject of a reporting verb at ``pos`` stands for (module docstring)."""
        lower = subject.lower_
        if subject.lemma_.lower() in _WRITINGS or (
            lower in ("it", "they") and self._writing_before(subject)
        ):
            author = self._author(pos)
            return author or Nobody("a writing whose author is not named")
        if subject.pos_ == "PRON":
            if lower in _PERSON_PRONOUNS:
                return self._pronoun(pos, _PRONOUN_GENDERS[lower])
            return Nobody(f"'{subject.text}' stands for no one in particular")
        subtree = list(subject.subtree)
        if any(t.lower_ in ("and", "&") and t.dep_ == "cc" for t in subtree):
            # 'A of X and B of Y said': two people joined, wherever the parser hung "and"
            people = [e for e in entities_in(subtree) if e.label_ == "PERSON"]
            if len(people) > 1 and any(_is_joined(e.root) for e in people):
                return Nobody("two speakers at once")
        ent = entity_of(subject)
        if _is_bare_role(subject, ent):
            # 'said the Ambassador', 'the minister said' (tagged a name or not): the person
            # named before in that role
            person = self.last_person(pos, subject.lower_)
            return Found(person) if person else Nobody("a role with no person named in it")
        if ent is not None and ent.label_ == "PERSON":
            ent = _with_given_names(ent)
        if subject.pos_ == "PROPN" or (ent is not None and ent.label_ == "PERSON"):
            # 'Mr. Tanee said', '"...," Vasquez-Holm added': the person introduced before,
            # whatever the recogniser took the name for
            known = self._introduced(_name_words(subject, ent), pos)
            if known is not None:
                return Found(known)
        if ent is not None and ent.label_ == "PERSON":
            return _in_full(self._person_at(ent), _is_titled(ent))
        if subject.lemma_.lower() in _WRITTEN_STATEMENTS:
            # 'a statement from the ministry said', 'the embassy's statement read': the body
            # it is from
            sources = [c for c in subject.children if c.dep_ == "poss" and c.pos_ != "PRON"] + [
                obj
                for prep in subject.children
                if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of")
                for obj in prep.children
                if obj.dep_ == "pobj"
            ]
            sources += _agents_of(subject)  # 'the statement, signed by NAME, said'

            if sources:
                return self.resolve(sources[0], pos)
            issuer = self._issuer(pos)
            return Found(issuer) if issuer else Nobody("a statement whose issuer is not named")
        named = (
            _named_in_apposition(subject, subtree)
            if subject.pos_ == "NOUN" or _is_role_word(subject)  # "The Minister of X, NAME,"
            else None
        )
        if named is not None:
            # 'The head of the National Committee, NAME, said': the name set beside the role
            return _in_full(self._known(named))
        named = _name_after_role(_before_comma(subtree, subject))
        if named is not None:
            return Found(self._known(named))
        # A name inside the subject ("the director, Dara Sok," / "Secretary of State NAME").
        inside = [
            e
            for e in entities_in(subtree)
            if e.label_ == "PERSON" and e.root.dep_ in ("appos", "compound")
        ]
        if inside:
            return Found(self._person_at(inside[0]))
        if (
            subject.lemma_.lower() in lex.REPORT_NOUNS
            or any(t.lemma_.lower() in lex.REPORT_NOUNS and t.dep_ == "compound" for t in subtree)
            or ends_in_report(subject)
        ):
            return ReportWords("the report's own words")
        member = _member_of(subject)
        if member is not None:
            return Found(self._known(member))
        if subject.pos_ == "PROPN" and subject.lemma_.lower() in lex.BODY_LEMMAS:
            # 'the Riverside Migrant Network said': a name whose head says a body is one,
            # whatever the recogniser took it for
            return self._common_body(subject, subtree, pos)
        if (
            ent is not None
            and ent.label_ == "GPE"
            and iso3_of(ent.text)
            and subject.i == ent.end - 1
        ):
            # "Cambodia said": a country speaks through its government or a ministry, which
            # the text does not name here
            return Nobody("a country named as the speaker")
        if ent is not None and ent.label_ in ("ORG", "NORP", "GPE"):
            if not _has_person_role(subject, ent):
                return Found(self._body(ent.text, canonical=True))
            # 'NAME, a spokeswoman for the ministry,': a person the recogniser took for a body
            return self._propn(subject, pos, ent)
        if subject.pos_ == "PROPN":
            # 'Human Rights Watch said': a body the gazetteer knows, missed by the recogniser
            run = [t for t in subject.subtree if t.i < subject.i and t.dep_ in ("compound", "flat")]
            known_body = organisation_named(_text([*run, subject]))
            if known_body.org_type != "other":
                return Found(self._body(known_body.name, canonical=True))
            return self._propn(subject, pos)
        if subject.lemma_.lower() in lex.BODY_LEMMAS:
            return self._common_body(subject, subtree, pos)
        if subject.lemma_.lower() in _ROLE_NOUNS:
            person = self.last_person(pos, subject.lemma_.lower())
            if person is None:
                # 'a spokesperson for the ministry said': the body speaks through an unnamed
                # person in that role
                body = self._body_of_role(subject, subtree, pos)
                if body is not None:
                    return Found(body)
            return Found(person) if person else Nobody("a role with no person named in it")
        return Nobody(f"'{subject.text}' is no nameable speaker")

    def _common_body(self, subject: Token, subtree: list[Token], pos: int) -> Found | Nobody:
        """A body named by its head noun: the whole phrase up to a comma ("Thailand's embassy
        to America"); the noun alone ('the group said', 'the Embassy said') stands for the body
        of its kind named before, or for the page's publisher when it is one."""
        words = [
            t
            for t in _before_comma(subtree, subject)
            if t.dep_ != "det"
            and (not t.is_punct or t.text == "-")
            and t.ent_type_ not in _NOT_NAME_LABELS
        ]  # "On May 2 Vietnam's embassy": the date is no part of the name
        while words and words[-1].dep_ == "case":
            words.pop()  # "the embassy's statement": the owner, without its "'s"
        if len(words) > 1:
            # "the US Embassy in Phnom Penh": the body the gazetteer knows in it, else the phrase
            known = find_organisations(_text(words))
            if known:
                org = known[0].organisation
                return Found(Speaker(org.name, org.name, org.org_type, "", is_person=False))
            return Found(self._body(_text(words), canonical=True))
        noun = subject.lemma_.lower()
        named = self._body_before(noun, pos)
        if named is None:
            publisher = self.ctx.document.metadata.get("publisher", "")
            mentions = find_organisations(publisher)
            if noun in publisher.lower().split() and mentions:
                org = mentions[0].organisation
                named = Speaker(org.name, org.name, org.org_type, "", is_person=False)
        if named is None:
            return Nobody(f"'the {subject.lower_}' with no body of its kind named before")
        return Found(named)

    def _of_the_body_before(self, person: Speaker, role_tokens: list[Token]) -> Speaker:
        """A person whose role names a body by a common noun alone ("the ministry's
        spokeswoman NAME"): of the body of that kind the text named before, the noun out of
        the role."""
        bare = [
            t
            for t in role_tokens
            if t.lemma_.lower() in lex.BODY_LEMMAS
            and t.pos_ == "NOUN"
            and all(c.dep_ in ("det", "case") for c in t.children)
        ]
        if person.organization or not bare:
            return person
        body = self._body_before(bare[0].lemma_.lower(), bare[0].idx)
        if body is None:
            return person
        role = " ".join(w for w in person.role.split() if w.lower() != bare[0].lower_)
        return replace(person, organization=body.name, org_type=body.org_type, role=role)

    def _body_before(self, noun: str, pos: int) -> Speaker | None:
        """The organisation named last before ``pos`` (within two pronoun windows) that a
        common noun can stand for: one whose name holds the noun ("the embassy": the US
        Embassy), or for a word of any kind ("the group"), a non-governmental one."""
        start = max(pos - 2 * PRONOUN_WINDOW, 0)
        text = self.doc.text[start:pos]
        named = [(m.start, m.organisation) for m in find_organisations(text)]
        span = self.doc.char_span(start, pos, alignment_mode="contract")
        if span is not None:
            named += [
                (e.start_char - start, organisation_named(e.text))
                for e in span.ents
                if e.label_ == "ORG"
            ]
        for _where, org in sorted(named, key=lambda n: n[0], reverse=True):
            words = org.name.lower().split()
            of_kind = noun in words or (noun == "department" and "state" in words)
            if of_kind or (noun in _ANY_BODY and org.org_type == "ngo"):
                return Speaker(org.name, org.name, org.org_type, "", is_person=False)
        return None

    def _known(self, person: Speaker) -> Speaker:
        """A person found outside the entities, remembered so that a surname finds them."""
        for i, (where, known) in enumerate(self.people):
            if known.name == person.name:
                fuller = (person.organization and not known.organization) or (
                    person.role and not known.role
                )
                if not fuller:
                    return known
                self.people[i] = (
                    where,
                    replace(
                        known,
                        role=person.role or known.role,
                        organization=person.organization or known.organization,
                        org_type=person.org_type if person.organization else known.org_type,
                    ),
                )
                return self.people[i][1]  # with the role or body this mention gives
                return person
        start = self.doc.text.find(person.name)
        self.people.append((max(start, 0), person))
        self.people.sort(key=lambda p: p[0])
        return person

    def _writing_before(self, subject: Token) -> bool:
        """True when a writing ("the article") is named in the pronoun's sentence or the one
        before: 'The article is called X. As they explain:' speaks of its author."""
        sent = subject.sent
        start = sent.start
        if start:
            start = self.doc[start - 1].sent.start
        return any(t.lemma_.lower() in _WRITINGS for t in self.doc[start : subject.i])

    def _author(self, pos: int) -> Found | None:
        """The person named last before ``pos`` as a writing's author: the agent of 'reported
        / written / published by NAME' or the subject of 'NAME wrote'; with the publication
        the verb names ('in The Washington Post')."""
        before = bisect.bisect_left(self._person_starts, pos)
        for ent in reversed(self._persons[:before]):
            if pos - ent.start_char > 4 * PRONOUN_WINDOW:
                return None
            head = ent.root.head
            if ent.root.dep_ == "nsubj" and head.lemma_.lower() == "write":
                return Found(self._person_at(ent), publication_of(head))
            # 'reported in The Post by NAME': the parser may hang 'by' on the paper's name
            if ent.root.dep_ == "pobj" and head.lower_ == "by":
                verbs = [a for a in list(head.ancestors)[:3] if a.pos_ == "VERB"]
                if verbs and verbs[0].lemma_.lower() in _AUTHORING:
                    return Found(self._person_at(ent), publication_of(verbs[0]))
        return None

    def _issuer(self, pos: int) -> Speaker | None:
        """Who issued the statement or release named last before ``pos`` ("the embassy issued
        a press release ... the release said"): the subject of the issuing verb; the last body
        the text names is not enough (it may be the one the release answers)."""
        before = self.doc.char_span(0, pos, alignment_mode="expand") if pos else None
        for token in reversed(self.doc[: before.end] if before is not None else []):
            if pos - token.idx > PRONOUN_WINDOW:
                return None
            if token.lemma_.lower() not in _WRITTEN_STATEMENTS:
                continue
            # 'a statement released by the ministry': the agent of the issuing participle
            for verb in token.children:
                if verb.dep_ == "acl" and verb.lemma_.lower() in ISSUING_LEMMAS:
                    for agent in (c for c in verb.children if c.dep_ == "agent"):
                        for obj in (c for c in agent.children if c.dep_ == "pobj"):
                            verdict = self.resolve(obj, token.idx)
                            return verdict.speaker if isinstance(verdict, Found) else None
            if token.dep_ != "dobj":
                continue
            if token.head.lemma_.lower() not in ISSUING_LEMMAS:
                continue
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
            if subjects and subjects[0].lemma_.lower() not in _WRITTEN_STATEMENTS:
                verdict = self.resolve(subjects[0], token.idx)
                return verdict.speaker if isinstance(verdict, Found) else None
            return None
        return None

    def _body_of_role(self, role: Token, subtree: list[Token], pos: int) -> Speaker | None:
        """The body an unnamed person's role names ("a spokesperson for the Ministry of
        Foreign Affairs", "an embassy spokesman"), as the speaker, the role kept."""
        for link in role.children:
            if link.dep_ == "prep" and link.lower_ in _ORG_LINKS:
                for obj in link.children:
                    if obj.dep_ != "pobj":
                        continue
                    ent = entity_of(obj)
                    if ent is not None and ent.label_ == "ORG":
                        body = self._body(ent.text, canonical=True)
                    elif obj.lemma_.lower() in lex.BODY_LEMMAS:
                        found = self._common_body(obj, list(obj.subtree), pos)
                        body = found.speaker if isinstance(found, Found) else None
                    else:
                        continue
                    return replace(body, role=role.lower_) if body is not None else None
        return None

    def _body(self, name: str, canonical: bool = False) -> Speaker:
        """A body as a speaker; a proper name the gazetteer knows is written as it is there
        ("the State Department" -> "US Department of State") when ``canonical``."""
        org = organisation_named(name)
        if canonical and org.org_type != "other":
            return Speaker(org.name, org.name, org.org_type, "", is_person=False)
        clean = name[4:] if name.lower().startswith("the ") else name
        if clean.islower():  # "the foreign ministry": a body's name, written in lower case
            clean = " ".join(w.capitalize() for w in clean.split())
        return Speaker(clean.strip(), org.name, org.org_type, "", is_person=False)

    def _propn(self, subject: Token, pos: int, ent: SpacySpan | None = None) -> Found | Nobody:
        """A proper noun the entity recogniser missed (a surname the document introduced is
        found before, by _introduced): the run of capitalised names ending at it, cut at a
        title or role ("Spokesperson"); or the words of ``ent``, a name it took for a body."""
        run = _strip_titles([t for t in ent if t.i <= subject.i]) if ent is not None else [subject]
        titled = False
        for token in reversed(subject.doc[max(subject.i - 4, 0) : subject.i]):
            if ent is not None:
                break
            stop = (
                token.text.lower().rstrip(".") in _TITLES
                or token.lower_ in _ROLE_NOUNS
                or _ends_a_stacked_title(token)  # "Samdech Thipadei": both words the title
            )
            if token.pos_ != "PROPN" or token.ent_type_ in ("ORG", "GPE", "NORP") or stop:
                titled = token.text.rstrip(".") in _NAMING_TITLES  # 'Mr Sopheak told
                break
            run.insert(0, token)
        # a word the recogniser knows for a date or an amount is no name; one it took for a
        # title or an event may be ('NAME, ROLE at IJM' read as a WORK_OF_ART)
        if run[0].text in lex.NOT_NAME_WORDS or subject.ent_type_ in _NOT_NAME_LABELS:
            return Nobody(f"'{subject.text}' is no name")
        person = _with_role(_text(run), _role_tokens(subject, run[0].i))
        self.people.append((run[0].idx, person))
        self.people.sort(key=lambda p: p[0])
        return _in_full(person, titled)
