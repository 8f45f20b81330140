"""How long the dashboard takes to show its chart, against a bare Plotly page: prints the figures.

Starts `streamlit run` three times (dashboard.py, bench/layout_floor_app.py, bench/floor_app.py;
headless, 127.0.0.1, free ports)
and drives Debian's chromium through Playwright. For each app: one warm-up load (it fills the
caches, as the first visitor does), then, alternating between the apps, RUNS loads in fresh browser
contexts timed from navigation to the Plotly chart drawn, and RUNS filter changes (the year slider
moved one step with the keyboard) timed from the key press to the server's "script_finished"
message and the next paint. Each filter change starts from another year range, so the view it
asks for was never computed before (no cache hit): the measure is the cold one. A third line times
the same change to a view computed before (2013-2015 -> 2014-2015), served from the cache.
A fourth line times a country change (the picker set to Thailand). Prints each median and its
ratio: load to chart against the bare floor (target <= 1.2), year changes and the country change
against the layout floor (targets 1.3 new range, 1.1 seen range, 1.5 country). The layout floor
(the dashboard's widgets, tabs and columns with fixed text and a one-line chart) splits the
dashboard's time into what Streamlit's rendering of that layout costs and what the dashboard's
own work adds.

    .venv/bin/python bench/dashboard_load.py [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from contextlib import ExitStack
from pathlib import Path

from playwright.sync_api import sync_playwright
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from devtools.streamlit_server import CHART, CHROMIUM, CHROMIUM_ARGS, served

EXCEPTION = '[data-testid="stException"]'
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
# Paint done: the frame after next, once the rerun's messages are in.
PAINTED = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


def load_time(browser, url: str) -> float:
    """Seconds from navigation to the chart drawn and the script idle, in a fresh context."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(f"{CHART}, {EXCEPTION}", timeout=60_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    elapsed = time.perf_counter() - start
    if page.locator(EXCEPTION).count():
        raise SystemExit(f"{url}: the app raised: {page.locator(EXCEPTION).first.inner_text()}")
    context.close()
    return elapsed


def rerun_time(browser, url: str, ready, act) -> float:
    """Seconds from ``act(page)`` to the rerun it starts finished and painted.

    The page is opened fresh and left idle, then ``ready(page)`` prepares the gesture (focus a
    thumb, open a list) and the clock starts just before ``act(page)`` completes it.
    """
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    finished: list[float] = []

    def on_frame(payload: str | bytes) -> None:
        # The server says "script_finished" when the rerun's last element has been sent.
        if isinstance(payload, bytes):
            msg = ForwardMsg()
            msg.ParseFromString(payload)
            if msg.WhichOneof("type") == "script_finished":
                finished.append(time.perf_counter())

    page.on("websocket", lambda ws: ws.on("framereceived", on_frame))
    page.goto(url)
    page.wait_for_selector(CHART, timeout=60_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    ready(page)
    start = time.perf_counter()
    act(page)
    deadline = start + 60
    while not [t for t in finished if t > start]:
        if time.perf_counter() > deadline:
            raise SystemExit(f"{url}: no rerun within 60 s")
        page.wait_for_timeout(2)  # lets Playwright deliver the websocket frames
    page.wait_for_selector(CHART, timeout=60_000)
    page.evaluate(PAINTED)
    elapsed = time.perf_counter() - start
    context.close()
    return elapsed


def filter_change_time(browser, url: str) -> float:
    """Seconds from moving the first year thumb one step to the rerun finished and painted."""
    return rerun_time(
        browser,
        url,
        lambda page: page.locator('[data-testid="stSlider"] input[type="range"]').first.focus(),
        lambda page: page.keyboard.press("ArrowRight"),
    )


def country_change_time(browser, url: str) -> float:
    """Seconds from picking Thailand in the country picker to the rerun finished and painted."""

    def open_list(page) -> None:
        page.locator('[data-testid="stSelectbox"]').first.click()
        page.get_by_role("option", name="Thailand (THA)").wait_for()

    return rerun_time(
        browser,
        url,
        open_list,
        lambda page: page.get_by_role("option", name="Thailand (THA)").click(),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed loads per app (default 7)")
    args = parser.parse_args()
    query = "?years=2013&years=2015"
    apps = {
        "dashboard": "dashboard.py",
        "layout": "bench/layout_floor_app.py",
        "floor": "bench/floor_app.py",
    }
    loads: dict[str, list[float]] = {name: [] for name in apps}
    changes: dict[str, list[float]] = {name: [] for name in apps}
    cached: dict[str, list[float]] = {name: [] for name in apps}
    country: dict[str, list[float]] = {name: [] for name in apps if name != "floor"}
    with ExitStack() as stack, sync_playwright() as pw:
        bases = {name: stack.enter_context(served(script)) for name, script in apps.items()}
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for base in bases.values():  # warm-up: the first visitor fills the caches
            load_time(browser, f"{base}/{query}")
            filter_change_time(browser, f"{base}/{query}")  # computes the 2014-2015 view
        # Interleaved, so a busy machine slows both apps alike and the ratio stays fair.
        for run in range(args.runs):
            fresh = f"?years={2003 + run}&years=2020"  # 2003+run -> 2004+run: a new view each run
            for name, base in bases.items():
                loads[name].append(load_time(browser, f"{base}/{query}"))
                changes[name].append(filter_change_time(browser, f"{base}/{fresh}"))
                cached[name].append(filter_change_time(browser, f"{base}/{query}"))
                if name in country:  # the floor app has no country picker
                    country[name].append(country_change_time(browser, f"{base}/{fresh}"))
        browser.close()
    results = {name: (loads[name], changes[name], cached[name]) for name in apps}
    results["dashboard"] += (country["dashboard"],)
    results["layout"] += (country["layout"],)
    print(f"dashboard_load: {args.runs} runs each, medians in seconds")
    # (what, index, the app it is measured against, the target ratio)
    rows = (
        ("load to chart", 0, "floor", 1.2),
        ("new range", 1, "layout", 1.3),
        ("seen range", 2, "layout", 1.1),
        ("country", 3, "layout", 1.5),
    )
    for what, i, against, target in rows:
        dash = statistics.median(results["dashboard"][i])
        base = statistics.median(results[against][i])
        verdict = "ok" if dash / base <= target else "OVER TARGET"
        print(
            f"  {what:14s} dashboard {dash:6.3f}  {against} {base:6.3f}  ratio {dash / base:5.2f}"
            f"  (target <= {target})  {verdict}"
        )
        for name in apps:
            if len(results[name]) > i:
                runs = " ".join(f"{t:.3f}" for t in results[name][i])
                print(f"    {name + ' runs:':16s}{runs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
