"""Sentence splitting keeps offsets and does not break inside names or abbreviations."""

from __future__ import annotations

from itertools import pairwise

import pytest

from loaders.extract.sentences import MAX_SENTENCE, paragraphs, sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One. Two.", ["One.", "Two."]),
        (
            "The U.S. Agency for International Development paid. Then more.",
            ["The U.S. Agency for International Development paid.", "Then more."],
        ),
        ("Lt. Gen. Khieu Sopheak spoke. He left.", ["Lt. Gen. Khieu Sopheak spoke.", "He left."]),
        (
            "It was placed on Tier\n2 ranking in 2016.",
            ["It was placed on Tier\n2 ranking in 2016."],
        ),
        ("As they explain:\nThe truth is plain.", ["As they explain:", "The truth is plain."]),
        (
            "Headline Over The Story\nCambodia remains on the list.",
            ["Headline Over The Story", "Cambodia remains on the list."],
        ),
        (
            "“That is disappointing,” she said. Next.",
            ["“That is disappointing,” she said.", "Next."],
        ),
        ("He said “no.” Then left.", ["He said “no.”", "Then left."]),
        ("Para one\n\nPara two", ["Para one", "Para two"]),
        (
            "NGO: Report Disappoints as Cambodia Remains on the Tier 2 Watch List Again\nThe "
            "group said so.",
            [
                "NGO: Report Disappoints as Cambodia Remains on the Tier 2 Watch List Again",
                "The group said so.",
            ],
        ),
        (
            "a long line of running prose that wraps here without any stop at all\nThe text "
            "goes on.",
            [
                "a long line of running prose that wraps here without any stop at all\nThe text "
                "goes on."
            ],
        ),
        ("  \n ", []),
    ],
    ids=[
        "two-sentences",
        "u.s.-abbreviation",
        "titles",
        "hard-wrap-inside-tier-name",
        "colon-introduces-block",
        "short-heading-line",
        "quote-then-attribution",
        "period-inside-closing-quote",
        "blank-line",
        "long-title-cased-headline-line",
        "long-prose-line-wraps",
        "blank-text",
    ],
)
def test_sentences(text, expected):
    spans = sentences(text)
    assert [s.text for s in spans] == expected
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_paragraphs_keep_offsets():
    text = "A one.\nA two.\n\n  B one.\n \nC"
    assert [(p.text, text[p.start : p.end]) for p in paragraphs(text)] == [
        ("A one.\nA two.", "A one.\nA two."),
        ("B one.", "B one."),
        ("C", "C"),
    ]


def test_a_sentence_past_the_longest_is_cut_at_clause_breaks_and_loses_nothing():
    clause = "Cambodia was on the Tier 2 Watch List in 2013, "
    body = clause * (3 * MAX_SENTENCE // len(clause))
    spans = sentences(body)
    assert len(spans) >= 3
    assert all(len(s.text) <= MAX_SENTENCE for s in spans)
    assert all(s.text.endswith(",") for s in spans[:-1])  # cut after a comma, not mid-word
    assert all(body[s.start : s.end] == s.text for s in spans)
    assert "".join(body[a.end : b.start] for a, b in pairwise(spans)).strip() == ""


def test_a_long_run_with_no_break_at_all_is_still_cut():
    body = "x" * (2 * MAX_SENTENCE + 7)
    assert [len(s.text) for s in sentences(body)] == [MAX_SENTENCE, MAX_SENTENCE, 7]
