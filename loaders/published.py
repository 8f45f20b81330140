"""The published tables: every table of a build as a CSV of the current set, read back typed.

The build writes each table of its YearlyBuild as ``<table>.csv`` (spreadsheet-safe cells, the
one CSV writer) into a new set; a reader gets the current set's tables back, each cast to and
checked against its schema (loaders/schema.py). Nothing is re-extracted or re-assembled on the
way back: the tables read are the tables the build made.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from loaders.publish import cells_from_csv, csv_text, current_set
from loaders.schema import (
    BOOL,
    CLAIMS,
    DOCUMENTS,
    EVENTS,
    INT,
    OFFICIAL_TIERS,
    PLACEMENTS,
    STATEMENTS,
    STR,
    YEARLY,
    SchemaError,
    Table,
    enforce,
)

if TYPE_CHECKING:  # pandas is imported where tables are read: a no-change build never loads it
    import pandas as pd

    from loaders.yearly import YearlyBuild

# Each table of a YearlyBuild, by its field name: published as ``<name>.csv``. The official record
# is published too, so one set holds the record its tables were joined with.
PUBLISHED_TABLES: dict[str, Table] = {
    "yearly": YEARLY,
    "claims": CLAIMS,
    "placements": PLACEMENTS,
    "statements": STATEMENTS,
    "events": EVENTS,
    "official": OFFICIAL_TIERS,
    "documents": DOCUMENTS,
}
TABLE_FILES = tuple(f"{name}.csv" for name in PUBLISHED_TABLES)
_BOOLEANS = {"True": True, "False": False, "": None}


class UnreadableSet(OSError):
    """A published set whose tables cannot be read (a file missing or malformed, e.g. a set
    written by older code)."""


def table_texts(tables: YearlyBuild) -> dict[str, str]:
    """Each published table's file name and CSV text."""
    return {f"{name}.csv": csv_text(getattr(tables, name)) for name in PUBLISHED_TABLES}


def _column(cells: pd.Series, name: str, dtype: str, table: Table) -> pd.Series:
    """One column of a table's CSV (every cell read as text) as the values the build wrote."""
    import pandas as pd

    if dtype == STR:
        # csv_cell put a quote before a formula start; a cell the build wrote as missing reads
        # back as missing only where the schema says an empty cell is unknown.
        values = cells_from_csv(cells)
        return values.mask(values == "") if name in table.unknown_when_empty else values
    if dtype == BOOL:
        bad = sorted(set(cells[~cells.isin(list(_BOOLEANS))]))
        if bad:
            raise SchemaError(f"{table.name}: column {name!r} is not boolean: {bad[:10]}")
        return cells.map(_BOOLEANS).astype(BOOL)
    if dtype == INT:
        try:
            return pd.to_numeric(cells.mask(cells == "")).astype(INT)
        except (TypeError, ValueError) as exc:
            raise SchemaError(f"{table.name}: column {name!r} is not {INT}: {exc}") from None
    raise SchemaError(f"{table.name}: column {name!r} has a type no CSV reader knows: {dtype}")


def table_from_csv(path: Path, table: Table) -> pd.DataFrame:
    """A published table read back, cast to and checked against its schema (SchemaError names
    the table and the offending columns; UnreadableSet a file the CSV parser refuses)."""
    import pandas as pd

    try:
        # Every cell as text, nothing guessed: the schema, not the parser, says what a cell is.
        raw = pd.read_csv(
            path, dtype=str, keep_default_na=False, na_filter=False, lineterminator="\n"
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise UnreadableSet(f"{path.parent.name}/{path.name}: {exc}; build again") from None
    columns = {
        name: _column(raw[name], name, dtype, table)
        for name, dtype in table.columns.items()
        if name in raw.columns  # enforce names any column that is missing
    }
    return enforce(pd.DataFrame(columns, index=raw.index), table)


def read_tables(folder: Path) -> YearlyBuild:
    """Every table of one published set."""
    from loaders.yearly import YearlyBuild

    tables = {}
    for name, table in PUBLISHED_TABLES.items():
        path = folder / f"{name}.csv"
        if not path.exists() and folder.is_dir():
            raise UnreadableSet(f"{folder.name} has no {path.name} (an older build); build again")
        tables[name] = table_from_csv(path, table)
    return YearlyBuild(**tables)


@dataclass(frozen=True)
class Published:
    """The current set as read: its folder and its tables."""

    folder: Path
    tables: YearlyBuild


def read_published(out_dir: Path) -> Published | None:
    """The current set's tables, all from one build; None if none is published.

    A set removed while it was being read (two builds later) is read again from the new one.
    """
    for _ in range(3):
        folder = current_set(out_dir)
        if folder is None:
            return None
        try:
            return Published(folder, read_tables(folder))
        except FileNotFoundError:
            continue
    return None


__all__ = [
    "PUBLISHED_TABLES",
    "TABLE_FILES",
    "Published",
    "UnreadableSet",
    "read_published",
    "read_tables",
    "table_from_csv",
    "table_texts",
]
