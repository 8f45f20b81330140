"""Hostile inputs too large to keep in the repository, made on demand (tests and bench/ use them).

Each function returns the bytes of one document file. The words are generic report prose, written
for this purpose.
"""

from __future__ import annotations

KB = 1024
MB = 1000 * 1000  # as the reader's MAX_BYTES counts them
_TIER_WORDS = "Cambodia Tier 2 Watch List Thailand Tier 3 Laos Tier 2 the 2015 report upgraded "
_ORDINARY = (
    "Cambodia remained on the Tier 2 Watch List in the 2015 Trafficking in Persons report, the "
    "State Department said on Monday. “That is disappointing,” said Dana Kerr, a director at "
    "International Justice Mission. Police made 40 arrests last year, officials said.\n\n"
)


def _repeat(unit: str, size: int) -> bytes:
    """``unit`` repeated to exactly ``size`` bytes, cut at a character boundary."""
    data = unit.encode() * (size // len(unit.encode()) + 1)
    return data[:size].decode("utf-8", "ignore").encode()


def one_long_sentence(size: int) -> bytes:
    """Tier words with no full stop anywhere: one sentence of ``size`` bytes."""
    return _repeat(_TIER_WORDS, size)


def unclosed_quotes(size: int) -> bytes:
    """Quotes opened and never closed, with speech verbs around them."""
    return _repeat("“Cambodia said the police made progress in 2015 and Tier 2 ", size)


def ordinary_text(size: int) -> bytes:
    """Article-like paragraphs (full stops, closed quotes): the baseline for time per KB."""
    return _repeat(_ORDINARY, size)


def many_attributes_html(attributes: int = 100_000) -> bytes:
    """One element carrying ``attributes`` attributes (about 1.1 MB for 100,000)."""
    attrs = " ".join(f"a{i}=val{i % 10}" for i in range(attributes))
    return f"<html><body><p {attrs}>Cambodia is on Tier 3.</p></body></html>".encode()


def deep_html(depth: int = 100_000) -> bytes:
    """Elements nested ``depth`` deep around one sentence."""
    return ("<div>" * depth + "<p>Cambodia is on Tier 3.</p>" + "</div>" * depth).encode()


def plain_document(size: int = 5 * MB - KB) -> bytes:
    """An ordinary document just under the 5 MB limit (front matter and article text)."""
    head = b"---\ntitle: A long digest\npublished: '2016-07-01'\n---\n"
    return head + ordinary_text(size - len(head))
