"""First-visit weight of each page type of a built site, measured in Chromium (used by benchmark.py).

For each page type, a fresh browser context (empty cache) opens the page, waits until it has
loaded and its charts are on screen, points at the first chart (which loads plotly.js where a
static picture comes first) and waits until it is drawn and the network is idle, and counts every
response from the site;
then the reader searches (focus the search box, type a word, wait for the results) and every
further response is counted too. Sizes are gzip -6 of each response body (the test server sends
files uncompressed; Pagefind's index files are already compressed, so gzip barely changes them).
"""
from __future__ import annotations

import gzip
import re
from pathlib import Path

GZIP_LEVEL = 6
SEARCH_QUERY = "aanslag"
GOAL_KB = 600


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


def largest(site: Path, folder: str) -> str:
    """The largest real page directly under `folder` (not an alias redirect)."""
    found = [(p.stat().st_size, p.parent.name) for p in (site / folder).glob("*/index.html")
             if 'http-equiv="refresh"' not in p.read_text(encoding="utf-8")[:600]]
    return f"/{folder}/{max(found)[1]}/" if found else ""


def year_page(site: Path) -> str:
    found = [(p.stat().st_size, p.parent.name) for p in (site / "tijdlijn").glob("[0-9]*/index.html")]
    return f"/tijdlijn/{max(found)[1]}/" if found else ""


def targets(site: Path) -> list[tuple[str, str]]:
    theme, place = largest(site, "themas"), largest(site, "plaatsen")
    article = min(p.parent.name for p in (site / "artikelen").glob("*/index.html"))
    rows = [("home", "/"), ("article", f"/artikelen/{article}/"), ("theme (largest)", theme),
            ("theme: list of events, page 1", theme + "gebeurtenissen/"),
            ("theme: list of articles, page 1", theme + "artikelen/"),
            ("place (largest)", place), ("place: list of events, page 1", place + "gebeurtenissen/"),
            ("list: artikelen", "/artikelen/"), ("list: thema's", "/themas/"), ("list: plaatsen", "/plaatsen/"),
            ("list: bronnen", "/bronnen/"), ("tijdlijn", "/tijdlijn/"), ("tijdlijn: year page (largest)", year_page(site)),
            ("kaart", "/kaart/"),
            ("cijfers", "/cijfers/"), ("over", "/over/")]
    return [(name, path) for name, path in rows if path and (site / path.strip("/") / "index.html").is_file()
            or path == "/"]


def _count(responses, base: str) -> dict:
    total, search, requests, largest_file = 0, 0, 0, ("", 0)
    for response in responses:
        if not response.url.startswith(base):
            continue
        try:
            size = gz(response.body())
        except Exception:  # noqa: BLE001, S112 - redirects and aborted requests have no body
            continue
        requests += 1
        total += size
        path = response.url[len(base) - 1:]
        if "/pagefind/" in path:
            search += size
        if size > largest_file[1]:
            largest_file = (re.sub(r"\?.*", "", path), size)
    return {"requests": requests, "gzip": total, "search": search, "largest": list(largest_file)}


def visit(browser, base: str, path: str) -> dict:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    page = context.new_page()
    seen = []
    page.on("response", lambda response: seen.append(response))
    page.set_default_timeout(300_000)  # the largest pages (megabytes of HTML) on a busy machine
    page.goto(base + path.lstrip("/"), wait_until="load")
    if page.query_selector(".ik-chart"):
        page.wait_for_selector(".ik-chart[data-drawn=ja], .ik-chart[data-error], .ik-chart svg", timeout=120_000, state="attached")
        page.hover(".ik-chart")  # a static picture loads plotly.js when the reader points at it
        page.wait_for_selector(".ik-chart[data-drawn=ja], .ik-chart[data-error]", timeout=120_000)
    page.wait_for_load_state("networkidle")
    loaded = _count(list(seen), base)
    page.click("[data-ik-search-input]")
    page.keyboard.type(SEARCH_QUERY, delay=30)
    page.wait_for_function("q => document.querySelector('[data-ik-search]').getAttribute('data-ik-searched') === q",
                           arg=SEARCH_QUERY, timeout=60_000)
    page.wait_for_load_state("networkidle")
    searched = _count(seen, base)
    results = page.locator("[data-ik-search-results] > li").count()
    context.close()
    return {"page": loaded, "with_search": searched, "results": results}


def measure(site: Path, launch_browser, serve) -> list[dict]:
    """[{type, path, page: {...}, with_search: {...}}] for one built site."""
    from playwright.sync_api import sync_playwright
    server, base = serve(site)
    rows = []
    try:
        with sync_playwright() as playwright:
            browser = launch_browser(playwright)
            for name, path in targets(site):
                try:
                    rows.append({"type": name, "path": path, **visit(browser, base, path)})
                except Exception as error:  # noqa: BLE001 - reported in the table, the other pages still count
                    print(f"   {path}: {type(error).__name__}: {str(error).splitlines()[0]}", flush=True)
                    rows.append({"type": name, "path": path, "error": type(error).__name__})
            browser.close()
    finally:
        server.shutdown()
    return rows


def render(sizes: list[dict]) -> str:
    """Markdown: one row per page type, first-visit KB (page / page + one search) per corpus size."""
    measured = [size for size in sizes if size.get("first_visit")]
    if not measured:
        return ""
    header = " | ".join(f"{size['articles']:,} articles" for size in measured)
    title = ("#### First visit per page type (KB after gzip -6, every response Chromium received; "
             f"page alone / page + one search for “{SEARCH_QUERY}”)\n")
    out = [title,
           f"| page type | {header} |", "|---|" + "---:|" * len(measured)]
    names = list(dict.fromkeys(row["type"] for size in measured for row in size["first_visit"]))
    for name in names:
        cells = []
        for size in measured:
            row = next((r for r in size["first_visit"] if r["type"] == name), None)
            if row is None or "error" in row:
                cells.append("–" if row is None else f"({row['error']})")
                continue
            page_kb, total_kb = row["page"]["gzip"] / 1024, row["with_search"]["gzip"] / 1024
            flag = " **over**" if total_kb > GOAL_KB else ""
            cells.append(f"{page_kb:,.0f} / {total_kb:,.0f}{flag}")
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    if any(size.get("timeline_tti") for size in measured):
        cells = []
        for size in measured:
            samples = size.get("timeline_tti") or []
            hover = sorted(x["hover"] for x in samples if x.get("hover") is not None)
            label = sorted(x["label"] for x in samples if x.get("label") is not None)
            load = [x["load_average"] for x in samples]
            first = f"**{label[len(label) // 2]:,.0f} ms** label from the picture, " if label else ""
            cells.append(f"{first}{hover[len(hover) // 2]:,.0f} ms Plotly's label (load {min(load):.1f}–{max(load):.1f})"
                         if hover else "–")
        out.append("| tijdlijn: time to interactive (median of "
                   f"{max(len(size.get('timeline_tti') or []) for size in measured)} runs) | " + " | ".join(cells) + " |")
    search_kb = [max(r["with_search"]["search"] for r in size["first_visit"] if "error" not in r) / 1024
                 for size in measured]
    out.append("")
    shares = " / ".join(f"{kb:,.0f} KB" for kb in search_kb)
    out.append(f"Goal: at most {GOAL_KB} KB per page at 3,000 articles, search included. The search's own share "
               f"(Pagefind's script, WebAssembly, index chunks and result fragments) was at most {shares} per page.")
    return "\n".join(out) + "\n"
