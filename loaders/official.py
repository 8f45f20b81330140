"""The official record: data/tiers.csv, one sourced row per country and report year, validated.

Rows are checked with a pydantic model, one row at a time, because each row is one line of the
file and pydantic's per-field errors map straight onto "line N: column: problem". (pandera fits
frames well too, but costs ~0.35 s of import on every cold build and dashboard start; pydantic
~0.06 s.) The checks across rows (the key) are done after, on the validated rows.

A country-year with no row is unknown: the record never guesses, and neither does anything built
on it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from loaders.files import NotReadable, read_capped
from loaders.schema import FIRST_REPORT_YEAR, OFFICIAL_TIERS, Confidence, Tier, enforce
from loaders.urls import is_web_url

if TYPE_CHECKING:
    import pandas as pd

REQUIRED_COLUMNS = tuple(OFFICIAL_TIERS.columns)


class OfficialRecordError(ValueError):
    """tiers.csv cannot be used; the message names the file and every bad line, sorted."""


def _latest_allowed_year() -> int:
    return dt.date.today().year


class OfficialRow(BaseModel):
    """One line of tiers.csv: a country's tier in one report year, with its source."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="ignore")

    country: str
    iso3: str
    year: int
    tier: Literal[tuple(str(t) for t in Tier)]  # type: ignore[valid-type]
    confidence: Literal[tuple(str(c) for c in Confidence)]  # type: ignore[valid-type]
    source_url: str
    evidence: str = ""

    @field_validator("country")
    @classmethod
    def _named(cls, value: str) -> str:
        if not value:
            raise ValueError("empty; every row names its country")
        return value

    @field_validator("iso3")
    @classmethod
    def _known_iso3(cls, value: str) -> str:
        import pycountry  # the first lookup loads ISO 3166; only a tiers load needs it

        if pycountry.countries.get(alpha_3=value.upper()) is None:
            raise ValueError(f"{value!r} is not an ISO 3166 alpha-3 code")
        return value.upper()

    @field_validator("year")
    @classmethod
    def _report_year(cls, value: int) -> int:
        latest = _latest_allowed_year()
        if not FIRST_REPORT_YEAR <= value <= latest:
            raise ValueError(f"{value} is outside the report years {FIRST_REPORT_YEAR}..{latest}")
        return value

    @field_validator("source_url")
    @classmethod
    def _sourced(cls, value: str) -> str:
        # A row without a source cannot be checked by a reader: the record cites every fact.
        if not value:
            raise ValueError("missing; every row cites where to check it")
        if not is_web_url(value):
            raise ValueError(f"{value!r} is not an http(s) URL")
        return value


def _describe(error: dict) -> str:
    field = ".".join(str(p) for p in error["loc"]) or "row"
    value = error.get("input")
    if error["type"] == "missing" or value == "":
        # An unknown tier is a row left out, never an empty cell: the gap is the statement.
        hint = " (leave the row out when the tier is unknown)" if field == "tier" else ""
        return f"{field}: empty{hint}"
    if error["type"] == "literal_error":
        return f"{field}: {value!r} is not one of {error['ctx']['expected']}"
    if error["type"].startswith("int_"):
        return f"{field}: {value!r} is not a whole number"
    message = error["msg"].removeprefix("Value error, ")
    return f"{field}: {message}"


def _rows(text: str, name: str) -> Iterator[tuple[int, list[str]]]:
    """(first line number, fields) per CSV record after the header; a quoted field may span
    lines. Blank lines are skipped but counted (csv.reader, unlike DictReader, shows them).

    Strict: a quote never closed would otherwise swallow every row after it without a word.
    """
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        next(reader, None)
        last = reader.line_num
        for fields in reader:
            if any(f.strip() for f in fields):
                yield last + 1, fields
            last = reader.line_num
    except csv.Error as exc:
        raise OfficialRecordError(
            f"{name}: line {last + 1}: the record cannot be read from here on ({exc}); "
            "a quote opened on this line may never be closed"
        ) from None


def _read_text(path: Path) -> str:
    try:
        # Regular files only, capped: a FIFO would block for ever, /dev/zero fill the memory.
        raw = read_capped(path)
    except NotReadable as exc:
        raise OfficialRecordError(f"{path}: {exc}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # Named as an editor shows it: line and column, not a byte offset into the file.
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise OfficialRecordError(
            f"{path}: line {line}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at column "
            f"{column}); save the file as UTF-8"
        ) from None


def validate_official_rows(text: str, name: str) -> list[dict[str, str | int]]:
    """The rows of a tiers.csv text, validated; raises OfficialRecordError listing every problem."""
    header = next(csv.reader(io.StringIO(text, newline="")), [])
    missing = [c for c in REQUIRED_COLUMNS if c not in {h.strip() for h in header}]
    # Checked first: without its columns no row can be read.
    if missing:
        raise OfficialRecordError(f"{name}: line 1: missing columns {missing} (header: {header})")
    problems: list[tuple[int, str]] = []
    valid: list[tuple[int, OfficialRow]] = []
    names = [h.strip() for h in header]
    for line, fields in _rows(text, name):
        if len(fields) > len(names):
            problems.append((line, f"{len(fields)} fields, the header has {len(names)}"))
            continue
        row = {name: value.strip() for name, value in zip(names, fields, strict=False)}
        try:
            valid.append((line, OfficialRow.model_validate(row)))
        except ValidationError as exc:
            problems.extend((line, _describe(e)) for e in exc.errors())
    first_seen: dict[tuple[str, int], int] = {}
    for line, row in valid:
        key = (row.iso3, row.year)
        if key in first_seen:
            where = f"first on line {first_seen[key]}"
            problems.append((line, f"duplicate country-year {row.iso3} {row.year} ({where})"))
        else:
            first_seen[key] = line
    if problems:
        listed = "\n".join(f"  line {line}: {message}" for line, message in sorted(problems))
        count = f"{len(problems)} problem" + ("s" if len(problems) > 1 else "")
        raise OfficialRecordError(f"{name}: {count}:\n{listed}")
    return [row.model_dump() for _, row in valid]


def load_official_record(path: Path | str) -> pd.DataFrame:
    """The official record (table OFFICIAL_TIERS), one row per country and report year."""
    import pandas as pd

    path = Path(path)
    rows = validate_official_rows(_read_text(path), str(path))
    if not rows:
        raise OfficialRecordError(f"{path}: no rows (the header alone is not a record)")
    frame = pd.DataFrame(rows, columns=list(REQUIRED_COLUMNS))
    return enforce(frame.sort_values(["iso3", "year"]), OFFICIAL_TIERS)


__all__ = ["OfficialRecordError", "OfficialRow", "load_official_record", "validate_official_rows"]
