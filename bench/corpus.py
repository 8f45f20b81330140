"""A synthetic corpus for benchmarks: the bundled and test documents, varied and repeated.

Each generated document takes one source text and changes what an article would change: the
country named, the years (shifted together, so relative phrases stay coherent), the order of its
paragraphs and its publication date. Sources that cannot be read (the hostile test files) are left
out; the point here is speed on article-like text.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from loaders.documents import NotReadable, document_from_path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "data" / "documents", ROOT / "tests" / "data" / "documents"]
COUNTRIES = ["Cambodia", "Thailand", "Vietnam", "Laos", "Burma", "Malaysia", "Indonesia"]
_YEAR = re.compile(r"\b(20[01]\d)\b")


def source_texts() -> list[str]:
    """The bodies of every readable bundled and test document."""
    texts = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.md")) + sorted(folder.glob("*.txt")):
            try:
                texts.append(document_from_path(path).body)
            except NotReadable:
                continue
    return texts


def vary(text: str, rng: random.Random) -> tuple[str, str]:
    """One varied article: (front matter date, body)."""
    shift = rng.randint(-6, 8)
    body = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    country = rng.choice(COUNTRIES)
    body = body.replace("Cambodia", country)
    paragraphs = body.split("\n\n")
    if len(paragraphs) > 2:
        head, rest = paragraphs[0], paragraphs[1:]
        rng.shuffle(rest)
        body = "\n\n".join([head, *rest])
    published = f"{2015 + shift:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return published, body


def write_corpus(folder: Path, n: int, target_bytes: int = 4000, seed: int = 7) -> int:
    """Write n article-sized (~target_bytes) documents into folder; return the bytes written."""
    rng = random.Random(seed)
    texts = source_texts()
    total = 0
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        parts, size = [], 0
        while size < target_bytes:
            published, body = vary(rng.choice(texts), rng)
            parts.append(body)
            size += len(body.encode())
        text = f"---\ntitle: Bench {i}\npublished: '{published}'\n---\n" + "\n\n".join(parts)
        raw = text.encode()
        (folder / f"doc_{i:05d}.md").write_bytes(raw)
        total += len(raw)
    return total
