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


def _flat(text: str) -> str:
    """Controls dropped, every run of whitespace (newlines too) one space, ends trimmed."""
    return _SPACE.sub(" ", _CONTROLS.sub("", text)).strip()


def inert(text: str) -> str:
    """Document text as one line of Markdown that renders as exactly these characters."""
    out = []
    for ch in _flat(text):
        if ch in _ENTITIES:
            out.append(_ENTITIES[ch])
        elif ch in _BACKSLASHED:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


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


__all__ = ["clip", "hover_safe", "inert"]
