"""Vocabulary of reported speech: reporting verbs, quote marks, pronouns, titles and role nouns.

Data only; loaders/extract/statements.py compiles it once at import. Every entry is exercised by
tests/test_statements.py (one generated test text per verb, title and role noun).
"""

from __future__ import annotations

# Reporting verbs, every form that introduces or closes a direct quote ("…," she said).
# "thinks"/"believes" are left out: they introduce opinions in indirect speech, not quotes.
REPORTING_VERBS: tuple[str, ...] = (
    "said", "says", "say",
    "told", "tells",
    "added", "adds",
    "stated", "states",
    "explained", "explains",
    "noted", "notes",
    "warned", "warns",
    "wrote", "writes",
    "argued", "argues",
    "insisted", "insists",
    "claimed", "claims",
    "declared", "declares",
    "commented",
    "remarked",
    "continued",
    "asked",
    "urged",
    "stressed", "stresses",
    "emphasized", "emphasised",
    "acknowledged", "acknowledges",
    "admitted", "admits",
    "recalled", "recalls",
    "concluded", "concludes",
    "observed", "observes",
    "announced",
    "replied", "replies",
    "responded", "responds",
    "complained", "complains",
    "conceded", "concedes",
    "cautioned", "cautions",
    "tweeted",
    "called", "described", "lamented",
)  # fmt: skip

# "according to NAME" attributes like a verb but puts the speaker after it.
ACCORDING_TO = "according to"

# What may follow a reporting verb inside the attribution ("said in a statement", "told VOA").
VERB_COMPLEMENTS: tuple[str, ...] = (
    "in a statement",
    "in an interview",
    "in an email",
    "in a press release",
    "in a speech",
    "on Twitter",
    "today",
    "yesterday",
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "on Saturday",
    "on Sunday",
)

# Quote marks, as data: the statement extractor builds its pattern from these. Any opener may
# close with any closer of its kind: articles pasted from several sources open with a curly mark
# and close with a straight one (or the reverse).
DOUBLE_OPENERS = '“"„«'
DOUBLE_CLOSERS = '”"»'
SINGLE_OPENERS = "‘'"
SINGLE_CLOSERS = "’'"

# Pronouns that stand for the last named person; "it"/"they" are not resolved (usually the
# report or an unnamed group: ambiguous).
PERSON_PRONOUNS: dict[str, str] = {"he": "m", "she": "f"}

# A group noun stands for the last organisation named of that kind ("the group said"): an
# OrgType value, or a word the organisation's name contains.
GROUP_NOUNS: dict[str, str] = {
    "group": "ngo",
    "organisation": "ngo",
    "organization": "ngo",
    "ngo": "ngo",
    "charity": "ngo",
    "embassy": "Embassy",
    "ministry": "Ministry",
    "department": "Department",
    "committee": "Committee",
    "agency": "Agency",
}

# Honorifics and ranks written before a name; they are not part of the name nor the role.
TITLES: dict[str, str] = {
    "Mr": "m",
    "Mrs": "f",
    "Ms": "f",
    "Miss": "f",
    "Dr": "",
    "Prof": "",
    "Professor": "",
    "Sir": "m",
    "Dame": "f",
    "Lord": "m",
    "Lady": "f",
    "Rev": "",
    "Reverend": "",
    "Gen": "",
    "General": "",
    "Lieutenant": "",
    "Lt": "",
    "Colonel": "",
    "Col": "",
    "Major": "",
    "Maj": "",
    "Captain": "",
    "Capt": "",
    "Brigadier": "",
    "Brig": "",
    "Commissioner": "",
    "Senator": "",
    "Sen": "",
    "Rep": "",
    "Representative": "",
    "Ambassador": "",
    "Judge": "",
    "Minister": "",
    "Secretary": "",
    "Undersecretary": "",
    "Under-Secretary": "",
    "Under": "",  # "Under-Secretary" is known by its first part (speakers._title_word)
    "Chargé": "",  # "Chargé d'Affaires" is read as one word, "Chargé-d'Affaires"
    "Charge": "",
    "President": "",
    "Prime": "",
    "Premier": "",
    "Deputy": "",
    "Governor": "",
    "Samdech": "",
    "Lok": "m",
    "Chumteav": "f",
    "Excellency": "",
    # Malay honorifics, alone or stacked ("Datuk Seri", "Tan Sri"); "Tan" and "Sri" alone are
    # names ("Mr Tan", "Sri Mulyani"), so a stacked title is known only whole
    "Datuk": "",
    "Dato": "",
    "Dato'": "",
    "Dato’": "",
    "Datin": "f",
    "Datuk Seri": "",
    "Dato Seri": "",
    "Dato' Seri": "",
    "Dato’ Seri": "",
    "Dato Sri": "",
    "Dato' Sri": "",
    "Dato’ Sri": "",
    "Tan Sri": "",
    "Puan Sri": "f",
    "Tun": "",
    "Tengku": "",
    "Haji": "m",
    "Hajah": "f",
    "Puan": "f",
    "Encik": "m",
    # Thai police and army ranks ("Pol Lt Gen", "Pol Maj Gen")
    "Pol": "",
    "Police": "",
}

# Titles that are offices: written before a name with no other role, they are the role
# ("Prime Minister Hun Sen"); honorifics and ranks are not.
OFFICE_TITLES: frozenset[str] = frozenset(
    "Ambassador Commissioner Deputy Governor Judge Minister Premier President Prime Rep "
    "Representative Secretary Undersecretary Under-Secretary Under Chargé Charge Sen "
    "Senator".split()
)

# Public offices: after a nationality ("Malaysian Home Minister Hamzah Zainudin", "U.S. Ambassador
# ...") they make the speaker an official of that country's government. Professions are not
# offices ("Cambodian lawyer ..." speaks for no government).
PUBLIC_OFFICES: tuple[str, ...] = (
    "minister", "ambassador", "envoy", "diplomat", "consul", "official", "secretary",
    "undersecretary", "chargé", "charge", "governor", "commissioner", "senator", "sen",
    "congressman",
    "congresswoman", "representative", "rep", "president", "premier",
)  # fmt: skip
# Which US body each office belongs to; other US offices are the US government's.
US_OFFICES: dict[str, str] = {
    "ambassador": "US Department of State", "envoy": "US Department of State",
    "diplomat": "US Department of State", "consul": "US Department of State",
    "secretary": "US Department of State", "undersecretary": "US Department of State",
    "chargé": "US Department of State", "charge": "US Department of State",
    "senator": "US Congress", "sen": "US Congress", "congressman": "US Congress",
    "congresswoman": "US Congress", "representative": "US Congress", "rep": "US Congress",
    "president": "White House",
}  # fmt: skip

# Nouns that make a proper name a body, when the gazetteer does not know it ("the Singapore
# Inter-Agency Taskforce on Trafficking in Persons said", "the Prime Minister's Office said").
BODY_NOUNS: frozenset[str] = frozenset(
    """Taskforce Task Force Office Committee Council Commission Network Alliance Coalition
    Foundation Association Federation Union Agency Secretariat Institute Centre Center Collective
    Society Organisation Organization Fund Campaign Project Forum Trust Initiative Partnership
    Consortium Bureau Board Authority Department Ministry Embassy Consulate Movement Caucus
    Service Unit Division Directorate Mission""".split()
)
# Words in such a name that make the body a state's ("National Anti-Trafficking Committee").
STATE_BODY_WORDS: frozenset[str] = frozenset(
    """National Royal Government Inter-Agency Interagency Minister's Minister’s President's
    President’s Ministry Ministerial Cabinet Parliamentary Embassy Consulate Directorate""".split()
)

# Nouns that make a phrase a role ("IJM's director in Phnom Penh", "Interior Ministry spokesman").
ROLE_NOUNS: tuple[str, ...] = (
    "spokesman", "spokeswoman", "spokesperson",
    "director", "president", "vice president", "chairman", "chairwoman", "chair",
    "minister", "secretary", "undersecretary", "ambassador", "envoy", "diplomat",
    "head", "chief", "officer", "official", "manager", "coordinator", "adviser", "advisor",
    "founder", "co-founder", "executive", "ceo", "deputy", "commissioner", "governor",
    "lawyer", "attorney", "prosecutor", "judge", "commander", "representative", "senator",
    "congressman", "congresswoman", "analyst", "researcher", "investigator", "activist",
    "consultant", "specialist", "professor", "author", "editor", "correspondent", "leader",
    "member", "staffer", "worker", "counsel", "partner", "lead",
)  # fmt: skip

# Words that open a sentence or clause but are never part of a name.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    """The A An And But Or So Yet If In On At By For From With Without Of To As After Before
    When While Since Although Though However Meanwhile Still Also Now Then There This That These
    Those It Its He She They We I You His Her Their Our My Your Mr Mrs Ms Dr Last Next Earlier
    Later Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December
    Tier Report Trafficking Persons Watch List State Department Ministry Embassy Government
    Police National International Cambodia Cambodian Thailand Thai Vietnam Vietnamese Laos
    Myanmar Burma China Chinese India Malaysia Indonesia Philippines US U.S. UN United States
    American Washington Phnom Penh Siem Reap Battambang Bangkok Southeast Asia Asian Asia
    Europe European Khmer English Act Law Committee Council Court Office Agency Mission Justice
    Human Rights Foundation Project Association Union Organization Organisation Post Daily Times
    News Press Voice America Radio Free Reuters Many Some Most All Both Each Every No Not Only
    Even Just According Despite Under Over Between Among Against During Through Until Within
    Speaking Asked Told Added Said Says Here Where What Why How Who Which Whose Please Yes
    Congress Senate House White Special Case Minister Secretary President Director General
    Global Annual Children Girls Boys Women Men Officials Critics Activists Experts""".split()
)
