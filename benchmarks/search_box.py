"""The site's own search box on a built site, as a reader uses it: on a wide screen the box in the
header, on a phone the header's magnifier first; how many results are on screen (generators.py
runs it on each generator's build of the export)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.harness import SiteServer, launch_browser

QUERY = "aanslag"
SEARCHED = "q => document.querySelector('[data-ik-search]').getAttribute('data-ik-searched') === q"
ON_SCREEN = """() => [...document.querySelectorAll('[data-ik-search-results] > li > a')].filter(a => {
  const r = a.getBoundingClientRect(); return r.width > 0 && r.top >= 0 && r.bottom <= innerHeight
    && document.elementFromPoint(r.left + 2, r.top + 2)?.closest('[data-ik-search-results]'); }).length"""


def results_on_screen(browser, base: str, width: int) -> int | str:
    context = browser.new_context(viewport={"width": width, "height": 844}, locale="nl-NL")
    page = context.new_page()
    try:
        page.goto(base)
        if not page.locator("[data-ik-search-input]").is_visible():
            page.click("label.md-header__button[for=__search]")
        page.locator("[data-ik-search-input]").fill(QUERY)
        page.wait_for_function(SEARCHED, arg=QUERY, timeout=30_000)
        return page.evaluate(ON_SCREEN)
    except Exception as error:  # noqa: BLE001 - reported in the table
        return f"fails: {type(error).__name__}"
    finally:
        context.close()


def probe(site: Path) -> dict:
    """{"wide": results on screen at 1280 px, "phone": at 390 px}."""
    from playwright.sync_api import sync_playwright

    server = SiteServer(site)
    try:
        with sync_playwright() as playwright:
            browser = launch_browser(playwright)
            found = {"wide": results_on_screen(browser, server.base, 1280), "phone": results_on_screen(browser, server.base, 390)}
            browser.close()
    finally:
        server.shutdown()
    return found
