"""Vocabulary of reported speech on the parse: reporting, issuing and authoring lemmas, titles
and offices, role nouns, the nouns for a body, a report, a written statement or a writing, and the
words that make a quote a title or a cut-off phrase.

Data only: loaders/extract/speakers.py and statements.py read it. tests/test_statements.py holds
a text for each shape these words serve.
"""

from __future__ import annotations

# A quote the excerpt cuts off that stops on one of these stops mid-phrase ('"one of the worst
# forms of'): what was said cannot be told.
DANGLING_WORDS: frozenset[str] = frozenset(
    "of the a an to and or in on for with by at from that".split()
)

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
    # Khmer stacked honorifics ("Samdech Techo Hun Sen", "Samdech Akka Moha Sena Padei Techo");
    # "Techo" alone may be a name, so it is known only stacked
    "Samdech Techo": "",
    "Samdech Thipadei": "",
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

# What links a role to its organisation: "director of the National Committee", "spokesman for
# the ruling party".
ROLE_LINKS: tuple[str, ...] = ("of", "for", "at", "with", "from", "in", "to")

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

# The parse's vocabulary (loaders/extract/statements.py): lemmas, so that every inflection counts.
# A verb whose subject speaks the quote beside it (textacy's REPORTING_VERBS, and news usage).
REPORTING_LEMMAS: frozenset[str] = frozenset(
    """say add tell note warn write state explain argue insist claim declare announce comment
    remark observe continue conclude acknowledge admit urge ask reply respond answer recall
    stress emphasise emphasize assert affirm maintain contend caution complain lament predict
    tweet post quip concede confirm deny describe call put testify vow pledge promise suggest
    reiterate highlight underline mention point describe
    praise criticise criticize condemn reject dismiss slam blast hail decry welcome accuse
    counter retort""".split()
)
# Nouns for words spoken whose 'from / by NAME' names the speaker of the quote after them
# ("comments from the ambassador drew attention", "remarks by NAME").
SPEECH_NOUNS: frozenset[str] = frozenset(
    "comment remark word speech testimony statement message address".split()
)
# Subjects whose words are the report's own, never a statement ("the report said").
REPORT_NOUNS: frozenset[str] = frozenset(
    "report document narrative study ranking survey assessment review paper".split()
)
# A body spoken of by a common noun ("the ministry said"): the phrase names the organisation.
BODY_LEMMAS: frozenset[str] = frozenset(
    """ministry embassy department government office agency organisation organization group
    commission committee council police mission coalition network foundation union
    secretariat administration""".split()
)
# Words before a quote that make it a title, not speech ('a report titled "..."').
TITLE_LEMMAS: frozenset[str] = frozenset(
    "title entitle headline dub name book film campaign slogan hashtag".split()
)
# Verbs that put out a written statement ("the embassy issued a press release"): its subject
# speaks the release's words.
ISSUING_LEMMAS: frozenset[str] = frozenset("issue release publish circulate".split())
# Nouns for a written statement: its words are its issuer's ("the release said"), and its later
# quotes go on the same statement.
WRITTEN_STATEMENT_NOUNS: frozenset[str] = frozenset(
    {"statement", "release", "communique", "communiqué"}
)
# A writing whose words are its author's ("the article explains"), and the verbs that name its
# author ("reported in a newspaper by NAME", "NAME wrote").
WRITING_NOUNS: frozenset[str] = frozenset("article op-ed column essay piece".split())
AUTHORING_LEMMAS: frozenset[str] = frozenset("write report publish author pen".split())
# Role words that say whether a pronoun for the person is "he" or "she".
ROLE_GENDERS: dict[str, str] = {
    "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f",
    "congressman": "m", "congresswoman": "f", "businessman": "m", "businesswoman": "f",
    "policeman": "m", "policewoman": "f",
}  # fmt: skip
