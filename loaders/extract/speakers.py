"""Speakers: who a phrase like "Blair Burns, IJM's vice president, ..." or "she" stands for.

``parse_speaker(phrase)`` reads one attribution phrase (the words beside a reporting verb) into a
Speaker, a Pending (a pronoun, surname or group noun the document must resolve), ReportWords (the
report itself) or Nobody (no speaker we can name), the last two with their reason. ``People``
remembers, for one document, every person named so far with the role and organisation of their
first full mention, so that "Burkhalter" and "she" resolve to the full name (or to Nobody, saying
why not).

Not handled: names written in lower case; a person introduced only by a role ("the director");
pronoun gender unless a title (Mr, Ms ...) gave it; "they" and "it" (ambiguous: left out).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from loaders.extract.verdicts import Nobody, ReportWords
from loaders.gazetteer import iso3_of
from loaders.lexicon import speech as lex
from loaders.organisations import (
    Organisation,
    find_organisations,
    government_of,
    organisation_named,
)
from loaders.schema import OrgType


def one_of(words: Iterable[str]) -> str:
    """A regex group matching any of these lexicon words, tried in order; a space in a word
    matches any white space."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"


_TOKEN = r"[A-ZÀ-Þ][a-zà-ÿ]+(?:[A-Z][a-z]+)?(?:[-’'][A-Za-z]+)*"
_PARTICLE = one_of(lex.NAME_PARTICLES)
NAME = rf"{_TOKEN}(?:\s+(?:[A-Z]\.\s+)?(?:{_PARTICLE}\s+)?{_TOKEN}){{0,3}}"
_RUN_RE = re.compile(rf"(?:{_TOKEN}|[A-Z]\.)(?:\s+(?:{_TOKEN}|[A-Z]\.|{_PARTICLE}))*$")
_ROLE_NOUN_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, lex.ROLE_NOUNS)) + r")\b", re.I)
_OFFICE_RE = re.compile(r"\b(?:" + "|".join(lex.PUBLIC_OFFICES) + r")\b", re.I)
_INITIAL = re.compile(r"[A-Z]\.")
# "The National Committee for Counter Trafficking (NCCT)": the acronym a name is glossed with
_ACRONYM_GLOSS = re.compile(r"\s*\([A-Z][A-Za-z&.-]{1,11}\)")
_NOUN_ENDING = re.compile(rf"\w{{3}}{one_of(lex.NOUN_SUFFIXES)}$")
_ACRONYM = re.compile(r"(?<![\w.])[A-Z]{2,8}(?![\w.])")
# What an unknown organisation's name may follow: "the women's organization Fundasaun Feto Forte"
_ORG_DESCRIBED = re.compile(
    rf"^(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){{0,3}}?{one_of(lex.ORGANISATION_KINDS)}\s+(?=[A-Z])"
)
# "Gender, Children and Social Protection Minister": portfolios listed before an office
_PORTFOLIO_LIST = re.compile(
    rf"(?:[A-Z][\w’'-]*,\s+)+(?:[A-Z][\w’'-]*\s+)*and\s+(?:[A-Z][\w’'-]*\s+)*?"
    rf"(?=(?:{one_of(sorted(lex.OFFICE_TITLES))})\s+[A-Z])"
)
_NAME_OF_ORG = re.compile(rf"^(?P<name>.+?)\s+{one_of(lex.NAME_ORG_LINKS)}\s+(?P<org>.+)$")


def proper_name(connectors: Iterable[str]) -> str:
    """A regex for a capitalised name of several words, these lower-case words allowed between
    them ("Ministry of Women's Affairs", "Task Force on Trafficking in Persons")."""
    return rf"(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:{one_of(connectors)}\s+)*[A-Z][\w’'&.-]*)+"


_PROPER_NAME = re.compile(proper_name(lex.NAME_CONNECTORS))
_BODY_NAME = re.compile(proper_name(lex.BODY_NAME_CONNECTORS))
# Titles of several words ("Tan Sri"), matched whole and joined by hyphens (joined_titles)
_STACKED_TITLE = re.compile(rf"\b{one_of(t for t in lex.TITLES if ' ' in t)}\b")
_CHARGE = re.compile(rf"\b{lex.CHARGE_D_AFFAIRES}")
_CIRCUMSTANCE = re.compile(
    rf"\s+(?:{one_of(lex.CIRCUMSTANCE_PREPOSITIONS)}\s+(?:a|an|the|his|her|its)\s+[\w\s-]+"
    rf"|(?:on|last)\s+{one_of(lex.CIRCUMSTANCE_TIMES)}"
    rf"|{'|'.join(lex.RELATIVE_DAYS)})$"
)
# The same as a last comma clause: "the U.S. ambassador, NAME, at a briefing in Jakarta".
_CIRCUMSTANCE_CLAUSE = re.compile("," + _CIRCUMSTANCE.pattern)
_TWO_PEOPLE = re.compile(r"\s(?:and|&)\s+(?:[A-Z][a-z]+\s+){1,3}(?:of|from|at|,|$)")
_PLACE = re.compile(r"\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$")
_POSSESSIVE = re.compile(r"^\s*['’]s?\b\s*")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_LINK = re.compile(
    rf"\s*\b{one_of(lex.ROLE_LINKS)}\s+(?:the\s+)?(?:{one_of(lex.ROLE_LINK_ADJECTIVES)}\s+)?$", re.I
)
_REPORT_RE = re.compile(rf"^{lex.REPORT_ITSELF}$", re.I)
# How far back a pronoun or group noun looks for whom it stands for: a "she said" further away
# than about 8 sentences is ambiguous.
PRONOUN_WINDOW = 1200  # characters
_GROUP_RE = re.compile(
    rf"^the\s+(?:{one_of(lex.GROUP_MODIFIERS)}\s+)*(?P<noun>{'|'.join(lex.GROUP_NOUNS)})$", re.I
)
# "the deputy minister", "the spokeswoman": a role pointing back at the person who holds it
_ROLE_BACK_RE = re.compile(
    rf"the\s+(?P<role>(?:(?:deputy|vice|foreign|home|interior|labou?r|justice|prime|chief|"
    rf"senior|former)\s+){{0,2}}(?:{one_of(lex.ROLE_NOUNS)}))",
    re.I,
)
_NOT_ROLE_OPENERS = tuple(f"{word} " for word in lex.NOT_ROLE_OPENERS)


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    organization: str = ""
    org_type: str = ""
    role: str = ""
    gender: str = ""  # "m" / "f" when a title told us
    is_person: bool = True


@dataclass(frozen=True, slots=True)
class Pending:
    """A phrase that must be resolved against the document: a pronoun, a surname, a group."""

    kind: str  # "pronoun" | "surname" | "group" | "role"
    value: str  # gender for pronouns, the name for surnames, the org hint for groups
    speaker: Speaker | None = None  # what the phrase itself said (role, org) to merge in
    is_titled: bool = False  # "Ms Lee": a visible name even when the document never gave more


@lru_cache(maxsize=8192)
def is_name(text: str) -> bool:
    """True for a plausible person name: no function word, country or organisation in it."""
    tokens = [t for t in text.split() if not _INITIAL.fullmatch(t)]  # "William A. Heidt"
    if not tokens or any(t in lex.NOT_NAME_WORDS for t in tokens) or iso3_of(text):
        return False
    if any(_NOUN_ENDING.search(t) for t in tokens):
        return False  # "Women's Empowerment Ratna ...": an office's last word, not a name
    if len(tokens) > 2 and iso3_of(tokens[0]):
        return False  # "Ambassador to Japan Khamla Vong": the country ends the title
    if _title_word(tokens[0]) in lex.TITLES:
        return False  # "Undersecretary Lorenzo Bautista": the title is no part of the name
    return not find_organisations(text)


def _title_word(token: str) -> str:
    """The word a title is known by: "Ambassador-at-Large" -> "Ambassador", "Ms." -> "Ms"."""
    word = token.rstrip(".")
    spaced = word.replace("-", " ")  # a joined title: "Dato-Seri" for "Dato' Seri"
    return spaced if spaced in lex.TITLES or "-" not in word else word.split("-")[0]


@lru_cache(maxsize=8192)
def split_name(head: str) -> tuple[str, str, str, str] | None:
    """(words before the name, the name, gender, titles) for "IJM's director Ms. Jane Doe"."""
    run = _RUN_RE.search(head)
    if not run:
        return None
    tokens = run.group().split()
    name = ""
    for i in range(max(0, len(tokens) - 4), len(tokens)):
        candidate = " ".join(tokens[i:])
        if any(t.endswith(("'s", "’s")) for t in tokens[i:]):
            continue  # "Chab Dai's Helen Ward": a possessive ends the owner, not the name
        if (
            not tokens[i].endswith(".")
            and _title_word(tokens[i]) not in lex.TITLES
            and is_name(candidate)
        ):
            while i and _INITIAL.fullmatch(tokens[i - 1]):  # "Ambassador W. Patrick Murphy"
                i -= 1
            name = " ".join(tokens[i:])
            break
    if not name:
        return None
    words = head[: run.start()].split() + tokens[: len(tokens) - len(name.split())]
    if words and len(name.split()) > 3:  # "Vice President of Regional Operations Blair Burns"
        words += name.split()[:-2]
        name = " ".join(name.split()[-2:])
    gender, titles = "", []
    while words and _title_word(words[-1]) in lex.TITLES:  # "Lieutenant General", "Ms."
        titles.insert(0, words.pop().rstrip("."))
        gender = gender or lex.TITLES[_title_word(titles[0])]
    return " ".join(words), name, gender, " ".join(titles)


def _nationality(text: str) -> tuple[str, str]:
    """('MYS', 'Home') for 'Malaysian Home', ('USA', '') for 'U.S.': a leading country or
    demonym (possessive too: "Malaysia's home minister") and the words after it."""
    words = text.split()
    for k in range(min(3, len(words)), 0, -1):
        head = " ".join(words[:k]).replace(". ", ".")
        iso3 = iso3_of(re.sub(r"['’]s$", "", head))
        if iso3:
            return iso3, " ".join(words[k:])
    return "", text


def _office(role: str) -> str:
    """The public office a role names ("Home Minister" -> "minister"), or ""."""
    found = _OFFICE_RE.findall(role)
    return found[-1].lower() if found else ""


def _official(role: str, titles: str = "", nation: str = "") -> tuple[str, Organisation | None]:
    """The role without a leading nationality, and the government body its holder speaks for
    when the role is a public office of a named country ("Malaysia's home minister" ->
    ("home minister", Government of Malaysia)); no body for a profession or no country."""
    if not nation:
        nation, rest = _nationality(role)
        role = rest if nation and rest else role
    office = _office(role or titles)
    return role, (government_of(nation, office) if nation and office else None)


def unknown_body(head: str) -> Organisation | None:
    """A body the gazetteer does not know, named as one: a proper name holding a body noun
    ("the Singapore Inter-Agency Taskforce on Trafficking in Persons"); a state's when a country
    or a state word is in it, else of unknown kind."""
    if not _BODY_NAME.fullmatch(head):
        return None
    name = _ARTICLE.sub("", head)
    words = name.split()
    if not any(w in lex.BODY_NOUNS for w in words[1:]):
        return None
    if words[0] in lex.NOT_NAME_WORDS and not iso3_of(words[0]):
        return None  # "But Office staff": a sentence's first word, no name
    state = any(w in lex.STATE_BODY_WORDS or iso3_of(re.sub(r"['’]s$", "", w)) for w in words)
    return Organisation(name, str(OrgType.GOVERNMENT if state else OrgType.OTHER))


def org_speaker(org: Organisation) -> Speaker:
    return Speaker(org.name, org.name, org.org_type, "", "", is_person=False)


@lru_cache(maxsize=8192)
def parse_role(text: str) -> tuple[str, Organisation | None]:
    """Role and organisation in an appositive or a preposed description."""
    text = _ARTICLE.sub("", " ".join(text.split()).strip(" ,"))
    if not text or text.lower().startswith(_NOT_ROLE_OPENERS):
        return "", None
    orgs = find_organisations(text)
    if orgs:
        start, end, org = orgs[0].start, orgs[0].end, orgs[0].organisation
    else:  # an acronym the gazetteer does not know: kept as written, type other
        acronym = _ACRONYM.search(text)
        if not acronym:
            return (text if _ROLE_NOUN_RE.search(text) else ""), None
        start, end = acronym.span()
        org = organisation_named(acronym.group())
    before, after = text[:start], text[end:]
    possessive = _POSSESSIVE.match(after)
    if possessive:  # "IJM's director in Phnom Penh"
        role = after[possessive.end() :]
    elif _LINK.search(before):  # "director of the National Committee ..."
        role = _LINK.sub("", before)
    elif not before.strip(" ,"):  # "IJM vice president for advocacy"
        role = after if _ROLE_NOUN_RE.search(after) else ""
    else:  # "a Chab Dai researcher" / "Interior Ministry spokesman"
        role = before if before.strip() else after
        if not _ROLE_NOUN_RE.search(role) and _ROLE_NOUN_RE.search(after):
            role = after
    role = _ARTICLE.sub("", role.strip(" ,"))
    return role, org


def joined_titles(text: str) -> str:
    """Titles of several words written as one ("Chargé-d’Affaires", "Datuk-Seri"), so that a
    name's words are never mistaken for a title's or the reverse ("Sri Mulyani", "Mr Tan")."""
    text = _CHARGE.sub("Chargé-d’Affaires", text)
    return _STACKED_TITLE.sub(lambda m: "-".join(w.strip("'’") for w in m.group().split()), text)


@lru_cache(maxsize=8192)
def parse_speaker(phrase: str) -> Speaker | Pending | ReportWords | Nobody:
    """Read one attribution phrase (see the module docstring for what it yields)."""
    phrase = _ACRONYM_GLOSS.sub("", joined_titles(" ".join(phrase.split()).strip(" ,;:")))
    low = phrase.lower()
    if not phrase:
        return Nobody("no words where the speaker would be")
    if len(phrase) > 220:
        return Nobody("a phrase too long to name a speaker")
    if low in lex.PERSON_PRONOUNS:
        return Pending("pronoun", lex.PERSON_PRONOUNS[low])
    if _REPORT_RE.match(phrase):
        return ReportWords("the report itself is named as the speaker")
    portfolios = _PORTFOLIO_LIST.match(phrase)
    if portfolios:  # the commas are the office's own: one phrase, no appositive
        phrase = phrase[: portfolios.end()].replace(",", "") + phrase[portfolios.end() :]
    head, _, appos = phrase.partition(",")
    head = head.strip()
    role_back = _ROLE_BACK_RE.fullmatch(head)
    if role_back and not appos.strip():  # "the deputy minister said": the one named so before
        return Pending("role", " ".join(role_back.group("role").lower().split()))
    group = _GROUP_RE.match(head)
    if group and organisation_named(head).org_type == "other":
        # "the foreign ministry": the one named before, else the body its words name
        body = organisation_named(head.title()) if " " in head[4:].strip() else None
        fallback = org_speaker(body) if body and body.org_type != "other" else None
        return Pending("group", lex.GROUP_NOUNS[group.group("noun").lower()], fallback)
    head = _CIRCUMSTANCE.sub("", head)  # "John Kerry at a ceremony"
    if _TWO_PEOPLE.search(head):  # "Naly Pilorge and Helen Sworn": nobody in particular
        return Nobody("two people named together")
    last_named = _name_after_role(phrase)
    if last_named is not None:
        return last_named
    named_org = None  # an organisation the gazetteer does not know, named after "of"
    name_of = _NAME_OF_ORG.match(head)
    if name_of and not appos.strip():  # "Chan Vuthy of ADHOC": the organisation is the role
        of = _ORG_DESCRIBED.sub("", name_of.group("org"))  # "the women's organization X": X
        known = organisation_named(of).org_type != "other" or _ACRONYM.fullmatch(of)
        # "Ly Chanthou of the Women's Voice Collective": a proper name, an organisation unknown
        proper = _PROPER_NAME.fullmatch(of) and split_name(name_of.group("name")) is not None
        if known or proper:
            head, appos = name_of.group("name"), of
            named_org = None if known else organisation_named(of)
    whole = organisation_named(_PLACE.sub("", head))
    if whole.org_type != "other":  # "the US Embassy", "IJM", "the US Embassy in Phnom Penh"
        return org_speaker(whole)
    body = unknown_body(head)
    if body is not None:
        return org_speaker(body)
    split = split_name(head)
    if split is None:
        return Nobody("no person's name and no organisation in the phrase")
    pre, name, gender, titles = split
    nation, pre = _nationality(pre)  # "U.S. Ambassador": a nationality is no role
    role, org = parse_role(appos) if appos.strip() else ("", None)
    office = _office_titles(titles)
    if not role and office:
        role, org = parse_role(pre) if pre else ("", None)
        # "Prime Minister Hun Sen", "Interior Minister Sar Kheng", "Deputy Home Minister NAME":
        # the office, with the words before it, is the role
        role = " ".join(x for x in (pre if org is None else role, office) if x)
    if pre and not (role or org):
        role, org = parse_role(pre)
        if not org and not role:
            return Nobody("words before the name that are neither a role nor an organisation")
    if org is None and role:  # an official speaks for the government
        role, org = _official(role, titles, nation)
    if org is None and named_org is not None:
        org = named_org
    speaker = Speaker(
        name,
        org.name if org else "",
        org.org_type if org else "",
        role,
        gender,
    )
    if len(name.split()) == 1 or (titles and len(name.split()) == 2):
        # a surname alone ("Burkhalter", "Ms Bun Eng"): the full name comes from the document
        return Pending("surname", name, speaker, is_titled=bool(gender or titles))
    return speaker


def _office_titles(titles: str) -> str:
    """The office in a run of titles, honorifics after it dropped: "Minister Datuk-Seri" ->
    "Minister"; "" when an honorific or rank comes first ("Pol Lt Gen")."""
    words = titles.split()
    k = 0
    while k < len(words) and _title_word(words[k]) in lex.OFFICE_TITLES:
        k += 1
    return (
        " ".join(words[:k])
        if k and all(_title_word(w) not in lex.OFFICE_TITLES for w in words[k:])
        else ""
    )


def _name_after_role(phrase: str) -> Speaker | None:
    """A role with its organisation, then the name: "IJM's director in Phnom Penh, Tom Reyes".

    Only when the part before the name is no name itself ("Helen Sworn, Chab Dai, Phnom Penh"
    is a person, an organisation and a place)."""
    front, _, last = _CIRCUMSTANCE_CLAUSE.sub("", phrase).rpartition(",")
    last = last.strip()
    titled = split_name(last)  # "Professor Dana Whitlock": the name after its titles
    if titled is not None and not titled[0] and titled[3]:
        last = titled[1]
    if not front.strip() or not 2 <= len(last.split()) <= 4 or not is_name(last):
        return None
    first = front.split(",")[0].strip()
    if _RUN_RE.fullmatch(first) and is_name(first):
        return None
    role, org = parse_role(front)
    if org is None and not (role and _ROLE_NOUN_RE.search(role)):
        return None
    if org is None:  # "the U.S. ambassador, NAME": an official of that government
        role, org = _official(role)
    return Speaker(last, org.name if org else "", org.org_type if org else "", role)


@dataclass
class People:
    """The persons and organisations a document has named so far, in order of position."""

    persons: dict[str, Speaker] = field(default_factory=dict)  # full name -> first full mention
    subjects: list[tuple[int, Speaker]] = field(default_factory=list)  # (position, speaker)

    def add(self, position: int, speaker: Speaker) -> Speaker:
        """Remember a mention; fill the role/org from an earlier mention of the same person."""
        if speaker.is_person:
            known = self.persons.get(speaker.name)
            if known is None:
                self.persons[speaker.name] = speaker
            else:
                speaker = Speaker(
                    speaker.name,
                    speaker.organization or known.organization,
                    speaker.org_type or known.org_type,
                    speaker.role or known.role,
                    speaker.gender or known.gender,
                )
                if not known.role or not known.organization:
                    self.persons[speaker.name] = speaker
        bisect.insort(self.subjects, (position, speaker), key=lambda item: item[0])
        return speaker

    def know(self, name: str) -> None:
        """Remember a full name seen anywhere (no role): it makes a shared surname ambiguous."""
        self.persons.setdefault(name, Speaker(name))

    def resolve(self, pending: Pending, position: int) -> Speaker | Nobody:
        """The person or organisation a pronoun, surname or group noun stands for, else Nobody:
        an unknown or shared surname, or no one of the kind named within PRONOUN_WINDOW before
        ``position``, rather than a guess."""
        if pending.kind == "surname":
            wanted = pending.value.split()
            exact = self.persons.get(pending.value)
            matches = (
                ([exact] if exact and len(wanted) > 1 else [])
                or [
                    p
                    for full, p in self.persons.items()
                    if full != pending.value and full.split()[-len(wanted) :] == wanted
                ]
                or [p for full, p in self.persons.items() if pending.value in full.split()]
            )
            if not matches and pending.is_titled:
                return pending.speaker
            if not matches:
                return Nobody("a surname the document never gives in full")
            if len({p.name for p in matches}) > 1:
                return Nobody("a surname shared by two people")
            known, said = matches[0], pending.speaker
            if said is None:
                return known
            return Speaker(
                known.name,
                said.organization or known.organization,
                said.org_type or known.org_type,
                said.role or known.role,
                said.gender or known.gender,
            )
        for pos, speaker in reversed(self.subjects):
            if pos >= position:
                continue
            if pos < position - PRONOUN_WINDOW:
                break
            if pending.kind == "pronoun":
                if speaker.is_person and speaker.gender in ("", pending.value):
                    return self.persons.get(speaker.name, speaker)
            elif pending.kind == "role":
                known = self.persons.get(speaker.name, speaker)
                held = known.role.lower().split() if speaker.is_person else []
                if held and all(word in held for word in pending.value.split()):
                    return known
            elif not speaker.is_person and (
                speaker.org_type == pending.value or pending.value in speaker.name
            ):
                return speaker
        if pending.kind == "pronoun":
            return Nobody("a pronoun with no person named in the last ~8 sentences")
        if pending.kind == "role":
            return Nobody("a role no person named in the last ~8 sentences holds")
        if pending.speaker is not None:
            return pending.speaker  # "the foreign ministry" said, none named before: that body
        return Nobody("a group noun with no organisation of its kind in the last ~8 sentences")
