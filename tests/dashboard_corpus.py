"""A made-up corpus for the dashboard tests: many small documents over many years.

Every name, quote, title, publisher and URL here is invented for the tests and says so ("Corpus
..."): a country with dozens of statements and events, to test grouping by year, the search box
and source credits. One quote carries a bare URL, a `www.` name and an e-mail address, which must
stay plain text.
"""

from __future__ import annotations

from pathlib import Path

YEARS = range(2006, 2021)
DOCUMENTS_PER_YEAR = 3
LINK_QUOTE = (
    "Read the corpus findings at www.corpus-ngo.example or http://corpus-ngo.example/report "
    "and write to press@corpus-ngo.example"
)
# Speakers, as the extractor reads them: an NGO's officer and a ministry's spokesperson.
NGO_SPEAKER = (
    "“{quote},” {name}, International Justice Mission’s test officer in {city}, said in a "
    "statement."
)
GOV_SPEAKER = "“{quote},” {name}, a spokeswoman for the Ministry of Interior, told reporters."
CITIES = ("Phnom Penh", "Siem Reap", "Battambang")
FIRST = ("Anan", "Bopha", "Chenda", "Dara", "Heng", "Kanha", "Lina", "Mealea", "Nary", "Rith")
LAST = ("Testwell", "Corpusson", "Fixturey")


def speaker(n: int) -> str:
    """A made-up name, different for each n below 30."""
    return f"{FIRST[n % len(FIRST)]} {LAST[n // len(FIRST) % len(LAST)]}"


def corpus_document(year: int, k: int) -> str:
    """The k-th made-up article of a report year: a placement, two statements, two events."""
    n = (year - YEARS[0]) * DOCUMENTS_PER_YEAR + k
    quote = LINK_QUOTE if (year, k) == (2014, 0) else f"Corpus quote {n} on shelters, year {year}"
    lines = [
        "---",
        f'title: "Corpus article {n}: the {year} report"',
        f"url: https://corpus.example/{year}/{k}",
        f'published: "{year}-07"',
        f"publisher: Corpus Gazette {k}",
        "---",
        f"Cambodia is on the Tier 2 Watch List in the {year} Trafficking in Persons report.",
        "",
        NGO_SPEAKER.format(quote=quote, name=speaker(n), city=CITIES[k % len(CITIES)]),
        "",
        GOV_SPEAKER.format(quote=f"Corpus answer {n} from the ministry", name=speaker(n + 1)),
        "",
        f"Police arrested {n + 2} suspects in a raid on a karaoke bar in Siem Reap.",
        "",
        "USAID announced $2 million in funding for anti-trafficking programs in Cambodia.",
        "",
    ]
    return "\n".join(lines)


def write_corpus(folder: Path) -> Path:
    """Write every corpus article into ``folder`` (created) and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for year in YEARS:
        for k in range(DOCUMENTS_PER_YEAR):
            (folder / f"corpus_{year}_{k}.md").write_text(corpus_document(year, k), "utf-8")
    return folder
