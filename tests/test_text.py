"""views.text: document text shown in Markdown or a Plotly label renders as exactly its characters.

Rendering goes through markdown-it-py in CommonMark mode with GFM tables and strikethrough on, the
same grammar Streamlit's st.markdown follows.
"""

from __future__ import annotations

import html
import re
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from views.text import WORD_JOINER, clip, hover_safe, inert, visible

MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])

HOSTILE = [
    ("<script>alert(1)</script>", "<script>alert(1)</script>"),
    ("<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"),
    ("[x](javascript:alert(1))", "[x](javascript:alert(1))"),
    ("![pic](http://evil.example/p.png)", "![pic](http://evil.example/p.png)"),
    ("[ref]: http://evil.example\n[ref]", "[ref]: http://evil.example [ref]"),
    ("<http://evil.example>", "<http://evil.example>"),
    ("**bold** _it_ ~~gone~~ `code`", "**bold** _it_ ~~gone~~ `code`"),
    ("# Heading\n> quote\n- item\n1. first", "# Heading > quote - item 1. first"),
    ("| a | b |\n|---|---|\n| 1 | 2 |", "| a | b | |---|---| | 1 | 2 |"),
    ("a &lt; b &amp; c", "a &lt; b &amp; c"),
    ("$x^2$ and :red[alarm]", "$x^2$ and :red[alarm]"),
    ("back\\slash \\[x](y)", "back\\slash \\[x](y)"),
    ("NUL\x00 and\ttab\r\nnewline", "NUL and tab newline"),
    ("    indented code", "indented code"),
    ("Chea said: “Tier 2 Watch List”", "Chea said: “Tier 2 Watch List”"),
]
HOSTILE_IDS = [
    "script-tag",
    "img-onerror",
    "javascript-link",
    "image",
    "reference-link",
    "autolink",
    "emphasis-strike-code",
    "block-starts",
    "gfm-table",
    "forged-entities",
    "math-and-colour-directive",
    "backslashes",
    "controls-and-newlines",
    "indented-code-block",
    "plain-curly-quotes",
]


def _rendered_text(markdown: str) -> str:
    """What a reader sees: the rendered HTML must be one paragraph of text, no other tag."""
    out = MARKDOWN.render(markdown)
    match = re.fullmatch(r"<p>(.*)</p>\n", out, flags=re.S)
    assert match, f"not one plain paragraph: {out!r}"
    inner = match.group(1)
    assert "<" not in inner, f"a tag survived: {out!r}"
    return visible(html.unescape(inner))


@pytest.mark.parametrize("text, shown", HOSTILE, ids=HOSTILE_IDS)
def test_inert_renders_as_literal_text(text: str, shown: str) -> None:
    assert _rendered_text(inert(text)) == shown


@pytest.mark.parametrize("text, shown", HOSTILE, ids=HOSTILE_IDS)
def test_inert_leaves_no_raw_markup(text: str, shown: str) -> None:
    out = inert(text)
    assert "<" not in out and ">" not in out
    # Every ASCII punctuation mark, outside the entities we wrote, carries its backslash.
    bare = re.sub(r"&(?:amp|lt|gt);", "", out)
    for i, ch in enumerate(bare):
        if ch in string.punctuation and ch != "\\":
            assert i > 0 and bare[i - 1] == "\\", f"unescaped {ch!r} at {i} in {out!r}"
    assert "](" not in out


# GFM's autolink literals (what Streamlit's Markdown links without any markup): "www." and a
# scheme's "://" preceded by a letter, or "local@domain.tld". Each must be broken by the joiner.
GFM_AUTOLINK = re.compile(r"(?i)www\\?\.|[a-z]\\?:\\?/\\?/|[\w.+-]\\?@[\w-]+\\?\.[\w-]")


@pytest.mark.parametrize(
    "text",
    [
        "see http://evil.example/x now",
        "see https://evil.example",
        "visit www.evil.example today",
        "write to press@ngo.example",
        "<http://evil.example/y>",
        "mailto:press@ngo.example",
        "WWW.EVIL.EXAMPLE",
    ],
    ids=["bare-http", "bare-https", "www-name", "email", "angle-autolink", "mailto", "upper-www"],
)
def test_inert_breaks_every_autolink(text: str) -> None:
    out = inert(text)
    assert GFM_AUTOLINK.search(visible(out)), "the case must be a link before the fix"
    assert not GFM_AUTOLINK.search(out), out
    assert _rendered_text(out) == " ".join(text.split())


@pytest.mark.parametrize(
    "text",
    ["Chea said: it was 10.5 percent, at 10:30.", "U.S. officials", "a plain sentence"],
    ids=["colon-and-decimals", "abbreviation", "plain"],
)
def test_inert_adds_no_joiner_to_ordinary_words(text: str) -> None:
    assert WORD_JOINER not in inert(text)


@given(st.text())
def test_inert_never_renders_markup(text: str) -> None:
    flat = " ".join(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text).split())
    if not flat:
        assert inert(text) == ""
        return
    assert _rendered_text(inert(text)) == flat


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
        ("a & b", "a &amp; b"),
        ('<a href="javascript:x">', '&lt;a href="javascript:x"&gt;'),
        ("line\nbreak", "line break"),
        ("plain", "plain"),
    ],
    ids=["tags", "ampersand", "link-tag", "newline", "plain"],
)
def test_hover_safe(text: str, expected: str) -> None:
    assert hover_safe(text) == expected


@pytest.mark.parametrize(
    "text, width, expected",
    [
        ("short", 10, "short"),
        ("exactly ten", 11, "exactly ten"),
        ("the quick brown fox jumps", 16, "the quick brown…"),
        ("supercalifragilistic", 8, "superca…"),
        ("a  b\n\nc", 10, "a b c"),
        ("abc", 1, "…"),
        ("", 5, ""),
    ],
    ids=["fits", "fits-exactly", "cut-at-word", "cut-mid-word", "whitespace", "width-1", "empty"],
)
def test_clip(text: str, width: int, expected: str) -> None:
    assert clip(text, width) == expected
    assert len(clip(text, width)) <= width


@pytest.mark.parametrize("width", [0, -3], ids=["zero", "negative"])
def test_clip_rejects_widths_below_one(width: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        clip("text", width)
