"""Event vocabulary: the words that tell something happened, by EventType, and the words that say
it did not (yet).

Patterns are regex fragments for lower-cased text (events.py compiles them with compile_lower).
An event phrase is a concrete happening: a past or perfect verb ("police arrested", "USAID
awarded a grant", "the law was enacted", "researchers published"), or a count or a dated noun
("36 convictions in 2009", "the 2019 promulgation of the plan", "a March 2015 assessment"). The
report's own release is not read here: it comes from the placements (events.report_event).
"""

from __future__ import annotations

from loaders.schema import EventType

# A figure right before the phrase or in it: "36 convicted", "42 traffickers", "$4 million".
_COUNT = r"(?:\$\s?)?\d[\d,.]*(?:\s?(?:million|billion|percent|per\s+cent|%))?"

EVENT_PHRASES: dict[EventType, tuple[str, ...]] = {
    EventType.ENFORCEMENT: (
        r"\b(?:arrested|charged|convicted|sentenced|jailed|imprisoned|raided|rescued|repatriated|"
        r"prosecuted|detained|extradited|intercepted|freed|busted|apprehended|indicted)\b",
        r"\b(?:arrest|rescue|raid|detain|convict|charge)\s+(?:a|an|the|\d+|dozens|scores|hundreds)\b",
        rf"\b{_COUNT}\s+(?:\S+\s+){{0,3}}?(?:arrests|convictions|prosecutions|investigations|"
        r"raids|rescues|traffickers|suspects)\b",
        r"\b(?:dropped\s+the\s+hammer|cracked\s+down)\b",
        r"\b(?:raids?|crackdown)\s+(?:on|against)\b",
        r"\bprison\s+(?:sentences?|terms?)\b",
        r"\b(?:was|were|has\s+been|have\s+been)\s+(?:found|taken|brought|sent)\s+(?:home|back|"
        r"abandoned|from)\b",
        r"\b(?:is|are)\s+(?:finally\s+)?home\b",
        r"\bconvicting\s+\w+",
        r"\bconviction\s+of\s+\d+",
        r"\b(?:first|\d+)\s+(?:\S+\s+){0,2}(?:prosecutions?|convictions?|arrests?)\s+of\b",
        r"\bhanded\s+down\s+(?:\S+\s+){0,3}?(?:convictions?|sentences?|verdicts?)\b",
        r"\bbrought\s+(?:\S+\s+){0,6}?(?:home|back)\b",
        # "identified 26 victims", "investigated five cases", "deported more than 3,000 foreigners"
        r"\b(?:identified|investigated|handled|deported|deporting|recorded|opened|filed)\s+"
        r"(?:some\s+|more\s+than\s+|about\s+|over\s+|nearly\s+|almost\s+|around\s+)?"
        r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+"
        r"(?:\S+\s+){0,3}?(?:victims|cases|suspects|foreigners|nationals|people|workers|migrants|"
        r"traffickers|complaints)\b",
    ),
    EventType.FUNDING: (
        r"\bgrants?\s+(?:from|of|to|by)\b",
        r"\b(?:awarded|granted|donated|provided|pledged|allocated|gave|committed|disbursed|"
        r"contributed|announced|approved|earmarked|launched|began|started|spent|funded)\s+"
        r"(?:\S+\s+){0,3}?(?:a\$|\$|us\$|usd|millions?|funds?|funding|grants?|aid|money|"
        r"\d[\d,.]*\s*(?:million|billion|dollars))",
        # "a $10 million programme", "an A$4.5 million grant agreement"
        r"(?:a\$|us\$|\$)\s?\d[\d,.]*\s*(?:million|billion)?\s+(?:\S+\s+){0,3}?(?:grant|program|"
        r"programme|project|fund|package|aid)\b",
        r"\b(?:freeze|suspension|cut|cuts|halt)\s+(?:on|of|in|to)\s+(?:\S+\s+){0,2}?(?:aid|"
        r"assistance|funding|grants?)\b",
        r"\b(?:funds?|funding|budget|aid)\s+(?:\S+\s+){0,6}?from\s+\$?\d[\d,.]*\s+(?:\S+\s+){0,2}"
        r"in\s+(?:19|20)\d\d",
        r"\b(?:cut|suspended|withheld|froze|halted|slashed)\s+(?:\S+\s+){0,3}?(?:aid|funding|"
        r"assistance|grants?)\b",
        r"\bfunded\s+by\b",
    ),
    EventType.LEGISLATION: (
        r"\b(?:signed|adopted|passed|enacted|promulgated|approved|ratified|issued|launched|"
        r"introduced|amended|released|unveiled)\s+(?:\S+\s+){0,6}?(?:law|act|bill|agreement|"
        r"accord|treaty|plan|strategy|guidelines?|decree|sub-decree|regulations?|memorandum|mou|"
        r"protocol|policy|code|prakas|directive|legislation|convention|charter|amendments?)\b",
        # "the law, passed in 2015,", "the Order, enacted in 2019", "which was promulgated in ..."
        r"\b(?:law|act|bill|code|order|decree|sub-decree|legislation|plan|convention|agreement|"
        r"policy|regulations?|amendments?)[\"”’']?,?\s+(?:(?:which|that)\s+(?:was|were)\s+)?"
        r"(?:passed|enacted|promulgated|adopted|signed|ratified|approved)\s+(?:in|on|last|earlier)\b",
        r"\b(?:law|act|bill|agreement|plan|strategy|decree|sub-decree|legislation|guidelines?)\s+"
        r"(?:was|were|has\s+been|had\s+been)\s+(?:signed|adopted|passed|enacted|promulgated|"
        r"approved|ratified|issued|introduced)\b",
        r"\b(?:enactment|promulgation|adoption|ratification|signing|passage|release|launch|"
        r"reauthori[sz]ation)\s+of\s+"
        r"(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’-]+\s+){0,8}?(?:law|act|bill|agreement|plan|strategy|"
        r"decree|sub-decree|legislation|guidelines?|protocol|memorandum)\b",
        r"\b(?:19|20)\d\d\s+(?:promulgation|enactment|adoption|ratification|signing|passage|"
        r"reauthori[sz]ation)\b",
        r"\b(?:came|comes|entered|enters)\s+into\s+force\b",
        r"\b(?:signed|concluded)\s+an?\s+[\"“‘']?\w+",
        r"\bsigned\s+(?:\S+\s+){0,6}?into\s+law\b",
        r"\b(?:passed|adopted|approved|enacted|ratified)\s+by\s+(?:the\s+)?(?:national\s+assembly|"
        r"parliament|congress|senate|legislature|cabinet|lawmakers|house|diet)\b",
        r"\b(?:amending|adopting|passing|enacting|signing|ratifying|issuing)\s+(?:\S+\s+){0,4}?"
        r"(?:law|act|bill|plan|decree|protocol|convention|guidelines?|regulations?)\b",
        r"\b(?:ratification|adoption|enactment|signing)\s+(?:in\s+\S+\s+)?of\s+",
        r"\b(?:law|act|plan|decree|code|order),?\s+(?:that\s+|which\s+)?(?:we|they|it|parliament|"
        r"lawmakers|congress|the\s+(?:\w+\s+)?(?:national\s+assembly|senate|cabinet|legislature|"
        r"parliament))\s+"
        r"(?:passed|adopted|enacted|signed|approved)\b",
    ),
    EventType.DIPLOMACY: (
        r"\b(?:granted|given|received|won)\s+(?:\S+\s+){0,2}?an?\s+waiver\b",
        r"\bwaiver\s+(?:was|were|has\s+been)\s+granted\b",
        r"\bwaiver\s+(?:\S+\s+){0,2}?(?:spared|saved|exempted|shielded|kept)\b",
        r"\b(?:sanctioned|blacklisted|imposed\s+sanctions|slapped\s+sanctions|"
        r"placed\s+sanctions)\b",
        r"\b(?:visit(?:ed)?|trip)\s+(?:by|to)\b",
        r"\b(?:visited|toured)\s+[A-Za-z]",
        r"\b(?:urged|invited|asked)\s+(?:\S+\s+){0,4}?(?:officials?|delegation|ambassador|"
        r"secretary|envoy)\s+(?:\S+\s+){0,3}?to\s+visit\b",
        r"\b(?:issued|released|sent|wrote|delivered|submitted)\s+(?:\S+\s+){0,2}?(?:a|an|its)\s+"
        r"(?:press\s+release|letter|statement\s+of\s+protest|protest|diplomatic\s+note|"
        r"complaint|petition|report)\b\s+(?!on\s+the\s+)",
        r"\bdear\s+(?:ambassador|secretary|mr|ms|madam|sir|director|minister|president)\b",
        r"\bi\s+(?:am\s+)?writ(?:e|ing)\s+to\b",
        r"\b(?:rejected|rejects|dismissed|dismisses|denounced|denounces|condemned|condemns|"
        r"protested|disputed|criticised|criticized|slammed|lambasted|decried|lashed\s+out\s+at)\s+"
        r"(?:\S+\s+){0,8}?(?:report|ranking|rating|findings|"
        r"downgrade|decision|assessment)\b",
        r"\b(?:called|described|labell?ed|branded)\s+(?:\S+\s+){0,4}?(?:report|ranking|rating|"
        r"assessment|findings|downgrade|decision)\s+(?:as\s+)?[\"“‘']?(?:biased|unfair|unjust|"
        r"inaccurate|politicised|politicized|flawed|wrong|baseless|unfounded|groundless)\b",
        r"\b(?:not\s+concerned|shocked|surprised|dismayed|disappointed|outraged)[\"”’']?\s+"
        r"(?:\S+\s+){0,3}?(?:by|at|with|about|to\s+see)\s+(?:\S+\s+){0,6}?(?:report|ranking|"
        r"rating|findings|decision|downgrade|downgraded|assessment)",
        r"\bnominat(?:ed|ion\s+of)\b",
        r"\bsummoned\s+(?:the\s+)?(?:\S+\s+){0,2}(?:ambassador|envoy|charg[eé])",
        r"\bsanctions?\s+(?:on|against)\b",
        r"\bwrote\s+(?:a\s+letter\s+)?to\s+(?:the\s+)?(?:secretary|president|ambassador|minister|"
        r"state\s+department|congress|white\s+house|prime\s+minister)\b",
        r"\b(?:import\s+ban|ban\s+on\s+(?:\S+\s+){0,2}?imports|withhold\s+release\s+order)\b",
        r"\bbanned\s+(?:\S+\s+){0,2}?imports\b",
        r"\b(?:suspended|revoked|withdrew|withdrawn|cut)\s+(?:\S+\s+){0,3}?(?:trade\s+privileges|"
        r"trade\s+preferences|gsp)\b",
        r"\byellow\s+card\b",
        r"\b(?:ordered|imposed|announced)\s+(?:\S+\s+){0,3}?ban\s+on\s+(?:the\s+)?deployment\b",
        r"\b(?:expressed|voiced)\s+(?:\S+\s+){0,2}?(?:regret|disappointment|disagreement|"
        r"objection|dismay)\s+(?:over|at|about|with|to)\b",
        r"\bsent\s+(?:a|its|an)\s+(?:\S+\s+){0,2}?delegation\b",
    ),
    EventType.RESEARCH: (
        # "published a story", "released a report": not the TIP report itself ("released its
        # annual report", "released the 2014 TIP report").
        r"\b(?:published|released|issued|launched|produced|aired|broadcast)\s+(?:an?|its\s+own|"
        r"new)\s+(?:(?!annual|tip\b|trafficking)\S+\s+){0,3}?(?:study|studies|survey|report|"
        r"reports|research|investigation|assessment|documentary|story|analysis|paper|findings|"
        r"audit|index)\b",
        r"\b(?:study|survey|assessment|investigation|analysis|documentary|research|audit|census)\s+"
        r"(?:\S+\s+){0,4}?(?:found|showed|shows|revealed|concluded|estimated|documented|named|"
        r"identified|uncovered)\b",
        r"\b(?:reports?|studies|surveys|assessments?)\s+(?:\S+\s+){0,4}?(?:published|released)\s+"
        r"in\b",
        # "A study published on Monday", "its 2013 prevalence study", "a survey of 412 children"
        r"\b(?:study|studies|survey|surveys|assessment|analysis|audit)\s+(?:\S+\s+){0,3}?"
        r"(?:published|released|issued)\b",
        r"\b(?:19|20)\d\d\s+(?:\S+\s+){0,2}?(?:study|survey|assessment|census|audit)\b",
        r"\b(?:an?|its|their)\s+(?:new\s+)?(?:study|survey)\s+of\s+\d",
        r"\b(?:has|have|had)\s+(?:found|documented|uncovered|revealed)\b",
        r"\bdocumented\s+(?:how|that|the|\d)",
        r"\b(?:documentary|study|survey|investigation|analysis)\s+by\b",
        r"\b(?:an?|earlier|new)\s+(?:\S+\s+){0,2}?report\s+by\s+(?!the\s+(?:us\s+|u\.s\.\s+)?"
        r"state\s+department)",
        r"\bwhich\s+(?:in\s+\w+\s+)?named\b",
    ),
}

# Right before a phrase (in its clause): it did not happen. "no arrests", "did not prosecute",
# "failed to convict", "without any arrests". "not only arrested", "no fewer than" are no negation.
NEGATION_BEFORE = (
    r"(?:(?:\b(?:no|not|never|nor|zero)|n['’]t|\bfailed\s+to|\bfailure\s+to)\s+"
    r"(?:a\s+single\s+|any\s+|(?!(?:only|just|merely|fewer|less|more)\b)[a-z-]+\s+)?"
    r"(?:[a-z-]+,?\s+(?:or|nor)\s+)?"  # "did not investigate or prosecute"
    r"(?:[a-z-]+\s+)?"
    r"|\bwithout\s+(?:a\s+single|any)\s+)$"
)

# A clause whose subject is negated: "No Malaysians ... have been prosecuted", "None of them".
NEGATED_SUBJECT = r"\W*(?:no|none|nobody|no\s+one|not\s+a\s+single|neither)\b"

# In the phrase's clause before it (from its last comma): what may, should or would happen is no
# event.
NOT_YET = (
    r"\b(?:could|would|might|may|should|must|shall|will|can|cannot|won't|wouldn't|needs?\s+to|"
    r"ought|if|unless|whether|plans?\s+to|aims?\s+to|expected\s+to|set\s+to|going\s+to|likely|"
    r"possible|potential(?:ly)?|prospect|risk(?:s|ed|ing)?|threat(?:en(?:s|ed|ing)?)?|hope[sd]?|"
    r"urg(?:e|es|ed|ing)\s+(?!.*\bto\s+visit\b)|recommend\w*|call(?:s|ed)?\s+(?:on|for)|"
    r"efforts?\s+to|continu(?:e|es|ed)\s+to|fail(?:s|ed)?\s+to|in\s+order\s+to|so\s+as\s+to|"
    r"encourag\w*|want\w*\s+to|seek\w*|sought)\b"
)

# A general state or a trend, not something that happened once: "law enforcement efforts",
# "the number of convictions rose four-fold", "a modest number of traffickers".
GENERAL = (
    r"\bthe\s+number\s+of\b|\b\w+-fold\b|\bmodest\s+number\b|\bincreas(?:e|ed|ing)\s+(?:in\s+)?"
    r"(?:the\s+)?(?:number|efforts)\b|\bsometimes\b|\boften\b|\busually\b|\btypically\b|"
    r"\bgenerally\b|\broutinely\b|\bfrequently\b|\bevery\s+year\b|\beach\s+year\b|\bannually\b"
)

# A report's recommendations are imperatives ("Amend the 2008 law to ...", "Vigorously
# investigate and prosecute ..."): what should happen, not an event. A sentence opening with one
# of these words (after any list marker) names no event.
RECOMMENDATION_OPENERS: frozenset[str] = frozenset(
    """
    adopt allocate allow amend approve continue create criminalize dedicate develop draft enact
    enforce ensure establish expand extend finalize formalize implement improve increase institute
    investigate issue pass proactively prosecute provide screen seek significantly standardize
    strengthen systematically take train undertake vigorously disseminate
    """.split()
)

# The report credits what happened in its reporting period (the year before its own): "the
# report credited the conviction of 42 traffickers", "it recognized ... the first prosecutions".
REPORT_CREDITS = (
    r"\b(?:report|it)\s+(?:also\s+|specifically\s+)?(?:credit(?:s|ed)|cite[sd]|note[sd]|"
    r"recogni[sz](?:es|ed)|highlight(?:s|ed)|prais(?:es|ed)|acknowledg(?:es|ed)|welcom(?:es|ed)|"
    r"point(?:s|ed)\s+to|mention(?:s|ed))\b"
    r"|\b(?:during|in|over)\s+the\s+(?:reporting\s+period|past\s+year|year)\b"
)

# Relative times of a happening, against the document's date.
HAPPENED_NOW = (
    r"\b(?:today|yesterday|this\s+(?:week|month|year|morning)|last\s+(?:week|month)|"
    r"(?:on|last|this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"earlier\s+this\s+(?:week|month|year)|recently|in\s+recent\s+(?:weeks|months)|"
    r"most\s+recently|now|recent(?!\s+years))\b"
)
HAPPENED_LAST_YEAR = r"\blast\s+year(?:['’]s)?\b|\ba\s+year\s+(?:ago|earlier)\b"

# Who acts: a past verb with no date tells a happening only after one of these (or a name, or an
# auxiliary): "police dropped the hammer", "USAID provided", "IJM has found"; not "women
# repatriated from Malaysia report ..." (a participle describing people).
AGENTS = (
    r"\b(?:police|authorities|courts?|judges?|prosecutors?|government|officials?|ministry|"
    r"ministries|department|agency|agencies|embassy|embassies|committee|council|army|military|"
    r"navy|it|they|he|she|we|i|washington|usaid|state|united|states|u\.s\.|us|group|organi[sz]ation|"
    r"ngo|researchers?|team|forces?)\b"
)


# Happenings read on the parse (extract/events.py): a past verb, by lemma, whose object (or, in
# the passive, whose subject; or the noun a participle describes: "a study published on
# Monday") is one of the nouns, however many words its name runs to ("passed its Prevention and
# Combating of Trafficking in Persons Act"). The phrases above stay for counts and dated nouns.
VERB_OBJECTS: dict[EventType, tuple[str, str]] = {
    EventType.LEGISLATION: (
        "sign adopt pass enact promulgate approve ratify amend introduce launch unveil issue "
        "complete finalize finalise",
        "law act bill agreement accord treaty plan strategy guideline decree regulation "
        "memorandum mou protocol policy code directive legislation convention charter amendment",
    ),
    EventType.FUNDING: (
        "award provide give grant donate allocate pledge commit contribute cut suspend withhold "
        "freeze halt slash",
        "grant funding fund aid assistance donation",
    ),
    EventType.DIPLOMACY: (
        "impose grant lift waive extend",
        "sanction waiver ban restriction",
    ),
    EventType.RESEARCH: (
        "publish release issue launch conduct complete",
        "study survey assessment research analysis audit census documentary",
    ),
}
