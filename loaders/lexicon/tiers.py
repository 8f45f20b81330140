"""Tier vocabulary as data: how texts write each tier, and the words that change a reading.

Patterns are regex fragments, matched case-insensitively; a space in a pattern is written ``\\s+``
so hard line breaks inside a name still match ("Tier" / "2 ranking"). Each alias has a label that
tests use to check it is exercised ("mappings warn both ways").
"""

from __future__ import annotations

from loaders.schema import Tier

_TWO = r"(?:2|two|ii)"
_THREE = r"(?:3|three|iii)"
_ONE = r"(?:1|one|i)"
_WL = r"watch(?:[\s-]*list(?:ed)?\b|\s+list\b)"

# (label, pattern, tier). Order matters: at one position the first pattern that matches wins, so
# "Tier 2 Watch List" comes before "Tier 2", and "one level up from the worst offenders" (Tier 2)
# starts earlier than "worst offenders" (Tier 3) and so wins by position.
TIER_ALIASES: tuple[tuple[str, str, Tier], ...] = (
    ("tier 2 watch list", rf"tier[\s-]+{_TWO}[\s-]+{_WL}", Tier.WATCH_LIST),
    ("tier 2 watch", rf"tier[\s-]+{_TWO}[\s-]+watch\b", Tier.WATCH_LIST),
    ("2wl", r"\b(?:tier\s*)?2WL\b", Tier.WATCH_LIST),
    ("special watch list", rf"special\s+{_WL}", Tier.WATCH_LIST),
    ("watch list of tier 2", rf"{_WL}\s+of\s+tier[\s-]+{_TWO}\b", Tier.WATCH_LIST),
    ("watch list", _WL, Tier.WATCH_LIST),
    (
        "next-to-lowest",
        r"(?:next[\s-]+to[\s-]+(?:the[\s-]+)?lowest|second[\s-]+lowest)\s+"
        r"(?:ranking|rank|category|tier|level|rung)",
        Tier.WATCH_LIST,
    ),
    (
        "one level up from the worst offenders",
        r"one\s+(?:level|step|notch|rung)\s+(?:up\s+from|above)\s+the\s+worst\s+offenders",
        Tier.TIER_2,
    ),
    ("tier 3", rf"tier[\s-]+{_THREE}\b", Tier.TIER_3),
    ("blacklist", r"black[\s-]?list(?:ed|s)?\b", Tier.TIER_3),
    (
        "worst offenders",
        r"worst\s+(?:(?:human|trafficking|people|traffickers?|in|persons|labou?r)\s+){0,3}"
        r"offenders?\b",
        Tier.TIER_3,
    ),
    (
        "lowest of three categories",
        r"lowest\s+of\s+(?:the\s+|its\s+)?(?:three|four)\s+(?:categories|tiers|rankings|levels)",
        Tier.TIER_3,
    ),
    (
        "lowest category",
        # "the lowest category", "lowest-level status", "the lowest-tier group", "the lowest
        # possible classification"
        r"lowest(?:[\s-]+possible)?(?:[\s-]+(?:level|tier))?[\s-]+(?:category|tier|level|grade|"
        r"status|position|place|spot|designation|rung|bracket|group|classification)\b",
        Tier.TIER_3,
    ),
    ("lowest ranking", r"lowest\s+(?:possible\s+)?(?:ranking|rank|rating)\b", Tier.TIER_3),
    # "the worst-performing list", "the worst-ranked group", "the worst category": the bottom of
    # the three tiers ("its worst ranking in years" may be the watch list: not read)
    (
        "worst-performing list",
        r"worst[\s-]+(?:(?:performing|ranked|rated)\s+(?:list|category|tier|group|countries|nations)"
        r"|(?:possible\s+)?(?:category|tier|classification))\b",
        Tier.TIER_3,
    ),
    ("bottom rung", r"bottom\s+(?:rung|tier|category|bracket|group)\b", Tier.TIER_3),
    # "stays at the bottom", "fell to the bottom" (not "the bottom of ...": read below)
    ("the bottom", r"(?<=at\s|to\s)the\s+(?:very\s+)?bottom\b(?!\s+(?:of|line|up)\b)", Tier.TIER_3),
    (
        "very bottom of the rankings",
        r"(?:very\s+)?bottom\s+of\s+the\s+(?:rankings?|list|tiers|scale)\b",
        Tier.TIER_3,
    ),
    ("the basement", r"\bthe\s+basement\b", Tier.TIER_3),
    ("tier 2", rf"tier[\s-]+{_TWO}\b", Tier.TIER_2),
    ("tier 1", rf"tier[\s-]+{_ONE}\b", Tier.TIER_1),
    ("top tier", r"\btop[\s-]+tier\b", Tier.TIER_1),
    (
        "highest ranking",
        r"(?:highest|best|top)\s+(?:ranking|rank|category|rating|bracket|group)\b",
        Tier.TIER_1,
    ),
    # "climbed into the middle group": between the top tier and the watch list, Tier 2.
    ("middle tier", r"\bmiddle\s+(?:tier|group|category|rung|bracket)\b", Tier.TIER_2),
    # "the middle ranking" of the three tiers: Tier 2 only before the Watch List (the 2004 report)
    # stood between Tier 2 and Tier 3 (placements.py drops its later years).
    ("middle ranking", r"\bmiddle\s+(?:ranking|rank|rating|level)\b", Tier.TIER_2),
    ("special case", r"special\s+cases?\b", Tier.SPECIAL_CASE),
)

# A tier named only to compare ("a step above the watch list", "one tier away from Tier 3",
# "very close to Tier 3"): the words right before it.
COMPARED_BEFORE = (
    r"\b(?:above|below|higher\s+than|lower\s+than|better\s+than|worse\s+than|short\s+of|"
    r"instead\s+of|rather\s+than|than|away\s+from|close\s+to|closer\s+to|near|nearer|next\s+to|"
    r"brink\s+of|verge\s+of|edge\s+of|criteria\s+for|eligible\s+for|requirements?\s+for|"
    r"bypass(?:ed|ing|es)?|skipp(?:ed|ing)(?:\s+over)?|jump(?:ed|ing)\s+over)\s+"
    r"(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+)?[\"“‘']?$"
)

# The tier left behind: "from the watch list", "off a watch list", "out of the basement" (a tier
# name may be quoted: from the “Tier 2 Watch List”).
FROM_BEFORE = (
    r"\b(?:from|off|out\s+of)\s+(?:(?:the|a|an|its|their|US|U\.S\.|American|State\s+Department"
    r"['’]s)\s+)*(?:(?:position|place|spot|ranking|status|perch)\s+(?:on|in|at)\s+(?:the\s+|a\s+)?"
    # "an improvement from last year's ranking of Tier 2 Watch List"
    r"|(?:[\w'’-]+\s+){0,3}?(?:ranking|rank|rating|placement|status|position|grade)\s+(?:of|at|as)\s+"
    # one adjective may stand between: "its comfortable Tier 2"
    r"(?:the\s+|a\s+)?)?(?:[\w-]+\s+)?[\"“‘']?$"
)

# Between two names of one tier: "the best ranking, Tier 1", "the lowest ranking, or Tier 3".
APPOSITION = (
    r"[\"”’']?\s*(?:,|—|–|-{1,2}|\()\s*(?:or\s+|i\.e\.,?\s+|namely\s+)?(?:the\s+)?[\"“‘']?\s*"
)

# A text about the TIP report mentions trafficking; a "blacklist" elsewhere is not a tier.
TIP_CONTEXT = (
    r"traffick|\bTIP\b|modern\s+slavery|forced\s+labou?r|tier[\s-]+(?:2|two|ii)[\s-]+watch"
)

# Next to a tier word, these make it another list ("the Treasury blacklist", "currency watch
# list", USCIRF's religious-freedom Special Watch List).
OTHER_LISTS = (
    r"sanction|terror|sponsors?\s+of|treasury|commerce|entity\s+list|export|ofac|magnitsky|"
    r"currency|religious|piracy|intellectual|special\s+301|uscirf|no-fly|money\s+laundering|fatf|"
    r"grey\s+list|gray\s+list|visa|\bEU\b|european|yellow\s+card"
)

# Threats, prospects, hopes, recommendations, debates, pending decisions: no placement.
# Searched between the country and the end of the tier word (the predicate).
NOT_A_PLACEMENT = (
    r"\b(?:could|would|might|may|should|must|shall|will|won't|cannot|can)\b|"
    r"\bwhether\b|\bif\b|\bunless\b|\brisk(?:s|ed|ing)?\b|\bthreat(?:en(?:s|ed|ing)?)?\b|"
    r"\bprospects?\b|\bpossib(?:le|ly|ility)\b|\bpotential(?:ly)?\b|\blikely\b|\bexpect\w*|"
    r"\bset\s+to\b|\bpoised\b|\bbrac(?:e|es|ed|ing)\b|\bwarn(?:s|ed|ing)?\b|\bfear(?:s|ed|ing)?\b|"
    r"\bhop(?:e|es|ed|ing)\b|\baim(?:s|ed|ing)?\b|\bseek(?:s|ing)?\b|\bsought\b|"
    r"\bpush(?:es|ed|ing)?\s+(?:for|to)\b|\burg(?:e|es|ed|ing)\b|\brecommend\w*|"
    r"\bcall(?:s|ed|ing)?\s+for\b|\bargu(?:e|es|ed|ing)\b|\bdebat\w+|"
    # "officials considered a downgrade" is a debate; "are (all) considered Tier 2" a placement
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\ball\s)(?<!\bnow\s)"
    r"\bconsider(?!ed\s+(?:to\s+be\s+|as\s+)?(?:a\s+|an\s+)?(?:tier|watch)\b)\w*|"
    r"\bavoid\w*|\bescap\w+|\bcatch\b|\bin\s+danger\s+of\b|\bon\s+the\s+verge\b|"
    r"\bwants?\s+to\b|\bwanted\s+to\b|\btrying\s+to\b|\bgoal\b|\bask(?:s|ed|ing)?\s+for\b|"
    r"\blobb(?:y|ied|ying)\b|\bwhat\s+to\s+look\s+for\b|\bpredict\w*|\bforecast\w*|"
    r"\bdeserv\w*|\bmerit(?:s|ed)?\b|\bwarrant\w*|\bought\b|\bneeds?\s+to\b|\bbid\s+to\b|"
    r"\bdemand\w*|\bfac(?:e|es|ed|ing)\b|\bheading\s+for\b|\bon\s+track\b|\bslated\b|"
    r"\bin\s+line\s+for\b|\bautomatic\s+downgrade\b"
)

# Negation: "was not downgraded to Tier 3", "no longer on the watch list". ("has not enjoyed
# tier 2 status since 2004" is read apart: it dates the last such year.)
NEGATION = (
    r"\bnot\b|n['’]t\b|\bnever\b|\bno\s+longer\b|\bnor\b|\bfail(?:s|ed|ing)?\s+to\b|"
    r"\bfailure\s+to\b"
)

# Right before a tier, these make it a prospect or a purpose, not a placement: "a downgrade to
# Tier 3 would ...", "an otherwise required downgrade to Tier 3", "enough to maintain Tier 2".
PROSPECT_BEFORE = (
    r"\b(?:an?|any|possible|potential|required|automatic|mandatory|further)\s+(?:\w+\s+)?"
    r"(?:downgrade|demotion|upgrade|promotion|drop|fall|move|return|slide)\s+(?:back\s+)?"
    r"(?:to|into|onto)\s+(?:the\s+|a\s+)?[\"“‘']?$"
    r"|\bto\s+(?:maintain|keep|reach|achieve|attain|earn|regain|win|secure|get|retain|deserve|"
    r"return\s+to|move\s+(?:up\s+)?to|climb\s+to|rise\s+to|graduate\s+to)\s+"
    r"(?:(?:its|their|the|a|an|his|her)\s+)?[\"“‘']?$"
)

# Said after the tier word, these make it pending ("stay on that list for another year").
PENDING_AFTER = r"\bfor\s+another\s+year\b|\bnext\s+year\b|\bpariah\b|\bloom\w*"

# Definitions of a tier, not a country's place in it.
# Read in the tier's own clause (before it, and after it up to the next comma), so a definition
# quoted elsewhere in the sentence does not void a placement.
DEFINITION = (
    r"\b(?:countries|nations|governments)\s+(?:are|is)\s+(?:those|ones|countries)\b|"
    r"\bare\s+those\b|\bis\s+(?:reserved\s+for|for)\s+(?:an?\s+|the\s+)?(?:countr|nation|govern)|"
    r"\bdefined\b|\bmeans\s+that\b|\brefers\s+to\b|\bwhose\s+governments\b|"
    r"\bbeing\s+(?:the\s+)?(?:most|least|best|worst)\b"
)

# Vague spans: several tiers over an unstated run of years, or years counted back without a year.
VAGUE = (
    r"\bbounc\w+|\balternat\w+|\boscillat\w+|\bfluctuat\w+|\bswung\b|\bswing\w*|"
    r"\bback\s+and\s+forth\b|\b(?:years?|decades?)\s+since\b|\bat\s+times\b|"
    r"\bhas\s+never\b|\bnever\s+been\b|\bever\s+since\b|\bat\s+one\s+(?:time|point)\b"
)

# Stays (extract/verbs.py), read by lemma: the tier is the same as the year before.
STAY_LEMMAS = "remain maintain keep stay retain"
# "held firm", "stood steady", "held onto", "hung on": these verbs stay only with one of
# STEADY_WORDS after.
STAY_WITH = "hold stand hang"
STEADY_WORDS = "firm steady fast still onto on"
# "held at Tier 2", "held Indonesia at Tier 2" are kept there; "stood at Tier 3" only states it.
HOLD_AT = "hold"
AGAIN_WORDS = "again still"
# "the United States moved us up to Tier 2", "bumped us up": verbs whose object "us" is the
# speaker's country (extract/verbs.py, by lemma).
RANKING_VERB_LEMMAS = (
    "move upgrade downgrade promote demote place put keep drop lift rank bump raise lower push "
    "elevate relegate grade rate list leave"
)

# A stay that points back at the tier just named: "fell to Tier 3 in 2022 and remained there in
# 2023" gives 2023 the same tier.
STAYED_THERE = (
    r"\b(?:remain(?:s|ed)?|stay(?:s|ed)?|was\s+kept|continued)\s+(?:there|on\s+(?:the|that|this)"
    r"\s+(?:list|tier|rung))\b"
)

# A phrase that points back at the report the sentence before named: "The 2012 report was harsh.
# Cambodia was on Tier 2 in it."
REPORT_ANAPHOR = (
    r"\b(?:in|by|under)\s+(?:it|that\s+(?:report|year['’]s\s+report|ranking|edition)|the\s+same"
    r"\s+report)\b(?!\s+(?:19|20)\d\d)"
)

# Movement verbs: the tier after "from" is the previous year's.
MOVED_UP = (
    r"\bupgrad\w*|\bpromot\w*|\braised\b|\bmoved?\s+up\b|\bmoving\s+up\b|\bimprov\w*|"
    r"\belevat\w*|\bbumped\s+up\b|\brose\b|\bclimb\w*|\btaken\s+off\b|\bremoved\b|\blifted\b|"
    r"\bgraduat\w*|\bboost\w*|\bascend\w*|\badvanc\w*|\bjump\w*|\bleap\w*|\bback\s+up\b|"
    r"\bris(?:e|es|en|ing)\b"
)
MOVED_DOWN = (
    r"\bdowngrad\w*|\bdemot\w*|\blowered\b|\bdrop\w*|\bfell\b|\bfall(?:s|en)?\b|\bslip\w*|"
    r"\brelegat\w*|\bmoved?\s+down\b|\bsank\b|\bsunk\b|\bsink\w*|\bplunged\b|\bplummet\w*|"
    r"\bknocked\s+down\b|\bslid\w*|\btumbl\w*|\bdumped\b|\bpushed\s+down\b"
)

# A move told after the only tier named ("a watch list country ..., was upgraded on Thursday").
MOVED_AFTER = (
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been|got|is\s+being|being)\s+(?:\w+\s+)?"
    r"(?:upgraded|downgraded|demoted|promoted|dropped|raised|lowered|lifted|removed|taken\s+off)\b"
)

# Movement without a direction ("moved from the watch list to Tier 2"): the ranks tell which.
MOVED = r"\bmov(?:e|ed|es|ing)\b|\bshift\w*|\bwent\b|\bswitch\w*|\bchang\w*|\bbump\w*"

# Ordinal and number words for "second consecutive year", "four years in a row".
NUMBER_WORDS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "first": 1,
}  # fmt: skip

# Subjects: the words around a country or a list that decide whether it is the one ranked.
PREPOSITIONS = (
    "in from to into with by against than between across near at for of about unlike among "
    "over toward towards via through on"
)
SKIPPED_BEFORE_COUNTRY = "the neighbouring neighboring nearby"
# "the government of Cambodia", "the ranking of Thailand": "of" after these names the state
# (their plurals too: "the governments of Laos and Nepal", "the rankings of ...").
STATE_NOUNS = (
    "government kingdom republic state authorities ranking rating placement status downgrade "
    "upgrade demotion promotion position governments states rankings ratings placements "
    "downgrades upgrades demotions promotions positions"
)
# Between two countries of one list: "Burma, North Korea and Laos".
LIST_GLUE = r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|as\s+well\s+as\s+)"
# Sharing a place in the ranking ("a space it shares with"), not a border.
SHARED_PLACE = (
    r"\b(?:space|place|spot|category|ranking|rank|list|status|position|distinction|company|tier|"
    r"level|rung|bottom|basement|designation|grade|rating)\b"
)
# "downgraded to Tier 3 along with Malaysia", "..., as well as Macau and Taiwan": co-subjects.
ALONG_WITH = (
    r"\b(?:along\s+with|together\s+with|alongside|as\s+(?:did|were|are|is|was)|as\s+well\s+as)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:(?:regional\s+)?neighbou?rs?\s+)?$"
)
# "resulted in Chile being given Tier 1", "led to X and Y being placed on": after these
# prepositions a country followed by a passive gerund is that clause's subject.
GERUND_SUBJECT_AFTER = r"\s+(?:(?:now|both|all|again|also)\s+)?(?:being|having\s+been)\b"
GERUND_PREPOSITIONS = "in to with for"
# What follows a name that is a whole item of a list ("the US, the UK and Spain"), not a modifier
# ("US standards").
LIST_ITEM_END = r"\s*(?:[,;.)]|and\b|or\b|among\b|$)"
# "with Myanmar and Cambodia retaining their Tier 3 positions", "with China on the watch list":
# the list is the subject of the absolute clause.
ABSOLUTE_AFTER = (
    r"\s+(?:(?:now|both|all|again|still|also)\s+)?(?:\w+ing|ranked|placed|listed|kept|left"
    # "..., with China and Burma on the watch list": the tier stated right after the list
    r"|(?:on|in|at)\s+(?:the\s+)?(?:tier|watch|lowest|bottom|top|highest|middle|blacklist))\b"
)
# Words that introduce a list after the tier: "Tier 3 countries include X", "were X", "– X".
LIST_AFTER_TIER = (
    r"\b(?:include[sd]?|including|are|were|is|was|lists?|listed|such\s+as|namely|like|"
    r"comprises?|comprising|counts?|contains?|among\s+them)\b|[:—–]|\s-\s|--"
    r"|\b(?:ranking|rating|placement|status|designation|position|grade|classification)s?\s+"
    r"(?:of|for)\b"  # "the Tier 3 ranking of Thailand"
)
# A new clause between the tier and a country: that country is not on the tier.
NEW_CLAUSE = r"\b(?:while|whereas|but|although|though|however|yet)\b|;"
# "a blacklist that already counts Malaysia": a relative clause naming members.
MEMBERS_AFTER_TIER = (
    r"[\"”’']?\s*(?:list|category|tier|group|ranking)?\s*,?\s*(?:that|which)\s+"
    r"(?:already\s+|also\s+|now\s+)?(?:counts|includes|contains|lists|has)\s+"
    r"(?:the\s+likes\s+of\s+)?"
)
# "Myanmar joins Laos and Thailand", "join the likes of Syria, Cuba and Iran".
JOIN = r"\bjoin(?:s|ed|ing)?\s+(?:the\s+likes\s+of\s+|fellow\s+|countries\s+such\s+as\s+)?"
# "was joined on the watch list by Togo", "were joined this year by Belize and Fiji".
JOINED_BY = r"\b(?:was|were|is|are|been)\s+joined\s+(?:\S+\s+){0,6}?by\s+"
# Between a country and its tier with no verb: "North Korea in Tier 3", "Syria and Iran in the ".
VERBLESS_GAP = (
    r"\s*,?\s*(?:(?:and|or)\s+)?(?:(?:all|both|also|now|again|still)\s+)?"
    r"(?:in|on|at|as|to|into|onto)\s+(?:(?:the|a|an|its|their)\s+)?[\"“‘']?\s*"
)
# A tier opening its sentence before the subject: "On the watch list, Myanmar joins ...".
FRONTED_TIER = r"\W*(?:on|in|at|onto)\s+(?:(?:the|a|its|their)\s+)?[\"“‘']?"

# Pronoun subjects that carry the country named before ("It remains on the watch list",
# "keeps the kingdom on Tier 3"); used only when the sentence names no country at all.
CARRIED_SUBJECT = (
    r"\b(?:it|the\s+country|the\s+kingdom|the\s+nation|the\s+government|"
    r"the\s+(?:\w+[\s-]+)?(?:nation|country|kingdom|state)"
    # "The downgrade ends five years on the watch list": the move of the country named before
    r"|the\s+(?:downgrade|upgrade|demotion|promotion|move|drop|rise)(?=\s+(?:ends|ended|follows|"
    r"followed|comes\s+after|came\s+after)\b))\b"
)
# "Last year we were graded as Tier 2": a government speaking of its own country.
CARRIED_WE = (
    r"\bwe\s+(?:were|are|have\s+been|had\s+been|was|got|remain(?:ed)?|stay(?:ed)?)\s+(?:\w+\s+)?"
    r"(?:graded|ranked|placed|put|rated|kept|downgraded|upgraded|demoted|promoted|listed|on|in|at)\b"
)
# "the three are among 12 countries ranked ...", "both countries": the list named just before.
GROUP_SUBJECT = (
    r"\b(?:the|all|these|those)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b"
    r"(?!\s+(?:categories|tiers|rankings|levels|years|reports))"
    r"|\b(?P<both>both)\s+(?:countries|nations|governments)\b"
)

# A phrase opening the sentence before its subject, with a tier in it and a move after it:
# "Stalled for years at Tier 2, Vietnam fell to the watch list", "Having been at Tier 2 for five
# years, the upgrade ...": that tier is the one left.
OPENING_PHRASE = (
    r"\W*(?:[a-z]+ed|[a-z]+ing|after|following|long|since|stuck|held|kept|left)\b[^,;:]*$"
)

# A sentence with no tier of its own that points back at the tier just named: "A special watch
# list was set up. Cambodia and Malaysia were included in this category."
CATEGORY_ANAPHOR = (
    r"\b(?:this|that|the\s+same)\s+(?:category|list|group|tier|ranking|designation|"
    r"classification)\b|\b(?:in|into)\s+(?:\w+\s+)?company\b"
    r"|\b(?:were|was)\s+joined\s+(?:this\s+year\s+|last\s+year\s+|again\s+)?by\b"
    r"|\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?)\s+there\b"
    # "Also in the group were Iran, Sudan and Zimbabwe": more members of the tier just named
    r"|\balso\s+(?:in|on|among)\s+(?:the|that|this)\s+(?:category|list|group|tier|ranking)\b"
)

# "It rates each nation's efforts", "it lists East Timor ...": "it" is the report.
REPORT_AS_IT = (
    r"it\s+(?:also\s+)?(?:rates|ranks|lists|grades|places|puts|assigns|classifies|categori[sz]es|"
    r"evaluates|assesses|analy[sz]es|covers|names|designates|includes|divides|sorts|groups)\b"
)

# Where a clause ends inside a sentence: the subject of a tier is sought after the last one.
CLAUSE_BOUNDARY = r"[,;:—–(]|\bbut\b|\bwhile\b|\bwhereas\b"

# After a tier, a clause of its own: a year past it speaks of something else ("..., which cited
# 36 convictions in 2009", "..., with officials saying arrests fell last year").
DETACHED_CLAUSE = (
    # a clause of its own with no comma: "the top-tier rating it first earned last year"
    r"\b(?:it|they|which|that)\s+(?:first\s+|had\s+|has\s+|have\s+|once\s+|only\s+)?"
    r"(?:[a-z]+ed|won|got|held|had|earned)\b|"
    r",\s*(?:which|who|whose|with|because|when|while|whereas|although|though|despite|amid|after|"
    r"before|compared|following|[a-z]+ing|as\s+(?!well\b|of\b|in\b))\b"
    r"|\b(?:because|amid|whereas|although|compared\s+(?:to|with))\b|;"
    r"|\bafter\s+[a-z]+ing\b"  # "remains there after falling last year"
)

# Before a subject, an adverbial clause opens: "... urged the office to act, as the country was
# placed on the watch list" (the predicate starts after it). Not "that": "recommended that ..."
# keeps the recommending verb in the predicate.
SUBORDINATOR = r"\b(?:as|because|since|after|when|although|though)\b"

# A closed aside between commas ("Cambodia, which can do more, is ...") says nothing of the tier.
ASIDE = r",\s*(?:which|who|whose|the\s+\w+\s+says?|officials\s+said)\b[^,]*,"

# A condition opening the words before a tier: "if Cambodia is downgraded to Tier 3".
CONDITIONAL_OPENER = r"\W*(?:if|unless|whether|should)\b"

# "after four years on the watch list": the years before the current one had that tier.
PAST_RUN = (
    r"\b(?:after|following|followed|follows|ending|ended|ends)\s+(?:\w+\s+){0,4}?(?P<n>\w+)\s+"
    r"(?:consecutive\s+|straight\s+)?"
    r"years?\s+(?:on|in|at)\s+(?:the\s+|a\s+)?$"
)

# "had been on the watch list for four consecutive years": the run ended before this report.
PLUPERFECT = (
    r"\bhad\s+(?:(?:also|already|long|previously|just|once)\s+)?(?:been|spent|remained|stayed|sat|"
    r"languished|held|used|exhausted|spent)\b"
)

# "..., while North Korea remained there": a stay pointing at the tier just named.
THERE = (
    r"\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?)\s+there\b"
    r"|\b(?:is|are|was|were)\s+(?:still|also)\s+there\b"  # "and Malaysia is still there"
)

# The first report with a Watch List: before it, "the middle ranking" was Tier 2.
FIRST_WATCH_LIST_YEAR = 2004

# Groups (extract/groups.py): the words of the parse that put more countries on a tier named for
# others. Heads of the edge from a country up the tree ("countries like Sudan", "including Iran",
# "alongside Pakistan", "join their neighbours Iran and Syria").
GROUP_LINKS = "like including include alongside join"
# "with" links a group only after these ("together with", "along with", "shares it with").
GROUP_WITH = "together along share join"
# Words that set a country apart from the tier's group ("unlike Thailand", "except Laos").
GROUP_APART = "unlike except excluding than"
