"""HTML pages -> (metadata, main text, notes): trafilatura for the article, the page's own text when
it finds none, and the publication date from the page's metadata only.

A page past the parsing budget (HTML_BUDGET) is refused before any parsing (TooComplex).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from loaders.files import NotReadable


class TooComplex(NotReadable):
    """HTML past the parsing budget (HTML_BUDGET): parsing it would hold a worker for minutes."""


class EmptyDocument(NotReadable):
    """No text at all (an HTML page with none, article or otherwise, is one)."""


@dataclass(frozen=True)
class HtmlBudget:
    """What an HTML page may hold before it is parsed.

    lxml's parser is quadratic in one element's attributes (100,000 on one element: over 60 s)
    and trafilatura slows past linear in elements (600,000: 181 s); 20,000 elements parse in
    about 1.5 s here, and article pages hold a few thousand. A page over either count is skipped
    with its reason.
    """

    max_elements: int = 20_000
    max_attributes: int = 1_000  # on any one element


HTML_BUDGET = HtmlBudget()
# A start tag, stopped at the next "<" so that unclosed tags cannot make the scan quadratic.
_START_TAG = re.compile(r"<[A-Za-z][^<>]*")
_ATTRIBUTE = re.compile(r"[\s/]+[^\s=/>]+")
_FALLBACK_NOTE = (
    "the article reader found no main text (markup nested too deep, XHTML or an unusual "
    "layout); read the page's whole text instead"
)


# An inline quotation: the browser draws its marks, the article reader drops the element's.
_Q_OPEN = re.compile(r"<q(?=[\s>/])[^<>]*>", re.IGNORECASE)
_Q_CLOSE = re.compile(r"</q\s*>", re.IGNORECASE)


def with_quote_marks(html: str) -> str:
    """The page with each <q> element's quotation marks written out, as a reader sees them."""
    return _Q_CLOSE.sub("\u201d", _Q_OPEN.sub("\u201c", html))


def check_html_budget(html: str, budget: HtmlBudget = HTML_BUDGET) -> None:
    """TooComplex (with the counts) when the page is over the budget; linear in its length."""
    elements, widest = 0, 0
    for tag in _START_TAG.finditer(html):
        elements += 1
        if len(tag.group()) > 2 * budget.max_attributes:  # shorter tags cannot be over
            widest = max(widest, len(_ATTRIBUTE.findall(tag.group())))
    if elements > budget.max_elements:
        raise TooComplex(
            f"HTML with {elements:,} elements, over the {budget.max_elements:,} read safely"
        )
    if widest > budget.max_attributes:
        raise TooComplex(
            f"HTML with {widest:,} attributes on one element, over the "
            f"{budget.max_attributes:,} read safely"
        )


class _TextParser(HTMLParser):
    """The text a reader sees: no scripts, styles or head; block elements end a paragraph.

    html.parser keeps no tree and no recursion, so any depth of nesting reads in linear time
    (libxml2 stops building the tree at 256 levels, which is why trafilatura saw nothing).
    """

    _HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg", "title"})
    _BLOCKS = frozenset(
        "address article aside blockquote br dd div dl dt figcaption footer form h1 h2 h3 h4 h5 "
        "h6 header hr li main nav ol p pre section table td th tr ul".split()
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._hidden: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag == "body":  # a head left open (its end tag is optional) ends here
            self._hidden.clear()
        elif tag in self._HIDDEN:
            self._hidden.append(tag)
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._hidden:
            while self._hidden and self._hidden.pop() != tag:
                pass
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)
        elif self._hidden[-1] == "title":
            self.title.append(data)


def visible_text(html: str) -> tuple[str, str]:
    """(title, text) of a page as a reader sees it: paragraphs kept, spaces collapsed."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    paragraphs = (" ".join(p.split()) for p in "".join(parser.parts).split("\n\n"))
    return " ".join("".join(parser.title).split()), "\n\n".join(p for p in paragraphs if p)


def metadata_date(html: str) -> str | None:
    """The publication date the page's metadata gives (meta tags, JSON-LD), else None.

    Never a date from the text: a year in the body ("in 2015 the report ...") is what the
    document is about, not when it was published (htmldate's text search took it for that).
    """
    from htmldate.core import examine_header
    from htmldate.extractors import json_search
    from htmldate.utils import Extractor, load_html
    from htmldate.validators import get_max_date, get_min_date

    tree = load_html(html)
    if tree is None:
        return None
    options = Extractor(False, get_max_date(None), get_min_date(None), True, "%Y-%m-%d")
    return examine_header(tree, options) or json_search(tree, options)


def html_to_text(html: str, url: str | None = None) -> tuple[dict[str, Any], str, list[str]]:
    """Metadata, main text and notes of an HTML page (``url`` helps trafilatura's metadata).

    TooComplex, before any parsing, for a page over HTML_BUDGET; EmptyDocument when the page holds
    no text at all.
    """
    check_html_budget(html)
    html = with_quote_marks(html)
    import trafilatura  # imported here: it is slow to import and only HTML needs it
    from trafilatura.settings import set_date_params

    notes: list[str] = []
    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            favor_precision=True,
            date_extraction_params=set_date_params(extensive=False),
        )
    except Exception as exc:  # its tree walk on odd markup: the page's text is still there
        result = None
        notes.append(f"the article reader failed ({type(exc).__name__})")
    meta: dict[str, Any] = {}
    if result is not None:
        meta = {
            "title": result.title,
            "url": result.url,
            "publisher": result.sitename,
            "author": result.author,
        }
    try:
        meta["published"] = metadata_date(html)
    except Exception:  # a date is optional: without one the year is inferred from the text
        meta["published"] = None
    body = getattr(result, "text", None) or ""
    if not body.strip():
        title, body = visible_text(html)
        if not body.strip():
            raise EmptyDocument(
                "no main text found in the HTML page (no article, and no text outside its "
                "scripts, styles and head)"
            )
        if not meta.get("title"):
            meta["title"] = title
        notes.append(_FALLBACK_NOTE)
    return {k: v for k, v in meta.items() if v}, body, notes


__all__ = [
    "HTML_BUDGET",
    "EmptyDocument",
    "HtmlBudget",
    "TooComplex",
    "check_html_budget",
    "html_to_text",
    "metadata_date",
    "visible_text",
    "with_quote_marks",
]
