"""Property tests: any text, any bytes, never an exception; spans always match their evidence."""

from __future__ import annotations

import itertools
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.documents import NotReadable, document_from_bytes
from loaders.extract import extract_records
from loaders.extract.sentences import paragraphs, sentences
from loaders.schema import record_from_dict

# Words that wake the extractors up, so random text reaches the rules and not only the gates.
VOCABULARY = [
    "Cambodia",
    "Thailand",
    "Burma",
    "Laos",
    "the United States",
    "IJM",
    "Tier",
    "Tier 2",
    "Tier II",
    "Tier III",
    "Watch List",
    "watchlist",
    "blacklist",
    "2013",
    "2015",
    "since",
    "remains",
    "downgraded",
    "upgraded",
    "from",
    "to",
    "last year",
    "this year",
    "report",
    "Trafficking in Persons",
    "said",
    "she said",
    "“",
    "”",
    '"',
    "‘",
    "’",
    ",",
    ".",
    ":",
    "\n",
    "\n\n",
    " ",
    "police",
    "arrested",
    "USAID",
    "law",
    "sanctions",
    "study",
    "<script>",
    "---",
    "Blair Burns",
    "vice president",
    "of",
    "International Justice Mission",
    "second",
    "consecutive",
]
article_text = st.lists(
    st.one_of(st.sampled_from(VOCABULARY), st.text(max_size=12)), max_size=80
).map(" ".join)
front_matter = st.sampled_from(
    ["", "---\npublished: '2015-07'\n---\n", "---\npublished: '2015-05-01'\n---\n", "---\n:\n---\n"]
)


def _check(document) -> None:
    for record in extract_records(document):
        assert document.body[record.start : record.end] == record.evidence
        assert record.evidence.strip() == record.evidence and record.evidence
        data = record.to_dict()
        assert record_from_dict(json.loads(json.dumps(data))) == record


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front_matter, article_text)
def test_any_text_gives_valid_records(head, text):
    try:
        document = document_from_bytes("case.md", (head + text).encode("utf-8"))
    except NotReadable:
        return  # a clear skip reason is a valid outcome (e.g. the text is blank)
    _check(document)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(["case.txt", "case.md", "case.html"]))
def test_any_bytes_give_records_or_a_reason(raw, name):
    try:
        document = document_from_bytes(name, raw)
    except NotReadable as exc:
        assert str(exc)
        return
    _check(document)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_sentence_spans_point_into_the_text(text):
    spans = sentences(text)
    for span in (*spans, *paragraphs(text)):
        assert text[span.start : span.end] == span.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
