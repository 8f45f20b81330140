"""The dashboard in a real browser: `streamlit run` on 127.0.0.1, driven by Debian's chromium.

Opens the shared link at 1400, 1024, 900 and 375 px and in the embed view, moves the timeline under
the chart with the keyboard and checks the URL followed, clicks a chart point and checks the year
is in the link and one button clears it, searches the quotes, refuses a 5.6 MB upload with a clear
message (never Axios's 413), shows a document with markup and link-like words in its quotes as
plain text, and runs axe-core on every tab with its panels closed and open at 1400 and 375 px: no
violation at all. Screenshots go to tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
from dashboard_corpus import LINK_QUOTE, write_corpus  # noqa: E402

from devtools.streamlit_server import CHART, CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from devtools.streamlit_server import served as streamlit_served  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
SHARED = "?country=KHM&years=2013&years=2015"
COUNT = re.compile(r"^\d+$")  # a lane's count of statements or events in a year
HOSTILE_DOCUMENTS = Path(__file__).resolve().parent / "data" / "dashboard" / "documents"
# Never data/: the seeds and the record as of the 2025 report, whatever data/ holds next year.
CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
TIERS = Path(__file__).resolve().parent / "data" / "tiers.csv"
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
EXCEPTION = '[data-testid="stException"]'
WIDTHS = (1400, 1024, 900, 375)
PANELS = ("Link to this view", "The chart as text", "The map as text", "Add a document")
TABS = ("overview", "table", "claims", "region", "about")


@contextmanager
def served(log_dir: Path, **env: str) -> Iterator[str]:
    """The dashboard served on 127.0.0.1 (extra environment), its log in log_dir."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: `apt-get install chromium` (CI installs it)")
    env = {  # never the repository's data/
        "TIERWATCH_BUILD": str(log_dir / "build"),
        "TIERWATCH_DOCUMENTS": str(CORPUS),
        "TIERWATCH_TIERS": str(TIERS),
        **env,
    }
    with (log_dir / "server.log").open("w") as log, streamlit_served(log=log, env=env) as base:
        yield base


@pytest.fixture(scope="module")
def base_url(tmp_path_factory) -> Iterator[str]:
    with served(tmp_path_factory.mktemp("streamlit")) as base:
        yield base


@pytest.fixture(scope="module")
def browser(base_url):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def settle(page) -> None:
    """Wait until the script is idle and the page has painted what it sent."""
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE, timeout=60_000)
    page.wait_for_timeout(500)


def open_view(browser, url: str, width: int = 1400, height: int = 1000, chart: bool = True):
    page = browser.new_context(viewport={"width": width, "height": height}).new_page()
    page.goto(url)
    if chart:
        page.wait_for_selector(CHART, timeout=60_000)
    settle(page)
    return page


def slider_years(page) -> list[str]:
    thumbs = page.locator('[data-testid="stSlider"] input[type="range"]')
    return [thumbs.nth(i).input_value() for i in range(thumbs.count())]


def violations(page) -> list[str]:
    """axe-core's violations on the page as it stands, one line each (empty: none)."""
    from axe_playwright_python.sync_playwright import Axe

    found = Axe().run(page).response["violations"]
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}" for v in found]


def assert_no_overflow(page) -> None:
    """Nothing is wider than the window (no sideways scrolling, nothing cut at the right)."""
    width = page.evaluate("document.documentElement.clientWidth")
    # Inside a chart's SVG, boxes count what the plot clips away: the chart itself is measured.
    widest = page.evaluate(
        "Math.max(...[...document.querySelectorAll('[data-testid=\"stMain\"] *')]"
        ".filter(e => !(e instanceof SVGElement) || e.tagName === 'svg')"
        ".map(e => e.getBoundingClientRect().right))"
    )
    assert widest <= width + 1, (widest, width)


@pytest.mark.parametrize("width", WIDTHS, ids=[f"{w}px" for w in WIDTHS])
def test_shared_link_at_each_width(browser, base_url, width):
    ARTIFACTS.mkdir(exist_ok=True)
    page = open_view(browser, f"{base_url}/{SHARED}", width=width, height=1800)
    page.get_by_text("That is disappointing", exact=False).first.wait_for(timeout=30_000)
    assert page.locator(EXCEPTION).count() == 0
    assert slider_years(page) == ["2013", "2015"]
    header = page.locator('[data-testid="stMain"] [data-testid="stMarkdown"] p')
    assert header.nth(0).inner_text() == "2013–2015: Tier 2 Watch List in each report"
    assert header.nth(1).inner_text().startswith("In the 2013–2015 reports, Cambodia was on the")
    # The chart's title is whole and clear of the toolbar; the count beside the last year is whole.
    title = page.locator(".js-plotly-plot .gtitle").first
    toolbar = page.locator(".js-plotly-plot .modebar").first
    title_box, bar_box = title.bounding_box(), toolbar.bounding_box()
    assert title_box["y"] >= bar_box["y"] + bar_box["height"] - 1, (title_box, bar_box)
    chart_box = page.locator(".js-plotly-plot").first.bounding_box()
    counts = page.locator(".js-plotly-plot .scatterlayer text").filter(has_text=COUNT)
    assert counts.count() > 0
    last = max((c.bounding_box() for c in counts.all()), key=lambda box: box["x"])
    assert last["x"] + last["width"] <= chart_box["x"] + chart_box["width"]
    assert_no_overflow(page)
    page.screenshot(path=str(ARTIFACTS / f"shared_view_{width}.png"), full_page=True)
    page.context.close()


@pytest.mark.parametrize("width", (1400, 375), ids=["1400px", "375px"])
def test_link_panel_shows_the_whole_url_and_a_visible_copy_button(browser, base_url, width):
    page = open_view(browser, f"{base_url}/{SHARED}&year=2014", width=width)
    page.get_by_text("Link to this view", exact=True).click()
    settle(page)
    page.mouse.move(1, 1)  # no pointer over the panel: the button must show anyway
    code = page.locator(".st-key-share [data-testid='stCode']").first
    assert code.locator("code").inner_text().strip() == page.url
    copy = code.get_by_role("button", name="Copy to clipboard")
    assert copy.evaluate("e => getComputedStyle(e).visibility") == "visible"
    assert copy.is_visible()
    assert_no_overflow(page)
    page.context.close()


def test_embed_view_has_the_chart_first_and_no_sidebar(browser, base_url):
    page = open_view(browser, f"{base_url}/{SHARED}&embed=true", width=900, height=1400)
    assert page.locator('[data-testid="stSidebar"]').count() == 0
    chart = page.locator(".js-plotly-plot").first.bounding_box()
    assert chart["width"] >= 380  # not squeezed beside a sidebar
    assert page.locator('[data-testid="stTabs"]').count() == 0
    assert violations(page) == []
    page.screenshot(path=str(ARTIFACTS / "embed_900.png"), full_page=True)
    page.context.close()


def test_timeline_change_is_in_the_url_and_the_url_reopens_it(browser, base_url):
    page = open_view(browser, f"{base_url}/{SHARED}")
    # Move the first year one step right with the keyboard: 2013 -> 2014.
    page.locator('[data-testid="stSlider"] input[type="range"]').first.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_url(lambda url: "years=2014" in url, timeout=30_000)
    assert "years=2014&years=2015" in page.url
    settle(page)
    assert page.locator(EXCEPTION).count() == 0
    fresh = open_view(browser, page.url)
    assert slider_years(fresh) == ["2014", "2015"]
    fresh.get_by_text("That is disappointing", exact=False).first.wait_for(timeout=30_000)
    page.context.close()
    fresh.context.close()


def test_clicked_year_is_in_the_link_and_cleared_with_one_button(browser, base_url):
    page = open_view(browser, f"{base_url}/{SHARED}")
    # The 2013 official mark: a click picks 2013, which has no statement.
    marks = page.locator(".js-plotly-plot .scatterlayer .trace .points path")
    plot = page.locator(".js-plotly-plot .nsewdrag").first.bounding_box()
    boxes = [marks.nth(i).bounding_box() for i in range(marks.count())]
    # The chart holds every year and shows the range: only marks inside the plot are drawn.
    inside = [
        b for b in boxes if b and plot["x"] <= b["x"] + b["width"] / 2 <= plot["x"] + plot["width"]
    ]
    leftmost = min(inside, key=lambda b: b["x"])
    page.mouse.click(leftmost["x"] + leftmost["width"] / 2, leftmost["y"] + leftmost["height"] / 2)
    page.wait_for_url(lambda url: "year=2013" in url.replace("years=", ""), timeout=30_000)
    settle(page)
    assert "0 statement(s) in 2013, the year picked on the chart" in page.inner_text("body")
    page.get_by_role("button", name="Show every year 2013–2015").click()
    page.wait_for_url(lambda url: "year=" not in url.replace("years=", ""), timeout=30_000)
    settle(page)
    assert "7 statement(s) in 2013–2015" in page.inner_text("body")
    page.context.close()


def test_quote_search_and_links_in_quotes_stay_text(browser, tmp_path):
    documents = write_corpus(tmp_path / "documents")
    with served(tmp_path, TIERWATCH_DOCUMENTS=str(documents)) as base:
        page = open_view(browser, f"{base}/?years=2014")
        cards = page.locator('[data-testid="stMarkdownContainer"]').filter(has_text="Source:")
        quote = cards.get_by_text("Read the corpus findings", exact=False).first
        quote.wait_for(timeout=30_000)
        assert LINK_QUOTE in quote.inner_text().replace("\u2060", "")
        hrefs = [a.get_attribute("href") or "" for a in cards.locator("a").all()]
        # The only links are the sources' pages (and the year headings' own anchors).
        assert [h for h in hrefs if not h.startswith(("https://corpus.example/", "#"))] == []
        assert len([h for h in hrefs if h.startswith("https://")]) == 6
        search = page.get_by_label("Search speaker, organisation, role, quote or source")
        search.fill("corpus answer 25")
        search.press("Enter")
        settle(page)
        assert "1 statement(s) in 2014, by ngo, government matching" in page.inner_text("body")
        page.context.close()


@pytest.mark.parametrize("width", (1400, 375), ids=["1400px", "375px"])
def test_no_accessibility_violation_on_any_tab_panels_closed_or_open(browser, base_url, width):
    found: dict[str, list[str]] = {}
    for tab in TABS:
        page = open_view(browser, f"{base_url}/{SHARED}&tab={tab}", width=width, chart=False)
        found[f"{tab}, panels closed"] = violations(page)
        for panel in PANELS:
            summary = page.get_by_text(panel, exact=True)
            if summary.count() and summary.first.is_visible():
                summary.first.click()
                settle(page)
        found[f"{tab}, panels open"] = violations(page)
        page.screenshot(path=str(ARTIFACTS / f"{tab}_{width}_panels_open.png"))
        page.context.close()
    assert {k: v for k, v in found.items() if v} == {}


def test_garbage_link_is_named_and_harmless(browser, base_url):
    hostile = "%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E"
    page = open_view(browser, f"{base_url}/?years=abc&years=1800&country={hostile}")
    warning = page.locator('[data-testid="stAlertContentWarning"]').first
    warning.wait_for()
    text = warning.inner_text()
    assert "unknown country" in text and "“abc”" in text and "“1800”" in text
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator(EXCEPTION).count() == 0
    page.context.close()


def test_an_upload_over_5_mb_gets_a_clear_message(browser, base_url):
    page = open_view(browser, base_url + "/")
    page.get_by_text("Add a document", exact=True).click()
    settle(page)
    panel = page.locator(".st-key-add_panel")
    assert "(at most 5 MB)" in panel.inner_text()
    big = {"name": "big.md", "mimeType": "text/markdown", "buffer": b"a " * 2_800_000}
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(big)
    page.wait_for_timeout(1500)
    said = panel.inner_text()
    assert "5.0MB or smaller" in said or "5MB or smaller" in said, said
    assert "Axios" not in page.inner_text("body") and "413" not in said
    page.context.close()


def test_hostile_document_text_is_shown_as_text(browser, tmp_path):
    with served(tmp_path, TIERWATCH_DOCUMENTS=str(HOSTILE_DOCUMENTS)) as base:
        page = open_view(browser, f"{base}/?years=2013&years=2016")
        quote = page.get_by_text("<script>alert('x')</script> Test quote", exact=False)
        quote.first.wait_for(timeout=30_000)
        assert "<img src=x onerror=alert(1)>" in quote.first.inner_text()
        statements = page.locator('[data-testid="stMarkdownContainer"]')
        assert statements.locator("script, img").count() == 0
        assert page.locator('a[href^="javascript:"]').count() == 0
        assert page.locator(EXCEPTION).count() == 0
        page.context.close()


def test_the_tab_title_names_the_view(browser, base_url):
    page = open_view(browser, f"{base_url}/{SHARED}")
    assert page.title() == "Cambodia, 2013–2015: TIP report tiers · Tier Watch"
    page.context.close()


CARD = 120  # px: a statement card's who, quote and source lines


@pytest.mark.parametrize("width", [1000, 600])
def test_the_embed_snippet_height_fits_the_timeline_and_a_statement(browser, base_url, width):
    page = open_view(browser, f"{base_url}/{SHARED}", width=1400)
    page.get_by_text("Link to this view").click()
    settle(page)
    snippet = page.locator("code", has_text="<iframe").first.inner_text()
    height = int(re.search(r'height="(\d+)"', snippet).group(1))
    page.context.close()
    embed = open_view(browser, f"{base_url}/{SHARED}&embed=true", width=width, height=height)
    slider = embed.locator('[data-testid="stSlider"]').first.bounding_box()
    assert slider["y"] + slider["height"] <= height, "the timeline is cut"
    # The statement list's first year heading, and its first card under it.
    heading = embed.locator('[data-testid="stMarkdownContainer"] h3').first.bounding_box()
    assert heading["y"] + heading["height"] + CARD <= height, "no statement is visible"
    embed.context.close()


def test_the_chart_downloads_as_a_credited_svg(browser, base_url):
    page = open_view(browser, f"{base_url}/{SHARED}")
    with page.expect_download(timeout=120_000) as info:
        page.get_by_role("button", name="Chart as SVG, with its credit").click()
    svg = Path(info.value.path()).read_text(encoding="utf-8")
    assert info.value.suggested_filename == "tierwatch-KHM-2013-2015.svg"
    assert svg.startswith("<svg") and "Source: Tier Watch, official record + 2 documents" in svg
    assert "years=2013" in svg and "Data version " in svg
    page.context.close()


# From the page's start to the year picker (3 after the skip link): 12, and one more for
# "Compare with" beside the country picker (issue 16 item 7).
MAX_TABS_TO_YEAR = 13
MAX_TABS_TO_TIMELINE = (
    3  # from the year picker to the timeline's first thumb (the chart's 2 buttons)
)


def tabs_until(page, is_there: str, limit: int = 40) -> int:
    """Tab presses until the focused element matches ``is_there`` (a JS test of ``e``)."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate(f"(e => {is_there})(document.activeElement)"):
            return presses
    return limit + 1


def test_a_keyboard_reaches_the_year_picker_in_a_few_tabs_and_picks_a_year(browser, base_url):
    page = open_view(browser, f"{base_url}/{SHARED}")
    page.locator("body").focus()
    label = "Year in detail (or click a year on the chart)"
    to_year = tabs_until(page, f"e.getAttribute('aria-label') === {label!r}")
    to_timeline = tabs_until(page, "e.type === 'range'")
    assert to_year <= MAX_TABS_TO_YEAR and to_timeline <= MAX_TABS_TO_TIMELINE, (
        to_year,
        to_timeline,
    )
    page.keyboard.press("Shift+Tab")
    while page.evaluate("document.activeElement.getAttribute('aria-label')") != label:
        page.keyboard.press("Shift+Tab")
    page.keyboard.type("2013")  # the combobox filters its options as one types
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "year=2013" in url.replace("years=", ""), timeout=30_000)
    settle(page)
    panel = page.locator(".st-key-year_panel")
    assert panel.inner_text().startswith("Official tier, 2013: Tier 2 Watch List")
    link = panel.get_by_role("link", name="the official source for 2013")
    assert "cambodiadaily.com" in (link.get_attribute("href") or "")
    assert "0 statement(s) in 2013" in page.inner_text("body")
    page.context.close()


MIN_CHART_AT_1024 = (
    540  # px, the main column beside the sidebar: it had 322 px beside the statements
)


def test_the_chart_has_room_at_1024_px(browser, base_url):
    page = open_view(browser, f"{base_url}/{SHARED}", width=1024)
    width = page.locator(".js-plotly-plot").first.bounding_box()["width"]
    assert width >= MIN_CHART_AT_1024, width
    page.context.close()


@pytest.mark.parametrize("width", (768, 375), ids=["768px", "375px"])
def test_the_country_picker_is_in_view_and_labelled(browser, base_url, width):
    page = open_view(browser, f"{base_url}/{SHARED}", width=width)
    picker = page.get_by_role("combobox", name="Country")
    box = picker.bounding_box()
    assert picker.is_visible() and box["x"] >= 0 and box["x"] + box["width"] <= width, box
    page.context.close()


def grid_headers(page, nth: int) -> list[str]:
    """The column headers a data grid draws (its accessible table holds the columns in view)."""
    grid = page.locator('[data-testid="stDataFrame"]').nth(nth)
    grid.locator("th").first.wait_for(state="attached", timeout=30_000)
    return [t.strip() for t in grid.locator("th").all_inner_texts()]


def test_the_table_tab_reads_on_a_phone(browser, base_url):
    page = open_view(browser, f"{base_url}/{SHARED}&tab=table", width=375, height=2400, chart=False)
    # A column after the tier's is in view, so the tier's is whole ("Tier 2 Watch List").
    assert grid_headers(page, 0)[:3] == ["Report year", "Official tier", "Confidence"]
    cells = page.locator('[data-testid="stDataFrame"]').first.locator("td").all_text_contents()
    assert "Tier 2 Watch List" in cells
    # The phone's statements grid: every column in view, nothing behind a sideways scroll.
    narrow = page.locator(".st-key-statements_narrow [data-testid='stDataFrame']")
    assert page.locator(".st-key-statements_wide").is_hidden() and narrow.is_visible()
    narrow.locator("th").first.wait_for(state="attached", timeout=30_000)
    assert [t.strip() for t in narrow.locator("th").all_inner_texts()] == ["Statement", "Link"]
    scroller = narrow.locator(".dvn-scroller").first
    assert scroller.evaluate("e => e.scrollWidth <= e.clientWidth"), scroller.evaluate(
        "e => [e.scrollWidth, e.clientWidth]"
    )
    cells = narrow.locator("td").all_text_contents()
    assert any(c.startswith("“") and "International Justice Mission" in c for c in cells), cells
    # The grid's toolbar, shown on hover above the grid, stays clear of the tabs.
    page.locator('[data-testid="stDataFrame"]').first.hover()
    page.wait_for_timeout(500)
    toolbar = page.locator('[data-testid="stElementToolbar"]').first.bounding_box()
    tabs = page.get_by_role("tablist").first.bounding_box()
    assert toolbar["y"] >= tabs["y"] + tabs["height"], (toolbar, tabs)
    # The page itself never scrolls sideways (the grids clip their own hidden cells).
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    page.context.close()


# ---- countries side by side and the region map at every width (issue 16 item 7) -------------


@pytest.mark.parametrize("width", (1400, 375), ids=["1400px", "375px"])
def test_compare_cambodia_with_thailand_in_two_steps(browser, base_url, width):
    page = open_view(browser, f"{base_url}/{SHARED}", width=width, height=1800)
    picker = page.get_by_role("combobox", name="Compare with")
    picker.click()  # step 1: open "Compare with"
    page.get_by_role("option", name="Thailand (THA)").click()  # step 2: choose Thailand
    page.wait_for_url(lambda url: "compare=THA" in url, timeout=30_000)
    page.keyboard.press("Escape")  # close the list, as a click elsewhere does
    settle(page)
    assert page.locator(EXCEPTION).count() == 0
    plot = page.locator(".js-plotly-plot").first
    chart_box = plot.bounding_box()
    # Each country's name is written whole at its line's end, inside the chart.
    names = plot.locator(".scatterlayer text").filter(has_text=re.compile(r"^(Cambodia|Thailand)$"))
    assert sorted(names.all_text_contents()) == ["Cambodia", "Thailand"]
    for box in (n.bounding_box() for n in names.all()):
        assert box["x"] + box["width"] <= chart_box["x"] + chart_box["width"] + 1, box
    # Thailand's own series: square markers, not Cambodia's circles (shape, not colour alone).
    squares = plot.locator(".scatterlayer .trace .points path[d*='H']")
    assert squares.count() >= 3
    # The title whole, on two lines at a phone's width: nothing of it past the chart's edge.
    title = plot.locator(".gtitle").first
    assert title.text_content().startswith("Cambodia and Thailand:official TIP report tier")
    title_box = title.bounding_box()
    assert title_box["x"] + title_box["width"] <= chart_box["x"] + chart_box["width"], title_box
    bar_box = plot.locator(".modebar").first.bounding_box()
    assert title_box["y"] >= bar_box["y"] + bar_box["height"] - 1, (title_box, bar_box)
    assert "■ Thailand (dashed line)" in page.inner_text("body")
    # The header names both countries and answers the claim check for each.
    assert page.locator("h1").first.inner_text() == "Cambodia and Thailand"
    answer = page.locator('[data-testid="stMain"] [data-testid="stMarkdown"] p strong').first
    assert answer.inner_text().startswith("2013–2015: Cambodia, Tier 2 Watch List in each report;")
    assert "; Thailand, " in answer.inner_text()
    assert_no_overflow(page)
    page.screenshot(
        path=str(ARTIFACTS / f"task_compare_cambodia_thailand_{width}.png"), full_page=True
    )
    # The link reopens the comparison.
    fresh = open_view(browser, page.url, width=width)
    assert "Thailand (THA)" in fresh.locator(".st-key-compare").inner_text()
    page.context.close()
    fresh.context.close()


@pytest.mark.parametrize("width", (1400, 375), ids=["1400px", "375px"])
def test_region_map_cells_carry_their_tier_as_text_at_every_width(browser, base_url, width):
    page = open_view(browser, f"{base_url}/?tab=region&compare=THA", width=width, height=1800)
    plot = page.locator(".js-plotly-plot").first
    labels = plot.locator(".heatmaplayer text")
    texts = labels.all_text_contents()
    # Every cell of 8 countries over every report year of the record (2001-2025), labelled.
    assert len(texts) == 8 * 25, len(texts)
    assert {"1", "2", "2WL", "3"} <= {t.rstrip("*") for t in texts}
    # Each label fits its cell: narrower than one country's column of the plot.
    columns = plot.locator(".heatmaplayer").first.bounding_box()["width"] / 8
    widest = max(box["width"] for box in (label.bounding_box() for label in labels.all()))
    assert widest <= columns, (widest, columns)
    # The page never scrolls sideways. (Not assert_no_overflow: at the range's last year the
    # slider's own end input reaches past the window, which Streamlit clips.)
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    title = plot.locator(".gtitle").first.bounding_box()
    names = plot.locator(".xtick text").all()
    assert min(n.bounding_box()["y"] for n in names) >= title["y"] + title["height"] - 1
    assert "2WL Tier 2 Watch List" in page.inner_text("body")  # the key, in words
    page.screenshot(path=str(ARTIFACTS / f"region_map_{width}.png"), full_page=True)
    page.context.close()


# ---- the journalist's six tasks, each in at most two steps from the shared link (issue 16) ---
# Each test opens SHARED (Cambodia, 2013-2015), counts its steps in comments, asserts what the
# journalist must see and writes task_<name>_<width>.png.
TASK_WIDTHS = pytest.mark.parametrize("width", (1400, 375), ids=["1400px", "375px"])
YEAR_PICKER = "Year in detail (or click a year on the chart)"
UPLOAD = Path(__file__).resolve().parent / "data" / "dashboard" / "upload_article.md"
CITATION_COLUMNS = (
    "Speaker", "Role", "Organisation", "Quote", "Report year", "Source title", "Source URL",
    "Publisher", "Source date", "Rights", "Added or curated", "Data version", "Data date",
)  # fmt: skip


def shot(page, name: str, width: int) -> None:
    """The task's screenshot, the whole page, under tests/artifacts. Streamlit scrolls inside
    its main block, which a full-page screenshot does not follow: the window is made as tall
    as the page first."""
    ARTIFACTS.mkdir(exist_ok=True)
    tall = page.evaluate(
        "Math.max(document.documentElement.scrollHeight, ...[...document.querySelectorAll("
        '\'[data-testid="stMain"], [data-testid="stAppViewContainer"]\')].map(e => e.scrollHeight))'
    )
    page.set_viewport_size({"width": width, "height": min(int(tall) + 40, 9000)})
    page.wait_for_timeout(800)
    page.screenshot(path=str(ARTIFACTS / f"task_{name}_{width}.png"), full_page=True)


def pick_year(page, year: int) -> None:
    """Two steps: open the year picker, choose the year."""
    page.get_by_role("combobox", name=YEAR_PICKER).click()  # step 1
    page.get_by_role("option", name=str(year), exact=True).click()  # step 2
    page.wait_for_url(lambda url: f"year={year}" in url.replace("years=", ""), timeout=30_000)
    settle(page)


@TASK_WIDTHS
def test_task_check_the_2013_claim_with_its_source(browser, base_url, width):
    page = open_view(browser, f"{base_url}/{SHARED}", width=width, height=1400)
    pick_year(page, 2013)
    panel = page.locator(".st-key-year_panel")
    assert panel.inner_text().startswith("Official tier, 2013: Tier 2 Watch List")
    source = panel.get_by_role("link", name="the official source for 2013")
    assert source.is_visible()
    assert (source.get_attribute("href") or "").startswith("https://english.cambodiadaily.com/")
    assert_no_overflow(page)
    panel.scroll_into_view_if_needed()
    shot(page, "claim_2013", width)
    page.context.close()


@TASK_WIDTHS
def test_task_find_who_said_what_in_2015_with_a_link(browser, base_url, width):
    page = open_view(browser, f"{base_url}/{SHARED}", width=width, height=1400)
    pick_year(page, 2015)
    assert "statement(s) in 2015, the year chosen in “Year in detail”" in page.inner_text("body")
    card = page.locator('[data-testid="stMarkdownContainer"] p').filter(
        has_text="That is disappointing"
    )
    card.first.wait_for(timeout=30_000)
    said = card.first.inner_text()
    assert said.startswith("Blair Burns, vice president of regional operations"), said
    assert "International Justice Mission" in said and ", 2015" in said
    link = card.first.locator("a").first
    assert link.is_visible() and (link.get_attribute("href") or "").startswith("https://")
    assert_no_overflow(page)
    shot(page, "who_said_what_2015", width)
    page.context.close()


@TASK_WIDTHS
def test_task_publish_a_2013_2016_chart_with_its_credit(browser, base_url, width):
    page = open_view(browser, f"{base_url}/{SHARED}", width=width, height=1800)
    # Step 1: the timeline's end one year later (a drag; here its thumb and the arrow key).
    page.locator('[data-testid="stSlider"] input[type="range"]').nth(1).focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_url(lambda url: "years=2013&years=2016" in url, timeout=30_000)
    settle(page)
    title = page.locator(".js-plotly-plot .gtitle").first.text_content()
    assert title.endswith("official TIP report tier, 2013–2016"), title
    # Step 2: the chart as an image with its credit.
    with page.expect_download(timeout=120_000) as info:
        page.get_by_role("button", name="Chart as SVG, with its credit").click()
    assert info.value.suggested_filename == "tierwatch-KHM-2013-2016.svg"
    svg = Path(info.value.path()).read_text(encoding="utf-8")
    assert "Cambodia: official TIP report tier, 2013–2016" in svg
    # What it shows, the documents behind it (both seed documents: Cambodia's claims and
    # quotes), the data's version and the view's link.
    assert "Cambodia, 2013–2016. Source: Tier Watch, official record + 2 documents." in svg
    assert "Data version " in svg and "years=2016" in svg
    shot(page, "publish_chart_2013_2016", width)
    if width == 1400:  # the exported image itself, to be looked at
        with page.expect_download(timeout=120_000) as info:
            page.get_by_role("button", name="Chart as PNG, with its credit").click()
        png = Path(info.value.path()).read_bytes()
        assert png.startswith(b"\x89PNG")
        (ARTIFACTS / "task_publish_chart_2013_2016_export.png").write_bytes(png)
    page.context.close()


@TASK_WIDTHS
def test_task_add_a_document_and_see_it_marked(browser, base_url, width):
    page = open_view(browser, f"{base_url}/{SHARED}", width=width, height=1800)
    page.get_by_text("Add a document", exact=True).click()  # step 1: open the panel
    settle(page)
    chooser = page.locator('[data-testid="stFileUploader"] input[type="file"]')
    chooser.set_input_files(str(UPLOAD))  # step 2: choose the file
    card = page.locator('[data-testid="stMarkdownContainer"] p').filter(
        has_text="Uploaded test quote about Cambodia"
    )
    card.first.wait_for(timeout=60_000)
    settle(page)
    assert "Added by you, not in the curated sources." in card.first.inner_text()
    panel = page.locator(".st-key-add_panel").inner_text()
    assert "upload_article.md (added by you, not in the curated sources): 2 placements" in panel
    warning = page.locator('[data-testid="stMain"] [data-testid="stAlertContentWarning"]')
    assert "a reload or a new tab loses them" in warning.first.inner_text()
    assert page.locator(EXCEPTION).count() == 0
    # The page never scrolls sideways (the panel's grids clip their own hidden cells, which
    # assert_no_overflow would count).
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    shot(page, "add_document_marked", width)
    page.context.close()


@TASK_WIDTHS
def test_task_download_citable_statements(browser, base_url, width):
    page = open_view(browser, f"{base_url}/{SHARED}", width=width, height=1400)
    button = page.get_by_role("button", name="Statements 2013–2015 as CSV, with sources")
    box = button.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width, box
    button.scroll_into_view_if_needed()
    settle(page)
    with page.expect_download(timeout=90_000) as info:
        button.click()  # step 1
    name = info.value.suggested_filename
    assert name.startswith("tierwatch-statements-KHM-2013-2015-") and name.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text("utf-8"))))
    assert set(CITATION_COLUMNS) <= set(rows[0]), list(rows[0])
    assert len(rows) == 7 and {r["Report year"] for r in rows} <= {"2013", "2014", "2015"}
    burns = [r for r in rows if r["Speaker"] == "Blair Burns"]
    assert burns and burns[0]["Quote"] == "That is disappointing"
    assert burns[0]["Organisation"] == "International Justice Mission"
    assert all(r["Source URL"].startswith("https://") and r["Source title"] for r in rows)
    assert {r["Added or curated"] for r in rows} == {"curated sources"}
    button.scroll_into_view_if_needed()
    shot(page, "download_statements", width)
    page.context.close()
