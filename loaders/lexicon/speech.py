"""Vocabulary of reported speech: reporting verbs, quote marks, pronouns, titles, role nouns, and
the words around an attribution, a name or a quoted title.

Data only: loaders/extract/attribution.py, speakers.py and statements.py compile it once at
import. Word lists are plain words (a space in an entry matches any white space); the few phrase
shapes are regex fragments, and say so. tests/test_statements.py generates a text for every
reporting verb, title, role noun and group noun; tests/test_verdicts.py one per rejection.
"""

from __future__ import annotations

from loaders.lexicon.time import WEEKDAYS

_WEEKDAY_NAMES: tuple[str, ...] = tuple(day.capitalize() for day in WEEKDAYS.split("|"))
RELATIVE_DAYS: tuple[str, ...] = ("today", "yesterday")

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
    *RELATIVE_DAYS,
    *(f"on {day}" for day in _WEEKDAY_NAMES),
)

# Words between a speaker and the reporting verb ("she also said", "NAME had said").
BEFORE_VERB: tuple[str, ...] = ("also", "later", "then", "has", "had", "once", "again", "recently")
# Whom a speaker "told", besides a named outlet ("told VOA").
AUDIENCES: tuple[str, ...] = ("reporters", "journalists")
# What may follow the verb in a sentence that only attributes ("Mary Lane said in Phnom Penh.").
AFTER_VERB_PREPOSITIONS: tuple[str, ...] = ("on", "in", "at", "to", "during", "after")
# A sentence after a quote that says only whose words they were ("The words are those of NAME",
# "Those were the words of NAME", "So said NAME"): regex fragments, the name follows.
WORDS_OF: tuple[str, ...] = (
    r"(?:The|Those|These)\s+(?:words|comments|remarks)\s+(?:are|were)\s+(?:those\s+)?of",
    r"(?:Those|These|Such)\s+(?:are|were)\s+the\s+(?:words|comments|remarks)\s+of",
    r"So\s+(?:said|says)",
    # "Those words were spoken at a seminar last month by NAME"
    r"(?:The|Those|These)\s+words\s+(?:were|are)\s+(?:spoken|said|uttered|written)\s+"
    r"(?:[^,.“”\"]{0,80}?\s)?by",
)
# A clause after the speaker's name, no part of it: "NAME, who runs a shelter", "NAME, adding".
AFTER_SPEAKER_CLAUSES: tuple[str, ...] = (
    "who", "whose", "which", "adding", "according", "referring", "noting", "speaking", "as",
    "when", "after", "while", "and they", "and he", "and she", "and it", "and that", "but",
)  # fmt: skip

# Words opening a sentence before its speaker, no part of the speaker: a connective ("But", "And
# yet"), then a phrase up to a comma opened by one of LEAD_PHRASE_WORDS ("In a statement,").
LEAD_CONNECTIVES: tuple[str, ...] = (
    "But", "And", "Yet", "So", "Still", "However", "Meanwhile", "Now", "Also", "Separately",
    "Instead",
)  # fmt: skip
LEAD_PHRASE_WORDS: tuple[str, ...] = (
    "In", "On", "At", "Last", "Earlier", "Later", "Speaking", "During", "After", "Before", "Asked",
    "Writing", "When", "Answering", "Responding", "Replying", "Questioned", "Pressed", "Reacting",
    "Commenting", "Addressing", "Testifying",
)  # fmt: skip
# What joins an attribution to the quote before it: '"...," but Mr. Siphan said: "..."'.
JOINERS: tuple[str, ...] = ("but", "and", "while", "as", "so", "yet")

# A report named before the reporting verb makes a partial quote the report's words ('Officials in
# the TIP report say that Cambodia "does not ..."'); case as written.
REPORT_CUES: tuple[str, ...] = ("report", "TIP", "Trafficking in Persons")
# After the reporting verb, the report again: '"...," the State Department said in its annual
# report.': a regex fragment, in any case.
IN_THE_REPORT = r"in\s+(?:its|the|this|their)\s+(?:\w+\s+){0,4}report"
# A phrase that is the report itself ("the report", "this year's TIP report", "the 2015
# Trafficking in Persons report"): a regex fragment, matched whole, in any case.
REPORT_ITSELF = (
    r"(?:the\s+|this\s+year['’]s\s+|last\s+year['’]s\s+|its\s+|this\s+|that\s+)?(?:new\s+)?"
    r"(?:(?:\d{4}|annual|latest|US|U\.S\.|State\s+Department['’]s?|TIP|Trafficking\s+in\s+"
    r"Persons|\(TIP\))\s+)*(?:report|document|study|ranking|assessment|narrative)s?"
)

# Words right before a quote that make it a title, not speech ('a campaign called "..."').
TITLE_CUES: tuple[str, ...] = (
    "titled", "entitled", "headlined", "called", "named", "dubbed", "headline", "book", "film",
    "documentary", "op-ed", "article", "column", "campaign", "slogan",
)  # fmt: skip
# ... except a body's own release: 'the embassy issued a press release headlined, "..."'.
RELEASE_VERBS: tuple[str, ...] = ("issued", "released", "put out", "published", "sent out")
RELEASE_NOUNS: tuple[str, ...] = (
    "press release",
    "statement",
    "communique",
    "communiqué",
    "release",
)
RELEASE_TITLE_VERBS: tuple[str, ...] = ("headlined", "titled", "entitled")
# A quote the excerpt cuts off that stops on one of these stops mid-phrase ('"one of the worst
# forms of'): what was said cannot be told.
DANGLING_WORDS: frozenset[str] = frozenset(
    "of the a an to and or in on for with by at from that".split()
)

# Quoted articles and their authors: "reported in The Washington Post by NAME", "As she writes:".
AUTHORSHIP_WORDS: tuple[str, ...] = (
    "written", "reported", "published", "wrote", "authored", "penned", "article", "op-ed",
    "column", "piece", "essay",
)  # fmt: skip
WRITINGS: tuple[str, ...] = ("article", "op-ed", "piece")
WRITER_PRONOUNS: tuple[str, ...] = ("they", "she", "he", "it")
WRITER_VERBS: tuple[str, ...] = (
    "explain", "explains", "write", "writes", "wrote", "put it", "puts it", "say", "says", "note",
    "notes", "argue", "argues", "continue", "continues",
)  # fmt: skip
WRITING_VERBS: tuple[str, ...] = ("says", "explains", "reads", "continues", "notes")

# A sentence's subject and its verb: "Kek Galabru, founder of Licadho, was blunt", "Rights
# director NAME believes": words between them, and lower-case words after a name that are no verb.
SUBJECT_AUXILIARIES: tuple[str, ...] = (
    "has", "have", "had", "also", "is", "was", "will", "would", "could", "later",
)  # fmt: skip
NOT_VERBS: tuple[str, ...] = (
    "of", "and", "or", "in", "on", "for", "to", "the", "at", "from", "with", "de",
)  # fmt: skip
# After a titled full name ("Interior Ministry spokesman General NAME rejected"): these words, or
# a word with one of these endings.
TITLED_SUBJECT_VERBS: tuple[str, ...] = (
    "has", "have", "had", "also", "was", "were", "is", "are", "said", "told",
)  # fmt: skip
VERB_ENDINGS: tuple[str, ...] = ("ed", "s")

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

# "Chargé d'Affaires" (and "a.i.", ad interim), a title of several words written in several ways:
# a regex fragment, read as one word ("Chargé-d’Affaires").
CHARGE_D_AFFAIRES = r"Charg[ée]\s+d['’]\s?Affaires(?:\s+a\.\s?i\.)?"

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

# Words inside a person's name ("Ana de Souza", "Najib bin Razak").
NAME_PARTICLES: tuple[str, ...] = (
    "de", "da", "del", "dos", "van", "von", "bin", "binti", "al", "le", "la",
)  # fmt: skip
# English abstract nouns end in these; given names and surnames do not ("Women's Empowerment").
NOUN_SUFFIXES: tuple[str, ...] = ("ment", "tion", "sion", "ship", "ness", "ism")
# What joins a person to their organisation: "Chan Vuthy of ADHOC".
NAME_ORG_LINKS: tuple[str, ...] = ("of", "from", "at", "with")
# What an organisation unknown to the gazetteer is called before its name ("the women's
# organization Fundasaun Feto Forte", "the rights group Licadho").
ORGANISATION_KINDS: tuple[str, ...] = (
    "organization", "organisation", "group", "NGO", "charity", "network", "foundation",
    "association", "coalition", "alliance", "collective",
)  # fmt: skip
# Lower-case words inside a proper name ("Ministry of Women's Affairs"); a body's name may hold
# "in" and "to" as well ("Task Force on Trafficking in Persons").
NAME_CONNECTORS: tuple[str, ...] = ("of", "for", "and", "on", "against", "&", "the")
BODY_NAME_CONNECTORS: tuple[str, ...] = (*NAME_CONNECTORS, "in", "to")
# A circumstance after a speaker's name, no part of it: "John Kerry at a ceremony", "NAME on
# Monday", "NAME last week".
CIRCUMSTANCE_PREPOSITIONS: tuple[str, ...] = ("at", "on", "during", "after", "before", "in", "by")
CIRCUMSTANCE_TIMES: tuple[str, ...] = (*_WEEKDAY_NAMES, "week", "month")
# What links a role to its organisation: "director of the National Committee", "spokesman for
# the ruling party".
ROLE_LINKS: tuple[str, ...] = ("of", "for", "at", "with", "from", "in", "to")
ROLE_LINK_ADJECTIVES: tuple[str, ...] = (
    "ruling", "opposition", "local", "national", "international", "main", "rights",
    "anti-trafficking",
)  # fmt: skip
# An appositive opened by these is a clause about the person, not a role ("NAME, who runs ...").
NOT_ROLE_OPENERS: tuple[str, ...] = ("who", "whose", "which", "aged")
# Words before a group noun that leave it a group noun ("the US embassy", "the rights group").
GROUP_MODIFIERS: tuple[str, ...] = (
    "US", "U.S.", "American", "anti-trafficking", "rights", "international",
    # a ministry's portfolio: "the foreign ministry said" is that ministry even when the text
    # names it no other way (speakers.parse_speaker)
    "foreign", "interior", "home", "labour", "labor", "justice", "health",
)  # fmt: skip

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
