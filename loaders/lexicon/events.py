"""Event vocabulary: the phrases that make a sentence an event of each EventType.

Each entry is a regular-expression fragment (matched case-insensitively on word boundaries unless
it says otherwise); loaders/extract/events.py joins them into one pattern at import. Every entry
is exercised by tests/test_events.py. Exclusions live beside the word they restrict.
"""

from __future__ import annotations

from loaders.schema import EventType

EVENT_KEYWORDS: dict[EventType, tuple[str, ...]] = {
    # A report's release or a placement.
    EventType.REPORT: (
        r"trafficking in persons \(?(?:tip\)? )?report",
        r"tip report",
        r"annual (?:trafficking )?(?:report|ranking)",
        r"watch ?-?list",
        r"(?:down|up)graded",
        r"released (?:its|the|this year's|this year’s) (?:annual )?report",
        r"(?:placed|kept|ranked|listed) (?:on|in|as|at) tier",
    ),
    # Aid, grants, USAID. "aid workers", "legal aid" and "first aid" are not funding.
    EventType.FUNDING: (
        r"usaid",
        r"agency for international development",
        r"(?<!legal )(?<!first )aid(?! workers?| groups?| organi[sz]ations?| agenc(?:y|ies))",
        r"grants?",
        r"funding",
        r"funded",
        r"millions? of dollars",
        r"\$\s?\d[\d.,]*(?:\s?(?:million|billion|m|bn))?",
        r"donat(?:ed|ion|ions)",
        r"financial (?:support|assistance)",
        r"foreign assistance",
    ),
    # Police operations, raids, arrests, prosecutions, convictions, crackdowns.
    EventType.ENFORCEMENT: (
        r"police",
        r"raids?",
        r"raided",
        r"arrest(?:s|ed|ing)?",
        r"prosecut(?:ed|ion|ions|ing|e)",
        r"convict(?:ed|ion|ions)",
        r"crack(?:ed|ing)? down",
        r"crackdowns?",
        r"dropped the hammer",
        r"rescued",
        r"sentenced",
        r"jailed",
        r"detained",
        r"law enforcement",
        r"investigations?",
    ),
    # Laws, bills, decrees. "law enforcement" is enforcement; "act" needs a capital (its name).
    EventType.LEGISLATION: (
        r"laws?(?! enforcement)",
        r"bills?",
        r"legislation",
        r"(?:sub-)?decrees?",
        r"(?<=\w )(?-i:Act)",  # a law's name: "the Trafficking Victims Protection Act"
        r"amendments?",
        r"ratified",
        r"enacted",
        r"penal code",
        r"criminal code",
    ),
    # Sanctions, threats of downgrade, waivers, aid cut-off threats.
    EventType.DIPLOMACY: (
        r"sanctions?",
        r"waivers?",
        r"waived",
        r"threat(?:s|ened|ening)?",
        r"pariah",
        r"diploma(?:cy|tic|ts?)",
        # "could face a downgrade", "risks a demotion": the article is optional.
        r"(?:risk(?:s|ed)?|prospect of|face[sd]?|could be|threatened with) (?:an? |being )?"
        r"(?:demoted|downgraded|downgrade|demotion|losing)",
        r"(?:possible|potential|likely) (?:downgrade|demotion)",
        r"cut (?:off )?(?:all )?(?:u\.?s\.? |american )?aid",
        r"aid cut-?off",
        r"losing (?:all )?(?:u\.?s\.? |american )?aid",
        r"pressure[sd]?",
    ),
    # Studies, surveys, findings.
    EventType.RESEARCH: (
        r"stud(?:y|ies)",
        r"surveys?",
        r"(?:(?<=has )|(?<=have )|(?<=had ))found",
        r"found (?:that|a|an)",
        r"findings?",
        r"researchers?",
        r"research (?:shows|showed|found|finds|by|from|suggests)",
        r"data (?:show|shows|showed|suggest)",
        r"estimated",
    ),
}

# Where matches start: every phrase of a type begins with one of its stems (lower case, at a word
# start), so the type's pattern is tried only there, never over the whole text. Checked by tests.
EVENT_STEMS: dict[EventType, tuple[str, ...]] = {
    EventType.REPORT: (
        "trafficking in persons", "tip", "annual", "watch", "downgraded", "upgraded", "released",
        "placed", "kept", "ranked", "listed",
    ),
    EventType.FUNDING: (
        "usaid", "agency", "aid", "grant", "funding", "funded", "million", "$", "donat",
        "financial", "foreign",
    ),
    EventType.ENFORCEMENT: (
        "police", "raid", "arrest", "prosecut", "convict", "crack", "dropped", "rescued",
        "sentenced", "jailed", "detained", "law", "investigation",
    ),
    EventType.LEGISLATION: (
        "law", "bill", "legislation", "decree", "sub-decree", "act", "amendment", "ratified",
        "enacted", "penal", "criminal",
    ),
    EventType.DIPLOMACY: (
        "sanction", "waive", "threat", "pariah", "diploma", "risk", "prospect", "face", "could",
        "possible", "potential", "likely",
        "cut", "aid", "losing", "pressure",
    ),
    EventType.RESEARCH: (
        "stud", "survey", "found", "finding", "research", "data", "estimated",
    ),
}  # fmt: skip

# A phrase right after a negation names no event of these types: "no arrests were made", "did
# not prosecute any officials", "failed to convict", "not a single conviction", "has no law".
# Report and diplomacy phrases stay events when negated: "was not downgraded" is still news of a
# report, "did not grant a waiver" still a diplomatic decision. "not only arrested", "no fewer
# than 40 convictions" are not negations.
NEGATABLE: frozenset[EventType] = frozenset(
    {EventType.FUNDING, EventType.ENFORCEMENT, EventType.LEGISLATION, EventType.RESEARCH}
)
NEGATION_BEFORE = (
    # Matched on ASCII-folded text, where a curly apostrophe reads "?": "didn?t".
    r"(?:(?:\b(?:no|not|never|nor|zero)|n['?]t|\bfailed\s+to)\s+"
    r"(?:a\s+single\s+|any\s+|(?!(?:only|just|merely|fewer|less|more)\b)[a-z-]+\s+)?"
    r"(?:[a-z-]+,?\s+(?:or|nor)\s+)?"  # "did not investigate or prosecute"
    # "without any arrests", but "without local police" is no negation of the police's work
    r"|\bwithout\s+(?:a\s+single|any)\s+)$"
)

# A report's recommendations are imperatives ("Amend the 2008 law to ...", "Vigorously
# investigate and prosecute ..."): what should happen, not an event. A sentence opening with one
# of these words (after any list marker) names no event.
RECOMMENDATION_OPENERS: frozenset[str] = frozenset(
    """
    adopt allocate allow amend approve continue create criminalize dedicate develop draft enact
    enforce ensure establish expand extend finalize formalize implement improve increase institute
    investigate issue pass proactively prosecute provide screen seek significantly standardize
    strengthen systematically take train undertake vigorously
    """.split()
)
