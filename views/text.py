"""Inert text: document words made safe to show in Markdown and in Plotly hover labels.

Document text is hostile until proven otherwise (an article can quote ``<script>`` or a Markdown
link to ``javascript:``). Everything a document says passes through one of these before it is shown.
"""

from __future__ import annotations

import re
import string

# C0 controls and DEL (NUL bytes survive some decoders); tabs and newlines become spaces instead.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACE = re.compile(r"\s+")

# HTML's three specials become entities, so no tag can open and no entity can be forged.
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# Every other ASCII punctuation mark gets a backslash: CommonMark allows escaping any of them,
# which defeats links, emphasis, headings, lists, tables, code spans and Streamlit's $math$.
_BACKSLASHED = frozenset(string.punctuation) - set(_ENTITIES)

# GFM turns bare URLs, `www.` names and e-mail addresses into links after escapes are resolved,
# so a backslash cannot stop it. A WORD JOINER (U+2060: invisible, no line break) before the ".",
# ":" and "@" of such a word does: the autolink rules need "www.", "scheme:" and "name@" adjacent.
# Only link-like words get it, so ordinary sentences copy out exactly as written.
WORD_JOINER = "\u2060"
_LINK_LIKE = re.compile(r"(?i)://|www\.|@|^mailto:|^[a-z][a-z0-9+.-]*:[^\s]")
_LINK_MARKS = re.compile(r"[.:@]")


def _flat(text: str) -> str:
    """Controls dropped, every run of whitespace (newlines too) one space, ends trimmed."""
    return _SPACE.sub(" ", _CONTROLS.sub("", text)).strip()


def _unlinked(word: str) -> str:
    """A word as plain text: a word-joiner before the marks that would make it an autolink."""
    if not _LINK_LIKE.search(word):
        return word
    return _LINK_MARKS.sub(lambda m: WORD_JOINER + m.group(0), word)


def inert(text: str) -> str:
    """Document text as one line of Markdown that renders as exactly these characters.

    No part of it becomes a link, an image, markup or HTML; link-like words (URLs, `www.`
    names, e-mail addresses) carry invisible word joiners that keep Markdown from linking them.
    """
    out = []
    for ch in " ".join(_unlinked(w) for w in _flat(text).split(" ")):
        if ch in _ENTITIES:
            out.append(_ENTITIES[ch])
        elif ch in _BACKSLASHED:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def visible(text: str) -> str:
    """What a reader sees of inert text once rendered: the word joiners taken out."""
    return text.replace(WORD_JOINER, "")


def hover_safe(text: str) -> str:
    """Document text for a Plotly label: one line, with <, > and & as entities Plotly decodes."""
    return "".join(_ENTITIES.get(ch, ch) for ch in _flat(text))


def clip(text: str, width: int) -> str:
    """Text on one line, at most ``width`` characters, cut at a word with "…" when too long."""
    if width < 1:
        raise ValueError(f"clip width must be at least 1, got {width}")
    flat = _flat(text)
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1]
    # Cut at the last space when it keeps most of the text; a long word is cut mid-word.
    space = cut.rfind(" ")
    if flat[width - 1] != " " and space >= width // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


__all__ = ["WORD_JOINER", "clip", "hover_safe", "inert", "visible"]
