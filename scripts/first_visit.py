"""First-visit weight of each page type of a built site, measured in Chromium (used by benchmark.py).

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

import functools
import gzip
import http.server
import threading
from pathlib import Path
from urllib.parse import urlsplit

GZIP_LEVEL = 6
SEARCH_QUERY = "aanslag"
GOAL_KB = 600


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


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


class CountingServer(http.server.ThreadingHTTPServer):
    """Serves the built site and records (path, gzip size) of every body it sends. Counted here,
    not from Chromium's responses: those include the browser's cache hits (Material asks for
    sitemap.xml three times per page and gets it from the network once)."""

    def __init__(self, site: Path):
        self.served: list[tuple[str, int]] = []
        self.sizes: dict[str, int] = {}
        super().__init__(("127.0.0.1", 0), functools.partial(_CountingHandler, directory=str(site)))
        threading.Thread(target=self.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.server_address[1]}/"


class _CountingHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def copyfile(self, source, outputfile):
        data = source.read()
        outputfile.write(data)
        path = urlsplit(self.path).path
        if path not in self.server.sizes:
            self.server.sizes[path] = gz(data)
        self.server.served.append((path, self.server.sizes[path]))


def visit(browser, server: CountingServer, path: str) -> dict:
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


def touch_extra(browser, server: CountingServer, path: str) -> dict | None:
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


def measure(site: Path, launch_browser, serve=None) -> list[dict]:
    """[{type, path, page, with_search, with_chart}] for one built site (`serve` is not used: the
    counting server here serves the site)."""
    from playwright.sync_api import sync_playwright

    server = CountingServer(site)
    rows = []
    try:
        with sync_playwright() as playwright:
            browser = launch_browser(playwright)
            for name, path in targets(site):
                try:
                    rows.append({"type": name, "path": path, **visit(browser, server, path)})
                except Exception as error:  # noqa: BLE001 - reported in the table, the other pages still count
                    print(f"   {path}: {type(error).__name__}: {str(error).splitlines()[0]}", flush=True)
                    rows.append({"type": name, "path": path, "error": type(error).__name__})
            browser.close()
    finally:
        server.shutdown()
    return rows


def _cell(row: dict) -> str:
    page_kb, search_kb = row["page"]["gzip"] / 1024, row["with_search"]["gzip"] / 1024
    chart_kb = row["with_chart"]["gzip"] / 1024 if row.get("with_chart") else None
    flag = " **over**" if search_kb > GOAL_KB else ""
    chart = "–" if chart_kb is None else f"{chart_kb:,.0f}" + (" ‡" if chart_kb > GOAL_KB else "")
    touch = row.get("touch_extra")
    touch_kb = (
        "–"
        if touch is None
        else f"{search_kb + touch['gzip'] / 1024:,.0f}" + (" ‡" if search_kb + touch["gzip"] / 1024 > GOAL_KB else "")
    )
    return f"{page_kb:,.0f} / {search_kb:,.0f}{flag} / {chart} / {touch_kb}"


def _median(values: list) -> float | None:
    values = sorted(value for value in values if value is not None)
    return values[len(values) // 2] if values else None


def _tti_cell(samples: list[dict]) -> str:
    moved = [x for x in samples if not x.get("resting")]
    resting = [x for x in samples if x.get("resting")]
    hover, label = _median([x.get("hover") for x in moved]), _median([x.get("label") for x in moved])
    if hover is None:
        return "–"
    # Resting from the first byte, the first label may be Plotly's (plotly.js drew before the
    # picture's script saw the pointer): the reader's first answer either way.
    first = [x.get("label") or x.get("hover") for x in resting if x.get("label") or x.get("hover")]
    rest, by_plotly = _median(first), sum(1 for x in resting if not x.get("label") and x.get("hover"))
    load = [x["load_average"] for x in samples]
    parts = (
        [
            f"**{rest:,.0f} ms** first label, mouse resting (max {max(first):,.0f}"
            + (f"; Plotly's in {by_plotly} of {len(resting)} runs" if by_plotly else "")
            + ")"
        ]
        if rest
        else []
    )
    parts += [f"{label:,.0f} ms label, found then pointed at" if label else "", f"{hover:,.0f} ms Plotly's label"]
    return ", ".join(part for part in parts if part) + f" (load {min(load):.1f}–{max(load):.1f})"


def _tti_row(measured: list[dict]) -> str:
    cells = [_tti_cell(size.get("timeline_tti") or []) for size in measured]
    runs = max(len([x for x in size.get("timeline_tti") or [] if not x.get("resting")]) for size in measured)
    return f"| tijdlijn: time to interactive (median of {runs} runs each) | " + " | ".join(cells) + " |"


def render(sizes: list[dict]) -> str:
    """Markdown: one row per page type, first-visit KB (page / + search / + chart) per corpus size."""
    measured = [size for size in sizes if size.get("first_visit")]
    if not measured:
        return ""
    header = " | ".join(f"{size['articles']:,} articles" for size in measured)
    title = (
        "#### First visit per page type (KB after gzip -6 of every file the server sent, cache hits not counted; "
        f"page alone / + one search for “{SEARCH_QUERY}” / + chart used by mouse, i.e. Plotly drawn / "
        "+ chart used by touch, i.e. a mark tapped and its label read)\n"
    )
    out = [title, f"| page type | {header} |", "|---|" + "---:|" * len(measured)]
    names = list(dict.fromkeys(row["type"] for size in measured for row in size["first_visit"]))
    for name in names:
        cells = []
        for size in measured:
            row = next((r for r in size["first_visit"] if r["type"] == name), None)
            cells.append("–" if row is None else f"({row['error']})" if "error" in row else _cell(row))
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    if any(size.get("timeline_tti") for size in measured):
        out.append(_tti_row(measured))
    search_kb = [max(r["with_search"]["search"] for r in size["first_visit"] if "error" not in r) / 1024 for size in measured]
    shares = " / ".join(f"{kb:,.0f} KB" for kb in search_kb)
    out += [
        "",
        f"Goal: at most {GOAL_KB} KB per page at 3,000 articles for the page and one search (the middle figure; "
        "**over** marks a miss). ‡ marks where the page with its chart in use and a search is over "
        f"{GOAL_KB} KB, the strict reading: by mouse plotly.js loads (for zoom, legend and modebar, a fixed "
        "348 KB, 433 KB with maps), by touch the picture answers alone (a control, such as the timeline's "
        "filters, loads plotly.js on any device). The search's own share (Pagefind's script, "
        f"WebAssembly, index chunks and result fragments) was at most {shares} per page.",
    ]
    return "\n".join(out) + "\n"
