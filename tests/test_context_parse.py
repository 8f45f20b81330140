"""DocumentContext.doc: the body parsed in pieces under max_length, offsets into the body."""

from __future__ import annotations

import pytest

from loaders.documents import Document, parse_published
from loaders.extract.context import DocumentContext
from loaders.extract.nlp import pipeline
from loaders.extract.parsing import pieces

# My own words: two countries, a tier, a quote and a person, so every annotation layer is used.
_PARAGRAPH = (
    "Ruritania stayed on Tier 2 in the 2019 report, and Freedonia fell to Tier 3. "
    "“We will do better,” said Maria Lopez, a minister in Madrid.\n\n"
)


def _context(body: str) -> DocumentContext:
    date, _ = parse_published("2019-07-01")
    return DocumentContext.of(Document(id="long.md", body=body, sha256="0" * 64, published=date))


def test_a_body_longer_than_max_length_is_parsed_with_the_bodys_offsets(monkeypatch):
    # max_length lowered so a short body is "too long": the old single nlp(text) call raised E088.
    monkeypatch.setattr(pipeline(), "max_length", 1000)
    # Distinct paragraphs, then one of 1,500 characters with no blank line (cut at a full stop).
    body = "".join(_PARAGRAPH.replace("2019", str(2000 + i)) for i in range(12))
    body += _PARAGRAPH.strip().replace("\n", " ") * 10 + "\n\nSpain is on Tier 1."
    doc = _context(body).doc
    assert doc.text == body
    assert all(body[t.idx : t.idx + len(t.text)] == t.text for t in doc)
    assert [e.start_char for e in doc.ents if e.text == "Madrid"] == [
        i for i in range(len(body)) if body.startswith("Madrid", i)
    ]
    last = doc.char_span(body.rindex("Spain"), len(body))
    assert last is not None and last.text == "Spain is on Tier 1."
    assert sum(1 for _ in doc.sents) >= 12 * 2


def test_a_body_under_max_length_is_parsed_whole():
    body = _PARAGRAPH * 2
    doc = _context(body).doc
    assert doc.text == body
    assert [t.text for t in doc if t.text == "Freedonia"] == ["Freedonia", "Freedonia"]


@pytest.mark.parametrize(
    "text, limit, expected",
    [
        ("One.\n\nTwo.\n\n\nThree.", 50, ["One.\n\nTwo.\n\n\nThree."]),
        ("One.\n\nTwo.\n\n\nThree.", 12, ["One.\n\n", "Two.\n\n\n", "Three."]),
        ("A b. C d. E f.", 10, ["A b. C d. ", "E f."]),
        ("aaaa bbbb cccc", 10, ["aaaa bbbb ", "cccc"]),
        ("abcdefghijkl", 5, ["abcde", "fghij", "kl"]),
        ("", 5, []),
    ],
    ids=["packed", "paragraphs", "sentence-end", "white-space", "no-white-space", "empty"],
)
def test_pieces_cover_the_text_and_cut_at_the_best_boundary(text, limit, expected):
    ranges = pieces(text, limit)
    assert [text[a:b] for a, b in ranges] == expected
    assert "".join(text[a:b] for a, b in ranges) == text
