"""Scoring the extractor against hand labels: precision, recall and F1 per kind and per document.

The labels are a JSON list, one object per document (the development set's `annotations.json`):
`doc` (the file name), `placements` (country, year, tier), `statements` (speaker, quote_start),
and optionally `events` (type, year); a `lenient.json` beside it lists readings that count
neither way. Matching, the same as ../shared/devset/score.py so the two always agree:
- placements: the set of (iso3, year, tier) per document, lenient readings removed from both sides;
- statements: a label is found by the first unused record of its document whose speaker holds the
  label's surname and whose first ten quote words contain the label's first four;
- events (documents whose label has an "events" list only): (type, year) counted as multisets,
  so the same event told twice is still one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from loaders.gazetteer import iso3_of

KINDS = ("placement", "statement", "event")


class LabelError(ValueError):
    """The labels name something that cannot be scored (an unknown country, a missing field)."""


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives of one kind."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Difference:
    """One label the records missed, or one record no label asked for."""

    document: str
    kind: str  # placement, statement, event
    is_miss: bool  # a label not found (else: a record not labelled)
    what: tuple


@dataclass
class DocumentScore:
    """The counts of one document, by kind, and what differed."""

    document: str
    counts: dict[str, Counts] = field(default_factory=dict)
    differences: list[Difference] = field(default_factory=list)
    has_event_labels: bool = False


@dataclass
class Score:
    """The whole set: per-document scores and their totals by kind."""

    documents: list[DocumentScore]

    def total(self, kind: str) -> Counts:
        """The summed counts of one kind (events: over event-labelled documents only)."""
        return sum((d.counts.get(kind, Counts()) for d in self.documents), Counts())

    @property
    def n_event_documents(self) -> int:
        return sum(d.has_event_labels for d in self.documents)


def words(text: str | None) -> list[str]:
    """Lower-cased words without quote marks or punctuation (how quotes and names are compared)."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = re.sub(r"[\u2018\u2019\u201c\u201d\"'`]", "", text)
    return re.sub(r"[^a-z0-9 ]+", " ", text).split()


def label_iso3(country: str) -> str:
    """The ISO3 code of a country as a label writes it ("Burma/Myanmar", "The Gambia")."""
    name = " ".join(country.split())
    for candidate in (name, *name.split("/"), re.sub(r"^(?i:the)\s+", "", name)):
        code = iso3_of(candidate.strip())
        if code:
            return code
    raise LabelError(f"no ISO3 code for the labelled country {country!r}")


def lenient_readings(lenient: Mapping[str, Any] | None) -> dict[str, set[tuple[str, int, str]]]:
    """Document -> the (iso3, year, tier) readings that count neither way."""
    out: dict[str, set[tuple[str, int, str]]] = defaultdict(set)
    for entry in (lenient or {}).get("optional", []):
        for tier in entry["tiers"]:
            out[entry["doc"]].add((entry["iso3"], int(entry["year"]), tier.lower()))
    return out


def _placements(label: Mapping, records: Sequence[Mapping], optional: set) -> DocumentScore:
    doc = label["doc"]
    gold = {
        (label_iso3(p["country"]), int(p["year"]), p["tier"].lower()) for p in label["placements"]
    }
    gold -= optional
    found = {
        (r.get("iso3"), r.get("year"), str(r.get("tier", "")).lower())
        for r in records
        if r.get("kind") == "placement"
    } - optional
    score = DocumentScore(doc)
    score.counts["placement"] = Counts(len(gold & found), len(found - gold), len(gold - found))
    score.differences += [Difference(doc, "placement", True, x) for x in sorted(gold - found)]
    score.differences += [
        Difference(doc, "placement", False, x) for x in sorted(found - gold, key=str)
    ]
    return score


def _statements(label: Mapping, records: Sequence[Mapping], score: DocumentScore) -> None:
    doc = label["doc"]
    said = [r for r in records if r.get("kind") == "statement"]
    used: set[int] = set()
    found = 0
    for gold in label.get("statements", []):
        surname = words(gold["speaker"])[-1:]
        first = " ".join(words(gold["quote_start"])[:4])
        for i, r in enumerate(said):
            if (
                i not in used
                and surname
                and surname[0] in words(r.get("speaker"))
                and first in " ".join(words(r.get("quote"))[:10])
            ):
                used.add(i)
                found += 1
                break
        else:
            miss = (gold["speaker"], gold["quote_start"])
            score.differences.append(Difference(doc, "statement", True, miss))
    score.differences += [
        Difference(doc, "statement", False, (r.get("speaker"), (r.get("quote") or "")[:60]))
        for i, r in enumerate(said)
        if i not in used
    ]
    n_gold = len(label.get("statements", []))
    score.counts["statement"] = Counts(found, len(said) - found, n_gold - found)


def _events(label: Mapping, records: Sequence[Mapping], score: DocumentScore) -> None:
    if "events" not in label:
        return
    doc = label["doc"]
    score.has_event_labels = True
    gold = Counter((e["type"], int(e["year"])) for e in label["events"])
    found = Counter((r.get("type"), r.get("year")) for r in records if r.get("kind") == "event")
    score.counts["event"] = Counts(
        sum((gold & found).values()), sum((found - gold).values()), sum((gold - found).values())
    )
    score.differences += [
        Difference(doc, "event", True, x) for x in sorted((gold - found).elements())
    ]
    score.differences += [
        Difference(doc, "event", False, x) for x in sorted((found - gold).elements(), key=str)
    ]


def score_records(
    labels: Iterable[Mapping[str, Any]],
    records_by_document: Mapping[str, Sequence[Mapping[str, Any]]],
    lenient: Mapping[str, Any] | None = None,
) -> Score:
    """Score each labelled document's records (record dicts, as `extract --json` prints them)."""
    optional = lenient_readings(lenient)
    documents = []
    for label in labels:
        doc = label["doc"]
        records = records_by_document.get(doc, ())
        score = _placements(label, records, optional.get(doc, set()))
        _statements(label, records, score)
        _events(label, records, score)
        documents.append(score)
    return Score(documents)


def summary_line(score: Score) -> str:
    """One line of figures, in the order and rounding of ../shared/devset/score.py."""
    p, s, e = (score.total(k) for k in KINDS)
    n_said = s.tp + s.fp
    line = (
        f"placements P={p.precision:.2f} R={p.recall:.2f} F1={p.f1:.2f} (gold {p.tp + p.fn}); "
        f"statements R={s.recall if s.tp + s.fn else 1:.2f} "
        f"P={s.tp / n_said if n_said else 0:.2f} (gold {s.tp + s.fn}, predicted {n_said})"
    )
    if score.n_event_documents:
        line += (
            f"; events P={e.precision:.2f} R={e.recall:.2f} F1={e.f1:.2f} "
            f"({score.n_event_documents} documents annotated)"
        )
    return line


__all__ = [
    "KINDS",
    "Counts",
    "Difference",
    "DocumentScore",
    "LabelError",
    "Score",
    "label_iso3",
    "lenient_readings",
    "score_records",
    "summary_line",
    "words",
]
