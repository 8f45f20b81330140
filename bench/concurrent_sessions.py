"""Time to a first view for 20 visitors at once, against one visitor alone: prints the figures.

One `streamlit run dashboard.py` on 127.0.0.1 over the bundled data, warmed by one visit (the
build is current, the caches filled, as on a host that has served before). Then, in turns:
one fresh browser context timed from navigation to the chart drawn and the script idle, and
SESSIONS contexts opened at the same moment, each timed the same way. Prints the single
visitor's median, the crowd's median and slowest, and their ratio. Issue 18 asked for this
figure because an extraction inside the server once slowed every other session.

    .venv/bin/python bench/concurrent_sessions.py [--sessions 20] [--runs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.async_api import async_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from dashboard_load import EXCEPTION, IDLE

from devtools.streamlit_server import CHART, CHROMIUM, CHROMIUM_ARGS, served


async def _first_view(browser, url: str) -> float:
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    page = await context.new_page()
    start = time.perf_counter()
    await page.goto(url, timeout=300_000)
    await page.wait_for_selector(f"{CHART}, {EXCEPTION}", timeout=300_000)
    await page.wait_for_selector(IDLE, timeout=300_000)
    elapsed = time.perf_counter() - start
    if await page.locator(EXCEPTION).count():
        raise SystemExit(
            f"{url}: the app raised: {await page.locator(EXCEPTION).first.inner_text()}"
        )
    await context.close()
    return elapsed


async def _measure(url: str, sessions: int, runs: int) -> tuple[list[float], list[float]]:
    alone: list[float] = []
    crowd: list[float] = []
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        await _first_view(browser, url)  # warm-up: the build and the caches, as after a first visit
        for _ in range(runs):
            alone.append(await _first_view(browser, url))
            crowd += await asyncio.gather(*(_first_view(browser, url) for _ in range(sessions)))
        await browser.close()
    return alone, crowd


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as build, served(env={"TIERWATCH_BUILD": build}) as base:
        alone, crowd = asyncio.run(_measure(base, args.sessions, args.runs))
    one, many = statistics.median(alone), statistics.median(crowd)
    print(f"one visitor alone:        median {one:5.2f} s  ({len(alone)} loads)")
    print(
        f"{args.sessions} visitors at once:     median {many:5.2f} s, slowest {max(crowd):5.2f} s "
        f"({len(crowd)} loads)"
    )
    print(
        f"ratio (median at once / alone): {many / one:.2f}x; load average {os.getloadavg()[0]:.2f}"
    )


if __name__ == "__main__":
    main()
