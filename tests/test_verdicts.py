"""Why a quote is kept or left out: one row per kind of verdict (statements.quote_verdicts).

Kept from the surface-pattern extractor's suite (2ff3873), compared by kind and speaker: the
reasons' wording belongs to the rules, the kind is the contract.
"""

from __future__ import annotations

import pytest

from loaders.documents import document_from_bytes
from loaders.extract.context import DocumentContext
from loaders.extract.statements import quote_verdicts
from loaders.extract.verdicts import Found, NoAttribution, Nobody, NotAStatement, ReportWords
from loaders.lexicon.speech import DANGLING_WORDS

QUOTE = "The courts are slow to act on these cases"
SHELTERS = "The shelters are full again this month"


def verdicts(text: str) -> list[tuple[str, type, str]]:
    """(quote, kind of verdict, speaker's name or "") of every quote."""
    document = document_from_bytes("case.md", f'---\npublished: "2016-07"\n---\n{text}'.encode())
    return [
        (quote, type(verdict), verdict.speaker.name if isinstance(verdict, Found) else "")
        for quote, verdict in quote_verdicts(DocumentContext.of(document))
    ]


VERDICTS = [
    (f"“{QUOTE},” said Dara Sok.", [(QUOTE, Found, "Dara Sok")], "found"),
    (
        f"In its 2015 Trafficking in Persons report, the State Department says “{QUOTE}.”",
        [(f"{QUOTE}.", ReportWords, "")],
        "a-report-in-the-lead-makes-the-words-the-reports",
    ),
    (
        f"Asked about the report at a briefing, spokesperson Dara Sok said: “{QUOTE}.”",
        [(f"{QUOTE}.", Found, "Dara Sok")],
        "asked-about-the-report-is-someone-answering",
    ),
    (f"“{QUOTE},” the deputy minister said.", [(QUOTE, Nobody, "")], "a-role-nobody-named-holds"),
    (f"“{QUOTE},” she said.", [(QUOTE, Nobody, "")], "pronoun-with-nobody-before"),
    (f"“{QUOTE},” the group said.", [(QUOTE, Nobody, "")], "group-noun-with-no-body-before"),
    (f"“{QUOTE},” Sok said.", [(QUOTE, Nobody, "")], "unknown-surname"),
    (
        f"Dara Sok met Vanna Sok in March.\n\n“{QUOTE},” Sok said.",
        [(QUOTE, Nobody, "")],
        "surname-of-two-people",
    ),
    (
        f"“{QUOTE},” Naly Pilorge of Licadho and Helen Sworn of Chab Dai said.",
        [(QUOTE, Nobody, "")],
        "two-speakers",
    ),
    (f"“{QUOTE},” Cambodia said.", [(QUOTE, Nobody, "")], "a-country-is-no-speaker"),
    (f"“{QUOTE},” said {'someone ' * 40}.", [(QUOTE, Nobody, "")], "phrase-too-long"),
    (
        "The board issued a press release headlined, “Work goes on in the provinces.”",
        [("Work goes on in the provinces.", Nobody, "")],
        "release-headline-from-nobody-named",
    ),
    (
        f"As the article explains:\n\n“{QUOTE}.”",
        [(f"{QUOTE}.", Nobody, "")],
        "article-with-no-author",
    ),
    (f"“{QUOTE},” the report said.", [(QUOTE, ReportWords, "")], "the-report-speaks"),
    (
        f"“{QUOTE},” the State Department said in its annual report.",
        [(QUOTE, ReportWords, "")],
        "said-in-its-report",
    ),
    (
        f"“{QUOTE},” the 2016 Trafficking in Persons report added.",
        [(QUOTE, ReportWords, "")],
        "a-phrase-ending-in-the-report-noun",
    ),
    (
        f"“{QUOTE},” Mary Lane said in an introduction to the annual report.",
        [(QUOTE, Found, "Mary Lane")],
        "an-introduction-to-the-report-is-the-persons",
    ),
    (
        f"“A whole paragraph of it.”\n\n“{QUOTE},” the report said.",
        [("A whole paragraph of it.", ReportWords, ""), (QUOTE, ReportWords, "")],
        "quote-paragraph-before-the-reports-words",
    ),
    (
        "The film is titled “Lost in the City Lights.”",
        [("Lost in the City Lights.", NotAStatement, "")],
        "title",
    ),
    ("“Biased,” Dara Sok said.", [("Biased", NotAStatement, "")], "scare-quote"),
    (
        "Dara Sok said corruption was a “top tool” of traffickers.",
        [("top tool", NotAStatement, "")],
        "phrase-borrowed-mid-clause",
    ),
    ("Dara Sok called the ranking “unfair", [("unfair", NotAStatement, "")], "cut-off-one-word"),
    (
        "Dara Sok called it “one of the worst forms of",
        [("one of the worst forms of", NotAStatement, "")],
        "cut-off-mid-phrase",
    ),
    (
        "The sign read “No entry after dark for anyone.”",
        [("No entry after dark for anyone.", NoAttribution, "")],
        "no-attribution-in-the-sentence",
    ),
    (f"“{QUOTE}.”", [(f"{QUOTE}.", NoAttribution, "")], "quote-paragraph-alone"),
]


@pytest.mark.parametrize("text, expected", [v[:2] for v in VERDICTS], ids=[v[2] for v in VERDICTS])
def test_verdicts(text: str, expected: list[tuple[str, type, str]]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize("word", sorted(DANGLING_WORDS))
def test_every_dangling_word_cuts_a_quote_mid_phrase(word: str) -> None:
    quote = f"one of the worst forms {word}"
    assert verdicts(f"Dara Sok called it “{quote}") == [(quote, NotAStatement, "")]


@pytest.mark.parametrize(
    "lead",
    ["The campaign is titled", "The book is entitled", "A piece headlined", "A plan dubbed"],
)
def test_a_title_word_before_the_quote_makes_it_a_title(lead: str) -> None:
    assert verdicts(f"{lead} “{SHELTERS}.”") == [(f"{SHELTERS}.", NotAStatement, "")]
