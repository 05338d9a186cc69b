"""First-visit weight of each page type of a built site, measured in Chromium (run per corpus size by sizes.py).

For each page type, a fresh browser context (empty cache) opens the page and counts every
response from the site in three steps, each on top of the one before:

1. page alone: loaded, charts on screen as their static pictures, network idle; nothing touched;
2. + one search: the reader focuses the search box, types a word, and the results are shown;
3. + chart used by mouse: the reader points at the first chart (which loads plotly.js, and on a
   map plotly-geo and its geometry) and waits until Plotly has drawn it (pages with a chart only);
4. + chart used by touch: in a fresh 390 px touch context, what tapping a mark of the picture and
   reading its label fetches on top of the page, added to step 2 (pages with marks only).

Sizes are gzip -6 of each body the server sent (it sends files uncompressed; Pagefind's index
files are already compressed, so gzip barely changes them); what Chromium takes from its own cache
is not counted. Issue 14's goal is read as
step 2 (what a first-time reader pays to read any page and search once); steps 3 and 4, the
strict reading, are reported next to it.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.harness import SiteServer, launch_browser

SEARCH_QUERY = "aanslag"
GOAL_KB = 600


def largest(site: Path, folder: str) -> str:
    """The largest real page directly under `folder` (not an alias redirect)."""
    found = [
        (p.stat().st_size, p.parent.name)
        for p in (site / folder).glob("*/index.html")
        if 'http-equiv="refresh"' not in p.read_text(encoding="utf-8")[:600]
    ]
    return f"/{folder}/{max(found)[1]}/" if found else ""


def year_page(site: Path) -> str:
    found = [(p.stat().st_size, p.parent.name) for p in (site / "tijdlijn").glob("[0-9]*/index.html")]
    return f"/tijdlijn/{max(found)[1]}/" if found else ""


def targets(site: Path) -> list[tuple[str, str]]:
    theme, place = largest(site, "themas"), largest(site, "plaatsen")
    article = min(p.parent.name for p in (site / "artikelen").glob("*/index.html"))
    rows = [
        ("home", "/"),
        ("article", f"/artikelen/{article}/"),
        ("theme (largest)", theme),
        ("theme: list of events, page 1", theme + "gebeurtenissen/"),
        ("theme: list of articles, page 1", theme + "artikelen/"),
        ("place (largest)", place),
        ("place: list of events, page 1", place + "gebeurtenissen/"),
        ("list: artikelen", "/artikelen/"),
        ("list: thema's", "/themas/"),
        ("list: plaatsen", "/plaatsen/"),
        ("list: bronnen", "/bronnen/"),
        ("tijdlijn", "/tijdlijn/"),
        ("tijdlijn: year page (largest)", year_page(site)),
        ("kaart", "/kaart/"),
        ("cijfers", "/cijfers/"),
        ("over", "/over/"),
    ]
    return [(name, path) for name, path in rows if path and (site / path.strip("/") / "index.html").is_file() or path == "/"]


def _count(served: list[tuple[str, int]]) -> dict:
    total, search, largest_file = 0, 0, ("", 0)
    for path, size in served:
        total += size
        if path.startswith("/pagefind/"):
            search += size
        if size > largest_file[1]:
            largest_file = (path, size)
    return {"requests": len(served), "gzip": total, "search": search, "largest": list(largest_file)}


def visit(browser, server: SiteServer, path: str) -> dict:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    page = context.new_page()
    server.served.clear()
    page.set_default_timeout(300_000)  # the largest pages (megabytes of HTML) on a busy machine
    page.goto(server.base + path.lstrip("/"), wait_until="load")
    chart = page.query_selector(".ik-chart")
    if chart:
        page.wait_for_selector(
            ".ik-chart[data-drawn=ja], .ik-chart[data-error], .ik-chart svg", timeout=120_000, state="attached"
        )
    page.wait_for_load_state("networkidle")
    loaded = _count(list(server.served))
    page.click("[data-ik-search-input]")
    page.keyboard.type(SEARCH_QUERY, delay=30)
    page.wait_for_function(
        "q => document.querySelector('[data-ik-search]').getAttribute('data-ik-searched') === q", arg=SEARCH_QUERY, timeout=60_000
    )
    page.wait_for_load_state("networkidle")
    searched = _count(list(server.served))
    results = page.locator("[data-ik-search-results] > li").count()
    used = None
    if chart:
        page.keyboard.press("Escape")  # close the search, so the pointer reaches the chart
        page.hover(".ik-chart")  # a static picture loads plotly.js when the reader points at it
        box = page.locator(".ik-chart").first.bounding_box()  # and moves on: Plotly draws once no label is open
        page.mouse.move(box["x"] + 3, max(box["y"] - 6, 0))  # just above the chart, where no mark is in reach
        page.wait_for_selector(".ik-chart[data-drawn=ja], .ik-chart[data-error]", timeout=120_000)
        page.wait_for_load_state("networkidle")
        used = _count(list(server.served))
    context.close()
    touched = touch_extra(browser, server, path) if chart else None
    return {"page": loaded, "with_search": searched, "with_chart": used, "results": results, "touch_extra": touched}


MARK_ON_SCREEN = """() => {
  const mark = [...document.querySelectorAll('.ik-chart .ik-static [data-i]')]
    .find(node => { const box = node.getBoundingClientRect(); return box.width > 0 || box.height > 0; });
  if (!mark) return null;
  mark.scrollIntoView({block: 'center'});
  const box = mark.getBoundingClientRect();
  return [box.left + box.width / 2, box.top + box.height / 2]; }"""


def touch_extra(browser, server: SiteServer, path: str) -> dict | None:
    """What a phone reader pays on top of the page to read a chart: a fresh touch context (390 px)
    taps the first mark of the picture and reads its label (chart-tooltip.js; touch does not load
    plotly.js). None if the picture has no marks."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(300_000)
    page.goto(server.base + path.lstrip("/"), wait_until="load")
    page.wait_for_load_state("networkidle")
    at = page.evaluate(MARK_ON_SCREEN)
    if at is None:
        context.close()
        return None
    page.wait_for_timeout(300)  # the scroll comes to rest
    server.served.clear()
    page.touchscreen.tap(*page.evaluate(MARK_ON_SCREEN))
    page.wait_for_selector(".ik-chart .ik-tip:not([hidden])", timeout=10_000)
    page.wait_for_timeout(1000)
    page.wait_for_load_state("networkidle")
    extra = _count(list(server.served))
    context.close()
    return extra


def measure(site: Path) -> list[dict]:
    """[{type, path, page, with_search, with_chart, touch_extra}] for one built site, counted at the
    server (every body it sends, gzip -6; Chromium's own cache hits, such as Material asking three
    times for sitemap.xml, are not counted)."""
    from playwright.sync_api import sync_playwright

    server = SiteServer(site, count=True)
    try:
        with sync_playwright() as playwright:
            browser = launch_browser(playwright)
            rows = [visit_or_error(browser, server, name, path) for name, path in targets(site)]
            browser.close()
    finally:
        server.shutdown()
    return rows


def visit_or_error(browser, server: SiteServer, name: str, path: str) -> dict:
    try:
        return {"type": name, "path": path, **visit(browser, server, path)}
    except Exception as error:  # noqa: BLE001 - reported in the table, the other pages still count
        print(f"   {path}: {type(error).__name__}: {str(error).splitlines()[0]}", flush=True)
        return {"type": name, "path": path, "error": type(error).__name__}
