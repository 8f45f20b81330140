"""Organisations: acronyms and names to one full name and an OrgType (the organisation gazetteer).

``find_organisations(text)`` finds every organisation named in a text (gazetteer entries first,
then generic government bodies of any country: ministries, police, embassies, governments);
``organisation_named(name)`` normalises one name or acronym. An unknown acronym is kept as written
with type ``other``: unknown is shown as such, never guessed. ``unused_aliases`` and
``unmapped_names`` let tests (and curious users) see the gazetteer's gaps both ways.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from loaders.gazetteer import country_name, iso3_of
from loaders.lexicon.speech import US_OFFICES
from loaders.schema import OrgType

NGO, GOV, INTL, MEDIA = OrgType.NGO, OrgType.GOVERNMENT, OrgType.INTERNATIONAL, OrgType.MEDIA

# (full name, type, aliases as written in articles). "US" in an alias also matches "U.S." and
# "United States". The full name is always an alias of itself.
GAZETTEER: tuple[tuple[str, OrgType, tuple[str, ...]], ...] = (
    # NGOs
    ("International Justice Mission", NGO, ("IJM",)),
    ("Human Rights Watch", NGO, ("HRW",)),
    ("Amnesty International", NGO, ("Amnesty",)),
    ("Polaris", NGO, ("Polaris Project",)),
    ("Walk Free", NGO, ("Walk Free Foundation",)),
    ("Liberty Shared", NGO, ()),
    ("Chab Dai", NGO, ("Chab Dai Coalition",)),
    ("Action Pour Les Enfants", NGO, ("APLE",)),
    ("Cambodian League for the Promotion and Defense of Human Rights", NGO, (
        "LICADHO", "Licadho",
    )),
    ("Cambodian Human Rights and Development Association", NGO, ("ADHOC", "Adhoc")),
    ("Cambodian Center for Human Rights", NGO, ("CCHR",)),
    ("Center for Alliance of Labor and Human Rights", NGO, ("CENTRAL",)),
    ("Winrock International", NGO, ("Winrock",)),
    ("AFESIP", NGO, ("Agir pour les Femmes en Situation Précaire",)),
    ("Somaly Mam Foundation", NGO, ()),
    ("World Vision", NGO, ()),
    ("Save the Children", NGO, ()),
    ("Hagar International", NGO, ("Hagar",)),
    ("ECPAT International", NGO, ("ECPAT",)),
    ("Free the Slaves", NGO, ()),
    ("Anti-Slavery International", NGO, ()),
    ("Freedom Fund", NGO, ()),
    ("Humanity United", NGO, ()),
    ("Verité", NGO, ("Verite",)),
    ("Environmental Justice Foundation", NGO, ("EJF",)),
    ("Transparency International", NGO, ()),
    ("Legal Aid of Cambodia", NGO, ()),
    ("Friends International", NGO, ()),
    ("The Asia Foundation", NGO, ("Asia Foundation",)),
    # Governments (any country)
    ("US Department of State", GOV, (
        "State Department", "Department of State", "US State Department", "State Dept",
    )),
    ("US Embassy", GOV, ("American Embassy", "Embassy of the United States")),
    ("US Agency for International Development", GOV, ("USAID",)),
    ("Office to Monitor and Combat Trafficking in Persons", GOV, ("J/TIP", "TIP Office")),
    ("US Department of Labor", GOV, ("Department of Labor", "Labor Department")),
    ("US Congress", GOV, ("Congress",)),
    ("White House", GOV, ()),
    ("National Committee for Counter Trafficking", GOV, (
        "NCCT", "National Committee to Counter Trafficking",
    )),
    ("Royal Government of Cambodia", GOV, ("Cambodian government", "Government of Cambodia")),
    # International organisations
    ("United Nations Office on Drugs and Crime", INTL, ("UNODC",)),
    ("United Nations Children's Fund", INTL, ("UNICEF", "United Nations Children’s Fund")),
    ("International Labour Organization", INTL, ("ILO", "International Labor Organization")),
    ("International Organization for Migration", INTL, ("IOM",)),
    ("United Nations High Commissioner for Refugees", INTL, ("UNHCR",)),
    ("United Nations Development Programme", INTL, ("UNDP",)),
    ("United Nations Human Rights Office", INTL, ("OHCHR",)),
    ("UN Women", INTL, ()),
    ("United Nations Inter-Agency Project on Human Trafficking", INTL, ("UNIAP",)),
    ("United Nations", INTL, ("UN",)),
    ("Association of Southeast Asian Nations", INTL, ("ASEAN",)),
    ("European Union", INTL, ("EU",)),
    ("World Bank", INTL, ()),
    # Political parties: neither the government nor an NGO
    ("Cambodian People's Party", OrgType.OTHER, ("CPP", "Cambodian People’s Party")),
    ("Cambodia National Rescue Party", OrgType.OTHER, ("CNRP",)),
    # Media
    ("Voice of America", MEDIA, ("VOA", "VOA Khmer")),
    ("Reuters", MEDIA, ()),
    ("Associated Press", MEDIA, ("AP",)),
    ("Agence France-Presse", MEDIA, ("AFP",)),
    ("Cambodia Daily", MEDIA, ("The Cambodia Daily",)),
    ("Phnom Penh Post", MEDIA, ("The Phnom Penh Post",)),
    ("Khmer Times", MEDIA, ()),
    ("Radio Free Asia", MEDIA, ("RFA",)),
    ("BBC", MEDIA, ("British Broadcasting Corporation",)),
    ("CNN", MEDIA, ()),
    ("New York Times", MEDIA, ("The New York Times",)),
    ("Washington Post", MEDIA, ("The Washington Post",)),
    ("The Guardian", MEDIA, ()),
    ("Al Jazeera", MEDIA, ()),
    ("Xinhua", MEDIA, ()),
    ("Bangkok Post", MEDIA, ()),
)  # fmt: skip

# "Foreign Ministry" is the Ministry of Foreign Affairs; other "X Ministry" are "Ministry of X".
_MINISTRY_SHORT = {"Foreign": "Foreign Affairs", "Home": "Home Affairs"}
# Capitalised words that end a ministry's name ("Ministry of Interior Secretary of State ...").
_MINISTRY_STOP = frozenset(
    "Secretary Spokesman Spokeswoman Minister Director Deputy Official Under General Lieutenant "
    "Chief Head Said Says On In For Last This".split()
)


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    org_type: str  # an OrgType value


@dataclass(frozen=True, slots=True)
class OrgMention:
    start: int
    end: int
    organisation: Organisation


def _key(text: str) -> str:
    text = " ".join(text.replace("’", "'").split())
    text = re.sub(r"\bU\.S\.?(?=\s|$)|\bUnited States\b", "US", text)
    return text[4:] if text.startswith(("the ", "The ")) and len(text) > 4 else text


def _pattern(alias: str) -> str:
    out = re.escape(alias).replace(r"\ ", r"\s+").replace("'", "['’]")
    return re.sub(r"\bUS\b", r"(?:U\\.S\\.?|US|United\\s+States)", out)


_BY_KEY: dict[str, Organisation] = {}
_ALIASES: list[str] = []
for _name, _type, _aliases in GAZETTEER:
    for _alias in (_name, *_aliases):
        _BY_KEY[_key(_alias)] = Organisation(_name, str(_type))
        _ALIASES.append(_alias)

# Longest alias first: "United Nations Office on Drugs and Crime" before "United Nations".
_GAZETTEER_RE = re.compile(
    r"(?<![\w/])(?:"
    + "|".join(_pattern(a) for a in sorted(_ALIASES, key=len, reverse=True))
    + r")(?![\w/])"
)
_GENERIC_RE = re.compile(
    r"\bMinistry\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w’'-]*(?:(?:,\s+|\s+and\s+|\s+|\s+of\s+|\s+for\s+)"
    r"(?:the\s+)?[A-Z][\w’'-]*)*)"
    r"|\b(?P<pre>Interior|Foreign|Justice|Labou?r|Health|Education|Defen[cs]e|Finance|Commerce"
    r"|Tourism|Information|Home|Social\s+Affairs|Women['’]s\s+Affairs)\s+Ministry\b"
    r"|\b(?P<police>(?:(?!(?:The|But|And|In|A|An)\s)[A-Z][\w-]*\s+){0,3}Police)\b"
    r"|\b(?P<dept>(?:General\s+|National\s+)?Department\s+of\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w-]*)*)"
    r"|\b(?P<embassy>(?:[A-Z][a-z]+)\s+Embassy)\b"
    # "Thailand's embassy to America", "Malaysia's embassy in Washington"
    r"|\b(?P<owner>[A-Z][a-z]+)['’]s\s+[Ee]mbassy(?:\s+(?:to|in)\s+(?P<where>(?:the\s+)?"
    r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*))?"
    r"|\b(?P<adj>[A-Z][a-z]+)\s+government\b"
)


def _ministry(m: re.Match[str]) -> tuple[int, str]:
    """Where a "Ministry of X" name ends, and the name ("... Interior Secretary of State" stops)."""
    end, kept = m.start("of"), []
    for word in re.finditer(r"[^\s,]+", m.group("of")):
        if word.group() in _MINISTRY_STOP:
            break
        kept.append(word.group())
        end = m.start("of") + word.end()
    while kept and kept[-1] in ("and", "of", "for", "the"):
        kept.pop()
    text = m.string[m.start("of") : end]
    return end, "Ministry of " + (text if kept else "")


def _state(adjective: str) -> str:
    """The country a demonym or name stands for ("Thai" -> "Thailand"), as the report names it."""
    iso3 = iso3_of(adjective)
    return country_name(iso3) if iso3 else ""


def _generic(m: re.Match[str]) -> tuple[int, Organisation] | None:
    """A government body from the generic pattern, and where its name ends."""
    if m.group("of"):
        end, name = _ministry(m)
        return end, Organisation(name.rstrip(" ,"), str(GOV))
    if m.group("pre"):
        subject = " ".join(m.group("pre").split()).replace("’", "'")
        subject = _MINISTRY_SHORT.get(subject, subject)
        return m.end(), Organisation(f"Ministry of {subject}", str(GOV))
    if m.group("police"):
        return m.end(), Organisation(" ".join(m.group("police").split()), str(GOV))
    if m.group("dept"):  # "General Department of Immigration": a government department
        return m.end(), Organisation(" ".join(m.group("dept").split()), str(GOV))
    if m.group("embassy"):
        country = _state(m.group("embassy").split()[0])
        return (m.end(), Organisation(f"Embassy of {country}", str(GOV))) if country else None
    if m.group("owner"):
        country = _state(m.group("owner"))
        where = f" {m.group(0).split()[2]} {m.group('where')}" if m.group("where") else ""
        return (
            (m.end(), Organisation(f"Embassy of {country}{where}", str(GOV))) if country else None
        )
    if m.group("adj"):
        iso3 = iso3_of(m.group("adj"))
        return (m.end(), government_of(iso3)) if iso3 else None
    return None


@lru_cache(maxsize=4096)
def find_organisations(text: str) -> tuple[OrgMention, ...]:
    """Every organisation named in ``text``, in order, without overlaps (gazetteer wins)."""
    found = [
        OrgMention(m.start(), m.end(), _BY_KEY[_key(m.group())])
        for m in _GAZETTEER_RE.finditer(text)
    ]
    if any(
        word in text
        for word in ("Minist", "Police", "Embassy", "embassy", "government", "Department")
    ):
        taken = [(f.start, f.end) for f in found]
        for m in _GENERIC_RE.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            generic = _generic(m)
            if generic is not None:
                found.append(OrgMention(m.start(), generic[0], generic[1]))
        found.sort(key=lambda f: f.start)
    return tuple(found)


@lru_cache(maxsize=8192)
def organisation_named(name: str) -> Organisation:
    """The organisation a name or acronym stands for; unknown names are kept with type other."""
    clean = " ".join(name.split()).strip(" ,.;:")
    if clean.startswith(("the ", "The ")):
        clean = clean[4:]
    known = _BY_KEY.get(_key(clean))
    if known is not None:
        return known
    mentions = find_organisations(clean)
    if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(clean):
        return mentions[0].organisation
    return Organisation(clean, str(OrgType.OTHER))


def government_of(iso3: str, office: str = "") -> Organisation:
    """The government body an official of ``iso3`` holding ``office`` speaks for.

    US offices map to their body ("ambassador" -> US Department of State, "senator" -> US
    Congress); any other official speaks for the country's government.
    """
    if iso3 == "USA":
        body = US_OFFICES.get(office.lower())
        return organisation_named(body) if body else Organisation("US Government", str(GOV))
    named = organisation_named(f"Government of {country_name(iso3)}")
    return named if named.org_type == GOV else Organisation(named.name, str(GOV))


def unmapped_names(names: Iterable[str]) -> list[str]:
    """The names the gazetteer cannot map (sorted, once each): its gaps on real input."""
    return sorted({n for n in names if organisation_named(n).org_type == OrgType.OTHER})


def unused_aliases(texts: Iterable[str]) -> list[str]:
    """Gazetteer aliases (full names included) that no text names: entries nobody exercises."""
    seen: set[str] = set()
    for text in texts:
        seen.update(_key(m.group()) for m in _GAZETTEER_RE.finditer(text))
    return sorted(a for a in _ALIASES if _key(a) not in seen)
