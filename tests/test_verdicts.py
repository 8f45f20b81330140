"""Why a quote is kept or left out: one row per verdict and reason (statements.quote_verdicts)."""

from __future__ import annotations

import pytest

from loaders.documents import document_from_bytes
from loaders.extract.context import DocumentContext
from loaders.extract.speakers import Speaker
from loaders.extract.statements import quote_verdicts
from loaders.extract.verdicts import NO_ATTRIBUTION, Found, Nobody, NotAStatement, ReportWords
from loaders.lexicon.speech import (
    BEFORE_VERB,
    DANGLING_WORDS,
    LEAD_CONNECTIVES,
    LEAD_PHRASE_WORDS,
    TITLE_CUES,
)

QUOTE = "The courts are slow to act on these cases"
LONG = "very " * 320 + "unfair"


def verdicts(text: str) -> list[tuple[str, object]]:
    front = '---\npublished: "2016-07"\n---\n'
    document = document_from_bytes("case.md", (front + text).encode("utf-8"))
    return quote_verdicts(DocumentContext.of(document))


VERDICTS = [
    (
        f"“{QUOTE},” said Dara Sok.",
        [(QUOTE, Found(Speaker("Dara Sok")))],
        "found",
    ),
    (
        f"In its 2015 Trafficking in Persons report, the State Department says “{QUOTE}.”",
        [(f"{QUOTE}.", ReportWords("a report named before the reporting verb"))],
        "a-report-in-the-lead-makes-the-words-the-reports",
    ),
    (
        f"Asked about the report at a briefing, spokesperson Dara Sok said: “{QUOTE}.”",
        [(f"{QUOTE}.", Found(Speaker("Dara Sok", role="spokesperson")))],
        "asked-about-the-report-is-someone-answering",
    ),
    (
        f"“{QUOTE},” the deputy minister said.",
        [(QUOTE, Nobody("a role no person named in the last ~8 sentences holds"))],
        "a-role-nobody-named-holds",
    ),
    (
        f"“{QUOTE},” she said.",
        [(QUOTE, Nobody("a pronoun with no person named in the last ~8 sentences"))],
        "pronoun-with-nobody-before",
    ),
    (
        f"“{QUOTE},” the group said.",
        [(QUOTE, Nobody("a group noun with no organisation of its kind in the last ~8 sentences"))],
        "group-noun-with-no-organisation-before",
    ),
    (
        f"“{QUOTE},” Sok said.",
        [(QUOTE, Nobody("a surname the document never gives in full"))],
        "unknown-surname",
    ),
    (
        f"Dara Sok met Vanna Sok in March.\n\n“{QUOTE},” Sok said.",
        [(QUOTE, Nobody("a surname shared by two people"))],
        "surname-of-two-people",
    ),
    (
        f"“{QUOTE},” Naly Pilorge of Licadho and Helen Sworn of Chab Dai said.",
        [(QUOTE, Nobody("two people named together"))],
        "two-speakers",
    ),
    (
        f"“{QUOTE},” Cambodia said.",
        [(QUOTE, Nobody("no person's name and no organisation in the phrase"))],
        "a-country-is-no-speaker",
    ),
    (
        f"“{QUOTE},” the happy Dara Sok said.",
        [(QUOTE, Nobody("words before the name that are neither a role nor an organisation"))],
        "words-before-the-name-no-role",
    ),
    (
        f"“{QUOTE},” said {'someone ' * 40}.",
        [(QUOTE, Nobody("a phrase too long to name a speaker"))],
        "phrase-too-long",
    ),
    (
        f"“{QUOTE}” : said Dara Sok.",
        [(QUOTE, Nobody("no words where the speaker would be"))],
        "only-punctuation-before-the-verb",
    ),
    (
        "The board issued a press release headlined, “Work goes on in the provinces.”",
        [("Work goes on in the provinces.", Nobody("no speaker named as the release's sender"))],
        "release-headline-from-nobody-named",
    ),
    (
        f"As the article explains:\n\n“{QUOTE}.”",
        [(f"{QUOTE}.", Nobody("no author of a quoted article named before"))],
        "article-with-no-author",
    ),
    (
        f"The minister, she said, would resign.\n\n“{QUOTE}.”",
        [(f"{QUOTE}.", Nobody("a pronoun with no person named in the last ~8 sentences"))],
        "quote-paragraph-after-indirect-speech-by-a-pronoun",
    ),
    (
        f"“{QUOTE},” the report said.",
        [(QUOTE, ReportWords("the report itself is named as the speaker"))],
        "the-report-speaks",
    ),
    (
        f"“{QUOTE},” the State Department said in its annual report.",
        [(QUOTE, ReportWords("'in its report' after the reporting verb"))],
        "said-in-its-report",
    ),
    (
        "US officials in the TIP report say that Cambodia “does not fully comply with it.”",
        [
            (
                "does not fully comply with it.",
                ReportWords("a report named before the reporting verb"),
            )
        ],
        "report-before-the-verb",
    ),
    (
        f"“A whole paragraph of it.”\n\n“{QUOTE},” the report said.",
        [
            ("A whole paragraph of it.", ReportWords("the report itself is named as the speaker")),
            (QUOTE, ReportWords("the report itself is named as the speaker")),
        ],
        "quote-paragraph-before-the-reports-words",
    ),
    (
        "The film is titled “Lost in the City Lights.”",
        [("Lost in the City Lights.", NotAStatement("a title or a headline, not speech"))],
        "title",
    ),
    (
        "“Biased,” Dara Sok said.",
        [("Biased", NotAStatement("one word: a scare quote"))],
        "scare-quote",
    ),
    (
        "Dara Sok said corruption was a “top tool” of traffickers.",
        [("top tool", NotAStatement("a phrase of two or three words borrowed mid-clause"))],
        "phrase-borrowed-mid-clause",
    ),
    (
        "Dara Sok called the ranking “unfair",
        [("unfair", NotAStatement("a cut-off quote of one word or none"))],
        "cut-off-one-word",
    ),
    (
        f"Dara Sok called the ranking “{LONG}",
        [(LONG, NotAStatement("a quote mark left open over 1,500 characters before the end"))],
        "quote-mark-left-open",
    ),
    (
        "Dara Sok called it “one of the worst forms of",
        [("one of the worst forms of", NotAStatement("a cut-off quote that stops mid-phrase"))],
        "cut-off-mid-phrase",
    ),
    (
        "The sign read “No entry after dark for anyone.”",
        [("No entry after dark for anyone.", NO_ATTRIBUTION)],
        "no-attribution-in-the-sentence",
    ),
    (
        f"“{QUOTE}.”",
        [(f"{QUOTE}.", NO_ATTRIBUTION)],
        "quote-paragraph-alone",
    ),
]


@pytest.mark.parametrize("text, expected", [v[:2] for v in VERDICTS], ids=[v[2] for v in VERDICTS])
def test_verdicts(text: str, expected: list[tuple[str, object]]) -> None:
    assert verdicts(text) == expected


# Every entry of the lexicon lists that decide a verdict on their own, in a generated text.
SHELTERS = "The shelters are full again this month"


@pytest.mark.parametrize("cue", TITLE_CUES)
def test_every_title_cue_makes_a_title(cue: str) -> None:
    assert verdicts(f"Dara Sok spoke of the {cue} “{SHELTERS}.”") == [
        (f"{SHELTERS}.", NotAStatement("a title or a headline, not speech"))
    ]


@pytest.mark.parametrize("word", sorted(DANGLING_WORDS))
def test_every_dangling_word_cuts_a_quote_mid_phrase(word: str) -> None:
    quote = f"one of the worst forms {word}"
    assert verdicts(f"Dara Sok called it “{quote}") == [
        (quote, NotAStatement("a cut-off quote that stops mid-phrase"))
    ]


@pytest.mark.parametrize(
    "lead", [*LEAD_CONNECTIVES, *(f"{word} the meeting," for word in LEAD_PHRASE_WORDS)]
)
def test_every_lead_word_is_no_part_of_the_speaker(lead: str) -> None:
    assert verdicts(f"{lead} Dara Sok said, “{SHELTERS}.”") == [
        (f"{SHELTERS}.", Found(Speaker("Dara Sok")))
    ]


@pytest.mark.parametrize("word", BEFORE_VERB)
def test_every_word_before_the_verb_is_no_part_of_the_speaker(word: str) -> None:
    assert verdicts(f"“{SHELTERS},” Dara Sok {word} said.") == [
        (SHELTERS, Found(Speaker("Dara Sok")))
    ]
