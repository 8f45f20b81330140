"""The dashboard in a real browser: `streamlit run` on 127.0.0.1, driven by Debian's chromium.

Opens a shared link, checks the view, moves the year slider with the keyboard, checks the URL
followed, and opens that URL in a fresh page; shows a document with markup in its quote and title
as plain text. Screenshots go to tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from streamlit_server import CHART, CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from streamlit_server import served as streamlit_served  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
SHARED = "?country=KHM&years=2013&years=2015"
HOSTILE_DOCUMENTS = Path(__file__).resolve().parent / "data" / "dashboard" / "documents"


@contextmanager
def served(log_dir: Path, **env: str) -> Iterator[str]:
    """The dashboard served on 127.0.0.1 (extra environment), its log in log_dir."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: `apt-get install chromium` (CI installs it)")
    env = {"TIERWATCH_BUILD": str(log_dir / "build"), **env}  # never the repository's data/build
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


def open_view(browser, url: str):
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.goto(url)
    page.wait_for_selector(CHART, timeout=60_000)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]')
    return page


def slider_years(page) -> list[str]:
    thumbs = page.locator('[data-testid="stSlider"] input[type="range"]')
    return [thumbs.nth(i).input_value() for i in range(thumbs.count())]


def test_shared_link_slider_and_reopened_link(browser, base_url):
    ARTIFACTS.mkdir(exist_ok=True)
    page = open_view(browser, f"{base_url}/{SHARED}")
    page.get_by_text("That is disappointing", exact=False).first.wait_for(timeout=30_000)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert slider_years(page) == ["2013", "2015"]
    page.screenshot(path=str(ARTIFACTS / "shared_view.png"), full_page=True)

    # Move the first year one step right with the keyboard: 2013 -> 2014.
    page.locator('[data-testid="stSlider"] input[type="range"]').first.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_url(lambda url: "years=2014" in url, timeout=30_000)
    moved = page.url
    assert "years=2014&years=2015" in moved
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]')
    assert page.locator('[data-testid="stException"]').count() == 0

    fresh = open_view(browser, moved)
    assert slider_years(fresh) == ["2014", "2015"]
    fresh.get_by_text("That is disappointing", exact=False).first.wait_for(timeout=30_000)
    assert fresh.locator('[data-testid="stException"]').count() == 0


def test_default_view_and_garbage_link(browser, base_url):
    ARTIFACTS.mkdir(exist_ok=True)
    page = open_view(browser, base_url + "/")
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.locator("h1").first.inner_text().strip() == "Cambodia"
    page.screenshot(path=str(ARTIFACTS / "default_view.png"), full_page=True)

    hostile = "%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E"
    page = open_view(browser, f"{base_url}/?years=abc&country={hostile}")
    warning = page.locator('[data-testid="stAlertContentWarning"]').first
    warning.wait_for()
    assert "unknown country" in warning.inner_text()
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator('[data-testid="stException"]').count() == 0


def test_hostile_document_text_is_shown_as_text(browser, tmp_path):
    with served(tmp_path, TIERWATCH_DOCUMENTS=str(HOSTILE_DOCUMENTS)) as base:
        page = open_view(browser, f"{base}/?years=2013&years=2016")
        quote = page.get_by_text("<script>alert('x')</script> Test quote", exact=False)
        quote.first.wait_for(timeout=30_000)
        assert "<img src=x onerror=alert(1)>" in quote.first.inner_text()
        statements = page.locator('[data-testid="stMarkdownContainer"]')
        assert statements.locator("script, img").count() == 0
        assert page.locator('a[href^="javascript:"]').count() == 0
        assert page.locator('[data-testid="stException"]').count() == 0
